/*
 * qsrc_train.c -- `ng_qsrc_train`: trains the source-confidence model
 * (qsrc.c) from PolNeAR-style data.
 *
 * Every article goes through the whole pipeline (rules and learned tagger,
 * without a source model).  The predicted items are paired with the gold
 * attributions by the code `newsgraph eval quotes` pairs them with
 * (polnear.c: items sharing a cue merged into one, then one-to-one by the
 * largest Jaccard overlap of contents), so the counts printed here are the
 * evaluator's.  Each rule item
 * with a source that heads its merged item is an example, labelled 1 when
 * it is paired with a gold attribution whose source is the same span (after
 * the evaluator's trimming).  Withholding the source of an example changes
 * the evaluator's source counts by exactly: one prediction fewer, and one
 * right fewer when its label is 1 -- so the source exact F1 of any
 * threshold is computed from the labels without running the pipeline again.
 *
 * The model is L2-regularised logistic regression over hashed features,
 * trained by AdaGrad.  The threshold is chosen by k-fold cross-validation
 * over articles (article i in fold i mod k, names in sorted order, as
 * bench/qtag_cv.sh folds): pooled over the folds, the threshold with the
 * best source exact F1.  The final model is trained on all articles.
 *
 * The extent chooser comes first: every candidate extent of an example is
 * labelled against the gold source, a conditional logit is cross-validated
 * over the same folds (its margin: the pooled best), and the out-of-fold
 * picks replace each example's source (keys and label) for the confidence
 * model.  With fold_data each article runs with its fold's engine data,
 * whose tagger never saw it, so the tagger's items can be examples too
 * (score_tagger).
 */
#define _POSIX_C_SOURCE 200809L
#include "polnear.h"
#include "qsrc.h"
#include "qtag.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#define GROW(arr, n, cap, need)                                                                 \
    (((need) <= (cap)) ? 0 : ng__grow((void **)&(arr), &(cap), (need), sizeof *(arr), 1024))

typedef struct ex {
    uint64_t k[QS_NFEAT];
    uint8_t y;
    uint8_t nc, chosen; /* candidate extents (at tr->xv[c0 ...]), the one chosen */
    uint32_t art;
    size_t c0;
} ex;

/* One candidate extent of an example: its chooser keys, the confidence
 * keys with its span in place, and whether it is the gold source. */
typedef struct xc {
    uint64_t xk[QX_NFEAT];
    uint64_t k[QS_NFEAT];
    uint8_t y;
    uint8_t op;
} xc;

typedef struct strain {
    const ng_qsrc_train_options *o;
    ng_engine *eng;
    ng_engine *feng[16]; /* with fold_data: the engine of each fold (its tagger trained without the fold) */
    int k, score_tagger;
    ng_error *err;
    ex *v;
    size_t n, cap;
    xc *xv;
    size_t xn, xcap;
    long gold, pred, right; /* the evaluator's source counts, all items */
} strain;

static void say(const ng_qsrc_train_options *o, const char *fmt, ...)
{
    if (!o->on_line)
        return;
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    o->on_line(o->ud, line);
}

/* ---- one article ---- */

