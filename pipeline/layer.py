"""Judge a page's text layer by its words alone: good, stripped of its marks, garbled by an
English-only OCR, or absent.

Apart from probe.py (which reads PDFs with pdfium) and from the pydantic records, so that `baocao
restore --mode auto` judges its stdin without loading either: start-up time.
"""

from __future__ import annotations

import re

from baocao.core.vietnamese import WORD_RE, bare_syllables, has_marks, is_syllable, is_vietnamese_word, strip_marks
from baocao.schemas.verdict import LayerVerdict

# Thresholds measured on the seeds (see bench/triage.py): clean Vietnamese report text has marks on
# 60-75% of its words and 97%+ known syllables; the same text stripped has ~0% marks and 95%+
# syllables once marks are ignored; seed 001's English-OCR layer has 20-30% of words that are no
# Vietnamese syllable at all, marked or not.
MIN_LETTERS = 40
GOOD_MARKED = 0.30
STRIPPED_MARKED = 0.08
MAX_UNKNOWN = 0.12


def judge_layer(text: str) -> LayerVerdict:
    """Classify a text layer by how Vietnamese its words look."""
    words = [w for w in WORD_RE.findall(text) if not (w.isupper() and len(w) <= 5 and not has_marks(w))]
    letters = sum(len(w) for w in words)
    if letters < MIN_LETTERS:
        return LayerVerdict.absent
    marked = sum(has_marks(w) for w in words) / len(words)
    # digits or symbols glued inside a word ("4n", "D&", "s6") are the English OCR's readings of marks
    glued = len(re.findall(r"(?<=[^\W\d_])[\d§¢&](?=[^\W\d_])|\b[^\W\d_][\d§¢&]\b|\b\d[^\W\d_]\b", text))
    unknown = sum(not (is_vietnamese_word(w) and is_syllable(w)) for w in words) + glued
    unknown /= len(words)
    if marked >= GOOD_MARKED and unknown <= MAX_UNKNOWN:
        return LayerVerdict.good
    if marked < STRIPPED_MARKED:
        bare_unknown = sum(not is_syllable_ignoring_marks(w) for w in words) / len(words)
        if bare_unknown + glued / len(words) <= MAX_UNKNOWN:
            return LayerVerdict.stripped
    return LayerVerdict.garbled


def is_syllable_ignoring_marks(word: str) -> bool:
    return strip_marks(word.lower()) in bare_syllables()
