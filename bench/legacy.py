"""Legacy-encoding benchmark: old PDFs whose text layer holds TCVN3, VNI, VISCII, VPS or cp1258 bytes.

  .venv/bin/python -m bench.legacy [--no-baseline] [--speed]

The layers are built here the way an old word processor left them: the held-out seed text (never
trained on) encoded, drawn with a font whose name and character map are the legacy font's
(".VnTime" draws "¸" as "á", ".VnTimeH" draws lowercase codes as capitals), so pdfium reads back
exactly the bytes and font names of such a PDF. A line per encoding: words right with and without
case, from the font names and (fonts renamed "F1", "F2") from character statistics alone; beside
it the plain alternative, what baocao did before: call the layer garbled and restore its marks by
the language model. Then seeds 002 and 000 whole, in Unicode and in each encoding, through
`process_page` and the extractors: metadata and facts compared. `--speed`: the probe's time per
page with the legacy look and without it.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from bench import synth
from bench.metrics import normalize
from baocao.core.legacy import ENCODINGS, LABELS, encode, table

FONT_NAMES = {  # what the fonts of the time were called; cp1258 fonts had ordinary names
    "tcvn3": (".VnTime", ".VnTimeH"),
    "vni": ("VNI-Times", "VNI-Times"),
    "viscii": ("VISCII-Times", "VISCII-Times"),
    "vps": ("VPS Times", "VPS Times"),
    "cp1258": ("TimesNewRoman1258", "TimesNewRoman1258"),
}
_FONT_DIR = Path(tempfile.gettempdir()) / "baocao-legacy-fonts"


def legacy_font(encoding: str, upper: bool = False, name: str | None = None) -> str:
    """Register (once) a copy of Tinos whose name is the legacy font's and whose character map draws
    each legacy code as its letter (a capital in an "H" font, lowercase ASCII too): the PDF then
    looks right and its text layer holds the legacy characters."""
    from fontTools.ttLib import TTFont as FontFile

    name = name or FONT_NAMES[encoding][upper]
    reg = f"{name}|{encoding}|{upper}"
    if reg in pdfmetrics.getRegisteredFontNames():
        return reg
    _FONT_DIR.mkdir(parents=True, exist_ok=True)
    path = _FONT_DIR / f"{encoding}-{int(upper)}-{''.join(c if c.isalnum() else '_' for c in name)}.ttf"
    if not path.exists():
        font = FontFile(str(synth.font_path(synth.FONTS["Tinos"][0])))
        glyph_of = font.getBestCmap()
        remap = {}
        for legacy, letter in table(encoding).items():
            target = letter.upper() if upper else letter
            if len(legacy) == 1 and len(target) == 1 and ord(target) in glyph_of:
                remap[ord(legacy)] = glyph_of[ord(target)]
        if upper:
            remap.update({ord(c): glyph_of[ord(c.upper())] for c in "abcdefghijklmnopqrstuvwxyz"})
        for sub in font["cmap"].tables:
            if sub.isUnicode():
                sub.cmap.update(remap)
        for name_id in (1, 4, 6):
            font["name"].setName(name, name_id, 3, 1, 0x409)
            font["name"].setName(name, name_id, 1, 0, 0)
        font.save(str(path))
    pdfmetrics.registerFont(TTFont(reg, str(path)))
    return reg


def _needs_h(ch: str) -> bool:
    """A capital TCVN3 has no code for: it is typed as its lowercase code in an "H" font."""
    return ch.isupper() and not ch.isascii() and encode(ch, "tcvn3") == encode(ch.lower(), "tcvn3")


def legacy_runs(line: str, encoding: str) -> list[tuple[str, bool]]:
    """(legacy text, in the capitals font) runs of one line, as a typist of the time set it: a line
    in capitals wholly in .VnTimeH, elsewhere a toned capital alone in .VnTimeH."""
    if encoding != "tcvn3":
        return [(encode(line, encoding), False)]
    if any(c.isalpha() for c in line) and line.upper() == line:
        return [(encode(line.lower(), encoding), True)]
    runs: list[tuple[str, bool]] = []
    for ch in line:
        h = _needs_h(ch)
        piece = encode(ch.lower() if h else ch, encoding)
        if runs and runs[-1][1] == h:
            runs[-1] = (runs[-1][0] + piece, h)
        else:
            runs.append((piece, h))
    return runs


Line = str | tuple[str | None, str]  # a line in the document's encoding, or (encoding or None for Unicode, text)


def write_legacy_pdf(pages: list[list[Line]], path: Path, encoding: str | None, size_pt: float = 12.0,
                     renamed: bool = False) -> None:  # fmt: skip
    """A digital PDF whose lines are drawn in legacy fonts (None: Unicode Tinos). `renamed` gives the
    fonts meaningless names ("F1", "F2"), as PDFs whose fonts were subset and renamed do."""
    unicode_font = synth.register_font("Tinos")
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
    for lines in pages:
        y = A4[1] - 60
        for line in lines:
            enc, text = line if isinstance(line, tuple) else (encoding, line)
            t = c.beginText(72, y)
            if enc is None:
                t.setFont(unicode_font, size_pt)
                t.textOut(text)
            else:
                for run, upper in legacy_runs(text, enc):
                    name = (f"F{ENCODINGS.index(enc)}{int(upper)}" if renamed else None)
                    t.setFont(legacy_font(enc, upper, name), size_pt)
                    t.textOut(run)
            c.drawText(t)
            y -= size_pt * 1.35
        c.showPage()
    c.save()


def legacy_markup(text: str, encoding: str) -> str:
    """`text` in the legacy fonts as reportlab paragraph markup (a table cell, a title)."""
    from xml.sax.saxutils import escape

    return "".join(f'<font face="{legacy_font(encoding, upper)}">{escape(run)}</font>'
                   for run, upper in legacy_runs(text, encoding))  # fmt: skip


def write_legacy_table_pdf(widths_mm: list[float], cells: list[synth.GoldCell], path: Path, encoding: str,
                           title: str = "PHỤ LỤC 02") -> None:  # fmt: skip
    """A ruled table (as synth's) typed in a legacy font. A cell that needs no capitals font is a plain
    string, wrapped by hand: reportlab's paragraphs drop soft hyphens, and 0xAD is TCVN3's 'ư'."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    font, size = legacy_font(encoding), 10
    style = ParagraphStyle("cell", fontName=font, fontSize=size, leading=12)
    n_rows, n_cols = max(c.row + c.row_span for c in cells), max(c.col + c.col_span for c in cells)
    data: list[list] = [["" for _ in range(n_cols)] for _ in range(n_rows)]
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.8, "black"),
                ("FONT", (0, 0), (-1, -1), font, size)]  # fmt: skip
    for c in cells:
        runs = legacy_runs(c.text, encoding)
        plain = all(not upper for _, upper in runs)
        chars = int(sum(widths_mm[c.col : c.col + c.col_span]) / 2.1)  # ~2 mm a character at 10 pt
        data[c.row][c.col] = ("\n".join(synth._wrap_lines("".join(r for r, _ in runs), chars)) if plain
                              else Paragraph(legacy_markup(c.text, encoding), style))  # fmt: skip
        if c.row_span > 1 or c.col_span > 1:
            commands.append(("SPAN", (c.col, c.row), (c.col + c.col_span - 1, c.row + c.row_span - 1)))
    table = Table(data, colWidths=[w * mm for w in widths_mm])
    table.setStyle(TableStyle(commands))
    heading = Paragraph(legacy_markup(title, encoding), ParagraphStyle("t", fontName=font))
    SimpleDocTemplate(str(path), pagesize=A4).build([heading, table])


