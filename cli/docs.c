/*
 * docs.c -- reading and processing articles for the commands that take
 * articles in (extract, ingest): the shared options, the readers, and the
 * batch of worker threads.
 *
 * The main thread reads documents into a batch; N worker threads process the
 * batch (runs of up to 64 documents each, shorter towards the batch's end,
 * stage by stage with ng_process_batch(), sharing the read-only engine); the
 * main thread then hands the results to the command's sink in input order
 * and frees the batch.  Memory is bounded by the batch (a few hundred
 * documents), whatever the size of the input.  A document that fails is
 * reported on stderr with its file and position and costs nothing but
 * itself.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BATCH_DOCS 512
#define BATCH_BYTES ((size_t)64 << 20)

typedef struct item {
    ng_doc *doc;
    char *json;
    size_t json_len;
    int rc;
} item;

struct cli_docs {
    cli_docs_opts *o;
    ng_engine *engine;
    cli_docs_sink sink;
    void *ud;
    item batch[BATCH_DOCS];
    size_t n;
    size_t bytes;
    atomic_size_t next;
    cli_progress prog;
    unsigned long long failed;
    int stop;
};

void cli_docs_defaults(cli_docs_opts *o)
{
    memset(o, 0, sizeof *o);
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    o->jobs = ncpu > 0 ? (int)ncpu : 1;
    o->eopts.data_dir = cli_data_dir();
}

static int parse_format(const char *s, ng_format *f)
{
    static const struct { const char *name; ng_format f; } t[] = {
        {"auto", NG_FORMAT_AUTO}, {"text", NG_FORMAT_TEXT}, {"txt", NG_FORMAT_TEXT},
        {"jsonl", NG_FORMAT_JSONL}, {"html", NG_FORMAT_HTML}, {"warc", NG_FORMAT_WARC},
        {"reuters", NG_FORMAT_REUTERS},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (!strcmp(s, t[i].name)) {
            *f = t[i].f;
            return 0;
        }
    return -1;
}

int cli_docs_option(cli_docs_opts *o, int c, const char *arg, const char *cmd)
{
    char *end;
    switch (c) {
    case 'j':
        o->jobs = (int)strtol(arg, &end, 10);
        if (*end || o->jobs < 1 || o->jobs > 256) {
            fprintf(stderr, "newsgraph %s: --jobs wants a number from 1 to 256, not '%s'\n", cmd, arg);
            return -1;
        }
        return 1;
    case 'f':
        if (parse_format(arg, &o->ropts.format)) {
            fprintf(stderr, "newsgraph %s: unknown format '%s' (auto, text, jsonl, html, warc, reuters)\n", cmd, arg);
            return -1;
        }
        return 1;
    case CLI_OPT_TITLE_LINE: o->ropts.title_line = 1; return 1;
    case CLI_OPT_OUTLET: o->ropts.outlet = arg; return 1;
    case CLI_OPT_PUBLISHED: o->ropts.published = arg; return 1;
    case CLI_OPT_MAX_SIZE: {
        unsigned long long v = strtoull(arg, &end, 10);
        if (*end || v == 0) {
            fprintf(stderr, "newsgraph %s: --max-size wants a number of bytes, not '%s'\n", cmd, arg);
            return -1;
        }
        o->ropts.max_doc_bytes = o->eopts.max_doc_bytes = (size_t)v;
        return 1;
    }
    case CLI_OPT_TEXT_ONLY: o->eopts.flags |= NG_ENGINE_NO_MODELS; return 1;
    case CLI_OPT_MODEL: o->eopts.ner_model = arg; return 1;
    case CLI_OPT_ANNOTATORS: {
        static const struct { const char *name; unsigned bit; } t[] = {
            {"entities", NG_ANNOT_ENTITIES}, {"quotes", NG_ANNOT_QUOTES},
            {"amounts", NG_ANNOT_AMOUNTS},   {"times", NG_ANNOT_TIMES},
        };
        unsigned bits = 0;
        for (const char *p = arg; *p;) {
            size_t n = strcspn(p, ",");
            size_t i = 0;
            while (i < sizeof t / sizeof t[0] && !(strlen(t[i].name) == n && !strncmp(p, t[i].name, n)))
                i++;
            if (i == sizeof t / sizeof t[0]) {
                fprintf(stderr, "newsgraph %s: unknown annotator '%.*s' (entities, quotes, amounts, times)\n", cmd,
                        (int)n, p);
                return -1;
            }
            bits |= t[i].bit;
            p += n + (p[n] == ',');
        }
        if (!bits) {
            fprintf(stderr, "newsgraph %s: --annotators wants a list such as entities,quotes\n", cmd);
            return -1;
        }
        o->eopts.annotators = bits;
        return 1;
    }
    default: return 0;
    }
}

/* Documents a worker takes at a time: ng_process_batch() runs each annotator
 * over all of them before the next, which keeps its code in the caches. */
