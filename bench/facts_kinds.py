"""Facts as an analyst reads a report: results, targets, changes and scopes, and whom each value is
about, on reports modelled on real ones of other provinces and national bodies
(tests/fixtures/analyst_report_*.json; analyst_heldout_*.json are measured with --heldout only, and any
other set analyst_NAME_*.json with --set NAME, e.g. the fresh held-out set of issue 17: --set fresh).

  .venv/bin/python -m bench.facts_kinds [--heldout | --set NAME] [--misses] [--record-first] [--strict-units] [--wear W]

Per document and source (a digital PDF, and a 200-DPI worn scan rendered by bench/synth.py; --wear W renders
the scan with one of bench.ocr's wears instead, e.g. photocopy: 150 DPI, 3° skew, show-through, noise):
precision and recall of results and targets (each fact matched on value, denominator and unit),
the same over all four kinds, kind accuracy on matched facts, subject accuracy on the gold facts that
name one, and ("given") how many of the matched facts given a subject have the gold's (none included). Beside each, the first score: the same figures for the rules as they stood before issue 17
(bench/facts_first_scores.json, written once per fixture by --record-first: a fixture's first score is
never overwritten, and a set's first score is the sum of its fixtures' first scores).
"""

from __future__ import annotations

import json
import math
import re
import sys
import tempfile
from pathlib import Path

import duckdb

from bench import synth
from baocao.core.places import key as fold_key
from baocao.extractors.subjects import normalize
from baocao.extractors.units import canon_unit
from baocao.pipeline.ingest import ingest
from baocao.schemas.records import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
FIRST = Path(__file__).resolve().parent / "facts_first_scores.json"
COUNTED = ("result", "target")  # what the precision and recall are about


GROUPS = {"report": "dev", "heldout": "held-out"}  # how the totals line (and its first-score key) names a set


def fixtures(name: str) -> list[Path]:
    return sorted(FIXTURES.glob(f"analyst_{name}_*.json"))


def set_name(args: list[str]) -> str:
    """`--set NAME` measures analyst_NAME_*.json; `--heldout` is `--set heldout`; the dev set is the default."""
    if "--set" in args:
        i = args.index("--set")
        if i + 1 >= len(args) or args[i + 1].startswith("--"):
            sys.exit("--set needs a name: it measures tests/fixtures/analyst_NAME_*.json")
        return args[i + 1]
    return "heldout" if "--heldout" in args else "report"


def _unit(u: str | None) -> str | None:
    """The unit as facts.unit stores it."""
    return canon_unit(u) if u not in (None, "%") and not u.startswith(("VND", "USD")) else u


def _k(value: float, den: float | None) -> tuple:
    """Value and denominator to 4 decimals and 12 significant digits: "67,26 nghìn tỷ đồng" scaled to đồng
    is 67260000000000.01 in floating point, the same money as the 67260000000000 a fact stores."""
    return float(f"{round(value, 4):.12g}"), (float(f"{round(den, 4):.12g}") if den is not None else None)


STRICT_UNITS = "--strict-units" in sys.argv  # the plain alternative: units must be spelled the same


_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_CURRENCY = {"đồng": "VND", "vnđ": "VND", "vnd": "VND", "usd": "USD"}


def in_stored_units(g: dict) -> dict:
    """Gold money as LABELLING.md writes it ("1283", "tỷ đồng"; "2,3 triệu tỷ đồng"; "73,1 triệu đồng/người/năm"; "2118/13954
    tỷ đồng") in the form facts store it (1.283e12 VND; 2.3e15 VND; 73100000 VND/người/năm; 2.118e12/1.3954e13 VND), and a count some writers left in
    millions ("3", "triệu người") as the others write it (3000000 "người"); a province by the bare name the guide
    gives it, as subjects are stored ("TP Hồ Chí Minh" is "Hồ Chí Minh")."""
    if g.get("subject_kind") == "province" and g.get("subject"):
        g = g | {"subject": normalize(g["subject"], "PROVINCE").name}
    money, slash, per = (g["unit"] or "").partition("/")
    *scales, currency = re.sub(r"đô\s?la\s+mỹ", "usd", money.lower()).split() or [""]  # ('triệu đôla Mỹ')
    if currency not in _CURRENCY or any(w not in _SCALE for w in scales):
        words = (g["unit"] or "").split()  # a count written in millions: "3 triệu người" is 3000000 "người", its total
        if len(words) > 1 and words[0].lower() in _SCALE and words[1].lower() != "lệ":  # too ("45,876/226,3 triệu m3"; not
            # "tỷ lệ chọi", a ratio)
            return _scaled(g, _SCALE[words[0].lower()]) | {"unit": " ".join(words[1:])}
        return g
    return _scaled(g, math.prod(_SCALE[w] for w in scales)) | {"unit": _CURRENCY[currency] + slash + per}


