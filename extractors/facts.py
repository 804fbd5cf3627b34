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

from baocao.core.vietnamese import SUPERSCRIPT_DIGITS, strip_marks
from baocao.extractors.document import DocText, PageText
from baocao.core.numbers import NUMBER_RE, parse_quantity
from baocao.schemas.records import Fact, ReviewStatus

REVIEW_BELOW = 0.75  # facts less sure than this go to the review queue
LINK_THRESHOLD = 82  # rapidfuzz partial_ratio of an alias against the words around the number

# words after a number that make it a quantity of something: longest first
UNITS = sorted(
    """tài khoản định danh điện tử|tài khoản|thẻ căn cước|thẻ|hồ sơ|lượt truy cập|lượt thi|lượt|điểm|người nộp thuế|
    người dân|người|cơ sở|đối tượng|khách hàng|hóa đơn|dữ liệu|giấy chứng sinh|giấy báo tử|giấy khám sức khỏe|
    giấy chuyển tuyến|giấy hẹn khám lại|giấy|sổ sức khỏe|sổ|chứng thư số|chứng thư|chữ ký số|mã số thuế|trường hợp|
    tổ chức|doanh nghiệp|văn bản|kế hoạch|quyết định|công văn|dịch vụ công|dịch vụ|thủ tục hành chính|thủ tục|TTHC|
    đơn vị|xã, phường, thị trấn|xã, phường|xã|phường|hộ gia đình|hộ|giao dịch|lần|hội nghị|mô hình|nhiệm vụ|camera|thiết bị|trạm y tế|trạm|
    tin bài|tin|bài viết|mũi tiêm|mũi|bài|cán bộ|học sinh|em|bản ghi|kiosk|tài liệu|công dân|cuộc gọi|nhân khẩu|phương tiện|
    điểm cầu|lớp|buổi|chỉ tiêu|phiếu|tờ rơi|pano|băng rôn|máy|tấn|km|ha|bệnh viện|trường học|trường|cá nhân|
    học viên|thành viên|đảng viên|tài khoản ngân hàng|ứng dụng|nền tảng|hệ thống|cơ sở dữ liệu|
    trang thông tin""".replace("\n", "").split("|"),
    key=len,
    reverse=True,
)
_WORD_END = rf"(?![^\W\d_{SUPERSCRIPT_DIGITS}])"  # a footnote mark may follow: "20 văn bản¹"
# "529/529 (đạt 100%) cơ sở": the unit comes after the aside; "100% (86/86) cơ sở": after the bracket
_PAREN = r"(?:\s*\([^()]{0,40}\)|\))?"


