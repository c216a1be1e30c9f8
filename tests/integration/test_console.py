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
    waiting = int(h.scalar("SELECT count(*) FROM conversation WHERE status = 'queued' "
                           "AND team = 'CIT'"))
    check(q["total"] == waiting and len(q["items"]) == min(waiting, 100),
          "total %r and %d items, %d CIT chats waiting" % (q["total"], len(q["items"]), waiting))

    st, _, js = s.req("DELETE", "/session", csrf=False)
    check(st == 403, "logout without the CSRF token: %d %r" % (st, js))
    st, hd, _ = s.req("DELETE", "/session")
    check(st == 204 and "Max-Age=0" in hd.get("set-cookie", ""), "logout: %d %r" % (st, hd))
    st, _, _ = s.get("/me")
    check(st == 401, "GET /me after logout: %d" % st)
    log = h.log_since_start()
    check("staff_login login=test.cit1" in log, "no staff_login log line")
    check(PASSWORD not in log and token not in log, "a password or token in the log")


def claim_line_reached(h, to, alias, team):
    want = "Je praat nu met %s van %s." % (alias, team)
    wait_until(lambda: want in fake_texts(h, to), "%r to reach the fake for %s" % (want, to))


@test
def console_claim_race(h):
    staff_add(h, "test.race1", "counsellor", "CIT", "Ada van CIT")
    staff_add(h, "test.race2", "counsellor", "CIT", "Bo van CIT")
    a, b = Session(h, "test.race1"), Session(h, "test.race2")
    to = "31600000711"
    conv = queue_crisis(h, to)
    results = {}
    go = threading.Barrier(2)

    def claim(name, s):
        go.wait()
        results[name] = s.post("/conversations/%d/claim" % conv)
    ts = [threading.Thread(target=claim, args=(n, s)) for n, s in (("a", a), ("b", b))]
    for t in ts:
        t.start()
    for t in ts:
        t.join(60)
    codes = sorted(r[0] for r in results.values())
    check(codes == [200, 409], "two claims at once answered %r: %r" % (codes, results))
    win = [n for n, r in results.items() if r[0] == 200][0]
    lose = results["b" if win == "a" else "a"]
    alias = {"a": "Ada van CIT", "b": "Bo van CIT"}[win]
    check(lose[2]["error"] == "already taken by %s" % alias, "loser's error %r" % lose[2])
    conv_js = results[win][2]
    check(conv_js["status"] == "assigned" and conv_js["assigned_to"]["alias"] == alias and
          conv_js["id"] == conv, "claimed CONV %r" % conv_js)
    check(h.scalar("SELECT count(*) FROM queue_wait WHERE team = 'CIT' AND claimed_at > "
                   "now() - interval '1 minute'") >= "1", "no queue_wait row")
    check(h.scalar("SELECT count(*) FROM audit WHERE action = 'claim' AND conversation_id = %d"
                   % conv) == "1", "claim audit rows != 1")
    claim_line_reached(h, to, alias, "CIT")
    # Claimed again: 409 naming the holder; nothing changed.
    st, _, js = (b if win == "a" else a).post("/conversations/%d/claim" % conv)
    check(st == 409 and alias in js["error"], "second claim: %d %r" % (st, js))
    check("console_claim conv=" in h.log_since_start(), "no console_claim log line")


@test
def console_max_chats_and_next(h):
    staff_add(h, "test.max1", "counsellor", "CIT", "Max van CIT")
    s = Session(h, "test.max1")
    convs = [queue_crisis(h, "3160000072%d" % i) for i in range(4)]
    got = []
    for i in range(3):
        st, _, js = s.post("/queue/next")
        check(st == 200 and js["status"] == "assigned", "queue/next %d: %d %r" % (i, st, js))
        got.append(js["id"])
    check(len(set(got)) == 3, "queue/next gave %r" % got)
    st, _, js = s.post("/queue/next")
    check(st == 409 and js["error"] == "you already have 3 chats (max_chats)",
          "a fourth queue/next: %d %r" % (st, js))
    left = [c for c in convs if c not in got]
    if left:
        st, _, js = s.post("/conversations/%d/claim" % left[0])
        check(st == 409 and "max_chats" in js["error"], "a fourth claim: %d %r" % (st, js))
        check(h.scalar("SELECT status FROM conversation WHERE id = %d" % left[0]) == "queued",
              "the refused claim changed the chat")
    st, _, mine = s.get("/conversations")
    check(st == 200 and sorted(c["id"] for c in mine["items"]) == sorted(got),
          "GET /conversations %r, expected %r" % (mine, got))


