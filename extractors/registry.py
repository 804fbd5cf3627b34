"""The extractor registry: each extractor has a versioned name, what it needs and what it fills.

Extractors are pure (DocText in, records out) and run in the parent process once a document's pages
are read and restored. Registering a name twice is refused, so a changed extractor gets a new
version (facts.v3) rather than silently replacing the old one; each stored record names the
extractor that made it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from baocao.extractors.document import DocText
from baocao.extractors.facts import find_facts
from baocao.extractors.metadata import find_metadata
from baocao.extractors.models import find_model_statuses
from baocao.extractors.references import find_references
from baocao.schemas.records import DocMeta, Fact, LegalReference, ModelStatus


@dataclass(frozen=True)
class Extractor:
    name: str
    assigns: str  # the table (or documents columns) it fills
    fn: Callable[[DocText], object]
    requires: tuple[str, ...] = ("pages.text",)


REGISTRY: dict[str, Extractor] = {}


def register(name: str, assigns: str, fn: Callable[[DocText], object]) -> None:
    if name in REGISTRY and REGISTRY[name].fn is not fn:
        raise ValueError(f"extractor {name!r} is already registered; give a changed extractor a new version")
    REGISTRY[name] = Extractor(name, assigns, fn)


register("metadata.v1", "documents", find_metadata)
register("facts.v3", "facts", find_facts)  # v1 took numbers inside tables from the page text; v2 no kinds
register("models.v2", "model_statuses", find_model_statuses)  # v1: only rows with a legible status
register("references.v1", "legal_references", find_references)
DEFAULT = ("metadata.v1", "facts.v3", "models.v2", "references.v1")


@dataclass
class Extraction:
    meta: DocMeta = field(default_factory=DocMeta)
    facts: list[Fact] = field(default_factory=list)
    models: list[ModelStatus] = field(default_factory=list)
    references: list[LegalReference] = field(default_factory=list)


_SLOT = {"documents": "meta", "facts": "facts", "model_statuses": "models", "legal_references": "references"}


def extract(doc: DocText, names: tuple[str, ...] = DEFAULT) -> Extraction:
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise ValueError(f"unknown extractor(s) {unknown}; available: {sorted(REGISTRY)}")
    out = Extraction()
    for name in names:
        ex = REGISTRY[name]
        setattr(out, _SLOT[ex.assigns], ex.fn(doc))
    return out
