"""
Running it like a Debian daemon, and past one machine (docs/operations.md,
docs/scaling.md): make install, the man pages, the systemd unit
(systemd-analyze verify and security), the start as root, secret files,
the log formats, sd_notify, SIGHUP reloads, and two daemons — one through
PgBouncer in transaction pooling — sharing one burst.
"""

import json
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

from harness import (BIN, ROOT, TestFailure, check, free_port, hreq, test, wa_payload,
                     wa_sign, wa_text, wa_value, wait_until, WAIT_S)

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "soak"))
import faultlib  # noqa: E402  (the burst driver and its checks)


def run(argv, **kw):
    return subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          **kw)


def spawn(h, name, extra=None, db_url=None, port=None):
    """A daemon beside the harness's: (Popen, port, log path)."""
    port = port or free_port()
    log_path = os.path.join(h.tmp, "praatpaal-%s.log" % name)
    logf = open(log_path, "a")
    p = subprocess.Popen([BIN, "-c", h.conf, "serve"], stdout=logf, stderr=subprocess.STDOUT,
                         env=h.env(extra, db_url=db_url, port=port), start_new_session=True)
    logf.close()

    def up():
        check(p.poll() is None, "daemon %s exited %s at start-up: %s"
              % (name, p.poll(), open(log_path).read()[-800:]))
        try:
            return hreq(port, "GET", "/healthz", timeout=2)[0] == 200
        except OSError:
            return False
    wait_until(up, "daemon %s to answer /healthz" % name, 15)
    return p, port, log_path


def stop(p):
    if p.poll() is None:
        p.terminate()
        try:
            p.wait(15)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
    return p.returncode


def log_of(path):
    with open(path, errors="replace") as f:
        return f.read()


# ---- install, man pages, systemd unit ----------------------------------------

