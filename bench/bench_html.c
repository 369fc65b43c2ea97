/*
 * bench_html.c -- speed of HTML page -> record text layer, one thread:
 * character set, parse, main text, metadata, normalisation, tokens and
 * sentences (the engine is opened without models, so the English annotators
 * are not part of the figure).  Pages are read into memory first; the time
 * covers processing only.  Prints pages/s, MB/s and a checksum of every
 * extracted text and published date, so a speed change cannot hide a change
 * in results.
 *
 * -p: parsing only (our parser, src/read/html_parse.c: tree built and
 * freed, no character set work), the floor under the figure; its checksum
 * covers the number of nodes and the text of every text node.  Wall time
 * and CPU time are both printed: on a shared machine the CPU figure is the
 * one to compare.
 *
 * usage: bench_html [-p] [-r ROUNDS] FILE.html... | DIR (all *.html / *.htm under it)
 */
#define _POSIX_C_SOURCE 200809L
#include "newsgraph.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "read/html_tree.h"

typedef struct page {
    char *p;
    size_t n;
} page;

static page *pages;
static size_t npages, cap;

static void add_file(const char *path)
{
    size_t l = strlen(path);
    if (!(l > 5 && (!strcmp(path + l - 5, ".html") || !strcmp(path + l - 4, ".htm"))))
        return;
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    if (n <= 0) {
        fclose(f);
        return;
    }
    char *p = malloc((size_t)n);
    if (p && fread(p, 1, (size_t)n, f) == (size_t)n) {
        if (npages == cap) {
            cap = cap ? cap * 2 : 1024;
            pages = realloc(pages, cap * sizeof *pages);
        }
        pages[npages].p = p;
        pages[npages].n = (size_t)n;
        npages++;
    } else {
        free(p);
    }
    fclose(f);
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void add_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return;
    if (!S_ISDIR(st.st_mode)) {
        add_file(path);
        return;
    }
    DIR *d = opendir(path);
    if (!d)
        return;
    char **names = NULL;
    size_t nn = 0, nc = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        if (nn == nc) {
            nc = nc ? nc * 2 : 256;
            names = realloc(names, nc * sizeof *names);
        }
        size_t l = strlen(path) + strlen(de->d_name) + 2;
        names[nn] = malloc(l);
        snprintf(names[nn++], l, "%s/%s", path, de->d_name);
    }
    closedir(d);
    qsort(names, nn, sizeof *names, cmp);
    for (size_t i = 0; i < nn; i++) {
        add_path(names[i]);
        free(names[i]);
    }
    free(names);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    int rounds = 1, i = 1, parse_only = 0;
    for (;;) {
        if (i < argc && !strcmp(argv[i], "-p")) {
            parse_only = 1;
            i++;
        } else if (i + 1 < argc && !strcmp(argv[i], "-r")) {
            rounds = atoi(argv[i + 1]);
            i += 2;
        } else {
            break;
        }
    }
    for (; i < argc; i++)
        add_path(argv[i]);
    if (!npages) {
        fprintf(stderr, "usage: bench_html [-r ROUNDS] FILE.html... | DIR\n");
        return 2;
    }
    ng_engine_options eo = {0};
    eo.flags = NG_ENGINE_NO_MODELS;
    ng_engine *e;
    if (ng_engine_open(&eo, &e, NULL) != 0)
        return 1;
    unsigned long long sum = 1469598103934665603ULL, bytes = 0, failed = 0;
    double t0 = now();
    clock_t c0 = clock();
    if (parse_only) {
        for (int r = 0; r < rounds; r++)
            for (size_t k = 0; k < npages; k++) {
                ng_htree t;
                if (ng__html_parse(pages[k].p, pages[k].n, &t) != 0)
                    failed++;
                for (size_t j = 0; j < t.n; j++) {
                    sum = (sum ^ t.node[j].type) * 1099511628211ULL;
                    for (const char *c = t.node[j].type == NG_HN_TEXT ? t.node[j].content : ""; *c; c++)
                        sum = (sum ^ (unsigned char)*c) * 1099511628211ULL;
                }
                bytes += pages[k].n;
                ng__html_tree_free(&t);
            }
        double dt = now() - t0, ct = (double)(clock() - c0) / CLOCKS_PER_SEC;
        double n = (double)npages * rounds;
        printf("parse only: %zu pages x %d rounds, %.1f MB: %.0f pages/s wall, %.0f pages/s CPU, %.1f MB/s CPU, "
               "%llu failed, checksum %016llx\n",
               npages, rounds, (double)bytes / 1e6, n / dt, n / ct, (double)bytes / 1e6 / ct, failed, sum);
        return 0;
    }
    for (int r = 0; r < rounds; r++)
        for (size_t k = 0; k < npages; k++) {
            ng_doc *d;
            if (ng_doc_new(&d))
                return 1;
            ng_doc_set_html(d, pages[k].p, pages[k].n);
            if (ng_process(e, d) != 0)
                failed++;
            size_t len;
            const char *t = ng_doc_text(d, &len);
            const char *pub = ng_doc_get(d, NG_FIELD_PUBLISHED);
            for (size_t j = 0; j < len; j++)
                sum = (sum ^ (unsigned char)t[j]) * 1099511628211ULL;
            for (; pub && *pub; pub++)
                sum = (sum ^ (unsigned char)*pub) * 1099511628211ULL;
            bytes += pages[k].n;
            ng_doc_free(d);
        }
    double dt = now() - t0, ct = (double)(clock() - c0) / CLOCKS_PER_SEC;
    double n = (double)npages * rounds;
    printf("html -> text layer: %zu pages x %d rounds, %.1f MB: %.0f pages/s wall, %.0f pages/s CPU, %.1f MB/s CPU "
           "(one thread), %llu without text, checksum %016llx\n",
           npages, rounds, (double)bytes / 1e6, n / dt, n / ct, (double)bytes / 1e6 / ct, failed, sum);
    ng_engine_close(e);
    for (size_t k = 0; k < npages; k++)
        free(pages[k].p);
    free(pages);
    return 0;
}