#define WORKER_CHUNK NG_BATCH_RUN

static void *worker(void *arg)
{
    cli_docs *r = arg;
    size_t nthreads = (size_t)r->o->jobs;
    ng_doc *docs[WORKER_CHUNK];
    int rc[WORKER_CHUNK];
    for (;;) {
        /* guided: a run is a share of what is left (at most 64), so the
         * runs shrink towards the end of the batch and no thread is left
         * alone with a long one while the others wait */
        size_t i = atomic_load(&r->next), m;
        do {
            if (i >= r->n)
                return NULL;
            m = (r->n - i) / (2 * nthreads);
            m = m < 1 ? 1 : m > WORKER_CHUNK ? WORKER_CHUNK : m;
        } while (!atomic_compare_exchange_weak(&r->next, &i, i + m));
        for (size_t k = 0; k < m; k++)
            docs[k] = r->batch[i + k].doc;
        ng_process_batch(r->engine, docs, m, rc);
        for (size_t k = 0; k < m; k++) {
            item *it = &r->batch[i + k];
            it->rc = rc[k];
            if (it->rc == 0 && r->o->want_json)
                it->rc = ng_doc_to_json(it->doc, &it->json, &it->json_len);
        }
    }
}

/* A message on stderr, the progress line erased first (cli_progress_clear). */
__attribute__((format(printf, 2, 3))) static void say(cli_docs *r, const char *fmt, ...)
{
    va_list ap;
    cli_progress_clear(&r->prog);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}

static void flush_batch(cli_docs *r)
{
    if (r->n == 0)
        return;
    atomic_store(&r->next, 0);
    int nthreads = r->o->jobs;
    if ((size_t)nthreads > r->n)
        nthreads = (int)r->n;
    pthread_t tids[256];
    int started = 0;
    for (int t = 1; t < nthreads && t < 256; t++)
        if (pthread_create(&tids[started], NULL, worker, r) == 0)
            started++;
    worker(r);
    for (int t = 0; t < started; t++)
        pthread_join(tids[t], NULL);
    size_t max_doc = r->o->eopts.max_doc_bytes ? r->o->eopts.max_doc_bytes : NG_DEFAULT_MAX_DOC;
    for (size_t i = 0; i < r->n; i++) {
        item *it = &r->batch[i];
        const char *id = ng_doc_get(it->doc, NG_FIELD_SOURCE);
        if (!id)
            id = ng_doc_get(it->doc, NG_FIELD_ID);
        if (it->rc == NG_ETOOBIG) {
            say(r, "newsgraph: %s: article of %zu bytes is over the limit of %zu bytes (--max-size); no record written\n",
                id ? id : "?", ng_doc_input_size(it->doc), max_doc);
            r->failed++;
            r->prog.failed++;
        } else if (it->rc != 0) {
            say(r, "newsgraph: %s: %s; no record written\n", id ? id : "?", ng_strerror(it->rc));
            r->failed++;
            r->prog.failed++;
        } else {
            for (size_t k = 0; k < ng_doc_error_count(it->doc); k++)
                say(r, "newsgraph: %s: warning: %s\n", id ? id : "?", ng_doc_error_msg(it->doc, k));
            if (!r->stop && r->sink(r->ud, it->doc, it->json, it->json_len) != 0)
                r->stop = 1;
        }
        ng_free(it->json);
        ng_doc_free(it->doc);
        memset(it, 0, sizeof *it);
    }
    r->n = 0;
    r->bytes = 0;
    if (!r->stop && r->o->batch_end && r->o->batch_end(r->ud) != 0)
        r->stop = 1;
    cli_progress_update(&r->prog, 0);
}

