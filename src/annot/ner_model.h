/*
 * ner_model.h -- the named-entity tagger's model, features and decoder
 * (internal to src/annot/ner*.c).
 *
 * The tagger is a linear model over BILOU tags (O, then B/I/L/U for each of
 * PER, ORG, LOC, MISC), trained as an averaged structured perceptron and
 * decoded with first-order Viterbi under the BILOU constraints.  A feature is
 * a 64-bit key: a template id mixed with the hash of a token string (or of
 * two, or of a gazetteer match); nothing else is looked at, so training
 * (CoNLL token columns) and run time (our tokeniser) see the same features.
 *
 * Files: ner_feat.c (features, gazetteer matching, Viterbi, the run-time
 * sentence tagger), ner_model.c (file format, load/save, validation),
 * ner_train.c (CoNLL reading, training, evaluation: the public ng_ner_*
 * API), ner_gaz.c (gazetteer lists from GeoNames, ISO 3166 and outlet
 * files), ner_cluster.c (word classes from unlabeled text), ner.c (the
 * pipeline annotator).  The file format is in doc/MODEL.md.
 */
#ifndef NG_NER_MODEL_H
#define NG_NER_MODEL_H

#include "../engine.h"

#define NG_NER_NTYPES 4
#define NG_NER_NT 17          /* O + 4 types x B, I, L, U */
#define NG_NER_MAXF 64        /* at most this many features per token */
#define NG_NER_GAZ_LISTS 8    /* at most this many gazetteer lists */
#define NG_NER_GAZ_MAXLEN 8   /* longest gazetteer phrase, in tokens */
#define NG_NER_GAZ_PREFIX 0x80000000u /* gazetteer value bit: the start of a longer phrase */

/* Tag ids: 0 is O; 1 + 4*type0 + pos, type0 in 0..3 (PER ORG LOC MISC),
 * pos 0 B, 1 I, 2 L, 3 U. */
enum { NG_NER_B, NG_NER_I, NG_NER_L, NG_NER_U };
static inline int ng__ner_tag_type(int tag) { return tag ? 1 + (tag - 1) / 4 : 0; } /* ng_ent_type */
static inline int ng__ner_tag_pos(int tag) { return (tag - 1) % 4; }
static inline int ng__ner_mktag(int type, int pos) { return 1 + 4 * (type - 1) + pos; }

/* A token as the tagger sees it: its bytes. */
typedef struct ng_ner_str {
    const char *s;
    uint32_t len;
} ng_ner_str;

/* One weight row in the run-time table: the key and one weight per tag. */
typedef struct ng_ner_slot {
    uint64_t key;       /* 0: empty */
    int16_t w[NG_NER_NT];
} ng_ner_slot;

/* A phrase table (gazetteer) or word table (word classes): hashed keys. */
typedef struct ng_ner_set {
    uint64_t *keys;     /* open addressing, 0 = empty */
    uint32_t *vals;
    uint32_t mask;      /* capacity - 1 (capacity a power of two), or 0 when empty */
    uint32_t n;
} ng_ner_set;

typedef struct ng_ner_model {
    uint32_t version;
    uint32_t flags;          /* NG_NER_F_*: which feature groups are on */
    float scale;             /* weight = int16 * scale */
    uint32_t nfeat;
    ng_ner_slot *slots;      /* capacity mask + 1 */
    uint32_t mask;
    int32_t trans[NG_NER_NT][NG_NER_NT]; /* previous tag x tag */
    int32_t start[NG_NER_NT];            /* first tag of a sentence */
    ng_ner_set gaz;          /* phrase hash -> bit mask of lists */
    uint32_t ngaz_lists;
    char gaz_names[NG_NER_GAZ_LISTS][16];
    ng_ner_set cls;          /* lower-cased word hash -> class id + 1 */
    ng_ner_set tgaz_own;     /* names from the training data: phrase -> type mask */
    const ng_ner_set *tgaz;  /* the one in use (&tgaz_own, or a fold's during training) */
    /* vocabulary: frequent words with precomputed word blocks */
    uint32_t nvocab;
    ng_ner_set vocab;          /* word hash -> index + 1 */
    ng_ner_str *vocab_words;   /* into vocab_buf */
    char *vocab_buf;
    int32_t *vvec;             /* nvocab * 5 * NT */
    int32_t pad[5][NG_NER_NT]; /* blocks of the sentence edges (index 1..4) */
    /* BILOU constraints for the decoder (ng__ner_pred_init) */
    uint8_t npred[NG_NER_NT], pred[NG_NER_NT][NG_NER_NT];
    uint8_t start_ok[NG_NER_NT], end_ok[NG_NER_NT];
} ng_ner_model;

/* Fills the model's BILOU constraint tables. */
void ng__ner_pred_init(ng_ner_model *m);

