"""Render report text into scanned-looking PDFs with exact gold text, and wear them in tunable ways.

The one generator behind `data/raw/`, the tests and the benchmarks, always driven by a fixed seed:
  python -m bench.synth            # rebuild the sample archive in data/raw/
Pages are laid out as an A4 report (Tinos ≈ Times New Roman by default, 13 pt, justified-left),
rendered at 300 DPI, then optionally worn like a photocopy: skew, uneven light, show-through of the
back page, stamp rings, punched holes, dark borders, ink spread, blur, noise, JPEG, 200 DPI.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from baocao.core.vietnamese import FOOTNOTE_MARKS

FONT_DIRS = (Path("/usr/share/fonts/truetype/croscore"), Path("/usr/share/fonts/truetype/dejavu"))
FONTS = {  # family -> (regular, bold, italic); each draws every Vietnamese glyph (checked in tests)
    "Tinos": ("Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf"),
    "Arimo": ("Arimo-Regular.ttf", "Arimo-Bold.ttf", "Arimo-Italic.ttf"),
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
}
A4_PT = (595.28, 841.89)
rl_config.useA85 = 0  # binary streams: ASCII85 would make every scan 25% larger


def font_path(name: str) -> Path:
    for d in FONT_DIRS:
        if (d / name).exists():
            return d / name
    raise FileNotFoundError(f"font {name} not found; apt-get install fonts-croscore fonts-dejavu-core")


@dataclass(frozen=True)
class Layout:
    family: str = "Tinos"
    size_pt: float = 13.0
    line_spacing: float = 1.3
    note_scale: float = 0.77  # footnotes at 10 pt under 13 pt text
    margin_left_mm: float = 30.0
    margin_right_mm: float = 20.0
    margin_top_mm: float = 20.0
    margin_bottom_mm: float = 20.0
    indent_mm: float = 10.0
    dpi: int = 300


@dataclass(frozen=True)
class Wear:
    """How worn a scan looks. All zero: a clean 300-DPI scan."""

    dpi: int = 300  # resolution of the stored scan
    skew_deg: float = 0.0
    uneven_light: float = 0.0  # 0..0.5: how much darker the darkest corner gets
    show_through: float = 0.0  # 0..0.35: opacity of the mirrored back page
    stamp: bool = False
    color: bool = False  # keep the page in colour (red stamp) rather than gray
    holes: bool = False
    border: bool = False
    ink: int = 0  # -1 thinner strokes (light copy), +1 thicker (toner spread)
    blur: float = 0.0  # Gaussian sigma in 300-DPI pixels
    noise: float = 0.0  # Gaussian sigma in gray levels
    speckle: float = 0.0  # fraction of pixels turned into dark specks
    jpeg: int = 0  # JPEG quality, 0 = lossless
    # what real archives add (issue 22): seals and office stamps laid over the body text, each
    # "kind:ink[:partial]" with kind ring | rect | den (a received-stamp "ĐẾN" with handwritten
    # number and date) and ink gray | red | blue; partial puts the stamp half off the page
    stamps: tuple[str, ...] = ()
    stamp_tone: float = 0.55  # how much a gray stamp darkens the paper (0.55: mid-gray, ~115-150)
    stamp_at: tuple[float, float] | None = None  # the stamps' centre (fractions of width, height): over a table
    margin_notes: int = 0  # handwritten-like notes in a margin
    notes_side: str = "left"  # left | right | both
    skew_end_deg: float | None = None  # the skew at the foot of the page: it varies down the page
    copies: int = 0  # photocopied again this many times (blur, contrast, noise, resampled at `dpi`)


CLEAN = Wear()
WORN = Wear(
    dpi=200, skew_deg=2.0, uneven_light=0.35, show_through=0.22, stamp=True, holes=True, border=True,
    ink=1, blur=0.8, noise=10.0, speckle=0.0008, jpeg=70,
)  # fmt: skip


_NOTE = re.compile(rf"^([{FOOTNOTE_MARKS}]+)\s")  # a footnote: "⁵ Các mô hình hoàn thành, gồm ..."


@dataclass
class Run:
    text: str
    style: int = 0  # 0 regular, 1 bold, 2 italic, 3 superscript (a footnote mark, drawn small and raised)


@dataclass
class Line:
    runs: list[Run]
    x: int
    y: int
    size_px: int

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs).strip()


@dataclass
class PageLayout:
    lines: list[Line] = field(default_factory=list)  # the body, then the footnotes
    rules: list[tuple[int, int, int]] = field(default_factory=list)  # (x0, y, x1): the rule above footnotes

    @property
    def gold(self) -> str:
        return "\n".join(line.text for line in self.lines)


def parse_runs(paragraph: str) -> list[Run]:
    """Split '**bold** and *italic*' markup into styled runs (markup never reaches the gold)."""
    runs, pos = [], 0
    for m in re.finditer(r"\*\*([^*]+)\*\*|\*([^*]+)\*", paragraph):
        if m.start() > pos:
            runs.append(Run(paragraph[pos : m.start()]))
        runs.append(Run(m.group(1), 1) if m.group(1) is not None else Run(m.group(2), 2))
        pos = m.end()
    if pos < len(paragraph):
        runs.append(Run(paragraph[pos:]))
    return [r for r in runs if r.text]


class _Fonts:
    def __init__(self, family: str, size_px: int):
        files = FONTS[family]
        self.faces = [ImageFont.truetype(str(font_path(f)), size_px) for f in files]
        self.faces.append(ImageFont.truetype(str(font_path(files[0])), round(size_px * 0.6)))  # superscript

    def width(self, text: str, style: int) -> float:
        return self.faces[style].getlength(_drawn(text, style))


_PLAIN = str.maketrans(FOOTNOTE_MARKS, "0123456789()")


def _drawn(text: str, style: int) -> str:
    """A superscript run is drawn as small ordinary digits, as a word processor sets a footnote mark."""
    return text.translate(_PLAIN) if style == 3 else text


def _styled_words(paragraph: str) -> list[list[Run]]:
    """The paragraph's words, each a list of styled runs: a footnote mark stays glued to its word
    ("bản¹", "20⁵/38")."""
    words, cur = [], []
    for c, style in [(c, 3 if c in FOOTNOTE_MARKS else r.style) for r in parse_runs(paragraph) for c in r.text] + [(" ", 0)]:
        if c.isspace():
            if cur:
                words.append(cur)
            cur = []
        elif cur and cur[-1].style == style:
            cur[-1] = Run(cur[-1].text + c, style)
        else:
            cur.append(Run(c, style))
    return words


class _Flow:
    """Lines of one size flowed between two margins; each paragraph starts a new, indented line."""

    def __init__(self, fonts: _Fonts, left: float, right: float, indent: float):
        self.fonts, self.left, self.right, self.indent = fonts, left, right, indent

    def lines(self, paragraph: str) -> list[tuple[list[Run], float]]:
        out, cur, x0 = [], [], self.left + self.indent
        x, space = x0, self.fonts.width(" ", 0)
        for word in _styled_words(paragraph):
            wl = sum(self.fonts.width(r.text, r.style) for r in word)
            if cur and x + wl > self.right:
                out.append((cur, x0))
                cur, x0 = [], self.left
                x = x0
            if cur:
                word = [Run(" " + word[0].text, word[0].style), *word[1:]]
            cur += word
            x += wl + space
        if cur:
            out.append((cur, x0))
        return out


def layout(paragraphs: list[str], lay: Layout = Layout()) -> list[PageLayout]:
    """Flow paragraphs into A4 pages of lines. A footnote ("⁵ ...") goes to the foot of the page whose
    text carries its mark, smaller, under a short rule; the page's body makes room for it."""
    px_per_mm = lay.dpi / 25.4
    width_px, height_px = round(A4_PT[0] / 72 * lay.dpi), round(A4_PT[1] / 72 * lay.dpi)
    size_px = round(lay.size_pt / 72 * lay.dpi)
    note_px = round(size_px * lay.note_scale)
    left, right = lay.margin_left_mm * px_per_mm, width_px - lay.margin_right_mm * px_per_mm
    top, bottom = lay.margin_top_mm * px_per_mm, height_px - lay.margin_bottom_mm * px_per_mm
    step, note_step = size_px * lay.line_spacing, note_px * 1.2
    body = _Flow(_Fonts(lay.family, size_px), left, right, lay.indent_mm * px_per_mm)
    notes_flow = _Flow(_Fonts(lay.family, note_px), left, right, lay.indent_mm * px_per_mm)
    notes = {m.group(1): p for p in paragraphs if (m := _NOTE.match(p))}
    pages, page, y = [], PageLayout(), top
    page_notes: list[tuple[list[Run], float]] = []

    def reserved(lines) -> float:
        return len(lines) * note_step + (step if lines else 0)  # the notes and the gap with their rule

    def close() -> None:
        if page_notes:
            y0 = bottom - len(page_notes) * note_step
            page.rules.append((round(left), round(y0 - 0.4 * step), round(left + 50 * px_per_mm)))
            for i, (runs, x0) in enumerate(page_notes):
                page.lines.append(Line(runs, round(x0), round(y0 + i * note_step), note_px))
        pages.append(page)

    for para in paragraphs:
        if _NOTE.match(para):
            continue
        for runs, x0 in body.lines(para):
            cited = [notes_flow.lines(notes[r.text]) for r in runs if r.style == 3 and r.text in notes]
            new = [ln for lines in cited for ln in lines]
            if page.lines and y + step > bottom - reserved(page_notes + new):
                close()
                page, y, page_notes = PageLayout(), top, []
            page.lines.append(Line(runs, round(x0), round(y), size_px))
            page_notes += new
            y += step
    if page.lines:
        close()
    return pages


