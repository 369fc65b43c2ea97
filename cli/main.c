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
    if (!strcmp(cmd, "extract"))
        return cmd_extract(argc - 1, argv + 1);
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
