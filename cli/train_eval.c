/*
 * train_eval.c -- `newsgraph train WHAT` and `newsgraph eval WHAT`: dispatch
 * to the trainer or evaluator of one annotator.  Each lives in its own file
 * (train_ner.c, eval_ner.c, eval_quotes.c, ...).
 */
#include "cli.h"

#include <string.h>

typedef struct sub {
    const char *name;
    int (*fn)(int, char **);
    const char *help;
} sub;

static int dispatch(const char *cmd, const sub *subs, size_t n, int argc, char **argv)
{
    if (argc >= 2)
        for (size_t i = 0; i < n; i++)
            if (!strcmp(argv[1], subs[i].name))
                return subs[i].fn(argc - 1, argv + 1);
    FILE *f = argc >= 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) ? stdout : stderr;
    if (argc >= 2 && f == stderr)
        fprintf(stderr, "newsgraph %s: unknown target '%s'\n", cmd, argv[1]);
    fprintf(f, "usage: newsgraph %s WHAT [options]\n\n", cmd);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "  %-8s %s\n", subs[i].name, subs[i].help);
    return f == stdout ? EXIT_OK : EXIT_USAGE;
}

int cmd_train(int argc, char **argv)
{
    static const sub subs[] = {
        {"ner", cmd_train_ner, "train the entity tagger: --train FILE --dev FILE -o MODEL (CoNLL format)"},
        {"quotes", cmd_train_quotes, "train the attribution tagger: --train DIR --heldout DIR -o MODEL (PolNeAR)"},
        {"sources", cmd_train_sources, "train the source-confidence model: --train DIR -o MODEL (PolNeAR)"},
    };
    return dispatch("train", subs, sizeof subs / sizeof subs[0], argc, argv);
}

int cmd_eval(int argc, char **argv)
{
    static const sub subs[] = {
        {"ner", cmd_eval_ner, "entity tagger: precision, recall, F1 per type (conlleval)"},
        {"quotes", cmd_eval_quotes, "quotes and sources against PolNeAR"},
        {"times", cmd_eval_times, "temporal expressions against TimeML (TempEval-3 measures)"},
        {"html", cmd_eval_html, "HTML main-text extraction against gold text"},
        {"dates", cmd_eval_dates, "publication dates of HTML pages"},
        {"stories", cmd_eval_stories, "same-story similarity against SemEval-2022 task 8"},
        {"clusters", cmd_eval_clusters, "story clustering (B-cubed, pairwise) on SemEval-2022 task 8 groups"},
    };
    return dispatch("eval", subs, sizeof subs / sizeof subs[0], argc, argv);
}
