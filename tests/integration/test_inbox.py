"""The inbound queue (migration 0022): ingest stores a message in message_in
and queues it in message_in_queue; the workers read the queue, and the
processed mark deletes the queue row and sets processed_at and
conversation_id, which no index of message_in covers, so that it is a HOT
update (no index entries). What erases or merges a contact takes its queue
rows along (docs/architecture.md, "Data")."""

import os
import re
import subprocess
import time

from harness import check, test, wa_payload, wa_text, wa_value, wait_until


def queued(h, cid):
    return int(h.scalar("SELECT count(*) FROM message_in_queue WHERE contact_id = %s" % cid))


def hot_counts(h):
    """message_in's updates and HOT updates so far (the statistics are
    flushed when a backend goes idle, at most once a second)."""
    row = h.psql("SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables "
                 "WHERE relname = 'message_in'")[0]
    return int(row[0]), int(row[1])


@test
def inbox_queue_row_goes_when_the_message_is_processed(h):
    h.ensure()
    before = hot_counts(h)
    to = "31600009201"
    texts = ["Hallo (test wachtrij %d)" % i for i in range(5)]
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Rij")],
                                             [wa_text(to, t) for t in texts])))
    check(st == 200, "webhook answered %d" % st)
    cid = h.contact_id("whatsapp", to)
    check(cid is not None, "the contact was not stored")
    wait_until(lambda: h.pending_in("whatsapp", to) == 0, "the five messages to be processed")
    check(queued(h, cid) == 0, "processed messages are still queued")
    rows = h.psql("SELECT count(*), count(DISTINCT conversation_id) FROM message_in "
                  "WHERE contact_id = %s AND processed_at IS NOT NULL "
                  "AND conversation_id IS NOT NULL" % cid)[0]
    check(rows == ["5", "1"], "processed messages and their conversation: %r" % rows)
    # The five processed marks were HOT updates: no new index entries.
    def hot():
        upd, hot_upd = hot_counts(h)
        return (upd - before[0], hot_upd - before[1]) if upd - before[0] >= 5 else None
    upd, hot_upd = wait_until(hot, "the statistics to count the processed marks")
    check(hot_upd == upd, "%d of %d updates of message_in were HOT" % (hot_upd, upd))


@test
def inbox_erasing_a_contact_empties_its_queue(h):
    # An unprocessed message (the daemon stopped before stepping it) of a
    # contact that is then deleted (erasure, retention): its queue row goes.
    h.daemon_stop()
    to = "31600009202"
    cid = h.psql("INSERT INTO contact (channel, address, pseudonym) VALUES ('whatsapp', '%s', "
                 "left(md5('wachtrij-weg'), 16)) RETURNING id" % to)[0][0]
    mid = h.psql("INSERT INTO message_in (channel, provider_id, contact_id, provider_ts, kind, "
                 "body) VALUES ('whatsapp', 'wamid.QUEUEGONE', %s, now(), 'text', "
                 "'Hallo (test wachtrij weg)') RETURNING id" % cid)[0][0]
    h.psql("INSERT INTO message_in_queue (contact_id, provider_ts, id) "
           "SELECT contact_id, provider_ts, id FROM message_in WHERE id = %s" % mid)
    check(queued(h, cid) == 1, "the message was not queued")
    h.psql("DELETE FROM contact WHERE id = %s" % cid)
    check(h.scalar("SELECT count(*) FROM message_in_queue WHERE id = %s" % mid) == "0",
          "the deleted message is still queued")
    h.daemon_start()


@test
def inbox_backlog_of_queued_messages_is_worked_after_a_restart(h):
    # Messages stored while no worker ran (the daemon stopped after the
    # acknowledgement) are found through the queue when it starts again.
    h.daemon_stop()
    senders = ["3160000921%d" % i for i in range(5)]
    rows = ",".join("('whatsapp', '%s', left(md5('wachtrij-%s'), 16))" % (a, a) for a in senders)
    h.psql("INSERT INTO contact (channel, address, pseudonym) VALUES %s" % rows)
    h.psql("INSERT INTO message_in (channel, provider_id, contact_id, provider_ts, kind, body) "
           "SELECT 'whatsapp', 'wamid.QUEUED' || id, id, now(), 'text', "
           "'Hallo, ik wacht (test wachtrij)' FROM contact WHERE address LIKE '316000092%%' "
           "ORDER BY id")
    h.psql("INSERT INTO message_in_queue (contact_id, provider_ts, id) "
           "SELECT contact_id, provider_ts, id FROM message_in "
           "WHERE provider_id LIKE 'wamid.QUEUED%%'")
    h.daemon_start()
    wait_until(lambda: all(h.pending_in("whatsapp", a) == 0 for a in senders),
               "the queued backlog to be worked")
    check(h.scalar("SELECT count(*) FROM message_in_queue q JOIN message_in m ON m.id = q.id "
                   "WHERE m.provider_id LIKE 'wamid.QUEUED%%'") == "0",
          "worked messages are still queued")
    for a in senders:
        check(len(h.out_rows("whatsapp", a)) > 0, "no reply was written for a queued message")


