#!/usr/bin/env bash
# Import benchmark (issue 3): 100,000 organisations + 500,000 annual updates through the jar's
# `import` command, with -Xmx512m, into a fresh PostgreSQL database; then the same file again
# (idempotent run: every row unchanged).
#
#   scripts/bench-import.sh                 # XLSX (one workbook, both sheets) and CSV (two files)
#   scripts/bench-import.sh xlsx            # only the workbook
#   scripts/bench-import.sh csv             # only the CSV files
#   ORGANISATIONS=20000 scripts/bench-import.sh xlsx       # smaller files
#   JAVA_OPTS="-XX:+UseSerialGC" scripts/bench-import.sh   # other JVM options (added after -Xmx512m)
#   SKIP_BUILD=1 BENCH_JAR=/tmp/ocop.jar scripts/bench-import.sh   # a jar built before (a copy, so
#                                           # that builds running meanwhile do not replace it)
#
# Needs a PostgreSQL server that lets the user in without a password (trust), by default
# postgres@127.0.0.1:5432 (BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER); the database
# BENCH_DB (default ocop_bench_import) is DROPPED and created again before each run. Needs psql.
#
# Steps: builds the jar and the test classes (./mvnw -o package -DskipTests), writes the files
# with the generator on the test class path (vn.ocop.portal.registry.RegistryImportBenchmarkFiles,
# deterministic; kept in target/bench-import and reused while the generator is unchanged), then
# per format: `java -Xmx512m -Xlog:gc... -jar ... import --file=...` on a fresh database, and again.
# Reports per run: the import job's own time (submitted → finished, from import_job), the wall
# time of the whole process (JVM start, migrations, loading the units on a fresh database, the
# import, exit), rows per second of the job, the CPU seconds of the java process and of the
# PostgreSQL backends serving the database (sampled every second), and the heap: the largest
# heap occupancy the GC log shows before a collection (an upper bound of the heap ever used) and
# after one (an upper bound of what stays live: a young collection leaves old garbage in place).
# The GC logs and process logs stay in target/bench-import/runs.
set -euo pipefail

