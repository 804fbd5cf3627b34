-- Analysts' views, re-created at every open so that they follow the code. Corrections applied.

-- A reviewer's last word on each item of one table: the action, who, the last corrected value (for
-- items with one corrected field), and how many corrections it has had (its version).
CREATE OR REPLACE MACRO verdicts(tbl) AS TABLE
SELECT target_id, arg_max(action, correction_id) AS action, arg_max(reviewer, correction_id) AS reviewer,
       arg_max(new_value, correction_id) FILTER (action = 'correct') AS new_value, count(*) AS n_corrections
FROM corrections WHERE target_table = tbl GROUP BY ALL;

-- The last corrected value of each field of each item of one table.
CREATE OR REPLACE MACRO field_corrections(tbl) AS TABLE
SELECT target_id, field, arg_max(new_value, correction_id) AS new_value
FROM corrections WHERE target_table = tbl AND action = 'correct' GROUP BY ALL;

CREATE OR REPLACE MACRO review_status(action, otherwise) AS
CASE action WHEN 'approve' THEN 'approved' WHEN 'correct' THEN 'corrected' WHEN 'reject' THEN 'rejected'
            ELSE otherwise END;

CREATE OR REPLACE VIEW words_current AS
SELECT w.* REPLACE (coalesce(c.new_value, w.text) AS text),
       review_status(c.action, 'auto') AS review_status,
       coalesce(c.n_corrections, 0) AS version
FROM words w LEFT JOIN verdicts('words') c ON c.target_id = w.doc_id || ':' || w.page_no || ':' || w.word_no;

CREATE OR REPLACE VIEW documents_current AS
WITH c AS (SELECT * FROM field_corrections('documents'))
SELECT d.* REPLACE (
        coalesce(cs.new_value, d.so_hieu) AS so_hieu, coalesce(ci.new_value, d.issuer) AS issuer,
        coalesce(cp.new_value, d.province) AS province,
        coalesce(TRY_CAST(cd.new_value AS DATE), d.issued_date) AS issued_date,
        coalesce(cl.new_value, d.period_label) AS period_label),
       review_status(v.action, 'auto') AS review_status,
       coalesce(v.n_corrections, 0) AS version
FROM documents d
LEFT JOIN c cs ON cs.target_id = d.doc_id AND cs.field = 'so_hieu'
LEFT JOIN c ci ON ci.target_id = d.doc_id AND ci.field = 'issuer'
LEFT JOIN c cp ON cp.target_id = d.doc_id AND cp.field = 'province'
LEFT JOIN c cd ON cd.target_id = d.doc_id AND cd.field = 'issued_date'
LEFT JOIN c cl ON cl.target_id = d.doc_id AND cl.field = 'period_label'
LEFT JOIN verdicts('documents') v ON v.target_id = d.doc_id;

CREATE OR REPLACE VIEW fact_corrections AS
SELECT * FROM field_corrections('facts');

CREATE OR REPLACE VIEW fact_verdicts AS
SELECT target_id, action, reviewer, n_corrections FROM verdicts('facts');

CREATE OR REPLACE VIEW facts_current AS
SELECT f.* REPLACE (
        coalesce(TRY_CAST(cv.new_value AS DOUBLE), f.value) AS value,
        coalesce(cu.new_value, f.unit) AS unit,
        CASE WHEN cd.target_id IS NULL THEN f.denominator ELSE TRY_CAST(nullif(cd.new_value, '') AS DOUBLE) END
            AS denominator,  -- '' clears it: not a fraction
        coalesce(ci.new_value, f.indicator_id) AS indicator_id,
        coalesce(TRY_CAST(ca.new_value AS DATE), f.as_of) AS as_of,
        coalesce(ck.new_value, f.kind) AS kind,
        CASE WHEN cs.target_id IS NULL THEN f.subject ELSE nullif(cs.new_value, '') END AS subject,
        CASE WHEN csk.target_id IS NULL THEN f.subject_kind ELSE nullif(csk.new_value, '') END AS subject_kind,
        CASE WHEN cdu.target_id IS NULL THEN f.denominator_unit ELSE nullif(cdu.new_value, '') END AS denominator_unit,
        review_status(v.action, f.review_status) AS review_status),
       coalesce(v.n_corrections, 0) AS version
