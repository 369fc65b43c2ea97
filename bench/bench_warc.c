/*
 * bench_warc.c -- WARC reading speed: the archive is streamed through
 * ng_reader (gzip members, record and HTTP headers, chunked and gzip
 * bodies) and, with -x, every page also goes through ng_process (HTML
 * extraction and the text layer; no models).  Prints MB/s of archive bytes
 * in wall and CPU time, record counts and a checksum of the pages' URLs and
 * sizes (and texts with -x).  Peak memory: run it under /usr/bin/time -v.
 *
 * usage: bench_warc [-x] FILE.warc[.gz]
 */
#define _POSIX_C_SOURCE 200809L
#include "newsgraph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static unsigned long long fnv(unsigned long long h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

int main(int argc, char **argv)
{
    int extract = argc > 2 && !strcmp(argv[1], "-x");
    const char *path = argv[argc - 1];
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: bench_warc [-x] FILE.warc[.gz]\n");
        return 2;
    }
    ng_engine_options eo = {0};
    eo.flags = NG_ENGINE_NO_MODELS;
    ng_engine *e;
    if (ng_engine_open(&eo, &e, NULL) != 0)
        return 1;
    ng_reader_options ro = {0};
    ng_reader *r;
    ng_error err;
    if (ng_reader_open(path, &ro, &r, &err) != 0) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    unsigned long long sum = 1469598103934665603ULL, docs = 0, errors = 0;
    double t0 = now();
    clock_t c0 = clock();
    for (;;) {
        ng_doc *d;
        int rc = ng_reader_next(r, &d, &err);
        if (rc == 0)
            break;
        if (rc < 0) {
            errors++;
            if (rc == NG_EIO || rc == NG_ENOMEM)
                break;
            continue;
        }
        docs++;
        const char *u = ng_doc_get(d, NG_FIELD_URL);
        if (u)
            sum = fnv(sum, u, strlen(u));
        if (extract && ng_process(e, d) == 0) {
            size_t len;
            const char *t = ng_doc_text(d, &len);
            sum = fnv(sum, t, len);
        }
        ng_doc_free(d);
    }
    double dt = now() - t0, ct = (double)(clock() - c0) / CLOCKS_PER_SEC;
    ng_reader_stats st;
    ng_reader_stats_get(r, &st);
    double mb = (double)ng_reader_offset(r) / 1e6;
    printf("warc %s%s: %.1f MB, %llu records, %llu pages, %llu errors: %.1f MB/s wall, %.1f MB/s CPU, "
           "%.0f records/s CPU, %.0f pages/s CPU; checksum %016llx\n",
           path, extract ? " (with extraction)" : "", mb, (unsigned long long)st.records, docs, errors, mb / dt,
           mb / ct, (double)st.records / ct, (double)docs / ct, sum);
    ng_reader_close(r);
    ng_engine_close(e);
    return 0;
}
