"""Shared fixtures: real PDFs rendered by bench/synth.py with fixed seeds, a real DuckDB file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench import synth
from baocao.diacritics.corpus import held_out


@pytest.fixture(scope="session", autouse=True)
def model_dir(tmp_path_factory):
    """An empty learned-model folder: tests that learn write there, and the shipped model (built at
    set-up) reads everything else."""
    from baocao.diacritics.build import SHIPPED, build

    if not (SHIPPED / "lm.pkl").exists():
        build(verbose=False)
    d = tmp_path_factory.mktemp("model")
    os.environ["BAOCAO_MODEL_DIR"] = str(d)
    yield d
    os.environ.pop("BAOCAO_MODEL_DIR", None)


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", help="run corpus-sized tests")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


REPORT = """UBND TỈNH QUẢNG BÌNH
Số: 311/BC-UBND
Quảng Bình, ngày 08 tháng 4 năm 2024
BÁO CÁO
Kết quả triển khai Đề án 06/CP tháng 3/2024
UBND tỉnh Quảng Bình báo cáo kết quả như sau:
Tính đến ngày 31/3/2024, toàn tỉnh đã cấp 702.115 thẻ Căn cước công dân và 401.226 tài khoản định danh điện tử;
tỷ lệ hồ sơ trực tuyến đạt 58,3%.
"""  # invented for the tests: another province, other numbers than the seeds


@pytest.fixture(scope="session")
def passage() -> list[str]:
    """Ten held-out paragraphs: text no model was trained on."""
    return held_out()[:10]


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory, passage) -> dict[str, Path]:
    """A small archive: a clean scan, a worn scan, a digital PDF, and a text file named .pdf."""
    d = tmp_path_factory.mktemp("pdfs")
    out = {}
    short = passage[:4]
    out["scan"] = d / "scan.pdf"
    out["scan_gold"] = synth.scan(short, out["scan"], synth.Layout(), synth.CLEAN, seed=1)
    out["worn"] = d / "worn.pdf"
    out["worn_gold"] = synth.scan(short, out["worn"], synth.Layout(), synth.WORN, seed=2)
    out["digital"] = d / "digital.pdf"
    synth.write_text_pdf([synth._wrap_lines(REPORT + "\n".join(passage[:3]))], out["digital"])
    out["not_pdf"] = d / "notes.pdf"
    out["not_pdf"].write_text("this is a text file, not a PDF\n")
    return out
