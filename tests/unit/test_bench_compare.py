#!/usr/bin/env python3
"""tools/bench-compare.py: the JSON make bench writes, and the comparison
that flags more work a message (docs/performance.md)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOL = os.path.join(ROOT, "tools", "bench-compare.py")
PASSED = [0]
FAILED = [0]


def check(cond, what):
    if cond:
        PASSED[0] += 1
    else:
        FAILED[0] += 1
        print("FAIL %s" % what)


def run(*args):
    r = subprocess.run([sys.executable, TOOL] + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    return r.returncode, r.stdout, r.stderr


def main():
    tmp = tempfile.mkdtemp(prefix="bench-compare-")
    figs, targets = os.path.join(tmp, "figures"), os.path.join(tmp, "targets")
    with open(figs, "w") as f:
        f.write("burst_wal_bytes_per_msg 6745\nburst_cpu_ms 0.270\ne2e_p99_ms 86\n"
                "stop_s >30\nburst_ack_s 7113\n")
    with open(targets, "w") as f:
        f.write("burst_cpu\tMISSED\t<= 0.12 ms (0.270 ms)\ne2e_rate_p99\tMET\tp99 (86 ms)\n")
    old = os.path.join(tmp, "old.json")
    rc, _, err = run("--write", figs, targets, old, "phases=acdvxr", "cores=2")
    check(rc == 0, "--write exits 0 (%d %s)" % (rc, err))
    doc = json.load(open(old))
    check(doc["figures"]["burst_wal_bytes_per_msg"] == 6745, "an integer stays an integer")
    check(doc["figures"]["burst_cpu_ms"] == 0.27, "a decimal is a number")
    check(doc["figures"]["stop_s"] == ">30", "a figure that is no number is kept as text")
    check(doc["targets"]["burst_cpu"]["verdict"] == "MISSED", "the verdict of a target")
    check(doc["meta"] == {"phases": "acdvxr", "cores": 2}, "meta %r" % doc["meta"])

    # The same run: nothing grew.
    rc, out, _ = run(old, old)
    check(rc == 0, "a run against itself: exit 0")
    check("no work-a-message figure grew" in out, "says nothing grew")

    # More WAL a message (+10%), a faster rate and a worse p99: only the
    # work a message is judged.
    doc2 = json.loads(json.dumps(doc))
    doc2["figures"]["burst_wal_bytes_per_msg"] = 7420
    doc2["figures"]["burst_ack_s"] = 9000
    doc2["figures"]["e2e_p99_ms"] = 400
    doc2["targets"]["e2e_rate_p99"]["verdict"] = "MISSED"
    new = os.path.join(tmp, "new.json")
    json.dump(doc2, open(new, "w"))
    rc, out, _ = run(old, new)
    check(rc == 1, "more WAL a message: exit 1 (%d)" % rc)
    line = [ln for ln in out.splitlines() if ln.startswith("burst_wal_bytes_per_msg")]
    check(line and "+10.0%" in line[0] and "REGRESSION" in line[0], "the WAL line: %r" % line)
    check(not [ln for ln in out.splitlines() if ln.startswith("e2e_p99_ms") and "REGRESSION" in ln],
          "a latency is not judged")
    check("e2e_rate_p99" in out and "MET -> MISSED" in out, "the changed verdict is listed")
    # Within --grow: not a regression.
    rc, _, _ = run(old, new, "--grow", "15")
    check(rc == 0, "+10%% within --grow 15: exit 0 (%d)" % rc)
    # Less work is never a regression.
    rc, _, _ = run(new, old)
    check(rc == 0, "less WAL a message: exit 0 (%d)" % rc)
    # CPU a message is judged too.
    doc3 = json.loads(json.dumps(doc))
    doc3["figures"]["burst_cpu_ms"] = 0.30
    json.dump(doc3, open(new, "w"))
    rc, out, _ = run(old, new)
    check(rc == 1 and "burst_cpu_ms" in out.split("regressions")[-1], "more CPU a message: exit 1")

    # Bad input: exit 2 with a message naming the file.
    bad = os.path.join(tmp, "bad.json")
    with open(bad, "w") as f:
        f.write("{\"no\": 1}")
    rc, _, err = run(old, bad)
    check(rc == 2 and "bad.json" in err, "a JSON without figures: exit 2 (%d %r)" % (rc, err))
    rc, _, err = run(old, os.path.join(tmp, "missing.json"))
    check(rc == 2 and "missing.json" in err, "a missing file: exit 2")
    with open(figs, "w") as f:
        f.write("lonely\n")
    rc, _, err = run("--write", figs, targets, os.path.join(tmp, "x.json"))
    check(rc == 2 and "figures:1" in err, "a figure line without a value: exit 2 (%r)" % err)

    shutil.rmtree(tmp)
    print("unit: tests/unit/test_bench_compare.py: %d passed, %d failed" % (PASSED[0], FAILED[0]))
    return 1 if FAILED[0] else 0


if __name__ == "__main__":
    sys.exit(main())
