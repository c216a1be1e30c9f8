#!/usr/bin/env python3
"""
fakeapi.py -- a local fake of the two provider APIs praatpaal sends to:

  POST /{version}/{phone_number_id}/messages          WhatsApp Cloud API (Graph)
  POST /2010-04-01/Accounts/{sid}/Messages.json      Twilio Programmable SMS

It checks the credentials (a Bearer token; HTTP basic auth sid:token),
records every request (method, path, headers, parsed body, time, the answer
given) in memory and, with --log, as one JSON line per request, and answers
like the real API with a unique message id.

Control endpoints (for tests):

  GET  /_requests         every recorded request, oldest first, as JSON
  POST /_control          JSON object, any of:
      {"reset": true}                      forget requests and faults
      {"clear_faults": true}               forget the faults not used yet and
                                           the numbers of "tw_unsubscribe"
      {"faults": [F, ...], "to": "316..."} queue faults (for one recipient,
                                           or for anyone when "to" is absent)
      {"timeout_s": 5}                     how long a "timeout" fault hangs
      {"tw_unsubscribe": ["+316..."]}      Twilio refuses every send to these
                                           numbers with error 21610, as after
                                           an SMS STOP, until
      {"tw_resubscribe": ["+316..."]}      (as after START)
      {"answer_delay_ms": 1500}            every send is recorded, then answered
                                           this much later (sends in flight at a
                                           kill); 0 again with clear_faults
      {"statuses": {"url": "http://127.0.0.1:8080", "app_secret": "...",
                    "delay_ms": 200, "loss": 0.0}}
                                           post status webhooks ("sent", then
                                           "delivered") for every accepted send
                                           to the daemon at url, like the real
                                           providers (see below); off again with
                                           {"statuses": false} or clear_faults
  GET  /_statuses         the status poster's counts: scheduled, posted, lost
                          (dropped on purpose: "loss"), given_up, pending

Status webhooks (opt-in per test: they move outbox rows on to "delivered"
and add delivery_event rows, which tests that count those do not expect).
For each accepted send, "delay_ms" after it arrived, a "sent" status, and
"delay_ms" later a "delivered" one, each dropped with probability "loss".
WhatsApp: POST url/webhook/whatsapp, the statuses of that moment batched in
one payload, signed with app_secret (X-Hub-Signature-256), each status
echoing the send's biz_opaque_callback_data. Twilio: POST to the send's
StatusCallback (its path and query at url), signed with --tw-token over the
StatusCallback URL exactly as the send gave it (X-Twilio-Signature), one
status a request. A post that fails (daemon down, not 200) is tried again
every 250 ms, as the providers retry, for up to 300 s.
  A fault F is used up by one request, in order:
      "500", "503", "429"                  that HTTP status with a Graph/Twilio
                                           style error body
      {"status": 400, "error": {...}}      exactly that status and error object
      {"status": 429, "retry_after": 1}    with a Retry-After header
      "timeout"                            accept, then hang for timeout_s
      "reset"                              close the connection (RST), no answer
      "slow:800"                           answer success after 800 ms
      {"status": 200, "message_id": "X"}   answer success (the status given, a
                                           2xx) with exactly that message id:
                                           WhatsApp messages[0].id, Twilio sid
                                           (for ids the daemon must store as is)
      "21610"                              Twilio: HTTP 400, error 21610
                                           ("Attempt to send to unsubscribed
                                           recipient"), Twilio's JSON error shape

WhatsApp sends may name the recipient by phone number ("to") or, for a user
known only by a business-scoped user id (BSUID, e.g. "NL.1502576394655843"),
by "recipient"; "to" wins when both are there, as at the Cloud API. Each
recorded request has "to" (what the message was addressed to) and, when the
body had one, "recipient".

--print (for `make run`): print each message as a person would read it.

Python 3 standard library only.
"""

import argparse
import base64
import hashlib
import hmac
import http.client
import json
import random
import socket
import struct
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_BODY = 1024 * 1024  # larger requests are refused: the daemon never sends them

STATUS_RETRY_S = 0.25     # a status post that failed is tried again after this
STATUS_GIVE_UP_S = 300.0  # ... for at most this long
STATUS_BATCH_MAX = 100    # WhatsApp statuses in one webhook

