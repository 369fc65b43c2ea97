#!/usr/bin/env python3
"""html_diff.py -- where main-text extraction loses or gains tokens on dragnet.

    build/newsgraph eval html --dragnet D --split dev --dump ours.jsonl
    python3 bench/html_diff.py D ours.jsonl pages   [--no-comments] [--vs OTHER.jsonl]
    python3 bench/html_diff.py D ours.jsonl lines   [--no-comments] [--vs OTHER.jsonl]
    python3 bench/html_diff.py D ours.jsonl page NAME.html [--no-comments] [--vs OTHER.jsonl]
    python3 bench/html_diff.py D ours.jsonl changed BEFORE.jsonl [--no-comments]

pages:   pages by recall lost (gold tokens missed / gold tokens), with extra
         tokens; with --vs, the per-page F1 difference to the other system.
lines:   every gold line less than half of whose tokens we output, with the
         page and its position (head = first four gold lines).
page:    one page's gold lines marked O (we have it) / - (we miss it), and
         R / - for the other system; then our lines that are not in the gold.
changed: pages whose text differs from BEFORE, with the F1 change.
Tokens are the eval's: lower-cased runs of letters and digits, as a bag.
For development on the dev half only (the test half is for final figures).
"""
import collections
import json
import re
import sys

MARK = re.compile(r'(^|\n)[!@#$%^&*() \t]{5,}COMMENTS')


def toks(s):
    return re.findall(r'[0-9a-z\x80-\U0010ffff]+', s.lower())


def bag(s):
    return collections.Counter(toks(s))


def gold_of(d, name, no_comments):
    raw = open(f'{d}/GoldStandard/{name[:-5]}.txt', 'rb').read()
    if raw[:2] in (b'\xff\xfe', b'\xfe\xff'):
        g = raw.decode('utf-16', errors='replace')
    else:
        g = raw.decode('utf-8', errors='replace')
    if no_comments:
        m = MARK.search(g)
        if m:
            g = g[:m.start()]
    return g


def prf(sys_bag, gold_bag):
    ov = sum((sys_bag & gold_bag).values())
    p = ov / max(1, sum(sys_bag.values()))
    r = ov / max(1, sum(gold_bag.values()))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        o = json.loads(line)
        out[o['file']] = o['text']
    return out


def main():
    args = sys.argv[1:]
    nc = '--no-comments' in args
    args = [a for a in args if a != '--no-comments']
    vs = None
    if '--vs' in args:
        i = args.index('--vs')
        vs = load(args[i + 1])
        del args[i:i + 2]
    if len(args) < 3:
        sys.exit(__doc__)
    d, ours, mode = args[0], load(args[1]), args[2]
    if mode == 'pages':
        rows = []
        for f, t in ours.items():
            g = bag(gold_of(d, f, nc))
            s = bag(t)
            miss = sum((g - s).values())
            extra = sum((s - g).values())
            df = prf(s, g)[2] - prf(bag(vs.get(f, '')), g)[2] if vs else 0.0
            rows.append((miss / max(1, sum(g.values())), miss, extra, sum(g.values()), df, f))
        rows.sort(key=lambda r: (r[4], -r[0]) if vs else (-r[0],))
        for r in rows[:60]:
            print(f'{r[5]:14} recall lost {r[0]:.2f}  missed {r[1]:6}  extra {r[2]:6}  gold {r[3]:6}'
                  + (f'  F1 - other {r[4]:+.3f}' if vs else ''))
        print(f'mean recall lost {sum(r[0] for r in rows) / max(1, len(rows)):.4f} over {len(rows)} pages')
    elif mode == 'lines':
        for f, t in ours.items():
            s = bag(t)
            lines = [x.strip() for x in gold_of(d, f, nc).split('\n') if toks(x)]
            for i, x in enumerate(lines):
                c = bag(x)
                if sum((c & s).values()) < 0.5 * sum(c.values()):
                    print(f, 'head' if i < 4 else 'body', sum(c.values()), '|', x[:150])
    elif mode == 'page':
        f = args[3]
        s, o = bag(ours.get(f, '')), bag(vs.get(f, '')) if vs else collections.Counter()
        g = gold_of(d, f, nc)
        for x in g.split('\n'):
            c = bag(x)
            if not c:
                continue
            n = sum(c.values())
            a = sum((c & s).values()) >= 0.5 * n
            b = sum((c & o).values()) >= 0.5 * n
            print(('O' if a else '-') + (('R' if b else '-') if vs else ''), x.strip()[:130])
        gb = bag(g)
        for x in ours.get(f, '').split('\n'):
            c = bag(x)
            if c and sum((c & gb).values()) < 0.5 * sum(c.values()):
                print('X', x[:130])
    elif mode == 'changed':
        before = load(args[3])
        rows = []
        for f, t in ours.items():
            if before.get(f) == t:
                continue
            g = bag(gold_of(d, f, nc))
            rows.append((prf(bag(t), g)[2] - prf(bag(before.get(f, '')), g)[2], f))
        rows.sort()
        for r in rows:
            print(f'{r[1]:14} F1 {r[0]:+.3f}')
        print(f'{len(rows)} pages changed, mean F1 change {sum(r[0] for r in rows) / max(1, len(ours)):+.4f}')
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main()
