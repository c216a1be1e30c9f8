"""GET /api/v1/events: the console's live events (Server-Sent Events).

Real daemons, real PostgreSQL, the fake WhatsApp API. Staff are made with
`praatpaal staff add` and log in with POST /api/v1/session; each stream is
read by a small SSE reader (a thread per stream, every wait bounded). What
is checked is what a counsellor's browser would see: which events arrive
on whose stream, with what data, after a webhook, a claim, a reply, a
delivery status, a crisis; resuming with Last-Event-ID; two daemons on one
database; and the refusals (no session, wrong role, too many streams).
"""

import http.client
import json
import os
import queue
import subprocess
import threading
import time

from harness import (BIN, TestFailure, check, free_port, hreq, test, wa_payload,  # noqa: F401
                     wa_status, wa_text, wa_value, wait_until)

PASSWORD = "lange-test-wachtzin-voor-events"
EV_WAIT_S = 10.0        # an event must arrive within this
_made = set()           # staff logins made in this run
_barriers = []          # barrier chats made (each with a contact of its own)


# ---- staff and sessions -----------------------------------------------------------

def staff(h, login, role, teams=None, alias=None):
    """Make a member of staff once (praatpaal staff add, password on stdin)."""
    if login in _made:
        return
    argv = [BIN, "-c", h.conf, "staff", "add", login, "--role", role]
    if teams:
        argv += ["--teams", teams]
    argv += ["--alias", alias or login.capitalize()]
    r = subprocess.run(argv, input=PASSWORD + "\n", capture_output=True, text=True,
                       timeout=60, env=h.env())
    check(r.returncode == 0, "staff add %s exited %d: %s" % (login, r.returncode,
                                                            (r.stdout + r.stderr).strip()))
    _made.add(login)


def login(h, name, port=None):
    """POST /api/v1/session: the session cookie's token and the CSRF token."""
    st, hd, body = hreq(port or h.http_port, "POST", "/api/v1/session",
                        json.dumps({"login": name, "password": PASSWORD}).encode(),
                        {"Content-Type": "application/json"})
    check(st == 200, "login %s answered %d: %r" % (name, st, body[:200]))
    cookie = hd.get("set-cookie", "")
    check(cookie.startswith("pp_session="), "no session cookie: %r" % cookie)
    return {"cookie": cookie.split(";")[0], "csrf": json.loads(body)["csrf"]}


def api(h, sess, method, path, obj=None, port=None):
    headers = {"Cookie": sess["cookie"], "X-CSRF-Token": sess["csrf"]}
    body = None
    if obj is not None:
        body = json.dumps(obj).encode()
        headers["Content-Type"] = "application/json"
    st, _, data = hreq(port or h.http_port, method, "/api/v1" + path, body, headers)
    return st, (json.loads(data) if data else None)


# ---- a small SSE reader ------------------------------------------------------------

