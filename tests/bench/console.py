#!/usr/bin/env python3
"""tests/bench/console.py — phase v of `make bench`: the console's figures.

Run by tests/bench/run.sh against its daemon and database (docs/performance.md):

  1. 10,000 queued chats (contacts 50,001-60,000 of the preload) and
     GET /api/v1/queue by a counsellor of all three teams: latency p50/p99
     over BENCH_QUEUE_N sequential requests on one keep-alive connection.
  2. A youth's message to the counsellor's stream while webhooks arrive at
     BENCH_CONSOLE_RATE/s (loadgen, open loop, other contacts): a probe
     webhook every 100 ms to one of 50 chats the counsellor holds, each
     with a unique text, timed from its send to its `message` event.
  3. Ingest with and without 200 open streams: a loadgen burst of
     BENCH_CONSOLE_BURST webhooks each time (fresh contacts), the probe
     going on, the backlog drained in between; acknowledged/s and the
     daemon's CPU a message, and their ratio.

Staff and sessions are written in SQL (a session is the SHA-256 of its
token, as auth.c keeps it), so no login is timed. The last line is
"RESULT k=v ..." for run.sh. Environment: BENCH_HTTP_PORT, BENCH_SECRET,
BENCH_PSQL (a psql command line for the bench database), BENCH_LOADGEN,
BENCH_DPID (the daemon's pid), BENCH_QUEUE_N (200), BENCH_CONSOLE_RATE
(500), BENCH_CONSOLE_S (20), BENCH_CONSOLE_BURST (20000), BENCH_STREAMS
(200).
"""

import hashlib
import hmac
import http.client
import json
import os
import secrets
import selectors
import shlex
import socket
import subprocess
import sys
import threading
import time

PORT = int(os.environ["BENCH_HTTP_PORT"])
SECRET = os.environ["BENCH_SECRET"].encode()
PSQL = shlex.split(os.environ["BENCH_PSQL"])
LOADGEN = os.environ["BENCH_LOADGEN"]
DPID = int(os.environ["BENCH_DPID"])
QUEUE_N = int(os.environ.get("BENCH_QUEUE_N", "200"))
RATE = int(os.environ.get("BENCH_CONSOLE_RATE", "500"))
SECS = int(os.environ.get("BENCH_CONSOLE_S", "20"))
BURST = int(os.environ.get("BENCH_CONSOLE_BURST", "20000"))
NSTREAMS = int(os.environ.get("BENCH_STREAMS", "200"))
PNID = os.environ.get("PRAATPAAL_WHATSAPP_PHONE_NUMBER_ID", "100000000000001")
HELD = 50                       # chats the counsellor holds (the probes' senders)
ADDR = 31600000000              # preloaded contact g has address 31600000000 + g


def say(s):
    print(s, flush=True)


def sql(q):
    r = subprocess.run(PSQL + ["-At", "-v", "ON_ERROR_STOP=1", "-c", q], capture_output=True,
                       text=True, timeout=300)
    if r.returncode != 0:
        sys.exit("console bench: psql: " + r.stderr.strip())
    return r.stdout.strip()


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100.0 * (len(xs) - 1))))] if xs else 0.0


def cpu_s():
    with open("/proc/%d/stat" % DPID) as f:
        v = f.read().rsplit(")", 1)[1].split()
    return (int(v[11]) + int(v[12])) / os.sysconf("SC_CLK_TCK")


def session(staff_id):
    token = secrets.token_hex(32)
    h = hashlib.sha256(token.encode()).hexdigest()
    sql("INSERT INTO staff_session (token_hash, staff_id, csrf) VALUES (decode('%s', 'hex'), %d, "
        "'%s')" % (h, staff_id, secrets.token_hex(32)))
    return "pp_session=" + token


