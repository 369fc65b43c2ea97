/*
 * bench_text.c -- throughput of the text layer (normalisation, tokens,
 * sentences); with --entities, of the text layer plus the entity tagger and
 * resolver; with --full, of the whole pipeline with the shipped models.
 *
 *   bench_text [--full | --entities] [--min-seconds S] [--rounds N] PATH...
 *
 * PATHs are files or directories: *.sgm files are read as Reuters-21578 SGML
 * (one article per <BODY>), other files as one plain-text article each.  All
 * articles are loaded first, then processed on one thread, repeatedly until
 * S seconds (default 3) have passed (with --rounds N, at least N rounds).
 * Prints MB/s, tokens/s, documents/s, the peak resident memory, and a
 * checksum of every token and sentence span so a speed change cannot hide a
 * change in output.  Speeds are given twice: by wall-clock time, and by the
 * thread's CPU time (CLOCK_THREAD_CPUTIME_ID), which is what to compare on a
 * shared machine where other jobs steal the core.
 *
 *   bench_text --annot-cost [--rounds N] PATH...
 *
 * measures what the annotators after entities (quotes, amounts, times) add to
 * text layer + entities: every article is processed by both pipelines, one
 * right after the other (the order alternates), and each pipeline's thread
 * CPU time inside ng_process() is summed.  Both see the same load on a shared
 * machine, so the ratio is steadier than two separate runs.  Prints both
 * times, the ratio per round, and the checksum of the whole pipeline (the
 * same as --full prints).
 */
#define _POSIX_C_SOURCE 200809L
#include "doc.h"
#include "newsgraph.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

typedef struct { char *p; size_t n; } text;
static text *docs;
static size_t ndocs, capdocs;
static size_t total_bytes;

static void add(const char *p, size_t n)
{
    if (ndocs == capdocs) {
        capdocs = capdocs ? capdocs * 2 : 1024;
        docs = realloc(docs, capdocs * sizeof *docs);
        if (!docs)
            exit(1);
    }
    docs[ndocs].p = malloc(n + 1);
    memcpy(docs[ndocs].p, p, n);
    docs[ndocs].n = n;
    ndocs++;
    total_bytes += n;
}

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)len + 1);
    *n = fread(p, 1, (size_t)len, f);
    p[*n] = 0;
    fclose(f);
    return p;
}

static void load(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        struct dirent *de;
        char **names = NULL;
        size_t n = 0;
        while (d && (de = readdir(d)) != NULL) {
            if (de->d_name[0] == '.')
                continue;
            names = realloc(names, (n + 1) * sizeof *names);
            names[n] = malloc(strlen(path) + strlen(de->d_name) + 2);
            sprintf(names[n], "%s/%s", path, de->d_name);
            n++;
        }
        if (d)
            closedir(d);
        for (size_t i = 0; i < n; i++) {
            for (size_t j = i + 1; j < n; j++)
                if (strcmp(names[j], names[i]) < 0) {
                    char *t = names[i];
                    names[i] = names[j];
                    names[j] = t;
                }
            load(names[i]);
            free(names[i]);
        }
        free(names);
        return;
    }
    size_t n;
    char *p = slurp(path, &n);
    if (!p)
        return;
    size_t len = strlen(path);
    if (len > 4 && !strcmp(path + len - 4, ".sgm")) {
        char *s = p;
        while ((s = strstr(s, "<BODY>")) != NULL) {
            s += 6;
            char *e = strstr(s, "</BODY>");
            if (!e)
                break;
            /* unescape the few SGML entities Reuters uses */
            size_t m = 0;
            char *buf = malloc((size_t)(e - s) + 1);
            for (char *q = s; q < e; q++) {
                if (!strncmp(q, "&lt;", 4)) { buf[m++] = '<'; q += 3; }
                else if (!strncmp(q, "&gt;", 4)) { buf[m++] = '>'; q += 3; }
                else if (!strncmp(q, "&amp;", 5)) { buf[m++] = '&'; q += 4; }
                else if (!strncmp(q, "&#3;", 4)) { q += 3; }
                else buf[m++] = *q;
            }
            add(buf, m);
            free(buf);
            s = e;
        }
    } else {
        add(p, n);
    }
    free(p);
}

