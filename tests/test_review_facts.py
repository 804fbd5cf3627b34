"""Reviewers correct what a fact is (kind) and whom it is about (subject, subject_kind) on the review
page: through the real HTTP app and in headless Chromium, held to the pydantic model machine records
pass, appended to `corrections`, and read back through the views."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from starlette.testclient import TestClient

from bench import synth
from baocao.pipeline.ingest import ingest
from baocao.pipeline.review import make_app
from baocao.schemas.records import Settings
from webutil import logged_in, serve

TOKEN = "test-token-facts-17"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
REPORT = Path(__file__).parent / "fixtures" / "analyst_report_11.json"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """A real archive from a digital report whose facts have subjects ('huyện Chợ Đồn đạt 89,11%')."""
    d = tmp_path_factory.mktemp("review_facts")
    pdf = d / "bac_kan.pdf"
    synth.write_text_pdf([synth._wrap_lines("\n".join(json.loads(REPORT.read_text("utf-8"))["paragraphs"]))], pdf)
    path = d / "r.duckdb"
    ingest([pdf], path, Settings(learn=False), workers=1)
    return path


def _one(db: Path, sql: str, params=()) -> tuple:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchone()
    finally:
        con.close()


def _fact(db: Path, value: float) -> str:
    return _one(db, "SELECT fact_id FROM facts WHERE value = ? ORDER BY fact_id LIMIT 1", [value])[0]


@pytest.fixture()
def copy(db, tmp_path) -> Path:
    """Each test edits its own copy: every one stands alone, in any order."""
    out = tmp_path / "copy.duckdb"
    shutil.copy(db, out)
    return out


def _login(client: TestClient, fid: str) -> str:
    assert client.post("/login", data={"name": "Hoa", "token": TOKEN}).status_code == 303
    page = client.get(f"/item/fact/{fid}").text
    assert 'id="f-kind"' in page and 'id="f-subject"' in page and 'id="f-subject_kind"' in page
    return page.split('name="csrf" value="')[1].split('"')[0]


def _post(client, fid: str, csrf: str, **fields):
    """A save as the form sends it: every field of the form, as shown, with the reviewer's changes."""
    item = client.get(f"/item/fact/{fid}.json", headers=BEARER).json()["item"]
    form = {"csrf": csrf, "version": str(item["version"]), "action": "correct", "kind": item["kind"],
            "subject": item["subject"] or "", "subject_kind": item["subject_kind"] or ""}
    return client.post(f"/item/fact/{fid}", data=form | fields)


def test_kind_and_subject_corrections_reach_the_views_and_the_trail(copy):
    fid = _fact(copy, 89.11)
    assert _one(copy, "SELECT kind, subject, subject_kind FROM facts WHERE fact_id = ?", [fid]) == (
        "result", "huyện Chợ Đồn", "district")
    client = TestClient(make_app(copy, TOKEN), follow_redirects=False)
    csrf = _login(client, fid)
    # typed as a reviewer would: the name is spelled as the extractor spells it, its kind recognized
    r = _post(client, fid, csrf, kind="target", subject="UBND Xã Bằng Vân")
    assert r.status_code == 303, r.text
    assert _one(copy, "SELECT kind, subject, subject_kind FROM facts WHERE fact_id = ?", [fid]) == (
        "result", "huyện Chợ Đồn", "district")  # kept as read
    assert _one(copy, "SELECT kind, subject, subject_kind, review_status FROM facts_current WHERE fact_id = ?",
                [fid]) == ("target", "xã Bằng Vân", "commune", "corrected")  # fmt: skip
    con = duckdb.connect(str(copy), read_only=True)
    trail = con.execute("SELECT field, old_value, new_value, reviewer FROM corrections WHERE target_id = ? "
                        "ORDER BY field", [fid]).fetchall()  # fmt: skip
    con.close()
    assert trail == [("kind", "result", "target", "Hoa"), ("subject", "huyện Chợ Đồn", "xã Bằng Vân", "Hoa"),
                     ("subject_kind", "district", "commune", "Hoa")]  # fmt: skip
    # a result no more: it leaves the series of results, and a linked one is a target now
    assert _one(copy, "SELECT count(*) FROM indicator_series WHERE fact_id = ?", [fid]) == (0,)
    if _one(copy, "SELECT indicator_id FROM facts_current WHERE fact_id = ?", [fid])[0]:
        assert _one(copy, "SELECT subject FROM indicator_targets WHERE fact_id = ?", [fid]) == ("xã Bằng Vân",)

    # clearing the subject (the value is about the issuer's whole area) clears its kind with it
    assert _post(client, fid, csrf, subject="", subject_kind="").status_code == 303
    assert _one(copy, "SELECT subject, subject_kind FROM facts_current WHERE fact_id = ?", [fid]) == (None, None)


