"""Bad input: every malformed request in tests/data/bad/ (issue: performance
and fault tolerance, measured — "Bad input").

One test per file, named bad_<file name without extension>, in file-name
order. Each file is self-describing: a block of header lines, then the body.

  # expect: 400            status; alternatives with |; "closed" = no answer;
                           several answers on one connection (kind raw):
                           space-separated, in order ("200 400|closed")
  # endpoint: POST /webhook/whatsapp     method and target, sent as is
  # content-type: application/json      "none": no Content-Type header
  # sign: yes | no | other-body | wrong-secret | prefix:PFX | length:N |
          url:PATH         (WhatsApp: X-Hub-Signature-256; Twilio:
                           X-Twilio-Signature over public_url + target, or
                           over public_url + PATH with url:)
  # header: Name: value    an extra header (repeatable)
  # header-flood: N        N extra headers "X-Flood-<i>: waarde"
  # header-huge: N         one extra header of N bytes
  # content-length: N|none override (default: the body's length)
  # chunked: yes           send the body chunked, no Content-Length
  # kind: request (default) | raw | slow-headers | slow-body
  # template: yes          expand <<rep N TEXT>> (TEXT N times, TEXT may not
                           hold ">>") and <<hex 00ff>> in the body and the
                           endpoint
  # crlf: yes              (raw) every "\\n" of the body becomes "\\r\\n"
  # env: NAME=VALUE        restart the daemon with this in its environment
                           for this case (e.g. PRAATPAAL_HTTP_TIMEOUT=2 for
                           the slow clients, a larger max_body); repeatable
  # stored: KIND           a bad item inside a good WhatsApp payload: one
                           message is kept, of this kind (message_in.kind),
                           and its contact made if need be
  # why: ...               what the case is about (free text)

Header lines are the leading lines of the form "# name: value"; the body is
the rest of the file without its final newline. BAD_INPUT_VERBOSE=1 prints
each case's answers. For every case: the answer
is the expected one, the daemon is still up (same PID, /healthz 200),
nothing was stored (message_in and contact counts unchanged; with
"# stored:", exactly the one message of that kind) and the log holds none
of the cases' invented numbers, names or text.
"""

import os
import re
import select
import socket
import threading

from harness import *  # noqa: F401,F403 (the harness is this suite's vocabulary)
from harness import Harness, TESTS  # noqa: F401

BAD_DIR = os.path.join(ROOT, "tests", "data", "bad")
HEADER_RE = re.compile(rb"^# ([a-z-]+): ?(.*)$")
TEMPLATE_RE = re.compile(rb"<<(rep|hex) ([0-9]+|[0-9a-fA-F ]*)(?: (.*?))?>>", re.S)
RAW_TIMEOUT_S = 15.0     # waiting for an answer
# The invented identities and text the cases carry: never in the daemon's log.
CASE_SECRETS = ["31600000071", "31600000072", "Testpersoon Bad", "Ongeldig testbericht"]
SECRETS_USED.update(CASE_SECRETS)
TEMPLATE_MAX = 64 << 20  # bytes a template may expand to


def parse_case(path):
    """(meta: {name: [values]}, body bytes)."""
    with open(path, "rb") as f:
        data = f.read()
    meta = {}
    lines = data.split(b"\n")
    i = 0
    while i < len(lines):
        m = HEADER_RE.match(lines[i])
        if not m:
            break
        meta.setdefault(m.group(1).decode(), []).append(m.group(2).decode("utf-8"))
        i += 1
    body = b"\n".join(lines[i:])
    if body.endswith(b"\n"):
        body = body[:-1]
    if meta.get("template", ["no"])[0] == "yes":
        def expand(m):
            if m.group(1) == b"hex":
                return bytes.fromhex(m.group(2).decode())
            n = int(m.group(2))
            text = m.group(3) or b""
            if n * len(text) > TEMPLATE_MAX:
                raise TestFailure("%s: template too large" % os.path.basename(path))
            return text * n
        body = TEMPLATE_RE.sub(expand, body)
        if "endpoint" in meta:
            meta["endpoint"] = [TEMPLATE_RE.sub(expand, e.encode()).decode("latin-1")
                                for e in meta["endpoint"]]
    if meta.get("crlf", ["no"])[0] == "yes":
        body = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return meta, body


