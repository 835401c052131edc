#!/usr/bin/env bash
# Back-office list benchmark (issue 3): latency of /backoffice/registry with filters over a
# national-scale registry, goal p95 < 50 ms.
#
#   scripts/bench-registry-list.sh                  # 20 s per filter mix, 4 connections
#   DURATION=30 CONNECTIONS=8 scripts/bench-registry-list.sh
#   MIXES="text deep" scripts/bench-registry-list.sh   # measure these mixes only
#   PER_URL=5 MIXES=deep scripts/bench-registry-list.sh # and then each of their URLs alone, 5 s each
#   RELOAD=1 scripts/bench-registry-list.sh         # drop and load the database again
#   SKIP_BUILD=1 BENCH_JAR=/tmp/ocop.jar scripts/bench-registry-list.sh   # a jar built before
#   BENCH_TEMPLATE=ocop_bench scripts/bench-registry-list.sh   # load from a copy of a database that
#                                           # holds the national-scale data already (step 1 skipped)
#
# Needs wrk (Debian: apt-get install wrk), curl, psql and a PostgreSQL server that lets the user
# in without a password (trust), by default postgres@127.0.0.1:5432 (BENCH_PG_HOST, BENCH_PG_PORT,
# BENCH_PG_USER).
#
# The database BENCH_DB (default ocop_bench_list) is loaded once and kept (RELOAD=1 loads it again):
#   1. `java -jar ... generate-scale-data` with the demo data on: the national-scale data set
#      (100,000 organisations all over the country and their annual updates, the other modules'
#      volumes), the demo province 06 (1,104 organisations) and the demo accounts;
#   2. `java -jar ... import --file=registry-benchmark.xlsx`: the import benchmark's 100,000
#      organisations and 500,000 annual updates of province 06 (scripts/bench-import.sh writes the
#      same file with the same generator), so that the signed-in provincial administrator's list
#      holds 101,104 organisations in a table of about 200,000;
#   3. VACUUM ANALYZE (what autovacuum does shortly after such a load).
# With BENCH_TEMPLATE the database is created as a copy of that one instead of step 1.
# Then the application is started against it (java -Xmx512m -jar, a free port), the script signs
# in as the demo account `admin` (form login with the CSRF token; scope: province 06), checks that
# every URL answers 200 with the list, warms up for 10 s, and runs wrk per filter mix: the mix's
# URLs in turn (scripts/bench-registry-list.lua), CONNECTIONS connections on one thread for
# DURATION seconds. Prints requests per second, p50/p95/p99/max latency, the CPU seconds of the
# application and of its PostgreSQL backends and the load average, per mix.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
jar=${BENCH_JAR:-target/ocop-portal-0.1.0-SNAPSHOT.jar}
work=$root/target/bench-list
duration=${DURATION:-20}
connections=${CONNECTIONS:-4}
pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
pg_user=${BENCH_PG_USER:-postgres}
db=${BENCH_DB:-ocop_bench_list}
case "$db" in test|ocop_ci|postgres|template*) echo "refusing to use database $db"; exit 2 ;; esac
psql_db() { psql -X -q -h "$pg_host" -p "$pg_port" -U "$pg_user" "$@"; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 2; }
mkdir -p "$work"
app=""
cleanup() {
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then kill "$app"; wait "$app" 2>/dev/null || true; fi
}
trap cleanup EXIT
export SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db" SPRING_DATASOURCE_USERNAME="$pg_user" SPRING_DATASOURCE_PASSWORD=""

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building $jar ..."
  ./mvnw -q -B -o package -DskipTests
fi

loaded=$(psql_db -d "$db" -Atc "SELECT count(*) FROM registry_organisation" 2>/dev/null || echo 0)
if [ "${RELOAD:-0}" = 1 ] || [ "$loaded" -lt 200000 ]; then
  file=target/bench-import/registry-benchmark.xlsx
  if [ ! -f "$file" ]; then
    ./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
    java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
      vn.ocop.portal.registry.RegistryImportBenchmarkFiles --out=target/bench-import --format=xlsx
  fi
  echo "loading $db: national-scale data, then the 100,000 organisations of province 06 ..."
  psql_db -d postgres -c "DROP DATABASE IF EXISTS $db"
  start=$(date +%s)
  if [ -n "${BENCH_TEMPLATE:-}" ]; then
    # a copy of a database that holds the national-scale data set (nobody may be connected to it)
    psql_db -d postgres -c "CREATE DATABASE $db TEMPLATE ${BENCH_TEMPLATE}"
  else
    psql_db -d postgres -c "CREATE DATABASE $db"
    java -Xmx1g -jar "$jar" generate-scale-data >"$work/generate.log" 2>&1 || { tail -30 "$work/generate.log"; exit 1; }
    grep -i "organisations" "$work/generate.log" | grep -v DEBUG | tail -3 | cut -c1-250 || true
  fi
  java -Xmx512m -jar "$jar" import --file="$root/$file" >"$work/import.log" 2>&1 || { tail -30 "$work/import.log"; exit 1; }
  grep -E "to-chuc|cap-nhat" "$work/import.log" | tail -2 || true
  psql_db -d "$db" -c "VACUUM ANALYZE"
  echo "loaded in $(( $(date +%s) - start )) s"
