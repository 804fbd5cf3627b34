"""A document as the extractors see it: restored page texts, with a way back from a span of text to
the words (boxes, confidences) it was read from. Extractors never touch DuckDB."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from baocao.core.vietnamese import old_style_tones
from baocao.schemas.records import Box, PageResult, TableCell, Word

REVIEW_BELOW = 0.75  # records of any extractor less sure than this go to the review queue


@dataclass
class PageText:
    page_no: int
    text: str
    words: list[Word]
    offsets: list[tuple[int, int]] = field(default_factory=list)  # of each word's text in `text`

    def __post_init__(self) -> None:
        # one tone placement for every extractor ('hoà' reads as 'hòa'), whoever made the page
        self.text = old_style_tones(self.text)
        self.words = [w if (t := old_style_tones(w.text)) == w.text else w.model_copy(update={"text": t})
                      for w in self.words]  # fmt: skip
        pos = 0
        for w in self.words:
            start = self.text.find(w.text, pos)
            if start < 0:
                self.offsets.append((-1, -1))
                continue
            self.offsets.append((start, start + len(w.text)))
            pos = start + len(w.text)

    def words_in(self, start: int, end: int) -> list[Word]:
        return [w for w, (s, e) in zip(self.words, self.offsets, strict=True) if s < end and e > start and s >= 0]

    def box(self, start: int, end: int) -> Box | None:
        ws = self.words_in(start, end)
        if not ws:
            return None
        return Box(x0=min(w.x0 for w in ws), y0=min(w.y0 for w in ws), x1=max(w.x1 for w in ws),
                   y1=max(w.y1 for w in ws))  # fmt: skip

    def read_confidence(self, start: int, end: int) -> float:
        """How sure reading was about this span: OCR confidence and restoration confidence, 0..1."""
        ws = self.words_in(start, end)
        conf = 1.0
        for w in ws:
            if w.ocr_conf is not None and w.ocr_conf >= 0:
                conf = min(conf, w.ocr_conf / 100)
            if w.restore_conf is not None:
                conf = min(conf, max(w.restore_conf, 0.5))  # a doubtful mark rarely changes a number
        return conf

    def sentence(self, start: int, end: int, limit: int = 320) -> tuple[int, int]:
        """The sentence (or list item) around a span, as offsets."""
        left = max((m.end() for m in _BREAK.finditer(self.text, 0, start)), default=0)
        right_m = _BREAK.search(self.text, end)
        right = right_m.start() + 1 if right_m else len(self.text)
        if right - left > limit:
            left, right = max(left, start - limit // 2), min(right, end + limit // 2)
        return left, right


_BREAK = re.compile(r"(?<=[.;!?])(?<!TP\.)(?<!Tp\.)\s+(?=[A-ZĐÀ-Ỹ(\-+•])|\n\s*\n|\n(?=\s*[-+•(]|\s*\d+[.)])")


class LazyPages(Sequence[PageText]):
    """Pages loaded when an extractor reaches them, so a long document is read one page at a time."""

    def __init__(self, load: Callable[[int], PageResult], page_nos: list[int]):
        self.load, self.page_nos = load, page_nos

    def __len__(self) -> int:
        return len(self.page_nos)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        p = self.load(self.page_nos[i])
        return PageText(p.page_no, p.text, p.words)


@dataclass(frozen=True)
class DocTable:
    """A stored table as extractors see it: its cells and the page each cell was read on."""

    table_id: str
    title: str | None
    cells: list[TableCell]
    pages: list[int]  # one per cell: a table joined across pages keeps each cell's own page

    def area(self, page_no: int) -> tuple[float, float, float, float] | None:
        """The box the table covers on one page, at 300 DPI."""
        on = [c for c, p in zip(self.cells, self.pages, strict=True) if p == page_no]
        if not on:
            return None
        return min(c.x0 for c in on), min(c.y0 for c in on), max(c.x1 for c in on), max(c.y1 for c in on)


@dataclass
class DocText:
    doc_id: str
    pages: Sequence[PageText]
    tables: Sequence[DocTable] = ()

    @classmethod
    def from_pages(cls, doc_id: str, pages: list[PageResult]) -> DocText:
        return cls(doc_id, [PageText(p.page_no, p.text, p.words) for p in pages if p.text])

    @classmethod
    def lazy(cls, doc_id: str, load: Callable[[int], PageResult], page_nos: list[int],
             tables: Sequence[DocTable] = ()) -> DocText:  # fmt: skip
        return cls(doc_id, LazyPages(load, page_nos), tables)
