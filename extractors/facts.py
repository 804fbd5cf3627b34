"""Numeric facts as an analyst reads a report: every quantity it states, wherever it stands, with
its kind (a result reached, a target, a change, the size of a scope), qualifier, unit, denominator,
as-of date, the indicator it measures, whom it is about and the heading path it stands under.

Find (pure): numbers in the restored text, minus those that name something (numbers.names_something);
a unit from the words after the number (units.py); the kind from the words before it in its clause
and the section it stands in (sections.py: a limitations section holds results like any other, a plan
section holds targets); the subject from subjects.py; the indicator from catalog.py. Numbers in a
table's grid are left to table_facts.py, which reads them cell by cell.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from baocao.extractors.catalog import link_indicator, rate_of
from baocao.extractors.document import REVIEW_BELOW, DocText, PageText
from baocao.core.numbers import (COUNTED_AFTER, MULTIPLIERS, NUMBER_RE, PLACE_OF, PLAIN_NUMBER, RANGE_END, RANK, RANK_WINDOW, SCALES, SPAN_AFTER,
                                  SPAN_NAMED, names_something, parse_quantity, streak_unit)
from baocao.extractors.sections import place_at, section_index
from baocao.extractors.subjects import subjects
from baocao.extractors.table_facts import table_facts
from baocao.extractors.tables import UNIT_LINE
from baocao.extractors.text_tables import text_tables
from baocao.extractors.units import CATALOGUE_UNITS, MONEY_RE, UNIT_RE, UNITS, counted_unit, in_money, open_unit, phrases, unit_at
from baocao.schemas.records import Fact, FactKind, ReviewStatus

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
# what is aimed at, not reached (not "đạt và vượt chỉ tiêu", exceeded; not "19/218 xã hoàn thành chỉ tiêu, 199 xã chưa",
# met or not): "chỉ tiêu giao 70%", "(mục tiêu 70%)", "tối thiểu 50%", "phấn đấu đạt 80%"
# an obligation, a need or a direction names what is to be reached: "phải hoàn thành cấp hơn 6 triệu thẻ", "cần phát triển
# thêm 24.515 người", "Mô hình hướng tới: trên 80% ..."
# (not "hồ sơ phải giải quyết trong kỳ là 2,578 triệu", the workload)
_FORESEEN = r"(?<!tài\schính\s)dự\s+kiến"  # (not "kiến nghị xử lý tài chính dự kiến là 3.080 tỷ đồng": an audit's finding,
# provisional)
_AIM = r"(?<!chương\strình\s)(?<!phục\svụ\s)mục\s+tiêu(?!\s+quốc\s+gia)"  # not a programme's name: 'Chương trình mục tiêu
# quốc gia ...', 'vốn chương trình mục tiêu'; nor an aim the figures serve: 'chuyển dịch theo hướng phục vụ mục tiêu ...'
_MUST = r"phải\s+(?:hoàn\s+thành|đạt|bảo\s+đảm|đảm\s+bảo|đáp\s+ứng)|cần\s+(?:[^\W\d_]+\s+){1,3}?thêm(?![^\W\d_])"
# what an inspection demands of those at fault, and the pledge a polluter files, are no aims: "nhắc nhở, cảnh cáo và yêu cầu
# cam kết không tái phạm, tổng cộng 781 đơn vị đã bị xử phạt", "không lập ĐTM hoặc cam kết bảo vệ môi trường (14,94%)"
_AMENDS = r"khắc\s+phục|cam\s+kết|chấm\s+dứt|tháo\s+dỡ|hoàn\s+thiện\s+hồ\s+sơ|(?:tạm\s+)?(?:dừng|ngừng)|nộp\s+(?:ngân\s+sách|phạt|tiền|lại)"
# ("thông báo yêu cầu hoàn thiện hồ sơ đối với 179 cơ sở", "yêu cầu nộp ngân sách nhà nước hơn 56 triệu đồng", "yêu cầu 22 cơ sở
# dừng hoạt động"; and a demand not obeyed: "không chấp hành yêu cầu kiểm tra ...: Đắk Lắk 56 trường hợp")
_AMENDS_AFTER = re.compile(rf"\s+(?:[^\W\d_]+\s+){{0,3}}(?:{_AMENDS})", re.IGNORECASE)
_PLEDGE = r"(?<!vốn\s)(?<!trị\s)(?<!ký\s)(?<!sách\s)cam\s+kết(?!\s+(?:bảo\s+vệ\s+môi\s+trường|không\s+tái\s+phạm|cho\s+vay))"  # (not
# the aid a donor pledged, a sum received: "vốn cam kết viện trợ là 615.151 USD", "tổng giá trị cam kết 10,9 triệu USD";
# nor pledges signed: "ký cam kết bảo vệ 602.291 ha rừng"; nor loans a bank has committed: "đã cam kết cho vay 31.367 hộ")
_TARGET = re.compile(rf"(?<!vượt\s)(?<!hoàn\sthành\s)(?:{_AIM}|chỉ\s+tiêu(?!\s+(?:hóa|hoá|vi\s+sinh|lý|lí|kim\s+loại)))|kế\s+hoạch\s+(?:giao|đề\s+ra|đặt\s+ra)|phấn\s+đấu|tối\s+thiểu|ít\s+nhất(?!\s*[,;(]|\s+(?:với|là|trong|so|cả))|"
                     rf"(?<!số\s)(?<!lượt\s)(?<!các\s)(?<!đã\s)(?<!đạt\s)(?<!đúng\s)(?<!hành\s)yêu\s+cầu(?!\s+cấp\s+(?:phiếu|giấy|bản|thẻ)|\s+(?:khắt\s+khe|cao\s+về|rất|{_AMENDS}))|{_FORESEEN}|định\s+hướng|{_PLEDGE}"
                     rf"|(?<!giải\sngân\s)kế\s+hoạch\s+(?:đầu\s+tư\s+)?vốn|kế\s+hoạch\s+đầu\s+tư\s+công|vốn\s+kế\s+hoạch|{_MUST}|hướng\s+tới\s*:"
                     r"|\(\s*KH(?:\s+(?:năm\s+)?\d{4})?\s*:"  # "(KH 2024: 94%)": the plan, abbreviated
                     r"|(?<![^\W\d_])có\s+kế\s+hoạch\s+(?!vốn)(?:[^\W\d_]+\s+){1,4}(?:(?:khoảng|trên|hơn|gần)\s+)?$"  # "tỉnh có kế
                     # hoạch gieo sạ trên 190.000 ha": the work it plans (not a plan that only describes: "doanh nghiệp có kế hoạch
                     # thưởng Tết ..., với mức thưởng bình quân là 1,36 triệu đồng")
                     r"|được\s+ấn\s+định\s+(?:là\s+)?$"  # "Số đại biểu được ấn định là 85 người": the seats set
                     r"|(?<![^\W\d_])(?<!theo\s)kế\s+hoạch(?:\s+năm(?:\s+\d{4})?)?\s*(?:là|:)\s*$"  # "Vốn ODA: kế hoạch năm 2017 là 1.156,4 tỷ đồng" (not
                     # "số đoàn theo kế hoạch là 213 đoàn": those held as planned)
                     r"|mức\s+kỳ\s+vọng"  # "chưa đạt mức kỳ vọng 7,5% đề ra": the level hoped for
                     r"|(?<![^\W\d_])(?:để|sẽ)\s+bầu(?:\s+lấy)?\s*$", re.IGNORECASE)  # "127 người ứng cử để bầu 73 đại biểu": seats
# ("yêu cầu cấp phiếu": requests; "yêu cầu khắt khe": demands; "đạt yêu cầu": passed; "các chỉ tiêu hóa học": a test's
# parameters; "kế hoạch (đầu tư) vốn": money planned, but not "giải ngân kế hoạch vốn đầu tư công đạt 2.753 tỷ đồng": spent)
# a budget assigned, said right before its sum: "Bộ Tài chính giao Cục Thuế tỉnh dự toán thu ngân sách hơn 63,9 ngàn tỷ
# đồng", "dự toán được giao là 1.200 tỷ đồng" (not "bằng 134% dự toán trung ương giao", the share of it reached)
_BUDGET_GIVEN = r"giao\s+(?:[^\d;:.,]{0,40}?\s)?dự\s+toán"
_BUDGET_SET = re.compile(rf"{_BUDGET_GIVEN}[^\d;:.,]{{0,40}}$|(?<!vượt\s)dự\s+toán[^\d;:.]{{0,120}}?(?:được\s+)?giao\s*(?:là\s*)?:?\s*$"
                         # "nguồn thu nội địa được tỉnh giao và HĐND thị xã giao là 2.900 tỷ đồng", "HĐND tỉnh giao 21.000 tỷ đồng"
                         r"|(?<![^\W\d_])thu[^\d;:.,]{0,50}?\sđược\s[^\d;:.,]{0,50}?giao\s*(?:là\s*)?:?\s*$"
                         r"|(?:HĐND|UBND|Hội\s+đồng\s+nhân\s+dân|Ủy\s+ban\s+nhân\s+dân|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Bộ\s+Tài\s+chính)"
                         r"(?:\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố|xã))?\s+giao\s*(?:là\s*)?$", re.IGNORECASE)  # fmt: skip
# the words up to a sum's 'là', a year or a programme's number among them ("Chương trình MTQG 1719 năm 2024"), not past a disbursement
_WORDS_TO = r"(?:(?!giải\s+ngân|đã\s|được\s+giải)[^\d;:.]|(?<![\d.,])\d{1,4}(?![\d.,])){0,100}?"
# ...or a budget's sum said bare: "Tổng dự toán ngân sách dành cho khoa học, công nghệ ... năm 2026 là 1.172,7 tỷ đồng" (not
# what was paid out of it: "tổng số tiền đã chi hoàn thuế ... từ dự toán năm 2023 là 55.925 tỷ đồng")
_BUDGET_IS = re.compile(r"(?:(?<!với\s)(?<!từ\s)dự\s+toán(?!\s+được\s+phân\s+bổ)|(?<!ngân\s)(?<!với\s)kế\s+hoạch\s+(?:vốn|đầu\s+tư|được\s+giao|thu|chi))"
                        r"(?:(?!giải\s+ngân)[^\d;:.]|(?<!\d)\d{4}(?!\d)){0,120}?\slà(?:\s+(?:trên|hơn|gần|khoảng))?\s*:?\s*$"
                        # ...or right after the word: "Vốn do cấp tỉnh quản lý: kế hoạch hơn 5.622 tỷ đồng"
                        r"|(?<![^\W\d_])(?<!với\s)(?<!vượt\s)(?<!%\s)kế\s+hoạch(?:\s+vốn)?(?:\s+năm\s+\d{4})?\s*:?\s*(?:(?:trên|hơn|gần|khoảng)\s+)?$"
                        # ...or allotted to whoever the sentence is about: "Sở Nông nghiệp và Môi trường được phân bổ 88 tỷ đồng, mới
                        # giải ngân 31 tỷ đồng", "huyện được giao gần 5,8 tỷ đồng" (not what it allotted: "tỉnh đã phân bổ 650 triệu đồng")
                        r"|(?<![^\W\d_])được\s+(?:[^\W\d_]+\s+){0,3}?(?:giao|phân\s+bổ)\s*(?:là\s*)?:?\s*(?:(?:trên|hơn|gần|khoảng)\s+)?$"
                        # ...or what a plan's own text sets aside for it: "Tổng kinh phí thực hiện Kế hoạch là trên 19,93 tỷ đồng"
                        r"|kinh\s+phí\s+(?:để\s+)?thực\s+hiện\s+(?:kế\s+hoạch|đề\s+án|chương\s+trình)[^\d;:.]{0,60}?\s(?:là|dự\s+kiến)"
                        r"(?:\s+(?:trên|hơn|gần|khoảng))?\s*:?\s*$"
                        # ...or capital given or allotted, its sum said after 'là' or a colon: "Vốn ngân sách Trung ương giao cho
                        # tỉnh thực hiện Chương trình là 1.657.869 triệu đồng", "tỉnh được giao tổng nguồn vốn thực hiện Chương trình
                        # MTQG 1719 là ..." (not capital 'bố trí' or a 'nguồn vốn' said bare: its writers split)
                        rf"|(?<![^\W\d_])(?:(?:vốn|kinh\s+phí){_WORDS_TO}(?<![^\W\d_])(?:giao|phân\s+bổ)(?![^\W\d_])"
                        rf"|(?:giao|phân\s+bổ)\s+(?:tổng\s+)?(?:nguồn\s+)?(?:vốn|kinh\s+phí)){_WORDS_TO}\s(?:là|:)"
                        r"(?:\s+(?:trên|hơn|gần|khoảng))?\s*:?\s*$", re.IGNORECASE)  # fmt: skip
# ("Theo kế hoạch được giao, tổng vốn đầu tư công năm 2023 trên địa bàn tỉnh là trên 4.029 tỷ đồng"; not what was disbursed)
# an aim a value is held against, or said met, names only the value it gives: "so với chỉ tiêu 849.528 tài khoản",
# "chưa đạt mục tiêu 50%" (not "rất thấp so với chỉ tiêu giao, bị phê bình: ...", "19/218 xã đạt chỉ tiêu, 199 xã chưa đạt")
_HELD_AGAINST = re.compile(r"(?:so\s+với|đạt)\s+$", re.IGNORECASE)
# ...and these, before a ':', govern the list after it to the sentence's end: "đặt mục tiêu đến năm 2025: 100%
# ...; trên 90% ..." (not "Thực hiện chỉ tiêu: đã hoàn thành 30/34 chỉ tiêu; còn 04/34 ...", nor "Tỷ lệ ... chưa đạt mục
# tiêu: | - Toàn quốc: đạt 45,8%, mục tiêu 50%": results)
_NOT_HELD = r"(?<!so\svới\s)(?<!đạt\s)(?<!vượt\s)"
_AIM_LEAD = re.compile(rf"{_NOT_HELD}{_AIM}|phấn\s+đấu|định\s+hướng|{_NOT_HELD}{_FORESEEN}|{_PLEDGE}|{_NOT_HELD}chỉ\s+tiêu\s+(?:được\s+)?giao"
                       rf"|{_BUDGET_GIVEN}|kế\s+hoạch\s+(?:giao|đề\s+ra|đặt\s+ra)|{_MUST}|hướng\s+tới", re.IGNORECASE)  # fmt: skip
# ...and these govern their whole sentence: "phấn\nđấu hoàn thành cấp CCCD cho 100% công dân", "sau 2 năm thí điểm sẽ
# nhân rộng đến 100% khóm, ấp" (what will be done)
_PLANNED = re.compile(rf"phấn\s+đấu|{_NOT_HELD}{_FORESEEN}|(?<![^\W\d_])sẽ(?![^\W\d_])", re.IGNORECASE)
# ...and a sentence that opens with the plan it follows: "Theo kế hoạch, từ ngày 08/5 ... tiếp nhận hồ sơ cho 115.828 người",
# "Theo kế hoạch đã đề ra, đến cuối năm 2025 mạng 5G phải phủ sóng 90% dân số"
_PLAN_OPENS = re.compile(r"[\W\d]*theo\s+kế\s+hoạch(?:\s+năm\s+\d{4})?(?:\s+(?:đã\s+|được\s+)?(?:đề\s+ra|đặt\s+ra|giao|phê\s+duyệt))?\s*,",
                         re.IGNORECASE)  # ("Theo kế hoạch năm 2022, tỉnh xây dựng thêm 18 xã ...")
# ...but in a plan document, a sentence that says what was done or is now is no aim: "Tỉnh đang cung cấp 1.541 dịch vụ công",
# "Hiện nay, tỷ lệ ... đạt khoảng 96%"
_SAID_DONE = re.compile(r"(?<![^\W\d_])(?:đã|đang|hiện|đến\s+nay)(?![^\W\d_])", re.IGNORECASE)
_DONE_SAID = re.compile(r"(?<![^\W\d_])(?:đã|đến\s+nay)(?![^\W\d_])", re.IGNORECASE)  # "trong đó số đã phân khai ... là 13.954 tỷ đồng"
# a value reached, said inside a plan section: "(hiện đạt 60%)" (not "số hóa hồ sơ, kết quả giải quyết TTHC", the papers, nor
# "thực hiện đạt và vượt mục tiêu tăng trưởng 7,5%", the aim)
_DONE_WORDS = r"(?<![^\W\d_])(?:đã(?:\s+[^\W\d_]+){1,2}\s+được|l[ũu]y\s+kế|xảy\s+ra)"  # "đã tháo dỡ được 97 ha", "Lũy kế 10 tháng, ... xảy ra 41 vụ"
_REALIZED = re.compile(r"(?:đã|(?<!thực\s)hiện|mới|(?<!chứng\s)(?<!địa\s)chỉ)\s+(?:đạt|có|hoàn\s+thành|giải\s+ngân)|thực\s+hiện\s+đạt(?!\s+(?:và\s+vượt\s+)?(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch))|đạt\s+được|kết\s+quả(?!\s+giải\s+quyết)|(?<![^\W\d_])ước\s+(?:thực\s+hiện|đạt)"
                       rf"|{_DONE_WORDS}|(?<![^\W\d_])thực\s+(?:thu|chi)(?![^\W\d_])"  # "số thực thu đạt 17.100 tỷ đồng"
                       r"|(?:chỉ\s+tiêu|kế\s+hoạch)[^\d:;()]{0,40}?\s(?:đã\s+)?vượt"  # "chỉ tiêu vượt mức"
                       r"|(?<!phấn\sđấu\s)(?:tuyển|giao|đạt)\s+đủ\s+(?:100%\s+)?chỉ\s+tiêu"  # "toàn tỉnh tuyển đủ chỉ tiêu được giao"
                       r"|(?:chỉ\s+tiêu|kế\s+hoạch)[^\d:;()]{0,60}?,\s*đạt(?![^\W\d_])", re.IGNORECASE)  # "theo chỉ tiêu tỉnh giao, đạt 83,06%"
# ...and, anywhere before a value in its sentence, what makes a plan section's sentence say what was done
# ...or a deed said done right before its number, under a plan's heading: "tỉnh đã tiếp nhận hơn 38,7 tỷ đồng" (not what
# was allotted: "đã giao 11.185 biên chế", "đã phân bổ")
_DONE_JUST_BEFORE = re.compile(r"(?<![^\W\d_])đã\s+(?!(?:được|giao|phân|số)(?![^\W\d_]))[^\W\d_]+(?:\s+[^\W\d_]+)?"
                               r"(?:\s+(?:hơn|gần|khoảng|trên))?\s*$", re.IGNORECASE)
_DONE_IN_PLAN = re.compile(rf"{_DONE_WORDS}|(?<![^\W\d_])đã\s+(?:đạt|hoàn\s+thành|giải\s+ngân)", re.IGNORECASE)
# what was done, said right after the target it is held against: "chỉ tiêu 30%, thực hiện 75,3%", "kế hoạch 50%, đạt 62%"
_DONE_AGAINST = re.compile(r"[\s,;(]*(?:thực\s+hiện|kết\s+quả|thực\s+tế|ước\s+thực\s+hiện|ước\s+đạt|đạt)(?:\s+được)?\s*:?\s*",
                           re.IGNORECASE)  # fmt: skip
# ...or past a turn to what is so now: "được giao 93 biên chế nhưng hiện còn thiếu 15 người", "có kế hoạch gieo sạ trên
# 190.000 ha, nhưng diện tích có khả năng thiếu nước lên tới 100.000 ha"
_NOW_INSTEAD = re.compile(r"(?<![^\W\d_])(?:(?:nhưng|tuy\s+nhiên)(?:\s+(?:hiện|mới|chỉ|còn))?|song\s+(?:hiện|mới|chỉ|còn))(?![^\W\d_])",
                          re.IGNORECASE)
# a rate right after a count, joined by "có", is the condition of what was counted: "23/63 tỉnh, thành phố có 100%
# dịch vụ công đủ điều kiện ...", "15 xã có trên 90% hồ sơ ..."
_CONDITION = re.compile(r"\s+có\s+(?:(?:trên|dưới|hơn|từ)\s+)?", re.IGNORECASE)
# ...and so is a bound after a count of bodies or places, joined by "đạt" or "thực hiện" too: "3 bộ, ngành đạt Chỉ số trên
# 90%", "9/9 huyện có tỷ lệ hồ sơ chậm, quá hạn dưới 10%", "22 xã thực hiện dưới 10%" (not "cả 27 huyện đều đạt trên 75%":
# all of them, a level reached; not "3.493.589 hồ sơ đạt trên 97%")
_BOUND_OF_COUNT = re.compile(r"(?:,?\s+(?!đều(?![^\W\d_]))[^\W\d_]+){0,3}?\s+(?:có|đạt|thực\s+hiện|giải\s+ngân)\s+(?:[^\W\d_]+,?\s+){0,14}?"
                             r"(?:(?:từ\s+)?(?:trên|dưới|hơn|từ)|chưa\s+đạt)\s+", re.IGNORECASE)  # fmt: skip
_BODY_UNITS = frozenset({"bộ", "tỉnh", "sở", "huyện", "xã", "phường", "quận", "thị xã", "thị trấn", "đơn vị", "cơ quan",
                         "địa phương", "xã, phường", "xã, phường, thị trấn", "ngành", "thành phố", "chủ đầu tư", "phòng"})  # fmt: skip
# ...or a bound before the bodies that reach it: "đạt trên 99% tại 8/13 sở, ngành và 2/20 địa phương"
_AT_COUNT = re.compile(r"\s+(?:tại|ở)\s+(?:cả\s+)?\d", re.IGNORECASE)
# ...or a bound in a clause about the number of bodies above or below it: "Số đơn vị đạt chỉ số trên 90% nhiều hơn ..."
_COUNT_OF_BODIES = re.compile(r"(?<![^\W\d_])số\s+(?:lượng\s+)?(?:đơn\s+vị|cơ\s+quan|xã|phường|huyện|tỉnh|sở|bộ|địa\s+phương)"
                              r"(?![^\W\d_])[^\d;]*$", re.IGNORECASE)  # fmt: skip
_PLACES_BAND = re.compile(r"từ\s+thứ\s+\d+\s*(?:-|–|đến|tới)\s*thứ\s+\d+", re.IGNORECASE)
# the band's other end: "có Chỉ số từ trên 80% đến dưới 90%"
_BAND_END = re.compile(r"\s*(?:-|–|đến|tới)\s*(?:(?:trên|dưới)\s+)?", re.IGNORECASE)
# a threshold, then the value reached below or above it: "Bộ Khoa học và Công nghệ có Chỉ số dưới 80%, đạt 78,72%"
_BOUND_THEN_VALUE = re.compile(r"\s*,?\s*(?:chỉ\s+|mới\s+)?đạt\s+\d[\d.,]*\s*%", re.IGNORECASE)
# a quota met or passed, named by what it asks ("hoàn thành chỉ tiêu cấp 100% thẻ căn cước", "vượt chỉ tiêu cung cấp 12 dịch vụ",
# "hoàn thành chỉ tiêu tiếp nhận từ 45.000 đến 50.000 đơn vị máu", "hoàn thành chỉ tiêu gần 29.000 căn hộ"): the quota's value is the
# aim (not by how much it was passed: "vượt chỉ tiêu 2%", "vượt chỉ tiêu 9 đảng viên"; nor whose it is: "chỉ tiêu giao ...")
_QUOTA_MET_NAMED = re.compile(r"(?<![^\W\d_])(?P<verb>hoàn\s+thành|vượt)\s+chỉ\s+tiêu(?P<asks>(?:\s+(?!(?:giao|đề|đặt|được|của|là|năm|tỉnh|huyện|xã|nghị|"
                              r"kế|trên|này|ra|chung|đã|theo|với|và|hoặc)(?![^\W\d_]))[^\W\d_]+){1,2})?\s+(?:(?:từ|gần|hơn|khoảng|trên)\s+)?$",
                              re.IGNORECASE)  # (a count completed with nothing between: "hoàn thành chỉ tiêu gần 29.000 căn hộ"; not a
# rate, which is reached: "Tỉnh đã hoàn thành chỉ tiêu 100% hộ sản xuất có tài khoản")
# the target a rate is a share of, right after it: "đạt 103,2% chỉ tiêu Bộ Công an giao"
_OF_TARGET = re.compile(r"^\s*(?:so\s+với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)[^,;()]*\)?", re.IGNORECASE)
# the target itself, named right after the word, though exceeded: "vượt chỉ tiêu 40 triệu tài khoản của Đề án 06", "vượt
# mục tiêu cuối năm là 65%"
_TARGET_NAMED = re.compile(r"vượt\s+(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|dự\s+toán)(?:(?:\s+(?!là(?![^\W\d_]))[^\W\d_]+){0,3}?\s+(?:đề\s+ra|được\s+giao|giao|đặt\s+ra)"
                           r"|[^\d;:.,]{0,25}?\slà)?\s*(?:là\s*)?:?\s*$",
                           re.IGNORECASE)  # fmt: skip
_RATE_REACHED = re.compile(r"(?<![^\W\d_])đạt\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?(\d{1,3}(?:,\d+)?)\s*%", re.IGNORECASE)
_QUOTA_FILLED = re.compile(r"(?<![^\W\d_])(?:hiện\s+có|có\s+mặt|sử\s+dụng|thiếu|dôi\s+dư|tuyển(?:\s+dụng)?|còn)(?![^\W\d_])", re.IGNORECASE)
_SET_BY = re.compile(r"(?:(?!vượt)[^\d;.,]){0,30}?(?<![^\W\d_])(?:đặt\s+ra|đề\s+ra|giao)(?![^\W\d_])", re.IGNORECASE)  # "vượt mục tiêu 85% thành phố đặt ra"
_AS_DESIGNED = re.compile(r"(?<![^\W\d_])(?:theo\s+thiết\s+kế\s*,|được\s+thiết\s+kế\s+(?:với|gồm))", re.IGNORECASE)
_ROUTE_THROUGH = re.compile(r"(?<![^\W\d_])(?:đi|chạy)\s+qua(?:\s+(?:địa\s+(?:bàn|phận)|các))?\s*$", re.IGNORECASE)
_ROUTE_LENGTH = re.compile(r"(?<![^\W\d_])(?:(?:dự\s+án|đoạn\s+tuyến|(?<!\d\s)tuyến(?!\s+(?:cáp|truyền|đường|ống))|(?<!\d\s)(?:đường\s+(?:bộ\s+)?)?cao\s+tốc)"
                           r"(?![^\W\d_])(?:[^.;:\d]|qua\s+\d+|(?:thành\s+phần|giai\s+đoạn)\s+\d+){0,80}?"
                           r"|đoạn\s+qua[^.;:,\d]{0,40}?)(?:dài|chiều\s+dài)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$", re.IGNORECASE)  # (not a network built: 'tuyến cáp
# quang ... dài 3.900 km', '190 tuyến đường ..., tổng chiều dài 300 km')
_PROJECT_SIZE = re.compile(r"(?<![^\W\d_])(?:tổng\s+(?:mức|vốn)\s+đầu\s+tư|quy\s+mô(?:\s+vốn)?|tổng\s+diện\s+tích(?:\s+quy\s+hoạch)?"
                           r"|diện\s+tích(?:\s+quy\s+hoạch)?(?=\s+(?:của\s+)?dự\s+án)|(?<=:\s)diện\s+tích)(?:\s+(?:của\s+)?dự\s+án)?"
                           r"(?:\s+(?:là|khoảng|gần|hơn|trên))*\s*:?\s*$", re.IGNORECASE)
# ...or the cost of works approved, said as their "tổng mức đầu tư" (not what investors brought: "thu hút 29 dự án ... với
# tổng mức đầu tư gần 20.000 tỷ đồng")
_TOTAL_COST = re.compile(r"(?<![^\W\d_])tổng\s+mức\s+đầu\s+tư(?!\s+(?:dự\s+kiến|được\s+phê\s+duyệt))[^\d;:.]{0,90}?(?:\s+(?:là|khoảng|gần|hơn|trên|lên\s+tới))*\s*:?\s*$",
                         re.IGNORECASE)  # fmt: skip
_ATTRACTED = re.compile(r"(?<![^\W\d_])(?:thu\s+hút|đăng\s+ký|cấp\s+mới)(?![^\W\d_])", re.IGNORECASE)
_ONE_PROJECT = re.compile(r"(?<![^\W\d_])(?<![\d.,] )(?<!các )(?<!những )(?<!hai )(?<!ba )(?<!bốn )(?<!năm )(?<!sáu )(?<!bảy )(?<!tám )"
                          r"(?<!chín )(?<!mười )(?:dự\s+án|đoạn\s+(?:tuyến|qua)|nhà\s+máy)(?![^\W\d_])(?![^.;]*\d[\d.,]*\s+dự\s+án)",
                          re.IGNORECASE)  # (one project, not 'các dự án', '16 dự án', 'tám dự án')
_NORM_BEFORE = re.compile(r"(?<![^\W\d_])(?<!ở\s)(?<!tại\s)(?<!so\svới\s)(?<!về\s)(?<!xuống\s)(?<!lên\s)(?:định\s+)?mức(?:\s+(?:hỗ\s+trợ|quà|chi|cấp|trợ\s+cấp|tặng|thăm|là|từ))*\s*:?\s*$"
                          r"|(?<![^\W\d_])định\s+mức(?:\s+(?!là\s)[^\W\d_]+){1,6}\s+là\s*$"  # "Định mức cho mỗi nhân khẩu là 15 kg gạo/tháng"
                          r"|(?<![^\W\d_])mỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:được\s+)?(?:nhận|hưởng|hỗ\s+trợ)\s*$", re.IGNORECASE)
_SELECTED = re.compile(r"(?<!được )(?<![^\W\d_])(?:lựa\s+)?chọn\s*$", re.IGNORECASE)  # "lựa chọn 02 đơn vị ... để làm điểm", "mỗi huyện chọn 3 xã"
_SELECTION_MADE = re.compile(r"(?<![^\W\d_])(?:đã|xét)\s+(?:lựa\s+)?chọn\s*$", re.IGNORECASE)  # "Ban Tổ chức đã xét chọn 20 giải thưởng": a result
_AIM_WORDS = r"(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|dự\s+kiến|định\s+hướng)"
_CHANGE_RATE = r"(?:tỷ|tỉ)\s+lệ\s+(?:cắt\s+giảm|rút\s+ngắn|tăng|giảm)(?![^\W\d_])"  # a rate of cuts or rises: "tỷ lệ cắt giảm"
# a change aimed at, its verb governed by an aim in the same clause: "phấn đấu năm 2026 giảm 50% thời gian"
_AIMED_CHANGE = re.compile(rf"{_AIM_WORDS}[^;:%]{{0,60}}?"
                           r"(?:tăng|giảm|cắt\s+giảm|rút\s+ngắn|(?<![^\W\d_])thêm)(?:\s+(?:thêm|được|ít\s+nhất|tối\s+thiểu))?\s*$"
                           r"|(?:dự\s+kiến|phấn\s+đấu)\s+(?:sẽ\s+)?vượt\s*$"  # "(dự kiến vượt 5,8% so với kế hoạch)"
                           rf"|{_AIM_WORDS}[^;:%\d]{{0,60}}?{_CHANGE_RATE}[^;:%\d]{{0,40}}?(?:đạt|là)\s*(?:khoảng\s+|trên\s+|hơn\s+)?$",
                           re.IGNORECASE)  # fmt: skip  ("phấn đấu tỷ lệ giảm nghèo đạt 2%")
# "cắt giảm bình quân 43,86%", "giảm từ 8,3% đến 60,61%": a mean or a range of changes
# "tăng khoảng 20%", "gấp 2,5 lần năm 2023": a change said about its size or as a multiple
# a rank moved: "nhích lên 2 bậc", "cải thiện 11 bậc", "tụt 31 bậc"; "tăng nhẹ 0,03 điểm", "(+1,53 điểm)", "(-3,56%)", "bị trừ 2 điểm";
# ahead of a deadline: "hoàn thành trước 10 ngày so với thời gian cam kết", "về đích trước 47 ngày"; beyond a norm: "(hơn
# quy định 59 ngày)"
_SAVED = r"tiết\s+kiệm(?:\s+cho\s+(?:ngân\s+sách(?:\s+nhà\s+nước)?|người\s+dân|doanh\s+nghiệp|xã\s+hội))?"  # "tiết kiệm cho ngân sách hơn 7,7 tỷ đồng"
# (not value added tax: "hoàn thuế giá trị gia tăng gần 57.000 tỷ đồng", "thuế giá trị gia tăng 6 tháng đầu năm")
_CHANGE_BEFORE = re.compile(r"(?:(?:(?<!trị\sgia\s)tăng|giảm|vượt|sớm|chậm|cải\s+thiện|[ts]ụt(?:\s+hạng)?|thăng\s+hạng|(?:nhích|vươn)(?:\s+lên)?)(?:\s+trưởng)?(?:\s+(?:thêm|được|hơn|nhẹ|mạnh|nhanh|tiến\s+độ))?|có\s+thêm|bị\s+trừ|\(\s*[+\-−]"
                            rf"|(?:{_SAVED}|rút\s+ngắn|cắt\s+giảm|tinh\s+giản(?:\s+biên\s+chế)?)(?:\s+được)?|(?:về\s+đích|hoàn\s+thành|tiến\s+độ|vượt)\s+trước|(?:nhiều\s+|ít\s+)?hơn\s+(?:quy\s+định|định\s+mức)"
                            # by how much a time was cut: "cắt giảm thời gian giải quyết đến 18 ngày so với quy định"
                            r"|(?:cắt\s+giảm|rút\s+ngắn)(?:\s+được)?\s+thời\s+gian(?:\s+[^\W\d_]+){0,3}?\s+(?:đến|tới|được))"
                            r"(?:\s+(?:bình\s+quân|trung\s+bình|từ|(?:lần\s+lượt|tương\s+ứng)(?:\s+là)?))?\s*$"  # ("tăng lần lượt 3,7%")
                            r"|(?:(?<![^\W\d_])(?<!trị\sgia\s)(?:tăng|giảm)(?:\s+trưởng)?(?:\s+(?:bình\s+quân|trung\s+bình))?\s+(?:khoảng|gần|xấp\s+xỉ|trên|hơn)|(?<![^\W\d_])gấp(?:\s+(?:khoảng|gần|hơn))?)\s*$"
                            # the gap to another: "Đồng Nai đạt 91,96 điểm (kém 0,41 điểm)"; savings: "tiết kiệm được hơn 40 tỷ đồng"
                            rf"|(?:\(\s*kém|(?:{_SAVED}|rút\s+ngắn|cắt\s+giảm)(?:\s+được)?\s+(?:hơn|gần|khoảng|trên))\s*$"
                            # ...and the least cut made: "tỉnh đã cắt giảm tối thiểu 30% thời gian giải quyết"
                            r"|(?<![^\W\d_])đã\s+(?:cắt\s+giảm|rút\s+ngắn|giảm)(?:\s+được)?\s+(?:tối\s+thiểu|ít\s+nhất)\s*$",
                            re.IGNORECASE)  # fmt: skip
# what a debt is owed on, then how long it has run: "nợ BHXH, BHYT, BHTNLĐ-BNN | từ 1 tháng trở lên"
_OWED = r"nợ(?:[ \t]+(?!trong|trên\s+địa)[^\s\d;:.()]+){0,6}?"
_DEBT_BOUND = r"(?:từ|trên|dưới|quá|từ\s+\d+\s+tháng\s+đến)"
# a count of days or months said as a value, not a period: "tổng thời gian là 17.584 ngày, nay chỉ còn 11.555
# ngày", "liên tiếp 6 tháng dẫn đầu", "mất trung bình 3 ngày"
# ...and the time a case takes: "Nhiều thủ tục được giải quyết trong khoảng 15 phút", "trả kết quả trong vòng 2 giờ"
# ...and airtime: "105 tin, bài với tổng thời lượng hơn 900 phút", "Thời lượng chương trình do Đài tự sản xuất đạt 4 giờ"
_DURATION_BEFORE = re.compile(r"(?<![^\W\d_])(?:là|còn|liên\s+tiếp|mất|kéo\s+dài|tổng\s+cộng|bình\s+quân|trung\s+bình"
                              r"|(?:giải\s+quyết|xử\s+lý|trả\s+kết\s+quả|hoàn\s+thành)\s+trong(?:\s+(?:vòng|khoảng|thời\s+gian))*"
                              r"|(?:mất|xuống(?:\s+còn)?|còn|thay\s+vì|(?:giảm|rút\s+ngắn)\s+từ)(?:\s+(?:dưới|khoảng|gần|hơn|chưa\s+đến))?"
                              r"|thời\s+lượng(?:[^.;:\d]{0,50}?\s(?:đạt|là))?(?:\s+(?:hơn|gần|khoảng|trên))?"
                              # how long a payment is overdue: "chậm đóng 82 tháng", "chậm đóng bảo hiểm xã hội từ 3 tháng trở lên"
                              r"|chậm\s+(?:đóng|nộp)(?:\s+[^\W\d_]+){0,4}?(?:\s+(?:từ|trên|dưới))?"
                              # ...or owed: "thời gian nợ 66 tháng", "(nợ 145 tháng)", "nợ BHXH, BHYT từ 6 tháng trở lên"
                              rf"|{_OWED}(?:[ \t]+(?:hơn|gần|{_DEBT_BOUND}))?)[ \t]*$",
                              re.IGNORECASE)  # fmt: skip
_PARTS_OF_LENGTH = re.compile(r"[^.;:\d]{0,40}?(?:,\s*gồm|\svà|,)\s*", re.IGNORECASE)
_DURATION_UNITS = frozenset({"ngày", "tháng", "giờ", "tuần", "phút"})
_DURATION_TO = re.compile(r"\s*(?:ngày|tháng|giờ|tuần|phút)\s+(?:xuống\s+)?còn\s+\d", re.IGNORECASE)
_ENERGY_UNITS = frozenset(("kWh", "MWh", "GWh"))  # electricity saved is counted, not a change (see _kind)
_ADDED_CAPITAL = re.compile(r"(?<![^\W\d_])(?<!nguồn\s)vốn(?:\s+đầu\s+tư)?(?:\s+đăng\s+ký\s+tăng(?:\s+thêm)?|\s+tăng\s+thêm)"
                            r"(?:\s+của\s+[^\W\d_]+)?\s*(?:[,:]\s*)?"
                            r"(?:(?:là|đạt|đạt\s+được)\s+)?(?:(?:khoảng|hơn|gần|trên)\s+)?$", re.IGNORECASE)
_STARS = re.compile(r"\s*(?:[-–]\s*\d\s*)?sao(?![^\W\d_])", re.IGNORECASE)  # 'OCOP hạng 3-4 sao': a class of stars, no rank
# how long a fishing vessel's tracker has been silent, which sorts the vessels counted: 'mất kết nối trên 6 giờ', '... 1 năm'
_LAPSE = re.compile(r"(?<![^\W\d_])mất\s+kết\s+nối(?:\s+(?:trên|quá|hơn|từ|dưới))?\s*$", re.IGNORECASE)
_LAPSE_AFTER = re.compile(r"\s*(giờ|ngày|tháng|năm)(?![^\W\d_])", re.IGNORECASE)
_EARLY = re.compile(r"(?<![^\W\d_])trước\s+tuổi\s*$", re.IGNORECASE)  # 'nghỉ hưu trước tuổi 5 năm': how early, a measure
_AND_MILLIONS = re.compile(r"\s*(\d{1,3})\s+triệu(?:\s+(\d{1,3})\s+(?:nghìn|ngàn))?\s+đồng", re.IGNORECASE)  # "71 tỷ | 355 triệu
# đồng", "158.522 tỷ | 438 triệu 871 nghìn đồng"
# the length of a campaign or plan (after SPAN_NAMED), or the time since a start, frames what follows (a scope): "đợt cao
# điểm 90 ngày đêm", "giai đoạn 05 năm", "Sau 20 ngày triển khai, ...", "qua hơn 2 tuần vận hành thử nghiệm"
_ELAPSED = re.compile(r"(?:^|[\n.;:,(]\s*)(?:sau|qua|kết\s+quả|tổng\s+kết|sơ\s+kết)(?:\s+(?:hơn|gần|khoảng))?\s*$",
                      re.IGNORECASE)  # ('Sơ kết 2 năm thực hiện Nghị quyết ...', a heading)
_ELAPSED_AFTER = re.compile(r"\s+(?:triển\s+khai|vận\s+hành|thực\s+hiện|thi\s+hành|tổ\s+chức|(?:đi\s+vào\s+)?hoạt\s+động|thí\s+điểm|ra\s+quân"
                            r"|phát\s+động|mở\s+cổng)", re.IGNORECASE)  # fmt: skip
# ... or the years a clause looks back or ahead over: "Trong 5 năm qua, huyện đã ...", "trong suốt 4 năm qua", "Trong 5 năm
# tới", "Trong 5 năm (2021 - 2025), ..." (LABELLING.md: a frame; not "trong 6 tháng qua", a report's own period)
_OVER_YEARS = re.compile(r"(?:^|[\n.;:,(]\s*)(?:trong|qua|sau)(?:\s+(?:vòng|suốt))?(?:\s+(?:hơn|gần|khoảng))?\s*$", re.IGNORECASE)
_YEARS_PAST = re.compile(r"\s*năm\s*(?:qua|vừa\s+qua|tới|trở\s+lại\s+đây|gần\s+đây|\((?:từ\s+)?(?:năm\s+)?(?:19|20)\d\d\s*[-–])",
                         re.IGNORECASE)  # fmt: skip
# ...or how long an event runs: "Giải diễn ra trong 4 ngày", "Hội thao kéo dài 3 ngày" (not a delay: "chỉ kéo dài 7 ngày so với
# yêu cầu", a change)
_LASTS = re.compile(r"(?<![^\W\d_])(?:diễn\s+ra|kéo\s+dài)(?:\s+trong)?(?:\s+(?:hơn|gần|khoảng))?\s*$", re.IGNORECASE)
_LASTS_LONGER = re.compile(r"\s*\S+(?:\s+\S+)?\s+so\s+với", re.IGNORECASE)
# ...or a holiday's length, or the time a work or plan is given: "trong 07 ngày nghỉ Tết", "riêng 3 ngày đầu kỳ nghỉ",
# "thời gian thi công xây dựng 2 năm (2019 - 2021)", "kế hoạch sử dụng đất 5 năm kỳ đầu"
_HOLIDAY = re.compile(r"\s+(?:nghỉ|đầu\s+kỳ\s+nghỉ)(?![^\W\d_])", re.IGNORECASE)
_WORK_SPAN = re.compile(r"(?<![^\W\d_])(?:thời\s+gian\s+(?:thi\s+công|thực\s+hiện|triển\s+khai)(?:\s+xây\s+dựng)?|kế\s+hoạch(?:\s+(?!(?:của|và|sớm|chậm|với)(?![^\W\d_]))[^\W\d_]+){0,4})\s*$",
                        re.IGNORECASE)  # fmt: skip
# a streak counted: "5 năm liên tiếp", "3 tháng liên tiếp"
# an age limit, a frame of who is counted (LABELLING.md: scope)
_AGE_AFTER = re.compile(r"\s*(?:tháng\s+)?tuổi(?![^\W\d_])", re.IGNORECASE)  # (a child's in months: "dưới 60 tháng tuổi")
_AGE_BOUND = re.compile(r"(?<![^\W\d_])(?:dưới|trên|từ|đủ|tròn|đến|tới)\s*$|\d\s*[-–]\s*$", re.IGNORECASE)
# ...or whose age it is (not "- Mẫu giáo 5 tuổi:", a stage heading its item), or the first end of a range: "trẻ em 5 tuổi",
# "trẻ mẫu giáo 5 tuổi", "từ 6 đến 11 tuổi"
_AGED = re.compile(r"(?<![^\W\d_])(?:trẻ(?:\s+em)?|em|người|nhóm|(?<=[^\W\d_]\s)mẫu\s+giáo|học\s+sinh|thanh\s+niên|công\s+dân|phụ\s+nữ|cháu|bé)\s*$",
                   re.IGNORECASE)  # fmt: skip
# an age that is what a sentence measures, not a condition on who is counted: "tuổi thọ trung bình", "tuổi bình quân của thành viên"
_AGE_MEASURED = re.compile(r"(?<![^\W\d_])(?:tuổi\s+thọ|tuổi\s+(?:\w+\s+){0,3}(?:trung\s+bình|bình\s+quân))(?![^\W\d_])[^.;:]*$",
                           re.IGNORECASE)  # fmt: skip
# the next item of a list, named bare: no verb nor comparison, nor a name a number ends ('giống OM 5451', 'Trung đoàn 841')
_NEXT_ITEM = re.compile(r"(?:\s+(?!và\s)[^\W\d_A-ZĐ][^\W\d_]*){0,2}\s*(?:,|;|\svà)\s*(?:trong\s+đó\s*:?\s*)?"  # (past the unit's last
                        # words: '150 đảng viên mới; Hội An 110')
                        r"(?:(?!(?:so|với|cùng|kỳ|tăng|giảm|đạt|là|bằng|chiếm|còn|có|được|trong|đó|tổng|số|gồm|năm|tháng)\s)[^\W\d_]+\s+){1,3}"
                        r"(?<!đoàn\s)(?<!đội\s)(?<![A-ZĐ]{2}\s)(?:có\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?")
_NEW_LINE_ITEM = re.compile(r"\n\s*(?:\n|[-+•]|\d+[.)])")  # a list item or paragraph of its own, not a line a page wrapped
_ITEM_ENDS = re.compile(r"\s*(?:[,;.)]|và\s|$)", re.IGNORECASE)
_NAMED_ITEM = re.compile(r"\s*;\s*((?:[^;:\n]|\n(?!\s*\n)){3,80}):\s*")  # the next item of a list, labelled: "...; Sở Xây dựng: " (a
# page may wrap its line inside the label)
_BODY_HEADS = re.compile(r"(?:Sở|Ban|Văn\s+phòng|Thanh\s+tra|Công\s+an|UBND|Ủy\s+ban|Uỷ\s+ban|Trung\s+tâm|Chi\s+cục|Cục|Bệnh\s+viện|Trường"
                         r"|Phòng|Chi\s+nhánh|Kho\s+bạc|Bảo\s+hiểm\s+xã\s+hội)\s+\S")
_MONTHS_TO_AGE = re.compile(r"(\s*tháng)\s*(?:-|–|đến|tới)\s*(?:dưới\s+)?\d{1,3}", re.IGNORECASE)
_AGE_RANGE_HEAD = re.compile(r"\s*(?:-|–|đến|tới)\s*(?:dưới\s+)?\d{1,3}(?=\s*(?:tháng\s+)?tuổi(?![^\W\d_]))", re.IGNORECASE)
# procedures brought online, a work done, not a catalogue: "tỉnh đã đưa 1.364 thủ tục ... lên cung cấp ..., trong đó ..."
_PUT_ONLINE = re.compile(r"(?<![^\W\d_])(?:đã\s+(?:đưa|tích\s+hợp|số\s+hóa|cung\s+cấp)|(?:đã\s+)?triển\s+khai(?:\s+được)?)\s*$",
                         re.IGNORECASE)  # ...or put to work: "tỉnh đã triển khai 1.543 dịch vụ công trực tuyến, trong đó ..."
# a part said reached or not among a total's parts is a result: "gồm 06 chỉ tiêu, trong đó đạt 05 chỉ tiêu, chưa đạt 01"
_CLOCK = re.compile(r"(?<![\d.,])\d{1,2}\s*giờ\s*$", re.IGNORECASE)
_DONE_BEFORE = re.compile(r"(?<![^\W\d_])(?:đạt|hoàn\s+thành|vượt)\s*$", re.IGNORECASE)
_SIZE_OF_HEAD = re.compile(r"[^\d();:]{0,40}\)\s*:")
_RUN_AFTER = re.compile(r"\s*(năm|tháng|quý)\s+(?:liên\s+(?:tiếp|tục)|liền)(?![^\W\d_])(?!\s+kề)", re.IGNORECASE)  # (not "4 tháng liền kề": a period)
# a score named before its bare value: "đạt tổng điểm 92,12", "điểm cao nhất (48,059)"
_POINTS_NAMED = re.compile(r"(?<![^\W\d_])(?:tổng\s+)?điểm(?:\s+số)?(?:\s+(?:cao|thấp)\s+nhất|\s+trung\s+(?:vị|bình))?"
                           r"(?:\s+(?:là|đạt))?\s*[(:]?\s*$", re.IGNORECASE)
# a level risen from, whose unit comes after the level it rose to: "tăng từ 95 lên 96/99 đơn vị"
_RISE_HEAD = re.compile(r"\s+(?:lên|xuống)(?:\s+còn)?\s+\d[\d.,]*(?:/\d[\d.,]*)?", re.IGNORECASE)
# the first end of a range of small counts before the unit: "2 - 3 lần", "từ 18 đến 28 km"
_RANGE_HEAD = re.compile(rf"(?:\s*[-–]\s*|\s+(?:đến|tới)\s+)(?:dưới\s+)?{PLAIN_NUMBER}(?!\d)(?![.,]\d)(?:/(?P<over>{PLAIN_NUMBER})(?!\d))?")  # (and
# the scale both ends are out of, after the second: "từ 51,99 - 70/100 điểm")
_RATE_RANGE_HEAD = re.compile(r"\s*(?:[-–]|đến)\s*\d{1,3}(?:,\d+)?\s*%(?!o(?![^\W\d_]))")  # "tăng bình quân 11-11,5%/năm", "từ 81 đến 86%": a rate too
_SAID_RANGE = re.compile(r"đến|tới")
_RANGE_JOIN = re.compile(r"(?:/[^\W\d_]+[23²]?)?(?:\s*[-–]\s*|\s+(?:đến|tới)\s+(?:(?:hơn|gần|khoảng|trên|dưới)\s+)?)")  # ("từ 75 m2 đến 211 m2",
# "8,5 triệu đồng/m2 - 13,1 triệu đồng/m2")
_RANGE_TAIL_AT = re.compile(r"(?<![\d/.,])\d{1,3}(?:,\d+)?(?:%[ \t]?)?-$")  # "15-20%", "8,0-8,5%", a scan's "7% -10,5%"
# a sentence or paragraph ends, a list item opens: not a line the page wrapped
_BREAK = re.compile(r"[.:;!?]\s*\n|\n\s*(?:[-+•]|\d{1,2}[.)]\s|\n)")
_COUNT_RANGE_AT = re.compile(rf"(?<![\d/.,])({PLAIN_NUMBER})[ \t]?-$")  # (a scan's lost space: "từ 20 -30 điểm")
_NAME_DASH = re.compile(r"[^\W\d_][ \t]-\d")
_SCALE_HEAD = re.compile(rf"\s*({SCALES})(?![^\W\d_])", re.IGNORECASE)
_MONEY_RANGE_TAIL = re.compile(rf"\s*(?:[-–]|đến(?![^\W\d_]))\s*\d{{1,3}}(?:\.\d{{3}})*(?:,\d+)?(?:\s+({SCALES})(?![^\W\d_]))?")
# the months a clause opens with, over which a mean is taken: "Bình quân 11 tháng, IIP tăng 5,87%" (not a duration)
_PERIOD_OPENS = re.compile(r"(?:^|[\n.;:]\s*)(?:bình\s+quân|trung\s+bình)\s*$", re.IGNORECASE)
_PERIOD_COMMA = re.compile(r"\s*(?:ngày|tháng|tuần|quý)\s*,", re.IGNORECASE)
# a period goes on after its count: "6 tháng đầu năm", "3 tháng cuối năm", "5 ngày làm việc"
_PERIOD_GOES_ON = re.compile(r"\s*(?:ngày|tháng|giờ|tuần)\s+(?:đầu|cuối|qua|tới|gần|trước|sau|làm\s+việc|kể|liên|năm)",
                             re.IGNORECASE)  # fmt: skip
# the largest or smallest of changes: "tăng mạnh nhất (6,39%)", "tăng nhanh nhất (2,2%)", "tỉnh tăng cao nhất là 9,39%",
# "mức giảm nhiều nhất là"
_SUPERLATIVE = r"(?:mạnh|cao|thấp|nhiều|ít|sâu|nhanh|chậm)\s+nhất(?:\s+(?:là|với))?[\s(:]*"
_CHANGE_MOST = re.compile(r"(?<![^\W\d_])(?:tăng|giảm)(?:\s+điểm)?\s+(?!ít\s+nhất\s*$)" + _SUPERLATIVE + "$",
                          re.IGNORECASE)  # "giảm ít nhất 30%" is a minimum: its 'là' makes it the smallest
# ...and the other end of the same range after it: "mức giảm nhiều nhất là 2,94% và ít nhất là 0,21%"
_JOINED_MOST = re.compile(r"\s*(?:,|và)\s*(?:(?:mức\s+)?(?:tăng|giảm)\s+)?" + _SUPERLATIVE, re.IGNORECASE)
# "tăng 12% so với cùng kỳ", "so với năm 2023": held against another period, a change; "đạt 102,5% so với kế hoạch" is how
# much of a plan was reached, "đạt 96% so với tổng số dịch vụ công", "đạt 13,57% so với lực lượng lao động" a share
_CHANGE_AFTER = re.compile(r"\s*(?:so\s+với\s+(?=cùng|năm|tháng|quý|kỳ|đầu|cuối|thời|mốc|trước|ngày|tuần|giai|lần|đợt|\d)|(?:so\s+)?cùng\s+kỳ)", re.IGNORECASE)
# how far above or below a reference a value stands: "(cao hơn mức trung bình của cả nước 1,1 điểm)"
_COMPARED = re.compile(r"(?:cao|thấp|nhiều|ít)\s+hơn(?:\s+(?:so\s+với\s+)?(?:mức\s+|giá\s+trị\s+)?(?:trung\s+bình|bình\s+quân)"
                       r"(?:\s+chung)?(?:\s+của)?(?:\s+(?:cả\s+nước|toàn\s+quốc|toàn\s+tỉnh|khu\s+vực))?)?\s*$"
                       # "nhiều hơn năm 2019 là 5 đơn vị", "thấp hơn kỳ báo cáo tháng 7 là 3,86%": the reference, then the gap
                       # (not a level named: "thấp hơn mức chung của cả nước là 83,7%", that level)
                       r"|(?:cao|thấp|nhiều|ít)\s+hơn(?!\s+(?:mức|tỷ\s+lệ|tỉ\s+lệ)(?![^\W\d_]))(?:\s+(?:[^\W\d_]+|(?:19|20)\d\d|\d{1,2})){1,6}?\s+là\s*$"
                       # ...or the period referred to, then the gap: "nhiều hơn năm trước 12 đơn vị"
                       r"|(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn\s+(?:so\s+với\s+)?(?:năm|kỳ|tháng|quý|cùng\s+kỳ)(?:\s+(?:trước|ngoái|qua|(?:19|20)\d\d))?"
                       r"(?:\s+(?:hơn|gần|khoảng))?\s*$"  # "lớn hơn năm 2022 hơn 768 tỷ đồng"
                       # ...or the group compared with: "thấp hơn người Kinh 10 - 20%", "cao hơn nữ giới 5 - 10%"
                       # (not a level held against: "cao hơn mức 40,14 điểm", "thấp hơn chỉ tiêu 1,5%")
                       r"|(?:cao|thấp)\s+hơn(?:\s+(?!(?:mức|chỉ|mục|kế|ngưỡng|mốc|tỷ|tỉ|năm|kỳ)\b)[^\W\d_]+){1,3}\s+(?:khoảng\s+)?$",
                       re.IGNORECASE)
# the distance between two values is a difference, whatever verb says it: "Chênh lệch giữa đơn vị đứng đầu và đơn vị cuối
# bảng thu hẹp còn 4,78 điểm", "Khoảng cách với Hải Phòng ... ở mức 0,39 điểm"
_GAP = re.compile(r"(?<![^\W\d_])(?:chênh\s+lệch|khoảng\s+cách)(?![^\W\d_])", re.IGNORECASE)
_GAP_UNITS = frozenset({"điểm", "%", "bậc"})
# ...and an auction's gain over its starting price: "chênh lệch khoảng 21 tỷ đồng so với giá khởi điểm", "vượt giá khởi
# điểm hơn 2,1 tỷ đồng" (not "chênh lệch thu - chi đạt 5,73 tỷ đồng", a surplus)
_START_PRICE = re.compile(r"(?<![^\W\d_])giá\s+khởi\s+điểm", re.IGNORECASE)
_OVER_START_PRICE = re.compile(r"(?<![^\W\d_])(?:chênh\s+lệch(?:\s+so\s+với\s+giá\s+khởi\s+điểm)?|vượt\s+giá\s+khởi\s+điểm)"
                               r"(?:\s+(?:là|khoảng|hơn|gần|trên))*\s*$", re.IGNORECASE)
# the starting price itself, and the size of the lots offered, are the auction's scope
_START_PRICE_IS = re.compile(r"(?<![^\W\d_])giá\s+khởi\s+điểm(?:\s+của(?:\s+[^\W\d_]+){1,6}?)?(?:\s+(?:là|từ|khoảng|hơn|gần|trên))*"
                             r"\s*[(:]?\s*$", re.IGNORECASE)
_LOT_SIZE = re.compile(r"(?<![^\W\d_])(?:(?:lô|thửa)(?:\s+đất)?(?:\s+ở)?\s+(?:nhỏ|lớn)\s+nhất(?:\s+(?:có\s+)?diện\s+tích)?"
                       r"|(?<!tổng\s)diện\s+tích\s+(?:mỗi|các)\s+(?:lô|thửa)(?:\s+đất)?(?:\s+ở)?|(?:lô|thửa)(?:\s+đất)?(?:\s+ở)?,?\s+(?:có\s+)?diện\s+tích)"
                       r"(?:\s+(?:từ|khoảng|hơn|gần|trên))*\s*$", re.IGNORECASE)
# the kinds a count or a rate is sorted into or covers: "thuộc 4 loại hình", "theo 2 loại", "trên cả 4 loại hình", "đối với 5
# loại đất", "phục vụ 22 loại thủ tục", "tiêm chủng đầy đủ 7 loại vắc xin", "tầm soát 4 loại bệnh" (not "số hóa 4 loại dữ liệu",
# "biên soạn 13 loại tờ gấp": kinds made or kept, counted)
_KINDS_FRAMED = re.compile(r"(?<![^\W\d_])(?:theo|thuộc|trên(?:\s+cả)?|cả|đối\s+với|phục\s+vụ|đầy\s+đủ|ít\s+nhất|tầm\s+soát|sàng\s+lọc)"
                           r"\s*$", re.IGNORECASE)
# the value of an aim, in brackets after the aim and whoever set it: "so với chỉ tiêu Thủ tướng Chính phủ giao tại Quyết định
# số 546/QĐ-TTg ngày 29/4/2022 (91,5%)" (not "15/19 chỉ tiêu (78,9%)", "đạt 103% kế hoạch (...)": a count or a share of it)
_AIM_BRACKETED = re.compile(r"(?<![\d%]\s)(?<![\d%])(?<!vượt\s)(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch)(?![^\W\d_])[^%;:,.()\n]{0,120}\(\s*$")
# ...and an aim spelt out in brackets after its name, even one exceeded: "hoàn thành vượt mục tiêu của Nghị quyết ... (giảm tỷ
# lệ hộ nghèo bình quân từ 3-4%/năm)"
_AIM_SPELT = re.compile(r"(?<![\d%]\s)(?<![\d%])(?:chỉ\s+tiêu|mục\s+tiêu)(?![^\W\d_])[^%;:,.()\n\d]{0,120}\(\s*(?:phấn\s+đấu\s+)?(?:giảm|tăng|nâng)(?![^\W\d_])"
                        r"[^()\n;]{0,80}$", re.IGNORECASE)
# ...and a sum in brackets after the share of an aim that was reached: "đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)"
_SUM_OF_AIM = re.compile(r"\d\s*%\s*(?:so\s+với\s+)?(?:dự\s+toán|kế\s+hoạch|nghị\s+quyết|chỉ\s+tiêu|mục\s+tiêu)[^()%;.\d]{0,60}"
                         r"\(\s*(?:(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)\s*(?:là\s*)?:?\s*)?$", re.IGNORECASE)
# ...of any unit, when the bracket follows the plan's name and year: "đạt 99,82% kế hoạch năm 2024 (187.000 ha)"
_PLAN_BRACKETED = re.compile(r"\d\s*%\s*(?:so\s+với\s+)?(?:dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:năm(?:\s+nay)?|\d{4}|(?:được\s+)?giao"
                             r"|đề\s+ra|đặt\s+ra|do\s+[^;.%\d]{1,80}?\s+giao))*\s*(?:\(|\slà)\s*$", re.IGNORECASE)  # "đạt 96,15% kế hoạch
# năm (26 đề tài)", "đạt 130,2% kế hoạch năm nay là 20.000 người", "đạt 51% kế hoạch năm 2022 do Tổng Công ty Điện lực
# miền Nam (EVNSPC) giao (15.285 triệu kWh)"
# what is needed is aimed at
_NEEDED = re.compile(r"(?<![^\W\d_])cần(?:\s+(?:có|thêm|bổ\s+sung))?\s*$", re.IGNORECASE)
# ...and what a work is meant to secure, said in one stretch with no comma: "dự án nhằm bảo đảm tưới chủ động cuối vụ cho
# diện tích 467 ha", "nhằm bảo đảm từ 95% trẻ em ... được tiêm" (not "Nhằm bảo đảm an toàn thực phẩm ..., Ban Chỉ đạo đã
# thành lập 94 đoàn": the purpose of what was done)
_MEANT_TO_SECURE = re.compile(r"(?<![^\W\d_])nhằm\s+(?:bảo\s+đảm|đảm\s+bảo)[^\d,;:.()]{0,80}$", re.IGNORECASE)
# a line a value is held against: "đứng trên ngưỡng 92,5 điểm", "vượt mốc 91 điểm"; and the least a counted one did,
# after its verb in the past: "62.000 doanh nghiệp đã nộp ít nhất 1 chứng từ"
_THRESHOLD = re.compile(r"(?<![^\W\d_])(?:ngưỡng|mốc|đã\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:ít\s+nhất|tối\s+thiểu))\s*$", re.IGNORECASE)
# percentage points: the difference of two rates ("sụt 8,12 điểm %", "gần 1 điểm %")
_PERCENT_WORDS = re.compile(r"\s*phần\s+trăm(?![^\W\d_])", re.IGNORECASE)
# the most an index gives, in a sentence on how it is built: "gồm 12 chỉ số, chia thành 3 trụ cột với tổng điểm 1.000 điểm"
_MOST_POINTS = re.compile(r"(?:tổng|thang)\s+điểm(?:\s+đánh\s+giá)?(?:\s+tối\s+đa)?(?:\s+là)?\s*$", re.IGNORECASE)
_INDEX_BUILT = re.compile(r"(?:gồm|chia\s+thành)\s+\d+\s+(?:chỉ\s+số|tiêu\s+chí|trụ\s+cột|lĩnh\s+vực|nhóm)", re.IGNORECASE)
_POINTS_AFTER = re.compile(r"\s*điểm\s*(?:%|phần\s+trăm)", re.IGNORECASE)
# a least count that says which of those counted before it are meant (not "mỗi chợ đưa được tối thiểu 01 sản phẩm", an aim for each)
_AT_LEAST_ONE = re.compile(r"(?:(?!mỗi)[^\d;:.])*?(?<![^\W\d_])(?:tối\s+thiểu|ít\s+nhất)\s+", re.IGNORECASE)
# a gap said after its reference, or in brackets after a change said how: "thấp hơn đơn vị dẫn đầu 11,92%", "đã tăng khá (3,29 điểm)"
_GAP_SAID = re.compile(r"(?:(?<![^\W\d_])(?:cao|thấp)\s+hơn(?:\s+(?:[^\W\d_]+|(?:19|20)\d\d)){1,6}"
                       r"|(?<![^\W\d_])(?:tăng|giảm)\s+(?:khá|nhẹ|mạnh|đáng\s+kể|nhanh)\s*\("
                       # ...and a growth rate reached: "tăng trưởng tín dụng trên địa bàn tỉnh đạt 10,73%"
                       r"|(?<![^\W\d_])tăng\s+trưởng(?:\s+[^\W\d_]+){0,8}?\s+(?:ước\s+)?(?:đạt|là)(?:\s+(?:khoảng|gần|trên|hơn))?)\s*$",
                       re.IGNORECASE)  # fmt: skip
_GAP_REFERENCE = re.compile(r"(?:tỷ|tỉ)\s+lệ|mức|bình\s+quân|trung\s+bình|giá\s+trị", re.IGNORECASE)


def _gap_said(near: str) -> re.Match | None:
    """"thấp hơn đơn vị dẫn đầu 11,92%", "đã tăng khá (3,29 điểm)": a gap; not the value of a reference ("cao hơn mức
    40,14 điểm của năm 2021")."""
    m = _GAP_SAID.search(near)
    return None if m and _GAP_REFERENCE.search(m.group()) else m


# groups of tasks done, not the groups a list is sorted into: "Lực lượng Công an các cấp đã hoàn thành 4/5 nhóm nhiệm vụ"
_GROUPS_DONE = re.compile(r"(?:hoàn\s+thành|triển\s+khai|thực\s+hiện\s+xong)\s*$", re.IGNORECASE)
# a level said before a comparison is the level, not the gap: "còn 82,18% so với 90,30% của năm 2021"
_LEVEL_BEFORE = re.compile(r"(?<![^\W\d_])(?:còn|chỉ\s+còn|ở\s+mức|bằng|(?:ước\s+)?đạt)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$",
                           re.IGNORECASE)
# ...but a ratio to another period is how it moved, as most writers label it (80 to 50 in 4,485 fixtures): "bằng 113,37% so
# với cùng kỳ", "đạt 93% so với cùng kỳ" (not "đạt 70,5% so với cùng kỳ tăng 2%", a level and then its move)
_RATIO_WORD = re.compile(r"bằng|đạt", re.IGNORECASE)
# ...and so is a share of a named year's or the same period's level, "so với" left out: "mới chỉ bằng 70% năm 2019",
# "tương đương 84,4% kết quả năm 2019", "bằng 76,3% doanh thu cùng kỳ" (not "đạt 70% năm 2019", the level reached in it)
_SHARE_OF_YEAR = re.compile(r"(?<![^\W\d_])(?:bằng|tương\s+đương)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s*(?:(?:kết\s+quả|mức|số)\s+)?(?:của\s+)?(?:cả\s+)?năm\s+(?:19|20)\d\d(?!\d)"
                         r"|\s*(?:so\s+với\s+)?(?!so\s|cùng\s)(?:[^\W\d_]+\s+){1,4}?cùng\s+kỳ(?![^\W\d_])", re.IGNORECASE)
_MOVE_AFTER = re.compile(r"\s*(?:so\s+với|cùng\s+kỳ)[^\d;.]{0,40}?(?<![^\W\d_])(?:tăng|giảm|cao|thấp)(?![^\W\d_])", re.IGNORECASE)
# a change named by its noun: "với mức giảm lần lượt là 0,49%, 0,51% và 1,94%"
_CHANGE_NAMED = re.compile(r"(?<![^\W\d_])mức\s+(?:tăng|giảm)(?:\s+lần\s+lượt)?(?:\s+là)?\s*:?\s*$"
                           # ...or its rate: "tỷ lệ cắt giảm trung bình đạt 53%", "tỷ lệ giảm nghèo bình quân là 1,5%"
                           rf"|(?<![^\W\d_]){_CHANGE_RATE}(?:\s+[^\W\d_]+){{0,4}}?"
                           r"\s+(?:đạt(?:\s+tới)?|là)\s*(?:khoảng\s+|trên\s+|hơn\s+)?$", re.IGNORECASE)
# a level moved from one value to another: "giảm từ 10,85% xuống còn 1,31%": both are levels, not a range of changes
_FROM_TO = re.compile(r"(?:\s+[^\W\d_]+|\s+(?:19|20)\d\d|\s*\([^()\d]{0,12}\d{4}\)|\s*,\s*chiếm\s+[\d.,]+\s*%\s*,?|/[^\W\d_]+){0,7}?\s*(?:xuống|lên|còn)(?![^\W\d_])",
                      re.IGNORECASE)  # (past the year the level was at: "giảm từ 73,26% (năm 2021) xuống còn 61,04%", "giảm từ 63
# ngày còn 45 ngày")
# "vượt 14 chỉ tiêu": so many targets exceeded, a result; "giảm 203 chỉ tiêu biên chế" is a change
_COUNTS_OF_TARGETS = frozenset({"chỉ tiêu", "nhiệm vụ"})
# a change verb governs the values joined to its own: "giảm 203 chỉ tiêu biên chế hành chính và 2.458 ..."
_JOINED = re.compile(r"[^\d;:()]{0,60}?(?:,|\svà|\sđến)\s*", re.IGNORECASE)
_JOINED_SCOPE = re.compile(r"(?:[^\d;:()]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?(?:,|\svà|\svới)(?:\s+UBND)?\s*", re.IGNORECASE)  # a year between
# the change again as a share of what it changed: "giảm 84 đơn vị, tương đương 65,1%", "giảm 5 cơ quan (26,3%)", "tăng 22 vụ = 10,7%"
_SHARE_OF_CHANGE = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*(?:,\s*)?(?:\(?\s*(?:tương\s+(?:đương|ứng)(?:\s+với)?|bằng)|\(|=)\s*(?:khoảng\s+|gần\s+|hơn\s+)?",
                              re.IGNORECASE)  # (past the words of a unit cut short: "cấp tăng 7.508 giấy phép, tương đương 73,2%";
# "tăng 263 vụ, tương ứng 7,85%")
# ...or the same change as a count: "Tỷ lệ hộ nghèo giảm 6,26%, tương đương với 11.710 hộ", "giảm 3,44%, tương ứng 3.030
# người", "tăng 96,63%, tức 6.643 người", "tăng 2,63% (1,32 tạ/ha)"
_SAME_CHANGE = re.compile(r"\s*(?:,\s*(?:tương\s+(?:đương|ứng)(?:\s+với)?|tức(?:\s+là)?)|(\())\s*(?:khoảng\s+|gần\s+|hơn\s+)?", re.IGNORECASE)
_FROM_NOW = re.compile(r"(?<![^\W\d_])từ\s*$", re.IGNORECASE)  # ...and the value a rise starts from
_UP_TO = re.compile(r"\s*%?\s*lên\s+(?:mức\s+)?(?:khoảng\s+|trên\s+)?\d", re.IGNORECASE)
_OWN_VERB = re.compile(r"đạt|chiếm|còn|(?<![^\W\d_])(?:có|là|được)(?![^\W\d_])", re.IGNORECASE)
_CHANGE_UNITS = frozenset({"ngày", "tháng", "năm", "tuần", "giờ", "bậc"})  # "vượt 10 ngày": a change of 10 days
# a catalogue total followed by its parts: "có 484 TTHC, trong đó 323 ...", "1.960 TTHC, gồm: 335 ..."
_PARTS_FOLLOW = re.compile(r"[^;.]{0,100}?(?:trong\s+đó|bao\s+gồm|gồm)\b", re.IGNORECASE)
# the size of a catalogue or of the field a ranking is over: "danh mục trên Cổng hiện gồm 3.805 dịch vụ",
# "Xếp hạng 34 tỉnh, thành phố", "Nếu tính theo 63 tỉnh, thành phố", "trong số 120 đơn vị", "là một trong 24 địa phương có"
# "Trong tổng số 19 cơ quan", "giá trị trung bình ... của 17 bộ": the field a mean is over; "nhóm 10 tỉnh dẫn đầu": a group's size
# (not "Tổng số hồ sơ được tiếp nhận là 229.704 hồ sơ": a total counted is a finding, as five writers label it)
_SCOPE_BEFORE = re.compile(r"(?:danh\s+mục(?:[^\d;.:]{0,40}?\s(?:gồm|có|là))?|xếp\s+hạng|thang\s+điểm[^\d;.:]{0,90}?\slà"
                           r"|tính\s+theo|(?:trong\s+(?:tổng\s+)?|trên\s+tổng\s+)số(?:\s+(?:khoảng|hơn|trên|gần))?|một\s+trong|tối\s+đa(?:\s+là)?|(?<![^\W\d_])(?:nhóm|tốp|top)|(?:trung\s+bình|bình\s+quân)[^\d;.:]{0,60}?\scủa)\s*$",
                           re.IGNORECASE)  # fmt: skip
# every province of the country (63 before July 2025, 34 after), as the field a survey or a ranking is over
_ALL_PROVINCES = re.compile(r"(?:63|34)(?![\d.,/])")
_OVER_ALL = re.compile(r"(?<![^\W\d_])(?:tại|ở|trong|của|ra|từ|đầu|khắp|quyền)\s*$", re.IGNORECASE)
# the bounds of a band or a threshold that says who is meant, not what was reached: "nhóm các tỉnh có Chỉ số từ
# 80% - 90%", "Nhóm A (trên 90%)", "nhóm B gồm 50 tỉnh đạt từ 80% đến dưới 90%", "các cơ quan có trên 4 hồ sơ/ngày"
_BOUND_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?:từ|trên|dưới|hơn|(?:nhỏ|lớn)\s+hơn(?:\s+hoặc\s+bằng)?)|từ\s*\d[\d.,]*\s*%?\s*(?:-|–|đến|tới)(?:\s+dưới)?)\s*$",
                           re.IGNORECASE)  # fmt: skip
