/*
 * train_quotes.c -- `newsgraph train quotes`: trains the learned attribution
 * tagger from a PolNeAR-style split, printing the held-out span F1 after
 * each epoch and keeping the best epoch's model.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fputs("usage: newsgraph train quotes --train DIR [--heldout DIR] -o MODEL [options]\n"
          "\n"
          "Trains the attribution tagger (averaged perceptron, BIO tags over source,\n"
          "cue and content, stacked on the rule annotator) from PolNeAR-style data\n"
          "(DIR/text/NAME.txt and DIR/attributions/NAME_annotator.ann).  With\n"
          "--heldout, span F1 on it is printed after every epoch and the best epoch's\n"
          "model is kept.  The engine data (entity model, gazetteers) come from the\n"
          "data folder (--data, NEWSGRAPH_DATA or the default), without its quotes.model.\n"
          "\n"
          "  --train DIR         training split (required)\n"
          "  --heldout DIR       held-out split for choosing the epoch\n"
          "  -o, --output FILE   where to write the model (required)\n"
          "  --epochs N          passes over the training data (default 30)\n"
          "  --min-count N       drop features seen fewer than N times (default 2)\n"
          "  --max-features N    at most N weight rows in the model (default 15000)\n"
          "  --seed N            shuffling seed\n"
          "  --rule-free         train only on sentences without a rule item, where the\n"
          "                      tagger runs (default: every sentence with a learned cue)\n",
          f);
}

static void on_info(void *ud, long cues, long feats, long toks, long wins, double cover)
{
    (void)ud;
    fprintf(stderr, "%ld learned cue words, %ld features, %ld tokens in %ld windows; %.1f %% of gold cue tokens "
                    "inside windows\n",
            cues, feats, toks, wins, cover);
}

static void on_epoch(void *ud, int epoch, double seconds, double f1, int kept)
{
    (void)ud;
    fprintf(stderr, "epoch %2d  %6.1fs  held-out span F1 %.2f%s\n", epoch, seconds, f1, kept ? "  (kept)" : "");
}

static int number(const char *s, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < 1 || v > 100000000)
        return -1;
    *out = (int)v;
    return 0;
}

int cmd_train_quotes(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"train", required_argument, 0, 1},   {"heldout", required_argument, 0, 2},
        {"output", required_argument, 0, 'o'}, {"epochs", required_argument, 0, 4},
        {"min-count", required_argument, 0, 5}, {"seed", required_argument, 0, 6},
        {"max-features", required_argument, 0, 7}, {"rule-free", no_argument, 0, 8},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0}};
    ng_quotes_train_options o;
    memset(&o, 0, sizeof o);
    o.on_epoch = on_epoch;
    o.on_info = on_info;
    o.data_dir = cli_data_dir();
    int c, v;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 1: o.train_dir = optarg; break;
        case 2: o.heldout_dir = optarg; break;
        case 'o': o.model_path = optarg; break;
        case 4:
        case 5:
        case 6:
        case 7:
            if (number(optarg, &v)) {
                fprintf(stderr, "newsgraph train quotes: option wants a positive number, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            if (c == 4)
                o.epochs = v;
            else if (c == 5)
                o.min_count = v;
            else if (c == 6)
                o.seed = (unsigned)v;
            else
                o.max_features = v;
            break;
        case 8: o.rule_free = 1; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (!o.train_dir || !o.model_path || optind != argc) {
        usage(stderr);
        return EXIT_USAGE;
    }
    ng_error err;
    memset(&err, 0, sizeof err);
    double best = 0;
    int best_epoch = 0;
    double t0 = cli_now();
    int rc = ng_quotes_train(&o, &best, &best_epoch, &err);
    if (rc) {
        fprintf(stderr, "newsgraph train quotes: %s\n", err.code ? err.msg : ng_strerror(rc));
        return EXIT_SOME_FAILED;
    }
    fprintf(stderr, "best epoch %d: held-out span F1 %.2f; model written to %s (%.0fs)\n", best_epoch, best,
            o.model_path, cli_now() - t0);
    return EXIT_OK;
}
