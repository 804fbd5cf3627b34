"""The review queue and one item of it: every read the review page makes, SQL inside.

Ranked by what a correction changes. Tier 0: facts and pilot-model statuses (the archive exists for
them). Tier 1: what feeds a record: missing metadata, doubtful table cells, restored words inside a
fact's or a model's quote, a metadata field or a table cell. Tier 2: every other doubtful word,
hidden unless asked for, but counted. The same misreading repeated across a document ("công vin"
fourteen times) is one item: one correction applies to every occurrence, each in the audit trail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb

from baocao.pipeline.store import fold
from baocao.pipeline.vnformat import vn_number

WORD_ID = "w.doc_id || ':' || w.page_no || ':' || w.word_no"
TOKENS = r"string_split_regex(strip_accents(lower({})), '[^\pL\pN]+')"  # a text's words, marks aside

# A doubtful restored word, grouped with its repetitions in the same document (same reading, same
# restoration, any case). Kept as a macro-like string so the queue and the item page agree. A
# one-letter reading given other marks ('a' -> 'à', a list's 'a)') is noise; one turned into a longer
# word ('d' -> 'được', capped as made up) is not.
FLAGGED_WORDS = rf"""
SELECT w.doc_id, w.page_no, w.word_no, {WORD_ID} AS word_id, w.raw, w.text, w.restore_conf, w.version,
       w.x0, w.y0, w.x1, w.y1,
       lower(w.raw) AS kraw, lower(w.text) AS ktext,
       strip_accents(lower(regexp_replace(w.text, '[^\pL\pN]+', '', 'g'))) AS tok
FROM words_current w
WHERE w.restore_conf < 0.5 AND w.text <> w.raw AND (length(w.raw) > 1 OR length(w.text) > length(w.raw))
"""

# A record's box holds its number; its quote runs over the lines around it. A word of the quote is
# a word of it on those lines (QUOTE_LINES above or below the box), not the same word anywhere on
# the page; a cell's word sits in the cell.
QUOTE_LINES = 3
NEAR = ("({0}.x0 IS NULL OR fl.x0 IS NULL OR (fl.y0 + fl.y1) / 2 BETWEEN {0}.y0 - {1} * ({0}.y1 - {0}.y0) "
        "AND {0}.y1 + {1} * ({0}.y1 - {0}.y0))")
INSIDE = ("({0}.x0 IS NULL OR fl.x0 IS NULL OR ((fl.x0 + fl.x1) / 2 BETWEEN {0}.x0 - 8 AND {0}.x1 + 8 "
          "AND (fl.y0 + fl.y1) / 2 BETWEEN {0}.y0 - 8 AND {0}.y1 + 8))")

WORD_GROUPS = rf"""
WITH flagged AS ({FLAGGED_WORDS} AND w.review_status = 'auto'),
records AS (
    SELECT doc_id, page_no, {TOKENS.format('quote')} AS toks, x0, y0, x1, y1 FROM facts_current
    UNION ALL
    SELECT doc_id, page_no, {TOKENS.format('quote')}, NULL, NULL, NULL, NULL FROM model_statuses_current),
cells AS (SELECT doc_id, page_no, {TOKENS.format('text')} AS toks, x0, y0, x1, y1 FROM table_cells_current),
meta AS (SELECT doc_id, {TOKENS.format("concat_ws(' ', so_hieu, issuer, province, period_label)")} AS toks
         FROM documents_current),
in_record AS (SELECT DISTINCT fl.word_id FROM flagged fl JOIN records f USING (doc_id, page_no)
              WHERE list_contains(f.toks, fl.tok) AND {NEAR.format('f', QUOTE_LINES)}),
in_cell AS (SELECT DISTINCT fl.word_id FROM flagged fl JOIN cells c USING (doc_id, page_no)
            WHERE list_contains(c.toks, fl.tok) AND {INSIDE.format('c')}),
