-- OCOP criteria as versioned data (domain §4): the legal instruments (1048/QĐ-TTg 2019,
-- 148/QĐ-TTg 2023, 26/2026/QĐ-TTg, later decisions), their parts with declared maxima, their star
-- bands (half-open, as the text words them), their taxonomy (product groups and product sets), and
-- the scorecards of each product set. A scorecard's tree (parts, sections, criteria, options with
-- points, alternative cases, gates, per-star minimums) is one immutable JSON document: a changed
-- scorecard is a new version, so an evaluation that used version n is always read against it.

CREATE TABLE ocop_instrument (
    code                 VARCHAR(20)  PRIMARY KEY,      -- e.g. 26/2026
    number               VARCHAR(40)  NOT NULL,         -- e.g. 26/2026/QĐ-TTg
    title                VARCHAR(500) NOT NULL,
    signed_on            DATE         NOT NULL,
    valid_from           DATE         NOT NULL,
    valid_until          DATE,                          -- exclusive; NULL: in force
    recognised_from_star SMALLINT     NOT NULL,         -- lowest star with a decision and a certificate
    provenance           TEXT         NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ocop_instrument_period CHECK (valid_until IS NULL OR valid_until > valid_from)
);

CREATE TABLE ocop_instrument_part (
    instrument_code VARCHAR(20)  NOT NULL REFERENCES ocop_instrument (code),
    code            VARCHAR(5)   NOT NULL,              -- A, B, C
    name            VARCHAR(200) NOT NULL,
    max_points      NUMERIC(6,2) NOT NULL CHECK (max_points > 0),
    position        SMALLINT     NOT NULL,
    PRIMARY KEY (instrument_code, code)
);

CREATE TABLE ocop_star_band (
    instrument_code VARCHAR(20)  NOT NULL REFERENCES ocop_instrument (code),
    star            SMALLINT     NOT NULL CHECK (star BETWEEN 1 AND 9),
    from_points     NUMERIC(6,2) NOT NULL,              -- inclusive
    to_points       NUMERIC(6,2),                       -- NULL: no upper bound
    to_inclusive    BOOLEAN      NOT NULL,
    PRIMARY KEY (instrument_code, star)
);

CREATE TABLE ocop_product_group (
    instrument_code VARCHAR(20)  NOT NULL REFERENCES ocop_instrument (code),
    code            VARCHAR(10)  NOT NULL,
    name            VARCHAR(300) NOT NULL,
    position        SMALLINT     NOT NULL,
    PRIMARY KEY (instrument_code, code)
);

CREATE TABLE ocop_product_set (
    instrument_code VARCHAR(20)  NOT NULL,
    code            VARCHAR(10)  NOT NULL,              -- e.g. TP-01
    group_code      VARCHAR(10)  NOT NULL,
    number          SMALLINT     NOT NULL,              -- the scorecard's number in the instrument
    name            VARCHAR(300) NOT NULL,
    subgroup        VARCHAR(300),
    ministry        VARCHAR(200),
    evidence        VARCHAR(60),
    PRIMARY KEY (instrument_code, code),
    FOREIGN KEY (instrument_code, group_code) REFERENCES ocop_product_group (instrument_code, code)
);

CREATE TABLE ocop_scorecard (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    instrument_code  VARCHAR(20)  NOT NULL,
    product_set_code VARCHAR(10)  NOT NULL,
    version          INTEGER      NOT NULL CHECK (version > 0),
    title            VARCHAR(300) NOT NULL,
    source           TEXT         NOT NULL,             -- provenance of this scorecard's text
    unverified       BOOLEAN      NOT NULL,             -- from an unofficial transcription
    origin           VARCHAR(10)  NOT NULL CHECK (origin IN ('BUNDLED', 'IMPORTED')),
    definition       JSONB        NOT NULL,             -- the ScorecardDefinition tree
    content_hash     CHAR(64)     NOT NULL,             -- SHA-256 of the canonical JSON of definition
    max_points       NUMERIC(6,2) NOT NULL,             -- computed from the options at load
    part_maxima      JSONB        NOT NULL,             -- {"A": 40, "B": 25, "C": 35}, computed
    shortfalls       JSONB        NOT NULL,             -- parts whose options do not add up to the declared maximum
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    UNIQUE (instrument_code, product_set_code, version),
    FOREIGN KEY (instrument_code, product_set_code) REFERENCES ocop_product_set (instrument_code, code)
);

-- A scorecard's rows are never changed once stored (a correction is a new version).
CREATE FUNCTION ocop_scorecard_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ocop_scorecard rows are immutable: store a new version instead';
END;
$$;

CREATE TRIGGER ocop_scorecard_no_update BEFORE UPDATE OR DELETE ON ocop_scorecard
    FOR EACH ROW EXECUTE FUNCTION ocop_scorecard_immutable();
