"""Scanned ruled tables land in `tables` and `table_cells`, merged headers included."""

from __future__ import annotations

import duckdb
import numpy as np

from bench import synth
from baocao.core.vietnamese import strip_marks
from baocao.core.numbers import parse_quantity
from dbutil import rows
from baocao.extractors.tables import cell_image, find_grid, read_cells
from baocao.pipeline import engine
import cv2
from baocao.pipeline.queue import review_queue
from baocao.pipeline.ingest import ingest
from baocao.schemas.records import Settings


def test_grid_finds_merged_header_cells():
    widths, gold = synth.dossier_table(3, 4)
    grid = find_grid(np.asarray(synth.render_table(widths, gold)))
    spans = {(c.row, c.col, c.row_span, c.col_span) for c in grid.cells}
    assert spans == {(g.row, g.col, g.row_span, g.col_span) for g in gold}


def test_a_scanned_table_is_stored_cell_by_cell(tmp_path):
    widths, gold = synth.dossier_table(10, 5)
    img = synth.wear(synth.render_table(widths, gold, synth.Layout(family="DejaVuSerif", size_pt=11)),
                     synth.Wear(dpi=200, skew_deg=1.0, noise=5.0, jpeg=75), np.random.default_rng(4))  # fmt: skip
    pdf = tmp_path / "appendix.pdf"
    synth.write_scan_pdf([img], pdf, jpeg=75)
    db = tmp_path / "t.duckdb"
    ingest([pdf], db, Settings(learn=False), workers=1)
    [(title, n_rows, n_cols)] = rows(db, "SELECT title, n_rows, n_cols FROM tables")
    assert title == "PHỤ LỤC 02" and (n_rows, n_cols) == (7, 4)
    got = {(r, c, rs, cs): t for r, c, rs, cs, t in rows(db, 'SELECT "row", col, row_span, col_span, text FROM table_cells')}
    right = sum(got.get((g.row, g.col, g.row_span, g.col_span)) == g.text for g in gold)
    assert right >= 0.9 * len(gold), {g: got.get((g.row, g.col, g.row_span, g.col_span)) for g in gold}


def test_a_digital_table_is_read_with_camelot(tmp_path):
    widths, gold = synth.dossier_table(0, 5)
    pdf = tmp_path / "digital-table.pdf"
    synth.write_table_pdf(widths, gold, pdf)
    db = tmp_path / "d.duckdb"
    ingest([pdf], db, Settings(learn=False), workers=1)
    got = {(r, c, rs, cs): t for r, c, rs, cs, t in rows(db, 'SELECT "row", col, row_span, col_span, text FROM table_cells')}
    assert got == {(g.row, g.col, g.row_span, g.col_span): g.text for g in gold}
    assert rows(db, "SELECT source FROM pages") == [("text_layer",)]


def test_cells_that_lost_their_marks_are_restored(tmp_path, model_dir):
    widths, gold = synth.dossier_table(5, 8)
    bare = [synth.GoldCell(g.row, g.col, g.row_span, g.col_span, strip_marks(g.text)) for g in gold]
    pdf = tmp_path / "stripped-table.pdf"
    synth.write_table_pdf(widths, bare, pdf, title="PHU LUC 02")
    db = tmp_path / "s.duckdb"
    ingest([pdf], db, Settings(learn=False), workers=1)
    got = {(r, c): (t, raw) for r, c, t, raw in rows(db, 'SELECT "row", col, text, raw FROM table_cells')}
    words = [(w, g) for g in gold for w, g in zip(got[(g.row, g.col)][0].split(), g.text.split(), strict=True)]
    assert sum(w == g for w, g in words) >= 0.9 * len(words), [(w, g) for w, g in words if w != g]
    assert all(raw == strip_marks(g.text) for g in gold if (raw := got[(g.row, g.col)][1]) is not None)
    assert rows(db, "SELECT title FROM tables") == [("PHU LUC 02",)]


def test_a_table_continued_on_the_next_page_is_one_table(tmp_path):
    widths, gold = synth.dossier_table(0, 6)
    first = synth.render_table(widths, gold)
    body = [synth.GoldCell(c.row - 2, c.col, 1, 1, c.text) for c in synth.dossier_table(6, 5)[1] if c.row >= 2]
    second = synth.render_table(widths, body, title="")
    pdf = tmp_path / "two-pages.pdf"
    synth.write_scan_pdf([first, second], pdf)
    db = tmp_path / "j.duckdb"
    ingest([pdf], db, Settings(learn=False), workers=2)
    assert rows(db, "SELECT n_rows, n_cols, title FROM tables") == [(13, 4, "PHỤ LỤC 02")]
    cells = dict(((r, c), t) for r, c, t in rows(db, 'SELECT "row", col, text FROM table_cells'))
    assert cells[(12, 0)] == "11" and cells[(8, 0)] == "7"


