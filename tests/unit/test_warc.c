/*
 * test_warc.c -- the WARC/ARC reader on archives built in the test: plain,
 * gzip per record, whole-file gzip, chunked and gzip-encoded HTTP bodies,
 * skipped records and their counts, truncated and corrupt records (error
 * with the byte offset, then reading goes on), and ARC.
 */
#include "newsgraph.h"
#include "test.h"

#include <stdlib.h>
#include <string.h>
#include <brotli/encode.h>
#include <zlib.h>

typedef struct buf {
    char *p;
    size_t n, cap;
} buf;

static void put(buf *b, const void *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->p = realloc(b->p, b->cap);
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void puts_(buf *b, const char *s) { put(b, s, strlen(s)); }

static const char page1[] = "<html><head><title>Dam plan approved</title></head><body><article><p>The regional "
                            "council approved the new dam on Thursday after a debate that lasted most of the "
                            "night, officials said.</p></article></body></html>";
static const char page2[] = "<html><body><article><p>Fishermen protested in the port on Friday against the new "
                            "quotas, blocking the harbour entrance for several hours.</p></article></body></html>";

/* One WARC record. */
static void record(buf *b, const char *type, const char *uri, const char *ctype, const char *content, size_t n)
{
    char h[1024];
    snprintf(h, sizeof h,
             "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s-%zu>\r\nWARC-Date: 2023-05-04T10:11:12Z\r\n"
             "%s%s%sContent-Type: %s\r\nContent-Length: %zu\r\n\r\n",
             type, type, n, uri ? "WARC-Target-URI: " : "", uri ? uri : "", uri ? "\r\n" : "", ctype, n);
    puts_(b, h);
    put(b, content, n);
    puts_(b, "\r\n\r\n");
}

static void response(buf *b, const char *uri, int status, const char *ctype, const char *extra, const char *body,
                     size_t n)
{
    buf http = {0};
    char h[512];
    snprintf(h, sizeof h, "HTTP/1.1 %d X\r\nContent-Type: %s\r\n%s\r\n", status, ctype, extra ? extra : "");
    puts_(&http, h);
    put(&http, body, n);
    record(b, "response", uri, "application/http; msgtype=response", http.p, http.n);
    free(http.p);
}

static void gzip_append(buf *out, const char *s, size_t n)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
    size_t cap = deflateBound(&z, n) + 64;
    char *o = malloc(cap);
    z.next_in = (Bytef *)s;
    z.avail_in = (uInt)n;
    z.next_out = (Bytef *)o;
    z.avail_out = (uInt)cap;
    deflate(&z, Z_FINISH);
    put(out, o, cap - z.avail_out);
    deflateEnd(&z);
    free(o);
}

typedef struct result {
    int docs, errors;
    int err_codes[8];
    unsigned long long err_off[8];
    char urls[8][128];
    char src[8][128];
    ng_reader_stats st;
} result;

static void read_all(const char *data, size_t n, const char *name, result *res)
{
    memset(res, 0, sizeof *res);
    ng_reader_options o = {0};
    o.format = NG_FORMAT_AUTO;
    ng_reader *r;
    CHECK(ng_reader_open_mem(data, n, name, &o, &r, NULL) == 0);
    ng_engine_options eo = {0};
    eo.flags = NG_ENGINE_NO_MODELS;
    ng_engine *e;
    ng_engine_open(&eo, &e, NULL);
    for (int guard = 0; guard < 100; guard++) {
        ng_doc *d;
        ng_error err;
        int rc = ng_reader_next(r, &d, &err);
        if (rc == 0)
            break;
        if (rc < 0) {
            if (res->errors < 8) {
                res->err_codes[res->errors] = rc;
                res->err_off[res->errors] = err.offset;
            }
            res->errors++;
            if (rc == NG_EIO || rc == NG_ENOMEM)
                break;
            continue;
        }
        CHECK(ng_process(e, d) == 0);
        if (res->docs < 8) {
            const char *u = ng_doc_get(d, NG_FIELD_URL);
            snprintf(res->urls[res->docs], 128, "%s", u ? u : "");
            snprintf(res->src[res->docs], 128, "%s", ng_doc_get(d, NG_FIELD_SOURCE));
        }
        res->docs++;
        ng_doc_free(d);
    }
    ng_reader_stats_get(r, &res->st);
    ng_reader_close(r);
    ng_engine_close(e);
}

