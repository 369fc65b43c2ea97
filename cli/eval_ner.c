/*
 * eval_ner.c -- `newsgraph eval ner`: tags a CoNLL-format file with a model
 * and prints precision, recall and F1 per type and overall (conlleval
 * definition: a mention counts only with its exact span and type).
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fputs("usage: newsgraph eval ner [--model MODEL] FILE\n"
          "\n"
          "Scores the entity tagger on a CoNLL-format file (token first, gold IOB tag\n"
          "last).  MODEL defaults to the data folder's ner.model.\n",
          f);
}

int cmd_eval_ner(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"model", required_argument, 0, 'm'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *model = NULL;
    char defpath[4096];
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "m:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'm': model = optarg; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind + 1 != argc) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (!model) {
        snprintf(defpath, sizeof defpath, "%s/ner.model", cli_data_dir());
        model = defpath;
    }
    ng_error err;
    memset(&err, 0, sizeof err);
    ng_ner_scores s;
    int rc = ng_ner_eval(model, argv[optind], &s, &err);
    if (rc) {
        fprintf(stderr, "newsgraph eval ner: %s\n", err.code ? err.msg : ng_strerror(rc));
        return EXIT_SOME_FAILED;
    }
    printf("%s: %llu documents, %llu sentences, %llu tokens; tagged in %.2fs (%.0f tokens/s)\n", argv[optind],
           (unsigned long long)s.documents, (unsigned long long)s.sentences, (unsigned long long)s.tokens,
           s.seconds, s.seconds > 0 ? (double)s.tokens / s.seconds : 0.0);
    printf("%-8s %9s %9s %9s %7s %7s %7s\n", "type", "gold", "found", "correct", "P", "R", "F1");
    for (int i = 0; i <= 4; i++) {
        const ng_ner_prf *p = i < 4 ? &s.type[i] : &s.all;
        printf("%-8s %9llu %9llu %9llu %7.2f %7.2f %7.2f\n", i < 4 ? ng_ner_type_name(i) : "overall",
               (unsigned long long)p->gold, (unsigned long long)p->predicted, (unsigned long long)p->correct,
               p->precision, p->recall, p->f1);
    }
    return EXIT_OK;
}
