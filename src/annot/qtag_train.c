/*
 * qtag_train.c -- `ng_quotes_train`: trains the learned attribution tagger
 * (qtag.c) from PolNeAR-style data (text/NAME.txt and brat standoff
 * attributions/NAME_annotator.ann, Source / Cue / Content spans in code
 * points of the raw text; the first annotation file of an article in name
 * order is used, as `newsgraph eval quotes` does).
 *
 * Each article goes through the whole pipeline (entities and the rule
 * annotator, without any tagger model) so the features see what the tagger
 * will see at run time; gold spans are mapped from raw code points to
 * normalised bytes and projected onto tokens as BIO tags.  Pass one counts
 * how often each word is a gold cue (the learned cue words: used at least
 * twice as a cue and in at least 20 % of their occurrences); pass two
 * extracts the features of the windows the tagger will look at
 * (ng__qt_window: a learned cue word and no rule item).  Training
 * is the averaged structured perceptron (Collins 2002) with the same
 * Viterbi as run time; after each epoch the averaged model is scored on the
 * held-out split (micro F1 of source, cue and content token spans) and the
 * best epoch is kept, quantised to int16 and written (doc/MODEL.md).
 */
#define _POSIX_C_SOURCE 200809L
#include "qtag.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* A learned cue word was a gold cue at least twice and in at least this
 * share (%) of its occurrences: 10 % gave the same held-out scores for half
 * as much tagging again on Reuters, 30 % lost recall. */
#define QT_CUE_PCT 20u

/* ---- a growable heap array ---- */
#define GROW(arr, n, cap, need)                                                                 \
    (((need) <= (cap)) ? 0 : ng__grow((void **)&(arr), &(cap), (need), sizeof *(arr), 1024))

/* ---- a hash map u64 -> u32 (open addressing, heap) ---- */
typedef struct hmap {
    uint64_t *k;
    uint32_t *v;
    size_t cap, n;
} hmap;

static int map_init(hmap *m, size_t cap)
{
    m->cap = cap, m->n = 0;
    m->k = ng__calloc(cap, sizeof *m->k);
    m->v = ng__calloc(cap, sizeof *m->v);
    return m->k && m->v ? 0 : NG_ENOMEM;
}

static void map_free(hmap *m)
{
    ng__free(m->k);
    ng__free(m->v);
}

/* The value slot of key (inserted with value v0 when absent and ins), or
 * NULL (absent, or out of memory when ins: *oom set). */
static uint32_t *map_get(hmap *m, uint64_t key, int ins, uint32_t v0, int *oom)
{
    if (ins && (m->n + 1) * 10 > m->cap * 7) {
        hmap nm;
        if (map_init(&nm, m->cap * 2)) {
            map_free(&nm);
            *oom = 1;
            return NULL;
        }
        for (size_t i = 0; i < m->cap; i++)
            if (m->k[i]) {
                size_t p = (size_t)m->k[i] & (nm.cap - 1);
                while (nm.k[p])
                    p = (p + 1) & (nm.cap - 1);
                nm.k[p] = m->k[i], nm.v[p] = m->v[i];
            }
        nm.n = m->n;
        map_free(m);
        *m = nm;
    }
    size_t p = (size_t)key & (m->cap - 1);
    while (m->k[p]) {
        if (m->k[p] == key)
            return &m->v[p];
        p = (p + 1) & (m->cap - 1);
    }
    if (!ins)
        return NULL;
    m->k[p] = key, m->v[p] = v0;
    m->n++;
    return &m->v[p];
}

/* ---- reading the data ---- */

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The articles of dir (first annotation file of each): names[i] is the .ann
 * file name; NAME is the part before the last '_'. */
int ng__qt_list_articles(const char *dir, char ***out, size_t *nout, ng_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/attributions", dir);
    DIR *dh = opendir(path);
    if (!dh) {
        ng__error_set(err, NG_EIO, UINT64_MAX, 0, "cannot open %s", path);
        return NG_EIO;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(dh))) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".ann"))
            continue;
        if (GROW(names, n, cap, n + 1) || !(names[n] = ng__strndup(de->d_name, l))) {
            rc = NG_ENOMEM;
            break;
        }
        n++;
    }
    closedir(dh);
    if (n > 1)
        qsort(names, n, sizeof *names, cmp_str);
    /* keep the first annotation of each article */
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        const char *us = strrchr(names[i], '_');
        size_t al = us ? (size_t)(us - names[i]) : strlen(names[i]);
        if (m) {
            const char *pu = strrchr(names[m - 1], '_');
            size_t pl = pu ? (size_t)(pu - names[m - 1]) : strlen(names[m - 1]);
            if (pl == al && !strncmp(names[m - 1], names[i], al)) {
                ng__free(names[i]);
                continue;
            }
        }
        names[m++] = names[i];
    }
    *out = names, *nout = m;
    if (rc)
        ng__error_set(err, rc, UINT64_MAX, 0, "out of memory listing %s", path);
    return rc;
}

