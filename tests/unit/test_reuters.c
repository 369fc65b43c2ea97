/*
 * test_reuters.c -- the Reuters-21578 SGML reader on hand-written files:
 * several articles (ids, titles, dates, authors, sources), the SGML
 * references, BRIEF and UNPROC articles, a missing NEWID, bad articles
 * (truncated, unterminated tag, missing end tag, not closed, junk, over the
 * size limit) each reported with its byte offset without costing the next
 * one, articles across the reader's 64 KiB chunks, the format guess, and
 * out-of-memory at every allocation.
 */
#include "doc.h"
#include "newsgraph.h"
#include "test.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "oom_alloc.h"

/* What a file read to its end gave. */
typedef struct got {
    int docs, errors;
    int codes[8];
    unsigned long long offs[8];
    char msgs[8][256];
    char id[8][64], title[8][128], pub[8][40], authors[8][64], src[8][64], outlet[8][32];
    char text[8][512];
    int doc_errors[8];
    ng_reader_stats st;
    ng_format format;
} got;

static void copy(char *dst, size_t cap, const char *s)
{
    snprintf(dst, cap, "%s", s ? s : "(null)");
}

static void read_file(const char *data, const char *name, ng_format f, size_t max, got *g)
{
    memset(g, 0, sizeof *g);
    ng_reader_options o = {0};
    o.format = f;
    o.max_doc_bytes = max;
    ng_reader *r;
    ng_error err;
    CHECK(ng_reader_open_mem(data, strlen(data), name, &o, &r, &err) == 0);
    g->format = ng_reader_format(r);
    for (int guard = 0; guard < 10000; guard++) {
        ng_doc *d;
        int rc = ng_reader_next(r, &d, &err);
        if (rc == 0)
            break;
        if (rc < 0) {
            if (g->errors < 8) {
                g->codes[g->errors] = rc;
                g->offs[g->errors] = err.offset;
                copy(g->msgs[g->errors], sizeof g->msgs[0], err.msg);
            }
            g->errors++;
            if (rc == NG_EIO || rc == NG_ENOMEM)
                break;
            continue;
        }
        if (g->docs < 8) {
            int k = g->docs;
            copy(g->id[k], sizeof g->id[0], ng_doc_get(d, NG_FIELD_ID));
            copy(g->title[k], sizeof g->title[0], ng_doc_get(d, NG_FIELD_TITLE));
            copy(g->pub[k], sizeof g->pub[0], ng_doc_get(d, NG_FIELD_PUBLISHED));
            copy(g->authors[k], sizeof g->authors[0], ng_doc_get(d, NG_FIELD_AUTHORS));
            copy(g->src[k], sizeof g->src[0], ng_doc_get(d, NG_FIELD_SOURCE));
            copy(g->outlet[k], sizeof g->outlet[0], ng_doc_get(d, NG_FIELD_OUTLET));
            g->doc_errors[k] = (int)ng_doc_error_count(d);
        }
        ng_engine_options eo = {0};
        eo.flags = NG_ENGINE_NO_MODELS;
        ng_engine *e;
        CHECK(ng_engine_open(&eo, &e, NULL) == 0);
        CHECK(ng_process(e, d) == 0);
        if (g->docs < 8)
            copy(g->text[g->docs], sizeof g->text[0], ng_doc_text(d, NULL));
        ng_engine_close(e);
        g->docs++;
        ng_doc_free(d);
    }
    ng_reader_stats_get(r, &g->st);
    ng_reader_close(r);
}

#define HEAD "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"

/* An article as the corpus writes one. */
#define ART(id, date, title, body)                                                              \
    "<REUTERS TOPICS=\"NO\" LEWISSPLIT=\"TRAIN\" OLDID=\"9\" NEWID=\"" id "\">\n<DATE>" date   \
    "</DATE>\n<TOPICS><D>grain</D></TOPICS>\n<PLACES></PLACES>\n<UNKNOWN> \n&#5;&#5;&#5;C\n"   \
    "&#22;&#22;&#1;f0001&#31;reute\n</UNKNOWN>\n<TEXT>&#2;\n<TITLE>" title "</TITLE>\n"       \
    "<DATELINE>    OSLO, March 3 - </DATELINE><BODY>" body "\n Reuter\n&#3;</BODY></TEXT>\n"    \
    "</REUTERS>\n"

