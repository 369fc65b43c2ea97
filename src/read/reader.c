/*
 * reader.c -- readers: from a file or standard input to documents.
 *
 * One reader per input file.  The format is chosen by the caller or guessed
 * from the name and first bytes; each format has a next() function here or
 * in its own file (html, warc, reuters).  Readers stream: a JSON Lines file of any
 * size is read one line at a time, and a line longer than the document size
 * limit is skipped without being held in memory.  A bad item is an error
 * return with the file's line or byte offset in err; the next call reads the
 * next item.
 */
#include "read.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <sys/stat.h>

/* jansson allocates through these; a failed allocation is remembered so a
 * parse that failed for lack of memory is NG_ENOMEM, not a syntax error. */
static _Thread_local int j_oom;
static void *j_malloc(size_t n)
{
    void *p = ng__malloc(n);
    if (!p)
        j_oom = 1;
    return p;
}
static void j_free(void *p) { ng__free(p); }

ng_format ng_format_guess(const char *path, const char *head, size_t n)
{
    if (path) {
        const char *dot = strrchr(path, '.');
        const char *slash = strrchr(path, '/');
        if (dot && (!slash || dot > slash)) {
            const char *x = dot + 1;
            if (!strcasecmp(x, "jsonl") || !strcasecmp(x, "ndjson") || !strcasecmp(x, "json"))
                return NG_FORMAT_JSONL;
            if (!strcasecmp(x, "html") || !strcasecmp(x, "htm") || !strcasecmp(x, "xhtml"))
                return NG_FORMAT_HTML;
            if (!strcasecmp(x, "warc") || !strcasecmp(x, "arc"))
                return NG_FORMAT_WARC;
            if (!strcasecmp(x, "gz")) {
                size_t len = (size_t)(dot - path);
                if ((len >= 5 && !strncasecmp(dot - 5, ".warc", 5)) ||
                    (len >= 4 && !strncasecmp(dot - 4, ".arc", 4)))
                    return NG_FORMAT_WARC;
            }
            if (!strcasecmp(x, "sgm"))
                return NG_FORMAT_REUTERS;
            if (!strcasecmp(x, "txt") || !strcasecmp(x, "text"))
                return NG_FORMAT_TEXT;
        }
    }
    /* sniff the first non-blank bytes */
    size_t i = 0;
    if (n >= 3 && (unsigned char)head[0] == 0xEF && (unsigned char)head[1] == 0xBB &&
        (unsigned char)head[2] == 0xBF)
        i = 3;
    while (i < n && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        i++;
    if (n >= 2 && (unsigned char)head[0] == 0x1F && (unsigned char)head[1] == 0x8B)
        return NG_FORMAT_WARC; /* gzip: only WARC is read compressed */
    if (i + 5 <= n && !memcmp(head + i, "WARC/", 5))
        return NG_FORMAT_WARC;
    if (i < n && head[i] == '{')
        return NG_FORMAT_JSONL;
    /* Reuters-21578 SGML: the DOCTYPE names its DTD, or a file cut from it
     * starts with an article */
    if (i + 15 <= n && !strncasecmp(head + i, "<!DOCTYPE", 9) && (head[i + 9] == ' ' || head[i + 9] == '\t') &&
        !strncasecmp(head + i + 10, "lewis", 5))
        return NG_FORMAT_REUTERS;
    if (i + 9 <= n && !strncmp(head + i, "<REUTERS", 8) &&
        (head[i + 8] == ' ' || head[i + 8] == '\t' || head[i + 8] == '\n' || head[i + 8] == '\r' || head[i + 8] == '>'))
        return NG_FORMAT_REUTERS;
    if (i < n && head[i] == '<') {
        for (size_t k = i; k + 5 <= n && k < i + 512; k++)
            if (!strncasecmp(head + k, "<html", 5) || !strncasecmp(head + k, "<!doc", 5) ||
                !strncasecmp(head + k, "<head", 5) || !strncasecmp(head + k, "<body", 5))
                return NG_FORMAT_HTML;
    }
    return NG_FORMAT_TEXT;
}

ssize_t ng__reader_fill(ng_reader *r)
{
    if (r->pos < r->fill)
        return (ssize_t)(r->fill - r->pos);
    if (r->eof)
        return 0;
    if (r->mem || !r->fp) {
        r->eof = 1;
        if (!r->mem || r->mem_len == 0)
            return 0;
        r->data = r->mem;
        r->pos = 0;
        r->fill = r->mem_len;
        return (ssize_t)r->mem_len;
    }
    r->data = r->buf;
    size_t n = fread(r->buf, 1, sizeof r->buf, r->fp);
    if (n == 0) {
        r->eof = 1;
        return ferror(r->fp) ? -1 : 0;
    }
    r->pos = 0;
    r->fill = n;
    return (ssize_t)n;
}

int ng__reader_read_line(ng_reader *r, ng_buf *line, size_t max, int *too_long)
{
    line->len = 0;
    *too_long = 0;
    int got = 0;
    for (;;) {
        ssize_t avail = ng__reader_fill(r);
        if (avail < 0)
            return NG_EIO;
        if (avail == 0)
            return got ? 1 : 0;
        got = 1;
        const char *p = r->data + r->pos;
        const char *nl = memchr(p, '\n', (size_t)avail);
        size_t take = nl ? (size_t)(nl - p) : (size_t)avail;
        if (!*too_long) {
            if (line->len + take > max) {
                *too_long = 1;
                line->len = 0;
            } else {
                ng__buf_put(line, p, take);
                if (line->err)
                    return line->err;
            }
        }
        r->pos += take + (nl ? 1 : 0);
        r->offset += take + (nl ? 1 : 0);
        if (nl)
            return 1;
    }
}

int ng__reader_read_all(ng_reader *r, ng_buf *out, size_t max, int *too_big)
{
    out->len = 0;
    *too_big = 0;
    for (;;) {
        ssize_t avail = ng__reader_fill(r);
        if (avail < 0)
            return NG_EIO;
        if (avail == 0)
            return 0;
        if (!*too_big && out->len + (size_t)avail > max) {
            *too_big = 1;
            ng__buf_free(out);
        }
        if (!*too_big) {
            ng__buf_put(out, r->data + r->pos, (size_t)avail);
            if (out->err)
                return out->err;
        }
        r->pos += (size_t)avail;
        r->offset += (size_t)avail;
    }
}

static int reader_open(const char *path, const char *mem, size_t mem_len, const char *memname,
                       const ng_reader_options *opts, ng_reader **out, ng_error *err)
{
    if (!out)
        return NG_EINVAL;
    *out = NULL;
    ng_reader *r = ng__calloc(1, sizeof *r);
    if (!r) {
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory");
        return NG_ENOMEM;
    }
    if (opts)
        r->opts = *opts;
    if (!r->opts.max_doc_bytes)
        r->opts.max_doc_bytes = NG_DEFAULT_MAX_DOC;
    const char *name = memname ? memname : path ? path : "-";
    r->name = ng__strndup(name, strlen(name));
    r->outlet = r->opts.outlet ? ng__strndup(r->opts.outlet, strlen(r->opts.outlet)) : NULL;
    r->published = r->opts.published ? ng__strndup(r->opts.published, strlen(r->opts.published)) : NULL;
    if (!r->name || (r->opts.outlet && !r->outlet) || (r->opts.published && !r->published)) {
        ng_reader_close(r);
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory");
        return NG_ENOMEM;
    }
    r->opts.outlet = r->outlet;
    r->opts.published = r->published;
    if (mem) {
        r->mem = mem;
        r->mem_len = mem_len;
    } else if (path) {
        struct stat st;
        r->fp = fopen(path, "rb");
        if (!r->fp) {
            int e = errno;
            ng__error_set(err, NG_EIO, UINT64_MAX, 0, "%s: cannot open: %s", path, strerror(e));
            ng_reader_close(r);
            return NG_EIO;
        }
        if (fstat(fileno(r->fp), &st) == 0 && S_ISDIR(st.st_mode)) {
            ng__error_set(err, NG_EIO, UINT64_MAX, 0, "%s: is a directory", path);
            ng_reader_close(r);
            return NG_EIO;
        }
        r->own_fp = 1;
    } else {
        r->fp = stdin;
    }
    json_set_alloc_funcs(j_malloc, j_free);
    r->format = r->opts.format;
    if (r->format == NG_FORMAT_AUTO) {
        ssize_t n = ng__reader_fill(r);
        if (n < 0) {
            ng__error_set(err, NG_EIO, 0, 0, "%s: read error", name);
            ng_reader_close(r);
            return NG_EIO;
        }
        r->format = ng_format_guess(mem ? name : path, r->data, (size_t)(n > 0 ? n : 0));
    }
    *out = r;
    return 0;
}

int ng_reader_open(const char *path, const ng_reader_options *opts, ng_reader **out, ng_error *err)
{
    return reader_open(path, NULL, 0, NULL, opts, out, err);
}

int ng_reader_open_mem(const char *data, size_t len, const char *name, const ng_reader_options *opts,
                       ng_reader **out, ng_error *err)
{
    if (!data && len)
        return NG_EINVAL;
    return reader_open(NULL, data ? data : "", len, name ? name : "(memory)", opts, out, err);
}

void ng_reader_close(ng_reader *r)
{
    if (!r)
        return;
    if (r->own_fp && r->fp)
        fclose(r->fp);
    if (r->close_fn)
        r->close_fn(r);
    ng__buf_free(&r->line);
    ng__free(r->name);
    ng__free(r->outlet);
    ng__free(r->published);
    ng__free(r);
}

const char *ng_reader_name(const ng_reader *r) { return r ? r->name : NULL; }
ng_format ng_reader_format(const ng_reader *r) { return r ? r->format : NG_FORMAT_AUTO; }

void ng_reader_stats_get(const ng_reader *r, ng_reader_stats *out)
{
    if (!out)
        return;
    memset(out, 0, sizeof *out);
    if (r && r->format == NG_FORMAT_WARC)
        ng__warc_stats(r, out);
    else if (r && r->format == NG_FORMAT_REUTERS)
        ng__reuters_stats(r, out);
}
uint64_t ng_reader_offset(const ng_reader *r) { return r ? r->offset : 0; }

/* ---- plain text: the whole file is one article ---- */
static int next_text(ng_reader *r, ng_doc **out, ng_error *err)
{
    if (r->done)
        return 0;
    r->done = 1;
    int too_big;
    int rc = ng__reader_read_all(r, &r->line, r->opts.max_doc_bytes, &too_big);
    if (rc) {
        ng__error_set(err, rc, r->offset, 0, "%s: %s at byte %llu", r->name,
                      rc == NG_EIO ? "read error" : ng_strerror(rc), (unsigned long long)r->offset);
        return rc;
    }
    if (too_big) {
        ng__error_set(err, NG_ETOOBIG, 0, 0, "%s: article of %llu bytes is over the limit of %zu bytes (--max-size)",
                      r->name, (unsigned long long)r->offset, r->opts.max_doc_bytes);
        return NG_ETOOBIG;
    }
    if (r->line.len == 0) {
        ng__error_set(err, NG_EEMPTY, 0, 0, "%s: empty file", r->name);
        return NG_EEMPTY;
    }
    ng_doc *d;
    if ((rc = ng_doc_new(&d)) != 0)
        goto oom;
    const char *s = r->line.p;
    size_t n = r->line.len;
    if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
        s += 3, n -= 3;
    if ((rc = ng_doc_set(d, NG_FIELD_ID, r->name, strlen(r->name))) != 0 ||
        (rc = ng_doc_set(d, NG_FIELD_SOURCE, r->name, strlen(r->name))) != 0)
        goto fail;
    if (r->opts.title_line) {
        /* the headline goes to "title" and is not part of the text */
        const char *nl = memchr(s, '\n', n);
        size_t tl = nl ? (size_t)(nl - s) : n;
        if ((rc = ng_doc_set(d, NG_FIELD_TITLE, s, tl)) != 0)
            goto fail;
        s += tl;
        n -= tl;
    }
    if (r->opts.outlet && (rc = ng_doc_set(d, NG_FIELD_OUTLET, r->opts.outlet, strlen(r->opts.outlet))) != 0)
        goto fail;
    if (r->opts.published &&
        (rc = ng_doc_set(d, NG_FIELD_PUBLISHED, r->opts.published, strlen(r->opts.published))) != 0)
        goto fail;
    if ((rc = ng_doc_set_text(d, s, n)) != 0)
        goto fail;
    *out = d;
    return 1;
fail:
    ng_doc_free(d);
oom:
    ng__error_set(err, rc, UINT64_MAX, 0, "%s: %s", r->name, ng_strerror(rc));
    return rc;
}

/* ---- HTML: the whole file is one page ---- */
static int next_html(ng_reader *r, ng_doc **out, ng_error *err)
{
    int title_line = r->opts.title_line;
    r->opts.title_line = 0;
    int rc = next_text(r, out, err);
    r->opts.title_line = title_line;
    if (rc != 1)
        return rc;
    /* move the bytes from raw text to html: the pipeline extracts */
    ng_doc *d = *out;
    d->html = d->raw;
    d->html_len = d->raw_len;
    d->raw = NULL;
    d->raw_len = 0;
    return 1;
}

/* ---- JSON Lines: one article object per line ---- */
static int set_str_field(ng_doc *d, json_t *obj, const char *key, ng_field f, int *bad)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v))
        return 0;
    if (json_is_string(v))
        return ng_doc_set(d, f, json_string_value(v), json_string_length(v));
    if (f == NG_FIELD_AUTHORS && json_is_array(v)) {
        /* a list of authors: joined with "; " */
        ng_buf b;
        ng__buf_init(&b);
        size_t i;
        json_t *a;
        json_array_foreach(v, i, a)
        {
            if (!json_is_string(a))
                continue;
            if (b.len)
                ng__buf_puts(&b, "; ");
            ng__buf_put(&b, json_string_value(a), json_string_length(a));
        }
        int rc = b.err ? b.err : ng_doc_set(d, f, b.p ? b.p : "", b.len);
        ng__buf_free(&b);
        return rc;
    }
    if (f == NG_FIELD_ID && json_is_integer(v)) {
        char tmp[32];
        int n = snprintf(tmp, sizeof tmp, "%lld", (long long)json_integer_value(v));
        return ng_doc_set(d, f, tmp, (size_t)n);
    }
    (*bad)++;
    char msg[96];
    snprintf(msg, sizeof msg, "field \"%s\" is not a string; ignored", key);
    return ng_doc_add_error(d, NG_EPARSE, UINT64_MAX, msg);
}

