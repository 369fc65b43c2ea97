/*
 * test_wordlex.c -- the quotes lexicon table also answers the figures
 * lexicon (figlex.re) for every word: the classes ng__q_fold_tokens gives
 * the amounts and times annotators must be the scanner's own, token for
 * token.  Checked on every word the scanner knows (as written, capitalised,
 * in capitals, in sentences), hyphenated and digit forms, near misses, long
 * words, and pseudo-random letter strings.  So must the gates that tell
 * amounts and times which tokens to look at (ng__fig_gate).
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
    /* the gates (figlex.h): every token that ng__fig_gate lets through has
     * them (amounts and times test only those), and a word without a digit
     * has exactly its own; the bytes after the last are zero */
    size_t missing = 0, other = 0;
    CHECK(d->figgate != NULL);
    for (size_t i = 0; d->figgate && i < nt; i++) {
        const ng_token *t = &d->tokens.v[i];
        unsigned g = ng__fig_gate(t->kind, t->flags, cls[i], val[i]), h = d->figgate[i];
        if (g & ~h) {
            if (missing++ < 10)
                fprintf(stderr, "token \"%.*s\": gates %u, ng__fig_gate %u\n", (int)(t->end - t->start),
                        d->text + t->start, h, g);
        }
        if (t->kind == NG_TOK_WORD && !(t->flags & NG_TF_DIGIT) && g != h)
            other++;
    }
    CHECK_EQ_INT(missing, 0);
    CHECK_EQ_INT(other, 0);
    for (size_t k = 0; d->figgate && k < NG_FG_PAD; k++)
        CHECK_EQ_INT(d->figgate[nt + k], 0);
    /* ng__figlex_doc (amounts or times without the quote rules) gives the
     * same classes, and ng__fig_gate's gates */
    ng_doc *d2;
    CHECK(ng_doc_new(&d2) == 0);
    CHECK(ng_doc_set_text(d2, text, len) == 0);
    CHECK(ng_process(eng, d2) == 0);
    CHECK(d2->figcls == NULL && d2->tokens.n == nt);
    CHECK(ng__figlex_doc(d2) == 0);
    size_t differ = 0;
    for (size_t i = 0; d2->figgate && i < nt; i++) {
        const ng_token *t = &d2->tokens.v[i];
        differ += d2->figcls[i] != cls[i] || d2->figval[i] != val[i] ||
                  d2->figgate[i] != ng__fig_gate(t->kind, t->flags, cls[i], val[i]);
    }
    CHECK(d2->figgate != NULL);
    CHECK_EQ_INT(differ, 0);
    for (size_t k = 0; d2->figgate && k < NG_FG_PAD; k++)
        CHECK_EQ_INT(d2->figgate[nt + k], 0);
    ng_doc_free(d2);
    free(cls);
    free(val);
    ng_doc_free(d);
}

/* ng__fig_gate on hand-picked tokens: what may start an amount or a time */
static void test_gates(void)
{
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_NUMBER, NG_TF_DIGIT, FL_NONE, 0), NG_FG_AMOUNT | NG_FG_TIME);
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_CURRENCY, 0, FL_NONE, 0), NG_FG_AMOUNT);
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_PUNCT, 0, FL_NONE, 0), 0);
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_WORD, 0, FL_NONE, 0), 0);                    /* "house" */
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_WORD, 0, FL_NONE, KW_ASTART), NG_FG_AMOUNT); /* "between" */
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_WORD, 0, FL_NONE, KW_TSTART), NG_FG_TIME);   /* "soon" */
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_WORD, 0, FL_NONE, KW_HYPHEN), NG_FG_AMOUNT | NG_FG_TIME);
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_WORD, NG_TF_DIGIT, FL_NONE, 0), NG_FG_TIME); /* "mid-1990s" */
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_ABBREV, NG_TF_DIGIT, FL_NONE, KW_TSTART), 0);
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_WORD, 0, FL_NUM, 5), NG_FG_AMOUNT | NG_FG_TIME); /* "five" */
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_WORD, 0, FL_SCALE, 1000000), 0);                 /* "million" */
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_WORD, 0, FL_CUR, 1), NG_FG_AMOUNT);              /* "dollars" */
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_WORD, 0, FL_MONTH, 5), NG_FG_TIME);              /* "May" */
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_ABBREV, 0, FL_MONTH, 1), NG_FG_TIME);            /* "Jan." */
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_WORD, 0, FL_TW, TW_A), NG_FG_AMOUNT | NG_FG_TIME); /* "a" */
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_WORD, 0, FL_TW, TW_THE), NG_FG_TIME);
    CHECK_EQ_INT(ng__fig_gate(NG_TOK_WORD, 0, FL_TW, TW_OF), 0);
    /* ng__fig_next: the next token with the bit, over the 16-byte blocks */
    uint8_t g[40 + NG_FG_PAD] = {0};
    g[3] = NG_FG_TIME, g[17] = NG_FG_AMOUNT, g[39] = NG_FG_AMOUNT | NG_FG_TIME;
    CHECK_EQ_INT(ng__fig_next(g, 0, 40, NG_FG_TIME), 3);
    CHECK_EQ_INT(ng__fig_next(g, 0, 40, NG_FG_AMOUNT), 17);
    CHECK_EQ_INT(ng__fig_next(g, 4, 40, NG_FG_TIME), 39);
    CHECK_EQ_INT(ng__fig_next(g, 18, 39, NG_FG_AMOUNT), 39); /* (none before nt) */
    CHECK_EQ_INT(ng__fig_next(g, 40, 40, NG_FG_AMOUNT), 40);
}

