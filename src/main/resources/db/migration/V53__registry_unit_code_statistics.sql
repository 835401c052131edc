-- Back-office list (issue 3, docs/benchmarks.md, session 6): V15 raised the statistics target of
-- unit_code to 1000 so that a province's busy communes are known to the planner. The price is paid
-- on every list statement: an area scope is unit_code = ANY(codes of the area), and the planner
-- looks every code of the area up in the list of most common values, several times per statement
-- (once per index it considers). For the 108 codes of a province with 1,000 common values that
-- took 1.35 ms of planning per statement, three statements a page, more than running them; with
-- 200 it takes 0.45 ms, and the plans of the benchmark's lists are the same (its province's
-- 108 busy codes are all among the 200). When organisations spread evenly over communes, as in
-- the national data, a code outside the list is estimated from the average of the others, which
-- is then close to its own count.
ALTER TABLE registry_organisation ALTER COLUMN unit_code SET STATISTICS 200;
ANALYZE registry_organisation;
