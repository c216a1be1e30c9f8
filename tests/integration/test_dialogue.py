"""Dialogue engine, crisis triage and the Haaglanden flows (issue: dialogue).

Each test walks the shipped flows (conf/flows, map in docs/flows-haaglanden.md)
through the real daemon and asserts on what reached the fake provider and on
the database rows the worker wrote in the same transaction. Every test uses
its own phone number (31600000101 ...), so tests do not depend on each other.
"""

from harness import *  # noqa: F401,F403 (the harness is this suite's vocabulary)
from harness import Harness, TESTS  # noqa: F401

NAME = "Testpersoon Dialoog"
SECRET_MIN = 12     # shorter texts ("1", "ja", "klaar") are menu answers, not secrets:
                    # they may well occur in the log for other reasons


def _secret(text):
    """wa_text/tw_inbound record every text as a secret the log must not hold;
    keep that for real sentences only."""
    if len(text) < SECRET_MIN:
        SECRETS_USED.discard(text)


def wa_msg(frm, text):
    m = wa_text(frm, text)
    _secret(text)
    return m


def wa_choice(frm, kind, cid, title):
    """A tapped button (kind "button") or list row (kind "list") as WhatsApp sends it."""
    SECRETS_USED.add(frm)
    sub = "button_reply" if kind == "button" else "list_reply"
    return {"from": frm, "id": wamid_in(), "timestamp": str(int(time.time())),
            "type": "interactive", "interactive": {"type": sub, sub: {"id": cid, "title": title}}}


def wa_image(frm):
    SECRETS_USED.add(frm)
    return {"from": frm, "id": wamid_in(), "timestamp": str(int(time.time())),
            "type": "image", "image": {"mime_type": "image/jpeg", "id": "1479537139650973",
                                       "sha256": "ab" * 32}}


def step(h, to, msg, ch="whatsapp", min_new=1):
    """Deliver one message (a WhatsApp message dict, or Twilio form params)
    and return the fake requests it caused (at least min_new)."""
    before = len(h.fake_requests(to=to, ok=True))
    if ch == "whatsapp":
        st, _, body = h.post_wa(wa_payload(wa_value([(to, NAME)], [msg])))
    else:
        st, _, body = h.post_tw(msg)
    check(st == 200, "webhook answered %d %r" % (st, body))

    def done():
        s = h.replies_state(ch, to)
        return s if s is not None and len(s[1]) >= before + min_new else None
    _, reqs = wait_until(done, "%d reply/replies to %s" % (min_new, ch))
    new = reqs[before:]
    if ch == "whatsapp":
        for r in new:
            check_wa_reply(r, to)
    return new


def say(h, to, text, min_new=1):
    return step(h, to, wa_msg(to, text), min_new=min_new)


def tap(h, to, kind, cid, title, min_new=1):
    return step(h, to, wa_choice(to, kind, cid, title), min_new=min_new)


def texts(reqs):
    return [wa_text_of(r["body"]) for r in reqs]


def joined(reqs):
    return "\n".join(texts(reqs))


def choices(req):
    """(kind, titles) of an interactive request: ("list"|"button", [titles]); else (None, [])."""
    b = req["body"]
    if b.get("type") != "interactive":
        return None, []
    ia = b["interactive"]
    if ia.get("type") == "list":
        return "list", [row["title"] for s in ia["action"]["sections"] for row in s["rows"]]
    if ia.get("type") == "button":
        return "button", [bt["reply"]["title"] for bt in ia["action"]["buttons"]]
    return ia.get("type"), []


def expect(reqs, fragment, kind=None, titles=None, what=""):
    """The last request contains fragment; optionally its menu shape and titles."""
    check(reqs, "no reply %s" % what)
    all_text = joined(reqs)
    check(fragment in all_text, "%s: %r not in the replies %r" % (what, fragment, all_text[:600]))
    if kind is not None:
        k, t = choices(reqs[-1])
        check(k == kind, "%s: last reply is %r, expected an interactive %s (%r)"
              % (what, k, kind, reqs[-1]["body"]))
        if titles is not None:
            check(t == titles, "%s: titles %r, expected %r" % (what, t, titles))


MAIN_MENU = ["Ik heb een vraag", "Het gaat niet goed", "Ik ben in nood",
             "Mijn ervaring vertellen"]


