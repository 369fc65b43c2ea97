/*
 * train_sources.c -- `newsgraph train sources`: trains the source-confidence
 * model (which drawn sources to withhold) from a PolNeAR-style split,
 * printing the cross-validated source exact F1 per threshold.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fputs("usage: newsgraph train sources --train DIR [-o MODEL] [options]\n"
          "\n"
          "Trains the source-confidence model (logistic regression over the rule\n"
          "annotator's items and their sources) from PolNeAR-style data: a source\n"
          "whose estimated chance of being exactly right is below the threshold is\n"
          "withheld.  The threshold is chosen by cross-validation over the articles\n"
          "(pooled source exact F1) unless given.  The engine data (entity model,\n"
          "gazetteers, quotes.model) come from the data folder (--data,\n"
          "NEWSGRAPH_DATA or the default); its qsrc.model is not used.  Without -o\n"
          "only the cross-validation runs.\n"
          "\n"
          "  --train DIR         training split (required)\n"
          "  -o, --output FILE   where to write the model (data/qsrc.model is read)\n"
          "  --folds N           cross-validation folds (default 5; 1: none)\n"
          "  --epochs N          passes over the examples (default 10)\n"
          "  --bits N            log2 of the weight table, 4-20 (default 16)\n"
          "  --l2 X              L2 penalty (default 0.01; 0: none)\n"
          "  --rate X            AdaGrad step (default 0.05)\n"
          "  --threshold X       withhold below this probability (default: the CV's best)\n"
          "  --seed N            shuffling seed\n"
          "  --extent-bits N     log2 of the extent chooser's table, 4-20 (default 16)\n"
          "  --no-extents        no extent chooser: the rules' own extents (no extent table in the file)\n"
          "  --fold-data DIR     DIR/f0 ... DIR/f<folds-1>: engine data whose tagger was trained without\n"
          "                      that fold's articles (bench/qsrc_folds.sh); each article runs with its fold's\n"
          "  --score-tagger      (with --fold-data) score the tagger's items too\n",
          f);
}

static void on_line(void *ud, const char *line)
{
    (void)ud;
    fprintf(stderr, "%s\n", line);
}

int cmd_train_sources(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"train", required_argument, 0, 1},  {"output", required_argument, 0, 'o'},
        {"folds", required_argument, 0, 2},  {"epochs", required_argument, 0, 3},
        {"bits", required_argument, 0, 4},   {"l2", required_argument, 0, 5},
        {"rate", required_argument, 0, 6},   {"threshold", required_argument, 0, 7},
        {"seed", required_argument, 0, 8},   {"help", no_argument, 0, 'h'},
        {"extent-bits", required_argument, 0, 9}, {"no-extents", no_argument, 0, 10},
        {"fold-data", required_argument, 0, 11}, {"score-tagger", no_argument, 0, 12},
        {0, 0, 0, 0}};
    ng_qsrc_train_options o;
    memset(&o, 0, sizeof o);
    o.on_line = on_line;
    o.data_dir = cli_data_dir();
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
        char *end = NULL;
        if (c >= 2 && c <= 9) {
            double v = strtod(optarg, &end);
            int isint = c == 2 || c == 3 || c == 4 || c == 8 || c == 9;
            if (*end || v < 0 || (isint && (v < 1 || v > 1e8 || v != (long)v)) ||
                (c == 7 && !(v > 0 && v < 1))) {
                fprintf(stderr, "newsgraph train sources: bad value '%s'\n", optarg);
                return EXIT_USAGE;
            }
            switch (c) {
            case 2: o.folds = (int)v; break;
            case 3: o.epochs = (int)v; break;
            case 4: o.bits = (int)v; break;
            case 5: o.l2 = v > 0 ? v : -1; break;
            case 6: o.rate = v; break;
            case 7: o.threshold = v; break;
            case 8: o.seed = (unsigned)v; break;
            case 9: o.extent_bits = (int)v; break;
            }
            continue;
        }
        switch (c) {
        case 1: o.train_dir = optarg; break;
        case 'o': o.model_path = optarg; break;
        case 10: o.extent_bits = -1; break;
        case 11: o.fold_data = optarg; break;
        case 12: o.score_tagger = 1; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (!o.train_dir || optind != argc) {
        usage(stderr);
        return EXIT_USAGE;
    }
    ng_error err;
    memset(&err, 0, sizeof err);
    double t0 = cli_now();
    int rc = ng_qsrc_train(&o, &err);
    if (rc) {
        fprintf(stderr, "newsgraph train sources: %s\n", err.code ? err.msg : ng_strerror(rc));
        return EXIT_SOME_FAILED;
    }
    fprintf(stderr, "done (%.0fs)\n", cli_now() - t0);
    return EXIT_OK;
}
