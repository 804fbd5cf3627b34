"""Whom a value is about: the agency, commune, district, province or group of units a report names
beside a number ('Sở Xây dựng (40%)', 'UBND Xã Kỳ Thượng (1,92%)', 'khối bộ, ngành đạt 63,47%',
'323 thủ tục cấp huyện'), when it is not the issuer's whole area.

A blank spaCy pipeline: a syllable tokenizer (below), an EntityRuler whose phrase patterns are every
province, district and commune/ward name in underthesea's administrative-unit data (before and after
the 2025 merger) matched on mark- and case-free forms, and token patterns for agencies and unit groups;
then a component that attaches an entity to each number of its clause.

Tokens are syllables, not underthesea's words: its word segmentation joins a name's syllables
differently in a sentence than alone ('Sở Xây_dựng' vs 'Sở_Xây_dựng'), so a phrase pattern would not
match the text it was made from; syllables tokenize a name the same way everywhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from baocao.core.vietnamese import old_style_tones, strip_marks
from baocao.core.places import admin_units, district_communes, district_provinces, districts, key, provinces
from baocao.diacritics.corpus import team_names

KINDS = {"PROVINCE": "province", "DISTRICT": "district", "COMMUNE": "commune", "VILLAGE": "village", "AGENCY": "agency",
         "GROUP": "unit_group"}
_PLACES = ("COMMUNE", "DISTRICT", "PROVINCE", "VILLAGE")
_TOKEN = re.compile(r"[A-Z]\d{2,3}(?![\d.,/%])|\d+(?:[.,/]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)*|\S", re.UNICODE)  # 'Cục C06' is a name
# province names reports before 2025 use that the data, which has the later name only, lacks
FORMER_PROVINCES = ("Thừa Thiên Huế", "Thừa Thiên - Huế")  # a city, Huế, since 1/2025
_SPELT_OTHERWISE = ("Đăk Lăk", "Đăk Nông")  # the Central Highlands' names as often spelt with a short 'ă', which the ruler
# matches (its key is the same) and the check of a bare name's marks keeps
OPERATORS = ("Viettel", "VNPT", "MobiFone", "VinaPhone", "Vietnamobile", "Gmobile")  # telecom operators, named bare
_LEVELS = {"xã": "COMMUNE", "phường": "COMMUNE", "thị trấn": "COMMUNE", "đặc khu": "COMMUNE", "huyện": "DISTRICT",
           "quận": "DISTRICT", "thị xã": "DISTRICT", "thành phố": "DISTRICT", "tp": "DISTRICT", "tx": "DISTRICT",
           "tỉnh": "PROVINCE"}  # fmt: skip
# words that end a name: verbs and function words that follow an agency's name in a sentence
_STOP = ("đạt chiếm là có chỉ mới được đã đang còn chưa với và của tại trong theo cho thực tiếp giải ban xếp dẫn "
         "tăng giảm vượt hoàn cấp thấp cao nhiều ít về thì thu số tỷ tỉ gồm hiện trên dưới từ đến khi so cùng đều do làm xác "
         "đánh chấm phê khen gửi vì khai mở nhận đón ước đứng ra mỗi phải cũng sẽ vẫn như cụ tuyển").split()  # fmt: skip


class _Syllables:
    """Syllables, numbers and punctuation as tokens; each token's NORM is its mark- and case-free form."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        ms = list(_TOKEN.finditer(text))
        spans = [[m.start(), m.end(), m.group().replace("’", "'")] for m in ms]  # 'Đắk R’lấp' is the data's 'Đắk R'Lấp'; one
        # syllable, its mark kept
        for i in range(len(spans) - 2, -1, -1):
            a, b = spans[i], spans[i + 1]
            if len(a[2]) == 1 and a[2].isupper() and f"{a[2]}'{b[2]}".lower() in _marked_syllables():
                spans[i : i + 2] = [[a[0], b[1], f"{a[2]}'{b[2]}"]]  # a scan's lost mark: 'Đắk R lấp' is 'Đắk R'lấp'
        words = [w for _, _, w in spans]
        spaces = [spans[i + 1][0] > z if i + 1 < len(spans) else z < len(text) for i, (_, z, _) in enumerate(spans)]
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for t in doc:
            t.norm_ = strip_marks(old_style_tones(t.text)).lower()
        # the Doc spaces its tokens singly: where each stood in `text`, and `text` itself, for offsets and line breaks
        doc.user_data["starts"] = [a for a, _, _ in spans]
        doc.user_data["text"] = text
        doc.user_data["width"] = max((len(x.rstrip()) for x in text.splitlines()), default=0)  # of its longest line
        return doc


def _name() -> list[list[dict]]:
    """A proper name: capitalised syllables, with 'và', '-' or lower-case syllables after the first; not
    another body's head after 'và' ('Sở Tư pháp và Sở Y tế' are two)."""
    word = {"LOWER": {"NOT_IN": _STOP}, "ORTH": {"NOT_IN": ["Sở", "Bộ", "Cục", "Ban"]}, "IS_ALPHA": True, "OP": "*"}
    return [[{"IS_TITLE": True}, word],  # after 'và' a name goes on capitalised: not 'Ban Chỉ đạo và thành lập'
            [{"IS_TITLE": True}, word, {"LOWER": {"IN": ["và", "-"]}},
             {"IS_TITLE": True, "ORTH": {"NOT_IN": ["Sở", "Bộ", "Cục", "Ban"]}}, word],
            [{"IS_TITLE": True}, word, {"LOWER": "và"}, {"LOWER": "các"}, word],  # '... Dung Quất và các khu công nghiệp tỉnh'
            [{"IS_TITLE": True}, word, {"LOWER": "-"}, {"IS_TITLE": True, "ORTH": {"NOT_IN": ["Sở", "Bộ", "Cục", "Ban"]}}, word,
             {"LOWER": "và"}, {"IS_TITLE": True, "ORTH": {"NOT_IN": ["Sở", "Bộ", "Cục", "Ban"]}}, word],  # 'Lao động - Thương binh và Xã hội'
            [{"IS_TITLE": True}, word, {"LOWER": "và"}, *_INNOVATION],  # 'Phòng Công nghệ và Đổi mới sáng tạo' ('mới' ends other names)
            _INNOVATION,  # 'Trung tâm Đổi mới sáng tạo'
            _PLANT_CARE,  # 'Chi cục Bảo vệ thực vật' ('thực' ends other names: 'Sở Y tế thực hiện ...')
            [{"IS_TITLE": True}, word, {"LOWER": "và"}, *_PLANT_CARE]]  # 'Chi cục Trồng trọt và Bảo vệ thực vật'  # fmt: skip


_PLANT_CARE = [{"ORTH": "Bảo"}, {"LOWER": "vệ"}, {"LOWER": "thực"}, {"LOWER": "vật"}]
_INNOVATION = [{"ORTH": "Đổi"}, {"LOWER": "mới"}, {"LOWER": "sáng"}, {"LOWER": "tạo"}]


_VILLAGES = ("thôn", "bản", "làng", "xóm", "ấp", "buôn")
_LEVEL_LISTS = ("tỉnh, thành phố", "xã, phường", "phường, xã", "xã, phường, thị trấn", "phường, xã, thị trấn", "xã, thị trấn", "xã, phường, đặc khu",
                "huyện, thành phố", "thành phố, huyện", "huyện, thị xã", "huyện, thị xã, thành phố", "huyện, thành phố, thị xã",
                "quận, huyện", "huyện, quận", "quận, huyện, thị xã", "huyện, thành, thị", "huyện, thị, thành")  # fmt: skip
# (the last two cut short: "Các huyện, thành, thị tiếp 714 lượt")
# 'bản' after these words or before these is a document's, not a village: 'văn bản Hướng dẫn', 'Bản Kế hoạch này'
_NOT_A_VILLAGE = frozenset("văn phiên cơ kịch nguyên xuất dự phó tái ấn".split())
_DOCUMENT_HEADS = frozenset("quy kế hướng cam đồ tin sao án thảo chính gốc tự đăng báo tóm tổng".split())
_SCHOOL_LEVELS = ("mầm non", "tiểu học", "trung học cơ sở", "trung học phổ thông", "thcs", "thpt")
_BOARDING = ("dân tộc nội trú", "dân tộc bán trú", "liên cấp")  # what else a school's grade says
_SCHOOL_STAGES = (*_SCHOOL_LEVELS, "nhà trẻ", "mẫu giáo")  # ... said bare where a list item opens with one
_BRANDS = ("Agribank", "Vietcombank", "VietinBank", "Vietinbank", "BIDV", "Sacombank", "Techcombank", "VPBank", "HDBank", "SHB",
           "LPBank", "EVN", "PVN", "Vietjet")  # (telecom operators are OPERATORS, matched by their mark- and case-free form)
_ARM_WORDS = ["bộ", "binh", "khu", "đoàn", "đội", "lệnh", "chủng", "biên", "phòng", "cảnh", "sát", "biển", "hải", "quân", "không", "công", "pháo", "thiết", "giáp", "đặc",
              "vùng", "cơ", "động", "tên", "lửa", "ra", "đa", "thông", "tin", "hóa", "học"]  # lower-case words of an armed unit's name
_FORCES = ("Công an", "Kiểm lâm", "Hải quan", "Quản lý thị trường", "Kiểm ngư")  # said after 'lực lượng', as the body itself
_ARMS = ("sư đoàn", "trung đoàn", "lữ đoàn", "tiểu đoàn", "hải đoàn", "hải đội", "quân đoàn", "quân khu", "quân chủng", "bộ tư lệnh",
         "đồn")  # the heads of armed units' names
_WHOLE = "whole name"  # the id of a pattern that matches a name to its end, which _trim_name must not cut
_LEVEL_LIST = "level list"  # the id of a pattern of levels ('cấp quận, huyện') or a group ('nhóm 1 có') that takes the word after
# it, for a look ahead
_MEMBERS = "members"  # the id of a pattern of a body's units at some levels, which filter_entities cuts to the levels
_OF_A_KIND = "of a kind"  # the id of a pattern of the units of one kind ('các huyện nghèo'), kept only where a clause is about them


# the words that say what kind of site a name is, between its head and its name ('Khu du lịch tâm linh núi chùa Bái Đính')
_SITE_KINDS = frozenset("biển sinh thái tâm linh quốc gia văn hóa hoá thiên nhiên đặc biệt lịch sử núi chùa thắng cảnh và cách mạng "
                        "kiến trúc nghệ thuật khảo cổ qgđb danh nhà hàng không tế nội địa di tích".split())  # ('Khu di tích danh thắng Yên Tử',
# '... lịch sử nhà Trần', 'Cảng hàng không quốc tế Cần Thơ')
_LANDS = ("đồng bằng", "miền núi", "vùng cao", "vùng sâu", "vùng xa", "hải đảo", "biên giới", "ven biển",
          "đồng bào dân tộc thiểu số", "đồng bào dân tộc")  # kinds of land a report sorts its values by
_LAND = re.compile(rf"(?:khu\s+vực|vùng)\s+(?:{'|'.join(_LANDS)})(?:\s*(?:,|và)\s*(?:{'|'.join(_LANDS)}))*$", re.IGNORECASE)
_UNIT_KINDS = ("đảo", "biên giới", "vùng cao", "miền núi")  # what a unit is, said between its level word and its name


def _level_list(levels: str, **attrs) -> list[dict]:
    """'xã, phường, thị trấn' as token patterns, its commas kept; `attrs` go on each word."""
    return [t for i, level in enumerate(levels.split(", ")) for t in [{"ORTH": ","}][: bool(i)] + [{"LOWER": w, **attrs} for w in level.split()]]


