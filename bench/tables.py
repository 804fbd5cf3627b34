"""Scanned ruled tables: cells exactly right (position, spans, text) against the gold of tables
rendered from seed 002's list of services (merged header cells, wrapped cells, Vietnamese numbers),
clean and worn (200 DPI, 1° skew, noise). The plain alternative in the same run: the page read once
by Tesseract (psm 3) and its words dropped into the same detected cells by position.

  .venv/bin/python -m bench.tables
"""

from __future__ import annotations

import time

import cv2
import numpy as np

from bench import synth
from extractors.tables import find_grid, read_cells
from pipeline.clean import clean_page
from pipeline.ocr import ocr_page

WEARS = {"clean": synth.CLEAN, "worn": synth.Wear(dpi=200, skew_deg=1.0, uneven_light=0.3, noise=6.0, blur=0.6, jpeg=70)}
TABLES = [(0, 8, "Tinos"), (8, 9, "DejaVuSerif"), (17, 8, "Arimo")]


def norm(s: str | None) -> str:
    return " ".join((s or "").split())


def main() -> None:
    totals: dict[str, list[int]] = {}
    for first, n, family in TABLES:
        widths, gold = synth.dossier_table(first, n)
        img = synth.render_table(widths, gold, synth.Layout(family=family, size_pt=11))
        for wname, w in WEARS.items():
            page = np.asarray(synth.wear(img, w, np.random.default_rng(first)))
            page = cv2.resize(page, (img.width, img.height), interpolation=cv2.INTER_CUBIC)  # rasterized at 300 DPI
            gray, _ = clean_page(page)
            t = time.perf_counter()
            grid = find_grid(gray)
            cells = {}
            if grid is not None:
                read_cells(gray, grid, "vie+Vietnamese", 120)
                cells = {(c.row, c.col, c.row_span, c.col_span): c for c in grid.cells}
            secs = time.perf_counter() - t
            ours = sum(norm(cells[k].text) == norm(g.text) if (k := (g.row, g.col, g.row_span, g.col_span)) in cells
                       else False for g in gold)  # fmt: skip
            # baseline: one whole-page reading, words assigned to our cells by their centre
            words = ocr_page(gray, 300, "vie+Vietnamese", 3, 120).words
            base_text: dict[tuple, list[str]] = {}
            for wd in words:
                cx, cy = (wd.x0 + wd.x1) / 2, (wd.y0 + wd.y1) / 2
                for k, c in cells.items():
                    if c.box[0] <= cx <= c.box[2] and c.box[1] <= cy <= c.box[3]:
                        base_text.setdefault(k, []).append(wd.text)
            base = sum(norm(" ".join(base_text.get((g.row, g.col, g.row_span, g.col_span), []))) == norm(g.text)
                       for g in gold)  # fmt: skip
            totals.setdefault(wname, [0, 0, 0])
            totals[wname][0] += ours
            totals[wname][1] += base
            totals[wname][2] += len(gold)
            print(f"rows {first:2d}-{first + n - 1:2d} {family:12} {wname:6} cells right: grid+cell OCR "
                  f"{ours}/{len(gold)}, whole-page OCR into the same cells {base}/{len(gold)}  ({secs:.1f} s)")  # fmt: skip
    for wname, (o, b, n) in totals.items():
        print(f"ALL {wname:6} grid+cell OCR {o / n:.1%}   whole-page OCR {b / n:.1%}   ({n} cells)")


if __name__ == "__main__":
    main()
