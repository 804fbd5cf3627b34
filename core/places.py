"""Vietnamese provinces, districts and wards from underthesea's address data (before and after the
2025 merger), for name normalization and as phrases the diacritics model should know."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from importlib import util
from pathlib import Path

from baocao.core.vietnamese import strip_marks


@lru_cache(maxsize=1)
def _mapping() -> dict:
    spec = util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "address" / "data" / "mapping.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def admin_units() -> dict:
    """underthesea's administrative-unit data: province names, old and new, and every ward's mapping."""
    return _mapping()


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """Mark- and case-free key ('nghe an') -> short name ('Nghệ An'), old and new provinces."""
    m = _mapping()
    out = {}
    for table in ("old_province_names", "province_names"):
        for entry in m.get(table, {}).values():
            out[key(entry["short"])] = entry["short"]
    return out


@lru_cache(maxsize=1)
def district_provinces() -> dict[str, frozenset[str]]:
    """Key of a district's name ('bao lam') -> every province with a district of that name ('Cao Bằng', 'Lâm Đồng')."""
    m = _mapping()
    short = {e["name"]: e["short"] for e in m.get("old_province_names", {}).values()}
    seen: dict[str, set[str]] = defaultdict(set)
    for row in m.get("ward_mapping", []):
        if row.get("old_district") and row.get("old_province"):
            name = re.sub(r"^(?:Huyện|Quận|Thị xã|Thành phố)\s+", "", row["old_district"])
            seen[key(name)].add(short.get(row["old_province"], row["old_province"]))
    return {k: frozenset(v) for k, v in seen.items()}


@lru_cache(maxsize=1)
def districts() -> dict[str, str]:
    """Key of a district's name ('quynh luu', 'vinh') -> its province ('Nghệ An'), for the names that
    only one province has (16 of 666 are shared, such as 'Phong Điền')."""
    return {k: next(iter(v)) for k, v in district_provinces().items() if len(v) == 1}


@lru_cache(maxsize=1)
def district_communes() -> dict[str, dict[str, tuple[str, str]]]:
    """Key of a district's full name ('huyen thang binh') -> its communes before the 2025 merger, the key of each
    bare name ('ha lam') -> its level and name ('thị trấn', 'Hà Lam'); a district name that several provinces have
    holds the communes of all of them."""
    out: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for row in _mapping().get("ward_mapping", []):
        ward, district = row.get("old_ward") or "", row.get("old_district") or ""
        if m := re.match(r"(Xã|Phường|Thị trấn)\s+(.+)$", ward):
            out[key(district)][key(m.group(2))] = (m.group(1).lower(), m.group(2))
    return dict(out)


def key(name: str) -> str:
    return " ".join(strip_marks(name.replace("’", "'")).lower().split())  # 'Ia H’Drai' is the data's 'Ia H'Drai'


def place_phrases() -> list[str]:
    """Full names of every province, district and ward ('Tỉnh Hà Tĩnh', 'Huyện Phong Điền', ...)."""
    m = _mapping()
    names: set[str] = set()
    for table in ("old_province_names", "province_names"):
        names |= {e["name"] for e in m.get(table, {}).values()}
    for row in m.get("ward_mapping", []):
        names |= {row[k] for k in ("old_district", "old_ward", "new_ward") if row.get(k)}
    return sorted(names)
