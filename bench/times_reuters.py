#!/usr/bin/env python3
"""Rebuilds the Reuters-21578 TimeML gold for `newsgraph eval times`.

The gold (bench/times_reuters_{dev,test}.tsv: article, start, end, text, type, value) holds
offsets into each article's body only; the article texts are not shipped (Reuters-21578 is
copyright Reuters Ltd., free for research use).  This script reads the corpus's .sgm files and
writes one .tml per article (TBAQ's markup: a DCT from <DATE>, the body in <TEXT> with TIMEX3
tags), checking that every span still reads as its recorded text (line breaks there written as
spaces):

    python3 bench/times_reuters.py bench/times_reuters_dev.tsv REUTERS/sgm-data /tmp/trd
    build/newsgraph eval times /tmp/trd

The body is <BODY> with the "&#3;" control entity removed, entities decoded and trailing white
space cut; `published` is <DATE>'s day (26-FEB-1987 15:01:01.79 -> 1987-02-26).
"""
import html, os, re, sys

MONTHS = {m: i + 1 for i, m in enumerate(
    'JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split())}


def articles(path):
    """Yields (id, published, title, body) of each article of one .sgm file with a body."""
    s = open(path, encoding='latin-1').read()
    for m in re.finditer(r'<REUTERS([^>]*)>(.*?)</REUTERS>', s, re.S):
        attrs, inner = m.group(1), m.group(2)
        b = re.search(r'<BODY>(.*?)</BODY>', inner, re.S)
        ty = re.search(r'<TEXT([^>]*)>', inner).group(1)
        if not b or 'BRIEF' in ty:
            continue
        nid = re.search(r'NEWID="(\d+)"', attrs).group(1)
        dd, mon, yy = re.search(r'<DATE>\s*(\S+)', inner).group(1).split('-')
        t = re.search(r'<TITLE>(.*?)</TITLE>', inner, re.S)
        body = html.unescape(b.group(1).replace('&#3;', '')).rstrip()
        yield ('reuters-' + nid, '%s-%02d-%02d' % (yy[:4], MONTHS[mon.upper()], int(dd)),
               html.unescape(t.group(1)) if t else '', body)


def corpus(sgmdir):
    out = {}
    for name in sorted(os.listdir(sgmdir)):
        if name.endswith('.sgm'):
            for a in articles(os.path.join(sgmdir, name)):
                out[a[0]] = a
    return out


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def main():
    if len(sys.argv) != 4:
        sys.exit('usage: times_reuters.py GOLD.tsv SGMDIR OUTDIR')
    arts = corpus(sys.argv[2])
    gold, order = {}, []
    for line in open(sys.argv[1], encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        if f[0] not in gold:
            gold[f[0]] = []
            order.append(f[0])
        if len(f) >= 6 and f[1] != '':
            gold[f[0]].append((int(f[1]), int(f[2]), f[3], f[4], f[5]))
    os.makedirs(sys.argv[3], exist_ok=True)
    for aid in order:
        _, pub, _, body = arts[aid]
        out, at, k = [], 0, 0
        for s, e, text, ty, val in sorted(gold[aid]):
            if ' '.join(body[s:e].split()) != text:
                sys.exit('%s: %d-%d reads %r, not %r' % (aid, s, e, body[s:e], text))
            k += 1
            out.append(esc(body[at:s]))
            out.append('<TIMEX3 tid="t%d" type="%s" value="%s">%s</TIMEX3>' % (k, ty, val, esc(body[s:e])))
            at = e
        out.append(esc(body[at:]))
        with open(os.path.join(sys.argv[3], aid + '.tml'), 'w', encoding='utf-8') as f:
            f.write('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>%s</DOCID>\n'
                    '<DCT><TIMEX3 tid="t0" type="DATE" value="%s" temporalFunction="false" '
                    'functionInDocument="CREATION_TIME">%s</TIMEX3></DCT>\n<TEXT>%s</TEXT>\n</TimeML>\n'
                    % (aid, pub, pub, ''.join(out)))


if __name__ == '__main__':
    main()
