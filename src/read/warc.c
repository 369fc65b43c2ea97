/*
 * warc.c -- WARC 1.0/1.1 and ARC archives to documents, streaming.
 *
 * Layers, bottom up:
 *  - raw bytes: what the generic reader already buffered (format sniffing),
 *    then the file (or the caller's memory), 64 KiB at a time;
 *  - gzip: when the input starts with the gzip magic, zlib inflates it
 *    member after member (Common Crawl writes one member per record; a
 *    whole-file gzip is one member).  A corrupt member is reported and
 *    skipped by searching for the next member header;
 *  - records: "WARC/1.x" header block, Content-Length bytes of content,
 *    CRLF CRLF.  Only the current record is held in memory (at most the
 *    document size limit; larger ones are skipped while streaming), so
 *    memory stays flat on archives of any size;
 *  - HTTP: `response` records carry an HTTP response: status line, headers,
 *    chunked transfer encoding, gzip/deflate/br content encoding (zlib,
 *    libbrotlidec; a body that does not decode is an error), the charset of
 *    the Content-Type.  `resource` records with an HTML Content-Type are
 *    taken as pages too.  Other records, non-200 responses and non-HTML
 *    payloads are skipped and counted (ng_reader_stats_get, via ng__warc_stats).
 * A record that is truncated, lies about its length or has no valid header
 * is an error naming the file and byte offset; the next call continues at
 * the next line starting with "WARC/1." (or the next gzip member).
 * Offsets: in a plain file, the byte offset of the record; in a gzip file,
 * the compressed offset of the member the record starts in (what CDX
 * indexes use) -- for a whole-file gzip, the offset in the uncompressed
 * stream, marked with a "u" ("file@u1234").
 * ARC files (version 1, as the Internet Archive wrote them) are read too:
 * a header line "URL IP DATE MIME LENGTH" and LENGTH bytes of HTTP response.
 */
#include "read.h"

#include <brotli/decode.h>
#include <stdio.h>
#include <zlib.h>

#define CHUNK 65536
#define MAX_HEADER 65536

typedef struct warc {
    /* raw input */
    unsigned char in[CHUNK];
    size_t in_pos, in_len;
    int in_eof, in_err;
    uint64_t in_off;          /* raw offset of in[0] */
    /* gzip */
    int gz, zinit;
    z_stream z;
    uint64_t member_off;      /* raw offset where the current member began */
    int member_fresh;         /* no output yet from the current member */
    int zerr;                 /* a corrupt member was met (sticky until resync) */
    uint64_t zerr_off;
    /* decompressed stream */
    unsigned char out[CHUNK];
    size_t out_pos, out_len;
    uint64_t off;             /* stream offset of out[out_pos] */
    uint64_t out_member;      /* raw offset of the member the bytes in out come from (gz) */
    uint64_t out_member_stream; /* stream offset where that member's output began */
    int arc;                  /* ARC file */
    int resync;               /* skip to the next record header */
    int started;
    ng_buf line, body, tmp;
    ng_reader_stats st;
} warc;

static void warc_close(ng_reader *r)
{
    warc *w = r->state;
    if (!w)
        return;
    if (w->zinit)
        inflateEnd(&w->z);
    ng__buf_free(&w->line);
    ng__buf_free(&w->body);
    ng__buf_free(&w->tmp);
    ng__free(w);
    r->state = NULL;
}

void ng__warc_stats(const ng_reader *r, ng_reader_stats *out)
{
    if (r->state)
        *out = ((const warc *)r->state)->st;
}

/* ---- raw bytes ---- */

static int raw_fill(ng_reader *r, warc *w)
{
    if (w->in_pos < w->in_len)
        return 1;
    if (w->in_eof)
        return 0;
    w->in_off += w->in_len;
    w->in_pos = w->in_len = 0;
    if (r->pos < r->fill) {
        size_t n = r->fill - r->pos;
        if (n > CHUNK)
            n = CHUNK;
        memcpy(w->in, r->data + r->pos, n);
        r->pos += n;
        w->in_len = n;
    } else if (r->mem) {
        if (!r->eof) {
            r->eof = 1;
            r->data = r->mem;
            r->pos = 0;
            r->fill = r->mem_len;
            return raw_fill(r, w);
        }
    } else if (r->fp) {
        size_t n = fread(w->in, 1, CHUNK, r->fp);
        if (n == 0 && ferror(r->fp))
            w->in_err = 1;
        w->in_len = n;
    }
    if (w->in_len == 0) {
        w->in_eof = 1;
        return 0;
    }
    r->offset = w->in_off + w->in_len;
    return 1;
}

