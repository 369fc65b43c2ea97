/*
 * qsrc.h -- internal interface of the source-confidence model (qsrc.c) and
 * its trainer (qsrc_train.c).
 *
 * After the rules (quotes.c) and the learned tagger (qtag.c) have drawn
 * their items, a logistic regression over a few facts of each rule item
 * and its source (which rule made it, the cue, the source's words, shape,
 * entity and place relative to cue and content, nesting) estimates the
 * chance that the source is exactly right; below the model's threshold the
 * source is withheld (null), since a wrong source is worse than none.  The
 * learned tagger's items are scored too when the model's flag says so (it
 * was then trained on their out-of-fold behaviour).  Before that, a second
 * small model (version 2 of the file) picks each rule source's extent among
 * the rule's own and its shorter or longer variants.  The model file is
 * described in doc/MODEL.md.
 */
#ifndef NG_ANNOT_QSRC_H
#define NG_ANNOT_QSRC_H

#include "../engine.h"

#define QS_MAGIC "NGQSRCMD"
#define QS_VERSION 3u   /* 3: 21 features per item (1 and 2, 16 features: no longer read); the extent chooser's table as 2 */
#define QS_HEADER 64u
#define QS_NFEAT 21u   /* feature keys per item (the templates of ng__qs_features; part of the format) */
#define QS_MINBITS 4u
#define QS_MAXBITS 20u
#define QS_MAXW 64.0f  /* |weight| bound the reader enforces */
#define QS_F_TAGGER 1u /* flags (version 2): the tagger's items are scored too */
#define QX_NFEAT 14u   /* extent chooser: feature keys per candidate (ng__qx_candidates; part of the format) */
#define QX_MAXC 12u    /* extent chooser: candidates per source, the rule's own first */

typedef struct ng_qsrc {
    float *w;          /* 2^bits weights (heap) */
    float *dw;         /* the small templates' weights by value, gathered from w by ng__qsrc_gather (heap; NULL: read w) */
    uint32_t bits;
    float *xw;         /* the extent chooser's 2^xbits weights (heap), or NULL (none) */
    uint32_t xbits;
    uint32_t flags;    /* QS_F_* */
    float xmargin;     /* another extent replaces the rule's own when it scores more than this above it */
    float threshold;   /* a source is kept when P(right) >= threshold */
    float logit;       /* log(threshold / (1 - threshold)): the score cut */
} ng_qsrc;

/* One scored item: a quote (list 0) or an attribution (list 1) and its index. */
typedef struct qs_item {
    uint8_t list;
    uint32_t idx;
} qs_item;

/* A source for sorting (ng__qs_sources): its hash, start and item. */
typedef struct qs_src {
    uint64_t h;
    uint32_t s, i;
} qs_src;

/* Per-document facts the features share (arena memory): contents of both
 * lists merged by start with the running maximum of their ends, the number
 * of items whose cue (else content start) lies in each sentence, and that
 * token of every item (qtok for quotes, atok for attributions); and every
 * item's source as drawn before any is withheld (ng__qs_sources): the hash
 * of its bytes (shash; 0: no source), its start (sstart) and its entity
 * (sentity), both lists in one array (quotes first, then attributions), and
 * from them the other items with the same source bytes (seen: those
 * starting before it, 0-2, x 2, + 1 when any starts at or after it) and
 * the items with each entity as source (ecount, by entity); sorted is
 * scratch. */
typedef struct qs_doc {
    uint32_t *cstart, *cmax;
    size_t nc;
    uint16_t *per_sent;
    uint32_t *qtok, *atok;
    uint64_t *shash;
    qs_src *sorted;
    uint32_t *sstart;
    int32_t *sentity;
    uint8_t *seen;
    uint16_t *ecount;
} qs_doc;

/* Fills x for d after the rules and tagger have run.  Returns 0 or NG_ENOMEM. */
int ng__qs_prepare(ng_doc *d, qs_doc *x);

/* Sets x's record of every item's source (shash, sstart, sentity) from d's
 * lists as they are now (ng__qs_prepare calls it; again after the extent
 * chooser moves sources, and the trainer after it moves one: the features
 * of an item read its own source words there). */
void ng__qs_sources(const ng_doc *d, qs_doc *x);

/* Is the source of item i of list (0 quotes, 1 attributions) never
 * withheld?  A quotation's speaker that resolves to a person keeps it: the
 * model learns PolNeAR's span conventions (a source drawn longer or shorter
 * is wrong there, and PolNeAR leaves the source off most quotations that
 * continue an earlier one), but who speaks is what a reader of the record
 * wants, and a person entity given is right 96 % of the time on
 * hand-judged BBC samples (bench/speakers_bbc*.tsv).  A source that
 * resolves to a news outlet the gazetteer knows keeps it too (stop 24:
 * "…, as Bloomberg reported last month" had lost its source, and with it
 * the story report's citation of one outlet by another). */