fi
psql_db -d "$db" -Atc "SELECT 'organisations: ' || (SELECT count(*) FROM registry_organisation) || ', annual updates: '
  || (SELECT count(*) FROM registry_annual_update) || ', status changes: ' || (SELECT count(*) FROM registry_status_change)"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
echo "starting the application on port $port ..."
SERVER_PORT=$port java -Xmx512m ${JAVA_OPTS:-} -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login" || true)" = 200 ] && break
  kill -0 "$app" 2>/dev/null || { tail -30 "$work/app.log"; exit 1; }
  sleep 0.25
done

# Form login with the CSRF token of the login page.
cookies=$work/cookies.txt
rm -f "$cookies"
csrf=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" \
  --data-urlencode "username=admin" --data-urlencode "password=Demo@2026!" --data-urlencode "_csrf=$csrf" "$base/login")
case "$location" in *error*|*login*) echo "sign-in failed (redirected to $location)"; exit 1 ;; esac
session=$(awk '$6 == "OCOPSESSION" { print $7 }' "$cookies")
[ -n "$session" ] || { echo "no session cookie after sign-in"; exit 1; }
export BENCH_COOKIE="OCOPSESSION=$session"

# The busiest communes of the imported organisations, and the admin's last page.
communes=$(psql_db -d "$db" -Atc "SELECT string_agg(unit_code, ' ') FROM (SELECT unit_code FROM registry_organisation
  WHERE id LIKE 'BENCH-%' GROUP BY unit_code ORDER BY count(*) DESC LIMIT 4) t")
last_page=$(psql_db -d "$db" -Atc "SELECT count(*) / 25 + 1 FROM registry_organisation
  WHERE unit_code IN (SELECT unit_code FROM registry_unit_area WHERE container_code = '06')")
L=/backoffice/registry
mixes=(plain kinds units year text sort deep dated keyset)
declare -A urls
urls[plain]="$L $L?page=2 $L?page=3 $L?page=10"
urls[kinds]="$L?kind=HTX $L?kind=THT&status=OPERATING $L?kind=LHHTX $L?status=DISSOLVED $L?sector=TRADE_SERVICES_OTHER $L?kind=HTX&sector=FINANCE_CREDIT&status=OPERATING $L?status=SUSPENDED&sector=AGRICULTURE"
# Province 06 and its districts and communes existed until 30/6/2025 (its territory is in province 19
# since): filters by those codes need a date before; today's list by unit uses the codes of today.
urls[units]="$L?unit=19 $L?unit=06&date=31/12/2024 $L?unit=061&date=31/12/2024 $L?unit=066&kind=HTX&date=31/12/2024"
for c in $communes; do urls[units]+=" $L?unit=$c&date=31/12/2024"; done
urls[year]="$L?year=2022 $L?year=2024&update=ACCEPTED $L?year=2023&update=MISSING $L?year=2025&kind=HTX $L?year=2021&sector=AGRICULTURE"
urls[text]="$L?q=hop+tac+xa+dong+tam $L?q=che $L?q=nong+nghiep $L?q=to+hop+tac+chan+nuoi $L?q=0050012 $L?q=thuy+san&kind=HTX $L?q=du+lich+cong+dong"
urls[sort]="$L?sort=REGISTRATION_DATE $L?sort=UNIT $L?sort=REGISTRATION_DATE&kind=THT $L?sort=UNIT&status=OPERATING&page=5"
urls[deep]="$L?page=100 $L?page=1000 $L?page=$(( last_page / 2 )) $L?page=$last_page $L?sort=REGISTRATION_DATE&page=2000 $L?kind=HTX&page=1500"
urls[dated]="$L?date=31/12/2022 $L?date=31/12/2022&status=OPERATING $L?date=30/06/2023&unit=061 $L?date=31/12/2021&kind=HTX&status=SUSPENDED"
# keyset: the "next" and "previous" links of the deep pages (page number and the organisation the page
# starts after or ends before), filled in from the pages themselves below.
urls[keyset]=""

echo "checking every URL answers 200 with the list ..."
all=$work/urls-all.txt
: >"$all"
for mix in "${mixes[@]}"; do
  : >"$work/urls-$mix.txt"
  for u in ${urls[$mix]}; do
    body=$(curl -s -w '\n%{http_code}' -b "$BENCH_COOKIE" "$base$u")
    code=${body##*$'\n'}
    if [ "$code" != 200 ] || ! grep -q '<table' <<<"$body"; then echo "$u answered $code without the list"; exit 1; fi
    echo "$u" >>"$work/urls-$mix.txt"
    echo "$u" >>"$all"
    if [ "$mix" = deep ]; then
      # the page's next and previous links (an application without keyset links gives bare page numbers)
      for rel in next prev; do
        link=$(grep -o "rel=\"$rel\" href=\"[^\"]*\"" <<<"$body" | head -1 | sed 's/.*href="//; s/"$//; s/&amp;/\&/g' || true)
        [ -n "$link" ] && urls[keyset]+=" $link"
      done
    fi
  done
done

# a jar with the list's per-node index (session 8) builds it in the background after starting:
# the runs begin once it is built
if jar tf "$jar" 2>/dev/null | grep -q 'registry/OrganisationListIndex.class'; then
  for _ in $(seq 1 180); do grep -q 'Registry list index built' "$work/app.log" && break; sleep 1; done
  grep 'Registry list index built' "$work/app.log" | sed 's/.*: //' || echo "the list index was not built within 180 s"
fi
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); PostgreSQL: $(psql_db -d postgres -Atc 'SHOW server_version') (shared_buffers $(psql_db -d postgres -Atc 'SHOW shared_buffers'))"
echo "warming up (10 s, every URL) ..."
BENCH_URLS=$all wrk -t1 -c"$connections" -d10s -s scripts/bench-registry-list.lua "$base" >/dev/null
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows the runs)"
# CPU seconds (user + system) of the application and of the PostgreSQL backends serving the database
# (the pool's connections live as long as the application), read before and after each mix.
hz=$(getconf CLK_TCK)
java_ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }
pg_ticks() {
  local t=0 pid
  for pid in $(psql_db -d postgres -Atc "SELECT pid FROM pg_stat_activity WHERE datname = '$db' AND pid <> pg_backend_pid()"); do
    [ -r "/proc/$pid/stat" ] && t=$(( t + $(awk '{ print $14 + $15 }' "/proc/$pid/stat") ))
  done
  echo "$t"
}
printf '%-8s %5s %9s %7s %8s %8s %8s %8s %7s %9s %9s %8s\n' mix urls requests rps p50_ms p95_ms p99_ms max_ms errors \
  java_cpu pg_cpu load1
