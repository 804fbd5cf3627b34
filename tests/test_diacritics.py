"""Diacritic restoration: behaviour on held-out text (never trained on) and the CLI contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from baocao.diacritics.restore import DocumentCache, Restorer
from baocao.diacritics.text import segments
from baocao.core.vietnamese import WORD_RE, old_style_tones, strip_marks

BAOCAO = str(Path(sys.executable).parent / "baocao")


@pytest.fixture(scope="module")
def restorer() -> Restorer:
    return Restorer.default()


def test_restores_held_out_paragraphs(restorer, passage):
    gold = "\n".join(passage)
    out = restorer.restore(strip_marks(gold), "stripped", DocumentCache()).text
    g, o = WORD_RE.findall(gold), WORD_RE.findall(out)
    assert len(g) == len(o)
    assert sum(a == b for a, b in zip(g, o, strict=True)) / len(g) > 0.93  # bench/diacritics.py: 97%


def test_keeps_lines_numbers_codes_punctuation_and_case(restorer):
    text = "UBND TINH NGHE AN\n  Ke hoach so 135/KH-TCT ngay 28/02/2025: dat 93,6% (154.212/164.765)\n\nhttps://x.gov.vn"
    out = restorer.restore(text).text
    assert out.splitlines() == [
        "UBND TỈNH NGHỆ AN",
        "  Kế hoạch số 135/KH-TCT ngày 28/02/2025: đạt 93,6% (154.212/164.765)",
        "",
        "https://x.gov.vn",
    ]


def test_words_that_keep_their_marks_are_trusted(restorer):
    assert restorer.restore("Đề án 06 cua tinh").text == "Đề án 06 của tỉnh"


def test_english_ocr_garble_is_restored(restorer):
    out = restorer.restore("Két qua trién khai Dé 4n 06/CP", "garbled").text
    assert out == "Kết quả triển khai Đề án 06/CP"
    # a letter printed as two ('ữ' as 'ir'): the syllable is still a candidate
    assert restorer.restore("Co so dir liéu quéc gia vé dan cu", "garbled").text == "Cơ sở dữ liệu quốc gia về dân cư"


def test_confidence_marks_the_doubtful(restorer):
    out = restorer.restore("bao cao ket qua thuc hien nhiem vu", "stripped")
    assert [w.text for w in out.words] == "báo cáo kết quả thực hiện nhiệm vụ".split()
    assert all(0 <= w.confidence <= 1 for w in out.words)
    ambiguous = restorer.restore("ban", "stripped").words[0]  # bạn? bản? bán? ban? alone, nobody knows
    assert ambiguous.confidence < 0.9 and ambiguous.alternatives


def test_ocr_mode_mends_misread_marks_where_the_context_is_clear(restorer):
    out = restorer.restore("KẾT QUÁ triển khai Đê án 06/CP. Công tác chuyến đổi số", "ocr").text
    assert out == "KẾT QUẢ triển khai Đề án 06/CP. Công tác chuyển đổi số"
    assert restorer.restore("Ông Tống Văn Minh, Giám đốc Sở", "ocr").text == "Ông Tống Văn Minh, Giám đốc Sở"
    assert restorer.restore("Mức 4", "ocr", None, [(0, 5, 80.0)]).text == "Mức 4"  # a cell: too little context


def test_ocr_mode_trusts_a_sure_reading_more(restorer):
    # a context that prefers 'Tổng' but not overwhelmingly: with the report fixtures in training,
    # 'Tống số hồ sơ tiếp nhận ...' is so unlikely that a reading at 99 is mended too (rightly)
    text = "Tống số là 12.345."
    assert restorer.restore(text, "ocr", None, [(0, 4, 99.0)]).text.startswith("Tống")
    assert restorer.restore(text, "ocr", None, [(0, 4, 20.0)]).text.startswith("Tổng")


def test_segments_put_back_together_exactly():
    text = "(Đề án 06/CP), Sở,ngành; tin/chuyển đổi...dẫn 3.384.136 thẻ\t\n x"
    assert "".join(s.text for s in segments(text)) == text


def test_old_style_tone_placement():
    assert old_style_tones("hoá uỷ khoẻ quý hoàn") == "hóa ủy khỏe quý hoàn"
    assert old_style_tones("luật hoặc thuật huệ hoạ") == "luật hoặc thuật huệ họa"  # a marked vowel keeps its tone


def test_cli_restore_plain_and_json():
    proc = subprocess.run([BAOCAO, "restore"], input="Cong an tinh Ha Tinh\n", capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout == "Công an tỉnh Hà Tĩnh\n"
    proc = subprocess.run([BAOCAO, "restore", "--json"], input="ket qua", capture_output=True, text=True)
    data = json.loads(proc.stdout)
    assert data["text"] == "kết quả" and [w["raw"] for w in data["words"]] == ["ket", "qua"]
    assert all(0 <= w["confidence"] <= 1 for w in data["words"])


def test_cli_restore_rejects_non_utf8():
    proc = subprocess.run([BAOCAO, "restore"], input=b"\xff\xfe bad", capture_output=True)
    assert proc.returncode == 2 and b"not UTF-8" in proc.stderr and b"Traceback" not in proc.stderr


def test_train_on_clean_reports_teaches_new_phrases(tmp_path, model_dir):
    """A phrase the model gets wrong is right after training on a report that uses it."""
    phrase = "Ma Da ngu den Ta Van"  # two invented place names, written only in the training report
    report = tmp_path / "report.txt"
    report.write_text("Đoàn công tác đã làm việc tại xã Mạ Đà, thôn Tà Vân. " * 3 + "Mạ Đà ngự đền Tà Vân.\n")
    learned = ["--model-dir", str(tmp_path / "model")]
    before = subprocess.run([BAOCAO, "restore"], input=phrase, capture_output=True, text=True).stdout
    proc = subprocess.run([BAOCAO, "diacritics", "train", str(report), *learned], capture_output=True, text=True)
    assert proc.returncode == 0 and "learned 1 documents" in proc.stdout, proc.stderr
    after = subprocess.run([BAOCAO, "restore", *learned], input=phrase, capture_output=True, text=True).stdout
    assert before != "Mạ Đà ngự đền Tà Vân" and after == "Mạ Đà ngự đền Tà Vân"
    shipped = subprocess.run([BAOCAO, "restore"], input=phrase, capture_output=True, text=True).stdout
    assert shipped == before  # the shipped model did not change
    again = subprocess.run([BAOCAO, "diacritics", "train", str(report), *learned], capture_output=True, text=True)
    assert "nothing new" in again.stderr + again.stdout


def test_train_refuses_text_without_marks(tmp_path):
    report = tmp_path / "stripped.txt"
    report.write_text("Bao cao ket qua trien khai De an 06 cua UBND tinh Nghe An thang 10 nam 2025. " * 5)
    proc = subprocess.run([BAOCAO, "diacritics", "train", str(report)], capture_output=True, text=True)
    assert proc.returncode == 0 and "stripped" in proc.stderr


def test_cli_restore_runs_without_the_cli_framework():
    """`baocao restore` is a filter in pipes, where start-up is most of its time: it restores without
    importing typer, rich or pydantic, and options it does not know go to the full CLI."""
    from baocao.pipeline.launch import restore_args

    assert restore_args(["restore", "--mode=garbled", "--json"]) == {
        "mode": "garbled", "as_json": True, "source": "utf-8", "model_dir": None}  # fmt: skip
    assert restore_args(["restore", "--from", "vni", "--model-dir", "m"])["model_dir"] == "m"
    assert restore_args(["restore", "--help"]) is None and restore_args(["ingest", "x.pdf"]) is None
    code = ("import sys; sys.argv = ['baocao', 'restore', '--mode', 'auto']; from baocao.pipeline.launch import main; "
            "main(); print('|' + ' '.join(m for m in ('typer', 'rich', 'pydantic') if m in sys.modules))")  # fmt: skip
    proc = subprocess.run([sys.executable, "-c", code], input="Cong an tinh Ha Tinh va cac so, nganh", capture_output=True,
                          text=True, check=True)  # fmt: skip
    restored, loaded = proc.stdout.rsplit("|", 1)
    assert restored.startswith("Công an tỉnh Hà Tĩnh") and loaded.strip() == ""
    proc = subprocess.run([BAOCAO, "restore", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "--mode" in proc.stdout


def test_fixture_text_leaves_out_unseen_and_dev_sets(tmp_path, monkeypatch):
    """Report fixtures teach the LM, but a set still measured as unseen, and the dev set, never do."""
    from baocao.diacritics import corpus

    for name, text in [("analyst_report_01", "Đề án 06 được triển khai."), ("unseen_report_3", "Cấp căn cước."),
                       (f"analyst_{corpus.UNSEEN_SETS[0]}_07", "Bí mật."), (f"analyst_{corpus.DEV_SETS[0]}_02", "Để dành.")]:  # fmt: skip
        (tmp_path / f"{name}.json").write_text(json.dumps({"paragraphs": [text]}, ensure_ascii=False), "utf-8")
    monkeypatch.setattr(corpus, "FIXTURES", tmp_path)
    assert corpus.fixture_paragraphs() == ["Đề án 06 được triển khai.", "Cấp căn cước."]
    assert corpus.dev_paragraphs() == ["Để dành."]