FROM facts f
LEFT JOIN fact_corrections cv ON cv.target_id = f.fact_id AND cv.field = 'value'
LEFT JOIN fact_corrections cu ON cu.target_id = f.fact_id AND cu.field = 'unit'
LEFT JOIN fact_corrections cd ON cd.target_id = f.fact_id AND cd.field = 'denominator'
LEFT JOIN fact_corrections ci ON ci.target_id = f.fact_id AND ci.field = 'indicator_id'
LEFT JOIN fact_corrections ca ON ca.target_id = f.fact_id AND ca.field = 'as_of'
LEFT JOIN fact_corrections ck ON ck.target_id = f.fact_id AND ck.field = 'kind'
LEFT JOIN fact_corrections cs ON cs.target_id = f.fact_id AND cs.field = 'subject'  -- '' clears it: the whole area
LEFT JOIN fact_corrections csk ON csk.target_id = f.fact_id AND csk.field = 'subject_kind'
LEFT JOIN fact_corrections cdu ON cdu.target_id = f.fact_id AND cdu.field = 'denominator_unit'
LEFT JOIN fact_verdicts v ON v.target_id = f.fact_id;

CREATE OR REPLACE VIEW model_statuses_current AS
WITH c AS (
    SELECT target_id, arg_max(action, correction_id) AS action,
           arg_max(new_value, correction_id) FILTER (action = 'correct' AND field = 'status') AS status,
           count(*) AS n_corrections
    FROM corrections WHERE target_table = 'model_statuses' GROUP BY ALL)
SELECT m.* REPLACE (
        coalesce(c.status, m.status) AS status,
        review_status(c.action, m.review_status) AS review_status),
       coalesce(c.n_corrections, 0) AS version
FROM model_statuses m LEFT JOIN c ON c.target_id = m.doc_id || ':' || m.model_no;

-- Values reached (facts of kind 'result') and values aimed at (kind 'target'), one per indicator,
-- unit, province, subject (NULL: the province as a whole) and date (as-of date, else the period's
-- end or the signature, whichever comes first: a report signed on 20/5 cannot know 31/5), preferring
-- what a reviewer approved or corrected, then the most confident reading.
CREATE OR REPLACE MACRO indicator_values(wanted_kind) AS TABLE
SELECT * EXCLUDE (rn) FROM (
    SELECT f.indicator_id, i.name AS indicator_name, d.province, f.subject, f.subject_kind,
           coalesce(f.as_of, least(d.period_end, d.issued_date)) AS date, f.value, f.unit, f.denominator, f.qualifier,
           f.doc_id, d.so_hieu, d.period_label, f.page_no, f.quote, f.confidence, f.review_status, f.fact_id,
           row_number() OVER (
               PARTITION BY f.indicator_id, f.unit, d.province, f.subject, coalesce(f.as_of, least(d.period_end, d.issued_date))
               ORDER BY f.review_status IN ('approved', 'corrected') DESC, round(f.confidence, 1) DESC, f.fact_id) AS rn
    FROM facts_current f
    JOIN documents_current d USING (doc_id)
    LEFT JOIN indicators i ON i.indicator_id = f.indicator_id
    WHERE f.indicator_id IS NOT NULL AND f.review_status <> 'rejected' AND f.kind = wanted_kind
      AND coalesce(f.as_of, least(d.period_end, d.issued_date)) IS NOT NULL)
WHERE rn = 1;

CREATE OR REPLACE VIEW indicator_series AS SELECT * FROM indicator_values('result');

CREATE OR REPLACE VIEW indicator_targets AS SELECT * FROM indicator_values('target');

