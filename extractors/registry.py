"""The extractor registry: each extractor has a versioned name, what it needs and what it fills.

Extractors are pure (DocText in, records out) and run in the parent process once a document's pages
are read and restored. Registering a name twice is refused, so a changed extractor gets a new
version (facts.v3) rather than silently replacing the old one; each stored record names the
extractor that made it.

Each extractor runs on its own: one that raises costs the document nothing else. Its failure is
narrowed to the pages that cause it (the extractor is run page by page), it runs again on the
document without them, and each failing page is recorded (`ExtractionError`, stored in
`extraction_errors`), so a bad page loses its own records only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from baocao.extractors.document import DocText, LazyPages
from baocao.extractors.facts import find_facts
from baocao.extractors.metadata import find_metadata
from baocao.extractors.models import find_model_statuses
from baocao.extractors.references import find_references
from baocao.schemas.records import DocMeta, ExtractionError, Fact, LegalReference, ModelStatus

log = logging.getLogger("baocao.extract")


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
    errors: list[ExtractionError] = field(default_factory=list)


_SLOT = {"documents": "meta", "facts": "facts", "model_statuses": "models", "legal_references": "references"}


def extract(doc: DocText, names: tuple[str, ...] = DEFAULT) -> Extraction:
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise ValueError(f"unknown extractor(s) {unknown}; available: {sorted(REGISTRY)}")
    out = Extraction()
    for name in names:
        ex = REGISTRY[name]
        result, errors = run_isolated(ex, doc)
        out.errors += errors
        if result is not None:
            setattr(out, _SLOT[ex.assigns], result)
    return out


def run_isolated(ex: Extractor, doc: DocText) -> tuple[object | None, list[ExtractionError]]:
    """The extractor's records, and what went wrong: on a failure, each page is tried alone, and the
    extractor runs once more over the pages that passed. None when nothing could be salvaged."""
    try:
        return ex.fn(doc), []
    except Exception as whole:  # noqa: BLE001 - an extractor's bug must not cost the other records
        log.debug("%s failed on %s", ex.name, doc.doc_id, exc_info=True)
        bad: dict[int, str] = {}
        for n in page_numbers(doc):
            try:
                ex.fn(subset(doc, {n}))
            except Exception as e:  # noqa: BLE001
                bad[n] = f"{type(e).__name__}: {e}"
        errors = [ExtractionError(doc_id=doc.doc_id, page_no=n, extractor=ex.name, error=msg) for n, msg in bad.items()]
        if not bad:  # fails only across pages: the document is where it failed
            return None, [ExtractionError(doc_id=doc.doc_id, page_no=None, extractor=ex.name,
                                          error=f"{type(whole).__name__}: {whole}")]  # fmt: skip
        try:
            return ex.fn(subset(doc, set(page_numbers(doc)) - set(bad))), errors
        except Exception as e:  # noqa: BLE001
            return None, errors + [ExtractionError(doc_id=doc.doc_id, page_no=None, extractor=ex.name,
                                                   error=f"{type(e).__name__}: {e}")]  # fmt: skip


def page_numbers(doc: DocText) -> list[int]:
    return list(doc.pages.page_nos) if isinstance(doc.pages, LazyPages) else [p.page_no for p in doc.pages]


def subset(doc: DocText, keep: set[int]) -> DocText:
    """The document with only these pages (and the tables that lie on them), loaded as lazily."""
    if isinstance(doc.pages, LazyPages):
        pages = LazyPages(doc.pages.load, [n for n in doc.pages.page_nos if n in keep])
    else:
        pages = [p for p in doc.pages if p.page_no in keep]
    return DocText(doc.doc_id, pages, [t for t in doc.tables if set(t.pages) <= keep])
