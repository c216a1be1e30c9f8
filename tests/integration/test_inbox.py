"""The inbound queue (migration 0022): ingest stores a message in message_in
and queues it in message_in_queue; the workers read the queue, and the
processed mark deletes the queue row and sets processed_at and
conversation_id, which no index of message_in covers, so that it is a HOT
update (no index entries). What erases or merges a contact takes its queue
rows along (docs/architecture.md, "Data")."""

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