# Twilio's answer to a send to a number that opted out by SMS (STOP).
TWILIO_21610 = {"code": 21610, "message": "Attempt to send to unsubscribed recipient",
                "more_info": "https://www.twilio.com/docs/errors/21610", "status": 400}


class StatusPoster:
    """Posts status webhooks back to the daemon, as the providers do: one
    thread, a queue ordered by due time, retries while the daemon is down."""

    def __init__(self, args):
        self.args = args
        self.cond = threading.Condition()
        self.queue = []          # [due monotonic, first due, kind, item]
        self.conf = None         # {"url", "app_secret", "delay_ms", "loss"} or None
        self.counts = {"scheduled": 0, "posted": 0, "lost": 0, "given_up": 0}
        self.rng = random.Random()
        threading.Thread(target=self.run, daemon=True).start()

    def configure(self, conf):
        with self.cond:
            if not conf:
                self.conf = None
                self.queue = []
                return
            c = dict(conf)
            c["delay_s"] = float(c.get("delay_ms", 200)) / 1000.0
            c["loss"] = float(c.get("loss", 0.0))
            self.conf = c
            self.cond.notify()

    def stats(self):
        with self.cond:
            out = dict(self.counts)
            out["pending"] = len(self.queue)
            out["on"] = self.conf is not None
            return out

    def schedule(self, kind, make):
        """kind "wa" or "tw"; make(status) -> item, for "sent" and "delivered"."""
        with self.cond:
            c = self.conf
            if c is None:
                return
            now = time.monotonic()
            for n, status in enumerate(("sent", "delivered")):
                self.counts["scheduled"] += 1
                if self.rng.random() < c["loss"]:
                    self.counts["lost"] += 1
                    continue
                due = now + c["delay_s"] * (n + 1)
                self.queue.append([due, due, kind, make(status)])
            self.queue.sort(key=lambda q: q[0])
            self.cond.notify()

    def run(self):
        while True:
            with self.cond:
                while True:
                    now = time.monotonic()
                    if self.conf is not None and self.queue and self.queue[0][0] <= now:
                        break
                    wait = self.queue[0][0] - now if self.queue and self.conf else 1.0
                    self.cond.wait(max(0.001, min(wait, 1.0)))
                conf = dict(self.conf)
                due = [q for q in self.queue if q[0] <= now]
                self.queue = [q for q in self.queue if q[0] > now]
            wa = [q for q in due if q[2] == "wa"]
            failed = []
            for i in range(0, len(wa), STATUS_BATCH_MAX):
                part = wa[i:i + STATUS_BATCH_MAX]
                if not self.post_wa(conf, [q[3] for q in part]):
                    failed.extend(part)
            for q in due:
                if q[2] == "tw" and not self.post_tw(q[3]):
                    failed.append(q)
            with self.cond:
                self.counts["posted"] += len(due) - len(failed)
                now = time.monotonic()
                for q in failed:
                    if now - q[1] > STATUS_GIVE_UP_S:
                        self.counts["given_up"] += 1
                        continue
                    q[0] = now + STATUS_RETRY_S
                    self.queue.append(q)
                self.queue.sort(key=lambda q: q[0])

    def post(self, url, path, raw, headers):
        u = urllib.parse.urlsplit(url)
        try:
            c = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=10)
            try:
                c.request("POST", path, body=raw, headers=headers)
                r = c.getresponse()
                r.read()
                return r.status == 200
            finally:
                c.close()
        except (OSError, http.client.HTTPException):
            return False

    def post_wa(self, conf, statuses):
        payload = {"object": "whatsapp_business_account", "entry": [{
            "id": "200000000000002", "changes": [{"field": "messages", "value": {
                "messaging_product": "whatsapp",
                "metadata": {"display_phone_number": "31600000099",
                             "phone_number_id": statuses[0].get("_pnid", "")},
                "statuses": [{k: v for k, v in st.items() if not k.startswith("_")}
                             for st in statuses]}}]}]}
        raw = json.dumps(payload).encode()
        sig = "sha256=" + hmac.new(conf.get("app_secret", "").encode(), raw,
                                   hashlib.sha256).hexdigest()
        return self.post(conf["url"], "/webhook/whatsapp", raw,
                         {"Content-Type": "application/json", "X-Hub-Signature-256": sig})

    def post_tw(self, item):
        with self.cond:
            conf = self.conf
        if conf is None:
            return False
        cb, params = item
        signed = cb + "".join(k + params[k] for k in sorted(params))
        sig = base64.b64encode(hmac.new(self.args.tw_token.encode(), signed.encode(),
                                        hashlib.sha1).digest()).decode()
        u = urllib.parse.urlsplit(cb)
        path = u.path + ("?" + u.query if u.query else "")
        return self.post(conf["url"], path, urllib.parse.urlencode(params).encode(),
                         {"Content-Type": "application/x-www-form-urlencoded",
                          "X-Twilio-Signature": sig})


