-- Back-office list, deep pages (issue 3, docs/benchmarks.md "End of session 7"): a narrow name order
-- index again, beside the wide one of V42/V51 that carries the search text and the years.
--
-- A deep page in name order is found by walking the name order from the nearer end and skipping
-- the rows before it. Each entry of the wide index carries the search text and the years as well
-- (about 250 bytes, and after years of annual updates, each of which writes every organisation's
-- entries again, 612 bytes an entry on the benchmark's data: 123 MB for 201,104 organisations).
-- Skipping the first 50,525 organisations of a province (98,037 entries of the national order)
-- took 27 ms there, 19 ms on the same index rebuilt, and 11 ms on this one (30 MB): the columns of
-- the list's filters only. The planner takes it for every walk that tests no words and no years
-- (the first pages of plain and filtered lists as well); word searches and the year filters keep
-- the wide one.
CREATE INDEX registry_organisation_name_list_idx
    ON registry_organisation (name_sort_key, id) INCLUDE (unit_code, kind, status, sector, registration_date);

ANALYZE registry_organisation;