class Stream:
    """One GET /api/v1/events, read on a thread into a queue of events
    ({"id", "event", "data"}; comments as {"comment"})."""

    def __init__(self, h, sess, last_id=None, port=None):
        self.conn = http.client.HTTPConnection("127.0.0.1", port or h.http_port, timeout=30)
        headers = {"Cookie": sess["cookie"], "Accept": "text/event-stream"}
        if last_id is not None:
            headers["Last-Event-ID"] = str(last_id)
        self.conn.request("GET", "/api/v1/events", headers=headers)
        self.resp = self.conn.getresponse()
        self.status = self.resp.status
        self.headers = {k.lower(): v for k, v in self.resp.getheaders()}
        self.q = queue.Queue()
        self.seen = []          # every event taken from the queue
        self.ended = threading.Event()
        if self.status == 200:
            threading.Thread(target=self._read, daemon=True).start()
        else:
            self.body = self.resp.read()

    def _read(self):
        ev = {}
        try:
            while True:
                line = self.resp.readline()
                if not line:
                    break
                line = line.decode("utf-8").rstrip("\n")
                if line == "":
                    if ev:
                        if "data" in ev:
                            ev["data"] = json.loads(ev["data"])
                        self.q.put(ev)
                    ev = {}
                elif line.startswith(":"):
                    self.q.put({"comment": line[1:].strip()})
                else:
                    k, _, v = line.partition(":")
                    ev[k] = v[1:] if v.startswith(" ") else v
        except (OSError, ValueError, http.client.HTTPException):
            pass
        self.ended.set()

    def next(self, pred, what, timeout=EV_WAIT_S):
        """The first event from now on for which pred is true (others are kept in seen)."""
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            if left <= 0:
                raise TestFailure("no %s on the stream within %.0f s; saw %r"
                                  % (what, timeout, [e.get("event") for e in self.seen][-20:]))
            try:
                ev = self.q.get(timeout=left)
            except queue.Empty:
                continue
            self.seen.append(ev)
            if "event" in ev and pred(ev):
                return ev

    def kinds_for(self, conv):
        return [e["event"] for e in self.seen
                if "event" in e and isinstance(e.get("data"), dict)
                and e["data"].get("conversation_id") == conv]

    def close(self):
        try:
            self.resp.close()
            self.conn.close()
        except OSError:
            pass


def of(kind, conv=None, **data):
    """A predicate: an event of kind, about conv, with these data values."""
    def pred(ev):
        d = ev.get("data") or {}
        return (ev.get("event") == kind and (conv is None or d.get("conversation_id") == conv)
                and all(d.get(k) == v for k, v in data.items()))
    return pred


# ---- the young person's side --------------------------------------------------------

def youth(h, to, text, port=None):
    """A WhatsApp text from to, stored (200) and processed by a worker."""
    payload = wa_payload(wa_value([(to, "Testpersoon Events")], [wa_text(to, text)]))
    raw = json.dumps(payload).encode()
    from harness import wa_sign
    st, _, _ = hreq(port or h.http_port, "POST", "/webhook/whatsapp", raw,
                    {"Content-Type": "application/json", "X-Hub-Signature-256": wa_sign(raw)})
    check(st == 200, "webhook answered %d" % st)
    wait_until(lambda: h.pending_in("whatsapp", to) == 0, "the message to be processed")


def conv_of(h, to):
    return int(h.scalar("SELECT v.id FROM conversation v JOIN contact c ON c.id = v.contact_id "
                        "WHERE c.address = '%s' ORDER BY v.id DESC LIMIT 1" % to))


def crisis_chat(h, to):
    """A fresh chat that the crisis words put in CIT's queue: its id."""
    youth(h, to, "ik wil niet meer leven")
    conv = conv_of(h, to)
    wait_until(lambda: h.scalar("SELECT status FROM conversation WHERE id = %d" % conv)
               == "queued", "the chat to be queued")
    return conv


def barrier(h, team):
    """An event for team's queue (a chat queued by hand): once a stream has
    it, every event committed before it has been sent to that stream."""
    _barriers.append(team)
    to = "316000009%02d" % len(_barriers)
    cid = h.scalar("INSERT INTO contact (channel, address, pseudonym) VALUES "
                   "('whatsapp', '%s', 'barrier') ON CONFLICT (channel, address) DO UPDATE "
                   "SET pseudonym = 'barrier' RETURNING id" % to)
    h.psql("UPDATE conversation SET status = 'closed' WHERE contact_id = %s AND status <> 'closed'"
           % cid)
    return int(h.scalar("INSERT INTO conversation (contact_id, status, team) VALUES "
                        "(%s, 'queued', '%s') RETURNING id" % (cid, team)))


def setup_staff(h):
    staff(h, "ev-cit", "counsellor", "CIT", "Robin van CIT")
    staff(h, "ev-jip", "counsellor", "JIP", "Sam van JIP")
    staff(h, "ev-sup", "supervisor", None, "Kim (supervisor)")
    staff(h, "ev-research", "researcher", None, "Onderzoek")


# ---- the tests ------------------------------------------------------------------------

