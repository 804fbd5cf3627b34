"""Rasterize one PDF page for OCR, with a bound on pixels so a giant page cannot exhaust memory.

pypdfium2 renders ~2x faster than pdftoppm for the same page and needs no temporary files.
"""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium

# A4 at 300 DPI is 8.7 Mpx; allow up to A2 at 300 DPI, then lower the resolution for that page.
MAX_PIXELS = 36_000_000


def effective_dpi(width_pt: float, height_pt: float, dpi: int) -> int:
    pixels = width_pt * height_pt * (dpi / 72) ** 2
    if pixels <= MAX_PIXELS:
        return dpi
    return int(dpi * (MAX_PIXELS / pixels) ** 0.5)


def rasterize_page(pdf: pdfium.PdfDocument, page_no: int, dpi: int) -> tuple[np.ndarray, int]:
    """RGB page image (uint8, white paper) and the DPI it was rendered at; colour is kept so that
    clean-up can tell a red seal from black text."""
    page = pdf[page_no - 1]
    try:
        w, h = page.get_size()
        dpi = effective_dpi(w, h, dpi)
        bitmap = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255), rev_byteorder=True)
        try:
            return np.array(bitmap.to_numpy()[:, :, :3], copy=True), dpi
        finally:
            bitmap.close()
    finally:
        page.close()