def paginate(paragraphs: list[str], per_page: int = 46) -> list[list[str]]:
    lines = [ln for p in paragraphs for ln in synth._wrap_lines(p)]
    return [lines[i : i + per_page] for i in range(0, len(lines), per_page)]


def words_right(hyp: str, gold: str, fold: bool = False) -> float:
    """Share of the gold words read exactly (aligned by edit distance), punctuation kept out."""
    from rapidfuzz.distance import Levenshtein

    def words(s: str) -> list[str]:
        s = normalize(s)
        s = s.lower() if fold else s
        return [w for w in (tok.strip(".,;:!?()[]\"'“”‘’-–…") for tok in s.split()) if w]

    g, h = words(gold), words(hyp)
    ops = Levenshtein.editops(h, g)
    wrong = sum(1 for op in ops if op.tag in ("replace", "insert"))
    return 1 - wrong / max(1, len(g))


def read_layer(path: Path) -> tuple[list[str], list[str], list[str]]:
    """Each page's text as baocao reads it now, the layer's own characters, and the reasons."""
    import pypdfium2 as pdfium

    from baocao.pipeline.page import choose_source
    from baocao.pipeline.probe import probe_page

    pdf = pdfium.PdfDocument(str(path))
    try:
        texts, raws, reasons = [], [], []
        for i in range(len(pdf)):
            p = probe_page(pdf, i + 1)
            texts.append(p.text)
            reasons.append(choose_source(p)[1])
            tp = pdf[i].get_textpage()
            raws.append(tp.get_text_range())
            tp.close()
        return texts, raws, reasons
    finally:
        pdf.close()


