"""Ruled tables in digital PDFs, read with camelot (lattice): the PDF's own lines and text, no OCR.

camelot reports, for each cell of its grid, which of the four edges are drawn; a missing edge
between two cells means one merged cell, exactly as for scans (extractors/tables.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

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
        parent = list(range(rows * cols))

        def root(a: int) -> int:
            while parent[a] != a:
                parent[a] = parent[parent[a]]
                a = parent[a]
            return a

        for r in range(rows):
            for c in range(cols):
                if c + 1 < cols and not grid[r][c].right:
                    parent[root(r * cols + c + 1)] = root(r * cols + c)
                if r + 1 < rows and not grid[r][c].bottom:
                    parent[root((r + 1) * cols + c)] = root(r * cols + c)
        groups: dict[int, list[tuple[int, int]]] = {}
        for r in range(rows):
            for c in range(cols):
                groups.setdefault(root(r * cols + c), []).append((r, c))
        cells = []
        for units in groups.values():
            r0, r1 = min(u[0] for u in units), max(u[0] for u in units)
            c0, c1 = min(u[1] for u in units), max(u[1] for u in units)
            text = " ".join(" ".join(grid[r][c].text.split()) for r, c in sorted(units) if grid[r][c].text.strip())
            top_left, bottom_right = grid[r0][c0], grid[r1][c1]
            cells.append(TableCell(
                row=r0, col=c0, row_span=r1 - r0 + 1, col_span=c1 - c0 + 1, text=text, confidence=1.0,
                x0=top_left.x1 * PT_TO_300DPI, y0=(page_height_pt - top_left.y2) * PT_TO_300DPI,
                x1=bottom_right.x2 * PT_TO_300DPI, y1=(page_height_pt - bottom_right.y1) * PT_TO_300DPI,
            ))  # fmt: skip
        out.append(PageTable(table_no=t_no, title=title, n_rows=rows, n_cols=cols,
                             cells=sorted(cells, key=lambda x: (x.row, x.col))))  # fmt: skip
    return out
