"""OCR benchmark: CER/WER per fixture against gold, and pages per minute, against bare Tesseract.

  .venv/bin/python -m bench.ocr [--quick] [--wears W,...] [--steps] [--models] [--speed] [--speed-pages N]

Fixtures are rendered by bench/synth.py with fixed seeds: several seed passages x three fonts x
clean / worn gray / worn colour scans. "bare" is what a user gets from `tesseract page.png - -l vie`
on the scanned image as stored (its own DPI, no clean-up); "baocao" is baocao.pipeline.page on the PDF.
`--steps` re-runs the worn fixtures dropping one clean-up step at a time; `--models` reads every
fixture with vie alone too; `--speed` prints CPU seconds per page by stage and times 2-core baocao
against bare tesseract page after page on the same pages.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from bench import synth
from bench.metrics import cer, wer
from baocao.diacritics.corpus import seed_paragraphs
from baocao.diacritics.restore import Restorer
from baocao.pipeline.clean import DEFAULT_STEPS, clean_page
from baocao.pipeline import engine
from baocao.pipeline.ocr import FOOTNOTES, ocr_page, read_page
from baocao.pipeline.page import find_tables, init_worker, process_page
from baocao.pipeline.rasterize import rasterize_page
from baocao.pipeline.restore import restore_document
from baocao.pipeline.searchable import write_searchable_pdf
from baocao.schemas.records import PageJob, Settings

PASSAGES = {  # (seed, first paragraph): varied content, numbers, lists, footnotes
    "000a": ("000_57d90ad183e6dc10.txt", 0),
    "000b": ("000_57d90ad183e6dc10.txt", 40),
    "002a": ("002_e408c7ead905c304.txt", 30),
    "002b": ("002_e408c7ead905c304.txt", 90),
    "000h": ("000_57d90ad183e6dc10.txt", 67),  # held out of the language model (baocao.diacritics.corpus)
    "002h": ("002_e408c7ead905c304.txt", 120),
}
# the LM was trained on the first 70% of each seed: marks mended by it count only on held-out text
HELD_OUT = {"000h", "002h"}
WEARS = {
    "clean": synth.CLEAN,
    "worn": synth.WORN,
    "worn-colour": replace(synth.WORN, color=True, skew_deg=1.5, show_through=0.18),
    # a photocopy of a photocopy: 150 DPI, 3° skew, dark corner, heavy show-through and toner specks
    "photocopy": replace(synth.WORN, dpi=150, skew_deg=3.0, uneven_light=0.5, show_through=0.3, blur=1.0,
                         noise=14.0, speckle=0.002, jpeg=50),
    # what failed on real archives (issue 22): seals and stamps over body text, at several noise levels
    "ring-gray": replace(synth.WORN, stamp=False, stamps=("ring:gray",)),
    "ring-gray-noisy": replace(synth.WORN, stamp=False, stamps=("ring:gray",), noise=20.0, stamp_tone=0.45),
    "rect+partial": replace(synth.WORN, stamp=False, stamps=("rect:gray", "ring:gray:partial"), noise=14.0),
    "stamps-colour": replace(synth.WORN, stamp=False, color=True, stamps=("ring:red", "rect:blue")),
    "den+notes": replace(synth.WORN, stamp=False, stamps=("den:gray",), margin_notes=2),
    "skew-varies": replace(synth.WORN, stamp=False, skew_deg=1.0, skew_end_deg=2.5),
    "copy-of-copy": replace(synth.WORN, stamp=False, dpi=150, copies=2, skew_deg=1.5, noise=8.0, jpeg=60),
}
FONTS = [("Tinos", 13.0), ("DejaVuSerif", 12.0), ("Arimo", 12.5)]


@dataclass
class Fixture:
    name: str
    wear: str
    pdf: Path
    gold: str
    note_words: int  # words the page sets as footnotes, at its foot under a rule


def make_fixtures(out: Path, quick: bool, wears: list[str], wear_seed: int = 100) -> list[Fixture]:
    fixtures = []
    passages = list(PASSAGES.items())[:2] if quick else list(PASSAGES.items())
    for i, (pname, (seed, start)) in enumerate(passages):
        paras = seed_paragraphs(seed)[start : start + 30]
        # held-out text in Tinos (Times-like), the face whose stacked marks Tesseract misreads most
        family, size = FONTS[0] if pname in HELD_OUT else FONTS[i % len(FONTS)]
        lay = synth.Layout(family=family, size_pt=size)
        first = synth.layout(paras, lay)[0]
        notes = sum(len(line.text.split()) for line in first.lines if line.size_px < first.lines[0].size_px)
        for wname in wears:
            w = WEARS[wname]
            pdf = out / f"{pname}-{family}-{wname}.pdf"
            gold = synth.scan(paras, pdf, lay, w, seed=wear_seed + i)[0]
            fixtures.append(Fixture(f"{pname}-{family}", wname, pdf, gold, notes))
    return fixtures


def page_image(pdf_path: Path, out_png: Path) -> None:
    """The scanned image as stored in the PDF, at its own resolution (what a user would OCR)."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    img = next(o for o in pdf[0].get_objects() if isinstance(o, pdfium.PdfImage))
    img.get_bitmap().to_pil().save(out_png)
    pdf.close()


