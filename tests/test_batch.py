"""Batch robustness: every kind of bad input becomes a recorded failure, the batch goes on, and a
killed run resumes without losing or duplicating anything."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from reportlab.pdfgen import canvas

from bench import synth
from badfiles import zero_page_pdf
from dbutil import rows
from baocao.pipeline.ingest import ingest
from baocao.schemas.records import Settings

BAOCAO = str(Path(sys.executable).parent / "baocao")
NO_LEARN = Settings(learn=False)


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory, pdfs) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("bad")
    out = {"empty": d / "empty.pdf", "text": d / "notes.pdf", "truncated": d / "truncated.pdf",
           "locked": d / "locked.pdf", "zero": d / "zero.pdf", "huge": d / "huge.pdf"}  # fmt: skip
    out["empty"].write_bytes(b"")
    out["text"].write_text("not a pdf at all\n")
    whole = pdfs["scan"].read_bytes()
    out["truncated"].write_bytes(whole[: len(whole) // 3])
    c = canvas.Canvas(str(out["locked"]), encrypt="s3cret")
    c.drawString(72, 720, "Báo cáo mật")
    c.showPage()
    c.save()
    out["zero"].write_bytes(zero_page_pdf())
    c = canvas.Canvas(str(out["huge"]), pagesize=(14400, 14400))  # 200 x 200 inches: 3.6 Gpx at 300 DPI
    c.setFont("Helvetica", 400)
    c.drawString(1000, 7000, "HUGE 2025")
    c.showPage()
    c.save()
    weird = d / os.fsdecode(b"b\xe1o c\xe1o 06.pdf")  # a Latin-1 file name, not UTF-8
    weird.write_bytes(pdfs["digital"].read_bytes().replace(b"Qu", b"Qu", 1) + b"\n% another copy\n")
    out["weird"] = weird
    return out


def test_every_bad_input_is_recorded_and_the_batch_goes_on(bad_inputs, pdfs, tmp_path):
    db = tmp_path / "b.duckdb"
    report = ingest([bad_inputs[k] for k in ("empty", "text", "truncated", "locked", "zero")] + [pdfs["digital"]],
                    db, NO_LEARN, workers=2)  # fmt: skip
    status = {Path(p).name: (s, e) for p, s, e in rows(db, "SELECT path, status, error FROM documents")}
    assert status["empty.pdf"] == ("failed", "empty file (0 bytes)")
    assert status["notes.pdf"] == ("failed", "not a PDF (no %PDF header)")
    assert status["locked.pdf"] == ("failed", "PDF is password-protected; pass --password")
    assert status["zero.pdf"][0] == "failed" and "no pages" in status["zero.pdf"][1]
    assert status["truncated.pdf"][0] in ("failed", "partial") and "truncated" in status["truncated.pdf"][1]
    assert status["digital.pdf"][0] == "ok"
    assert len(report.failed) == 5


def test_password_opens_a_protected_pdf(bad_inputs, tmp_path):
    db = tmp_path / "p.duckdb"
    ingest([bad_inputs["locked"]], db, NO_LEARN, workers=1, password="s3cret")
    [(status, source, raw)] = rows(db, "SELECT d.status, p.source, p.raw_text FROM documents d JOIN pages p USING (doc_id)")
    # Helvetica cannot encode "ậ", so the layer holds "m■t" and the page is OCR'd: either way, read through the password
    assert status == "ok" and source in ("text_layer", "ocr") and "Báo cáo" in raw
    ingest([bad_inputs["locked"]], tmp_path / "w.duckdb", NO_LEARN, workers=1, password="wrong")
    assert rows(tmp_path / "w.duckdb", "SELECT error FROM documents") == [("wrong password for this PDF (--password)",)]


def test_a_huge_page_is_rasterized_within_bounds(bad_inputs, tmp_path):
    db = tmp_path / "h.duckdb"
    ingest([bad_inputs["huge"]], db, NO_LEARN, workers=1)
    [(status, source, raw)] = rows(db, "SELECT d.status, p.source, p.raw_text FROM documents d JOIN pages p USING (doc_id)")
    assert status == "ok" and source in ("text_layer", "ocr") and "2025" in raw


def test_file_name_that_is_not_utf8(bad_inputs, tmp_path):
    db = tmp_path / "u.duckdb"
    proc = subprocess.run([BAOCAO, "ingest", str(bad_inputs["weird"].parent), "--db", str(db), "--no-learn"],
                          capture_output=True, text=True)  # fmt: skip
    assert "Traceback" not in proc.stderr + proc.stdout
    [(path, status)] = rows(db, "SELECT path, status FROM documents WHERE path LIKE '%06.pdf'")
    assert status == "ok" and "\\xe1" in path


def test_resume_after_kill_loses_and_duplicates_nothing(tmp_path, passage):
    """kill -9 the whole ingest mid-batch, run it again: every page once, documents ok."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(3):
        synth.scan(passage[i * 3 : i * 3 + 6] * 2, folder / f"r{i}.pdf", synth.Layout(size_pt=14), synth.CLEAN, seed=i)
    db = tmp_path / "k.duckdb"
    args = [BAOCAO, "ingest", str(folder), "--db", str(db), "--no-learn", "--workers", "2"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        time.sleep(0.5)
        if db.exists():
            try:
                if rows(db, "SELECT count(*) FROM pages")[0][0] >= 1:
                    break
            except duckdb.Error:
                continue  # the writer holds the file; try again
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = subprocess.run(args, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    expected = sum(len(synth.layout(passage[i * 3 : i * 3 + 6] * 2, synth.Layout(size_pt=14))) for i in range(3))
    assert rows(db, "SELECT count(*), count(DISTINCT (doc_id, page_no)) FROM pages") == [(expected, expected)]
    assert rows(db, "SELECT DISTINCT status FROM documents") == [("ok",)]
    assert rows(db, "SELECT count(*) FROM words")[0][0] == rows(db, "SELECT count(DISTINCT (doc_id, page_no, word_no)) FROM words")[0][0]


def test_dask_local_cluster_runs_the_same_pages(pdfs, tmp_path):
    """--scheduler: the per-page tasks on a Dask cluster; the driver writes the same rows."""
    from distributed import LocalCluster

    from baocao.pipeline.ingest import dask_executor

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        db = tmp_path / "dask.duckdb"
        ingest([pdfs["scan"], pdfs["digital"]], db, NO_LEARN, executor_factory=dask_executor(cluster.scheduler_address))
    local = tmp_path / "local.duckdb"
    ingest([pdfs["scan"], pdfs["digital"]], local, NO_LEARN, workers=2)
    q = "SELECT regexp_extract(path, '[^/]+$'), status, (SELECT count(*) FROM words w WHERE w.doc_id = d.doc_id) FROM documents d ORDER BY 1"
    assert rows(db, q) == rows(local, q)


def test_unreachable_scheduler_is_a_clear_error(pdfs, tmp_path):
    proc = subprocess.run([BAOCAO, "ingest", str(pdfs["digital"]), "--db", str(tmp_path / "x.duckdb"),
                           "--scheduler", "tcp://127.0.0.1:9"], capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 2 and "cannot reach the Dask scheduler" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_workers_get_their_next_pages_before_the_caller_works_on_a_finished_one(pdfs):
    """A document's last page starts its marks check and extraction in the ingest process; the
    window of pages in flight stays full meanwhile, so the workers read the next pages instead of
    waiting for the parent."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from baocao.pipeline.ingest import read_pages
    from baocao.schemas.records import PageJob

    submitted = 0

    class Counting(ProcessPoolExecutor):  # processes, as ingest runs pages: pdfium in two threads crashes
        def submit(self, fn, /, *args, **kwargs):
            nonlocal submitted
            submitted += 1
            return super().submit(fn, *args, **kwargs)

    jobs = [PageJob(doc_id=f"d{i}", path=pdfs["digital"], page_no=1, settings=NO_LEARN) for i in range(8)]
    window, handed = 3, 0
    for batch in read_pages(lambda: Counting(2, mp_context=multiprocessing.get_context("forkserver")), jobs, window=window):
        handed += len(batch)
        assert all(result.error is None and result.words for result in batch)
        # while the caller holds these, the workers have a full window, or every page not yet handed on
        assert submitted - handed == min(window, len(jobs) - handed)
    assert handed == len(jobs)
