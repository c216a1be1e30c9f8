#!/usr/bin/env python3
"""Compare two runs of `make bench`, or write one run's JSON.

    python3 tools/bench-compare.py OLD.json NEW.json [--grow PCT]
    python3 tools/bench-compare.py --write FIGURES TARGETS OUT.json [key=value ...]

Compare: prints every figure of the two runs side by side with its change,
and every target whose verdict changed. The work a message does not depend
on how busy the machine is, so it is what a change is judged by: a figure
named *_per_msg (WAL bytes, buffers, statements, commits a message) or
*_cpu_ms (CPU a message) that grew by more than PCT percent (default 5) is
a regression. Exit status: 0 none, 1 a regression, 2 a file that cannot
be read. Rates and latencies are printed too, but judged by no one: they
move with the neighbours.

Write (tests/bench/run.sh): FIGURES holds "name value" lines, TARGETS
"name<TAB>verdict<TAB>text" lines; OUT gets {"meta": {...}, "figures":
{...}, "targets": {name: {"verdict": ..., "text": ...}}}, numbers as
numbers. docs/performance.md, "The targets table, last-run.json and
comparing runs".
"""
import argparse
import json
import sys

GROW_DEFAULT = 5.0


def number(v):
    try:
        f = float(v)
    except ValueError:
        return v
    return int(f) if f.is_integer() and "." not in v else f


def write(figures, targets, out, meta):
    doc = {"meta": {}, "figures": {}, "targets": {}}
    for kv in meta:
        k, sep, v = kv.partition("=")
        if not sep:
            raise ValueError("meta %r is not key=value" % kv)
        doc["meta"][k] = number(v)
    with open(figures) as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            k, sep, v = line.partition(" ")
            if not sep or not k:
                raise ValueError("%s:%d: not 'name value'" % (figures, n))
            doc["figures"][k] = number(v.strip())
    with open(targets) as f:
        for n, line in enumerate(f, 1):
            parts = line.rstrip("\n").split("\t")
            if parts == [""]:
                continue
            if len(parts) != 3:
                raise ValueError("%s:%d: not 'name<TAB>verdict<TAB>text'" % (targets, n))
            doc["targets"][parts[0]] = {"verdict": parts[1], "text": parts[2]}
    with open(out, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=True)
        f.write("\n")


def load(path):
    with open(path) as f:
        doc = json.load(f)
    if not isinstance(doc, dict) or not isinstance(doc.get("figures"), dict):
        raise ValueError("%s: no \"figures\" object (not written by make bench?)" % path)
    return doc


def judged(name):
    return name.endswith("_per_msg") or name.endswith("_cpu_ms")


def compare(old, new, grow, out=sys.stdout):
    """Print the comparison; return the names of the regressions."""
    fo, fn = old["figures"], new["figures"]
    regressions = []
    width = max([len(k) for k in list(fo) + list(fn)] + [6])
    out.write("%-*s %14s %14s %9s\n" % (width, "figure", "old", "new", "change"))
    for k in sorted(set(fo) | set(fn)):
        a, b = fo.get(k), fn.get(k)
        change, mark = "", ""
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            if a != 0:
                pct = 100.0 * (b - a) / abs(a)
                change = "%+.1f%%" % pct
                if judged(k) and a > 0 and b > 0 and pct > grow:
                    mark = "  REGRESSION (more work a message)"
                    regressions.append(k)
            elif b != 0:
                change = "new"
        out.write("%-*s %14s %14s %9s%s\n" % (width, k, "-" if a is None else a,
                                              "-" if b is None else b, change, mark))
    to, tn = old.get("targets", {}), new.get("targets", {})
    changed = [(k, to.get(k, {}).get("verdict", "-"), tn.get(k, {}).get("verdict", "-"))
               for k in sorted(set(to) | set(tn))
               if to.get(k, {}).get("verdict") != tn.get(k, {}).get("verdict")]
    if changed:
        out.write("\ntargets whose verdict changed:\n")
        for k, a, b in changed:
            out.write("  %-20s %s -> %s\n" % (k, a, b))
    out.write("\n%s\n" % ("regressions (grew more than %g%%): %s" % (grow, ", ".join(regressions))
                          if regressions else
                          "no work-a-message figure grew more than %g%%" % grow))
    return regressions


def main(argv):
    if argv[:1] == ["--write"]:
        if len(argv) < 4:
            sys.stderr.write("usage: bench-compare.py --write FIGURES TARGETS OUT [key=value ...]\n")
            return 2
        try:
            write(argv[1], argv[2], argv[3], argv[4:])
        except (OSError, ValueError) as e:
            sys.stderr.write("bench-compare: %s\n" % e)
            return 2
        return 0
    ap = argparse.ArgumentParser(description="Compare two runs of make bench (last-run.json).")
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--grow", type=float, default=GROW_DEFAULT,
                    help="percent a work-a-message figure may grow (default %g)" % GROW_DEFAULT)
    args = ap.parse_args(argv)
    try:
        old, new = load(args.old), load(args.new)
    except (OSError, ValueError) as e:
        sys.stderr.write("bench-compare: %s\n" % e)
        return 2
    return 1 if compare(old, new, args.grow) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
