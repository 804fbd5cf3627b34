"""The command line as a new user meets it: output cut short by `head`, messages read from a log
file, and bad PDFs whose message must not depend on the file read before them."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import badfiles
from dbutil import rows

BAOCAO = str(Path(sys.executable).parent / "baocao")


def into_closed_pipe(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run baocao with stdout a pipe whose reader is already gone: what `| head -1` amounts to once
    head has its line. Closing the reader first makes the broken pipe certain, not a race."""
    r, w = os.pipe()
    os.close(r)
    try:
        return subprocess.run([BAOCAO, *args], stdout=w, stderr=subprocess.PIPE, input=stdin, text=True, timeout=None)
    finally:
        os.close(w)


@pytest.mark.parametrize("args", [["--help"], ["ingest", "--help"], ["trend", "--help"], ["diacritics", "train", "--help"]])
def test_help_cut_short_by_head_exits_as_unix_tools_do(args):
    proc = into_closed_pipe(*args)
    assert proc.returncode == 141, proc.stderr  # 128 + SIGPIPE, as the shell shows for `seq 1 1000000 | head -1`
    assert proc.stderr == ""


def test_restore_cut_short_by_head_is_quiet():
    proc = into_closed_pipe("restore", "--mode", "stripped", stdin="Bao cao ket qua thuc hien nam 2025\n" * 50)
    assert proc.returncode == 141 and proc.stderr == ""


