-- wrk script: the same query mix as `lcs bench search`, for a cross-check with a C load generator.
--   wrk -t2 -c8 -d20s --latency -s bench/wrk/search.lua http://127.0.0.1:7070 -- QUERIES.tsv [SIZE]
-- QUERIES.tsv has `query<TAB>filters` lines (lcs generate's queries.tsv, bench/queries-bundled.tsv);
-- filters are already URL-encoded there, the query is encoded here. Each connection walks the mix
-- from its own starting point.

local paths = {}
local counter = 0
local threads = 0

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  local file = args[1] or "bench/queries-bundled.tsv"
  local size = args[2] or "10"
  local n = 0
  for line in io.lines(file) do
    n = n + 1
    if not (n == 1 and line == "query\tfilters") and line ~= "" and not line:match("^#") then
      local q, filters = line:match("^([^\t]*)\t?(.*)$")
      local path = "/api/search?q=" .. encode(q) .. "&size=" .. size
      if filters ~= "" then
        path = path .. "&" .. filters
      end
      paths[#paths + 1] = path
    end
  end
  counter = (((id or 1) - 1) * 997) % #paths
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d in %.1f s = %.0f req/s; non-2xx/3xx %d; socket errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), e.status,
    e.connect + e.read + e.write + e.timeout))
  for _, p in ipairs({50, 95, 99, 99.9}) do
    io.write(string.format("p%-5s %8.2f ms\n", tostring(p), latency:percentile(p) / 1000))
  end
  io.write(string.format("max    %8.2f ms\n", latency.max / 1000))
end
