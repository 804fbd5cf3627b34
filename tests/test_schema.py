"""The schema lives in one place and matches the records (Datasette-style coverage check)."""

import duckdb

from pipeline.store import Store
from schemas.records import Document, PageResult, TableCell, Word


def columns(con, table):
    return {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}


def test_every_record_field_has_its_column(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        assert set(Document.model_fields) <= columns(store.con, "documents")
        assert set(PageResult.model_fields) - {"words", "tables"} <= columns(store.con, "pages")
        assert set(TableCell.model_fields) <= columns(store.con, "table_cells")
        assert set(Word.model_fields) <= columns(store.con, "words")


def test_design_columns_present(tmp_path):
    """The agreed columns of ../shared/DESIGN.md, copied here so a rename fails loudly."""
    with Store(tmp_path / "t.duckdb") as store:
        assert {"doc_id", "path", "sha256", "status", "error", "so_hieu", "issuer", "province", "issued_date",
                "period_label", "period_start", "period_end", "n_pages"} <= columns(store.con, "documents")
        assert {"doc_id", "page_no", "source", "raw_text", "text", "mean_confidence"} <= columns(store.con, "pages")
        assert {"doc_id", "page_no", "word_no", "raw", "text", "x0", "y0", "x1", "y1", "ocr_conf",
                "restore_conf"} <= columns(store.con, "words")


def test_migrate_is_idempotent(tmp_path):
    path = tmp_path / "t.duckdb"
    Store(path).close()
    Store(path).close()
    con = duckdb.connect(str(path))
    assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1
