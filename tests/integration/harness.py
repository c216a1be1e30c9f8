#!/usr/bin/env python3
"""
The integration-test harness (used by run.py and every test_*.py module).

Integration tests: drive the real build/praatpaal over HTTP against a
throwaway PostgreSQL and tests/fake/fakeapi.py (the WhatsApp and Twilio
APIs), and assert on HTTP answers, database rows, what reached the fake
APIs, and the daemon's log.

  python3 tests/integration/run.py [-k SUBSTRING] [--keep] [-v]

(`make integration` from the top of the tree.) Python 3 standard library
only. Each test prints "ok NAME" or "FAIL NAME: reason" with the tail of
the daemon's log; the last line is "integration: N passed, N failed"; the
exit status is non-zero when a test failed. Every process started here is
stopped on the way out, also on failure or Ctrl-C.

Environment: PRAATPAAL_BIN (default build/praatpaal), PG_BIN (directory of
initdb/pg_ctl; default the newest /usr/lib/postgresql/*/bin).
"""

import argparse
import atexit
import base64
import glob
import hashlib
import hmac
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("PRAATPAAL_BIN") or os.path.join(ROOT, "build", "praatpaal")
FAKE = os.path.join(ROOT, "tests", "fake", "fakeapi.py")

# Invented secrets and identities. Phone numbers are from the test range only.
VERIFY_TOKEN = "verify-token-for-tests"
APP_SECRET = "app-secret-for-tests-0123456789"
ACCESS_TOKEN = "access-token-for-tests"
PHONE_NUMBER_ID = "100000000000001"
WABA_ID = "200000000000002"
TW_SID = "AC00000000000000000000000000000001"
TW_TOKEN = "twilio-auth-token-for-tests"
TW_FROM = "+31600000090"
PUBLIC_URL = "https://praatpaal.example"
PSEUDONYM_KEY = "pseudonym-key-for-tests-0123456789abcdef"
MAX_BODY = 65536
TEMPLATE = "praatpaal_terugbellen"
DOUBT_WINDOW_S = 5  # [sender] doubt_window: short, so that tests see sends in doubt resent

POLL_S = 0.05       # wait-until helpers poll this often
WAIT_S = 10.0       # ... for at most this long
SETTLE_S = 1.2      # after the replies arrived: make sure no more come

# Every phone number, name and text a test sends: none may appear in the log.
SECRETS_USED = set()


class TestFailure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise TestFailure(msg)


_PORTS_GIVEN = set()


def _ephemeral_low():
    """The lowest port the kernel hands out to outgoing connections."""
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
            return int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def free_port():
    """A port free now, below the kernel's ephemeral range: a port the kernel
    picked for bind(0) can be taken by an outgoing connection (to the fake,
    to PostgreSQL) before the daemon listens on it."""
    hi = _ephemeral_low()
    lo = max(1024, hi - 12000)
    rng = random.Random()
    for _ in range(200):
        port = rng.randrange(lo, hi)
        if port in _PORTS_GIVEN:
            continue
        s = socket.socket()
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
        finally:
            s.close()
        _PORTS_GIVEN.add(port)
        return port
    raise TestFailure("no free port below %d" % hi)


def wait_until(fn, what, timeout=WAIT_S):
    """Poll fn() every POLL_S until it returns a true value; return it, or fail."""
    deadline = time.monotonic() + timeout
    while True:
        v = fn()
        if v:
            return v
        if time.monotonic() > deadline:
            raise TestFailure("timed out after %.0f s waiting for %s" % (timeout, what))
        time.sleep(POLL_S)


def digits(s):
    return "".join(c for c in (s or "") if c.isdigit())


# ---------------------------------------------------------------------------
# HTTP client

