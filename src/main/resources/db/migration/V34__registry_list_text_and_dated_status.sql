-- Back-office list over national-scale data, fourth round (issue 3, docs/benchmarks.md,
-- "Registry: back-office list", fourth round).

-- 1. Word search in name order. The search is LIKE '%word%' on the folded search text; for a short,
--    common word ("che") the first page's 25 matches lie some 23,000 entries down the name order,
--    and walking the name index read the table row of every entry to test its search text. The
--    name order index now carries the search text as well (about 59 bytes a row), so that walk is
--    an index-only scan; it replaces registry_organisation_name_list_idx of V9 (same key, same
--    other columns), so every organisation still writes one entry in one name index.
CREATE INDEX registry_organisation_name_search_idx
    ON registry_organisation (name_sort_key, id) INCLUDE (unit_code, kind, status, sector, registration_date, search_text);
DROP INDEX registry_organisation_name_list_idx;

-- 2. The status on a past date. It is the status of the organisation's last change effective on or
--    before the date (ties: the higher sequence number). The list computed it in a subquery per
--    organisation, so "suspended on 31/12/2021" tested every organisation of the scope (26,779
--    subqueries for the cooperatives of province 06). registry_status_period holds, per change, the
--    days it was in force: from its effective date until the effective date of the next change
--    (exclusive; NULL: still in force; a change superseded on its own day has an empty period).
--    The status on :date is the status of the period with valid_from <= :date < valid_until, so
--    the organisations with a status on a date are found from the index on (status, valid_from).
--    Kept by statement triggers on registry_status_change (appended by the registry, the import,
--    the demo and scale data; the registration change's date is updated when a registration is
--    corrected), recomputing the periods of the organisations a statement touched.
CREATE TABLE registry_status_period (
    organisation_id  VARCHAR(64)  NOT NULL REFERENCES registry_organisation (id),
    seq              INTEGER      NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    valid_from       DATE         NOT NULL,
    valid_until      DATE,
    CONSTRAINT registry_status_period_pk PRIMARY KEY (organisation_id, seq)
);

COMMENT ON TABLE registry_status_period IS 'Derived from registry_status_change by triggers: when each change was in force (valid_until exclusive)';

CREATE INDEX registry_status_period_status_idx ON registry_status_period (status, valid_from) INCLUDE (valid_until, organisation_id);

CREATE FUNCTION registry_status_period_rebuild(organisations VARCHAR[]) RETURNS VOID LANGUAGE sql AS $$
    DELETE FROM registry_status_period WHERE organisation_id = ANY(organisations);
    INSERT INTO registry_status_period (organisation_id, seq, status, valid_from, valid_until)
    SELECT c.organisation_id, c.seq, c.status, c.effective_date,
           lead(c.effective_date) OVER (PARTITION BY c.organisation_id ORDER BY c.effective_date, c.seq)
      FROM registry_status_change c
     WHERE c.organisation_id = ANY(organisations);
$$;

CREATE FUNCTION registry_status_period_refresh() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM registry_status_period_rebuild(ARRAY(SELECT DISTINCT n.organisation_id FROM new_changes n));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM registry_status_period_rebuild(ARRAY(SELECT n.organisation_id FROM new_changes n
                                                     UNION SELECT o.organisation_id FROM old_changes o));
    ELSE
        PERFORM registry_status_period_rebuild(ARRAY(SELECT DISTINCT o.organisation_id FROM old_changes o));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER registry_status_period_insert AFTER INSERT ON registry_status_change
    REFERENCING NEW TABLE AS new_changes FOR EACH STATEMENT EXECUTE FUNCTION registry_status_period_refresh();
CREATE TRIGGER registry_status_period_update AFTER UPDATE ON registry_status_change
    REFERENCING OLD TABLE AS old_changes NEW TABLE AS new_changes FOR EACH STATEMENT EXECUTE FUNCTION registry_status_period_refresh();
CREATE TRIGGER registry_status_period_delete AFTER DELETE ON registry_status_change
    REFERENCING OLD TABLE AS old_changes FOR EACH STATEMENT EXECUTE FUNCTION registry_status_period_refresh();

INSERT INTO registry_status_period (organisation_id, seq, status, valid_from, valid_until)
SELECT c.organisation_id, c.seq, c.status, c.effective_date,
       lead(c.effective_date) OVER (PARTITION BY c.organisation_id ORDER BY c.effective_date, c.seq)
  FROM registry_status_change c;

ANALYZE registry_status_period;
