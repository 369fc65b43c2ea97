/*
 * bench_storydf.c -- builds data/storydf.bin, the background document
 * frequencies of story terms (src/story/bgdf.c; format in doc/FORMAT.md),
 * and reports what it holds.
 *
 *   bench_storydf -o OUT [--min N] PATH...
 *
 * PATH: folders of plain-text articles (first line = headline, as
 * ../shared/data/corpus/bbc-news) and Reuters-21578 SGML files (*.sgm:
 * TITLE and BODY of each REUTERS element).  Every article is processed
 * (text layer), its story terms computed (the same stemming and hashing as
 * the clusterer), and each distinct term counted once per article.  Terms
 * held by at least --min articles (default 3) are written: only 32-bit
 * hashes of stems and counts, no text.
 */
#define _POSIX_C_SOURCE 200809L
#include "doc.h"
#include "newsgraph.h"
#include "story/story.h"
#include "walk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct cnt {
    uint32_t h, n;
} cnt;

static cnt *tab;          /* open addressing on h (0 = empty) */
static size_t cap = 1 << 22, used;
static unsigned long long ndocs;
static ng_engine *eng;
static ng__featx *fx;

static void count(uint32_t h)
{
    size_t s = (h * 0x9e3779b1u) & (cap - 1);
    while (tab[s].h && tab[s].h != h)
        s = (s + 1) & (cap - 1);
    if (!tab[s].h) {
        tab[s].h = h;
        if (++used * 10 > cap * 7) {
            fprintf(stderr, "bench_storydf: table full\n");
            exit(2);
        }
    }
    tab[s].n++;
}

static void article(const char *title, size_t ntitle, const char *text, size_t ntext)
{
    ng_doc *d;
    if (ng_doc_new(&d))
        exit(2);
    if (ntitle)
        ng_doc_set(d, NG_FIELD_TITLE, title, ntitle);
    ng_doc_set_text(d, text, ntext);
    if (ng_process(eng, d) == 0) {
        ng__feat *f;
        if (ng__feat_compute(fx, d, &f))
            exit(2);
        if (f->nterms) {
            ndocs++;
            for (uint32_t i = 0; i < f->nterms; i++)
                count(f->terms[i].h);
        }
        ng__feat_free(f);
    }
    ng_doc_free(d);
}

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct stat st;
    fstat(fileno(f), &st);
    char *b = malloc((size_t)st.st_size + 1);
    *n = fread(b, 1, (size_t)st.st_size, f);
    b[*n] = 0;
    fclose(f);
    return b;
}

static const char *between(const char *s, const char *end, const char *open, const char *close, size_t *len)
{
    const char *a = strstr(s, open);
    if (!a || a >= end)
        return NULL;
    a += strlen(open);
    const char *b = strstr(a, close);
    if (!b || b > end)
        return NULL;
    *len = (size_t)(b - a);
    return a;
}

/* One input file (bench_walk() calls it for each file below a path). */
static void load(const char *path, const struct stat *stp)
{
    (void)stp;
    size_t l = strlen(path), n;
    if (l > 4 && !strcmp(path + l - 4, ".sgm")) {
        char *b = slurp(path, &n);
        for (const char *p = b; p && (p = strstr(p, "<REUTERS")) != NULL;) {
            const char *end = strstr(p, "</REUTERS>");
            if (!end)
                break;
            size_t nt = 0, nb = 0;
            const char *t = between(p, end, "<TITLE>", "</TITLE>", &nt);
            const char *body = between(p, end, "<BODY>", "</BODY>", &nb);
            if (body && nb > 200)
                article(t ? t : "", t ? nt : 0, body, nb);
            p = end;
        }
        free(b);
        return;
    }
    if (l < 4 || strcmp(path + l - 4, ".txt") || strstr(path, "README"))
        return;
    char *b = slurp(path, &n);
    char *nl = b ? memchr(b, '\n', n) : NULL;
    if (nl)
        article(b, (size_t)(nl - b), nl + 1, n - (size_t)(nl - b) - 1);
    free(b);
}

static int cmp_cnt(const void *a, const void *b)
{
    uint32_t x = ((const cnt *)a)->h, y = ((const cnt *)b)->h;
    return x < y ? -1 : x > y;
}

static void put32(FILE *f, uint32_t v)
{
    unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    fwrite(b, 1, 4, f);
}

int main(int argc, char **argv)
{
    const char *out = NULL;
    unsigned min = 3;
    int first = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o") && i + 1 < argc)
            out = argv[++i];
        else if (!strcmp(argv[i], "--min") && i + 1 < argc)
            min = (unsigned)atoi(argv[++i]);
        else {
            first = i;
            break;
        }
    }
    if (!out || !first) {
        fprintf(stderr, "usage: bench_storydf -o OUT [--min N] PATH...\n");
        return 2;
    }
    ng_engine_options eo = {0};
    eo.flags = NG_ENGINE_NO_MODELS;
    ng_error err;
    if (ng_engine_open(&eo, &eng, &err) || ng__featx_new(&fx))
        return 2;
    tab = calloc(cap, sizeof *tab);
    for (int i = first; i < argc; i++)
        bench_walk(argv[i], load);
    size_t n = 0;
    for (size_t i = 0; i < cap; i++)
        if (tab[i].h && tab[i].n >= min)
            tab[n++] = tab[i];
    qsort(tab, n, sizeof *tab, cmp_cnt);
    FILE *f = fopen(out, "wb");
    if (!f) {
        perror(out);
        return 2;
    }
    fwrite(NG_BGDF_MAGIC, 1, 4, f);
    put32(f, NG_BGDF_VERSION);
    put32(f, (uint32_t)ndocs);
    put32(f, (uint32_t)n);
    for (size_t i = 0; i < n; i++) {
        put32(f, tab[i].h);
        put32(f, tab[i].n);
    }
    if (fclose(f)) {
        perror(out);
        return 2;
    }
    printf("bench_storydf: %llu articles, %zu distinct terms, %zu held by >= %u articles written to %s (%zu bytes)\n",
           ndocs, used, n, min, out, 16 + 8 * n);
    ng__featx_free(fx);
    ng_engine_close(eng);
    free(tab);
    return 0;
}
