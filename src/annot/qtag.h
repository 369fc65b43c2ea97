/*
 * qtag.h -- internal interface of the learned attribution tagger (qtag.c)
 * and its trainer (qtag_train.c).
 *
 * The tagger labels the tokens of a sentence with BIO tags over source, cue
 * and content (PolNeAR's univocal annotation is a tag sequence): an averaged
 * perceptron with first-order Viterbi.  It runs after the rule annotator
 * (quotes.c), only on sentences with a learned cue word and no rule item, and
 * adds the attributions it finds there.  The model file is described in
 * doc/MODEL.md.
 */
#ifndef NG_ANNOT_QTAG_H
#define NG_ANNOT_QTAG_H

#include "../engine.h"

/* Tags: O, then B/I of source, cue, content. */
enum { QT_O, QT_BSRC, QT_ISRC, QT_BCUE, QT_ICUE, QT_BCON, QT_ICON, QT_NTAGS };
#define QT_NFEAT 15      /* feature keys per token */
#define QT_MAXSENT 200   /* longer sentences are tagged in windows of this many tokens */

typedef struct ng_qtag {
    unsigned char *buf;        /* the whole file */
    size_t size;
    float scale;               /* weight = int16 x scale */
    const int16_t *trans;      /* [8][7]: row 0 sentence start, row p+1 after tag p */
    const uint64_t *keys;      /* nslots feature keys (0: empty slot) */
    const int16_t *w;          /* nslots x 7 weights */
    uint32_t mask;             /* nslots - 1 */
    uint64_t *cueset;          /* open-addressing set of cue-word hashes (0 empty) */
    uint32_t cuemask;
} ng_qtag;

/* Per-document token facts the features read (arena memory). */
typedef struct qt_doc {
    uint64_t *wh;   /* per token: ng__qt_word_hash (0: not computed yet) */
    uint8_t *rule;  /* per token: the tag of the rule items' projection (the tagger skips
                     * windows with any rule item) */
    uint8_t *ner;   /* per token: 0, or 1 + 2 x entity type (B), 2 + 2 x type (I) */
    uint8_t *inq;   /* per token: 1 inside double quotation marks */
    uint8_t *cand;  /* per token: 1 a cue candidate (a learned cue word) */
    uint8_t *dist;  /* per token: bucket (0 same token, 1, 2, 3-4, 5-8, 9+; 6 none) of the
                     * window's nearest cue candidate on the left (bits 0-3) and right (4-7) */
} qt_doc;

/* Hash of the first 32 bytes of token i with ASCII letters in lower case
 * (all quote marks are one word, all possessives another); never 0. */
uint64_t ng__qt_word_hash(const ng_doc *d, size_t i);

/* Fills x for d (arena memory); cueset/cuemask as in ng_qtag (mask 0 with a
 * NULL set: no learned cue words).  Returns 0 or NG_ENOMEM. */
int ng__qt_prepare(ng_doc *d, const uint64_t *cueset, uint32_t cuemask, qt_doc *x);

/* 1 when the tagger looks at window [s0, s1): it holds a cue candidate
 * and no token of a rule item (the rules' items are kept as they are). */
int ng__qt_window(const qt_doc *x, size_t s0, size_t s1);

/* Completes x for the tokens of window [s0, s1) before ng__qt_features:
 * the word hashes ng__qt_prepare left out, and the cue distances. */
void ng__qt_window_prep(const ng_doc *d, qt_doc *x, size_t s0, size_t s1);

/* The QT_NFEAT feature keys of token i within the window [s0, s1). */
void ng__qt_features(const ng_doc *d, const qt_doc *x, size_t s0, size_t s1, size_t i, uint64_t *keys);

/* Best tag sequence of n tokens: emit[i*7+t] scores, trans as ng_qtag's
 * (here as floats); I-X only after B-X or I-X.  back: n x 7 bytes scratch,
 * dp: 14 floats scratch.  Writes tags[0..n). */
void ng__qt_viterbi(const float *emit, const float *trans, size_t n, uint8_t *back, float *dp, uint8_t *tags);

/* Parses a model file image of size bytes (copied; data stays the
 * caller's).  verify_checksum 0 skips the checksum (for the fuzzer).
 * Returns 0, or NG_EMODEL (err, if not NULL, has the message and byte
 * offset) or NG_ENOMEM. */
int ng__qtag_parse(const unsigned char *data, size_t size, int verify_checksum, ng_qtag **out, ng_error *err);

/* Header size and layout constants of the model file (doc/MODEL.md). */
#define QT_MAGIC "NGQTAGMD"
#define QT_VERSION 1u
#define QT_HEADER 64u
#define QT_TRANS (8u * QT_NTAGS)
void ng__qtag_free(struct ng_qtag *m);

/* Tags d with m (the rules have run). Returns 0 or NG_ENOMEM. */
int ng__qtag_apply(const struct ng_qtag *m, ng_doc *d);

#endif
