"""A corpus of files an archive really contains and a pipeline must survive, made on demand.

`make(folder)` writes them and returns {kind: path}; `python tests/badfiles.py FOLDER` does the same
from a shell (to try `baocao ingest FOLDER` by hand). Nothing is checked in: every file is generated.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import synth  # noqa: E402

# invented for the tests: a province's report in the older tone placement (hoà, thuỷ, khoẻ, hoá)
OLD_TONES = """UBND TỈNH HOÀ BÌNH
Số: 118/BC-UBND
Hoà Bình, ngày 12 tháng 5 năm 2016
BÁO CÁO
Kết quả công tác hoà giải ở cơ sở và tin học hoá quý I/2016
Tính đến ngày 31/3/2016, toàn tỉnh có 1.204 tổ hoà giải với 12.690 hoà giải viên;
đã cấp 45.120 thẻ Căn cước công dân; 96,5% hồ sơ thuỷ lợi được tin học hoá.
"""


def zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty."""
    objs = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[]/Count 0>>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj" % i + body + b"endobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def digital(text: str, path: Path) -> Path:
    synth.write_text_pdf([synth._wrap_lines(text)], path)
    return path


def make(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {k: folder / f"{k}.pdf" for k in ("empty", "text", "truncated", "locked", "zero", "huge", "old_tones",
                                            "new_tones")}  # fmt: skip
    out["empty"].write_bytes(b"")
    out["text"].write_text("not a pdf at all\n")
    digital(OLD_TONES, out["old_tones"])
    digital(OLD_TONES.replace("hoà", "hòa").replace("Hoà", "Hòa").replace("HOÀ", "HÒA").replace("hoá", "hóa")
            .replace("thuỷ", "thủy"), out["new_tones"])  # fmt: skip
    whole = out["old_tones"].read_bytes()
    out["truncated"].write_bytes(whole[: len(whole) // 3])
    c = canvas.Canvas(str(out["locked"]), encrypt="s3cret")
    c.drawString(72, 720, "Bao cao mat 2025")
    c.showPage()
    c.save()
    out["zero"].write_bytes(zero_page_pdf())
    c = canvas.Canvas(str(out["huge"]), pagesize=(14400, 14400))  # 200 x 200 inches
    c.setFont("Helvetica", 400)
    c.drawString(1000, 7000, "HUGE 2025")
    c.showPage()
    c.save()
    out["latin1_name"] = folder / os.fsdecode(b"b\xe1o c\xe1o 2016.pdf")  # a Latin-1 file name, not UTF-8
    out["latin1_name"].write_bytes(whole + b"\n% another copy\n")
    out["loop"] = folder / "loop.pdf"  # a symlink to itself
    if not os.path.lexists(out["loop"]):
        os.symlink(out["loop"].name, out["loop"])
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/badfiles.py FOLDER")
    for kind, path in make(Path(sys.argv[1])).items():
        print(f"{kind:12} {os.fsencode(path).decode('utf-8', 'backslashreplace')}")
