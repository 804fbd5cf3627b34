"""Facts from table cells: a number in a body row is a result of what the row names, measured as
its column's header says ('Đăng ký thường trú' × 'Số hồ sơ' → 15.634 hồ sơ).

A column headed as a plan ('Chỉ tiêu giao', 'Kế hoạch') holds targets, one headed as a difference
('Tăng/giảm so với ...') changes; a row named for a unit ('UBND xã Kỳ Thượng') is about it.
Header rows are those above the first row numbered in its first column (1, 2, I, a), or, in a table
with no numbered row, above the first row holding a bare number; a total row below numbered ones
counts too. The row's label is its longest text cell; the unit comes from the cell ('15.634 hồ sơ'),
else from the header ('Số hồ sơ', 'Tỷ lệ (%)'), else from the page's 'Đơn vị tính:' line in the
table's title; a fraction's denominator counts what the header's second term says ('Số đài truyền
thanh/Tổng số xã'). A cell without a unit any way ('Mức 4', a year) is no fact.
"""

from __future__ import annotations

import re
from baocao.extractors.catalog import link_indicator
from baocao.extractors.document import REVIEW_BELOW, DocTable
from baocao.core.numbers import NUMBER_RE, names_something, parse_quantity
from baocao.extractors.subjects import subject_of_name
from baocao.extractors.tables import ROW_NUMBER, UNIT_LINE
from baocao.extractors.units import MONEY_RE, UNIT_RE, canon_unit, counted_unit, in_money, open_unit
from baocao.schemas.records import Fact, FactKind, ReviewStatus

# a column of what was aimed at, or of how much a value moved
_TARGET_HEADER = re.compile(r"chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|giao", re.IGNORECASE)
_CHANGE_HEADER = re.compile(r"tăng|giảm|so\s+(?:với|cùng)|chênh\s+lệch", re.IGNORECASE)
_TOTAL = re.compile(r"\s*(?:tổng\s+cộng|tổng\s+số|cộng|toàn\s+(?:tỉnh|huyện|thành\s+phố|xã))\b", re.IGNORECASE)
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_BARE_NUMBER = re.compile(r"[<>≥≤~]?\s*(?:khoảng\s+)?[-−+]?\d[\d.,]*\s*%?")  # ("-46,67": a fall)
_LEVEL_HEADER = re.compile(r"(?:tên\s+)?(huyện|quận|xã|phường|tỉnh|thôn|bản)\b", re.IGNORECASE)
_HEADER_UNIT = re.compile(r"\((%|[^()]{1,20})\)|(?:^|\s)(?:số|tổng số)\s+(.+)$|(tỷ lệ|tỉ lệ)", re.IGNORECASE)


def _unit_of(text: str) -> str | None:
    if "%" in text:
        return "%"
    if money := MONEY_RE.match(text):
        return money.group(1)
    m = UNIT_RE.search(" " + text)
    return canon_unit(m.group(1)) if m else None


_BRACKETED = re.compile(r"\(([^()]{1,20})\)")


def _header_unit(header: str) -> str | None:
    m = _HEADER_UNIT.search(header)
    if not m:
        return None
    if m.group(3):
        return "%"
    if m.group(2):  # 'Tổng số cử tri': what it counts, named or not
        return _unit_of(m.group(2)) or open_unit(" " + m.group(2))[0]
    return next((u for b in [m.group(1), *_BRACKETED.findall(header, m.end())] if (u := _unit_of(b or ""))), None)
    # ('Tăng (+), giảm (-) (%)': the first bracket that names a unit)


def _title_unit(title: str) -> str | None:
    """What a table counts, named by its title when no line states a unit: 'I. SỐ CA MẮC PHÂN THEO ĐỊA PHƯƠNG' (ca)."""
    m = _COUNTED_TITLE.search(title.lower())
    return counted_unit(m.group(1)) if m else None


_COUNTED_TITLE = re.compile(r"(?<![^\W\d_])số\s+(?!liệu|hiệu|hóa|tiền)(?:lượng\s+)?([^\W\d_][^;:]*)")


def _column_units(headers: list[str]) -> tuple[list[str | None], set[int]]:
    """Each column's unit from its header; a header that names none but opens with what another column
    counts counts that too ('Tổng số cử tri' | 'Cử tri đi bầu'), and a 'Tổng số' column it borrowed from
    is then the whole that column is a part of: scope, as in the text."""
    units = [_header_unit(h) for h in headers]
    counted = {u for u in units if u and u != "%"}
    lent = [None if u else next((c for c in counted if h.lower().startswith(c.lower() + " ")), None)
            for u, h in zip(units, headers, strict=True)]  # fmt: skip
    wholes = {k for k, h in enumerate(headers) if units[k] in lent and re.match(r"\s*tổng\s+số", h, re.IGNORECASE)}
    return [u or b for u, b in zip(units, lent, strict=True)], wholes


def _english_grouping(cells) -> bool:
    """Whether a table writes thousands with commas ('9,441,246'), so that '81,319' is 81319 in it."""
    return any(_COMMA_GROUPS.fullmatch(c.text.strip()) for c in cells)


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


def _numbered(cells, r: int) -> bool:
    return any(c.row == r and c.col == 0 and ROW_NUMBER.match(c.text or "") for c in cells)


