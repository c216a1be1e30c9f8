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
