"""Foundation: webhooks in, PostgreSQL, the outbox, replies out (issue: foundation)."""

import os
import subprocess

from harness import *  # noqa: F401,F403 (the harness is this suite's vocabulary)
from harness import Harness, TESTS  # noqa: F401


# ---------------------------------------------------------------------------
# The tests, in the order they run


@test
def config_check(h):
    rc, out = h.run_bin(["-n"])
    check(rc == 0, "-n exited %d: %s" % (rc, out.strip()))
    check("configuration OK" in out, "-n did not say 'configuration OK': %r" % out.strip())


@test
def config_check_rejects_bad_value(h):
    rc, out = h.run_bin(["-n"], extra={"PRAATPAAL_SENDER_MAX_ATTEMPTS": "lots"})
    check(rc != 0, "-n accepted max_attempts=lots")
    check("configuration OK" not in out, "said configuration OK for a bad value")
    check("MAX_ATTEMPTS" in out.upper(), "error does not name the key: %r" % out.strip())


@test
def migrate_again_is_noop(h):
    before = h.psql("SELECT count(*) FROM schema_migrations")[0][0]
    rc, out = h.run_bin(["migrate"])
    check(rc == 0, "second migrate exited %d: %s" % (rc, out.strip()))
    after = h.psql("SELECT count(*) FROM schema_migrations")[0][0]
    check(before == after, "schema_migrations went from %s to %s rows" % (before, after))


@test
def statements_have_index_plans(h):
    # Every statement's cached plan, made on an empty database (the worst
    # estimates), reads rows through index conditions: none reads a queue
    # table whole as it grows (tests/plans/plans.c).
    plans = os.environ.get("PRAATPAAL_PLANS", "build/tests/plans")
    check(os.access(plans, os.X_OK), "%s not built (make build/tests/plans)" % plans)
    h.createdb("praatpaal_plans")
    url = h.db_url.rsplit("/", 1)[0] + "/praatpaal_plans"
    rc, out = h.run_bin(["migrate"], db_url=url)
    check(rc == 0, "migrate exited %d: %s" % (rc, out.strip()))
    path = os.path.join(h.tmp, "plans.txt")
    p = subprocess.run([plans, url, path], capture_output=True, text=True, timeout=60)
    check(p.returncode == 0, "plans exited %d: %s (plans in %s)"
          % (p.returncode, p.stderr.strip(), path))
    text = open(path).read()
    check("outbox_claim:" in text and "ingest_batch:" in text, "plans output incomplete")
    # Options in the database URL are added to the daemon's planner
    # settings, not put in their place (which would bring back sequential
    # scans on the empty tables).
    url2 = url + "?options=-c%20work_mem%3D4MB"
    p = subprocess.run([plans, url2, path + ".2"], capture_output=True, text=True, timeout=60)
    check(p.returncode == 0, "with options in the URL, plans exited %d: %s (plans in %s.2)"
          % (p.returncode, p.stderr.strip(), path))


@test
def serve_refuses_unmigrated_database(h):
    h.createdb("praatpaal_unmigrated")
    port = free_port()
    env = h.env(db_url="postgresql://postgres@127.0.0.1:%d/praatpaal_unmigrated" % h.pg_port,
                port=port)
    out = h.serve_must_refuse(env, "against an unmigrated database")
    check("praatpaal migrate" in out, "message does not name `praatpaal migrate`: %r"
          % out.strip()[-500:])


@test
def healthz_readyz_metrics(h):
    st, _, body = hreq(h.http_port, "GET", "/healthz")
    check(st == 200, "/healthz answered %d" % st)
    st, _, body = hreq(h.http_port, "GET", "/readyz")
    check(st == 200, "/readyz answered %d on a migrated database: %r" % (st, body))
    st, _, _ = hreq(h.http_port, "GET", "/metrics")
    check(st == 404, "/metrics on the webhook listener answered %d, expected 404" % st)
    st, hd, body = hreq(h.admin_port, "GET", "/metrics")
    check(st == 200, "/metrics on admin_listen answered %d" % st)
    check(hd.get("content-type", "").startswith("text/plain"), "/metrics content type %r"
          % hd.get("content-type"))
    names = re.findall(r"^(praatpaal_[a-z0-9_]+)", body.decode(), re.M)
    check(names, "no praatpaal_ metrics in %r" % body[:300])
    check(re.search(r"^# TYPE praatpaal_\S+ (counter|gauge|histogram|summary)", body.decode(), re.M),
          "no # TYPE lines")