static int add_doc(cli_docs *r, ng_doc *d, size_t bytes)
{
    r->batch[r->n++].doc = d;
    r->bytes += bytes;
    r->prog.docs++;
    r->prog.bytes += bytes;
    if (r->n == BATCH_DOCS || r->bytes >= BATCH_BYTES || (r->o->batch_docs && r->n >= r->o->batch_docs))
        flush_batch(r);
    return 0;
}

static int read_input(const char *path, void *ud)
{
    cli_docs *r = ud;
    ng_reader *rd;
    ng_error err;
    if (r->stop)
        return 0;
    if (ng_reader_open(path, &r->o->ropts, &rd, &err) != 0) {
        say(r, "newsgraph: %s\n", err.msg);
        r->failed++;
        r->prog.failed++;
        return 0;
    }
    uint64_t before = 0;
    while (!r->stop) {
        ng_doc *d;
        int rc = ng_reader_next(rd, &d, &err);
        uint64_t off = ng_reader_offset(rd);
        if (rc == 0)
            break;
        if (rc < 0) {
            say(r, "newsgraph: %s\n", err.msg);
            r->failed++;
            r->prog.failed++;
            if (rc == NG_EIO || rc == NG_ENOMEM || rc == NG_EUNSUPPORTED)
                break;
            continue;
        }
        add_doc(r, d, (size_t)(off - before));
        before = off;
    }
    ng_reader_stats st; /* archives: what was skipped, and why */
    ng_reader_stats_get(rd, &st);
    if (st.records)
        cli_progress_clear(&r->prog);
    if (ng_reader_format(rd) == NG_FORMAT_REUTERS && st.records)
        fprintf(stderr,
                "newsgraph: %s: %llu articles, %llu records: %llu with a body, %llu headline only (BRIEF), "
                "%llu unstructured (UNPROC); %llu bad\n",
                path ? path : "-", (unsigned long long)st.records, (unsigned long long)st.documents,
                (unsigned long long)(st.documents - st.headline_only - st.unstructured),
                (unsigned long long)st.headline_only, (unsigned long long)st.unstructured,
                (unsigned long long)st.errors);
    else if (st.records)
        fprintf(stderr,
                "newsgraph: %s: %llu records, %llu pages; skipped %llu not responses, %llu not status 200, "
                "%llu not HTML; %llu bad records\n",
                path ? path : "-", (unsigned long long)st.records, (unsigned long long)st.documents,
                (unsigned long long)st.skipped_type, (unsigned long long)st.skipped_status,
                (unsigned long long)st.skipped_mime, (unsigned long long)st.errors);
    ng_reader_close(rd);
    return 0;
}

int cli_docs_run(cli_docs_opts *o, int npaths, char **paths, cli_docs_sink sink, void *ud,
                 unsigned long long *failed)
{
    static cli_docs r; /* the batch is large: keep it off the stack */
    memset(&r, 0, sizeof r);
    r.o = o;
    r.sink = sink;
    r.ud = ud;
    ng_error err;
    if (ng_engine_open(&o->eopts, &r.engine, &err) != 0) {
        fprintf(stderr, "newsgraph: %s\n", err.msg);
        return -1;
    }
    cli_progress_init(&r.prog);
    if (npaths == 0) {
        read_input(NULL, &r);
    } else {
        for (int i = 0; i < npaths && !r.stop; i++) {
            int bad = cli_walk(paths[i], read_input, &r);
            r.failed += (unsigned long long)bad;
            r.prog.failed += (unsigned long long)bad;
        }
    }
    flush_batch(&r);
    cli_progress_end(&r.prog);
    ng_engine_close(r.engine);
    *failed = r.failed;
    return r.stop ? 1 : 0;
}
