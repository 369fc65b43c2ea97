/*
 * bench_ner.c -- tagging speed of the entity tagger on one core.
 *
 *   bench_ner [--model FILE] [--print] PATH...
 *
 * Reads every file under the paths (recursively), runs the text layer
 * (normalise, tokens, sentences) outside the clock, then times only the
 * tagger (ng__ner_tag) over all documents, one thread, in thread CPU time
 * (best of --repeat N runs).  Prints tokens/s,
 * documents, mentions, peak RSS, and a checksum (XXH3 over every mention's
 * span and type) so a speed change cannot hide a change in output.
 * --print writes each mention ("file<TAB>type<TAB>text") to stdout.
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

/* CPU time of this thread: the machine is shared, so wall time would
 * measure the neighbours too. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    const char *model = NG_DATA_DIR "/ner.model";
    int print = 0, reps = 1;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--model") && i + 1 < argc)
            model = argv[++i];
        else if (!strcmp(argv[i], "--print"))
            print = 1;
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
            reps = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: bench_ner [--model FILE] [--print] [--repeat N] PATH...\n");
            return 2;
        }
    }
    if (i == argc) {
        fprintf(stderr, "usage: bench_ner [--model FILE] [--print] [--repeat N] PATH...\n");
        return 2;
    }
    for (; i < argc; i++)
        walk(argv[i]);
    ng_engine_options o = {0};
    o.ner_model = model;
    ng_engine *e;
    ng_error err = {0};
    if (ng_engine_open(&o, &e, &err) != 0) {
        fprintf(stderr, "bench_ner: %s\n", err.msg);
        return 1;
    }
    struct rusage ru0;
    getrusage(RUSAGE_SELF, &ru0);
    size_t ntok = 0, ndocs = 0;
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
        ng_doc *d;
        if (ng_doc_new(&d) != 0 || ng_doc_set_text(d, text ? text : "", len) != 0)
            return 1;
        free(text);
        if (ng__text_normalize(d) != 0 || ng__tokenize(d) != 0 || ng__sentences(d) != 0) {
            ng_doc_free(d);
            continue;
        }
        items[k].doc = d;
        ntok += d->tokens.n;
        ndocs++;
    }
    double best = 1e30;
    for (int r = 0; r < reps; r++) {
        double t0 = now();
        for (size_t k = 0; k < nitems; k++) {
            ng_doc *d = items[k].doc;
            if (!d)
                continue;
            d->mentions.n = 0;
            if (ng__ner_tag(e, d) != 0) {
                fprintf(stderr, "bench_ner: tagging failed\n");
                return 1;
            }
        }
        double t = now() - t0;
        if (t < best)
            best = t;
    }
    uint64_t sum = 0;
    size_t nm = 0;
    for (size_t k = 0; k < nitems; k++) {
        ng_doc *d = items[k].doc;
        if (!d)
            continue;
        for (size_t m = 0; m < d->mentions.n; m++) {
            const ng_mention *mm = &d->mentions.v[m];
            uint32_t v[3] = {mm->start, mm->end, mm->type};
            sum = sum * 0x100000001B3ULL ^ ng__hash(v, sizeof v);
            if (print)
                printf("%s\t%s\t%.*s\n", items[k].path, ng_ner_type_name(mm->type - 1), (int)(mm->end - mm->start),
                       d->text + mm->start);
        }
        nm += d->mentions.n;
        ng_doc_free(d);
        free(items[k].path);
    }
    free(items);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    fprintf(stderr, "bench_ner: %zu documents, %zu tokens, %zu mentions in %.3fs: %.0f tokens/s (one thread)\n",
            ndocs, ntok, nm, best, best > 0 ? (double)ntok / best : 0.0);
    fprintf(stderr, "bench_ner: peak RSS %.1f MB with the model loaded, %.1f MB at the end (documents in memory); checksum %016llx\n",
            ru0.ru_maxrss / 1024.0, ru.ru_maxrss / 1024.0, (unsigned long long)sum);
    ng_engine_close(e);
    return 0;
}
