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
int cmd_train(int argc, char **argv);   /* train_eval.c: dispatches to cmd_train_* */
int cmd_eval(int argc, char **argv);    /* train_eval.c: dispatches to cmd_eval_* */
int cmd_train_ner(int argc, char **argv);    /* train_ner.c */
int cmd_eval_ner(int argc, char **argv);     /* eval_ner.c */
int cmd_eval_quotes(int argc, char **argv);  /* eval_quotes.c */
int cmd_eval_times(int argc, char **argv);   /* eval_times.c */
int cmd_eval_html(int argc, char **argv);    /* eval_html.c */
int cmd_eval_dates(int argc, char **argv);   /* eval_html.c */
int cmd_eval_stories(int argc, char **argv); /* eval_stories.c */
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