static double clock_s(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
static double now(void) { return clock_s(CLOCK_MONOTONIC); }

/* One step of the document checksum. */
static unsigned long long mix(unsigned long long h, uint64_t a, uint64_t b)
{
    return (h * 0x100000001b3ULL) ^ (a * 0x9e3779b97f4a7c15ULL + b);
}
/* FNV-1a of a string; NULL is 0. */
static uint64_t str_sum(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    if (!s)
        return 0;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
    return h;
}

/* The checksum of one processed document (--full and --annot-cost). */
static unsigned long long doc_sum(const ng_doc *d, unsigned long long checksum)
{
    for (size_t k = 0; k < d->tokens.n; k++)
        checksum = checksum * 31 + d->tokens.v[k].start * 7 + d->tokens.v[k].end + d->tokens.v[k].kind;
    for (size_t k = 0; k < d->sents.n; k++)
        checksum = checksum * 37 + d->sents.v[k].start * 11 + d->sents.v[k].end;
    /* the annotations: every span, and the values a record prints, so that a
     * speed change cannot hide a change in any annotator's output */
    for (size_t k = 0; k < d->mentions.n; k++)
        checksum = mix(checksum, d->mentions.v[k].start, d->mentions.v[k].end);
    for (size_t k = 0; k < d->quotes.n; k++) {
        const ng_quote *q = &d->quotes.v[k];
        checksum = mix(checksum, q->start, q->end);
        checksum = mix(checksum, q->cue_start, q->cue_end);
        checksum = mix(checksum, q->speaker_start, q->speaker_end);
        checksum = mix(checksum, (uint64_t)(int64_t)q->speaker, (uint64_t)q->direct << 2 | q->stance << 1 | q->negated);
    }
    for (size_t k = 0; k < d->attributions.n; k++) {
        const ng_attribution *a = &d->attributions.v[k];
        checksum = mix(checksum, a->start, a->end);
        checksum = mix(checksum, a->source_start, a->source_end);
        checksum = mix(checksum, a->cue_start, a->cue_end);
        checksum = mix(checksum, (uint64_t)(int64_t)a->source_entity, 0);
    }
    for (size_t k = 0; k < d->amounts.n; k++) {
        const ng_amount *a = &d->amounts.v[k];
        uint64_t v, hi;
        memcpy(&v, &a->value, sizeof v);
        memcpy(&hi, &a->value_hi, sizeof hi);
        checksum = mix(checksum, a->start, a->end);
        checksum = mix(checksum, v, hi ^ a->kind);
        checksum = mix(checksum, str_sum(a->unit), str_sum(a->approx));
        checksum = mix(checksum, a->object_start, a->object_end);
    }
    for (size_t k = 0; k < d->times.n; k++) {
        const ng_time *t = &d->times.v[k];
        checksum = mix(checksum, t->start, t->end);
        checksum = mix(checksum, str_sum(t->value), str_sum(t->value_end));
        checksum = mix(checksum, t->type, (uint64_t)t->anchored << 1 | t->approx);
    }
    return checksum;
}

static double cpu_now(void) { return clock_s(CLOCK_THREAD_CPUTIME_ID); }

/* --batch N: documents per ng_process_batch() call (1: ng_process() one at a time) */
#define MAX_BATCH 512
static size_t batch = 1;

typedef struct {
    unsigned long long checksum, failed, tokens, sents;
} tally;

/* Processes docs[i0 .. i0 + m) in one ng_process_batch() call and adds them
 * to *t (checksums only when sum is set); returns the thread CPU time of the
 * call. */
static double run_batch(const ng_engine *e, size_t i0, size_t m, int sum, tally *t)
{
    ng_doc *d[MAX_BATCH];
    int rc[MAX_BATCH];
    for (size_t i = 0; i < m; i++)
        if (ng_doc_new(&d[i]) || ng_doc_set_text(d[i], docs[i0 + i].p, docs[i0 + i].n)) {
            ng_doc_free(d[i]);
            d[i] = NULL; /* ng_process_batch() gives it NG_EINVAL */
        }
    double c0 = cpu_now();
    if (m == 1) /* what the callgrind commands of README and doc/RESULTS.md collect */
        rc[0] = ng_process(e, d[0]);
    else
        ng_process_batch(e, d, m, rc);
    double c = cpu_now() - c0;
    for (size_t i = 0; i < m; i++) {
        if (rc[i])
            t->failed++;
        else if (sum) {
            t->checksum = doc_sum(d[i], t->checksum);
            t->tokens += d[i]->tokens.n;
            t->sents += d[i]->sents.n;
        }
        ng_doc_free(d[i]);
    }
    return c;
}

/* --annot-cost: see the top of the file. */
static int annot_cost(int rounds)
{
    ng_engine *e[2];
    for (int k = 0; k < 2; k++) {
        ng_engine_options o = {0};
        o.data_dir = NG_DATA_DIR;
        o.annotators = k ? NG_ANNOT_ALL : NG_ANNOT_ENTITIES;
        ng_error err;
        if (ng_engine_open(&o, &e[k], &err)) {
            fprintf(stderr, "engine: %s\n", err.msg);
            if (k)
                ng_engine_close(e[0]);
            return 1;
        }
    }
    printf("annotators' cost: %zu documents, %.1f MB, text layer + entities vs whole pipeline, per document\n",
           ndocs, (double)total_bytes / 1e6);
    for (int r = 0; r < rounds; r++) {
        double cpu[2] = {0, 0};
        tally t[2] = {{0, 0, 0, 0}, {0, 0, 0, 0}};
        for (size_t i = 0, b = 0; i < ndocs; i += batch, b++)
            for (int j = 0; j < 2; j++) {
                int k = (int)((b + (size_t)j) & 1);
                cpu[k] += run_batch(e[k], i, ndocs - i < batch ? ndocs - i : batch, k, &t[k]);
            }
        unsigned long long checksum = t[1].checksum, failed = t[0].failed + t[1].failed;
        printf("  round %d: text layer + entities %.2f s CPU, whole pipeline %.2f s CPU: annotators %+.1f %%"
               "  failed %llu  checksum %016llx\n",
               r + 1, cpu[0], cpu[1], 100.0 * (cpu[1] / cpu[0] - 1), failed, checksum);
        fflush(stdout);
    }
    ng_engine_close(e[0]);
    ng_engine_close(e[1]);
    return 0;
}

int main(int argc, char **argv)
{
    int full = 0, cost = 0;
    double min_seconds = 3;
    int min_rounds = 1;
    int first = 1;
    for (; first < argc && argv[first][0] == '-'; first++) {
        if (!strcmp(argv[first], "--full"))
            full = 1;
        else if (!strcmp(argv[first], "--entities"))
            full = 2; /* text layer + entities only */
        else if (!strcmp(argv[first], "--annot-cost"))
            cost = 1;
        else if (!strcmp(argv[first], "--min-seconds") && first + 1 < argc)
            min_seconds = atof(argv[++first]);
        else if (!strcmp(argv[first], "--rounds") && first + 1 < argc)
            min_rounds = atoi(argv[++first]);
        else if (!strcmp(argv[first], "--batch") && first + 1 < argc) {
            long b = atol(argv[++first]);
            batch = b < 1 ? 1 : b > MAX_BATCH ? MAX_BATCH : (size_t)b;
        }
    }
    if (first >= argc) {
        fprintf(stderr, "usage: bench_text [--full | --entities | --annot-cost] [--min-seconds S] [--rounds N] [--batch N] PATH...\n");
        return 2;
    }
    for (int i = first; i < argc; i++)
        load(argv[i]);
    if (cost) {
        int rc = annot_cost(min_rounds);
        for (size_t i = 0; i < ndocs; i++)
            free(docs[i].p);
        free(docs);
        return rc;
    }
    ng_engine_options o = {0};
    o.data_dir = NG_DATA_DIR;
    o.flags = full ? 0 : NG_ENGINE_NO_MODELS;
    o.annotators = full == 2 ? NG_ANNOT_ENTITIES : NG_ANNOT_ALL;
    ng_engine *e;
    ng_error err;
    if (ng_engine_open(&o, &e, &err)) {
        fprintf(stderr, "engine: %s\n", err.msg);
        return 1;
    }
    unsigned long long checksum = 0, tokens = 0, sents = 0, processed = 0, bytes = 0, failed = 0;
    int rounds = 0;
    double t0 = now(), t, best = 1e9;
    double c0 = cpu_now(), cpu, cpu_best = 1e9;
    do {
        double r0 = now(), rc0 = cpu_now();
        tally tl = {0, 0, 0, 0};
        for (size_t i = 0; i < ndocs; i += batch) {
            size_t m = ndocs - i < batch ? ndocs - i : batch;
            run_batch(e, i, m, 1, &tl);
            for (size_t k = i; k < i + m; k++)
                bytes += docs[k].n;
            processed += m;
        }
        checksum = tl.checksum;
        tokens += tl.tokens;
        sents += tl.sents;
        failed += tl.failed;
        rounds++;
        if (now() - r0 < best)
            best = now() - r0;
        if (cpu_now() - rc0 < cpu_best)
            cpu_best = cpu_now() - rc0;
        t = now() - t0;
    } while (t < min_seconds || rounds < min_rounds);
    cpu = cpu_now() - c0;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("%s: %zu documents, %.1f MB, %d rounds in %.2f s (1 thread)\n",
           full == 2 ? "text layer + entities" : full ? "full pipeline" : "text layer",
           ndocs, (double)total_bytes / 1e6, rounds, t);
    printf("  mean %.1f MB/s, best round %.1f MB/s;  %.0f tokens/s  %.0f documents/s  %.1f tokens/doc  %.1f sentences/doc\n",
           (double)bytes / 1e6 / t, (double)total_bytes / 1e6 / best, (double)tokens / t, (double)processed / t,
           (double)tokens / (double)processed, (double)sents / (double)processed);
    printf("  thread CPU time: mean %.1f MB/s, best round %.1f MB/s;  %.0f tokens/s  (%.2f s CPU)\n",
           (double)bytes / 1e6 / cpu, (double)total_bytes / 1e6 / cpu_best, (double)tokens / cpu, cpu);
    printf("  peak RSS %.1f MB (input held in memory: %.1f MB)  failed %llu  checksum %016llx\n",
           (double)ru.ru_maxrss / 1024.0, (double)total_bytes / 1e6, failed / (unsigned long long)rounds, checksum);
    ng_engine_close(e);
    for (size_t i = 0; i < ndocs; i++)
        free(docs[i].p);
    free(docs);
    return 0;
}
