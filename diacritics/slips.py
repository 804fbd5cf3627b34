"""How our own OCR (Tesseract `vie`) misreads marks, confusion by confusion.

One curve for every mark was too blunt: Tesseract reads 'chi' as 'chỉ' or 'tổng' as 'tống' even at
confidence 95, while it hardly ever drops a dot below ('liệu' as 'liêu'). So the rate of each
(printed letter -> read letter) confusion is learned from text we render and read back
(`python -m bench.garble --slips`, diacritics/data/ocr_slips.json). A confusion the data never
showed keeps a small share of the average rate: a reading is then mended only where the context
overwhelms it, and a printed typo or a printed spelling stays as printed.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from baocao.core.vietnamese import strip_marks

SLIPS_PATH = Path(__file__).resolve().parent / "data" / "ocr_slips.json"
PSEUDO = 20.0  # letters' worth of the prior in each printed letter's rates
WORD_PSEUDO = 10.0  # sightings' worth of the letter model in each printed word's rates
UNSEEN_SHARE = 1.0  # of the average slip rate, for a confusion the training reading never made (few data: no evidence it never happens)
MAX_RATE = 0.3


@dataclass
class Slips:
    counts: dict[str, dict[str, int]]  # printed letter -> {read letter: times}, marked letters only
    totals: dict[str, int]  # printed letter -> times seen
    average: float  # share of markable letters read with other marks
    mean_conf: float  # mean word confidence of the training reading: the rates hold there
    words: dict[str, dict[str, int]]  # printed word -> {read word: times}, slips only
    word_totals: dict[str, int]  # printed word -> times read with its bare letters

    def rate(self, printed: str, read: str) -> float:
        """P(read | printed) for two forms of one base letter."""
        prior = self.average * UNSEEN_SHARE
        n = self.counts.get(printed, {}).get(read, 0)
        return min(MAX_RATE, (n + PSEUDO * prior) / (self.totals.get(printed, 0) + PSEUDO))

    def word_rate(self, printed: str, read: str) -> float:
        """P(read | printed) for a word read with the same bare letters: the word's own record where
        the training reading printed it (all four 'chi' were read 'chỉ'), else letter by letter."""
        p = 1.0
        for a, b in zip(printed, read, strict=True):
            if a != b:
                p *= self.rate(a, b)
        n = self.words.get(printed, {}).get(read, 0)
        return min(MAX_RATE, (n + WORD_PSEUDO * p) / (self.word_totals.get(printed, 0) + WORD_PSEUDO))

    def save(self, path: Path = SLIPS_PATH) -> None:
        data = {"counts": self.counts, "totals": self.totals, "average": self.average, "mean_conf": self.mean_conf,
                "words": self.words, "word_totals": self.word_totals}  # fmt: skip
        path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")

    @classmethod
    def load(cls, path: Path = SLIPS_PATH) -> Slips | None:
        if not path.exists():
            return None
        d = json.loads(path.read_text("utf-8"))
        return cls(d["counts"], d["totals"], d["average"], d["mean_conf"], d["words"], d["word_totals"])

    def describe(self) -> str:
        top = sorted(((n, a, b) for a, row in self.counts.items() for b, n in row.items()), reverse=True)[:8]
        common = ", ".join(f"{a}->{b} {n}/{self.totals[a]}" for n, a, b in top)
        words = ", ".join(f"{a}->{b} {n}/{self.word_totals[a]}" for a, row in self.words.items() for b, n in row.items())
        return f"average slip {self.average:.4f} per markable letter; commonest: {common}; words: {words}"


def learn_slips(triples: list[tuple[str, str, float]]) -> Slips:
    """(printed word, read word, OCR confidence) triples; only words read with the same bare letters
    count (a wrong letter is not a mark slip)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    words: dict[str, Counter[str]] = defaultdict(Counter)
    word_totals: Counter[str] = Counter()
    confs = []
    for printed, read, conf in triples:
        p, r = printed.lower(), read.lower()
        if len(p) != len(r) or strip_marks(p) != strip_marks(r):
            continue
        confs.append(conf)
        word_totals[p] += 1
        if p != r:
            words[p][r] += 1
        for a, b in zip(p, r, strict=True):
            if strip_marks(a) in "aeiouyd":
                totals[a] += 1
                if a != b:
                    counts[a][b] += 1
    slipped = sum(sum(c.values()) for c in counts.values())
    average = slipped / max(1, sum(totals.values()))
    mean_conf = sum(confs) / len(confs) if confs else 90.0
    return Slips({a: dict(c) for a, c in counts.items()}, dict(totals), average, mean_conf,
                 {p: dict(c) for p, c in words.items()}, dict(word_totals))  # fmt: skip
