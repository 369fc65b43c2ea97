/*
 * polnear.c -- PolNeAR gold attributions and the evaluator's matching
 * (polnear.h), for cli/eval_quotes.c and qsrc_train.c.
 */
#define _POSIX_C_SOURCE 200809L
#include "polnear.h"
#include "qtag.h"

#include <stdlib.h>

#define GROW(arr, n, cap, need)                                                                 \
    (((need) <= (cap)) ? 0 : ng__grow((void **)&(arr), &(cap), (need), sizeof *(arr), 1024))

int ng__pn_push(ng_pn_vec *v, const ng_pn_item *it)
{
    if (GROW(v->v, v->n, v->cap, v->n + 1))
        return NG_ENOMEM;
    v->v[v->n++] = *it;
    return 0;
}

void ng__pn_free(ng_pn_vec *v)
{
    ng__free(v->v);
    v->v = NULL;
    v->n = v->cap = 0;
}

/* ---- brat files: T lines (envelopes in code points), E lines tie them ---- */

typedef struct tb {
    char id[16];
    long s, e;
} tb;

/* The attributions of ann with a content, offsets in code points. */
static int parse_ann(const char *a, size_t an, ng_pn_vec *gold)
{
    tb *t = NULL;
    size_t nt = 0, ct = 0;
    int rc = 0;
    for (int pass = 0; pass < 2 && !rc; pass++) {
        const char *p = a, *end = a + an;
        while (p < end && !rc) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            const char *le = nl ? nl : end;
            const char *tab = memchr(p, '\t', (size_t)(le - p));
            if (pass == 0 && p[0] == 'T' && tab) {
                if (GROW(t, nt, ct, nt + 1)) {
                    rc = NG_ENOMEM;
                    break;
                }
                tb *x = &t[nt];
                size_t il = (size_t)(tab - p) < sizeof x->id - 1 ? (size_t)(tab - p) : sizeof x->id - 1;
                memcpy(x->id, p, il);
                x->id[il] = 0;
                const char *q = memchr(tab + 1, ' ', (size_t)(le - tab - 1));
                long s = -1, e = -1;
                /* "s e" or "s e;s e": the envelope */
                while (q && q < le && (*q == ' ' || *q == ';')) {
                    char *e1;
                    long u = strtol(q + 1, &e1, 10);
                    long v = strtol(e1, &e1, 10);
                    if (s < 0 || u < s)
                        s = u;
                    if (v > e)
                        e = v;
                    q = e1 < le && *e1 == ';' ? e1 : NULL;
                }
                x->s = s, x->e = e;
                nt++;
            } else if (pass == 1 && p[0] == 'E' && tab) {
                ng_pn_item g = {-1, -1, -1, -1, -1, -1, 0, 0, -1, 0, 0, 0, 0};
                const char *q = tab;
                while (q && q < le) {
                    q++;
                    const char *colon = memchr(q, ':', (size_t)(le - q));
                    if (!colon)
                        break;
                    const char *sp = memchr(colon, ' ', (size_t)(le - colon));
                    size_t rl = (size_t)(colon - q);
                    size_t il = (size_t)((sp ? sp : le) - colon - 1);
                    char ref[16];
                    if (il >= sizeof ref)
                        il = sizeof ref - 1;
                    memcpy(ref, colon + 1, il);
                    ref[il] = 0;
                    for (size_t k = 0; k < nt; k++) {
                        if (strcmp(t[k].id, ref))
                            continue;
                        if (rl == 7 && !strncmp(q, "Content", 7))
                            g.cs = t[k].s, g.ce = t[k].e;
                        else if (rl == 6 && !strncmp(q, "Source", 6))
                            g.ss = t[k].s, g.se = t[k].e;
                        else if (rl == 3 && !strncmp(q, "Cue", 3))
                            g.us = t[k].s, g.ue = t[k].e;
                    }
                    q = sp;
                }
                if (g.cs >= 0 && g.ce > g.cs && ng__pn_push(gold, &g)) {
                    rc = NG_ENOMEM;
                    break;
                }
            }
            p = le + 1;
        }
    }
    ng__free(t);
    return rc;
}

int ng__pn_read_gold(const char *raw, size_t rn, const ng_doc *d, const char *ann, size_t an, ng_pn_vec *gold)
{
    size_t n0 = gold->n, ncp = 0;
    long *cpo = NULL, *map = NULL;
    int rc = parse_ann(ann, an, gold);
    if (!rc)
        rc = ng__qt_offsets(raw, rn, d, &cpo, &map, &ncp);
    if (rc)
        return rc;
    /* code points -> raw bytes -> normalised bytes */
#define CONV(x) ((x) < 0 ? -1 : map[cpo[(size_t)(x) <= ncp ? (size_t)(x) : ncp]])
    for (size_t i = n0; i < gold->n; i++) {
        ng_pn_item *g = &gold->v[i];
        g->cs = CONV(g->cs), g->ce = CONV(g->ce);
        g->ss = CONV(g->ss), g->se = CONV(g->se);
        g->us = CONV(g->us), g->ue = CONV(g->ue);
    }
#undef CONV
    ng__free(cpo);
    ng__free(map);
    return 0;
}

/* ---- matching ---- */