in_meta AS (SELECT DISTINCT fl.word_id FROM flagged fl JOIN meta m USING (doc_id)
            WHERE fl.page_no = 1 AND list_contains(m.toks, fl.tok))
SELECT doc_id, kraw, ktext,
       arg_min(word_id, page_no * 100000 + word_no) AS item_id, min(page_no) AS page_no,
       arg_min(raw, page_no * 100000 + word_no) AS raw, arg_min(text, page_no * 100000 + word_no) AS text,
       min(restore_conf) AS confidence, count(*) AS n,
       bool_or(word_id IN (SELECT word_id FROM in_record)) AS in_record,
       bool_or(word_id IN (SELECT word_id FROM in_meta)) AS in_meta,
       bool_or(word_id IN (SELECT word_id FROM in_cell)) AS in_cell
FROM flagged GROUP BY doc_id, kraw, ktext
"""

QUEUE_SQL = rf"""
SELECT 'fact' AS kind, f.fact_id AS item_id, f.doc_id, d.path, d.so_hieu, f.page_no, f.confidence,
       coalesce(f.review_reason, 'low confidence') AS reason, NULL AS summary, f.value, f.unit, 0 AS tier, 1 AS n
FROM facts_current f JOIN documents d USING (doc_id)
WHERE f.review_status = 'needs_review'
UNION ALL
SELECT 'fact', c.target_id, c.doc_id, d.path, d.so_hieu, c.page_no, f.confidence, c.reason, NULL, f.value, f.unit, 0, 1
FROM consistency_flags c JOIN facts_current f ON f.fact_id = c.target_id JOIN documents d ON d.doc_id = c.doc_id
WHERE f.review_status <> 'needs_review'
UNION ALL
SELECT 'model', m.doc_id || ':' || m.model_no, m.doc_id, d.path, d.so_hieu, m.page_no, m.confidence,
       coalesce(m.review_reason, 'status read with low confidence'),
       format('Mô hình {{}}: {{}}', m.model_no, coalesce(m.status, 'no status')), NULL, NULL, 0, 1
FROM model_statuses_current m JOIN documents d USING (doc_id) WHERE m.review_status = 'needs_review'
UNION ALL
SELECT 'document', d.doc_id, d.doc_id, d.path, d.so_hieu, 1, 0.5, 'metadata missing: ' ||
       concat_ws(', ', CASE WHEN d.so_hieu IS NULL THEN 'số hiệu' END, CASE WHEN d.issued_date IS NULL THEN 'ngày ban hành' END,
                 CASE WHEN d.period_label IS NULL THEN 'kỳ báo cáo' END), coalesce(d.so_hieu, '?'), NULL, NULL, 1, 1
FROM documents_current d
WHERE d.status <> 'failed' AND d.review_status = 'auto'
  AND (d.so_hieu IS NULL OR d.issued_date IS NULL OR d.period_label IS NULL)
UNION ALL
SELECT 'cell', c.table_id || ':' || c."row" || ':' || c.col, c.doc_id, d.path, d.so_hieu, c.page_no,
       coalesce(c.confidence, 1.0) * 0.5, c.review_reason, c.text, NULL, NULL, 1, 1
FROM table_cells_current c JOIN documents d USING (doc_id)
WHERE c.review_reason IS NOT NULL AND c.review_status = 'auto'
UNION ALL
SELECT 'word', g.item_id, g.doc_id, d.path, d.so_hieu, g.page_no, g.confidence,
       'restored marks uncertain' || CASE WHEN g.in_record THEN ' · in a fact''s or model''s quote'
                                          WHEN g.in_meta THEN ' · in the metadata'
                                          WHEN g.in_cell THEN ' · in a table cell' ELSE '' END,
       format('{{}} → {{}}', g.raw, g.text), NULL, NULL,
       CASE WHEN g.in_record OR g.in_meta OR g.in_cell THEN 1 ELSE 2 END, g.n
