/*
 * eval_quotes.c -- `newsgraph eval quotes DIR`: quotes and attributions
 * against PolNeAR (brat standoff: Source / Cue / Content spans tied by an
 * Attribution event, character offsets into text/NAME.txt).
 *
 * DIR is one PolNeAR split (it holds text/ and attributions/).  Each article
 * is processed through the public API and its record parsed back with
 * jansson; every quote and attribution of the record is one predicted
 * attribution (content, source, cue spans).  Articles annotated by several
 * annotators are scored once, against the first annotation file in name
 * order.  Measures (documented in doc/FORMAT.md):
 *  - content overlap P/R/F1: one-to-one greedy matching of predicted and
 *    gold contents that share at least one byte, pairs whose cues overlap
 *    too first (one cue, one attribution), then the pair with the highest
 *    Jaccard overlap (so the result does not depend on the order of the
 *    predictions); the same figures with the content-only pairing of stops
 *    1 to 24 follow on their own lines;
 *  - content exact P/R/F1: contents equal after trimming white space, quote
 *    marks and . , ; : ! ? at both ends, and a leading "that";
 *  - source exact P/R/F1 (and overlap): over content-matched pairs, the
 *    predicted source equals the gold source (same trimming); precision over
 *    predictions with a source, recall over gold items with a source;
 *  - cue accuracy: of content-matched pairs whose gold has a cue, the share
 *    whose predicted cue overlaps it;
 *  - source exact by citron's definition (bbc/citron metrics.py, the
 *    issue's anchor): a prediction is right when some gold item's cue
 *    overlaps its cue and both have the same source (same trimming) or both
 *    have none; a gold item is found when some prediction is right for it;
 *    precision over all predictions, recall over all gold items.  Unlike
 *    the measure above it needs no content match, and items without a
 *    source count.
 * Reading the gold, the matching and the trimming are src/annot/polnear.c,
 * which the source-model trainer (train sources) shares.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"
#include "annot/polnear.h"

#include <dirent.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct stats {
    long docs, gold, pred, ov_tp_p, ov_tp_g, ex_tp;
    long src_gold, src_pred, src_tp, src_ov_tp;
    long src_tp_co, ov_tp_co; /* source exact and content overlap with the content-only pairing */
    long cue_n_co, cue_ok_co; /* cue accuracy with the content-only pairing */
    long cue_n, cue_ok;
    long pred_kind[3], pred_kind_ok[3];
    long by_how[2], by_how_ok[2], by_how_src[2], by_how_src_ok[2]; /* [0] the tagger's items, [1] the rules' */
    long spk_n, spk_ok;     /* matched pairs where both have a source: sources overlap */
    long cit_tp_p, cit_tp_g; /* citron's source measure: right predictions, found gold items */
    long sub_n[2], sub_ok[2]; /* recall on gold subsets: quoted contents, say/tell/according-to cues */
} stats;

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap + 1);
    while (b) {
        size_t r = fread(b + n, 1, cap - n, f);
        n += r;
        if (n < cap)
            break;
        char *nb = realloc(b, cap * 2 + 1);
        if (!nb) {
            free(b);
            b = NULL;
            break;
        }
        b = nb, cap *= 2;
    }
    fclose(f);
    if (b) {
        b[n] = 0;
        *len = n;
    }
    return b;
}

static long jint(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_integer(v) ? (long)json_integer_value(v) : -1;
}

typedef struct eval_ctx {
    ng_engine *eng;
    const char *dir;
    int verbose;
    int misses; /* --misses: one line per missed gold attribution */
    int context; /* --context: HIT and FALSE lines end with the text around the sources */
    int agreement; /* --agreement: articles with several annotators; the others scored against the first */
    stats st;   /* the system against the (first) annotator */
    stats st2;  /* --agreement: each other annotator against the first */
} eval_ctx;

static void show(const char *what, const char *t, long s, long e)
{
    fprintf(stderr, "  %s [%.*s]\n", what, (int)(e > s ? e - s : 0), t + (s > 0 ? s : 0));
}

