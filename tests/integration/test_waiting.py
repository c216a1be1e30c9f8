"""The young person's side while waiting for, or talking to, a counsellor (issue #12).

Each test drives the real daemon with webhooks and the fake provider and
asserts on what the young person (or the on-call phone) received and on the
rows the worker and the console's periodic jobs (src/console_jobs.c) wrote.
A counsellor taking or handing back a chat is set in SQL here (the API has
its own tests). Each test uses its own phone number (31600000601 ...).
"""

import datetime
import re

from harness import *  # noqa: F401,F403 (the harness is this suite's vocabulary)
from harness import Harness, TESTS  # noqa: F401
from test_dialogue import expect, joined, say, start, tap, wa_msg, conv_row

ONCALL = "+31600000099"     # the invented on-call phone
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def open_daemon(h, **keys):
    """A daemon with JIP and JIT open around the clock and the given
    [console] / [teams] keys (as PRAATPAAL_<SECTION>_<KEY>)."""
    extra = {"PRAATPAAL_TEAMS_JIP_HOURS": "24/7", "PRAATPAAL_TEAMS_JIT_HOURS": "24/7"}
    extra.update(keys)
    h.daemon_stop()
    h.daemon_start(extra=extra)


def to_jip(h, to):
    """Main menu -> a question about money -> queued for JIP (priority 2)."""
    start(h, to)
    tap(h, to, "button", "question", "Ik heb een vraag")
    tap(h, to, "button", "money", "Geld en schulden", min_new=2)
    tap(h, to, "button", "chat", "Chat met JIP")
    r = say(h, to, "Ik heb een brief met een boete en ik snap hem niet")
    st, team, prio, _ = conv_row(h, to)
    check((st, team, prio) == ("queued", "JIP", 2), "not queued for JIP: %r" % ((st, team, prio),))
    return r


def quiet(h, to, text):
    """Send text and wait until it is processed and its replies (if any)
    sent; returns the new replies (after SETTLE_S, so none are missed)."""
    before = len(h.fake_requests(to=to, ok=True))
    st, _, body = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Wachten")], [wa_msg(to, text)])))
    check(st == 200, "webhook answered %d %r" % (st, body))
    wait_until(lambda: h.replies_state("whatsapp", to), "the message to be processed")
    time.sleep(SETTLE_S)
    return h.fake_requests(to=to, ok=True)[before:]


def conv_id(h, to):
    cid = h.contact_id("whatsapp", to)
    return int(h.scalar("SELECT id FROM conversation WHERE contact_id = %s "
                        "ORDER BY id DESC LIMIT 1" % cid))


def alerts(h, cv, category):
    return int(h.scalar("SELECT count(*) FROM alert WHERE conversation_id = %d "
                        "AND category = '%s'" % (cv, category)))