FROM ({WORD_GROUPS}) g JOIN documents d USING (doc_id)
"""

COLUMNS = ["kind", "item_id", "doc_id", "path", "so_hieu", "page_no", "confidence", "reason", "summary", "value",
           "unit", "tier", "n"]  # fmt: skip
KIND_ORDER = "CASE kind WHEN 'fact' THEN 0 WHEN 'model' THEN 1 WHEN 'document' THEN 2 WHEN 'cell' THEN 3 ELSE 4 END"


def queue_rows(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every item of the queue, all tiers and kinds, in queue order: one evaluation of QUEUE_SQL (the
    queue is hundreds of rows, not millions), which the review server keeps per database state."""
    rows = con.execute(f"SELECT * FROM ({QUEUE_SQL}) q ORDER BY tier, {KIND_ORDER}, confidence NULLS FIRST, path, "
                       "page_no, item_id").fetchall()  # fmt: skip
    return [dict(zip(COLUMNS, r, strict=True)) for r in rows]


def shape_queue(every: list[dict], kind: str | None = None, doc_id: str | None = None, limit: int = 200,
                show_all: bool = False) -> dict:  # fmt: skip
    """The queue as a page shows it, most useful first: tier, then kind, then most doubtful. Tier 2
    (words that feed no record) only with `show_all`; `hidden` says how many it holds."""
    docs = sorted({(r["doc_id"], r["so_hieu"] or r["path"].rsplit("/", 1)[-1]) for r in every}, key=lambda d: d[1])
    scope = [r for r in every if not doc_id or r["doc_id"] == doc_id]
    counts: dict[str, int] = {}
    for r in scope:
        if r["tier"] < 2:
            counts[r["kind"]] = counts.get(r["kind"], 0) + 1
    hidden = [r for r in scope if r["tier"] == 2]
    items = [dict(r) for r in scope if (show_all or r["tier"] < 2) and (not kind or r["kind"] == kind)][: int(limit)]
    for it in items:
        if it["summary"] is None:
            it["summary"] = f"{vn_number(it['value'])} {it['unit'] or ''}".strip()
    return {"items": items, "counts": counts, "hidden": len(hidden), "hidden_occurrences": sum(r["n"] for r in hidden),
            "occurrences": sum(r["n"] for r in scope), "show_all": show_all,
            "documents": [{"doc_id": d, "label": label} for d, label in docs]}  # fmt: skip


def review_queue(con: duckdb.DuckDBPyConnection, kind: str | None = None, doc_id: str | None = None,
                 limit: int = 200, show_all: bool = False) -> dict:  # fmt: skip
    """The queue read from the database now (the CLI and benchmarks; the server keeps one per state)."""
    return shape_queue(queue_rows(con), kind, doc_id, limit, show_all)


ITEM_SQL = {
    "fact": ("SELECT f.*, d.path, d.so_hieu FROM facts_current f JOIN documents d USING (doc_id) WHERE fact_id = ?",
             ["value", "unit", "denominator", "denominator_unit", "indicator_id", "as_of", "kind", "subject",
              "subject_kind"]),
    "model": ("SELECT m.*, d.path, d.so_hieu FROM model_statuses_current m JOIN documents d USING (doc_id) "
              "WHERE m.doc_id || ':' || m.model_no = ?", ["status"]),
    "word": (f"SELECT w.*, d.path, d.so_hieu FROM words_current w JOIN documents d USING (doc_id) WHERE {WORD_ID} = ?",
             ["text"]),
    "cell": ("SELECT c.*, d.path, d.so_hieu FROM table_cells_current c JOIN documents d USING (doc_id) "
             "WHERE c.table_id || ':' || c.\"row\" || ':' || c.col = ?", ["text"]),
    "document": ("SELECT d.*, d.doc_id AS target FROM documents_current d WHERE d.doc_id = ?",
                 ["so_hieu", "issuer", "province", "issued_date", "period_label"]),
}
TARGET_TABLE = {"fact": "facts", "model": "model_statuses", "word": "words", "document": "documents",
                "cell": "table_cells"}


