"""The one writer to DuckDB: schema, migrations, and transactional writes of validated records.

Workers never touch the database; they return records and the parent process writes them here,
one page per transaction, so a killed worker or a Ctrl-C loses at most the pages in flight and
never leaves half a page behind.

DuckDB lets one process write a file and nobody else read it meanwhile, and an archive ingest runs
for hours while reviewers and analysts work. So the writer holds the file only for one unit of work
(a page, a document's extraction, a correction: each public method, or a `session()` grouping a
few) and lets go between units; whoever finds the file held waits and retries with backoff
(`connect`) instead of failing. One ingest at a time is kept by a lock file beside the database
(`ingest_lock`), which also tells the review page that an ingest is running.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
import fcntl
import functools
import json
import os
import random
import time
from importlib import resources
from pathlib import Path

import re
from collections import Counter

import duckdb
import pandas as pd

from baocao.core.vietnamese import WORD_RE, old_style_tones, strip_marks
from baocao.extractors.catalog import catalog
from baocao.extractors.document import DocTable

from baocao.core.errors import Conflict, UsageError
from baocao.pipeline.logs import make_folder
from baocao.schemas.records import (DocMeta, Document, ExtractionError, Fact, LegalReference, ModelStatus, PageResult, PageSource, TableCell,
                             Word)

# (version, SQL) in order; version 1 is schema.sql itself, which always holds the whole schema, so
# each later step must be a no-op on a database that schema.sql has just made.
MIGRATIONS: list[tuple[int, str]] = [
    (2, "ALTER TABLE table_cells ADD COLUMN IF NOT EXISTS raw VARCHAR;"
        "ALTER TABLE table_cells ADD COLUMN IF NOT EXISTS restore_conf DOUBLE;"),
    (3, "ALTER TABLE words ADD COLUMN IF NOT EXISTS alternatives VARCHAR;"),
    (4, "ALTER TABLE documents ADD COLUMN IF NOT EXISTS model_version VARCHAR;"
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS run_id INTEGER;"
        "CREATE TABLE IF NOT EXISTS runs (run_id INTEGER PRIMARY KEY, command VARCHAR NOT NULL, started_at TIMESTAMP NOT NULL,"
        " finished_at TIMESTAMP, baocao_version VARCHAR, model_version VARCHAR, extractors VARCHAR[], settings JSON,"
        " documents INTEGER, pages_read INTEGER, failed INTEGER, interrupted BOOLEAN);"),
    (5, "ALTER TABLE model_statuses ALTER COLUMN status DROP NOT NULL;"
        "ALTER TABLE model_statuses ADD COLUMN IF NOT EXISTS review_reason VARCHAR;"
        "ALTER TABLE model_statuses ADD COLUMN IF NOT EXISTS status_evidence VARCHAR;"
        "ALTER TABLE model_statuses ADD COLUMN IF NOT EXISTS raw_text VARCHAR;"
        "ALTER TABLE model_statuses ADD COLUMN IF NOT EXISTS restored_text VARCHAR;"),
    (6, "ALTER TABLE facts ADD COLUMN IF NOT EXISTS kind VARCHAR DEFAULT 'result';"
        "UPDATE facts SET kind = 'result' WHERE kind IS NULL;"
        "ALTER TABLE facts ADD COLUMN IF NOT EXISTS qualifier VARCHAR;"
        "ALTER TABLE facts ADD COLUMN IF NOT EXISTS subject VARCHAR;"
        "ALTER TABLE facts ADD COLUMN IF NOT EXISTS subject_kind VARCHAR;"
        "ALTER TABLE facts ADD COLUMN IF NOT EXISTS section VARCHAR;"
        "ALTER TABLE indicators ADD COLUMN IF NOT EXISTS kind VARCHAR;"
        "ALTER TABLE indicators ADD COLUMN IF NOT EXISTS rate VARCHAR;"),
    (7, "ALTER TABLE documents ADD COLUMN IF NOT EXISTS path_bytes BLOB;"),
    (8, "CREATE TABLE IF NOT EXISTS extraction_errors (doc_id VARCHAR NOT NULL, page_no INTEGER, "
        "extractor VARCHAR NOT NULL, error VARCHAR NOT NULL);"),
    (9, "ALTER TABLE facts ADD COLUMN IF NOT EXISTS denominator_unit VARCHAR;"),
    (10, "ALTER TABLE table_cells ADD COLUMN IF NOT EXISTS word_confs DOUBLE[];"),
]

WORD_COLUMNS = list(Word.model_fields)
CELL_COLUMNS = list(TableCell.model_fields)
CELL_SQL = ", ".join(f'"{c}"' for c in CELL_COLUMNS)  # "row" is a keyword
PAGE_COLUMNS = [c for c in PageResult.model_fields if c not in ("words", "tables")]
DOC_COLUMNS = list(Document.model_fields)


def fold(text: str) -> str:
    """Lower case without marks: what search compares ('Đề án' and 'de an' alike)."""
    return strip_marks(text).lower()


def term_counts(text: str) -> Counter[str]:
    return Counter(WORD_RE.findall(fold(text)) + re.findall(r"\d+(?:[./]\d+)*", text))


PAGE_CHUNK = 16  # pages read in one unit of work by document stages
LOCK_WAIT_S = float(os.environ.get("BAOCAO_LOCK_WAIT", "300"))


def connect(path: Path | str, read_only: bool, wait_s: float | None = None) -> Held:
    """A connection, waiting (jittered exponential backoff, 5 ms to 0.2 s) while another process
    holds the file; after `wait_s` (BAOCAO_LOCK_WAIT, 300 s) a clear error instead. It opens the
    file under the database's side lock, as Held closes it."""
    deadline = time.monotonic() + (LOCK_WAIT_S if wait_s is None else wait_s)
    delay = 0.005
    lock = _side_lock(path)
    try:
        while True:
            with _locked(lock):
                try:
                    return Held(duckdb.connect(str(path), read_only=read_only), lock)
                except duckdb.IOException as e:
                    if "lock" not in str(e).lower():
                        raise UsageError(f"cannot open database {path}: {e}") from e
                    if time.monotonic() > deadline:
                        raise UsageError(f"database {path} stayed busy (another process writes to it): {e}") from e
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 0.2)
    except BaseException:
        if lock is not None:
            os.close(lock)
        raise


