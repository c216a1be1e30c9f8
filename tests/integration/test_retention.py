"""Conversations close on their own, retention and erasure (issue 14
items 2, 8, 9, 10): the sweeper inside `serve`, `praatpaal purge
[--dry-run]`, `praatpaal erase --pseudonym`, POST /api/v1/erasure, a
confirmed "verwijder" in chat carried out by the erasure job, and a whole
conversation suite whose numbers, names and sentences never reach the log
or /metrics. Numbers 31600067001 ... are this module's.
"""

import json
import time

from harness import *  # noqa: F401,F403
from harness import SECRETS_USED  # noqa: F401
from test_console import PASSWORD, Session, queue_crisis, staff_add  # noqa: F401
from test_dialogue import expect, say, start, tap

API = "/api/v1"
# The jobs every second, queued chats close after a minute unchanged.
FAST = {"PRAATPAAL_PRIVACY_JOBS_INTERVAL": "1", "PRAATPAAL_PRIVACY_CLOSE_QUEUED_AFTER": "60",
        "PRAATPAAL_PRIVACY_CLOSE_ASSIGNED_AFTER": "60"}

# Rows of one contact, by table.
PER_CONTACT = {
    "contact": "SELECT count(*) FROM contact WHERE id = {cid}",
    "conversation": "SELECT count(*) FROM conversation WHERE contact_id = {cid}",
    "message_in": "SELECT count(*) FROM message_in WHERE contact_id = {cid}",
    "message_out": "SELECT count(*) FROM message_out WHERE contact_id = {cid}",
    "research_conversation": "SELECT count(*) FROM research_conversation WHERE contact_id = {cid}",
}


def rows_of(h, cid):
    return {t: int(h.scalar(q.format(cid=cid))) for t, q in PER_CONTACT.items()}


def chat(h, to, text="hoi"):
    """A first message, answered; the contact id and its open conversation id."""
    start(h, to, text)
    cid = h.contact_id("whatsapp", to)
    conv = int(h.scalar("SELECT id FROM conversation WHERE contact_id = %s AND status <> 'closed'"
                        % cid))
    return cid, conv


def fake_copy(h, cid, conv):
    """A research copy of the contact's conversation (as p4-research's job writes it),
    with the consent the database requires for it."""
    h.psql("INSERT INTO research_consent (contact_id, purpose, granted, text_version) "
           "VALUES (%s, 'chats', true, 'test') ON CONFLICT DO NOTHING" % cid)
    h.psql("INSERT INTO research_conversation (conversation_id, contact_id, day, route) "
           "VALUES (%d, %s, current_date, 'bot') ON CONFLICT DO NOTHING" % (conv, cid))


def cli(h, args):
    return h.run_bin(args)


@test
def retention_sweeper_closes_idle_chats(h):
    h.daemon_restart(FAST)
    idle_id, idle = chat(h, "31600067001")
    fresh_id, fresh = chat(h, "31600067002")
    queued = queue_crisis(h, "31600067003")
    young_q = queue_crisis(h, "31600067004")
    # Idle past the flow's expiry (at most a week) / past close_queued_after.
    h.psql("UPDATE conversation SET updated_at = now() - interval '8 days' WHERE id = %d" % idle)
    h.psql("UPDATE conversation SET updated_at = now() - interval '2 minutes' WHERE id = %d"
           % queued)
    wait_until(lambda: h.scalar("SELECT count(*) FROM conversation WHERE id IN (%d, %d) AND "
                                "status = 'closed' AND outcome = 'expired'" % (idle, queued))
               == "2", "the sweeper to close the idle chats")
    st = h.psql("SELECT id, status FROM conversation WHERE id IN (%d, %d) ORDER BY id"
                % (fresh, young_q))
    check(all(r[1] != "closed" for r in st), "a chat in use was closed: %r" % st)
    audit = h.psql("SELECT detail::text FROM audit WHERE action = 'close' AND conversation_id = %d"
                   % queued)
    check(audit and json.loads(audit[0][0]) == {"outcome": "expired"}, "audit %r" % audit)
    check("privacy_sweep closed=" in h.log_since_start(), "no privacy_sweep log line")
    # The young person writes again: a new conversation, answered.
    say(h, "31600067001", "hallo daar weer (test retentie een)")
    check(h.scalar("SELECT count(*) FROM conversation WHERE contact_id = %s" % idle_id) == "2",
          "no new conversation after the sweep")