def hreq(port, method, path, body=None, headers=None, timeout=30):
    """One request; returns (status, headers dict with lower-case names, body bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        data = r.read()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, data
    finally:
        conn.close()


def http_raw(port, request, timeout=15):
    """Send raw bytes (errors while sending ignored: the server may answer
    early and close) and return the status of the answer, or None."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        try:
            s.sendall(request)
        except OSError:
            pass
        data = b""
        try:
            while b"\r\n" not in data:
                chunk = s.recv(4096)
                if not chunk:
                    break
                data += chunk
        except OSError:
            pass
        m = re.match(rb"HTTP/1\.[01] (\d{3})", data)
        return int(m.group(1)) if m else None
    finally:
        s.close()


# ---------------------------------------------------------------------------
# Payload builders

def wamid_in():
    return "wamid.IN" + uuid.uuid4().hex.upper()


def wa_text(frm, text, ts=None, msg_id=None):
    SECRETS_USED.update([frm, text])
    return {"from": frm, "id": msg_id or wamid_in(),
            "timestamp": str(int(ts if ts is not None else time.time())),
            "type": "text", "text": {"body": text}}


def wa_value(contacts, messages=None, statuses=None):
    """One changes[].value as Meta sends it; contacts: [(wa_id, profile name)]."""
    v = {"messaging_product": "whatsapp",
         "metadata": {"display_phone_number": "31600000099", "phone_number_id": PHONE_NUMBER_ID}}
    if contacts:
        v["contacts"] = [{"profile": {"name": n}, "wa_id": w} for w, n in contacts]
        for w, n in contacts:
            SECRETS_USED.update([w, n])
    if messages is not None:
        v["messages"] = messages
    if statuses is not None:
        v["statuses"] = statuses
    return v


def wa_payload(*values):
    """A webhook body with one entry per value."""
    return {"object": "whatsapp_business_account",
            "entry": [{"id": WABA_ID, "changes": [{"value": v, "field": "messages"}]}
                      for v in values]}


def wa_status(wamid, status, recipient, ts=None):
    st = {"id": wamid, "status": status, "timestamp": str(int(ts or time.time())),
          "recipient_id": recipient}
    if status in ("sent", "delivered"):
        st["conversation"] = {"id": "CONV" + uuid.uuid4().hex[:12],
                              "origin": {"type": "service"}}
        st["pricing"] = {"billable": True, "pricing_model": "CBP", "category": "service"}
    return st


def wa_sign(raw, secret=APP_SECRET):
    return "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


def tw_sign(params, url, token=TW_TOKEN):
    s = url + "".join(k + v for k, v in sorted(params.items()))
    return base64.b64encode(hmac.new(token.encode(), s.encode(), hashlib.sha1).digest()).decode()


def echo_of(row_id, key=PSEUDONYM_KEY):
    """The echo the daemon puts in a send of outbox row row_id (crypto_echo_make)."""
    mac = hmac.new(key.encode(), ("praatpaal echo %d" % row_id).encode(),
                   hashlib.sha256).hexdigest()[:16]
    return "pp1.%d.%s" % (row_id, mac)


def tw_inbound(frm, text, sid=None):
    SECRETS_USED.update([frm, digits(frm), text])
    sid = sid or "SM" + uuid.uuid4().hex
    return {"ToCountry": "NL", "ToState": "", "SmsMessageSid": sid, "NumMedia": "0",
            "ToCity": "", "FromZip": "", "SmsSid": sid, "FromState": "", "SmsStatus": "received",
            "FromCity": "", "Body": text, "FromCountry": "NL", "To": TW_FROM,
            "ToZip": "", "NumSegments": "1", "MessageSid": sid, "AccountSid": TW_SID,
            "From": frm, "ApiVersion": "2010-04-01"}


def tw_status_callback(sid, status, to):
    return {"SmsSid": sid, "SmsStatus": status, "MessageStatus": status, "To": to,
            "MessageSid": sid, "AccountSid": TW_SID, "From": TW_FROM, "ApiVersion": "2010-04-01"}


# ---------------------------------------------------------------------------
# The harness: PostgreSQL, the fake APIs, the daemon