@test
def console_queue_next_concurrent(h):
    n = 5
    for i in range(n):
        staff_add(h, "test.next%d" % i, "counsellor", "CIT", "Next %d van CIT" % i)
    sessions = [Session(h, "test.next%d" % i) for i in range(n)]
    for i in range(n):
        queue_crisis(h, "3160000073%d" % i)
    waiting = int(h.scalar("SELECT count(*) FROM conversation WHERE status = 'queued' "
                           "AND team = 'CIT'"))
    results = [None] * n
    go = threading.Barrier(n)

    def nxt(i):
        go.wait()
        results[i] = sessions[i].post("/queue/next")
    ts = [threading.Thread(target=nxt, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(60)
    codes = [r[0] for r in results]
    check(codes == [200] * n, "queue/next from %d counsellors at once: %r" % (n, results))
    ids = [r[2]["id"] for r in results]
    check(len(set(ids)) == n, "a chat claimed twice: %r" % ids)
    for i, r in enumerate(results):
        check(r[2]["assigned_to"]["alias"] == "Next %d van CIT" % i, "holder %r" % r[2])
    check(int(h.scalar("SELECT count(*) FROM conversation WHERE status = 'queued' "
                       "AND team = 'CIT'")) == waiting - n, "queue did not shrink by %d" % n)
    dup = h.scalar("SELECT count(*) FROM (SELECT conversation_id FROM audit WHERE action = "
                   "'claim' GROUP BY 1 HAVING count(*) > 1) d")
    check(dup == "0", "%s chats have more than one claim" % dup)


@test
def console_reply_release_close(h):
    staff_add(h, "test.reply1", "counsellor", "CIT", "Rik van CIT")
    s = Session(h, "test.reply1")
    to = "31600000741"
    conv = queue_crisis(h, to)
    st, _, js = s.post("/conversations/%d/messages" % conv, {"text": "hallo"})
    check(st == 409, "a reply before the claim: %d %r" % (st, js))
    st, _, js = s.post("/conversations/%d/claim" % conv)
    check(st == 200, "claim: %d %r" % (st, js))
    claim_line_reached(h, to, "Rik van CIT", "CIT")
    hostile = "<script>alert('x')</script> & <img src=x onerror=alert(1)> \"quoted\""
    SECRETS_USED.add(hostile)
    before = len(h.fake_requests(to=to, ok=True))
    st, _, js = s.post("/conversations/%d/messages" % conv, {"text": hostile})
    check(st == 202 and js["status"] == "queued" and js["id"].startswith("out-"),
          "reply: %d %r" % (st, js))
    out_id = int(js["id"][4:])
    reqs = wait_until(lambda: [r for r in h.fake_requests(to=to, ok=True)[before:]
                               if wa_text_of(r["body"]) == hostile] or None,
                      "the reply to reach the fake WhatsApp API")
    check_wa_reply(reqs[0], to)
    check(h.scalar("SELECT staff_id FROM message_out WHERE id = %d" % out_id) ==
          h.scalar("SELECT id FROM staff WHERE login = 'test.reply1'"), "staff_id not set")
    wait_until(lambda: h.scalar("SELECT status FROM message_out WHERE id = %d" % out_id)
               in ("sent", "delivered", "read"), "the reply to be sent")
    st, _, page = s.get("/conversations/%d/messages?limit=200" % conv)
    check(st == 200, "messages: %d %r" % (st, page))
    mine = [m for m in page["items"] if m["id"] == "out-%d" % out_id]
    check(mine and mine[0]["text"] == hostile and mine[0]["sender"] == "counsellor" and
          mine[0]["alias"] == "Rik van CIT" and mine[0]["direction"] == "out",
          "the reply in the transcript %r" % mine)
    youth = [m for m in page["items"] if m["direction"] == "in"]
    check(youth and youth[0]["text"] == CRISIS and youth[0]["sender"] == "youth",
          "the youth's message in the transcript %r" % youth)
    check(page["items"][0]["direction"] == "in", "transcript not oldest first")
    st, _, p1 = s.get("/conversations/%d/messages?limit=1" % conv)
    check(st == 200 and len(p1["items"]) == 1 and p1["next"], "page of 1: %r" % p1)
    st, _, p2 = s.get("/conversations/%d/messages?limit=1&before=%s" % (conv, p1["next"]))
    check(st == 200 and len(p2["items"]) == 1 and p2["items"][0]["id"] != p1["items"][0]["id"],
          "older page: %r" % p2)
    reads = h.psql("SELECT reason FROM audit WHERE action = 'read' AND conversation_id = %d "
                   "AND staff_id = (SELECT id FROM staff WHERE login = 'test.reply1')" % conv)
    check(reads and all(r[0] == "claimed" for r in reads), "audit of reads %r" % reads)
    check(hostile not in h.log_since_start(), "the reply's text is in the log")

    # Notes: kept, never sent.
    n_before = len(h.fake_requests(to=to))
    st, _, js = s.post("/conversations/%d/notes" % conv, {"text": "Belt morgen terug <b>"})
    check(st == 201 and js["id"] > 0, "note: %d %r" % (st, js))
    st, _, notes = s.get("/conversations/%d/notes" % conv)
    check(notes["items"][-1]["text"] == "Belt morgen terug <b>" and
          notes["items"][-1]["alias"] == "Rik van CIT", "notes %r" % notes)

    # Outside the 24-hour window: refused with the template, nothing queued.
    cid = int(h.contact_id("whatsapp", to))
    h.psql("UPDATE message_in SET provider_ts = now() - interval '25 hours' "
           "WHERE contact_id = %d" % cid)
    rows = len(h.out_rows("whatsapp", to))
    st, _, js = s.post("/conversations/%d/messages" % conv, {"text": "ben je er nog?"})
    check(st == 422 and js == {"error": "outside WhatsApp's 24-hour window",
                               "template": "praatpaal_terugbellen"},
          "a reply outside the window: %d %r" % (st, js))
    check(len(h.out_rows("whatsapp", to)) == rows, "the refused reply reached the outbox")
    check(len(h.fake_requests(to=to)) == n_before, "a note or refused reply was sent")

    # While assigned the bot is silent; after release it answers again.
    h.psql("UPDATE message_in SET provider_ts = now() WHERE contact_id = %d" % cid)
    before = len(h.fake_requests(to=to, ok=True))
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Console")],
                                             [wa_text(to, "hallo? is er iemand")])))
    check(st == 200, "webhook %d" % st)
    wait_until(lambda: h.scalar("SELECT count(*) FROM message_in WHERE contact_id = %d "
                                "AND processed_at IS NULL" % cid) == "0", "the message stepped")
    time.sleep(SETTLE_S)
    check(len(h.fake_requests(to=to, ok=True)) == before,
          "the bot answered while a counsellor holds the chat")
    st, _, js = s.post("/conversations/%d/release" % conv)
    check(st == 200 and js["status"] == "bot" and js["assigned_to"] is None,
          "release: %d %r" % (st, js))
    wait_until(lambda: any("Bedankt voor je gesprek met CIT" in t for t in fake_texts(h, to)),
               "the closing line after release")
    before = len(h.fake_requests(to=to, ok=True))
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Console")],
                                             [wa_text(to, "hoi daar weer")])))
    wait_until(lambda: len(h.fake_requests(to=to, ok=True)) > before,
               "the bot to answer after release")
    check(h.scalar("SELECT status FROM conversation WHERE id = %d" % conv) == "bot",
          "status after the bot's answer")
    check(h.scalar("SELECT count(*) FROM audit WHERE action = 'release' AND "
                   "conversation_id = %d" % conv) == "1", "no release audit row")