static inline int ng__qs_kept(const ng_doc *d, int list, size_t i)
{
    int32_t e = list ? d->attributions.v[i].source_entity : d->quotes.v[i].speaker;
    if (e < 0 || (size_t)e >= d->entities.n)
        return 0;
    const ng_entity *en = &d->entities.v[e];
    return (!list && en->type == NG_ENT_PER) || en->outlet;
}

/* The QS_NFEAT feature keys of item it of d (which must have a source). */
void ng__qs_features(const ng_doc *d, const qs_doc *x, qs_item it, uint64_t *keys);

/* The weight slot of a key in a table of 2^bits. */
static inline uint32_t ng__qs_slot(uint64_t key, uint32_t bits)
{
    key ^= key >> 31;
    key *= 0x9E3779B97F4A7C15ull;
    return (uint32_t)(key >> (64 - bits));
}

/* How a candidate extent was made (numbers are part of the file format). */
enum {
    QX_ORIG,       /* the rule's own */
    QX_CUT_COMMA1, /* cut before the source's first comma */
    QX_CUT_COMMA,  /* cut before a later comma */
    QX_CUT_REL,    /* cut before who/whom/whose/which (no comma before it) */
    QX_CUT_DASH,   /* cut before a dash or bracket */
    QX_EXT_COMMA,  /* extended over the words after the source up to a comma or dash */
    QX_EXT_CUE,    /* (source before its cue) extended up to the cue */
    QX_EXT_SENT,   /* (source after its cue) extended to the end of the sentence or a quote mark */
    QX_DROP_AND,   /* the words after the source's last "and" */
    QX_DROP_OF,    /* the words after an "of" (and "the") among its first five words */
    QX_CUT_AND,    /* cut before its first "and" */
    QX_EXT_WORD,   /* extended by the next word (not a possible verb, not the cue) */
    QX_EXT_BACK,   /* extended back over up to four words before it (not possible verbs) to a determiner */
    QX_NOPS
};

/* One candidate extent of a rule source: bytes [s, e), tokens [ts, te]
 * (inclusive), and how it was made (QX_ORIG, the rule's own, or a shorter
 * or longer variant; qsrc.c lists them). */
typedef struct qx_cand {
    uint32_t s, e, ts, te;
    uint8_t op;
} qx_cand;

/* The candidate extents of the source of item it (c[0] is the rule's own)
 * and their QX_NFEAT feature keys each; at most QX_MAXC.  Every candidate
 * keeps the mention of the item's entity the source held (when it held one),
 * overlaps neither cue nor content unless the rule's own did, and stays in
 * the source's sentence.  A lone candidate (the rule's own) gets zero keys.
 * Returns the count (0: the item has no source). */
size_t ng__qx_candidates(const ng_doc *d, const qs_doc *x, qs_item it, qx_cand *c, uint64_t (*keys)[QX_NFEAT]);

/* Parses a model file image (copied).  verify_checksum 0 skips the checksum
 * (for the fuzzer).  Returns 0, or NG_EMODEL (err, if not NULL, has the
 * message and byte offset) or NG_ENOMEM. */
int ng__qsrc_parse(const unsigned char *data, size_t size, int verify_checksum, ng_qsrc **out, ng_error *err);

/* Gathers the small templates' weights by value from m's table (m->dw;
 * scores then read them there, with the same result).  Out of memory:
 * nothing (scores read the table). */
void ng__qsrc_gather(ng_qsrc *m);

/* Writes a model: 2^bits weights, threshold in (0, 1), and the extent
 * chooser's 2^xbits weights and margin in [0, QS_MAXW] (xw NULL: none),
 * and flags (QS_F_*); always a version QS_VERSION file.  Returns 0, NG_EIO,
 * NG_ENOMEM or NG_EINVAL. */
int ng__qsrc_write(const char *path, const float *w, uint32_t bits, float threshold, const float *xw, uint32_t xbits,
                   float xmargin, uint32_t flags, ng_error *err);

/* The score (log-odds that the source is right) of an item. */
float ng__qsrc_score(const ng_qsrc *m, const ng_doc *d, const qs_doc *x, qs_item it);

/* Sets the source of each of d's rule items to its best-scored candidate
 * extent (m without a chooser, or NULL: nothing), then withholds the sources
 * of d's rule items scored below m's threshold (m NULL: nothing).  Returns 0
 * or NG_ENOMEM. */
int ng__qsrc_apply(const ng_qsrc *m, ng_doc *d);

#endif
