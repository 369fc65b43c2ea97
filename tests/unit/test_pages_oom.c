/*
 * test_pages_oom.c -- out-of-memory in the HTML and WARC readers.  A
 * counting allocator fails the Nth allocation for N = 1, 2, ... until a run
 * completes; every run must end in success or NG_ENOMEM (reported by the
 * reader or by ng_process), never crash, and free all it allocated.
 * Every allocation of the readers, our HTML parser included, goes through
 * ng__malloc, so every one of them is a failure point.
 */
#include "newsgraph.h"
#include "test.h"

#include <stdlib.h>

#include "oom_alloc.h"

static const char page[] =
    "<html lang=\"en\"><head><meta charset=\"iso-8859-1\"><title>Port strike ends | Harbour News</title>"
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-02-03\","
    "\"author\":{\"name\":\"Cora Lind\"}}</script></head><body><nav><a href=\"/\">Home</a></nav>"
    "<article><h1>Port strike ends</h1><p>Dock workers returned to work on Saturday after a three-day strike "
    "over pay, the union said, and the first ships were unloaded by the afternoon.</p>"
    "<p>The agreement raises wages by 6 percent this year, according to a statement from the port "
    "authority, which called the deal fair to both sides.</p><p>Caf\xE9 owners near the quay were relieved."
    "</p></article><div class=\"related\"><a href=\"/x\">Other news</a></div></body></html>";

/* One run: a page through ng_process, and a small WARC through the reader. */
static int run(ng_engine *e, const char *warc, size_t wn)
{
    int result = 0;
    ng_doc *d;
    int rc = ng_doc_new(&d);
    if (rc == 0) {
        rc = ng_doc_set_html(d, page, sizeof page - 1);
        if (rc == 0)
            rc = ng_process(e, d);
        ng_doc_free(d);
    }
    if (rc != 0 && rc != NG_ENOMEM)
        result = rc;
    ng_reader_options o = {0};
    o.format = NG_FORMAT_WARC;
    ng_reader *r;
    rc = ng_reader_open_mem(warc, wn, "t.warc", &o, &r, NULL);
    if (rc == 0) {
        for (int i = 0; i < 10; i++) {
            ng_error err;
            rc = ng_reader_next(r, &d, &err);
            if (rc == 0)
                break;
            if (rc < 0) {
                if (rc != NG_ENOMEM)
                    result = rc;
                break;
            }
            rc = ng_process(e, d);
            if (rc != 0 && rc != NG_ENOMEM)
                result = rc;
            ng_doc_free(d);
        }
        ng_reader_close(r);
    } else if (rc != NG_ENOMEM) {
        result = rc;
    }
    return result;
}

int main(void)
{
    /* the WARC: the same page as a chunked response */
    char http[4096], warc[8192];
    int hn = snprintf(http, sizeof http,
                      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n%zx\r\n%s\r\n0\r\n\r\n",
                      sizeof page - 1, page);
    int wn = snprintf(warc, sizeof warc,
                      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                      "WARC-Target-URI: http://harbour.example/strike\r\nWARC-Date: 2024-02-03T10:00:00Z\r\n"
                      "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
                      hn, http);
    ng_set_allocator(&oom_allocator);
    ng_engine_options eo = {0};
    eo.flags = NG_ENGINE_NO_MODELS;
    ng_engine *e;
    CHECK(ng_engine_open(&eo, &e, NULL) == 0);
    long base = live;
    int runs = 0, bad = 0;
    for (fail_at = 1; fail_at < 100000; fail_at++) {
        calls = 0;
        failed = 0;
        int rc = run(e, warc, (size_t)wn);
        if (rc)
            bad++;
        if (live != base) {
            fprintf(stderr, "leak: %ld allocations after failing call %ld\n", live - base, fail_at);
            bad++;
            live = base;
        }
        runs++;
        if (!failed)
            break;
    }
    CHECK(runs > 20);
    CHECK_EQ_INT(bad, 0);
    ng_engine_close(e);
    ng_set_allocator(NULL);
    printf("%d runs\n", runs);
    TEST_MAIN_END();
}
