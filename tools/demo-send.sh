#!/bin/sh
# Send one signed demo message to a running praatpaal, as WhatsApp (or
# Twilio) would. Reads the secrets and address from conf/demo.conf (or
# PRAATPAAL_DEMO_CONF), honouring PRAATPAAL_<SECTION>_<KEY> overrides.
#
#   tools/demo-send.sh "Hoi, ik heb een vraag"            WhatsApp text from 31600000001
#   tools/demo-send.sh -f 31600000002 "Hallo"             from another test number
#   tools/demo-send.sh -b CHOICE_ID "Titel van de knop"  a reply-button press
#   tools/demo-send.sh -s "Hallo via sms"                 SMS through the Twilio webhook
#
# The reply appears in the window where `make run` is running.
set -eu
cd "$(dirname "$0")/.."
exec python3 - "$@" <<'PY'
import argparse, base64, configparser, hashlib, hmac, json, os, sys, time, uuid
import urllib.error, urllib.parse, urllib.request

ap = argparse.ArgumentParser(prog="tools/demo-send.sh",
                             description="send one signed demo message to praatpaal")
ap.add_argument("text", help="the message text (or the button title with -b)")
ap.add_argument("-f", "--from", dest="frm", default="31600000001",
                help="sender number, test range only (default %(default)s)")
ap.add_argument("-b", "--button", metavar="ID", help="send a reply-button press with this id")
ap.add_argument("-s", "--sms", action="store_true", help="send as SMS (Twilio webhook)")
ap.add_argument("-c", "--config", default=os.environ.get("PRAATPAAL_DEMO_CONF", "conf/demo.conf"))
a = ap.parse_args()

cp = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=("#", ";"))
if not cp.read(a.config):
    sys.exit("demo-send: cannot read %s" % a.config)

def get(section, key, default=None):
    env = os.environ.get("PRAATPAAL_%s_%s" % (section.upper(), key.upper()))
    if env is not None:
        return env
    if cp.has_option(section, key):
        return cp.get(section, key).strip()
    if cp.has_option(section, key + "_file"):
        with open(cp.get(section, key + "_file").strip()) as f:
            return f.read().rstrip("\n")
    return default

listen = get("http", "listen", "127.0.0.1:8080")
base = "http://" + listen
frm = "".join(c for c in a.frm if c.isdigit())

if a.sms:
    token = get("twilio", "auth_token")
    if not token or not get("twilio", "account_sid"):
        sys.exit("demo-send: Twilio is not configured in %s" % a.config)
    public = (get("http", "public_url") or base).rstrip("/")
    sid = "SM" + uuid.uuid4().hex
    params = {"MessageSid": sid, "SmsMessageSid": sid, "SmsSid": sid,
              "AccountSid": get("twilio", "account_sid"), "From": "+" + frm,
              "To": get("twilio", "from", ""), "Body": a.text, "NumMedia": "0",
              "SmsStatus": "received", "ApiVersion": "2010-04-01"}
    raw = urllib.parse.urlencode(params).encode()
    s = public + "/webhook/twilio" + "".join(k + v for k, v in sorted(params.items()))
    sig = base64.b64encode(hmac.new(token.encode(), s.encode(), hashlib.sha1).digest()).decode()
    req = urllib.request.Request(base + "/webhook/twilio", raw, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": sig})
else:
    secret = get("whatsapp", "app_secret")
    if not secret:
        sys.exit("demo-send: [whatsapp] app_secret is not set in %s" % a.config)
    msg = {"from": frm, "id": "wamid.DEMO" + uuid.uuid4().hex.upper(),
           "timestamp": str(int(time.time()))}
    if a.button:
        msg["type"] = "interactive"
        msg["interactive"] = {"type": "button_reply",
                              "button_reply": {"id": a.button, "title": a.text}}
    else:
        msg["type"] = "text"
        msg["text"] = {"body": a.text}
    payload = {"object": "whatsapp_business_account", "entry": [{"id": "0", "changes": [{
        "field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "31600000099",
                         "phone_number_id": get("whatsapp", "phone_number_id", "0")},
            "contacts": [{"profile": {"name": "Demo"}, "wa_id": frm}],
            "messages": [msg]}}]}]}
    raw = json.dumps(payload).encode()
    sig = "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    req = urllib.request.Request(base + "/webhook/whatsapp", raw, method="POST", headers={
        "Content-Type": "application/json", "X-Hub-Signature-256": sig})

try:
    with urllib.request.urlopen(req, timeout=30) as r:
        print("demo-send: %s %d" % (req.full_url, r.status))
except urllib.error.HTTPError as e:
    sys.exit("demo-send: %s answered %d %s" % (req.full_url, e.code, e.read()[:200].decode("utf-8", "replace")))
except OSError as e:
    sys.exit("demo-send: cannot reach %s (%s): is `make run` running?" % (base, e))
PY
