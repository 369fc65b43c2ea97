/*
 * doc.c -- creating, filling and freeing documents.
 *
 * Everything a document holds is in its arena, including the arena's own
 * header copy of the metadata; ng_doc_free() is one arena release.
 */
#include "doc.h"

#include <stdio.h>
#include <stdlib.h>

int ng_doc_new(ng_doc **out)
{
    if (!out)
        return NG_EINVAL;
    ng_doc *d = ng__calloc(1, sizeof *d);
    *out = d;
    if (!d)
        return NG_ENOMEM;
    ng__arena_init(&d->arena);
    return 0;
}

void ng_doc_free(ng_doc *d)
{
    if (!d)
        return;
    ng__arena_free(&d->arena);
    ng__free(d);
}

/* Copies s, replacing invalid UTF-8 bytes by U+FFFD and control characters
 * (other than tab and newline) by spaces. */
static char *copy_clean(ng_arena *a, const char *s, size_t n)
{
    size_t bad = 0;
    for (size_t i = ng__utf8_check(s, n); i < n; i = i + 1 + ng__utf8_check(s + i + 1, n - i - 1))
        bad++;
    char *p = ng__arena_alloc(a, n + bad * 2 + 1);
    if (!p)
        return NULL;
    size_t o = 0, i = 0;
    while (i < n) {
        size_t ok = ng__utf8_check(s + i, n - i);
        for (size_t k = 0; k < ok; k++) {
            unsigned char c = (unsigned char)s[i + k];
            p[o++] = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f ? ' ' : (char)c;
        }
        i += ok;
        if (i < n) {
            memcpy(p + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
        }
    }
    p[o] = 0;
    return p;
}

int ng_doc_set(ng_doc *d, ng_field f, const char *s, size_t len)
{
    if (!d || (unsigned)f >= NG_FIELD_COUNT)
        return NG_EINVAL;
    if (!s) {
        d->field[f] = NULL;
        return 0;
    }
    /* trim surrounding white space */
    while (len && (unsigned char)s[0] <= ' ')
        s++, len--;
    while (len && (unsigned char)s[len - 1] <= ' ')
        len--;
    char *p = copy_clean(&d->arena, s, len);
    if (!p)
        return NG_ENOMEM;
    d->field[f] = p;
    if (f == NG_FIELD_PUBLISHED) {
        d->pub_year = d->pub_month = d->pub_day = 0;
        if (ng__parse_iso_date(p, &d->pub_year, &d->pub_month, &d->pub_day) != 0) {
            char msg[160];
            snprintf(msg, sizeof msg, "published date \"%.60s\" is not ISO 8601; ignored for anchoring", p);
            return ng_doc_add_error(d, NG_EPARSE, UINT64_MAX, msg);
        }
    }
    return 0;
}

const char *ng_doc_get(const ng_doc *d, ng_field f)
{
    if (!d || (unsigned)f >= NG_FIELD_COUNT)
        return NULL;
    return d->field[f];
}

/* Copies s[0..len) into the arena into *dst / *dst_len, followed by a NUL
 * and NG_TEXT_PAD zero bytes (see doc.h). */
static int set_bytes(ng_doc *d, char **dst, size_t *dst_len, const char *s, size_t len)
{
    if (!d || (!s && len))
        return NG_EINVAL;
    if (len > SIZE_MAX - 1 - NG_TEXT_PAD)
        return NG_ETOOBIG;
    char *p = ng__arena_alloc(&d->arena, len + 1 + NG_TEXT_PAD);
    if (!p)
        return NG_ENOMEM;
    if (len)
        memcpy(p, s, len);
    memset(p + len, 0, 1 + NG_TEXT_PAD);
    *dst = p;
    *dst_len = len;
    return 0;
}

int ng_doc_set_text(ng_doc *d, const char *s, size_t len)
{
    return d ? set_bytes(d, &d->raw, &d->raw_len, s, len) : NG_EINVAL;
}

int ng_doc_set_html(ng_doc *d, const char *s, size_t len)
{
    return d ? set_bytes(d, &d->html, &d->html_len, s, len) : NG_EINVAL;
}

int ng_doc_add_error(ng_doc *d, int code, uint64_t offset, const char *msg)
{
    if (!d || !msg)
        return NG_EINVAL;
    ng_doc_error e = {code, offset, ng__arena_strndup(&d->arena, msg, strlen(msg))};
    if (!e.msg)
        return NG_ENOMEM;
    return NG_VEC_PUSH(&d->arena, d->errors, e);
}

size_t ng_doc_input_size(const ng_doc *d)
{
    return !d ? 0 : d->raw ? d->raw_len : d->html_len;
}

size_t ng_doc_error_count(const ng_doc *d) { return d ? d->errors.n : 0; }

const char *ng_doc_error_msg(const ng_doc *d, size_t i)
{
    return d && i < d->errors.n ? d->errors.v[i].msg : NULL;
}

const char *ng_doc_text(const ng_doc *d, size_t *len)
{
    if (!d || !d->text) {
        if (len)
            *len = 0;
        return NULL;
    }
    if (len)
        *len = d->len;
    return d->text;
}

size_t ng_doc_token_count(const ng_doc *d) { return d ? d->tokens.n : 0; }
size_t ng_doc_sentence_count(const ng_doc *d) { return d ? d->sents.n : 0; }

int ng_doc_sentence(const ng_doc *d, size_t i, size_t *start, size_t *end)
{
    if (!d || i >= d->sents.n)
        return NG_EINVAL;
    if (start)
        *start = d->sents.v[i].start;
    if (end)
        *end = d->sents.v[i].end;
    return 0;
}

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int ng__parse_iso_date(const char *s, int *y, int *m, int *d)
{
    *y = *m = *d = 0;
    size_t n = strlen(s);
    if (n < 4 || (*y = digits(s, 4)) < 0) {
        *y = 0;
        return NG_EPARSE;
    }
    if (n == 4)
        return 0;
    if (s[4] != '-' || n < 7 || (*m = digits(s + 5, 2)) < 1 || *m > 12) {
        *y = *m = 0;
        return NG_EPARSE;
    }
    if (n == 7)
        return 0;
    if (s[7] != '-' || n < 10 || (*d = digits(s + 8, 2)) < 1 || *d > 31) {
        *y = *m = *d = 0;
        return NG_EPARSE;
    }
    if (n > 10 && s[10] != 'T' && s[10] != ' ' && s[10] != 't') {
        *y = *m = *d = 0;
        return NG_EPARSE;
    }
    return 0;
}
