"""What archives throw at a batch: older tone placement, failing extractors, honest exit codes,
paths (relative, moved, not UTF-8, looping), readers during an ingest, orphaned workers, exports."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import psutil
import pytest

import badfiles
from dbutil import rows
from baocao.extractors import registry
from baocao.extractors.document import DocText, PageText
from baocao.pipeline import query
from baocao.core.errors import UsageError
from baocao.pipeline.ingest import ingest
from baocao.pipeline.store import Store, connect
from baocao.schemas.records import Settings

BAOCAO = str(Path(sys.executable).parent / "baocao")
NO_LEARN = Settings(learn=False)


def run(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([BAOCAO, *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def bad(tmp_path_factory) -> dict[str, Path]:
    return badfiles.make(tmp_path_factory.mktemp("badfiles"))


# --- 1. older tone placement; one extractor's failure ----------------------------------------------


def test_both_tone_placements_give_the_same_records_and_raw_text_keeps_the_print(bad, tmp_path):
    db = tmp_path / "t.duckdb"
    ingest([bad["old_tones"], bad["new_tones"]], db, NO_LEARN, workers=1)
    by = {Path(p).stem: (d, s) for d, p, s in rows(db, "SELECT doc_id, path, so_hieu FROM documents")}
    facts = {stem: rows(db, f"SELECT value, unit, indicator_id FROM facts WHERE doc_id = '{d}' ORDER BY value")
             for stem, (d, _) in by.items()}  # fmt: skip
    assert facts["old_tones"] and facts["old_tones"] == facts["new_tones"]
    assert by["old_tones"][1] == by["new_tones"][1] == "118/BC-UBND"
    [(raw, text)] = rows(db, f"SELECT raw_text, text FROM pages WHERE doc_id = '{by['old_tones'][0]}'")
    assert "hoà giải viên" in raw and "hòa giải viên" in text and "hoà" not in text
    assert rows(db, "SELECT count(*) FROM words WHERE text LIKE '%hoà%'") == [(0,)]
    assert rows(db, "SELECT count(*) FROM extraction_errors") == [(0,)]


def test_a_failing_extractor_costs_only_its_own_records_on_the_failing_page():
    def fragile(doc: DocText):
        for p in doc.pages:
            if "hỏng" in p.text:
                raise ValueError(f"cannot read page {p.page_no}")
        return registry.REGISTRY["references.v1"].fn(doc)

    name = "fragile_references.test"
    registry.register(name, "legal_references", fragile)
    pages = [PageText(1, "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng.", []),
             PageText(2, "Trang hỏng.", []),
             PageText(3, "Theo Kế hoạch số 12/KH-UBND ngày 03/02/2023; đã cấp 702.115 thẻ Căn cước.", [])]  # fmt: skip
    out = registry.extract(DocText("d1", pages), ("facts.v3", name))
    assert [(e.page_no, e.extractor) for e in out.errors] == [(2, name)]
    assert "cannot read page 2" in out.errors[0].error
    assert {r.citation for r in out.references} == {"06/QĐ-TTg", "12/KH-UBND"}
    assert [f.value for f in out.facts] == [702115.0]  # the other extractor did not notice
    registry.REGISTRY.pop(name)


# --- 4. exit codes --------------------------------------------------------------------------------


def test_exit_codes_say_what_happened(bad, tmp_path):
    db = tmp_path / "e.duckdb"
    nothing = run("ingest", bad["empty"], bad["text"], "--db", db, "--no-learn", "--json")
    summary = json.loads(nothing.stdout.strip().splitlines()[-1])
    assert nothing.returncode == 4 and summary["exit_code"] == 4 and summary["outcome"] == "nothing_ran"
    some = run("ingest", bad["empty"], bad["new_tones"], "--db", db, "--no-learn", "--json")
    summary = json.loads(some.stdout.strip().splitlines()[-1])
    assert some.returncode == 6 and summary["exit_code"] == 6 and summary["outcome"] == "some_failed"
    fine = run("ingest", bad["new_tones"], "--db", db, "--no-learn")
    assert fine.returncode == 0, fine.stderr


# --- 5. paths --------------------------------------------------------------------------------------


def test_paths_are_stored_absolute_and_moved_files_are_found_by_content(bad, tmp_path):
    work = tmp_path / "cwd"
    (work / "in").mkdir(parents=True)
    shutil.copy(bad["new_tones"], work / "in" / "r.pdf")
    db = tmp_path / "p.duckdb"
    assert run("ingest", "in/r.pdf", "--db", db, "--no-learn", cwd=work).returncode == 0
    [(path, raw)] = rows(db, "SELECT path, path_bytes FROM documents")
    assert path == str(work / "in" / "r.pdf") and os.fsdecode(raw) == path
    (tmp_path / "moved").mkdir()
    shutil.move(work / "in" / "r.pdf", tmp_path / "moved" / "renamed.pdf")
    r = run("relocate", tmp_path / "moved", "--db", db)
    assert r.returncode == 0 and "1 documents relocated" in " ".join(r.stderr.split())
    assert rows(db, "SELECT path FROM documents") == [(str(tmp_path / "moved" / "renamed.pdf"),)]


def test_a_file_name_that_is_not_utf8_keeps_its_bytes(bad, tmp_path):
    db = tmp_path / "u.duckdb"
    ingest([bad["latin1_name"]], db, NO_LEARN, workers=1)
    [(path, raw)] = rows(db, "SELECT path, path_bytes FROM documents")
    assert "\\xe1" in path and os.fsdecode(raw) == str(bad["latin1_name"]) and Path(os.fsdecode(raw)).exists()


def test_a_symlink_loop_named_on_the_command_line_fails_alone(bad, tmp_path):
    db = tmp_path / "l.duckdb"
    r = run("ingest", bad["loop"], bad["new_tones"], "--db", db, "--no-learn")
    assert r.returncode == 6 and "Traceback" not in r.stderr and "loop.pdf" in "".join(r.stderr.split())
    assert rows(db, "SELECT status FROM documents") == [("ok",)]


def test_rerun_without_password_keeps_what_was_read(bad, tmp_path):
    db = tmp_path / "pw.duckdb"
    ingest([bad["locked"]], db, NO_LEARN, workers=1, password="s3cret")
    con = duckdb.connect(str(db))  # the first run lost a page (a timeout, say): the document is partial
    con.execute("UPDATE documents SET status = 'partial', error = 'page 1 timed out'")
    con.execute("UPDATE pages SET source = 'failed', error = 'page 1 timed out'")
    con.close()
    report = ingest([bad["locked"]], db, NO_LEARN, workers=1)  # forgot --password
    assert rows(db, "SELECT status, error FROM documents") == [("partial", "page 1 timed out")]
    assert rows(db, "SELECT count(*) FROM pages") == [(1,)]
    assert report.failed and "password" in report.failed[0][1] and "kept" in report.failed[0][1]


# --- 6. readers and writers share the file ---------------------------------------------------------


def test_readers_and_a_reviewer_work_while_an_ingest_writes(pdfs, tmp_path):
    db = tmp_path / "c.duckdb"
    ingest([pdfs["digital"]], db, NO_LEARN, workers=1)
    [(fid,)] = rows(db, "SELECT fact_id FROM facts WHERE value = 702115")
    proc = subprocess.Popen([BAOCAO, "ingest", str(pdfs["scan"]), str(pdfs["worn"]), "--db", str(db), "--no-learn",
                             "--workers", "1", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    reads = writes = 0
    try:
        version = 0
        while proc.poll() is None:
            with query.connect(db) as con:
                assert query.trend(con, "citizen_id_cards") is not None
            reads += 1
            with Store(db, prepare=False) as store:
                version = store.add_correction("facts", fid, "approve", "Lan", {}, version)
            writes += 1
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert reads and writes and rows(db, "SELECT count(*) FROM corrections") == [(writes,)]
    assert rows(db, "SELECT count(*) FROM documents WHERE status = 'ok'") == [(3,)]


def test_no_opening_overlaps_a_closing(tmp_path):
    """DuckDB lets a process open the file while another's close still checkpoints (bench/handover.py): both go
    through the side lock, which an open connection does not hold in between."""
    db = tmp_path / "h.duckdb"
    side = os.open(f"{db}.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(side, fcntl.LOCK_EX)  # as a closing process holds it
    got: list = []
    opener = threading.Thread(target=lambda: got.append(connect(db, read_only=False)))
    opener.start()
    opener.join(0.5)
    assert opener.is_alive() and not got  # waits for the closing to end
    fcntl.flock(side, fcntl.LOCK_UN)
    opener.join(30)
    [con] = got
    con.execute("CREATE TABLE t AS SELECT 1 AS x")
    fcntl.flock(side, fcntl.LOCK_EX | fcntl.LOCK_NB)  # not held while the connection is open...
    closer = threading.Thread(target=con.close)
    closer.start()
    closer.join(0.5)
    assert closer.is_alive()  # ...but for its closing
    fcntl.flock(side, fcntl.LOCK_UN)
    closer.join(30)
    os.close(side)
    assert rows(db, "SELECT x FROM t") == [(1,)]


def test_a_second_ingest_is_refused_clearly(pdfs, tmp_path):
    db = tmp_path / "two.duckdb"
    with Store(db) as store, store.ingest_lock():
        with pytest.raises(UsageError, match="another ingest"):
            ingest([pdfs["digital"]], db, NO_LEARN, workers=1)


# --- 7. orphans ------------------------------------------------------------------------------------


def test_workers_exit_when_the_ingest_is_killed(pdfs, tmp_path):
    proc = subprocess.Popen([BAOCAO, "ingest", str(pdfs["scan"]), str(pdfs["worn"]), "--db", str(tmp_path / "k.duckdb"),
                             "--no-learn", "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    me = psutil.Process(proc.pid)
    tree: list[psutil.Process] = []
    started = False
    for _ in range(600):  # until a worker is up: a grandchild, forked by the fork server (bounded)
        try:
            tree = me.children(recursive=True)
            started = any(p.ppid() != proc.pid for p in tree)
        except psutil.Error:  # a helper that came and went
            pass
        if started:
            break
        time.sleep(0.1)
    assert started, "no worker started"
    everything = tree
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    gone, alive = psutil.wait_procs(everything, timeout=60)
    assert not alive, [p.cmdline() for p in alive]


def _as_from_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it: a harness that started the suite with SIGINT ignored (a background
    job) would pass that on, and the command would rightly keep ignoring it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _descendants(p: psutil.Process) -> list[psutil.Process]:
    try:
        return p.children(recursive=True)
    except psutil.Error:
        return []


def _parent(p: psutil.Process) -> int | None:
    """A process's parent, or None once it is gone: a busy page spawns short-lived tesseract runs, and one
    of them ending mid-look must not hide the workers until the run has finished."""
    try:
        return p.ppid()
    except psutil.Error:
        return None


def test_ctrl_c_stops_the_workers_and_the_same_command_continues(passage, tmp_path):
    """Ctrl-C: pages in flight are abandoned, not finished for nobody (the next run reads them), the
    run is recorded as interrupted, and running the command again stores every page once."""
    from bench import synth

    pdf = tmp_path / "long.pdf"  # long enough that a busy machine cannot finish it before the signal lands
    n_pages = len(synth.scan(passage * 2, pdf, synth.Layout(), synth.CLEAN, seed=3))
    db = tmp_path / "i.duckdb"
    cmd = [BAOCAO, "ingest", str(pdf), "--db", str(db), "--no-learn", "--no-searchable", "--workers", "2", "--json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_as_from_a_terminal)
    me = psutil.Process(proc.pid)
    workers: list[psutil.Process] = []
    for _ in range(600):  # until a worker reads a page: a grandchild, forked by the fork server (bounded)
        workers = [p for p in _descendants(me) if _parent(p) not in (None, proc.pid)]
        if workers:
            break
        time.sleep(0.1)
    assert workers, "no worker started"
    tree = me.children(recursive=True)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate()
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    _, alive = psutil.wait_procs(tree, timeout=60)
    assert not alive, [p.cmdline() for p in alive]
    assert rows(db, "SELECT interrupted FROM runs") == [(True,)]
    stored = rows(db, "SELECT count(*) FROM pages")[0][0]
    assert stored < n_pages

    again = subprocess.run(cmd, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert rows(db, "SELECT count(*), count(DISTINCT page_no) FROM pages") == [(n_pages, n_pages)]
    assert rows(db, "SELECT count(*) = count(DISTINCT fact_id) FROM facts") == [(True,)]
    assert rows(db, "SELECT interrupted FROM runs ORDER BY run_id") == [(True,), (False,)]


_CTRL_C_MID_SPAWN = """
import os, signal, time
from multiprocessing import reduction
from pathlib import Path
from baocao.pipeline import ingest
from baocao.schemas.records import PageJob, Settings

