-- Administrative units (domain §2): dated rows, never rewritten. A code is unique and never reused;
-- a unit whose name, kind or parent changes gets a new row with the same code, the old row is
-- closed the day before. Rows are loaded from dated unit sets declared in units/unit-sets.csv.

-- One loaded data set: a list of units, a list of amendments, or a list of successions.
CREATE TABLE unit_set (
    code        VARCHAR(60)              NOT NULL,
    kind        VARCHAR(20)              NOT NULL,
    file_name   VARCHAR(200)             NOT NULL,
    valid_from  DATE                     NOT NULL,
    valid_to    DATE,
    legal_basis TEXT                     NOT NULL,
    source      TEXT                     NOT NULL,
    row_count   INT                      NOT NULL,
    loaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT unit_set_pk PRIMARY KEY (code),
    CONSTRAINT unit_set_kind_ck CHECK (kind IN ('units', 'amendments', 'successions')),
    CONSTRAINT unit_set_dates_ck CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- One unit as it was from valid_from to valid_to (inclusive; NULL = still valid).
CREATE TABLE administrative_unit (
    code          VARCHAR(5)   NOT NULL,
    valid_from    DATE         NOT NULL,
    valid_to      DATE,
    name          VARCHAR(200) NOT NULL,
    level         VARCHAR(10)  NOT NULL,
    kind          VARCHAR(20),
    parent_code   VARCHAR(5),
    province_code VARCHAR(2)   NOT NULL,
    -- the set that recorded the row (unit_set.code; checked by the loader: no foreign key, whose
    -- row-by-row check would cost a third of the bulk load of ~25,000 rows at startup)
    unit_set      VARCHAR(60)  NOT NULL,
    legal_basis   TEXT,
    -- name without diacritics, lower case ("huyen ba be"), for diacritic-insensitive search
    search_name   VARCHAR(200) NOT NULL,
    CONSTRAINT administrative_unit_pk PRIMARY KEY (code, valid_from),
    CONSTRAINT administrative_unit_code_ck CHECK (code ~ '^([0-9]{2}|[0-9]{3}|[0-9]{5})$'),
    CONSTRAINT administrative_unit_level_ck CHECK (
        (level = 'province' AND length(code) = 2 AND parent_code IS NULL AND province_code = code)
        OR (level = 'district' AND length(code) = 3 AND length(parent_code) = 2)
        OR (level = 'commune' AND length(code) = 5 AND length(parent_code) IN (2, 3))),
    CONSTRAINT administrative_unit_kind_ck CHECK (kind IS NULL OR kind IN
        ('tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu')),
    CONSTRAINT administrative_unit_dates_ck CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX administrative_unit_parent_idx ON administrative_unit (parent_code, valid_from);
CREATE INDEX administrative_unit_level_idx ON administrative_unit (level, valid_from);
CREATE INDEX administrative_unit_province_idx ON administrative_unit (province_code, level);
CREATE INDEX administrative_unit_search_prefix_idx ON administrative_unit (search_name text_pattern_ops);

-- Substring search ("ba be" in "huyen ba be") uses a trigram index where pg_trgm is available;
-- without it the prefix index above and a scan of ~25,000 short rows still answer in milliseconds.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXECUTE 'CREATE INDEX administrative_unit_search_trgm_idx ON administrative_unit USING gin (search_name gin_trgm_ops)';
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): administrative unit search uses the prefix index only', SQLERRM;
END
$$;

-- Old unit -> new unit from effective_date (merges, splits, island districts -> special zones).
CREATE TABLE unit_succession (
    predecessor_code VARCHAR(5)  NOT NULL,
    successor_code   VARCHAR(5)  NOT NULL,
    effective_date   DATE        NOT NULL,
    coverage         VARCHAR(10) NOT NULL,
    unit_set         VARCHAR(60) NOT NULL, -- unit_set.code, checked by the loader (see above)
    CONSTRAINT unit_succession_pk PRIMARY KEY (predecessor_code, successor_code, effective_date),
    CONSTRAINT unit_succession_coverage_ck CHECK (coverage IN ('full', 'partial'))
);
CREATE INDEX unit_succession_successor_idx ON unit_succession (successor_code, effective_date);
