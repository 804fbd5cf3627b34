"""Vietnamese letters: marks, tones, tokens. Pure functions shared by the probe and the decoder."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

TONES = {"\u0300": "f", "\u0301": "s", "\u0309": "r", "\u0303": "x", "\u0323": "j"}  # huyền sắc hỏi ngã nặng
QUALITY = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn

VOWELS = set("aăâeêioôơuưy")
_MARKED = set(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
)
VI_LETTERS = set("abcdefghijklmnopqrstuvwxyz") | _MARKED
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
FOOTNOTE_MARKS = SUPERSCRIPT_DIGITS + "⁽⁾"  # and the brackets of '⁽¹⁾' list numbers

# A token: a run of letters (any script) possibly joined by inner apostrophes; everything else passes
# through untouched (numbers, codes, punctuation, spaces).
WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def _strip_slow(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", out.replace("đ", "d").replace("Đ", "D"))


# every precomposed Vietnamese letter to its bare letter: one str.translate instead of a Unicode
# decomposition per call (the decoder strips each word it meets, the model's load its whole vocabulary)
_BARE = str.maketrans({c: _strip_slow(c) for m in _MARKED for c in (m, m.upper())})


def strip_marks(text: str) -> str:
    """Drop every Vietnamese mark: 'Đề án' -> 'De an'."""
    out = text.translate(_BARE)
    return out if out.isascii() else _strip_slow(text)  # other marks, or marks as combining characters


def has_marks(word: str) -> bool:
    return any(c in _MARKED for c in word.lower())


def is_vietnamese_word(word: str) -> bool:
    """Letters only from the Vietnamese alphabet (f, j, w, z allowed: loanwords and codes)."""
    return bool(word) and all(c in VI_LETTERS for c in word.lower())


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Lower-case marked syllables seen in our training text (built by `baocao.diacritics.build`)."""
    try:
        text = resources.files("baocao.diacritics").joinpath("data/syllables.txt").read_text("utf-8")
    except FileNotFoundError:
        return frozenset()
    return frozenset(line.split("\t", 1)[0] for line in text.splitlines() if line)


@lru_cache(maxsize=1)
def bare_syllables() -> frozenset[str]:
    return frozenset(strip_marks(s) for s in syllables())


def is_syllable(word: str) -> bool:
    """Either tone placement counts ('hoà' as 'hòa'): the lexicon holds the one old_style_tones makes."""
    w = unicodedata.normalize("NFC", word.lower())
    return w in syllables() or old_style_tones(w) in syllables()


_NUMBER = re.compile(r"^[(\[]?\d+(?:[.,/:%-]\d*)*[)\].,;:%]?$")


def looks_printed(token: str) -> bool:
    """A syllable, a number or a footnote mark, with the punctuation around it: what a printed page
    sets, as against a scrawl or specks read as letters ('⁄4w#x\\', 'Z1', '“xxx', 'Ầ')."""
    punct = ".,;:!?\"'“”‘’()[]…-–"
    core = token.strip(punct).rstrip(FOOTNOTE_MARKS).strip(punct)
    if not core:
        return bool(token) and all(c in "-–—•+*" for c in token)  # a list's dash or bullet
    return (is_syllable(core) or bool(_NUMBER.match(core)) or all(c in FOOTNOTE_MARKS for c in core))


def apply_case(template: str, word: str) -> str:
    """Give `word` the letter case of `template`, letter by letter (same length)."""
    if template.islower():
        return word.lower()
    if template.isupper() and len(template) > 1:
        return word.upper()
    return "".join(w.upper() if t.isupper() else w.lower() for t, w in zip(template, word, strict=False)) + word[
        len(template) :
    ]


_TONE_MARKS = set(TONES)
# the second vowel must be a plain a/e/y: NFD puts a dot below before a circumflex or breve ("ậ" is
# a + dot + circumflex), and 'luật', 'hoặc', 'huệ' keep their tone where it is
_OLD_STYLE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\u0302\u0306\u031b])(?![^\W\d_])"
)


def old_style_tones(text: str) -> str:
    """Put the tone of open oa/oe/uy syllables on the first vowel, as Vietnamese official documents
    do ('hoá' -> 'hóa', 'uỷ' -> 'ủy', 'khoẻ' -> 'khỏe'; 'quý', 'hoàn', 'luật' and 'hoặc' keep theirs),
    so the lexicon holds one spelling per syllable."""
    decomposed = unicodedata.normalize("NFD", text)
    fixed = _OLD_STYLE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return unicodedata.normalize("NFC", fixed)


_GLUED = re.compile(r"^([^\W\d_]{2,})(\d+(?:[.,]\d+)*)$")
_SPECK = re.compile(r"^(\d+)[.,'`]([^\W\d_]+)$")


def unglue(token: str) -> str:
    """Put back a space that toner spread closed: a marked syllable glued to its number ('Mức4'),
    a number glued by a speck to a lower-case syllable ('01.hồ'). Codes ('H1', 'COVID19') have no marks."""
    if m := _GLUED.match(token):
        if has_marks(m.group(1)) and is_syllable(m.group(1).lower()):
            return f"{m.group(1)} {m.group(2)}"
    elif (m := _SPECK.match(token)) and m.group(2).islower() and is_syllable(m.group(2)):
        return f"{m.group(1)} {m.group(2)}"
    return token