real = reduction.sendfds
def pressed_now(sock, fds):  # the key lands after the fork server is reached, before it is told what to start
    reduction.sendfds = real
    os.kill(os.getpid(), signal.SIGINT)
    return real(sock, fds)
reduction.sendfds = pressed_now
job = PageJob(doc_id="d", path=Path("missing.pdf"), page_no=1, settings=Settings(), password=None)
try:
    for _ in ingest.read_pages(ingest.local_executor(1), [job], window=3):
        pass
except KeyboardInterrupt:
    print("interrupted")
    time.sleep(2)  # a slow shutdown (the run's record is written): the fork server is still there
"""


def test_ctrl_c_while_a_worker_starts_leaves_no_traceback():
    """The CI run that saw the fork server's EOFError: Ctrl-C landed while the second worker was
    being started. The interruption still stops the run, once that worker is up."""
    done = subprocess.run([sys.executable, "-c", _CTRL_C_MID_SPAWN], capture_output=True, text=True, timeout=120,
                          preexec_fn=_as_from_a_terminal)  # fmt: skip
    assert done.stdout.strip() == "interrupted", done.stderr
    assert "Traceback" not in done.stderr, done.stderr


# --- 10. smaller ones -----------------------------------------------------------------------------


def test_export_onto_a_file_and_for_excel(pdfs, tmp_path):
    db = tmp_path / "x.duckdb"
    ingest([pdfs["digital"]], db, NO_LEARN, workers=1)
    target = tmp_path / "out.csv"
    target.write_text("keep me")
    r = run("export", target, "--db", db)
    said = " ".join(r.stderr.split())
    assert r.returncode == 2 and "internal error" not in said and "is a file" in said
    assert target.read_text() == "keep me"
    assert run("export", tmp_path / "xl", "--db", db, "--excel").returncode == 0
    facts = (tmp_path / "xl" / "facts_current.csv").read_bytes()
    assert facts.startswith(b"\xef\xbb\xbf") and "Căn cước".encode() in facts
    assert not (tmp_path / "xl" / "facts_current.csv.tmp").exists()


def test_a_worker_counts_an_ingest_dead_but_not_yet_reaped_as_gone():
    """A killed ingest stays a zombie until whoever started it reaps it, which may wait for the worker's
    pipes to close: the worker must not wait for the zombie in turn."""
    from baocao.pipeline.page import _gone

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    for _ in range(600):  # until it has exited, unreaped (bounded)
        if psutil.Process(proc.pid).status() == psutil.STATUS_ZOMBIE:
            break
        time.sleep(0.05)
    assert _gone(proc.pid)
    proc.wait()
    assert _gone(proc.pid) and not _gone(os.getpid())
