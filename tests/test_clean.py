"""Clean-up steps on rendered pages: each does its one job."""

import cv2
import numpy as np
import pytest

from bench import synth
from baocao.pipeline import clean


@pytest.fixture(scope="module")
def page(passage):
    return np.asarray(synth.render(synth.layout(passage)[0]))


@pytest.mark.parametrize("angle", [-2.6, -0.8, 1.2, 3.5])
def test_estimate_skew_finds_the_rotation(page, angle):
    h, w = page.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rotated = cv2.warpAffine(page, m, (w, h), borderValue=255)
    assert clean.estimate_skew(rotated) == pytest.approx(-angle, abs=0.2)


def test_red_stamp_is_removed_black_text_kept(page):
    rgb = np.repeat(page[:, :, None], 3, axis=2).copy()
    cv2.circle(rgb, (1200, 800), 250, (200, 30, 40), 12)
    gray = clean.to_gray_without_stamps(rgb, clean.CleanReport())
    ring = np.zeros(page.shape, bool)
    cv2.circle(ring.view(np.uint8), (1200, 800), 250, 1, 12)
    assert gray[ring & (page > 200)].mean() > 200  # the seal over paper is paper again
    assert gray[page < 50].mean() < 60  # the text is still black


def test_gray_seal_is_removed_black_text_under_it_kept(page):
    sealed = page.copy()
    for radius, thick in ((225, 6), (162, 3)):  # a seal copied in gray: two rings, mid-gray ink over the text
        ring = np.zeros(page.shape, np.uint8)
        cv2.circle(ring, (1300, 1100), radius, 1, thick, cv2.LINE_AA)
        sealed = np.where(ring > 0, np.minimum(sealed, 130), sealed).astype(np.uint8)
    report = clean.CleanReport()
    out = clean.remove_gray_stamps(sealed, report)
    ring = np.zeros(page.shape, np.uint8)
    cv2.circle(ring, (1300, 1100), 225, 1, 6)
    assert report.steps == ["stamp_gray"]
    assert out[(ring > 0) & (page > 200)].mean() > 240  # the seal over paper is paper again
    assert out[page < 50].mean() < 60  # the text, under the seal too, is still black
    plain = clean.CleanReport()
    assert (clean.remove_gray_stamps(page, plain) == page).all() and plain.steps == []  # no seal, no change


def test_borders_and_holes_become_paper(page):
    worn = page.copy()
    worn[:, :40] = 10  # a dark scanner edge
    cv2.circle(worn, (100, 1500), 40, 0, -1)  # a punched hole in the margin
    out = clean.remove_borders(worn, clean.CleanReport())
    assert out[:, :40].min() == 255 and out[1500, 100] == 255
    assert (out[:, 300:] == page[:, 300:]).all()  # the text block is untouched


def test_background_normalization_flattens_uneven_light(page):
    h, w = page.shape
    light = np.linspace(0.55, 1.0, w, dtype=np.float32)[None, :]
    dim = (page.astype(np.float32) * light).astype(np.uint8)
    out = clean.normalize_background(dim, clean.CleanReport())
    paper = page > 250
    assert out[paper].mean() > 245 and np.percentile(out[paper], 5) > 230


def test_codes_broken_at_a_line_end_are_joined():
    from baocao.pipeline.ocr import OcrWord, words_to_text

    ws = [OcrWord("Công", 0, 0, 1, 1, 96, 1, 0), OcrWord("văn", 0, 0, 1, 1, 96, 1, 0),
          OcrWord("11170/UBND-", 0, 0, 1, 1, 96, 1, 0), OcrWord("KSTT", 0, 0, 1, 1, 96, 1, 1),
          OcrWord("ngày", 0, 0, 1, 1, 96, 1, 1), OcrWord("Độc", 0, 0, 1, 1, 96, 1, 2), OcrWord("lập -", 0, 0, 1, 1, 96, 1, 2),
          OcrWord("tự", 0, 0, 1, 1, 96, 1, 3)]  # fmt: skip
    assert words_to_text(ws) == "Công văn 11170/UBND-KSTT ngày\nĐộc lập -\ntự"


