"""Ruled tables on scanned pages: find the grid, derive merged cells, OCR each cell on its own.

Grid-then-cell, not words-then-guess: ruling lines come from OpenCV morphology on the cleaned page
(an opening with a long thin kernel keeps only strokes longer than any letter; a short closing first
bridges broken or faint lines). Row and column boundaries are where the lines run; a boundary that is
missing inside a band means the cells on both sides are one merged cell. Each cell is then read by
Tesseract as a block of lines (psm 6) and its lines joined.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import cv2
import numpy as np
from PIL import Image

from baocao.core.vietnamese import looks_printed, unglue


# a boundary must run along this share of the table's width or height: low enough for the line
# under a merged header that spans two of four columns, far above any stroke of text after the opening
MIN_LINE_FRACTION = 0.15
PRESENT = 0.6  # share of a boundary segment that must be inked for the two cells to be apart


@dataclass
class Cell:
    row: int
    col: int
    row_span: int
    col_span: int
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in the page image
    text: str = ""
    confidence: float | None = None
    word_confs: list[float] | None = None  # each word of `text` (split at spaces): the document stage trusts it that much


@dataclass
class Grid:
    xs: list[int]  # column boundaries, left to right
    ys: list[int]  # row boundaries, top to bottom
    cells: list[Cell] = field(default_factory=list)

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]


def _line_masks(gray: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)[1]
    h, w = ink.shape
    horiz = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1)))
    # ~5 cm at 300 DPI: longer than any run of letters the closing may have glued together (a line of
    # text in a wide cell made 340-px runs with w // 30), shorter than the narrowest ruled column
    horiz = cv2.morphologyEx(horiz, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(60, w // 12), 1)))
    vert = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 9)))
    vert = cv2.morphologyEx(vert, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(30, h // 60))))
    return horiz, vert


def _positions(profile: np.ndarray, threshold: float, merge: int = 12) -> list[int]:
    """Centres of the runs where a projection profile stays above `threshold`; runs closer than
    `merge` pixels are one ruling (a thick or doubled line, a skew remnant)."""
    on = profile >= threshold
    runs, start = [], None
    for i, v in enumerate(np.append(on, False)):
        if v and start is None:
            start = i
        elif not v and start is not None:
            if runs and start - runs[-1][1] <= merge:
                runs[-1] = (runs[-1][0], i - 1)
            else:
                runs.append((start, i - 1))
            start = None
    return [(a + b) // 2 for a, b in runs]


def find_grid(gray: np.ndarray) -> Grid | None:
    """The largest ruled grid on the page, with its merged cells; None when there is none."""
    horiz, vert = _line_masks(gray)
    both = cv2.dilate(cv2.bitwise_or(horiz, vert), np.ones((5, 5), np.uint8))
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(both)
    if n < 2:
        return None
    k = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    x, y, w, h = stats[k, :4]
    if w < 200 or h < 60:
        return None
    ys = _positions(horiz[y : y + h, x : x + w].sum(axis=1) / 255, MIN_LINE_FRACTION * w)
    xs = _positions(vert[y : y + h, x : x + w].sum(axis=0) / 255, MIN_LINE_FRACTION * h)
    if len(ys) < 2 or len(xs) < 2:
        return None
    grid = Grid([x + v for v in xs], [y + v for v in ys])
    grid.cells = _cells(grid, horiz, vert)
    return grid


def _present(mask: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> bool:
    seg = mask[max(0, y0) : y1 + 1, max(0, x0) : x1 + 1]
    if seg.size == 0:
        return False
    along = seg.max(axis=1) if (y1 - y0) > (x1 - x0) else seg.max(axis=0)
    return float((along > 0).mean()) >= PRESENT


# the unit a page states for a table's figures: "Đơn vị tính: triệu đồng", "ĐVT: người"
UNIT_LINE = re.compile(r"(?:đơn\s+vị\s+tính|đvt)\s*:\s*([^;.\n)]+)", re.IGNORECASE)
ROW_NUMBER = re.compile(r"^\s*([0-9]+(\.[0-9]+)*|[IVXLC]+|[a-zđ])[.)]?\s*$")  # a row's number: 1, 1.2, IV, a)


def merge_units(rows: int, cols: int, joined_right: Callable[[int, int], bool],
                joined_below: Callable[[int, int], bool]) -> list[list[tuple[int, int]]]:  # fmt: skip
    """Union the grid units (row, col) whose shared edge is missing; one list of units (in reading
    order) per cell. Used for scans and, with camelot's edges, for digital PDFs."""
    parent = list(range(rows * cols))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols and joined_right(r, c):
                parent[find(r * cols + c + 1)] = find(r * cols + c)
            if r + 1 < rows and joined_below(r, c):
                parent[find((r + 1) * cols + c)] = find(r * cols + c)
    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(rows):
        for c in range(cols):
            groups.setdefault(find(r * cols + c), []).append((r, c))
    return list(groups.values())


