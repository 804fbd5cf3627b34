"""Pilot-model (mô hình) statuses: every row of an appendix of models, with the evidence for each.

An appendix row reads 'Mô hình N: name ... HOÀN THÀNH | ĐANG THỰC HIỆN | Không đăng ký triển khai',
but an English-only OCR prints the status as 'PANG THY'C HIEN' or '.FOAN Tmn', reads the table
column by column (the status lands a few lines before or after its label) and loses some labels.
So the evidence is gathered across the document and decided together:
  - status cells, recognised by the learned English-OCR channel (diacritics/channel.py) scoring a
    span against each of the three statuses, not by a list of garbles;
  - rows segmented with their numbering as a constraint (labels out of order are dropped, a number
    missing between two labels is a row whose label was lost), cells assigned to rows in order;
  - the body's list of completed models (often a footnote, in another numbering), joined to rows
    by name;
  - totals ('hoàn thành 20/38 mô hình', '(05 MÔ HÌNH)' group headers) as checks;
  - the row's own wording ('đang làm hồ sơ') as a weak hint.
A row nothing decides is kept with status None and sent to review, never dropped.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from baocao.core.vietnamese import SUPERSCRIPT_DIGITS, strip_marks
from baocao.extractors.document import REVIEW_BELOW, DocTable, DocText
from baocao.schemas.records import ModelState, ModelStatus, ReviewStatus, StatusEvidence

PHRASES = {ModelState.done: "hoàn thành", ModelState.in_progress: "đang thực hiện",
           ModelState.not_registered: "không đăng ký triển khai"}  # fmt: skip
MAX_MODEL = 99
# a status cell: this much likelier as a status printed through the channel than as random letters
CELL_LLR = 6.0
BACKGROUND = math.log(1 / 35)  # one printed character, knowing nothing
JUNK = math.log(0.01)  # a stray printed character ('_', ']', '.') inside a status
CUT = math.log(0.25)  # each letter lost at the end of a cell cut short by a ruling or the margin
SKELETON_MATCH = 72  # rapidfuzz ratio of a span's letters to a status before the channel weighs it
CELL_REACH = 25  # lines between a row's label and a status cell that can still be its own
NAME_MATCH = 62  # rapidfuzz score from which a listed name is the row's

# "Mô hình 3:", and what a garbling OCR leaves of it: "Mb hinh", "M6 hinh", "M@ hinh", "MOhinh 33"
_LABEL = re.compile(r"(?<![^\W\d_])M[^\s]{0,2}\s?h\s?[iìíỉĩịl1][^\s\d]{0,2}\s*0?(\d{1,2})(?!\d|[.,/]\d)", re.I)
# a row number alone at a line's start: "17 [MB hinh", "13 | ATkibm", "30 !\:"
_ROW_NO = re.compile(r"^\s*[\[{(|]?(\d{1,2})\s*[|\[{!:]")
_APPENDIX = re.compile(r"\b(phu\s*luc|danh\s*muc|bieu)\b.{0,80}\bmo\s*hinh", re.I)
_NEXT_APPENDIX = re.compile(r"^\s*(phu\s*luc|noi\s*nhan)\b", re.I)
_GROUP = re.compile(r"\((\d{1,2})\s*mo\s*hin\w*\)", re.I)
_DONE_TOTAL = re.compile(rf"hoan\s*thanh\s*(\d{{1,2}})[{SUPERSCRIPT_DIGITS}]*\W{{0,3}}"
                         rf"(?:\s*/\s*(\d{{1,2}}))?\s*m\S{{0,2}}\s*hinh", re.I)  # "hoàn thành 20⁵/38 mô hình"
_LIST_INTRO = re.compile(r"mo\s+hinh\s+(?:da\s+)?(hoan\s+thanh|dang\s+(?:thuc\s+hien|trien\s+khai))", re.I)
_AGENCY = re.compile(r"\(([^()]{3,60})\)\s*$")
_HINTS = [(ModelState.in_progress, re.compile(r"\bdang\s+(?:hoan\s+thien|lam\s+ho\s+so|trien\s+khai|xay\s+dung|phoi\s+hop)"
                                              r"|\bchua\s+danh\s+gia|\bcho\s+phe\s+duyet", re.I)),
          (ModelState.done, re.compile(r"\bda\s+hoan\s+thanh\b|\bdua\s+vao\s+van\s+hanh", re.I))]  # fmt: skip


def fold(text: str) -> str:
    return strip_marks(text).lower()


# --- status cells by the channel ----------------------------------------------------------------


@lru_cache(maxsize=1)
def _emit() -> dict[str, dict[str, float]]:
    from baocao.diacritics.channel import Channel

    channel = Channel.load(None)
    return channel.emit if channel else {}


def _emission(letter: str, out: str, emit: dict[str, dict[str, float]]) -> float:
    from baocao.diacritics.channel import _prior, _unseen

    if letter == " ":  # words of a status run together ('THUCHIEN') or split by junk
        return {" ": math.log(0.8), "": math.log(0.15)}.get(out, JUNK if len(out) == 1 else -1e9)
    lp = emit.get(letter, {}).get(out)
    lp = lp if lp is not None else _unseen(letter, out)
    if out == letter or out == strip_marks(letter):  # a page read with its marks, or stripped of them
        lp = max(lp, math.log(_prior(letter, out)))
    return lp


@lru_cache(maxsize=50_000)
def phrase_llr(phrase: str, observed: str) -> float:
    """log P(observed | the phrase printed through the channel) - log P(observed | random letters):
    how much likelier this printed span is as a rendering of the phrase than as anything."""
    emit = _emit()
    obs = observed.lower()
    n, m = len(phrase), len(obs)
    neg = -1e9
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for j in range(1, m + 1):
        best[0][j] = best[0][j - 1] + JUNK
    for i in range(1, n + 1):
        a = phrase[i - 1]
        row, prev = best[i], best[i - 1]
        for j in range(m + 1):
            top = row[j - 1] + JUNK if j else neg  # a stray character
            for k in range(min(2, j) + 1):
                if prev[j - k] > neg:
                    top = max(top, prev[j - k] + _emission(a, obs[j - k : j], emit))
            row[j] = top
    # a cell cut at its end ('HOAN THA'): the last few letters of the phrase never printed
    ends = [best[i][m] + CUT * (n - i) for i in range(max(1, n - 3), n + 1)]
    return max(ends) - m * BACKGROUND


@dataclass(frozen=True)
class Cell:
    line: int
    state: ModelState
    llr: float
    raw: str


def _upper_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


_PUNCT = "|[]{}()_.,;:'\"!-–"


def _read_with_marks(token: str) -> bool:
    """Letters no English OCR prints ('Ệ', 'ư', 'đ'): this word was read in Vietnamese."""
    return any(ord(c) > 0xFF and c.isalpha() for c in token)


def _words_fit(phrase: str, tokens: list[str]) -> bool:
    """A span renders the phrase only if its printed words map, in order, onto the phrase's words
    (one printed word may hold two run together, 'THUCHIEN'; a lone '|' or ']' is a ruling), each
    likelier as its word than as random letters: a long phrase otherwise collects credit from any
    span sharing part of it ('... triển khai')."""
    words = phrase.split()
    tokens = [t for t in tokens if any(c.isalnum() for c in t)]
    ok = {(0, 0)}
    for i, j in sorted(((a, b) for a in range(len(words) + 1) for b in range(len(tokens) + 1))):
        if (i, j) not in ok or j >= len(tokens):
            continue
        for width in (1, 2):
            word = "".join(words[i : i + width])
            if _read_with_marks(tokens[j]) and fold(tokens[j].strip(_PUNCT)) != fold(word):
                continue  # a page read in Vietnamese prints its words as they are ('HOÀN THIỆN')
            if i + width <= len(words) and (width == 1 or len(tokens[j]) >= 0.75 * len(word)) \
                    and phrase_llr(word, tokens[j]) > 0:
                ok.add((i + width, j + 1))
    return (len(words), len(tokens)) in ok


def status_cells(raw: str, line: int = 0, caps_only: bool = True) -> list[Cell]:
    """Status cells in one printed line. 'Hoàn thành' and 'đang thực hiện' are also prose words,
    so a cell of theirs must be in capitals (as the tables print them) unless `caps_only` is off;
    'không đăng ký triển khai' says itself."""
    tokens = raw.split()
    found: list[tuple[float, int, int, ModelState, str]] = []
    for state, phrase in PHRASES.items():
        target = fold(phrase)
        width = len(phrase.split())
        for i in range(len(tokens)):
            for n in range(1, width + 2):
                if i + n > len(tokens):
                    break
                span = " ".join(tokens[i : i + n])
                if fuzz.ratio(fold(span), target) < SKELETON_MATCH:
                    continue
                if caps_only and state is not ModelState.not_registered and _upper_share(span) < 0.7:
                    continue
                if not _words_fit(phrase, tokens[i : i + n]):
                    continue
                llr = phrase_llr(phrase, span)
                if llr >= CELL_LLR:
                    found.append((llr, i, i + n, state, span))
    cells, used = [], set()
    for llr, i, j, state, span in sorted(found, key=lambda f: -f[0]):
        if used & set(range(i, j)):
            continue
        used |= set(range(i, j))
        cells.append(Cell(line, state, round(llr, 1), span))
    return cells


# --- one generic monotone alignment ----------------------------------------------------------


def align(n_left: int, n_right: int, score: Callable[[int, int], float]) -> dict[int, int]:
    """Left index -> right index, in order on both sides, maximising the sum of positive scores:
    cells to rows (an OCR reading column by column keeps their order), listed names to rows."""
    best = [[0.0] * (n_right + 1) for _ in range(n_left + 1)]
    move = [[0] * (n_right + 1) for _ in range(n_left + 1)]
    for i in range(1, n_left + 1):
        for j in range(1, n_right + 1):
            options = [(best[i - 1][j], 1), (best[i][j - 1], 2)]
            s = score(i - 1, j - 1)
            if s > 0:
                options.append((best[i - 1][j - 1] + s, 3))
            best[i][j], move[i][j] = max(options)
    out, i, j = {}, n_left, n_right
    while i and j:
        if move[i][j] == 3:
            out[i - 1] = j - 1
            i, j = i - 1, j - 1
        elif move[i][j] == 1:
            i -= 1
        else:
            j -= 1
    return out


# --- the document as lines ------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    page_no: int
    raw: str  # as printed (the English OCR's letters)
    text: str  # restored


def doc_lines(doc: DocText) -> list[Line]:
    out = []
    for page in doc.pages:
        if page.words:
            by_line: dict[tuple[bool, int], list] = {}  # footnotes (block -3) after the body
            for w in page.words:
                by_line.setdefault((w.block_no == -3, w.line_no), []).append(w)
            for _key, ws in sorted(by_line.items()):
                out.append(Line(page.page_no, " ".join(w.raw for w in ws), " ".join(w.text for w in ws)))
        else:
            out += [Line(page.page_no, t, t) for t in page.text.split("\n")]
    return out


# --- rows -----------------------------------------------------------------------------------------


@dataclass
class Row:
    no: int
    first: int  # line span in which its text lies
    last: int
    anchor: int | None  # the line of its label; None when the label was lost
    cells: list[Cell] = field(default_factory=list)
    evidence: list[StatusEvidence] = field(default_factory=list)
    name: str = ""
    raw: str = ""
    text: str = ""
    agency: str | None = None
    in_order: bool = True  # its label came where its number says (or it was placed by its number)
    head: str = ""  # the label's line and the next few: where the name is, in a table read by columns
    page_no: int = 1


def _labels(lines: Sequence[Line], lo: int, hi: int, anywhere: bool) -> list[tuple[int, int, bool]]:
    """(line, number, strong) candidates for row labels."""
    out = []
    for k in range(lo, hi):
        seen = set()
        for src in (lines[k].raw, lines[k].text):
            for m in _LABEL.finditer(src):
                if (anywhere or not src[: m.start()].strip(" *-–|[{(0123456789")) and 0 < int(m.group(1)) <= MAX_MODEL:
                    seen.add(int(m.group(1)))
        out += [(k, n, True) for n in sorted(seen)]
        bare = _ROW_NO.match(lines[k].raw)
        if anywhere and bare and 0 < int(bare.group(1)) <= MAX_MODEL and int(bare.group(1)) not in seen:
            out.append((k, int(bare.group(1)), False))
    return out


def _increasing(cands: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The longest run of labels whose numbers rise with their lines (a strong label weighs more
    than a bare row number): a label out of order is a reference to a model, not a row."""
    best: list[tuple[float, int]] = []
    for i, (line, no, strong) in enumerate(cands):
        w = 1.0 if strong else 0.6
        prev = [(best[j][0], j) for j in range(i) if cands[j][1] < no and cands[j][0] <= line
                and (cands[j][0] < line or cands[j][1] < no)]  # fmt: skip
        top = max(prev, default=(0.0, -1))
        best.append((top[0] + w, top[1]))
    if not best:
        return []
    i = max(range(len(best)), key=lambda k: best[k][0])
    chain = []
    while i >= 0:
        chain.append(cands[i])
        i = best[i][1]
    return chain[::-1]