def _patterns() -> list[dict]:
    pats: list[dict] = []
    data = admin_units()
    seen = set()

    def add(label: str, text: str) -> None:
        k = (label, key(text))
        if text and k not in seen:
            seen.add(k)
            pats.append({"label": label, "pattern": text, "id": text})

    for table in ("old_province_names", "province_names"):
        for e in data.get(table, {}).values():
            add("PROVINCE", e["name"])
            add("PROVINCE", e["short"])  # 'Đà Nẵng (58,89%)': a province is named bare
    for name in FORMER_PROVINCES:
        add("PROVINCE", name)
    pats.append({"label": "PROVINCE", "pattern": [{"LOWER": "tp"}, {"ORTH": ".", "OP": "?"}, {"LOWER": "hcm"}]})  # 'TP.HCM'
    pats.append({"label": "PROVINCE", "pattern": [{"LOWER": "tphcm"}]})
    for name in OPERATORS:
        add("AGENCY", name)  # 'phân theo doanh nghiệp: Viettel (324 trạm), VNPT (18 trạm)'; 'Viettel Quảng Ninh' by the heads
    for row in data.get("ward_mapping", []):
        if row.get("old_district"):
            add("DISTRICT", row["old_district"])
        for k in ("old_ward", "new_ward"):
            if row.get(k):
                add("COMMUNE", row[k])
    level = [{"LOWER": {"IN": ["xã", "phường", "huyện", "quận", "tỉnh", "tp", "tx"]}}]
    two = [{"LOWER": {"IN": ["thị", "thành", "đặc"]}}, {"LOWER": {"IN": ["trấn", "xã", "phố", "khu"]}}]
    title = [{"IS_TITLE": True}, {"IS_TITLE": True, "OP": "?"}, {"IS_TITLE": True, "OP": "?"}]
    abbreviated = [{"LOWER": {"IN": ["tp", "tx"]}}, {"ORTH": "."}]  # "TP. Vinh", "TX. Kỳ Anh"
    district = [{"ORTH": "H"}, {"ORTH": "."}]  # "H.Nhơn Trạch"
    for lv in (level, two, abbreviated, district):
        pats.append({"label": "PLACE", "pattern": lv + title})  # names the data lacks (new or misread)
        for kind in _UNIT_KINDS:  # 'Xã đảo Tân Hiệp', 'xã biên giới Thanh Nưa'
            pats.append({"label": "PLACE", "pattern": lv + [{"LOWER": w} for w in kind.split()] + title})
    ubnd = [{"LOWER": {"IN": ["ubnd", "ủy", "uỷ"]}}, {"LOWER": {"IN": ["ban"]}, "OP": "?"},
            {"LOWER": {"IN": ["nhân"]}, "OP": "?"}, {"LOWER": {"IN": ["dân"]}, "OP": "?"}]  # fmt: skip
    police = [{"LOWER": "công", "IS_TITLE": True}, {"LOWER": "an"}]  # 'Công an quận Hà Đông (74.925 hồ sơ)': the police's own
    hospital = [{"LOWER": "bệnh", "IS_TITLE": True}, {"LOWER": "viện"}, {"LOWER": {"IN": ["đa", "khoa"]}, "OP": "*"}]
    for lv in (level, two, abbreviated):
        pats.append({"label": "PLACE", "pattern": ubnd + lv + title})
        pats.append({"label": "AGENCY", "pattern": police + lv + title, "id": _WHOLE})
        pats.append({"label": "AGENCY", "pattern": hospital + lv + title, "id": _WHOLE})  # 'Bệnh viện đa khoa huyện Ba Vì'
    # the youth union, named bare beside the other mass organisations: '- Đoàn Thanh niên: dư nợ ủy thác 617 tỷ đồng' (not any
    # 'Đoàn ...': a delegation, 'Đoàn Sơn La', 'Đoàn Đại biểu Quốc hội tỉnh', is most often the issuer's own)
    pats.append({"label": "AGENCY", "pattern": [{"ORTH": "Đoàn"}, {"LOWER": "thanh"}, {"LOWER": "niên"}]})
    # the police of the whole province or district, named so: 'lực lượng Công an toàn tỉnh đã tuần tra ...' (the 'Công an tỉnh')
    pats.append({"label": "AGENCY", "pattern": [*police, {"LOWER": "toàn"}, {"LOWER": {"IN": ["tỉnh", "huyện", "thành", "thị", "quận"]}},
                                                {"LOWER": {"IN": ["phố", "xã"]}, "OP": "?"}], "id": _WHOLE})  # fmt: skip
    # a hotline named as a body, by its number or its words: 'Tổng đài 111', 'Tổng đài Dịch vụ công 1022', 'Tổng đài điện
    # thoại quốc gia bảo vệ trẻ em' (its number alone is no fact: see core.numbers' _PHONE)
    hotline, number = [{"LOWER": "tổng", "IS_TITLE": True}, {"LOWER": "đài"}], {"TEXT": {"REGEX": r"^\d{3,5}$"}}
    pats.append({"label": "AGENCY", "pattern": [*hotline, {"IS_ALPHA": True, "LOWER": {"NOT_IN": _STOP}, "OP": "+"},
                                                {**number, "OP": "?"}], "id": _WHOLE})  # fmt: skip
    pats.append({"label": "AGENCY", "pattern": [*hotline, number], "id": _WHOLE})  # (not 'Tổng đài' alone: the one named before)
    # the friendship organisations' union every province has, its "các" in lower case or not
    pats.append({"label": "AGENCY", "pattern": [{"LOWER": "liên", "IS_TITLE": True}, {"LOWER": "hiệp"}, {"LOWER": "các"}, {"LOWER": "tổ"},
                                                {"LOWER": "chức"}, {"LOWER": "hữu"}, {"LOWER": "nghị"}, {"LOWER": {"IN": ["tỉnh", "thành"]}, "OP": "?"},
                                                {"LOWER": "phố", "OP": "?"}, {"IS_TITLE": True, "OP": "*"}], "id": _WHOLE})  # fmt: skip
    heads = [["sở"], ["bộ"], ["ban"], ["chi", "nhánh"], ["công", "an"], ["bảo", "hiểm", "xã", "hội"], ["bhxh"],
             ["trung", "tâm"], ["ngân", "hàng"], ["văn", "phòng"], ["cục"], ["tổng", "cục"], ["viện"], ["bệnh", "viện"],
             ["kho", "bạc"], ["đài"], ["báo"], ["tòa", "án"], ["viện", "kiểm", "sát"], ["đảng", "ủy"], ["hội"],
             ["vnpt"], ["viettel"], ["bưu", "điện"], ["trường"], ["trạm"], ["phòng"], ["chi", "cục"], ["đội"],
             ["học", "viện"], ["đại", "học"], ["tập", "đoàn"], ["tổng", "công", "ty"], ["công", "ty"], ["chợ"],
             ["thư", "viện"], ["bảo", "tàng"], ["quỹ"], ["khu", "di", "tích"], ["khu", "lưu", "niệm"], ["khu", "tưởng", "niệm"],
             ["khu", "công", "nghiệp"], ["cụm", "công", "nghiệp"], ["khu", "kinh", "tế"], ["kcn"], ["ccn"], ["kkt"],
             ["khu", "công", "nghệ", "cao"], ["khu", "cnc"],  # ('Khu CNC Hòa Lạc', a high-tech park)
             ["kiểm", "toán"], ["trung", "ương", "đoàn"], ["thông", "tấn", "xã"], ["điện", "lực"], ["thanh", "tra"], ["thủy", "điện"],
             ["htx"], ["hợp", "tác", "xã"], ["liên", "đoàn"], ["tổng", "liên", "đoàn"], ["liên", "hiệp"], ["liên", "minh"],
             ["trại", "giam"], ["xí", "nghiệp"], ["siêu", "thị"], ["chính", "phủ"], ["công", "đoàn"], ["công", "đoàn", "ngành"],
             # ('Chính phủ Hoa Kỳ', a donor; 'Công đoàn ngành Xây dựng', not the sector)
             ["hải", "quan"], ["cục", "hải", "quan"], ["chi", "cục", "hải", "quan"], ["viễn", "thông"]]  # fmt: skip
    # (a customs post, named whole with its head: 'Cục Hải quan | Cao Bằng'; an operator's local unit: 'Viễn thông Định Hóa')
    for h in heads:
        first = [{"LOWER": h[0], "IS_TITLE": True} if h[0] not in ("bhxh", "vnpt", "kcn", "ccn", "kkt", "htx") else {"ORTH": h[0].upper()}]
        for name in _name():
            if h == ["thanh", "tra"]:  # an inspectorate by whom it serves, named: not the issuer's own, 'Thanh tra Sở'
                pats.append({"label": "AGENCY", "pattern": first + [{"LOWER": "tra"}, {"ORTH": {"IN": ["Sở", "Bộ"]}}, *name]})
                name = [{**name[0], "ORTH": {"NOT_IN": ["Sở", "Bộ"]}}, *name[1:]] if name[0].get("IS_TITLE") else name
            pats.append({"label": "AGENCY", "pattern": first + [{"LOWER": w} for w in h[1:]] + name})
        if h[-1] in ("nghiệp", "kcn", "ccn"):  # an industrial park by its number: 'KCN Số 5', 'Cụm công nghiệp số 2', 'KCN
            # Yên Phong 2' (filter_entities gives back a count: 'KCN Quế Võ 3 dự án')
            pats.append({"label": "AGENCY", "pattern": first + [{"LOWER": w} for w in h[1:]] + [{"LOWER": "số"},
                                                                                              {"TEXT": {"REGEX": r"^\d{1,2}[A-Z]?$"}}]})  # fmt: skip
            pats += [{"label": "AGENCY", "pattern": first + [{"LOWER": w} for w in h[1:]] + name + [{"TEXT": {"REGEX": r"^\d$"}}]}
                     for name in _name()]
            # or by its developer's letters: 'KCN VSIP', 'KCN WHA Industrial Zone 1'
            pats.append({"label": "AGENCY", "pattern": first + [{"LOWER": w} for w in h[1:]] + [
                {"IS_UPPER": True, "IS_ALPHA": True, "LENGTH": {">=": 2}}, {"IS_TITLE": True, "OP": "*"}]})
    # a firm by what it makes, said in lower case before its name: 'Công ty gỗ Bình Minh', 'Công ty xi măng Bỉm Sơn'
    goods = {"LOWER": {"IN": ["gỗ", "xi", "măng", "thép", "may", "dệt", "giày", "da", "sữa", "bia", "mía", "đường", "giấy", "gạch",
                               "gốm", "sứ", "chè", "cà", "phê", "cao", "su", "phân", "bón", "than", "thủy", "sản", "thực", "phẩm",
                               "nhựa", "kính", "muối", "nước", "khoáng", "điện", "xăng", "dầu"]}, "IS_LOWER": True}  # fmt: skip
    for name in _name():
        pats.append({"label": "AGENCY", "pattern": [{"LOWER": "công", "IS_TITLE": True}, {"LOWER": "ty"}, goods, {**goods, "OP": "?"}, *name]})
    # a plant, what it makes or treats in lower case before its name: 'Nhà máy đốt rác phát điện Cần Thơ', 'Nhà máy điện gió Hướng
    # Hiệp 1' (whole: its kind holds verbs, 'đốt', 'xử lý', that would end another name; its name in capitals only, not 'Nhà máy
    # gạch ở xã Khe Mo' nor '... Cao Đức | công suất')
    made = {"LOWER": {"NOT_IN": [*_STOP, "ở", "xã", "huyện", "tỉnh", "phường", "quận", "thị", "thành"]}, "IS_LOWER": True, "IS_ALPHA": True}
    capital = {"IS_TITLE": True, "IS_ALPHA": True, "ORTH": {"NOT_IN": ["Sở", "Bộ", "Cục", "Ban"]}}
    pats.append({"label": "AGENCY", "pattern": [{"LOWER": "nhà", "IS_TITLE": True}, {"LOWER": "máy"}, {**made, "OP": "+"}, {**capital, "OP": "+"},
                                                {"TEXT": {"REGEX": r"^\d{1,2}$"}, "OP": "?"}], "id": _WHOLE})  # fmt: skip
    # a site visitors are counted at, its kind in lower case before its name: 'Khu du lịch biển Sầm Sơn', 'Vườn quốc gia
    # Cúc Phương', 'Vườn chim Thung Nham', 'Khu phố cổ Hoa Lư', 'Khu chùa Bái Đính', 'Khu du lịch tâm linh núi chùa Bái Đính'
    for site in (["khu", "du", "lịch"], ["khu", "phố", "cổ"], ["khu", "chùa"], ["khu", "đền"], ["khu", "danh", "thắng"],
                 ["khu", "bảo", "tồn"], ["vườn", "quốc", "gia"], ["vườn", "chim"], ["khu", "di", "tích"], ["khu", "lưu", "niệm"],
                 ["di", "tích"], ["đền"], ["chùa"], ["văn", "miếu"], ["miếu"], ["đình"], ["vịnh"], ["công", "viên"], ["cố", "đô"],
                 ["cáp", "treo"], ["cảng"], ["quần", "thể"], ["hoàng", "thành"], ["vườn", "thú"], ["địa", "đạo"], ["làng", "cổ"],
                 ["thành", "cổ"], ["điểm", "du", "lịch"]):
        # 'Di tích lịch sử và thắng cảnh Phủ Na', 'Quần thể danh thắng Tràng An', 'Đền Sòng', 'Vịnh Hạ Long', 'Công viên Sun
        # World', 'Cố đô Hoa Lư', in lower case inside a list too: 'chùa Bái Đính ước đón 170.000 lượt khách', 'cáp treo
        # Fansipan Sa Pa đã đón ...'; a port or airport: 'cảng Vũng Áng đón 298 lượt tàu', 'Cảng Hàng không Pleiku đã khai thác
        # 52 chuyến bay'; 'Hoàng thành Thăng Long đón 19.680 lượt khách', 'Vườn thú Hà Nội', 'Địa đạo Củ Chi', 'Làng cổ Đường Lâm'
        kind = {"LOWER": {"IN": sorted(_SITE_KINDS)}, "OP": "*"}  # ('Khu di tích quốc gia đặc biệt Côn Sơn - Kiếp Bạc')
        lower_kind = {"LOWER": {"IN": sorted(_SITE_KINDS - {"và"})}, "OP": "*"}  # (not a count's unit: 'Can Lộc: 1 di tích và Cẩm Xuyên')
        for name in _name():
            pats.append({"label": "AGENCY", "pattern": [{"LOWER": site[0], "IS_TITLE": True}, *[{"LOWER": w} for w in site[1:]],
                                                        kind, *name]})  # fmt: skip
            pats.append({"label": "AGENCY", "pattern": [{"LOWER": site[0], "IS_LOWER": True}, *[{"LOWER": w} for w in site[1:]],
                                                        lower_kind, *name]})  # fmt: skip
    # a container terminal by its operator's letters: 'Cảng CMIT đạt sản lượng 909.145 TEUs', 'Cảng TCIT'
    pats.append({"label": "AGENCY", "pattern": [{"ORTH": "Cảng"}, {"IS_UPPER": True, "IS_ALPHA": True, "LENGTH": {">=": 3}}]})
    for name in _name():  # a reservoir: '- Hồ Định Bình: dung tích hiện có ...', 'Hồ chứa Tả Trạch', in a list too: 'hồ Sông
        # Sào (Nghệ An) 106%' (not 'Hồ Chí Minh'); a pumping station or a dam: 'Trạm bơm Bến Đình', 'đập Ea H'Ra 1'
        pats.append({"label": "AGENCY", "pattern": [{"ORTH": {"IN": ["Hồ", "hồ"]}}, {"LOWER": "chứa", "OP": "?"},
                                                    {**name[0], "ORTH": {"NOT_IN": ["Chí"]}}, *name[1:]]})  # fmt: skip
        pats.append({"label": "AGENCY", "pattern": [{"LOWER": "trạm"}, {"LOWER": "bơm"}, *name]})
        pats.append({"label": "AGENCY", "pattern": [{"ORTH": {"IN": ["Đập", "đập"]}}, *name, {"TEXT": {"REGEX": r"^\d{1,2}$"}, "OP": "?"}]})
    for name in _name():  # a border gate, named in lower case too: 'qua cửa khẩu Móng Cái', 'cửa khẩu quốc tế Lao Bảo', 'Cửa
        # khẩu cầu Bắc Luân II', 'Cửa khẩu Ga đường sắt quốc tế Đồng Đăng'
        pats.append({"label": "AGENCY", "pattern": [{"LOWER": "cửa"}, {"LOWER": "khẩu"}, {"LOWER": {"IN": ["quốc", "tế", "chính", "phụ", "cầu"]},
                                                                                     "OP": "*"}, *name, {"TEXT": {"REGEX": r"^I{1,3}$"}, "OP": "?"}]})  # fmt: skip
    # ...and an informal crossing, by its milestone and place: 'Lối mở Km 3+4 Hải Yên', 'lối mở Bản Chắt'
    pats.append({"label": "AGENCY", "pattern": [{"LOWER": "lối"}, {"LOWER": "mở"}, {"TEXT": {"REGEX": r"^(?:Km|\d+|\+)$"}, "OP": "*"},
                                                {"IS_TITLE": True, "OP": "+"}], "id": _WHOLE})  # fmt: skip
    for ub in ("ủy", "uỷ"):  # 'Ủy ban Dân tộc', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'; not 'Ủy ban Nhân dân tỉnh', a place's
        for name in _name():
            pats.append({"label": "AGENCY", "pattern": [{"LOWER": ub, "IS_TITLE": True}, {"LOWER": "ban"},
                                                        {**name[0], "LOWER": {"NOT_IN": ["nhân"]}}, *name[1:]]})  # fmt: skip
    # bodies every province has whose names hold a word that would end a name ('làm', 'cao'), with their place
    for body in ("Trung tâm Dịch vụ việc làm", "Bệnh viện Y học cổ truyền", "Ban Quản lý Khu công nghệ cao",
                 "Văn phòng Đăng ký đất đai", "Chi nhánh Văn phòng Đăng ký đất đai", "Cơ sở cai nghiện ma túy",
                 "Cơ sở cai nghiện", "Quỹ Bảo vệ và phát triển rừng", "Phòng giao dịch Ngân hàng Chính sách xã hội",
                 "Phòng giao dịch NHCSXH", "Trung tâm Giáo dục thường xuyên", "Trung tâm Giáo dục thường xuyên - Hướng nghiệp",
                 "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"):  # (often written in lower case)
        words = [{"LOWER": w.lower(), "IS_TITLE": True} if i == 0 and w != "Chi" else {"LOWER": w.lower()}
                 for i, w in enumerate(body.split())]  # 'các chi nhánh Văn phòng Đăng ký đất đai': the branches, as one
        pats.append({"label": "AGENCY", "pattern": words + [{"LOWER": {"IN": ["tỉnh", "thành", "huyện"]}, "OP": "?"},
                                                            {"LOWER": "phố", "OP": "?"}, {"IS_TITLE": True, "OP": "*"}], "id": _WHOLE})  # fmt: skip
        pats.append({"label": "AGENCY", "pattern": words + [{"LOWER": w} for w in "và các khu công nghiệp".split()],
                     "id": _WHOLE})  # 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp'
    # an operator's local branch, by its place's name alone: 'Viễn thông Tam Bình', 'Viễn thông Tuyên Quang'
    pats.append({"label": "AGENCY", "pattern": [{"LOWER": "viễn", "IS_TITLE": True}, {"LOWER": "thông"}, {"IS_TITLE": True},
                                                {"IS_TITLE": True, "OP": "*"}], "id": _WHOLE})  # fmt: skip
    # a project board by what it builds, in lower case to its initials: 'Ban QLDA đầu tư xây dựng các công trình DD&CN',
    # 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh'
    trade = {"LOWER": {"NOT_IN": [*_STOP, *_LEVELS, "thành", "thị", "đứng", "và"]}, "IS_ALPHA": True, "IS_TITLE": False,
             "IS_UPPER": False, "OP": "*"}  # its place ends it: not 'Ban Quản lý dự án phát triển tỉnh đứng đầu'
    builds = [trade, {"LOWER": "và", "OP": "?"}, trade, {"IS_UPPER": True, "OP": "*"}, {"ORTH": "&", "OP": "?"},
              {"IS_UPPER": True, "OP": "*"}, {"LOWER": {"IN": ["tỉnh", "huyện", "thành", "thị"]}, "OP": "?"},
              {"LOWER": {"IN": ["phố", "xã"]}, "OP": "?"}, {"IS_TITLE": True, "OP": "*"}]  # fmt: skip
    for board in (["qlda"], ["quản", "lý", "dự", "án"]):
        pats.append({"label": "AGENCY", "pattern": [{"LOWER": "ban", "IS_TITLE": True}] + [{"LOWER": w} for w in board] + builds,
                     "id": _WHOLE})  # fmt: skip
        pats.append({"label": "AGENCY", "pattern": [{"LOWER": "ban", "IS_TITLE": True}] + [{"LOWER": w} for w in board]
                     + [{"TEXT": {"REGEX": r"^\d{1,3}$"}}], "id": _WHOLE})  # ...or by its number: 'Ban Quản lý dự án 85' (a ministry's)
    # a hotline by its name and number: 'Tổng đài Dịch vụ công 1022'; or by what it is for, in lower case: 'Tổng đài điện
    # thoại quốc gia bảo vệ trẻ em', 'Đường dây nóng tư vấn và hỗ trợ nạn nhân của mua bán người'
    for line in (["tổng", "đài"], ["đường", "dây", "nóng"]):
        pats.append({"label": "AGENCY", "pattern": [{"LOWER": line[0], "IS_TITLE": True}, *[{"LOWER": w} for w in line[1:]],
                                                    {"LOWER": {"NOT_IN": _STOP}, "IS_ALPHA": True, "IS_TITLE": False},
                                                    *([{"LOWER": {"NOT_IN": _STOP}, "IS_ALPHA": True, "OP": "*"},
                                                       {"LOWER": {"IN": ["và", "của"]}, "OP": "?"}] * 2),
                                                    {"LOWER": {"NOT_IN": _STOP}, "IS_ALPHA": True, "OP": "*"}], "id": _WHOLE})  # fmt: skip
    pats.append({"label": "AGENCY", "pattern": [{"LOWER": "tổng", "IS_TITLE": True}, {"LOWER": "đài"}, {"IS_TITLE": True},
                                                {"LOWER": {"NOT_IN": _STOP}, "IS_ALPHA": True, "OP": "*"},
                                                {"TEXT": {"REGEX": r"^1\d{2,3}$"}, "OP": "?"}], "id": _WHOLE})  # fmt: skip
    # a group of deputies by the constituency it serves: 'Tổ đại biểu Quốc hội đơn vị bầu cử số 1'
    pats.append({"label": "AGENCY", "pattern": [{"LOWER": "tổ", "IS_TITLE": True}, {"LOWER": "đại"}, {"LOWER": "biểu"},
                                                {"LOWER": {"IN": ["quốc", "hội", "hđnd"]}, "OP": "+"},
                                                *[{"LOWER": w} for w in "đơn vị bầu cử số".split()], {"TEXT": {"REGEX": r"^\d{1,2}$"}}],
                 "id": _WHOLE})  # fmt: skip
    # an economic zone by the border gate it grows around: 'Khu kinh tế cửa khẩu quốc tế Lệ Thanh'
    pats.append({"label": "AGENCY", "pattern": [{"LOWER": "khu", "IS_TITLE": True}, {"LOWER": "kinh"}, {"LOWER": "tế"}, {"LOWER": "cửa"},
                                                {"LOWER": "khẩu"}, {"LOWER": {"IN": ["quốc", "tế", "chính", "phụ"]}, "OP": "*"},
                                                {"IS_TITLE": True}, {"IS_TITLE": True, "OP": "*"}], "id": _WHOLE})  # fmt: skip
    # a bank or group known by its brand alone: 'Riêng Agribank, đến nay đã làm sạch dữ liệu của gần 11 triệu khách hàng'
    pats.append({"label": "AGENCY", "pattern": [{"ORTH": {"IN": list(_BRANDS)}}]})
    # a school by its grade's initials: 'Trường THPT Phan Bội Châu', 'Trường ĐH Vinh'
    pats.append({"label": "AGENCY", "pattern": [{"LOWER": "trường", "IS_TITLE": True}, {"IS_UPPER": True},
                                                {"LOWER": "chuyên", "OP": "?"}, {"IS_TITLE": True}, {"IS_TITLE": True, "OP": "*"},
                                                {"TEXT": {"REGEX": r"^\d$"}, "OP": "?"}]})  # fmt: skip  ('Trường THPT chuyên Lam
    # Sơn', 'Trường THPT Quảng Xương 1')
    # ...or by its grade in words, lower case or not: 'Trường mầm non Hoa Ngọc Lan', 'Trường Phổ thông dân tộc nội trú Tiểu học
    # và Trung học cơ sở Khuất Xá'
    stage = {"LOWER": {"IN": sorted({w for g in (*_SCHOOL_LEVELS, *_BOARDING) for w in g.split()} | {"phổ", "thông", "và", "mẫu", "giáo"})}}
    for name in _name():
        pats.append({"label": "AGENCY", "pattern": [{"LOWER": "trường", "IS_TITLE": True}, {**stage, "OP": "+"}, *name,
                                                    {"TEXT": {"REGEX": r"^\d$"}, "OP": "?"}], "id": _WHOLE})  # ('... Bông Sen 1')
    # ...or by a date or its number: 'Trường Mầm non 2.9', 'Trường Mầm non 19.5', 'Trường Tiểu học số 2'
    for number in ([{"TEXT": {"REGEX": r"^\d{1,2}\.\d{1,2}$"}}], [{"LOWER": "số"}, {"TEXT": {"REGEX": r"^\d{1,2}$"}}]):
        pats.append({"label": "AGENCY", "pattern": [{"LOWER": "trường", "IS_TITLE": True}, {**stage, "OP": "+"}, *number], "id": _WHOLE})
    # ...or by them alone, as a list of schools writes it: 'THPT Quốc học 29,75 điểm', 'THPT số 1 Tuy Phước 22,5 điểm'
    # (filter_entities drops 'THPT Quốc gia', the examination)
    grade = {"ORTH": {"IN": list(_SCHOOL_GRADES)}}
    for name in _name():
        pats.append({"label": "AGENCY", "pattern": [grade, *name]})
    pats.append({"label": "AGENCY", "pattern": [grade, {"LOWER": "số"}, {"TEXT": {"REGEX": r"^\d{1,2}$"}}, {"IS_TITLE": True},
                                                {"IS_TITLE": True, "OP": "*"}]})  # fmt: skip
    # ...or by its initials, with the place it serves: 'Sở GD&ĐT', 'Chi cục THADS quận Ba Đình', 'Ủy ban MTTQ Việt Nam tỉnh
    # Quảng Nam' (_with_its_place adds the place's name to its level word)
    up = {"IS_UPPER": True, "IS_ALPHA": True, "LENGTH": {">=": 2}}
    initials = [[up] + [{"ORTH": {"IN": ["&", "-"]}}, up] * n for n in range(4)]  # 'Sở VH-TT-DL', 'Sở LĐ-TB&XH'
    country = [{"LOWER": "việt", "IS_TITLE": True, "OP": "?"}, {"LOWER": "nam", "OP": "?"}]
    for h in [*heads, ["ủy", "ban"], ["uỷ", "ban"]]:
        first = [{"LOWER": h[0], "IS_TITLE": True}] + [{"LOWER": w} for w in h[1:]]
        for block in initials:
            pats.append({"label": "AGENCY", "pattern": first + block})
            for lv in (level, two):
                pats.append({"label": "AGENCY", "pattern": first + block + country + lv})
    head_words = sorted({w for h in heads for w in h[:1]})
    lower_word = {"IS_ALPHA": True, "IS_TITLE": False, "IS_UPPER": False, "LOWER": {"NOT_IN": _STOP}}
    # a company by its legal form, then its name in capitals or initials, the trade it names in lower case
    # between: 'Công ty TNHH Phương Cường Phúc', 'Công ty TNHH thủy hải sản H.A', 'Công ty TNHH đầu tư & xây dựng V.C'
    form = [{"LOWER": "công", "IS_TITLE": True}, {"LOWER": "ty"}, {"LOWER": {"IN": ["tnhh", "cp"]}}, {"LOWER": "mtv", "OP": "?"}]
    trade = [{**lower_word, "OP": "?"}] * 4 + [{"ORTH": "&", "OP": "?"}] + [{**lower_word, "OP": "?"}] * 3
    initial = {"TEXT": {"REGEX": r"^[A-ZĐ]$"}}
    pats.append({"label": "AGENCY", "pattern": form + [{"IS_TITLE": True}, {"IS_TITLE": True, "OP": "*"}], "id": _WHOLE})
    pats.append({"label": "AGENCY", "pattern": form + trade + [initial, {"ORTH": "."}, initial], "id": _WHOLE})
    # ...or its trade in a word that holds a lower-case syllable, then its name: 'Công ty TNHH MTV Lâm nghiệp Bến Hải'
    pats.append({"label": "AGENCY", "pattern": form + [{"IS_TITLE": True}, lower_word, {"IS_TITLE": True}, {"IS_TITLE": True, "OP": "*"}],
                 "id": _WHOLE})  # fmt: skip
    for h in heads:  # a name with a comma in it: "Sở Lao động, Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và Du lịch"
        first = [{"LOWER": h[0], "IS_TITLE": True}] + [{"LOWER": w} for w in h[1:]]
        pats.append({"label": "AGENCY", "pattern": first + [{"IS_TITLE": True}, {**lower_word, "OP": "?"}, {"ORTH": ","},
                     {"IS_TITLE": True, "LOWER": {"NOT_IN": head_words}}, {**lower_word, "OP": "?"}, {"LOWER": "và"},
                     {"IS_TITLE": True}, {**lower_word, "OP": "?"}]})  # fmt: skip
    # bodies named by their level alone: "Bảo hiểm xã hội tỉnh", "Kho bạc Nhà nước huyện", "Văn phòng UBND tỉnh"
    # "Công an tỉnh", "Thanh tra huyện", "Tòa án nhân dân tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Trụ sở Tiếp công dân tỉnh"
    by_level = (["bảo", "hiểm", "xã", "hội"], ["kho", "bạc", "nhà", "nước"], ["cục", "thuế"], ["văn", "phòng", "ubnd"],
                ["văn", "phòng", "hđnd"], ["văn", "phòng", "ủy", "ban", "nhân", "dân"], ["công", "an"], ["thanh", "tra"],
                ["tòa", "án", "nhân", "dân"], ["viện", "kiểm", "sát", "nhân", "dân"], ["bộ", "chỉ", "huy", "quân", "sự"],
                ["liên", "đoàn", "lao", "động"], ["thư", "viện"], ["bảo", "tàng"], ["trụ", "sở", "tiếp", "công", "dân"], ["bưu", "điện"],
                ["thi", "hành", "án", "dân", "sự"])  # fmt: skip
    for h in by_level:
        first = [{"LOWER": h[0], "IS_TITLE": True}] + [{"LOWER": w} for w in h[1:]]
        pats.append({"label": "AGENCY", "pattern": first + [{"LOWER": {"IN": ["tỉnh", "huyện", "thành", "thị"]}},
                                                            {"LOWER": {"IN": ["phố", "xã"]}, "OP": "?"}]})  # fmt: skip
        # its head acts for it: "Giám đốc Công an tỉnh ban hành 2.200 văn bản"
        pats.append({"label": "AGENCY", "pattern": [{"LOWER": "giám", "IS_TITLE": True}, {"LOWER": "đốc"}] + first
                     + [{"LOWER": {"IN": ["tỉnh", "huyện", "thành", "thị"]}}, {"LOWER": {"IN": ["phố", "xã"]}, "OP": "?"}]})
    # a branch named by its area: "Bảo hiểm xã hội cơ sở Khe Sanh", "Bảo hiểm xã hội khu vực II"
    pats.append({"label": "AGENCY", "pattern": [{"LOWER": "bảo", "IS_TITLE": True}, {"LOWER": "hiểm"}, {"LOWER": "xã"},
                                                {"LOWER": "hội"}, {"LOWER": {"IN": ["cơ", "khu"]}}, {"LOWER": {"IN": ["sở", "vực"]}},
                                                {"TEXT": {"REGEX": r"^(?:[A-ZĐ]|[IVX]+$)"}}, {"IS_TITLE": True, "OP": "*"}]})  # fmt: skip
    # an armed unit by its arm and number: 'Sư đoàn Bộ binh 330', 'Trung đoàn 896', 'Bộ Tư lệnh Vùng Cảnh sát biển 4', 'Hải đoàn
    # Biên phòng 28', 'Đồn Biên phòng A Nông'; and a border guard's command by its province: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau'
    word = {"IS_ALPHA": True, "LOWER": {"NOT_IN": _STOP}, "OP": "*"}
    arm_words = [{**word, "IS_TITLE": True}, {**word, "LOWER": {"IN": _ARM_WORDS}}]  # not a verb: 'Đồn Biên phòng X | kiểm soát 900'
    for arm in [a.split() for a in _ARMS]:
        head = [{"LOWER": arm[0], "IS_TITLE": True}, *[{"LOWER": w} for w in arm[1:]]]
        for words in arm_words:
            pats.append({"label": "AGENCY", "pattern": head + [words, {"TEXT": {"REGEX": r"^\d{1,4}$"}}], "id": _WHOLE})
        pats.append({"label": "AGENCY", "pattern": head + [{"IS_TITLE": True}, {"IS_TITLE": True, "OP": "*"}]})
    pats.append({"label": "AGENCY", "pattern": [{"LOWER": "đồn", "IS_TITLE": True}, {"LOWER": "biên"}, {"LOWER": "phòng"},
                                                {"LOWER": {"IN": ["cửa", "khẩu", "cảng", "quốc", "tế"]}, "OP": "*"},
                                                {"IS_TITLE": True, "OP": "*"}, {"TEXT": {"REGEX": r"^\d{1,4}$"}, "OP": "?"}], "id": _WHOLE})
    # (and a border gate's: 'Đồn Biên phòng cửa khẩu cảng Sa Kỳ'); the border guard and the coast guard by their arm: 'Bộ đội Biên
    # phòng tỉnh xử lý 8 vụ', 'Cảnh sát biển Vùng 4'
    pats.append({"label": "AGENCY", "pattern": [{"LOWER": "bộ", "IS_TITLE": True}, {"LOWER": "đội"}, {"LOWER": "biên"}, {"LOWER": "phòng"},
                                                {"LOWER": "tỉnh", "OP": "?"}, {"IS_TITLE": True, "OP": "*"}], "id": _WHOLE})
    pats.append({"label": "AGENCY", "pattern": [{"LOWER": "cảnh", "IS_TITLE": True}, {"LOWER": "sát"}, {"LOWER": "biển"},
                                                {"LOWER": "vùng", "IS_TITLE": True, "OP": "?"}, {"TEXT": {"REGEX": r"^\d$"}, "OP": "?"}],
                 "id": _WHOLE})  # fmt: skip
    # a party organisation under a committee, by the body it is in: 'Đảng bộ Quân sự thành phố kết nạp 17 đảng viên', 'Đảng bộ
    # Khối Doanh nghiệp thành phố', 'Đảng bộ Khối các cơ quan tỉnh' (normalize drops 'Đảng bộ', as writers do)
    level = [{"LOWER": {"IN": ["tỉnh", "huyện", "quận", "thị", "thành"]}}, {"LOWER": {"IN": ["xã", "phố"]}, "OP": "?"}]
    word = {"IS_ALPHA": True, "LOWER": {"NOT_IN": [*_STOP, *_LEVELS]}, "OP": "?"}
    for body in ([{"ORTH": "Quân"}, {"LOWER": "sự"}], [{"ORTH": "Khối"}, {"IS_TITLE": True}, word, word, word, word],
                 [{"ORTH": "Khối"}, {"LOWER": "các"}, {"LOWER": "cơ"}, {"LOWER": "quan"}]):
        pats.append({"label": "AGENCY", "pattern": [{"ORTH": "Đảng"}, {"LOWER": "bộ"}, *body, *level], "id": _WHOLE})
    # a force named by the word for one, which a report of another body lists them by: 'Lực lượng Kiểm lâm phát hiện 34 vụ'
    for name in _FORCES:
        first, *rest = name.lower().split()
        force = [{"LOWER": "lực"}, {"LOWER": "lượng"}, {"LOWER": first, "IS_TITLE": True}, *[{"LOWER": w} for w in rest]]
        pats.append({"label": "AGENCY", "pattern": force, "id": _WHOLE})
        whole = [{"LOWER": "toàn", "OP": "?"}] if name == "Công an" else []  # ('lực lượng Công an toàn tỉnh': the 'Công an tỉnh';
        # not 'lực lượng Kiểm lâm toàn tỉnh', most often the issuer's own rangers)
        pats.append({"label": "AGENCY", "pattern": force + whole + [{"LOWER": {"IN": ["tỉnh", "huyện", "quận", "xã", "phường"]}},
                                                            {"IS_TITLE": True, "OP": "*"}], "id": _WHOLE})  # 'Lực lượng Công an tỉnh'
    border = [{"LOWER": "bộ", "IS_TITLE": True}] + [{"LOWER": w} for w in "chỉ huy bộ đội biên phòng".split()]
    pats.append({"label": "AGENCY", "pattern": border + [{"LOWER": {"IN": ["tỉnh", "thành"]}, "OP": "?"}, {"LOWER": "phố", "OP": "?"},
                                                         {"IS_TITLE": True, "OP": "*"}], "id": _WHOLE})  # fmt: skip
    # a village or an urban quarter, by its name or its number: 'thôn Suối Chải', 'Thôn 3', 'bản Nà Sáy', 'tổ dân phố số 5'
    hamlet = [[{"LOWER": {"IN": list(_VILLAGES)}}], [{"LOWER": "tổ"}, {"LOWER": "dân"}, {"LOWER": "phố"}], [{"LOWER": "khu"}, {"LOWER": "phố"}]]
    numbered = {"TEXT": {"REGEX": r"^\d{1,2}[A-Z]?$"}}
    for h in hamlet:
        pats.append({"label": "VILLAGE", "pattern": h + title + [{**numbered, "OP": "?"}]})
        pats.append({"label": "VILLAGE", "pattern": h + [{"LOWER": "số", "OP": "?"}, numbered]})
    # a kind of area: 'Riêng khu vực đô thị, có trên 86% người hưởng ...'
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "khu"}, {"LOWER": "vực"}, {"LOWER": {"IN": ["đô", "thành", "nông"]}},
                                               {"LOWER": {"IN": ["thị", "thôn"]}}]})  # fmt: skip
    # ...and a kind of land, alone or a few together: 'Khu vực miền núi, hải đảo, biên giới, phấn đấu ...', 'vùng đồng bằng'
    lands = [[{"LOWER": w} for w in land.split()] for land in _LANDS]
    for head in ([{"LOWER": "khu"}, {"LOWER": "vực"}], [{"LOWER": "vùng"}]):
        for a in lands:
            pats.append({"label": "GROUP", "pattern": head + a})
            for b in lands:
                pats.append({"label": "GROUP", "pattern": head + a + [{"ORTH": {"IN": [",", "và"]}}] + b})
                pats += [{"label": "GROUP", "pattern": head + a + [{"ORTH": ","}] + b + [{"ORTH": ","}] + c} for c in lands]
    # a former province's area inside a merged one: 'Khu vực phía Tây (tỉnh Đắk Lắk cũ)'
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "khu"}, {"LOWER": "vực"}, {"LOWER": "phía"},
                                               {"LOWER": {"IN": ["tây", "đông", "nam", "bắc"]}}]})  # fmt: skip
    # a body at every level, as one group: 'Ủy ban kiểm tra (UBKT) các cấp', 'cấp ủy các cấp', 'Tòa án nhân dân các cấp'
    for body in _BODIES_OF_ALL_LEVELS:
        words = [{"LOWER": w} for w in body.split()]
        aside = [{"ORTH": "("}, {"IS_UPPER": True}, {"ORTH": ")"}]
        pats += [{"label": "GROUP", "pattern": words + a + [{"LOWER": "các"}, {"LOWER": "cấp"}]} for a in ([], aside)]
    # the police of a level: 'Công an cấp huyện' (not the level: 'cấp huyện' alone is the districts)
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "công"}, {"LOWER": "an"}, {"LOWER": "cấp"},
                                               {"LOWER": {"IN": ["tỉnh", "huyện", "xã"]}}]})  # fmt: skip
    # ...and the police of all units of a level, as one: 'Công an các quận đã phát hiện 117 vụ', 'công an các địa phương'
    police = [{"LOWER": "công"}, {"LOWER": "an"}, {"LOWER": "các"}]
    pats += [{"label": "GROUP", "pattern": police + level} for level in (
        [{"LOWER": {"IN": ["quận", "huyện", "xã", "phường"]}}], [{"LOWER": "địa"}, {"LOWER": "phương"}])]
    # a police branch by what it polices, its name going on past 'về' or in initials: 'Phòng Cảnh sát quản lý hành chính
    # về trật tự xã hội', 'Phòng Cảnh sát PCCC&CNCH', '(lực lượng) Cảnh sát điều tra tội phạm về ma túy'
    for branch in _POLICE_BRANCHES:
        words = [{"ORTH": w} if w in ("PCCC", "CNCH", "&") else {"LOWER": w} for w in branch.split()]
        for head in ([{"LOWER": {"IN": ["phòng", "đội", "cục"]}, "IS_TITLE": True}, {"LOWER": "cảnh"}],
                     [{"LOWER": "cảnh", "IS_TITLE": True}]):
            pats.append({"label": "AGENCY", "pattern": head + [{"LOWER": "sát"}] + words, "id": _WHOLE})
    groups = ["tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "cơ sở", "sở", "bộ", "trung ương", "địa phương", *_SCHOOL_LEVELS]
    for g in groups:
        pats.append({"label": "GROUP", "pattern": [{"LOWER": "cấp"}] + [{"LOWER": w} for w in g.split()]})
    pats += [{"label": "GROUP", "pattern": [{"LOWER": "cấp"}, *_level_list(levels), {"IS_TITLE": False}], "id": _LEVEL_LIST}
             for levels in _LEVEL_LISTS]  # 'Cấp quận, huyện: 74 người' (not 'Ở cấp huyện, thị xã Hòa Thành ...': a name after it)
    for g in _SCHOOL_LEVELS:  # 'Bậc học mầm non: 171/218 trường', 'bậc tiểu học'
        pats.append({"label": "GROUP", "pattern": [{"LOWER": "bậc"}, {"LOWER": "học", "OP": "?"}] + [{"LOWER": w} for w in g.split()]})
    pats += [{"label": "GROUP", "pattern": [{"LOWER": w} for w in g.split()]} for g in _SCHOOL_STAGES]
    tier = {"LOWER": {"IN": ["tỉnh", "huyện", "xã"]}}  # a health or inspection tier: 'tuyến tỉnh', 'Ở tuyến huyện, xã, ...'
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "tuyến"}, tier, {"ORTH": ",", "OP": "?"}, {**tier, "OP": "?"}]})
    one_level = [{"LOWER": "cấp"}, {"LOWER": {"IN": ["tỉnh", "sở", "huyện", "xã", "thcs", "thpt"]}}]
    for joint in ("và", ","):  # 'cấp tỉnh và cấp huyện', 'Bộ phận một cửa cấp huyện, cấp xã'
        pats.append({"label": "GROUP", "pattern": one_level + [{"LOWER": joint}] + one_level})
    pats.append({"label": "GROUP", "pattern": one_level + [{"ORTH": ","}] + one_level + [{"LOWER": {"IN": ["và", ","]}}]
                 + one_level})  # 'cấp tỉnh, cấp huyện và cấp xã': all three, or each of them 'lần lượt'
    # a sector: 'Ngành Y tế: 213/213 cơ sở ...', 'ngành Giáo dục và Đào tạo'
    for sector in SECTORS:
        pats.append({"label": "GROUP", "pattern": [{"LOWER": "ngành"}] + [{"LOWER": w} for w in sector.lower().split()]})
    word = {"LOWER": {"NOT_IN": _STOP}, "IS_ALPHA": True, "IS_TITLE": False}  # 'khối bộ, ngành', not 'Bộ Công Thương'
    member = {**word, "LOWER": {"NOT_IN": [*_STOP, "một", "những", "nhiều", "thuộc", "đóng", "dù", "tuy", "mặc", "nhưng", "ubnd", "hđnd",
                                           "hướng", "tuyên", "phối", "hỗ", "triển", "kết"]}}  # not 'khối dân vận hướng dẫn'  # fmt: skip
    # not 'khối địa phương, một số tỉnh', 'Khối bệnh viện công lập thuộc Thành phố', '... ngoài công lập, dù ...',
    # 'KHỐI QUẬN, HUYỆN | UBND quận Cẩm Lệ ...' (a heading, then a name)
    first = {**word, "LOWER": {"NOT_IN": [*_STOP, "phố", "lượng", "lớp", "nhà", "các", "này", "đó", "ấy", "trượt", "đất", "đá", "bê", "khí"]}}
    # not 'khối phố', 'khối lượng', 'khối lớp 1', 'khối nhà' (a building), 'khối trượt' (a landslide's mass); nor 'Khối này gồm 19
    # cơ quan' under the heading that named it
    members = [first, {"ORTH": ",", "OP": "?"}, {**member, "OP": "*"}, {"ORTH": ",", "OP": "?"}, {**member, "OP": "*"}]
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "khối"}, {"LOWER": "các", "OP": "?"}, *members]})
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "khối"}, {"LOWER": {"IN": ["ubnd", "ủy", "uỷ"]}}, {"LOWER": "ban", "OP": "?"},
                                               {"LOWER": "nhân", "OP": "?"}, {"LOWER": "dân", "OP": "?"},
                                               *members]})  # 'Khối UBND quận, huyện'  # fmt: skip
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "khối"}, first, {**member, "OP": "*"}, {"LOWER": "trực"}, {"LOWER": "thuộc"},
                                               {"LOWER": {"IN": ["sở", "bộ"]}}]})  # 'khối đơn vị trực thuộc Sở'  # fmt: skip
    level_of = [{"LOWER": "cấp"}, {"LOWER": {"IN": ["tỉnh", "huyện", "xã", "bộ", "trung"]}}, {"LOWER": "ương", "OP": "?"}]
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "khối"}, first, {**word, "OP": "*"}] + level_of})  # 'khối cơ quan cấp tỉnh'
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "khối"}, first, {**word, "OP": "*"}, {"LOWER": "trung"},
                                               {"LOWER": "ương"}]})  # 'Khối cơ quan Trung ương đóng trên địa bàn'
    lower = {"IS_TITLE": False, "IS_UPPER": False}  # 'các bộ, ngành', 'các sở, ngành': not 'Bộ Tài chính'
    pats.append({"label": "GROUP", "pattern": [{"LOWER": {"IN": ["bộ", "sở"]}, **lower}, {"ORTH": ",", "OP": "?"},
                                               {"LOWER": "ngành"}]})  # fmt: skip
    # ...capitalised too where a line or sentence opens with it, its comma telling it from a name: '- Bộ, ngành đạt 61%'
    # (filter_entities keeps a capitalised one there only); 'sở, ban, ngành' in any case
    pats.append({"label": "GROUP", "pattern": [{"LOWER": {"IN": ["bộ", "sở"]}}, {"ORTH": ","}, {"LOWER": "ngành"}]})
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "sở"}, {"ORTH": ","}, {"LOWER": "ban"}, {"ORTH": ","}, {"LOWER": "ngành"}]})
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "địa", **lower}, {"LOWER": "phương"}]})  # kept after 'của' only
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "trung"}, {"LOWER": "ương"}]})  # kept where a clause opens 'Ở trung ương,'
    # kept after an average's 'của' only: 'giá trị trung bình ... của các tỉnh, thành phố đạt 86,98%'
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "tỉnh", **lower}, {"ORTH": ","}, {"LOWER": "thành"},
                                               {"LOWER": "phố"}]})  # fmt: skip
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "các"}, {"LOWER": "tỉnh", **lower}]})  # 'Bình quân các tỉnh đạt ...'
    for levels in _LEVEL_LISTS:  # 'Các xã, phường tiếp nhận tối thiểu 60% hồ sơ': the units of those levels, together
        pats.append({"label": "GROUP", "pattern": [{"LOWER": "các"}, *_level_list(levels, **lower)]})
    # ...and those left of a level once some were named, wherever they stand: 'các xã, phường còn lại mỗi nơi 1 bộ', 'Tại các khu
    # công nghiệp còn lại: 343 dự án'
    for levels in (*_LEVEL_LISTS, "xã", "phường", "huyện", "quận", "thị xã", "tỉnh", "khu công nghiệp"):
        pats.append({"label": "GROUP", "pattern": [{"LOWER": "các"}, *_level_list(levels, **lower), {"LOWER": "còn"}, {"LOWER": "lại"}]})
    # ...and a body's members at those levels, together: 'Mặt trận các xã, thị trấn đã trao tặng 391 suất quà', 'Hội Nông dân
    # các quận, huyện đã tổ chức 135 buổi' (filter_entities keeps the levels, where the body opens its sentence)
    led = [{"IS_TITLE": True, "LOWER": {"IN": sorted({*head_words, "mặt", "đoàn", "chủ", "ủy", "uỷ", "liên", "lực"}
                                                      - {"khu", "cụm", "kcn", "ccn", "kkt", "chợ", "trường", "quỹ", "báo", "thanh", "thủy"})}},
            {"TEXT": {"REGEX": r"^(?:[A-ZĐ]\w*|an|dân|trận|tịch|ban|nhân|niên|chiến|binh|tế|động|hội|hiệp|nữ|đoàn|quốc|tra|án|kiểm|sát)$"},
             "LOWER": {"NOT_IN": [*_STOP, *_LEVELS]}, "OP": "*"},
            {"LOWER": "các"}]  # its name's words, capitalised or those of a body's name ('Công an', 'Hội Liên hiệp Phụ nữ',
    # 'Tòa án nhân dân'): not 'Công an tỉnh phối hợp các xã'  # fmt: skip
    for levels in _LEVEL_LISTS[1:]:  # (not the provinces; 'Tòa án nhân dân huyện, thành phố thụ lý ...' needs no 'các')
        pats.append({"label": "GROUP", "pattern": led + _level_list(levels), "id": _MEMBERS})
        pats.append({"label": "GROUP", "pattern": led[:-1] + _level_list(levels), "id": _MEMBERS})
    # 'các bộ, cơ quan ngang bộ', 'sở, ban, ngành', 'cơ quan ngang bộ, cơ quan thuộc Chính phủ'
    body = [{"LOWER": {"IN": ["bộ", "sở", "ban", "ngành"]}, **lower}]
    peer = [{"LOWER": "cơ", **lower}, {"LOWER": "quan"}, {"LOWER": "ngang"}, {"LOWER": "bộ"}]
    pats.append({"label": "GROUP", "pattern": body + [{"ORTH": ","}] + peer})
    pats.append({"label": "GROUP", "pattern": body + [{"ORTH": ","}] + peer + [{"ORTH": ","}, {"LOWER": "cơ"}, {"LOWER": "quan"},
                                                                             {"LOWER": "thuộc"}, {"LOWER": "chính"}, {"LOWER": "phủ"}]})
    pats.append({"label": "GROUP", "pattern": peer})
    # ...and 'sở, cơ quan tương đương sở', how a city ranks its departments with the bodies of their rank
    like = [{"LOWER": "cơ", **lower}, {"LOWER": "quan"}, {"LOWER": "tương"}, {"LOWER": "đương"}, {"LOWER": {"IN": ["sở", "bộ"]}}]
    pats.append({"label": "GROUP", "pattern": body + [{"ORTH": ","}] + like})
    # the provincial offices of central bodies, as one: 'các cơ quan ngành dọc trung ương đóng trên địa bàn'
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "cơ", **lower}, {"LOWER": "quan"}, {"LOWER": "ngành"}, {"LOWER": "dọc"},
                                               {"LOWER": "trung", "OP": "?"}, {"LOWER": "ương", "OP": "?"}]})  # fmt: skip
    # the bodies of one kind, as one, opening what they did: 'Các cơ quan điều tra trong Công an nhân dân đã thụ lý 637 vụ
    # án', 'các cơ quan thi hành án đã thi hành xong 1.500 việc' (not the issuer's own apparatus, 'các cơ quan chuyên
    # môn', 'các cơ quan hành chính nhà nước', which its reports label with no subject)
    for kind in ("điều tra", "thi hành án", "khu vực", "báo chí", "tiến hành tố tụng", "tư pháp"):
        group = [{"LOWER": "các"}, {"LOWER": "cơ"}, {"LOWER": "quan"}, *[{"LOWER": w} for w in kind.split()]]
        pats.append({"label": "GROUP", "pattern": group})
        pats.append({"label": "GROUP", "pattern": group + [{"LOWER": "trong"}, {"IS_TITLE": True},
                                                           {"LOWER": {"NOT_IN": _STOP}, "IS_ALPHA": True, "OP": "*"}], "id": _WHOLE})
    # ...and the courts, procuracies and investigators of a level, or of two: 'Cơ quan điều tra cấp huyện đã khởi tố 67
    # vụ', 'Viện kiểm sát cấp huyện đã truy tố 63 vụ', 'Tòa án hai cấp đã đưa ra xét xử 84/86 bị cáo'
    by_level = ([{"LOWER": "cấp"}, {"LOWER": {"IN": ["tỉnh", "huyện", "xã"]}}], [{"LOWER": {"IN": ["hai", "2"]}}, {"LOWER": "cấp"}])
    for kind in ("cơ quan điều tra", "viện kiểm sát", "tòa án", "toà án", "cơ quan thi hành án"):
        words = [{"LOWER": w} for w in kind.split()] + [{"LOWER": "nhân", "OP": "?"}, {"LOWER": "dân", "OP": "?"}]
        pats += [{"label": "GROUP", "pattern": words + level} for level in by_level]
    # a kind of enterprise by its owners: 'doanh nghiệp có vốn đầu tư nước ngoài', 'khối doanh nghiệp FDI', 'Doanh nghiệp
    # dân doanh: 1,16 triệu đồng/người', 'công ty TNHH một thành viên do Nhà nước nắm giữ 100% vốn điều lệ'
    for owners in _FIRM_OWNERS:
        pats.append({"label": "GROUP", "pattern": [{"LOWER": "doanh"}, {"LOWER": "nghiệp"}, *[{"LOWER": w} for w in owners.split()]]})
    for form in ("tnhh", "trách nhiệm hữu hạn"):
        for one in ("mtv", "một thành viên"):
            words = [{"LOWER": w} for w in f"công ty {form} {one} do nhà nước nắm giữ".split()]
            share = [{"TEXT": {"REGEX": r"^\d+(?:[,.]\d+)?%?$"}}, {"ORTH": "%", "OP": "?"}]
            pats.append({"label": "GROUP", "pattern": words + share + [{"LOWER": w} for w in ("vốn", "điều", "lệ")]})
    # the inspectorates of a kind of body, as one: 'Thanh tra các sở, ngành đã triển khai 704 cuộc', 'Lực lượng thanh tra
    # chuyên ngành đã thực hiện 659 cuộc'
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "thanh"}, {"LOWER": "tra"}, {"LOWER": "các", "OP": "?"}, {"LOWER": "sở"},
                                               {"ORTH": ",", "OP": "?"}, {"LOWER": "ban", "OP": "?"}, {"ORTH": ",", "OP": "?"},
                                               {"LOWER": "ngành"}]})  # fmt: skip
    for levels in _LEVEL_LISTS:  # ...and of a level's units: 'Thanh tra các huyện, thị xã, thành phố đã triển khai 84 cuộc'
        pats.append({"label": "GROUP", "pattern": [{"LOWER": "thanh"}, {"LOWER": "tra"}, {"LOWER": "các", "OP": "?"}, *_level_list(levels)]})
    for levels in _LEVEL_LISTS[1:]:  # ...and the tax branches of a level's units: 'Các chi cục thuế quận, huyện thu 6.194 tỷ đồng'
        pats.append({"label": "GROUP", "pattern": [{"LOWER": "các", "OP": "?"}, {"LOWER": "chi", **lower}, {"LOWER": "cục"},
                                                   {"LOWER": "thuế"}, *_level_list(levels)]})  # fmt: skip
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "lực"}, {"LOWER": "lượng"}, {"LOWER": "thanh"}, {"LOWER": "tra"},
                                               {"LOWER": "chuyên"}, {"LOWER": "ngành"}]})  # fmt: skip
    # the armed forces' units, as one payer or actor: 'Các đơn vị lực lượng vũ trang thu được 537 triệu đồng'
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "các"}, {"LOWER": "đơn"}, {"LOWER": "vị"}, {"LOWER": "thuộc", "OP": "?"},
                                               {"LOWER": "lực"}, {"LOWER": "lượng"}, {"LOWER": "vũ"}, {"LOWER": "trang"}]})  # fmt: skip
    # a class of a ranking: "nhóm A có 06 tỉnh", "nhóm II gồm 12 đơn vị"
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "nhóm"}, {"TEXT": {"REGEX": r"^(?:[A-E]|I{1,3}|IV|V)$"}}]})
    # ...or its number, which a word of having or a colon must follow: 'Nhóm 1 có 9 tỉnh', 'Nhóm 4 gồm 22 tỉnh' (not 'Nhóm 5
    # tỉnh dẫn đầu', a count)
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "nhóm"}, {"TEXT": {"REGEX": r"^\d$"}}, {"LOWER": {"IN": ["có", "gồm", ":"]}}],
                 "id": _LEVEL_LIST})  # fmt: skip
    # ...by its grade or its order: "Nhóm Khá gồm 6 đơn vị", "ở nhóm Trung bình khá", "Nhóm thứ hai có 15 đơn vị"
    grade = {"LOWER": {"IN": ["xuất", "tốt", "khá", "trung", "yếu", "kém"]}, "IS_TITLE": True}
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "nhóm"}, grade, {"LOWER": {"IN": ["sắc", "bình", "khá", "tốt"]}, "OP": "*"}]})
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "nhóm"}, {"LOWER": "thứ"}, {"LOWER": {"IN": ["nhất", "hai", "ba", "tư", "năm"]}}]})
    # ...or by where it stands in a ranking's quartiles: "nhóm cao nhất gồm 16 tỉnh", "nhóm đạt điểm thấp nhất", "nhóm trung
    # bình cao", "nhóm tứ phân vị thấp" (not "nhóm cao tuổi")
    high_low = {"LOWER": {"IN": ["cao", "thấp"]}}
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "nhóm"}, high_low, {"LOWER": "nhất"}]})
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "nhóm"}, {"LOWER": "đạt"}, {"LOWER": "điểm"}, high_low, {"LOWER": "nhất", "OP": "?"}]})
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "nhóm"}, {"LOWER": "trung"}, {"LOWER": "bình"}, high_low]})
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "nhóm"}, {"LOWER": "tứ"}, {"LOWER": "phân"}, {"LOWER": "vị"}, high_low, {"LOWER": "nhất", "OP": "?"}]})
    # a region of the country: "vùng Đông Nam Bộ đạt 89,44%", "Đồng bằng sông Cửu Long (87,37%)"
    for name in REGIONS:
        pats.append({"label": "GROUP", "pattern": f"vùng {name}", "id": name})
        pats.append({"label": "GROUP", "pattern": [{"LOWER": "khu"}, {"LOWER": "vực"}, *[{"ORTH": w} for w in name.split()]]})
    # ...called 'khu vực': 'khu vực Tây Nguyên có 6.968 hộ', 'khu vực phía Đông' of a province
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "khu"}, {"LOWER": "vực"}, {"LOWER": "phía"},
                                               {"ORTH": {"IN": ["Bắc", "Nam", "Đông", "Tây"]}}, {"ORTH": {"IN": ["Bắc", "Nam"]}, "OP": "?"}]})
    # ...or of a province, by its land: 'vùng ven biển có 84 doanh nghiệp', 'vùng miền núi có 35'
    for land in ("ven biển", "miền núi", "đồng bằng", "trung du", "kinh tế - xã hội"):
        pats.append({"label": "GROUP", "pattern": [{"LOWER": "vùng"}] + [{"LOWER": w} for w in land.split()]})
    for name in REGIONS[:BARE_REGIONS]:
        pats.append({"label": "GROUP", "pattern": name, "id": name})
    # a third of the country: 'miền Bắc có 3 đại diện, miền Nam có 7' (not 'miền núi'); or its provinces by their side:
    # 'các địa phương phía Bắc đã thu hoạch 736.600 ha', 'các tỉnh phía Nam'
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "miền"}, {"LOWER": {"IN": ["bắc", "trung", "nam"]}, "IS_TITLE": True}]})
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "miền"}, {"LOWER": "núi"}, {"LOWER": "phía"}, {"ORTH": "Bắc"}], "id": "miền núi phía Bắc"})
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "thế"}, {"LOWER": "giới"}], "id": "world"})  # 'Trên thế giới hiện có ...'
    # the airports or airlines as a whole: 'các cảng hàng không đã phục vụ 13 nghìn lượt', 'Các hãng hàng không Việt Nam vận chuyển ...'
    pats.append({"label": "GROUP", "pattern": [{"LOWER": "các"}, {"LOWER": {"IN": ["cảng", "hãng"]}}, {"LOWER": "hàng"}, {"LOWER": "không"},
                                               {"LOWER": {"IN": ["quốc", "việt"]}, "OP": "?"}, {"LOWER": {"IN": ["tế", "nam"]}, "OP": "?"}],
                 "id": "air"})  # fmt: skip
    pats.append({"label": "GROUP", "pattern": [{"LOWER": {"IN": ["địa", "tỉnh"]}}, {"LOWER": "phương", "OP": "?"}, {"LOWER": "phía"},
                                               {"ORTH": {"IN": ["Bắc", "Nam"]}}]})  # fmt: skip
    # the units of one kind, which a report on poverty breaks its figures down by: 'Tại các huyện nghèo, tỷ
    # lệ hộ nghèo còn 33%', 'Đối với các xã đặc biệt khó khăn'
    for kind in ("nghèo", "đặc biệt khó khăn", "an toàn khu", "bãi ngang", "biên giới", "vùng III"):  # ('Mạng di động tại các xã
        # biên giới có 137 trạm'; not 'các huyện miền núi', 'các xã ven biển', which older writers mostly leave without one)
        pats.append({"label": "GROUP", "pattern": [{"LOWER": "các"}, {"LOWER": {"IN": ["huyện", "xã"]}}, *[{"LOWER": w} for w in kind.split()]],
                     "id": _OF_A_KIND})  # fmt: skip
    # a religion and its branches, which a report on religious affairs breaks its figures down by: 'Công giáo', 'Phật giáo
    # Nam tông Khmer', 'Tin lành Việt Nam (miền Nam)', 'Cao Đài Ban Chỉnh đạo', 'Tịnh độ Cư sĩ Phật hội Việt Nam'
    branch = {"LOWER": {"IN": ["bắc", "nam", "hoa", "tông", "khmer", "hòa", "hảo"]}, "OP": "*"}
    for faith in RELIGIONS:
        words = [{"LOWER": w.lower(), "IS_TITLE": True} if i == 0 else {"LOWER": w.lower()} for i, w in enumerate(faith.split())]
        pats.append({"label": "GROUP", "pattern": words + [branch], "id": _WHOLE})
        pats.append({"label": "GROUP", "pattern": words + [{"IS_TITLE": True}, {"IS_TITLE": True, "OP": "*"}, {"LOWER": {
            "NOT_IN": _STOP}, "IS_ALPHA": True, "OP": "*"}], "id": _WHOLE})  # fmt: skip
        pats.append({"label": "GROUP", "pattern": words + [{"LOWER": "việt"}, {"LOWER": "nam"}, {"ORTH": "("}, {"LOWER": "miền"},
                                                            {"IS_TITLE": True}, {"ORTH": ")"}], "id": _WHOLE})  # fmt: skip
    return pats


