/*
 * ner_train.c -- training and evaluating the tagger on CoNLL-format files
 * (the public ng_ner_train / ng_ner_eval).
 *
 * Training is an averaged structured perceptron (Collins 2002) over BILOU
 * tags, decoded with constrained Viterbi, documents shuffled each epoch;
 * optionally with feature dropout (a hashed share of the feature occurrences
 * is left out of each update, so the model cannot lean on one feature).
 * The non-local history features are computed from the model's own
 * predictions on the earlier sentences of the document, in training as at
 * run time.  After each epoch the averaged weights are scored on the dev
 * file; the best epoch is quantised and written (ner_model.c).  Evaluation
 * runs the run-time path (the quantised model, ng__ner_tag_sentence) and
 * scores with the conlleval definition (exact span and type).
 */
#include "ner_model.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { NT = NG_NER_NT };

const char *ng_ner_type_name(int i)
{
    static const char *const names[] = {"PER", "ORG", "LOC", "MISC"};
    return i >= 0 && i < 4 ? names[i] : NULL;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* ---- CoNLL files ---- */

typedef struct corpus {
    char *buf;
    ng_ner_str *tok;
    uint8_t *gold;
    size_t ntok, captok;
    size_t *sent; /* first token of sentence k; sent[nsent] = ntok */
    size_t nsent, capsent;
    size_t *doc;  /* first sentence of document k; doc[ndoc] = nsent */
    size_t ndoc, capdoc;
    size_t maxlen;
} corpus;

static void corpus_free(corpus *c)
{
    ng__free(c->buf);
    ng__free(c->tok);
    ng__free(c->gold);
    ng__free(c->sent);
    ng__free(c->doc);
    memset(c, 0, sizeof *c);
}

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
    return ng__grow(p, cap, need, elem, 1024);
}

/* Raw IOB/BILOU tag of a CoNLL tag string: pos letter and type (1..4), or
 * type 0 for O.  Returns -1 for an unknown tag. */
static int parse_tag(const char *s, size_t n, char *pos, int *type)
{
    if (n == 1 && s[0] == 'O') {
        *pos = 'O', *type = 0;
        return 0;
    }
    if (n < 3 || s[1] != '-' || !strchr("BIELSU", s[0]))
        return -1;
    *pos = s[0];
    const char *t = s + 2;
    size_t tl = n - 2;
    for (int i = 0; i < 4; i++)
        if (strlen(ng_ner_type_name(i)) == tl && memcmp(t, ng_ner_type_name(i), tl) == 0) {
            *type = i + 1;
            return 0;
        }
    return -1;
}

/* Converts raw tags of one sentence to BILOU, with conlleval's chunk rules
 * (so IOB1, IOB2, IOBES and BILOU all read the same). */
static void to_bilou(const char *pos, const int *type, size_t n, uint8_t *out)
{
    for (size_t i = 0; i < n; i++) {
        if (!type[i]) {
            out[i] = 0;
            continue;
        }
        int start = i == 0 || !type[i - 1] || type[i - 1] != type[i] || pos[i] == 'B' || pos[i] == 'S' ||
                    pos[i] == 'U' || pos[i - 1] == 'E' || pos[i - 1] == 'L' || pos[i - 1] == 'S' ||
                    pos[i - 1] == 'U';
        int end = pos[i] == 'E' || pos[i] == 'L' || pos[i] == 'S' || pos[i] == 'U' || i + 1 == n ||
                  !type[i + 1] || type[i + 1] != type[i] || pos[i + 1] == 'B' || pos[i + 1] == 'S' ||
                  pos[i + 1] == 'U';
        int p = start && end ? NG_NER_U : start ? NG_NER_B : end ? NG_NER_L : NG_NER_I;
        out[i] = (uint8_t)ng__ner_mktag(type[i], p);
    }
}

static int corpus_end_sentence(corpus *c, char *rpos, int *rtype, size_t *sent_first)
{
    size_t n = c->ntok - *sent_first;
    if (n == 0)
        return 0;
    to_bilou(rpos, rtype, n, c->gold + *sent_first);
    if (grow((void **)&c->sent, &c->capsent, c->nsent + 2, sizeof *c->sent))
        return NG_ENOMEM;
    c->sent[c->nsent++] = *sent_first;
    if (n > c->maxlen)
        c->maxlen = n;
    *sent_first = c->ntok;
    return 0;
}

