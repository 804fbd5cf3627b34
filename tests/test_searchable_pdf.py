"""The searchable PDF keeps a scan's own JPEG, and a huge page stays within the rasterizer's bound
(issue 18 item 3, issue 22)."""

import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from bench import synth
from baocao.pipeline.rasterize import MAX_PIXELS
from baocao.pipeline.searchable import write_searchable_pdf
from baocao.schemas.records import LayerVerdict, PageResult, PageSource, Word


def page_result(page_no: int, words: list[tuple[str, float, float, float, float]]) -> PageResult:
    return PageResult(doc_id="d", page_no=page_no, source=PageSource.ocr, source_reason="no text layer",
                      layer_verdict=LayerVerdict.absent, raw_text=" ".join(w[0] for w in words),
                      text=" ".join(w[0] for w in words),
                      words=[Word(doc_id="d", page_no=page_no, word_no=i, raw=t, text=t, x0=a, y0=b, x1=c, y1=d)
                             for i, (t, a, b, c, d) in enumerate(words)])  # fmt: skip


def images(path: Path) -> list[tuple[list[str], bytes, tuple[int, int]]]:
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for page in pdf:
        for obj in page.get_objects():
            if isinstance(obj, pdfium.PdfImage):
                out.append((obj.get_filters(), bytes(obj.get_data(decode_simple=False)), obj.get_px_size()))
    pdf.close()
    return out


def test_a_scanned_jpeg_is_kept_byte_for_byte_with_the_words_searchable(tmp_path, passage):
    src = tmp_path / "scan.pdf"
    synth.scan(passage[:12], src, synth.Layout(), synth.Wear(dpi=200, jpeg=70), seed=2)
    out = write_searchable_pdf(src, [page_result(1, [("Đề", 300, 300, 380, 350), ("án", 400, 300, 470, 350)])],
                               tmp_path / "out.pdf")  # fmt: skip
    (f_in, data_in, _), (f_out, data_out, _) = images(src)[0], images(out)[0]
    assert f_in == f_out == ["DCTDecode"] and data_out == data_in
    pdf = pdfium.PdfDocument(str(out))
    assert "Đề án" in pdf[0].get_textpage().get_text_range()
    pdf.close()


HUGE = """
import resource, sys
from pathlib import Path
from baocao.pipeline.searchable import write_searchable_pdf
from baocao.schemas.records import LayerVerdict, PageResult, PageSource
page = PageResult(doc_id="d", page_no=1, source=PageSource.ocr, source_reason="x", layer_verdict=LayerVerdict.absent)
write_searchable_pdf(Path(sys.argv[1]), [page], Path(sys.argv[2]))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def test_a_huge_image_page_is_written_within_the_pixel_bound(tmp_path):
    """A 200 x 200-inch page holding a PNG-coded scan: rendered at 200 DPI it is 1.6 Gpx (5 GB)."""
    src, out = tmp_path / "huge.pdf", tmp_path / "out.pdf"
    c = canvas.Canvas(str(src), pagesize=(200 * 72, 200 * 72))
    noise = np.random.default_rng(1).integers(0, 255, (600, 600), dtype=np.uint8)
    buf = io.BytesIO()
    Image.fromarray(noise).save(buf, "PNG")
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, width=200 * 72, height=200 * 72)
    c.save()
    run = subprocess.run([sys.executable, "-c", HUGE, str(src), str(out)], capture_output=True, text=True,
                         cwd=Path(__file__).parent.parent)  # fmt: skip
    assert run.returncode == 0, run.stderr
    peak_mb = int(run.stdout.split()[-1]) / 1024
    assert peak_mb < 2000, f"peak {peak_mb:.0f} MB"  # unbounded: 5 GB; bounded: 1.1-1.24 GB measured
    (_, _, (w, h)), = images(out)
    assert w * h <= MAX_PIXELS
