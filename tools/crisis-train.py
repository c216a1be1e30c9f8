#!/usr/bin/env python3
"""Train the crisis model and write conf/crisis.model (docs/crisis-lexicon.md).

    make crisis-model        (builds build/tools/crisis-lines, then runs this)
    python3 tools/crisis-train.py --lines build/tools/crisis-lines

Needs Debian's python3-sklearn (`sh tools/install-deps.sh --dev`); the
daemon and make check do not.

Data: the train split of tests/data/crisis/corpus.tsv (tools/crisis-corpus.py)
and the tuning part of set_crisis.tsv / set_calm.tsv (never their held-out
or fresh lines). The dev split chooses the thresholds; the test split is
only measured (by tests/unit/test_crisis_model.c, in make check).

Features (the same as src/crisis_model.c computes; the C test holds the two
together through tests/data/crisis/model_fixture.tsv): the normal form t of
a message (crisis_normalise, through build/tools/crisis-lines); "c" + every
1-5 byte substring of " " t " ", "w" + every word, "b" + every two
neighbouring words; each hashed with 32-bit FNV-1a into a bucket (the low
bits) and a sign (the top bit); the vector divided by the square root of
the number of features. One logistic regression per label, fixed seed.
The weights are written as integers times a scale; the thresholds are
chosen with those rounded weights, exactly as the daemon will score.
"""
import argparse
import math
import subprocess
import sys

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

LABELS = ["danger", "suicide", "selfharm", "abuse", "homeless", "worry"]
CRISIS = LABELS[:5]
VERSION = "1"
SEED = 18
BUCKETS = 1 << 16
NGRAM_MAX = 5
MIN_WORDS = 3         # shorter texts are not scored (CRISIS_MODEL_MIN_WORDS)
CHUNK = 1024
C_REG = 128.0   # chosen on the dev split among 8, 32, 64, 128
SCALE = 1e-3          # the smallest step of a weight; larger when a weight would pass 32767 steps
PRUNE = 0.5          # weights smaller than this (every label) are left out
RECALL_GOAL = 0.98    # crisis + worry messages of dev that get at least the screening question
FALSE_ALARM_MAX = 0.02
HIGH_FALSE_ALARM = 0.005  # calm dev messages the model alone gives the crisis answer
CONFIRM_LOSS = 0.01   # dev crisis messages whose lexicon hit may become the screening question
ASPECTS_KEPT = (1 << 0) | (1 << 3) | (1 << 5) | (1 << 6)  # _INGESTED, _OTHER, _PAST, _RESOLVED: never demoted
ASPECT_WORD = 1 << 8  # CRISIS_ASPECT_WORD: only one-word patterns matched
ASPECT_EXCEPTED = 1 << 7  # CRISIS_ASPECT_EXCEPTED: an exception masked words


def fnv1a(data, h=2166136261):
    for b in data:
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def features(norm):
    """(bucket, sign) of every feature of one normal form (bytes)."""
    out = []
    if not norm:
        return out
    p = b" " + norm + b" "
    hc, hw, hb = fnv1a(b"c"), fnv1a(b"w"), fnv1a(b"b")
    for i in range(len(p)):
        h = hc
        for n in range(1, NGRAM_MAX + 1):
            if i + n > len(p):
                break
            h = fnv1a(p[i + n - 1:i + n], h)
            out.append(h)
    words = norm.split(b" ")
    for j, w in enumerate(words):
        out.append(fnv1a(w, hw))
        if j > 0:
            out.append(fnv1a(words[j - 1] + b" " + w, hb))
    return out


def vector(hashes):
    """Sparse row of hashes: {bucket: value}."""
    row = {}
    if not hashes:
        return row
    s = 1.0 / math.sqrt(len(hashes))
    for h in hashes:
        b = h & (BUCKETS - 1)
        row[b] = row.get(b, 0.0) + (-s if h & 0x80000000 else s)
    return row


def chunks(text):
    """The pieces the daemon scores a text in (crisis_model_score)."""
    data = text.encode("utf-8")
    pieces = []
    while True:
        take = len(data)
        if take > CHUNK:
            cut = CHUNK
            while cut > 0 and data[cut - 1] not in (0x20, 0x0A):
                cut -= 1
            if cut == 0:
                cut = CHUNK
                while cut > 1 and (data[cut] & 0xC0) == 0x80:
                    cut -= 1
            take = cut
        pieces.append(data[:take])
        data = data[take:]
        if not data:
            return pieces


