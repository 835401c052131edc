#!/usr/bin/env bash
# Startup benchmark: how long until the portal serves its home page, and how much memory it holds.
#
#   scripts/bench-startup.sh [RUNS]          # default 3 runs
#   JAVA_OPTS="-XX:+UseSerialGC" scripts/bench-startup.sh 5
#
# Builds the jar once (./mvnw -q -B package -DskipTests), then RUNS times: starts `java -jar` on the
# embedded PostgreSQL (no SPRING_DATASOURCE_URL) on a free port, polls http://127.0.0.1:PORT/ every
# 0.1 s and records the wall time from process start to the first HTTP 200. One second after that
# it reads the resident memory (VmRSS) of the java process and, separately, of the embedded
# PostgreSQL server (postmaster + its backends: RSS summed, and PSS summed, which counts the shared
# buffers once). It also reports the CPU time the java process used until then (its own plus the
# initdb/pg_ctl children it waited for): unlike wall time, that hardly changes when other work
# competes for the cores. Prints one line per run and the medians. Needs curl; Linux /proc.
set -euo pipefail

runs=${1:-3}
cd "$(dirname "$0")/.."
jar=target/ocop-portal-0.1.0-SNAPSHOT.jar
work=$(mktemp -d /tmp/bench-startup.XXXXXX)
app=""

cleanup() {
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}
kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
pss_kb() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15 + $16 + $17) / hz}' "/proc/$1/stat" 2>/dev/null || echo 0; }
mb() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

echo "building $jar ..."
./mvnw -q -B package -DskipTests
echo "java: $(java -version 2>&1 | head -1); JAVA_OPTS: ${JAVA_OPTS:-<none>}; cores: $(nproc); runs: $runs"
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows startup)"
printf '%-6s %10s %8s %10s %10s %10s %9s\n' run startup_s cpu_s java_MB pg_RSS_MB pg_PSS_MB pg_procs

: >"$work/results"
for run in $(seq 1 "$runs"); do
  port=$(free_port)
  # Embedded database (empty URL), no inherited datasource, default demo settings of the README run.
  start=$(date +%s%N)
  env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
    SERVER_PORT="$port" java ${JAVA_OPTS:-} -jar "$jar" >"$work/run-$run.log" 2>&1 &
  app=$!
  ready=""
  while kill -0 "$app" 2>/dev/null; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null || true)
    if [ "$code" = 200 ]; then ready=$(date +%s%N); cpu=$(cpu_s "$app"); break; fi
    [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt 180 ] || break
    sleep 0.1
  done
  if [ -z "$ready" ]; then
    echo "run $run: no HTTP 200 on / within 180 s; last log lines:"; tail -20 "$work/run-$run.log"; exit 1
  fi
  sleep 1
  java_kb=$(kb "$app")
  # The embedded server's port is in the log; its postmaster runs "postgres ... -p PORT".
  pg_port=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$work/run-$run.log" | grep -o '[0-9]*$' || true)
  pg_rss=0; pg_pss=0; pg_n=0
  if [ -n "$pg_port" ]; then
    postmaster=$(pgrep -f "bin/postgres .*-p $pg_port" | head -1 || true)
    for pid in $postmaster $(pgrep -P "${postmaster:-0}" || true); do
      pg_rss=$(( pg_rss + $(kb "$pid") )); pg_pss=$(( pg_pss + $(pss_kb "$pid") )); pg_n=$(( pg_n + 1 ))
    done
  fi
  seconds=$(awk -v ns=$(( ready - start )) 'BEGIN {printf "%.2f", ns / 1e9}')
  printf '%-6s %10s %8s %10s %10s %10s %9s\n' "$run" "$seconds" "$cpu" "$(mb "$java_kb")" "$(mb "$pg_rss")" "$(mb "$pg_pss")" "$pg_n"
  echo "$seconds $cpu $(mb "$java_kb") $(mb "$pg_rss") $(mb "$pg_pss")" >>"$work/results"
  # Stop (the shutdown hook stops the embedded PostgreSQL too) before the next run.
  kill "$app"; wait "$app" 2>/dev/null || true; app=""
  if [ -n "${postmaster:-}" ]; then
    for _ in $(seq 1 50); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.1; done
  fi
done

printf '%-6s %10s %8s %10s %10s %10s\n' median \
  "$(cut -d' ' -f1 "$work/results" | median)" "$(cut -d' ' -f2 "$work/results" | median)" \
  "$(cut -d' ' -f3 "$work/results" | median)" "$(cut -d' ' -f4 "$work/results" | median)" \
  "$(cut -d' ' -f5 "$work/results" | median)"