@test
def verify_good_token(h):
    q = urllib.parse.urlencode({"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN,
                                "hub.challenge": "1158201444"})
    st, _, body = hreq(h.http_port, "GET", "/webhook/whatsapp?" + q)
    check(st == 200, "verification answered %d" % st)
    check(body.decode().strip() == "1158201444", "body %r is not the challenge" % body)


@test
def verify_bad_token(h):
    q = urllib.parse.urlencode({"hub.mode": "subscribe", "hub.verify_token": "wrong-token",
                                "hub.challenge": "1158201444"})
    st, _, body = hreq(h.http_port, "GET", "/webhook/whatsapp?" + q)
    check(st == 403, "bad verify token answered %d" % st)
    check(b"1158201444" not in body, "challenge echoed on a bad token")
    q = urllib.parse.urlencode({"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN,
                                "hub.challenge": "1158201444"})
    st, _, body = hreq(h.http_port, "GET", "/webhook/whatsapp?" + q)
    check(st == 403, "hub.mode=unsubscribe answered %d" % st)


@test
def whatsapp_text_gets_reply(h):
    to = "31600000001"
    msg = wa_text(to, "Hoi, ik wil iets vragen over mijn school (test alfa)")
    st, _, body = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Alfa")], [msg])))
    check(st == 200, "webhook answered %d %r" % (st, body))
    check(h.count_in("whatsapp", msg["id"]) == 1, "message not stored when 200 was answered")
    rows, reqs = h.wait_settled("whatsapp", to)
    check(len(reqs) >= 1, "no reply")
    for r in reqs:
        check_wa_reply(r, to)
    check(all(r["status"] == "sent" for r in rows), "statuses %r"
          % [r["status"] for r in rows])
    check(all(r["attempts"] == 1 for r in rows), "attempts %r" % [r["attempts"] for r in rows])


@test
def whatsapp_duplicate_webhook_is_noop(h):
    to = "31600000002"
    msg = wa_text(to, "Dit bericht komt twee keer binnen (test bravo)")
    payload = wa_payload(wa_value([(to, "Testpersoon Bravo")], [msg]))
    st, _, _ = h.post_wa(payload)
    check(st == 200, "first delivery answered %d" % st)
    rows1, reqs1 = h.wait_settled("whatsapp", to)
    st, _, _ = h.post_wa(payload)
    check(st == 200, "second delivery answered %d" % st)
    rows2, reqs2 = h.wait_settled("whatsapp", to)
    check(h.count_in("whatsapp", msg["id"]) == 1, "%d rows in message_in"
          % h.count_in("whatsapp", msg["id"]))
    check(len(rows2) == len(rows1), "outbox grew %d -> %d" % (len(rows1), len(rows2)))
    check(len(reqs2) == len(reqs1), "replies %d -> %d" % (len(reqs1), len(reqs2)))


@test
def whatsapp_batch_two_contacts(h):
    a, b = "31600000004", "31600000005"
    now = int(time.time())
    ma1 = wa_text(a, "Eerste bericht van persoon charlie", ts=now - 3)
    ma2 = wa_text(a, "Tweede bericht van persoon charlie", ts=now - 2)
    mb1 = wa_text(b, "Bericht van persoon delta", ts=now - 2)
    payload = wa_payload(wa_value([(a, "Testpersoon Charlie")], [ma1, ma2]),
                         wa_value([(b, "Testpersoon Delta")], [mb1]))
    st, _, _ = h.post_wa(payload)
    check(st == 200, "webhook answered %d" % st)
    for m in (ma1, ma2, mb1):
        check(h.count_in("whatsapp", m["id"]) == 1, "message %s not stored once" % m["id"])
    rows_a, reqs_a = h.wait_settled("whatsapp", a, min_rows=2)
    rows_b, reqs_b = h.wait_settled("whatsapp", b, min_rows=1, settle=0)
    for r in reqs_a:
        check_wa_reply(r, a)
    for r in reqs_b:
        check_wa_reply(r, b)


