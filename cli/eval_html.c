/*
 * eval_html.c -- `newsgraph eval html` and `newsgraph eval dates`: how well
 * the HTML reader finds a page's main text and its publication date.
 *
 * eval html --dragnet DIR      DIR/input/N.html against DIR/GoldStandard/N.txt:
 *                              token-level precision, recall and F1 (bag of
 *                              lower-cased word tokens), averaged over pages
 *                              (dragnet's measure) and pooled over all tokens.
 * eval html --trafilatura DIR  DIR/evaldata.json (or DIR/tests/evaldata.json):
 *                              share of "with" snippets found and "without"
 *                              snippets absent, and trafilatura's P/R/F1 over
 *                              those counts.
 * --split dev|test|all         pages in sorted order: even positions are dev,
 *                              odd are test (default all).
 * --system FILE.jsonl          score another extractor's output instead
 *                              ({"file": NAME, "text": TEXT} per line, NAME as
 *                              in the set); used by bench/html_compare.sh.
 * --versus FILE.jsonl          also score that other extractor on the same
 *                              pages and print the difference (ours minus
 *                              theirs: per-page mean F1 on dragnet, pooled F1
 *                              on trafilatura-eval) with a 95 % paired
 *                              bootstrap interval over pages (2,000
 *                              resamples, fixed seed): a lead whose interval
 *                              stays above 0 is not page-sampling luck; and
 *                              the interval of our own score, to set beside
 *                              figures published on other cuts of a set.
 * --dump FILE.jsonl            write our extracted texts in that same form.
 * --no-comments                dragnet: score against the gold cut at its
 *                              "!@#$%^&*()  COMMENTS" marker line (and its
 *                              hand-typed variants), i.e. the
 *                              article without its reader comments.
 * --with-title                 score the record's title, a line break and its
 *                              text (the plain figure scores `text` alone:
 *                              our text leaves the headline to `title`, and
 *                              dragnet's gold starts with it); with --system,
 *                              the lines' "title" field.
 * eval dates --htmldate DIR    DIR/eval_default.json: exact-day accuracy of
 *                              the "published" field (page URL given as input).
 * Both print a checksum of all outputs, so speed-ups cannot hide changes.
 */
#include "cli.h"

#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    size_t k;
    while (p && (k = fread(p + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *q = realloc(p, cap *= 2);
            if (!q) {
                free(p);
                p = NULL;
            }
            p = q;
        }
    }
    fclose(f);
    if (p) {
        p[n < cap ? n : cap - 1] = 0;
        *len = n;
    }
    return p;
}

static int exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

/* Extracts a page; returns a malloc'd text (and the published field in pub;
 * with_title: the title, a line break, then the text). */
static char *extract(ng_engine *e, const char *html, size_t n, const char *url, char *pub, size_t cap, int with_title)
{
    ng_doc *d;
    if (ng_doc_new(&d))
        return NULL;
    char *out = NULL;
    if (url)
        ng_doc_set(d, NG_FIELD_URL, url, strlen(url));
    if (ng_doc_set_html(d, html, n) == 0 && ng_process(e, d) == 0) {
        size_t len;
        const char *t = ng_doc_text(d, &len);
        const char *ti = with_title ? ng_doc_get(d, NG_FIELD_TITLE) : NULL;
        size_t tl = ti ? strlen(ti) + 1 : 0;
        out = malloc(tl + len + 1);
        if (out) {
            if (tl) {
                memcpy(out, ti, tl - 1);
                out[tl - 1] = '\n';
            }
            memcpy(out + tl, t ? t : "", len);
            out[tl + len] = 0;
        }
    } else {
        out = calloc(1, 1);
    }
    if (pub) {
        const char *p = ng_doc_get(d, NG_FIELD_PUBLISHED);
        snprintf(pub, cap, "%s", p ? p : "");
    }
    ng_doc_free(d);
    return out;
}

/* ---- tokens: lower-cased runs of letters and digits (bytes >= 0x80 too) */
typedef struct toks {
    char **v;
    size_t n, cap;
} toks;

