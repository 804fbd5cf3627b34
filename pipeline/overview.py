"""The archive overview page's reads: documents by province and period and how their pages were
read, each indicator with its sparkline, latest value, target and gap, the flags to look at.
Every number comes from a view of schemas/views.sql, so the page shows what DuckDB says; the views
the facts stage adds later (`indicator_vs_target`) are used when they are there."""

from __future__ import annotations

import duckdb

from baocao.pipeline.charts import bars_svg, sparkline_svg
from baocao.pipeline.query import has_relation


def rows(con: duckdb.DuckDBPyConnection, sql: str, args: list | None = None) -> list[dict]:
    cur = con.execute(sql, args or [])
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def documents(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Documents by province and period, each with how its pages were read."""
    docs = rows(con, "SELECT * FROM document_overview ORDER BY province NULLS LAST, period_end NULLS LAST, file")
    reading: dict[str, list[dict]] = {}
    for r in rows(con, "SELECT * FROM page_reading ORDER BY doc_id, pages DESC, source_reason"):
        reading.setdefault(r["doc_id"], []).append(r)
    for d in docs:
        d["reading"] = reading.get(d["doc_id"], [])
    return docs


def targets(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str | None], dict]:
    """The latest target of each indicator and province, with its gap, when the view exists."""
    if not has_relation(con, "indicator_vs_target"):
        return {}
    got = rows(con, "SELECT indicator_id, province, arg_max(target, target_date) AS target, max(target_date) AS target_date, "
                    "arg_max(gap, actual_date) AS gap FROM indicator_vs_target WHERE target IS NOT NULL GROUP BY ALL")  # fmt: skip
    return {(r["indicator_id"], r["province"]): r for r in got}


def indicators(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Each indicator, unit and province: a sparkline, the latest value, the latest target and gap."""
    found = rows(con, "SELECT * FROM indicator_overview ORDER BY indicator_id, unit, province NULLS LAST")
    goal = targets(con)
    for r in found:
        t = goal.get((r["indicator_id"], r["province"]), {})
        r |= {"target": t.get("target"), "target_date": t.get("target_date"), "gap": t.get("gap")}
        r["spark"] = sparkline_svg([(p["date"], p["value"], p["review_status"]) for p in r["points"]],
                                   target=r["target"])  # fmt: skip
    return found


def flags(con: duckdb.DuckDBPyConnection) -> list[dict]:
    return rows(con, "SELECT c.target_id AS fact_id, c.reason, c.page_no, f.value, f.unit, f.indicator_id, "
                     "coalesce(d.so_hieu, regexp_extract(d.path, '[^/]+$')) AS report FROM consistency_flags c "
                     "JOIN facts_current f ON f.fact_id = c.target_id JOIN documents_current d ON d.doc_id = c.doc_id "
                     "ORDER BY report, c.page_no")  # fmt: skip


def below_target(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Values under their target, each linked to the fact it came from."""
    if not has_relation(con, "indicator_vs_target"):
        return []
    return rows(con, "SELECT t.indicator_id, t.province, t.subject, t.actual, t.actual_date, t.target, t.target_date, "
                     "t.gap, s.fact_id, s.unit, s.so_hieu FROM indicator_vs_target t LEFT JOIN indicator_series s "
                     "ON s.indicator_id = t.indicator_id AND s.province IS NOT DISTINCT FROM t.province "
                     "AND s.date = t.actual_date AND s.value = t.actual WHERE t.gap < 0 "
                     "ORDER BY t.indicator_id, t.province")  # fmt: skip


def breakdowns(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Per report and indicator, the values it gives unit by unit (district, agency), as bars."""
    got = rows(con, "SELECT * FROM report_breakdown ORDER BY report, table_id, col, unit, value DESC")
    charts: dict[tuple, dict] = {}
    for r in got:
        key = (r["doc_id"], r["table_id"], r["col"], r["unit"])
        c = charts.setdefault(key, {"report": r["report"], "doc_id": r["doc_id"], "title": r["title"],
                                    "page_no": r["page_no"], "indicator_name": r["indicator_name"], "unit": r["unit"],
                                    "rows": []})  # fmt: skip
        c["rows"].append(r)
    out = [c for c in charts.values() if len(c["rows"]) >= 2]
    for c in out:
        c["svg"] = bars_svg([(r["subject"], r["value"]) for r in c["rows"]], c["unit"])
    return out


def overview(con: duckdb.DuckDBPyConnection) -> dict:
    docs = documents(con)
    provinces: dict[str, list[dict]] = {}
    for d in docs:
        provinces.setdefault(d["province"] or "(province not read)", []).append(d)
    return {"provinces": provinces, "documents": docs, "indicators": indicators(con), "flags": flags(con),
            "below_target": below_target(con), "has_targets": has_relation(con, "indicator_vs_target"),
            "breakdowns": breakdowns(con)}  # fmt: skip