def render(page: PageLayout, lay: Layout = Layout()) -> Image.Image:
    width_px, height_px = round(A4_PT[0] / 72 * lay.dpi), round(A4_PT[1] / 72 * lay.dpi)
    img = Image.new("L", (width_px, height_px), 255)
    draw = ImageDraw.Draw(img)
    fonts: dict[int, _Fonts] = {}
    for line in page.lines:
        if line.size_px not in fonts:
            fonts[line.size_px] = _Fonts(lay.family, line.size_px)
        f = fonts[line.size_px]
        x = float(line.x)
        for run in line.runs:
            draw.text((x, line.y), _drawn(run.text, run.style), font=f.faces[run.style], fill=0)
            x += f.width(run.text, run.style)
    for x0, y, x1 in page.rules:
        draw.line([(x0, y), (x1, y)], fill=0, width=max(1, lay.dpi // 150))
    return img


def _stamp(shape: tuple[int, int], rng: np.random.Generator, dpi: int) -> tuple[np.ndarray, tuple[int, int]]:
    """A round seal: two rings and a star, as a 0..1 ink mask."""
    h, w = shape
    r = int(dpi * 0.75)  # ~38 mm across, like a provincial seal
    cx = int(rng.uniform(0.45, 0.8) * w)
    cy = int(rng.uniform(0.3, 0.85) * h)
    mask = np.zeros(shape, np.uint8)
    thick = max(2, dpi // 50)
    cv2.circle(mask, (cx, cy), r, 255, thick, cv2.LINE_AA)
    cv2.circle(mask, (cx, cy), int(r * 0.72), 255, max(1, thick // 2), cv2.LINE_AA)
    star = np.array(
        [[cx + r * 0.25 * np.cos(np.pi / 2 + k * 4 * np.pi / 5), cy - r * 0.25 * np.sin(np.pi / 2 + k * 4 * np.pi / 5)]
         for k in range(5)], np.int32)  # fmt: skip
    cv2.fillPoly(mask, [star], 255, cv2.LINE_AA)
    return mask.astype(np.float32) / 255 * rng.uniform(0.55, 0.85), (cx, cy)


INKS = {"gray": None, "red": (0.80, 0.12, 0.15), "blue": (0.15, 0.25, 0.75)}


def _stroke(draw: ImageDraw.ImageDraw, rng: np.random.Generator, x: float, y: float, length: float,
            height: float, width: int) -> None:
    """A handwriting-like stroke: a wavy, slanted pen line of loops, as a hand writes a word."""
    n = max(8, int(length / 6))
    t = np.linspace(0, 1, n)
    freq = rng.uniform(3, 6) * length / max(height, 1) / 3
    xs = x + t * length + 0.35 * height * np.sin(2 * np.pi * freq * t + rng.uniform(0, 6))
    ys = y + 0.5 * height * np.sin(2 * np.pi * freq * t * 1.3) + t * rng.uniform(-0.3, 0.3) * height
    draw.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=255, width=width, joint="curve")


def _stamp_mask(kind: str, shape: tuple[int, int], rng: np.random.Generator, partial: bool,
                family: str = "Arimo", at: tuple[float, float] | None = None) -> np.ndarray:  # fmt: skip
    """One stamp as a 0..1 ink mask at 300 DPI, laid over the body text (x 35-80% of the width)."""
    h, w = shape
    img = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(img)
    cx = w - rng.uniform(0, 120) if partial else rng.uniform(0.35, 0.75) * w  # partial: cut by the edge
    cy = rng.uniform(0.2, 0.8) * h
    if at is not None:
        cx, cy = at[0] * w, at[1] * h
    if kind == "ring":
        r = rng.uniform(0.55, 0.8) * 300  # seals 33-48 mm across
        thick = int(rng.uniform(8, 14))
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=255, width=thick)
        r2 = r * rng.uniform(0.68, 0.76)
        draw.ellipse([cx - r2, cy - r2, cx + r2, cy + r2], outline=255, width=max(3, thick // 2))
        face = ImageFont.truetype(str(font_path(FONTS[family][1])), int((r - r2) * 0.55))
        for k in range(26):  # the issuer's name round the ring: letter-sized blobs
            a = 2 * np.pi * k / 26
            rr = (r + r2) / 2
            draw.text((cx + rr * np.cos(a), cy + rr * np.sin(a)), "ỦYBANNHÂNDÂNTỈNHNGHỆANXÃ"[k % 24], fill=255,
                      font=face, anchor="mm")  # fmt: skip
        star = [(cx + r * 0.22 * np.cos(np.pi / 2 + k * 4 * np.pi / 5), cy - r * 0.22 * np.sin(np.pi / 2 + k * 4 * np.pi / 5))
                for k in range(5)]  # fmt: skip
        draw.polygon(star, fill=255)
    else:
        bw, bh = rng.uniform(1.5, 2.2) * 300, rng.uniform(0.8, 1.1) * 300  # 38-56 x 20-28 mm
        x0, y0 = cx - bw / 2, cy - bh / 2
        draw.rectangle([x0, y0, x0 + bw, y0 + bh], outline=255, width=int(rng.uniform(6, 11)))
        face = ImageFont.truetype(str(font_path(FONTS[family][1])), int(bh * 0.2))
        small = ImageFont.truetype(str(font_path(FONTS[family][0])), int(bh * 0.12))
        if kind == "den":
            draw.text((x0 + bw * 0.08, y0 + bh * 0.08), "ĐẾN", fill=255, font=face)
            for k, label in enumerate(("Số: ", "Ngày: ", "Chuyển: ")):
                ly = y0 + bh * (0.42 + 0.19 * k)
                draw.text((x0 + bw * 0.06, ly), label, fill=255, font=small)
                _stroke(draw, rng, x0 + bw * 0.4, ly + bh * 0.07, bw * rng.uniform(0.25, 0.5), bh * 0.1, 4)
        else:
            draw.text((x0 + bw * 0.1, y0 + bh * 0.15), "ĐÃ KÝ", fill=255, font=face)
            draw.text((x0 + bw * 0.1, y0 + bh * 0.55), "Nguyễn Văn An", fill=255, font=small)
    mask = np.asarray(img, np.float32) / 255
    return cv2.GaussianBlur(mask, (0, 0), 1.0) * rng.uniform(0.8, 1.0)


def _margin_notes(shape: tuple[int, int], rng: np.random.Generator, n: int, sides: str = "left") -> np.ndarray:
    """Handwritten notes and a bracket in a margin ("left", "right" or "both": alternating), as a
    reader annotates a report."""
    h, w = shape
    img = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(img)
    for i in range(n):
        right = sides == "right" or (sides == "both" and i % 2 == 1)
        x, y = rng.uniform(0.02, 0.05) * w, rng.uniform(0.15, 0.85) * h
        for k in range(int(rng.integers(1, 4))):
            length = rng.uniform(0.04, 0.07) * w * (0.6 if right else 1.0)  # the right margin is 20 mm, not 30
            _stroke(draw, rng, w - x - length if right else x, y + k * 55, length, 30, 4)
        bx, tip = (0.105 * w, 0.11 * w) if not right else (0.915 * w, 0.91 * w)
        draw.line([(bx, y - 40), (tip, y - 40), (tip, y + 200), (bx, y + 200)], fill=255, width=4)
    return np.asarray(img, np.float32) / 255 * 0.85


def _vary_skew(rgb: np.ndarray, top_deg: float, foot_deg: float) -> np.ndarray:
    """A page whose lines tilt more and more down the page (a sheet that slid in the feeder)."""
    h, wd = rgb.shape[:2]
    yy, xx = np.mgrid[0:h, 0:wd].astype(np.float32)
    angle = np.deg2rad(top_deg + (foot_deg - top_deg) * yy / h)
    map_y = yy + (xx - wd / 2) * np.tan(angle)
    return cv2.remap(rgb, xx, map_y.astype(np.float32), cv2.INTER_LINEAR, borderValue=(1, 1, 1))


def _copy_again(rgb: np.ndarray, rng: np.random.Generator, dpi: int) -> np.ndarray:
    """One more photocopy generation: resampled at the copier's resolution, blurred, contrast pushed
    (grays go darker or lighter), toner noise."""
    h, wd = rgb.shape[:2]
    small = cv2.resize(rgb, (round(wd * dpi / 300), round(h * dpi / 300)), interpolation=cv2.INTER_AREA)
    out = cv2.GaussianBlur(cv2.resize(small, (wd, h), interpolation=cv2.INTER_LINEAR), (0, 0), 0.9)
    out = np.clip((out - 0.5) * 1.35 + 0.55, 0, 1)
    return np.clip(out + rng.normal(0, 0.03, out.shape[:2])[:, :, None], 0, 1).astype(np.float32)


def wear(img: Image.Image, w: Wear, rng: np.random.Generator, back: Image.Image | None = None) -> Image.Image:
    """Age a clean 300-DPI page. `back` is the page printed on the other side (for show-through)."""
    page = np.asarray(img, np.float32) / 255.0  # 1 = paper, 0 = ink
    h, wd = page.shape
    if w.ink:
        k = np.ones((2, 2), np.uint8)
        page = cv2.erode(page, k) if w.ink > 0 else cv2.dilate(page, k)
    if w.show_through and back is not None:
        mirrored = cv2.GaussianBlur(np.asarray(back, np.float32)[:, ::-1] / 255.0, (0, 0), 2.0)
        page = page * (1 - w.show_through * (1 - mirrored))
    rgb = np.repeat(page[:, :, None], 3, axis=2)
    if w.stamp:
        mask, _ = _stamp((h, wd), rng, 300)
        ink = np.array([0.80, 0.12, 0.15], np.float32) if w.color else np.array([0.45, 0.45, 0.45], np.float32)
        rgb = rgb * (1 - mask[:, :, None]) + (rgb * ink) * mask[:, :, None]
    for spec in w.stamps:
        kind, colour, *rest = spec.split(":")
        mask = _stamp_mask(kind, (h, wd), rng, partial="partial" in rest, at=w.stamp_at)
        tint = INKS[colour]
        ink = np.full(3, 1 - w.stamp_tone, np.float32) if tint is None else np.array(tint, np.float32)
        rgb = rgb * (1 - mask[:, :, None]) + (rgb * ink) * mask[:, :, None]
    if w.margin_notes:
        mask = _margin_notes((h, wd), rng, w.margin_notes, w.notes_side)
        pen = np.array([0.15, 0.2, 0.55] if w.color else [0.3, 0.3, 0.3], np.float32)
        rgb = rgb * (1 - mask[:, :, None]) + (rgb * pen) * mask[:, :, None]
    if w.uneven_light:
        yy, xx = np.mgrid[0:h, 0:wd].astype(np.float32)
        cx, cy = rng.uniform(0, wd), rng.uniform(0, h)
        dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(h, wd)
        rgb *= (1 - w.uneven_light * dist / dist.max())[:, :, None]
    if w.holes:
        for fy in (0.3, 0.7):
            cv2.circle(rgb, (int(0.045 * wd), int(fy * h)), 36, (0.05, 0.05, 0.05), -1, cv2.LINE_AA)
    if w.skew_deg:
        angle = w.skew_deg * rng.choice([-1, 1]) * rng.uniform(0.7, 1.0)
        m = cv2.getRotationMatrix2D((wd / 2, h / 2), angle, 1.0)
        rgb = cv2.warpAffine(rgb, m, (wd, h), flags=cv2.INTER_LINEAR, borderValue=(1, 1, 1))
        if w.skew_end_deg is not None:  # then more (or less) down the page, the same way round
            rgb = _vary_skew(rgb, 0.0, float(np.sign(angle)) * (w.skew_end_deg - w.skew_deg))
    if w.border:
        b = int(rng.uniform(0.008, 0.02) * wd)
        rgb[:, :b] *= 0.15
        rgb[: b // 2, :] *= 0.2
    if w.blur:
        rgb = cv2.GaussianBlur(rgb, (0, 0), w.blur)
    for _ in range(w.copies):
        rgb = _copy_again(rgb, rng, w.dpi)
    if w.dpi != 300:
        rgb = cv2.resize(rgb, (round(wd * w.dpi / 300), round(h * w.dpi / 300)), interpolation=cv2.INTER_AREA)
    out = np.clip(rgb * 255, 0, 255)
    if w.noise:
        out += rng.normal(0, w.noise, out.shape[:2])[:, :, None]
    if w.speckle:
        specks = rng.random(out.shape[:2]) < w.speckle
        out[specks] = rng.uniform(0, 90, (int(specks.sum()), 1))
    out = np.clip(out, 0, 255).astype(np.uint8)
    result = Image.fromarray(out, "RGB")
    return result if w.color else result.convert("L")


def _encode(img: Image.Image, jpeg: int) -> ImageReader:
    buf = io.BytesIO()
    if jpeg:
        img.save(buf, "JPEG", quality=jpeg)
    else:
        img.save(buf, "PNG", optimize=True)
    buf.seek(0)
    return ImageReader(buf)


def write_scan_pdf(images: list[Image.Image], path: Path, jpeg: int = 0) -> None:
    """An image-only PDF, each image filling an A4 page (what a scanner produces)."""
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
    for img in images:
        c.drawImage(_encode(img, jpeg), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def register_font(family: str = "Tinos") -> str:
    name = f"baocao-{family}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(font_path(FONTS[family][0]))))
    return name


def write_text_pdf(pages: list[list[str]], path: Path, size_pt: float = 12.0, family: str = "Tinos") -> None:
    """A digital PDF: each page's lines drawn as real text (a text layer, no image)."""
    font = register_font(family)
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
    for lines in pages:
        y = A4[1] - 60
        for line in lines:
            c.setFont(font, size_pt)
            c.drawString(72, y, line)
            y -= size_pt * 1.35
        c.showPage()
    c.save()


def scan(paragraphs: list[str], path: Path, lay: Layout = Layout(), w: Wear = CLEAN, seed: int = 0) -> list[str]:
    """Lay out, render, wear and write a scanned PDF; returns each page's gold text."""
    rng = np.random.default_rng(seed)
    pages = layout(paragraphs, lay)
    clean = [render(p, lay) for p in pages]
    worn = [wear(img, w, rng, back=clean[(i + 1) % len(clean)] if len(clean) > 1 else None)
            for i, img in enumerate(clean)]  # fmt: skip
    write_scan_pdf(worn, path, jpeg=w.jpeg)
    return [p.gold for p in pages]


def _wrap_lines(text: str, width: int = 95) -> list[str]:
    out = []
    for line in text.splitlines():
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            cut = cut if cut > 0 else width
            out.append(line[:cut])
            line = line[cut:].lstrip()
        out.append(line)
    return out


def sample_archive(out_dir: Path) -> dict[str, list[str]]:
    """The sample archive in data/raw/: two scans (one clean, one worn) and a stripped text layer."""
    from baocao.diacritics.corpus import SEEDS

    out_dir.mkdir(parents=True, exist_ok=True)
    gold = {}
    for name, wear_, seed in (
        ("000_57d90ad183e6dc10", replace(WORN, noise=5.0, jpeg=55), 11),
        ("002_e408c7ead905c304", Wear(dpi=300, skew_deg=0.7, jpeg=60), 12),
    ):
        paras = [p for p in (SEEDS / f"{name}.txt").read_text("utf-8").split("\n") if p.strip()]
        gold[name] = scan(paras, out_dir / f"{name}.pdf", Layout(), wear_, seed=seed)
    lines = _wrap_lines((SEEDS / "001_ac1b277cbf69dfe4.txt").read_text("utf-8"))
    pages = [lines[i : i + 52] for i in range(0, len(lines), 52)]
    write_text_pdf(pages, out_dir / "001_ac1b277cbf69dfe4.pdf")
    gold["001_ac1b277cbf69dfe4"] = ["\n".join(p) for p in pages]
    return gold


if __name__ == "__main__":
    import json

    root = Path(__file__).resolve().parent.parent
    gold = sample_archive(root / "data" / "raw")
    (root / "tests" / "fixtures").mkdir(parents=True, exist_ok=True)
    (root / "tests" / "fixtures" / "sample_gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
    for k, v in gold.items():
        print(k, len(v), "pages")


@dataclass(frozen=True)
class GoldCell:
    row: int
    col: int
    row_span: int
    col_span: int
    text: str


def dossier_table(first: int = 0, n: int = 10) -> tuple[list[float], list[GoldCell]]:
    """A ruled table from seed 002's list of public services and their dossier counts, with a
    two-row header whose merged cells span rows and columns."""
    from baocao.diacritics.corpus import seed_paragraphs

    rows = []
    for p in seed_paragraphs("002_e408c7ead905c304.txt"):
        m = re.match(r"^-?\s*\((\d+)\)\s*(.+?)\s*\((mức độ [^)]*)\):\s*([\d.]+)\s*(hồ sơ|lượt)", p)
        if m:
            rows.append((m.group(1), m.group(2), m.group(3).replace("mức độ ", "Mức "), f"{m.group(4)} {m.group(5)}"))
    rows = rows[first : first + n]
    cells = [GoldCell(0, 0, 2, 1, "STT"), GoldCell(0, 1, 2, 1, "Thủ tục hành chính"),
             GoldCell(0, 2, 1, 2, "Kết quả tháng 7/2023"), GoldCell(1, 2, 1, 1, "Mức độ"),
             GoldCell(1, 3, 1, 1, "Số hồ sơ")]  # fmt: skip
    for i, (stt, name, level, count) in enumerate(rows):
        cells += [GoldCell(i + 2, 0, 1, 1, stt), GoldCell(i + 2, 1, 1, 1, name), GoldCell(i + 2, 2, 1, 1, level),
                  GoldCell(i + 2, 3, 1, 1, count)]  # fmt: skip
    return [14, 95, 28, 30], cells


# Phụ lục 01 of report 608/BC-UBND (UBND tỉnh Nghệ An, July 2025): its indicator targets, as seed 001
# (an English-only OCR of the scan) gives them, with the marks put back by hand. Seed 001 is in no
# model's training, so this table measures the cells on text the language model never saw. Columns:
# STT, indicator, unit, directing document, target, progress (%); a section row (A, B, C) spans
# the five columns after its letter, and a row without a figure has an empty progress cell.
QD942, QD411, CD69 = "Quyết định 942/QĐ-TTg ngày 15/6/2021", "Quyết định 411/QĐ-TTg ngày 31/3/2022", "Công điện 69/CĐ-TTg ngày 22/5/2025"
INDICATORS = [
    ("A", "VỀ PHÁT TRIỂN CHÍNH PHỦ SỐ"),
    ("1", "Dịch vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng, khi sử dụng được "
          "điền sẵn dữ liệu mà người dùng đã cung cấp trước đó theo thỏa thuận, phù hợp với tiêu chuẩn chất lượng dịch vụ",
     "%", QD942, "100", "100"),
    ("3", "Hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến, người dân chỉ phải nhập dữ liệu một lần.", "%", QD942,
     ">=80", "100"),
    ("8", "Cơ quan nhà nước cung cấp dịch vụ 24/7, sẵn sàng phục vụ trực tuyến bất cứ khi nào người dân và doanh nghiệp "
          "cần. 100% công chức được gắn định danh số trong xử lý công việc", "%", QD942, "100", "100"),
    ("9", "Hồ sơ giải quyết thủ tục hành chính được gắn định danh cá nhân", "%", "Thông báo 56/TB-VPCP ngày 23/02/2025",
     "100", "100"),
    ("21", "100% TTHC nội bộ được rà soát, cắt giảm, đơn giản hóa phù hợp với quy định mới của pháp luật về phân cấp, "
           "phân quyền, ủy quyền và việc sắp xếp tinh gọn tổ chức bộ máy, thực hiện mô hình tổ chức chính quyền địa "
           "phương 02 cấp", "%", CD69, "100", "100"),
    ("B", "VỀ PHÁT TRIỂN CÔNG DÂN SỐ"),
    ("4", "Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản", "%", QD411, "70", ""),
    ("5", "Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang", "%", QD411, "80", "99,73"),
    ("9", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử", "%", QD411, "90", "19,02"),
    ("11", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", "%", QD411, "80", "81,6"),
    ("12", "Người sử dụng internet có cơ hội tiếp cận hoạt động nâng cao nhận thức, kỹ năng và công cụ đảm bảo an ninh "
           "an toàn mạng", "%", "Quyết định 964/QĐ-TTg ngày 10/8/2022", "80", ""),
    ("C", "VỀ PHÁT TRIỂN KINH TẾ SỐ"),
    ("1", "Tỷ trọng kinh tế số đạt 20% GDP", "%", QD411, "20", ""),
    ("2", "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực", "%", QD411, ">=10", ""),
    ("3", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", "%", QD411, ">=10", ""),
    ("4", "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", "%", QD411, ">=80", ""),
    ("5", "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", "%", QD411, ">=50", ""),
    ("6", "Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động", "%", QD411, ">=2", ""),
]  # fmt: skip


def indicator_table(first: int = 0, n: int = 10) -> tuple[list[float], list[GoldCell]]:
    """Rows first..first+n of Phụ lục 01 under its one-row header: section rows merge five cells."""
    cells = [GoldCell(0, k, 1, 1, t) for k, t in enumerate(
        ("STT", "Danh mục chỉ tiêu", "Đơn vị tính", "Văn bản chỉ đạo", "Mục tiêu", "Tiến độ thực hiện (%)"))]  # fmt: skip
    for i, row in enumerate(INDICATORS[first : first + n], start=1):
        if len(row) == 2:
            cells += [GoldCell(i, 0, 1, 1, row[0]), GoldCell(i, 1, 1, 5, row[1])]
        else:
            cells += [GoldCell(i, k, 1, 1, t) for k, t in enumerate(row)]
    return [10, 62, 13, 37, 17, 21], cells


def render_table(widths_mm: list[float], cells: list[GoldCell], lay: Layout = Layout(size_pt=11),
                 title: str = "PHỤ LỤC 02") -> Image.Image:  # fmt: skip
    """A page with a title and a ruled grid; text wraps inside its cell."""
    px_mm = lay.dpi / 25.4
    width_px, height_px = round(A4_PT[0] / 72 * lay.dpi), round(A4_PT[1] / 72 * lay.dpi)
    size_px = round(lay.size_pt / 72 * lay.dpi)
    fonts = _Fonts(lay.family, size_px)
    xs = [round(lay.margin_left_mm * px_mm)]
    for w in widths_mm:
        xs.append(xs[-1] + round(w * px_mm))
    pad, line_h = round(1.5 * px_mm), round(size_px * 1.25)

    def wrap(text: str, width: int) -> list[str]:
        lines, cur = [], ""
        for word in text.split():
            trial = f"{cur} {word}".strip()
            if cur and fonts.width(trial, 0) > width:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        return [*lines, cur] if cur else lines

    n_rows = max(c.row + c.row_span for c in cells)
    heights = [2 * pad + line_h] * n_rows
    wrapped = {}
    for c in cells:
        wrapped[c] = wrap(c.text, xs[c.col + c.col_span] - xs[c.col] - 2 * pad)
        if c.row_span == 1:
            heights[c.row] = max(heights[c.row], 2 * pad + line_h * len(wrapped[c]))
    ys = [round(lay.margin_top_mm * px_mm) + 3 * line_h]
    for h in heights:
        ys.append(ys[-1] + h)
    img = Image.new("L", (width_px, height_px), 255)
    draw = ImageDraw.Draw(img)
    draw.text((xs[0], ys[0] - 2 * line_h), title, font=fonts.faces[1], fill=0)
    for c in cells:
        x0, y0, x1, y1 = xs[c.col], ys[c.row], xs[c.col + c.col_span], ys[c.row + c.row_span]
        draw.rectangle([x0, y0, x1, y1], outline=0, width=3)
        for k, line in enumerate(wrapped[c]):
            draw.text((x0 + pad, y0 + pad + k * line_h), line, font=fonts.faces[0], fill=0)
    return img


def write_table_pdf(widths_mm: list[float], cells: list[GoldCell], path: Path, title: str = "PHỤ LỤC 02",
                    ruled: bool = True, family: str = "Tinos") -> None:  # fmt: skip
    """A digital PDF holding one table as real text: ruled (a grid camelot's lattice reads) or
    borderless (only stream can read it)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    font = register_font(family)
    n_rows, n_cols = max(c.row + c.row_span for c in cells), max(c.col + c.col_span for c in cells)
    data = [["" for _ in range(n_cols)] for _ in range(n_rows)]
    style = ParagraphStyle("cell", fontName=font, fontSize=10, leading=12)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.8, "black"))
    for c in cells:
        data[c.row][c.col] = Paragraph(c.text, style)
        if c.row_span > 1 or c.col_span > 1:
            commands.append(("SPAN", (c.col, c.row), (c.col + c.col_span - 1, c.row + c.row_span - 1)))
    table = Table(data, colWidths=[w * mm for w in widths_mm])
    table.setStyle(TableStyle(commands))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(title, ParagraphStyle("t", fontName=font)), table])


HEADING_LEFT = ["UBND TỈNH NGHỆ AN", "TỔ CÔNG TÁC ĐỀ ÁN 06", "Số: 552/BC-TCT"]
HEADING_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nghệ An, ngày 24 tháng 7 năm 2023"]


def render_heading(left: list[str], right: list[str], body: list[str], family: str = "Tinos",
                   size_pt: float = 11) -> Image.Image:  # fmt: skip
    """The first page of an official document: issuer and số hiệu centred in a left column, the
    national motto and place/date centred in a right one, then the centred title and the body."""
    width_px, height_px = round(A4_PT[0] / 72 * 300), round(A4_PT[1] / 72 * 300)
    img = Image.new("L", (width_px, height_px), 255)
    draw = ImageDraw.Draw(img)
    fonts = _Fonts(family, round(size_pt / 72 * 300))
    step = round(size_pt / 72 * 300 * 1.5)
    for centre, lines in ((0.275 * width_px, left), (0.69 * width_px, right)):
        for i, text in enumerate(lines):
            style = 0 if text.startswith(("Số", "Nghệ An, ngày")) or "ngày" in text else 1
            draw.text((centre - fonts.width(text, style) / 2, 250 + i * step), text, font=fonts.faces[style], fill=0)
    y = 250 + (max(len(left), len(right)) + 2) * step
    for i, text in enumerate(body):
        style = 1 if i == 0 else 0
        x = width_px / 2 - fonts.width(text, style) / 2 if i < 2 else 350
        draw.text((x, y + i * step), text, font=fonts.faces[style], fill=0)
    return img
