/*
 * stubs.c -- commands not built yet.  When a command lands in its own file
 * (train_ner.c, eval_ner.c, eval_quotes.c, ..., ingest.c, stories.c,
 * search.c), delete its stub line here.
 */
#include "cli.h"

static int not_yet(const char *cmd)
{
    fprintf(stderr, "newsgraph %s: not available in this build yet\n", cmd);
    return EXIT_USAGE;
}

#define STUB(fn, name) \
    int fn(int argc, char **argv) { (void)argc; (void)argv; return not_yet(name); }

STUB(cmd_eval_html, "eval html")
STUB(cmd_eval_dates, "eval dates")
