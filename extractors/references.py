"""Legal documents a report cites: 'Quyết định số 06/QĐ-TTg ngày 06/01/2022' -> kind, number, code, date."""

from __future__ import annotations

import datetime as dt
import re

from baocao.extractors.document import DocText
from baocao.schemas.records import LegalReference

KINDS = ("Quyết định", "Nghị quyết", "Nghị định", "Kế hoạch", "Công văn", "Chỉ thị", "Thông tư", "Thông báo",
         "Luật", "Báo cáo", "Tờ trình", "Hướng dẫn", "Kết luận", "Chương trình")  # fmt: skip
REF_RE = re.compile(
    r"(?P<kind>" + "|".join(KINDS) + r")\s+(?:số\s*)?(?P<num>\d{1,5})(?P<year>/\d{4})?\s*(?P<sep>[/-])\s*"
    r"(?P<code>[A-ZĐ][A-ZĐa-zđ0-9&]*(?:\s?[-/]\s?[A-ZĐ][A-ZĐa-zđ0-9&]*)*)"
    r"(?:,?\s+ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4}))?",
    re.IGNORECASE,
)


def find_references(doc: DocText) -> list[LegalReference]:
    out = []
    for page in doc.pages:
        for i, m in enumerate(REF_RE.finditer(page.text)):
            date = None
            if m.group("d"):
                try:
                    date = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                except ValueError:
                    date = None
            code = re.sub(r"\s+", "", m.group("code"))
            citation = f"{m.group('num')}{m.group('year') or ''}{m.group('sep')}{code}"
            kind = m.group("kind")
            out.append(LegalReference(
                doc_id=doc.doc_id, page_no=page.page_no, ref_no=i, kind=kind[0].upper() + kind[1:].lower(),
                number=m.group("num"), code=code, citation=citation, date=date, quote=" ".join(m.group().split()),
            ))  # fmt: skip
    return out
