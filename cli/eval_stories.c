/*
 * eval_stories.c -- `newsgraph eval stories`: the same-story similarity
 * against SemEval-2022 task 8 (English pairs; Overall: 1 = same story ...
 * 4 = unrelated).
 *
 * Both texts of every English pair are processed (the full pipeline), term
 * statistics are counted over the texts of the file (no labels are used),
 * and each pair gets the clustering similarity and, as the baseline, the
 * TF-IDF cosine of its terms.  Reported: Pearson correlation with the gold
 * similarity (5 - Overall, so higher is more similar for both), and the
 * accuracy of the same-story decision (gold: Overall <= 1.5, i.e. rated
 * "very similar" on average; --same changes the cut) at a threshold.
 * With --train, the threshold that maximises training accuracy is chosen
 * there and applied to --test; pairs of the test file whose pair_id is also
 * in the training file are left out of the test figures.
 *
 * `newsgraph eval clusters` measures the clustering itself.  The articles
 * of a file's English pairs (each distinct article id once; an article id
 * is one half of a pair_id) are clustered online, as the store does, in
 * the order of their numeric ids (SemEval gives no dates: every article is
 * inside the time window).  Gold groups: the connected components of the
 * pairs rated the same story (Overall <= 1.5, --same); every other
 * article is its own group.  This assumes that articles of different pairs
 * are different stories, which the data does not promise (-v lists every
 * system cluster that joins articles of different gold groups, and the
 * labelled pairs decided wrong, to judge).
 * Reported: B-cubed precision, recall and F1 (per article, averaged),
 * pairwise precision and recall over all article pairs, and the labelled
 * pairs decided right; beside the all-singletons baseline.  The join
 * threshold that maximises B-cubed F1 on --train is applied to --test, and
 * the figures at the default threshold are given too.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct pair {
    char *id;
    double gold;     /* Overall */
    double sim, bow;
} pair;

typedef struct pairs {
    pair *v;
    size_t n, cap;
} pairs;

/* Reads one CSV record (RFC 4180) from f into fields; returns the count, 0 at EOF. */
static size_t csv_record(FILE *f, char ***fields, size_t *cap)
{
    size_t nf = 0;
    int c = fgetc(f);
    if (c == EOF)
        return 0;
    ungetc(c, f);
    char *buf = NULL;
    size_t len = 0, bcap = 0;
    int quoted = 0, done = 0;
    while (!done) {
        c = fgetc(f);
        if (len + 2 > bcap) {
            bcap = bcap ? bcap * 2 : 256;
            buf = realloc(buf, bcap);
            if (!buf)
                exit(EXIT_SOME_FAILED);
        }
        if (quoted) {
            if (c == EOF) {
                done = 1;
            } else if (c == '"') {
                int d = fgetc(f);
                if (d == '"')
                    buf[len++] = '"';
                else {
                    quoted = 0;
                    ungetc(d, f);
                }
            } else {
                buf[len++] = (char)c;
            }
            continue;
        }
        if (c == '"' && len == 0) {
            quoted = 1;
            continue;
        }
        if (c == ',' || c == '\n' || c == EOF) {
            if (nf == *cap) {
                *cap = *cap ? *cap * 2 : 16;
                *fields = realloc(*fields, *cap * sizeof **fields);
                if (!*fields)
                    exit(EXIT_SOME_FAILED);
            }
            buf[len] = 0;
            (*fields)[nf++] = strdup(buf);
            len = 0;
            if (c != ',')
                done = 1;
            continue;
        }
        if (c != '\r')
            buf[len++] = (char)c;
    }
    free(buf);
    return nf;
}

static ng_doc *process(ng_engine *e, const char *text)
{
    ng_doc *d;
    if (ng_doc_new(&d))
        return NULL;
    if (ng_doc_set_text(d, text, strlen(text)) || ng_process(e, d)) {
        ng_doc_free(d);
        return NULL;
    }
    return d;
}

/* Opens a SemEval pairs file and finds its columns pair_id, lang1, lang2,
 * text1, text2 and Overall (col[0..5]; ncol: fields a row needs), the
 * header record read with fl/cap.  Returns the file, or NULL after a message
 * naming cmd ("stories", "clusters"). */
