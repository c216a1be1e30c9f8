"""The story dashboard (src/api_dashboard.c, GET /api/v1/stories/dashboard):
counts of the research copy of stories per role, kind of help,
municipality, age band, topic, signifier answer and week or month; every
count under k suppressed (null with a flag, never the number), with
complementary suppression so that nothing small can be worked out from
the total; filters that narrow a chart under k suppress it too; roles,
bad parameters, the audit row, and no text of any story in the answer.

The stories are research copies written straight into research_story
(the copy job's own tests are in test_research.py), on days in 2032 that
no other test uses; k is the default 5.
"""

import json

from harness import check, hreq, test

PATH = "/api/v1/stories/dashboard"
MARCH = "from=2032-03-01&to=2032-03-31"
SECRETS = ("Noor Voorbeeld", "geheim verhaal", "meer tijd voor mij", "luister beter",
           "Bram de Testman")


def sql_story(h, address, day, role, help_kind, municipality, age_band, signifiers, topics):
    """A consenting contact with one research copy of a story."""
    cid = int(h.scalar(
        "INSERT INTO contact (channel, address, pseudonym, profile_name) VALUES "
        "('whatsapp', '%s', 'ps-%s', 'Noor Voorbeeld') RETURNING id" % (address, address)))
    h.psql("INSERT INTO consent_event (contact_id, scope, purpose, granted, text_version) "
           "VALUES (%d, 'research', 'stories', true, 'story-v1')" % cid)

    def lit(v):
        return "NULL" if v is None else "'%s'" % v.replace("'", "''")
    h.psql("INSERT INTO research_story (story_id, contact_id, day, role, help_kind, signifiers, "
           "topics, municipality, age_band, body) VALUES (-%d, %d, '%s', %s, %s, '%s'::jsonb, "
           "'%s'::jsonb, %s, %s, 'Mijn geheim verhaal, verteld door [NAAM].')"
           % (cid, cid, day, lit(role), lit(help_kind), json.dumps(signifiers),
              json.dumps(topics), lit(municipality), lit(age_band)))
    return cid


def seed_march(h):
    """13 stories in March 2032: 6 youth (Delft), 5 parents (Den Haag), 2 professionals."""
    if h.scalar("SELECT count(*) FROM research_story WHERE day BETWEEN '2032-03-01' "
                "AND '2032-03-31'") != "0":
        return
    ids = {"youth": [], "parent": [], "professional": []}
    for i in range(6):
        ids["youth"].append(sql_story(
            h, "3160000321%d" % i, "2032-03-09", "youth", "ggz", "Delft", "16-17",
            {"triad": "de hulp", "heard": 4, "say": 3, "feeling": "positief",
             "title": "Het verhaal van Noor Voorbeeld", "change": "meer tijd voor mij"},
            [2, 6]))
    for i in range(5):
        ids["parent"].append(sql_story(
            h, "3160000322%d" % i, "2032-03-16", "parent", "jeugdbescherming", "Den Haag", None,
            {"triad": "ikzelf", "heard": 2, "lesson": "luister beter naar Bram de Testman"},
            [2]))
    for i in range(2):
        ids["professional"].append(sql_story(
            h, "3160000323%d" % i, "2032-03-23", "professional", "ggz", "Wassenaar", None,
            {"triad": "mensen om me heen", "years": "3-5"}, [13]))
    return ids


def login(h, name, role, teams=None):
    import test_research as tr   # imported here: run.py has loaded it by now
    return tr.api_login(h, name, role, teams)


def get(h, cookie, query):
    st, hd, body = hreq(h.http_port, "GET", PATH + "?" + query, None,
                        {"Cookie": cookie} if cookie else {})
    try:
        doc = json.loads(body.decode("utf-8"))
    except ValueError:
        doc = None
    return st, doc, body.decode("utf-8", "replace")


def cells(chart):
    """{value: n} of a chart, None for a suppressed count."""
    out = {}
    for c in chart:
        check(c["suppressed"] == (c["n"] is None), "cell flag and count disagree: %r" % c)
        out[c.get("value", c.get("period"))] = c["n"]
    return out


_cookies = {}


def researcher(h):
    if "r" not in _cookies:
        _cookies["r"] = login(h, "dash.researcher", "researcher")
    return _cookies["r"]


