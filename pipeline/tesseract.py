"""The one wrapper around Tesseract: version and language checks, timeouts, typed errors.

Tesseract runs in process through tesserocr, one loaded model per (languages, psm) per worker:
spawning the `tesseract` command per call (pytesseract) reloads the models each time, which made
a table's 37 cells take 5.7 s against 0.33 s in process (`bench/tables.py --engines`). pytesseract
stays as the fallback when tesserocr cannot be imported.

Pages run in parallel processes, one single-threaded Tesseract each. Tesseract's OpenMP threads
made a page 2x slower on this 2-core machine when two pages ran at once, and only
OMP_THREAD_LIMIT caps them (OMP_NUM_THREADS does not), so `pin_threads` sets it before any call.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import shutil
import statistics
import subprocess
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
import pytesseract
from PIL import Image

try:
    import tesserocr
except ImportError:  # pragma: no cover - the wheel is a declared dependency
    tesserocr = None

from baocao.core.vietnamese import FOOTNOTE_MARKS, is_syllable
from baocao.core.errors import MissingDependency, PageTimeout, ToolFailed

log = logging.getLogger("baocao.tesseract")


def _quiet_leptonica() -> None:
    """Leptonica, inside Tesseract, prints lines like 'Error in boxClipToRectangle: box outside
    rectangle' on pages with dark edges; they change nothing in the reading and would interleave
    with the progress bar. Tesseract's own failures still reach us as return values."""
    if tesserocr is None:
        return
    libs = Path(tesserocr.__file__).parent.parent / "tesserocr.libs"
    for lib in sorted(libs.glob("libleptonica*.so*")) or [Path("liblept.so.5")]:
        try:
            ctypes.CDLL(str(lib)).setMsgSeverity(6)  # L_SEVERITY_NONE
        except (OSError, AttributeError):
            continue


_quiet_leptonica()

APT_HINT = "apt-get install -y tesseract-ocr tesseract-ocr-vie tesseract-ocr-script-viet"


def pin_threads() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


@lru_cache(maxsize=1)
def version() -> tuple[int, int]:
    exe = shutil.which("tesseract")
    if not exe:
        raise MissingDependency(f"tesseract is not installed; run: {APT_HINT}")
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30)
    m = re.search(r"tesseract v?(\d+)\.(\d+)", out.stdout + out.stderr)
    if not m:
        raise MissingDependency(f"could not read tesseract's version from {exe}")
    return int(m.group(1)), int(m.group(2))


@lru_cache(maxsize=1)
def _list_langs() -> tuple[str, frozenset[str]]:
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    lines = out.stdout.splitlines()
    m = re.search(r'"([^"]+)"', lines[0]) if lines else None
    return (m.group(1) if m else ""), frozenset(line.strip() for line in lines[1:] if line.strip())


def languages() -> frozenset[str]:
    return _list_langs()[1]


def tessdata_dir() -> str:
    """Where the installed `tesseract` finds its models, so the in-process engine loads the same ones."""
    return os.environ.get("TESSDATA_PREFIX") or _list_langs()[0]


def check(langs: str) -> None:
    """Fail early, with the apt line, when Tesseract or one of its models is missing."""
    major, minor = version()
    if major < 4:
        raise MissingDependency(f"tesseract {major}.{minor} is too old (LSTM models need 4+); {APT_HINT}")
    missing = [lang for lang in langs.split("+") if lang not in languages()]
    if missing:
        raise MissingDependency(f"tesseract has no model for {', '.join(missing)}; run: {APT_HINT}")


@dataclass(frozen=True)
class TessWord:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    block: int
    par: int
    line: int


@lru_cache(maxsize=4)
def _api(langs: str):
    """One loaded model per language set, whatever the layout mode: loading vie+Vietnamese costs
    ~1 CPU-s, and a page asks for psm 3, 6 and 7 (page, cells, lines read again)."""
    return tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=langs)


def read_words(image: Image.Image, langs: str, psm: int, timeout_s: float, dpi: int = 300) -> list[TessWord]:
    """Words with boxes and confidences, in Tesseract's reading order. A range's en dash read long is mended
    here, so that a page, a piece of it read again and a table's cell all get it back."""
    pin_threads()
    read = _read_in_process if tesserocr is not None else _read_by_command
    return _dashes_mended(read(image, langs, psm, timeout_s, dpi))


