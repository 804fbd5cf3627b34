"""The OCR engine behind one small interface, so that another engine, or a test's fake one, plugs in
where Tesseract does (the idea of OCRmyPDF's `OcrEngine` plugin spec).

An engine is named in `Settings.engine`: "tesseract", or "package.module:attribute" for one of
your own. Workers load it by name, so the name is all that crosses a process boundary.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Protocol

from PIL import Image

from baocao.core.errors import UsageError
from baocao.pipeline import tesseract
from baocao.pipeline.tesseract import TessWord


class OcrEngine(Protocol):
    name: str

    def check(self, langs: str) -> None:
        """Raise MissingDependency (with an install hint) when the engine or its models are missing.
        Runs once in the main process before any page is read."""

    def read_words(self, image: Image.Image, langs: str, psm: int, timeout_s: float, dpi: int = 300) -> list[TessWord]:
        """Words with boxes and confidences in reading order; PageTimeout / ToolFailed on failure.
        Runs in a worker."""

    def read_digits(self, image: Image.Image, langs: str, timeout_s: float, dpi: int = 300) -> list[TessWord]:
        """One line of digits and separators only (a cell of a column of numbers); [] when the engine
        cannot restrict what it reads. Runs in a worker."""

    def orientation(self, image: Image.Image, timeout_s: float) -> int:
        """Degrees the page is turned (0, 90, 180, 270); 0 when unsure. Runs in a worker."""


class Tesseract:
    """Tesseract 5 in process through tesserocr, pytesseract when tesserocr is missing."""

    name = "tesseract"

    def check(self, langs: str) -> None:
        tesseract.check(langs)

    def read_words(self, image: Image.Image, langs: str, psm: int, timeout_s: float, dpi: int = 300) -> list[TessWord]:
        return tesseract.read_words(image, langs, psm, timeout_s, dpi=dpi)

    def read_digits(self, image: Image.Image, langs: str, timeout_s: float, dpi: int = 300) -> list[TessWord]:
        return tesseract.read_digits(image, langs, timeout_s, dpi=dpi)

    def orientation(self, image: Image.Image, timeout_s: float) -> int:
        return tesseract.orientation(image, timeout_s)


BUILTIN = {"tesseract": Tesseract}


@lru_cache(maxsize=4)
def load(spec: str = "tesseract") -> OcrEngine:
    """The engine named `spec`; a clear UsageError listing the choices when there is none."""
    if spec in BUILTIN:
        return BUILTIN[spec]()
    module, _, attr = spec.partition(":")
    try:
        return getattr(importlib.import_module(module), attr)()
    except (ImportError, AttributeError, ValueError) as e:
        raise UsageError(f"no OCR engine {spec!r} ({e}); use one of {sorted(BUILTIN)} or 'package.module:Class'") from e


_active = "tesseract"


def use(spec: str) -> None:
    """The engine this process reads pages with (a worker sets it from its job's settings)."""
    global _active
    _active = spec


def current() -> OcrEngine:
    return load(_active)