_BOUND_AFTER = re.compile(r"\s*(?:-|–|đến|tới|trở\s+lên|trở\s+xuống)(?![^\W\d_])", re.IGNORECASE)
_BAND_OF = re.compile(r"(?<![^\W\d_])(?<!thuộc\s)(?<!vào\s)(?<!trong\s)nhóm(?:\s+(?:[A-E]|I{1,3}|IV|V|thứ\s+[^\W\d_]+)(?![^\W\d_])|\s*[“\"][^”\"\n]{1,30}[”\"])?"
                      r"\s*:?\s*(?:\(|các\s|có\s|gồm\s|đạt\s)|(?<![^\W\d_])mức\s+(?:tốt|khá|trung\s+bình|yếu|kém|xuất\s+sắc)\s*\("
                      r"|(?<![^\W\d_])(?:các|những|một\s+số)\s+(?:[^\W\d_]+,?\s+){1,4}có\s+(?:[^\W\d_]+\s+){0,4}$"
                      r"|(?<![^\W\d_])không\s+có\s+(?:[^\W\d_]+,?\s+){1,5}nào(?:\s+[^\W\d_]+){0,3}\s*$"
                      r"|(?<![^\W\d_])mức\s+(?:[^\W\d_]+\s+){1,3}(?:khi|nếu)\s", re.IGNORECASE)
