-- Petitions (domain §6): dialogue conferences, petitions (kiến nghị) with their tracking codes,
-- classification, routing to departments, answers, publication and deadlines in working days;
-- the working-day calendar (weekends, public holidays, moved days) and the reference lists
-- (topics with their answer deadlines, departments). Organisations of the registry are referenced
-- by code only (the registry owns its tables).

-- ------------------------------------------------------------------------- working-day calendar

-- Solar public holidays that fall on the same day every year (Labour Code 2019, art. 112).
CREATE TABLE petitions_fixed_holiday (
    month   SMALLINT     NOT NULL,
    day     SMALLINT     NOT NULL,
    name    VARCHAR(200) NOT NULL,
    PRIMARY KEY (month, day),
    CONSTRAINT petitions_fixed_holiday_ck CHECK (month BETWEEN 1 AND 12 AND day BETWEEN 1 AND 31)
);

-- Dated exceptions entered per year: lunar holidays (Tết, Hùng Kings), the day next to National
-- Day, compensatory days off (DAY_OFF) and Saturdays or Sundays worked instead (WORKING_DAY).
CREATE TABLE petitions_calendar_day (
    day        DATE         PRIMARY KEY,
    kind       VARCHAR(12)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT petitions_calendar_day_kind_ck CHECK (kind IN ('DAY_OFF', 'WORKING_DAY'))
);

INSERT INTO petitions_fixed_holiday (month, day, name) VALUES
    (1, 1, 'Tết Dương lịch'),
    (4, 30, 'Ngày Chiến thắng'),
    (5, 1, 'Ngày Quốc tế Lao động'),
    (9, 2, 'Quốc khánh');

-- ------------------------------------------------------------------------------ reference lists

CREATE TABLE petitions_topic (
    code                VARCHAR(30)  PRIMARY KEY,
    name_vi             VARCHAR(150) NOT NULL,
    name_en             VARCHAR(150) NOT NULL,
    answer_working_days SMALLINT     NOT NULL,       -- [unconfirmed per kind]: data, editable by ADMIN
    position            SMALLINT     NOT NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT petitions_topic_days_ck CHECK (answer_working_days BETWEEN 1 AND 365)
);

INSERT INTO petitions_topic (code, name_vi, name_en, answer_working_days, position) VALUES
    ('LOANS', 'Vốn vay, tín dụng', 'Loans and credit', 15, 10),
    ('TAX', 'Thuế', 'Tax', 15, 20),
    ('LAND', 'Đất đai', 'Land', 15, 30),
    ('OCOP', 'Thủ tục OCOP', 'OCOP procedures', 15, 40),
    ('TRAINING', 'Đào tạo, tập huấn', 'Training', 15, 50),
    ('MARKET', 'Thị trường, tiêu thụ', 'Market and sales', 15, 60),
    ('OTHER', 'Khác', 'Other', 15, 70);

CREATE TABLE petitions_department (
    code     VARCHAR(64)  PRIMARY KEY,                -- the DEPARTMENT data scope's reference
    name_vi  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL,
    position SMALLINT     NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE
);

INSERT INTO petitions_department (code, name_vi, name_en, position) VALUES
    ('SO-NNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'Department of Agriculture and Rural Development', 10),
    ('SO-TC', 'Sở Tài chính', 'Department of Finance', 20),
    ('CUC-THUE', 'Cục Thuế tỉnh', 'Provincial Tax Department', 30),
    ('SO-TNMT', 'Sở Tài nguyên và Môi trường', 'Department of Natural Resources and Environment', 40),
    ('SO-KHDT', 'Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment', 50),
    ('SO-CT', 'Sở Công Thương', 'Department of Industry and Trade', 60),
    ('NHNN', 'Ngân hàng Nhà nước chi nhánh tỉnh', 'State Bank, provincial branch', 70),
    ('LMHTX', 'Liên minh Hợp tác xã tỉnh', 'Provincial Cooperative Alliance', 80);

-- ---------------------------------------------------------------------------------- conferences

CREATE TABLE petitions_conference (
    id         BIGSERIAL    PRIMARY KEY,
    title      VARCHAR(300) NOT NULL,
    held_on    DATE         NOT NULL,
    place      VARCHAR(300) NOT NULL,
    chair      VARCHAR(200) NOT NULL,
    agenda     TEXT,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100) NOT NULL
);

CREATE TABLE petitions_conference_participant (
    conference_id     BIGINT       NOT NULL REFERENCES petitions_conference (id),
    organisation_id   VARCHAR(64)  NOT NULL,         -- registry organisation (by code)
    organisation_name VARCHAR(255) NOT NULL,         -- its name when it was added
    PRIMARY KEY (conference_id, organisation_id)
);

-- -------------------------------------------------------------------------------------- petitions

-- One row per day with petitions: the last number handed out (tracking codes KN.yyyyMMdd.nnnn).
CREATE TABLE petitions_daily_sequence (
    day        DATE    PRIMARY KEY,
    last_value INTEGER NOT NULL
);