def start(h, to, first="hoi"):
    """First contact: the welcome, then the main menu (a list of four)."""
    reqs = say(h, to, first, min_new=2)
    expect(reqs, "112", what="welcome")
    expect(reqs, "Waarmee kunnen we je helpen?", "list", MAIN_MENU, "main menu")
    return reqs


def contact_col(h, to, col, ch="whatsapp"):
    cid = h.contact_id(ch, to)
    check(cid is not None, "no contact row")
    rows = h.psql("SELECT coalesce(%s::text, 'NULL') FROM contact WHERE id = %s" % (col, cid))
    check(rows, "no contact row")
    return "" if rows[0][0] == "NULL" else rows[0][0]


def conv_row(h, to, ch="whatsapp"):
    """The contact's newest conversation: (status, team, priority, summary json)."""
    cid = h.contact_id(ch, to)
    r = h.psql("SELECT status, coalesce(team, ''), priority, coalesce(summary::text, '{}') "
               "FROM conversation WHERE contact_id = %s ORDER BY id DESC LIMIT 1" % cid)
    check(r, "no conversation")
    return r[0][0], r[0][1], int(r[0][2]), json.loads("|".join(r[0][3:]))


def crisis_total(h):
    m = re.search(r"^praatpaal_crisis_total(?:\{[^}]*\})? (\d+)", h.metrics_text(), re.M)
    check(m, "no praatpaal_crisis_total in /metrics")
    return int(m.group(1))


def flows_copy(h, name):
    d = os.path.join(h.tmp, name)
    shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "conf", "flows"), d)
    return d


def edit_json(path, fn):
    with open(path) as f:
        obj = json.load(f)
    fn(obj)
    with open(path, "w") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)


def break_flows(d):
    """Two mistakes: menu.json main_menu row to an unknown node; story.json role
    with a button title over 20 characters."""
    def bad_next(o):
        o["nodes"]["main_menu"]["choices"][0]["next"] = "no_such_node_here"

    def long_title(o):
        o["nodes"]["role"]["choices"][0]["title"]["nl"] = "Jongere met een veel te lange titel"
    edit_json(os.path.join(d, "menu.json"), bad_next)
    edit_json(os.path.join(d, "story.json"), long_title)


# ---------------------------------------------------------------------------
# The tests, in the order they run