static int corpus_read(const char *path, corpus *c, ng_error *err)
{
    memset(c, 0, sizeof *c);
    FILE *f = fopen(path, "rb");
    if (!f) {
        ng__error_set(err, NG_EIO, UINT64_MAX, 0, "%s: %s", path, strerror(errno));
        return NG_EIO;
    }
    size_t len = 0, cap = 0;
    int rc = 0;
    for (;;) {
        if (grow((void **)&c->buf, &cap, len + 65536, 1)) {
            fclose(f);
            corpus_free(c);
            return NG_ENOMEM;
        }
        size_t got = fread(c->buf + len, 1, cap - len - 1, f);
        len += got;
        if (got == 0)
            break;
    }
    int ioerr = ferror(f);
    fclose(f);
    if (ioerr) {
        ng__error_set(err, NG_EIO, len, 0, "%s: read error", path);
        corpus_free(c);
        return NG_EIO;
    }
    c->buf[len] = 0;
    char *rpos = NULL;
    int *rtype = NULL;
    size_t rcap = 0, rtcap = 0, capgold = 0, sent_first = 0, line = 0;
    if (grow((void **)&c->doc, &c->capdoc, 2, sizeof *c->doc))
        goto oom;
    c->doc[c->ndoc++] = 0;
    for (size_t p = 0; p < len;) {
        size_t e = p;
        while (e < len && c->buf[e] != '\n')
            e++;
        size_t next = e + 1;
        line++;
        while (e > p && (c->buf[e - 1] == '\r' || c->buf[e - 1] == ' ' || c->buf[e - 1] == '\t'))
            e--;
        if (e == p || (e - p >= 10 && memcmp(c->buf + p, "-DOCSTART-", 10) == 0)) {
            if ((rc = corpus_end_sentence(c, rpos, rtype, &sent_first)))
                goto oom;
            if (e != p && c->nsent > c->doc[c->ndoc - 1]) {
                if (grow((void **)&c->doc, &c->capdoc, c->ndoc + 2, sizeof *c->doc))
                    goto oom;
                c->doc[c->ndoc++] = c->nsent;
            }
            p = next;
            continue;
        }
        size_t t1 = p;
        while (t1 < e && c->buf[t1] != ' ' && c->buf[t1] != '\t')
            t1++;
        size_t t2 = e;
        while (t2 > p && c->buf[t2 - 1] != ' ' && c->buf[t2 - 1] != '\t')
            t2--;
        char pos;
        int type;
        if (t1 >= e || parse_tag(c->buf + t2, e - t2, &pos, &type) != 0) {
            ng__error_set(err, NG_EPARSE, p, line, "%s:%zu: expected 'TOKEN ... TAG' with an IOB tag of PER, ORG, LOC or MISC",
                          path, line);
            rc = NG_EPARSE;
            goto fail;
        }
        if (grow((void **)&c->tok, &c->captok, c->ntok + 1, sizeof *c->tok) ||
            grow((void **)&c->gold, &capgold, c->ntok + 1, 1))
            goto oom;
        size_t k = c->ntok - sent_first;
        if (grow((void **)&rpos, &rcap, k + 1, 1) || grow((void **)&rtype, &rtcap, k + 1, sizeof *rtype))
            goto oom;
        rpos[k] = pos;
        rtype[k] = type;
        c->tok[c->ntok].s = c->buf + p;
        c->tok[c->ntok].len = (uint32_t)(t1 - p);
        c->ntok++;
        p = next;
    }
    if ((rc = corpus_end_sentence(c, rpos, rtype, &sent_first)))
        goto oom;
    ng__free(rpos);
    ng__free(rtype);
    if (c->nsent == 0) {
        ng__error_set(err, NG_EEMPTY, 0, 0, "%s: no sentences", path);
        corpus_free(c);
        return NG_EEMPTY;
    }
    if (c->nsent == c->doc[c->ndoc - 1] && c->ndoc > 1)
        c->ndoc--;
    c->sent[c->nsent] = c->ntok;
    c->doc[c->ndoc] = c->nsent;
    return 0;
oom:
    rc = NG_ENOMEM;
    ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory reading %s", path);
fail:
    ng__free(rpos);
    ng__free(rtype);
    corpus_free(c);
    return rc;
}

/* ---- scoring ---- */

typedef struct span3 {
    size_t tok, ntok;
    int type;
} span3;

typedef struct spanlist {
    span3 v[512];
    size_t n;
} spanlist;

static void collect(void *ud, size_t tok, size_t ntok, int type)
{
    spanlist *l = ud;
    if (l->n < NG_ARRAY_LEN(l->v))
        l->v[l->n++] = (span3){tok, ntok, type};
}

