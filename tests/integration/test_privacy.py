"""Erasure and retention as docs/privacy.md tells an operator to run them
(until `purge` exists): the SQL is read from the document itself, so the
document cannot drift from what is tested. Deleting a contact or a
conversation removes its messages and replies (migrations/0007: triggers
instead of foreign keys on the queue tables), and waits for a worker that
is stepping the contact.
"""

import os
import re
import subprocess
import time

from harness import (APP_SECRET, check, test, wa_payload, wa_status, wa_text, wa_value,  # noqa: F401
                     wait_until)

DOC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "privacy.md")

# Every table that holds rows of one contact, and how to count them.
PER_CONTACT = {
    "contact": "SELECT count(*) FROM contact WHERE id = {cid}",
    "conversation": "SELECT count(*) FROM conversation WHERE contact_id = {cid}",
    "message_in": "SELECT count(*) FROM message_in WHERE contact_id = {cid}",
    "message_out": "SELECT count(*) FROM message_out WHERE contact_id = {cid}",
    "delivery_event": "SELECT count(*) FROM delivery_event WHERE provider_id IN ({pids})",
    "consent_event": "SELECT count(*) FROM consent_event WHERE contact_id = {cid}",
    "story": "SELECT count(*) FROM story WHERE contact_id = {cid}",
    "alert": "SELECT count(*) FROM alert a JOIN conversation v ON v.id = a.conversation_id "
             "WHERE v.contact_id = {cid}",
}


def doc_sql(heading):
    """The first ```sql block under the '### heading' of docs/privacy.md."""
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"^### " + re.escape(heading) + r"\n(.*?)^```sql\n(.*?)^```",
                  text, re.S | re.M)
    check(m is not None, "docs/privacy.md has no sql block under '### %s'" % heading)
    return m.group(2)


def psql_file(h, sql, variables=None):
    """Run sql as `psql -v ON_ERROR_STOP=1 -f` would (psql variables too)."""
    url = "postgresql://postgres@127.0.0.1:%d/%s" % (h.pg_port, h.db_name)
    argv = [os.path.join(h.pg_bin, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url]
    for k, v in (variables or {}).items():
        argv += ["-v", "%s=%s" % (k, v)]
    p = subprocess.run(argv, input=sql, capture_output=True, text=True, timeout=60)
    check(p.returncode == 0, "psql failed: %s" % p.stderr.strip())


def counts(h, cid, pids):
    ids = ", ".join("'%s'" % p for p in pids) or "''"
    return {t: int(h.scalar(q.format(cid=cid, pids=ids))) for t, q in PER_CONTACT.items()}


def talk(h, to, texts):
    """Send texts one by one, each after the previous one was answered;
    return the contact id and the provider ids of the replies."""
    for i, text in enumerate(texts):
        st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Privacy")],
                                                 [wa_text(to, text)])))
        check(st == 200, "webhook %d answered %d" % (i, st))
        wait_until(lambda: h.pending_in("whatsapp", to) == 0, "message %d to be processed" % i)
    rows, _ = h.wait_settled("whatsapp", to, settle=0.2)
    return h.contact_id("whatsapp", to), [r["provider_id"] for r in rows if r["provider_id"]]


