"""The QA reviewers' web page: a queue of what the machine was unsure of, each item with the crop of
the page it came from, and approve / correct / reject that append to `corrections`.

Thin by design (Datasette's habits): every route is in `routes()`; a handler authenticates, parses,
calls one query or one writer, and returns a dict that is rendered as HTML or, for `.json` paths,
as JSON. Handlers raise HTTPException; one handler renders errors. No SQL here.

Security: binds 127.0.0.1 unless told otherwise; a reviewer token (BAOCAO_REVIEW_TOKEN, or one
generated at start) logs a browser in once (signed session cookie, HttpOnly, SameSite=Strict) or is
sent by scripts as `Authorization: Bearer`; every form carries a CSRF token; Jinja2 escapes every
string (scanned text can contain `<script>`); a save names the version it edited, and a stale one
is refused with 409.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import io
import json
import re
import secrets
import time
from functools import lru_cache
from pathlib import Path

import duckdb
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from baocao.core.numbers import to_float
from baocao.pipeline import overview as archive
from baocao.pipeline import queue as rq
from baocao.core.errors import Conflict, UsageError
from baocao.pipeline.store import Store
from baocao.pipeline.vnformat import vn_number, vn_value
from baocao.schemas.records import ModelState

TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=select_autoescape(["html"])
)
SESSION_COOKIE = "baocao_session"
SESSION_HOURS = 12


class Review:
    """Settings and the two secrets of one running review server."""

    def __init__(self, db: Path, token: str, reviewers: dict[str, str] | None = None):
        self.db = Path(db)
        self.token = token
        self.reviewers = reviewers or {}  # name -> token of named reviewers (on top of the shared one)
        self.secret = secrets.token_bytes(32)

    # --- auth ---------------------------------------------------------------------------------

    def reviewer_for_token(self, token: str) -> str | None:
        if token and hmac.compare_digest(token, self.token):
            return "reviewer"
        for name, t in self.reviewers.items():
            if token and hmac.compare_digest(token, t):
                return name
        return None

    def sign(self, payload: dict) -> str:
        raw = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode()
        mac = hmac.new(self.secret, raw.encode(), hashlib.sha256).hexdigest()
        return f"{raw}.{mac}"

    def unsign(self, value: str) -> dict | None:
        raw, _, mac = value.rpartition(".")
        if not raw or not hmac.compare_digest(mac, hmac.new(self.secret, raw.encode(), hashlib.sha256).hexdigest()):
            return None
        data = json.loads(base64.urlsafe_b64decode(raw))
        return data if data.get("exp", 0) > time.time() else None

    def who(self, request: Request) -> dict:
        """The reviewer behind a request, or 401. Bearer requests need no CSRF token."""
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            name = self.reviewer_for_token(auth[7:].strip())
            if name:
                return {"name": name, "csrf": None, "bearer": True}
            raise HTTPException(401, "bad token")
        session = self.unsign(request.cookies.get(SESSION_COOKIE, ""))
        if session:
            return {"name": session["name"], "csrf": session["csrf"], "bearer": False}
        raise HTTPException(401, "log in first")

    # --- database -----------------------------------------------------------------------------

    def read(self) -> duckdb.DuckDBPyConnection:
        try:
            return duckdb.connect(str(self.db), read_only=True)
        except duckdb.IOException as e:
            raise HTTPException(503, f"the database is busy (an ingest is running?): {e}") from e

    def write(self) -> Store:
        try:
            return Store(self.db)
        except UsageError as e:
            raise HTTPException(503, f"the database is busy (an ingest is running?): {e}") from e


def render(request: Request, template: str, data: dict, status: int = 200) -> Response:
    if request.url.path.endswith(".json"):
        return JSONResponse(json.loads(json.dumps(data, default=str)), status_code=status)
    html = TEMPLATES.get_template(template).render(**data, request=request)
    return HTMLResponse(html, status_code=status)


# --- handlers -------------------------------------------------------------------------------------


async def login_form(request: Request) -> Response:
    return render(request, "login.html", {"error": None})


async def login(request: Request) -> Response:
    rv: Review = request.app.state.review
    form = await request.form()
    name = rv.reviewer_for_token(str(form.get("token", "")))
    if not name:
        return render(request, "login.html", {"error": "That token is not right."}, status=401)
    display = str(form.get("name") or name).strip()[:40] or name
    session = {"name": display, "csrf": secrets.token_urlsafe(24), "exp": time.time() + SESSION_HOURS * 3600}
    resp = RedirectResponse("/", status_code=303)
    resp.set_cookie(SESSION_COOKIE, rv.sign(session), httponly=True, samesite="strict", max_age=SESSION_HOURS * 3600)
    return resp


async def logout(request: Request) -> Response:
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE)
    return resp


async def queue(request: Request) -> Response:
    rv: Review = request.app.state.review
    user = rv.who(request)
    kind = request.query_params.get("kind") or None
    doc = request.query_params.get("doc") or None
    show_all = request.query_params.get("all") == "1"
    with rv.read() as con:
        data = rq.review_queue(con, kind, doc, show_all=show_all)
        learned = rq.corrected_word_count(con)
    data |= {"user": user["name"], "kind": kind, "doc": doc, "learned": learned}
    return render(request, "queue.html", data)


async def overview(request: Request) -> Response:
    """The archive at a glance, read-only: what the views say, drawn."""
    rv: Review = request.app.state.review
    user = rv.who(request)
    with rv.read() as con:
        data = archive.overview(con)
        learned = rq.corrected_word_count(con)
    data |= {"user": user["name"], "learned": learned}
    return render(request, "overview.html", data)


async def item(request: Request) -> Response:
    rv: Review = request.app.state.review
    user = rv.who(request)
    kind, item_id = request.path_params["kind"], request.path_params["item_id"].removesuffix(".json")
    with rv.read() as con:
        data = rq.review_item(con, kind, item_id)
        nxt = rq.review_queue(con, limit=2)["items"]
        learned = rq.corrected_word_count(con)
    if data is None:
        raise HTTPException(404, f"no {kind} {item_id}")
    data |= {"user": user["name"], "csrf": user["csrf"], "message": request.query_params.get("saved"),
             "next": next((i for i in nxt if i["item_id"] != item_id), None), "learned": learned}  # fmt: skip
    return render(request, "item.html", data)


def _parse(kind: str, field: str, value: str) -> str:
    """Validate a reviewer's value; Vietnamese number and date forms are accepted."""
    value = value.strip()
    if field in ("value", "denominator"):
        if not value and field == "denominator":
            return ""
        try:
            return repr(to_float(value.rstrip("%").strip()))
        except ValueError:
            raise HTTPException(422, f"{value!r} is not a number (write 3.384.136 or 82,19)") from None
    if field in ("as_of", "issued_date"):
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat() if m else \
                dt.date.fromisoformat(value).isoformat()  # fmt: skip
        except (ValueError, AttributeError):
            raise HTTPException(422, f"{value!r} is not a date (write 15/10/2025)") from None
    if field == "status" and value not in {s.value for s in ModelState}:
        raise HTTPException(422, f"status must be one of {', '.join(s.value for s in ModelState)}")
    if not value and field not in ("unit",):
        raise HTTPException(422, f"{field} cannot be empty")
    return value


