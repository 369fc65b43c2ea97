#!/usr/bin/python3
"""amount_sample.py -- accuracy of the `amounts` list, read by hand.

    amount_sample.py show RECORDS SEED N         print N random amounts for reading
    amount_sample.py score RECORDS JUDGED.tsv    tally the judgments of JUDGED.tsv
    amount_sample.py articles RECORDS SEED N     print N random articles' text (recall: read first)
    amount_sample.py list RECORDS FILE           then the amounts the system found in FILE
    amount_sample.py recall RECALL.tsv           tally a recall check
    amount_sample.py diff OLD NEW [SEED N]       amounts added, removed or changed between two runs
    amount_sample.py objects RECORDS SEED N      print N random amounts that have an object (any records)
    amount_sample.py objscore RECORDS OBJ.tsv    tally a judged sample of objects (objects' precision)

RECORDS is `newsgraph extract` output (JSON Lines) over the BBC corpus; only
its articles (category/NNN.txt) are drawn, with Python's random.Random(SEED).
Precision: JUDGED.tsv has one line per amount: file (relative to the corpus
folder), start, end, six codes, a note, and the item as it was judged
(kind|value|value_hi|unit|approx|object).  The codes are, in order, for
span, kind, value, unit, approx and object:
    R  right
    W  wrong (a span that leaves out the approximator, scale, currency or the
       counted noun, or takes in more; a value off by a scale; an object that
       is only part of what the amount is of, or is not what it is of)
    N  (object only) null, though the amount's clause says what it is of
    -  does not apply (the unit of a multiplier; an object null where the
       text names nothing the amount is of)
or the single code X: not an amount at all (a year, a score, a name, an
age ...); the item counts against precision and its fields are not judged.
score prints per field R/(R+W) (object also R/(R+W+N)), the share of
items that are amounts (not X), the share with every field right (an N
object is not right) and with every field but the object right, and
lists judged items that no longer come out of RECORDS or come out changed
(re-read those by hand).
Objects: `objects` draws from every record (wire copy such as the
Reuters-21578 train part made by bench/reuters_jsonl.py), keyed by the
record's id; OBJ.tsv has id, start, end, a code for the object (R right, W
wrong), a note, the object as judged, and, for items a later change moved,
the code after it (R, W, N null though named, X no longer an amount) and
the object then.  objscore counts an item under the code whose object it
still has and lists the others for re-reading.
Recall: read each article of `articles` yourself first and write down every
figure that should be an amount (money, percent, multiplier, count of
things), then compare with `list`.  RECALL.tsv has one line per figure:
file, the figure as written, found | partial | missed, a note, and
optionally the status after a later change (tallied too).
"""
import json
import random
import signal
import sys

from speaker_sample import key


def records(path):
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        rid = key(r, {"start": 0, "end": 0})[0]
        if rid.count("/") == 1 and rid.endswith(".txt"):
            yield rid, r


def fingerprint(a):
    return "|".join(str(a[k]) for k in ("kind", "value", "value_hi", "unit", "approx", "object"))


def items(path):
    return [(rid, r, a) for rid, r in records(path) for a in r["amounts"]]


def show(path, seed, n):
    its = items(path)
    for k, (rid, r, a) in enumerate(random.Random(seed).sample(its, n)):
        t = r["text"].encode()
        s, e = a["start"], a["end"]
        ctx = (t[max(0, s - 300):s] + b"[[" + t[s:e] + b"]]" + t[e:e + 150]).decode("utf-8", "replace")
        print("#%d\t%s\t%d\t%d\t%s" % (k, rid, s, e, fingerprint(a)))
        print("    " + ctx.replace("\n", " / ") + "\n")


def tally(counts, f):
    r, w, m = (counts.get(f + c, 0) for c in "RWN")
    return r, w, m


def score(path, judged):
    have = {(rid, a["start"], a["end"]): fingerprint(a) for rid, r, a in items(path)}
    fields = ("span", "kind", "value", "unit", "approx", "object")
    counts, gone, n, x, allr, allbo = {}, [], 0, 0, 0, 0
    for line in open(judged, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        k = (f[0], int(f[1]), int(f[2]))
        n += 1
        if k not in have:
            gone.append(k + ("no longer produced",))
        elif len(f) > 5 and have[k] != f[5]:
            gone.append(k + ("now %s, judged %s" % (have[k], f[5]),))
        if f[3] == "X":
            x += 1
            continue
        if len(f[3]) != 6:
            sys.exit("bad codes: " + line)
        for name, c in zip(fields, f[3]):
            counts[name + c] = counts.get(name + c, 0) + 1
        allr += all(c in "R-" for c in f[3])
        allbo += all(c in "R-" for c in f[3][:5])
    print("judged %d: amounts %d, not amounts (X) %d: precision %.1f %%" % (n, n - x, x, 100.0 * (n - x) / n))
    print("every field right: %d/%d = %.1f %% of amounts, %.1f %% of items" %
          (allr, n - x, 100.0 * allr / max(n - x, 1), 100.0 * allr / n))
    print("every field but the object right: %d/%d = %.1f %%" % (allbo, n - x, 100.0 * allbo / max(n - x, 1)))
    for name in fields:
        r, w, m = tally(counts, name)
        extra = " (null though named: %d; R/(R+W+N) %.1f %%)" % (m, 100.0 * r / max(r + w + m, 1)) if name == "object" else ""
        print("%-7s right %d/%d = %.1f %%%s" % (name, r, r + w, 100.0 * r / max(r + w, 1), extra))
    print("judged items to read again: %d" % len(gone))
    for k in gone:
        print("  %s\t%d\t%d\t%s" % k)


def articles(path, seed, n):
    recs = list(records(path))
    for rid, r in random.Random(seed).sample(recs, n):
        print("=== %s\n%s\n" % (rid, r["text"]))


def listing(path, name):
    for rid, r in records(path):
        if rid == name:
            for a in r["amounts"]:
                print("%d\t%d\t%s\t%s" % (a["start"], a["end"], a["text"], fingerprint(a)))


def recall(path):
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")
            if line.strip() and not line.startswith("#")]
    for col, label in ((2, "as judged"), (4, "later (fifth column)")):
        counts = {}
        for f in rows:
            if len(f) > col:
                counts[f[col]] = counts.get(f[col], 0) + 1
        n = sum(counts.values())
        if n:
            print("%s: figures %d: %s; found %.1f %%, found or partial %.1f %%" %
                  (label, n, " ".join("%s %d" % kv for kv in sorted(counts.items())), 100.0 * counts.get("found", 0) / n,
                   100.0 * (counts.get("found", 0) + counts.get("partial", 0)) / n))