def segment_rows(lines: Sequence[Line], lo: int, hi: int, anywhere: bool) -> list[Row]:
    """Rows 1..N between lines lo and hi, each with the lines its text lies in."""
    cands = _labels(lines, lo, hi, anywhere)
    chain = _increasing(cands)
    if not chain:
        return []
    rows: list[Row] = []
    anchors = {no: line for line, no, _s in chain}
    # a full label out of order ("Mô hình 12: ..." read after row 15) is still its row, unless its
    # number is taken; the cell on its own line will be its status
    stray = {no: line for line, no, strong in cands if strong and no not in anchors and chain[0][1] < no < chain[-1][1]}
    start = 1 if anywhere else chain[0][1]
    top = chain[-1][1]
    numbers = list(range(start, top + 1)) if anywhere else [no for _l, no, _s in chain]
    for no in numbers:
        if no in anchors or no in stray:
            line = anchors.get(no, stray.get(no))
            rows.append(Row(no, line, line + 1, line, in_order=no in anchors))
            continue
        before = max((n for n in anchors if n < no), default=None)  # placed between in-order labels
        after = min((n for n in anchors if n > no), default=None)
        a = anchors[before] if before else lo
        b = anchors[after] if after else hi
        gap = (after or top + 1) - (before or 0) - 1  # rows sharing the lines between two labels
        k = no - (before or 0) - 1
        span = max(1, (b - a) // max(gap, 1))
        rows.append(Row(no, a + k * span, min(b, a + (k + 1) * span), None))
    ordered = [r for r in rows if r.in_order]
    for r, nxt in zip(ordered, [*ordered[1:], None]):
        if r.anchor is not None:
            r.last = nxt.first if nxt else next((k for k in range(r.first, min(hi, r.first + 12))
                                                  if lines[k].page_no != lines[r.first].page_no), min(hi, r.first + 12))
    for r in rows:
        chunk = lines[r.first : max(r.last, r.first + 1)][:12]
        r.raw = "\n".join(x.raw for x in chunk)
        r.text = "\n".join(x.text for x in chunk)
        r.page_no = lines[min(r.first, len(lines) - 1)].page_no
        r.name = _name(lines[r.anchor].text) if r.anchor is not None else ""
        r.head = " ".join(x.text for x in (chunk[:4] if r.anchor is not None else chunk))
        if r.anchor is not None:
            r.head = r.head[list(_LABEL.finditer(r.head))[-1].end() :] if _LABEL.search(r.head) else r.head
    return rows


def _name(line: str) -> str:
    m = list(_LABEL.finditer(line))
    rest = line[m[-1].end() :] if m else line
    rest = re.split(r"\s\|\s|\s{2,}|\b(?:HOÀN|ĐANG|PANG|DANG|KHÔNG)\b", rest)[0]
    return " ".join(rest.split()).strip(" -–:;|[")[:200]


def assign_cells(rows: list[Row], cells: list[Cell]) -> None:
    """Each status cell to at most one row, in order: near its row's label, before or after it. A
    cell on its label's own line is that row's first, whatever the order."""
    for r in rows:
        same = [c for c in cells if c.line == r.anchor]
        if len(same) == 1:
            r.cells.append(same[0])
            cells = [c for c in cells if c is not same[0]]
    rows = [r for r in rows if not r.cells and r.in_order]

    def score(i: int, j: int) -> float:
        r, c = rows[i], cells[j]
        strength = min(c.llr, 30) / 30
        if r.anchor is None:
            return 0.6 + strength if r.first - 2 <= c.line <= r.last else 0.0
        d = abs(c.line - r.anchor)
        own = 0.3 if r.first <= c.line < max(r.last, r.first + 1) else 0.0  # between its label and the next
        return 1.0 + strength + own - 0.06 * d if d <= CELL_REACH else 0.0

    for i, j in align(len(rows), len(cells), score).items():
        rows[i].cells.append(cells[j])


# --- body lists and totals -----------------------------------------------------------------------


@dataclass
class Listed:
    no: int
    name: str
    agency: str | None
    state: ModelState | None
    page_no: int
    quote: str


def _runs(text: str) -> list[list[re.Match]]:
    """Labels that follow one another as items of one list ('...; Mô hình 3: ...; Mô hình 5 - ...')."""
    heads = [m for m in _LABEL.finditer(text) if 0 < int(m.group(1)) <= MAX_MODEL]
    runs: list[list[re.Match]] = []
    for m in heads:
        gap = text[runs[-1][-1].end() : m.start()] if runs else ""
        if runs and len(gap) < 500 and "\n\n" not in gap and re.search(r"[;,]\W*(?:và\W*)?$", gap):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def body_lists(lines: Sequence[Line], skip) -> tuple[list[Listed], int | None]:
    """Models listed by name in running text (the footnote of completed ones, which may run on
    after a page break) and the stated number of completed models ('hoàn thành 20/38 mô hình')."""
    keep = [k for k in range(len(lines)) if k not in skip]
    text, starts = "", []
    for k in keep:
        starts.append(len(text))
        text += lines[k].text + "\n"
    folded = fold(text)

    def page_at(pos: int) -> int:
        i = max(0, min(len(starts) - 1, bisect.bisect_right(starts, pos) - 1))
        return lines[keep[i]].page_no if keep else 1

    total = _DONE_TOTAL.search(folded)
    done_total = int(total.group(1)) if total else None
    runs = _runs(text)
    # a list cut by a page break goes on where a line opens with the end of its last item
    joined: list[list[re.Match]] = []
    for run in runs:
        prev = joined[-1] if joined else None
        cont = prev and len(prev) >= 2 and int(run[0].group(1)) > int(prev[-1].group(1)) and \
            re.search(r"[;,]\W*$", text[text.rfind("\n", 0, run[0].start()) + 1 : run[0].start()]) and \
            not re.search(r"\.\W*$", text[prev[-1].end() : text.find("\n", prev[-1].end())])
        if cont:
            prev += run
        else:
            joined.append(list(run))
    found: list[Listed] = []
    for run in joined:
        if len(run) < 2:
            continue
        intro = None
        for m in _LIST_INTRO.finditer(folded, max(0, run[0].start() - 400), run[0].start()):
            intro = m
        if intro and not re.search(r"\.\s", folded[intro.end() : run[0].start()]):
            state = ModelState.done if intro.group(1).startswith("hoan") else ModelState.in_progress
        elif done_total == len(run):
            state = ModelState.done  # as many as the report says are completed: that list
        else:
            continue
        for m in run:
            seg = text[m.end() : m.end() + 400]
            cut = re.search(r";|\.\s|\n\n", seg)
            name = " ".join(seg[: cut.start() if cut else len(seg)].split()).strip(" -–:;*")
            nxt = next((r for r in run if r.start() > m.start()), None)
            if cut is None and nxt is None:
                name = name[:160]
            agency = _AGENCY.search(name)
            found.append(Listed(int(m.group(1)), name[:200], agency.group(1).strip(" *") if agency else None, state,
                                page_at(m.start()), " ".join(text[m.start() : m.end() + 200].split())))  # fmt: skip
    return found, done_total


def join_lists(rows: list[Row], listed: list[Listed]) -> list[Listed]:
    """Listed models joined to rows by name (the list may number them otherwise); the rest back."""
    if not rows or not listed:
        return listed
    names = [fold(_AGENCY.sub("", it.name)) for it in listed]
    statuses = re.compile("|".join(fold(p) for p in PHRASES.values()))
    texts = [statuses.sub(" ", fold(r.head)) for r in rows]

    def score(i: int, j: int) -> float:
        """Name likeness, and whether the row's own cell agrees: a table read by columns displaces
        names, and a list of completed models is likelier to name a row whose cell reads done."""
        s = fuzz.partial_ratio(names[i], texts[j]) if len(names[i]) >= 8 else 0
        s -= max(0, 30 - len(names[i])) / 2  # a short name matches anything a little
        if s < NAME_MATCH - 8:
            return 0.0
        cell = rows[j].cells[0] if rows[j].cells else None
        agree = 0.0 if cell is None else 1.0 if cell.state is listed[i].state else -1 - 2 * min(cell.llr, 30) / 30
        return max(0.0, (s - NAME_MATCH) / 10 + agree)

    matched = align(len(listed), len(rows), score)
    for i, j in matched.items():
        it = listed[i]
        if len(it.name) > len(rows[j].name):  # the body names it in clean words, the table often not
            rows[j].name, rows[j].agency = _AGENCY.sub("", it.name).strip(" *-–") or it.name, it.agency
        rows[j].evidence.append(StatusEvidence(kind="body list", status=it.state, page_no=it.page_no,
                                               text=f"Mô hình {it.no}: {it.name}"[:240],
                                               weight=round(min(1.0, score(i, j) / 4), 2)))  # fmt: skip
    return [it for i, it in enumerate(listed) if i not in matched]


# --- deciding -----------------------------------------------------------------------------------


def decide(row: Row, list_complete: bool) -> tuple[ModelState | None, float, list[str]]:
    """The row's status, a confidence, and what makes it doubtful."""
    why: list[str] = []
    for c in row.cells:
        row.evidence.insert(0, StatusEvidence(kind="appendix cell", status=c.state, page_no=row.page_no,
                                              text=c.raw, weight=round(min(c.llr, 30) / 30, 2)))  # fmt: skip
    cell = row.cells[0] if row.cells else None
    listed = next((e for e in row.evidence if e.kind == "body list"), None)
    folded = fold(row.text)
    said = next(((s, m) for s, rx in _HINTS for m in [rx.search(folded)] if m), None)
    hint = said[0] if said else None
    if said:
        m = said[1]
        words = row.text[m.start() : m.end()] if len(folded) == len(row.text) else m.group()
        row.evidence.append(StatusEvidence(kind="inferred", status=hint, page_no=row.page_no,
                                           text=f"the row's own wording: '{words}'", weight=0.3))  # fmt: skip
    if cell and listed:
        if cell.state == listed.status:
            return cell.state, 0.95, why
        why.append(f"the cell reads {cell.state.value}, the body lists it as {listed.status.value}")
        return (cell.state if cell.llr >= 15 else listed.status), 0.55, why
    if cell:
        conf = 0.85 if cell.llr >= 12 else 0.72
        if row.anchor is not None and abs(cell.line - row.anchor) > 8:
            conf -= 0.1
            why.append("its status cell is far from its label")
        if list_complete and cell.state is ModelState.done:
            conf -= 0.2
            why.append("not in the body's list of completed models")
        if row.anchor is None:
            conf -= 0.1
            why.append("its label was not read; the row is placed by its number")
        return cell.state, conf, why
    if listed:
        return listed.status, 0.8, why
    if list_complete:
        row.evidence.append(StatusEvidence(kind="inferred", status=ModelState.in_progress, page_no=row.page_no,
                                           text="not among the completed models the body lists", weight=0.5))  # fmt: skip
        if hint is ModelState.done:
            why.append("its wording says done, the body's list of completed models does not")
            return ModelState.in_progress, 0.5, why
        return ModelState.in_progress, 0.78 if hint else 0.7, why + ([] if hint else ["no status cell was read"])
    if hint:
        return hint, 0.5, ["only the row's wording tells its status"]
    return None, 0.0, ["no status cell, no list or wording decides it"]


def _check(decided: list, which, said: str, holds: bool, doubtful_below: float) -> None:
    """A stated count as evidence of the rows it covers; where the rows do not meet it, the doubtful
    ones among them go to review with the reason."""
    for i in which:
        row, state, conf, why = decided[i]
        row.evidence.append(StatusEvidence(kind="total", text=said, weight=1.0 if holds else 0.0))
        if not holds and conf < doubtful_below:
            decided[i] = (row, state, min(conf, REVIEW_BELOW - 0.01), [*why, said])


def _record(doc_id: str, row: Row, state, conf: float, why: list[str], agency: str | None = None) -> ModelStatus:
    conf = round(max(0.0, min(conf, 1.0)), 2)
    return ModelStatus(
        doc_id=doc_id, model_no=row.no, model_name=row.name or f"Mô hình {row.no}", status=state,
        lead_agency=agency, page_no=row.page_no, quote=" ".join(row.text.split())[:300],
        confidence=conf, raw_text=row.raw[:1000], restored_text=row.text[:1000],
        status_evidence=json.dumps([e.model_dump(mode="json") for e in row.evidence], ensure_ascii=False),
        review_status=ReviewStatus.needs_review if conf < REVIEW_BELOW or state is None else ReviewStatus.auto,
        review_reason="; ".join(why) or None,
    )  # fmt: skip


def _appendix_spans(lines: Sequence[Line]) -> list[tuple[int, int]]:
    spans, k = [], 0
    while k < len(lines):
        if _APPENDIX.search(fold(lines[k].raw)) or _APPENDIX.search(fold(lines[k].text)):
            end = next((j for j in range(k + 1, len(lines)) if _NEXT_APPENDIX.search(fold(lines[j].text))), len(lines))
            spans.append((k, end))
            k = end
        else:
            k += 1
    return spans


def _table_rows(table: DocTable) -> list[Row]:
    """A ruled appendix grid: the model column and the status column found by their headers."""
    by_row: dict[int, dict[int, str]] = {}
    for c in table.cells:
        by_row.setdefault(c.row, {})[c.col] = c.text
    if not by_row:
        return []
    header_row = min(by_row)
    header = {col: fold(t) for col, t in by_row[header_row].items()}
    status_col = next((c for rx in (r"trang\s*thai|tinh\s*trang", r"ket\s*qua") for c, h in sorted(header.items())
                       if re.search(rx, h)), None)  # fmt: skip
    model_col = next((c for c, h in header.items() if "mo hinh" in h or "ten" in h.split()), None)
    if status_col is None or model_col is None:
        return []
    rows = []
    for r, cols in sorted(by_row.items()):
        if r == header_row:
            continue
        name = cols.get(model_col, "")
        m = _LABEL.search(name) or re.match(r"\s*(\d{1,2})\b", next(iter(cols.values()), ""))
        if not m:
            continue
        text = " | ".join(cols[c] for c in sorted(cols))
        row = Row(int(m.group(1)), 0, 0, 0, name=_name(name) or name, raw=text, text=text,
                  page_no=table.pages[0] if table.pages else 1)  # fmt: skip
        row.cells = status_cells(cols.get(status_col, ""), 0, caps_only=False)[:1]
        rows.append(row)
    return rows


def find_model_statuses(doc: DocText) -> list[ModelStatus]:
    lines = doc_lines(doc)
    spans = _appendix_spans(lines)
    rows: list[Row] = []
    for table in doc.tables:  # a grid read cell by cell says which cell is the status: it goes first
        have = {r.no for r in rows}
        rows += [r for r in _table_rows(table) if r.no not in have]
    for lo, hi in spans:
        part = segment_rows(lines, lo, hi, anywhere=True)
        cells = [c for k in range(lo, hi) for c in status_cells(lines[k].raw, k)]
        assign_cells(part, cells)
        have = {r.no for r in rows}
        rows += [r for r in part if r.no not in have]
    rows.sort(key=lambda r: r.no)
    inside = {k for lo, hi in spans for k in range(lo, hi)}
    if not spans:  # rows of a table without a title: labels that open their lines
        loose = segment_rows(lines, 0, len(lines), anywhere=False)
        cells = [c for k, ln in enumerate(lines) for c in status_cells(ln.raw, k)]
        assign_cells(loose, cells)
        rows += [r for r in loose if r.cells]
        inside = {k for r in rows for k in range(r.first, max([r.first + 1] + [c.line + 1 for c in r.cells]))}
    listed, done_total = body_lists(lines, inside)
    rest = join_lists(rows, listed)
    complete = bool(done_total) and len(listed) == done_total and len(rest) < len(listed)
    out: dict[int, ModelStatus] = {}
    decided = []
    for row in rows:
        state, conf, why = decide(row, complete)
        decided.append((row, state, conf, why))
    if done_total and rows:
        done = sum(s is ModelState.done for _r, s, _c, _w in decided)
        said = f"the report says {done_total} completed, the rows give {done}"
        _check(decided, range(len(decided)), said, done == done_total, 0.9)  # only cell and list together stand
    for lo, hi in spans:  # "(05 MÔ HÌNH)": a group header counts the rows under it
        heads = [(k, int(m.group(1))) for k in range(lo, hi) for m in [_GROUP.search(fold(lines[k].raw))] if m]
        for (k, n), nxt in zip(heads, [*heads[1:], (hi, 0)]):
            under = [i for i, (r, *_x) in enumerate(decided) if r.anchor is not None and k < r.first < nxt[0]
                     or r.anchor is None and k < r.last <= nxt[0]]  # fmt: skip
            said = f"its group header says {n} models, {len(under)} rows were read"
            _check(decided, under, said, len(under) == n, 0.81)  # a row placed by its number, or by a list
    for row, state, conf, why in decided:
        out[row.no] = _record(doc.doc_id, row, state, conf, why, row.agency)
    for it in rest:  # listed models no row stands for: the list is the record
        if it.no in out:
            continue
        row = Row(it.no, 0, 0, None, name=_AGENCY.sub("", it.name).strip() or it.name, raw=it.quote,
                  text=it.quote, page_no=it.page_no)  # fmt: skip
        row.evidence.append(StatusEvidence(kind="body list", status=it.state, page_no=it.page_no, text=it.quote,
                                           weight=0.8))  # fmt: skip
        out[it.no] = _record(doc.doc_id, row, it.state, 0.8, [], it.agency)
    return sorted(out.values(), key=lambda r: r.model_no)