@pytest.mark.parametrize("read, meant", [("Mức4", "Mức 4"), ("01.hồ", "01 hồ"), ("tháng7", "tháng 7"),
                                         ("H1", "H1"), ("COVID19", "COVID19"), ("3.384.136", "3.384.136"),
                                         ("1.Mô", "1.Mô"), ("Mức", "Mức")])  # fmt: skip
def test_a_space_closed_by_toner_is_put_back_and_codes_are_left_alone(read, meant):
    from baocao.core.vietnamese import unglue

    assert unglue(read) == meant


@pytest.mark.parametrize("family, w", [("Tinos", synth.CLEAN), ("Arimo", synth.CLEAN), ("DejaVuSerif", synth.CLEAN),
                                       ("DejaVuSerif", synth.Wear(dpi=200, noise=6.0, show_through=0.2, jpeg=75))])  # fmt: skip
def test_the_two_column_heading_comes_out_row_by_row(family, w):
    """Issue 22: a reader takes the heading's two cells row by row ('Số: ...' after the motto)."""
    from baocao.pipeline.clean import clean_page
    from baocao.pipeline.ocr import ocr_page

    body = ["BÁO CÁO", "Kết quả triển khai Đề án 06/CP tháng 7 năm 2023",
            "Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ, Tổ công tác báo cáo như sau:"]
    img = synth.render_heading(synth.HEADING_LEFT, synth.HEADING_RIGHT, body, family)
    page = cv2.resize(np.asarray(synth.wear(img, w, np.random.default_rng(5))), img.size)
    text = ocr_page(clean_page(page)[0], 300, "vie+Vietnamese", 3, 60).text
    heading = text.split("\n\n")[0].splitlines()  # one zone, then the body after a blank line
    assert len(heading) == 6, text
    assert heading[0] == "UBND TỈNH NGHỆ AN" and heading[1] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text
    assert heading[4].startswith("Số: 552") and heading[5].startswith("Nghệ An, ngày 24"), text


def test_heading_read_one_column_after_the_other_comes_out_row_by_row():
    from baocao.pipeline.ocr import HEADING_LEFT, HEADING_RIGHT, OcrWord, heading_columns, words_to_text

    def line(text, x, y, n):  # one word per 120 px, 40 px tall
        return [OcrWord(t, x + 120 * i, y, x + 120 * i + 100, y + 40, 95, 1, n) for i, t in enumerate(text.split())]

    read = (line("UBND TỈNH", 300, 200, 0) + line("Số: 12/BC", 330, 262, 1)  # Tesseract's left column first,
            + line("CỘNG HÒA XÃ HỘI", 1300, 203, 2) + line("Độc lập", 1400, 260, 3)  # then the right, a tad lower
            + line("Kết quả triển khai", 300, 500, 4))  # fmt: skip
    out = heading_columns(read, 2480)
    assert words_to_text(out) == "UBND TỈNH\nCỘNG HÒA XÃ HỘI\nSố: 12/BC\nĐộc lập\n\nKết quả triển khai"
    assert [w.block for w in out if w.text in ("UBND", "Số:", "CỘNG", "Độc")] == [HEADING_LEFT, HEADING_RIGHT] * 2


def test_two_columns_that_are_not_a_heading_are_left_as_read():
    from baocao.pipeline.ocr import OcrWord, heading_columns

    ws = [OcrWord("Mức", 300, 100, 400, 140, 96, 1, 0), OcrWord("4", 1500, 100, 1530, 140, 96, 1, 0),
          OcrWord("Mức", 300, 160, 400, 200, 96, 1, 1), OcrWord("3", 1500, 160, 1530, 200, 96, 1, 1)]  # fmt: skip
    assert heading_columns(ws, 2480) == ws


