-- OCOP decisions and certificates (issue 4, items 5 and 7): a decision recognises a batch of
-- products; each recognised product gets a certificate; certificates are re-rated, upgraded
-- (superseded), revoked, and their holders and officers are reminded of re-rating windows.
-- Products and subjects are referenced by ID only; what the catalogue filters and sorts on is
-- copied at issue (name, holder, classification, area codes), as printed on the certificate.

-- Grounds of revocation as data (Decision 26/2026/QĐ-TTg, Art. 8(1)); a later decision adds rows.
CREATE TABLE certification_revocation_ground (
    code            VARCHAR(20)  PRIMARY KEY,
    instrument_code VARCHAR(20)  NOT NULL,
    article         VARCHAR(20)  NOT NULL,
    name_vi         TEXT         NOT NULL,
    name_en         TEXT         NOT NULL,
    position        INTEGER      NOT NULL
);
INSERT INTO certification_revocation_ground (code, instrument_code, article, name_vi, name_en, position) VALUES
 ('26-2026-8-1-a', '26/2026', 'Điều 8.1.a', 'Cung cấp thông tin, tài liệu không trung thực hoặc giả mạo hồ sơ', 'Untruthful information or forged dossier', 1),
 ('26-2026-8-1-b', '26/2026', 'Điều 8.1.b', 'Sản phẩm không còn đáp ứng Bộ tiêu chí theo kết luận kiểm tra, giám sát', 'No longer meets the criteria per an inspection', 2),
 ('26-2026-8-1-c', '26/2026', 'Điều 8.1.c', 'Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, ghi nhãn', 'Violation of quality, food-safety, environment, IP or labelling law', 3),
 ('26-2026-8-1-d', '26/2026', 'Điều 8.1.d', 'Sử dụng nhãn hiệu OCOP không đúng quy định', 'Misuse of the OCOP mark', 4),
 ('26-2026-8-1-dd', '26/2026', 'Điều 8.1.đ', 'Chủ thể không còn sản xuất sản phẩm OCOP', 'The subject no longer produces the product', 5),
 ('26-2026-8-1-e', '26/2026', 'Điều 8.1.e', 'Trường hợp khác theo kết luận của cơ quan nhà nước có thẩm quyền', 'Other conclusion of a competent authority', 6);

CREATE TABLE certification_decision (
    id          BIGSERIAL    PRIMARY KEY,
    number      VARCHAR(60)  NOT NULL UNIQUE,
    signed_on   DATE         NOT NULL,
    level       VARCHAR(10)  NOT NULL CHECK (level IN ('DISTRICT', 'PROVINCE', 'CENTRAL')),
    issuer      VARCHAR(255) NOT NULL,
    area_codes  VARCHAR(5)[] NOT NULL,                -- the units containing its products, for scope filters
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL
);
CREATE INDEX certification_decision_area ON certification_decision USING GIN (area_codes);

CREATE SEQUENCE certification_certificate_number START 1;

CREATE TABLE certification_certificate (
    id                BIGSERIAL    PRIMARY KEY,
    number            VARCHAR(40)  NOT NULL UNIQUE,
    decision_id       BIGINT       NOT NULL REFERENCES certification_decision (id),
    product_id        BIGINT       NOT NULL,
    subject_id        BIGINT       NOT NULL,
    kind              VARCHAR(12)  NOT NULL CHECK (kind IN ('FIRST_TIME', 'UPGRADE', 'RE_RATING')),
    star              SMALLINT     NOT NULL CHECK (star BETWEEN 1 AND 5),
    score             NUMERIC(5, 2),
    issued_on         DATE         NOT NULL,
    expires_on        DATE         NOT NULL,
    product_code      VARCHAR(40)  NOT NULL,
    product_name      VARCHAR(255) NOT NULL,
    holder_name       VARCHAR(255) NOT NULL,
    organisation_id   VARCHAR(64),
    gtin              VARCHAR(14),
    instrument_code   VARCHAR(20)  NOT NULL,
    product_set_code  VARCHAR(10)  NOT NULL,
    group_code        VARCHAR(10)  NOT NULL,
    unit_code         VARCHAR(5)   NOT NULL,
    area_codes        VARCHAR(5)[] NOT NULL,
    search_text       TEXT         NOT NULL,
    sort_key          BYTEA        NOT NULL,          -- Vietnamese dictionary order of the product name
    rerating_filed_on DATE,
    superseded_by     BIGINT       REFERENCES certification_certificate (id),
    superseded_on     DATE,
    revoked_on        DATE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    CONSTRAINT certification_certificate_superseded CHECK ((superseded_by IS NULL) = (superseded_on IS NULL))
);
CREATE INDEX certification_certificate_product ON certification_certificate (product_id);
CREATE INDEX certification_certificate_decision ON certification_certificate (decision_id);
CREATE INDEX certification_certificate_gtin ON certification_certificate (gtin) WHERE gtin IS NOT NULL;
CREATE INDEX certification_certificate_area ON certification_certificate USING GIN (area_codes);
-- the catalogue: certificates neither superseded nor revoked, in name order
CREATE INDEX certification_certificate_current ON certification_certificate (sort_key, id)
    WHERE superseded_by IS NULL AND revoked_on IS NULL;
CREATE INDEX certification_certificate_expiry ON certification_certificate (expires_on)
    WHERE superseded_by IS NULL AND revoked_on IS NULL;

CREATE TABLE certification_revocation (
    id              BIGSERIAL    PRIMARY KEY,
    certificate_id  BIGINT       NOT NULL UNIQUE REFERENCES certification_certificate (id),
    ground_code     VARCHAR(20)  NOT NULL REFERENCES certification_revocation_ground (code),
    concluded_on    DATE         NOT NULL,            -- authority's conclusion or commune's confirmation
    deadline        DATE         NOT NULL,            -- concluded_on + the statutory limit
    level           VARCHAR(10)  NOT NULL CHECK (level IN ('PROVINCE', 'CENTRAL')),
    decision_number VARCHAR(60)  NOT NULL,
    decided_on      DATE         NOT NULL,
    reason          TEXT         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL
);

CREATE TABLE certification_notification (
    id              BIGSERIAL    PRIMARY KEY,
    certificate_id  BIGINT       NOT NULL REFERENCES certification_certificate (id),
    kind            VARCHAR(20)  NOT NULL CHECK (kind IN ('WINDOW_OPEN', 'WINDOW_CLOSING')),
    window_closes   DATE         NOT NULL,
    area_codes      VARCHAR(5)[] NOT NULL,
    organisation_id VARCHAR(64),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    mailed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT certification_notification_once UNIQUE (certificate_id, kind)
);
CREATE INDEX certification_notification_created ON certification_notification (created_at DESC, id DESC);
