#!/usr/bin/env python3
"""
Integration tests: drive the real build/praatpaal over HTTP against a
throwaway PostgreSQL and tests/fake/fakeapi.py (the WhatsApp and Twilio
APIs), and assert on HTTP answers, database rows, what reached the fake
APIs, and the daemon's log.

  python3 tests/integration/run.py [-k SUBSTRING] [--keep] [-v]

The harness is harness.py; the tests are the test_*.py modules beside this
file, run in file-name order. Python 3 standard library only. Each test
prints "ok NAME" or "FAIL NAME: reason" with the tail of the daemon's log;
the last line is "integration: N passed, N failed"; the exit status is
non-zero when a test failed. Every process started here is stopped on the
way out, also on failure or Ctrl-C.

Environment: PRAATPAAL_BIN (default build/praatpaal), PG_BIN (directory of
initdb/pg_ctl; default the newest /usr/lib/postgresql/*/bin).
"""

import argparse
import atexit
import glob
import importlib
import os
import signal
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from harness import Harness, TestFailure, TESTS  # noqa: E402

for path in sorted(glob.glob(os.path.join(HERE, "test_*.py"))):
    importlib.import_module(os.path.splitext(os.path.basename(path))[0])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-k", dest="only", help="run only tests whose name contains this")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("-v", dest="verbose", action="store_true", help="print timings")
    args = ap.parse_args()

    signal.signal(signal.SIGTERM, lambda *a: sys.exit(130))
    h = Harness(args.keep, args.verbose)
    atexit.register(h.cleanup)
    passed = failed = 0
    try:
        h.setup()
    except Exception as e:
        h.failed = True
        print("FAIL setup: %s" % e)
        if os.path.exists(h.log_path):
            print(h.log_tail())
        print("integration: 0 passed, 1 failed")
        return 1
    for fn in TESTS:
        name = fn.__name__
        if args.only and args.only not in name:
            continue
        t0 = time.monotonic()
        try:
            h.ensure()
            fn(h)
        except TestFailure as e:
            failed += 1
            print("FAIL %s: %s" % (name, e))
            print(h.log_tail())
        except Exception as e:
            failed += 1
            print("FAIL %s: %s: %s" % (name, type(e).__name__, e))
            if args.verbose:
                traceback.print_exc(file=sys.stdout)
            print(h.log_tail())
        else:
            passed += 1
            print("ok %s%s" % (name, " (%.1f s)" % (time.monotonic() - t0)
                               if args.verbose else ""))
        sys.stdout.flush()
    h.failed = failed > 0
    print("integration: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
