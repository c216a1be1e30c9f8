"""The outbox: a contact's replies go out one at a time, in order, each once
(issue: performance and fault tolerance). Only a contact's head reply is
claimable; the replies behind it wait as 'held' and are promoted when it
is sent (migrations/0004_outbox_heads.sql)."""

import os
import subprocess
import time

from harness import check, digits, test, wa_payload, wa_status, wa_text, wa_value, wait_until

SWEEP_S = 5.0   # SENDER_REQUEUE_MS: the sweep that promotes stranded rows


def open_rows(h, cid):
    """(status, count) of the contact's unsent rows."""
    return dict((r[0], int(r[1])) for r in h.psql(
        "SELECT status, count(*) FROM message_out WHERE contact_id = %s "
        "AND status IN ('held', 'queued', 'sending') GROUP BY status" % cid))


@test
def outbox_replies_wait_behind_a_slow_head(h):
    to = "31600000901"
    # The first reply hangs at the provider for 1.2 s (under the test timeout_ms); meanwhile two more
    # messages come in, and their replies must wait behind it.
    h.fake_control({"faults": ["slow:1200"], "to": to})
    now = int(time.time())
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Eerste")],
                                             [wa_text(to, "Hoi (test outbox een)", ts=now - 2)])))
    check(st == 200, "first webhook answered %d" % st)
    cid = wait_until(lambda: h.contact_id("whatsapp", to), "the contact to be stored")
    wait_until(lambda: open_rows(h, cid).get("sending") == 1, "the first reply to be in flight")
    for i, text in enumerate(["1 (test outbox twee)", "2 (test outbox drie)"]):
        st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Eerste")],
                                                 [wa_text(to, text, ts=now - 1 + i)])))
        check(st == 200, "webhook %d answered %d" % (i + 2, st))
    wait_until(lambda: h.pending_in("whatsapp", to) == 0, "the messages to be processed")
    rows = open_rows(h, cid)
    check(rows.get("sending", 0) + rows.get("queued", 0) == 1,
          "a contact has one head at most; open rows %r" % rows)
    check(rows.get("held", 0) >= 2, "the later replies are not held behind the head: %r" % rows)

    rows, reqs = h.wait_settled("whatsapp", to, min_rows=3, timeout=20)
    check(all(r["status"] == "sent" and r["attempts"] == 1 for r in rows),
          "rows %r" % [(r["status"], r["attempts"]) for r in rows])
    sent_ids = [r["provider_id"] for r in rows]
    got_ids = [r.get("id") for r in reqs]
    check(len(reqs) == len(rows), "%d requests for %d rows" % (len(reqs), len(rows)))
    check(got_ids == sent_ids, "replies reached the provider out of outbox order: %r != %r"
          % (got_ids, sent_ids))


@test
def outbox_slow_request_never_holds_back_other_results(h):
    # The sender records the results of requests that finish close
    # together in one transaction, but waits at most SENDER_GATHER_MS (5
    # ms) for more: one contact's request hanging at the provider must not
    # hold back another contact's results, nor so the next reply that the
    # recording of the first releases.
    slow, quick = "31600000905", "31600000906"
    h.fake_control({"faults": ["slow:1800"], "to": slow})    # under the test timeout_ms
    st, _, _ = h.post_wa(wa_payload(wa_value([(slow, "Testpersoon Traag")],
                                             [wa_text(slow, "Hoi (test outbox traag)")])))
    check(st == 200, "webhook answered %d" % st)
    cid = wait_until(lambda: h.contact_id("whatsapp", slow), "the contact to be stored")
    wait_until(lambda: open_rows(h, cid).get("sending") == 1, "the slow reply to be in flight")
    st, _, _ = h.post_wa(wa_payload(wa_value([(quick, "Testpersoon Vlot")],
                                             [wa_text(quick, "Hoi (test outbox vlot)")])))
    check(st == 200, "webhook answered %d" % st)
    rows = wait_until(lambda: (lambda r: r if len(r) >= 2 and all(x["status"] == "sent"
                                                                   for x in r) else None)
                      (h.out_rows("whatsapp", quick)), "the quick contact's replies to be sent",
                      10)
    check(open_rows(h, cid).get("sending") == 1,
          "the quick contact's %d replies were recorded only after the slow request ended"
          % len(rows))
    h.wait_settled("whatsapp", slow, min_rows=2, timeout=20)