def setup():
    sql("INSERT INTO staff (login, role, teams, alias, password_hash) VALUES "
        "('bench-c', 'counsellor', '{JIP,JIT,CIT}', 'Bench van CIT', 'x')")
    sql("INSERT INTO staff (login, role, teams, alias, password_hash) "
        "SELECT 'bench-s' || g, 'supervisor', '{}', 'Supervisor ' || g, 'x' "
        "FROM generate_series(1, %d) g" % NSTREAMS)
    c = int(sql("SELECT id FROM staff WHERE login = 'bench-c'"))
    sups = [int(x) for x in sql("SELECT id FROM staff WHERE login LIKE 'bench-s%' "
                                "ORDER BY id").split()]
    # 10,000 waiting chats, three teams, mixed priorities and waits.
    sql("INSERT INTO conversation (contact_id, status, team, priority, queued_at, summary) "
        "SELECT c.id, 'queued', (ARRAY['JIP', 'JIT', 'CIT'])[1 + c.id % 3], "
        "CASE WHEN c.id % 50 = 0 THEN 10 ELSE c.id % 4 END, now() - make_interval(secs => c.id % 3600), "
        "jsonb_build_object('reason', 'flow', 'vars', jsonb_build_object('age', 12 + c.id % 10, "
        "'municipality', 'Delft')) "
        "FROM contact c WHERE c.address::bigint BETWEEN %d AND %d" % (ADDR + 50001, ADDR + 60000))
    # The chats the counsellor holds.
    sql("INSERT INTO conversation (contact_id, status, team, assigned_to, assigned_at) "
        "SELECT c.id, 'assigned', 'CIT', %d, now() FROM contact c "
        "WHERE c.address::bigint BETWEEN %d AND %d" % (c, ADDR + 60001, ADDR + 60000 + HELD))
    sql("ANALYZE conversation")
    return c, sups


def queue_latency(cookie):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    lat, items, size = [], 0, 0
    for _ in range(QUEUE_N):
        t0 = time.monotonic()
        conn.request("GET", "/api/v1/queue", headers={"Cookie": cookie})
        r = conn.getresponse()
        body = r.read()
        lat.append((time.monotonic() - t0) * 1000)
        if r.status != 200:
            sys.exit("console bench: GET /api/v1/queue answered %d: %r" % (r.status, body[:200]))
        size = len(body)
    items = len(json.loads(body)["items"])
    conn.close()
    return lat, items, size


def webhook(sock_conn, frm, text):
    body = json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [
        {"field": "messages", "value": {"messaging_product": "whatsapp",
         "metadata": {"display_phone_number": "31600000000", "phone_number_id": PNID},
         "contacts": [{"profile": {"name": "Bench"}, "wa_id": frm}],
         "messages": [{"from": frm, "id": "wamid.probe." + secrets.token_hex(8),
                       "timestamp": str(int(time.time())), "type": "text",
                       "text": {"body": text}}]}}]}]}).encode()
    sig = "sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    sock_conn.request("POST", "/webhook/whatsapp", body=body,
                      headers={"Content-Type": "application/json", "X-Hub-Signature-256": sig})
    r = sock_conn.getresponse()
    r.read()
    return r.status


class Probe:
    """Probe webhooks every 100 ms to the held chats; the counsellor's stream
    times each from its send to its message event."""

    def __init__(self, cookie):
        self.sent = {}
        self.lat = []
        self.stop = threading.Event()
        self.n = 0
        c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        c.request("GET", "/api/v1/events", headers={"Cookie": cookie})
        self.resp = c.getresponse()
        if self.resp.status != 200:
            sys.exit("console bench: the counsellor's stream answered %d" % self.resp.status)
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()
        self.sender = threading.Thread(target=self.send, daemon=True)
        self.sender.start()

    def read(self):
        for line in self.resp:
            if line.startswith(b"data: ") and b'"probe ' in line:
                t = time.monotonic()
                d = json.loads(line[6:])
                text = ((d.get("message") or {}).get("text") or "")
                t0 = self.sent.pop(text, None)
                if t0 is not None:
                    self.lat.append((t - t0) * 1000)

    def send(self):
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        nxt = time.monotonic()
        while not self.stop.is_set():
            self.n += 1
            text = "probe %d" % self.n
            frm = str(ADDR + 60001 + self.n % HELD)
            self.sent[text] = time.monotonic()
            try:
                webhook(conn, frm, text)
            except (OSError, http.client.HTTPException):
                conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            nxt += 0.1
            time.sleep(max(0.0, nxt - time.monotonic()))

    def take(self):
        lat, self.lat = self.lat, []
        return lat


