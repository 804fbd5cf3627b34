"""Handing one DuckDB file between processes: two writers take turns opening it, committing and
closing, as an ingest and a reviewer do. Prints, per way of opening, the rows each run committed, the
rows the file holds after, the rows lost and the opens that failed, for DuckDB's own file lock (the
plain alternative: `duckdb.connect` retried while the file is locked) and for baocao's
`store.connect`, which also holds `{db}.lock` from before the open to after the close.

  .venv/bin/python -m bench.handover [--runs 4] [--cycles 1500] [--busy 2]

One writer commits one row per opening, `--cycles` times; the other commits 200 rows per opening,
a fifth as often. Each run starts from no file, so the first openings race to create it. `--busy`
processes spin beside them, as an ingest's OCR workers keep every core busy; on an idle machine the
gap is seldom hit.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from baocao.core.errors import UsageError
from baocao.pipeline.store import connect as baocao_connect


def _plain_connect(path: str):
    delay = 0.005
    while True:
        try:
            return duckdb.connect(path)
        except duckdb.IOException as e:
            if "lock" not in str(e).lower():
                raise
        time.sleep(delay * (0.5 + random.random()))
        delay = min(delay * 2, 0.2)


def writer(path: str, how: str, tag: str, cycles: int, rows: int) -> None:
    """One side: prints the rows it committed and the opens that failed."""
    done = failed = 0
    for i in range(cycles):
        try:
            con = _plain_connect(path) if how == "duckdb" else baocao_connect(path, read_only=False)
        except (duckdb.Error, UsageError):
            failed += 1
            continue
        try:
            con.execute("CREATE TABLE IF NOT EXISTS t (tag VARCHAR, i INTEGER, pad VARCHAR)")
            con.execute("BEGIN")
            con.executemany("INSERT INTO t VALUES (?, ?, ?)", [(tag, i, "x" * 500)] * rows)
            con.execute("COMMIT")
            done += rows
        except duckdb.Error:
            failed += 1
        finally:
            con.close()
    print(done, failed)


def run(how: str, cycles: int, busy: int, tmp: Path) -> tuple[int, int, int]:
    db = tmp / f"{how}.duckdb"
    for p in tmp.glob(f"{how}.duckdb*"):
        p.unlink()
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(busy)]
    procs = [subprocess.Popen([sys.executable, "-m", "bench.handover", "--writer", str(db), how, tag, str(n), str(rows)],
                              stdout=subprocess.PIPE, text=True)
             for tag, n, rows in (("small", cycles, 1), ("big", cycles // 5, 200))]  # fmt: skip
    committed = failed = 0
    try:
        for p in procs:
            out, _ = p.communicate()
            done, bad = map(int, out.split())
            committed, failed = committed + done, failed + bad
    finally:
        for p in spinners:
            p.kill()
            p.wait()
    con = duckdb.connect(str(db), read_only=True)
    held = con.execute("SELECT count(*) FROM t").fetchone()[0]
    con.close()
    return committed, held, failed


def main(argv: list[str]) -> None:
    if argv[:1] == ["--writer"]:
        path, how, tag, cycles, rows = argv[1:]
        writer(path, how, tag, int(cycles), int(rows))
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=4)
    ap.add_argument("--cycles", type=int, default=1500)
    ap.add_argument("--busy", type=int, default=2)
    args = ap.parse_args(argv)
    print("way of opening     run   committed   in the file   lost   failed opens")
    with tempfile.TemporaryDirectory() as d:
        for how in ("duckdb", "baocao"):
            lost_runs = 0
            for r in range(args.runs):
                committed, held, failed = run(how, args.cycles, args.busy, Path(d))
                lost_runs += committed != held or failed > 0
                print(f"{how:18} {r + 1:3}   {committed:9}   {held:11}   {committed - held:4}   {failed:12}")
            print(f"{how:18} runs with a loss or a failed open: {lost_runs}/{args.runs}")


if __name__ == "__main__":
    main(sys.argv[1:])