/* Finds the next gzip member header in the raw input; returns 1 if found. */
static int gz_resync(ng_reader *r, warc *w)
{
    w->in_pos++; /* past the byte where the bad member was detected */
    for (;;) {
        if (!raw_fill(r, w))
            return 0;
        unsigned char *p = memchr(w->in + w->in_pos, 0x1f, w->in_len - w->in_pos);
        if (!p) {
            w->in_pos = w->in_len;
            continue;
        }
        size_t i = (size_t)(p - w->in);
        if (i + 2 < w->in_len) {
            if (w->in[i + 1] == 0x8b && w->in[i + 2] == 8) {
                w->in_pos = i;
                return 1;
            }
            w->in_pos = i + 1;
            continue;
        }
        /* the magic may straddle buffers: keep the tail */
        size_t keep = w->in_len - i;
        memmove(w->in, w->in + i, keep);
        w->in_off += i;
        w->in_len = keep;
        w->in_pos = 0;
        if (w->in_eof)
            return 0;
        size_t n = 0;
        if (r->pos < r->fill) {
            n = r->fill - r->pos < CHUNK - keep ? r->fill - r->pos : CHUNK - keep;
            memcpy(w->in + keep, r->data + r->pos, n);
            r->pos += n;
        } else if (r->fp) {
            n = fread(w->in + keep, 1, CHUNK - keep, r->fp);
        }
        if (n == 0) {
            w->in_pos = w->in_len;
            w->in_eof = 1;
            return 0;
        }
        w->in_len += n;
    }
}

/* Refills out[]; returns 1 when bytes are available, 0 at the end. */
static int dfill(ng_reader *r, warc *w)
{
    if (w->out_pos < w->out_len)
        return 1;
    w->out_pos = w->out_len = 0;
    if (!w->gz) {
        if (!raw_fill(r, w))
            return 0;
        size_t n = w->in_len - w->in_pos;
        memcpy(w->out, w->in + w->in_pos, n);
        w->in_pos += n;
        w->out_len = n;
        return 1;
    }
    for (;;) {
        if (!raw_fill(r, w))
            return 0;
        if (w->member_fresh)
            w->member_off = w->in_off + w->in_pos;
        w->z.next_in = w->in + w->in_pos;
        w->z.avail_in = (uInt)(w->in_len - w->in_pos);
        w->z.next_out = w->out;
        w->z.avail_out = CHUNK;
        int zr = inflate(&w->z, Z_NO_FLUSH);
        w->in_pos = w->in_len - w->z.avail_in;
        w->out_len = CHUNK - w->z.avail_out;
        if (w->out_len && w->member_fresh) {
            w->out_member = w->member_off;
            w->out_member_stream = w->off;
            w->member_fresh = 0;
        }
        if (zr == Z_STREAM_END) {
            inflateReset(&w->z);
            w->member_fresh = 1;
            /* skip padding NULs some writers leave between members */
            while (raw_fill(r, w) && w->in[w->in_pos] == 0)
                w->in_pos++;
            if (raw_fill(r, w) && w->in[w->in_pos] != 0x1f) {
                /* not another member: trailing garbage */
                w->zerr = 1;
                w->zerr_off = w->in_off + w->in_pos;
                if (!gz_resync(r, w))
                    w->in_pos = w->in_len;
            }
        } else if (zr == Z_DATA_ERROR || zr == Z_STREAM_ERROR || zr == Z_NEED_DICT) {
            w->zerr = 1;
            w->zerr_off = w->member_off;
            inflateReset(&w->z);
            w->member_fresh = 1;
            if (!gz_resync(r, w)) {
                w->in_pos = w->in_len;
                w->in_eof = 1;
            }
            if (w->out_len)
                return 1;
            continue;
        } else if (zr == Z_MEM_ERROR) {
            w->in_err = 2;
            return 0;
        } else if (zr == Z_BUF_ERROR && w->out_len == 0 && w->in_pos == w->in_len && w->in_eof) {
            return 0;
        }
        if (w->out_len)
            return 1;
    }
}