static void test_articles(void)
{
    static const char f[] = HEAD
        ART("11", "26-FEB-1987 15:01:01.79", "HARBOUR FEES RISE",
            "The harbour board raised its fees by 4 pct on Monday,\nthe board said.")
        "<REUTERS TOPICS=\"NO\" NEWID=\"12\">\n<DATE> 3-MAR-1987  09:15:05.40</DATE>\n"
        "<TEXT>&#2;\n<TITLE>FERRY LINE &lt;FLX> CUTS ROUTES\n</TITLE>\n<AUTHOR>    By Anna Berg and Ola Dahl, Reuters</AUTHOR>\n"
        "<DATELINE>    BERGEN, March 3 - </DATELINE><BODY>Ferry Line &lt;FLX> said it will cut two routes.\n"
        " Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n";
    got g;
    read_file(f, "t.sgm", NG_FORMAT_AUTO, 0, &g);
    CHECK_EQ_INT(g.format, NG_FORMAT_REUTERS);
    CHECK_EQ_INT(g.docs, 2);
    CHECK_EQ_INT(g.errors, 0);
    CHECK_EQ_STR(g.id[0], "reuters-11");
    CHECK_EQ_STR(g.id[1], "reuters-12");
    CHECK_EQ_STR(g.title[0], "HARBOUR FEES RISE");
    CHECK_EQ_STR(g.title[1], "FERRY LINE <FLX> CUTS ROUTES");
    CHECK_EQ_STR(g.pub[0], "1987-02-26T15:01:01.79");
    CHECK_EQ_STR(g.pub[1], "1987-03-03T09:15:05.40");
    CHECK_EQ_STR(g.authors[0], "(null)");
    CHECK_EQ_STR(g.authors[1], "Anna Berg; Ola Dahl");
    CHECK_EQ_STR(g.outlet[0], "Reuters");
    /* the source names the file and the offset of "<REUTERS" */
    char want[64];
    snprintf(want, sizeof want, "t.sgm@%zu", strlen(HEAD));
    CHECK_EQ_STR(g.src[0], want);
    snprintf(want, sizeof want, "t.sgm@%zu", (size_t)(strstr(f, "<REUTERS TOPICS=\"NO\" NEWID=\"12\"") - f));
    CHECK_EQ_STR(g.src[1], want);
    /* the text is the dateline and the body, without the wire codes */
    CHECK_EQ_STR(g.text[0], "OSLO, March 3 - The harbour board raised its fees by 4 pct on Monday,\nthe board said.\n Reuter");
    CHECK_EQ_STR(g.text[1], "BERGEN, March 3 - Ferry Line <FLX> said it will cut two routes.\n Reuter");
    CHECK_EQ_INT(g.st.records, 2);
    CHECK_EQ_INT(g.st.documents, 2);
    CHECK_EQ_INT(g.st.headline_only + g.st.unstructured + g.st.errors, 0);
}

static void test_entities(void)
{
    static const char f[] = ART("1", "1-APR-1987 10:00:00.00", "A &amp; B",
                                "AT&amp;T said 3 &lt; 4 &gt; 2 &quot;yes&quot; for&#127;the &#x41;&#66; "
                                "caf&#233; &bogus; AT&T &#99999999; &#;");
    got g;
    read_file(f, "e.sgm", NG_FORMAT_AUTO, 0, &g);
    CHECK_EQ_INT(g.docs, 1);
    CHECK_EQ_STR(g.title[0], "A & B");
    CHECK_EQ_STR(g.text[0],
                 "OSLO, March 3 - AT&T said 3 < 4 > 2 \"yes\" for the AB caf\xC3\xA9 &bogus; AT&T &#99999999; &#;\n Reuter");
}