@test
def outbox_next_reply_goes_out_while_its_contact_is_locked(h):
    # The sender makes a contact's next reply the head in the transaction
    # that records the one before it, under the contact's advisory lock
    # (every transaction adding replies holds it), and again after its
    # commit when that lock was busy. It never waits for the lock: here a
    # session holds it while the first reply of the welcome (two replies)
    # is at the provider, and the second must still go out at once, while
    # the lock is held, not after the sweep.
    to = "31600000907"
    h.fake_control({"faults": ["slow:1200"], "to": to})    # under the test timeout_ms
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Slot")],
                                             [wa_text(to, "Hoi (test outbox slot)")])))
    check(st == 200, "webhook answered %d" % st)
    cid = wait_until(lambda: h.contact_id("whatsapp", to), "the contact to be stored")
    wait_until(lambda: open_rows(h, cid) == {"sending": 1, "held": 1},
               "the first reply in flight and the second held")
    url = "postgresql://postgres@127.0.0.1:%d/%s" % (h.pg_port, h.db_name)
    holder = subprocess.Popen([os.path.join(h.pg_bin, "psql"), "-X", "-q", "-At", "-d", url,
                               "-c", "SELECT pg_advisory_lock(%s)" % cid,
                               "-c", "SELECT pg_sleep(%f)" % (SWEEP_S - 1)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: h.scalar("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                    "AND granted AND objid = %s" % cid) == "1",
                   "the test's session to hold the contact's lock", 5)
        mark = len(h.log_text())
        rows = wait_until(lambda: (lambda r: r if len(r) == 2 and all(x["status"] == "sent"
                                                                       for x in r) else None)
                          (h.out_rows("whatsapp", to)), "both replies to be sent", SWEEP_S)
        check(holder.poll() is None, "the lock was let go before the second reply went out")
    finally:
        holder.kill()
        holder.wait()
    reqs = h.fake_requests(to=to)
    check([r.get("id") for r in reqs] == [r["provider_id"] for r in rows],
          "replies reached the provider out of outbox order")
    check("send unstranded" not in h.log_text()[mark:], "the sweep sent the second reply")


@test
def outbox_stranded_held_row_goes_out(h):
    # A crash between a worker's commit and its promotion leaves a held row
    # with no head in front of it; the sender's sweep sends it anyway.
    to = "31600000902"
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Tweede")],
                                             [wa_text(to, "Hallo (test outbox vier)")])))
    check(st == 200, "webhook answered %d" % st)
    rows, reqs = h.wait_settled("whatsapp", to)
    cid = h.contact_id("whatsapp", to)
    mark = len(h.log_text())
    h.psql("INSERT INTO message_out (channel, contact_id, conversation_id, body, status) "
           "SELECT channel, contact_id, conversation_id, body, 'held' FROM message_out "
           "WHERE contact_id = %s ORDER BY id DESC LIMIT 1" % cid)
    t0 = time.monotonic()
    rows2, reqs2 = h.wait_settled("whatsapp", to, min_rows=len(rows) + 1,
                                  timeout=SWEEP_S + 10)
    check(len(reqs2) == len(reqs) + 1, "%d requests, expected %d" % (len(reqs2), len(reqs) + 1))
    check(rows2[-1]["status"] == "sent", "the stranded row is %s" % rows2[-1]["status"])
    check(time.monotonic() - t0 < SWEEP_S + 5, "took %.1f s" % (time.monotonic() - t0))
    check("send unstranded contacts=1" in h.log_text()[mark:], "no 'send unstranded' log line")


@test
def outbox_stores_provider_ids_exactly(h):
    # The provider's message ids are recorded through a PostgreSQL text-array
    # literal (src/store.c, store_array_text): quotes, backslashes, commas, braces,
    # spaces and the word NULL must come back exactly as the provider sent them.
    to = "31600000903"
    ids = ['wamid."quoted"', 'wamid.back\\slash', 'wamid.{a,b}', 'NULL', 'wamid. space',
           'wamid.\\"both\\"', '{}', 'wamid.end\\']
    h.fake_control({"faults": [{"status": 200, "message_id": i} for i in ids], "to": to})
    texts = ["Hoi, ik wil even praten (test ids %d)" % n for n in range(1, len(ids) + 1)]
    rows, n = [], 0
    while len(rows) < len(ids):
        check(n < len(texts), "only %d outbox rows after %d messages" % (len(rows), n))
        st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Derde")],
                                                 [wa_text(to, texts[n])])))
        check(st == 200, "webhook %d answered %d" % (n + 1, st))
        n += 1
        rows, reqs = h.wait_settled("whatsapp", to, min_rows=len(rows) + 1, timeout=20)
    check(all(r["status"] == "sent" and r["attempts"] == 1 for r in rows),
          "rows %r" % [(r["status"], r["attempts"]) for r in rows])
    got = [r["provider_id"] for r in rows[:len(ids)]]
    check(got == ids, "provider ids stored %r, the provider answered %r" % (got, ids))
    # Compared in SQL too: psql -At would print a NULL as '' and the text 'NULL' as NULL.
    cid = h.contact_id("whatsapp", to)
    nulls = int(h.scalar("SELECT count(*) FROM message_out WHERE contact_id = %s "
                         "AND provider_id IS NULL" % cid))
    check(nulls == 0, "%d outbox rows have a NULL provider_id" % nulls)


