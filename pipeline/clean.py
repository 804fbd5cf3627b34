"""Clean a scanned page for OCR with OpenCV: each step a pure function, kept only where it pays.

Input: an RGB or gray page at 300 DPI (white paper). Output: a gray page and what was done.
Steps run in `STEPS` order; `bench/ocr.py --steps` measures each one's effect on CER. The page
stays gray: Tesseract binarizes better itself than an adaptive threshold, which turned speckle into
letters on noisy pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np

Image = np.ndarray


@dataclass
class CleanReport:
    steps: list[str] = field(default_factory=list)
    skew_deg: float = 0.0
    noise: float = 0.0


def to_gray_without_stamps(img: Image, report: CleanReport) -> Image:
    """Red and blue ink (seals, signatures) is whiter than the text under it once we take the red
    channel for red ink and the blue channel for blue ink; black text stays black in every channel."""
    if img.ndim == 2:
        return img
    hsv = cv2.cvtColor(img, cv2.COLOR_RGB2HSV)
    sat = hsv[:, :, 1] > 70
    if sat.mean() < 0.0005:
        return cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    hue = hsv[:, :, 0]
    red = sat & ((hue < 12) | (hue > 160))
    blue = sat & (hue > 95) & (hue < 135)
    gray = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    for mask, channel in ((red, 0), (blue, 2)):
        if mask.any():
            # the seal's own ink over paper is the brightest of its channel: stretch that to white,
            # so text under the seal (dark in every channel) keeps its contrast
            values = img[:, :, channel][mask].astype(np.float32)
            paper = max(float(np.percentile(values, 90)), 1.0)
            gray[mask] = np.clip(values * 255 / paper, 0, 255).astype(np.uint8)
    report.steps.append("stamp_color")
    return gray


def remove_borders(gray: Image, report: CleanReport) -> Image:
    """Dark bands and punched holes that touch the page edge or sit in the margin become paper."""
    h, w = gray.shape
    dark = (gray < 90).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    out = gray
    changed = False
    for i in range(1, n):
        x, y, bw, bh, area = stats[i]
        touches = x == 0 or y == 0 or x + bw >= w or y + bh >= h
        fill = area / max(1, bw * bh)
        # a hole: a filled disc in the outer 8% of the page, larger than any letter
        hole = (x + bw < 0.08 * w or x > 0.92 * w) and bw > 0.012 * w and 0.6 < bw / max(1, bh) < 1.6 and fill > 0.6
        if (touches and (bw > 0.25 * w or bh > 0.25 * h)) or hole:
            if not changed:
                out, changed = gray.copy(), True
            out[labels == i] = 255
    if changed:
        report.steps.append("borders")
    return out


def estimate_skew(gray: Image, limit: float = 5.0) -> float:
    """Angle (degrees) that makes text lines horizontal: the rotation with the sharpest row profile,
    searched coarse then fine on a copy downscaled to ~75 DPI (the angle does not need full size)."""
    scale = 0.25 if gray.shape[0] > 2000 else 0.5
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)[1]
    ink = cv2.dilate(ink, np.ones((1, 5), np.uint8))  # bridge letters into line-long strokes
    h, w = ink.shape
    centre = (w / 2, h / 2)

    def sharpness(angle: float) -> float:
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rows = cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_NEAREST).sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(rows)).sum())

    best = max(np.arange(-limit, limit + 1e-6, 0.5), key=sharpness)
    best = max(np.arange(best - 0.5, best + 0.5 + 1e-6, 0.1), key=sharpness)
    return float(round(best, 2))


def deskew(gray: Image, report: CleanReport) -> Image:
    angle = estimate_skew(gray)
    report.skew_deg = angle
    if abs(angle) < 0.15:
        return gray
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    report.steps.append("deskew")
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_CUBIC, borderValue=255)


def normalize_background(gray: Image, report: CleanReport) -> Image:
    """Divide by the paper's own brightness (a closing wider than any stroke, then smoothed): uneven
    light, yellowed paper and faint show-through fall to white while strokes keep their contrast."""
    k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (31, 31))
    small = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, k)
    bg = cv2.GaussianBlur(bg, (0, 0), 8)
    bg = cv2.resize(bg, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    norm = cv2.divide(gray, np.maximum(bg, 1), scale=255)
    report.steps.append("background")
    return norm


def remove_gray_stamps(gray: Image, report: CleanReport) -> Image:
    """A seal on a gray scan (a red seal copied in gray is mid-gray, lighter than black text): found
    as a ring of mid-gray ink away from any dark stroke, then every mid-gray pixel inside its
    outermost ring becomes paper; text under the seal is darker and stays. Runs after background
    division, so 'mid-gray' means the same on every page."""
    ink = min(float(np.percentile(gray, 1)), 100.0)
    lo = ink + 0.3 * (255 - ink)  # lighter than this is not text ink
    half = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)  # the seal is found at half size
    near_dark = cv2.dilate((half < lo).astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    mid = (half >= lo) & (half < 225) & ~near_dark  # letters' soft edges touch their strokes: left out
    mid = _long_strokes(mid, min_len=0.03 * half.shape[1])  # a seal's arcs; noise and edge residue are short
    small = cv2.resize(mid.astype(np.uint8) * 255, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    found = cv2.HoughCircles(cv2.GaussianBlur(small, (5, 5), 1.5), cv2.HOUGH_GRADIENT, dp=1, minDist=150,
                             param1=50, param2=30, minRadius=35, maxRadius=90)  # seals 12-30 mm across
    if found is None:
        return gray
    out = gray
    for cx, cy, r in found[0][:3]:
        outer = _seal_extent(mid, cx * 2, cy * 2, r * 2)
        if outer is None:
            continue
        if out is gray:
            out = gray.copy()
        x, y, reach = cx * 4, cy * 4, 2 * outer + 8  # back to the page's pixels
        y0, y1, x0, x1 = (max(0, int(v)) for v in (y - reach, y + reach + 1, x - reach, x + reach + 1))
        yy, xx = np.ogrid[y0:y1, x0:x1]
        window = out[y0:y1, x0:x1]
        window[((xx - x) ** 2 + (yy - y) ** 2 <= reach**2) & (window >= lo)] = 255
        report.steps.append("stamp_gray")
    return out


def _long_strokes(mask: np.ndarray, min_len: float) -> np.ndarray:
    """The connected parts of a mask at least `min_len` pixels across."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    keep = np.zeros(n, bool)
    keep[1:] = np.maximum(stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]) >= min_len
    return keep[labels]


