/*
 * test_linear.c -- the whole pipeline (shipped models, every annotator) stays
 * linear in document length on pathological input: long runs of quote marks,
 * digits, periods, capitalised words, currency signs and the like.  Each
 * input is processed at two sizes; the larger (8x) may take at most ~24x the
 * time of the smaller (linear is 8x; quadratic would be 64x), with slack for
 * noise, and any run must stay under a generous absolute bound.
 *
 * The same for HTML pages (our parser, main text and metadata): a million
 * unclosed or nested elements, stray end tags that must not search the open
 * elements, end tags blocked by a table cell, unterminated comments, quotes
 * and raw text elements, character references.
 */
#include "newsgraph.h"
#include "test.h"
#include "util/util.h"

#include <stdlib.h>
#include <time.h>

static double run(ng_engine *e, const char *unit, size_t n, int *rc, int html)
{
    size_t ul = strlen(unit);
    char *big = malloc(n * ul + 1);
    for (size_t i = 0; i < n; i++)
        memcpy(big + i * ul, unit, ul);
    big[n * ul] = 0;
    ng_doc *d;
    ng_doc_new(&d);
    ng_doc_set(d, NG_FIELD_PUBLISHED, "2025-06-23", 10);
    if (html)
        ng_doc_set_html(d, big, n * ul);
    else
        ng_doc_set_text(d, big, n * ul);
    clock_t t0 = clock();
    *rc = ng_process(e, d);
    char *json = NULL;
    size_t len;
    if (*rc == 0)
        *rc = ng_doc_to_json(d, &json, &len);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    ng_free(json);
    ng_doc_free(d);
    free(big);
    return secs;
}

int main(void)
{
    static const char *const units[] = {
        "\xe2\x80\x9d", "\"", "\xe2\x80\x9c", "'", "9", "1,", ". ", "$", "\342\202\2545 ", "5% ",
        "Rutte ", "Mark Rutte said ", "\"Yes,\" he said. ", "according to Reuters ", "on Monday ",
        "NATO (NATO) ", "U.S. ", "- ", "(", "a\n",
    };
    static const char *const html_units[] = {
        "<div>", "<b>", "</x>", "<p>a ", "<li>", "<td><span>x", "</div>", "<a href=x>y", "<table>",
        "<div class=\"share\"><p>Text, more.</p>", "<!--", "<a b=\"", "&amp;", "<script>", "<x-y>",
        "<h1>", "<tr><td>", "<select><option>", "<p><time datetime=\"2020-01-02\">", "<br>",
    };
    ng_engine_options o = {0};
    o.data_dir = NG_DATA_DIR;
    ng_engine *e;
    ng_error err;
    if (ng_engine_open(&o, &e, &err) != 0) {
        fprintf(stderr, "engine: %s\n", err.msg);
        return 1;
    }
    for (size_t u = 0; u < NG_ARRAY_LEN(units); u++) {
        int rc1, rc2;
        size_t n = 160000 / strlen(units[u]);
        double t1 = run(e, units[u], n / 8, &rc1, 0);
        double t2 = run(e, units[u], n, &rc2, 0);
        CHECK_EQ_INT(rc1, 0);
        CHECK_EQ_INT(rc2, 0);
        int ok = t2 < 30.0 && (t2 < 0.25 || t2 < 24 * (t1 > 0.01 ? t1 : 0.01));
        if (!ok)
            fprintf(stderr, "unit %zu (\"%s\"): %.3f s at 1x, %.3f s at 8x\n", u, units[u], t1, t2);
        CHECK(ok);
    }
    for (size_t u = 0; u < NG_ARRAY_LEN(html_units); u++) {
        int rc1, rc2;
        size_t n = 800000 / strlen(html_units[u]);
        double t1 = run(e, html_units[u], n / 8, &rc1, 1);
        double t2 = run(e, html_units[u], n, &rc2, 1);
        CHECK(rc1 == 0 || rc1 == NG_EEMPTY); /* pages without text are NG_EEMPTY */
        CHECK(rc2 == 0 || rc2 == NG_EEMPTY);
        int ok = t2 < 30.0 && (t2 < 0.25 || t2 < 24 * (t1 > 0.01 ? t1 : 0.01));
        if (!ok)
            fprintf(stderr, "html unit %zu (\"%s\"): %.3f s at 1x, %.3f s at 8x\n", u, html_units[u], t1, t2);
        CHECK(ok);
    }
    ng_engine_close(e);
    TEST_MAIN_END();
}