def _phrases(words: list[str]) -> str:
    """An alternation of phrases whose words may be split by any space, a line break included ("học\nviên")."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words if w.strip())


_UNIT_RE = re.compile(_PAREN + r"\s*(" + _phrases(UNITS) + r")" + _WORD_END, re.IGNORECASE)
_MONEY_RE = re.compile(r"\s*(" + _phrases(["tỷ đồng", "tỉ đồng", "triệu đồng", "nghìn đồng", "đồng", "VNĐ", "VND"]) + r")"
                       + _WORD_END, re.IGNORECASE)  # fmt: skip
_UNIT_AFTER_SO = re.compile(r"\s*(?:tổng\s+)?số\s+(" + _phrases(UNITS) + r")" + _WORD_END, re.IGNORECASE)  # "số học sinh"
# multi-word units found again without marks, when a restored page got one wrong ("287.455 số sức khỏe")
_FOLDED_UNITS = {" ".join(strip_marks(u).lower().split()): u.strip() for u in UNITS if len(u.split()) > 1}
# canonical unit of a longer unit phrase, so that indicators list few units
UNIT_CANON = {"tài khoản định danh điện tử": "tài khoản", "thẻ căn cước": "thẻ", "lượt truy cập": "lượt",
              "lượt thi": "lượt", "người dân": "người", "sổ sức khỏe": "sổ", "giấy chứng sinh": "giấy",
              "giấy báo tử": "giấy", "giấy khám sức khỏe": "giấy", "giấy chuyển tuyến": "giấy",
              "giấy hẹn khám lại": "giấy", "chứng thư": "chứng thư số", "thủ tục hành chính": "TTHC",
              "thủ tục": "TTHC", "tttc": "TTHC", "hộ gia đình": "hộ", "trạm y tế": "trạm", "tin bài": "tin",
              "bài viết": "bài", "trường học": "trường"}  # fmt: skip
# the name of a pilot model ("Mô hình 3: Xây dựng tối thiểu 20 dịch vụ công ...") holds no result
_MODEL_NAME = re.compile(r"mô hình\s*\d+\s*[:.\-–][^;()]*$", re.IGNORECASE)
# sections about what comes next, or about what went wrong, hold targets and problems, not results:
# "III. NHIỆM VỤ THỜI GIAN TỚI", "II TỒN TẠI, HẠN CHẾ" (a scan may lose the dot), "2. Khó khăn, vướng mắc".
# Matched without marks, so a page whose marks were stripped is read the same way.
_SKIP_WORDS = (r"nhiem vu|phuong huong|kien nghi|de xuat|giai phap|kho khan|vuong mac|ton tai|han che|"
               r"nguyen nhan|bai hoc kinh nghiem|ke hoach (?:thang|quy|nam|thoi gian) toi")  # fmt: skip
_SECTION = re.compile(r"^[ \t]*(?:(?:(?:PH[ẦA]N|M[ỤU]C)[ \t]+)?(?:([IVX]{1,4})\.?|(\d{1,2})\.)[ \t]+([^\n]{0,120})|(ph[uụ] l[uụ]c)\b[^\n]*)$",
                      re.MULTILINE | re.IGNORECASE)  # fmt: skip
_MONEY_MULT = {"tỷ đồng": 1e9, "tỉ đồng": 1e9, "triệu đồng": 1e6, "nghìn đồng": 1e3}

# a number right after these words names a document, a scheme, a list item or a date, not a result
_NAMING_WORDS = ("quyết định|nghị quyết|nghị định|kế hoạch|công văn|chỉ thị|thông tư|thông báo|luật|báo cáo|tờ trình|"
                 "điều|khoản|điểm|phụ lục|mô hình|đề án|chương trình|kỳ họp|lần thứ|mức độ|đợt|số hiệu|văn bản|giai đoạn|"
                 "ngày|tháng|năm|quý|nhóm|tiêu chí|khóa|nhiệm kỳ|(?<!tổng\\s)số|thứ|hạng|top|mục|phần|chương|tập")  # fmt: skip
_NOT_A_RESULT_BEFORE = re.compile(rf"(?:{_NAMING_WORDS})\s*(?:số\s*)?[:.]?\s*$", re.IGNORECASE)
# the words of two syllables or more once more without marks, for a scan that misread one ("Đê án 06");
# one syllable would be too loose without its marks ("thứ" would match "thu", collect)
_NOT_A_RESULT_FOLDED = re.compile(
    r"\b(?:" + "|".join(strip_marks(w).lower() for w in _NAMING_WORDS.split("|") if " " in w) + r")\s*(?:so\s*)?[:.]?\s*$"
)
_DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}/\d{4}\b|\b\d{1,2}\s*-\s*\d{1,2}/\d{4}\b")
_CODE_AFTER = re.compile(r"^(?:/\s*[A-ZĐ]|-\s*[A-ZĐ]|[A-Za-zĐđ])")
_ORDINAL = re.compile(r"(?:^|\n)\s*(?:[-–•+*]\s*)?[(\[]?$")  # "1.", "(1)", "- (1)" opening a line
# "Tính đến ngày 15/10/2025", "đến 30/9/2024", "lũy kế đến hết tháng 9/2024", "đến hết Quý III/2025",
# "đến hết năm 2024", "Trong tháng 10/2025": each as the last day it names
_AS_OF = re.compile(
    r"đến\s+(?:hết\s+)?(?:ngày\s+)?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
    r"|(?:đến\s+(?:hết\s+)?|trong\s+)tháng\s+(?P<mm>\d{1,2})\s*(?:/|năm)\s*(?P<my>\d{4})"
    r"|đến\s+(?:hết\s+)?quý\s+(?P<q>IV|I{1,3}|[1-4])\s*(?:/|năm)\s*(?P<qy>\d{4})"
    r"|đến\s+hết\s+năm\s+(?P<yy>\d{4})",
    re.IGNORECASE,
)
_QUARTER_END = {"I": 3, "II": 6, "III": 9, "IV": 12, "1": 3, "2": 6, "3": 9, "4": 12}
# what is aimed at or picked, not achieved: "phấn đấu ... 100%", "chỉ tiêu giao 70%", "lựa chọn 02 đơn vị"
_TARGET = re.compile(r"(?:mục tiêu|chỉ tiêu\s+(?:\S+\s+){0,3}giao|kế hoạch đề ra)[^.;:(),]*$",
                     re.IGNORECASE)  # fmt: skip
# ...and these govern their whole sentence: "lựa chọn 02 đơn vị cấp huyện (...) và 06 đơn vị cấp phường"
_PLANNED = re.compile(r"phấn\s+đấu|(?<!được )lựa\s+chọn|dự\s+kiến|sẽ\s+(?:triển\s+khai|thực\s+hiện|hoàn\s+thành)",
                      re.IGNORECASE)  # fmt: skip
# "Hồ sơ đã khởi tạo trên Hệ thống: 3.493.589": the unit is the label's first word
_LABEL = re.compile(r"(?:^|[\n;:]|\.\s|[-+•])\s*((?:(?!\.\s)[^\n;:]){1,80}):\s*$")  # after another label too
_RANK = re.compile(r"xếp\s+(?:thứ|hạng)\s*$", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"(?:tăng|giảm)(?:\s+thêm)?\s*$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"\s*(?:so\s+với|so\s+cùng\s+kỳ)", re.IGNORECASE)
# what may stand between a count and the rate that measures it: "41.902 người, đạt 97,3%", "(đạt 98%)"
_RATE_OF_COUNT = re.compile(r"[\s,:(]*(?:đạt|chiếm|bằng|tương đương|với tỷ lệ|tỷ lệ)?(?:\s+tỷ lệ)?[\s:]*", re.IGNORECASE)


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    units: tuple[str, ...]
    cumulative: bool
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def catalog() -> tuple[Indicator, ...]:
    data = yaml.safe_load(resources.files("baocao.schemas").joinpath("indicators.yaml").read_text("utf-8"))
    return tuple(
        Indicator(d["id"], d["name"], tuple(d["units"]), bool(d["cumulative"]), tuple(d["aliases"])) for d in data
    )


def _fold(text: str) -> str:
    return " ".join(strip_marks(text).lower().split())


_CLAUSE_END = re.compile(r";|\.(?!\d)")  # a clause ends at ';' or a full stop, not inside "41.902"
# units that count the same things, so that an indicator listing one accepts the others
_UNIT_FAMILY = {"công dân": "người", "cá nhân": "người", "đối tượng": "người", "em": "học sinh"}


def _unit_fits(unit: str, units: tuple[str, ...]) -> bool:
    family = _UNIT_FAMILY.get(unit, unit)
    return any(_UNIT_FAMILY.get(u, u) == family for u in units)


def _in_order(alias: list[str], words: list[str]) -> float:
    """100 when the alias's words occur in order among the words, 3 less for each word between them:
    'thanh toán trực tuyến' in 'thanh toán phí, lệ phí trực tuyến' scores 91."""
    best = 0.0
    for i in (i for i, w in enumerate(words) if w == alias[0]):
        k, gaps = 1, 0
        for w in words[i + 1 :]:
            if k == len(alias) or gaps > 5:
                break
            if w == alias[k]:
                k += 1
            else:
                gaps += 1
        if k == len(alias):
            best = max(best, 100.0 - 3 * gaps)
    return best


def _alias_score(alias: str, context: str) -> float:
    if not context:
        return 0.0
    # partial_ratio aligns the shorter string inside the longer: a context shorter than the alias
    # ("hồ sơ") would score 100 against any alias that contains it
    fuzzy = fuzz.partial_ratio(alias, context) if len(context) >= len(alias) else fuzz.ratio(alias, context)
    return max(fuzzy, _in_order(alias.split(), context.split()))


# reports write the same thing spelt out or abbreviated; both sides of a match are spelt out
_ABBREVIATIONS = {"bhyt": "bao hiem y te", "bhxh": "bao hiem xa hoi", "kcb": "kham chua benh",
                  "kham benh chua benh": "kham chua benh", "cccd": "can cuoc cong dan", "dvc": "dich vu cong",
                  "tthc": "thu tuc hanh chinh", "csdl": "co so du lieu", "ddcn": "dinh danh ca nhan",
                  "ubnd": "uy ban nhan dan", "gplx": "giay phep lai xe", "hs": "ho so"}  # fmt: skip
_ABBREVIATION_RE = re.compile(r"\b(?:" + "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")\b")


def _link_fold(text: str) -> str:
    words = " ".join(re.findall(r"\w+", _fold(text)))
    return _ABBREVIATION_RE.sub(lambda m: _ABBREVIATIONS[m.group()], words)


@lru_cache(maxsize=1)
def _folded_aliases() -> tuple[tuple[Indicator, tuple[str, ...]], ...]:
    return tuple((ind, tuple(_link_fold(a) for a in ind.aliases)) for ind in catalog())


def link_indicator(unit: str | None, before: str, after: str) -> tuple[str | None, float]:
    """The catalog entry whose aliases best match the words around a number: the words after it
    name a count ('3.384.136 thẻ Căn cước'), the words before it name a rate ('tỷ lệ ... đạt 64,2%')."""
    after = _CLAUSE_END.split(after, maxsplit=1)[0]
    before = _CLAUSE_END.split(before)[-1]
    after_f, before_f = _link_fold(after), _link_fold(before)
    w_after, w_before = (0.9, 1.0) if unit == "%" else (1.0, 0.95)
    best, best_score = None, 0.0
    for ind, aliases in _folded_aliases():
        if unit is not None and not _unit_fits(unit, ind.units):
            continue
        for a in aliases:
            score = max(w_after * _alias_score(a, after_f), w_before * _alias_score(a, before_f))
            if len(a) < 8:
                score *= 0.9  # short aliases match by chance
            if score > best_score:
                best, best_score = ind.id, score
    return (best, best_score) if best_score >= LINK_THRESHOLD else (None, best_score)


def canon_unit(found: str) -> str:
    unit = " ".join(found.split())
    unit = unit if unit.isupper() else unit.lower()
    return UNIT_CANON.get(unit, unit)


def _unit(rest: str) -> tuple[str | None, int]:
    """The unit at the start of `rest` in its canonical form, and how many characters it took."""
    um = _UNIT_RE.match(rest) or _UNIT_AFTER_SO.match(rest)
    if um:
        return canon_unit(um.group(1)), um.end()
    words = rest.split()
    for n in (4, 3, 2):
        if (u := _FOLDED_UNITS.get(strip_marks(" ".join(words[:n])).lower())) is not None:
            return UNIT_CANON.get(u, u), rest.index(words[n - 1]) + len(words[n - 1])
    return None, 0


# nouns that follow a number without counting a result: ages, durations, levels, parts of a text
_NOT_UNITS = frozenset(w.strip() for w in """tuổi|ngày|tháng|năm|giờ|phút|giây|tuần|quý|kỳ|đợt|lần thứ|mức|cấp độ|
    bậc|cấp|cửa|nhóm|nội dung|phần|mục|chương|bước|giai đoạn|tiêu chí|điều|khoản|khóa|nhiệm kỳ|tầng""".split("|"))  # fmt: skip
_OPEN_WORDS = re.compile(r"[ \t]*\)?[ \t]*([^\W\d_]+(?:(?:[ \t]*\n[ \t]*|[ \t]+)[^\W\d_]+){0,4})")


@lru_cache(maxsize=4096)
def _tagged(fragment: str) -> tuple[tuple[str, str], ...]:
    from underthesea import pos_tag  # loads its tagger once per process, only when a unit is unknown

    return tuple(pos_tag(fragment))


def open_unit(rest: str) -> tuple[str | None, int]:
    """A count noun the unit list lacks ('27 huyện', '425.600 thửa đất', '12 căn hộ'): the first word
    after the number, as underthesea segments and tags it, when it is a noun and not a noun that
    follows numbers without counting anything ('14 tuổi', '30 ngày', '3 nội dung')."""
    m = _OPEN_WORDS.match(rest)
    if not m:
        return None, 0
    tagged = _tagged(" ".join(m.group(1).split()))  # a word may go on at the next line: "thông\ntin"
    if not tagged or tagged[0][1] not in ("N", "Nc", "Nu") or tagged[0][0].lower() in _NOT_UNITS:
        return None, 0
    words = [tagged[0][0]]
    if tagged[0][1] == "Nc" and len(tagged) > 1 and tagged[1][1] == "N":
        words.append(tagged[1][0])  # a classifier and its noun: "thửa đất", "cuốn sổ tay"
    if any(w.lower() in _NOT_UNITS or w.isupper() for w in words):
        return None, 0
    unit = " ".join(words).lower()
    end = m.start(1) + len(re.match(r"\s+".join(map(re.escape, " ".join(words).split())), m.group(1)).group())
    return unit, end


# "158.942 tài khoản ... trên tổng số 201.337 công dân": the count's denominator, said in words
_OF_TOTAL = re.compile(r"(?:(?![;:]|\.\s)[^\n]){0,80}?\b(?:trên|trong)\s+tổng\s+số\s+(?=\d)", re.IGNORECASE)


def _is_excluded(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    after = text[end : end + 12]
    one_line = " ".join(before.split()) + (" " if before[-1:].isspace() else "")  # "Đề\nán 06" as "Đề án 06"
    named = _NOT_A_RESULT_BEFORE.search(one_line) or _NOT_A_RESULT_FOLDED.search(strip_marks(one_line).lower())
    if named and not _RANK.search(one_line):
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
        g = m.groupdict()
        try:
            if g["d"]:
                found = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
            elif g["mm"]:
                found = _last_day(int(g["my"]), int(g["mm"]))
            elif g["q"]:
                found = _last_day(int(g["qy"]), _QUARTER_END[g["q"].upper()])
            else:
                found = dt.date(int(g["yy"]), 12, 31)
        except ValueError:
            continue
    return found


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _sections(text: str):
    """(position, level, skipped) of each section heading of a page: level 1 for 'II.', 'PHỤ LỤC',
    level 2 for '2.'; skipped when it opens a plan or problem section."""
    for m in _SECTION.finditer(text):
        roman, arabic, title, appendix = m.groups()
        if appendix:
            yield m.start(), 1, False
            continue
        folded = _fold(title)
        if roman and not (title[:1].isupper() and sum(c.isupper() for c in title) > 0.6 * sum(c.isalpha() for c in title)):
            continue  # "V. " inside a sentence, or a roman-numbered line in lower case
        skipped = bool(re.match(rf"(?:ve |cac |mot so )?(?:{_SKIP_WORDS})\b", folded))
        if arabic and not skipped and len(title) > 90:
            continue  # a numbered sentence, not a heading
        yield m.start(), 2 if arabic else 1, skipped


def _plan_spans(doc: DocText) -> dict[int, list[tuple[int, int]]]:
    """Spans of each page under a plan or problem heading: a level-1 one lasts until the next level-1
    heading that is not one; a level-2 one ('2. Khó khăn') until the next heading of either level."""
    spans: dict[int, list[tuple[int, int]]] = {}
    open_level: int | None = None  # the level of the skipped section carried over from the previous page
    for page in doc.pages:
        cur = 0 if open_level is not None else None
        for pos, level, skipped in _sections(page.text):
            if cur is not None and (level <= open_level or not skipped):
                if level == 2 and open_level == 1:
                    continue  # numbered items inside a plan section
                spans.setdefault(page.page_no, []).append((cur, pos))
                cur, open_level = None, None
            if skipped and cur is None:
                cur, open_level = pos, level
        if cur is not None:
            spans.setdefault(page.page_no, []).append((cur, len(page.text)))
        else:
            open_level = None
    return spans


def _inside(box, area) -> bool:
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    return area[0] <= cx <= area[2] and area[1] <= cy <= area[3]


def find_facts(doc: DocText) -> list[Fact]:
    """Facts of the running text, and of the tables read cell by cell; a number of the page text
    that lies inside a table's grid is left to the table, which read it in its cell."""
    from baocao.extractors.table_facts import table_facts

    facts = []
    for page_facts in _text_facts(doc):
        areas = [a for t in doc.tables if (a := t.area(page_facts[0].page_no))] if page_facts else []
        facts += [f for f in page_facts if not (areas and f.x0 is not None and any(_inside(f, a) for a in areas))]
    for table in doc.tables:
        facts += table_facts(doc.doc_id, table)
    return facts


