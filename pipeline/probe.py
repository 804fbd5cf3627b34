"""Probe a PDF: can it be opened, how many pages, and what is each page's text layer worth.

A page's layer is `good` (keep it), `stripped` (Vietnamese words without marks: restore them),
`garbled` (an English-only OCR's reading of Vietnamese: "Két qua trién khai Dé 4n") or `absent`.
Whether the page is a scan (an image covering most of it) decides what a bad layer means: a garbled
layer over a scan is thrown away and the image re-OCR'd; marks missing from vector text are missing
from the page itself, so the layer is kept and restored.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from baocao.core.legacy import LABELS, decode_spans, detect, font_encoding, is_unicode, may_hold_legacy
from baocao.pipeline.layer import judge_layer  # noqa: F401 - callers import it from here too
from baocao.core.errors import BadInput
from baocao.schemas.verdict import LayerVerdict

POINTS_TO_300DPI = 300 / 72

@dataclass(frozen=True)
class LayerWord:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    line: int


@dataclass(frozen=True)
class PageProbe:
    page_no: int
    width_pt: float
    height_pt: float
    is_scan: bool
    verdict: LayerVerdict
    words: tuple[LayerWord, ...]
    text: str
    n_paths: int = 0  # vector paths: ruled tables draw many
    legacy: str = ""  # the pre-Unicode encoding the layer was transcoded from, and how it was known
    encodings: tuple[str, ...] = ()  # those encodings, by name (baocao.core.legacy.ENCODINGS)


def open_pdf(path: Path, password: str | None = None) -> pdfium.PdfDocument:
    """Open or raise BadInput with a message a person can act on."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise BadInput(f"cannot read {path}: {e.strerror}") from e
    if size == 0:
        raise BadInput("empty file (0 bytes)")
    with open(path, "rb") as f:
        head = f.read(1024)
    if b"%PDF" not in head:
        raise BadInput("not a PDF (no %PDF header)")
    try:
        source = str(path)
        source.encode("utf-8")
    except UnicodeEncodeError:  # a file name that is not UTF-8: hand pdfium an open file instead
        source = open(path, "rb")  # noqa: SIM115 - closed with the document (autoclose)
    try:
        pdf = pdfium.PdfDocument(source, password=password, autoclose=True)
    except pdfium.PdfiumError as e:
        msg = str(e)
        # PDFium's last error is per process and can be stale, so a password complaint is believed
        # only when the file has an /Encrypt entry
        if "password" in msg.lower() and _has_encrypt(path):
            raise BadInput("wrong password for this PDF (--password)" if password else
                           "PDF is password-protected; pass --password") from e
        if _empty_page_tree(path):  # PDFium will not open an empty page tree, and says so with a stale error
            raise BadInput("PDF has no pages") from e
        if "password" in msg.lower() or "Success" in msg:
            raise BadInput("PDF could not be loaded: corrupt or truncated") from e
        raise BadInput(f"corrupt or truncated PDF ({msg})") from e
    if len(pdf) == 0:
        pdf.close()
        raise BadInput("PDF has no pages")
    return pdf


def _empty_page_tree(path: Path) -> bool:
    """Whether a second reader (playa, pure Python, which camelot already brings) finds the catalog's
    page tree whole and empty. Asked only when PDFium refused a file: PDFium's last error is per
    process, so after a truncated file a PDF with no pages was reported as 'Data format error'. A
    truncated file, whose catalog is lost, is not taken for an empty one."""
    import logging

    import playa
    from playa.pdftypes import resolve1

    logging.getLogger("playa").setLevel(logging.ERROR)  # its notes on a file we reject anyway are noise
    try:
        with playa.open(path) as doc:
            tree = resolve1(doc.catalog.get("Pages"))
            return isinstance(tree, dict) and resolve1(tree.get("Count")) == 0 and not resolve1(tree.get("Kids"))
    except Exception:  # noqa: BLE001 - any failure here leaves PDFium's word standing
        return False


def _has_encrypt(path: Path, window: int = 65536) -> bool:
    with open(path, "rb") as f:
        head = f.read(window)
        f.seek(max(0, path.stat().st_size - window))
        tail = f.read()
    return b"/Encrypt" in head or b"/Encrypt" in tail


def _font_names(textpage: pdfium.PdfTextPage, n: int) -> list[str]:
    """The font of each character (pdfium's FPDFText_GetFontInfo); '' for characters pdfium made up
    (spaces and line ends between text objects)."""
    size = 256
    buf = ctypes.create_string_buffer(size)
    flags = ctypes.byref(ctypes.c_int())
    get, handle = pdfium_c.FPDFText_GetFontInfo, textpage.raw
    names: list[str] = []
    seen: dict[bytes, str] = {}
    for i in range(n):
        k = get(handle, i, buf, size, flags)
        if k > size:
            size = k
            buf = ctypes.create_string_buffer(size)
            k = get(handle, i, buf, size, flags)
        if not k:
            names.append("")
            continue
        name = buf.value
        names.append(seen.get(name) or seen.setdefault(name, name.decode("utf-8", errors="replace")))
    return names


@dataclass(frozen=True)
class Transcoded:
    text: str
    spans: list[tuple[int, int]]  # for each character of `text`, the layer's characters it came from
    legacy: str  # e.g. "TCVN3 (fonts .VnTime, .VnTimeH)"; "" when nothing was transcoded
    encodings: tuple[str, ...] = ()


X_HEIGHT_LETTERS = set("acemnorsuvwxz")  # no ascender, descender or mark: as tall as the font's x-height
DRAWN_AS_CAPITALS = 0.58  # their height over the font size: ~0.45 in a normal font, ~0.66 as capitals


