"""Read one page: probe its text layer, keep it or rasterize + clean + OCR, then restore marks.

Runs in a worker process. Takes a picklable PageJob, returns a PageResult; never raises: a page
that fails comes back as data (source `failed`, with the error), and the document becomes `partial`.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from pathlib import Path

import cv2

from baocao.core.vietnamese import strip_marks
from baocao.pipeline import cache, engine, tesseract
from baocao.pipeline.clean import clean_page
from baocao.core.errors import BaocaoError
from baocao.diacritics.paths import lm_path
from baocao.diacritics.restore import fluency
from baocao.pipeline.logs import route_warnings_from_env
from baocao.pipeline.ocr import OcrPage, read_page
from baocao.pipeline.probe import PageProbe, open_pdf, probe_page
from baocao.pipeline.rasterize import rasterize_page
from baocao.extractors import tables as ruled
from baocao.extractors.tables import UNIT_LINE
from baocao.extractors.digital_tables import read_digital_tables
from baocao.schemas.records import CachedOcr, LayerVerdict, PageJob, PageResult, PageSource, PageTable, TableCell, Word

log = logging.getLogger("baocao.page")


def init_worker(parent_pid: int | None = None) -> None:
    """Worker start-up: one thread for Tesseract and OpenCV each, since pages already run in parallel.
    With `parent_pid`, the worker exits when that process is gone (a `kill -9` of the ingest would
    otherwise leave it reading pages for nobody)."""
    tesseract.pin_threads()
    cv2.setNumThreads(1)
    route_warnings_from_env()  # library warnings to the parent's log file, not the terminal
    if parent_pid:
        threading.Thread(target=_exit_with, args=(parent_pid,), daemon=True, name="parent-watch").start()


def _exit_with(pid: int, every_s: float = 1.0) -> None:
    while True:
        time.sleep(every_s)
        if _gone(pid):
            os._exit(1)


def _gone(pid: int) -> bool:
    """Whether the ingest is gone: no such process, someone else's (pid reused), or dead and not yet reaped. A
    zombie still answers kill(0), and whoever would reap it may be waiting for this worker to close the output
    pipes it inherited (seen: a test's communicate() and a worker each waiting on the other)."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:  # no /proc: kill(0) is all there is
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]


def choose_source(p: PageProbe) -> tuple[PageSource, str]:
    """Keep a layer that is good, or that lost its marks in vector text (the page itself lacks them);
    OCR everything else, saying why."""
    v = p.verdict
    if p.legacy and v is not LayerVerdict.absent:
        return PageSource.text_layer, f"text layer in {p.legacy}: transcoded to Unicode" + (
            "" if v is LayerVerdict.good else f", {v.value}")
    if v is LayerVerdict.good:
        return PageSource.text_layer, "text layer good"
    if not p.is_scan and v in (LayerVerdict.stripped, LayerVerdict.garbled):
        return PageSource.text_layer, f"text layer {v.value} in vector text: kept"
    if v is LayerVerdict.absent:
        return PageSource.ocr, "no text layer" if p.is_scan or not p.text.strip() else "text layer too short"
    return PageSource.ocr, f"text layer {v.value} over a scan: re-OCR'd"


def _layer_words(job: PageJob, p: PageProbe) -> list[Word]:
    return [
        Word(doc_id=job.doc_id, page_no=job.page_no, word_no=i, raw=w.text, text=w.text,
             x0=w.x0, y0=w.y0, x1=w.x1, y1=w.y1, line_no=w.line)
        for i, w in enumerate(p.words)
    ]  # fmt: skip


def _ocr_words(job: PageJob, o: OcrPage) -> list[Word]:
    return [
        Word(doc_id=job.doc_id, page_no=job.page_no, word_no=i, raw=w.text, text=w.text,
             x0=w.x0, y0=w.y0, x1=w.x1, y1=w.y1, ocr_conf=w.conf, block_no=w.block, line_no=w.line)
        for i, w in enumerate(o.words)
    ]  # fmt: skip


