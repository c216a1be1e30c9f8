"""Floods (issue: performance and fault tolerance): when more messages arrive
than [worker] flood_rate a second, the dialogue work is paced to
[worker] flood_pace so that acknowledging comes first; a message with crisis
words is stepped at once, before the backlog; after the flood the backlog
is worked at full speed, every message answered once. Normal traffic is
never paced (src/worker.c, "Floods")."""

import json
import re
import threading
import time

from harness import check, test, wa_payload, wa_text, wa_value, wait_until

FLOOD = ["316000030%02d" % i for i in range(1, 61)]   # 60 invented senders
CRISIS_TO = "31600003099"
MORE_MAX = 300          # posts of the background flood at most (30 s)


def metric(h, name):
    m = re.search(r"^%s(?:\{[^}]*\})? (\d+)" % name, h.metrics_text(), re.M)
    check(m, "no %s in /metrics" % name)
    return int(m.group(1))


def post_many(h, senders, text):
    """One webhook carrying a message from each sender (Meta batches too)."""
    msgs = [wa_text(to, "%s %d" % (text, i)) for i, to in enumerate(senders)]
    st, _, body = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Vloed") for to in senders],
                                                msgs)))
    check(st == 200, "webhook of %d messages answered %d: %r" % (len(msgs), st, body))


def processed(h, senders):
    """How many of these senders' messages are processed."""
    return int(h.scalar(
        "SELECT count(*) FROM message_in m JOIN contact c ON c.id = m.contact_id "
        "WHERE c.channel = 'whatsapp' AND c.address IN (%s) AND m.processed_at IS NOT NULL"
        % ",".join("'%s'" % a for a in senders)))


def check_each_answered_once(h, senders):
    """Every sender's replies all sent, each reached the fake exactly once."""
    def settled():
        rows = h.psql("SELECT c.address, count(*) FILTER (WHERE o.status IN "
                      "('held', 'queued', 'sending')), count(o.provider_id) "
                      "FROM contact c LEFT JOIN message_out o ON o.contact_id = c.id "
                      "WHERE c.channel = 'whatsapp' AND c.address IN (%s) GROUP BY c.address"
                      % ",".join("'%s'" % a for a in senders))
        if len(rows) != len(senders) or any(int(r[1]) > 0 for r in rows):
            return None
        return dict((r[0], int(r[2])) for r in rows)
    sent = wait_until(settled, "every sender's replies to be sent", timeout=30)
    reqs = h.fake_requests(ok=True)
    for to in senders:
        got = [r for r in reqs if r.get("to") == to]
        check(sent[to] >= 1, "%s got no reply" % to)
        check(len(got) == sent[to], "%s: %d replies reached the provider for %d sent rows"
              % (to, len(got), sent[to]))
        ids = [r.get("id") for r in got]
        check(len(set(ids)) == len(ids), "%s: a reply was sent twice: %r" % (to, ids))


def keep_flooding(h, stop, more):
    """Until stop is set (at most MORE_MAX posts): 5 messages from 5 new
    senders every 0.1 s, 50 a second, so the flood (flood_rate 20) lasts
    however slow the checks below are."""
    for n in range(MORE_MAX):
        if stop.wait(0.1):
            return
        senders = ["31600004%04d" % (5 * n + i) for i in range(5)]
        post_many(h, senders, "Nog een vraag (test vloed)")
        more.extend(senders)


@test
def flood_paces_the_dialogue_and_crisis_goes_first(h):
    h.daemon_restart({"PRAATPAAL_WORKER_FLOOD_RATE": "20", "PRAATPAAL_WORKER_FLOOD_PACE": "5"})
    floods0 = metric(h, "praatpaal_floods_total")
    # 60 messages in one webhook: 60 arrivals in the last second, a flood
    # at flood_rate 20, kept going in the background; then a crisis
    # message from someone else.
    post_many(h, FLOOD, "Hoi, ik heb een vraag (test vloed)")
    stop, more = threading.Event(), []
    bg = threading.Thread(target=keep_flooding, args=(h, stop, more), daemon=True)
    bg.start()
    try:
        t0 = time.monotonic()
        st, _, _ = h.post_wa(wa_payload(wa_value(
            [(CRISIS_TO, "Testpersoon Crisis")],
            [wa_text(CRISIS_TO, "ik wil niet meer leven (test vloed)")])))
        check(st == 200, "crisis webhook answered %d" % st)

        wait_until(lambda: processed(h, [CRISIS_TO]) == 1, "the crisis message to be processed",
                   timeout=10)
        done = processed(h, FLOOD)
        check(done <= 40, "the crisis message waited for %d of the 60 earlier messages; "
              "at flood_pace 5 it should have gone before nearly all of them" % done)
        check("worker flood_paced" in h.log_since_start(), "no 'worker flood_paced' log line")
        check(metric(h, "praatpaal_floods_total") == floods0 + 1,
              "praatpaal_floods_total did not grow by one")
        check(metric(h, "praatpaal_flood_paced") == 1, "praatpaal_flood_paced is not 1 while paced")
        # The pace: 5 a second (plus a bucket of one), after what was worked
        # before the flood was seen; a slower machine only does less.
        time.sleep(1.0)
        worked = processed(h, FLOOD + list(more))
        limit = done + 1 + 5 * (time.monotonic() - t0) + 5
        check(worked <= limit, "%d messages worked while paced at 5 a second, at most %.0f "
              "expected" % (worked, limit))
    finally:
        stop.set()
        bg.join(30)

    reply = wait_until(lambda: h.fake_requests(to=CRISIS_TO, ok=True) or None,
                       "the crisis reply to reach the provider", timeout=10)
    text = json.dumps([r["body"] for r in reply])
    check("113" in text and "112" in text, "crisis reply without 113 and 112: %s" % text[:300])
    row = h.psql("SELECT v.status, v.team, v.priority FROM conversation v JOIN contact c "
                 "ON c.id = v.contact_id WHERE c.address = '%s'" % CRISIS_TO)
    check(row and tuple(row[0]) == ("queued", "CIT", "10"), "crisis conversation %r" % row)

    # The flood is over one second after the last arrival: the rest goes at
    # full speed, and everyone is answered exactly once.
    t0 = time.monotonic()
    wait_until(lambda: processed(h, FLOOD) == len(FLOOD), "the backlog to be worked", timeout=20)
    check(time.monotonic() - t0 < 10, "the backlog took %.1f s after the crisis reply"
          % (time.monotonic() - t0))
    wait_until(lambda: processed(h, more) == len(more), "the background flood to be worked",
               timeout=20)
    check("worker flood_over" in h.log_since_start(), "no 'worker flood_over' log line")
    check(metric(h, "praatpaal_flood_paced") == 0, "praatpaal_flood_paced is not 0 after the flood")
    check_each_answered_once(h, FLOOD + more + [CRISIS_TO])