@test
def console_close_and_transfer(h):
    staff_add(h, "test.close1", "counsellor", "CIT,JIP", "Kim van CIT")
    staff_add(h, "test.jitonly", "counsellor", "JIT", "Jet van JIT")
    s = Session(h, "test.close1")
    to = "31600000751"
    conv = queue_crisis(h, to)
    check(s.post("/conversations/%d/claim" % conv)[0] == 200, "claim")
    st, _, js = s.post("/conversations/%d/close" % conv, {"outcome": "weet ik veel"})
    check(st == 422 and "helped" in js["error"] and "helped" in js["allowed"],
          "unknown outcome: %d %r" % (st, js))
    st, _, js = s.post("/conversations/%d/transfer" % conv, {"team": "XYZ"})
    check(st == 422 and "team" in js["error"], "unknown team: %d %r" % (st, js))
    check(h.scalar("SELECT status FROM conversation WHERE id = %d" % conv) == "assigned",
          "a refused request changed the chat")
    # Transfer to JIT with a note: back in JIT's queue; I no longer reach it.
    st, _, js = s.post("/conversations/%d/transfer" % conv,
                       {"team": "JIT", "note": "Liever iemand van JIT"})
    check(st == 200 and js["status"] == "queued" and js["team"] == "JIT" and
          js["assigned_to"] is None, "transfer: %d %r" % (st, js))
    check(h.scalar("SELECT body FROM note WHERE conversation_id = %d ORDER BY id DESC LIMIT 1"
                   % conv) == "Liever iemand van JIT", "the transfer note was not saved")
    jit = Session(h, "test.jitonly")
    st, _, q = jit.get("/queue")
    check(any(i["id"] == conv for i in q["items"]), "not in JIT's queue after transfer")
    st, _, js = s.get("/conversations/%d" % conv)
    check(st == 403, "the CIT counsellor still reaches the transferred chat: %d" % st)
    st, _, js = jit.post("/conversations/%d/claim" % conv)
    check(st == 200, "JIT claim: %d %r" % (st, js))
    st, _, js = jit.post("/conversations/%d/close" % conv, {"outcome": "helped"})
    check(st == 200 and js["status"] == "closed" and js["outcome"] == "helped",
          "close: %d %r" % (st, js))
    check(h.scalar("SELECT closed_at IS NOT NULL FROM conversation WHERE id = %d" % conv) == "t",
          "closed_at not set")
    wait_until(lambda: any("Dit gesprek is afgesloten" in t for t in fake_texts(h, to)),
               "the closing line")
    st, _, js = jit.post("/conversations/%d/close" % conv, {"outcome": "helped"})
    check(st == 409, "closing twice: %d %r" % (st, js))
    # The next message starts afresh with the bot.
    before = len(h.fake_requests(to=to, ok=True))
    h.post_wa(wa_payload(wa_value([(to, "Testpersoon Console")], [wa_text(to, "hoi nog een keer")])))
    wait_until(lambda: len(h.fake_requests(to=to, ok=True)) > before, "the bot after close")
    cid = int(h.contact_id("whatsapp", to))
    check(h.scalar("SELECT count(*) FROM conversation WHERE contact_id = %d AND status = 'bot'"
                   % cid) == "1", "no new bot conversation after close")


