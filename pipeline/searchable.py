"""Document stage: a searchable PDF, as OCRmyPDF makes, but carrying the restored Vietnamese text.

Each page keeps its original look (rendered from the source PDF, JPEG at 200 DPI to keep files
small) and gets an invisible text layer (render mode 3) with every word at its box, so selecting or
searching the PDF finds "Đề án" even where the scan's own text layer said "Dé 4n".
Pages read from a good text layer are copied as they are rendered, with their words again.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from PIL import ImageStat
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from baocao.pipeline.probe import open_pdf
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
            bitmap = src.render(scale=RENDER_DPI / 72, fill_color=(255, 255, 255, 255))
            buf = io.BytesIO()
            img = bitmap.to_pil().convert("RGB")
            colour = ImageStat.Stat(img.convert("HSV")).mean[1] > 6  # keep colour only where there is some
            (img if colour else img.convert("L")).save(buf, "JPEG", quality=60)
            src.close()
            buf.seek(0)
            c.setPageSize((w_pt, h_pt))
            c.drawImage(ImageReader(buf), 0, 0, width=w_pt, height=h_pt)
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
