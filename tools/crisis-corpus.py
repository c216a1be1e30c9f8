#!/usr/bin/env python3
"""Expand the template families of the crisis model's corpus.

    python3 tools/crisis-corpus.py [--templates tests/data/crisis/templates.txt]
                                   [--out tests/data/crisis/corpus.tsv]

Every family of templates.txt (docs/crisis-lexicon.md, "The model") gives up
to --per-family distinct messages: a paraphrase line picked at random, its
slots filled, then the noise young people's messages have (typos, short
forms, no punctuation, stretched letters, emoji, voice-to-text run-ons,
English words in Dutch). The noise is the same for crisis and calm
messages, so the model cannot learn it as a sign of either.

Each family goes whole to one split (train, dev or test), chosen by a hash
of its id (a hand-written line's id is a hash of its text), so the test split holds only sentences whose
every variant the model never saw. Output lines:
split<TAB>family<TAB>labels<TAB>kind<TAB>text. Deterministic: the same
templates give the same file.
"""
import argparse
import hashlib
import random
import re
import sys

LABELS = ["danger", "suicide", "selfharm", "abuse", "homeless", "worry"]
SEED = 18
DEV_SHARE = 0.15
TEST_SHARE = 0.15

SHORT_NL = [("ik ", "k "), ("niet", "nie"), ("weet", "wt"), ("echt", "egt"), ("mijn", "mn"),
            ("wat", "wa"), ("even", "ff"), ("waarom", "waarm"), ("heb", "hep"), ("jullie", "jullie"),
            ("alsjeblieft", "aub"), ("want", "want"), ("het ", "t "), ("een ", "n ")]
SHORT_EN = [("you", "u"), ("im ", "i'm "), ("dont", "don't"), ("because", "cuz"), ("want to", "wanna"),
            ("going to", "gonna"), ("i dont know", "idk"), ("cant", "can't"), ("really", "rly"),
            ("please", "pls"), ("to be honest", "tbh"), ("tonight", "tonite")]
FILL_PRE = ["ja dus ", "ok ", "ehm ", "so ", "nou ", "bro ", "yo ", "", "", ""]
FILL_POST = [" en ja dat is het eigenlijk", " so yeah", " ofzo", " idk", " weet je", " haha",
             " lol", " fr", " wallah", " ngl", " !!", " ...", " ?", ""]
EMOJI = ["😭", "😢", "😂", "💀", "🙏", "😔", "🥺", "😩", "❤️", "🙃", "😅"]


def parse(path):
    slots, families = {}, []
    fam = None
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@"):
                m = re.match(r"@(\w+)\s*=\s*(.*)$", line)
                if not m:
                    sys.exit(f"{path}:{no}: bad slot line")
                slots[m.group(1)] = m.group(2).split("|")
                continue
            if line.startswith("= "):
                parts = line[2:].split()
                if len(parts) != 3:
                    sys.exit(f"{path}:{no}: family line: = id labels kind")
                fid, labels, kind = parts
                for lab in labels.split(","):
                    if lab != "none" and lab not in LABELS:
                        sys.exit(f"{path}:{no}: unknown label {lab}")
                fam = {"id": fid, "labels": labels, "kind": kind, "lines": [], "line": no}
                families.append(fam)
                continue
            if fam is None:
                sys.exit(f"{path}:{no}: text before the first family")
            fam["lines"].append(line)
    for name, _ in slots.items():
        pass
    ids = [f["id"] for f in families]
    if len(ids) != len(set(ids)):
        sys.exit(f"{path}: a family id is used twice")
    return slots, families


def parse_hand(path):
    """Hand-written lines: one family each, with a few noisy variants."""
    fams = []
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{no}: labels<TAB>kind<TAB>message")
            labels, kind, text = parts
            for lab in labels.split(","):
                if lab != "none" and lab not in LABELS:
                    sys.exit(f"{path}:{no}: unknown label {lab}")
            english = sum(w in ("i", "im", "my", "the", "and", "you", "is") for w in text.split()) >= 1
            intro = "{intro_en}" if english else "{intro}"
            fid = "hand." + hashlib.sha256(text.encode()).hexdigest()[:10]
            fams.append({"id": fid, "labels": labels, "kind": kind, "line": no,
                         "hand": True, "lines": [text, intro + text]})
    return fams


