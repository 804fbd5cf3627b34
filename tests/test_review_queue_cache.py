"""The review server keeps the queue per database state: what reviewers save leaves it at once for
everyone, changes made by other processes reach it, and it is served while an ingest holds the file."""

from __future__ import annotations

import shutil
import subprocess
import sys

import duckdb
import pytest
from starlette.testclient import TestClient

from baocao.pipeline.ingest import ingest
from baocao.pipeline.review import make_app
from baocao.pipeline.store import Store, generation
from baocao.schemas.records import Settings

TOKEN = "cache-test-token-1234"
MAI = "mai-token-567890abcdef"


@pytest.fixture(scope="module")
def archive(tmp_path_factory, pdfs):
    path = tmp_path_factory.mktemp("qcache") / "q.duckdb"
    ingest([pdfs["digital"]], path, Settings(learn=False), workers=1)
    con = duckdb.connect(str(path))
    con.execute("UPDATE facts SET review_status = 'needs_review', review_reason = 'uncertain reading'")
    con.close()
    return path


@pytest.fixture()
def db(archive, tmp_path):
    """Each test its own copy: they save different things."""
    path = tmp_path / "q.duckdb"
    shutil.copy(archive, path)
    return path


def clients(db):
    app = make_app(db, TOKEN, reviewers={"Mai": MAI})
    lan = TestClient(app, headers={"Authorization": f"Bearer {TOKEN}"})
    mai = TestClient(app, headers={"Authorization": f"Bearer {MAI}"})
    return app, lan, mai


def facts_in_queue(client) -> list[str]:
    return [i["item_id"] for i in client.get("/queue.json?kind=fact").json()["items"]]


def approve(client, fact_id: str):
    version = client.get(f"/item/fact/{fact_id}.json").json()["item"]["version"]
    return client.post(f"/item/fact/{fact_id}.json", data={"version": str(version), "action": "approve"})


def test_generation_changes_with_every_commit_and_only_then(tmp_path):
    db = tmp_path / "g.duckdb"
    seen = []
    with Store(db) as store:
        seen.append(generation(db))
        for k in range(5):
            store.add_correction("facts", f"f{k}", "approve", "Lan", {}, 0)
            seen.append(generation(db))
    con = duckdb.connect(str(db), read_only=True)
    con.execute("SELECT count(*) FROM corrections").fetchall()
    con.close()
    assert len(set(seen)) == len(seen)  # each unit of work a new state
    assert generation(db) == seen[-1]  # reading changes nothing


def test_a_save_leaves_the_queue_at_once_for_every_reviewer(db):
    app, lan, mai = clients(db)
    first, second, *_ = facts_in_queue(lan)
    assert approve(lan, first).status_code == 200
    assert first not in facts_in_queue(lan)
    assert first not in facts_in_queue(mai)  # the other reviewer is not sent to it
    item = mai.get(f"/item/fact/{second}.json").json()
    assert item["next"] is None or item["next"]["item_id"] != first
    app.state.review.queue.settle()
    assert first not in facts_in_queue(mai)  # and not back once the queue is read again
    assert approve(mai, second).status_code == 200  # nobody's version is stale


def test_changes_made_by_another_process_reach_the_queue(db):
    app, lan, _ = clients(db)
    fact = facts_in_queue(lan)[0]
    with Store(db, prepare=False) as store:  # a second review server, or a script, on the same file
        store.add_correction("facts", fact, "approve", "Hoa", {}, 0)
    facts_in_queue(lan)  # notices the new state
    app.state.review.queue.settle()
    assert fact not in facts_in_queue(lan)


def test_the_queue_is_served_while_an_ingest_holds_the_file(db):
    app, lan, _ = clients(db)
    fact = facts_in_queue(lan)[0]
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
         "c.execute(\"INSERT INTO corrections (target_table, target_id, field, action, reviewer) "
         "VALUES ('facts', ?, '*', 'approve', 'ingest')\", [sys.argv[2]]); print('held', flush=True); "
         "sys.stdin.read(); c.close()", str(db), fact],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        r = lan.get("/queue.json")  # the file changed and is held: the last queue, not a wait
        assert r.status_code == 200 and r.json()["items"]
        assert holder.poll() is None  # still holding: the answer did not wait for it
    finally:
        holder.stdin.close()
        holder.wait()
    lan.get("/queue.json")
    app.state.review.queue.settle()
    assert fact not in facts_in_queue(lan)
