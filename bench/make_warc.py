#!/usr/bin/env python3
"""Writes a large test WARC from a folder of HTML pages (the evaluation sets
unpacked in a scratch folder), for the WARC speed and memory benchmark:
each page becomes a request/response pair (chunked or plain HTTP bodies,
some gzip-encoded), with warcinfo, a metadata record and a 404 now and then,
repeated ROUNDS times.  --gzip writes one gzip member per record (as Common
Crawl).  Never write the output into the repository.

usage: make_warc.py [--gzip] ROUNDS OUT.warc[.gz] DIR...
"""
import gzip
import os
import sys
import uuid

def rec(typ, uri, ctype, content):
    h = ['WARC/1.1', f'WARC-Type: {typ}', f'WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>',
         'WARC-Date: 2024-01-02T03:04:05Z']
    if uri:
        h.append(f'WARC-Target-URI: {uri}')
    h += [f'Content-Type: {ctype}', f'Content-Length: {len(content)}']
    return ('\r\n'.join(h) + '\r\n\r\n').encode() + content + b'\r\n\r\n'

def main():
    args = sys.argv[1:]
    gz = args[0] == '--gzip'
    if gz:
        args = args[1:]
    rounds, out, dirs = int(args[0]), args[1], args[2:]
    files = []
    for d in dirs:
        for root, _, names in os.walk(d):
            files += [os.path.join(root, n) for n in sorted(names) if n.endswith(('.html', '.htm'))]
    files.sort()
    pages = [open(f, 'rb').read() for f in files]
    with open(out, 'wb') as o:
        def put(r):
            o.write(gzip.compress(r, 6) if gz else r)
        put(rec('warcinfo', None, 'application/warc-fields', b'software: make_warc.py\r\n'))
        n = 0
        for r in range(rounds):
            for i, p in enumerate(pages):
                uri = f'http://example{i % 97}.com/{r}/{i}'
                put(rec('request', uri, 'application/http; msgtype=request',
                        f'GET /{r}/{i} HTTP/1.1\r\nHost: example.com\r\n\r\n'.encode()))
                if n % 50 == 49:
                    body = b'HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>'
                elif n % 3 == 1:
                    z = gzip.compress(p, 6)
                    body = (b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n'
                            b'Transfer-Encoding: chunked\r\n\r\n' + b'%x\r\n' % len(z) + z + b'\r\n0\r\n\r\n')
                else:
                    body = b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n' + p
                put(rec('response', uri, 'application/http; msgtype=response', body))
                put(rec('metadata', uri, 'application/warc-fields', b'fetchTimeMs: 12\r\n'))
                n += 1

main()
