-- The one DuckDB schema of baocao. Only pipeline/store.py runs it; columns match schemas/records.py.
-- Migrations: append a numbered block to MIGRATIONS in pipeline/store.py, never edit a shipped one.

CREATE TABLE IF NOT EXISTS documents (
    doc_id        VARCHAR PRIMARY KEY,   -- first 16 hex digits of sha256
    path          VARCHAR NOT NULL,
    sha256        VARCHAR NOT NULL UNIQUE,
    status        VARCHAR NOT NULL,      -- ok | partial (also while pages are still being read) | failed
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
    ingested_at   TIMESTAMP,
    model_version VARCHAR,               -- the diacritics model that restored its pages (shipped-… / learned-…)
    run_id        INTEGER,               -- the last run that read or extracted it
    path_bytes    BLOB                   -- the path as the file system spells it (names that are not UTF-8)
);

-- one row per `baocao ingest` / `baocao extract`: what read the archive, so a figure can be traced
CREATE TABLE IF NOT EXISTS runs (
    run_id          INTEGER PRIMARY KEY,
    command         VARCHAR NOT NULL,     -- ingest | extract
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP,
    baocao_version  VARCHAR,
    model_version   VARCHAR,
    extractors      VARCHAR[],            -- registry names, e.g. facts.v2
    settings        JSON,
    documents       INTEGER,
    pages_read      INTEGER,
    failed          INTEGER,
    interrupted     BOOLEAN
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
    alternatives  VARCHAR,               -- JSON [[form, posterior], ...] that restoration weighed
    block_no      INTEGER,
    line_no       INTEGER,
    PRIMARY KEY (doc_id, page_no, word_no)
);

CREATE TABLE IF NOT EXISTS facts (
    fact_id        VARCHAR PRIMARY KEY,
    doc_id         VARCHAR NOT NULL,
    page_no        INTEGER NOT NULL,
    indicator_id   VARCHAR,              -- key of schemas/indicators.yaml, NULL when none fits
    indicator_text VARCHAR NOT NULL,
    value          DOUBLE NOT NULL,
    unit           VARCHAR,
    denominator    DOUBLE,
    as_of          DATE,
    approximate    BOOLEAN,
    quote          VARCHAR NOT NULL,
    confidence     DOUBLE NOT NULL,
    review_status  VARCHAR NOT NULL,     -- auto | needs_review (machine); reviewers' verdicts live in corrections
    review_reason  VARCHAR,
    x0 DOUBLE, y0 DOUBLE, x1 DOUBLE, y1 DOUBLE,
    extractor      VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL DEFAULT 'result',  -- result | target | change | scope
    qualifier      VARCHAR,              -- hơn, trên, gần, khoảng, tối thiểu, dưới, trở lên ... as printed
    subject        VARCHAR,              -- whom the value is about, normalized ('xã Kỳ Thượng', 'Sở Xây dựng')
    subject_kind   VARCHAR,              -- agency | commune | district | province | village | unit_group
    section        VARCHAR,              -- the heading path it stands under
    denominator_unit VARCHAR             -- what the denominator counts when it differs: '9.690 đài/10.599 xã' -> xã
);

CREATE TABLE IF NOT EXISTS model_statuses (
    doc_id        VARCHAR NOT NULL,
    model_no      INTEGER NOT NULL,
    model_name    VARCHAR NOT NULL,
    status        VARCHAR,               -- HOÀN THÀNH | ĐANG THỰC HIỆN | KHÔNG ĐĂNG KÝ TRIỂN KHAI; NULL: undecided
    lead_agency   VARCHAR,
    page_no       INTEGER NOT NULL,
    quote         VARCHAR NOT NULL,
    confidence    DOUBLE NOT NULL,
    review_status VARCHAR NOT NULL,
    extractor     VARCHAR NOT NULL,
    review_reason   VARCHAR,
    status_evidence VARCHAR,             -- JSON [{kind: appendix cell|body list|total|inferred, status, page_no, text, weight}]
    raw_text        VARCHAR,             -- the row as printed
    restored_text   VARCHAR,             -- the row after restoring marks
    PRIMARY KEY (doc_id, model_no)
);