@test
def ops_install_tree_man_pages_and_unit(h):
    dest = os.path.join(h.tmp, "destdir")
    r = run(["make", "-s", "-C", ROOT, "install", "DESTDIR=" + dest, "PREFIX=/usr"])
    check(r.returncode == 0, "make install failed: %s" % (r.stdout + r.stderr)[-1500:])
    for rel in ["usr/bin/praatpaal", "usr/share/man/man8/praatpaal.8",
                "usr/share/man/man5/praatpaal.conf.5", "etc/praatpaal/praatpaal.conf",
                "usr/share/praatpaal/flows/main.json", "usr/share/praatpaal/crisis.lex",
                "usr/share/praatpaal/praatpaal.conf.sample",
                "lib/systemd/system/praatpaal.service", "usr/share/doc/praatpaal/README.md"]:
        check(os.path.isfile(os.path.join(dest, rel)), "make install did not install /%s" % rel)
    check(os.access(os.path.join(dest, "usr/bin/praatpaal"), os.X_OK), "binary not executable")
    conf = open(os.path.join(dest, "etc/praatpaal/praatpaal.conf")).read()
    for line in ["dir = /usr/share/praatpaal/flows", "lexicon = /usr/share/praatpaal/crisis.lex",
                 "pseudonym_key_file = /etc/praatpaal/pseudonym_key", "user = praatpaal"]:
        check(re.search("^%s$" % re.escape(line), conf, re.M),
              "installed config lacks %r" % line)

    # The man pages render without a warning.
    for page in ["docs/praatpaal.8", "docs/praatpaal.conf.5"]:
        r = run(["man", "--warnings", "-l", os.path.join(ROOT, page)],
                env=dict(os.environ, MANWIDTH="80"))
        check(r.returncode == 0 and r.stderr.strip() == "",
              "man --warnings %s: %s" % (page, r.stderr.strip()[:500]))

    # Every configuration key is in praatpaal.conf(5).
    rc, out = h.run_bin(["serve", "--check", "-v"])
    page = open(os.path.join(ROOT, "docs/praatpaal.conf.5")).read()
    for key in re.findall(r"^\w+\.(\w+) = ", out, re.M):
        check(re.search(r"^\.B %s$" % key, page, re.M), "key %s missing in praatpaal.conf.5"
              % key)

    # The unit: verify (against the installed tree) and its exposure score.
    sa = shutil.which("systemd-analyze")
    if sa is None:
        print("    (skipped the systemd checks: systemd-analyze is not installed; "
              "sh tools/install-deps.sh --dev installs it)")
    else:
        unit = os.path.join(dest, "lib/systemd/system/praatpaal.service")
        # verify checks ExecStart= and Documentation= on this system: a copy
        # of the installed unit names the installed binary, MANPATH its pages.
        vdir = os.path.join(h.tmp, "unit-verify")
        os.makedirs(vdir, exist_ok=True)
        vunit = os.path.join(vdir, "praatpaal.service")
        with open(unit) as f, open(vunit, "w") as g:
            g.write(f.read().replace("/usr/bin/praatpaal", dest + "/usr/bin/praatpaal"))
        r = run([sa, "verify", vunit],
                env=dict(os.environ, MANPATH=os.path.join(dest, "usr/share/man")))
        check(r.returncode == 0, "systemd-analyze verify: %s" % (r.stdout + r.stderr)[-1500:])
        r = run([sa, "security", "--offline=yes", "--root=" + dest, unit])
        m = re.search(r"Overall exposure level for praatpaal.service: ([\d.]+) (\w+)",
                      r.stdout + r.stderr)
        check(m, "no exposure level from systemd-analyze security: %s"
              % (r.stdout + r.stderr)[-800:])
        check(m.group(2) in ("OK", "SAFE") and float(m.group(1)) <= 4.9,
              "systemd-analyze security scores the unit %s %s (want OK or better)"
              % (m.group(1), m.group(2)))

    # `praatpaal -n` from the installed paths, with no -c and no environment:
    # the installed tree laid over / in a private mount namespace.
    key = os.path.join(dest, "etc/praatpaal/pseudonym_key")
    with open(os.open(key, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
        f.write("pseudonym-key-for-install-test-0123456789\n")
    script = ("mount -t overlay overlay -o lowerdir=%(d)s/etc:/etc /etc && "
              "mount -t overlay overlay -o lowerdir=%(d)s/usr/share:/usr/share /usr/share && "
              "cd / && exec env -i %(d)s/usr/bin/praatpaal -n" % {"d": dest})
    r = run(["unshare", "-m", "sh", "-c", script])
    if r.returncode != 0 and ("mount" in r.stderr or "unshare" in r.stderr) \
            and "praatpaal" not in r.stderr:
        print("    (skipped -n from the installed paths: no private mount namespace here: %s)"
              % r.stderr.strip()[:200])
    else:
        check(r.returncode == 0 and "configuration OK" in r.stdout,
              "praatpaal -n from the installed paths exited %d: %s"
              % (r.returncode, (r.stdout + r.stderr)[-800:]))


# ---- safe start -----------------------------------------------------------------

@test
def ops_root_without_user_warns_and_secret_files_must_be_private(h):
    if os.geteuid() == 0:
        log = h.log_since_start()
        check(re.search(r"level=warn daemon running_as_root: set \[daemon\] user = praatpaal", log),
              "no running_as_root warning naming [daemon] user in the log")
    sec = os.path.join(h.tmp, "pseudonym_key_world")
    with open(sec, "w") as f:
        f.write("pseudonym-key-for-tests-0123456789abcdef\n")
    os.chmod(sec, 0o644)
    env = h.env({"PRAATPAAL_PRIVACY_PSEUDONYM_KEY_FILE": sec})
    out = h.serve_must_refuse(env, "with a world-readable secret file")
    check(sec in out and "readable by other users" in out and "chmod 600 %s" % sec in out,
          "refusal does not name the file and the fix: %r" % out[-400:])
    rc, out = h.run_bin(["-n"], {"PRAATPAAL_PRIVACY_PSEUDONYM_KEY_FILE": sec})
    check(rc == 1 and "chmod 600" in out, "-n accepted a world-readable secret: %r" % out)
    os.chmod(sec, 0o600)
    rc, out = h.run_bin(["-n"], {"PRAATPAAL_PRIVACY_PSEUDONYM_KEY_FILE": sec})
    check(rc == 0 and "configuration OK" in out, "-n refused a private secret file: %r" % out)


@test
def ops_root_drops_to_daemon_user_after_listening(h):
    if os.geteuid() != 0:
        print("    (skipped: needs root)")
        return
    out = h.serve_must_refuse(h.env({"PRAATPAAL_DAEMON_USER": "praatpaal-no-such-user"},
                                    port=free_port()),
                              "with an unknown [daemon] user")
    check("praatpaal-no-such-user" in out and "no such user" in out,
          "unknown user refusal unclear: %r" % out[-400:])
    nobody = pwd.getpwnam("nobody")
    p, port, log_path = spawn(h, "privdrop", {"PRAATPAAL_DAEMON_USER": "nobody"})
    try:
        # HTTP answers before the switch (it comes after listening): wait for it.
        wait_until(lambda: "daemon dropped_privileges user=nobody" in log_of(log_path),
                   "the dropped_privileges line")
        status = open("/proc/%d/status" % p.pid).read()
        uids = re.search(r"^Uid:\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", status, re.M).groups()
        gids = re.search(r"^Gid:\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", status, re.M).groups()
        check(set(uids) == {str(nobody.pw_uid)}, "daemon uids %r, expected nobody's %d"
              % (uids, nobody.pw_uid))
        check(set(gids) == {str(nobody.pw_gid)}, "daemon gids %r" % (gids,))
        for tid in os.listdir("/proc/%d/task" % p.pid):
            st = open("/proc/%d/task/%s/status" % (p.pid, tid)).read()
            check(re.search(r"^Uid:\s+%d\s" % nobody.pw_uid, st, re.M),
                  "thread %s kept another uid" % tid)
        check(hreq(port, "GET", "/readyz")[0] == 200, "/readyz after the drop")
    finally:
        check(stop(p) == 0, "daemon as nobody did not stop cleanly")


# ---- logs ------------------------------------------------------------------------

@test
def ops_json_log_request_id_and_journal_priority(h):
    log_path = os.path.join(h.tmp, "praatpaal-json.log")
    open(log_path, "a").close()
    st = os.stat(log_path)
    extra = {"PRAATPAAL_LOG_FORMAT": "json",
             "JOURNAL_STREAM": "%d:%d" % (st.st_dev, st.st_ino)}
    port = free_port()
    logf = open(log_path, "a")
    p = subprocess.Popen([BIN, "-c", h.conf, "serve"], stdout=logf, stderr=subprocess.STDOUT,
                         env=h.env(extra, port=port), start_new_session=True)
    logf.close()
    try:
        wait_until(lambda: p.poll() is None and _healthz(port), "the json daemon")
        raw = json.dumps(wa_payload(wa_value([("31600000311", "Testpersoon Json")],
                                             [wa_text("31600000311", "Hoi json")]))).encode()
        st, hd, _ = hreq(port, "POST", "/webhook/whatsapp", raw,
                         {"Content-Type": "application/json",
                          "X-Hub-Signature-256": "sha256=" + "00" * 32,
                          "X-Request-Id": "lb-req-4711"})
        check(st == 401, "bad signature answered %d" % st)
        check(hd.get("x-request-id") == "lb-req-4711", "X-Request-Id not echoed: %r"
              % hd.get("x-request-id"))
        # One of ours when the client's is unusable.
        st, hd, _ = hreq(port, "GET", "/healthz", headers={"X-Request-Id": "bad id\""})
        check(re.fullmatch(r"[0-9a-f]{16}", hd.get("x-request-id", "")),
              "no request id of our own: %r" % hd.get("x-request-id"))

        def line():
            for ln in log_of(log_path).splitlines():
                if "lb-req-4711" in ln:
                    return ln
            return None
        ln = wait_until(line, "the log line of the rejected webhook")
        check(ln.startswith("<4>"), "a warning under journald starts with <4>: %r" % ln[:60])
        obj = json.loads(ln[3:])
        check(obj.get("level") == "warn" and obj.get("rid") == "lb-req-4711"
              and obj.get("event") == "webhook signature_rejected"
              and obj.get("channel") == "whatsapp" and obj.get("present") == 1,
              "json line %r" % obj)
        for ln in log_of(log_path).splitlines():
            ln = re.sub(r"^<\d>", "", ln)
            json.loads(ln)   # every line is one JSON object
        check("31600000311" not in log_of(log_path), "a phone number in the log")
    finally:
        stop(p)


def _healthz(port):
    try:
        return hreq(port, "GET", "/healthz", timeout=2)[0] == 200
    except OSError:
        return False


# ---- sd_notify and SIGHUP --------------------------------------------------------

@test
def ops_notify_and_sighup_reload_good_and_broken(h):
    flows = os.path.join(h.tmp, "flows-reload")
    shutil.rmtree(flows, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "conf", "flows"), flows)
    sock_path = os.path.join(h.tmp, "notify.sock")
    if os.path.exists(sock_path):
        os.unlink(sock_path)
    ns = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    ns.bind(sock_path)
    ns.settimeout(WAIT_S)
    msgs = []

    def recv_until(word):
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            try:
                m = ns.recv(4096).decode()
            except socket.timeout:
                break
            msgs.append(m)
            if word in m.split("\n"):
                return m
        raise TestFailure("no %s from the daemon on NOTIFY_SOCKET (got %r)" % (word, msgs))

    p, port, log_path = spawn(h, "reload", {"PRAATPAAL_FLOWS_DIR": flows,
                                            "NOTIFY_SOCKET": sock_path})
    sender = "31600000321"
    stop_burst = threading.Event()
    answers = []

    def burst():
        i = 0
        while not stop_burst.is_set():
            raw = json.dumps(wa_payload(wa_value([(sender, "Testpersoon Herlaad")],
                                                 [wa_text(sender, "oke %d" % i)]))).encode()
            try:
                st, _, _ = hreq(port, "POST", "/webhook/whatsapp", raw,
                                {"Content-Type": "application/json",
                                 "X-Hub-Signature-256": wa_sign(raw)})
            except OSError as e:
                st = str(e)
            answers.append(st)
            i += 1
    try:
        m = recv_until("READY=1")
        check("STATUS=serving" in m, "READY=1 without STATUS: %r" % m)
        t = threading.Thread(target=burst, daemon=True)
        t.start()
        # A good reload, while webhooks come in.
        mark = len(log_of(log_path))
        p.send_signal(signal.SIGHUP)
        recv_until("RELOADING=1")
        recv_until("READY=1")
        wait_until(lambda: "reload done" in log_of(log_path)[mark:], "reload done")
        check("flows reloaded dir=%s" % flows in log_of(log_path)[mark:], "no flows reloaded line")
        # A broken flow: the running set stays, the reason is logged.
        with open(os.path.join(flows, "main.json"), "w") as f:
            f.write("{ this is not json")
        mark = len(log_of(log_path))
        p.send_signal(signal.SIGHUP)
        recv_until("READY=1")
        wait_until(lambda: "flows_reload_failed keeping=previous" in log_of(log_path)[mark:],
                   "flows_reload_failed keeping=previous")
        check(re.search(r"flows_reload_failed problem=\"[^\"]*main\.json", log_of(log_path)[mark:]),
              "the failed reload does not say which file")
        time.sleep(0.3)
        stop_burst.set()
        t.join(10)
        check(answers and all(a == 200 for a in answers),
              "webhooks during the reloads were not all 200: %r" % sorted(set(map(str, answers))))
        check(len(answers) >= 5, "only %d webhooks during the reloads" % len(answers))
        # Still the old flows: the contact's messages are processed and answered.
        wait_until(lambda: h.pending_in("whatsapp", sender) == 0, "messages processed")
        check(h.out_rows("whatsapp", sender), "no replies after the failed reload")
        # A key that needs a restart: logged, not applied.
        with open(h.conf) as f:
            saved = f.read()
        try:
            with open(h.conf, "w") as f:
                f.write(saved.replace("[http]\n", "[http]\nthreads = 3\n", 1))
            shutil.rmtree(flows)
            shutil.copytree(os.path.join(ROOT, "conf", "flows"), flows)
            mark = len(log_of(log_path))
            p.send_signal(signal.SIGHUP)
            wait_until(lambda: "reload done" in log_of(log_path)[mark:], "the third reload")
            check("reload needs_restart key=http.threads" in log_of(log_path)[mark:],
                  "no needs_restart line for http.threads")
        finally:
            with open(h.conf, "w") as f:
                f.write(saved)
        p.send_signal(signal.SIGTERM)
        recv_until("STOPPING=1")
        check(p.wait(15) == 0, "daemon exited %s" % p.returncode)
    finally:
        stop_burst.set()
        stop(p)
        ns.close()


# ---- past one machine: two daemons, one through PgBouncer ----------------------------

def pgbouncer_start(h):
    """PgBouncer (Debian's) in transaction pooling in front of the harness's
    PostgreSQL: (Popen, port), or None when it is not installed."""
    exe = shutil.which("pgbouncer") or ("/usr/sbin/pgbouncer"
                                        if os.path.exists("/usr/sbin/pgbouncer") else None)
    if exe is None:
        return None
    d = os.path.join(h.tmp, "pgbouncer")
    os.makedirs(d, exist_ok=True)
    port = free_port()
    with open(os.path.join(d, "userlist.txt"), "w") as f:
        f.write('"postgres" ""\n')
    with open(os.path.join(d, "pgbouncer.ini"), "w") as f:
        f.write("""[databases]
praatpaal = host=127.0.0.1 port=%(pg)d dbname=praatpaal

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = %(port)d
unix_socket_dir =
auth_type = trust
auth_file = %(d)s/userlist.txt
admin_users = postgres
pool_mode = transaction
default_pool_size = 3
max_client_conn = 200
logfile = %(d)s/pgbouncer.log
pidfile = %(d)s/pgbouncer.pid
""" % {"pg": h.pg_port, "port": port, "d": d})
    argv = [exe, os.path.join(d, "pgbouncer.ini")]
    if os.geteuid() == 0:
        shutil.chown(d, "postgres", "postgres")
        for fn in os.listdir(d):
            shutil.chown(os.path.join(d, fn), "postgres", "postgres")
        argv = ["runuser", "-u", "postgres", "--"] + argv
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL,
                         stderr=open(os.path.join(h.tmp, "pgbouncer.err"), "a"))

    def up():
        check(p.poll() is None, "pgbouncer exited %s: %s" % (
            p.poll(), open(os.path.join(h.tmp, "pgbouncer.err")).read()[-500:]))
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            return True
        except OSError:
            return False
    wait_until(up, "pgbouncer to listen")
    return p, port


