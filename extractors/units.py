"""What a number counts: the unit after it ('3.384.136 thẻ Căn cước' -> thẻ), from a list of count
nouns, in money ('144,48 tỷ đồng'), after 'số' ('số học sinh'), or, for a noun the list lacks, from
underthesea's POS tags ('425.600 thửa đất')."""

from __future__ import annotations

import re
from functools import lru_cache

from baocao.core.vietnamese import SUPERSCRIPT_DIGITS, old_style_tones, strip_marks

# words after a number that make it a quantity of something: longest first
UNITS = sorted(
    """tài khoản định danh điện tử|tài khoản|thẻ căn cước|thẻ|hồ sơ|lượt truy cập|lượt thi|lượt|điểm|người nộp thuế|
    người dân|người|cơ sở|đối tượng|khách hàng|hóa đơn|dữ liệu|giấy chứng sinh|giấy báo tử|giấy khám sức khỏe|
    bị can|bị cáo|phạm nhân|loài|họ|°C|độ C|đôi|dBA|hoạt động|
    giấy chuyển tuyến|giấy hẹn khám lại|giấy|bệnh án điện tử|bệnh án giấy|bệnh án|sổ sức khỏe|sổ|chứng thư số|chứng thư|chữ ký số|mã số thuế|trường hợp|
    tổ chức|doanh nghiệp|chủ đầu tư|văn bản|kế hoạch|quyết định|công văn|dịch vụ công|dịch vụ|thủ tục hành chính nội bộ|thủ tục hành chính|thủ tục|TTHC|
    đơn vị|xã, phường, thị trấn|xã, phường, đặc khu|xã, phường|xã|phường|hộ gia đình|hộ|giao dịch|lần|hội nghị|mô hình|nhiệm vụ|camera|thiết bị|trạm y tế|trạm|
    tin bài|tin|bài viết|mũi tiêm|mũi|bài|cán bộ|học sinh|em|bản ghi|kiosk|tài liệu|công dân|cuộc gọi|nhân khẩu|phương tiện|
    điểm cầu|lớp|buổi|chỉ tiêu|phiếu|tờ rơi|pano|băng rôn|máy|tấn|km2|km²|m2|m²|km|ha|bệnh viện|trường học|trường|cá nhân|
    học viên|thành viên|đảng viên|cấp ủy viên|cấp uỷ viên|ủy viên|uỷ viên|tài khoản ngân hàng|ứng dụng|nền tảng|hệ thống|cơ sở dữ liệu|
    trang thông tin|vụ|bậc|cơ quan, đơn vị|cơ quan|địa phương|hòa giải viên|báo cáo viên|tuyên truyền viên|đầu sách|bể bơi|hồ bơi|thuê bao|tiêu chí thành phần|tiêu chí|chỉ số|trụ cột|
    tỉnh, thành phố|phản ánh, kiến nghị|phản ánh|kiến nghị|khiếu nại, tố cáo|khiếu nại|tố cáo|điểm %|điểm phần trăm|thửa đất|thửa|yêu cầu|Mb/s|Mbps|Gb/s|Gbps|mã|hợp tác xã|HTX|mét|phông|DVCTT|DVC trực tuyến|DVC|DN|CCCD|tạ/ha|tấn/ha|tạ|héc-ta|hécta|hecta|suất|GPXD|GPLX|µg/Nm3|µg/m3|μg/Nm3|μg/m3|ug/Nm3|ug/m3|mg/Nm3|mg/m3|mg/l|mg/lít|g/l|g/lít|m3/ngày đêm|m3/ngày-đêm|m3/ngày|m3|m³|mm|cm|m|W|GCN|giấy chứng nhận|khẩu|kWh|MWh|GWh|kWp|MWp|GWp|kW|MW|kVA|MVA|ngày làm việc|giờ làm việc|băng, nhóm|băng nhóm|Mbit/s|Gbit/s|ổ dịch|ổ|trẻ em|trẻ nữ|trẻ trai|trẻ|bé trai|bé gái|cặp|sao|‰|%o|đập, hồ chứa|đập|hồ chứa|cống|nội dung|gói|CV|tấn.km|người.km|HK.km|lượt khách.km|phần quà|phần việc|đợt|liều|kết luận thanh tra|kết luận|website|phần nghìn|ngày công|giờ công|ngày khách|ngày/khách|chủ thể|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|khoản thu|câu lạc bộ|CLB|huy chương|HCV|HCB|HCĐ|HCD|kỳ sát hạch|kỳ thi|kỳ báo|kỳ đặc san|số báo|ngày tiếp công dân|ngày tiếp dân|KCN|CCN|KKT|ml|kg|gram|gam|nhà tình nghĩa|nhà đại đoàn kết|nhà tình thương|bơm kim tiêm|bao cao su|
    chi, đảng bộ|chi bộ, đảng bộ|tín đồ|chức sắc|chức việc|nhân danh|linh mục|hòa thượng|thượng tọa|đại đức|tăng ni|sư sãi|giáo xứ|giáo họ|họ giáo|họ đạo|giáo điểm|giáo phận|
    nhà thờ|tu viện|đại chủng viện|chủng viện|cơ sở thờ tự|thánh thất|điểm nhóm|khoản viện trợ|khoản|đề án|đồ án quy hoạch|đồ án|
    khóa đào tạo|khóa học|khóa tập huấn|đấu nối|TEU|TEUs|tân binh|turbine|tuabin|tua-bin|trụ""".replace("\n", "").split("|"),
    key=len,
    reverse=True,
)
WORD_END = rf"(?![^\W\d_{SUPERSCRIPT_DIGITS}])"  # a footnote mark may follow: "20 văn bản¹"
# "529/529 (đạt 100%) cơ sở": the unit comes after the aside; "100% (86/86) cơ sở": after the bracket
_PAREN = r"(?:\s*\([^()]{0,40}\)|\))?"


