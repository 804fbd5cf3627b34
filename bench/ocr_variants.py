"""What a cheaper Tesseract reading costs in accuracy and saves in CPU (issue 22, OCR speed).

  .venv/bin/python -m bench.ocr_variants [--full] [--wears W,...] [--seed N] \
      --variant base= --variant noinv=tessedit_do_invert:0 --variant s75=scale:0.75 --variant vie=langs:vie

Each variant is NAME=key:value,...: `langs` (the language set), `scale` (the whole page is read at
this share of its size, boxes mapped back: 0.75 reads a 300-DPI page at 225 DPI), anything else is
a Tesseract variable set for the whole-page read. Every page runs through the whole of
baocao.pipeline.page on the fixtures of bench/ocr.py; variants are interleaved page by page in one
pool of 2 workers, so the machine's load hits them alike. Prints CER per wear and CPU seconds a
page (in the worker: the page, and Tesseract's whole-page read alone).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np
from PIL import Image

from bench.metrics import cer
from bench.ocr import HELD_OUT, WEARS, make_fixtures
from baocao.pipeline import engine, tesseract
from baocao.pipeline.page import init_worker, process_page
from baocao.pipeline.restore import restore_document
from baocao.schemas.records import PageJob, Settings

ENGINE = f"{__name__}:VariantTesseract"  # bench.ocr_variants, also in the workers (spawned)


class VariantTesseract(engine.Tesseract):
    """Tesseract whose whole-page read (the call from `ocr_page`) uses the variant's variables and
    scale; other reads (cells, ink left unread, marks) are left as they are."""

    variables: dict[str, str] = {}
    scale: float = 1.0
    whole_cpu: float = 0.0

    def read_words(self, image, langs, psm, timeout_s, dpi=300):
        if sys._getframe(1).f_code.co_name != "ocr_page":
            return super().read_words(image, langs, psm, timeout_s, dpi=dpi)
        api = tesseract._api(langs)
        before = {k: api.GetVariableAsString(k) for k in self.variables}
        for k, v in self.variables.items():
            if not api.SetVariable(k, v):
                raise ValueError(f"Tesseract has no variable {k}")
        t, f = time.process_time(), self.scale
        try:
            if f == 1.0:
                return super().read_words(image, langs, psm, timeout_s, dpi=dpi)
            small = image.resize((round(image.width * f), round(image.height * f)), Image.Resampling.BILINEAR)
            got = super().read_words(small, langs, psm, timeout_s, dpi=round(dpi * f))
            return [replace(w, left=round(w.left / f), top=round(w.top / f), width=round(w.width / f),
                            height=round(w.height / f)) for w in got]  # fmt: skip
        finally:
            VariantTesseract.whole_cpu += time.process_time() - t
            for k, v in before.items():
                api.SetVariable(k, v)


def parse_variant(spec: str) -> tuple[str, dict[str, str]]:
    name, _, rest = spec.partition("=")
    return name, dict(kv.split(":", 1) for kv in rest.split(",") if kv)


def read(pdf: Path, variant: dict[str, str]) -> tuple[str, str, float, float]:
    """The page as read and after its marks check; CPU seconds of the page and of the whole-page read."""
    v = dict(variant)
    VariantTesseract.scale = float(v.pop("scale", 1.0))
    langs = v.pop("langs", Settings().languages)
    VariantTesseract.variables, VariantTesseract.whole_cpu = v, 0.0
    t = time.process_time()
    page = process_page(PageJob(doc_id="bench", path=pdf, page_no=1, settings=Settings(languages=langs, engine=ENGINE)))
    cpu = time.process_time() - t
    if page.error:
        raise RuntimeError(page.error)
    return page.raw_text, next(restore_document(lambda: [page]), page).text, cpu, VariantTesseract.whole_cpu


def warm_up() -> None:
    init_worker()
    tesseract._api(Settings().languages)  # model loads are not a page's cost


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variant", action="append", required=True, help="NAME=key:value,... (NAME= is as shipped)")
    ap.add_argument("--full", action="store_true", help="six passages instead of two")
    ap.add_argument("--wears", help="comma-separated wears (default: all)")
    ap.add_argument("--seed", type=int, default=100, help="first wear seed")
    args = ap.parse_args()
    variants = dict(parse_variant(s) for s in args.variant)
    wears = args.wears.split(",") if args.wears else list(WEARS)
    with tempfile.TemporaryDirectory() as d:
        fixtures = make_fixtures(Path(d), not args.full, wears, args.seed)
        jobs = [(f.pdf, name) for f in fixtures for name in variants]  # interleaved page by page
        spawn = multiprocessing.get_context("spawn")  # a fork of this process can hang on a lock
        with ProcessPoolExecutor(2, initializer=warm_up, mp_context=spawn) as pool:
            got = list(pool.map(read, [p for p, _ in jobs], [variants[n] for _, n in jobs]))
    res = {name: [g for (_, n), g in zip(jobs, got, strict=True) if n == name] for name in variants}
    print(f"seed {args.seed}, {len(fixtures)} pages a variant, load average {os.getloadavg()[0]:.1f}; CER as read:")
    print(f"  {'wear':18}" + "".join(f"{n:>14}" for n in variants))

    def row(label: str, idx: list[int], k: int = 0) -> None:
        print(f"  {label:18}" + "".join(f"{np.mean([cer(res[n][i][k], fixtures[i].gold) for i in idx]):>14.2%}"
                                        for n in variants))  # fmt: skip

    for w in wears:
        row(w, [i for i, f in enumerate(fixtures) if f.wear == w])
    row("all wears", list(range(len(fixtures))))
    held = [i for i, f in enumerate(fixtures) if f.name[:4] in HELD_OUT]
    if held:
        row("held out, mended", held, 1)
    print(f"  {'CPU-s a page':18}" + "".join(f"{np.mean([r[2] for r in res[n]]):>14.2f}" for n in variants))
    print(f"  {'  whole-page read':18}" + "".join(f"{np.mean([r[3] for r in res[n]]):>14.2f}" for n in variants))


if __name__ == "__main__":
    main()
