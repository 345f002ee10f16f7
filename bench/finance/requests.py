"""Writes wrk Lua scripts for the finance benchmark: tokens for every household, sample ids, request bodies."""
import base64, hashlib, hmac, json, os, subprocess, sys, time, uuid

work = sys.argv[1]
secret = os.environ["SECRET"]


def token(tenant):
    b = lambda d: base64.urlsafe_b64encode(d).rstrip(b"=").decode()
    now = int(time.time())
    header = b(json.dumps({"alg": "HS256"}).encode())
    claims = {"iss": "finsuite-auth", "aud": ["finsuite"], "sub": str(uuid.uuid4()), "jti": str(uuid.uuid4()),
              "iat": now, "exp": now + 7200, "typ": "access", "tid": tenant, "roles": ["MEMBER"],
              "sid": str(uuid.uuid4())}
    payload = b(json.dumps(claims).encode())
    signature = b(hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest())
    return f"{header}.{payload}.{signature}"


def psql(sql):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "finsuite_bench", "-tAF,", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split(",") for line in out.splitlines() if line]


tenants = psql("select n, id from bench_tenants order by n")
tokens = {n: token(tid) for n, tid in tenants}
with open(f"{work}/big.token", "w") as f:
    f.write(tokens["101"])
with open(f"{work}/small.token", "w") as f:
    f.write(tokens["1"])
samples = psql("select t.n, e.id from bench_tenants t cross join lateral (select id from finance_entries "
               "where tenant_id = t.id order by id limit 20) e where t.n <= 100")

common = "local tokens = {" + ",".join(json.dumps(tokens[str(n)]) for n in range(1, 101)) + "}\n"
common += "math.randomseed(os.time())\n"
scripts = {
    "get.lua": "local samples = {" + ",".join("{%s,%s}" % (n, json.dumps(i)) for n, i in samples) + "}\n"
    + """request = function()
  local s = samples[math.random(#samples)]
  return wrk.format("GET", "/api/v1/expenses/" .. s[2], {["Authorization"] = "Bearer " .. tokens[s[1]]})
end
""",
    "list.lua": """local quarters = {{"2024-01-01","2024-03-31"},{"2025-04-01","2025-06-30"},{"2026-07-01","2026-09-30"}}
request = function()
  local q = quarters[math.random(#quarters)]
  local path = "/api/v1/expenses?from=" .. q[1] .. "&to=" .. q[2] .. "&tag=tag" .. math.random(0, 19) .. "&size=50"
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. tokens[math.random(#tokens)]})
end
""",
    "create.lua": """request = function()
  local body = '{"amount":"' .. math.random(1, 5000) .. '.25","currency":"INR","date":"2026-11-' ..
    string.format("%02d", math.random(1, 24)) .. '","categoryId":"00000000-0000-4000-8000-000000000102",' ..
    '"description":"Bench","payee":"Shop","paymentMethod":"UPI","tags":["bench"]}'
  return wrk.format("POST", "/api/v1/expenses",
    {["Authorization"] = "Bearer " .. tokens[math.random(#tokens)], ["Content-Type"] = "application/json"}, body)
end
""",
    "summary.lua": """request = function()
  local path = "/api/v1/summaries/monthly?year=" .. math.random(2024, 2026) .. "&month=" .. math.random(1, 12)
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. tokens[math.random(#tokens)]})
end
""",
    "trivial.lua": """request = function()
  return wrk.format("GET", "/api/v1/categories/00000000-0000-4000-8000-000000000102",
    {["Authorization"] = "Bearer " .. tokens[math.random(#tokens)]})
end
""",
}
for name, body in scripts.items():
    with open(f"{work}/{name}", "w") as f:
        f.write(common + body)
