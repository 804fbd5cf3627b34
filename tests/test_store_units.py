"""The store's units of work: pages read a chunk at a time come back exactly as one at a time, and an
ingest that stores pages in batches stores every page once."""

from __future__ import annotations

import duckdb

from baocao.pipeline.ingest import ingest
from baocao.pipeline.store import PAGE_CHUNK, Store
from baocao.schemas.records import LayerVerdict, PageResult, PageSource, Settings, Word


def page(doc: str, n: int) -> PageResult:
    words = [Word(doc_id=doc, page_no=n, word_no=k, raw=f"tu{n}_{k}", text=f"từ{n}_{k}", x0=k, y0=n, x1=k + 1, y1=n + 1,
                  restore_conf=0.9, line_no=k // 5) for k in range(7 + n % 3)]  # fmt: skip
    return PageResult(doc_id=doc, page_no=n, source=PageSource.text_layer, source_reason="text layer good",
                      layer_verdict=LayerVerdict.good, raw_text=" ".join(w.raw for w in words),
                      text=" ".join(w.text for w in words), width=2480, height=3508, words=words)  # fmt: skip


def test_pages_read_by_chunk_are_the_pages_read_one_by_one(tmp_path):
    store = Store(tmp_path / "u.duckdb")
    n_pages = 2 * PAGE_CHUNK + 3
    with store.session():
        for n in range(1, n_pages + 1):
            store.write_page(page("d", n))
        store.write_page(page("other", 1))
    one_by_one = [store.load_page("d", n) for n in range(1, n_pages + 1)]
    assert store.load_pages("d", list(range(1, n_pages + 1))) == one_by_one
    assert store.load_pages("d", [5, 2]) == [one_by_one[4], one_by_one[1]]  # in the order asked for
    assert list(store.iter_pages("d")) == one_by_one
    load = store.page_loader("d", keep=2)
    for n in (1, n_pages, 2, PAGE_CHUNK + 1, n_pages - 1, 1, 3):  # back and forth over the chunks
        assert load(n) == one_by_one[n - 1]
    store.close()


def test_an_ingest_stores_every_page_once(pdfs, tmp_path):
    db = tmp_path / "b.duckdb"
    events = []
    report = ingest([pdfs["digital"], pdfs["scan"]], db, Settings(learn=False), workers=2,
                    on_event=lambda kind, data: events.append((kind, data)))  # fmt: skip
    con = duckdb.connect(str(db), read_only=True)
    stored = con.execute("SELECT doc_id, page_no FROM pages ORDER BY ALL").fetchall()
    n_pages = con.execute("SELECT sum(n_pages) FROM documents").fetchone()[0]
    con.close()
    done = sorted((d["doc_id"], d["page"]) for kind, d in events if kind == "page_done")
    assert done == stored and len(stored) == n_pages == report.pages_read