@test
def retention_purge_dry_run_and_purge(h):
    h.daemon_restart()
    old_id, old = chat(h, "31600067011", "hoi (test retentie oud)")
    q_id = h.contact_id("whatsapp", "31600067012") or 0
    qconv = queue_crisis(h, "31600067012")
    q_id = h.contact_id("whatsapp", "31600067012")
    new_id, new = chat(h, "31600067013", "hoi (test retentie nieuw)")
    h.psql("UPDATE conversation SET status = 'closed', closed_at = now() - interval '200 days' "
           "WHERE id = %d" % old)
    h.psql("UPDATE contact SET created_at = now() - interval '200 days' WHERE id IN (%s, %s)"
           % (old_id, q_id))
    h.psql("UPDATE message_in SET received_at = now() - interval '200 days' "
           "WHERE contact_id IN (%s, %s)" % (old_id, q_id))
    h.psql("UPDATE conversation SET created_at = now() - interval '200 days', "
           "updated_at = now() - interval '200 days' WHERE id = %d" % qconv)
    fake_copy(h, old_id, old)
    before_old, before_q, before_new = rows_of(h, old_id), rows_of(h, q_id), rows_of(h, new_id)
    check(before_old["message_in"] > 0 and before_old["message_out"] > 0, "no rows %r" % before_old)
    # What would go, per table, counted by the database.
    want = {
        "message_in": h.scalar("SELECT count(*) FROM message_in m JOIN conversation c "
                               "ON c.id = m.conversation_id WHERE c.status = 'closed' AND "
                               "c.closed_at < now() - interval '180 days'"),
        "message_out": h.scalar("SELECT count(*) FROM message_out m JOIN conversation c "
                                "ON c.id = m.conversation_id WHERE c.status = 'closed' AND "
                                "c.closed_at < now() - interval '180 days'"),
        "conversation": h.scalar("SELECT count(*) FROM conversation WHERE status = 'closed' "
                                 "AND closed_at < now() - interval '180 days'"),
    }
    rc, out = cli(h, ["purge", "--dry-run"])
    check(rc == 0, "purge --dry-run exited %d: %s" % (rc, out))
    got = dict(line.split("\t") for line in out.splitlines() if "\t" in line)
    for t, n in want.items():
        check(got.get(t) == n, "dry run %s: %r, expected %s (%s)" % (t, got.get(t), n, out))
    check(int(got["contact"]) >= 1, "dry run: no contact would go: %s" % out)
    check(rows_of(h, old_id) == before_old, "the dry run removed rows")
    rc, out = cli(h, ["purge", "--bogus"])
    check(rc == 2 and "--bogus" in out, "purge --bogus: %d %s" % (rc, out))

    rc, out = cli(h, ["purge"])
    check(rc == 0 and out.startswith("removed"), "purge exited %d: %s" % (rc, out))
    after = rows_of(h, old_id)
    check(after["contact"] == 0 and after["conversation"] == 0 and after["message_in"] == 0
          and after["message_out"] == 0, "old rows left: %r" % after)
    check(after["research_conversation"] == 1, "the research copy went with retention")
    check(rows_of(h, q_id) == before_q, "purge touched a queued chat: %r -> %r"
          % (before_q, rows_of(h, q_id)))
    check(rows_of(h, new_id) == before_new, "purge touched an open chat")
    h.psql("DELETE FROM research_conversation WHERE contact_id = %s" % old_id)


@test
def retention_purge_paces_itself(h):
    """At most PURGE_MSGS_PER_S (6,000) messages and replies go a second: a
    purge of 18,000 old messages rests at least 3 s, and removes them all."""
    h.daemon_restart()
    h.psql("""
INSERT INTO contact (channel, address, pseudonym, created_at)
SELECT 'sms', '+3160006702' || g, 'pace' || g, now() - interval '400 days' FROM generate_series(1, 3) g;
INSERT INTO conversation (contact_id, status, created_at, updated_at, closed_at)
SELECT id, 'closed', now() - interval '400 days', now() - interval '400 days', now() - interval '400 days'
FROM contact WHERE pseudonym LIKE 'pace%';
INSERT INTO message_in (channel, provider_id, contact_id, conversation_id, provider_ts, kind, body,
    received_at, processed_at)
SELECT 'sms', 'pace-' || g, c.contact_id, c.id, now() - interval '400 days', 'text', 'oud bericht',
    now() - interval '400 days', now() - interval '400 days'
FROM generate_series(1, 18000) g
JOIN (SELECT v.id, v.contact_id, row_number() OVER (ORDER BY v.id) AS k FROM conversation v
      JOIN contact k ON k.id = v.contact_id WHERE k.pseudonym LIKE 'pace%') c
  ON c.k = 1 + (g - 1) / 6000;
""")
    left = "SELECT count(*) FROM message_in WHERE provider_id LIKE 'pace-%'"
    check(h.scalar(left) == "18000", "the old messages were not written")
    t0 = time.monotonic()
    rc, out = cli(h, ["purge"])
    took = time.monotonic() - t0
    check(rc == 0, "purge exited %d: %s" % (rc, out))
    check(h.scalar(left) == "0", "old messages left: %s" % h.scalar(left))
    check(took >= 2.9, "18,000 messages went in %.2f s: faster than 6,000 a second" % took)


