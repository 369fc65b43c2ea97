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
int cmd_train_quotes(int argc, char **argv);  /* train_quotes.c */
int cmd_train_sources(int argc, char **argv); /* train_sources.c */
int cmd_eval_ner(int argc, char **argv);     /* eval_ner.c */
int cmd_eval_quotes(int argc, char **argv);  /* eval_quotes.c */
int cmd_eval_times(int argc, char **argv);   /* eval_times.c */
int cmd_eval_html(int argc, char **argv);    /* eval_html.c */
int cmd_eval_dates(int argc, char **argv);   /* eval_html.c */
int cmd_eval_stories(int argc, char **argv); /* eval_stories.c */
int cmd_eval_clusters(int argc, char **argv); /* eval_stories.c */
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
    int shown; /* on the terminal now */
    int ever;  /* shown at least once */
} cli_progress;
void cli_progress_init(cli_progress *p);
void cli_progress_update(cli_progress *p, int force);
/* Erases the progress line before another message goes to stderr (the
 * next update draws it again). */
void cli_progress_clear(cli_progress *p);
void cli_progress_end(cli_progress *p);
double cli_now(void);

/* Default data folder (models, gazetteers): $NEWSGRAPH_DATA, else the
 * build's configured folder. */
const char *cli_data_dir(void);

/* Reading and processing articles, shared by extract and ingest (docs.c). */
typedef struct cli_docs cli_docs;
/* Called for each processed document in input order; json is its record
 * when want_json is set.  A non-zero return stops the run. */
typedef int (*cli_docs_sink)(void *ud, ng_doc *doc, const char *json, size_t json_len);
typedef struct cli_docs_opts {
    ng_reader_options ropts;
    ng_engine_options eopts;
    int jobs;
    int want_json;             /* make each document's record for the sink */
    size_t batch_docs;         /* 0: the default batch size */
    int (*batch_end)(void *ud); /* called after each batch; non-zero stops */
} cli_docs_opts;
/* Long options shared by the article-reading commands (with -j N, -f F). */
enum { CLI_OPT_TITLE_LINE = 1001, CLI_OPT_OUTLET, CLI_OPT_PUBLISHED, CLI_OPT_MAX_SIZE,
       CLI_OPT_TEXT_ONLY, CLI_OPT_MODEL, CLI_OPT_ANNOTATORS };
#define CLI_DOCS_LONGOPTS                                                                   \
    {"jobs", required_argument, 0, 'j'}, {"format", required_argument, 0, 'f'},            \
    {"title-line", no_argument, 0, CLI_OPT_TITLE_LINE},                                   \
    {"outlet", required_argument, 0, CLI_OPT_OUTLET},                                     \
    {"published", required_argument, 0, CLI_OPT_PUBLISHED},                               \
    {"max-size", required_argument, 0, CLI_OPT_MAX_SIZE},                                 \
    {"text-only", no_argument, 0, CLI_OPT_TEXT_ONLY}, {"model", required_argument, 0, CLI_OPT_MODEL}, \
    {"annotators", required_argument, 0, CLI_OPT_ANNOTATORS}
#define CLI_DOCS_HELP                                                                       \
    "  -j, --jobs N          worker threads (default: all cores)\n"                        \
    "  -f, --format F        input format: auto, text, jsonl, html, warc, reuters\n"      \
    "                        (Reuters-21578 .sgm; default auto: by name and content)\n" \
    "      --title-line      plain text: the first line is the headline\n"                 \
    "      --outlet NAME     plain text, reuters: the outlet (reuters: default Reuters)\n" \
    "      --published DATE  plain text: the publication date (ISO 8601)\n"               \
    "      --max-size BYTES  skip articles larger than this (default 16 MiB)\n"            \
    "      --text-only       text layer only: no entities, quotes, amounts, times\n"       \
    "      --annotators LIST run only these: entities,quotes,amounts,times (default all)\n" \
    "      --model FILE      entity tagger model (default: the shipped model)\n"
void cli_docs_defaults(cli_docs_opts *o);
/* Handles one getopt result c if it is a shared option: 1 consumed, 0 not
 * one of them, -1 bad value (reported on stderr). */
int cli_docs_option(cli_docs_opts *o, int c, const char *arg, const char *cmd);
/* Reads paths (none: standard input), processes and hands each document to
 * sink.  Returns 0, 1 when the sink stopped the run, -1 when the engine
 * could not be opened (reported).  *failed counts the documents that failed. */
int cli_docs_run(cli_docs_opts *o, int npaths, char **paths, cli_docs_sink sink, void *ud,
                 unsigned long long *failed);

#endif
