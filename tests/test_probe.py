"""Text-layer triage: good, stripped, garbled and absent layers are told apart."""

from baocao.diacritics.corpus import SEEDS
from baocao.core.vietnamese import strip_marks
from baocao.pipeline.probe import judge_layer
from baocao.schemas.records import LayerVerdict


def test_clean_text_is_good(passage):
    assert judge_layer(" ".join(passage)) is LayerVerdict.good


def test_text_without_marks_is_stripped(passage):
    assert judge_layer(strip_marks(" ".join(passage))) is LayerVerdict.stripped


def test_english_ocr_layer_is_garbled():
    text = (SEEDS / "001_ac1b277cbf69dfe4.txt").read_text("utf-8")
    chunks = [text[i : i + 2000] for i in range(0, 40000, 2000)]
    assert all(judge_layer(c) is LayerVerdict.garbled for c in chunks)


def test_short_or_empty_layer_is_absent():
    assert judge_layer("") is LayerVerdict.absent
    assert judge_layer("12/2025  3") is LayerVerdict.absent