static int do_article(strain *tr, const char *dir, const char *annname, uint32_t art)
{
    ng_buf raw, ann;
    int al; /* the article's name: annname's first al bytes */
    int rc = ng__qt_read_article(dir, annname, &raw, &ann, &al, tr->err);
    if (rc)
        return rc;
    ng_doc *d = NULL;
    ng_pn_vec gold = {0}, pred = {0};
    rc = ng_doc_new(&d);
    if (!rc)
        rc = ng_doc_set_text(d, raw.p ? raw.p : "", raw.len);
    if (!rc)
        rc = ng_process(tr->feng[0] ? tr->feng[art % (uint32_t)tr->k] : tr->eng, d);
    if (rc == NG_EEMPTY) {
        rc = 0;
        goto done;
    }
    if (rc)
        goto done;
    if ((rc = ng__pn_read_gold(raw.p ? raw.p : "", raw.len, d, ann.p ? ann.p : "", ann.len, &gold)) != 0)
        goto done;
    /* predictions as the evaluator reads the record (a null span is -1) */
    for (int l = 0; l < 2; l++) {
        size_t n = l ? d->attributions.n : d->quotes.n;
        for (size_t i = 0; i < n; i++) {
            ng_pn_item p;
            memset(&p, 0, sizeof p);
            uint32_t ss, se, cs, ce;
            if (!l) {
                const ng_quote *q = &d->quotes.v[i];
                p.cs = q->start, p.ce = q->end, cs = q->cue_start, ce = q->cue_end;
                ss = q->speaker_start, se = q->speaker_end;
                p.kind = q->direct ? 1 : 0, p.how = q->how;
            } else {
                const ng_attribution *a = &d->attributions.v[i];
                p.cs = a->start, p.ce = a->end, cs = a->cue_start, ce = a->cue_end;
                ss = a->source_start, se = a->source_end;
                p.kind = 2, p.how = a->how;
            }
            p.ss = se > ss ? (long)ss : -1, p.se = se > ss ? (long)se : -1;
            p.us = ce > cs ? (long)cs : -1, p.ue = ce > cs ? (long)ce : -1;
            p.list = l, p.idx = (uint32_t)i, p.partner = -1;
            if (p.ce > p.cs && (rc = ng__pn_push(&pred, &p)) != 0)
                goto done;
        }
    }
    /* items sharing a cue merge into their envelope (the first keeps its source) */
    ng__pn_merge_cues(&pred);
    if ((rc = ng__pn_match(&pred, &gold, 0)) != 0)
        goto done;
    for (size_t j = 0; j < gold.n; j++)
        tr->gold += gold.v[j].se > gold.v[j].ss;
    qs_doc x;
    if ((rc = ng__qs_prepare(d, &x)) != 0)
        goto done;
    for (size_t i = 0; i < pred.n; i++) {
        ng_pn_item *p = &pred.v[i];
        if (p->se <= p->ss)
            continue;
        tr->pred++;
        int y = 0;
        if (p->matched) {
            ng_pn_item *g = &gold.v[p->partner];
            y = g->se > g->ss && ng__pn_same(d->text, p->ss, p->se, g->ss, g->se);
        }
        tr->right += y;
        if (!p->how && !tr->score_tagger)
            continue; /* the tagger's items are not scored (unless from fold taggers) */
        if (ng__qs_kept(d, p->list, p->idx))
            continue; /* nor the sources the engine never withholds */
        if (GROW(tr->v, tr->n, tr->cap, tr->n + 1)) {
            rc = NG_ENOMEM;
            goto done;
        }
        ex *e = &tr->v[tr->n++];
        qs_item it = {(uint8_t)p->list, p->idx};
        ng__qs_features(d, &x, it, e->k);
        e->y = (uint8_t)y;
        e->art = art;
        /* the candidate extents, each with its confidence keys (the span set in place, then restored) */
        qx_cand c[QX_MAXC];
        uint64_t xk[QX_MAXC][QX_NFEAT];
        size_t nc = ng__qx_candidates(d, &x, it, c, xk);
        if (!p->how && nc > 1)
            nc = 1; /* the chooser looks at rule items only */
        if (GROW(tr->xv, tr->xn, tr->xcap, tr->xn + nc + 1)) {
            rc = NG_ENOMEM;
            goto done;
        }
        e->c0 = tr->xn, e->nc = (uint8_t)nc, e->chosen = 0;
        uint32_t *sp = p->list ? &d->attributions.v[p->idx].source_start : &d->quotes.v[p->idx].speaker_start;
        uint32_t *ep = p->list ? &d->attributions.v[p->idx].source_end : &d->quotes.v[p->idx].speaker_end;
        uint32_t s0 = *sp, e0 = *ep;
        for (size_t j = 0; j < nc; j++) {
            xc *cc = &tr->xv[tr->xn++];
            memcpy(cc->xk, xk[j], sizeof cc->xk);
            cc->op = c[j].op;
            *sp = c[j].s, *ep = c[j].e;
            if (nc > 1)
                ng__qs_sources(d, &x);
            ng__qs_features(d, &x, it, cc->k);
            cc->y = 0;
            if (p->matched) {
                ng_pn_item *g = &gold.v[p->partner];
                cc->y = (uint8_t)(g->se > g->ss && ng__pn_same(d->text, (long)c[j].s, (long)c[j].e, g->ss, g->se));
            }
        }
        *sp = s0, *ep = e0;
        if (nc > 1)
            ng__qs_sources(d, &x);
    }
done:
    ng__pn_free(&gold);
    ng__pn_free(&pred);
    ng_doc_free(d);
    ng__buf_free(&raw);
    ng__buf_free(&ann);
    if (rc && rc != NG_ENOMEM && rc != NG_EIO && !tr->err->code)
        ng__error_set(tr->err, rc, UINT64_MAX, 0, "%.*s: %s", al, annname, ng_strerror(rc));
    return rc;
}

