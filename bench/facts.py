"""Facts benchmark: precision and recall of numeric facts against the hand-checked gold of seeds 000
and 002 (tests/fixtures/facts_gold.json), from a digital PDF and from a 300-DPI scan of each.

  .venv/bin/python -m bench.facts

The plain alternative printed beside it: every number the regex finds, kept as a fact (what a
naive extractor would store). Then appendix tables (seed 002's services and dossier counts, three
fonts, digital and worn scans): facts from the table read cell by cell against the same text
extractor run on the page text alone (facts.v1's way, which knew no tables).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import duckdb
import numpy as np

from bench import synth
from baocao.diacritics.corpus import seed_paragraphs
from baocao.extractors.document import DocText, PageText
from baocao.extractors.facts import text_facts
from baocao.extractors.units import canon_unit
from baocao.core.numbers import NUMBER_RE, parse_quantity
from baocao.pipeline.ingest import ingest
from baocao.schemas.records import Settings

ANY = object()  # a unit that matches any: the naive baseline reads no units
# the gold of these documents lists results only (targets, changes and scopes: bench/facts_kinds.py)
RESULTS = "kind = 'result'"
GOLD = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "facts_gold.json"


def key(value: float, den: float | None) -> tuple[float, float | None]:
    return round(value, 4), (round(den, 4) if den is not None else None)


def score(found: list[tuple], gold: list[dict]) -> tuple[float, float, int]:
    """Greedy multiset match on value and denominator; the unit must agree where the gold names one.
    Gold units are written as printed ("giấy chứng sinh") and compared in the canonical form that
    `facts.unit` stores ("giấy")."""
    pool = Counter()
    units: dict[tuple, list[str | None]] = {}
    for g in gold:
        k = key(g["value"], g["denominator"])
        pool[k] += 1
        units.setdefault(k, []).append(gold_unit(g))
    tp = 0
    for value, den, unit in found:
        k = key(value, den)
        if pool[k] > 0:
            us = units[k]
            match = next((i for i, u in enumerate(us) if u is None or unit is ANY or u == unit), None)
            if match is not None:
                us.pop(match)
                pool[k] -= 1
                tp += 1
    return tp / max(1, len(found)), tp / max(1, len(gold)), tp


def gold_unit(g: dict) -> str | None:
    return canon_unit(g["unit"]) if g["unit"] not in (None, "%", "VND") else g["unit"]


def naive(text: str) -> list[tuple[float, float | None, str | None]]:
    out = []
    for m in NUMBER_RE.finditer(text):
        q = parse_quantity(m.group())
        if q:
            out.append((q.value, q.denominator, ANY))
    return out


def main(args: list[str]) -> None:
    """`--unseen` runs the invented reports alone; `--misses` lists what each document missed or added."""
    misses_too = "--misses" in args
    if "--unseen" in args:
        with tempfile.TemporaryDirectory() as d:
            return unseen(Path(d), misses_too)
    gold = json.loads(GOLD.read_text("utf-8"))
    print(f"{'document':24} {'source':8} {'gold':>5} {'found':>6} {'precision':>10} {'recall':>7}   naive P / R")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for name in ("000_57d90ad183e6dc10", "002_e408c7ead905c304"):
            paras = seed_paragraphs(f"{name}.txt")
            digital, scan = tmp / f"{name}-digital.pdf", tmp / f"{name}-scan.pdf"
            lines = synth._wrap_lines("\n".join(paras))
            synth.write_text_pdf([lines[i : i + 50] for i in range(0, len(lines), 50)], digital)
            synth.scan(paras, scan, synth.Layout(), synth.Wear(dpi=300, noise=3.0, jpeg=80), seed=3)
            for source, pdf in (("digital", digital), ("scan", scan)):
                db = tmp / f"{name}-{source}.duckdb"
                ingest([pdf], db, Settings(learn=False))
                con = duckdb.connect(str(db), read_only=True)
                found = con.execute(f"SELECT value, denominator, unit FROM facts WHERE {RESULTS}").fetchall()
                text = "\n".join(t for (t,) in con.execute("SELECT text FROM pages ORDER BY page_no").fetchall())
                con.close()
                p, r, _ = score(found, gold[name])
                np_, nr, _ = score(naive(text), gold[name])
                print(f"{name:24} {source:8} {len(gold[name]):5d} {len(found):6d} {p:10.1%} {r:7.1%}   "
                      f"{np_:.1%} / {nr:.1%}")  # fmt: skip
                if misses_too:
                    print_misses(found, gold[name])
        unseen(tmp, misses_too)
        tables(tmp)


UNSEEN = sorted((p.name for p in GOLD.parent.glob("unseen_report*.json")),
                key=lambda n: int(re.sub(r"\D", "", n) or 1))


def linked(found: list[tuple], gold: list[dict], field: str = "indicator") -> tuple[int, int]:
    """Of the gold facts found (same value and denominator) whose gold gives `field`, how many carry
    the gold's value of it (the catalog indicator; the as-of date, where the text states one)."""
    pool = {}
    for g in gold:
        if field in g:
            pool.setdefault(key(g["value"], g["denominator"]), []).append(g[field])
    right = n = 0
    for value, den, got in found:
        wanted = pool.get(key(value, den))
        if wanted:
            n += 1
            got = str(got) if field == "as_of" and got is not None else got
            if got in wanted:
                wanted.remove(got)
                right += 1
            else:
                wanted.pop(0)
    return right, n


