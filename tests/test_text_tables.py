"""Tables that reach the text as bar-split lines (OCR of a grid it did not find, exported text layers)."""

from baocao.extractors.document import DocText, PageText
from baocao.extractors.facts import find_facts
from baocao.extractors.text_tables import text_tables


def _facts(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.kind.value, f.subject) for f in find_facts(DocText("d", [PageText(1, text, [])]))]


def test_a_numbered_table_is_read_by_column_and_row_with_its_total():
    text = ("II. KẾT QUẢ THEO HUYỆN\n"
            "STT | Huyện, thị xã | Tổng số hộ | Hộ được hỗ trợ | Tỷ lệ (%)\n"
            "1 | Mộc Châu | 4.120 | 3.980 | 96,6\n"
            "2 | Mai Sơn | 2.015 | 2.015 | 100\n"
            "Tổng cộng | | 6.135 | 5.995 | 97,7\n"
            "Các huyện còn lại đang rà soát.")  # fmt: skip
    assert _facts(text) == [
        (4120, "hộ", "scope", "huyện Mộc Châu"), (3980, "hộ", "result", "huyện Mộc Châu"), (96.6, "%", "result", "huyện Mộc Châu"),
        (2015, "hộ", "scope", "huyện Mai Sơn"), (2015, "hộ", "result", "huyện Mai Sơn"), (100, "%", "result", "huyện Mai Sơn"),
        (6135, "hộ", "scope", None), (5995, "hộ", "result", None), (97.7, "%", "result", None)]  # fmt: skip


def test_an_unnumbered_table_takes_its_unit_line_and_a_caption_row_between():
    text = ("Đơn vị tính: tỷ đồng\n"
            "Chỉ tiêu | Thực hiện quý I năm 2024 | So cùng kỳ (%)\n"
            "Tổng thu | 812,5 | 104,2\n"
            "Trong đó:\n"
            "- Thu nội địa | 640 | 98,1\n"
            "- Thu xuất nhập khẩu | 172,5 | 131")  # fmt: skip
    assert _facts(text) == [(812.5e9, "VND", "result", None), (104.2, "%", "change", None), (640e9, "VND", "result", None),
                            (98.1, "%", "change", None), (172.5e9, "VND", "result", None), (131, "%", "change", None)]  # fmt: skip


def test_commas_grouping_thousands_in_one_cell_group_them_in_all():
    text = "Năm | Số người tham gia | Số người hưởng\n2021 | 1,204,330 | 87,400\n2022 | 998,120 | 91,020\n2023 | 1,010,200 | 95,300"
    assert [v for v, *_ in _facts(text)] == [1204330, 87400, 998120, 91020, 1010200, 95300]


def test_a_header_that_opens_with_what_a_total_column_counts_is_its_part():
    text = "TT | Xã | Tổng số cử tri | Cử tri đi bầu\n1 | Tà Xùa | 2.310 | 2.298\n2 | Háng Đồng | 1.874 | 1.870"
    assert _facts(text) == [(2310, "cử tri", "scope", "xã Tà Xùa"), (2298, "cử tri", "result", "xã Tà Xùa"),
                            (1874, "cử tri", "scope", "xã Háng Đồng"), (1870, "cử tri", "result", "xã Háng Đồng")]  # fmt: skip


def test_two_barred_lines_are_not_a_table_and_stay_text():
    text = "Kết quả | tháng 3 | 120 hồ sơ\nKết quả | tháng 4 | 135 hồ sơ\nToàn huyện tiếp nhận 255 hồ sơ."
    assert text_tables(PageText(1, text, [])) == []
    assert [v for v, *_ in _facts(text)] == [120, 135, 255]


