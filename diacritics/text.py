"""Split text into segments that put back together give the text exactly, and map them to LM tokens.

Kinds: `word` (letters, maybe garbled with digits or symbols: restorable), `num` (numbers and codes
such as 06/CP, 608/BC-UBND, 3.384.136: never touched), `punct`, `space` (white space, and footnote
marks after a word, 'bản¹': the language model sees neither).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from baocao.diacritics.lm import NUM
from baocao.core.vietnamese import FOOTNOTE_MARKS

_CHUNK = re.compile(r"\s+|\S+")
_LEAD = re.compile(r"^[(\[\"“‘'«\-–—*•…]+")
_TRAIL = re.compile(rf"[)\]\"”’'»,.;:!?…*{FOOTNOTE_MARKS}]+$")
_MARK = re.compile(rf"^[{FOOTNOTE_MARKS}]+")
# "Sở,ngành" lost its space; "thông tin/chuyển đổi", "cũ...dẫn": words joined by punctuation
_INNER = re.compile(r"(?<=[^\W\d_])([,;:./…]+)(?=[^\W\d_])")
SENTENCE_END = {".", "!", "?", ";", "…"}
LM_PUNCT = {",", ".", ";", ":", "(", ")", "-", "!", "?"}


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str  # word | num | punct | space


_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


def _core_kind(core: str, garbled: bool) -> str:
    has_letter = _LETTER.search(core) is not None
    has_digit = _DIGIT.search(core) is not None
    if not has_letter:
        return "num" if has_digit else "punct"
    if has_digit:
        # "4n", "s6", "T6" are an English OCR's readings of marked syllables; "06/CP", "2025a" are codes
        short_garble = garbled and len(core) <= 5 and not re.search(r"[/\-.,]|\d{2}", core)
        return "word" if short_garble else "num"
    return "word"


def segments(text: str, garbled: bool = False) -> list[Segment]:
    text = unicodedata.normalize("NFC", text)
    out: list[Segment] = []
    for m in _CHUNK.finditer(text):
        chunk = m.group()
        if chunk.isspace():
            out.append(Segment(chunk, "space"))
            continue
        if chunk.isalpha():  # most chunks: one plain word
            out.append(Segment(chunk, "word"))
            continue
        lead = _LEAD.match(chunk)
        lead_s = lead.group() if lead else ""
        rest = chunk[len(lead_s) :]
        trail = _TRAIL.search(rest)
        trail_s = trail.group() if trail else ""
        core = rest[: len(rest) - len(trail_s)]
        if lead_s:
            out.append(Segment(lead_s, "punct"))
        if core:
            parts = _INNER.split(core) if _core_kind(core, garbled) == "word" else [core]
            for part in parts:
                if part:
                    kind = "punct" if _INNER.fullmatch(part) or not part.strip(",;:./…") else _core_kind(part, garbled)
                    out.append(Segment(part, kind))
        if mark := _MARK.match(trail_s):
            out.append(Segment(mark.group(), "space"))
            trail_s = trail_s[mark.end() :]
        if trail_s:
            out.append(Segment(trail_s, "punct"))
    return out


def lm_token(seg: Segment) -> str | None:
    """The LM's view of a segment; None for space."""
    if seg.kind == "space":
        return None
    if seg.kind == "num":
        return NUM
    if seg.kind == "punct":
        p = seg.text[0]
        return p if p in LM_PUNCT else ("." if p in SENTENCE_END else ",")
    return seg.text.lower()


def case_cue(prev: Segment | None, word: str) -> bool | None:
    """What a word's case says of its form: True for a capital inside a sentence (names: 'Hà Tĩnh',
    'Sở Y tế'), False for lower case there, None where case says nothing (a sentence's or a line's
    first word, a word after a bracket or a dash, a word in capitals). `prev`: the segment before it,
    spaces left out."""
    if prev is None or not (prev.kind in ("word", "num") or prev.text == ","):
        return None
    if word.islower():
        return False
    return True if word[0].isupper() and (len(word) == 1 or word[1:].islower()) else None


def case_counts(text: str, into: dict[str, list[int]]) -> None:
    """Add each word's [capital inside a sentence, either case inside a sentence] counts to `into`."""
    for line in text.splitlines():
        prev = None
        for seg in segments(line):
            if seg.kind == "space":
                continue
            if seg.kind == "word" and (cue := case_cue(prev, seg.text)) is not None:
                row = into.setdefault(seg.text.lower(), [0, 0])
                row[0] += cue
                row[1] += 1
            prev = None if lm_token(seg) in SENTENCE_END else seg


def lm_sentences(text: str) -> list[list[str]]:
    """Training sentences: split at line ends and sentence punctuation."""
    sents: list[list[str]] = []
    for line in text.splitlines():
        cur: list[str] = []
        for seg in segments(line):
            tok = lm_token(seg)
            if tok is None:
                continue
            if tok in SENTENCE_END:
                if cur:
                    sents.append(cur)
                cur = []
            else:
                cur.append(tok)
        if cur:
            sents.append(cur)
    return sents