def _dashes_mended(words: list[TessWord]) -> list[TessWord]:
    """A range's en dash read as an em dash, inside a word ("50—70%") or as a word between two numbers ("1 — 5,5‰")."""
    out = []
    for i, w in enumerate(words):
        text = _DASH_READ_LONG.sub("–", w.text) if "—" in w.text else w.text
        if re.fullmatch("—+", text) and 0 < i < len(words) - 1 and words[i - 1].text[-1:].isdigit() and words[i + 1].text[:1].isdigit():
            text = "–"
        out.append(w if text == w.text else replace(w, text=text))
    return out


def _read_in_process(image: Image.Image, langs: str, psm: int, timeout_s: float, dpi: int) -> list[TessWord]:
    try:
        api = _api(langs)
    except RuntimeError as e:
        raise MissingDependency(f"tesseract could not load {langs} from {tessdata_dir()!r}: {e}; {APT_HINT}") from e
    api.SetPageSegMode(psm)
    api.SetImage(image)
    api.SetSourceResolution(dpi)
    if not api.Recognize(timeout=int(timeout_s * 1000)):
        raise PageTimeout(f"tesseract gave up or took longer than {timeout_s:.0f} s")
    RIL = tesserocr.RIL
    words: list[TessWord] = []
    symbols: list[list[Symbol]] = []  # of each word, to find footnote marks
    block = par = line = 0
    for it in tesserocr.iterate_level(api.GetIterator(), RIL.SYMBOL):
        if it.IsAtBeginningOf(RIL.WORD):
            if it.Empty(RIL.WORD):
                continue
            block += it.IsAtBeginningOf(RIL.BLOCK)
            par = 1 if it.IsAtBeginningOf(RIL.BLOCK) else par + it.IsAtBeginningOf(RIL.PARA)
            line = 1 if it.IsAtBeginningOf(RIL.PARA) else line + it.IsAtBeginningOf(RIL.TEXTLINE)
            text = (it.GetUTF8Text(RIL.WORD) or "").strip()
            x0, y0, x1, y1 = it.BoundingBox(RIL.WORD)
            words.append(TessWord(text, x0, y0, x1 - x0, y1 - y0, float(it.Confidence(RIL.WORD)), block, par, line))
            symbols.append([])
        if symbols and (sym := it.GetUTF8Text(RIL.SYMBOL)):
            symbols[-1].append(Symbol(sym, *it.BoundingBox(RIL.SYMBOL)))
    kept = [(w, s) for w, s in zip(words, symbols, strict=True) if w.text]
    words, symbols = [w for w, _ in kept], [s for _, s in kept]
    return unit_powers(footnote_marks(words, symbols, image, langs), symbols, image, langs)


@dataclass(frozen=True)
class Symbol:
    text: str
    x0: int
    y0: int
    x1: int
    y1: int


_DASH_READ_LONG = re.compile(r"(?<=\d)—+(?=\d)")  # a range's en dash read as an em dash: "50—70%" for "50–70%"
SUPERSCRIPT = str.maketrans("0123456789()", FOOTNOTE_MARKS)  # marks, and '⁽¹⁾' list numbers
_MARK_TEXT = re.compile(r"\(?\d{1,2}\)?")


def footnote_marks(words: list[TessWord], symbols: list[list[Symbol]], image: Image.Image,
                   langs: str) -> list[TessWord]:  # fmt: skip
    """Footnote marks as superscripts: '20⁵/38', 'văn bản¹', '⁵ Các mô hình ...', '⁽¹⁾ Kinh tế'. Tesseract
    reads a small raised digit as an ordinary one ('205/38', which is then a wrong number) or as '°',
    '!' or a quote. A symbol is raised when it sits well above its line's baseline (0.3 of the line's
    median symbol height or more) and is 0.45-0.8 of that height: quotes are as high but smaller
    (0.36-0.41 measured on Tinos pages), letters sit on the baseline and a parenthesis goes below it.
    A run of raised symbols that is not plainly digits is read again on its own, as digits, unless
    Tesseract read a letter there: a small 'c' whose box came out raised was read as '⁶' ('⁶hính')."""
    out = list(words)
    for idx in _lines(words):
        syms = [s for i in idx for s in symbols[i]]
        if len(syms) < 4:
            continue
        base, height = _baseline(syms)

        def raised(s: Symbol) -> bool:
            return (s.text != "%" and (base - s.y1) >= 0.3 * height
                    and 0.45 * height <= s.y1 - s.y0 <= 0.8 * height)  # fmt: skip

        for i in idx:
            ss = symbols[i]
            if not any(raised(s) for s in ss) or "".join(s.text for s in ss) != words[i].text:
                continue
            pieces, k = [], 0
            while k < len(ss):
                if not raised(ss[k]):
                    pieces.append(ss[k].text)
                    k += 1
                    continue
                run = [ss[k]]
                while k + len(run) < len(ss) and raised(ss[k + len(run)]):
                    run.append(ss[k + len(run)])
                text = "".join(s.text for s in run)
                if not _part_of_glyph(run, ss):
                    if not _MARK_TEXT.fullmatch(text) and not any(ch.isalpha() for ch in text):
                        text = _read_mark(image, run, langs) or text  # a letter stays a letter ('c', not '⁶')
                    if _MARK_TEXT.fullmatch(text):
                        text = text.translate(SUPERSCRIPT)
                pieces.append(text)
                k += len(run)
            out[i] = replace(words[i], text="".join(pieces))
    return out