def _side_lock(path: Path | str) -> int | None:
    """The descriptor of `{db}.lock`, or None where it can be neither made nor opened (a read-only archive)."""
    for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):
        try:
            return os.open(f"{path}.lock", flags | os.O_CLOEXEC, 0o644)
        except OSError:
            continue
    return None


@contextlib.contextmanager
def _locked(fd: int | None):
    """The side lock, for one opening or closing: held a few milliseconds (a closing's checkpoint, longer)."""
    if fd is None:
        yield
        return
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)  # (explicitly: a forked child may share the descriptor)


class Held:
    """A DuckDB connection opened and closed under `{db}.lock`. DuckDB's own file lock lets another
    process open the file while a closing one still checkpoints and removes its WAL: a commit made in
    that gap can vanish, and a file being created can be read half written (bench/handover.py counts
    both). Every baocao connection opens and closes under this lock, so no opening overlaps a
    closing; in between, DuckDB's own lock keeps writers apart as before. The rest is the DuckDB
    connection's."""

    def __init__(self, con: duckdb.DuckDBPyConnection, lock: int | None):
        self._con, self._lock = con, lock

    def __getattr__(self, name: str):
        return getattr(self._con, name)

    def close(self) -> None:
        try:
            with _locked(self._lock):
                self._con.close()
        finally:
            if self._lock is not None:
                os.close(self._lock)
            self._lock = None

    def __enter__(self) -> Held:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def generation(path: Path | str) -> tuple:
    """Which committed state the database file is in, from stat() alone: no opening, so no waiting
    for a writer, and no open()/close() of the file, which would drop this process's DuckDB locks on
    it (POSIX locks go with any descriptor's close). Every commit appends to the WAL and every
    checkpoint rewrites the file and empties the WAL, and an open-write-close unit takes far longer
    than a timestamp tick, so equal generations mean equal contents."""
    def state(p: str):
        try:
            st = os.stat(p)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)

    return (state(str(path)), state(f"{path}.wal"))


