"""Pilot-model (mô hình) statuses, from appendix tables and from running text.

An appendix row reads 'Mô hình N: name ... HOÀN THÀNH | ĐANG THỰC HIỆN | Không đăng ký triển khai'
(often interleaved with other cells by an OCR that ignored the grid); running text lists models
after a phrase that gives their status ('Các mô hình hoàn thành, gồm Mô hình 1 - ...; Mô hình 3:
...'). Status words are matched with marks and case folded, so 'PANG THU'C HIEN' still counts.
"""

from __future__ import annotations

import re

from baocao.core.vietnamese import strip_marks
from baocao.extractors.document import REVIEW_BELOW, DocText
from baocao.schemas.records import ModelState, ModelStatus, ReviewStatus

# "Mô hình 3:", and what a garbling OCR and restoration leave of it: "Mà hình 3", "M2 hinh 9"
_HEADER = re.compile(r"\b[MN][^\s\d]{0,2}\d?\s*\n?\s*h[iìíỉĩị]nh\s*(\d{1,2})\b\s*[:;.\-–]?", re.IGNORECASE)
_STATUS = [
    # the English OCR read "Đ" as D, P or H and "ă" as a, i or u: "PANG THY'C HIEN", "Khéng diing ky"
    (ModelState.not_registered, re.compile(r"KHONG\s+D[AIU]+NG\s+KY", re.IGNORECASE)),
    (ModelState.in_progress, re.compile(r"\b[DPH]ANG\s*TH[UY]'?\s*C\s*HIEN\b|\bDANG\s+TRIEN\s+KHAI\b", re.IGNORECASE)),
    (ModelState.done, re.compile(r"\bHOAN\s*THANH\b", re.IGNORECASE)),
]
_LIST_INTRO = re.compile(r"(các\s+)?mô\s+hình\s+(đã\s+)?(hoàn\s+thành|đang\s+(?:thực\s+hiện|triển\s+khai))[^.:]{0,30}"
                         r"(?:gồm|là|như)?\s*:?", re.IGNORECASE)  # fmt: skip
_AGENCY = re.compile(r"\(([^()]{3,60})\)\s*$")
MAX_MODEL = 60


def _status_in(text: str, upper_only: bool) -> tuple[ModelState, int] | None:
    folded = strip_marks(text)
    best = None
    for state, rx in _STATUS:
        for m in rx.finditer(folded):
            distinctive = state is ModelState.not_registered  # no prose says "không đăng ký triển khai" by chance
            if upper_only and not distinctive and not m.group().replace("'", "").replace(" ", "").isupper():
                continue
            if best is None or m.start() < best[1]:
                best = (state, m.start())
            break
    return best


def find_model_statuses(doc: DocText) -> list[ModelStatus]:
    found: dict[int, ModelStatus] = {}
    for page in doc.pages:
        text = page.text
        heads = [m for m in _HEADER.finditer(text) if 0 < int(m.group(1)) <= MAX_MODEL]
        for k, m in enumerate(heads):
            no = int(m.group(1))
            nxt = heads[k + 1].start() if k + 1 < len(heads) else min(len(text), m.end() + 600)
            segment = text[m.end() : nxt]
            intros = list(_LIST_INTRO.finditer(text, max(0, m.start() - 2000), m.start()))
            intro = intros[-1] if intros else None  # the nearest phrase before the model governs it
            name_end = re.search(r"[;\n]|\s{2,}|\b(?:HOÀN|ĐANG|PANG|DANG|KHÔNG)\b", segment)
            name = " ".join(segment[: name_end.start() if name_end else 120].split()).strip(" -–:;")
            agency = _AGENCY.search(segment[: name_end.start()] if name_end else segment[:160])
            status = _status_in(segment[:500], upper_only=True)
            conf = 0.85
            if status is None and intro and not re.search(r"[.]\s", text[intro.end() : m.start()]):
                status = (_intro_state(intro.group(3)), 0)
                conf = 0.8
            if status is None:
                continue
            if status[1] > 250:
                conf -= 0.25  # the status is far from its model: an interleaved table
            if not name:
                conf -= 0.2
            rec = ModelStatus(
                doc_id=doc.doc_id, model_no=no, model_name=name[:200] or f"Mô hình {no}", status=status[0],
                lead_agency=agency.group(1).strip() if agency else None, page_no=page.page_no,
                quote=" ".join(text[m.start() : m.end() + 200].split())[:300], confidence=round(conf, 2),
                review_status=ReviewStatus.needs_review if conf < REVIEW_BELOW else ReviewStatus.auto,
            )  # fmt: skip
            if no not in found or found[no].confidence < rec.confidence:
                found[no] = rec
    return sorted(found.values(), key=lambda r: r.model_no)


def _intro_state(words: str) -> ModelState:
    return ModelState.done if strip_marks(words).lower().startswith("hoan") else ModelState.in_progress