-- `references` is a reserved word in SQL; this name needs no quoting
CREATE TABLE IF NOT EXISTS legal_references (
    doc_id   VARCHAR NOT NULL,
    page_no  INTEGER NOT NULL,
    ref_no   INTEGER NOT NULL,
    kind     VARCHAR NOT NULL,
    number   VARCHAR NOT NULL,
    code     VARCHAR NOT NULL,
    citation VARCHAR NOT NULL,
    date     DATE,
    quote    VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, page_no, ref_no)
);

-- Reviewers' verdicts, append-only: a correction never overwrites what the machine read; the
-- *_current views apply the latest one per target and field. action: approve | correct | reject.
CREATE SEQUENCE IF NOT EXISTS correction_seq START 1;
CREATE TABLE IF NOT EXISTS corrections (
    correction_id BIGINT PRIMARY KEY DEFAULT nextval('correction_seq'),
    target_table  VARCHAR NOT NULL,      -- facts | model_statuses | documents | words
    target_id     VARCHAR NOT NULL,      -- fact_id; doc_id:model_no; doc_id; doc_id:page_no:word_no
    field         VARCHAR NOT NULL,      -- the column corrected, or '*' for approve/reject
    old_value     VARCHAR,
    new_value     VARCHAR,
    action        VARCHAR NOT NULL,
    reviewer      VARCHAR NOT NULL,
    "at"          TIMESTAMP NOT NULL DEFAULT now(),
    note          VARCHAR
);

-- Extractors that raised: the page that made them fail (NULL: the document as a whole). The rest of
-- the document's records are stored; `baocao extract` runs them again and replaces these rows.
CREATE TABLE IF NOT EXISTS extraction_errors (
    doc_id     VARCHAR NOT NULL,
    page_no    INTEGER,
    extractor  VARCHAR NOT NULL,
    error      VARCHAR NOT NULL
);

-- The indicator catalog (schemas/indicators.yaml), synced at every open.
CREATE TABLE IF NOT EXISTS indicators (
    indicator_id VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,
    unit         VARCHAR NOT NULL,       -- the primary unit
    units        VARCHAR[] NOT NULL,
    cumulative   BOOLEAN NOT NULL,
    aliases      VARCHAR[] NOT NULL,
    kind         VARCHAR,                -- count | rate | amount | rank | score: one per indicator
    rate         VARCHAR                 -- the rate indicator measured beside this count
);

-- Accent-insensitive search: marks-folded terms of each page (DuckDB's fts extension cannot be
-- installed offline, so baocao keeps its own inverted index and ranks with BM25 in SQL).
CREATE TABLE IF NOT EXISTS page_terms (
    doc_id  VARCHAR NOT NULL,
    page_no INTEGER NOT NULL,
    term    VARCHAR NOT NULL,
    tf      INTEGER NOT NULL,
    PRIMARY KEY (doc_id, page_no, term)
);

-- Ruled tables read from scans, cell by cell (row and col from 0, top-left of a merged cell's span).
CREATE TABLE IF NOT EXISTS tables (
    doc_id   VARCHAR NOT NULL,
    table_id VARCHAR NOT NULL,           -- doc_id-page-table_no
    page_no  INTEGER NOT NULL,
    title    VARCHAR,
    n_rows   INTEGER NOT NULL,
    n_cols   INTEGER NOT NULL,
    PRIMARY KEY (doc_id, table_id)
);

CREATE TABLE IF NOT EXISTS table_cells (
    doc_id     VARCHAR NOT NULL,
    table_id   VARCHAR NOT NULL,
    page_no    INTEGER NOT NULL,
    "row"      INTEGER NOT NULL,
    col        INTEGER NOT NULL,
    row_span   INTEGER NOT NULL,
    col_span   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    confidence DOUBLE,
    x0 DOUBLE, y0 DOUBLE, x1 DOUBLE, y1 DOUBLE,
    review_reason VARCHAR,               -- a number that disagrees with its row or column
    raw        VARCHAR,                  -- as read, when diacritic restoration changed the text
    restore_conf DOUBLE,                 -- 0..1, the least confident restored word of the cell
    word_confs DOUBLE[],                 -- OCR confidence of each word as read (split at spaces)
    PRIMARY KEY (doc_id, table_id, "row", col)
);