def _seal_extent(mid: np.ndarray, cx: float, cy: float, r: float) -> float | None:
    """The radius of a seal's outermost ring around a ring Hough found (it may have found the inner
    one, at 0.72 of the outer), or None when no circle is drawn there in mid-gray ink: a ring covers
    a quarter of its circumference or more (text over it hides the rest), and three times what lies
    just inside or outside it."""
    angles = np.linspace(0, 2 * np.pi, 180, endpoint=False)

    def coverage(radius: float) -> float:
        xs = np.clip((cx + radius * np.cos(angles)).astype(int), 0, mid.shape[1] - 1)
        ys = np.clip((cy + radius * np.sin(angles)).astype(int), 0, mid.shape[0] - 1)
        band = [mid[np.clip(ys + d, 0, mid.shape[0] - 1), xs] for d in (-2, 0, 2)]
        return float(np.mean(np.any(band, axis=0)))

    def ring(radius: float) -> bool:
        around = max(coverage(radius - 0.12 * r), coverage(radius + 0.12 * r))
        return coverage(radius) >= 0.25 and coverage(radius) >= 3 * around

    drawn = [rad for rad in np.arange(0.9 * r, 1.6 * r, 1.5) if ring(rad)]  # 1/0.72, and Hough's error
    if not drawn or min(abs(rad - r) for rad in drawn) > 0.1 * r:
        return None
    return float(max(drawn))


def suppress_show_through(gray: Image, report: CleanReport) -> Image:
    """After background division the back page's ghost text is light gray; map everything lighter
    than halfway between ink and paper towards white with a soft ramp, keeping stroke edges."""
    # the ink level comes from the darkest 1% but never lighter than 100: on a nearly empty page the
    # darkest 1% is the ghost itself (measured: a last page with 6 lines read as 92x CER of garbage)
    ink = min(float(np.percentile(gray, 1)), 100.0)
    lo, hi = ink + 0.45 * (255 - ink), ink + 0.80 * (255 - ink)
    if hi - lo < 10:
        return gray
    lut = np.clip((np.arange(256, dtype=np.float32) - ink) / (hi - ink), 0, 1)
    lut = np.where(np.arange(256) >= lo, np.maximum(lut, (np.arange(256) - lo) / (hi - lo)), lut)
    lut = (np.clip(lut, 0, 1) * 255).astype(np.uint8)
    report.steps.append("show_through")
    return cv2.LUT(gray, lut)


def noise_level(gray: Image) -> float:
    """Median absolute Laplacian over paper-only areas: ~0-2 on a clean scan, 8+ on a noisy one."""
    paper = gray > np.percentile(gray, 60)
    lap = cv2.Laplacian(gray, cv2.CV_32F)
    return float(np.median(np.abs(lap[paper]))) if paper.any() else 0.0


def denoise(gray: Image, report: CleanReport) -> Image:
    """Median filter only where the page is noisy (NL-means costs ~9 s a page; a 3x3 median ~20 ms)."""
    report.noise = noise_level(gray)
    if report.noise < 4.0:
        return gray
    report.steps.append("denoise")
    return cv2.medianBlur(gray, 3)


Step = Callable[[Image, CleanReport], Image]
STEPS: dict[str, Step] = {
    "stamp_color": to_gray_without_stamps,
    "borders": remove_borders,
    "denoise": denoise,
    "deskew": deskew,
    "background": normalize_background,
    "stamp_gray": remove_gray_stamps,
    "show_through": suppress_show_through,
}
DEFAULT_STEPS = tuple(STEPS)


def clean_page(img: Image, steps: tuple[str, ...] = DEFAULT_STEPS) -> tuple[Image, CleanReport]:
    report = CleanReport()
    out = img
    if "stamp_color" not in steps and out.ndim == 3:
        out = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
    for name in steps:
        out = STEPS[name](out, report)
    if out.ndim == 3:
        out = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
    return out, report