static int cp_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

/* map[i]: normalised byte offset of raw byte i (map[rn] = its length), by a
 * greedy alignment (as cli/eval_quotes.c does). */
void ng__qt_align(const char *raw, size_t rn, const char *nt, size_t nn, long *map)
{
    size_t i = 0, j = 0;
    while (i < rn) {
        unsigned char c = (unsigned char)raw[i];
        if (j < nn && raw[i] == nt[j]) {
            map[i++] = (long)j++;
            continue;
        }
        int drop = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c < 0x20 ||
                   (c == 0xE2 && i + 2 < rn && (unsigned char)raw[i + 1] == 0x80 &&
                    ((unsigned char)raw[i + 2] == 0x8B || (unsigned char)raw[i + 2] == 0x8C ||
                     (unsigned char)raw[i + 2] == 0x8D)) ||
                   (c == 0xEF && i + 2 < rn && (unsigned char)raw[i + 1] == 0xBB) ||
                   (c == 0xC2 && i + 1 < rn && (unsigned char)raw[i + 1] == 0xAD);
        if (drop && !(j < nn && nt[j] == ' ' && c == 0xC2)) {
            int l = cp_len(c);
            for (int k = 0; k < l && i < rn; k++)
                map[i++] = (long)j;
            continue;
        }
        int l = cp_len(c), m = j < nn ? cp_len((unsigned char)nt[j]) : 0;
        for (int k = 0; k < l && i < rn; k++)
            map[i++] = (long)j;
        j += (size_t)m;
        if (j > nn)
            j = nn;
    }
    map[rn] = (long)j;
}

/* Labels tokens of d whose bytes overlap normalised [s, e) with BIO tag btag. */
static void label(const ng_doc *d, uint8_t *gold, long s, long e, uint8_t btag)
{
    int first = 1;
    for (size_t i = 0; i < d->tokens.n; i++) {
        const ng_token *t = &d->tokens.v[i];
        if ((long)t->end <= s || (long)t->start >= e)
            continue;
        if (gold[i] == QT_BCUE || gold[i] == QT_ICUE || (btag == QT_BCON && gold[i] != QT_O))
            continue; /* cue first, then source, then content */
        gold[i] = first ? btag : (uint8_t)(btag + 1);
        first = 0;
    }
}

/* Gold tags of the article: brat T lines (fragments "s e;s e" in code
 * points of raw) mapped through cpo (code point -> raw byte) and map. */
static void gold_tags(const ng_doc *d, const char *ann, size_t an, const long *cpo, size_t ncp, const long *map,
                      uint8_t *gold)
{
    for (int pass = 0; pass < 3; pass++) { /* content, source, cue */
        const char *p = ann, *end = ann + an;
        while (p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            const char *le = nl ? nl : end;
            const char *tab = p[0] == 'T' ? memchr(p, '\t', (size_t)(le - p)) : NULL;
            if (tab) {
                const char *q = tab + 1;
                uint8_t bt = 0;
                int want = 0;
                if (le - q > 8 && !strncmp(q, "Content ", 8))
                    bt = QT_BCON, want = 0, q += 8;
                else if (le - q > 7 && !strncmp(q, "Source ", 7))
                    bt = QT_BSRC, want = 1, q += 7;
                else if (le - q > 4 && !strncmp(q, "Cue ", 4))
                    bt = QT_BCUE, want = 2, q += 4;
                if (bt && want == pass) {
                    while (q < le) {
                        char *e1;
                        long a = strtol(q, &e1, 10);
                        if (e1 == q || e1 >= le)
                            break;
                        long b = strtol(e1, &e1, 10);
                        if (a >= 0 && b > a && (size_t)b <= ncp)
                            label(d, gold, map[cpo[a]], map[cpo[b]], bt);
                        if (e1 < le && *e1 == ';')
                            q = e1 + 1;
                        else
                            break;
                    }
                }
            }
            p = le + 1;
        }
    }
}

