#!/usr/bin/python3
"""Runs readability-lxml (Debian's python3-readability) over the pages of an
evaluation set and writes {"file": NAME, "text": TEXT} per line, the input of
`newsgraph eval html --system FILE`, so both extractors are scored by the same
code.  Text: the summary's block elements, one per line.

usage: readability_extract.py dragnet|trafilatura DIR OUT.jsonl
"""
import json
import os
import sys
import time

import lxml.html
from readability import Document

BLOCKS = {'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'td', 'th',
          'tr', 'figcaption', 'dd', 'dt', 'br', 'section', 'article'}


def to_text(summary):
    root = lxml.html.fromstring(summary)
    for el in root.iter():
        if el.tag in BLOCKS:
            el.tail = ('\n' + el.tail) if el.tail else '\n'
            if el.tag != 'br':
                el.text = ('\n' + el.text) if el.text else '\n'
    lines = [' '.join(l.split()) for l in root.text_content().split('\n')]
    return '\n'.join(l for l in lines if l)


def pages(kind, d):
    if kind == 'dragnet':
        for name in sorted(os.listdir(os.path.join(d, 'input'))):
            yield name, os.path.join(d, 'input', name)
    else:
        ev = os.path.join(d, 'evaldata.json')
        if not os.path.exists(ev):
            ev = os.path.join(d, 'tests', 'evaldata.json')
        for url, item in sorted(json.load(open(ev)).items()):
            f = item['file']
            p = os.path.join(d, 'tests', 'eval', f)
            if not os.path.exists(p):
                p = os.path.join(d, 'tests', 'cache', f)
            if os.path.exists(p):
                yield f, p


def main():
    kind, d, out = sys.argv[1:4]
    n, t0 = 0, time.time()
    busy = 0.0
    with open(out, 'w') as o:
        for name, path in pages(kind, d):
            raw = open(path, 'rb').read()
            s = time.process_time()
            try:
                text = to_text(Document(raw).summary(html_partial=True))
            except Exception:
                text = ''
            busy += time.process_time() - s
            o.write(json.dumps({'file': name, 'text': text}) + '\n')
            n += 1
    print(f'readability-lxml: {n} pages, {busy:.1f} s CPU, {n / busy if busy else 0:.1f} pages/s',
          file=sys.stderr)


main()
