#!/usr/bin/env bash
# Year-end report benchmark (issue 5): one province's report (goal < 300 ms), the whole country's
# (goal < 3 s) and the time to render each file format (DOCX, XLSX, PDF), on the national-scale
# data set (34 provinces, 3,321 communes, 100,000 organisations with five years of annual updates).
#
#   scripts/bench-reports.sh                                   # year 2025, province 79, 10 runs
#   YEAR=2024 PROVINCE=79 RUNS=20 scripts/bench-reports.sh     # the year before the 2025 reform
#   SKIP_BUILD=1 scripts/bench-reports.sh                      # classes compiled before
#
# Needs psql and a PostgreSQL server that lets the user in without a password (trust), by default
# postgres@127.0.0.1:5432 (BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER). The database BENCH_DB
# (default ocop_bench_reports) is created once as a copy of BENCH_SOURCE (default ocop_bench, the
# national-scale data set written by `java -jar ... generate-scale-data`; never written to here)
# and kept; DROP=1 drops the copy at the end.
#
# It runs vn.ocop.portal.reporting.YearEndReportBenchmark (src/test/java): the application boots
# without its web server and with demo data off against the copy, and each measurement is timed in
# that JVM after a warm-up (median, p90, max of RUNS runs). `uptime` is printed before and after,
# since the machine may be shared.
set -euo pipefail

cd "$(dirname "$0")/.."
pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
pg_user=${BENCH_PG_USER:-postgres}
db=${BENCH_DB:-ocop_bench_reports}
source_db=${BENCH_SOURCE:-ocop_bench}
case "$db" in test|ocop_ci|postgres|template*|ocop_bench) echo "refusing to use database $db"; exit 2 ;; esac
psql_db() { psql -X -q -h "$pg_host" -p "$pg_port" -U "$pg_user" "$@"; }

if [ "$(psql_db -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = '$db'")" = 0 ]; then
  busy=$(psql_db -d postgres -Atc "SELECT count(*) FROM pg_stat_activity WHERE datname = '$source_db'")
  [ "$busy" = 0 ] || { echo "$source_db is in use ($busy connections): copy it later"; exit 1; }
  echo "copying $source_db to $db ..."
  createdb -h "$pg_host" -p "$pg_port" -U "$pg_user" -O "$(psql_db -d "$source_db" -Atc 'SELECT current_user')" -T "$source_db" "$db"
fi
psql_db -d "$db" -Atc "SELECT 'organisations: ' || (SELECT count(*) FROM registry_organisation) || ', annual updates: '
  || (SELECT count(*) FROM registry_annual_update) || ', units: ' || (SELECT count(*) FROM administrative_unit)"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -o test-compile
fi
[ -f target/bench-classpath.txt ] || ./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt >/dev/null

echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?'); before: $(uptime)"
# Parallel workers off (-c max_parallel_workers_per_gather=0): on this 2-core machine they hardly
# help, and the CPU column counts the backends only.
SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db?options=-c%20max_parallel_workers_per_gather=${BENCH_PARALLEL:-0}" SPRING_DATASOURCE_USERNAME="$pg_user" SPRING_DATASOURCE_PASSWORD="" \
  java -Xmx512m -Dbench.database="$db" ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.ocop.portal.reporting.YearEndReportBenchmark --year="${YEAR:-2025}" --province="${PROVINCE:-79}" \
  --runs="${RUNS:-10}" --warmup="${WARMUP:-3}" 2>&1 | grep --line-buffered -E '^(#|[a-z-]+ +unit=)|Exception|ERROR'
echo "after: $(uptime)"

if [ "${DROP:-0}" = 1 ]; then
  psql_db -d postgres -c "DROP DATABASE $db"
fi