/* ---- the training set in memory ---- */

typedef struct tset {
    uint32_t *feat;   /* per token QT_NFEAT feature indices (UINT32_MAX: unknown) */
    uint8_t *gold;    /* per token */
    size_t ntok, captok, capfeat, capgold;
    size_t *sent;     /* window start offsets into the token arrays; sent[nsent] = ntok */
    size_t nsent, capsent;
} tset;

static void tset_free(tset *t)
{
    ng__free(t->feat);
    ng__free(t->gold);
    ng__free(t->sent);
}

typedef struct trainer {
    const ng_quotes_train_options *o;
    ng_engine *eng;
    ng_error *err;
    hmap feats;        /* feature key -> index */
    uint32_t *count;  /* per feature index: occurrences */
    uint64_t *fkey;   /* per feature index: its key */
    size_t nfeat, capcount, capfkey;
    hmap words;        /* word hash -> index into cuecnt */
    uint32_t *cuecnt, *wcnt;
    uint16_t *wfk;    /* per word: ng__qt_filter_key */
    size_t nwords, capcue, capw, capfk;
    unsigned char filter[QT_FILTER_BITS / 8];
    uint64_t *cueset; /* learned cue words (open addressing), NULL in pass one */
    uint32_t cuemask;
    uint64_t *cuelist;
    size_t ncue;
    long cover_gold, cover_in; /* gold cue tokens, those in candidate windows */
} trainer;

int ng__qt_offsets(const char *raw, size_t n, const ng_doc *d, long **cpo, long **map, size_t *ncp)
{
    *cpo = ng__malloc((n + 2) * sizeof **cpo);
    *map = ng__malloc((n + 2) * sizeof **map);
    if (!*cpo || !*map) {
        ng__free(*cpo);
        ng__free(*map);
        *cpo = *map = NULL;
        return NG_ENOMEM;
    }
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        (*cpo)[k++] = (long)i;
        i += (size_t)cp_len((unsigned char)raw[i]);
    }
    (*cpo)[k] = (long)n;
    *ncp = k;
    ng__qt_align(raw, n, d->text, d->len, *map);
    return 0;
}

int ng__qt_read_article(const char *dir, const char *annname, ng_buf *raw, ng_buf *ann, int *name_len,
                        ng_error *err)
{
    char path[4096];
    const char *us = strrchr(annname, '_');
    int al = us ? (int)(us - annname) : (int)strlen(annname);
    *name_len = al;
    ng__buf_init(raw);
    ng__buf_init(ann);
    snprintf(path, sizeof path, "%s/text/%.*s.txt", dir, al, annname);
    int rc = ng__buf_read_file(raw, path);
    if (!rc) {
        snprintf(path, sizeof path, "%s/attributions/%s", dir, annname);
        rc = ng__buf_read_file(ann, path);
    }
    if (!rc)
        return 0;
    ng__buf_free(raw);
    ng__buf_free(ann);
    if (rc == NG_ENOMEM)
        return NG_ENOMEM;
    ng__error_set(err, NG_EIO, UINT64_MAX, 0, "cannot read %s", path);
    return NG_EIO;
}

/* Runs one article; pass 1 counts cue words, pass 2 adds its windows to ts
 * (ins: new features may be added). */
