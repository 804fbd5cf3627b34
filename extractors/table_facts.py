"""Facts from table cells: a number in a body row is a result of what the row names, measured as
its column's header says ('Đăng ký thường trú' × 'Số hồ sơ' → 15.634 hồ sơ).

A column headed as a plan ('Chỉ tiêu giao', 'Kế hoạch') holds targets, one headed as a difference
('Tăng/giảm so với ...') changes; a row named for a unit ('UBND xã Kỳ Thượng') is about it.
Header rows are those above the first row numbered in its first column (1, 2, I, a); the row's
label is its longest text cell; the unit comes from the cell ('15.634 hồ sơ') or else from the
header ('Số hồ sơ', 'Tỷ lệ (%)'); a fraction's denominator counts what the header's second term says
('Số đài truyền thanh/Tổng số xã'). A cell without a unit either way ('Mức 4', a year) is no fact.
"""

from __future__ import annotations

import re
from baocao.extractors.catalog import link_indicator
from baocao.extractors.document import REVIEW_BELOW, DocTable
from baocao.core.numbers import NUMBER_RE, names_something, parse_quantity
from baocao.extractors.subjects import subject_of_name
from baocao.extractors.tables import ROW_NUMBER
from baocao.extractors.units import UNIT_RE, canon_unit, open_unit
from baocao.schemas.records import Fact, FactKind, ReviewStatus

# a column of what was aimed at, or of how much a value moved
_TARGET_HEADER = re.compile(r"chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|giao", re.IGNORECASE)
_CHANGE_HEADER = re.compile(r"tăng|giảm|so\s+với|chênh\s+lệch", re.IGNORECASE)
_HEADER_UNIT = re.compile(r"\((%|[^()]{1,20})\)|(?:^|\s)(?:số|tổng số)\s+(.+)$|(tỷ lệ|tỉ lệ)", re.IGNORECASE)


def _unit_of(text: str) -> str | None:
    if "%" in text:
        return "%"
    m = UNIT_RE.search(" " + text)
    return canon_unit(m.group(1)) if m else None


def _header_unit(header: str) -> str | None:
    m = _HEADER_UNIT.search(header)
    if not m:
        return None
    if m.group(3):
        return "%"
    return _unit_of(m.group(1) or m.group(2) or "")


def _fraction_units(header: str) -> tuple[str | None, str | None]:
    """'Số đài truyền thanh/Tổng số xã' -> ('đài', 'xã'): what a fraction's two terms count, from a header
    that names both; (None, None) for a header with no '/' between words."""
    m = re.search(r"(?<!\d)\s*/\s*(?!\d)", header)
    if not m:
        return None, None
    left, right = header[: m.start()], header[m.end() :]

    def counted(part: str) -> str | None:
        after = re.search(r"(?:^|\s)(?:tổng\s+)?số\s+(.+)$", part, re.IGNORECASE)
        words = after.group(1) if after else part
        return _unit_of(words) or (open_unit(" " + words)[0] if after else None)

    return counted(left), counted(right)


def table_facts(doc_id: str, table: DocTable) -> list[Fact]:
    cells = table.cells
    if not cells:
        return []
    page_of = dict(zip(((c.row, c.col) for c in cells), table.pages, strict=True))
    first_col = {c.row: c for c in cells if c.col == 0}
    body_rows = sorted(r for r, c in first_col.items() if ROW_NUMBER.match(c.text or ""))
    if not body_rows:
        return []
    n_cols = max(c.col + c.col_span for c in cells)
    headers = [" ".join(c.text for c in cells if c.row < body_rows[0] and c.col <= k < c.col + c.col_span and c.text)
               for k in range(n_cols)]  # fmt: skip
    facts = []
    for r in body_rows:
        row = [c for c in cells if c.row == r]
        label = max((c for c in row if c.col > 0), key=lambda c: len(re.sub(r"[\d.,%/\s]", "", c.text)), default=None)
        for c in row:
            if c.col == 0 or c is label or not c.text:
                continue
            m = NUMBER_RE.search(c.text)
            if not m or names_something(c.text, m.start(), m.end()):
                continue
            q = parse_quantity(c.text[m.start():])
            header = headers[c.col] if c.col < len(headers) else ""
            unit = "%" if q and q.percent else _unit_of(c.text[m.end():]) or _header_unit(header)
            den_unit = None
            if q is not None and q.denominator is not None and not q.percent:
                num_of, den_of = _fraction_units(header)  # 'Số đài truyền thanh/Tổng số xã': 412/455
                if num_of and not _unit_of(c.text[m.end():]):
                    unit = num_of
                den_unit = den_of if den_of != unit else None
            if q is None or unit is None:
                continue
            name = label.text if label else ""
            kind = (FactKind.change if _CHANGE_HEADER.search(header) else
                    FactKind.target if _TARGET_HEADER.search(header) else FactKind.result)  # fmt: skip
            subject = subject_of_name(name)
            indicator, _ = link_indicator(unit, f"{name} {header}", c.text[m.end():])
            conf = (c.confidence if c.confidence is not None else 1.0) * (1.0 if indicator else 0.9)
            if c.restore_conf is not None:
                conf *= max(c.restore_conf, 0.5)
            reason = c.review_reason
            if q.denominator is not None and q.denominator < q.value:
                reason, conf = "numerator above denominator", conf * 0.6
            facts.append(Fact(
                fact_id=f"{table.table_id}-r{r}c{c.col}", doc_id=doc_id, page_no=page_of[(c.row, c.col)],
                indicator_id=indicator, indicator_text=f"{name} — {header}".strip(" —")[:200], value=q.value,
                unit=unit, denominator=q.denominator, denominator_unit=den_unit, approximate=q.approximate,
                quote=f"{table.title or 'table'}: {name} | {header}: {c.text}"[:400], confidence=round(conf, 3),
                review_status=ReviewStatus.needs_review if conf < REVIEW_BELOW or reason else ReviewStatus.auto,
                review_reason=reason, x0=c.x0, y0=c.y0, x1=c.x1, y1=c.y1, kind=kind,
                subject=subject.name if subject else None, subject_kind=subject.kind if subject else None,
                section=table.title,
            ))  # fmt: skip
    return facts