def phrases(words: list[str]) -> str:
    """An alternation of phrases whose words may be split by any space, a line break included ("học\nviên")."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words if w.strip())


# "thứ 5 và thứ 6 lần lượt là ...": "lần lượt" (respectively) is no count of times
UNIT_RE = re.compile(_PAREN + r"\s*(" + phrases(UNITS) + r")" + WORD_END + r"(?!\s+lượt" + WORD_END + ")", re.IGNORECASE)
MONEY_RE = re.compile(r"\s*(" + phrases(["tỷ đồng", "tỉ đồng", "triệu đồng", "nghìn đồng", "đồng", "VNĐ", "VND",
                                          "tỷ USD", "tỉ USD", "triệu USD", "nghìn USD", "USD", "đ",
                                          "tỷ đôla Mỹ", "triệu đôla Mỹ", "đôla Mỹ", "tỷ đô la Mỹ", "triệu đô la Mỹ", "đô la Mỹ"]) + r")"
                      + WORD_END + r"(?!\s+(?:chí|bào|đội|bộ|loạt|thời|nghiệp|hương|tâm|lòng|hành|phục|nhất|dạng|hồ)" + WORD_END + ")",
                      re.IGNORECASE)  # fmt: skip  (not '400 đồng chí', comrades, nor '7.782 đồng hồ nước', meters)
MONEY_MULT = {"tỷ đồng": 1e9, "tỉ đồng": 1e9, "triệu đồng": 1e6, "nghìn đồng": 1e3,
              "tỷ usd": 1e9, "tỉ usd": 1e9, "triệu usd": 1e6, "nghìn usd": 1e3,
              "tỷ đôla mỹ": 1e9, "triệu đôla mỹ": 1e6, "tỷ đô la mỹ": 1e9, "triệu đô la mỹ": 1e6}  # fmt: skip


def currency(money: str) -> str:
    """The currency a money phrase is in: 'USD' for dollars ('25 tỷ USD'), else 'VND'."""
    return "USD" if money.split()[-1].upper() in ("USD", "MỸ") else "VND"  # ('triệu đôla Mỹ')


def in_money(phrase: str, value: float, den: float | None) -> tuple[str, float, float | None]:
    """A sum counted in a money phrase's scale, as stored: ('tỷ đồng', 144.48) -> ('VND', 144.48e9)."""
    mult = MONEY_MULT.get(" ".join(phrase.lower().split()), 1.0)
    return currency(phrase), value * mult, (den * mult if den else None)