@test
def dialogue_story_walk_consent_yes(h):
    to = "31600000101"
    start(h, to)
    r = tap(h, to, "list", "story", "Mijn ervaring vertellen", min_new=2)
    expect(r, "Fijn dat je je ervaring wilt vertellen", what="story intro")
    expect(r, "Vertel je als jongere", "button", ["Jongere", "Ouder of verzorger", "Professional"],
           "role")
    r = tap(h, to, "button", "youth", "Jongere")
    expect(r, "Over welke hulp gaat je ervaring?", "list",
           ["Jeugdbescherming", "GGZ (psychische hulp)", "LVB", "Zonder huis / opvang",
            "Gesloten jeugdzorg", "Iets anders"], "help kind")
    r = tap(h, to, "list", "mental_health", "GGZ (psychische hulp)")
    expect(r, "Stuur dan *klaar*", what="story prompt")
    part1 = "Ik stond een jaar op de wachtlijst voor de ggz (test dialoog een)."
    part2 = "Niemand belde me terug in die tijd (test dialoog twee)."
    expect(say(h, to, part1), "Ga maar door", what="ack 1")
    expect(say(h, to, part2), "Ga maar door", what="ack 2")
    r = say(h, to, "klaar")
    expect(r, "Hoe was deze ervaring voor jou?", "button", ["Positief", "Negatief", "Gemengd"],
           "feeling")
    r = tap(h, to, "button", "negative", "Negatief")
    expect(r, "1. Diversiteit", what="topics (numbered)")
    check(r[-1]["body"]["type"] == "text", "topics is not a plain numbered text")
    r = say(h, to, "2, 13")
    expect(r, "Wat kunnen anderen leren van jouw ervaring?", what="lesson")
    lesson = "Bel jongeren terug, ook zonder plek (test dialoog drie)."
    r = say(h, to, lesson)
    expect(r, "Wil je nog een paar korte vragen over je verhaal beantwoorden?", "button",
           ["Ja, graag", "Nee, sla over"], "signifiers offer")
    r = tap(h, to, "button", "yes", "Ja, graag")
    expect(r, "Welke titel past bij je verhaal?", what="signifier title")
    r = say(h, to, "Een jaar wachten (test titel)")
    expect(r, "Wat hielp jou het meest?", "list",
           ["Ikzelf", "Mensen om me heen", "De hulp die ik kreeg", "Overslaan"], "triad")
    r = tap(h, to, "list", "people", "Mensen om me heen")
    expect(r, "De hulp die ik kreeg was", "list", what="dyad help amount")
    r = say(h, to, "2")
    expect(r, "Ik voelde me gehoord", "list", what="dyad heard")
    r = tap(h, to, "list", "skip", "Overslaan")
    expect(r, "Ik had zelf iets te zeggen over mijn hulp", "list", what="dyad say")
    r = tap(h, to, "list", "d4", "4 Veel")
    expect(r, "Hoe vaak gebeurt zoiets", "list", what="frequency")
    r = say(h, to, "vaak")
    expect(r, "Wat zou er moeten veranderen?", what="change")
    r = say(h, to, "Sneller terugbellen (test verandering).")
    expect(r, "In welke gemeente was de hulp?", "list", what="municipality")
    check(len(choices(r[-1])[1]) == 10 and "Zoetermeer" in choices(r[-1])[1],
          "municipality rows %r" % choices(r[-1])[1])
    r = tap(h, to, "list", "zoetermeer", "Zoetermeer")
    expect(r, "Hoe oud ben je?", "list", ["12-15 jaar", "16-17 jaar", "18-20 jaar",
                                          "21-23 jaar", "24 jaar of ouder"], "age band")
    r = tap(h, to, "list", "a16_17", "16-17 jaar")
    expect(r, "anoniem gebruiken voor onderzoek", "button", ["Ja, dat mag", "Nee, liever niet"],
           "consent")
    r = tap(h, to, "button", "yes", "Ja, dat mag")
    expect(r, "Dank je wel voor het delen!", "button",
           ["Nog een verhaal", "Naar het menu", "Klaar voor nu"], "thanks")

    cid = h.contact_id("whatsapp", to)
    rows = h.psql("SELECT kind, consent, data::text FROM story WHERE contact_id = %s" % cid)
    check(len(rows) == 1, "%d story rows, expected 1" % len(rows))
    kind, consent, data = rows[0][0], rows[0][1], json.loads("|".join(rows[0][2:]))
    check(kind == "story", "story kind %r" % kind)
    check(consent == "t", "story consent %r, expected true" % consent)
    want = {"role": "jongere", "help_kind": "ggz", "feeling": "negatief",
            "topics": "wachtlijsten,begeleiding", "lesson": lesson,
            "municipality": "Zoetermeer", "age_band": "16-17", "consent": "yes",
            "story": part1 + "\n" + part2}
    for k, v in want.items():
        check(data.get(k) == v, "story data %s = %r, expected %r" % (k, data.get(k), v))
    want_sig = {"title": "Een jaar wachten (test titel)", "triad": "mensen om me heen",
                "help_amount": 2, "say": 4, "frequency": "vaak",
                "change": "Sneller terugbellen (test verandering)."}
    check(data.get("signifiers") == want_sig, "story signifiers %r, expected %r (heard skipped)"
          % (data.get("signifiers"), want_sig))

    r = tap(h, to, "button", "bye", "Klaar voor nu")
    expect(r, "Dank je wel en tot ziens!", what="bye")
    time.sleep(SETTLE_S)
    check(len(h.fake_requests(to=to, ok=True)) == 24,
          "%d replies in all, expected 24 (a consent question after a story?)"
          % len(h.fake_requests(to=to, ok=True)))
    check(conv_row(h, to)[0] == "closed", "conversation not closed after bye")
    check(contact_col(h, to, "research_consent_asked_at") == "",
          "research consent asked after a conversation with a story")
    # Every reply once, in outbox order.
    h.wait_settled("whatsapp", to, min_rows=24, settle=0)