def old_path(raws: list[str]) -> list[str]:
    """What baocao did before with such a layer: each page judged garbled (or stripped) and its marks
    restored by the language model, one cache for the document."""
    from baocao.diacritics.restore import DocumentCache, Restorer
    from baocao.pipeline.restore import text_mode
    from baocao.schemas.records import PageSource

    r, cache = Restorer.default(), DocumentCache()
    modes = [text_mode(t, PageSource.text_layer) for t in raws]
    for t, m in zip(raws, modes, strict=True):
        if m:
            r.restore(t, m, cache)
    return [r.restore(t, m, cache).text if m else t for t, m in zip(raws, modes, strict=True)]


def gold_608() -> list[str]:
    """Report 608's lines as the team restored them by hand (dev and test): the issue's own example."""
    import json

    gold = json.loads((Path(__file__).resolve().parent.parent / "tests/fixtures/garbled_001_gold.json").read_text())
    return [good for part in ("dev", "test") for _bad, good in gold[part]]


def words_table(out_dir: Path, baseline: bool) -> None:
    from baocao.diacritics.corpus import held_out

    for title, paragraphs in (("held-out seed text (000, 002)", held_out()), ("608, hand-restored lines", gold_608())):
        pages = paginate(paragraphs)
        gold = "\n".join(ln for p in pages for ln in p)
        print(f"\n{title}: {len(pages)} pages, {len(normalize(gold).split())} words")
        print(f"{'encoding':<13} {'fonts':<8} {'words right':>11} {'case folded':>11} {'old path':>9} "
              f"{'old folded':>10}  source_reason (page 1)")  # fmt: skip
        for enc in ENCODINGS:
            for renamed in (False, True):
                if renamed and enc == "cp1258":
                    continue  # its fonts never said their encoding: the first line is already by characters
                path = out_dir / f"{enc}{'-renamed' if renamed else ''}.pdf"
                write_legacy_pdf(pages, path, enc, renamed=renamed)
                texts, raws, reasons = read_layer(path)
                text = "\n".join(texts)
                old = "\n".join(old_path(raws)) if baseline and not renamed else None
                olds = (f"{100 * words_right(old, gold):>8.2f}% {100 * words_right(old, gold, True):>9.2f}%" if old
                        else f"{'':>9} {'':>10}")  # fmt: skip
                print(f"{LABELS[enc]:<13} {'renamed' if renamed else 'named':<8} "
                      f"{100 * words_right(text, gold):>10.2f}% {100 * words_right(text, gold, True):>10.2f}% {olds}  "
                      f"{reasons[0]}")  # fmt: skip


def _facts(path: Path, old: bool = False) -> tuple[dict, list[tuple], float]:
    """Metadata and facts of a PDF as baocao reads it now, or (`old`) from its layer restored the old way."""
    from baocao.extractors.document import DocText, PageText
    from baocao.extractors.registry import extract
    from baocao.pipeline.page import process_page
    from baocao.schemas.records import PageJob, Settings

    import pypdfium2 as pdfium

    n = len(pdfium.PdfDocument(str(path)))
    start = time.perf_counter()
    if old:
        doc = DocText("d", [PageText(i + 1, t, []) for i, t in enumerate(old_path(read_layer(path)[1]))])
    else:
        pages = [process_page(PageJob(doc_id="d", path=path, page_no=i + 1, settings=Settings(ocr_cache=None)))
                 for i in range(n)]  # fmt: skip
        doc = DocText.from_pages("d", pages)
    seconds = time.perf_counter() - start
    ex = extract(doc)
    meta = ex.meta.model_dump()
    facts = sorted(((f.page_no, f.value, f.unit, f.denominator, f.indicator_id, str(f.as_of)) for f in ex.facts), key=repr)
    return meta, facts, seconds


