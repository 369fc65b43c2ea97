/*
 * extract.c -- `newsgraph extract`: articles in, one JSON record per line out.
 *
 * The main thread reads documents into a batch; N worker threads process the
 * batch (each document independently, sharing the read-only engine); the
 * main thread then writes the records in input order and frees the batch.
 * Memory is bounded by the batch (a few hundred documents), whatever the
 * size of the input.  A document that fails is reported on stderr with its
 * file and position and costs nothing but itself.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <getopt.h>
#include <pthread.h>
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

typedef struct run {
    ng_engine *engine;
    ng_reader_options ropts;
    FILE *out;
    const char *out_name;
    int jobs;
    item batch[BATCH_DOCS];
    size_t n;
    size_t bytes;
    atomic_size_t next;
    cli_progress prog;
    unsigned long long failed;
    int write_failed;
    size_t max_doc;
} run;

static void process_one(run *r, item *it)
{
    it->rc = ng_process(r->engine, it->doc);
    if (it->rc == 0)
        it->rc = ng_doc_to_json(it->doc, &it->json, &it->json_len);
}

static void *worker(void *arg)
{
    run *r = arg;
    for (;;) {
        size_t i = atomic_fetch_add(&r->next, 1);
        if (i >= r->n)
            break;
        process_one(r, &r->batch[i]);
    }
    return NULL;
}

static void flush_batch(run *r)
{
    if (r->n == 0)
        return;
    atomic_store(&r->next, 0);
    int nthreads = r->jobs;
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
    for (size_t i = 0; i < r->n; i++) {
        item *it = &r->batch[i];
        const char *id = ng_doc_get(it->doc, NG_FIELD_SOURCE);
        if (!id)
            id = ng_doc_get(it->doc, NG_FIELD_ID);
        if (it->rc == NG_ETOOBIG) {
            fprintf(stderr, "newsgraph: %s: article of %zu bytes is over the limit of %zu bytes (--max-size); no record written\n",
                    id ? id : "?", ng_doc_input_size(it->doc), r->max_doc);
            r->failed++;
            r->prog.failed++;
        } else if (it->rc != 0) {
            fprintf(stderr, "newsgraph: %s: %s; no record written\n", id ? id : "?", ng_strerror(it->rc));
            r->failed++;
            r->prog.failed++;
        } else {
            for (size_t k = 0; k < ng_doc_error_count(it->doc); k++)
                fprintf(stderr, "newsgraph: %s: warning: %s\n", id ? id : "?", ng_doc_error_msg(it->doc, k));
            if (fwrite(it->json, 1, it->json_len, r->out) != it->json_len || fputc('\n', r->out) == EOF)
                r->write_failed = 1;
        }
        ng_free(it->json);
        ng_doc_free(it->doc);
        memset(it, 0, sizeof *it);
    }
    r->n = 0;
    r->bytes = 0;
    cli_progress_update(&r->prog, 0);
}

static int add_doc(run *r, ng_doc *d, size_t bytes)
{
    r->batch[r->n++].doc = d;
    r->bytes += bytes;
    r->prog.docs++;
    r->prog.bytes += bytes;
    if (r->n == BATCH_DOCS || r->bytes >= BATCH_BYTES)
        flush_batch(r);
    return 0;
}

static int read_input(const char *path, void *ud)
{
    run *r = ud;
    ng_reader *rd;
    ng_error err;
    if (ng_reader_open(path, &r->ropts, &rd, &err) != 0) {
        fprintf(stderr, "newsgraph: %s\n", err.msg);
        r->failed++;
        r->prog.failed++;
        return 0;
    }
    uint64_t before = 0;
    for (;;) {
        ng_doc *d;
        int rc = ng_reader_next(rd, &d, &err);
        uint64_t off = ng_reader_offset(rd);
        if (rc == 0)
            break;
        if (rc < 0) {
            fprintf(stderr, "newsgraph: %s\n", err.msg);
            r->failed++;
            r->prog.failed++;
            if (rc == NG_EIO || rc == NG_ENOMEM || rc == NG_EUNSUPPORTED)
                break;
            continue;
        }
        add_doc(r, d, (size_t)(off - before));
        before = off;
    }
    ng_reader_close(rd);
    return 0;
}

static void usage(FILE *f)
{
    fputs("usage: newsgraph extract [options] [PATH ...]\n"
          "Reads articles (plain text, JSON Lines; directories recursively; standard\n"
          "input when no PATH) and writes one JSON record per article (JSON Lines).\n"
          "\n"
          "  -o, --output FILE     write records to FILE instead of standard output\n"
          "  -j, --jobs N          worker threads (default: all cores)\n"
          "  -f, --format F        input format: auto, text, jsonl, html, warc (default auto)\n"
          "      --title-line      plain text: the first line is the headline\n"
          "      --outlet NAME     plain text: the outlet of the articles\n"
          "      --published DATE  plain text: the publication date (ISO 8601)\n"
          "      --max-size BYTES  skip articles larger than this (default 16 MiB)\n"
          "      --text-only       text layer only: no entities, quotes, amounts, times\n"
          "      --model FILE      entity tagger model (default: the shipped model)\n"
          "  -h, --help            show this help\n"
          "\n"
          "Exit status: 0 all documents fine, 1 some failed, 2 usage error.\n",
          f);
}

static int parse_format(const char *s, ng_format *f)
{
    static const struct { const char *name; ng_format f; } t[] = {
        {"auto", NG_FORMAT_AUTO}, {"text", NG_FORMAT_TEXT}, {"txt", NG_FORMAT_TEXT},
        {"jsonl", NG_FORMAT_JSONL}, {"html", NG_FORMAT_HTML}, {"warc", NG_FORMAT_WARC},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (!strcmp(s, t[i].name)) {
            *f = t[i].f;
            return 0;
        }
    return -1;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, 0, 'o'},    {"jobs", required_argument, 0, 'j'},
        {"format", required_argument, 0, 'f'},    {"title-line", no_argument, 0, 1},
        {"outlet", required_argument, 0, 2},      {"published", required_argument, 0, 3},
        {"max-size", required_argument, 0, 4},    {"text-only", no_argument, 0, 5},
        {"model", required_argument, 0, 6},       {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    static run r; /* the batch is large: keep it off the stack */
    memset(&r, 0, sizeof r);
    r.out = stdout;
    r.out_name = "standard output";
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    r.jobs = ncpu > 0 ? (int)ncpu : 1;
    ng_engine_options eopts = {0};
    eopts.data_dir = cli_data_dir();
    const char *outpath = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:j:f:h", longopts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'o': outpath = optarg; break;
        case 'j':
            r.jobs = (int)strtol(optarg, &end, 10);
            if (*end || r.jobs < 1 || r.jobs > 256) {
                fprintf(stderr, "newsgraph extract: --jobs wants a number from 1 to 256, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'f':
            if (parse_format(optarg, &r.ropts.format)) {
                fprintf(stderr, "newsgraph extract: unknown format '%s' (auto, text, jsonl, html, warc)\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 1: r.ropts.title_line = 1; break;
        case 2: r.ropts.outlet = optarg; break;
        case 3: r.ropts.published = optarg; break;
        case 4: {
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || v == 0) {
                fprintf(stderr, "newsgraph extract: --max-size wants a number of bytes, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            r.ropts.max_doc_bytes = eopts.max_doc_bytes = (size_t)v;
            break;
        }
        case 5: eopts.flags |= NG_ENGINE_NO_MODELS; break;
        case 6: eopts.ner_model = optarg; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    r.max_doc = eopts.max_doc_bytes ? eopts.max_doc_bytes : NG_DEFAULT_MAX_DOC;
    ng_error err;
    if (ng_engine_open(&eopts, &r.engine, &err) != 0) {
        fprintf(stderr, "newsgraph: %s\n", err.msg);
        return EXIT_USAGE;
    }
    if (outpath && !(r.out = fopen(outpath, "wb"))) {
        perror(outpath);
        ng_engine_close(r.engine);
        return EXIT_USAGE;
    }
    if (outpath)
        r.out_name = outpath;
    cli_progress_init(&r.prog);
    if (optind >= argc) {
        read_input(NULL, &r);
    } else {
        for (int i = optind; i < argc; i++) {
            int bad = cli_walk(argv[i], read_input, &r);
            r.failed += (unsigned long long)bad;
            r.prog.failed += (unsigned long long)bad;
        }
    }
    flush_batch(&r);
    cli_progress_end(&r.prog);
    if (fflush(r.out) != 0 || r.write_failed) {
        fprintf(stderr, "newsgraph: writing to %s failed\n", r.out_name);
        r.failed++;
    }
    if (outpath)
        fclose(r.out);
    ng_engine_close(r.engine);
    return r.failed ? EXIT_SOME_FAILED : EXIT_OK;
}