/* Runs the pipeline over text and checks, token by token, that the quote
 * annotator's per-token class bit agrees with the list's lookup is() for
 * every word; returns how many tokens carry the bit. */
static size_t class_bit_count(ng_engine *eng, const char *text, unsigned bit, int (*is)(const char *, size_t))
{
    ng_doc *d;
    CHECK(ng_doc_new(&d) == 0);
    CHECK(ng_doc_set_text(d, text, strlen(text)) == 0);
    CHECK(ng_process(eng, d) == 0);
    if (!d->qwc)
        CHECK(ng__annot_quotes(eng, d) == 0);
    CHECK(d->qwc != NULL);
    size_t count = 0;
    for (size_t i = 0; d->qwc && i < d->tokens.n; i++) {
        const ng_token *t = &d->tokens.v[i];
        int on = (d->qwc[i] & bit) != 0;
        if (t->kind == NG_TOK_WORD)
            CHECK_EQ_INT(on, is(d->text + t->start, t->end - t->start));
        count += (size_t)on;
    }
    ng_doc_free(d);
    return count;
}

/* amounts' subject_start reads NG_QW_SUBJ_STOP from the quote annotator's
 * per-token classes, and ng__q_is_subject_stop when those are missing: both
 * must give the list's answer, in any case. */
static void test_subject_stops(ng_engine *eng)
{
    CHECK(ng__q_is_subject_stop("said", 4));
    CHECK(ng__q_is_subject_stop("Said", 4));
    CHECK(ng__q_is_subject_stop("WHICH", 5));
    CHECK(ng__q_is_subject_stop("back", 4));
    CHECK(!ng__q_is_subject_stop("sales", 5));
    CHECK(!ng__q_is_subject_stop("the", 3));
    CHECK(!ng__q_is_subject_stop("saidx", 5));
    CHECK_EQ_INT(class_bit_count(eng, "Sales, he Said, which rose as profits fell back to 5 dlrs.", NG_QW_SUBJ_STOP,
                                 ng__q_is_subject_stop),
                 4); /* Said, which, as, back */
}

/* skip_when's adverbs of time (NG_QW_WHEN_ADV): the class bit of the
 * per-token classes and ng__q_is_when_adv agree with the list, in any
 * case, and other words do not have it. */
static void test_when_advs(ng_engine *eng)
{
    CHECK(ng__q_is_when_adv("again", 5));
    CHECK(ng__q_is_when_adv("Yesterday", 9));
    CHECK(ng__q_is_when_adv("NOW", 3));
    CHECK(!ng__q_is_when_adv("only", 4));
    CHECK(!ng__q_is_when_adv("the", 3));
    CHECK(!ng__q_is_when_adv("agains", 6));
    CHECK_EQ_INT(class_bit_count(eng, "He said again, and later told us today that it was now over, earlier than the tonight show.",
                                 NG_QW_WHEN_ADV, ng__q_is_when_adv),
                 6); /* again, later, today, now, earlier, tonight */
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
    test_gates();
    test_subject_stops(eng);
    test_when_advs(eng);

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