static int do_article(trainer *tr, const char *dir, const char *annname, int pass, tset *ts, int ins)
{
    ng_buf raw, ann;
    int al; /* the article's name: annname's first al bytes */
    int rc = ng__qt_read_article(dir, annname, &raw, &ann, &al, tr->err);
    if (rc)
        return rc;
    ng_doc *d = NULL;
    long *cpo = NULL, *map = NULL;
    uint8_t *gold = NULL;
    rc = ng_doc_new(&d);
    if (!rc)
        rc = ng_doc_set_text(d, raw.p ? raw.p : "", raw.len);
    if (!rc)
        rc = ng_process(tr->eng, d);
    if (rc == NG_EEMPTY) {
        rc = 0;
        goto done;
    }
    if (rc)
        goto done;
    size_t nt = d->tokens.n;
    size_t ncp = 0;
    gold = ng__calloc(nt + 1, 1);
    if (!gold || ng__qt_offsets(raw.p, raw.len, d, &cpo, &map, &ncp)) {
        rc = NG_ENOMEM;
        goto done;
    }
    gold_tags(d, ann.p, ann.len, cpo, ncp, map, gold);
    int oom = 0;
    if (pass == 1) {
        for (size_t i = 0; i < nt; i++) {
            if (d->tokens.v[i].kind != NG_TOK_WORD)
                continue;
            uint64_t h = ng__qt_word_hash(d, i);
            uint32_t *v = map_get(&tr->words, h, 1, (uint32_t)tr->nwords, &oom);
            if (!v) {
                rc = NG_ENOMEM;
                goto done;
            }
            if (*v == tr->nwords) {
                if (GROW(tr->cuecnt, tr->nwords, tr->capcue, tr->nwords + 1) ||
                    GROW(tr->wcnt, tr->nwords, tr->capw, tr->nwords + 1) ||
                    GROW(tr->wfk, tr->nwords, tr->capfk, tr->nwords + 1)) {
                    rc = NG_ENOMEM;
                    goto done;
                }
                tr->cuecnt[tr->nwords] = tr->wcnt[tr->nwords] = 0;
                const ng_token *t = &d->tokens.v[i];
                tr->wfk[tr->nwords] =
                    (uint16_t)ng__qt_filter_key((const unsigned char *)d->text + t->start, t->end - t->start);
                tr->nwords++;
            }
            tr->wcnt[*v]++;
            tr->cuecnt[*v] += gold[i] == QT_BCUE || gold[i] == QT_ICUE;
        }
        goto done;
    }
    qt_doc x;
    if ((rc = ng__qt_prepare(d, tr->filter, tr->cueset, tr->cuemask, &x)) != 0)
        goto done;
    uint64_t keys[QT_NFEAT];
    if (ins && !tr->o->rule_free)
        x.nenv = 0; /* training windows: rule items or not */
    for (size_t s0 = 0; s0 < nt;) {
        size_t s1 = ng__qt_window_end(d, s0);
        int any = ng__qt_window(d, &x, s0, s1);
        for (size_t i = s0; i < s1; i++)
            if (gold[i] == QT_BCUE || gold[i] == QT_ICUE) {
                tr->cover_gold++;
                tr->cover_in += any;
            }
        if (any) {
            ng__qt_window_prep(d, &x, s0, s1);
            size_t n = s1 - s0;
            if (GROW(ts->feat, ts->ntok * QT_NFEAT, ts->capfeat, (ts->ntok + n) * QT_NFEAT) ||
                GROW(ts->gold, ts->ntok, ts->capgold, ts->ntok + n) ||
                GROW(ts->sent, ts->nsent, ts->capsent, ts->nsent + 2)) {
                rc = NG_ENOMEM;
                goto done;
            }
            ts->sent[ts->nsent++] = ts->ntok;
            for (size_t i = s0; i < s1; i++) {
                ng__qt_features(d, &x, s0, s1, i, keys);
                uint32_t *row = ts->feat + ts->ntok * QT_NFEAT;
                for (size_t f = 0; f < QT_NFEAT; f++) {
                    uint32_t *v = map_get(&tr->feats, keys[f], ins, (uint32_t)tr->nfeat, &oom);
                    if (!v && oom) {
                        rc = NG_ENOMEM;
                        goto done;
                    }
                    if (v && *v == tr->nfeat) {
                        if (GROW(tr->count, tr->nfeat, tr->capcount, tr->nfeat + 1) ||
                            GROW(tr->fkey, tr->nfeat, tr->capfkey, tr->nfeat + 1)) {
                            rc = NG_ENOMEM;
                            goto done;
                        }
                        tr->count[tr->nfeat] = 0;
                        tr->fkey[tr->nfeat] = keys[f];
                        tr->nfeat++;
                    }
                    row[f] = v ? *v : UINT32_MAX;
                    if (v && ins)
                        tr->count[*v]++;
                }
                ts->gold[ts->ntok++] = gold[i];
            }
            ts->sent[ts->nsent] = ts->ntok;
        }
        s0 = s1;
    }
done:
    ng__free(cpo);
    ng__free(map);
    ng__free(gold);
    ng_doc_free(d);
    ng__buf_free(&raw);
    ng__buf_free(&ann);
    if (rc && rc != NG_ENOMEM && rc != NG_EIO && !tr->err->code)
        ng__error_set(tr->err, rc, UINT64_MAX, 0, "%.*s: %s", al, annname, ng_strerror(rc));
    return rc;
}

/* ---- perceptron ---- */