class State:
    """Everything the server remembers, behind one lock."""

    def __init__(self, args):
        self.lock = threading.Lock()
        self.requests = []
        self.faults = {}  # recipient ("" = anyone) -> list of faults
        self.tw_unsubscribed = set()  # norm_to() of numbers Twilio refuses (21610)
        self.counter = 0
        # Ids stay unique across restarts of the fake (the daemon stores them UNIQUE).
        self.run_id = "%06X" % (int(time.time() * 1000) % 0xFFFFFF)
        self.timeout_s = args.timeout_s
        self.answer_delay_s = 0.0
        self.args = args
        self.poster = StatusPoster(args)
        self.logf = open(args.log, "a", encoding="utf-8") if args.log else None

    def next_id(self):
        with self.lock:
            self.counter += 1
            return self.counter

    def take_fault(self, to):
        """The next queued fault for this recipient (or for anyone), or None."""
        with self.lock:
            for key in (to or "", ""):
                q = self.faults.get(key)
                if q:
                    f = q.pop(0)
                    if not q:
                        del self.faults[key]
                    return f
        return None

    def record(self, rec):
        with self.lock:
            rec["seq"] = len(self.requests) + 1
            self.requests.append(rec)
            if self.logf:
                self.logf.write(json.dumps(rec, sort_keys=True) + "\n")
                self.logf.flush()


def success_id(fault):
    """The message id a success fault {"status": 2xx, "message_id": ...}
    chooses, or None for any other fault (or none)."""
    if isinstance(fault, dict) and "message_id" in fault:
        return str(fault["message_id"])
    return None


def success_status(fault, default):
    """The 2xx status of a success fault; default otherwise (or when the
    fault names no 2xx status)."""
    if success_id(fault) is not None:
        try:
            status = int(fault.get("status", default))
        except (TypeError, ValueError):
            return default
        if 200 <= status < 300:
            return status
    return default


def norm_to(to):
    """Recipient key for faults: digits only (WhatsApp "316..." and Twilio "+316...")."""
    return "".join(c for c in (to or "") if c.isdigit())


