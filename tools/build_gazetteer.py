#!/usr/bin/env python3
"""build_gazetteer.py -- builds data/gazetteer.tsv, the place/organisation
gazetteer the entities resolver loads (format: doc/FORMAT.md, "Gazetteer file").

Inputs: the GeoNames extracts (cities15000.txt, countryInfo.txt,
admin1CodesASCII.txt; CC BY 4.0, www.geonames.org) and the hand-written lists
in tools/gazetteer/ (country aliases, demonyms, regions, organisations and news
outlets).  Usage:
    tools/build_gazetteer.py GEONAMES_DIR > data/gazetteer.tsv
"""
import os
import re
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gazetteer")
ALT_MIN_POP = 150000     # cities at least this big also get their Latin alternate names
ALT_RE = re.compile(r"^[A-Z][A-Za-z' .-]{2,40}$")


def clean(s):
    return s.replace("\t", " ").strip()


def hand(name):
    """Rows of a hand-written list: tab-separated, '#' comments."""
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield [c.strip() for c in line.split("\t")]


def main():
    gdir = sys.argv[1]
    out = sys.stdout
    out.write("#newsgraph-gazetteer\t1\n")
    out.write("# Derived from GeoNames (CC BY 4.0, www.geonames.org) and hand-written lists;\n")
    out.write("# built by tools/build_gazetteer.py.  Format: doc/FORMAT.md.\n")
    aliases = {}
    for row in hand("country_aliases.tsv"):
        aliases.setdefault(row[0], []).extend(row[1:])
    countries = set()
    with open(os.path.join(gdir, "countryInfo.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            iso, name, pop, cont, gid, neigh = c[0], c[4], c[7], c[8], c[16], c[17]
            if not gid:
                continue
            countries.add(iso)
            names = [clean(name)] + [a for a in aliases.get(iso, []) if a != name]
            out.write("\t".join(["C", iso, gid, pop or "0", cont, neigh or "-"] + names) + "\n")
    with open(os.path.join(gdir, "admin1CodesASCII.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            cc, code = c[0].split(".", 1)
            names = [clean(c[1])]
            if c[2] != c[1]:
                names.append(clean(c[2]))
            out.write("\t".join(["A", cc, code, c[3]] + names) + "\n")
    city_alias = {}
    for row in hand("city_aliases.tsv"):
        city_alias.setdefault(row[0], []).extend(row[1:])
    with open(os.path.join(gdir, "cities15000.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            gid, name, ascii_, alts = c[0], clean(c[1]), clean(c[2]), c[3]
            lat, lon, feat, cc, adm1, pop = c[4], c[5], c[7], c[8], c[10], int(c[14] or 0)
            names = [name, ascii_ or name]  # always both: the loader counts later names as alternates
            if pop >= ALT_MIN_POP:
                for a in alts.split(","):
                    a = clean(a)
                    if ALT_RE.match(a) and not a.isupper() and a not in names:
                        names.append(a)
            for a in city_alias.get(gid, []):
                if a not in names:
                    names.append(a)
            out.write("\t".join(["P", gid, cc, adm1 or "-", str(pop), "%.5f" % float(lat),
                                 "%.5f" % float(lon), feat] + names) + "\n")
    for row in hand("demonyms.tsv"):
        if row[0] not in countries:
            sys.exit("demonyms.tsv: unknown country " + row[0])
        out.write("\t".join(["D"] + row) + "\n")
    for row in hand("regions.tsv"):
        out.write("\t".join(["R"] + row) + "\n")
    for row in hand("organisations.tsv"):
        if row[1] != "-" and row[1] not in countries:
            sys.exit("organisations.tsv: unknown country " + row[1])
        out.write("\t".join(["O"] + row) + "\n")


if __name__ == "__main__":
    main()