@test
def whatsapp_bad_signature(h):
    to = "31600000006"
    msg = wa_text(to, "Bericht met een valse handtekening (test echo)")
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Echo")], [msg])),
                         secret="not-the-app-secret")
    check(st == 401, "bad signature answered %d" % st)
    check(h.count_in("whatsapp", msg["id"]) == 0, "message stored despite a bad signature")


@test
def whatsapp_missing_signature(h):
    to = "31600000006"
    msg = wa_text(to, "Bericht zonder handtekening (test echo)")
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Echo")], [msg])), sign=False)
    check(st == 401, "missing signature answered %d" % st)
    check(h.count_in("whatsapp", msg["id"]) == 0, "message stored without a signature")


@test
def whatsapp_malformed_json(h):
    before = h.scalar("SELECT count(*) FROM message_in")
    raw = b'{"object":"whatsapp_business_account","entry":[{"id":'
    st, _, _ = h.post_wa(None, raw=raw)
    check(st == 400, "malformed JSON answered %d" % st)
    check(h.scalar("SELECT count(*) FROM message_in") == before, "a row was added")


@test
def whatsapp_wrong_content_type(h):
    to = "31600000006"
    msg = wa_text(to, "Bericht als platte tekst (test echo)")
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Echo")], [msg])),
                         ctype="text/plain")
    check(st == 415, "text/plain answered %d" % st)
    check(h.count_in("whatsapp", msg["id"]) == 0, "message stored")