static FILE *open_pairs(const char *path, const char *cmd, int col[6], int *ncol, char ***fl, size_t *cap)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return NULL;
    }
    const char *names[] = {"pair_id", "lang1", "lang2", "text1", "text2", "Overall"};
    size_t nf = csv_record(f, fl, cap);
    *ncol = 0;
    for (int k = 0; k < 6; k++) {
        col[k] = -1;
        for (size_t i = 0; i < nf; i++)
            if (!strcmp((*fl)[i], names[k]))
                col[k] = (int)i;
        if (col[k] < 0) {
            fprintf(stderr, "newsgraph eval %s: %s: no column %s\n", cmd, path, names[k]);
            for (size_t i = 0; i < nf; i++)
                free((*fl)[i]);
            free(*fl);
            *fl = NULL;
            fclose(f);
            return NULL;
        }
        *ncol = col[k] + 1 > *ncol ? col[k] + 1 : *ncol;
    }
    for (size_t i = 0; i < nf; i++)
        free((*fl)[i]);
    return f;
}

/* Loads the en-en pairs of a file and scores them. */
static int load(const char *path, ng_engine *e, pairs *out)
{
    char **fl = NULL;
    size_t cap = 0, nf;
    int col[6], ncol;
    FILE *f = open_pairs(path, "stories", col, &ncol, &fl, &cap);
    if (!f)
        return -1;
    ng_doc **docs = NULL;
    size_t ndocs = 0;
    ng_simctx *ctx;
    if (ng_simctx_new(&ctx)) {
        fclose(f);
        return -1;
    }
    while ((nf = csv_record(f, &fl, &cap)) > 0) {
        if ((int)nf >= ncol && !strcmp(fl[col[1]], "en") && !strcmp(fl[col[2]], "en")) {
            ng_doc *a = process(e, fl[col[3]]), *b = process(e, fl[col[4]]);
            if (a && b) {
                if (out->n == out->cap) {
                    out->cap = out->cap ? out->cap * 2 : 256;
                    out->v = realloc(out->v, out->cap * sizeof *out->v);
                }
                docs = realloc(docs, (ndocs + 2) * sizeof *docs);
                if (!out->v || !docs)
                    exit(EXIT_SOME_FAILED);
                pair *p = &out->v[out->n++];
                p->id = strdup(fl[col[0]]);
                p->gold = atof(fl[col[5]]);
                docs[ndocs++] = a;
                docs[ndocs++] = b;
                ng_simctx_count(ctx, a);
                ng_simctx_count(ctx, b);
            } else {
                ng_doc_free(a);
                ng_doc_free(b);
            }
        }
        for (size_t i = 0; i < nf; i++)
            free(fl[i]);
    }
    fclose(f);
    free(fl);
    for (size_t i = 0; i < out->n; i++) {
        ng_simctx_similarity(ctx, docs[2 * i], docs[2 * i + 1], &out->v[i].sim, &out->v[i].bow);
        ng_doc_free(docs[2 * i]);
        ng_doc_free(docs[2 * i + 1]);
    }
    free(docs);
    ng_simctx_free(ctx);
    return 0;
}

static double pearson(const pairs *p, int bow, const char *const *skip, size_t nskip)
{
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0, n = 0;
    for (size_t i = 0; i < p->n; i++) {
        int s = 0;
        for (size_t k = 0; k < nskip && !s; k++)
            s = !strcmp(skip[k], p->v[i].id);
        if (s)
            continue;
        double x = bow ? p->v[i].bow : p->v[i].sim, y = 5.0 - p->v[i].gold;
        sx += x, sy += y, sxx += x * x, syy += y * y, sxy += x * y, n++;
    }
    double cov = sxy - sx * sy / n, vx = sxx - sx * sx / n, vy = syy - sy * sy / n;
    return vx > 0 && vy > 0 ? cov / sqrt(vx * vy) : 0;
}

static double same_cut = 1.5; /* gold Overall <= this: the same story */