# "không có tiêu chí nào dưới 80%", "không có cơ quan, địa phương nào bị chấm dưới 50 điểm", "đạt mức khá (từ 60 đến
# dưới 70 điểm)", "mức nâng cao khi điểm đánh giá lớn hơn 50% và nhỏ hơn hoặc bằng 75%": a grade's band
# a named unit's own tally of criteria: "xã Hưng Điền đạt 10 tiêu chí", "xã Dương Minh Châu chỉ đạt 7 tiêu chí" (not
# "54 xã đạt 19/19 tiêu chí", the mark the communes counted reached)
_UNIT_REACHED = re.compile(r"(?<![^\W\d_])(?i:xã|phường|thị\s+trấn|huyện|thị\s+xã|thành\s+phố|tỉnh)\s+(?:[A-ZĐÂĂÊÔƠƯ][^\W\d_]*"
                           r"(?:\s*,\s*|\s+và\s+(?:(?i:xã|phường|thị\s+trấn)\s+)?|\s+)){1,16}?"  # (several: 'các xã Văn Xuôi, Măng Ri
                           r"(?:(?:chỉ|mới|hiện|đã|cùng|đều)\s+)?đạt\s+$|(?<![^\W\d_])(?i:xã|phường|thị\s+trấn)\s+(?:[A-ZĐÂĂÊÔƠƯ][^\W\d_]*\s*){1,4}:\s*$")
