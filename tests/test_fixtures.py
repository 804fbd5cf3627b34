"""The labelled reports the fact benchmarks score against, and the second labels of bench.agreement, keep
the shape LABELLING.md gives them: a malformed label would be scored as a miss, not reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from baocao.schemas.records import FactKind, SubjectKind

FIXTURES = Path(__file__).parent / "fixtures"
SECOND = Path(__file__).parent.parent / "bench" / "second_labels"
LABELLED = sorted(FIXTURES.glob("analyst_*.json")) + sorted(SECOND.glob("*/analyst_*.json"))


@pytest.mark.parametrize("path", LABELLED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_label_has_the_guides_fields(path: Path):
    facts = json.loads(path.read_text("utf-8"))["facts"]
    kinds, subject_kinds = {k.value for k in FactKind}, {k.value for k in SubjectKind}
    for f in facts:
        assert isinstance(f["value"], (int, float)) and isinstance(f.get("denominator"), (int, float, type(None))), f
        assert f["kind"] in kinds, f
        assert (f.get("subject") is None) == (f.get("subject_kind") is None), f
        assert f.get("subject_kind") in subject_kinds | {None}, f


def test_second_labels_relabel_reports_that_exist():
    assert LABELLED, "no labelled reports"
    for path in SECOND.glob("*/analyst_*.json"):
        assert (FIXTURES / path.name).exists(), path
        assert path.parent.name == path.stem.split("_")[1], path