def test_numbers_that_disagree_are_flagged_for_review(tmp_path):
    cells = [synth.GoldCell(0, 0, 1, 1, "STT"), synth.GoldCell(0, 1, 1, 1, "Hồ sơ"), synth.GoldCell(0, 2, 1, 1, "Tỷ lệ"),
             synth.GoldCell(1, 0, 1, 1, "1"), synth.GoldCell(1, 1, 1, 1, "154.212/164.765"), synth.GoldCell(1, 2, 1, 1, "93,6%"),
             synth.GoldCell(2, 0, 1, 1, "2"), synth.GoldCell(2, 1, 1, 1, "447/557"), synth.GoldCell(2, 2, 1, 1, "95,6%"),
             synth.GoldCell(3, 0, 1, 1, "Tổng"), synth.GoldCell(3, 1, 1, 1, "154.659"), synth.GoldCell(3, 2, 1, 1, "")]  # fmt: skip
    pdf = tmp_path / "rates.pdf"
    synth.write_scan_pdf([synth.render_table([20, 60, 40], cells)], pdf)
    db = tmp_path / "r.duckdb"
    ingest([pdf], db, Settings(learn=False), workers=1)
    flagged = rows(db, 'SELECT "row", col, review_reason FROM table_cells WHERE review_reason IS NOT NULL ORDER BY 1')
    assert [(r, c) for r, c, _ in flagged] == [(2, 2)] and "80.3%" in flagged[0][2]  # the total adds up
    con = duckdb.connect(str(db), read_only=True)
    kinds = {i["kind"] for i in review_queue(con)["items"]}
    con.close()
    assert "cell" in kinds
    from starlette.testclient import TestClient

    from baocao.pipeline.review import make_app

    client = TestClient(make_app(db, "tok"), follow_redirects=False)
    auth = {"Authorization": "Bearer tok"}
    [item] = client.get("/queue.json?kind=cell", headers=auth).json()["items"]
    r = client.post(f"/item/cell/{item['item_id']}", data={"version": "0", "action": "correct", "text": "80,3%"},
                    headers=auth)  # fmt: skip
    assert r.status_code == 200
    assert rows(db, "SELECT text, review_status FROM table_cells_current WHERE review_reason IS NOT NULL") == [
        ("80,3%", "corrected")]
    assert rows(db, "SELECT text FROM table_cells WHERE review_reason IS NOT NULL") == [("95,6%",)]  # as read


def test_a_digital_table_without_rulings_is_read_with_camelot_stream(tmp_path):
    widths, gold = synth.dossier_table(0, 8)
    pdf = tmp_path / "borderless.pdf"
    synth.write_table_pdf(widths, gold, pdf, ruled=False)
    db = tmp_path / "b.duckdb"
    ingest([pdf], db, Settings(learn=False), workers=1)
    got: dict[int, list[str]] = {}
    for r, t in rows(db, 'SELECT "row", text FROM table_cells ORDER BY "row", col'):
        got.setdefault(r, []).append(t)
    body = [[g.text for g in gold if g.row == r] for r in range(2, 10)]
    assert [row for row in got.values() if row in body] == body  # wrapped names joined back into their row
    assert rows(db, "SELECT title, n_cols FROM tables") == [("PHỤ LỤC 02", 4)]


def test_a_tables_numbers_become_facts_of_its_rows_once(tmp_path):
    widths, gold = synth.dossier_table(0, 8)
    pdf = tmp_path / "scan.pdf"
    synth.write_scan_pdf([synth.wear(synth.render_table(widths, gold), synth.Wear(dpi=200, skew_deg=1.0),
                                     np.random.default_rng(2))], pdf)  # fmt: skip
    db = tmp_path / "f.duckdb"
    ingest([pdf], db, Settings(learn=False), workers=1)
    facts = rows(db, "SELECT value, unit, indicator_text, quote FROM facts ORDER BY fact_id")
    expected = [(parse_quantity(g.text).value, g.text.split(" ", 1)[1]) for g in gold if g.col == 3 and g.row >= 2]
    assert [(v, u) for v, u, _, _ in facts] == expected  # 'Mức 4' and the row numbers are no facts
    names = {g.row: g.text for g in gold if g.col == 1}
    assert facts[2][2] == f"{names[4]} — Kết quả tháng 7/2023 Số hồ sơ" and "PHỤ LỤC 02" in facts[2][3]