def one(meta, name, default=None):
    v = meta.get(name)
    return v[0] if v else default


# ---------------------------------------------------------------------------
# Building the request

def form_pairs(body):
    text = body.decode("utf-8", "replace")
    return urllib.parse.parse_qsl(text, keep_blank_values=True)


def signature(meta, endpoint_path, body):
    """(header name, value) or None."""
    sign = one(meta, "sign", "no")
    if sign == "no":
        return None
    twilio = endpoint_path.startswith("/webhook/twilio")
    if twilio:
        name = "X-Twilio-Signature"
        signed = body + b"x" if sign == "other-body" else body
        if sign.startswith("url:"):
            endpoint_path = sign[len("url:"):]
        token = "not-the-auth-token" if sign == "wrong-secret" else TW_TOKEN
        pairs = sorted(form_pairs(signed))
        s = PUBLIC_URL + endpoint_path + "".join(k + v for k, v in pairs)
        value = base64.b64encode(hmac.new(token.encode(), s.encode("utf-8", "replace"),
                                          hashlib.sha1).digest()).decode()
    else:
        name = "X-Hub-Signature-256"
        signed = body + b"x" if sign == "other-body" else body
        secret = "not-the-app-secret" if sign == "wrong-secret" else APP_SECRET
        value = wa_sign(signed, secret)
    if sign.startswith("prefix:"):
        value = sign[len("prefix:"):] + value.split("=", 1)[-1]
    elif sign.startswith("length:"):
        n = int(sign[len("length:"):])
        value = (value + "0" * n)[:n] if not twilio else (value + "A" * n)[:n]
    elif sign not in ("yes", "other-body", "wrong-secret") and not sign.startswith("url:"):
        raise TestFailure("unknown sign: %r" % sign)
    return name, value


def build_request(meta, body):
    method, target = one(meta, "endpoint").split(" ", 1)
    lines = [b"%s %s HTTP/1.1" % (method.encode("latin-1"), target.encode("latin-1")),
             b"Host: 127.0.0.1"]
    ctype = one(meta, "content-type", "none")
    if ctype != "none":
        lines.append(b"Content-Type: " + ctype.encode())
    chunked = one(meta, "chunked", "no") == "yes"
    clen = one(meta, "content-length")
    if chunked:
        lines.append(b"Transfer-Encoding: chunked")
    elif clen != "none" and (body or method in ("POST", "PUT", "PATCH") or clen):
        lines.append(b"Content-Length: " + (clen or str(len(body))).encode())
    sig = signature(meta, target, body)
    if sig:
        lines.append(("%s: %s" % sig).encode())
    for hd in meta.get("header", []):
        lines.append(hd.encode("utf-8"))
    for i in range(int(one(meta, "header-flood", "0"))):
        lines.append(b"X-Flood-%d: waarde" % i)
    if one(meta, "header-huge"):
        lines.append(b"X-Huge: " + b"h" * int(one(meta, "header-huge")))
    lines.append(b"Connection: close")
    head = b"\r\n".join(lines) + b"\r\n\r\n"
    if chunked:
        step = 8192
        body = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + step]), body[i:i + step])
                        for i in range(0, len(body), step)) + b"0\r\n\r\n"
    return head + body


# ---------------------------------------------------------------------------
# Talking to the daemon

STATUS_RE = re.compile(rb"HTTP/1\.[01] (\d{3}) [^\r\n]*\r\n")


def statuses_of(data):
    """The status of every answer in data (answers with Content-Length)."""
    out = []
    pos = 0
    while True:
        m = STATUS_RE.match(data, pos)
        if not m:
            break
        out.append(int(m.group(1)))
        end = data.find(b"\r\n\r\n", m.end() - 2)
        if end < 0:
            break
        head = data[m.start():end]
        cl = re.search(rb"(?im)^content-length:\s*(\d+)", head)
        pos = end + 4 + (int(cl.group(1)) if cl else 0)
    return out