def with_checks(table: PageTable) -> PageTable:
    """Flag cells whose numbers disagree with their row or column, for review."""
    flags = ruled.check_numbers(table.cells)
    if not flags:
        return table
    cells = [c.model_copy(update={"review_reason": flags[(c.row, c.col)]}) if (c.row, c.col) in flags else c
             for c in table.cells]  # fmt: skip
    return table.model_copy(update={"cells": cells})


def table_title(page_text: str) -> str | None:
    """The heading a table sits under ("PHỤ LỤC 02 ...", "Bảng 1 ..."), and the unit the page states for
    its figures ("Đơn vị tính: triệu đồng"), which a cell's header may leave unsaid."""
    heading = re.compile(r"^\s*(PHU LUC|BANG)\b")  # compared without marks: a stripped layer says "PHU LUC"
    lines = page_text.splitlines()
    title = next((ln.strip() for ln in lines if heading.match(strip_marks(ln).upper())), None)
    unit = next((m.group(0).strip() for ln in lines if (m := UNIT_LINE.search(ln))), None)
    return "; ".join(t for t in (title, unit) if t) or None


TABLE_HEADER = re.compile(r"^\s*(STT|TT)(\s|$)", re.MULTILINE)  # a table's numbering column, compared without marks


def digital_tables(job: PageJob, probe: PageProbe) -> list[PageTable]:
    """camelot on text-layer pages: lattice where the page draws enough lines to hold a grid, stream
    where it draws none but a line opens a table header ('STT'). A table that cannot be read leaves
    the page's text as it is."""
    ruled = probe.n_paths >= 4
    if not ruled and not TABLE_HEADER.search(strip_marks(probe.text).upper()):
        return []
    try:
        found = read_digital_tables(job.path, job.page_no, probe.height_pt, table_title(probe.text), job.password,
                                    ruled=ruled)  # fmt: skip
        return [with_checks(transcoded_cells(t, probe)) for t in found]
    except Exception:  # camelot's failures are many and untyped; the page text still stands
        log.warning("%s page %s: table not read", job.path.name, job.page_no, exc_info=True)
        return []


def transcoded_cells(table: PageTable, probe: PageProbe) -> PageTable:
    """camelot reads the PDF's own characters (and drops TCVN3's 'ư', a soft hyphen in Latin-1): on
    a page whose layer was transcoded, each cell is given the page's own words inside its box."""
    if not probe.encodings:
        return table
    cells = []
    for c in table.cells:
        inside = sorted((w for w in probe.words
                         if c.x0 <= (w.x0 + w.x1) / 2 <= c.x1 and c.y0 <= (w.y0 + w.y1) / 2 <= c.y1),
                        key=lambda w: (w.line, w.x0))  # fmt: skip
        cells.append(c.model_copy(update={"text": " ".join(w.text for w in inside)}) if inside else c)
    return table.model_copy(update={"cells": cells})


def find_tables(gray, dpi: int, s, page_text: str, unstamped=None) -> list[PageTable]:
    """Ruled tables of a scanned page, each cell read on its own; the title is the line above.
    `unstamped`: the page before a gray seal was erased, for the cells the seal crossed."""
    grid = ruled.find_grid(gray)
    if grid is None or len(grid.cells) < 4:
        return []
    ruled.read_cells(gray, grid, engine.current(), s.languages, s.page_timeout_s, dpi, unstamped,
                     fluency if lm_path().exists() else None)  # fmt: skip
    k = 300 / dpi
    cells = [TableCell(row=c.row, col=c.col, row_span=c.row_span, col_span=c.col_span, text=c.text,
                       confidence=c.confidence, word_confs=c.word_confs, x0=c.box[0] * k, y0=c.box[1] * k, x1=c.box[2] * k, y1=c.box[3] * k)
             for c in grid.cells]  # fmt: skip
    table = PageTable(table_no=0, title=table_title(page_text), n_rows=len(grid.ys) - 1, n_cols=len(grid.xs) - 1,
                      cells=cells)  # fmt: skip
    return [with_checks(table)]