@test
def events_refused_without_session_or_role(h):
    setup_staff(h)
    st, hd, body = hreq(h.http_port, "GET", "/api/v1/events")
    check(st == 401, "no session: %d, expected 401" % st)
    check("error" in json.loads(body), "401 without a JSON error: %r" % body)
    s = Stream(h, login(h, "ev-research"))
    check(s.status == 403, "researcher: %d, expected 403" % s.status)
    check("error" in json.loads(s.body), "403 without a JSON error: %r" % s.body)
    st, _, body = hreq(h.http_port, "POST", "/api/v1/events", b"{}",
                       {"Cookie": login(h, "ev-cit")["cookie"], "Content-Type": "application/json"})
    check(st in (403, 405), "POST /events: %d, expected 405 (or 403 without CSRF)" % st)
    s = Stream(h, login(h, "ev-cit"), last_id="abc")
    check(s.status == 400, "Last-Event-ID abc: %d, expected 400" % s.status)


@test
def events_queue_of_my_team_only(h):
    setup_staff(h)
    cit, jip = Stream(h, login(h, "ev-cit")), Stream(h, login(h, "ev-jip"))
    try:
        check(cit.status == 200, "stream answered %d" % cit.status)
        ct = cit.headers.get("content-type", "")
        check(ct.startswith("text/event-stream"), "Content-Type %r" % ct)
        check(cit.headers.get("cache-control") == "no-store", "Cache-Control %r"
              % cit.headers.get("cache-control"))
        check(cit.headers.get("x-accel-buffering") == "no", "no X-Accel-Buffering: no")
        conv = crisis_chat(h, "31600000801")
        ev = cit.next(of("queued", conv), "queued event for CIT's chat")
        check(ev["data"]["team"] == "CIT", "team %r" % ev["data"]["team"])
        check(int(ev["id"]) > 0, "event without an id")
        ev = cit.next(of("crisis", conv), "crisis event for CIT")
        check(ev["data"].get("category") == "suicide", "category %r" % ev["data"].get("category"))
        b = barrier(h, "JIP")
        jip.next(of("queued", b), "the JIP barrier event")
        check(conv not in [e["data"].get("conversation_id") for e in jip.seen if "data" in e],
              "a JIP counsellor saw CIT's chat: %r" % jip.kinds_for(conv))
        # The youth's message text is not on the queue events.
        check("niet meer leven" not in json.dumps(cit.seen), "message text on a queue event")
    finally:
        cit.close()
        jip.close()


def claim(h, sess, conv):
    st, body = api(h, sess, "POST", "/conversations/%d/claim" % conv, {})
    check(st == 200, "claim answered %d: %r" % (st, body))


@test
def events_my_chat_messages_status_and_crisis(h):
    setup_staff(h)
    to = "31600000802"
    sess = login(h, "ev-cit")
    s = Stream(h, sess)
    try:
        conv = crisis_chat(h, to)
        s.next(of("queued", conv), "queued event")
        claim(h, sess, conv)
        ev = s.next(of("claimed", conv), "claimed event")
        check((ev["data"].get("assigned_to") or {}).get("alias") == "Robin van CIT",
              "claimed by %r" % ev["data"].get("assigned_to"))
        # A message from the youth in my chat: with its text.
        text = "Ben je er nog? (test events een)"
        youth(h, to, text)
        ev = s.next(lambda e: of("message", conv)(e) and e["data"]["message"]["direction"] == "in",
                    "the youth's message")
        m = ev["data"]["message"]
        check(m["text"] == text and m["sender"] == "youth" and m["id"].startswith("in-"),
              "message %r" % m)
        # My reply: its delivery status as it is sent, then delivered.
        st, body = api(h, sess, "POST", "/conversations/%d/messages" % conv,
                       {"text": "Ik ben er. (test events twee)"})
        check(st == 202, "reply answered %d: %r" % (st, body))
        out = body["id"]
        ev = s.next(lambda e: of("status", conv)(e) and e["data"]["message"]["id"] == out
                    and e["data"]["message"]["status"] == "sent", "status sent of my reply")
        check(ev["data"]["message"]["sender"] == "counsellor", "sender %r"
              % ev["data"]["message"]["sender"])
        wamid = h.scalar("SELECT provider_id FROM message_out WHERE id = %s" % out[4:])
        payload = wa_payload(wa_value([], statuses=[wa_status(wamid, "delivered", to)]))
        st, _, _ = h.post_wa(payload)
        check(st == 200, "status webhook answered %d" % st)
        s.next(lambda e: of("status", conv)(e) and e["data"]["message"]["id"] == out
               and e["data"]["message"]["status"] == "delivered", "status delivered")
        # A crisis while I hold the chat.
        youth(h, to, "ik wil niet meer leven")
        ev = s.next(of("crisis", conv), "crisis while assigned")
        check(ev["data"].get("category") == "suicide", "category %r" % ev["data"].get("category"))
        check(ev["data"].get("team") == "CIT", "team %r" % ev["data"].get("team"))
    finally:
        s.close()