static void scores(const tset *ts, size_t s, const float *w, const uint32_t *count, uint32_t minc, float *emit)
{
    size_t a = ts->sent[s], b = ts->sent[s + 1];
    for (size_t i = a; i < b; i++) {
        float *e = emit + (i - a) * QT_NTAGS;
        for (int t = 0; t < QT_NTAGS; t++)
            e[t] = 0;
        const uint32_t *row = ts->feat + i * QT_NFEAT;
        for (size_t f = 0; f < QT_NFEAT; f++) {
            if (row[f] == UINT32_MAX || count[row[f]] < minc)
                continue;
            const float *wf = w + (size_t)row[f] * QT_NTAGS;
            for (int t = 0; t < QT_NTAGS; t++)
                e[t] += wf[t];
        }
    }
}

/* Micro F1 of typed token spans (source, cue, content) of ts under w. */
static double heldout_f1(const tset *ts, const float *w, const float *trans, const uint32_t *count, uint32_t minc,
                         float *emit, uint8_t *back, uint8_t *pred)
{
    long tp = 0, np = 0, ng = 0;
    float dp[2 * QT_NTAGS];
    const float *tr = trans;
    for (size_t s = 0; s < ts->nsent; s++) {
        size_t a = ts->sent[s], n = ts->sent[s + 1] - a;
        scores(ts, s, w, count, minc, emit);
        ng__qt_viterbi(emit, tr, n, back, dp, pred);
        const uint8_t *g = ts->gold + a;
        /* spans: a B tag (or an I after another type) starts one */
        for (int side = 0; side < 2; side++) {
            const uint8_t *x = side ? g : pred;
            for (size_t i = 0; i < n; i++) {
                if (x[i] == QT_O || (x[i] % 2 == 0 && i && (x[i - 1] == x[i] || x[i - 1] == x[i] - 1)))
                    continue;
                size_t j = i + 1;
                uint8_t it = (uint8_t)(x[i] % 2 ? x[i] + 1 : x[i]);
                while (j < n && x[j] == it)
                    j++;
                if (side)
                    ng++;
                else {
                    np++;
                    /* the same span in gold */
                    uint8_t bt = (uint8_t)(it - 1);
                    int same = (g[i] == bt || g[i] == it) && (i == 0 || !(g[i] == it && (g[i - 1] == bt || g[i - 1] == it)));
                    for (size_t k = i + 1; same && k < j; k++)
                        same = g[k] == it;
                    if (same && j < n && g[j] == it)
                        same = 0;
                    tp += same;
                }
            }
        }
    }
    double p = np ? (double)tp / (double)np : 0, r = ng ? (double)tp / (double)ng : 0;
    return p + r > 0 ? 200 * p * r / (p + r) : 0;
}

static int cmpf(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return x < y ? -1 : x > y;
}