static void test_brief_unproc(void)
{
    static const char f[] =
        "<REUTERS TOPICS=\"NO\" NEWID=\"31\">\n<DATE>26-FEB-1987 15:43:14.36</DATE>\n"
        "<TEXT TYPE=\"BRIEF\">&#2;\n******<TITLE>MILL OUTPUT ROSE 2.5 PCT IN JANUARY\n</TITLE>Blah blah blah.\n&#3;\n\n"
        "</TEXT>\n</REUTERS>\n"
        "<REUTERS TOPICS=\"NO\" NEWID=\"32\">\n<DATE>26-FEB-1987 16:34:34.40</DATE>\n"
        "<TEXT TYPE=\"UNPROC\">&#2;\nGRAIN TABLE - FEB 26\n    Wheat.......12 vs......10\n Reuter\n&#3;\n</TEXT>\n"
        "</REUTERS>\n"
        "<REUTERS NEWID=\"33\"><TEXT TYPE=\"UNPROC\">&#2;\n&#3;\n\n</TEXT></REUTERS>\n" /* empty */
        "<REUTERS NEWID=\"34\"><DATE>1-MAR-1987 01:00:00.00</DATE></REUTERS>\n";   /* no TEXT */
    got g;
    read_file(f, "b.sgm", NG_FORMAT_REUTERS, 0, &g);
    CHECK_EQ_INT(g.docs, 2);
    CHECK_EQ_STR(g.title[0], "MILL OUTPUT ROSE 2.5 PCT IN JANUARY");
    CHECK_EQ_STR(g.text[0], "MILL OUTPUT ROSE 2.5 PCT IN JANUARY"); /* not the placeholder */
    CHECK_EQ_STR(g.title[1], "(null)");
    CHECK_EQ_STR(g.text[1], "GRAIN TABLE - FEB 26\n    Wheat.......12 vs......10\n Reuter");
    CHECK_EQ_INT(g.st.headline_only, 1);
    CHECK_EQ_INT(g.st.unstructured, 1);
    CHECK_EQ_INT(g.errors, 2);
    CHECK_EQ_INT(g.codes[0], NG_EEMPTY);
    CHECK_EQ_INT(g.offs[0], (unsigned long long)(strstr(f, "<REUTERS NEWID=\"33\"") - f));
    CHECK(strstr(g.msgs[0], "NEWID=33") != NULL);
    CHECK_EQ_INT(g.codes[1], NG_EEMPTY);
    CHECK_EQ_INT(g.st.records, 4);
    CHECK_EQ_INT(g.st.errors, 2);
}

static void test_ids_and_dates(void)
{
    static const char f[] =
        "<REUTERS TOPICS=\"NO\">\n<DATE>bad date</DATE><TEXT><TITLE>NO ID</TITLE><BODY>Text one.</BODY></TEXT></REUTERS>\n"
        "<REUTERS NEWID=\"x7\">\n<DATE>26-FEB-1987 15:01:01.79&#9;&#9;&#9;F</DATE><TEXT><BODY>Text two.</BODY></TEXT></REUTERS>\n"
        "<reuters newid=5><date>2-mar-1987</date><text><body>Text three.</body></text></reuters>";
    got g;
    read_file(f, "i.sgm", NG_FORMAT_REUTERS, 0, &g);
    CHECK_EQ_INT(g.docs, 3);
    CHECK_EQ_INT(g.errors, 0);
    CHECK_EQ_STR(g.id[0], "i.sgm@0"); /* no NEWID: the position */
    CHECK_EQ_STR(g.src[0], "i.sgm@0");
    CHECK_EQ_STR(g.pub[0], "(null)");
    CHECK_EQ_INT(g.doc_errors[0], 1); /* the date that is not one */
    char want[64];
    snprintf(want, sizeof want, "i.sgm@%zu", (size_t)(strstr(f, "<REUTERS NEWID=\"x7\"") - f));
    CHECK_EQ_STR(g.id[1], want); /* NEWID not a number */
    CHECK_EQ_INT(g.doc_errors[1], 1);
    CHECK_EQ_STR(g.pub[1], "1987-02-26T15:01:01.79");
    CHECK_EQ_STR(g.id[2], "reuters-5"); /* lower-case tags, unquoted value */
    CHECK_EQ_STR(g.pub[2], "1987-03-02");
    CHECK_EQ_STR(g.text[2], "Text three.");
}

