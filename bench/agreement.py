"""How far two people agree on the labels of issue 17's fixtures, beside how far the rules agree with each.

A second labeller relabelled some held-out sets from their text alone (bench/second_labels/SET/, the
same file names as tests/fixtures; the labeller saw LABELLING.md and the paragraphs, not the first
labels, the rules or their scores). Where two careful people following one guide agree on a fact's
kind on 90% of facts, a rule cannot be measured above that line; the gap between "first vs second" and
"rules vs first" says how much of a miss is the rule's and how much is the guide's.

  .venv/bin/python -m bench.agreement [SET ...]

Per set, with the figures of bench.facts_kinds (results+targets P/R, kind on matched facts, subject on
the facts the reference names one for, "given": of the matched facts the other gives a subject, how many
agree): the second labels measured against the first, the first against the second, and the rules (the
digital PDF) against each.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from bench.facts_kinds import FIXTURES, add_scores, in_stored_units, line, read_facts, render, scores
from baocao.pipeline.ingest import ingest
from baocao.schemas.records import Settings

SECOND = Path(__file__).resolve().parent / "second_labels"


def measure(name: str) -> dict[str, dict]:
    """Summed scores of one set: second vs first, first vs second, rules vs first, rules vs second."""
    totals: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for i, path in enumerate(sorted((SECOND / name).glob("analyst_*.json"))):
            report = json.loads((FIXTURES / path.name).read_text("utf-8"))
            first = [in_stored_units(g) for g in report["facts"]]
            second = [in_stored_units(g) for g in json.loads(path.read_text("utf-8"))["facts"]]
            pdf = render(report, path.stem, i, tmp)["digital"]
            db = tmp / f"{path.stem}.duckdb"
            ingest([pdf], db, Settings(learn=False))
            rules = read_facts(db)
            for key, found, gold in (("second vs first", second, first), ("first vs second", first, second),
                                     ("rules vs first", rules, first), ("rules vs second", rules, second)):  # fmt: skip
                add_scores(totals, key, scores(found, gold))
    return totals


def main(args: list[str]) -> None:
    names = args or sorted(p.name for p in SECOND.iterdir() if p.is_dir())
    for name in names:
        if not any((SECOND / name).glob("analyst_*.json")):
            sys.exit(f"no second labels in {SECOND / name}")
        print(f"{name} ({len(list((SECOND / name).glob('analyst_*.json')))} reports)")
        for key, s in measure(name).items():
            print(f"  {key:16} {line(s)}")


if __name__ == "__main__":
    main(sys.argv[1:])
