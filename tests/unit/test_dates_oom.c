/*
 * test_dates_oom.c -- out-of-memory in the HTML reader's date steps: pages
 * whose date is found late (date-classed elements, a UTC instant moved to
 * the local day, labelled and counted text dates, comment sections).  Each
 * allocation fails in turn; every run must end in NG_ENOMEM, or in success
 * with the very date of the run without failures (a failed allocation must
 * never silently change the date), and free all it allocated.
 */
#include "newsgraph.h"
#include "test.h"

#include <stdlib.h>

#include "oom_alloc.h"

#define P "<p>The council approved the new budget after a long debate, with more money for schools and cycle " \
          "lanes, officials said on the evening of the vote.</p>"

static const char *const pages[] = {
    "<html><body><div class=\"meta-a\">News</div><h1>Budget</h1><p class=\"meta-info\">03.02.2022 15:34</p>" P
    "</body></html>",
    "<html><head><meta property=\"article:published_time\" content=\"2023-11-09T05:30:59Z\"></head><body>"
    "<div class=\"time\">November 8, 2023</div>" P "</body></html>",
    "<html><body><div>" P P P "<p>Letzte \xC3\x84nderung: 31.10.2023<br>Erschienen am: 01.11.2023</p>"
    "<div id=\"comments\"><p>on 2 November 2023</p></div></div></body></html>",
    "<html><body><div>" P P P "<div class=\"comment-list\"><p>by Bo on December 30, 2010</p></div></div></body></html>",
};

/* Processes page; returns 0 or the error, and the published field in out. */
static int run(ng_engine *e, const char *page, char *out, size_t cap)
{
    out[0] = 0;
    ng_doc *d;
    int rc = ng_doc_new(&d);
    if (rc)
        return rc;
    rc = ng_doc_set_html(d, page, strlen(page));
    if (!rc)
        rc = ng_process(e, d);
    const char *p = rc ? NULL : ng_doc_get(d, NG_FIELD_PUBLISHED);
    snprintf(out, cap, "%s", p ? p : "(none)");
    ng_doc_free(d);
    return rc;
}

int main(void)
{
    ng_set_allocator(&oom_allocator);
    ng_engine_options eo = {0};
    eo.flags = NG_ENGINE_NO_MODELS;
    ng_engine *e;
    CHECK(ng_engine_open(&eo, &e, NULL) == 0);
    for (size_t k = 0; k < sizeof pages / sizeof *pages; k++) {
        char want[64], got[64];
        fail_at = -1;
        CHECK(run(e, pages[k], want, sizeof want) == 0);
        CHECK(strcmp(want, "(none)") != 0);
        long base = live;
        int runs = 0, bad = 0;
        for (fail_at = 1; fail_at < 100000; fail_at++) {
            calls = 0;
            failed = 0;
            int rc = run(e, pages[k], got, sizeof got);
            if ((rc && rc != NG_ENOMEM && rc != NG_EEMPTY) || (!rc && strcmp(got, want))) {
                fprintf(stderr, "page %zu, failing call %ld: rc %d, published %s (want %s)\n", k, fail_at, rc, got,
                        want);
                bad++;
            }
            if (live != base) {
                fprintf(stderr, "page %zu: leak of %ld allocations after failing call %ld\n", k, live - base,
                        fail_at);
                bad++;
                live = base;
            }
            runs++;
            if (!failed)
                break;
        }
        CHECK(runs > 10);
        CHECK_EQ_INT(bad, 0);
    }
    ng_engine_close(e);
    ng_set_allocator(NULL);
    TEST_MAIN_END();
}