def test_bad_kinds_and_half_subjects_are_refused_and_not_recorded(copy):
    fid = _fact(copy, 89.11)
    client = TestClient(make_app(copy, TOKEN), follow_redirects=False)
    csrf = _login(client, fid)
    r = _post(client, fid, csrf, kind="guess")
    assert r.status_code == 422 and "kind" in r.text
    r = _post(client, fid, csrf, subject_kind="country")
    assert r.status_code == 422 and "subject_kind" in r.text
    r = _post(client, fid, csrf, subject="")  # its kind left as 'district'
    assert r.status_code == 422 and "subject and subject_kind go together" in r.text
    assert _one(copy, "SELECT count(*) FROM corrections WHERE target_id = ?", [fid]) == (0,)


def test_what_a_denominator_counts_is_corrected_and_goes_with_its_denominator(copy):
    fid = _fact(copy, 14.1)  # "đạt 14,1/18 điểm"
    assert _one(copy, "SELECT denominator, denominator_unit FROM facts WHERE fact_id = ?", [fid]) == (18.0, None)
    client = TestClient(make_app(copy, TOKEN), follow_redirects=False)
    csrf = _login(client, fid)
    assert _post(client, fid, csrf, denominator_unit="tiêu chí").status_code == 303
    assert _one(copy, "SELECT denominator, denominator_unit FROM facts_current WHERE fact_id = ?", [fid]) == (
        18.0, "tiêu chí")
    # the denominator cleared: what it counted goes too, in the trail as its own correction
    assert _post(client, fid, csrf, denominator="").status_code == 303
    assert _one(copy, "SELECT denominator, denominator_unit FROM facts_current WHERE fact_id = ?", [fid]) == (
        None, None)
    assert _one(copy, "SELECT count(*) FROM corrections WHERE target_id = ? AND field = 'denominator_unit'",
                [fid]) == (2,)  # fmt: skip
    # a denominator_unit with no denominator to count is refused, and nothing is written
    other = _fact(copy, 89.11)
    before = _one(copy, "SELECT count(*) FROM corrections")
    r = _post(client, other, csrf, denominator_unit="xã")
    assert r.status_code == 422 and "needs a denominator" in r.text
    assert _one(copy, "SELECT count(*) FROM corrections") == before


def test_browser_changes_a_facts_kind_and_subject(copy, tmp_path):
    from playwright.sync_api import sync_playwright

    fid = _fact(copy, 89.11)
    with serve(copy, TOKEN) as base, sync_playwright() as p, logged_in(p, base, "Tuấn", TOKEN) as page:
        page.goto(f"{base}/item/fact/{fid}")
        assert page.input_value("#f-kind") == "result" and page.input_value("#f-subject_kind") == "district"
        page.select_option("#f-kind", "change")
        page.fill("#f-subject", "cấp huyện")
        page.select_option("#f-subject_kind", "unit_group")
        page.click("button[value=correct]")
        page.wait_for_load_state()
    assert _one(copy, "SELECT kind, subject, subject_kind FROM facts_current WHERE fact_id = ?", [fid]) == (
        "change", "cấp huyện", "unit_group")
    assert _one(copy, "SELECT count(*), min(reviewer) FROM corrections WHERE target_id = ?", [fid]) == (3, "Tuấn")
