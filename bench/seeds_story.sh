#!/bin/sh
# seeds_story.sh [SEEDS_DIR] [NEWSGRAPH] -- the seed articles as one story.
# Builds JSON Lines from the two seed texts in a scratch folder (made-up
# outlet names; 000 published 2025-06-10, 001 published 2025-06-23; the texts
# are never copied into the repository), ingests them into a fresh database,
# and prints the story list and the report of the first story.
seeds=${1:-../shared/seeds}
ng=${2:-build/newsgraph}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
python3 - "$seeds" "$t/seeds.jsonl" <<'PY'
import glob, json, os, sys
seeds, out = sys.argv[1], sys.argv[2]
meta = {"000": ("Kyiv Ledger", "2025-06-10"), "001": ("Harbor Daily", "2025-06-23")}
with open(out, "w") as f:
    for path in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
        key = os.path.basename(path)[:3]
        outlet, date = meta.get(key, ("Unknown Outlet", None))
        text = open(path, encoding="utf-8").read()
        f.write(json.dumps({"id": key, "outlet": outlet, "published": date,
                            "url": "https://%s.example/%s" % (outlet.lower().replace(" ", ""), key),
                            "text": text}) + "\n")
PY
"$ng" ingest --db "$t/seeds.db" "$t/seeds.jsonl" || exit 1
echo "== newsgraph stories --db seeds.db --json"
"$ng" stories --db "$t/seeds.db" --json
echo "== newsgraph story --db seeds.db 1"
"$ng" story --db "$t/seeds.db" 1 --width 100
if [ -n "$SEEDS_JSON" ]; then "$ng" story --db "$t/seeds.db" 1 --json >"$SEEDS_JSON"; fi
