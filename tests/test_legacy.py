"""Pre-Unicode text layers (TCVN3, VNI, VISCII, VPS, cp1258): tables, detection, PDFs, ingest, CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import duckdb
import pypdfium2 as pdfium
import pytest

from bench.legacy import write_legacy_pdf
from baocao.core import legacy
from baocao.diacritics.corpus import held_out, seed_paragraphs
from baocao.pipeline.page import choose_source, process_page
from baocao.pipeline.probe import judge_layer, probe_page
from baocao.pipeline.restore import page_mode
from baocao.schemas.records import LayerVerdict, PageJob, PageSource, Settings

LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
LETTERS = LOWER + LOWER.upper()  # the 134 letters that are not ASCII
FIXTURES = Path(__file__).parent / "fixtures"


def test_the_alphabet_is_complete():
    assert len(set(LETTERS)) == 134
    assert all(unicodedata.normalize("NFC", c) == c for c in LETTERS)


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_every_letter_goes_there_and_back(encoding):
    for ch in LETTERS:
        if encoding == "vps" and ch == "Ỗ":
            continue  # VPS (as GNU recode has it) has no code for it
        upper = encoding == "tcvn3" and ch.isupper()  # TCVN3's toned capitals come from an "H" font
        coded = legacy.encode(ch, encoding)
        assert legacy.decode(coded, encoding, upper=upper) == ch, (encoding, ch, coded)
        assert legacy.decode(legacy.from_bytes(legacy.to_bytes(coded)), encoding, upper=upper) == ch


def test_the_issues_examples():
    assert legacy.decode("B¸o c¸o kÕt qu¶ thùc hiÖn", "tcvn3") == "Báo cáo kết quả thực hiện"
    assert legacy.decode("Baùo caùo keát quaû thöïc hieän", "vni") == "Báo cáo kết quả thực hiện"
    assert legacy.encode("Báo cáo kết quả thực hiện", "tcvn3") == "B¸o c¸o kÕt qu¶ thùc hiÖn"
    assert legacy.encode("Báo cáo kết quả thực hiện", "vni") == "Baùo caùo keát quaû thöïc hieän"
    # .VnTimeH draws the lowercase codes as capitals; a word typed in capitals keeps them
    assert legacy.decode("b¸o c¸o", "tcvn3", upper=True) == "BÁO CÁO"
    assert legacy.decode("B¸O C¸O §Ò ¸n", "tcvn3") == "BÁO CÁO Đề án"
    assert legacy.decode("ÑEÀ AÙN 06 cuûa UÛy ban", "vni") == "ĐỀ ÁN 06 của Ủy ban"
    # a symbolic font without a ToUnicode map gives the bytes as private-use characters U+F0xx
    private = "".join(chr(0xF000 + b) for b in legacy.to_bytes("B¸o c¸o kÕt qu¶"))
    assert legacy.decode(private, "tcvn3") == "Báo cáo kết quả"
    assert legacy.detect(private).encoding == "tcvn3"


def _system_table(cmd: list[str]) -> dict[int, str]:
    out = {}
    for b in range(1, 256):
        r = subprocess.run(cmd, input=bytes([b]), capture_output=True)
        if r.returncode == 0:
            out[b] = r.stdout.decode("utf-8")
    return out


def _ours(encoding: str, b: int) -> str:
    return legacy.decode(legacy.from_bytes(bytes([b])), encoding)


@pytest.mark.parametrize(("encoding", "iconv"), [("viscii", "VISCII"), ("cp1258", "CP1258"), ("tcvn3", "TCVN5712-1")])
def test_tables_agree_with_glibc_iconv(encoding, iconv):
    theirs = _system_table(["iconv", "-f", iconv, "-t", "UTF-8"])
    assert len(theirs) > 200
    checked = 0
    for b, ch in theirs.items():
        if encoding == "tcvn3" and (b < 0xA0 or 0xB0 <= b <= 0xB4):
            continue  # VN1's C0/C1 capitals and combining marks are not in the VN3 fonts (see legacy.py)
        if encoding == "cp1258" and unicodedata.combining(ch):
            assert _ours(encoding, b) == ch  # a lone combining mark, nothing to compose with
        assert _ours(encoding, b) == ch, (encoding, hex(b), ch)
        checked += 1
    assert checked > 90


@pytest.mark.skipif(shutil.which("recode") is None, reason="GNU recode not installed (apt-get install recode)")
def test_vps_agrees_with_gnu_recode():
    theirs = {}
    for b in range(1, 256):
        r = subprocess.run(["recode", "VPS..UTF-8"], input=bytes([b]), capture_output=True)
        if r.returncode == 0 and b != 0x0A:
            theirs[b] = r.stdout.decode("utf-8").removesuffix("\n")
    assert len(theirs) > 200
    for b, ch in theirs.items():
        if ch and ch.isalpha() and not ch.isascii():
            assert _ours("vps", b) == ch, (hex(b), ch)


@pytest.mark.parametrize(
    ("font", "expected"),
    [(".VnTime", ("tcvn3", False)), (".VnTimeH", ("tcvn3", True)), ("ABCDEF+.VnArialH,Bold", ("tcvn3", True)),
     ("VnTimeH-Bold", ("tcvn3", True)), (".VnArial NarrowH", ("tcvn3", True)), ("VnBook-Antiqua", ("tcvn3", False)),
     ("VNI-Times", ("vni", False)), ("QWERTY+VNI-Helve-Bold", ("vni", False)), ("VPS Times", ("vps", False)),
     ("TimesNewRomanPSMT", (None, False)), ("Arial,Bold", (None, False)), ("F1", (None, False)), ("", (None, False))],
)  # fmt: skip
def test_font_names(font, expected):
    assert legacy.font_encoding(font) == expected


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    return held_out()[:12]


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_detected_by_its_characters(encoding, paragraphs):
    for p in paragraphs[:6]:
        coded = legacy.encode(p, encoding)
        found = legacy.detect(coded)
        assert found.encoding == encoding, (p[:60], found)
        assert legacy.decode(coded, encoding).lower() == p.lower() or encoding in ("viscii", "vps")


def test_unicode_stripped_and_english_ocr_text_are_not_legacy(paragraphs):
    from baocao.core.vietnamese import strip_marks

    garbled = [bad for bad, _good in json.loads((FIXTURES / "garbled_001_gold.json").read_text("utf-8"))["dev"]]
    for text in ["\n".join(paragraphs), strip_marks("\n".join(paragraphs)), "\n".join(garbled),
                 "The quick brown fox: 12,5% of 3.384.136 cards (CCCD)"]:  # fmt: skip
        assert legacy.detect(text).encoding is None


HEADING = "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"
BODY = "Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện Đề án 06/CP năm 2025 như sau: Ấn định các chỉ tiêu"


@pytest.fixture(scope="module")
def mixed_pdfs(tmp_path_factory) -> dict[bool, Path]:
    """One page: a .VnTimeH heading, a Unicode line, a .VnTime line, a VNI line; named and renamed fonts."""
    d = tmp_path_factory.mktemp("legacy")
    lines = [("tcvn3", HEADING), (None, "Số: 608/BC-UBND ngày 24/7/2025 về chuyển đổi số"), ("tcvn3", BODY),
             ("vni", "Trung tâm Phục vụ hành chính công đã tiếp nhận 3.384.136 hồ sơ, đạt 99,68%")]  # fmt: skip
    out = {}
    for renamed in (False, True):
        out[renamed] = d / f"mixed{int(renamed)}.pdf"
        write_legacy_pdf([lines], out[renamed], None, renamed=renamed)
    return out


def test_the_built_layer_is_what_an_old_pdf_gives(mixed_pdfs):
    import ctypes

    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument(str(mixed_pdfs[False]))
    tp = pdf[0].get_textpage()
    raw = tp.get_text_range()
    assert "ñy ban nh©n d©n tØnh nghÖ an" in raw  # the H heading: lowercase codes
    assert "b¸o c¸o kÕt qu¶ thùc hiÖn" in raw and "Trung taâm Phuïc vuï" in raw
    i = raw.index("b¸o")
    buf = ctypes.create_string_buffer(64)
    n = pdfium_c.FPDFText_GetFontInfo(tp.raw, i, buf, 64, ctypes.byref(ctypes.c_int()))
    assert buf.raw[: n - 1].decode().endswith(".VnTime")
    assert judge_layer(raw) is LayerVerdict.garbled  # how baocao took such layers before
    tp.close()
    pdf.close()


@pytest.mark.parametrize("renamed", [False, True])
def test_mixed_page_is_transcoded_run_by_run(mixed_pdfs, renamed):
    pdf = pdfium.PdfDocument(str(mixed_pdfs[renamed]))
    p = probe_page(pdf, 1)
    pdf.close()
    lines = p.text.splitlines()
    assert lines[0] == HEADING  # case from the font: by its name, or renamed, by its glyphs' height
    assert lines[1] == "Số: 608/BC-UBND ngày 24/7/2025 về chuyển đổi số"  # the Unicode line untouched
    assert lines[2] == BODY
    assert lines[3] == "Trung tâm Phục vụ hành chính công đã tiếp nhận 3.384.136 hồ sơ, đạt 99,68%"
    assert p.verdict is LayerVerdict.good
    how = "by its characters" if renamed else "fonts .VnTimeH, .VnTime"
    assert p.legacy == f"TCVN3 ({how}); VNI ({'by its characters' if renamed else 'font VNI-Times'})"
    source, reason = choose_source(p)
    assert source is PageSource.text_layer and reason.startswith("text layer in TCVN3") and "transcoded" in reason
    assert [w.text for w in p.words][:6] == HEADING.split()[:6]


def test_a_unicode_run_under_a_legacy_looking_font_name_is_left_alone():
    from baocao.pipeline.probe import transcode_layer

    text = "Báo cáo kết quả thực hiện Đề án 06"
    assert transcode_layer(text, [".VnTime"] * len(text)).text == text
    coded = legacy.encode(text, "tcvn3")
    assert transcode_layer(coded, [".VnTime"] * len(coded)).text == text


def test_word_boxes_cover_their_legacy_characters(mixed_pdfs):
    pdf = pdfium.PdfDocument(str(mixed_pdfs[False]))
    p = probe_page(pdf, 1)
    tp = pdf[0].get_textpage()
    raw = tp.get_text_range()
    words = {w.text: w for w in p.words}
    # VNI 'tâm' is four characters 't a â m': its box runs to the right edge of the 'm'
    m = raw.index("taâm") + 3
    assert words["tâm"].x1 == pytest.approx(tp.get_charbox(m)[2] * 300 / 72)
    assert words["tâm"].x0 == pytest.approx(tp.get_charbox(m - 3)[0] * 300 / 72)
    tp.close()
    pdf.close()


@pytest.fixture(scope="module")
def report_pdfs(tmp_path_factory, paragraphs) -> dict[str, Path]:
    from bench.legacy import paginate

    d = tmp_path_factory.mktemp("reports")
    pages = paginate(seed_paragraphs("002_e408c7ead905c304.txt"))[:3]  # its heading, and results with numbers
    out = {"gold": pages}
    for enc in (None, *legacy.ENCODINGS):
        out[enc] = d / f"{enc}.pdf"
        write_legacy_pdf(pages, out[enc], enc)
    return out


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_report_layers_read_back_word_for_word(report_pdfs, encoding):
    from bench.legacy import words_right

    job = PageJob(doc_id="x", path=report_pdfs[encoding], page_no=1, settings=Settings(learn=False))
    result = process_page(job)
    gold = "\n".join(report_pdfs["gold"][0])
    assert result.source is PageSource.text_layer and result.layer_verdict is LayerVerdict.good
    assert legacy.LABELS[encoding] in result.source_reason
    assert page_mode(result) is None  # never handed to diacritic restoration
    assert words_right(result.text, gold) >= 0.99
    assert [w.text for w in result.words] == result.text.split()


def test_facts_from_a_legacy_layer_equal_the_unicode_ones(report_pdfs):
    from baocao.extractors.document import DocText
    from baocao.extractors.registry import extract

    def read(path):
        pages = [process_page(PageJob(doc_id="x", path=path, page_no=i + 1)) for i in range(len(report_pdfs["gold"]))]
        ex = extract(DocText.from_pages("x", pages))
        facts = sorted((f.page_no, f.value, str(f.unit), str(f.indicator_id), f.quote) for f in ex.facts)
        return ex.meta.model_dump(), facts

    meta, facts = read(report_pdfs[None])
    assert len(facts) >= 10 and meta["so_hieu"] == "552/BC-TCT"
    for enc in ("tcvn3", "vni"):
        assert read(report_pdfs[enc]) == (meta, facts)


def test_ingest_names_the_encoding_and_restores_nothing(report_pdfs, tmp_path):
    from baocao.pipeline.ingest import ingest

    db = tmp_path / "b.duckdb"
    ingest([report_pdfs["tcvn3"]], db, Settings(learn=False, pdf_dir=tmp_path / "pdf"), workers=1)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT source, layer_verdict, source_reason, text FROM pages ORDER BY page_no").fetchall()
    restored = con.execute("SELECT count(*) FROM words WHERE restore_conf IS NOT NULL").fetchone()[0]
    con.close()
    assert rows and all(r[0] == "text_layer" and r[1] == "good" for r in rows)
    assert all(r[2].startswith("text layer in TCVN3 (font") and r[2].endswith(": transcoded to Unicode")
               for r in rows)  # fmt: skip
    assert restored == 0
    assert report_pdfs["gold"][0][0] in rows[0][3]
    # the searchable copy carries the Unicode text where the original holds .VnTime bytes
    copy = pdfium.PdfDocument(str(tmp_path / "pdf" / "tcvn3.pdf"))
    tp = copy[0].get_textpage()
    assert "UBND TỈNH NGHỆ AN" in tp.get_text_range()
    tp.close()
    copy.close()


def _cli(args: list[str], stdin: bytes) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).parent / "baocao"), *args], input=stdin, capture_output=True)


def test_cli_restore_from_legacy_text_files(paragraphs):
    text = paragraphs[0]
    for enc in ("tcvn3", "vni"):
        coded = legacy.to_bytes(legacy.encode(text, enc))  # what a .txt export of the time holds
        for how in (enc, "auto"):
            r = _cli(["restore", "--from", how], coded)
            assert r.returncode == 0, r.stderr
            assert r.stdout.decode("utf-8").lower() == text.lower()
        # not UTF-8 and no --from: a clear message, no traceback
        r = _cli(["restore"], coded)
        assert r.returncode == 2 and b"--from" in r.stderr and b"Traceback" not in r.stderr
    # a PDF's legacy characters pasted as UTF-8 are not handed to the restorer either
    r = _cli(["restore"], legacy.encode(text, "vni").encode("utf-8"))
    assert r.stdout.decode("utf-8") == text
    r = _cli(["restore", "--from", "koi8"], b"x")
    assert r.returncode == 2 and b"--from must be" in r.stderr


@pytest.mark.parametrize("encoding", ["vni", "tcvn3"])
def test_a_legacy_table_is_read_cell_by_cell_in_unicode(tmp_path, encoding):
    from bench import synth
    from bench.legacy import write_legacy_table_pdf

    widths, gold = synth.dossier_table(0, 6)
    path = tmp_path / f"{encoding}.pdf"
    write_legacy_table_pdf(widths, gold, path, encoding)
    result = process_page(PageJob(doc_id="x", path=path, page_no=1))
    assert result.tables, result.source_reason
    table = result.tables[0]
    assert table.title and table.title.upper() == "PHỤ LỤC 02"
    got = {(c.row, c.col): " ".join(c.text.split()) for c in table.cells}
    for c in gold:
        assert got[(c.row, c.col)] == c.text, (c, got[(c.row, c.col)])  # case too: the words carry their font's
