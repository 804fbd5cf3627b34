"""The package as users install it: one namespace, layers that only import downwards, and a model
that an ingest never changes unless asked."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from dbutil import rows
from baocao.diacritics.build import SHIPPED, model_version
from baocao.pipeline.ingest import ingest
from baocao.schemas.records import Settings

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_layers_import_only_downwards():
    """import-linter's layers contract in pyproject.toml: core -> read -> diacritics -> page ->
    document stages -> store -> app."""
    proc = subprocess.run([str(BIN / "lint-imports")], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0 and "0 broken" in proc.stdout, proc.stdout[-3000:]


def test_wheel_installs_beside_packages_named_pipeline_and_schemas(tmp_path, pdfs):
    """A non-editable install next to other distributions' `pipeline` and `schemas`: theirs stay
    theirs, ours is baocao.*, and a real job runs from the installed copy."""
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(wheels),
                    str(REPO)], check=True, capture_output=True)  # fmt: skip
    target = tmp_path / "site"
    for other in ("pipeline", "schemas"):  # what other distributions install at the top level
        (target / other).mkdir(parents=True)
        (target / other / "__init__.py").write_text(f"OWNER = 'another distribution ({other})'\n")
    [wheel] = wheels.glob("baocao-*.whl")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)  # fmt: skip
    assert (target / "pipeline" / "__init__.py").read_text().startswith("OWNER")  # not overwritten
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = ("import pipeline, schemas, baocao.pipeline.cli as cli, baocao.diacritics.build as b; "
            "print(pipeline.OWNER, schemas.OWNER, cli.__file__, (b.SHIPPED / 'lm.pkl').exists(), sep='|')")
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, check=True)
    theirs_p, theirs_s, ours, has_lm = out.stdout.strip().split("|")
    assert "another" in theirs_p and "another" in theirs_s
    assert ours.startswith(str(target)) and has_lm == "True"
    db = tmp_path / "out" / "i.duckdb"
    run = [sys.executable, "-m", "baocao.pipeline.cli", "ingest", str(pdfs["digital"]), "--db", str(db), "--workers", "1"]
    proc = subprocess.run(run, env=env, cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert rows(db, "SELECT count(*) FROM facts")[0][0] >= 3


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*")) if p.is_file()}


def test_ingest_never_writes_the_shipped_model_and_learns_only_when_asked(pdfs, tmp_path, monkeypatch):
    monkeypatch.delenv("BAOCAO_MODEL_DIR")
    before = _digest(SHIPPED)
    db = tmp_path / "a" / "x.duckdb"
    ingest([pdfs["digital"]], db, Settings(), workers=1)  # learning is off by default
    assert _digest(SHIPPED) == before and not (db.parent / "model").exists()
    [(version, run_id)] = rows(db, "SELECT model_version, run_id FROM documents")
    assert version == model_version() and version.startswith("shipped-")
    [(command, extractors, docs)] = rows(db, "SELECT command, extractors, documents FROM runs WHERE run_id = ?", [run_id])
    assert command == "ingest" and "facts.v3" in extractors and docs == 1

    learned = tmp_path / "model"
    monkeypatch.setenv("BAOCAO_MODEL_DIR", str(learned))
    ingest([pdfs["digital"]], tmp_path / "b" / "y.duckdb", Settings(learn=True), workers=1)
    assert _digest(SHIPPED) == before  # still
    assert len(list((learned / "user").glob("*.txt"))) == 1 and (learned / "lm.pkl").exists()
    assert model_version().startswith("learned-")


def test_the_model_version_changes_with_the_lexicon_the_case_table_and_the_pairs_too(tmp_path):
    from baocao.diacritics.build import CAPITALS, COMPOUNDS, _version_of

    for name in ("lm.pkl", "lexicon.tsv", CAPITALS, COMPOUNDS):
        (tmp_path / name).write_text("a\n")
    seen = {_version_of(tmp_path / "lm.pkl")}
    for name in ("lexicon.tsv", CAPITALS, COMPOUNDS):
        (tmp_path / name).write_text("b\n")
        _version_of.cache_clear()
        seen.add(_version_of(tmp_path / "lm.pkl"))
    assert len(seen) == 4 and all(v.startswith("learned-") for v in seen)


def test_keep_work_gives_each_document_its_own_folder(pdfs, tmp_path):
    work = tmp_path / "work"
    ingest([pdfs["scan"], pdfs["worn"]], tmp_path / "k.duckdb", Settings(work_dir=work), workers=2)
    folders = sorted(p.name for p in work.iterdir())
    assert len(folders) == 2 and all((work / f / "0001_clean.png").exists() for f in folders)
