"""Vietnamese number forms, in one tested function.

'3.384.136' -> 3384136 (dots group thousands), '82,19' -> 82.19 (comma is the decimal mark),
'99.68%' -> 99.68 (a dot before a % with 1-2 digits after it is decimal), '11670/11736' -> value
and denominator, '21,6 triệu' -> 21600000, '144,48 tỷ đồng' -> 144480000000, 'gần 600 nghìn' ->
600000 (approximate), '02 lần' -> 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from baocao.core.vietnamese import SUPERSCRIPT_DIGITS, strip_marks

MULTIPLIERS = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
SCALES = "|".join(MULTIPLIERS)  # the scale words a number may carry: '26,5 tỷ'
APPROX = ("gần", "khoảng", "hơn", "trên", "xấp xỉ", "gần như")

# one number: thousands grouped by dots (or spaces never: OCR splits would join wrong numbers; commas only when
# two or more group them, '1,485,486'), an optional decimal comma, or a plain run of digits with an optional
# decimal part ('38.8037' is a decimal point: a thousands group has three digits)
# a run of integers joined by bare commas ('lần lượt là 22,10,10 và 37') is a list: no decimal has two commas
_NUM = (r"\d{1,3}(?:,\d{3}){2,}(?![\d,])|\d{1,3}(?:\.\d{3})+(?!\d)(?:,\d+)?|\d{1,3}(?=,\d{1,3},\d)|(?<=\d,)\d{1,3}(?![\d.])"
        r"|\d+(?:[,.]\d+)?")
# a denominator's grouping dot that OCR read as a colon ('154.212/164:765'): a time or a ratio never
# stands after a slash
_DEN = r"\d{1,3}(?:[.:]\d{3})+(?:,\d+)?(?!\d)|" + _NUM
# a slash before a rate parts two rates, not a share: 'đạt 78,70/70%' is 78,70% reached of 70% planned;
# '%o' is a scan's per mille sign ('14,24%o'), a unit of its own
NUMBER_RE = re.compile(
    rf"(?P<num>{_NUM})[{SUPERSCRIPT_DIGITS}]*(?:\s*/\s*(?P<den>{_DEN})(?![\d.,:]*\s*%))?(?P<pct>\s*%(?!o(?![^\W\d_])))?"
    rf"(?(pct)|(?:\s+(?P<mult>{SCALES})(?![^\W\d_])(?!\s+(?:lệ|trọng)(?![^\W\d_])))?)",  # (not after a rate: '4,55% tỷ trọng')
)


@dataclass(frozen=True)
class Quantity:
    value: float
    denominator: float | None = None
    percent: bool = False
    multiplier: float = 1.0
    approximate: bool = False


def to_float(s: str, percent: bool = False) -> float:
    """One number as printed in Vietnamese (dots group thousands, comma is the decimal mark)."""
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", s):
        return float(s.replace(",", ""))  # "1,485,486": two commas or more group thousands, the English way
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):  # 3.384.136 is a thousands grouping, as is 1.128,57%
        return float(s.replace(".", "").replace(",", "."))
    if "," in s:
        return float(s.replace(",", "."))
    if "." in s:
        whole, frac = s.split(".", 1)
        return float(s) if percent or len(frac) != 3 else float(whole + frac)
    return float(s)


def parse_quantity(text: str) -> Quantity | None:
    """Parse the first quantity in `text` (e.g. '154.212/164.765', 'gần 600 nghìn', '93,6%')."""
    m = NUMBER_RE.search(text)
    if not m:
        return None
    percent = bool(m.group("pct"))
    mult = MULTIPLIERS.get(m.group("mult") or "", 1.0)
    value = to_float(m.group("num"), percent)
    den = to_float(m.group("den").replace(":", "."), percent) if m.group("den") else None
    per = den in (10, 100, 1000) and value < den  # "0,04/10 nghìn dân": a rate per 10,000, the scale its base's alone
    value, den = value * (1 if per else mult), den * mult if den is not None else None
    before = text[: m.start()].lower().rstrip()
    approx = any(before.endswith(a) for a in APPROX)
    return Quantity(value, den, percent, mult, approx)


# --- numbers that name something rather than count it ---------------------------------------

# the name of a pilot model ("Mô hình 3: Xây dựng tối thiểu 20 dịch vụ công ...") holds no result
_MODEL_NAME = re.compile(r"mô hình\s*\d+\s*[:.\-–][^;()]*$", re.IGNORECASE)
# a number right after these words names a document, a scheme, a list item or a date, not a result
_NAMING_WORDS = ("quyết định|nghị quyết|nghị định|kế hoạch|công văn|chỉ thị|thông tư|thông báo|(?<!kỷ\\s)(?<!kỉ\\s)(?<!pháp\\s)luật|(?<!điểm\\s)báo cáo|tờ trình|"
                 "điều|khoản|(?<!tổng\\s)(?<!dứt\\s)điểm|phụ lục|mô hình|đề án|chương trình|mtqg|kỳ họp|ban chỉ đạo|lần thứ|mức độ|đợt|số hiệu|văn bản|giai đoạn|"
                 "ngày|mùng|mồng|tháng|năm|quý|nhóm|tiêu chí|khóa|nhiệm kỳ|(?<![\\d.,]\\s)lớp|(?<!tổng\\s)(?<!trong\\s)(?<!điểm\\s)(?<!dân\\s)(?<!con\\s)(?<!quân\\s)số|thứ|(?<!phân\\s)hạng|top|(?<!danh\\s)mục|phần|(?-i:chương|(?<![^\\W\\d_]\\s)Chương|CHƯƠNG)|(?<!thực\\s)(?<!diễn\\s)(?<!luyện\\s)(?<!học\\s)tập|ngã")  # fmt: skip  ('Ngã 5': a
# junction; 'Chương 3' but not a name that ends in it: 'huyện Thanh Chương 159 nhà')
_NOT_A_RESULT_BEFORE = re.compile(rf"(?:{_NAMING_WORDS})\s*(?:số\s*)?[:.]?\s*$", re.IGNORECASE)
# ...unless that word is what a number before it counts, a colon then giving how many reached it: "Đạt 19/19 tiêu chí: 29 xã"
_COUNTED_BEFORE_COLON = re.compile(rf"\d[\d.,/]*\s+(?:{_NAMING_WORDS})\s*:\s*$", re.IGNORECASE)
# ...nor is a period said as how often: "trợ cấp hàng tháng: 767 người", "bình quân mỗi năm 52.226 người"
_EVERY_PERIOD = re.compile(r"(?<![^\W\d_])(?:hàng|hằng|mỗi)\s+(?:ngày|tuần|tháng|quý|năm)\s*:?\s*$", re.IGNORECASE)
# the words of two syllables or more once more without marks, for a scan that misread one ("Đê án 06");
# one syllable would be too loose without its marks ("thứ" would match "thu", collect)
_NOT_A_RESULT_FOLDED = re.compile(
    r"\b(?:" + "|".join(strip_marks(w).lower() for w in _NAMING_WORDS.split("|") if " " in w) + r")\s*(?:so\s*)?[:.]?\s*$"
)
# a telephone number: after a toll-free prefix or a line's name ('tổng đài hỗ trợ (1800 8000 nhánh số 2)')
_PHONE = re.compile(r"(?:(?<!\d)1[89]00|(?<![^\W\d_])(?:tổng\s+đài|đường\s+dây\s+nóng|hotline|số\s+điện\s+thoại))[\s.:(]*$",
                    re.IGNORECASE)  # fmt: skip
# a national hotline named by its short code after its title: 'Tổng đài điện thoại quốc gia bảo vệ trẻ em 111',
# 'Tổng đài Thông tin Dịch vụ công 1022' (not 'Tổng đài đã tiếp nhận 111 cuộc gọi')
_HOTLINE_TITLE = re.compile(r"(?<![^\W\d_])tổng\s+đài(?:\s+(?!(?:đã|đang|tiếp|nhận|xử|có|được|ghi|với)(?![^\W\d_]))[^\W\d_]+){1,8}\s*$",
                            re.IGNORECASE)
_SHORT_CODES = frozenset(("111", "112", "113", "114", "115", "1022", "1080"))
_MONEY_AFTER = re.compile(rf"\s*(?:(?:{SCALES})\s+)?(?:đồng|USD|VNĐ|VND)(?![^\W\d_])", re.IGNORECASE)
_HELD_BY = re.compile(r"(?<![^\W\d_])do\s+(?:nhà\s+nước|chủ\s+sở\s+hữu)\s+nắm\s+giữ\s*$", re.IGNORECASE)
_CHARTER_CAPITAL = re.compile(r"\s*%?\s*vốn\s+điều\s+lệ", re.IGNORECASE)
_WEIGHT_CLASS = re.compile(r"(?<![^\W\d_])hạng\s*(?:\d+(?:[.,]\d+)?\s*kg\s*[-–]\s*)?$", re.IGNORECASE)
_NUMBERED_UNIT = re.compile(r"(?<![^\W\d_])(?<!cấp\s)(?:Quận|Phường|quận|phường|Vùng|vùng)\s*$")  # ('Cảnh sát biển Vùng 4')
# ...and a military unit: "Lữ đoàn 405, Lữ đoàn 454 (Quân khu 3)", "Lữ đoàn Pháo binh 6 (Quân khu 9) 70 quân"
_ARMY_UNIT = re.compile(r"(?<![^\W\d_])[QSLTHB](?:uân\s+khu|uân\s+đoàn|ư\s+đoàn|ữ\s+đoàn|rung\s+đoàn|iểu\s+đoàn|ải\s+đoàn|inh\s+đoàn)"
                        r"(?:\s+[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+)?)?\s*$")
_TO_DAY = re.compile(r"\s*(?:đến|-|–)\s*\d{1,2}(?!\d)")
_LUNAR_MONTH = re.compile(r"\s*(?:tháng\s+(?:Giêng|Chạp|giêng|chạp)|Tết|tết)(?![^\W\d_])")
_ID_DIGITS = re.compile(r"(?:chứng\s+minh(?:\s+nhân\s+dân)?|CMND|căn\s+cước(?:\s+công\s+dân)?|CCCD|định\s+danh)\s+(?:loại\s+)?"
                        r"(?:\d{1,2}\s+số\s*(?:,|và|hoặc)\s*)?$", re.IGNORECASE)
_INDEX_NAMED = re.compile(r"(?<![^\W\d_])[A-Z][A-Z-]{2,}(?:\s+INDEX)?\s*$")
_DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}/\d{4}\b|\b\d{1,2}\s*-\s*\d{1,2}/\d{4}\b")
_CODE_AFTER = re.compile(r"^(?:/\s*[A-ZĐ]|-\s*[A-ZĐ]|(?!(?:km2?|ha|m[23²³]?|mm|cm|kg|g|[MG]bps|[MG]b/s|[MG]bit/s|đ|[kMG]W[hp]?|W(?!\w)|kVA|MVA|TEUs?)(?![^\W\d_]))[A-Za-zĐđ])")
# (not "30,79km", "49ha", "92,51Mbps", "1.660.835.500đ", "3.426MWp", "300MW", "1.000kWh", "250W")
_ORDINAL = re.compile(r"(?:^|\n)\s*(?:[-–•+*]\s*)?[(\[]?$")  # "1.", "(1)", "- (1)" opening a line
# ...or an item of a list run into its sentence: "8 chỉ số nội dung: (1) tham gia ...; (2) công khai, minh bạch ..."
_ORDINAL_INLINE = re.compile(r"(?:[:;,]|\svà)\s*\($")  # (and "..., (2) Chỉ số ...", "... và (2) Chỉ số ...")
# a place in a ranking: "xếp thứ 13/63", "xếp hạng 10/63", and as often without "thứ": "xếp 9/63",
# "đứng 12/63", "đứng ở vị trí thứ 5", "xếp hạng thứ 9"; not "sắp xếp 27 đơn vị" (arranging)
RANK = re.compile(r"(?<![^\W\d_])(?<!sắp\s)(?:xếp|đứng)(?:(?:\s+(?:ở\s+)?(?:vị\s+trí|vị\s+thứ|hạng|thứ)){0,2}"
                  r"(?:\s*\d+(?:/\d+)?(?:\s*(?:,|và)\s*\d+(?:/\d+)?)*\s*(?:,|và))?"  # a series: "xếp thứ 17, 15, 13 và 14"
                  r"|\s[^.;\n]{0,80}?(?:,|\svà)\s+(?:[^\W\d_]+\s+){0,4}(?:thứ|hạng))\s*$"  # "... và xã hội số thứ 15/63"
                  # "với thứ hạng 6/63", "hạ tầng số, hạng 58/63", "vươn lên vị trí 20 toàn quốc", "lên thứ 14"
                  r"|(?<![^\W\d_])(?:thứ\s+hạng|(?<!chợ\s)(?<!viện\s)(?<!thị\s)(?<!sạn\s)(?<!xe\s)(?<!phân\s)hạng|(?:ở\s+)?vị\s+trí(?:\s+thứ)?|(?:lên|xuống|từ)\s+thứ)\s*$"
                  # (not a class: "19 chợ hạng 1", "bệnh viện hạng I", "đô thị hạng 2", "giấy phép lái xe hạng B2")
                  # a place said again, bare, after a ranking: "tăng 2 bậc (năm trước đứng thứ 15, năm nay thứ 13)"
                  r"|(?:xếp|đứng|hạng|bậc|vị\s+trí)[^.]*?(?<!lần\s)(?<!tuần\s)(?<!tháng\s)(?<!quý\s)(?<![^\W\d_])thứ\s*$"
                  # the place risen to: "từ vị trí 42/63 lên 39/63 tỉnh, thành phố", "từ hạng 29 lên hạng 18/63"
                  r"|(?<![^\W\d_])(?:vị\s+trí|hạng|thứ)\s+\d+(?:/\d+)?\s+(?:lên|xuống)\s*$"
                  # the places of several, respectively: "Thứ hạng ... ở các trụ cột ... lần lượt là 22, 9 và 13"
                  r"|thứ\s+hạng[^.;]*?lần\s+lượt\s+là(?:\s*\d+(?:/\d+)?\s*(?:,|và))*\s*$"
                  # a body placed by its ordinal: "là tỉnh thứ 2 của cả nước hoàn thành", "bệnh viện thứ 3 trên địa bàn",
                  # "cao thứ 12 trong cả nước"; and a place after a score in brackets: "xã Quyết Thắng (93,4 điểm, thứ 2)"
                  r"|(?<![^\W\d_])(?:tỉnh|thành\s+phố|địa\s+phương|đơn\s+vị|xã|phường|huyện|bệnh\s+viện(?:\s+công\s+lập)?"
                  r"|cao|thấp|lớn)\s+thứ\s*$|\([^()]{0,40}?,\s*thứ\s*$",
                  re.IGNORECASE)  # "... xếp thứ 07/13 ... và thứ 33/63"
RANK_WINDOW = 240  # characters before a number that RANK is searched in (a list of places runs long)
# a place out of a field, said with "thứ" alone: "chi phí không chính thức (thứ 2/62)" (not "lần thứ 2")
PLACE_OF = re.compile(r"(?<![^\W\d_])(?<!lần\s)thứ\s*$", re.IGNORECASE)
# a group in a ranking counts places: "nằm trong nhóm 20 tỉnh, thành phố dẫn đầu", "top 10 địa phương cao nhất"
_RANKED_GROUP = re.compile(r"[^\d;.:()]{0,80}?(?:dẫn\s+đầu|đứng\s+đầu|cao\s+nhất|thấp\s+nhất|cuối\s+bảng|xếp\s+cuối|tốt\s+nhất)",
                           re.IGNORECASE)
# "số" after these is "digital", not "number": "Chính phủ số 400 điểm", "Hạ tầng số: 100% ..."
_DIGITAL = re.compile(r"(?:chính\s+phủ|chính\s+quyền|kinh\s+tế|xã\s+hội|chuyển\s+đổi|hạ\s+tầng|nền\s+tảng|dữ\s+liệu"
                      r"|công\s+dân|kỹ\s+năng|nhận\s+thức|văn\s+hóa)\s+số\s*[:.]?\s*$", re.IGNORECASE)
_GROUP_WORD = re.compile(r"(?:nhóm|top)\s*$", re.IGNORECASE)
# a streak said by its ordinal counts years or times: "Đây là lần thứ 4 liên tiếp", "là năm thứ 3 tỉnh tổ chức
# đánh giá", "dẫn đầu cả nước tuần thứ 12 liên tiếp" (not "Hội nghị lần thứ 2", a name)
_STREAK_BEFORE = re.compile(r"(?<![^\W\d_])(là\s+)?(năm|lần|tuần|tháng|quý)\s+thứ\s*$", re.IGNORECASE)
_STREAK_AFTER = re.compile(r"\s+liên\s+tiếp", re.IGNORECASE)
# the length of a plan or campaign after a word that otherwise names one: "giai đoạn 05 năm", "đợt 30 ngày", "50 ngày, đêm"
# (not "đợt 2 năm 2024", the second round of a year)
SPAN_NAMED = re.compile(r"(?<![^\W\d_])(?:giai\s+đoạn|đợt(?:\s+cao\s+điểm)?|chiến\s+dịch)\s*$", re.IGNORECASE)  # "đợt cao điểm 90 ngày đêm"
SPAN_AFTER = re.compile(r"\s*(năm|tháng|tuần|ngày(?:,?\s+đêm)?)(?![^\W\d_])(?!\s*(?:\d|/))", re.IGNORECASE)
# the second end of a range of small counts, spaced: "đi lại 2 - 3 lần" (not "2021 - 2025", nor "57-NQ")
PLAIN_NUMBER = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?"  # a count or measure as printed, without % or scale: "7.404", "125,17"
# a range's second end as printed: plain, with a scale, or out of a scale ("26,7 tỷ", "70/100")
RANGE_END = rf"{PLAIN_NUMBER}(?:\s+(?:{SCALES})|/{PLAIN_NUMBER})?"
COUNTED_AFTER = re.compile(r"\s+[^\W\d_]|(?:k?m|cm|mm|ha|kg)(?![^\W\d_])")  # after a range's end: a word, or a measure glued on
_RANGE_TAIL = re.compile(rf"(?<![\d/.,]){PLAIN_NUMBER}%?\s*[-–]\s*$")  # "2 - 3 lần", "2-3 ngày", "0,7 - 0,8 điểm", "1.000-1.200 lượt", "7% -10,5%"


def streak_unit(text: str, start: int, end: int) -> str | None:
    """The period counted ('năm', 'lần', 'tuần', ...) when the number is the ordinal of a streak ('là năm thứ 3')."""
    m = _STREAK_BEFORE.search(" ".join(text[max(0, start - 30) : start].split()) + " ")
    if m and re.fullmatch(r"\d{1,2}", text[start:end].strip()) and (m.group(1) or _STREAK_AFTER.match(text, end)):
        return m.group(2).lower()
    return None


_ONE_OFF = re.compile(r"(?<![^\W\d_])(?:trợ\s+cấp|hưởng|hỗ\s+trợ)\s+$", re.IGNORECASE)
_LANE = re.compile(r"(?<![^\W\d_])(?:hẻm|ngõ|ngách|kiệt|quốc\s+lộ|tỉnh\s+lộ|(?-i:QL|ĐT|TL|ĐH))\s+$", re.IGNORECASE)
_SEASON = re.compile(r"(?<![^\W\d_])(?:xuân|thu|mùa|chiêm|hè)\s+$", re.IGNORECASE)
_YEARS_THEN_MONTHS = re.compile(r"(?<![\d.,/])\d{1,2}\s+năm\s+$", re.IGNORECASE)


# the words of a quotation around a number, up to its marks
_QUOTE_OPENS = re.compile(r"[“\"]([^“”\"\n]{0,45})$")
_QUOTE_CLOSES = re.compile(r"([^“”\"\n]{0,45})[”\"]")
# one period as the unit of a rate: "trung bình 1 tháng phát sinh ..."
_PER_PERIOD = re.compile(r"(?<![^\W\d_])(?:trung\s+bình|bình\s+quân|mỗi)\s+$", re.IGNORECASE)
_PERIOD_THEN_WORD = re.compile(r"\s*(?:ngày|tuần|tháng|quý|năm)\s+[^\W\d_]", re.IGNORECASE)
# a crop's kind by how long it grows, then an area: "cây công nghiệp ngắn ngày 15 ha"
_CROP_SPAN = re.compile(r"(?<![^\W\d_])(?:ngắn\s+ngày|dài\s+ngày|lâu\s+năm|hằng\s+năm|hàng\s+năm)\s*$", re.IGNORECASE)
_SCORE_SAID = re.compile(r"(?<![^\W\d_])số\s+điểm\s*$", re.IGNORECASE)
_MEASURE_WORDS = r"ha|héc-ta|m2|m²|tấn|tạ"
_MEASURE_AFTER = re.compile(rf"\s*(?:{_MEASURE_WORDS})(?![^\W\d_])", re.IGNORECASE)
_AREA_AFTER = re.compile(rf"\s*(?:{_MEASURE_WORDS}|cây|con)(?![^\W\d_])", re.IGNORECASE)


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """'cơ chế “Luồng xanh 60%”', 'phương châm “4 tại chỗ”': a number in a short quoted title is part of
    a name; a campaign's length ('chiến dịch “90 ngày, đêm”') and a quoted aim of many words ('là “95% dân cư
    thành thị được sử dụng nước sạch”') still count."""
    opens, closes = _QUOTE_OPENS.search(text, max(0, start - 46), start), _QUOTE_CLOSES.match(text, end)
    if not opens or not closes or SPAN_AFTER.match(text, end):
        return False
    if text[opens.start()] == '"' and text.count('"', text.rfind("\n", 0, start) + 1, start) % 2 == 0:
        return False  # a straight quote that closes an earlier quotation
    return len((opens.group(1) + text[start:end] + closes.group(1)).split()) <= 6