@test
def dialogue_crisis_mid_story(h):
    to = "31600000102"
    before = crisis_total(h)
    start(h, to)
    tap(h, to, "list", "story", "Mijn ervaring vertellen", min_new=2)
    tap(h, to, "button", "youth", "Jongere")
    tap(h, to, "list", "mental_health", "GGZ (psychische hulp)")
    expect(say(h, to, "Het ging lang slecht met me (test dialoog vier)."), "Ga maar door",
           what="ack")
    phrase = "ik wil niet meer leven"
    r = say(h, to, phrase)
    t = joined(r)
    check("113" in t and "112" in t, "crisis reply without 113 and 112: %r" % t)
    check("Ga maar door" not in t, "the story ack came instead of the crisis reply")
    status, team, prio, summary = conv_row(h, to)
    check((status, team, prio) == ("queued", "CIT", 10),
          "conversation %s/%s/%d, expected queued/CIT/10" % (status, team, prio))
    check(summary.get("reason") == "crisis", "summary reason %r" % summary.get("reason"))
    check(summary.get("category") == "suicide", "summary category %r" % summary.get("category"))
    check(h.scalar("SELECT queued_at IS NOT NULL FROM conversation WHERE contact_id = %s "
                   "ORDER BY id DESC LIMIT 1" % h.contact_id("whatsapp", to)) == "t",
          "queued_at not set")
    after = crisis_total(h)
    check(after == before + 1, "praatpaal_crisis_total %d -> %d, expected +1" % (before, after))
    log = h.log_since_start()
    lines = [ln for ln in log.splitlines() if "handover=CIT" in ln]
    check(lines, "no log line with handover=CIT")
    check("priority=10" in lines[-1], "handover line without priority=10: %r" % lines[-1])
    check(phrase not in log and "niet meer leven" not in log, "the crisis text is in the log")


@test
def dialogue_crisis_past_mid_story(h):
    """A past crisis told in a story: the numbers and "is this happening now?";
    "nee" and the story goes on where it was, is saved with that message, and
    nothing was handed over."""
    to = "31600000113"
    start(h, to)
    tap(h, to, "list", "story", "Mijn ervaring vertellen", min_new=2)
    tap(h, to, "button", "youth", "Jongere")
    tap(h, to, "list", "mental_health", "GGZ (psychische hulp)")
    part1 = "Het ging lang slecht thuis (test dialoog vijf)."
    past = "In die tijd heeft mijn broer een zelfmoordpoging gedaan."
    part3 = "Nu gaat het beter met ons (test dialoog zes)."
    expect(say(h, to, part1), "Ga maar door", what="ack")
    r = say(h, to, past)
    expect(r, "Is dit nu aan de hand?", "button", ["Ja", "Nee"], "now question")
    t = joined(r)
    check("113" in t and "112" in t, "the past-crisis question without 113 and 112: %r" % t)
    check(conv_row(h, to)[0] == "bot", "handed over before the answer: %r" % (conv_row(h, to),))
    expect(tap(h, to, "button", "no", "Nee"), "Ga maar verder waar je was", what="go on")
    expect(say(h, to, part3), "Ga maar door", what="ack after")
    expect(say(h, to, "klaar"), "Hoe was deze ervaring voor jou?", what="feeling")
    tap(h, to, "button", "mixed", "Gemengd")
    say(h, to, "2")
    expect(say(h, to, "overslaan"), "Wil je nog een paar korte vragen", what="offer")
    expect(tap(h, to, "button", "skip", "Nee, sla over"), "In welke gemeente", what="municipality")
    tap(h, to, "list", "delft", "Delft")
    tap(h, to, "list", "a18_20", "18-20 jaar")
    expect(tap(h, to, "button", "no", "Nee, liever niet"), "Dank je wel voor het delen!",
           what="thanks")
    rows = h.psql("SELECT data::text FROM story WHERE contact_id = %s"
                  % h.contact_id("whatsapp", to))
    check(len(rows) == 1, "%d story rows, expected 1" % len(rows))
    data = json.loads("|".join(rows[0]))
    check(data.get("story") == "\n".join([part1, past, part3]),
          "story %r, expected the three parts" % data.get("story"))
    check(conv_row(h, to)[0] == "bot", "conversation %r after the story" % (conv_row(h, to),))
    log = h.log_since_start()
    check("past=1" in log, "no crisis_hit ... past=1 log line")
    check("zelfmoordpoging" not in log, "the message text is in the log")


