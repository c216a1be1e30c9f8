"""No reply twice, even after kill -9 (issue: "No reply twice, even after
kill -9: tag every send and wait for the provider's word").

Every send carries its outbox row's echo (WhatsApp biz_opaque_callback_data,
the "out" query of Twilio's StatusCallback URL). The fake provider answers
sends late here (answer_delay_ms), so that a kill -9 finds them in flight,
and posts signed status webhooks back with the echo, retrying while the
daemon is down, as the real providers do. A status naming a row records its
send; a row in doubt that no status names is sent again after
[sender] doubt_window (harness.DOUBT_WINDOW_S) and counted.
"""

import json
import os
import re
import signal
import socket
import struct
import sys
import threading
import time
import urllib.parse

from harness import (DOUBT_WINDOW_S, PUBLIC_URL, TW_TOKEN, check, echo_of, hreq, test,
                     tw_sign, tw_status_callback, tw_inbound, wa_payload, wa_sign, wa_text,
                     wa_value, wait_until)

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "soak"))
import faultlib  # noqa: E402  (a second daemon)

OUTBOX_LEASE_S = 60         # include/praatpaal.h: a claimed row's lease
ANSWER_DELAY_MS = 1500      # the fake answers sends this late: in flight at the kill
STATUS_DELAY_MS = 300       # and posts each status this long after the send arrived


def metric(h, name):
    """A counter of this harness's daemon, from /metrics on its admin listener."""
    m = re.search(r"^%s(?:\{[^}]*\})? (\d+)" % name, h.metrics_text(), re.M)
    check(m, "no %s in /metrics" % name)
    return int(m.group(1))


def post_wa_each(h, senders, text, port=None):
    """One message from each sender, to the daemon on port (default the harness's)."""
    for i, to in enumerate(senders):
        raw = json.dumps(wa_payload(wa_value([(to, "Testpersoon Eenmaal")],
                                             [wa_text(to, "%s %d" % (text, i))]))).encode()
        st, _, _ = hreq(port or h.http_port, "POST", "/webhook/whatsapp", raw,
                        {"Content-Type": "application/json", "X-Hub-Signature-256": wa_sign(raw)})
        check(st == 200, "webhook answered %d" % st)


def in_flight_at_fake(h, senders):
    """Requests the fake accepted for these senders."""
    want = set(senders)
    return [r for r in h.fake_requests(ok=True) if r.get("to") in want]


def rows_of(h, senders):
    return h.psql("SELECT o.id, c.address, o.status, coalesce(o.provider_id, ''), "
                  "coalesce(o.doubt, ''), o.attempts FROM message_out o "
                  "JOIN contact c ON c.id = o.contact_id WHERE c.address IN (%s) ORDER BY o.id"
                  % ",".join("'%s'" % s for s in senders))


def kill_with_sends_in_flight(h, senders, text):
    """Post a message from each sender, wait until the fake holds a send
    for each (answers delayed), kill -9 the daemon. Returns the fake's
    requests in flight at the kill and the wall time of the kill."""
    h.fake_control({"answer_delay_ms": ANSWER_DELAY_MS})
    post_wa_each(h, senders, text)
    inflight = wait_until(lambda: (lambda r: r if len(r) >= len(senders) else None)(
        in_flight_at_fake(h, senders)), "a send to each sender in flight at the fake")
    t_kill = time.time()
    h.daemon_stop(signal.SIGKILL)
    h.fake_control({"answer_delay_ms": 0})
    return inflight, t_kill


def expire_dead_leases(h, before):
    """The killed daemon's leases run out now instead of OUTBOX_LEASE_S
    (60 s) later: rows still 'sending' that were claimed before the kill."""
    h.psql("UPDATE message_out SET lease_until = now() - interval '1 second' "
           "WHERE status = 'sending' AND attempt_at < to_timestamp(%f)" % before)


def each_once(h, senders):
    """Every contact settled; each outbox row's send reached the fake once."""
    for to in senders:
        h.wait_settled("whatsapp", to, timeout=DOUBT_WINDOW_S + 20)