# ...or listed with its colon: "- Xã Phước Đồng: 17 tiêu chí"; a commune's average is reached too: "bình quân 12,23 tiêu chí/xã"
_PER_UNIT = re.compile(r"\s*/\s*(?:xã|đơn\s+vị)(?![^\W\d_])", re.IGNORECASE)
# a mark whose reachers a colon then counts is a band's bound: "- Đạt 19/19 tiêu chí: 29 xã"
_MARK_COUNTED = re.compile(r"[^\S\n]*:\s*\d")
# a length bounded where what is counted is said ('tàu cá có chiều dài từ 15 mét trở lên') or a colon counts it: a class
_LENGTH_BOUND = re.compile(r"(?<![^\W\d_])(?:từ|dưới|trên|đến)\s*$", re.IGNORECASE)
_LENGTH_OF = re.compile(r"(?<![^\W\d_])(?:chiều\s+dài|tàu|thuyền|phương\s+tiện)(?![^\W\d_])|^[-+•]?\s*từ", re.IGNORECASE | re.MULTILINE)
_RATE_COUNTED = re.compile(r"(?:\s*[-–]\s*\d[\d.,]*)?\s*%?[^\S\n]*:\s*\d[\d.,]*\s+[^\W\d_]")  # (a count, not a rate, after it)
# a class of damage, by the share of a house lost: "444 nhà thiệt hại hoàn toàn >70%; 306 nhà thiệt hại rất nặng 50 - 70%",
# "6 nhà bị tốc mái trên 70%"
_DAMAGE_CLASS = re.compile(r"(?<![^\W\d_])(?:thiệt\s+hại|tốc\s+mái|hư\s+hỏng)(?:\s+(?:hoàn\s+toàn|rất\s+nặng|nặng|một\s+phần)(?:\s*(?:từ|trên|dưới))?\s*[<>≥≤]?"
                           r"|\s*(?:từ|trên|dưới)|\s*[<>≥≤]|(?=\s*\d[\d,]*\s*%?\s*[-–]\s*$))\s*(?:\d[\d,]*\s*%?\s*[-–]\s*)?$", re.IGNORECASE)
# a pair of rates, one for each of two things the text names in the same order: "(cấp huyện/cấp xã) là 80%/60%",
# "(tỷ lệ đạt/kế hoạch giao) ... huyện Cát Tiên (66,02%/82%)", the second of them a plan's when the legend says so
_RATE_SLASH = re.compile(r"\d\s*%?\s*/\s*<?\s*$")
_BARE_FIRST = re.compile(r"\d\s*/\s*<?\s*$")  # ...or '78,70/70%', reached over planned: the first rate without its sign
# a count's parts listed by place after its 'gồm:', each a bare number after a capitalised name
_PARTS_NAMED = re.compile(r"[^;.]*?(?:gồm|trong\s+đó)\s*:[^;.]*", re.IGNORECASE)
# ...whose items are bare counts, so the count is their total, not a list's size (not a name with a number: 'Quốc lộ 1')
_BARE_PARTS = re.compile(r"\s*(?:[^\W\d_]+\s+){0,4}(?!(?:lộ|số|đường|khu|thôn|tổ|phường|quận)\s)[^\W\d_]+\s+\d[\d.,]*\s*[,;.]",
                         re.IGNORECASE)
# ...or whose items open with counts of the same things, bare or after a place's name: "giành 187 giải, gồm: 16 giải Nhất,
# 61 giải Nhì", "45 làng nghề ..., gồm: Xuân Trường có 7 làng nghề, ...": a total broken down
_COUNT_OPENS = re.compile(r"\s*(?:[-+•]\s*)?(?:(?:[^\W\d_]+\s+){1,5}(?:có\s+|:\s*)?)?\d[\d.,]*(?<![.,])(?!\d|\s*[%.)])\s*(\w+)")
# (not a rate, nor an item's number)
# ...or in the sentence after it, under a lead-in of its own, each part a bare count after a label in words: "... phát hiện 86
# trường hợp vi phạm. | Phân tích lỗi: Không đội mũ bảo hiểm 04, không có GPLX 03, ...", "... đăng tải 539 tin, bài. Trong đó:
# thủ tục hành chính 15; tin tức, sự kiện 194"
_BREAKDOWN_LEAD = re.compile(r"[ \t]*(?:[-+•][ \t]*)?(?:[^\W\d_]+[ \t]+){0,5}[^\W\d_]+[ \t]*:[ \t]*")
_PART_LABEL = r"[^\W\d_]+(?:[ \t]+[^\W\d_]+|,[ \t]+[^\W\d_]+){0,8}"
_LABELLED_PARTS = re.compile(rf"(?:{_PART_LABEL}[ \t]+\d{{1,3}}(?:\.\d{{3}})*[ \t]*[,;][ \t]*)*{_PART_LABEL}[ \t]+")
# (not a name a number ends: 'xã Gia Tân 3', 'bản Cửa Rào 2', 'khu phố 1, phường 1'; nor a series: '... ghi nhận 26; 21; 23')
_NUMBERED_NAME = re.compile(r"(?:(?<![^\W\d_])[A-ZĐ][^\W\d_A-ZĐ]+|(?<![^\W\d_])(?:phố|phường|thôn|tổ|xóm|ấp|bản|đội|khu|số|ghi\s+nhận|là|đạt))[ \t]+$")
_NAME_BEFORE = re.compile(r"[:,]\s*(?:(?:huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|tỉnh)\s+)?(?:[A-ZĐÂĂÊÔƠƯ][^\W\d_]*\s+){1,4}$")
_RATE_SLASH_AFTER = re.compile(r"\s*/\s*<?\s*\d[\d.,]*\s*%")
_DONE_OVER_PLAN = re.compile(r"(?:đạt|thực\s+hiện|kết\s+quả)\s*/\s*(?:kế\s+hoạch|chỉ\s+tiêu)", re.IGNORECASE)
# how many bodies reached a threshold: "07 cơ quan đạt 90 điểm trở lên", "13 tỉnh, thành phố đạt từ 90% trở lên"
_RATE_CLASS = re.compile(r"(?<![^\W\d_])(?<!một\s)số\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+có\s+(?:tỷ|tỉ)\s+lệ[^\d;:.]{0,50}$", re.IGNORECASE)
# ...of any measure, when its members' count follows: "Số điểm BĐ-VH xã có doanh thu trên 5 triệu đồng/tháng là 1.078 điểm"
_CLASS_OF = re.compile(r"(?<![^\W\d_])(?<!một\s)số\s+[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,5}\s+có\s+[^\d;:.]{0,50}$", re.IGNORECASE)
_CLASS_COUNTED = re.compile(r"[^\d;:.]{0,30}?\slà\s+\d", re.IGNORECASE)
_COUNT_REACHING = re.compile(r"(?<![\d.,/])\d{1,3}(?:\.\d{3})*(?:/\d+)?\s+(?:[^\W\d_]+,?\s+){1,8}(?:(?:đạt|có|nuôi)(?:\s+[^\W\d_]+){0,4}|quy\s+mô|chậm\s+(?:đóng|nộp)"
                             r"(?:\s+[^\W\d_]+){0,4})\s+(?:từ\s+)?$",
                             re.IGNORECASE)  # (and "134 doanh nghiệp, đơn vị chậm đóng bảo hiểm xã hội từ 3 tháng trở lên",
# "14/26 chỉ tiêu của Nghị quyết Đảng bộ huyện đạt từ 80% trở lên", "1.627 cơ sở nuôi lợn từ 1.500 con trở lên")
# ...or a bound on some measure of theirs, whatever the words: "26 hồ có dung tích dưới 50% dung tích thiết kế", "568 hồ có dung
# tích từ 40 - 70%", "16 trung tâm có số học viên dưới 100 người" (not the share a count reached: "767.000 hồ sơ, đạt tỷ lệ trên 97%")
_COUNT_BOUNDED = re.compile(r"(?<![\d.,/])\d{1,3}(?:\.\d{3})*\s+(?:[^\W\d_]+\s+){1,5}(?:có|đạt)\s+(?:[^\W\d_]+\s+){1,5}"
                            r"(?:dưới|trên|từ(?:\s+trên)?)\s+(?:\d[\d.,]*\s*%?\s*(?:-|–|đến)\s*)?$", re.IGNORECASE)  # (after the cheap
# test of _BOUND_BEFORE)
# how many aims or tasks a plan sets out, the size of its list: "xác định 15 mục tiêu cơ bản", "đề ra 22 mục tiêu"
# (not a named body's own count in brackets: "Bộ Tài chính (4 nhiệm vụ)", see _own_count)
_OWN_COUNT = re.compile(r"([^;:,.()\n]*)\(\s*$")
_AIM_UNITS = frozenset({"mục tiêu", "chỉ tiêu", "nhiệm vụ", "nội dung", "giải pháp", "nhóm giải pháp", "nhóm nhiệm vụ", "khâu", "trụ cột"})
# ...and a count of them that nobody is said to have done (or left undone) frames the plan: "xác định 16 chỉ tiêu chủ yếu,
# 6 nhiệm vụ trọng tâm và 3 khâu đột phá", "thông qua 23 chỉ tiêu", "dựa trên 2 trụ cột" (not "hoàn thành 3 nhiệm vụ",
# "11 chỉ tiêu vượt kế hoạch", "Còn 39 nhiệm vụ chưa hoàn thành", "đã triển khai đảm bảo 18 nhiệm vụ")
_ITEMS_DONE = re.compile(r"hoàn\s+thành|(?<![^\W\d_])(?:đạt|vượt|chưa|còn|xong|trễ|chậm|dẫn\s+đầu)(?![^\W\d_])|đúng\s+hạn"
                         r"|quá\s+hạn|thường\s+xuyên|đảm\s+bảo|(?:đang|đã)\s+(?:được\s+)?(?:thực\s+hiện|triển\s+khai)|(?:thực\s+hiện|triển\s+khai)\s+được|giải\s+quyết",
                         re.IGNORECASE)  # fmt: skip
# research projects, where a page calls its tasks so, are things counted, not a plan's tasks: "đã triển khai 42 nhiệm vụ
# khoa học và công nghệ các cấp, trong đó: - Lĩnh vực khoa học nông nghiệp: 8 nhiệm vụ", "phê duyệt 45 nhiệm vụ KHCN"
_RESEARCH = re.compile(r"nhiệm\s+vụ\s+(?:KH\s*&\s*CN|KHCN|khoa\s+học|nghiên\s+cứu)", re.IGNORECASE)
# "đã giao 690 nhiệm vụ", "cụ thể hóa Nghị quyết bằng 96 nhiệm vụ"
# ...but solutions entered in a contest or recognised are things counted: "74 giải pháp sáng tạo kỹ thuật dự thi"
_ENTRIES = re.compile(r"(?:\s*giải\s+pháp)?(?:\s+[^\W\d_]+){0,4}?\s+(?:dự\s+thi|tham\s+gia|tham\s+dự|đạt\s+giải|được\s+công\s+nhận)(?![^\W\d_])",
                      re.IGNORECASE)  # fmt: skip
