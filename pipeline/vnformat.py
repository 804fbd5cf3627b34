"""Numbers and dates the way a Vietnamese reader writes them: 3.384.136, 82,19, 15/10/2025.
Every page, table and chart a person reads goes through here, so no '78.0' or '40000.0' leaks out."""

from __future__ import annotations

import math


def vn_number(value: float | int | None, decimals: int = 2) -> str:
    """3384136 -> '3.384.136'; 93.6 -> '93,6'; 0.456 -> '0,46' (grouping dot, decimal comma)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    value = float(value)
    whole = f"{abs(value):,.0f}" if value.is_integer() else f"{abs(value):,.{decimals}f}".rstrip("0").rstrip(".")
    sign = "-" if value < 0 and whole.strip("0.,") else ""
    return sign + whole.replace(",", "_").replace(".", ",").replace("_", ".")


def vn_date(value) -> str:
    """A date as dd/mm/yyyy; anything else as it is."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y") if hasattr(value, "strftime") else str(value)


def vn_value(value: str | float | None) -> str:
    """A stored value of unknown type (a correction's old/new, a JSON field): numbers formatted,
    ISO dates as dd/mm/yyyy, text as it is."""
    if value is None:
        return ""
    if isinstance(value, int | float):
        return vn_number(value)
    s = str(value)
    try:
        return vn_number(float(s)) if s.strip() and s.strip().lstrip("-").replace(".", "", 1).isdigit() else _date(s)
    except ValueError:
        return s


def _date(s: str) -> str:
    import datetime as dt

    try:
        return vn_date(dt.date.fromisoformat(s)) if len(s) == 10 else s
    except ValueError:
        return s
