"""`baocao export`: the analysts' tables and views as CSV or Parquet files."""

from __future__ import annotations

from pathlib import Path

import duckdb

from baocao.core.errors import UsageError

EXPORT_TABLES = ("documents", "facts_current", "indicator_series", "model_statuses_current", "legal_references",
                 "tables", "table_cells_current", "corrections")  # fmt: skip


def export(con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: str) -> list[Path]:
    if fmt not in ("csv", "parquet"):
        raise UsageError(f"--format must be csv or parquet, not {fmt!r}")
    out_dir.mkdir(parents=True, exist_ok=True)
    existing = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    written = []
    for name in EXPORT_TABLES:
        if name not in existing:
            continue
        path = out_dir / f"{name}.{fmt}"
        opts = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER)"
        target = path.as_posix().replace("'", "''")
        con.execute(f"COPY (SELECT * FROM {name}) TO '{target}' {opts}")
        written.append(path)
    return written