@test
def console_sessions_csrf_slowing(h):
    staff_add(h, "test.sess1", "counsellor", "CIT", "Sessie van CIT")
    staff_add(h, "test.sess2", "counsellor", "JIP", "Tweede van JIP")
    to = "31600000761"
    conv = queue_crisis(h, to)
    s = Session(h, "test.sess1")
    for hdr in ({}, {"X-CSRF-Token": "0" * 64}):
        st, _, js = s.req("POST", "/conversations/%d/claim" % conv, {}, csrf=False,
                          headers=hdr)
        check(st == 403 and "CSRF" in js["error"], "claim with CSRF %r: %d %r" % (hdr, st, js))
    check(h.scalar("SELECT status FROM conversation WHERE id = %d" % conv) == "queued",
          "a claim without the CSRF token changed the chat")
    # Idle past [console] session_idle (30 min), or older than session_max (8 h).
    token = s.cookie.split("=", 1)[1]
    h.psql("UPDATE staff_session SET last_seen_at = now() - interval '31 minutes' "
           "WHERE token_hash = sha256('%s'::bytea)" % token)
    check(s.get("/me")[0] == 401, "an idle session still works")
    s2 = Session(h, "test.sess1")
    check(s2.get("/me")[0] == 200, "a fresh session")
    token2 = s2.cookie.split("=", 1)[1]
    h.psql("UPDATE staff_session SET created_at = now() - interval '9 hours' "
           "WHERE token_hash = sha256('%s'::bytea)" % token2)
    check(s2.get("/me")[0] == 401, "a session past session_max still works")
    bad = Session(h)
    check(bad.req("GET", "/me", headers={"Cookie": "pp_session=zz"})[0] == 401, "bad cookie")
    # Failed logins are slowed: the sixth try waits, even with the right password.
    for i in range(5):
        st, _, _ = Session(h).login("test.sess1", "niet-het-goede-%d" % i)
        check(st == 401, "failure %d answered %d" % (i, st))
    st, hd, js = Session(h).login("test.sess1", PASSWORD)
    check(st == 429 and int(hd.get("retry-after", "0")) > 0 and js["retry_after"] > 0 and
          "error" in js, "a slowed login: %d %r %r" % (st, hd, js))
    st, _, _ = Session(h).login("test.sess2", PASSWORD)
    check(st == 200, "another login is not slowed: %d" % st)