def _dots_after_text(img: np.ndarray, box: tuple[int, int, int, int], rise: bool) -> None:
    """A seal ring's dotted edge drawn after the text of a cell's first line: running down past the
    line (`rise` False) or, for a cell left empty, across the middle of it."""
    x0, y0, x1, y1 = box
    ink = img[y0 + 8 : y1 - 8, x0 + 8 : x1 - 8] < 128
    cols, rows = np.flatnonzero(ink.any(axis=0)), np.flatnonzero(ink.any(axis=1))
    if rise:  # an empty cell: the dots cross it
        xs = np.linspace(x0 + 60, x0 + 260, 12)
        ys = np.linspace(y0 + 20, y1 - 20, 12)
    else:
        first_line = rows[rows < rows[0] + 45]
        base, end = y0 + 8 + first_line.max(), x0 + 8 + cols.max()
        xs = end + np.array([10, 18, 24, 30])
        ys = base + np.array([-3, 6, 15, 24])
    for x, y in zip(xs, ys):
        cv2.circle(img, (int(x), int(y)), 2, 70, -1)


def test_a_seals_dots_are_not_read_into_cells():
    """Issue 22: a ring's dots after a cell's text are not read as '...', dots alone leave a cell
    empty, and printed punctuation stays."""
    widths, gold = synth.dossier_table(0, 3)
    img = np.asarray(synth.render_table(widths, gold)).copy()
    grid = find_grid(img)
    name = next(c for c in grid.cells if (c.row, c.col) == (2, 1))
    level = next(c for c in grid.cells if (c.row, c.col) == (3, 2))
    x0, y0, x1, y1 = level.box
    img[y0 + 8 : y1 - 8, x0 + 8 : x1 - 8] = 255  # a cell with nothing printed in it
    _dots_after_text(img, name.box, rise=False)
    _dots_after_text(img, level.box, rise=True)
    read_cells(img, grid, engine.load(), "vie+Vietnamese", 120)
    want = {(g.row, g.col): g.text for g in gold}
    assert name.text == want[(2, 1)]
    assert level.text == ""
    assert cell_image(img, level) is None
    commas = [c for c in grid.cells if "," in want[(c.row, c.col)]]
    assert commas and all(c.text == want[(c.row, c.col)] for c in commas)


def _reading(*texts: str, conf: float = 90.0) -> list:
    from baocao.pipeline.tesseract import TessWord

    return [TessWord(t, 40 * i, 0, 30, 20, conf, 1, 1, 1) for i, t in enumerate(texts)]


def test_two_readings_of_a_cell_are_merged_word_by_word(model_dir):
    """Issue 22: where two readings of a cell read one word differently, the spelled word wins, then
    the fluent one; a word only one reading has is left as the first reading has it."""
    from baocao.diacritics.restore import fluency
    from baocao.extractors.tables import _merged

    first = _reading("Tỷ", "lệ", "được", "đào", "tạo", "kỷ", "năng", "số", "ngày", "31:3:2022", "nhận", "đượt")
    second = _reading("Tỷ", "lệ", "được", "đào", "tạo", "kỹ", "năng", "N", "ngày", "31/3/2022", "nhận", "được", "ai")
    second[9] = second[9].__class__(**{**second[9].__dict__, "conf": 95.0})
    got = " ".join(w.text for w in _merged(first, second, fluency))
    assert got == "Tỷ lệ được đào tạo kỹ năng số ngày 31/3/2022 nhận được"
    assert [w.text for w in _merged(first, first[:5], fluency)] == [w.text for w in first]


def test_two_readings_of_a_number_keep_its_separators_and_no_raised_digits(model_dir):
    """The second reading of a sealed cell is surer of '816' and of a raised '⁴¹1': a decimal comma the
    first reading has stays, a number is printed on its line, and between like forms the surer wins."""
    from baocao.diacritics.restore import fluency
    from baocao.extractors.tables import _merged

    first = _reading("đạt", "81,6", "%", "số", "411/QĐ-TTg", "ngày", "31:3:2022", conf=80.0)
    second = _reading("đạt", "816", "%", "số", "⁴¹1/QĐ-TTg", "ngày", "31/3/2022", conf=95.0)
    assert " ".join(w.text for w in _merged(first, second, fluency)) == "đạt 81,6 % số 411/QĐ-TTg ngày 31/3/2022"


