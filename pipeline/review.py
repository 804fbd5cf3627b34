"""The QA reviewers' web page: a queue of what the machine was unsure of, each item with the crop of
the page it came from, and approve / correct / reject that append to `corrections`.

Thin by design (Datasette's habits): every route is in `routes()`; a handler authenticates, parses,
calls one query or one writer, and returns a dict that is rendered as HTML or, for `.json` paths
(GET and POST alike), as JSON. Handlers raise HTTPException; one handler renders errors. No SQL here.
Every database access goes through `Database`: reads in worker threads, writes one at a time, and
neither holds the file between requests (an archive ingest in another process needs it), so no
request blocks the event loop and a slow one (a crop) does not hold the others up.

Security: binds 127.0.0.1 unless told otherwise; reviewers log in once with a token (the shared
BAOCAO_REVIEW_TOKEN, at least 16 characters, or a named reviewer's from `baocao reviewers add`,
stored hashed) and get a random session id in a cookie (HttpOnly, SameSite=Strict, Secure behind a
TLS proxy); sessions live server-side in a file beside the database, so logout revokes one and a
restart keeps them; scripts send `Authorization: Bearer`. Failed tokens back off per client address
(429). Every form, logout included, carries a CSRF token; Jinja2 escapes every string (scanned text
can contain `<script>`) and a Content-Security-Policy allows only our own nonce'd script; a save
names the version it edited, and a stale one is refused with 409; values are validated by the same
pydantic models as machine records.
"""

from __future__ import annotations

import asyncio
import atexit
import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import io
import json
import math
import os
import re
import secrets
import threading
import time
import weakref
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from baocao.core.numbers import to_float
from baocao.pipeline import overview as archive
from baocao.pipeline import query
from baocao.pipeline import queue as rq
from baocao.core.errors import Conflict, UsageError
from baocao.extractors.subjects import Subject, subject_of_name
from baocao.pipeline.store import Store, connect, generation, ingest_running
from baocao.pipeline.vnformat import vn_number, vn_value
from baocao.schemas.records import DocMeta, Fact, FactKind, ModelState, ModelStatus, SubjectKind, TableCell, Word

TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=select_autoescape(["html"])
)
SESSION_COOKIE = "baocao_session"
SESSION_HOURS = 12
MIN_TOKEN_CHARS = 16
READ_WAIT_S = 30.0  # how long a request waits for an ingest's unit of work before answering 503
STALE_S = 15.0  # the oldest queue shown while a fresher one is computed (an ingest adds items meanwhile)
CROP_MAX_SIDE = 2400  # pixels: a crop is for looking at, not for printing
CROP_MAX_PIXELS = 4_000_000
# pdfium is not thread-safe, not even across documents (pypdfium2's docs): one render at a time
CROP_RENDERS = threading.Lock()
# the one inline handler of the queue page (the document filter), allowed by its hash
_INLINE = base64.b64encode(hashlib.sha256(b"this.form.submit()").digest()).decode()
RECORD_MODELS = {"fact": Fact, "model": ModelStatus, "word": Word, "cell": TableCell, "document": DocMeta}


def check_token(token: str) -> str:
    """A shared reviewer token must be long enough not to be guessed."""
    if len(token) < MIN_TOKEN_CHARS:
        raise UsageError(f"BAOCAO_REVIEW_TOKEN must have at least {MIN_TOKEN_CHARS} characters (it has "
                         f"{len(token)}); unset it to have one generated")  # fmt: skip
    return token


def token_hash(token: str) -> str:
    """Reviewer tokens are 32 random bytes, so a fast hash is safe to store (nothing to brute-force)."""
    return hashlib.sha256(token.encode()).hexdigest()