@test
def console_bad_requests(h):
    staff_add(h, "test.bad1", "counsellor", "CIT", "Fout van CIT")
    s = Session(h, "test.bad1")
    conv = queue_crisis(h, "31600000771")
    check(s.post("/conversations/%d/claim" % conv)[0] == 200, "claim")
    p = "/conversations/%d/messages" % conv
    rows = int(h.scalar("SELECT count(*) FROM message_out WHERE conversation_id = %d" % conv))
    cases = [
        (dict(raw=b"{not json"), 400, "not JSON"),
        (dict(raw=b"[1,2]"), 400, "JSON object"),
        (dict(body={}), 400, '"text" is missing'),
        (dict(body={"text": ""}), 400, '"text" is empty'),
        (dict(body={"text": 12}), 400, '"text" must be a string'),
        (dict(body={"text": "x" * 4097}), 400, "longer than 4096"),
        (dict(body={"text": "a\u0000b"}), 400, "NUL"),
        (dict(raw=b'{"text":' + b"[" * 20 + b"]" * 20 + b"}"), 400, "nests deeper"),
        (dict(raw=b'{"text":"hoi"}', headers={"Content-Type": "text/plain"}), 415,
         "content type"),
        (dict(raw=b'{"text":"' + b"x" * 70000 + b'"}'), 413, "larger than"),
    ]
    for kw, want, frag in cases:
        st, _, js = s.req("POST", p, **kw)
        check(st == want and frag in (js or {}).get("error", ""),
              "%r: %d %r, expected %d with %r" % (str(kw)[:80], st, js, want, frag))
    check(int(h.scalar("SELECT count(*) FROM message_out WHERE conversation_id = %d" % conv))
          == rows, "a bad request reached the outbox")
    for method, path, want in (("GET", "/nothing", 404), ("PUT", "/queue", 405),
                               ("GET", "/conversations/abc", 404),
                               ("GET", "/conversations/99999999", 404),
                               ("GET", "/conversations?status=weird", 400),
                               ("GET", p + "?limit=0", 400),
                               ("GET", p + "?before=garbage", 400)):
        st, hd, js = s.req(method, path)
        check(st == want and "error" in js, "%s %s: %d %r" % (method, path, st, js))
        if want == 405:
            check(hd.get("allow") == "GET", "Allow %r" % hd.get("allow"))
    check('route="api"' in h.metrics_text(), "no api route in /metrics")


