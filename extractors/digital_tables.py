"""Ruled tables in digital PDFs, read with camelot (lattice): the PDF's own lines and text, no OCR.

camelot reports, for each cell of its grid, which of the four edges are drawn; a missing edge
between two cells means one merged cell, merged by the same code as for scans (extractors/tables.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from extractors.tables import merge_units, span_of
from schemas.records import PageTable, TableCell

log = logging.getLogger("baocao.tables")
PT_TO_300DPI = 300 / 72


def read_digital_tables(path: Path, page_no: int, page_height_pt: float, title: str | None = None,
                        password: str | None = None) -> list[PageTable]:  # fmt: skip
    import camelot

    found = camelot.read_pdf(str(path), flavor="lattice", pages=str(page_no), password=password)
    out = []
    for t_no, table in enumerate(found):
        grid = table.cells
        rows, cols = len(grid), len(grid[0]) if grid else 0
        units_of_cells = merge_units(rows, cols, lambda r, c: not grid[r][c].right, lambda r, c: not grid[r][c].bottom)
        cells = []
        for units in units_of_cells:
            r0, c0, r1, c1 = span_of(units)
            text = " ".join(" ".join(grid[r][c].text.split()) for r, c in units if grid[r][c].text.strip())
            top_left, bottom_right = grid[r0][c0], grid[r1][c1]
            cells.append(TableCell(
                row=r0, col=c0, row_span=r1 - r0 + 1, col_span=c1 - c0 + 1, text=text, confidence=1.0,
                x0=top_left.x1 * PT_TO_300DPI, y0=(page_height_pt - top_left.y2) * PT_TO_300DPI,
                x1=bottom_right.x2 * PT_TO_300DPI, y1=(page_height_pt - bottom_right.y1) * PT_TO_300DPI,
            ))  # fmt: skip
        out.append(PageTable(table_no=t_no, title=title, n_rows=rows, n_cols=cols,
                             cells=sorted(cells, key=lambda x: (x.row, x.col))))  # fmt: skip
    return out