def _unit(fn):
    """A method that holds the database only while it runs (unless a session() is open)."""

    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        with self.session():
            return fn(self, *args, **kwargs)

    return wrapper


def ingest_lock_path(db: Path | str) -> Path:
    return Path(f"{db}.ingest.lock")


def ingest_running(db: Path | str) -> dict | None:
    """What the lock file of a running ingest says (pid, start), or None when no ingest holds it."""
    path = ingest_lock_path(db)
    try:
        with open(path, "r+") as f:
            try:
                fcntl.flock(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                return json.loads(f.read() or "{}") or {"pid": None}
            fcntl.flock(f, fcntl.LOCK_UN)
            return None
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def tone_placement(page: PageResult) -> PageResult:
    """Older and newer tone placement ('hoà, thuỷ, khoẻ' / 'hòa, thủy, khỏe') read the same way in
    every stage: restoration, extraction, search and the views all see the one spelling."""
    words = [w if (t := old_style_tones(w.text)) == w.text else w.model_copy(update={"text": t}) for w in page.words]
    return page.model_copy(update={"text": old_style_tones(page.text), "words": words})


def schema_sql() -> str:
    return resources.files("baocao.schemas").joinpath("schema.sql").read_text("utf-8")


class Store:
    def __init__(self, path: Path | str, wait_s: float | None = None, prepare: bool = True):
        """`prepare`: bring schema, catalog and views up to date (once per process is enough: the
        review server's writes skip it)."""
        self.path = Path(path).absolute()
        make_folder(self.path.parent)
        self.wait_s = wait_s
        self._con: duckdb.DuckDBPyConnection | None = None
        self._depth = 0
        if not prepare:
            return
        with self.session():
            self.migrate()
            self.sync_catalog()
            self.con.execute(resources.files("baocao.schemas").joinpath("views.sql").read_text("utf-8"))

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._con = connect(self.path, read_only=False, wait_s=self.wait_s)
        return self._con

    @contextlib.contextmanager
    def session(self):
        """Hold the database for the methods called inside; let it go at the end."""
        self._depth += 1
        try:
            yield self
        finally:
            self._depth -= 1
            if self._depth == 0:
                self.close()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    @contextlib.contextmanager
    def ingest_lock(self):
        """One ingest per database: a second one is refused at once with who holds it."""
        path = ingest_lock_path(self.path)
        f = open(path, "a+")
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.seek(0)
            held = f.read().strip()
            f.close()
            raise UsageError(f"another ingest is writing to {self.path} ({held or 'pid unknown'}); "
                             "wait for it to finish") from None  # fmt: skip
        try:
            f.seek(0)
            f.truncate()
            f.write(json.dumps({"pid": os.getpid(), "started": dt.datetime.now().isoformat(timespec="seconds")}))
            f.flush()
            yield
        finally:
            f.seek(0)
            f.truncate()
            fcntl.flock(f, fcntl.LOCK_UN)
            f.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @_unit
    def migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)")
        current = self.con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
        steps = [(1, schema_sql()), *MIGRATIONS]
        for version, sql in steps:
            if version > current:
                self.con.execute("BEGIN")
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version VALUES (?, now())", [version])
                self.con.execute("COMMIT")

    @_unit
    def sync_catalog(self) -> None:
        """The indicator catalog lives in schemas/indicators.yaml; the table mirrors it."""
        rows = [(i.id, i.name, i.units[0], list(i.units), i.cumulative, list(i.aliases), i.kind, i.rate)
                for i in catalog()]  # fmt: skip
        self.con.execute("BEGIN")
        self.con.execute("DELETE FROM indicators")
        self.con.executemany("INSERT INTO indicators (indicator_id, name, unit, units, cumulative, aliases, kind, rate) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        self.con.execute("COMMIT")

    # --- reads the orchestrator needs -------------------------------------------------------

    @_unit
    def document_status(self, doc_id: str) -> str | None:
        row = self.con.execute("SELECT status FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    @_unit
    def pages_done(self, doc_id: str) -> set[int]:
        rows = self.con.execute(
            "SELECT page_no FROM pages WHERE doc_id = ? AND source <> ?", [doc_id, PageSource.failed.value]
        ).fetchall()
        return {r[0] for r in rows}

    @_unit
    def page_errors(self, doc_id: str) -> list[tuple[int, str]]:
        return self.con.execute(
            "SELECT page_no, error FROM pages WHERE doc_id = ? AND error IS NOT NULL ORDER BY page_no", [doc_id]
        ).fetchall()

    @_unit
    def extraction_errors(self, doc_id: str) -> list[tuple[int | None, str, str]]:
        """(page, extractor, error) of what the extractors could not do in a document."""
        return self.con.execute("SELECT page_no, extractor, error FROM extraction_errors WHERE doc_id = ? "
                                "ORDER BY page_no NULLS FIRST, extractor", [doc_id]).fetchall()  # fmt: skip

    @_unit
    def documents_with_pages(self) -> list[tuple[str, str]]:
        return self.con.execute(
            "SELECT doc_id, path FROM documents WHERE doc_id IN (SELECT doc_id FROM pages) ORDER BY path"
        ).fetchall()

    @_unit
    def page_numbers(self, doc_id: str) -> list[int]:
        rows = self.con.execute("SELECT page_no FROM pages WHERE doc_id = ? ORDER BY page_no", [doc_id]).fetchall()
        return [r[0] for r in rows]

    @_unit
    def load_page(self, doc_id: str, page_no: int) -> PageResult:
        """One stored page with its words: document stages read pages one at a time."""
        row = self.con.execute(
            f"SELECT {', '.join(PAGE_COLUMNS)} FROM pages WHERE doc_id = ? AND page_no = ?", [doc_id, page_no]
        ).fetchone()
        words = self.con.execute(
            f"SELECT {', '.join(WORD_COLUMNS)} FROM words WHERE doc_id = ? AND page_no = ? ORDER BY word_no",
            [doc_id, page_no],
        ).fetchall()
        return PageResult(**dict(zip(PAGE_COLUMNS, row, strict=True)),
                          words=[Word(**dict(zip(WORD_COLUMNS, w, strict=True))) for w in words])  # fmt: skip

    @_unit
    def _page_rows(self, doc_id: str, page_nos: list[int]) -> tuple[list[tuple], list[tuple]]:
        rows = self.con.execute(f"SELECT {', '.join(PAGE_COLUMNS)} FROM pages WHERE doc_id = ? AND page_no IN "
                                "(SELECT unnest(?))", [doc_id, page_nos]).fetchall()  # fmt: skip
        words = self.con.execute(f"SELECT page_no, {', '.join(WORD_COLUMNS)} FROM words WHERE doc_id = ? AND page_no IN "
                                 "(SELECT unnest(?)) ORDER BY page_no, word_no", [doc_id, page_nos]).fetchall()  # fmt: skip
        return rows, words

    def load_pages(self, doc_id: str, page_nos: list[int]) -> list[PageResult]:
        """Several pages in two queries, not two a page, and the records built after the file is let
        go: the unit of work (the time the ingest holds the file) stays short."""
        if not page_nos:
            return []
        rows, words = self._page_rows(doc_id, page_nos)
        by_page: dict[int, list[Word]] = {}
        for w in words:
            by_page.setdefault(w[0], []).append(Word(**dict(zip(WORD_COLUMNS, w[1:], strict=True))))
        pages = {r[PAGE_COLUMNS.index("page_no")]: r for r in rows}
        missing = [n for n in page_nos if n not in pages]
        if missing:  # as load_page would: a page asked for that is not stored
            raise KeyError(f"page {missing[0]} of {doc_id} is not stored")
        return [PageResult(**dict(zip(PAGE_COLUMNS, pages[n], strict=True)), words=by_page.get(n, []))
                for n in page_nos]  # fmt: skip

    def iter_pages(self, doc_id: str):
        """The pages in order, PAGE_CHUNK per unit of work: memory stays flat, and a long document
        does not open the database once a page."""
        nums = self.page_numbers(doc_id)
        for i in range(0, len(nums), PAGE_CHUNK):
            yield from self.load_pages(doc_id, nums[i : i + PAGE_CHUNK])

    def index_pages(self, doc_id: str):
        """iter_pages, writing each chunk's search index in the unit of work that read it."""
        nums = self.page_numbers(doc_id)
        for i in range(0, len(nums), PAGE_CHUNK):
            with self.session():
                pages = self.load_pages(doc_id, nums[i : i + PAGE_CHUNK])
                for page in pages:
                    self.write_search_index(doc_id, page.page_no, page.text)
            yield from pages

    def page_loader(self, doc_id: str, keep: int = 4) -> Callable[[int], PageResult]:
        """load(page_no) for readers that go over the pages again and again (the extractors): pages
        come PAGE_CHUNK at a time in one unit of work, aligned, and the last `keep` chunks are kept
        (extractors go back and forth; memory stays bounded by keep * PAGE_CHUNK pages)."""
        nums = self.page_numbers(doc_id)
        chunks: dict[int, dict[int, PageResult]] = {}  # chunk start -> pages, oldest first

        def load(n: int) -> PageResult:
            if n not in nums:
                return self.load_page(doc_id, n)
            start = nums.index(n) // PAGE_CHUNK * PAGE_CHUNK
            if start not in chunks:
                if len(chunks) >= keep:
                    chunks.pop(next(iter(chunks)))
                chunks[start] = {p.page_no: p for p in self.load_pages(doc_id, nums[start : start + PAGE_CHUNK])}
            return chunks[start][n]

        return load

    # --- writes -------------------------------------------------------------------------------

    @_unit
    def upsert_document(self, doc: Document) -> None:
        """Insert or replace a document's row. Pages already stored are kept."""
        doc = Document.model_validate(doc.model_dump())
        values = [getattr(doc, c).value if c == "status" else getattr(doc, c) for c in DOC_COLUMNS]
        cols = ", ".join(DOC_COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in DOC_COLUMNS if c != "doc_id")
        self.con.execute(
            f"INSERT INTO documents ({cols}) VALUES ({', '.join('?' * len(DOC_COLUMNS))}) "
            f"ON CONFLICT (doc_id) DO UPDATE SET {updates}",
            values,
        )

    @_unit
    def start_run(self, command: str, model_version: str, extractors: list[str], settings: str) -> int:
        """Record a run before it reads anything, so even a killed run leaves its trace."""
        from importlib.metadata import PackageNotFoundError, version

        try:
            ours = version("baocao")
        except PackageNotFoundError:
            ours = None
        run_id = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()[0]
        self.con.execute("INSERT INTO runs (run_id, command, started_at, baocao_version, model_version, extractors, settings)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [run_id, command, dt.datetime.now(), ours, model_version, extractors, settings])  # fmt: skip
        return run_id

    @_unit
    def end_run(self, run_id: int, documents: int, pages_read: int, failed: int, interrupted: bool) -> None:
        self.con.execute("UPDATE runs SET finished_at = ?, documents = ?, pages_read = ?, failed = ?, interrupted = ? "
                         "WHERE run_id = ?", [dt.datetime.now(), documents, pages_read, failed, interrupted, run_id])  # fmt: skip

    @_unit
    def mark_read_by(self, doc_id: str, run_id: int, model_version: str | None) -> None:
        self.con.execute("UPDATE documents SET run_id = ?, model_version = coalesce(?, model_version) WHERE doc_id = ?",
                         [run_id, model_version, doc_id])  # fmt: skip

    @_unit
    def set_status(self, doc_id: str, status: str, error: str | None, n_pages: int | None = None) -> None:
        self.con.execute(
            "UPDATE documents SET status = ?, error = ?, n_pages = coalesce(?, n_pages), ingested_at = ? "
            "WHERE doc_id = ?",
            [status, error, n_pages, dt.datetime.now(), doc_id],
        )

    @_unit
    def write_page(self, page: PageResult, with_tables: bool = True) -> None:
        """Replace one page and its words (and its tables, unless a document stage is only rewriting
        the text) in one transaction. The text every later stage reads has its tones placed one way
        (tone_placement); `raw_text` and each word's `raw` keep what the page printed."""
        page = PageResult.model_validate(tone_placement(page).model_dump())
        key = [page.doc_id, page.page_no]
        self.con.execute("BEGIN")
        try:
            if with_tables:
                self._write_tables(page)
            self.con.execute("DELETE FROM words WHERE doc_id = ? AND page_no = ?", key)
            self.con.execute("DELETE FROM pages WHERE doc_id = ? AND page_no = ?", key)
            row = page.model_dump(include=set(PAGE_COLUMNS), mode="json")
            self.con.execute(
                f"INSERT INTO pages ({', '.join(PAGE_COLUMNS)}) VALUES ({', '.join('?' * len(PAGE_COLUMNS))})",
                [row[c] for c in PAGE_COLUMNS],
            )
            if page.words:
                frame = pd.DataFrame([w.model_dump() for w in page.words], columns=WORD_COLUMNS)  # noqa: F841
                self.con.execute(f"INSERT INTO words ({', '.join(WORD_COLUMNS)}) SELECT * FROM frame")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _write_tables(self, page: PageResult) -> None:
        key = [page.doc_id, page.page_no]
        self.con.execute("DELETE FROM table_cells WHERE doc_id = ? AND page_no = ?", key)
        self.con.execute("DELETE FROM tables WHERE doc_id = ? AND page_no = ?", key)
        for t in page.tables:
            tid = f"{page.doc_id}-{page.page_no:04d}-{t.table_no}"
            self.con.execute("INSERT INTO tables VALUES (?, ?, ?, ?, ?, ?)",
                             [page.doc_id, tid, page.page_no, t.title, t.n_rows, t.n_cols])  # fmt: skip
            for c in t.cells:
                self.con.execute(
                    f"INSERT INTO table_cells (doc_id, table_id, page_no, {CELL_SQL}) "
                    f"VALUES (?, ?, ?, {', '.join('?' * len(CELL_COLUMNS))})",
                    [page.doc_id, tid, page.page_no, *(getattr(c, k) for k in CELL_COLUMNS)],
                )  # fmt: skip

    def iter_tables(self, doc_id: str):
        """(table, how the page it starts on was read) for each table of a document."""
        yield from self._tables(doc_id)

    @_unit
    def _tables(self, doc_id: str) -> list[tuple[DocTable, PageSource]]:
        out = []
        tables = self.con.execute(
            "SELECT t.table_id, t.title, p.source FROM tables t JOIN pages p USING (doc_id, page_no) "
            "WHERE t.doc_id = ? ORDER BY t.table_id", [doc_id]).fetchall()  # fmt: skip
        for table_id, title, source in tables:
            rows = self.con.execute(
                f'SELECT page_no, {CELL_SQL} FROM table_cells WHERE doc_id = ? AND table_id = ? ORDER BY "row", col',
                [doc_id, table_id]).fetchall()  # fmt: skip
            cells = [TableCell(**dict(zip(CELL_COLUMNS, r[1:], strict=True))) for r in rows]
            out.append((DocTable(table_id, title, cells, [r[0] for r in rows]), PageSource(source)))
        return out

    @_unit
    def update_cells(self, doc_id: str, table_id: str, cells: list[TableCell]) -> None:
        """Rewrite the text of cells in place (restoration), keeping their place in the table."""
        self.con.executemany(
            'UPDATE table_cells SET text = ?, raw = ?, restore_conf = ?, review_reason = ? '
            'WHERE doc_id = ? AND table_id = ? AND "row" = ? AND col = ?',
            [[c.text, c.raw, c.restore_conf, c.review_reason, doc_id, table_id, c.row, c.col] for c in cells])  # fmt: skip

    @_unit
    def join_continued_tables(self, doc_id: str) -> int:
        """A table that goes on at the top of the next page (its top in the page's first quarter, by
        the page's own stored height), untitled and with as many columns, is the same table: its rows
        are appended to the first one's. Returns how many were joined."""
        tables = self.con.execute(
            "SELECT t.table_id, t.page_no, t.title, t.n_rows, t.n_cols, min(c.y0) / nullif(any_value(p.height), 0) "
            "FROM tables t JOIN table_cells c USING (doc_id, table_id) JOIN pages p ON p.doc_id = t.doc_id AND p.page_no = t.page_no "
            "WHERE t.doc_id = ? GROUP BY ALL ORDER BY t.page_no, t.table_id",
            [doc_id],
        ).fetchall()
        joined = 0
        self.con.execute("BEGIN")
        try:
            prev = None
            for tid, page, title, n_rows, n_cols, top in tables:
                if prev and page == prev[1] + 1 and title is None and n_cols == prev[4] and top is not None and top < 0.25:
                    self.con.execute('UPDATE table_cells SET table_id = ?, "row" = "row" + ? WHERE doc_id = ? AND table_id = ?',
                                     [prev[0], prev[3], doc_id, tid])  # fmt: skip
                    self.con.execute("UPDATE tables SET n_rows = n_rows + ? WHERE doc_id = ? AND table_id = ?",
                                     [n_rows, doc_id, prev[0]])  # fmt: skip
                    self.con.execute("DELETE FROM tables WHERE doc_id = ? AND table_id = ?", [doc_id, tid])
                    prev = (prev[0], page, prev[2], prev[3] + n_rows, prev[4])
                    joined += 1
                else:
                    prev = (tid, page, title, n_rows, n_cols)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return joined

    @_unit
    def write_extraction(self, doc_id: str, ex) -> None:
        """Replace what the extractors found in one document, in one transaction."""
        meta = DocMeta.model_validate(ex.meta.model_dump())
        self.con.execute("BEGIN")
        try:
            for table in ("facts", "model_statuses", "legal_references", "extraction_errors"):
                self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
            for table, model, records in (("facts", Fact, ex.facts), ("model_statuses", ModelStatus, ex.models),
                                          ("legal_references", LegalReference, ex.references),
                                          ("extraction_errors", ExtractionError, ex.errors)):  # fmt: skip
                self._insert(table, model, records)
            cols = list(DocMeta.model_fields)
            self.con.execute(
                f"UPDATE documents SET {', '.join(f'{c} = ?' for c in cols)} WHERE doc_id = ?",
                [getattr(meta, c) for c in cols] + [doc_id],
            )
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    @_unit
    def write_search_index(self, doc_id: str, page_no: int, text: str) -> None:
        """Marks-folded term counts of one page, for `baocao search`."""
        rows = [(doc_id, page_no, term, n) for term, n in term_counts(text).items()]
        self.con.execute("BEGIN")
        try:
            self.con.execute("DELETE FROM page_terms WHERE doc_id = ? AND page_no = ?", [doc_id, page_no])
            if rows:
                frame = pd.DataFrame(rows, columns=["doc_id", "page_no", "term", "tf"])  # noqa: F841
                self.con.execute("INSERT INTO page_terms SELECT * FROM frame")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _insert(self, table: str, model, records: list) -> None:
        if not records:
            return
        cols = list(model.model_fields)
        rows = [model.model_validate(r.model_dump()).model_dump(mode="json") for r in records]
        frame = pd.DataFrame(rows, columns=cols)  # noqa: F841 - read by DuckDB below
        self.con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT * FROM frame")

    @_unit
    def add_correction(self, target_table: str, target_id: str, action: str, reviewer: str,
                       changes: dict[str, tuple[str | None, str | None]], expected_version: int,
                       note: str | None = None) -> int:  # fmt: skip
        """Append a reviewer's verdict. `changes` maps field -> (old, new). Refused with Conflict when
        someone saved this item since the reviewer loaded it (`expected_version` corrections ago)."""
        return self.add_corrections(target_table, {target_id: changes}, action, reviewer, expected_version, note)

    @_unit
    def add_corrections(self, target_table: str, targets: dict[str, dict[str, tuple[str | None, str | None]]],
                        action: str, reviewer: str, expected_version: int, note: str | None = None) -> int:  # fmt: skip
        """One verdict on several targets at once (a misreading repeated across a document), in one
        transaction, one row per target in the audit trail. `expected_version` is the targets'
        corrections counted together: if anyone saved any of them since, the whole is refused."""
        if action not in ("approve", "correct", "reject"):
            raise UsageError(f"unknown review action {action!r}")
        self.con.execute("BEGIN")
        try:
            version = self.con.execute(
                "SELECT count(*) FROM corrections WHERE target_table = ? AND target_id IN (SELECT unnest(?))",
                [target_table, list(targets)]).fetchone()[0]  # fmt: skip
            if version != expected_version:
                raise Conflict(f"this item was changed by someone else since you opened it ({version - expected_version}"
                               " newer correction); reload to see it")  # fmt: skip
            added = 0
            for target_id, changes in targets.items():
                rows = [(f, old, new) for f, (old, new) in changes.items()] if action == "correct" else [("*", None, None)]
                for field, old, new in rows:
                    self.con.execute(
                        "INSERT INTO corrections (target_table, target_id, field, old_value, new_value, action, reviewer,"
                        " note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [target_table, target_id, field, old, new, action, reviewer, note])  # fmt: skip
                    added += 1
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return version + added

    @_unit
    def relocate(self, found: dict[str, Path]) -> list[tuple[str, str, str]]:
        """Point documents at where their files are now: `found` maps SHA-256 to a path. Returns
        (doc_id, old path, new path) of those that moved."""
        moved = []
        self.con.execute("BEGIN")
        try:
            for doc_id, sha, old in self.con.execute("SELECT doc_id, sha256, path FROM documents").fetchall():
                new = found.get(sha)
                if new is None:
                    continue
                shown = os.fsencode(new).decode("utf-8", "backslashreplace")
                if shown != old:
                    self.con.execute("UPDATE documents SET path = ?, path_bytes = ? WHERE doc_id = ?",
                                     [shown, os.fsencode(new), doc_id])  # fmt: skip
                    moved.append((doc_id, old, shown))
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return moved

    @_unit
    def summary(self) -> dict:
        docs = self.con.execute("SELECT status, count(*) FROM documents GROUP BY status ORDER BY status").fetchall()
        pages = self.con.execute(
            "SELECT source, layer_verdict, count(*) FROM pages GROUP BY ALL ORDER BY ALL"
        ).fetchall()
        per_doc = self.con.execute(
            "SELECT regexp_extract(d.path, '[^/]+$'), d.status, d.so_hieu, d.province, d.period_label, d.n_pages, "
            "(SELECT count(*) FROM facts f WHERE f.doc_id = d.doc_id), "
            "(SELECT count(*) FROM facts f WHERE f.doc_id = d.doc_id AND f.review_status = 'needs_review'), "
            "(SELECT count(*) FROM model_statuses m WHERE m.doc_id = d.doc_id) "
            "FROM documents d ORDER BY d.path"
        ).fetchall()
        failed = self.con.execute(
            "SELECT path, error FROM documents WHERE status IN ('failed', 'partial') ORDER BY path"
        ).fetchall()
        return {"documents": dict(docs), "pages": pages, "failed": failed, "per_doc": per_doc}
