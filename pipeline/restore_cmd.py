"""`baocao restore`'s work: stdin to stdout, shared by the typer command and the light launcher.

Imports only what restoring needs (no typer, rich or pydantic), so the launcher can run it without
the CLI framework; see launch.py.
"""

from __future__ import annotations

import json
import sys

from baocao.core.errors import UsageError

MODES = ("auto", "stripped", "garbled")


def restore_stdin(mode: str, as_json: bool, source: str) -> None:
    """Restore Vietnamese marks: UTF-8 text on stdin, the same text with marks on stdout. Text in a
    pre-Unicode encoding (bytes of a .txt export, or a PDF's TCVN3/VNI characters) is transcoded by
    its table instead: nothing to guess."""
    from baocao.core import legacy
    from baocao.diacritics.restore import DocumentCache, Restorer

    if mode not in MODES:
        raise UsageError(f"--mode must be auto, stripped or garbled, not {mode!r}")
    if source not in ("utf-8", "auto", *legacy.ENCODINGS):
        raise UsageError(f"--from must be utf-8, auto or one of {', '.join(legacy.ENCODINGS)}, not {source!r}")
    raw = sys.stdin.buffer.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        if source == "utf-8":
            raise UsageError(f"stdin is not UTF-8 (byte {e.start}); convert it first, e.g. with iconv, "
                             "or name its encoding with --from") from e  # fmt: skip
        text = legacy.from_bytes(raw)  # a legacy file's bytes, as a PDF would give them
    encoding = source if source in legacy.ENCODINGS else legacy.detect(text).encoding
    if encoding:
        text = legacy.decode(text, encoding)
        if as_json:
            print(json.dumps({"mode": f"from {encoding}", "text": text, "words": []}, ensure_ascii=False, indent=1))
        else:
            sys.stdout.write(text)
        return
    if mode == "auto":
        from baocao.pipeline.layer import judge_layer  # only when asked to judge
        from baocao.schemas.verdict import LayerVerdict

        mode = "garbled" if judge_layer(text) is LayerVerdict.garbled else "stripped"
    # one pass: a first one to fill the document cache cost as much again and changed nothing
    # measurable (held-out stripped 97.53% either way, real English-OCR layer 90.20/91.57% either way)
    result = Restorer.default().restore(text, mode, DocumentCache())
    if as_json:
        words = [{"raw": w.raw, "text": w.text, "confidence": w.confidence, "start": w.start, "end": w.end,
                  "alternatives": [{"text": t, "p": round(p, 4)} for t, p in w.alternatives]}
                 for w in result.words]  # fmt: skip
        print(json.dumps({"mode": mode, "text": result.text, "words": words}, ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(result.text)