def test_a_cells_unsure_word_is_mended_and_a_sure_one_stands(model_dir):
    """The document stage trusts each word of a cell as Tesseract did, as on a page: 'đấu' read at
    40 among words read at 96 becomes 'dấu' after 'mẫu'; read at 96 it stands."""
    from baocao.extractors.document import DocTable
    from baocao.pipeline.restore import restore_tables
    from baocao.schemas.records import PageSource, TableCell

    others = [TableCell(row=r, col=0, text=t, confidence=0.95) for r, t in enumerate(
        ["Thủ tục hành chính", "Số hồ sơ", "Đăng ký thường trú", "Đăng ký khai sinh", "Cấp phiếu lý lịch tư pháp"], 1)]
    for confs, want in (([96.0, 96.0, 96.0, 96.0, 40.0], "đã đăng ký mẫu dấu"), ([96.0] * 5, None)):
        cell = TableCell(row=0, col=0, text="đã đăng ký mẫu đấu", confidence=0.9, word_confs=confs)
        changed = {c.row: c.text for _t, cs in restore_tables([(DocTable("t", None, [cell, *others], [1] * 6), PageSource.ocr)])
                   for c in cs}  # fmt: skip
        assert changed.get(0) == want


def test_cells_under_a_gray_seal_are_read_again_from_the_page_before_erasure():
    """Issue 22: erasing a gray ring takes the thin strokes of the letters it crossed; the cells it
    crossed are read again from the page before erasure. Read so, no fewer cells are right, the
    cells the seal did not touch are not read again, and each word keeps its confidence."""
    from bench.tables import WEARS
    from baocao.extractors.tables import _ring_dropped
    from baocao.pipeline.clean import clean_page

    widths, gold = synth.indicator_table(0, 6)
    img = synth.render_table(widths, gold, synth.Layout(family="Tinos", size_pt=11), title="PHỤ LỤC 01")
    page = np.asarray(synth.wear(img, WEARS["sealed"], np.random.default_rng(0)))
    page = cv2.resize(page, (img.width, img.height), interpolation=cv2.INTER_CUBIC)
    gray, report = clean_page(page)
    assert report.unstamped is not None
    right = {}
    for unstamped in (None, report.unstamped):
        grid = find_grid(gray)
        read_cells(gray, grid, engine.load(), "vie+Vietnamese", 120, unstamped=unstamped)
        got = {(c.row, c.col, c.row_span, c.col_span): c for c in grid.cells}
        right[unstamped is None] = sum(got[(g.row, g.col, g.row_span, g.col_span)].text == g.text for g in gold)
        assert all(len(c.word_confs or []) == len(c.text.split()) for c in grid.cells)
    assert right[False] >= right[True] and right[False] >= len(gold) - 2
    far = max(grid.cells, key=lambda c: c.box[1])  # the last row, under the seal's centre by a page's third
    assert _ring_dropped(gray, report.unstamped, far, 300) is None


def test_a_column_of_numbers_reads_a_stray_word_again_as_digits():
    """A cell of the STT column read as a word ('lãi' for '11', a ruling's remnant above it) is read
    again as digits; section letters (A, B) in that column and the cells of a column of words stand."""
    from baocao.extractors.tables import _read_number_columns

    widths, gold = synth.indicator_table(6, 12)
    img = np.asarray(synth.render_table(widths, gold, synth.Layout(family="Tinos", size_pt=11)))
    grid = find_grid(img)
    want = {(g.row, g.col): g.text for g in gold}
    for cell in grid.cells:  # as if read right, but for the cells below
        cell.text, cell.confidence = want[(cell.row, cell.col)], 0.9
    stt = {c.text: c for c in grid.cells if c.col == 0}
    names = [c for c in grid.cells if c.col == 1 and c.row_span == 1 and c.col_span == 1]
    stt["11"].text, stt["11"].confidence = "lãi", 0.71
    names[2].text = "Tỷ lệ"
    _read_number_columns(img, grid, engine.load(), "vie+Vietnamese", 120, 300)
    assert stt["11"].text == "11" and stt["11"].word_confs and stt["11"].confidence > 0.71
    assert stt["B"].text == "B" and stt["C"].text == "C"
    assert names[2].text == "Tỷ lệ"