/* With --context: a tab, then up to 80 bytes either side of [s, e) with the
 * span in brackets (white space folded to spaces). */
static void put_context(const char *t, size_t n, long s, long e)
{
    putchar('\t');
    if (e <= s || s < 0)
        return;
    long a = s > 80 ? s - 80 : 0, b = e + 80 < (long)n ? e + 80 : (long)n;
    while (a > 0 && ((unsigned char)t[a] & 0xC0) == 0x80)
        a--;
    while (b < (long)n && ((unsigned char)t[b] & 0xC0) == 0x80)
        b++;
    for (long k = a; k < b; k++) {
        if (k == s)
            putchar('[');
        putchar(t[k] == '\n' || t[k] == '\t' ? ' ' : t[k]);
        if (k + 1 == e)
            putchar(']');
    }
}

/* Scores one article: the system's record (ann2 NULL) or a second
 * annotator's file ann2 against the annotation ann. */
static int eval_article(eval_ctx *cx, const char *name, const char *ann, const char *ann2)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/text/%s.txt", cx->dir, name);
    size_t rn;
    char *raw = slurp(path, &rn);
    if (!raw) {
        fprintf(stderr, "eval quotes: cannot read %s\n", path);
        return -1;
    }
    ng_pn_vec gold = {0}, pred = {0};
    snprintf(path, sizeof path, "%s/attributions/%s", cx->dir, ann);
    size_t an;
    char *annb = slurp(path, &an);
    if (!annb) {
        fprintf(stderr, "eval quotes: cannot read %s\n", path);
        free(raw);
        return -1;
    }
    ng_doc *d = NULL;
    char *json = NULL;
    size_t jl;
    int rc = ng_doc_new(&d);
    if (!rc)
        rc = ng_doc_set_text(d, raw, rn);
    if (!rc)
        rc = ng_process(cx->eng, d);
    if (!rc)
        rc = ng_doc_to_json(d, &json, &jl);
    if (rc) {
        fprintf(stderr, "eval quotes: %s: %s\n", name, ng_strerror(rc));
        ng_doc_free(d);
        free(raw);
        free(annb);
        return -1;
    }
    size_t nn;
    const char *nt = ng_doc_text(d, &nn);
    json_error_t jerr;
    json_t *rec = json_loadb(json, jl, 0, &jerr);
    if (!rec || ng__pn_read_gold(raw, rn, d, annb, an, &gold)) {
        fprintf(stderr, "eval quotes: %s: out of memory or bad record\n", name);
        rc = -1;
        goto done;
    }
    if (ann2) {
        snprintf(path, sizeof path, "%s/attributions/%s", cx->dir, ann2);
        free(annb);
        if (!(annb = slurp(path, &an))) {
            fprintf(stderr, "eval quotes: cannot read %s\n", path);
            rc = -1;
            goto done;
        }
        if (ng__pn_read_gold(raw, rn, d, annb, an, &pred)) {
            fprintf(stderr, "eval quotes: %s: out of memory\n", name);
            rc = -1;
            goto done;
        }
        for (size_t i = 0; i < pred.n; i++)
            pred.v[i].kind = 2;
    }
    const char *lists[2] = {"quotes", "attributions"};
    for (int l = 0; l < 2 && !ann2; l++) {
        json_t *arr = json_object_get(rec, lists[l]);
        size_t i;
        json_t *it;
        json_array_foreach(arr, i, it) {
            ng_pn_item p = {jint(it, "start"), jint(it, "end"), -1, -1, jint(it, "cue_start"), jint(it, "cue_end"),
                            2, 0, -1, 0, 0, 0, 0};
            /* the record's "method": the tagger's items are how 0 */
            json_t *mt = json_object_get(it, "method");
            p.how = !(json_is_string(mt) && !strcmp(json_string_value(mt), "tagger"));
            if (l == 0) {
                p.ss = jint(it, "speaker_start"), p.se = jint(it, "speaker_end");
                p.kind = json_is_true(json_object_get(it, "direct")) ? 1 : 0;
            } else {
                p.ss = jint(it, "source_start"), p.se = jint(it, "source_end");
            }
            if (p.ce > p.cs && ng__pn_push(&pred, &p)) {
                rc = -1;
                goto done;
            }
        }
    }
    /* a quotation split around its cue is one PolNeAR attribution with a
     * discontinuous content: items sharing a cue are merged into their envelope */
    ng__pn_merge_cues(&pred);
    stats *st = ann2 ? &cx->st2 : &cx->st;
    st->docs++;
    st->gold += (long)gold.n;
    st->pred += (long)pred.n;
    /* one-to-one greedy overlap matching: of all overlapping (prediction,
     * gold) pairs, those whose cues overlap too first, then the one with the
     * largest overlap relative to the union of both contents (Jaccard), ties
     * in text order; the result does not depend on the order of the
     * predictions */
    if (ng__pn_match(&pred, &gold, 0)) {
        rc = -1;
        goto done;
    }
    for (size_t i = 0; i < pred.n; i++) {
        ng_pn_item *p = &pred.v[i];
        int bj = p->matched ? p->partner : -1;
        st->pred_kind[p->kind]++;
        int h = p->how != 0;
        st->by_how[h]++;
        st->by_how_src[h] += p->se > p->ss;
        if (bj < 0)
            continue;
        st->by_how_ok[h]++;
        ng_pn_item *g = &gold.v[bj];
        st->ov_tp_p++, st->ov_tp_g++;
        st->pred_kind_ok[p->kind]++;
        if (ng__pn_same(nt, p->cs, p->ce, g->cs, g->ce))
            st->ex_tp++;
        if (g->se > g->ss && p->se > p->ss) {
            st->spk_n++;
            st->spk_ok += ng__pn_overlap(p->ss, p->se, g->ss, g->se) > 0;
            if (ng__pn_same(nt, p->ss, p->se, g->ss, g->se))
                st->src_tp++, st->by_how_src_ok[h]++;
            else if (cx->verbose > 2)
                fprintf(stderr, "SOURCE %s\n  pred [%.*s]\n  gold [%.*s]\n", name, (int)(p->se - p->ss),
                        nt + p->ss, (int)(g->se - g->ss), nt + g->ss);
            if (ng__pn_overlap(p->ss, p->se, g->ss, g->se))
                st->src_ov_tp++;
        }
        if (g->ue > g->us) {
            st->cue_n++;
            if (p->ue > p->us && ng__pn_overlap(p->us, p->ue, g->us, g->ue))
                st->cue_ok++;
        }
        if (cx->verbose > 1 && !ng__pn_same(nt, p->cs, p->ce, g->cs, g->ce)) {
            fprintf(stderr, "PARTIAL %s\n", name);
            show("pred", nt, p->cs, p->ce);
            show("gold", nt, g->cs, g->ce);
        }
    }
    for (size_t j = 0; j < gold.n; j++) {
        ng_pn_item *g = &gold.v[j];
        if (g->se > g->ss)
            st->src_gold++;
        /* subsets: contents holding a double quote mark; cues say/tell/according to */
        int quoted = 0;
        for (long k = g->cs; k < g->ce && !quoted; k++)
            quoted = nt[k] == '"' || (k + 2 < g->ce && (unsigned char)nt[k] == 0xE2 &&
                                       (unsigned char)nt[k + 1] == 0x80 &&
                                       ((unsigned char)nt[k + 2] == 0x9C || (unsigned char)nt[k + 2] == 0x9D));
        int saytell = 0;
        if (g->ue > g->us) {
            static const char *const cw[] = {"said", "says", "say", "saying", "told", "tells",
                                             "tell", "telling", "according to"};
            long n = g->ue - g->us;
            for (size_t c = 0; c < sizeof cw / sizeof cw[0] && !saytell; c++)
                saytell = (long)strlen(cw[c]) == n && !strncasecmp(nt + g->us, cw[c], (size_t)n);
        }
        if (quoted)
            st->sub_n[0]++, st->sub_ok[0] += g->matched;
        if (saytell)
            st->sub_n[1]++, st->sub_ok[1] += g->matched;
    }
    for (size_t i = 0; i < pred.n; i++)
        if (pred.v[i].se > pred.v[i].ss)
            st->src_pred++;
    /* citron's source measure: cue overlap and the same source (or none) */
    for (size_t i = 0; i < pred.n; i++) {
        ng_pn_item *p = &pred.v[i];
        if (p->ue <= p->us)
            continue;
        for (size_t j = 0; j < gold.n; j++) {
            ng_pn_item *g = &gold.v[j];
            if (g->ue <= g->us || ng__pn_overlap(p->us, p->ue, g->us, g->ue) <= 0)
                continue;
            int ps = p->se > p->ss, gs = g->se > g->ss;
            if ((!ps && !gs) || (ps && gs && ng__pn_same(nt, p->ss, p->se, g->ss, g->se)))
                p->cit = g->cit = 1;
        }
        st->cit_tp_p += p->cit;
    }
    for (size_t j = 0; j < gold.n; j++)
        st->cit_tp_g += gold.v[j].cit;
    if (cx->misses) {
        /* one tab-separated line per missed gold attribution: whether some
         * prediction (matched to another gold item) covers part of it, then
         * cue, source and content; and per unmatched prediction */
        for (size_t j = 0; j < gold.n; j++) {
            ng_pn_item *g = &gold.v[j];
            if (g->matched)
                continue;
            int cov = 0;
            for (size_t i = 0; i < pred.n && !cov; i++)
                cov = ng__pn_overlap(pred.v[i].cs, pred.v[i].ce, g->cs, g->ce) > 0;
            printf("MISS\t%s\t%s\t%.*s\t%.*s\t%.*s", cov ? "covered" : "free", name,
                   (int)(g->ue > g->us ? g->ue - g->us : 0), nt + (g->us > 0 ? g->us : 0),
                   (int)(g->se > g->ss ? g->se - g->ss : 0), nt + (g->ss > 0 ? g->ss : 0),
                   (int)(g->ce - g->cs), nt + g->cs);
            if (cx->context) {
                /* whether the sentence of the gold cue holds a predicted cue */
                long at = g->ue > g->us ? g->us : g->cs, s0 = 0, s1 = (long)nn;
                json_t *ss = json_object_get(rec, "sentences"), *sv;
                size_t k;
                json_array_foreach(ss, k, sv) {
                    long a = (long)json_integer_value(json_array_get(sv, 0));
                    long b = (long)json_integer_value(json_array_get(sv, 1));
                    if (a <= at && at < b) {
                        s0 = a, s1 = b;
                        break;
                    }
                }
                int busy = 0;
                for (size_t i = 0; i < pred.n && !busy; i++)
                    busy = pred.v[i].ue > pred.v[i].us && pred.v[i].us >= s0 && pred.v[i].us < s1;
                put_context(nt, nn, g->us, g->ue);
                int inq = 0;
                for (size_t i = 0; i < pred.n && !inq; i++)
                    inq = pred.v[i].kind == 1 && g->ue > g->us && pred.v[i].cs <= g->us && g->ue <= pred.v[i].ce;
                /* whether the gold cue lies inside a predicted indirect content
                 * (a nested attribution: "X said that Y refused to ...") */
                int inc = 0;
                for (size_t i = 0; i < pred.n && !inc; i++)
                    inc = pred.v[i].kind != 1 && g->ue > g->us && pred.v[i].cs <= g->us && g->ue <= pred.v[i].ce;
                printf("\t%s%s%s", busy ? "busy" : "bare", inq ? "-inq" : "", inc ? "-inc" : "");
            }
            putchar('\n');
        }
        for (size_t i = 0; i < pred.n; i++) {
            ng_pn_item *p = &pred.v[i];
            if (p->matched) {
                ng_pn_item *g = &gold.v[p->partner];
                printf("HIT\t%d\t%s\t%.*s\t%s\t%s\t%.*s\t%.*s\t%.*s", p->kind, name,
                       (int)(p->ue > p->us ? p->ue - p->us : 0), nt + (p->us > 0 ? p->us : 0),
                       ng__pn_same(nt, p->cs, p->ce, g->cs, g->ce) ? "exact" : "overlap",
                       ng__pn_same(nt, p->ss, p->se, g->ss, g->se) ? "source" : "nosource",
                       (int)(p->se > p->ss ? p->se - p->ss : 0), nt + (p->ss > 0 ? p->ss : 0),
                       (int)(g->se > g->ss ? g->se - g->ss : 0), nt + (g->ss > 0 ? g->ss : 0),
                       (int)(g->ue > g->us ? g->ue - g->us : 0), nt + (g->us > 0 ? g->us : 0));
                if (cx->context) {
                    put_context(nt, nn, p->ss, p->se);
                    put_context(nt, nn, g->ss, g->se);
                }
                putchar('\n');
                continue;
            }
            printf("FALSE\t%d\t%s\t%.*s\t%.*s\t%.*s", p->kind, name,
                   (int)(p->ue > p->us ? p->ue - p->us : 0), nt + (p->us > 0 ? p->us : 0),
                   (int)(p->se > p->ss ? p->se - p->ss : 0), nt + (p->ss > 0 ? p->ss : 0),
                   (int)(p->ce - p->cs), nt + p->cs);
            if (cx->context)
                put_context(nt, nn, p->ss, p->se);
            putchar('\n');
        }
    }
    if (cx->verbose) {
        for (size_t i = 0; i < pred.n; i++)
            if (!pred.v[i].matched) {
                fprintf(stderr, "FP %s kind=%d\n", name, pred.v[i].kind);
                show("content", nt, pred.v[i].cs, pred.v[i].ce);
            }
        for (size_t j = 0; j < gold.n; j++)
            if (!gold.v[j].matched) {
                fprintf(stderr, "FN %s\n", name);
                show("content", nt, gold.v[j].cs, gold.v[j].ce);
                show("cue", nt, gold.v[j].us, gold.v[j].ue);
                show("source", nt, gold.v[j].ss, gold.v[j].se);
            }
    }
    /* the same with the content-only pairing of stops 1 to 24, for comparison */
    ng__pn_unmatch(&pred);
    ng__pn_unmatch(&gold);
    if (ng__pn_match(&pred, &gold, 1)) {
        rc = -1;
        goto done;
    }
    for (size_t i = 0; i < pred.n; i++) {
        const ng_pn_item *p = &pred.v[i];
        if (!p->matched)
            continue;
        const ng_pn_item *g = &gold.v[p->partner];
        st->ov_tp_co++;
        if (g->se > g->ss && p->se > p->ss && ng__pn_same(nt, p->ss, p->se, g->ss, g->se))
            st->src_tp_co++;
        if (g->ue > g->us) {
            st->cue_n_co++;
            st->cue_ok_co += p->ue > p->us && ng__pn_overlap(p->us, p->ue, g->us, g->ue) > 0;
        }
    }
