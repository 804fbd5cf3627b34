"""The import graph between baocao's folders, and import-linter's verdict on the layers.

  .venv/bin/python -m bench.imports                      # this checkout, installed as baocao.*
  .venv/bin/python -m bench.imports pipeline extractors  # an older checkout's top-level packages

Prints each folder-to-folder edge with the modules that make it, so that a change to the layering
shows as a diff of this output.
"""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import grimp

PACKAGES = ["baocao.core", "baocao.schemas", "baocao.pipeline", "baocao.extractors", "baocao.diacritics"]


def folder(module: str, roots: list[str]) -> str:
    return next(r for r in sorted(roots, key=len, reverse=True) if module == r or module.startswith(r + "."))


def main(roots: list[str]) -> None:
    graph = grimp.build_graph(*roots)
    edges: dict[tuple[str, str], set[str]] = defaultdict(set)
    for importer in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(importer):
            a, b = folder(importer, roots), folder(imported, roots)
            if a != b:
                edges[a, b].add(f"{importer.rsplit('.', 1)[-1]}→{imported.rsplit('.', 1)[-1]}")
    print(f"{len(graph.modules)} modules; folder-to-folder imports:")
    for (a, b), pairs in sorted(edges.items()):
        print(f"  {a:20} → {b:20} {len(pairs):3}  {', '.join(sorted(pairs))}")
    lint = Path(sys.executable).parent / "lint-imports"
    if roots == PACKAGES and lint.exists():
        out = subprocess.run([str(lint)], capture_output=True, text=True).stdout
        print("import-linter:", next((ln for ln in out.splitlines() if ln.startswith("Contracts:")), out[-500:]))


if __name__ == "__main__":
    main(sys.argv[1:] or PACKAGES)
