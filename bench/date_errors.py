#!/usr/bin/env python3
"""date_errors.py -- error analysis for `newsgraph eval dates` (dev split only).

    NG_EVAL_VERBOSE=1 build/newsgraph eval dates --htmldate DIR --split dev > misses.txt
    python3 bench/date_errors.py DIR misses.txt

For each missed page prints gold vs ours, then the page's date candidates by
source (JSON-LD, meta, <time>/itemprop, date-classed elements, URL, text),
marking with G the ones on the gold day and with O the ones on our day, so the
source we took and the one we should have taken are visible.  Reads only the
pages named in misses.txt (which the eval printed for the split asked)."""
import html.parser, json, re, sys

MON = ("jan feb mar apr may jun jul aug sep oct nov dec januar februar märz mai juni juli august "
       "oktober dezember janvier février mars avril juin juillet août septembre octobre novembre décembre")
DATE_RE = re.compile(r"\b(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|"
                     r"\d{1,2}\.? ?(?:%s)\w*\.? \d{4}|(?:%s)\w*\.? \d{1,2},? \d{4})" %
                     ("|".join(MON.split()), "|".join(MON.split())), re.I)

class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.c = []          # (source, value)
        self.stack = []      # (tag, label or None)
        self.in_script = None
        self.ld = []
    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv")
            v = a.get("content", "")
            if key and re.search(r"\d{4}", v) and DATE_RE.search(v):
                self.c.append(("meta " + key, v[:40]))
            return
        if tag == "script" and "ld+json" in a.get("type", ""):
            self.in_script = []
        label = None
        if tag == "time":
            label = "time" + (" datetime=" + a["datetime"][:30] if "datetime" in a else "")
        if a.get("itemprop", "").lower().startswith("date"):
            label = "itemprop " + a["itemprop"] + (" content=" + a["content"][:30] if "content" in a else "")
        cls = (a.get("class", "") + " " + a.get("id", "")).strip()
        if label is None and re.search(r"date|time|publish|posted|byline|datum|meta", cls, re.I):
            label = tag + "." + cls[:40]
        if tag not in ("br", "img", "input", "link", "hr", "source", "wbr"):
            self.stack.append((tag, label, []))
    def handle_endtag(self, tag):
        if tag == "script" and self.in_script is not None:
            self.ld.append("".join(self.in_script))
            self.in_script = None
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, label, txt in self.stack[i:][::-1]:
                    if label:
                        s = " ".join("".join(txt).split())
                        m = DATE_RE.search(s) if len(s) < 300 else None
                        if m or "datetime=" in label or "content=" in label:
                            self.c.append((label, (m.group(0) if m else s[:40])))
                del self.stack[i:]
                break
    def handle_data(self, d):
        if self.in_script is not None:
            self.in_script.append(d)
            return
        for _, _, txt in self.stack:
            txt.append(d)
        self.stack and None

def ld_dates(o, out):
    if isinstance(o, dict):
        for k, v in o.items():
            if k.startswith("date") and isinstance(v, str):
                out.append(("ld " + k, v[:40]))
            else:
                ld_dates(v, out)
    elif isinstance(o, list):
        for v in o:
            ld_dates(v, out)

def day(s):
    m = re.search(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", s)
    if m:
        return "%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3)))
    m = re.search(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", s)
    if m:
        return "%s-%02d-%02d" % (m.group(3), int(m.group(2)), int(m.group(1)))
    return s

def main():
    d, misses = sys.argv[1], sys.argv[2]
    ev = json.load(open(d + "/eval_default.json"))
    byfile = {v["file"]: k for k, v in ev.items()}
    for line in open(misses):
        m = re.match(r"\s*miss (\S+) gold (\S+) got ?(\S*)", line)
        if not m:
            continue
        f, gold, got = m.groups()
        url = byfile.get(f, "")
        raw = None
        for sub in ("eval", "cache"):
            try:
                raw = open("%s/%s/%s" % (d, sub, f), "rb").read()
                break
            except OSError:
                pass
        print("== %s\n   url %s\n   gold %s  ours %s" % (f, url, gold, got or "-"))
        if raw is None:
            continue
        p = P()
        try:
            p.feed(raw.decode("utf-8", "replace"))
        except Exception as e:
            print("   (parse error %s)" % e)
        cands = []
        for s in p.ld:
            try:
                ld_dates(json.loads(s), cands)
            except ValueError:
                pass
        cands += p.c
        um = re.search(r"/(\d{4})[/_-]?(\d{2})[/_-]?(\d{2})", url)
        if um:
            cands.append(("url", um.group(0)))
        seen = 0
        for src, v in cands:
            dv = day(v)
            mark = ("G" if dv.startswith(gold) else " ") + ("O" if got and dv.startswith(got[:10]) else " ")
            if seen < 25 or mark.strip():
                print("   %s %-45s %s" % (mark, src[:45], v))
            seen += 1
        txt = raw.decode("utf-8", "replace")
        gy, gm, gd = gold.split("-")
        pats = [gold, "%s.%s.%s" % (gd, gm, gy), "%d.%d.%s" % (int(gd), int(gm), gy),
                "%s/%s/%s" % (gy, gm, gd), "%s.%s.%s" % (gd, gm, gy[2:])]
        for pt in pats:
            i = txt.find(pt)
            if i >= 0:
                print("   gold as %-12s at byte %d: %r" % (pt, i, txt[max(0, i - 80):i + 30]))
                break
        else:
            print("   gold day not written numerically in the page")

main()