@test
def ops_two_daemons_one_through_pgbouncer_share_a_burst(h):
    pb = pgbouncer_start(h)
    if pb is None:
        print("    (skipped: pgbouncer is not installed; sh tools/install-deps.sh --dev)")
        return
    bouncer, bport = pb
    via = "postgresql://postgres@127.0.0.1:%d/praatpaal" % bport
    extra = {"PRAATPAAL_DATABASE_POOL_MODE": "transaction"}
    b = None
    try:
        # Session work needs a direct connection: migrate says so, and works with one.
        rc, out = h.run_bin(["migrate"], extra, db_url=via)
        check(rc == 1 and "direct_url" in out and "session advisory lock" in out,
              "migrate through a transaction pooler without direct_url: %d %r" % (rc, out))
        rc, out = h.run_bin(["migrate"], dict(extra, PRAATPAAL_DATABASE_DIRECT_URL=h.db_url),
                            db_url=via)
        check(rc == 0, "migrate with direct_url exited %d: %s" % (rc, out[-400:]))

        b, bport_http, blog = spawn(h, "pgbouncer", extra, db_url=via)
        load = faultlib.Load(h, [h.http_port, bport_http], rate=120, duration=2.0,
                             contacts=24, threads=8, dup=0.05, name="bouncer").start()
        load.wait()
        faultlib.drain(h, load, 60)
        faultlib.verify(h, load, logs=[h.log_path, blog], exact_replies=True)
        # The second daemon really went through PgBouncer, and did work.
        blog_text = log_of(blog)
        check("startup_failed" not in blog_text and "prepared statement" not in blog_text,
              "daemon B logged errors: %s" % blog_text[-600:])
        rows = run([os.path.join(h.pg_bin, "psql"), "-X", "-At", "-h", "127.0.0.1", "-p", str(bport), "-U", "postgres",
                    "pgbouncer", "-c", "SHOW STATS"])
        m = [ln.split("|") for ln in rows.stdout.splitlines() if ln.startswith("praatpaal|")]
        check(m and int(m[0][1]) > 100, "PgBouncer counted %s transactions for praatpaal"
              % (m[0][1] if m else "no"))
    finally:
        if b is not None:
            check(stop(b) == 0, "daemon B did not stop cleanly")
        bouncer.terminate()
        bouncer.wait(10)