/* Feature groups (model flags). */
#define NG_NER_F_GAZ 0x1u    /* gazetteer features */
#define NG_NER_F_HIST 0x2u   /* non-local: earlier predictions of the same word in the document */
#define NG_NER_F_CLS 0x4u    /* word classes */
#define NG_NER_F_TGAZ 0x8u   /* names seen in the training data, by type */
#define NG_NER_F_SEEN 0x10u  /* how the word is written elsewhere in the document */

/* ---- features (ner_feat.c) ---- */

/* Per-sentence scratch: per-token base hashes and feature keys. */
typedef struct ng_ner_tokinfo {
    uint64_t w, lw, shape, cls;   /* word, lower-cased word, shape, class */
    uint64_t lh;                  /* gazetteer hash (ng__ner_lhash) */
    uint32_t gaz;                 /* bit (list*4 + pos) of gazetteer matches */
    uint32_t tgaz;                /* bit (type0*4 + pos) of training-name matches */
    uint8_t cap;                  /* starts with an upper-case letter */
    uint8_t allcap;               /* every letter upper case */
    uint8_t capsent;              /* the sentence is a headline in capitals */
    uint8_t seen;                 /* NG_NER_SEEN_* of the word in the document */
} ng_ner_tokinfo;

/* Fills info[0..n) for the tokens of one sentence.  Never fails. */
void ng__ner_tokinfo(const ng_ner_model *m, const ng_ner_str *toks, size_t n, ng_ner_tokinfo *info);

/* Static feature keys of token i of the sentence; returns their number
 * (<= NG_NER_MAXF - 2, leaving room for the history features). */
size_t ng__ner_feats(const ng_ner_model *m, const ng_ner_str *toks, const ng_ner_tokinfo *info,
                     size_t n, size_t i, uint64_t *keys);

/* Key of the history feature: word w was last tagged `tag` in this document
 * (kind 0) or type (kind 1). */
uint64_t ng__ner_hist_key(int kind, int val);

/* Per-document state: a map from a capitalised word (lower-cased hash) to
 * the last tag predicted for it, and a map from every word to how it is
 * written in the document (NG_NER_SEEN_*), filled by ng__ner_hist_scan
 * before tagging. */
typedef struct ng_ner_hist {
    uint64_t *keys;
    uint8_t *tags;
    uint32_t mask, n;
    uint64_t *skeys;
    uint8_t *seen;
    uint32_t smask, sn;
} ng_ner_hist;
#define NG_NER_SEEN_LOWER 1u  /* written in lower case somewhere */
#define NG_NER_SEEN_CAP 2u    /* capitalised (not all caps) inside a sentence */
/* Records how the words of one sentence are written (call for every
 * sentence of the document before tagging it). */
void ng__ner_hist_scan(ng_ner_hist *h, const ng_ner_str *toks, size_t n);
/* Sets info[].seen of a sentence's capitalised words from the scan. */
void ng__ner_seen_fill(const ng_ner_hist *h, ng_ner_tokinfo *info, size_t n);
/* Initialises h with room for cap words (cap a power of two >= 16); returns 0
 * or NG_ENOMEM.  Memory comes from arena a, or the heap when a is NULL. */
int ng__ner_hist_init(ng_ner_hist *h, ng_arena *a, uint32_t cap);
void ng__ner_hist_free_heap(ng_ner_hist *h);
void ng__ner_hist_clear(ng_ner_hist *h);
/* Last tag recorded for word hash w, or -1. */
int ng__ner_hist_get(const ng_ner_hist *h, uint64_t w);
/* Records the tags of a decoded sentence (capitalised words inside entities). */
void ng__ner_hist_update(ng_ner_hist *h, const ng_ner_tokinfo *info, const uint8_t *tags, size_t n);

/* Is tag b allowed after tag a under BILOU (a = -1: sentence start; b = -1:
 * sentence end)? */
int ng__ner_allowed(int a, int b);

/* Viterbi over emission scores em[n][NT] (int32) with the model's
 * transitions; writes the best tag sequence into out.  bp is scratch of
 * n*NT bytes.  Scores are int32 for the run-time model. */
void ng__ner_viterbi(const ng_ner_model *m, const int32_t *em, size_t n, uint8_t *bp, uint8_t *out);

/* Emission scores of one token from the run-time table. */
void ng__ner_score(const ng_ner_model *m, const uint64_t *keys, size_t nk, int32_t *em);

/* Decodes tags into spans: calls fn(ud, first token, token count, type) per
 * entity.  Broken sequences (I without B) are repaired like conlleval does. */
void ng__ner_spans(const uint8_t *tags, size_t n, void (*fn)(void *ud, size_t tok, size_t ntok, int type),
                   void *ud);

/* Scratch memory for tagging sentences of up to maxn tokens. */
typedef struct ng_ner_scratch {
    ng_ner_tokinfo *info;
    uint64_t *keys;        /* maxn * NG_NER_MAXF */
    int32_t *em;           /* maxn * NT emission scores */
    uint8_t *bp;           /* maxn * NT back pointers */
    int32_t *vec;          /* maxn * 5 * NT word blocks of words not in the vocabulary */
    const int32_t **vp;    /* maxn: each token's word block */
    uint8_t *nk;           /* maxn: number of looked-up keys per token */
    size_t maxn;
} ng_ner_scratch;
/* From arena a, or the heap when a is NULL.  Returns 0 or NG_ENOMEM. */
int ng__ner_scratch_init(ng_ner_scratch *x, ng_arena *a, size_t maxn);
void ng__ner_scratch_free_heap(ng_ner_scratch *x);