@test
def dialogue_crisis_while_assigned(h):
    to = "31600000103"
    start(h, to)
    tap(h, to, "list", "unwell", "Het gaat niet goed", min_new=2)
    say(h, to, "15")
    tap(h, to, "list", "den_haag", "Den Haag")
    say(h, to, "Ik voel me heel alleen (test dialoog vijf).")
    cid = h.contact_id("whatsapp", to)
    check(conv_row(h, to)[:2] == ("queued", "JIT"), "not queued for JIT: %r" % (conv_row(h, to),))
    h.psql("UPDATE conversation SET status = 'assigned' WHERE contact_id = %s "
           "AND status = 'queued'" % cid)
    before_out = len(h.out_rows("whatsapp", to))
    before_fake = len(h.fake_requests(to=to))
    before_crisis = crisis_total(h)
    step(h, to, wa_msg(to, "ik wil niet meer leven"), min_new=0)
    time.sleep(SETTLE_S)
    check(len(h.fake_requests(to=to)) == before_fake,
          "a reply reached the fake while a counsellor has the chat: %r"
          % texts(h.fake_requests(to=to)[before_fake:]))
    check(len(h.out_rows("whatsapp", to)) == before_out, "outbox grew while assigned")
    rows = h.psql("SELECT a.category FROM alert a JOIN conversation c ON c.id = "
                  "a.conversation_id WHERE c.contact_id = %s" % cid)
    check(rows == [["suicide"]], "alert rows %r, expected one 'suicide'" % rows)
    check(conv_row(h, to)[0] == "assigned", "status changed from assigned to %r"
          % conv_row(h, to)[0])
    check(crisis_total(h) == before_crisis + 1, "praatpaal_crisis_total did not count the alert")


@test
def dialogue_jit_intake_handover(h):
    to = "31600000104"
    start(h, to)
    r = tap(h, to, "list", "unwell", "Het gaat niet goed", min_new=2)
    expect(r, "Je staat er niet alleen voor.", what="jit intro")
    expect(r, "Hoe oud ben je?", what="age question")
    r = say(h, to, "16")
    expect(r, "In welke gemeente woon je?", "list", what="municipality")
    check(choices(r[-1])[1][-1] == "Anders / zeg ik niet", "rows %r" % choices(r[-1])[1])
    r = tap(h, to, "list", "delft", "Delft")
    expect(r, "Wat is er aan de hand?", what="what question")
    what = "Ik heb steeds ruzie thuis en slaap slecht (test dialoog zes)."
    r = say(h, to, what)
    t = joined(r)
    # In office hours the JIT handover text, else team_closed: both name JIT and 112.
    check("JIT" in t and "112" in t, "handover text without JIT and 112: %r" % t)
    status, team, prio, summary = conv_row(h, to)
    check((status, team, prio) == ("queued", "JIT", 3),
          "conversation %s/%s/%d, expected queued/JIT/3" % (status, team, prio))
    v = summary.get("vars") or {}
    check(str(v.get("age")) == "16", "summary age %r (%r)" % (v.get("age"), summary))
    check(v.get("municipality") == "Delft", "summary municipality %r" % v.get("municipality"))
    check(v.get("what") == what, "summary what %r" % v.get("what"))


@test
def dialogue_stop_and_back(h):
    to = "31600000105"
    start(h, to)
    r = say(h, to, "stop")
    expect(r, "Wil je stoppen?", what="stop confirm")
    check(contact_col(h, to, "opted_out_at") == "", "opted out before confirming")
    r = say(h, to, "ja")
    expect(r, "je bent afgemeld", what="stopped")
    check(contact_col(h, to, "opted_out_at") != "", "opted_out_at not set after stop + ja")
    # Someone who just stopped is asked nothing more (no research question).
    time.sleep(SETTLE_S)
    check("onderzoek" not in joined(h.fake_requests(to=to, ok=True)[-2:]),
          "research consent asked after stop")
    check(contact_col(h, to, "research_consent_asked_at") == "",
          "research consent claimed after stop")
    r = say(h, to, "hallo", min_new=2)
    expect(r, "Welkom terug!", what="opt back in")
    expect(r, "Waarmee kunnen we je helpen?", "list", MAIN_MENU, "menu after opt-in")
    check(contact_col(h, to, "opted_out_at") == "", "opted_out_at still set after writing again")