@test
def waiting_one_honest_line(h):
    """Three messages in a minute while queued: one reply, with the queue
    position and the team's typical wait in numbers; the commands work."""
    open_daemon(h)
    to = "31600000601"
    # The team's recent claims: each waited 9.5 minutes (the newest 20).
    h.psql("INSERT INTO queue_wait (team, priority, queued_at, claimed_at) "
           "SELECT 'JIP', 2, now() - interval '570 seconds', now() FROM generate_series(1, 20)")
    to_jip(h, to)
    ahead = int(h.scalar("SELECT count(*) FROM conversation WHERE status = 'queued' "
                         "AND team = 'JIP' AND id <> %d AND (priority > 2 OR (priority = 2 "
                         "AND queued_at < (SELECT queued_at FROM conversation WHERE id = %d)))"
                         % (conv_id(h, to), conv_id(h, to))))
    r = quiet(h, to, "hallo? is er iemand")
    r += quiet(h, to, "hallo??")
    r += quiet(h, to, "ik wacht nog steeds")
    check(len(r) == 1, "%d replies to three messages while queued, expected 1: %r"
          % (len(r), joined(r)))
    text = joined(r)
    want = ("Jij bent de volgende." if ahead == 0 else "Er wacht nog 1 jongere voor je."
            if ahead == 1 else "Er wachten nog %d jongeren voor je." % ahead)
    check(want in text, "%r not in the wait line %r" % (want, text))
    check("Meestal duurt het ongeveer 10 minuten." in text, "no typical wait in %r" % text)
    check("Open: ma-zo 00:00-24:00" in text, "no opening hours in %r" % text)
    check("zo snel mogelijk" not in text, "a fixed 'as soon as possible' in %r" % text)

    # stop asks; no keeps the place in the queue
    expect(say(h, to, "stop"), "Wil je stoppen met wachten?", "button", ["Ja", "Nee"], "stop")
    expect(say(h, to, "nee"), "je blijft in de wachtrij", what="stay")
    check(conv_row(h, to)[:2] == ("queued", "JIP"), "left the queue on no")
    # menu asks; yes leaves the queue for the menu
    expect(say(h, to, "menu"), "Wil je terug naar het menu?", "button", ["Ja", "Nee"], "menu")
    r = tap(h, to, "button", "yes", "Ja", min_new=2)
    expect(r, "Waarmee kunnen we je helpen?", what="the menu after leaving the queue")
    st, team, _, _ = conv_row(h, to)
    check(st == "bot" and team == "", "still queued after yes: %r" % ((st, team),))
    h.psql("DELETE FROM queue_wait WHERE team = 'JIP' AND claimed_at > now() - interval '1 hour'")


@test
def waiting_delete_while_queued(h):
    open_daemon(h)
    to = "31600000602"
    to_jip(h, to)
    expect(say(h, to, "verwijder"), "Wil je dat we al je berichten", "button", ["Ja", "Nee"],
           "delete")
    expect(say(h, to, "ja"), "We wissen je berichten", what="erased")
    cid = h.contact_id("whatsapp", to)
    check(int(h.scalar("SELECT count(*) FROM erasure_request WHERE contact_id = %s" % cid)) == 1,
          "no erasure request")


@test
def waiting_release_back_to_menu(h):
    """A counsellor handed the chat back (status bot): the bot picks up at the menu."""
    open_daemon(h)
    to = "31600000603"
    to_jip(h, to)
    h.psql("UPDATE conversation SET status = 'assigned', assigned_at = now() WHERE id = %d"
           % conv_id(h, to))
    check(quiet(h, to, "dank je voor je hulp") == [], "the bot spoke while assigned")
    h.psql("UPDATE conversation SET status = 'bot' WHERE id = %d" % conv_id(h, to))
    r = say(h, to, "hoi", min_new=2)
    expect(r, "Je praat nu weer met de chatbot", what="back to the bot")
    expect(r, "Waarmee kunnen we je helpen?", "list", what="the menu")


@test
def waiting_crisis_while_assigned_alerts(h):
    """Assigned to JIP: silent, but crisis words raise an alert row naming the category."""
    open_daemon(h)
    to = "31600000604"
    to_jip(h, to)
    cv = conv_id(h, to)
    h.psql("UPDATE conversation SET status = 'assigned', assigned_at = now() WHERE id = %d" % cv)
    check(quiet(h, to, "ik wil niet meer leven") == [], "the bot answered while assigned")
    check(alerts(h, cv, "suicide") == 1, "no suicide alert row while assigned")
    check(conv_row(h, to)[:2] == ("assigned", "JIP"), "the crisis took the chat from its counsellor")


