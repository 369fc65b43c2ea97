#!/usr/bin/env python3
"""Writes Reuters-21578 articles as JSON Lines for `newsgraph extract`.

    python3 bench/reuters_jsonl.py REUTERS/sgm-data 10 21 > reuters.jsonl
    build/newsgraph extract --jobs 1 reuters.jsonl > reuters.records.jsonl

One line per non-brief article with a body of reut2-FIRST ... reut2-LAST
(bench/times_reuters.py's reading: id "reuters-NEWID", published from
<DATE>, title, text = the body), outlet "Reuters".  The speaker samples
bench/speakers_reuters{,_dev}.tsv were drawn from reut2-010 ... reut2-021
(9,903 articles); reut2-000 is the speed benchmark's file.
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from times_reuters import articles


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    for k in range(int(sys.argv[2]), int(sys.argv[3]) + 1):
        for aid, pub, title, body in articles(os.path.join(sys.argv[1], 'reut2-%03d.sgm' % k)):
            sys.stdout.write(json.dumps({'id': aid, 'outlet': 'Reuters', 'published': pub,
                                         'title': title, 'text': body}) + '\n')


if __name__ == '__main__':
    main()
