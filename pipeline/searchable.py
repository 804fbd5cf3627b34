"""Document stage: a searchable PDF, as OCRmyPDF makes, but carrying the restored Vietnamese text.

Each page keeps its original look and gets an invisible text layer (render mode 3) with every word
at its box, so selecting or searching the PDF finds "Đề án" even where the scan's own text layer
said "Dé 4n". A scanned page that is one JPEG (what scanners write) keeps that JPEG byte for byte:
nothing is decoded, rendered or encoded again, so the page costs its file size in memory and no
quality. Any other page is rendered (JPEG at 200 DPI, or less for a page too large to hold: the
rasterizer's pixel bound), with its words again.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import ImageStat
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from baocao.pipeline.probe import open_pdf
from baocao.pipeline.rasterize import effective_dpi
from baocao.schemas.records import PageResult

RENDER_DPI = 200
FONT = "baocao-text"
FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/croscore/Arimo-Regular.ttf")


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        path = next((f for f in FONT_FILES if Path(f).exists()), None)
        if path is None:
            raise FileNotFoundError("no Vietnamese-capable font; apt-get install fonts-dejavu-core")
        pdfmetrics.registerFont(TTFont(FONT, path))
    return FONT


def source_jpeg(page: pdfium.PdfPage) -> tuple[bytes, tuple[float, float, float, float]] | None:
    """The page's scan as stored, when the page is a single gray or RGB JPEG and nothing else is
    drawn (a text layer aside): its bytes and where it sits (left, bottom, right, top, in points)."""
    if page.get_rotation():
        return None
    drawn = [o for o in page.get_objects() if o.type != pdfium_c.FPDF_PAGEOBJ_TEXT]
    if len(drawn) != 1 or not isinstance(drawn[0], pdfium.PdfImage):
        return None
    img = drawn[0]
    meta = img.get_metadata()
    if img.get_filters() != ["DCTDecode"] or meta.colorspace not in (pdfium_c.FPDF_COLORSPACE_DEVICEGRAY,
                                                                     pdfium_c.FPDF_COLORSPACE_DEVICERGB):  # fmt: skip
        return None  # CMYK or with a Decode array: its bytes do not stand on their own
    left, bottom, right, top = img.get_bounds()
    if abs(img.get_matrix().b) > 1e-6 or abs(img.get_matrix().c) > 1e-6:
        return None  # rotated or sheared in place
    return bytes(img.get_data(decode_simple=False)), (left, bottom, right, top)


def _rendered(page: pdfium.PdfPage, w_pt: float, h_pt: float) -> io.BytesIO:
    """The page rendered to JPEG at 200 DPI, or at the resolution that keeps a huge page within the
    rasterizer's pixel bound."""
    bitmap = page.render(scale=effective_dpi(w_pt, h_pt, RENDER_DPI) / 72, fill_color=(255, 255, 255, 255))
    try:
        img = bitmap.to_pil().convert("RGB")
    finally:
        bitmap.close()
    buf = io.BytesIO()
    colour = ImageStat.Stat(img.convert("HSV")).mean[1] > 6  # keep colour only where there is some
    (img if colour else img.convert("L")).save(buf, "JPEG", quality=60)
    buf.seek(0)
    return buf


def write_searchable_pdf(source: Path, pages: Iterable[PageResult], out: Path, password: str | None = None) -> Path:
    """Write `out` from the source PDF's page images and the stored (restored) words."""
    font = _font()
    pdf = open_pdf(source, password)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".part")
    c = canvas.Canvas(str(tmp), pageCompression=1)
    try:
        for page in pages:
            src = pdf[page.page_no - 1]
            w_pt, h_pt = src.get_size()
            scan = source_jpeg(src)
            c.setPageSize((w_pt, h_pt))
            if scan is not None:
                data, (left, bottom, right, top) = scan
                c.drawImage(ImageReader(io.BytesIO(data)), left, bottom, width=right - left, height=top - bottom)
            else:
                c.drawImage(ImageReader(_rendered(src, w_pt, h_pt)), 0, 0, width=w_pt, height=h_pt)
            src.close()
            k = 72 / 300  # word boxes are in 300-DPI pixels
            text = c.beginText()
            text.setTextRenderMode(3)  # invisible: selectable and searchable, not drawn
            for w in page.words:
                height = max(4.0, (w.y1 - w.y0) * k)
                size = height * 0.85
                width = pdfmetrics.stringWidth(w.text, font, size) or 1.0
                text.setFont(font, size)
                text.setHorizScale(100 * max(0.2, (w.x1 - w.x0) * k / width))
                text.setTextOrigin(w.x0 * k, h_pt - w.y1 * k + height * 0.2)
                text.textOut(w.text)
            c.drawText(text)
            c.showPage()
        c.save()
        tmp.replace(out)  # a reader never sees half a file
    finally:
        pdf.close()
        tmp.unlink(missing_ok=True)
    return out
