"""Clean a scanned page for OCR with OpenCV: each step a pure function, kept only where it pays.

Input: an RGB or gray page at 300 DPI (white paper). Output: a gray page and what was done.
Steps run in `STEPS` order; `bench/ocr.py --steps` measures each one's effect on CER. The page
stays gray: Tesseract binarizes better itself than an adaptive threshold, which turned speckle into
letters on noisy pages.
"""

from __future__ import annotations

import time
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
    seconds: dict[str, float] = field(default_factory=dict)  # each step's cost, for bench/ocr.py --speed
    unstamped: np.ndarray | None = None  # the page before a gray seal was erased: table cells read it again


def level(gray: Image, q: float) -> float:
    """A percentile of the page's gray levels from every 4th pixel of every 4th row: the same value
    to a gray level on a page (text lines are ~40 rows tall), a sixteenth of the cost."""
    return float(np.percentile(gray[::4, ::4], q))


def ink_level(gray: Image) -> float:
    """The gray of text ink: the darkest 1%, but never lighter than 100 (on a nearly empty page the
    darkest 1% is show-through: a last page with 6 lines read as 92x CER of garbage)."""
    return min(level(gray, 1), 100.0)


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
    """Seals and office stamps on a gray copy (a ring, a rectangle, a received-stamp 'ĐẾN'; whole or
    cut by the page edge): lighter than black text, so found by their shape in mid-gray ink, and
    every lighter pixel inside their outline that is not a letter's edge becomes paper; text under
    them is darker and stays.

    At half size, mid-gray pixels (lighter than text ink, darker than paper) are opened with a 3x3
    disc: the soft edges of letters are 1-2 px wide and vanish, a stamp's frame (4-7 px) stays.
    A gap where a text line crosses the frame is closed, then a part that is large (10+ mm) and
    hollow, ring- or box-shaped, is a stamp. Runs after background
    division, so 'mid-gray' means the same on every page."""
    ink = ink_level(gray)
    lo = ink + 0.3 * (255 - ink)  # lighter than this is not text ink
    half = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    mid = ((half >= lo) & (half < 215)).astype(np.uint8)
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3))
    frame = cv2.morphologyEx(mid, cv2.MORPH_OPEN, disc)
    outlines: list[np.ndarray] = []
    # joined across a stroke that cuts the frame, then across whole lines of text (the lettering
    # and the halos of the text inside then fill up to 60% of the hull; but blurred text alone joins
    # into line-high blobs too: those must hold a frame found at the first join, or be hollow)
    for join, fill, wide in ((9, 0.35, False), (21, 0.6, True)):
        joined = cv2.morphologyEx(frame, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (join, join)))
        outlines += stamp_outlines(joined, half.shape[1], fill, frame if wide else None, list(outlines))
    if not outlines:
        return gray
    region = np.zeros(half.shape, np.uint8)
    for hull in outlines:
        cv2.fillPoly(region, [_whole(hull, frame)], 1)
    region = cv2.dilate(region, disc, iterations=3)
    # the stamp's own strokes (thick enough to survive the opening, and their soft edges), and what is
    # near paper: a letter's thin mid-gray mark (the hook of 'ổ') is neither, and stays
    strokes = cv2.dilate(frame & region, disc, iterations=2)
    strokes = cv2.resize(strokes, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_NEAREST) > 0
    region = cv2.resize(region, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_NEAREST) > 0
    text = cv2.dilate((gray < lo).astype(np.uint8), np.ones((3, 3), np.uint8)) > 0  # strokes and their edges
    out = gray.copy()
    out[region & ~text & (strokes | (gray >= 200))] = 255
    report.steps.append("stamp_gray")
    report.unstamped = gray
    return out


def _whole(hull: np.ndarray, frame: np.ndarray) -> np.ndarray:
    """The hull grown over the frame's pieces around it (a fifth of its size away or less): an arc cut
    off where lines of text cross the seal is part of it too."""
    x, y, bw, bh = cv2.boundingRect(hull)
    dx, dy = bw // 5, bh // 5
    y0, x0 = max(0, y - dy), max(0, x - dx)
    near = frame[y0 : y + bh + dy, x0 : x + bw + dx]
    n, labels, stats, _ = cv2.connectedComponentsWithStats(near, connectivity=8)
    pieces = [i for i in range(1, n) if max(stats[i, 2], stats[i, 3]) >= 0.1 * max(bw, bh)]  # arcs, not specks
    if not pieces:
        return hull
    points = cv2.findNonZero(np.isin(labels, pieces).astype(np.uint8))
    return cv2.convexHull(np.concatenate([hull.reshape(-1, 2), points.reshape(-1, 2) + np.array([x0, y0], np.int32)]))