/* Sets field f to "NAME:LINE". */
static int set_position(ng_doc *d, ng_field f, const char *name, uint64_t line)
{
    char pos[32];
    int m = snprintf(pos, sizeof pos, ":%llu", (unsigned long long)line);
    ng_buf b;
    ng__buf_init(&b);
    ng__buf_puts(&b, name);
    ng__buf_put(&b, pos, (size_t)m);
    int rc = b.err ? b.err : ng_doc_set(d, f, b.p, b.len);
    ng__buf_free(&b);
    return rc;
}

static int next_jsonl(ng_reader *r, ng_doc **out, ng_error *err)
{
    for (;;) {
        uint64_t start = r->offset;
        int too_long;
        int rc = ng__reader_read_line(r, &r->line, r->opts.max_doc_bytes * 2 + 65536, &too_long);
        if (rc == 0)
            return 0;
        if (rc < 0) {
            ng__error_set(err, rc, r->offset, r->lineno + 1, "%s:%llu: %s", r->name,
                          (unsigned long long)(r->lineno + 1), rc == NG_EIO ? "read error" : ng_strerror(rc));
            return rc;
        }
        r->lineno++;
        if (too_long) {
            ng__error_set(err, NG_ETOOBIG, start, r->lineno,
                          "%s:%llu: line of %llu bytes is over the limit of %zu bytes (--max-size)", r->name,
                          (unsigned long long)r->lineno, (unsigned long long)(r->offset - start - 1),
                          r->opts.max_doc_bytes);
            return NG_ETOOBIG;
        }
        /* skip blank lines; strip a CR and a BOM */
        char *s = r->line.p ? r->line.p : (char *)"";
        size_t n = r->line.len;
        if (n && s[n - 1] == '\r')
            n--;
        if (r->lineno == 1 && n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
            s += 3, n -= 3, start += 3;
        size_t k = 0;
        while (k < n && (s[k] == ' ' || s[k] == '\t'))
            k++;
        if (k == n)
            continue;
        json_error_t je;
        j_oom = 0;
        json_t *obj = json_loadb(s, n, JSON_ALLOW_NUL, &je);
        /* jansson may also carry on after a failed allocation with a damaged
         * string (seen: a character dropped), so any failure voids the parse */
        if (j_oom) {
            json_decref(obj);
            ng__error_set(err, NG_ENOMEM, start, r->lineno, "%s:%llu: out of memory", r->name,
                          (unsigned long long)r->lineno);
            return NG_ENOMEM;
        }
        if (!obj) {
            ng__error_set(err, NG_EPARSE, start + (uint64_t)(je.position > 0 ? je.position : 0), r->lineno,
                          "%s:%llu: column %d (byte %llu): malformed JSON: %s", r->name,
                          (unsigned long long)r->lineno, je.column,
                          (unsigned long long)(start + (uint64_t)(je.position > 0 ? je.position : 0)), je.text);
            return NG_EPARSE;
        }
        if (!json_is_object(obj)) {
            json_decref(obj);
            ng__error_set(err, NG_EPARSE, start, r->lineno, "%s:%llu: expected a JSON object (an article)",
                          r->name, (unsigned long long)r->lineno);
            return NG_EPARSE;
        }
        json_t *text = json_object_get(obj, "text");
        json_t *html = json_object_get(obj, "html");
        if (!json_is_string(text) && !json_is_string(html)) {
            json_decref(obj);
            ng__error_set(err, NG_EPARSE, start, r->lineno, "%s:%llu: article has no \"text\" (or \"html\") string",
                          r->name, (unsigned long long)r->lineno);
            return NG_EPARSE;
        }
        ng_doc *d;
        if ((rc = ng_doc_new(&d)) != 0) {
            json_decref(obj);
            goto oom;
        }
        int bad = 0;
        static const struct { const char *key; ng_field f; } keys[] = {
            {"id", NG_FIELD_ID}, {"url", NG_FIELD_URL}, {"outlet", NG_FIELD_OUTLET},
            {"published", NG_FIELD_PUBLISHED}, {"title", NG_FIELD_TITLE}, {"authors", NG_FIELD_AUTHORS},
            {"language", NG_FIELD_LANGUAGE},
        };
        for (size_t i = 0; i < NG_ARRAY_LEN(keys) && !rc; i++)
            rc = set_str_field(d, obj, keys[i].key, keys[i].f, &bad);
        /* "FILE:LINE" is the record's source, and its id when it has none */
        if (!rc && !d->field[NG_FIELD_ID])
            rc = set_position(d, NG_FIELD_ID, r->name, r->lineno);
        if (!rc)
            rc = set_position(d, NG_FIELD_SOURCE, r->name, r->lineno);
        if (!rc && json_is_string(text))
            rc = ng_doc_set_text(d, json_string_value(text), json_string_length(text));
        else if (!rc)
            rc = ng_doc_set_html(d, json_string_value(html), json_string_length(html));
        json_decref(obj);
        if (rc) {
            ng_doc_free(d);
            goto oom;
        }
        *out = d;
        return 1;
    oom:
        ng__error_set(err, rc, start, r->lineno, "%s:%llu: %s", r->name, (unsigned long long)r->lineno,
                      ng_strerror(rc));
        return rc;
    }
}

int ng_reader_next(ng_reader *r, ng_doc **doc, ng_error *err)
{
    if (!r || !doc)
        return NG_EINVAL;
    *doc = NULL;
    if (err)
        err->code = 0;
    switch (r->format) {
    case NG_FORMAT_TEXT: return next_text(r, doc, err);
    case NG_FORMAT_JSONL: return next_jsonl(r, doc, err);
    case NG_FORMAT_HTML: return next_html(r, doc, err);
    case NG_FORMAT_WARC: return ng__warc_next(r, doc, err);
    case NG_FORMAT_REUTERS: return ng__reuters_next(r, doc, err);
    default: return NG_EINVAL;
    }
}