NOTED = ["Đến hết tháng 9/2024, toàn tỉnh đã hoàn thành 12⁷/30 mô hình của Đề án 06/CP; các mô hình còn lại đang "
         "được các sở, ngành triển khai theo kế hoạch, bảo đảm tiến độ đề ra.",
         "Trong tháng, Công an tỉnh tiếp nhận 8.214 hồ sơ cấp Căn cước, đã trả 7.902 thẻ cho công dân tại các điểm "
         "cấp lưu động ở vùng sâu, vùng xa.",
         "⁷ Gồm các mô hình: cấp phiếu lý lịch tư pháp trên VNeID; thanh toán viện phí không dùng tiền mặt; "
         "giám sát thi cử bằng định danh điện tử."]  # invented: a footnote and its mark in the text


@pytest.mark.parametrize("w", [synth.CLEAN, synth.Wear(dpi=200, skew_deg=1.0, noise=6.0, show_through=0.2, jpeg=75)])
def test_footnotes_are_kept_apart_and_their_marks_stay_marks(w):
    from baocao.pipeline.clean import clean_page
    from baocao.pipeline.ocr import FOOTNOTES, ocr_page

    [page] = synth.layout(NOTED, synth.Layout(family="Tinos"))
    img = np.asarray(synth.wear(synth.render(page), w, np.random.default_rng(3)).resize((2480, 3508)))
    o = ocr_page(clean_page(img)[0], 300, "vie+Vietnamese", 3, 60)
    notes = [x.text for x in o.words if x.block == FOOTNOTES]
    assert " ".join(notes).startswith("⁷ Gồm các mô hình") and notes[-1] == "tử.", o.text
    assert o.text.split("\n\n")[-1].startswith("⁷ Gồm"), o.text  # the body first, the footnote last and apart
    assert "12⁷/30" in o.text  # the mark is not read into the number (127/30)


def test_a_percent_sign_split_into_two_boxes_is_not_a_mark():
    from PIL import Image, ImageDraw

    from baocao.pipeline.tesseract import Symbol, TessWord, footnote_marks

    # as Tesseract boxed '46,7%,' on a 200-DPI Arimo scan: the ring of '%' raised, the comma holding the rest
    boxes = [("4", 1840, 1582, 1867, 1619), ("6", 1871, 1582, 1896, 1620), (",", 1904, 1613, 1909, 1626),
             ("7", 1917, 1582, 1941, 1619), ("%", 1947, 1582, 1963, 1606), (",", 1956, 1582, 2003, 1626)]
    word = TessWord("46,7%,", 1840, 1582, 163, 44, 96.0, 1, 1, 1)
    page = Image.new("L", (2481, 3508), 255)
    ImageDraw.Draw(page).ellipse((1948, 1584, 1962, 1604), outline=0, width=3)  # the ring read alone is '0'
    [out] = footnote_marks([word], [[Symbol(*b) for b in boxes]], page, "vie")
    assert out.text == "46,7%,"


def test_small_lines_at_the_foot_without_a_mark_or_rule_stay_in_the_body():
    from baocao.pipeline.ocr import OcrWord, footnotes

    body = [OcrWord("Kết", 300, 100 + 70 * i, 380, 140 + 70 * i, 96, 1, i) for i in range(6)]
    tail = [OcrWord("Nơi", 300, 600 + 50 * i, 360, 630 + 50 * i, 96, 2, 6 + i) for i in range(3)]  # "Nơi nhận:" block
    assert footnotes(body + tail, np.full((3508, 2480), 255, np.uint8)) == body + tail


def test_specks_read_as_letters_are_dropped_small_punctuation_kept():
    from baocao.pipeline.ocr import OcrWord, drop_specks

    words = [OcrWord("Kết", 300, 100, 380, 140, 96, 1, 0), OcrWord("quả", 390, 100, 470, 140, 95, 1, 0),
             OcrWord("xÑ", 900, 120, 920, 131, 0, 1, 0), OcrWord("-", 300, 180, 320, 186, 93, 1, 1),
             OcrWord("đạt", 330, 170, 400, 210, 96, 1, 1)]  # fmt: skip
    assert [w.text for w in drop_specks(words)] == ["Kết", "quả", "-", "đạt"]