@test
def exactly_once_kill9_statuses_resolve_in_flight_sends(h):
    senders = ["316000070%02d" % i for i in range(1, 9)]
    h.fake_statuses(delay_ms=STATUS_DELAY_MS)
    inflight, t_kill = kill_with_sends_in_flight(h, senders, "Hoi (eenmaal status)")
    time.sleep(0.3)
    h.daemon_start()
    # The statuses the fake could not post while the daemon was down arrive now.
    wait_until(lambda: h.fake_status_stats()["pending"] == 0, "the fake's statuses to be posted",
               timeout=20)
    expire_dead_leases(h, t_kill)
    each_once(h, senders)
    rows = {r[0]: r for r in rows_of(h, senders)}
    by_pid = {r[3]: r for r in rows.values() if r[3]}
    for req in inflight:
        r = by_pid.get(req["id"])
        check(r is not None, "the send in flight at the kill (%s) is recorded on no row"
              % req["id"])
        check(r[4] == "resolved", "row %s of a send in flight at the kill: doubt %r, "
              "expected 'resolved' (recorded from its status)" % (r[0], r[4]))
        check(r[2] in ("sent", "delivered"), "row %s is %s" % (r[0], r[2]))
    resent = [r for r in rows.values() if r[4] == "resent"]
    check(not resent, "%d row(s) resent although their statuses came: %r" % (len(resent), resent))
    check(metric(h, "praatpaal_sends_in_doubt_resolved_total") >= len(inflight),
          "praatpaal_sends_in_doubt_resolved_total below %d" % len(inflight))
    check(metric(h, "praatpaal_sends_in_doubt_resent_total") == 0,
          "praatpaal_sends_in_doubt_resent_total is not 0")
    print("  in flight at the kill: %d, resolved by a status: %d, resent: 0"
          % (len(inflight), sum(1 for r in rows.values() if r[4] == "resolved")))


@test
def exactly_once_kill9_without_statuses_resends_after_the_window(h):
    senders = ["316000071%02d" % i for i in range(1, 7)]
    h.fake_statuses(delay_ms=STATUS_DELAY_MS, loss=1.0)   # every status lost
    inflight, t_kill = kill_with_sends_in_flight(h, senders, "Hoi (eenmaal geen status)")
    first = {r["to"]: r for r in inflight}
    h.daemon_start()
    expire_dead_leases(h, t_kill)
    for to in senders:
        wait_until(lambda: len([r for r in h.fake_requests(to=to, ok=True)
                                if r["raw"] == first[to]["raw"]]) >= 2,
                   "the send in doubt to be sent again", timeout=DOUBT_WINDOW_S + 20)
    rows = rows_of(h, senders)
    resent = [r for r in rows if r[4] == "resent"]
    check(len(resent) == len(inflight), "%d rows resent in doubt, %d sends were in flight"
          % (len(resent), len(inflight)))
    for to in senders:
        again = [r for r in h.fake_requests(to=to, ok=True) if r["raw"] == first[to]["raw"]]
        check(len(again) == 2, "the send in doubt to %s went out %d times" % (to, len(again)))
        check(again[1]["time"] - again[0]["time"] >= DOUBT_WINDOW_S - 0.5,
              "resent %.1f s after the first send, before doubt_window (%d s)"
              % (again[1]["time"] - again[0]["time"], DOUBT_WINDOW_S))
    # The metric and the log count every row this daemon sent again, also one
    # another test left in flight at the kill (a slow machine): as many as the
    # rows resent since the kill.
    since = int(h.scalar("SELECT count(*) FROM message_out WHERE doubt = 'resent' "
                         "AND attempt_at > to_timestamp(%f)" % t_kill))
    check(since >= len(inflight), "%d rows resent since the kill" % since)
    check(metric(h, "praatpaal_sends_in_doubt_resent_total") == since,
          "praatpaal_sends_in_doubt_resent_total is not %d" % since)
    log = h.log_since_start()
    check(log.count("send in_doubt_resent") == since, "%d 'send in_doubt_resent' "
          "lines, expected %d" % (log.count("send in_doubt_resent"), since))
    check("send in_doubt rows=" in log, "no 'send in_doubt' line")


