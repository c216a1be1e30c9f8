#!/usr/bin/env python3
"""
stub_daemon.py -- a stand-in for praatpaal that checks the load generator.

It answers every POST /webhook/whatsapp with 200 at once, then, after a
fixed delay, sends two replies to the sender (like the welcome text and the
menu) to the fake Graph API that loadgen runs. loadgen's inbound-to-reply
latency must then come out at the delay plus a few ms (docs/performance.md,
"Checking the generator"). Only 127.0.0.1. No signature check: this is
not the daemon.

  python3 tests/bench/stub_daemon.py PORT API_URL DELAY_S
  e.g. 39601 http://127.0.0.1:39602/v21.0/100000000000001/messages 0.05
"""
import json
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY_MAX = 64 * 1024  # bytes of one webhook


def reply(api, delay, to):
    time.sleep(delay)
    body = json.dumps({"messaging_product": "whatsapp", "to": to, "type": "text",
                       "text": {"body": "Hoi! Dit is een test."}}).encode()
    for _ in range(2):
        req = urllib.request.Request(api, data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            resp.read()


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: stub_daemon.py PORT API_URL DELAY_S")
    port, api, delay = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    if not api.startswith("http://127.0.0.1:"):
        sys.exit("stub_daemon: API_URL must be on 127.0.0.1")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_POST(self):
            n = int(self.headers.get("Content-Length", "0"))
            if n <= 0 or n > BODY_MAX:
                self.send_response(413 if n > BODY_MAX else 400)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data = json.loads(self.rfile.read(n))
            to = data["entry"][0]["changes"][0]["value"]["messages"][0]["from"]
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()
            threading.Thread(target=reply, args=(api, delay, to), daemon=True).start()

    ThreadingHTTPServer.request_queue_size = 128
    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


if __name__ == "__main__":
    main()
