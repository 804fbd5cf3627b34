"""Scanned ruled tables land in `tables` and `table_cells`, merged headers included."""

from __future__ import annotations

import numpy as np

from bench import synth
from dbutil import rows
from extractors.tables import find_grid
from pipeline.ingest import ingest
from schemas.records import Settings


def test_grid_finds_merged_header_cells():
    widths, gold = synth.dossier_table(3, 4)
    grid = find_grid(np.asarray(synth.render_table(widths, gold)))
    spans = {(c.row, c.col, c.row_span, c.col_span) for c in grid.cells}
    assert spans == {(g.row, g.col, g.row_span, g.col_span) for g in gold}


def test_a_scanned_table_is_stored_cell_by_cell(tmp_path):
    widths, gold = synth.dossier_table(10, 5)
    img = synth.wear(synth.render_table(widths, gold, synth.Layout(family="DejaVuSerif", size_pt=11)),
                     synth.Wear(dpi=200, skew_deg=1.0, noise=5.0, jpeg=75), np.random.default_rng(4))  # fmt: skip
    pdf = tmp_path / "appendix.pdf"
    synth.write_scan_pdf([img], pdf, jpeg=75)
    db = tmp_path / "t.duckdb"
    ingest([pdf], db, Settings(learn=False), workers=1)
    [(title, n_rows, n_cols)] = rows(db, "SELECT title, n_rows, n_cols FROM tables")
    assert title == "PHỤ LỤC 02" and (n_rows, n_cols) == (7, 4)
    got = {(r, c, rs, cs): t for r, c, rs, cs, t in rows(db, 'SELECT "row", col, row_span, col_span, text FROM table_cells')}
    right = sum(got.get((g.row, g.col, g.row_span, g.col_span)) == g.text for g in gold)
    assert right >= 0.9 * len(gold), {g: got.get((g.row, g.col, g.row_span, g.col_span)) for g in gold}
