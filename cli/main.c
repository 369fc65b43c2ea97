/*
 * main.c -- the newsgraph command-line tool: dispatches to one command.
 */
#include "cli.h"

#include <string.h>

static void usage(FILE *f)
{
    fputs("usage: newsgraph COMMAND [options] [args]\n"
          "\n"
          "commands:\n"
          "  extract   articles in, one JSON record per article out (JSON Lines)\n"
          "  train     train a model (train ner --train FILE --dev FILE -o MODEL)\n"
          "  eval      measure an annotator against gold data (eval ner ...)\n"
          "  ingest    extract articles and add them to a story database\n"
          "  stories   list the stories of a database\n"
          "  story     the cross-outlet report of one story\n"
          "  search    full-text search over a database\n"
          "  version   print the version\n"
          "\n"
          "Run 'newsgraph COMMAND --help' for a command's options.\n",
          f);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    static const struct { const char *name; int (*fn)(int, char **); } cmds[] = {
        {"extract", cmd_extract}, {"train", cmd_train},     {"eval", cmd_eval},
        {"ingest", cmd_ingest},   {"stories", cmd_stories}, {"story", cmd_story},
        {"search", cmd_search},
    };
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
        if (!strcmp(cmd, cmds[i].name))
            return cmds[i].fn(argc - 1, argv + 1);
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("newsgraph %s (record format %s)\n", NG_VERSION, NG_FORMAT_VERSION);
        return EXIT_OK;
    }
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        usage(stdout);
        return EXIT_OK;
    }
    fprintf(stderr, "newsgraph: unknown command '%s'\n", cmd);
    usage(stderr);
    return EXIT_USAGE;
}
