-- wrk script for bench/arena-check.sh: POSTs the check body in $ARENA_CHECK_BODY to /api/check, counts the answers
-- that are not a report accepting the bot, and prints one machine-readable line at the end.
local file = assert(io.open(os.getenv("ARENA_CHECK_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  refused = 0
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, '"accepted": *true') then
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local refusedTotal = 0
  for _, thread in ipairs(threads) do
    refusedTotal = refusedTotal + thread:get("refused")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.1f p50_ms=%.0f p99_ms=%.0f max_ms=%.0f not_accepted=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3,
    latency.max / 1e3, refusedTotal, errors))
end
