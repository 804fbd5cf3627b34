"""Orchestrate a batch: find PDFs, skip what is stored, run pages in parallel, write as they finish.

`ingest` at the top reads as the flow of DESIGN.md; the helpers below it do one step each.
A document is known by the SHA-256 of its bytes. Pages already stored are not read again, so the
same command after a crash or Ctrl-C continues where it stopped. One bad file is recorded as a
failed document with a readable error and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from baocao.pipeline import engine, tesseract
from baocao.core.errors import BadInput, MissingDependency, UsageError
from baocao.pipeline.page import failed_result, init_worker, process_page
from baocao.pipeline.probe import open_pdf, probe_page
from baocao.diacritics.build import add_user_text, build, model_dir, model_version
from baocao.diacritics.restore import DocumentCache
from baocao.extractors.document import DocText
from baocao.extractors.registry import DEFAULT, extract
from baocao.pipeline.restore import restore_document, restore_tables
from baocao.pipeline.searchable import write_searchable_pdf
from baocao.pipeline.store import Store
from baocao.schemas.records import DocStatus, Document, LayerVerdict, PageJob, PageResult, PageSource, Settings

log = logging.getLogger("baocao.ingest")


@dataclass
class DocPlan:
    doc: Document
    todo: list[int]
    source: Path | None = None
    left: int = 0  # pages still in flight


@dataclass(frozen=True)
class RunContext:
    """What every document of one run shares: the store, options, and where events go."""

    store: Store
    settings: Settings
    password: str | None
    emit: Callable[[str, dict], None]
    run_id: int
    model_version: str


@dataclass
class IngestReport:
    documents: int = 0
    skipped: int = 0
    pages_read: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, error)
    interrupted: bool = False
    ok: int = 0  # documents of this batch stored whole (already stored ones count too)
    learned: int = 0  # clean digital documents added to the diacritics model's training text


def ingest(
    paths: list[Path],
    db: Path,
    settings: Settings = Settings(),
    workers: int | None = None,
    password: str | None = None,
    on_event: Callable[[str, dict], None] | None = None,
    executor_factory: Callable[[], Executor] | None = None,
) -> IngestReport:
    """Ingest PDFs into `db`. Events: doc_planned, page_done, doc_done, doc_failed (for progress).

    probe → rasterize → clean → OCR → tables, a page per worker (pipeline/page.py); then, once all of
    a document's pages are stored: restore marks → extract → search index → searchable PDF."""
    emit = on_event or (lambda kind, data: None)
    engine.load(settings.engine).check(settings.languages)  # Tesseract 5 with vie, or MissingDependency + apt line
    tesseract.pin_threads()  # one thread per process: pages run in parallel instead
    workers = workers or os.cpu_count() or 1
    report = IngestReport()
    with Store(db) as store, store.ingest_lock():
        version = model_version()  # hashes the LM file when it has no manifest: once per run
        run_id = store.start_run("ingest", version, list(DEFAULT), settings.model_dump_json())
        ctx = RunContext(store, settings, password, emit, run_id, version)
        plans = plan_batch(ctx, discover(paths), report)
        jobs = [PageJob(doc_id=p.doc.doc_id, path=p.source, page_no=n, settings=settings, password=password)
                for p in plans.values() for n in p.todo]  # fmt: skip
        for plan in plans.values():
            if plan.left == 0:  # every page stored by an earlier run that stopped before the end
                finish(ctx, plan, report)
        try:
            for batch in read_pages(executor_factory or local_executor(workers), jobs, window=3 * workers):
                with store.session():  # pages that finished together: one unit of work, one opening
                    for result in batch:
                        store.write_page(result)
                for result in batch:
                    report.pages_read += 1
                    emit("page_done", {"doc_id": result.doc_id, "page": result.page_no,
                                       "source": result.source.value, "error": result.error})  # fmt: skip
                    plan = plans[result.doc_id]
                    plan.left -= 1
                    if plan.left == 0:
                        finish(ctx, plan, report)
        except KeyboardInterrupt:
            report.interrupted = True
        store.end_run(run_id, report.documents, report.pages_read, len(report.failed), report.interrupted)
    if report.learned:  # asked for with --learn: the learned model, never the shipped one
        emit("model_update", {"documents": report.learned})
        build(verbose=False, into=model_dir())
    return report


