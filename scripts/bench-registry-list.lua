-- wrk script for scripts/bench-registry-list.sh: requests the back-office list URLs of one filter
-- mix in turn (one path a line in the file named by the environment variable BENCH_URLS), with
-- the signed-in session's cookie (BENCH_COOKIE), and prints one machine-readable line with the
-- latency percentiles. The shell script checks beforehand that every URL answers 200 with the list
-- (a lost session would answer 302 to the login page, which wrk does not count as an error).

local paths = {}
local counter = 0
local cookie = os.getenv("BENCH_COOKIE")

function init(args)
  for line in io.lines(os.getenv("BENCH_URLS")) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  -- each thread starts at another place of the list
  counter = math.random(#paths) - 1
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter], { ["Cookie"] = cookie, ["Accept"] = "text/html" })
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    + summary.errors.status
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
