/*
 * test_text.c -- the text layer: normalisation, tokens, sentences.
 */
#include "doc.h"
#include "engine.h"
#include "test.h"

#include <stdlib.h>
#include <time.h>
#include <utf8proc.h>

static ng_engine *eng;

static ng_doc *run(const char *text)
{
    ng_doc *d;
    if (ng_doc_new(&d) || ng_doc_set_text(d, text, strlen(text)) || ng_process(eng, d)) {
        fprintf(stderr, "processing failed for: %s\n", text);
        ng_doc_free(d);
        return NULL;
    }
    return d;
}

/* The tokens of text joined with '|'. */
static char *toks(const char *text)
{
    static char out[4096];
    out[0] = 0;
    ng_doc *d = run(text);
    if (!d)
        return out;
    size_t o = 0;
    for (size_t i = 0; i < d->tokens.n && o < sizeof out - 200; i++) {
        const ng_token *t = &d->tokens.v[i];
        if (i)
            out[o++] = '|';
        memcpy(out + o, d->text + t->start, t->end - t->start);
        o += t->end - t->start;
    }
    out[o] = 0;
    ng_doc_free(d);
    return out;
}

/* The sentences of text joined with " || ". */
static char *sents(const char *text)
{
    static char out[8192];
    out[0] = 0;
    ng_doc *d = run(text);
    if (!d)
        return out;
    size_t o = 0;
    for (size_t i = 0; i < d->sents.n && o < sizeof out - 1000; i++) {
        if (i) {
            memcpy(out + o, " || ", 4);
            o += 4;
        }
        memcpy(out + o, d->text + d->sents.v[i].start, d->sents.v[i].end - d->sents.v[i].start);
        o += d->sents.v[i].end - d->sents.v[i].start;
    }
    out[o] = 0;
    ng_doc_free(d);
    return out;
}

static void test_normalize(void)
{
    ng_doc *d = run("  caf\x65\xcc\x81 \xc2\xa0x\r\ny\xe2\x80\x8bz\xff!\x01 ");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_STR(d->text, "caf\xc3\xa9  x\nyz\xef\xbf\xbd!");
    CHECK_EQ_INT(d->errors.n, 1);
    CHECK(d->errors.n == 1 && strstr(d->errors.v[0].msg, "invalid UTF-8 at byte 19") != NULL);
    ng_doc_free(d);

    d = run("a\0b");
    CHECK(d != NULL);
    if (d) {
        CHECK_EQ_STR(d->text, "a");
        ng_doc_free(d);
    }
    ng_doc *e;
    ng_doc_new(&e);
    ng_doc_set_text(e, "a\0b", 3);
    CHECK_EQ_INT(ng_process(eng, e), 0);
    CHECK_EQ_STR(e->text, "ab");
    CHECK(e->errors.n == 1 && strstr(e->errors.v[0].msg, "NUL byte at byte 1") != NULL);
    ng_doc_free(e);

    ng_doc_new(&e);
    ng_doc_set_text(e, " \n\t ", 4);
    CHECK_EQ_INT(ng_process(eng, e), NG_EEMPTY);
    ng_doc_free(e);

    ng_doc_new(&e);
    char bin[256];
    for (int i = 0; i < 256; i++)
        bin[i] = (char)i;
    ng_doc_set_text(e, bin, sizeof bin);
    CHECK_EQ_INT(ng_process(eng, e), NG_EBINARY);
    ng_doc_free(e);
}

/* normalize.c skips NFC for text whose code points are all below U+0300 or
 * in U+2010-U+205E or U+20A0-U+20CF: check with utf8proc that each of them
 * has combining class 0 and neither changes under NFC nor composes with the
 * letters around it.  (That none is the second of a canonical pair was also
 * checked once against the full Unicode 14 decomposition table.) */
