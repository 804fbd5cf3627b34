"""A hostile client against a running `baocao review` (real HTTP on 127.0.0.1, a real DuckDB file):
nonsense crop boxes, huge pages, bad values, token guessing, stolen cookies after logout, framing."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import pytest

import badfiles
from baocao.pipeline.cli import serving_url
from baocao.pipeline.ingest import ingest
from baocao.pipeline.store import Store
from baocao.schemas.records import Settings

BAOCAO = str(Path(sys.executable).parent / "baocao")
TOKEN = "hostile-test-token-0123456789"
BEARER = {"Authorization": f"Bearer {TOKEN}"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`baocao review` in its own process, from another folder than the one the archive was read in."""

    def __init__(self, db: Path, cwd: Path, token: str = TOKEN, *extra: str):
        self.port = free_port()
        env = dict(os.environ, BAOCAO_REVIEW_TOKEN=token)
        self.proc = subprocess.Popen([BAOCAO, "review", "--db", str(db), "--port", str(self.port), *extra],
                                     cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        self.url = f"http://127.0.0.1:{self.port}"
        for _ in range(600):  # until it listens (bounded)
            if self.proc.poll() is not None:
                raise RuntimeError(self.proc.stderr.read().decode())
            try:
                httpx.get(self.url + "/login", timeout=2)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("review server did not start")

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def db(tmp_path_factory, pdfs) -> Path:
    """An archive read through a relative path, plus a 200-inch page and a non-UTF-8 file name."""
    root = tmp_path_factory.mktemp("hostile")
    bad = badfiles.make(root / "bad")
    (root / "archive").mkdir()
    shutil.copy(pdfs["digital"], root / "archive" / "digital.pdf")
    path = root / "h.duckdb"
    cwd = os.getcwd()
    os.chdir(root)
    try:
        ingest([Path("archive/digital.pdf"), bad["latin1_name"]], path, Settings(learn=False), workers=1)
    finally:
        os.chdir(cwd)
    con = duckdb.connect(str(path))  # the huge page's document row, without reading 200 inches of nothing
    con.execute("INSERT INTO documents (doc_id, path, path_bytes, sha256, status, n_pages) "
                "VALUES ('huge', ?, ?, 'huge-sha', 'ok', 1)", [str(bad["huge"]), os.fsencode(bad["huge"])])  # fmt: skip
    con.execute("UPDATE facts SET review_status = 'needs_review' WHERE value = 702115")
    con.close()
    return path


@pytest.fixture(scope="module")
def server(db, tmp_path_factory):
    s = Server(db, tmp_path_factory.mktemp("elsewhere"))
    yield s
    s.stop()


def one(db: Path, sql: str, args=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(args)).fetchone()
    finally:
        con.close()


def login(server: Server, name: str = "Lan") -> tuple[httpx.Client, str]:
    c = httpx.Client(base_url=server.url, follow_redirects=False)
    r = c.post("/login", data={"name": name, "token": TOKEN})
    assert r.status_code == 303
    page = c.get("/").text
    return c, page.split('name="csrf" value="')[1].split('"')[0]


def test_crops_from_another_folder_and_of_a_non_utf8_name(server, db):
    doc, page, *box = one(db, "SELECT f.doc_id, f.page_no, f.x0, f.y0, f.x1, f.y1 FROM facts f WHERE value = 702115")
    r = httpx.get(f"{server.url}/crop/{doc}/{page}.png", params=dict(zip(["x0", "y0", "x1", "y1"], box)), headers=BEARER)
    assert r.status_code == 200 and r.content.startswith(b"\x89PNG")
    [latin] = one(db, "SELECT doc_id FROM documents WHERE path LIKE '%2016.pdf'")
    assert httpx.get(f"{server.url}/crop/{latin}/1.png", headers=BEARER).status_code == 200


@pytest.mark.parametrize("box", [
    {"x0": 0, "y0": -1e10, "x1": 10, "y1": -8},  # off the page (took 37 s and froze the server)
    {"x0": 0, "y0": 0, "x1": "inf", "y1": 10},
    {"x0": "nan", "y0": 0, "x1": 10, "y1": 10},
    {"x0": 50, "y0": 50, "x1": 10, "y1": 10},  # inverted
    {"x0": 1e9, "y0": 1e9, "x1": 2e9, "y1": 2e9},
    {"x0": 1, "y0": 2},  # half a box
    {"x0": "a", "y0": 0, "x1": 1, "y1": 1},
])  # fmt: skip
def test_nonsense_crop_boxes_are_400_not_500(server, db, box):
    doc = one(db, "SELECT doc_id FROM documents WHERE path LIKE '%digital.pdf'")[0]
    r = httpx.get(f"{server.url}/crop/{doc}/1.png", params=box, headers=BEARER)
    assert r.status_code == 400 and r.json()["error"]


def test_pages_that_do_not_exist_are_404(server, db):
    doc = one(db, "SELECT doc_id FROM documents WHERE path LIKE '%digital.pdf'")[0]
    assert httpx.get(f"{server.url}/crop/{doc}/0.png", headers=BEARER).status_code == 404
    assert httpx.get(f"{server.url}/crop/{doc}/99.png", headers=BEARER).status_code == 404


def test_a_200_inch_page_gives_a_bounded_png(server):
    from PIL import Image
    import io

    for params in ({}, {"x0": 0, "y0": 0, "x1": 60000, "y1": 60000}, {"x0": 100, "y0": 29000, "x1": 200, "y1": 29100}):
        r = httpx.get(f"{server.url}/crop/huge/1.png", params=params, headers=BEARER, timeout=120)
        assert r.status_code == 200
        w, h = Image.open(io.BytesIO(r.content)).size
        assert max(w, h) <= 2400 and w * h <= 4_000_000


def test_a_slow_crop_does_not_hold_up_other_requests(server):
    """Requests are served while crops render (handlers do their blocking work in threads): a queue
    request sent after eight full-page renders of the huge page began is answered before they all end."""
    import threading

    done: list[str] = []
    lock = threading.Lock()

    def crop(k: int) -> None:
        httpx.get(f"{server.url}/crop/huge/1.png", params={"x0": k, "y0": 0, "x1": 60000, "y1": 60000},
                  headers=BEARER, timeout=300)  # fmt: skip
        with lock:
            done.append("crop")

    threads = [threading.Thread(target=crop, args=(k + 1,)) for k in range(8)]
    for t in threads:
        t.start()
    time.sleep(0.3)
    assert httpx.get(f"{server.url}/queue.json", headers=BEARER, timeout=300).status_code == 200
    with lock:
        done.append("queue")
    for t in threads:
        t.join()
    assert done.index("queue") < len(done) - 1


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e309", "NaN"])
def test_values_that_are_not_finite_numbers_are_refused(server, db, value):
    fid = one(db, "SELECT fact_id FROM facts WHERE value = 702115")[0]
    before = one(db, "SELECT count(*) FROM corrections WHERE target_id = ?", [fid])[0]  # other tests may save it
    r = httpx.post(f"{server.url}/item/fact/{fid}.json", data={"version": str(before), "action": "correct",
                                                               "value": value}, headers=BEARER)  # fmt: skip
    assert r.status_code == 422 and "finite" in r.json()["error"]
    assert httpx.get(f"{server.url}/item/fact/{fid}.json", headers=BEARER).status_code == 200
    assert one(db, "SELECT count(*) FROM corrections WHERE target_id = ?", [fid]) == (before,)


def test_an_impossible_date_is_refused(server, db):
    doc = one(db, "SELECT doc_id FROM documents WHERE path LIKE '%digital.pdf'")[0]
    r = httpx.post(f"{server.url}/item/document/{doc}.json", headers=BEARER,
                   data={"version": "0", "action": "correct", "issued_date": "31/02/2024"})  # fmt: skip
    assert r.status_code == 422


def test_json_is_honoured_on_post(server, db):
    fid = one(db, "SELECT fact_id FROM facts WHERE value = 401226")[0]
    version = one(db, "SELECT count(*) FROM corrections WHERE target_id = ?", [fid])[0]
    r = httpx.post(f"{server.url}/item/fact/{fid}.json", data={"version": str(version), "action": "approve"},
                   headers=BEARER)  # fmt: skip
    assert r.status_code == 200 and r.json() == {"ok": True, "kind": "fact", "item_id": fid, "action": "approve"}
    stale = httpx.post(f"{server.url}/item/fact/{fid}.json", data={"version": str(version), "action": "approve"},
                       headers=BEARER)  # fmt: skip
    assert stale.status_code == 409 and stale.json()["ok"] is False


def test_security_headers(server):
    r = httpx.get(f"{server.url}/login")
    csp = r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp and "script-src 'nonce-" in csp
    assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"


def test_logout_needs_csrf_and_revokes_the_cookie(server):
    c, csrf = login(server)
    cookie = c.cookies.get("baocao_session")
    assert c.post("/logout", data={}).status_code == 403  # a cross-site form cannot log anyone out
    assert c.post("/logout", data={"csrf": csrf}).status_code == 303
    stolen = httpx.get(f"{server.url}/queue.json", cookies={"baocao_session": cookie})
    assert stolen.status_code == 401


def test_token_guessing_backs_off(db, tmp_path):
    server = Server(db, tmp_path)  # its own: the shared one must not block this address for the others
    try:
        codes = [httpx.get(f"{server.url}/queue.json", headers={"Authorization": f"Bearer guess-{i}"}).status_code
                 for i in range(7)]  # fmt: skip
        assert codes[:5] == [401] * 5 and codes[5:] == [429, 429]
        r = httpx.post(f"{server.url}/login", data={"name": "x", "token": TOKEN})  # even the right one, for now
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    finally:
        server.stop()


def test_sessions_survive_a_restart_and_named_reviewers_have_their_own_token(db, tmp_path):
    s = Server(db, tmp_path)
    try:
        c, _csrf = login(s, "Hoa")
        cookie = c.cookies.get("baocao_session")
    finally:
        s.stop()
    added = subprocess.run([BAOCAO, "reviewers", "add", "Minh", "--db", str(db)], capture_output=True, text=True)
    token = added.stdout.strip()
    assert added.returncode == 0 and len(token) >= 32 and token not in Path(f"{db}.reviewers.json").read_text()
    s = Server(db, tmp_path)
    try:
        assert httpx.get(f"{s.url}/queue.json", cookies={"baocao_session": cookie}).status_code == 200
        assert httpx.get(f"{s.url}/queue.json", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        fid = one(db, "SELECT fact_id FROM facts WHERE value = 702115")[0]
        version = one(db, "SELECT count(*) FROM corrections WHERE target_id = ?", [fid])[0]
        r = httpx.post(f"{s.url}/item/fact/{fid}.json", data={"version": str(version), "action": "approve"},
                       headers={"Authorization": f"Bearer {token}"})  # fmt: skip
        assert r.status_code == 200
        assert one(db, "SELECT reviewer FROM corrections WHERE target_id = ? ORDER BY correction_id DESC", [fid]) == (
            "Minh",)
    finally:
        s.stop()


def test_short_and_empty_tokens(db, tmp_path):
    short = subprocess.run([BAOCAO, "review", "--db", str(db), "--port", str(free_port())], capture_output=True,
                           text=True, env=dict(os.environ, BAOCAO_REVIEW_TOKEN="a"), timeout=120)  # fmt: skip
    assert short.returncode == 2 and "at least 16 characters" in short.stderr
    port = free_port()
    proc = subprocess.Popen([BAOCAO, "review", "--db", str(db), "--port", str(port)], stderr=subprocess.PIPE,
                            env=dict(os.environ, BAOCAO_REVIEW_TOKEN=""), text=True)  # fmt: skip
    try:
        line = proc.stderr.readline()
        assert line.startswith("reviewer token: ")
        token = line.split()[2]
        for _ in range(600):
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/queue.json", headers={"Authorization": f"Bearer {token}"})
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert r.status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)


def test_the_printed_address_is_one_a_browser_opens():
    assert serving_url("::", 8736) == "http://[::1]:8736/"
    assert serving_url("::1", 8736) == "http://[::1]:8736/"
    assert serving_url("0.0.0.0", 80) == "http://127.0.0.1:80/"
    assert serving_url("127.0.0.1", 8765) == "http://127.0.0.1:8765/"


def test_the_page_says_an_ingest_is_running(server, db):
    c, _ = login(server, "An")
    assert "ingest running" not in c.get("/").text
    with Store(db) as store, store.ingest_lock():
        page = c.get("/").text
    pages = one(db, "SELECT count(*) FROM pages")[0]
    assert f"ingest running, {pages} pages stored" in page
