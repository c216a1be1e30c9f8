#!/usr/bin/env python3
"""crisis-split.py — give the new lines of a crisis test set their part.

The sets tests/data/crisis/set_crisis.tsv and set_calm.tsv hold one message
a line: "part<TAB>kind<TAB>message", where part is "tune" (may be used to
write lexicon patterns) or "held" (never looked at while writing patterns;
its recall is the honest estimate for unseen messages), or the name of a
later fresh batch. New lines may be added as "kind<TAB>message"; this
script gives them a part and rewrites the file in place:

  tools/crisis-split.py FILE            a third of the new lines of each
                                        kind "held", the rest "tune"
                                        (random, fixed seed: reproducible)
  tools/crisis-split.py --part NAME FILE  every new line gets part NAME

Lines that already have a part keep it; comments and blank lines stay.
Run it once, right after writing new lines and before looking at how the
lexicon does on them (docs/crisis-lexicon.md, "Test sets").
"""
import random
import sys

SEED = 20240611
PART_HELD = "held"
PART_TUNE = "tune"


def usage():
    sys.stderr.write("usage: crisis-split.py [--part NAME] FILE\n")
    sys.exit(2)


def main(argv):
    part = None
    if len(argv) == 3 and argv[0] == "--part" and argv[1].isidentifier():
        part, path = argv[1], argv[2]
    elif len(argv) == 1 and not argv[0].startswith("-"):
        path = argv[0]
    else:
        usage()
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    new = {}
    for i, line in enumerate(lines):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) == 3:
            continue
        if len(cols) != 2 or not cols[0] or not cols[1].strip():
            sys.stderr.write("%s:%d: expected kind<TAB>message or "
                             "part<TAB>kind<TAB>message\n" % (path, i + 1))
            return 1
        new.setdefault(cols[0], []).append(i)
    rng = random.Random(SEED)
    counts = {}
    for kind in sorted(new):
        idx = new[kind]
        held = set()
        if part is None:
            shuffled = idx[:]
            rng.shuffle(shuffled)
            held = set(shuffled[:len(idx) // 3])
        for i in idx:
            p = part or (PART_HELD if i in held else PART_TUNE)
            lines[i] = p + "\t" + lines[i]
            counts[p] = counts.get(p, 0) + 1
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("%s: %s" % (path, ", ".join("%s=%d" % kv for kv in sorted(counts.items()))
                      or "no new lines"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