@test
def dialogue_delete_request(h):
    to = "31600000106"
    start(h, to)
    r = say(h, to, "verwijder")
    expect(r, "al je berichten en gegevens wissen", what="delete confirm")
    cid = h.contact_id("whatsapp", to)
    check(h.scalar("SELECT count(*) FROM erasure_request WHERE contact_id = %s" % cid) == "0",
          "erasure requested before confirming")
    r = say(h, to, "ja")
    expect(r, "We wissen je berichten en gegevens", what="delete done")
    rows = h.psql("SELECT pseudonym, done_at IS NULL FROM erasure_request "
                  "WHERE contact_id = %s" % cid)
    check(len(rows) == 1, "%d erasure_request rows, expected 1" % len(rows))
    check(rows[0][0] != "" and digits(to) not in rows[0][0], "pseudonym %r" % rows[0][0])
    check(rows[0][1] == "t", "erasure already marked done")
    # Someone who asked to be erased is not asked to lend their story to research.
    time.sleep(SETTLE_S)
    check("onderzoek" not in joined(h.fake_requests(to=to, ok=True)[-2:]),
          "research consent asked after an erasure request")
    check(contact_col(h, to, "research_consent_asked_at") == "",
          "research consent claimed after an erasure request")


@test
def dialogue_sms_numbered_menu(h):
    frm = "+31600000107"

    def sms(text, min_new=1):
        p = tw_inbound(frm, text)
        _secret(text)
        reqs = step(h, frm, p, ch="sms", min_new=min_new)
        return "\n".join(r["body"].get("Body", "") for r in reqs)
    t = sms("hoi")
    check("112" in t, "SMS welcome without 112: %r" % t)
    # SMS as SMS: no WhatsApp markup, no emoji, GSM-7, the welcome in at most 3 segments
    bodies = [r["body"].get("Body", "") for r in h.fake_requests(to=frm, ok=True)]
    welcome = next((b for b in bodies if "chatbot" in b), "")
    check(welcome != "", "no SMS welcome saying it is a chatbot: %r" % bodies)
    check(not any(c in b for b in bodies for c in "*_~"), "WhatsApp markup in SMS: %r" % bodies)
    gsm = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
              "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
    check(all(c in gsm for b in bodies for c in b), "a character outside GSM-7 in SMS: %r"
          % [c for b in bodies for c in b if c not in gsm])
    check(len(welcome) <= 3 * 153, "SMS welcome is %d characters, more than 3 segments"
          % len(welcome))
    for i, title in enumerate(MAIN_MENU, 1):
        check(re.search(r"^\s*%d[.)] %s" % (i, re.escape(title)), t, re.M),
              "SMS menu line %d %r missing: %r" % (i, title, t))
    t = sms("1")
    check("Waar gaat je vraag over?" in t, "answering 1 did not open the JIP topics: %r" % t)
    check(re.search(r"^\s*2[.)] Wonen", t, re.M), "topic list not numbered: %r" % t)
    t = sms("2")
    check("woningzoekende" in t, "answering 2 did not give the housing advice: %r" % t)
    reqs = h.fake_requests(to=frm, ok=True)
    check(all(r["body"].get("To") == frm and r["body"].get("From") == TW_FROM for r in reqs),
          "SMS To/From %r" % [(r["body"].get("To"), r["body"].get("From")) for r in reqs])


@test
def dialogue_image_at_menu(h):
    to = "31600000108"
    start(h, to)
    r = step(h, to, wa_image(to), min_new=2)
    expect(r, "Ik kan alleen tekst lezen", what="text only")
    check(texts(r)[0].startswith("Ik kan alleen tekst lezen"), "first reply %r" % texts(r)[0])
    expect(r, "Waarmee kunnen we je helpen?", "list", MAIN_MENU, "menu again")
    check(conv_row(h, to)[0] == "bot", "status %r after an image" % conv_row(h, to)[0])


