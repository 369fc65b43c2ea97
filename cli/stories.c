/*
 * stories.c -- `newsgraph stories` (the stories of a database, one per line)
 * and `newsgraph story` (the cross-outlet report of one story).
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

typedef struct lister {
    int json;
} lister;

/* One line per story: id, dates, size, outlets, title. */
static int print_story(void *ud, const char *js, size_t len)
{
    lister *l = ud;
    if (l->json) {
        fwrite(js, 1, len, stdout);
        fputc('\n', stdout);
        return 0;
    }
    json_error_t e;
    json_t *o = json_loadb(js, len, 0, &e);
    if (!o)
        return 0;
    const char *first = json_string_value(json_object_get(o, "first_published"));
    const char *last = json_string_value(json_object_get(o, "last_published"));
    const char *title = json_string_value(json_object_get(o, "title"));
    json_t *outlets = json_object_get(o, "outlets");
    char ob[200] = "";
    size_t k;
    json_t *v;
    json_array_foreach(outlets, k, v)
    {
        size_t n = strlen(ob);
        snprintf(ob + n, sizeof ob - n, "%s%s", k ? ", " : "", json_string_value(v));
    }
    printf("%6lld  %.10s..%.10s  %3lld articles  %-30.30s  %s\n", (long long)json_integer_value(json_object_get(o, "id")),
           first ? first : "?", last ? last : "?", (long long)json_integer_value(json_object_get(o, "size")), ob,
           title ? title : "(no headline)");
    json_decref(o);
    return 0;
}

static void usage_stories(FILE *f)
{
    fputs("usage: newsgraph stories --db FILE [--since DATE] [--json]\n"
          "Lists the stories of a database, most recently active first: one line per\n"
          "story (id, first..last publication, size, outlets, headline), or with --json\n"
          "one JSON object per line (id, title, articles, outlets, first_published,\n"
          "last_published, size, independent).\n",
          f);
}

int cmd_stories(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, 0, 'D'}, {"since", required_argument, 0, 'S'}, {"json", no_argument, 0, 'J'},
        {"help", no_argument, 0, 'h'},     {0, 0, 0, 0},
    };
    const char *db = NULL, *since = NULL;
    lister l = {0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case 'D': db = optarg; break;
        case 'S': since = optarg; break;
        case 'J': l.json = 1; break;
        case 'h': usage_stories(stdout); return EXIT_OK;
        default: usage_stories(stderr); return EXIT_USAGE;
        }
    }
    if (!db || optind != argc) {
        usage_stories(stderr);
        return EXIT_USAGE;
    }
    ng_store *s;
    ng_error err;
    if (ng_store_open(db, NG_STORE_READONLY, &s, &err)) {
        fprintf(stderr, "newsgraph stories: %s\n", err.msg);
        return EXIT_USAGE;
    }
    int rc = ng_store_stories(s, since, print_story, &l);
    if (rc)
        fprintf(stderr, "newsgraph stories: %s\n", ng_store_errmsg(s));
    ng_store_close(s);
    return rc == NG_EINVAL ? EXIT_USAGE : rc ? EXIT_SOME_FAILED : EXIT_OK;
}

static void usage_story(FILE *f)
{
    fputs("usage: newsgraph story --db FILE ID [--json] [--width N]\n"
          "The cross-outlet report of story ID: outlets and articles in time order with\n"
          "near-duplicate copies grouped, people and organisations, quotes by speaker,\n"
          "figures (conflicts flagged), timeline, citations, and what only one outlet\n"
          "reports.  --json: one JSON object, every item with article id and byte span.\n",
          f);
}

int cmd_story(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, 0, 'D'}, {"json", no_argument, 0, 'J'}, {"width", required_argument, 0, 'W'},
        {"help", no_argument, 0, 'h'},     {0, 0, 0, 0},
    };
    const char *db = NULL;
    int json = 0, width = 0;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case 'D': db = optarg; break;
        case 'J': json = 1; break;
        case 'W': width = atoi(optarg); break;
        case 'h': usage_story(stdout); return EXIT_OK;
        default: usage_story(stderr); return EXIT_USAGE;
        }
    }
    char *end = NULL;
    long long id = optind + 1 == argc ? strtoll(argv[optind], &end, 10) : 0;
    if (!db || optind + 1 != argc || !end || *end || id <= 0) {
        usage_story(stderr);
        return EXIT_USAGE;
    }
    if (width <= 0) {
        struct winsize ws;
        width = isatty(1) && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40 ? ws.ws_col : 80;
        if (width > 120)
            width = 120;
    }
    ng_store *s;
    ng_error err;
    if (ng_store_open(db, NG_STORE_READONLY, &s, &err)) {
        fprintf(stderr, "newsgraph story: %s\n", err.msg);
        return EXIT_USAGE;
    }
    char *out;
    size_t len;
    int rc = ng_store_story_report(s, id, json ? NG_REPORT_JSON : 0, width, &out, &len);
    if (rc) {
        fprintf(stderr, "newsgraph story: %s\n", rc == NG_ENOTFOUND ? ng_store_errmsg(s) : ng_strerror(rc));
    } else {
        fwrite(out, 1, len, stdout);
        if (json)
            fputc('\n', stdout);
        ng_free(out);
    }
    ng_store_close(s);
    return rc == NG_ENOTFOUND ? EXIT_USAGE : rc ? EXIT_SOME_FAILED : EXIT_OK;
}