static void test_nfc_inert(void)
{
    static const uint32_t ranges[][2] = {{0x20, 0x2FF}, {0x2010, 0x205E}, {0x20A0, 0x20CF}};
    static const char *const around[] = {"e", "A", "\xe0\xa4\x95" /* Devanagari ka */,
                                         "\xe1\x84\x80" /* Hangul choseong kiyeok */};
    int bad = 0;
    for (size_t r = 0; r < 3; r++)
        for (uint32_t cp = ranges[r][0]; cp <= ranges[r][1]; cp++) {
            if (cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
                continue; /* controls: normalisation removes them first */
            if (utf8proc_get_property((utf8proc_int32_t)cp)->combining_class != 0)
                bad++;
            char c[5] = {0};
            ng__utf8_encode(cp, c);
            for (size_t a = 0; a < NG_ARRAY_LEN(around); a++) {
                char s[32];
                snprintf(s, sizeof s, "%s%s%s", around[a], c, around[a]);
                utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)s);
                if (!nfc || strcmp((const char *)nfc, s) != 0)
                    bad++;
                free(nfc);
            }
        }
    CHECK_EQ_INT(bad, 0);
    /* and normalisation keeps curly quotes and the euro as they are, while
     * a combining accent after them still composes */
    ng_doc *d = run("\xe2\x80\x9c" "Cafe\xcc\x81\xe2\x80\x9d costs \xe2\x82\xac" "5");
    CHECK(d != NULL);
    if (d) {
        CHECK_EQ_STR(d->text, "\xe2\x80\x9c" "Caf\xc3\xa9\xe2\x80\x9d costs \xe2\x82\xac" "5");
        ng_doc_free(d);
    }
    d = run("\xe2\x80\x9c" "Plain\xe2\x80\x9d \xe2\x80\x94 text\r\n");
    CHECK(d != NULL);
    if (d) {
        CHECK_EQ_STR(d->text, "\xe2\x80\x9c" "Plain\xe2\x80\x9d \xe2\x80\x94 text");
        ng_doc_free(d);
    }
}

static void test_tokens(void)
{
    CHECK_EQ_STR(toks("Ukraine\xe2\x80\x99s path"), "Ukraine|\xe2\x80\x99s|path");
    CHECK_EQ_STR(toks("Ukraine's war-torn allies' aid"), "Ukraine|'s|war-torn|allies|'|aid");
    CHECK_EQ_STR(toks("over \xe2\x82\xac" "35 billion"), "over|\xe2\x82\xac|35|billion");
    CHECK_EQ_STR(toks("$100bn and US$3.5m"), "$|100|bn|and|US$|3.5|m");
    CHECK_EQ_STR(toks("5% of 1,000,000"), "5|%|of|1,000,000");
    /* the tokeniser's fast paths (plain words, numbers, line breaks) end
     * where the scanner would */
    CHECK_EQ_STR(toks("In 1987, 12 of 30 firms (5%) rose 3.5 pct to 1,000."),
                 "In|1987|,|12|of|30|firms|(|5|%|)|rose|3.5|pct|to|1,000|.");
    CHECK_EQ_STR(toks("Mail 5.a@b.com or call 12,a; see 1990s, 5m."),
                 "Mail|5.a@b.com|or|call|12|,|a|;|see|1990s|,|5|m|.");
    CHECK_EQ_STR(toks("Lines\nwere wrapped\n  and indented 42."), "Lines|were|wrapped|and|indented|42|.");
    CHECK_EQ_STR(toks("Gen. A. B. Smith met Mr. Jones."), "Gen.|A.|B.|Smith|met|Mr.|Jones|.");
    CHECK_EQ_STR(toks("averylongwordoverthirtytwobytes123 x"), "averylongwordoverthirtytwobytes123|x");
    CHECK_EQ_STR(toks("on 24-25 June 2025"), "on|24-25|June|2025");
    CHECK_EQ_STR(toks("the U.S. and Gen. Smith in Jan. 1996"), "the|U.S.|and|Gen.|Smith|in|Jan.|1996");
    CHECK_EQ_STR(toks("George W. Bush"), "George|W.|Bush");
    CHECK_EQ_STR(toks("see https://example.com/a?b=1. Mail a.b@example.org or @nato #NATO"),
                 "see|https://example.com/a?b=1|.|Mail|a.b@example.org|or|@nato|#NATO");
    CHECK_EQ_STR(toks("don't they're"), "do|n't|they|'re");
    CHECK_EQ_STR(toks("\xe2\x80\x9cIt is,\xe2\x80\x9d he said \xe2\x80\x94 the 1990s, F-16 and G7"),
                 "\xe2\x80\x9c|It|is|,|\xe2\x80\x9d|he|said|\xe2\x80\x94|the|1990s|,|F-16|and|G7");
    CHECK_EQ_STR(toks("3.5 10:30 1996-08-22"), "3.5|10:30|1996-08-22");
    CHECK_EQ_STR(toks("O'Brien and Côte d'Ivoire"), "O'Brien|and|Côte|d'Ivoire");
    CHECK_EQ_STR(toks("Wait... what\xe2\x80\xa6"), "Wait|...|what|\xe2\x80\xa6");

    ng_doc *d = run("\"Yes,\" he said. 'No'");
    CHECK(d && d->tokens.n == 10);
    if (d && d->tokens.n == 10) {
        CHECK(d->tokens.v[0].flags & NG_TF_OPEN);
        CHECK(d->tokens.v[3].flags & NG_TF_CLOSE);
        CHECK(d->tokens.v[7].flags & NG_TF_OPEN);
        CHECK(d->tokens.v[9].flags & NG_TF_CLOSE);
    }
    ng_doc_free(d);
}