def plan_batch(ctx: RunContext, files: Iterable[Path], report: IngestReport) -> dict[str, DocPlan]:
    """Register each document and list its pages still to read; bad files are recorded, not raised."""
    plans: dict[str, DocPlan] = {}
    for path in files:
        try:
            plan = plan_document(ctx.store, path, ctx.password)
        except BadInput as e:
            report.failed.append((display_path(path), str(e)))
            ctx.emit("doc_failed", {"path": display_path(path), "error": str(e)})
            continue
        if plan is None or plan.doc.doc_id in plans:
            report.skipped += 1
            report.ok += plan is None
            continue
        report.documents += 1
        if plan.doc.status is DocStatus.failed:
            report.failed.append((plan.doc.path, plan.doc.error or ""))
            ctx.emit("doc_failed", {"path": plan.doc.path, "error": plan.doc.error})
            continue
        plan.left = len(plan.todo)
        plans[plan.doc.doc_id] = plan
        ctx.emit("doc_planned", {"path": plan.doc.path, "pages": len(plan.todo), "n_pages": plan.doc.n_pages})
    return plans


def read_pages(executor_factory: Callable[[], Executor], jobs: list[PageJob],
               window: int) -> Iterator[list[PageResult]]:  # fmt: skip
    """Results as pages finish, those that finished together in one list (stored in one unit of
    work), at most `window` in flight; a crashed worker fails its pages, not the batch. The window is
    kept full while the caller works on a list, so one document's last stages run while the workers
    read the next document's pages."""
    pending = iter(jobs)
    executor = executor_factory()
    inflight: dict[Future, PageJob] = {}
    died = "worker process died (out of memory? try --workers 1)"

    def top_up() -> None:
        with _interrupt_after():  # a submit may be asking the fork server for a worker
            while len(inflight) < window and (job := next(pending, None)) is not None:
                inflight[executor.submit(process_page, job)] = job

    finished = False
    try:
        while True:
            top_up()
            if not inflight:
                finished = True
                break
            done, _ = wait(inflight, return_when=FIRST_COMPLETED)
            ready, broken = [], False
            for fut in done:
                job = inflight.pop(fut)
                try:
                    ready.append(fut.result())
                except BrokenProcessPool:
                    broken = True
                    ready.append(failed_result(job, died))
                except Exception as e:  # the executor itself failed this job
                    ready.append(failed_result(job, f"{type(e).__name__}: {e}"))
            if broken:
                ready += [failed_result(job, died) for job in inflight.values()]
                inflight.clear()
                _shutdown(executor)
                executor = executor_factory()
            # the workers get their next pages before the caller spends time on these results (a
            # document's last page starts its marks check and extraction here, in this process)
            top_up()
            yield ready
    finally:
        # stopped early (Ctrl-C, an error in the caller): the pages in flight have nobody to take them
        # and the next run reads them again, so the workers are stopped rather than waited for
        _shutdown(executor, kill=not finished)


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """PDFs under folders (recursively, sorted), and every file named explicitly, as absolute paths
    (workers on other machines, and the review page run from another folder, open them again). A
    named path that exists but cannot be followed (a symlink loop) is yielded: it fails as a document."""
    for p in paths:
        p = Path(os.path.abspath(p))
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() == ".pdf")
        elif p.exists() or os.path.lexists(p):
            yield p
        else:
            raise UsageError(f"no such file or folder: {display_path(p)}")


