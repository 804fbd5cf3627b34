"""The fixture generator draws every Vietnamese glyph in every font it uses."""

import pytest
from PIL import ImageFont

from bench import synth

VIETNAMESE = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
VIETNAMESE += VIETNAMESE.lower()


@pytest.mark.parametrize("family", list(synth.FONTS))
def test_font_draws_every_vietnamese_letter(family):
    for style in synth.FONTS[family]:
        font = ImageFont.truetype(str(synth.font_path(style)), 40)
        missing = bytes(font.getmask("\ue000"))  # a private-use code point: the .notdef box
        bad = [c for c in VIETNAMESE if bytes(font.getmask(c)) == missing]
        assert not bad, f"{style} draws boxes for {''.join(bad)}"


def test_gold_follows_layout(passage):
    pages = synth.layout(passage)
    words = " ".join(p.gold for p in pages).split()
    assert words == " ".join(passage).split()