static void score_sentence(ng_ner_scores *s, const uint8_t *gold, const uint8_t *pred, size_t n)
{
    static _Thread_local spanlist g, p;
    g.n = p.n = 0;
    ng__ner_spans(gold, n, collect, &g);
    ng__ner_spans(pred, n, collect, &p);
    for (size_t i = 0; i < g.n; i++) {
        s->all.gold++;
        s->type[g.v[i].type - 1].gold++;
    }
    for (size_t i = 0, j = 0; i < p.n; i++) {
        s->all.predicted++;
        s->type[p.v[i].type - 1].predicted++;
        while (j < g.n && g.v[j].tok < p.v[i].tok)
            j++;
        if (j < g.n && g.v[j].tok == p.v[i].tok && g.v[j].ntok == p.v[i].ntok && g.v[j].type == p.v[i].type) {
            s->all.correct++;
            s->type[p.v[i].type - 1].correct++;
        }
    }
    s->tokens += n;
    s->sentences++;
}

static void prf(ng_ner_prf *x)
{
    x->precision = x->predicted ? 100.0 * (double)x->correct / (double)x->predicted : 0;
    x->recall = x->gold ? 100.0 * (double)x->correct / (double)x->gold : 0;
    x->f1 = x->precision + x->recall > 0 ? 2 * x->precision * x->recall / (x->precision + x->recall) : 0;
}

static void scores_finish(ng_ner_scores *s)
{
    prf(&s->all);
    for (int i = 0; i < 4; i++)
        prf(&s->type[i]);
}

/* ---- evaluation with a model file ---- */

int ng_ner_eval(const char *model_path, const char *conll_path, ng_ner_scores *out, ng_error *err)
{
    if (!model_path || !conll_path || !out)
        return NG_EINVAL;
    memset(out, 0, sizeof *out);
    ng_ner_model *m;
    int rc = ng__ner_model_read(model_path, &m, err);
    if (rc)
        return rc;
    corpus c;
    if ((rc = corpus_read(conll_path, &c, err))) {
        ng__ner_model_free(m);
        return rc;
    }
    ng_ner_scratch x;
    uint8_t *tags = ng__malloc(c.maxlen);
    ng_ner_hist hist = {0};
    int xok = ng__ner_scratch_init(&x, NULL, c.maxlen) == 0;
    if (!tags || !xok || ng__ner_hist_init(&hist, NULL, 1u << 13)) {
        rc = NG_ENOMEM;
        goto done;
    }
    double t0 = now();
    for (size_t d = 0; d < c.ndoc; d++) {
        ng__ner_hist_clear(&hist);
        for (size_t s = c.doc[d]; s < c.doc[d + 1]; s++)
            ng__ner_hist_scan(&hist, c.tok + c.sent[s], c.sent[s + 1] - c.sent[s]);
        for (size_t s = c.doc[d]; s < c.doc[d + 1]; s++) {
            size_t a = c.sent[s], n = c.sent[s + 1] - a;
            ng__ner_tag_sentence(m, c.tok + a, n, &hist, &x, tags);
            score_sentence(out, c.gold + a, tags, n);
        }
    }
    out->seconds = now() - t0;
    out->documents = c.ndoc;
    scores_finish(out);
done:
    if (xok)
        ng__ner_scratch_free_heap(&x);
    ng__free(tags);
    ng__ner_hist_free_heap(&hist);
    corpus_free(&c);
    ng__ner_model_free(m);
    return rc;
}

/* ---- training ---- */

typedef struct feats {
    uint32_t *id;   /* feature ids of all tokens */
    size_t *off;    /* token i: id[off[i] .. off[i+1]) */
    size_t n, cap;
} feats;

typedef struct trainer {
    ng_ner_model fm;         /* feature-extraction view: flags, gazetteer */
    ng_ner_set map;          /* key -> id + 1 */
    uint64_t *keys;          /* id -> key */
    uint32_t nfeat;
    float *w, *wa;
    double *u;
    float tr[NT * NT], st[NT], tra[NT * NT], sta[NT];
    double utr[NT * NT], ust[NT];
    uint32_t hist_id[NT], hist_type_id[5];
    double c;
    uint32_t drop;          /* feature dropout threshold (of 2^32); 0: none */
} trainer;

/* Is feature occurrence j dropped in this update (training only)?  The
 * decision is a hash of the update counter and j, so decoding and updating
 * agree. */
static int dropped(const trainer *t, size_t j)
{
    if (!t->drop)
        return 0;
    uint64_t x = (uint64_t)t->c * 0x9E3779B97F4A7C15ULL + j;
    x ^= x >> 31, x *= 0xbf58476d1ce4e5b9ULL, x ^= x >> 29;
    return (uint32_t)(x >> 32) < t->drop;
}

/* Names of the training data, by type (the "training gazetteer").  Each
 * gold mention's phrase (lower-cased tokens, like the gazetteer) gets its
 * type bit; its prefixes are marked.  Features computed on the training data
 * itself use a jackknife: the documents of fold f (document index mod
 * KFOLD) see only the names of the other folds, so the feature is as
 * reliable in training as it is on new text. */
#define KFOLD 4

