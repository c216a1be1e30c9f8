"""The counsellors' API (/api/v1, issue 12) and `praatpaal staff`.

Drives the real daemon over HTTP: staff made with the CLI (password on
stdin), sessions by cookie and CSRF token, chats queued by real webhooks
(a crisis text queues for CIT, the JIP question path for JIP), and asserts
on answers, rows, what reached the fake WhatsApp API, and the log. Every
test uses its own phone numbers (31600000701 ...) and logins.
"""

import threading

from harness import *  # noqa: F401,F403 (the harness is this suite's vocabulary)
from harness import Harness, TESTS, BIN  # noqa: F401

PASSWORD = "een-lang-testwachtwoord-7"
CRISIS = "ik wil niet meer leven"
API = "/api/v1"


# ---------------------------------------------------------------------------
# helpers

def staff_cli(h, args, stdin="", extra=None):
    """`praatpaal staff ARGS` with stdin (not a terminal): (exit status, output)."""
    r = subprocess.run([BIN, "-c", h.conf, "staff"] + args, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, timeout=60, env=h.env(extra))
    return r.returncode, r.stdout


def staff_add(h, login, role, teams=None, alias=None, password=PASSWORD):
    args = ["add", login, "--role", role]
    if teams:
        args += ["--teams", teams]
    if alias:
        args += ["--alias", alias]
    rc, out = staff_cli(h, args, password + "\n")
    check(rc == 0, "staff add %s exited %d: %s" % (login, rc, out))
    return int(h.scalar("SELECT id FROM staff WHERE login = '%s'" % login))


class Session:
    """A logged-in browser: the pp_session cookie and the CSRF token."""

    def __init__(self, h, login=None, password=PASSWORD):
        self.h = h
        self.cookie = None
        self.csrf = None
        self.staff = None
        if login is not None:
            st, hd, js = self.login(login, password)
            check(st == 200, "login %s answered %d %r" % (login, st, js))

    def login(self, login, password):
        st, hd, js = self.req("POST", "/session", {"login": login, "password": password},
                              csrf=False)
        if st == 200:
            sc = hd.get("set-cookie", "")
            self.cookie = sc.split(";")[0]
            self.csrf = js["csrf"]
            self.staff = js["staff"]
        return st, hd, js

    def req(self, method, path, body=None, csrf=True, raw=None, headers=None):
        hd = {}
        if self.cookie:
            hd["Cookie"] = self.cookie
        if csrf and self.csrf and method not in ("GET", "HEAD"):
            hd["X-CSRF-Token"] = self.csrf
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
        if data is not None:
            hd["Content-Type"] = "application/json"
        hd.update(headers or {})
        st, rh, b = hreq(self.h.http_port, method, API + path, data, hd)
        js = None
        if b:
            try:
                js = json.loads(b)
            except ValueError:
                js = b
        return st, rh, js

    def get(self, path):
        return self.req("GET", path)

    def post(self, path, body=None, **kw):
        return self.req("POST", path, body if body is not None else {}, **kw)


def queue_crisis(h, to):
    """A crisis text from a new number: the chat is queued for CIT. Its conversation id."""
    st, _, body = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Console")],
                                                [wa_text(to, CRISIS)])))
    check(st == 200, "webhook answered %d %r" % (st, body))
    SECRETS_USED.discard(CRISIS)    # a known phrase, not a secret of this test

    def queued():
        cid = h.contact_id("whatsapp", to)
        if cid is None:
            return None
        r = h.psql("SELECT id FROM conversation WHERE contact_id = %s AND status = 'queued'"
                   % cid)
        return int(r[0][0]) if r else None
    conv = wait_until(queued, "the crisis chat of %s to be queued" % to)
    # The bot's crisis replies reach the fake first.
    wait_until(lambda: h.scalar("SELECT count(*) FROM message_out WHERE conversation_id = %d "
                                "AND status IN ('held', 'queued', 'sending')" % conv) == "0",
               "the bot's crisis replies to be sent")
    return conv