@test
def dialogue_research_consent_once(h):
    to = "31600000109"
    cid_sql = None

    def jip_and_bye(expect_consent):
        start(h, to)
        r = tap(h, to, "list", "question", "Ik heb een vraag")
        expect(r, "Waar gaat je vraag over?", "list", what="jip topics")
        r = tap(h, to, "list", "school", "School en werk", min_new=2)
        expect(r, "Wil je hierover chatten met iemand van JIP?", "button",
               ["Chat met JIP", "Terug naar menu", "Klaar voor nu"], "jip offer")
        if expect_consent:
            r = tap(h, to, "button", "bye", "Klaar voor nu", min_new=2)
            expect(r, "Fijn dat je er was", what="jip end")
            expect(r, "Mogen we het anoniem gebruiken voor onderzoek?", "button",
                   ["Ja, dat mag", "Nee, liever niet"], "research consent")
        else:
            r = tap(h, to, "button", "bye", "Klaar voor nu")
            time.sleep(SETTLE_S)
            r = h.fake_requests(to=to, ok=True)[-1:]
            expect(r, "Fijn dat je er was", what="jip end, second time")
            check("onderzoek" not in joined(r), "research consent asked a second time")
        return r

    jip_and_bye(True)
    cid_sql = h.contact_id("whatsapp", to)
    check(contact_col(h, to, "research_consent_asked_at") != "",
          "research_consent_asked_at not set")
    check(contact_col(h, to, "research_consent") == "", "consent set before the answer")
    r = tap(h, to, "button", "yes", "Ja, dat mag")
    expect(r, "Dank je wel!", what="consent thanks")
    rows = h.psql("SELECT scope, granted, text_version FROM consent_event WHERE contact_id = %s"
                  % cid_sql)
    check(rows == [["research", "t", "research-v1"]], "consent_event rows %r" % rows)
    check(contact_col(h, to, "research_consent") == "true", "contact.research_consent %r"
          % contact_col(h, to, "research_consent"))
    check(contact_col(h, to, "research_consent_version") == "research-v1",
          "research_consent_version %r" % contact_col(h, to, "research_consent_version"))
    check(conv_row(h, to)[0] == "closed", "consent conversation not closed")
    n = len(h.fake_requests(to=to, ok=True))

    # A second conversation that ends: no question again.
    jip_and_bye(False)
    check(len(h.fake_requests(to=to, ok=True)) == n + 2 + 1 + 2 + 1,
          "unexpected number of replies in the second conversation")
    check(h.scalar("SELECT count(*) FROM consent_event WHERE contact_id = %s" % cid_sql) == "1",
          "a second consent_event")


@test
def dialogue_flows_check(h):
    rc, out = h.run_bin(["flows", "check", os.path.join(ROOT, "conf", "flows")])
    check(rc == 0, "flows check on conf/flows exited %d: %s" % (rc, out.strip()[-800:]))
    check("flows OK" in out, "no 'flows OK': %r" % out)
    d = flows_copy(h, "flows-broken-check")
    break_flows(d)
    rc, out = h.run_bin(["flows", "check", d])
    check(rc == 1, "flows check on a broken copy exited %d: %s" % (rc, out.strip()[-800:]))
    check("flows OK" not in out, "said flows OK for a broken copy")
    bad = [ln for ln in out.splitlines() if "menu.json" in ln and "main_menu" in ln]
    check(bad and any("no_such_node_here" in ln for ln in bad),
          "the unknown next node is not named with file and node: %r" % out)
    bad = [ln for ln in out.splitlines() if "story.json" in ln and "role" in ln]
    check(bad, "the too-long title is not named with file and node: %r" % out)


@test
def dialogue_serve_refuses_broken_flows(h):
    d = flows_copy(h, "flows-broken-serve")
    break_flows(d)
    port = free_port()
    env = h.env(extra={"PRAATPAAL_FLOWS_DIR": d}, port=port)
    out = h.serve_must_refuse(env, "with broken flows")
    check("flows_invalid" in out and "menu.json" in out and "main_menu" in out,
          "the log does not name the problem: %r" % out.strip()[-800:])


