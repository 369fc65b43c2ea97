#!/usr/bin/env python3
"""Derives data/outlets.tsv (domain TAB outlet name, sorted by domain) from
the media-focus newspaper list (../shared/data/gazetteer/news-outlets/
clean_url_to_country.csv).  For a domain listed under several names, the
most frequent name wins (ties: the first seen).  Usage:
    python3 data/build_outlets.py CSV > data/outlets.tsv
"""
import collections
import csv
import sys

names = collections.defaultdict(collections.Counter)
first = {}
with open(sys.argv[1], newline='', encoding='utf-8', errors='replace') as f:
    rd = csv.reader(f)
    next(rd)
    for row in rd:
        if len(row) < 4:
            continue
        name = ' '.join(row[1].split())
        dom = row[3].strip().lower()
        if dom.startswith('www.'):
            dom = dom[4:]
        if not dom or not name or '\t' in name or '/' in dom or ' ' in dom or '.' not in dom:
            continue
        names[dom][name] += 1
        first.setdefault((dom, name), len(first))
out = sys.stdout
out.write('# domain\toutlet (derived from AlifCor/media-focus clean_url_to_country.csv, 2017; see data/README.md)\n')
for dom in sorted(names):
    best = sorted(names[dom].items(), key=lambda kv: (-kv[1], first[(dom, kv[0])]))[0][0]
    out.write(f'{dom}\t{best}\n')