CREATE OR REPLACE VIEW latest_indicators AS
SELECT * FROM indicator_series
QUALIFY row_number() OVER (PARTITION BY indicator_id, unit, province, subject ORDER BY date DESC) = 1;

-- The latest value reached beside the latest value aimed at, per indicator, unit, province and
-- subject, and the gap between them (negative: short of the target; a target 'dưới' N is a ceiling).
CREATE OR REPLACE VIEW indicator_vs_target AS
WITH t AS (
    SELECT * FROM indicator_targets
    QUALIFY row_number() OVER (PARTITION BY indicator_id, unit, province, subject ORDER BY date DESC) = 1)
SELECT a.indicator_id, a.indicator_name, a.province, a.subject, a.subject_kind, a.unit,
       a.date AS actual_date, a.value AS actual, a.so_hieu AS actual_report, a.fact_id AS actual_fact_id,
       t.date AS target_date, t.value AS target, t.qualifier AS target_qualifier, t.so_hieu AS target_report,
       t.fact_id AS target_fact_id,
       round(a.value - t.value, 9) AS gap,  -- 77.93 - 100 is -22.07, not -22.069999999999993
       CASE WHEN t.qualifier IN ('dưới', 'trở xuống') THEN a.value > t.value ELSE a.value < t.value END AS below_target
FROM latest_indicators a
JOIN t ON t.indicator_id = a.indicator_id AND t.unit = a.unit AND t.province IS NOT DISTINCT FROM a.province
      AND t.subject IS NOT DISTINCT FROM a.subject;

CREATE OR REPLACE VIEW model_status_latest AS
SELECT d.province, m.model_no, m.model_name, m.status, m.lead_agency, m.doc_id, d.so_hieu,
       coalesce(d.period_end, d.issued_date) AS date, m.confidence, m.review_status
FROM model_statuses_current m JOIN documents_current d USING (doc_id)
WHERE m.review_status <> 'rejected' AND m.status IS NOT NULL  -- an undecided row does not hide an older status
QUALIFY row_number() OVER (PARTITION BY d.province, m.model_no
                           ORDER BY coalesce(d.period_end, d.issued_date) DESC NULLS LAST, m.confidence DESC) = 1;

-- Review items the data itself raises: each with its reason.
CREATE OR REPLACE VIEW consistency_flags AS
SELECT 'facts' AS target_table, fact_id AS target_id, doc_id, page_no, 'rate above 100%' AS reason
FROM facts_current WHERE unit = '%' AND value > 100 AND review_status NOT IN ('rejected', 'approved', 'corrected')
UNION ALL
SELECT 'facts', fact_id, doc_id, page_no, 'numerator above denominator'
FROM facts_current
WHERE denominator IS NOT NULL AND value > denominator AND unit IS DISTINCT FROM 'VND'
  AND review_status NOT IN ('rejected', 'approved', 'corrected')
UNION ALL
SELECT 'facts', fact_id, doc_id, page_no,
       format('cumulative indicator fell from {} ({}, {}) to {}', regexp_replace(CAST(prev_value AS VARCHAR), '\.0$', ''),
              prev_doc, prev_date, regexp_replace(CAST(value AS VARCHAR), '\.0$', ''))
FROM (
    SELECT s.*, lag(s.value) OVER w AS prev_value, lag(s.so_hieu) OVER w AS prev_doc, lag(s.date) OVER w AS prev_date
    FROM indicator_series s JOIN indicators i USING (indicator_id)
    WHERE i.cumulative
    WINDOW w AS (PARTITION BY s.indicator_id, s.unit, s.province, s.subject ORDER BY s.date))
WHERE prev_value IS NOT NULL AND value < prev_value AND review_status NOT IN ('approved', 'corrected')
UNION ALL
SELECT 'facts', v.actual_fact_id, f.doc_id, f.page_no,
       format('below target: {} against {}{} ({})', regexp_replace(CAST(v.actual AS VARCHAR), '\.0$', ''),
              coalesce(v.target_qualifier || ' ', ''), regexp_replace(CAST(v.target AS VARCHAR), '\.0$', ''),
              coalesce(v.target_report, 'target'))