@test
def retention_erase_by_cli(h):
    h.daemon_restart()
    to = "31600067021"
    cid, conv = chat(h, to, "hoi (test retentie wissen cli)")
    kid, _ = chat(h, "31600067022", "hoi (test retentie blijft)")
    fake_copy(h, cid, conv)
    kept = rows_of(h, kid)
    p = h.scalar("SELECT pseudonym FROM contact WHERE id = %s" % cid)
    rc, out = cli(h, ["erase", "--pseudonym", p])
    check(rc == 0 and "erased 1 contact" in out, "erase exited %d: %s" % (rc, out))
    check(all(v == 0 for v in rows_of(h, cid).values()), "rows left %r" % rows_of(h, cid))
    check(rows_of(h, kid) == kept, "another contact changed")
    done = h.psql("SELECT contact_id IS NULL, done_at IS NOT NULL FROM erasure_request "
                  "WHERE pseudonym = '%s'" % p)
    check(done == [["t", "t"]], "erasure_request %r" % done)
    audit = h.psql("SELECT detail::text FROM audit WHERE action = 'erasure' ORDER BY id DESC "
                   "LIMIT 1")
    check(audit and json.loads(audit[0][0]).get("via") == "cli", "audit %r" % audit)
    check(p not in audit[0][0] and to not in audit[0][0], "personal data in the audit")
    rc, out = cli(h, ["erase", "--pseudonym", "0000000000000000"])
    check(rc == 1 and "no contact" in out, "unknown pseudonym: %d %s" % (rc, out))
    rc, out = cli(h, ["erase"])
    check(rc == 2 and "usage" in out, "erase without pseudonym: %d %s" % (rc, out))


@test
def retention_erase_by_api(h):
    h.daemon_restart()
    staff_add(h, "test.erase.admin", "admin")
    staff_add(h, "test.erase.cit", "counsellor", "CIT", "Bo van CIT")
    admin, coun = Session(h, "test.erase.admin"), Session(h, "test.erase.cit")
    to = "31600067031"
    cid, conv = chat(h, to, "hoi (test retentie wissen api)")
    fake_copy(h, cid, conv)
    p = h.scalar("SELECT pseudonym FROM contact WHERE id = %s" % cid)
    st, _, js = coun.post("/erasure", {"pseudonym": p})
    check(st == 403, "counsellor: %d %r" % (st, js))
    check(rows_of(h, cid)["contact"] == 1, "a refused erasure removed rows")
    for body, code in (({}, 400), ({"pseudonym": 5}, 400), ({"pseudonym": ""}, 400),
                       ({"pseudonym": "x" * 200}, 400), ({"pseudonym": "nobody-here"}, 404)):
        st, _, js = admin.post("/erasure", body)
        check(st == code and isinstance(js, dict) and "error" in js,
              "%r: %d %r, expected %d" % (body, st, js, code))
    check(rows_of(h, cid)["contact"] == 1, "a bad request removed rows")
    st, _, js = admin.post("/erasure", {"pseudonym": p})
    check(st == 200 and js == {"erased": 1}, "admin: %d %r" % (st, js))
    check(all(v == 0 for v in rows_of(h, cid).values()), "rows left %r" % rows_of(h, cid))
    audit = h.psql("SELECT a.detail::text FROM audit a JOIN staff s ON s.id = a.staff_id "
                   "WHERE a.action = 'erasure' AND s.login = 'test.erase.admin'")
    check(len(audit) == 1 and json.loads(audit[0][0]).get("via") == "api", "audit %r" % audit)
    check(p not in audit[0][0], "the pseudonym is in the audit")


