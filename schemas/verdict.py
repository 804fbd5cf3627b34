"""What the probe made of a page's text layer: apart from records.py so that judging a text needs
no pydantic (`baocao restore --mode auto` starts faster)."""

from __future__ import annotations

from enum import Enum


class LayerVerdict(str, Enum):
    """What the probe made of a page's embedded text layer."""

    good = "good"
    stripped = "stripped"  # Vietnamese words without their marks
    garbled = "garbled"  # a non-Vietnamese OCR's reading: marks turned into other letters and digits
    absent = "absent"