CREATE TABLE petitions_petition (
    id                  BIGSERIAL    PRIMARY KEY,
    code                VARCHAR(20)  NOT NULL UNIQUE,
    channel             VARCHAR(12)  NOT NULL,
    conference_id       BIGINT       REFERENCES petitions_conference (id),
    petitioner_kind     VARCHAR(12)  NOT NULL,
    organisation_id     VARCHAR(64),                 -- registry organisation (by code), when the petitioner is one
    petitioner_name     VARCHAR(255) NOT NULL,       -- private
    contact_address     VARCHAR(500),                -- private
    contact_phone       VARCHAR(30),                 -- private
    contact_email       VARCHAR(254),                -- private
    topic_code          VARCHAR(30)  NOT NULL REFERENCES petitions_topic (code),
    title               VARCHAR(300) NOT NULL,
    content             TEXT         NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    received_on         DATE         NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    forward_deadline    DATE         NOT NULL,       -- received_on + forwarding working days
    forward_authority   VARCHAR(300),
    forwarded_on        DATE,
    decision_reason     TEXT,                        -- rejection reason or redirection guidance
    lead_department     VARCHAR(64)  REFERENCES petitions_department (code),
    answer_deadline     DATE,
    answer_text         TEXT,
    answered_on         DATE,
    answered_by         VARCHAR(100),
    approved_at         TIMESTAMP WITH TIME ZONE,
    published_at        TIMESTAMP WITH TIME ZONE,
    closed_at           TIMESTAMP WITH TIME ZONE,
    reopened            INTEGER      NOT NULL DEFAULT 0,
    search_text         TEXT         NOT NULL,       -- SearchText.fold of code, title and answer (no personal data)
    version             INTEGER      NOT NULL DEFAULT 0,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT petitions_petition_channel_ck CHECK (channel IN ('CONFERENCE', 'ONLINE', 'LETTER', 'PHONE', 'EMAIL')),
    CONSTRAINT petitions_petition_kind_ck CHECK (petitioner_kind IN ('ORGANISATION', 'PERSON')),
    CONSTRAINT petitions_petition_status_ck CHECK (status IN ('RECEIVED', 'TO_FORWARD', 'FORWARDED', 'REJECTED',
        'REDIRECTED', 'ACCEPTED', 'ASSIGNED', 'ANSWERED', 'APPROVED', 'PUBLISHED', 'CLOSED'))
);

CREATE INDEX petitions_petition_lead_ix ON petitions_petition (lead_department, received_on);
CREATE INDEX petitions_petition_org_ix ON petitions_petition (organisation_id);
CREATE INDEX petitions_petition_status_ix ON petitions_petition (status, answer_deadline);
CREATE INDEX petitions_petition_conference_ix ON petitions_petition (conference_id);

CREATE TABLE petitions_cooperating_department (
    petition_id     BIGINT      NOT NULL REFERENCES petitions_petition (id),
    department_code VARCHAR(64) NOT NULL REFERENCES petitions_department (code),
    PRIMARY KEY (petition_id, department_code)
);

CREATE INDEX petitions_cooperating_department_ix ON petitions_cooperating_department (department_code);

-- Information a petitioner adds later, and follow-ups that reopened a petition.
CREATE TABLE petitions_note (
    id          BIGSERIAL    PRIMARY KEY,
    petition_id BIGINT       NOT NULL REFERENCES petitions_petition (id),
    kind        VARCHAR(12)  NOT NULL,
    text        TEXT         NOT NULL,
    author      VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT petitions_note_kind_ck CHECK (kind IN ('ADDITION', 'FOLLOW_UP'))
);

-- Files: the petition's own, the signed answer, a minutes file of a conference.
CREATE TABLE petitions_attachment (
    id            BIGSERIAL    PRIMARY KEY,
    petition_id   BIGINT       REFERENCES petitions_petition (id),
    conference_id BIGINT       REFERENCES petitions_conference (id),
    purpose       VARCHAR(12)  NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,             -- sniffed from the content, not the client's claim
    size_bytes    BIGINT       NOT NULL,
    content       BYTEA        NOT NULL,
    uploaded_by   VARCHAR(100) NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT petitions_attachment_purpose_ck CHECK (purpose IN ('PETITION', 'ADDITION', 'ANSWER', 'MINUTES')),
    CONSTRAINT petitions_attachment_owner_ck CHECK ((petition_id IS NULL) <> (conference_id IS NULL))
);

CREATE INDEX petitions_attachment_petition_ix ON petitions_attachment (petition_id);
CREATE INDEX petitions_attachment_conference_ix ON petitions_attachment (conference_id);

-- Reminders before a deadline and escalations after it, written by the deadline job (one per
-- petition, kind and deadline: the unique key makes the job idempotent across nodes).
CREATE TABLE petitions_notification (
    id              BIGSERIAL    PRIMARY KEY,
    petition_id     BIGINT       NOT NULL REFERENCES petitions_petition (id),
    kind            VARCHAR(20)  NOT NULL,
    deadline        DATE         NOT NULL,
    department_code VARCHAR(64),                     -- who is told (null: the provincial office)
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    emailed_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT petitions_notification_kind_ck CHECK (kind IN ('ANSWER_REMINDER', 'ANSWER_ESCALATION',
        'FORWARD_REMINDER', 'FORWARD_ESCALATION')),
    CONSTRAINT petitions_notification_uq UNIQUE (petition_id, kind, deadline)
);

CREATE INDEX petitions_notification_created_ix ON petitions_notification (created_at DESC);

-- Online submissions per client (a hash of the address, never the address), for the rate limit.
CREATE TABLE petitions_submission_attempt (
    client_hash  VARCHAR(64) NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX petitions_submission_attempt_ix ON petitions_submission_attempt (client_hash, attempted_at);