/* Reads one line (LF ended; CR kept) of at most max bytes into w->line.
 * Returns 1, 0 at the end, -1 when the line is longer than max. */
static int dline(ng_reader *r, warc *w, size_t max)
{
    w->line.len = 0;
    int got = 0, too_long = 0;
    while (dfill(r, w)) {
        got = 1;
        unsigned char *p = w->out + w->out_pos;
        size_t avail = w->out_len - w->out_pos;
        unsigned char *nl = memchr(p, '\n', avail);
        size_t take = nl ? (size_t)(nl - p) + 1 : avail;
        if (!too_long) {
            if (w->line.len + take > max)
                too_long = 1;
            else
                ng__buf_put(&w->line, p, take);
        }
        w->out_pos += take;
        w->off += take;
        if (nl)
            break;
    }
    if (w->line.err)
        return -2;
    if (too_long)
        return -1;
    return got;
}

/* Reads n bytes into dst (NULL: skip them).  Returns the bytes got. */
static uint64_t dread(ng_reader *r, warc *w, ng_buf *dst, uint64_t n)
{
    uint64_t got = 0;
    while (got < n && dfill(r, w)) {
        size_t avail = w->out_len - w->out_pos;
        size_t take = (uint64_t)avail < n - got ? avail : (size_t)(n - got);
        if (dst)
            ng__buf_put(dst, w->out + w->out_pos, take);
        w->out_pos += take;
        w->off += take;
        got += take;
    }
    return got;
}

/* ---- helpers ---- */

static int hdr_is(const char *line, size_t n, const char *name, const char **val, size_t *vlen)
{
    size_t k = strlen(name);
    if (n <= k || strncasecmp(line, name, k) || line[k] != ':')
        return 0;
    const char *v = line + k + 1;
    const char *e = line + n;
    while (v < e && (*v == ' ' || *v == '\t'))
        v++;
    while (e > v && (e[-1] == '\r' || e[-1] == '\n' || e[-1] == ' ' || e[-1] == '\t'))
        e--;
    *val = v;
    *vlen = (size_t)(e - v);
    return 1;
}

static int parse_u64(const char *s, size_t n, uint64_t *out)
{
    uint64_t v = 0;
    if (!n || n > 18)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (uint64_t)(s[i] - '0');
    }
    *out = v;
    return 0;
}

static int blank_line(const ng_buf *l)
{
    return (l->len == 1 && l->p[0] == '\n') || (l->len == 2 && l->p[0] == '\r' && l->p[1] == '\n');
}

/* Undoes chunked transfer encoding of s[0..n) into out.  Returns 0, or -1
 * when the body is not validly chunked. */
static int dechunk(const char *s, size_t n, ng_buf *out)
{
    size_t i = 0;
    out->len = 0;
    for (;;) {
        size_t v = 0, digits = 0;
        while (i < n) {
            char c = s[i];
            int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
            if (d < 0)
                break;
            if (v > (SIZE_MAX >> 5))
                return -1;
            v = v * 16 + (size_t)d;
            i++, digits++;
        }
        if (!digits)
            return -1;
        while (i < n && s[i] != '\n') /* chunk extensions, CR */
            i++;
        if (i >= n)
            return v == 0 ? 0 : -1;
        i++;
        if (v == 0)
            return 0;
        if (v > n - i)
            return -1;
        ng__buf_put(out, s + i, v);
        i += v;
        if (i < n && s[i] == '\r')
            i++;
        if (i < n && s[i] == '\n')
            i++;
        if (i >= n)
            return 0; /* missing last chunk: keep what we have */
    }
}

/* Inflates gzip or zlib/deflate s[0..n) into out (at most max bytes).
 * Returns 0 or -1. */
static int decode(const char *s, size_t n, ng_buf *out, size_t max, int raw_deflate)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, raw_deflate ? -15 : 15 + 32) != Z_OK)
        return -1;
    out->len = 0;
    z.next_in = (Bytef *)s;
    z.avail_in = (uInt)n;
    int zr;
    do {
        if (ng__buf_reserve(out, CHUNK)) {
            inflateEnd(&z);
            return -1;
        }
        z.next_out = (Bytef *)out->p + out->len;
        z.avail_out = CHUNK;
        zr = inflate(&z, Z_NO_FLUSH);
        out->len += CHUNK - z.avail_out;
        if (out->len > max) {
            inflateEnd(&z);
            return -1;
        }
    } while (zr == Z_OK && (z.avail_in || z.avail_out == 0));
    inflateEnd(&z);
    return zr == Z_STREAM_END || (zr == Z_OK && out->len) || (zr == Z_BUF_ERROR && out->len) ? 0 : -1;
}

