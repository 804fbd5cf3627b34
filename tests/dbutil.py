"""Read a DuckDB file the tests wrote, without holding it open."""

from pathlib import Path

import duckdb


def rows(db: Path, sql: str, params: list | None = None):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
