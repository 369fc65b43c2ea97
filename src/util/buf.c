/*
 * buf.c -- growable byte buffers and the JSON writer built on them.
 *
 * An append that cannot grow the buffer sets the sticky err field to
 * NG_ENOMEM and does nothing else, so a writer can append a whole record and
 * check for failure once at the end (the SQLite way of handling OOM).
 */
#include "util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

void ng__buf_init(ng_buf *b) { memset(b, 0, sizeof *b); }

void ng__buf_free(ng_buf *b)
{
    ng__free(b->p);
    memset(b, 0, sizeof *b);
}

int ng__buf_reserve(ng_buf *b, size_t extra)
{
    if (b->err)
        return b->err;
    if (extra > SIZE_MAX - b->len - 1) {
        b->err = NG_ENOMEM;
        return b->err;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = ng__realloc(b->p, cap);
    if (!p) {
        b->err = NG_ENOMEM;
        return b->err;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

void ng__buf_put(ng_buf *b, const void *s, size_t n)
{
    if (ng__buf_reserve(b, n))
        return;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

void ng__buf_puts(ng_buf *b, const char *s) { ng__buf_put(b, s, strlen(s)); }

int ng__buf_read_file(ng_buf *b, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 1;
    char tmp[65536];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        ng__buf_put(b, tmp, k);
    int ioerr = ferror(f);
    fclose(f);
    return b->err ? NG_ENOMEM : ioerr ? NG_EIO : 0;
}

void ng__buf_putc(ng_buf *b, char c)
{
    if (ng__buf_reserve(b, 1))
        return;
    b->p[b->len++] = c;
    b->p[b->len] = 0;
}

void ng__buf_printf(ng_buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof tmp) {
        ng__buf_put(b, tmp, (size_t)n);
        return;
    }
    if (ng__buf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *ng__buf_take(ng_buf *b, size_t *len)
{
    if (b->err || ng__buf_reserve(b, 0)) {
        ng__buf_free(b);
        return NULL;
    }
    char *p = b->p;
    if (len)
        *len = b->len;
    memset(b, 0, sizeof *b);
    return p;
}

/* Bytes that can be copied to a JSON string unchanged. */
static const unsigned char json_plain[256] = {
#define R16(x) x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x
    R16(0), R16(0), /* controls */
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x20: '"' escaped */
    R16(1), R16(1),
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, /* 0x50: '\\' escaped */
    R16(1), 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, /* 0x7f escaped */
    R16(2), R16(2), R16(2), R16(2), R16(2), R16(2), R16(2), R16(2) /* non-ASCII */
#undef R16
};

void ng__json_str(ng_buf *b, const char *s, size_t n)
{
    if (ng__buf_reserve(b, n + 2))
        return;
    ng__buf_putc(b, '"');
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && json_plain[u[j]] == 1)
            j++;
        if (j > i)
            ng__buf_put(b, u + i, j - i);
        if (j >= n)
            break;
        unsigned char c = u[j];
        if (c >= 0x80) {
            uint32_t cp;
            int k = ng__utf8_decode(u + j, n - j, &cp);
            if (k > 0 && cp != 0x2028 && cp != 0x2029) {
                ng__buf_put(b, u + j, (size_t)k);
                i = j + (size_t)k;
            } else if (k > 0) {
                ng__buf_printf(b, "\\u%04x", (unsigned)cp);
                i = j + (size_t)k;
            } else {
                ng__buf_puts(b, "\xEF\xBF\xBD");
                i = j + 1;
            }
            continue;
        }
        switch (c) {
        case '"': ng__buf_puts(b, "\\\""); break;
        case '\\': ng__buf_puts(b, "\\\\"); break;
        case '\n': ng__buf_puts(b, "\\n"); break;
        case '\r': ng__buf_puts(b, "\\r"); break;
        case '\t': ng__buf_puts(b, "\\t"); break;
        case '\b': ng__buf_puts(b, "\\b"); break;
        case '\f': ng__buf_puts(b, "\\f"); break;
        default: ng__buf_printf(b, "\\u%04x", c); break;
        }
        i = j + 1;
    }
    ng__buf_putc(b, '"');
}

void ng__json_cstr(ng_buf *b, const char *s)
{
    if (!s)
        ng__buf_puts(b, "null");
    else
        ng__json_str(b, s, strlen(s));
}

void ng__json_num(ng_buf *b, double v)
{
    if (!isfinite(v)) {
        ng__buf_puts(b, "null");
        return;
    }
    if (fabs(v) < 1e15 && v == (double)(long long)v) { /* range first: the cast is UB past 2^63 */
        ng__buf_printf(b, "%lld", (long long)v);
        return;
    }
    char tmp[40];
    for (int prec = 6; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*g", prec, v);
        if (strtod(tmp, NULL) == v)
            break;
    }
    ng__buf_puts(b, tmp);
}

void ng__json_key(ng_buf *b, const char *key, bool *first)
{
    if (!*first)
        ng__buf_putc(b, ',');
    *first = false;
    ng__json_str(b, key, strlen(key));
    ng__buf_putc(b, ':');
}
