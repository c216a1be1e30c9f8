"""
faultlib.py -- fault scenarios under load, shared by the short fault suite
(tests/integration/test_faults.py, part of `make check`) and the long one
(tests/soak/run.py, `make soak`). Python 3 standard library only; uses the
integration harness (tests/integration/harness.py).

The pieces:
  Load      -- a bounded-rate webhook driver (threads over http.client):
               unique wamids, many contacts, records every HTTP answer and,
               like the provider, delivers again whatever was not answered 200.
  drain     -- wait until every inbound message of a load is processed and
               no reply is queued or being sent.
  verify    -- compare three logs: the driver's acknowledged wamids, the
               database (message_in, message_out) and the fake API's record
               of replies. Raises TestFailure on loss, a double send, a reply
               out of outbox order or a reply that never went out.

A kill -9 between the provider accepting a reply and the daemon committing
the provider's id leaves the send in doubt. The kill scenarios have the
fake post status webhooks (with the send's echo) as the real providers do;
a status names the row and records the send, so that it is never sent
again: with statuses on, verify(statuses=True) tolerates no double at all,
and each round reports how many rows a status resolved and how many were
resent in doubt (no status within [sender] doubt_window).

Without statuses, the one tolerated exception is the at-least-once window:
the lease (OUTBOX_LEASE_S) expires, the doubt window passes, and the row
is sent again. verify tolerates such an extra request only when it is
positively identified: a successful fake request whose id no outbox row
records, made in the second before a kill -9, to a recipient whose outbox
row with the identical request body was sent again after that kill. The
same holds for a send the daemon gave up on as timed out (it logs "send
retry ... timed out") that the provider processed anyway: tolerated only
when that row's byte-identical request was retried after a logged timeout.
Every identified case is counted and reported, never hidden.
"""

import collections
import datetime
import json
import re
import os
import random
import signal
import subprocess
import sys
import threading
import time
import http.client

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "integration"))

from harness import (wait_until, BIN, APP_SECRET, PHONE_NUMBER_ID, WABA_ID, TestFailure,  # noqa: E402
                     check, wa_sign, hreq, free_port)

# Invented, benign texts (no crisis words: crisis handling has its own tests).
TEXTS = ["Hoi", "Hallo, hoe werkt dit? (fouttest)", "Ik heb een vraag over school (fouttest)",
         "Wat kan ik hier doen? (fouttest)", "1", "2", "menu", "Dank je (fouttest)",
         "Ik zoek informatie over geld (fouttest)", "oke"]

RETRY_DELAY_S = 0.3     # the driver delivers a non-200 webhook again after this
HTTP_TIMEOUT_S = 10
AT_LEAST_ONCE_WINDOW_S = 1.0   # an orphan send must be this close before a kill
SEND_TIMEOUT_S = 2.0           # [sender] timeout_ms in the harness's config

_seq_lock = threading.Lock()
_seq = [0]
_contact_next = [100000]


def _next_run(ncontacts):
    """A unique run number and a fresh range of test phone numbers."""
    with _seq_lock:
        _seq[0] += 1
        base = _contact_next[0]
        _contact_next[0] += ncontacts
    return _seq[0], base