/* ---- logistic regression ---- */

static uint64_t rng_next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static float score(const float *w, uint32_t bits, const ex *e)
{
    float z = 0;
    for (size_t f = 0; f < QS_NFEAT; f++)
        z += w[ng__qs_slot(e->k[f], bits)];
    return z;
}

/* Shuffles order[0..n) (Fisher-Yates) with the generator state *s. */
static void shuffle(size_t *order, size_t n, uint64_t *s)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(rng_next(s) % i), t = order[i - 1];
        order[i - 1] = order[j], order[j] = t;
    }
}

/* Zeroes the nw weights w, starts the AdaGrad sums g, and allocates the
 * order of tr's examples (the caller fills and frees it; NULL: no memory). */
static size_t *lr_start(const strain *tr, size_t nw, float *w, float *g)
{
    memset(w, 0, nw * sizeof *w);
    for (size_t i = 0; i < nw; i++)
        g[i] = 1e-6f;
    return ng__malloc((tr->n + 1) * sizeof(size_t));
}

/* Trains w (2^bits, zeroed here) on the examples whose article is not in
 * fold `fold` of k (fold < 0: all).  g: 2^bits scratch. */
static int train_lr(const strain *tr, int fold, int k, uint32_t bits, int epochs, double l2, double rate,
                    uint64_t seed, float *w, float *g)
{
    size_t nw = (size_t)1 << bits, n = 0;
    size_t *order = lr_start(tr, nw, w, g);
    if (!order)
        return NG_ENOMEM;
    for (size_t i = 0; i < tr->n; i++)
        if (fold < 0 || (int)(tr->v[i].art % (uint32_t)k) != fold)
            order[n++] = i;
    uint64_t s = seed ? seed : 0x9E3779B97F4A7C15ull;
    for (int ep = 0; ep < epochs; ep++) {
        shuffle(order, n, &s);
        for (size_t ii = 0; ii < n; ii++) {
            const ex *e = &tr->v[order[ii]];
            float z = score(w, bits, e);
            double p = 1.0 / (1.0 + exp(-(double)z));
            double gr = p - (double)e->y;
            for (size_t f = 0; f < QS_NFEAT; f++) {
                uint32_t sl = ng__qs_slot(e->k[f], bits);
                double gi = gr + (f ? l2 * (double)w[sl] : 0.0);
                g[sl] += (float)(gi * gi);
                double nv = (double)w[sl] - rate * gi / sqrt((double)g[sl]);
                w[sl] = (float)(nv > QS_MAXW ? QS_MAXW : nv < -QS_MAXW ? -QS_MAXW : nv);
            }
        }
    }
    ng__free(order);
    return 0;
}

/* The extent chooser: a conditional logit over each example's candidates,
 * trained by AdaGrad on the examples (not in fold `fold` of k; fold < 0:
 * all) with at least two candidates of which one is right (the target
 * spreads evenly over the right ones).  w, g: 2^bits. */
