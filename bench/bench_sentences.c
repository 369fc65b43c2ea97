/*
 * bench_sentences.c -- sentence-splitting quality on CoNLL-2003 documents.
 *
 *   bench_sentences [--layout] FILE.conll
 *
 * Each -DOCSTART- document is joined back into text: tokens with single
 * spaces, sentences with a single space (so only punctuation and case can
 * reveal a boundary).  With --layout the first two sentences of a document
 * (the headline and the dateline of Reuters stories) end with a line break,
 * as in the original articles.  The splitter's boundaries are compared with
 * the gold sentence starts: precision, recall and F1 of exact boundaries.
 */
#include "doc.h"
#include "newsgraph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ng_engine *eng;
static long tp, fp, fn, ndocs, nsents;
static long punct_gold, punct_found; /* gold boundaries right after . ! ? (and closing quotes) */

/* Does the text before offset g end a sentence with punctuation? */
static int after_terminal(const char *text, size_t g)
{
    size_t k = g;
    while (k > 0 && text[k - 1] == ' ')
        k--;
    while (k > 0 && (text[k - 1] == '"' || text[k - 1] == '\'' || text[k - 1] == ')')) {
        k--;
        while (k > 0 && text[k - 1] == ' ')
            k--;
    }
    return k > 0 && (text[k - 1] == '.' || text[k - 1] == '!' || text[k - 1] == '?');
}
static long misses_shown;

static void score(const char *text, size_t len, const size_t *starts, size_t n)
{
    ng_doc *d;
    if (ng_doc_new(&d) || ng_doc_set_text(d, text, len) || ng_process(eng, d)) {
        ng_doc_free(d);
        return;
    }
    /* text is ASCII-clean CoNLL: normalisation keeps offsets */
    size_t i = 1, j = 1;
    while (i < n || j < d->sents.n) {
        size_t g = i < n ? starts[i] : (size_t)-1;
        size_t p = j < d->sents.n ? d->sents.v[j].start : (size_t)-1;
        if (g != (size_t)-1 && (g <= p) && after_terminal(text, g)) {
            punct_gold++;
            punct_found += g == p;
        }
        if (g == p) {
            tp++, i++, j++;
        } else if (g < p) {
            fn++, i++;
            if (getenv("SHOW_MISSES") && misses_shown++ < 400)
                fprintf(stderr, "missed: ...%.40s|%.40s\n", text + (g > 40 ? g - 40 : 0), text + g);
        } else {
            fp++, j++;
            if (getenv("SHOW_MISSES") && misses_shown++ < 400)
                fprintf(stderr, "extra:  ...%.40s|%.40s\n", text + (p > 40 ? p - 40 : 0), text + p);
        }
    }
    ndocs++;
    nsents += (long)n;
    ng_doc_free(d);
}

int main(int argc, char **argv)
{
    int layout = argc > 2 && !strcmp(argv[1], "--layout");
    const char *path = argv[argc - 1];
    FILE *f = argc > 1 ? fopen(path, "r") : NULL;
    if (!f) {
        fprintf(stderr, "usage: bench_sentences [--layout] FILE.conll\n");
        return 2;
    }
    ng_engine_options o = {0};
    o.flags = NG_ENGINE_NO_MODELS;
    ng_engine_open(&o, &eng, NULL);
    size_t cap = 1 << 20, len = 0, ns = 0, capS = 1024;
    char *text = malloc(cap);
    size_t *starts = malloc(capS * sizeof *starts);
    int in_sent = 0;
    char line[4096];
    for (;;) {
        char *ok = fgets(line, sizeof line, f);
        int docstart = ok && !strncmp(line, "-DOCSTART-", 10);
        int blank = ok && (line[0] == '\n' || line[0] == '\r');
        if (!ok || docstart) {
            if (len)
                score(text, len, starts, ns);
            len = ns = 0;
            in_sent = 0;
            if (!ok)
                break;
            continue;
        }
        if (blank) {
            if (in_sent && layout && ns <= 2) {
                text[len - 1] = '\n';
            }
            in_sent = 0;
            continue;
        }
        char *sp = strchr(line, ' ');
        if (!sp)
            continue;
        size_t tl = (size_t)(sp - line);
        if (len + tl + 2 >= cap)
            continue;
        if (!in_sent) {
            if (ns == capS)
                starts = realloc(starts, (capS *= 2) * sizeof *starts);
            starts[ns++] = len;
            in_sent = 1;
        }
        memcpy(text + len, line, tl);
        len += tl;
        text[len++] = ' ';
        text[len] = 0;
    }
    double p = tp + fp ? (double)tp / (double)(tp + fp) : 0, r = tp + fn ? (double)tp / (double)(tp + fn) : 0;
    printf("%s: %ld documents, %ld sentences, %ld boundaries\n", layout ? "with headline/dateline lines" : "space-joined",
           ndocs, nsents, tp + fn);
    printf("  boundaries found exactly: %ld of %ld (recall %.1f%%), precision %.1f%%, F1 %.1f\n", tp, tp + fn,
           100 * r, 100 * p, p + r ? 200 * p * r / (p + r) : 0);
    printf("  of the %ld gold boundaries right after . ! ? (the rest are line breaks of tables, headlines\n"
           "  and datelines that space-joining erased): found %ld (%.1f%%)\n",
           punct_gold, punct_found, punct_gold ? 100.0 * (double)punct_found / (double)punct_gold : 0);
    ng_engine_close(eng);
    free(text);
    free(starts);
    fclose(f);
    return 0;
}
