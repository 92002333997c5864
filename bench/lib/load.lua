-- wrk script for the Refract benchmark: one credential per connection, optional random case ids.
--
--   wrk -t16 -c16 -d20s -s load.lua http://127.0.0.1:8580 -- PATH HEADERS_FILE [IDS_FILE]
--
-- PATH         request path; "{id}" is replaced by a random line of IDS_FILE on every request
-- HEADERS_FILE one request header per line ("Cookie: JSESSIONID=..." or "Authorization: Basic ..."), or "-";
--              thread i (one connection per thread) uses line i, wrapping around
-- BENCH_OUT    (environment) file that receives the result as one JSON object
--
-- A non-200 answer (a redirect to the login page means a lost session) is counted in "non200" and fails the
-- measurement in bench/run, so a fast error page never passes for a fast page.

local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("index", counter)
   table.insert(threads, thread)
end

local function lines(name)
   local result = {}
   if name == nil or name == "-" then
      return result
   end
   for line in io.lines(name) do
      if line ~= "" then
         table.insert(result, line)
      end
   end
   return result
end

function init(args)
   path = args[1]
   local headers = lines(args[2])
   ids = lines(args[3])
   if #headers > 0 then
      local line = headers[((index - 1) % #headers) + 1]
      local colon = line:find(":")
      wrk.headers[line:sub(1, colon - 1)] = (line:sub(colon + 1):gsub("^%s+", ""))
   end
   math.randomseed(os.time() * 1000 + index)
   non200 = 0
   fixed = nil
   if not path:find("{id}", 1, true) then
      fixed = wrk.format("GET", path)
   end
end

function request()
   if fixed then
      return fixed
   end
   local id = ids[math.random(#ids)]
   return wrk.format("GET", (path:gsub("{id}", id)))
end

function response(status, headers, body)
   if status ~= 200 then
      non200 = non200 + 1
   end
end

function done(summary, latency, requests)
   local bad = 0
   for _, thread in ipairs(threads) do
      bad = bad + (thread:get("non200") or 0)
   end
   local e = summary.errors
   local out = string.format(
      '{"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d,"mean_us":%.1f,'
         .. '"max_us":%d,"non200":%d,"errors":%d}',
      summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(95),
      latency:percentile(99), latency.mean, latency.max, bad, e.connect + e.read + e.write + e.timeout)
   local target = os.getenv("BENCH_OUT")
   if target then
      local f = io.open(target, "w")
      f:write(out, "\n")
      f:close()
   end
   io.write(out, "\n")
end
