"""`baocao search`: pages ranked by BM25 over marks-folded terms, then re-ranked by how close the
words stand: the phrase as typed first, then the words near each other, then scattered terms.
BM25 alone prefers a short page that says every word somewhere over the page that says the phrase."""

from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb

from baocao.core.errors import UsageError
from baocao.pipeline.store import fold

TOKEN_RE = re.compile(r"\w+")
CANDIDATES = 200  # BM25's best pages re-ranked by proximity
MATCH_ORDER = {"phrase": 0, "near": 1, "scattered": 2}


@dataclass
class Hit:
    doc_id: str
    path: str
    so_hieu: str | None
    page_no: int
    score: float
    snippet: str  # with the matched words between [ and ]
    match: str = "scattered"  # phrase | near | scattered


@dataclass
class Proximity:
    match: str
    closeness: float  # distinct terms / tokens of the shortest window holding them all (1 = adjacent)
    span: tuple[int, int]  # characters of the phrase or that window, for the snippet


def query_terms(query: str) -> list[str]:
    terms = TOKEN_RE.findall(fold(query))
    if not terms:
        raise UsageError("empty search query")
    return terms


def proximity(text: str, terms: list[str]) -> Proximity:
    """Where the query's words stand closest together in a page (folded text keeps positions)."""
    toks = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(fold(text))]
    words = [t for t, _, _ in toks]
    n, wanted = len(terms), set(terms)
    for i in range(len(words) - n + 1):
        if words[i : i + n] == terms:
            return Proximity("phrase", 1.0, (toks[i][1], toks[i + n - 1][2]))
    best, have, lo = None, {}, 0
    for hi, w in enumerate(words):  # shortest window holding every term (two pointers)
        if w not in wanted:
            continue
        have[w] = have.get(w, 0) + 1
        while len(have) == len(wanted):
            if words[lo] in wanted:
                if best is None or hi - lo < best[1] - best[0]:
                    best = (lo, hi)
                have[words[lo]] -= 1
                if not have[words[lo]]:
                    del have[words[lo]]
            lo += 1
    if best is None:
        return Proximity("scattered", 0.0, (0, 0))
    width = best[1] - best[0] + 1
    return Proximity("near" if width <= 2 * len(wanted) else "scattered", len(wanted) / width,
                     (toks[best[0]][1], toks[best[1]][2]))  # fmt: skip


BM25_SQL = """
WITH lens AS (SELECT doc_id, page_no, sum(tf) AS len FROM page_terms GROUP BY ALL),
     stats AS (SELECT count(*) AS n, avg(len) AS avgdl FROM lens),
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


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 20) -> list[Hit]:
    """Pages holding every term: the phrase first, then near, then scattered; BM25 x closeness within."""
    terms = query_terms(query)
    rows = con.execute(BM25_SQL, {"terms": sorted(set(terms)), "limit": max(CANDIDATES, limit)}).fetchall()
    hits = []
    for doc, path, so, page, bm25, text in rows:
        near = proximity(text, terms)
        hits.append(Hit(doc, path, so, page, round(bm25 * (1 + near.closeness), 3),
                        snippet(text, sorted(set(terms)), near.span), near.match))  # fmt: skip
    hits.sort(key=lambda h: (MATCH_ORDER[h.match], -h.score))
    return hits[:limit]


def snippet(text: str, terms: list[str], around: tuple[int, int] | None = None, width: int = 160) -> str:
    """Text around the phrase (or the first matched term), every matched word in [brackets]. Folding
    keeps character positions (one letter for one letter), so positions in the folded text hold."""
    folded = fold(text)
    spans = sorted(m.span() for t in terms for m in re.finditer(rf"\b{re.escape(t)}\b", folded))
    if not spans:
        return " ".join(text[:width].split())
    first = around[0] if around and around[1] else spans[0][0]
    lo, hi = max(0, first - width // 3), min(len(text), first + width)
    out, pos = [], lo
    for s, e in spans:
        if s < pos or not (lo <= s and e <= hi):
            continue
        out += [text[pos:s], "[", text[s:e], "]"]
        pos = e
    out.append(text[pos:hi])
    return ("…" if lo else "") + " ".join("".join(out).split()) + ("…" if hi < len(text) else "")
