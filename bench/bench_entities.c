/*
 * bench_entities.c -- speed of the entities resolver (ng__entities_resolve)
 * on one core, and of loading the gazetteer.
 *
 *   bench_entities [--print] [--repeat N] PATH...
 *
 * Reads every .txt file under the paths; then, one document at a time as
 * the pipeline does, runs the text layer and the tagger outside the clock
 * and times only the resolver (thread CPU time, best of N passes, one
 * thread).  Prints documents, mentions, entities, mentions/s
 * and documents/s, the gazetteer load time, peak RSS, and a checksum (XXH3
 * over every entity's type, name, country, GeoNames id and mention spans) so
 * a speed change cannot hide a change in output.  --print writes each
 * document's entities list to stdout.
 */
#define _POSIX_C_SOURCE 200809L
#include "engine.h"
#include "newsgraph.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

typedef struct item {
    char *path;
    ng_doc *doc;
} item;

static item *items;
static size_t nitems, capitems;

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void walk(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        if (!d)
            return;
        char **names = NULL;
        size_t n = 0;
        struct dirent *de;
        while ((de = readdir(d)) != NULL) {
            if (de->d_name[0] == '.')
                continue;
            names = realloc(names, (n + 1) * sizeof *names);
            size_t l = strlen(path) + strlen(de->d_name) + 2;
            names[n] = malloc(l);
            snprintf(names[n++], l, "%s/%s", path, de->d_name);
        }
        closedir(d);
        if (n)
            qsort(names, n, sizeof *names, cmp_str);
        for (size_t i = 0; i < n; i++) {
            walk(names[i]);
            free(names[i]);
        }
        free(names);
        return;
    }
    size_t l = strlen(path);
    if (l < 4 || strcmp(path + l - 4, ".txt") != 0 || strstr(path, "README") || strstr(path, "PROVENANCE"))
        return;
    if (nitems == capitems) {
        capitems = capitems ? capitems * 2 : 1024;
        items = realloc(items, capitems * sizeof *items);
    }
    items[nitems].path = strdup(path);
    items[nitems++].doc = NULL;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* CPU time: the machine is shared */
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static uint64_t mix(uint64_t sum, const void *p, size_t n) { return sum * 0x100000001B3ULL ^ ng__hash(p, n); }

int main(int argc, char **argv)
{
    int print = 0, reps = 1;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--print"))
            print = 1;
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
            reps = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: bench_entities [--print] [--repeat N] PATH...\n");
            return 2;
        }
    }
    if (i == argc) {
        fprintf(stderr, "usage: bench_entities [--print] [--repeat N] PATH...\n");
        return 2;
    }
    for (; i < argc; i++)
        walk(argv[i]);
    ng_engine_options o = {0};
    o.data_dir = NG_DATA_DIR;
    ng_engine *e;
    ng_error err = {0};
    if (ng_engine_open(&o, &e, &err) != 0) {
        fprintf(stderr, "bench_entities: %s\n", err.msg);
        return 1;
    }
    /* the gazetteer load, timed on its own */
    struct ng_gazetteer *keep = e->gaz;
    double lt = now();
    if (ng__gazetteer_load(e, &err) != 0) {
        fprintf(stderr, "bench_entities: %s\n", err.msg);
        return 1;
    }
    lt = now() - lt;
    ng__gazetteer_free(e->gaz);
    e->gaz = keep;
    /* read every file once */
    char **texts = calloc(nitems + 1, sizeof *texts);
    size_t *lens = calloc(nitems + 1, sizeof *lens);
    for (size_t k = 0; k < nitems; k++) {
        FILE *f = fopen(items[k].path, "rb");
        if (!f)
            continue;
        char buf[1 << 16];
        size_t len = 0, cap = 0;
        char *text = NULL;
        size_t got;
        while ((got = fread(buf, 1, sizeof buf, f)) > 0) {
            if (len + got > cap) {
                cap = (len + got) * 2;
                text = realloc(text, cap);
            }
            memcpy(text + len, buf, got);
            len += got;
        }
        fclose(f);
        texts[k] = text;
        lens[k] = len;
    }
    /* documents one at a time, as the pipeline does; only the resolver is timed */
    double best = 1e30;
    uint64_t sum = 0;
    size_t ndocs = 0, nm = 0, ne = 0;
    for (int r = 0; r < reps; r++) {
        double total = 0;
        sum = 0;
        ndocs = nm = ne = 0;
        for (size_t k = 0; k < nitems; k++) {
            if (!texts[k])
                continue;
            ng_doc *d;
            if (ng_doc_new(&d) != 0 || ng_doc_set_text(d, texts[k], lens[k]) != 0)
                return 1;
            if (ng__text_normalize(d) != 0 || ng__tokenize(d) != 0 || ng__sentences(d) != 0 ||
                ng__ner_tag(e, d) != 0) {
                ng_doc_free(d);
                continue;
            }
            nm += d->mentions.n;
            ndocs++;
            double t0 = now();
            if (ng__entities_resolve(e, d) != 0) {
                fprintf(stderr, "bench_entities: resolving failed\n");
                return 1;
            }
            total += now() - t0;
            for (size_t j = 0; j < d->entities.n; j++) {
                const ng_entity *en = &d->entities.v[j];
                sum = mix(sum, &en->type, 1);
                sum = mix(sum, en->name, strlen(en->name));
                sum = mix(sum, en->country, 2);
                sum = mix(sum, &en->geonames, sizeof en->geonames);
                for (uint32_t m = 0; m < en->nmentions; m++) {
                    uint32_t v[2] = {d->mentions.v[en->mentions[m]].start, d->mentions.v[en->mentions[m]].end};
                    sum = mix(sum, v, sizeof v);
                }
            }
            ne += d->entities.n;
            if (print && r == 0) {
                ng_buf b;
                ng__buf_init(&b);
                ng__json_entities(d, &b);
                printf("%s\t%.*s\n", items[k].path, (int)b.len, b.p ? b.p : "");
                ng__buf_free(&b);
            }
            ng_doc_free(d);
        }
        if (total < best)
            best = total;
    }
    for (size_t k = 0; k < nitems; k++) {
        free(texts[k]);
        free(items[k].path);
    }
    free(texts);
    free(lens);
    free(items);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    fprintf(stderr, "bench_entities: %zu documents, %zu tagger mentions, %zu entities; resolver %.3fs: "
                    "%.0f mentions/s, %.0f documents/s (one thread)\n",
            ndocs, nm, ne, best, best > 0 ? (double)nm / best : 0.0, best > 0 ? (double)ndocs / best : 0.0);
    fprintf(stderr, "bench_entities: gazetteer load %.3fs, peak RSS %.1f MB, checksum %016llx\n", lt,
            ru.ru_maxrss / 1024.0, (unsigned long long)sum);
    ng_engine_close(e);
    return 0;
}