def _other_marks(text: str) -> bool:
    """Whether a bare province name is written with marks, and not the marks of any province's name."""
    if strip_marks(text) == text:
        return False
    return old_style_tones(" ".join(text.lower().split())) not in _province_names()


@lru_cache(maxsize=1)
def _province_keys() -> frozenset[str]:
    return frozenset(key(n) for n in _province_names())


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    """Every province's name and short name, lower case, in one spelling of tones ('hoà' and 'hòa' alike)."""
    data = admin_units()
    names = {e[k] for t in ("old_province_names", "province_names") for e in data.get(t, {}).values() for k in ("name", "short")}
    return frozenset(old_style_tones(n.lower()) for n in names | set(FORMER_PROVINCES) | set(_SPELT_OTHERWISE))


def _is_faith(name: str) -> bool:
    return any(name.lower().startswith(r.lower()) for r in RELIGIONS)


RELIGIONS = ("Công giáo", "Phật giáo", "Tin lành", "Cao Đài", "Hồi giáo", "Tịnh độ Cư sĩ Phật hội Việt Nam", "Bửu Sơn Kỳ Hương",
             "Tứ Ân Hiếu Nghĩa", "Bà-la-môn", "Minh Sư Đạo", "Minh Lý Đạo", "Phật giáo Hòa Hảo", "Baha'i", "Đạo Bahá'í")


_POLICE_BRANCHES = ("quản lý hành chính về trật tự xã hội", "giao thông", "phòng cháy chữa cháy và cứu nạn cứu hộ",
                    "phòng cháy , chữa cháy và cứu nạn , cứu hộ", "phòng cháy chữa cháy", "PCCC & CNCH", "PCCC và CNCH",
                    "điều tra tội phạm về ma túy", "điều tra tội phạm về trật tự xã hội", "điều tra tội phạm về tham nhũng , kinh tế , buôn lậu",
                    "cơ động", "hình sự", "kinh tế", "môi trường")  # fmt: skip
SECTORS = ("Y tế", "Giáo dục", "Giáo dục và Đào tạo", "Tư pháp", "Tài chính", "Công an", "Ngân hàng", "Thuế", "Hải quan",
           "Bảo hiểm xã hội", "Văn hóa", "Nông nghiệp", "Tài nguyên và Môi trường", "Giao thông vận tải", "Xây dựng",
           "Công Thương", "Nội vụ", "Lao động", "Kho bạc", "Điện lực", "Bưu điện")  # fmt: skip


# the regions reports compare provinces by: the six socio-economic regions and older names of regions and
# key economic zones; the first BARE_REGIONS are named without 'vùng' too (the others are also plain words:
# 'phía Bắc', 'Tây Bắc' of a district)
REGIONS = ("Trung du và miền núi phía Bắc", "Đồng bằng sông Hồng", "Bắc Trung Bộ và Duyên hải miền Trung",
           "Bắc Trung Bộ và duyên hải Trung Bộ", "Tây Nguyên", "Đông Nam Bộ", "Đồng bằng sông Cửu Long",
           "Duyên hải Nam Trung Bộ", "Tây Nam Bộ",
           "Trung du miền núi phía Bắc", "miền núi phía Bắc", "Tây Bắc", "Đông Bắc", "Bắc Trung Bộ", "Nam Trung Bộ",
           "Duyên hải miền Trung", "Thủ đô", "kinh tế trọng điểm phía Bắc", "kinh tế trọng điểm miền Trung",
           "kinh tế trọng điểm phía Nam", "kinh tế trọng điểm vùng đồng bằng sông Cửu Long", "Bắc Bộ", "Trung Bộ", "Nam Bộ",
           "ĐBSCL", "ĐBSH")  # fmt: skip  (the last two by their initials: 'vùng ĐBSCL trồng rừng đạt 4.980 ha')
BARE_REGIONS = 9
_REGION_KEYS = frozenset(key(r) for r in REGIONS)


@dataclass(frozen=True)
class Subject:
    name: str
    kind: str  # agency | commune | district | province | unit_group


# a commune's or district's own administration, which stands for it (LABELLING.md); not the province's centre
_OWN_ADMINISTRATION = re.compile(r"^(?:Trung\s+tâm\s+Phục\s+vụ\s+hành\s+chính\s+công|Bộ\s+phận\s+(?:một\s+cửa|tiếp\s+nhận"
                                 r"\s+và\s+trả\s+kết\s+quả)|Ban\s+tiếp\s+công\s+dân)\s+(?=(?:xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|thành\s+phố)"
                                 r"\s+(?!quý\s+[IV])(?-i:[A-ZĐÂĂÊÔƠƯ\d]))", re.IGNORECASE)  # fmt: skip  (not '... xã Quý III năm 2025', a quarter)