def occurrences(con: duckdb.DuckDBPyConnection, word: dict) -> list[dict]:
    """Every doubtful occurrence in the word's document of the same reading restored the same way
    (any case), the word itself first: what one correction of it applies to."""
    rows = con.execute(f"SELECT word_id, page_no, word_no, raw, text, version FROM ({FLAGGED_WORDS}) w "
                       "WHERE doc_id = ? AND kraw = lower(?) AND ktext = lower(?) ORDER BY page_no, word_no",
                       [word["doc_id"], word["raw"], word["text"]]).fetchall()  # fmt: skip
    found = [dict(zip(["word_id", "page_no", "word_no", "raw", "text", "version"], r, strict=True)) for r in rows]
    me = f"{word['doc_id']}:{word['page_no']}:{word['word_no']}"
    return sorted(found, key=lambda o: o["word_id"] != me) or [
        {"word_id": me, "page_no": word["page_no"], "word_no": word["word_no"], "raw": word["raw"],
         "text": word["text"], "version": word["version"]}]  # fmt: skip


def targets(data: dict, changes: dict) -> dict[str, dict]:
    """What one verdict applies to: the item, or for a restored word every occurrence of the same
    misreading in its document, each keeping its own case ("Vin" -> "Văn", "vin" -> "văn")."""
    if data["kind"] != "word":
        return {data["item_id"]: changes}
    new = changes.get("text", (None, None))[1]
    out = {}
    for o in data["occurrences"]:
        text = new if new is None or not o["text"][:1].isupper() else new[:1].upper() + new[1:]
        out[o["word_id"]] = {"text": (o["text"], text)} if changes else {}
    return out


def review_item(con: duckdb.DuckDBPyConnection, kind: str, item_id: str) -> dict | None:
    """One item with its page: the text as read and as restored with the item's words marked, the box
    to outline and the window of the page to show (the item's lines, two more above and below)."""
    if kind not in ITEM_SQL:
        return None
    sql, fields = ITEM_SQL[kind]
    cur = con.execute(sql, [item_id])
    row = cur.fetchone()
    if row is None:
        return None
    item = dict(zip([c[0] for c in cur.description], row, strict=True))
    page_no = item.get("page_no") or 1
    page = con.execute("SELECT raw_text, text, source, source_reason, width, height FROM pages "
                       "WHERE doc_id = ? AND page_no = ?",
                       [item["doc_id"], page_no]).fetchone()  # fmt: skip
    words = con.execute("SELECT word_no, raw, text, x0, y0, x1, y1, block_no, line_no FROM words "
                        "WHERE doc_id = ? AND page_no = ? ORDER BY word_no", [item["doc_id"], page_no]).fetchall()  # fmt: skip
    history = con.execute(
        "SELECT correction_id, target_id, field, old_value, new_value, action, reviewer, \"at\", note FROM corrections "
        "WHERE target_table = ? AND target_id IN (SELECT unnest(?)) ORDER BY correction_id",
        [TARGET_TABLE[kind], [item_id]]).fetchall()  # fmt: skip
    data = {"kind": kind, "item_id": item_id, "item": item, "fields": fields, "occurrences": [],
            "page": dict(zip(["raw_text", "text", "source", "source_reason", "width", "height"], page, strict=True))
            if page else None}  # fmt: skip
    if kind == "word":
        data["occurrences"] = occurrences(con, item)
        ids = [o["word_id"] for o in data["occurrences"]]
        history = con.execute(
            "SELECT correction_id, target_id, field, old_value, new_value, action, reviewer, \"at\", note "
            "FROM corrections WHERE target_table = 'words' AND target_id IN (SELECT unnest(?)) ORDER BY correction_id",
            [ids]).fetchall()  # fmt: skip
        data["group_version"] = sum(o["version"] for o in data["occurrences"])
    data["history"] = [dict(zip(["id", "target", "field", "old", "new", "action", "reviewer", "at", "note"], h,
                                strict=True)) for h in history]  # fmt: skip
    view = page_view(page, [Word(*w) for w in words], item, kind)
    data |= {"marks": view.marks, "box": view.box, "window": view.window, "off_page": view.off_page}
    return data


