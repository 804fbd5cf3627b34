"""Analysts' commands on a DuckDB file built by ingesting an invented digital report and a second,
later report of the same province; corrections are applied by the views at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from PIL import Image

from bench import synth
from baocao.pipeline.ingest import ingest
from baocao.schemas.records import Settings

BAOCAO = str(Path(sys.executable).parent / "baocao")
LATER = """UBND TỈNH QUẢNG BÌNH
Số: 402/BC-UBND
Quảng Bình, ngày 06 tháng 5 năm 2024
BÁO CÁO
Kết quả triển khai Đề án 06/CP tháng 4/2024
UBND tỉnh Quảng Bình báo cáo kết quả như sau:
Tính đến ngày 30/4/2024, toàn tỉnh đã cấp 699.870 thẻ Căn cước công dân; tỷ lệ hồ sơ trực tuyến đạt 104,5%.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory, pdfs) -> Path:
    d = tmp_path_factory.mktemp("analysts")
    later = d / "later.pdf"
    synth.write_text_pdf([LATER.splitlines()], later)
    path = d / "a.duckdb"
    ingest([pdfs["digital"], later], path, Settings(learn=False), workers=1)
    return path


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([BAOCAO, *args], capture_output=True, text=True)


def test_trend_by_phrase_without_marks(db, tmp_path):
    png = tmp_path / "t.png"
    proc = run("trend", "the can cuoc", "--db", str(db), "--province", "quang binh", "--png", str(png))
    assert proc.returncode == 0, proc.stderr
    assert "702.115" in proc.stdout and "699.870" in proc.stdout and "311/BC-UBND" in proc.stdout
    assert proc.stdout.index("702.115") < proc.stdout.index("699.870")  # in date order
    with Image.open(png) as im:
        assert im.format == "PNG" and im.size == (1200, 700)


def test_consistency_flags(db):
    con = duckdb.connect(str(db), read_only=True)
    reasons = sorted(r[0].split(" from")[0] for r in con.execute("SELECT reason FROM consistency_flags").fetchall())
    assert reasons == ["cumulative indicator fell", "rate above 100%"]
    [fell] = [r[0] for r in con.execute("SELECT reason FROM consistency_flags WHERE reason LIKE 'cumulative%'").fetchall()]
    assert fell == "cumulative indicator fell from 702115 (311/BC-UBND, 2024-03-31) to 699870"  # was 702115.0, 699870.0


def test_corrections_apply_at_once_and_keep_the_reading(db):
    con = duckdb.connect(str(db))
    fid, value = con.execute("SELECT fact_id, value FROM indicator_series WHERE value = 699870").fetchone()
    con.execute("INSERT INTO corrections (target_table, target_id, field, old_value, new_value, action, reviewer) "
                "VALUES ('facts', ?, 'value', '699870', '709870', 'correct', 'qa')", [fid])  # fmt: skip
    assert con.execute("SELECT value, review_status FROM indicator_series WHERE fact_id = ?", [fid]).fetchone() == (
        709870, "corrected")
    assert con.execute("SELECT value FROM facts WHERE fact_id = ?", [fid]).fetchone() == (value,)
    flags = [r[0] for r in con.execute("SELECT reason FROM consistency_flags").fetchall()]
    assert not any(f.startswith("cumulative") for f in flags)  # 702.115 -> 709.870 rises
    con.execute("DELETE FROM corrections")
    con.close()


def test_search_is_accent_insensitive_and_highlights(db):
    proc = run("search", "tai khoan dinh danh", "--db", str(db))
    assert proc.returncode == 0 and "311/BC-UBND page 1" in proc.stdout and "định danh" in proc.stdout
    assert "402/BC-UBND" not in proc.stdout  # the later report never says it


def test_export_csv_and_parquet(db, tmp_path):
    for fmt in ("csv", "parquet"):
        proc = run("export", str(tmp_path / fmt), "--db", str(db), "--format", fmt)
        assert proc.returncode == 0, proc.stderr
        n = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / fmt / ('facts_current.' + fmt)}'").fetchall()[0][0]
        assert n >= 5


def test_unknown_indicator_and_missing_db_are_usage_errors(db, tmp_path):
    proc = run("trend", "zzz qqq xxx", "--db", str(db))
    assert proc.returncode == 2 and "no indicator matches" in proc.stderr
    proc = run("trend", "cccd_issued", "--db", str(tmp_path / "none.duckdb"))
    assert proc.returncode == 2 and "no database" in proc.stderr and "Traceback" not in proc.stderr