static void *br_alloc(void *opaque, size_t n)
{
    (void)opaque;
    return ng__malloc(n);
}

static void br_free(void *opaque, void *p)
{
    (void)opaque;
    ng__free(p);
}

/* Decodes brotli s[0..n) into out (at most max bytes), allocating through
 * ng__malloc.  Returns 0 or -1. */
static int decode_br(const char *s, size_t n, ng_buf *out, size_t max)
{
    BrotliDecoderState *st = BrotliDecoderCreateInstance(br_alloc, br_free, NULL);
    if (!st)
        return -1;
    out->len = 0;
    const uint8_t *in = (const uint8_t *)s;
    size_t avail_in = n;
    BrotliDecoderResult br;
    do {
        if (ng__buf_reserve(out, CHUNK)) {
            BrotliDecoderDestroyInstance(st);
            return -1;
        }
        uint8_t *o = (uint8_t *)out->p + out->len;
        size_t avail_out = CHUNK;
        br = BrotliDecoderDecompressStream(st, &avail_in, &in, &avail_out, &o, NULL);
        out->len += CHUNK - avail_out;
        if (out->len > max) {
            BrotliDecoderDestroyInstance(st);
            return -1;
        }
    } while (br == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT);
    BrotliDecoderDestroyInstance(st);
    /* a body cut short keeps what decoded, as for gzip */
    return br == BROTLI_DECODER_RESULT_SUCCESS || (br == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT && out->len) ? 0 : -1;
}

static int html_type(const char *ct, size_t n)
{
    if (!ct || !n)
        return 1; /* unknown: let the page decide */
    if (n >= 9 && !strncasecmp(ct, "text/html", 9))
        return 1;
    if (n >= 21 && !strncasecmp(ct, "application/xhtml+xml", 21))
        return 1;
    return 0;
}

static void charset_of(const char *ct, size_t n, char *out, size_t cap)
{
    out[0] = 0;
    for (size_t i = 0; ct && i + 8 <= n; i++)
        if (!strncasecmp(ct + i, "charset=", 8)) {
            size_t j = i + 8, m = 0;
            if (j < n && (ct[j] == '"' || ct[j] == '\''))
                j++;
            while (j < n && m + 1 < cap && ct[j] != '"' && ct[j] != '\'' && ct[j] != ';' && ct[j] != ' ')
                out[m++] = ct[j++];
            out[m] = 0;
            return;
        }
}

static int fail(ng_reader *r, warc *w, ng_error *err, int code, uint64_t off, const char *what)
{
    w->st.errors++;
    ng__error_set(err, code, off, 0, "%s@%llu: %s", r->name, (unsigned long long)off, what);
    return code;
}

/* ---- HTTP payload to a document ---- */

typedef struct rec {
    uint64_t off;            /* record offset as reported */
    int off_u;               /* offset is in the uncompressed stream */
    char type[24];
    char uri[2048], date[64], id[160], ctype[256];
    uint64_t len;
    int has_len;
} rec;

/* cs: the charset named by the HTTP Content-Type, or "". */
static int make_doc(ng_reader *r, warc *w, const rec *h, const char *page, size_t n, const char *cs,
                    ng_doc **out, ng_error *err)
{
    ng_doc *d;
    if (ng_doc_new(&d))
        return fail(r, w, err, NG_ENOMEM, h->off, "out of memory");
    char src[64];
    snprintf(src, sizeof src, "@%s%llu", h->off_u ? "u" : "", (unsigned long long)h->off);
    ng_buf b;
    ng__buf_init(&b);
    ng__buf_puts(&b, r->name);
    ng__buf_puts(&b, src);
    int rc = b.err;
    const char *id = h->id[0] ? h->id : h->uri[0] ? h->uri : NULL;
    if (!rc)
        rc = ng_doc_set(d, NG_FIELD_SOURCE, b.p, b.len);
    if (!rc)
        rc = id ? ng_doc_set(d, NG_FIELD_ID, id, strlen(id)) : ng_doc_set(d, NG_FIELD_ID, b.p, b.len);
    ng__buf_free(&b);
    if (!rc && h->uri[0])
        rc = ng_doc_set(d, NG_FIELD_URL, h->uri, strlen(h->uri));
    if (!rc && cs[0] && !(d->html_charset = ng__arena_strndup(&d->arena, cs, strlen(cs))))
        rc = NG_ENOMEM;
    if (!rc && h->date[0] && !(d->published_fallback = ng__arena_strndup(&d->arena, h->date, strlen(h->date))))
        rc = NG_ENOMEM;
    if (!rc && r->opts.outlet)
        rc = ng_doc_set(d, NG_FIELD_OUTLET, r->opts.outlet, strlen(r->opts.outlet));
    if (!rc)
        rc = ng_doc_set_html(d, page, n);
    if (rc) {
        ng_doc_free(d);
        return fail(r, w, err, rc, h->off, ng_strerror(rc));
    }
    w->st.documents++;
    *out = d;
    return 1;
}

