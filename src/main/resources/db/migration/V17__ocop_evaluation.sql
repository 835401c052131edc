-- OCOP evaluation (issue 4, items 3 and 4): rounds, applications with their documents and forms,
-- councils with members, conflicts of interest and each member's score sheet.

-- Which level recognises which stars, and from which total it forwards to the level above, per
-- instrument and period (domain §4, "Who does what"). Data, not code: a new decision adds rows.
CREATE TABLE ocop_recognition_rule (
    instrument_code   VARCHAR(20)  NOT NULL,
    level             VARCHAR(10)  NOT NULL CHECK (level IN ('DISTRICT', 'PROVINCE', 'CENTRAL')),
    valid_from        DATE         NOT NULL,
    valid_until       DATE,                               -- exclusive; NULL: in force
    min_star          INTEGER,                            -- stars this level recognises (NULL: none)
    max_star          INTEGER,
    forward_from      NUMERIC(5, 2),                      -- totals from which this level forwards upwards
    PRIMARY KEY (instrument_code, level, valid_from)
);
INSERT INTO ocop_recognition_rule VALUES
    ('1048/2019', 'DISTRICT', '2019-08-21', '2023-02-24', NULL, NULL, 50),
    ('1048/2019', 'PROVINCE', '2019-08-21', '2023-02-24', 3, 4, 90),
    ('1048/2019', 'CENTRAL',  '2019-08-21', '2023-02-24', 5, 5, NULL),
    ('148/2023',  'DISTRICT', '2023-02-24', '2025-07-06', 3, 3, 70),
    ('148/2023',  'PROVINCE', '2023-02-24', '2025-07-06', 4, 4, 90),
    ('148/2023',  'CENTRAL',  '2023-02-24', NULL, 5, 5, NULL),
    ('148/2023',  'PROVINCE', '2025-07-06', NULL, 3, 4, 90),
    ('26/2026',   'PROVINCE', '2026-05-22', NULL, 3, 4, 90),
    ('26/2026',   'CENTRAL',  '2026-05-22', NULL, 5, 5, NULL);

-- The statutory schedule of rounds per instrument and level (26/2026 Art. 5): dossiers proposed
-- before a day, results before another; year_offset moves a date to the following year.
CREATE TABLE ocop_round_schedule (
    instrument_code    VARCHAR(20) NOT NULL,
    level              VARCHAR(10) NOT NULL,
    round_number       INTEGER     NOT NULL,
    proposals_month    INTEGER     NOT NULL,
    proposals_day      INTEGER     NOT NULL,
    proposals_offset   INTEGER     NOT NULL DEFAULT 0,
    results_month      INTEGER     NOT NULL,
    results_day        INTEGER     NOT NULL,
    results_offset     INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (instrument_code, level, round_number)
);
INSERT INTO ocop_round_schedule VALUES
    ('26/2026', 'PROVINCE', 1, 4, 30, 0, 6, 30, 0),
    ('26/2026', 'PROVINCE', 2, 10, 30, 0, 12, 30, 0),
    ('26/2026', 'CENTRAL', 1, 7, 30, 0, 9, 30, 0),
    ('26/2026', 'CENTRAL', 2, 1, 30, 1, 3, 30, 1);

CREATE TABLE ocop_round (
    id               BIGSERIAL    PRIMARY KEY,
    level            VARCHAR(10)  NOT NULL CHECK (level IN ('COMMUNE', 'DISTRICT', 'PROVINCE', 'CENTRAL')),
    unit_code        VARCHAR(5)   NOT NULL,               -- the organising unit (province, district)
    year             INTEGER      NOT NULL,
    number           INTEGER      NOT NULL,
    instrument_code  VARCHAR(20)  NOT NULL REFERENCES ocop_instrument (code),
    proposals_due    DATE,
    results_due      DATE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    UNIQUE (level, unit_code, year, number)
);