@lru_cache(maxsize=4096)
def normalize(text: str, label: str) -> Subject:
    """One spelling per unit across reports: 'UBND Xã Kỳ Thượng' -> 'xã Kỳ Thượng', 'TP. Vinh' ->
    'thành phố Vinh', 'Tỉnh Hà Nam' -> 'Hà Nam', marks from the administrative data where the name is in it."""
    words = " ".join(old_style_tones(text).replace(" .", ".").split())
    words = re.sub(r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+", "", words, flags=re.IGNORECASE)
    words = re.sub(r"^(?:Lực lượng|Đảng bộ(?= Quân sự| Khối))\s+", "", words, flags=re.IGNORECASE) if label == "AGENCY" else words
    # 'Lực lượng Kiểm lâm' is the 'Kiểm lâm' (not 'lực lượng thanh tra chuyên ngành', a group), 'Đảng bộ Quân sự tỉnh' the
    # 'Quân sự tỉnh'
    if label == "AGENCY" and (place := re.search(r"\s*\(([^()]+)\)$", words)) and (
            any(f"{place.group(1).lower()} ".startswith(f"{lv} ") for lv in _LEVELS) or key(place.group(1)) in _province_keys()):
        words = words[: place.start()]  # 'Công ty TNHH MTV Nam Nung (huyện Krông Nô)': the firm, and where it stands
    own = _OWN_ADMINISTRATION.sub("", words)  # 'Trung tâm Phục vụ hành chính công xã Tân Long' is the commune,
    city = re.match(r"thành\s+phố\s+(.+)$", own, re.IGNORECASE)  # not '... thành phố Hà Nội', a province's body
    words = words if city and own != words and key(city.group(1)) in _cityprovinces() else own
    words = re.sub(r"^(Công an) toàn\s+", r"\1 ", words)  # 'Công an toàn tỉnh' is the 'Công an tỉnh'
    words = re.sub(r"^TP\.?\s*", "thành phố ", words, flags=re.IGNORECASE)
    words = re.sub(r"^TX\.?\s*", "thị xã ", words, flags=re.IGNORECASE)
    words = re.sub(r"^H\.\s*", "huyện ", words)
    words = re.sub(rf"^(xã|huyện|thị xã|thành phố|đặc khu)\s+(?:{'|'.join(_UNIT_KINDS)})\s+(?=[^\W\d_])", r"\1 ", words,
                   flags=re.IGNORECASE)  # 'xã đảo Tân Hiệp' is 'xã Tân Hiệp'
    m = re.match(r"(thị trấn|thị xã|thành phố|đặc khu|xã|phường|huyện|quận|tỉnh)\s+(.+)$", words, re.IGNORECASE)
    if label in ("GROUP", "AGENCY") and words.isupper() and " " in words and not re.fullmatch(r"(?:KCN|CCN|KKT)(?: [A-Z]+)+", words):
        # ('KCN VSIP' is a park named by its developer's letters, not a heading)
        words = words[0] + words[1:].lower()  # named by a heading in capitals: 'TẠI CẤP XÃ', 'CỦA TRUNG TÂM ...'
    if label == "VILLAGE":
        return Subject(words[0].lower() + words[1:], "village")  # 'Thôn 3' -> 'thôn 3'
    if label == "GROUP":  # 'khối bộ, ngành' and 'bộ, ngành' are one group: the guide writes it without 'khối'
        words = words.rstrip(" ,")
        words = re.sub(r"^khối\s+(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?", "", words, flags=re.IGNORECASE)
        words = re.sub(r"(?:^|(?<=\s))các\s+(?!cấp$)", "", words, flags=re.IGNORECASE)  # 'thanh tra các sở, ngành' is 'thanh tra
        # sở, ngành'; 'công an các cấp' keeps it
        words = re.sub(r"^(cấp \w+)\s*(?:và|,)\s*(cấp \w+)$", r"\1, \2", words, flags=re.IGNORECASE)  # 'cấp tỉnh và cấp huyện'
        words = re.sub(r"^(cấp (?:huyện|xã))\s*,(?!.*cấp).*$", r"\1", words, flags=re.IGNORECASE)  # 'cấp huyện, thị xã, thành phố' is
        # the district tier, 'cấp huyện' (not 'cấp quận, huyện', which writers keep)
        words = re.sub(r"\s*\([A-ZĐ]+\)(?=\s+các\s+cấp$)", "", words)  # 'Ủy ban kiểm tra (UBKT) các cấp'
        if words.lower().endswith(" các cấp"):
            words = " ".join(_GROUP_INITIALS.get(w.lower(), w.lower()) for w in words.split())  # 'UBKT các cấp'
        words = re.sub(r"^Ngành\s", "ngành ", words)
        words = f"vùng {words}" if key(words) in _REGION_KEYS and not words.startswith("miền") else words  # 'Tây Nguyên' is 'vùng Tây
        # Nguyên'; 'miền núi phía Bắc', like 'miền Bắc', is named without it
        named = words.split()[0].isupper() or _is_faith(words)  # ('Công giáo': a name)
        return Subject(words if named else words[0].lower() + words[1:], KINDS["GROUP"])
    if m:
        level, name = m.group(1).lower(), m.group(2)
        kind = _LEVELS[level]
        if label == "PROVINCE" or (kind == "PROVINCE"):
            return Subject(_canonical_province(name), "province")
        if level == "thành phố" and key(name) in _cityprovinces():
            return Subject(_canonical_province(name), "province")  # 'TP. Hồ Chí Minh' is a province
        return Subject(f"{level} {_canonical(level, name)}", KINDS[kind])
    if label == "PROVINCE":
        return Subject(_canonical_province(words), "province")
    if words.split()[0] in _SCHOOL_GRADES:
        words = "Trường " + words  # 'THPT Quốc học' is 'Trường THPT Quốc học'
    return Subject(words[0].upper() + words[1:], KINDS.get(label, "agency"))


_BODIES_OF_ALL_LEVELS = ("ủy ban kiểm tra", "uỷ ban kiểm tra", "ubkt", "cấp ủy", "cấp uỷ", "công an", "tòa án nhân dân",
                         "toà án nhân dân", "tòa án", "viện kiểm sát nhân dân", "viện kiểm sát", "thanh tra", "công đoàn",
                         "hội nông dân", "hội liên hiệp phụ nữ", "hội lhpn", "hội phụ nữ", "hội cựu chiến binh", "đoàn thanh niên",
                         "mặt trận tổ quốc", "ủy ban mặt trận tổ quốc", "mttq", "chính quyền", "quỹ bảo trợ trẻ em",
                         "cơ quan hành chính nhà nước", "ban chỉ đạo", "ban chỉ huy quân sự", "hội đồng nhân dân", "hđnd")
# initials such a group is written with, spelled out so that it matches its written-out name
_GROUP_INITIALS = {"ubkt": "ủy ban kiểm tra", "mttq": "mặt trận tổ quốc", "hđnd": "hội đồng nhân dân", "lhpn": "liên hiệp phụ nữ"}
_SCHOOL_GRADES = ("THPT", "THCS", "PTDTNT", "PTDTBT", "PTTH", "TH&THCS", "THCS&THPT")


@lru_cache(maxsize=1)
def _cityprovinces() -> frozenset[str]:
    """Keys of the cities that are provinces ('ho chi minh', 'da nang'): 'thành phố Vinh' is not one."""
    return frozenset(key(e["short"]) for t in ("old_province_names", "province_names")
                     for e in admin_units().get(t, {}).values() if e["name"].startswith("Thành phố"))  # fmt: skip


def _canonical_province(name: str) -> str:
    return provinces().get(key(name)) or _PROVINCE_SHORT.get(key(name), name)


_PROVINCE_SHORT = {"hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "thua thien - hue": "Thừa Thiên Huế"}  # 'TP.HCM', 'TPHCM', and the
# dash some write in the old name


@lru_cache(maxsize=1)
def _unit_names() -> dict[str, set[str]]:
    """'xa ky thuong' -> {'Kỳ Thượng'}: the marked names of the communes and districts in the data, several
    where marks alone tell them apart ('Quảng Thọ', 'Quang Thọ')."""
    out: dict[str, set[str]] = defaultdict(set)
    for row in admin_units().get("ward_mapping", []):
        for k in ("old_district", "old_ward", "new_ward"):
            full = row.get(k)
            if full and (m := re.match(r"(Thị trấn|Thị xã|Thành phố|Đặc khu|Xã|Phường|Huyện|Quận)\s+(.+)$", full)):
                out[f"{key(m.group(1))} {key(m.group(2))}"].add(m.group(2))
                out[f"{key(m.group(1))} {key(m.group(2)).replace(' ', '')}"].add(m.group(2))  # 'Đakrông' for 'Đa Krông'
    return dict(out)


@lru_cache(maxsize=1)
def _marked_syllables() -> frozenset[str]:
    """The syllables of the data's names written with an apostrophe ('r'lấp', 'm'gar', 'h'leo'), which scans lose."""
    return frozenset(w.lower() for names in _unit_names().values() for n in names for w in n.split() if "'" in w)


def _is_unit(level: str, name: str) -> bool:
    """Whether the data has a unit of that level by that name ('huyện', 'Lạc Dương')."""
    return f"{key(level)} {key(name)}" in _unit_names()


def _canonical(level: str, name: str) -> str:
    """The data's spelling of a name: the one the text wrote, up to case, else the only one there is,
    unless that one has no marks where the text has some (the data writes 'Xã Na Son' for Na Sơn)."""
    written = " ".join(w[:1].upper() + (w[1:].lower() if name.isupper() else w[1:]) for w in name.split())
    known = _unit_names().get(f"{key(level)} {key(name)}", set())
    if known and all(key(n) != key(name) for n in known):
        return written  # the name run together ('Đakrông'): as the text writes it
    same = sorted((n for n in known if n.lower() == written.lower()), key=lambda n: (n != written, n))  # (the data may hold
    # one name in two cases, "B'Lao" and "B'lao": the text's own, else one fixed choice, whatever the set's order)
    only = next(iter(known)) if len(known) == 1 else written
    return same[0] if same else written if key(only) == only.lower() != written.lower() else only


@Language.component("attach_subjects")
def attach_subjects(doc: Doc) -> Doc:
    """For each number, the entity of its clause it is about: the one right after its unit
    ('323 thủ tục cấp huyện', '... tại xã X'), else the nearest before it ('Đà Nẵng (58,89%)'), else
    a topic that opens the sentence ('Ở cấp xã, ...; 5 TTHC ...'). Two entities joined by 'và' name
    no single subject."""
    all_ents = list(doc.ents)
    found: dict[int, Subject] = {}
    doc.user_data["national_average"] = set()
    claimed: dict[int, int] = {}  # entity start -> clause start, for names that follow their own number
    heads: dict[int, tuple[int, Subject] | None] = {}  # sentence start -> the group it opens with
    said: tuple[int, Subject] | None = None  # the last number with a subject, and that subject
    topics = _topics(doc, all_ents)
    founding = [e for e in all_ents if e.label_ in ("COMMUNE", "DISTRICT", "PROVINCE")
                and [t.lower_ for t in doc[max(0, e.start - 2) : e.start]] == ["thành", "lập"]]  # fmt: skip
    for tok in doc:
        if not tok.text[:1].isdigit() or any(e.start <= tok.i < e.end for e in all_ents):
            continue
        clause_start = _clause_start(doc, tok.i)
        ents = [e for e in all_ents if not _counted_by(doc, tok, e) and not _qualifies_a_fraction(doc, e)
                and not (_is_level(e) and _says_what_is_counted(doc, e)) and not _field_of_a_number(doc, e, tok)
                and not _field_led(doc, e)]
        if founding and (founded := _founded(doc, tok, founding)) is not None:
            found[_at(doc, tok.i)] = _subject(doc, founded)  # '99,97% cử tri đồng ý thành lập xã X trên cơ sở nhập ...'
            continue
        sent_start = _sentence_start(doc, tok.i)
        after = _ranked_name(doc, tok, ents) or next((e for e in ents if tok.i < e.start <= tok.i + 7 + _AUTHORITY_WORDS and (e.start <= tok.i + 7 or (
                          e.label_ == "AGENCY" and e.start <= tok.i + 7 + _authority(doc, tok.i + 1, e.start)))
                      and not _class_joined(doc, e) and _plain(doc, tok.i + 1, e.start)
                      and not _labels_next(doc, tok.i + 1, e)
                      and not any(t.lower_ in ("và", "hoặc") for t in doc[tok.i + 1 : e.start])
                      and not _compared_with(doc, tok.i + 1, e.start) and not _listed(doc, e, all_ents)
                      and not ("," in [t.text for t in doc[tok.i + 1 : e.start]] and any(x.end == tok.i and x.label_ == "GROUP" for x in ents))
                      # ('trong đó cấp huyện 2 đoàn, cấp xã 52 đoàn': the level before the number, not the next item's)
                      and not ("/" in tok.text and _is_region(e))  # 'thứ 8/13 tỉnh khu vực Tây Nguyên': the field
                      and not (doc[e.start - 1].text == "," and _school_level(e) and _heads_clause(doc, e))  # '294 học sinh, cấp THPT: 270'
                      and (e.label_ == "GROUP" or doc[e.start - 1].lower_ in ("tại", "ở", "thuộc", "của") or _authority(doc, e.start - 2, e.start)
                           or _place_named_after(doc, tok, e) or _made_by(doc, tok, e) or _hamlet_listed(doc, tok, e))), None) \
            or _bracketed_place(doc, tok, ents) or _closing_place(doc, tok, ents)  # fmt: skip
        before = [e for e in ents if clause_start <= e.start and e.end <= tok.i and not _bracketed_elsewhere(doc, e, tok) and not _counted(doc, e)
                  and not _aside(doc, e, clause_start, tok.i) and not _level_of_group(e, ents) and not _class_joined(doc, e)]
        if after is not None:
            claimed[after.start] = clause_start
        pick = after or (before[-1] if before else None)
        if pick is not None and pick is not after and claimed.get(pick.start) == clause_start and any(
            st != pick.start and c == clause_start and st < pick.start for st, c in claimed.items()
        ):
            pick = None  # '18/18 cơ quan cấp tỉnh và 8/8 đơn vị cấp huyện có tỷ lệ 100%': about both, not one
        if pick is not None and pick is not after and pick.end + 1 < len(doc) and doc[pick.end].text == "," \
                and doc[pick.end + 1].is_title and doc[pick.end + 1].i < tok.i:  # fmt: skip
            pick = None  # 'huyện Pác Nặm, Ba Bể, Chợ Mới có 214 ...': one name of a list, not the subject
        if pick is not None and pick is not after and _words(doc, pick.start - 2, pick.start) == "trực thuộc" and (
                owner := next((x for x in before if x.end < pick.start and _words(doc, x.end, x.end + 1) == "là"), None)) is not None:
            pick = owner  # 'Bệnh viện Đa khoa Sơn Tây là bệnh viện hạng II trực thuộc Sở Y tế, quy mô 440 giường': what the
            # sentence says belongs, not to what
        if pick is not None and pick is not after and pick.end < tok.i and doc[pick.end].lower_ == "cùng":
            pick = None  # 'Trung tâm ... tỉnh cùng 104 điểm tiếp nhận cấp xã đã tiếp nhận 156.230 hồ sơ': about both
        if pick is not None and pick is not after and _last_of_list(doc, pick, ents):
            pick = None  # '06 tỉnh Kon Tum, Gia Lai, ..., Bình Phước đã xảy ra 1.800 vụ': the last name of a list
        if pick is not None and pick is not after and (_in_opening_clause(doc, pick, tok, sent_start)
                                                       or _in_cause(doc, pick, tok, clause_start)):
            pick = None  # 'Sau khi hợp nhất Sở A với Sở B, còn 12 phòng', 'Để chi trả ..., Ngân hàng X ...'
        if pick is not None and pick is not after and (merger := _merger(doc, clause_start, pick)) is not None:
            pick = next((x for x in before if x.end <= merger), None)  # 'Phường A hợp nhất các phường B, C và xã D, rộng
            # 56,75 km2', 'Phường A được hợp nhất từ 9 phường của thành phố B cũ': the unit made, not those merged into it
        if pick is not None and pick is not after and _partner(doc, pick):
            pick = next((x for x in reversed(before) if not _partner(doc, x)), None)
            # 'Sở Tư pháp phối hợp với Sở Nội vụ rà soát 120 thủ tục': the one who works with it, if named
        if pick is not None and pick is not after and (_object_of_another_verb(doc, pick, tok) or _not_actor(doc, pick)):
            given = pick.start > 0 and (doc[pick.start - 1].lower_ in ("cho", "vượt", "được") or _words(doc, pick.start - 2, pick.start) == "cho các")
            pick = next((x for x in reversed(before) if x.end < pick.start and not _not_actor(doc, x)
                         and not _object_of_another_verb(doc, x, tok)), None) if given else None
            # 'Bộ Công an đã in cho Bắc Giang được 786.572 thẻ': whom it was done for is not the subject, who did it is, as
            # who passed another is ('Hải Phòng vượt Thái Nguyên, vươn lên vị trí thứ 4'), and what a passive's agent acted on
            # ('Trạm bơm Bến Đình được Sở Kế hoạch và Đầu tư phê duyệt ... 37,5 tỷ đồng');
            # 'UBND tỉnh đã kiện toàn Ban Chỉ đạo tỉnh ... và thành lập 03 tổ công tác', 'do Bộ Nội vụ
            # xác định gồm 8 lĩnh vực', 'được Bộ ... đánh giá xếp thứ 7', 'thuộc nhóm A, tăng 15 bậc'
        if pick is not None and pick is not after:
            pick = _located(pick, ents)  # 'UBND phường Yên Giang (thị xã Quảng Yên) ... 208 hồ sơ'
            pick = _unit_of_parent(doc, pick, ents)  # '- Trung đoàn 896, Bộ Chỉ huy Quân sự tỉnh Cà Mau: 05 công dân'
        if pick is None:
            topic = [e for e in ents if sent_start <= e.start < clause_start and e.start <= sent_start + 3
                     and _word_before(doc, e.start - 2 * (_words(doc, e.start - 2, e.start) == "khu vực")) in ("ở", "tại", "riêng", "với", "đối")
                     and not _titled(doc, e.end, clause_start)]  # fmt: skip ('Tại khu vực Thành phố Hồ Chí Minh (cũ), ...')
            pick = topic[0] if topic else None
        elif pick is not after and pick.label_ == "AGENCY" and _own(key(_subject(doc, pick).name), doc.user_data.get("own", frozenset())) \
                and (place := topics.get(clause_start) or _unit_of_sentence(doc.user_data["actors"].get(sent_start))) is not None \
                and place.label_ in _PLACES and place.end <= pick.start:  # fmt: skip
            pick = place  # 'Tại tỉnh Thanh Hóa, lực lượng Quản lý thị trường thu giữ 1,8 tấn' in a report of the force's head office:
            # where the issuer's own force acts, the place the sentence opens with
        block = doc.user_data["blocks"].get(sent_start) if pick is None and _counts_members(doc, tok) else None
        pick = pick or block  # '1. Khối sở, ban, ngành ... 11 đơn vị xếp loại Khá': its members' count
        opened, carried = topics.get(clause_start), _unit_of_sentence(doc.user_data["actors"].get(sent_start))
        if pick is None and not _whole_area(doc, clause_start, tok.i, opened):
            pick = opened  # the actor the sentence or its paragraph opened with
        if pick is None and not _whole_area(doc, clause_start, tok.i, carried):
            pick = carried  # 'Xã X có ...; lực lượng viên chức có 13 người'
        joint = None
        if pick is not None and pick is not after and pick.start >= 2 and doc[pick.start - 1].lower_ == "và" and any(
            e.end == pick.start - 1 for e in ents
        ):  # 'A và B là 2 đơn vị dẫn đầu': about both; under a 'Khối ...' lead-in, about its members
            joint = _joint_places(doc, pick, ents, clause_start)
            pick = doc.user_data["blocks"].get(sent_start) if _counts_members(doc, tok) else None
        if pick is not None:
            pick = doc.user_data["anaphors"].get(pick.start, pick)
            pick = None if _unnamed_administration(pick) else pick
        if pick is not None and pick is not block:
            pick = _part_of_actor(doc, pick, doc.user_data["actors"].get(sent_start))
        if sent_start not in heads:
            heads[sent_start] = _head_group(doc, sent_start)
        head = heads[sent_start]
        if head is not None and (tok.i < head[0] or _names_group(doc, tok, head[1])):
            pick = None  # the total the members are counted from, or a count named by the group: no subject
        elif head is not None and pick is None:
            found[_at(doc, tok.i)] = head[1]
            continue
        if pick is not None and pick.label_ == "GROUP" and pick.end - pick.start == 2 and pick[0].lower_ == "cấp" and \
                _counts_units(doc, tok, _FAMILY.get(_LEVELS.get(pick[1].lower_, ""), ())):  # fmt: skip
            pick = None  # 'Cấp huyện: 4/17 huyện đã hoàn thành': the level says what is counted (LABELLING.md)
        if pick is not None and pick.label_ == "GROUP" and _words(doc, pick.start, pick.start + 2) == "doanh nghiệp" and _counts_units(
                doc, tok, ("doanh nghiệp", "dn")):  # fmt: skip
            pick = None  # '- Doanh nghiệp trong nước: 1.222 doanh nghiệp': the kind says what is counted (LABELLING.md)
        if pick is not None and pick.label_ == "AGENCY" and _counts_units(doc, tok, _UNITS):
            pick = None  # 'Trung tâm ... tỉnh duy trì bộ phận một cửa tại 10 huyện, thành phố': units, no body's
        if pick is not None and pick is not after and pick not in before and "/" not in tok.text and _counts_units(
                doc, tok, _OWN_LEVEL.get(pick.label_, ())):  # fmt: skip
            pick = None  # '3. Quảng Ngãi tăng nhiều nhất. Có 3 tỉnh giảm điểm ...': carried over a count of units of its own level
        own_words = _after_last_number(doc, max(clause_start, tok.i - 12), tok.i)
        if (pick is None or pick is not after and pick.start < own_words) and _NATIONAL_AVERAGE.search(
                words := doc[own_words : tok.i].text) and not _COMPARED_TO.search(words):  # fmt: skip
            found[_at(doc, tok.i)] = _AVERAGE_OF_PROVINCES  # 'Điểm trung bình cả nước là 42,269 điểm'
            doc.user_data["national_average"].add(_at(doc, tok.i))
        elif pick is not None:
            average = _average_of_level(doc, pick) or pick.text.lower() == "tỉnh"  # 'bình quân các tỉnh'
            found[_at(doc, tok.i)] = _AVERAGE_OF_PROVINCES if average else _subject(doc, pick)
        elif joint is not None:
            found[_at(doc, tok.i)] = joint  # 'thị xã Cửa Lò và thành phố Vinh có 623 cán bộ': the two together
        elif said is not None and said[0] >= sent_start and _part_of_last(doc, said[0], tok.i, all_ents):
            found[_at(doc, tok.i)] = said[1]  # '... cấp xã đã tiếp nhận 116.749 hồ sơ; trong đó có 116.723 hồ sơ ...': its part
        if _at(doc, tok.i) in found:
            said = (tok.i, found[_at(doc, tok.i)])
    found.update(_respectively(doc, all_ents))
    doc.user_data["subjects"] = found
    return doc


_AVERAGE_OF_PROVINCES = Subject("tỉnh, thành phố", "unit_group")  # LABELLING.md: the national average's subject
_NATIONAL_AVERAGE = re.compile(r"(?:trung\s+bình|bình\s+quân)(?:\s+chung)?(?:\s+của)?\s+cả\s+nước", re.IGNORECASE)  # no entity
_COMPARED_TO = re.compile(r"(?<![^\W\d_])hơn(?![^\W\d_])", re.IGNORECASE)  # '(cao hơn mức trung bình của cả nước 1,1 điểm)': the gap


def _titled(doc: Doc, start: int, end: int) -> bool:
    """Whether a line that ends with a word, its next opening with a capital, stands between tokens start and end: a
    heading without a number ('Kết quả ở cấp cơ sở | Mặt trận các xã ...'), whose topic is not the sentence's."""
    return any("\n" in _gap(doc, j) and doc[j - 1].is_alpha and doc[j].is_title for j in range(start + 1, end + 1))


def _after_last_number(doc: Doc, start: int, i: int) -> int:
    """Where the words of number i begin: after the number before it, if one stands between start and i."""
    return next((j + 1 for j in range(i - 1, start - 1, -1) if doc[j].text[:1].isdigit()), start)


def _average_of_level(doc: Doc, e: Span) -> bool:
    """'Giá trị DTI trung bình cấp tỉnh năm 2023 là 0,6783', 'giá trị trung bình kinh tế số cấp tỉnh của cả nước':
    the provinces' average, the national one (what is averaged and its year may stand between: 'trung bình DTI
    năm 2022 cấp tỉnh'; not 'bình quân ở cấp tỉnh', the province's own bodies)."""
    words = _words(doc, e.start - 6, e.start)
    return e.label_ == "GROUP" and e.text.lower() == "cấp tỉnh" and bool(re.search(r"(?:trung bình|bình quân)(?: (?!(?:ở|tại)\b)(?:[^\W\d]+|\d{4}))*$", words))


_AFTER_HEAD = ("có", "trong", "đã", "các", "nhóm")  # 'Trong khối các sở, ban, ngành, nhóm xếp loại xuất sắc có ...'


def _head_group(doc: Doc, start: int) -> tuple[int, Subject] | None:
    """'Trong (tổng số) 8 huyện, thành phố, có 5 địa phương ...': the group a sentence opens with, whose
    members the counts after its comma are about (LABELLING.md), and where that comma stands."""
    i = start
    if i + 3 >= len(doc) or doc[i].lower_ != "trong":
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in ("tổng", "số", "khối", "các"):
        i += 1
    if i < len(doc) and not doc[i].text.isdigit() and doc[i - 1].lower_ == "các":
        i -= 1  # 'Trong các tỉnh, thành phố, có 12 địa phương ...': the group, with no count
    elif i >= len(doc) or not doc[i].text.isdigit():
        return None
    comma = next((j for j in range(i + 2, min(len(doc), i + 10)) if not doc[j].is_alpha and doc[j].text != ","
                  or (doc[j].text == "," and j + 1 < len(doc) and (doc[j + 1].lower_ in _AFTER_HEAD or doc[j + 1].is_title))
                  or doc[j].lower_ == "có" and doc[i].lower_ == "các"), None)  # 'Trong các sở, ban, ngành, Sở A ...', '... các huyện có 13'
    if comma is not None and doc[comma].lower_ == "có":
        return (comma, group) if (group := _members_group(doc[i + 1 : comma].text)) is not None else None
    assessed = next((j for j in range(i + 2, min(len(doc), i + 12)) if doc[j].lower_ == "được"), None)
    if (comma is None or doc[comma].text != ",") and assessed is not None:  # 'Trong số 44 cơ quan, đơn vị, địa
        comma = next((j for j in range(assessed, min(len(doc), assessed + 5)) if doc[j].text == ","), None)  # phương
        words = doc[i + 1 : assessed].text  # được đánh giá, xếp hạng Tốt có 29 ...'
        if comma is not None and all(w in _BODY_WORDS for w in re.split(r"\s*,\s*", words.lower())):
            return comma, Subject(words, KINDS["GROUP"])
        return None
    if comma is None or doc[comma].text != ",":
        return None
    inside = [e for e in doc.ents if i < e.start <= i + 3 and e.end <= comma and e.label_ == "GROUP"]
    if inside:
        return comma, normalize(inside[0].text, "GROUP")
    return (comma, group) if (group := _members_group(doc[i + 1 : comma].text)) is not None else None


def _members_group(words: str) -> Subject | None:
    """'huyện, thị xã, thành phố' as the group it names, when every word of it names members."""
    return Subject(words, KINDS["GROUP"]) if all(w in _MEMBER_WORDS for w in re.split(r"\s*,\s*", words.lower())) else None


# nouns a report names a group of units by: 'Trong 8 huyện, thành phố', 'Trong 21 xã, thị trấn'
_MEMBER_WORDS = frozenset("huyện|thành phố|thị xã|quận|xã|phường|thị trấn|sở|ban|ngành|bộ|địa phương|tỉnh".split("|"))
_BODY_WORDS = _MEMBER_WORDS | {"cơ quan", "đơn vị"}  # ...and the words a count of any members is said in


_HEADING_WORDS = frozenset("kết quả của đối với tại ở thực hiện".split())
_STOP_WORDS = frozenset(_STOP) - _HEADING_WORDS - {"các", "thuộc", "và", "cấp", "số"}


def _line_end(doc: Doc, i: int) -> int:
    return next((j for j in range(i + 1, len(doc)) if "\n" in _gap(doc, j)), len(doc))


def _capitals(doc: Doc, i: int) -> bool:
    """Whether the line token i opens is a short heading in capitals ('XÃ LONG ĐIỀN'), numbered or not."""
    words = [t for t in doc[i : _line_end(doc, i)] if t.is_alpha]
    return 0 < len(words) <= 8 and all(t.is_upper for t in words)


def _heading_subject(doc: Doc, ents, i: int) -> Span | None:
    """'I. KẾT QUẢ CỦA TỈNH BÌNH DƯƠNG', 'b) Đối với huyện Mường Nhé', 'XÃ LONG ĐIỀN', '... HỒ SƠ TẠI CẤP
    XÃ': a heading that names one unit and nothing else, or ends with the unit it is about; the values of its
    section that name none of their own are that unit's."""
    end = _line_end(doc, i)
    if end >= len(doc) or not (_heading_ends(doc, end) or _capitals(doc, i)):
        return None
    named = [e for e in ents if i <= e.start and e.end <= end]
    if named and named[0].end < end and doc[named[0].end].text == "(" and doc[end - 1].text == ")":
        named = named[:1]  # '2. Xã Gia Phú (huyện Bảo Thắng)', '1. Xã Tấn Mỹ (kỳ họp ngày 30/12/2022)': the unit, an aside after it
        end = named[0].end
    if len(named) != 1 or named[0].end != end:
        return None
    words = [t.lower_ for t in doc[i : named[0].start] if t.is_alpha]
    if words and re.fullmatch(r"[ivx]{1,4}|[a-zđ]", words[0]):
        words = words[1:]  # its number
    if words[-2:-1] in (["tại"], ["của"], ["ở"]) and words[-1] in ("các", "những") and named[0].text.lower() != "địa phương":
        words = words[:-1]  # '1. Tại các bộ, cơ quan ngang bộ': the group the section is about
    if words and words[-1] in ("tại", "của", "ở"):  # 'KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TẠI CẤP XÃ'
        return named[0]
    if named[0].label_ == "GROUP" and named[0][0].lower_ == "cấp" and _capitals(doc, i) and words[-1:] != ["cho"]:
        return named[0]  # 'III. KẾT QUẢ THU NGÂN SÁCH CẤP HUYỆN': a level's own section (not '... NHÂN SỰ CHO CẤP XÃ')
    if all(w in _HEADING_WORDS for w in words):
        return named[0]
    # a numbered heading that names what its section counts, then whose: '2. Đại biểu HĐND huyện Hòa Vang', '3. Cửa hàng
    # xăng dầu tại thị xã Bỉm Sơn' (words only, no verb: not '1. Huyện đạt 95% ... huyện X')
    return named[0] if _numbered(doc, i) and named[0].label_ != "GROUP" and not _STOP_WORDS.intersection(words) else None


def _class_joined(doc: Doc, e: Span) -> bool:
    """'Hà Nội đạt 43,96 điểm, thuộc nhóm cao nhất': the class of a ranking one falls in, not whom a value is about."""
    return e.label_ == "GROUP" and e[0].lower_ == "nhóm" and _word_before(doc, e.start) in ("thuộc", "vào", "trong")


def _item_opener(doc: Doc, ents, i: int) -> Span | None:
    """'1. Bệnh viện thành phố Thủ Đức là đơn vị đầu tiên ...': a numbered item that opens with a body or unit as its
    sentence's subject is about it, over the paragraphs of the item that name none of their own."""
    if not _numbered(doc, i) or _depth(doc, i) < 1:
        return None
    first = next((e for e in ents if i <= e.start <= i + 3), None)
    if first is None or first.label_ == "GROUP" or _unnamed_administration(first) or any(t.is_alpha for t in doc[i : first.start]):
        return None
    return first if first.end < len(doc) and doc[first.end].lower_ in _BODY_GOES_ON | {"là"} else None


def _founded(doc: Doc, tok, founding: list[Span]) -> Span | None:
    """The unit a line founds ('thành lập xã Định Mỹ trên cơ sở nhập nguyên trạng xã A, xã B ...'), of the
    units the document founds: the values of that line, its voters' share and count, its area, are the new
    unit's, not those of the units merged."""
    start = next((j for j in range(tok.i, 0, -1) if _line_opens(doc, j)), 0)  # its item, past the page's wrapping
    end = next((j for j in range(tok.i + 1, len(doc)) if _line_opens(doc, j)), len(doc))
    new = [e for e in founding if start <= e.start < end]
    return new[0] if len(new) == 1 else None


def _counts_members(doc: Doc, tok) -> bool:
    words = [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]]
    return bool(words) and (words[0] in _MEMBER_WORDS or " ".join(words) in _BODY_WORDS)


def _heading_mark(doc: Doc, i: int) -> str:
    """The number the line of token i opens with as a heading or item ('1.', 'II.', 'a)'), or ''."""
    text = doc.user_data["text"]
    m = _HEADING_LINE.match(text[text.rfind("\n", 0, _at(doc, i)) + 1 :])
    return m.group().strip() if m else ""


def _depth(doc: Doc, i: int) -> int:
    """How deep the heading line at token i stands: 'II.' and a line in capitals 0, '1.' 1, '1.2.' 2, 'a)' 3."""
    mark = _heading_mark(doc, i)
    return 3 if mark.endswith(")") else mark.count(".") if mark[:1].isdigit() else 0


def _numbered(doc: Doc, i: int) -> bool:
    """Whether token i opens a numbered heading or item ('1. ...', 'II. ...', 'a) ...')."""
    return bool(_heading_mark(doc, i))


def _names_group(doc: Doc, tok, group: Subject) -> bool:
    """'Trong số 21 bộ, ngành, có 5 bộ, ngành ...': a count of the group's own name is not about it."""
    n = len(_TOKEN.findall(group.name))
    return key(doc[tok.i + 1 : tok.i + 1 + n].text) == key(group.name)


def _ranked_name(doc: Doc, tok, ents) -> Span | None:
    """'- Hạng 1: An Giang – 67 HCV, ...', 'Thứ 2: Tiền Giang (52 HCV)': the name a rank's label is given to (its dash
    as a scan reads it too: '—', '~')."""
    j = tok.i + 1
    if tok.i == 0 or doc[tok.i - 1].lower_ not in ("hạng", "thứ") or j >= len(doc) or doc[j].text not in (":", "."):
        return None
    return next((e for e in ents if e.start == j + 1 and e.end < len(doc) and doc[e.end].text in ("–", "—", "-", "~", ":", "(")), None)


_PARTS = re.compile(r"\b(?:trong(?: số)? đó|riêng)\b")


def _part_of_last(doc: Doc, last: int, i: int, ents) -> bool:
    """Whether the number at i is a part of the total at `last` in its sentence, said after 'trong đó' or
    'riêng' with no name between. (Carried on to a next sentence that opens 'Trong đó', the subject was
    wrong as often as right on the older fixtures.)"""
    return not any(last < e.start < i for e in ents) and bool(_PARTS.search(" ".join(t.lower_ for t in doc[last + 1 : i])))


def _unit_of_sentence(actor: Span | None) -> Span | None:
    """A commune, district, province or faith a sentence is about holds for every count of it that names no other
    ('Công giáo có 82 giáo xứ, 306 họ giáo; 04 giám mục')."""
    if actor is None:
        return None
    return actor if normalize(actor.text, actor.label_).kind in ("commune", "district", "province") or (
        actor.label_ == "GROUP" and _is_faith(actor.text)) else None


_GROUNDS = frozenset(("kcn", "ccn", "kkt", "khu", "cụm"))  # heads of parks and zones


def _part_of_actor(doc: Doc, pick: Span, actor: Span | None) -> Span:
    """In a sentence about a commune or district, a level, a 'khối' or a body with no place of its own
    is a part of it: 'Xã X có 91 cán bộ, công chức cấp xã, gồm 46 người ở khối chính quyền; 7 người ở
    Trung tâm Cung ứng dịch vụ công' are all about xã X."""
    if actor is not None and pick is not actor and pick.label_ == actor.label_ == "AGENCY" and _body_of(pick, actor):
        return actor  # 'Công an tỉnh Đồng Nai ...: Hội Phụ nữ Công an tỉnh đã hướng dẫn 9.000 người'
    if actor is None or pick is actor or normalize(actor.text, actor.label_).kind not in ("commune", "district"):
        return pick
    if pick.label_ == "GROUP" and pick[0].lower_ in ("cấp", "khối"):
        return actor
    if pick.label_ == "AGENCY" and not any(t.lower_ in _LEVELS or t.lower_ == "thị" for t in pick) and not any(
            _words(doc, pick.start, pick.start + n) in _ARMS for n in (1, 2, 3)) and pick[0].lower_ != "trường" and not (
            pick[0].lower_ in _GROUNDS and pick.end < len(doc) and doc[pick.end].text == "("):
        # (an armed unit or a school is nobody's part: 'Trường tiểu học Nguyễn Trãi, xã Đắk Ha được xây thêm 6 phòng học'; nor
        # is a park measured in its brackets: 'Huyện Gia Bình có hai KCN là KCN Gia Bình (300 ha) ...')
        return actor
    return pick


def _body_of(pick: Span, actor: Span) -> bool:
    """Whether `pick` is a body of `actor`'s: its name ends with the head of the actor's name, two words or more."""
    p, a = [t.lower_ for t in pick], [t.lower_ for t in actor]
    return any(len(p) - k >= 2 and a[: len(p) - k] == p[k:] for k in range(1, len(p) - 1))


_UNITS = ("đơn vị hành chính", "địa phương", "xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố",
          "tỉnh, thành phố")


def _counts_units(doc: Doc, tok, units: tuple[str, ...]) -> bool:
    """Whether the number counts units: no body is the subject of a count of units ('tại 10 huyện, thành phố')."""
    after = _words(doc, tok.i + 1, tok.i + 5) + " "
    return any(after.startswith(u + " ") for u in units)


def _field_led(doc: Doc, e: Span) -> bool:
    """A group a body is said to lead or trail is the field of its place, not an actor: 'Bộ Công Thương dẫn đầu
    khối bộ, ngành với tỷ lệ 83,48%'."""
    i = e.start - 1
    while i >= 0 and doc[i].lower_ in ("khối", "các", "nhóm", "trong"):  # (and 'xếp cuối trong nhóm các sở, ngành')
        i -= 1
    return e.label_ == "GROUP" and i >= 1 and _words(doc, i - 1, i + 1) in ("dẫn đầu", "đứng đầu", "đứng cuối", "xếp cuối", "xếp đầu")


def _bracketed_place(doc: Doc, tok, ents) -> Span | None:
    """'- Nhà phải di dời khẩn cấp: 02 nhà (Bảo Yên)': a place alone in brackets right after a value's unit
    says where the value was counted; so does a region after a price or a range of them ('150.000-160.000 đồng/kg
    (miền Bắc)'), and a name after a rate per thousand ('98‰ (xã Thanh)')."""
    j = tok.i + 1
    if j + 1 < len(doc) and doc[j].text in ("-", "–") and doc[j + 1].text[:1].isdigit():
        j += 2  # (the range's second end)
    return next((e for e in ents if j < e.start <= j + 4 and doc[e.start - 1].text == "(" and e.end < len(doc) and doc[e.end].text == ")"
                 and (e.label_ in _PLACES or _is_region(e) or e.label_ == "GROUP" and e[0].lower_ == "miền")
                 and all(t.is_alpha or t.text in ("/", "‰") for t in doc[j : e.start - 1]) and not _counted_named(doc, tok, e)), None)  # fmt: skip


def _counted_named(doc: Doc, tok, e: Span) -> bool:
    """Whether the bracketed place after a value names what the value counts, by its level word, not where it was counted:
    'còn 01 bản (bản Trạm Củ)', 'có 1 xã đạt chuẩn nông thôn mới (xã Trúc Sơn)'."""
    return doc[e.start].lower_ in [t.lower_ for t in doc[tok.i + 1 : e.start]]


def _closing_place(doc: Doc, tok, ents) -> Span | None:
    """'5 hộ dân bị tốc mái, đổ 60m tường bao (thị xã Sơn Tây); 3 nhà bị tốc mái (quận Ba Đình); ...': a place alone
    in brackets that closes a list's item says where each value of the item was counted (not a name's before it: '4 xã,
    gồm Phúc Đồng, Hương Thủy (huyện Hương Khê)')."""
    starts = {e.start for e in ents}
    i = tok.i + 1
    while i < len(doc) and doc[i].text not in ("(", ")", ";", ":", ".") and "\n" not in doc[i].text and not doc[i].is_title \
            and i not in starts:  # fmt: skip
        i += 1
    e = next((e for e in ents if e.start == i + 1 and e.label_ in _PLACES), None)
    if i >= len(doc) or doc[i].text != "(" or e is None or e.end >= len(doc) or doc[e.end].text != ")":
        return None
    if _counted_named(doc, tok, e):
        return None  # ('Huyện Cư Jút: có 1 xã đạt chuẩn nông thôn mới (xã Trúc Sơn);' is the district's)
    j = tok.i - 1
    while j >= 0 and doc[j].text not in (";", ":", ".", "(", ")") and "\n" not in doc[j].text:
        j -= 1
    opened = j >= 0 and doc[j].text == ";"
    closes = e.end + 1 < len(doc) and doc[e.end + 1].text == ";" or opened and (
        e.end + 1 >= len(doc) or doc[e.end + 1].text == "." or "\n" in doc[e.end + 1].text)  # (an item of a ';' list)
    return e if closes else None


def _place_named_after(doc: Doc, tok, e: Span) -> bool:
    """'xếp thứ 2 là huyện Krông Năng': a place, then the unit that holds it."""
    return e.start == tok.i + 2 and doc[tok.i + 1].lower_ == "là" and tok.i > 0 and doc[tok.i - 1].lower_ in ("thứ", "hạng")


def _hamlet_listed(doc: Doc, tok, e: Span) -> bool:
    """'sơ tán 229 hộ dân, cụ thể: 30 hộ xóm Bãi Khoai, xã Dũng Tiến; 02 hộ xóm Thia, ...': households an item
    counts, then the hamlet they live in."""
    return e.label_ == "VILLAGE" and e.start == tok.i + 2 and doc[tok.i + 1].lower_ == "hộ" and tok.i > 0 \
        and doc[tok.i - 1].text in (":", ";", "(")  # fmt: skip


def _says_what_is_counted(doc: Doc, e: Span) -> bool:
    """A level right after a counted noun says what is counted, as LABELLING.md has it, for that count and the
    rest of the clause: '102 đơn vị hành chính cấp xã', '323 thủ tục cấp huyện', '13/13 đơn vị công an cấp
    huyện' (not a rate's: '95% hồ sơ công việc cấp huyện', '60% hồ sơ tại cấp cơ sở'; nor 'cấp huyện 233 thủ
    tục và cấp xã 141 thủ tục'); and a lead-in's 'Đơn vị hành chính cấp xã: ...'. So does a level right after the
    staff, councillors or offices it sorts: '100% công chức cấp xã', 'đại biểu HĐND cấp xã', '124 Trung tâm cấp xã'."""
    if [t.lower_ for t in doc[max(0, e.start - 4) : e.start]] == ["đơn", "vị", "hành", "chính"]:
        return True
    if e[0].lower_ == "cấp" and f" {_words(doc, e.start - 7, e.start)}".removesuffix(" ở").endswith(_STAFF):
        return True
    i = e.start - 1
    while i >= 0 and e.start - i <= 8 and (doc[i].is_alpha and doc[i].is_lower and doc[i].lower_ not in _NOT_A_NOUN
                                           or doc[i].text == "," and i + 1 < e.start):  # 'cơ quan, đơn vị cấp tỉnh'
        i -= 1
    if i == e.start - 1 and e.start >= 2 and doc[i].text == "UBND":
        i -= 1  # '177 UBND cấp xã' (not 'Năm 2021, UBND cấp huyện đã ...')
    return e.start - i > 1 and i >= 0 and doc[i].text[:1].isdigit() and not doc[i].text.endswith("%")


_STAFF = tuple(f" {w}" for w in ("cán bộ", "công chức", "viên chức", "người hoạt động không chuyên trách", "đại biểu", "hđnd",
                                  "hội đồng nhân dân", "trung tâm", "tổ hỗ trợ kỹ thuật"))
_NOT_A_NOUN = frozenset({"và", "hoặc", "với", "tại", "ở", "của", "thuộc", "cho", "có", "đạt", "là", "được", "đã", "trong",
                         "khi", "từ", "sau", "trước"})


def _school_level(e: Span) -> bool:
    """'cấp tiểu học', 'bậc học mầm non', 'bậc THCS'."""
    words = e.text.lower().split()
    return words[0] in ("cấp", "bậc") and " ".join(words[2 if words[:2] == ["bậc", "học"] else 1 :]) in _SCHOOL_LEVELS


def _line_before(doc: Doc, i: int) -> list[str]:
    return [t.text for t in doc[_line_start(doc, i) : i]]


def _heads_clause(doc: Doc, e: Span) -> bool:
    """At most one word between e and its line's opening, a list mark ('1.', '-') or a colon; or a comma or 'và' before
    it and its value, colon or verb after it ('cấp mầm non đạt 88,76%, cấp tiểu học đạt 93,87%', ', cấp THPT: 270')."""
    before = _line_before(doc, e.start)
    if len(before[max((k + 1 for k, w in enumerate(before) if w in (":", ".", ")")), default=0) :]) <= 1:
        return True
    then = doc[e.end] if e.end < len(doc) else None
    return doc[e.start - 1].lower_ in (",", ";", "và") and then is not None and (then.lower_ in _LEVEL_VERBS or then.text[:1] in ":0123456789")


_LEVEL_VERBS = frozenset(("đạt", "thiếu", "thừa", "có", "là", "chiếm", "tăng", "giảm", "còn"))


def _stage_heads_item(doc: Doc, e: Span) -> bool:
    """A list item that opens with a school stage and a colon ('- Trung học cơ sở (THCS): ...', '- Mẫu giáo 5 tuổi: ...'),
    or a stage and its value in a list after a colon ('...: nhà trẻ 43,5%; mẫu giáo 99,2%', '... như sau: Mầm non có
    119/207 trường, ...; Tiểu học có 131/152 trường')."""
    said = e.end + 1 < len(doc) and doc[e.end].lower_ in ("có", "đạt") and doc[e.end + 1].text[:1].isdigit()
    if e.start > 0 and doc[e.start - 1].text in (":", ";") and e.end < len(doc) and (doc[e.end].text[:1].isdigit() or said):
        return True
    valued = said or e.end < len(doc) and doc[e.end].text[:1].isdigit()
    if e.start > 0 and doc[e.start - 1].lower_ in (",", "và") and (_heads_clause(doc, e) or valued):
        opens = _sentence_start(doc, e.start)
        if any(_school_level(x) or x.text.lower() in _SCHOOL_STAGES and doc[x.start - 1].text in (":", ";")
               for x in doc.ents if opens <= x.start and x.end <= e.start):  # fmt: skip
            return True  # '..., bậc mầm non có 8 trường, tiểu học có 13 trường và THCS có 4 trường', '(trong đó: mầm non có
            # 73 trường, tiểu học 27 trường, ...)': the next stages, bare
    before = _line_before(doc, e.start)
    marked = not before or before in (["-"], ["+"], ["•"]) or (len(before) == 2 and before[1] in (".", ")") and len(before[0]) <= 3)
    return marked and ":" in [t.text for t in doc[e.end : e.end + 4]]


def _school_level_named(doc: Doc, e: Span) -> bool:
    """A school level in a sentence, as where its values were taken, or one of two ('ở cấp THCS và cấp THPT
    lần lượt là 33,9% và 97,08%')."""
    return _word_before(doc, e.start) in ("ở", "tại") or (e.end < len(doc) and doc[e.end].lower_ == "và")


def _is_level(e: Span) -> bool:
    return e.label_ == "GROUP" and "cấp" in (e[0].lower_, e[-2].lower_ if len(e) > 1 else "")  # 'cấp xã', 'công an cấp xã'


def _level_of_group(e: Span, ents) -> bool:
    """'Các sở, ban, ngành cấp tỉnh tiếp nhận 23.233 hồ sơ': the level says which bodies of the group; the
    group is the subject."""
    return _is_level(e) and any(x.end == e.start and x.label_ == "GROUP" and not _is_level(x) for x in ents)


def _made_by(doc: Doc, tok, e: Span) -> bool:
    """'09 phần mềm do Sở Nông nghiệp ... triển khai': a count of things a body made or runs, named after
    'do'. Not a share ('đạt 80% chỉ tiêu do Bộ Công an giao' is the issuer's), nor past a comma ('Vùng trồng xã X có
    diện tích 54,5 ha, do Công ty Y làm đại diện': the area's)."""
    return e.label_ == "AGENCY" and doc[e.start - 1].lower_ == "do" and not tok.text.endswith("%") and not any(
        t.text.endswith("%") or t.lower_ in ("chỉ", "tiêu", "kế", "hoạch") or t.text == "," for t in doc[tok.i + 1 : e.start]
    ) and (e.end >= len(doc) or doc[e.end].lower_ not in _HANDS_OVER)


_ASSIGNED = ("toán", "tiêu", "hoạch", "vụ")  # the last word of what a body hands down: 'dự toán', 'chỉ tiêu', 'kế hoạch', 'nhiệm vụ'
_HANDS_OVER = ("bàn", "chuyển", "giao", "gửi", "đề", "yêu", "trả", "nộp")  # 'hồ sơ do Sở Tư pháp bàn giao': whence, not whose


def _field_of_a_number(doc: Doc, e: Span, tok) -> bool:
    """A group of bodies right after a rank or share is what it ranks over ('xếp thứ 1/17 bộ, cơ quan
    ngang bộ với Chỉ số đạt 89,95%'), and after a count what it counts ('kết nối với 18 bộ, ngành, 63 địa
    phương'): no subject of the numbers beside it either, unless a value is its members' ('trung bình của
    17 bộ, cơ quan ngang bộ đạt 84,38%')."""
    if e.label_ != "GROUP" or e.start < 1 or e.start - 1 == tok.i or doc[e.start].lower_ in ("cấp", "khối", "nhóm"):
        return False
    number = doc[e.start - 1]
    return number.text[:1].isdigit() and ("/" in number.text or _word_before(doc, number.i) not in ("của", "trong"))


# words that make a value the whole area's, whoever the paragraph is about: 'toàn tỉnh có 95% ...'
_AREA = re.compile(r"(?<![^\W\d_])(?:toàn\s+(?P<whole>tỉnh|huyện|thành\s+phố|quốc|thị\s+xã|xã|phường|thị\s+trấn|ngành)|cả\s+(?:nước|tỉnh)"
                   r"|trên\s+địa\s+bàn(?:\s+(?P<on>tỉnh|huyện|thị\s+xã|xã|phường|thị\s+trấn))?|(?:của|cấp)\s+tỉnh)(?![^\W\d_])",
                   re.IGNORECASE)  # fmt: skip
# how a sentence opens (past an opening time phrase) when it has no subject of its own and goes on
# with the last one's actor: a verb ('Đã kích hoạt ...', 'Tiếp nhận ...') or a link ('Trong đó, ...')
_GOES_ON = frozenset("đã đang tiếp hoàn triển thực cấp kích tổ phối giải thu xử ban đồng ngoài bên mới chỉ còn cung cập tích rà hướng "
                     "tuyên duy vận xây tập huy bố lắp nâng phát kiểm mở đào kiến tham chuyển thẩm xác khởi bắt tước cứu khám phạt "
                     "trao tặng nghiệm thụ truy tiến bước lập tạm giám triệt tịch hỗ đăng bàn huấn bồi trồng ký phê khắc tuần tiêm "
                     "ra tuyển".split())  # ("bước đầu khởi tố 105 vụ"; '...; lập 24 biên bản ...; ra quyết định tạm đình chỉ 11 cơ sở';
# 'Miền Bắc có 56 trường; tuyển sinh cao đẳng nghề được 22.143 người')
_SPANS = ("ngày", "tuần", "tháng", "quý", "kỳ", "năm")  # 'trong tháng đã ...'
_ADVERBIAL = ("đến", "tính", "năm", "trong", "từ", "sau", "qua", "ngày", "tháng", "quý", "lũy", "luỹ", "hiện", "đầu", "cuối")


def _topics(doc: Doc, ents) -> dict[int, Span]:
    """Clause start -> the actor that goes on over it: a name that opens its sentence as its subject
    ('Công an tỉnh đã cấp 750.000 thẻ; kích hoạt 400.000 tài khoản'), or after an opening time phrase
    ('Đến tháng 6/2025, Sở Y tế ...'), over the later clauses of the sentence that have no subject of
    their own, and the next sentences of the paragraph that open with none ('Đã kích hoạt ...', 'Trong
    đó, ...'); or the name a list's lead-in gives ('Kết quả của Sở Y tế: cấp ...; ...'), over its items."""
    out: dict[int, Span] = {}
    doc.user_data["anaphors"] = {}  # start of 'Trung tâm ... xã' -> the commune the item named before
    doc.user_data["actors"] = {}  # sentence start -> the actor it is about, named or carried
    current: Span | None = None
    item: Span | None = None  # the name a list item opens with before ':' ('2. Xã Vân Canh: ...'), over the item
    block: Span | None = None  # the 'Khối ...' a heading or item opens with, over its members' counts
    section = _title_unit(doc, ents)  # the deepest heading's unit that names one, or the title's
    sections: dict[int, Span | None] = {-1: section}  # heading depth -> the unit its heading names, over its section
    listing: Span | None = None  # the actor of a lead-in that ends with ':' ('Công an tỉnh ... cụ thể như sau:'), over its bullets
    doc.user_data["blocks"] = {}
    i = 0
    while i < len(doc):
        sent_start, end = i, _sentence_end(doc, i)
        own, lead_in = _opening_subject(doc, ents, sent_start, end)
        if own is not None and current is not None and _refers_back(doc, own.start, own.end, current):
            doc.user_data["anaphors"][own.start] = own = current
        elif own is not None and _unnamed_administration(own):
            own = None
        opens_item = sent_start == 0 or _line_opens(doc, sent_start) or (
            sent_start >= 2 and doc[sent_start - 1].text in ".)" and (doc[sent_start - 2].text.isdigit() or _ROMAN.fullmatch(doc[sent_start - 2].text))
            and (sent_start == 2 or _line_opens(doc, sent_start - 2)))
        bullet = _line_opens(doc, sent_start) and doc[sent_start].text in "-+•"
        if opens_item:
            item = own if own is not None and own.end < len(doc) and doc[own.end].text == ":" else None
            listing = listing if bullet else None
        opening = next((e for e in ents if sent_start <= e.start <= sent_start + 3), None)
        line = _line_start(doc, sent_start)
        if (sent_start - line <= 2 and _numbered(doc, line)) or (line == sent_start and _capitals(doc, line)):
            depth = _depth(doc, line)  # an item '1. Tiếp nhận: ...' under 'I. ... TẠI CẤP XÃ' keeps the section's unit
            sections = {d: u for d, u in sections.items() if d < depth} | {depth: _heading_subject(doc, ents, line) or _item_opener(doc, ents, line)}
            section = next((u for _, u in sorted(sections.items(), reverse=True) if u is not None), None)
        if opens_item and opening is not None and opening.label_ == "GROUP" and "khối" in (
                opening[0].lower_, doc[opening.start - 1].lower_):  # fmt: skip
            block = opening
        elif opens_item and _numbered(doc, sent_start):
            block = None
        lead = (opening if opening is not None and opening.label_ == "GROUP" else _levels_lead(doc, sent_start)) if opens_item else None
        leads_in = lead is not None and _leads_in(doc, lead.end)
        doc.user_data["blocks"][sent_start] = lead if leads_in else block  # (a lead-in holds for its own line)
        body = _body_named_before(doc, ents, sent_start, current) if own is None else None
        if own is None and (back := _level_named_before(doc, ents, sent_start, end, current)) is not None:
            current = back  # '... tới thôn Suối Chải, cách trung tâm 20 km. Thôn có 86 hộ': the unit it named last
        if own is not None:
            current = own
        elif current is not None and not (_paragraph_goes_on(doc, sent_start) and _no_subject(doc, sent_start, end, current)):
            current = None
        current = body or current
        under_lead = bullet and own is None and listing is not None
        if current is None and own is None:
            current = item or (listing if under_lead else None) or section
        if current is not None and doc[end - 1].text == ":" and not bullet:
            listing = current
        doc.user_data["actors"][sent_start] = current
        if current is not None:  # 'Trung tâm Phục vụ hành chính công xã' later in a sentence about xã X
            for x in ents:
                if sent_start <= x.start < end and x is not current and x.end - x.start > 2 and _refers_back(doc, x.start, x.end, current):
                    doc.user_data["anaphors"][x.start] = current
        if current is not None:
            if own is None:
                out[sent_start] = current
            parts = next((j for j in range(sent_start + 2, end) if doc[j].text == ":" and _words(doc, j - 2, j) == "trong đó"), end)
            for j in range(sent_start + 1, end):
                if _clause_mark(doc, j - 1, (";", ":")) and j > (own.end if own is not None else sent_start) and (
                        lead_in or under_lead or j > parts or _no_subject(doc, j, end, current) or _its_measure(doc, j)
                        or own is not None and doc[j].text[:1].isdigit()  # (items that open with their count: 'Tổng đài ... phân loại
                        # 1.561 ca như sau: 888 ca ...; 215 ca ...')
                        or own is None and current is section and (current.label_ != "GROUP" or _is_faith(current.text))):  # fmt: skip
                    out[j] = current  # (a heading's body, place or faith holds for every clause of its section that names no
                    # other: '1. Phật giáo | Trong đó, Tỷ khiêu 275 vị; Tỷ khiêu Ni 1.228 vị; ...'; a level's does not: writers
                    # give 'CẤP XÃ | ...' to the clause it opens)
        i = end + 1 if end < len(doc) and _full_stop(doc, end) else max(end, i + 1)
    return out


_TITLE = re.compile(r"^[ \t]*BÁO CÁO[ \t]*\n([^\n]+)", re.MULTILINE)
_AT_DESK = re.compile(r"(?:tại|ở)(?:\s+(?:bộ\s+phận\s+một\s+cửa|trung\s+tâm\s+phục\s+vụ\s+hành\s+chính\s+công))?\s*$")


def _title_unit(doc: Doc, ents) -> Span | None:
    """'BÁO CÁO | Kết quả ... tại Bộ phận một cửa cấp xã năm 2021': a title that says the work it reports
    was done at one level; the values that name no unit of their own are that level's."""
    m = _TITLE.search(doc.user_data["text"])
    if m is None:
        return None
    start, end = m.start(1), m.end(1)
    named = [e for e in ents if start <= _at(doc, e.start) < end]
    levels = [e for e in named if e.label_ == "GROUP" and e[0].lower_ == "cấp"]
    if len(named) == 1 and not levels and _about_one_unit(doc, named[0], m):
        return named[0]  # '... trên địa bàn huyện Si Ma Cai', 'Tình hình hoạt động của Trung tâm ... phường Rạch Giá'
    if len(named) != 1 or len(levels) != 1:
        return None
    before = doc.user_data["text"][start : _at(doc, levels[0].start)].lower()
    return levels[0] if _AT_DESK.search(before) else None


def _about_one_unit(doc: Doc, e: Span, title: re.Match) -> bool:
    """A title about one commune or district other than the issuer, named alone and not in an aside
    ('(phục vụ Đoàn ... kiểm tra tại xã Bát Mọt)', 'tại các xã A, B và C')."""
    unit = _subject(doc, e)
    head, text = title.group(1)[: _at(doc, e.start) - title.start(1)], doc.user_data["text"]
    return (unit.kind in ("commune", "district", "village") and key(unit.name) not in key(text[: title.start()])
            and head.count("(") <= head.count(")") and (e.end >= len(doc) or doc[e.end].lower_ not in (",", "và")))


def _no_subject(doc: Doc, start: int, end: int, current: Span | None = None) -> bool:
    """Whether a sentence opens, past its opening time phrase, with a verb or a link, or with a word that
    names the current actor again ('Xã còn có ...', 'Trung tâm đã tiếp nhận ...'): no subject of its own."""
    i = start
    if doc[i].lower_ == "trong" and (_words(doc, i + 1, min(end, i + 2)) == "đó" or _words(doc, i + 1, min(end, i + 3)) == "số đó"):
        return True  # 'trong đó', 'trong số đó'
    if _words(doc, i, i + 2) in _NOW:  # 'qua đó phát hiện 182 tổ chức, cá nhân': the link, whatever comma comes later
        i += 3 if i + 2 < end and doc[i + 2].text == "," else 2
    elif doc[i].lower_ == "trong" and i + 2 < end and doc[i + 1].lower_ in _SPANS and doc[i + 2].lower_ in _GOES_ON:
        i += 2  # '...; trong ngày đã giải quyết 484 hồ sơ': a span of time with no comma after it
    elif doc[i].lower_ in _ADVERBIAL:
        comma = next((j for j in range(i, min(end, i + 16)) if doc[j].text == ","), None)
        i = comma + 1 if comma is not None else i
    if current is not None and i + 1 < end and any(_refers_back(doc, i, i + n, current) for n in (1, 2)):
        return True
    first = next((j for j in range(i, end) if doc[j].text[:1].isdigit()), end)
    if current is not None and any(t.lower_ == "này" for t in doc[i:first]):
        return True  # 'Xã Nghĩa Hiệp có 24 công trình ... Tổng vốn các công trình này hơn 35,5 tỷ đồng': the same things again
    if doc[end - 1].text == ":" and _words(doc, i, i + 2) in ("kết quả", "cụ thể", "chi tiết") and not any(
            t.text[:1].isdigit() for t in doc[i:end]):  # fmt: skip
        return True  # '... Trung tâm ... đã tiếp nhận 21.969 hồ sơ. Kết quả xử lý như sau:': its lead-in, over the items
    return i < end and doc[i].lower_ in _GOES_ON


def _its_measure(doc: Doc, j: int) -> bool:
    """A clause of a unit's sentence that opens with what it measures: 'Ban Dân tộc đứng cuối, thứ 20/20; tổng
    điểm đạt được là 68,32 điểm' - the score is still the unit's, and so is a site's revenue: 'Khu di tích Mỹ Sơn đón 419.000
    khách ...; doanh thu từ du lịch đạt 61 tỷ đồng'."""
    return _words(doc, j, j + 2) in ("tổng điểm", "điểm số", "số điểm", "chỉ số", "tổng số", "tỷ lệ", "tỉ lệ", "trị giá", "số tiền",
                                     "giá trị", "doanh thu")  # ('... xử lý 452 vụ buôn lậu; trị giá hàng lậu bắt giữ hơn 75 tỷ đồng': the unit's seizures)


_NOW = frozenset(("đến nay", "hiện nay", "sau đó", "từ đó", "qua đó", "trong đó"))  # 'đến nay đã đánh máy 260 hợp đồng'
# bare head words a report names its actor again with: 'Xã còn có 5 người', 'Trung tâm đã tiếp nhận 285 hồ sơ'
_AGAIN = {"xã": "commune", "phường": "commune", "thị trấn": "commune", "huyện": "district", "quận": "district",
          "thị xã": "district", "trung tâm": None, "đơn vị": None, **dict.fromkeys(_VILLAGES, "village")}  # fmt: skip


def _refers_back(doc: Doc, start: int, end: int, current: Span) -> bool:
    """Whether tokens start..end name `current` again without a name of their own: a bare level word of its
    kind or 'Trung tâm' opening a sentence, or a body of a bare level ('Trung tâm Phục vụ hành chính công
    xã') after an item about a commune."""
    kind = normalize(current.text, current.label_).kind
    words = [t.lower_ for t in doc[start:end]]
    if end - start > 2:  # a body's name: its level word ends it, with no name after
        level = " ".join(words[-2:]) if " ".join(words[-2:]) in _AGAIN else words[-1]
        return _AGAIN.get(level) == kind and (end >= len(doc) or not doc[end].is_title)
    head = " ".join(words) if " ".join(words) in _AGAIN else words[0]
    if head not in _AGAIN or len(head.split()) < end - start or (end < len(doc) and not doc[end].is_lower):  # not 'Huyện Đakrông'
        return False
    if _AGAIN[head]:
        return _AGAIN[head] == kind
    return kind not in ("agency", "unit_group") or doc[current.start].lower_ == words[0]  # not a group's: one body


def _level_named_before(doc: Doc, ents, start: int, end: int, current: Span | None) -> Span | None:
    """The last unit of its paragraph of the level a sentence opens with, bare ('Thôn có 86 hộ', 'Xã còn 3
    thôn'), where the actor it goes on with is of another level or none."""
    if doc[start].lower_ in _ADVERBIAL or _words(doc, start, start + 2) in _NOW:  # past an opening time: 'Đến nay, huyện đã ...'
        comma = next((j for j in range(start, min(end, start + 8)) if doc[j].text == ","), None)
        start = comma + 1 if comma is not None and not any(t.text[:1].isdigit() for t in doc[start:comma]) else start
    two = _words(doc, start, start + 2)
    head = two if two in _AGAIN else doc[start].lower_
    kind, n = _AGAIN.get(head), len(head.split())
    if kind is None or start + n >= end or not doc[start + n].is_lower or not _paragraph_goes_on(doc, start):
        return None
    if current is not None and normalize(current.text, current.label_).kind == kind:
        return None
    para = start
    while _paragraph_goes_on(doc, para):
        para = _sentence_start(doc, para - 1)
    named = [e for e in ents if para <= e.start and e.end <= start and normalize(e.text, e.label_).kind == kind]
    named += [u for e in ents if para <= e.start and e.end <= start and e.label_ == "AGENCY" and (u := _place_in_name(doc, e, kind))]
    return max(named, key=lambda e: e.start) if named else None


def _place_in_name(doc: Doc, e: Span, kind: str) -> Span | None:
    """The unit a body's name ends with ('Chi cục Thi hành án dân sự huyện Yên Định'), for a bare level word after it
    to name again ('... Đến nay, huyện đã thi hành xong 32 việc')."""
    label = {"district": "DISTRICT", "commune": "COMMUNE"}.get(kind)
    for k in range(e.start + 1, e.end - 1):
        level = next((lv for lv in _FAMILY.get(label, ()) if _words(doc, k, k + len(lv.split())) == lv), None)
        if level and doc[k].is_lower and all(t.is_title for t in doc[k + len(level.split()) : e.end]):
            return Span(doc, k, e.end, label=label)
    return None


# bare heads a report names a body it named before with ('Bộ đã hoàn thành', 'Văn phòng và 18 chi nhánh
# hiện có', 'Bảo tàng phấn đấu'), and what may follow them there: a verb or a link, not the rest of a word
# ('Bộ phận', 'Sở hữu', 'Bộ chỉ số')
_BODY_HEADS = ("sở", "bộ", "cục", "chi cục", "văn phòng", "trung tâm", "bảo tàng", "thư viện", "bệnh viện", "chi nhánh",
               "kho bạc", "ngân hàng", "tổng đài", "đội", "phòng", "ban", "viện", "trường", "quỹ", "công ty", "hội", "nhà máy")  # fmt: skip
_BODY_GOES_ON = _GOES_ON | frozenset("và có hiện được cũng sẽ chưa vẫn luôn phấn đạt nhận đề chủ tham trả lưu số".split())


def _body_named_before(doc: Doc, ents, start: int, current: Span | None) -> Span | None:
    """The body a sentence names again by its bare head, as its subject: the last one of that head the
    page named before; none where the issuer has that head ('Sở đã tham gia góp ý' in a Sở's report)."""
    if doc[start].lower_ in (*_ADVERBIAL, "về", "theo", "tại"):  # past an opening phrase: 'Về cơ sở vật chất, Văn phòng và 7 chi
        # nhánh', 'Theo giấy phép được cấp, Công ty sản xuất ...', 'Tại thời điểm kiểm tra, Công ty có 34 lao động'
        comma = next((j for j in range(start, min(len(doc), start + 12)) if doc[j].text == ","), None)
        start = comma + 1 if comma is not None else start
    label = next((j for j in range(start, min(len(doc), start + 8)) if doc[j].text == ":"), None)
    if label is not None and label > start and _words(doc, start, start + 2) not in _BODY_HEADS and doc[start].lower_ not in _BODY_HEADS \
            and all(t.is_alpha or t.is_punct or (t.i == start and t.text.isdigit()) for t in doc[start:label]):
        start = label + 1  # past an item's label: '2. Dịch vụ khách hàng: Công ty đã cấp điện mới cho 34 khách hàng'
    if start >= len(doc):
        return None
    two = _words(doc, start, start + 2)
    head = two if two in _BODY_HEADS else doc[start].lower_
    n = len(head.split())
    if head not in _BODY_HEADS or not doc[start].is_title or start + n >= len(doc) or doc[start + n].lower_ not in _BODY_GOES_ON \
            or _words(doc, start + n, start + n + 2) == "chỉ số":  # 'Bộ chỉ số DTI'
        return None
    if current is not None and _refers_back(doc, start, start + n, current):
        return current  # 'Trung tâm' of the commune the item is about
    if any(line.split()[:n] == head.split() for line in doc.user_data.get("issuer", "").lower().splitlines()):
        return None
    named = [e for e in ents if e.end <= start and e.label_ == "AGENCY" and e.end - e.start > n
             and _words(doc, e.start, e.start + n) == head]
    return named[-1] if named else None


def _opening_subject(doc: Doc, ents, start: int, end: int) -> tuple[Span | None, bool]:
    """The name a sentence opens with as its subject, or the only name of the lead-in before its ':'
    (and True: it governs every item of the list)."""
    inside = [e for e in ents if start <= e.start and e.end <= end]
    if not inside:
        return None, False
    e = inside[0]
    lead = [t for t in doc[_past_mark(doc, start, e.start) : e.start] if not (t.is_punct and t.text in "-+•")]
    lead = lead[:-2] if [t.lower_ for t in lead[-2:]] == ["lực", "lượng"] else lead  # 'lực lượng Cảnh sát biển': the force
    opens = not lead or [t.lower_ for t in lead] in (["các"], ["những"], ["khu", "vực"]) or (
        lead[0].lower_ in _ADVERBIAL + ("theo", "cũng") and lead[-1].text == "," and (
            len(lead) <= 8 or len(lead) <= 14 and not any(t.text[:1].isdigit() for t in lead))) or e.ent_id_ == _MEMBERS or (
        _is_level(e) and " ".join(t.lower_ for t in lead) in ("ubnd", "ủy ban nhân dân", "uỷ ban nhân dân"))  # fmt: skip
    # ('Qua kiểm tra, xử lý các vụ vi phạm, Bộ đội Biên phòng đã thu ...', 'Cũng trong quý I/2017, lực lượng Cảnh sát biển ...',
    # 'UBND cấp xã đã tiếp nhận ...; tỷ lệ đúng hạn đạt 99,61%')
    if [t.lower_ for t in lead] in (["tại"], ["ở"], ["riêng"], ["tại", "các"], ["riêng", "các"]) and e.end < len(doc) and (
            doc[e.end].text == "," and e.label_ != "GROUP"):  # fmt: skip
        return e, False  # 'Tại xã Đakrông, ... Trung tâm ... xã đã tiếp nhận 39 hồ sơ', 'Riêng Cục Thuế tỉnh, ... Trong đó, ...'
    after_name = doc[e.end : e.end + 3].text.replace(" ", "")
    if after_name in ("(mới)", "(cũ)") and opens and not _listed(doc, e, ents):
        return e, False  # 'Theo phương án, tỉnh An Giang (mới) có ...'
    if opens and _announces(doc, e):
        return None, False
    if opens and not _listed(doc, e, ents) and (e.end >= len(doc) or doc[e.end].lower_ not in ("và", "(", "cùng") or _placed(doc, e, ents)):
        return e, doc[e.end].text == ":" if e.end < len(doc) and e.label_ == "GROUP" else _colon_ends_lead(doc, ents, e.end, end)
        # 'Ngành Y tế: ...; ...', 'Kho bạc ... là đơn vị dẫn đầu: ...': a lead-in (a group's ends at its name: 'Các huyện
        # còn lại: Trà Lĩnh 10/10 xã; ...' lists its members)
    colon = next((j for j in range(start, min(end, start + 24)) if doc[j].text == ":"), None)
    named = [x for x in inside if colon is not None and x.end <= colon]
    if len(named) == 1 and not _listed(doc, named[0], ents) and not _in_opening_source(doc, named[0]):  # (not 'Theo phân loại
        # của Ban Tổ chức: lĩnh vực nông nghiệp có 21 dự án; ...': whose sorting it is)
        return named[0], True
    if e.label_ == "GROUP" and _owns_counts(doc, e, end):
        return e, True
    return None, False


def _clause_opening(doc: Doc, i: int) -> int:
    """Where the clause holding token i opens: its sentence or line, or past a ';' in it ('...; UBND các xã, thị trấn
    tiếp nhận 131 đơn'), and past the mark an item opens with."""
    start = max(_sentence_start(doc, i), _line_start(doc, i))
    return _past_mark(doc, max([start] + [t.i + 1 for t in doc[start:i] if _clause_mark(doc, t.i)]), i)


def _past_mark(doc: Doc, i: int, end: int) -> int:
    """Past the mark an item opens with at token i ('a) Tỉnh Lâm Đồng có ...', '2. Các xã ...'), if one stands before end."""
    return i + 2 if i + 1 < end and re.fullmatch(r"[a-zđ]|\d{1,2}", doc[i].lower_) and doc[i + 1].text in ")." else i


def _placed(doc: Doc, e: Span, ents) -> bool:
    """'Vịnh Hạ Long (Quảng Ninh) đã đón ...', 'Công ty TNHH MTV Nam Nung (huyện Krông Nô): nợ ...': a name, then in
    brackets only the place it stands in, which `_locates` reads as locating it."""
    return e.label_ == "AGENCY" and any(x.start == e.end + 1 and x.label_ in ("PROVINCE", "DISTRICT", "COMMUNE")
                                        and _locates(x, ents) == e for x in ents)


def _colon_ends_lead(doc: Doc, ents, i: int, end: int) -> bool:
    """Whether the words from i to the sentence's first colon are a lead-in's, with no name or number of their own."""
    for j in range(i, min(end, i + 16)):
        if doc[j].text == ":":
            return True
        if doc[j].text in (";", "(") or doc[j].text[:1].isdigit() or any(x.start == j for x in ents):
            return False
    return False


def _owns_counts(doc: Doc, e: Span, end: int) -> bool:
    """'Chỉ số cải cách hành chính của Ủy ban nhân dân cấp huyện có 01 cơ quan đạt 90 điểm ...; 05 cơ quan
    ...': the group a sentence counts the members of, in each of its clauses."""
    start = e.start - (4 if _words(doc, e.start - 4, e.start) in ("ủy ban nhân dân", "uỷ ban nhân dân") else
                       1 if _words(doc, e.start - 1, e.start) == "ubnd" else 0)  # fmt: skip
    if _word_before(doc, start) != "của":
        return False
    has = next((j for j in range(e.end, min(end, e.end + 7)) if doc[j].lower_ == "có" or not doc[j].is_alpha), None)
    return has is not None and doc[has].lower_ == "có" and has + 1 < end and doc[has + 1].text[:1].isdigit()


def _listed(doc: Doc, e, ents) -> bool:
    """A name among others ('Sở Y tế, Sở Tư pháp và ...'): no single actor; not a unit the place after its comma
    locates ('tại xã Trà Đa, thành phố Pleiku bị thiệt hại')."""
    return e.end + 1 < len(doc) and doc[e.end].text == "," and any(
        x.start in (e.end + 1, e.end + 2) and _located(x, [e]) is not e for x in ents)


def _paragraph_goes_on(doc: Doc, i: int) -> bool:
    """Whether the sentence at token i goes on the paragraph of the one before: not after a heading, a
    list item or a blank line, nor after a line that ends short with a full stop (a paragraph's last)."""
    if i == 0 or _line_opens(doc, i):
        return False
    return "\n" not in _gap(doc, i) or _wraps(doc, i)


def _wraps(doc: Doc, i: int) -> bool:
    """Whether the line before token i runs to the page's edge (wrapped), not ending short (a paragraph's last)."""
    text = doc.user_data["text"]
    line_start = text.rfind("\n", 0, _at(doc, i - 1)) + 1
    return _at(doc, i - 1) + len(doc[i - 1].text) - line_start >= 0.8 * doc.user_data["width"]


_LEVEL_OF_AREA = {"tỉnh": "province", "huyện": "district", "thị xã": "district", "xã": "commune", "phường": "commune",
                  "thị trấn": "commune"}  # fmt: skip
_ISSUER_LEVELS = {level: re.compile(rf"(?<![^\W\d_])(?:{words})(?!\s+hội)(?![^\W\d_])", re.IGNORECASE)  # not 'XÃ HỘI'
                  for level, words in (("district", r"huyện|quận|thị\s+xã"), ("commune", r"xã|phường|thị\s+trấn|đặc\s+khu"))}


def _whole_area(doc: Doc, start: int, i: int, actor: Span | None = None) -> bool:
    """'toàn tỉnh', 'trên địa bàn': the issuer's whole area, unless the unit the sentence is about is of that
    level and named on its line ('- Lạng Sơn: ...; toàn tỉnh đã lập hơn 1.680 tổ': Lạng Sơn's), or named by the
    item it stands under where the issuer is of no such level ('2. Xã Vân Canh | - Tỷ lệ ... toàn xã: 79%' in a
    province's report)."""
    m = _AREA.search(doc[start:i].text) if i > start else None
    if m is None or actor is None:
        return m is not None
    level = _LEVEL_OF_AREA.get(" ".join((m.group("whole") or m.group("on") or "").lower().split()))  # 'toàn huyện', 'trên địa bàn huyện'
    kind = normalize(actor.text, actor.label_).kind
    if kind == "province" and (level == "province" or m.group().lower().startswith("trên") or " ".join(
            (m.group("whole") or "").lower().split()) == "thành phố") and _above_provinces(doc.user_data.get("issuer", "")):  # fmt: skip
        return False  # '1. Thành phố Hà Nội | Tổng thu ... trên địa bàn ...' in a ministry's report: the city's own area
    if level is None or kind != level:
        return True
    return actor.start < _line_start(doc, start) and (level == "province" or bool(
        _ISSUER_LEVELS[level].search(doc.user_data.get("issuer", ""))))


def _above_provinces(issuer: str) -> bool:
    """An issuer that names no province nor any level under it ('TỔNG CỤC THỐNG KÊ', 'BỘ Y TẾ'): no province's whole area
    is its own."""
    own = f" {key(issuer)} "
    return bool(issuer.strip()) and not _LOCAL_ISSUER.search(issuer) and not any(f" {k} " in own for k in _province_keys())


def _listed_with(doc: Doc, e, ents) -> list[Span]:
    """e and the names listed right before it, joined by ',' or 'và': 'Bộ Tư pháp, Bộ Nội vụ', 'thị xã Cửa Lò và thành phố Vinh'."""
    ends, chain = {x.end: x for x in ents}, [e]
    while chain[0].start >= 2 and doc[chain[0].start - 1].lower_ in (",", "và") and chain[0].start - 1 in ends:
        chain.insert(0, ends[chain[0].start - 1])
    return chain


def _joint_places(doc: Doc, e, ents, clause_start: int) -> Subject | None:
    """Places named together at the head of their clause as one subject, the last of them e: 'Sau khi sắp xếp, thị xã Cửa
    Lò và thành phố Vinh có 623 cán bộ', 'Tại xã Tú Lý và xã Cao Sơn, ...' (not places a verb or a link takes: 'giáp tỉnh A
    và B', 'hợp nhất các tỉnh A, B và C', 'tại 2 địa phương là A và B')."""
    chain = _listed_with(doc, e, ents)
    i = chain[0].start - 1
    i -= i >= clause_start and doc[i].lower_ in ("các", "hai", "ba")
    i -= i >= clause_start and doc[i].lower_ in ("tại", "ở", "riêng") and (i == clause_start or doc[i - 1].text == ",")
    listed = i >= 1 and doc[i].text == "," and (doc[i - 1].is_title or doc[i - 1].is_upper)  # (a list cut short: 'các huyện Phù Mỹ,
    # Vân Canh, thị xã An Nhơn và ...')
    each = any(t.lower_ == "mỗi" for t in doc[e.end : e.end + 3])  # ('A và B mỗi huyện có 01 đơn vị': each its own)
    if len(chain) < 2 or any(x.label_ not in _PLACES for x in chain) or not (i < clause_start or doc[i].text in (",", ":", "-")) \
            or listed or each:  # fmt: skip
        return None
    names = [_subject(doc, x) for x in chain]
    return Subject(", ".join(n.name for n in names), names[0].kind)


def _last_of_list(doc: Doc, e, ents) -> bool:
    """The last of three names or more of one kind joined by commas, with no value of its own in brackets (not
    'hợp nhất với Quảng Nam, Đà Nẵng xếp thứ 17', two; nor an address, 'ấp Phú Lợi A, xã Phú Hữu, huyện Châu Thành')."""
    starts = {x.end: x for x in ents}
    n, cur = 1, e
    while cur.start >= 2 and doc[cur.start - 1].text == "," and cur.start - 1 in starts and starts[cur.start - 1].label_ == e.label_:
        cur, n = starts[cur.start - 1], n + 1
    return n >= 3 and not (e.end < len(doc) and doc[e.end].text == "(")


def _qualifies_a_fraction(doc: Doc, e) -> bool:
    """'666 cơ sở truyền thanh cấp huyện/705 huyện': a level right before '/' is part of what is counted."""
    return e.end + 1 < len(doc) and doc[e.end].text == "/" and doc[e.end + 1].text[:1].isdigit()


def _compared_with(doc: Doc, start: int, end: int) -> bool:
    """'vượt 50 ngày so với chỉ đạo của Bộ Công an': a name after 'so với' is the reference, not the subject."""
    return any(t.lower_ == "so" and t.i + 1 < end and doc[t.i + 1].lower_ == "với" for t in doc[start:end])


def _counted(doc: Doc, e) -> bool:
    """'30 Ban Chỉ đạo cấp huyện, 579 Ban Chỉ đạo cấp xã': bodies counted by the number before them are what it counts,
    no actor of the numbers after them."""
    n = doc[e.start - 1] if e.start > 0 else None  # (not a year: 'nửa đầu năm 2024 Bộ Tư pháp ...'; nor a code's end: 'Khoa
    # Đẻ A2 Bệnh viện ...')
    return e.label_ == "AGENCY" and n is not None and bool(re.fullmatch(r"\d[\d.]*", n.text)) and not re.fullmatch(
        r"(?:19|20)\d\d", n.text) and (n.i == 0 or bool(doc[n.i - 1].whitespace_))


def _counted_by(doc: Doc, tok, e) -> bool:
    """'19 bộ, cơ quan ngang bộ', '65% sở, ban, ngành': a group of bodies right after a number is what it
    counts, not whom it is about (a level is: 'đạt 98% cấp tỉnh')."""
    return e.label_ == "GROUP" and e.start == tok.i + 1 and doc[e.start].lower_ not in ("cấp", "khối", "nhóm")


def _not_actor(doc: Doc, e) -> bool:
    """A name that an agent of a passive, a membership, a recipient or a source follows ('do Bộ Nội vụ
    xác định', 'thuộc nhóm A', 'ủy quyền cho các sở, ngành', 'theo quy định của các bộ, ngành', 'liên
    thông từ cấp tỉnh đến 96 xã'), a place a distance is measured from ('cách trung tâm thành phố X'), or
    the one a rank is told against ('đứng thứ 2, chỉ sau Hải Phòng, tăng 3 bậc')."""
    before: list[str] = []
    for t in reversed(doc[max(0, e.start - 6) : e.start]):  # the words right before it
        if not t.is_alpha:
            break
        before.insert(0, t.lower_)
    reformed = e.start - len(before) > 0 and doc[e.start - len(before) - 1].lower_ == "cải"  # the word before the first
    if before and before[-1] == "các":
        before = before[:-1]
    source = any(w == "theo" and (k == 0 or before[k - 1] != "tiếp") for k, w in enumerate(before))  # not 'tiếp theo là'
    source = source or _in_opening_source(doc, e) or _announces(doc, e) or _issues_a_document(doc, e)
    source = source or bool(_ASSESSED_BY.search(" ".join(before)))  # 'qua đánh giá của Ban Chỉ đạo ..., Chỉ số của tỉnh đạt'
    source = source or any(w == "cách" and (before[k - 1] != "cải" if k else not reformed) for k, w in enumerate(before))  # 'cách X 60 km'
    own = e.end < len(doc) and doc[e.end].text == "("  # 'chỉ sau Đắk Lắk (xếp thứ 28/63)', 'vượt Văn phòng UBND tỉnh (94,00 điểm)'
    passed = before[-1:] == ["vượt"] or before[-2:] in (["chỉ", "sau"], ["xếp", "sau"], ["đứng", "sau"], ["xếp", "trước"], ["đứng", "trước"])
    return source or passed and not own or _partner(doc, e) or _in_a_comparison(doc, e) or (bool(before) and (before[-1] in ("do", "được", "bởi", "thuộc", "cho", "từ", "nộp")
                                        or any(w in ("do", "được", "bởi") for w in before[-3:])))  # fmt: skip


_ASSESSED_BY = re.compile(r"(?:^|\s)(?:qua|theo)\s+(?:kết\s+quả\s+)?(?:đánh\s+giá|thẩm\s+định|công\s+bố|khảo\s+sát|xác\s+định)\s+của$")
_ANNOUNCES = ("công bố", "cho biết", "thông báo", "thông tin", "đánh giá", "ghi nhận", "xác định")


def _announces(doc: Doc, e) -> bool:
    """'Bộ Thông tin và Truyền thông (cũng, đã) công bố ... tỉnh xếp thứ 57': the body that makes a figure
    known is its source (LABELLING.md), not whom it is about."""
    toks = list(doc[e.end : e.end + 4])
    while toks and toks[0].lower_ in ("cũng", "đã", "vừa", "chính", "thức"):
        toks = toks[1:]
    if len(toks) > 1 and toks[0].lower_ == "giao" and (toks[1].is_title or toks[1].lower_ == "cho"):
        return True  # 'Bộ Tài chính giao Cục Thuế tỉnh dự toán ...': who assigns a budget or a target
    if len(toks) > 2 and " ".join(t.lower_ for t in toks[:2]) in ("yêu cầu", "đề nghị", "chỉ đạo") and toks[2].is_title:
        return True  # 'Bộ Công an yêu cầu Công an tỉnh phải hoàn thành 732.000 hồ sơ': who demands it
    said = " ".join(t.lower_ for t in toks[:2])
    if said == "ghi nhận" and e.label_ in _PLACES and "," not in e.text \
            and not _last_of_list(doc, e, doc.ents):  # fmt: skip
        return False  # 'huyện Krông Ana đã ghi nhận 163 trường hợp': what a place records happened in it
    return said in _ANNOUNCES


_DOCUMENTS = frozenset("thông tư|nghị định|quyết định|công văn|chỉ thị|nghị quyết|kế hoạch|thông báo|văn bản|luật|đề án|hướng dẫn"
                       .split("|"))  # fmt: skip


def _issues_a_document(doc: Doc, e) -> bool:
    """'Thông tư số 48/2017/TT-BYT ngày 28/12/2017 của Bộ Y tế: có 2.378 cơ sở': the body after a
    document's 'của' issued the document; the figures are not about it."""
    if e.start < 2 or doc[e.start - 1].lower_ != "của":
        return False
    words = _words(doc, e.start - 16, e.start - 1)
    return any(f"{d} số" in words or f"{d} " in words and "/" in doc[max(0, e.start - 16) : e.start].text for d in _DOCUMENTS)


_SUBORDINATE = (("sau", "khi"), ("trước", "khi"), ("khi",), ("để",), ("nhằm",))


def _in_opening_clause(doc: Doc, e, tok, sent_start: int) -> bool:
    """A name inside a sentence's opening 'Sau khi / Khi / Để ... ,' clause, the number after its comma."""
    i = sent_start
    while i < e.start and doc[i].is_punct:
        i += 1
    if not any(tuple(t.lower_ for t in doc[i : i + len(w)]) == w for w in _SUBORDINATE):
        return False
    comma = next((j for j in range(e.end, tok.i) if doc[j].text == ","), None)
    return comma is not None and not any(t.text == "," for t in doc[i : e.start])


def _in_cause(doc: Doc, e, tok, start: int) -> bool:
    """A name inside a clause's 'do / vì ... nên' cause, the number after 'nên': 'do tiếp nhận thêm hồ sơ của các
    địa phương lân cận nên lượng hồ sơ tăng lên khoảng 200 - 300 hồ sơ/ngày'."""
    i = next((j for j in range(start, e.start) if not doc[j].is_punct), e.start)
    return doc[i].lower_ in ("do", "vì") and i < e.start and any(t.lower_ == "nên" for t in doc[e.end : tok.i])


def _in_a_comparison(doc: Doc, e) -> bool:
    """'so với mốc đã cam kết với lãnh đạo Bộ Công an, tỉnh về đích sớm 39 ngày': a name inside the 'so
    với' phrase before the number is the reference, not the actor."""
    start = max(_clause_start(doc, e.start), e.start - 14)
    words = [t for t in doc[start : e.start]]
    at = next((k for k in range(len(words) - 1, 0, -1) if words[k - 1].lower_ == "so" and words[k].lower_ == "với"), None)
    return at is not None and not any(t.text in ",;:" for t in words[at:])


def _merger(doc: Doc, start: int, e) -> int | None:
    """Where 'hợp nhất' or 'sáp nhập' stands between the clause start and a name, after another name: the
    name is one of the units merged, the one before the verb the unit they make."""
    for j in range(e.start - 1, start, -1):
        if _words(doc, j - 1, j + 1) in ("hợp nhất", "sáp nhập"):
            return j - 1 if any(x.end <= j - 1 and x.start >= start for x in doc.ents) else None
    return None


def _partner(doc: Doc, e) -> bool:
    """'phối hợp với X', 'cùng với X', 'hợp nhất A với X': X works with the actor, it is not the actor."""
    first = _listed_with(doc, e, doc.ents)[0]  # 'phối hợp với Bộ Tư pháp, Bộ Nội vụ rà soát ...': each of the partners
    if _words(doc, first.start - 2, first.start) == "phối hợp":
        return True  # 'Công an tỉnh phối hợp Bưu điện tỉnh trả ...', without its 'với'
    if _words(doc, first.start - 3, first.start) in ("ủy thác của", "uỷ thác của", "ủy thác từ", "uỷ thác từ") or _words(
            doc, first.start - 2, first.start) == "qua kênh":
        return True  # 'Hội nhận ủy thác của Ngân hàng Chính sách xã hội cho 2.778 hộ vay': the bank lends through the union, whose
        # figures these are
    if first.start < 1 or doc[first.start - 1].lower_ != "với":
        return False
    if first is not e:  # (not 'sau khi hợp nhất với Quảng Nam, Đà Nẵng xếp thứ 17', which names the actor after it)
        return doc[first.start - 2].lower_ in ("hợp", "cùng")
    words = _words(doc, e.start - 12, e.start - 1)
    return doc[e.start - 2].lower_ in ("hợp", "cùng", "nhất") or any(w in words for w in ("hợp nhất", "sáp nhập", "phối hợp"))


def _in_opening_source(doc: Doc, e) -> bool:
    """'Theo công bố xếp hạng năm 2020 của Bộ X, tỉnh xếp hạng 09/63': a name in a sentence's opening
    'Theo ...,' is the figure's source."""
    start = _clause_start(doc, e.start)
    while start < e.start and doc[start].is_punct:
        start += 1
    return doc[start].lower_ == "theo" and not any(t.text in ",;:" for t in doc[start : e.start])


def _object_of_another_verb(doc: Doc, e, tok) -> bool:
    """A body named after a verb, followed by 'và' and another verb phrase that holds the number, is that
    first verb's object; the number is the sentence subject's ('X kiện toàn Ban Y và thành lập 03 tổ').
    Not a level, which qualifies a noun more often ('hồ sơ thuộc thẩm quyền cấp xã ... đúng và trước hạn'), nor a place
    whose people act ('Nhân dân xã Hồng Tiến đã hiến 3.500 m2 đất và tháo dỡ 800 m tường rào')."""
    prev = doc[e.start - 1] if e.start > 0 and not _line_opens(doc, e.start) else None  # not a heading's last word
    return (e.label_ != "GROUP" and prev is not None and prev.is_alpha and prev.is_lower
            and prev.lower_ not in ("ở", "tại", "của", "với", "đối", "riêng", "thuộc", "đó", "là", "gồm", "có", "và", "dân")
            and any(t.lower_ == "và" for t in doc[e.end : tok.i]))  # fmt: skip


def _located(pick, ents):
    """A place in brackets right after a name locates that name, and so does the district after a commune's
    name and a comma where the data has the commune in it ('xã Hòa Nghĩa, huyện Chợ Lách có 54,5 ha'): the name
    is the subject, the first of a whole address ('ấp Phú Lợi A, xã Phú Hữu, huyện Châu Thành')."""
    while (named := _locates(pick, ents)) is not pick:
        pick = named
    return pick


def _unit_of_parent(doc: Doc, pick: Span, ents) -> Span:
    """A list item that opens with a body, then the bodies it belongs to after a comma, dash or slash, is about the first:
    '- Lữ đoàn 96, Cục Tác chiến điện tử - Bộ Tổng Tham mưu (30 thanh niên)'."""
    chain = [pick]
    while chain[0].label_ == "AGENCY" and chain[0].start >= 2 and doc[chain[0].start - 1].text in (",", "-", "–", "/") and (
            e := next((e for e in ents if e.end == chain[0].start - 1 and e.label_ == "AGENCY"), None)) is not None:  # fmt: skip
        chain.insert(0, e)
    first = chain[0]
    opens = first.start >= 1 and (doc[first.start - 1].text in "-+•" and _line_opens(doc, first.start - 1) or doc[first.start - 1].text in (
        ":", ";")) or _line_opens(doc, first.start)  # (or an item of a list run into its sentence: 'gồm: Trung đoàn 224, ...; ...')
    peers = len({e[0].lower_ for e in chain}) < len(chain)  # 'Bộ Giáo dục và Đào tạo, Bộ Tư pháp (mỗi bộ 01 nhiệm vụ)': a list
    return first if len(chain) > 1 and opens and not peers else pick


def _locates(pick, ents):
    doc = pick.doc
    if pick.start >= 2 and doc[pick.start - 1].text == "(" and pick.end < len(doc) and doc[pick.end].text == ")":
        return next((e for e in ents if e.end == pick.start - 1), pick)
    named = next((e for e in ents if e.end == pick.start - 1), None) if pick.start >= 2 and doc[pick.start - 1].text == "," else None
    if named is not None and named.label_ == "COMMUNE" and pick.label_ == "DISTRICT":
        commune, district = normalize(named.text, named.label_).name, normalize(pick.text, pick.label_).name
        if (key(commune), key(district)) in _communes_of_districts():
            return named
        return named if not _listed(doc, pick, ents) else pick  # a commune the data does not place in it, named with its district
        # ('UBND xã Triệu Đề, huyện Lập Thạch tổ chức ... cho 174 người'; 'Tại xã Lộc Sơn, huyện Phú Lộc': the data has only the
        # Lộc Sơn of Hậu Lộc)
    if named is not None and named.label_ in ("COMMUNE", "DISTRICT") and pick.label_ == "PROVINCE" and pick[0].lower_ in ("tỉnh", "thành"):
        return named  # 'phường Phan Đình Phùng, tỉnh Thái Nguyên (2.189 trường hợp)': the province says where the ward is
    if pick.label_ in ("PROVINCE", "DISTRICT", "COMMUNE") and (at := _site_at(doc, pick.start, ents)) is not None:
        return at  # 'Miếu Bà Chúa Xứ ở Châu Đốc, An Giang (220 tỷ đồng)': the places say where the site is
    if named is not None and named.label_ in ("VILLAGE", "AGENCY") and pick.label_ == "COMMUNE":
        return named  # '- Xóm Cối Cáo, xã Tự Do: 5 hộ bị bay mái nhà', '- Khu di tích QGĐB Pác Bó, xã Trường Hà (Hà Quảng): đón
        # tiếp 922 đoàn': the commune says where the hamlet or the body is
    return pick


def _site_at(doc: Doc, i: int, ents) -> Span | None:
    """The body or site before 'ở' and one or two capitalised place names ('Chùa Tranh ở huyện Ninh Giang, tỉnh Hải Dương')
    that end at token i."""
    j = i - 1
    for _ in range(3):
        if j >= 1 and doc[j].lower_ == "ở":
            return next((e for e in ents if e.end == j and e.label_ == "AGENCY"), None)
        if j < 1 or doc[j].text != ",":
            return None
        j -= 1
        while j >= 1 and (doc[j].is_title or doc[j].lower_ in _LEVEL_WORDS):
            j -= 1
    return None


@lru_cache(maxsize=1)
def _communes_of_districts() -> frozenset[tuple[str, str]]:
    """Keys of each commune and the district it lay in before 2025: ('xa hoa nghia', 'huyen cho lach')."""
    return frozenset((key(r["old_ward"]), key(r["old_district"])) for r in admin_units().get("ward_mapping", [])
                     if r.get("old_ward") and r.get("old_district"))  # fmt: skip


def _levels_lead(doc: Doc, i: int) -> Span | None:
    """The levels an item opens with, as a group: '- UBND các huyện, thị xã, thành phố (11 đơn vị): ...'."""
    while i < len(doc) and (doc[i].text in ("-", "+", "•", ".", ")") or doc[i].text.isdigit() or doc[i].lower_ in ("ubnd", "các")):
        i += 1
    end = i
    while end < len(doc) and doc[end].lower_ in _LEVEL_WORDS:
        end += 1
    return Span(doc, i, end, label="GROUP") if end - i >= 3 and doc[end - 1].text not in (",", "và") else None


def _value_next(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].text[:1].isdigit()


def _leads_in(doc: Doc, i: int) -> bool:
    """A group that opens an item and ends at its colon, its size in brackets or not, leads in its members' counts:
    '- UBND các xã, phường, thị trấn (156 đơn vị): 7 đơn vị đạt loại tốt, ...'."""
    if i < len(doc) and doc[i].text == "(":
        while i < len(doc) and doc[i].text not in (")", ":", ";"):
            i += 1
        i += i < len(doc) and doc[i].text == ")"
    return i < len(doc) and doc[i].text == ":"


_RESPECTIVELY = ("lần lượt", "tương ứng")  # '... có diện tích rừng tương ứng là 489.406ha và 479.730ha'


def _respectively(doc: Doc, ents) -> dict[int, Subject]:
    """'Thanh Hóa, Điện Biên và Hà Tĩnh lần lượt xếp thứ 5, thứ 6 và thứ 7': the i-th name has the
    i-th value after 'lần lượt'; the names are those of its clause, else of its sentence before the
    clause ('... cấp tỉnh, ... cấp huyện và ... cấp xã; đến năm 2030, các tỷ lệ này lần lượt đạt 100%, 90% và 70%')."""
    out: dict[int, Subject] = {}
    for t in doc[:-1]:
        if t.lower_ not in ("lần", "tương") or _words(doc, t.i, t.i + 2) not in _RESPECTIVELY:
            continue
        clause_start = _clause_start(doc, t.i)
        end = t.i + 2
        while end < len(doc) and not _full_stop(doc, end) and not _line_opens(doc, end) and not (
                doc[end].text == ";" and not _value_next(doc, end)):  # 'lần lượt là 805,6; 804,7 và 801,5 điểm'
            end += 1
        values = [v for v in doc[t.i + 2 : end] if v.text[:1].isdigit() and not any(e.start <= v.i < e.end for e in ents)]
        names = [e for e in ents if clause_start <= e.start and e.end <= t.i]
        ahead = [v for v in doc[clause_start : t.i] if v.text[:1].isdigit()]
        after = [e for e in ents if t.i < e.start and e.end <= end]
        if not names and len(ahead) >= 2 and len(ahead) == len(after):
            values, names = ahead, after  # 'Xếp thứ 5 và thứ 6 lần lượt là A (..) và B (..)': the names come after
        elif not names and len(after) >= 2 and len(after) == len(values) and after[-1].end <= values[0].i:
            names = after  # 'theo sau lần lượt là A và B với 66,04 điểm và 64,92 điểm': the names, then their values
        elif not names and (len(after) >= len(values) or after and all(e.end < end and doc[e.end].text == "(" for e in after)):
            continue  # 'tiếp theo lần lượt là thành phố Tân Uyên (85,2 điểm), huyện Phú Giáo (85 điểm)': each its own
        elif not names:
            sent_start = _sentence_start(doc, t.i)
            names = [e for e in ents if sent_start <= e.start and e.end <= clause_start]
        if len(names) >= 2 and len(values) >= 2 and len(values) % len(names) == 0:  # '... lần lượt xếp thứ 2 và thứ 3,
            out.update({_at(doc, v.i): _subject(doc, names[k % len(names)]) for k, v in enumerate(values)})  # đạt X và Y'
    return out


def _aside(doc: Doc, e: Span, start: int, i: int) -> bool:
    """A name in brackets closed before number i: 'Xã Châu Thành (hình thành từ xã Minh Hòa và xã Giục Tượng) có
    diện tích 107 km²' is about the commune outside them (a place locating its name is found by _located); not
    a bracket of the name's own: '(Bình Thuận 496 cơ sở, Lâm Đồng (cũ) 292 cơ sở)'."""
    opened = next((j for j in range(e.start - 1, start - 1, -1) if doc[j].text in "()"), None)
    if opened is None or doc[opened].text != "(":
        return False
    depth = 0
    for t in doc[opened:i]:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0:
            return True
    return False


# the name's clause goes on past its brackets: 'xã Minh Lập (873 tấn) với 5 công trình', 'KCN Châu Sơn (325,7ha) đã thu hút
# 73 dự án', 'Công ty ... (286 Huỳnh Văn Bánh) nợ gần 10 tỷ đồng' (not a comparison: 'Việt Trì (56%) vẫn thấp hơn ... (58%)')
_GOES_ON_PAST_BRACKETS = frozenset(("với", "có", "đã", "đang", "vừa", "được", "đạt", "nợ", "thu", "tiếp", "gồm", "tăng", "giảm"))


def _bracketed_elsewhere(doc: Doc, ent, tok) -> bool:
    """'Xã Cẩm Hưng (0%), chưa đạt ... 80%': a value in brackets right after a name is that name's alone."""
    nxt = ent.end + 1
    close = next((t.i for t in doc[nxt : tok.i] if t.text == ")"), None)
    inside = close is None  # 'huyện Hoằng Hóa (91,92 điểm; 91,92%)': both its own
    linked = not inside and close + 1 < tok.i and doc[close + 1].lower_ in _GOES_ON_PAST_BRACKETS
    return ent.end < len(doc) and doc[ent.end].text == "(" and nxt < len(doc) and doc[nxt].text[:1].isdigit() and not inside \
        and not linked


def _labels_next(doc: Doc, start: int, ent) -> bool:
    """'cấp tỉnh 1.112 thủ tục, cấp huyện 233 thủ tục': past a comma, a name right before a number (or before
    its verb: 'cấp tỉnh tiếp nhận 689 hồ sơ, cấp huyện tiếp nhận 1.008 hồ sơ') labels that number, not the
    one before the comma."""
    j = ent.end
    while j < min(len(doc), ent.end + 3) and doc[j].is_alpha and doc[j].is_lower:
        j += 1
    return any(t.text == "," for t in doc[start : ent.start]) and j < len(doc) and doc[j].text[:1].isdigit()


_AUTHORITY = re.compile(r"(?:^|\s)thẩm\s+quyền(?:\s+(?:giải\s+quyết|quản\s+lý))?(?:\s+của)?$")
_AUTHORITY_WORDS = 5  # the most it says: 'thẩm quyền giải quyết của'


def _authority(doc: Doc, start: int, end: int) -> int:
    """'6 thủ tục thuộc thẩm quyền quản lý của Sở Tài chính', '30 hồ sơ thuộc thẩm quyền Chi nhánh ...':
    the words of whose authority a count is, which hold it no further from its body."""
    m = _AUTHORITY.search(_words(doc, start, end))
    return len(m.group().split()) if m else 0


def _plain(doc: Doc, start: int, end: int) -> bool:
    """Only words between a number and a name after it: a comma only inside a unit phrase ('18/18 cơ
    quan, đơn vị cấp tỉnh'), not after a value ('đạt 100%, cấp xã 95%')."""
    return not any(t.text[:1].isdigit() or (t.is_punct and not (t.text in ",/" and t.i > start and doc[t.i - 1].is_alpha))
                   for t in doc[start:end])  # fmt: skip


def _leads_a_list(doc: Doc, e: Span) -> bool:
    """Whether the clause after a group is a list's lead-in with no value of its own (it ends in a ':' that ends its
    line), or one whose items count the group's own units ('Các xã còn lại: 43 xã đạt ...; 34 xã ...')."""
    levels = {t.lower_ for t in e if t.lower_ in _LEVELS}
    i = e.end
    while i < len(doc) and not _full_stop(doc, i) and not _clause_mark(doc, i) and not _line_opens(doc, i):
        if doc[i].like_num:
            return False
        if doc[i].text == ":":
            return i + 1 == len(doc) or _line_opens(doc, i + 1) or (
                i + 2 < len(doc) and doc[i + 1].like_num and doc[i + 2].lower_ in levels)
        i += 1
    return False


def _line_start(doc: Doc, i: int) -> int:
    while i > 0 and "\n" not in _gap(doc, i):
        i -= 1
    return i


def _clause_start(doc: Doc, i: int) -> int:
    while i > 0 and not (_clause_mark(doc, i - 1) or _full_stop(doc, i - 1)) and not _line_opens(doc, i):
        i -= 1
    return i


def _clause_mark(doc: Doc, i: int, marks: tuple[str, ...] = (";",)) -> bool:
    """A ';' that ends a clause, not one inside brackets ('huyện Hoằng Hóa (91,92 điểm; 91,92%)')."""
    if doc[i].text not in marks:
        return False
    for j in range(i - 1, max(-1, i - 20), -1):
        if doc[j].text in ("(", ")") or _full_stop(doc, j):
            return doc[j].text != "("
    return True


def _sentence_start(doc: Doc, i: int) -> int:
    while i > 0 and not _full_stop(doc, i - 1) and not _line_opens(doc, i):
        i -= 1
    return i


def _sentence_end(doc: Doc, start: int) -> int:
    """Where the sentence or list item that opens at token `start` ends: its full stop, or the next item's opening."""
    end = start
    while end < len(doc) and not _full_stop(doc, end) and not (end > start and _line_opens(doc, end)):
        end += 1
    return end


def _sentence_text(doc: Doc, i: int) -> str:
    """The words of the sentence or list item token i stands in."""
    start = _sentence_start(doc, i)
    return doc[start : _sentence_end(doc, start)].text


def _full_stop(doc: Doc, i: int) -> bool:
    """A '.' that ends a sentence, not the one of an abbreviation ('TP. Vinh', 'TX. Kỳ Anh') or of initials ('Công ty
    TNHH B.T')."""
    initials = 0 < i < len(doc) - 1 and not doc[i].whitespace_ and len(doc[i - 1].text) == len(doc[i + 1].text) == 1 \
        and doc[i - 1].is_upper and doc[i + 1].is_upper  # fmt: skip
    return doc[i].text == "." and not (i > 0 and (doc[i - 1].text.lower() in ("tp", "tx", "tt", "p", "q") or doc[i - 1].text == "H")) \
        and not initials  # fmt: skip ('H.Nhơn Trạch')


_ROMAN = re.compile(r"[IVX]{1,4}")  # a heading's number: 'III. PHỤ NỮ GIỮ CHỨC VỤ ...'


def _line_opens(doc: Doc, i: int) -> bool:
    """Whether token i opens a list item, a heading or a paragraph: a line break alone is the page's wrapping."""
    ws = _gap(doc, i)
    return "\n" in ws and (ws.count("\n") > 1 or doc[i].text in "-+•" or ((doc[i].text.isdigit() and len(doc[i].text) <= 2
                                                                        or _ROMAN.fullmatch(doc[i].text))
                                                                       and i + 1 < len(doc) and doc[i + 1].text in ".)")
                           or _heading_ends(doc, i))  # fmt: skip


@lru_cache(maxsize=1)
def pipeline() -> Language:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = _Syllables(nlp.vocab)
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "NORM", "overwrite_ents": True})
    ruler.add_patterns(_patterns())
    nlp.disable_pipe("entity_ruler")  # its matches are annotated by line_bound_entities
    nlp.add_pipe("line_bound_entities")
    nlp.add_pipe("filter_entities")
    nlp.add_pipe("firm_items")
    nlp.add_pipe("name_listed_units")
    nlp.add_pipe("name_lead_groups")
    nlp.add_pipe("name_unit_lists")
    nlp.add_pipe("attach_subjects")
    return nlp