def draws_capitals(textpage: pdfium.PdfTextPage, text: str, fonts: list[str], font: str) -> bool:
    """Whether a font draws its lowercase letters as tall as capitals: a TCVN3 "H" font whose name
    was lost to renaming or subsetting, told by the boxes of its glyphs."""
    ratios = []
    for i, (ch, f) in enumerate(zip(text, fonts, strict=False)):
        if f == font and ch in X_HEIGHT_LETTERS:
            size = pdfium_c.FPDFText_GetFontSize(textpage.raw, i)
            if size > 0:
                _left, bottom, _right, top = textpage.get_charbox(i)
                ratios.append((top - bottom) / size)
    return len(ratios) >= 3 and sorted(ratios)[len(ratios) // 2] >= DRAWN_AS_CAPITALS


def transcode_layer(text: str, fonts: list[str], capitals: Callable[[str], bool] = lambda font: False) -> Transcoded:
    """Read each font run in its own encoding: the font's name says it (.VnTime, VNI-Times), or,
    for fonts renamed or subset into anonymity, the characters of all of that font's runs on the
    page do. A run in a TCVN3 "H" font (by name, or by the height of its glyphs) is in capitals.
    Unicode runs pass through."""
    runs: list[tuple[str, int, int]] = []
    for i, f in enumerate(fonts):
        f = f or (runs[-1][0] if runs else "")
        if runs and runs[-1][0] == f:
            runs[-1] = (f, runs[-1][1], i + 1)
        else:
            runs.append((f, i, i + 1))
    how: dict[str, tuple[str | None, bool, str]] = {}
    for f in dict.fromkeys(r[0] for r in runs):
        enc, upper = font_encoding(f)
        own = " ".join(text[a:b] for g, a, b in runs if g == f)
        if enc and not is_unicode(own):  # a Unicode font may keep an old name ("VNI-Times Unicode")
            how[f] = (enc, upper, f)
        else:
            found = detect(own).encoding
            how[f] = (found, found == "tcvn3" and capitals(f), "")
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    said: dict[str, list[str]] = {}
    for f, a, b in runs:
        enc, upper, why = how[f]
        if enc is None:
            out.append(text[a:b])
            spans.extend((i, i + 1) for i in range(a, b))
            continue
        if text[a:b].strip():
            said.setdefault(enc, [])
            if why not in said[enc]:
                said[enc].append(why)
        for piece, s0, s1 in decode_spans(text[a:b], enc, upper):
            out.append(piece)
            spans.extend([(a + s0, a + s1)] * len(piece))
    legacy = "; ".join(f"{LABELS[enc]} ({_why(whys)})" for enc, whys in said.items())
    return Transcoded("".join(out), spans, legacy, tuple(said))


def _why(fonts: list[str]) -> str:
    """'fonts .VnTime, .VnTimeH' / 'by its characters' ('' stands for a font known by its characters)."""
    named = [f for f in fonts if f]
    said = [f"font{'s' if len(named) > 1 else ''} {', '.join(named)}"] if named else []
    return ", ".join(said + (["by its characters"] if "" in fonts else []))


def _layer_words(page: pdfium.PdfPage, height_pt: float) -> tuple[list[LayerWord], str, Transcoded]:
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        raw = textpage.get_text_range(0, n) if n else ""
        if may_hold_legacy(raw):
            fonts = _font_names(textpage, len(raw))
            layer = transcode_layer(raw, fonts, lambda font: draws_capitals(textpage, raw, fonts, font))
        else:
            layer = Transcoded(raw, [(i, i + 1) for i in range(len(raw))], "")
        text = layer.text
        words: list[LayerWord] = []
        line = 0
        start = None
        for i in range(len(text) + 1):
            ch = text[i] if i < len(text) else " "
            if ch.isspace():
                if start is not None:
                    boxes = [textpage.get_charbox(j) for a, b in layer.spans[start:i] for j in range(a, b)]
                    x0 = min(b[0] for b in boxes)
                    x1 = max(b[2] for b in boxes)
                    top = max(b[3] for b in boxes)
                    bottom = min(b[1] for b in boxes)
                    words.append(
                        LayerWord(
                            text=text[start:i],
                            x0=x0 * POINTS_TO_300DPI,
                            y0=(height_pt - top) * POINTS_TO_300DPI,
                            x1=x1 * POINTS_TO_300DPI,
                            y1=(height_pt - bottom) * POINTS_TO_300DPI,
                            line=line,
                        )
                    )
                    start = None
                if ch == "\n":
                    line += 1
            elif start is None:
                start = i
        return words, text.replace("\r\n", "\n").replace("\r", "\n"), layer
    finally:
        textpage.close()


def _count_paths(page: pdfium.PdfPage, limit: int = 50) -> int:
    n = 0
    for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        n += 1
        if n >= limit:
            break
    return n


def _is_scan(page: pdfium.PdfPage, width_pt: float, height_pt: float) -> bool:
    covered = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        covered = max(covered, (right - left) * (top - bottom))
    return covered >= 0.5 * width_pt * height_pt


def probe_page(pdf: pdfium.PdfDocument, page_no: int) -> PageProbe:
    page = pdf[page_no - 1]
    try:
        width_pt, height_pt = page.get_size()
        words, text, layer = _layer_words(page, height_pt)
        verdict = judge_layer(text)
        if layer.legacy and verdict is LayerVerdict.garbled:  # read from a table, not guessed: never "restored"
            verdict = LayerVerdict.good
        return PageProbe(
            page_no=page_no,
            width_pt=width_pt,
            height_pt=height_pt,
            is_scan=_is_scan(page, width_pt, height_pt),
            verdict=verdict,
            words=tuple(words),
            text=text,
            n_paths=_count_paths(page),
            legacy=layer.legacy,
            encodings=layer.encodings,
        )
    finally:
        page.close()