ROLES = ("none", "counsellor", "supervisor", "researcher", "admin")


@test
def console_role_matrix(h):
    """Every endpoint under every role: allowed, forbidden, not found, printed."""
    logins = {"counsellor": ("test.mx.c", "counsellor", "JIT"),
              "supervisor": ("test.mx.s", "supervisor", None),
              "researcher": ("test.mx.r", "researcher", None),
              "admin": ("test.mx.a", "admin", None)}
    sessions = {"none": Session(h)}
    for role, (login, r, teams) in logins.items():
        staff_add(h, login, r, teams, "Matrix %s" % role)
        sessions[role] = Session(h, login)
    cit = queue_crisis(h, "31600000781")    # of a team the counsellor (JIT) is not in
    missing = 999999999
    eps = [("GET", "/me", None), ("GET", "/queue", None), ("GET", "/conversations", None),
           ("GET", "/canned", None), ("GET", "/stats", None), ("GET", "/audit", None)]
    for cv, tag in ((cit, "other team"), (missing, "missing")):
        for m, sub, body in (("GET", "", None), ("GET", "/messages", None),
                             ("POST", "/messages", {"text": "hoi"}), ("GET", "/notes", None),
                             ("POST", "/notes", {"text": "notitie"}), ("POST", "/claim", {}),
                             ("POST", "/transfer", {"team": "JIP"}), ("POST", "/release", {}),
                             ("POST", "/close", {"outcome": "helped"})):
            eps.append((m, "/conversations/%d%s" % (cv, sub), body, tag))
    eps.append(("POST", "/queue/next", {}))
    eps.append(("DELETE", "/session", None))

    def verdict(st, path):
        if path == "/queue/next" and st == 404:
            return "allowed"    # past the checks: no chat waits for the teams
        return {401: "no session", 403: "forbidden", 404: "not found"}.get(
            st, "allowed" if st < 500 else "ERROR %d" % st)

    def expected(role, ep):
        m, path = ep[0], ep[1]
        tag = ep[3] if len(ep) > 3 else None
        if role == "none":
            return "no session"
        if path in ("/me", "/session"):
            return "allowed"
        if path in ("/stats", "/audit"):
            return "allowed" if role in ("supervisor", "admin") else "forbidden"
        if role in ("researcher", "admin"):
            return "forbidden"
        if tag == "missing":
            return "not found"
        if tag == "other team" and role == "counsellor":
            return "forbidden"
        return "allowed"

    table, bad = [], []
    for ep in eps:
        row = []
        for role in ROLES:
            if ep[1] == "/session" and role != "none":
                continue
            st, _, js = sessions[role].req(ep[0], ep[1], ep[2])
            got, want = verdict(st, ep[1]), expected(role, ep)
            row.append("%s %d" % (got, st))
            if got != want:
                bad.append("%s %s as %s: %s (%d %r), expected %s"
                           % (ep[0], ep[1], role, got, st, js, want))
        table.append((ep[0] + " " + ep[1].replace(str(cit), "{cit}")
                      .replace(str(missing), "{missing}"), row))
    print("    %-40s %s" % ("endpoint", " | ".join("%-14s" % r for r in ROLES)))
    for name, row in table:
        print("    %-40s %s" % (name, " | ".join("%-14s" % c for c in row)))
    check(not bad, "role matrix:\n      " + "\n      ".join(bad))
    # The supervisor read the CIT chat: audited as supervising.
    check(h.scalar("SELECT count(*) FROM audit WHERE action = 'read' AND conversation_id = %d "
                   "AND reason = 'supervising'" % cit) >= "1", "no 'supervising' audit row")
    st, _, js = sessions["admin"].get("/audit?limit=5")
    check(st == 200 and len(js["items"]) == 5 and js["next"], "audit page %r" % js)
    st, _, js = sessions["supervisor"].get("/stats")
    check(st == 200 and "CIT" in js["today"]["by_team"] and
          js["today"]["crisis"]["count"] >= 1, "stats %r" % js)
    st, _, js = sessions["counsellor"].get("/canned")
    check(st == 200 and js["items"] and all(i["team"] == "JIT" for i in js["items"]) and
          all(set(i["text"]) == {"nl", "en"} for i in js["items"]), "canned %r" % js)