@test
def waiting_crisis_unclaimed_pages_oncall(h):
    """A queued crisis nobody claims: crisis_unclaimed once, the young person
    hears someone is coming, and (no CIT counsellor logged in) the on-call
    phone gets an SMS without the young person's number or words."""
    # Crises earlier tests left in the queue count as alerted already: the
    # page counted here is this chat's.
    h.psql("INSERT INTO alert (conversation_id, category) SELECT id, 'crisis_unclaimed' "
           "FROM conversation WHERE status = 'queued' AND team = 'CIT'")
    # No one of CIT logged in: sessions earlier tests (the console's) left
    # end here, as a logout would end them.
    h.psql("DELETE FROM staff_session")
    before = len(h.fake_requests(to=ONCALL, ok=True, channel="sms"))
    open_daemon(h, PRAATPAAL_CONSOLE_CRISIS_CLAIM_ALERT="1", PRAATPAAL_CONSOLE_ONCALL_SMS=ONCALL)
    to = "31600000605"
    words = "ik wil niet meer leven echt niet"
    start(h, to)
    r = say(h, to, words)
    expect(r, "113", what="crisis answer")
    cv = conv_id(h, to)
    check(conv_row(h, to)[:3] == ("queued", "CIT", 10), "not a queued crisis")
    wait_until(lambda: alerts(h, cv, "crisis_unclaimed") == 1, "the crisis_unclaimed alert")
    wait_until(lambda: any("Er komt iemand bij je" in joined([q])
                           for q in h.fake_requests(to=to, ok=True)),
               "the young person told someone is coming")
    wait_until(lambda: h.fake_requests(to=ONCALL, ok=True, channel="sms")[before:],
               "the SMS to the on-call phone")
    time.sleep(SETTLE_S + 1)
    check(alerts(h, cv, "crisis_unclaimed") == 1, "crisis_unclaimed raised more than once")
    pages = h.fake_requests(to=ONCALL, ok=True, channel="sms")[before:]
    check(len(pages) == 1, "%d pages, expected 1" % len(pages))
    raw = json.dumps(pages[0])
    check("crisischat" in raw, "the page does not say a crisis chat waits: %r" % raw[:400])
    check(to not in raw and digits(to) not in digits(raw.replace(digits(ONCALL), "")) and
          "leven" not in raw, "the page carries the young person's number or words: %r"
          % raw[:400])


@test
def waiting_idle_reminder(h):
    """Assigned, the young person's message unanswered for idle_reminder: one idle alert."""
    open_daemon(h, PRAATPAAL_CONSOLE_IDLE_REMINDER="1")
    to = "31600000606"
    to_jip(h, to)
    cv = conv_id(h, to)
    h.psql("UPDATE conversation SET status = 'assigned', assigned_at = now() - interval '1 minute' "
           "WHERE id = %d" % cv)
    check(quiet(h, to, "hallo, ben je er nog?") == [], "the bot answered while assigned")
    wait_until(lambda: alerts(h, cv, "idle") == 1, "the idle alert")
    time.sleep(SETTLE_S + 1)
    check(alerts(h, cv, "idle") == 1, "idle raised more than once in one idle spell")


@test
def waiting_team_closed(h):
    """JIP closed while a chat waits: told at once what happens next, first in line."""
    today = datetime.datetime.now(datetime.timezone.utc).weekday()
    other = DAYS[(today + 3) % 7]   # open on another day only: closed now, in Amsterdam too
    open_daemon(h, PRAATPAAL_TEAMS_JIP_HOURS="%s 09:00-10:00" % other)
    to = "31600000607"
    r = to_jip(h, to)
    expect(r, "gesloten", what="the handover out of hours")
    cv = conv_id(h, to)
    before = len(h.fake_requests(to=to, ok=True))
    # It was queued before the team closed and not told since.
    h.psql("UPDATE conversation SET queued_at = now() - interval '8 days', "
           "closed_notice_at = NULL WHERE id = %d" % cv)
    new = wait_until(lambda: h.fake_requests(to=to, ok=True)[before:], "the closed notice")
    text = joined(new)
    check("Je blijft in de wachtrij" in text and "113" in text and "altijd open" in text,
          "the closed notice %r" % text)
    check(conv_row(h, to)[2] == 9, "not first in line: priority %d" % conv_row(h, to)[2])
    time.sleep(SETTLE_S + 1)
    check(len(h.fake_requests(to=to, ok=True)) == before + 1, "told more than once")
    h.psql("UPDATE conversation SET status = 'closed' WHERE id = %d" % cv)
