"""
promparse.py -- a strict parser of the Prometheus text exposition format
0.0.4, for the tests of GET /metrics.

  families = parse(text)          # raises PromError naming the line

Python's prometheus_client parser is not used: it is not in the standard
library, and it is lenient on purpose (it accepts samples without a TYPE,
repeated families, histograms without le="+Inf"). This one refuses what a
strict scraper or `promtool check metrics` would, and what the exposition
format forbids:

- every line is "# HELP name text", "# TYPE name type", another comment, a
  sample or empty; the text ends with a newline; no CR, no tabs in samples
- metric and label names match [a-zA-Z_:][a-zA-Z0-9_:]* (labels without
  ':'; names starting "__" are reserved); label values are "..." with only
  \\\\, \\" and \\n as escapes; values are Go floats (NaN, +Inf, -Inf too);
  an optional timestamp is an integer
- at most one HELP and one TYPE per family, both before its samples; a
  family's samples are together (not split by another family); the TYPE is
  counter, gauge, histogram, summary or untyped
- no series twice (same name and label set)
- counters: name ends in _total (the OpenMetrics habit this project keeps),
  value >= 0; histograms: only _bucket/_sum/_count samples, each series has
  le="+Inf", buckets non-decreasing in le and in count, +Inf bucket ==
  _count, _sum present; summaries: _sum and _count for each series,
  quantile values in [0, 1]

Python 3 standard library only.
"""

import math
import re

NAME_RE = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*\Z")
LABEL_RE = re.compile(r"[a-zA-Z_][a-zA-Z0-9_]*\Z")
TYPES = ("counter", "gauge", "histogram", "summary", "untyped")
FLOAT_RE = re.compile(r"[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)\Z")


class PromError(Exception):
    pass


class Family:
    def __init__(self, name):
        self.name = name
        self.help = None
        self.type = None
        self.samples = []   # (sample name, labels dict, value)

    def value(self, suffix="", **labels):
        """The value of the one sample name+suffix whose labels include
        labels; None if there is none; PromError if several match."""
        got = [v for n, lab, v in self.samples if n == self.name + suffix and
               all(lab.get(k) == str(x) for k, x in labels.items())]
        if len(got) > 1:
            raise PromError("%s%s%r matches %d samples" % (self.name, suffix, labels, len(got)))
        return got[0] if got else None

    def total(self, suffix="", **labels):
        """The sum of the samples name+suffix whose labels include labels."""
        return sum(v for n, lab, v in self.samples if n == self.name + suffix and
                   all(lab.get(k) == str(x) for k, x in labels.items()))


def parse_value(s, where):
    if s in ("NaN", "+Inf", "-Inf", "Inf"):
        return float(s.replace("Inf", "inf").replace("NaN", "nan"))
    if not FLOAT_RE.match(s):
        raise PromError("%s: bad value %r" % (where, s))
    return float(s)


def parse_labels(s, where):
    """s: the text between { and } (exclusive). Returns a dict."""
    labels = {}
    i = 0
    n = len(s)
    while i < n:
        m = re.compile(r"\s*([^=\s]+)\s*=\s*\"").match(s, i)
        if not m:
            raise PromError("%s: bad label syntax at %r" % (where, s[i:i + 40]))
        name = m.group(1)
        if not LABEL_RE.match(name) or name.startswith("__"):
            raise PromError("%s: bad label name %r" % (where, name))
        i = m.end()
        val = []
        while True:
            if i >= n:
                raise PromError("%s: unterminated label value" % where)
            c = s[i]
            if c == "\\":
                if i + 1 >= n or s[i + 1] not in '\\"n':
                    raise PromError("%s: bad escape in label value" % where)
                val.append({"\\": "\\", '"': '"', "n": "\n"}[s[i + 1]])
                i += 2
                continue
            if c == '"':
                i += 1
                break
            if c == "\n":
                raise PromError("%s: newline in label value" % where)
            val.append(c)
            i += 1
        if name in labels:
            raise PromError("%s: label %r twice" % (where, name))
        labels[name] = "".join(val)
        m = re.compile(r"\s*(,|\Z)").match(s, i)
        if not m:
            raise PromError("%s: expected , after label %r" % (where, name))
        i = m.end()
    return labels


