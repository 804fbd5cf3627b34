"""The heading path a number stands under ('II. TỒN TẠI, HẠN CHẾ / 2. Về dịch vụ công'), and whether
that section is about what comes next (plans, tasks, targets) rather than what happened.

Limitations sections ('Tồn tại, hạn chế', 'Khó khăn, vướng mắc') state measured values like any
other: only plan sections turn a number into a target. Headings are matched without marks, so a page
whose marks were stripped reads the same way."""

from __future__ import annotations

import re
from dataclasses import dataclass

from baocao.extractors.catalog import fold
from baocao.extractors.document import DocText

# "III. NHIỆM VỤ THỜI GIAN TỚI", "II MỤC TIÊU" (a scan may lose the dot), "3. Phương hướng, giải pháp", "III. LỘ TRÌNH
# THỰC HIỆN", "II. CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026" (not "Chương trình công tác của Chính phủ", whose items it reports
# on; nor "PHƯƠNG ÁN", which as often sets out what a merger or a move did);
# a scan also reads the strokes of a roman numeral as l, H, 1 or | ("IHI.", "Il.", "HI.")
PLAN_WORDS = (r"nhiem vu|phuong huong|dinh huong|kien nghi|de xuat|giai phap|muc tieu|chi tieu|lo trinh|chuong trinh cong tac nam|"
              r"ke hoach(?! va dau tu| hoa | von| dau tu)")  # fmt: skip  ('KẾ HOẠCH TIÊM PHÒNG'; not the department, nor family
# planning, nor the capital allotted, whose sections go on with its disbursement)
_DONE = re.compile(r"\bda (?:trien khai|thuc hien|hoan thanh)|^ke hoach\b.*\b(?:ket qua|tien do|tinh hinh)\b")  # "CÁC GIẢI
# PHÁP ĐÃ TRIỂN KHAI", "KẾ HOẠCH VÀ TIẾN ĐỘ THỰC HIỆN": what was done
_HEADING = re.compile(
    r"^[ \t]*(?:(?:PH[ẦA]N[ \t]+(?:TH[ỨU][ \t]+)?(NH[ẤA]T|M[ỘO]T|HAI|BA|B[ỐO]N|T[ƯU]|N[ĂA]M)\.?"  # 'PHẦN MỘT.', 'PHẦN THỨ HAI'
    r"|(?:(?:PH[ẦA]N|M[ỤU]C)[ \t]+)?(?:([IVXl][IVXlH1|]{0,3}|H[Il1|]{1,2})\.?|(\d{1,2}(?:\.\d{1,2})?)\.))[ \t]+([^\n]{0,120})|(ph[uụ] l[uụ]c)\b[^\n]*)$",
    re.MULTILINE | re.IGNORECASE,
)


@dataclass(frozen=True)
class Heading:
    pos: int
    end: int
    level: int  # 1: 'II.', 'PHỤ LỤC'; 2: '2.'; 3: '2.1.'
    title: str  # as printed, one line
    plan: bool


def headings(text: str) -> list[Heading]:
    out = []
    for m in _HEADING.finditer(text):
        word, roman, arabic, title, appendix = m.groups()
        roman = roman or word
        line = " ".join(m.group().split())
        if appendix:
            out.append(Heading(m.start(), m.end(), 1, line, False))
            continue
        core = re.sub(r"\s*\([^()]*\)\s*$", "", title)  # (past an aside: 'II. KẾT QUẢ THỰC HIỆN (tính đến ngày 16/10/2025)')
        if roman and not (core[:1].isupper() and sum(c.isupper() for c in core) > 0.6 * sum(c.isalpha() for c in core)):
            continue  # "V. " inside a sentence, or a roman-numbered line in lower case
        folded = fold(title)
        plan = bool(re.match(rf"(?:ve |cac |mot so )?(?:{PLAN_WORDS})", folded)) and not _DONE.search(folded)
        if arabic and (title.rstrip().endswith((".", ";", ",")) or not plan and (
                len(title) > 90 or re.search(r"[;:]\s*\S", title) and len(title) > 50)):
            continue  # a numbered sentence, not a heading
        if arabic and not plan and len(title) > 60 and re.match(r"\n[ \t]*[^\W\d_]", text[m.end() : m.end() + 3]) and (
                text[m.end() + 1 :].lstrip()[:1].islower()):  # fmt: skip
            continue  # a numbered sentence wrapped onto a line that goes on in lower case: '... gồm 15 mục tiêu\nphát triển'
        level = 1 if roman else (3 if "." in arabic else 2)
        out.append(Heading(m.start(), m.end(), level, line, plan))
    return out