def write_and_get_ids(h, to, ids, name, text):
    """to writes text; the fake API answers its replies' sends with the
    message ids ids, in order. The contact's id."""
    h.fake_control({"faults": [{"status": 200, "message_id": i} for i in ids], "to": to})
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, name)], [wa_text(to, text)])))
    check(st == 200, "webhook answered %d" % st)
    return wait_until(lambda: h.contact_id("whatsapp", to), "the contact to be stored")


@test
def outbox_status_that_came_before_the_send_is_applied(h):
    # A provider may report a message delivered (or read) before the answer
    # to the send reaches the sender. Such a status names a message id no
    # row has yet: it is kept (delivery_event), and the row takes it when
    # the send is recorded, instead of staying at "sent".
    to = "31600000904"
    ids = ["wamid.EARLY-%d-%s" % (n, int(time.time() * 1000)) for n in range(2)]
    for wamid, status in ((ids[0], "delivered"), (ids[1], "read"), (ids[1], "delivered")):
        st, _, _ = h.post_wa(wa_payload(wa_value([], statuses=[wa_status(wamid, status, to)])))
        check(st == 200, "status webhook answered %d" % st)
    wait_until(lambda: int(h.scalar("SELECT count(*) FROM delivery_event WHERE provider_id IN "
                                    "('%s', '%s')" % tuple(ids))) == 3,
               "the early statuses to be kept")
    cid = write_and_get_ids(h, to, ids, "Testpersoon Vroeg", "Hoi, ik heb een vraag (test vroeg)")

    def rows():
        got = h.psql("SELECT provider_id, status, attempts FROM message_out "
                     "WHERE contact_id = %s ORDER BY id" % cid)
        return got if len(got) >= 2 and all(r[0] for r in got[:2]) else None
    got = wait_until(rows, "the two replies to be recorded", timeout=20)
    check([tuple(r) for r in got[:2]] == [(ids[0], "delivered", "1"), (ids[1], "read", "1")],
          "rows %r: the statuses reported before the sends were not applied" % got)


@test
def outbox_failed_status_that_came_before_the_send_keeps_its_error(h):
    # A "failed" report that comes before the send is recorded makes the
    # row failed when it is recorded, with the provider's error code and
    # text (the console shows why), not failed without a reason.
    to = "31600000905"
    wamid = "wamid.EARLYFAIL-%d" % int(time.time() * 1000)
    st = wa_status(wamid, "failed", to)
    st["errors"] = [{"code": 131026, "title": "Message undeliverable"}]
    code, _, _ = h.post_wa(wa_payload(wa_value([], statuses=[st])))
    check(code == 200, "status webhook answered %d" % code)
    wait_until(lambda: h.scalar("SELECT count(*) FROM delivery_event WHERE provider_id = '%s'"
                                % wamid) == "1", "the early status to be kept")
    cid = write_and_get_ids(h, to, [wamid], "Testpersoon Mislukt",
                            "Hoi, ik heb een vraag (test mislukt)")

    def row():
        got = h.psql("SELECT status, error_code, error_text, attempts FROM message_out "
                     "WHERE contact_id = %s AND provider_id = '%s'" % (cid, wamid))
        return got[0] if got else None
    got = wait_until(row, "the reply to be recorded", timeout=20)
    check(tuple(got) == ("failed", "131026", "Message undeliverable", "1"),
          "row %r: the failed status that came before the send lost its error" % (got,))