class Handler(BaseHTTPRequestHandler):
    server_version = "fakeapi/1"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *a):  # keep stderr quiet; we have our own log
        if self.server.state.args.verbose:
            sys.stderr.write("fakeapi: " + (fmt % a) + "\n")

    # ---- helpers -------------------------------------------------------

    def send_json(self, status, obj, extra=None):
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def read_body(self):
        n = int(self.headers.get("Content-Length") or 0)
        if n < 0 or n > MAX_BODY:
            raise ValueError("body too large")
        return self.rfile.read(n) if n else b""

    def reset_connection(self):
        """Close with SO_LINGER 0 so the peer sees a TCP reset."""
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.close_connection = True
        try:
            self.connection.close()
        except OSError:
            pass

    # ---- routes --------------------------------------------------------

    def do_GET(self):
        st = self.server.state
        if self.path.split("?")[0] == "/_requests":
            with st.lock:
                data = list(st.requests)
            self.send_json(200, data)
            return
        if self.path == "/_statuses":
            self.send_json(200, st.poster.stats())
            return
        if self.path == "/_health":
            self.send_json(200, {"ok": True})
            return
        self.send_json(404, {"error": "not found"})

    def do_POST(self):
        st = self.server.state
        try:
            raw = self.read_body()
        except ValueError:
            self.send_json(413, {"error": "too large"})
            return
        path = self.path.split("?")[0]
        parts = [p for p in path.split("/") if p]
        if path == "/_control":
            self.control(raw)
            return
        if len(parts) == 3 and parts[2] == "messages":
            self.whatsapp(parts, raw)
            return
        if (len(parts) == 4 and parts[0] == "2010-04-01" and parts[1] == "Accounts"
                and parts[3] == "Messages.json"):
            self.twilio(parts, raw)
            return
        self.send_json(404, {"error": {"message": "unknown path", "code": 404}})

    def control(self, raw):
        st = self.server.state
        try:
            obj = json.loads(raw or b"{}")
            if not isinstance(obj, dict):
                raise ValueError("not an object")
        except ValueError as e:
            self.send_json(400, {"error": str(e)})
            return
        with st.lock:
            if obj.get("reset"):
                st.requests = []
                st.faults = {}
                st.tw_unsubscribed = set()
            if obj.get("clear_faults"):
                st.faults = {}
                st.tw_unsubscribed = set()
                st.answer_delay_s = 0.0
            if "answer_delay_ms" in obj:
                st.answer_delay_s = float(obj["answer_delay_ms"]) / 1000.0
            if "timeout_s" in obj:
                st.timeout_s = float(obj["timeout_s"])
            if "faults" in obj:
                key = norm_to(obj.get("to"))
                st.faults.setdefault(key, []).extend(obj["faults"])
            for n in obj.get("tw_unsubscribe") or []:
                st.tw_unsubscribed.add(norm_to(n))
            for n in obj.get("tw_resubscribe") or []:
                st.tw_unsubscribed.discard(norm_to(n))
            pending = {k: len(v) for k, v in st.faults.items()}
        if obj.get("reset") or obj.get("clear_faults"):
            st.poster.configure(None)
        if "statuses" in obj:
            st.poster.configure(obj["statuses"])
        self.send_json(200, {"ok": True, "pending": pending})

    # ---- the providers --------------------------------------------------

    def base_record(self, channel, raw):
        return {
            "channel": channel,
            "method": self.command,
            "path": self.path,
            "headers": {k: v for k, v in self.headers.items()},
            "raw": raw.decode("utf-8", "replace"),
            "time": time.time(),
            "conn": self.client_address[1],     # the client's port: one a connection
        }

    def answer_later(self):
        """Wait answer_delay_ms before answering an accepted send; False when
        the client is gone meanwhile (the send stays accepted)."""
        delay = self.server.state.answer_delay_s
        if delay > 0:
            time.sleep(delay)
        return True

    def handle_one_request(self):
        # A client that went away (a daemon killed mid-send) is not an error here.
        try:
            super().handle_one_request()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def apply_fault(self, fault, rec, error_body):
        """Answer with a fault. Returns True when the request is finished."""
        st = self.server.state
        if isinstance(fault, str) and fault.startswith("slow:"):
            time.sleep(int(fault[5:]) / 1000.0)
            rec["fault"] = fault
            return False  # then answer normally
        if success_id(fault) is not None:
            rec["fault"] = fault
            return False  # the caller answers success with that id
        rec["fault"] = fault
        if fault == "timeout":
            rec["status"] = None
            st.record(rec)
            time.sleep(st.timeout_s)
            self.close_connection = True
            return True
        if fault == "reset":
            rec["status"] = None
            st.record(rec)
            self.reset_connection()
            return True
        extra = {}
        if fault == "21610":
            status = 400
            body = dict(TWILIO_21610) if rec["channel"] == "sms" else error_body(400)
            rec["status"] = status
            st.record(rec)
            self.send_json(status, body)
            return True
        if isinstance(fault, dict):
            status = int(fault.get("status", 500))
            body = {"error": fault["error"]} if "error" in fault else error_body(status)
            if "retry_after" in fault:
                extra["Retry-After"] = str(fault["retry_after"])
        else:
            status = int(fault)
            body = error_body(status)
        rec["status"] = status
        st.record(rec)
        self.send_json(status, body, extra)
        return True

    def whatsapp(self, parts, raw):
        st = self.server.state
        rec = self.base_record("whatsapp", raw)
        rec["phone_number_id"] = parts[1]
        auth = self.headers.get("Authorization", "")
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        rec["body"] = body
        if not auth.startswith("Bearer ") or (st.args.wa_token and auth[7:] != st.args.wa_token) \
                or len(auth) <= 7:
            rec["status"] = 401
            st.record(rec)
            self.send_json(401, {"error": {"message": "Invalid OAuth access token.",
                                           "type": "OAuthException", "code": 190}})
            return
        if (not isinstance(body, dict) or body.get("messaging_product") != "whatsapp"
                or not (body.get("to") or body.get("recipient")) or body.get("type") not in
                ("text", "interactive", "template")):
            rec["status"] = 400
            st.record(rec)
            self.send_json(400, {"error": {"message": "(#100) Invalid parameter",
                                           "type": "OAuthException", "code": 100}})
            return
        to = str(body.get("to") or body.get("recipient"))
        rec["to"] = to
        if body.get("recipient"):
            rec["recipient"] = str(body["recipient"])

        def err(status):
            code = {429: 130429, 400: 100}.get(status, 1 if status >= 500 else status)
            return {"error": {"message": "fake error %d" % status,
                              "type": "OAuthException", "code": code,
                              "fbtrace_id": "AfakeTrace"}}

        fault = st.take_fault(norm_to(to))
        if fault is not None and self.apply_fault(fault, rec, err):
            return
        wamid = success_id(fault)
        status = success_status(fault, 200)
        if wamid is None:
            wamid = "wamid.FAKE%s%08d" % (st.run_id, st.next_id())
        rec["status"] = status
        rec["id"] = wamid
        st.record(rec)
        if st.args.print:
            print_whatsapp(to, body)

        def wa_status(s, wamid=wamid, to=to, echo=body.get("biz_opaque_callback_data"),
                      pnid=parts[1]):
            item = {"id": wamid, "status": s, "timestamp": str(int(time.time())),
                    "recipient_id": norm_to(to), "_pnid": pnid}
            if echo is not None:
                item["biz_opaque_callback_data"] = echo
            return item
        st.poster.schedule("wa", wa_status)
        if not self.answer_later():
            return
        # A send by BSUID is answered with the user_id, one by number with the wa_id.
        answered = ({"input": to, "wa_id": norm_to(to)} if body.get("to")
                    else {"input": to, "user_id": to})
        self.send_json(status, {"messaging_product": "whatsapp",
                             "contacts": [answered],
                             "messages": [{"id": wamid}]})

    def twilio(self, parts, raw):
        st = self.server.state
        rec = self.base_record("sms", raw)
        sid = parts[2]
        rec["account_sid"] = sid
        form = urllib.parse.parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
        body = {k: v[0] for k, v in form.items()}
        rec["body"] = body
        ok_auth = False
        auth = self.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            try:
                user, _, pw = base64.b64decode(auth[6:]).decode().partition(":")
                ok_auth = (user == sid and pw != ""
                           and (not st.args.tw_sid or user == st.args.tw_sid)
                           and (not st.args.tw_token or pw == st.args.tw_token))
            except (ValueError, UnicodeDecodeError):
                ok_auth = False
        if not ok_auth:
            rec["status"] = 401
            st.record(rec)
            self.send_json(401, {"code": 20003, "message": "Authenticate",
                                 "status": 401})
            return
        if not body.get("To") or not body.get("From") or not body.get("Body"):
            rec["status"] = 400
            st.record(rec)
            self.send_json(400, {"code": 21604, "message": "A 'To', 'From' and 'Body' are required",
                                 "status": 400})
            return
        rec["to"] = body["To"]

        def err(status):
            return {"code": 20429 if status == 429 else 20500,
                    "message": "fake error %d" % status, "status": status}

        with st.lock:
            unsubscribed = norm_to(body["To"]) in st.tw_unsubscribed
        if unsubscribed:
            rec["status"] = 400
            rec["fault"] = "unsubscribed"
            st.record(rec)
            self.send_json(400, dict(TWILIO_21610))
            return
        fault = st.take_fault(norm_to(body["To"]))
        if fault is not None and self.apply_fault(fault, rec, err):
            return
        msid = success_id(fault)
        status = success_status(fault, 201)
        if msid is None:
            msid = "SM%s%026x" % (st.run_id, st.next_id())
        rec["status"] = status
        rec["id"] = msid
        st.record(rec)
        if st.args.print:
            print_sms(body)
        cb = body.get("StatusCallback")
        if cb:
            def tw_status(s, msid=msid, cb=cb, to=body["To"], frm=body["From"]):
                return (cb, {"MessageSid": msid, "SmsSid": msid, "MessageStatus": s,
                             "SmsStatus": s, "To": to, "From": frm, "AccountSid": sid,
                             "ApiVersion": "2010-04-01"})
            st.poster.schedule("tw", tw_status)
        if not self.answer_later():
            return
        self.send_json(status, {"sid": msid, "account_sid": sid, "to": body["To"],
                             "from": body["From"], "body": body["Body"],
                             "status": "queued", "num_segments": "1",
                             "api_version": "2010-04-01"})