@dataclass(frozen=True)
class Place:
    path: str  # the titles of the open headings, outermost first, joined by ' / '
    plan: bool  # under a plan heading at any level
    body: int = 0  # where the text under the last heading starts: no clause runs back into a heading
    plan_doc: bool = False  # in a plan ('KẾ HOẠCH'), outside the sections that review what was done


def section_index(doc: DocText) -> dict[int, list[tuple[int, Place]]]:
    """For each page, (position, place) from each heading on: a heading closes the ones of its level
    and below, and carries over to the next page."""
    open_: list[Heading] = []
    out: dict[int, list[tuple[int, Place]]] = {}
    title = _TITLE.search(doc.pages[0].text[:800]) if doc.pages else None
    plan_doc = bool(doc.pages) and bool(_PLAN_DOC.search(doc.pages[0].text[:600]) or title and _PLAN_TITLE.match(fold(title.group(1))))
    review = bool(title) and bool(_RESULTS.search(fold(title.group(1))))
    for page in doc.pages:
        marks = [(0, _place(open_, plan_doc=plan_doc))]
        for h in headings(page.text):
            if h.plan and review and _INDICATORS.match(fold(h.title)):
                h = Heading(h.pos, h.end, h.level, h.title, False)  # 'II. MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI KHÁC' in a report
                # of 'Tình hình thực hiện ... năm 2019': the indicators, as measured
            open_ = [o for o in open_ if o.level < h.level] + [h]
            marks.append((h.pos, _place(open_, h.end, plan_doc)))
        out[page.page_no] = marks
    return out


# a document whose kind, printed on its own line under the issuer, is a plan ('KẾ HOẠCH | Phát triển kinh tế - xã hội
# năm 2022'): what it states is aimed at, outside the sections that review what was done
_PLAN_DOC = re.compile(r"^[ \t]*K[ẾE] HO[ẠA]CH[ \t]*$", re.MULTILINE)
_PLAN_TITLE = re.compile(r"\s*(?:du kien\s+)?ke hoach\b")  # a report on a plan: 'BÁO CÁO | Kế hoạch vốn đầu tư công ... năm 2023'
_REVIEW = re.compile(r"ket qua|tinh hinh|danh gia|thuc trang|hien trang|so ket|tong ket|boi canh|ton tai|han che|kho khan|vuong mac")


# tasks named under a results heading are what was done: "I. KẾT QUẢ ĐẠT ĐƯỢC / 2. Các nhiệm vụ trọng tâm của Đề án 06:",
# and indicators named there are measured: "II. KẾT QUẢ ĐẠT ĐƯỢC / 2. Các chỉ tiêu thị trường lao động"
_RESULTS = re.compile(r"ket qua|tinh hinh thuc hien")
_TITLE = re.compile(r"^[ \t]*B[ÁA]O C[ÁA]O[ \t]*\n([^\n]+)", re.MULTILINE)
# indicators named by a heading, with no period, plan or assignment said ('CHỈ TIÊU NĂM 2020', '... ĐƯỢC GIAO' are aims)
_INDICATORS = re.compile(r"^[\divx.\s]*(?:cac |mot so )?chi tieu(?!.*(?:\d{4}|nam (?:toi|sau)|du kien|giao|ke hoach|phan dau))")
_TASKS = re.compile(r"^[\divx.\s]*(?:cac |mot so )?(?:nhiem vu|giai phap|chi tieu|muc tieu)")


def _place(open_: list[Heading], body: int = 0, plan_doc: bool = False) -> Place:
    plan = any(h.plan and not (_TASKS.match(fold(h.title)) and any(_RESULTS.search(fold(o.title)) and not o.plan for o in open_[:i]))
               for i, h in enumerate(open_))  # fmt: skip
    plan_doc = plan_doc and not any(_REVIEW.search(fold(h.title)) for h in open_)
    return Place(" / ".join(h.title for h in open_), plan, body, plan_doc)


def place_at(index: dict[int, list[tuple[int, Place]]], page_no: int, pos: int) -> Place:
    found = Place("", False)
    for start, place in index.get(page_no, ()):
        if start <= pos:
            found = place
    return found