static double accuracy(const pairs *p, int bow, double t, const char *const *skip, size_t nskip, size_t *count)
{
    size_t ok = 0, n = 0;
    for (size_t i = 0; i < p->n; i++) {
        int s = 0;
        for (size_t k = 0; k < nskip && !s; k++)
            s = !strcmp(skip[k], p->v[i].id);
        if (s)
            continue;
        double x = bow ? p->v[i].bow : p->v[i].sim;
        ok += (x >= t) == (p->v[i].gold <= same_cut);
        n++;
    }
    if (count)
        *count = n;
    return n ? (double)ok / n : 0;
}

static double best_threshold(const pairs *p, int bow)
{
    double best = 0, bt = 0.5;
    for (int k = 1; k < 100; k++) {
        double t = k / 100.0, a = accuracy(p, bow, t, NULL, 0, NULL);
        if (a > best)
            best = a, bt = t;
    }
    return bt;
}

static void usage(FILE *f)
{
    fputs("usage: newsgraph eval stories [--train TRAIN.csv] --test TEST.csv [--threshold T] [--text-only]\n"
          "Same-story similarity on the English pairs of SemEval-2022 task 8: Pearson\n"
          "correlation with the gold similarity and same-story accuracy (Overall <= 1.5;\n"
          "--same CUT changes it),\n"
          "beside the TF-IDF cosine baseline.  The threshold is chosen on --train\n"
          "(test pairs also in the training file are left out), else --threshold, else\n"
          "the clustering default.  --pairs prints every test pair's scores.\n",
          f);
}

int cmd_eval_stories(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"train", required_argument, 0, 'r'}, {"test", required_argument, 0, 't'},
        {"threshold", required_argument, 0, 'T'}, {"text-only", no_argument, 0, 'x'},
        {"same", required_argument, 0, 's'}, {"pairs", no_argument, 0, 'p'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0},
    };
    const char *train = NULL, *test = NULL;
    double thr = ng_story_threshold();
    ng_engine_options eo = {0};
    eo.data_dir = cli_data_dir();
    int c, print_pairs = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case 'r': train = optarg; break;
        case 't': test = optarg; break;
        case 'T': thr = atof(optarg); break;
        case 'x': eo.flags |= NG_ENGINE_NO_MODELS; break;
        case 's': same_cut = atof(optarg); break;
        case 'p': print_pairs = 1; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (!test) {
        usage(stderr);
        return EXIT_USAGE;
    }
    ng_engine *e;
    ng_error err;
    if (ng_engine_open(&eo, &e, &err)) {
        fprintf(stderr, "newsgraph eval stories: %s\n", err.msg);
        return EXIT_USAGE;
    }
    pairs tr = {0}, te = {0};
    const char **skip = NULL;
    size_t nskip = 0;
    double thr_bow = thr;
    if (train) {
        if (load(train, e, &tr)) {
            ng_engine_close(e);
            return EXIT_USAGE;
        }
        thr = best_threshold(&tr, 0);
        thr_bow = best_threshold(&tr, 1);
        printf("train %s: %zu en pairs; threshold %.2f (accuracy %.3f, pearson %.3f); baseline threshold %.2f "
               "(accuracy %.3f, pearson %.3f)\n",
               train, tr.n, thr, accuracy(&tr, 0, thr, NULL, 0, NULL), pearson(&tr, 0, NULL, 0), thr_bow,
               accuracy(&tr, 1, thr_bow, NULL, 0, NULL), pearson(&tr, 1, NULL, 0));
        skip = malloc((tr.n + 1) * sizeof *skip);
        for (size_t i = 0; i < tr.n && skip; i++)
            skip[nskip++] = tr.v[i].id;
    }
    if (load(test, e, &te)) {
        ng_engine_close(e);
        return EXIT_USAGE;
    }
    size_t n;
    for (size_t i = 0; i < te.n && print_pairs; i++)
        printf("pair %s  gold %.2f  similarity %.3f  tf-idf %.3f\n", te.v[i].id, te.v[i].gold, te.v[i].sim, te.v[i].bow);
    double acc = accuracy(&te, 0, thr, skip, nskip, &n);
    printf("test %s: %zu en pairs scored (%zu also in train left out)\n", test, n, te.n - n);
    printf("  newsgraph similarity: pearson %.3f, same-story accuracy %.3f at threshold %.2f\n",
           pearson(&te, 0, skip, nskip), acc, thr);
    printf("  baseline TF-IDF cos:  pearson %.3f, same-story accuracy %.3f at threshold %.2f\n",
           pearson(&te, 1, skip, nskip), accuracy(&te, 1, thr_bow, skip, nskip, NULL), thr_bow);
    size_t pos = 0;
    for (size_t i = 0; i < te.n; i++)
        pos += te.v[i].gold <= same_cut;
    printf("  (same-story share of all test pairs: %.3f)\n", te.n ? (double)pos / te.n : 0);
    for (size_t i = 0; i < tr.n; i++)
        free(tr.v[i].id);
    for (size_t i = 0; i < te.n; i++)
        free(te.v[i].id);
    free(tr.v);
    free(te.v);
    free(skip);
    ng_engine_close(e);
    return EXIT_OK;
}

