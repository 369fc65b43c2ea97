/*
 * ner_cluster.c -- word classes for the tagger, learnt from unlabeled news
 * text at training time (a cheaper stand-in for Brown clusters).
 *
 * Every word (lower-cased, digits folded) seen at least 3 times, up to the
 * 50,000 most frequent, is described by its immediate left and right
 * neighbours among the 3,000 most frequent words, weighted by positive PMI
 * and randomly projected to 160 dimensions.  Hierarchical spherical k-means
 * splits the words into 64 classes, each of those into 8, each of those into
 * 4: a leaf id (c1 * 8 + c2) * 4 + c3 whose prefixes are the coarser
 * classes, like Brown cluster bit-string prefixes.  Each word also gets a
 * capitalisation bin: how often it is capitalised inside a sentence (a
 * strong hint that it is a name, useful when it opens a sentence).  Deterministic (fixed
 * seeds).  Text goes through our own normaliser and tokeniser, so the words
 * are those the tagger sees at run time.
 */
#define _POSIX_C_SOURCE 200809L
#include "ner_model.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#define MIN_COUNT 3
#define MAX_WORDS 50000
#define NCTX 3000
#define DIM 160
#define BOUNDARY UINT32_MAX

typedef struct stream {
    ng_ner_set ids;      /* lw hash -> id + 1 */
    uint64_t *hash;      /* id -> lw hash */
    uint32_t *count;
    uint32_t *noninit, *capped; /* occurrences not sentence-initial, and of those capitalised */
    uint32_t *soff;      /* id -> offset of its first spelling in sbuf (length-prefixed) */
    char *sbuf;
    size_t slen, scap;
    size_t nw, capw;
    uint32_t *tok;       /* word ids, BOUNDARY between sentences */
    size_t n, cap;
    size_t files;
} stream;

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
    return ng__grow(p, cap, need, elem, 4096);
}

