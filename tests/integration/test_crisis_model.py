"""The crisis model beside the lexicon (issue: a crisis detector that
generalises; docs/crisis-lexicon.md, "The model").

Through the real daemon: a message the lexicon misses but the model scores
above its high threshold gets the crisis answer and the CIT queue; a message
in the middle band gets the screening question, logged by category and
band only; with [flows] model empty the same message is not a crisis; a broken
model file stops the start and is kept out on SIGHUP, named file:line.
"""

import os
import shutil
import signal

from harness import *  # noqa: F401,F403 (the harness is this suite's vocabulary)
from test_dialogue import start, say, joined, conv_row, crisis_total  # noqa: F401

MODEL = os.path.join(ROOT, "conf", "crisis.model")
# Not in conf/crisis.lex; above the model's high threshold (homeless).
MODEL_ONLY = "ik heb nergens meer een bed om in te slapen"
# The middle band: worry (tests/unit/test_crisis_model.c checks the bands).
WORRY = "ik voel me zo leeg van binnen de laatste tijd"


def broken_model(h, name):
    """A copy of the model with a bad weight line: (path, its line number)."""
    path = os.path.join(h.tmp, name)
    with open(MODEL) as f:
        lines = f.read().split("\n")
    at = next(i for i, ln in enumerate(lines) if ln.startswith("w "))
    lines[at] = "w 12 1 2 3"
    with open(path, "w") as f:
        f.write("\n".join(lines))
    return path, at + 1


@test
def crisis_model_catches_what_the_lexicon_misses(h):
    to = "31600000181"
    before = crisis_total(h)
    start(h, to)
    r = say(h, to, MODEL_ONLY)
    t = joined(r)
    check("112" in t and "slaapplek" in t, "no crisis answer for homelessness: %r" % t[:600])
    status, team, prio, summary = conv_row(h, to)
    check((status, team, prio) == ("queued", "CIT", 10),
          "conversation %s/%s/%d, expected queued/CIT/10" % (status, team, prio))
    check(summary.get("category") == "homeless", "summary category %r" % summary.get("category"))
    check(crisis_total(h) == before + 1, "praatpaal_crisis_total did not grow by one")
    log = h.log_since_start()
    check(re.search(r"crisis_model conv=[0-9a-f]+ category=homeless band=crisis", log),
          "no crisis_model line with category and band")
    check(re.search(r"crisis_hit conv=[0-9a-f]+ category=homeless line=0 ", log),
          "no crisis_hit line for the model's hit")
    check(MODEL_ONLY not in log and "nergens meer een bed" not in log, "the message is in the log")


@test
def crisis_model_middle_band_asks_the_screening_question(h):
    to = "31600000182"
    start(h, to)
    r = say(h, to, WORRY)
    status, _, _, _ = conv_row(h, to)
    check(status == "bot", "a worry message queued the conversation (%s)" % status)
    check("Denk je eraan" in joined(r), "no screening question: %r" % joined(r)[:400])
    check("crisisteam (CIT) kijkt" not in joined(r), "the crisis answer came for the middle band")
    check("Bel 112" in joined(r) and "0800-0113" in joined(r), "the screening question came without the numbers")
    log = h.log_since_start()
    check(re.search(r"crisis_model conv=[0-9a-f]+ category=\w+ band=worry", log),
          "no crisis_model line for the middle band")
    check(WORRY not in log and "zo leeg" not in log, "the message is in the log")


@test
def crisis_model_off_and_broken(h):
    # Off: [flows] model empty, the lexicon alone.
    h.daemon_stop()
    h.daemon_start(extra={"PRAATPAAL_FLOWS_MODEL": ""})
    check(re.search(r"flows loaded dir=\S+ lexicon=\S+ model=off", h.log_since_start()),
          "start-up line does not say the model is off")
    to = "31600000183"
    start(h, to)
    say(h, to, MODEL_ONLY)
    status, _, _, _ = conv_row(h, to)
    check(status == "bot", "without the model the message still queued (%s)" % status)

    # Broken at start: refused, file:line named.
    path, line = broken_model(h, "broken-start.model")
    env = h.env(extra={"PRAATPAAL_FLOWS_MODEL": path}, port=free_port())
    out = h.serve_must_refuse(env, "with a broken crisis model")
    check("%s:%d: too few numbers" % (path, line) in out,
          "the refusal does not name file:line: %r" % out.strip()[-800:])

    # Broken on SIGHUP: the running model stays.
    good = os.path.join(h.tmp, "good.model")
    shutil.copy(MODEL, good)
    h.daemon_stop()
    h.daemon_start(extra={"PRAATPAAL_FLOWS_MODEL": good})
    bad, line = broken_model(h, "broken-reload.model")
    shutil.copy(bad, good)
    h.daemon.send_signal(signal.SIGHUP)
    wait_until(lambda: "flows_reload_failed keeping=previous" in h.log_since_start(),
               "flows_reload_failed")
    check("%s:%d: too few numbers" % (good, line) in h.log_since_start(),
          "the reload failure does not name file:line")
    to = "31600000184"
    start(h, to)
    say(h, to, MODEL_ONLY)
    status, team, _, _ = conv_row(h, to)
    check((status, team) == ("queued", "CIT"), "the previous model is not in use (%s)" % status)


@test
def crisis_model_flows_check(h):
    # `praatpaal flows check` loads the lexicon and the model the
    # configuration names, as serve does, and names a bad line file:line.
    good = os.path.join(h.tmp, "check-good.model")
    shutil.copy(MODEL, good)
    rc, out = h.run_bin(["flows", "check"], extra={"PRAATPAAL_FLOWS_MODEL": good})
    check(rc == 0, "flows check with a good model exited %d: %s" % (rc, out.strip()[-800:]))
    check("flows OK" in out, "no 'flows OK': %r" % out)
    check(re.search(r"crisis lexicon OK: \S+crisis\.lex, \d+ patterns", out),
          "the lexicon is not reported: %r" % out)
    check(re.search(r"crisis model OK: %s, \d+ weights, high 0\.\d+, middle 0\.\d+"
                    % re.escape(good), out), "the model is not reported: %r" % out)
    bad, line = broken_model(h, "check-broken.model")
    rc, out = h.run_bin(["flows", "check"], extra={"PRAATPAAL_FLOWS_MODEL": bad})
    check(rc == 1, "flows check with a broken model exited %d: %s" % (rc, out.strip()[-800:]))
    check("%s:%d: too few numbers" % (bad, line) in out,
          "the broken model's line is not named: %r" % out.strip()[-800:])
    check("flows OK" in out, "the flows themselves were not checked: %r" % out)
    # No model: the lexicon alone, said so.
    rc, out = h.run_bin(["flows", "check"], extra={"PRAATPAAL_FLOWS_MODEL": ""})
    check(rc == 0 and "crisis model: none" in out,
          "flows check without a model: %d %r" % (rc, out.strip()[-800:]))
