"""Faults under load, the short suite (issue: performance and fault tolerance,
section Faults). The scenarios live in tests/soak/faultlib.py, shared with
the long version (`make soak`, tests/soak/run.py). Each checks, after the
fault: every acknowledged wamid is stored and processed, every reply went
out exactly once (outbox row <-> fake request by provider id), per contact
in outbox order. The kill scenarios run with the fake posting status
webhooks, so a reply in flight at a kill -9 must not go out twice either;
each prints the rows a status resolved and those resent in doubt
(faultlib.py)."""

import os
import sys

from harness import test

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "soak"))
import faultlib  # noqa: E402

RATE = 150   # webhooks a second
LOAD_S = 3.0


def report(lines):
    for line in lines:
        print(line)


@test
def faults_kill9_under_load(h):
    report(faultlib.scenario_kill9(h, rounds=3, rate=RATE, duration=LOAD_S))


@test
def faults_postgres_immediate_stop(h):
    report(faultlib.scenario_pg_immediate(h, rate=RATE, duration=LOAD_S, outage_s=1.5))


@test
def faults_provider_errors_and_slow_recipient(h):
    report(faultlib.scenario_provider_faults(h, rate=RATE, duration=LOAD_S))


@test
def faults_three_daemons_one_killed(h):
    report(faultlib.scenario_multi(h, ndaemons=3, rate=RATE, duration=LOAD_S))