static int tokcmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void tokenize(const char *s, toks *t)
{
    t->n = 0;
    size_t i = 0;
    while (s[i]) {
        unsigned char c = (unsigned char)s[i];
        if (!(c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) {
            i++;
            continue;
        }
        size_t j = i;
        while (s[j]) {
            unsigned char d = (unsigned char)s[j];
            if (!(d >= 0x80 || (d >= '0' && d <= '9') || ((d | 0x20) >= 'a' && (d | 0x20) <= 'z')))
                break;
            j++;
        }
        char *w = malloc(j - i + 1);
        if (!w)
            return;
        for (size_t k = i; k < j; k++)
            w[k - i] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
        w[j - i] = 0;
        if (t->n == t->cap) {
            size_t nc = t->cap ? t->cap * 2 : 256;
            char **nv = realloc(t->v, nc * sizeof *nv);
            if (!nv) {
                free(w);
                return;
            }
            t->v = nv;
            t->cap = nc;
        }
        t->v[t->n++] = w;
        i = j;
    }
    qsort(t->v, t->n, sizeof *t->v, tokcmp);
}

static void toks_clear(toks *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->v[i]);
    t->n = 0;
}

/* A gold file in UTF-16 (a few of dragnet's are, with a byte-order mark)
 * as UTF-8: p is freed and a new string returned; other files unchanged. */
static char *gold_utf8(char *p, size_t n)
{
    if (!p || n < 2)
        return p;
    if (!((unsigned char)p[0] == 0xFF && (unsigned char)p[1] == 0xFE) &&
        !((unsigned char)p[0] == 0xFE && (unsigned char)p[1] == 0xFF))
        return p;
    int le = (unsigned char)p[0] == 0xFF;
    char *o = malloc(n / 2 * 3 + 4);
    if (!o) {
        free(p);
        return NULL;
    }
    size_t w = 0;
    for (size_t i = 2; i + 1 < n; i += 2) {
        unsigned u = le ? (unsigned char)p[i] | (unsigned char)p[i + 1] << 8
                        : (unsigned char)p[i] << 8 | (unsigned char)p[i + 1];
        if (u >= 0xD800 && u < 0xDC00 && i + 3 < n) {
            unsigned v = le ? (unsigned char)p[i + 2] | (unsigned char)p[i + 3] << 8
                            : (unsigned char)p[i + 2] << 8 | (unsigned char)p[i + 3];
            if (v >= 0xDC00 && v < 0xE000) {
                u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                i += 2;
            }
        }
        if (!u)
            continue;
        if (u < 0x80)
            o[w++] = (char)u;
        else if (u < 0x800)
            o[w++] = (char)(0xC0 | u >> 6), o[w++] = (char)(0x80 | (u & 0x3F));
        else if (u < 0x10000)
            o[w++] = (char)(0xE0 | u >> 12), o[w++] = (char)(0x80 | (u >> 6 & 0x3F)), o[w++] = (char)(0x80 | (u & 0x3F));
        else
            o[w++] = (char)(0xF0 | u >> 18), o[w++] = (char)(0x80 | (u >> 12 & 0x3F)),
            o[w++] = (char)(0x80 | (u >> 6 & 0x3F)), o[w++] = (char)(0x80 | (u & 0x3F));
    }
    o[w] = 0;
    free(p);
    return o;
}

static size_t overlap(const toks *a, const toks *b)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a->n && j < b->n) {
        int c = strcmp(a->v[i], b->v[j]);
        if (!c)
            n++, i++, j++;
        else if (c < 0)
            i++;
        else
            j++;
    }
    return n;
}

/* Collapses white space and removes soft hyphens (U+00AD), which the text
 * normalisation removes from every record (in place). */
static void squash(char *s)
{
    size_t o = 0;
    for (size_t i = 0; s[i]; i++) {
        if ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xAD) {
            i++;
            continue;
        }
        char c = s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ? ' ' : s[i];
        if (c == ' ' && (o == 0 || s[o - 1] == ' '))
            continue;
        s[o++] = c;
    }
    while (o && s[o - 1] == ' ')
        o--;
    s[o] = 0;
}

