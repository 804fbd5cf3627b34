"""Batch soak: pages per minute and peak memory, local process pool against a Dask LocalCluster on
the same synthetic scans; and peak memory of a 50-page against a 500-page digital PDF.

  .venv/bin/python -m bench.batch [--pages 200]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import synth
from baocao.diacritics.corpus import seed_paragraphs


def make_scans(folder: Path, pages: int) -> int:
    paras = seed_paragraphs("002_e408c7ead905c304.txt")
    made, i = 0, 0
    while made < pages:
        chunk = paras[(i * 7) % len(paras) :][:40] or paras[:40]
        gold = synth.scan(chunk, folder / f"soak-{i:03d}.pdf", synth.Layout(), synth.Wear(dpi=200, skew_deg=1.0,
                          noise=4.0, jpeg=70), seed=i)  # fmt: skip
        made += len(gold)
        i += 1
    return made


def make_digital(path: Path, pages: int) -> None:
    lines = synth._wrap_lines("\n".join(seed_paragraphs("000_57d90ad183e6dc10.txt")))
    synth.write_text_pdf([lines[(k * 45) % len(lines) :][:45] for k in range(pages)], path)


def timed_ingest(args: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of the whole process tree of one `baocao ingest` run."""
    code = ("import resource, sys, time; from baocao.pipeline.cli import app; t = time.perf_counter()\n"
            "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
            "print(f'@@ {time.perf_counter() - t:.2f} {me / 1024:.0f} {kids / 1024:.0f}', file=sys.stderr)")  # fmt: skip
    proc = subprocess.run([sys.executable, "-c", code, "ingest", *args], capture_output=True, text=True)
    line = next(x for x in proc.stderr.splitlines() if x.startswith("@@"))
    _, secs, me, kids = line.split()
    return float(secs), max(float(me), float(kids))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=40)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        scans = tmp / "scans"
        scans.mkdir()
        n = make_scans(scans, a.pages)
        secs, mb = timed_ingest([str(scans), "--db", str(tmp / "pool.duckdb"), "--no-learn", "--workers", "2"])
        print(f"process pool, 2 workers: {n} pages in {secs:.1f} s = {60 * n / secs:.1f} pages/min, peak RSS {mb:.0f} MB")
        from distributed import LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            secs_d, mb_d = timed_ingest([str(scans), "--db", str(tmp / "dask.duckdb"), "--no-learn",
                                         "--scheduler", cluster.scheduler_address])  # fmt: skip
        print(f"Dask LocalCluster, 2 workers: {n} pages in {secs_d:.1f} s = {60 * n / secs_d:.1f} pages/min "
              f"({secs_d / secs - 1:+.0%} time against the pool; cluster start-up not counted)")  # fmt: skip
        for pages in (50, 500):
            pdf = tmp / f"digital-{pages}.pdf"
            make_digital(pdf, pages)
            secs, mb = timed_ingest([str(pdf), "--db", str(tmp / f"d{pages}.duckdb"), "--no-learn"])
            print(f"digital PDF of {pages} pages: {secs:.1f} s, peak RSS {mb:.0f} MB")


if __name__ == "__main__":
    main()
