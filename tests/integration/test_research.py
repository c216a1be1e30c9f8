"""The research copy (migrations/0019, src/store_research.c, src/research.c):
no consent, no copy — enforced by PostgreSQL itself; withdrawing consent
deletes the copy; closed conversations and saved stories of consenting
contacts are copied scrubbed.
"""

import csv
import io
import json
import os

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
    """A closed conversation of contact cid with (sender, text) messages,
    written in one statement: the research job, which copies closed chats
    every few seconds, never sees the chat without all its messages."""
    summ = "'%s'::jsonb" % summary if summary else "NULL"
    parts = ["v AS (INSERT INTO conversation (contact_id, status, team, outcome, summary, "
             "closed_at) VALUES (%d, 'closed', 'JIP', 'advice', %s, now()) RETURNING id)"
             % (cid, summ)]
    for i, (who, text) in enumerate(texts):
        t = text.replace("'", "''")
        if who == "youth":
            parts.append("m%d AS (INSERT INTO message_in (channel, provider_id, contact_id, "
                         "conversation_id, provider_ts, kind, body, processed_at) SELECT "
                         "'whatsapp', 'r-' || v.id || '-%d', %d, v.id, now() + interval '%d s', "
                         "'text', '%s', now() FROM v)" % (i, i, cid, i, t))
        else:
            parts.append("m%d AS (INSERT INTO message_out (channel, contact_id, conversation_id, "
                         "body, status, created_at, staff_id) SELECT 'whatsapp', %d, v.id, "
                         "jsonb_build_object('text', '%s'::text), 'sent', now() + interval '%d s', "
                         "%s FROM v)" % (i, cid, t, i, staff_id if who == "counsellor" else "NULL"))
    return int(h.scalar("WITH " + ", ".join(parts) + " SELECT id FROM v"))


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
            ("counsellor", "Hoi Jorinde, ik ben Fenneke van JIP."),
            ("youth", "Dankjewel Fenneke!")]
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
    check(len(rows) == 4, "copied messages: %r" % rows)
    check(rows[0][:5] == ["jip", "JIP", "advice", "Delft", "16-17"], "copy header: %r" % rows[0])
    # In the order they were written, not all the young person's first.
    check([r[6] for r in rows] == ["youth", "bot", "counsellor", "youth"], "senders: %r" % rows)
    text = " ".join(r[7] for r in rows)
    for secret in ("Jorinde", "0612345678", "jorinde@example.nl", "Fenneke"):
        check(secret not in text, "%r left in the copy: %r" % (secret, text))
    n = h.scalar("SELECT count(*) FROM research_conversation WHERE conversation_id = %d" % c2)
    check(n == "0", "a chat without consent was copied")