@test
def dialogue_sighup_reload(h):
    d = flows_copy(h, "flows-sighup")
    h.daemon_stop()
    h.daemon_start(extra={"PRAATPAAL_FLOWS_DIR": d})
    check("flows loaded dir=%s" % d in h.log_since_start(), "not started with the copy")

    # Broken: the old flows stay.
    break_flows(d)
    h.daemon.send_signal(signal.SIGHUP)
    wait_until(lambda: "flows_reload_failed keeping=previous" in h.log_since_start(),
               "flows_reload_failed")
    check(h.daemon.poll() is None, "daemon exited on SIGHUP with broken flows")
    check(re.search(r"flows_reload_failed problem=.*menu\.json.*main_menu", h.log_since_start()),
          "the reload failure does not name menu.json main_menu")
    to = "31600000110"
    start(h, to)

    # Fixed, with a new welcome text: reloaded.
    shutil.rmtree(d)
    shutil.copytree(os.path.join(ROOT, "conf", "flows"), d)
    marker = "Testmarkering vernieuwde welkomsttekst."

    def new_welcome(o):
        o["nodes"]["welcome"]["text"]["nl"] += "\n" + marker
    edit_json(os.path.join(d, "main.json"), new_welcome)
    n = h.log_since_start().count("flows reloaded")
    h.daemon.send_signal(signal.SIGHUP)
    wait_until(lambda: h.log_since_start().count("flows reloaded") > n, "flows reloaded")
    to2 = "31600000111"
    r = start(h, to2)
    expect(r, marker, what="the reloaded welcome")
    check(marker not in joined(h.fake_requests(to=to)), "the old welcome had the marker")


@test
def dialogue_chat_command(h):
    def chat(args, stdin):
        r = subprocess.run([BIN, "-c", h.conf, "chat"] + args, input=stdin, cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           timeout=WAIT_S, env=h.env())
        check(r.returncode == 0, "chat %s exited %d: %s" % (args, r.returncode, r.stdout[-500:]))
        return r.stdout
    out = chat([], "hoi\n1\n/quit\n")
    check("112" in out and "Haaglanden" in out, "no welcome: %r" % out[:500])
    for i, title in enumerate(MAIN_MENU, 1):
        check(re.search(r"^\s*%d[.)] %s\s*$" % (i, re.escape(title)), out, re.M),
              "menu line %d %r missing: %r" % (i, title, out))
    check("Waar gaat je vraag over?" in out, "answering 1 did not open the JIP topics: %r" % out)
    out = chat(["--lang", "en"], "hi\n/quit\n")
    check("How can we help you?" in out, "no English menu: %r" % out[:500])
    check(re.search(r"^\s*1[.)] I have a question\s*$", out, re.M), "no English menu line: %r"
          % out)
    check("Waarmee kunnen we je helpen" not in out, "Dutch in the English chat")
    out = chat(["--as", "31600000112", "--sms"], "hoi\n/quit\n")
    check("112" in out, "no welcome as an SMS contact: %r" % out[:500])
    r = subprocess.run([BIN, "-c", h.conf, "chat", "--as", "not-a-number"], input="", cwd=ROOT,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                       timeout=WAIT_S, env=h.env())
    check(r.returncode != 0 and "--as must be a phone number" in r.stdout,
          "a bad --as was accepted: %d %r" % (r.returncode, r.stdout[-300:]))


@test
def dialogue_first_messages_in_one_batch(h):
    # A new contact's first messages processed together (one webhook, or a
    # backlog after an outage) continue one conversation: one welcome, and
    # the second message is answered where the first left off.
    to = "31600000130"
    now = int(time.time())
    m1 = wa_text(to, "Hoi", ts=now - 1)
    m2 = wa_text(to, "Hallo, hoe werkt dit? (test batch)", ts=now)
    _secret("Hallo, hoe werkt dit? (test batch)")
    st, _, body = h.post_wa(wa_payload(wa_value([(to, NAME)], [m1, m2])))
    check(st == 200, "webhook answered %d %r" % (st, body))
    rows, reqs = h.wait_settled("whatsapp", to, min_rows=4)
    text = joined(reqs)
    check(text.count("Je praat met de praatpaal") == 1,
          "welcome sent %d times: %r" % (text.count("Je praat met de praatpaal"), text[:600]))
    check("begreep ik niet" in text, "second message not answered in the menu: %r" % text[:600])
