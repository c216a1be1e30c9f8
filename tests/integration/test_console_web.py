"""The web console's files at /console/ (src/web.c): headers, caching,
404s and paths that try to leave the console's directory."""

import os
import shutil

from harness import *  # noqa: F401,F403 (the harness is this suite's vocabulary)
from harness import ROOT

WEB_DIR = os.path.join(ROOT, "web")
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; media-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")


def console_daemon(h, web_dir=WEB_DIR):
    h.daemon_restart({"PRAATPAAL_CONSOLE_WEB_DIR": web_dir})


def check_strict(hd, what):
    check(hd.get("content-security-policy") == CSP, "%s: Content-Security-Policy %r"
          % (what, hd.get("content-security-policy")))
    check(hd.get("x-content-type-options") == "nosniff", "%s: X-Content-Type-Options %r"
          % (what, hd.get("x-content-type-options")))
    check(hd.get("referrer-policy") == "no-referrer", "%s: Referrer-Policy %r"
          % (what, hd.get("referrer-policy")))
    check(hd.get("x-frame-options") == "DENY", "%s: X-Frame-Options %r"
          % (what, hd.get("x-frame-options")))


@test
def console_files_served_with_strict_headers(h):
    console_daemon(h)
    st, hd, body = hreq(h.http_port, "GET", "/console/")
    check(st == 200, "GET /console/ answered %d" % st)
    check(hd.get("content-type") == "text/html; charset=utf-8", "index Content-Type %r"
          % hd.get("content-type"))
    check_strict(hd, "/console/")
    check(hd.get("cache-control") == "no-cache", "index Cache-Control %r" % hd.get("cache-control"))
    etag = hd.get("etag") or ""
    check(etag.startswith('"') and etag.endswith('"') and len(etag) > 2, "index ETag %r" % etag)
    with open(os.path.join(WEB_DIR, "index.html"), "rb") as f:
        check(body == f.read(), "/console/ is not web/index.html")
    check(b"<script" not in body.replace(b'<script type="module" src="app.js"></script>', b""),
          "index.html has a script other than app.js (the CSP forbids inline scripts)")

    st, hd2, body2 = hreq(h.http_port, "GET", "/console/index.html")
    check(st == 200 and body2 == body and hd2.get("etag") == etag,
          "/console/index.html differs from /console/ (%d)" % st)

    for name, ctype in (("app.js", "text/javascript; charset=utf-8"),
                        ("api.js", "text/javascript; charset=utf-8"),
                        ("app.css", "text/css; charset=utf-8")):
        st, hd, body = hreq(h.http_port, "GET", "/console/" + name + "?v=1")
        check(st == 200, "GET /console/%s answered %d" % (name, st))
        check(hd.get("content-type") == ctype, "%s Content-Type %r" % (name, hd.get("content-type")))
        check(hd.get("cache-control") == "max-age=300", "%s Cache-Control %r"
              % (name, hd.get("cache-control")))
        check_strict(hd, name)
        with open(os.path.join(WEB_DIR, name), "rb") as f:
            check(body == f.read(), "/console/%s is not web/%s" % (name, name))

    # The client's copy is current: 304, no body, same validators.
    st, hd, body = hreq(h.http_port, "GET", "/console/", headers={"If-None-Match": etag})
    check(st == 304 and body == b"", "If-None-Match with the ETag answered %d %r" % (st, body[:40]))
    check(hd.get("etag") == etag and hd.get("cache-control") == "no-cache",
          "304 headers %r" % hd)
    st, _, body = hreq(h.http_port, "GET", "/console/", headers={"If-None-Match": '"other"'})
    check(st == 200 and len(body) > 0, "a stale ETag answered %d" % st)

    st, hd, body = hreq(h.http_port, "HEAD", "/console/app.css")
    check(st == 200 and body == b"", "HEAD answered %d with %d bytes" % (st, len(body)))

    st, hd, _ = hreq(h.http_port, "GET", "/console")
    check(st == 301 and hd.get("location") == "/console/", "GET /console answered %d Location %r"
          % (st, hd.get("location")))
    st, hd, _ = hreq(h.http_port, "POST", "/console/", b"x", {"Content-Type": "text/plain"})
    check(st == 405 and "GET" in (hd.get("allow") or ""), "POST /console/ answered %d" % st)

    m = h.metrics_text()
    check('praatpaal_http_requests_total{route="console",code="200"}' in m,
          "no console 200 in /metrics")
    check('praatpaal_http_requests_total{route="console",code="304"}' in m,
          "no console 304 in /metrics")


