"""OCR results kept by page-image hash, so that a page image is never OCR'd twice: not after a
crash, not when the same scan comes back inside another PDF (re-saved, merged, renamed).

The key covers the pixels and every setting that changes the reading; VERSION is bumped when the
reading code changes what it returns. Entries are written whole (temp file + rename), so a killed
worker leaves no half entry behind.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

import numpy as np
from pydantic import ValidationError

from baocao.schemas.records import CachedOcr, Settings

log = logging.getLogger("baocao.cache")
VERSION = "5"  # 2: stamp shapes, half-size noise, the heading row by row; 3: margin notes dropped, cell specks (issue 22); 4: cells' word confidences, a seal's cells read again; 5: a seal's path cut out, number columns read as digits, sealed words passed on unsure


def page_key(img: np.ndarray, dpi: int, s: Settings) -> str:
    h = hashlib.sha256()
    h.update(f"{VERSION}|{img.shape}|{img.dtype}|{dpi}|{s.languages}|{s.psm}|{s.clean}|".encode())
    h.update(np.ascontiguousarray(img).data)
    return h.hexdigest()


def _path(cache_dir: Path, key: str) -> Path:
    return cache_dir / key[:2] / f"{key}.json"


def load(cache_dir: Path | None, key: str) -> CachedOcr | None:
    if cache_dir is None:
        return None
    path = _path(cache_dir, key)
    try:
        return CachedOcr.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValidationError) as e:  # a damaged entry is read again, not trusted
        log.warning("OCR cache entry %s unreadable (%s); reading the page again", path, e)
        return None


def save(cache_dir: Path | None, key: str, entry: CachedOcr) -> None:
    if cache_dir is None:
        return
    path = _path(cache_dir, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(entry.model_dump_json().encode())
        os.replace(tmp, path)
    except OSError as e:  # a full disk costs the cache, not the page
        log.warning("OCR cache not written (%s): %s", path, e)