def fill(line, slots, rng):
    def slot(m):
        name = m.group(1)
        if name not in slots:
            sys.exit(f"unknown slot {{{name}}}")
        return rng.choice(slots[name])

    def inline(m):
        return rng.choice(m.group(1).split("|"))

    for _ in range(3):
        line = re.sub(r"\{(\w+)\}", slot, line)
        line = re.sub(r"\[([^\[\]]*)\]", inline, line)
    return re.sub(r"\s+", " ", line).strip()


def typo(word, rng):
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    k = rng.random()
    if k < 0.4:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if k < 0.7:
        return word[:i] + word[i + 1:]
    if k < 0.85:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i] * 3 + word[i + 1:]


def noise(text, english, rng):
    if rng.random() < 0.3:
        for a, b in (SHORT_EN if english else SHORT_NL):
            if a in text and rng.random() < 0.5:
                text = text.replace(a, b, 1)
    words = text.split(" ")
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        i = rng.randrange(len(words))
        words[i] = typo(words[i], rng)
    text = " ".join(words)
    if rng.random() < 0.2:
        text = rng.choice(FILL_PRE) + text
    if rng.random() < 0.25:
        text = text + rng.choice(FILL_POST)
    if rng.random() < 0.2:
        text = text + " " + rng.choice(EMOJI) * rng.choice([1, 1, 2, 3])
    k = rng.random()
    if k < 0.1:
        text = text[:1].upper() + text[1:]
    elif k < 0.13:
        text = text.upper()
    if rng.random() < 0.1:
        text = text.replace(" ", "  ", 1)
    return text.strip()


def split_families(families):
    """Each family to a split by a hash of its id: adding a family moves no other."""
    for f in families:
        h = int(hashlib.sha256(f"{SEED}:{f['id']}".encode()).hexdigest()[:8], 16) % 1000
        f["split"] = ("test" if h < TEST_SHARE * 1000 else
                      "dev" if h < (TEST_SHARE + DEV_SHARE) * 1000 else "train")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--templates", default="tests/data/crisis/templates.txt")
    ap.add_argument("--hand", default="tests/data/crisis/hand.tsv")
    ap.add_argument("--out", default="tests/data/crisis/corpus.tsv")
    ap.add_argument("--per-hand", type=int, default=8, help="messages per hand-written line")
    ap.add_argument("--per-family", type=int, default=24,
                    help="messages per template family (few: no family weighs much in a figure)")
    args = ap.parse_args()
    slots, families = parse(args.templates)
    families += parse_hand(args.hand)
    split_families(families)
    out = []
    for f in families:
        rng = random.Random(f"{SEED}:{f['id']}")
        calm = f["labels"] == "none"
        want = args.per_family
        if f.get("hand"):
            want = args.per_hand
        seen = set()
        tries = 0
        while len(seen) < want and tries < want * 40:
            tries += 1
            line = rng.choice(f["lines"])
            english = "{intro_en}" in line or "_en}" in line or f["id"].endswith(".en")
            text = fill(line, slots, rng)
            if calm and rng.random() < 0.25:
                # Crisis templates end in "help", "wat moet ik doen": calm ones may too.
                text += rng.choice(slots["tail_en" if english else "tail"])
            text = noise(text, english, rng)
            key = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
            if not key or key in seen:
                continue
            seen.add(key)
            out.append((f["split"], f["id"], f["labels"], f["kind"], text))
    with open(args.out, "w", encoding="utf-8") as o:
        o.write("# Generated by tools/crisis-corpus.py from templates.txt: do not edit, edit the\n")
        o.write("# templates. split<TAB>family<TAB>labels<TAB>kind<TAB>text (docs/crisis-lexicon.md).\n")
        for row in out:
            o.write("\t".join(row) + "\n")
    counts = {}
    for s, _, labels, _, _ in out:
        k = (s, "calm" if labels == "none" else "crisis" if labels != "worry" else "worry")
        counts[k] = counts.get(k, 0) + 1
    for k in sorted(counts):
        print(f"crisis-corpus: {k[0]:5} {k[1]:6} {counts[k]}")


if __name__ == "__main__":
    main()
