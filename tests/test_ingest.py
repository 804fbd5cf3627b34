"""End to end with real Tesseract and a real DuckDB file."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from bench.metrics import cer
from dbutil import rows
from baocao.pipeline.ingest import ingest
from baocao.schemas.records import Settings


@pytest.fixture(scope="module")
def archive_db(tmp_path_factory, pdfs) -> tuple[Path, object]:
    db = tmp_path_factory.mktemp("db") / "baocao.duckdb"
    report = ingest([pdfs["scan"], pdfs["digital"], pdfs["not_pdf"]], db, workers=2)
    return db, report


def test_scanned_page_within_one_percent_cer(archive_db, pdfs):
    db, _ = archive_db
    [(source, raw, conf)] = rows(db, "SELECT source, raw_text, mean_confidence FROM pages p JOIN documents d "
                                     "USING (doc_id) WHERE d.path LIKE '%scan.pdf'")  # fmt: skip
    assert source == "ocr" and conf > 80
    assert cer(raw, pdfs["scan_gold"][0]) < 0.01


def test_ocr_marks_are_checked_and_never_made_worse(archive_db, pdfs):
    db, _ = archive_db
    [(reason, raw, text)] = rows(db, "SELECT source_reason, raw_text, text FROM pages p JOIN documents d "
                                     "USING (doc_id) WHERE d.path LIKE '%scan.pdf'")  # fmt: skip
    assert "marks checked (ocr)" in reason
    assert cer(text, pdfs["scan_gold"][0]) <= cer(raw, pdfs["scan_gold"][0])


def test_words_have_boxes_and_confidences(archive_db):
    db, _ = archive_db
    [(n, bad_box, no_conf)] = rows(db, "SELECT count(*), count(*) FILTER (x1 <= x0 OR y1 <= y0 OR x1 > 2490), "
                                       "count(*) FILTER (ocr_conf IS NULL) FROM words w JOIN documents d USING "
                                       "(doc_id) WHERE d.path LIKE '%scan.pdf'")  # fmt: skip
    assert n > 100 and bad_box == 0 and no_conf == 0


def test_digital_pdf_is_not_ocred(archive_db):
    db, _ = archive_db
    sources = rows(db, "SELECT DISTINCT source, source_reason, mean_confidence FROM pages p JOIN documents d "
                       "USING (doc_id) WHERE d.path LIKE '%digital.pdf'")  # fmt: skip
    assert sources == [("text_layer", "text layer good", None)]


def test_text_file_named_pdf_fails_readably_and_batch_loads(archive_db):
    db, report = archive_db
    status = dict(rows(db, "SELECT regexp_extract(path, '[^/]+$'), status FROM documents"))
    assert status == {"scan.pdf": "ok", "digital.pdf": "ok", "notes.pdf": "failed"}
    [(error,)] = rows(db, "SELECT error FROM documents WHERE path LIKE '%notes.pdf'")
    assert error == "not a PDF (no %PDF header)"
    assert any("notes.pdf" in path for path, _ in report.failed)


def test_second_ingest_adds_nothing(archive_db, pdfs):
    db, _ = archive_db
    counts = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM pages), (SELECT count(*) FROM words)"
    before = rows(db, counts)
    report = ingest([pdfs["scan"], pdfs["digital"], pdfs["not_pdf"]], db, workers=2)
    assert rows(db, counts) == before
    assert report.skipped == 2 and report.pages_read == 0


def test_same_bytes_under_two_names_is_one_document(tmp_path, pdfs):
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(pdfs["digital"].read_bytes())
    db = tmp_path / "d.duckdb"
    ingest([pdfs["digital"], copy], db, workers=1)
    assert rows(db, "SELECT count(*) FROM documents") == [(1,)]


def test_a_page_image_seen_before_is_not_read_again(tmp_path, pdfs):
    """The same scan saved again (other bytes, so another document): its page comes from the OCR cache;
    a damaged cache entry is read again rather than trusted."""
    cache, db = tmp_path / "ocr-cache", tmp_path / "c.duckdb"
    settings = Settings(learn=False, ocr_cache=cache)
    resaved, again = tmp_path / "resaved.pdf", tmp_path / "again.pdf"
    resaved.write_bytes(pdfs["scan"].read_bytes() + b"\n% saved again\n")
    again.write_bytes(pdfs["scan"].read_bytes() + b"\n% and again\n")
    ingest([pdfs["scan"]], db, settings, workers=1)
    ingest([resaved], db, settings, workers=1)
    [entry] = cache.glob("*/*.json")
    entry.write_text("{not json")
    ingest([again], db, settings, workers=1)
    got = rows(db, "SELECT regexp_extract(d.path, '[^/]+$'), p.source_reason, p.raw_text FROM pages p "
                   "JOIN documents d USING (doc_id) ORDER BY d.ingested_at")  # fmt: skip
    assert [("cached" in reason) for _, reason, _ in got] == [False, True, False]
    assert got[0][2] == got[1][2] == got[2][2]
    assert rows(db, "SELECT count(DISTINCT doc_id) FROM words") == [(3,)]


@pytest.mark.parametrize("engine, said", [("fake_engines:TimesOut", "took longer than"),
                                           ("fake_engines:Crashes", "tesseract failed (exit -11)")])
def test_an_engine_that_times_out_or_crashes_fails_its_page_not_the_batch(tmp_path, pdfs, engine, said):
    """The OCR engine plugged in by name (Settings.engine), failing the way Tesseract does."""
    db = tmp_path / "t.duckdb"
    ingest([pdfs["scan"], pdfs["digital"]], db, Settings(engine=engine), workers=1)
    status = {Path(p).name: (s, e) for p, s, e in rows(db, "SELECT path, status, error FROM documents")}
    assert status["scan.pdf"][0] == "failed" and "scan.pdf page 1" in status["scan.pdf"][1]
    assert said in status["scan.pdf"][1]
    assert status["digital.pdf"] == ("ok", None)  # its text layer needs no OCR
    # the same command with a working engine finishes the page: resume, no duplicates
    ingest([pdfs["scan"]], db, workers=1)
    assert rows(db, "SELECT status FROM documents WHERE path LIKE '%scan.pdf'") == [("ok",)]
    assert rows(db, "SELECT count(*) FROM pages WHERE doc_id = (SELECT doc_id FROM documents WHERE path LIKE '%scan.pdf')") == [(1,)]


def test_an_unknown_engine_is_a_usage_error(tmp_path, pdfs):
    from baocao.core.errors import UsageError

    with pytest.raises(UsageError, match="no OCR engine 'nope:X'"):
        ingest([pdfs["scan"]], tmp_path / "u.duckdb", Settings(engine="nope:X"), workers=1)


def test_cli_reports_bad_file_without_traceback(tmp_path, pdfs):
    baocao = Path(sys.executable).parent / "baocao"
    proc = subprocess.run([str(baocao), "ingest", str(pdfs["not_pdf"]), str(pdfs["digital"]), "--db",
                           str(tmp_path / "c.duckdb")], capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 6, proc.stderr  # some documents failed (issue 18: exit codes)
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "notes.pdf" in proc.stdout + proc.stderr and "not a PDF" in proc.stdout + proc.stderr


def test_cli_missing_path_is_a_usage_error(tmp_path):
    baocao = Path(sys.executable).parent / "baocao"
    proc = subprocess.run([str(baocao), "ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "c.duckdb")],
                          capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 2 and "no such file" in proc.stderr and "Traceback" not in proc.stderr


def test_extraction_lands_with_provenance(archive_db):
    db, _ = archive_db
    rows_ = rows(db, "SELECT f.page_no, f.quote, f.x0, f.y1, f.confidence, f.review_status FROM facts f "
                     "JOIN documents d USING (doc_id) WHERE d.path LIKE '%digital.pdf'")  # fmt: skip
    assert len(rows_) == 3, rows_
    assert all(p == 1 and q and x0 is not None and y1 > 0 and 0 < c <= 1 and s in ("auto", "needs_review")
               for p, q, x0, y1, c, s in rows_)  # fmt: skip
    meta = rows(db, "SELECT so_hieu, province, issued_date, period_label FROM documents WHERE path LIKE '%digital%'")
    assert meta == [("311/BC-UBND", "Quảng Bình", dt.date(2024, 4, 8), "tháng 3/2024")]


def test_searchable_pdf_carries_the_text(tmp_path, pdfs):
    import pypdfium2 as pdfium

    ingest([pdfs["scan"]], tmp_path / "s.duckdb", Settings(pdf_dir=tmp_path / "pdf", learn=False), workers=1)
    out = tmp_path / "pdf" / "scan.pdf"
    pdf = pdfium.PdfDocument(str(out))
    text = pdf[0].get_textpage().get_text_range()
    pdf.close()
    assert cer(text, pdfs["scan_gold"][0]) < 0.02


def test_upside_down_scan_is_turned_and_read(tmp_path, passage):
    from bench import synth

    pages = synth.layout(passage[:3])
    img = synth.render(pages[0]).rotate(180)
    pdf = tmp_path / "upside.pdf"
    synth.write_scan_pdf([img], pdf)
    ingest([pdf], tmp_path / "u.duckdb", Settings(learn=False), workers=1)
    [(raw, reason)] = rows(tmp_path / "u.duckdb", "SELECT raw_text, source_reason FROM pages")
    assert "turned 180°" in reason and cer(raw, pages[0].gold) < 0.02


def test_extract_again_finds_the_same_facts_and_keeps_corrections(tmp_path, pdfs):
    import duckdb

    from baocao.pipeline.store import Store

    db = tmp_path / "x.duckdb"
    ingest([pdfs["digital"]], db, Settings(learn=False))
    before = rows(db, "SELECT fact_id, value, unit FROM facts ORDER BY fact_id")
    fact_id = before[0][0]
    with Store(db) as store:
        store.add_correction("facts", fact_id, "correct", "lan", {"value": (str(before[0][1]), "7")}, 0)
    con = duckdb.connect(str(db))  # as an older extractor left it: a fact lost, one wrong
    con.execute("DELETE FROM facts WHERE fact_id = ?", [before[1][0]])
    con.execute("UPDATE facts SET unit = 'cái' WHERE fact_id = ?", [before[2][0]])
    con.close()
    baocao = Path(sys.executable).parent / "baocao"
    proc = subprocess.run([str(baocao), "extract", "--db", str(db)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "311/BC-UBND" in proc.stdout  # the documents table, as ingest shows it
    assert rows(db, "SELECT fact_id, value, unit FROM facts ORDER BY fact_id") == before
    assert rows(db, f"SELECT value FROM facts_current WHERE fact_id = '{fact_id}'") == [(7.0,)]
    proc = subprocess.run([str(baocao), "extract", "nosuchdoc", "--db", str(db)], capture_output=True, text=True)
    assert proc.returncode == 2 and "nosuchdoc" in proc.stderr and "Traceback" not in proc.stderr
