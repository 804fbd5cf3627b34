"""Document metadata: số hiệu, issuer, province, date of issue and the reporting period.

Read from the heading of page 1 when it is legible; otherwise from elsewhere: appendix titles
("kèm theo Báo cáo số 608/BC-UBND ngày 24/7/2025"), the title ("... tháng 10/2025"), the
sentence that names who reports ("UBND tỉnh Nghệ An báo cáo ...").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from baocao.extractors.document import DocText
from baocao.core.places import key as place_key
from baocao.core.places import districts, provinces
from baocao.schemas.records import DocMeta

_SO_HIEU = re.compile(r"(?:^|\n)[^\S\n]*(?:Số|số|SỐ)\s*[:.]?\s*(\d{1,5})\s*/\s*((?:BC|KH|TTr|QĐ|CV|TB)[-–][A-ZĐ0-9]+(?:[-–][A-ZĐ0-9]+)*)")
_ANNEX_REF = re.compile(r"kèm\s+theo\s+Báo\s+cáo\s+số\s*(\d{1,5})\s*/\s*(BC[-–][A-ZĐ0-9]+(?:[-–][A-ZĐ0-9]+)*)"
                        r"(?:\s+ngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4}))?", re.IGNORECASE)  # fmt: skip
_ISSUED = re.compile(r"([A-ZĐÀ-Ỹ][^\n,]{1,30}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_ISSUER_HEAD = re.compile(
    r"^\s*((?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|CÔNG AN|SỞ|TỔ CÔNG TÁC|BAN CHỈ ĐẠO|VĂN PHÒNG)[^\n]{0,60})$",
    re.MULTILINE,
)
_ISSUER_SENTENCE = re.compile(
    r"((?:UBND|Ủy\s+ban\s+nhân\s+dân|Công\s+an|Tổ\s+công\s+tác[^,]{0,40}?|Sở\s[^,]{3,40}?)(?:\s*\([A-ZĐ]+\))?\s+(?:tỉnh|thành phố)\s+"
    r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,3})\s+(?:kính\s+)?báo cáo"
)
_MONTH = re.compile(r"tháng\s+(\d{1,2})\s*(?:/|năm)\s*(\d{4})", re.IGNORECASE)
_MONTHS_OF_YEAR = re.compile(r"(0?[1-9]|1[01]|ba|sáu|chín)\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})", re.IGNORECASE)
_MONTH_WORDS = {"ba": 3, "sáu": 6, "chín": 9}
# a scan reads the roman I of "Quý I" as l, 1 or |
_QUARTER = re.compile(r"quý\s+(IV|[Il1|]{1,3}|[2-4])\s*(?:/|năm)\s*(\d{4})", re.IGNORECASE)
_RANGE = re.compile(r"từ\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\s*(?:đến|-|–)\s*(?:ngày\s+)?(\d{1,2})/(\d{1,2})/(\d{4})",
                    re.IGNORECASE)  # fmt: skip
_YEAR = re.compile(r"\bnăm\s+(\d{4})\b", re.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ROMAN_OF = {v: k for k, v in _ROMAN.items()}


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def parse_period(title: str) -> tuple[str, dt.date, dt.date] | None:
    """'... tháng 10/2025 ...' -> ('tháng 10/2025', 2025-10-01, 2025-10-31); also 6 (3, 9) tháng đầu
    (cuối) năm, quý, năm, and 'từ ngày 15/9 đến ngày 14/10/2025' when nothing else is named. The first
    period named wins: titles name the reported period before the next one."""
    found = []
    if m := _MONTHS_OF_YEAR.search(title):
        n, y = _MONTH_WORDS.get(m.group(1).lower()) or int(m.group(1)), int(m.group(3))
        first = m.group(2).lower() == "đầu"
        found.append((m.start(), f"{n} tháng {m.group(2).lower()} năm {y}",
                      dt.date(y, 1 if first else 13 - n, 1), _month_end(y, n if first else 12)))  # fmt: skip
    if m := _QUARTER.search(title):
        roman = m.group(1).upper().translate(str.maketrans("L1|", "III"))
        q = _ROMAN.get(roman) or int(roman)
        y = int(m.group(2))
        found.append((m.start(), f"Quý {_ROMAN_OF[q]}/{y}", dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)))
    if m := _MONTH.search(title):
        mo, y = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12 and not (found and found[0][0] < m.start()):
            found.append((m.start(), f"tháng {mo}/{y}", dt.date(y, mo, 1), _month_end(y, mo)))
    if not found and (m := _RANGE.search(title)):
        d0, m0, y1 = int(m.group(1)), int(m.group(2)), int(m.group(6))
        y0 = int(m.group(3) or (y1 - 1 if m0 > int(m.group(5)) else y1))
        start, end = _date(str(d0), str(m0), str(y0)), _date(m.group(4), m.group(5), m.group(6))
        if start and end and start <= end:
            found.append((m.start(), f"từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}", start, end))
    if not found and (m := _YEAR.search(title)):
        y = int(m.group(1))
        found.append((m.start(), f"năm {y}", dt.date(y, 1, 1), dt.date(y, 12, 31)))
    if not found:
        return None
    _pos, label, start, end = min(found)
    return label, start, end


def find_province(text: str) -> str | None:
    """The first province named after 'tỉnh' or 'thành phố' (or as 'UBND TỈNH X'), normalized with
    underthesea's list."""
    names = provinces()  # province-level only: "thành phố Vinh" is not one, "thành phố Hải Phòng" is
    text = text.replace("\n", " ")  # a name broken at a line end: "UBND tỉnh Nghệ\nAn"
    for m in re.finditer(r"(?:tỉnh|TỈNH|Tỉnh|thành phố|THÀNH PHỐ|Thành phố|TP\.)\s*([^,.;:()]{2,25})", text):
        words = m.group(1).split()
        for n in (3, 2, 1):
            k = place_key(" ".join(words[:n]))
            if k in names:
                return names[k]
    return None