@test
def retention_erase_by_chat(h):
    h.daemon_restart(FAST)
    to = "31600067041"
    cid, conv = chat(h, to, "hoi (test retentie wissen chat)")
    fake_copy(h, cid, conv)
    say(h, to, "verwijder")
    # The erasure job may remove the contact's rows within milliseconds of
    # the reply (FAST): wait for the reply at the fake, not for the rows.
    before = len(h.fake_requests(to=to, ok=True))
    st, _, body = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Retentie")], [wa_text(to, "ja")])))
    check(st == 200, "webhook answered %d %r" % (st, body))
    r = wait_until(lambda: h.fake_requests(to=to, ok=True)[before:], "the confirmation at the fake")
    expect(r, "We wissen je berichten en gegevens binnen een uur", what="confirmation")
    wait_until(lambda: all(v == 0 for v in rows_of(h, cid).values()),
               "the erasure job to remove the contact")
    check(h.scalar("SELECT count(*) FROM erasure_request WHERE done_at IS NOT NULL AND "
                   "contact_id IS NULL AND requested_at > now() - interval '5 minutes'") >= "1",
          "no erasure_request marked done")
    check("privacy_erase contacts=" in h.log_since_start(), "no privacy_erase log line")


@test
def retention_nothing_personal_in_logs_or_metrics(h):
    """A whole suite: menu, question, story, crisis, handover, claim via the
    API, reply, close; then no number, name or sentence in the output."""
    h.daemon_restart(FAST)
    mark = len(h.log_text())
    secrets = set()
    names = ["Femke Testbergen", "Joris Verzonnenhuis", "Nadia El Testhoudt"]

    def talk(to, name, text, **kw):
        secrets.update([to, name, text])
        st, _, _ = h.post_wa(wa_payload(wa_value([(to, name)], [wa_text(to, text)])))
        check(st == 200, "webhook answered %d" % st)

    # Menu and a question.
    a = "31600067051"
    secrets.add(a)
    start(h, a, "hoi ik ben Femke Testbergen uit Rijswijk")
    secrets.add("hoi ik ben Femke Testbergen uit Rijswijk")
    tap(h, a, "list", "question", "Ik heb een vraag")
    q = "Mag mijn stiefvader mijn telefoon afpakken als ik vijftien ben"
    secrets.add(q)
    say(h, a, q)
    # A story.
    b = "31600067052"
    secrets.add(b)
    start(h, b, "hallo met Joris Verzonnenhuis")
    secrets.add("hallo met Joris Verzonnenhuis")
    tap(h, b, "list", "story", "Mijn ervaring vertellen", min_new=2)
    tap(h, b, "button", "youth", "Jongere")
    tap(h, b, "list", "mental_health", "GGZ (psychische hulp)")
    story = "Mijn begeleider Wim Oranjeboom belde nooit terug na de intake"
    secrets.add(story)
    say(h, b, story)
    # Crisis, handover, claim via the API, reply, close.
    c = "31600067053"
    secrets.add(c)
    conv = queue_crisis(h, c)
    staff_add(h, "test.logs.cit", "counsellor", "CIT", "Noor van CIT")
    s = Session(h, "test.logs.cit")
    st, _, js = s.post("/conversations/%d/claim" % conv)
    check(st == 200, "claim %d %r" % (st, js))
    reply = "Ik ben er voor je Nadia El Testhoudt, waar ben je nu precies"
    secrets.update([reply] + names)
    st, _, js = s.post("/conversations/%d/messages" % conv, {"text": reply})
    check(st == 202, "reply %d %r" % (st, js))
    talk(c, names[2], "ik zit bij het station Hollands Spoor op het bankje")
    wait_until(lambda: h.pending_in("whatsapp", c) == 0, "the answer to be processed")
    st, _, js = s.post("/conversations/%d/close" % conv, {"outcome": "helped"})
    check(st == 200, "close %d %r" % (st, js))
    metrics = h.metrics_text()
    out = h.log_text()[mark:]
    for sec in sorted(secrets):
        check(sec not in out, "%r is in the daemon's output" % sec)
        check(sec not in metrics, "%r is in /metrics" % sec)
    # Numbers in other spellings too.
    for n in (a, b, c):
        for form in ("+" + n, "0" + n[2:]):
            check(form not in out and form not in metrics, "%s is in the output" % form)
