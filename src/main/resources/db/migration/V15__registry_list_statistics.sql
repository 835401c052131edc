-- Back-office list (issue 3, docs/benchmarks.md): the list tests an area scope as
-- unit_code = ANY(codes of the area); the planner estimates that from the most common values of
-- unit_code. With the default target (100) it knows about 100 codes of some 10,000 in use, so a
-- province's communes (about 940 organisations each in the benchmark) were taken for average codes
-- (25 each), and pages were sorted in full instead of walking the name index. A larger target
-- keeps the busy codes of every province in the statistics.
ALTER TABLE registry_organisation ALTER COLUMN unit_code SET STATISTICS 1000;
ANALYZE registry_organisation;
