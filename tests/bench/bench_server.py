#!/usr/bin/env python3
"""ttc-server under load with wrk, SQLite and PostgreSQL side by side (issue targets: >= 3,000 req/s, p99 <= 25 ms,
no errors on SQLite at 64 connections; initial sync of 100,000 messages to a new device <= 10 s; a steady-state sync
round <= 20 ms).

Usage: bench_server.py BIN_DIR [--smoke]   (PostgreSQL is measured when TTC_TEST_PG_URL names a cluster, as
scripts/with-postgres sets it)"""
import hashlib, hmac, json, os, re, shutil, subprocess, sys, tempfile, time, urllib.error, urllib.parse, urllib.request, uuid

BIN = os.path.abspath(sys.argv[1])
SMOKE = "--smoke" in sys.argv
DURATION = "3s" if SMOKE else "10s"
MESSAGES = 5_000 if SMOKE else 100_000
WEBHOOK_SECRET = "whsec_bench"

USAGE_LUA = r'''
local counter = 0
local token = os.getenv("TTC_TOKEN")
function setup(thread) thread:set("tid", math.random(0, 0xfff)) end
function init(args) tid = tid or math.random(0, 0xfff) end
request = function()
  counter = counter + 1
  local ms = math.floor(os.time() * 1000)
  local id = string.format("%08x-%04x-7%03x-8%03x-%012x", math.floor(ms / 65536) % 0x100000000, ms % 65536,
                           tid, math.random(0, 0xfff), counter)
  local body = string.format('{"events":[{"id":"%s","provider":"openai","kind":"chat","occurred_at":"%s",' ..
                             '"tokens_in":10,"tokens_out":20}]}', id, os.date("!%Y-%m-%dT%H:%M:%SZ"))
  return wrk.format("POST", "/v1/usage", {["Authorization"] = "Bearer " .. token,
                                          ["Content-Type"] = "application/json"}, body)
end
'''

PULL_LUA = r'''
local token = os.getenv("TTC_TOKEN")
local body = os.getenv("TTC_PULL_BODY")
request = function()
  return wrk.format("POST", "/v1/sync/pull", {["Authorization"] = "Bearer " .. token,
                                              ["Content-Type"] = "application/json"}, body)
end
'''


