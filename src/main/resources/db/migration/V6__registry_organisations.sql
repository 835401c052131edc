-- Collective-economy registry (domain §3): cooperative groups (THT), cooperatives (HTX) and unions
-- of cooperatives (LHHTX), their dated status changes, union memberships and annual updates.
-- Records are never deleted: dissolution is a status change. Administrative units are referenced
-- by code only (the units module owns its tables); registry_unit_area caches, per unit code, the
-- units that code lies in over time, computed through the units module's public API.

CREATE SEQUENCE registry_organisation_seq;

CREATE TABLE registry_organisation (
    id                     VARCHAR(64)  PRIMARY KEY,   -- stable code, e.g. HTX-0000123; the ORGANISATION scope reference
    kind                   VARCHAR(5)   NOT NULL,
    name                   VARCHAR(255) NOT NULL,
    registration_number    VARCHAR(30),
    tax_code               VARCHAR(14),
    registration_date      DATE         NOT NULL,
    registration_authority VARCHAR(255) NOT NULL,
    unit_code              VARCHAR(5)   NOT NULL,      -- the unit valid on registration_date
    address                VARCHAR(500),
    sector                 VARCHAR(30)  NOT NULL,
    representative_name    VARCHAR(150),
    representative_title   VARCHAR(100),
    phone                  VARCHAR(30),
    email                  VARCHAR(254),
    status                 VARCHAR(12)  NOT NULL,      -- current status (the last status change)
    status_date            DATE         NOT NULL,
    search_text            VARCHAR(1200) NOT NULL,     -- SearchText.fold of name, numbers and code
    name_sort_key          BYTEA        NOT NULL,      -- java.text.Collator (vi-VN) key, word by word
    version                INTEGER      NOT NULL DEFAULT 0,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT registry_organisation_kind_ck CHECK (kind IN ('THT', 'HTX', 'LHHTX')),
    CONSTRAINT registry_organisation_status_ck CHECK (status IN ('OPERATING', 'SUSPENDED', 'DISSOLVED')),
    CONSTRAINT registry_organisation_sector_ck
        CHECK (sector IN ('AGRICULTURE', 'INDUSTRY_CONSTRUCTION', 'FINANCE_CREDIT', 'TRADE_SERVICES_OTHER'))
);

COMMENT ON TABLE registry_organisation IS 'Cooperative groups, cooperatives and unions; never deleted (dissolution is a status change)';

CREATE UNIQUE INDEX registry_organisation_registration_uq ON registry_organisation (kind, registration_number)
    WHERE registration_number IS NOT NULL;
CREATE UNIQUE INDEX registry_organisation_tax_code_uq ON registry_organisation (tax_code) WHERE tax_code IS NOT NULL;
CREATE INDEX registry_organisation_unit_idx ON registry_organisation (unit_code);
CREATE INDEX registry_organisation_kind_idx ON registry_organisation (kind, status, registration_date);
CREATE INDEX registry_organisation_sort_idx ON registry_organisation (name_sort_key, id);
CREATE INDEX registry_organisation_date_idx ON registry_organisation (registration_date, id);
-- Word search is LIKE '%word%' on the folded text; the prefix index serves searches by the start
-- of a name or number. A trigram index is added only where pg_trgm is already installed (this
-- migration never creates an extension).
CREATE INDEX registry_organisation_search_idx ON registry_organisation (search_text text_pattern_ops);
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX registry_organisation_search_trgm_idx ON registry_organisation USING gin (search_text gin_trgm_ops)';
    END IF;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'no trigram index for the registry search (%)', SQLERRM;
END
$$;

-- Dated status changes; the first is the registration. The status on a date is the one of the
-- last change effective on or before it (ties: the later sequence number).
CREATE TABLE registry_status_change (
    organisation_id  VARCHAR(64)  NOT NULL REFERENCES registry_organisation (id),
    seq              INTEGER      NOT NULL,
    transition       VARCHAR(12)  NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    effective_date   DATE         NOT NULL,
    reason           VARCHAR(1000),
    decision_number  VARCHAR(50),
    decision_date    DATE,
    dissolution_kind VARCHAR(12),
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    CONSTRAINT registry_status_change_pk PRIMARY KEY (organisation_id, seq),
    CONSTRAINT registry_status_change_transition_ck CHECK (transition IN ('REGISTERED', 'SUSPENDED', 'RESUMED', 'DISSOLVED')),
    CONSTRAINT registry_status_change_status_ck CHECK (status IN ('OPERATING', 'SUSPENDED', 'DISSOLVED')),
    CONSTRAINT registry_status_change_dissolution_ck CHECK (
        (transition = 'DISSOLVED') = (dissolution_kind IS NOT NULL AND decision_number IS NOT NULL AND decision_date IS NOT NULL)),
    CONSTRAINT registry_status_change_kind_ck CHECK (dissolution_kind IS NULL OR dissolution_kind IN ('VOLUNTARY', 'COMPULSORY'))
);