async def save(request: Request) -> Response:
    rv: Review = request.app.state.review
    user = rv.who(request)
    kind, item_id = request.path_params["kind"], request.path_params["item_id"]
    form = await request.form()
    if not user["bearer"] and not hmac.compare_digest(str(form.get("csrf", "")), user["csrf"] or ""):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page")
    action = str(form.get("action", ""))
    with rv.read() as con:
        data = rq.review_item(con, kind, item_id)
    if data is None:
        raise HTTPException(404, f"no {kind} {item_id}")
    changes = {}
    if action == "correct":
        for field in data["fields"]:
            if field not in form:
                continue
            old = _show(data["item"].get(field))
            if not str(form[field]).strip() and not old:
                continue
            new = _parse(kind, field, str(form[field]))
            if new != (_parse(kind, field, old) if old else old):
                changes[field] = (old, new)
        if not changes:
            raise HTTPException(422, "nothing was changed; use approve to confirm the value as read")
    try:
        expected = int(str(form.get("version", "")))
    except ValueError:
        raise HTTPException(422, "missing version") from None
    with rv.write() as store:
        try:
            store.add_corrections(rq.TARGET_TABLE[kind], rq.targets(data, changes), action, user["name"], expected,
                                  str(form.get("note", "")).strip() or None)  # fmt: skip
        except Conflict as e:
            raise HTTPException(409, str(e)) from None
        except UsageError as e:
            raise HTTPException(422, str(e)) from None
    if request.url.path.endswith(".json") or user["bearer"]:
        return JSONResponse({"ok": True, "kind": kind, "item_id": item_id, "action": action})
    with rv.read() as con:  # on to the next doubtful item, as a reviewer works through a queue
        upcoming = [i for i in rq.review_queue(con, limit=2)["items"] if i["item_id"] != item_id]
    target = f"/item/{upcoming[0]['kind']}/{upcoming[0]['item_id']}" if upcoming else f"/item/{kind}/{item_id}"
    return RedirectResponse(f"{target}?saved={action}+{kind}+{item_id}", status_code=303)


def _show(v) -> str:
    return "" if v is None else (v.isoformat() if hasattr(v, "isoformat") else str(v))


