/*
 * train_ner.c -- `newsgraph train ner`: trains the entity tagger from
 * CoNLL-format files, printing dev F1 after each epoch and keeping the best
 * epoch's model.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fputs("usage: newsgraph train ner --train FILE [--dev FILE] -o MODEL [options]\n"
          "\n"
          "Trains the entity tagger (averaged perceptron, BILOU tags) from CoNLL-format\n"
          "files (token first, IOB tag last, blank line between sentences, -DOCSTART-\n"
          "between documents).  With --dev, F1 on it is printed after every epoch and the\n"
          "best epoch's model is kept.\n"
          "\n"
          "  --train FILE      training data (required)\n"
          "  --dev FILE        development data for choosing the epoch\n"
          "  -o, --output FILE where to write the model (required)\n"
          "  --gazetteer DIR   folder with geonames/, iso3166/, news-outlets/ lists\n"
          "  --unlabeled DIR   plain-text news (recursively) to learn word classes from\n"
          "  --epochs N        passes over the training data (default 12)\n"
          "  --min-count N     drop features seen fewer than N times (default 2)\n"
          "  --seed N          shuffling seed\n"
          "  --no-history      without the non-local (document history) features\n"
          "  --dropout P       leave out this share (0-1) of feature occurrences in each\n"
          "                    training update (forces use of context; default 0)\n",
          f);
}

static void on_epoch(void *ud, int epoch, double seconds, const ng_ner_scores *dev, int saved)
{
    (void)ud;
    if (dev)
        fprintf(stderr, "epoch %2d  %6.1fs  dev P %.2f R %.2f F1 %.2f%s\n", epoch, seconds, dev->all.precision,
                dev->all.recall, dev->all.f1, saved ? "  (saved)" : "");
    else
        fprintf(stderr, "epoch %2d  %6.1fs%s\n", epoch, seconds, saved ? "  (saved)" : "");
}

static int number(const char *s, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < 1 || v > 1000000)
        return -1;
    *out = (int)v;
    return 0;
}

int cmd_train_ner(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"train", required_argument, 0, 1},  {"dev", required_argument, 0, 2},
        {"output", required_argument, 0, 'o'}, {"gazetteer", required_argument, 0, 3},
        {"epochs", required_argument, 0, 4}, {"min-count", required_argument, 0, 5},
        {"seed", required_argument, 0, 6},   {"no-history", no_argument, 0, 7},
        {"unlabeled", required_argument, 0, 8}, {"dropout", required_argument, 0, 9},
        {"help", no_argument, 0, 'h'},       {0, 0, 0, 0}};
    ng_ner_train_options o;
    memset(&o, 0, sizeof o);
    o.on_epoch = on_epoch;
    int c, v;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 1: o.train_path = optarg; break;
        case 2: o.dev_path = optarg; break;
        case 'o': o.model_path = optarg; break;
        case 3: o.gazetteer_dir = optarg; break;
        case 4:
        case 5:
        case 6:
            if (number(optarg, &v)) {
                fprintf(stderr, "newsgraph train ner: %s wants a positive number, not '%s'\n",
                        c == 4 ? "--epochs" : c == 5 ? "--min-count" : "--seed", optarg);
                return EXIT_USAGE;
            }
            if (c == 4)
                o.epochs = v;
            else if (c == 5)
                o.min_count = v;
            else
                o.seed = (unsigned)v;
            break;
        case 7: o.no_history = 1; break;
        case 8: o.unlabeled_dir = optarg; break;
        case 9: {
            char *end;
            o.dropout = strtod(optarg, &end);
            if (*end || !(o.dropout >= 0 && o.dropout < 1)) {
                fprintf(stderr, "newsgraph train ner: --dropout wants a number from 0 to below 1, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        }
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (!o.train_path || !o.model_path || optind != argc) {
        usage(stderr);
        return EXIT_USAGE;
    }
    ng_error err;
    memset(&err, 0, sizeof err);
    ng_ner_scores best;
    int best_epoch = 0;
    double t0 = cli_now();
    int rc = ng_ner_train(&o, &best, &best_epoch, &err);
    if (rc) {
        fprintf(stderr, "newsgraph train ner: %s\n", err.code ? err.msg : ng_strerror(rc));
        return EXIT_SOME_FAILED;
    }
    if (o.dev_path)
        fprintf(stderr, "best epoch %d: dev F1 %.2f; model written to %s (%.0fs)\n", best_epoch, best.all.f1,
                o.model_path, cli_now() - t0);
    else
        fprintf(stderr, "model written to %s (%.0fs)\n", o.model_path, cli_now() - t0);
    return EXIT_OK;
}
