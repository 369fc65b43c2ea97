/*
 * stubs.c -- commands not built yet.  Each moves to its own file (train.c,
 * eval.c, ingest.c, stories.c, search.c) when its issue lands; delete the
 * matching stub here then.
 */
#include "cli.h"

static int not_yet(const char *cmd)
{
    fprintf(stderr, "newsgraph %s: not available in this build yet\n", cmd);
    return EXIT_USAGE;
}

int cmd_train(int argc, char **argv) { (void)argc; (void)argv; return not_yet("train"); }
int cmd_eval(int argc, char **argv) { (void)argc; (void)argv; return not_yet("eval"); }
int cmd_ingest(int argc, char **argv) { (void)argc; (void)argv; return not_yet("ingest"); }
int cmd_stories(int argc, char **argv) { (void)argc; (void)argv; return not_yet("stories"); }
int cmd_story(int argc, char **argv) { (void)argc; (void)argv; return not_yet("story"); }
int cmd_search(int argc, char **argv) { (void)argc; (void)argv; return not_yet("search"); }