def stamp_outlines(frame: np.ndarray, width: int, fill: float, ink: np.ndarray | None = None,
                   found: list[np.ndarray] | None = None) -> list[np.ndarray]:  # fmt: skip
    """Convex outlines of the parts of a mask shaped like a stamp's frame: 10-90 mm across, their
    hull filling most of their box (a disc ~0.8, a rectangle ~1, a ring cut by the page edge
    alike) while their ink fills at most `fill` of that hull (a ring ~0.1-0.3 with its lettering;
    show-through and text halos merge into ragged blobs that are neither). With `ink` (the unjoined
    frame), a part must also be 14 mm across both ways and overlap an outline `found` before or be
    hollow (`_hollow`): a seal's rim holds its rings and lettering (0.15-0.3 of it inked, measured),
    the halos of worn text spread evenly (0.04-0.13, as much as inside), and taken for a seal they
    cost the hooks of 'ổ' under them (a worn page 0.25 -> 0.42% CER)."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(frame, connectivity=8)
    mm = width / 210  # pixels per mm on an A4-wide page
    out = []
    for i in range(1, n):
        x, y, bw, bh, area = stats[i]
        if not (10 * mm <= max(bw, bh) <= 90 * mm and min(bw, bh) >= (8 if ink is None else 14) * mm
                and area <= fill * bw * bh):  # fmt: skip
            continue
        points = cv2.findNonZero((labels[y : y + bh, x : x + bw] == i).astype(np.uint8))
        hull = cv2.convexHull(points)
        if cv2.contourArea(hull) >= 0.6 * bw * bh and area <= fill * cv2.contourArea(hull):
            hull = hull + np.array([x, y], np.int32)
            if ink is None or any(_overlap(hull, f) for f in found or []) or _hollow(hull, ink):
                out.append(hull)
    return out


def _overlap(a: np.ndarray, b: np.ndarray) -> bool:
    ax, ay, aw, ah = cv2.boundingRect(a)
    bx, by, bw, bh = cv2.boundingRect(b)
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def _hollow(hull: np.ndarray, ink: np.ndarray, rim: float = 0.14) -> bool:
    """`ink` covers `rim` of the hull's outer fifth (a band a fifth of its smaller side wide), or three
    times what it covers of the rest (a thin ring over clean text: 0.08 against 0)."""
    x, y, bw, bh = cv2.boundingRect(hull)
    inside = np.zeros((bh, bw), np.uint8)
    cv2.fillPoly(inside, [hull - np.array([x, y], np.int32)], 1)
    m = max(1, int(0.2 * min(bw, bh)))
    core = cv2.erode(inside, np.ones((2 * m + 1, 2 * m + 1), np.uint8), borderValue=0) > 0
    band = (inside > 0) & ~core
    crop = ink[y : y + bh, x : x + bw] > 0
    if not band.any():
        return False
    edge, middle = float(crop[band].mean()), float(crop[core].mean()) if core.any() else 0.0
    return edge >= rim or edge >= 3 * middle


def suppress_show_through(gray: Image, report: CleanReport) -> Image:
    """After background division the back page's ghost text is light gray; map everything lighter
    than halfway between ink and paper towards white with a soft ramp, keeping stroke edges."""
    ink = ink_level(gray)
    lo, hi = ink + 0.45 * (255 - ink), ink + 0.80 * (255 - ink)
    if hi - lo < 10:
        return gray
    lut = np.clip((np.arange(256, dtype=np.float32) - ink) / (hi - ink), 0, 1)
    lut = np.where(np.arange(256) >= lo, np.maximum(lut, (np.arange(256) - lo) / (hi - lo)), lut)
    lut = (np.clip(lut, 0, 1) * 255).astype(np.uint8)
    report.steps.append("show_through")
    return cv2.LUT(gray, lut)


def noise_level(gray: Image) -> float:
    """Median absolute Laplacian over paper-only areas: ~0-2 on a clean scan, 8+ on a noisy one.
    Measured on the middle half of the page's rows (noise is even over a sheet), at half the cost."""
    h = gray.shape[0]
    gray = gray[h // 4 : 3 * h // 4]
    paper = gray > level(gray, 60)
    lap = cv2.Laplacian(gray, cv2.CV_32F)
    return float(np.median(np.abs(lap[paper]))) if paper.any() else 0.0


def denoise(gray: Image, report: CleanReport) -> Image:
    """Median filter only where the page is noisy (NL-means costs ~9 s a page; a 3x3 median ~20 ms).
    Noise is measured at full and at half size: a 150-DPI copy rendered at 300 DPI has grains two
    pixels wide that the full-size Laplacian smooths over (2 at full, 4-5 at half, against 0 for a
    clean scan); left in, Tesseract reads them as commas and quotes (a copy of a copy 1.05 -> 0.08%)."""
    half = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    report.noise = max(noise_level(gray), noise_level(half))
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
        start = time.perf_counter()
        out = STEPS[name](out, report)
        report.seconds[name] = time.perf_counter() - start
    if out.ndim == 3:
        out = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
    return out, report