CREATE INDEX registry_status_change_date_idx ON registry_status_change (organisation_id, effective_date DESC, seq DESC);

-- Which cooperatives belong to which union, from joined_on to left_on (inclusive; NULL: still a member).
CREATE TABLE registry_union_membership (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    union_id    VARCHAR(64) NOT NULL REFERENCES registry_organisation (id),
    member_id   VARCHAR(64) NOT NULL REFERENCES registry_organisation (id),
    joined_on   DATE        NOT NULL,
    left_on     DATE,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    CONSTRAINT registry_union_membership_dates_ck CHECK (left_on IS NULL OR left_on >= joined_on),
    CONSTRAINT registry_union_membership_self_ck CHECK (union_id <> member_id)
);

CREATE INDEX registry_union_membership_union_idx ON registry_union_membership (union_id, joined_on);
CREATE INDEX registry_union_membership_member_idx ON registry_union_membership (member_id, joined_on);

-- One annual update per organisation and year (Circular 09/2024/TT-BKHĐT, forms VII-1/2/3).
-- Money in whole Vietnamese dong.
CREATE TABLE registry_annual_update (
    organisation_id         VARCHAR(64)  NOT NULL REFERENCES registry_organisation (id),
    year                    INTEGER      NOT NULL,
    status                  VARCHAR(10)  NOT NULL,
    official_members        INTEGER      NOT NULL,
    capital_associates      INTEGER      NOT NULL,
    non_capital_associates  INTEGER      NOT NULL,
    member_cooperatives     INTEGER      NOT NULL,
    workers                 INTEGER      NOT NULL,
    charter_capital         NUMERIC(18, 0) NOT NULL,
    total_assets            NUMERIC(18, 0) NOT NULL,
    revenue                 NUMERIC(18, 0) NOT NULL,
    profit                  NUMERIC(18, 0) NOT NULL,
    average_income          NUMERIC(18, 0) NOT NULL,
    classification_score    NUMERIC(5, 2),
    classification          VARCHAR(16),
    classification_basis    VARCHAR(200),
    submitted_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by            VARCHAR(100) NOT NULL,
    entered_by_officer      BOOLEAN      NOT NULL,
    reviewed_at             TIMESTAMP WITH TIME ZONE,
    reviewed_by             VARCHAR(100),
    return_reason           VARCHAR(1000),
    version                 INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT registry_annual_update_pk PRIMARY KEY (organisation_id, year),
    CONSTRAINT registry_annual_update_status_ck CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'RETURNED')),
    CONSTRAINT registry_annual_update_counts_ck CHECK (official_members >= 0 AND capital_associates >= 0
        AND non_capital_associates >= 0 AND member_cooperatives >= 0 AND workers >= 0),
    CONSTRAINT registry_annual_update_money_ck CHECK (charter_capital >= 0 AND total_assets >= 0 AND revenue >= 0
        AND average_income >= 0),
    CONSTRAINT registry_annual_update_score_ck CHECK (classification_score IS NULL
        OR (classification_score >= 0 AND classification_score <= 100)),
    CONSTRAINT registry_annual_update_classification_ck CHECK (classification IS NULL
        OR classification IN ('GOOD', 'FAIR', 'AVERAGE', 'WEAK', 'NOT_CLASSIFIED'))
);

CREATE INDEX registry_annual_update_year_idx ON registry_annual_update (year, status);

-- For each unit code organisations use: the units it lies in, and when (the unit itself, its
-- parents, and across the 2025 reform the unit that took over its whole territory; see UnitAreas).
-- Lineage rows (a new commune lies in what its predecessors lay in, before it existed) serve data
-- scopes only, never dated filters. Computed from the units module's public API when a code is
-- first used; list filters and data scopes join it instead of reading the units module's tables.
CREATE TABLE registry_unit_area (
    unit_code      VARCHAR(5) NOT NULL,
    container_code VARCHAR(5) NOT NULL,
    valid_from     DATE       NOT NULL,
    valid_to       DATE,
    lineage        BOOLEAN    NOT NULL DEFAULT FALSE,
    CONSTRAINT registry_unit_area_pk PRIMARY KEY (unit_code, container_code, valid_from)
);

CREATE INDEX registry_unit_area_container_idx ON registry_unit_area (container_code, unit_code, valid_from, valid_to);

-- The unit codes whose areas are computed (so that a code with no container still counts as done).
CREATE TABLE registry_unit (
    unit_code   VARCHAR(5) PRIMARY KEY,
    computed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