@Language.component("line_bound_entities")
def line_bound_entities(doc: Doc) -> Doc:
    """The ruler's longest matches among those that stay on their line or wrap with it: a name does not run
    out of a heading or a paragraph ('1. Công an xã Triệu Lộc | Công an xã Triệu Lộc đã ...'), and the
    next line's name is then matched whole rather than cut from a run that started above it."""
    ruler = pipeline().get_pipe("entity_ruler")
    breaks = [i for i in range(1, len(doc)) if _line_ends_name(doc, i)]
    kept = [m for m in ruler.match(doc) if not any(m[1] < b < m[2] for b in breaks)]
    # longest first, as the ruler has them; of two matches of one span, the one that says the name is whole
    # ('Bệnh viện Y học cổ truyền', not cut at 'cổ'), where the ruler's order of the two is a set's
    order = sorted(kept, key=lambda m: (m[2] - m[1], -m[1], doc.vocab.strings[m[0]].endswith(_WHOLE)), reverse=True)
    ruler.set_annotations(doc, order)
    return doc


def _line_ends_name(doc: Doc, i: int) -> bool:
    """Whether a line ends before token i that no name runs across: a heading's, or a paragraph's that ends short."""
    return "\n" in _gap(doc, i) and (_heading_ends(doc, i) or not _wraps(doc, i))


