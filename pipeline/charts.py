"""Charts: the trend PNG of `baocao trend` and the inline SVGs of the overview page.

One axis never carries two units: a 100% rate beside a 3-million count is a flat line at zero, so
each unit gets its own panel (small multiples). Every label is in Vietnamese number format."""

from __future__ import annotations

from html import escape
from pathlib import Path

from baocao.pipeline.vnformat import vn_date, vn_number

CORRECTED = "#7c3aed"
BELOW = "#dc2626"


def trend_chart(points: list, title: str, path: Path, width_px: int = 1200, height_px: int = 700) -> list:
    """One panel per unit, one line per province; a value a reviewer corrected is a violet diamond,
    a value below its target a red ring. Returns the panels (matplotlib axes)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter

    units = list(dict.fromkeys(p.unit for p in points)) or [""]
    dpi = 100
    fig, axes = plt.subplots(1, len(units), figsize=(width_px / dpi, height_px / dpi), dpi=dpi, squeeze=False)
    for ax, unit in zip(axes[0], units, strict=True):
        series: dict[str, list] = {}
        for p in points:
            if p.unit == unit:
                series.setdefault(p.province or "?", []).append(p)
        for province, pts in series.items():
            ax.plot([p.date for p in pts], [p.value for p in pts], marker="o", label=province)
            for p in pts:
                if p.review_status == "corrected":
                    ax.plot([p.date], [p.value], marker="D", ms=11, mfc="none", mec=CORRECTED, mew=2)
                if getattr(p, "below_target", False):
                    ax.plot([p.date], [p.value], marker="o", ms=15, mfc="none", mec=BELOW, mew=2)
                ax.annotate(f"{vn_number(p.value)}\n{p.so_hieu or p.period_label or p.doc_id[:8]}", (p.date, p.value),
                            textcoords="offset points", xytext=(0, 8), ha="center", fontsize=8)  # fmt: skip
        if unit == "%":  # a rate reads against its whole scale, not a band around 100
            ax.set_ylim(0, max([105.0] + [p.value * 1.1 for p in points if p.unit == unit]))
        ax.set_title(f"đơn vị: {unit}" if unit else "", fontsize=11)
        ax.margins(x=0.08, y=0.2)  # room for the labels above the first and last points
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: vn_number(v)))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: vn_date(matplotlib.dates.num2date(v))))
        ax.grid(alpha=0.3)
        for label in ax.get_xticklabels():
            label.set_rotation(30)
            label.set_ha("right")
    handles, labels = axes[0][0].get_legend_handles_labels()
    handles += [Line2D([], [], marker="D", ls="", mfc="none", mec=CORRECTED, mew=2),
                Line2D([], [], marker="o", ls="", mfc="none", mec=BELOW, mew=2)]  # fmt: skip
    labels += ["sửa bởi người duyệt (corrected)", "dưới chỉ tiêu (below target)"]
    fig.legend(handles, labels, loc="lower center", ncol=min(len(labels), 5), fontsize=9, frameon=False)
    fig.suptitle(title)
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    fig.savefig(path, dpi=dpi)
    plt.close(fig)
    return list(axes[0])


def sparkline_svg(points: list[tuple], width: int = 140, height: int = 30, target: float | None = None) -> str:
    """A tiny line of (date, value, review_status) points; the last point dotted, a dashed target line
    when there is one. Hovering shows every value."""
    if not points:
        return ""
    values = [float(v) for _, v, *_ in points] + ([float(target)] if target is not None else [])
    lo, hi = min(values), max(values)
    span = (hi - lo) or abs(hi) or 1.0
    pad = 4

    def xy(i: int, v: float) -> tuple[float, float]:
        x = pad + (width - 2 * pad) * (i / (len(points) - 1) if len(points) > 1 else 0.5)
        return round(x, 1), round(height - pad - (height - 2 * pad) * (float(v) - lo) / span, 1)

    coords = [xy(i, v) for i, (_, v, *_) in enumerate(points)]
    tip = escape("; ".join(f"{vn_date(d)}: {vn_number(v)}" for d, v, *_ in points))
    parts = [f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{tip}"><title>{tip}</title>']  # fmt: skip
    if target is not None:
        ty = xy(0, target)[1]
        parts.append(f'<line x1="0" x2="{width}" y1="{ty}" y2="{ty}" stroke="{BELOW}" stroke-dasharray="3 2"/>')
    if len(coords) > 1:
        parts.append('<polyline fill="none" stroke="#1d4ed8" stroke-width="1.6" points="'
                     + " ".join(f"{x},{y}" for x, y in coords) + '"/>')  # fmt: skip
    for (x, y), (_, _, *rest) in zip(coords, points, strict=True):
        if rest and rest[0] == "corrected":
            parts.append(f'<rect x="{x - 3}" y="{y - 3}" width="6" height="6" fill="none" stroke="{CORRECTED}"/>')
    x, y = coords[-1]
    parts.append(f'<circle cx="{x}" cy="{y}" r="2.6" fill="#1d4ed8"/></svg>')
    return "".join(parts)


def bars_svg(rows: list[tuple[str, float]], unit: str | None = None, width: int = 560, bar_h: int = 18) -> str:
    """Horizontal bars, one per unit of a report (district, agency), longest first, values printed."""
    if not rows:
        return ""
    rows = sorted(rows, key=lambda r: -float(r[1]))
    label_w, value_w = 170, 110
    top = max(float(v) for _, v in rows) or 1.0
    height = len(rows) * (bar_h + 6) + 4
    parts = [f'<svg class="bars" width="100%" style="max-width:{width}px" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(unit or "")}">']  # fmt: skip
    for i, (label, v) in enumerate(rows):
        y = 2 + i * (bar_h + 6)
        w = max(1.0, (width - label_w - value_w) * float(v) / top)
        parts.append(f'<text x="{label_w - 6}" y="{y + bar_h - 5}" text-anchor="end" font-size="12">'
                     f"{escape(str(label)[:28])}</text>"
                     f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="#60a5fa"/>'
                     f'<text x="{label_w + w + 5:.1f}" y="{y + bar_h - 5}" font-size="12">'
                     f"{escape(vn_number(v) + (' ' + unit if unit else ''))}</text>")  # fmt: skip
    parts.append("</svg>")
    return "".join(parts)


def breakdown_chart(b: "Breakdown", title: str, path: Path, width_px: int = 1200) -> None:
    """Horizontal bars, the lowest at the top, the target as a vertical line."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    dpi = 100
    height_px = max(300, 90 + 28 * len(b.rows))
    fig, ax = plt.subplots(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    names = [r[0] for r in b.rows]
    values = [r[2] for r in b.rows]
    colors = ["#c0392b" if b.target is not None and v < b.target else "#2e86c1" for v in values]
    ax.barh(range(len(values)), values, color=colors)
    ax.set_yticks(range(len(values)), names)
    ax.invert_yaxis()  # the lowest first, at the top
    for i, v in enumerate(values):
        ax.annotate(vn_number(v) + (" %" if b.unit == "%" else ""), (v, i), textcoords="offset points", xytext=(4, -3),
                    fontsize=8)  # fmt: skip
    if b.target is not None:
        ax.axvline(b.target, color="#333", linestyle="--", label=f"chỉ tiêu {vn_number(b.target)}")
        ax.legend(loc="lower right")
    ax.set_title(title)
    ax.set_xlabel(b.unit)
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: vn_number(v)))
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=dpi)
    plt.close(fig)