@dataclass
class Word:
    no: int
    raw: str
    text: str
    x0: float | None
    y0: float | None
    x1: float | None
    y1: float | None
    block_no: int | None
    line_no: int | None


@dataclass
class PageView:
    marks: dict  # "text" and "raw": lists of (segment, level) covering each pane's whole text
    box: tuple[float, float, float, float] | None  # the item, page pixels at 300 DPI
    window: tuple[float, float, float, float] | None  # what of the page to show
    off_page: bool = False  # the box lies wholly past the page's edge: a text layer can run on below its foot


def locate(text: str, words: list[Word], attr: str) -> dict[int, tuple[int, int]]:
    """Each word's characters in a page text, found in reading order (a word that is not where
    expected is skipped, not searched for across the page)."""
    spans, pos = {}, 0
    for w in words:
        token = getattr(w, attr)
        at = text.find(token, pos) if token else -1
        if at < 0 or at - pos > 200:
            continue
        spans[w.no] = (at, at + len(token))
        pos = at + len(token)
    return spans


def find_phrase(text: str, phrase: str) -> tuple[int, int] | None:
    """A phrase in a text, marks, case and line breaks aside (folding keeps positions)."""
    parts = fold(phrase).split()
    if not parts:
        return None
    m = re.search(r"\s+".join(map(re.escape, parts)), fold(text))
    return m.span() if m else None


def item_phrase(item: dict, kind: str) -> str | None:
    if kind in ("fact", "model"):
        return item.get("quote")
    if kind == "cell":
        return item.get("text")
    if kind == "document":
        return item.get("so_hieu") or item.get("issuer")
    return None


def page_view(page, words: list[Word], item: dict, kind: str) -> PageView:
    """Which words of the page are the item's, marked in both panes, and the part of the page to show."""
    text, raw = (page[1], page[0]) if page else ("", "")
    in_text, in_raw = locate(text, words, "text"), locate(raw, words, "raw")
    if kind == "word":
        chosen = {item["word_no"]}
    else:
        phrase = item_phrase(item, kind)
        span = find_phrase(text, phrase) if phrase else None
        chosen = {n for n, (s, e) in in_text.items() if span and s >= span[0] and e <= span[1]}
    picked = [w for w in words if w.no in chosen and w.x0 is not None]
    quote_box = (min(w.x0 for w in picked), min(w.y0 for w in picked), max(w.x1 for w in picked),
                 max(w.y1 for w in picked)) if picked else None  # fmt: skip
    box = (item["x0"], item["y0"], item["x1"], item["y1"]) if item.get("x0") is not None and \
        item.get("y1") is not None else None  # fmt: skip
    if quote_box and (box is None or not overlaps(box, quote_box, 60)):
        box = quote_box  # the record's own box is not where its words are: trust the words
    # the words in the record's own box (the number and its unit) stand out within the quote
    key = {w.no for w in picked if box != quote_box and overlaps(box, (w.x0, w.y0, w.x1, w.y1))} \
        if kind != "word" else chosen  # fmt: skip
    text_spans = [(*in_text[n], 2 if n in key else 1) for n in sorted(chosen) if n in in_text]
    raw_spans = [(*in_raw[n], 2 if n in key else 1) for n in sorted(chosen) if n in in_raw]
    if not text_spans and kind != "word" and (span := find_phrase(text, item_phrase(item, kind) or "")):
        text_spans = [(*span, 1)]
    if not raw_spans and kind != "word" and (span := find_phrase(raw, item_phrase(item, kind) or "")):
        raw_spans = [(*span, 1)]
    marks = {"text": segments(text, text_spans), "raw": segments(raw, raw_spans)}
    window = crop_window(words, box)
    off_page = False
    if window and page and page[4] and page[5]:  # inside the page (a layer may run past its foot), same height
        w, h = float(page[4]), float(page[5])
        tall = min(window[3] - window[1], h)
        top = min(max(0.0, window[1]), h - tall)
        window = (max(0.0, window[0]), top, min(w, window[2]), top + tall)
        # nothing of it prints: the crop would refuse the box (400), the page showed a broken image
        off_page = box is not None and (box[1] >= h or box[0] >= w or box[3] <= 0 or box[2] <= 0)
    return PageView(marks, box, window, off_page)