def exchange(port, request, timeout=RAW_TIMEOUT_S):
    """Send request while reading; stop sending when the server answers or
    closes. Returns every answer's status, in order ([] = closed without one)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    s.setblocking(False)
    data = b""
    sent = 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            wr = [s] if sent < len(request) else []
            r, w, _ = select.select([s], wr, [], 0.2)
            if r:
                try:
                    chunk = s.recv(65536)
                except (BlockingIOError, InterruptedError):
                    chunk = None
                except OSError:
                    break
                if chunk == b"":
                    break
                if chunk:
                    data += chunk
                    sent = len(request)  # the server answered: stop sending
            if w:
                try:
                    sent += s.send(request[sent:sent + 65536])
                except (BlockingIOError, InterruptedError):
                    pass
                except OSError:
                    sent = len(request)
        else:
            raise TestFailure("no answer and no close within %.0f s" % timeout)
    finally:
        s.close()
    return statuses_of(data)


def matches(expect, got):
    """expect "200 400|closed" against got [200] / [200, 400] ..."""
    want = expect.split()
    for i, alt in enumerate(want):
        alts = alt.split("|")
        if i < len(got):
            if str(got[i]) not in alts:
                return False
        elif "closed" not in alts:
            return False
    return len(got) <= len(want)


def counts(h):
    row = h.psql("SELECT (SELECT count(*) FROM message_in), (SELECT count(*) FROM contact)")[0]
    return tuple(int(x) for x in row)


def healthy(h, pid, what):
    check(h.daemon is not None and h.daemon.poll() is None,
          "the daemon exited (status %s) after %s" % (h.daemon and h.daemon.poll(), what))
    check(h.daemon.pid == pid, "the daemon's PID changed after %s" % what)
    st, _, _ = hreq(h.http_port, "GET", "/healthz", timeout=5)
    check(st == 200, "/healthz answered %d after %s" % (st, what))


# ---------------------------------------------------------------------------
# Slow clients

def case_env(meta):
    return dict(e.split("=", 1) for e in meta.get("env", []))


def http_timeout(meta):
    return int(case_env(meta).get("PRAATPAAL_HTTP_TIMEOUT", "30"))


def slow_headers(h, meta, body):
    """Send the first part of a request, then nothing for longer than the
    inactivity timeout: the daemon must close the connection, and answer
    others meanwhile."""
    timeout = http_timeout(meta)
    s = socket.create_connection(("127.0.0.1", h.http_port), timeout=timeout * 4 + 5)
    try:
        t0 = time.monotonic()
        for i in range(0, len(body), 4):     # trickle the first bytes, 4 at a time
            s.sendall(body[i:i + 4])
            time.sleep(0.05)
        # Others are served while this connection hangs.
        for _ in range(3):
            st, _, _ = hreq(h.http_port, "GET", "/healthz", timeout=2)
            check(st == 200, "/healthz answered %d while a client was trickling" % st)
        try:
            data = s.recv(4096)          # blocks until the daemon gives up on us
        except socket.timeout:
            raise TestFailure("connection still open %.1f s after the last byte "
                              "([http] timeout %d s)" % (time.monotonic() - t0, timeout))
        except ConnectionResetError:
            data = b""
        took = time.monotonic() - t0
        st = statuses_of(data)
        return st, took
    finally:
        s.close()


def slow_body(h, meta, head_and_body):
    """Headers in full, then half of the body, then silence: cut off by the
    inactivity timeout; others are answered meanwhile (as slow_headers)."""
    return slow_headers(h, meta, head_and_body)


# ---------------------------------------------------------------------------
# The cases

def run_case(h, path):
    name = os.path.basename(path)
    meta, body = parse_case(path)
    expect = one(meta, "expect")
    check(expect, "%s: no '# expect:' line" % name)
    kind = one(meta, "kind", "request")
    if meta.get("env"):
        # A daemon of its own (the next test gets the default one back).
        h.daemon_stop()
        h.daemon_start(case_env(meta))
    pid = h.daemon.pid
    before = counts(h)
    log_off = os.path.getsize(h.log_path)
    if kind == "request":
        got = exchange(h.http_port, build_request(meta, body))
    elif kind == "raw":
        got = exchange(h.http_port, body)
    elif kind == "slow-headers":
        got, took = slow_headers(h, meta, body)
    elif kind == "slow-body":
        got, took = slow_body(h, meta, build_request(meta, body)[:-max(1, len(body) // 2)])
    else:
        raise TestFailure("%s: unknown kind %r" % (name, kind))
    if os.environ.get("BAD_INPUT_VERBOSE"):
        print("  %s: %s" % (name, " ".join(str(x) for x in got) or "closed"))
    check(matches(expect, got), "%s: expected %s, got %s" % (
        name, expect, " ".join(str(x) for x in got) or "closed without an answer"))
    if kind.startswith("slow-"):
        limit = http_timeout(meta) * 3 + 2
        check(took <= limit, "%s: cut off after %.1f s, more than %d s" % (name, took, limit))
    healthy(h, pid, name)
    after = counts(h)
    stored = one(meta, "stored")
    if stored:
        check(after[0] == before[0] + 1 and after[1] - before[1] in (0, 1),
              "%s: (message_in, contact) went from %s to %s, expected one message kept"
              % (name, before, after))
        kind = h.scalar("SELECT kind FROM message_in ORDER BY id DESC LIMIT 1")
        check(kind == stored, "%s: the item was kept as %r, expected %r" % (name, kind, stored))
    else:
        check(after == before, "%s: stored something: (message_in, contact) went from %s to %s"
              % (name, before, after))
    with open(h.log_path, errors="replace") as f:
        f.seek(log_off)
        logged = f.read()
    for secret in CASE_SECRETS:
        check(secret not in logged, "%s: the daemon logged %r" % (name, secret))


def register(path):
    stem = os.path.splitext(os.path.basename(path))[0]

    def case(h):
        run_case(h, path)
    case.__name__ = "bad_" + re.sub(r"\W", "_", stem)
    test(case)


for _path in sorted(glob.glob(os.path.join(BAD_DIR, "*"))):
    if os.path.isfile(_path) and not os.path.basename(_path).startswith("README"):
        register(_path)


@test
def bad_input_cases_present(h):
    n = len([p for p in glob.glob(os.path.join(BAD_DIR, "*"))
             if os.path.isfile(p) and not os.path.basename(p).startswith("README")])
    check(n >= 60, "only %d cases in tests/data/bad (want at least 60)" % n)


@test
def bad_input_control_good_requests(h):
    """The same machinery with a well-formed, signed request stores it: the
    refusals above are not an artefact of how the cases are sent."""
    msg = wa_text("31600000079", "Goed controlebericht (test bad input)")
    raw = json.dumps(wa_payload(wa_value([("31600000079", "Testpersoon Controle")], [msg])))
    meta = {"endpoint": ["POST /webhook/whatsapp"], "content-type": ["application/json"],
            "sign": ["yes"]}
    got = exchange(h.http_port, build_request(meta, raw.encode()))
    check(got == [200], "a good WhatsApp request answered %s" % got)
    check(h.count_in("whatsapp", msg["id"]) == 1, "the good WhatsApp message was not stored")
    params = tw_inbound("+31600000078", "Goed controlebericht per sms (test bad input)")
    meta = {"endpoint": ["POST /webhook/twilio"],
            "content-type": ["application/x-www-form-urlencoded"], "sign": ["yes"]}
    got = exchange(h.http_port, build_request(meta, urllib.parse.urlencode(params).encode()))
    check(got == [200], "a good Twilio request answered %s" % got)
    check(h.count_in("sms", params["MessageSid"]) == 1, "the good SMS was not stored")
