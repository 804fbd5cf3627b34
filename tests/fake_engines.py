"""OCR engines that fail the way real ones do, plugged in by name through Settings.engine, so the
failure paths are tested without racing a tiny timeout."""

from __future__ import annotations

from baocao.core.errors import PageTimeout, ToolFailed


class _Failing:
    name = "fake"

    def check(self, langs: str) -> None:
        pass

    def orientation(self, image, timeout_s: float) -> int:
        return 0


class TimesOut(_Failing):
    def read_words(self, image, langs, psm, timeout_s, dpi=300):
        raise PageTimeout(f"tesseract gave up or took longer than {timeout_s:.0f} s")


class Crashes(_Failing):
    def read_words(self, image, langs, psm, timeout_s, dpi=300):
        raise ToolFailed("tesseract", -11, "Segmentation fault (core dumped)")
