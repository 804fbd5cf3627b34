"""The review page over HTTP (every route and every refusal), and end to end in headless Chromium."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from starlette.testclient import TestClient

from baocao.pipeline.ingest import ingest
from baocao.pipeline.review import make_app
from baocao.schemas.records import Settings
from webutil import logged_in, serve

TOKEN = "test-token-123"
BEARER = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def db(tmp_path_factory, pdfs) -> Path:
    """A real archive: a digital report, then a fact with a hostile quote and a word to review."""
    path = tmp_path_factory.mktemp("review") / "r.duckdb"
    ingest([pdfs["digital"], pdfs["worn"]], path, Settings(learn=False), workers=2)
    con = duckdb.connect(str(path))
    con.execute("UPDATE facts SET review_status = 'needs_review', review_reason = 'uncertain reading', "
                "quote = '<script>alert(1)</script> ' || quote WHERE value = 702115")  # fmt: skip
    # a second doubtful fact and word that no test saves, so the queue has them whatever order the tests run in
    con.execute("UPDATE words SET restore_conf = 0.3, text = raw || 'x' WHERE word_no = 4 AND page_no = 1 "
                "AND doc_id = (SELECT doc_id FROM documents WHERE path LIKE '%digital%')")  # fmt: skip
    con.execute("UPDATE facts SET review_status = 'needs_review', review_reason = 'left for the queue' "
                "WHERE value = 401226")  # fmt: skip
    con.execute("UPDATE words SET restore_conf = 0.2, text = 'cập', alternatives = '[[\"cấp\", 0.71]]' "
                "WHERE word_no = 3 AND page_no = 1 "
                "AND doc_id = (SELECT doc_id FROM documents WHERE path LIKE '%digital%')")  # fmt: skip
    con.close()
    return path


@pytest.fixture()
def client(db):
    """Each test's own server over the shared archive. It stops its queue's refresh on the way out: a refresh
    still reading when the next test's server writes would hold the file open read-only in this process,
    and DuckDB refuses a second connection of another configuration (the write would get a 503)."""
    app = make_app(db, TOKEN)
    yield TestClient(app, follow_redirects=False)
    app.state.review.queue.stop()


def login(client) -> str:
    r = client.post("/login", data={"name": "Lan", "token": TOKEN})
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    page = client.get("/item/fact/" + fact_id(client)).text
    return page.split('name="csrf" value="')[1].split('"')[0]


def version_of(client, kind: str, item_id: str) -> str:
    """The item's current version: each test stands alone, whatever ran before it."""
    return str(client.get(f"/item/{kind}/{item_id}.json", headers=BEARER).json()["item"]["version"])


def fact_id(client) -> str:
    db = client.app.state.review.db
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT fact_id FROM facts WHERE value = 702115").fetchone()[0]
    finally:
        con.close()


