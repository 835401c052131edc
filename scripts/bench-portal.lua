-- wrk script for scripts/bench-portal.sh: requests the paths listed in the file named by the
-- environment variable BENCH_URLS in turn (or the URL given on the command line when it is not
-- set) and prints one machine-readable line with throughput and latency percentiles.

local paths = {}
local counter = 0

function init(args)
  local file = os.getenv("BENCH_URLS")
  if file ~= nil and #file > 0 then
    for line in io.lines(file) do
      if #line > 0 then
        paths[#paths + 1] = line
      end
    end
    counter = math.random(#paths) - 1
  end
end

local function headers()
  -- wrk.format does not add the command line's -H headers when given a table: copy them
  local all = { ["Accept"] = "text/html" }
  for name, value in pairs(wrk.headers) do
    all[name] = value
  end
  return all
end

function request()
  if #paths == 0 then
    return wrk.format("GET", nil, headers())
  end
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter], headers())
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    + summary.errors.status
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.1f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