def shown(field: str, v) -> str:
    """A value as a Vietnamese reviewer writes it: 3.384.136, 82,19, 15/10/2025."""
    if v is None:
        return ""
    if field in ("value", "denominator"):
        return vn_number(float(v))
    if hasattr(v, "strftime"):
        return v.strftime("%d/%m/%Y")
    return str(v)


TEMPLATES.globals["shown"] = shown
TEMPLATES.filters["vn"] = vn_number
TEMPLATES.filters["vnval"] = vn_value
TEMPLATES.filters["from_json"] = lambda v: json.loads(v) if v else []


async def crop(request: Request) -> Response:
    rv: Review = request.app.state.review
    rv.who(request)
    doc_id, page_no = request.path_params["doc_id"], int(request.path_params["page_no"])
    box, window = (_box(request, keys) for keys in (("x0", "y0", "x1", "y1"), ("wx0", "wy0", "wx1", "wy1")))
    with rv.read() as con:
        row = con.execute("SELECT path FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
    if row is None:
        raise HTTPException(404, "no such document")
    png = render_crop(row[0], page_no, box, window)
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


def _box(request: Request, keys: tuple[str, ...]) -> tuple[float, ...] | None:
    try:
        return tuple(float(request.query_params[k]) for k in keys)
    except (KeyError, ValueError):
        return None


CROP_DPI = 220  # shown at half size on the item page: 110 CSS pixels an inch, sharp on a 2x screen


@lru_cache(maxsize=256)
def render_crop(path: str, page_no: int, box: tuple[float, float, float, float] | None,
                window: tuple[float, float, float, float] | None = None) -> bytes:
    """The page region around a box (300-DPI pixels) rendered from the PDF, the box outlined: the
    `window` (the item's lines and two more above and below, chosen by the queue), else half an
    inch above and below across the page."""
    import pypdfium2 as pdfium

    from baocao.pipeline.probe import open_pdf

    try:
        pdf = open_pdf(Path(path))
    except Exception as e:
        raise HTTPException(404, f"the PDF is not readable any more: {e}") from None
    try:
        page = pdf[page_no - 1]
        w, h = page.get_size()
        scale, k = CROP_DPI / 72, 72 / 300  # 300-DPI pixels to points
        left = 0.0
        if box:
            x0, y0, x1, y1 = window or (0, box[1] - 150, w / k, box[3] + 150)
            left, right = max(0.0, x0 * k), min(w, x1 * k)
            top, bottom = max(0.0, y0 * k), min(h, y1 * k)
            bitmap = page.render(scale=scale, crop=(left, h - bottom, w - right, top))
        else:
            bitmap = page.render(scale=scale * 0.6)
        img = bitmap.to_pil()
        if box:
            from PIL import ImageDraw

            f = scale * 72 / 300
            ImageDraw.Draw(img).rectangle([box[0] * f - left * scale - 4, box[1] * f - top * scale - 4,
                                           box[2] * f - left * scale + 4, box[3] * f - top * scale + 4],
                                          outline=(220, 38, 38), width=3)  # fmt: skip
        buf = io.BytesIO()
        img.save(buf, "PNG", optimize=True)
        return buf.getvalue()
    except pdfium.PdfiumError as e:
        raise HTTPException(404, f"cannot render page {page_no}: {e}") from None
    finally:
        pdf.close()


async def http_error(request: Request, exc: HTTPException) -> Response:
    if exc.status_code == 401 and not request.url.path.endswith(".json") and request.method == "GET" and \
            "authorization" not in request.headers:  # fmt: skip
        return RedirectResponse("/login", status_code=303)
    data = {"ok": False, "status": exc.status_code, "error": exc.detail}
    if request.url.path.endswith(".json") or "authorization" in request.headers or request.method != "GET":
        if request.headers.get("accept", "").startswith("text/html"):
            return render(request, "error.html", data, status=exc.status_code)
        return JSONResponse(data, status_code=exc.status_code)
    return render(request, "error.html", data, status=exc.status_code)


def routes() -> list[Route]:
    return [
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/", queue, methods=["GET"]),
        Route("/queue.json", queue, methods=["GET"]),
        Route("/overview", overview, methods=["GET"]),
        Route("/overview.json", overview, methods=["GET"]),
        Route("/item/{kind}/{item_id}", item, methods=["GET"]),
        Route("/item/{kind}/{item_id}", save, methods=["POST"]),
        Route("/crop/{doc_id}/{page_no:int}.png", crop, methods=["GET"]),
    ]


def make_app(db: Path, token: str, reviewers: dict[str, str] | None = None) -> Starlette:
    app = Starlette(routes=routes(), exception_handlers={HTTPException: http_error})
    app.state.review = Review(db, token, reviewers)
    return app
