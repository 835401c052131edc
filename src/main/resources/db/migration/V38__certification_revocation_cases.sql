-- Revocation as a case (26/2026 Art. 8.3–8.4; docs/certification.md "Revocation"): opened from a
-- conclusion (a competent authority's conclusion, or the commune's confirmation that the subject
-- stopped producing) with its date and ground, pending with its 15-day limit running for the
-- competent level, closed by the revocation decision (or dismissed with a reason). A row recorded
-- in one step (conclusion and decision together) stays as it was: a case opened and closed at once.

ALTER TABLE certification_revocation
    ADD COLUMN conclusion_source    VARCHAR(25),
    ADD COLUMN conclusion_reference VARCHAR(255),         -- the conclusion's number and authority, as written
    ADD COLUMN decided_at           TIMESTAMP WITH TIME ZONE,
    ADD COLUMN decided_by           VARCHAR(100),
    ADD COLUMN dismissed_on         DATE,
    ADD COLUMN dismissal_reason     TEXT;

UPDATE certification_revocation
   SET conclusion_source = CASE WHEN ground_code = '26-2026-8-1-dd' THEN 'COMMUNE_CONFIRMATION' ELSE 'AUTHORITY_CONCLUSION' END,
       decided_at = created_at, decided_by = created_by;

ALTER TABLE certification_revocation
    ALTER COLUMN conclusion_source SET NOT NULL,
    ALTER COLUMN decision_number DROP NOT NULL,
    ALTER COLUMN decided_on DROP NOT NULL,
    ADD CONSTRAINT certification_revocation_source
        CHECK (conclusion_source IN ('AUTHORITY_CONCLUSION', 'COMMUNE_CONFIRMATION')),
    ADD CONSTRAINT certification_revocation_decided
        CHECK ((decision_number IS NULL) = (decided_on IS NULL) AND (decided_on IS NULL OR dismissed_on IS NULL));

-- one case at a time per certificate; a dismissed case leaves room for a new one
ALTER TABLE certification_revocation DROP CONSTRAINT certification_revocation_certificate_id_key;
CREATE UNIQUE INDEX certification_revocation_open ON certification_revocation (certificate_id) WHERE dismissed_on IS NULL;
-- pending cases by deadline, for the competent level's list
CREATE INDEX certification_revocation_pending ON certification_revocation (deadline)
    WHERE decided_on IS NULL AND dismissed_on IS NULL;