def overlaps(a, b, slack: float = 0.0) -> bool:
    return a[0] <= b[2] + slack and b[0] <= a[2] + slack and a[1] <= b[3] + slack and b[1] <= a[3] + slack


def segments(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[str, int]]:
    """A text cut into (piece, level): 0 plain, 1 the item's words, 2 its key words (the number);
    neighbouring marks of one level separated only by spaces join into one."""
    merged: list[list[int]] = []
    for s, e, level in sorted(spans):
        if merged and merged[-1][2] == level and (s <= merged[-1][1] or not text[merged[-1][1] : s].strip(" \t")):
            merged[-1][1] = max(merged[-1][1], e)
        elif not merged or s >= merged[-1][1]:
            merged.append([s, e, level])
    out, pos = [], 0
    for s, e, level in merged:
        out += [(text[pos:s], 0), (text[s:e], level)]
        pos = e
    out.append((text[pos:], 0))
    return [(t, m) for t, m in out if t]


CONTEXT_LINES = 2


def crop_window(words: list[Word], box, context: int = CONTEXT_LINES) -> tuple[float, float, float, float] | None:
    """The item's lines with `context` lines above and below, across the text column."""
    if box is None:
        return None
    boxed = [w for w in words if w.y0 is not None and w.x0 is not None]
    lines: dict[tuple, list[Word]] = {}
    for w in boxed:
        lines.setdefault((w.block_no, w.line_no), []).append(w)
    rows = sorted((min(w.y0 for w in ws), max(w.y1 for w in ws)) for ws in lines.values())
    if not rows:
        return (box[0] - 150, box[1] - 150, box[2] + 150, box[3] + 150)
    mid = (box[1] + box[3]) / 2
    hit = [i for i, (t, b) in enumerate(rows) if t <= box[3] and b >= box[1]] or \
        [min(range(len(rows)), key=lambda i: abs((rows[i][0] + rows[i][1]) / 2 - mid))]  # fmt: skip
    lo, hi = max(0, hit[0] - context), min(len(rows) - 1, hit[-1] + context)
    pad = 12
    left = min(min(w.x0 for w in boxed), box[0])
    right = max(max(w.x1 for w in boxed), box[2])
    return (left - pad, min(rows[lo][0], box[1]) - pad, right + pad, max(rows[hi][1], box[3]) + pad)


def corrected_word_lines(con) -> list[str]:
    """Each word a reviewer corrected, in its line of the page, corrected: training text for the
    learned diacritics model (`baocao diacritics train --corrections DB`)."""
    rows = con.execute(
        """SELECT w.text, c.new_value, p.text FROM corrections c
           JOIN words w ON c.target_id = w.doc_id || ':' || w.page_no || ':' || w.word_no
           JOIN pages p ON p.doc_id = w.doc_id AND p.page_no = w.page_no
           WHERE c.target_table = 'words' AND c.field = 'text' AND c.action = 'correct'
           ORDER BY c.correction_id"""
    ).fetchall()
    lines = []
    for word, new, page in rows:
        line = next((ln for ln in (page or "").splitlines() if word in ln), word)
        lines.append(line.replace(word, new, 1).strip())
    return lines


def corrected_word_count(con) -> int:
    return con.execute("SELECT count(*) FROM corrections WHERE target_table = 'words' AND field = 'text' "
                       "AND action = 'correct'").fetchone()[0]  # fmt: skip