def _lines(words: list[TessWord]) -> list[list[int]]:
    """The indices of each line's words, in reading order."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, w in enumerate(words):
        lines.setdefault((w.block, w.par, w.line), []).append(i)
    return list(lines.values())


def _baseline(syms: list[Symbol]) -> tuple[float, float]:
    """A line's baseline and its symbols' usual height, both medians: a few tall or raised ones do not move them."""
    return statistics.median(s.y1 for s in syms), statistics.median(s.y1 - s.y0 for s in syms)


_UNIT_POWER = re.compile(r"(k?m)(\S{1,2}?)([,.;:)]*)")
_LEADS_TO_UNIT = re.compile(r"\d$|triệu$|nghìn$|ngàn$", re.IGNORECASE)
_POWERS = {"2": "²", "3": "³"}


def unit_powers(words: list[TessWord], symbols: list[list[Symbol]], image: Image.Image, langs: str) -> list[TessWord]:
    """'m²' before a comma came out of Tesseract as 'm3,', 'm2,', 'm}', 'm?' or 'kmˆ²,' (Tinos at 40-54 px; alone
    it reads right): a wrong unit or none. The symbol boxes there are not the glyphs' (the '?' spanned
    the line and the comma), so the ink right of the 'm' is looked at instead: a glyph whose foot is well
    above the baseline is the power, read again as a digit. A plain 'm2' stays as it is."""
    out = list(words)
    for idx in _lines(words):
        line = [s for i in idx for s in symbols[i]]
        for prev, i in zip(idx, idx[1:]):  # (a line's words come one after another)
            unit = _UNIT_POWER.fullmatch(words[i].text)
            if (not unit or unit[2] in "²³" or (unit[2].islower() and is_syllable(unit[1] + unit[2]))
                    or not _LEADS_TO_UNIT.search(words[prev].text)):  # fmt: skip
                continue
            m = next((s for s in reversed(symbols[i]) if s.text == "m"), None)
            if m is None or len(line) < 4:
                continue
            base, height = _baseline(line)
            box = (m.x1 + 1, int(base - 1.5 * height), max(s.x1 for s in symbols[i]), int(base))  # (not the line above's ink)
            if box[2] <= box[0] or box[3] <= box[1]:
                continue  # 'mm' (millimetres of rain): the 'm' looked from ends the word, nothing right of it
            ink = (np.asarray(image.crop(box).convert("L")) < 128).astype(np.uint8)
            n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
            raised = [st for st in stats[1:n] if st[1] + st[3] <= box[3] - box[1] - 0.3 * height and st[4] >= 3]
            if not any(st[3] >= 0.25 * height for st in raised):
                continue  # (a worn '²' comes apart: its pieces are read together)
            x0, y0 = min(st[0] for st in raised), min(st[1] for st in raised)
            x1, y1 = max(st[0] + st[2] for st in raised), max(st[1] + st[3] for st in raised)
            digit = _read_mark(image, [Symbol("", box[0] + x0, box[1] + y0, box[0] + x1, box[1] + y1)], langs)
            if digit in _POWERS:
                out[i] = replace(words[i], text=unit[1] + _POWERS[digit] + unit[3])
    return out


def _part_of_glyph(run: list[Symbol], word: list[Symbol]) -> bool:
    """A raised box that a neighbour's box overlaps is a piece of one glyph split in two ('%' read as
    '°' and ',', the comma's box holding the lower ring), not a mark of its own."""
    others = [s for s in word if s not in run]
    x0, x1 = min(s.x0 for s in run), max(s.x1 for s in run)
    return any(min(x1, s.x1) - max(x0, s.x0) > 2 for s in others)