@test
def console_refuses_paths_outside(h):
    console_daemon(h)
    # The path as sent, not normalised by a client: http.client sends it as is.
    for path in ("/console/../conf/praatpaal.conf",
                 "/console/../../etc/passwd",
                 "/console/%2e%2e/conf/praatpaal.conf",
                 "/console/%2E%2E%2Fconf%2Fpraatpaal.conf",
                 "/console/..%2fconf%2fpraatpaal.conf",
                 "/console/..%5cconf%5cpraatpaal.conf",
                 "/console/%252e%252e/conf/praatpaal.conf",
                 "/console/./app.js",
                 "/console//app.js",
                 "/console/web/app.js",
                 "/console/app.js/",
                 "/console/app%2ejs",
                 "/console/app.js%00.html",
                 "/console/APP.JS",
                 "/console/nope.js",
                 "/console/.gitignore",
                 "/consoleapp.js",
                 "/console%2fapp.js",
                 "/web/app.js"):
        st, hd, body = hreq(h.http_port, "GET", path)
        check(st == 404, "GET %s answered %d" % (path, st))
        check(b"[database]" not in body and b"root:" not in body and b"import " not in body,
              "GET %s returned a file's bytes" % path)
    # A raw request line, in case a client library cleaned the path up.
    st = http_raw(h.http_port, b"GET /console/../conf/praatpaal.conf HTTP/1.1\r\n"
                  b"Host: x\r\nConnection: close\r\n\r\n")
    check(st == 404, "raw GET /console/../conf/praatpaal.conf answered %r" % st)


@test
def console_reads_only_its_own_files(h):
    """Hidden files, unknown types and symbolic links in the directory are
    not served; a directory without index.html, or a file past the limit,
    stops the daemon at start-up with a message naming it."""
    tmp = os.path.join(h.tmp, "web-test")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(WEB_DIR, tmp)
    with open(os.path.join(tmp, ".secret.js"), "w") as f:
        f.write("hidden\n")
    with open(os.path.join(tmp, "notes.md"), "w") as f:
        f.write("not a console type\n")
    os.symlink(h.conf, os.path.join(tmp, "conf.txt"))
    console_daemon(h, tmp)
    check("console files=" in h.log_since_start(), "no console start-up line in the log")
    for name in (".secret.js", "notes.md", "conf.txt"):
        st, _, body = hreq(h.http_port, "GET", "/console/" + name)
        check(st == 404, "GET /console/%s answered %d" % (name, st))
    st, _, _ = hreq(h.http_port, "GET", "/console/app.js")
    check(st == 200, "app.js of the copied directory answered %d" % st)
    h.daemon_stop()

    os.remove(os.path.join(tmp, "index.html"))
    out = h.serve_must_refuse(h.env({"PRAATPAAL_CONSOLE_WEB_DIR": tmp}), "without index.html")
    check("index.html" in out, "the refusal does not name index.html: %r" % out[-300:])
    shutil.copy(os.path.join(WEB_DIR, "index.html"), tmp)
    with open(os.path.join(tmp, "big.js"), "w") as f:
        f.write("x" * (1024 * 1024 + 1))
    out = h.serve_must_refuse(h.env({"PRAATPAAL_CONSOLE_WEB_DIR": tmp}), "with a 1 MiB + 1 file")
    check("big.js" in out, "the refusal does not name big.js: %r" % out[-300:])
    out = h.serve_must_refuse(h.env({"PRAATPAAL_CONSOLE_WEB_DIR": os.path.join(tmp, "none")}),
                              "with a missing web_dir")
    check("web_dir" in out, "the refusal does not name web_dir: %r" % out[-300:])