static int add_phrase(ng_ner_set *s, const ng_ner_str *tok, size_t n, int type)
{
    uint64_t h = 0;
    for (size_t i = 0; i < n; i++) {
        h = ng__ner_phrase_step(h, ng__ner_lhash(tok[i].s, tok[i].len));
        if (i + 1 < n && ng__ner_set_or(s, h, NG_NER_GAZ_PREFIX))
            return NG_ENOMEM;
    }
    return ng__ner_set_or(s, h, 1u << (type - 1));
}

typedef struct tnames_ctx {
    const corpus *c;
    size_t first, doc;
    ng_ner_set *all, *fold;
    int rc;
} tnames_ctx;

static void tnames_span(void *ud, size_t tok, size_t ntok, int type)
{
    tnames_ctx *x = ud;
    if (x->rc || ntok > NG_NER_GAZ_MAXLEN)
        return;
    const ng_ner_str *t = x->c->tok + x->first + tok;
    if ((x->rc = add_phrase(x->all, t, ntok, type)))
        return;
    for (size_t f = 0; f < KFOLD; f++)
        if (f != x->doc % KFOLD && (x->rc = add_phrase(&x->fold[f], t, ntok, type)))
            return;
}

static int train_names(const corpus *c, ng_ner_set *all, ng_ner_set *fold)
{
    tnames_ctx x = {c, 0, 0, all, fold, 0};
    for (size_t d = 0; d < c->ndoc && !x.rc; d++)
        for (size_t s = c->doc[d]; s < c->doc[d + 1] && !x.rc; s++) {
            x.first = c->sent[s];
            x.doc = d;
            ng__ner_spans(c->gold + c->sent[s], c->sent[s + 1] - c->sent[s], tnames_span, &x);
        }
    return x.rc;
}

/* Static feature keys of a whole corpus, in one array with offsets.  With
 * folds, document d's training names come from folds[d % KFOLD]. */
static int corpus_keys(const ng_ner_model *fm0, const corpus *c, const ng_ner_set *folds, uint64_t **outk,
                       size_t **outoff)
{
    ng_ner_model fmv = *fm0;
    const ng_ner_model *fm = &fmv;
    size_t doc = 0;
    ng_ner_hist seen = {0};
    if (ng__ner_hist_init(&seen, NULL, 1u << 16))
        return NG_ENOMEM;
    size_t cap = c->ntok * 40 + 64, n = 0;
    uint64_t *k = ng__malloc(cap * sizeof *k);
    size_t *off = ng__malloc((c->ntok + 1) * sizeof *off);
    ng_ner_tokinfo *info = ng__malloc((c->maxlen + 1) * sizeof *info);
    if (!k || !off || !info)
        goto oom;
    for (size_t s = 0; s < c->nsent; s++) {
        size_t a = c->sent[s], len = c->sent[s + 1] - a;
        while (doc + 1 < c->ndoc && c->doc[doc + 1] <= s)
            doc++;
        if (folds)
            fmv.tgaz = &folds[doc % KFOLD];
        if (s == c->doc[doc]) { /* a new document: how its words are written */
            ng__ner_hist_clear(&seen);
            for (size_t q = c->doc[doc]; q < c->doc[doc + 1]; q++)
                ng__ner_hist_scan(&seen, c->tok + c->sent[q], c->sent[q + 1] - c->sent[q]);
        }
        ng__ner_tokinfo(fm, c->tok + a, len, info);
        if (fm->flags & NG_NER_F_SEEN)
            ng__ner_seen_fill(&seen, info, len);
        for (size_t i = 0; i < len; i++) {
            if (grow((void **)&k, &cap, n + NG_NER_MAXF, sizeof *k))
                goto oom;
            off[a + i] = n;
            n += ng__ner_feats(fm, c->tok + a, info, len, i, k + n);
        }
    }
    off[c->ntok] = n;
    ng__free(info);
    ng__ner_hist_free_heap(&seen);
    *outk = k;
    *outoff = off;
    return 0;
oom:
    ng__free(k);
    ng__free(off);
    ng__free(info);
    ng__ner_hist_free_heap(&seen);
    return NG_ENOMEM;
}

static int add_feature(trainer *t, uint64_t key, uint32_t *id)
{
    uint32_t v = ng__ner_set_get(&t->map, key);
    if (v) {
        *id = v - 1;
        return 0;
    }
    if (ng__ner_set_put(&t->map, key, t->nfeat + 1))
        return NG_ENOMEM;
    *id = t->nfeat++;
    return 0;
}