def test_everything_but_login_needs_the_token(client, db):
    assert client.get("/login").status_code == 200
    assert client.get("/").status_code == 303  # browsers go to the login page
    assert client.get("/queue.json").status_code == 401
    assert client.get("/queue.json", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/login", data={"name": "x", "token": "wrong"}).status_code == 401
    assert client.get("/crop/x/1.png").status_code in (303, 401)


def test_queue_counts_and_filters(client):
    data = client.get("/queue.json", headers=BEARER).json()
    assert any(i["kind"] == "fact" and i["reason"] == "left for the queue" for i in data["items"])
    assert data["counts"]["fact"] >= 1 and data["hidden"] >= 1  # the doubtful word feeds no record: hidden, counted
    only = client.get("/queue.json?kind=word&all=1", headers=BEARER).json()["items"]
    assert only and all(i["kind"] == "word" for i in only)


def test_scanned_text_is_escaped(client):
    login(client)
    page = client.get("/item/fact/" + fact_id(client)).text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_correct_in_vietnamese_format_appends_and_views_apply_it(client, db):
    csrf = login(client)
    fid = fact_id(client)
    r = client.post(f"/item/fact/{fid}", data={"csrf": csrf, "version": version_of(client, "fact", fid),
                                               "action": "correct", "value": "712.115"})  # fmt: skip
    assert r.status_code == 303
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT value FROM facts WHERE fact_id = ?", [fid]).fetchone() == (702115,)  # kept as read
    assert con.execute("SELECT value, review_status FROM indicator_series WHERE fact_id = ?", [fid]).fetchone() == (
        712115, "corrected")
    [(who, old, new)] = con.execute("SELECT reviewer, old_value, new_value FROM corrections WHERE target_id = ? "
                                    "AND action = 'correct'", [fid]).fetchall()  # fmt: skip
    con.close()
    assert (who, old, new) == ("Lan", "702115.0", "712115.0")


def test_stale_version_is_refused_not_lost(client, db):
    csrf = login(client)
    fid = fact_id(client)
    seen = version_of(client, "fact", fid)
    first = client.post(f"/item/fact/{fid}", data={"csrf": csrf, "version": seen, "action": "approve"})
    assert first.status_code == 303
    second = client.post(f"/item/fact/{fid}", data={"csrf": csrf, "version": seen, "action": "approve"})
    assert second.status_code == 409 and "changed by someone else" in second.text
    con = duckdb.connect(str(db), read_only=True)
    n = con.execute("SELECT count(*) FROM corrections WHERE target_id = ?", [fid]).fetchone()[0]
    con.close()
    assert n == int(seen) + 1  # the first save kept, the stale one not appended


def test_bad_values_csrf_and_unknown_items_are_refused(client):
    csrf = login(client)
    fid = fact_id(client)
    v = version_of(client, "fact", fid)
    assert client.post(f"/item/fact/{fid}", data={"version": v, "action": "approve"}).status_code == 403
    r = client.post(f"/item/fact/{fid}", data={"csrf": csrf, "version": v, "action": "correct", "value": "mười"})
    assert r.status_code == 422 and "not a number" in r.text
    assert client.get("/item/fact/nope").status_code == 404
    assert client.get("/item/zzz/1").status_code == 404


def test_bearer_scripts_can_approve_without_csrf(client):
    fid = fact_id(client)
    v = version_of(client, "fact", fid)
    r = client.post(f"/item/fact/{fid}", data={"version": v, "action": "approve"}, headers=BEARER)
    assert r.status_code == 200 and r.json()["ok"], r.text
    assert version_of(client, "fact", fid) == str(int(v) + 1)


def test_word_correction_is_kept_for_training_not_written_into_the_model(client, db):
    csrf = login(client)
    word = next(i for i in client.get("/queue.json?kind=word&all=1", headers=BEARER).json()["items"]
                if i["summary"].endswith("cập"))
    assert 'data-form="cấp"' in client.get(f"/item/word/{word['item_id']}").text  # the forms weighed, one click each
    r = client.post(f"/item/word/{word['item_id']}", data={"csrf": csrf, "version": version_of(client, "word", word["item_id"]),
                                                           "action": "correct", "text": "cấp"})  # fmt: skip
    assert r.status_code == 303
    from baocao.pipeline import queue as query

    con = duckdb.connect(str(db), read_only=True)
    lines = query.corrected_word_lines(con)
    con.close()
    assert any("cấp" in line and "cập" not in line for line in lines)  # the line, corrected: training text
    assert f"{len(lines)} word corrections" in client.get("/").text


def test_crop_is_a_png_of_the_page(client, db):
    login(client)
    con = duckdb.connect(str(db), read_only=True)
    doc_id, page, x0, y0, x1, y1 = con.execute("SELECT doc_id, page_no, x0, y0, x1, y1 FROM facts LIMIT 1").fetchone()
    con.close()
    r = client.get(f"/crop/{doc_id}/{page}.png?x0={x0}&y0={y0}&x1={x1}&y1={y1}")
    assert r.status_code == 200 and r.content[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian chromium is not installed")
def test_browser_logs_in_corrects_a_fact_and_the_series_shows_it(db, tmp_path):
    from playwright.sync_api import sync_playwright

    copy = tmp_path / "e2e.duckdb"
    shutil.copy(db, copy)
    con = duckdb.connect(str(copy))
    con.execute("DELETE FROM corrections")
    fid = con.execute("SELECT fact_id FROM facts WHERE value = 401226").fetchone()[0]
    con.execute("UPDATE facts SET review_status = 'needs_review' WHERE fact_id = ?", [fid])
    con.close()
    with serve(copy, TOKEN) as base, sync_playwright() as p, logged_in(p, base, "Minh", TOKEN) as page:
        page.click(f"a[href='/item/fact/{fid}']")
        page.fill("#f-value", "411.226")
        page.click("button[value=correct]")
        page.wait_for_load_state()
        page.screenshot(path=str(tmp_path / "after.png"))
    con = duckdb.connect(str(copy), read_only=True)
    assert con.execute("SELECT value, review_status FROM indicator_series WHERE fact_id = ?", [fid]).fetchone() == (
        411226, "corrected")
    assert con.execute("SELECT reviewer FROM corrections WHERE target_id = ?", [fid]).fetchone() == ("Minh",)
    con.close()
