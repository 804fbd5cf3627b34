"""Pilot-model statuses against hand-read gold: every row of 608's appendix 4 (seed 001's
English-OCR layer, 43 rows; tests/fixtures/models_608_gold.json) and the 20 completed models of seed
000's footnote (tests/fixtures/models_000_footnote_gold.json).

  .venv/bin/python -m bench.models [--fresh]

Each seed's text is set as a text-layer PDF and ingested once (cached in bench/out/models/, --fresh
reads it again); the extractors then run over the stored pages. The denominator is every gold row:
a row not stored, or stored without a status, counts as wrong. Beside baocao's figure:
  - before: the previous extractor (models.v1, taken from git at BEFORE) over the same stored pages;
  - naive: the status word nearest after each "Mô hình N" in the text as the English OCR left it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import tempfile
from pathlib import Path

import numpy as np

from bench import synth
from baocao.diacritics.corpus import SEEDS
from baocao.core.vietnamese import strip_marks
from baocao.extractors.document import DocText, PageText
from baocao.extractors.models import find_model_statuses
from baocao.pipeline.ingest import ingest
from baocao.pipeline.store import Store
from baocao.schemas.records import Settings

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "models"
BEFORE = "ed91eaf"  # the last commit with models.v1
GOLD = {"001": ROOT / "tests" / "fixtures" / "models_608_gold.json",
        "000": ROOT / "tests" / "fixtures" / "models_000_footnote_gold.json"}  # fmt: skip


def naive(text: str) -> dict[int, str]:
    out = {}
    folded = strip_marks(text)
    for m in re.finditer(r"hinh\s*(\d{1,2})\b", folded):
        after = folded[m.end() : m.end() + 400]
        hits = [(after.find(w), s) for w, s in (("HOAN THANH", "HOÀN THÀNH"), ("DANG THUC HIEN", "ĐANG THỰC HIỆN"),
                                                 ("Khong dang ky", "KHÔNG ĐĂNG KÝ TRIỂN KHAI")) if w in after]  # fmt: skip
        if hits:
            out.setdefault(int(m.group(1)), min(hits)[1])
    return out


def stored(seed: str, fresh: bool) -> Path:
    """The seed's text ingested as a text-layer PDF, as a user's archive would hold it."""
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / f"{seed}.duckdb"
    if db.exists() and not fresh:
        return db
    db.unlink(missing_ok=True)
    raw = next(SEEDS.glob(f"{seed}_*.txt")).read_text("utf-8")
    with tempfile.TemporaryDirectory() as d:
        pdf = Path(d) / f"{seed}.pdf"
        lines = synth._wrap_lines(raw)
        synth.write_text_pdf([lines[i : i + 52] for i in range(0, len(lines), 52)], pdf)
        ingest([pdf], db, Settings(learn=False), workers=1)
    return db


def appendix_pages(wear: synth.Wear, seed: int, header: str = "Trạng thái") -> list:
    """608's appendix 4 as a ruled table on a scan: its 43 rows (the report's own names and
    statuses, from the gold), 'STT | Mô hình | <header>', 15 rows a page under a repeated title."""
    gold = json.loads(GOLD["001"].read_text("utf-8"))
    shown = {"KHÔNG ĐĂNG KÝ TRIỂN KHAI": "Không đăng ký triển khai"}
    rows = [(n, gold["names"][n], shown.get(s, s)) for n, s in gold["statuses"].items()]
    rng = np.random.default_rng(seed)
    images = []
    for first in range(0, len(rows), 15):
        cells = [synth.GoldCell(0, 0, 1, 1, "STT"), synth.GoldCell(0, 1, 1, 1, "Mô hình"),
                 synth.GoldCell(0, 2, 1, 1, header)]  # fmt: skip
        for i, (n, name, status) in enumerate(rows[first : first + 15]):
            cells += [synth.GoldCell(i + 1, 0, 1, 1, n), synth.GoldCell(i + 1, 1, 1, 1, f"Mô hình {n}: {name}"),
                      synth.GoldCell(i + 1, 2, 1, 1, status)]  # fmt: skip
        page = synth.render_table([12, 110, 45], cells, title="PHỤ LỤC 4: KẾT QUẢ TRIỂN KHAI CÁC MÔ HÌNH ĐIỂM")
        images.append(synth.wear(page, wear, rng))
    return images


def english_ocr_layer(wear: synth.Wear, seed: int) -> DocText:
    """The same table read page by page by `tesseract -l eng`, as the archive's text layers were
    made: garbled, columns read in blocks, no geometry kept."""
    texts = []
    with tempfile.TemporaryDirectory() as d:
        for i, img in enumerate(appendix_pages(wear, seed, "Kết quả triển khai")):
            png = Path(d) / f"{i}.png"
            img.save(png)
            texts.append(subprocess.run(["tesseract", str(png), "-", "-l", "eng"], capture_output=True, text=True,
                                        check=True).stdout)  # fmt: skip
    return DocText("eng", [PageText(i + 1, t, []) for i, t in enumerate(texts)])


def scanned_grid(fresh: bool) -> Path:
    """The table on a worn scan, read by baocao's scan path (OpenCV grid, Tesseract vie cell by cell)."""
    db = OUT / "608_grid.duckdb"
    if db.exists() and not fresh:
        return db
    db.unlink(missing_ok=True)
    images = appendix_pages(synth.WORN, 7)
    with tempfile.TemporaryDirectory() as d:
        pdf = Path(d) / "608_grid.pdf"
        synth.write_scan_pdf(images, pdf, jpeg=80)
        ingest([pdf], db, Settings(learn=False), workers=1)
    return db