/* Maps keys to feature ids (unknown keys dropped). */
static int keys_to_feats(const trainer *t, const uint64_t *k, const size_t *off, size_t ntok, feats *f)
{
    f->id = ng__malloc((off[ntok] + 1) * sizeof *f->id);
    f->off = ng__malloc((ntok + 1) * sizeof *f->off);
    if (!f->id || !f->off)
        return NG_ENOMEM;
    size_t n = 0;
    for (size_t i = 0; i < ntok; i++) {
        f->off[i] = n;
        for (size_t j = off[i]; j < off[i + 1]; j++) {
            uint32_t v = ng__ner_set_get(&t->map, k[j]);
            if (v)
                f->id[n++] = v - 1;
        }
    }
    f->off[ntok] = n;
    return 0;
}

static void viterbi_f(const float *em, const float *tr, const float *st, size_t n, uint8_t *bp, uint8_t *out)
{
    const double NEG = -1e300;
    double cur[NT], nxt[NT];
    if (n == 0)
        return;
    for (int t = 0; t < NT; t++)
        cur[t] = ng__ner_allowed(-1, t) ? (double)st[t] + em[t] : NEG;
    for (size_t i = 1; i < n; i++) {
        for (int t = 0; t < NT; t++) {
            double best = NEG;
            int arg = 0;
            for (int a = 0; a < NT; a++) {
                if (cur[a] == NEG || !ng__ner_allowed(a, t))
                    continue;
                double v = cur[a] + tr[a * NT + t];
                if (v > best)
                    best = v, arg = a;
            }
            nxt[t] = best == NEG ? NEG : best + em[i * NT + (size_t)t];
            bp[i * NT + (size_t)t] = (uint8_t)arg;
        }
        memcpy(cur, nxt, sizeof cur);
    }
    double best = NEG;
    int arg = 0;
    for (int t = 0; t < NT; t++)
        if (cur[t] != NEG && ng__ner_allowed(t, -1) && cur[t] > best)
            best = cur[t], arg = t;
    out[n - 1] = (uint8_t)arg;
    for (size_t i = n - 1; i > 0; i--)
        out[i - 1] = bp[i * NT + out[i]];
}

/* Scratch for decoding one sentence during training. */
typedef struct scratch {
    ng_ner_tokinfo *info;
    float *em;
    uint8_t *bp, *pred;
    uint32_t (*hid)[2]; /* history feature ids of each token, UINT32_MAX: none */
} scratch;

/* Decodes sentence s of c with weights w/tr/st (history from hist). */
static void decode(const trainer *t, const corpus *c, const feats *f, size_t s, const float *w, const float *tr,
                   const float *st, ng_ner_hist *hist, scratch *x)
{
    size_t a = c->sent[s], n = c->sent[s + 1] - a;
    int use_hist = (t->fm.flags & NG_NER_F_HIST) != 0;
    if (use_hist)
        ng__ner_tokinfo(NULL, c->tok + a, n, x->info); /* w and cap only: gazetteer not needed */
    for (size_t i = 0; i < n; i++) {
        float *e = x->em + i * NT;
        for (int k = 0; k < NT; k++)
            e[k] = 0;
        int training = w == t->w;
        for (size_t j = f->off[a + i]; j < f->off[a + i + 1]; j++) {
            if (training && dropped(t, j))
                continue;
            const float *r = w + (size_t)f->id[j] * NT;
            for (int k = 0; k < NT; k++)
                e[k] += r[k];
        }
        x->hid[i][0] = x->hid[i][1] = UINT32_MAX;
        if (use_hist && x->info[i].cap) {
            int h = ng__ner_hist_get(hist, x->info[i].lh);
            if (h >= 0) {
                x->hid[i][0] = t->hist_id[h];
                x->hid[i][1] = t->hist_type_id[ng__ner_tag_type(h)];
                for (int q = 0; q < 2; q++) {
                    const float *r = w + (size_t)x->hid[i][q] * NT;
                    for (int k = 0; k < NT; k++)
                        e[k] += r[k];
                }
            }
        }
    }
    viterbi_f(x->em, tr, st, n, x->bp, x->pred);
    if (use_hist)
        ng__ner_hist_update(hist, x->info, x->pred, n);
}

static void upd(trainer *t, uint32_t id, int tag, float d)
{
    size_t i = (size_t)id * NT + (size_t)tag;
    t->w[i] += d;
    t->u[i] += t->c * d;
}