def names_something(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] names a document, scheme, list item, code or date
    ('Quyết định số 06', '06/CP', '(1)', '15/10/2025') rather than counting something."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 12]
    if _YEARS_THEN_MONTHS.search(before) and re.match(r"\s*tháng(?![^\W\d_])", after):
        return False  # '3 năm 7 tháng': the months of a length, not the fourth year
    if _SEASON.search(before) and re.fullmatch(r"(?:19|20)\d\d", text[start:end]):
        return True  # 'VỤ CHIÊM XUÂN 2017', 'vụ Hè Thu 2024': a crop season's year
    if _LANE.search(before) and re.fullmatch(r"\d{1,4}", text[start:end]):
        return True  # 'tuyến hẻm 41 khu phố 6', 'ngõ 126', 'ngã tư QL 30 và đường ĐT 844': a lane's or road's number
    if re.match(r"\s*kv(?![^\W\d_])", after, re.IGNORECASE):
        return True  # 'đường dây 0,4 kV': a line's voltage class
    if re.match(r"\s*-?\s*TS(?![^\W\d_])", after):
        return True  # 'tàu cá QNg 90755 TS': a fishing vessel's number
    one_line = " ".join(before.split()) + (" " if before[-1:].isspace() else "")  # "Đề\nán 06" as "Đề án 06"
    folded = _NOT_A_RESULT_FOLDED.search(strip_marks(one_line).lower())
    if folded and all(w.istitle() for w in one_line[folded.start() :].split()[:2]):
        folded = None  # a place whose name folds to one of those words: 'Văn Bàn 6' (not 'văn bản')
    if _CROP_SPAN.search(one_line) and (re.match(r"\d+,\d", text[start:end]) or _AREA_AFTER.match(after)):
        return False  # 'cây công nghiệp ngắn ngày 15 ha', 'cây lâu năm 229,5 ha': a crop's kind, then its area
    named = (_NOT_A_RESULT_BEFORE.search(one_line) or folded) \
        and not _COUNTED_BEFORE_COLON.search(one_line) and not (_EVERY_PERIOD.search(one_line) and re.match(r"\s+[^\W\d_]", after)
                                                                and not re.fullmatch(r"(?:19|20)\d\d", text[start:end].strip()))
    wide = " ".join(text[max(0, start - RANK_WINDOW) : start].split()) + (" " if before[-1:].isspace() else "")
    percent = text[start:end].rstrip().endswith("%")  # "Hạ tầng số: 100% công chức": a rate names nothing
    ranked_group = _GROUP_WORD.search(one_line) and _RANKED_GROUP.match(text, end)
    span = (sm := SPAN_AFTER.match(text, end)) and (SPAN_NAMED.search(one_line) or sm.group(1).lower().endswith("đêm"))
    place = "/" in text[start:end] and PLACE_OF.search(one_line)
    # "(kế hoạch 88.600 tỷ đồng)", "(kế hoạch 74.000 ha)": the plan's sum or area, not a plan's number; nor is a score said in
    # points a grade's name ("với số điểm 95,98 điểm", not "số điểm 10 cao bất thường")
    measured = _MONEY_AFTER.match(text, end) or _MEASURE_AFTER.match(after) or (
        _SCORE_SAID.search(one_line) and re.match(r"\s*điểm(?![^\W\d_])", after))
    if named and not percent and not ranked_group and not _DIGITAL.search(one_line) and not RANK.search(wide) and (
            not span and not streak_unit(text, start, end) and not place and not measured):  # fmt: skip
        return True
    if _PER_PERIOD.search(before) and text[start:end] in ("1", "01") and _PERIOD_THEN_WORD.match(after):
        return True  # 'trung bình 1 tháng phát sinh 3.000 giao dịch': per month, a rate's period (not 'trung bình 1 giờ)', a standard's)
    if text[start:end] in _SHORT_CODES and _HOTLINE_TITLE.search(" ".join(text[max(0, start - 80) : start].split()) + " "):
        return True
    if _MODEL_NAME.search(text[max(0, start - 160) : start]) or _PHONE.search(before) or _in_quoted_title(text, start, end):
        return True
    if _HELD_BY.search(one_line) and _CHARTER_CAPITAL.match(text, end):
        return True  # "Công ty TNHH một thành viên do Nhà nước nắm giữ 100% vốn điều lệ": a kind of company's name
    if _WEIGHT_CLASS.search(one_line) and re.match(r"\s*kg(?![^\W\d_])", after):
        return True  # "môn Muay hạng 57 kg - 60 kg": a class an athlete fights in
    if re.match(r"\s*m\s+(?:súng|bắn)(?![^\W\d_])", after, re.IGNORECASE):
        return True  # "nội dung 10m súng trường hơi", "25m bắn súng": a shooting event's name
    if _ARMY_UNIT.search(before) and re.fullmatch(r"\d{1,3}", text[start:end]):
        return True  # a brigade's or military region's number
    if _NUMBERED_UNIT.search(before) and re.fullmatch(r"\d{1,2}", text[start:end]) and not re.match(r"\s*[:%]", after):
        return True  # "Công an Quận 1 cập nhật ...", "UBND Phường 3": a unit's name
    if text[start:end] in ("1", "01") and _ONE_OFF.search(before) and re.match(r"\s*lần(?![^\W\d_])", after):
        return True  # "trợ cấp 01 lần", "hưởng trợ cấp 1 lần": a one-off allowance's name, as "trợ cấp một lần" is
    if _LUNAR_MONTH.match(after) or (to := _TO_DAY.match(text, end)) and _LUNAR_MONTH.match(text, to.end()):
        return True  # "27 tháng Chạp", "từ 29 Tết đến mùng 5 Tết", "từ 23 đến 27 tháng Chạp": a date by the lunar calendar
    if _ID_DIGITS.search(before) and re.match(r"\s*số(?![^\W\d_])", after):
        return True  # "chứng minh nhân dân 9 số, 12 số": how many digits the card's number has
    if _INDEX_NAMED.search(before) and re.fullmatch(r"(?:19|20)\d\d", text[start:end]):
        return True  # "Báo cáo PAPI 2023", "PAR INDEX 2023": an index's edition
    if _CODE_AFTER.match(after) and not percent:  # 06/CP, 57-NQ/TW, 220/380V, 5G (not "đạt 65,9%KH", the plan's share)
        return True
    if _ORDINAL.search(before) and re.match(r"^\s*[.)\]]", after) and re.fullmatch(r"\d{1,3}", text[start:end]) and not (
            re.match(r"\)\s*[,;]", after)):  # fmt: skip
        return True  # (1)  1.  2.1.  (not a name's count whose bracket the line wrapped to: "Quảng Trị | (44), Ninh Bình (40)")
    if _ORDINAL_INLINE.search(before) and re.match(r"\)\s*[^\W\d_]", after) and re.fullmatch(r"\d{1,2}", text[start:end]):
        return True
    for m in _DATE_RE.finditer(text, max(0, start - 6), min(len(text), end + 8)):
        if m.start() <= start < m.end():
            return True
    if _RANGE_TAIL.search(before) and (percent or (
            re.fullmatch(RANGE_END, text[start:end].strip())
            and COUNTED_AFTER.match(after))):  # fmt: skip  ("26,5 - 26,7 tỷ USD", "từ 51,99 - 70/100 điểm", "6-12m")
        return False  # "2 - 3 lần", "chiếm 15-20%", "40 - 45%": the range's other end counts too
    return bool(re.search(r"[/\-]\s*$", before[-2:]) and re.search(r"\d", before[-4:]))  # tail of a range/code
