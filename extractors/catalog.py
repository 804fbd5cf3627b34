"""The indicator catalog (schemas/indicators.yaml) and the linker that names the indicator a number
measures, by fuzzy match of the words around it against each entry's aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from rapidfuzz import fuzz

from baocao.core.vietnamese import strip_marks

LINK_THRESHOLD = 82  # rapidfuzz partial_ratio of an alias against the words around the number


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    units: tuple[str, ...]
    cumulative: bool
    aliases: tuple[str, ...]
    kind: str = "count"  # count | rate | amount | rank | score: one kind per indicator, so one axis per chart
    rate: str | None = None  # the entry of the rate measured beside this count, if any


@lru_cache(maxsize=1)
def catalog() -> tuple[Indicator, ...]:
    data = yaml.safe_load(resources.files("baocao.schemas").joinpath("indicators.yaml").read_text("utf-8"))
    return tuple(
        Indicator(d["id"], d["name"], tuple(d["units"]), bool(d["cumulative"]), tuple(d["aliases"]), d["kind"], d.get("rate"))
        for d in data
    )


def fold(text: str) -> str:
    return " ".join(strip_marks(text).lower().split())


CLAUSE_END = re.compile(r";|\.(?!\d)")  # a clause ends at ';' or a full stop, not inside "41.902"
# units that count the same things, so that an indicator listing one accepts the others
_UNIT_FAMILY = {"công dân": "người", "cá nhân": "người", "đối tượng": "người", "em": "học sinh"}


def unit_fits(unit: str, units: tuple[str, ...]) -> bool:
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
    words = " ".join(re.findall(r"\w+", fold(text)))
    return _ABBREVIATION_RE.sub(lambda m: _ABBREVIATIONS[m.group()], words)


@lru_cache(maxsize=1)
def _folded_aliases() -> tuple[tuple[Indicator, tuple[str, ...]], ...]:
    return tuple((ind, tuple(_link_fold(a) for a in ind.aliases)) for ind in catalog())


def rate_of(indicator_id: str | None) -> str | None:
    """The rate entry measured beside a count entry ('41.902 người, đạt 97,3%'), or the entry itself
    when it is a rate."""
    ind = next((i for i in catalog() if i.id == indicator_id), None)
    if ind is None:
        return None
    return ind.id if ind.kind == "rate" else ind.rate


def link_indicator(unit: str | None, before: str, after: str) -> tuple[str | None, float]:
    """The catalog entry whose aliases best match the words around a number: the words after it
    name a count ('3.384.136 thẻ Căn cước'), the words before it name a rate ('tỷ lệ ... đạt 64,2%')."""
    after = CLAUSE_END.split(after, maxsplit=1)[0]
    before = CLAUSE_END.split(before)[-1]
    after_f, before_f = _link_fold(after), _link_fold(before)
    w_after, w_before = (0.9, 1.0) if unit == "%" else (1.0, 0.95)
    best, best_score = None, 0.0
    for ind, aliases in _folded_aliases():
        if unit is not None and not unit_fits(unit, ind.units):
            continue
        for a in aliases:
            score = max(w_after * _alias_score(a, after_f), w_before * _alias_score(a, before_f))
            if len(a) < 8:
                score *= 0.9  # short aliases match by chance
            if score > best_score:
                best, best_score = ind.id, score
    return (best, best_score) if best_score >= LINK_THRESHOLD else (None, best_score)