def _write_private(path: Path, data: dict) -> None:
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    tmp.replace(path)


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text("utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def reviewers_path(db: Path) -> Path:
    return Path(f"{db}.reviewers.json")


def reviewer_names(db: Path) -> set[str]:
    return set(_read_json(reviewers_path(db)))


def add_reviewer(db: Path, name: str) -> str:
    """Create (or replace) a named reviewer; returns the token, shown once: only its hash is kept."""
    name = name.strip()
    if not re.fullmatch(r"[\w .'-]{1,40}", name):
        raise UsageError("a reviewer's name is 1 to 40 letters, digits, spaces, dots, dashes or apostrophes")
    token = secrets.token_urlsafe(32)
    path = reviewers_path(db)
    data = _read_json(path)
    data[name] = {"sha256": token_hash(token), "added": dt.datetime.now().isoformat(timespec="seconds")}
    _write_private(path, data)
    return token


class Sessions:
    """Server-side sessions, kept in a file beside the database (only hashes of the ids), so that
    logout revokes a cookie and a restart logs nobody out."""

    def __init__(self, path: Path):
        self.path = path
        self.lock = threading.Lock()
        self.data: dict[str, dict] = _read_json(path)

    @staticmethod
    def _key(sid: str) -> str:
        return hashlib.sha256(sid.encode()).hexdigest()

    def create(self, name: str) -> tuple[str, dict]:
        sid = secrets.token_urlsafe(32)
        session = {"name": name, "csrf": secrets.token_urlsafe(24), "exp": time.time() + SESSION_HOURS * 3600}
        with self.lock:
            self.data = {k: v for k, v in self.data.items() if v["exp"] > time.time()}
            self.data[self._key(sid)] = session
            _write_private(self.path, self.data)
        return sid, session

    def get(self, sid: str) -> dict | None:
        if not sid:
            return None
        session = self.data.get(self._key(sid))
        return session if session and session["exp"] > time.time() else None

    def revoke(self, sid: str) -> None:
        with self.lock:
            if self.data.pop(self._key(sid), None) is not None:
                _write_private(self.path, self.data)


class Throttle:
    """Per-address backoff after failed tokens: 5 free tries, then 5, 10, 20 ... up to 300 s of 429
    (guessing a 16-character token at a few tries a minute is hopeless)."""

    FREE = 5

    def __init__(self):
        self.lock = threading.Lock()
        self.fails: dict[str, tuple[int, float]] = {}

    def check(self, addr: str) -> None:
        n, until = self.fails.get(addr, (0, 0.0))
        wait = until - time.monotonic()
        if wait > 0:
            raise HTTPException(429, f"too many wrong tokens; try again in {math.ceil(wait)} s",
                                headers={"Retry-After": str(math.ceil(wait))})  # fmt: skip

    def failed(self, addr: str) -> None:
        with self.lock:
            n = self.fails.get(addr, (0, 0.0))[0] + 1
            until = time.monotonic() + min(5 * 2 ** (n - self.FREE), 300) if n >= self.FREE else 0.0
            if len(self.fails) > 10_000:  # bounded memory under a spray of addresses
                self.fails.clear()
            self.fails[addr] = (n, until)

    def ok(self, addr: str) -> None:
        self.fails.pop(addr, None)


class _RWLock:
    """Many readers or one writer inside this process (DuckDB refuses a read-only and a read-write
    connection to one file side by side in one process); a waiting writer goes first."""

    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writing = False
        self.waiting = 0

    @contextlib.contextmanager
    def shared(self):
        with self.cond:
            while self.writing or self.waiting:
                self.cond.wait()
            self.readers += 1
        try:
            yield
        finally:
            with self.cond:
                self.readers -= 1
                self.cond.notify_all()

    @contextlib.contextmanager
    def exclusive(self, waiting: Callable[[], None] = lambda: None):
        """`waiting()` is called once the writer is queued (no new reader gets in from then on)."""
        with self.cond:
            self.waiting += 1
        waiting()
        with self.cond:
            while self.writing or self.readers:
                self.cond.wait()
            self.waiting -= 1
            self.writing = True
        try:
            yield
        finally:
            with self.cond:
                self.writing = False
                self.cond.notify_all()


class Database:
    """The review app's one door to DuckDB (Datasette's pattern): `read(fn)` runs fn(connection) in a
    worker thread on a short read-only connection, `write(fn)` runs fn(Store) with every write going
    through this one method, one at a time. A busy file (an ingest's unit of work) is waited for with
    backoff; only after READ_WAIT_S does a request get 503."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.lock = _RWLock()
        self.background: set[duckdb.DuckDBPyConnection] = set()  # reads a save may interrupt
        self.background_lock = threading.Lock()

    def _read(self, fn: Callable[..., Any], *args, background: bool = False) -> Any:
        """`background`: a read nobody waits for (the queue's refresh): a save interrupts it
        (duckdb.InterruptException) instead of waiting for it to end."""
        with self.lock.shared():
            con = self._open(lambda: connect(self.path, read_only=True, wait_s=READ_WAIT_S))
            if background:
                with self.background_lock:
                    self.background.add(con)
            try:
                return fn(con, *args)
            finally:
                with self.background_lock:
                    self.background.discard(con)
                con.close()

    def _interrupt_background(self) -> None:
        with self.background_lock:
            for con in self.background:
                con.interrupt()

    def _write(self, fn: Callable[..., Any], *args) -> Any:
        """fn(store) in one unit of work: what it reads to decide and what it writes, one opening."""
        with self.lock.exclusive(waiting=self._interrupt_background):
            store = Store(self.path, wait_s=READ_WAIT_S, prepare=False)
            self._open(lambda: store.con)  # a busy file is a 503 here, not an error of the write
            try:
                with store.session():
                    return fn(store, *args)
            finally:
                store.close()

    @staticmethod
    def _open(opener):
        try:
            return opener()
        except (UsageError, duckdb.Error) as e:
            raise HTTPException(503, f"the database is busy (an ingest is running?): {e}") from e

    async def read(self, fn: Callable[..., Any], *args) -> Any:
        return await run_in_threadpool(self._read, fn, *args)

    async def write(self, fn: Callable[..., Any], *args) -> Any:
        return await run_in_threadpool(self._write, fn, *args)


_CACHES: weakref.WeakSet[QueueCache] = weakref.WeakSet()


@atexit.register
def _stop_refreshes() -> None:
    for cache in list(_CACHES):
        cache.stop()


class QueueCache:
    """The review queue computed once per database state and kept in memory: its SQL costs about half
    a second, every queue page and every "next" link needs it, and an ingest changes the file every
    few seconds. The state is `store.generation`, read without opening (or waiting for) the file.
    When the file has changed, the last queue is shown (if under STALE_S old) while a fresher one is
    computed in a background thread, so a reviewer never waits for the queue SQL or for an ingest's
    unit of work; what a reviewer of this server saved leaves it at once (`saved`), so nobody is
    sent to an item someone here has just done."""

    def __init__(self, database: Database):
        self.database = database
        self.cond = threading.Condition()
        self.snapshot: dict | None = None  # gen, at (monotonic, when its read began), rows, pages, learned
        self.refreshing = False
        self.error: Exception | None = None
        self.saves = 0
        self.saved: dict[tuple[str, str], int] = {}  # (kind, item id) -> number of the save that did it
        self.learned: dict[int, int] = {}  # save number -> word corrections it added (training text)
        self.stopping = False
        self.thread: threading.Thread | None = None
        _CACHES.add(self)

    def _read(self, con) -> tuple:
        return rq.queue_rows(con), query.pages_stored(con), rq.corrected_word_count(con)

    def _refresh(self) -> None:
        while True:
            with self.cond:
                seen = self.saves  # saves up to here are committed: the read below sees them
            gen, at = generation(self.database.path), time.monotonic()
            try:
                rows, pages, learned = self.database._read(self._read, background=True)
                break
            except duckdb.InterruptException:  # a save went first and changes the queue: read after it
                if self.stopping:
                    with self.cond:
                        self.refreshing = False
                        self.cond.notify_all()
                    return
                continue
            except Exception as e:  # noqa: BLE001 - handed to the requests waiting for it
                with self.cond:
                    self.error, self.refreshing = e, False
                    self.cond.notify_all()
                return
        with self.cond:
            self.snapshot = {"gen": gen, "at": at, "rows": rows, "pages": pages, "learned": learned}
            self.saved = {k: n for k, n in self.saved.items() if n > seen}
            self.learned = {n: k for n, k in self.learned.items() if n > seen}
            self.error, self.refreshing = None, False
            self.cond.notify_all()

    def get(self) -> dict:
        """The queue rows (saved items left out), pages stored and words learned."""
        gen = generation(self.database.path)
        with self.cond:
            snap = self.snapshot
            fresh = snap is not None and snap["gen"] == gen
            start = not fresh and not self.refreshing
            self.refreshing = self.refreshing or start
        if start:
            self.thread = threading.Thread(target=self._refresh, daemon=True, name="queue-refresh")
            self.thread.start()
        with self.cond:
            while self.refreshing and (self.snapshot is None or
                                       (not fresh and time.monotonic() - self.snapshot["at"] > STALE_S)):
                self.cond.wait()
            snap = self.snapshot
            if snap is None or (not fresh and time.monotonic() - snap["at"] > STALE_S and self.error):
                raise self.error if isinstance(self.error, HTTPException) else \
                    HTTPException(503, f"cannot read the queue: {self.error}")  # fmt: skip
            rows = [r for r in snap["rows"] if (r["kind"], r["item_id"]) not in self.saved]
            return {"rows": rows, "pages": snap["pages"], "learned": snap["learned"] + sum(self.learned.values())}

    def done(self, kind: str, item_ids: list[str], learned: int = 0) -> None:
        """Items saved (committed) by this server: out of the queue from now on; `learned`: word
        corrections the save added to the training text."""
        with self.cond:
            self.saves += 1
            self.saved.update({(kind, i): self.saves for i in item_ids})
            self.learned[self.saves] = learned

    def stop(self) -> None:
        """Interrupt and wait for a refresh in flight: a DuckDB read left running in a daemon thread
        while the interpreter exits aborts the process (C++ terminate)."""
        self.stopping = True
        self.database._interrupt_background()
        if self.thread is not None:
            self.thread.join(timeout=30)

    def settle(self) -> None:
        """Wait for a refresh in flight to land."""
        with self.cond:
            while self.refreshing:
                self.cond.wait()

    async def shaped(self, **kw) -> tuple[dict, dict]:
        got = await run_in_threadpool(self.get)
        return rq.shape_queue(got["rows"], **kw), got


class Review:
    """Settings, the database and the secrets of one running review server."""

    def __init__(self, db: Path, token: str, reviewers: dict[str, str] | None = None, secure: bool = False):
        self.db = Path(db)
        self.database = Database(self.db)
        self.queue = QueueCache(self.database)
        self.token = token
        self.reviewers = reviewers or {}  # name -> token of named reviewers given in code (tests, embedding)
        self.secure = secure  # served over TLS by a proxy: Secure cookies
        self.sessions = Sessions(Path(f"{self.db}.sessions.json"))
        self.throttle = Throttle()

    # --- auth ---------------------------------------------------------------------------------

    def reviewer_for_token(self, token: str) -> str | None:
        if not token:
            return None
        if hmac.compare_digest(token.encode(), self.token.encode()):
            return "reviewer"
        for name, t in self.reviewers.items():
            if hmac.compare_digest(token.encode(), t.encode()):
                return name
        digest = token_hash(token)
        for name, entry in _read_json(reviewers_path(self.db)).items():  # added while we run: read each time
            if hmac.compare_digest(digest, entry.get("sha256", "")):
                return name
        return None

    def check_token(self, request: Request, token: str) -> str:
        """The reviewer a token names, or 401 (and one more failure for this address), or 429."""
        addr = client_addr(request)
        self.throttle.check(addr)
        name = self.reviewer_for_token(token)
        if not name:
            self.throttle.failed(addr)
            raise HTTPException(401, "bad token")
        self.throttle.ok(addr)
        return name

    def who(self, request: Request) -> dict:
        """The reviewer behind a request, or 401. Bearer requests need no CSRF token."""
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return {"name": self.check_token(request, auth[7:].strip()), "csrf": None, "bearer": True}
        sid = request.cookies.get(SESSION_COOKIE, "")
        session = self.sessions.get(sid)
        if session:
            request.state.csrf = session["csrf"]
            return {"name": session["name"], "csrf": session["csrf"], "bearer": False, "sid": sid}
        raise HTTPException(401, "log in first")


def client_addr(request: Request) -> str:
    return request.client.host if request.client else "?"


def render(request: Request, template: str, data: dict, status: int = 200) -> Response:
    if wants_json(request):
        return JSONResponse(json.loads(json.dumps(data, default=_jsonable)), status_code=status)
    html = TEMPLATES.get_template(template).render(**data, request=request)
    return HTMLResponse(html, status_code=status)


def wants_json(request: Request) -> bool:
    """The format is part of the route: `.json` on GET and POST alike."""
    return request.url.path.endswith(".json")


def _jsonable(v):
    return v.hex() if isinstance(v, bytes) else str(v)


def ingest_status(db: Path, pages: int) -> dict | None:
    """'ingest running, N pages stored', for the page header while an archive is being read."""
    running = ingest_running(db)
    if running is None:
        return None
    return {**running, "pages": pages}


# --- handlers -------------------------------------------------------------------------------------


async def login_form(request: Request) -> Response:
    return render(request, "login.html", {"error": None})


async def login(request: Request) -> Response:
    rv: Review = request.app.state.review
    form = await request.form()
    try:
        name = rv.check_token(request, str(form.get("token", "")))
    except HTTPException as e:
        if e.status_code == 429:
            raise
        return render(request, "login.html", {"error": "That token is not right."}, status=401)
    display = str(form.get("name") or name).strip()[:40] or name
    sid, _session = await run_in_threadpool(rv.sessions.create, display)
    resp = RedirectResponse("/", status_code=303)
    resp.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="strict", max_age=SESSION_HOURS * 3600,
                    secure=rv.secure or request.url.scheme == "https")  # fmt: skip
    return resp


async def logout(request: Request) -> Response:
    rv: Review = request.app.state.review
    user = rv.who(request)
    form = await request.form()
    if not user["bearer"]:
        check_csrf(user, form)
        await run_in_threadpool(rv.sessions.revoke, user["sid"])
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE)
    return resp


def check_csrf(user: dict, form) -> None:
    if not user["bearer"] and not hmac.compare_digest(str(form.get("csrf", "")), user["csrf"] or ""):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page")


async def queue(request: Request) -> Response:
    rv: Review = request.app.state.review
    user = rv.who(request)
    kind = request.query_params.get("kind") or None
    doc = request.query_params.get("doc") or None
    show_all = request.query_params.get("all") == "1"

    data, got = await rv.queue.shaped(kind=kind, doc_id=doc, show_all=show_all)
    data |= {"ingest": ingest_status(rv.db, got["pages"]), "learned": got["learned"], "user": user["name"],
             "kind": kind, "doc": doc}  # fmt: skip
    return render(request, "queue.html", data)


async def overview(request: Request) -> Response:
    """The archive at a glance, read-only: what the views say, drawn."""
    rv: Review = request.app.state.review
    user = rv.who(request)

    def read(con):
        return archive.overview(con) | {"ingest": ingest_status(rv.db, query.pages_stored(con)),
                                        "learned": rq.corrected_word_count(con)}  # fmt: skip

    data = await rv.database.read(read)
    data |= {"user": user["name"]}
    return render(request, "overview.html", data)


async def item(request: Request) -> Response:
    rv: Review = request.app.state.review
    user = rv.who(request)
    kind, item_id = request.path_params["kind"], request.path_params["item_id"].removesuffix(".json")

    # the item fresh (its version is what a save names), the queue for "next" beside it
    data, (nxt, got) = await asyncio.gather(rv.database.read(rq.review_item, kind, item_id), rv.queue.shaped(limit=2))
    if data is None:
        raise HTTPException(404, f"no {kind} {item_id}")
    data |= {"user": user["name"], "csrf": user["csrf"], "message": request.query_params.get("saved"),
             "next": next((i for i in nxt["items"] if i["item_id"] != item_id), None), "learned": got["learned"],
             "ingest": ingest_status(rv.db, got["pages"])}  # fmt: skip
    return render(request, "item.html", data)


def _parse(kind: str, field: str, value: str) -> str:
    """Validate a reviewer's value; Vietnamese number and date forms are accepted."""
    value = value.strip()
    if field in ("value", "denominator"):
        if not value and field == "denominator":
            return ""
        try:
            number = to_float(value.rstrip("%").strip())
        except ValueError:
            raise HTTPException(422, f"{value!r} is not a number (write 3.384.136 or 82,19)") from None
        if not math.isfinite(number):
            raise HTTPException(422, f"{value!r} is not a finite number (write 3.384.136 or 82,19)")
        return repr(number)
    if field in ("as_of", "issued_date"):
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat() if m else \
                dt.date.fromisoformat(value).isoformat()  # fmt: skip
        except (ValueError, AttributeError):
            raise HTTPException(422, f"{value!r} is not a date (write 15/10/2025)") from None
    if field == "status" and value not in {s.value for s in ModelState}:
        raise HTTPException(422, f"status must be one of {', '.join(s.value for s in ModelState)}")
    if not value and field not in ("unit", "denominator_unit", "subject", "subject_kind"):  # no subject: the whole area
        raise HTTPException(422, f"{field} cannot be empty")
    return value


def validate_changes(kind: str, item: dict, changes: dict[str, tuple[str, str]]) -> None:
    """The item with the reviewer's values must pass the pydantic model a machine record of its kind
    passes (no NaN, no infinity, confidences in range, known statuses), or 422 naming the field."""
    model = RECORD_MODELS[kind]
    record = {k: item[k] for k in model.model_fields if k in item and k != "review_status"}
    record |= {f: (new if new != "" else None) for f, (_old, new) in changes.items() if f in model.model_fields}
    try:
        model.model_validate(record)
    except ValidationError as e:
        bad = [err for err in e.errors() if err["loc"] and err["loc"][0] in changes]
        if bad:
            err = bad[0]
            raise HTTPException(422, f"{err['loc'][0]}: {changes[err['loc'][0]][1]!r} is not accepted "
                                     f"({err['msg']})") from None  # fmt: skip
        whole = [err for err in e.errors() if not err["loc"]]  # a rule across fields (subject and its kind)
        if whole:
            raise HTTPException(422, whole[0]["msg"].removeprefix("Value error, ")) from None


def reviewed_changes(kind: str, data: dict, action: str, form, named: Subject | None = None) -> dict[str, tuple[str, str]]:
    """field -> (old, new) of a correction, values parsed and validated (422 otherwise). `named`: the
    typed subject as the extractor knows it, looked up before the write so the file is not held for it."""
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
        if kind == "fact":
            changes = _fact_parts(data["item"], changes, named)
        validate_changes(kind, data["item"], changes)
    return changes


async def save(request: Request) -> Response:
    rv: Review = request.app.state.review
    user = rv.who(request)
    kind, item_id = request.path_params["kind"], request.path_params["item_id"].removesuffix(".json")
    form = await request.form()
    check_csrf(user, form)
    action = str(form.get("action", ""))
    typed = str(form.get("subject", "")).strip() if kind == "fact" and action == "correct" else ""
    named = await asyncio.to_thread(subject_of_name, typed) if typed else None

    def write(store: Store) -> tuple[list[str], int]:
        """The item read, checked and its verdict written in one unit of work (one opening of the file)."""
        data = rq.review_item(store.con, kind, item_id)
        if data is None:
            raise HTTPException(404, f"no {kind} {item_id}")
        changes = reviewed_changes(kind, data, action, form, named)
        try:
            expected = int(str(form.get("version", "")))
        except ValueError:
            raise HTTPException(422, "missing version") from None
        targets = rq.targets(data, changes)
        store.add_corrections(rq.TARGET_TABLE[kind], targets, action, user["name"], expected,
                              str(form.get("note", "")).strip() or None)  # fmt: skip
        learned = len(targets) if kind == "word" and action == "correct" and "text" in changes else 0
        return list(targets), learned

    try:
        saved, learned = await rv.database.write(write)
    except Conflict as e:
        raise HTTPException(409, str(e)) from None
    except UsageError as e:
        raise HTTPException(422, str(e)) from None
    rv.queue.done(kind, saved, learned)
    if wants_json(request) or user["bearer"]:
        return JSONResponse({"ok": True, "kind": kind, "item_id": item_id, "action": action})
    # on to the next doubtful item, as a reviewer works through a queue
    upcoming = [i for i in (await rv.queue.shaped(limit=2))[0]["items"] if i["item_id"] != item_id]
    target = f"/item/{upcoming[0]['kind']}/{upcoming[0]['item_id']}" if upcoming else f"/item/{kind}/{item_id}"
    return RedirectResponse(f"{target}?saved={action}+{kind}+{item_id}", status_code=303)


def _fact_parts(item: dict, changes: dict[str, tuple[str, str]], named: Subject | None) -> dict[str, tuple[str, str]]:
    """Parts of a fact that go together follow a reviewer's change. A typed subject is spelled as the
    extractor spells it ('UBND Xã Kỳ Thượng' -> 'xã Kỳ Thượng'), so the views group it with the
    machine's, with the kind recognized unless the reviewer chose one (a name the rules do not know is
    kept as typed); a cleared denominator takes what it counted with it."""
    out = dict(changes)
    if named is not None and changes.get("subject", ("", ""))[1]:
        out["subject"] = (changes["subject"][0], named.name)
        old_kind = _show(item.get("subject_kind"))
        if "subject_kind" not in changes and named.kind != old_kind:
            out["subject_kind"] = (old_kind, named.kind)
    old_den_unit = _show(item.get("denominator_unit"))
    if changes.get("denominator", ("", "x"))[1] == "" and old_den_unit and "denominator_unit" not in changes:
        out["denominator_unit"] = (old_den_unit, "")
    return out


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
# a fact's kind and subject kind are chosen, not typed: the values the pydantic model accepts
TEMPLATES.globals["choices"] = {"kind": [k.value for k in FactKind], "subject_kind": [""] + [k.value for k in SubjectKind]}
TEMPLATES.filters["vn"] = vn_number
TEMPLATES.filters["vnval"] = vn_value
TEMPLATES.filters["from_json"] = lambda v: json.loads(v) if v else []


BOX_KEYS = ("x0", "y0", "x1", "y1")
WINDOW_KEYS = ("wx0", "wy0", "wx1", "wy1")  # the lines around the item, chosen by the queue


def parse_box(params, keys: tuple[str, ...] = BOX_KEYS) -> tuple[float, float, float, float] | None:
    """A crop box from the query string (300-DPI pixels), or None for the whole page; 400 for
    anything that is not four finite numbers with x0 < x1 and y0 < y1."""
    given = [k for k in keys if k in params]
    if not given:
        return None
    if len(given) < 4:
        raise HTTPException(400, "a box needs all of x0, y0, x1, y1 (300-DPI pixels)")
    try:
        box = tuple(float(params[k]) for k in keys)
    except ValueError:
        raise HTTPException(400, "x0, y0, x1, y1 must be numbers") from None
    if not all(math.isfinite(v) for v in box):
        raise HTTPException(400, "x0, y0, x1, y1 must be finite numbers")
    if box[0] >= box[2] or box[1] >= box[3]:
        raise HTTPException(400, "the box is empty or inverted (x0 < x1 and y0 < y1 are needed)")
    return box  # type: ignore[return-value]


async def crop(request: Request) -> Response:
    rv: Review = request.app.state.review
    rv.who(request)
    doc_id, page_no = request.path_params["doc_id"], int(request.path_params["page_no"])
    box, window = parse_box(request.query_params), parse_box(request.query_params, WINDOW_KEYS)
    row = await rv.database.read(query.document_file, doc_id)
    if row is None:
        raise HTTPException(404, "no such document")
    path, path_bytes, n_pages = row
    if page_no < 1 or (n_pages is not None and page_no > n_pages):
        raise HTTPException(404, f"{path} has no page {page_no}")
    png = await run_in_threadpool(render_crop, os.fsdecode(path_bytes) if path_bytes else path, page_no, box, window)
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


CROP_DPI = 220  # shown at half size on the item page: 110 CSS pixels an inch, sharp on a 2x screen


def crop_scale(width_pt: float, height_pt: float, wanted: float) -> float:
    """The render scale, lowered so the PNG stays within CROP_MAX_SIDE and CROP_MAX_PIXELS whatever
    the page size (a 200-inch page would otherwise give an 18000-pixel image)."""
    return min(wanted, CROP_MAX_SIDE / max(width_pt, 1), CROP_MAX_SIDE / max(height_pt, 1),
               math.sqrt(CROP_MAX_PIXELS / max(width_pt * height_pt, 1)))  # fmt: skip


@lru_cache(maxsize=256)
def render_crop(path: str, page_no: int, box: tuple[float, float, float, float] | None,
                window: tuple[float, float, float, float] | None = None) -> bytes:
    """The page region around a box (300-DPI pixels) rendered from the PDF, the box outlined: the
    `window` (the item's lines and two more above and below, chosen by the queue), else half an
    inch above and below across the page. A box reaching off the page is clamped to it; one entirely
    off the page is a 400; the image is capped in size."""
    import pypdfium2 as pdfium

    from baocao.pipeline.probe import open_pdf

    with CROP_RENDERS:
        try:
            pdf = open_pdf(Path(path))
        except Exception as e:
            raise HTTPException(404, f"the PDF is not readable any more ({path}): {e}") from None
        try:
            if page_no > len(pdf):
                raise HTTPException(404, f"{path} has no page {page_no}")
            page = pdf[page_no - 1]
            w, h = page.get_size()
            if box:
                k = 72 / 300  # 300-DPI pixels to points
                x0, y0, x1, y1 = (v * k for v in box)
                if x1 <= 0 or y1 <= 0 or x0 >= w or y0 >= h:
                    raise HTTPException(400, f"the box lies outside page {page_no} ({w * 300 / 72:.0f} x "
                                             f"{h * 300 / 72:.0f} pixels at 300 DPI)")  # fmt: skip
                x0, y0, x1, y1 = max(x0, 0.0), max(y0, 0.0), min(x1, w), min(y1, h)
                wx0, wy0, wx1, wy1 = (v * k for v in window) if window else (0.0, y0 - 36, w, y1 + 36)
                left, right = max(0.0, min(wx0, x0)), min(w, max(wx1, x1))
                top, bottom = max(0.0, min(wy0, y0)), min(h, max(wy1, y1))
                scale = crop_scale(right - left, bottom - top, CROP_DPI / 72)
                bitmap = page.render(scale=scale, crop=(left, h - bottom, w - right, top))
            else:
                scale = crop_scale(w, h, CROP_DPI / 72 * 0.6)
                bitmap = page.render(scale=scale)
            img = bitmap.to_pil()
            if box:
                from PIL import ImageDraw

                ImageDraw.Draw(img).rectangle([(x0 - left) * scale - 4, (y0 - top) * scale - 4, (x1 - left) * scale + 4,
                                               (y1 - top) * scale + 4], outline=(220, 38, 38), width=3)  # fmt: skip
            buf = io.BytesIO()
            img.save(buf, "PNG", optimize=True)
            return buf.getvalue()
        except pdfium.PdfiumError as e:
            raise HTTPException(404, f"cannot render page {page_no} of {path}: {e}") from None
        finally:
            pdf.close()


async def http_error(request: Request, exc: HTTPException) -> Response:
    if exc.status_code == 401 and not request.url.path.endswith(".json") and request.method == "GET" and \
            "authorization" not in request.headers:  # fmt: skip
        return RedirectResponse("/login", status_code=303)
    data = {"ok": False, "status": exc.status_code, "error": exc.detail}
    if (request.url.path.endswith(".json") or "authorization" in request.headers or request.method != "GET") and \
            not request.headers.get("accept", "").startswith("text/html"):  # fmt: skip
        resp: Response = JSONResponse(data, status_code=exc.status_code)
    else:
        resp = render(request, "error.html", data, status=exc.status_code)
    resp.headers.update(exc.headers or {})  # Retry-After of a 429
    return resp


async def no_icon(request: Request) -> Response:
    """Browsers ask every site for /favicon.ico; a 404 put an error in the console of every reviewer."""
    return Response(status_code=204, headers={"Cache-Control": "public, max-age=86400"})


def routes() -> list[Route]:
    return [
        Route("/favicon.ico", no_icon, methods=["GET"]),
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


class SecurityHeaders:
    """CSP (our own nonce'd script only, nothing from elsewhere, no framing), X-Frame-Options,
    nosniff, no referrer; HSTS when served over TLS. Pure ASGI so streaming is untouched."""

    def __init__(self, app, secure: bool = False):
        self.app = app
        self.secure = secure

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        nonce = secrets.token_urlsafe(16)
        scope.setdefault("state", {})["csp_nonce"] = nonce
        csp = (f"default-src 'none'; img-src 'self'; style-src 'self' 'unsafe-inline'; "
               f"script-src 'nonce-{nonce}' 'unsafe-hashes' 'sha256-{_INLINE}'; form-action 'self'; "
               "frame-ancestors 'none'; base-uri 'none'")  # fmt: skip
        extra = [(b"content-security-policy", csp.encode()), (b"x-frame-options", b"DENY"),
                 (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]  # fmt: skip
        if self.secure or scope.get("scheme") == "https":
            extra.append((b"strict-transport-security", b"max-age=31536000"))

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


def make_app(db: Path, token: str, reviewers: dict[str, str] | None = None, secure: bool = False) -> Starlette:
    """`secure`: behind a TLS-terminating proxy (cookies marked Secure, HSTS)."""
    app = Starlette(routes=routes(), exception_handlers={HTTPException: http_error},
                    middleware=[Middleware(SecurityHeaders, secure=secure)])  # fmt: skip
    app.state.review = Review(db, token, reviewers, secure)
    return app