def split_sample(line, where):
    """(name, labels, value) of a sample line."""
    m = re.match(r"([^\s{]+)", line)
    if not m:
        raise PromError("%s: no metric name" % where)
    name = m.group(1)
    if not NAME_RE.match(name):
        raise PromError("%s: bad metric name %r" % (where, name))
    rest = line[m.end():]
    labels = {}
    if rest.startswith("{"):
        depth_end = find_label_end(rest, where)
        labels = parse_labels(rest[1:depth_end], where)
        rest = rest[depth_end + 1:]
    if not rest.startswith(" "):
        raise PromError("%s: expected a space before the value" % where)
    parts = rest.strip(" ").split(" ")
    if len(parts) not in (1, 2) or "" in parts:
        raise PromError("%s: expected 'value [timestamp]', got %r" % (where, rest))
    value = parse_value(parts[0], where)
    if len(parts) == 2 and not re.match(r"-?\d+\Z", parts[1]):
        raise PromError("%s: bad timestamp %r" % (where, parts[1]))
    return name, labels, value


def find_label_end(s, where):
    """Index of the } that closes the label set starting at s[0] == "{"."""
    i = 1
    inq = False
    while i < len(s):
        c = s[i]
        if inq:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                inq = False
        elif c == '"':
            inq = True
        elif c == "}":
            return i
        i += 1
    raise PromError("%s: unterminated label set" % where)


def family_of(name, families):
    """The family a sample name belongs to (histogram/summary suffixes)."""
    if name in families:
        return families[name]
    for suf in ("_bucket", "_sum", "_count"):
        if name.endswith(suf):
            f = families.get(name[:-len(suf)])
            if f is not None and f.type in ("histogram", "summary"):
                if suf == "_bucket" and f.type != "histogram":
                    continue
                return f
    return None


def parse(text):
    """Parse text strictly; returns {family name: Family}."""
    if not text.endswith("\n"):
        raise PromError("the text does not end with a newline")
    if "\r" in text:
        raise PromError("the text holds a carriage return")
    families = {}
    order = []          # family names in the order their lines appear
    closed = set()      # families whose samples another family's lines followed
    current = None
    seen = set()
    for no, line in enumerate(text[:-1].split("\n"), 1):
        where = "line %d" % no
        if line == "":
            continue
        if line.startswith("#"):
            m = re.match(r"# (HELP|TYPE) (\S+)(?: (.*))?\Z", line)
            if not m:
                if re.match(r"#\s*(HELP|TYPE)\b", line):
                    raise PromError("%s: malformed %r" % (where, line[:80]))
                continue    # another comment
            kind, name, rest = m.group(1), m.group(2), m.group(3)
            if not NAME_RE.match(name):
                raise PromError("%s: bad metric name %r" % (where, name))
            f = families.get(name)
            if f is None:
                f = families[name] = Family(name)
                order.append(name)
            if f.samples:
                raise PromError("%s: %s of %s after its samples" % (where, kind, name))
            if current is not None and current is not f:
                closed.add(current.name)
            if name in closed:
                raise PromError("%s: family %s continued after another" % (where, name))
            current = f
            if kind == "HELP":
                if f.help is not None:
                    raise PromError("%s: second HELP for %s" % (where, name))
                text_ = rest or ""
                if re.sub(r"\\[\\n]", "", text_).count("\\"):
                    raise PromError("%s: bad escape in HELP of %s" % (where, name))
                f.help = text_
            else:
                if f.type is not None:
                    raise PromError("%s: second TYPE for %s" % (where, name))
                if rest not in TYPES:
                    raise PromError("%s: unknown TYPE %r for %s" % (where, rest, name))
                f.type = rest
            continue
        name, labels, value = split_sample(line, where)
        f = family_of(name, families)
        if f is None:
            raise PromError("%s: sample %s without a TYPE line" % (where, name))
        if f.type is None:
            raise PromError("%s: sample %s before the TYPE of %s" % (where, name, f.name))
        if current is not f:
            if current is not None:
                closed.add(current.name)
            if f.name in closed:
                raise PromError("%s: samples of %s split by another family" % (where, f.name))
            current = f
        key = (name, tuple(sorted(labels.items())))
        if key in seen:
            raise PromError("%s: series %s%s twice" % (where, name, labels))
        seen.add(key)
        f.samples.append((name, labels, value))
    for name in order:
        check_family(families[name])
    return families


