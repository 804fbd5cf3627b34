"""Pre-Unicode Vietnamese encodings: TCVN3 (.VnTime), VNI, VISCII, VPS and Windows-1258.

An old PDF typed in such a font has a text layer that holds the font's bytes, read back as the
Windows (cp1252) characters of those bytes: TCVN3 "B¸o c¸o", VNI "Baùo caùo". Nothing is lost: a
table lookup gives the text back, where diacritic restoration would guess. The tables below are the
published ones (TCVN 5712:1993 VN3, VNI Windows, VISCII as in RFC 1456, VPS, Microsoft's cp1258),
checked in tests/test_legacy.py against glibc's iconv and GNU recode.

TCVN3 has no toned capitals: "H" fonts (.VnTimeH) draw the lowercase codes as capitals, so the case
of such a run comes from its font (`upper=True`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from baocao.core.vietnamese import VI_LETTERS, WORD_RE, is_syllable

ENCODINGS = ("tcvn3", "vni", "viscii", "vps", "cp1258")
LABELS = {"tcvn3": "TCVN3", "vni": "VNI", "viscii": "VISCII", "vps": "VPS", "cp1258": "Windows-1258"}


def _pairs(spec: str) -> dict[int, str]:
    """'B5à B6ả' -> {0xB5: 'à', 0xB6: 'ả'}: a table as its standard prints it, code then letter."""
    return {int(item[:2], 16): item[2:] for item in spec.split()}


# TCVN 5712:1993 VN3, the code of the ABC fonts (.VnTime): VN1's letters above 0xA0. The C0/C1
# positions of VN1's capitals are left to Windows (en dash, curly quotes are common in reports), and
# 0xB0-0xB4 (VN1's combining marks) to Latin-1: VN3 fonts precompose every letter.
_TCVN3 = _pairs(
    "A1Ă A2Â A3Ê A4Ô A5Ơ A6Ư A7Đ A8ă A9â AAê ABô ACơ ADư AEđ AFẰ "
    "B5à B6ả B7ã B8á B9ạ BAẲ BBằ BCẳ BDẵ BEắ BFẴ C0Ắ C1Ầ C2Ẩ C3Ẫ C4Ấ C5Ề C6ặ C7ầ C8ẩ C9ẫ CAấ CBậ "
    "CCè CDỂ CEẻ CFẽ D0é D1ẹ D2ề D3ể D4ễ D5ế D6ệ D7ì D8ỉ D9Ễ DAẾ DBỒ DCĩ DDí DEị DFò E0Ổ E1ỏ E2õ E3ó "
    "E4ọ E5ồ E6ổ E7ỗ E8ố E9ộ EAờ EBở ECỡ EDớ EEợ EFù F0Ỗ F1ủ F2ũ F3ú F4ụ F5ừ F6ử F7ữ F8ứ F9ự FAỳ FBỷ "
    "FCỹ FDý FEỵ FFỐ"
)

# VISCII (RFC 1456): every letter its own byte, six capitals in C0 control positions.
_VISCII = _pairs(
    "02Ẳ 05Ẵ 06Ẫ 14Ỷ 19Ỹ 1EỴ 80Ạ 81Ắ 82Ằ 83Ặ 84Ấ 85Ầ 86Ẩ 87Ậ 88Ẽ 89Ẹ 8AẾ 8BỀ 8CỂ 8DỄ 8EỆ 8FỐ 90Ồ 91Ổ "
    "92Ỗ 93Ộ 94Ợ 95Ớ 96Ờ 97Ở 98Ị 99Ỏ 9AỌ 9BỈ 9CỦ 9DŨ 9EỤ 9FỲ A0Õ A1ắ A2ằ A3ặ A4ấ A5ầ A6ẩ A7ậ A8ẽ A9ẹ "
    "AAế ABề ACể ADễ AEệ AFố B0ồ B1ổ B2ỗ B3Ỡ B4Ơ B5ộ B6ờ B7ở B8ị B9Ự BAỨ BBỪ BCỬ BDơ BEớ BFƯ C0À C1Á "
    "C2Â C3Ã C4Ả C5Ă C6ẳ C7ẵ C8È C9É CAÊ CBẺ CCÌ CDÍ CEĨ CFỳ D0Đ D1ứ D2Ò D3Ó D4Ô D5ạ D6ỷ D7ừ D8ử D9Ù "
    "DAÚ DBỹ DCỵ DDÝ DEỡ DFư E0à E1á E2â E3ã E4ả E5ă E6ữ E7ẫ E8è E9é EAê EBẻ ECì EDí EEĩ EFỉ F0đ F1ự "
    "F2ò F3ó F4ô F5õ F6ỏ F7ọ F8ụ F9ù FAú FBũ FCủ FDý FEợ FFỮ"
)

# VPS (Vietnamese Professionals Society): Latin-1's own accented letters kept where they exist. As GNU
# recode has it, VPS has no code for "Ỗ".
_VPS = _pairs(
    "02Ạ 03Ậ 04Ặ 05Ẹ 06Ệ 10Ị 11Ọ 12Ộ 13Ợ 14Ụ 15Ự 19Ỵ 1CẪ 1DỮ 80À 81Ả 82Ã 83Ấ 84Ầ 85Ẩ 86ọ 87ỗ 88Ă 89ế "
    "8Aề 8Bể 8Cệ 8DẮ 8EẰ 8FẲ 90Ế 93Ề 94Ể 95Ễ 96Ố 97Ồ 98Ổ 9Aý 9Bỷ 9Cỵ 9DỚ 9EỜ 9FỞ A1ắ A2ằ A3ẳ A4ẵ A5ặ "
    "A6Ỡ A7ớ A8Ù A9ờ AAở ABỡ ACŨ ADỨ AEợ AFỪ B0ổ B1Ử B2Ỳ B3Ỹ B4Í B5Ì B6ộ B7Ỉ B8Ĩ B9Ó BAử BBữ BCÒ BDỎ "
    "BEÕ BFự C0ầ C3ấ C4ẩ C5ẫ C6ậ C7đ C8ẻ CBẹ CCỉ CDễ CEị CFỹ D0Ư D1Ủ D2ồ D3ố D5ỏ D6ơ D7È D8ừ D9ứ DBũ "
    "DCư DEẺ E4ả E5ạ E6ă EBẽ EFĩ F0Ẵ F1Đ F7Ơ F8ụ FBủ FDỶ FEẼ FFỳ"
)

# VNI Windows: a vowel then a second byte for its mark(s); i, y with a tone, đ, ơ and ư are one byte.
# Lowercase bytes; a capital is the same byte minus 0x20 ("Baùo", "BAÙO").
_VNI_TONE = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {"á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}  # â/ê/ô + tone
_VNI_BREVE = {"é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}  # ă + tone
_VNI_SINGLE = {"í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ", "ô": "ơ", "ö": "ư"}


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _vni_lower() -> dict[str, str]:
    table = dict(_VNI_SINGLE)
    for base in "aeouy":
        for key, tone in _VNI_TONE.items():
            table[base + key] = _nfc(base + tone)
    for base in "aeo":
        table[base + "â"] = _nfc(base + "\u0302")
        for key, tone in _VNI_HAT.items():
            table[base + key] = _nfc(base + "\u0302" + tone)
    table["aê"] = "ă"
    for key, tone in _VNI_BREVE.items():
        table["a" + key] = _nfc("a\u0306" + tone)
    for base, horn in (("ô", "ơ"), ("ö", "ư")):
        for key, tone in _VNI_TONE.items():
            table[base + key] = _nfc(horn + tone)
    return table


def _with_capitals(table: dict[str, str]) -> dict[str, str]:
    """VNI capitals: each byte of the sequence in upper case ('Ñ', 'AÙ'); a pair whose bytes differ
    in case (a word's case changed by an editor) takes the case of its vowel."""
    out = dict(table)
    for key, letter in table.items():
        out[key.upper()] = letter.upper()
        if len(key) == 2:
            out.setdefault(key[0].upper() + key[1], letter.upper())
            out.setdefault(key[0] + key[1].upper(), letter)
    return out


# The characters a PDF's text layer gives for each byte: Windows' (WinAnsiEncoding), or the C1
# control itself where a producer mapped bytes as Latin-1.
_CHARS_OF_BYTE: dict[int, tuple[str, ...]] = {}
for _b in range(256):
    _c = bytes([_b]).decode("cp1252", errors="ignore") or chr(_b)
    _CHARS_OF_BYTE[_b] = (_c, chr(_b)) if _c != chr(_b) else (_c,)


# A symbolic font without a ToUnicode map reads back as the private-use U+F0xx: the byte again.
_PRIVATE_USE = {0xF000 + b: _CHARS_OF_BYTE[b][0] for b in range(0x20, 0x100)}


def _single_byte(table: dict[int, str]) -> dict[str, str]:
    return {c: letter for b, letter in table.items() for c in _CHARS_OF_BYTE[b]}


def _cp1258() -> dict[str, str]:
    out = {}
    for b in range(0x80, 0x100):
        try:
            ch = bytes([b]).decode("cp1258")
        except UnicodeDecodeError:
            continue
        for c in _CHARS_OF_BYTE[b]:
            if c != ch:
                out[c] = ch
    return out


@lru_cache(maxsize=None)
def table(encoding: str) -> dict[str, str]:
    """Legacy characters (one, or a VNI pair) -> Unicode. Characters not in it stand for themselves."""
    if encoding == "tcvn3":
        return _single_byte(_TCVN3)
    if encoding == "vni":
        return _with_capitals(_vni_lower())
    if encoding == "viscii":
        return _single_byte(_VISCII)
    if encoding == "vps":
        return _single_byte(_VPS)
    if encoding == "cp1258":
        return _cp1258()
    raise ValueError(f"unknown encoding {encoding!r}; one of {', '.join(ENCODINGS)}")


def decode_spans(text: str, encoding: str, upper: bool = False) -> list[tuple[str, int, int]]:
    """The Unicode text in pieces, each with the span of legacy characters it came from, so that a
    PDF's character boxes follow the letters (a VNI letter is two characters, a letter with a cp1258
    combining mark two as well)."""
    t = table(encoding)
    text = text.translate(_PRIVATE_USE)
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if len(pair) == 2 and pair in t:
            piece, end = t[pair], i + 2
        else:
            piece, end = t.get(text[i], text[i]), i + 1
        if unicodedata.combining(piece) and out and not out[-1][0].isspace():
            prev, start, _ = out.pop()
            piece, i = _nfc(prev + piece), start
        if upper:
            piece = _upper(piece)
        out.append((piece, i, end))
        i = end
    fixed, k = capitals_fixed("".join(p for p, _, _ in out)), 0
    for j, (piece, start, end) in enumerate(out):  # capitals_fixed keeps every length
        out[j] = (fixed[k : k + len(piece)], start, end)
        k += len(piece)
    return out


def _upper(s: str) -> str:
    u = s.upper()
    return u if len(u) == len(s) else s


@lru_cache(maxsize=None)
def _any_key(encoding: str) -> re.Pattern:
    keys = sorted(table(encoding), key=len, reverse=True)  # a VNI pair before its first character
    return re.compile("|".join(re.escape(k) for k in keys))


def decode(text: str, encoding: str, upper: bool = False) -> str:
    """Legacy text as a PDF gives it -> NFC Unicode. The same reading as `decode_spans`, by one
    regular expression: detection reads every page in every encoding."""
    return capitals_fixed("".join(map(_upper, _lookup(text, encoding))) if upper else _lookup(text, encoding))


def _lookup(text: str, encoding: str) -> str:
    t = table(encoding)
    return _nfc(_any_key(encoding).sub(lambda m: t[m.group()], text.translate(_PRIVATE_USE)))


_CAPS_WORD = re.compile(r"[^\W\d_]*[A-Z][^\W\d_]*[A-Z][^\W\d_]*")  # two ASCII capitals or more


def capitals_fixed(text: str) -> str:
    """'BáO CáO' -> 'BÁO CÁO': a word typed in capitals in a TCVN3 font whose toned letters have no
    capital form keeps its capitals. Only words whose every ASCII letter is a capital (two or more)."""

    def fix(m: re.Match) -> str:
        w = m.group()
        ascii_letters = [c for c in w if c.isascii()]
        if len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters) and not w.isupper():
            return "".join(_upper(c) for c in w)
        return w

    return _CAPS_WORD.sub(fix, text)