static int write_model(const char *path, const float *w, const float *trans, const uint64_t *fkey,
                       const uint32_t *count, uint32_t minc, size_t nfeat, size_t maxf, const unsigned char *filter,
                       const uint64_t *cues, size_t ncue, ng_error *err)
{
    float mx = 0;
    for (size_t i = 0; i < nfeat * QT_NTAGS; i++)
        if (count[i / QT_NTAGS] >= minc && fabsf(w[i]) > mx)
            mx = fabsf(w[i]);
    for (size_t i = 0; i < QT_TRANS; i++)
        if (fabsf(trans[i]) > mx)
            mx = fabsf(trans[i]);
    float scale = mx > 0 ? mx / 32767.0f : 1.0f;
    /* rows that survive quantisation, largest first when over maxf */
    float *norm = ng__malloc((nfeat + 1) * sizeof *norm);
    uint32_t *idx = ng__malloc((nfeat + 1) * sizeof *idx);
    if (!norm || !idx) {
        ng__free(norm);
        ng__free(idx);
        return NG_ENOMEM;
    }
    size_t nk = 0;
    for (size_t f = 0; f < nfeat; f++) {
        if (count[f] < minc)
            continue;
        float m = 0;
        for (int t = 0; t < QT_NTAGS; t++)
            if (fabsf(w[f * QT_NTAGS + (size_t)t]) > m)
                m = fabsf(w[f * QT_NTAGS + (size_t)t]);
        if (m / scale < 0.5f)
            continue;
        norm[f] = m;
        idx[nk++] = (uint32_t)f;
    }
    if (nk > maxf) {
        /* threshold: the maxf-th largest norm (by sorting a copy) */
        float *c = ng__malloc(nk * sizeof *c);
        if (!c) {
            ng__free(norm);
            ng__free(idx);
            return NG_ENOMEM;
        }
        for (size_t k = 0; k < nk; k++)
            c[k] = -norm[idx[k]];
        qsort(c, nk, sizeof *c, cmpf);
        float th = -c[maxf - 1];
        ng__free(c);
        size_t m2 = 0;
        for (size_t k = 0; k < nk && m2 < maxf; k++)
            if (norm[idx[k]] >= th)
                idx[m2++] = idx[k];
        nk = m2;
    }
    uint32_t lg = 4;
    while (((size_t)1 << lg) * 7 < nk * 10)
        lg++;
    size_t slots;
    qt_slot *tab = NULL;
    for (;; lg++) {
        slots = (size_t)1 << lg;
        ng__free(tab);
        tab = ng__calloc(slots, sizeof *tab);
        if (!tab) {
            ng__free(norm), ng__free(idx);
            return NG_ENOMEM;
        }
        int ok = 1;
        for (size_t k = 0; k < nk && ok; k++) {
            uint64_t key = fkey[idx[k]];
            size_t p = (size_t)key & (slots - 1), steps = 0;
            while (tab[p].key && ok) {
                p = (p + 1) & (slots - 1);
                ok = ++steps <= 255;
            }
            tab[p].key = key;
            for (int t = 0; t < QT_NTAGS; t++)
                tab[p].w[t] = (int16_t)lrintf(w[(size_t)idx[k] * QT_NTAGS + (size_t)t] / scale);
        }
        if (ok || lg >= 24)
            break;
    }
    ng__free(norm);
    ng__free(idx);
    ng_buf b;
    ng__buf_init(&b);
    unsigned char h[QT_HEADER];
    memset(h, 0, sizeof h);
    memcpy(h, QT_MAGIC, 8);
    uint32_t v32[6] = {QT_VERSION, QT_NTAGS, QT_NFEAT, lg, (uint32_t)ncue, 0};
    memcpy(&v32[5], &scale, 4);
    for (int k = 0; k < 6; k++)
        for (int j = 0; j < 4; j++)
            h[8 + 4 * k + j] = (unsigned char)(v32[k] >> (8 * j));
    ng__buf_put(&b, h, sizeof h);
    for (size_t k = 0; k < QT_TRANS; k++) {
        int16_t q = (int16_t)lrintf(trans[k] / scale);
        unsigned char c[2] = {(unsigned char)(q & 0xFF), (unsigned char)((uint16_t)q >> 8)};
        ng__buf_put(&b, c, 2);
    }
    ng__buf_put(&b, filter, QT_FILTER_BITS / 8);
    ng__buf_put(&b, cues, ncue * 8);   /* little-endian hosts (as the reader) */
    ng__buf_put(&b, tab, slots * sizeof *tab); /* little-endian hosts, 24-byte records */
    ng__free(tab);
    if (b.err) {
        ng__buf_free(&b);
        return NG_ENOMEM;
    }
    uint64_t size = b.len, sum = ng__hash(b.p + QT_HEADER, b.len - QT_HEADER);
    for (int j = 0; j < 8; j++) {
        b.p[32 + j] = (char)(size >> (8 * j));
        b.p[40 + j] = (char)(sum >> (8 * j));
    }
    FILE *f = fopen(path, "wb");
    int rc = 0;
    if (!f || fwrite(b.p, 1, b.len, f) != b.len)
        rc = NG_EIO;
    if (f && fclose(f))
        rc = NG_EIO;
    ng__buf_free(&b);
    if (rc)
        ng__error_set(err, NG_EIO, UINT64_MAX, 0, "cannot write %s", path);
    return rc;
}