def discover_text(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None, str | None]]:
    """(path, text, None) of .txt files and of PDFs' text layers, for training; (path, None, why) for
    one that cannot be read, so that one bad file among many costs only itself."""
    for p in paths:
        files = sorted(f for f in p.rglob("*") if f.suffix.lower() in (".txt", ".pdf")) if p.is_dir() else [p]
        for f in files:
            if not f.exists():
                raise UsageError(f"no such file or folder: {f}")
            if f.suffix.lower() == ".pdf":
                try:
                    pdf = open_pdf(f)
                except BadInput as e:
                    yield f, None, str(e)
                    continue
                try:
                    yield f, "\n".join(probe_page(pdf, n).text for n in range(1, len(pdf) + 1)), None
                finally:
                    pdf.close()
            else:
                try:
                    yield f, f.read_text("utf-8"), None
                except UnicodeDecodeError as e:
                    yield f, None, f"not UTF-8 text (byte {e.start}); convert it first, e.g. with iconv"
                except OSError as e:
                    yield f, None, f"cannot read it: {e.strerror}"


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def display_path(path: Path) -> str:
    """A path that prints and stores even when the file name is not valid UTF-8."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def plan_document(store: Store, path: Path, password: str | None) -> DocPlan | None:
    """Register a document and list its pages still to read; None when nothing is left to do."""
    try:
        sha = sha256_of(path)
    except OSError as e:
        raise BadInput(f"{display_path(path)}: cannot read ({e.strerror})") from e
    doc_id = sha[:16]
    status = store.document_status(doc_id)
    if status == DocStatus.ok.value:
        return None
    base = dict(doc_id=doc_id, path=display_path(path), sha256=sha, file_size=path.stat().st_size,
                path_bytes=os.fsencode(path))  # fmt: skip
    try:
        pdf = open_pdf(path, password)
        n_pages = len(pdf)
        pdf.close()
    except BadInput as e:
        if status is not None and store.page_numbers(doc_id):  # read before (with --password): keep it as it was
            raise BadInput(f"{display_path(path)}: {e}; its stored pages are kept") from e
        store.upsert_document(Document(**base, status=DocStatus.failed, error=str(e), ingested_at=dt.datetime.now()))
        return DocPlan(Document(**base, status=DocStatus.failed, error=str(e)), todo=[])
    doc = Document(**base, status=DocStatus.partial, n_pages=n_pages)
    if status is None:
        store.upsert_document(doc)
    done = store.pages_done(doc_id)
    return DocPlan(doc, todo=[p for p in range(1, n_pages + 1) if p not in done], source=path)


def finish_document(store: Store, plan: DocPlan) -> tuple[str, str | None]:
    errors = store.page_errors(plan.doc.doc_id)
    n = plan.doc.n_pages or 0
    extraction = store.extraction_errors(plan.doc.doc_id)  # an extractor that raised: partial, the rest kept
    if not errors and not extraction:
        status, error = DocStatus.ok.value, None
    elif not errors:
        page, name, msg = extraction[0]
        status = DocStatus.partial.value
        error = f"{plan.doc.path}: extractor {name} failed" + (f" on page {page}" if page else "") + f": {msg}"
    else:
        status = DocStatus.failed.value if len(errors) >= n else DocStatus.partial.value
        error = f"{len(errors)} of {n} pages failed; first: {errors[0][1]}"
    store.set_status(plan.doc.doc_id, status, error, n)
    return status, error


@contextmanager
def _interrupt_after() -> Iterator[None]:
    """Ctrl-C held until the block ends: pressed while a worker is half asked of the fork server, it
    kills the fork server with a traceback on the terminal (its EOFError, Python 3.11)."""
    if threading.current_thread() is not threading.main_thread() or \
            signal.getsignal(signal.SIGINT) is not signal.default_int_handler:  # fmt: skip
        yield
        return
    pressed: list[int] = []
    signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if pressed:
        raise KeyboardInterrupt


def _shutdown(executor: Executor, kill: bool = False) -> None:
    """Stop without waiting for queued pages (Dask's executor has no cancel_futures); with `kill`,
    without waiting for the pages being read either (at exit, Python joins a pool's workers)."""
    if kill:
        for proc in list((getattr(executor, "_processes", None) or {}).values()):
            proc.terminate()
    try:
        executor.shutdown(wait=False, cancel_futures=True)
    except TypeError:
        executor.shutdown(wait=False)
        client = getattr(executor, "_client", None)
        if client is not None:
            client.close()


def local_executor(workers: int) -> Callable[[], Executor]:
    """Workers come from a fork server, not a fork of this process: DuckDB's threads in the parent
    hold locks a forked child would inherit locked (seen: a worker hung forever on its first page)."""
    mp = multiprocessing.get_context("forkserver")
    mp.set_forkserver_preload(["baocao.pipeline.page"])
    return lambda: ProcessPoolExecutor(max_workers=workers, initializer=init_worker, initargs=(os.getpid(),),
                                       mp_context=mp)  # fmt: skip


def dask_executor(address: str) -> Callable[[], Executor]:
    """The same per-page tasks on a Dask cluster: Dask's ClientExecutor is a concurrent.futures
    Executor, so run_pages does not know the difference. The driver still writes DuckDB."""

    def factory() -> Executor:
        try:
            from distributed import Client
        except ImportError as e:
            raise MissingDependency("--scheduler needs Dask: pip install 'baocao[cluster]'") from e
        try:
            client = Client(address, timeout="10s")
        except OSError as e:
            raise UsageError(f"cannot reach the Dask scheduler at {address}: {e}") from e
        client.run(init_worker)
        return client.get_executor()

    return factory


def run_document_stages(ctx: RunContext, plan: DocPlan) -> bool:
    """Stages that need the whole document (restoration with its cache, extraction), in the parent
    process, reading one page at a time so that memory stays flat over long documents.
    Returns True when the document's clean text was kept to train the learned diacritics model."""
    store, settings, doc_id = ctx.store, ctx.settings, plan.doc.doc_id
    if settings.restore:
        cache = DocumentCache()  # what the pages teach about this document's words, its tables use
        for page in restore_document(lambda: store.iter_pages(doc_id), cache=cache):
            store.write_page(page, with_tables=False)
        for table_id, cells in restore_tables(store.iter_tables(doc_id), cache=cache):
            store.update_cells(doc_id, table_id, cells)
    store.join_continued_tables(doc_id)
    extract_stored(store, doc_id)
    store.mark_read_by(doc_id, ctx.run_id, ctx.model_version if settings.restore else None)
    clean: list[str] = []
    all_clean, searchable = True, False
    for page in store.index_pages(doc_id):  # one last pass: search index, and what the document was
        # a transcoded legacy layer is searchable only in our copy: the original still holds the font's bytes
        searchable |= page.source is PageSource.ocr or any(w in page.source_reason for w in ("restored", "transcoded"))
        if page.source is PageSource.text_layer and page.layer_verdict is LayerVerdict.good:
            clean.append(page.raw_text)
        else:
            all_clean = False
    if settings.pdf_dir and plan.source is not None and searchable:
        write_searchable_pdf(plan.source, store.iter_pages(doc_id), settings.pdf_dir / f"{plan.source.stem}.pdf",
                             ctx.password)  # fmt: skip
    if settings.learn and clean and all_clean:
        return add_user_text(doc_id, "\n".join(clean))
    return False


def extract_stored(store: Store, doc_id: str) -> None:
    """The extractors over a document's stored pages and tables. Fact ids are stable across runs, so
    reviewers' corrections stay attached to what the extractors find again."""
    tables = [t for t, _source in store.iter_tables(doc_id)]
    doc = DocText.lazy(doc_id, store.page_loader(doc_id), store.page_numbers(doc_id), tables)
    store.write_extraction(doc_id, extract(doc))


def documents_to_reextract(store: Store, doc_ids: list[str] | None = None) -> list[tuple[str, str]]:
    """(doc_id, path) of the stored documents asked for, all of them by default."""
    stored = store.documents_with_pages()
    unknown = sorted(set(doc_ids or ()) - {d for d, _ in stored})
    if unknown:
        raise UsageError(f"no stored pages for document(s) {', '.join(unknown)} in {store.path}")
    return [(d, p) for d, p in stored if not doc_ids or d in doc_ids]


def reextract(store: Store, docs: list[tuple[str, str]],
              on_doc: Callable[[str, str | None], None] | None = None) -> list[tuple[str, str]]:  # fmt: skip
    """Run the extractors again over stored documents, reading nothing again: what an archive needs
    after baocao's extractors improve. A document that fails keeps what was stored before
    (write_extraction is one transaction) and is returned with its error."""
    run_id = store.start_run("extract", model_version(), list(DEFAULT), "{}")
    failed = []
    for doc_id, path in docs:
        try:
            extract_stored(store, doc_id)
            store.mark_read_by(doc_id, run_id, None)
            error = None
        except Exception as e:  # one document's failure must not stop the others
            log.debug("extraction failed for %s", path, exc_info=True)
            error = f"{path}: {type(e).__name__}: {e}"
            failed.append((path, error))
        if on_doc:
            on_doc(path, error)
    store.end_run(run_id, len(docs), 0, len(failed), False)
    return failed


def finish(ctx: RunContext, plan: DocPlan, report: IngestReport) -> None:
    """A document's last steps; a failure here keeps the pages already read (status partial)."""
    try:
        report.learned += run_document_stages(ctx, plan)
    except Exception as e:
        log.debug("document stages failed for %s", plan.doc.path, exc_info=True)
        ctx.store.set_status(plan.doc.doc_id, DocStatus.partial.value, f"{plan.doc.path}: {type(e).__name__}: {e}")
        report.failed.append((plan.doc.path, f"document stages failed: {e}"))
        ctx.emit("doc_done", {"path": plan.doc.path, "status": DocStatus.partial.value, "error": str(e)})
        return
    status, error = finish_document(ctx.store, plan)
    if error:
        report.failed.append((plan.doc.path, error))
    else:
        report.ok += 1
    ctx.emit("doc_done", {"path": plan.doc.path, "status": status, "error": error})
