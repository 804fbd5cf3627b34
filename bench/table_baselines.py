"""The plain alternatives for scanned tables, run in their own venv (`.venv-baselines`): img2table
with Tesseract, and OCRmyPDF followed by camelot (lattice finds the lines in the page image, the
text comes from OCRmyPDF's layer). Both pull packages that clash with ours (img2table wants
opencv-contrib), so bench/tables.py calls this script rather than importing them.

  .venv-baselines/bin/python bench/table_baselines.py DIR OUT.json  # DIR/*.png at 300 DPI

Cells are reported by the top-left (row, column) each tool gives them; spans are not compared.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path


def norm(s) -> str:
    return " ".join(str(s or "").split())


def with_img2table(png: Path) -> dict[str, str]:
    from img2table.document import Image
    from img2table.ocr import TesseractOCR

    tables = Image(str(png), detect_rotation=True).extract_tables(ocr=TesseractOCR(lang="vie"), min_confidence=1)  # 50 found no table
    if not tables:
        return {}
    out, seen = {}, set()
    for r, row in tables[0].content.items():
        for c, cell in enumerate(row):
            if id(cell) in seen:  # a merged cell repeats the same object over its span
                continue
            seen.add(id(cell))
            out[f"{r},{c}"] = norm(cell.value)
    return out


def with_ocrmypdf_camelot(png: Path, tmp: Path) -> dict[str, str]:
    import camelot
    import img2pdf

    src, ocred = tmp / f"{png.stem}.pdf", tmp / f"{png.stem}-ocr.pdf"
    src.write_bytes(img2pdf.convert(str(png), layout_fun=img2pdf.get_fixed_dpi_layout_fun((300, 300))))
    subprocess.run([sys.executable, "-m", "ocrmypdf", "-l", "vie", "--deskew", "--output-type", "pdf", "--optimize", "0",
                    "--jobs", "1", "-q", str(src), str(ocred)], check=True)  # fmt: skip
    tables = camelot.read_pdf(str(ocred), flavor="lattice", pages="1")
    if not tables.n:
        return {}
    out = {}
    for r, row in enumerate(tables[0].cells):
        for c, cell in enumerate(row):
            if cell.text.strip():
                out[f"{r},{c}"] = norm(cell.text)
    return out


def main() -> None:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for png in sorted(Path(sys.argv[1]).glob("*.png")):
            results[png.stem] = {}
            for name, fn in (("img2table", lambda p: with_img2table(p)),
                             ("OCRmyPDF+camelot", lambda p: with_ocrmypdf_camelot(p, Path(tmp)))):  # fmt: skip
                try:
                    results[png.stem][name] = fn(png)
                except Exception as e:  # a baseline that fails scores zero, with its reason
                    results[png.stem][name] = {"error": f"{type(e).__name__}: {e}"[:300]}
    Path(sys.argv[2]).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")  # img2table prints


if __name__ == "__main__":
    main()
