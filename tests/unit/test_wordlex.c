/*
 * test_wordlex.c -- the quotes lexicon table also answers the figures
 * lexicon (figlex.re) for every word: the classes ng__q_fold_tokens gives
 * the amounts and times annotators must be the scanner's own, token for
 * token.  Checked on every word the scanner knows (as written, capitalised,
 * in capitals, in sentences), hyphenated and digit forms, near misses, long
 * words, and pseudo-random letter strings.
 */
#include "doc.h"
#include "engine.h"
#include "annot/figlex.h"
#include "annot/quotes.h"
#include "test.h"

#include <stdint.h>
#include <stdlib.h>

typedef struct buf {
    char *p;
    size_t n, cap;
} buf;

static void put(buf *b, const char *s, size_t n)
{
    if (b->n + n + 2 > b->cap) {
        b->cap = (b->n + n + 2) * 2;
        b->p = realloc(b->p, b->cap);
        if (!b->p)
            abort();
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n++] = ' ';
    b->p[b->n] = 0;
}

static size_t nwords;

static void add_word(void *ctx, const char *w, size_t n, int cls, int val)
{
    (void)cls;
    (void)val;
    buf *b = ctx;
    char t[32];
    nwords++;
    put(b, w, n);
    memcpy(t, w, n);
    if (t[0] >= 'a' && t[0] <= 'z')
        t[0] = (char)(t[0] - 32);
    put(b, t, n); /* Capitalised */
    for (size_t k = 0; k < n; k++)
        if (t[k] >= 'a' && t[k] <= 'z')
            t[k] = (char)(t[k] - 32);
    put(b, t, n); /* CAPITALS */
    if (n + 2 < sizeof t) {
        memcpy(t, w, n);
        memcpy(t + n, "-x", 2);
        put(b, t, n + 2); /* a hyphenated word starting with it */
        t[0] = 'x';
        memcpy(t + 1, w, n);
        put(b, t, n + 1); /* a near miss */
    }
}

/* Processes text and compares the classes the document got with the
 * scanner's, token by token. */
static void compare(ng_engine *eng, const char *text, size_t len)
{
    ng_doc *d;
    CHECK(ng_doc_new(&d) == 0);
    CHECK(ng_doc_set_text(d, text, len) == 0);
    CHECK(ng_process(eng, d) == 0);
    if (!d->figcls) /* (the pipeline without models stops at the text layer) */
        CHECK(ng__annot_quotes(eng, d) == 0);
    CHECK(d->figcls != NULL);
    size_t nt = d->tokens.n;
    uint8_t *cls = malloc(nt + 1);
    int32_t *val = malloc((nt + 1) * sizeof *val);
    if (!cls || !val || !d->figcls)
        abort();
    ng__figlex_tokens(d->text, d->tokens.v, nt, cls, val);
    size_t bad = 0;
    for (size_t i = 0; i < nt; i++)
        if (cls[i] != d->figcls[i] || val[i] != d->figval[i]) {
            if (bad++ < 10)
                fprintf(stderr, "token \"%.*s\": table %d/%d, scanner %d/%d\n",
                        (int)(d->tokens.v[i].end - d->tokens.v[i].start), d->text + d->tokens.v[i].start,
                        d->figcls[i], (int)d->figval[i], cls[i], (int)val[i]);
        }
    CHECK_EQ_INT(bad, 0);
    free(cls);
    free(val);
    ng_doc_free(d);
}

int main(void)
{
    ng_engine_options o;
    memset(&o, 0, sizeof o);
    o.flags = NG_ENGINE_NO_MODELS;
    ng_engine *eng;
    if (ng_engine_open(&o, &eng, NULL) != 0) {
        fprintf(stderr, "cannot open engine\n");
        return 1;
    }
    CHECK(ng__cue_table_sorted()); /* every word went into the table */

    buf b = {0};
    ng__figlex_words(add_word, &b);
    CHECK(nwords > 400); /* the lexicon has some 540 words */
    static const char *const extra[] = {
        "21st", "3rd", "2nd", "1st", "100th", "12th-century", "five-year", "mid-June", "mid-1990s",
        "late-morning", "year-end", "year-ago", "twenty-two", "third-quarter", "hundred-fold",
        "Per-cent", "O\342\200\231clock", "o'clock", "a.m.", "p.m", "Jan.", "Sept.", "Mon.",
        "approximately", "approximatelyy", "counter-intelligence-agencies", "re-examination",
        "well-known", "so-called", "F-16", "G7", "Q3", "H1", "FY2025", "1990s", "'90s", "10am",
        "7.30pm", "Caf\xC3\xA9", "na\xC3\xAFve", "the", "thE", "THE", "th", "thes", "mayor", "May",
        "MAY", "marching", "March", "mar.", "Mar", "secondly", "second", "seconds", "x", "I", "A",
        "an", "An", "AN", "\xE2\x82\xAC", "US$", "per", "cent", "percentage", "points"};
    for (size_t k = 0; k < sizeof extra / sizeof *extra; k++)
        put(&b, extra[k], strlen(extra[k]));
    /* pseudo-random letter strings, some capitalised, some with a hyphen */
    uint32_t r = 12345;
    for (int k = 0; k < 20000; k++) {
        char t[20];
        r = r * 1103515245u + 12345u;
        size_t n = 1 + (r >> 16) % 16;
        for (size_t j = 0; j < n; j++) {
            r = r * 1103515245u + 12345u;
            unsigned x = (r >> 16) % 40;
            t[j] = x < 26 ? (char)('a' + x) : x < 30 ? (char)('A' + x) : x < 32 ? '-' : (char)('a' + x % 7);
        }
        if (t[0] == '-')
            t[0] = 'q';
        put(&b, t, n);
    }
    compare(eng, b.p, b.n);
    /* the same words in running text: "The Fed raised rates by 0.25 percent in May." */
    static const char sent[] =
        "The Fed raised rates by 0.25 percent in May, its third-quarter move in five years. "
        "About twenty-two of the 300 delegates left early on Tuesday, a.m. reports said; "
        "O'CLOCK news: the mid-1990s boom lasted a decade-and-a-half, per-cent or not.";
    compare(eng, sent, sizeof sent - 1);
    free(b.p);
    ng_engine_close(eng);
    TEST_MAIN_END();
}
