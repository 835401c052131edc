-- OCOP support records (issue 4, item 6): support given to a product in a year (process
-- traceability, production in a value chain, improvement of quality and scale) or to a subject in a
-- year (consolidation of a subject of the 2018-2020 phase, support of a new subject). One record per
-- kind, product or subject, and year. Counted by the reporting module per unit and year.

CREATE TABLE ocop_support_record (
    id              BIGSERIAL    PRIMARY KEY,
    kind            VARCHAR(20)  NOT NULL CHECK (kind IN ('TRACEABILITY', 'VALUE_CHAIN', 'QUALITY_SCALE', 'CONSOLIDATION', 'NEW_SUBJECT')),
    subject_id      BIGINT       NOT NULL REFERENCES ocop_subject (id),
    product_id      BIGINT       REFERENCES ocop_product (id),   -- for the product kinds only
    year            INTEGER      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    supported_on    DATE,                                         -- within the year when given
    programme       VARCHAR(255),                                 -- supporting programme or project
    funding_source  VARCHAR(255),                                 -- source of funds
    note            TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT ocop_support_target CHECK ((kind IN ('TRACEABILITY', 'VALUE_CHAIN', 'QUALITY_SCALE')) = (product_id IS NOT NULL)),
    CONSTRAINT ocop_support_date CHECK (supported_on IS NULL OR EXTRACT(YEAR FROM supported_on) = year)
);
CREATE UNIQUE INDEX ocop_support_unique ON ocop_support_record (kind, subject_id, COALESCE(product_id, 0), year);
CREATE INDEX ocop_support_year ON ocop_support_record (year, kind);
CREATE INDEX ocop_support_product ON ocop_support_record (product_id);
