"""The research copy (migrations/0019, src/store_research.c, src/research.c):
no consent, no copy — enforced by PostgreSQL itself; withdrawing consent
deletes the copy; closed conversations and saved stories of consenting
contacts are copied scrubbed.
"""

from harness import TestFailure, check, test  # noqa: F401


def sql_contact(h, address, name="Testpersoon Onderzoek"):
    return int(h.scalar(
        "INSERT INTO contact (channel, address, pseudonym, profile_name) "
        "VALUES ('whatsapp', '%s', 'ps-%s', '%s') RETURNING id" % (address, address, name)))


def insert_fails(h, sql):
    try:
        h.psql(sql)
    except TestFailure as e:
        return str(e)
    return None


@test
def research_copy_refused_without_consent(h):
    cid = sql_contact(h, "31600001901")
    err = insert_fails(h, "INSERT INTO research_conversation (conversation_id, contact_id, day) "
                          "VALUES (-1901, %d, current_date)" % cid)
    check(err is not None and "no research consent" in err,
          "a copy without consent was not refused: %r" % err)
    err = insert_fails(h, "INSERT INTO research_story (story_id, contact_id, day, body) "
                          "VALUES (-1901, %d, current_date, 'x')" % cid)
    check(err is not None and "no research consent" in err, "story copy not refused: %r" % err)
    # Consent for chats only: a chat copy goes in, a story copy is still refused.
    h.psql("INSERT INTO consent_event (contact_id, scope, purpose, granted, text_version) "
           "VALUES (%d, 'research', 'chats', true, 'v-test')" % cid)
    h.psql("INSERT INTO research_conversation (conversation_id, contact_id, day) "
           "VALUES (-1901, %d, current_date)" % cid)
    err = insert_fails(h, "INSERT INTO research_story (story_id, contact_id, day, body) "
                          "VALUES (-1901, %d, current_date, 'x')" % cid)
    check(err is not None, "a story copy went in with consent for chats only")
    row = h.psql("SELECT granted, text_version FROM research_consent "
                 "WHERE contact_id = %d AND purpose = 'chats'" % cid)
    check(row == [["t", "v-test"]], "consent state: %r" % row)


@test
def research_withdrawal_deletes_copy(h):
    cid = sql_contact(h, "31600001902")
    h.psql("INSERT INTO consent_event (contact_id, scope, purpose, granted, text_version) "
           "VALUES (%d, 'research', 'chats', true, 'v1')" % cid)
    rid = int(h.scalar("INSERT INTO research_conversation (conversation_id, contact_id, day) "
                       "VALUES (-1902, %d, current_date) RETURNING id" % cid))
    h.psql("INSERT INTO research_message VALUES (%d, 1, 'youth', current_date, 'hoi')" % rid)
    h.psql("INSERT INTO consent_event (contact_id, scope, purpose, granted, text_version) "
           "VALUES (%d, 'research', 'chats', false, 'v1')" % cid)
    n = h.scalar("SELECT count(*) FROM research_conversation WHERE contact_id = %d" % cid)
    check(n == "0", "copy left after withdrawal: %s" % n)
    n = h.scalar("SELECT count(*) FROM research_message WHERE research_conversation_id = %d"
                 % rid)
    check(n == "0", "messages left after withdrawal: %s" % n)


def sql_closed_chat(h, cid, texts, staff_id="NULL", summary=None):
    """A closed conversation of contact cid with (sender, text) messages."""
    summ = "'%s'::jsonb" % summary if summary else "NULL"
    conv = int(h.scalar(
        "INSERT INTO conversation (contact_id, status, team, outcome, summary, closed_at) "
        "VALUES (%d, 'closed', 'JIP', 'advice', %s, now()) RETURNING id" % (cid, summ)))
    for i, (who, text) in enumerate(texts):
        t = text.replace("'", "''")
        if who == "youth":
            h.psql("INSERT INTO message_in (channel, provider_id, contact_id, conversation_id, "
                   "provider_ts, kind, body, processed_at) VALUES ('whatsapp', 'r-%d-%d', %d, "
                   "%d, now() + interval '%d s', 'text', '%s', now())"
                   % (conv, i, cid, conv, i, t))
        else:
            h.psql("INSERT INTO message_out (channel, contact_id, conversation_id, body, status, "
                   "created_at, staff_id) VALUES ('whatsapp', %d, %d, jsonb_build_object('text', "
                   "'%s'::text), 'sent', now() + interval '%d s', %s)"
                   % (cid, conv, t, i, staff_id if who == "counsellor" else "NULL"))
    return conv