class Lines:
    """build/tools/crisis-lines: normal forms and lexicon categories."""

    def __init__(self, tool, lexicon):
        self.tool, self.lexicon = tool, lexicon

    def run(self, texts):
        inp = "".join(t.replace("\n", " ") + "\n" for t in texts).encode("utf-8", "surrogateescape")
        res = subprocess.run([self.tool, self.lexicon], input=inp, stdout=subprocess.PIPE, check=True)
        rows = res.stdout.split(b"\n")[:-1]
        if len(rows) != len(texts):
            sys.exit("crisis-train: crisis-lines gave %d lines for %d" % (len(rows), len(texts)))
        out = []
        for r in rows:
            norm, bits, aspects, rest = r.rsplit(b"\t", 3)
            cats = [c for i, c in enumerate(CRISIS) if int(bits) & (1 << (i + 1))]
            if int(bits) & 1:
                cats.append("worry")  # a lexicon worry line: the screening question
            out.append((norm, cats, int(aspects), rest))
        return out


def read_corpus(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            split, fam, labels, kind, text = line.rstrip("\n").split("\t", 4)
            rows.append({"split": split, "family": fam, "kind": kind, "text": text,
                         "labels": [] if labels == "none" else labels.split(",")})
    return rows


def read_set(path, crisis):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            part, kind, text = line.rstrip("\n").split("\t", 2)
            if part != "tune":
                continue  # held-out and fresh lines are never trained on
            rows.append({"split": "train", "family": "set", "kind": kind, "text": text,
                         "labels": [kind] if crisis else []})
    return rows


def matrix(rows):
    data, ind, ptr = [], [], [0]
    for r in rows:
        for b, v in sorted(r["vec"].items()):
            ind.append(b)
            data.append(v)
        ptr.append(len(ind))
    return csr_matrix((np.array(data), np.array(ind), np.array(ptr)), shape=(len(rows), BUCKETS))


def probs(W, bias, hashes_list):
    """Max over pieces of the logistic of each label's score, with exported weights."""
    best = None
    for norm, hashes in hashes_list:
        if len(norm.split()) < MIN_WORDS:
            p = np.zeros(len(LABELS))
            best = p if best is None else np.maximum(best, p)
            continue
        z = bias.copy()
        if hashes:
            acc = np.zeros(len(LABELS))
            for h in hashes:
                w = W[h & (BUCKETS - 1)]
                acc = acc - w if h & 0x80000000 else acc + w
            z = z + acc / math.sqrt(len(hashes))
        p = 1.0 / (1.0 + np.exp(-z))
        best = p if best is None else np.maximum(best, p)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", default="build/tools/crisis-lines")
    ap.add_argument("--lexicon", default="conf/crisis.lex")
    ap.add_argument("--corpus", default="tests/data/crisis/corpus.tsv")
    ap.add_argument("--sets", default="tests/data/crisis")
    ap.add_argument("--out", default="conf/crisis.model")
    ap.add_argument("--fixture", default="tests/data/crisis/model_fixture.tsv")
    ap.add_argument("--c", type=float, default=C_REG, help="inverse regularisation (to compare on dev)")
    args = ap.parse_args()

    rows = read_corpus(args.corpus)
    rows += read_set(args.sets + "/set_crisis.tsv", True)
    rows += read_set(args.sets + "/set_calm.tsv", False)
    lines = Lines(args.lines, args.lexicon)
    for r, (norm, cats, aspects, rest) in zip(rows, lines.run([r["text"] for r in rows])):
        r["norm"], r["lex"], r["aspects"], r["rest"] = norm, cats, aspects, rest
        r["vec"] = vector(features(norm))
    train = [r for r in rows if r["split"] == "train"]
    dev = [r for r in rows if r["split"] == "dev"]
    X = matrix(train)
    W = np.zeros((BUCKETS, len(LABELS)))
    bias = np.zeros(len(LABELS))
    for k, lab in enumerate(LABELS):
        y = np.array([1 if lab in r["labels"] else 0 for r in train])
        clf = LogisticRegression(C=args.c, class_weight="balanced", solver="liblinear",
                                 random_state=SEED, max_iter=1000)
        clf.fit(X, y)
        W[:, k] = clf.coef_[0]
        bias[k] = clf.intercept_[0]
        print("crisis-train: %-8s %4d positive of %d" % (lab, int(y.sum()), len(y)))
    # Round as the file will hold them (integers of int16_t times the scale);
    # leave out buckets with only tiny weights.
    scale = max(SCALE, float(np.abs(W).max()) / 32767 * 1.0001)
    scale = float("%.3g" % scale)
    if np.abs(W).max() / scale > 32767:
        scale = float("%.3g" % (scale * 1.01))
    Q = np.round(W / scale).astype(np.int64)
    keep = np.abs(W).max(axis=1) >= PRUNE
    Q[~keep] = 0
    Wq = Q * scale
    bias = np.round(bias, 6)

    # Dev scores with the rounded weights, exactly as the daemon computes them:
    # with words an exception masked and no lexicon crisis hit, each label the
    # lower of the whole message's score and the words left's (crisis_assess).
    def score_rows(rs):
        for r in rs:
            hl = [(r["norm"], features(r["norm"]))]
            r["p"] = probs(Wq, bias, hl)
            r["masked"] = (r["aspects"] & ASPECT_EXCEPTED) and not any(c in CRISIS for c in r["lex"])
            if r["masked"]:
                r["p"] = np.minimum(r["p"], probs(Wq, bias, [(r["rest"], features(r["rest"]))]))
    score_rows(dev)
    alarm = [r for r in dev if r["labels"]]
    calm = [r for r in dev if not r["labels"]]

    # The model's alarm as crisis_assess gives it: a message whose words an
    # exception masked (and no crisis pattern matched) only in the high band.
    def model_alarm(r, t_mid, t_high):
        if r["masked"]:
            return r["p"][:5].max() >= t_high
        return r["p"].max() >= t_mid

    def rates(t_mid, t_high):
        rec = sum(1 for r in alarm if r["lex"] or model_alarm(r, t_mid, t_high)) / len(alarm)
        fa = sum(1 for r in calm if r["lex"] or model_alarm(r, t_mid, t_high)) / len(calm)
        return rec, fa

    def model_fa(t_mid, t_high):
        return sum(1 for r in calm if model_alarm(r, t_mid, t_high)) / len(calm)

    # The middle threshold: the highest that gives RECALL_GOAL with the lexicon,
    # as long as the model alone stays within FALSE_ALARM_MAX (the lexicon's own
    # false alarms are its own: they come whatever the threshold); else the
    # lowest the false-alarm bound allows. The high threshold: the lowest at or
    # above middle at which the model gives the crisis answer to at most
    # HIGH_FALSE_ALARM of the calm messages. Each depends on the other through
    # the masked messages: chosen in turn until they hold still.
    grid = [i / 1000 for i in range(5, 996)]
    high = 0.995
    for _ in range(4):
        allowed = [t for t in grid if model_fa(t, max(t, high)) <= FALSE_ALARM_MAX]
        middle = next((t for t in reversed(allowed) if rates(t, max(t, high))[0] >= RECALL_GOAL),
                      allowed[0])
        new_high = next((t for t in grid if t >= middle and
                         sum(1 for r in calm if r["p"][:5].max() >= t) / len(calm) <= HIGH_FALSE_ALARM),
                        0.995)
        if new_high == high:
            break
        high = new_high
    # The confirm threshold: a lexicon crisis hit of one-word patterns only
    # whose every label scores below it asks the screening question instead
    # (crisis_assess). The highest that demotes at most CONFIRM_LOSS of the
    # dev crisis messages with such a hit (never above middle; hits about
    # pills taken, someone else or the past are never demoted).
    def demotable(r):
        return (any(c in CRISIS for c in r["lex"]) and (r["aspects"] & ASPECT_WORD) and
                not (r["aspects"] & ASPECTS_KEPT))
    hits = [r for r in alarm if r["labels"] != ["worry"] and demotable(r)]
    calm_hits = [r for r in calm if demotable(r)]
    confirm = 0.0
    for t in grid:
        if t > middle or sum(1 for r in hits if r["p"].max() < t) > CONFIRM_LOSS * len(hits):
            break
        confirm = t
    demoted_calm = sum(1 for r in calm_hits if r["p"].max() < confirm)
    print("crisis-train: dev: confirm %.3f: %d of %d one-word lexicon crisis answers to crisis "
          "messages become the question, %d of %d to calm ones" % (
              confirm, sum(1 for r in hits if r["p"].max() < confirm), len(hits),
              demoted_calm, len(calm_hits)))
    rec, fa = rates(middle, high)
    crisis_dev = [r for r in alarm if r["labels"] != ["worry"]]
    rec_hi = sum(1 for r in crisis_dev if r["lex"] or r["p"][:5].max() >= high) / len(crisis_dev)
    print("crisis-train: dev: middle %.3f high %.3f: recall %.3f (crisis answer %.3f), "
          "false alarms %.3f (the model alone %.3f)" % (middle, high, rec, rec_hi, fa, model_fa(middle, high)))

    nw = int(keep.sum())
    with open(args.out, "w", encoding="ascii") as o:
        o.write("# The crisis model: written by tools/crisis-train.py (make crisis-model), do not edit.\n")
        o.write("# docs/crisis-lexicon.md, \"The model\". Trained on %d messages (train split of\n"
                "# tests/data/crisis/corpus.tsv and the tuning parts of set_crisis.tsv, set_calm.tsv);\n"
                "# logistic regression per label, C %.1f, seed %d; %d of %d buckets carry a weight.\n"
                % (len(train), args.c, SEED, nw, BUCKETS))
        o.write("# Thresholds chosen on the dev split (%d crisis or worry, %d calm messages):\n"
                "# with the lexicon, recall %.3f (at least the screening question) and %.3f (the\n"
                "# crisis answer), false alarms %.3f (the model alone %.3f).\n"
                % (len(alarm), len(calm), rec, rec_hi, fa, model_fa(middle, high)))
        o.write("praatpaal-crisis-model %s\n" % VERSION)
        o.write("buckets %d\n" % BUCKETS)
        o.write("labels %s\n" % " ".join(LABELS))
        o.write("scale %g\n" % scale)
        o.write("bias %s\n" % " ".join("%.6f" % b for b in bias))
        o.write("high %.3f\n" % high)
        o.write("middle %.3f\n" % middle)
        if confirm > 0:
            o.write("confirm %.3f\n" % confirm)
        for b in np.nonzero(keep)[0]:
            o.write("w %d %s\n" % (b, " ".join(str(int(v)) for v in Q[b])))
        o.write("end\n")
    print("crisis-train: wrote %s (%d weights)" % (args.out, nw))

    # The fixture: scores the C test must reproduce.
    texts = ["ik wil dood", "16", "Delft", "ok dan", "ik ben 16", "I want to DIE tonight 😭😭", "ik ga dood van het lachen 💀",
             "mn vader slaat me", "ik heb geen slaapplek vannacht", "ik voel me zo leeg",
             "hoeveel paracetamol mag ik", "", "😭😭😭", "héél vervélend, m'n fiets is gestolen",
             "k heb 20 pillen genomen en voel me raar", "wat heeft het allemaal nog voor zin",
             " ".join(["vandaag was school best ok en daarna gingen we naar de stad"] * 20) +
             " en nu wil ik eigenlijk gewoon dood"]
    pieces = lines.run([p.decode("utf-8", "surrogateescape") for t in texts for p in chunks(t)])
    i = 0
    with open(args.fixture, "w", encoding="utf-8") as o:
        o.write("# Written by tools/crisis-train.py with conf/crisis.model: the probabilities the\n"
                "# daemon must compute (tests/unit/test_crisis_model.c). text<TAB>%s\n"
                % "<TAB>".join(LABELS))
        for t in texts:
            n = len(chunks(t))
            hl = [(pieces[i + j][0], features(pieces[i + j][0])) for j in range(n)]
            i += n
            p = probs(Wq, bias, hl)
            o.write(t + "\t" + "\t".join("%.6f" % v for v in p) + "\n")
    print("crisis-train: wrote %s" % args.fixture)


if __name__ == "__main__":
    main()