static unsigned long long fnv(unsigned long long h, const char *s)
{
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static int namecmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Lines of another system ({"file", "text"[, "title"]}), keyed by file name. */
static json_t *load_system(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    json_t *map = json_object();
    json_error_t je;
    json_t *line;
    while ((line = json_loadf(f, JSON_DISABLE_EOF_CHECK, &je)) != NULL) {
        json_t *fn = json_object_get(line, "file"), *tx = json_object_get(line, "text");
        if (json_is_string(fn) && json_is_string(tx))
            json_object_set(map, json_string_value(fn), line);
        json_decref(line);
    }
    fclose(f);
    return map;
}

typedef struct opts {
    const char *dragnet, *traf, *htmldate, *system, *dump, *versus;
    int split;    /* 0 all, 1 dev, 2 test */
    int article;  /* dragnet: gold cut at its comments marker */
    int title;    /* score title + text */
} opts;

static int in_split(size_t idx, int split) { return split == 0 || (split == 1 ? idx % 2 == 0 : idx % 2 == 1); }

static char *page_text(ng_engine *e, json_t *sys, const char *name, const char *path, FILE *dump, int with_title)
{
    if (sys) {
        json_t *line = json_object_get(sys, name);
        const char *t = json_string_value(json_object_get(line, "text"));
        const char *ti = with_title ? json_string_value(json_object_get(line, "title")) : NULL;
        if (!t)
            t = "";
        if (!ti || !*ti)
            return strdup(t);
        size_t tl = strlen(ti), n = strlen(t);
        char *out = malloc(tl + 1 + n + 1);
        if (out) {
            memcpy(out, ti, tl);
            out[tl] = '\n';
            memcpy(out + tl + 1, t, n + 1);
        }
        return out;
    }
    size_t n;
    char *html = slurp(path, &n);
    if (!html)
        return NULL;
    char *t = extract(e, html, n, NULL, NULL, 0, with_title);
    free(html);
    if (t && dump) {
        json_t *o = json_pack("{s:s, s:s}", "file", name, "text", t);
        if (o) {
            char *s = json_dumps(o, JSON_COMPACT);
            if (s)
                fprintf(dump, "%s\n", s);
            free(s);
            json_decref(o);
        }
    }
    return t;
}

/* dragnet's comments marker: a line of "!@#$%^&*()" (typed by hand, so
 * with slips: "!@ $%^&*()", "!#@$%^&*() ", a tab) and then "COMMENTS".
 * Returns the start of that line, or NULL. */
static char *comments_mark(char *gold)
{
    for (char *c = strstr(gold, "COMMENTS"); c; c = strstr(c + 1, "COMMENTS")) {
        char *b = c;
        int sym = 0;
        while (b > gold && b[-1] != '\n' && strchr("!@#$%^&*() \t", b[-1])) {
            sym += b[-1] != ' ' && b[-1] != '\t';
            b--;
        }
        if (sym >= 4 && (b == gold || b[-1] == '\n'))
            return b;
    }
    return NULL;
}

/* Per-page scores of two systems, for the paired bootstrap of --versus.
 * Dragnet: a[0] ours F1, a[1] theirs F1.  Trafilatura-eval: snippet counts
 * a[0..3] ours (with found, with, without absent, without), a[4..7] theirs. */
typedef struct pair_row {
    double a[8];
} pair_row;

typedef struct pairs {
    pair_row *v;
    size_t n, cap;
} pairs;

static int pairs_push(pairs *p, const pair_row *r)
{
    if (p->n == p->cap) {
        size_t nc = p->cap ? p->cap * 2 : 256;
        pair_row *nv = realloc(p->v, nc * sizeof *nv);
        if (!nv)
            return -1;
        p->v = nv;
        p->cap = nc;
    }
    p->v[p->n++] = *r;
    return 0;
}

static double snippet_f1(double wok, double wn, double ook, double on)
{
    double tp = wok, fn = wn - wok, fp = on - ook;
    double p = tp + fp > 0 ? tp / (tp + fp) : 0, r = tp + fn > 0 ? tp / (tp + fn) : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

/* The score of system k (0 ours, 1 theirs) over the pages idx[0..n). */
static double pairs_score(const pairs *p, const size_t *idx, int traf, int k)
{
    double c[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < p->n; i++) {
        const pair_row *r = &p->v[idx ? idx[i] : i];
        if (traf)
            for (int j = 0; j < 4; j++)
                c[j] += r->a[4 * k + j];
        else
            c[0] += r->a[k];
    }
    return traf ? snippet_f1(c[0], c[1], c[2], c[3]) : p->n ? c[0] / (double)p->n : 0;
}

static int dblcmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Prints ours, theirs, the difference and its 95 % paired bootstrap
 * interval (pages resampled with replacement; xorshift64, fixed seed). */
static void pairs_report(const pairs *p, int traf, const char *theirs)
{
    enum { ROUNDS = 2000 };
    double ours = pairs_score(p, NULL, traf, 0), them = pairs_score(p, NULL, traf, 1);
    size_t *idx = malloc((p->n ? p->n : 1) * sizeof *idx);
    double *d = malloc(ROUNDS * sizeof *d);
    if (!idx || !d || !p->n) {
        free(idx);
        free(d);
        return;
    }
    double *u = malloc(ROUNDS * sizeof *u);
    if (!u) {
        free(idx);
        free(d);
        return;
    }
    unsigned long long x = 0x9E3779B97F4A7C15ULL;
    for (int b = 0; b < ROUNDS; b++) {
        for (size_t i = 0; i < p->n; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            idx[i] = (size_t)(x % p->n);
        }
        u[b] = pairs_score(p, idx, traf, 0);
        d[b] = u[b] - pairs_score(p, idx, traf, 1);
    }
    qsort(d, ROUNDS, sizeof *d, dblcmp);
    qsort(u, ROUNDS, sizeof *u, dblcmp);
    int lo = ROUNDS / 40, hi = ROUNDS - 1 - ROUNDS / 40;
    printf("  versus %s: theirs F1 %.3f, ours %.3f, difference %+.3f, 95 %% paired bootstrap "
           "interval [%+.3f, %+.3f] (%zu pages, %d resamples); ours alone [%.3f, %.3f]\n",
           theirs, them, ours, ours - them, d[lo], d[hi], p->n, ROUNDS, u[lo], u[hi]);
    free(idx);
    free(d);
    free(u);
}

static int eval_dragnet(ng_engine *e, const opts *o, json_t *sys, json_t *vs, FILE *dump)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/GoldStandard", o->dragnet);
    /* list gold files */
    char **names = NULL;
    size_t nn = 0, cap = 0;
    FILE *ls;
    snprintf(path, sizeof path, "ls '%s/GoldStandard'", o->dragnet);
    if (strchr(o->dragnet, '\'') || !(ls = popen(path, "r"))) {
        fprintf(stderr, "newsgraph eval html: cannot list %s/GoldStandard\n", o->dragnet);
        return EXIT_USAGE;
    }
    char line[1024];
    while (fgets(line, sizeof line, ls)) {
        line[strcspn(line, "\n")] = 0;
        size_t l = strlen(line);
        if (l < 5 || strcmp(line + l - 4, ".txt"))
            continue;
        if (nn == cap) {
            cap = cap ? cap * 2 : 256;
            names = realloc(names, cap * sizeof *names);
            if (!names)
                return EXIT_USAGE;
        }
        line[l - 4] = 0;
        names[nn++] = strdup(line);
    }
    pclose(ls);
    qsort(names, nn, sizeof *names, namecmp);
    toks g = {0}, s = {0};
    pairs pp = {0};
    double sp = 0, sr = 0, sf = 0;
    unsigned long long tp = 0, ng = 0, ns = 0, sum = 1469598103934665603ULL;
    size_t pages = 0, missing = 0;
    double t0 = cli_now();
    for (size_t i = 0; i < nn; i++) {
        if (!in_split(i, o->split))
            continue;
        char gp[4096], ip[4096], fname[1100];
        snprintf(gp, sizeof gp, "%s/GoldStandard/%s.txt", o->dragnet, names[i]);
        snprintf(ip, sizeof ip, "%s/input/%s.html", o->dragnet, names[i]);
        snprintf(fname, sizeof fname, "%s.html", names[i]);
        if (!exists(ip)) {
            missing++;
            continue;
        }
        size_t gl = 0;
        char *gold = slurp(gp, &gl);
        gold = gold_utf8(gold, gl);
        if (gold && o->article) {
            /* the reader comments after dragnet's marker line are not the article */
            char *mark = comments_mark(gold);
            if (mark)
                *mark = 0;
        }
        char *text = page_text(e, sys, fname, ip, dump, o->title);
        if (!gold || !text) {
            free(gold);
            free(text);
            missing++;
            continue;
        }
        sum = fnv(sum, text);
        tokenize(gold, &g);
        tokenize(text, &s);
        size_t ov = overlap(&g, &s);
        double p = s.n ? (double)ov / (double)s.n : 0, r = g.n ? (double)ov / (double)g.n : 0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        sp += p;
        sr += r;
        sf += f;
        tp += ov;
        ng += g.n;
        ns += s.n;
        pages++;
        if (vs) {
            char *t2 = page_text(e, vs, fname, ip, NULL, o->title);
            toks_clear(&s);
            tokenize(t2 ? t2 : "", &s);
            size_t ov2 = overlap(&g, &s);
            double p2 = s.n ? (double)ov2 / (double)s.n : 0, r2 = g.n ? (double)ov2 / (double)g.n : 0;
            pair_row row = {{f, p2 + r2 > 0 ? 2 * p2 * r2 / (p2 + r2) : 0}};
            free(t2);
            if (pairs_push(&pp, &row)) {
                fprintf(stderr, "newsgraph eval html: out of memory\n");
                vs = NULL;
            }
        }
        toks_clear(&g);
        toks_clear(&s);
        free(gold);
        free(text);
    }
    double dt = cli_now() - t0;
    double mp = ns ? (double)tp / (double)ns : 0, mr = ng ? (double)tp / (double)ng : 0;
    printf("dragnet %s%s%s: %zu pages (%zu missing)\n", o->split == 0 ? "all" : o->split == 1 ? "dev" : "test",
           o->article ? ", gold without comments" : "", o->title ? ", title + text scored" : "", pages, missing);
    printf("  per-page mean  P %.3f  R %.3f  F1 %.3f\n", pages ? sp / (double)pages : 0,
           pages ? sr / (double)pages : 0, pages ? sf / (double)pages : 0);
    printf("  pooled tokens  P %.3f  R %.3f  F1 %.3f\n", mp, mr, mp + mr > 0 ? 2 * mp * mr / (mp + mr) : 0);
    printf("  checksum %016llx  (%.1f s)\n", sum, dt);
    if (vs)
        pairs_report(&pp, 0, o->versus);
    free(pp.v);
    free(g.v);
    free(s.v);
    for (size_t i = 0; i < nn; i++)
        free(names[i]);
    free(names);
    return EXIT_OK;
}

/* Counts the page's "with" snippets found and "without" snippets absent in
 * TEXT (squashed): c[0] with found, c[1] with, c[2] without absent, c[3] without. */
static void count_snippets(json_t *it, const char *text, double *c)
{
    for (int w = 0; w < 2; w++) {
        size_t k;
        json_t *sn;
        json_array_foreach(json_object_get(it, w ? "without" : "with"), k, sn)
        {
            if (!json_is_string(sn))
                continue;
            char *q = strdup(json_string_value(sn));
            if (!q)
                continue;
            squash(q);
            int found = *q && strstr(text, q) != NULL;
            c[2 * w + 1]++;
            c[2 * w] += w ? !found : found;
            free(q);
        }
    }
}

static int eval_traf(ng_engine *e, const opts *o, json_t *sys, json_t *vs, FILE *dump)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/evaldata.json", o->traf);
    if (!exists(path))
        snprintf(path, sizeof path, "%s/tests/evaldata.json", o->traf);
    json_error_t je;
    json_t *ev = json_load_file(path, 0, &je);
    if (!ev) {
        fprintf(stderr, "newsgraph eval html: %s: %s\n", path, je.text);
        return EXIT_USAGE;
    }
    const char *key;
    json_t *v;
    size_t nk = json_object_size(ev), nn = 0;
    const char **keys = malloc((nk ? nk : 1) * sizeof *keys);
    json_object_foreach(ev, key, v) keys[nn++] = key;
    qsort(keys, nn, sizeof *keys, namecmp);
    size_t pages = 0, missing = 0, with_n = 0, with_ok = 0, wo_n = 0, wo_ok = 0;
    pairs pp = {0};
    unsigned long long sum = 1469598103934665603ULL;
    double t0 = cli_now();
    for (size_t i = 0; i < nn; i++) {
        if (!in_split(i, o->split))
            continue;
        json_t *it = json_object_get(ev, keys[i]);
        const char *file = json_string_value(json_object_get(it, "file"));
        if (!file) {
            missing++;
            continue;
        }
        char ip[4096];
        snprintf(ip, sizeof ip, "%s/tests/eval/%s", o->traf, file);
        if (!exists(ip))
            snprintf(ip, sizeof ip, "%s/tests/cache/%s", o->traf, file);
        if (!sys && !exists(ip)) {
            missing++;
            continue;
        }
        char *text = page_text(e, sys, file, ip, dump, o->title);
        if (!text) {
            missing++;
            continue;
        }
        sum = fnv(sum, text);
        squash(text);
        pages++;
        pair_row row = {{0}};
        count_snippets(it, text, row.a);
        with_ok += (size_t)row.a[0];
        with_n += (size_t)row.a[1];
        wo_ok += (size_t)row.a[2];
        wo_n += (size_t)row.a[3];
        free(text);
        if (vs) {
            char *t2 = page_text(e, vs, file, ip, NULL, o->title);
            if (t2)
                squash(t2);
            count_snippets(it, t2 ? t2 : "", row.a + 4);
            free(t2);
            if (pairs_push(&pp, &row)) {
                fprintf(stderr, "newsgraph eval html: out of memory\n");
                vs = NULL;
            }
        }
    }
    double dt = cli_now() - t0;
    double tp = (double)with_ok, fn = (double)(with_n - with_ok), fp = (double)(wo_n - wo_ok);
    double p = tp + fp > 0 ? tp / (tp + fp) : 0, r = tp + fn > 0 ? tp / (tp + fn) : 0;
    printf("trafilatura-eval %s%s: %zu pages (%zu missing)\n",
           o->split == 0 ? "all" : o->split == 1 ? "dev" : "test", o->title ? ", title + text scored" : "", pages, missing);
    printf("  with found     %zu/%zu = %.3f\n", with_ok, with_n, with_n ? (double)with_ok / (double)with_n : 0);
    printf("  without absent %zu/%zu = %.3f\n", wo_ok, wo_n, wo_n ? (double)wo_ok / (double)wo_n : 0);
    printf("  P %.3f  R %.3f  F1 %.3f  accuracy %.3f\n", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0,
           with_n + wo_n ? (double)(with_ok + wo_ok) / (double)(with_n + wo_n) : 0);
    printf("  checksum %016llx  (%.1f s)\n", sum, dt);
    if (vs)
        pairs_report(&pp, 1, o->versus);
    free(pp.v);
    free(keys);
    json_decref(ev);
    return EXIT_OK;
}