def sends_at_once(h, prefix, n):
    """n contacts write at once; their first replies are in flight together
    (the fake answers each after 300 ms). The connections their requests
    came on."""
    senders = ["%s%02d" % (prefix, i) for i in range(n)]
    for to in senders:
        st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Verbinding")],
                                                 [wa_text(to, "Hoi (test verbinding)")])))
        check(st == 200, "webhook answered %d" % st)
    want = set(digits(to) for to in senders)

    def sent():
        reqs = [r for r in h.fake_requests(ok=True, channel="whatsapp")
                if digits(r.get("to")) in want]
        return reqs if len(reqs) >= 2 * n else None
    reqs = wait_until(sent, "the %d replies to be sent" % (2 * n), timeout=30)
    # ... and answered: the busy moment is over.
    wait_until(lambda: int(h.scalar(
        "SELECT count(*) FROM message_out o JOIN contact c ON c.id = o.contact_id "
        "WHERE c.address LIKE '%s%%' AND o.status = 'sent'" % prefix)) >= 2 * n,
        "the %d replies to be recorded as sent" % (2 * n), timeout=30)
    return set(r["conn"] for r in reqs)


@test
def outbox_keeps_its_connections_to_the_provider(h):
    # The sender keeps as many idle connections as it may use at once
    # ([sender] concurrency): a busy moment after a quiet one reuses them
    # instead of opening new ones (for the real providers, a TLS handshake
    # each). libcurl's default kept four per request in flight, so the
    # connections of a busy moment were closed as it ended.
    h.fake_control({"answer_delay_ms": 300})
    first = sends_at_once(h, "316000070", 24)
    check(len(first) >= 8, "only %d connections for 24 sends at once" % len(first))
    again = sends_at_once(h, "316000071", 24)
    # A second moment busier than the first may need more; never more new
    # ones than that (and one for luck).
    new = again - first
    check(len(new) <= max(0, len(again) - len(first)) + 1,
          "%d new connections for the second busy moment (the first used %d, the second %d)"
          % (len(new), len(first), len(again)))


@test
def worker_sets_aside_a_contact_that_fails_alone(h):
    # A contact row the worker cannot read (a pseudonym of the wrong length,
    # as no daemon writes it) fails every batch it is in. The others in the
    # batch must still be answered at once, and that one contact is set
    # aside, logged, and tried again later on its own.
    h.daemon_stop()
    good = ["316000060%02d" % i for i in range(1, 31)]
    bad = "31600006099"
    rows = ",".join("('whatsapp', '%s', left(md5('apart-%s'), 16), 'Testpersoon Apart')" % (a, a)
                    for a in good)
    h.psql("INSERT INTO contact (channel, address, pseudonym, profile_name) VALUES %s, "
           "('whatsapp', '%s', 'not-a-pseudonym-of-16-hex', 'Testpersoon Kapot')" % (rows, bad))
    h.psql("INSERT INTO message_in (channel, provider_id, contact_id, provider_ts, kind, body) "
           "SELECT 'whatsapp', 'wamid.APART' || id, id, now(), 'text', "
           "'Hallo (test apart)' FROM contact WHERE address LIKE '316000060%%' "
           "OR address = '%s' ORDER BY id" % bad)
    # Stored as another daemon would store them: queued for the workers too.
    h.psql("INSERT INTO message_in_queue (contact_id, provider_ts, id, urgent) "
           "SELECT contact_id, provider_ts, id, urgent FROM message_in WHERE provider_id LIKE 'wamid.APART%%'")
    t0 = time.monotonic()
    h.daemon_start()

    def done():
        return int(h.scalar(
            "SELECT count(*) FROM message_in m JOIN contact c ON c.id = m.contact_id "
            "WHERE c.address LIKE '316000060%%' AND m.processed_at IS NOT NULL"))
    wait_until(lambda: done() == len(good), "the other contacts to be worked", timeout=15)
    check(time.monotonic() - t0 < 5, "the others took %.1f s: held up by the bad contact"
          % (time.monotonic() - t0))
    bad_id = h.contact_id("whatsapp", bad)
    log = h.log_since_start()
    check("worker contact_set_aside contact_id=%s" % bad_id in log,
          "no 'worker contact_set_aside' line for the bad contact")
    check(h.pending_in("whatsapp", bad) == 1, "the bad contact's message was marked processed")
    for to in good[:5]:
        h.wait_settled("whatsapp", to, settle=0)
    # Tried again after WORKER_ASIDE_MS (10 s), still failing: logged again.
    wait_until(lambda: h.log_since_start().count("contact_set_aside contact_id=%s" % bad_id) >= 2,
               "the bad contact to be tried again", timeout=20)
    # Repaired, it is answered like anyone else.
    h.psql("UPDATE contact SET pseudonym = left(md5('apart-kapot'), 16) WHERE id = %s" % bad_id)
    wait_until(lambda: h.pending_in("whatsapp", bad) == 0, "the repaired contact to be worked",
               timeout=20)
    h.psql("DELETE FROM contact WHERE address LIKE '316000060%%' OR address = '%s'" % bad)
