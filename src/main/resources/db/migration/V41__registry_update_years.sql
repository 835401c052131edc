-- Back-office list over national-scale data, fifth round (issue 3, docs/benchmarks.md, "Registry:
-- back-office list", fifth round): the year filter "update missing".
--
-- "The organisations registered by the end of year Y without an update for Y" was an anti-join:
-- the walk of the name order probed each organisation's update for Y in registry_annual_update
-- (7,874 probes for the first 25 of the 7,415 organisations of 101,104 missing their 2023 update).
-- Each organisation now carries the years it has an update for, kept by statement triggers on
-- registry_annual_update (the registry, the import, the demo and scale data write it), and the name
-- order index carries that column, so that the walk tests each entry without leaving the index.
-- The triggers change the set incrementally (add the inserted years, remove the deleted ones), so
-- that two transactions adding updates of the same organisation both count: the row update of the
-- second re-reads the row the first wrote.
ALTER TABLE registry_organisation ADD COLUMN update_years INTEGER[] NOT NULL DEFAULT '{}';

COMMENT ON COLUMN registry_organisation.update_years IS
    'Derived from registry_annual_update by triggers: the years this organisation has an annual update for';

-- The name order index gets the new column: dropped before it is filled, made again by V42.
DROP INDEX registry_organisation_name_search_idx;

UPDATE registry_organisation o
   SET update_years = y.years
  FROM (SELECT organisation_id, array_agg(year ORDER BY year) AS years FROM registry_annual_update GROUP BY organisation_id) y
 WHERE y.organisation_id = o.id;

-- The years added to and removed from each organisation by a statement, from its transition tables.
CREATE FUNCTION registry_update_years_refresh() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        -- an update that keeps the (organisation, year) pair (a status, a figure) removes nothing
        UPDATE registry_organisation o
           SET update_years = ARRAY(SELECT y FROM unnest(o.update_years) y WHERE y <> ALL (r.years) ORDER BY y)
          FROM (SELECT d.organisation_id, array_agg(d.year) AS years
                  FROM old_updates d
                 WHERE NOT EXISTS (SELECT 1 FROM registry_annual_update k
                                    WHERE k.organisation_id = d.organisation_id AND k.year = d.year)
                 GROUP BY d.organisation_id) r
         WHERE o.id = r.organisation_id AND o.update_years && r.years;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE registry_organisation o
           SET update_years = ARRAY(SELECT DISTINCT y FROM unnest(o.update_years || a.years) y ORDER BY y)
          FROM (SELECT n.organisation_id, array_agg(n.year) AS years FROM new_updates n GROUP BY n.organisation_id) a
         WHERE o.id = a.organisation_id AND NOT (o.update_years @> a.years);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER registry_update_years_insert AFTER INSERT ON registry_annual_update
    REFERENCING NEW TABLE AS new_updates FOR EACH STATEMENT EXECUTE FUNCTION registry_update_years_refresh();
CREATE TRIGGER registry_update_years_update AFTER UPDATE ON registry_annual_update
    REFERENCING OLD TABLE AS old_updates NEW TABLE AS new_updates FOR EACH STATEMENT EXECUTE FUNCTION registry_update_years_refresh();
CREATE TRIGGER registry_update_years_delete AFTER DELETE ON registry_annual_update
    REFERENCING OLD TABLE AS old_updates FOR EACH STATEMENT EXECUTE FUNCTION registry_update_years_refresh();