@test
def exactly_once_status_at_another_daemon_resolves_a_dead_daemons_send(h):
    senders = ["316000072%02d" % i for i in range(1, 7)]
    # A (extra) takes the messages and sends; it dies; B (the harness's) gets the statuses.
    a = faultlib.Daemon(h, "exactly-once-a")
    try:
        h.fake_statuses(delay_ms=STATUS_DELAY_MS)       # posted to B
        h.fake_control({"answer_delay_ms": ANSWER_DELAY_MS})
        post_wa_each(h, senders, "Hoi (eenmaal twee daemons)", port=a.port)
        inflight = wait_until(lambda: (lambda r: r if len(r) >= len(senders) else None)(
            in_flight_at_fake(h, senders)), "a send to each sender in flight at the fake")
        t_kill = time.time()
        a.kill()
        h.fake_control({"answer_delay_ms": 0})
        wait_until(lambda: h.fake_status_stats()["pending"] == 0,
                   "the fake's statuses to be posted", timeout=20)
        expire_dead_leases(h, t_kill)
        each_once(h, senders)
        by_pid = {r[3]: r for r in rows_of(h, senders) if r[3]}
        for req in inflight:
            r = by_pid.get(req["id"])
            check(r is not None and r[4] in ("resolved", ""), "the send in flight at A's "
                  "death (%s) is not recorded: %r" % (req["id"], r))
        check(not [r for r in rows_of(h, senders) if r[4] == "resent"],
              "a row was resent although its status reached daemon B")
    finally:
        a.stop()


@test
def exactly_once_forged_twilio_status_resolves_nothing(h):
    frm = "+31600007301"
    h.fake_control({"answer_delay_ms": ANSWER_DELAY_MS})
    st, _, _ = h.post_tw(tw_inbound(frm, "Hoi, sms (eenmaal vervalst)"))
    check(st == 200, "SMS answered %d" % st)
    req = wait_until(lambda: (h.fake_requests(to=frm, ok=True) or [None])[0],
                     "the reply in flight at the fake")
    cb = req["body"].get("StatusCallback", "")
    u = urllib.parse.urlsplit(cb)
    check(cb.startswith(PUBLIC_URL + "/webhook/twilio?out=pp1."),
          "StatusCallback %r does not carry the row's echo" % cb)
    out = urllib.parse.parse_qs(u.query)["out"][0]
    row_id = int(out.split(".")[1])
    check(out == echo_of(row_id), "the echo is not pp1.<row>.<mac of the pseudonym key>")
    path = "/webhook/twilio?" + u.query
    forged = tw_status_callback("SMforged0000000000000000000000001", "delivered", frm)
    raw = urllib.parse.urlencode(forged).encode()
    ctype = {"Content-Type": "application/x-www-form-urlencoded"}
    # 1. A bad signature: refused, nothing stored.
    st, _, _ = hreq(h.http_port, "POST", path, raw,
                    dict(ctype, **{"X-Twilio-Signature": tw_sign(forged, cb, "not-the-token")}))
    check(st == 401, "a forged status callback answered %d" % st)
    # 2. Signed, but the row id changed in the URL (the signature covers it): refused.
    st, _, _ = hreq(h.http_port, "POST", "/webhook/twilio?out=" + echo_of(row_id + 1), raw,
                    dict(ctype, **{"X-Twilio-Signature": tw_sign(forged, cb, TW_TOKEN)}))
    check(st == 401, "a status signed for another URL answered %d" % st)
    # 3. Signed, with an echo not made with our key: stored, resolves nothing.
    bad = PUBLIC_URL + "/webhook/twilio?out=pp1.%d.0000000000000000" % row_id
    st, _, _ = hreq(h.http_port, "POST", "/webhook/twilio?out=pp1.%d.0000000000000000" % row_id,
                    raw, dict(ctype, **{"X-Twilio-Signature": tw_sign(forged, bad, TW_TOKEN)}))
    check(st == 200, "a signed status with a foreign echo answered %d" % st)
    rows = h.out_rows("sms", frm)
    row = [r for r in rows if r["id"] == row_id][0]
    check(row["provider_id"] == "", "the row got provider id %r from a forged status"
          % row["provider_id"])
    h.fake_control({"answer_delay_ms": 0})
    rows, reqs = h.wait_settled("sms", frm)
    row = [r for r in rows if r["id"] == row_id][0]
    check(row["provider_id"] == req["id"], "row recorded %r, the fake answered %r"
          % (row["provider_id"], req["id"]))
    check("echo_unknown" in h.log_since_start(), "no 'webhook echo_unknown' log line")


