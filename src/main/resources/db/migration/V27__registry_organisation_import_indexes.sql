-- Two indexes of registry_organisation that no query uses, dropped because every imported or
-- registered organisation writes an entry in each (docs/benchmarks.md, "Registry import"):
--
-- registry_organisation_search_idx (search_text text_pattern_ops): the word search is always
-- LIKE '%word%' (Organisations, PublicOrganisations), which a b-tree cannot serve; the trigram
-- index (where pg_trgm is installed) serves it. Its entries are the longest of the table's indexes
-- (the folded name, code and numbers).
DROP INDEX IF EXISTS registry_organisation_search_idx;

-- registry_organisation_date_idx (registration_date, id): every filter on the registration date is
-- served by registry_organisation_date_list_idx (registration_date DESC, name_sort_key, id) of V9,
-- which starts with the same column; no query orders by (registration_date, id).
DROP INDEX IF EXISTS registry_organisation_date_idx;