def call(base, method, path, body=None, token=None, headers=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    h = {"Content-Type": "application/json"}
    if token:
        h["Authorization"] = "Bearer " + token
    h.update(headers or {})
    req = urllib.request.Request(base + path, data=data, headers=h, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            text = r.read()
            return json.loads(text) if text else {}
    except urllib.error.HTTPError as e:
        raise SystemExit(f"bench_server: {method} {path} -> {e.code} {e.read()[:300]!r}")


class Server:
    def __init__(self, db, workdir):
        env = dict(os.environ, TTC_STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET, TTC_STRIPE_PRICE_PRO="price_pro",
                   TTC_STRIPE_PRICE_ENTERPRISE="price_ent")
        subprocess.run([f"{BIN}/ttc-server", "migrate", "--db", db], cwd=workdir, env=env, check=True,
                       stderr=subprocess.DEVNULL)
        self.log = os.path.join(workdir, "server.log")
        self.proc = subprocess.Popen([f"{BIN}/ttc-server", "--listen", "127.0.0.1:0", "--db", db, "--rate-limit", "0",
                                      "--workers", "4"], cwd=workdir, env=env, stdout=subprocess.PIPE,
                                     stderr=open(self.log, "w"), text=True)
        line = self.proc.stdout.readline()
        self.base = "http://127.0.0.1:" + line.split()[1]

    def stop(self):
        if self.proc.poll() is not None:
            print(f"bench_server: ttc-server exited with {self.proc.returncode}; its last lines:")
            print("".join(open(self.log).readlines()[-5:]))
        self.proc.terminate()
        self.proc.wait(timeout=30)


def enterprise(base, user_id):
    t = int(time.time())
    sub = {"id": "sub_" + user_id, "object": "subscription", "customer": "cus_" + user_id, "status": "active",
           "metadata": {"user_id": user_id},
           "items": {"data": [{"price": {"id": "price_ent"}, "quantity": 1}]}}
    event = {"id": "evt_" + user_id, "object": "event", "type": "customer.subscription.created", "created": t,
             "data": {"object": sub}}
    body = json.dumps(event, separators=(",", ":")).encode()
    sig = hmac.new(WEBHOOK_SECRET.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    call(base, "POST", "/v1/billing/stripe/webhook", raw=body, headers={"Stripe-Signature": f"t={t},v1={sig}"})


def account(base, email):
    user = call(base, "POST", "/v1/auth/signup", {"email": email, "password": "password123"})["user_id"]
    client = str(uuid.uuid4())
    login = call(base, "POST", "/v1/auth/login", {"email": email, "password": "password123", "device_name": "bench",
                                                   "client_id": client})
    return user, login["access_token"], login.get("client_id") or client


def wrk(base, script, env):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    out = subprocess.run(["wrk", "-t2", "-c64", "-d" + DURATION, "--latency", "-s", f.name, base],
                         env=dict(os.environ, **env), capture_output=True, text=True).stdout
    os.unlink(f.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    p99ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errors = sum(int(x) for x in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if sock:
        errors += sum(int(x) for x in sock.groups())
    return rps, p99ms, errors


def ttc_env(profile):
    return dict(os.environ, TTC_KEYCHAIN_SERVICE="ttc-bench-server", TTC_PROFILE_DIR=profile)


def measure(label, db):
    work = tempfile.mkdtemp(prefix="ttc-bench-server-")
    server = Server(db, work)
    try:
        user, token, client = account(server.base, f"load-{label}@example.com")
        enterprise(server.base, user)
        rps, p99, err = wrk(server.base, USAGE_LUA, {"TTC_TOKEN": token})
        print(f"  {label:10s} POST /v1/usage      {rps:8.0f} req/s  p99 {p99:6.1f} ms  errors {err}")
        cookie = call(server.base, "POST", "/v1/sync/pull", {"client_id": client, "cookie": None}, token).get("cookie")
        body = json.dumps({"client_id": client, "cookie": cookie})
        rps2, p992, err2 = wrk(server.base, PULL_LUA, {"TTC_TOKEN": token, "TTC_PULL_BODY": body})
        print(f"  {label:10s} POST /v1/sync/pull  {rps2:8.0f} req/s  p99 {p992:6.1f} ms  errors {err2}")

        # Sync in process (bench_sync): a device uploads MESSAGES messages, a new device downloads them all, then
        # steady-state rounds with nothing new.
        r = subprocess.run([f"{BIN}/bench_sync", server.base, f"history-{label}@example.com", str(MESSAGES)],
                           capture_output=True, text=True)
        print(f"  {label:10s} sync (bench_sync, exit {r.returncode}):")
        print(r.stdout.rstrip() or r.stderr.rstrip())
        # The same steady round as a user runs it: `ttc sync --once` (process start, keychain, token refresh included).
        profile = os.path.join(work, "device")
        env = ttc_env(profile)
        subprocess.run([f"{BIN}/ttc", "account", "login", "--server", server.base, "--email",
                        f"history-{label}@example.com"], input="password123\n", env=env, text=True, check=True,
                       capture_output=True)
        subprocess.run([f"{BIN}/ttc", "sync", "--once"], env=env, capture_output=True, check=True)
        rounds = []
        for _ in range(5 if SMOKE else 15):
            t0 = time.monotonic()
            subprocess.run([f"{BIN}/ttc", "sync", "--once"], env=env, capture_output=True, check=True)
            rounds.append(time.monotonic() - t0)
        rounds.sort()
        print(f"  {label:10s} `ttc sync --once` with nothing new: median {rounds[len(rounds) // 2] * 1000:.0f} ms")
        subprocess.run([f"{BIN}/ttc", "account", "logout"], env=env, capture_output=True)
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


if not shutil.which("wrk"):
    print("bench_server: wrk not installed (apt-get install wrk)")
    sys.exit(0)
print(f"wrk -t2 -c64 -d{DURATION}; targets on SQLite: >= 3000 req/s, p99 <= 25 ms, no errors; "
      f"initial sync of 100,000 messages <= 10 s; steady round <= 20 ms")
measure("sqlite", "sqlite:bench.db")
pg = os.environ.get("TTC_TEST_PG_URL")
if pg:
    u = urllib.parse.urlsplit(pg)
    name = "ttc_bench_%d" % os.getpid()
    q = urllib.parse.parse_qs(u.query)
    psql = ["psql", "-h", q.get("host", [u.hostname or ""])[0], "-U", u.username or "postgres", "-d", "postgres", "-q", "-c"]
    if shutil.which("psql") and subprocess.run(psql + [f"CREATE DATABASE {name}"], capture_output=True).returncode == 0:
        measure("postgresql", urllib.parse.urlunsplit((u.scheme, u.netloc, "/" + name, u.query, "")))
        subprocess.run(psql + [f"DROP DATABASE {name}"], capture_output=True)
    else:
        print("  postgresql: could not create a database in TTC_TEST_PG_URL; skipped")
else:
    print("  postgresql: no TTC_TEST_PG_URL (run under scripts/with-postgres); skipped")
