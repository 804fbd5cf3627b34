"""The review queue on an ingested archive: how long it is, and how many reviewer actions it takes
to settle every doubtful restored word, against the plain queue (one item per doubtful record or
word occurrence, nothing hidden: what the review page listed before).

  .venv/bin/baocao ingest data/raw --db /tmp/x.duckdb      # once; then
  .venv/bin/python -m bench.queue --db /tmp/x.duckdb [--screens]

The database is copied: settling the words (approve, one action per item) writes to the copy only.
--screens also saves the queue, an item and the overview at 1280 and 390 px in data/out/screens/.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import duckdb

from baocao.pipeline import queue as rq
from baocao.pipeline.store import Store

SCREENS = Path(__file__).resolve().parent.parent / "data" / "out" / "screens"


def settle_words(db: Path) -> tuple[int, int, int]:
    """Approve every doubtful word item, one action each as a reviewer would; returns (actions,
    audit rows written, word items left)."""
    con = duckdb.connect(str(db), read_only=True)
    words = [i for i in rq.review_queue(con, kind="word", show_all=True, limit=100_000)["items"]]
    plans = []
    for w in words:
        data = rq.review_item(con, "word", w["item_id"])
        plans.append((rq.targets(data, {}), data["group_version"]))
    con.close()
    with Store(db) as store:
        before = store.con.execute("SELECT count(*) FROM corrections").fetchone()[0]
        for group, version in plans:
            store.add_corrections("words", group, "approve", "bench", version)
        rows = store.con.execute("SELECT count(*) FROM corrections").fetchone()[0] - before
    con = duckdb.connect(str(db), read_only=True)
    left = len(rq.review_queue(con, kind="word", show_all=True, limit=100_000)["items"])
    con.close()
    return len(plans), rows, left


def screens(db: Path) -> None:
    import socket
    import threading

    import uvicorn
    from playwright.sync_api import sync_playwright

    from baocao.pipeline.review import make_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(make_app(db, "bench"), host="127.0.0.1", port=port, log_level="error"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    con = duckdb.connect(str(db), read_only=True)
    first = rq.review_queue(con, limit=1)["items"][0]
    con.close()
    SCREENS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])  # fmt: skip
        page = browser.new_page()
        page.goto(base + "/login")
        page.fill("#name", "bench")
        page.fill("#token", "bench")
        page.click("button[type=submit]")
        page.wait_for_url(base + "/")
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            for name, url in (("queue", "/"), ("item", f"/item/{first['kind']}/{first['item_id']}"),
                              ("overview", "/overview")):  # fmt: skip
                page.goto(base + url)
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(SCREENS / f"sample-{name}-{width}.png"), full_page=True)
        browser.close()
    server.should_exit = True
    print(f"screenshots: {SCREENS}/sample-*.png")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--screens", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "queue.duckdb"
        shutil.copy(args.db, db)
        Store(db).close()  # views up to date
        con = duckdb.connect(str(db), read_only=True)
        t = time.perf_counter()
        q = rq.review_queue(con)
        seconds = time.perf_counter() - t
        every = rq.review_queue(con, show_all=True, limit=100_000)["items"]
        con.close()
        shown = sum(q["counts"].values())
        words = [i for i in every if i["kind"] == "word"]
        occ = sum(i["n"] for i in words)
        by_tier = {t: sum(1 for i in every if i["tier"] == t) for t in (0, 1, 2)}
        print(f"plain queue (one item per doubtful record or word occurrence): {q['occurrences']} items")
        print(f"ranked queue: {shown} items shown (tier 0 facts and models: {by_tier[0]}, tier 1 metadata, cells and "
              f"words feeding a record: {by_tier[1]}), {q['hidden']} hidden and counted "
              f"({q['hidden_occurrences']} occurrences of words that feed nothing); built in {seconds:.1f} s")  # fmt: skip
        print(f"doubtful words: {occ} occurrences in {len(words)} items "
              f"({sum(1 for i in words if i['n'] > 1)} repeated misreadings, the largest x{max(i['n'] for i in words)})")
        if args.screens:
            screens(db)
        actions, rows, left = settle_words(db)
        print(f"settling every doubtful word: plain {occ} actions; ranked {actions} actions writing {rows} audit rows "
              f"(one per occurrence); word items left: {left}")  # fmt: skip


if __name__ == "__main__":
    main()