@lru_cache(maxsize=2)
def _mark_api(langs: str):
    api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=langs, psm=tesserocr.PSM.SINGLE_LINE)
    api.SetVariable("tessedit_char_whitelist", "0123456789()")
    return api


def _read_mark(image: Image.Image, run: list[Symbol], langs: str) -> str | None:
    """A run of small raised symbols read again on its own, as digits; None unless Tesseract is sure."""
    box = (min(s.x0 for s in run) - 1, min(s.y0 for s in run) - 1, max(s.x1 for s in run) + 1, max(s.y1 for s in run) + 1)
    glyphs = image.crop(box).convert("L")  # on white paper: a margin cut from the page brings in neighbours
    m = max(4, glyphs.height // 2)
    crop = Image.new("L", (glyphs.width + 2 * m, glyphs.height + 2 * m), 255)
    crop.paste(glyphs, (m, m))
    api = _mark_api(langs)
    best, best_conf = None, 70  # at its own size and twice it: '5' read at 96 and 86, '(1)' nothing and 91
    for k in (1, 2):
        api.SetImage(crop if k == 1 else crop.resize((crop.width * k, crop.height * k), Image.Resampling.LANCZOS))
        text, conf = (api.GetUTF8Text() or "").strip(), api.MeanTextConf()
        if _MARK_TEXT.fullmatch(text) and conf >= best_conf:
            best, best_conf = text, conf
    return best


DIGITS = "0123456789.,"


def read_digits(image: Image.Image, langs: str, timeout_s: float, dpi: int = 300) -> list[TessWord]:
    """A cell's words read as one line of digits and separators only, its whitelist set for this read
    alone: in a column of numbers, a '11' whose ruling left a dotted line above it is read as the
    word 'lãi' when letters are allowed. By the English model where it is installed (Debian's
    tesseract-ocr depends on it): digits are the same in every Latin script, and the Vietnamese
    models, whitelisted, read nothing at all of some clean '11's (the English one: '11' at 83)."""
    if tesserocr is None:
        return []
    pin_threads()
    langs = "eng" if "eng" in languages() else langs
    api = _api(langs)
    api.SetVariable("tessedit_char_whitelist", DIGITS)
    try:
        return _read_in_process(image, langs, 7, timeout_s, dpi)
    finally:
        api.SetVariable("tessedit_char_whitelist", "")


def _read_by_command(image: Image.Image, langs: str, psm: int, timeout_s: float, dpi: int) -> list[TessWord]:
    config = f"--psm {psm} --dpi {dpi} -c preserve_interword_spaces=0"
    log.debug("tesseract -l %s %s", langs, config)
    try:
        data = pytesseract.image_to_data(
            image, lang=langs, config=config, timeout=timeout_s, output_type=pytesseract.Output.DICT
        )
    except RuntimeError as e:  # pytesseract signals its own timeout this way
        if "timeout" in str(e).lower():
            raise PageTimeout(f"tesseract took longer than {timeout_s:.0f} s") from e
        raise ToolFailed("tesseract", None, str(e)[-300:]) from e
    except pytesseract.TesseractError as e:
        raise ToolFailed("tesseract", e.status, str(e.message)[-300:]) from e
    except pytesseract.TesseractNotFoundError as e:
        raise MissingDependency(f"tesseract is not installed; run: {APT_HINT}") from e
    words = []
    for i, text in enumerate(data["text"]):
        if data["level"][i] != 5 or not text.strip():
            continue
        words.append(
            TessWord(
                text=text.strip(),
                left=data["left"][i],
                top=data["top"][i],
                width=data["width"][i],
                height=data["height"][i],
                conf=float(data["conf"][i]),
                block=data["block_num"][i],
                par=data["par_num"][i],
                line=data["line_num"][i],
            )
        )
    return words


def orientation(image: Image.Image, timeout_s: float) -> int:
    """Degrees the page is rotated (0, 90, 180, 270) by Tesseract's OSD; 0 when it cannot tell."""
    pin_threads()
    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0", timeout=timeout_s)
    except (RuntimeError, pytesseract.TesseractError):
        return 0  # too little text to tell: treat as upright
    m = re.search(r"Rotate:\s*(\d+)", osd)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", osd)
    return int(m.group(1)) if m and conf and float(conf.group(1)) >= 2.0 else 0