read -ra measured <<<"${MIXES:-${mixes[*]}}"
for mix in "${measured[@]}"; do
  j0=$(java_ticks); p0=$(pg_ticks)
  line=$(BENCH_URLS=$work/urls-$mix.txt wrk -t1 -c"$connections" -d"${duration}s" --timeout 10s -s scripts/bench-registry-list.lua "$base" | grep '^RESULT')
  j1=$(java_ticks); p1=$(pg_ticks)
  val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  printf '%-8s %5s %9s %7s %8s %8s %8s %8s %7s %9s %9s %8s\n' "$mix" "$(wc -l <"$work/urls-$mix.txt")" "$(val requests)" "$(val rps)" \
    "$(val p50_ms)" "$(val p95_ms)" "$(val p99_ms)" "$(val max_ms)" "$(val errors)" \
    "$(awk -v t=$(( j1 - j0 )) -v hz="$hz" 'BEGIN { printf "%.1f", t / hz }')" \
    "$(awk -v t=$(( p1 - p0 )) -v hz="$hz" 'BEGIN { printf "%.1f", t / hz }')" "$(cut -d' ' -f1 /proc/loadavg)"
done
if [ -n "${PER_URL:-}" ]; then
  # Each URL of the measured mixes alone, PER_URL seconds at the same connections: which URL of a
  # mix is dear (req/s is the inverse of its cost: 2 cores / req/s = CPU per request).
  echo "each URL alone (${PER_URL} s):"
  printf '%-8s %7s %8s %8s  %s\n' mix rps p50_ms p95_ms url
  for mix in "${measured[@]}"; do
    while read -r u; do
      echo "$u" >"$work/url-alone.txt"
      line=$(BENCH_URLS=$work/url-alone.txt wrk -t1 -c"$connections" -d"${PER_URL}s" --timeout 10s -s scripts/bench-registry-list.lua "$base" | grep '^RESULT')
      val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
      printf '%-8s %7s %8s %8s  %s\n' "$mix" "$(val rps)" "$(val p50_ms)" "$(val p95_ms)" "$u"
    done <"$work/urls-$mix.txt"
  done
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); the URLs of each mix: $work/urls-*.txt"