/* The record's content (in w->body) is an HTTP response. */
static int http_response(ng_reader *r, warc *w, const rec *h, ng_doc **out, ng_error *err)
{
    const char *s = w->body.p ? w->body.p : "";
    size_t n = w->body.len;
    if (n < 12 || strncmp(s, "HTTP/", 5)) {
        /* some crawlers store the bare page */
        if (html_type(h->ctype, strlen(h->ctype)) && n && memchr(s, '<', n < 1024 ? n : 1024))
            return make_doc(r, w, h, s, n, "", out, err);
        return fail(r, w, err, NG_EPARSE, h->off, "response record without an HTTP status line");
    }
    const char *sp = memchr(s, ' ', n < 32 ? n : 32);
    int status = 0;
    if (sp && (size_t)(sp - s) + 4 <= n)
        for (int k = 1; k <= 3; k++)
            status = status * 10 + (sp[k] >= '0' && sp[k] <= '9' ? sp[k] - '0' : 0);
    /* headers */
    size_t i = 0;
    const char *ct = NULL, *te = NULL, *ce = NULL;
    size_t ctn = 0, ten = 0, cen = 0;
    int first = 1, ended = 0;
    while (i < n) {
        const char *ls = s + i;
        const char *nl = memchr(ls, '\n', n - i);
        size_t ll = nl ? (size_t)(nl - ls) : n - i;
        i += ll + (nl ? 1 : 0);
        if (first) {
            first = 0;
            continue;
        }
        if (ll == 0 || (ll == 1 && ls[0] == '\r')) {
            ended = 1;
            break;
        }
        const char *v;
        size_t vn;
        if (hdr_is(ls, ll, "Content-Type", &v, &vn))
            ct = v, ctn = vn;
        else if (hdr_is(ls, ll, "Transfer-Encoding", &v, &vn))
            te = v, ten = vn;
        else if (hdr_is(ls, ll, "Content-Encoding", &v, &vn))
            ce = v, cen = vn;
    }
    if (!ended)
        i = n; /* headers only */
    if (status != 200) {
        w->st.skipped_status++;
        return 2;
    }
    if (!html_type(ct, ctn)) {
        w->st.skipped_mime++;
        return 2;
    }
    char cs[64];
    charset_of(ct, ctn, cs, sizeof cs); /* before the body buffer is swapped below */
    const char *page = s + i;
    size_t pn = n - i;
    if (te && ten >= 7 && !strncasecmp(te, "chunked", 7)) {
        /* a lying header (not really chunked) leaves the body as it is */
        if (dechunk(page, pn, &w->tmp) == 0 && !w->tmp.err) {
            ng_buf t = w->body;
            w->body = w->tmp;
            w->tmp = t;
            page = w->body.p ? w->body.p : "";
            pn = w->body.len;
        }
    }
    if (ce && cen && !(cen == 8 && !strncasecmp(ce, "identity", 8))) {
        int raw = cen == 7 && !strncasecmp(ce, "deflate", 7);
        int br = cen == 2 && !strncasecmp(ce, "br", 2);
        if ((cen == 4 && !strncasecmp(ce, "gzip", 4)) || (cen == 6 && !strncasecmp(ce, "x-gzip", 6)) || raw || br) {
            int bad = br ? decode_br(page, pn, &w->tmp, r->opts.max_doc_bytes) != 0
                         : decode(page, pn, &w->tmp, r->opts.max_doc_bytes, 0) != 0 &&
                               (!raw || decode(page, pn, &w->tmp, r->opts.max_doc_bytes, 1) != 0);
            if (bad)
                return fail(r, w, err, NG_EPARSE, h->off, "HTTP content encoding could not be decoded");
            ng_buf t = w->body;
            w->body = w->tmp;
            w->tmp = t;
            page = w->body.p ? w->body.p : "";
            pn = w->body.len;
        } else {
            w->st.skipped_mime++;
            return 2; /* compress, zstd, stacked codings: not decoded */
        }
    }
    return make_doc(r, w, h, page, pn, cs, out, err);
}

