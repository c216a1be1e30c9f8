#!/usr/bin/env python3
"""
The long fault suite (`make soak`; docs/operations.md, "Faults").

Runs the fault scenarios of tests/soak/faultlib.py over and over against
one throwaway PostgreSQL, the fake provider API and the real daemon (the
integration harness), each round under webhook load:

  kill9     kill -9 the daemon at a random moment, restart it (the fake
            posts status webhooks, so no reply in flight at the kill may go
            out twice; --no-statuses: the at-least-once behaviour without)
  pgstop    pg_ctl stop -m immediate, start again after --outage-s
  faults    429/500/503/130429/131056/timeouts/resets/slow answers mixed in,
            then one slow recipient that must not hold up the others
  multi     --daemons daemons on one database, one killed -9 mid-run (the
            statuses reach a survivor)

After every round: drain, then compare the driver's acknowledged wamids,
the database and the fake's log (faultlib.verify). By default the killed
daemon's leases run out for real (OUTBOX_LEASE_S, 60 s), so a kill round
takes a minute or more; --fast-lease expires them by SQL instead, as the
short suite does.

  python3 tests/soak/run.py [--minutes 10] [--rounds N] [--rate 150]
                            [--load-s 8] [--outage-s 3] [--daemons 3]
                            [--fast-lease] [--no-statuses] [--seed N] [--keep] [-v]

Stops after --minutes (a round is never cut short) or --rounds rounds,
whichever comes first. Prints one line per round (doubles per kill, rows
recorded from a status, rows resent in doubt) and the totals; exit
status 0 when every round held the invariants, 1 otherwise. Python 3
standard library only; every process started is stopped on the way out.
"""

import argparse
import atexit
import os
import random
import re
import signal
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import faultlib  # noqa: E402  (puts tests/integration on sys.path)
from harness import Harness, TestFailure  # noqa: E402

SCENARIOS = ["kill9", "faults", "multi", "pgstop"]


def main():
    ap = argparse.ArgumentParser(description="praatpaal long fault suite (make soak)")
    ap.add_argument("--minutes", type=float, default=10.0, help="time budget (default 10)")
    ap.add_argument("--rounds", type=int, default=0, help="stop after this many rounds (0: no cap)")
    ap.add_argument("--rate", type=int, default=150, help="webhooks a second (default 150)")
    ap.add_argument("--load-s", type=float, default=8.0, help="seconds of load a round (default 8)")
    ap.add_argument("--outage-s", type=float, default=3.0, help="database outage (default 3)")
    ap.add_argument("--daemons", type=int, default=3, help="daemons in the multi round (default 3)")
    ap.add_argument("--fast-lease", action="store_true",
                    help="expire a killed daemon's leases by SQL instead of waiting 60 s")
    ap.add_argument("--no-statuses", action="store_true",
                    help="kill rounds without status webhooks (replies in flight may double)")
    ap.add_argument("--only", choices=SCENARIOS, action="append",
                    help="run only this scenario (repeatable)")
    ap.add_argument("--seed", type=int, default=None, help="random seed (kill moments)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("-v", dest="verbose", action="store_true")
    args = ap.parse_args()
    if args.rate < 1 or args.rate > 1000 or args.load_s <= 0 or args.load_s > 600:
        ap.error("--rate must be 1..1000 and --load-s 0..600")
    if args.daemons < 2 or args.daemons > 5:
        ap.error("--daemons must be 2..5")

    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    scenarios = args.only or SCENARIOS
    print("soak: seed=%d minutes=%g rate=%d/s load_s=%g lease=%s scenarios=%s"
          % (seed, args.minutes, args.rate, args.load_s,
             "fast(SQL)" if args.fast_lease else "real(60 s)", ",".join(scenarios)))
    sys.stdout.flush()

    signal.signal(signal.SIGTERM, lambda *a: sys.exit(130))
    h = Harness(args.keep, args.verbose)
    atexit.register(h.cleanup)
    t_start = time.monotonic()
    deadline = t_start + args.minutes * 60
    failed = False
    n = 0
    try:
        h.setup()
        while time.monotonic() < deadline and (args.rounds == 0 or n < args.rounds):
            name = scenarios[n % len(scenarios)]
            n += 1
            h.ensure()
            t0 = time.monotonic()
            if name == "kill9":
                lines = faultlib.scenario_kill9(h, rounds=1, rate=args.rate,
                                                duration=args.load_s,
                                                real_lease=not args.fast_lease, rng=rng,
                                                statuses=not args.no_statuses)
            elif name == "pgstop":
                lines = faultlib.scenario_pg_immediate(h, rate=args.rate, duration=args.load_s,
                                                       outage_s=args.outage_s, rng=rng)
            elif name == "faults":
                lines = faultlib.scenario_provider_faults(h, rate=args.rate,
                                                          duration=args.load_s)
            else:
                lines = faultlib.scenario_multi(h, ndaemons=args.daemons, rate=args.rate,
                                                duration=args.load_s,
                                                real_lease=not args.fast_lease, rng=rng,
                                                statuses=not args.no_statuses)
            for line in lines:
                print("round %d %s (%.0f s)" % (n, line[2:], time.monotonic() - t0))
            sys.stdout.flush()
            # Keep the fake's memory (and /_requests) small: each round is
            # verified on its own.
            h.fake_control({"reset": True})
        text = h.log_text()
        for name in os.listdir(h.tmp):
            if name.startswith("praatpaal-multi"):
                with open(os.path.join(h.tmp, name), errors="replace") as f:
                    text += f.read()
        phones = re.findall(r"\+?316\d{8}", text)
        if phones:
            raise TestFailure("the daemons' logs contain phone numbers, e.g. %r" % phones[:3])
    except TestFailure as e:
        failed = True
        print("soak: FAIL: %s" % e)
        print(h.log_tail(40))
    except Exception as e:
        failed = True
        print("soak: FAIL: %s: %s" % (type(e).__name__, e))
        traceback.print_exc(file=sys.stdout)
        print(h.log_tail(40))
    h.failed = failed
    t = faultlib.TOTALS
    d = sorted(faultlib.DRAIN_S) or [0.0]
    answers = ", ".join("%s %d" % (k[7:], v) for k, v in sorted(t.items())
                        if k.startswith("answer_"))
    print("soak: %s after %.1f min: rounds=%d kills=%d pg_stops=%d webhooks sent=%d acked=%d "
          "(answers: %s) duplicate_webhooks=%d stored_unacked=%d inbound_overtaken=%d "
          "replies=%d retried=%d "
          "failed=%d faults_hit=%d leased_at_kill=%d at_least_once_resends=%d "
          "resolved_by_status=%d resent_in_doubt=%d statuses=%s "
          "late_after_timeout=%d %s "
          "drain_s median=%.1f max=%.1f"
          % ("FAILED" if failed else "ok", (time.monotonic() - t_start) / 60, n,
             t["kills"], t["pg_stops"], t["sent"], t["acked"], answers, t["dups"],
             t["stored_unacked"], t["late_in"], t["outbox"], t["retried_rows"], t["failed"],
             t["faults_hit"], t["leased_at_kill"], t["at_least_once"], t["resolved"],
             t["resent"], "off" if args.no_statuses else "on", t["late_after_timeout"],
             "(see FAIL above)" if failed else "lost=0 unexplained_duplicates=0 out_of_order=0",
             d[len(d) // 2], d[-1]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
