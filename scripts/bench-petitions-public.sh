#!/usr/bin/env bash
# Public petitions benchmark (issue 7): latency of the public dashboard (/kien-nghi/thong-ke) and of
# the public answer search (/kien-nghi with topic, department and words) over national-scale data.
#
#   scripts/bench-petitions-public.sh                       # 20 s per mix, 4 connections
#   BENCH_DB=ocop_bench_pet DURATION=30 CONNECTIONS=8 scripts/bench-petitions-public.sh
#   SKIP_BUILD=1 BENCH_JAR=/tmp/ocop.jar scripts/bench-petitions-public.sh
#
# Needs wrk, curl, psql and a PostgreSQL server that lets the user in without a password, by
# default postgres@127.0.0.1:5432 (BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER).
#
# BENCH_DB (default ocop_bench_pet) should be a copy of a national-scale database (README,
# "National-scale data"), e.g. `createdb -T ocop_bench ocop_bench_pet`; when it holds fewer than
# PETITIONS (default 10,000) petitions the script runs `generate-scale-data --petitions=PETITIONS`
# on it (idempotent: the other modules' shares are already there) and VACUUM ANALYZE. Then it
# starts the application (java -Xmx512m -jar, a free port, no sign-in: the pages are public),
# checks that every URL answers 200, warms up for 10 s and runs wrk per mix (the mix's URLs in turn,
# scripts/bench-registry-list.lua without a cookie), CONNECTIONS connections on one thread.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
jar=${BENCH_JAR:-target/ocop-portal-0.1.0-SNAPSHOT.jar}
work=$root/target/bench-petitions
duration=${DURATION:-20}
connections=${CONNECTIONS:-4}
petitions=${PETITIONS:-10000}
pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
pg_user=${BENCH_PG_USER:-postgres}
db=${BENCH_DB:-ocop_bench_pet}
case "$db" in test|ocop_ci|ocop_bench|postgres|template*) echo "refusing to use database $db (work on a copy)"; exit 2 ;; esac
psql_db() { psql -X -q -h "$pg_host" -p "$pg_port" -U "$pg_user" "$@"; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 2; }
mkdir -p "$work"
app=""
cleanup() {
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then kill "$app"; wait "$app" 2>/dev/null || true; fi
}
trap cleanup EXIT
export SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db" SPRING_DATASOURCE_USERNAME="$pg_user" SPRING_DATASOURCE_PASSWORD=""
export BENCH_COOKIE=""

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building $jar ..."
  ./mvnw -q -B -o package -DskipTests
fi

loaded=$(psql_db -d "$db" -Atc "SELECT count(*) FROM petitions_petition" 2>/dev/null || echo 0)
if [ "$loaded" -lt "$petitions" ]; then
  echo "generating $petitions petitions into $db ..."
  start=$(date +%s)
  java -Xmx1g -jar "$jar" generate-scale-data --seed=2026 --petitions="$petitions" >"$work/generate.log" 2>&1 \
    || { tail -30 "$work/generate.log"; exit 1; }
  grep -E "Scale data: (petitions|registry)" "$work/generate.log" | cut -c1-250 || true
  psql_db -d "$db" -c "VACUUM ANALYZE"
  echo "generated in $(( $(date +%s) - start )) s"
fi
psql_db -d "$db" -Atc "SELECT 'petitions: ' || count(*) || ', published: ' || count(*) FILTER (WHERE published_at IS NOT NULL)
  || ', years: ' || min(extract(YEAR FROM received_on)) || '-' || max(extract(YEAR FROM received_on)) FROM petitions_petition"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
echo "starting the application on port $port ..."
SERVER_PORT=$port java -Xmx512m ${JAVA_OPTS:-} -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/kien-nghi/thong-ke" || true)" = 200 ] && break
  kill -0 "$app" 2>/dev/null || { tail -30 "$work/app.log"; exit 1; }
  sleep 0.25
done

P=/kien-nghi
mixes=(dashboard answers search deep)
declare -A urls
urls[dashboard]="$P/thong-ke $P/thong-ke?nam=2025 $P/thong-ke?nam=2024 $P/thong-ke?nam=2023 $P/thong-ke?nam=2022"
urls[answers]="$P $P?topic=LOANS $P?department=SO-NNPTNT $P?topic=TAX&department=CUC-THUE $P?topic=OCOP $P?department=NHNN&topic=LOANS"
urls[search]="$P?q=von+vay $P?q=che $P?q=thue $P?q=dat+dai&topic=LAND $P?q=ocop+nang+hang $P?q=mat+ong $P?q=du+lich+cong+dong $P?q=KN.2024"
urls[deep]="$P?page=50 $P?page=100 $P?page=200 $P?topic=MARKET&page=30 $P?q=che&page=10"

echo "checking every URL answers 200 ..."
all=$work/urls-all.txt
: >"$all"
for mix in "${mixes[@]}"; do
  : >"$work/urls-$mix.txt"
  for u in ${urls[$mix]}; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$base$u")
    [ "$code" = 200 ] || { echo "$u answered $code"; exit 1; }
    echo "$u" >>"$work/urls-$mix.txt"
    echo "$u" >>"$all"
  done
done

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); PostgreSQL: $(psql_db -d postgres -Atc 'SHOW server_version') (shared_buffers $(psql_db -d postgres -Atc 'SHOW shared_buffers'))"
echo "warming up (10 s, every URL) ..."
BENCH_URLS=$all wrk -t1 -c"$connections" -d10s -s scripts/bench-registry-list.lua "$base" >/dev/null
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows the runs)"
printf '%-10s %5s %9s %7s %8s %8s %8s %8s %7s\n' mix urls requests rps p50_ms p95_ms p99_ms max_ms errors
for mix in "${mixes[@]}"; do
  line=$(BENCH_URLS=$work/urls-$mix.txt wrk -t1 -c"$connections" -d"${duration}s" --timeout 10s -s scripts/bench-registry-list.lua "$base" | grep '^RESULT')
  val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  printf '%-10s %5s %9s %7s %8s %8s %8s %8s %7s\n' "$mix" "$(wc -l <"$work/urls-$mix.txt")" "$(val requests)" "$(val rps)" \
    "$(val p50_ms)" "$(val p95_ms)" "$(val p99_ms)" "$(val max_ms)" "$(val errors)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
