"""Tables that reach the page text as lines of cells split by '|': OCR of a ruled table whose grid was
not found reads its rules as bars, and text layers exported from spreadsheets write rows that way
('1 | Bến Cầu | 53.558 | 53.547 | 99,98'). Such a block is read as a table, so its numbers are
measured by their column's header and named by their row, not read as a run-on sentence.

A block is three or more lines of two or more bars each (a caption line without bars may stand
between them: 'Phân theo nhóm ngành hàng:'); the caption above it, and a unit line ('Đơn vị tính:
tỷ đồng') within three lines above, are the table's title. A row with fewer cells than the widest
keeps them at its right ('Tổng số: 718 | 28.997,5 | ...' under six columns); a row the page wrapped
onto a second line is one row.
"""

from __future__ import annotations

import re

from baocao.extractors.document import DocTable, PageText
from baocao.extractors.table_facts import plain_number
from baocao.extractors.tables import ROW_NUMBER, UNIT_LINE
from baocao.schemas.records import TableCell

_CAPTION = re.compile(r"^[^\d|\n]{1,60}:?$")
_NUMBERED_ROW = re.compile(r"[ \t]*(?:\d{1,3}|[IVX]{1,4})[ \t]*[|.)]")


def _rows(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of two or more bars; a row the page wrapped onto up to three more lines ('... | Cụm CN
    đã thành lập (2): Số' then 'lượng | Diện tích (ha)') is joined again when its lines' bars add up to what most
    rows below have, and no line of it opens a numbered row (OCR may drop a row's bars: '> 600 [11310'); and a short
    line of words with no bar, between two rows of as many bars, is the last cell of the row above going on."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line.count("|")))
        pos += len(line) + 1

    def typical(i: int) -> int:  # the bars most rows from line i on have
        counts = [b for _, _, b in lines[i : i + 6] if b >= 2]
        return max(set(counts), key=counts.count) if counts else 0

    def goes_on(j: int) -> bool:  # a line that may carry on the row above: bars, and not a numbered row's start
        return lines[j][2] >= 1 and not _NUMBERED_ROW.match(text, lines[j][0])

    def tail_wrapped(i: int) -> bool:  # a line of words with no bar between two rows of as many bars, under a cell of words
        if i + 2 >= len(lines) or lines[i + 1][2] or lines[i + 2][2] != lines[i][2]:
            return False
        words = text[lines[i + 1][0] : lines[i + 1][1]].strip()
        last = text[lines[i][0] : lines[i][1]].rsplit("|", 1)[-1]
        return 0 < len(words) <= 40 and (words[0].islower() or words[0] == "(") and not words.endswith(":") and not re.search(
            r"\d", words + last)  # (not a caption between rows: 'Trong đó:'; nor under a number)

    rows, i = [], 0
    while i < len(lines):
        start, end, bars = lines[i]
        wrapped = next((k for k in (1, 2, 3) if i + k + 1 < len(lines) and all(goes_on(j) for j in range(i + 1, i + k + 1))
                        and sum(lines[j][2] for j in range(i, i + k + 1)) == typical(i + k + 1) > bars), 0)  # fmt: skip
        if bars >= 2 and not wrapped and tail_wrapped(i):
            wrapped = 1  # 'STT | Huyện | ... | Tăng' then '(+), giảm (-) (%)': the last cell's words the page carried on
        if bars >= 2:
            rows.append((start, lines[i + wrapped][1]))
        i += 1 + wrapped * (bars >= 2)
    return rows


def _cells(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A row's cells: their text on one line, and where each stands in the page text."""
    out, at = [], start
    for raw in text[start:end].split("|"):
        lead = len(raw) - len(raw.lstrip())
        out.append((" ".join(raw.split()), at + lead, at + len(raw.rstrip())))
        at += len(raw) + 1
    return out


def text_tables(page: PageText, doc_id: str = "") -> list[tuple[DocTable, tuple[int, int]]]:
    """Each bar-split block of the page's text as a table, with the span of text it covers."""
    text = page.text
    blocks: list[list[tuple[int, int]]] = []
    for start, end in _rows(text):
        gap = text[blocks[-1][-1][1] : start].strip("\n") if blocks else None
        if blocks and (gap == "" or "\n" not in gap and _CAPTION.match(gap.strip())):
            blocks[-1].append((start, end))
        else:
            blocks.append([(start, end)])
    out = []
    for block in blocks:
        lines = [_cells(text, s, e) for s, e in block]
        if len(block) < 3 or not _tabular([[c for c, _, _ in cells] for cells in lines]):
            continue
        width = max(len(cells) for cells in lines)
        cells, pages = [], []
        for r, parts in enumerate(lines):
            first = width - len(parts)  # a short row keeps its cells at the right
            for c, (part, a, z) in enumerate(parts):
                box = page.box(a, z) if part else None
                cells.append(TableCell(row=r, col=first + c if c else 0, col_span=first + 1 if c == 0 else 1, text=part,
                                       **(box.model_dump() if box else {})))  # fmt: skip
                pages.append(page.page_no)
        above = text[: block[0][0]].rstrip("\n").split("\n")[-3:]
        unit = next((m.group(0) for line in reversed(above) if (m := UNIT_LINE.search(line))), None)
        caption = above[-1].strip() if above and above[-1].strip() else None
        title = "; ".join([caption] * bool(caption) + [unit] * bool(unit and unit not in (caption or ""))) or None
        out.append((DocTable(f"{doc_id}-p{page.page_no}-text{len(out) + 1}", title, cells, pages), (block[0][0], block[-1][1])))
    return out


def _tabular(lines: list[list[str]]) -> bool:
    """Whether bar-split lines hold a table's body: below its header, rows whose cells are each a name or one
    number, nearly all of them; not prose in columns whose bars OCR read from a layout ('(1) Xác thực danh
    tính | 1) Còn một số ít có') nor rows whose cells run numbers together ('24633 | 99.85% 0.55%')."""
    numbered = [i for i, cells in enumerate(lines) if any(plain_number(c) for c in cells[1:])]
    if len(numbered) < 2:
        return False
    body = lines[numbered[0] :]
    mixed = sum(any(re.search(r"\d", c) and not plain_number(c) and not (j == 0 and ROW_NUMBER.match(c)) for j, c in enumerate(cells))
                for cells in body)  # fmt: skip
    return mixed <= len(body) // 5