_UNIT_AFTER_SO = re.compile(r"\s*(?:tổng\s+)?số\s+(" + phrases(UNITS) + r")" + WORD_END, re.IGNORECASE)  # "số học sinh"
# multi-word units found again without marks, when a restored page got one wrong ("287.455 số sức khỏe")
_FOLDED_UNITS = {" ".join(strip_marks(u).lower().split()): u.strip() for u in UNITS if len(u.split()) > 1}
# SI units in their own case, alone or inside a longer unit ('kWh/năm', 'triệu kWh')
_SI = {"kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "kw": "kW", "mw": "MW", "gw": "GW", "kva": "kVA", "mva": "MVA",
       "kwp": "kWp", "mwp": "MWp", "gwp": "GWp"}
# canonical unit of a longer unit phrase, so that indicators list few units
UNIT_CANON = {"HCD": "HCĐ",  # (a bronze medal as a scan reads it)
              "teus": "TEU",  # (twenty-foot containers, plural as some ports write it)
              "tài khoản định danh điện tử": "tài khoản", "thẻ căn cước": "thẻ", "lượt truy cập": "lượt",
              "lượt thi": "lượt", "người dân": "người", "sổ sức khỏe": "sổ", "giấy chứng sinh": "giấy",
              "giấy báo tử": "giấy", "giấy khám sức khỏe": "giấy", "giấy chuyển tuyến": "giấy",
              "giấy hẹn khám lại": "giấy", "chứng thư": "chứng thư số", "thủ tục hành chính": "TTHC",
              "thủ tục": "TTHC", "thủ tục hành chính nội bộ": "TTHC nội bộ", "tttc": "TTHC", "hộ gia đình": "hộ", "trạm y tế": "trạm", "tin bài": "tin",
              "bài viết": "bài", "trường học": "trường", "mb/s": "Mb/s", **_SI, "mbps": "Mb/s", "gb/s": "Gb/s", "gbps": "Gb/s", "mbit/s": "Mbit/s", "gbit/s": "Gbit/s",
              "phản ánh, kiến nghị": "phản ánh", "tỉnh, thành phố": "tỉnh", "cơ quan, đơn vị": "cơ quan",
              "điểm %": "%", "điểm phần trăm": "%", "km²": "km2", "m²": "m2", "DN": "doanh nghiệp", "CCCD": "thẻ",  # "điểm %": a difference of two rates
              "%o": "‰", "µg/nm3": "µg/Nm3", "μg/nm3": "µg/Nm3", "μg/m3": "µg/m3", "ug/nm3": "µg/Nm3", "ug/m3": "µg/m3", "mg/nm3": "mg/Nm3", "°c": "°C", "độ c": "độ C", "dba": "dBA", "héc-ta": "ha", "hécta": "ha", "hecta": "ha", "ổ dịch": "ổ"}  # fmt: skip
# units that name a catalogue of procedures or services: a total of them with its parts is a scope
CATALOGUE_UNITS = frozenset({"TTHC", "dịch vụ công", "dịch vụ", "nhóm"})


def canon_unit(found: str) -> str:
    unit = re.sub(r"[^\s/]+", lambda w: w[0] if re.fullmatch(r"[A-ZĐ0-9]*[A-ZĐ][A-ZĐ0-9]*", w[0]) else _SI.get(w[0].lower(), w[0].lower()),
                  " ".join(found.split()))
    # (initials kept as written, 'HTX thành viên', 'HTX/năm'; not a word a scan capitalised, 'cơ SỞ'; an SI unit in its own case
    # inside a longer unit too: 'kWh/năm', 'triệu kWh')
    unit = _SERVICES.sub("dịch vụ công", unit)  # "DVCTT", "DVC trực tuyến toàn trình": online public services
    return UNIT_CANON.get(unit, unit)