_CONTEST = re.compile(r"(?<![^\W\d_])(?:hội|cuộc)\s+thi(?![^\W\d_])|dự\s+thi", re.IGNORECASE)  # (its entries, listed by field)
_SETS_OUT = re.compile(r"(?<![^\W\d_])(?:xác\s+định|đề\s+ra|đặt\s+ra|nêu|gồm|với|giao|bằng)\s*$", re.IGNORECASE)
# the field whose members are then counted, as results: "Trong số 21 bộ, ngành, có 5 bộ, ngành đạt 100%"
_FIELD_BEFORE = re.compile(r"trong\s+(?:tổng\s+)?số\s*$", re.IGNORECASE)
# a quota of recruits, by what it calls for or by who gave it in a call-up's sentence
_QUOTA_OF = re.compile(r"\s*(?:tuyển|gọi|thực\s+hiện\s+nghĩa\s+vụ|nghĩa\s+vụ|nhập\s+ngũ|giao\s+quân)(?![^\W\d_])", re.IGNORECASE)
_GIVEN = re.compile(r"(?<![^\W\d_])(?:giao|phân\s+bổ)(?![^\W\d_])", re.IGNORECASE)
# ...or places to fill, said after the verb that admits or hires: "Thành phố tuyển 8.940 chỉ tiêu lớp 10", "tổng chỉ tiêu tuyển sinh
# năm 2017 của trường là 3.000 chỉ tiêu"
_ADMITS = re.compile(r"(?<![^\W\d_])(?:tuyển(?:\s+(?:sinh|mới|dụng))?|chỉ\s+tiêu\s+tuyển\s+(?:sinh|dụng)(?:[^\d;:.]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?\slà)"
                     r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*$", re.IGNORECASE)
_QUOTA_BACK = re.compile(r"chỉ\s+tiêu\s+(?:trên|này|nêu\s+trên)(?![^\W\d_])", re.IGNORECASE)  # the quota said just before
_RECRUITS = re.compile(r"nghĩa\s+vụ\s+quân\s+sự|nhập\s+ngũ|giao\s+quân|tuyển\s+quân|nghĩa\s+vụ\s+tham\s+gia\s+công\s+an", re.IGNORECASE)
_QUOTA_LIST_ON = re.compile(r"[^\d.!?:()\n]{1,60}")  # only names between two quotas: "190 chỉ tiêu; các huyện Hoằng Hóa 210 ..."
_SUM_SPLIT = re.compile(r"\s*[;,]\s*(?:trong\s+đó|bao\s+gồm|gồm)(?:\s*:|\s)", re.IGNORECASE)  # "... là 1.657.869 triệu đồng; trong đó vốn ..."
_PARTS_WORDS = r"(?:trong\s+đó(?:\s+có)?|bao\s+gồm|gồm)"
_PARTS_LIST = re.compile(rf"[^;.:]{{0,100}}?(?:\.\s*)?{_PARTS_WORDS}\s*:", re.IGNORECASE)  # (and "... cử tri. Trong đó có:")
# "Bộ chỉ số gồm 12 chỉ số", "tổng điểm của 09 chỉ số chính": the parts a whole is made of
_COMPOSED_OF = re.compile(r"(?<![^\W\d_])(?:gồm|tổng\s+điểm\s+của)\s*$", re.IGNORECASE)
# a list of names follows: "5 địa phương dẫn đầu là: ...", "12 địa phương gồm Bạc Liêu, ...", "là thị xã Phú Thọ ..."
_LIST_FOLLOWS = re.compile(r"[^\d;.:]{0,80}?(?:là|gồm|sau)\s*:", re.IGNORECASE)
# ...unless the count is of members that reached a class or a mark: "Có 05 đơn vị xếp loại xuất sắc, gồm: xã Quảng Thái (...)",
# "12 địa phương đạt điểm đánh giá tốt là ...", "09 cơ sở tự công bố đạt bệnh án điện tử ..., gồm ..."; a field's members
# that did so are counted too: "nằm trong số 55 đơn vị được xếp loại xuất sắc", "trong số 6 tỉnh chưa hoàn thành"
_CLASS_WORDS = r"xếp\s+loại|được\s+công\s+nhận|(?:chưa\s+)?hoàn\s+thành"
_CLASS_REACHED = re.compile(rf"[^\d;.:]{{0,30}}?(?<![^\W\d_])(?:{_CLASS_WORDS})(?![^\W\d_])", re.IGNORECASE)
_MARK_REACHED = re.compile(rf"[^\d;.:]{{0,30}}?(?<![^\W\d_])(?:{_CLASS_WORDS}|đạt)(?![^\W\d_])", re.IGNORECASE)
_NAMES_OPEN = re.compile(r"[^\d;.:]{0,80}?(?<![^\W\d_])(?:là|gồm)\s+(?:các\s+)?(?:(?:thị\s+xã|thành\s+phố|huyện|quận|xã|phường"
                         r"|tỉnh)\s+)?(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ])")  # fmt: skip
# units of the parts of a structure: "Bộ chỉ số gồm 12 chỉ số", "gồm 19 tiêu chí"
_PART_UNITS = CATALOGUE_UNITS | {"chỉ số", "tiêu chí", "lĩnh vực", "trụ cột"}
# the parts an index is built of, counted: "09 chỉ số chính và 98 chỉ số thành phần", "41 chỉ số thành phần và 111 tiêu
# chí", "qua 8 chỉ số thành phần", "gồm 8 lĩnh vực" (a share of them, "2/8 chỉ số", is reached; so is a count that a
# verb follows, "5 chỉ số thành phần tăng điểm")
_INDEX_PART = re.compile(r"(?:chỉ\s+số|tiêu\s+chí|trụ\s+cột|lĩnh\s+vực)(?![^\W\d_])", re.IGNORECASE)
_PREDICATE_AFTER = re.compile(r"[^\S\n]*(?:\n[^\S\n]*)?(?:đã|đều|được|bị|có|tăng|giảm|đạt|xếp|vượt|giữ|duy\s+trì|cao|thấp|chưa|không)"
                              r"(?![^\W\d_])", re.IGNORECASE)  # fmt: skip
# the field whose members are then counted, opening its clause: "Trong 8 huyện, thành phố, có 5 địa phương ...",
# "Trong 6 chỉ số chính, chỉ số Thể chế số xếp thứ 1/63", "trong 09 huyện, thị xã, thành phố có 08 ..."
_FIELD_OPENS = re.compile(r"(?:^|[\n.;:]\s*|,\s+)(?:trong|đối\s+với)\s*$|(?:^|[\n.;:]\s*)tại\s*$", re.IGNORECASE)  # (and "Đối với 63
# tỉnh, thành phố, ...", "Tại 7 huyện nghèo, tỷ lệ nghèo đa chiều giảm từ 73,26% ...")
# counts of groups frame what they group: "7 nhóm nhiệm vụ trọng tâm", "giá trị DTI của cả 03 khối"
_GROUP_UNITS = frozenset({"nhóm", "khối"})
# an area's parts, the bodies an assessment covers: "58.834 công dân trên địa bàn 21 xã, thị trấn", "Chỉ số được xác định
# đối với 19 bộ, ngành (...) và cả 63 tỉnh", "chấm điểm đối với 20 sở, ban, ngành và 27 huyện" (not "phê duyệt quy trình đối
# với 1.244 thủ tục", what was done); whom a survey asked or an index rates: "ý kiến của 19.536 người dân", "đánh giá, xếp loại
# 141 xã", "PAR INDEX đánh giá kết quả cải cách hành chính của 17 bộ", "khảo sát với 36.525 người dân tại 195 đơn vị cấp
# huyện"; whose procedures a catalogue holds: "1.518 thủ tục thuộc thẩm quyền của 18 sở, ban, ngành"
_FIELD_OF = re.compile(r"(?:trên\s+địa\s+bàn(?:\s+(?:của|cả))?|ý\s+kiến\s+của|thuộc\s+thẩm\s+quyền(?:\s+giải\s+quyết)?(?:\s+của)?(?:\s+các)?"
                       r"|(?:thủ\s+tục(?:\s+hành\s+chính)?|TTHC|dịch\s+vụ(?:\s+công)?)[^\d;.:]{0,30}?\sthuộc(?:\s+các)?"
                       r"|(?:đánh\s+giá|xếp\s+loại),\s*(?:xếp\s+loại|xếp\s+hạng)"
                       r"|đánh\s+giá(?:\s[^\d;.:]{0,50}?)?\scủa"
                       r"|đối\s+tượng(?:\s+được)?\s+đánh\s+giá(?:[^\d;.:]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?\s(?:gồm|là)"
                       r"|(?:(?:đánh\s+giá|xác\s+định|chấm\s+điểm|thẩm\s+định|khảo\s+sát|xếp\s+hạng)(?:[^\d;.:]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?\sđối\s+với(?:\s+cả)?"
                       r"|(?:khảo\s+sát|điều\s+tra)(?:[^\d;.:]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?\s(?:với|tại|từ|ở))"
                       r"(?:\s(?:[^;.:]|\.\d){0,120}?(?:\svà|,|\stại|\sở)(?:\s+(?:cả|UBND|hơn|gần|khoảng))?)?)\s*$",
                       re.IGNORECASE)  # fmt: skip
# a list item's first word is its number: "trong đó: 4 sản phẩm ...; 14 ...", "gồm:\n- 13 bệnh viện"; or the number
# is in an item's brackets: "- 43 đơn vị công lập (23 bệnh viện và 20 trung tâm y tế)"
_ITEM_OPENS = re.compile(rf"(?:;|{_PARTS_WORDS}\s*:)\s*$", re.IGNORECASE)  # (not "...: Thư viện Quốc gia: 01;",
# an item that opens with its label)
_BULLET_OPENS = re.compile(r"\n\s*[-+•]\s*$")  # (not "- Sở Tài chính: 363 hồ sơ", an item that opens with its label)
_WEIGHT = re.compile(r"\s*[,(]?\s*(?:chiếm|tương\s+(?:đương|ứng))(?:\s+(?:tỷ\s+lệ|với))?\s*", re.IGNORECASE)
_IN_ITEM_BRACKETS = re.compile(r"\n\s*[-+•]\s*\d[^\n()]*\([^()\n]*$")  # (not "- Chỉ số A đạt 4,1 điểm (tăng 0,21 điểm)")
_BULLET_RUN = re.compile(r"(?:[ \t]*\n[ \t]*[-+•][^\n]*)+")
_SENTENCE_OR_LINE_END = re.compile(r"\.(?!\d)|\n")
_PARTS_OPEN = re.compile(r"\s*(?:trong\s+đó|bao\s+gồm|gồm)\b", re.IGNORECASE)  # used with .match(text, pos): no "^"
_QUALIFIER_BEFORE = re.compile(
    r"(?<![^\W\d_])(?<!cao\s)(?<!thấp\s)(?<!nhiều\s)(?<!ít\s)(nhỏ\s+hơn|lớn\s+hơn|(?<!nhỏ\s)(?<!lớn\s)hơn|trên|gần|khoảng|tối\s+thiểu|ít\s+nhất"
    r"|dưới|ước|xấp\s+xỉ|trung\s+bình|gần\s+như|~)"
    r"\s*(?:(?:đạt|là|tăng\s+trưởng|tăng|giảm|có|được)\s+)?$", re.IGNORECASE)  # fmt: skip
_SIGN_BEFORE, _SIGNS = re.compile(r"([<>])\s*$"), {"<": "dưới", ">": "trên", "nhỏ hơn": "dưới", "lớn hơn": "trên"}
_PLUS_BEFORE = re.compile(r"(?<![\w+])\+\s?$")
# how long a debt has run, as the band that sorts debtors: "Nợ dưới 3 tháng: 1.178 đơn vị", "nợ BHXH, BHYT, BHTNLĐ-BNN từ 1
# tháng trở lên", "Nợ từ 3 tháng đến 11 tháng", "nợ kéo dài trên 100 tháng" (not "thời gian nợ 66 tháng", one debtor's)
_DEBT_BAND = re.compile(rf"(?<![^\W\d_]){_OWED}[ \t]+{_DEBT_BOUND}\s*$", re.IGNORECASE)
_QUALIFIER_AFTER = re.compile(r"\s*(trở\s+lên|trở\s+xuống)", re.IGNORECASE)
# "Hồ sơ đã khởi tạo trên Hệ thống: 3.493.589": the unit is the label's first word
_COUNT_NAMED = re.compile(r"(?<![^\W\d_])(?<!một\s)(?:tổng\s+)?số\s+(?!hóa\s)(?:lượng\s+)?([^\W\d_]+(?:,?\s+(?!là\s+\d)[^\W_]+(?:[/&-][^\W\d_]+)*){0,18}?)\s+(?:(?:là|đạt"
                          r"|(?:tăng|giảm)\s+từ(?:\s+\d[\d.,]*\s+(?:lên|xuống)(?:\s+còn)?)?|giảm\s+còn|tăng\s+lên)\s*:?\s*"  # "Số cơ quan ...
                          # giảm từ 21 xuống còn 14", "số đơn vị hành chính cấp xã giảm còn 168"
                          r"(?:(?:gần|hơn|khoảng|trên)\s+)?|(?:gần|hơn|khoảng|trên)\s+)$",  # "tổng số hồ sơ tiếp nhận khoảng 100.000"
                          re.IGNORECASE)  # fmt: skip
# ...or a phrase opening its clause with the unit, without "số": "trong đó hồ sơ trực tuyến là 134.251", "Hồ sơ trước
# hạn là 952 (59,1%)", "(tính cả hồ sơ chuyển tiếp là 151.000)"
# (not a place or body, which acts, nor what a value scores: "trụ cột Chính quyền số đạt 0,7582"; nor "lần lượt là")
_NAMED_NOT_COUNTED = ("xã", "phường", "tỉnh", "địa", "đơn", "cơ", "lần", "điểm", "trụ", "chỉ", "tiêu", "lĩnh", "nhóm")
_UNIT_NAMED = re.compile(r"(?:^|[,;:(\n]\s*|\.\s+|(?:trong\s+đó|tính\s+cả)\s+)(" + phrases([u for u in UNITS if u.split(",")[0].split()[0]
                                                                                 not in _NAMED_NOT_COUNTED]) + r")(?:\s+[^\W\d_]+){0,6}\s+(?:là|đạt)"
                         r"\s*(?:(?:gần|hơn|khoảng|trên)\s+)?$", re.IGNORECASE)  # fmt: skip
# a part of a count named by a label in its bracketed split: "(đúng hạn: 14.068, quá hạn: 1983)", "(trong hạn 1.812, quá hạn 175)"
_SPLIT_LABEL = re.compile(r"(?:[(,;]|\svà)\s*(?:[^\W\d_]+\s+){0,3}(?:[^\W\d_]+|[A-ZĐ]\d{1,2})\s*:?\s*$", re.IGNORECASE)  # (and a class's
# code: '106 thí sinh (B1: 14; B2: 50; D: 02 và E: 1)')
_LABEL = re.compile(r"(?:^|[\n;:]|\.\s|[-+•])\s*((?:(?!\.\s)(?:[^\n;:]|\n(?![ \t]*(?:\n|[-+•])))){1,80}):\s*$")  # after another
# label too; over a line's wrap (see _wrapped_label)
# a bare count that ends its item or clause, the rest of which may rate it or break it down
_ENDS_ITEM = re.compile(r"[ \t]*(?:[;.]?[ \t]*(?:\n|$)|;|,\s*(?:đạt|gồm|trong\s+đó|chiếm|bằng|tăng|giảm)(?![^\W\d_]))", re.IGNORECASE)
_LABEL_LEAD = re.compile(r"^.*(?:\d[^,]*,|trong\s+đó|gồm)\s+|^\s*(?:tổng\s+)?số(?:\s+lượng)?\s+", re.IGNORECASE)  # past its list's lead
_NOT_A_LABEL = re.compile(r"^(?:về|năm|tháng|quý|ngày|đợt|lần|giai\s+đoạn|từ|đến|tính|trong|tại|ở|chỉ\s+tiêu|kết\s+quả|tỷ\s+lệ|tỉ\s+lệ)"
                          r"(?![^\W\d_])", re.IGNORECASE)  # fmt: skip


def _wrapped_label(label: str) -> str:
    """The lines of a label a page wrapped: each line it goes on with opens in lower case ('... bảo tàng chuyên ngành trực
    thuộc bộ, | ngành và tương đương: 10'); a line before one that opens in capitals is a heading, no part of it."""
    lines = label.split("\n")
    i = len(lines) - 1
    while i > 0 and lines[i].lstrip()[:1].islower():
        i -= 1
    return " ".join(x.strip() for x in lines[i:])


def _label_noun(label: str) -> str | None:
    """What a label counts, by its head noun: 'Bảo tàng quốc gia (thuộc Bộ ...)' -> 'bảo tàng', 'Tổng số di tích quốc gia đặc
    biệt đã được xếp hạng' -> 'di tích', '..., trong đó di tích lịch sử' -> 'di tích'; none for a time, a topic or a rate."""
    words = re.sub(r"\([^()]*\)", "", label).strip(" \t-+•")
    words = _LABEL_LEAD.sub("", _LABEL_LEAD.sub("", words))  # ('..., trong đó | số | di tích ...')
    words = re.split(r"\s(?:trong|tính|đến|năm|tại)\s", words)[0]  # (not the time or place it is counted at)
    if not words or re.search(r"\d", words) or _NOT_A_LABEL.match(words) or _named_place(words):
        return None
    return open_unit(" " + words[0].lower() + words[1:])[0]


_LEVEL_WORDS = re.compile(r"(?:tỉnh|thành\s+phố|huyện|thị\s+xã|quận|xã|phường|thị\s+trấn)\s+(\S)", re.IGNORECASE)


def _names_a_body(label: str) -> bool:
    """'Sở Xây dựng', 'Công an huyện B', 'huyện Phú Lộc': a body or place, whose head counts nothing."""
    return bool(_BODY_HEADS.match(label)) or _named_place(label)


def _named_place(label: str) -> bool:
    """'thành phố Tam Kỳ', 'huyện Quế Sơn, huyện Đại Lộc': a place, whose level word counts nothing."""
    return (m := _LEVEL_WORDS.match(label)) is not None and m.group(1).isupper()


# a score named before its value: "điểm trung bình ... là", "tổng điểm ... là", "điểm bài thi thấp nhất là"
_SCORE_NAMED = re.compile(r"(?<![^\W\d_])(?<!thí\s)(?<!địa\s)(?<!thời\s)(?<!trọng\s)(?<!đặc\s)(?<!quan\s)(?:tổng\s+)?điểm(?:\s+(?:[^\W\d_]+|\d\s+môn|\([^()\d]{0,30}\))){0,10}?\s+(?:năm\s+\d{4}\s+)?(?:là|đạt)\s*$"
                          r"|(?<![^\W\d_])môn\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+đạt\s*$", re.IGNORECASE)  # "tổng điểm 3 môn (chưa nhân hệ
# số) là 28,75; trong đó môn Toán đạt 10": an exam's marks
# a series row written as text: after its label's colon, bare numbers split by ';' (or ', ' and 'và' before the last)
_SERIES_BEFORE = re.compile(r"(?:^|[\n.;])([^\n:;.]{1,80}):((?:[ \t]*\d[\d.,]*[ \t]*(?:;|,(?=[ \t])|[ \t]và(?=[ \t])))*)[ \t]*$")
_SERIES_AHEAD = re.compile(r"(?:[ \t]*(?:;|,(?=[ \t])|[ \t]và(?=[ \t]))[ \t]*\d[\d.,]*)+")


def _series_row(text: str, start: int, end: int) -> str | None:
    """The unit all the numbers of a series row share: the one after its last number, or else what its label counts.
    Each number but the last has nothing of its own between it and the next one, so the row is one unit's series."""
    before = _SERIES_BEFORE.search(text, max(0, start - 160), start)
    ahead = _SERIES_AHEAD.match(text, end)
    if before is None or (not before.group(2).strip() and ahead is None):
        return None  # (a lone number after a label is the label rule's)
    row = before.group(2) + text[start : ahead.end() if ahead else end]
    if ";" not in row or _years(row):
        return None
    tail = text[ahead.end() if ahead else end :]
    unit = counted_unit(tail)
    if unit is None and _ENDS_ITEM.match(tail) and not re.match(r"\s*,", tail):
        unit = _label_noun(before.group(1))
    return unit


# what may stand between a count and the rate that measures it: "41.902 người, đạt 97,3%", "(đạt 98%)"
_RATE_OF_COUNT = re.compile(r"[\s,:(]*(?:đạt|chiếm|bằng|tương đương|với tỷ lệ|tỷ lệ)?(?:\s+tỷ lệ)?[\s:]*", re.IGNORECASE)
# "158.942 tài khoản ... trên tổng số 201.337 công dân": the count's denominator, said in words
_IN_TOTAL = re.compile(r"\s+(trong|trên)\s+tổng\s+số\s+(?=\d)", re.IGNORECASE)
_COUNT_VERB_BEFORE = re.compile(r"(?<![^\W\d_])(?:đạt|có|được|hoàn\s+thành|còn|là|xuống\s+còn)\s*$", re.IGNORECASE)
_OF_TOTAL = re.compile(r"(?:(?![;:)]|\.\s)[^\n]){0,80}?\b(?:trên|trong)\s+tổng\s+số(?:\s+[^\W\d_]+){0,8}?\s+(?=\d)(?!(?:19|20)\d\d(?!\d))",
                       re.IGNORECASE)  # not out of a bracket; the total may be named ("trên tổng số ngân sách cam kết 2,284 triệu USD")
_RANKED_BODIES = re.compile(r"\s*(?:ủy\s+ban|uỷ\s+ban|ubnd|bộ|cơ\s+quan)(?![^\W\d_])", re.IGNORECASE)
_RANKED_AMONG = re.compile(r"\s+(?:trong|trên)\s+(?:(?:tổng\s+)?số\s+|nhóm\s+)?(?=\d)", re.IGNORECASE)  # "đứng thứ 35 trong 63 tỉnh",
# "xếp thứ 3 trong nhóm 10 tỉnh, thành phố có quy mô kinh tế lớn nhất"
# a rate's per-part after its unit: "78 triệu đồng/người/năm", "3 triệu lượt/ngày"
_PER_PART = re.compile(r"(?:/(?:người|năm|tháng|ngày|tuần|quý|giờ|hộ|km2?)){1,2}(?![^\W\d_])", re.IGNORECASE)
_LISTED_AHEAD = re.compile(r"(?:\s*,\s*(?:(?:tròn|trên|đủ)\s+)?\d{1,3})*\s*(?:,|\svà|\shoặc)\s*(?:(?:tròn|trên|đủ)\s+)?\d{1,3}")  # ", 25,
# 40 và 60" (then their unit), ", 95, tròn 100 và trên 100"
_AGES_BEFORE = re.compile(r"(?<![^\W\d_])tuổi(?:\s+tròn|\s+từ)?\s+(?:\d{1,3}\s*(?:,|-|–|đến|tới)\s*)*$", re.IGNORECASE)  # "ở các tuổi
# 70, 75, 80, 85", "trong độ tuổi từ 15-35"
_VALUES_AHEAD = re.compile(r"(?:\s*(?:[;,]|và)\s*\d[\d.,]*)+")
_PER_PEOPLE = re.compile(r"\s*trên\s+(?=(?:1|10|100)\.000\s+(?:người\s+)?dân(?![^\W\d_]))", re.IGNORECASE)
_ONE_OF = re.compile(r"\s+trong\s+(?:số\s+)?\d", re.IGNORECASE)
_PROVINCE_COUNTS = (63, 62, 61, 34)  # the provinces an index ranks: before the 2025 merger (not all surveyed), after
_INDEX_NAMED_BEFORE = re.compile(r"(?<![^\W\d_])(?:chỉ\s+số|index|papi|pci|sipas|dti)(?![^\W\d_])[^()\d;]*$", re.IGNORECASE)
_INDEX_VALUE = re.compile(r"0,\d+")  # an index between 0 and 1 written the Vietnamese way: never a code or count word
_PERIOD_AFTER = re.compile(r"\s*(?:tháng|năm|quý|tuần|ngày|giờ|kỳ)(?![^\W\d_])", re.IGNORECASE)
_MONEY_OVER = re.compile(r"[ \t]*/[ \t]*(?:(?:hơn|gần|khoảng|trên)[ \t]+)?(?=\d)")  # a sum out of a sum said with its money:
# "40,8 tỷ đồng/49,6 tỷ đồng", "hơn 19 tỷ đồng/ hơn 57 tỷ đồng"
# a count over a total of other things, the unit inside the fraction: "9.690 đài truyền thanh/10.599 xã"
_UNIT_FRACTION = re.compile(r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?!(?:quý|tháng|năm|kỳ|so)(?![^\W\d_]))[^\W\d_]+){0,5}[ \t]*/[ \t]*(?=\d)",
                            re.IGNORECASE)  # (its words wrapped on a scan: "2.036 hộ cận | nghèo/53.904 hộ"; not a period's:
# "giảm 66.163 người so với quý II/2023")


def _slash_chain(text: str, end: int) -> list[int]:
    """Where the counts stand that slashes chain to a count, each with its own unit, when two or more do: none is
    over another ("651.210 kg/5.560 hộ/21.707 khẩu" is rice, households and people)."""
    starts = []
    while (fr := _UNIT_FRACTION.match(text, end)) and (dm := NUMBER_RE.match(text, fr.end())) and not dm.group("pct"):
        starts.append(dm.start())
        end = dm.end()
    return starts if len(starts) >= 2 else []


# a clause ends at ';', a full stop, a blank line or a line that opens a list item or heading (a line
# break alone is the page's wrapping)
_CLAUSE_BREAK = re.compile(r";|\.(?!\d)|\n\s*\n|\n(?=[ \t]*(?:[-+•]|\d{1,2}[.)]|[IVX]{1,4}\.?\s))")


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


def _inside(box, area) -> bool:
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    return area[0] <= cx <= area[2] and area[1] <= cy <= area[3]


def find_facts(doc: DocText) -> list[Fact]:
    """Facts of the running text, and of the tables read cell by cell; a number of the page text
    that lies inside a table's grid is left to the table, which read it in its cell."""
    facts, tables = [], list(doc.tables)
    for page_facts, page_tables in text_facts(doc):
        areas = [a for t in doc.tables if (a := t.area(page_facts[0].page_no))] if page_facts else []
        facts += [f for f in page_facts if not (areas and f.x0 is not None and any(_inside(f, a) for a in areas))]
        tables += page_tables
    for table in tables:
        facts += table_facts(doc.doc_id, table)
    return facts


def _rates_beside_counts(facts: list[Fact], changes: set[str]) -> list[Fact]:
    """A rate that names no indicator of its own measures the nearest count of its sentence that does:
    "100% cơ sở khám chữa bệnh trên địa bàn (312/312 cơ sở) đã ...", "2.318.004 dữ liệu hộ tịch, hoàn
    thành 100%"."""
    out = list(facts)
    for i, f in enumerate(facts):
        if f.unit != "%" or f.indicator_id or f.fact_id in changes:
            continue
        for j in sorted((i - 1, i + 1), key=lambda j: j < i):  # the count after it first, as in "(a/b)"
            if 0 <= j < len(facts) and facts[j].quote == f.quote and facts[j].unit != "%" and facts[j].kind == f.kind:
                if rate := rate_of(facts[j].indicator_id):
                    out[i] = f.model_copy(update={"indicator_id": rate})
                    break
    return out


def _lists_share_indicator(facts: list[Fact]) -> list[Fact]:
    """The values of one list of units ('các đơn vị có tỷ lệ thấp: Sở Xây dựng (40%), UBND Xã Kỳ
    Thượng (1,92%), ...') measure one indicator: the one its linked items agree on, when they agree;
    so does the target the list is held against in the same sentence."""
    groups: dict[tuple, list[int]] = {}
    for i, f in enumerate(facts):
        if f.subject:
            groups.setdefault((f.quote, f.unit, f.kind), []).append(i)
    out = list(facts)
    for idx in groups.values():
        named = {facts[i].indicator_id for i in idx} - {None}
        if len(idx) > 1 and len(named) == 1:
            quote, unit = facts[idx[0]].quote, facts[idx[0]].unit
            targets = [i for i, f in enumerate(facts) if f.kind == FactKind.target and not f.indicator_id
                       and f.quote == quote and f.unit == unit]  # "..., chưa đạt chỉ tiêu giao tối thiểu 80%"
            for i in idx + targets:
                out[i] = out[i].model_copy(update={"indicator_id": next(iter(named))})
    return out


def _ranks_share_total(facts: list[Fact], text: str) -> list[Fact]:
    """'chỉ số an toàn thông tin mạng xếp hạng 16, chỉ số hạ tầng số xếp hạng 16, chỉ số nhận thức số xếp hạng 27 trong
    tổng số 63 tỉnh': the total said after the last rank of a list counts the field of each."""
    out = list(facts)
    for i in range(len(out) - 1, 0, -1):
        f = out[i]
        if f.unit != "thứ hạng" or f.denominator is None:
            continue
        at = int(f.fact_id.rsplit("-", 1)[1])
        if not (m := NUMBER_RE.match(text, at)) or not (among := _RANKED_AMONG.match(text, m.end())) or "nhóm" in among.group().lower():
            continue  # (a group is the last rank's own field: "đứng thứ 4 cả nước và xếp thứ 3 trong nhóm 10 tỉnh")
        j = i - 1
        while j >= 0 and out[j].unit == "thứ hạng" and out[j].denominator is None and out[j].page_no == f.page_no:
            start = int(out[j].fact_id.rsplit("-", 1)[1])
            between = re.sub(r"\d+(?:[.,]\d+)*", "", text[start:at])
            if re.search(r"[.;:\n()]", between) or not re.search(r",|\svà\s", between):
                break  # (a list's items, not a move: 'từ vị trí thứ 27 vươn lên vị trí thứ 15 trong 63 tỉnh')
            out[j] = out[j].model_copy(update={"denominator": f.denominator})
            at, j = start, j - 1
    return out


def _heading_text(doc: DocText) -> str:
    """The issuer's block at the top of the first page: a place named there is the issuer's own."""
    if not doc.pages:
        return ""
    text = doc.pages[0].text
    m = re.search(r"^\s*(?:BÁO CÁO|KẾ HOẠCH|TỜ TRÌNH|THÔNG BÁO)\s*$", text[:600], re.MULTILINE)
    if m:
        return text[: m.start()]
    lines = []
    for line in text.splitlines()[:4]:  # else the upper-case lines it opens with: "CÔNG AN TỈNH GIA LAI"
        if not line.strip() or sum(c.islower() for c in line) > 0.2 * sum(c.isalpha() for c in line):
            break
        lines.append(line)
    return "\n".join(lines)


def _clause_start(text: str, pos: int) -> int:
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, pos - 400), pos)), default=max(0, pos - 400))


def _items_end(text: str, pos: int) -> int:
    """Where the list after a 'trong đó:' at `pos` ends: with its run of bulleted lines, or else its sentence."""
    if (run := _BULLET_RUN.match(text, pos)) is not None:
        return run.end()
    m = _SENTENCE_OR_LINE_END.search(text, pos)
    return m.start() if m else len(text)


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_BREAK.search(text, pos)
    return m.start() if m else len(text)


def _runs_on(text: str, body: int) -> bool:
    """Whether the 'heading' that ends at `body` is a numbered sentence wrapped onto a line that opens with a number:
    '2. Năm 2022, tỉnh xếp hạng thứ 36, tăng 20 bậc so với năm 2021 và tăng\n21 bậc so với năm 2020.'"""
    line = text[text.rfind("\n", 0, body) + 1 : body].rstrip()
    letters = [c for c in line if c.isalpha()]
    return (len(line) > 60 and not line.endswith((".", ":", ";")) and sum(c.islower() for c in letters) > 0.6 * len(letters)
            and bool(re.match(r"\n[ \t]*\d", text[body : body + 8])))  # fmt: skip


def _same_parts(text: str, pos: int, unit: str | None) -> bool:
    """Whether the list at `pos` opens with a count of the things the total before it counts ('42 huy chương, gồm: 12 huy
    chương vàng'); not of other things ('lựa chọn ... 06 đơn vị cấp phường (gồm: 05 phường ...)', a selection's size)."""
    m = _COUNT_OPENS.match(text, pos)
    return bool(m and unit and m.group(1).lower() == unit.split()[0].lower())


_NAMED_VALUES = re.compile(r"[^\d:;.()]{0,30}?(?:gồm|là|:)\s*:?\s*[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+){0,7}?\s*(?:\(|đạt|là|:)?\s*\d")
_BOUND_WORD = re.compile(r"(?<![^\W\d_])(?:trên|dưới)\s*$", re.IGNORECASE)