def test_a_scanned_tables_title_carries_the_unit_its_page_states():
    from baocao.extractors.document import DocTable
    from baocao.extractors.table_facts import table_facts
    from baocao.pipeline.page import table_title
    from baocao.schemas.records import TableCell

    title = table_title("PHỤ LỤC 03\nKẾT QUẢ GIẢI NGÂN THEO HUYỆN\nĐơn vị tính: triệu đồng\n")
    assert title == "PHỤ LỤC 03; Đơn vị tính: triệu đồng"
    rows = [("STT", "Đơn vị", "Kế hoạch vốn", "Đã giải ngân"), ("1", "Huyện Bảo Lâm", "12.400", "9.310")]
    cells = [TableCell(row=r, col=c, text=t) for r, row in enumerate(rows) for c, t in enumerate(row)]
    got = [(f.value, f.unit, f.kind.value, f.subject) for f in table_facts("d", DocTable("tb", title, cells, [1] * 8))]
    assert got == [(12_400e6, "VND", "target", "huyện Bảo Lâm"), (9_310e6, "VND", "result", "huyện Bảo Lâm")]


def test_rows_of_bare_numbers_under_a_stated_unit_take_it():
    text = ("Tỷ lệ hộ dùng nước sạch (đơn vị tính: %; lần lượt: toàn tỉnh - thành thị - nông thôn):\n"
            "Năm: 2021 2022 2023\n"
            "- Năm 2022: 71,5 - 92,0 - 64,3;\n"
            "- Năm 2023: 74,8; 93,1; 68,0.\n"
            "Số hộ được hỗ trợ năm 2023 là 1.250 hộ.")  # fmt: skip
    assert [(v, u) for v, u, *_ in _facts(text)] == [(71.5, "%"), (92.0, "%"), (64.3, "%"), (74.8, "%"), (93.1, "%"), (68.0, "%"),
                                                    (1250, "hộ")]  # fmt: skip


def test_a_stated_sum_of_money_is_counted_in_dong():
    text = "Thu ngân sách qua các năm (đơn vị tính: triệu đồng):\n- Năm 2022: 1.200 - 1.350\n- Năm 2023: 1.410 - 1.502\nSố học sinh"
    assert [(v, u) for v, u, *_ in _facts(text)] == [(1.2e9, "VND"), (1.35e9, "VND"), (1.41e9, "VND"), (1.502e9, "VND")]


def test_a_row_naming_its_unit_in_brackets_takes_it():
    text = "1. Dân số trung bình (người): 512300; 518940; 524105.\n2. Mật độ dân số (người/km2; các năm 2021 - 2022): 98; 101."
    assert [(v, u) for v, u, *_ in _facts(text)] == [(512300, "người"), (518940, "người"), (524105, "người"), (98, "người/km2"),
                                                    (101, "người/km2")]  # fmt: skip


def test_list_items_under_a_stated_unit_take_it_down_to_the_next_heading():
    text = ("Đơn vị tính: triệu đồng.\n"
            "- Năm 2021: tổng số 1.204.500; nông nghiệp 310.200;\n"
            "Phân theo khu vực:\n"
            "- Năm 2022: tổng số 1.318.000; nông nghiệp 325.400.\n"
            "II. NHẬN XÉT\n"
            "Tổng sản phẩm năm 2022 tăng 9,4%, cao nhất 5 năm.")  # fmt: skip
    assert [(v, u) for v, u, *_ in _facts(text)] == [(1204500e6, "VND"), (310200e6, "VND"), (1318000e6, "VND"), (325400e6, "VND"),
                                                    (9.4, "%")]  # fmt: skip


def test_a_row_the_page_wrapped_onto_two_lines_is_one_row():
    text = ("TT | Huyện | Số xã theo quy hoạch (1): Số | Số xã đã đạt (2): Số\n"
            "lượng | Tỷ lệ (%)\n"
            "1 | Tam Đảo | 9 | 7 | 77,8\n"
            "2 | Lập Thạch | 20 | 15 | 75\n")  # fmt: skip
    assert [c.text for c in text_tables(PageText(1, text, []))[0][0].cells[:5]] == ["TT", "Huyện", "Số xã theo quy hoạch (1): Số",
                                                                                 "Số xã đã đạt (2): Số lượng", "Tỷ lệ (%)"]  # fmt: skip
    assert [(v, u) for v, u, *_ in _facts(text)][-1] == (75, "%")


