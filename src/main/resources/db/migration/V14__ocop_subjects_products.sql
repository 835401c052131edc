-- OCOP subjects and products (issue 4, item 2). A subject (chủ thể OCOP) is either an organisation
-- of the registry (cooperative, cooperative group; referenced by its code, never by the registry's
-- tables) or an enterprise, farm or household business recorded here. A product belongs to a
-- subject and to a product set of an instrument; its code is given by the system at registration.

CREATE TABLE ocop_subject (
    id               BIGSERIAL    PRIMARY KEY,
    kind             VARCHAR(20)  NOT NULL CHECK (kind IN ('COOPERATIVE', 'COOPERATIVE_GROUP', 'ENTERPRISE', 'FARM', 'HOUSEHOLD_BUSINESS')),
    organisation_id  VARCHAR(64)  UNIQUE,                -- registry code, for cooperatives and groups only
    name             VARCHAR(255) NOT NULL,
    tax_code         VARCHAR(20),                        -- tax or business registration code
    unit_code        VARCHAR(5)   NOT NULL,              -- administrative unit (units module)
    area_codes       VARCHAR(5)[] NOT NULL,              -- the unit and the units containing it, for scope filters
    address          VARCHAR(500),
    representative   VARCHAR(150),                       -- personal data: back office only
    phone            VARCHAR(30),
    email            VARCHAR(254),
    search_text      TEXT         NOT NULL,              -- SearchText.fold of name, codes
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    version          INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT ocop_subject_registry CHECK ((kind IN ('COOPERATIVE', 'COOPERATIVE_GROUP')) = (organisation_id IS NOT NULL))
);
CREATE INDEX ocop_subject_area ON ocop_subject USING GIN (area_codes);

-- Last sequence number given per code prefix (province, district or commune, year): one row
-- locked by INSERT ... ON CONFLICT DO UPDATE, so concurrent registrations get distinct numbers.
CREATE TABLE ocop_product_code_counter (
    prefix     VARCHAR(40) PRIMARY KEY,
    last_value INTEGER     NOT NULL
);

CREATE TABLE ocop_product (
    id                BIGSERIAL    PRIMARY KEY,
    code              VARCHAR(40)  UNIQUE,               -- NULL while a draft
    subject_id        BIGINT       NOT NULL REFERENCES ocop_subject (id),
    instrument_code   VARCHAR(20)  NOT NULL,
    product_set_code  VARCHAR(10)  NOT NULL,
    name              VARCHAR(255) NOT NULL,
    description       TEXT,
    story             TEXT,                              -- sanitised HTML
    packaging         VARCHAR(255),
    gtin              VARCHAR(14)  UNIQUE,
    status            VARCHAR(12)  NOT NULL CHECK (status IN ('DRAFT', 'REGISTERED')),
    registered_on     DATE,
    search_text       TEXT         NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    version           INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT ocop_product_set_fk FOREIGN KEY (instrument_code, product_set_code) REFERENCES ocop_product_set (instrument_code, code),
    CONSTRAINT ocop_product_registered CHECK ((status = 'REGISTERED') = (code IS NOT NULL AND registered_on IS NOT NULL))
);
CREATE INDEX ocop_product_subject ON ocop_product (subject_id);

CREATE TABLE ocop_product_photo (
    id            BIGSERIAL    PRIMARY KEY,
    product_id    BIGINT       NOT NULL REFERENCES ocop_product (id),
    content_type  VARCHAR(40)  NOT NULL,                 -- sniffed from the bytes
    file_name     VARCHAR(255) NOT NULL,
    size_bytes    INTEGER      NOT NULL,
    data          BYTEA        NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by   VARCHAR(100) NOT NULL
);
CREATE INDEX ocop_product_photo_product ON ocop_product_photo (product_id);
