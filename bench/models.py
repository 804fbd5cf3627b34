"""Pilot-model statuses of 608's appendix 4 (seed 001's English-OCR layer, restored) against the
hand-read gold in tests/fixtures/models_608_gold.json.

  .venv/bin/python -m bench.models

The plain alternative beside it: the status word nearest after each "Mô hình N" in the text as
the English OCR left it, without restoration.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import duckdb

from bench import synth
from baocao.diacritics.corpus import SEEDS
from baocao.core.vietnamese import strip_marks
from baocao.pipeline.ingest import ingest
from baocao.schemas.records import Settings

GOLD = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "models_608_gold.json"


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


def main() -> None:
    gold = {int(k): v for k, v in json.loads(GOLD.read_text("utf-8"))["statuses"].items()}
    raw = (SEEDS / "001_ac1b277cbf69dfe4.txt").read_text("utf-8")
    appendix = raw[raw.find("PHU LUC 4") :]
    with tempfile.TemporaryDirectory() as d:
        pdf = Path(d) / "608.pdf"
        lines = synth._wrap_lines(raw)
        synth.write_text_pdf([lines[i : i + 52] for i in range(0, len(lines), 52)], pdf)
        db = Path(d) / "m.duckdb"
        ingest([pdf], db, Settings(learn=False))
        con = duckdb.connect(str(db), read_only=True)
        found = dict(con.execute("SELECT model_no, status FROM model_statuses").fetchall())
        con.close()
    right = sum(found.get(n) == s for n, s in gold.items())
    base = naive(appendix)
    right_base = sum(base.get(n) == s for n, s in gold.items())
    print(f"608 appendix 4, {len(gold)} hand-read statuses: baocao {right}/{len(gold)} = {right / len(gold):.0%} "
          f"right ({len(found)} models found in all); naive nearest status word {right_base}/{len(gold)} = "
          f"{right_base / len(gold):.0%}")  # fmt: skip
    wrong = {n: (s, found.get(n)) for n, s in gold.items() if found.get(n) != s}
    print("  wrong or missing (gold, found):", wrong)


if __name__ == "__main__":
    main()
