#!/usr/bin/env bash
# Public OCOP catalogue benchmark (issue 4): latency and throughput of the catalogue list
# (/san-pham-ocop with filters), product pages (/san-pham-ocop/{code}) and the certificate PDF
# (/backoffice/certification/certificates/{number}/certificate.pdf, a timed load run) on the
# national-scale data set with 20,000 OCOP products and their certificates.
#
#   scripts/bench-catalogue.sh                          # 20 s per mix, 4 connections
#   DURATION=30 CONNECTIONS=8 scripts/bench-catalogue.sh
#   SKIP_BUILD=1 scripts/bench-catalogue.sh             # the jar built before
#
# Needs wrk, curl, psql and a PostgreSQL server that lets the user in without a password, by
# default postgres@127.0.0.1:5432. The database BENCH_DB (default ocop_bench_cert) is created once
# as a copy of the base national data set BENCH_BASE (default ocop_bench: units, accounts, 100,000
# organisations; never written to), then `generate-scale-data --products=20000` adds the OCOP
# subjects, products and certificates (the other modules' volumes set to 0: they are in the base),
# the application's start adds the demo certificates of province 06, and VACUUM ANALYZE.
# The application then runs with -Xmx512m on a free port; the script signs in as the demo `admin`
# (province 06) for the PDF mix, checks every URL answers 200, warms up 10 s, and runs wrk per mix
# (scripts/bench-registry-list.lua: the mix's URLs in turn). Prints rps and p50/p95/p99/max.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
jar=${BENCH_JAR:-target/ocop-portal-0.1.0-SNAPSHOT.jar}
work=$root/target/bench-catalogue
duration=${DURATION:-20}
connections=${CONNECTIONS:-4}
pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
pg_user=${BENCH_PG_USER:-postgres}
db=${BENCH_DB:-ocop_bench_cert}
base_db=${BENCH_BASE:-ocop_bench}
case "$db" in test|ocop_ci|postgres|ocop_bench|template*) echo "refusing to use database $db"; exit 2 ;; esac
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

if ! psql_db -d "$db" -Atc "SELECT 1" >/dev/null 2>&1; then
  echo "copying $base_db to $db ..."
  psql_db -d postgres -c "CREATE DATABASE $db TEMPLATE $base_db"
fi
certified=$(psql_db -d "$db" -Atc "SELECT count(*) FROM certification_certificate WHERE created_by = 'scale'" 2>/dev/null || echo 0)
if [ "$certified" -lt 20000 ]; then
  echo "generating 20,000 OCOP products and their certificates ..."
  start=$(date +%s)
  java -Xmx1g -jar "$jar" generate-scale-data --organisations=0 --accounts-per-commune=0 --products=20000 \
    >"$work/generate.log" 2>&1 || { tail -30 "$work/generate.log"; exit 1; }
  grep -E "^  (ocop|certification)" "$work/generate.log" || true
  psql_db -d "$db" -c "VACUUM ANALYZE"
  echo "generated in $(( $(date +%s) - start )) s"
fi

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
psql_db -d "$db" -Atc "SELECT 'products: ' || (SELECT count(*) FROM ocop_product) || ', certificates: '
  || (SELECT count(*) FROM certification_certificate) || ', decisions: ' || (SELECT count(*) FROM certification_decision)"

cookies=$work/cookies.txt
rm -f "$cookies"
csrf=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=admin" --data-urlencode "password=Demo@2026!" \
  --data-urlencode "_csrf=$csrf" "$base/login"
session=$(awk '$6 == "OCOPSESSION" { print $7 }' "$cookies")
[ -n "$session" ] || { echo "no session cookie after sign-in"; exit 1; }

C=/san-pham-ocop
today=$(date +%F)
last_page=$(psql_db -d "$db" -Atc "SELECT count(*) / 20 FROM certification_certificate WHERE superseded_by IS NULL
  AND revoked_on IS NULL AND expires_on >= DATE '$today'")
province=$(psql_db -d "$db" -Atc "SELECT area_codes[2] FROM certification_certificate WHERE created_by = 'scale' LIMIT 1")
mixes=(catalogue product pdf)
declare -A urls
urls[catalogue]="$C $C?trang=2 $C?sao=4 $C?sao=5 $C?nhom=TP $C?bo=TP-04 $C?q=mat+ong $C?q=che+huu+co $C?tinh=$province
  $C?tinh=$province&sao=3 $C?trang=$(( last_page / 2 )) $C?trang=$last_page"
urls[product]=$(psql_db -d "$db" -Atc "SELECT string_agg('$C/' || product_code, ' ') FROM (SELECT product_code
  FROM certification_certificate WHERE created_by = 'scale' AND expires_on >= DATE '$today' ORDER BY md5(number) LIMIT 40) t")
urls[pdf]=$(psql_db -d "$db" -Atc "SELECT string_agg('/backoffice/certification/certificates/' || number || '/certificate.pdf', ' ')
  FROM (SELECT number FROM certification_certificate WHERE '06' = ANY (area_codes) ORDER BY id LIMIT 20) t")

echo "checking every URL answers 200 ..."
for mix in "${mixes[@]}"; do
  : >"$work/urls-$mix.txt"
  for u in ${urls[$mix]}; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "OCOPSESSION=$session" "$base$u")
    [ "$code" = 200 ] || { echo "$u answered $code"; exit 1; }
    echo "$u" >>"$work/urls-$mix.txt"
  done
done

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); PostgreSQL: $(psql_db -d postgres -Atc 'SHOW server_version') (shared_buffers $(psql_db -d postgres -Atc 'SHOW shared_buffers'))"
echo "warming up (10 s per mix) ..."
for mix in "${mixes[@]}"; do
  BENCH_COOKIE="OCOPSESSION=$session" BENCH_URLS=$work/urls-$mix.txt wrk -t1 -c"$connections" -d10s \
    -s scripts/bench-registry-list.lua "$base" >/dev/null
done
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows the runs)"
printf '%-10s %5s %9s %7s %8s %8s %8s %8s %7s\n' mix urls requests rps p50_ms p95_ms p99_ms max_ms errors
for mix in "${mixes[@]}"; do
  line=$(BENCH_COOKIE="OCOPSESSION=$session" BENCH_URLS=$work/urls-$mix.txt wrk -t1 -c"$connections" -d"${duration}s" \
    --timeout 10s -s scripts/bench-registry-list.lua "$base" | grep '^RESULT')
  val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  printf '%-10s %5s %9s %7s %8s %8s %8s %8s %7s\n' "$mix" "$(wc -l <"$work/urls-$mix.txt")" "$(val requests)" "$(val rps)" \
    "$(val p50_ms)" "$(val p95_ms)" "$(val p99_ms)" "$(val max_ms)" "$(val errors)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); URLs of each mix: $work/urls-*.txt"