def span_of(units: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    """(first row, first col, last row, last col) of a merged cell's units."""
    return min(u[0] for u in units), min(u[1] for u in units), max(u[0] for u in units), max(u[1] for u in units)


def _cells(grid: Grid, horiz: np.ndarray, vert: np.ndarray) -> list[Cell]:
    """One cell per union of grid units whose shared ruling is not inked."""
    rows, cols = len(grid.ys) - 1, len(grid.xs) - 1
    pad = 6

    def joined_right(r: int, c: int) -> bool:
        xb = grid.xs[c + 1]
        return not _present(vert, xb - 3, grid.ys[r] + pad, xb + 3, grid.ys[r + 1] - pad)

    def joined_below(r: int, c: int) -> bool:
        yb = grid.ys[r + 1]
        return not _present(horiz, grid.xs[c] + pad, yb - 3, grid.xs[c + 1] - pad, yb + 3)

    cells = []
    for units in merge_units(rows, cols, joined_right, joined_below):
        r0, c0, r1, c1 = span_of(units)
        box = (grid.xs[c0], grid.ys[r0], grid.xs[c1 + 1], grid.ys[r1 + 1])
        cells.append(Cell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, box))
    return sorted(cells, key=lambda cell: (cell.row, cell.col))


def cell_image(gray: np.ndarray, cell: Cell, dpi: int = 300) -> Image.Image | None:
    """What Tesseract is given of one cell: inside its rulings, on a white margin; None when empty."""
    inset = max(4, dpi // 60)
    x0, y0, x1, y1 = cell.box
    crop = gray[y0 + inset : y1 - inset, x0 + inset : x1 - inset]
    if crop.size == 0 or crop.min() > 160:  # nothing darker than paper
        return None
    crop = _erase_edge_rulings(crop)
    if not _inked(crop, _glyph_px(dpi)).any():  # specks only (a seal's dotted ring, toner): empty
        return None
    return Image.fromarray(cv2.copyMakeBorder(crop, 12, 12, 12, 12, cv2.BORDER_CONSTANT, value=255))


SURE_CELL_WORD = 60.0  # a cell word read under this confidence must show a letter's ink to be kept
REREAD_BELOW = 90.0  # a cell a seal crossed is read again when a word of it is read under this confidence
FLUENCY_MARGIN = 1.0  # nats: two readings of a word closer than this in the language model are told apart by confidence
SEAL_CROSSED_CONF = 50.0  # a word a gray seal crossed is passed on as no surer than this: the document stage may
# mend its marks ('đấu' for 'dấu' is mended at 50, not at 60), unless its column prints it elsewhere, read sure
# ('Mức 3' alone in a cell would become 'Mục 3')
SEAL_LIGHTEST = 10  # percent: a cell read again drops what is as light as the lightest tenth of the seal's ink


def read_cells(gray: np.ndarray, grid: Grid, engine, langs: str, timeout_s: float, dpi: int = 300,
               unstamped: np.ndarray | None = None, fluency: Callable[[str], float] | None = None) -> Grid:  # fmt: skip
    """OCR every cell on its own, inside its ruling lines, with the page's `OcrEngine` (passed in:
    image tables sit beside the engine, not above it); lines of a cell joined by a space.

    `unstamped` is the page as it was before a gray seal was erased (the clean-up's
    `CleanReport.unstamped`): erasing the ring also takes the edges of the letters it crossed
    ('Quvết', 'đượt', '31:3:2022'), so a cell the seal crossed that reads unsure is read again from
    that page with the seal dropped by its gray level instead, and the reading that has fewer words
    no Vietnamese text spells, then the more fluent one by `fluency` (a log-probability of a text,
    from the language model), is kept. A word the seal crossed is passed on unsure (SEAL_CROSSED_CONF),
    and a column of numbers reads its stray words again as digits (`_read_number_columns`)."""
    under_seal: list[tuple[Cell, int]] = []  # (cell, word) a gray seal crossed
    sure: set[tuple[int, str]] = set()  # (column, word) read sure away from the seal
    for cell in grid.cells:
        image = cell_image(gray, cell, dpi)
        if image is None:
            continue
        words = _cell_words(image, engine, langs, timeout_s, dpi)
        crossed = [False] * len(words)
        if unstamped is not None:
            crossed = _seal_crossed(gray, unstamped, cell, words, dpi)
            if any(crossed) and (alt := _band_cut(gray, unstamped, cell, dpi)) is not None:
                words = _merged(words, _cell_words(alt, engine, langs, timeout_s, dpi), fluency, crossed)
            if _unsure(words) and (alt := _ring_dropped(gray, unstamped, cell, dpi)) is not None:
                words = _merged(words, _cell_words(alt, engine, langs, timeout_s, dpi), fluency)
            crossed = _seal_crossed(gray, unstamped, cell, words, dpi)
        pieces = [(piece, w.conf, x) for w, x in zip(words, crossed, strict=True) for piece in unglue(w.text).split()]
        cell.text = " ".join(p for p, _c, _x in pieces)
        cell.word_confs = [float(c) for _p, c, _x in pieces]
        confs = [w.conf for w in words if w.conf >= 0]
        cell.confidence = round(float(np.mean(confs)) / 100, 3) if confs else None
        under_seal += [(cell, i) for i, (_p, _c, x) in enumerate(pieces) if x]
        sure.update((cell.col, p) for p, c, x in pieces if not x and c >= REREAD_BELOW)
    for cell, i in under_seal:  # the column vouches for a word it prints elsewhere, read sure and clear of the seal
        if (cell.col, cell.text.split()[i]) not in sure:
            cell.word_confs[i] = min(cell.word_confs[i], SEAL_CROSSED_CONF)
    _read_number_columns(gray, grid, engine, langs, timeout_s, dpi)
    return grid


NUMBER = re.compile(r"^\d+([.,]\d+)*$")  # a count or a row's number as printed: 11, 1.234, 81,6
NUMBER_COLUMN = 0.8  # share of a column's filled cells (from its first number down) that must be numbers
ROW_LETTER = re.compile(r"^[A-ZĐ]\.?$")  # a section's letter in a column of row numbers: A, B.


def _read_number_columns(gray: np.ndarray, grid: Grid, engine, langs: str, timeout_s: float, dpi: int) -> None:
    """A cell of a column of numbers that reads as something else ('lãi' for an '11' with a ruling's
    remnant above it) is read again as digits only, and the digits kept when Tesseract is surer of
    them. The column decides, not the cell: at least 3 of its cells, and NUMBER_COLUMN of those
    filled from its first number down, are numbers; row labels (A, II, a) and cells with no letter or
    digit ('-') stand."""
    read = getattr(engine, "read_digits", None)
    columns: dict[int, list[Cell]] = {}
    for cell in grid.cells:
        if cell.col_span == 1 and cell.text:
            columns.setdefault(cell.col, []).append(cell)
    for cells in columns.values() if read is not None else ():
        first = next((i for i, c in enumerate(cells) if NUMBER.match(c.text)), None)
        body = cells[first:] if first is not None else []
        if sum(bool(NUMBER.match(c.text)) for c in body) < max(3, NUMBER_COLUMN * len(body)):
            continue
        for cell in body:
            text = cell.text
            if NUMBER.match(text) or ROW_NUMBER.match(text) or ROW_LETTER.match(text) or not any(ch.isalnum() for ch in text):
                continue
            image = cell_image(gray, cell, dpi)
            digits = read(image, langs, timeout_s, dpi=dpi) if image is not None else []
            was = 100 * cell.confidence if cell.confidence is not None else 0.0
            if len(digits) == 1 and NUMBER.match(digits[0].text) and digits[0].conf >= max(SURE_CELL_WORD, was):
                cell.text, cell.word_confs, cell.confidence = digits[0].text, [digits[0].conf], round(digits[0].conf / 100, 3)


def _cell_words(image: Image.Image, engine, langs: str, timeout_s: float, dpi: int) -> list:
    """A cell's words as read at psm 6, without rulings, specks and a seal's dots."""
    words = engine.read_words(image, langs, 6, timeout_s, dpi=dpi)
    tall = float(np.median([w.height for w in words])) if words else 0.0
    words = [w for w in words if not _is_noise(w, tall)]
    doubtful = [w for w in words if w.conf < SURE_CELL_WORD or not looks_printed(w.text)]
    if doubtful:  # kept only with ink of a letter's size under them (half the cell's word height)
        inked = _inked(np.asarray(image), max(_glyph_px(dpi), round(0.5 * tall)))
        words = [w for w in words if w not in doubtful or inked[w.top : w.top + w.height, w.left : w.left + w.width].any()]
    return [_drop_sunken_tail(w, np.asarray(image), tall) for w in words]


def _unsure(words: list) -> bool:
    return any(w.conf < REREAD_BELOW or not _spelled(w.text) for w in words)


def _erased(gray: np.ndarray, unstamped: np.ndarray, cell: Cell) -> np.ndarray:
    """Where in the cell's box the seal's erasure made mid-gray paper (a ghost of the back page is lighter)."""
    x0, y0, x1, y1 = cell.box
    return (unstamped[y0:y1, x0:x1] < 200) & (gray[y0:y1, x0:x1] == 255)


def _seal_crossed(gray: np.ndarray, unstamped: np.ndarray, cell: Cell, words: list, dpi: int) -> list[bool]:
    """Each word of the cell (boxes in `cell_image` coordinates): did the seal's erasure touch it? The
    ring's remnant over a letter reads as a stroke of its own ('đấu' for 'dấu', read at 97), which
    no confidence shows."""
    erased = _erased(gray, unstamped, cell)
    shift = max(4, dpi // 60) - 12  # cell_image's inset less its white margin
    least = _glyph_px(dpi) ** 2
    return [int(erased[max(0, w.top + shift) : w.top + w.height + shift, max(0, w.left + shift) : w.left + w.width + shift].sum()) >= least
            for w in words]  # fmt: skip


def _band_cut(gray: np.ndarray, unstamped: np.ndarray, cell: Cell, dpi: int) -> Image.Image | None:
    """The cell with the seal's whole path cut out, the letters it crossed too: where the ring crossed
    a letter, what the erasure kept (ink over ink) is a stroke of its own ('dấp' for 'cấp', 'Căn.€ước'),
    and a letter with a gap reads better than a letter with a stroke added. The path is the erased
    pixels closed over the gaps the kept ink left in them."""
    x0, y0, x1, y1 = cell.box
    k = max(3, round(5 * dpi / 300))
    path = cv2.morphologyEx(_erased(gray, unstamped, cell).astype(np.uint8), cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    cut = gray.copy()
    cut[y0:y1, x0:x1][path > 0] = 255
    return cell_image(cut, cell, dpi)


def _ring_dropped(gray: np.ndarray, unstamped: np.ndarray, cell: Cell, dpi: int) -> Image.Image | None:
    """The cell from the page before the seal was erased, every pixel as light as the lightest
    SEAL_LIGHTEST% of the seal's ink made paper: text under a gray seal is darker than the seal (ink times
    ink), so the letters stay whole where the erasure took their thin strokes with the ring. None when
    no seal was erased in the cell."""
    x0, y0, x1, y1 = cell.box
    erased = _erased(gray, unstamped, cell)
    if erased.sum() < _glyph_px(dpi) ** 2:
        return None
    seal = float(np.percentile(unstamped[y0:y1, x0:x1][erased], SEAL_LIGHTEST))
    return cell_image(np.where(unstamped >= seal, 255, unstamped).astype(np.uint8), cell, dpi)


def _spelled(text: str) -> bool:
    """A word Vietnamese print spells: a syllable, a number, a unit or a bound ('%', '>=80')."""
    core = text.strip("%<>=≥≤")
    return looks_printed(core) if core else True


def _merged(first: list, second: list, fluency: Callable[[str], float] | None, mendable: list[bool] | None = None) -> list:
    """Two readings of one cell, word by word: where they read one word each differently, the word
    Vietnamese print spells; if both or neither do, the one the language model finds more fluent in
    the cell (by more than FLUENCY_MARGIN) unless Tesseract was sure of one only (SURE_CELL_WORD),
    else the one Tesseract was surer of (also where the two differ only in punctuation, which the
    model scores as a cost); numbers by `_other_number`. The words are paired by their text, then where
    the texts differ by their boxes; a word no Vietnamese text spells that the second reading reads
    as two or more spelled words in its place ('Căn.€ước', 'Căn cước') is taken as those. Words only
    one reading has are left as the first reading has them (a seal's dots read as a word in the second
    are not taken, a word the second lost is kept). With `mendable`, only the first reading's words
    marked in it may change (those the seal crossed: elsewhere both readings saw the same pixels)."""
    out = [[w] for w in first]

    def text_with(k: int, words: list) -> str:
        return " ".join(w.text for i, ws in enumerate(out) for w in (words if i == k else ws))

    matcher = SequenceMatcher(a=[w.text for w in first], b=[w.text for w in second], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace":
            continue
        for k in range(i1, i2):
            mine = first[k]
            if mendable is not None and not mendable[k]:
                continue
            inside = [w for w in second[j1:j2] if _within(w, mine) >= 0.7]
            if not _spelled(mine.text) and len(inside) >= 2 and all(_spelled(w.text) for w in inside):
                out[k] = inside
                continue
            other = max(second[j1:j2], key=lambda w: _overlap(mine, w))
            if _overlap(mine, other) < 0.5:
                continue
            if _spelled(mine.text) != _spelled(other.text):
                take = _spelled(other.text)
            elif _DIGIT.search(mine.text) or _DIGIT.search(other.text):
                take = _other_number(mine.text, other.text, other.conf > mine.conf)
            elif _letters(mine.text) == _letters(other.text):  # '31:3:2022' or '31/3/2022', 'nhỏ,' or 'nhỏ':
                take = other.conf > mine.conf  # the model would only prefer the text with fewer stops
            elif (mine.conf < SURE_CELL_WORD) != (other.conf < SURE_CELL_WORD):  # 'dưới' read at 6, 'được' at 97
                take = other.conf > mine.conf
            elif fluency is not None and abs(gain := fluency(text_with(k, [other])) - fluency(text_with(k, [mine]))) > FLUENCY_MARGIN:
                take = gain > 0
            else:
                take = other.conf > mine.conf
            if take:
                out[k] = [other]
    return [w for ws in out for w in ws]


def _within(a, b) -> float:
    """The share of word a's box inside word b's box."""
    return _intersection(a, b) / (a.width * a.height or 1)


def _intersection(a, b) -> int:
    w = min(a.left + a.width, b.left + b.width) - max(a.left, b.left)
    h = min(a.top + a.height, b.top + b.height) - max(a.top, b.top)
    return max(0, w) * max(0, h)


_DIGIT = re.compile(r"\d")
_RAISED = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]")
_BETWEEN_DIGITS = re.compile(r"\d[.,:/]\d")


def _other_number(mine: str, other: str, surer: bool) -> bool:
    """Between two readings of a number the language model has no say (it scores digits as unknown).
    A table cell prints no raised digits, and a separator between digits is printed: a seal's erasure
    or a second reading drops a decimal comma more often than a speck lands between two digits
    ('816' for '81,6'). Otherwise the surer reading."""
    if bool(_RAISED.search(mine)) != bool(_RAISED.search(other)):
        return bool(_RAISED.search(mine))
    if (m := len(_BETWEEN_DIGITS.findall(mine))) != (o := len(_BETWEEN_DIGITS.findall(other))):
        return o > m
    return surer


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _overlap(a, b) -> float:
    """Intersection over union of two words' boxes: both readings of a cell share its geometry, so
    the same printed word sits in the same place in both."""
    inter = _intersection(a, b)
    return inter / (a.width * a.height + b.width * b.height - inter or 1)


def _glyph_px(dpi: int) -> int:
    """The least extent of a printed glyph's ink (0.8 mm: a hyphen, a comma at 10 pt); the specks a
    seal's ring or toner leaves are smaller."""
    return max(3, round(0.8 * dpi / 25.4))


def _inked(crop: np.ndarray, least: int) -> np.ndarray:
    """A mask of the dark parts of `crop` as wide or as tall as a glyph: where a word read there has
    printed ink under it. A word Tesseract made of a ring's dots and dashes ('Ầ „ ì') has none."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats((crop < 128).astype(np.uint8), connectivity=8)
    big = np.r_[False, np.maximum(stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]) >= least]
    return big[labels]


_TAIL = ".,:;…"


def _drop_sunken_tail(word, crop: np.ndarray, tall: float):
    """A word's trailing stops ('dân...') unless every bit of ink after its letters stands on their
    baseline, as printed stops and commas do: a seal ring's dots running down past a word are read
    as an ellipsis too, but they sink under the line."""
    tail = len(word.text) - len(word.text.rstrip(_TAIL))
    if not tail or tail == len(word.text):
        return word
    box = crop[word.top : word.top + word.height, word.left : word.left + word.width] < 128
    _, _, stats, _ = cv2.connectedComponentsWithStats(box.astype(np.uint8), connectivity=8)
    stats = stats[1:]
    letters = stats[np.maximum(stats[:, 2], stats[:, 3]) >= 0.4 * tall]
    if not len(letters):
        return word
    right = letters[:, 0] + letters[:, 2]
    end = int(right.max())
    baseline = float(np.median((letters[:, 1] + letters[:, 3])[right > end - tall]))
    after = stats[stats[:, 0] >= end]
    on_line = (after[:, 1] <= baseline) & (after[:, 1] + after[:, 3] >= baseline - 0.25 * tall)
    return word if on_line.all() else replace(word, text=word.text[:-tail])


def _erase_edge_rulings(crop: np.ndarray, margin: int = 16) -> np.ndarray:
    """Whiten what is left of a thick or skewed ruling along the crop's edges: Tesseract reads a
    line remnant as a string of punctuation."""
    crop = crop.copy()
    dark = crop < 128
    h, w = crop.shape
    for x in [*range(min(margin, w)), *range(max(w - margin, 0), w)]:
        if dark[:, x].mean() > 0.5:
            crop[:, x] = 255
    for y in [*range(min(margin, h)), *range(max(h - margin, 0), h)]:
        if dark[y, :].mean() > 0.5:
            crop[y, :] = 255
    return crop


def _is_noise(word, median_height: float) -> bool:
    """A stray ruling ('|'), a speck read as punctuation, or the marks of a tightly set line read
    on their own as a line of tiny glyphs (` ~ ˆ x): never words of the cell."""
    return (word.text in ("|", "||") or (word.conf < 60 and not any(ch.isalnum() for ch in word.text))
            or word.height < 0.4 * median_height)  # fmt: skip


def check_numbers(cells: list) -> dict[tuple[int, int], str]:
    """Cells whose numbers disagree with the rest of their row or column, with the reason:
    a rate that is not its count over its total ('154.212/164.765' beside '93,6%'), a total row
    ('Tổng', 'Cộng') that is not the sum of the cells above it."""
    from baocao.core.numbers import parse_quantity

    flags: dict[tuple[int, int], str] = {}
    by_row: dict[int, list] = {}
    for c in cells:
        by_row.setdefault(c.row, []).append(c)
    values = {}
    for c in cells:
        q = parse_quantity(c.text) if any(ch.isdigit() for ch in c.text) else None
        if q is not None and len(c.text) <= 40:
            values[(c.row, c.col)] = q
    for row, row_cells in by_row.items():
        qs = [(c, values[(c.row, c.col)]) for c in row_cells if (c.row, c.col) in values]
        rates = [(c, q) for c, q in qs if q.percent]
        fractions = [q for _c, q in qs if q.denominator]
        for c, q in rates:
            if fractions:
                expected = 100 * fractions[0].value / fractions[0].denominator
                if abs(expected - q.value) > 0.6:
                    flags[(c.row, c.col)] = f"rate {q.value:g}% but {fractions[0].value:g}/{fractions[0].denominator:g} is {expected:.1f}%"
    totals = [c for c in cells if c.col == 0 and re.match(r"^\s*(tổng|cộng)", c.text, re.IGNORECASE)]
    for total in totals:
        for (r, col), q in values.items():
            if r != total.row or q.percent or q.denominator:
                continue
            above = [v.value for (r2, c2), v in values.items() if c2 == col and r2 < r and not v.percent]
            if len(above) >= 2 and abs(sum(above) - q.value) > max(1.0, 0.005 * q.value):
                flags[(r, col)] = f"total {q.value:g} but the cells above add up to {sum(above):g}"
    return flags