_SERVICES = re.compile(r"^dvc(?:tt)?(?:\s+trực\s+tuyến)?(?![^\W\d_])", re.IGNORECASE)


_GRAMS = re.compile(r"g(?![^\W\d_]|/[^\W\d_])")  # grams glued to their number only ("374,925g ma túy"; not "1g/lít"): a lone
# "g" is a scan's noise


def unit_at(rest: str) -> tuple[str | None, int]:
    """The unit at the start of `rest` in its canonical form, and how many characters it took.
    Tones placed the new way ('hoà') are read as the documents' way ('hòa'); the length is kept."""
    rest = old_style_tones(rest)
    if _GRAMS.match(rest):
        return "g", 1
    um = UNIT_RE.match(rest) or _UNIT_AFTER_SO.match(rest)
    if um:
        return canon_unit(um.group(1)), um.end()
    words = rest.split()
    for n in (4, 3, 2):
        if (u := _FOLDED_UNITS.get(strip_marks(" ".join(words[:n])).lower())) is not None:
            return UNIT_CANON.get(u, u), rest.index(words[n - 1]) + len(words[n - 1])
    return None, 0


# nouns that follow a number without counting a result: ages, durations, levels, parts of a text
NOT_UNITS = frozenset(w.strip() for w in """tuổi|ngày|tháng|năm|giờ|phút|giây|tuần|quý|kỳ|lần thứ|mức|cấp độ|
    cấp|cửa|nhóm|phần|mục|chương|bước|giai đoạn|điều|khoản|khóa|nhiệm kỳ|tầng|sau|trước""".split("|"))  # fmt: skip
_INITIALS = re.compile(r"[A-ZĐ]{3,6}")
_PAIRS = frozenset(("HC", "LH", "ĐV", "CB", "HS", "GV"))  # two-letter initials a report counts: 'huy chương', 'liên hiệp', ...
# initials after a number that name a body, a council or an index rather than count one: 'năm 2025 UBND tỉnh', '2022 PAR INDEX'
_NOT_COUNTED = frozenset("UBND HĐND PAR DTI PCI ICT ID TP FDI GRDP GDP SO CP NQ TW QĐ BC KH CT TB TT".split())
_OPEN_WORDS = re.compile(r"[ \t]*\n?[ \t]*\)?[ \t]*([^\W\d_]+(?:(?:[ \t]*\n[ \t]*|[ \t]+)[^\W\d_]+){0,4})")


@lru_cache(maxsize=4096)
def _tagged(fragment: str) -> tuple[tuple[str, str], ...]:
    from underthesea import pos_tag  # loads its tagger once per process, only when a unit is unknown

    return tuple(pos_tag(fragment))


# measure words the tagger does not read as nouns when nothing follows them ('viên' alone is Z; 'viên đạn' is a noun)
_WHERE_WORDS = frozenset(("trước", "sau", "trong", "ngoài", "trên", "dưới", "giữa"))  # the tagger's nouns of time and place
_MEASURE_WORDS = frozenset(("viên", "cái", "lít", "lô", "vị", "bao"))  # ("93 lô, ...", "58 vị, trong đó ...", "172,8 triệu bao,")
_NUMERAL_WORDS = frozenset("một hai ba bốn năm sáu bảy tám chín mười mươi trăm nghìn ngàn triệu tỷ tỉ chục lẻ linh rưỡi nửa".split())


def _unknown_noun(tagged: tuple[str, str]) -> bool:
    """A compound the tagger has not seen, alone after a number, comes back as a numeral ('nghị định', 'chỉ thị',
    'tiện ích' all 'M'): a word of two syllables or more with no numeral in it is the noun counted."""
    word, tag = tagged
    syllables = word.lower().split()
    return tag == "M" and len(syllables) > 1 and not _NUMERAL_WORDS.intersection(syllables) and word.replace(" ", "").isalpha()


