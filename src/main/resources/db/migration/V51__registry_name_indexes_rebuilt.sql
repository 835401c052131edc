-- Registry list, session 5 (issue 3, docs/benchmarks.md): V50 (a Java migration,
-- registry.NameSortKeyMigration) rewrote every organisation's name_sort_key with ICU's compressed
-- sort keys (about 70 bytes instead of about 380 for the benchmark's names). The rewrite left each
-- index a second entry per organisation; they are rebuilt here, in a transaction after V50's, so
-- that the old row versions are no longer indexed.

-- The filter index (V42) carries the organisation's code as well: the capped count of the list
-- now reads the ids of the matches (up to the limit) in the same walk, and takes the page from them
-- when that is all of them, without a second walk of the order index.
DROP INDEX registry_organisation_filter_idx;

REINDEX TABLE registry_organisation;

CREATE INDEX registry_organisation_filter_idx
    ON registry_organisation (unit_code, kind, status, sector, registration_date) INCLUDE (id, search_text, update_years);

ANALYZE registry_organisation;
