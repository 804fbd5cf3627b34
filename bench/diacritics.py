"""Diacritics benchmark on held-out seed text (never trained on): stripped and English-OCR-garbled.

  .venv/bin/python -m bench.diacritics

Prints word accuracy of baocao's decoder and of the simplest baseline (each syllable's most frequent
marked form) on the same words, calibration of the per-word confidence, and words per second.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from bench.garble import align_words, garble_pages, words
from baocao.diacritics.corpus import held_out
from baocao.diacritics.restore import DocumentCache, Restorer
from baocao.core.vietnamese import WORD_RE, strip_marks


def baseline(r: Restorer, text: str, garbled: bool) -> str:
    """Most frequent marked form of each word's bare letters (garbled: of its likeliest skeleton)."""
    def pick(m):
        w = m.group()
        key = r.channel.skeleton(w.lower()) if garbled and r.channel else strip_marks(w.lower())
        forms = r.lex.by_bare.get(key)
        return forms[0] if forms else w
    return WORD_RE.sub(pick, text)


def calibration(pairs: list[tuple[bool, float]]) -> None:
    bins = [(0.0, 0.5), (0.5, 0.9), (0.9, 0.99), (0.99, 1.01)]
    for lo, hi in bins:
        sel = [ok for ok, c in pairs if lo <= c < hi]
        if sel:
            print(f"    confidence {lo:.2f}-{min(hi, 1):.2f}: {len(sel):5d} words, {np.mean(sel):.1%} right")


def stripped(r: Restorer, gold: str) -> None:
    inp = strip_marks(gold)
    g = WORD_RE.findall(gold)
    t = time.perf_counter()
    out = r.restore(inp, "stripped", DocumentCache())
    secs = time.perf_counter() - t
    o = WORD_RE.findall(out.text)
    b = WORD_RE.findall(baseline(r, inp, False))
    acc = np.mean([x == y for x, y in zip(g, o, strict=True)])
    base = np.mean([x.lower() == y.lower() for x, y in zip(g, b, strict=True)])
    print(f"stripped: {len(g)} words  baocao {acc:.2%}  baseline (most frequent form) {base:.2%}  "
          f"marks as stripped {np.mean([x == strip_marks(x) for x in g]):.2%}")  # fmt: skip
    print(f"  speed: {len(g) / secs:,.0f} words/s on one core (end to end, with segmentation)")
    gold_by_start = {m.start(): m.group() for m in WORD_RE.finditer(gold)}
    calibration([(gold_by_start.get(w.start) == w.text, w.confidence) for w in out.words])


def garbled(r: Restorer, paragraphs: list[str]) -> None:
    pages = garble_pages(paragraphs, seed=5000)
    n = right = right_base = right_raw = 0
    cal = []
    cache = DocumentCache()
    for gold, ocr in pages:
        gw = words(gold)
        out = r.restore(ocr, "garbled", cache)
        n += len(gw)
        right += sum(a == b for a, b in align_words(gw, words(out.text)))
        right_base += sum(a.lower() == b.lower() for a, b in align_words(gw, words(baseline(r, ocr, True))))
        right_raw += sum(a == b for a, b in align_words(gw, words(ocr)))
        conf = {w.text: w.confidence for w in out.words}
        cal += [(a == b, conf.get(b, 1.0)) for a, b in align_words(gw, [w.text for w in out.words])]
    print(f"garbled (tesseract -l eng on our renderings): {n} words  baocao {right / n:.2%}  "
          f"baseline {right_base / n:.2%}  left as the OCR printed them {right_raw / n:.2%}")  # fmt: skip
    calibration(cal)


def real_garble(r: Restorer) -> None:
    """Seed 001's own English-OCR layer against our hand restoration (tests/fixtures)."""
    gold_file = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "garbled_001_gold.json"
    data = json.loads(gold_file.read_text("utf-8"))
    for part in ("dev", "test"):
        ocr = "\n".join(g for g, _ in data[part])
        gold = "\n".join(t for _, t in data[part])
        cache = DocumentCache()
        r.restore(ocr, "garbled", cache)
        out = r.restore(ocr, "garbled", cache).text
        gw = words(gold)
        right = sum(a == b for a, b in align_words(gw, words(out)))
        base = sum(a.lower() == b.lower() for a, b in align_words(gw, words(baseline(r, ocr, True))))
        print(f"seed 001 real English-OCR layer ({part}, {len(gw)} words): baocao {right / len(gw):.2%}  "
              f"baseline {base / len(gw):.2%}")  # fmt: skip


def main() -> None:
    r = Restorer.default()
    paras = held_out()
    stripped(r, "\n".join(paras))
    garbled(r, paras)
    real_garble(r)


if __name__ == "__main__":
    main()
