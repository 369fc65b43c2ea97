/*
 * ingest.c -- `newsgraph ingest --db FILE [PATH ...]`: extracts articles
 * (the same readers and options as extract, docs.c) and adds them to a story
 * database: record, annotations, full-text index, near-duplicate link and
 * story.  Each batch is one transaction; after each commit the running
 * totals are reported ("committed N articles"), and everything reported is
 * durable.  Articles already stored (same id, URL or text) are skipped, so
 * re-running an interrupted ingest completes it.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

typedef struct ingest {
    ng_store *store;
    unsigned long long added, dups, neardups, new_stories, failed, committed;
    int verbose, quiet;
    double start;
} ingest;

static int add_one(void *ud, ng_doc *doc, const char *json, size_t len)
{
    ingest *g = ud;
    ng_store_added res;
    int rc = ng_store_add(g->store, doc, json, len, &res);
    const char *id = ng_doc_get(doc, NG_FIELD_ID);
    if (rc) {
        fprintf(stderr, "newsgraph ingest: %s: %s: %s\n", id ? id : "?", ng_strerror(rc), ng_store_errmsg(g->store));
        g->failed++;
        /* a database failure rolls the batch back: stop rather than go on */
        return rc == NG_EDB || rc == NG_ENOMEM;
    }
    if (res.duplicate_of) {
        g->dups++;
        if (g->verbose)
            fprintf(stderr, "newsgraph ingest: %s: already stored (article %lld)\n", id ? id : "?",
                    (long long)res.duplicate_of);
        return 0;
    }
    g->added++;
    g->neardups += res.near_duplicate_of != 0;
    g->new_stories += res.new_story != 0;
    if (g->verbose)
        fprintf(stderr, "newsgraph ingest: %s: article %lld, story %lld%s%s\n", id ? id : "?", (long long)res.article,
                (long long)res.story, res.new_story ? " (new)" : "", res.near_duplicate_of ? ", near-duplicate" : "");
    return 0;
}

static int commit(void *ud)
{
    ingest *g = ud;
    int rc = ng_store_commit(g->store);
    if (rc) {
        fprintf(stderr, "newsgraph ingest: commit failed: %s\n", ng_store_errmsg(g->store));
        g->failed++;
        return 1;
    }
    g->committed = g->added;
    if (!g->quiet) {
        /* the rate only once it means something: in the first second the
         * engine's start (loading the models) is most of the time */
        double dt = cli_now() - g->start;
        fprintf(stderr, "newsgraph ingest: committed %llu articles (%llu already stored)", g->committed, g->dups);
        if (dt >= 1.0)
            fprintf(stderr, ", %.0f articles/s", (double)(g->added + g->dups) / dt);
        fputc('\n', stderr);
    }
    return 0;
}

static void usage(FILE *f)
{
    fputs("usage: newsgraph ingest --db FILE [options] [PATH ...]\n"
          "Extracts articles (as 'newsgraph extract'; standard input when no PATH) and adds\n"
          "them to the story database FILE (created when missing): records, annotations,\n"
          "full-text index, near-duplicate links and stories.  Articles already stored\n"
          "(same id, URL or text) are skipped.  Give articles in publication order.\n"
          "\n"
          "      --db FILE         the database (required)\n"
          "      --batch N         articles per transaction (default 512)\n"
          "  -v, --verbose         one line per article\n"
          "  -q, --quiet           no progress lines\n" CLI_DOCS_HELP
          "  -h, --help            show this help\n"
          "\n"
          "Exit status: 0 all documents fine, 1 some failed, 2 usage error.\n",
          f);
}

int cmd_ingest(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, 0, 'D'}, {"batch", required_argument, 0, 'B'}, {"verbose", no_argument, 0, 'v'},
        {"quiet", no_argument, 0, 'q'},    CLI_DOCS_LONGOPTS,                     {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    cli_docs_opts o;
    cli_docs_defaults(&o);
    o.want_json = 1;
    o.batch_end = commit;
    ingest g;
    memset(&g, 0, sizeof g);
    const char *db = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:f:vqh", longopts, NULL)) != -1) {
        int k = cli_docs_option(&o, c, optarg, "ingest");
        if (k < 0)
            return EXIT_USAGE;
        if (k > 0)
            continue;
        switch (c) {
        case 'D': db = optarg; break;
        case 'B': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 512) {
                fprintf(stderr, "newsgraph ingest: --batch wants a number from 1 to 512, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            o.batch_docs = (size_t)v;
            break;
        }
        case 'v': g.verbose = 1; break;
        case 'q': g.quiet = 1; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (!db) {
        fprintf(stderr, "newsgraph ingest: --db FILE is required\n");
        usage(stderr);
        return EXIT_USAGE;
    }
    ng_error err;
    if (ng_store_open(db, 0, &g.store, &err) != 0) {
        fprintf(stderr, "newsgraph ingest: %s\n", err.msg);
        return EXIT_USAGE;
    }
    g.start = cli_now();
    unsigned long long failed = 0;
    int rc = cli_docs_run(&o, argc - optind, argv + optind, add_one, &g, &failed);
    int64_t na = 0, ns = 0;
    ng_store_counts(g.store, &na, &ns);
    ng_store_close(g.store);
    if (rc < 0)
        return EXIT_USAGE;
    fprintf(stderr,
            "newsgraph ingest: %llu added (%llu near-duplicate%s, %llu new stor%s), %llu already stored, %llu failed; "
            "database: %lld article%s, %lld stor%s\n",
            g.added, g.neardups, g.neardups == 1 ? "" : "s", g.new_stories, g.new_stories == 1 ? "y" : "ies", g.dups,
            failed + g.failed, (long long)na, na == 1 ? "" : "s", (long long)ns, ns == 1 ? "y" : "ies");
    return failed + g.failed ? EXIT_SOME_FAILED : EXIT_OK;
}