CREATE TABLE ocop_council (
    id                  BIGSERIAL    PRIMARY KEY,
    round_id            BIGINT       NOT NULL UNIQUE REFERENCES ocop_round (id),
    code                VARCHAR(64)  NOT NULL,            -- the council's identifier (scope of its members' accounts)
    name                VARCHAR(255) NOT NULL,
    quorum_percent      INTEGER      NOT NULL CHECK (quorum_percent BETWEEN 1 AND 100),
    spread_threshold    NUMERIC(5, 2) NOT NULL
);
CREATE INDEX ocop_council_code ON ocop_council (code);

CREATE TABLE ocop_council_member (
    council_id   BIGINT       NOT NULL REFERENCES ocop_council (id),
    username     VARCHAR(100) NOT NULL,
    full_name    VARCHAR(150) NOT NULL,
    role         VARCHAR(10)  NOT NULL CHECK (role IN ('CHAIR', 'MEMBER', 'ADVISOR')),
    present      BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (council_id, username)
);

CREATE TABLE ocop_application (
    id                   BIGSERIAL    PRIMARY KEY,
    round_id             BIGINT       NOT NULL REFERENCES ocop_round (id),
    product_id           BIGINT       NOT NULL REFERENCES ocop_product (id),
    subject_id           BIGINT       NOT NULL REFERENCES ocop_subject (id),
    kind                 VARCHAR(12)  NOT NULL CHECK (kind IN ('FIRST_TIME', 'UPGRADE', 'RE_RATING')),
    state                VARCHAR(24)  NOT NULL,
    area_codes           VARCHAR(5)[] NOT NULL,           -- the subject's unit and the units containing it
    registration         JSONB        NOT NULL,           -- Mẫu 01
    self_assessment      JSONB        NOT NULL,           -- Mẫu 02
    commune_report       JSONB,                           -- Mẫu 03
    submitted_on         DATE,
    commune_received_on  DATE,
    commune_due_on       DATE,
    commune_reported_on  DATE,
    written_opinions     BOOLEAN      NOT NULL DEFAULT FALSE,
    score                NUMERIC(6, 2),
    star                 INTEGER,
    outcome              VARCHAR(20),
    spread               NUMERIC(6, 2),
    flagged              BOOLEAN      NOT NULL DEFAULT FALSE,
    recognising_level    VARCHAR(10),
    concluded_on         DATE,
    decision_number      VARCHAR(60),
    decision_date        DATE,
    note                 VARCHAR(1000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100) NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100) NOT NULL,
    version              INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX ocop_application_round ON ocop_application (round_id, state);
CREATE INDEX ocop_application_subject ON ocop_application (subject_id);
CREATE INDEX ocop_application_area ON ocop_application USING GIN (area_codes);

CREATE TABLE ocop_application_document (
    id              BIGSERIAL    PRIMARY KEY,
    application_id  BIGINT       NOT NULL REFERENCES ocop_application (id),
    type            VARCHAR(20)  NOT NULL,
    content_type    VARCHAR(80)  NOT NULL,                -- sniffed from the bytes
    file_name       VARCHAR(255) NOT NULL,
    size_bytes      INTEGER      NOT NULL,
    data            BYTEA        NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by     VARCHAR(100) NOT NULL
);
CREATE INDEX ocop_application_document_app ON ocop_application_document (application_id);

CREATE TABLE ocop_conflict_of_interest (
    application_id  BIGINT       NOT NULL REFERENCES ocop_application (id),
    username        VARCHAR(100) NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    declared_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, username)
);

CREATE TABLE ocop_member_score (
    application_id  BIGINT       NOT NULL REFERENCES ocop_application (id),
    username        VARCHAR(100) NOT NULL,
    scorecard_id    BIGINT       NOT NULL REFERENCES ocop_scorecard (id),
    sheet           JSONB        NOT NULL,
    total           NUMERIC(6, 2) NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    star            INTEGER,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, username)
);
