"""The schema lives in one place and matches the records (Datasette-style coverage check)."""

import re

import duckdb

from baocao.pipeline.store import MIGRATIONS, Store, schema_sql
from baocao.schemas.records import Document, PageResult, TableCell, Word


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
    assert con.execute("SELECT count(*), max(version) FROM schema_version").fetchone() == (1 + len(MIGRATIONS),
                                                                                         1 + len(MIGRATIONS))


def test_a_database_of_the_first_schema_is_brought_up_to_date(tmp_path):
    """A database made before table cells kept their reading gets the new columns, rows kept."""
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
    con.execute("INSERT INTO schema_version VALUES (1, now())")
    first = schema_sql().replace("    raw        VARCHAR,", "").replace("    restore_conf DOUBLE,", "")
    con.execute(re.sub(r"\n    alternatives  VARCHAR,[^\n]*", "", first))
    assert "raw" not in columns(con, "table_cells")
    con.execute("INSERT INTO table_cells (doc_id, table_id, page_no, \"row\", col, row_span, col_span, text) "
                "VALUES ('d', 't', 1, 0, 0, 1, 1, 'STT')")
    con.close()
    with Store(path) as store:
        assert {"raw", "restore_conf"} <= columns(store.con, "table_cells")
        assert "alternatives" in columns(store.con, "words")
        assert store.con.execute("SELECT text FROM table_cells").fetchall() == [("STT",)]
