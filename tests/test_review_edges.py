"""The review page on what real archives hold: a text layer that runs past the foot of its page
(sample report 608 has words up to 200 pixels below it), seen in headless Chromium."""

from __future__ import annotations

import shutil

import duckdb
import pytest
from playwright.sync_api import sync_playwright

from bench import synth
from baocao.pipeline.ingest import ingest
from baocao.schemas.records import Settings
from conftest import REPORT
from webutil import CHROMIUM_ARGS, logged_in, serve

TOKEN = "test-token-edges-0123"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """A digital report of one page whose last line, with its fact, is drawn below the page."""
    d = tmp_path_factory.mktemp("offpage")
    filler = [f"Mục {i}: các sở, ngành tiếp tục triển khai nhiệm vụ theo kế hoạch." for i in range(1, 52)]
    lines = REPORT.strip().splitlines()[:6] + filler + ["Tính đến ngày 31/3/2024, toàn tỉnh đã cấp 702.115 thẻ Căn cước công dân."]
    pdf = d / "off.pdf"
    synth.write_text_pdf([lines], pdf)  # 58 lines at 16.2 pt from the top of an A4 page: the last ones fall off it
    path = d / "o.duckdb"
    ingest([pdf], path, Settings(learn=False), workers=1)
    con = duckdb.connect(str(path))
    [(fact_id, y0, height)] = con.execute(
        "SELECT fact_id, f.y0, p.height FROM facts f JOIN pages p USING (doc_id, page_no) WHERE value = 702115").fetchall()
    assert y0 > height  # the premise: the fact's box lies below the page
    con.execute("UPDATE facts SET review_status = 'needs_review', review_reason = 'left for the queue' "
                "WHERE fact_id = ?", [fact_id])  # fmt: skip
    con.close()
    return path, fact_id


def test_an_item_below_the_foot_of_its_page_says_so_instead_of_a_broken_image(db):
    path, fact_id = db
    failed = []
    with serve(path, TOKEN) as base, sync_playwright() as p, logged_in(p, base, "Lan", TOKEN) as page:
        page.on("response", lambda r: failed.append((r.status, r.url)) if r.status >= 400 else None)
        page.goto(f"{base}/item/fact/{fact_id}")
        page.wait_for_load_state("networkidle")
        note = page.locator("#off-page")
        assert note.is_visible() and "below the foot of page 1" in note.inner_text()
        broken = page.eval_on_selector_all("img.crop", "els => els.filter(e => !e.complete || e.naturalWidth === 0).length")
        assert broken == 0
        assert "702.115" in page.locator("#text-pane").inner_text()  # the words are still there to read
    assert not [f for f in failed if "/crop/" in f[1]], failed


def test_pages_load_without_console_errors(db):
    """The first page a browser opens asked for /favicon.ico and logged a 404 in its console."""
    path, fact_id = db
    errors = []
    with serve(path, TOKEN) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(base + "/login")
            page.fill("#name", "Lan")
            page.fill("#token", TOKEN)
            page.click("button[type=submit]")
            page.wait_for_url(base + "/")
            for url in ("/overview", f"/item/fact/{fact_id}"):
                page.goto(base + url)
                page.wait_for_load_state("networkidle")
        finally:
            browser.close()
    assert errors == []