def facts_table(out_dir: Path, baseline: bool) -> None:
    from baocao.diacritics.corpus import seed_paragraphs

    print("\nfacts and metadata, same report in Unicode and in each encoding (process_page + extractors)")
    for seed in ("002_e408c7ead905c304.txt", "000_57d90ad183e6dc10.txt"):
        pages = paginate(seed_paragraphs(seed))
        uni = out_dir / f"unicode-{seed[:3]}.pdf"
        synth.write_text_pdf(pages, uni)
        meta0, facts0, s0 = _facts(uni)
        print(f"seed {seed[:3]}: Unicode layer {len(facts0)} facts, số hiệu {meta0.get('so_hieu')!r}, "
              f"{len(pages)} pages in {s0:.1f} s")  # fmt: skip
        for enc in ENCODINGS:
            path = out_dir / f"{enc}-{seed[:3]}.pdf"
            write_legacy_pdf(pages, path, enc)
            for old in (False, True) if baseline and enc in ("tcvn3", "vni") else (False,):
                meta, facts, s = _facts(path, old)
                same = sum(1 for f in facts if f in facts0)
                diff_meta = sorted(k for k in meta0 if meta0[k] != meta.get(k))
                print(f"  {LABELS[enc] + (', old path' if old else ''):<24} facts {same}/{len(facts0)} equal "
                      f"({len(facts)} found), metadata {'equal' if not diff_meta else 'differs: ' + ', '.join(diff_meta)}"
                      f", {s:.1f} s")  # fmt: skip


def speed_table(out_dir: Path) -> None:
    """Probe time per page with the legacy look (fonts, statistics, transcoding) and without it (the
    page's characters taken as they are, as before), alternating in one run."""
    import pypdfium2 as pdfium

    from baocao.diacritics.corpus import seed_paragraphs
    from baocao.pipeline import probe

    pages = paginate(seed_paragraphs("002_e408c7ead905c304.txt"))
    uni, t3 = out_dir / "speed-unicode.pdf", out_dir / "speed-tcvn3.pdf"
    synth.write_text_pdf(pages, uni)
    write_legacy_pdf(pages, t3, "tcvn3")
    seed001 = Path(__file__).resolve().parent.parent / "data/raw/001_ac1b277cbf69dfe4.pdf"
    looks = probe.may_hold_legacy
    print("\nprobe time per page (noisy on a shared machine), with the legacy look / without it")
    for name, path in (("Unicode digital, seed 002", uni), ("TCVN3 layer, seed 002", t3),
                       ("English-OCR layer, seed 001", seed001)):  # fmt: skip
        if not path.exists():
            continue
        pdf = pdfium.PdfDocument(str(path))
        total = {True: 0.0, False: 0.0}
        for order in ((True, False), (False, True)):
            for on in order:
                probe.may_hold_legacy = looks if on else (lambda _text: False)
                start = time.perf_counter()
                for i in range(len(pdf)):
                    probe.probe_page(pdf, i + 1)
                total[on] += time.perf_counter() - start
        probe.may_hold_legacy = looks
        n = 2 * len(pdf)
        print(f"  {name:<28} {1000 * total[True] / n:6.0f} ms / {1000 * total[False] / n:6.0f} ms")
        pdf.close()


def main(args: list[str]) -> None:
    with tempfile.TemporaryDirectory() as d:
        out = Path(d)
        if "--speed" in args:
            speed_table(out)
            return
        words_table(out, baseline="--no-baseline" not in args)
        facts_table(out, baseline="--no-baseline" not in args)


if __name__ == "__main__":
    main(sys.argv[1:])