@test
def research_copy_of_closed_chats_is_scrubbed(h):
    yes = sql_contact(h, "31600001903", "Jorinde Testvrouw")
    no = sql_contact(h, "31600001904", "Kees Testman")
    h.psql("INSERT INTO consent_event (contact_id, scope, purpose, granted, text_version) "
           "VALUES (%d, 'research', 'chats', true, 'v1')" % yes)
    sid = h.scalar("INSERT INTO staff (login, role, teams, alias, password_hash) VALUES "
                   "('research.tester', 'counsellor', '{JIP}', 'Fenneke', 'x') RETURNING id")
    chat = [("youth", "Hoi, ik ben Jorinde, bel me op 0612345678 of mail jorinde@example.nl"),
            ("bot", "Fijn dat je er bent."),
            ("counsellor", "Hoi Jorinde, ik ben Fenneke van JIP.")]
    c1 = sql_closed_chat(h, yes, chat, sid, '{"flow": "jip", "vars": {"age": "16", '
                                           '"municipality": "Delft"}}')
    c2 = sql_closed_chat(h, no, [("youth", "Hallo, ik ben Kees")])
    h.ensure()

    def done():
        return h.scalar("SELECT count(*) FROM conversation WHERE id IN (%d, %d) "
                        "AND research_done_at IS NOT NULL" % (c1, c2)) == "2"
    from harness import wait_until
    wait_until(done, "the research job to handle both chats")
    rows = h.psql("SELECT r.route, r.team, r.outcome, r.municipality, r.age_band, m.seq, "
                  "m.sender, m.body FROM research_conversation r JOIN research_message m "
                  "ON m.research_conversation_id = r.id WHERE r.conversation_id = %d "
                  "ORDER BY m.seq" % c1)
    check(len(rows) == 3, "copied messages: %r" % rows)
    check(rows[0][:5] == ["jip", "JIP", "advice", "Delft", "16-17"], "copy header: %r" % rows[0])
    check([r[6] for r in rows] == ["youth", "bot", "counsellor"], "senders: %r" % rows)
    text = " ".join(r[7] for r in rows)
    for secret in ("Jorinde", "0612345678", "jorinde@example.nl", "Fenneke"):
        check(secret not in text, "%r left in the copy: %r" % (secret, text))
    n = h.scalar("SELECT count(*) FROM research_conversation WHERE conversation_id = %d" % c2)
    check(n == "0", "a chat without consent was copied")


@test
def research_story_copy_and_forget(h):
    cid = sql_contact(h, "31600001905", "Mirthe Voorbeeld")
    data = ('{"role": "jongere", "help_kind": "ggz", "feeling": "gemengd", "topics": "2, 6", '
            '"municipality": "Rijswijk", "age_band": "16-17", "consent": "yes", '
            '"story": "Ik ben Mirthe, ik woon op de Laan van Meerdervoort 12 in Den Haag. '
            'Bel 06-12345678 of mail mirthe.voorbeeld@example.com. Het ging echt beter."}')
    sid = int(h.scalar("INSERT INTO story (contact_id, kind, data, consent) VALUES "
                       "(%d, 'story', '%s'::jsonb, true) RETURNING id" % (cid, data)))
    h.ensure()
    from harness import wait_until
    wait_until(lambda: h.scalar("SELECT research_done_at IS NOT NULL FROM story WHERE id = %d"
                                % sid) == "t", "the research job to handle the story")
    rows = h.psql("SELECT role, help_kind, signifiers ->> 'feeling', topics::text, municipality, "
                  "age_band, body FROM research_story WHERE story_id = %d" % sid)
    check(len(rows) == 1, "story copy: %r" % rows)
    r = rows[0]
    check(r[:6] == ["youth", "ggz", "gemengd", "[2, 6]", "Rijswijk", "16-17"], "fields: %r" % r)
    for secret in ("Mirthe", "Meerdervoort", "12345678", "example.com"):
        check(secret not in r[6], "%r left in the story copy: %r" % (secret, r[6]))
    check("beter" in r[6], "story text lost: %r" % r[6])
