-- registry_annual_update_year_idx (year, status) is covered by registry_annual_update_year_org_idx
-- (year, organisation_id) INCLUDE (status) of V9: every query that filters on the year (and the
-- status) can use the latter. It is also a trap for the import: on tables without statistics yet
-- (a re-import right after a first import, before autovacuum has analysed them) the planner chose
-- it for the look-up of one organisation's year, which then reads a fifth of the table per row
-- (docs/benchmarks.md, "Registry import"). Dropping it also saves an index entry per update row.
DROP INDEX IF EXISTS registry_annual_update_year_idx;