static void train_sentence(trainer *t, const corpus *c, const feats *f, size_t s, ng_ner_hist *hist, scratch *x)
{
    size_t a = c->sent[s], n = c->sent[s + 1] - a;
    decode(t, c, f, s, t->w, t->tr, t->st, hist, x);
    const uint8_t *g = c->gold + a, *p = x->pred;
    for (size_t i = 0; i < n; i++) {
        if (g[i] != p[i]) {
            for (size_t j = f->off[a + i]; j < f->off[a + i + 1]; j++) {
                if (dropped(t, j))
                    continue;
                upd(t, f->id[j], g[i], 1);
                upd(t, f->id[j], p[i], -1);
            }
            for (int q = 0; q < 2; q++)
                if (x->hid[i][q] != UINT32_MAX) {
                    upd(t, x->hid[i][q], g[i], 1);
                    upd(t, x->hid[i][q], p[i], -1);
                }
        }
        if (i == 0) {
            if (g[0] != p[0]) {
                t->st[g[0]] += 1, t->ust[g[0]] += t->c;
                t->st[p[0]] -= 1, t->ust[p[0]] -= t->c;
            }
        } else if (g[i] != p[i] || g[i - 1] != p[i - 1]) {
            t->tr[g[i - 1] * NT + g[i]] += 1, t->utr[g[i - 1] * NT + g[i]] += t->c;
            t->tr[p[i - 1] * NT + p[i]] -= 1, t->utr[p[i - 1] * NT + p[i]] -= t->c;
        }
    }
    t->c += 1;
}

static void average(trainer *t)
{
    size_t n = (size_t)t->nfeat * NT;
    for (size_t i = 0; i < n; i++)
        t->wa[i] = (float)(t->w[i] - t->u[i] / t->c);
    for (int i = 0; i < NT * NT; i++)
        t->tra[i] = (float)(t->tr[i] - t->utr[i] / t->c);
    for (int i = 0; i < NT; i++)
        t->sta[i] = (float)(t->st[i] - t->ust[i] / t->c);
}

static void evaluate(const trainer *t, const corpus *c, const feats *f, ng_ner_hist *hist, scratch *x,
                     ng_ner_scores *sc)
{
    memset(sc, 0, sizeof *sc);
    for (size_t d = 0; d < c->ndoc; d++) {
        ng__ner_hist_clear(hist);
        for (size_t s = c->doc[d]; s < c->doc[d + 1]; s++) {
            decode(t, c, f, s, t->wa, t->tra, t->sta, hist, x);
            size_t a = c->sent[s];
            score_sentence(sc, c->gold + a, x->pred, c->sent[s + 1] - a);
        }
    }
    sc->documents = c->ndoc;
    scores_finish(sc);
}

typedef struct vword {
    ng_ner_str s;
    uint32_t count;
} vword;

static int vword_cmp(const void *a, const void *b)
{
    const vword *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    if (x->s.len != y->s.len)
        return x->s.len < y->s.len ? -1 : 1;
    return memcmp(x->s.s, y->s.s, x->s.len);
}

/* The run-time vocabulary: words seen at least twice in the training data
 * (most frequent first, at most max_words), then the most frequent words of
 * the unlabeled text.  Only a speed-up: a word's scores are the same in or
 * out of the vocabulary. */
static int build_vocab(const corpus *c, uint32_t max_words, const char *uwords, uint32_t nuwords, ng_ner_str **out,
                       uint32_t *nout)
{
    ng_ner_set idx = {0};
    vword *v = NULL;
    size_t nv = 0, cap = 0;
    *out = NULL;
    *nout = 0;
    for (size_t i = 0; i < c->ntok; i++) {
        if (c->tok[i].len == 0 || c->tok[i].len > 255)
            continue;
        uint64_t h = ng__hash(c->tok[i].s, c->tok[i].len);
        uint32_t k = ng__ner_set_get(&idx, h);
        if (k) {
            v[k - 1].count++;
            continue;
        }
        if (grow((void **)&v, &cap, nv + 1, sizeof *v) || ng__ner_set_put(&idx, h, (uint32_t)nv + 1))
            goto oom;
        v[nv++] = (vword){c->tok[i], 1};
    }
    ng__ner_set_free(&idx);
    if (nv)
        qsort(v, nv, sizeof *v, vword_cmp);
    size_t n = 0;
    while (n < nv && n < max_words && v[n].count >= 2)
        n++;
    *out = ng__malloc((n + nuwords + 1) * sizeof **out);
    if (!*out)
        goto oom;
    ng_ner_set have = {0};
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        (*out)[k++] = v[i].s;
        if (ng__ner_set_put(&have, ng__hash(v[i].s.s, v[i].s.len), 1))
            goto oom2;
    }
    /* then the frequent words of the unlabeled text not yet in */
    const char *p = uwords;
    for (uint32_t i = 0; i < nuwords; i++) {
        ng_ner_str w = {p + 1, (unsigned char)p[0]};
        p += 1 + w.len;
        uint64_t h = ng__hash(w.s, w.len);
        if (!w.len || ng__ner_set_get(&have, h))
            continue;
        if (ng__ner_set_put(&have, h, 1))
            goto oom2;
        (*out)[k++] = w;
    }
    ng__ner_set_free(&have);
    *nout = (uint32_t)k;
    ng__free(v);
    return 0;
