"""Where library chatter goes: warnings from camelot, pdfminer and friends ('No tables found in table
area') are for the log file beside the database, not for the terminal over ingest's summary.
Worker processes inherit the setting through the environment."""

from __future__ import annotations

import logging
import os
from pathlib import Path

ENV = "BAOCAO_LOG"


def route_warnings(log_file: Path) -> None:
    """Send Python warnings and baocao's own log records to `log_file` (appended)."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
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