def _initials_counted(syllables: list[str]) -> bool:
    """Initials a number counts: three to six capitals with at most one vowel, or a known pair, not those that
    name a council or an index ('2025 UBND tỉnh', '2022 PAR INDEX'), nor a scan's run of stray capitals ('10 GRS B')."""
    word, then = syllables[0], syllables[1] if len(syllables) > 1 else ""
    shaped = _INITIALS.fullmatch(word) and len(re.findall(r"[AEIOUY]", word)) <= 1 or word in _PAIRS
    return bool(shaped) and word not in _NOT_COUNTED and not (then[:1].isupper() and len(then) <= 2)


def open_unit(rest: str, allow: frozenset[str] = frozenset()) -> tuple[str | None, int]:
    """A count noun the unit list lacks ('27 huyện', '425.600 thửa đất', '12 căn hộ'): the first word
    after the number, as underthesea segments and tags it, when it is a noun and not a noun that
    follows numbers without counting anything ('14 tuổi', '30 ngày', '2 giai đoạn'), unless `allow`
    lets it ('vượt 10 ngày' is a change of 10 days). The span is counted in syllables, since the
    tagger gives words back in its own spelling ('hoà' as 'hòa')."""
    m = _OPEN_WORDS.match(rest)
    if not m or ("\n" in rest[: m.start(1)] and not m.group(1)[:1].islower()):
        return None, 0  # past a line break only a wrapped line's lower-case word: not the next line's heading
    syllables = m.group(1).split()  # a word may go on at the next line: "thông\ntin"
    if syllables[0].lower() in allow:  # "sớm 5 năm.": alone, the tagger reads "năm" as the numeral five
        return syllables[0].lower(), m.start(1) + len(syllables[0])
    if _initials_counted(syllables):
        return syllables[0], m.start(1) + len(syllables[0])  # '57 TCTD', '85 LGSP', '23 HC Vàng': initials, counted
    if syllables[0].lower() == "phó" and len(syllables) > 1:  # "52 phó trưởng Công an xã": a deputy of the post after it
        post, took = open_unit(rest[m.start(1) + 3 :], allow)
        return (f"phó {post}", m.start(1) + 3 + took) if post else (None, 0)
    tagged = _tagged(old_style_tones(" ".join(syllables)))
    if not tagged or not (tagged[0][1] in ("N", "Nc", "Nu") or _unknown_noun(tagged[0])):
        if syllables[0].lower() in _MEASURE_WORDS and len(tagged) == 1:
            return syllables[0].lower(), m.start(1) + len(syllables[0])  # "20,9 triệu viên;", "1.682.000 cái;", "249 triệu lít"
        return None, 0
    words = [tagged[0][0]]
    if tagged[0][1] == "Nc" and len(tagged) > 1 and tagged[1][1] == "N" and tagged[1][0].lower() not in _WHERE_WORDS:
        words.append(tagged[1][0])  # a classifier and its noun: "thửa đất", "cuốn sổ tay" (not "540 căn trước ngày 15/7")
    if any((w.lower() in NOT_UNITS and w.lower() not in allow) or w.isupper() for w in words):
        return None, 0
    n = len(" ".join(words).split())
    if n > len(syllables):
        return None, 0
    last = re.match(r"\S+", m.group(1)[_nth_start(m.group(1), n - 1) :])
    return " ".join(words).lower(), m.start(1) + _nth_start(m.group(1), n - 1) + last.end()


def counted_unit(rest: str) -> str | None:
    """The unit at the start of `rest`: one the list has, else a count noun the tagger reads there."""
    return unit_at(rest)[0] or open_unit(rest)[0]


def _nth_start(text: str, n: int) -> int:
    return [s.start() for s in re.finditer(r"\S+", text)][n]
