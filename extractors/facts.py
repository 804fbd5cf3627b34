"""Numeric indicator facts: every quantity a report states as a result, with unit, denominator,
as-of date, the indicator it measures, the quote it came from and how sure we are.

Find (pure): numbers in the restored text, minus what is not a result (document numbers, dates,
legal references, list ordinals, model and scheme numbers); a unit from the words after the
number; a denominator from 'a/b'; the as-of date from 'Tính đến ngày ...' or 'Trong tháng ...';
the indicator by fuzzy match of the surrounding words against schemas/indicators.yaml.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from rapidfuzz import fuzz

from diacritics.vietnamese import strip_marks
from extractors.document import DocText, PageText
from extractors.numbers import NUMBER_RE, parse_quantity
from schemas.records import Fact, ReviewStatus

REVIEW_BELOW = 0.75  # facts less sure than this go to the review queue
LINK_THRESHOLD = 82  # rapidfuzz partial_ratio of an alias against the words around the number

# words after a number that make it a quantity of something: longest first
UNITS = sorted(
    """tài khoản định danh điện tử|tài khoản|thẻ căn cước|thẻ|hồ sơ|lượt truy cập|lượt thi|lượt|điểm|người nộp thuế|
    người dân|người|cơ sở|đối tượng|khách hàng|hóa đơn|dữ liệu|giấy chứng sinh|giấy báo tử|giấy khám sức khỏe|
    giấy chuyển tuyến|giấy hẹn khám lại|giấy|sổ sức khỏe|sổ|chứng thư số|chứng thư|chữ ký số|mã số thuế|trường hợp|
    tổ chức|doanh nghiệp|văn bản|kế hoạch|quyết định|công văn|dịch vụ công|dịch vụ|thủ tục hành chính|thủ tục|TTHC|
    đơn vị|xã|phường|hộ gia đình|hộ|giao dịch|lần|hội nghị|mô hình|nhiệm vụ|camera|thiết bị|trạm y tế|trạm|
    tin bài|tin|bài viết|bài|cán bộ|học sinh|bản ghi|kiosk|tài liệu|công dân|cuộc gọi|nhân khẩu|phương tiện|
    điểm cầu|lớp|buổi|chỉ tiêu|phiếu|tờ rơi|pano|băng rôn|máy|tấn|km|ha|bệnh viện|trường học|trường|cá nhân|
    học viên|thành viên|đảng viên|tài khoản ngân hàng|ứng dụng|nền tảng|hệ thống|cơ sở dữ liệu|
    trang thông tin""".replace("\n", "").split("|"),
    key=len,
    reverse=True,
)
_WORD_END = r"(?![^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹])"  # a footnote mark may follow: "20 văn bản¹"
_PAREN = r"(?:\s*\([^()]{0,40}\))?"  # "529/529 (đạt 100%) cơ sở": the unit comes after the aside
_UNIT_RE = re.compile(_PAREN + r"\s*(" + "|".join(re.escape(u.strip()) for u in UNITS if u.strip()) + r")" + _WORD_END,
                      re.IGNORECASE)  # fmt: skip
_MONEY_RE = re.compile(r"\s*(tỷ đồng|tỉ đồng|triệu đồng|nghìn đồng|đồng|VNĐ|VND)" + _WORD_END, re.IGNORECASE)
# canonical unit of a longer unit phrase, so that indicators list few units
UNIT_CANON = {"tài khoản định danh điện tử": "tài khoản", "thẻ căn cước": "thẻ", "lượt truy cập": "lượt",
              "lượt thi": "lượt", "người dân": "người", "sổ sức khỏe": "sổ", "giấy chứng sinh": "giấy",
              "giấy báo tử": "giấy", "giấy khám sức khỏe": "giấy", "giấy chuyển tuyến": "giấy",
              "giấy hẹn khám lại": "giấy", "chứng thư": "chứng thư số", "thủ tục hành chính": "TTHC",
              "thủ tục": "TTHC", "tttc": "TTHC", "hộ gia đình": "hộ", "trạm y tế": "trạm", "tin bài": "tin",
              "bài viết": "bài", "trường học": "trường"}  # fmt: skip
# the name of a pilot model ("Mô hình 3: Xây dựng tối thiểu 20 dịch vụ công ...") holds no result
_MODEL_NAME = re.compile(r"mô hình\s*\d+\s*[:.\-–][^;()]*$", re.IGNORECASE)
# sections about what comes next hold targets, not results
_PLAN_HEADING = re.compile(r"^\s*(?:(?:[IVX]+\.\s*)?(?:NHIỆM VỤ|PHƯƠNG HƯỚNG|KIẾN NGHỊ|ĐỀ XUẤT)\b|\d\.\s*Khó khăn)[^\n]*$",
                           re.MULTILINE)  # fmt: skip
_RESULT_HEADING = re.compile(r"^\s*(?:[IVX]+\.\s*(?:KẾT QUẢ|NHẬN XÉT)|PHỤ LỤC)\b[^\n]*$", re.MULTILINE)
_MONEY_MULT = {"tỷ đồng": 1e9, "tỉ đồng": 1e9, "triệu đồng": 1e6, "nghìn đồng": 1e3}

# a number right after these words names a document, a scheme, a list item or a date, not a result
_NOT_A_RESULT_BEFORE = re.compile(
    r"(?:quyết định|nghị quyết|nghị định|kế hoạch|công văn|chỉ thị|thông tư|thông báo|luật|báo cáo|tờ trình|"
    r"điều|khoản|điểm|phụ lục|mô hình|đề án|chương trình|kỳ họp|lần thứ|mức độ|đợt|số hiệu|văn bản|giai đoạn|"
    r"ngày|tháng|năm|quý|nhóm|tiêu chí|khóa|nhiệm kỳ|số|thứ|hạng|top|mục|phần|chương|tập)\s*(?:số\s*)?"
    r"[:.]?\s*$",
    re.IGNORECASE,
)
_DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}/\d{4}\b|\b\d{1,2}\s*-\s*\d{1,2}/\d{4}\b")
_CODE_AFTER = re.compile(r"^(?:/\s*[A-ZĐ]|-\s*[A-ZĐ]|[A-Za-zĐđ])")
_ORDINAL = re.compile(r"(?:^|\n)\s*[(\[]?$")
_AS_OF = re.compile(
    r"(?:tính\s+)?đến\s+(?:hết\s+)?ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})|trong\s+tháng\s+(\d{1,2})/(\d{4})",
    re.IGNORECASE,
)
# what is aimed at or picked, not achieved: "phấn đấu ... 100%", "chỉ tiêu giao 70%", "lựa chọn 02 đơn vị"
_TARGET = re.compile(r"(?:phấn đấu|mục tiêu|chỉ tiêu\s+(?:\S+\s+){0,3}giao|lựa chọn|dự kiến|kế hoạch đề ra)[^.;:(),]*$",
                     re.IGNORECASE)  # fmt: skip
_RANK = re.compile(r"xếp\s+(?:thứ|hạng)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    units: tuple[str, ...]
    cumulative: bool
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def catalog() -> tuple[Indicator, ...]:
    data = yaml.safe_load(resources.files("schemas").joinpath("indicators.yaml").read_text("utf-8"))
    return tuple(
        Indicator(d["id"], d["name"], tuple(d["units"]), bool(d["cumulative"]), tuple(d["aliases"])) for d in data
    )


def _fold(text: str) -> str:
    return " ".join(strip_marks(text).lower().split())


def link_indicator(unit: str | None, before: str, after: str) -> tuple[str | None, float]:
    """The catalog entry whose aliases best match the words around a number: the words after it
    name a count ('3.384.136 thẻ Căn cước'), the words before it name a rate ('tỷ lệ ... đạt 64,2%')."""
    after = re.split(r"[;.]", after, maxsplit=1)[0]
    before = re.split(r"[;.]", before)[-1]
    after_f, before_f = _fold(after), _fold(before)
    w_after, w_before = (0.9, 1.0) if unit == "%" else (1.0, 0.95)
    best, best_score = None, 0.0
    for ind in catalog():
        if unit is not None and unit not in ind.units:
            continue
        for alias in ind.aliases:
            a = _fold(alias)
            score = max(w_after * fuzz.partial_ratio(a, after_f) if after_f else 0,
                        w_before * fuzz.partial_ratio(a, before_f) if before_f else 0)  # fmt: skip
            if len(a) < 8:
                score *= 0.9  # short aliases match by chance
            if score > best_score:
                best, best_score = ind.id, score
    return (best, best_score) if best_score >= LINK_THRESHOLD else (None, best_score)


def _is_excluded(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    after = text[end : end + 12]
    if _NOT_A_RESULT_BEFORE.search(before) and not _RANK.search(before):
        return True
    if _MODEL_NAME.search(text[max(0, start - 160) : start]):
        return True
    if _CODE_AFTER.match(after):  # 06/CP, 57-NQ/TW, 220/380V, 5G
        return True
    if _ORDINAL.search(before) and re.match(r"^\s*[.)\]]", after) and re.fullmatch(r"\d{1,3}", text[start:end]):
        return True  # (1)  1.  2.1.
    if _TARGET.search(text[max(0, start - 80) : start]):
        return True
    for m in _DATE_RE.finditer(text, max(0, start - 6), min(len(text), end + 8)):
        if m.start() <= start < m.end():
            return True
    return bool(re.search(r"[/\-]\s*$", before[-2:]) and re.search(r"\d", before[-4:]))  # tail of a range/code


def _as_of(page: PageText, start: int) -> dt.date | None:
    """The latest 'Tính đến ngày d/m/y' or 'Trong tháng m/y' before the number in its paragraph."""
    para_start = page.text.rfind("\n\n", 0, start)
    line_start = page.text.rfind("\n", 0, start)
    window = page.text[max(para_start, line_start - 400, 0) : start]
    found = None
    for m in _AS_OF.finditer(window):
        try:
            if m.group(1):
                found = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            else:
                y, mo = int(m.group(5)), int(m.group(4))
                found = dt.date(y, mo, calendar.monthrange(y, mo)[1])
        except ValueError:
            continue
    return found


def _plan_spans(doc: DocText) -> dict[int, list[tuple[int, int]]]:
    """Spans of each page under a 'NHIỆM VỤ ... THỜI GIAN TỚI' heading, until a results heading."""
    spans: dict[int, list[tuple[int, int]]] = {}
    in_plan_from: int | None = None
    for page in doc.pages:
        marks = sorted([(m.start(), True) for m in _PLAN_HEADING.finditer(page.text)]
                       + [(m.start(), False) for m in _RESULT_HEADING.finditer(page.text)])  # fmt: skip
        cur = 0 if in_plan_from is not None else None
        for pos, is_plan in marks:
            if is_plan and cur is None:
                cur = pos
            elif not is_plan and cur is not None:
                spans.setdefault(page.page_no, []).append((cur, pos))
                cur = None
        if cur is not None:
            spans.setdefault(page.page_no, []).append((cur, len(page.text)))
        in_plan_from = cur
    return spans


def _inside(box, area) -> bool:
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    return area[0] <= cx <= area[2] and area[1] <= cy <= area[3]


def find_facts(doc: DocText) -> list[Fact]:
    """Facts of the running text, and of the tables read cell by cell; a number of the page text
    that lies inside a table's grid is left to the table, which read it in its cell."""
    from extractors.table_facts import table_facts

    facts = []
    for page_facts in _text_facts(doc):
        areas = [a for t in doc.tables if (a := t.area(page_facts[0].page_no))] if page_facts else []
        facts += [f for f in page_facts if not (areas and f.x0 is not None and any(_inside(f, a) for a in areas))]
    for table in doc.tables:
        facts += table_facts(doc.doc_id, table)
    return facts