@test
def console_staff_cli(h):
    rc, out = staff_cli(h, ["add", "test.cli1", "--role", "boss"], PASSWORD + "\n")
    check(rc == 1 and "unknown role" in out, "unknown role: %d %r" % (rc, out))
    rc, out = staff_cli(h, ["add", "test.cli1", "--role", "counsellor"], PASSWORD + "\n")
    check(rc == 1 and "--teams" in out, "a counsellor without teams: %d %r" % (rc, out))
    rc, out = staff_cli(h, ["add", "test.cli1", "--role", "counsellor", "--teams", "JIP"],
                        "kort\n")
    check(rc == 1 and "at least 10" in out, "a short password: %d %r" % (rc, out))
    rc, out = staff_cli(h, ["add", "test.cli1", "--role", "counsellor", "--teams", "JIP"],
                        "Wachtwoord123\n")
    check(rc == 1 and "common" in out, "a common password: %d %r" % (rc, out))
    check(h.scalar("SELECT count(*) FROM staff WHERE login = 'test.cli1'") == "0",
          "a refused add made an account")
    rc, out = staff_cli(h, ["add", "test.cli1", "--role", "counsellor", "--teams", "JIP,CIT",
                            "--alias", "Lotte van JIP"], PASSWORD + "\n")
    check(rc == 0, "add: %d %r" % (rc, out))
    check(h.scalar("SELECT password_hash LIKE '$argon2id$%' FROM staff WHERE login = "
                   "'test.cli1'") == "t", "not an argon2id hash")
    rc, out = staff_cli(h, ["add", "test.cli1", "--role", "admin"], PASSWORD + "\n")
    check(rc == 1 and "exists" in out, "a second add: %d %r" % (rc, out))
    rc, out = staff_cli(h, ["list"])
    line = [ln for ln in out.splitlines() if ln.startswith("test.cli1 ")]
    check(rc == 0 and line and "JIP,CIT" in line[0] and "Lotte van JIP" in line[0] and
          "enabled" in line[0], "list: %d %r" % (rc, out))
    check(PASSWORD not in out, "list shows a password")
    s = Session(h, "test.cli1")
    rc, out = staff_cli(h, ["disable", "test.cli1"])
    check(rc == 0 and s.get("/me")[0] == 401, "disable: %d %r" % (rc, out))
    check(Session(h).login("test.cli1", PASSWORD)[0] == 401, "a disabled account logs in")
    check(staff_cli(h, ["enable", "test.cli1"])[0] == 0, "enable")
    rc, out = staff_cli(h, ["teams", "test.cli1", "JIT"])
    check(rc == 0, "teams: %d %r" % (rc, out))
    s = Session(h, "test.cli1")
    check(s.staff["teams"] == ["JIT"], "teams after `staff teams`: %r" % s.staff)
    new = "een-ander-lang-wachtwoord-8"
    SECRETS_USED.add(new)
    rc, out = staff_cli(h, ["passwd", "test.cli1"], new + "\n")
    check(rc == 0 and s.get("/me")[0] == 401, "passwd ends sessions: %d %r" % (rc, out))
    Session(h, "test.cli1", new)
    rc, out = staff_cli(h, ["frobnicate"])
    check(rc == 2 and "usage" in out, "unknown subcommand: %d %r" % (rc, out))
    check(h.scalar("SELECT count(*) FROM audit WHERE action LIKE 'staff_%%' AND "
                   "detail ->> 'login' = 'test.cli1'") >= "5", "staff changes not audited")
