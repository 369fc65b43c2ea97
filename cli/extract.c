/*
 * extract.c -- `newsgraph extract`: articles in, one JSON record per line out.
 *
 * Reading, batching and the worker threads are shared with ingest (docs.c);
 * this command writes each record, in input order, to the output.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

typedef struct out {
    FILE *f;
    int write_failed;
} out;

static int write_record(void *ud, ng_doc *doc, const char *json, size_t len)
{
    out *o = ud;
    (void)doc;
    if (fwrite(json, 1, len, o->f) != len || fputc('\n', o->f) == EOF)
        o->write_failed = 1;
    return 0;
}

static void usage(FILE *f)
{
    fputs("usage: newsgraph extract [options] [PATH ...]\n"
          "Reads articles (plain text, JSON Lines, HTML, WARC/ARC, Reuters-21578 .sgm;\n"
          "directories recursively; standard input when no PATH) and writes one JSON\n"
          "record per article (JSON Lines).\n"
          "\n"
          "  -o, --output FILE     write records to FILE instead of standard output\n" CLI_DOCS_HELP
          "  -h, --help            show this help\n"
          "\n"
          "Exit status: 0 all documents fine, 1 some failed, 2 usage error.\n",
          f);
}

int cmd_extract(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, 0, 'o'}, CLI_DOCS_LONGOPTS, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0},
    };
    cli_docs_opts o;
    cli_docs_defaults(&o);
    o.want_json = 1;
    const char *outpath = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:j:f:h", longopts, NULL)) != -1) {
        int k = cli_docs_option(&o, c, optarg, "extract");
        if (k < 0)
            return EXIT_USAGE;
        if (k > 0)
            continue;
        switch (c) {
        case 'o': outpath = optarg; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    out w = {stdout, 0};
    const char *out_name = "standard output";
    if (outpath && !(w.f = fopen(outpath, "wb"))) {
        perror(outpath);
        return EXIT_USAGE;
    }
    if (outpath)
        out_name = outpath;
    unsigned long long failed = 0;
    int rc = cli_docs_run(&o, argc - optind, argv + optind, write_record, &w, &failed);
    if (rc < 0) {
        if (outpath)
            fclose(w.f);
        return EXIT_USAGE;
    }
    if (fflush(w.f) != 0 || w.write_failed) {
        fprintf(stderr, "newsgraph: writing to %s failed\n", out_name);
        failed++;
    }
    if (outpath)
        fclose(w.f);
    return failed ? EXIT_SOME_FAILED : EXIT_OK;
}
