/*
 * polnear.h -- PolNeAR gold attributions and their matching with predicted
 * ones, as `newsgraph eval quotes` (cli/eval_quotes.c) scores them and the
 * source-model trainer (qsrc_train.c) labels its examples: one code for both,
 * so the trainer's counts are the evaluator's.  Library-internal (ng__).
 *
 * Gold: the brat standoff of an article (T lines: Source / Cue / Content
 * spans, "s e" or "s e;s e" in code points of the raw text, a discontinuous
 * span taken as its envelope; E lines tie them into one attribution), mapped
 * to byte offsets of the normalised text.  Matching: predicted items sharing
 * a cue are merged into their envelope, then predicted and gold contents are
 * paired one to one, the overlapping pair with the largest Jaccard overlap
 * first (ties in prediction, then gold order).  Two spans are the same when
 * equal after trimming white space, quote marks and . , ; : ! ? at both ends
 * and a leading "that".
 */
#ifndef NG_ANNOT_POLNEAR_H
#define NG_ANNOT_POLNEAR_H

#include "newsgraph.h"

#include <stddef.h>
#include <stdint.h>

/* One gold or predicted attribution, in normalised bytes (end <= start, or
 * -1: none). */
typedef struct ng_pn_item {
    long cs, ce;  /* content */
    long ss, se;  /* source */
    long us, ue;  /* cue */
    int kind;     /* predictions: 1 direct quote, 0 indirect, 2 attribution */
    int matched;  /* paired by ng__pn_match */
    int partner;  /* the index of the paired item on the other side, or -1 */
    int cit;      /* the evaluator's citron measure: right (prediction) or found (gold) */
    int list;     /* the trainer's predictions: 0 quotes, 1 attributions */
    uint32_t idx; /*   its index in that list */
    int how;      /*   its ng_quote.how */
} ng_pn_item;

typedef struct ng_pn_vec {
    ng_pn_item *v;
    size_t n, cap;
} ng_pn_vec;

/* Appends *it to v.  Returns 0 or NG_ENOMEM. */
int ng__pn_push(ng_pn_vec *v, const ng_pn_item *it);
void ng__pn_free(ng_pn_vec *v);

/* Appends to gold the attributions of the brat file ann[0..an) (NUL after
 * it) that have a content, their spans mapped from code points of raw[0..rn)
 * to bytes of d's normalised text (what d was made from raw).  Returns 0 or
 * NG_ENOMEM. */
int ng__pn_read_gold(const char *raw, size_t rn, const ng_doc *d, const char *ann, size_t an, ng_pn_vec *gold);

/* Merges the items of pred that share a cue (and kind) into the envelope of
 * their contents, the first keeping its source and place. */
void ng__pn_merge_cues(ng_pn_vec *pred);

/* Pairs pred and gold one to one (matched, partner set on both sides).  Of
 * all pairs whose contents overlap, those whose cues overlap too come first
 * (one cue, one attribution: a nested item is paired with the gold item of
 * its own cue, not with the outer one whose content holds it), then the rest;
 * within each, the larger Jaccard overlap of the contents first.  With
 * content_only the cues are not looked at (the pairing of stops 1 to 24).
 * Returns 0 or NG_ENOMEM. */
int ng__pn_match(ng_pn_vec *pred, ng_pn_vec *gold, int content_only);

/* Clears the pairing of v's items (matched 0, partner -1). */
void ng__pn_unmatch(ng_pn_vec *v);

/* Bytes shared by [a, b) and [c, d). */
long ng__pn_overlap(long a, long b, long c, long d);

/* Are [a, b) and [c, d) of text t the same span after trimming (0 when
 * either is empty)? */
int ng__pn_same(const char *t, long a, long b, long c, long d);

#endif