# ---- --print -------------------------------------------------------------

def out(s):
    sys.stdout.write(s + "\n")
    sys.stdout.flush()


def print_whatsapp(to, body):
    t = body.get("type")
    out("")
    out("── WhatsApp → %s (%s)" % (to, t))
    if t == "text":
        out((body.get("text") or {}).get("body", ""))
    elif t == "interactive":
        it = body.get("interactive") or {}
        out((it.get("body") or {}).get("text", ""))
        action = it.get("action") or {}
        for b in action.get("buttons") or []:
            r = b.get("reply") or {}
            out("  [ %s ]  (id %s)" % (r.get("title"), r.get("id")))
        for sec in action.get("sections") or []:
            if sec.get("title"):
                out("  %s" % sec["title"])
            for row in sec.get("rows") or []:
                out("  • %s  (id %s)" % (row.get("title"), row.get("id")))
        if action.get("button"):
            out("  (list opens with: %s)" % action["button"])
    elif t == "template":
        tp = body.get("template") or {}
        out("template %s (%s)" % (tp.get("name"), (tp.get("language") or {}).get("code")))
    out("──")


def print_sms(body):
    out("")
    out("── SMS → %s (from %s)" % (body.get("To"), body.get("From")))
    out(body.get("Body", ""))
    out("──")