static void test_bad_articles(void)
{
    static const char f[] = HEAD
        ART("1", "1-APR-1987 10:00:00.00", "ONE", "First.")
        "<REUTERS NEWID=\"2\"><TEXT><TITLE>TWO</TITLE><BODY>Broken <BODY tag here.</BODY></TEXT></REUTERS>\n"
        ART("3", "1-APR-1987 10:00:00.00", "THREE", "Third.")
        "<REUTERS NEWID=\"4\"><TEXT><BODY>Body never ends.</TEXT></REUTERS>\n"
        ART("5", "1-APR-1987 10:00:00.00", "FIVE", "Fifth.")
        "<REUTERS NEWID=\"6\"><TEXT><BODY>Cut off here.\n"
        ART("7", "1-APR-1987 10:00:00.00", "SEVEN", "Seventh.")
        "\x01\x02\xff\xfe junk <junk> "
        ART("8", "1-APR-1987 10:00:00.00", "EIGHT", "Eighth.")
        "<REUTERS NEWID=\"9\"><TEXT><BODY>The file ends insi";
    got g;
    read_file(f, "bad.sgm", NG_FORMAT_AUTO, 0, &g);
    CHECK_EQ_INT(g.docs, 5);
    CHECK_EQ_STR(g.id[0], "reuters-1");
    CHECK_EQ_STR(g.id[1], "reuters-3");
    CHECK_EQ_STR(g.id[2], "reuters-5");
    CHECK_EQ_STR(g.id[3], "reuters-7");
    CHECK_EQ_STR(g.id[4], "reuters-8");
    CHECK_EQ_INT(g.errors, 5);
    /* 1: the unterminated tag, at its own offset */
    CHECK_EQ_INT(g.codes[0], NG_EPARSE);
    CHECK_EQ_INT(g.offs[0], (unsigned long long)(strstr(f, "<BODY tag") - f));
    CHECK(strstr(g.msgs[0], "bad.sgm@") == g.msgs[0] && strstr(g.msgs[0], "unterminated tag <BODY"));
    /* 2: <BODY> without </BODY>, at the offset of <BODY> */
    CHECK_EQ_INT(g.codes[1], NG_EPARSE);
    CHECK_EQ_INT(g.offs[1], (unsigned long long)(strstr(f, "<BODY>Body never") - f));
    /* 3: not closed before the next article, at the article's offset */
    CHECK_EQ_INT(g.codes[2], NG_EPARSE);
    CHECK_EQ_INT(g.offs[2], (unsigned long long)(strstr(f, "<REUTERS NEWID=\"6\"") - f));
    CHECK(strstr(g.msgs[2], "not closed") != NULL);
    /* 4: junk between articles, at its first byte */
    CHECK_EQ_INT(g.codes[3], NG_EPARSE);
    CHECK_EQ_INT(g.offs[3], (unsigned long long)(strstr(f, "\x01\x02") - f));
    CHECK(strstr(g.msgs[3], "not a <REUTERS> article") != NULL);
    /* 5: truncated last article */
    CHECK_EQ_INT(g.codes[4], NG_EPARSE);
    CHECK_EQ_INT(g.offs[4], (unsigned long long)(strstr(f, "<REUTERS NEWID=\"9\"") - f));
    CHECK(strstr(g.msgs[4], "truncated") != NULL);
    CHECK_EQ_INT(g.st.records, 9);
    CHECK_EQ_INT(g.st.documents, 5);
    CHECK_EQ_INT(g.st.errors, 5);
}