static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int ng_quotes_train(const ng_quotes_train_options *o, double *best_f1, int *best_epoch, ng_error *err)
{
    ng_error dummy;
    if (!err)
        err = &dummy;
    memset(err, 0, sizeof *err);
    if (!o || !o->train_dir || !o->model_path) {
        ng__error_set(err, NG_EINVAL, UINT64_MAX, 0, "train_dir and model_path are required");
        return NG_EINVAL;
    }
    int epochs = o->epochs > 0 ? o->epochs : 30;
    uint32_t minc = o->min_count > 0 ? (uint32_t)o->min_count : 2;
    size_t maxf = o->max_features > 0 ? (size_t)o->max_features : 15000;
    trainer tr;
    memset(&tr, 0, sizeof tr);
    tr.o = o, tr.err = err;
    tset ts, hs;
    memset(&ts, 0, sizeof ts);
    memset(&hs, 0, sizeof hs);
    char **tn = NULL, **hn = NULL;
    size_t ntn = 0, nhn = 0;
    float *w = NULL, *avg = NULL, *best = NULL;
    double *u = NULL;
    float *emit = NULL;
    uint8_t *back = NULL, *pred = NULL;
    size_t *order = NULL;
    int rc = ng__qt_list_articles(o->train_dir, &tn, &ntn, err);
    if (!rc && o->heldout_dir)
        rc = ng__qt_list_articles(o->heldout_dir, &hn, &nhn, err);
    if (rc)
        goto out;
    ng_engine_options eo;
    memset(&eo, 0, sizeof eo);
    eo.data_dir = o->data_dir;
    eo.flags = NG_ENGINE_NO_QUOTES_MODEL; /* the windows are chosen by the rules alone */
    if ((rc = ng_engine_open(&eo, &tr.eng, err)) != 0)
        goto out;
    if ((rc = map_init(&tr.words, 1 << 16)) != 0 || (rc = map_init(&tr.feats, 1 << 20)) != 0)
        goto out;
    for (size_t i = 0; i < ntn; i++)
        if ((rc = do_article(&tr, o->train_dir, tn[i], 1, NULL, 0)) != 0)
            goto out;
    /* learned cue words */
    unsigned cue_pct = QT_CUE_PCT;
    for (size_t i = 0; i < tr.words.cap; i++) {
        if (!tr.words.k[i])
            continue;
        uint32_t v = tr.words.v[i];
        if (tr.cuecnt[v] >= 2 && tr.cuecnt[v] * 100 >= tr.wcnt[v] * cue_pct)
            tr.ncue++;
    }
    tr.cuelist = ng__malloc((tr.ncue + 1) * sizeof *tr.cuelist);
    size_t cslots = 16;
    while (cslots < 2 * tr.ncue + 2)
        cslots *= 2;
    tr.cueset = ng__calloc(cslots, sizeof *tr.cueset);
    if (!tr.cuelist || !tr.cueset) {
        rc = NG_ENOMEM;
        goto out;
    }
    tr.cuemask = (uint32_t)(cslots - 1);
    size_t nc = 0;
    for (size_t i = 0; i < tr.words.cap; i++) {
        if (!tr.words.k[i])
            continue;
        uint32_t v = tr.words.v[i];
        if (tr.cuecnt[v] >= 2 && tr.cuecnt[v] * 100 >= tr.wcnt[v] * cue_pct) {
            tr.cuelist[nc++] = tr.words.k[i];
            tr.filter[tr.wfk[v] >> 3] |= (unsigned char)(1u << (tr.wfk[v] & 7));
            uint32_t p = (uint32_t)tr.words.k[i] & tr.cuemask;
            while (tr.cueset[p])
                p = (p + 1) & tr.cuemask;
            tr.cueset[p] = tr.words.k[i];
        }
    }
    qsort(tr.cuelist, nc, sizeof *tr.cuelist, cmp_u64);
    for (size_t i = 0; i < ntn; i++)
        if ((rc = do_article(&tr, o->train_dir, tn[i], 2, &ts, 1)) != 0)
            goto out;
    long cg = tr.cover_gold, ci = tr.cover_in;
    for (size_t i = 0; i < nhn; i++)
        if ((rc = do_article(&tr, o->heldout_dir, hn[i], 2, &hs, 0)) != 0)
            goto out;
    if (o->on_info)
        o->on_info(o->ud, (long)tr.ncue, (long)tr.nfeat, (long)ts.ntok, (long)ts.nsent, cg ? 100.0 * (double)ci / (double)cg : 0);
    if (!ts.nsent) {
        ng__error_set(err, NG_EEMPTY, UINT64_MAX, 0, "no training windows");
        rc = NG_EEMPTY;
        goto out;
    }
    size_t nw = tr.nfeat * QT_NTAGS;
    w = ng__calloc(nw + 1, sizeof *w);
    u = ng__calloc(nw + 1, sizeof *u);
    avg = ng__calloc(nw + 1, sizeof *avg);
    best = ng__calloc(nw + 1, sizeof *best);
    emit = ng__malloc(QT_MAXSENT * QT_NTAGS * sizeof *emit);
    back = ng__malloc(QT_MAXSENT * QT_NTAGS);
    pred = ng__malloc(QT_MAXSENT);
    order = ng__malloc(ts.nsent * sizeof *order);
    if (!w || !u || !avg || !best || !emit || !back || !pred || !order) {
        rc = NG_ENOMEM;
        goto out;
    }
    float tw[QT_TRANS] = {0}, tavg[QT_TRANS], tbest[QT_TRANS] = {0};
    for (size_t s = 0; s < ts.nsent; s++)
        order[s] = s;
    uint64_t rng = o->seed ? o->seed : 0x5eed;
    double tu[QT_TRANS] = {0};
    double c = 1, bestf = -1;
    int beste = 0;
    for (int ep = 1; ep <= epochs; ep++) {
        double t0 = now();
        for (size_t s = ts.nsent; s > 1; s--) {
            rng = rng * 6364136223846793005ull + 1442695040888963407ull;
            size_t j = (size_t)(rng >> 33) % s;
            size_t t = order[s - 1];
            order[s - 1] = order[j], order[j] = t;
        }
        float dp[2 * QT_NTAGS];
        for (size_t k = 0; k < ts.nsent; k++) {
            size_t s = order[k], a = ts.sent[s], n = ts.sent[s + 1] - a;
            scores(&ts, s, w, tr.count, minc, emit);
            ng__qt_viterbi(emit, tw, n, back, dp, pred);
            const uint8_t *g = ts.gold + a;
            for (size_t i = 0; i < n; i++) {
                int gp = i ? g[i - 1] + 1 : 0, pp = i ? pred[i - 1] + 1 : 0;
                if (g[i] == pred[i] && gp == pp)
                    continue;
                tw[gp * QT_NTAGS + g[i]] += 1, tu[gp * QT_NTAGS + g[i]] += c;
                tw[pp * QT_NTAGS + pred[i]] -= 1, tu[pp * QT_NTAGS + pred[i]] -= c;
                if (g[i] == pred[i])
                    continue;
                const uint32_t *row = ts.feat + (a + i) * QT_NFEAT;
                for (size_t f = 0; f < QT_NFEAT; f++) {
                    if (row[f] == UINT32_MAX || tr.count[row[f]] < minc)
                        continue;
                    size_t base = (size_t)row[f] * QT_NTAGS;
                    w[base + g[i]] += 1, u[base + g[i]] += c;
                    w[base + pred[i]] -= 1, u[base + pred[i]] -= c;
                }
            }
            c++;
        }
        for (size_t k = 0; k < nw; k++)
            avg[k] = (float)(w[k] - u[k] / c);
        for (size_t k = 0; k < QT_TRANS; k++)
            tavg[k] = (float)(tw[k] - tu[k] / c);
        double f1 = hs.nsent ? heldout_f1(&hs, avg, tavg, tr.count, minc, emit, back, pred) : 0;
        int saved = !hs.nsent || f1 > bestf;
        if (saved) {
            bestf = f1, beste = ep;
            memcpy(best, avg, nw * sizeof *best);
            memcpy(tbest, tavg, sizeof tbest);
        }
        if (o->on_epoch)
            o->on_epoch(o->ud, ep, now() - t0, f1, saved);
    }
    rc = write_model(o->model_path, best, tbest, tr.fkey, tr.count, minc, tr.nfeat, maxf, tr.filter, tr.cuelist, nc, err);
    if (!rc) {
        if (best_f1)
            *best_f1 = bestf;
        if (best_epoch)
            *best_epoch = beste;
    }
out:
    if (rc == NG_ENOMEM && !err->code)
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory");
    for (size_t i = 0; i < ntn; i++)
        ng__free(tn[i]);
    for (size_t i = 0; i < nhn; i++)
        ng__free(hn[i]);
    ng__free(tn);
    ng__free(hn);
    ng_engine_close(tr.eng);
    map_free(&tr.words);
    map_free(&tr.feats);
    ng__free(tr.count);
    ng__free(tr.fkey);
    ng__free(tr.cuecnt);
    ng__free(tr.wfk);
    ng__free(tr.wcnt);
    ng__free(tr.cueset);
    ng__free(tr.cuelist);
    tset_free(&ts);
    tset_free(&hs);
    ng__free(w), ng__free(u), ng__free(avg), ng__free(best);
    ng__free(emit), ng__free(back), ng__free(pred), ng__free(order);
    return rc;
}
