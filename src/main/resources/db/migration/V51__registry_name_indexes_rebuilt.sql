-- Registry list, session 5 (issue 3, docs/benchmarks.md): V50 (a Java migration,
-- registry.NameSortKeyMigration) rewrote every organisation's name_sort_key with ICU's compressed
-- sort keys (about 70 bytes instead of about 380 for the benchmark's names). The rewrite left each index a second entry per
-- organisation; they are rebuilt here, in a transaction after V50's, so that the old row versions
-- are no longer indexed.
REINDEX TABLE registry_organisation;
ANALYZE registry_organisation;
