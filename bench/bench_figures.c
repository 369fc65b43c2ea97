/*
 * bench_figures.c -- what the statement annotators (quotes and attributions,
 * amounts, times) cost next to the text layer plus entities.
 *
 *   bench_figures [--published YYYY-MM-DD] PATH...
 *
 * Every file under PATH is one plain-text article.  Each article is run
 * through ng_process() with the shipped models (timed as the whole
 * pipeline); then each statement annotator is run again on the processed
 * document, alone, and timed (its table is emptied first, so the work is the
 * same).  text layer + entities = whole pipeline - the three annotators.
 * Times are the thread's CPU time.  Prints the times, the annotators' share, and a checksum of every amount
 * and time (spans and values) so a speed change cannot hide a change in
 * output.
 */
#define _POSIX_C_SOURCE 200809L
#include "doc.h"
#include "engine.h"
#include "newsgraph.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* CPU time: robust on a loaded machine */
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

typedef struct acc {
    const ng_engine *e;
    const char *published;
    double full, quotes, amounts, times;
    size_t docs, bytes, namounts, ntimes;
    uint64_t sum;
} acc;

static uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 1099511628211ull; }

static void one(acc *a, const char *p, size_t n)
{
    ng_doc *d;
    if (ng_doc_new(&d))
        return;
    if (ng_doc_set_text(d, p, n) || (a->published && ng_doc_set(d, NG_FIELD_PUBLISHED, a->published,
                                                                  strlen(a->published)))) {
        ng_doc_free(d);
        return;
    }
    double t0 = now();
    int rc = ng_process(a->e, d);
    double t1 = now();
    if (rc) {
        ng_doc_free(d);
        return;
    }
    a->full += t1 - t0;
    d->quotes.n = d->attributions.n = 0;
    t0 = now();
    ng__annot_quotes(a->e, d);
    t1 = now();
    a->quotes += t1 - t0;
    d->amounts.n = 0;
    d->figcls = NULL; /* amounts classifies the words again; times reuses it */
    d->figval = NULL;
    d->figgate = NULL;
    t0 = now();
    ng__annot_amounts(a->e, d);
    t1 = now();
    a->amounts += t1 - t0;
    d->times.n = 0;
    t0 = now();
    ng__annot_times(a->e, d);
    t1 = now();
    a->times += t1 - t0;
    for (size_t i = 0; i < d->amounts.n; i++) {
        a->sum = mix(a->sum, d->amounts.v[i].start);
        a->sum = mix(a->sum, d->amounts.v[i].end);
        a->sum = mix(a->sum, (uint64_t)(d->amounts.v[i].value * 1000));
    }
    for (size_t i = 0; i < d->times.n; i++) {
        a->sum = mix(a->sum, d->times.v[i].start);
        a->sum = mix(a->sum, d->times.v[i].end);
        for (const char *v = d->times.v[i].value; *v; v++)
            a->sum = mix(a->sum, (unsigned char)*v);
    }
    a->namounts += d->amounts.n;
    a->ntimes += d->times.n;
    a->docs++;
    a->bytes += n;
    ng_doc_free(d);
}

static void walk(acc *a, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        DIR *dir = opendir(path);
        struct dirent *de;
        char **names = NULL;
        size_t n = 0;
        while (dir && (de = readdir(dir)) != NULL) {
            if (de->d_name[0] == '.')
                continue;
            char **nn = realloc(names, (n + 1) * sizeof *names);
            if (!nn)
                break;
            names = nn;
            names[n] = malloc(strlen(path) + strlen(de->d_name) + 2);
            if (!names[n])
                break;
            sprintf(names[n], "%s/%s", path, de->d_name);
            n++;
        }
        if (dir)
            closedir(dir);
        for (size_t i = 0; i < n; i++) {
            walk(a, names[i]);
            free(names[i]);
        }
        free(names);
        return;
    }
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    char *buf = malloc((size_t)st.st_size + 1);
    size_t n = buf ? fread(buf, 1, (size_t)st.st_size, f) : 0;
    fclose(f);
    if (buf)
        one(a, buf, n);
    free(buf);
}

int main(int argc, char **argv)
{
    acc a;
    memset(&a, 0, sizeof a);
    a.sum = 14695981039346656037ull;
    int first = 1;
    if (argc > 2 && !strcmp(argv[1], "--published")) {
        a.published = argv[2];
        first = 3;
    }
    if (first >= argc) {
        fprintf(stderr, "usage: bench_figures [--published YYYY-MM-DD] PATH...\n");
        return 2;
    }
    ng_engine_options o;
    memset(&o, 0, sizeof o);
    o.data_dir = NG_DATA_DIR;
    ng_engine *e;
    ng_error err;
    if (ng_engine_open(&o, &e, &err)) {
        fprintf(stderr, "engine: %s\n", err.msg);
        return 1;
    }
    a.e = e;
    for (int i = first; i < argc; i++)
        walk(&a, argv[i]);
    ng_engine_close(e);
    double stmt = a.quotes + a.amounts + a.times, base = a.full - stmt;
    printf("docs %zu  MB %.2f  amounts %zu  times %zu\n", a.docs, a.bytes / 1e6, a.namounts, a.ntimes);
    printf("whole pipeline          %.3f s\n", a.full);
    printf("text layer + entities   %.3f s\n", base);
    printf("quotes + attributions   %.3f s  (%.1f %%)\n", a.quotes, base > 0 ? 100 * a.quotes / base : 0);
    printf("amounts                 %.3f s  (%.1f %%)\n", a.amounts, base > 0 ? 100 * a.amounts / base : 0);
    printf("times                   %.3f s  (%.1f %%)\n", a.times, base > 0 ? 100 * a.times / base : 0);
    printf("statement annotators    %.3f s  (%.1f %% of text layer + entities)\n", stmt,
           base > 0 ? 100 * stmt / base : 0);
    printf("checksum %016llx\n", (unsigned long long)a.sum);
    return 0;
}
