"""What a person sees on the review pages and the archive overview, in headless Debian Chromium at
1280 and 390 px (screenshots in data/out/screens/), plus the queue's ranking and grouping, search's
phrase ranking and the trend chart's panels, on a real archive ingested into a real DuckDB file."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from starlette.testclient import TestClient

from bench import synth
from baocao.pipeline.ingest import ingest
from baocao.pipeline.review import make_app
from baocao.pipeline.vnformat import vn_number
from baocao.schemas.records import Settings
from dbutil import rows as view
from webutil import logged_in, serve

TOKEN = "pages-token-456"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
SCREENS = Path(__file__).resolve().parents[1] / "data" / "out" / "screens"
BAOCAO = str(Path(sys.executable).parent / "baocao")
LATER = """UBND TỈNH QUẢNG BÌNH
Số: 402/BC-UBND
Quảng Bình, ngày 06 tháng 5 năm 2024
BÁO CÁO
Kết quả triển khai Đề án 06/CP tháng 4/2024
UBND tỉnh Quảng Bình báo cáo kết quả như sau:
Tính đến ngày 30/4/2024, toàn tỉnh đã cấp 712.480 thẻ Căn cước công dân và 415.002 tài khoản định danh điện tử.
Về tài liệu hướng dẫn: các khoản kinh phí đã được xác định.
"""  # invented: a later report of the same province
NOTE = "Ghi chú: tài liệu về các khoản kinh phí, định mức và danh mục."  # the search terms, scattered
DISTRICTS = [("Huyện Lệ Thủy", "1.250"), ("Huyện Quảng Ninh", "980"), ("Thành phố Đồng Hới", "2.410")]


@pytest.fixture(scope="module")
def db(tmp_path_factory, pdfs) -> Path:
    """Two digital reports of one province and a scanned appendix giving a number per district; then
    one misreading repeated twice on a page (as the restorer leaves it: a doubtful word) and a
    doubtful word that feeds nothing."""
    d = tmp_path_factory.mktemp("pages")
    later = d / "later.pdf"
    synth.write_text_pdf([LATER.splitlines()], later)
    cells = [synth.GoldCell(0, 0, 1, 1, "STT"), synth.GoldCell(0, 1, 1, 1, "Đơn vị"),
             synth.GoldCell(0, 2, 1, 1, "Số hồ sơ")]  # fmt: skip
    for i, (name, n) in enumerate(DISTRICTS, start=1):
        cells += [synth.GoldCell(i, 0, 1, 1, str(i)), synth.GoldCell(i, 1, 1, 1, name), synth.GoldCell(i, 2, 1, 1, n)]
    note = d / "note.pdf"
    synth.write_text_pdf([[NOTE]], note)
    table = d / "appendix.pdf"
    synth.write_scan_pdf([synth.render_table([20, 80, 50], cells)], table)
    path = d / "p.duckdb"
    ingest([pdfs["digital"], later, note, table], path, Settings(learn=False), workers=2)
    con = duckdb.connect(str(path))
    doc = con.execute("SELECT doc_id FROM documents WHERE path LIKE '%later%'").fetchone()[0]
    # "khoản" read as "khoan" and restored to a doubtful "khoán", twice (once in a fact's quote)
    con.execute("UPDATE words SET raw = 'khoan', text = CASE WHEN text = 'khoản' THEN 'khoán' ELSE 'Khoán' END, "
                "restore_conf = 0.3 WHERE doc_id = ? AND lower(text) = 'khoản'", [doc])  # fmt: skip
    con.execute("UPDATE words SET raw = 'huong', text = 'hương', restore_conf = 0.2 WHERE doc_id = ? AND text = 'hướng'",
                [doc])  # fmt: skip
    con.close()
    return path


@pytest.fixture(scope="module")
def browser(db, tmp_path_factory):
    """A logged-in Chromium on a copy of the archive (saves in one test must not change another's)."""
    if shutil.which("chromium") is None:
        pytest.skip("Debian chromium is not installed")
    from playwright.sync_api import sync_playwright

    copy = tmp_path_factory.mktemp("served") / "p.duckdb"
    shutil.copy(db, copy)
    SCREENS.mkdir(parents=True, exist_ok=True)
    with serve(copy, TOKEN) as base, sync_playwright() as p, logged_in(p, base, "Hoa", TOKEN) as page:
        yield page, base, copy


def test_queue_ranks_by_what_a_correction_changes_and_groups_repeats(db):
    client = TestClient(make_app(db, TOKEN))
    data = client.get("/queue.json", headers=BEARER).json()
    words = [i for i in data["items"] if i["kind"] == "word"]
    [khoan] = [w for w in words if w["summary"].startswith("khoan")]
    assert khoan["n"] == 2 and khoan["tier"] == 1 and "quote" in khoan["reason"]  # one item for three occurrences
    assert not any(w["summary"].startswith("huong") for w in words)  # feeds no record: hidden ...
    assert data["hidden"] == 1 and data["hidden_occurrences"] == 1  # ... but counted
    tiers = [i["tier"] for i in data["items"]]
    assert tiers == sorted(tiers)
    every = client.get("/queue.json?all=1", headers=BEARER).json()["items"]
    assert any(w["summary"].startswith("huong") and w["tier"] == 2 for w in every)
    assert not any(re.search(r"\d\.0\b", i["summary"]) for i in every)  # 40.000, never 40000.0


def test_one_correction_fixes_every_occurrence_each_in_the_audit_trail(db, tmp_path):
    copy = tmp_path / "c.duckdb"
    shutil.copy(db, copy)
    client = TestClient(make_app(copy, TOKEN))
    [item] = [i for i in client.get("/queue.json?kind=word", headers=BEARER).json()["items"]
              if i["summary"].startswith("khoan")]  # fmt: skip
    detail = client.get(f"/item/word/{item['item_id']}.json", headers=BEARER).json()
    assert len(detail["occurrences"]) == 2
    r = client.post(f"/item/word/{item['item_id']}", headers=BEARER,
                    data={"version": str(detail["group_version"]), "action": "correct", "text": "khoản"})  # fmt: skip
    assert r.status_code == 200, r.text
    trail = view(copy, "SELECT target_id, old_value, new_value FROM corrections WHERE target_table = 'words' "
                       "ORDER BY target_id")  # fmt: skip
    assert len(trail) == 2 and {o["word_id"] for o in detail["occurrences"]} == {t[0] for t in trail}
    assert sorted(new for _, _, new in trail) == ["khoản", "khoản"]  # each keeps its case
    assert not any(i["summary"].startswith("khoan") for i in
                   client.get("/queue.json?all=1", headers=BEARER).json()["items"])  # fmt: skip
    r = client.post(f"/item/word/{item['item_id']}", headers=BEARER,
                    data={"version": str(detail["group_version"]), "action": "approve"})  # fmt: skip
    assert r.status_code == 409  # a stale group version is refused like a stale item


def test_queue_reads_at_1280_and_as_cards_at_390(browser):
    page, base, _ = browser
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base + "/")
    assert page.locator("table.queue thead").is_visible()
    assert "hidden" in page.locator("#hidden-note").inner_text()
    page.screenshot(path=str(SCREENS / "queue-1280.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base + "/")
    assert not page.locator("table.queue thead").is_visible()
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390  # nothing overflows sideways
    row = page.locator("table.queue tbody tr").first
    assert row.evaluate("r => getComputedStyle(r).display") == "block"  # a card
    page.screenshot(path=str(SCREENS / "queue-390.png"), full_page=True)


def test_item_marks_the_quote_in_both_panes_in_view_and_crops_readable_lines(browser):
    page, base, db = browser
    [(fid, value)] = view(db, "SELECT fact_id, value FROM facts WHERE value = 415002")
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{base}/item/fact/{fid}")
        page.wait_for_function("document.getElementById('crop').complete")
        for pane in ("#raw-pane", "#text-pane"):
            marks = page.locator(f"{pane} mark")  # the quote's words; the number and its unit stand out
            assert marks.count() >= 2 and "415.002" in " ".join(page.locator(f"{pane} mark.key").all_inner_texts())
            inside = page.evaluate(f"""() => {{
                const p = document.querySelector('{pane}'), m = p.querySelector('mark.key');
                const a = p.getBoundingClientRect(), b = m.getBoundingClientRect();
                return b.top >= a.top - 1 && b.bottom <= a.bottom + 1 && b.height > 0; }}""")  # fmt: skip
            assert inside, f"the item's words are not in view in {pane}"
        img = page.evaluate("""() => { const i = document.getElementById('crop');
            return {w: i.width, h: i.height, nw: i.naturalWidth, nh: i.naturalHeight}; }""")
        assert img["nw"] > 0 and abs(img["nw"] / img["w"] - 2) < 0.05  # 220 DPI shown at 110 px an inch
        lines = img["h"] / (110 * 12 * 1.3 / 72)  # 12 pt lines of the synthetic report, in CSS px
        assert 4 <= lines <= 9, f"crop shows about {lines:.1f} lines"  # the line, two above, two below
        page.screenshot(path=str(SCREENS / f"item-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    assert "415.002" in page.locator(".kv").inner_text()  # the value as a Vietnamese reader writes it


def test_overview_numbers_are_the_views(browser):
    page, base, db = browser
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(base + "/overview")
        page.screenshot(path=str(SCREENS / f"overview-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base + "/overview")
    rows = view(db, "SELECT indicator_id, coalesce(unit, ''), coalesce(province, ''), latest_value, n_values "
                    "FROM indicator_overview")
    assert rows
    for iid, unit, province, latest, n in rows:
        row = page.locator(f"#indicators tr[data-key='{iid}|{unit}|{province}']")
        assert row.locator("[data-k=latest_value] a").inner_text() == vn_number(latest)
        assert row.locator("svg.spark").count() == 1 and f"{n} values" in row.inner_text()
    two = view(db, "SELECT count(*) FROM indicator_overview WHERE n_values = 2")[0][0]
    assert two >= 2 and page.locator("svg.spark polyline").count() >= two  # a line where there are two reports
    for doc, n_pages, facts in view(db, "SELECT doc_id, n_pages, facts FROM document_overview"):
        row = page.locator(f"#documents tr[data-doc='{doc}']")
        assert row.locator("[data-k=n_pages]").inner_text() == vn_number(n_pages)
        assert row.locator("[data-k=facts]").inner_text() == vn_number(facts)
    reading = view(db, "SELECT sum(pages) FROM page_reading")[0][0]
    shown = sum(int(t) for t in page.locator("#documents [data-k=pages]").all_inner_texts())
    assert shown == reading
    bars = view(db, "SELECT count(*) FROM report_breakdown")[0][0]
    assert bars >= 2 and page.locator("#breakdowns svg.bars rect").count() == bars
    flags = view(db, "SELECT target_id FROM consistency_flags")
    links = page.locator("#flags a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    assert sorted(f"/item/fact/{f}" for (f,) in flags) == sorted(h for h in links if h.startswith("/item/fact/"))


def test_search_puts_the_phrase_above_scattered_terms(db):
    proc = subprocess.run([BAOCAO, "search", "tai khoan dinh danh", "--db", str(db)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    heads = [ln for ln in proc.stdout.splitlines() if " page " in ln]
    assert len(heads) == 3 and "phrase" in heads[0] and "phrase" in heads[1] and "scattered" in heads[2]
    assert "note.pdf" in heads[2]  # the short note that BM25 alone puts first
    from baocao.pipeline.search import search

    con = duckdb.connect(str(db), read_only=True)
    hits = search(con, "tai khoan dinh danh")
    con.close()
    assert [h.match for h in hits] == ["phrase", "phrase", "scattered"]
    assert "[tài] [khoản] [định] [danh]" in hits[0].snippet  # the matched words, in the snippet


def test_trend_chart_has_one_panel_per_unit(tmp_path):
    import datetime as dt

    from baocao.pipeline.charts import trend_chart
    from baocao.pipeline.query import TrendPoint

    pts = [TrendPoint(dt.date(2025, m, 28), v, u, "Nghệ An", None, None, "d" * 16, 1, s)
           for m, v, u, s in [(6, 3288519, "thẻ", "auto"), (10, 3384136, "thẻ", "corrected"), (6, 100, "%", "auto")]]
    axes = trend_chart(pts, "Căn cước", tmp_path / "t.png")
    assert [a.get_title() for a in axes] == ["đơn vị: thẻ", "đơn vị: %"]
    assert all(lo >= 0 for lo in (a.get_ylim()[0] for a in axes[:1]))  # counts are not pulled to a shared axis
    assert axes[1].get_ylim()[1] < 1000  # the rate keeps its own scale


def test_ingest_routes_library_warnings_to_the_log(tmp_path):
    pdf = tmp_path / "stt.pdf"  # a "STT" line with no ruled grid: camelot's stream mode warns it found no table
    synth.write_text_pdf([["BÁO CÁO", "STT Nội dung Kết quả", "1 Cấp thẻ 702.115 thẻ", "2 Tài khoản 401.226 tài khoản"]],
                         pdf)  # fmt: skip
    db = tmp_path / "out" / "w.duckdb"
    proc = subprocess.run([BAOCAO, "ingest", str(pdf), "--db", str(db), "--no-learn", "--workers", "1"],
                          capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Warning" not in proc.stderr + proc.stdout and "1 documents in the database" in proc.stdout
    assert "UserWarning: No tables found" in (db.parent / "baocao.log").read_text("utf-8")