class Streams:
    """n open streams (one supervisor each), read in one thread."""

    def __init__(self, cookies):
        self.sel = selectors.DefaultSelector()
        self.socks = []
        self.bytes = 0
        self.events = 0
        for ck in cookies:
            s = socket.create_connection(("127.0.0.1", PORT), timeout=10)
            s.sendall(("GET /api/v1/events HTTP/1.1\r\nHost: bench\r\nCookie: %s\r\n"
                       "Accept: text/event-stream\r\n\r\n" % ck).encode())
            head = s.recv(4096)
            if not head.startswith(b"HTTP/1.1 200"):
                sys.exit("console bench: a stream answered %r" % head[:40])
            s.setblocking(False)
            self.sel.register(s, selectors.EVENT_READ)
            self.socks.append(s)
        self.stop = threading.Event()
        self.t = threading.Thread(target=self.run, daemon=True)
        self.t.start()

    def run(self):
        while not self.stop.is_set():
            for key, _ in self.sel.select(0.2):
                try:
                    d = key.fileobj.recv(65536)
                except OSError:
                    continue
                self.bytes += len(d)
                self.events += d.count(b"\nevent: ")

    def close(self):
        self.stop.set()
        self.t.join()
        for s in self.socks:
            s.close()


def loadgen(args):
    r = subprocess.run([LOADGEN, "--url", "http://127.0.0.1:%d/webhook/whatsapp" % PORT,
                        "--secret", SECRET.decode()] + args, capture_output=True, text=True)
    res = [ln for ln in r.stdout.splitlines() if ln.startswith("RESULT ")]
    if r.returncode != 0 or not res:
        sys.exit("console bench: loadgen failed: " + (r.stderr or r.stdout)[-500:])
    return dict(kv.split("=", 1) for kv in res[-1].split()[1:])


def drain(limit_s=90):
    t0 = time.monotonic()
    while time.monotonic() - t0 < limit_s:
        if sql("SELECT count(*) FROM message_in WHERE processed_at IS NULL") == "0":
            return
        time.sleep(0.5)


def burst(base):
    c0 = cpu_s()
    r = loadgen(["--burst", str(BURST), "--conns", "64", "--contacts", "1000",
                 "--contact-base", str(base), "--drain", "30"])
    acked = int(r["acked"])
    return float(r["ack_per_s"]), (cpu_s() - c0) * 1000 / max(acked, 1)


def main():
    c, sups = setup()
    ccookie = session(c)
    lat, items, size = queue_latency(ccookie)
    q50, q99 = pct(lat, 50), pct(lat, 99)
    say("  GET /api/v1/queue  %d requests, %d items (%d bytes) each: p50 %.1f ms, p99 %.1f ms"
        % (QUEUE_N, items, size, q50, q99))

    probe = Probe(ccookie)
    lg = loadgen(["--rate", str(RATE), "--duration", str(SECS), "--conns", "32",
                  "--contacts", "20000", "--contact-base", "200000", "--drain", "10"])
    time.sleep(1.0)
    plat = probe.take()
    say("  to the stream      %d probe messages while loadgen sent %s/s (ack p99 %s ms): "
        "p50 %.0f ms, p99 %.0f ms, %d not seen" % (len(plat), lg.get("ack_per_s"),
                                                    lg.get("ack_p99_ms"), pct(plat, 50),
                                                    pct(plat, 99), len(probe.sent)))
    drain()

    rate0, cpu0 = burst(300000)
    drain()
    streams = Streams([session(s) for s in sups[:NSTREAMS]])
    time.sleep(1.0)
    rate1, cpu1 = burst(400000)
    ev_seen = streams.events
    streams.close()
    probe.stop.set()
    drain()
    ratio = rate1 / rate0 if rate0 > 0 else 0
    say("  ingest burst       %d webhooks: %.0f/s without streams, %.0f/s with %d open "
        "(ratio %.2f); daemon CPU a message %.3f ms vs %.3f ms; the streams got %d events"
        % (BURST, rate0, rate1, NSTREAMS, ratio, cpu0, cpu1, ev_seen))
    say("RESULT queue_items=%d queue_p50_ms=%.1f queue_p99_ms=%.1f stream_probes=%d "
        "stream_p50_ms=%.0f stream_p99_ms=%.0f stream_rate=%s burst_plain=%.0f burst_streams=%.0f "
        "burst_ratio=%.2f cpu_plain_ms=%.3f cpu_streams_ms=%.3f streams=%d"
        % (items, q50, q99, len(plat), pct(plat, 50), pct(plat, 99), lg.get("ack_per_s"),
           rate0, rate1, ratio, cpu0, cpu1, NSTREAMS))


if __name__ == "__main__":
    main()
