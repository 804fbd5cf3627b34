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

from baocao.core.errors import UsageError
from baocao.pipeline.store import connect as connect_waiting
from baocao.pipeline.store import fold

EXPORT_TABLES = ("documents", "facts_current", "indicator_series", "model_statuses_current", "legal_references",
                 "tables", "table_cells_current", "corrections")  # fmt: skip


def connect(db: Path) -> duckdb.DuckDBPyConnection:
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


# --- review queue -------------------------------------------------------------------------------

QUEUE_SQL = """
SELECT 'fact' AS kind, f.fact_id AS item_id, f.doc_id, d.path, d.so_hieu, f.page_no, f.confidence,
       coalesce(f.review_reason, 'low confidence') AS reason,
       coalesce(format('{} {}', f.value, coalesce(f.unit, '')), '') AS summary
FROM facts_current f JOIN documents d USING (doc_id)
WHERE f.review_status = 'needs_review'
UNION ALL
SELECT 'fact', c.target_id, c.doc_id, d.path, d.so_hieu, c.page_no, f.confidence, c.reason,
       format('{} {}', f.value, coalesce(f.unit, ''))
FROM consistency_flags c JOIN facts_current f ON f.fact_id = c.target_id JOIN documents d ON d.doc_id = c.doc_id
WHERE f.review_status <> 'needs_review'
UNION ALL
SELECT 'model', m.doc_id || ':' || m.model_no, m.doc_id, d.path, d.so_hieu, m.page_no, m.confidence,
       'status read with low confidence', format('Mô hình {}: {}', m.model_no, m.status)
FROM model_statuses_current m JOIN documents d USING (doc_id) WHERE m.review_status = 'needs_review'
UNION ALL
SELECT 'word', w.doc_id || ':' || w.page_no || ':' || w.word_no, w.doc_id, d.path, d.so_hieu, w.page_no,
       w.restore_conf, 'restored marks uncertain', format('{} → {}', w.raw, w.text)
FROM words_current w JOIN documents d USING (doc_id)
WHERE w.restore_conf < 0.5 AND w.review_status = 'auto' AND w.text <> w.raw AND length(w.raw) > 1
UNION ALL
SELECT 'cell', c.table_id || ':' || c."row" || ':' || c.col, c.doc_id, d.path, d.so_hieu, c.page_no,
       coalesce(c.confidence, 1.0) * 0.5, c.review_reason, c.text
FROM table_cells_current c JOIN documents d USING (doc_id)
WHERE c.review_reason IS NOT NULL AND c.review_status = 'auto'
UNION ALL
SELECT 'document', d.doc_id, d.doc_id, d.path, d.so_hieu, 1, 0.5, 'metadata missing: ' ||
       concat_ws(', ', CASE WHEN d.so_hieu IS NULL THEN 'số hiệu' END, CASE WHEN d.issued_date IS NULL THEN 'ngày ban hành' END,
                 CASE WHEN d.period_label IS NULL THEN 'kỳ báo cáo' END), coalesce(d.so_hieu, '?')
FROM documents_current d
WHERE d.status <> 'failed' AND d.review_status = 'auto'
  AND (d.so_hieu IS NULL OR d.issued_date IS NULL OR d.period_label IS NULL)
"""


def review_queue(con, kind: str | None = None, doc_id: str | None = None, limit: int = 200) -> dict:
    where, args = [], []
    if kind:
        where.append("kind = ?")
        args.append(kind)
    if doc_id:
        where.append("doc_id = ?")
        args.append(doc_id)
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    # facts first (the archive exists for its numbers), then models, metadata, words; most doubtful first
    order = "CASE kind WHEN 'fact' THEN 0 WHEN 'cell' THEN 1 WHEN 'model' THEN 2 WHEN 'document' THEN 3 ELSE 4 END"
    rows = con.execute(f"SELECT * FROM ({QUEUE_SQL}) q{cond} ORDER BY {order}, confidence NULLS FIRST, path, page_no "
                       f"LIMIT {int(limit)}", args).fetchall()  # fmt: skip
    cols = ["kind", "item_id", "doc_id", "path", "so_hieu", "page_no", "confidence", "reason", "summary"]
    counts = dict(con.execute(f"SELECT kind, count(*) FROM ({QUEUE_SQL}) q GROUP BY kind").fetchall())
    docs = con.execute(f"SELECT DISTINCT doc_id, coalesce(so_hieu, regexp_extract(path, '[^/]+$')) FROM ({QUEUE_SQL}) q "
                       "ORDER BY 2").fetchall()  # fmt: skip
    return {"items": [dict(zip(cols, r, strict=True)) for r in rows], "counts": counts,
            "documents": [{"doc_id": d, "label": label} for d, label in docs]}  # fmt: skip


ITEM_SQL = {
    "fact": ("SELECT f.*, d.path, d.so_hieu FROM facts_current f JOIN documents d USING (doc_id) WHERE fact_id = ?",
             ["value", "unit", "denominator", "indicator_id", "as_of"]),
    "model": ("SELECT m.*, d.path, d.so_hieu FROM model_statuses_current m JOIN documents d USING (doc_id) "
              "WHERE m.doc_id || ':' || m.model_no = ?", ["status"]),
    "word": ("SELECT w.*, d.path, d.so_hieu FROM words_current w JOIN documents d USING (doc_id) "
             "WHERE w.doc_id || ':' || w.page_no || ':' || w.word_no = ?", ["text"]),
    "cell": ("SELECT c.*, d.path, d.so_hieu FROM table_cells_current c JOIN documents d USING (doc_id) "
             "WHERE c.table_id || ':' || c.\"row\" || ':' || c.col = ?", ["text"]),
    "document": ("SELECT d.*, d.doc_id AS target FROM documents_current d WHERE d.doc_id = ?",
                 ["so_hieu", "issuer", "province", "issued_date", "period_label"]),
}
TARGET_TABLE = {"fact": "facts", "model": "model_statuses", "word": "words", "document": "documents",
                "cell": "table_cells"}


def document_file(con, doc_id: str) -> tuple[str, bytes | None, int | None] | None:
    """(path as shown, path as the file system spells it, pages) of a stored document."""
    return con.execute("SELECT path, path_bytes, n_pages FROM documents WHERE doc_id = ?", [doc_id]).fetchone()


def pages_stored(con) -> int:
    return con.execute("SELECT count(*) FROM pages").fetchone()[0]


def review_item(con, kind: str, item_id: str) -> dict | None:
    if kind not in ITEM_SQL:
        return None
    sql, fields = ITEM_SQL[kind]
    cur = con.execute(sql, [item_id])
    row = cur.fetchone()
    if row is None:
        return None
    item = dict(zip([c[0] for c in cur.description], row, strict=True))
    page = con.execute("SELECT raw_text, text, source, source_reason FROM pages WHERE doc_id = ? AND page_no = ?",
                       [item["doc_id"], item.get("page_no", 1)]).fetchone()  # fmt: skip
    history = con.execute(
        "SELECT correction_id, field, old_value, new_value, action, reviewer, \"at\", note FROM corrections "
        "WHERE target_table = ? AND target_id = ? ORDER BY correction_id", [TARGET_TABLE[kind], item_id]
    ).fetchall()
    return {"kind": kind, "item_id": item_id, "item": item, "fields": fields,
            "page": dict(zip(["raw_text", "text", "source", "source_reason"], page, strict=True)) if page else None,
            "history": [dict(zip(["id", "field", "old", "new", "action", "reviewer", "at", "note"], h, strict=True))
                        for h in history]}  # fmt: skip