def test_help_read_whole_still_exits_0(tmp_path):
    proc = subprocess.run([BAOCAO, "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "ingest" in proc.stdout


def test_an_ingest_whose_reader_left_loses_nothing_when_run_again(tmp_path):
    bad = badfiles.make(tmp_path / "in")
    db = tmp_path / "p.duckdb"
    files = [str(bad["old_tones"]), str(bad["new_tones"]), str(bad["empty"])]
    cut = into_closed_pipe("ingest", *files, "--db", str(db), "--json", "--no-learn")
    assert cut.returncode == 141 and cut.stderr == ""
    again = subprocess.run([BAOCAO, "ingest", *files, "--db", str(db), "--no-learn"], capture_output=True, text=True)
    assert again.returncode == 6, again.stderr  # the empty file failed, the others are stored
    docs = rows(db, "SELECT status, count(*) FROM documents GROUP BY ALL ORDER BY 1")
    assert docs == [("failed", 1), ("ok", 2)]
    assert rows(db, "SELECT count(*), count(DISTINCT (doc_id, page_no)) FROM pages") == [(2, 2)]


def test_an_error_message_stays_on_one_line_in_a_log(tmp_path):
    """Piped to a file, rich wrapped messages at 80 columns, cutting a path or an option in two."""
    db = tmp_path / ("a folder with a rather long name for an archive of reports" + "x" * 30) / "none.duckdb"
    proc = subprocess.run([BAOCAO, "trend", "the can cuoc", "--db", str(db)], capture_output=True, text=True)
    assert proc.returncode == 2
    [line] = proc.stderr.strip().splitlines()
    assert str(db) in line and "run `baocao ingest PATH --db" in line


def test_a_pdf_without_pages_is_named_so_whatever_was_read_before(tmp_path):
    """PDFium's last error is per process and stale: a zero-page PDF read after a truncated one was
    reported as 'corrupt or truncated (Data format error)'."""
    bad = badfiles.make(tmp_path / "in")
    db = tmp_path / "z.duckdb"
    proc = subprocess.run([BAOCAO, "ingest", str(bad["truncated"]), str(bad["zero"]), "--db", str(db), "--no-learn",
                           "--workers", "1"], capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 4, proc.stderr
    status = {Path(p).name: (s, e) for p, s, e in rows(db, "SELECT path, status, error FROM documents")}
    assert status["zero.pdf"] == ("failed", "PDF has no pages")
    assert status["truncated.pdf"][0] == "failed" and "truncated" in status["truncated.pdf"][1]
    assert "zero.pdf: PDF has no pages" in proc.stdout + proc.stderr


def test_training_names_each_unreadable_file_and_learns_the_others(tmp_path):
    """Before: the first bad PDF stopped the training with 'error: empty file (0 bytes)', naming no
    file, and exit 5, a code the README does not list."""
    bad = badfiles.make(tmp_path / "in")
    good = tmp_path / "good.txt"
    good.write_text("Đoàn công tác đã làm việc tại xã Mạ Đà, thôn Tà Vân về kết quả cấp thẻ Căn cước. " * 3)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"B\xe1o c\xe1o 2016\n")  # Latin-1: not UTF-8
    proc = subprocess.run([BAOCAO, "diacritics", "train", str(bad["empty"]), str(good), str(latin),
                           "--model-dir", str(tmp_path / "model")], capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 6, proc.stderr  # some inputs failed, the rest was learned
    assert "learned 1 documents" in proc.stdout
    assert f"{bad['empty']}: empty file (0 bytes)" in proc.stderr
    assert f"{latin}: not UTF-8 text" in proc.stderr and "Traceback" not in proc.stderr
    only_bad = subprocess.run([BAOCAO, "diacritics", "train", str(bad["text"]), "--model-dir", str(tmp_path / "m2")],
                              capture_output=True, text=True)  # fmt: skip
    assert only_bad.returncode == 4 and "text.pdf: not a PDF" in only_bad.stderr


def test_a_review_port_in_use_is_a_usage_error_naming_it(tmp_path):
    """Before: 'review page: http://127.0.0.1:P/' (another server's page), uvicorn's bind error, exit 3
    ('missing dependency')."""
    bad = badfiles.make(tmp_path / "in")
    db = tmp_path / "r.duckdb"
    subprocess.run([BAOCAO, "ingest", str(bad["new_tones"]), "--db", str(db), "--no-learn"], capture_output=True, check=True)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = subprocess.run([BAOCAO, "review", "--db", str(db), "--port", str(port)], capture_output=True, text=True,
                              env={**os.environ, "BAOCAO_REVIEW_TOKEN": "a-token-of-twenty-chars"})  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert f"cannot listen on http://127.0.0.1:{port}/" in proc.stderr and "review page:" not in proc.stderr


def test_a_wrong_password_reads_as_a_sentence(tmp_path):
    bad = badfiles.make(tmp_path / "in")
    db = tmp_path / "w.duckdb"
    proc = subprocess.run([BAOCAO, "ingest", str(bad["locked"]), "--password", "nope", "--db", str(db), "--no-learn"],
                          capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 4
    assert "locked.pdf: wrong password for this PDF (--password)" in proc.stdout + proc.stderr  # was 'PDF is wrong password'


def test_a_database_folder_that_cannot_be_made_is_a_usage_error(tmp_path):
    """Before: 'internal error: FileNotFoundError' (or NotADirectoryError), exit 1, as if a bug of ours."""
    bad = badfiles.make(tmp_path / "in")
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder\n")
    db = blocker / "out" / "b.duckdb"
    proc = subprocess.run([BAOCAO, "ingest", str(bad["new_tones"]), "--db", str(db), "--no-learn"],
                          capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert f"cannot create the folder {blocker / 'out'}" in proc.stderr and "internal error" not in proc.stderr


def test_a_reviewer_added_again_is_told_the_old_token_stops_working(tmp_path):
    """Before: the second `reviewers add` silently replaced the first token, locking its holder out."""
    bad = badfiles.make(tmp_path / "in")
    db = tmp_path / "r.duckdb"
    subprocess.run([BAOCAO, "ingest", str(bad["new_tones"]), "--db", str(db), "--no-learn"], capture_output=True, check=True)
    first = subprocess.run([BAOCAO, "reviewers", "add", "Lan", "--db", str(db)], capture_output=True, text=True)
    assert first.returncode == 0 and "replaces" not in first.stderr
    again = subprocess.run([BAOCAO, "reviewers", "add", "Lan", "--db", str(db)], capture_output=True, text=True)
    assert again.returncode == 0 and again.stdout.strip() != first.stdout.strip()
    assert "it replaces their earlier token, which no longer logs in" in again.stderr


def test_a_search_hit_is_one_line_when_piped(tmp_path):
    """Before: piped output was wrapped at 160 columns, so a snippet ran over two lines and grep saw half."""
    bad = badfiles.make(tmp_path / "in")
    db = tmp_path / "s.duckdb"
    subprocess.run([BAOCAO, "ingest", str(bad["new_tones"]), "--db", str(db), "--no-learn"], capture_output=True, check=True)
    proc = subprocess.run([BAOCAO, "search", "hoa giai", "--db", str(db)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    snippets = proc.stdout.splitlines()[1::2]
    assert snippets and all(line.startswith("   ") for line in snippets)
    assert len(proc.stdout.splitlines()) == 2 * len(snippets)  # a heading and one snippet line per hit
    assert any(len(line) > 160 for line in snippets)  # the snippet is longer than the old wrap
