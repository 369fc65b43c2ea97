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

#if defined(__SSE2__) && !defined(NG_NO_SIMD)
#include <emmintrin.h>
#define QT_SIMD 1 /* the SSE2 paths of scoring and Viterbi (NG_SIMD) */
#else
#define QT_SIMD 0
#endif

/* Tags: O, then B/I of source, cue, content. */
enum { QT_O, QT_BSRC, QT_ISRC, QT_BCUE, QT_ICUE, QT_BCON, QT_ICON, QT_NTAGS };
#define QT_NFEAT 13      /* feature keys per token */
#define QT_TR8 64        /* floats of the prepared transitions (ng__qt_trans_prep) */
#define QT_MAXSENT 200   /* longer sentences are tagged in windows of this many tokens */

/* One record of the feature table as the file holds it (doc/MODEL.md): a
 * key (0: empty) and its seven weights side by side (24 bytes; the engine
 * reads the table as qt_rec below). */
typedef struct qt_slot {
    uint64_t key;
    int16_t w[QT_NTAGS];
    uint16_t zero;
} qt_slot;

/* The same record in memory (ng__qtag_parse copies the table into 32-byte
 * aligned records): a lookup reads its key and weights from one cache line,
 * where a 24-byte file record straddles two lines one time in four. */
typedef struct qt_rec {
    uint64_t key;
    int16_t w[QT_NTAGS];
    uint16_t zero;
    uint64_t pad; /* QT_FARTHER, else 0 */
} qt_rec;
/* qt_rec.pad of a home slot (key & mask) when a key of that home lies in a
 * later slot (linear probing), set by ng__qtag_parse: a key not in its
 * home slot is looked for further only then. */
#define QT_FARTHER 1u
_Static_assert(sizeof(qt_rec) == 32, "qtag: a table record in memory is 32 bytes");

typedef struct ng_qtag {
    unsigned char *buf;        /* the file up to the feature table */
    size_t size;               /* (the whole file's size) */
    float scale;               /* weight = int16 x scale */
    const int16_t *trans;      /* [8][7]: row 0 sentence start, row p+1 after tag p */
    float tr8[QT_TR8];         /* trans as ng__qt_trans_prep makes it */
    const struct qt_rec *slot; /* the feature table: nslots records (in slot_mem) */
    void *slot_mem;
    uint32_t mask;             /* nslots - 1 */
    const unsigned char *filter; /* QT_FILTER_BITS bits: ng__qt_filter_key of the cue words */
    uint64_t *cueset;          /* open-addressing set of cue-word hashes (0 empty) */
    int16_t (*rows)[8];        /* the weight rows of the features with few values (qtag.c) */
    uint64_t *keybits;         /* QT_KEYBITS_WORDS words: a filter of the table's keys (qtag.c) */
    uint32_t cuemask;
} ng_qtag;

/* Per-document token facts the features read (arena memory). */
typedef struct qt_doc {
    uint64_t *wh;   /* per token of a window: ng__qt_word_hash */
    uint8_t *ner;   /* per token of a window: 0, or 1 + 2 x entity type (B), 2 + 2 x type (I) */
    uint8_t *inq;   /* per token of a window: 1 inside double quotation marks */
    uint8_t *dist;  /* per token of a window: bucket (0 same token, 1, 2, 3-4, 5-8, 9+; 6 none)
                     * of its nearest cue candidate on the left (bits 0-3) and right (4-7) */
    uint8_t *cand;  /* per token of a window ng__qt_window accepted: 1 a cue candidate (a learned cue word) */
    uint32_t *env;  /* rule items' byte envelopes: (start, running maximum of ends) by start */
    size_t nenv;
    size_t ecur;    /* envelopes starting before the end of the last window ng__qt_window saw */
    size_t qcur;    /* quotation state: tokens before qcur are done, qin the state there */
    int qin;
    const unsigned char *filter; /* the model's cue-word prefilter and set (ng__qt_prepare) */
    const uint64_t *cueset;
    uint32_t cuemask;
} qt_doc;

/* Hash of the first 32 bytes of token i with ASCII letters in lower case
 * (all quote marks are one word, all possessives another); never 0. */
uint64_t ng__qt_word_hash(const ng_doc *d, size_t i);

/* Fills x for d (arena memory); filter, cueset and cuemask as in ng_qtag
 * (NULL set: no learned cue words).  Returns 0 or NG_ENOMEM. */
int ng__qt_prepare(ng_doc *d, const unsigned char *filter, const uint64_t *cueset, uint32_t cuemask, qt_doc *x);
/* The same, x's tables in buf[0..cap) when they fit there (else the arena). */
int ng__qt_prepare_in(ng_doc *d, const unsigned char *filter, const uint64_t *cueset, uint32_t cuemask, qt_doc *x,
                      unsigned char *buf, size_t cap);

/* The end of the window starting at token s0 (< the token count): the end
 * of s0's sentence, at most QT_MAXSENT tokens on. */
size_t ng__qt_window_end(const ng_doc *d, size_t s0);

/* 1 when the tagger looks at window [s0, s1): it overlaps no rule item (the
 * bytes from the first to the last of its content, source and cue; the
 * rules' items are kept as they are) and holds a cue candidate.  Sets
 * x->cand over the window when it overlaps no rule item (only such windows'
 * cand are read). */
int ng__qt_window(const ng_doc *d, qt_doc *x, size_t s0, size_t s1);

