#!/usr/bin/env python3
"""est_cycles.py CALLGRIND_OUT...: a cycle estimate from callgrind's cache and
branch simulation (run with --cache-sim=yes --branch-sim=yes
--LL=524288,8,64): instructions / 3 + 15 per mispredicted branch + 12 per L1
miss + 40 per last-level miss, the model doc/RESULTS.md uses since stop 22.
Prints the estimate of each file's program totals, in millions."""
import subprocess
import sys


def totals(path):
    out = subprocess.run(['callgrind_annotate', path], capture_output=True, text=True, check=True).stdout
    events = None
    for line in out.splitlines():
        if line.startswith('Events shown:'):
            events = line.split(':', 1)[1].split()
        elif 'PROGRAM TOTALS' in line and events:
            vals = [int(v.replace(',', '')) for v in line.split('PROGRAM TOTALS')[0].split() if not v.startswith('(')]
            return dict(zip(events, vals))
    raise SystemExit('%s: no totals with events' % path)


def estimate(t):
    g = lambda k: t.get(k, 0)
    return (g('Ir') / 3 + 15 * (g('Bcm') + g('Bim')) + 12 * (g('I1mr') + g('D1mr') + g('D1mw')) +
            40 * (g('ILmr') + g('DLmr') + g('DLmw')))


for p in sys.argv[1:]:
    print('%s %.1f M' % (p, estimate(totals(p)) / 1e6))