static void test_size_limit(void)
{
    /* a body of 3000 bytes with a limit of 1000: reported, then the next */
    size_t big = 3000;
    char *body = malloc(big + 1);
    for (size_t i = 0; i < big; i++)
        body[i] = i % 50 == 49 ? '\n' : "abcde "[i % 6];
    body[big] = 0;
    size_t cap = big + 4096;
    char *f = malloc(cap);
    snprintf(f, cap,
             "<REUTERS NEWID=\"1\"><TEXT><BODY>Small one.</BODY></TEXT></REUTERS>\n"
             "<REUTERS NEWID=\"2\"><TEXT><BODY>%s</BODY></TEXT></REUTERS>\n"
             "<REUTERS NEWID=\"3\"><TEXT><BODY>Small three.</BODY></TEXT></REUTERS>\n",
             body);
    got g;
    read_file(f, "big.sgm", NG_FORMAT_REUTERS, 1000, &g);
    CHECK_EQ_INT(g.docs, 2);
    CHECK_EQ_STR(g.id[1], "reuters-3");
    CHECK_EQ_INT(g.errors, 1);
    CHECK_EQ_INT(g.codes[0], NG_ETOOBIG);
    CHECK_EQ_INT(g.offs[0], (unsigned long long)(strstr(f, "<REUTERS NEWID=\"2\"") - f));
    CHECK(strstr(g.msgs[0], "--max-size") != NULL);
    free(body);
    free(f);
}

/* Many articles of varied length: tags fall across the 64 KiB chunks. */
static void test_chunks(void)
{
    size_t cap = 4u << 20, n = 0;
    char *f = malloc(cap);
    n += (size_t)snprintf(f + n, cap - n, HEAD);
    int arts = 0;
    unsigned seed = 7;
    while (n < cap - 70000) {
        seed = seed * 1103515245u + 12345u;
        size_t len = 10 + (seed >> 8) % (arts % 50 == 0 ? 60000 : 700);
        n += (size_t)snprintf(f + n, cap - n, "<REUTERS NEWID=\"%d\">\n<DATE>1-APR-1987 10:00:00.00</DATE>"
                                              "<TEXT>&#2;\n<TITLE>T%d</TITLE><BODY>", arts + 1, arts + 1);
        for (size_t i = 0; i < len; i++)
            f[n++] = i % 60 == 59 ? '\n' : i % 17 == 16 ? ' ' : (char)('a' + (i + (size_t)arts) % 26);
        n += (size_t)snprintf(f + n, cap - n, " &amp;\n&#3;</BODY></TEXT>\n</REUTERS>\n");
        arts++;
    }
    f[n] = 0;
    /* from memory and from a file (the stdio path) */
    for (int pass = 0; pass < 2; pass++) {
        ng_reader_options o = {0};
        ng_reader *r;
        char path[] = "/tmp/ng_test_reutersXXXXXX";
        int fd = -1;
        if (pass == 0) {
            CHECK(ng_reader_open_mem(f, n, "c.sgm", &o, &r, NULL) == 0);
        } else {
            fd = mkstemp(path);
            CHECK(fd >= 0 && write(fd, f, n) == (ssize_t)n);
            close(fd);
            CHECK(ng_reader_open(path, &o, &r, NULL) == 0);
        }
        int docs = 0, bad = 0, order = 1;
        for (;;) {
            ng_doc *d;
            ng_error err;
            int rc = ng_reader_next(r, &d, &err);
            if (rc == 0)
                break;
            if (rc < 0) {
                bad++;
                continue;
            }
            char want[32];
            snprintf(want, sizeof want, "reuters-%d", docs + 1);
            if (strcmp(ng_doc_get(d, NG_FIELD_ID), want))
                order = 0;
            if (!d->raw || d->raw_len < 3 || memcmp(d->raw + d->raw_len - 3, " &\n", 3))
                order = 0;
            docs++;
            ng_doc_free(d);
        }
        CHECK_EQ_INT(docs, arts);
        CHECK_EQ_INT(bad, 0);
        CHECK(order);
        CHECK_EQ_INT(ng_reader_offset(r), n);
        ng_reader_close(r);
        if (pass == 1)
            unlink(path);
    }
    CHECK(arts > 100);
    free(f);
}

