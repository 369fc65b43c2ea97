#!/usr/bin/python3
"""Runs readability-lxml (Debian's python3-readability) over the pages of an
evaluation set and writes {"file": NAME, "text": TEXT} per line, the input of
`newsgraph eval html --system FILE`, so both extractors are scored by the same
code.  Text: the summary's block elements, one per line; title: readability's
short_title() (for `eval html --with-title`).

usage: readability_extract.py [--add-title|--all-text] dragnet|trafilatura DIR OUT.jsonl
  --add-title: OUT.jsonl exists (an earlier run without titles): only add the
               "title" field to its lines, without re-running the extraction.
  --all-text:  not readability: the page's whole visible text (everything but
               script, style, noscript, template and head), the naive baseline
               that html_text and inscriptis stand for in trafilatura's
               published table (F1 0.682 and 0.686 on its 750-page cut), to
               see whether our scoring and our half of the set compare with it.
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


def all_text(raw):
    root = lxml.html.fromstring(raw)
    for el in root.xpath('//script|//style|//noscript|//template|//head'):
        el.drop_tree()
    return to_text(lxml.html.tostring(root, encoding='unicode'))


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


def add_titles(kind, d, out):
    """Adds readability's short_title() to the lines of an existing OUT."""
    paths = dict(pages(kind, d))
    rows = [json.loads(line) for line in open(out, encoding='utf-8')]
    for r in rows:
        try:
            r['title'] = Document(open(paths[r['file']], 'rb').read()).short_title()
        except Exception:
            r['title'] = ''
    with open(out + '.tmp', 'w') as o:
        for r in rows:
            o.write(json.dumps(r) + '\n')
    os.replace(out + '.tmp', out)


def main():
    args = sys.argv[1:]
    if args and args[0] == '--add-title':
        add_titles(*args[1:4])
        return
    whole = bool(args) and args[0] == '--all-text'
    if whole:
        args = args[1:]
    kind, d, out = args[0:3]
    n, t0 = 0, time.time()
    busy = 0.0
    with open(out, 'w') as o:
        for name, path in pages(kind, d):
            raw = open(path, 'rb').read()
            s = time.process_time()
            doc = None
            try:
                if whole:
                    text = all_text(raw)
                else:
                    doc = Document(raw)
                    text = to_text(doc.summary(html_partial=True))
            except Exception:
                text = ''
            busy += time.process_time() - s
            try:
                title = doc.short_title() if doc else ''
            except Exception:
                title = ''
            o.write(json.dumps({'file': name, 'text': text, 'title': title}) + '\n')
            n += 1
    print(f'{"whole visible text" if whole else "readability-lxml"}: {n} pages, {busy:.1f} s CPU, {n / busy if busy else 0:.1f} pages/s',
          file=sys.stderr)


main()