static float xscore(const float *w, uint32_t bits, const xc *c)
{
    float z = 0;
    for (size_t f = 0; f < QX_NFEAT; f++)
        z += w[ng__qs_slot(c->xk[f], bits)];
    return z;
}

static int train_x(const strain *tr, int fold, int k, uint32_t bits, int epochs, double l2, double rate, uint64_t seed,
                   float *w, float *g)
{
    size_t nw = (size_t)1 << bits, n = 0;
    size_t *order = lr_start(tr, nw, w, g);
    if (!order)
        return NG_ENOMEM;
    for (size_t i = 0; i < tr->n; i++) {
        const ex *e = &tr->v[i];
        int pos = 0;
        for (size_t j = 0; j < e->nc; j++)
            pos += tr->xv[e->c0 + j].y;
        if (e->nc >= 2 && pos && (fold < 0 || (int)(e->art % (uint32_t)k) != fold))
            order[n++] = i;
    }
    uint64_t s = seed ? seed : 0x9E3779B97F4A7C15ull;
    double z[QX_MAXC];
    for (int ep = 0; ep < epochs; ep++) {
        shuffle(order, n, &s);
        for (size_t ii = 0; ii < n; ii++) {
            const ex *e = &tr->v[order[ii]];
            const xc *c = &tr->xv[e->c0];
            double mx = -1e30, sum = 0, npos = 0;
            for (size_t j = 0; j < e->nc; j++) {
                z[j] = xscore(w, bits, &c[j]);
                if (z[j] > mx)
                    mx = z[j];
                npos += c[j].y;
            }
            for (size_t j = 0; j < e->nc; j++)
                sum += (z[j] = exp(z[j] - mx));
            for (size_t j = 0; j < e->nc; j++) {
                double gr = z[j] / sum - (c[j].y ? 1.0 / npos : 0.0);
                for (size_t f = 0; f < QX_NFEAT; f++) {
                    uint32_t sl = ng__qs_slot(c[j].xk[f], bits);
                    double gi = gr + l2 * (double)w[sl];
                    g[sl] += (float)(gi * gi);
                    double nv = (double)w[sl] - rate * gi / sqrt((double)g[sl]);
                    w[sl] = (float)(nv > QS_MAXW ? QS_MAXW : nv < -QS_MAXW ? -QS_MAXW : nv);
                }
            }
        }
    }
    ng__free(order);
    return 0;
}

/* The chooser's pick for example e: the best-scored candidate (the first on
 * ties), the rule's own unless another scores more than margin above it;
 * *gap: the best other's score minus the rule's own. */
static uint8_t xpick(const strain *tr, const float *w, uint32_t bits, const ex *e, float margin, float *gap)
{
    uint8_t best = 0;
    float bz = 0, z0 = 0;
    for (size_t j = 0; j < e->nc; j++) {
        float z = xscore(w, bits, &tr->xv[e->c0 + j]);
        if (j == 0)
            z0 = z;
        else if (best == 0 || z > bz)
            bz = z, best = (uint8_t)j;
    }
    if (gap)
        *gap = best ? bz - z0 : -1e30f;
    return best && bz - z0 > margin ? best : 0;
}

