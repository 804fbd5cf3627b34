"""`baocao export`: the analysts' tables and views as CSV or Parquet files."""

from __future__ import annotations

from pathlib import Path

import duckdb

from baocao.core.errors import UsageError

EXPORT_TABLES = ("documents", "facts_current", "indicator_series", "indicator_targets", "indicator_vs_target",
                 "consistency_flags", "model_statuses_current", "legal_references", "tables", "table_cells_current",
                 "corrections")  # fmt: skip


def export(con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: str, excel: bool = False) -> list[Path]:
    """Each table or view as a file; `excel` starts CSVs with a UTF-8 BOM, without which Excel reads
    them as the local code page and garbles every mark."""
    if fmt not in ("csv", "parquet"):
        raise UsageError(f"--format must be csv or parquet, not {fmt!r}")
    if excel and fmt != "csv":
        raise UsageError("--excel applies to --format csv only")
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir} is a file; export writes one file per table into a folder: name a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"cannot create folder {out_dir}: {e.strerror}") from e
    existing = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    written = []
    for name in EXPORT_TABLES:
        if name not in existing:
            continue
        path = out_dir / f"{name}.{fmt}"
        opts = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER)"
        target = path.as_posix().replace("'", "''")
        con.execute(f"COPY (SELECT * FROM {name}) TO '{target}' {opts}")
        if excel:
            _prepend_bom(path)
        written.append(path)
    return written


def _prepend_bom(path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with path.open("rb") as src, tmp.open("wb") as dst:
        dst.write(b"\xef\xbb\xbf")
        while chunk := src.read(1 << 20):
            dst.write(chunk)
    tmp.replace(path)