@test
def privacy_erase_sql_removes_one_contact(h):
    gone, kept = "31600000951", "31600000952"
    cid, pids = talk(h, gone, ["Hoi (test privacy een)", "1", "verwijder", "ja"])
    kid, kpids = talk(h, kept, ["Hallo (test privacy twee)", "1"])
    # A delivery status for one of the erased person's replies.
    st, _, _ = h.post_wa(wa_payload(wa_value([], statuses=[wa_status(pids[0], "delivered",
                                                                     gone)])))
    check(st == 200, "status webhook answered %d" % st)
    wait_until(lambda: counts(h, cid, pids)["delivery_event"] == 1, "the status to be stored")
    # A reply still waiting: it must be deleted, never sent.
    h.psql("INSERT INTO message_out (channel, contact_id, conversation_id, body, status) "
           "SELECT 'whatsapp', contact_id, id, '{\"type\": \"text\", \"text\": {\"body\": "
           "\"x\"}}', 'held' FROM conversation WHERE contact_id = %s LIMIT 1" % cid)
    before = counts(h, cid, pids)
    for t in ("contact", "conversation", "message_in", "message_out"):
        check(before[t] > 0, "no %s rows to erase: %r" % (t, before))
    kept_before = counts(h, kid, kpids)
    pseudonym = h.scalar("SELECT pseudonym FROM contact WHERE id = %s" % cid)
    check(h.scalar("SELECT count(*) FROM erasure_request WHERE contact_id = %s "
                   "AND done_at IS NULL" % cid) == "1", "no pending erasure request")

    psql_file(h, doc_sql("Erase one contact"), {"cid": cid})

    after = counts(h, cid, pids)
    check(all(v == 0 for v in after.values()), "rows left after erasure: %r" % after)
    check(counts(h, kid, kpids) == kept_before, "another contact's rows changed: %r -> %r"
          % (kept_before, counts(h, kid, kpids)))
    rows = h.psql("SELECT contact_id IS NULL, done_at IS NOT NULL FROM erasure_request "
                  "WHERE pseudonym = '%s'" % pseudonym)
    check(rows == [["t", "t"]], "erasure_request after erasure: %r" % rows)
    sent = len(h.fake_requests(to=gone, ok=True))
    time.sleep(1.0)
    check(len(h.fake_requests(to=gone, ok=True)) == sent, "a deleted reply was sent")
    # The person writes again: a new contact, answered as usual.
    st, _, _ = h.post_wa(wa_payload(wa_value([(gone, "Testpersoon Privacy")],
                                             [wa_text(gone, "Hoi weer (test privacy drie)")])))
    check(st == 200, "webhook after erasure answered %d" % st)
    wait_until(lambda: len(h.fake_requests(to=gone, ok=True)) > sent, "a reply after erasure")
    nid = h.contact_id("whatsapp", gone)
    check(nid is not None and nid != cid, "contact after erasure: %r (erased: %s)" % (nid, cid))


@test
def privacy_retention_sql_removes_old_conversations(h):
    old, new = "31600000953", "31600000954"
    oid, opids = talk(h, old, ["Hoi (test privacy vier)", "1"])
    nid, npids = talk(h, new, ["Hoi (test privacy vijf)", "1"])
    cv = h.scalar("SELECT id FROM conversation WHERE contact_id = %s" % oid)
    h.psql("UPDATE conversation SET status = 'closed', closed_at = now() - interval '200 days' "
           "WHERE id = %s" % cv)
    new_before = counts(h, nid, npids)

    psql_file(h, doc_sql("Remove conversations older than the retention period"))

    after = counts(h, oid, opids)
    check(after["conversation"] == 0 and after["message_in"] == 0 and after["message_out"] == 0,
          "the old conversation's rows are left: %r" % after)
    check(after["contact"] == 1, "retention removed the contact itself")
    check(counts(h, nid, npids) == new_before, "an open conversation's rows changed")


@test
def privacy_delete_waits_for_a_worker_stepping_the_contact(h):
    to = "31600000955"
    cid, _ = talk(h, to, ["Hoi (test privacy zes)"])
    url = "postgresql://postgres@127.0.0.1:%d/%s" % (h.pg_port, h.db_name)
    psql = os.path.join(h.pg_bin, "psql")
    # Stand in for a worker's batch: the contact's advisory lock, held 2 s.
    holder = subprocess.Popen([psql, "-X", "-q", "-d", url, "-c",
                               "SELECT pg_advisory_lock(%s), pg_sleep(2)" % cid],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_until(lambda: h.scalar("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                    "AND objid = %s AND granted" % cid) == "1",
                   "the lock to be held")
        deleter = subprocess.Popen([psql, "-X", "-q", "-d", url, "-c",
                                    "DELETE FROM contact WHERE id = %s" % cid],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        waiting = wait_until(lambda: h.scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND wait_event = 'advisory' AND query LIKE 'DELETE FROM contact%'") == "1" or None,
            "the delete to wait for the contact's lock")
        check(waiting, "the delete did not wait")
        check(h.scalar("SELECT count(*) FROM contact WHERE id = %s" % cid) == "1",
              "the contact went while its lock was held")
        check(deleter.wait(timeout=30) == 0, "delete failed: %s" % deleter.stderr.read())
    finally:
        holder.wait(timeout=30)
    left = h.scalar("SELECT (SELECT count(*) FROM message_in WHERE contact_id = %s) + "
                    "(SELECT count(*) FROM message_out WHERE contact_id = %s)" % (cid, cid))
    check(left == "0", "%s message rows left after the delete" % left)