def statement_text(name):
    """The SQL of the worker statement called name, as src/store_work.c
    prepares it (its string literals joined, SQL_NUM macros replaced by
    their values from include/)."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(root, "src", "store_work.c")) as f:
        src = f.read()
    m = re.search(r'\{ "%s", \d+,\s*((?:"(?:[^"\\]|\\.)*"\s*|SQL_NUM\(\w+\)\s*)+)\}' % name, src)
    check(m is not None, "statement %s not found in src/store_work.c" % name)
    headers = ""
    for hname in os.listdir(os.path.join(root, "include")):
        with open(os.path.join(root, "include", hname)) as f:
            headers += f.read()
    sql = ""
    for lit, macro in re.findall(r'"((?:[^"\\]|\\.)*)"|SQL_NUM\((\w+)\)', m.group(1)):
        if macro:
            v = re.search(r"#define\s+%s\s+(\d+)" % macro, headers)
            check(v is not None, "macro %s not found in include/" % macro)
            sql += v.group(1)
        else:
            sql += lit.replace('\\"', '"')
    return sql


@test
def inbox_claim_skips_messages_another_worker_committed_meanwhile(h):
    # A worker claims contacts named by ingest and loads their messages in
    # one statement (claim_load), whose snapshot is taken when it starts.
    # If another worker steps the same contact and commits between that
    # start and the claim's lock, the claim gets the lock but its snapshot
    # still shows the messages as queued: they must not be loaded (and so
    # answered) a second time. Made certain here by a claim that spends a
    # second before it locks (a long list of the same contact id), and a
    # stand-in for the other worker that commits in that second.
    h.daemon_stop()
    to = "31600009251"
    h.psql("INSERT INTO contact (channel, address, pseudonym, profile_name) VALUES "
           "('whatsapp', '%s', left(md5('claim-%s'), 16), 'Testpersoon Tegelijk')" % (to, to))
    cid = h.contact_id("whatsapp", to)
    h.psql("INSERT INTO message_in (channel, provider_id, contact_id, provider_ts, kind, body) "
           "VALUES ('whatsapp', 'wamid.TEGELIJK1', %s, now(), 'text', 'Hoi (test tegelijk)')" % cid)
    h.psql("INSERT INTO message_in_queue (contact_id, provider_ts, id, urgent) "
           "SELECT contact_id, provider_ts, id, urgent FROM message_in "
           "WHERE provider_id = 'wamid.TEGELIJK1'")
    url = "postgresql://postgres@127.0.0.1:%d/%s" % (h.pg_port, h.db_name)
    psql = os.path.join(h.pg_bin, "psql")
    # The other worker: the contact's lock, its message processed, not yet committed.
    other = subprocess.Popen([psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url],
                             stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    claim = None
    try:
        other.stdin.write("BEGIN;\nSELECT pg_advisory_xact_lock(%s);\n"
                          "DELETE FROM message_in_queue WHERE contact_id = %s;\n"
                          "UPDATE message_in SET processed_at = now() WHERE contact_id = %s;\n"
                          "SELECT 'stand-in done';\n" % (cid, cid, cid))
        other.stdin.flush()
        wait_until(lambda: h.scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction' "
            "AND query LIKE '%%stand-in done%%'") == "1", "the stand-in to hold the contact")
        claim = subprocess.Popen(
            [psql, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url,
             "-c", "PREPARE claim_load (bigint[]) AS " + statement_text("claim_load"),
             "-c", "EXECUTE claim_load (array_fill(%s::bigint, ARRAY[6000000]))" % cid],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_until(lambda: h.scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
            "AND query LIKE 'EXECUTE claim_load%'") == "1", "the claim to start")
        other.stdin.write("COMMIT;\n")
        other.stdin.close()
        check(other.wait(timeout=30) == 0, "the stand-in failed: %s" % other.stderr.read())
        committed = time.monotonic()
        out, err = claim.communicate(timeout=120)
        ended = time.monotonic()
        check(claim.returncode == 0, "the claim failed: %s" % err)
    finally:
        if other.poll() is None:
            other.kill()
        if claim is not None and claim.poll() is None:
            claim.kill()
    check(ended - committed > 0.2, "the claim ended %.2f s after the stand-in's commit: too "
          "soon to show the race (make the list longer)" % (ended - committed))
    rows = [line.split("|") for line in out.splitlines() if line]
    check(rows and rows[0][0] == str(cid), "the claim did not take the contact: %r" % rows)
    loaded = [r[1] for r in rows if len(r) > 1 and r[1]]
    check(not loaded, "the claim loaded message %s, which the other worker had already "
          "processed and committed: it would be answered twice" % loaded)
    h.psql("DELETE FROM contact WHERE id = %s" % cid)