def _body_rows(cells) -> list[int]:
    """Rows numbered in the first column (1, 2, I, a), and a total row among or below them ('Tổng cộng', 'Cộng');
    in a table with no numbered row, every row from the first one that holds a bare number in a later column."""
    rows = sorted({c.row for c in cells})
    numbered = [r for r in rows if _numbered(cells, r)]
    holds_number = {c.row for c in cells if c.col > 0 and plain_number(c.text)}
    if numbered:
        totals = [r for r in rows if r > numbered[0] and r not in numbered and r in holds_number and any(
            c.row == r and _TOTAL.match(c.text) for c in cells)]  # fmt: skip
        return sorted(numbered + totals)
    first = min(holds_number, default=None)
    return [r for r in rows if first is not None and r >= first]


def _letters(text: str) -> str:
    return re.sub(r"[\d.,%/\s]", "", text)


def plain_number(text: str) -> bool:
    return bool(_BARE_NUMBER.fullmatch(text.strip()))


def _of_level(name: str, header: str):
    """A bare name under a column headed by its level ('Huyện, thành phố' × 'Bến Cầu' -> huyện Bến Cầu)."""
    level = _LEVEL_HEADER.match(header.strip())
    return subject_of_name(f"{level.group(1).lower()} {name}") if level and name.strip() else None


def table_facts(doc_id: str, table: DocTable) -> list[Fact]:
    cells = table.cells
    if not cells:
        return []
    page_of = dict(zip(((c.row, c.col) for c in cells), table.pages, strict=True))
    body_rows = _body_rows(cells)
    if not body_rows:
        return []
    n_cols = max(c.col + c.col_span for c in cells)
    headers = [" ".join(c.text for c in cells if c.row < body_rows[0] and c.col <= k < c.col + c.col_span and c.text)
               for k in range(n_cols)]  # fmt: skip
    (units, wholes), commas_group = _column_units(headers), _english_grouping(cells)
    stated = UNIT_LINE.search(table.title or "")  # 'Đơn vị tính: tỷ đồng' above the table
    stated_unit = (_unit_of(stated.group(1)) or open_unit(" " + stated.group(1))[0]) if stated else _title_unit(table.title or "")
    facts = []
    for r in body_rows:
        row, numbered = [c for c in cells if c.row == r], _numbered(cells, r)
        label = max((c for c in row if (c.col > 0 or not numbered) and _letters(c.text)), key=lambda c: len(_letters(c.text)),
                    default=None)  # fmt: skip
        for c in row:
            if c.col == 0 and numbered or c is label or not c.text:
                continue
            m = NUMBER_RE.search(c.text)
            if not m or names_something(c.text, m.start(), m.end()):
                continue
            q = parse_quantity(c.text[m.start():])
            if q and re.fullmatch(r"\d{1,3}(?:,\d{3})+", m.group().strip()) and commas_group:
                q = parse_quantity(m.group().replace(",", "."))
            header = headers[c.col] if c.col < len(headers) else ""
            column = units[c.col] if c.col < len(units) else None
            if stated and stated_unit and plain_number(c.text) and column not in ("%", None) and not MONEY_RE.fullmatch(column):
                column = stated_unit  # 'Đơn vị tính: người' over a header's noun ('số bệnh nhân AIDS còn sống'): what it says it counts in
            unit = "%" if q and q.percent else _unit_of(c.text[m.end():]) or column or (stated_unit if plain_number(c.text) else None)
            den_unit = None
            if q is not None and q.denominator is not None and not q.percent:
                num_of, den_of = _fraction_units(header)  # 'Số đài truyền thanh/Tổng số xã': 412/455
                if num_of and not _unit_of(c.text[m.end():]):
                    unit = num_of
                den_unit = den_of if den_of != unit else None
            if q is None or unit is None:
                continue
            value, den = -q.value if c.text[: m.start()].strip() in ("-", "−") else q.value, q.denominator
            if MONEY_RE.fullmatch(unit):  # '12,5' under 'Đơn vị tính: tỷ đồng' is 12.5e9 VND, as the text's sums are
                unit, value, den = in_money(unit, value, den)
                value, den = round(value, 2), (round(den, 2) if den else None)
            name = label.text if label else ""
            kind = (FactKind.scope if c.col in wholes else FactKind.change if _CHANGE_HEADER.search(header) else
                    FactKind.target if _TARGET_HEADER.search(header) else FactKind.result)  # fmt: skip
            subject = subject_of_name(name) or _of_level(name, headers[label.col] if label else "")
            indicator, _ = link_indicator(unit, f"{name} {header}", c.text[m.end():])
            conf = (c.confidence if c.confidence is not None else 1.0) * (1.0 if indicator else 0.9)
            if c.restore_conf is not None:
                conf *= max(c.restore_conf, 0.5)
            reason = c.review_reason
            if q.denominator is not None and q.denominator < q.value:
                reason, conf = "numerator above denominator", conf * 0.6
            facts.append(Fact(
                fact_id=f"{table.table_id}-r{r}c{c.col}", doc_id=doc_id, page_no=page_of[(c.row, c.col)],
                indicator_id=indicator, indicator_text=f"{name} — {header}".strip(" —")[:200], value=value,
                unit=unit, denominator=den, denominator_unit=den_unit, approximate=q.approximate,
                quote=f"{table.title or 'table'}: {name} | {header}: {c.text}"[:400], confidence=round(conf, 3),
                review_status=ReviewStatus.needs_review if conf < REVIEW_BELOW or reason else ReviewStatus.auto,
                review_reason=reason, x0=c.x0, y0=c.y0, x1=c.x1, y1=c.y1, kind=kind,
                subject=subject.name if subject else None, subject_kind=subject.kind if subject else None,
                section=table.title,
            ))  # fmt: skip
    return facts
