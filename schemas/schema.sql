-- The one DuckDB schema of baocao. Only pipeline/store.py runs it; columns match schemas/records.py.
-- Migrations: append a numbered block to MIGRATIONS in pipeline/store.py, never edit a shipped one.

CREATE TABLE IF NOT EXISTS documents (
    doc_id        VARCHAR PRIMARY KEY,   -- first 16 hex digits of sha256
    path          VARCHAR NOT NULL,
    sha256        VARCHAR NOT NULL UNIQUE,
    status        VARCHAR NOT NULL,      -- ok | partial | failed | running
    error         VARCHAR,
    so_hieu       VARCHAR,
    issuer        VARCHAR,
    province      VARCHAR,
    issued_date   DATE,
    period_label  VARCHAR,
    period_start  DATE,
    period_end    DATE,
    n_pages       INTEGER,
    file_size     BIGINT,
    ingested_at   TIMESTAMP
);

CREATE TABLE IF NOT EXISTS pages (
    doc_id          VARCHAR NOT NULL,
    page_no         INTEGER NOT NULL,
    source          VARCHAR NOT NULL,    -- ocr | text_layer | failed
    source_reason   VARCHAR NOT NULL,
    layer_verdict   VARCHAR NOT NULL,    -- good | stripped | garbled | absent
    raw_text        VARCHAR NOT NULL,
    text            VARCHAR NOT NULL,
    mean_confidence DOUBLE,
    width           INTEGER,
    height          INTEGER,
    error           VARCHAR,
    seconds         DOUBLE,
    PRIMARY KEY (doc_id, page_no)
);

CREATE TABLE IF NOT EXISTS words (
    doc_id        VARCHAR NOT NULL,
    page_no       INTEGER NOT NULL,
    word_no       INTEGER NOT NULL,
    raw           VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    x0 DOUBLE, y0 DOUBLE, x1 DOUBLE, y1 DOUBLE,
    ocr_conf      DOUBLE,
    restore_conf  DOUBLE,
    block_no      INTEGER,
    line_no       INTEGER,
    PRIMARY KEY (doc_id, page_no, word_no)
);