static double f1(long right, long pred, long gold)
{
    double p = pred ? (double)right / (double)pred : 0, r = gold ? (double)right / (double)gold : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

/* Source counts after withholding the examples with probability below t. */
static void counts_at(const strain *tr, const float *prob, double t, long *right, long *pred)
{
    long r = tr->right, p = tr->pred;
    for (size_t i = 0; i < tr->n; i++)
        if (prob[i] < t)
            r -= tr->v[i].y, p--;
    *right = r, *pred = p;
}

int ng_qsrc_train(const ng_qsrc_train_options *o, ng_error *err)
{
    ng_error dummy;
    if (!err)
        err = &dummy;
    memset(err, 0, sizeof *err);
    if (!o || !o->train_dir) {
        ng__error_set(err, NG_EINVAL, UINT64_MAX, 0, "train_dir is required");
        return NG_EINVAL;
    }
    int k = o->folds > 0 ? o->folds : 5, epochs = o->epochs > 0 ? o->epochs : 10;
    uint32_t bits = o->bits > 0 ? (uint32_t)o->bits : 16;
    double l2 = o->l2 > 0 ? o->l2 : o->l2 < 0 ? 0 : 0.01, rate = o->rate > 0 ? o->rate : 0.05;
    if (bits < QS_MINBITS || bits > QS_MAXBITS || (o->threshold != 0 && !(o->threshold > 0 && o->threshold < 1))) {
        ng__error_set(err, NG_EINVAL, UINT64_MAX, 0, "bits must be %u..%u and the threshold in (0, 1)", QS_MINBITS,
                      QS_MAXBITS);
        return NG_EINVAL;
    }
    strain tr;
    memset(&tr, 0, sizeof tr);
    tr.o = o, tr.err = err;
    char **names = NULL;
    size_t nn = 0;
    float *w = NULL, *g = NULL, *prob = NULL, *xw = NULL, *xg = NULL, *gap = NULL, xmargin = 0;
    uint8_t *alt = NULL;
    int rc = ng__qt_list_articles(o->train_dir, &names, &nn, err);
    if (rc)
        goto out;
    ng_engine_options eo;
    memset(&eo, 0, sizeof eo);
    eo.data_dir = o->data_dir;
    eo.flags = NG_ENGINE_NO_SOURCE_MODEL; /* the items as they are without a source model */
    tr.k = k;
    if (o->fold_data) {
        /* each article through the engine of its fold: the tagger's items as on unseen text */
        if (k < 2 || k > 16) {
            ng__error_set(err, NG_EINVAL, UINT64_MAX, 0, "fold_data needs 2..16 folds");
            rc = NG_EINVAL;
            goto out;
        }
        for (int f = 0; f < k; f++) {
            char fd[4096];
            snprintf(fd, sizeof fd, "%s/f%d", o->fold_data, f);
            eo.data_dir = fd;
            if ((rc = ng_engine_open(&eo, &tr.feng[f], err)) != 0)
                goto out;
        }
        tr.score_tagger = o->score_tagger;
    } else if (o->score_tagger) {
        ng__error_set(err, NG_EINVAL, UINT64_MAX, 0, "scoring the tagger's items needs fold_data");
        rc = NG_EINVAL;
        goto out;
    } else if ((rc = ng_engine_open(&eo, &tr.eng, err)) != 0)
        goto out;
    for (size_t i = 0; i < nn; i++)
        if ((rc = do_article(&tr, o->train_dir, names[i], (uint32_t)i)) != 0)
            goto out;
    long pos = 0;
    for (size_t i = 0; i < tr.n; i++)
        pos += tr.v[i].y;
    say(o, "%zu articles; sources: %ld right of %ld predicted, %ld gold (F1 %.2f); %zu items scored, %ld right",
        nn, tr.right, tr.pred, tr.gold, 100 * f1(tr.right, tr.pred, tr.gold), tr.n, pos);
    int use_x = o->extent_bits >= 0;
    uint32_t xbits = o->extent_bits > 0 ? (uint32_t)o->extent_bits : 16;
    if (use_x && (xbits < QS_MINBITS || xbits > QS_MAXBITS)) {
        ng__error_set(err, NG_EINVAL, UINT64_MAX, 0, "extent bits must be %u..%u", QS_MINBITS, QS_MAXBITS);
        rc = NG_EINVAL;
        goto out;
    }
    if (use_x) {
        size_t nxw = (size_t)1 << xbits;
        xw = ng__malloc(nxw * sizeof *xw);
        xg = ng__malloc(nxw * sizeof *xg);
        if (!xw || !xg) {
            rc = NG_ENOMEM;
            goto out;
        }
        alt = ng__malloc((tr.n + 1) * sizeof *alt);
        gap = ng__malloc((tr.n + 1) * sizeof *gap);
        if (!alt || !gap) {
            rc = NG_ENOMEM;
            goto out;
        }
        long oracle = 0, multi = 0;
        for (size_t i = 0; i < tr.n; i++) {
            const ex *e = &tr.v[i];
            int any = 0;
            for (size_t j = 0; j < e->nc; j++)
                any |= tr.xv[e->c0 + j].y;
            oracle += any;
            multi += e->nc >= 2;
        }
        say(o, "extents: %zu candidates for %zu examples (%ld with more than one); a right one among them for %ld "
               "(the rules' own: %ld)",
            tr.xn, tr.n, multi, oracle, pos);
        if (k > 1) {
            for (int f = 0; f < k; f++) {
                if ((rc = train_x(&tr, f, k, xbits, epochs, l2, rate, o->seed + 7u * (unsigned)f, xw, xg)) != 0)
                    goto out;
                for (size_t i = 0; i < tr.n; i++)
                    if ((int)(tr.v[i].art % (uint32_t)k) == f) {
                        alt[i] = xpick(&tr, xw, xbits, &tr.v[i], -1e30f, &gap[i]);
                        tr.v[i].chosen = 0;
                    }
            }
            /* the margin: the pooled best over the folds */
            double bestm = 0;
            long bestr = -1;
            for (int mi = 0; mi <= 24; mi++) {
                double mg = mi * 0.25;
                long r2 = tr.right;
                for (size_t i = 0; i < tr.n; i++)
                    if (alt[i] && gap[i] > mg)
                        r2 += (long)tr.xv[tr.v[i].c0 + alt[i]].y - (long)tr.v[i].y;
                if (mi % 2 == 0)
                    say(o, "  extent margin %.2f: %ld right", mg, r2);
                if (r2 > bestr)
                    bestr = r2, bestm = mg;
            }
            xmargin = o->extent_margin > 0 ? o->extent_margin : bestm;
            for (size_t i = 0; i < tr.n; i++)
                tr.v[i].chosen = alt[i] && gap[i] > xmargin ? alt[i] : 0;
            long gain[QX_NOPS], loss[QX_NOPS], nch[QX_NOPS];
            memset(gain, 0, sizeof gain), memset(loss, 0, sizeof loss), memset(nch, 0, sizeof nch);
            long r2 = tr.right;
            for (size_t i = 0; i < tr.n; i++) {
                ex *e = &tr.v[i];
                if (!e->chosen)
                    continue;
                const xc *c = &tr.xv[e->c0 + e->chosen];
                nch[c->op]++;
                gain[c->op] += c->y && !e->y;
                loss[c->op] += !c->y && e->y;
                r2 += (long)c->y - (long)e->y;
            }
            say(o, "extent chooser, %d-fold cross-validation, margin %.2f: %ld right of %ld predicted, source exact F1 "
                   "%.2f -> %.2f (before withholding)",
                k, xmargin, r2, tr.pred, 100 * f1(tr.right, tr.pred, tr.gold), 100 * f1(r2, tr.pred, tr.gold));
            for (int op = 1; op < QX_NOPS; op++)
                if (nch[op])
                    say(o, "  extent kind %d: chosen %ld times, %ld right sources gained, %ld lost", op, nch[op],
                        gain[op], loss[op]);
            /* the confidence model learns from (and is cross-validated on) the chosen extents */
            for (size_t i = 0; i < tr.n; i++) {
                ex *e = &tr.v[i];
                if (!e->chosen)
                    continue;
                const xc *c = &tr.xv[e->c0 + e->chosen];
                memcpy(e->k, c->k, sizeof e->k);
                e->y = c->y;
            }
            tr.right = r2;
        }
    }
    size_t nw = (size_t)1 << bits;
    w = ng__malloc(nw * sizeof *w);
    g = ng__malloc(nw * sizeof *g);
    prob = ng__malloc((tr.n + 1) * sizeof *prob);
    if (!w || !g || !prob) {
        rc = NG_ENOMEM;
        goto out;
    }
    double thr = o->threshold;
    if (k > 1) {
        for (int f = 0; f < k; f++) {
            if ((rc = train_lr(&tr, f, k, bits, epochs, l2, rate, o->seed + (unsigned)f, w, g)) != 0)
                goto out;
            for (size_t i = 0; i < tr.n; i++)
                if ((int)(tr.v[i].art % (uint32_t)k) == f)
                    prob[i] = (float)(1.0 / (1.0 + exp(-(double)score(w, bits, &tr.v[i]))));
        }
        double ll = 0;
        for (size_t i = 0; i < tr.n; i++)
            ll -= log(tr.v[i].y ? fmax(prob[i], 1e-9) : fmax(1 - prob[i], 1e-9));
        say(o, "%d-fold cross-validation: log loss %.4f per item", k, tr.n ? ll / (double)tr.n : 0);
        double best = -1, bt = 0;
        for (int ti = 1; ti <= 80; ti++) {
            double t = ti / 100.0;
            long r, p;
            counts_at(&tr, prob, t, &r, &p);
            double v = f1(r, p, tr.gold);
            if (v > best + 1e-12)
                best = v, bt = t;
            if (ti % 5 == 0 || ti == 33)
                say(o, "  threshold %.2f: %ld right of %ld predicted (P %.1f R %.1f), source exact F1 %.2f", t, r, p,
                    p ? 100.0 * (double)r / (double)p : 0, 100.0 * (double)r / (double)tr.gold, 100 * v);
        }
        long r, p;
        counts_at(&tr, prob, bt, &r, &p);
        say(o, "pooled best: threshold %.2f, %ld right of %ld predicted, source exact F1 %.2f -> %.2f", bt, r, p,
            100 * f1(tr.right, tr.pred, tr.gold), 100 * best);
        if (!(thr > 0))
            thr = bt;
        if (o->threshold > 0) {
            counts_at(&tr, prob, o->threshold, &r, &p);
            say(o, "pooled at the given threshold %.2f: %ld right of %ld predicted, source exact F1 %.2f",
                o->threshold, r, p, 100 * f1(r, p, tr.gold));
        }
    }
    if (o->model_path) {
        if (!(thr > 0)) {
            ng__error_set(err, NG_EINVAL, UINT64_MAX, 0, "no threshold: give one or cross-validate (folds > 1)");
            rc = NG_EINVAL;
            goto out;
        }
        if ((rc = train_lr(&tr, -1, k, bits, epochs, l2, rate, o->seed, w, g)) != 0 ||
            (use_x && (rc = train_x(&tr, -1, k, xbits, epochs, l2, rate, o->seed + 3u, xw, xg)) != 0) ||
            (rc = ng__qsrc_write(o->model_path, w, bits, (float)thr, use_x ? xw : NULL, xbits, xmargin,
                                 tr.score_tagger ? QS_F_TAGGER : 0u, err)) != 0)
            goto out;
        for (size_t i = 0; i < tr.n; i++)
            prob[i] = (float)(1.0 / (1.0 + exp(-(double)score(w, bits, &tr.v[i]))));
        long r, p;
        counts_at(&tr, prob, thr, &r, &p);
        say(o, "model written to %s (threshold %.2f, 2^%u weights); on the training data itself: %ld right of %ld "
               "predicted, F1 %.2f (optimistic)",
            o->model_path, thr, bits, r, p, 100 * f1(r, p, tr.gold));
    }
out:
    for (size_t i = 0; i < nn; i++)
        ng__free(names[i]);
    ng__free(names);
    ng__free(tr.v);
    ng__free(tr.xv);
    ng__free(alt);
    ng__free(gap);
    ng__free(xw);
    ng__free(xg);
    ng__free(w);
    ng__free(g);
    ng__free(prob);
    ng_engine_close(tr.eng);
    for (int f = 0; f < 16; f++)
        ng_engine_close(tr.feng[f]);
    return rc;
}
