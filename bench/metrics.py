"""Error rates shared by benchmarks and tests."""

from __future__ import annotations

import unicodedata

from rapidfuzz.distance import Levenshtein


def normalize(text: str) -> str:
    """NFC, and all runs of white space as one space: layout is judged elsewhere."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def cer(hyp: str, gold: str) -> float:
    gold_n = normalize(gold)
    return Levenshtein.distance(normalize(hyp), gold_n) / max(1, len(gold_n))


def wer(hyp: str, gold: str) -> float:
    g = normalize(gold).split()
    return Levenshtein.distance(normalize(hyp).split(), g) / max(1, len(g))