def bare_tesseract(png: Path, lang: str = "vie", threads: str | None = "1") -> str:
    """`tesseract png - -l vie`; threads=None runs it as installed (OpenMP on), as a user would."""
    env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    if threads:
        env["OMP_THREAD_LIMIT"] = threads
    return subprocess.run(["tesseract", str(png), "-", "-l", lang], capture_output=True, text=True, env=env).stdout


def baocao_text(pdf: Path, settings: Settings = Settings()) -> str:
    return process_page(PageJob(doc_id="bench", path=pdf, page_no=1, settings=settings)).raw_text


def baocao_texts(pdf: Path) -> tuple[str, str, int]:
    """The page as read, after the document stage has checked its marks (`ocr` mode), and how many
    words it put in its footnote block."""
    page = process_page(PageJob(doc_id="bench", path=pdf, page_no=1, settings=Settings()))
    mended = next(restore_document(lambda: [page]), page)
    return page.raw_text, mended.text, sum(w.block_no == FOOTNOTES for w in page.words)


def ocr_with_steps(pdf: Path, steps: tuple[str, ...]) -> str:
    doc = pdfium.PdfDocument(str(pdf))
    img, dpi = rasterize_page(doc, 1, 300)
    doc.close()
    gray, _ = clean_page(img, steps)
    return ocr_page(gray, dpi, "vie+Vietnamese", 3, 300).text


def accuracy(fixtures: list[Fixture], tmp: Path) -> None:
    """CER and WER of bare tesseract and of baocao as read; then, on held-out passages, baocao after
    its marks were checked against the language model."""
    print(f"{'fixture':24} {'wear':12} {'bare CER':>9} {'baocao CER':>11} {'mended CER':>11} {'bare WER':>9} "
          f"{'baocao WER':>11}")  # fmt: skip
    by_wear: dict[str, list[tuple[float, float]]] = {}
    held: dict[str, list[tuple[float, float, float]]] = {}
    init_worker()
    with ProcessPoolExecutor(2, initializer=init_worker) as pool:
        pngs = [tmp / f"{f.pdf.stem}.png" for f in fixtures]
        for f, png in zip(fixtures, pngs, strict=True):
            page_image(f.pdf, png)
        bare = list(pool.map(bare_tesseract, pngs))
        ours = list(pool.map(baocao_texts, [f.pdf for f in fixtures]))
    notes = [0, 0]
    for f, b, (o, m, n) in zip(fixtures, bare, ours, strict=True):
        notes[0] += min(n, f.note_words)
        notes[1] += f.note_words
        mended = f"{cer(m, f.gold):11.2%}" if f.name[:4] in HELD_OUT else f"{'(trained)':>11}"
        print(f"{f.name:24} {f.wear:12} {cer(b, f.gold):9.2%} {cer(o, f.gold):11.2%} {mended} {wer(b, f.gold):9.2%} "
              f"{wer(o, f.gold):11.2%}")  # fmt: skip
        by_wear.setdefault(f.wear, []).append((cer(b, f.gold), cer(o, f.gold)))
        if f.name[:4] in HELD_OUT:
            held.setdefault(f.wear, []).append((cer(b, f.gold), cer(o, f.gold), cer(m, f.gold)))
    for wname, pairs in by_wear.items():
        b, o = np.mean(pairs, axis=0)
        print(f"MEAN {wname:19} bare CER {b:.2%}  baocao CER {o:.2%}")
    for wname, triples in held.items():
        b, o, m = np.mean(triples, axis=0)
        print(f"HELD-OUT {wname:15} bare CER {b:.2%}  baocao CER {o:.2%}  marks mended {m:.2%}")
    with_notes = sum(f.note_words > 0 for f in fixtures)
    print(f"footnotes kept apart: {notes[0]}/{notes[1]} footnote words in the footnote block, on {with_notes} pages")


