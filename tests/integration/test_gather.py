"""Gathering (issue: performance and fault tolerance): a newly stored message
waits at most [worker] gather_ms for others, so that messages arriving close
together are stepped in one transaction (the transactions are most of the
database's work at a steady trickle); a message with crisis words never
waits (the rule: src/workq.c, workq_take; the waiting: src/worker.c)."""

import threading

from harness import check, test, wa_payload, wa_text, wa_value, wait_until


def post_one(h, to, text, results):
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Samen")],
                                             [wa_text(to, text)])))
    results.append(st)


def post_apart(h, senders, text):
    """One webhook a sender, all at once from threads (separate commits)."""
    results = []
    threads = [threading.Thread(target=post_one, args=(h, to, text, results))
               for to in senders]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    check(results == [200] * len(senders), "webhooks answered %r" % results)


def steps(h, senders):
    """processed_at of each sender's message: now() of the transaction
    that stepped it, so messages stepped together share it."""
    rows = h.psql("SELECT c.address, m.processed_at FROM message_in m "
                  "JOIN contact c ON c.id = m.contact_id WHERE c.channel = 'whatsapp' "
                  "AND c.address IN (%s) AND m.processed_at IS NOT NULL"
                  % ",".join("'%s'" % a for a in senders))
    return dict((r[0], r[1]) for r in rows)


def all_stepped(h, senders):
    """Wait until every sender's message is processed; their steps()."""
    def done():
        s = steps(h, senders)
        return s if len(s) == len(senders) else None
    return wait_until(done, "the %d messages to be processed" % len(senders), timeout=10)


@test
def gather_steps_messages_that_come_together_in_one_transaction(h):
    h.daemon_restart({"PRAATPAAL_WORKER_GATHER_MS": "100"})
    # Five webhooks, one a sender, stored within a few milliseconds of each
    # other, each in its own commit: the first waits up to 100 ms for the
    # others, and all five are stepped in one transaction. A queue scan
    # (every 0.5 s) that begins between the commits may split them: that
    # attempt proves nothing, and the next one (new senders) decides.
    seen = []
    for attempt in range(3):
        together = ["316000080%d%d" % (attempt, i) for i in range(1, 6)]
        post_apart(h, together, "Hallo, ik heb een vraag (test samen)")
        done = all_stepped(h, together)
        if len(set(done.values())) == 1:
            return
        seen.append(sorted(done.values()))
    check(False, "5 messages stored within a few ms were never stepped in one transaction: %r"
          % seen)


@test
def gather_never_holds_back_a_crisis_message(h):
    h.daemon_restart({"PRAATPAAL_WORKER_GATHER_MS": "100"})
    # One webhook: three ordinary messages, which wait up to 100 ms for
    # company, and a crisis message, which must be stepped at once, in a
    # transaction of its own that starts first. A queue scan (every 0.5 s)
    # that begins just as they are stored may take all four together: that
    # attempt proves nothing, and the next one (new senders) decides.
    seen = []
    for attempt in range(3):
        later = ["316000081%d%d" % (attempt, i) for i in range(1, 4)]
        crisis_to = "316000082%d1" % attempt
        msgs = [wa_text(to, "Hoi, wanneer zijn jullie open? (test samen)") for to in later]
        msgs.append(wa_text(crisis_to, "ik wil niet meer leven (test samen)"))
        st, _, _ = h.post_wa(wa_payload(wa_value(
            [(to, "Testpersoon Samen") for to in later + [crisis_to]], msgs)))
        check(st == 200, "webhook answered %d" % st)
        both = all_stepped(h, later + [crisis_to])
        crisis = both.pop(crisis_to)
        if all(crisis < t for t in both.values()):
            return
        seen.append((crisis, sorted(both.values())))
    check(False, "the crisis message was never stepped before the three ordinary ones "
          "stored with it (crisis, ordinary): %r" % seen)