/* Tags one sentence (n <= x->maxn) with the run-time model: fills out[n].
 * hist may be NULL (no non-local features) and is updated with the result.
 * The scores equal those of ng__ner_feats + ng__ner_score: word-only
 * features come from precomputed per-word blocks (the model's vocabulary,
 * or computed once per token), the rest are looked up. */
void ng__ner_tag_sentence(const ng_ner_model *m, const ng_ner_str *toks, size_t n, ng_ner_hist *hist,
                          ng_ner_scratch *x, uint8_t *out);

/* Precomputes the vocabulary's word blocks and the sentence-edge pads
 * (after the weights and classes are loaded).  Returns 0 or NG_ENOMEM. */
int ng__ner_vocab_init(ng_ner_model *m);

/* Hash of the lower-cased, digit-folded token (the word-class key). */
uint64_t ng__ner_lw_hash(const char *s, size_t len);

/* ---- word classes (ner_cluster.c) ---- */

/* Clusters the words of the unlabeled text files under dir (recursively;
 * plus the extra tokens, e.g. the training data) by their left and right
 * neighbours (PPMI, random projection, hierarchical spherical k-means into
 * 64 x 8 x 4 classes); fills cls: lower-cased word hash -> leaf + 1.
 * Returns 0, NG_EIO (no readable text), or NG_ENOMEM. */
int ng__ner_clusters_build(const char *dir, const ng_ner_str *extra, size_t nextra, ng_ner_set *cls,
                           char **words, uint32_t *nwords, uint32_t max_words, ng_error *err);
/* (words receives the max_words most frequent spellings, each a length
 * byte then the bytes, in one heap block the caller frees.) */

/* Hash of a token string for the gazetteer (lower-cased, curly quotes and
 * dashes folded). */
uint64_t ng__ner_lhash(const char *s, size_t n);
/* Combines phrase hashes: h of an empty phrase is 0. */
uint64_t ng__ner_phrase_step(uint64_t h, uint64_t tok);

/* ---- sets (ner_feat.c) ---- */
int ng__ner_set_init(ng_ner_set *s, uint32_t n);   /* heap; room for n keys */
void ng__ner_set_free(ng_ner_set *s);
/* Adds or ORs val into key's value; returns 0 or NG_ENOMEM (grows). */
int ng__ner_set_or(ng_ner_set *s, uint64_t key, uint32_t val);
int ng__ner_set_put(ng_ner_set *s, uint64_t key, uint32_t val);
uint32_t ng__ner_set_get(const ng_ner_set *s, uint64_t key);

/* ---- model files (ner_model.c) ---- */

/* Parses a model image of len bytes (copied into the model's own memory as
 * needed).  check_sum 0 skips the checksum (the fuzz target uses it to reach
 * the structural checks).  Returns 0 and *out, or NG_EMODEL (err says what
 * and at which offset) or NG_ENOMEM. */
int ng__ner_model_parse(const unsigned char *buf, size_t len, int check_sum, ng_ner_model **out,
                        ng_error *err);
int ng__ner_model_read(const char *path, ng_ner_model **out, ng_error *err);
void ng__ner_model_free(ng_ner_model *m);

/* A model being written: the trainer fills this and calls ng__ner_model_write. */
typedef struct ng_ner_wmodel {
    uint32_t flags;
    uint32_t nfeat;
    const uint64_t *keys;       /* nfeat keys, any order, no duplicates, no 0 */
    const float *w;             /* nfeat * NT */
    const float *trans;         /* NT * NT */
    const float *start;         /* NT */
    const ng_ner_set *gaz;      /* may be NULL */
    uint32_t ngaz_lists;
    const char *const *gaz_names;
    const ng_ner_set *cls;      /* may be NULL */
    const ng_ner_set *tgaz;     /* may be NULL */
    const ng_ner_str *vocab;    /* nvocab words (at most 255 bytes each) */
    uint32_t nvocab;
} ng_ner_wmodel;
/* Quantises and writes a model file; features whose weights all quantise to
 * zero are dropped.  Returns 0, NG_EIO or NG_ENOMEM. */
int ng__ner_model_write(const ng_ner_wmodel *wm, const char *path, ng_error *err);

/* ---- gazetteer sources (ner_gaz.c) ---- */

/* Builds the gazetteer phrase set from dir (GeoNames, ISO 3166 and outlet
 * files under it; missing files are skipped).  names receives the list
 * names.  Returns 0, NG_ENOMEM or NG_EIO. */
int ng__ner_gaz_build(const char *dir, ng_ner_set *gaz, uint32_t *nlists, const char **names, ng_error *err);

#endif