def steps_ablation(fixtures: list[Fixture]) -> None:
    worn = [f for f in fixtures if f.wear != "clean"]
    variants = {"none": (), "all": DEFAULT_STEPS}
    variants |= {f"all - {s}": tuple(x for x in DEFAULT_STEPS if x != s) for s in DEFAULT_STEPS}
    print(f"\nclean-up steps on {len(worn)} worn pages (mean CER):")
    with ProcessPoolExecutor(2, initializer=init_worker) as pool:
        for name, steps in variants.items():
            texts = pool.map(ocr_with_steps, [f.pdf for f in worn], [steps] * len(worn))
            print(f"  {name:22} {np.mean([cer(t, f.gold) for t, f in zip(texts, worn, strict=True)]):.2%}")


def read_with(pdf: Path, langs: str) -> tuple[str, str, float]:
    """The page as read with `langs` and after its marks check, and the CPU seconds of the reading."""
    t = time.process_time()
    page = process_page(PageJob(doc_id="bench", path=pdf, page_no=1, settings=Settings(languages=langs)))
    cpu = time.process_time() - t
    return page.raw_text, next(restore_document(lambda: [page]), page).text, cpu


MODELS = ("vie+Vietnamese", "vie")


def models(fixtures: list[Fixture]) -> None:
    """What the second model costs and gains: each wear read with vie+Vietnamese (the default) and
    with vie alone, CER as read and after the marks check, CPU seconds per page in the workers."""
    got = {}
    with ProcessPoolExecutor(2, initializer=init_worker) as pool:
        for langs in MODELS:
            got[langs] = list(pool.map(read_with, [f.pdf for f in fixtures], [langs] * len(fixtures)))
    print(f"\nsecond model, CER as read / after the marks check, per wear ({len(fixtures)} pages):")
    print(f"  {'wear':16}" + "".join(f"{m:>26}" for m in MODELS))
    for wname in dict.fromkeys(f.wear for f in fixtures):
        idx = [i for i, f in enumerate(fixtures) if f.wear == wname]
        cells = []
        for m in MODELS:
            raw = np.mean([cer(got[m][i][0], fixtures[i].gold) for i in idx])
            mended = np.mean([cer(got[m][i][1], fixtures[i].gold) for i in idx])
            cells.append(f"{raw:.2%} / {mended:.2%}")
        print(f"  {wname:16}" + "".join(f"{c:>26}" for c in cells))
    for m in MODELS:
        raw = np.mean([cer(r[0], f.gold) for r, f in zip(got[m], fixtures, strict=True)])
        cpu = np.mean([r[2] for r in got[m]])
        print(f"  {m:16} all wears CER {raw:.2%}, {cpu:.2f} CPU-s a page (page read in a worker)")


class TimedTesseract(engine.Tesseract):
    """Tesseract with a stopwatch: CPU seconds per kind of call, named by the function that asks."""

    seconds: dict[str, float] = {}
    KINDS = {"ocr_page": "whole page", "read_unread": "ink left without words", "read_cells": "table cells"}

    def read_words(self, image, langs, psm, timeout_s, dpi=300):
        caller = sys._getframe(1).f_code.co_name
        kind = self.KINDS.get(caller, caller) + (f" again, psm {psm}" if caller == "ocr_page" and psm != 3 else "")
        t = time.process_time()
        try:
            return super().read_words(image, langs, psm, timeout_s, dpi=dpi)
        finally:
            key = f"Tesseract: {kind}"
            self.seconds[key] = self.seconds.get(key, 0.0) + time.process_time() - t