def test_a_header_wrapped_over_three_lines_and_a_row_wrapped_once_stay_whole():
    text = ("Đơn vị tính: tỷ đồng\n"
            "Chỉ tiêu | Thực hiện tháng 9 | Ước tháng 10 |\n"
            "Lũy kế 10 tháng | So cùng kỳ\n"
            "(%) | Lũy kế so cùng kỳ (%)\n"
            "Tổng số | 4736,0 | 4671,4 | 45896,9 | 113,0 | 115,1\n"
            "- Dịch vụ lữ hành | 32,3 | 30,9 | 238,0 |\n"
            "177,9|202,3\n"
            "- Dịch vụ khác | 355,9 | 367,2 | 3135,8 | 110,4 | 103,9\n")  # fmt: skip
    got = [(v, u, k) for v, u, k, _ in _facts(text)]
    assert len(got) == 15 and got[:2] == [(4736e9, "VND", "result"), (4671.4e9, "VND", "result")]
    assert got[8] == (177.9, "%", "change") and got[4] == (115.1, "%", "change")


def test_a_numbered_row_whose_bars_ocr_dropped_is_not_joined_to_the_header_above():
    text = ("TT | Địa phương | Theo quy hoạch: Số lượng | Diện tích\n"
            "(ha) | Đã thành lập: Số lượng | Diện tích (ha)\n"
            "1 | Quảng Ninh | 20 | > 600 [11310\n"
            "2 | Hà Nội | 226 | 3.946 | 103 | 2.677,6\n"
            "3 | Vĩnh Phúc | 34 | 841 | 18 | 775\n"
            "4 | Bắc Ninh | 25 | 633 | 19 | 515\n"
            "5 | Hải Dương | 34 | 1.600 | 34 | 1.600\n"
            "6 | Hưng Yên | 24 | 903 | 24 | 903\n")  # fmt: skip
    table = text_tables(PageText(1, text, []))[0][0]
    assert [c.text for c in table.cells if c.row == 0][3:] == ["Diện tích (ha)", "Đã thành lập: Số lượng", "Diện tích (ha)"]
    assert [c.text for c in table.cells if c.row == 1][:2] == ["1", "Quảng Ninh"]


_MALARIA = ("(Đơn vị tính: bệnh nhân)\n"
            "TT | Huyện, thị xã | Bệnh nhân 5 tháng 2008 | Bệnh nhân 5 tháng 2009 | Tăng (+), giảm (-) (%)\n"
            "1 | Hướng Hóa | 122 | 190 | 55,74\n"
            "2 | Gio Linh | 15 | 8 | -46,67\n"
            "3 | TX Đông Hà | 4 | 10 | 150,00")  # fmt: skip
_MALARIA_FACTS = [
    (122, "bệnh nhân", "result", "huyện Hướng Hóa"), (190, "bệnh nhân", "result", "huyện Hướng Hóa"),
    (55.74, "%", "change", "huyện Hướng Hóa"), (15, "bệnh nhân", "result", "huyện Gio Linh"),
    (8, "bệnh nhân", "result", "huyện Gio Linh"), (-46.67, "%", "change", "huyện Gio Linh"),
    (4, "bệnh nhân", "result", "thị xã Đông Hà"), (10, "bệnh nhân", "result", "thị xã Đông Hà"),
    (150, "%", "change", "thị xã Đông Hà")]  # fmt: skip


def test_a_signed_fall_keeps_its_sign_and_a_unit_line_names_an_open_count_noun():
    # (modelled on a provincial malaria report: blind438_03; the percent header's unit is in its last bracket)
    assert _facts(_MALARIA) == _MALARIA_FACTS


def test_a_header_s_last_cell_carried_on_to_a_line_without_bars_is_joined():
    # (the digital PDF of blind438_03 wraps the last header onto the next line)
    assert _facts(_MALARIA.replace("| Tăng (+),", "| Tăng\n(+),")) == _MALARIA_FACTS