@lru_cache(maxsize=None)
def _inverse(encoding: str) -> dict[str, str]:
    """Unicode -> legacy characters: the Windows character of each byte, a VNI pair in one case; a
    character the encoding gives another meaning ('–' is 'Ờ' in VISCII) becomes its ASCII stand-in."""
    inv: dict[str, str] = {}
    for legacy, letter in sorted(table(encoding).items(), key=lambda kv: (len(kv[0]), kv[0])):
        one_case = len(legacy) == 1 or legacy[0].isupper() == legacy[1].isupper()
        if one_case and all(ord(c) < 0x80 or c in _PREFERRED for c in legacy):
            inv.setdefault(letter, legacy)
    for ch in table(encoding):
        if len(ch) == 1 and ch not in inv and not ch.isalpha():
            inv[ch] = _ASCII_STAND_IN.get(ch, "?")
    return inv


_ASCII_STAND_IN = {"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "…": "...", "•": "-"}


_PREFERRED = {cs[0] for cs in _CHARS_OF_BYTE.values()}  # what a PDF viewer gives: the Windows character


_VN3_CAPITALS = set("ĂÂÊÔƠƯĐ")  # VN3's only capitals; VN1's others are not in the fonts


def encode(text: str, encoding: str) -> str:
    """Unicode -> the characters a PDF in that encoding's font gives back (to build test layers and
    to write legacy text files). TCVN3's toned capitals come out as their lowercase code: the run must
    be set in an "H" font to show as capitals."""
    inv = _inverse(encoding)
    out = []
    for ch in _nfc(text):
        if encoding == "tcvn3" and ch.lower() != ch and ch.lower() in inv and ch not in _VN3_CAPITALS:
            out.append(inv[ch.lower()])
        elif ch in inv:
            out.append(inv[ch])
        elif encoding == "cp1258":
            out.append(_cp1258_chars(ch))
        else:
            out.append(ch)
    return "".join(out)


def _cp1258_chars(ch: str) -> str:
    """cp1258 has some letters whole and the rest as a letter plus a combining tone mark."""
    try:
        return from_bytes(ch.encode("cp1258"))
    except UnicodeEncodeError:
        nfd = unicodedata.normalize("NFD", ch)
        head = _nfc("".join(c for c in nfd if c not in _TONE_MARKS))
        tone = "".join(c for c in nfd if c in _TONE_MARKS)
        try:
            return from_bytes((head + tone).encode("cp1258"))
        except UnicodeEncodeError:
            return ch


_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_bytes(legacy: str) -> bytes:
    """The font's bytes behind a legacy text (what an old .txt export holds)."""
    return bytes(_BYTE_OF.get(c, 0x3F) for c in legacy)  # '?' for what the encoding cannot hold


def from_bytes(data: bytes) -> str:
    """Bytes of a legacy text file -> the characters a PDF would give for them (decode() reads them)."""
    return "".join(_CHARS_OF_BYTE[b][0] for b in data)


_BYTE_OF = {c: b for b, cs in _CHARS_OF_BYTE.items() for c in cs}


# Font names: ".VnTime", "VnTimeH,Bold", "ABCDEF+.VnArialH" (TCVN3, H = capitals); "VNI-Times";
# "VPS Times"; "VIScii Times"... Subset prefixes and style suffixes are dropped first.
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_STYLE = re.compile(r"([-,\s]*(Bold|Italic|Oblique|Regular|Normal|BoldItalic|PSMT|MT))+$", re.IGNORECASE)


def font_encoding(font_name: str) -> tuple[str | None, bool]:
    """(encoding, draws lowercase as capitals) from a PDF font's name; (None, False) if it says none."""
    name = _STYLE.sub("", _SUBSET.sub("", font_name.strip()))
    key = name.lower().replace(" ", "").replace("_", "-")
    if key.startswith("vni"):
        return "vni", False
    if re.match(r"^\.?vn[a-z]", key):
        return "tcvn3", name.endswith("H")
    if key.startswith("vps"):
        return "vps", False
    if "viscii" in key:
        return "viscii", False
    return None, False


@dataclass(frozen=True)
class Detection:
    encoding: str | None  # None: the text is best read as it is
    known: float  # share of its words that are Vietnamese syllables, read that way
    raw_known: float  # the same, read as it is


MIN_GAIN = 0.15  # the decoded text must be this much more Vietnamese than the text as it is
MIN_KNOWN = 0.6


def _known(text: str) -> tuple[int, int]:
    """(words that are syllables, words) over whitespace tokens with letters, punctuation trimmed:
    the legacy characters (¸, ¶, ®) are not letters, so they must not split a word."""
    known = total = 0
    for tok in text.split():
        tok = tok.strip(".,;:!?()[]{}\"'“”‘’-–—…/")
        if not tok or any(c.isdigit() for c in tok) or not WORD_RE.search(tok):
            continue
        total += 1
        known += is_syllable(tok)
    return known, total


_UNICODE_ONLY = set("ảạằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏọồốổỗộơờớởỡợủũụưừứửữựỳỷỹỵđ")  # no byte of any font gives these


def is_unicode(text: str) -> bool:
    """Vietnamese letters that only Unicode has: no legacy font's bytes read back as these."""
    letters = [c for c in text.lower() if c.isalpha()]
    own = sum(c in _UNICODE_ONLY for c in letters)
    return own >= 3 or (bool(letters) and own / len(letters) >= 0.01)


@lru_cache(maxsize=1)
def _foreign() -> frozenset[str]:
    """Characters some legacy font's bytes read back as and Vietnamese text never holds ('¸', 'Ö', 'ñ')."""
    chars = {c for enc in ENCODINGS for key in table(enc) for c in key} | {chr(c) for c in _PRIVATE_USE}
    common = {_CHARS_OF_BYTE[b][0] for b in range(0x80, 0xA1)}  # Windows punctuation (“ ” – …), no-break space
    common |= set("¹²³°±·§«»©®×÷¼½¾µªº")  # signs a Unicode report uses too (footnote marks, 30°C)
    return frozenset(c for c in chars - common if not c.isascii() and c.lower() not in VI_LETTERS)


def may_hold_legacy(text: str) -> bool:
    """False when no character of the text is one that only legacy bytes give: a page like that needs
    no look at its fonts (what it misses: a run in an "H" font without one toned letter on a page
    with no other legacy text)."""
    return not _foreign().isdisjoint(text)


DETECT_SAMPLE = 6000  # characters: a page's worth is plenty to tell the encodings apart


def detect(text: str, candidates: tuple[str, ...] = ENCODINGS) -> Detection:
    """Which encoding, if any, turns this text into Vietnamese: the one whose reading has the most
    known syllables, if that is clearly more than the text as it is."""
    text = text[:DETECT_SAMPLE]
    if is_unicode(text):
        return Detection(None, 1.0, 1.0)
    k0, n0 = _known(text)
    raw = k0 / n0 if n0 else 0.0
    best = Detection(None, raw, raw)
    for enc in candidates:
        decoded = _lookup(text, enc)  # case does not matter to the count
        if decoded == text:
            continue
        k, n = _known(decoded)
        share = k / n if n else 0.0
        if share > best.known:
            best = Detection(enc, share, raw)
    if best.encoding and best.known >= MIN_KNOWN and best.known - raw >= MIN_GAIN:
        return best
    return Detection(None, raw, raw)