def _opens_as_place(doc: Doc, e: Span) -> bool:
    """'Ở trung ương, ...', '; ở địa phương, ...': a tier named where its clause opens, before a comma."""
    j = e.start - 1
    return j >= 0 and doc[j].lower_ in ("ở", "tại") and e.end < len(doc) and doc[e.end].text == "," and (
        j == 0 or doc[j - 1].text in ("-", "+", "•", ";", ".", ":") or "\n" in _gap(doc, j))


_NUMERAL = re.compile(r"I{1,3}|IV|VI{0,3}|IX|X")


def _world_said(doc: Doc, e: Span) -> bool:
    """The world as whom values are about: heading its clause ('Trên thế giới hiện có hơn 1 tỷ người hút thuốc') or as
    the level compared with ('cao hơn mức trung bình thế giới (80,12Mbps)', 'tỷ lệ ... của thế giới')."""
    start = _clause_opening(doc, e.start)
    at = next((e.start - n for n, words in ((2, "trên toàn"), (1, "trên"), (1, "toàn"), (1, "tại")) if _words(doc, e.start - n, e.start) == words), None)
    heads = at is not None and (at <= start or doc[at - 1].text in (",", ":"))  # (after 'Theo số liệu của ...,', 'Thuốc lá ...:')
    return heads or _words(doc, e.start - 2, e.start) == "trung bình" or _words(doc, e.start - 1, e.start) == "của"


@Language.component("filter_entities")
def filter_entities(doc: Doc) -> Doc:
    """A bare province name must be capitalised ('Hòa Bình', not 'hòa bình' = peace); a PLACE from the
    generic level+name pattern takes the label of its level word."""
    ents = []
    for e in doc.ents:
        if e.end - e.start > 2 and _NUMERAL.fullmatch(e[-1].text) and e.end + 1 < len(doc) and doc[e.end].text == "." \
                and doc[e.end + 1].is_upper and len(doc[e.end + 1].text) > 1:  # fmt: skip
            e = Span(doc, e.start, e.end - 1, label=e.label_)  # '... thành phố Hòa Bình | I. KẾT QUẢ': the next heading's number
        if e.label_ == "VILLAGE" and e[0].lower_ == "buôn" and any(f"{lv} {key(e.text)}" in _unit_names() for lv in ("thanh pho", "huyen", "thi xa")):
            continue  # 'Buôn Ma Thuột', 'Buôn Đôn', 'Buôn Hồ': a city's or district's name, no hamlet
        if e.label_ == "VILLAGE" and e[0].lower_ == "bản" and e.start > 0 and doc[e.start - 1].lower_ == "biên":
            continue  # 'lập biên bản 7 vụ': a record, not 'bản 7'
        if e.ent_id_ == "air" and not (_opens_sentence(doc, e) or _words(doc, e.start - 2, e.start) == "thông qua"):
            continue  # 'phối hợp với các hãng hàng không ...': named beside the actor
        if _is_region(e) and e.end < len(doc) and doc[e.end].text == "Á":
            continue  # 'khu vực Đông Bắc Á', 'Đông Nam Á': a part of Asia, not the country's region
        if e.ent_id_ == "world" and not _world_said(doc, e):
            continue  # 'kết nối với 20 quốc gia trên thế giới', 'đứng thứ 15 trên thế giới': where, not whose the value is
        if e.label_ in ("PROVINCE", "DISTRICT", "COMMUNE", "PLACE") and e.end - e.start == 2 and e[1].text in ("Hội", "Đoàn"):
            continue  # 'Tỉnh Hội', 'Huyện Hội': an association of that level, most often the issuer itself, not a place
        if e.label_ == "PROVINCE" and not e[0].text[:1].isupper() and e[0].lower_ not in ("tỉnh", "thành"):
            continue
        if e.label_ == "PROVINCE" and e[0].lower_ not in ("tỉnh", "thành", "tp") and (any(t.is_lower for t in e) or _other_marks(e.text)):
            continue  # 'Nghĩa Sơn là một trong 9 xã': not 'Sơn La'; 'Thạnh Hóa chiếm 16,61%', 'Đức Huệ': another name than
            # 'Thanh Hóa', 'Huế' (a name without marks may be either)
        if e.label_ == "PROVINCE" and e[0].lower_ not in ("tỉnh", "thành", "tp") and e.end < len(doc) and doc[e.end].is_title and \
                doc[e.end].is_alpha and _word_before(doc, e.start) == "vùng" and not any(x.start == e.end for x in doc.ents):  # fmt: skip
            continue  # 'vùng Đồng Tháp Mười': a region a province's name begins, not the province
        if e.label_ == "GROUP" and key(e.text) in _REGION_KEYS and not e[0].text[:1].isupper() and e.ent_id_ != "miền núi phía Bắc":
            continue  # 'Tây Nguyên' without 'vùng' is a name only when capitalised ('miền núi phía Bắc' is written in lower case)
        if e.label_ == "AGENCY" and e[0].text in _SCHOOL_GRADES and e.end - e.start > 2 and e[1].lower_ == "quốc" and e[2].lower_ == "gia":
            continue  # 'kỳ thi tốt nghiệp THPT Quốc gia': the examination, not a school
        if e.label_ == "GROUP" and e[0].text in ("Bộ", "Sở") and e.start > 0 and "\n" not in _gap(doc, e.start) \
                and doc[e.start - 1].text not in ("-", "+", "•", ".", ":", ";", "các"):  # fmt: skip
            continue  # capitalised only where a line or sentence opens with it: not 'đơn vị cấp Sở, ngành'
        if e.label_ == "AGENCY" and _words(doc, e.start, e.start + 2) == "chính phủ" and e.end - e.start > 2 and e[2].lower_ in ("điện", "số"):
            continue  # 'Chính phủ Điện tử', 'Chính phủ Số': the programme, not a government
        if e.label_ == "AGENCY" and e[0].text == "Bộ" and re.match(r"Bộ (?:chỉ số|tiêu chí|câu hỏi|thủ tục|dữ liệu)(?!\w)",
                                                                   doc[e.start : e.start + 3].text, re.IGNORECASE):  # fmt: skip
            continue  # 'Bộ Chỉ số đổi mới sáng tạo', 'Bộ tiêu chí': a set of measures, not a ministry
        if e.label_ == "GROUP" and _words(doc, e.start, e.start + 2) in ("doanh nghiệp", "công ty") and (
                _REVENUE_FROM.search(doc.text, max(0, e.start_char - 80), e.start_char) or _REVENUE.search(_sentence_text(doc, e.start))):
            continue  # 'Thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài: 1.369 tỷ đồng', '- Khu vực doanh nghiệp Nhà nước: 136.300
            # tỉ đồng, bằng 61,7% dự toán': a kind of revenue, no subject
        if e.label_ == "GROUP" and _words(doc, e.start, e.end) == "cấp bộ" and e.end < len(doc) and doc[e.end].text in ("Đoàn", "Hội", "Đảng"):
            continue  # 'Các cấp bộ Đoàn đã thành lập 14 câu lạc bộ': the union's chapters at every level, not the ministries
        if e.label_ == "GROUP" and e[0].lower_ == "bộ" and _word_before(doc, e.start) == "cán":
            continue  # 'Số cán bộ ngành y': the staff of a sector, not 'bộ, ngành'
        if e.label_ == "GROUP" and _LAND.match(e.text) and (_word_before(doc, e.start) in ("và", "hội", "trong") or (
                e.end < len(doc) and doc[e.end].lower_ == "phía")):  # fmt: skip
            continue  # a land named last among places ('về từng khu dân cư, vùng sâu, vùng xa và vùng ...'), in a programme's
            # name ('... phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số'), as a field ('trong vùng ...'), or part
            # of a region's name ('khu vực miền núi phía Bắc')
        if _is_region(e) and e.start > 0 and doc[e.start - 1].is_alpha and doc[e.start - 1].lower_ not in _REGION_ACTS \
                and not _its_provinces_open(doc, e):  # fmt: skip
            continue  # 'đứng đầu vùng X', 'thứ 7/13 tỉnh vùng X', 'khu vực X': the field a rank is over, no subject
        if e.label_ == "VILLAGE" and e[0].lower_ == "bản" and (_word_before(doc, e.start) in _NOT_A_VILLAGE or e[1].lower_ in _DOCUMENT_HEADS):
            continue
        if e.label_ == "VILLAGE" and e[0].lower_ == "thôn" and _word_before(doc, e.start) == "nông":
            continue  # 'nước sạch nông thôn 8 tháng đầu năm': the countryside, then a period
        if e.label_ in ("DISTRICT", "COMMUNE") and not ((c := (e[_level_len(e):] or e)[0].text[:1]).isupper() or c.isdigit()):
            continue  # 'xã, phường, thị trấn với 3,6 triệu', 'Xã phấn đấu', 'xã quý III': words, not 'Thị trấn Vôi', 'xã Phan'
        if e.label_ == "VILLAGE" and e[-1].text.isdigit() and e.end < len(doc) and doc[e.end].lower_ in ("tháng", "năm", "ngày", "quý"):
            continue  # '... đường giao thông thôn, xóm | 11 tháng năm 2013': a period's length, no hamlet's number
        if e.label_ == "AGENCY" and e[0].lower_ == "trường" and any(_is_faith(e[k:].text) for k in range(2, len(e))):
            continue  # 'Trường mầm non Công giáo có 6 lớp': a kind of school by its faith, no school's name
        if e.label_ in ("DISTRICT", "COMMUNE", "PLACE") and re.fullmatch(r"[IVX]+", e[-1].text) and e.end - e.start == _level_len(e) + 1 and (
                e.end < len(doc) and doc[e.end].text == "."):  # fmt: skip
            continue  # '... trên địa bàn huyện | I. KẾ HOẠCH' run together by a scan: a heading's numeral, no unit's name
        if e.label_ in ("DISTRICT", "COMMUNE") and e[-1].text.isdigit() and e[0].lower_ not in ("quận", "phường"):
            continue  # 'tăng bình quân 11-11,5%': not 'Quận 11' (a numbered unit is matched without its marks)
        if e.label_ == "GROUP" and _school_level(e) and not (_heads_clause(doc, e) or _school_level_named(doc, e)):
            continue  # a school level heads its own item or clause ('- Cấp mầm non: 160/160 trường', '1. Số lượng: cấp mầm
            # non hiện có ...'); not 'học bạ số cấp tiểu học'
        if e.label_ == "GROUP" and e.text.lower() in _SCHOOL_STAGES and not _stage_heads_item(doc, e):
            continue  # a bare stage names a list item's group only ('- Tiểu học: từ 93% lên 98,9%'); not 'giáo viên mầm non'
        if e.label_ == "GROUP" and e.ent_id_ == _WHOLE and _is_faith(e.text) and not (_opens_after_time(doc, e.start) or (
                before := _word_before(doc, e.start)) in ("đạo", "riêng", ":", ";") or before in ("(", ",") and (
                _value_next(doc, e.end - 1) or e.end < len(doc) and doc[e.end].lower_ == "có" and _value_next(doc, e.end))):  # fmt: skip
            continue  # a religion is a subject where it leads ('- Công giáo: ...', 'Riêng đạo Tin lành, ...', '(Công giáo 149.273 tín
            # đồ, Tin lành có 75 tín đồ)'); not 'cơ sở giáo dục Công giáo'
        if e.label_ == "GROUP" and e[0].lower_ == "cấp" and e.end < len(doc) and doc[e.end].lower_ == "hội" and e[-1].lower_ == "xã":
            continue  # 'Trợ cấp xã hội: 3,8 tỷ đồng': a social allowance, no level
        if e.label_ == "GROUP" and e[0].lower_ == "tuyến" and not (_opens_sentence(doc, e) or _word_before(doc, e.start) in (
                "ở", "tại", "riêng", ":", ";") or _word_before(doc, e.start) == "," and _value_next(doc, e.end - 1)):  # fmt: skip
            continue  # a tier that opens its clause or list item ('Tuyến tỉnh có 05 bệnh viện', 'Ở tuyến huyện, xã, ...', 'trong
            # đó: tuyến tỉnh 1.630 giường, tuyến huyện 1.200 giường'); not one that qualifies a noun ('bệnh viện tuyến huyện')
        if e.label_ == "GROUP" and e[0].lower_ == "cấp" and _names_an_index(doc, e):
            continue  # 'Chỉ số cải cách hành chính cấp tỉnh', '... hành chính công cấp tỉnh (PAPI)'
        if e.label_ == "GROUP" and e.text.lower() in ("địa phương", "trung ương") and _opens_as_place(doc, e):
            pass  # '- Ở trung ương, lực lượng thanh tra ... đã thanh tra 68 cơ sở; ở địa phương, ...': the tier a clause is about
        elif e.label_ == "GROUP" and e.text.lower() == "trung ương":
            continue
        elif e.label_ == "GROUP" and e.text.lower() == "địa phương" and (_word_before(doc, e.start) != "của"
                                                                       or "trung ương" in _words(doc, e.start - 5, e.start)):
            continue  # 'của địa phương là 37%' beside 'của các bộ, ngành'; not '34 địa phương', 'tại địa phương', nor a
            # source of funds ('nguồn lực của Trung ương, của địa phương và ...')
        if e.label_ == "GROUP" and any(t.lower_ == "mỗi" for t in doc[max(0, e.start - 3) : e.start]) and all(
                t.is_alpha for t in doc[max(0, e.start - 3) : e.start]):  # fmt: skip
            continue  # 'Mỗi đơn vị cấp huyện chọn 3 đơn vị cấp xã': each of a level, no one unit
        if e.label_ == "GROUP" and e[-1].lower_ == "lại" and _leads_a_list(doc, e):
            continue  # 'Các xã còn lại được phân nhóm ... như sau: | - Nhóm đạt từ 15 - 18 tiêu chí: 31 xã': the field its items count
        if e.label_ == "GROUP" and _ranked_among(doc, e):
            continue  # 'Sở Nội vụ đứng đầu bảng xếp hạng Chỉ số ... của các sở, ban, ngành với 91,68%': the field it ranks in
        if e.ent_id_ == _OF_A_KIND and _word_before(doc, e.start) not in ("tại", "ở", "với", "bàn", "riêng") and not _opens_sentence(doc, e) \
                and not (e.start > 0 and doc[e.start - 1].text == ","):  # fmt: skip  (a clause's head: 'Ngoài ..., các xã biên giới còn có')
            continue  # 'hỗ trợ các huyện nghèo theo Nghị quyết 30a': the programme's field, no clause about them
        members = e.label_ == "GROUP" and e.ent_id_ == _MEMBERS
        if members and not _opens_sentence(doc, e):
            continue  # 'phối hợp với Hội Nông dân các xã, ...': named beside the actor
        if members:
            first = next((t.i for t in e if t.lower_ == "các"), None)
            first = first if first is not None else next(t.i for t in e if t.i > e.start and (t.lower_ in _LEVELS or t.lower_ in ("thị", "thành", "đặc")))
            e = Span(doc, first, e.end, label="GROUP", span_id=_MEMBERS)
        listed = e.label_ == "GROUP" and e[0].lower_ == "các" and e[1:].text.lower() in _LEVEL_LISTS
        levels = listed and (members or _opens_sentence(doc, e) or _toward(doc, e.start) or _average_of(doc, e.start))
        if listed and not levels and e[1].lower_ != "tỉnh":
            continue  # 'cho các sở, ban, ngành và 13 huyện, thành phố': named among others, not the actor (the provinces'
            # average is kept below)
        if e.label_ == "GROUP" and e[0].lower_ == "các":
            e = Span(doc, e.start + 1, e.end, label="GROUP")
        if e.label_ == "GROUP" and e[0].lower_ == "tỉnh" and _words(doc, e.start + 1, e.start + 2) != "phía" and not (
                levels or _average_of(doc, e.start) or _spread_follows(doc, e)):  # fmt: skip
            continue  # the national average's group, or the field a spread is over; not '63 tỉnh, thành phố', 'Xếp hạng
            # ... của các tỉnh, thành phố' (the provinces of one side are kept: 'Các tỉnh phía Nam đã thu hoạch ...')
        if e.label_ == "GROUP" and _everyone(doc, e):
            continue
        if e.label_ == "GROUP" and e[0].lower_ == "cấp" and e.end - e.start >= 5 and _respectively_after(doc, e):
            ents += [Span(doc, t.i, t.i + 2, label="GROUP") for t in e if t.lower_ == "cấp"]
            continue  # 'cấp huyện và cấp xã lần lượt đạt 95% và 90%': a name for each value
        if e.end - e.start > 1 and e[-1].lower_ in ("và", "-"):  # 'Sở Tư pháp và | Sở Y tế': the joiner is no part
            e = Span(doc, e.start, e.end - 1, label=e.label_)
        if (e.label_ == "VILLAGE" or e.label_ == "AGENCY" and e[0].lower_ in _GROUNDS) and len(e) > 2 and e[-1].text.isdigit() \
                and e[-2].is_alpha and e[-2].whitespace_ and e.end < len(doc) and doc[e.end].is_lower and doc[e.end].lower_ not in _STOP:  # fmt: skip
            e = Span(doc, e.start, e.end - 1, label=e.label_)  # 'thôn Chiềng Ai 7 hộ', 'KCN Quế Võ 3 dự án': the count, not a
            # numbered hamlet or park ('Thôn 7', 'KCN Yên Phong 2')
        if e.label_ == "AGENCY" and e[0].text == "Hội" and e.end - e.start <= 3 and key(e.text) in district_provinces():
            continue  # 'Hội An 110': a city named bare, not an association
        if e.label_ == "AGENCY" and key(e[:2].text) == "dai loan":
            continue  # Taiwan, not a broadcaster ('Đài ...'): a market, no body
        if e.label_ == "AGENCY" and e.text in OPERATORS and e.end < len(doc) and (doc[e.end].text == "-" or not (
                doc[e.end].is_punct or doc[e.end].is_lower or re.fullmatch(r"\d[\d.,]*", doc[e.end].text))):  # fmt: skip
            continue  # a product, not the operator: 'Hệ thống VNPT iGate', 'VNPT-iLIS', 'Viettel Money' (not 'VinaPhone 150.000 thuê bao')
        if e.label_ == "AGENCY" and e.ent_id_ != _WHOLE:
            e = _with_its_place(doc, _trim_name(doc, _whole_words(doc, e)))
        if e.label_ == "AGENCY":
            e = _drop_run_on(doc, _drop_verb(doc, e))
        if e.label_ == "AGENCY" and e.end < len(doc) and doc[e.end].text == "giao" and _word_before(doc, e.start) in _ASSIGNED:
            continue  # 'bằng 114% dự toán Tổng cục Thuế giao': who set the target, not whom the value is about
        if e.label_ == "AGENCY":
            e = _with_its_quote(doc, e)
        if e.label_ == "GROUP" and e[0].lower_ == "khối" and e.end - e.start > 1 and e[1].lower_ == "như":
            continue  # 'Cơ cấu nợ theo khối như sau:', no block's name
        if e.label_ == "GROUP" and e[0].lower_ == "khối":
            e = _trim_block(doc, e)
        quarter = next((t.i for t in e if t.lower_ == "quý" and t.i + 1 < len(doc) and re.fullmatch(r"I{1,3}|IV", doc[t.i + 1].text)
                        and "\n" not in _gap(doc, t.i + 1)), None)  # (not '... huyện Phú Quý | I. TỔ CHỨC', a heading's number)
        if quarter is not None and quarter > e.start + 1:
            e = Span(doc, e.start, quarter, label=e.label_)  # '... công xã | Quý III năm 2025': a quarter, no name
        if e.label_ == "AGENCY" and e[0].lower_ == "chợ" and any(f"{lv} {key(e.text)}" in _unit_names() for lv in ("huyen", "xa", "thi tran")):
            continue  # 'huyện Pác Nặm, Ba Bể, Chợ Mới': a place named after its market, not the market
        if e.ent_id_ == _LEVEL_LIST and e[0].lower_ == "nhóm" and not _UNITS_SAID.search(_sentence_text(doc, e.start)):
            continue  # 'nhóm 2 có 643.005 thửa', 'Nhóm 1 gồm 05 thủ tục': a class of things, not of units
        if e.ent_id_ == _LEVEL_LIST:
            e = Span(doc, e.start, e.end - 1, label="GROUP")  # the word its pattern saw after it
        if e.end - e.start == 1 and e[0].lower_ in _LEVELS and e.label_ != "GROUP":
            continue  # a level word alone ('... ghi nhận | Tỉnh có 3 đơn vị'): the issuer's own area
        if e.label_ == "PLACE":  # the label of its level word: "UBND Phường X" is a commune
            label = {v: k for k, v in KINDS.items()}[normalize(e.text, "PLACE").kind]
            if label == "AGENCY":
                continue  # its level word was cut off with a heading ('... CÁC TỈNH, THÀNH PHỐ | Giá trị'): no place
            e = doc.char_span(e.start_char, e.end_char, label=label) or e
        if ents and e.start < ents[-1].end:
            continue  # a name its body's name took in ('Trung tâm Y tế huyện Vĩnh Thạnh')
        if ents and ents[-1].end == e.start and ents[-1].label_ == "AGENCY" and e.label_ == "GROUP" and e[0].lower_ == "cấp" \
                and not re.match(r"(?i)(?:trung tâm phục vụ|bộ phận|ubnd|ủy ban|uỷ ban)", ents[-1].text):  # fmt: skip
            continue  # 'các Chi nhánh Văn phòng Đăng ký đất đai cấp huyện': the level of those bodies, not a subject beside them
        if ents and ents[-1].end == e.start and ents[-1].text in OPERATORS and e.label_ in ("PROVINCE", "DISTRICT") \
                and _level_len(e):  # fmt: skip
            ents[-1] = Span(doc, ents[-1].start, e.end, label="AGENCY")  # 'Viettel thành phố Huế': the operator's branch
            continue
        if ents and ents[-1].end == e.start and ents[-1].label_ == "AGENCY" and e.label_ == "PROVINCE" and not _level_len(e) \
                and e[0].is_title:  # fmt: skip
            ents[-1] = Span(doc, ents[-1].start, e.end, label="AGENCY")  # 'Cục Hải quan Cao Bằng': the body of that province
            continue
        if ents and ents[-1].end == e.start and ents[-1].label_ == "AGENCY" and ents[-1][-1].is_upper and len(ents[-1]) > 1 \
                and e.label_ in ("PROVINCE", "DISTRICT", "COMMUNE") and _level_len(e):  # fmt: skip
            ents[-1] = Span(doc, ents[-1].start, e.end, label="AGENCY")  # 'Cục THADS | Thành phố Hồ Chí Minh': the longer
            continue  # place took its level word from the initials' pattern
        if e.label_ == "AGENCY" and ents and ents[-1].label_ == "AGENCY" and ents[-1].end == e.start - 1 and doc[e.start - 1].lower_ == "cùng":
            continue  # 'Chi cục Quản lý thị trường cùng Thanh tra Sở Công Thương kiểm tra 210 cơ sở': the one before leads, the other goes with it
        if e.label_ == "AGENCY" and e.end + 1 < len(doc) and doc[e.end].lower_ == "số" and doc[e.end + 1].text.isdigit():
            e = Span(doc, e.start, e.end + 2, label="AGENCY")  # 'Đội Quản lý thị trường số 10', 'Trường THCS số 2'
        elif e.label_ == "AGENCY" and e[-1].text in ("TNHH", "MTV", "CP") and e.end < len(doc) and doc[e.end].text.isdigit():
            e = Span(doc, e.start, e.end + 1, label="AGENCY")  # 'Công ty TNHH MTV 508': a company named by a number
        ents.append(e)
    _set_ents(doc, ents)
    return doc


_FIRM_HEADS = (("công", "ty"), ("tổng", "công", "ty"), ("hợp", "tác", "xã"), ("htx",), ("nhà", "máy"), ("doanh", "nghiệp", "tư", "nhân"))
_FIRM_ENDS = frozenset(_STOP) - {"cấp", "cao", "số"} | {"nợ", "chậm", "nộp", "đóng", "trả"}  # ("cấp thoát nước")
_FIRM_TAIL = frozenset({":", "(", ",", "nợ", "chậm", "nộp", "đóng", "có", "đạt", "đã", "được"})  # what may follow the name


@Language.component("firm_items")
def firm_items(doc: Doc) -> Doc:
    """'- Công ty cổ phần đường bộ Đắk Lắk: nợ 4,44 tỷ đồng', '- Công ty CP Lilama 45.3 nợ ...': a list item that
    opens with a firm names it to its colon, bracket or first verb, whatever the case of its words (a firm's
    name holds common nouns and numbers the ruler's names do not)."""
    ents = list(doc.ents)
    for i in range(len(doc)):
        start = i + 1 if doc[i].text in "-+•" else i
        if start >= len(doc) or not doc[start].is_title and doc[start].text != "HTX":
            continue  # (the cheap tests first: this runs at every token)
        opens = i == 0 or _line_opens(doc, i)
        inline = not opens and doc[i - 1].text in (";", ":", ".")  # 'gồm: Công ty ... nợ 1.828 tỷ đồng; Công ty ...'
        head = _firm_head(doc, start) if opens or inline else None
        if head is None:
            continue
        end = start + len(head)
        while end < len(doc) and "\n" not in _gap(doc, end) and doc[end].text not in (":", "(", ",", ";", ".") \
                and not (doc[end].lower_ in _FIRM_ENDS and doc[end].is_lower and not _trades_joined(doc, end)):  # fmt: skip
            end += 1  # ('Công ty TNHH MTV Đóng Tàu Nha Trang', 'Công ty Cổ phần Chế biến và xuất nhập khẩu thủy sản Cadovimex')
        name = doc[start + len(head) : end]
        if not name or end >= len(doc) or doc[end].lower_ not in _FIRM_TAIL or not any(t.is_title or t.is_upper or t.like_num for t in name) \
                or inline and (doc[end].text == "," or len(name) > 12):  # fmt: skip
            continue  # (not a kind of firm: '- Hợp tác xã nông nghiệp ứng dụng công nghệ cao: 184 hợp tác xã'; inside a line, only
            # a name its verb ends: not '...; Công ty X duy trì mức thưởng Tết bình quân 7,7 triệu đồng/người, ...')
        ents = [e for e in ents if e.end <= start or e.start >= end] + [Span(doc, start, end, label="AGENCY")]
    for firm in _formed_firms(doc):
        if not any(e.start <= firm.start and e.end >= firm.end for e in ents):
            ents = [e for e in ents if e.end <= firm.start or e.start >= firm.end] + [firm]
    ents = [_to_its_colon(doc, e) for e in ents]
    _set_ents(doc, ents)
    return doc


_LEGAL_FORMS = (("tnhh",), ("cp",), ("cổ", "phần"), ("trách", "nhiệm", "hữu", "hạn"))
_AFTER_FIRM = _FIRM_ENDS | {"ở", "thuộc", "bị", "phải", "vi", "xả", "sản", "kinh"}  # ('sản xuất', 'kinh doanh': what it does)


def _formed_firms(doc: Doc) -> list[Span]:
    """A firm named by its legal form anywhere in a sentence, to the first word that is no part of a name: 'mẫu nước
    thải của Công ty TNHH In.VN có ...', 'Công ty cổ phần địa ốc Him Lam', 'Công ty TNHH KaiYang (số 196, ...)' (its
    name in capitals, initials or a brand's mixed case, the trade it names in lower case between), ending on a word
    in capitals: not '... Công ty CP nước sạch Thái Nguyên | và ...'."""
    firms = []
    for t in doc:
        if t.text != "Công" or t.i + 3 >= len(doc) or doc[t.i + 1].lower_ != "ty":
            continue
        form = next((f for f in _LEGAL_FORMS if _words(doc, t.i + 2, t.i + 2 + len(f)) == " ".join(f)), None)
        if form is None:
            continue
        end = t.i + 2 + len(form)
        while end < len(doc) and "\n" not in _gap(doc, end) and (
                doc[end].is_alpha and not (doc[end].is_lower and doc[end].lower_ in _AFTER_FIRM and not _trades_joined(doc, end))
                or doc[end].like_num and _named_number(doc, end)
                or doc[end].text in ("&", "-", ".", "/") and end + 1 < len(doc) and doc[end + 1].text[:1].isalnum() and _gap(doc, end + 1) == ""):  # fmt: skip
            end += 1  # ('Công ty TNHH Đầu tư và dịch vụ ô tô Hải Dương', 'Công ty TNHH Một thành viên Xuất nhập khẩu 2/9 Đắk Lắk')
        while end > t.i + 2 + len(form) and not (doc[end - 1].text[:1].isupper() or doc[end - 1].like_num):
            end -= 1
        if end > t.i + 2 + len(form) and any(x.text[:1].isupper() for x in doc[t.i + 2 + len(form) : end]):
            firms.append(Span(doc, t.i, end, label="AGENCY"))
    return firms


def _named_number(doc: Doc, i: int) -> bool:
    """A number inside a firm's name stands by a capitalised word ('Lilama 45.3', 'MTV 508', 'Xuất nhập khẩu 2/9 Đắk
    Lắk'); not a count after its verb ('... Hải Dương thưởng 40 triệu')."""
    j = i
    while j + 2 < len(doc) and doc[j + 1].text in ("/", ".", "-") and doc[j + 2].like_num and _gap(doc, j + 1) == "":
        j += 2
    return doc[i - 1].text[:1].isupper() or j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha


