#!/bin/sh
# polnear_split.sh SRC OUT -- splits a PolNeAR split (SRC = .../polnear/train)
# into OUT/fit and OUT/heldout by article name: an article is held out when
# the CRC (cksum) of its name is 0 mod 10 (about 10 %; fixed, independent of
# the order of files).  Symbolic links only.  Used to train and tune the
# attribution tagger (`newsgraph train quotes`) without touching PolNeAR dev.
set -eu
src=$1 out=$2
for s in fit heldout; do mkdir -p "$out/$s/text" "$out/$s/attributions"; done
for t in "$src"/text/*.txt; do
    name=$(basename "$t" .txt)
    crc=$(printf %s "$name" | cksum | cut -d' ' -f1)
    if [ $((crc % 10)) -eq 0 ]; then s=heldout; else s=fit; fi
    ln -sf "$t" "$out/$s/text/$name.txt"
    for a in "$src"/attributions/"$name"_*.ann; do
        [ -e "$a" ] && ln -sf "$a" "$out/$s/attributions/$(basename "$a")"
    done
done
echo "fit: $(ls "$out/fit/text" | wc -l) articles, heldout: $(ls "$out/heldout/text" | wc -l) articles"
