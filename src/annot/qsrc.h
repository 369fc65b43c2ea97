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
 * learned tagger's items are not scored (its behaviour on the training data
 * is optimistic).  The model file is described in doc/MODEL.md.
 */
#ifndef NG_ANNOT_QSRC_H
#define NG_ANNOT_QSRC_H

#include "../engine.h"

#define QS_MAGIC "NGQSRCMD"
#define QS_VERSION 1u
#define QS_HEADER 64u
#define QS_NFEAT 16u   /* feature keys per item (the templates of ng__qs_features; part of the format) */
#define QS_MINBITS 4u
#define QS_MAXBITS 20u
#define QS_MAXW 64.0f  /* |weight| bound the reader enforces */

typedef struct ng_qsrc {
    float *w;          /* 2^bits weights (heap) */
    uint32_t bits;
    float threshold;   /* a source is kept when P(right) >= threshold */
    float logit;       /* log(threshold / (1 - threshold)): the score cut */
} ng_qsrc;

/* One scored item: a quote (list 0) or an attribution (list 1) and its index. */
typedef struct qs_item {
    uint8_t list;
    uint32_t idx;
} qs_item;

/* Per-document facts the features share (arena memory): contents of both
 * lists merged by start with the running maximum of their ends, the number
 * of items whose cue (else content start) lies in each sentence, and that
 * token of every item (qtok for quotes, atok for attributions). */
typedef struct qs_doc {
    uint32_t *cstart, *cmax;
    size_t nc;
    uint16_t *per_sent;
    uint32_t *qtok, *atok;
} qs_doc;

/* Fills x for d after the rules and tagger have run.  Returns 0 or NG_ENOMEM. */
int ng__qs_prepare(ng_doc *d, qs_doc *x);

/* The QS_NFEAT feature keys of item it of d (which must have a source). */
void ng__qs_features(const ng_doc *d, const qs_doc *x, qs_item it, uint64_t *keys);

/* The weight slot of a key in a table of 2^bits. */
static inline uint32_t ng__qs_slot(uint64_t key, uint32_t bits)
{
    key ^= key >> 31;
    key *= 0x9E3779B97F4A7C15ull;
    return (uint32_t)(key >> (64 - bits));
}

/* Parses a model file image (copied).  verify_checksum 0 skips the checksum
 * (for the fuzzer).  Returns 0, or NG_EMODEL (err, if not NULL, has the
 * message and byte offset) or NG_ENOMEM. */
int ng__qsrc_parse(const unsigned char *data, size_t size, int verify_checksum, ng_qsrc **out, ng_error *err);

/* Writes a model: 2^bits weights, threshold in (0, 1).  Returns 0, NG_EIO
 * or NG_EINVAL. */
int ng__qsrc_write(const char *path, const float *w, uint32_t bits, float threshold, ng_error *err);

/* The score (log-odds that the source is right) of an item. */
float ng__qsrc_score(const ng_qsrc *m, const ng_doc *d, const qs_doc *x, qs_item it);

/* Withholds the sources of d's rule items scored below m's threshold
 * (m NULL: nothing).  Returns 0 or NG_ENOMEM. */
int ng__qsrc_apply(const ng_qsrc *m, ng_doc *d);

#endif