def _trades_joined(doc: Doc, i: int) -> bool:
    """A 'và' between two trades in a firm's name: '... Chế biến và xuất nhập khẩu thủy sản Cadovimex'."""
    return doc[i].lower_ == "và" and i + 1 < len(doc) and doc[i + 1].is_alpha and (
        doc[i + 1].is_lower and doc[i + 1].lower_ not in _FIRM_ENDS
        or doc[i + 1].is_title and _firm_head(doc, i + 1) is None)  # fmt: skip
    # (and a capitalised one: 'Thương mại Vận tải và Du lịch Xuyên Việt Oil'; not a second firm: 'Công ty A và Công ty B')


def _firm_head(doc: Doc, i: int) -> tuple[str, ...] | None:
    """The words of a firm's kind that open at token i ('công ty', 'hợp tác xã', ...), if any."""
    return next((h for h in _FIRM_HEADS if _words(doc, i, i + len(h)) == " ".join(h)), None)


def _to_its_colon(doc: Doc, e: Span) -> Span:
    """'- Sở Nông nghiệp và phát triển nông thôn: 279 hồ sơ', '- Trung tâm Khuyến công và tư vấn phát triển công nghiệp:
    ...': a body that opens a list item goes on to the item's colon after 'và' in lower case, as the name's second part."""
    if e.label_ != "AGENCY" or e.end + 2 >= len(doc) or doc[e.end].lower_ != "và" or not doc[e.end + 1].is_lower:
        return e
    if not (e.start == 0 or _line_opens(doc, e.start) or doc[e.start - 1].text in "-+•" and _line_opens(doc, e.start - 1)):
        return e
    colon = next((j for j in range(e.end + 1, min(len(doc), e.end + 10)) if not doc[j].is_alpha or "\n" in _gap(doc, j)), None)
    return Span(doc, e.start, colon, label="AGENCY") if colon is not None and doc[colon].text == ":" and "\n" not in _gap(doc, colon) else e


def _toward(doc: Doc, i: int) -> bool:
    """Whether 'đối với' (and perhaps 'UBND') comes right before token i: 'Chỉ số hài lòng đối với UBND các huyện,
    thị xã, thành phố đạt 86,89%' is the districts' score."""
    words = [t.lower_ for t in doc[max(0, i - 6) : i]]
    words = words[:-1] if words[-1:] == ["ubnd"] else words[:-4] if words[-4:] == ["ủy", "ban", "nhân", "dân"] else words
    return words[-2:] == ["đối", "với"]


def _opens_sentence(doc: Doc, e: Span) -> bool:
    """'- Các xã, phường tiếp nhận ...', 'b) Ủy ban nhân dân các huyện, thành phố cấp ...', 'Tính đến hết tháng 7/2020,
    các huyện, thành phố ...', 'Ở các huyện, thành phố, tỷ lệ ...': units of some levels that open a sentence or item,
    alone (after its mark, their administration's name or a time said first), as its actor or its topic; a clause after ';'
    opens as a sentence does."""
    start = _clause_opening(doc, e.start)
    lead = [t.lower_ for t in doc[start : e.start] if not t.is_punct]
    lead = lead[2:] if lead[:2] == ["lãnh", "đạo"] else lead  # 'Lãnh đạo UBND các huyện, thành phố tiếp 25 lượt': their heads
    after = doc[e.end].lower_ if e.end < len(doc) else ""
    timed = bool(lead) and lead[0] in _ADVERBIAL and doc[e.start - 1].text == "," and "," not in doc[start : e.start - 1].text
    return (lead in ([], ["ubnd"], ["ủy", "ban", "nhân", "dân"], ["uỷ", "ban", "nhân", "dân"]) or timed) and after not in ("và", ",", "thuộc") \
        or (lead in (["ở"], ["tại"]) and after == ",")


def _level_len(e: Span) -> int:
    """How many words of a unit's name are its level word ('Thị trấn Vôi': 2, 'Xã Phan': 1, 'Vinh': 0)."""
    return 2 if _words(e.doc, e.start, e.start + 2) in _LEVELS else 1 if e[0].lower_ in _LEVELS else 0


# a list's lead-in that names the level of its items: 'Khối huyện:', 'Các huyện có nhiều xã ... gồm:'
_LEAD_LEVEL = re.compile(r"(?:^|[\s(])(?:khối|các|những|nhiều|một\s+số)\s+(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?(?:các\s+)?"
                         r"(thị xã|thị trấn|thành phố|đặc khu|huyện|quận|xã|phường)(?=[\s,:]|$)", re.IGNORECASE)
_FAMILY = {"DISTRICT": ("huyện", "quận", "thị xã", "thành phố"), "COMMUNE": ("xã", "phường", "thị trấn", "đặc khu")}
_OWN_LEVEL = _FAMILY | {"PROVINCE": ("tỉnh",)}


def _counts_level(doc: Doc, end: int, levels: tuple[str, ...]) -> bool:
    """Whether a count of units of those levels follows a name: 'Bạch Thông 02 xã'."""
    return end + 1 < len(doc) and doc[end].text[:1].isdigit() and any(
        f"{_words(doc, end + 1, end + 3)} ".startswith(lv + " ") for lv in levels)


def _respectively_later(doc: Doc, i: int) -> bool:
    """'ở các huyện Cao Lộc, Tràng Định và Lộc Bình, với tỷ lệ quá hạn lần lượt là 13,33%, ...': the sentence
    gives the names' values in turn after them."""
    k = i
    while k < len(doc) - 1 and not _full_stop(doc, k) and not _line_opens(doc, k + 1):
        if _words(doc, k, k + 2) in _RESPECTIVELY:
            return True
        k += 1
    return False


def _name_word(t: Token) -> bool:
    """A capitalized word, a highland name's apostrophe in it or not: 'Cát', 'R'lấp' ('Đắk R'lấp'), 'H'Drai'."""
    return t.text[:1].isupper() and t.text.replace("'", "").isalpha() and (t.is_title or "'" in t.text)


@Language.component("name_listed_units")
def name_listed_units(doc: Doc) -> Doc:
    """'Khối huyện: Cát Hải đạt 124,56%; An Lão đạt ...', 'Các huyện ... gồm: Kông Chro (5/14 xã), Chư Păh
    (...)': a list whose lead-in names a level writes its units' names bare. A bare name the administrative
    data holds at that level (any of its kin: a 'huyện' list may hold a town now a city) is that unit."""
    listed: dict[int, Subject] = {}
    ents = list(doc.ents)
    taken = {i for e in ents for i in range(e.start, e.end)}

    def bare(run: Span, n: int) -> bool:
        """A run of capitalized words, not the first word of a common noun ('- Hồ sơ kỳ trước: ...' names no 'phường Hồ')."""
        then = doc[run.end] if run.end < len(doc) else None
        common = n == 1 and then is not None and then.is_alpha and then.is_lower and then.lower_ not in _STOP
        return len(run) == n and all(_name_word(t) for t in run) and not any(t.i in taken for t in run) and not common

    def name_it(run: Span, level: str, name: str) -> None:
        label = next(lv for lv, f in _FAMILY.items() if level in f)
        ents.append(Span(doc, run.start, run.end, label=label))
        listed[run.start] = Subject(f"{level} {name}", KINDS[label])
        taken.update(range(run.start, run.end))

    colons = [(t.i, _sentence_start(doc, t.i)) for t in doc if t.text == ":" or (  # '... một số huyện có tỷ lệ thu tốt là Lạc
        (t.lower_ in ("là", "gồm") or t.text == "như") and t.i + 1 < len(doc) and doc[t.i + 1].is_title)]  # Dương (34%), Cát
    # Tiên (31%)', 'nhiều xã ..., như Trung Lý (Mường Lát) với 7.324,31 ha' (not the districts 'Như Thanh', 'Như Xuân')
    leads = [(c, m.group(1).lower(), start) for c, start in colons if (m := _LEAD_LEVEL.search(doc[start:c].text))]
    for n_lead, (colon, level, lead_start) in enumerate(leads):
        kin = next(f for f in _FAMILY.values() if level in f)
        said = [lv for lv in kin if re.search(rf"(?<![^\W\d_]){lv}(?![^\W\d_])", doc[lead_start:colon].text.lower())]
        stop = next((start for _, _, start in leads[n_lead + 1 :] if start > colon), len(doc))  # the next list's lead-in
        # (not a later colon of the same sentence: 'Phân theo các huyện ... như sau: Cư Jút: 29 trường; Đắk Mil: 27 trường')
        j = colon + 1
        while j < stop and not (j > colon + 1 and ("\n\n" in _gap(doc, j) or _heading_ends(doc, j))):
            if (j == colon + 1 or doc[j - 1].lower_ in (";", ",", "-", "+", "và") or _line_opens(doc, j)) and j not in taken:
                for n in (4, 3, 2, 1):
                    run = doc[j : j + n]
                    if not bare(run, n):
                        continue
                    # 'Các xã ... gồm: Bạch Thông 02 xã; Ngân Sơn 01 xã': an item counting units of the lead's level is
                    # named by the level above (the district), though a commune may bear the district's name since 2025
                    above = kin is _FAMILY["COMMUNE"] and _counts_level(doc, run.end, kin)
                    lv = next((lv for lv in (_FAMILY["DISTRICT"] if above else (level, *said, *kin)) if _is_unit(lv, run.text)), None)
                    if lv is not None:  # the level the lead-in says, or another it says too ('Các quận, huyện ...: An Dương')
                        name_it(run, lv if lv in said or above else level, _canonical(lv, run.text))
                        break
            j += 1
    for e in [e for e in ents if e.label_ in ("COMMUNE", "DISTRICT") and e.start > 0 and doc[e.start - 1].lower_ in ("các", "những")]:
        level = _words(doc, e.start, e.start + _level_len(e))
        if level not in _FAMILY[e.label_] or e.end >= len(doc) or doc[e.end].text != "(" and not _respectively_later(doc, e.end):
            continue  # (a list of values per unit only, or of names whose values follow 'lần lượt')
        j = e.end  # 'Các phường Bình Thuận (54 biên chế), Phú Thủy (54 biên chế), Hàm Thắng (...)': the list goes on bare
        while j < len(doc):
            if doc[j].text == "(":
                j = next((k + 1 for k in range(j, min(len(doc), j + 30)) if doc[k].text == ")"), len(doc))
                continue
            if doc[j].text != "," and doc[j].lower_ != "và" or "\n" in _gap(doc, j):
                break
            run = next((doc[j + 1 : j + 1 + n] for n in (4, 3, 2, 1) if bare(doc[j + 1 : j + 1 + n], n)
                        and _is_unit(level, doc[j + 1 : j + 1 + n].text)), None)
            if run is None:
                break
            name_it(run, level, _canonical(level, run.text))
            j = run.end
    def value_after(k: int, colon: bool) -> bool:
        return k + colon < len(doc) and (not colon or doc[k].text == ":") and doc[k + colon].text[:1].isdigit()

    for e in [e for e in ents if e.label_ in ("COMMUNE", "DISTRICT") and (value_after(e.end, False) and doc[e.start - 1].text in ("(", ":")
                                                                          or value_after(e.end, True))]:  # fmt: skip
        level = _words(doc, e.start, e.start + _level_len(e))
        if level not in _FAMILY[e.label_]:
            continue
        # '49 nhà (xã Hồ Bốn 22 nhà, Lao Chải 26 nhà, Khao Mang 1 nhà)', 'huyện Nghi Xuân: 3 di tích, Đức Thọ: 5 di tích và
        # Can Lộc: 1 di tích': each value's unit named bare after the first
        j, colon = e.end, doc[e.end].text == ":"
        ends = (")",) if colon else (")", ";")  # (a colon list's items may part with ';')
        while j < len(doc) and doc[j].text not in ends and "\n" not in _gap(doc, j):
            if doc[j].lower_ in (",", ";", "và") and (run := next((doc[j + 1 : j + 1 + n] for n in (4, 3, 2, 1) if bare(doc[j + 1 : j + 1 + n], n)
                                                    and value_after(j + 1 + n, colon)
                                                    and _is_unit(level, doc[j + 1 : j + 1 + n].text)), None)):
                name_it(run, level, _canonical(level, run.text))
                j = run.end
                continue
            j += 1
    for j in range(len(doc) - 2):  # 'Bát Mọt là xã biên giới ...': a bare name said to be a unit of a level
        level = _level_said(doc, j)
        if level is None or j in taken:
            continue
        for n in (1, 2, 3):
            run = doc[max(0, j - n + 1) : j + 1]
            if bare(run, n) and _is_unit(level, run.text) and (
                    run.start == 0 or not doc[run.start - 1].is_title):  # fmt: skip
                name_it(run, level, _canonical(level, run.text))
                break
    home = _issuer_province(doc.user_data.get("issuer", ""))
    led = {start for _, _, start in leads} | {start for c, start in colons
                                             if any(e.label_ == "AGENCY" and start <= e.start < c for e in ents)}
    # '- Lào Cai: 155 người ..., gồm: Bảo Yên 109, Sa Pa 8': a line opened by a province lists that province's districts
    heads = {_line_start(doc, e.start): provinces().get(key(normalize(e.text, e.label_).name)) for e in ents
             if e.label_ == "PROVINCE" and e.start - _line_start(doc, e.start) <= 1 + (doc[_line_start(doc, e.start)].text in "-+•")}
    here = heads.get(0) or home
    for j in range(len(doc) - 1):  # '- Lộc Hà: 364 tỷ đồng', 'Tây Giang 38,07%, Nam Trà My 37,37%' in a
        # report of the province: a district of the issuer's own province (or the line's), named bare where a list item opens
        if j and "\n" in _gap(doc, j):
            here = heads.get(j) or home
        short = _ABBREVIATED.get(doc[j - 2].text) if j >= 2 and doc[j - 1].text == "." else None  # 'H.Hòa An 97 nhà'
        if not here or j in taken or not (j == 0 or doc[j - 1].lower_ in (":", ";", ",", "(", "-", "+", "•", "là", "và") or short
                                          or _line_opens(doc, j)) or _sentence_start(doc, j) in led:  # fmt: skip
            continue  # (not in a list whose lead-in says the level or the body its names are of)
        for n in (3, 2, 1):
            run = doc[j : j + n]
            if not bare(run, n) or here not in district_provinces().get(key(run.text), ()) or key(run.text) == key(here) \
                    or not (_value_follows(doc, j, run.end) or _has_value(doc, run.end)):  # fmt: skip
                continue
            if lv := next((lv for lv in ((short,) if short else _FAMILY["DISTRICT"]) if _is_unit(lv, run.text)), None):
                name_it(run, lv, _canonical(lv, run.text))
                break
    communes = _issuer_communes(doc.user_data.get("issuer", ""))
    for j in range(len(doc) - 1) if communes else ():  # 'Theo đó, Hà Lam có 350 hộ, Bình Tú 400 hộ, ...' in a report of
        # the district: a commune of the issuer's own district, named bare where a list item opens
        if j in taken or not (j == 0 or doc[j - 1].lower_ in (":", ";", ",", "(", "-", "+", "•", "và") or _line_opens(doc, j)):
            continue
        for n in (3, 2, 1):
            run = doc[j : j + n]
            if bare(run, n) and (commune := communes.get(key(run.text))) and (_has_value(doc, run.end) or _value_follows(doc, j, run.end)):
                name_it(run, *commune)
                break
    ents += _listed_forces(doc, taken)
    _set_ents(doc, ents)
    doc.user_data["listed"] = listed
    return doc


_LEVELS_COUNTED = frozenset({"tỉnh", "huyện", "quận", "xã", "phường", "thị", "thành", "đơn", "cơ", "địa", "đồn", "trạm", "chi"})
# the forces a report against smuggling or on crime breaks its cases down by, named bare before their counts
_BARE_FORCES = (*_FORCES, "Thuế", "Biên phòng", "Bộ đội Biên phòng", "Cảnh sát biển")


def _listed_forces(doc: Doc, taken: set[int]) -> list[Span]:
    """'(trong đó, Công an 19 vụ, Hải quan 704 vụ, Quản lý thị trường 990 vụ, Thuế 619 vụ, Kiểm lâm 8 vụ)': a force named
    bare where a list's item opens, its count right after it (or after its colon)."""
    found = []
    for t in doc:
        if t.i in taken or not t.is_title or not (t.i == 0 or doc[t.i - 1].text in (",", ";", ":", "(", "-", "+", "•") or _line_opens(doc, t.i)):
            continue
        for force in _BARE_FORCES:
            end = t.i + len(force.split())
            at = end + (doc[end].text == ":") if end < len(doc) else end
            if doc[t.i : end].text == force and at + 1 < len(doc) and doc[at].like_num and doc[at + 1].is_alpha and doc[at + 1].is_lower \
                    and doc[at + 1].lower_ not in _LEVELS_COUNTED and not any(k in taken for k in range(t.i, end)):  # fmt: skip
                # (a count of its cases, not of its units: 'Công an 18 huyện, thị xã đã giải quyết 1.482 trường hợp')
                found.append(Span(doc, t.i, end, label="AGENCY"))
                taken.update(range(t.i, end))
                break
    return found


def _has_value(doc: Doc, end: int) -> bool:
    """'Phong Điền có 8 làng nghề', 'Hà Lam đạt 350 hộ': a bare unit's name, then its verb and value."""
    return end + 1 < len(doc) and doc[end].lower_ in ("có", "đạt") and doc[end + 1].text[:1].isdigit()


def _issuer_communes(issuer: str) -> dict[str, tuple[str, str]]:
    """The communes of the district a heading's body is of ('UBND HUYỆN THĂNG BÌNH'), by the key of their bare names;
    not the one named as the district is ('Sông Mã có 37 trường' in a report of the district: the district itself)."""
    for line in issuer.splitlines():
        if m := re.search(r"(?<![a-z])(?:huyen|quan|thi xa|thanh pho)\s+([a-z ]+?)\s*$", key(line)):
            if found := district_communes().get(m.group()):
                return {k: v for k, v in found.items() if k != m.group(1)}
    return {}


def _value_follows(doc: Doc, j: int, end: int) -> bool:
    """What may follow a bare district's name that opens a list item, for it to be the item's unit: its value
    ('Thạch Hà 1.065 em', 'Di Linh (225 hộ) và Bảo Lâm (221 hộ)', '02 nhà (Bảo Yên)'), its colon or 'với' (not
    after a comma: 'Nghi Xuân, Kỳ Anh: mỗi huyện'), or a verb of change right before the value, where the item
    opens the line or follows a colon or semicolon ('như: Tuy Đức tăng 497 triệu đồng; Đắk Song tăng ...')."""
    then, before = doc[end] if end < len(doc) else None, doc[j - 1].lower_ if j else ""
    if then is None:
        return False
    if then.text[:1].isdigit() or then.text == "(":
        return True
    if before == "và":
        return False
    if then.text == ")":
        return before == "("
    if then.text == ":" or then.lower_ == "với":
        return before != ","
    if then.lower_ in _ABOUT:  # 'Yên Mô gần 20 ha'
        at = end + 1
    elif then.lower_ in ("tăng", "giảm", "đạt", "chiếm", "là"):  # 'Tuy Đức tăng 497 triệu đồng', 'Thủ Thừa chiếm 18,39%'
        at = end + 1 + (end + 2 < len(doc) and doc[end + 1].lower_ in _ABOUT)
    else:
        return False
    return at < len(doc) and doc[at].text[:1].isdigit() and (before in (":", ";") or _line_opens(doc, j))


_ABOUT = frozenset(("trên", "dưới", "gần", "hơn", "khoảng"))


@Language.component("name_lead_groups")
def name_lead_groups(doc: Doc) -> Doc:
    """What a list item's lead-in names, up to its colon. A kind of body or place no entity names is a group:
    '- Các ngân hàng thương mại: dư nợ 21.010 tỷ đồng', '- Các di tích xếp hạng khác trong tỉnh: trên 30.000 lượt
    khách' (its nouns, as underthesea tags them, up to the first verb or 'khác'). A body's name the ruler cut short
    runs to the colon when no verb follows it ('- Khu lưu niệm Giáo sư, Viện sĩ Trần Đại Nghĩa: 30.368 lượt khách'),
    a company's always ('- Công ty CP Đầu tư phát triển Việt Lào: nợ trên 3,1 tỷ đồng'). A kind of body a sentence
    opens with, before its verb, is a group too ('Năm 2015, các trung tâm cai nghiện đã tiếp nhận ...')."""
    ents = list(doc.ents)
    for t in doc:
        if t.text not in "-+•" or not _line_opens(doc, t.i) or t.i + 2 >= len(doc):
            continue
        colon = next((j for j in range(t.i + 2, min(len(doc), t.i + 30)) if doc[j].text == ":" or "\n" in _gap(doc, j)), None)
        if colon is None or doc[colon].text != ":":
            continue
        inside = [e for e in ents if t.i < e.start < colon]
        if doc[t.i + 1].lower_ == "khối" and colon > t.i + 2:  # '+ Khối doanh nghiệp có vốn đầu tư nước ngoài: 18 đơn vị':
            stop = next((j for j in range(t.i + 2, colon) if doc[j].text == "("), colon)  # all its words up to the colon
            stop = stop - 2 if stop - 2 > t.i + 2 and doc[stop - 2].lower_ == "cấp" else stop  # ('Khối sở, ban, ngành | cấp tỉnh')
            ents = [e for e in ents if e not in inside] + [Span(doc, t.i + 1, stop, label="GROUP")]
            continue
        if _COMPANY.match(doc[t.i + 1 : colon].text) and not any(e.label_ == "GROUP" and e.end == colon for e in inside):
            # a trade and numbers are part of its name: 'Công ty CP Sông Đà 27' (not a kind of company, a group)
            ents = [e for e in ents if e not in inside] + [Span(doc, t.i + 1, colon, label="AGENCY")]
            continue
        if any(doc[j].text[:1].isdigit() for j in range(t.i + 1, colon)):
            continue
        body = inside[0] if len(inside) == 1 and inside[0].start == t.i + 1 and inside[0].label_ == "AGENCY" else None
        if body is not None and body.end < colon and all(tag not in ("V", "R", "E", "C") for _, tag in _tagged(
                " ".join(x.text for x in doc[body.end : colon]))):  # fmt: skip
            ents[ents.index(body)] = Span(doc, body.start, colon, label="AGENCY")
            continue
        if inside or doc[t.i + 1].lower_ not in ("các", "những"):
            continue
        words, n = _tagged(" ".join(x.text for x in doc[t.i + 2 : colon])), 0
        for k, (word, tag) in enumerate(words):
            if tag == "CH" and word == "," and k + 1 < len(words) and words[k + 1][1] == "N" or \
                    tag in ("N", "Nc", "M") or tag == "A" and k and word.lower() != "khác" or \
                    k and tag == "V" and f" {word.lower()} " in _name_text():  # 'Các sở giao thông vận tải:'  # fmt: skip
                n += len(word.split())
            else:
                break
        if n and words[0][1] == "N" and words[0][0].lower() not in _THINGS:
            ents.append(Span(doc, t.i + 2, t.i + 2 + n, label="GROUP"))
    taken = {i for e in ents for i in range(e.start, e.end)}
    for t in doc:  # 'Năm 2015, các trung tâm cai nghiện đã tiếp nhận 8.314 học viên': the kind of body a sentence opens with
        if t.lower_ not in ("các", "những") or t.i + 3 >= len(doc) or not (_opens_after_time(doc, t.i) or _opens_part(doc, t.i)):
            continue
        head = next((n for n in (3, 2, 1) if _words(doc, t.i + 1, t.i + 1 + n) in _GROUP_HEADS), 0)
        end = next((j for j in range(t.i + 1 + head, min(len(doc), t.i + 9)) if not (doc[j].is_alpha or _between_levels(doc, j))
                    or doc[j].lower_ in _GROUP_ENDS), None)  # ('Các Tổ công nghệ số cộng đồng đã ...', 'các bệnh viện quận, huyện')
        named = [e for e in ents if e.start == t.i + 1 and e.end == end and e.label_ == "AGENCY"]  # 'các Tổng Công ty Điện lực': many
        verb = end + 3 if end is not None and _words(doc, end, end + 3) == "trên địa bàn" else end
        if head and end is not None and end > t.i + 1 + head and verb < len(doc) and doc[verb].lower_ in _GROUP_VERBS and (
                named or not taken & set(range(t.i, end))):  # fmt: skip
            ents = [e for e in ents if e not in named] + [Span(doc, t.i + 1, end, label="GROUP")]
    for t in doc:  # 'Lực lượng Công an các cấp đã tiếp nhận 57.552 hồ sơ', 'Tòa án nhân dân các cấp đã đưa ra xét xử 4 vụ':
        # bodies of every level, the subject of the sentence they open
        if _words(doc, t.i, t.i + 2) != "các cấp" or t.i + 2 >= len(doc) or doc[t.i + 2].lower_ not in _GROUP_VERBS - {"đạt", "có"}:
            continue
        opens = max(_sentence_start(doc, t.i), _line_start(doc, t.i))
        start = next((j for j in range(t.i - 1, opens - 1, -1) if j == opens or doc[j - 1].text == "," and _opens_after_time(doc, j)), t.i)
        start += doc[start].text in "-+•"
        force = start
        start += 2 * (_words(doc, start, start + 2) == "lực lượng")
        if start < t.i <= start + 10 and all(x.is_alpha for x in doc[start : t.i]):
            ents = [e for e in ents if not (force <= e.start < t.i + 2)] + [Span(doc, start, t.i + 2, label="GROUP")]
    _set_ents(doc, ents)
    return doc


# kinds of thing a lead-in lists, not of body: '- Các loại cây trồng khác: hơn 5.330 ha', '- Các lỗi vi phạm khác: 49 trường hợp'
_THINGS = frozenset(("loại", "lỗi", "khoản", "nguồn", "mặt hàng", "hình thức", "lĩnh vực", "nội dung", "chỉ tiêu", "tiêu chí", "vụ",
                     "hành vi", "sản phẩm", "hạng mục", "dự án", "công trình", "thủ tục", "dịch vụ", "hồ sơ", "trường hợp"))
# kinds of body a report speaks of as a group, named only with a word after the head ('các doanh nghiệp đấu giá tài
# sản', not 'các doanh nghiệp'); what a group does next, after its name and perhaps 'trên địa bàn'
# (not 'các cơ quan chuyên môn', 'các tổ công tác': most often the issuer's own, or nobody's)
_GROUP_HEADS = frozenset(("trung tâm", "tổ công nghệ", "bệnh viện", "trạm", "trường", "ngân hàng", "hợp tác xã", "chi nhánh",
                          "nhà mạng", "sở", "tổng công ty", "tổ chức", "tổ hòa giải", "công ty", "doanh nghiệp", "cục", "quỹ tín dụng",
                          "phòng khám", "phòng", "cảng hàng không"))  # fmt: skip
_GROUP_ENDS = frozenset(_STOP) - {"số", "cấp", "ban"} | {"đều", "cũng", "vẫn", "trực", "thuộc", "trên"}
_GROUP_VERBS = frozenset(("đã", "đang", "đều", "cũng", "vẫn", "tiếp", "đạt", "thực", "giải", "hoàn", "có", "chưa", "triển", "chiếm"))


def _set_ents(doc: Doc, ents: list[Span]) -> None:
    """Sets a component's entities; where two overlap (a scan's line break inside a name can make a component name a
    shorter span the ruler named longer: 'công | đoàn các cấp'), the longer is kept, not a page of facts lost to E1010."""
    doc.ents = filter_spans(ents)


def _opens_part(doc: Doc, i: int) -> bool:
    """Whether token i opens one part of a whole the sentence breaks down: after 'trong đó,' or 'Riêng', or after a ';'
    that ends the part before ('trong đó, các bệnh viện thành phố chiếm 42,7%; các bệnh viện tư nhân chiếm 9,5%')."""
    return i > 1 and (doc[i - 1].text == ";" or doc[i - 1].lower_ == "riêng" or doc[i - 1].text == "," and _words(doc, i - 3, i - 1) == "trong đó")


def _between_levels(doc: Doc, j: int) -> bool:
    """A comma that joins two level words in a group's name: 'các bệnh viện quận, huyện'."""
    return doc[j].text == "," and 0 < j < len(doc) - 1 and doc[j - 1].lower_ in _LEVEL_WORDS and doc[j + 1].lower_ in _LEVEL_WORDS


def _opens_after_time(doc: Doc, i: int) -> bool:
    """Whether token i opens its sentence or line, or follows a time phrase that does ('Năm 2015 (...), các ...')."""
    start = _sentence_start(doc, i)
    if i == start or (i == start + 1 and doc[start].text in "-+•"):
        return True
    return doc[i - 1].text == "," and doc[start].lower_ in _ADVERBIAL and "," not in [x.text for x in doc[start : i - 1]]


@Language.component("name_unit_lists")
def name_unit_lists(doc: Doc) -> Doc:
    """Units of one level listed together at the head of a sentence or of a list item are its subject together,
    named as the report lists them: '- Huyện Nam Trà My, Phước Sơn: 28% - 29%', 'Các huyện Quản Bạ, Yên Minh, Đồng
    Văn, Mèo Vạc đều giảm ...', '- Các huyện Gio Linh, Triệu Phong: mỗi huyện 1 công trình' (the value each has, which
    writers give to the list, 5 sets against 2); not before 'lần lượt' (one value each)."""
    ents = list(doc.ents)
    bodies = {x.start for x in ents if x.label_ == "AGENCY"}
    for e in [e for e in ents if e.label_ in ("DISTRICT", "COMMUNE", "PROVINCE")]:
        lead = e.start - 1 if e.start > 0 and doc[e.start - 1].lower_ in ("các", "những") else e.start
        heads = lead == 0 or _full_stop(doc, lead - 1) or _line_opens(doc, lead) or doc[lead - 1].text in "-+•" and _line_opens(doc, lead - 1)
        placed = lead == e.start and e.start > 0 and doc[e.start - 1].lower_ in ("tại", "thuộc", "ở", "của")  # '... tại phường Hương Sơ
        # và An Hòa với ...' (two named together; not 'tại các xã A, B, C', where an activity was held, which writers leave alone)
        if not (heads or placed) or e.start in doc.user_data["listed"]:
            continue
        end = e.end
        while end < len(doc) and (doc[end].text in (",", "và") or doc[end].is_title or doc[end].lower_ in _LEVEL_WORDS) \
                and "\n" not in _gap(doc, end) and end not in bodies:  # fmt: skip
            end += 1  # (not into a body named after: 'Huyện Mê Linh và Sở Y tế', two actors)
        while end > e.end and (doc[end - 1].text in (",", "và") or doc[end - 1].is_lower):
            end -= 1  # (not a level word with no name: 'Xã Yên Trạch, xã đặc biệt khó khăn của huyện, có 77 hộ')
        then = end + 1 if end < len(doc) and doc[end].text == ":" else end  # the item's values after its colon
        if end == e.end or then >= len(doc) or heads and not (then > end or doc[end].is_lower) or _words(
                doc, then, then + 2) in ("lần lượt", "tương ứng") or not _names_listed(doc, e.end, end, e.label_) or (
                doc[then].lower_ == "mỗi" and any(_words(doc, j, j + 2) == "lần lượt" for j in range(then, _sentence_end(doc, then)))):  # fmt: skip
            continue  # ('Tỉnh Yên Bái và tỉnh Hà Tĩnh: mỗi Tổ ... được hỗ trợ ... lần lượt là 500.000 đồng và 600.000 đồng': one each)
        if not heads and not (_all_units(doc, e, end) and doc[e.end].lower_ == "và" and "," not in doc[e.end : end].text):
            continue  # inside a sentence, only names the data holds at the level: not '... tại xã Tân Long và Công ty X'
        ents = [x for x in ents if not (e.start <= x.start < end)] + [Span(doc, e.start, end, label=e.label_)]
        doc.user_data["listed"][e.start] = Subject(_LEVEL_WORD.sub(lambda w: w.group().lower(), doc[e.start:end].text), KINDS[e.label_])
    _set_ents(doc, ents)
    return doc


def _all_units(doc: Doc, e: Span, end: int) -> bool:
    """Whether every name listed after e up to end is a unit the data holds at e's level ('xã Chiềng Mai | và Mường Chanh')."""
    level = re.match(_LEVEL_WORD.pattern, e.text, re.IGNORECASE)
    names = [n.strip() for n in re.split(r",|\bvà\b", doc[e.end : end].text) if n.strip()]
    return level is not None and bool(names) and all(_is_unit(level.group(), n) for n in names)


def _names_listed(doc: Doc, start: int, end: int, label: str) -> bool:
    """Whether doc[start:end] goes on with more names of a list of units of one level: ', Phước Sơn', ', huyện Yên
    Thủy và thành phố Hòa Bình' (not ', huyện Phong Điền' after a commune: where it lies)."""
    words = doc[start:end]
    levels = {" ".join(m.group().lower().split()) for m in re.finditer(_LEVEL_WORD.pattern, words.text, re.IGNORECASE)}
    return bool(words) and words[0].text in (",", "và") and levels <= set(_FAMILY.get(label, ("tỉnh", "thành phố"))) and all(
        x.text in (",", "và") or x.is_title or x.lower_ in _LEVEL_WORDS for x in words)


_LEVEL_WORDS = frozenset("huyện quận thị xã thành phố phường trấn tỉnh".split())
_LEVEL_WORD = re.compile(r"(?<![^\W\d_])(?:Huyện|Quận|Thị\s+xã|Thành\s+phố|Xã|Phường|Thị\s+trấn|Tỉnh)(?![^\W\d_])")


_REVENUE_FROM = re.compile(r"(?<![^\W\d_])(?:thu|thuế)(?:\s+từ)?(?:\s+(?:các\s+)?(?:khu\s+vực|khối))?\s*$", re.IGNORECASE)
_REVENUE = re.compile(r"(?<![^\W\d_])(?:(?:khoản|số)\s+thu|thu\s+(?:ngân\s+sách|nội\s+địa)|dự\s+toán|nộp\s+ngân\s+sách|sắc\s+thuế)(?![^\W\d_])",
                      re.IGNORECASE)
_FIRM_OWNERS = ("có vốn đầu tư nước ngoài", "fdi", "dân doanh", "ngoài quốc doanh", "ngoài nhà nước", "nhà nước", "nhà nước trung ương",
                "nhà nước địa phương", "trong nước", "có vốn góp chi phối của nhà nước", "có cổ phần chi phối của nhà nước",
                "có cổ phần , vốn góp chi phối của nhà nước", "cổ phần có vốn góp nhà nước", "cổ phần có vốn nhà nước",
                "cổ phần không có vốn nhà nước")
_COMPANY = re.compile(r"(?:Tổng\s+)?Công\s+ty\s+(?:TNHH|CP|Cổ\s+phần)\s")


def _level_said(doc: Doc, j: int) -> str | None:
    """The level 'là xã', 'là phường', 'là thị trấn' ... names right after token j, if it does."""
    if doc[j + 1].lower_ != "là":
        return None
    words = _words(doc, j + 2, j + 4)
    return next((lv for lv in ("thị trấn", "thị xã", "xã", "phường", "huyện", "quận") if f"{words} ".startswith(lv + " ")), None)


def _subject(doc: Doc, e: Span) -> Subject:
    found = doc.user_data["listed"].get(e.start) or normalize(e.text, e.label_)
    after = [t.lower_ for t in doc[e.end : e.end + 3]]
    if e.label_ in ("PROVINCE", "DISTRICT", "COMMUNE") and (after[:1] == ["cũ"] or after == ["(", "cũ", ")"]):
        return Subject(f"{found.name} (cũ)", found.kind)  # 'Tỉnh Phú Thọ (cũ)': the province before the merger, not the new one
    return found


@lru_cache(maxsize=1)
def _name_text() -> str:
    """Every body name the team listed (data/vocab/agencies_vi.txt), lower case, ' | ' between: a word found
    in one is a name's word ('vận tải' of 'Sở Giao thông vận tải', 'đăng ký' of 'Văn phòng đăng ký đất
    đai'), whatever its tag."""
    return " | ".join(" ".join(x.lower().split()) for x in team_names(bodies_only=True)) + " | các "


# ...and the verbs it tags as nouns, which names write in capitals ('Ban Tổ chức'): 'Sở Thông tin và Truyền thông | tổ chức 10
# lớp', 'Bộ Công an | trang cấp 132 xe'
_VERB_NOUNS = frozenset({"tổ chức", "chủ trì", "trang", "quý", "tháng", "năm", "tuần", "kỳ"})  # ...and times: '... xã | quý III năm 2025'
# ...and verbs that body names hold too ('Ban quản lý dự án'), but not after a name's own capitalised words: 'Hội Nông dân |
# quản lý dư nợ trên 1.526 tỷ đồng', 'Ban Thường vụ Tỉnh ủy | thi hành kỷ luật 1 tổ chức đảng'
_NAMED_ACTS = frozenset({"quản lý", "thi hành"})