@test
def events_resume_with_last_event_id(h):
    setup_staff(h)
    sess = login(h, "ev-sup")
    s = Stream(h, sess)
    try:
        a = barrier(h, "JIT")
        first = s.next(of("queued", a), "first event")
    finally:
        s.close()
    missed = [barrier(h, "JIT"), barrier(h, "JIP")]
    s = Stream(h, sess, last_id=first["id"])
    try:
        last = barrier(h, "CIT")
        s.next(of("queued", last), "the event after the resume")
        got = [e["data"]["conversation_id"] for e in s.seen if e.get("event") == "queued"]
        check(got == missed + [last], "resumed with %r, expected the missed %r then %r"
              % (got, missed, last))
        check(all(e.get("event") != "reset" for e in s.seen), "a reset on a good resume")
    finally:
        s.close()
    # An id the daemon no longer has: a reset, to reload.
    s = Stream(h, sess, last_id=1)
    try:
        s.next(lambda e: e.get("event") == "reset", "a reset for an unknown id")
    finally:
        s.close()


@test
def events_two_daemons_one_database(h):
    setup_staff(h)
    port_b = free_port()
    logf = open(os.path.join(h.tmp, "daemon-b.log"), "a")
    b = subprocess.Popen([BIN, "-c", h.conf, "serve"], stdout=logf, stderr=subprocess.STDOUT,
                         env=h.env(port=port_b), start_new_session=True)
    logf.close()
    s = None
    try:
        def up():
            check(b.poll() is None, "daemon B exited %s" % b.poll())
            try:
                return hreq(port_b, "GET", "/healthz", timeout=2)[0] == 200
            except OSError:
                return False
        wait_until(up, "daemon B to answer")
        s = Stream(h, login(h, "ev-cit"))          # on daemon A
        to = "31600000803"
        youth(h, to, "ik wil niet meer leven", port=port_b)   # ingested by daemon B
        conv = conv_of(h, to)
        s.next(of("queued", conv), "daemon A's stream: the chat daemon B ingested")
    finally:
        if s:
            s.close()
        b.terminate()
        try:
            b.wait(15)
        except subprocess.TimeoutExpired:
            b.kill()
            b.wait()


@test
def events_stream_limits_and_logout(h):
    setup_staff(h)
    sess = login(h, "ev-jip")
    streams = [Stream(h, sess) for _ in range(8)]
    try:
        check(all(x.status == 200 for x in streams), "streams: %r" % [x.status for x in streams])
        extra = Stream(h, sess)
        check(extra.status == 429, "a 9th stream of one account: %d, expected 429" % extra.status)
        check("at most 8" in json.loads(extra.body)["error"], "error %r" % extra.body)
        st, _ = api(h, sess, "DELETE", "/session")
        check(st == 204, "logout answered %d" % st)
        for x in streams:
            check(x.ended.wait(EV_WAIT_S), "a stream still open %.0f s after logout" % EV_WAIT_S)
    finally:
        for x in streams:
            x.close()