FROM indicator_vs_target v JOIN facts_current f ON f.fact_id = v.actual_fact_id
WHERE v.below_target AND f.review_status NOT IN ('rejected', 'approved', 'corrected');

CREATE OR REPLACE VIEW table_cells_current AS
SELECT t.* REPLACE (coalesce(c.new_value, t.text) AS text),
       review_status(c.action, 'auto') AS review_status,
       coalesce(c.n_corrections, 0) AS version
FROM table_cells t LEFT JOIN verdicts('table_cells') c
    ON c.target_id = t.table_id || ':' || t."row" || ':' || t.col;

-- The archive overview page reads these (and indicator_series, consistency_flags): what it shows is
-- what DuckDB says.
-- One row per document: where and when it reports from, its state, and how its pages were read.
CREATE OR REPLACE VIEW document_overview AS
SELECT d.doc_id, regexp_extract(d.path, '[^/]+$') AS file, d.province, d.period_label, d.period_start, d.period_end,
       d.so_hieu, d.issued_date, d.status, d.n_pages,
       count(p.page_no) FILTER (p.source = 'text_layer') AS pages_text_layer,
       count(p.page_no) FILTER (p.source = 'ocr') AS pages_ocr,
       count(p.page_no) FILTER (p.source = 'failed') AS pages_failed,
       (SELECT count(*) FROM facts_current f WHERE f.doc_id = d.doc_id AND f.review_status <> 'rejected') AS facts,
       (SELECT count(*) FROM facts_current f WHERE f.doc_id = d.doc_id AND f.review_status = 'needs_review') AS facts_to_review
FROM documents_current d LEFT JOIN pages p USING (doc_id)
GROUP BY ALL;

-- How each page of a document was read, pages grouped by reason.
CREATE OR REPLACE VIEW page_reading AS
SELECT doc_id, source, source_reason, count(*) AS pages, list(page_no ORDER BY page_no) AS page_nos
FROM pages GROUP BY ALL;

-- Each indicator per unit and province: its values in date order (for a sparkline) and the latest.
CREATE OR REPLACE VIEW indicator_overview AS
SELECT indicator_id, any_value(indicator_name) AS indicator_name, unit, province, count(*) AS n_values,
       max(date) AS latest_date, arg_max(value, date) AS latest_value, arg_max(so_hieu, date) AS latest_so_hieu,
       arg_max(fact_id, date) AS latest_fact_id, arg_max(review_status, date) AS latest_review_status,
       list(struct_pack(date := date, value := value, review_status := review_status) ORDER BY date) AS points
FROM indicator_series GROUP BY indicator_id, unit, province;

-- What a report gives unit by unit: the numbers of one column of one of its tables, a row each
-- (the row's label is the unit: a district, an agency), totals left out.
CREATE OR REPLACE VIEW report_breakdown AS
SELECT * FROM (
    SELECT f.doc_id, coalesce(d.so_hieu, regexp_extract(d.path, '[^/]+$')) AS report, t.table_id, t.title,
           CAST(regexp_extract(f.fact_id, '-r(\d+)c(\d+)$', 2) AS INTEGER) AS col, f.indicator_id,
           coalesce(nullif(split_part(f.indicator_text, ' — ', 2), ''), i.name) AS indicator_name, f.unit,
           split_part(f.indicator_text, ' — ', 1) AS subject, f.value, f.fact_id, f.page_no, f.review_status
    FROM facts_current f
    JOIN tables t ON f.doc_id = t.doc_id AND starts_with(f.fact_id, t.table_id || '-r')
    JOIN documents_current d ON d.doc_id = f.doc_id
    LEFT JOIN indicators i ON i.indicator_id = f.indicator_id
    WHERE f.review_status <> 'rejected')
WHERE subject <> '' AND NOT regexp_matches(lower(subject), '^\s*(tổng|cộng|toàn)');
