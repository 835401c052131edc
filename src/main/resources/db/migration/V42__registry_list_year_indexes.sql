-- Back-office list, fifth round (issue 3, docs/benchmarks.md): the indexes that carry V41's years.
-- A migration of its own: an index built in the transaction that filled the column (V41) would also
-- hold an entry for every row version that UPDATE left behind (they are still visible to that
-- transaction), measured 252 MB instead of 130 MB for the name order index of 201,104 organisations.

-- The name order index with the years (replaces the one of V34: same key and columns, plus the
-- years, so an organisation still writes one entry in a name order index).
CREATE INDEX registry_organisation_name_years_idx
    ON registry_organisation (name_sort_key, id) INCLUDE (unit_code, kind, status, sector, registration_date, search_text, update_years);

-- The filter columns with the search text and the years, so that the capped count of a word search
-- or of the missing updates walks an index without the table: for a common word ("che", "nong
-- nghiep") the first 526 matches lie within a few thousand entries, where the trigram index proposes
-- tens of thousands of table rows to recheck. V9's narrow registry_organisation_list_idx (same key,
-- 12 MB against 62 MB for 201,104 organisations) stays for the exact counts of deep pages and the
-- other filters: with only this wider index the deep pages cost half as much again (docs/benchmarks.md).
CREATE INDEX registry_organisation_filter_idx
    ON registry_organisation (unit_code, kind, status, sector, registration_date) INCLUDE (search_text, update_years);

ANALYZE registry_organisation;