def fake_texts(h, to):
    return [wa_text_of(r["body"]) for r in h.fake_requests(to=to, ok=True)]


# ---------------------------------------------------------------------------
# tests

@test
def console_login_me_queue(h):
    sid = staff_add(h, "test.cit1", "counsellor", "CIT", "Sam van CIT")
    staff_add(h, "test.jip1", "counsellor", "JIP", "Noor van JIP")
    anon = Session(h)
    st, _, js = anon.get("/me")
    check(st == 401 and "error" in js, "GET /me without a session: %d %r" % (st, js))
    for login, pw in (("test.cit1", "verkeerd-wachtwoord"), ("nobody.here", PASSWORD)):
        st, hd, js = anon.login(login, pw)
        check(st == 401 and js == {"error": "login or password is wrong"},
              "bad login %s: %d %r" % (login, st, js))
        check("set-cookie" not in hd, "a cookie for a failed login")
    s = Session(h)
    st, hd, js = s.login("test.cit1", PASSWORD)
    check(st == 200, "login answered %d %r" % (st, js))
    sc = hd.get("set-cookie", "")
    for part in ("pp_session=", "Path=/", "HttpOnly", "SameSite=Strict", "Secure"):
        check(part in sc, "Set-Cookie %r without %s" % (sc, part))
    check(len(js["csrf"]) == 64, "csrf %r" % js["csrf"])
    check(js["staff"] == {"id": sid, "login": "test.cit1", "role": "counsellor",
                          "teams": ["CIT"], "alias": "Sam van CIT"}, "staff %r" % js["staff"])
    token = s.cookie.split("=", 1)[1]
    check(h.scalar("SELECT count(*) FROM staff_session WHERE token_hash = "
                   "sha256('%s'::bytea)" % token) == "1", "session not kept as SHA-256")
    check(h.scalar("SELECT count(*) FROM staff_session WHERE encode(token_hash, 'escape') "
                   "LIKE '%%%s%%'" % token) == "0", "the token itself is stored")
    st, _, me = s.get("/me")
    check(st == 200 and me["staff"]["login"] == "test.cit1" and me["csrf"] == s.csrf,
          "GET /me: %d %r" % (st, me))
    check("helped" in me["outcomes"] and me["teams"] == ["JIP", "JIT", "CIT"], "me %r" % me)

    conv = queue_crisis(h, "31600000701")
    st, _, q = s.get("/queue")
    check(st == 200, "GET /queue: %d %r" % (st, q))
    item = [i for i in q["items"] if i["id"] == conv]
    check(item, "the crisis chat %d is not in CIT's queue %r" % (conv, q))
    it = item[0]
    check(it["team"] == "CIT" and it["crisis"] is True and it["crisis_category"] == "suicide"
          and it["channel"] == "whatsapp" and it["priority"] == 10, "queue item %r" % it)
    check(it["queued_at"].endswith("Z") and it["wait_seconds"] >= 0, "times %r" % it)
    check(0 < it["window_seconds_left"] <= 86400, "window %r" % it["window_seconds_left"])
    check(it["summary"].get("route") == "crisis", "summary %r" % it["summary"])
    st, _, q2 = Session(h, "test.jip1").get("/queue")
    check(st == 200 and all(i["id"] != conv for i in q2["items"]),
          "a JIP counsellor sees the CIT chat: %r" % q2)

    st, _, js = s.req("DELETE", "/session", csrf=False)
    check(st == 403, "logout without the CSRF token: %d %r" % (st, js))
    st, hd, _ = s.req("DELETE", "/session")
    check(st == 204 and "Max-Age=0" in hd.get("set-cookie", ""), "logout: %d %r" % (st, hd))
    st, _, _ = s.get("/me")
    check(st == 401, "GET /me after logout: %d" % st)
    log = h.log_since_start()
    check("staff_login login=test.cit1" in log, "no staff_login log line")
    check(PASSWORD not in log and token not in log, "a password or token in the log")
