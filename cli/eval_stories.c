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

/* Loads the en-en pairs of a file and scores them. */
static int load(const char *path, ng_engine *e, pairs *out)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return -1;
    }
    char **fl = NULL;
    size_t cap = 0, nf;
    int col[16], ncol = 0;
    const char *names[] = {"pair_id", "lang1", "lang2", "text1", "text2", "Overall"};
    nf = csv_record(f, &fl, &cap);
    for (int k = 0; k < 6; k++) {
        col[k] = -1;
        for (size_t i = 0; i < nf; i++)
            if (!strcmp(fl[i], names[k]))
                col[k] = (int)i;
        if (col[k] < 0) {
            fprintf(stderr, "newsgraph eval stories: %s: no column %s\n", path, names[k]);
            fclose(f);
            return -1;
        }
        ncol = col[k] + 1 > ncol ? col[k] + 1 : ncol;
    }
    for (size_t i = 0; i < nf; i++)
        free(fl[i]);
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
