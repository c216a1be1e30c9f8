"""The web console in a real browser (issue: counsellors take over).

Debian's chromium, driven by playwright-core from npm
(tests/integration/browser/console.mjs), against the real daemon, a real
PostgreSQL and the fake WhatsApp API, with a counsellor added by
`praatpaal staff add`. This file prepares the young people (two walked up
to the last question before a JIT handover, so that one more message
queues them), writes the signed webhooks the browser script posts at the
right moments, runs it, and checks afterwards what the browser cannot see:
the reply at the fake API for the right recipient, and the chat back with
the bot. A researcher then opens the story dashboard over stories seeded
as research copies (test_dashboard.py's March 2032). The screenshots are written to build/screenshots/, or to
PRAATPAAL_SCREENSHOTS (`make screenshots` sets it to docs/img/, the
pictures of docs/console.md).
"""

import json
import os
import subprocess

from harness import *  # noqa: F401,F403 (the harness is this suite's vocabulary)
from harness import BIN, ROOT

CHROMIUM = os.environ.get("PRAATPAAL_CHROMIUM", "/usr/bin/chromium")
SCRIPT = os.path.join(ROOT, "tests", "integration", "browser", "console.mjs")
SHOTS = os.environ.get("PRAATPAAL_SCREENSHOTS") or os.path.join(ROOT, "build", "screenshots")
BROWSER_TIMEOUT_S = 180

LOGIN = "sam.browser"
PASSWORD = "Lantaarnpaal-Zeewind-42"     # invented; long enough and not a common one
ALIAS = "Sam van JIT"
YOUTH_CHAT = "31600000401"
YOUTH_CRISIS = "31600000402"
YOUTH_OTHER = "31600000403"
HOSTILE = ("<img src=x onerror=alert(1)> <script>alert(2)</script> "
           "Ik heb steeds ruzie thuis (test console een).")
REPLY = "Hoi, ik ben Sam van JIT. Fijn dat je ons schrijft. Wat is er gebeurd?"
RESEARCHER = "rikske.onderzoek"
RESEARCHER_PASSWORD = "Duinpan-Strandhoofd-77"    # invented


def staff_add(h, login, password, role, teams, alias):
    r = subprocess.run([BIN, "-c", h.conf, "staff", "add", login, "--role", role,
                        "--teams", teams, "--alias", alias],
                       input=password + "\n", stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, timeout=60, env=h.env())
    check(r.returncode == 0, "staff add exited %d: %s" % (r.returncode, r.stdout.strip()[-500:]))


def before_handover(h, to):
    """Walk a young person to "Wat is er aan de hand?": the next text queues for JIT."""
    import test_dialogue as td   # imported here: run.py has loaded it by now
    td.start(h, to)
    td.tap(h, to, "list", "unwell", "Het gaat niet goed", min_new=2)
    td.say(h, to, "16")
    r = td.tap(h, to, "list", "delft", "Delft")
    td.expect(r, "Wat is er aan de hand?", what="the what question")


def signed(to, text):
    raw = json.dumps(wa_payload(wa_value([(to, "Testpersoon Console")], [wa_text(to, text)])))
    return {"body": raw, "sig": wa_sign(raw.encode())}