formats=${1:-both}
cd "$(dirname "$0")/.."
root=$PWD
jar=${BENCH_JAR:-target/ocop-portal-0.1.0-SNAPSHOT.jar}
data=${BENCH_DATA:-target/bench-import}
runs=$data/runs
organisations=${ORGANISATIONS:-100000}
years=${YEARS:-5}
pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
pg_user=${BENCH_PG_USER:-postgres}
db=${BENCH_DB:-ocop_bench_import}
case "$db" in test|ocop_ci|postgres|template*) echo "refusing to drop database $db"; exit 2 ;; esac
psql_db() { psql -X -q -h "$pg_host" -p "$pg_port" -U "$pg_user" "$@"; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building $jar and the test classes ..."
  ./mvnw -q -B -o package -DskipTests
fi
mkdir -p "$runs"

stamp="$organisations-$years-$(sha256sum src/test/java/vn/ocop/portal/registry/RegistryImportBenchmarkFiles.java | cut -c1-12)"
if [ "$(cat "$data/stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "writing the files ($organisations organisations, $years years) ..."
  rm -f "$data"/*.xlsx "$data"/*.csv
  ./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
  java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    vn.ocop.portal.registry.RegistryImportBenchmarkFiles --out="$data" --organisations="$organisations" --years="$years" --format=both
  echo "$stamp" >"$data/stamp"
fi

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); JAVA_OPTS: -Xmx512m ${JAVA_OPTS:-}"
echo "PostgreSQL: $(psql_db -d postgres -Atc 'SELECT version()' | cut -d, -f1) (shared_buffers $(psql_db -d postgres -Atc 'SHOW shared_buffers'))"

# One import process; prints "job_ms wall_ms java_cpu_s pg_cpu_s heap_before_gc_MB heap_after_gc_MB created unchanged
# job_java_cpu_s job_pg_cpu_s".
import_once() {
  local file=$1 name=$2 sheet=${3:-}
  local log="$runs/$name.log" gclog="$runs/$name.gc.log"
  local start end
  # PostgreSQL's side: the CPU time of the server processes serving this database, sampled every
  # second while the import runs (a backend's counters are gone once it exits).
  # Also, every second, a line "S <job status> <java ticks> <backend ticks>": the CPU the java
  # process and the backends used while the job ran (status RUNNING), start-up and exit left out.
  ( while :; do
      pgsum=0
      for pid in $(psql_db -d postgres -Atc "SELECT pid FROM pg_stat_activity WHERE datname = '$db'" 2>/dev/null); do
        if [ -r "/proc/$pid/stat" ]; then
          t=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null)
          [ -n "$t" ] && echo "$pid $t" && pgsum=$(( pgsum + t ))
        fi
      done
      jpid=$(pgrep -f -- "^java .*gc:file=$gclog" | head -1)
      status=$(psql_db -d "$db" -Atc "SELECT status FROM import_job ORDER BY submitted_at DESC LIMIT 1" 2>/dev/null)
      [ -n "$jpid" ] && [ -n "$status" ] && echo "S $status $(awk '{ print $14 + $15 }' "/proc/$jpid/stat" 2>/dev/null) $pgsum"
      sleep 1
    done ) >"$runs/$name.pgcpu" 2>/dev/null &
  local sampler=$!
  start=$(date +%s%N)
  SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db" SPRING_DATASOURCE_USERNAME="$pg_user" \
    SPRING_DATASOURCE_PASSWORD="" OCOP_DEMO_ENABLED=false \
    /usr/bin/time -f '%U %S' -o "$runs/$name.time" \
    java -Xmx512m -Xlog:gc:file="$gclog" ${JAVA_OPTS:-} -jar "$jar" import --file="$file" ${sheet:+--sheet=$sheet} >"$log" 2>&1 \
    || { echo "import of $file failed; see $log"; tail -30 "$log"; exit 1; }
  end=$(date +%s%N)
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  local pg_cpu
  pg_cpu=$(awk -v hz="$(getconf CLK_TCK)" '$1 ~ /^[0-9]+$/ && $2 != "" { if ($2 > max[$1]) max[$1] = $2 } END { for (p in max) s += max[p]; printf "%.1f", s / hz }' "$runs/$name.pgcpu")
  local job_cpu
  job_cpu=$(awk -v hz="$(getconf CLK_TCK)" '$1 == "S" && $2 == "RUNNING" && NF == 4 { if (!seen) { j0 = $3; p0 = $4; seen = 1 } j1 = $3; p1 = $4 }
    END { printf "%.1f %.1f", (j1 - j0) / hz, (p1 - p0) / hz }' "$runs/$name.pgcpu")
  local job
  job=$(psql_db -d "$db" -Atc "SELECT round(extract(epoch FROM finished_at - submitted_at) * 1000),
      (SELECT sum((s->>'created')::bigint) FROM jsonb_array_elements(summary) s),
      (SELECT sum((s->>'unchanged')::bigint) FROM jsonb_array_elements(summary) s)
    FROM import_job WHERE status = 'SUCCEEDED' ORDER BY finished_at DESC LIMIT 1" | tr '|' ' ')
  local heap
  heap=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$gclog" | awk -F'[M>(-]' '{ if ($1 > b) b = $1; if ($4 > a) a = $4 } END { printf "%d %d", b, a }')
  set -- $job
  echo "$1 $(( (end - start) / 1000000 )) $(awk '{ printf "%.1f", $1 + $2 }' "$runs/$name.time") $pg_cpu $heap $2 $3 $job_cpu"
}

report() {
  local label=$1 rows=$2; shift 2
  set -- $*
  printf '%-28s %7s %9s %10s %8s %8s %12s %12s %9s %10s %12s %10s\n' "$label" "$(awk -v m="$1" 'BEGIN { printf "%.1f", m / 1000 }')" \
    "$(awk -v m="$2" 'BEGIN { printf "%.1f", m / 1000 }')" "$(awk -v r="$rows" -v m="$1" 'BEGIN { printf "%.0f", r / (m / 1000) }')" \
    "$3" "$4" "$5" "$6" "$7" "$8" "$9" "${10}"
}

header() {
  echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows the runs)"
  printf '%-28s %7s %9s %10s %8s %8s %12s %12s %9s %10s %12s %10s\n' run job_s process_s rows_per_s java_cpu pg_cpu heap_peak_MB heap_after_gc_MB created unchanged job_java_cpu job_pg_cpu
}

fresh_db() {
  psql_db -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
}

rows=$(( organisations + organisations * years ))
if [ "$formats" = both ] || [ "$formats" = xlsx ]; then
  echo; echo "XLSX: $data/registry-benchmark.xlsx ($(stat -c %s "$data/registry-benchmark.xlsx") bytes, $rows rows)"
  header
  fresh_db
  report "xlsx first import" "$rows" "$(import_once "$root/$data/registry-benchmark.xlsx" xlsx-first)"
  report "xlsx again (unchanged)" "$rows" "$(import_once "$root/$data/registry-benchmark.xlsx" xlsx-again)"
fi
if [ "$formats" = both ] || [ "$formats" = csv ]; then
  echo; echo "CSV: $data/to-chuc.csv ($(stat -c %s "$data/to-chuc.csv") bytes) then $data/cap-nhat-hang-nam.csv ($(stat -c %s "$data/cap-nhat-hang-nam.csv") bytes)"
  header
  fresh_db
  report "csv to-chuc first" "$organisations" "$(import_once "$root/$data/to-chuc.csv" csv-organisations-first to-chuc)"
  report "csv cap-nhat-hang-nam first" "$(( organisations * years ))" "$(import_once "$root/$data/cap-nhat-hang-nam.csv" csv-updates-first cap-nhat-hang-nam)"
  report "csv to-chuc again" "$organisations" "$(import_once "$root/$data/to-chuc.csv" csv-organisations-again to-chuc)"
  report "csv cap-nhat-hang-nam again" "$(( organisations * years ))" "$(import_once "$root/$data/cap-nhat-hang-nam.csv" csv-updates-again cap-nhat-hang-nam)"
fi
echo; echo "database $db left in place (rows of the last run); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
