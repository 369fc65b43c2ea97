/*
 * cli.h -- the newsgraph command-line tool's shared pieces.  The CLI uses
 * only the public header of the library.
 */
#ifndef NG_CLI_H
#define NG_CLI_H

#include "newsgraph.h"

#include <stdio.h>

/* Exit statuses: all fine, some documents failed, usage error. */
enum { EXIT_OK = 0, EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

int cmd_extract(int argc, char **argv);
int cmd_train(int argc, char **argv);   /* train.c: newsgraph train ner ... */
int cmd_eval(int argc, char **argv);    /* eval.c: newsgraph eval ner|quotes|times|html|dates|stories ... */
int cmd_ingest(int argc, char **argv);  /* ingest.c */
int cmd_stories(int argc, char **argv); /* stories.c */
int cmd_story(int argc, char **argv);   /* stories.c */
int cmd_search(int argc, char **argv);  /* search.c */

/* Expands paths: files as given, directories recursively (sorted, hidden
 * entries skipped).  Calls fn for each file; returns the number of paths
 * that could not be listed (reported on stderr). */
int cli_walk(const char *path, int (*fn)(const char *file, void *ud), void *ud);

/* Progress line on stderr, shown only on a terminal and after one second. */
typedef struct cli_progress {
    int enabled;
    double start, last;
    unsigned long long docs, bytes, failed;
    int shown;
} cli_progress;
void cli_progress_init(cli_progress *p);
void cli_progress_update(cli_progress *p, int force);
void cli_progress_end(cli_progress *p);
double cli_now(void);

/* Default data folder (models, gazetteers): $NEWSGRAPH_DATA, else the
 * build's configured folder. */
const char *cli_data_dir(void);

#endif