/* A quotation split around its cue is one PolNeAR attribution with a
 * discontinuous content. */
void ng__pn_merge_cues(ng_pn_vec *pred)
{
    size_t m = 0;
    for (size_t i = 0; i < pred->n; i++) {
        ng_pn_item *p = &pred->v[i];
        int merged = 0;
        for (size_t k = m; k-- > 0 && !merged;) {
            ng_pn_item *o = &pred->v[k];
            if (p->ue > p->us && o->us == p->us && o->ue == p->ue && o->kind == p->kind) {
                if (p->cs < o->cs)
                    o->cs = p->cs;
                if (p->ce > o->ce)
                    o->ce = p->ce;
                merged = 1;
            }
            if (m - k > 4)
                break;
        }
        if (!merged)
            pred->v[m++] = *p;
    }
    pred->n = m;
}

long ng__pn_overlap(long a, long b, long c, long d)
{
    long s = a > c ? a : c, e = b < d ? b : d;
    return e > s ? e - s : 0;
}

typedef struct cand {
    int cue;     /* the cues overlap (cue-first pairing) */
    double jac;  /* overlap / union of the two contents */
    size_t i, j; /* prediction, gold */
} cand;

/* Overlapping cues first, then larger Jaccard; ties by prediction, then gold
 * index. */
static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    if (x->cue != y->cue)
        return x->cue > y->cue ? -1 : 1;
    if (x->jac != y->jac)
        return x->jac > y->jac ? -1 : 1;
    if (x->i != y->i)
        return x->i < y->i ? -1 : 1;
    return x->j < y->j ? -1 : x->j > y->j;
}

/* Of all (prediction, gold) pairs whose contents overlap, those whose cues
 * overlap too first (unless content_only), then the one with the largest
 * overlap relative to the union of both contents, so the result does not
 * depend on the order of the predictions. */
int ng__pn_match(ng_pn_vec *pred, ng_pn_vec *gold, int content_only)
{
    cand *cands = NULL;
    size_t ncand = 0, ccand = 0;
    for (size_t i = 0; i < pred->n; i++)
        for (size_t j = 0; j < gold->n; j++) {
            const ng_pn_item *p = &pred->v[i], *g = &gold->v[j];
            long o = ng__pn_overlap(p->cs, p->ce, g->cs, g->ce);
            if (o <= 0)
                continue;
            long uni = (p->ce > g->ce ? p->ce : g->ce) - (p->cs < g->cs ? p->cs : g->cs);
            if (GROW(cands, ncand, ccand, ncand + 1)) {
                ng__free(cands);
                return NG_ENOMEM;
            }
            int cue = !content_only && p->ue > p->us && g->ue > g->us && ng__pn_overlap(p->us, p->ue, g->us, g->ue) > 0;
            cands[ncand++] = (cand){cue, (double)o / (double)uni, i, j};
        }
    if (ncand > 1)
        qsort(cands, ncand, sizeof *cands, cmp_cand);
    for (size_t k = 0; k < ncand; k++) {
        ng_pn_item *p = &pred->v[cands[k].i], *g = &gold->v[cands[k].j];
        if (p->matched || g->matched)
            continue;
        p->matched = g->matched = 1, p->partner = (int)cands[k].j, g->partner = (int)cands[k].i;
    }
    ng__free(cands);
    return 0;
}

void ng__pn_unmatch(ng_pn_vec *v)
{
    for (size_t i = 0; i < v->n; i++)
        v->v[i].matched = 0, v->v[i].partner = -1;
}

/* ---- the same span ---- */

static int is_trim_byte(const char *t, long i, long *len)
{
    unsigned char c = (unsigned char)t[i];
    *len = 1;
    if (c && strchr(" \n\t\"'.,;:!?", c))
        return 1;
    if (c == 0xE2 && (unsigned char)t[i + 1] == 0x80) {
        unsigned char d = (unsigned char)t[i + 2];
        if (d == 0x9C || d == 0x9D || d == 0x98 || d == 0x99) {
            *len = 3;
            return 1;
        }
    }
    return 0;
}

/* Trims [*s, *e) of white space, quote marks and sentence punctuation. */
static void trim_span(const char *t, long *s, long *e)
{
    long l;
    while (*s < *e && is_trim_byte(t, *s, &l))
        *s += l;
    while (*e > *s) {
        long k = *e - 1;
        while (k > *s && ((unsigned char)t[k] & 0xC0) == 0x80)
            k--;
        if (!is_trim_byte(t, k, &l) || k + l != *e)
            break;
        *e = k;
    }
}

/* Skips a leading "that " (PolNeAR contents include the complementiser,
 * ours leave it out). */
static void skip_that(const char *t, long *s, long e)
{
    if (e - *s > 5 && (t[*s] == 't' || t[*s] == 'T') && !strncmp(t + *s + 1, "hat ", 4)) {
        *s += 5;
        while (*s < e && t[*s] == ' ')
            (*s)++;
    }
}

int ng__pn_same(const char *t, long a, long b, long c, long d)
{
    if (b <= a || d <= c)
        return 0;
    trim_span(t, &a, &b);
    trim_span(t, &c, &d);
    skip_that(t, &a, b);
    skip_that(t, &c, d);
    return a == c && b == d;
}