def diff(old, new, seed=None, n=None):
    def amounts(p):
        return {(rid, a["start"], a["end"]): (a["text"], fingerprint(a), r["text"]) for rid, r, a in items(p)}
    a, b = amounts(old), amounts(new)
    ch = [("-", k, a[k]) for k in a if k not in b] + [("+", k, b[k]) for k in b if k not in a]
    ch += [("~", k, b[k], a[k][1]) for k in a if k in b and a[k][1] != b[k][1]]
    print("removed %d, added %d, changed %d" % tuple(sum(c[0] == s for c in ch) for s in "-+~"))
    ch.sort(key=lambda c: c[1])
    if seed is not None:
        ch = random.Random(seed).sample(ch, min(n, len(ch)))
    for c in ch:
        (rid, s, e), (text, fp, doc) = c[1], c[2]
        t = doc.encode()
        ctx = t[max(0, s - 120):s].decode("utf-8", "replace") + "[[" + text + "]]" + t[e:e + 80].decode("utf-8", "replace")
        was = "  (was %s)" % c[3] if c[0] == "~" else ""
        print("%s %s %d %s%s\n    %s" % (c[0], rid, s, fp, was, ctx.replace("\n", " / ")))


def all_items(path):
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        for a in r["amounts"]:
            yield r, a


def objects(path, seed, n):
    it = [(r, a) for r, a in all_items(path) if a["object"] is not None]
    for k, i in enumerate(random.Random(seed).sample(range(len(it)), min(n, len(it)))):
        r, a = it[i]
        t = r["text"]
        s0, s1 = 0, len(t)
        for b, e in r["sentences"]:
            if b <= a["start"] < e:
                s0, s1 = b, e
        lo, hi = min(s0, a["object_start"]), max(s1, a["object_end"])
        marks = sorted([(a["start"], "[["), (a["end"], "]]"), (a["object_start"], "{{"), (a["object_end"], "}}")],
                       reverse=True)
        seg = t[lo:hi]
        for p, m in marks:
            seg = seg[:p - lo] + m + seg[p - lo:]
        print("%d\t%s\t%d\t%d\t%s\n    %s" % (k, r["id"], a["start"], a["end"], fingerprint(a), " ".join(seg.split())))


def objscore(path, judged):
    now = {(r["id"], a["start"], a["end"]): (a["object"] or "").replace("\n", " ") for r, a in all_items(path)}
    counts, again = {}, []
    for line in open(judged, encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t") + ["", ""]
        k = (f[0], int(f[1]), int(f[2]))
        o = now.get(k)
        if o is not None and o == f[5]:
            code = f[3]
        elif f[6] and ((o is None and f[6] == "X") or (o is not None and o == f[7])):
            code = f[6]
        else:
            again.append((f, o))
            continue
        counts[code] = counts.get(code, 0) + 1
    r, w = counts.get("R", 0), counts.get("W", 0)
    print("objects given: right %d, wrong %d: precision %.1f %%; null though named %d; no longer amounts %d" %
          (r, w, 100.0 * r / max(1, r + w), counts.get("N", 0), counts.get("X", 0)))
    print("judged items to read again: %d" % len(again))
    for f, o in again:
        print("  %s %s-%s judged %s %r, now %r" % (f[0], f[1], f[2], f[3], f[5], o))


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    a = sys.argv[1:]
    if len(a) == 4 and a[0] == "show":
        show(a[1], int(a[2]), int(a[3]))
    elif len(a) == 3 and a[0] == "score":
        score(a[1], a[2])
    elif len(a) == 4 and a[0] == "articles":
        articles(a[1], int(a[2]), int(a[3]))
    elif len(a) == 3 and a[0] == "list":
        listing(a[1], a[2])
    elif len(a) == 2 and a[0] == "recall":
        recall(a[1])
    elif len(a) == 4 and a[0] == "objects":
        objects(a[1], int(a[2]), int(a[3]))
    elif len(a) == 3 and a[0] == "objscore":
        objscore(a[1], a[2])
    elif len(a) in (3, 5) and a[0] == "diff":
        diff(a[1], a[2], *(int(x) for x in a[3:]))
    else:
        sys.exit(__doc__)
