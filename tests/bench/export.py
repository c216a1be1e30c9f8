#!/usr/bin/env python3
"""tests/bench/export.py — phase x of `make bench`: a research export.

Run by tests/bench/run.sh against its daemon and database
(docs/performance.md, docs/research-export.md): writes BENCH_EXPORT_MSGS
(1,000,000) messages of research copies in SQL (BENCH_EXPORT_PER (50) a
conversation, contacts of the preload with consent for chats, over 28 days
and four municipalities), then downloads GET /api/v1/export?what=transcripts
&format=jsonl as a researcher, counting rows as they stream, while the
daemon's VmRSS is sampled every 50 ms. Targets: >= 20,000 rows/s, and RSS
growing less than 8 MiB. The last line is "RESULT phase=x k=v ..." for run.sh
(whose field() reads a key after a space).
Environment: BENCH_HTTP_PORT, BENCH_PSQL, BENCH_DPID.
"""

import hashlib
import http.client
import os
import secrets
import shlex
import subprocess
import sys
import threading
import time

PORT = int(os.environ["BENCH_HTTP_PORT"])
PSQL = shlex.split(os.environ["BENCH_PSQL"])
DPID = int(os.environ["BENCH_DPID"])
MSGS = int(os.environ.get("BENCH_EXPORT_MSGS", "1000000"))
PER = int(os.environ.get("BENCH_EXPORT_PER", "50"))


def sql(q):
    r = subprocess.run(PSQL + ["-At", "-v", "ON_ERROR_STOP=1", "-c", q], capture_output=True,
                       text=True, timeout=1800)
    if r.returncode != 0:
        sys.exit("export bench: psql: " + r.stderr.strip())
    return r.stdout.strip()


def rss_kb():
    with open("/proc/%d/status" % DPID) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def setup():
    convs = MSGS // PER
    sql("INSERT INTO research_consent (contact_id, purpose, granted, text_version) "
        "SELECT id, 'chats', true, 'bench' FROM contact ORDER BY id LIMIT %d "
        "ON CONFLICT DO NOTHING" % convs)
    sql("INSERT INTO research_conversation (conversation_id, contact_id, day, route, team, "
        "outcome, municipality, age_band) "
        "SELECT -row_number() OVER (ORDER BY c.contact_id), c.contact_id, "
        "date '2030-02-01' + (c.contact_id % 28)::int, 'jip', 'JIP', 'advice', "
        "(ARRAY['Delft', 'Den Haag', 'Rijswijk', 'Zoetermeer'])[1 + c.contact_id % 4], "
        "(ARRAY['12-15', '16-17', '18-20'])[1 + c.contact_id % 3] "
        "FROM research_consent c WHERE c.text_version = 'bench'")
    sql("INSERT INTO research_message (research_conversation_id, seq, sender, day, body) "
        "SELECT r.id, s, CASE WHEN s %% 2 = 1 THEN 'youth' ELSE 'bot' END, r.day, "
        "'Dit is bericht ' || s || ' van een gesprek, met wat tekst erbij: [NAAM] zei iets.' "
        "FROM research_conversation r, generate_series(1, %d) s "
        "WHERE r.conversation_id < 0" % PER)
    sql("ANALYZE research_conversation")
    sql("ANALYZE research_message")
    sid = int(sql("INSERT INTO staff (login, role, alias, password_hash) VALUES "
                  "('bench-r', 'researcher', 'Bench Onderzoek', 'x') RETURNING id"))
    token = secrets.token_hex(32)
    sql("INSERT INTO staff_session (token_hash, staff_id, csrf) VALUES (decode('%s', 'hex'), "
        "%d, '%s')" % (hashlib.sha256(token.encode()).hexdigest(), sid, secrets.token_hex(32)))
    return "pp_session=" + token


def main():
    t0 = time.time()
    cookie = setup()
    print("export: %d messages written in %.0f s" % (MSGS, time.time() - t0), flush=True)
    before = rss_kb()
    peak = [before]
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], rss_kb())
            time.sleep(0.05)

    th = threading.Thread(target=sample)
    th.start()
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=600)
    t0 = time.time()
    conn.request("GET", "/api/v1/export?what=transcripts&format=jsonl",
                 headers={"Cookie": cookie})
    resp = conn.getresponse()
    if resp.status != 200:
        sys.exit("export bench: %d %r" % (resp.status, resp.read()[:200]))
    lines, tail = 0, b""
    while True:
        chunk = resp.read(1 << 16)
        if not chunk:
            break
        lines += chunk.count(b"\n")
        tail = (tail + chunk)[-400:]
    wall = time.time() - t0
    stop.set()
    th.join()
    rows = lines - 1    # the last line is the report
    rate = rows / wall if wall > 0 else 0
    grow = max(0, peak[0] - before)
    print("export: %d rows in %.1f s = %.0f rows/s; daemon RSS %d kB before, peak %d kB "
          "(+%d kB); report %s" % (rows, wall, rate, before, peak[0], grow,
                                  tail.decode(errors="replace").strip().splitlines()[-1]),
          flush=True)
    print("RESULT phase=x export_rows=%d export_rate=%.0f export_rss_grow_kb=%d"
          % (rows, rate, grow))


if __name__ == "__main__":
    main()