static int parse_opts(int argc, char **argv, opts *o, const char *cmd)
{
    static const struct option lo[] = {
        {"dragnet", required_argument, 0, 'd'}, {"trafilatura", required_argument, 0, 't'},
        {"htmldate", required_argument, 0, 'H'}, {"split", required_argument, 0, 's'},
        {"system", required_argument, 0, 'S'}, {"dump", required_argument, 0, 'D'},
        {"versus", required_argument, 0, 'V'},
        {"no-comments", no_argument, 0, 'C'}, {"with-title", no_argument, 0, 'T'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    memset(o, 0, sizeof *o);
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", lo, NULL)) != -1) {
        switch (c) {
        case 'd': o->dragnet = optarg; break;
        case 't': o->traf = optarg; break;
        case 'H': o->htmldate = optarg; break;
        case 'S': o->system = optarg; break;
        case 'D': o->dump = optarg; break;
        case 'V': o->versus = optarg; break;
        case 'C': o->article = 1; break;
        case 'T': o->title = 1; break;
        case 's':
            if (!strcmp(optarg, "all"))
                o->split = 0;
            else if (!strcmp(optarg, "dev"))
                o->split = 1;
            else if (!strcmp(optarg, "test"))
                o->split = 2;
            else {
                fprintf(stderr, "newsgraph %s: --split wants dev, test or all\n", cmd);
                return -1;
            }
            break;
        case 'h': return 1;
        default: return -1;
        }
    }
    return 0;
}

int cmd_eval_html(int argc, char **argv)
{
    opts o;
    int rc = parse_opts(argc, argv, &o, "eval html");
    if (rc || (!o.dragnet && !o.traf)) {
        FILE *f = rc == 1 ? stdout : stderr;
        fprintf(f, "usage: newsgraph eval html (--dragnet DIR | --trafilatura DIR) [--split dev|test|all]\n"
                   "                          [--system FILE.jsonl] [--dump FILE.jsonl] [--no-comments]\n"
                   "                          [--with-title] [--versus FILE.jsonl]\n");
        return rc == 1 ? EXIT_OK : EXIT_USAGE;
    }
    ng_engine_options eo = {0};
    eo.flags = NG_ENGINE_NO_MODELS;
    eo.data_dir = cli_data_dir(); /* the outlet list, as `extract` reads pages */
    ng_engine *e;
    ng_error err;
    if (ng_engine_open(&eo, &e, &err)) {
        fprintf(stderr, "newsgraph: %s\n", err.msg);
        return EXIT_USAGE;
    }
    json_t *sys = NULL;
    if (o.system && !(sys = load_system(o.system))) {
        fprintf(stderr, "newsgraph eval html: cannot read %s\n", o.system);
        ng_engine_close(e);
        return EXIT_USAGE;
    }
    json_t *vs = NULL;
    if (o.versus && !(vs = load_system(o.versus))) {
        fprintf(stderr, "newsgraph eval html: cannot read %s\n", o.versus);
        json_decref(sys);
        ng_engine_close(e);
        return EXIT_USAGE;
    }
    FILE *dump = o.dump ? fopen(o.dump, "w") : NULL;
    if (o.dump && !dump) {
        perror(o.dump);
        json_decref(vs);
        json_decref(sys);
        ng_engine_close(e);
        return EXIT_USAGE;
    }
    if (o.dragnet)
        rc = eval_dragnet(e, &o, sys, vs, dump);
    if (!rc && o.traf)
        rc = eval_traf(e, &o, sys, vs, dump);
    if (dump)
        fclose(dump);
    json_decref(vs);
    json_decref(sys);
    ng_engine_close(e);
    return rc;
}

int cmd_eval_dates(int argc, char **argv)
{
    opts o;
    int rc = parse_opts(argc, argv, &o, "eval dates");
    if (rc || !o.htmldate) {
        FILE *f = rc == 1 ? stdout : stderr;
        fprintf(f, "usage: newsgraph eval dates --htmldate DIR [--split dev|test|all] [-v]\n");
        return rc == 1 ? EXIT_OK : EXIT_USAGE;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/eval_default.json", o.htmldate);
    if (!exists(path))
        snprintf(path, sizeof path, "%s/tests/eval_default.json", o.htmldate);
    json_error_t je;
    json_t *ev = json_load_file(path, 0, &je);
    if (!ev) {
        fprintf(stderr, "newsgraph eval dates: %s: %s\n", path, je.text);
        return EXIT_USAGE;
    }
    ng_engine_options eo = {0};
    eo.flags = NG_ENGINE_NO_MODELS;
    eo.data_dir = cli_data_dir(); /* the outlet list, as `extract` reads pages */
    ng_engine *e;
    ng_error err;
    if (ng_engine_open(&eo, &e, &err)) {
        fprintf(stderr, "newsgraph: %s\n", err.msg);
        json_decref(ev);
        return EXIT_USAGE;
    }
    const char *key;
    json_t *v;
    size_t nk = json_object_size(ev), nn = 0;
    const char **keys = malloc((nk ? nk : 1) * sizeof *keys);
    json_object_foreach(ev, key, v) keys[nn++] = key;
    qsort(keys, nn, sizeof *keys, namecmp);
    size_t pages = 0, missing = 0, ok = 0, none = 0;
    unsigned long long sum = 1469598103934665603ULL;
    const char *verbose = getenv("NG_EVAL_VERBOSE");
    for (size_t i = 0; i < nn; i++) {
        if (!in_split(i, o.split))
            continue;
        json_t *it = json_object_get(ev, keys[i]);
        const char *file = json_string_value(json_object_get(it, "file"));
        const char *gold = json_string_value(json_object_get(it, "date"));
        if (!file || !gold) {
            missing++;
            continue;
        }
        char ip[4096];
        snprintf(ip, sizeof ip, "%s/eval/%s", o.htmldate, file);
        if (!exists(ip))
            snprintf(ip, sizeof ip, "%s/cache/%s", o.htmldate, file);
        size_t n;
        char *html = slurp(ip, &n);
        if (!html) {
            missing++;
            continue;
        }
        char pub[64];
        char *t = extract(e, html, n, keys[i], pub, sizeof pub, 0);
        free(t);
        free(html);
        pages++;
        sum = fnv(sum, pub);
        int hit = strlen(pub) >= 10 && !strncmp(pub, gold, 10);
        ok += hit;
        none += !*pub;
        if (verbose && !hit)
            printf("  miss %s gold %s got %s\n", file, gold, pub);
    }
    printf("htmldate eval_default %s: %zu pages (%zu missing)\n",
           o.split == 0 ? "all" : o.split == 1 ? "dev" : "test", pages, missing);
    printf("  exact day %zu/%zu = %.3f  (no date: %zu)\n", ok, pages, pages ? (double)ok / (double)pages : 0, none);
    printf("  checksum %016llx\n", sum);
    free(keys);
    json_decref(ev);
    ng_engine_close(e);
    return EXIT_OK;
}