def _text_facts(doc: DocText):  # noqa: C901 - one pass of small rules, in order
    """Facts of each page's text, one list per page."""
    plans = _plan_spans(doc)
    for page in doc.pages:
        facts: list[Fact] = []
        text = page.text
        for m in NUMBER_RE.finditer(text):
            start, end = m.span()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "/-.,"):
                continue
            if any(a <= start < b for a, b in plans.get(page.page_no, ())):
                continue
            if _is_excluded(text, start, end):
                continue
            q = parse_quantity(m.group())
            if q is None:
                continue
            rest = text[end : end + 60]
            unit, value, den = None, q.value, q.denominator
            money = _MONEY_RE.match(rest)
            if q.percent:
                unit = "%"
            elif money:
                unit = "VND"
                mult = _MONEY_MULT.get(money.group(1).lower(), 1.0)
                value, den = value * mult, (den * mult if den else None)
                end += money.end()
            elif _RANK.search(text[max(0, start - 20) : start]):
                unit = "thứ hạng"
            else:
                um = _UNIT_RE.match(rest)
                if um:
                    unit = um.group(1) if um.group(1).isupper() else um.group(1).lower()
                    unit = UNIT_CANON.get(unit, unit)
                    end += um.end()
            if unit is None and not re.search(r"(đạt|đã|có|được|cấp|thực hiện|tiếp nhận|giải quyết)\s*$",
                                              text[max(0, start - 25) : start], re.IGNORECASE):  # fmt: skip
                continue  # a bare number with no unit and no result verb: most often a code or count word
            s_start, s_end = page.sentence(start, end)
            quote = " ".join(text[s_start:s_end].split())
            before = text[max(s_start, start - 90) : start]
            nxt = NUMBER_RE.search(text, end)
            after_end = min(s_end, nxt.start() if nxt else s_end, end + 90)
            after = text[m.end() : max(after_end, m.end())]
            indicator, link_score = link_indicator(unit, before, after)
            phrase = " ".join((text[max(s_start, start - 70) : start] + m.group() + after).split())
            read_conf = page.read_confidence(start, end)
            conf = read_conf * (0.95 if unit else 0.7) * (1.0 if indicator else 0.85)
            reasons = []
            if read_conf < 0.8:
                reasons.append("uncertain reading")
            if unit is None:
                reasons.append("no unit")
            if den is not None and den < value and unit != "VND":
                reasons.append("numerator above denominator")
                conf *= 0.6
            if unit == "%" and value > 100:
                reasons.append("rate above 100%")
                conf *= 0.6
            box = page.box(start, end)
            facts.append(
                Fact(
                    fact_id=f"{doc.doc_id}-{page.page_no:04d}-{start:06d}", doc_id=doc.doc_id, page_no=page.page_no,
                    indicator_id=indicator, indicator_text=phrase[:200], value=value, unit=unit, denominator=den,
                    as_of=_as_of(page, start), approximate=q.approximate, quote=quote[:400],
                    confidence=round(conf, 3),
                    review_status=ReviewStatus.needs_review if conf < REVIEW_BELOW else ReviewStatus.auto,
                    review_reason="; ".join(reasons) or None,
                    **(box.model_dump() if box else {}),
                )  # fmt: skip
            )
        yield facts