@test
def flood_normal_traffic_is_never_paced(h):
    # The default flood_rate (2000 a second) is twice what one number can
    # deliver: 60 messages at once are worked at full speed.
    senders = ["316000031%02d" % i for i in range(1, 61)]
    floods0 = metric(h, "praatpaal_floods_total")
    post_many(h, senders, "Hallo (test geen vloed)")
    wait_until(lambda: processed(h, senders) == len(senders), "the messages to be processed",
               timeout=10)
    check("flood_paced" not in h.log_since_start(), "normal traffic was paced")
    check(metric(h, "praatpaal_floods_total") == floods0, "a flood was counted")
    check_each_answered_once(h, senders)


@test
def flood_crisis_in_a_stored_backlog_goes_first(h):
    # A backlog the daemon did not receive itself (another daemon stored it,
    # or it was stored before a restart): only the workers' queue read finds
    # it. 300 waiting contacts, then one whose message had crisis words
    # (marked as ingest marks it); the marked one must go in the first batch.
    h.daemon_stop()
    rows = ",".join("('whatsapp', '31600005%03d', left(md5('vloed-%d'), 16), 'Testpersoon Wacht')" % (i, i)
                    for i in range(300))
    h.psql("INSERT INTO contact (channel, address, pseudonym, profile_name) VALUES %s" % rows)
    h.psql("INSERT INTO contact (channel, address, pseudonym, profile_name) VALUES "
           "('whatsapp', '31600005999', left(md5('vloed-crisis'), 16), 'Testpersoon Crisis')")
    h.psql("INSERT INTO message_in (channel, provider_id, contact_id, provider_ts, kind, body) "
           "SELECT 'whatsapp', 'wamid.BACKLOG' || id, id, now(), 'text', "
           "'Hallo, ik wacht (test achterstand)' FROM contact "
           "WHERE address LIKE '31600005%%' AND address <> '31600005999' ORDER BY id")
    h.psql("INSERT INTO message_in (channel, provider_id, contact_id, provider_ts, kind, body, "
           "urgent) SELECT 'whatsapp', 'wamid.BACKLOGCRISIS', id, now(), 'text', "
           "'ik wil niet meer leven (test achterstand)', true FROM contact "
           "WHERE address = '31600005999'")
    # Stored as another daemon would store them: queued for the workers too.
    h.psql("INSERT INTO message_in_queue (contact_id, provider_ts, id, urgent) "
           "SELECT contact_id, provider_ts, id, urgent FROM message_in WHERE provider_id LIKE 'wamid.BACKLOG%%'")
    h.daemon_start()
    backlog = ["31600005%03d" % i for i in range(300)]
    wait_until(lambda: processed(h, backlog + ["31600005999"]) == 301,
               "the stored backlog to be worked", timeout=30)
    first, crisis = h.psql(
        "SELECT min(m.processed_at) FILTER (WHERE NOT m.urgent)::text, "
        "min(m.processed_at) FILTER (WHERE m.urgent)::text FROM message_in m "
        "JOIN contact c ON c.id = m.contact_id WHERE c.address LIKE '31600005%%'")[0]
    before = int(h.scalar(
        "SELECT count(*) FROM message_in m JOIN contact c ON c.id = m.contact_id "
        "WHERE c.address LIKE '31600005%%' AND NOT m.urgent AND m.processed_at < "
        "(SELECT processed_at FROM message_in WHERE provider_id = 'wamid.BACKLOGCRISIS')"))
    check(before == 0, "%d backlog messages were worked before the crisis message "
          "(first at %s, crisis at %s)" % (before, first, crisis))
    row = h.psql("SELECT v.status, v.team, v.priority FROM conversation v JOIN contact c "
                 "ON c.id = v.contact_id WHERE c.address = '31600005999'")
    check(row and tuple(row[0]) == ("queued", "CIT", "10"), "crisis conversation %r" % row)
    check_each_answered_once(h, ["31600005999"] + backlog[:20])