def _save(job: PageJob, stage: str, img) -> None:
    """--keep-work: a folder per document, files named so that the folder reads like a log of the run."""
    if job.settings.work_dir is not None:
        folder = job.settings.work_dir / job.doc_id
        folder.mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(folder / f"{job.page_no:04d}_{stage}.png"), img)


def ocr_image(job: PageJob, img, dpi: int) -> CachedOcr:
    """Clean up, OCR and find the tables of one page image."""
    s = job.settings
    _save(job, "raster", img)
    gray, report = clean_page(img) if s.clean else clean_page(img, ())
    _save(job, "clean", gray)
    o, how = read_page(gray, dpi, s.languages, s.psm, s.page_timeout_s)
    height, width = (round(d * 300 / dpi) for d in gray.shape[:2])
    return CachedOcr(raw_text=o.text, mean_confidence=o.mean_conf, how=how, width=width, height=height,
                     words=_ocr_words(job, o), tables=find_tables(gray, dpi, s, o.text, report.unstamped))  # fmt: skip


def process_page(job: PageJob) -> PageResult:
    start = time.perf_counter()
    s = job.settings
    verdict = LayerVerdict.absent
    try:
        engine.use(s.engine)
        pdf = open_pdf(job.path, job.password)
        try:
            probe = probe_page(pdf, job.page_no)
            verdict = probe.verdict
            source, reason = choose_source(probe)
            if source is PageSource.text_layer:
                words, raw_text, conf = _layer_words(job, probe), probe.text, None
                tables = digital_tables(job, probe)
                width, height = round(probe.width_pt * 300 / 72), round(probe.height_pt * 300 / 72)
            else:
                img, dpi = rasterize_page(pdf, job.page_no, s.dpi)
        finally:
            pdf.close()
        if source is PageSource.ocr:
            key = cache.page_key(img, dpi, s)
            hit = cache.load(s.ocr_cache, key)
            if hit is None:
                hit = ocr_image(job, img, dpi)
                cache.save(s.ocr_cache, key, hit)
            else:
                hit = hit.model_copy(update={"how": "; ".join(filter(None, [hit.how, "OCR result cached"])),
                                             "words": [w.model_copy(update={"doc_id": job.doc_id, "page_no": job.page_no})
                                                       for w in hit.words]})  # fmt: skip
            words, raw_text, conf, tables = hit.words, hit.raw_text, hit.mean_confidence, hit.tables
            reason = f"{reason}; {hit.how}" if hit.how else reason
            width, height = hit.width, hit.height
        return PageResult(
            doc_id=job.doc_id, page_no=job.page_no, source=source, source_reason=reason, layer_verdict=verdict,
            raw_text=raw_text, text=raw_text, mean_confidence=conf, width=width, height=height,
            seconds=time.perf_counter() - start, words=words, tables=tables,
        )  # fmt: skip
    except Exception as e:  # a page's failure is data; the message names the file and page
        log.debug("page %s of %s failed", job.page_no, job.path, exc_info=True)
        msg = str(e) if isinstance(e, BaocaoError) else f"{type(e).__name__}: {e}"
        return failed_result(job, msg, verdict, time.perf_counter() - start)


def failed_result(job: PageJob, msg: str, verdict: LayerVerdict = LayerVerdict.absent,
                  seconds: float = 0.0) -> PageResult:  # fmt: skip
    """A page that could not be read, as data: the message names the file and the page."""
    return PageResult(
        doc_id=job.doc_id, page_no=job.page_no, source=PageSource.failed, source_reason="failed",
        layer_verdict=verdict, error=f"{job.path.name} page {job.page_no}: {msg}", seconds=seconds,
    )  # fmt: skip