/* Completes x for the tokens of window [s0, s1) before ng__qt_features:
 * word hashes, quotation state, entity tags, cue distances.  Windows must
 * come in text order (the quotation state is carried). */
void ng__qt_window_prep(const ng_doc *d, qt_doc *x, size_t s0, size_t s1);

/* The QT_NFEAT feature keys of token i within the window [s0, s1). */
void ng__qt_features(const ng_doc *d, const qt_doc *x, size_t s0, size_t s1, size_t i, uint64_t *keys);

/* Best tag sequence of n tokens: emit[i*7+t] scores, trans as ng_qtag's
 * (here as floats); I-X only after B-X or I-X.  back: n x 7 bytes scratch,
 * dp: 14 floats scratch.  Writes tags[0..n).  On ties the lower tag wins. */
void ng__qt_viterbi(const float *emit, const float *trans, size_t n, uint8_t *back, float *dp, uint8_t *tags);

/* The transitions ng__qt_viterbi_tr takes, from trans as above: QT_TR8
 * floats, rows of 8 (the eighth 0), barred moves into I-X scored -1e30. */
void ng__qt_trans_prep(const float *trans, float *tr8);

/* ng__qt_viterbi with the transitions prepared once by ng__qt_trans_prep
 * (the same result). */
void ng__qt_viterbi_tr(const float *emit, const float *tr8, size_t n, uint8_t *back, float *dp, uint8_t *tags);

/* Parses a model file image of size bytes (copied; data stays the
 * caller's).  verify_checksum 0 skips the checksum (for the fuzzer).
 * Returns 0, or NG_EMODEL (err, if not NULL, has the message and byte
 * offset) or NG_ENOMEM. */
int ng__qtag_parse(const unsigned char *data, size_t size, int verify_checksum, ng_qtag **out, ng_error *err);

/* Header size and layout constants of the model file (doc/MODEL.md). */
#define QT_MAGIC "NGQTAGMD"
#define QT_VERSION 2u
#define QT_HEADER 64u
#define QT_TRANS (8u * QT_NTAGS)
#define QT_FILTER_BITS 4096u /* the cue-word prefilter bitmap (512 bytes) */

/* The prefilter key of a word of n bytes at s (first two bytes folded to
 * lower case, and the length): a learned cue word's key has its bit set in
 * the model's bitmap, so most words need no hash at all. */
static inline unsigned ng__qt_filter_key(const unsigned char *s, size_t n)
{
    unsigned k = (unsigned)(s[0] | 0x20) * 31u + (n > 1 ? (unsigned)(s[1] | 0x20) : 0u);
    return (k * 31u + (unsigned)(n < 31 ? n : 31)) & (QT_FILTER_BITS - 1);
}
void ng__qtag_free(struct ng_qtag *m);

/* Reads <data_dir>/NAME (a model file) into b, which the caller frees.
 * Returns 0, 1 when there is no data folder or no such file (b empty),
 * NG_ENOMEM, or NG_EMODEL with err naming the file. */
int ng__qt_read_data(const ng_engine *e, const char *name, ng_buf *b, ng_error *err);

/* Code-point offsets of the n bytes of raw (*cpo[k] for code point k,
 * *ncp of them, (*cpo)[*ncp] = n) and the alignment of raw's bytes to the
 * normalised text of d (*map, as ng__qt_align), both allocated here (the
 * caller frees them; NULL on NG_ENOMEM).  For the trainers. */
int ng__qt_offsets(const char *raw, size_t n, const ng_doc *d, long **cpo, long **map, size_t *ncp);

/* Reads a PolNeAR article for the trainers: DIR/text/NAME.txt and
 * DIR/attributions/ANNNAME, NAME being ANNNAME up to its last '_' (*name_len
 * its length).  Returns 0 (both buffers filled; the caller frees them),
 * NG_ENOMEM, or NG_EIO with err
 * naming the file (both buffers freed). */
int ng__qt_read_article(const char *dir, const char *annname, ng_buf *raw, ng_buf *ann, int *name_len,
                        ng_error *err);

/* For the trainers (qtag_train.c, qsrc_train.c): the .ann files of a
 * PolNeAR-style split (the first of each article, in name order; heap
 * strings the caller frees with ng__free, then the array); and map[i], the
 * normalised byte offset of raw byte i (map[rn] = nn), as `newsgraph eval
 * quotes` aligns them.  Returns 0, NG_EIO or NG_ENOMEM. */
int ng__qt_list_articles(const char *dir, char ***out, size_t *nout, ng_error *err);
void ng__qt_align(const char *raw, size_t rn, const char *nt, size_t nn, long *map);

/* For the tests: scores every token of d's windows that overlap no rule
 * item both with ng__qt_features and the table, and with the run-time path
 * of ng__qtag_apply; *ntok the tokens compared.  Returns the number that
 * differ (0), or -1 when out of memory. */
int ng__qt_selfcheck(const struct ng_qtag *m, ng_doc *d, size_t *ntok);
/* For the tests: looks up every key of m's feature table, and keys not in
 * it that share a home slot with one, the way the tagger does at run time
 * (a key's home slot without a branch, further slots only where
 * QT_FARTHER says); *nfar the table's keys not in their home slot,
 * *nabsent the absent keys looked up.  Returns the number of wrong
 * answers (0). */
int ng__qt_tablecheck(const struct ng_qtag *m, size_t *nfar, size_t *nabsent);

/* Tags d with m (the rules have run). Returns 0 or NG_ENOMEM. */
int ng__qtag_apply(const struct ng_qtag *m, ng_doc *d);

#endif