/* ---- eval clusters ---- */
typedef struct carts {
    char **ids;      /* article ids, sorted by number */
    ng_doc **docs;
    char **heads;    /* the first 70 bytes of each text, for -v */
    size_t n;
    size_t (*pairs)[2];
    double *gold;
    size_t npairs;
    size_t *gold_of; /* gold group (a representative article index) */
} carts;

static int cmp_idnum(const void *a, const void *b)
{
    const char *x = *(char *const *)a, *y = *(char *const *)b;
    size_t lx = strlen(x), ly = strlen(y);
    if (lx != ly)
        return lx < ly ? -1 : 1;
    return strcmp(x, y);
}

static size_t art_index(const carts *c, const char *id)
{
    const char **p = bsearch(&id, c->ids, c->n, sizeof *c->ids, cmp_idnum);
    return p ? (size_t)((char **)p - c->ids) : (size_t)-1;
}

static size_t uf_find(size_t *p, size_t x)
{
    while (p[x] != x)
        x = p[x] = p[p[x]];
    return x;
}

static int load_carts(const char *path, ng_engine *e, carts *c)
{
    char **fl = NULL;
    size_t cap = 0, nf;
    int col[6], ncol;
    FILE *f = open_pairs(path, "clusters", col, &ncol, &fl, &cap);
    if (!f)
        return -1;
    /* rows first: ids and texts */
    char **pid = NULL, **t1 = NULL, **t2 = NULL;
    double *g = NULL;
    size_t nrows = 0;
    while ((nf = csv_record(f, &fl, &cap)) > 0) {
        if ((int)nf >= ncol && !strcmp(fl[col[1]], "en") && !strcmp(fl[col[2]], "en") && strchr(fl[col[0]], '_')) {
            pid = realloc(pid, (nrows + 1) * sizeof *pid);
            t1 = realloc(t1, (nrows + 1) * sizeof *t1);
            t2 = realloc(t2, (nrows + 1) * sizeof *t2);
            g = realloc(g, (nrows + 1) * sizeof *g);
            if (!pid || !t1 || !t2 || !g)
                exit(EXIT_SOME_FAILED);
            pid[nrows] = strdup(fl[col[0]]);
            t1[nrows] = strdup(fl[col[3]]);
            t2[nrows] = strdup(fl[col[4]]);
            g[nrows] = atof(fl[col[5]]);
            nrows++;
        }
        for (size_t i = 0; i < nf; i++)
            free(fl[i]);
    }
    fclose(f);
    free(fl);
    /* distinct article ids */
    char **ids = malloc((2 * nrows + 1) * sizeof *ids);
    char **txt = malloc((2 * nrows + 1) * sizeof *txt);
    size_t nids = 0;
    for (size_t r = 0; r < nrows; r++) {
        char *u = strchr(pid[r], '_');
        *u = 0;
        ids[nids] = pid[r], txt[nids++] = t1[r];
        ids[nids] = u + 1, txt[nids++] = t2[r];
    }
    /* sort (id, text) by id, drop repeated ids (the first text stays) */
    size_t *ord = malloc((nids + 1) * sizeof *ord);
    for (size_t i = 0; i < nids; i++)
        ord[i] = i;
    for (size_t i = 1; i < nids; i++) { /* insertion sort: a few hundred ids */
        size_t x = ord[i], k = i;
        while (k > 0 && cmp_idnum(&ids[ord[k - 1]], &ids[x]) > 0) {
            ord[k] = ord[k - 1];
            k--;
        }
        ord[k] = x;
    }
    c->ids = malloc((nids + 1) * sizeof *c->ids);
    c->docs = malloc((nids + 1) * sizeof *c->docs);
    c->heads = malloc((nids + 1) * sizeof *c->heads);
    c->n = 0;
    for (size_t i = 0; i < nids; i++) {
        size_t x = ord[i];
        if (c->n && !cmp_idnum(&c->ids[c->n - 1], &ids[x]))
            continue;
        c->ids[c->n] = strdup(ids[x]);
        c->docs[c->n] = process(e, txt[x]);
        c->heads[c->n] = strndup(txt[x], 70);
        for (char *q = c->heads[c->n]; *q; q++)
            if (*q == '\n' || *q == '\r' || *q == '\t')
                *q = ' ';
        c->n++;
    }
    c->pairs = malloc((nrows + 1) * sizeof *c->pairs);
    c->gold = malloc((nrows + 1) * sizeof *c->gold);
    c->npairs = 0;
    for (size_t r = 0; r < nrows; r++) {
        size_t a = art_index(c, pid[r]), b = art_index(c, pid[r] + strlen(pid[r]) + 1);
        if (a != (size_t)-1 && b != (size_t)-1 && a != b) {
            c->pairs[c->npairs][0] = a, c->pairs[c->npairs][1] = b;
            c->gold[c->npairs++] = g[r];
        }
    }
    c->gold_of = malloc((c->n + 1) * sizeof *c->gold_of);
    for (size_t i = 0; i < c->n; i++)
        c->gold_of[i] = i;
    for (size_t k = 0; k < c->npairs; k++)
        if (c->gold[k] <= same_cut) {
            size_t x = uf_find(c->gold_of, c->pairs[k][0]), y = uf_find(c->gold_of, c->pairs[k][1]);
            if (x != y)
                c->gold_of[x < y ? y : x] = x < y ? x : y;
        }
    for (size_t i = 0; i < c->n; i++)
        c->gold_of[i] = uf_find(c->gold_of, i);
    for (size_t r = 0; r < nrows; r++)
        free(pid[r]), free(t1[r]), free(t2[r]);
    free(pid), free(t1), free(t2), free(g), free(ids), free(txt), free(ord);
    return 0;
}