static void test_guess(void)
{
    CHECK_EQ_INT(ng_format_guess("reut2-000.sgm", "", 0), NG_FORMAT_REUTERS);
    CHECK_EQ_INT(ng_format_guess("X.SGM", "", 0), NG_FORMAT_REUTERS);
    const char *h1 = "\n<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS";
    CHECK_EQ_INT(ng_format_guess("-", h1, strlen(h1)), NG_FORMAT_REUTERS);
    const char *h2 = "<REUTERS TOPICS=\"NO\" NEWID=\"1\">";
    CHECK_EQ_INT(ng_format_guess(NULL, h2, strlen(h2)), NG_FORMAT_REUTERS);
    const char *h3 = "<!DOCTYPE html><html><body>x</body></html>";
    CHECK_EQ_INT(ng_format_guess(NULL, h3, strlen(h3)), NG_FORMAT_HTML);
    const char *h4 = "<REUTERSX>";
    CHECK(ng_format_guess(NULL, h4, strlen(h4)) != NG_FORMAT_REUTERS);
    /* a byte-order mark is no junk */
    got g0;
    read_file("\xEF\xBB\xBF" HEAD "<REUTERS NEWID=\"4\"><TEXT><BODY>Text.</BODY></TEXT></REUTERS>", "bom.sgm",
              NG_FORMAT_AUTO, 0, &g0);
    CHECK_EQ_INT(g0.format, NG_FORMAT_REUTERS);
    CHECK_EQ_INT(g0.docs, 1);
    CHECK_EQ_INT(g0.errors, 0);
    /* nothing to read */
    got g;
    read_file(HEAD "\n\n", "empty.sgm", NG_FORMAT_AUTO, 0, &g);
    CHECK_EQ_INT(g.docs, 0);
    CHECK_EQ_INT(g.errors, 1);
    CHECK_EQ_INT(g.codes[0], NG_EEMPTY);
}

/* Every allocation fails in turn: success or NG_ENOMEM, never a leak. */
static void test_oom(void)
{
    static const char f[] = HEAD ART("1", "26-FEB-1987 15:01:01.79", "ONE &amp; TWO", "First &lt;A> text.")
        "<REUTERS NEWID=\"2\"><TEXT TYPE=\"UNPROC\">&#2;\nTable 1\n&#3;</TEXT></REUTERS>\n"
        "<REUTERS NEWID=\"3\"><TEXT><AUTHOR>By A B, Reuters</AUTHOR><BODY>Cut";
    ng_set_allocator(&oom_allocator);
    long base = live;
    int runs = 0, bad = 0;
    for (fail_at = 1; fail_at < 10000; fail_at++) {
        calls = 0;
        failed = 0;
        ng_reader_options o = {0};
        ng_reader *r;
        int rc = ng_reader_open_mem(f, sizeof f - 1, "o.sgm", &o, &r, NULL);
        if (rc == 0) {
            for (int i = 0; i < 10; i++) {
                ng_doc *d;
                ng_error err;
                rc = ng_reader_next(r, &d, &err);
                if (rc == 0)
                    break;
                if (rc == NG_ENOMEM)
                    break;
                if (rc < 0)
                    continue;
                ng_doc_free(d);
            }
            ng_reader_close(r);
        } else if (rc != NG_ENOMEM) {
            bad++;
        }
        if (live != base) {
            fprintf(stderr, "leak: %ld allocations after failing call %ld\n", live - base, fail_at);
            bad++;
            live = base;
        }
        runs++;
        if (!failed)
            break;
    }
    ng_set_allocator(NULL);
    CHECK(runs > 5);
    CHECK_EQ_INT(bad, 0);
}

int main(void)
{
    test_articles();
    test_entities();
    test_brief_unproc();
    test_ids_and_dates();
    test_bad_articles();
    test_size_limit();
    test_chunks();
    test_guess();
    test_oom();
    TEST_MAIN_END();
}
