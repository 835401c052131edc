-- The back-office list of organisations over national-scale data (docs/benchmarks.md, "Registry:
-- back-office list"). Every list request counts the matching organisations and reads one page.
-- Rows of registry_organisation are wide (names, addresses, the folded search text, the sort key),
-- so a count or a deep page that reads the table costs a scan of every row. These indexes hold
-- the columns the list filters on, so that counts and the choice of a page's ids are index-only
-- scans; the page's 25 rows are read afterwards (Organisations.list).

-- Filters: data scope and unit (unit_code), kind, current status, sector, registration date.
-- Replaces the index on unit_code alone, which it starts with.
CREATE INDEX registry_organisation_list_idx
    ON registry_organisation (unit_code, kind, status, sector, registration_date);
DROP INDEX registry_organisation_unit_idx;

-- Name order (the default): the same filter columns carried along, so that a page far down the
-- list is found in the index without reading the rows it skips.
CREATE INDEX registry_organisation_name_list_idx
    ON registry_organisation (name_sort_key, id) INCLUDE (unit_code, kind, status, sector, registration_date);
DROP INDEX registry_organisation_sort_idx;

-- Registration date order (newest first, then name).
CREATE INDEX registry_organisation_date_list_idx
    ON registry_organisation (registration_date DESC, name_sort_key, id) INCLUDE (unit_code, kind, status, sector);

-- A year's updates by organisation (the list's year filter joins them by organisation).
CREATE INDEX registry_annual_update_year_org_idx ON registry_annual_update (year, organisation_id) INCLUDE (status);