/* ---- records ---- */

static void copy_field(char *dst, size_t cap, const char *v, size_t n)
{
    if (n >= 2 && v[0] == '<' && v[n - 1] == '>')
        v++, n -= 2;
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, v, n);
    dst[n] = 0;
}

/* Skips to the next line that starts a record.  Returns 1 when positioned
 * on one (it is left in w->line), 0 at the end. */
static int resync(ng_reader *r, warc *w)
{
    for (;;) {
        int k = dline(r, w, MAX_HEADER);
        if (k == 0 || k == -2)
            return 0;
        if (k > 0 && w->line.len >= 7 && !memcmp(w->line.p, "WARC/1.", 7))
            return 1;
        if (k > 0 && w->line.len >= 7 && !memcmp(w->line.p, "WARC/0.", 7))
            return 1;
    }
}

static uint64_t rec_off(warc *w, uint64_t start, int *u)
{
    *u = 0;
    if (!w->gz)
        return start;
    if (start == w->out_member_stream)
        return w->out_member;
    *u = 1;
    return start;
}

static int arc_record(ng_reader *r, warc *w, uint64_t start, rec *h, ng_doc **out, ng_error *err);

int ng__warc_next(ng_reader *r, ng_doc **doc, ng_error *err)
{
    warc *w = r->state;
    if (!w) {
        if (r->done)
            return 0;
        w = ng__calloc(1, sizeof *w);
        if (!w) {
            r->done = 1;
            ng__error_set(err, NG_ENOMEM, 0, 0, "%s: out of memory", r->name);
            return NG_ENOMEM;
        }
        r->state = w;
        r->close_fn = warc_close;
        ng__buf_init(&w->line);
        ng__buf_init(&w->body);
        ng__buf_init(&w->tmp);
        if (raw_fill(r, w) && w->in_len - w->in_pos >= 2 && w->in[w->in_pos] == 0x1f &&
            w->in[w->in_pos + 1] == 0x8b) {
            if (inflateInit2(&w->z, 15 + 16) != Z_OK) {
                r->done = 1;
                ng__error_set(err, NG_ENOMEM, 0, 0, "%s: out of memory", r->name);
                return NG_ENOMEM;
            }
            w->gz = w->zinit = 1;
            w->member_fresh = 1;
        }
    }
    if (r->done)
        return 0;
    for (;;) {
        if (w->in_err) {
            r->done = 1;
            ng__error_set(err, w->in_err == 2 ? NG_ENOMEM : NG_EIO, w->in_off, 0, "%s@%llu: %s", r->name,
                          (unsigned long long)w->in_off, w->in_err == 2 ? "out of memory" : "read error");
            return w->in_err == 2 ? NG_ENOMEM : NG_EIO;
        }
        if (w->zerr) {
            w->zerr = 0;
            w->resync = 1;
            w->out_pos = w->out_len; /* drop what was decoded of the bad member */
            return fail(r, w, err, NG_EPARSE, w->zerr_off, "corrupt gzip data; skipped to the next gzip member");
        }
        /* the header line: skip blank lines between records */
        int k;
        uint64_t start;
        int u = 0;
        uint64_t roff = 0;
        if (w->resync && w->arc) {
            rec h;
            memset(&h, 0, sizeof h);
            int rc = arc_record(r, w, 0, &h, doc, err);
            if (rc == 2)
                continue;
            return rc;
        }
        if (w->resync) {
            w->resync = 0;
            if (!resync(r, w)) {
                r->done = 1;
                return 0;
            }
            start = w->off - w->line.len;
            roff = rec_off(w, start, &u);
            k = 1;
        } else {
            do {
                if (!dfill(r, w)) {
                    k = 0;
                    break;
                }
                start = w->off;
                roff = rec_off(w, start, &u);
                k = dline(r, w, MAX_HEADER);
            } while (k > 0 && (blank_line(&w->line) || (w->line.len == 1 && w->line.p[0] == '\r')));
        }
        if (k == -2) {
            r->done = 1;
            return fail(r, w, err, NG_ENOMEM, w->off, "out of memory");
        }
        if (k == 0) {
            if (w->zerr)
                continue;
            r->done = 1;
            if (w->in_err)
                continue;
            return 0;
        }
        if (w->zerr)
            continue;
        rec h;
        memset(&h, 0, sizeof h);
        h.off = roff;
        h.off_u = u;
        if (!w->started) {
            w->started = 1;
            if (w->line.len >= 11 && !memcmp(w->line.p, "filedesc://", 11))
                w->arc = 1;
        }
        if (w->arc) {
            int rc = arc_record(r, w, start, &h, doc, err);
            if (rc == 2)
                continue;
            return rc;
        }
        if (k < 0 || w->line.len < 7 || (memcmp(w->line.p, "WARC/1.", 7) && memcmp(w->line.p, "WARC/0.", 7))) {
            w->resync = 1;
            return fail(r, w, err, NG_EPARSE, h.off, "no WARC record header here; skipping to the next record");
        }
        w->st.records++;
        /* header fields */
        size_t total = w->line.len;
        int ok = 0;
        for (;;) {
            k = dline(r, w, MAX_HEADER);
            if (k <= 0)
                break;
            total += w->line.len;
            if (total > MAX_HEADER) {
                k = -1;
                break;
            }
            if (blank_line(&w->line)) {
                ok = 1;
                break;
            }
            const char *v;
            size_t vn;
            const char *l = w->line.p;
            size_t ln = w->line.len;
            if (hdr_is(l, ln, "WARC-Type", &v, &vn))
                copy_field(h.type, sizeof h.type, v, vn);
            else if (hdr_is(l, ln, "WARC-Target-URI", &v, &vn))
                copy_field(h.uri, sizeof h.uri, v, vn);
            else if (hdr_is(l, ln, "WARC-Date", &v, &vn))
                copy_field(h.date, sizeof h.date, v, vn);
            else if (hdr_is(l, ln, "WARC-Record-ID", &v, &vn))
                copy_field(h.id, sizeof h.id, v, vn);
            else if (hdr_is(l, ln, "Content-Type", &v, &vn))
                copy_field(h.ctype, sizeof h.ctype, v, vn);
            else if (hdr_is(l, ln, "Content-Length", &v, &vn))
                h.has_len = parse_u64(v, vn, &h.len) == 0;
        }
        if (k == -2) {
            r->done = 1;
            return fail(r, w, err, NG_ENOMEM, h.off, "out of memory");
        }
        if (!ok) {
            w->resync = k != 0;
            if (k == 0)
                r->done = 1;
            return fail(r, w, err, NG_EPARSE, h.off,
                        k == 0 ? "truncated WARC header at the end of the input" : "WARC header too long or broken");
        }
        if (!h.has_len) {
            w->resync = 1;
            return fail(r, w, err, NG_EPARSE, h.off, "WARC record without a valid Content-Length");
        }
        int want = !strcmp(h.type, "response") ||
                   (!strcmp(h.type, "resource") && html_type(h.ctype, strlen(h.ctype)) && h.ctype[0]);
        if (want && h.len > r->opts.max_doc_bytes + MAX_HEADER) {
            uint64_t got = dread(r, w, NULL, h.len);
            w->st.errors++;
            ng__error_set(err, NG_ETOOBIG, h.off, 0, "%s@%llu: record of %llu bytes is over the size limit (--max-size)",
                          r->name, (unsigned long long)h.off, (unsigned long long)h.len);
            if (got < h.len)
                r->done = 1;
            return NG_ETOOBIG;
        }
        w->body.len = 0;
        uint64_t got = dread(r, w, want ? &w->body : NULL, h.len);
        if (w->body.err) {
            r->done = 1;
            return fail(r, w, err, NG_ENOMEM, h.off, "out of memory");
        }
        if (got < h.len) {
            char msg[160];
            snprintf(msg, sizeof msg, "truncated record: Content-Length %llu but only %llu bytes",
                     (unsigned long long)h.len, (unsigned long long)got);
            if (w->zerr) {
                /* the member broke: report that; resync happens next call */
                w->zerr = 0;
                w->resync = 1;
                w->out_pos = w->out_len;
                return fail(r, w, err, NG_EPARSE, h.off, "corrupt gzip data inside the record; skipped");
            }
            r->done = 1;
            return fail(r, w, err, NG_EPARSE, h.off, msg);
        }
        /* the CRLF CRLF end: consume blank lines; anything else is resynced */
        if (!want) {
            w->st.skipped_type++;
            continue;
        }
        if (!strcmp(h.type, "resource")) {
            char cs[64];
            charset_of(h.ctype, strlen(h.ctype), cs, sizeof cs);
            int rc = make_doc(r, w, &h, w->body.p ? w->body.p : "", w->body.len, cs, doc, err);
            return rc;
        }
        if (h.ctype[0] && strncasecmp(h.ctype, "application/http", 16) && !html_type(h.ctype, strlen(h.ctype))) {
            w->st.skipped_mime++; /* dns:, ftp: and other non-HTTP responses */
            continue;
        }
        int rc = http_response(r, w, &h, doc, err);
        if (rc == 2)
            continue;
        return rc;
    }
}