def series_key(labels, drop):
    return tuple(sorted((k, v) for k, v in labels.items() if k != drop))


def check_family(f):
    if f.type is None:
        raise PromError("%s: HELP without TYPE" % f.name)
    if f.type == "counter":
        if not f.name.endswith("_total"):
            raise PromError("counter %s does not end in _total" % f.name)
        for n, lab, v in f.samples:
            if n != f.name:
                raise PromError("counter %s has a sample %s" % (f.name, n))
            if not v >= 0:
                raise PromError("counter %s%s is %r" % (f.name, lab, v))
    elif f.type == "gauge" or f.type == "untyped":
        for n, lab, v in f.samples:
            if n != f.name:
                raise PromError("%s %s has a sample %s" % (f.type, f.name, n))
    elif f.type == "histogram":
        check_histogram(f)
    elif f.type == "summary":
        check_summary(f)


def check_histogram(f):
    buckets, sums, counts = {}, {}, {}
    for n, lab, v in f.samples:
        if n == f.name + "_bucket":
            if "le" not in lab:
                raise PromError("histogram %s: bucket without le" % f.name)
            le = parse_value(lab["le"], "histogram %s le" % f.name)
            buckets.setdefault(series_key(lab, "le"), []).append((le, v))
        elif n == f.name + "_sum":
            if "le" in lab:
                raise PromError("histogram %s: _sum with le" % f.name)
            sums[series_key(lab, None)] = v
        elif n == f.name + "_count":
            if "le" in lab:
                raise PromError("histogram %s: _count with le" % f.name)
            counts[series_key(lab, None)] = v
        else:
            raise PromError("histogram %s has a sample %s" % (f.name, n))
    keys = set(buckets) | set(sums) | set(counts)
    for k in keys:
        bs = buckets.get(k)
        if not bs:
            raise PromError("histogram %s%s: no buckets" % (f.name, dict(k)))
        if k not in sums or k not in counts:
            raise PromError("histogram %s%s: _sum or _count missing" % (f.name, dict(k)))
        les = [le for le, _ in bs]
        if les != sorted(les):
            raise PromError("histogram %s%s: buckets not in le order" % (f.name, dict(k)))
        if len(set(les)) != len(les):
            raise PromError("histogram %s%s: an le twice" % (f.name, dict(k)))
        if not math.isinf(les[-1]) or les[-1] < 0:
            raise PromError("histogram %s%s: no le=\"+Inf\" bucket" % (f.name, dict(k)))
        vals = [v for _, v in bs]
        if any(b < a for a, b in zip(vals, vals[1:])) or any(v < 0 for v in vals):
            raise PromError("histogram %s%s: bucket counts decrease" % (f.name, dict(k)))
        if vals[-1] != counts[k]:
            raise PromError("histogram %s%s: +Inf bucket %r != _count %r"
                            % (f.name, dict(k), vals[-1], counts[k]))


def check_summary(f):
    sums, counts, seen = {}, {}, set()
    for n, lab, v in f.samples:
        if n == f.name:
            q = lab.get("quantile")
            if q is None:
                raise PromError("summary %s: sample without quantile" % f.name)
            qv = parse_value(q, "summary %s quantile" % f.name)
            if not 0 <= qv <= 1:
                raise PromError("summary %s: quantile %r" % (f.name, q))
            seen.add(series_key(lab, "quantile"))
        elif n == f.name + "_sum":
            sums[series_key(lab, None)] = v
        elif n == f.name + "_count":
            counts[series_key(lab, None)] = v
        else:
            raise PromError("summary %s has a sample %s" % (f.name, n))
    for k in set(sums) | set(counts) | seen:
        if k not in sums or k not in counts:
            raise PromError("summary %s%s: _sum or _count missing" % (f.name, dict(k)))
