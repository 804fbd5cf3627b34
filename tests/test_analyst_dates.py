"""What analysts read from the views: a value is never dated after the report that states it, and a
gap to a target reads as the report's numbers do (no float noise)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from bench import synth
from baocao.pipeline.ingest import ingest
from baocao.schemas.records import Settings

# invented for the tests: a monthly report signed eleven days before its month ends
SIGNED_EARLY = """UBND TỈNH QUẢNG BÌNH
Số: 515/BC-UBND
Quảng Bình, ngày 20 tháng 5 năm 2024
BÁO CÁO
Kết quả triển khai Đề án 06/CP tháng 5/2024
UBND tỉnh Quảng Bình báo cáo kết quả như sau:
Toàn tỉnh đã cấp 712.340 thẻ Căn cước công dân; tỷ lệ kích hoạt tài khoản định danh điện tử đạt 77,93%.
Phấn đấu đến hết năm 2024 kích hoạt tài khoản định danh điện tử cho 100% công dân đủ điều kiện.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("dates")
    pdf = d / "early.pdf"
    synth.write_text_pdf([SIGNED_EARLY.splitlines()], pdf)
    path = d / "d.duckdb"
    ingest([pdf], path, Settings(learn=False), workers=1)
    return path


@pytest.fixture(scope="module")
def con(db) -> duckdb.DuckDBPyConnection:
    c = duckdb.connect(str(db), read_only=True)
    assert c.execute("SELECT issued_date, period_end FROM documents").fetchone() == (
        dt.date(2024, 5, 20), dt.date(2024, 5, 31))  # the premise
    yield c
    c.close()


def test_a_value_without_its_own_date_is_dated_by_the_signature_not_the_month_end(con):
    """Before: 31/05/2024, eleven days after the report was signed, a date the report could not know."""
    dates = dict(con.execute("SELECT indicator_id, date FROM indicator_series").fetchall())
    assert str(dates["cccd_issued"]) == "2024-05-20" and str(dates["vneid_rate"]) == "2024-05-20"


def test_a_gap_to_target_has_no_float_noise(con):
    [(actual, target, gap, below)] = con.execute(
        "SELECT actual, target, gap, below_target FROM indicator_vs_target WHERE indicator_id = 'vneid_rate'").fetchall()
    assert (actual, target, below) == (77.93, 100.0, True)
    assert gap == -22.07  # was -22.069999999999993
    reason = con.execute("SELECT reason FROM consistency_flags WHERE reason LIKE 'below target%'").fetchone()[0]
    assert reason == "below target: 77.93 against 100 (515/BC-UBND)"


def test_export_carries_targets_gaps_and_flags(db, tmp_path):
    """An analyst with only the exported files sees what indicator_vs_target and consistency_flags
    say; before, the export had the series but no target, gap or flag."""
    out = tmp_path / "x"
    proc = subprocess.run([str(Path(sys.executable).parent / "baocao"), "export", str(out), "--db", str(db)],
                          capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    vs = duckdb.sql(f"SELECT indicator_id, actual, target, gap FROM '{out / 'indicator_vs_target.csv'}'").fetchall()
    assert vs == [("vneid_rate", 77.93, 100.0, -22.07)]
    assert duckdb.sql(f"SELECT count(*) FROM '{out / 'indicator_targets.csv'}'").fetchall() == [(1,)]
    flags = duckdb.sql(f"SELECT reason FROM '{out / 'consistency_flags.csv'}'").fetchall()
    assert ("below target: 77.93 against 100 (515/BC-UBND)",) in flags