done:
    json_decref(rec);
    ng_free(json);
    ng_doc_free(d);
    free(raw);
    free(annb);
    ng__pn_free(&gold);
    ng__pn_free(&pred);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void prf(const char *what, long tp_p, long np, long tp_g, long ng)
{
    double p = np ? 100.0 * (double)tp_p / (double)np : 0, r = ng ? 100.0 * (double)tp_g / (double)ng : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("%-22s P %5.1f  R %5.1f  F1 %5.1f   (%ld/%ld pred, %ld/%ld gold)\n", what, p, r, f, tp_p,
           np, tp_g, ng);
}

static void print_stats(const stats *st, const char *dir, const char *who, double secs)
{
    if (who)
        printf("%s:\n", who);
    printf("PolNeAR %s: %ld articles, %ld gold attributions, %ld predicted (%ld direct, %ld indirect, "
           "%ld attributions), %.1f s\n",
           dir, st->docs, st->gold, st->pred, st->pred_kind[1], st->pred_kind[0], st->pred_kind[2],
           secs);
    prf("content overlap", st->ov_tp_p, st->pred, st->ov_tp_g, st->gold);
    prf("  content-only pairing", st->ov_tp_co, st->pred, st->ov_tp_co, st->gold);
    prf("content exact", st->ex_tp, st->pred, st->ex_tp, st->gold);
    prf("source exact", st->src_tp, st->src_pred, st->src_tp, st->src_gold);
    prf("  content-only pairing", st->src_tp_co, st->src_pred, st->src_tp_co, st->src_gold);
    prf("source overlap", st->src_ov_tp, st->src_pred, st->src_ov_tp, st->src_gold);
    prf("source, citron's def.", st->cit_tp_p, st->pred, st->cit_tp_g, st->gold);
    printf("%-22s %5.1f %%  (%ld/%ld matched pairs with a gold cue)\n", "cue accuracy",
           st->cue_n ? 100.0 * (double)st->cue_ok / (double)st->cue_n : 0, st->cue_ok, st->cue_n);
    printf("%-22s %5.1f %%  (%ld/%ld matched pairs with a gold cue)\n", "  content-only pairing",
           st->cue_n_co ? 100.0 * (double)st->cue_ok_co / (double)st->cue_n_co : 0, st->cue_ok_co, st->cue_n_co);
    printf("%-22s %5.1f %%  (%ld/%ld matched pairs where both have a source: sources overlap)\n",
           "source accuracy", st->spk_n ? 100.0 * (double)st->spk_ok / (double)st->spk_n : 0, st->spk_ok,
           st->spk_n);
    printf("recall, gold contents with quote marks   %5.1f %%  (%ld/%ld)\n",
           st->sub_n[0] ? 100.0 * (double)st->sub_ok[0] / (double)st->sub_n[0] : 0, st->sub_ok[0], st->sub_n[0]);
    printf("recall, gold cue say/tell/according to   %5.1f %%  (%ld/%ld)\n",
           st->sub_n[1] ? 100.0 * (double)st->sub_ok[1] / (double)st->sub_n[1] : 0, st->sub_ok[1], st->sub_n[1]);
    const char *kinds[3] = {"indirect", "direct", "attribution"};
    for (int k = 0; k < 3; k++)
        printf("precision %-12s %5.1f %%  (%ld/%ld)\n", kinds[k],
               st->pred_kind[k] ? 100.0 * (double)st->pred_kind_ok[k] / (double)st->pred_kind[k] : 0,
               st->pred_kind_ok[k], st->pred_kind[k]);
    const char *hows[2] = {"tagger", "rules"};
    for (int k = 1; k >= 0; k--)
        printf("precision %-12s %5.1f %% contents (%ld/%ld), %5.1f %% sources exact (%ld/%ld)\n", hows[k],
               st->by_how[k] ? 100.0 * (double)st->by_how_ok[k] / (double)st->by_how[k] : 0, st->by_how_ok[k],
               st->by_how[k], st->by_how_src[k] ? 100.0 * (double)st->by_how_src_ok[k] / (double)st->by_how_src[k] : 0,
               st->by_how_src_ok[k], st->by_how_src[k]);
}