@test
def exactly_once_twilio_status_resolves_an_sms_send(h):
    # The daemon dies while an SMS reply is in flight; Twilio's status
    # callback (to the StatusCallback URL the send named) records it.
    frm = "+31600007302"
    h.fake_statuses(delay_ms=STATUS_DELAY_MS)
    h.fake_control({"answer_delay_ms": ANSWER_DELAY_MS})
    st, _, _ = h.post_tw(tw_inbound(frm, "Hoi, sms (eenmaal twilio status)"))
    check(st == 200, "SMS answered %d" % st)
    req = wait_until(lambda: (h.fake_requests(to=frm, ok=True) or [None])[0],
                     "the reply in flight at the fake")
    t_kill = time.time()
    h.daemon_stop(signal.SIGKILL)
    h.fake_control({"answer_delay_ms": 0})
    h.daemon_start()
    wait_until(lambda: h.fake_status_stats()["pending"] == 0, "the fake's statuses to be posted",
               timeout=20)
    expire_dead_leases(h, t_kill)
    rows, reqs = h.wait_settled("sms", frm, timeout=DOUBT_WINDOW_S + 20)
    r = [x for x in rows if x["provider_id"] == req["id"]]
    check(r, "the SMS in flight at the kill is recorded on no row")
    doubt = h.scalar("SELECT coalesce(doubt, '') FROM message_out WHERE id = %d" % r[0]["id"])
    check(doubt == "resolved", "the SMS row's doubt is %r, expected 'resolved'" % doubt)


class LossyPgProxy:
    """A TCP proxy in front of PostgreSQL that loses one answer: that of the
    first statement named statement (an outbox claim unless told) after
    arm() that returned a row (its answer carries a DataRow); with
    sync_only, only the end of it (the pipeline's sync point: the client
    got the rows, not whether they were committed). The proxy passes the claim on, waits for the whole answer
    (ReadyForQuery: the server has committed it), and then closes the
    client's connection instead of passing the answer on -- as when the
    database goes away at that moment. Plain protocol only (the daemon's
    URL says sslmode=disable)."""

    def __init__(self, pg_port, statement=b"outbox_claim", sync_only=False):
        self.pg_port = pg_port
        self.statement = statement
        self.sync_only = sync_only
        self.armed = False
        self.dropped = 0
        self.lsock = socket.socket()
        self.lsock.bind(("127.0.0.1", 0))
        self.lsock.listen(64)
        self.port = self.lsock.getsockname()[1]
        threading.Thread(target=self.accept, daemon=True).start()

    def arm(self):
        self.armed = True

    def close(self):
        self.lsock.close()

    def accept(self):
        while True:
            try:
                c, _ = self.lsock.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(c,), daemon=True).start()

    def serve(self, c):
        try:
            s = socket.create_connection(("127.0.0.1", self.pg_port))
        except OSError:
            c.close()
            return
        watch = threading.Event()

        def upstream():
            try:
                while True:
                    data = c.recv(65536)
                    if not data:
                        break
                    if self.armed and self.statement in data:
                        watch.set()
                    s.sendall(data)
            except OSError:
                pass
            for x in (s, c):
                try:
                    x.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        threading.Thread(target=upstream, daemon=True).start()
        buf, held, rows = b"", [], False
        try:
            while True:
                data = s.recv(65536)
                if not data:
                    break
                buf += data
                out = []
                while len(buf) >= 5:
                    n = struct.unpack("!I", buf[1:5])[0]
                    if len(buf) < 1 + n:
                        break
                    msg, buf = buf[:1 + n], buf[1 + n:]
                    if not watch.is_set():
                        out.append(msg)
                        continue
                    rows = rows or msg[:1] == b"D"
                    if msg[:1] != b"Z":
                        (out if self.sync_only else held).append(msg)
                        continue
                    held.append(msg)
                    if rows and self.armed:
                        self.armed = False
                        self.dropped += 1
                        if out:     # sync_only: the answer before the sync point
                            c.sendall(b"".join(out))
                        return      # shut both ends without passing the rest on
                    out.extend(held)
                    held, rows = [], False
                    watch.clear()
                if out:
                    c.sendall(b"".join(out))
        except OSError:
            pass
        finally:
            for x in (c, s):
                try:    # shutdown, not only close: the other thread's recv holds the socket
                    x.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                x.close()


