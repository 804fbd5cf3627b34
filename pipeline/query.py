"""The analysts' reads: names as people type them, and an indicator's values over time. The other
reads live by job: `search` (BM25 and proximity), `export`, `queue` (the review queue and items),
`overview` (the archive overview page), `charts` (drawing).

Indicators and provinces can be named the way people type them: by id, or by a phrase with or
without marks ("the can cuoc" finds "Thẻ Căn cước công dân/Căn cước đã cấp", "Nghe An" finds Nghệ An).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
from rapidfuzz import fuzz, process

from baocao.core.errors import UsageError
from baocao.pipeline.store import fold


def connect(db: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection: analysts' commands never write."""
    if not Path(db).exists():
        raise UsageError(f"no database at {db}; run `baocao ingest PATH --db {db}` first")
    try:
        return duckdb.connect(str(db), read_only=True)
    except duckdb.Error as e:
        raise UsageError(f"cannot open {db}: {e}") from e


def resolve_indicator(con: duckdb.DuckDBPyConnection, query: str) -> tuple[str, str]:
    """(indicator_id, name) for an id or a phrase typed with or without marks."""
    rows = con.execute("SELECT indicator_id, name, aliases FROM indicators").fetchall()
    for iid, name, _ in rows:
        if query == iid:
            return iid, name
    choices = {}
    for iid, name, aliases in rows:
        for phrase in (name, *aliases):
            choices[(iid, name, phrase)] = fold(phrase)
    hit = process.extractOne(fold(query), choices, scorer=fuzz.WRatio)
    if hit is None or hit[1] < 70:
        known = ", ".join(r[0] for r in rows)
        raise UsageError(f"no indicator matches {query!r}; known ids: {known}")
    iid, name, _ = hit[2]
    return iid, name


def resolve_province(con: duckdb.DuckDBPyConnection, query: str) -> str:
    names = [r[0] for r in con.execute("SELECT DISTINCT province FROM documents WHERE province IS NOT NULL").fetchall()]
    for n in names:
        if fold(n) == fold(query).strip():
            return n
    hit = process.extractOne(fold(query), {n: fold(n) for n in names}, scorer=fuzz.WRatio)
    if hit is None or hit[1] < 80:
        raise UsageError(f"no documents from a province like {query!r}; provinces stored: {', '.join(names) or 'none'}")
    return hit[2]


@dataclass
class TrendPoint:
    date: object
    value: float
    unit: str
    province: str
    so_hieu: str | None
    period_label: str | None
    doc_id: str
    page_no: int
    review_status: str
    fact_id: str = ""
    below_target: bool = False


def has_relation(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether a table or view exists: reads that use a newer view degrade when it is not there yet."""
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()[0])


def trend(con: duckdb.DuckDBPyConnection, indicator_id: str, province: str | None = None) -> list[TrendPoint]:
    """An indicator's series; a value is below target when `indicator_vs_target` says so."""
    below = ("EXISTS (SELECT 1 FROM indicator_vs_target t WHERE t.indicator_id = s.indicator_id "
             "AND t.province IS NOT DISTINCT FROM s.province AND t.actual_date = s.date AND t.actual = s.value "
             "AND t.gap < 0)") if has_relation(con, "indicator_vs_target") else "false"  # fmt: skip
    sql = ("SELECT date, value, unit, province, so_hieu, period_label, doc_id, page_no, review_status, fact_id, "
           f"{below} FROM indicator_series s WHERE indicator_id = ?")  # fmt: skip
    args: list = [indicator_id]
    if province:
        sql += " AND province = ?"
        args.append(province)
    rows = con.execute(sql + " ORDER BY province, unit, date", args).fetchall()
    return [TrendPoint(*r) for r in rows]