static int push_word(stream *st, const char *s, size_t len)
{
    uint64_t h = ng__ner_lw_hash(s, len);
    uint32_t id = ng__ner_set_get(&st->ids, h);
    if (!id) {
        if (grow((void **)&st->hash, &st->capw, st->nw + 1, sizeof *st->hash))
            return NG_ENOMEM;
        size_t c2 = st->capw;
        uint32_t *nc = ng__realloc(st->count, c2 * sizeof *nc);
        if (nc)
            st->count = nc;
        uint32_t *nn = nc ? ng__realloc(st->noninit, c2 * sizeof *nn) : NULL;
        if (nn)
            st->noninit = nn;
        uint32_t *np = nn ? ng__realloc(st->capped, c2 * sizeof *np) : NULL;
        if (np)
            st->capped = np;
        uint32_t *so = np ? ng__realloc(st->soff, c2 * sizeof *so) : NULL;
        if (!so)
            return NG_ENOMEM;
        st->soff = so;
        size_t l = len > 255 ? 255 : len;
        if (st->slen + l + 1 > UINT32_MAX || grow((void **)&st->sbuf, &st->scap, st->slen + l + 1, 1))
            return NG_ENOMEM;
        st->soff[st->nw] = (uint32_t)st->slen;
        st->sbuf[st->slen] = (char)(unsigned char)l;
        memcpy(st->sbuf + st->slen + 1, s, l);
        st->slen += l + 1;
        st->hash[st->nw] = h;
        st->count[st->nw] = st->noninit[st->nw] = st->capped[st->nw] = 0;
        if (ng__ner_set_put(&st->ids, h, (uint32_t)++st->nw))
            return NG_ENOMEM;
        id = (uint32_t)st->nw;
    }
    st->count[id - 1]++;
    if (st->n && st->tok[st->n - 1] != BOUNDARY && len && ((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z'))) {
        st->noninit[id - 1]++;
        st->capped[id - 1] += s[0] >= 'A' && s[0] <= 'Z';
    }
    if (grow((void **)&st->tok, &st->cap, st->n + 1, sizeof *st->tok))
        return NG_ENOMEM;
    st->tok[st->n++] = id - 1;
    return 0;
}

static int push_boundary(stream *st)
{
    if (st->n && st->tok[st->n - 1] == BOUNDARY)
        return 0;
    if (grow((void **)&st->tok, &st->cap, st->n + 1, sizeof *st->tok))
        return NG_ENOMEM;
    st->tok[st->n++] = BOUNDARY;
    return 0;
}

static int read_text_file(stream *st, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int rc = 0;
    for (;;) {
        if (grow((void **)&buf, &cap, len + 65536, 1)) {
            rc = NG_ENOMEM;
            break;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (!got)
            break;
    }
    fclose(f);
    if (rc || len == 0) {
        ng__free(buf);
        return rc;
    }
    ng_doc *d;
    if (ng_doc_new(&d) || ng_doc_set_text(d, buf, len)) {
        ng__free(buf);
        return NG_ENOMEM;
    }
    ng__free(buf);
    rc = ng__text_normalize(d);
    if (!rc && d->len)
        rc = ng__tokenize(d);
    if (!rc && d->len)
        rc = ng__sentences(d);
    if (rc == 0) {
        st->files++;
        uint32_t sent = UINT32_MAX;
        for (size_t i = 0; i < d->tokens.n && !rc; i++) {
            const ng_token *t = &d->tokens.v[i];
            if (t->sent != sent && (rc = push_boundary(st)))
                break;
            sent = t->sent;
            rc = push_word(st, d->text + t->start, t->end - t->start);
        }
        if (!rc)
            rc = push_boundary(st);
    } else if (rc != NG_ENOMEM)
        rc = 0; /* empty or binary: skipped */
    ng_doc_free(d);
    return rc;
}

static int cmp_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int walk(stream *st, const char *path, int depth)
{
    struct stat sb;
    if (depth > 16 || stat(path, &sb) != 0)
        return 0;
    if (!S_ISDIR(sb.st_mode))
        return read_text_file(st, path);
    DIR *dir = opendir(path);
    if (!dir)
        return 0;
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *de;
    while ((de = readdir(dir)) != NULL && !rc) {
        if (de->d_name[0] == '.')
            continue;
        size_t l = strlen(path) + strlen(de->d_name) + 2;
        char *p = ng__malloc(l);
        if (!p || grow((void **)&names, &cap, n + 1, sizeof *names)) {
            ng__free(p);
            rc = NG_ENOMEM;
            break;
        }
        snprintf(p, l, "%s/%s", path, de->d_name);
        names[n++] = p;
    }
    closedir(dir);
    if (n)
        qsort(names, n, sizeof *names, cmp_name);
    for (size_t i = 0; i < n; i++) {
        if (!rc)
            rc = walk(st, names[i], depth + 1);
        ng__free(names[i]);
    }
    ng__free(names);
    return rc;
}

static uint64_t rng_next(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    return *s = x;
}

static void normalise(float *v)
{
    double s = 0;
    for (int d = 0; d < DIM; d++)
        s += (double)v[d] * v[d];
    float inv = s > 0 ? (float)(1.0 / sqrt(s)) : 0;
    for (int d = 0; d < DIM; d++)
        v[d] *= inv;
}

/* Spherical k-means of the members idx[0..n) of vec into k clusters;
 * writes each member's cluster into out[0..n).  cent is scratch k * DIM. */
static void kmeans(const float *vec, const uint32_t *idx, size_t n, int k, int iters, uint64_t *rng, float *cent,
                   uint32_t *out)
{
    if ((size_t)k >= n) {
        for (size_t i = 0; i < n; i++)
            out[i] = (uint32_t)i;
        return;
    }
    for (int c = 0; c < k; c++) /* random members as seeds */
        memcpy(cent + c * DIM, vec + (size_t)idx[rng_next(rng) % n] * DIM, DIM * sizeof *cent);
    for (int it = 0; it < iters; it++) {
        for (size_t i = 0; i < n; i++) {
            const float *v = vec + (size_t)idx[i] * DIM;
            float best = -2;
            int arg = 0;
            for (int c = 0; c < k; c++) {
                const float *ce = cent + c * DIM;
                float s = 0;
                for (int d = 0; d < DIM; d++)
                    s += v[d] * ce[d];
                if (s > best)
                    best = s, arg = c;
            }
            out[i] = (uint32_t)arg;
        }
        memset(cent, 0, (size_t)k * DIM * sizeof *cent);
        int *size = ng__calloc((size_t)k, sizeof *size);
        if (!size)
            return; /* keep the assignment we have */
        for (size_t i = 0; i < n; i++) {
            const float *v = vec + (size_t)idx[i] * DIM;
            float *ce = cent + out[i] * DIM;
            for (int d = 0; d < DIM; d++)
                ce[d] += v[d];
            size[out[i]]++;
        }
        for (int c = 0; c < k; c++) {
            if (!size[c]) /* reseed an empty cluster */
                memcpy(cent + c * DIM, vec + (size_t)idx[rng_next(rng) % n] * DIM, DIM * sizeof *cent);
            normalise(cent + c * DIM);
        }
        ng__free(size);
    }
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

typedef struct byfreq {
    uint32_t id, count;
} byfreq;

static int cmp_freq(const void *a, const void *b)
{
    const byfreq *x = a, *y = b;
    return x->count != y->count ? (x->count > y->count ? -1 : 1) : (x->id < y->id ? -1 : 1);
}

int ng__ner_clusters_build(const char *dir, const ng_ner_str *extra, size_t nextra, ng_ner_set *cls,
                           char **words, uint32_t *nwords, uint32_t max_words, ng_error *err)
{
    *words = NULL;
    *nwords = 0;
    stream st;
    memset(&st, 0, sizeof st);
    memset(cls, 0, sizeof *cls);
    int rc = 0;
    byfreq *bf = NULL;
    int32_t *wid = NULL, *cid = NULL;
    uint64_t *pairs = NULL;
    float *vec = NULL, *proj = NULL, *cent = NULL;
    double *rowsum = NULL, *colsum = NULL;
    uint32_t *idx = NULL, *asg = NULL, *leaf = NULL, *idx2 = NULL, *asg2 = NULL;
    size_t npairs = 0, cappairs = 0;

    if ((rc = walk(&st, dir, 0)))
        goto done;
    if (st.files == 0) {
        ng__error_set(err, NG_EIO, UINT64_MAX, 0, "%s: no readable text files for word clusters", dir);
        rc = NG_EIO;
        goto done;
    }
    for (size_t i = 0; i < nextra && !rc; i++)
        rc = extra[i].len ? push_word(&st, extra[i].s, extra[i].len) : push_boundary(&st);
    if (rc)
        goto done;

    /* word and context vocabularies by frequency */
    bf = ng__malloc((st.nw + 1) * sizeof *bf);
    wid = ng__malloc((st.nw + 1) * sizeof *wid);
    cid = ng__malloc((st.nw + 1) * sizeof *cid);
    if (!bf || !wid || !cid)
        goto oom;
    for (size_t i = 0; i < st.nw; i++)
        bf[i] = (byfreq){(uint32_t)i, st.count[i]}, wid[i] = cid[i] = -1;
    qsort(bf, st.nw, sizeof *bf, cmp_freq);
    size_t nv = 0, nc = 0;
    for (size_t i = 0; i < st.nw && i < MAX_WORDS && bf[i].count >= MIN_COUNT; i++)
        wid[bf[i].id] = (int32_t)nv++;
    for (size_t i = 0; i < st.nw && i < NCTX; i++)
        cid[bf[i].id] = (int32_t)nc++;
    if (nv < 64) {
        ng__error_set(err, NG_EIO, UINT64_MAX, 0, "%s: too little text for word clusters (%zu words)", dir, nv);
        rc = NG_EIO;
        goto done;
    }

    /* (word, context) pairs: left neighbours are contexts 0..nc-1, right nc..2nc-1 */
    for (size_t i = 0; i < st.n; i++) {
        uint32_t w = st.tok[i];
        if (w == BOUNDARY || wid[w] < 0)
            continue;
        uint32_t l = i > 0 ? st.tok[i - 1] : BOUNDARY, r = i + 1 < st.n ? st.tok[i + 1] : BOUNDARY;
        if (grow((void **)&pairs, &cappairs, npairs + 2, sizeof *pairs))
            goto oom;
        if (l != BOUNDARY && cid[l] >= 0)
            pairs[npairs++] = (uint64_t)wid[w] * (2 * nc) + (uint64_t)cid[l];
        if (r != BOUNDARY && cid[r] >= 0)
            pairs[npairs++] = (uint64_t)wid[w] * (2 * nc) + nc + (uint64_t)cid[r];
    }
    ng__free(st.tok);
    st.tok = NULL;
    qsort(pairs, npairs, sizeof *pairs, cmp_u64);

    rowsum = ng__calloc(nv, sizeof *rowsum);
    colsum = ng__calloc(2 * nc, sizeof *colsum);
    proj = ng__malloc(2 * nc * DIM * sizeof *proj);
    vec = ng__calloc(nv * DIM, sizeof *vec);
    if (!rowsum || !colsum || !proj || !vec)
        goto oom;
    for (size_t i = 0; i < npairs; i++) {
        rowsum[pairs[i] / (2 * nc)] += 1;
        colsum[pairs[i] % (2 * nc)] += 1;
    }
    uint64_t rng = 0x9E3779B97F4A7C15ULL;
    for (size_t i = 0; i < 2 * nc * DIM; i++) /* roughly Gaussian: sum of uniforms */
        proj[i] = (float)(((rng_next(&rng) >> 11) * 0x1.0p-53) + ((rng_next(&rng) >> 11) * 0x1.0p-53) +
                          ((rng_next(&rng) >> 11) * 0x1.0p-53) - 1.5);
    double total = (double)npairs;
    for (size_t i = 0; i < npairs;) {
        size_t j = i;
        while (j < npairs && pairs[j] == pairs[i])
            j++;
        size_t w = pairs[i] / (2 * nc), c = pairs[i] % (2 * nc);
        double pmi = log((double)(j - i) * total / (rowsum[w] * pow(colsum[c], 0.75) * pow(total, 0.25)));
        if (pmi > 0) {
            float *v = vec + w * DIM;
            const float *p = proj + c * DIM;
            for (int d = 0; d < DIM; d++)
                v[d] += (float)pmi * p[d];
        }
        i = j;
    }
    for (size_t w = 0; w < nv; w++)
        normalise(vec + w * DIM);

    /* hierarchical k-means: 64, then 8 within each, then 4 within each */
    idx = ng__malloc(nv * sizeof *idx);
    asg = ng__malloc(nv * sizeof *asg);
    leaf = ng__calloc(nv, sizeof *leaf);
    idx2 = ng__malloc(nv * sizeof *idx2);
    asg2 = ng__malloc(nv * sizeof *asg2);
    cent = ng__malloc(64 * DIM * sizeof *cent);
    if (!idx || !asg || !leaf || !idx2 || !asg2 || !cent)
        goto oom;
    for (size_t i = 0; i < nv; i++)
        idx[i] = (uint32_t)i; /* frequency order */
    kmeans(vec, idx, nv, 64, 15, &rng, cent, asg);
    for (size_t i = 0; i < nv; i++)
        leaf[i] = asg[i];
    static const int ks[2] = {8, 4};
    for (int lev = 0; lev < 2; lev++) {
        uint32_t nparent = lev == 0 ? 64 : 64 * 8;
        /* members of each parent, in frequency order */
        for (uint32_t p = 0; p < nparent; p++) {
            size_t m = 0;
            for (size_t i = 0; i < nv; i++)
                if (leaf[i] == p)
                    idx2[m++] = (uint32_t)i;
            if (!m)
                continue;
            kmeans(vec, idx2, m, ks[lev], 8, &rng, cent, asg2);
            for (size_t i = 0; i < m; i++)
                asg[idx2[i]] = p * (uint32_t)ks[lev] + asg2[i];
        }
        for (size_t i = 0; i < nv; i++)
            leaf[i] = asg[i];
    }
    for (size_t i = 0; i < st.nw; i++) {
        /* how often the word is capitalised inside a sentence: 5 bins */
        uint32_t capbin = 0;
        if (st.noninit[i] >= 3) {
            double r = (double)st.capped[i] / st.noninit[i];
            capbin = r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
        }
        uint32_t v = (wid[i] >= 0 ? leaf[wid[i]] + 1 : 0) | capbin << 16;
        if (v && ng__ner_set_put(cls, st.hash[i], v))
            goto oom;
    }
    /* the most frequent spellings (first seen), length-prefixed */
    {
        size_t wtotal = 0, n = 0;
        for (size_t i = 0; i < st.nw && n < max_words; i++, n++)
            wtotal += 1 + (unsigned char)st.sbuf[st.soff[bf[i].id]];
        char *w = ng__malloc(wtotal + 1);
        if (!w)
            goto oom;
        size_t o = 0;
        for (size_t i = 0; i < n; i++) {
            const char *p = st.sbuf + st.soff[bf[i].id];
            memcpy(w + o, p, 1 + (unsigned char)p[0]);
            o += 1 + (unsigned char)p[0];
        }
        *words = w;
        *nwords = (uint32_t)n;
    }
    goto done;
oom:
    rc = NG_ENOMEM;
    ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory building word clusters");
done:
    ng__ner_set_free(&st.ids);
    ng__free(st.hash);
    ng__free(st.count);
    ng__free(st.noninit);
    ng__free(st.capped);
    ng__free(st.soff);
    ng__free(st.sbuf);
    ng__free(st.tok);
    ng__free(bf);
    ng__free(wid);
    ng__free(cid);
    ng__free(pairs);
    ng__free(vec);
    ng__free(proj);
    ng__free(cent);
    ng__free(rowsum);
    ng__free(colsum);
    ng__free(idx);
    ng__free(asg);
    ng__free(leaf);
    ng__free(idx2);
    ng__free(asg2);
    if (rc)
        ng__ner_set_free(cls);
    return rc;
}
