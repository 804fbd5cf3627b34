"""Where the active diacritics model lives: apart from build.py so that restoring text never imports
what only building needs (the corpus readers, place names, hashlib, datetime...): start-up time."""

from __future__ import annotations

import os
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent / "data"  # built at set-up, read-only afterwards
CAPITALS = "capitals.tsv"  # beside the lexicon: how often each form is written with a capital inside a sentence
COMPOUNDS = "compounds.npy"  # beside the LM: its ids of the dictionary's two-syllable words


def model_dir() -> Path | None:
    """The folder of learned text and the model built from it (`BAOCAO_MODEL_DIR`, set by the CLI to
    `model/` beside the database); None: the shipped model alone. The package is never written."""
    d = os.environ.get("BAOCAO_MODEL_DIR")
    return Path(d) if d else None


def use_model_dir(path: Path) -> None:
    """Point this process, its workers and the Restorer at a learned-model folder."""
    os.environ["BAOCAO_MODEL_DIR"] = str(Path(path).resolve())


def active(name: str) -> Path:
    d = model_dir()
    return d / name if d is not None and (d / name).exists() else SHIPPED / name


def lm_path() -> Path:
    return active("lm.pkl")


def lexicon_path() -> Path:
    return active("lexicon.tsv")
