"""Where library chatter goes: warnings from camelot, pdfminer and friends ('No tables found in table
area') are for the log file beside the database, not for the terminal over ingest's summary.
Worker processes inherit the setting through the environment."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from baocao.core.errors import UsageError

ENV = "BAOCAO_LOG"


def make_folder(folder: Path) -> None:
    """The folder of the database and what lives beside it (log, model, caches). One that cannot be
    made is the user's to fix, so a usage error naming it, not an internal error (exit 1)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"cannot create the folder {folder} for the database: {e.strerror}; choose another --db") from None


def route_warnings(log_file: Path) -> None:
    """Send Python warnings and baocao's own log records to `log_file` (appended)."""
    make_folder(log_file.parent)
    os.environ[ENV] = str(log_file)
    _attach(log_file)


def route_warnings_from_env() -> None:
    """In a worker: the same routing as the parent, when it set one."""
    if os.environ.get(ENV):
        _attach(Path(os.environ[ENV]))


def _attach(log_file: Path) -> None:
    logging.captureWarnings(True)
    handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    for name in ("py.warnings", "camelot", "pdfminer"):
        logger = logging.getLogger(name)
        logger.handlers = [handler]
        logger.propagate = False