def main():
    ap = argparse.ArgumentParser(description="fake WhatsApp Graph API + Twilio API")
    ap.add_argument("--listen", default="127.0.0.1:8081", help="HOST:PORT (default %(default)s)")
    ap.add_argument("--log", help="append every request as a JSON line to this file")
    ap.add_argument("--print", action="store_true", help="print each message readably")
    ap.add_argument("--wa-token", default="", help="required Bearer token (default: any)")
    ap.add_argument("--tw-sid", default="", help="required Twilio account sid (default: any)")
    ap.add_argument("--tw-token", default="", help="required Twilio auth token (default: any)")
    ap.add_argument("--timeout-s", type=float, default=10.0,
                    help="how long a 'timeout' fault hangs (default %(default)s)")
    ap.add_argument("--verbose", action="store_true", help="log each HTTP request to stderr")
    args = ap.parse_args()

    host, _, port = args.listen.rpartition(":")
    ThreadingHTTPServer.allow_reuse_address = True
    # socketserver's default listen backlog is 5: a burst of new connections
    # (a sender with 64 requests in flight) then hangs in the accept queue past
    # the client's timeout and is answered later -- a real API does not do that.
    ThreadingHTTPServer.request_queue_size = 256
    ThreadingHTTPServer.daemon_threads = True
    srv = ThreadingHTTPServer((host or "127.0.0.1", int(port)), Handler)
    srv.state = State(args)
    if args.print:
        out("fakeapi: listening on http://%s (WhatsApp and Twilio); messages appear below"
            % args.listen)
    try:
        srv.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        srv.server_close()


if __name__ == "__main__":
    main()