static void free_carts(carts *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free(c->ids[i]);
        free(c->heads[i]);
        ng_doc_free(c->docs[i]);
    }
    free(c->ids), free(c->docs), free(c->heads), free(c->pairs), free(c->gold), free(c->gold_of);
}

typedef struct cscore {
    double b3p, b3r, b3f, pp, pr, pf;
    size_t lab_ok, lab_n, same_tp, same_n, diff_ok, diff_n; /* labelled pairs */
    size_t clusters, cross;                                  /* system clusters; ones joining gold groups */
} cscore;

/* Clusters c's articles (threshold t; t < 0: every article alone) and
 * scores the result against the gold groups. */
static int run_clusters(const carts *c, double t, int cold, cscore *s, int64_t *sys, FILE *verbose)
{
    memset(s, 0, sizeof *s);
    if (t >= 0) {
        ng_simctx *ctx;
        if (ng_simctx_new(&ctx))
            return -1;
        for (size_t i = 0; i < c->n && !cold; i++)
            if (c->docs[i] && ng_simctx_count(ctx, c->docs[i])) {
                ng_simctx_free(ctx);
                return -1;
            }
        for (size_t i = 0; i < c->n; i++) {
            sys[i] = -(int64_t)i - 1; /* an unprocessed text stays alone */
            if (c->docs[i] && ng_simctx_cluster(ctx, c->docs[i], t, &sys[i], NULL)) {
                ng_simctx_free(ctx);
                return -1;
            }
        }
        ng_simctx_free(ctx);
    } else {
        for (size_t i = 0; i < c->n; i++)
            sys[i] = (int64_t)i;
    }
    double tp = 0, sp = 0, gp = 0;
    for (size_t i = 0; i < c->n; i++) {
        size_t both = 0, ns = 0, ng = 0;
        for (size_t j = 0; j < c->n; j++) {
            int ss = sys[i] == sys[j], gg = c->gold_of[i] == c->gold_of[j];
            ns += ss, ng += gg, both += ss && gg;
            if (j > i)
                tp += ss && gg, sp += ss, gp += gg;
        }
        s->b3p += (double)both / ns;
        s->b3r += (double)both / ng;
    }
    s->b3p /= c->n, s->b3r /= c->n;
    s->b3f = s->b3p + s->b3r > 0 ? 2 * s->b3p * s->b3r / (s->b3p + s->b3r) : 0;
    s->pp = sp > 0 ? tp / sp : 1;
    s->pr = gp > 0 ? tp / gp : 1;
    s->pf = s->pp + s->pr > 0 ? 2 * s->pp * s->pr / (s->pp + s->pr) : 0;
    for (size_t k = 0; k < c->npairs; k++) {
        int same = c->gold[k] <= same_cut, ss = sys[c->pairs[k][0]] == sys[c->pairs[k][1]];
        if (verbose && same != ss)
            fprintf(verbose, "  labelled pair %s (Overall %.2f) %s:\n    %-11s %s\n    %-11s %s\n",
                    same ? "same story" : "different", c->gold[k], ss ? "joined" : "apart", c->ids[c->pairs[k][0]],
                    c->heads[c->pairs[k][0]], c->ids[c->pairs[k][1]], c->heads[c->pairs[k][1]]);
        s->lab_n++;
        s->lab_ok += same == ss;
        if (same)
            s->same_n++, s->same_tp += ss;
        else
            s->diff_n++, s->diff_ok += !ss;
    }
    for (size_t i = 0; i < c->n; i++) {
        size_t first = 0;
        while (sys[first] != sys[i])
            first++;
        if (first != i)
            continue;
        s->clusters++;
        int cross = 0;
        for (size_t j = i + 1; j < c->n && !cross; j++)
            cross = sys[j] == sys[i] && c->gold_of[j] != c->gold_of[i];
        s->cross += cross;
        if (cross && verbose) {
            fprintf(verbose, "  system cluster joining gold groups:\n");
            for (size_t j = i; j < c->n; j++)
                if (sys[j] == sys[i])
                    fprintf(verbose, "    %-11s gold %-11s %s\n", c->ids[j], c->ids[c->gold_of[j]], c->heads[j]);
        }
    }
    return 0;
}

