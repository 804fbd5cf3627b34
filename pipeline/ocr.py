"""OCR one cleaned page image into words (text, box at 300 DPI, confidence) and reading-order text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import cv2
import numpy as np
from PIL import Image

from baocao.core.vietnamese import FOOTNOTE_MARKS, has_marks, is_syllable, looks_printed, strip_marks
from baocao.pipeline import engine

_HEADING_WORDS = re.compile(r"cong hoa|doc lap|ngay \d+ thang|\bso:")
HEADING_LEFT, HEADING_RIGHT, FOOTNOTES = -2, -1, -3  # block numbers of the layout's own zones
_MARKS = set(FOOTNOTE_MARKS)


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


def _zone(block: int) -> int:
    """The heading's two columns are one zone of text: its lines go row by row, with no blank line."""
    return HEADING_LEFT if block in (HEADING_LEFT, HEADING_RIGHT) else block


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
                out.append("\n\n" if _zone(w.block) != _zone(prev_block) else "\n")
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
    turn = engine.current().orientation(Image.fromarray(gray), timeout_s)
    if turn:
        upright = np.ascontiguousarray(np.rot90(gray, k=turn // 90))  # OSD's angle is clockwise
        tries.append((ocr_page(upright, dpi, langs, psm, timeout_s), f"turned {turn}°"))
    tries.append((ocr_page(gray, dpi, langs, 6, timeout_s), "re-read as one block (psm 6)"))
    enough = [t for t in tries if len(t[0].words) >= 0.5 * max(len(first.words), 1)] or tries
    best = max(enough, key=lambda t: t[0].mean_conf or 0.0)
    return best[0], best[1]


def _by_line(words: list[OcrWord]) -> dict[int, list[OcrWord]]:
    lines: dict[int, list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    return lines


def _line_geometry(ws: list[OcrWord]) -> tuple[float, float, float, float, float]:
    """x0, x1, centre x, centre y and median height of a line's words."""
    xs = [(w.x0 + w.x1) / 2 for w in ws]
    ys = [(w.y0 + w.y1) / 2 for w in ws]
    return min(w.x0 for w in ws), max(w.x1 for w in ws), float(np.mean(xs)), float(np.median(ys)), \
        float(np.median([w.y1 - w.y0 for w in ws]))  # fmt: skip


def _slope(ws: list[OcrWord]) -> float | None:
    if len(ws) < 4:
        return None
    xs = np.array([(w.x0 + w.x1) / 2 for w in ws])
    ys = np.array([w.y1 for w in ws])  # baselines-ish: the bottoms of most words
    return float(np.polyfit(xs, ys, 1)[0]) if np.ptp(xs) > 0 else None


def two_columns(lines: list[list[OcrWord]], page_width: float) -> bool:
    """Body text set in two columns: a vertical gutter (4 mm) in the middle of the page that at most
    a tenth of the lines cross, with lines on both sides of it."""
    if len(lines) < 6:
        return False
    spans = [(min(w.x0 for w in ws), max(w.x1 for w in ws)) for ws in lines]
    step = 0.02 * page_width
    for x in np.arange(0.3 * page_width, 0.7 * page_width, step / 2):
        cross = sum(a < x + step and b > x - step for a, b in spans)
        left = sum(b <= x - step for a, b in spans)
        right = sum(a >= x + step for a, b in spans)
        if cross <= 0.1 * len(lines) and left >= 0.25 * len(lines) and right >= 0.25 * len(lines):
            return True
    return False


def reading_order(words: list[OcrWord], page_width: float) -> list[OcrWord]:
    """Lines in the order a reader takes them: top to bottom, and the pieces of one printed line
    joined left to right. Tesseract's page layout cuts a region it finds odd (a seal over the text, a
    stain) into blocks of its own and emits them after the paragraph; on a one-column page its
    lines are sorted by their height on the page instead, measured along the page's residual tilt.
    Two-column body text is left in Tesseract's order, which follows the columns."""
    lines = list(_by_line(words).values())
    if len(lines) < 2 or two_columns(lines, page_width):
        return words
    slopes = [s for ws in lines if (s := _slope(ws)) is not None]
    tilt = float(np.median(slopes)) if slopes else 0.0
    geo = [_line_geometry(ws) for ws in lines]
    level = [cy - tilt * (cx - page_width / 2) for _, _, cx, cy, _ in geo]  # the line's height at mid-page
    rows: list[list[int]] = []
    for i in sorted(range(len(lines)), key=lambda i: level[i]):
        x0, x1, _, _, h = geo[i]
        for row in reversed(rows[-3:]):
            j = row[0]
            near = abs(level[i] - level[j]) < 0.5 * min(h, geo[j][4])
            apart = all(x1 <= geo[k][0] + 2 or x0 >= geo[k][1] - 2 for k in row)
            if near and apart:
                row.append(i)
                break
        else:
            rows.append([i])
    out: list[OcrWord] = []
    for n, row in enumerate(rows):
        pieces = sorted(row, key=lambda i: geo[i][0])
        block = lines[pieces[0]][0].block
        out += [replace(w, block=block, line=n) for i in pieces for w in sorted(lines[i], key=lambda w: w.x0)]
    return out


def heading_columns(words: list[OcrWord], page_width: float) -> list[OcrWord]:
    """The two-column heading of an official document (issuer and số hiệu left; the national motto
    and 'Nghệ An, ngày ...' right) as two blocks (words' block -2 and -1) whose lines come row by row,
    as a reader takes them ('Số: ...' after the motto, not after the issuer): Tesseract often
    reads it line by line across both columns ('UBND TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI ...') or one column
    after the other. A heading set in one column (no wide gap in its lines) is left as read.

    The heading is the run of lines at the top of the page without a wide vertical gap; the column
    boundary is the median of the wide horizontal gaps (5 mm or more) found in those lines; a word
    astride the boundary means the line is body text, and the heading ends there."""
    lines = _by_line(words)
    gap = 0.025 * page_width  # 5 mm: word spaces are 1-1.5 mm
    top: list[list[OcrWord]] = []
    last_bottom, splits = None, []
    for ws in lines.values():
        ws = sorted(ws, key=lambda w: w.x0)
        if last_bottom is not None and min(w.y0 for w in ws) - last_bottom > 2.5 * max(w.y1 - w.y0 for w in ws):
            break  # a wide vertical gap: the body starts
        last_bottom = max(w.y1 for w in ws) if last_bottom is None else max(last_bottom, max(w.y1 for w in ws))
        top.append(ws)
        widest = max(((ws[i].x0 - ws[i - 1].x1, (ws[i].x0 + ws[i - 1].x1) / 2) for i in range(1, len(ws))), default=None)
        if widest and widest[0] > gap:
            splits.append(widest[1])
    for a in top:  # or two lines side by side, when Tesseract already read the columns apart
        for b in top:
            a_y, b_y = (min(w.y0 for w in a), max(w.y1 for w in a)), (min(w.y0 for w in b), max(w.y1 for w in b))
            overlap = min(a_y[1], b_y[1]) - max(a_y[0], b_y[0])
            if overlap > 0.5 * min(a_y[1] - a_y[0], b_y[1] - b_y[0]) and b[0].x0 - a[-1].x1 > gap:
                splits.append((a[-1].x1 + b[0].x0) / 2)
    if not splits:
        return words
    boundary = float(np.median(splits))
    left, right = [], []
    for ws in top:
        if any(w.x0 < boundary < w.x1 for w in ws):
            break
        left.append([w for w in ws if w.x1 <= boundary])
        right.append([w for w in ws if w.x0 >= boundary])
    left, right = [p for p in left if p], [p for p in right if p]
    said = strip_marks(" ".join(w.text for ws in left + right for w in ws)).lower()
    if not left or not right or not _HEADING_WORDS.search(said):
        return words  # two columns, but not an official heading (a table, a list): left as read
    heading = {w.line for ws in left + right for w in ws}
    out: list[OcrWord] = []
    pieces = [(HEADING_LEFT, p) for p in left] + [(HEADING_RIGHT, p) for p in right]
    for line_no, (block, ws) in enumerate(_grid_rows(pieces)):
        out += [replace(w, block=block, line=line_no) for w in ws]
    line_no = len(pieces)
    rest = [w for w in words if w.line not in heading]
    renumber = {old: line_no + i for i, old in enumerate(dict.fromkeys(w.line for w in rest))}
    return out + [replace(w, line=renumber[w.line]) for w in rest]


def _grid_rows(pieces: list[tuple[int, list[OcrWord]]]) -> list[tuple[int, list[OcrWord]]]:
    """The heading's pieces as a reader takes a two-cell grid: row by row down the page, the left
    cell's line before the right one's when they share a row (more than half their height)."""
    span = [(min(w.y0 for w in ws), max(w.y1 for w in ws)) for _, ws in pieces]
    rows: list[list[int]] = []
    for i in sorted(range(len(pieces)), key=lambda i: sum(span[i]) / 2):
        last = rows[-1] if rows else []
        if last and all(min(span[i][1], span[j][1]) - max(span[i][0], span[j][0])
                        > 0.5 * min(span[i][1] - span[i][0], span[j][1] - span[j][0]) for j in last):  # fmt: skip
            last.append(i)
        else:
            rows.append([i])
    return [pieces[i] for row in rows for i in sorted(row, key=lambda i: pieces[i][0])]


# a footnote line is set under this share of the body's line height or line pitch (10 pt under 13 pt:
# 0.77); word heights swing with marks and descenders (29-36 px in one 10 pt footnote over 38 px text)
SMALLER = 0.88


def footnotes(words: list[OcrWord], gray: np.ndarray | None = None, scale: float = 1.0) -> list[OcrWord]:
    """The footnotes at the foot of a page as one block of their own, after the body: the run of lines
    at the bottom set smaller than the body, when its first line opens with a footnote mark ('⁵ Các
    mô hình ...') or sits under the short rule that separates footnotes from the text (`gray`, the
    page at `scale` times the words' pixels). Tesseract may read them into the body's last
    paragraph, or put a block between."""
    lines = _by_line(words)
    if len(lines) < 3:
        return words
    height = {n: float(np.median([w.y1 - w.y0 for w in ws])) for n, ws in lines.items()}
    body = float(np.median([height[w.line] for w in words]))
    by_top = sorted(lines, key=lambda n: min(w.y0 for w in lines[n]))
    tops = [min(w.y0 for w in lines[n]) for n in by_top]
    pitch = {n: (tops[i + 1] - tops[i]) if i + 1 < len(tops) else (tops[i] - tops[i - 1]) for i, n in enumerate(by_top)}
    body_pitch = float(np.median(list(pitch.values())))
    zone: list[int] = []
    for n in reversed(by_top):
        if height[n] >= SMALLER * body and pitch[n] >= SMALLER * body_pitch:
            break
        zone.insert(0, n)
    if not zone or len(zone) == len(lines):
        return words
    above = by_top[by_top.index(zone[0]) - 1]
    ruled = gray is not None and _rule_between(gray, max(w.y1 for w in lines[above]) * scale,
                                               min(w.y0 for w in lines[zone[0]]) * scale)  # fmt: skip
    while zone and not ruled and not _opens_with_mark(lines[zone[0]]):
        zone.pop(0)  # small lines above the first mark (a signature block's tail) stay in the body
    if not zone:
        return words
    notes = set(zone)
    order = [n for n in dict.fromkeys(w.line for w in words) if n not in notes] + zone
    renumber = {old: i for i, old in enumerate(order)}
    out = [replace(w, line=renumber[w.line]) for w in words if w.line not in notes]
    out += [replace(w, block=FOOTNOTES, line=renumber[n]) for n in zone for w in sorted(lines[n], key=lambda w: w.x0)]
    return out


def _rule_between(gray: np.ndarray, y0: float, y1: float) -> bool:
    """A short rule alone on its rows between two lines: the separator above footnotes (25-80 mm,
    from the left margin; a full-width line is a table's or a form's)."""
    band = gray[max(0, int(y0)) : max(0, int(y1)), :] < 128
    if band.size == 0:
        return False
    width = gray.shape[1]
    for row in band[band.any(axis=1)]:
        xs = np.flatnonzero(row)
        cuts = np.flatnonzero(np.diff(xs) > 2)  # the row's dark runs; a speck elsewhere is its own run
        starts, ends = np.r_[xs[0], xs[cuts + 1]], np.r_[xs[cuts], xs[-1]]
        j = int(np.argmax(ends - starts))
        run = ends[j] - starts[j] + 1
        if 0.12 * width <= run <= 0.4 * width and starts[j] < 0.3 * width and len(xs) - run < 0.02 * width:
            return True
    return False


def _opens_with_mark(line: list[OcrWord]) -> bool:
    first = min(line, key=lambda w: w.x0).text
    return first[:1] in _MARKS


def drop_specks(words: list[OcrWord]) -> list[OcrWord]:
    """A 'word' Tesseract itself gave under 10 and that stands under 0.4 of the page's median word
    height is dirt read as letters ('xÑ' at 0 and 0.27 on a worn page, 'k' at 0 and 0.11); a
    dash or a comma is as small, but read at 90 and more, and a footnote's own mark is kept."""
    if not words:
        return words
    tall = float(np.median([w.y1 - w.y0 for w in words]))
    return [w for w in words if not (0 <= w.conf < 10 and w.y1 - w.y0 < 0.4 * tall and not _MARKS & set(w.text))]


MARGIN_CONF = 75.0  # a word outside the text column is kept when read at this confidence or more


def text_column(words: list[OcrWord]) -> tuple[float, float] | None:
    """The left and right edges of the body's text block: where most lines start and end (a tenth
    of the lines may stick out, as a margin note Tesseract joined to a line does); None on a page of
    too few lines to tell."""
    lines = [ws for ws in _by_line(words).values() if len(ws) >= 3]
    if len(lines) < 6:
        return None
    return (float(np.percentile([min(w.x0 for w in ws) for ws in lines], 10)),
            float(np.percentile([max(w.x1 for w in ws) for ws in lines], 90)))  # fmt: skip


def drop_margin_notes(words: list[OcrWord], page_width: float) -> list[OcrWord]:
    """Words wholly outside the page's text column (left or right margin) that Tesseract read with
    low confidence or that are no printed word: a reader's handwriting, a bracket, a received
    stamp's scrawl beside the heading. A printed word there (a page number, a hanging list mark)
    reads confidently as a word and stays."""
    column = text_column(words)
    if column is None:
        return words
    tol = 0.01 * page_width  # 2 mm: ragged starts of a slightly skewed page
    left, right = column[0] - tol, column[1] + tol
    return [w for w in words
            if left <= w.x1 and w.x0 <= right or (w.conf >= MARGIN_CONF and looks_printed(w.text))]  # fmt: skip


def unread_ink(gray: np.ndarray, words: list[OcrWord], k: float) -> list[tuple[int, int, int, int]]:
    """Boxes (in `gray`'s pixels) of text-like ink that no word covers: a line or a piece of one that
    Tesseract's layout dropped (under a seal's band, beside a stain). Ink is found at quarter size
    and grouped into line-shaped parts at least 5 mm wide and as tall as a line of text; rulings and
    specks are not. `k` turns `gray`'s pixels into the words' 300-DPI ones."""
    if not words:
        return []
    q = 0.25
    small = cv2.resize(gray, None, fx=q, fy=q, interpolation=cv2.INTER_AREA)
    ink = (small < 128).astype(np.uint8)
    f = q / k  # words' pixels to the small image's
    for w in words:
        ink[max(0, int(w.y0 * f) - 1) : int(w.y1 * f) + 2, max(0, int(w.x0 * f) - 1) : int(w.x1 * f) + 2] = 0
    tall = float(np.median([w.y1 - w.y0 for w in words])) * f
    mm = small.shape[1] / 210
    grouped = cv2.dilate(ink, np.ones((1, max(3, round(2 * mm))), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(grouped, connectivity=8)
    parts = []
    for i in range(1, n):
        x, y, bw, bh, _ = stats[i]
        if 0.6 * tall <= bh <= 2.5 * tall and ink[y : y + bh, x : x + bw].sum() >= 0.08 * bw * bh:
            parts.append([x, y, x + bw, y + bh])
    rows: list[list[int]] = []  # the pieces of one line, joined: a line is read with its context
    for p in sorted(parts):
        row = next((r for r in rows if min(r[3], p[3]) - max(r[1], p[1]) > 0.5 * min(r[3] - r[1], p[3] - p[1])
                    and p[0] - r[2] < 15 * mm), None)  # fmt: skip
        if row is None:
            rows.append(p)
        else:
            row[:] = [min(row[0], p[0]), min(row[1], p[1]), max(row[2], p[2]), max(row[3], p[3])]
    pad = round(0.4 * tall)
    return [tuple(round(v / q) for v in (max(0, x0 - pad), max(0, y0 - pad), x1 + pad, y1 + pad))
            for x0, y0, x1, y1 in rows if x1 - x0 >= 5 * mm]  # fmt: skip


REREAD_CONF = 60.0  # a re-read piece is kept when Tesseract reads it at this mean confidence or more


def read_unread(gray: np.ndarray, words: list[OcrWord], dpi: int, langs: str, timeout_s: float) -> list[OcrWord]:
    """The page's words plus those of every inked region left without words, each read on its own as
    one line (psm 7) or a block (psm 6); a piece that reads as noise (handwriting, a blot) is left out."""
    k = 300 / dpi
    found = []
    line_no = max((w.line for w in words), default=-1) + 1
    tall = float(np.median([w.y1 - w.y0 for w in words])) / k if words else 0
    for x0, y0, x1, y1 in unread_ink(gray, words, k):
        crop = gray[y0:y1, x0:x1]
        psm = 7 if crop.shape[0] < 2.2 * tall else 6
        got = engine.current().read_words(Image.fromarray(np.ascontiguousarray(crop)), langs, psm, timeout_s, dpi=dpi)
        got = [t for t in got if t.text.strip()]
        if not got or np.mean([t.conf for t in got]) < REREAD_CONF:
            continue
        ids: dict[tuple[int, int, int], int] = {}
        for t in got:
            line = ids.setdefault((t.block, t.par, t.line), line_no + len(ids))
            found.append(OcrWord(t.text, (x0 + t.left) * k, (y0 + t.top) * k, (x0 + t.left + t.width) * k,
                                 (y0 + t.top + t.height) * k, t.conf, 0, line))  # fmt: skip
        line_no += len(ids)
    return words + found


def ocr_page(gray: np.ndarray, dpi: int, langs: str, psm: int, timeout_s: float) -> OcrPage:
    raw = engine.current().read_words(Image.fromarray(gray), langs, psm, timeout_s, dpi=dpi)
    k = 300 / dpi
    words, line_ids = [], {}
    for t in raw:
        line = line_ids.setdefault((t.block, t.par, t.line), len(line_ids))
        words.append(OcrWord(t.text, t.left * k, t.top * k, (t.left + t.width) * k, (t.top + t.height) * k, t.conf, t.block, line))
    words = read_unread(gray, drop_specks(words), dpi, langs, timeout_s)
    words = drop_margin_notes(words, gray.shape[1] * k)
    words = reading_order(words, gray.shape[1] * k)
    words = footnotes(heading_columns(words, gray.shape[1] * k), gray, 1 / k)
    confs = [w.conf for w in words if w.conf >= 0]
    return OcrPage(words, words_to_text(words), float(np.mean(confs)) if confs else None)