def lost_answer_goes_out_at_once(h, to, statement, what, min_rows, sync_only=False):
    """Lose the answer of the first statement named statement that returns
    a row (LossyPgProxy) while to's welcome is sent. Every reply goes out
    once, in order, not in doubt, well before the lease (OUTBOX_LEASE_S)
    and doubt_window run out. True when the sender logged that it put rows
    back."""
    proxy = LossyPgProxy(h.pg_port, statement, sync_only)
    try:
        h.daemon_stop()
        h.daemon_start({"PRAATPAAL_DATABASE_URL": "postgresql://postgres@127.0.0.1:%d/%s"
                        "?sslmode=disable&gssencmode=disable" % (proxy.port, h.db_name)})
        proxy.arm()
        post_wa_each(h, [to], "Hoi (test %s kwijt)" % what)
        wait_until(lambda: proxy.dropped, "the proxy to lose the answer of a %s" % what, 15)
        t_lost = time.monotonic()
        rows, _ = h.wait_settled("whatsapp", to, min_rows=min_rows, timeout=20)
        took = time.monotonic() - t_lost
    finally:
        proxy.close()
    check(took < OUTBOX_LEASE_S / 2, "the replies went out %.0f s after a %s was lost"
          % (took, what))
    check(all(r["status"] == "sent" and r["attempts"] == 1 for r in rows),
          "rows %r" % [(r["status"], r["attempts"]) for r in rows])
    db = rows_of(h, [to])
    check(all(r[4] == "" for r in db), "a released row is marked in doubt: %r" % db)
    check(metric(h, "praatpaal_sends_in_doubt_resent_total") == 0,
          "praatpaal_sends_in_doubt_resent_total is not 0")
    return re.search(r"level=warn send claim_released rows=[1-9]", h.log_since_start()) is not None


def lost_answer_puts_rows_back(h, to, statement, what, min_rows, sync_only=False, before=None):
    """lost_answer_goes_out_at_once, and the sender logs that it put rows
    back. The answer lost is that of the first such statement that returned
    a row; on a loaded machine it may be one that leased nothing (the next
    reply was not queued yet when the first was recorded): every reply still
    went out once, but that attempt proves nothing about putting rows back,
    and the next one (a new contact) decides. A sender that never puts
    them back fails all three."""
    for attempt in range(3):
        sender = to if attempt == 0 else "%s%d" % (to, attempt)
        if before is not None:
            before(sender)
        if lost_answer_goes_out_at_once(h, sender, statement, what, min_rows, sync_only):
            return
    check(False, "no 'send claim_released' line in the log in three attempts")


@test
def exactly_once_claim_whose_answer_was_lost_goes_out_at_once(h):
    # The database commits a claim and goes away before the sender hears
    # of it: the row is 'sending' under a lease no request will answer.
    # The sender made no request for it, so it puts the row back as soon
    # as the database answers again.
    lost_answer_puts_rows_back(h, "31600000956", b"outbox_claim", "claim", 1)


@test
def exactly_once_promotion_whose_answer_was_lost_goes_out_at_once(h):
    # The sender records a sent reply and, in the same transaction, makes
    # the contact's next reply the head and leases it (outbox_promote). The
    # database commits both and goes away before the sender hears of it:
    # the next reply is 'sending' under a lease no request will answer.
    # The sender records its results again (a no-op) and puts the leased
    # row back as soon as the database answers. The welcome is two
    # replies, so the second is promoted.
    lost_answer_puts_rows_back(h, "31600000957", b"outbox_promote", "promotion", 2)


@test
def exactly_once_promotion_whose_commit_is_unknown_is_not_sent(h):
    # As above, but the sender gets the promotion's rows and loses only
    # the pipeline's sync point: whether the leases were committed is not
    # known. It must not send those rows (they would go out again once
    # put back). The fake answers the second request late, so a reply
    # sent anyway would still be in flight when its row is put back and
    # claimed again.
    lost_answer_puts_rows_back(h, "31600000958", b"outbox_promote", "promotion", 2, sync_only=True,
                               before=lambda to: h.fake_control({"faults": ["slow:0", "slow:1500"],
                                                                 "to": to}))