/* The standard test archive: 2 pages among records to skip. */
static void build(buf *b, int gz_members)
{
    buf tmp = {0};
    buf *t = gz_members ? &tmp : b;
    record(t, "warcinfo", NULL, "application/warc-fields", "software: test\r\n", 16);
    if (gz_members) { gzip_append(b, tmp.p, tmp.n); tmp.n = 0; }
    record(t, "request", "http://a.example/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\n\r\n", 19);
    if (gz_members) { gzip_append(b, tmp.p, tmp.n); tmp.n = 0; }
    response(t, "http://a.example/1", 200, "text/html; charset=utf-8", NULL, page1, sizeof page1 - 1);
    if (gz_members) { gzip_append(b, tmp.p, tmp.n); tmp.n = 0; }
    response(t, "http://a.example/404", 404, "text/html", NULL, "<p>not found</p>", 16);
    if (gz_members) { gzip_append(b, tmp.p, tmp.n); tmp.n = 0; }
    response(t, "http://a.example/logo.png", 200, "image/png", NULL, "\x89PNG\r\n\x1a\n", 8);
    if (gz_members) { gzip_append(b, tmp.p, tmp.n); tmp.n = 0; }
    /* chunked and gzip-encoded */
    buf gzbody = {0}, chunked = {0};
    gzip_append(&gzbody, page2, sizeof page2 - 1);
    char hx[32];
    size_t half = gzbody.n / 2;
    snprintf(hx, sizeof hx, "%zx\r\n", half);
    puts_(&chunked, hx);
    put(&chunked, gzbody.p, half);
    snprintf(hx, sizeof hx, "\r\n%zx;ext=1\r\n", gzbody.n - half);
    puts_(&chunked, hx);
    put(&chunked, gzbody.p + half, gzbody.n - half);
    puts_(&chunked, "\r\n0\r\n\r\n");
    response(t, "http://a.example/2", 200, "text/html",
             "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked.p, chunked.n);
    if (gz_members) { gzip_append(b, tmp.p, tmp.n); tmp.n = 0; }
    free(gzbody.p);
    free(chunked.p);
    free(tmp.p);
}

static void check_standard(const result *r, const char *what)
{
    fprintf(stderr, "  %s: %d docs, %d errors\n", what, r->docs, r->errors);
    CHECK_EQ_INT(r->docs, 2);
    CHECK_EQ_INT(r->errors, 0);
    CHECK_EQ_STR(r->urls[0], "http://a.example/1");
    CHECK_EQ_STR(r->urls[1], "http://a.example/2");
    CHECK_EQ_INT(r->st.records, 6);
    CHECK_EQ_INT(r->st.documents, 2);
    CHECK_EQ_INT(r->st.skipped_type, 2);
    CHECK_EQ_INT(r->st.skipped_status, 1);
    CHECK_EQ_INT(r->st.skipped_mime, 1);
}

static void test_plain_and_gzip(void)
{
    buf b = {0};
    build(&b, 0);
    result r;
    read_all(b.p, b.n, "t.warc", &r);
    check_standard(&r, "plain");
    /* the record offset in a plain file is the byte offset of "WARC/1.1" */
    const char *at = strchr(r.src[0], '@');
    CHECK(at != NULL);
    if (at) {
        unsigned long long off = strtoull(at + 1, NULL, 10);
        CHECK(off < b.n && !memcmp(b.p + off, "WARC/1.1\r\nWARC-Type: response", 29));
    }
    /* whole-file gzip */
    buf z = {0};
    gzip_append(&z, b.p, b.n);
    read_all(z.p, z.n, "t.warc.gz", &r);
    check_standard(&r, "whole-file gzip");
    CHECK(strstr(r.src[0], "@u") != NULL);
    /* gzip member per record: the offset is the member's */
    buf m = {0};
    build(&m, 1);
    read_all(m.p, m.n, "t.warc.gz", &r);
    check_standard(&r, "gzip per record");
    at = strchr(r.src[0], '@');
    if (at) {
        unsigned long long off = strtoull(at + 1, NULL, 10);
        CHECK(off > 0 && off < m.n && (unsigned char)m.p[off] == 0x1f && (unsigned char)m.p[off + 1] == 0x8b);
    }
    /* a corrupt member: an error at its offset, then the next page */
    size_t first_resp = 0;
    {
        /* find the third member (the first response) */
        int k = 0;
        for (size_t i = 0; i + 2 < m.n; i++)
            if ((unsigned char)m.p[i] == 0x1f && (unsigned char)m.p[i + 1] == 0x8b && m.p[i + 2] == 8 && ++k == 3) {
                first_resp = i;
                break;
            }
    }
    CHECK(first_resp > 0);
    for (size_t i = first_resp + 20; i < first_resp + 60 && i < m.n; i++)
        m.p[i] = (char)0xA5;
    read_all(m.p, m.n, "bad.warc.gz", &r);
    CHECK_EQ_INT(r.docs, 1);
    CHECK(r.errors >= 1);
    CHECK_EQ_INT(r.err_codes[0], NG_EPARSE);
    CHECK_EQ_INT(r.err_off[0], first_resp);
    CHECK_EQ_STR(r.urls[0], "http://a.example/2");
    free(b.p);
    free(z.p);
    free(m.p);
}

static void test_truncated_and_garbage(void)
{
    buf b = {0};
    build(&b, 0);
    /* garbage between records: error at its offset, reading goes on */
    buf g = {0};
    const char *second = strstr(b.p + 10, "WARC/1.1\r\nWARC-Type: response");
    size_t cut = (size_t)(second - b.p);
    put(&g, b.p, cut);
    puts_(&g, "this line is not a record header\r\nnor this one\r\n");
    put(&g, b.p + cut, b.n - cut);
    result r;
    read_all(g.p, g.n, "g.warc", &r);
    CHECK_EQ_INT(r.docs, 2);
    CHECK_EQ_INT(r.errors, 1);
    CHECK_EQ_INT(r.err_codes[0], NG_EPARSE);
    CHECK_EQ_INT(r.err_off[0], cut);
    /* truncated in the middle of the last record */
    read_all(b.p, b.n - 40, "t.warc", &r);
    CHECK_EQ_INT(r.docs, 1);
    CHECK_EQ_INT(r.errors, 1);
    CHECK_EQ_INT(r.err_codes[0], NG_EPARSE);
    const char *last = NULL;
    for (const char *p = b.p; (p = strstr(p, "WARC/1.1")) != NULL; p++)
        last = p;
    CHECK_EQ_INT(r.err_off[0], (unsigned long long)(last - b.p));
    /* a header without Content-Length */
    static const char nolen[] = "WARC/1.0\r\nWARC-Type: response\r\n\r\nxx\r\n\r\n";
    read_all(nolen, sizeof nolen - 1, "n.warc", &r);
    CHECK_EQ_INT(r.docs, 0);
    CHECK_EQ_INT(r.errors, 1);
    /* lying chunked header: the body is kept as it is */
    buf l = {0};
    response(&l, "http://a.example/3", 200, "text/html", "Transfer-Encoding: chunked\r\n", page1, sizeof page1 - 1);
    read_all(l.p, l.n, "l.warc", &r);
    CHECK_EQ_INT(r.docs, 1);
    CHECK_EQ_INT(r.errors, 0);
    free(b.p);
    free(g.p);
    free(l.p);
}

static void test_arc(void)
{
    buf a = {0};
    static const char desc[] = "1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n";
    char fd[128];
    snprintf(fd, sizeof fd, "filedesc://x.arc 0.0.0.0 20080430204825 text/plain %zu\n", sizeof desc - 1);
    puts_(&a, fd);
    puts_(&a, desc);
    puts_(&a, "\n");
    buf http = {0};
    puts_(&http, "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n");
    put(&http, page1, sizeof page1 - 1);
    char h[256];
    snprintf(h, sizeof h, "http://b.example/ 10.0.0.1 20080430204826 text/html %zu\n", http.n);
    puts_(&a, h);
    put(&a, http.p, http.n);
    puts_(&a, "\n");
    result r;
    read_all(a.p, a.n, "x.arc", &r);
    CHECK_EQ_INT(r.docs, 1);
    CHECK_EQ_INT(r.errors, 0);
    CHECK_EQ_STR(r.urls[0], "http://b.example/");
    free(a.p);
    free(http.p);
}

/* Brotli content encoding: decoded; a body that is not brotli is an error
 * at its record's offset, and the next record is still read. */
static void test_brotli(void)
{
    size_t cap = BrotliEncoderMaxCompressedSize(sizeof page1 - 1);
    uint8_t *enc = malloc(cap);
    size_t en = cap;
    CHECK(BrotliEncoderCompress(5, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, sizeof page1 - 1,
                                (const uint8_t *)page1, &en, enc) == BROTLI_TRUE);
    buf b = {0};
    response(&b, "http://c.example/br", 200, "text/html; charset=utf-8", "Content-Encoding: br\r\n",
             (const char *)enc, en);
    size_t second = b.n;
    response(&b, "http://c.example/bad", 200, "text/html", "Content-Encoding: br\r\n", page2, sizeof page2 - 1);
    response(&b, "http://c.example/plain", 200, "text/html", NULL, page2, sizeof page2 - 1);
    result r;
    read_all(b.p, b.n, "br.warc", &r);
    CHECK_EQ_INT(r.docs, 2);
    CHECK_EQ_STR(r.urls[0], "http://c.example/br");
    CHECK_EQ_STR(r.urls[1], "http://c.example/plain");
    CHECK_EQ_INT(r.errors, 1);
    CHECK_EQ_INT(r.err_codes[0], NG_EPARSE);
    CHECK_EQ_INT(r.err_off[0], second);
    /* the decoded page's text reached the record */
    ng_reader_options o = {0};
    ng_reader *rd;
    CHECK(ng_reader_open_mem(b.p, b.n, "br.warc", &o, &rd, NULL) == 0);
    ng_doc *d;
    ng_error err;
    CHECK(ng_reader_next(rd, &d, &err) == 1);
    ng_engine_options eo = {0};
    eo.flags = NG_ENGINE_NO_MODELS;
    ng_engine *e;
    CHECK(ng_engine_open(&eo, &e, NULL) == 0);
    CHECK(ng_process(e, d) == 0);
    size_t tn;
    const char *text = ng_doc_text(d, &tn);
    CHECK(text && strstr(text, "approved the new dam on Thursday"));
    ng_doc_free(d);
    ng_engine_close(e);
    ng_reader_close(rd);
    free(enc);
    free(b.p);
}

int main(void)
{
    test_brotli();
    test_plain_and_gzip();
    test_truncated_and_garbage();
    test_arc();
    TEST_MAIN_END();
}