def _passed_by_names(text: str, before: str, end: int, unit: str | None) -> bool:
    """A threshold whose list names who passed it, with values of their own, not its parts: "có tỷ lệ trên 30% gồm: Phú
    Thọ (44,39%), ...", "trên 85% kế hoạch, gồm: Sơn La đạt 98,3%, ..."."""
    return unit in ("%", "điểm") and _BOUND_WORD.search(before) is not None and _NAMED_VALUES.match(text, end) is not None


def _parts_follow(text: str, end: int) -> bool:
    """Whether a list of parts follows a total in its clause ('có 484 TTHC, trong đó 323 ...'); not a list of
    names without a number ('Nhóm 10 tỉnh, thành phố dẫn đầu gồm Đà Nẵng, ..., Bà Rịa - Vũng Tàu'), whose
    later counts are findings ('; trong đó 7 tỉnh, thành phố giữ được vị trí')."""
    clause = text[end : _clause_end(text, end)]
    m = _PARTS_FOLLOW.match(clause)
    if not m:
        return False
    rest = clause[m.end() :].lstrip(" \t\n:")
    return not (rest[:1].isupper() and not re.search(r"\d", rest))


def _names_list(text: str, end: int) -> bool:
    """'12 địa phương gồm Bạc Liêu, Bắc Ninh, ...', '5 địa phương đứng đầu là thị xã Phú Thọ và các huyện
    ...': names, two or more and no number among them, follow 'là' or 'gồm'."""
    m = _NAMES_OPEN.match(text, end)
    if not m:
        return False
    rest = text[m.end() : _clause_end(text, m.end())]
    return not re.search(r"\d", rest) and bool(re.search(r",|\svà\s", rest))


def _names_follow(text: str, end: int) -> bool:
    """Whether proper names, two or more, separated by commas, follow right after a count's unit."""
    opened = re.match(r"\s*(?:gồm|là)?\s*:?", text[end:])
    parts = text[end + opened.end() : _clause_end(text, end)].split(",")
    names = 0
    for part in parts[:3]:
        words = part.split()
        if not words or not all(w[:1].isupper() for w in words):
            break
        names += 1
    return names >= 2


def _named_scores(text: str, start: int) -> bool:
    """Whether a bare number in brackets after a name is a score: an index was named just before, and its line
    lists names with such values, at least two with a decimal ('Yên Bái (23,7), ..., Cà Mau (21.2)')."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return bool(re.search(r"[A-ZĐ][^\W\d_]*\s*\($", text[max(0, start - 30) : start])) \
        and len(_NAMED_DECIMAL.findall(line)) >= 2 and bool(_INDEX_OR_POINTS.search(text, max(0, line_start - 300), start))  # fmt: skip


_WHOLE_COUNT = re.compile(r"\d{1,3}(?:\.\d{3})*")  # a whole count as printed, its thousands dotted: "119", "2.323"
_PLACE_NAME = r"(?:TP\.\s*)?[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}\s*"  # "Long Khánh ", "TP. Huế "
# a place named bare before its count, in a list after a lead-in's colon: "quận Hà Đông (325), ...", "- TP Sầm Sơn 8 (Bắc Sơn 4)"
_PLACE_BEFORE_COUNT = re.compile(r"(?:^|[\s(,;:-])(?:(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|TP\.?|TX\.?)\s+)?"
                                 r"[A-ZĐ][^\W\d_]*(?:[ \t]+[A-ZĐ][^\W\d_]*){0,4}[ \t]*\(?$")
_RANKED_LEAD = re.compile(r"(?<![^\W\d_])(?:top|tốp|xếp\s+hạng|thứ\s+hạng|thứ\s+tự)(?![^\W\d_])", re.IGNORECASE)  # places by rank: "Top 10
# địa danh ... gồm: thành phố Hội An (1), Hà Nội (2)"
_LEVEL_NOUN = re.compile(r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|địa\s+phương|đơn\s+vị)(?![^\W\d_])", re.IGNORECASE)
_LEAD_NOUN = re.compile(r"(?<![^\W\d_])(?:số\s+lượng|số|nhiều|có|ghi\s+nhận)\s+(?=([^\W\d_]+(?:\s+[^\W\d_]+)?))", re.IGNORECASE)


def _place_list_lead(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the lead-in of a list of places with bare counts runs: from its line's start to the colon the list follows,
    the list's lines after its first each an item ('- ...'). The names are words, not codes ('QCVN 05')."""
    named = _PLACE_BEFORE_COUNT.search(text, max(0, start - 60), start)
    if not _WHOLE_COUNT.fullmatch(text[start:end]) or not named or named.group().strip(" \t(").split()[-1].isupper() \
            or not re.match(r"\)?[ \t]*(?:[,;.(]|và\s|\n|$)", text[end : end + 4]):  # fmt: skip
        return None
    opened = text.rfind("(", max(0, start - 200), start)
    if not (text[start - 1 : start] == "(" or opened > text.rfind(")", max(0, start - 200), start) or re.match(r"[ \t]*\([A-ZĐ]", text[end:])):
        return None  # a count in its own brackets, in a breakdown's, or before one: not a name's number ("thôn Mỹ An 2, phường ...",
        # "KCN Quế Võ 2 (270 ha)")
    colon = max((m.start() for m in re.finditer(r":(?=\s)", text[max(0, start - 800) : start])), default=-1)
    colon += max(0, start - 800) if colon >= 0 else 0
    line = text.rfind("\n", 0, max(colon, 0)) + 1
    if colon < 0 or _RANKED_LEAD.search(text, line, colon) or any(not re.match(r"\s*[-+•]", item) for item in text[colon + 1 : start].split("\n")[1:]):
        return None
    return max(line, text.rfind(". ", line, colon) + 1), colon


def _lead_noun(lead: str) -> str | None:
    """What a lead-in says its list counts: the unit of the total it states ('... là 119 ca, phân bố như sau' -> ca), else
    the last count noun it names ('Một số quận, huyện ghi nhận nhiều bệnh nhân trong ngày' -> bệnh nhân)."""
    counted = [u for m in NUMBER_RE.finditer(lead) if (u := counted_unit(lead[m.end() :])) not in (None, "%")]
    named = [u for m in _LEAD_NOUN.finditer(lead) if (u := open_unit(" " + m.group(1))[0]) and not u.startswith(("số", "lượng"))
             and not _LEVEL_NOUN.match(u)]  # (not the places listed: 'Một số tỉnh, thành phố có số mắc cao ...')
    return (counted or named or [None])[-1]
_NAMED_AFTER_BRACKET = re.compile(rf"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:[^\W\d_]+\s+){{0,3}}{_PLACE_NAME}")
# ", thị xã Long Khánh ", ", tiếp đó là Hàn Quốc ", " và Đài Loan "
_NEXT_LIST_LEAD = re.compile(rf"[.;]?\s*\n\s*[-+•]\s*(?:(?!\n\s*[-+•])[^\d:]){{5,200}}:\s*{_PLACE_NAME}")  # (a wrapped lead-in too)
_NAMED_DECIMAL = re.compile(r"[^\W\d_]\s*\(\d{1,3}[,.]\d{1,2}\)")
_INDEX_OR_POINTS = re.compile(r"(?<![^\W\d_])(?:chỉ\s+số|điểm)(?![^\W\d_])", re.IGNORECASE)


# a list item that opens with a band and gives its count after a colon: "- Trên 20%: 5 địa phương", "- Từ 10 - 20%: 13 ..."
_BAND_ITEM_BEFORE = re.compile(r"^\s*[-+•]\s*(?:(?:trên|dưới|từ|hơn|tối\s+thiểu)\s+)?(?:\d+(?:[.,]\d+)?\s*%?\s*(?:-|–|đến)\s*)?$",
                               re.IGNORECASE)
_BAND_ITEM_AFTER = re.compile(r"(?:\s*%)?(?:\s*(?:-|–|đến)\s*(?:dưới\s+)?\d+(?:[.,]\d+)?\s*%)?(?:\s*trở\s+(?:lên|xuống))?\s*:\s*\d",
                              re.IGNORECASE)


def _bound_start(text: str, start: int) -> int:
    """Where the bound words before a number begin: the class a band belongs to is named before them."""
    m = _BOUND_BEFORE.search(text, max(0, start - 40), start)
    return m.start() if m else start


def _own_count(text: str, start: int) -> bool:
    """A count in brackets after words that hold a capital: a named body's own ('Bộ Tài chính (4 nhiệm vụ)'),
    not a list item's ('xây dựng dữ liệu số (7 chỉ tiêu)')."""
    own = _OWN_COUNT.search(text, max(0, start - 60), start)
    return bool(own) and any(w[0].isupper() for w in own.group(1).split())


_MEASURES = frozenset(("tấn", "kg", "gram", "g", "tạ", "ha", "héc-ta", "km", "m", "m2", "m²", "km2", "km²", "m3", "m³", "lít"))
_REACHED_BEFORE = re.compile(r"(?<![^\W\d_])đạt(?:\s+(?:khoảng|gần|trên|hơn|xấp\s+xỉ))?\s*$", re.IGNORECASE)
_OF_PLAN_AFTER = re.compile(r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|KH|chỉ\s+tiêu)(?![^\W\d_])", re.IGNORECASE)
_STRIVE = re.compile(r"(?<![^\W\d_])(?:phấn\s+đấu|cố\s+gắng|bảo\s+đảm|đảm\s+bảo|yêu\s+cầu|phải|cam\s+kết|dự\s+kiến)(?![^\W\d_])",
                     re.IGNORECASE)  # (what is promised or foreseen stays an aim: "cam kết giải ngân đạt 100% kế hoạch")


# a value said again in another measure, right after it: "giảm 300 thủ tục, tương đương 1.900 giờ làm việc"
_SAME_AS = re.compile(r"\s*[,(]?\s*tương\s+đương(?:\s+với)?(?:\s+(?:khoảng|hơn|gần|trên))?\s*", re.IGNORECASE)


def _months_of(facts: list, text: str, fact_end: int, start: int) -> bool:
    """Whether the number at `start` goes on a length the last fact began in years: '3 năm | 7 tháng'."""
    return bool(facts) and facts[-1].unit == "năm" and not text[fact_end:start].strip()


def _kind(text: str, start: int, end: int, unit: str | None, cue_from: int, s_start: int, plan: bool,
          scope_open: bool, after_target: bool, after_change: bool = False, share: bool = False,
          lead_start: int | None = None) -> FactKind:  # fmt: skip
    """What a number is, from the words between the previous fact of its clause and it, its
    sentence and its section. A target's words govern the rest of their clause ('Chỉ tiêu giao: UBND
    cấp tỉnh đạt 100%, cấp xã 95%') until a value is said to be reached ('chỉ đạt', 'mới đạt')."""
    near = text[max(cue_from, start - 40) : start]
    cue = text[cue_from:start]
    if cue_from > 0 and text[cue_from - 1] == "%":
        own = _OF_TARGET.sub("", cue, count=1)  # "đạt 103,2% chỉ tiêu Bộ Công an giao), ...": the rate's words,
        cue = own if own.strip() else cue  # unless they name this value: "đạt 11,4% so với chỉ tiêu 849.528 tài khoản"
    verb = _CHANGE_BEFORE.search(near) or _CHANGE_MOST.search(near) or _CHANGE_NAMED.search(near) or (
        _gap_said(near) if not _TARGET.search(text, s_start, start) else None)
    if verb and re.search(r"từ\s*$", verb.group(), re.IGNORECASE) and _FROM_TO.match(text, end):
        verb = None  # "huyện Sông Lô giảm từ 10,85% xuống còn 1,31%": the level it started from
    if verb and unit in ("VND", "USD") and _ADDED_CAPITAL.search(near):
        verb = None  # "vốn đăng ký tăng thêm 2,02 tỷ USD": the capital projects registered on top, a sum in itself
    if verb and unit in _ENERGY_UNITS and re.match(r"tiết\s+kiệm", verb.group(), re.IGNORECASE):
        verb = None  # "tiết kiệm được 388,95 triệu kWh": electricity saved is counted, as a saving programme reports it
    if verb and (plan or _PLAN_OPENS.match(text, s_start) and _PLANNED.search(text, s_start, start)) and not _REALIZED.search(text, s_start, start):
        return FactKind.target  # "tăng từ 05 bậc trở lên so với năm 2024" under a plan's heading, "Theo kế hoạch, Thành phố sẽ
        # tinh giản 6.291 cán bộ": a change aimed at
    if _AIM_SPELT.search(text, max(s_start, start - 240), start) and not _CHANGE_AFTER.match(text, end):
        return FactKind.target  # "vượt mục tiêu của Nghị quyết ... (giảm tỷ lệ hộ nghèo bình quân từ 3-4%/năm)"
    if verb and not _CHANGE_AFTER.match(text, end) and (_AIMED_CHANGE.search(text, max(s_start, cue_from - 80), start)):
        return FactKind.target  # "phấn đấu giảm 30% thời gian giải quyết": a cut aimed at, not made
    if unit in _GAP_UNITS and _GAP.search(text, max(s_start, cue_from - 40), start) or unit in ("VND", "USD") and (
            _OVER_START_PRICE.search(near) and _START_PRICE.search(text, s_start, _clause_end(text, end))):  # fmt: skip
        return FactKind.change
    if unit in ("VND", "USD") and _START_PRICE_IS.search(near) or unit == "m2" and _LOT_SIZE.search(text, max(s_start, start - 60), start):
        return FactKind.scope  # "giá khởi điểm 10,9 triệu đồng/m2", "lô lớn nhất khoảng 280 m2": what an auction offers
    if unit and unit.split()[0] == "loại" and _KINDS_FRAMED.search(near):
        return FactKind.scope
    if _THRESHOLD.search(near) and not (verb and unit == "%") or (_MOST_POINTS.search(near) and _INDEX_BUILT.search(text, s_start, start)):
        return FactKind.scope
    if (verb and not (verb.group().lower().startswith("vượt") and unit in _COUNTS_OF_TARGETS)) or after_change \
            or _COMPARED.search(text, max(cue_from, start - 90), start) \
            or (unit == "%" and _SHARE_OF_YEAR.search(near) and _YEAR_AFTER.match(text, end)) or (unit == "%" and _CHANGE_AFTER.match(text, end) and (
                not (level := _LEVEL_BEFORE.search(near)) or _RATIO_WORD.search(level.group()) and not _MOVE_AFTER.match(text, end))):  # fmt: skip
        if plan and not verb and not after_change and not _REALIZED.search(text, s_start, start):
            return FactKind.target  # "- Giảm tỷ lệ sinh con thứ 3 trở lên 1% so với năm 2023;" under a plan's heading
        return FactKind.change
    if _TARGET_NAMED.search(near):
        if unit not in (None, "%") or _SET_BY.match(text, end) or re.search(r"\slà\s*$", near):
            return FactKind.target
        if unit == "%" and not plan:  # "vượt chỉ tiêu đề ra 4,3%": by how much it was exceeded (unless "... đặt ra" says whose
            # aim, or it is near the rate reached: "đạt 86,3% (vượt chỉ tiêu giao 85%)", the aim itself)
            return FactKind.target if _beside_its_rate(text, s_start, start, end) else FactKind.change
    if (met := _QUOTA_MET_NAMED.search(near)) and not share and (met["asks"] or met["verb"].lower().startswith("hoàn") and unit != "%"):
        return FactKind.target
    if unit and unit.startswith("chỉ tiêu") and not share and (_QUOTA_OF.match(text, end) or _ADMITS.search(text, max(s_start, start - 90), start) or (
            _GIVEN.search(text, s_start, start) and (_RECRUITS.search(text, s_start, _clause_end(text, end)) or (
                _QUOTA_BACK.search(text, s_start, start) and _RECRUITS.search(text, max(0, s_start - 400), s_start))))):  # fmt: skip
        return FactKind.target  # "được giao 1.863 chỉ tiêu tuyển chọn", "đã giao xã Ma Nới chuẩn bị 8 chỉ tiêu": a call-up quota,
        # said in the sentence or just before ("... gọi công dân nhập ngũ ... 3.550 chỉ tiêu. | Chỉ tiêu trên được phân bổ cho các
        # địa phương, trong đó: thành phố Thanh Hóa 155 chỉ tiêu, ...")
    if unit in _AIM_UNITS and not share and not _own_count(text, start) and not _contest_entries(text, start, end, unit) and (
            _SETS_OUT.search(near) or not (
            _ITEMS_DONE.search(text, s_start, _clause_end(text, end)) or unit == "nhiệm vụ" and _RESEARCH.search(text))):
        return FactKind.scope
    if unit not in (None, "%", "VND", "USD") and not share and _FIELD_OF.search(text, max(s_start, start - 200), start):
        return FactKind.scope
    if unit in _GROUP_UNITS and not share:
        return FactKind.scope  # "xác định 7 nhóm nhiệm vụ trọng tâm", "phục vụ 5 nhóm tiện ích" under a plan heading: its outline
    if unit not in (None, "%") and not share and _FIELD_OPENS.search(text, max(0, start - 12), start) and (
            re.match(r"\s*,", text[end : _clause_end(text, end)]) or re.search(r"\d", text[end : _clause_end(text, end)])):
        return FactKind.scope  # "Trong 8 huyện, thành phố, có 5 địa phương ...": the field, its members counted after
    listed = _LIST_FOLLOWS.match(text, end)
    if unit not in (None, "%", "VND", "USD", "hồ sơ", *_MEASURES) and not share and not _MARK_REACHED.match(text, end) and (
            listed and not (_BARE_PARTS.match(text, listed.end()) or _same_parts(text, listed.end(), unit))
            or _names_follow(text, end) or _names_list(text, end)):
        return FactKind.scope  # "5 địa phương dẫn đầu ... là: A (..), B (..)", "06 tỉnh Kon Tum, Gia Lai, ...": the list's size
        # (not dossiers: "tổng cộng 25.047 hồ sơ, cụ thể như sau: ..." is a count its list breaks down; nor a weight or
        # an area: "thu giữ 2,8 tấn ma túy các loại, gồm: ..." is an amount its list breaks down; nor a share of a field: "Có
        # 12/22 quận, huyện ghi nhận ca bệnh, gồm: ...")
    if unit == "%" and re.match(r"\s*\)", text[end:]) and _AIM_BRACKETED.search(text, max(s_start, start - 160), start):
        return FactKind.target
    if unit in ("VND", "USD") and _SUM_OF_AIM.search(text, max(s_start, start - 120), start) or unit != "%" and not share and _PLAN_BRACKETED.search(
            text, max(s_start, start - 140), start):  # fmt: skip
        return FactKind.target  # "đạt 72,11% dự toán (kế hoạch 88.600 tỷ đồng)", "đạt 99,82% kế hoạch năm 2024 (187.000 ha)":
        # the sum aimed at, of the share before it
    if unit and unit.startswith("biên chế") and not share and not _QUOTA_FILLED.search(text, max(cue_from, start - 40), start):
        return FactKind.target  # "Ban Thường vụ Tỉnh ủy quyết định giao ... 1.046 biên chế": a quota set (not 'hiện có 1.765 biên chế')
    if _NEEDED.search(text, max(s_start, start - 12), start) or _MEANT_TO_SECURE.search(text, max(s_start, start - 100), start):
        return FactKind.target  # "để vận hành hiệu quả cần 44 người": what is needed
    if unit == "%" and not plan and _REACHED_BEFORE.search(near) and _OF_PLAN_AFTER.match(text, end) and not _STRIVE.search(
            text, s_start, start):  # fmt: skip
        return FactKind.result  # "mục tiêu giảm sinh đạt 140% kế hoạch giao": the share of the plan reached
    aims = [m.end() for m in _TARGET.finditer(cue)
            if not (_REALIZED.search(cue, 0, m.start()) and _aside_closed(text, s_start, cue_from + m.start(), start))  # "vốn đã
            # giải ngân (gồm kế hoạch vốn năm 2024) đạt 1.330,5 tỷ đồng": what the sum spent was drawn from
            and (not _HELD_AGAINST.search(cue, 0, m.start()) or not re.search(r"[,:;]", cue[m.end():]))
            and not (cue[m.end() :].strip() == "" and cue[m.start() : m.end()].lower().startswith("yêu") and _AMENDS_AFTER.match(text, end))]
    # ("yêu cầu 22 cơ sở dừng hoạt động": those ordered to amend, counted)
    budget = _BUDGET_SET.search(text, max(cue_from, start - 140), start) or (  # (its words lie past a short cue)
        unit in ("VND", "USD") and _BUDGET_IS.search(text, max(cue_from, start - 140), start))
    aimed = max(aims, default=len(cue) if budget else -1)
    reached = max((m.end() for m in _REALIZED.finditer(cue)), default=-1)
    lead = s_start if lead_start is None else lead_start  # a long list's lead-in lies before the quoted window
    colon = text.rfind(":", lead, cue_from)
    if colon >= 0 and aimed < 0 and reached < 0 and _AIM_LEAD.search(text, lead, colon) and not _REALIZED.search(text, lead, colon):
        aimed = 0  # "đặt mục tiêu đến năm 2025: 100% ...; trên 90% hồ sơ ... cấp tỉnh, 80% ... cấp huyện"
    elif aimed < 0 and reached < 0 and (lead_in := _bullets_lead_in(text, start)) is not None and _AIM_LEAD.search(lead_in) \
            and not _REALIZED.search(lead_in):  # fmt: skip
        aimed = 0  # "Theo Kế hoạch, thành phố phấn đấu: | - 90% người dân ...; | - ... đạt 50%;"
    plan = plan and not (aimed < 0 and (_DONE_IN_PLAN.search(text, s_start, start) or _DONE_JUST_BEFORE.search(near)))  # "đã trồng được 6,2 triệu cây, đạt 94,9% kế hoạch"
    planned = aimed >= 0 or _planned(text, s_start, start) or _PLAN_OPENS.match(text, s_start) or plan or after_target or (
        (line := text.rfind("\n", s_start, start)) >= 0 and _PLAN_OPENS.match(text, line + 1))  # (a heading without a full
    # stop runs into the sentence under it)
    if planned and reached <= aimed:  # "một số chỉ tiêu đã hoàn thành 100%": said reached after the aim
        return FactKind.target
    if unit in ("VND", "USD", "kg") and re.match(r"\s*(?:[^\W\d_]+\s*)?/\s*[^\W\d_]", text[end:]) and _NORM_BEFORE.search(near):
        return FactKind.scope  # "mức 1 triệu đồng/suất", "định mức hỗ trợ 15 kg/khẩu": the norm each gets, not a sum spent
    if unit == "bậc" or _POINTS_AFTER.match(text, end):
        return FactKind.change  # "mất 11 bậc", "lùi 5 bậc", "sụt 8,12 điểm %": a rank or a rate moved, whatever the verb
    bound = _bound_start(text, start)
    if (bound < start or _BOUND_AFTER.match(text, end)) and _BAND_OF.search(text, max(s_start, cue_from - 120), bound) or (
            _QUALIFIER_AFTER.match(text, end) and _COUNT_REACHING.search(text, max(s_start, start - 80), start)) or (
            _BOUND_BEFORE.search(text, max(s_start, start - 30), start) and _COUNT_BOUNDED.search(text, max(s_start, start - 100), start)):  # fmt: skip
        return FactKind.scope
    if unit in ("tháng", "ngày") and _DEBT_BAND.search(text, max(s_start, start - 80), start):
        return FactKind.scope
    if unit == "%" and bound < start and _RATE_CLASS.search(text, max(s_start, start - 140), bound):
        return FactKind.scope  # "Số xã có tỷ lệ nợ quá hạn nhỏ hơn 0,5% là 92 xã": the class's bound, its members counted after
    if bound < start and _CLASS_OF.search(text, max(s_start, start - 140), bound) and _CLASS_COUNTED.match(text, end):
        return FactKind.scope
    if unit == "%" and _BAND_ITEM_BEFORE.search(text[text.rfind("\n", 0, start) + 1 : start]) and _BAND_ITEM_AFTER.match(text, end):
        return FactKind.scope  # "- Từ 10 - 20%: 13 địa phương;": a band's bounds, the count of its members after them
    if unit in _PART_UNITS and _COMPOSED_OF.search(near):
        return FactKind.scope
    if unit and _INDEX_PART.match(unit) and _MARK_COUNTED.match(text, end):
        return FactKind.scope
    if unit == "%" and (_RATE_COUNTED.match(text, end) or _DAMAGE_CLASS.search(text, max(s_start, start - 50), start)):
        return FactKind.scope  # "- Nhà bị thiệt hại từ 50-70%: 10 nhà": a band of rates, the count of what falls in it after
    if unit in ("m", "mét") and (_LENGTH_BOUND.search(text, max(s_start, start - 12), start) or _QUALIFIER_AFTER.match(text, end)) \
            and (_LENGTH_OF.search(text, max(s_start, start - 40), start) or _RATE_COUNTED.match(text, end)):  # fmt: skip
        return FactKind.scope  # "tàu cá có chiều dài từ 15 mét trở lên", "- Từ 6 đến dưới 12m: 912 chiếc": a class of length
    if unit and _INDEX_PART.match(unit) and not share and not _PREDICATE_AFTER.match(text, end) and not _REALIZED.search(near) \
            and not _UNIT_REACHED.search(text, max(s_start, cue_from - 60), start) and not _PER_UNIT.match(text, end):  # fmt: skip
        return FactKind.scope
    if unit and unit.startswith(("tỉnh", "địa phương")) and not share and _ALL_PROVINCES.match(text, start) and \
            _OVER_ALL.search(near) and not re.search(r"(?<![^\W\d_])đều(?![^\W\d_])", text[end : _clause_end(text, end)]):  # fmt: skip
        return FactKind.scope  # "phản hồi của 12.000 doanh nghiệp tại 63 tỉnh, thành phố", "dẫn đầu 63 tỉnh": the country's field
    if not share and (_ROUTE_THROUGH.search(near) or unit in ("km", "m") and _ROUTE_LENGTH.search(text, max(s_start, start - 120), start)):
        return FactKind.scope  # "tuyến dài 117,5 km, đi qua 2 tỉnh": a route's extent, as designed
    if unit not in ("%", "VND", "USD") and not share and _AS_DESIGNED.search(text, s_start, start):
        return FactKind.scope  # "Theo thiết kế, giai đoạn 1 có nền đường rộng 17m, 4 làn xe": a work's measures, as designed
    if unit != "%" and not share and _PROJECT_SIZE.search(text, max(s_start, start - 60), start) and _ONE_PROJECT.search(
            text, s_start, start):  # fmt: skip
        return FactKind.scope  # "Dự án Nhà máy điện khí LNG có quy mô vốn hơn 2,2 tỷ USD": one project's size, as designed
    if unit in ("VND", "USD") and _TOTAL_COST.search(text, max(s_start, start - 130), start) and not _ATTRACTED.search(text, s_start, start):
        return FactKind.scope  # "triển khai 33 dự án giao thông với tổng mức đầu tư hơn 9.400 tỷ đồng": the works' cost, as approved
    if _SELECTED.search(near) and not _SELECTION_MADE.search(near) or (unit == "nhóm" and not share and not _GROUPS_DONE.search(near)) or (
            _SCOPE_BEFORE.search(cue) and unit != "thứ hạng" and not share and not _CLASS_REACHED.match(text, end)):
        return FactKind.scope
    if (unit in CATALOGUE_UNITS or scope_open) and not share and (scope_open or (
            _parts_follow(text, end) and not _PUT_ONLINE.search(near))):
        return FactKind.scope  # "54/76 dịch vụ công thiết yếu" among the parts is a share reached, a result
    if unit is None and _LIST_FOLLOWS.match(text, end):
        return FactKind.scope
    return FactKind.result