def _rates_beside_counts(facts: list[Fact], changes: set[str], units: dict[str, tuple[str, ...]]) -> list[Fact]:
    """A rate that names no indicator of its own measures the nearest count of its sentence that does:
    "100% cơ sở khám chữa bệnh trên địa bàn (312/312 cơ sở) đã ...", "2.318.004 dữ liệu hộ tịch, hoàn
    thành 100%"."""
    out = list(facts)
    for i, f in enumerate(facts):
        if f.unit != "%" or f.indicator_id or f.fact_id in changes:
            continue
        for j in sorted((i - 1, i + 1), key=lambda j: j < i):  # the count after it first, as in "(a/b)"
            if 0 <= j < len(facts) and facts[j].quote == f.quote and facts[j].unit != "%":
                of = facts[j].indicator_id
                if of and "%" in units[of]:
                    out[i] = f.model_copy(update={"indicator_id": of})
                    break
    return out


def _text_facts(doc: DocText):  # noqa: C901 - one pass of small rules, in order
    """Facts of each page's text, one list per page."""
    plans = _plan_spans(doc)
    units = {ind.id: ind.units for ind in catalog()}
    for page in doc.pages:
        facts: list[Fact] = []
        count_end = -1  # where the last count (a fact not in %) ended
        changes: set[str] = set()  # rates that are a change ("tăng 12%"), which measure no level
        of_total: set[int] = set()  # where a number stands that is an earlier count's denominator
        text = page.text
        for m in NUMBER_RE.finditer(text):
            start, end = m.span()
            if start in of_total or start > 0 and (text[start - 1].isalnum() or text[start - 1] in "/-.,"):
                continue
            open_vocab = False
            if any(a <= start < b for a, b in plans.get(page.page_no, ())):
                continue
            if _is_excluded(text, start, end):
                continue
            s_start, s_end = page.sentence(start, end)
            if _PLANNED.search(text, s_start, start):
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
                mult = _MONEY_MULT.get(" ".join(money.group(1).lower().split()), 1.0)
                value, den = value * mult, (den * mult if den else None)
                end += money.end()
            elif _RANK.search(text[max(0, start - 20) : start]):
                unit = "thứ hạng"
            else:
                unit, n = _unit(rest)
                if unit is None:
                    unit, n = open_unit(rest)
                    open_vocab = unit is not None
                end += n
            if unit not in (None, "%") and den is None and (tot := _OF_TOTAL.match(text, end)) and (
                (dm := NUMBER_RE.match(text, tot.end())) and (dq := parse_quantity(dm.group())) and not dq.percent
            ):
                den = dq.value  # the total is this count's denominator, not a fact of its own
                of_total.add(dm.start())
            if unit is None and den is not None and facts and facts[-1].denominator == den:
                unit = facts[-1].unit  # "hoàn thành 20/38 mô hình; 18/38 còn lại đang triển khai"
            if unit is None and (label := _LABEL.search(text, max(0, start - 100), start)):
                unit = _unit(label.group(1))[0] if _UNIT_RE.match(label.group(1)) else None
            if unit is None and not re.search(r"(đạt|đã|có|được|cấp|thực hiện|tiếp nhận|giải quyết)\s*$",
                                              text[max(0, start - 25) : start], re.IGNORECASE):  # fmt: skip
                continue  # a bare number with no unit and no result verb: most often a code or count word
            quote = " ".join(text[s_start:s_end].split())
            before = text[max(s_start, start - 90) : start]
            nxt = NUMBER_RE.search(text, end)
            after_end = min(s_end, nxt.start() if nxt else s_end, end + 90)
            after = text[m.end() : max(after_end, m.end())]
            indicator, link_score = link_indicator(unit, before, after)
            if unit == "%" and (_CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(rest)):
                indicator = None  # "tăng 12% so với tháng trước" is a change, not the indicator's level
                changes.add(f"{doc.doc_id}-{page.page_no:04d}-{start:06d}")
            elif unit == "%" and facts and count_end >= 0 and _RATE_OF_COUNT.fullmatch(text, count_end, start):
                of = facts[-1].indicator_id  # a rate beside its count measures the count's indicator
                indicator = of if of and "%" in units[of] else indicator
            count_end = end if unit != "%" else -1
            phrase = " ".join((text[max(s_start, start - 70) : start] + m.group() + after).split())
            read_conf = page.read_confidence(start, end)
            conf = read_conf * (0.95 if unit else 0.7) * (1.0 if indicator else 0.85)
            reasons = []
            if read_conf < 0.8:
                reasons.append("uncertain reading")
            if unit is None:
                reasons.append("no unit")
            elif open_vocab:
                reasons.append(f"unit '{unit}' not in the unit list")
                conf *= 0.85
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
        yield _rates_beside_counts(facts, changes, units)