class Load:
    """Send `rate` webhooks a second for `duration` seconds from `contacts`
    contacts, spread round-robin over `ports`. Every webhook not answered 200
    is delivered again after RETRY_DELAY_S (to the next port), until
    `retry_s` seconds after the load ended. A fraction `dup` of acknowledged
    webhooks is delivered a second time (must be a no-op)."""

    def __init__(self, h, ports, rate=150, duration=3.0, contacts=120, threads=12,
                 retry_s=40.0, dup=0.02, name="load"):
        self.h = h
        self.ports = list(ports)
        self.rate = rate
        self.duration = duration
        self.total = int(rate * duration)
        self.retry_s = retry_s
        self.dup = dup
        self.nthreads = threads
        run, base = _next_run(contacts)
        self.prefix = "wamid.FLT%s%04dR%s" % (name.upper()[:8], run, os.urandom(3).hex().upper())
        self.contacts = ["316%08d" % (base + i) for i in range(contacts)]
        self.lo, self.hi = self.contacts[0], self.contacts[-1]
        self.lock = threading.Lock()
        self.next_k = 0
        self.retryq = collections.deque()   # (due monotonic, k, attempt, is_dup)
        self.inflight = 0
        self.answers = collections.Counter()  # status (int or "error") -> count
        self.acked = {}                        # wamid -> wall time of the first 200
        self.sent_at = {}                      # wamid -> wall time of the first send
        self.contact_of = {}
        self.dups_sent = 0
        self.t0 = None
        self.t_end = None
        self.threads = []
        self.rng = random.Random()

    # ---- payloads --------------------------------------------------------

    def wamid(self, k):
        return "%s%06d" % (self.prefix, k)

    def body(self, k):
        to = self.contacts[k % len(self.contacts)]
        msg = {"from": to, "id": self.wamid(k), "timestamp": str(int(self.t0_wall + k / self.rate)),
               "type": "text", "text": {"body": TEXTS[(k // len(self.contacts)) % len(TEXTS)]}}
        value = {"messaging_product": "whatsapp",
                 "metadata": {"display_phone_number": "31600000099",
                              "phone_number_id": PHONE_NUMBER_ID},
                 "contacts": [{"profile": {"name": "Fouttest %d" % (k % len(self.contacts))},
                               "wa_id": to}],
                 "messages": [msg]}
        payload = {"object": "whatsapp_business_account",
                   "entry": [{"id": WABA_ID, "changes": [{"value": value, "field": "messages"}]}]}
        return to, json.dumps(payload).encode()

    # ---- the driver ------------------------------------------------------

    def start(self):
        self.t0 = time.monotonic()
        self.t0_wall = time.time()
        self.t_end = self.t0 + self.duration
        for _ in range(self.nthreads):
            t = threading.Thread(target=self._worker, daemon=True)
            t.start()
            self.threads.append(t)
        return self

    def _take(self):
        """The next job: (k, attempt, is_dup), or None when finished; waits."""
        while True:
            now = time.monotonic()
            with self.lock:
                if self.retryq and self.retryq[0][0] <= now:
                    _, k, attempt, is_dup = self.retryq.popleft()
                    self.inflight += 1
                    return k, attempt, is_dup
                if self.next_k < self.total:
                    due = self.t0 + self.next_k / self.rate
                    if due <= now:
                        k = self.next_k
                        self.next_k += 1
                        self.inflight += 1
                        return k, 0, False
                    wait = due - now
                else:
                    if not self.retryq and self.inflight == 0:
                        return None
                    if now > self.t_end + self.retry_s:
                        return None
                    wait = 0.02
                if self.retryq:
                    wait = min(wait, max(0.0, self.retryq[0][0] - now))
            time.sleep(min(max(wait, 0.001), 0.05))

    def _worker(self):
        conns = {}
        while True:
            job = self._take()
            if job is None:
                break
            k, attempt, is_dup = job
            port = self.ports[(k + attempt) % len(self.ports)]
            to, raw = self.body(k)
            wamid = self.wamid(k)
            headers = {"Content-Type": "application/json", "X-Hub-Signature-256": wa_sign(raw)}
            t_send = time.time()
            status = "error"
            try:
                c = conns.get(port)
                if c is None:
                    c = conns[port] = http.client.HTTPConnection("127.0.0.1", port,
                                                                 timeout=HTTP_TIMEOUT_S)
                c.request("POST", "/webhook/whatsapp", body=raw, headers=headers)
                r = c.getresponse()
                r.read()
                status = r.status
                if r.getheader("Connection", "").lower() == "close":
                    c.close()
                    conns.pop(port, None)
            except (OSError, http.client.HTTPException):
                c = conns.pop(port, None)
                if c is not None:
                    c.close()
            t_done = time.time()
            with self.lock:
                self.inflight -= 1
                self.answers[status] += 1
                self.contact_of[wamid] = to
                self.sent_at.setdefault(wamid, t_send)
                if is_dup:
                    self.dups_sent += 1
                if status == 200:
                    if wamid not in self.acked:
                        self.acked[wamid] = t_done
                        if self.dup and self.rng.random() < self.dup:
                            self.retryq.append((time.monotonic() + RETRY_DELAY_S, k,
                                                attempt + 1, True))
                elif wamid not in self.acked:
                    self.retryq.append((time.monotonic() + RETRY_DELAY_S, k, attempt + 1,
                                        is_dup))
        for c in conns.values():
            c.close()

    def wait(self):
        for t in self.threads:
            t.join()
        with self.lock:
            unacked = self.total - len(self.acked)
        check(unacked == 0, "%d of %d webhooks were never acknowledged (answers %r)"
              % (unacked, self.total, dict(self.answers)))
        return self

    def stats(self):
        with self.lock:
            return {"sent": self.total, "acked": len(self.acked),
                    "answers": dict(self.answers), "dups": self.dups_sent,
                    "contacts": len(self.contacts)}


# ---------------------------------------------------------------------------
# Extra daemons (several daemons against one database and one fake)

class Daemon:
    """A daemon beside the harness's own, on its own port and log."""

    def __init__(self, h, name):
        self.h = h
        self.port = free_port()
        self.log_path = os.path.join(h.tmp, "praatpaal-%s.log" % name)
        logf = open(self.log_path, "a")
        self.proc = subprocess.Popen([BIN, "-c", h.conf, "serve"], stdout=logf,
                                     stderr=subprocess.STDOUT,
                                     env=h.env(port=self.port), start_new_session=True)
        logf.close()

        def up():
            check(self.proc.poll() is None, "daemon %s exited %s at start-up"
                  % (name, self.proc.poll()))
            try:
                return hreq(self.port, "GET", "/healthz", timeout=2)[0] == 200
            except OSError:
                return False
        wait_until(up, "daemon %s to answer /healthz" % name, 15)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


# ---------------------------------------------------------------------------
# Leases

def count_leased(h, claimed_before=None):
    """Rows still 'sending' under a lease (claimed before claimed_before)."""
    cond = "" if claimed_before is None else \
        " AND updated_at < to_timestamp(%f)" % claimed_before
    return int(h.scalar("SELECT count(*) FROM message_out WHERE status = 'sending' "
                        "AND lease_until > now()%s" % cond))


def expire_leases(h, claimed_before=None):
    """Test shortcut for the short suite only: let the leases of rows a
    killed daemon held run out now instead of OUTBOX_LEASE_S later. Only
    rows still 'sending' that were claimed before claimed_before (wall
    time; None: every 'sending' row -- only when no daemon runs). Returns
    how many rows were affected. The soak (--real-lease) never does this."""
    cond = "" if claimed_before is None else \
        " AND updated_at < to_timestamp(%f)" % claimed_before
    rows = h.psql("UPDATE message_out SET lease_until = now() - interval '1 second' "
                  "WHERE status = 'sending' AND lease_until > now()%s RETURNING id" % cond)
    return len(rows)


# ---------------------------------------------------------------------------
# Drain and verify

def drain(h, load, timeout):
    """Wait until every inbound message of the load is processed and none of
    its replies is queued or being sent, then 1 s more with nothing new.
    Returns the seconds it took."""
    t0 = time.monotonic()
    rng = "c.address BETWEEN '%s' AND '%s'" % (load.lo, load.hi)

    def state():
        r = h.psql("SELECT (SELECT count(*) FROM message_in i JOIN contact c ON c.id = i.contact_id "
                   "WHERE %s AND i.processed_at IS NULL), "
                   "(SELECT count(*) FROM message_out o JOIN contact c ON c.id = o.contact_id "
                   "WHERE %s AND o.status IN ('queued', 'sending')), "
                   "(SELECT count(*) FROM message_out o JOIN contact c ON c.id = o.contact_id "
                   "WHERE %s)" % (rng, rng, rng))[0]
        return [int(x) for x in r]

    def done():
        s = state()
        return s if s[0] == 0 and s[1] == 0 else None

    def stuck():
        """What is left when the drain timed out: the open rows by status and
        when they are due, and the database sessions that are not idle."""
        out = h.psql("SELECT o.status, o.attempts, coalesce(o.doubt, ''), "
                     "round(extract(epoch FROM o.next_attempt_at - now())), "
                     "round(extract(epoch FROM o.lease_until - now())), count(*) "
                     "FROM message_out o JOIN contact c ON c.id = o.contact_id "
                     "WHERE %s AND o.status IN ('held', 'queued', 'sending') "
                     "GROUP BY 1, 2, 3, 4, 5 ORDER BY 6 DESC LIMIT 8" % rng)
        inb = h.psql("SELECT count(*), count(q.id) FROM message_in i JOIN contact c "
                     "ON c.id = i.contact_id LEFT JOIN message_in_queue q ON q.id = i.id "
                     "WHERE %s AND i.processed_at IS NULL" % rng)
        act = h.psql("SELECT application_name, state, wait_event_type, wait_event, "
                     "round(extract(epoch FROM now() - xact_start)), left(query, 60) "
                     "FROM pg_stat_activity WHERE datname = current_database() "
                     "AND pid <> pg_backend_pid() AND state <> 'idle'")
        return ("open outbox (status, attempts, doubt, due in s, lease left s, rows): %r; "
                "unprocessed inbound (rows, queued): %r; busy sessions: %r"
                % (out, inb, act))
    s0 = state()
    try:
        s1 = wait_until(done, "the load to drain (unprocessed inbound, open outbox: %r at "
                        "the start)" % (s0[:2],), timeout)
    except TestFailure as e:
        raise TestFailure("%s; now %r; %s" % (e, state()[:2], stuck()))
    took = time.monotonic() - t0
    time.sleep(1.0)
    s2 = state()
    check(s2 == s1, "outbox changed after draining: %r -> %r" % (s1, s2))
    return took


TIMEOUT_RE = re.compile(r'^ts=(\S+) level=warn send retry conv=\S+ id=(\d+) attempt=\d+ '
                        r'code=curl .*timed out')


def log_lines(paths, needle):
    """The lines containing needle of the daemons' log files (missing ones skipped)."""
    for p in paths:
        try:
            f = open(p, errors="replace")
        except OSError:
            continue
        with f:
            for line in f:
                if needle in line:
                    yield line


def logged_timeouts(paths):
    """{outbox row id: [wall times]} of sends the daemons gave up on as timed out."""
    out = collections.defaultdict(list)
    for line in log_lines(paths, "send retry"):
        m = TIMEOUT_RE.match(line)
        if m:
            t = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S.%fZ")
            out[int(m.group(2))].append(t.replace(tzinfo=datetime.timezone.utc).timestamp())
    return out


PROCESSED_RE = re.compile(r'level=info message processed conv=(\S+) .*replies=(\d+)')


def logged_replies(paths):
    """{contact pseudonym: replies} from the daemons' "message processed"
    lines (logged after the commit that wrote the replies)."""
    out = collections.Counter()
    for line in log_lines(paths, "message processed"):
        m = PROCESSED_RE.search(line)
        if m:
            out[m.group(1)] += int(m.group(2))
    return out


def doubt_counts(h, load):
    """{doubt: rows} of the load's outbox: 'resolved' (recorded from a
    status webhook), 'resent' (in doubt, no status came: sent again)."""
    rows = h.psql("SELECT coalesce(o.doubt, ''), count(*) FROM message_out o "
                  "JOIN contact c ON c.id = o.contact_id WHERE c.address BETWEEN '%s' AND '%s' "
                  "GROUP BY 1" % (load.lo, load.hi))
    return {k: int(v) for k, v in rows}


def verify(h, load, kills=(), allow_failed=0, logs=None, exact_replies=False, statuses=False):
    """Check the three logs against each other (see the module comment).
    kills: [(wall time before, wall time after)] of each kill -9 during the
    load; statuses: the fake posted status webhooks, so no send in doubt
    may go out twice. Returns a stats dict."""
    rng = "c.address BETWEEN '%s' AND '%s'" % (load.lo, load.hi)
    # 1. Every acknowledged wamid is stored, once, and processed.
    rows = h.psql("SELECT provider_id, processed_at IS NOT NULL FROM message_in "
                  "WHERE channel = 'whatsapp' AND provider_id LIKE '%s%%'" % load.prefix)
    stored = {}
    for pid, processed in rows:
        check(pid not in stored, "wamid %s stored twice" % pid)
        stored[pid] = processed == "t"
    lost = [w for w in load.acked if w not in stored]
    check(not lost, "%d acknowledged webhooks are not in message_in (e.g. %s): DATA LOSS"
          % (len(lost), lost[:3]))
    unproc = [w for w, p in stored.items() if not p]
    check(not unproc, "%d inbound messages never processed (e.g. %s)" % (len(unproc), unproc[:3]))
    extra_in = [w for w in stored if w not in load.contact_of]
    check(not extra_in, "message_in holds wamids the driver never sent: %r" % extra_in[:3])

    # 2. The outbox: every row is finished.
    out = h.psql("SELECT o.id, c.address, o.status, coalesce(o.provider_id, ''), o.attempts, "
                 "coalesce(extract(epoch FROM o.sent_at), 0) "
                 "FROM message_out o JOIN contact c ON c.id = o.contact_id "
                 "WHERE %s ORDER BY o.id" % rng)
    out = [{"id": int(r[0]), "to": r[1], "status": r[2], "pid": r[3], "attempts": int(r[4]),
            "sent_at": float(r[5])} for r in out]
    failed = [r for r in out if r["status"] == "failed"]
    check(len(failed) <= allow_failed, "%d replies failed permanently (e.g. outbox %r)"
          % (len(failed), failed[:2]))
    open_rows = [r for r in out if r["status"] in ("queued", "sending")]
    check(not open_rows, "%d replies still open" % len(open_rows))
    by_contact = collections.defaultdict(list)
    for r in out:
        by_contact[r["to"]].append(r)
    acked_contacts = {load.contact_of[w] for w in load.acked}
    silent = sorted(c for c in acked_contacts if not by_contact.get(c))
    check(not silent, "%d contacts whose acknowledged messages got no reply at all"
          % len(silent))
    # Every reply the daemon says it produced (logged after its commit) is in
    # the outbox. A commit whose log line was lost to a kill, or whose answer
    # was lost to a database stop, may add rows beyond the logged ones.
    logged = logged_replies(logs if logs is not None else [h.log_path])
    pseud = dict(h.psql("SELECT address, pseudonym FROM contact c WHERE channel = 'whatsapp' "
                        "AND %s" % rng))
    for c, p in pseud.items():
        n_rows, n_logged = len(by_contact.get(c, [])), logged.get(p, 0)
        check(n_rows >= n_logged, "contact #%d: the daemon logged %d replies, the outbox "
              "holds %d" % (load.contacts.index(c), n_logged, n_rows))
        check(not exact_replies or n_rows == n_logged, "contact #%d: the outbox holds %d "
              "replies, the daemon logged %d" % (load.contacts.index(c), n_rows, n_logged))

    # 3. The fake's log against the outbox.
    st, _, body = hreq(h.fake_port, "GET", "/_requests", timeout=60)
    check(st == 200, "fake /_requests answered %d" % st)
    reqs = [r for r in json.loads(body) if load.lo <= (r.get("to") or "") <= load.hi
            and len(r.get("to") or "") == len(load.lo)]
    ok = [r for r in reqs if r.get("status") in (200, 201)]
    fake_by_id = {}
    for r in ok:
        check(r["id"] not in fake_by_id, "the fake issued id %s twice" % r["id"])
        fake_by_id[r["id"]] = r
    recorded = {}
    for r in out:
        if r["pid"]:
            check(r["pid"] not in recorded, "provider id %s on two outbox rows" % r["pid"])
            recorded[r["pid"]] = r
            check(r["pid"] in fake_by_id, "outbox row %d records id %s the fake never issued"
                  % (r["id"], r["pid"]))
            check(r["status"] in ("sent", "delivered", "read"), "row %d has an id but status %s"
                  % (r["id"], r["status"]))
        else:
            check(r["status"] == "failed", "row %d is %s without a provider id"
                  % (r["id"], r["status"]))
    # Orphans: accepted by the fake, recorded nowhere.
    orphans = [r for r in ok if r["id"] not in recorded]
    explained = []
    late = []
    used = set()
    timeouts = logged_timeouts(logs if logs is not None else [h.log_path]) if orphans else {}
    for o in orphans:
        # The second at-least-once case: the daemon gave up on a request as
        # timed out (and logged it), retried, and the provider processed the
        # abandoned request after all. Identified by the row (same recipient,
        # byte-identical request) having a logged timeout no later than
        # timeout_ms + 1 s before the orphan reached the fake.
        row = None
        for r in by_contact.get(o["to"], []):
            fr = fake_by_id.get(r["pid"])
            if fr is None or fr["raw"] != o["raw"] or r["attempts"] < 2:
                continue
            ts = timeouts.get(r["id"], [])
            if any(o["time"] >= t - SEND_TIMEOUT_S - 1.0 for t in ts) and \
                    sum(1 for x in late if x["row"] == r["id"]) < len(ts):
                row = r
                break
        if row is not None:
            late.append({"orphan": o["id"], "row": row["id"]})
            continue
        # kills: (wall time just before the signal, just after the process was reaped)
        kill = next((k0 for k0, k1 in kills
                     if k0 - AT_LEAST_ONCE_WINDOW_S <= o["time"] <= k1), None)
        again = None
        if kill is not None:
            for r in by_contact.get(o["to"], []):
                fr = fake_by_id.get(r["pid"])
                if (fr is not None and r["id"] not in used and fr["raw"] == o["raw"]
                        and fr["time"] > kill):
                    again = r
                    break
        check(again is not None, "the fake accepted a reply (id %s, to contact #%d, at %.3f) "
              "that no outbox row records and that is not the at-least-once window of a "
              "kill (kills at %r): a reply SENT TWICE or from nowhere"
              % (o["id"], load.contacts.index(o["to"]) if o["to"] in load.contacts else -1,
                 o["time"], [(round(k0, 3), round(k1, 3)) for k0, k1 in kills]))
        check(not statuses, "the fake accepted reply %s and, after the kill, the same reply "
              "again (outbox row %d): SENT TWICE although status webhooks were on"
              % (o["id"], again["id"]))
        used.add(again["id"])
        explained.append({"orphan": o["id"], "row": again["id"],
                          "before_kill_ms": round((kill - o["time"]) * 1000, 1)})
    # 4. Per contact, replies reached the fake in outbox order.
    for c, rows_c in by_contact.items():
        seqs = [fake_by_id[r["pid"]]["seq"] for r in rows_c if r["pid"]]
        check(seqs == sorted(seqs), "replies to contact #%d reached the fake out of outbox "
              "order" % load.contacts.index(c))
    # Contacts whose messages the dialogue stepped in another order than the
    # driver sent them: a first delivery failed and its retry came in after
    # a later message, which was then processed first (in an earlier
    # transaction), or in the same batch ahead of it (WhatsApp timestamps
    # have whole seconds, so two messages of one second are ordered by
    # arrival). Their replies may differ from an undisturbed run's; counted
    # to explain such differences. The dialogue's order: the transaction
    # (processed_at is its start), then provider timestamp and id, as the
    # worker loads them.
    stepped = h.psql(
        "SELECT c.address, right(i.provider_id, 6)::int FROM message_in i "
        "JOIN contact c ON c.id = i.contact_id WHERE %s AND i.provider_id LIKE '%s%%' "
        "ORDER BY c.address, i.processed_at, i.provider_ts, i.id" % (rng, load.prefix))
    seq_of = collections.defaultdict(list)
    for addr, k in stepped:
        seq_of[addr].append(int(k))
    overtaken = [(addr,) for addr, ks in seq_of.items() if ks != sorted(ks)]
    late_in = len(overtaken)
    # Every contact sends the same texts in the same order, and the flows are
    # deterministic: contacts that sent as many messages, none overtaken, got
    # as many replies -- a message stepped twice or a reply lost shows here.
    # (Skipped when the load spans a half hour: opening hours change replies.)
    if int(load.t0_wall // 1800) == int(time.time() // 1800):
        overtaken = {r[0] for r in overtaken}
        nmsg = collections.Counter(load.contact_of[w] for w in stored)
        groups = collections.defaultdict(collections.Counter)
        for c in load.contacts:
            if c in nmsg and c not in overtaken:
                groups[nmsg[c]][len(by_contact.get(c, []))] += 1
        for n, counts in groups.items():
            check(len(counts) == 1, "contacts that each sent %d messages, in order, got "
                  "different numbers of replies: {replies: contacts} %r" % (n, dict(counts)))
    faults = collections.Counter(str(r.get("fault")) for r in reqs if r.get("fault"))
    doubt = doubt_counts(h, load)
    return {"resolved": doubt.get("resolved", 0), "resent": doubt.get("resent", 0),
            "acked": len(load.acked), "stored_unacked": len(stored) - len(load.acked),
            "late_in": late_in,
            "outbox": len(out), "failed": len(failed),
            "retried_rows": sum(1 for r in out if r["attempts"] > 1),
            "fake_ok": len(ok), "fake_requests": len(reqs), "faults": dict(faults),
            "at_least_once": explained, "late_after_timeout": late}


# Totals over every summary() of this process (tests/soak/run.py prints them).
TOTALS = collections.Counter()
DRAIN_S = []


def summary(name, load, st, extra=""):
    ls = load.stats()
    ans = ls["answers"]
    TOTALS["rounds"] += 1
    for k in ("sent", "acked", "dups"):
        TOTALS[k] += ls[k]
    for k, v in ans.items():
        TOTALS["answer_%s" % k] += v
    for k in ("outbox", "retried_rows", "failed", "fake_ok", "stored_unacked", "late_in"):
        TOTALS[k] += st[k]
    TOTALS["at_least_once"] += len(st["at_least_once"])
    TOTALS["resolved"] += st["resolved"]
    TOTALS["resent"] += st["resent"]
    TOTALS["late_after_timeout"] += len(st["late_after_timeout"])
    TOTALS["faults_hit"] += sum(st["faults"].values())
    if "drain_s" in st:
        DRAIN_S.append(st["drain_s"])
    return ("# %s: sent=%d acked=%d answers=%s dup_webhooks=%d contacts=%d outbox=%d "
            "retried_rows=%d failed=%d fake_ok=%d at_least_once=%d late_after_timeout=%d "
            "resolved_by_status=%d resent_in_doubt=%d inbound_overtaken=%d%s"
            % (name, ls["sent"], ls["acked"],
               ",".join("%s:%d" % (k, v) for k, v in sorted(ans.items(), key=str)),
               ls["dups"], ls["contacts"], st["outbox"], st["retried_rows"], st["failed"],
               st["fake_ok"], len(st["at_least_once"]), len(st["late_after_timeout"]),
               st["resolved"], st["resent"], st["late_in"], extra))


# ---------------------------------------------------------------------------
# The scenarios. Each returns a list of summary lines; raises TestFailure.

def scenario_kill9(h, rounds=3, rate=150, duration=3.0, real_lease=False, rng=None,
                   statuses=True):
    """kill -9 the daemon under load, restart, drain, check; `rounds` times.
    statuses: the fake posts status webhooks (retrying while the daemon is
    down), and no reply may go out twice."""
    rng = rng or random.Random()
    lines = []
    for i in range(rounds):
        if statuses:
            h.fake_statuses()
        load = Load(h, [h.http_port], rate=rate, duration=duration, name="kill").start()
        time.sleep(rng.uniform(0.3, 0.8) * duration)
        t_kill = time.time()
        h.daemon_stop(signal.SIGKILL)
        t_dead = time.time()
        # A claim the daemon had written to its socket still runs in its
        # backend: the leases are read or expired after a pause.
        time.sleep(rng.uniform(0.1, 0.5))
        held = count_leased(h) if real_lease else expire_leases(h)
        h.daemon_start()
        load.wait()
        took = drain(h, load, 100 if real_lease else 30)
        st = verify(h, load, kills=[(t_kill, t_dead)], statuses=statuses)
        st["drain_s"] = took
        TOTALS["kills"] += 1
        TOTALS["leased_at_kill"] += held
        lines.append(summary("kill9 round %d/%d" % (i + 1, rounds), load, st,
                             " statuses=%s leased_at_kill=%d doubled=%d drain_s=%.1f"
                             % ("on" if statuses else "off", held,
                                len(st["at_least_once"]), took)))
        lines[-1] += "".join(" resent_row=%(row)d(%(before_kill_ms)sms)" % a
                             for a in st["at_least_once"])
    return lines


def scenario_pg_immediate(h, rate=150, duration=4.0, outage_s=1.5, rng=None):
    """pg_ctl stop -m immediate under load and start again."""
    rng = rng or random.Random()
    # The harness runs PostgreSQL with synchronous_commit=off for speed: an
    # immediate stop would then lose commits the daemon saw succeed. For this
    # scenario the database is durable, as in production.
    h.psql("ALTER DATABASE %s SET synchronous_commit = on" % h.db_name)
    try:
        h.daemon_stop()
        h.daemon_start()
        load = Load(h, [h.http_port], rate=rate, duration=duration, name="pgstop").start()
        time.sleep(rng.uniform(0.2, 0.4) * duration)
        h.pg_stop("immediate")
        time.sleep(outage_s)
        h.pg_start()
        load.wait()
        took = drain(h, load, 60)
        st = verify(h, load)
        st["drain_s"] = took
        TOTALS["pg_stops"] += 1
    finally:
        if not h.pg_running:
            h.pg_start()
        h.psql("ALTER DATABASE %s RESET synchronous_commit" % h.db_name)
    n503 = load.stats()["answers"].get(503, 0)
    check(n503 > 0, "no 503 during a %.1f s database outage under load" % outage_s)
    other = {k: v for k, v in load.stats()["answers"].items() if k not in (200, 503)}
    check(not other, "answers other than 200/503 during the outage: %r" % other)
    return [summary("pg-immediate", load, st, " outage_s=%.1f drain_s=%.1f" % (outage_s, took))]


WA_THROTTLE = {"status": 400, "error": {"message": "(#130429) Rate limit hit",
                                        "type": "OAuthException", "code": 130429,
                                        "fbtrace_id": "AfakeTrace"}}
WA_PAIR_LIMIT = {"status": 400, "error": {"message": "(#131056) Pair rate limit hit",
                                          "type": "OAuthException", "code": 131056,
                                          "fbtrace_id": "AfakeTrace"}}
FAULT_MIX = ["429", "500", WA_THROTTLE, WA_PAIR_LIMIT, "timeout", "slow:400", "reset",
             {"status": 429, "retry_after": 1}, "503"]


def scenario_provider_faults(h, rate=150, duration=4.0, fault_every_s=0.04):
    """Provider faults mixed into the load; then one slow recipient."""
    lines = []
    h.fake_control({"clear_faults": True, "timeout_s": 3})
    load = Load(h, [h.http_port], rate=rate, duration=duration, name="faults").start()
    stop = threading.Event()

    def feeder():
        i = 0
        while not stop.is_set():
            h.fake_control({"faults": [FAULT_MIX[i % len(FAULT_MIX)]]})
            i += 1
            stop.wait(fault_every_s)
    ft = threading.Thread(target=feeder, daemon=True)
    ft.start()
    try:
        time.sleep(duration)
    finally:
        stop.set()
        ft.join()
    h.fake_control({"clear_faults": True})
    load.wait()
    took = drain(h, load, 60)
    st = verify(h, load, exact_replies=True)
    st["drain_s"] = took
    check(st["retried_rows"] > 0, "no reply needed a retry: the faults did not bite")
    # Retry-After is honoured: the next try of the same request comes >= 1 s later.
    reqs = json.loads(hreq(h.fake_port, "GET", "/_requests", timeout=60)[2])
    reqs = [r for r in reqs if load.lo <= (r.get("to") or "") <= load.hi]
    honoured = 0
    for i, r in enumerate(reqs):
        f = r.get("fault")
        if isinstance(f, dict) and f.get("retry_after"):
            nxt = next((n for n in reqs[i + 1:] if n["to"] == r["to"] and n["raw"] == r["raw"]),
                       None)
            check(nxt is not None, "a request answered 429 Retry-After was never tried again")
            check(nxt["time"] - r["time"] >= 0.9, "Retry-After: 1 ignored: tried again after "
                  "%.2f s" % (nxt["time"] - r["time"]))
            honoured += 1
    lines.append(summary("provider-faults", load, st, " faults_hit=%s retry_after_ok=%d "
                         "drain_s=%.1f" % (sum(st["faults"].values()), honoured, took)))
    h.fake_control({"timeout_s": 6})
    lines.append(slow_recipient(h))
    return lines


def slow_recipient(h, slow_ms=1500, others=20):
    """One recipient's every send takes slow_ms; the others' replies must
    arrive promptly, overtaking it."""
    load = Load(h, [h.http_port], rate=1, duration=0, contacts=others + 1, name="slow")
    slow = load.contacts[0]
    h.fake_control({"faults": ["slow:%d" % slow_ms] * 20, "to": slow})
    load.t0_wall = time.time()
    acks = {}
    for k in range(others + 1):
        to, raw = load.body(k)
        st, _, _ = hreq(h.http_port, "POST", "/webhook/whatsapp", raw,
                        {"Content-Type": "application/json", "X-Hub-Signature-256": wa_sign(raw)})
        check(st == 200, "webhook answered %d" % st)
        acks[to] = time.time()
        load.acked[load.wamid(k)] = acks[to]
        load.contact_of[load.wamid(k)] = to
        if k == 0:
            time.sleep(0.2)  # the slow send is under way before the others come
    load.total = others + 1
    drain(h, load, 30)
    h.fake_control({"clear_faults": True})
    reqs = [r for r in h.fake_requests(ok=True) if r.get("to") in acks]
    first = {}
    for r in reqs:
        first.setdefault(r["to"], r)
    check(slow in first, "the slow recipient got no reply")
    slow_done = first[slow]["time"] + slow_ms / 1000.0
    lat = sorted(first[c]["time"] - acks[c] for c in load.contacts[1:] if c in first)
    check(len(lat) == others, "%d of %d other recipients got a reply" % (len(lat), others))
    check(lat[-1] < 1.0, "the slowest other recipient waited %.2f s for its first reply "
          "(a slow conversation held up the others)" % lat[-1])
    overtook = sum(1 for c in load.contacts[1:] if first[c]["time"] < slow_done)
    check(overtook == others, "only %d of %d other replies went out while the slow one hung"
          % (overtook, others))
    st = verify(h, load)
    return ("# slow-recipient: slow_ms=%d others=%d other_first_reply_s: median=%.3f max=%.3f "
            "slow_first_reply_s=%.2f outbox=%d" % (slow_ms, others, lat[len(lat) // 2], lat[-1],
                                                  slow_done - acks[slow], st["outbox"]))


def scenario_multi(h, ndaemons=3, rate=150, duration=4.0, real_lease=False, rng=None,
                   statuses=True):
    """ndaemons daemons (the harness's and ndaemons-1 more) share the database
    and the fake; the load is spread over all; one extra is killed -9. With
    statuses, the fake posts them to the harness's daemon: a survivor
    records the dead daemon's sends."""
    rng = rng or random.Random()
    extra = []
    if statuses:
        h.fake_statuses()
    try:
        for i in range(ndaemons - 1):
            extra.append(Daemon(h, "multi%d" % (i + 1)))
        ports = [h.http_port] + [d.port for d in extra]
        load = Load(h, ports, rate=rate, duration=duration, name="multi").start()
        time.sleep(rng.uniform(0.3, 0.6) * duration)
        t_kill = time.time()
        extra[0].kill()
        t_dead = time.time()
        # The survivors' sends are done within [sender] timeout_ms (2 s in
        # the harness): rows still 'sending' 3.5 s after the kill that were
        # claimed before it, or within 0.5 s after it (a claim the dead
        # daemon had written to its socket runs in its backend all the
        # same), are the dead daemon's.
        time.sleep(3.5)
        held = (count_leased(h, claimed_before=t_dead + 0.5) if real_lease
                else expire_leases(h, claimed_before=t_dead + 0.5))
        load.wait()
        took = drain(h, load, 100 if real_lease else 30)
        st = verify(h, load, kills=[(t_kill, t_dead)],
                    logs=[h.log_path] + [d.log_path for d in extra], statuses=statuses)
        st["drain_s"] = took
        TOTALS["kills"] += 1
        TOTALS["leased_at_kill"] += held
        for d in extra[1:]:
            check(d.proc.poll() is None, "a surviving daemon exited %s" % d.proc.poll())
    finally:
        for d in extra:
            d.stop()
    return [summary("multi-daemon x%d" % ndaemons, load, st, " killed=1 statuses=%s "
                    "leased_at_kill=%d doubled=%d drain_s=%.1f"
                    % ("on" if statuses else "off", held, len(st["at_least_once"]), took))
            + "".join(" resent_row=%(row)d(%(before_kill_ms)sms)" % a
                      for a in st["at_least_once"])]