def _scaled(g: dict, scale: float) -> dict:
    """The value and its total ("2.118/13.954 tỷ đồng") in ones, the total unless it counts another thing ("113 triệu
    đồng/8 món chi")."""
    den = g["denominator"]
    den = round(den * scale, 2) if den is not None and not g.get("denominator_unit") else den
    return g | {"value": round(g["value"] * scale, 2), "denominator": den}


def _unit_fits(gold: str | None, found: str | None) -> bool:
    """A gold unit of None takes any; else the same unit, or one named by its head noun: '162 hệ thống'
    for 'hệ thống thông tin', '03 tổ' for 'tổ công tác', '4 hồ sơ' for '4 hồ sơ/ngày' (a Vietnamese noun phrase
    opens with its head)."""
    if gold is None:
        return True
    g, f = _unit(gold), found
    if g == f or STRICT_UNITS or f is None:
        return g == f
    gw, fw = (u.replace(",", " ,").replace("/", " /").split() for u in (g, f))  # "hồ sơ/ngày" is headed by "hồ sơ" too
    short, long_ = sorted((gw, fw), key=len)
    return long_[: len(short)] == short and short[-1] != ","


def match(found: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs (gold, found) on value, denominator and unit (see _unit_fits), preferring for each found
    fact a gold fact of the same kind and subject."""
    left = list(gold)
    pairs = []
    for f in found:
        cands = [g for g in left if _k(g["value"], g["denominator"]) == _k(f["value"], f["denominator"])
                 and _unit_fits(g["unit"], f["unit"])]  # fmt: skip
        if not cands:
            continue
        g = max(cands, key=lambda g: (g.get("kind") == f.get("kind"), _same(g.get("subject"), f.get("subject"))))
        left.remove(g)
        pairs.append((g, f))
    return pairs


def _same(a: str | None, b: str | None) -> bool:
    """One subject, up to case, marks, the plural 'các' ('thanh tra các sở, ngành' is 'thanh tra sở, ngành'), a dash
    between a name's parts ('Thừa Thiên - Huế' is 'Thừa Thiên Huế') and the word for an area before town or country
    ('khu vực nông thôn', 'vùng nông thôn' and 'nông thôn' are one); several units named together are the same units
    however the list is written ('huyện Đức Hòa, Bến Lức' is 'huyện Đức Hòa và huyện Bến Lức')."""
    if a is None or b is None:
        return a is None and b is None
    if _plain(a) == _plain(b):
        return True
    ma, mb = _members(a), _members(b)
    return len(ma) > 1 and ma == mb


_LEVEL_WORD = re.compile(r"^(?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tp|tinh) (?=\S)")


def _members(name: str) -> frozenset[str]:
    return frozenset(_LEVEL_WORD.sub("", _plain(m)) for m in re.split(r",|\s+và\s+", name) if m.strip())


_TOWN_OR_COUNTRY = re.compile(r"^(?:khu vuc|vung) (thanh thi|nong thon|do thi|ven do)$")


def _plain(name: str) -> str:
    return _TOWN_OR_COUNTRY.sub(r"\1", " ".join(w for w in fold_key(name).split() if w not in ("cac", "-")))


def scores(found: list[dict], gold: list[dict]) -> dict:
    rt_found = [f for f in found if f.get("kind", "result") in COUNTED]
    rt_gold = [g for g in gold if g["kind"] in COUNTED]
    rt = match(rt_found, rt_gold)
    every = match(found, gold)
    with_subject = [g for g in gold if g.get("subject")]
    subj_right = sum(1 for g, f in every if g.get("subject") and _same(g["subject"], f.get("subject")))
    return {
        "found": len(rt_found), "gold": len(rt_gold), "tp": len(rt),
        "all_found": len(found), "all_gold": len(gold), "all_tp": len(every),
        "kind_right": sum(1 for g, f in every if g["kind"] == f.get("kind", "result")), "kind_n": len(every),
        "subject_right": subj_right, "subject_n": len(with_subject),
        # of the matched facts given a subject, how many have the gold's: a wrong subject is worse than none
        "subject_given_right": sum(1 for g, f in every if f.get("subject") and _same(g.get("subject"), f["subject"])),
        "subject_given": sum(1 for _, f in every if f.get("subject")),
    }  # fmt: skip


def _columns(con) -> set[str]:
    return {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'facts'").fetchall()}


def read_facts(db: Path) -> list[dict]:
    con = duckdb.connect(str(db), read_only=True)
    cols = [c for c in ("value", "denominator", "unit", "kind", "subject", "subject_kind", "qualifier", "quote")
            if c in _columns(con)]  # fmt: skip
    rows = [dict(zip(cols, r, strict=True)) for r in con.execute(f"SELECT {', '.join(cols)} FROM facts").fetchall()]
    con.close()
    return rows


SCAN = synth.Wear(dpi=200, skew_deg=1.0, noise=5.0, jpeg=75)


def render(report: dict, name: str, i: int, tmp: Path, wear: str | None = None) -> dict[str, Path]:
    """The report as a digital PDF and as a scan: the bench's own wear, or one of bench.ocr's by name."""
    paras = report["paragraphs"]
    source = f"scan-{wear}" if wear else "scan"
    digital, scan = tmp / f"{name}-digital.pdf", tmp / f"{name}-{source}.pdf"
    synth.write_text_pdf([synth._wrap_lines("\n".join(paras))], digital)
    family = ("Arimo", "Tinos", "DejaVuSerif")[i % 3]
    synth.scan(paras, scan, synth.Layout(family=family), _wear(wear), seed=9 + i)
    return {"digital": digital, source: scan}


def _wear(name: str | None) -> synth.Wear:
    if name is None:
        return SCAN
    from bench.ocr import WEARS  # the OCR bench's wears: "worn", "photocopy", "ring-gray-noisy", ...

    if name not in WEARS:
        sys.exit(f"no wear {name!r}: one of {', '.join(WEARS)}")
    return WEARS[name]


def add_scores(totals: dict[str, dict], key: str, s: dict) -> None:
    """Sum one report's scores into the running totals under key (a source, or who is measured against whom)."""
    t = totals.setdefault(key, dict.fromkeys(s, 0))
    for k, v in s.items():
        t[k] += v


def _pct(a: int, b: int) -> str:
    return f"{a / b:6.1%}" if b else "     -"


def line(s: dict) -> str:
    return (f"P {_pct(s['tp'], s['found'])} R {_pct(s['tp'], s['gold'])}   all P {_pct(s['all_tp'], s['all_found'])} "
            f"R {_pct(s['all_tp'], s['all_gold'])}   kind {_pct(s['kind_right'], s['kind_n'])}   "
            f"subject {_pct(s['subject_right'], s['subject_n'])}"
            + (f"   given {_pct(s['subject_given_right'], s['subject_given'])}" if "subject_given" in s else ""))  # fmt: skip


def print_misses(found: list[dict], gold: list[dict]) -> None:
    pairs = match(found, gold)
    got = [id(f) for _, f in pairs]
    missed = [g for g in gold if all(g is not pg for pg, _ in pairs)]
    for g in missed:
        print(f"    missed {g['value']} {g['unit']} {g['kind']} {g.get('subject')}")
    for f in found:
        if id(f) not in got:
            print(f"    extra  {f['value']} {f.get('denominator')} {f['unit']} {f.get('kind')} {f.get('subject')} | {f.get('quote', '')[:70]}")
    for g, f in pairs:
        if g["kind"] != f.get("kind", "result") or not _same(g.get("subject"), f.get("subject")):
            print(f"    wrong  {g['value']} {g['unit']}: kind {f.get('kind')} (gold {g['kind']}), "
                  f"subject {f.get('subject')!r} (gold {g.get('subject')!r})")  # fmt: skip


def _option(args: list[str], flag: str) -> str | None:
    return args[args.index(flag) + 1] if flag in args and args.index(flag) + 1 < len(args) else None


def main(args: list[str]) -> None:
    which, misses_too, record = set_name(args), "--misses" in args, "--record-first" in args
    paths = fixtures(which)
    if not paths:
        sys.exit(f"no fixtures match {FIXTURES / f'analyst_{which}_*.json'}")
    first = json.loads(FIRST.read_text("utf-8")) if FIRST.exists() else {}
    totals: dict[str, dict] = {}
    firsts: dict[str, list] = {}  # each fixture's first score, by source
    print("results+targets P/R (the issue's figure), all four kinds P/R, kind and subject accuracy; first score below")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for i, path in enumerate(paths):
            report = json.loads(path.read_text("utf-8"))
            report["facts"] = [in_stored_units(g) for g in report["facts"]]
            name = path.stem
            for source, pdf in render(report, name, i, tmp, _option(args, "--wear")).items():
                db = tmp / f"{name}-{source}.duckdb"
                ingest([pdf], db, Settings(learn=False))
                found = read_facts(db)
                s = scores(found, report["facts"])
                label = f"{name} {source}"
                print(f"{label:32} {line(s)}")
                if f"{name}/{source}" in first:
                    print(f"{'  first score':32} {line(first[f'{name}/{source}'])}")
                if record and f"{name}/{source}" not in first:
                    first[f"{name}/{source}"] = s
                firsts.setdefault(source, []).append(first.get(f"{name}/{source}"))
                add_scores(totals, source, s)
                if misses_too:
                    print_misses(found, report["facts"])
    group = GROUPS.get(which, which)
    for source, t in totals.items():
        print(f"ALL {group} {source:8}        {line(t)}")
        if all(firsts[source]):
            ft = {k: sum(f[k] for f in firsts[source]) for k in t if all(k in f for f in firsts[source])}
            print(f"{'  first score':32} {line(ft)}")
    if record:
        FIRST.write_text(json.dumps(first, indent=1, sort_keys=True) + "\n", "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