@test
def dashboard_counts_and_suppression(h):
    seed_march(h)
    h.ensure()
    st, d, raw = get(h, researcher(h), MARCH + "&by=week")
    check(st == 200, "the dashboard answered %d: %s" % (st, raw[:300]))
    check(d["k"] == 5 and d["suppression"] == "complementary" and d["by"] == "week",
          "head: %r" % {x: d[x] for x in ("k", "suppression", "by")})
    check(d["total"] == {"n": 13, "suppressed": False}, "total: %r" % d["total"])
    dims = d["dimensions"]
    # professional 2 < k; alone it could be worked out (13 - 6 - 5), so the
    # next smallest (parent 5) is hidden too.
    check(cells(dims["role"]) == {"youth": 6, "parent": None, "professional": None},
          "roles: %r" % dims["role"])
    check(cells(dims["municipality"]) == {"Delft": 6, "Den Haag": None, "Wassenaar": None},
          "municipalities: %r" % dims["municipality"])
    check(cells(dims["age_band"]) == {"16-17": 6, None: 7}, "age bands: %r" % dims["age_band"])
    check(cells(dims["help_kind"]) == {"ggz": 8, "jeugdbescherming": 5},
          "help kinds: %r" % dims["help_kind"])
    check(cells(dims["topic"]) == {"2": 11, "6": None, "13": None}, "topics: %r" % dims["topic"])
    sig = d["signifiers"]
    check(set(sig) == {"triad", "help_amount", "heard", "say", "frequency", "feeling", "years"},
          "signifiers: %r" % sorted(sig))
    check(cells(sig["triad"]) == {"de hulp": 6, "ikzelf": None, "mensen om me heen": None},
          "triad: %r" % sig["triad"])
    check(cells(sig["heard"]) == {"4": 6, "2": None, None: None}, "heard: %r" % sig["heard"])
    check(cells(sig["say"]) == {"3": 6, None: 7}, "say: %r" % sig["say"])
    check(cells(sig["help_amount"]) == {None: 13}, "help amount: %r" % sig["help_amount"])
    check(cells(d["series"]) == {"2032-W10": 0, "2032-W11": 6, "2032-W12": None,
                                 "2032-W13": None, "2032-W14": 0},
          "weeks: %r" % d["series"])
    check([c["period"] for c in d["series"]] == ["2032-W10", "2032-W11", "2032-W12",
                                                  "2032-W13", "2032-W14"], "week order")
    # Nowhere a true small number: no suppressed cell carries a count, and
    # no text of a story (nor a scrubbed title, change or lesson) is sent.
    for s in SECRETS + ("title", "change", "lesson", "body", "[NAAM]"):
        check(s not in raw, "%r in the dashboard" % s)
    # The period is widened to whole weeks (to the Sunday) or months: two
    # periods never differ by a few days.
    check((d["from"], d["to"]) == ("2032-03-01", "2032-04-04"), "weeks: %r" % ((d["from"], d["to"]),))
    st, d, raw = get(h, researcher(h), "from=2032-03-09&to=2032-03-10&by=month")
    check(st == 200 and cells(d["series"]) == {"2032-03": 13} and
          (d["from"], d["to"]) == ("2032-03-01", "2032-03-31"), "months: %r" % d)
    st, d, raw = get(h, researcher(h), "from=2032-03-10&to=2032-03-10&by=week")
    check(st == 200 and d["total"]["n"] == 6 and (d["from"], d["to"]) ==
          ("2032-03-08", "2032-03-14"), "one day's week: %r" % d)


@test
def dashboard_filters_narrow_under_k(h):
    seed_march(h)
    h.ensure()
    r = researcher(h)
    st, d, raw = get(h, r, MARCH + "&by=month&role=youth&municipality=Delft")
    check(st == 200 and d["total"]["n"] == 6 and d["role"] == "youth" and
          d["municipality"] == "Delft", "youth in Delft: %d %r" % (st, d and d["total"]))
    check(cells(d["dimensions"]["topic"]) == {"2": 6, "6": 6}, "topics: %r"
          % d["dimensions"]["topic"])
    # Two professionals: the total and every count are hidden, zeros too.
    for q in ("role=professional", "municipality=Wassenaar"):
        st, d, raw = get(h, r, MARCH + "&by=week&" + q)
        check(st == 200, "%s answered %d" % (q, st))
        check(d["total"] == {"n": None, "suppressed": True}, "%s total: %r" % (q, d["total"]))
        shown = [c for ch in list(d["dimensions"].values()) + list(d["signifiers"].values()) +
                 [d["series"]] for c in ch if c["n"] is not None]
        check(not shown, "%s shows counts: %r" % (q, shown))
        # Not even which values occur: the charts are empty, the weeks all hidden.
        listed = [c for ch in list(d["dimensions"].values()) + list(d["signifiers"].values())
                  for c in ch]
        check(not listed, "%s lists values: %r" % (q, listed))
        check(len(d["series"]) == 5, "%s weeks: %r" % (q, d["series"]))
    # A filter nothing matches: all zero, nothing to hide.
    st, d, raw = get(h, r, MARCH + "&by=month&municipality=Westland")
    check(st == 200 and d["total"] == {"n": 0, "suppressed": False} and
          d["dimensions"]["role"] == [], "Westland: %r" % d)