def _trim_name(doc: Doc, e: Span) -> Span:
    """An agency name ends before the first lower-case word that underthesea reads, in its sentence, as a
    verb, adverb or the like: 'Bộ Thông tin và Truyền thông | công bố', '... | đứng đầu', '... | bố trí 9
    quầy'. The EntityRuler's word list cannot tell 'công' of 'hành chính công' from that of 'công bố'.
    'giao' before a capitalised word or a mark assigns ('Bộ Công an | giao Công an tỉnh chỉ tiêu', 'dự toán Tổng cục Thuế
    | giao,'; not 'Bộ Ngoại giao')."""
    if all(not t.is_lower for t in e[1:]):
        return e
    assigns = next((t.i for t in e[2:] if t.text == "giao" and doc[t.i - 1].lower_ != "ngoại" and (
        t.i + 1 == len(doc) or doc[t.i + 1].is_title or t.i + 1 == e.end and not doc[e.end].is_alpha)), None)
    if assigns is not None:
        return Span(doc, e.start, assigns, label=e.label_)
    words = _tagged_name(doc, e)
    i = e.start
    for word, tag in words:
        n = len(word.split())
        if n > 1 and i > e.start and doc[i].lower_ in ("tỉnh", "huyện") and doc[i + 1].lower_ == "thành" and doc[i + 2 : i + 3].text == "lập":
            return Span(doc, e.start, i + 1, label=e.label_)  # 'Cục Quản lý thị trường tỉnh | thành lập 147 đoàn': the tagger
            # reads 'tỉnh thành lập' as one word
        if i > e.start and doc[i].is_lower and (i + n > e.end or word.lower() in _VERB_NOUNS or (
                word.lower() in _NAMED_ACTS and any(t.is_title for t in doc[e.start + 1 : i])) or (
                tag not in ("N", "Np", "Nc", "Ny") and f" {word.lower()} " not in _name_text()
                and not (e[0].lower_ in ("khu", "vườn", "quần") and _SITE_KINDS.issuperset(word.lower().split())))):
            return Span(doc, e.start, i, label=e.label_) if i - e.start >= 2 else e
        i += n
        if i >= e.end:
            break
    return e


_OPENERS = frozenset(("trong", "tại", "theo", "tính", "lũy", "luỹ"))  # 'Trong giai đoạn ...' (not 'Từ': 'Chợ Trung tâm Đại Từ')


def _drop_run_on(doc: Doc, e: Span) -> Span:
    """'... tại Cơ sở cai nghiện ma túy tỉnh | Trong giai đoạn 2016 - 2020, ...': a scan that joins a heading to the line
    after it leaves the next sentence's capitalised opener after the name; it is no part of it, nor is a determiner the
    tagger reads with a name: 'Trung tâm Phục vụ hành chính công | các huyện'."""
    if e.end - e.start > 2 and e[-1].text in ("các", "những"):
        return Span(doc, e.start, e.end - 1, label=e.label_)
    if e.end - e.start > 2 and e[-1].is_title and e[-1].lower_ in _OPENERS and e.end < len(doc) and (
            doc[e.end].is_lower or doc[e.end].text[:1].isdigit()):
        return Span(doc, e.start, e.end - 1, label=e.label_)
    return e


def _drop_verb(doc: Doc, e: Span) -> Span:
    """'Chi nhánh Công ty TNHH Thời trang Hoa In | nợ gần 1,9 tỉ đồng', 'Trường THPT Chuyên Trần Phú | tuyển sinh 670 học
    sinh': a verb a name ends with right before a value is the value's, though names hold it too ('Công ty Mua bán nợ Việt
    Nam'), and the tagger may read it with the name's last word ('In nợ')."""
    i = e.end + (e.end < len(doc) and doc[e.end].lower_ in ("hơn", "gần", "trên", "khoảng"))
    if i >= len(doc) or not doc[i].text[:1].isdigit():
        return e
    for verb in (["tuyển", "sinh"], ["tuyển"], ["nợ"], ["có"], ["đạt"], ["đón"], ["đăng", "ký"], ["phục", "vụ"]):  # ('Ban Quản lý dự
        # án Mỹ Thuận | đăng ký 887 tỷ đồng', 'Thư viện Quốc gia Việt Nam | phục vụ 2.800.525 lượt', though names hold them too)
        n = len(verb)
        if e.end - e.start > n + 1 and [t.text for t in e[-n:]] == verb:
            return Span(doc, e.start, e.end - n, label=e.label_)
    return e


def _trim_block(doc: Doc, e: Span) -> Span:
    """'Khối chính quyền | duy trì 15 cơ quan', 'khối trung học phổ thông | vẫn còn 7,73%': the lower-case
    words a 'khối' pattern takes end before the first that underthesea reads, in its sentence, as an adverb,
    or before a verb they end with (not 'đơn vị trực thuộc Sở', 'cơ quan ngang bộ'), or what is owed ('Khối doanh nghiệp
    | chậm đóng 245 tỷ đồng'); a qualifier before the value is no part of it ('khối bệnh viện ... công lập sử dụng | khoảng 300')."""
    while e.end - e.start > 2 and doc[e.end - 1].lower_ in ("khoảng", "gần", "hơn", "trên", "dưới", "chỉ"):
        e = Span(doc, e.start, e.end - 1, label=e.label_)
    i = e.start
    for word, tag in _tagged_name(doc, e):
        if i >= e.start + 2 and (tag == "R" or tag == "V" and i + len(word.split()) >= e.end or word.lower() in ("chậm", "nợ", "còn")):
            return Span(doc, e.start, i, label=e.label_) if i < e.end else e
        i += len(word.split())
        if i >= e.end:
            break
    return e


def _whole_words(doc: Doc, e: Span) -> Span:
    """A name does not end inside a proper name the pattern stopped in at a capitalised function word
    ('Chợ Trung tâm Đại | Từ'): underthesea's words of its sentence say where it ends."""
    if e.end >= len(doc) or not doc[e.end].is_title or _line_ends_name(doc, e.end):
        return e  # (no capitalised word goes on, or only the next line's: '2. Cửa khẩu quốc tế Bắc Luân | Lượng người ...')
    i = e.start
    for word, tag in _tagged_name(doc, e):
        n = len(word.split())
        if tag == "Np" and i < e.end < i + n and all(t.is_title for t in doc[e.end : i + n]):
            return Span(doc, e.start, i + n, label=e.label_)
        i += n
        if i > e.end:
            break
    return e


def _with_its_quote(doc: Doc, e: Span) -> Span:
    """'Ban Vận động Quỹ | “Vì người nghèo” tỉnh': a fund or campaign named by a quoted title goes on through it, and
    through the level word of its place after it."""
    if e.end + 2 >= len(doc) or doc[e.end].text not in ("“", '"') or not doc[e.end + 1].is_title:
        return e
    close = next((j for j in range(e.end + 2, min(len(doc), e.end + 12)) if doc[j].text in ("”", '"')), None)
    if close is None or any(not t.is_alpha for t in doc[e.end + 1 : close]):
        return e
    end = close + 1
    if end < len(doc) and doc[end].lower_ in ("tỉnh", "huyện", "xã", "phường") and (end + 1 == len(doc) or not doc[end + 1].is_title):
        end += 1  # (its bare level: the issuer's own place; a named place would be matched as a place)
    return Span(doc, e.start, end, label=e.label_)


def _with_its_place(doc: Doc, e: Span) -> Span:
    """'Chi nhánh Văn phòng Đăng ký đất đai huyện | Cao Lộc', 'Trung tâm Y tế huyện | Vĩnh Thạnh': a body
    named by its level goes on with the place's name, which the name pattern stops at ('Cao' is also 'high').
    An abbreviated level after a name is taken in when a place follows it: 'Cục Thuế | TP. Hồ Chí Minh'."""
    if e.end + 2 < len(doc) and doc[e.end].lower_ in ("tp", "tx") and doc[e.end + 1].text == "." and e[-1].lower_ not in ("tp", "tx"):
        whole = _with_its_place(doc, Span(doc, e.start, e.end + 1, label=e.label_))
        return whole if whole.end > e.end + 2 else e
    last = e[-2:].text.lower() if e[-2:].text.lower() in ("thị xã", "thành phố", "thị trấn", "đặc khu") else e[-1].lower_
    if len(e) >= 3 and last in ("tp", "tx") and e.end + 1 < len(doc) and doc[e.end].text == ".":  # 'Cục Thuế TP. Hồ Chí Minh',
        if doc[e.end + 1].text in ("HCM", "HN"):  # 'Trường Đại học Luật TP.HCM'
            return Span(doc, e.start, e.end + 2, label=e.label_)
        e, last = Span(doc, e.start, e.end + 1, label=e.label_), {"tp": "thành phố", "tx": "thị xã"}[last]
    if len(e) < 3 or last not in _LEVELS or e.end >= len(doc) or not doc[e.end].is_title:
        return e
    for end in range(min(len(doc), e.end + 5), e.end, -1):  # the longest place the data knows
        name = doc[e.end : end].text.replace(" - ", "-")
        if _is_unit(last, name) or (
                last in ("tỉnh", "thành phố") and (key(name) in provinces() or name in FORMER_PROVINCES)):  # fmt: skip
            return Span(doc, e.start, end, label=e.label_)
    return e


def _tagged_name(doc: Doc, e: Span) -> tuple[tuple[str, str], ...]:
    """underthesea's words and tags of a name and the (up to 3) words after it: the tagger reads the
    name's last word in its sentence."""
    stop = e.end
    while stop < min(len(doc), e.end + 3) and doc[stop].is_alpha:
        stop += 1
    return _tagged(" ".join(t.text for t in doc[e.start : stop]))


@lru_cache(maxsize=4096)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    from underthesea import pos_tag  # loads its tagger once per process, when a name has lower-case words

    words = tuple(pos_tag(text))
    return words if sum(len(w.split()) for w, _ in words) == len(text.split()) else ()


def _word_before(doc: Doc, i: int) -> str:
    """The word before token i, past 'các' and 'cả'."""
    i -= 1
    if i >= 0 and doc[i].lower_ in ("các", "cả"):
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def _unnamed_administration(e: Span) -> bool:
    """'Trung tâm Phục vụ hành chính công (phường)' with no name and no commune before it to stand for: the
    report's own; 'Trung tâm Phục vụ hành chính công các xã': many, none named. No subject."""
    return e.label_ == "AGENCY" and bool(_UNNAMED_CENTRE.fullmatch(" ".join(e.text.split())))


_UNNAMED_CENTRE = re.compile(r"(?:Trung\s+tâm\s+Phục\s+vụ\s+hành\s+chính(?:\s+công)?|Bộ\s+phận\s+(?:một\s+cửa|tiếp\s+nhận\s+và\s+trả"
                             r"\s+kết\s+quả))(?:\s+(?:các\s+)?(?:xã|phường))?", re.IGNORECASE)


def _respectively_after(doc: Doc, e: Span) -> bool:
    return any(w in _words(doc, e.end, e.end + 10) for w in _RESPECTIVELY)


def _everyone(doc: Doc, e: Span) -> bool:
    """Groups that together are every body, so no subject: 'các sở, ngành, địa phương', 'bộ, ngành và
    địa phương', a range or list of levels ('từ cấp tỉnh đến cấp xã', 'ba cấp tỉnh - huyện - xã')."""
    after = _words(doc, e.end, e.end + 3)
    before = doc[e.start - 1].lower_ if e.start > 0 else ""
    if after.startswith((", địa phương", "và địa phương", ", các địa phương", "và các địa phương", "- ", "và ubnd", ", ubnd")):
        return True
    respectively = _respectively_after(doc, e)
    if e[0].lower_ == "cấp" and after.startswith((", huyện", ", xã", ", tỉnh", "và xã", "và huyện", ", cấp", "và cấp")) \
            and not respectively:
        return True  # 'cả ba cấp tỉnh, huyện, xã', but not '... cấp huyện và cấp xã lần lượt đạt 98%, 95% và 90%'
    if key(e.text) in ("cap tinh va cap xa", "cap tinh, cap xa") or (sum(t.lower_ == "cấp" for t in e) == 3 and not respectively):
        return True  # the two levels of local government since 7/2025: all of it
    if e[0].lower_ == "cấp" and before in (",", "và") and e.start >= 2 and doc[e.start - 2].lower_ in ("tỉnh", "huyện", "xã"):
        return True  # the last of 'cấp tỉnh, cấp huyện, cấp xã'
    return e[0].lower_ == "cấp" and (before in ("từ", "đến") or after.startswith("đến cấp"))


# words after which a region is the actor of its clause: 'Tiếp theo là vùng X đạt', 'thuộc về vùng X với 90%'
_REGION_ACTS = frozenset("là về và ở tại riêng đối với thì của".split())


def _its_provinces_open(doc: Doc, e: Span) -> bool:
    """'Các tỉnh vùng Bắc Trung Bộ đã gieo cấy ...': a region's provinces that open a sentence or item are the region, its
    subject, as the writers name it ('vùng Đồng bằng sông Cửu Long')."""
    lead = next((n for n in (2, 4) if _words(doc, e.start - n, e.start) in ("các tỉnh", "các tỉnh , thành phố")
                 or _words(doc, e.start - n + 1, e.start) in ("tỉnh", "tỉnh , thành phố") and _COUNT_WORD.fullmatch(doc[e.start - n].lower_)), 0)
    start = e.start - lead
    if not lead:
        return False
    if start == 0 or _line_start(doc, start) == start or _full_stop(doc, start - 1) or doc[start - 1].text in "-+•;:":
        return True
    # ...or that a clause's 'của', 'tại', 'ở' names, ranked nowhere: 'Sản lượng cá tra của các tỉnh vùng Đồng bằng sông Cửu
    # Long đạt ...', 'Tại sáu tỉnh vùng Bắc Trung Bộ, ...' (not 'đứng thứ 7 trong 13 tỉnh vùng X', 'xếp thứ 2 của các tỉnh vùng X')
    return doc[start - 1].lower_ in ("của", "tại", "ở") and not _RANK_WORDS.search(_words(doc, _sentence_start(doc, start), start))


_COUNT_WORD = re.compile(r"\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười")
_RANK_WORDS = re.compile(r"(?<![^\W\d_])(?:thứ|xếp|đứng|dẫn đầu|cao nhất|thấp nhất|so với|trung bình|bình quân)(?![^\W\d_])")


_UNITS_SAID = re.compile(r"(?<![^\W\d_])(?:tỉnh|thành phố|huyện|xã|phường|địa phương|đơn vị|cơ quan|sở|bộ, ngành|doanh nghiệp)(?![^\W\d_])",
                         re.IGNORECASE)  # what a numbered class of bodies or units counts
_RANKED = re.compile(r"(?:bảng xếp hạng|dẫn đầu|đứng đầu|đứng thứ|xếp thứ|đứng cuối|xếp cuối)(?: [^\W\d]+| \d{4})* của(?: các)?$")


def _ranked_among(doc: Doc, e: Span) -> bool:
    """Whether a group follows a ranking's 'của': the bodies a named one is ranked among, no subject of its value."""
    return bool(_RANKED.search(_words(doc, max(_sentence_start(doc, e.start), e.start - 20), e.start)))


def _is_region(e) -> bool:
    """A named region ('vùng Tây Nguyên'), not a kind of land ('vùng đồng bằng')."""
    named = key(e.text) in _REGION_KEYS or e[0].lower_ == "vùng" and not _LAND.match(e.text)
    return e.label_ == "GROUP" and (named or _words(e.doc, e.start, e.start + 2) == "khu vực" and key(e[2:].text) in _REGION_KEYS)


def _average_of(doc: Doc, i: int) -> bool:
    """Whether the words before token i say an average of it: 'trung bình (chỉ số năm 2023) của (các)'."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in ("các", "cả"):
        j -= 1
    if j >= 1 and (doc[j - 1].lower_, doc[j].lower_) in (("trung", "bình"), ("bình", "quân")):
        return True  # 'Bình quân các tỉnh năm 2022 đạt 41,56 điểm'
    if j < 0 or doc[j].lower_ != "của":
        return False
    words = [t.lower_ for t in doc[max(_sentence_start(doc, j), j - 30) : j]]  # '... trung bình của A là x; của B là y'
    return any(a in ("trung", "bình") and b in ("bình", "quân") for a, b in zip(words, words[1:], strict=False))


_SPREAD = re.compile(r"(?<![^\W\d_])(?:trung\s+bình|bình\s+quân|trung\s+vị|dao\s+động|thấp\s+nhất|cao\s+nhất)(?![^\W\d_])", re.IGNORECASE)


def _spread_follows(doc: Doc, e: Span) -> bool:
    """Whether the words after a group, up to the next number of its sentence, say an average or a spread
    over it: 'Chỉ số của các tỉnh, thành phố ... giá trị bình quân đạt 86,98%', '... các tỉnh, thành phố
    dao động từ 78,16% đến 90,59%', '... các tỉnh, thành phố đạt từ 78,18% đến 92%'; not a band
    of it ('thuộc nhóm các tỉnh đạt điểm cao nhất') nor a part ('hầu hết các tỉnh mới đạt từ 50% đến 95%')."""
    if _word_before(doc, e.start) in ("nhóm", "hết", "số") or "thành phố" not in e.text.lower():
        return False
    j = e.end
    while j < min(len(doc), e.end + 25) and not doc[j].text[:1].isdigit() and not _full_stop(doc, j):
        j += 1
    if j >= len(doc) or not doc[j].text[:1].isdigit():
        return False
    ranged = doc[j - 1].lower_ == "từ" and "đến" in _words(doc, j + 1, j + 4)
    return ranged or bool(_SPREAD.search(doc[e.end : j].text))


_HEADING_LINE = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.|[IVX]{1,4}\.|[a-zđ]\))[ \t]")


def _at(doc: Doc, i: int) -> int:
    """Where token i stands in the text the Doc was made from."""
    return doc.user_data["starts"][i]


def _words(doc: Doc, start: int, end: int) -> str:
    return " ".join(t.lower_ for t in doc[max(0, start) : end])


def _gap(doc: Doc, i: int) -> str:
    """The text between token i - 1 and token i: ' ', '\\n', '\\n\\n' ..."""
    return doc.user_data["text"][_at(doc, i - 1) + len(doc[i - 1].text) : _at(doc, i)] if i > 0 else ""


def _heading_ends(doc: Doc, i: int) -> bool:
    """Whether the line before token i is a heading: short, with no end mark, and numbered, or, far shorter than the
    page's lines, capitalised and followed by a capitalised line ('Kết quả ở cấp cơ sở | Mặt trận các xã ...').
    Token i must open a line: inside one, the words before it are no heading ('2. ... gồm: Chư Sê 406ha, Đắc Đoa')."""
    if "\n" not in _gap(doc, i):
        return False
    text = doc.user_data["text"]
    line = text[text.rfind("\n", 0, _at(doc, i - 1)) + 1 : _at(doc, i - 1) + len(doc[i - 1].text)]
    if len(line) >= 0.8 * doc.user_data["width"] or line.rstrip()[-1:] in ".;:,":
        return False
    return bool(_HEADING_LINE.match(line)) or ("\n" in _gap(doc, i) and len(line) < 0.5 * doc.user_data["width"]
                                                and line.lstrip()[:1].isupper() and doc[i - 1].is_alpha and doc[i].is_title)  # fmt: skip


def _names_an_index(doc: Doc, e) -> bool:
    """A level inside an index's name: 'Chỉ số ... cấp tỉnh' with words only between, 'DTI cấp tỉnh',
    '... cấp tỉnh (PAPI)', or PAPI's 'người dân ở cấp cơ sở'."""
    if e.end + 2 < len(doc) and doc[e.end].text == "(" and doc[e.end + 1].is_upper and doc[e.end + 2].text == ")":
        return True
    if [t.lower_ for t in doc[max(0, e.start - 3) : e.start]] == ["người", "dân", "ở"]:
        return True
    prev = doc[e.start - 1] if e.start > 0 and "\n" not in _gap(doc, e.start) else None  # not a heading's last word
    if prev is not None and prev.is_upper and prev.is_alpha and len(prev.text) >= 2 and prev.norm_ not in ("ubnd", "hdnd") \
            and not e[0].is_upper:  # (not a heading in capitals: '... HỒ SƠ TẠI CẤP XÃ')
        return True  # 'DTI cấp tỉnh gồm 8 chỉ số chính', 'PCI cấp tỉnh'
    for j in range(e.start - 1, max(0, e.start - 10, _line_start(doc, e.start) - 1), -1):
        if not doc[j].is_alpha or doc[j].lower_ == "của":  # 'Chỉ số ... của Ủy ban nhân dân cấp huyện': whose it is
            return False
        if doc[j].lower_ == "số" and doc[j - 1].lower_ == "chỉ" or doc[j].lower_ == "chuẩn" or _words(doc, j - 1, j + 2) == "bộ tiêu chí":
            return True  # ... and a standard or a set of criteria of a level: 'đạt chuẩn văn hóa cấp tỉnh', 'Bộ tiêu chí cấp tỉnh'
        if _names_a_contest(doc, j) or doc[j].text == "Giải" and (
                doc[j + 1].lower_ not in ("quyết", "ngân", "phóng", "trình", "thích", "đáp")):  # fmt: skip  (not 'Giải quyết hồ sơ')
            return True  # ... and a contest of a level: 'các kỳ thi cấp tỉnh', 'học sinh giỏi cấp tỉnh', 'Giải thể thao ... cấp tỉnh'
    return e.start > 1 and _gap(doc, e.start).count("\n") == 1 and _names_a_contest(doc, e.start - 1)  # ... even wrapped on a
    # scan: 'các kỳ thi | cấp tỉnh'


def _names_a_contest(doc: Doc, j: int) -> bool:
    """Whether token j ends a contest's name: 'kỳ thi', 'cuộc thi', 'hội thi', 'học sinh giỏi'."""
    return doc[j].lower_ == "thi" and doc[j - 1].lower_ in ("kỳ", "cuộc", "hội") or doc[j].lower_ == "giỏi"


def subjects(text: str, issuer: str = "") -> dict[int, Subject]:
    """Character offset of each number in `text` -> whom it is about; a subject that is the issuer's
    own area or body (named in `issuer`, the document's heading) is left out."""
    nlp = pipeline()
    doc = nlp.make_doc(text)
    doc.user_data["issuer"] = issuer  # for the components: a bare head the issuer has names the issuer
    doc.user_data["own"] = _issuer_own(issuer)  # ... and its own bodies name no subject where a place does
    doc = nlp(doc)
    own = doc.user_data["own"] | _title_area(doc, issuer)
    heads = {key(x) for x in issuer.splitlines() if x.strip()}
    national = _above_provinces(issuer)  # its whole area is the country: the average is its own
    full = _full_names(doc)
    out = {}
    for i, s in doc.user_data["subjects"].items():
        named = _own_level(full.get(key(s.name), s), issuer)  # 'Công an huyện' -> 'Công an huyện Chư Prông'
        if not (national and i in doc.user_data["national_average"]) and not _own(_LEADERSHIP.sub("", key(s.name)), own) and not _own(
                key(named.name), own) and not _initials_of(named.name, issuer) and not _own_kind(named, issuer) and not _heading_starts_with(
                s, heads):  # fmt: skip
            out[i] = named
    return out


@lru_cache(maxsize=64)
def _issuer_own(issuer: str) -> frozenset[str]:
    """The folded names of the bodies the issuer's heading says it is (read once per heading: every page of a document
    asks, and each heading line goes through the pipeline twice)."""
    own = frozenset().union(*(_entity_keys(x) for line in issuer.splitlines() for x in (line, line.title())))  # 'CÔNG AN TỈNH HÀ NAM'
    own |= {_LEADERSHIP.sub("", o) for o in own}  # 'BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH VĨNH LONG' reports for the 'Hội Nông
    # dân tỉnh', 'BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH' for its force
    lines = [x.strip() for x in issuer.splitlines() if x.strip()]
    own |= {f"{m.group(1)} {key(above)}" for above, line in zip(lines, lines[1:]) if (m := re.fullmatch(r"(thanh tra|van phong) (?:so|bo)", key(line)))}
    # ('SỞ KHOA HỌC VÀ CÔNG NGHỆ | THANH TRA SỞ' reports for the 'Thanh tra Sở Khoa học và Công nghệ')
    return own | {h for x in lines if re.match(rf"{_PARTY_COMMITTEE} ", h := key(x))}  # 'TỈNH ỦY QUẢNG NAM' reports for the 'Tỉnh ủy'


def _heading_starts_with(s: Subject, heads: set[str]) -> bool:
    """A body named by the start of a heading line is the issuer: 'Ban Chỉ đạo đã tiếp nhận 172 đơn vị máu' in a report
    of the 'BAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN HUYỆN GIANG THÀNH'; not the parent a heading names with its province
    ('Sở Y tế' above 'SỞ Y TẾ HÀ NỘI | TRUNG TÂM KIỂM SOÁT BỆNH TẬT')."""
    k = _LEADERSHIP.sub("", key(s.name))
    return s.kind == "agency" and " " in k and any(h.startswith(k + " ") and h[len(k) + 1 :] not in _province_keys() for h in heads)


def _own_level(s: Subject, issuer: str) -> Subject:
    """'Tòa án nhân dân cấp huyện' in a report of a 'TÒA ÁN NHÂN DÂN TỈNH': the issuer's own bodies of that level,
    which its writers name by the level alone ('cấp huyện'); in another's report the courts of that level."""
    m = re.fullmatch(r"(?:cac )?((?:toa an|vien kiem sat)(?: nhan dan)?|co quan (?:dieu tra|thi hanh an)) cap (?:tinh|huyen|xa)",
                     key(s.name)) if s.kind == "unit_group" else None  # (the police's own, 'Công an cấp huyện', stay: writers split)
    return Subject(" ".join(s.name.split()[-2:]), "unit_group") if m and f" {m.group(1)} " in f" {key(issuer)} " else s


def _own_kind(s: Subject, issuer: str) -> bool:
    """'các cơ quan thi hành án' in a report of the 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH BẾN TRE': the issuer's own system; and
    the funds it runs ('Quỹ Vì người nghèo' in a report of an 'ỦY BAN MẶT TRẬN TỔ QUỐC', 'Quỹ Hỗ trợ nông dân' in one of
    a 'HỘI NÔNG DÂN'); its bodies at every level ('Công an các cấp' in a report of the 'CÔNG AN TỈNH', 'Hội Nông dân các
    cấp' in one of the 'HỘI NÔNG DÂN TỈNH', 'Tòa án nhân dân hai cấp' in one of a 'TÒA ÁN NHÂN DÂN TỈNH'), and the
    area's administration at every level ('các cơ quan hành chính nhà nước các cấp', 'chính quyền các cấp'): the whole
    area's. (Not 'Ủy ban kiểm tra các cấp' in a report of the 'ỦY BAN KIỂM TRA TỈNH ỦY', a group as its writers give it.)"""
    own, name = f" {key(issuer)} ", key(s.name)
    if s.kind == "unit_group" and (levels := re.fullmatch(r"(?:cac )?(.+?) (?:cac|hai|2) cap", name)):
        body = levels.group(1)
        own_body = re.sub(r"^co quan ", "", body)  # 'cơ quan thi hành án dân sự các cấp' of a Cục THADS
        return bool(re.fullmatch(r"co quan hanh chinh(?: nha nuoc)?|chinh quyen(?: dia phuong)?", body)) or (
            f" {own_body} " in own and not body.startswith("uy ban kiem tra")) or (body == "cong doan" and " lien doan lao dong " in own)
        # ('công đoàn các cấp' in a report of a 'LIÊN ĐOÀN LAO ĐỘNG': its own unions)
    if s.kind == "agency" and (m := re.match(r"(?:trung tam phuc vu hanh chinh cong|bo phan mot cua|ban tiep cong dan) (xa|phuong|"
                                              r"huyen|quan|thi xa|thi tran)(?: |$)", name)) and not s.name[m.end():][:1].isupper():  # fmt: skip
        return any(re.search(rf"(?:^|\s)(?:uy ban nhan dan|ubnd) {m.group(1)} ", f" {key(line)} ") for line in issuer.splitlines())
        # 'Ban Tiếp công dân huyện' in a report of the 'UBND HUYỆN ĐẮK GLONG': its own administration (named with no name)
    kind = re.match(r"(?:cac\s+)?co\s+quan\s+(.+)", name) if s.kind == "unit_group" else None
    fund = next((body for fund, body in _FUNDS_RUN_BY.items() if name.startswith(fund)), None) if s.kind == "agency" else None
    return bool(kind and f" {kind.group(1)} " in own or fund and f" {fund} " in own)


_FUNDS_RUN_BY = {"quy vi nguoi": "mat tran to quoc", "quy cuu tro": "mat tran to quoc", "quy ho tro nong dan": "hoi nong dan"}


@lru_cache(maxsize=4096)
def _initials_of(name: str, issuer: str) -> bool:
    """'Hội CCB tỉnh' in a report of the 'HỘI CỰU CHIẾN BINH TỈNH HÒA BÌNH', 'Sở KH-CN' in one of the 'SỞ KHOA HỌC VÀ CÔNG
    NGHỆ TỈNH ĐỒNG NAI': the issuer, with initials for some of its words."""
    parts = [w for w in re.findall(r"[^\W\d_]+", name) if key(w) != "va"]
    if not any(len(w) > 1 and w.isupper() for w in parts):
        return False
    for line in issuer.splitlines():
        words = [key(w) for w in re.findall(r"[^\W\d_]+", line) if key(w) != "va"]
        for start in range(len(words)):
            i = start
            for w in parts:  # initials stand for as many words as they have letters; a word for itself
                n = len(w) if len(w) > 1 and w.isupper() else 1
                if (n > 1 and [x[:1] for x in words[i : i + n]] != list(key(w))) or (n == 1 and words[i : i + 1] != [key(w)]):
                    break
                i += n
            else:
                return True
    return False


_ABBREVIATED = {"H": "huyện", "TX": "thị xã"}  # a district's level cut short before its name: 'H.Hà Quảng', 'TX.Sa Pa'


def _issuer_province(issuer: str) -> str | None:
    """The province a heading's body is of: 'UBND TỈNH QUẢNG NAM', 'CỤC THUẾ TỈNH HÀ TĨNH', 'UBND HUYỆN CẨM XUYÊN'."""
    for line in issuer.splitlines():
        if m := re.search(rf"(?<![a-z])(?:{_PARTY_COMMITTEE}|tinh|thanh pho|huyen|thi xa)\s+([a-z ]+?)\s*$", key(line)):
            name = "hue" if m.group(1) in {key(n) for n in FORMER_PROVINCES} else m.group(1)  # 'UBND TỈNH THỪA THIÊN HUẾ': Huế's
            if found := provinces().get(name) or districts().get(name):  # (or its party committee: 'TỈNH ỦY QUẢNG NAM')
                return found
    return None


def _full_names(doc: Doc) -> dict[str, Subject]:
    """A body named by its level alone, the place left out, is the one the report names in full with that level:
    'Công an huyện' after 'Công an huyện Chư Prông' (not when two bodies of that level are named)."""
    found = defaultdict(set)
    for e in doc.ents:
        if e.label_ != "AGENCY":
            continue
        name = _subject(doc, e).name
        words = name.split()
        for j in range(1, len(words) - 1):
            size = 2 if " ".join(words[j : j + 2]).lower() in _LEVELS else 1 if words[j].lower() in _LEVELS else 0
            if size and j + size < len(words) and words[j + size][:1].isupper():
                found[key(" ".join(words[: j + size]))].add(name)
                break
    return {short: Subject(names.pop(), "agency") for short, names in found.items() if len(names) == 1}


def _title_area(doc: Doc, issuer: str) -> set[str]:
    """The unit a title names whose bare name the issuer's heading holds: 'huyện Lâm Hà' in the report of 'CHI CỤC
    THỐNG KÊ KHU VỰC LÂM HÀ - ĐAM RÔNG' on that district is the report's whole area, not a unit within it."""
    m, own = _TITLE.search(doc.user_data["text"]), key(issuer)
    if m is None or not own:
        return set()
    return {key(normalize(e.text, e.label_).name) for e in doc.ents if m.start(1) <= _at(doc, e.start) < m.end(1)
            and e.label_ in ("PROVINCE", "DISTRICT", "COMMUNE") and _level_len(e)
            and re.search(rf"(?<!\w){re.escape(key(e[_level_len(e) :].text))}(?!\w)", own)}


_PARTY_COMMITTEE = r"(?:tinh|thanh|huyen|quan|thi) uy"  # a level's party committee, as folded: 'tỉnh ủy', 'thành ủy'
_LEADERSHIP = re.compile(r"^(?:ban thuong vu|ban chap hanh|ban thuong truc|thuong truc|bo chi huy|ban giam doc|giam doc) ")  # of a
# body, as folded
_LOCAL_ISSUER = re.compile(r"(?<![^\W\d_])(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|đặc\s+khu)(?![^\W\d_])", re.IGNORECASE)


def _own(k: str, own: frozenset[str]) -> bool:
    """The issuer's own body or area, also when named without its place: 'Công an tỉnh' or 'Công an
    Thành phố' in a report of 'Công an tỉnh Hà Nam', 'Sở Y tế' in one of 'Sở Y tế tỉnh Hà Nam'; and the
    sector a department heads: 'ngành Tư pháp' in a report of 'Sở Tư pháp tỉnh Phú Thọ'; the police branch an office
    is: 'Cảnh sát giao thông' in a report of 'Phòng Cảnh sát giao thông'; the force a ministry heads: 'Công an' in one
    of 'Bộ Công an'."""
    if k.startswith("nganh ") and any(o == p + k[6:] or o.startswith(p + k[6:] + " ") for o in own for p in ("so ", *_OFFICES)):
        return True  # (and 'ngành Thuế' in a report of the 'TỔNG CỤC THUẾ', 'ngành Hải quan' in one of a 'CỤC HẢI QUAN')
    if k.startswith("canh sat ") and any(o.split(" ", 1)[-1] == k for o in own if o.startswith(("phong ", "doi ", "cuc "))):
        return True  # 'lực lượng Cảnh sát giao thông' in a report of 'PHÒNG CẢNH SÁT GIAO THÔNG'
    if k.startswith("canh sat ") and k != "canh sat bien" and any(o.startswith("cong an ") or o == "bo cong an" for o in own):
        return True  # ... and any police branch in a report of the police ('lực lượng Cảnh sát PCCC và CNCH' of 'CÔNG AN TỈNH')
    if any(o.startswith(tuple(f"{h}{k} " for h in _OFFICES)) or o in {h + k for h in _OFFICES} for o in own):
        return True  # the system or force an office runs: 'ngành Thi hành án dân sự tỉnh' in a report of the 'CỤC THI HÀNH ÁN DÂN
        # SỰ TỈNH HƯNG YÊN', 'lực lượng Kiểm lâm' in one of the 'CHI CỤC KIỂM LÂM'
    if any(o.endswith(" " + k) and o.startswith(("cong doan ", "dang uy ", "chi bo ")) for o in own):
        return True  # the body whose union or party committee reports: 'Bệnh viện Đa khoa khu vực Tuyên Hóa' in a report of its
        # 'CÔNG ĐOÀN' (not 'Bộ Công an' in one of its 'VĂN PHÒNG')
    return k in own or "bo " + k in own or any(o.startswith(k + " ") and (k.split()[-1] in (*_LEVEL_KEYS, "uy") or o[len(k) + 1 :].split()[0] in _LEVEL_KEYS)
                           for o in own)  # fmt: skip


_OFFICES = ("cuc ", "chi cuc ", "tong cuc ")  # the offices a force is run by, folded
# words that follow a body's name where it names its place: 'Sở Y tế tỉnh X', 'Ngân hàng Nhà nước Việt Nam'
_LEVEL_KEYS = ("tinh", "huyen", "xa", "thanh", "pho", "phuong", "quan", "thi", "viet")


@lru_cache(maxsize=64)
def _entity_keys(text: str) -> frozenset[str]:
    doc = pipeline()(text)
    return frozenset(key(normalize(e.text, e.label_).name) for e in doc.ents)


def subject_of_name(name: str) -> Subject | None:
    """The unit a label names as a whole ('UBND xã Kỳ Thượng', 'Sở Tư pháp'), as a table row does."""
    if not name.strip():
        return None
    doc = pipeline()(" ".join(name.split()))
    ents = [e for e in doc.ents if e.end - e.start >= len(doc) - 2]
    return normalize(ents[0].text, ents[0].label_) if ents else None