@test
def whatsapp_body_too_large(h):
    to = "31600000006"
    msg = wa_text(to, "Een heel lang bericht (test echo) " + "x" * (MAX_BODY + 1000))
    SECRETS_USED.discard(msg["text"]["body"])
    raw = json.dumps(wa_payload(wa_value([(to, "Testpersoon Echo")], [msg]))).encode()
    req = (b"POST /webhook/whatsapp HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           b"Content-Type: application/json\r\nX-Hub-Signature-256: " + wa_sign(raw).encode() +
           b"\r\nContent-Length: " + str(len(raw)).encode() + b"\r\nConnection: close\r\n\r\n"
           + raw)
    st = http_raw(h.http_port, req)
    check(st == 413, "a %d-byte body (max_body %d) answered %s" % (len(raw), MAX_BODY, st))
    check(h.count_in("whatsapp", msg["id"]) == 0, "message stored")
    # Chunked, no Content-Length: the limit must hold while reading.
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(raw[i:i + 8192]), raw[i:i + 8192])
                       for i in range(0, len(raw), 8192)) + b"0\r\n\r\n"
    req = (b"POST /webhook/whatsapp HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           b"Content-Type: application/json\r\nX-Hub-Signature-256: " + wa_sign(raw).encode() +
           b"\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunked)
    st = http_raw(h.http_port, req)
    check(st == 413, "a chunked %d-byte body answered %s" % (len(raw), st))
    st, _, _ = hreq(h.http_port, "GET", "/healthz")
    check(st == 200, "daemon unhealthy after a large body")


@test
def whatsapp_over_field_limits(h):
    to = "31600000006"
    before = int(h.scalar("SELECT count(*) FROM message_in"))
    # Over Meta's 4,096 for what a business sends, within TEXT_STORE_MAX_CHARS: kept whole.
    long_text = wa_text(to, "Lang bericht, caf\u00e9 (test echo) " + "y" * 19968)
    SECRETS_USED.discard(long_text["text"]["body"])
    st, _, body = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Echo")], [long_text])))
    check(st == 200, "a text of 20,000 characters answered %d %r" % (st, body[:200]))
    stored = h.psql("SELECT kind, body FROM message_in WHERE provider_id = '%s'"
                    % long_text["id"])
    check(stored and stored[0][0] == "text" and stored[0][1] == long_text["text"]["body"],
          "the 20,000-character text was not kept whole")
    deep = {"a": None}
    for _ in range(40):  # JSON_MAX_DEPTH 32
        deep = {"a": deep}
    msg = wa_text(to, "Diep genest bericht (test echo)")
    msg["context"] = deep
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Echo")], [msg])))
    check(st == 400, "JSON nested 40 deep answered %d" % st)
    check(h.count_in("whatsapp", msg["id"]) == 0, "the body nested too deep was stored")
    # A time that cannot be read: the item is kept as unknown, with the reason.
    msg = wa_text(to, "Bericht met ongeldige tijd (test echo)")
    msg["timestamp"] = "gisteren"
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Echo")], [msg])))
    check(st == 200, "a non-numeric timestamp answered %d" % st)
    row = h.psql("SELECT kind, coalesce(body, ''), meta->>'reason' FROM message_in "
                 "WHERE provider_id = '%s'" % msg["id"])
    check(row and row[0][0] == "unknown" and row[0][1] == "" and "timestamp" in row[0][2],
          "the message with an unreadable time was kept as %r" % (row,))
    check(int(h.scalar("SELECT count(*) FROM message_in")) == before + 2,
          "not exactly the two messages were added")


@test
def http_headers_too_large(h):
    req = (b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + b"z" * 65536 +
           b"\r\nConnection: close\r\n\r\n")
    st = http_raw(h.http_port, req)
    check(st is None or 400 <= st < 500, "64 KB of headers answered %s" % st)
    st, _, _ = hreq(h.http_port, "GET", "/healthz")
    check(st == 200, "daemon unhealthy after large headers")


@test
def twilio_wrong_content_type(h):
    frm = "+31600000014"
    params = tw_inbound(frm, "Sms als JSON (test november)")
    raw = json.dumps(params).encode()
    st, _, _ = hreq(h.http_port, "POST", "/webhook/twilio", raw, {
        "Content-Type": "application/json",
        "X-Twilio-Signature": tw_sign({}, PUBLIC_URL + "/webhook/twilio")})
    check(st == 415, "JSON to the Twilio webhook answered %d" % st)
    check(h.count_in("sms", params["MessageSid"]) == 0, "message stored")


@test
def send_retries_500_429_then_ok(h):
    to = "31600000007"
    h.fake_control({"faults": ["500", "429"], "to": to})
    msg = wa_text(to, "Bericht voor de herhaaltest (test foxtrot)")
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Foxtrot")], [msg])))
    check(st == 200, "webhook answered %d" % st)
    rows, reqs = h.wait_settled("whatsapp", to)
    check(rows[0]["attempts"] == 3, "first reply took %d attempts, expected 3 (500, 429, 200)"
          % rows[0]["attempts"])
    check(rows[0]["status"] == "sent", "first reply status %r" % rows[0]["status"])
    check(all(r["status"] == "sent" for r in rows), "statuses %r"
          % [r["status"] for r in rows])
    allreqs = h.fake_requests(to=to)
    check([r["status"] for r in allreqs[:3]] == [500, 429, 200],
          "the fake answered %r" % [r["status"] for r in allreqs])
    check(len(allreqs) == len(rows) + 2, "%d requests for %d replies" % (len(allreqs), len(rows)))


@test
def send_retries_timeout_and_reset(h):
    to = "31600000008"
    h.fake_control({"faults": ["timeout", "reset"], "to": to})
    msg = wa_text(to, "Bericht voor de time-outtest (test golf)")
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Golf")], [msg])))
    check(st == 200, "webhook answered %d" % st)
    rows, reqs = h.wait_settled("whatsapp", to, timeout=WAIT_S + 5)
    allreqs = h.fake_requests(to=to)
    check([r.get("fault") for r in allreqs[:2]] == ["timeout", "reset"] and
          allreqs[2]["status"] == 200, "the fake saw %r"
          % [(r.get("fault"), r["status"]) for r in allreqs])
    # libcurl itself retries a request whose reused connection was reset
    # before any answer, so the reset may not count as an attempt.
    check(rows[0]["attempts"] in (2, 3), "first reply took %d attempts, expected 2 or 3 "
          "(timeout, reset, 200)" % rows[0]["attempts"])
    check(all(r["status"] == "sent" for r in rows), "statuses %r"
          % [r["status"] for r in rows])


@test
def send_permanent_error_fails(h):
    to = "31600000009"
    h.fake_control({"faults": [{"status": 400, "error": {
        "message": "(#131026) Message undeliverable to +31600000009",
        "type": "OAuthException",
        "code": 131026, "error_data": {"details": "Message undeliverable"},
        "fbtrace_id": "AfakeTrace"}}], "to": to})
    msg = wa_text(to, "Bericht dat niet aankomt (test hotel)")
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Hotel")], [msg])))
    check(st == 200, "webhook answered %d" % st)
    rows, _ = h.wait_settled("whatsapp", to)
    check(rows[0]["status"] == "failed", "first reply status %r after a 400" % rows[0]["status"])
    check(rows[0]["attempts"] == 1, "%d attempts on a permanent error" % rows[0]["attempts"])
    check("131026" in rows[0]["error_code"], "error_code %r does not record 131026"
          % rows[0]["error_code"])
    # The provider's text is stored, but not the number it quotes.
    check("undeliverable" in rows[0]["error_text"] and "<number>" in rows[0]["error_text"]
          and "31600000009" not in rows[0]["error_text"],
          "error_text %r" % rows[0]["error_text"])
    allreqs = h.fake_requests(to=to)
    check(len(allreqs) == len(rows), "%d requests for %d rows: a failed row was retried"
          % (len(allreqs), len(rows)))


@test
def whatsapp_status_updates(h):
    to = "31600000010"
    msg = wa_text(to, "Bericht voor de statustest (test india)")
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon India")], [msg])))
    check(st == 200, "webhook answered %d" % st)
    rows, reqs = h.wait_settled("whatsapp", to, settle=0)
    wamid = rows[0]["provider_id"]
    for status in ("delivered", "read"):
        st, _, _ = h.post_wa(wa_payload(wa_value(None, statuses=[wa_status(wamid, status, to)])))
        check(st == 200, "status webhook answered %d" % st)
        wait_until(lambda: h.scalar("SELECT status FROM message_out WHERE provider_id = '%s'"
                                    % wamid) == status, "message_out.status = %s" % status)
    # A late "delivered" after "read" does not move the status back.
    st, _, _ = h.post_wa(wa_payload(wa_value(None, statuses=[wa_status(wamid, "delivered", to)])))
    check(st == 200, "late status webhook answered %d" % st)
    time.sleep(0.5)
    cur = h.scalar("SELECT status FROM message_out WHERE provider_id = '%s'" % wamid)
    check(cur == "read", "status went back from read to %r" % cur)


@test
def outside_window_sends_template(h):
    h.daemon_restart({"PRAATPAAL_WHATSAPP_TEMPLATE_NAME": TEMPLATE,
                      "PRAATPAAL_WHATSAPP_TEMPLATE_LANGUAGE": "nl"})
    to = "31600000011"
    msg = wa_text(to, "Oud bericht van twee dagen terug (test juliet)",
                  ts=time.time() - 2 * 86400)
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Juliet")], [msg])))
    check(st == 200, "webhook answered %d" % st)
    rows, reqs = h.wait_settled("whatsapp", to)
    check(reqs, "nothing sent")
    for r in reqs:
        b = r["body"]
        check(b.get("type") == "template", "outside the window the fake got type %r"
              % b.get("type"))
        check((b.get("template") or {}).get("name") == TEMPLATE, "template %r"
              % b.get("template"))
        check(b.get("to") == to, "template to %r" % b.get("to"))


@test
def outside_window_without_template_fails(h):
    to = "31600000012"
    msg = wa_text(to, "Oud bericht zonder sjabloon (test kilo)", ts=time.time() - 2 * 86400)
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Kilo")], [msg])))
    check(st == 200, "webhook answered %d" % st)
    rows, reqs = h.wait_settled("whatsapp", to)
    check(not reqs, "%d messages sent outside the window without a template" % len(reqs))
    for r in rows:
        check(r["status"] == "failed", "status %r" % r["status"])
        why = (r["error_code"] + " " + r["error_text"]).lower()
        check("window" in why, "failure reason %r does not name the window" % why)


@test
def twilio_sms_gets_reply(h):
    frm = "+31600000003"
    params = tw_inbound(frm, "Hallo via sms, ik zoek hulp (test lima)")
    st, hd, body = h.post_tw(params)
    check(st == 200, "Twilio webhook answered %d %r" % (st, body))
    check(re.search(rb"<Response\s*/>|<Response>\s*</Response>", body),
          "body %r is not an empty TwiML response" % body)
    check("xml" in hd.get("content-type", ""), "content type %r" % hd.get("content-type"))
    check(h.count_in("sms", params["MessageSid"]) == 1, "message not stored")
    rows, reqs = h.wait_settled("sms", frm)
    for r in reqs:
        check(r["path"] == "/2010-04-01/Accounts/%s/Messages.json" % TW_SID, "path %r"
              % r["path"])
        auth = {k.lower(): v for k, v in r["headers"].items()}.get("authorization", "")
        check(auth == "Basic " + base64.b64encode(("%s:%s" % (TW_SID, TW_TOKEN)).encode())
              .decode(), "Authorization %r" % auth)
        check(r["body"].get("To") == frm, "To %r" % r["body"].get("To"))
        check(r["body"].get("From") == TW_FROM, "From %r" % r["body"].get("From"))
        check(r["body"].get("Body", "").strip() != "", "empty Body")
    check(all(r["status"] == "sent" for r in rows), "statuses %r"
          % [r["status"] for r in rows])


@test
def twilio_duplicate_message_sid(h):
    frm = "+31600000013"
    params = tw_inbound(frm, "Dubbel sms-bericht (test mike)")
    st, _, _ = h.post_tw(params)
    check(st == 200, "first delivery answered %d" % st)
    rows1, reqs1 = h.wait_settled("sms", frm)
    st, _, _ = h.post_tw(params)
    check(st == 200, "second delivery answered %d" % st)
    rows2, reqs2 = h.wait_settled("sms", frm)
    check(h.count_in("sms", params["MessageSid"]) == 1, "stored twice")
    check(len(reqs2) == len(reqs1), "replies %d -> %d" % (len(reqs1), len(reqs2)))


@test
def twilio_bad_signature(h):
    frm = "+31600000014"
    params = tw_inbound(frm, "Sms met valse handtekening (test november)")
    st, _, _ = h.post_tw(params, token="not-the-auth-token")
    check(st == 401, "bad Twilio signature answered %d" % st)
    st, _, _ = h.post_tw(params, sign=False)
    check(st == 401, "missing Twilio signature answered %d" % st)
    check(h.count_in("sms", params["MessageSid"]) == 0, "message stored")


@test
def twilio_status_callback(h):
    frm = "+31600000015"
    params = tw_inbound(frm, "Sms voor de statustest (test oscar)")
    st, _, _ = h.post_tw(params)
    check(st == 200, "webhook answered %d" % st)
    rows, reqs = h.wait_settled("sms", frm, settle=0)
    sid = rows[0]["provider_id"]
    cb = reqs[0]["body"].get("StatusCallback")
    want = PUBLIC_URL + "/webhook/twilio?out=" + echo_of(rows[0]["id"])
    check(cb == want, "the send names StatusCallback %r, expected %r (with the row's echo)"
          % (cb, want))
    st, _, body = h.post_tw(tw_status_callback(sid, "delivered", frm))
    check(st == 200, "status callback answered %d %r" % (st, body))
    wait_until(lambda: h.scalar("SELECT status FROM message_out WHERE provider_id = '%s'"
                                % sid) == "delivered", "message_out.status = delivered")


@test
def database_down_then_up(h):
    to = "31600000016"
    msg = wa_text(to, "Bericht terwijl de database weg is (test papa)")
    payload = wa_payload(wa_value([(to, "Testpersoon Papa")], [msg]))
    h.pg_stop("fast")
    try:
        st, _, _ = h.post_wa(payload)
        check(st == 503, "webhook answered %d with the database down" % st)
        # The failed commit starts the fail-fast window: the next delivery
        # is refused without a try, and the refusal leaves a line in the log.
        st, _, _ = h.post_wa(payload)
        check(st == 503, "the second webhook answered %d with the database down" % st)
        wait_until(lambda: re.search(r'ingest refused n=\d+ status=503 '
                                     r'reason="database unavailable"', h.log_since_start()),
                   "a log line about the refused webhook")
        st, _, _ = hreq(h.http_port, "GET", "/readyz")
        check(st == 503, "/readyz answered %d with the database down" % st)
        st, _, _ = hreq(h.http_port, "GET", "/healthz")
        check(st == 200, "/healthz answered %d with the database down" % st)
    finally:
        h.pg_start()
    wait_until(lambda: hreq(h.http_port, "GET", "/readyz")[0] == 200, "/readyz 200 again",
               timeout=20)
    statuses = []

    def retried():  # as the provider does: deliver again until 200
        st = h.post_wa(payload)[0]
        statuses.append(st)
        if st != 200:
            time.sleep(0.2)
        return st == 200
    wait_until(retried, "the retried webhook to be accepted", timeout=20)
    check(all(s in (200, 503) for s in statuses), "answers while recovering: %r" % statuses)
    check(h.count_in("whatsapp", msg["id"]) == 1, "not stored once")
    rows, reqs = h.wait_settled("whatsapp", to)
    for r in reqs:
        check_wa_reply(r, to)


@test
def crash_right_after_ack(h):
    to = "31600000017"
    msg = wa_text(to, "Bericht vlak voor een crash (test quebec)")
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Quebec")], [msg])))
    check(st == 200, "webhook answered %d" % st)
    h.daemon_stop(signal.SIGKILL)
    check(h.count_in("whatsapp", msg["id"]) == 1, "acknowledged message not in the database")
    h.daemon_start()
    # A send in flight at the kill (rare) is retried once its lease expires.
    rows, reqs = h.wait_settled("whatsapp", to, timeout=75)
    check(reqs, "no reply after the restart")


@test
def crash_between_store_and_send(h):
    to = "31600000018"
    h.fake_stop()  # sends fail (connection refused) and are retried
    msg = wa_text(to, "Bericht terwijl de API weg is (test romeo)")
    st, _, _ = h.post_wa(wa_payload(wa_value([(to, "Testpersoon Romeo")], [msg])))
    check(st == 200, "webhook answered %d" % st)

    def failed_once():
        rows = h.out_rows("whatsapp", to)
        return rows and rows[0]["attempts"] >= 1 and rows[0]["status"] == "queued"
    wait_until(failed_once, "a failed send attempt to be recorded")
    h.daemon_stop(signal.SIGKILL)
    h.fake_start()
    h.daemon_start()
    rows, reqs = h.wait_settled("whatsapp", to, timeout=30)
    check(reqs, "no reply after the restart")
    for r in reqs:
        check_wa_reply(r, to)


@test
def metrics_count_traffic(h):
    text = h.metrics_text()
    vals = [float(m) for m in re.findall(r"^praatpaal_\S+ ([0-9.eE+]+)$", text, re.M)]
    check(any(v > 0 for v in vals), "every praatpaal_ counter is zero after traffic")
    for secret in SECRETS_USED:
        check(secret not in text, "/metrics contains personal data")


@test
def logs_have_no_personal_data(h):
    text = h.log_text()
    check(len(text) > 0, "empty log")
    found = sorted(s for s in SECRETS_USED if s and s in text)
    check(not found, "the log contains %d phone numbers, names or texts (first: %r)"
          % (len(found), found[0] if found else ""))
    # A number standing on its own: the request ids and pseudonyms in the
    # log are random hex, which now and then holds a run like 316xxxxxxxx.
    found = re.findall(r"(?<![0-9A-Za-z])\+?316\d{8}(?![0-9A-Za-z])", text)
    check(not found, "the log contains phone numbers, e.g. %r" % found[:3])


@test
def sigterm_exits_cleanly(h):
    rc = h.daemon_stop(signal.SIGTERM)
    check(rc == 0, "exit status %s after SIGTERM" % rc)
    tail = h.log_since_start().splitlines()[-5:]
    check(any(re.search(r"level=info .*\b(stop|stopped|stopping|shutdown|exit)", line)
              for line in tail), "no stop line at the end of the log: %r" % tail)