@test
def dashboard_withdrawal_and_free_text_values(h):
    ids = []
    for i in range(5):
        ids.append(sql_story(h, "3160000324%d" % i, "2032-05-04", "youth", "ggz", "Rijswijk",
                             "18-20", {"triad": "ikzelf", "frequency": "soms"}, [3]))
    # A value that is not a word of a list (an old flow, a hand-made row)
    # is counted as "anders", never shown.
    ids.append(sql_story(h, "31600003250", "2032-05-05", "youth",
                         "hulp van Bram de Testman, tel. 0612345678", "Rijswijk", "18-20",
                         {"triad": "ikzelf", "frequency": "Noor Voorbeeld zei: soms!"}, [3]))
    h.ensure()
    q = "from=2032-05-01&to=2032-05-31&by=month"
    st, d, raw = get(h, researcher(h), q)
    check(st == 200 and d["total"]["n"] == 6, "May: %d %s" % (st, raw[:300]))
    check(cells(d["dimensions"]["help_kind"]) == {"ggz": None, "anders": None},
          "help kinds: %r" % d["dimensions"]["help_kind"])
    check(cells(d["signifiers"]["frequency"]) == {"soms": None, "anders": None},
          "frequency: %r" % d["signifiers"]["frequency"])
    for s in ("Bram", "0612345678", "Noor", "soms!"):
        check(s not in raw, "%r in the dashboard" % s)
    # A teller who leaves the research leaves the dashboard: 5 remain.
    h.psql("INSERT INTO consent_event (contact_id, scope, purpose, granted, text_version) "
           "VALUES (%d, 'research', 'stories', false, 'withdraw')" % ids[-1])
    st, d, raw = get(h, researcher(h), q)
    check(st == 200 and d["total"]["n"] == 5 and
          cells(d["dimensions"]["help_kind"]) == {"ggz": 5}, "after withdrawal: %s" % raw[:300])


@test
def dashboard_roles_params_audit(h):
    seed_march(h)
    h.ensure()
    r = researcher(h)
    sup = login(h, "dash.supervisor", "supervisor")
    cns = login(h, "dash.counsellor", "counsellor", "JIP")

    def audits():
        return int(h.scalar("SELECT count(*) FROM audit WHERE action = 'dashboard'"))
    before = audits()
    st, d, raw = get(h, cns, MARCH + "&by=week")
    check(st == 403 and d and "error" in d, "a counsellor got %d %s" % (st, raw[:200]))
    st, d, raw = get(h, None, MARCH + "&by=week")
    check(st == 401, "no session got %d" % st)
    for query, word in (("to=2032-03-31&by=week", "from"),
                        ("from=2032-3-1&to=2032-03-31&by=week", "from"),
                        ("from=2032-02-30&to=2032-03-31&by=week", "from"),
                        ("from=2032-03-01&by=week", "to"),
                        ("from=2032-03-31&to=2032-03-01&by=week", "to"),
                        ("from=2030-01-01&to=2033-12-31&by=month", "to"),
                        (MARCH, "by"),
                        (MARCH + "&by=day", "by"),
                        (MARCH + "&by=week&role=counsellor", "role"),
                        (MARCH + "&by=week&municipality=Delft%27%3B--", "municipality"),
                        (MARCH + "&by=week&municipality=" + "x" * 41, "municipality"),
                        (MARCH + "&by=week&rol=youth", "rol")):
        st, d, raw = get(h, r, query)
        check(st == 400 and d and d.get("error", "").startswith(word + ":"),
              "%s answered %d %s (expected 400 naming %s)" % (query, st, raw[:200], word))
    check(audits() == before, "a refused request was audited")
    st, d, raw = get(h, sup, MARCH + "&by=week&role=parent")
    check(st == 200 and d["total"]["n"] == 5, "the supervisor got %d %s" % (st, raw[:200]))
    aud = h.psql("SELECT s.login, a.detail::text FROM audit a JOIN staff s ON s.id = a.staff_id "
                 "WHERE a.action = 'dashboard' ORDER BY a.id DESC LIMIT 1")
    check(aud and aud[0][0] == "dash.supervisor", "audit: %r" % aud)
    det = json.loads(aud[0][1])
    check(det == {"from": "2032-03-01", "to": "2032-04-04", "by": "week", "k": 5,
                  "role": "parent"}, "audit detail: %r" % det)
    check(audits() == before + 1, "audit rows: %d, expected %d" % (audits(), before + 1))