static void test_sentences(void)
{
    CHECK_EQ_STR(sents("He left. She stayed."), "He left. || She stayed.");
    CHECK_EQ_STR(sents("Gen. Smith met Mr. Jones in the U.S. capital. They talked."),
                 "Gen. Smith met Mr. Jones in the U.S. capital. || They talked.");
    CHECK_EQ_STR(sents("Aid rose 3.5 percent. It fell."), "Aid rose 3.5 percent. || It fell.");
    CHECK_EQ_STR(sents("\xe2\x80\x9cIt will be true on Thursday after this summit.\xe2\x80\x9d Rutte said so."),
                 "\xe2\x80\x9cIt will be true on Thursday after this summit.\xe2\x80\x9d || Rutte said so.");
    CHECK_EQ_STR(sents("\xe2\x80\x9cWhy?\xe2\x80\x9d he asked. Nobody knew."),
                 "\xe2\x80\x9cWhy?\xe2\x80\x9d he asked. || Nobody knew.");
    CHECK_EQ_STR(sents("Headline without stop\nThe body starts here. It goes on."),
                 "Headline without stop || The body starts here. || It goes on.");
    CHECK_EQ_STR(sents("He lives in the U.S. The weather is fine."),
                 "He lives in the U.S. || The weather is fine.");
    CHECK_EQ_STR(sents("George W. Bush spoke."), "George W. Bush spoke.");
    /* hard-wrapped text: line breaks inside paragraphs are not boundaries */
    CHECK_EQ_STR(sents("The finance ministry said on Tuesday that the budget deficit\n"
                       "would narrow next year as tax revenues rose and spending was\n"
                       "cut across most departments, officials told reporters after the\n"
                       "meeting in the capital, where the plan was presented to the\n"
                       "cabinet for approval by ministers and senior civil servants in\n"
                       "the government. It was approved.\n"
                       "    A second paragraph starts here and runs on for a while\n"
                       "until it ends."),
                 "The finance ministry said on Tuesday that the budget deficit\n"
                 "would narrow next year as tax revenues rose and spending was\n"
                 "cut across most departments, officials told reporters after the\n"
                 "meeting in the capital, where the plan was presented to the\n"
                 "cabinet for approval by ministers and senior civil servants in\n"
                 "the government. || It was approved. || A second paragraph starts here and runs on for a while\n"
                 "until it ends.");
    /* too few lines to be judged wrapped, or a short first line: a line that
     * ends in a lower-case word or a comma and goes on in lower case or a
     * number is one sentence; a capital after it still starts one */
    CHECK_EQ_STR(sents("The mill said output for the\nsix weeks to May 2 rose to 4.1 mln tonnes from\n"
                       "3.9 mln a year earlier.\nPrices fell."),
                 "The mill said output for the\nsix weeks to May 2 rose to 4.1 mln tonnes from\n"
                 "3.9 mln a year earlier. || Prices fell.");
    CHECK_EQ_STR(sents("Ferry timetable\nSummer sailings begin in June."),
                 "Ferry timetable || Summer sailings begin in June.");
    /* a name that ends the line goes on in lower case (a wire's first line) */
    CHECK_EQ_STR(sents("The Kerrin Ferry Co\nsaid its fares would rise by\nfive pct.\nPrices fell."),
                 "The Kerrin Ferry Co\nsaid its fares would rise by\nfive pct. || Prices fell.");
    /* a name broken between two capitalised words goes on when the next
     * line is a wrapped column line; a heading before a paragraph line
     * (its full stop at the end) or before "The" does not */
    CHECK_EQ_STR(sents("Western Union said John\nPope Jr has been elected president of the telegraph company and\n"
                       "executive vice president of the corporation.\nPrices fell."),
                 "Western Union said John\nPope Jr has been elected president of the telegraph company and\n"
                 "executive vice president of the corporation. || Prices fell.");
    CHECK_EQ_STR(sents("Kerrin Ferry Co said the U.S.\nCoast Guard approved its two new boats for service on the\n"
                       "island routes from May.\nPrices fell."),
                 "Kerrin Ferry Co said the U.S.\nCoast Guard approved its two new boats for service on the\n"
                 "island routes from May. || Prices fell.");
    CHECK_EQ_STR(sents("Harbour Power Co, a unit of\nKerrin Electric Power Co, said it will redeem its bonds early in the\n"
                       "month of May at par value.\nPrices fell."),
                 "Harbour Power Co, a unit of\nKerrin Electric Power Co, said it will redeem its bonds early in the\n"
                 "month of May at par value. || Prices fell.");
    CHECK_EQ_STR(sents("The Kerrin Harbour Corporation\n(KHC) has approved two new boats for service on the\n"
                       "island routes from May.\nPrices fell."),
                 "The Kerrin Harbour Corporation\n(KHC) has approved two new boats for service on the\n"
                 "island routes from May. || Prices fell.");
    CHECK_EQ_STR(sents("Ferry Timetable For Kerrin\nSummer sailings begin in June and run on until the end of October."),
                 "Ferry Timetable For Kerrin || Summer sailings begin in June and run on until the end of October.");
    CHECK_EQ_STR(sents("Ferry Timetable For Kerrin\nThe summer sailings begin in June and run on until the end of the\nseason."),
                 "Ferry Timetable For Kerrin || The summer sailings begin in June and run on until the end of the\nseason.");
}