static void print_cscore(const char *what, double t, const cscore *s)
{
    printf("  %-26s", what);
    if (t >= 0)
        printf(" t=%.2f", t);
    else
        printf("       ");
    printf("  B-cubed P %.3f R %.3f F1 %.3f | pairwise P %.3f R %.3f F1 %.3f | labelled pairs %zu/%zu right "
           "(same %zu/%zu, different %zu/%zu) | %zu clusters, %zu joining gold groups\n",
           s->b3p, s->b3r, s->b3f, s->pp, s->pr, s->pf, s->lab_ok, s->lab_n, s->same_tp, s->same_n, s->diff_ok,
           s->diff_n, s->clusters, s->cross);
}

int cmd_eval_clusters(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"train", required_argument, 0, 'r'}, {"test", required_argument, 0, 't'},
        {"threshold", required_argument, 0, 'T'}, {"same", required_argument, 0, 's'},
        {"cold", no_argument, 0, 'c'}, {"verbose", no_argument, 0, 'v'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0},
    };
    const char *train = NULL, *test = NULL;
    double thr = -1;
    int cold = 0, verbose = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "hv", longopts, NULL)) != -1) {
        switch (c) {
        case 'r': train = optarg; break;
        case 't': test = optarg; break;
        case 'T': thr = atof(optarg); break;
        case 's': same_cut = atof(optarg); break;
        case 'c': cold = 1; break;
        case 'v': verbose = 1; break;
        case 'h':
        default:
            fputs("usage: newsgraph eval clusters [--train TRAIN.csv] --test TEST.csv [--threshold T] [--same CUT]\n"
                  "                               [--cold] [-v]\n"
                  "Clusters the articles of the English pairs of SemEval-2022 task 8 online and\n"
                  "scores them against gold groups: connected components of the pairs with\n"
                  "Overall <= 1.5 (--same), other articles alone.  B-cubed and pairwise\n"
                  "precision/recall/F1.  The threshold is the one with the best B-cubed F1 on\n"
                  "--train (else --threshold, else the default).  Term statistics are counted\n"
                  "over the file's texts first, like a database that holds them (--cold: not).\n"
                  "-v lists system clusters that join articles of different gold groups and the\n"
                  "labelled pairs decided wrong.\n",
                  c == 'h' ? stdout : stderr);
            return c == 'h' ? EXIT_OK : EXIT_USAGE;
        }
    }
    if (!test) {
        fputs("newsgraph eval clusters: --test is required\n", stderr);
        return EXIT_USAGE;
    }
    ng_engine_options eo = {0};
    eo.data_dir = cli_data_dir();
    ng_engine *e;
    ng_error err;
    if (ng_engine_open(&eo, &e, &err)) {
        fprintf(stderr, "newsgraph eval clusters: %s\n", err.msg);
        return EXIT_USAGE;
    }
    double def = ng_story_threshold();
    cscore s;
    int rc = EXIT_OK;
    if (train) {
        carts tr = {0};
        if (load_carts(train, e, &tr)) {
            ng_engine_close(e);
            return EXIT_USAGE;
        }
        int64_t *sys = malloc((tr.n + 1) * sizeof *sys);
        double best = -1;
        for (int k = 5; k <= 80 && sys; k++) {
            if (run_clusters(&tr, k / 100.0, cold, &s, sys, NULL)) {
                rc = EXIT_SOME_FAILED;
                break;
            }
            if (s.b3f > best)
                best = s.b3f, thr = k / 100.0;
        }
        size_t ngold = 0;
        for (size_t i = 0; i < tr.n; i++)
            ngold += tr.gold_of[i] == i;
        printf("train %s: %zu articles of %zu en pairs, %zu gold groups; threshold %.2f has the best B-cubed F1\n",
               train, tr.n, tr.npairs, ngold, thr);
        if (sys && !run_clusters(&tr, -1, cold, &s, sys, NULL))
            print_cscore("all singletons", -1, &s);
        if (sys && !run_clusters(&tr, def, cold, &s, sys, NULL))
            print_cscore("default threshold", def, &s);
        if (sys && !run_clusters(&tr, thr, cold, &s, sys, verbose ? stdout : NULL))
            print_cscore("chosen on train", thr, &s);
        free(sys);
        free_carts(&tr);
    }
    carts te = {0};
    if (load_carts(test, e, &te)) {
        ng_engine_close(e);
        return EXIT_USAGE;
    }
    size_t ngold = 0;
    for (size_t i = 0; i < te.n; i++)
        ngold += te.gold_of[i] == i;
    printf("test %s: %zu articles of %zu en pairs, %zu gold groups (same story: Overall <= %.2f)\n", test, te.n,
           te.npairs, ngold, same_cut);
    int64_t *sys = malloc((te.n + 1) * sizeof *sys);
    if (sys && !run_clusters(&te, -1, cold, &s, sys, NULL))
        print_cscore("all singletons", -1, &s);
    if (sys && !run_clusters(&te, def, cold, &s, sys, verbose && thr < 0 ? stdout : NULL))
        print_cscore("default threshold", def, &s);
    if (thr >= 0 && sys && !run_clusters(&te, thr, cold, &s, sys, verbose ? stdout : NULL))
        print_cscore(train ? "threshold chosen on train" : "--threshold", thr, &s);
    free(sys);
    free_carts(&te);
    ng_engine_close(e);
    return rc;
}