def _place_of_issue(first: str) -> str | None:
    """'Hải Phòng, ngày 08 tháng 10 năm 2025': the place of issue, when it is a province or a district
    whose name no other province has ('Quỳnh Lưu, ngày ...' -> Nghệ An)."""
    m = _ISSUED.search(first)
    if not m:
        return None
    k = place_key(m.group(1))
    return provinces().get(k) or districts().get(k)


def _district_province(head: str) -> str | None:
    """'UBND HUYỆN QUỲNH LƯU': the province of a district-level issuer, when the name is unique."""
    for m in re.finditer(r"(?:HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|huyện|quận|thị xã|thành phố)\s+([^\n,.;:()]{2,25})", head):
        words = m.group(1).split()
        for n in (3, 2, 1):
            if p := districts().get(place_key(" ".join(words[:n]))):
                return p
    return None


def _title(text: str) -> str:
    """The lines after 'BÁO CÁO' up to the first sentence of the body (the report's title)."""
    m = re.search(r"BÁO\s+CÁO\s*\n+((?:[^\n]*\n?){1,4})", text)
    if not m:
        return text[:400]
    title = re.split(r"\n\s*\n|\n\s*(?:Thực hiện|Căn cứ|Theo|Kính gửi)\b", m.group(1))[0]
    return " ".join(title.split())


def _date(d: str, m: str, y: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def find_metadata(doc: DocText) -> DocMeta:
    if not doc.pages:
        return DocMeta()
    first = doc.pages[0].text
    everything = "\n".join(p.text for p in doc.pages)
    so_hieu = issued = None
    if m := _SO_HIEU.search(first[:1500]):
        so_hieu = f"{m.group(1)}/{m.group(2).replace('–', '-')}"
    if m := _ISSUED.search(first):
        issued = _date(m.group(2), m.group(3), m.group(4))
    if so_hieu is None or issued is None:  # appendices cite their report: "kèm theo Báo cáo số ..."
        if m := _ANNEX_REF.search(everything):
            so_hieu = so_hieu or f"{m.group(1)}/{m.group(2).upper().replace('–', '-')}"
            if issued is None and m.group(3):
                issued = _date(m.group(3), m.group(4), m.group(5))
    issuer = None
    head = first[:600]
    if m := _ISSUER_SENTENCE.search(everything[:4000]):
        issuer = re.sub(r"\s*\([A-ZĐ]+\)", "", " ".join(m.group(1).split()))
        issuer = re.sub(r"^(?:Ủy|Uỷ) ban nhân dân", "UBND", issuer)
    elif m := _ISSUER_HEAD.search(head):
        issuer = " ".join(re.split(r"\s{2,}|CỘNG\s+HÒA", m.group(1))[0].split())
        if issuer in ("UBND", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN") and (
            nxt := re.match(r"\n\s*(?:CỘNG\s+HÒA[^\n]*\n\s*)?((?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\s[^\n]{2,40})",
                            head[m.end():])  # fmt: skip
        ):
            issuer = f"UBND {' '.join(nxt.group(1).split())}"  # the heading set on two lines (a scan's: row by row)
    province = (find_province(issuer or "") or find_province(head) or _district_province(head) or _place_of_issue(first)
                or find_province(everything[:4000]))  # fmt: skip
    if issuer and issuer.isupper():
        issuer = _title_case_issuer(issuer, province)
    period = parse_period(_title(first))
    return DocMeta(
        so_hieu=so_hieu, issuer=issuer, province=province, issued_date=issued,
        period_label=period[0] if period else None, period_start=period[1] if period else None,
        period_end=period[2] if period else None,
    )  # fmt: skip


def _title_case_issuer(issuer: str, province: str | None) -> str:
    """'UBND TỈNH NGHỆ AN' -> 'UBND tỉnh Nghệ An', 'UBND HUYỆN YÊN THÀNH' -> 'UBND huyện Yên Thành', as
    DESIGN writes issuers."""
    m = re.match(r"(.*?)\s*(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\s+(.+)$", issuer)
    if not m:
        return issuer
    body = m.group(1)
    body = body if body in ("UBND",) else body.capitalize()
    name = province if province and place_key(province) == place_key(m.group(3)) else m.group(3).title()
    return f"{body} {m.group(2).lower()} {name}"
