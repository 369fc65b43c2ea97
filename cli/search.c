/*
 * search.c -- `newsgraph search --db FILE QUERY`: full-text search (FTS5)
 * over the articles of a database, with entity and date filters.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static int print_hit(void *ud, const char *js, size_t len)
{
    int json = *(int *)ud;
    if (json) {
        fwrite(js, 1, len, stdout);
        fputc('\n', stdout);
        return 0;
    }
    json_error_t e;
    json_t *o = json_loadb(js, len, 0, &e);
    if (!o)
        return 0;
    const char *pub = json_string_value(json_object_get(o, "published"));
    const char *outlet = json_string_value(json_object_get(o, "outlet"));
    const char *title = json_string_value(json_object_get(o, "title"));
    printf("%s  story %lld  %.10s  %s  %s\n    %s\n", json_string_value(json_object_get(o, "id")),
           (long long)json_integer_value(json_object_get(o, "story")), pub ? pub : "?", outlet ? outlet : "?",
           title ? title : "", json_string_value(json_object_get(o, "snippet")));
    json_decref(o);
    return 0;
}

static void usage(FILE *f)
{
    fputs("usage: newsgraph search --db FILE [options] QUERY\n"
          "Full-text search over the articles of a database (SQLite FTS5 query syntax:\n"
          "words, \"phrases\", AND OR NOT, prefix*), best matches first.\n"
          "\n"
          "      --entity NAME     only articles mentioning this entity (canonical name)\n"
          "      --since DATE      only articles published on or after DATE\n"
          "      --until DATE      only articles published on or before DATE\n"
          "  -n, --limit N         at most N hits (default 20)\n"
          "      --json            one JSON object per hit\n",
          f);
}

int cmd_search(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, 0, 'D'},    {"entity", required_argument, 0, 'E'},
        {"since", required_argument, 0, 'S'}, {"until", required_argument, 0, 'U'},
        {"limit", required_argument, 0, 'n'}, {"json", no_argument, 0, 'J'},
        {"help", no_argument, 0, 'h'},        {0, 0, 0, 0},
    };
    const char *db = NULL;
    ng_search_options so = {0};
    int json = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "n:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'D': db = optarg; break;
        case 'E': so.entity = optarg; break;
        case 'S': so.since = optarg; break;
        case 'U': so.until = optarg; break;
        case 'n': so.limit = atoi(optarg); break;
        case 'J': json = 1; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (!db || optind + 1 != argc) {
        usage(stderr);
        return EXIT_USAGE;
    }
    ng_store *s;
    ng_error err;
    if (ng_store_open(db, NG_STORE_READONLY, &s, &err)) {
        fprintf(stderr, "newsgraph search: %s\n", err.msg);
        return EXIT_USAGE;
    }
    int rc = ng_store_search(s, argv[optind], &so, print_hit, &json);
    if (rc)
        fprintf(stderr, "newsgraph search: %s\n", ng_store_errmsg(s));
    ng_store_close(s);
    return rc == NG_EPARSE ? EXIT_USAGE : rc ? EXIT_SOME_FAILED : EXIT_OK;
}
