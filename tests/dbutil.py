"""Read a DuckDB file the tests wrote, without holding it open."""

from pathlib import Path

import duckdb


def rows(db: Path, sql: str):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