@test
def console_browser(h):
    check(os.access(CHROMIUM, os.X_OK), "%s not found: install Debian's chromium "
          "(sh tools/install-deps.sh --test)" % CHROMIUM)
    check(os.path.isdir(os.path.join(ROOT, "node_modules", "playwright-core")),
          "node_modules/playwright-core missing: run npm ci")
    base = "http://127.0.0.1:%d" % h.http_port
    # public_url on plain-HTTP loopback: the session cookie without Secure.
    h.daemon_restart({"PRAATPAAL_CONSOLE_WEB_DIR": os.path.join(ROOT, "web"),
                      "PRAATPAAL_HTTP_PUBLIC_URL": base})
    h.fake_statuses(delay_ms=100)
    staff_add(h, LOGIN, PASSWORD, "counsellor", "JIT,CIT", ALIAS)
    staff_add(h, RESEARCHER, RESEARCHER_PASSWORD, "researcher", "JIP", "Rikske")
    import test_dashboard as tdb   # imported here: run.py has loaded it by now
    tdb.seed_march(h)

    # The console shows whatever waits: start from an empty queue (chats
    # that earlier tests left queued or assigned are closed).
    h.psql("UPDATE conversation SET status = 'closed', closed_at = now(), updated_at = now() "
           "WHERE status IN ('queued', 'assigned')")
    before_handover(h, YOUTH_CHAT)
    before_handover(h, YOUTH_OTHER)
    hooks = os.path.join(h.tmp, "console-webhooks.json")
    with open(hooks, "w") as f:
        json.dump({"chat": signed(YOUTH_CHAT, HOSTILE),
                   "crisis": signed(YOUTH_CRISIS, "ik wil niet meer leven (test console twee)"),
                   "other": signed(YOUTH_OTHER, "Ik slaap slecht en school lukt niet (test console drie).")},
                  f)
    os.makedirs(SHOTS, exist_ok=True)
    env = dict(os.environ)
    env.update({"CONSOLE_URL": base + "/console/", "DAEMON_URL": base,
                "FAKE_URL": "http://127.0.0.1:%d" % h.fake_port, "LOGIN": LOGIN,
                "PASSWORD": PASSWORD, "WEBHOOKS": hooks, "YOUTH": YOUTH_CHAT, "REPLY": REPLY,
                "SHOTS": SHOTS, "DEBUG_DIR": h.tmp, "CHROMIUM": CHROMIUM,
                "RESEARCHER_LOGIN": RESEARCHER, "RESEARCHER_PASSWORD": RESEARCHER_PASSWORD,
                "STORIES": json.dumps({"from": "2032-03-01", "to": "2032-03-31", "total": 13,
                                       "k": 5, "secret": "geheim verhaal"})})
    try:
        p = subprocess.run(["node", SCRIPT], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, timeout=BROWSER_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise TestFailure("the browser script ran longer than %d s" % BROWSER_TIMEOUT_S)
    lines = [ln for ln in p.stdout.splitlines() if ln.startswith("{")]
    check(lines, "the browser script printed no result (exit %d): %s"
          % (p.returncode, (p.stdout + p.stderr).strip()[-1500:]))
    res = json.loads(lines[-1])
    if h.verbose:
        print("    browser steps: %s" % ", ".join(res.get("steps", [])))
    check(res.get("ok") is True and p.returncode == 0,
          "browser step %r failed: %s (done: %s; a screenshot in %s)"
          % (res.get("step"), res.get("error"), ", ".join(res.get("steps", [])), h.tmp))

    # What the browser cannot see: the reply reached the right recipient,
    # once, as a counsellor's text; the chat is back with the bot.
    sent = [r for r in h.fake_requests(to=YOUTH_CHAT, ok=True, channel="whatsapp")
            if wa_text_of(r["body"]) == REPLY]
    check(len(sent) == 1, "the reply reached the fake %d times" % len(sent))
    check_wa_reply(sent[0], YOUTH_CHAT)
    status = h.scalar("SELECT status FROM conversation WHERE contact_id = %s "
                      "ORDER BY id DESC LIMIT 1" % h.contact_id("whatsapp", YOUTH_CHAT))
    check(status == "bot", "the released chat is %r, expected bot" % status)
    for name in ("console-queue.png", "console-chat.png", "console-stories.png"):
        path = os.path.join(SHOTS, name)
        with open(path, "rb") as f:
            check(f.read(8) == b"\x89PNG\r\n\x1a\n", "%s is not a PNG" % path)
    log = h.log_since_start()
    for secret in ("onerror", "ruzie thuis", REPLY):
        check(secret not in log, "the log holds message text (%r)" % secret)