def held_out_set(about: str) -> str:
    m = re.search(r"held-out set (\w)", about)
    return f"set {m.group(1)}" if m else "earlier (tuned on)"


def misses(found: list[tuple], gold: list[dict]) -> tuple[list, list]:
    """Gold facts not found, and facts found that match no gold (value, denominator, unit)."""
    left = [(g["value"], g["denominator"], gold_unit(g)) for g in gold]
    extra = []
    for value, den, unit in found:
        i = next((i for i, (v, d, u) in enumerate(left) if key(v, d) == key(value, den) and u in (None, unit)), None)
        if i is None:
            extra.append((value, den, unit))
        else:
            left.pop(i)
    return left, extra


def print_misses(found: list[tuple], gold: list[dict]) -> None:
    missed, extra = misses(found, gold)
    print(f"    missed {missed}\n    extra  {extra}")


def unseen(tmp: Path, misses_too: bool = False) -> None:
    """Invented reports in tests/fixtures, each written before a round of rule changes (its `about`
    says which); pooled precision and recall per source at the end."""
    pooled: dict[str, list[int]] = {}
    for i, name in enumerate(UNSEEN):
        report = json.loads((GOLD.parent / name).read_text("utf-8"))
        paras, gold, meta = report["paragraphs"], report["facts"], report["meta"]
        label = f"{name.removesuffix('.json')} ({meta['province']})"
        digital, scan = tmp / f"{name}-digital.pdf", tmp / f"{name}-scan.pdf"
        synth.write_text_pdf([synth._wrap_lines("\n".join(paras))], digital)
        family = ("Arimo", "Tinos", "DejaVuSerif")[i % 3]
        synth.scan(paras, scan, synth.Layout(family=family), synth.Wear(dpi=200, skew_deg=1.0, noise=5.0, jpeg=75),
                   seed=9 + i)  # fmt: skip
        for source, pdf in (("digital", digital), ("scan", scan)):
            db = tmp / f"{name}-{source}.duckdb"
            ingest([pdf], db, Settings(learn=False))
            con = duckdb.connect(str(db), read_only=True)
            found = con.execute(f"SELECT value, denominator, unit FROM facts WHERE {RESULTS}").fetchall()
            links = con.execute(f"SELECT value, denominator, indicator_id FROM facts WHERE {RESULTS}").fetchall()
            dates = con.execute(f"SELECT value, denominator, as_of FROM facts WHERE {RESULTS}").fetchall()
            got = dict(zip(meta, con.execute(f"SELECT {', '.join(meta)} FROM documents").fetchall()[0], strict=True))
            con.close()
            p, r, tp = score(found, gold)
            right, n = linked(links, gold)
            dated, n_dated = linked(dates, gold, "as_of")
            wrong = {k: got[k] for k in meta if str(got[k]) != meta[k]}
            as_of = f"   as-of {dated}/{n_dated}" if n_dated else ""
            print(f"{label:34} {source:8} {len(gold):5d} {len(found):6d} {p:10.1%} {r:7.1%}   "
                  f"indicator {right}/{n}{as_of}   metadata {len(meta) - len(wrong)}/{len(meta)} {wrong or ''}")  # fmt: skip
            t = pooled.setdefault((held_out_set(report["about"]), source), [0] * 9)
            for j, v in enumerate((tp, len(found), len(gold), right, n, len(meta) - len(wrong), len(meta), dated, n_dated)):
                t[j] += v
            if misses_too:
                print_misses(found, gold)
    for (group, source), (tp, nf, ng, right, n, mr, nm, dated, n_dated) in sorted(pooled.items()):
        print(f"ALL {group:18} {source:8} precision {tp / max(nf, 1):.1%} recall {tp / ng:.1%}   "
              f"indicator {right}/{n}   as-of {dated}/{n_dated}   metadata {mr}/{nm}")