int cmd_eval_quotes(int argc, char **argv)
{
    eval_ctx cx;
    memset(&cx, 0, sizeof cx);
    long limit = -1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v") || !strcmp(argv[i], "--verbose"))
            cx.verbose++;
        else if (!strcmp(argv[i], "--misses"))
            cx.misses = 1;
        else if (!strcmp(argv[i], "--context"))
            cx.misses = cx.context = 1;
        else if (!strcmp(argv[i], "--agreement"))
            cx.agreement = 1;
        else if (!strcmp(argv[i], "--limit") && i + 1 < argc)
            limit = atol(argv[++i]);
        else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: newsgraph eval quotes [-v] [--misses] [--context] [--agreement] [--limit N] DIR\n"
                   "DIR is a PolNeAR split (with text/ and attributions/), e.g. .../polnear/dev\n"
                   "--misses prints one tab-separated line per missed gold attribution\n"
                   "(MISS covered|free article cue source content), per matched prediction\n"
                   "(HIT kind article cue exact|overlap source|nosource predsource goldsource goldcue) and per unmatched\n"
                   "prediction (FALSE kind article cue source content) before the figures;\n"
                   "--context (implies --misses) ends HIT lines with the text around the predicted\n"
                   "and gold sources, FALSE lines around the predicted source, MISS lines around\n"
                   "the gold cue, [the span] marked, then busy|bare (the cue's sentence holds a\n"
                   "predicted cue or not), -inq when the cue lies inside a predicted direct quotation\n"
                   "and -inc inside a predicted indirect content (a nested attribution);\n"
                   "--agreement scores only the articles several annotators annotated: the system\n"
                   "against the first annotator (in file name order), then each other annotator\n"
                   "against the first (the human agreement on the same measures)\n");
            return EXIT_OK;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "eval quotes: unknown option %s\n", argv[i]);
            return EXIT_USAGE;
        } else
            cx.dir = argv[i];
    }
    if (!cx.dir) {
        fprintf(stderr, "usage: newsgraph eval quotes [-v] [--misses] [--limit N] DIR\n");
        return EXIT_USAGE;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/attributions", cx.dir);
    DIR *dh = opendir(path);
    if (!dh) {
        fprintf(stderr, "eval quotes: cannot open %s\n", path);
        return EXIT_USAGE;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dh))) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".ann"))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            char **p = realloc(names, cap * sizeof *p);
            if (!p)
                break;
            names = p;
        }
        names[n++] = strdup(de->d_name);
    }
    closedir(dh);
    qsort(names, n, sizeof *names, cmp_str);
    ng_engine_options eo;
    memset(&eo, 0, sizeof eo);
    eo.data_dir = cli_data_dir();
    ng_error err;
    if (ng_engine_open(&eo, &cx.eng, &err)) {
        fprintf(stderr, "eval quotes: %s\n", err.msg);
        return EXIT_SOME_FAILED;
    }
    double t0 = cli_now();
    char prev[1024] = "";
    int failed = 0;
    long done = 0;
    for (size_t i = 0; i < n && (limit < 0 || done < limit); i++) {
        /* NAME_annotator.ann: the article is NAME */
        char art[1024];
        snprintf(art, sizeof art, "%s", names[i]);
        char *us = strrchr(art, '_');
        if (!us)
            continue;
        *us = 0;
        if (!strcmp(art, prev))
            continue; /* a second annotator of the same article */
        snprintf(prev, sizeof prev, "%s", art);
        /* --agreement: the other annotators' files of the article (the
         * next ones in name order), each scored against the first */
        size_t al = strlen(art), others = 0;
        while (cx.agreement && i + 1 + others < n && !strncmp(names[i + 1 + others], art, al) &&
               names[i + 1 + others][al] == '_' && !strchr(names[i + 1 + others] + al + 1, '_'))
            others++;
        if (cx.agreement && !others)
            continue;
        if (eval_article(&cx, art, names[i], NULL))
            failed++;
        for (size_t k = 1; k <= others; k++)
            if (eval_article(&cx, art, names[i], names[i + k]))
                failed++;
        done++;
    }
    double secs = cli_now() - t0;
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    ng_engine_close(cx.eng);
    print_stats(&cx.st, cx.dir, cx.agreement ? "the system against the first annotator" : NULL, secs);
    if (cx.agreement)
        print_stats(&cx.st2, cx.dir, "each other annotator against the first (one article counted once per annotator)", secs);
    return failed ? EXIT_SOME_FAILED : EXIT_OK;
}
