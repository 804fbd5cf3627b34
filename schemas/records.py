"""Typed records that cross stage boundaries and land in DuckDB.

Every stage returns one of these; the store validates them again before each write, so a row in
DuckDB always passed the same checks whatever stage made it. Field names are column names: a test
checks that every field here has its column in `schema.sql`.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from baocao.schemas.verdict import LayerVerdict


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)  # NaN never reaches a view


class DocStatus(str, Enum):
    ok = "ok"
    partial = "partial"  # some pages failed
    failed = "failed"


class PageSource(str, Enum):
    ocr = "ocr"
    text_layer = "text_layer"
    failed = "failed"


class Settings(_Record):
    """Run options a worker needs; plain data so it pickles to any executor."""

    dpi: int = 300
    languages: str = "vie+Vietnamese"
    engine: str = "tesseract"  # an OcrEngine by name, or "package.module:Class" (pipeline/engine.py)
    psm: int = 3
    page_timeout_s: float = 300.0
    clean: bool = True
    restore: bool = True
    learn: bool = False  # clean text layers train the learned diacritics model (rebuilt at the end of a batch)
    pdf_dir: Path | None = None  # write a searchable PDF (restored text layer) per OCR'd document here
    work_dir: Path | None = None  # keep intermediate images here when set, a folder per document
    ocr_cache: Path | None = None  # OCR results by page-image hash: a page image is never read twice


class PageJob(_Record):
    """One page of one document: the unit of work handed to a worker."""

    doc_id: str
    path: Path
    page_no: int  # from 1
    settings: Settings = Settings()
    password: str | None = None


class Word(_Record):
    doc_id: str
    page_no: int
    word_no: int
    raw: str  # as read (OCR or text layer)
    text: str  # after diacritic restoration
    x0: float
    y0: float
    x1: float
    y1: float  # page pixels at 300 DPI, origin top-left
    ocr_conf: float | None = None  # 0..100 as Tesseract gives it; None for a text layer
    restore_conf: float | None = None  # 0..1, None when the word was not restored
    # JSON [[form, posterior], ...]: the other forms restoration weighed (posterior 0.01 or more), so
    # that a reviewer or a later stage can choose among them; None when there were none
    alternatives: str | None = None
    block_no: int = 0  # Tesseract's block; -2 / -1 the left / right column of an official heading, -3 footnotes
    line_no: int = 0  # line index within the page, in reading order


class TableCell(_Record):
    row: int  # from 0, top-left of the cell's span
    col: int
    row_span: int = 1
    col_span: int = 1
    text: str = ""
    confidence: float | None = None
    x0: float = 0
    y0: float = 0
    x1: float = 0
    y1: float = 0  # page pixels at 300 DPI
    review_reason: str | None = None  # a number that disagrees with its row or column
    raw: str | None = None  # as read, when diacritic restoration changed the text
    restore_conf: float | None = None  # 0..1, the least confident restored word of the cell
    word_confs: list[float] | None = None  # OCR confidence (0-100) of each word of the reading, split at spaces


class PageTable(_Record):
    """A ruled table found on a scanned page, cell by cell."""

    table_no: int  # order on the page
    title: str | None = None
    n_rows: int
    n_cols: int
    cells: list[TableCell] = Field(default_factory=list)


class PageResult(_Record):
    doc_id: str
    page_no: int
    source: PageSource
    source_reason: str  # why: e.g. "text layer good", "text layer garbled (non-Vietnamese OCR)"
    layer_verdict: LayerVerdict
    raw_text: str = ""
    text: str = ""
    mean_confidence: float | None = None
    width: int = 0
    height: int = 0
    error: str | None = None
    seconds: float = 0.0
    words: list[Word] = Field(default_factory=list)
    tables: list[PageTable] = Field(default_factory=list)


class CachedOcr(_Record):
    """What OCR made of one page image, kept under the image's hash (pipeline/cache.py)."""

    raw_text: str
    mean_confidence: float | None
    how: str  # how the reading was chosen, for pages.source_reason
    width: int
    height: int
    words: list[Word]
    tables: list[PageTable]


class DocMeta(_Record):
    """What the document says of itself; None where it could not be read."""

    so_hieu: str | None = None
    issuer: str | None = None
    province: str | None = None
    issued_date: dt.date | None = None
    period_label: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None


class Document(DocMeta):
    doc_id: str
    path: str
    sha256: str
    status: DocStatus
    error: str | None = None
    n_pages: int | None = None
    file_size: int | None = None
    ingested_at: dt.datetime | None = None
    model_version: str | None = None
    run_id: int | None = None
    path_bytes: bytes | None = None  # os.fsencode of the absolute path: `path` is for reading, this for opening


