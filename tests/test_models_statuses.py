"""Pilot-model statuses of a garbled appendix: status cells by the learned English-OCR channel, rows
by their numbering, evidence joined across the document, undecided rows kept for review.

The appendices here are written for these tests (other province, models and numbering than the
seeds), garbled the way an English-only OCR prints Vietnamese."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from starlette.testclient import TestClient

from bench import synth
from bench.garble import eng_ocr
from baocao.diacritics.corpus import SEEDS
from baocao.extractors.document import DocTable, DocText, PageText
from baocao.extractors.models import find_model_statuses, status_cells
from baocao.pipeline.ingest import ingest
from baocao.pipeline.review import make_app
from baocao.pipeline.store import Store, schema_sql
from baocao.schemas.records import ModelState, Settings, TableCell

DONE, GOING, NOT = ModelState.done, ModelState.in_progress, ModelState.not_registered
FIXTURES = Path(__file__).parent / "fixtures"

APPENDIX = """PHU LUC 3: KET QUA TRIEN KHAI CAC MO HINH DIEM
(Kem theo Bao cao so 88/BC-UBND cua UBND tinh Ha Tinh)
STT | Mo hinh | Ket qua trien khai | Kho khan
NHOM TIEN ICH PHUC VU CONG DAN (05 MO HINH)
M6 hinh 1: Cap phiéu ly lich tu phap
trén tmg dung VNelD
HOAN TIIANH
Da cip 12.400 phiéu qua VNelD
Khéng
BANG THU'C HIEN
Mb hinh 2: Thanh toan vién phi khéng
dung tién mit tai bénh vién
Moi trién khai tai 3/12 bénh vién
3 | Ké khai thué dién tir cho hd kinh doanh | 1.200 hd da ké khai
M@ hinh 4: Camera Al kiém soat
ra vao tai cang ca
Khdng dang ky trién khai
Ma hinh 5: Sé sirc khoe dién tir
tai tram y té xa
Dang xdy dung quy trinh
"""
BODY = ("Đến nay đã hoàn thành 2/5 mô hình⁷; các mô hình còn lại đang được các đơn vị triển khai.\n"
        "⁷ Mô hình 01 - Cấp phiếu lý lịch tư pháp trên ứng dụng VNeID (Sở Tư pháp); Mô hình 04 - Kê khai thuế "
        "điện tử cho hộ kinh doanh (Cục Thuế tỉnh).")  # fmt: skip


def doc(*pages: str) -> DocText:
    return DocText("t", [PageText(i + 1, text, []) for i, text in enumerate(pages)])


def by_no(records) -> dict:
    return {r.model_no: r for r in records}


def kinds(rec) -> list[str]:
    return [e["kind"] for e in json.loads(rec.status_evidence)]


@pytest.mark.parametrize("seed", [0, 2])
def test_statuses_as_an_english_ocr_prints_them_are_read(seed):
    """Rendered, worn and read by `tesseract -l eng`: not strings anyone typed in."""
    paragraphs = ["HOÀN THÀNH", "ĐANG THỰC HIỆN", "KHÔNG ĐĂNG KÝ TRIỂN KHAI", "Không đăng ký triển khai",
                  "Mô hình 4: Lưu trữ giấy tờ điện tử"]  # fmt: skip
    [(_gold, text)] = eng_ocr(paragraphs, seed)
    lines = [line for line in text.splitlines() if line.strip()]
    read = [[c.state for c in status_cells(line)] for line in lines]
    assert read == [[DONE], [GOING], [NOT], [NOT], []]


@pytest.mark.parametrize(("printed", "state"), [
    ("HOAN TIIANH", DONE), ("H0AN THANH", DONE), ("H_OAN THANH ]", DONE), ("HOÁN THÁNH", DONE), ("HOAN THA", DONE),
    ("BANG THUC HlEN", GOING), ("HANG THU'C HIEN", GOING), ("DANG THUCHIEN", GOING), ("ĐANG THỰC HIỆN", GOING),
    ("Kh6ng dang ky trién khai", NOT), ("KHONG DANG KY TRIEN KHAI", NOT),
    ("thông đang triển khai", None), ("HOÀN THIỆN", None), ("ĐANG TRIỂN KHAI", None), ("Không", None),
    ("đã hoàn thành việc", None), ("DAN TINH NGHE AN", None), ("Khong dang ky ket hon", None),
])  # fmt: skip
def test_worn_renderings_count_and_prose_does_not(printed, state):
    cells = status_cells(printed)
    assert [c.state for c in cells] == ([state] if state else [])


def test_every_row_is_kept_with_its_evidence():
    got = by_no(find_model_statuses(doc(BODY, APPENDIX)))
    assert sorted(got) == [1, 2, 3, 4, 5]  # row 3 lost its label: its number alone places it
    assert {n: r.status for n, r in got.items()} == {1: DONE, 2: GOING, 3: DONE, 4: NOT, 5: GOING}
    assert kinds(got[1])[:2] == ["appendix cell", "body list"] and got[1].confidence >= 0.9
    assert got[2].status_evidence.count("BANG THU'C HIEN")  # its cell printed before its label
    assert "body list" in kinds(got[3]) and got[3].model_name.startswith("Kê khai thuế điện tử")
    assert got[3].lead_agency == "Cục Thuế tỉnh"  # the list numbers it 04; its name joins it to row 3
    # no cell, not among the completed models the body lists, and the report's total agrees
    assert "inferred" in kinds(got[5]) and got[5].review_status.value == "needs_review"
    assert got[4].raw_text.count("Khdng dang ky") and got[4].restored_text


def test_a_row_nothing_decides_is_stored_without_a_status():
    got = by_no(find_model_statuses(doc(APPENDIX)))
    assert got[3].status is None and got[3].review_status.value == "needs_review"
    assert got[5].status is None and "no status cell" in got[5].review_reason
    assert got[1].status is DONE and got[4].status is NOT


def test_a_total_the_rows_do_not_meet_sends_doubtful_rows_to_review():
    body = BODY.replace("2/5 mô hình⁷", "3/5 mô hình⁷")
    got = by_no(find_model_statuses(doc(body, APPENDIX)))
    assert all(r.review_status.value == "needs_review" for r in got.values() if r.confidence < 0.9)
    assert "the report says 3 completed" in got[2].review_reason


def test_a_list_running_on_after_a_page_break_is_one_list():
    first = ("đã hoàn thành 4/9 mô hình⁵.\n⁵ Các mô hình hoàn thành, gồm Mô hình 2 - Cấp phiếu lý lịch tư pháp "
             "(Sở Tư pháp); Mô hình 3 - Thanh toán viện phí; Mô hình 6 - Tuyên truyền chính sách qua ứng dụng VNeID,")
    second = "Call Center (Sở Tư pháp); Mô hình 8 - Giám sát an ninh mạng SOC (Sở KH&CN).\n2. Nhiệm vụ tiếp theo"
    body = "Nhiều nhiệm vụ được triển khai đồng bộ trên địa bàn.\n" * 3
    got = by_no(find_model_statuses(doc(first, body, "Trang 4\n" + second)))
    assert {n: r.status for n, r in got.items()} == {2: DONE, 3: DONE, 6: DONE, 8: DONE}


def test_a_scanned_grid_reads_the_status_column_by_its_header():
    rows = [("STT", "Tên mô hình", "Kết quả thực hiện", "Trạng thái"),
            ("1", "Cấp phiếu lý lịch tư pháp trên VNeID", "Đã cấp 12.400 phiếu", "HOAN THANH"),
            ("2", "Thanh toán viện phí không dùng tiền mặt", "Đang hoàn thành hồ sơ", "DANG THUC HlEN"),
            ("3", "Camera AI tại cảng cá", "", "Kh6ng dang ky trién khai"),
            ("4", "Sổ sức khỏe điện tử", "Đã hoàn thành thí điểm", "")]  # fmt: skip
    cells = [TableCell(row=r, col=c, text=t) for r, row in enumerate(rows) for c, t in enumerate(row)]
    table = DocTable("tb", "PHỤ LỤC 2", cells, [3] * len(cells))
    got = by_no(find_model_statuses(DocText("t", [PageText(3, "PHỤ LỤC 2", [])], [table])))
    assert {n: r.status for n, r in got.items()} == {1: DONE, 2: GOING, 3: NOT, 4: DONE}
    assert got[4].review_status.value == "needs_review"  # only its wording: "Đã hoàn thành thí điểm"
    assert got[1].page_no == 3 and kinds(got[1]) == ["appendix cell"]


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Path:
    """The appendix as a text-layer PDF, ingested into a real DuckDB file."""
    d = tmp_path_factory.mktemp("models")
    pdf = d / "appendix.pdf"
    synth.write_text_pdf([APPENDIX.splitlines()], pdf)
    db = d / "m.duckdb"
    ingest([pdf], db, Settings(learn=False), workers=1)
    return db


def test_undecided_rows_are_stored_and_the_review_page_shows_their_evidence(stored):
    con = duckdb.connect(str(stored), read_only=True)
    rows = con.execute("SELECT model_no, status, review_status, status_evidence, raw_text, restored_text "
                       "FROM model_statuses ORDER BY model_no").fetchall()  # fmt: skip
    doc_id = con.execute("SELECT doc_id FROM documents").fetchone()[0]
    latest = dict(con.execute("SELECT model_no, status FROM model_status_latest").fetchall())
    con.close()
    assert 3 not in latest and latest[4] == NOT.value  # an undecided row hides no older report's status
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5]
    assert {r[0]: r[1] for r in rows}[3] is None and {r[0]: r[2] for r in rows}[3] == "needs_review"
    assert json.loads(rows[0][3])[0]["kind"] == "appendix cell" and "HOAN" in rows[0][4]
    client = TestClient(make_app(stored, "tok"), follow_redirects=False)
    client.post("/login", data={"name": "Lan", "token": "tok"})
    page = client.get(f"/item/model/{doc_id}:4").text
    assert "row as printed" in page and "Khdng dang ky" in page and "appendix cell" in page
    queue = client.get("/queue.json", headers={"Authorization": "Bearer tok"}).json()
    assert any("no status" in json.dumps(item, ensure_ascii=False) for item in queue["items"])


def test_a_database_from_before_takes_undecided_rows(tmp_path):
    """Migration 5: a status column that was NOT NULL accepts a row nobody could decide."""
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
    old = [line for line in schema_sql().splitlines()
           if not line.lstrip().startswith(("review_reason ", "status_evidence ", "raw_text ", "restored_text "))]
    con.execute("\n".join(old).replace("status        VARCHAR,", "status        VARCHAR NOT NULL,"))
    for v in (1, 2, 3):
        con.execute("INSERT INTO schema_version VALUES (?, now())", [v])
    con.close()
    with Store(path) as store:
        store.con.execute("INSERT INTO model_statuses (doc_id, model_no, model_name, status, page_no, quote, "
                          "confidence, review_status, extractor) VALUES ('d', 1, 'x', NULL, 1, '', 0, "
                          "'needs_review', 'models.v2')")  # fmt: skip
        assert store.con.execute("SELECT count(*) FROM model_statuses WHERE status IS NULL").fetchone()[0] == 1


def test_a_group_header_the_rows_do_not_meet_sends_its_doubtful_rows_to_review():
    got = by_no(find_model_statuses(doc(BODY, APPENDIX)))
    assert got[3].review_status.value == "auto"  # "(05 MÔ HÌNH)" over five rows: the header holds
    got = by_no(find_model_statuses(doc(BODY, APPENDIX.replace("(05 MO HINH)", "(04 MO HINH)"))))
    assert got[3].review_status.value == "needs_review" and "group header says 4 models" in got[3].review_reason
    assert got[1].review_status.value == "auto"  # its cell and the body's list agree


@pytest.mark.parametrize(("seed", "gold"), [("001", "models_608_gold.json"), ("000", "models_000_footnote_gold.json")])
def test_the_seeds_as_printed_meet_their_hand_read_gold(seed, gold):
    """Seed 001's English-OCR layer as it is (no restoration): 608's appendix 4, all 43 rows; seed
    000's footnote of completed models, which runs on past a page break."""
    raw = next(SEEDS.glob(f"{seed}_*.txt")).read_text("utf-8")
    lines = synth._wrap_lines(raw)
    pages = ["\n".join(lines[i : i + 52]) for i in range(0, len(lines), 52)]
    got = by_no(find_model_statuses(doc(*pages)))
    want = {int(k): v for k, v in json.loads((FIXTURES / gold).read_text("utf-8"))["statuses"].items()}
    right = sum(got[n].status is not None and got[n].status.value == s for n, s in want.items() if n in got)
    assert right >= 0.9 * len(want)
    assert len(got) == len(want)  # every row, none invented