class Harness:
    def __init__(self, keep, verbose):
        self.keep = keep
        self.verbose = verbose
        self.tmp = tempfile.mkdtemp(prefix="praatpaal-it-")
        os.chmod(self.tmp, 0o755)  # postgres must reach its data dir below
        self.root = os.geteuid() == 0
        self.pg_bin = self.find_pg_bin()
        self.pg_dir = os.path.join(self.tmp, "pg")
        self.pg_data = os.path.join(self.pg_dir, "data")
        self.pg_sock = os.path.join(self.pg_dir, "sock")
        self.pg_port = free_port()
        self.pg_running = False
        self.db_name = "praatpaal"
        self.db_url = "postgresql://postgres@127.0.0.1:%d/%s" % (self.pg_port, self.db_name)
        self.fake_port = free_port()
        self.fake = None
        self.fake_log = os.path.join(self.tmp, "fake.jsonl")
        self.http_port = free_port()
        self.admin_port = free_port()   # [http] admin_listen: /metrics
        self.daemon = None
        self.daemon_env = {}
        self.starts = 0
        self.log_path = os.path.join(self.tmp, "daemon.log")
        self.conf = os.path.join(self.tmp, "praatpaal.conf")
        self.failed = False

    # ---- PostgreSQL ---------------------------------------------------------

    @staticmethod
    def find_pg_bin():
        if os.environ.get("PG_BIN"):
            return os.environ["PG_BIN"]
        cands = [d for d in glob.glob("/usr/lib/postgresql/*/bin")
                 if os.path.exists(os.path.join(d, "initdb"))]
        cands.sort(key=lambda d: int(re.sub(r"\D", "", d.split("/")[-2]) or 0))
        if cands:
            return cands[-1]
        initdb = shutil.which("initdb")
        if initdb:
            return os.path.dirname(initdb)
        raise TestFailure("PostgreSQL server binaries not found (install postgresql, "
                          "or set PG_BIN)")

    def as_pg(self, argv):
        argv = [os.path.join(self.pg_bin, argv[0])] + argv[1:]
        return (["runuser", "-u", "postgres", "--"] + argv) if self.root else argv

    def run(self, argv, **kw):
        r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, **kw)
        if r.returncode != 0:
            raise TestFailure("%s exited %d: %s" % (" ".join(argv), r.returncode,
                                                    r.stdout.strip()[-2000:]))
        return r.stdout

    def pg_init(self):
        os.makedirs(self.pg_sock)
        if self.root:
            shutil.chown(self.pg_dir, "postgres", "postgres")
            shutil.chown(self.pg_sock, "postgres", "postgres")
        self.run(self.as_pg(["initdb", "-D", self.pg_data, "-A", "trust", "--nosync",
                             "-U", "postgres", "-E", "UTF8", "--no-locale"]))

    def pg_start(self):
        opts = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                "-c listen_addresses=127.0.0.1 -p %d -k %s" % (self.pg_port, self.pg_sock))
        self.run(self.as_pg(["pg_ctl", "-D", self.pg_data, "-w", "-t", "60",
                             "-l", os.path.join(self.pg_dir, "postgres.log"),
                             "-o", opts, "start"]))
        self.pg_running = True

    def pg_stop(self, mode="fast"):
        self.run(self.as_pg(["pg_ctl", "-D", self.pg_data, "-w", "-t", "60",
                             "-m", mode, "stop"]))
        self.pg_running = False

    def psql(self, sql, db=None):
        """Run sql; rows as lists of strings (psql -At)."""
        url = "postgresql://postgres@127.0.0.1:%d/%s" % (self.pg_port, db or self.db_name)
        out = self.run([os.path.join(self.pg_bin, "psql"), "-X", "-q", "-At",
                        "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql])
        return [line.split("|") for line in out.splitlines() if line != ""]

    def scalar(self, sql):
        rows = self.psql(sql)
        return rows[0][0] if rows else None

    def createdb(self, name):
        self.psql("CREATE DATABASE %s" % name, db="postgres")

    # ---- the fake APIs -------------------------------------------------------

    def fake_start(self):
        self.fake = subprocess.Popen(
            [sys.executable, FAKE, "--listen", "127.0.0.1:%d" % self.fake_port,
             "--log", self.fake_log, "--wa-token", ACCESS_TOKEN, "--tw-sid", TW_SID,
             "--tw-token", TW_TOKEN, "--timeout-s", "6"],
            stdout=subprocess.DEVNULL, stderr=open(os.path.join(self.tmp, "fake.err"), "a"))

        def up():
            try:
                return hreq(self.fake_port, "GET", "/_health", timeout=2)[0] == 200
            except OSError:
                check(self.fake.poll() is None, "fakeapi exited %s" % self.fake.poll())
                return False
        wait_until(up, "the fake API to listen")

    def fake_stop(self):
        if self.fake and self.fake.poll() is None:
            self.fake.terminate()
            try:
                self.fake.wait(5)
            except subprocess.TimeoutExpired:
                self.fake.kill()
                self.fake.wait()
        self.fake = None

    def fake_control(self, obj):
        st, _, body = hreq(self.fake_port, "POST", "/_control", json.dumps(obj).encode(),
                           {"Content-Type": "application/json"})
        check(st == 200, "fake /_control answered %d %r" % (st, body))

    def fake_statuses(self, delay_ms=200, loss=0.0, port=None):
        """Have the fake post status webhooks (sent, delivered) for every
        send it accepts, to the daemon on port (default the harness's), like
        the real providers; off again at the next test (clear_faults)."""
        self.fake_control({"statuses": {"url": "http://127.0.0.1:%d" % (port or self.http_port),
                                        "app_secret": APP_SECRET, "delay_ms": delay_ms,
                                        "loss": loss}})

    def fake_status_stats(self):
        """The fake's status poster: scheduled, posted, lost, given_up, pending."""
        st, _, body = hreq(self.fake_port, "GET", "/_statuses")
        check(st == 200, "fake /_statuses answered %d" % st)
        return json.loads(body)

    def fake_requests(self, to=None, ok=None, channel=None):
        """Recorded requests, optionally for one recipient (and channel:
        "whatsapp" or "sms"), optionally only those answered with success
        (ok=True)."""
        st, _, body = hreq(self.fake_port, "GET", "/_requests")
        check(st == 200, "fake /_requests answered %d" % st)
        reqs = json.loads(body)
        if channel is not None:
            reqs = [r for r in reqs if r.get("channel") == channel]
        if to is not None:
            reqs = [r for r in reqs if digits(r.get("to")) == digits(to)]
        if ok is True:
            reqs = [r for r in reqs if r.get("status") in (200, 201)]
        return reqs

    # ---- the daemon ------------------------------------------------------------

    def write_conf(self):
        with open(self.conf, "w") as f:
            f.write("""# written by tests/integration/run.py
[http]
listen = 127.0.0.1:1
public_url = %(public_url)s
max_body = %(max_body)d

[database]
url = postgresql://postgres@127.0.0.1:1/none
pool = 4

[whatsapp]
verify_token = %(verify)s
app_secret = %(secret)s
access_token = %(access)s
phone_number_id = %(pnid)s
api_base = http://127.0.0.1:1/v21.0

[twilio]
account_sid = %(sid)s
auth_token = %(tw_token)s
from = %(tw_from)s
api_base = http://127.0.0.1:1

[flows]
dir = %(flows)s

[privacy]
pseudonym_key = %(pkey)s
# The privacy jobs at start only: tests that read a pending erasure request
# or an idle chat see it as they left it (test_retention.py runs them often).
jobs_interval = 3600
pii_lists = %(pii)s

[sender]
backoff_base_ms = 50
backoff_max_ms = 1000
timeout_ms = 2000
max_attempts = 8
doubt_window = %(doubt)d

[log]
level = debug
""" % {"public_url": PUBLIC_URL, "max_body": MAX_BODY, "verify": VERIFY_TOKEN,
                "secret": APP_SECRET, "access": ACCESS_TOKEN, "pnid": PHONE_NUMBER_ID,
                "sid": TW_SID, "tw_token": TW_TOKEN, "tw_from": TW_FROM,
                "flows": os.path.join(ROOT, "conf", "flows"), "pkey": PSEUDONYM_KEY, "pii": os.path.join(ROOT, "conf", "pii"),
                "doubt": DOUBT_WINDOW_S})

    def env(self, extra=None, db_url=None, port=None):
        """The daemon's environment: ours, minus any PRAATPAAL_* of the caller,
        plus the addresses only known now (overriding the file). A daemon on
        another port gets an admin port of its own."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("PRAATPAAL_")}
        admin = self.admin_port if port in (None, self.http_port) else free_port()
        env.update({
            "PRAATPAAL_HTTP_LISTEN": "127.0.0.1:%d" % (port or self.http_port),
            "PRAATPAAL_HTTP_ADMIN_LISTEN": "127.0.0.1:%d" % admin,
            "PRAATPAAL_DATABASE_URL": db_url or self.db_url,
            "PRAATPAAL_WHATSAPP_API_BASE": "http://127.0.0.1:%d/v21.0" % self.fake_port,
            "PRAATPAAL_TWILIO_API_BASE": "http://127.0.0.1:%d" % self.fake_port,
        })
        env.update(extra or {})
        return env

    def log_mark(self, what):
        with open(self.log_path, "a") as f:
            f.write("=== run.py: %s\n" % what)

    def run_bin(self, args, extra=None, timeout=60, db_url=None):
        """Run the binary to completion: (exit status, output)."""
        r = subprocess.run([BIN, "-c", self.conf] + args, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, timeout=timeout,
                           env=self.env(extra, db_url=db_url))
        return r.returncode, r.stdout

    def daemon_start(self, extra=None):
        check(self.daemon is None or self.daemon.poll() is not None, "daemon already running")
        self.starts += 1
        self.daemon_env = dict(extra or {})
        self.log_mark("daemon start %d %s" % (self.starts, " ".join(sorted(self.daemon_env))))
        self.log_offset = os.path.getsize(self.log_path)
        logf = open(self.log_path, "a")
        self.daemon = subprocess.Popen([BIN, "-c", self.conf, "serve"], stdout=logf,
                                       stderr=subprocess.STDOUT, env=self.env(extra),
                                       start_new_session=True)
        logf.close()

        def up():
            check(self.daemon.poll() is None, "daemon exited %s at start-up" % self.daemon.poll())
            try:
                return hreq(self.http_port, "GET", "/healthz", timeout=2)[0] == 200
            except OSError:
                return False
        wait_until(up, "the daemon to answer /healthz")

    def daemon_stop(self, sig=signal.SIGTERM, timeout=15):
        """Signal the daemon and wait; returns its exit status (None if not running)."""
        d, self.daemon = self.daemon, None
        if d is None or d.poll() is not None:
            return d.returncode if d else None
        d.send_signal(sig)
        try:
            return d.wait(timeout)
        except subprocess.TimeoutExpired:
            d.kill()
            d.wait()
            raise TestFailure("daemon did not exit within %d s of signal %d" % (timeout, sig))

    def daemon_restart(self, extra=None):
        rc = self.daemon_stop()
        check(rc in (0, None), "daemon exited %s on SIGTERM" % rc)
        self.daemon_start(extra)

    def ensure(self):
        """Before each test: PostgreSQL, the fake and a default daemon running."""
        if not self.pg_running:
            self.pg_start()
        if self.fake is None or self.fake.poll() is not None:
            self.fake_start()
        self.fake_control({"clear_faults": True})
        if self.daemon is None or self.daemon.poll() is not None or self.daemon_env:
            if self.daemon is not None and self.daemon.poll() is None:
                self.daemon_stop()
            self.daemon_start()

    def metrics_text(self):
        """GET /metrics on the admin listener ([http] admin_listen): its text."""
        st, hd, body = hreq(self.admin_port, "GET", "/metrics")
        check(st == 200, "/metrics on admin_listen answered %d" % st)
        return body.decode()

    def log_text(self):
        with open(self.log_path, errors="replace") as f:
            return f.read()

    def log_since_start(self):
        with open(self.log_path, errors="replace") as f:
            f.seek(self.log_offset)
            return f.read()

    def log_tail(self, n=25):
        lines = self.log_text().splitlines()
        return "\n".join("    | " + line for line in lines[-n:])

    def setup(self):
        if not os.access(BIN, os.X_OK):
            raise TestFailure("%s not found: run make first" % BIN)
        open(self.log_path, "a").close()
        self.log_offset = 0
        self.write_conf()
        self.pg_init()
        self.pg_start()
        self.createdb(self.db_name)
        rc, out = self.run_bin(["migrate"])
        self.log_mark("migrate exited %d" % rc)
        with open(self.log_path, "a") as f:
            f.write(out)
        check(rc == 0, "praatpaal migrate exited %d: %s" % (rc, out.strip()[-1000:]))
        self.fake_start()

    def cleanup(self):
        for fn in (lambda: self.daemon and self.daemon.poll() is None and
                   (self.daemon.kill(), self.daemon.wait()),
                   self.fake_stop,
                   lambda: self.pg_running and self.pg_stop("immediate")):
            try:
                fn()
            except Exception as e:  # keep cleaning up
                sys.stderr.write("integration: cleanup: %s\n" % e)
        self.daemon = None
        self.pg_running = False
        if self.failed or self.keep:
            print("integration: files kept in %s" % self.tmp)
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)

    # ---- webhook helpers -----------------------------------------------------------

    def post_wa(self, payload, sign=True, secret=APP_SECRET, ctype="application/json",
                raw=None):
        raw = raw if raw is not None else json.dumps(payload).encode()
        headers = {"Content-Type": ctype}
        if sign:
            headers["X-Hub-Signature-256"] = wa_sign(raw, secret)
        return hreq(self.http_port, "POST", "/webhook/whatsapp", raw, headers)

    def post_tw(self, params, sign=True, token=TW_TOKEN):
        raw = urllib.parse.urlencode(params).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if sign:
            headers["X-Twilio-Signature"] = tw_sign(params, PUBLIC_URL + "/webhook/twilio",
                                                    token)
        return hreq(self.http_port, "POST", "/webhook/twilio", raw, headers)

    # ---- database helpers ------------------------------------------------------------

    def contact_id(self, channel, address):
        return self.scalar("SELECT id FROM contact WHERE channel = '%s' AND address = '%s'"
                           % (channel, digits(address)))

    def count_in(self, channel, provider_id):
        return int(self.scalar("SELECT count(*) FROM message_in WHERE channel = '%s' "
                               "AND provider_id = '%s'" % (channel, provider_id)))

    def out_rows(self, channel, address):
        """The contact's outbox rows in id order, as dicts."""
        cid = self.contact_id(channel, address)
        if cid is None:
            return []
        rows = self.psql("SELECT id, status, attempts, coalesce(provider_id, ''), "
                         "coalesce(error_code, ''), coalesce(error_text, ''), body::text "
                         "FROM message_out WHERE contact_id = %s ORDER BY id" % cid)
        return [{"id": int(r[0]), "status": r[1], "attempts": int(r[2]), "provider_id": r[3],
                 "error_code": r[4], "error_text": r[5], "body": "|".join(r[6:])}
                for r in rows]

    def pending_in(self, channel, address):
        cid = self.contact_id(channel, address)
        if cid is None:
            return None
        return int(self.scalar("SELECT count(*) FROM message_in WHERE contact_id = %s "
                               "AND processed_at IS NULL" % cid))

    def replies_state(self, channel, address):
        """(outbox rows, successful fake requests) once every inbound message
        of the contact is processed and every reply has reached the fake;
        else None. Replies are written in the same transaction that marks the
        message processed, so nothing more is coming for what was sent."""
        if self.pending_in(channel, address) != 0:
            return None
        rows = self.out_rows(channel, address)
        if any(r["status"] in ("held", "queued", "sending") for r in rows):
            return None
        sent = [r for r in rows if r["provider_id"]]
        reqs = self.fake_requests(to=address, ok=True, channel=channel)
        if len(reqs) < len(sent):
            return None
        return rows, reqs

    def serve_must_refuse(self, env, what):
        """Run `serve` with env, expecting it to refuse to start: return its
        output, or fail if it keeps running or exits 0."""
        p = subprocess.Popen([BIN, "-c", self.conf, "serve"], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, env=env, text=True)
        try:
            out, _ = p.communicate(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            p.kill()
            out, _ = p.communicate()
            raise TestFailure("serve kept running %s: %r" % (what, out[-500:]))
        check(p.returncode != 0, "serve exited 0 %s" % what)
        return out

    def wait_settled(self, channel, address, min_rows=1, timeout=WAIT_S, settle=SETTLE_S):
        """Wait until every inbound message of the contact is processed, its
        outbox holds at least min_rows rows and none is queued or sending,
        and the fake received one successful request per row that has a
        provider id; then wait settle seconds and check nothing changed.
        Checks no reply was sent twice and that they arrived in outbox order.
        Returns (outbox rows, successful fake requests)."""
        def state():
            s = self.replies_state(channel, address)
            return s if s is not None and len(s[0]) >= min_rows else None
        rows, reqs = wait_until(state, "the replies to %s to be sent" % channel, timeout)
        time.sleep(settle)
        rows2 = self.out_rows(channel, address)
        reqs2 = self.fake_requests(to=address, ok=True, channel=channel)
        check(len(rows2) == len(rows), "outbox grew from %d to %d rows after settling"
              % (len(rows), len(rows2)))
        check(len(reqs2) == len(reqs), "the fake received %d more replies after settling"
              % (len(reqs2) - len(reqs)))
        ids = [r["id"] for r in reqs2]
        check(len(set(ids)) == len(ids), "duplicate provider ids at the fake")
        sent_ids = [r["provider_id"] for r in rows2 if r["provider_id"]]
        check(ids == sent_ids, "replies at the fake %r differ from the outbox's provider "
              "ids in outbox order %r (a reply sent twice, lost or out of order)"
              % (ids, sent_ids))
        return rows2, reqs2


def wa_text_of(body):
    """The visible text of a WhatsApp request body (text or interactive)."""
    if body.get("type") == "text":
        return (body.get("text") or {}).get("body", "")
    if body.get("type") == "interactive":
        return ((body.get("interactive") or {}).get("body") or {}).get("text", "")
    return ""


def check_wa_reply(req, to):
    check(req["path"] == "/v21.0/%s/messages" % PHONE_NUMBER_ID, "path %r" % req["path"])
    auth = {k.lower(): v for k, v in req["headers"].items()}.get("authorization")
    check(auth == "Bearer " + ACCESS_TOKEN, "Authorization header %r" % auth)
    b = req["body"]
    check(b.get("messaging_product") == "whatsapp", "messaging_product %r"
          % b.get("messaging_product"))
    check(b.get("to") == to, "reply to %r, expected %r" % (b.get("to"), to))
    check(b.get("type") in ("text", "interactive"), "reply type %r" % b.get("type"))
    check(wa_text_of(b).strip() != "", "empty reply text")


# ---------------------------------------------------------------------------
# The test registry: each tests/integration/test_*.py module registers its
# tests with @test, in the order they run.

TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn
