"""Document stage: restore the marks of pages whose text lost them, and mend the marks our own OCR
misread, with one cache per document.

Runs in the parent once all of a document's pages are read, because a word restored confidently on
one page informs the same word on every other page (two passes: the first fills the cache, the
second decodes with it). A good text layer passes through untouched; OCR output that carries its
marks is decoded in `ocr` mode (a reading stands unless the context clearly prefers another form of
the same letters). `pages.raw_text` and `words.raw` keep what was read.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator

from baocao.diacritics.restore import DocumentCache, Restored, RestoredWord, Restorer
from baocao.extractors.document import DocTable
from baocao.pipeline.layer import judge_layer
from baocao.schemas.records import LayerVerdict, PageResult, PageSource, TableCell, Word


def text_mode(text: str, source: PageSource, verdict: LayerVerdict | None = None) -> str | None:
    """stripped | garbled | ocr | None (leave alone). Only a text layer can be garbled by another OCR;
    OCR output that looks garbled is our own misreading, not something restoration can undo, but
    OCR output with its marks may have misread a few of them."""
    if source is PageSource.failed or not text.strip():
        return None
    verdict = verdict or judge_layer(text)
    if verdict is LayerVerdict.stripped:
        return "stripped"
    if verdict is LayerVerdict.garbled and source is PageSource.text_layer:
        return "garbled"
    if verdict is LayerVerdict.good and source is PageSource.ocr:
        return "ocr"
    return None


def page_mode(page: PageResult) -> str | None:
    verdict = page.layer_verdict if page.source is PageSource.text_layer else None
    return text_mode(page.raw_text, page.source, verdict)


def word_offsets(raw_text: str, words: list[Word]) -> list[tuple[int, int]]:
    """Where each word row sits in the page text (rows are the page's tokens in reading order)."""
    out, pos = [], 0
    for w in words:
        start = raw_text.find(w.raw, pos)
        if start < 0:
            out.append((-1, -1))
            continue
        out.append((start, start + len(w.raw)))
        pos = start + len(w.raw)
    return out


def apply_to_words(page: PageResult, restored: Restored) -> list[Word]:
    offsets = word_offsets(page.raw_text, page.words)
    pieces = sorted(restored.words, key=lambda r: r.start)
    out, k = [], 0
    for w, (start, end) in zip(page.words, offsets, strict=True):
        while k < len(pieces) and pieces[k].end <= start:
            k += 1
        inside = []
        j = k
        while j < len(pieces) and pieces[j].start < end:
            inside.append(pieces[j])
            j += 1
        if start < 0 or not inside:
            out.append(w)
            continue
        text, cursor = [], start
        for r in inside:
            text.append(page.raw_text[cursor : r.start])
            text.append(r.text)
            cursor = r.end
        text.append(page.raw_text[cursor:end])
        least = min(inside, key=lambda r: r.confidence)
        out.append(w.model_copy(update={"text": "".join(text), "restore_conf": least.confidence,
                                        "alternatives": alternatives_json(least)}))  # fmt: skip
    return out


KEEP_ALTERNATIVE = 0.01  # posterior under which another form is not worth a reviewer's look


def alternatives_json(word: RestoredWord) -> str | None:
    alts = [[form, round(p, 4)] for form, p in word.alternatives if p >= KEEP_ALTERNATIVE]
    return json.dumps(alts, ensure_ascii=False) if alts else None


def restore_document(pages: Callable[[], Iterable[PageResult]], restorer: Restorer | None = None,
                     cache: DocumentCache | None = None) -> Iterator[PageResult]:  # fmt: skip
    """Restored versions of the pages that need it. `pages()` gives the document's pages afresh for
    each of the two passes, so a 500-page document is never held in memory at once."""
    restorer = restorer or Restorer.default()
    cache = cache if cache is not None else DocumentCache()
    modes: dict[int, str] = {}
    for p in pages():  # first pass: only to learn this document's confident choices
        mode = page_mode(p)
        if mode:
            modes[p.page_no] = mode
            restorer.restore(p.raw_text, mode, cache, ocr_confidences(p))
    if not modes:
        return
    for p in pages():
        mode = modes.get(p.page_no)
        if mode:
            restored = restorer.restore(p.raw_text, mode, cache, ocr_confidences(p))
            said = "marks checked (ocr)" if mode == "ocr" else f"marks restored ({mode})"
            yield p.model_copy(update={"text": restored.text, "words": apply_to_words(p, restored),
                                       "source_reason": f"{p.source_reason}; {said}"})  # fmt: skip


def ocr_confidences(page: PageResult) -> list[tuple[int, int, float]] | None:
    """(start, end, confidence) of each OCR word in the page text: how far `ocr` mode trusts it."""
    if page.source is not PageSource.ocr:
        return None
    return [(a, b, w.ocr_conf) for w, (a, b) in zip(page.words, word_offsets(page.raw_text, page.words), strict=True)
            if a >= 0 and w.ocr_conf is not None]  # fmt: skip


def _cell_confidences(cell: TableCell, raw: str) -> list[tuple[int, int, float]] | None:
    """(start, end, OCR confidence) of each word of a cell as read, as a page's words have them: a
    cell's mean would vouch for the one word a seal crossed ('mẫu đấu' read at 60 among words at 96)."""
    words = raw.split(" ")
    if cell.word_confs and len(cell.word_confs) == len(words):
        spans, pos = [], 0
        for word, conf in zip(words, cell.word_confs, strict=True):
            spans.append((pos, pos + len(word), conf))
            pos += len(word) + 1
        return spans
    return [(0, len(raw), 100 * cell.confidence)] if cell.confidence is not None else None


UNSURE_CELL = 0.5  # a restored cell with a word under this confidence goes to the review queue


def restore_tables(tables: Iterable[tuple[DocTable, PageSource]], restorer: Restorer | None = None,
                   cache: DocumentCache | None = None) -> Iterator[tuple[str, list[TableCell]]]:  # fmt: skip
    """Cells restored one by one (a cell is its own context: a row's cells are not a sentence), for
    tables whose text as a whole lost its marks. Returns only the cells that changed."""
    restorer = restorer or Restorer.default()
    cache = cache if cache is not None else DocumentCache()
    for table, source in tables:
        mode = text_mode("\n".join(c.raw or c.text for c in table.cells), source)
        if not mode:
            continue
        changed = []
        for c in table.cells:
            raw = c.raw or c.text
            confs = _cell_confidences(c, raw) if mode == "ocr" else None
            restored = restorer.restore(raw, mode, cache, confs)
            if not restored.words or (mode == "ocr" and restored.text == raw):
                continue
            conf = min(w.confidence for w in restored.words)
            reason = c.review_reason or (f"marks restored, confidence {conf:.2f}" if conf < UNSURE_CELL else None)
            changed.append(c.model_copy(update={"text": restored.text, "raw": raw, "restore_conf": conf,
                                                "review_reason": reason}))  # fmt: skip
        if changed:
            yield table.table_id, changed
