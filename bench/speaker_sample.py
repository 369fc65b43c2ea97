#!/usr/bin/python3
"""speaker_sample.py -- speaker accuracy of quotations, read by hand.

    speaker_sample.py [--attributions] show RECORDS SEED N       print N random speech items for reading
    speaker_sample.py [--attributions] score RECORDS JUDGED.tsv  tally the judgments of JUDGED.tsv

With --attributions the items are the attributions of kind "speech" (their
source and source_entity) instead of the quotations.

RECORDS is `newsgraph extract` output (JSON Lines).  The sample is the
quotations of kind "speech" that are not negated, drawn with Python's
random.Random(SEED).  Each is printed with the text before it, its speaker
span and the entity the span resolves to.  JUDGED.tsv has one line per item:
the record's id (a BBC file's path relative to the corpus folder), content
start, content end, a code, a note and the speaker entity's name when it was
judged (white space in it as single spaces: wire copy breaks lines in names):
    R  the speaker entity is the one who spoke
    W  another entity
    N  null, though the text names who spoke (a miss)
    C  null, and no one entity spoke (a group, "Some charities") -- right
    X  no quotation at all (the item is wrong; not counted in accuracy)
score prints the counts and the accuracy (R + C) / (all but X), and which
judged items no longer come out of RECORDS or now have another speaker
entity (re-read those by hand).
"""
import json
import random
import sys


ATTR = False  # --attributions: judge attributions' sources instead


def items(path):
    recs = [json.loads(line) for line in open(path, encoding="utf-8")]
    out = []
    for r in recs:
        for q in r["attributions" if ATTR else "quotes"]:
            if q.get("kind") == "speech" and not q.get("negated"):
                if ATTR:  # an attribution read as a quotation: its source is the speaker
                    q = dict(q, speaker=q["source_entity"], speaker_start=q["source_start"],
                             speaker_end=q["source_end"], direct=False)
                out.append((r, q))
    return out


def key(r, q):
    rid = r["id"]
    if "/bbc/" in rid:
        rid = rid.split("/bbc/", 1)[1]
    return (rid, q["start"], q["end"])


def show(path, seed, n):
    its = items(path)
    for k, (r, q) in enumerate(random.Random(seed).sample(its, n)):
        t = r["text"].encode()
        ents = {e["id"]: e for e in r["entities"]}
        starts = [x for x in (q["start"], q["cue_start"], q["speaker_start"]) if x is not None]
        ends = [x for x in (q["end"], q["cue_end"], q["speaker_end"]) if x is not None]
        a, b = min(starts), max(ends)
        span = t[q["speaker_start"]:q["speaker_end"]].decode() if q["speaker_start"] is not None else None
        e = ents.get(q["speaker"])
        ent = "%s (%s)" % (" ".join(e["name"].split()), e["type"]) if e else None
        print("#%d\t%s\t%d\t%d\tdirect=%s cue=%s span=%s -> %s" % ((k,) + key(r, q) + (q["direct"], q["cue"], span, ent)))
        ctx = t[max(0, a - 600):min(len(t), b + 60)].decode("utf-8", "replace").replace("\n", " / ")
        print("    " + ctx + "\n")


def speaker_name(r, q):
    ents = {e["id"]: e for e in r["entities"]}
    e = ents.get(q["speaker"])
    return " ".join(e["name"].split()) if e else "None"


def score(path, judged):
    have = {key(r, q): speaker_name(r, q) for r, q in items(path)}
    counts, gone = {}, []
    for line in open(judged, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        k = (f[0], int(f[1]), int(f[2]))
        counts[f[3]] = counts.get(f[3], 0) + 1
        if k not in have:
            gone.append(k + ("no longer produced",))
        elif len(f) > 5 and have[k] != f[5]:
            gone.append(k + ("speaker %s, judged %s" % (have[k], f[5]),))
    n = sum(v for c, v in counts.items() if c != "X")
    ok = counts.get("R", 0) + counts.get("C", 0)
    given = counts.get("R", 0) + counts.get("W", 0)
    print("judged %d: %s" % (sum(counts.values()), " ".join("%s %d" % kv for kv in sorted(counts.items()))))
    print("speaker accuracy %.1f %% (%d/%d quotations); entity given %d, right %d (%.1f %%)" %
          (100.0 * ok / n, ok, n, given, counts.get("R", 0), 100.0 * counts.get("R", 0) / max(given, 1)))
    print("judged items to read again: %d" % len(gone))
    for k in gone:
        print("  %s\t%d\t%d\t%s" % k)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--attributions":
        ATTR = True
        del sys.argv[1]
    if len(sys.argv) == 5 and sys.argv[1] == "show":
        show(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif len(sys.argv) == 4 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
