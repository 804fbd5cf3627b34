"""OCR one cleaned page image into words (text, box at 300 DPI, confidence) and reading-order text."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from PIL import Image

from diacritics.vietnamese import has_marks, is_syllable
from pipeline import tesseract

_GLUED = re.compile(r"^([^\W\d_]{2,})(\d+(?:[.,]\d+)*)$")
_SPECK = re.compile(r"^(\d+)[.,'`]([^\W\d_]+)$")


def unglue(token: str) -> str:
    """Put back a space that toner spread closed: a marked syllable glued to its number ('Mức4'),
    a number glued by a speck to a lower-case syllable ('01.hồ'). Codes ('H1', 'COVID19') have no marks."""
    if m := _GLUED.match(token):
        if has_marks(m.group(1)) and is_syllable(m.group(1).lower()):
            return f"{m.group(1)} {m.group(2)}"
    elif (m := _SPECK.match(token)) and m.group(2).islower() and is_syllable(m.group(2)):
        return f"{m.group(1)} {m.group(2)}"
    return token


@dataclass(frozen=True)
class OcrWord:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    conf: float
    block: int
    line: int  # index of the line in the page, in reading order


@dataclass(frozen=True)
class OcrPage:
    words: list[OcrWord]
    text: str
    mean_conf: float | None


def words_to_text(words: list[OcrWord]) -> str:
    """Lines joined by newlines, blocks by a blank line."""
    out: list[str] = []
    prev_line = prev_block = None
    for w in words:
        if prev_line is None:
            out.append(w.text)
        elif w.line != prev_line:
            # a code broken at its hyphen ("11170/UBND-" + "KSTT") is one token again; Vietnamese
            # syllables are never hyphenated across lines, so other hyphens stay where they are
            if out[-1].endswith(("-", "/")) and len(out[-1]) > 1 and w.text[:1].isupper() | w.text[:1].isdigit():
                out.append(w.text)
            else:
                out.append("\n\n" if w.block != prev_block else "\n")
                out.append(w.text)
        else:
            out.append(" " + w.text)
        prev_line, prev_block = w.line, w.block
    return "".join(out)


REREAD_BELOW = 60.0  # mean word confidence under which a page is read again another way
# clean and worn scans read at 80-96 in bench/ocr.py; an upside-down page reads under 40


def read_page(gray: np.ndarray, dpi: int, langs: str, psm: int, timeout_s: float) -> tuple[OcrPage, str]:
    """OCR, and when the reading is doubtful, read again upright (OSD) and with psm 6, keeping the
    reading with the best confidence among those that found at least half as many words."""
    first = ocr_page(gray, dpi, langs, psm, timeout_s)
    if first.mean_conf is not None and first.mean_conf >= REREAD_BELOW:
        return first, ""
    tries = [(first, "")]
    turn = tesseract.orientation(Image.fromarray(gray), timeout_s)
    if turn:
        upright = np.ascontiguousarray(np.rot90(gray, k=turn // 90))  # OSD's angle is clockwise
        tries.append((ocr_page(upright, dpi, langs, psm, timeout_s), f"turned {turn}°"))
    tries.append((ocr_page(gray, dpi, langs, 6, timeout_s), "re-read as one block (psm 6)"))
    enough = [t for t in tries if len(t[0].words) >= 0.5 * max(len(first.words), 1)] or tries
    best = max(enough, key=lambda t: t[0].mean_conf or 0.0)
    return best[0], best[1]


def ocr_page(gray: np.ndarray, dpi: int, langs: str, psm: int, timeout_s: float) -> OcrPage:
    raw = tesseract.read_words(Image.fromarray(gray), langs, psm, timeout_s, dpi=dpi)
    k = 300 / dpi
    words, line_ids = [], {}
    for t in raw:
        line = line_ids.setdefault((t.block, t.par, t.line), len(line_ids))
        words.append(
            OcrWord(t.text, t.left * k, t.top * k, (t.left + t.width) * k, (t.top + t.height) * k, t.conf, t.block, line)
        )
    confs = [w.conf for w in words if w.conf >= 0]
    return OcrPage(words, words_to_text(words), float(np.mean(confs)) if confs else None)