/* Pathological inputs stay linear: a million quote marks, digits, periods. */
static void test_linear(void)
{
    static const char *const units[] = {"\xe2\x80\x9d", "\"", "9", ". ", "\xe2\x80\x9c ", "'s ", "U.S. ", "\n"};
    for (size_t u = 0; u < NG_ARRAY_LEN(units); u++) {
        size_t ul = strlen(units[u]), n = 1000000;
        char *big = malloc(n * ul + 2);
        big[0] = 'A';
        for (size_t i = 0; i < n; i++)
            memcpy(big + 1 + i * ul, units[u], ul);
        big[1 + n * ul] = 0;
        clock_t t0 = clock();
        ng_doc *d;
        ng_doc_new(&d);
        ng_doc_set_text(d, big, 1 + n * ul);
        int rc = ng_process(eng, d);
        double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
        CHECK_EQ_INT(rc, 0);
        CHECK(d->tokens.n >= 1);
        /* generous for sanitizer builds; quadratic behaviour takes hours */
        CHECK(secs < 20.0);
        if (secs >= 20.0)
            fprintf(stderr, "unit %zu took %.1f s\n", u, secs);
        ng_doc_free(d);
        free(big);
    }
}

int main(void)
{
    ng_engine_options o = {0};
    o.flags = NG_ENGINE_NO_MODELS;
    if (ng_engine_open(&o, &eng, NULL) != 0)
        return 1;
    test_normalize();
    test_nfc_inert();
    test_tokens();
    test_sentences();
    test_linear();
    ng_engine_close(eng);
    TEST_MAIN_END();
}
