"""Read-side queries for analysts (and the review page): one function per question, SQL inside.

Indicators and provinces can be named the way people type them: by id, or by a phrase with or
without marks ("the can cuoc" finds "Thẻ Căn cước công dân/Căn cước đã cấp", "Nghe An" finds Nghệ An).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb
from rapidfuzz import fuzz, process

from pipeline.errors import UsageError
from pipeline.store import fold

EXPORT_TABLES = ("documents", "facts_current", "indicator_series", "model_statuses_current", "legal_references",
                 "tables", "table_cells", "corrections")  # fmt: skip


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


def trend(con: duckdb.DuckDBPyConnection, indicator_id: str, province: str | None = None) -> list[TrendPoint]:
    sql = ("SELECT date, value, unit, province, so_hieu, period_label, doc_id, page_no, review_status "
           "FROM indicator_series WHERE indicator_id = ?")  # fmt: skip
    args: list = [indicator_id]
    if province:
        sql += " AND province = ?"
        args.append(province)
    rows = con.execute(sql + " ORDER BY province, unit, date", args).fetchall()
    return [TrendPoint(*r) for r in rows]


def vn_number(value: float) -> str:
    """3384136 -> '3.384.136'; 93.6 -> '93,6' (Vietnamese grouping and decimal mark)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    whole = f"{abs(value):,.0f}" if float(value).is_integer() else f"{abs(value):,.2f}".rstrip("0").rstrip(".")
    return ("-" if value < 0 else "") + whole.replace(",", "_").replace(".", ",").replace("_", ".")


def trend_chart(points: list[TrendPoint], title: str, path: Path, width_px: int = 1200, height_px: int = 700) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    dpi = 100
    fig, ax = plt.subplots(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    series: dict[tuple[str, str], list[TrendPoint]] = {}
    for p in points:
        series.setdefault((p.province, p.unit), []).append(p)
    for (province, unit), pts in series.items():
        ax.plot([p.date for p in pts], [p.value for p in pts], marker="o", label=f"{province} ({unit})")
        for p in pts:
            ax.annotate(f"{vn_number(p.value)}\n{p.so_hieu or p.period_label or p.doc_id[:8]}", (p.date, p.value),
                        textcoords="offset points", xytext=(0, 8), ha="center", fontsize=8)  # fmt: skip
    ax.set_title(title)
    ax.margins(x=0.06, y=0.15)  # room for the labels above the first and last points
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: vn_number(v)))
    ax.grid(alpha=0.3)
    ax.legend()
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, dpi=dpi)
    plt.close(fig)


@dataclass
class Hit:
    doc_id: str
    path: str
    so_hieu: str | None
    page_no: int
    score: float
    snippet: str  # with the matched words between [ and ]


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 20) -> list[Hit]:
    """Pages ranked by BM25 over marks-folded terms; every term must occur on the page."""
    terms = sorted(set(re.findall(r"\w+", fold(query))))
    if not terms:
        raise UsageError("empty search query")
    sql = """
    WITH stats AS (SELECT count(*) AS n, avg(len) AS avgdl FROM (
             SELECT doc_id, page_no, sum(tf) AS len FROM page_terms GROUP BY ALL)),
         lens AS (SELECT doc_id, page_no, sum(tf) AS len FROM page_terms GROUP BY ALL),
         df AS (SELECT term, count(*) AS df FROM page_terms WHERE term IN (SELECT unnest($terms)) GROUP BY term),
         scored AS (
             SELECT t.doc_id, t.page_no,
                    sum(ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5))
                        * t.tf * 2.2 / (t.tf + 1.2 * (0.25 + 0.75 * lens.len / stats.avgdl))) AS score,
                    count(*) AS matched
             FROM page_terms t JOIN df USING (term) JOIN lens USING (doc_id, page_no), stats
             GROUP BY ALL)
    SELECT s.doc_id, d.path, d.so_hieu, s.page_no, s.score, p.text
    FROM scored s JOIN documents d USING (doc_id) JOIN pages p USING (doc_id, page_no)
    WHERE s.matched = len($terms)
    ORDER BY s.score DESC LIMIT $limit
    """
    rows = con.execute(sql, {"terms": terms, "limit": limit}).fetchall()
    return [Hit(doc, path, so, page, round(score, 3), snippet(text, terms)) for doc, path, so, page, score, text in rows]


def snippet(text: str, terms: list[str], width: int = 160) -> str:
    """Text around the first matched term, matched words in [brackets]. Folding keeps character
    positions (one letter for one letter), so positions found in the folded text hold in the original."""
    folded = fold(text)
    spans = [m.span() for t in terms for m in re.finditer(rf"\b{re.escape(t)}\b", folded)]
    if not spans:
        return " ".join(text[:width].split())
    first = min(s for s, _ in spans)
    lo, hi = max(0, first - width // 3), min(len(text), first + width)
    out, pos = [], lo
    for s, e in sorted(sp for sp in spans if lo <= sp[0] and sp[1] <= hi):
        if s < pos:
            continue
        out += [text[pos:s], "[", text[s:e], "]"]
        pos = e
    out.append(text[pos:hi])
    return ("…" if lo else "") + " ".join("".join(out).split()) + ("…" if hi < len(text) else "")


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