@test
def research_story_copy_and_export(h):
    cid = sql_contact(h, "31600001905", "Mirthe Voorbeeld")
    data = ('{"role": "jongere", "help_kind": "ggz", "feeling": "gemengd", "topics": "2, 6", '
            '"municipality": "Rijswijk", "age_band": "16-17", "consent": "yes", '
            '"signifiers": {"title": "Het verhaal van Mirthe", "heard": 4, "triad": "de hulp"}, '
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
    # Exported (k = 1, so this one story shows): none of it left either.
    day = h.scalar("SELECT day FROM research_story WHERE story_id = %d" % sid)
    rc, out = h.run_bin(["export", "--what", "stories", "--format", "jsonl", "--from", day,
                         "--to", day], extra={"PRAATPAAL_PRIVACY_K_ANONYMITY": "1"})
    check(rc == 0, "export exited %d: %s" % (rc, out))
    rows = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
    mine = [x for x in rows if x.get("municipality") == "Rijswijk" and x.get("role") == "youth"]
    check(mine and mine[0]["help_kind"] == "ggz" and mine[0]["topics"] == [2, 6] and
          mine[0]["signifiers"].get("feeling") == "gemengd" and
          mine[0]["signifiers"].get("heard") == 4 and "title" in mine[0]["signifiers"],
          "story row: %r" % mine[:1])
    for secret in ("Mirthe", "Meerdervoort", "12345678", "example.com", "Voorbeeld"):
        check(secret not in out, "%r left in the story export" % secret)


# ---- exports -----------------------------------------------------------------


EXPORT_DAY = "2031-05-06"	# a day no other test's copy has


def sql_copy(h, address, day=EXPORT_DAY, municipality="Delft", age="16-17", texts=("hoi",)):
    """A consenting contact with one research copy of a chat on day."""
    cid = sql_contact(h, address)
    h.psql("INSERT INTO consent_event (contact_id, scope, purpose, granted, text_version) "
           "VALUES (%d, 'research', 'chats', true, 'v1')" % cid)
    rid = int(h.scalar(
        "INSERT INTO research_conversation (conversation_id, contact_id, day, route, team, "
        "outcome, municipality, age_band) VALUES (-%d, %d, '%s', 'jip', 'JIP', 'advice', "
        "'%s', '%s') RETURNING id" % (cid, cid, day, municipality, age)))
    for i, t in enumerate(texts):
        h.psql("INSERT INTO research_message VALUES (%d, %d, '%s', '%s', '%s')"
               % (rid, i + 1, "youth" if i % 2 == 0 else "bot", day, t.replace("'", "''")))
    return cid


def export(h, *args):
    out = os.path.join(h.tmp if hasattr(h, "tmp") else "/tmp",
                       "export-%d-%d.out" % (os.getpid(), len(h.psql("SELECT 1"))))
    rc, text = h.run_bin(["export", "--out", out] + list(args))
    check(rc == 0, "export exited %d: %s" % (rc, text))
    with open(out, encoding="utf-8", newline="") as f:
        body = f.read()
    rep = None
    if os.path.exists(out + ".report.json"):
        with open(out + ".report.json", encoding="utf-8") as f:
            rep = json.load(f)
        os.unlink(out + ".report.json")
    os.unlink(out)
    return body, rep


def jsonl(body):
    lines = [json.loads(x) for x in body.splitlines()]
    check(lines and "_report" in lines[-1], "no report line at the end: %r" % lines[-1:])
    return lines[:-1], lines[-1]["_report"]


@test
def research_export_jsonl_kanon_rekey_withdraw(h):
    cids = [sql_copy(h, "3160000193%d" % i, texts=("hoi %d" % i, "fijn", "doei"))
            for i in range(6)]
    sql_copy(h, "31600001940", municipality="Wassenaar", age="21-23")	# alone: suppressed
    args = ["--what", "transcripts", "--format", "jsonl", "--from", EXPORT_DAY, "--to",
            EXPORT_DAY]
    rows, rep = jsonl(export(h, *args)[0])
    check(len(rows) == 18, "rows: %d" % len(rows))
    check(rep["records"] == 7 and rep["records_suppressed"] == 1 and rep["rows"] == 18,
          "report: %r" % rep)
    r = rows[0]
    check(set(r) == {"export_pseudonym", "conversation", "seq", "sender", "time", "route",
                     "team", "outcome", "municipality", "age_band", "role", "text"},
          "fields: %r" % sorted(r))
    check(r["time"] == EXPORT_DAY and r["municipality"] == "Delft" and r["role"] == "youth",
          "row: %r" % r)
    check(all(x["municipality"] != "Wassenaar" for x in rows), "a rare row was shown")
    ps1 = {x["export_pseudonym"] for x in rows}
    check(len(ps1) == 6, "pseudonyms: %r" % ps1)
    pseudonyms = {x[0] for x in h.psql("SELECT pseudonym FROM contact")}
    check(not ps1 & pseudonyms, "an export pseudonym is a contact pseudonym")
    # Another export: new pseudonyms; with the same project key: the same.
    rows2, _ = jsonl(export(h, *args)[0])
    check(not ps1 & {x["export_pseudonym"] for x in rows2}, "pseudonyms not re-keyed")
    key = ["--project-key", "project-key-research-0001"]
    a, _ = jsonl(export(h, *(args + key))[0])
    b, _ = jsonl(export(h, *(args + key))[0])
    check([x["export_pseudonym"] for x in a] == [x["export_pseudonym"] for x in b],
          "the project key did not give the same pseudonyms")
    # Withdrawal: the contact leaves every later export; then fewer than k remain.
    h.psql("INSERT INTO consent_event (contact_id, scope, purpose, granted, text_version) "
           "VALUES (%d, 'research', 'chats', false, 'withdraw')" % cids[0])
    rows3, rep3 = jsonl(export(h, *args)[0])
    check(not any(x["text"] == "hoi 0" for x in rows3), "withdrawn contact still exported")
    check(rep3["records"] == 6, "report after withdrawal: %r" % rep3)
    # The audit has each export, with its options and report, without the key.
    det = h.psql("SELECT detail::text FROM audit WHERE action = 'export' ORDER BY id DESC LIMIT 1")
    d = json.loads(det[0][0])
    check(d["what"] == "transcripts" and d["report"]["records"] == 6 and
          "project-key-research" not in det[0][0], "audit detail: %r" % d)


@test
def research_export_csv_parses_back(h):
    day = "2031-06-07"
    for i in range(5):
        sql_copy(h, "3160000195%d" % i, day=day,
                 texts=('Zij zei: "gaat het?", en ik\nzei ja', "komma, punt; ☺", "x\r\ny"))
    args = ["--what", "transcripts", "--from", day, "--to", day]
    body, rep = export(h, *(args + ["--format", "csv"]))
    check(rep is not None and rep["rows"] == 15, "csv report: %r" % rep)
    check(body.startswith("export_pseudonym,conversation,seq,"), "header: %r" % body[:60])
    parsed = list(csv.DictReader(io.StringIO(body, newline="")))
    rows, _ = jsonl(export(h, *(args + ["--format", "jsonl", "--project-key",
                                        "k" * 20]))[0])
    body2, _ = export(h, *(args + ["--format", "csv", "--project-key", "k" * 20]))
    parsed = list(csv.DictReader(io.StringIO(body2, newline="")))
    want = [{k: ("" if v is None else str(v)) for k, v in r.items()} for r in rows]
    check(parsed == want, "csv rows differ from jsonl: %r vs %r" % (parsed[:1], want[:1]))


@test
def research_export_bad_options(h):
    for args, word in ((["--what", "chats", "--format", "csv"], "what"),
                       (["--what", "stories", "--format", "xml"], "format"),
                       (["--what", "stories", "--format", "csv", "--from", "gisteren"], "from"),
                       (["--what", "stories", "--format", "csv", "--project-key", "kort"],
                        "project key")):
        rc, text = h.run_bin(["export"] + args)
        check(rc == 2 and word in text, "%r: exit %d %r" % (args, rc, text))


def api_login(h, login, role, teams=None):
    import subprocess
    from harness import BIN, hreq
    password = "een-lang-testwachtwoord-19"
    args = [BIN, "-c", h.conf, "staff", "add", login, "--role", role]
    if teams:
        args += ["--teams", teams]
    r = subprocess.run(args, input=password + "\n", stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, timeout=60, env=h.env())
    check(r.returncode == 0, "staff add %s: %s" % (login, r.stdout))
    st, hd, body = hreq(h.http_port, "POST", "/api/v1/session",
                        json.dumps({"login": login, "password": password}).encode(),
                        {"Content-Type": "application/json"})
    check(st == 200, "login %s answered %d" % (login, st))
    return hd.get("set-cookie", "").split(";")[0]


@test
def research_export_api_roles(h):
    from harness import hreq
    day = "2031-07-08"
    for i in range(5):
        sql_copy(h, "3160000196%d" % i, day=day, texts=("hallo", "dag"))
    h.ensure()
    res = api_login(h, "research.reader", "researcher")
    cns = api_login(h, "research.counsellor", "counsellor", "JIP")
    path = "/api/v1/export?what=transcripts&format=jsonl&from=%s&to=%s" % (day, day)
    before = int(h.scalar("SELECT count(*) FROM audit WHERE action = 'export'"))
    st, hd, body = hreq(h.http_port, "GET", path, None, {"Cookie": cns})
    check(st == 403, "a counsellor's export answered %d" % st)
    check(int(h.scalar("SELECT count(*) FROM audit WHERE action = 'export'")) == before,
          "a refused export was audited")
    st, hd, body = hreq(h.http_port, "GET", path, None, {"Cookie": res})
    check(st == 200, "the researcher's export answered %d: %r" % (st, body[:200]))
    rows, rep = jsonl(body.decode("utf-8"))
    check(len(rows) == 10 and rep["rows"] == 10, "api rows: %d %r" % (len(rows), rep))
    aud = h.psql("SELECT s.login, a.detail ->> 'via' FROM audit a JOIN staff s "
                 "ON s.id = a.staff_id WHERE a.action = 'export' ORDER BY a.id DESC LIMIT 1")
    check(aud == [["research.reader", "api"]], "audit: %r" % aud)
    st, hd, body = hreq(h.http_port, "GET", path.replace("jsonl", "csv"), None,
                        {"Cookie": res})
    check(st == 200 and hd.get("content-type", "").startswith("text/csv"), "csv: %d" % st)
    parsed = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
    check(len(parsed) == 11 and parsed[0][0] == "export_pseudonym", "csv rows: %d" % len(parsed))
    st, hd, body = hreq(h.http_port, "GET", "/api/v1/export?what=everything", None,
                        {"Cookie": res})
    check(st == 400 and b"what" in body, "bad what answered %d %r" % (st, body))


@test
def research_withdraw_in_chat(h):
    from harness import wa_payload, wa_text, wa_value, wait_until
    to = "31600001970"
    h.ensure()

    def say(text):
        st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Intrekken")],
                                                 [wa_text(to, text)])))
        check(st == 200, "webhook answered %d" % st)
        wait_until(lambda: h.pending_in("whatsapp", to) == 0, "%r to be processed" % text)

    say("Hoi")
    cid = int(h.contact_id("whatsapp", to))
    h.psql("INSERT INTO consent_event (contact_id, scope, purpose, granted, text_version) "
           "VALUES (%d, 'research', 'chats', true, 'v1'), (%d, 'research', 'stories', true, "
           "'v1')" % (cid, cid))
    h.psql("INSERT INTO research_conversation (conversation_id, contact_id, day) "
           "VALUES (-1970, %d, current_date)" % cid)
    say("Ik wil niet meer meedoen")
    rows = h.psql("SELECT purpose, granted FROM research_consent WHERE contact_id = %d "
                  "ORDER BY purpose" % cid)
    check(rows == [["chats", "f"], ["stories", "f"]], "consent after withdrawal: %r" % rows)
    n = h.scalar("SELECT count(*) FROM research_conversation WHERE contact_id = %d" % cid)
    check(n == "0", "copy left after withdrawal in chat: %s" % n)
    # The other words are no crisis: they get the withdrawal answer.
    h.psql("INSERT INTO consent_event (contact_id, scope, purpose, granted, text_version) "
           "VALUES (%d, 'research', 'chats', true, 'v2')" % cid)
    say("stop met onderzoek")
    check(h.scalar("SELECT granted FROM research_consent WHERE contact_id = %d "
                   "AND purpose = 'chats'" % cid) == "f", "stop met onderzoek: not withdrawn")
    wait_until(lambda: any("niet meer mee aan het onderzoek" in json.dumps(r, ensure_ascii=False)
                           for r in h.fake_requests(to=to)), "the withdrawal answer")
