"""Soak: an archive ingest, a reviewer saving every few seconds and an analyst running `trend` in a
loop, all on one DuckDB file at once. Prints requests served and failed, review p95 latency (idle,
measured first in the same run, and while ingesting), trend runs, and rows lost (corrections the
server acknowledged that are not in the database; pages the ingest reported that are not stored).

  .venv/bin/python -m bench.soak --minutes 20          # the issue's soak
  .venv/bin/python -m bench.soak --minutes 3 --pages 40  # a short one

Only loopback traffic; every loop ends with the duration. Target: 0 failed, 0 lost, p95 < 300 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import duckdb
import httpx

from bench.batch import make_scans
from bench import synth
from baocao.diacritics.corpus import seed_paragraphs

BAOCAO = str(Path(sys.executable).parent / "baocao")


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[18] if len(xs) >= 20 else max(xs, default=0.0)


def spread(xs: list[float]) -> str:
    """p50 / p95 / max in milliseconds."""
    if not xs:
        return "no requests"
    return f"p50 {statistics.median(xs) * 1000:.0f} ms, p95 {p95(xs) * 1000:.0f} ms, max {max(xs) * 1000:.0f} ms"


class Reviewer(threading.Thread):
    """Works through facts: reads the queue and the item, approves it (as a script, Bearer + .json)."""

    def __init__(self, url: str, token: str, fact_ids: list[str], every_s: float, until: float):
        super().__init__(daemon=True)
        self.url, self.every_s, self.until = url, every_s, until
        self.client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=120)
        self.fact_ids = fact_ids
        self.latencies: list[float] = []
        self.by_route: dict[str, list[float]] = {}  # queue / item / save: which request is slow
        self.served = self.failed = 0
        self.acknowledged: list[str] = []  # fact ids whose save the server confirmed
        self.errors: list[str] = []

    def call(self, method: str, path: str, **kw) -> httpx.Response | None:
        t = time.perf_counter()
        try:
            r = self.client.request(method, path, **kw)
        except httpx.HTTPError as e:
            self.failed += 1
            self.errors.append(f"{method} {path}: {type(e).__name__}")
            return None
        self.latencies.append(time.perf_counter() - t)
        route = "queue" if path.startswith("/queue") else "save" if method == "POST" else "item"
        self.by_route.setdefault(route, []).append(self.latencies[-1])
        if r.status_code >= 400:
            self.failed += 1
            self.errors.append(f"{method} {path}: {r.status_code} {r.text[:120]}")
            return None
        self.served += 1
        return r

    def one_round(self, k: int) -> None:
        fid = self.fact_ids[k % len(self.fact_ids)]
        self.call("GET", "/queue.json")
        item = self.call("GET", f"/item/fact/{fid}.json")
        if item is None:
            return
        version = len(item.json()["history"])
        if self.call("POST", f"/item/fact/{fid}.json", data={"version": str(version), "action": "approve"}):
            self.acknowledged.append(fid)

    def run(self) -> None:
        k = 0
        while time.monotonic() < self.until:
            self.one_round(k)
            k += 1
            time.sleep(self.every_s)


class Analyst(threading.Thread):
    """`baocao trend` again and again, as an analyst would from a shell."""

    def __init__(self, db: Path, until: float):
        super().__init__(daemon=True)
        self.db, self.until = db, until
        self.seconds: list[float] = []
        self.ok = self.failed = 0
        self.errors: list[str] = []

    def run(self) -> None:
        while time.monotonic() < self.until:
            t = time.perf_counter()
            r = subprocess.run([BAOCAO, "trend", "the can cuoc", "--db", str(self.db)], capture_output=True, text=True)
            self.seconds.append(time.perf_counter() - t)
            if r.returncode == 0:
                self.ok += 1
            else:
                self.failed += 1
                self.errors.append(r.stderr.strip()[-200:])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_review(db: Path, token: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([BAOCAO, "review", "--db", str(db), "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=dict(os.environ, BAOCAO_REVIEW_TOKEN=token))  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            httpx.get(url + "/login", timeout=2)
            return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("the review server did not start")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=20.0, help="how long the ingest, reviewer and analyst overlap")
    ap.add_argument("--pages", type=int, default=0, help="scanned pages to ingest (default: ~8 per minute)")
    ap.add_argument("--save-every", type=float, default=3.0, help="seconds between a reviewer's saves")
    ap.add_argument("--workers", type=int, default=1, help="ingest workers")
    ap.add_argument("--work", type=Path, default=None, help="folder for the archive and database (default: temp)")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="baocao-soak-"))
    (work / "archive").mkdir(parents=True, exist_ok=True)
    db = work / "soak.duckdb"
    token = secrets.token_urlsafe(24)

    pages = make_scans(work / "archive", args.pages or max(8, int(args.minutes * 8)))
    digital = work / "reviewed.pdf"  # facts to review, stored before the soak starts
    synth.write_text_pdf([synth._wrap_lines("\n".join(seed_paragraphs("000_57d90ad183e6dc10.txt")))[:45]], digital)
    subprocess.run([BAOCAO, "ingest", str(digital), "--db", str(db), "--no-learn", "--no-searchable"], check=True,
                   capture_output=True)  # fmt: skip
    con = duckdb.connect(str(db), read_only=True)
    fact_ids = [r[0] for r in con.execute("SELECT fact_id FROM facts ORDER BY fact_id").fetchall()]
    con.close()
    if not fact_ids:
        raise SystemExit("no facts to review in the prepared document")
    print(f"archive: {pages} scanned pages in {work / 'archive'}; {len(fact_ids)} facts to review", flush=True)

    review, url = start_review(db, token)
    try:
        idle = Reviewer(url, token, fact_ids, 0.0, time.monotonic() + 1e9)
        for k in range(30):  # the plain case in the same run: no ingest
            idle.one_round(k)
        ingest = subprocess.Popen([BAOCAO, "ingest", str(work / "archive"), "--db", str(db), "--no-learn",
                                   "--no-searchable", "--workers", str(args.workers), "--json"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
        events: list[dict] = []
        reader = threading.Thread(target=lambda: events.extend(json.loads(x) for x in ingest.stdout if x.startswith("{")),
                                  daemon=True)  # fmt: skip
        reader.start()
        until = time.monotonic() + args.minutes * 60
        busy = Reviewer(url, token, fact_ids, args.save_every, until)
        analyst = Analyst(db, until)
        busy.start()
        analyst.start()
        while time.monotonic() < until and ingest.poll() is None:
            time.sleep(0.5)
        ran_out = ingest.poll() is not None
        busy.until = analyst.until = time.monotonic()  # measured while ingesting only
        stop_s = time.monotonic()
        if not ran_out:
            ingest.send_signal(signal.SIGINT)  # time is up: stop the ingest as a user would
        ingest.wait()
        stop_s = time.monotonic() - stop_s
        reader.join()
        busy.join()
        analyst.join()
        err = ingest.stderr.read()
    finally:
        review.send_signal(signal.SIGINT)
        review.wait()

    con = duckdb.connect(str(db), read_only=True)
    stored_corr = con.execute("SELECT count(*) FROM corrections").fetchone()[0]
    done_pages = {(e["doc_id"], e["page"]) for e in events if e.get("event") == "page_done"}
    stored_pages = {tuple(r) for r in con.execute("SELECT doc_id, page_no FROM pages").fetchall()}
    con.close()
    acked = len(idle.acknowledged) + len(busy.acknowledged)
    lost_corr = acked - stored_corr
    lost_pages = len(done_pages - stored_pages)
    print(f"ingest: {len(done_pages)} pages stored while the others worked "
          f"({'finished' if ran_out else f'stopped at the time limit, {stop_s:.1f} s after Ctrl-C'}, "
          f"exit {ingest.returncode})")
    if ingest.returncode not in (0, 130):
        print("ingest stderr:", err.strip()[-400:])
    print(f"review, no ingest (baseline): {idle.served} served, {idle.failed} failed, {spread(idle.latencies)}")
    print(f"review, while ingesting:      {busy.served} served, {busy.failed} failed, {spread(busy.latencies)}")
    for who, rv in (("no ingest", idle), ("ingesting", busy)):
        print(f"  {who:9}  " + "; ".join(f"{k} {spread(v)}" for k, v in sorted(rv.by_route.items())))
    print(f"analyst `baocao trend`:       {analyst.ok} ok, {analyst.failed} failed, p95 {p95(analyst.seconds):.2f} s")
    print(f"rows lost: {lost_corr} corrections (of {acked} acknowledged), {lost_pages} pages")
    for e in (idle.errors + busy.errors + analyst.errors)[:5]:
        print("  error:", e)
    failed = idle.failed + busy.failed + analyst.failed
    print("target met" if failed == 0 and lost_corr == 0 and lost_pages == 0 and p95(busy.latencies) < 0.3
          else "target NOT met (0 failed, 0 lost, review p95 < 300 ms)")


if __name__ == "__main__":
    main()