@test
def dashboard_story_told_in_chat(h):
    """The real path: a story told in chat with the teller's yes, copied by the
    research job, counted on the dashboard (k = 1 here, so that one shows)."""
    import test_dialogue as td   # imported here: run.py has loaded it by now
    from harness import wait_until
    h.daemon_restart({"PRAATPAAL_PRIVACY_K_ANONYMITY": "1"})
    to = "31600003260"
    td.start(h, to)
    td.tap(h, to, "list", "story", "Mijn ervaring vertellen", min_new=2)
    td.tap(h, to, "button", "parent", "Ouder of verzorger")
    td.tap(h, to, "list", "child_protection", "Jeugdbescherming")
    td.say(h, to, "Mijn zoon Bram de Testman wachtte maanden (test dashboard een).")
    td.expect(td.say(h, to, "klaar"), "Hoe was deze ervaring", what="feeling")
    td.tap(h, to, "button", "mixed", "Gemengd")
    td.expect(td.say(h, to, "2, 13"), "Wat kunnen anderen leren", what="lesson")
    td.expect(td.say(h, to, "luister beter naar ouders (test dashboard twee)"),
              "korte vragen", what="signifiers offer")
    td.tap(h, to, "button", "yes", "Ja, graag")
    td.expect(td.say(h, to, "Het verhaal van Noor Voorbeeld"), "Wat hielp jou het meest?",
              what="triad")
    td.tap(h, to, "list", "self", "Ikzelf")
    td.say(h, to, "1")
    td.say(h, to, "5")
    td.say(h, to, "3")
    td.expect(td.say(h, to, "soms"), "Wat zou er moeten veranderen?", what="change")
    r = td.say(h, to, "meer tijd voor mij")
    td.expect(r, "In welke gemeente", what="municipality")
    r = td.tap(h, to, "list", "pijnacker_nootdorp", "Pijnacker-Nootdorp")
    td.expect(r, "anoniem gebruiken voor onderzoek", what="consent")
    td.tap(h, to, "button", "yes", "Ja, dat mag")
    cid = h.contact_id("whatsapp", to)
    wait_until(lambda: h.scalar("SELECT count(*) FROM research_story WHERE contact_id = %s"
                                % cid) == "1", "the research job to copy the story")
    day = h.scalar("SELECT day FROM research_story WHERE contact_id = %s" % cid)
    st, d, raw = get(h, researcher(h), "from=%s&to=%s&by=month&municipality=Pijnacker-Nootdorp"
                     % (day, day))
    check(st == 200 and d["k"] == 1 and d["total"]["n"] == 1, "dashboard: %d %s" % (st, raw[:300]))
    dims, sig = d["dimensions"], d["signifiers"]
    check(cells(dims["role"]) == {"parent": 1} and
          cells(dims["help_kind"]) == {"jeugdbescherming": 1} and
          cells(dims["topic"]) == {"2": 1, "13": 1}, "dimensions: %r" % dims)
    check(cells(sig["triad"]) == {"ikzelf": 1} and cells(sig["help_amount"]) == {"1": 1} and
          cells(sig["heard"]) == {"5": 1} and cells(sig["say"]) == {"3": 1} and
          cells(sig["frequency"]) == {"soms": 1} and cells(sig["feeling"]) == {"gemengd": 1},
          "signifiers: %r" % sig)
    for s in SECRETS + ("test dashboard",):
        check(s not in raw, "%r in the dashboard" % s)
