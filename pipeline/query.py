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
from baocao.pipeline.store import Held, fold
from baocao.pipeline.store import connect as connect_waiting


def connect(db: Path) -> Held:
    """A read-only connection: analysts' commands never write. While an ingest holds the file for a
    moment it waits (store.connect), so `trend` or `export` work during an archive ingest."""
    if not Path(db).exists():
        raise UsageError(f"no database at {db}; run `baocao ingest PATH --db {db}` first")
    try:
        return connect_waiting(db, read_only=True)
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
           f"{below} FROM indicator_series s WHERE indicator_id = ? AND subject IS NULL")  # fmt: skip
    args: list = [indicator_id]
    if province:
        sql += " AND province = ?"
        args.append(province)
    rows = con.execute(sql + " ORDER BY province, unit, date", args).fetchall()
    return [TrendPoint(*r) for r in rows]


@dataclass
class Breakdown:
    """One indicator's values per subject in one report, lowest first, and the target they answer to."""

    indicator_id: str
    doc_id: str
    so_hieu: str | None
    unit: str
    rows: list[tuple[str, str, float, int, str]]  # subject, subject kind, value, page, review status
    target: float | None
    target_quote: str | None


def breakdown(con: duckdb.DuckDBPyConnection, indicator_id: str, so_hieu: str | None = None) -> Breakdown | None:
    """The per-subject values ('Sở Xây dựng (40%), UBND Xã Kỳ Thượng (1,92%)') of an indicator in one
    report: the report named, else the latest one that gives any; the target is the report's own
    target for the indicator as a whole, else the province's latest (indicator_vs_target's)."""
    found = con.execute(
        "SELECT f.doc_id, d.so_hieu, f.unit FROM facts_current f JOIN documents_current d USING (doc_id) "
        "WHERE f.indicator_id = ? AND f.kind = 'result' AND f.subject IS NOT NULL AND f.review_status <> 'rejected' "
        "AND (? IS NULL OR d.so_hieu = ? OR f.doc_id = ?) "
        "GROUP BY ALL ORDER BY max(coalesce(d.period_end, d.issued_date)) DESC NULLS LAST, count(*) DESC LIMIT 1",
        [indicator_id, so_hieu, so_hieu, so_hieu],
    ).fetchone()
    if found is None:
        return None
    doc_id, so, unit = found
    rows = con.execute(
        "SELECT subject, subject_kind, value, page_no, review_status FROM facts_current "
        "WHERE doc_id = ? AND indicator_id = ? AND unit = ? AND kind = 'result' AND subject IS NOT NULL "
        "AND review_status <> 'rejected' ORDER BY value, subject",
        [doc_id, indicator_id, unit],
    ).fetchall()
    target = con.execute(
        "SELECT value, quote FROM facts_current WHERE doc_id = ? AND indicator_id = ? AND unit = ? AND kind = 'target' "
        "AND subject IS NULL AND review_status <> 'rejected' ORDER BY confidence DESC LIMIT 1",
        [doc_id, indicator_id, unit],
    ).fetchone() or con.execute(
        "SELECT v.target, f.quote FROM indicator_vs_target v JOIN facts_current f ON f.fact_id = v.target_fact_id "
        "JOIN documents_current d ON d.doc_id = ? WHERE v.indicator_id = ? AND v.unit = ? AND v.subject IS NULL "
        "AND v.province IS NOT DISTINCT FROM d.province",
        [doc_id, indicator_id, unit],
    ).fetchone()
    return Breakdown(indicator_id, doc_id, so, unit, rows, *(target or (None, None)))


def document_file(con, doc_id: str) -> tuple[str, bytes | None, int | None] | None:
    """(path as shown, path as the file system spells it, pages) of a stored document."""
    return con.execute("SELECT path, path_bytes, n_pages FROM documents WHERE doc_id = ?", [doc_id]).fetchone()


def pages_stored(con) -> int:
    return con.execute("SELECT count(*) FROM pages").fetchone()[0]