oom2:
    ng__ner_set_free(&have);
    ng__free(*out);
    *out = NULL;
oom:
    ng__ner_set_free(&idx);
    ng__free(v);
    return NG_ENOMEM;
}

int ng_ner_train(const ng_ner_train_options *o, ng_ner_scores *best, int *best_epoch, ng_error *err)
{
    if (!o || !o->train_path || !o->model_path)
        return NG_EINVAL;
    int epochs = o->epochs > 0 ? o->epochs : 12, min_count = o->min_count > 0 ? o->min_count : 2;
    corpus tr = {0}, dv = {0};
    trainer t;
    memset(&t, 0, sizeof t);
    feats ftr = {0}, fdv = {0};
    uint64_t *k = NULL;
    size_t *off = NULL;
    scratch x = {0};
    ng_ner_hist hist = {0};
    size_t *order = NULL;
    ng_ner_set counts = {0};
    const char *gaz_names[NG_NER_GAZ_LISTS] = {0};
    ng_ner_str *vocab = NULL;
    uint32_t nvocab = 0, nuwords = 0;
    char *uwords = NULL;
    ng_ner_set tg_all = {0}, tg_fold[KFOLD];
    memset(tg_fold, 0, sizeof tg_fold);
    int rc;
    if ((rc = corpus_read(o->train_path, &tr, err)))
        return rc;
    if (o->dev_path && (rc = corpus_read(o->dev_path, &dv, err)))
        goto done;
    t.fm.flags = (o->no_history ? 0 : NG_NER_F_HIST) | NG_NER_F_SEEN;
    if (o->dropout > 0 && o->dropout < 1)
        t.drop = (uint32_t)(o->dropout * 4294967296.0);
    if (o->gazetteer_dir) {
        if ((rc = ng__ner_gaz_build(o->gazetteer_dir, &t.fm.gaz, &t.fm.ngaz_lists, gaz_names, err)))
            goto done;
        if (t.fm.gaz.n)
            t.fm.flags |= NG_NER_F_GAZ;
    }

    if (o->unlabeled_dir) {
        /* word classes from the unlabeled text plus the training tokens */
        ng_ner_str *ex = ng__malloc((tr.ntok + tr.nsent + 1) * sizeof *ex);
        if (!ex) {
            rc = NG_ENOMEM;
            goto done;
        }
        size_t ne = 0;
        for (size_t s = 0; s < tr.nsent; s++) {
            for (size_t i = tr.sent[s]; i < tr.sent[s + 1]; i++)
                ex[ne++] = tr.tok[i];
            ex[ne++] = (ng_ner_str){"", 0};
        }
        rc = ng__ner_clusters_build(o->unlabeled_dir, ex, ne, &t.fm.cls, &uwords, &nuwords, 60000, err);
        ng__free(ex);
        if (rc)
            goto done;
        t.fm.flags |= NG_NER_F_CLS;
    }

    /* features of the training data: keep those seen min_count times */
    if ((rc = train_names(&tr, &tg_all, tg_fold)))
        goto done;
    t.fm.flags |= NG_NER_F_TGAZ;
    t.fm.tgaz = &tg_all;
    if ((rc = corpus_keys(&t.fm, &tr, tg_fold, &k, &off)))
        goto done;
    for (size_t i = 0; i < off[tr.ntok]; i++) {
        uint32_t v = ng__ner_set_get(&counts, k[i]);
        if (ng__ner_set_put(&counts, k[i], v + 1)) {
            rc = NG_ENOMEM;
            goto done;
        }
    }
    for (uint32_t i = 0; i <= counts.mask && counts.keys; i++) {
        uint32_t id;
        if (counts.keys[i] && counts.vals[i] >= (uint32_t)min_count && (rc = add_feature(&t, counts.keys[i], &id)))
            goto done;
    }
    ng__ner_set_free(&counts);
    for (int h = 0; h < NT; h++)
        if ((rc = add_feature(&t, ng__ner_hist_key(0, h), &t.hist_id[h])))
            goto done;
    for (int h = 0; h < 5; h++)
        if ((rc = add_feature(&t, ng__ner_hist_key(1, h), &t.hist_type_id[h])))
            goto done;
    if ((rc = keys_to_feats(&t, k, off, tr.ntok, &ftr)))
        goto done;
    ng__free(k);
    ng__free(off);
    k = NULL, off = NULL;
    if (dv.nsent) {
        if ((rc = corpus_keys(&t.fm, &dv, NULL, &k, &off)) || (rc = keys_to_feats(&t, k, off, dv.ntok, &fdv)))
            goto done;
        ng__free(k);
        ng__free(off);
        k = NULL, off = NULL;
    }
    t.keys = ng__malloc((size_t)t.nfeat * sizeof *t.keys);
    t.w = ng__calloc((size_t)t.nfeat * NT, sizeof *t.w);
    t.wa = ng__calloc((size_t)t.nfeat * NT, sizeof *t.wa);
    t.u = ng__calloc((size_t)t.nfeat * NT, sizeof *t.u);
    size_t mx = tr.maxlen > dv.maxlen ? tr.maxlen : dv.maxlen;
    x.info = ng__malloc(mx * sizeof *x.info);
    x.em = ng__malloc(mx * NT * sizeof *x.em);
    x.bp = ng__malloc(mx * NT);
    x.pred = ng__malloc(mx);
    x.hid = ng__malloc(mx * sizeof *x.hid);
    order = ng__malloc(tr.ndoc * sizeof *order);
    if (!t.keys || !t.w || !t.wa || !t.u || !x.info || !x.em || !x.bp || !x.pred || !x.hid || !order ||
        ng__ner_hist_init(&hist, NULL, 1u << 16)) {
        rc = NG_ENOMEM;
        goto done;
    }
    for (uint32_t i = 0; i <= t.map.mask; i++)
        if (t.map.keys[i])
            t.keys[t.map.vals[i] - 1] = t.map.keys[i];
    for (size_t d = 0; d < tr.ndoc; d++)
        order[d] = d;

    uint64_t rng = o->seed ? o->seed : 0x2545F4914F6CDD1DULL;
    t.c = 1;
    double best_f = -1;
    int best_e = 0;
    ng_ner_wmodel wm = {0};
    wm.flags = t.fm.flags;
    wm.gaz = &t.fm.gaz;
    wm.ngaz_lists = t.fm.ngaz_lists;
    wm.gaz_names = gaz_names;
    wm.cls = &t.fm.cls;
    wm.tgaz = &tg_all;
    if ((rc = build_vocab(&tr, 50000, uwords, nuwords, &vocab, &nvocab)))
        goto done;
    wm.vocab = vocab;
    wm.nvocab = nvocab;
    for (int e = 1; e <= epochs; e++) {
        double t0 = now();
        for (size_t d = tr.ndoc; d > 1; d--) {
            rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
            size_t j = (size_t)(rng % d), tmp = order[d - 1];
            order[d - 1] = order[j], order[j] = tmp;
        }
        for (size_t di = 0; di < tr.ndoc; di++) {
            size_t d = order[di];
            ng__ner_hist_clear(&hist);
            for (size_t s = tr.doc[d]; s < tr.doc[d + 1]; s++)
                train_sentence(&t, &tr, &ftr, s, &hist, &x);
        }
        average(&t);
        ng_ner_scores sc;
        int save = 1;
        if (dv.nsent) {
            evaluate(&t, &dv, &fdv, &hist, &x, &sc);
            save = sc.all.f1 > best_f;
        } else
            save = e == epochs;
        if (save) {
            wm.nfeat = t.nfeat;
            wm.keys = t.keys;
            wm.w = t.wa;
            wm.trans = t.tra;
            wm.start = t.sta;
            if ((rc = ng__ner_model_write(&wm, o->model_path, err)))
                goto done;
            if (dv.nsent) {
                best_f = sc.all.f1;
                if (best)
                    *best = sc;
            }
            best_e = e;
        }
        if (o->on_epoch)
            o->on_epoch(o->ud, e, now() - t0, dv.nsent ? &sc : NULL, save);
    }
    if (best_epoch)
        *best_epoch = best_e;
done:
    if (rc == NG_ENOMEM && err && !err->code)
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory while training");
    ng__ner_set_free(&counts);
    ng__free(k);
    ng__free(off);
    ng__free(ftr.id);
    ng__free(ftr.off);
    ng__free(fdv.id);
    ng__free(fdv.off);
    ng__free(t.keys);
    ng__free(t.w);
    ng__free(t.wa);
    ng__free(t.u);
    ng__ner_set_free(&t.map);
    ng__ner_set_free(&t.fm.gaz);
    ng__ner_set_free(&t.fm.cls);
    ng__free(x.info);
    ng__free(x.em);
    ng__free(x.bp);
    ng__free(x.pred);
    ng__free(x.hid);
    ng__free(order);
    ng__ner_hist_free_heap(&hist);
    ng__free(vocab);
    ng__free(uwords);
    ng__ner_set_free(&tg_all);
    for (int f = 0; f < KFOLD; f++)
        ng__ner_set_free(&tg_fold[f]);
    for (int i = 0; i < NG_NER_GAZ_LISTS; i++)
        ng__free((void *)gaz_names[i]);
    corpus_free(&tr);
    corpus_free(&dv);
    return rc;
}