def load(db: Path) -> DocText:
    with Store(db) as store:
        doc_id = store.con.execute("SELECT doc_id FROM documents").fetchone()[0]
        tables = [t for t, _source in store.iter_tables(doc_id)]
        pages = [store.load_page(doc_id, n) for n in store.page_numbers(doc_id)]
    doc = DocText.from_pages(doc_id, pages)
    doc.tables = tables
    return doc


def previous_extractor():
    """models.v1 as it was at BEFORE, or None where git cannot give it."""
    try:
        src = subprocess.run(["git", "-C", str(ROOT), "show", f"{BEFORE}:extractors/models.py"], check=True,
                             capture_output=True, text=True).stdout  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return None
    for old, new in (("diacritics.vietnamese", "baocao.core.vietnamese"), ("extractors.facts import REVIEW_BELOW",
                     "baocao.extractors.document import REVIEW_BELOW"), ("extractors.document", "baocao.extractors.document"),
                     ("schemas.records", "baocao.schemas.records")):  # fmt: skip
        src = src.replace(f"from {old}", f"from {new}")  # the layout before the baocao.* namespace
    path = Path(tempfile.mkdtemp()) / "models_v1.py"
    path.write_text(src, "utf-8")
    spec = importlib.util.spec_from_file_location("models_v1", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.find_model_statuses


def score(found: dict[int, str | None], gold: dict[int, str]) -> str:
    right = sum(found.get(n) == s for n, s in gold.items())
    return f"{right}/{len(gold)} = {right / len(gold):.0%}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fresh", action="store_true", help="ingest the seeds again")
    args = ap.parse_args()
    before = previous_extractor()
    for seed, what in (("001", "608/BC-UBND appendix 4, every row"), ("000", "report 10/2025, footnote of completed models")):
        gold = {int(k): v for k, v in json.loads(GOLD[seed].read_text("utf-8"))["statuses"].items()}
        doc = load(stored(seed, args.fresh))
        recs = find_model_statuses(doc)
        after = {r.model_no: r.status.value if r.status else None for r in recs}
        print(f"{what} ({len(gold)} gold rows):")
        print(f"  baocao models.v2  {score(after, gold)} right; {len(recs)} stored, "
              f"{sum(r.status is None for r in recs)} without a status, "
              f"{sum(r.review_status.value == 'needs_review' for r in recs)} sent to review")  # fmt: skip
        auto = [r for r in recs if r.review_status.value == "auto"]
        if auto:
            ok = sum(after[r.model_no] == gold.get(r.model_no) for r in auto)
            print(f"  of the rows not sent to review, right: {ok}/{len(auto)} = {ok / len(auto):.0%}")
        if before:
            old = {r.model_no: r.status.value for r in before(doc)}
            print(f"  before (models.v1) {score(old, gold)} right; {len(old)} stored")
        raw = next(SEEDS.glob(f"{seed}_*.txt")).read_text("utf-8")
        start = raw.find("PHU LUC 4") if seed == "001" else 0
        print(f"  naive nearest status word {score(naive(raw[start:]), gold)} right")
        wrong = {n: (s, after.get(n)) for n, s in gold.items() if after.get(n) != s}
        if wrong:
            print("  wrong or missing (gold, found):", wrong)
    gold = {int(k): v for k, v in json.loads(GOLD["001"].read_text("utf-8"))["statuses"].items()}
    doc = load(scanned_grid(args.fresh))
    recs = find_model_statuses(doc)
    after = {r.model_no: r.status.value if r.status else None for r in recs}
    print(f"608's 43 rows as a ruled table on a worn scan ({len(doc.tables)} grids found):")
    print(f"  baocao models.v2  {score(after, gold)} right; {len(recs)} stored, "
          f"{sum(r.review_status.value == 'needs_review' for r in recs)} sent to review")  # fmt: skip
    if before:
        print(f"  before (models.v1) {score({r.model_no: r.status.value for r in before(doc)}, gold)} right")
    wrong = {n: (s, after.get(n)) for n, s in gold.items() if after.get(n) != s}
    if wrong:
        print("  wrong or missing (gold, found):", wrong)
    for name, wear in (("clean", synth.CLEAN), ("worn", synth.WORN)):
        doc = english_ocr_layer(wear, 1)
        recs = find_model_statuses(doc)
        after = {r.model_no: r.status.value if r.status else None for r in recs}
        wrong = sum(v is not None and v != gold.get(n) for n, v in after.items())
        print(f"the same table, {name} scan, read whole-page by tesseract -l eng (text only, no grid):")
        print(f"  baocao models.v2  {score(after, gold)} right; {sum(v is None for v in after.values())} stored "
              f"without a status, {wrong} with a wrong one")  # fmt: skip
        if before:
            print(f"  before (models.v1) {score({r.model_no: r.status.value for r in before(doc)}, gold)} right")
        print(f"  naive nearest status word {score(naive(chr(10).join(p.text for p in doc.pages)), gold)} right")


if __name__ == "__main__":
    main()