/* Does the line read like an ARC v1 header: 5+ fields, the last a length? */
static int arc_header(const ng_buf *line, const char **f, size_t *fl, size_t *nf_out)
{
    const char *l = line->p;
    size_t n = line->len, nf = 0, i = 0;
    while (n && (l[n - 1] == '\n' || l[n - 1] == '\r'))
        n--;
    while (i < n && nf < 16) {
        while (i < n && l[i] == ' ')
            i++;
        if (i >= n)
            break;
        size_t s = i;
        while (i < n && l[i] != ' ')
            i++;
        f[nf] = l + s;
        fl[nf++] = i - s;
    }
    uint64_t len;
    *nf_out = nf;
    return nf >= 5 && parse_u64(f[nf - 1], fl[nf - 1], &len) == 0 && fl[0] >= 4 &&
           (!memcmp(f[0], "http", 4) || !memcmp(f[0], "dns:", 4) || !memcmp(f[0], "file", 4) ||
            !memcmp(f[0], "ftp:", 4));
}

/* ARC v1: "URL IP DATE MIME LENGTH" then LENGTH bytes. */
static int arc_record(ng_reader *r, warc *w, uint64_t start, rec *h, ng_doc **out, ng_error *err)
{
    const char *f[16];
    size_t fl[16], nf;
    if (w->resync) {
        /* after a bad header: the next line that reads as one */
        w->resync = 0;
        for (;;) {
            int k = dline(r, w, MAX_HEADER);
            if (k == 0 || k == -2) {
                r->done = 1;
                return 0;
            }
            if (k > 0 && arc_header(&w->line, f, fl, &nf))
                break;
        }
        start = w->off - w->line.len;
        h->off = w->gz ? h->off : start;
    } else if (!arc_header(&w->line, f, fl, &nf)) {
        w->resync = 1;
        return fail(r, w, err, NG_EPARSE, h->off, "no ARC record header here; skipping to the next record");
    }
    uint64_t len = 0;
    parse_u64(f[nf - 1], fl[nf - 1], &len);
    w->st.records++;
    /* fields count from the end: a URL may contain spaces */
    copy_field(h->uri, sizeof h->uri, f[0], (size_t)(f[nf - 4] - f[0]) - 1);
    if (fl[nf - 3] >= 8) {
        const char *d = f[nf - 3];
        snprintf(h->date, sizeof h->date, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
    }
    copy_field(h->ctype, sizeof h->ctype, f[nf - 2], fl[nf - 2]);
    int want = fl[0] >= 4 && !memcmp(f[0], "http", 4);
    if (want && len > r->opts.max_doc_bytes + MAX_HEADER)
        want = 0;
    w->body.len = 0;
    uint64_t got = dread(r, w, want ? &w->body : NULL, len);
    if (w->body.err) {
        r->done = 1;
        return fail(r, w, err, NG_ENOMEM, h->off, "out of memory");
    }
    if (got < len) {
        r->done = 1;
        return fail(r, w, err, NG_EPARSE, h->off, "truncated ARC record");
    }
    if (!want) {
        w->st.skipped_type++;
        return 2;
    }
    return http_response(r, w, h, out, err);
}