class ExtractionError(_Record):
    """An extractor that raised on a document: which page made it fail (None: the document as a
    whole), so the rest of the document's records still land."""

    doc_id: str
    page_no: int | None = None
    extractor: str
    error: str


class ReviewStatus(str, Enum):
    auto = "auto"
    needs_review = "needs_review"
    approved = "approved"
    corrected = "corrected"


class ModelState(str, Enum):
    done = "HOÀN THÀNH"
    in_progress = "ĐANG THỰC HIỆN"
    not_registered = "KHÔNG ĐĂNG KÝ TRIỂN KHAI"


class Box(_Record):
    x0: float
    y0: float
    x1: float
    y1: float


class FactKind(str, Enum):
    result = "result"  # reached, counted, measured, wherever it stands (limitations too)
    target = "target"  # chỉ tiêu, mục tiêu, phấn đấu, kế hoạch giao, tối thiểu ...
    change = "change"  # "tăng 46.034 người so với ...", "vượt 13,1%"
    scope = "scope"  # the size of a list or catalogue: "02 nhóm dịch vụ", "có 484 TTHC, trong đó ..."


class SubjectKind(str, Enum):
    """What kind of unit a fact's subject is: a reviewer's correction is held to the same six."""

    agency = "agency"
    commune = "commune"
    district = "district"
    province = "province"
    village = "village"  # thôn, bản, làng, xóm, ấp, buôn, tổ dân phố, khu phố
    unit_group = "unit_group"  # cấp xã, khối bộ, ngành ...


class Fact(_Record):
    """One quantity the report states, what kind of value it is and whom it is about, with where it was read."""

    fact_id: str  # doc_id-page-offset: stable across re-extraction, so corrections stay attached
    doc_id: str
    page_no: int
    indicator_id: str | None = None
    indicator_text: str
    value: float
    unit: str | None = None
    denominator: float | None = None
    as_of: dt.date | None = None
    approximate: bool = False
    quote: str
    confidence: float = Field(ge=0, le=1)
    review_status: ReviewStatus = ReviewStatus.auto
    review_reason: str | None = None
    x0: float | None = None
    y0: float | None = None
    x1: float | None = None
    y1: float | None = None
    kind: FactKind = FactKind.result
    qualifier: str | None = None  # hơn, trên, gần, khoảng, tối thiểu, dưới, trở lên ... as printed
    subject: str | None = None  # whom the value is about, when not the issuer's whole area (normalized)
    subject_kind: SubjectKind | None = None
    section: str | None = None  # the heading path it stands under
    denominator_unit: str | None = None  # "9.690 đài truyền thanh/10.599 xã": what the denominator counts
    extractor: str = "facts.v3"  # v2: tables read cell by cell; v3: kinds, subjects, sections

    @model_validator(mode="after")
    def _parts_go_together(self) -> Fact:
        """A subject without its kind (or a kind without a subject) cannot be grouped in the views;
        what a denominator counts means nothing without the denominator."""
        if (self.subject is None) != (self.subject_kind is None):
            raise ValueError("subject and subject_kind go together: give both, or clear both")
        if self.denominator_unit is not None and self.denominator is None:
            raise ValueError("a denominator_unit needs a denominator: give one, or clear both")
        return self


class StatusEvidence(_Record):
    """One thing that tells a model's status: its appendix cell, the body's list of completed
    models, the report's total, or what is inferred (its wording, its absence from the list)."""

    kind: str  # appendix cell | body list | total | inferred
    status: ModelState | None = None
    page_no: int | None = None
    text: str  # the cell as printed, the listed name, the total's wording
    weight: float = Field(ge=0, le=1)


class ModelStatus(_Record):
    """A pilot model (mô hình) of Đề án 06 and how far it got, as one report says."""

    doc_id: str
    model_no: int
    model_name: str
    status: ModelState | None  # None: a row of the appendix nothing decides (it goes to review)
    lead_agency: str | None = None
    page_no: int
    quote: str
    confidence: float = Field(ge=0, le=1)
    review_status: ReviewStatus = ReviewStatus.auto
    review_reason: str | None = None
    status_evidence: str = "[]"  # JSON list of StatusEvidence
    raw_text: str | None = None  # the row as printed
    restored_text: str | None = None  # the row after restoring marks
    extractor: str = "models.v2"


class LegalReference(_Record):
    """A legal document the report cites: 'Quyết định số 06/QĐ-TTg ngày 06/01/2022'."""

    doc_id: str
    page_no: int
    ref_no: int  # order on the page
    kind: str  # Quyết định, Nghị quyết, Kế hoạch, Công văn, ...
    number: str  # 06
    code: str  # QĐ-TTg
    citation: str  # 06/QĐ-TTg
    date: dt.date | None = None
    quote: str