def _beside_its_rate(text: str, s_start: int, start: int, end: int) -> bool:
    """A rate after 'vượt chỉ tiêu' that is near the rate reached before it is the aim, not the margin: 'đạt 86,3% (vượt
    chỉ tiêu giao 85%)', against 'đạt 104,3%, vượt chỉ tiêu 4,3%'."""
    reached = list(_RATE_REACHED.finditer(text, max(s_start, start - 120), start))
    value = parse_quantity(text[start:end])
    return bool(reached) and value is not None and value.value > float(reached[-1].group(1).replace(",", ".")) / 2


def _contest_entries(text: str, start: int, end: int, unit: str) -> bool:
    """Solutions entered in a contest, said so after them or in the lead of the list they are items of."""
    return unit == "giải pháp" and bool(_ENTRIES.match(text, end) or _CONTEST.search(_bullets_lead_in(text, start) or ""))


def _bullets_lead_in(text: str, start: int) -> str | None:
    """The line a bulleted item at `start` hangs from, when it ends with ':' (over the bullets before it too)."""
    line = own = text.rfind("\n", 0, start) + 1
    while _BULLET.match(text, line):
        if line == 0:
            return None
        line = text.rfind("\n", 0, line - 1) + 1
    if line == own:
        return None  # the number's own line is no item
    lead = text[line : text.find("\n", line)]
    while lead[:1].islower() and line > 0:  # a lead the page wrapped: '... thuộc 5 lĩnh vực, cụ | thể:'
        above = text[text.rfind("\n", 0, line - 1) + 1 : line - 1]
        if above.rstrip().endswith((".", ":", ";")):
            break
        line, lead = line - 1 - len(above), above + " " + lead
    return lead if lead.rstrip().endswith(":") else None


_BULLET = re.compile(r"[ \t]*[-+•–][ \t]")


def _count_range_tail(text: str, start: int, end: int) -> bool:
    """The upper end of a range of counts written with a bare hyphen, a counted word after it: "từ 250-300 lượt khách",
    "1.000-1.200 lượt", "từ 51,99 -70/100 điểm", "tiết kiệm 50-70 tỷ đồng", or a length glued to it: "tàu từ 6-12m" (not
    a code, "57-NQ/TW", nor years, "2021-2025")."""
    head, tail = _COUNT_RANGE_AT.search(text, 0, start), re.fullmatch(RANGE_END, text[start:end])
    return bool(head and tail) and COUNTED_AFTER.match(text, end) is not None and (
        parse_quantity(head.group(1)).value < parse_quantity(tail.group()).value)


def _aside_closed(text: str, s_start: int, at: int, start: int) -> bool:
    """Whether position `at` lies inside a bracketed aside that closes before the number at `start`."""
    opened = text.rfind("(", s_start, at)
    return opened >= 0 and text.rfind(")", opened, at) < 0 and 0 <= text.find(")", at, start)


def _planned(text: str, s_start: int, start: int) -> bool:
    """A plan's words in the sentence before the number, not inside an aside closed before it: '(tổng kinh
    phí dự kiến khoảng 3.900 tỷ đồng), đến nay tỉnh đã chi trả cho hơn 2.400 người' (nor its target, after it)."""
    return any(not _aside_closed(text, s_start, m.start(), start) for m in _PLANNED.finditer(text, s_start, start))


# a row of a series written as text: its label, a colon, then two or more bare numbers ("- Năm 2015: 4,70; 5,24; 4,10",
# "- Năm 2018: 1,25 - 1,27 - 1,23"); a row that names its unit in brackets ("1. Dân số trung bình (người): 629734; 633440")
_NUMBERS = r"((?:[<>~]?[ \t]*\d[\d.,]*[ \t]*(?:[;\-–][ \t]*)?){2,})[.;]?[ \t]*$"
_NUMBER_ROW = re.compile(r"^[ \t]*(?:[-+•][ \t]*)?[^\n:]{1,60}:[ \t]*" + _NUMBERS, re.MULTILINE)
_UNIT_NAMED_ROW = re.compile(r"^[^\n:]{1,80}?\(([^()\n:]{1,40})\)[ \t]*:[ \t]*" + _NUMBERS, re.MULTILINE)  # ('... (GRDP) ... (triệu đồng):')
_ITEM_LINE = re.compile(r"[ \t]*(?:[-+•]|\d{1,2}\.\s)")


def _unit_said(words: str) -> str | None:
    """The unit a lead or a label's brackets state: '%', 'triệu đồng', 'người/km2'."""
    words = " " + words.strip()
    if "%" in words or (money := MONEY_RE.match(words)):
        return "%" if "%" in words else money.group(1)
    unit, n = unit_at(words)
    return unit + per.group().lower() if unit and (per := _PER_PART.match(words, n)) else unit or open_unit(words)[0]


def _years(numbers: str) -> bool:
    return all(re.fullmatch(r"(?:19|20)\d\d", n) for n in re.findall(r"[\d.,]+", numbers))


