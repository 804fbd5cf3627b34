"""Vietnamese number forms, in one tested function.

'3.384.136' -> 3384136 (dots group thousands), '82,19' -> 82.19 (comma is the decimal mark),
'99.68%' -> 99.68 (a dot before a % with 1-2 digits after it is decimal), '11670/11736' -> value
and denominator, '21,6 triệu' -> 21600000, '144,48 tỷ đồng' -> 144480000000, 'gần 600 nghìn' ->
600000 (approximate), '02 lần' -> 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from baocao.core.vietnamese import SUPERSCRIPT_DIGITS

MULTIPLIERS = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
APPROX = ("gần", "khoảng", "hơn", "trên", "xấp xỉ", "gần như")

# one number: thousands grouped by dots (or spaces never: OCR splits would join wrong numbers),
# an optional decimal comma, or a plain run of digits with an optional decimal part
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"
NUMBER_RE = re.compile(
    rf"(?P<num>{_NUM})[{SUPERSCRIPT_DIGITS}]*(?:\s*/\s*(?P<den>{_NUM}))?(?P<pct>\s*%)?"
    rf"(?:\s+(?P<mult>nghìn|ngàn|triệu|tỷ|tỉ)(?![^\W\d_]))?",
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
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        # 3.384.136 is a thousands grouping; but 99.68% or 1.5% is a decimal written the English way
        if percent and re.fullmatch(r"\d{1,3}\.\d{3}", s) is None:
            return float(s.replace(",", "."))
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
    value = to_float(m.group("num"), percent) * mult
    den = to_float(m.group("den"), percent) * mult if m.group("den") else None
    before = text[: m.start()].lower().rstrip()
    approx = any(before.endswith(a) for a in APPROX)
    return Quantity(value, den, percent, mult, approx)