def _ring_stroke(unstamped: np.ndarray, gray: np.ndarray, box: tuple[int, int, int, int], x: int) -> None:
    """A gray seal's stroke 12 px wide down a cell at x: on the page before erasure, gray where paper
    was and ink over ink where text was; after erasure (`gray`) paper, and the text kept whole."""
    _x0, y0, _x1, y1 = box
    band = (slice(y0 + 4, y1 - 4), slice(x, x + 12))
    text = unstamped[band] < 128
    unstamped[band] = np.where(text, 40, 150)
    gray[band] = np.where(text, 40, 255)


def test_words_a_gray_seal_crossed_are_passed_on_unsure():
    """A word a gray seal's ring crossed reads with a stroke the ring left ('đấu' for 'dấu', read at
    97): its confidence is capped so the document stage may mend its marks, unless its column prints
    it elsewhere read sure ('Căn' in the next row); the cell's other words keep theirs. The re-read
    with the seal's path cut out whitens the path, the letters' ink in it too."""
    from baocao.extractors.tables import SEAL_CROSSED_CONF, _band_cut, _cell_words

    widths, gold = synth.dossier_table(0, 3)
    unstamped = np.asarray(synth.render_table(widths, gold)).copy()
    grid = find_grid(unstamped)
    cell = next(c for c in grid.cells if (c.row, c.col) == (2, 1))
    x0, y0, x1, y1 = cell.box
    shift = 5 - 12  # cell_image's inset at 300 DPI less its margin
    words = _cell_words(cell_image(unstamped, cell), engine.load(), "vie+Vietnamese", 120, 300)
    assert [w.text for w in words] == gold[[(g.row, g.col) for g in gold].index((2, 1))].text.split()
    first, can = words[0], next(w for w in words if w.text == "Căn")
    gray = unstamped.copy()
    for w in (first, can):
        _ring_stroke(unstamped, gray, cell.box, x0 + shift + w.left + 4)
    cut = np.asarray(_band_cut(gray, unstamped, cell, 300))
    path = slice(first.left + 4 + 3, first.left + 4 + 9)  # inside the stroke, in the image's coordinates
    assert cut[:, path].min() == 255 and (np.asarray(cell_image(gray, cell))[:, path] < 128).any()
    read_cells(gray, grid, engine.load(), "vie+Vietnamese", 120, unstamped=unstamped)
    confs = dict(zip(cell.text.split(), cell.word_confs, strict=True))
    assert cell.text.split()[0] == first.text and confs[first.text] <= SEAL_CROSSED_CONF
    assert min(c for w, c in confs.items() if w != first.text) > SEAL_CROSSED_CONF
    others = [c for c in grid.cells if c is not cell and c.word_confs]
    assert others and all(min(c.word_confs) > SEAL_CROSSED_CONF for c in others)


def test_a_glued_word_and_an_unsure_one_when_readings_are_merged(model_dir):
    """A word no Vietnamese text spells ('Căn.€ước') that the other reading reads as spelled words
    in its place is taken as those; a word read sure is not given up for a spelled one read unsure,
    whichever the language model prefers; with `mendable` only the marked words may change."""
    from baocao.diacritics.restore import fluency
    from baocao.extractors.tables import _merged

    first = _reading("thẻ", "Căn.€ước", "công", "dân")
    first[1] = first[1].__class__(**{**first[1].__dict__, "width": 70})
    second = _reading("thẻ", "Căn", "cước", "công", "dân")
    second = [second[0], second[1].__class__(**{**second[1].__dict__, "width": 30}),
              second[2].__class__(**{**second[2].__dict__, "left": 75, "width": 30}),
              *(w.__class__(**{**w.__dict__, "left": w.left + 40}) for w in second[3:])]  # fmt: skip
    assert " ".join(w.text for w in _merged(first, second, fluency)) == "thẻ Căn cước công dân"
    sure = _reading("khi", "đã", "được", "cấp", "thẻ")
    unsure = _reading("khi", "đã", "dưới", "cấp", "thẻ")
    unsure[2] = unsure[2].__class__(**{**unsure[2].__dict__, "conf": 6.0})
    assert [w.text for w in _merged(sure, unsure, fluency)][2] == "được"
    assert [w.text for w in _merged(unsure, sure, fluency)][2] == "được"
    assert [w.text for w in _merged(unsure, sure, fluency, [True, True, False, True, True])][2] == "dưới"