def _stated_units(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Where statistical reports write a table in text and state its unit once: rows of bare numbers under a lead
    that states it ("Tỷ lệ thiếu việc làm (đơn vị tính: %; lần lượt: tổng số - nam - nữ):") or in their own
    label's brackets ("Dân số trung bình (người): ..."), and the list items under such a lead, down to the next
    heading or sentence of prose ("Đơn vị tính: triệu đồng. | - Năm 2010: tổng số 27.065.153; dịch vụ 7.439.709").
    (rows: where their numbers stand, the unit; blocks: where a number with no unit of its own takes it)."""
    rows = [(m.start(2), m.end(2), unit) for m in _UNIT_NAMED_ROW.finditer(text)
            if not _years(m.group(2)) and (unit := _unit_said(m.group(1).split(";")[0]))]  # fmt: skip
    blocks = []
    for lead in UNIT_LINE.finditer(text):
        if not (unit := _unit_said(lead.group(1))):
            continue
        start = pos = text.find("\n", lead.end())
        while pos >= 0:
            end = text.find("\n", pos + 1) % (len(text) + 1)  # (the last line ends the text)
            line = text[pos + 1 : end]
            if row := _NUMBER_ROW.match(text, pos + 1):
                if not _years(row.group(1)):  # (not a header row of years: "Năm học: 1997-1998 2001-2002")
                    rows.append((row.start(1), row.end(1), unit))
            elif not (_ITEM_LINE.match(line) and re.search(r"\d", line) or not re.search(r"\d", line) and line.rstrip().endswith(":")):
                break  # (a caption between rows: 'Phân theo thành thị, nông thôn:')
            pos = end if end < len(text) else -1
        blocks.append((start, pos if pos >= 0 else len(text), unit))
    return rows, blocks


def text_facts(doc: DocText):  # noqa: C901 - one pass of small rules, in order
    """Facts of each page's text, one list per page, with the tables the page writes as bar-split lines (their
    numbers are left to `table_facts`): read here, so that a page loaded lazily is loaded once."""
    sections = section_index(doc)
    issuer = _heading_text(doc)
    for page in doc.pages:
        facts: list[Fact] = []
        count_end = -1  # where the last count (a fact not in %) ended
        split_from: tuple = (-1, None, None)  # ...and where the last count of things ended, its unit and kind
        split_reach = -1  # ...and how far on its split into parts may go
        fact_end = 0  # where the last fact (its unit included) ended
        scope_until, scope_unit = -1, None  # a catalogue total (or a scope of this unit) opened a list of its parts
        parts_until = -1  # ...a list after 'trong đó:', whose items are clauses that open with a count
        items_until, items_bulleted = -1, False  # ...and after any count's 'trong đó:' or 'gồm:', where its list of parts ends
        aimed_until, aimed_unit = -1, None  # ...and a sum aimed at, whose parts are aimed at too
        changes: set[str] = set()  # rates that are a change ("tăng 12%"), which measure no level
        of_total: set[int] = set()  # where a number stands that is an earlier count's denominator
        chained: set[int] = set()  # where a count stands that a slash chains to an earlier one, a fact of its own
        fields: set[int] = set()  # ...or the field an earlier bare count is among ("có 160 trong tổng số 178 xã"), scope
        text = page.text
        about = subjects(text, issuer)
        page_tables = text_tables(page, doc.doc_id)  # read cell by cell, by find_facts
        stated_rows, stated_blocks = _stated_units(text)
        for m in NUMBER_RE.finditer(text):
            start, end = m.span()
            if any(a <= start < b for _, (a, b) in page_tables):
                continue
            list_item = start > 1 and text[start - 1] == "," and text[start - 2].isdigit()  # "22,10,10 và 37"
            negative = start > 1 and text[start - 1] in "-−" and text[start - 2] == "("  # "giảm 146 vụ (-3,56%)": a fall's
            # size, stored as "giảm 146 vụ" is, without its sign (most writers do so: 53 such facts to 17)
            second_rate = bool(m.group("pct")) and _RATE_SLASH.search(text, max(0, start - 3), start) is not None  # "80%/60%"
            if start in of_total or start > 0 and not second_rate and start not in chained and (
                    text[start - 1].isalnum() or text[start - 1] in "/.," and not list_item or (
                    text[start - 1] == "-" and not negative and not (m.group("pct") and _RANGE_TAIL_AT.search(text, 0, start))
                    and not _count_range_tail(text, start, end) and not (_NAME_DASH.search(text, max(0, start - 4), start + 1) and not m.group("pct")))):  # fmt: skip
                continue  # (but "15-20%": a range of rates, both ends, and "250-300 lượt khách"; and "Bến Tre -21 HCV": a scan's
                # dash after a name, glued to its count)
            row_unit = next((u for a, b, u in stated_rows if a <= start < b), None)  # (a dash there parts values: no range, no code)
            block_unit = next((u for a, b, u in stated_blocks if a <= start < b), None)
            if not second_rate and not row_unit and names_something(text, start, end) or _CLOCK.search(text, max(0, start - 10), start):
                continue  # (the minutes of "9 giờ 30 buổi sáng")
            q = parse_quantity(m.group())
            if q is None:
                continue
            s_start, s_end = page.sentence(start, end)
            before_near = text[max(0, start - 40) : start]
            open_vocab = span = split = False
            rest = text[end : end + 60]
            unit, value, den = None, q.value, q.denominator
            money, ranged = MONEY_RE.match(rest), False
            if not (money or q.percent or m.group("mult")) and (tail := _MONEY_RANGE_TAIL.match(rest)) and (
                    money := MONEY_RE.match(rest, tail.end())):  # fmt: skip
                value *= MULTIPLIERS.get(tail.group(1) or "", 1.0)  # "26,5 - 26,7 tỷ USD": the first
                ranged = True  # end counts in the second's money, and ends where it stands
            if q.percent or _RATE_SLASH_AFTER.match(text, end):
                unit = "%"
            elif spelled := _PERCENT_WORDS.match(rest):
                unit, end = "%", end + spelled.end()  # "bố trí đủ 3 phần trăm tổng chi ngân sách"
            elif m.group().rstrip().lower().endswith(("tỷ", "tỉ")) and (compound := _AND_MILLIONS.match(rest)):
                of_total.update(end + compound.start(g) for g in (1, 2) if compound.group(g))  # "71 tỷ 355 triệu đồng": one
                thousands = float(compound.group(2) or 0) * 1e3  # sum, the millions and thousands its parts
                unit, value, end = "VND", value + float(compound.group(1)) * 1e6 + thousands, end + compound.end()
            elif money:
                unit, value, den = in_money(money.group(1), value, den)  # "25 tỷ USD" is in dollars
                end += 0 if ranged else money.end()
                if den is None and not ranged and (over := _MONEY_OVER.match(text, end)) and (dm := NUMBER_RE.match(text, over.end())) \
                        and (dq := parse_quantity(dm.group())) and (dq.multiplier, dq.percent, dq.denominator) == (q.multiplier, False, None) \
                        and (again := MONEY_RE.match(text, dm.end())) and again.group(1).lower() == money.group(1).lower():  # fmt: skip
                    den = in_money(again.group(1), dq.value, None)[1]  # "40,8 tỷ đồng/49,6 tỷ đồng": a sum out of a sum,
                    of_total.add(dm.start())  # each said with its money
                    end = again.end()
            elif streak := streak_unit(text, start, end):
                unit = streak  # "Đây là lần thứ 4 liên tiếp": four times running
            elif run := _RUN_AFTER.match(rest):
                unit, end = run.group(1).lower(), end + run.end(1)  # "giữ vị trí thứ nhất 5 năm liên tiếp"
            elif RANK.search(" ".join(text[max(0, start - RANK_WINDOW) : start].split()) + " ") and not (
                q.denominator is None and (UNIT_RE.match(rest) or _RANKED_BODIES.match(rest) or _STARS.match(rest))
            ) or q.denominator is not None and PLACE_OF.search(before_near):  # "Xếp hạng 34 tỉnh, thành phố", "xếp hạng
                unit = "thứ hạng"  # 63 Ủy ban nhân dân tỉnh": the field ranked, counted; "(thứ 2/62)": a place of a field
            elif re.match(r"\s*nhóm\b", rest, re.IGNORECASE):
                unit, end = "nhóm", end + re.match(r"\s*nhóm", rest, re.IGNORECASE).end()
            elif (age := _AGE_AFTER.match(rest)) and _AGE_MEASURED.search(text, max(s_start, start - 80), start):
                unit, end = "tuổi", end + age.end()  # "tuổi thọ trung bình đạt 74,6 tuổi": the measure itself, a result
            # (`age` holds the match just made for the branch above; the next branch reads the same)
            elif age and (_AGE_BOUND.search(before_near) or _AGED.search(before_near) or _QUALIFIER_AFTER.match(
                    rest, age.end()) or (facts and facts[-1].unit == "tuổi" and re.search(r"\d\s*(?:,|\svà|\shoặc)\s*$", before_near))):  # fmt: skip
                unit, end, span = " ".join(age.group().lower().split()), end + age.end(), True  # "trẻ em dưới 6 tuổi", "từ đủ 14
                # tuổi trở lên": who is counted
            elif (months := _MONTHS_TO_AGE.match(rest)) and _AGE_AFTER.match(rest, months.end()):
                unit, end, span = "tháng", end + months.end(1), True  # "trẻ từ 6 tháng đến 16 tuổi": its first end, in months
            elif (head := _AGE_RANGE_HEAD.match(rest)) and (age := _AGE_AFTER.match(rest, head.end())):
                unit, span = " ".join(age.group().lower().split()), True  # "từ 12 đến 17 tuổi", "trẻ từ 6-9 tháng tuổi": its first end
            elif (lapse := _LAPSE_AFTER.match(rest)) and _LAPSE.search(before_near):
                unit, end, span = lapse.group(1).lower(), end + lapse.end(), True  # 'tàu mất kết nối trên 6 giờ: 499 lượt': which are counted
            elif (sp := SPAN_AFTER.match(rest)) and (sp.group(1).lower().endswith("đêm") or SPAN_NAMED.search(before_near) or (
                    _ELAPSED.search(text, max(0, start - 20), start) and _ELAPSED_AFTER.match(text, end + sp.end()))
                    or _OVER_YEARS.search(text, max(0, start - 20), start) and _YEARS_PAST.match(rest)
                    or _LASTS.search(before_near) and not _PERIOD_GOES_ON.match(rest) and not _LASTS_LONGER.match(rest)
                    or _HOLIDAY.match(text, end + sp.end()) or _WORK_SPAN.search(before_near) and not _PERIOD_GOES_ON.match(rest)):  # fmt: skip
                unit, end, span = " ".join(sp.group(1).lower().split()), end + sp.end(), True
            else:
                unit, n = unit_at(rest)
                if unit is None:
                    allow = _CHANGE_UNITS if _CHANGE_BEFORE.search(before_near) else frozenset()
                    if (_DURATION_BEFORE.search(text, max(s_start, start - 90), start) or facts and fact_end > s_start and (
                            facts[-1].unit in _DURATION_UNITS and _PARTS_OF_LENGTH.fullmatch(text, fact_end, start))) and (
                            not _PERIOD_GOES_ON.match(rest)) and not (_PERIOD_OPENS.search(text, max(0, start - 20), start) and _PERIOD_COMMA.match(rest)):  # fmt: skip
                        allow = allow | _DURATION_UNITS  # (and its parts: "đạt 4 giờ mỗi ngày, gồm 150 phút ... và 90 phút")
                    if re.search(r"(?<![^\W\d_])từ\s*$", before_near) and _DURATION_TO.match(rest):
                        allow = allow | _DURATION_UNITS  # "thủ tục B từ 20 ngày còn 15 ngày": the time it took before
                    if _EARLY.search(before_near) or _months_of(facts, text, fact_end, start):
                        allow = allow | _CHANGE_UNITS  # '(nghỉ trước tuổi 3 năm 7 tháng)': how early, years then months
                    unit, n = open_unit(rest, allow)
                    open_vocab = unit is not None
                end += n
            among = None
            if den is None and (per := _PER_PEOPLE.match(text, end)) and (dm := NUMBER_RE.match(text, per.end())):
                unit, den = unit or counted_unit(text[dm.end() :]), parse_quantity(dm.group()).value  # "dưới 187 người trên 100.000
                of_total.add(dm.start())  # người dân", "44 trên 1.000 dân": a rate per so many people, not two counts
            if unit is None and den is None and (tot := _IN_TOTAL.match(text, end)) and (dm := NUMBER_RE.match(text, tot.end())) \
                    and _COUNT_VERB_BEFORE.search(text, max(0, start - 25), start):  # (not 'tài khoản mức 2 trên tổng số ...')
                unit = unit_at(text[dm.end() : dm.end() + 60])[0]  # "70,68 trên tổng số 100 điểm": the total's unit, said once;
                among = tot.group(1).lower() == "trong"  # "có 160 trong tổng số 178 xã": the count among a field, which stays
                if among:
                    fields.add(dm.start())
            links = _slash_chain(text, end) if unit not in (None, "%") and den is None and start not in chained else []
            chained.update(links)
            tot = _RANKED_AMONG.match(text, end) if unit == "thứ hạng" else None if among else _OF_TOTAL.match(text, end)
            if unit not in (None, "%") and not span and den is None and tot and (
                (dm := NUMBER_RE.match(text, tot.end())) and (dq := parse_quantity(dm.group())) and not dq.percent
            ):
                den = dq.value  # the total is this count's denominator, not a fact of its own
                of_total.add(dm.start())
            elif unit not in (None, "%", "VND", "USD") and den is None and not links and start not in chained and (
                fr := _UNIT_FRACTION.match(text, end)) and (
                (dm := NUMBER_RE.match(text, fr.end())) and (dq := parse_quantity(dm.group()))
                and not dq.percent and dq.denominator is None
            ):  # fmt: skip
                if MONEY_RE.match(text, dm.end()):
                    chained.add(dm.start())  # "87 việc/85,8 tỉ đồng": the cases and the sum they carry, each a fact; no share
                    dm = None
                else:
                    den = dq.value
                    of_total.add(dm.start())
            else:
                dm = None
            den_unit, stop = None, end  # where the fact ends: past its total, if it has one ("... trên tổng số ngân sách cam
            if dm is not None:  # kết 2,284 triệu USD"); what the denominator counts, when not the same thing: "/10.599 xã"
                stop = dm.end()
                den_after = text[dm.end() : dm.end() + 60]
                den_unit = counted_unit(den_after)
                den_unit = den_unit if den_unit != unit else None
            if unit is None and den is not None and facts and facts[-1].denominator == den:
                unit = facts[-1].unit  # "hoàn thành 20/38 mô hình; 18/38 còn lại đang triển khai"
            if unit is None and den is None and 0 <= split_from[0] < start <= split_reach and _SPLIT_LABEL.search(
                    text, max(0, start - 40), start) and "(" in (between := text[split_from[0] : start]) \
                    and not _BREAK.search(between) \
                    and ")" not in between[between.rindex("(") :] and re.fullmatch(PLAIN_NUMBER, m.group().strip()) \
                    and re.match(r"\s*(?:[,;)]|và\s)", rest):  # fmt: skip
                unit, split = split_from[1], True  # "1.739 nhiệm vụ đã hoàn thành (đúng hạn 1.310, quá hạn 429)": the split counts the same
            if unit is None and den is None and s_start <= split_from[0] < start and _PARTS_NAMED.fullmatch(text, split_from[0], start) \
                    and _NAME_BEFORE.search(text, max(s_start, start - 40), start) and _WHOLE_COUNT.fullmatch(m.group().strip()) \
                    and re.match(r"\s*[,;.]", rest):  # fmt: skip
                unit, split = split_from[1], True  # "179 người ..., gồm: huyện Bảo Yên 110, thị xã Sa Pa 09": each place's part
            if unit is None and den is None and 0 <= split_from[0] < s_start and s_start - split_from[0] < 300 and "\n\n" not in text[
                    split_from[0] : s_start] and (lead := _BREAKDOWN_LEAD.match(text, s_start)) and _LABELLED_PARTS.fullmatch(
                    text, lead.end(), start) and _WHOLE_COUNT.fullmatch(m.group().strip()) and re.match(r"[ \t]*(?:[,;.]|$)", rest) \
                    and not _NUMBERED_NAME.search(text, max(0, start - 30), start):  # fmt: skip
                unit, split = split_from[1], True
            if unit is None and den is None and (q.multiplier == MULTIPLIERS["tỷ"] or q.multiplier == MULTIPLIERS["triệu"] and facts
                                                 and facts[-1].unit == "VND" and fact_end > s_start):  # fmt: skip
                unit = "VND"  # "3 doanh nghiệp, nợ 13,8 tỷ": thousands of millions said bare are đồng, not the list's unit; and so are
                # millions after đồng in the sentence ("hỗ trợ 20 triệu đồng di chuyển nhà, 30 triệu san lấp mặt bằng")
            if unit is None and den is None and facts and (fact_end > s_start or ";" in text[fact_end:s_start] and not _NEW_LINE_ITEM.search(
                    text, fact_end, start)) and facts[-1].unit not in (None, "%", "VND", "USD") and _NEXT_ITEM.fullmatch(text, fact_end, start) \
                    and _ITEM_ENDS.match(rest):  # fmt: skip
                unit = facts[-1].unit  # "tuyến trung ương là 3,5 điểm, tuyến tỉnh 2,8 và tuyến huyện 2,6", "Bình Dương 126 ca, Bình
                # Triều 72", "Tam Kỳ ... 150 đảng viên mới; Hội An 110": a list's next items, named bare, count what the first did
                span = span or unit == "tuổi" and facts[-1].kind == FactKind.scope  # "ở các tuổi 95, tròn 100": ages, each a condition
            if unit is None and den is None and facts and facts[-1].unit not in (None, "%", "VND", "USD") \
                    and (item := _NAMED_ITEM.fullmatch(text, fact_end, start)) and _names_a_body(item.group(1)) and _ITEM_ENDS.match(rest):  # fmt: skip
                unit = facts[-1].unit  # "Sở Khoa học và Công nghệ: 191 dịch vụ; Sở Xây dựng: 160": a body named by its label
                # counts what the item before it did, not the body's own head
            if unit is None and _RATE_RANGE_HEAD.match(rest) and re.fullmatch(r"\d{1,3}(?:,\d+)?", m.group()):
                unit = "%"  # "tăng từ 10-17%": the range's first end, before any label said earlier
            if unit is None and not row_unit and not block_unit and (row := _series_row(text, start, end)):
                unit = row  # "- Số cán bộ ngành y: 4.679; 5.236; 5.027 người", "- Bệnh viện: 13; 14; 14": a series row, one unit
            if unit is None and (label := _LABEL.search(text, max(0, start - 100), start)):
                said = _wrapped_label(label.group(1))
                unit = unit_at(said)[0] if UNIT_RE.match(said) else None
                if unit is None and _ENDS_ITEM.match(text, end) and re.fullmatch(r"(?:0\d?|[1-9]\d{0,2}(?:\.\d{3})*)(?:,\d+)?", m.group().strip()):
                    unit = _label_noun(said)  # "- Bảo tàng cấp tỉnh: 80;": the label names what its bare count counts
                    # (not a phone number or a code: "- Công an huyện Tân Yên: 02043878205;"; but none at all: "di tích khảo cổ: 0;")
                    if _named_place(said.strip(" \t-+•")) and (lead := re.match(r"\s*([^:;\n]{3,100}):", text[s_start : label.start(1)])):
                        unit = _label_noun(lead.group(1))  # "Số di tích của các địa phương như sau: thành phố Tam Kỳ: 11; ...": the
                        # sentence's lead names what each place's count counts
            if unit is None and (named := _COUNT_NAMED.search(text, max(s_start, start - 120), start)):
                unit = counted_unit(" " + named.group(1))  # "số tỉnh tăng điểm là 29"
            if unit is None and _SCORE_NAMED.search(text, max(s_start, start - 80), start):
                unit = "điểm"  # "điểm trung bình các môn thi của tỉnh năm 2023 là 5,598", "đạt tổng điểm cao nhất tỉnh là 37,35"
            if unit is None and (named := _UNIT_NAMED.search(text, max(0, start - 80), start)):
                unit = unit_at(" " + named.group(1))[0]
            if unit is None and (listed := _LISTED_AHEAD.match(text, end)) and _AGE_AFTER.match(text, listed.end()) and (
                    _AGE_BOUND.search(before_near) or text[max(0, start - 2) : start].strip() in (",", "")):  # fmt: skip
                unit, span = "tuổi", True  # "công dân đủ 14, 25, 40 và 60 tuổi": the ages listed, each a condition
            if unit is None and den is None and _AGES_BEFORE.search(text, max(s_start, start - 40), start) and re.fullmatch(r"\d{1,3}", m.group()):
                unit, span = "tuổi", True  # "206 cụ ở các tuổi 70, 75, 80, 85": the ages said after their noun
            if unit is None and (listed := _VALUES_AHEAD.match(text, end)) and "lần lượt" in text[max(s_start, start - 80) : start]:
                unit = unit_at(text[listed.end() :])[0]  # "lần lượt là 805,6; 804,7 và 801,5 điểm": the list's last unit
            if unit is None and q.value != 1 and den is None and (among := _ONE_OF.match(text, end)) and (
                    dm := NUMBER_RE.match(text, among.end() - 1)) and (among_unit := unit_at(text[dm.end() :])[0]):  # fmt: skip
                unit, den = among_unit, parse_quantity(dm.group()).value  # "27 trong 63 địa phương": a count of a field, a share
                of_total.add(dm.start())
            if unit is None and _ONE_OF.match(text, end):
                continue  # "là 1 trong 3 nhiệm vụ trọng tâm": one of a field, not a count; the field is the fact
            if unit is None and _PERIOD_AFTER.match(text, end):
                continue  # "KẾT QUẢ ĐẠT ĐƯỢC 6 THÁNG ĐẦU NĂM": a period, not a count
            if unit is None and (rg := _RANGE_HEAD.match(rest)) and re.fullmatch(PLAIN_NUMBER, m.group()):
                tail = text[end + rg.end() :]  # "đi lại 2 - 3 lần", "0,7 - 0,8 điểm", "400-450 xe": the range's first end counts the same
                if (scale := _SCALE_HEAD.match(tail)) and not MONEY_RE.match(tail):  # "1,6 - 1,9 triệu m3": in millions too
                    tail, value = tail[scale.end() :], value * MULTIPLIERS[scale.group(1).lower()]
                unit = unit_at(tail)[0] or (None if MONEY_RE.match(tail) or "\n" in rg.group() and not _SAID_RANGE.search(rg.group())
                                            else open_unit(tail)[0])  # (not across a line from a dash: '2 tổ 4 - | 7 tương tác' in
                # a table read as lines; but a wrapped 'từ 4 đến | 5 thôn' is one range)
                den = parse_quantity(rg["over"]).value if unit and rg["over"] and den is None else den
            if unit is None and (rise := _RISE_HEAD.match(rest)) and re.search(r"(?<![^\W\d_])từ\s*$", before_near, re.IGNORECASE):
                unit = unit_at(text[end + rise.end() :])[0]
            if unit is None and _POINTS_NAMED.search(text, max(0, start - 40), start):
                unit = "điểm"
            if unit is None and den in _PROVINCE_COUNTS and text[max(0, start - 1) : start] == "(" and _INDEX_NAMED_BEFORE.search(
                    text, max(s_start, start - 90), start - 1):  # fmt: skip
                unit = "thứ hạng"  # "Chỉ số quản trị môi trường (17/63)": an index's place among the provinces
            bracketed = text[max(0, start - 1) : start] == "(" and text[end : end + 1] == ")"
            if unit is None and bracketed and _named_scores(text, start):
                unit = "điểm"  # "Nhóm 5 địa phương dẫn đầu về chỉ số EBI: TP.HCM (78,6), Hà Nội (75,8), ..., Bình Dương (43)"
            if unit is None and bracketed and facts and facts[-1].unit and fact_end < start and text[fact_end : fact_end + 1] == ")" and (
                    _NAMED_AFTER_BRACKET.fullmatch(text, fact_end + 1, start - 1) or _NEXT_LIST_LEAD.fullmatch(text, fact_end + 1, start - 1)):  # fmt: skip
                unit = facts[-1].unit  # "huyện Long Thành (18 vàng), thị xã Long Khánh (17), ...": the list's unit, said once (the
                # name's bracket may open the next line, which `page.sentence` takes for an item: "Phú Thọ | (37)"); and the next
                # list of places counts what the one before did: "...: Hòa Bình (10). | - Các tỉnh ... chững lại: Hà Giang (6.017)"
            if unit is None and den is None and (lead := _place_list_lead(text, start, end)) is not None:
                listed = facts[-1].unit if facts and fact_end > lead[1] and facts[-1].unit not in (None, "%", "thứ hạng") else None
                unit = listed or _lead_noun(text[lead[0] : lead[1]])  # "ghi nhận nhiều bệnh nhân trong ngày: quận Hà Đông (325), ...",
                # "... là 119 ca, phân bố như sau: | - TP Thanh Hóa 14 (Đông Thọ 1, Đông Vệ 9)": each place's count of what the lead names,
                # or of what the list's first item said it counts ("như: Đà Nẵng (2.323 ca), Gia Lai (2.027)")
            stated = row_unit or (None if unit or _years(m.group()) else block_unit)
            if stated:  # "Tỷ lệ thất nghiệp (đơn vị tính: %): | - Năm 2015: 4,70; 5,24" (a row holds bare numbers: any other
                unit = stated  # unit was read past its end)
                if MONEY_RE.fullmatch(" " + unit):
                    unit, value, den = in_money(unit, value, den)
            if unit is None and _INDEX_VALUE.fullmatch(m.group()):
                unit = "điểm" if len(m.group()) >= 5 else None  # "Huế (0,7951)": an index's score (LABELLING.md);
                # "từ khoảng 0,5 đến gần 0,6": a value on its own
            elif unit is None and q.multiplier == 1 and not re.search(r"(đạt|đã|có|được|cấp|thực hiện|tiếp nhận|giải quyết|là|với|giá trị)\s*$",
                                              text[max(0, start - 25) : start], re.IGNORECASE):  # fmt: skip
                continue  # a bare number with no unit and no result verb: most often a code or count word ("gần 27 ngàn" counts)
            place = place_at(sections, page.page_no, start)
            body = place.body if place.body <= start and not _runs_on(text, place.body) else 0  # (a number in a heading line)
            clause_start = max(_clause_start(text, start), body)
            if scope_until >= 0 and clause_start > scope_until and clause_start < parts_until and re.match(r"\s*\d", text[clause_start:start + 1]):
                scope_until = _clause_end(text, clause_start)  # the next item of a list of parts after 'trong đó:'
            if scope_until >= 0 and clause_start > scope_until and not _PARTS_OPEN.match(text, clause_start):
                scope_until = -1
            after_target = bool(facts) and facts[-1].kind == FactKind.target and fact_end > clause_start \
                and not _aside_closed(text, clause_start, fact_end, start)  # fmt: skip
            done_against = after_target and bool(_DONE_AGAINST.fullmatch(text, fact_end, start))
            after_target = after_target and not done_against and not _NOW_INSTEAD.search(text, fact_end, start)
            after_change = (bool(facts) and facts[-1].kind == FactKind.change and fact_end > clause_start and (
                (facts[-1].unit == unit or "%" not in (unit, facts[-1].unit)) and (bool(_JOINED_MOST.fullmatch(text, fact_end, start)) or (
                    bool(_JOINED.fullmatch(text, fact_end, start)) and not _OWN_VERB.search(text, fact_end, start)))
                or unit == "%" and bool(_SHARE_OF_CHANGE.fullmatch(text, fact_end, start)) and not _OF_PLAN_AFTER.match(text, end)  # (not a
                # share of the plan, how far it is reached: "giảm 9,9%, bằng 30,1% KH năm")
                or facts[-1].unit == "%" and (same := _SAME_CHANGE.fullmatch(text, fact_end, start)) is not None and (
                    not same.group(1) or den is None)))  # fmt: skip  (not a share in brackets: "giảm 34,8% (15/23 DN)")
            after_scope = (bool(facts) and facts[-1].kind == FactKind.scope and fact_end > clause_start
                           and (facts[-1].unit == unit or {facts[-1].unit, unit} <= _BODY_UNITS)
                           and bool(_JOINED_SCOPE.fullmatch(text, fact_end, start))
                           and not _OWN_VERB.search(text, fact_end, start))  # "gồm 6 chỉ số chính, 31 chỉ số thành phần",
            # "đánh giá 17 bộ, cơ quan ngang bộ và UBND 63 tỉnh"
            opened = scope_until >= 0 and (unit in CATALOGUE_UNITS or unit == scope_unit) and not _DONE_BEFORE.search(before_near)
            plan = place.plan or place.plan_doc and not _SAID_DONE.search(text, s_start, start)
            kind = _kind(text, start, end, unit, max(clause_start, fact_end), s_start, plan, opened or after_scope,
                         after_target, after_change, den is not None, page.sentence(start, end, limit=4000)[0])  # fmt: skip
            if unit == "tháng" and _months_of(facts, text, fact_end, start):
                kind = facts[-1].kind  # 'sớm hơn 5 năm 4 tháng': one length, said in years and months
            elif facts and facts[-1].kind == FactKind.change and fact_end > clause_start and _SAME_AS.fullmatch(text, fact_end, start):
                kind = FactKind.change  # 'tiết kiệm 1.944 ngày công, tương đương hơn 15.500 giờ công': the same saving again
            if unit == "%" and (second_rate or _RATE_SLASH_AFTER.match(text, end)):  # a pair of rates "a%/b%": two values
                if _DONE_OVER_PLAN.search(text, s_start, start):  # its legend: "(tỷ lệ đạt/kế hoạch giao)"
                    kind = FactKind.target if second_rate else FactKind.result
                elif second_rate and _BARE_FIRST.search(text, max(0, start - 4), start):
                    kind = FactKind.target
                elif second_rate and facts:
                    kind = facts[-1].kind
            if unit in ("%", "điểm") and facts and fact_end > clause_start and facts[-1].unit not in (None, "%", "điểm", "VND", "USD") and (
                    _CONDITION.fullmatch(text, fact_end, start) or (
                        facts[-1].unit.split(",")[0] in _BODY_UNITS and _BOUND_OF_COUNT.fullmatch(text, fact_end, start))):  # fmt: skip
                kind = FactKind.scope  # "23/63 tỉnh, thành phố có 100% dịch vụ công ...": the rate says which were counted
            elif unit not in (None, "%", "VND", "USD") and facts and fact_end > clause_start and _AT_LEAST_ONE.fullmatch(text, fact_end, start):
                kind = FactKind.scope  # "Trên 70% người dân biết và sử dụng tối thiểu 01 nền tảng số": who is counted, not an aim
            elif unit == "%" and facts and fact_end > clause_start and facts[-1].kind == FactKind.scope and facts[-1].unit == "điểm" \
                    and _WEIGHT.fullmatch(text, fact_end, start):
                kind = FactKind.scope  # "tối đa là 75 điểm, chiếm tỷ lệ 75%": the part's weight, as the most it gives
            elif unit in ("%", "điểm") and facts and fact_end > clause_start and facts[-1].unit == unit and facts[-1].kind == FactKind.scope \
                    and _BAND_END.fullmatch(text, fact_end, start):
                kind = FactKind.scope  # "13 bộ, ngành có Chỉ số từ trên 80% đến dưới 90%": the band's upper end
            elif unit in ("%", "điểm") and _BOUND_WORD.search(before_near) and (
                    _BOUND_THEN_VALUE.match(text, end) or _AT_COUNT.match(text, end) or _COUNT_OF_BODIES.search(text, clause_start, start)):  # fmt: skip
                kind = FactKind.scope  # "có Chỉ số dưới 80%, đạt 78,72%": the threshold, the value reached after it
            if start in fields:
                kind = FactKind.scope  # "có 160 trong tổng số 178 xã": the field the count is among
            if unit == "thứ hạng" and _PLACES_BAND.search(text, max(0, start - 30), min(len(text), end + 20)):
                kind = FactKind.scope  # "Các vị trí từ thứ 6 đến thứ 13 thuộc về: ...": a band of places, its members after
            if unit == "%" and _PLUS_BEFORE.search(text, max(0, start - 3), start):
                kind = FactKind.change  # "- Sản xuất trang phục +11,88%": a rise, signed
            if kind != FactKind.change and unit and unit.startswith("chỉ tiêu") and den is None and facts and facts[-1].kind == FactKind.target \
                    and facts[-1].unit == unit and _QUOTA_LIST_ON.fullmatch(text, fact_end, start):  # fmt: skip
                kind = FactKind.target  # "... trong đó: thị xã Nghi Sơn 190 chỉ tiêu; các huyện Hoằng Hóa 210 chỉ tiêu, ...": the
                # quota list goes on, past where a long sentence's window still sees who gave the quota
            if done_against and kind == FactKind.target:
                kind = FactKind.result  # "chỉ tiêu 30%, thực hiện 75,3%": the value reached against the target, in a plan too
            if kind == FactKind.target and _FROM_NOW.search(text, max(0, start - 8), start) and _UP_TO.match(text, end):
                kind = FactKind.result  # "tỷ lệ ... sẽ tăng từ 53% lên 65%": where it stands now, the aim after 'lên'
            if facts and fact_end > clause_start and facts[-1].unit == unit and _RANGE_JOIN.fullmatch(text, fact_end, start):
                if kind == FactKind.scope and facts[-1].kind != kind:  # "Mỗi tổ có từ 3 đến 9 thành viên, thành phần gồm ...":
                    facts[-1] = facts[-1].model_copy(update={"kind": kind})  # what frames the range is said after its end
                kind = facts[-1].kind  # "cao hơn nữ giới 5 - 10%", "tăng bình quân 20-25%/năm": the range's other end
            if split and split_from[2] == FactKind.scope:
                kind = FactKind.scope  # "127 thủ tục (cấp tỉnh 62, cấp huyện 53)": the parts of a catalogue frame it too
            if span or unit == "sao" or (unit not in (None, "%") and _SIZE_OF_HEAD.match(text, end) and text[max(0, start - 3) : start].rstrip().endswith("(")):
                kind = FactKind.scope  # a campaign's or plan's length, the time since a start, an age limit, a group's size
                # in brackets before its items ("UBND các xã, phường (156 đơn vị): 7 đơn vị ..."), a class ("sản phẩm OCOP 4 sao"):
                # frames, aimed at or not
            counted = unit not in (None, "%", "VND", "USD", *_MEASURES)  # (a weight or an area is an amount, not a count)
            if start < items_until and counted and (
                    (_BULLET_OPENS if items_bulleted else _ITEM_OPENS).search(text, max(0, start - 16), start)
                    or _IN_ITEM_BRACKETS.search(text, max(0, start - 60), start)):
                kind = FactKind.scope  # "... 157 bệnh viện tuyến dưới, trong đó: | - 13 bệnh viện ...; | - 15 ...": a parts list's items
            if counted and (parts := _PARTS_LIST.match(text, end)):
                items_until, items_bulleted = max(items_until, _items_end(text, parts.end())), bool(_BULLET_RUN.match(text, parts.end()))
            if start < aimed_until and kind == FactKind.result and unit == aimed_unit and not _REALIZED.search(text, max(s_start, start - 60), start) \
                    and not _DONE_SAID.search(text, max(s_start, start - 40), start):  # fmt: skip
                kind = FactKind.target  # "Tổng kế hoạch ... là 92.917,98 tỷ đồng, gồm: vốn cân đối 67.268,66 tỷ đồng; vốn ...": its parts
            if kind == FactKind.target and unit in ("VND", "USD") and (_PARTS_LIST.match(text, end) or _SUM_SPLIT.match(text, end)):
                aimed_until, aimed_unit = page.sentence(start, end, limit=4000)[1], unit
            if kind == FactKind.scope and not _passed_by_names(text, before_near, end, unit) and (_parts_follow(text, end) or (
                    unit in CATALOGUE_UNITS and not _FIELD_BEFORE.search(text, max(0, start - 30), start))):
                scope_until, scope_unit = max(scope_until, _clause_end(text, end)), unit  # "tối đa 1.000 điểm, trong đó ... 400 điểm"
                if _PARTS_LIST.match(text, end):  # "có 1.848 thủ tục, trong đó: 461 ...; 54 ...": items that open with a count
                    parts_until = page.sentence(start, end, limit=4000)[1]
            prev_end, fact_end = fact_end, stop
            qm = _QUALIFIER_BEFORE.search(before_near)
            qualifier = " ".join(qm.group(1).lower().split()) if qm and not _CHANGE_MOST.search(before_near) else None
            qualifier = _SIGNS.get(qualifier, qualifier)  # "nhỏ hơn 0,5%": below
            if qualifier and facts and _JOINED_MOST.fullmatch(text, prev_end, start):
                qualifier = None  # "nhiều nhất là 2,94% và ít nhất là 0,21%": the other end of a range, no minimum
            if sign := _SIGN_BEFORE.search(text, max(0, start - 3), start):
                qualifier = _SIGNS[sign.group(1)]  # "thiệt hại >70%", "24,56/<24,7%"
            if qa := _QUALIFIER_AFTER.match(text, end if unit != "%" else m.end()):
                qualifier = " ".join(qa.group(1).lower().split())
            quote = " ".join(text[s_start:s_end].split())
            before = text[max(s_start, start - 90) : start]
            nxt = NUMBER_RE.search(text, end)
            after_end = min(s_end, nxt.start() if nxt else s_end, end + 90)
            after = text[m.end() : max(after_end, m.end())]
            indicator, link_score = link_indicator(unit, before, after)
            fact_id = f"{doc.doc_id}-{page.page_no:04d}-{start:06d}"
            if kind == FactKind.change:
                indicator = None  # "tăng 12% so với tháng trước" is a change, not the indicator's level
                changes.add(fact_id)
            elif unit == "%" and facts and count_end >= 0 and _RATE_OF_COUNT.fullmatch(text, count_end, start):
                indicator = rate_of(facts[-1].indicator_id) or indicator  # a rate beside its count measures it
            count_end = end if unit != "%" else -1
            split_from = (end, unit, kind) if unit not in (None, "%", "VND", "USD") and not split else split_from
            split_reach = end + 120 if split or split_from[0] == end else split_reach  # a long split reaches on from its last part
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
            if den is not None and den < value and unit not in ("VND", "USD"):
                reasons.append("numerator above denominator")
                conf *= 0.6
            if unit == "%" and value > 100:
                reasons.append("rate above 100%")
                conf *= 0.6
            box = page.box(start, end)
            subject = about.get(start)
            facts.append(
                Fact(
                    fact_id=fact_id, doc_id=doc.doc_id, page_no=page.page_no,
                    indicator_id=indicator, indicator_text=phrase[:200], value=value, denominator=den,
                    unit=unit + per.group().lower() if unit not in (None, "%") and (per := _PER_PART.match(text, end)) else unit,
                    denominator_unit=den_unit,
                    as_of=_as_of(page, start), approximate=q.approximate, quote=quote[:400],
                    confidence=round(conf, 3),
                    review_status=ReviewStatus.needs_review if conf < REVIEW_BELOW else ReviewStatus.auto,
                    review_reason="; ".join(reasons) or None, kind=kind, qualifier=qualifier,
                    subject=subject.name if subject else None, subject_kind=subject.kind if subject else None,
                    section=place.path[:300] or None,
                    **(box.model_dump() if box else {}),
                )  # fmt: skip
            )
        yield _lists_share_indicator(_ranks_share_total(_rates_beside_counts(facts, changes), text)), [t for t, _ in page_tables]