def stage_seconds(pdf: Path, tmp: Path) -> dict[str, float]:
    """One page's cost, stage by stage, in CPU seconds of this process (single-threaded): a loaded
    machine stretches wall time, not CPU time. The document stages that run in the parent (marks
    check, searchable PDF) are timed on the page as a one-page document."""
    out: dict[str, float] = {}
    engine.use(f"{TimedTesseract.__module__}:TimedTesseract")  # __main__ under `python -m bench.ocr`
    TimedTesseract.seconds.clear()
    try:
        t = time.process_time()
        doc = pdfium.PdfDocument(str(pdf))
        img, dpi = rasterize_page(doc, 1, 300)
        doc.close()
        out["rasterize"] = time.process_time() - t
        t = time.process_time()
        gray, _report = clean_page(img)
        out["clean-up"] = time.process_time() - t
        t = time.process_time()
        o, _how = read_page(gray, dpi, Settings().languages, 3, 300)
        ocr_cpu = time.process_time() - t
        t = time.process_time()
        find_tables(gray, dpi, Settings(), o.text)
        cells = TimedTesseract.seconds.get("Tesseract: table cells", 0.0)
        out["table grid search"] = time.process_time() - t - cells
        out |= TimedTesseract.seconds
        out["reading order, heading, footnotes (ours)"] = ocr_cpu - sum(TimedTesseract.seconds.values()) + cells
    finally:
        engine.use("tesseract")
    page = process_page(PageJob(doc_id="bench", path=pdf, page_no=1, settings=Settings()))
    t = time.process_time()
    mended = next(restore_document(lambda: [page]), page)
    out["document: marks check (parent)"] = time.process_time() - t
    t = time.process_time()
    write_searchable_pdf(pdf, [mended], tmp / f"{pdf.stem}-searchable.pdf")
    out["document: searchable PDF (parent)"] = time.process_time() - t
    return out


def speed(fixtures: list[Fixture], tmp: Path, n_pages: int) -> None:
    pages = [f for f in fixtures if f.wear != "clean"][:n_pages]
    pngs = [tmp / f"{f.pdf.stem}.png" for f in pages]
    n = len(pages)
    init_worker()
    stages: dict[str, list[float]] = {}
    Restorer.default()  # the language model is loaded once per run, not per page
    for f in pages:
        for k, v in stage_seconds(f.pdf, tmp).items():
            stages.setdefault(k, []).append(v)
    print(f"\nCPU seconds per page by stage, one worker, mean of {n} worn pages (load average {os.getloadavg()[0]:.1f}):")
    for k, v in stages.items():
        print(f"  {k:50} {np.mean(v):6.2f}")
    print(f"  {'total':50} {sum(np.mean(v) for v in stages.values()):6.2f}")
    labels = ("bare tesseract as installed (OpenMP on)", "bare tesseract, OMP_THREAD_LIMIT=1")
    timings, cpu = dict.fromkeys(labels, 0.0), dict.fromkeys(labels, 0.0)
    for png in pngs:  # interleaved, so load on the machine hits both alike
        for label, threads in zip(labels, (None, "1"), strict=True):
            t, c = time.perf_counter(), _children_cpu()
            bare_tesseract(png, threads=threads)
            timings[label] += time.perf_counter() - t
            cpu[label] += _children_cpu() - c
    t, c = time.perf_counter(), _children_cpu()
    with ProcessPoolExecutor(2, initializer=init_worker) as pool:  # pool start-up and model loads counted
        list(pool.map(baocao_text, [f.pdf for f in pages]))
    ours, ours_cpu = time.perf_counter() - t, _children_cpu() - c
    print(f"\nspeed on {n} worn pages, page after page against baocao with 2 workers (clean-up, vie+Vietnamese;"
          f" load average {os.getloadavg()[0]:.1f}: wall figures are noisy, CPU seconds less so):")
    for label in labels:
        print(f"  {label}: {60 * n / timings[label]:.1f} pages/min, {cpu[label] / n:.2f} CPU-s a page")
    print(f"  baocao: {60 * n / ours:.1f} pages/min, {ours_cpu / n:.2f} CPU-s a page = "
          + ", ".join(f"{timings[label] / ours:.2f}x the {label.split(',')[-1].strip()}" for label in labels))


def _children_cpu() -> float:
    """CPU seconds of finished child processes (bare tesseract commands, the pool's workers)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="two passages instead of six")
    ap.add_argument("--wears", help="comma-separated wears to run (default: all)")
    ap.add_argument("--steps", action="store_true", help="measure each clean-up step")
    ap.add_argument("--speed", action="store_true", help="pages per minute against bare tesseract")
    ap.add_argument("--models", action="store_true", help="vie+Vietnamese against vie alone: CER and CPU")
    ap.add_argument("--seed", type=int, default=100, help="first wear seed (noise, stamp and note places)")
    ap.add_argument("--speed-pages", type=int, default=6, help="worn pages timed by --speed")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        fixtures = make_fixtures(tmp, args.quick, args.wears.split(",") if args.wears else list(WEARS), args.seed)
        accuracy(fixtures, tmp)
        if args.steps:
            steps_ablation(fixtures)
        if args.models:
            models(fixtures)
        if args.speed:
            speed(fixtures, tmp, args.speed_pages)


if __name__ == "__main__":
    main()
