"""Tables in digital PDFs, read with camelot from the PDF's own lines and text, no OCR.

Lattice first: camelot reports, for each cell of its grid, which of the four edges are drawn; a
missing edge between two cells means one merged cell, merged by the same code as for scans
(extractors/tables.py). Stream as the fallback for a table drawn without rulings: its rows are
text lines, so a line whose first cell is empty under a numbered row is the rest of that row's
wrapped cells.
"""

from __future__ import annotations

import logging
from pathlib import Path

from baocao.extractors.tables import ROW_NUMBER, merge_units, span_of
from baocao.schemas.records import PageTable, TableCell

log = logging.getLogger("baocao.tables")
PT_TO_300DPI = 300 / 72


def _cell(r0: int, c0: int, r1: int, c1: int, text: str, top_left, bottom_right, height_pt: float) -> TableCell:
    return TableCell(
        row=r0, col=c0, row_span=r1 - r0 + 1, col_span=c1 - c0 + 1, text=text, confidence=1.0,
        x0=top_left.x1 * PT_TO_300DPI, y0=(height_pt - top_left.y2) * PT_TO_300DPI,
        x1=bottom_right.x2 * PT_TO_300DPI, y1=(height_pt - bottom_right.y1) * PT_TO_300DPI,
    )  # fmt: skip


def _lattice(table, height_pt: float) -> tuple[int, int, list[TableCell]]:
    grid = table.cells
    rows, cols = len(grid), len(grid[0]) if grid else 0
    cells = []
    for units in merge_units(rows, cols, lambda r, c: not grid[r][c].right, lambda r, c: not grid[r][c].bottom):
        r0, c0, r1, c1 = span_of(units)
        text = " ".join(" ".join(grid[r][c].text.split()) for r, c in units if grid[r][c].text.strip())
        cells.append(_cell(r0, c0, r1, c1, text, grid[r0][c0], grid[r1][c1], height_pt))
    return rows, cols, cells


def _stream(table, height_pt: float, title: str | None) -> tuple[int, int, list[TableCell]]:
    lines = [[" ".join(c.text.split()) for c in row] for row in table.cells]
    rows: list[list[str]] = []
    boxes: list[list] = []
    for texts, cells in zip(lines, table.cells, strict=True):
        if not rows and title and " ".join(t for t in texts if t) == " ".join(title.split()):
            continue  # the title line above the table
        wrapped = rows and not texts[0] and ROW_NUMBER.match(rows[-1][0] or "")
        if wrapped:
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], texts, strict=True)]
            boxes[-1] = [(top, bottom) for (top, _), bottom in zip(boxes[-1], cells, strict=True)]
        else:
            rows.append(texts)
            boxes.append([(c, c) for c in cells])
    cells = [_cell(r, c, r, c, text, *boxes[r][c], height_pt)
             for r, row in enumerate(rows) for c, text in enumerate(row)]  # fmt: skip
    return len(rows), len(rows[0]) if rows else 0, cells


def read_digital_tables(path: Path, page_no: int, page_height_pt: float, title: str | None = None,
                        password: str | None = None, ruled: bool = True) -> list[PageTable]:  # fmt: skip
    """Lattice when the page draws lines (`ruled`); stream otherwise, keeping only tables of at
    least 3 columns and 2 rows that camelot itself found well aligned."""
    import camelot

    flavor = "lattice" if ruled else "stream"
    found = camelot.read_pdf(str(path), flavor=flavor, pages=str(page_no), password=password)
    out = []
    for table in found:
        if ruled:
            rows, cols, cells = _lattice(table, page_height_pt)
        else:
            if table.parsing_report.get("accuracy", 0) < 90 or table.shape[1] < 3:
                continue
            rows, cols, cells = _stream(table, page_height_pt, title)
            if rows < 2:
                continue
        out.append(PageTable(table_no=len(out), title=title, n_rows=rows, n_cols=cols,
                             cells=sorted(cells, key=lambda x: (x.row, x.col))))  # fmt: skip
    return out