def tables(tmp: Path) -> None:
    print(f"\n{'appendix table':24} {'source':8} {'gold':>5} {'found':>6} {'precision':>10} {'recall':>7}   "
          "page text only P / R")  # fmt: skip
    totals: dict[str, list[float]] = {}
    for first, n, family in ((0, 8, "Tinos"), (8, 9, "DejaVuSerif"), (17, 8, "Arimo")):
        widths, cells = synth.dossier_table(first, n)
        gold = [{"value": q.value, "denominator": q.denominator, "unit": c.text.split(" ", 1)[1]}
                for c in cells if c.col == 3 and c.row >= 2 and (q := parse_quantity(c.text))]  # fmt: skip
        digital, scan = tmp / f"t{first}-digital.pdf", tmp / f"t{first}-scan.pdf"
        synth.write_table_pdf(widths, cells, digital, family=family)
        img = synth.render_table(widths, cells, synth.Layout(family=family, size_pt=11))
        synth.write_scan_pdf([synth.wear(img, synth.WORN, np.random.default_rng(first))], scan, jpeg=70)
        for source, pdf in (("digital", digital), ("scan", scan)):
            db = tmp / f"t{first}-{source}.duckdb"
            ingest([pdf], db, Settings(learn=False))
            con = duckdb.connect(str(db), read_only=True)
            found = con.execute("SELECT value, denominator, unit FROM facts").fetchall()
            page = con.execute("SELECT page_no, text FROM pages").fetchall()[0]
            con.close()
            plain = [(f.value, f.denominator, f.unit) for fs, _ in text_facts(DocText("t", [PageText(*page, [])]))
                     for f in fs]  # fmt: skip
            p, r, tp = score(found, gold)
            bp, br, btp = score(plain, gold)
            t = totals.setdefault(source, [0, 0, 0, 0, 0, 0])
            for i, v in enumerate((tp, len(found), len(gold), btp, len(plain), len(gold))):
                t[i] += v
            print(f"rows {first:2d}-{first + n - 1:2d} {family:12} {source:8} {len(gold):5d} {len(found):6d} "
                  f"{p:10.1%} {r:7.1%}   {bp:.1%} / {br:.1%}")  # fmt: skip
    for source, (tp, nf, ng, btp, bnf, bng) in totals.items():
        print(f"ALL tables {source:8}  precision {tp / nf:.1%} recall {tp / ng:.1%}   "
              f"page text only {btp / max(bnf, 1):.1%} / {btp / bng:.1%}")


if __name__ == "__main__":
    main(sys.argv[1:])
