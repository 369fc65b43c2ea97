/*
 * reuters.c -- Reuters-21578 SGML files (reut2-NNN.sgm) to documents, one
 * per <REUTERS> element, streaming.
 *
 * The file is read 64 KiB at a time; only the current <REUTERS> element is
 * held in memory (at most the document size limit: a larger one is skipped
 * while streaming and reported), so memory stays flat whatever the file's
 * size.  Between elements, white space and <!...> declarations (the DOCTYPE)
 * are skipped; any other bytes are junk, reported once per run of them with
 * the offset of the first.  An element is parsed in memory:
 *  - id "reuters-NEWID" from the start tag (the file position when NEWID is
 *    missing or not a number), source "FILE@OFFSET" (the offset of
 *    "<REUTERS" in the file, as WARC records are named);
 *  - published from <DATE> ("26-FEB-1987 15:01:01.79" becomes
 *    "1987-02-26T15:01:01.79": the wire's timestamp, no zone given);
 *  - title from <TITLE>, authors from <AUTHOR> ("By Jane Doe, Reuters"
 *    becomes "Jane Doe"), outlet "Reuters" (or --outlet);
 *  - text: the <DATELINE> and the <BODY> ("SALVADOR, Feb 26 - Showers
 *    continued ...", as the wire ran the story: the body's first line is
 *    the rest of the dateline's line); without a body, the <TITLE>
 *    (TYPE="BRIEF": the headline is the whole story, the rest of <TEXT> is
 *    a placeholder); without either, all of <TEXT> (TYPE="UNPROC": tables
 *    and bulletins without structure).
 * SGML references are decoded: &lt; &gt; &amp; &quot; &apos;, &#N; and
 * &#xN;.  &#2; and &#3; (start and end of text) are dropped; other control
 * characters (&#127; marks a character lost on the wire: "for&#127;the")
 * become a space so the words beside them stay apart.
 * A bad element (truncated, not closed before the next <REUTERS>, a tag
 * without its '>', a missing end tag, no text) is an error naming the file
 * and byte offset; the next call reads the next element.
 */
#include "read.h"

#include <stdio.h>

#define CHUNK 65536
#define LOOK 64 /* bytes of lookahead at a '<': enough for any tag we match */

typedef struct rt {
    unsigned char in[CHUNK + LOOK];
    size_t pos, len;
    uint64_t off;        /* file offset of in[0] */
    int eof, ioerr;
    int seen;            /* a <REUTERS> element was met */
    uint64_t junk_off, junk_n;
    ng_buf el, text, title, tmp;
    ng_reader_stats st;
} rt;

static void rt_close(ng_reader *r)
{
    rt *t = r->state;
    if (!t)
        return;
    ng__buf_free(&t->el);
    ng__buf_free(&t->text);
    ng__buf_free(&t->title);
    ng__buf_free(&t->tmp);
    ng__free(t);
    r->state = NULL;
}

void ng__reuters_stats(const ng_reader *r, ng_reader_stats *out)
{
    if (r->state)
        *out = ((const rt *)r->state)->st;
}

/* ---- input ---- */

/* Makes at least want bytes available at in[pos] unless the input ends
 * first; returns the bytes available. */
static size_t avail(ng_reader *r, rt *t, size_t want)
{
    while (t->len - t->pos < want && !t->eof) {
        if (t->pos) {
            memmove(t->in, t->in + t->pos, t->len - t->pos);
            t->off += t->pos;
            t->len -= t->pos;
            t->pos = 0;
        }
        ssize_t n = ng__reader_fill(r);
        if (n <= 0) {
            t->eof = 1;
            t->ioerr = n < 0;
            break;
        }
        size_t take = sizeof t->in - t->len;
        if (take > (size_t)n)
            take = (size_t)n;
        memcpy(t->in + t->len, r->data + r->pos, take);
        r->pos += take;
        r->offset += take;
        t->len += take;
    }
    return t->len - t->pos;
}

static int is_blank(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
static int is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int is_name(unsigned char c) { return is_alpha(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'; }

/* Does p[0..n) start with the tag <NAME (or </NAME when close), followed by
 * white space or '>'?  Names compare case-insensitively, as SGML does. */
static int tag_at(const unsigned char *p, size_t n, const char *name, int close)
{
    size_t k = strlen(name), i = 1 + (size_t)close;
    if (n < i + k + 1 || p[0] != '<' || (close && p[1] != '/'))
        return 0;
    if (strncasecmp((const char *)p + i, name, k))
        return 0;
    return is_blank(p[i + k]) || p[i + k] == '>';
}

/* The length of the end tag </REUTERS ...> at p, or 0 when it is not one
 * (its '>' must come within the lookahead). */
static size_t end_tag_len(const unsigned char *p, size_t n)
{
    if (!tag_at(p, n, "REUTERS", 1))
        return 0;
    for (size_t i = 9; i < n; i++) {
        if (p[i] == '>')
            return i + 1;
        if (!is_blank(p[i]))
            return 0;
    }
    return 0;
}

static void note_junk(rt *t, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!is_blank(p[i])) {
            if (!t->junk_n)
                t->junk_off = t->off + t->pos + i;
            t->junk_n++;
        }
}

static int fail(ng_reader *r, rt *t, ng_error *err, int code, uint64_t off, const char *what)
{
    t->st.errors++;
    ng__error_set(err, code, off, 0, "%s@%llu: %s", r->name, (unsigned long long)off, what);
    return code;
}

/* ---- decoding ---- */

/* Appends s[0..n) to out with SGML character references decoded (see the
 * head of the file).  A reference that is not one of these, or has no ';',
 * is kept as written. */
static void decode(ng_buf *out, const char *s, size_t n)
{
    static const struct { const char *name; char c; } named[] = {
        {"lt;", '<'}, {"gt;", '>'}, {"amp;", '&'}, {"quot;", '"'}, {"apos;", '\''},
    };
    size_t i = 0;
    while (i < n) {
        const char *amp = memchr(s + i, '&', n - i);
        size_t k = amp ? (size_t)(amp - (s + i)) : n - i;
        ng__buf_put(out, s + i, k);
        i += k;
        if (!amp)
            break;
        size_t rest = n - i;
        size_t used = 0;
        for (size_t j = 0; j < NG_ARRAY_LEN(named) && !used; j++) {
            size_t m = strlen(named[j].name);
            if (rest > m && !memcmp(s + i + 1, named[j].name, m)) {
                ng__buf_putc(out, named[j].c);
                used = m + 1;
            }
        }
        if (!used && rest >= 4 && s[i + 1] == '#') {
            int hex = s[i + 2] == 'x' || s[i + 2] == 'X';
            size_t j = i + 2 + (size_t)hex, digits = 0;
            uint32_t cp = 0;
            for (; j < n && digits < 8; j++, digits++) {
                char c = s[j];
                int d = c >= '0' && c <= '9'                    ? c - '0'
                        : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                      : -1;
                if (d < 0)
                    break;
                cp = cp * (hex ? 16u : 10u) + (uint32_t)d;
            }
            if (digits && j < n && s[j] == ';' && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                used = j + 1 - i;
                if (cp == 2 || cp == 3)
                    ; /* start and end of text: dropped */
                else if (cp == '\t' || cp == '\n' || cp == '\r')
                    ng__buf_putc(out, (char)cp);
                else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
                    ng__buf_putc(out, ' ');
                else {
                    char u[4];
                    ng__buf_put(out, u, (size_t)ng__utf8_encode(cp, u));
                }
            }
        }
        if (!used) {
            ng__buf_putc(out, '&');
            used = 1;
        }
        i += used;
    }
}

/* Does s[0..n) start a tag: '<' then a letter, '!', or '/' and a letter? */
static int opens_tag(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    return n >= 2 && p[0] == '<' && (is_alpha(p[1]) || p[1] == '!' || (p[1] == '/' && n > 2 && is_alpha(p[2])));
}

/* decode() of s[0..n) without its tags (each ends at a '>': checked by the
 * caller). */
static void decode_untagged(ng_buf *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        size_t k = lt ? (size_t)(lt - (s + i)) : n - i;
        if (lt && !opens_tag(lt, n - (size_t)(lt - s)))
            k++;
        decode(out, s + i, k);
        i += k;
        if (lt && opens_tag(lt, n - (size_t)(lt - s))) {
            const char *gt = memchr(lt, '>', n - (size_t)(lt - s));
            i = gt ? (size_t)(gt - s) + 1 : n;
        }
    }
}

/* Collapses runs of white space in b to one space. */
static void collapse(ng_buf *b)
{
    size_t o = 0;
    int sp = 0;
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = (unsigned char)b->p[i];
        if (is_blank(c) || c == '\v') {
            sp = 1;
            continue;
        }
        if (sp && o)
            b->p[o++] = ' ';
        sp = 0;
        b->p[o++] = (char)c;
    }
    b->len = o;
    if (b->p)
        b->p[o] = 0;
}

/* "26-FEB-1987 15:01:01.79" (leading blanks and trailing bytes allowed) to
 * "1987-02-26T15:01:01.79", or "1987-02-26" when the time is not there.
 * Returns 0, or -1 when there is no readable date. */
static int parse_date(const char *s, size_t n, char *out, size_t cap)
{
    static const char months[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
    size_t i = 0;
    while (i < n && is_blank((unsigned char)s[i]))
        i++;
    int day = 0, nd = 0;
    while (i < n && nd < 2 && s[i] >= '0' && s[i] <= '9')
        day = day * 10 + (s[i++] - '0'), nd++;
    if (!nd || day < 1 || day > 31 || i + 9 > n || s[i] != '-' || s[i + 4] != '-')
        return -1;
    int month = 0;
    for (int m = 0; m < 12 && !month; m++)
        if (!strncasecmp(s + i + 1, months + 3 * m, 3))
            month = m + 1;
    int year = 0;
    for (size_t k = i + 5; k < i + 9; k++) {
        if (s[k] < '0' || s[k] > '9')
            return -1;
        year = year * 10 + (s[k] - '0');
    }
    if (!month || year < 1000)
        return -1;
    i += 9;
    int len = snprintf(out, cap, "%04d-%02d-%02d", year, month, day);
    /* the time: blanks, then HH:MM:SS and an optional fraction */
    size_t k = i;
    while (k < n && (s[k] == ' ' || s[k] == '\t'))
        k++;
    if (k == i || k + 8 > n)
        return 0;
    const char *h = s + k;
    for (int q = 0; q < 8; q++)
        if (q == 2 || q == 5 ? h[q] != ':' : (h[q] < '0' || h[q] > '9'))
            return 0;
    if ((h[0] - '0') * 10 + (h[1] - '0') > 23 || (h[3] - '0') * 10 + (h[4] - '0') > 59 ||
        (h[6] - '0') * 10 + (h[7] - '0') > 60)
        return 0;
    size_t f = 8;
    if (k + 9 < n && h[8] == '.' && h[9] >= '0' && h[9] <= '9')
        for (f = 9; k + f < n && f < 17 && h[f] >= '0' && h[f] <= '9'; f++)
            ;
    if (k + f < n && s[k + f] >= '0' && s[k + f] <= '9')
        return 0; /* more digits than a time has */
    snprintf(out + len, cap - (size_t)len, "T%.*s", (int)f, h);
    return 0;
}

/* ---- one element ---- */

typedef struct part {
    size_t tag;          /* offset of the start tag's '<' in the element */
    size_t start, end;   /* the content; end 0 while not closed */
    int open;
} part;

enum { P_DATE, P_TITLE, P_AUTHOR, P_DATELINE, P_BODY, P_TEXT, P_COUNT };
static const char *const part_name[P_COUNT] = {"DATE", "TITLE", "AUTHOR", "DATELINE", "BODY", "TEXT"};

/* Copies the value of attribute name in the start tag s[0..n) into out
 * (at most cap-1 bytes).  Returns 1 when found. */
static int attribute(const char *s, size_t n, const char *name, char *out, size_t cap)
{
    size_t i = 0;
    while (i < n && !is_blank((unsigned char)s[i]) && s[i] != '>')
        i++; /* the tag name */
    while (i < n && s[i] != '>') {
        while (i < n && is_blank((unsigned char)s[i]))
            i++;
        size_t ns = i;
        while (i < n && is_name((unsigned char)s[i]))
            i++;
        size_t nl = i - ns;
        if (!nl) {
            i++;
            continue;
        }
        while (i < n && is_blank((unsigned char)s[i]))
            i++;
        const char *v = "";
        size_t vl = 0;
        if (i < n && s[i] == '=') {
            i++;
            while (i < n && is_blank((unsigned char)s[i]))
                i++;
            if (i < n && (s[i] == '"' || s[i] == '\'')) {
                char q = s[i++];
                v = s + i;
                while (i < n && s[i] != q)
                    i++;
                vl = (size_t)(s + i - v);
                if (i < n)
                    i++;
            } else {
                v = s + i;
                while (i < n && !is_blank((unsigned char)s[i]) && s[i] != '>')
                    i++;
                vl = (size_t)(s + i - v);
            }
        }
        if (nl == strlen(name) && !strncasecmp(s + ns, name, nl)) {
            if (vl >= cap)
                vl = cap - 1;
            memcpy(out, v, vl);
            out[vl] = 0;
            return 1;
        }
    }
    return 0;
}

/* "By Jane Doe and John Roe, Reuters" -> "Jane Doe; John Roe" in b. */
static void clean_authors(ng_buf *b)
{
    collapse(b);
    char *s = b->p ? b->p : (char *)"";
    size_t n = b->len;
    while (n && is_blank((unsigned char)s[0]))
        s++, n--;
    if (n > 3 && !strncasecmp(s, "by ", 3))
        s += 3, n -= 3;
    static const char *const credit[] = {", reuters", ", reuter"};
    for (size_t k = 0; k < NG_ARRAY_LEN(credit); k++) {
        size_t m = strlen(credit[k]);
        if (n > m && !strncasecmp(s + n - m, credit[k], m)) {
            n -= m;
            break;
        }
    }
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (i + 5 <= n && !strncasecmp(s + i, " and ", 5)) {
            memcpy(b->p + o, "; ", 2);
            o += 2;
            i += 5;
        } else {
            b->p[o++] = s[i++];
        }
    }
    b->len = o;
    if (b->p)
        b->p[o] = 0;
}

/* Parses the element in t->el (which started at file offset base) into a
 * document.  Returns 1, or a negative code with err set. */
static int article(ng_reader *r, rt *t, uint64_t base, ng_doc **out, ng_error *err)
{
    const char *s = t->el.p;
    size_t n = t->el.len;
    /* the start tag */
    size_t gt = 1;
    while (gt < n && s[gt] != '>' && s[gt] != '<')
        gt++;
    if (gt >= n || s[gt] != '>')
        return fail(r, t, err, NG_EPARSE, base, "unterminated <REUTERS> start tag");
    char newid[32] = "";
    attribute(s, gt, "NEWID", newid, sizeof newid);
    /* the parts: the first of each kind, with its end tag */
    part pt[P_COUNT];
    memset(pt, 0, sizeof pt);
    size_t i = gt + 1;
    for (;;) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            break;
        i = (size_t)(lt - s);
        const unsigned char *p = (const unsigned char *)lt;
        size_t rest = n - i;
        int close = rest > 1 && p[1] == '/';
        if (!opens_tag(lt, rest)) {
            i++; /* a '<' that opens no tag is text */
            continue;
        }
        size_t e = i + 1;
        while (e < n && s[e] != '>' && s[e] != '<')
            e++;
        if (e >= n || s[e] != '>') {
            size_t m = 1;
            while (m < 24 && i + m < n && (is_name((unsigned char)s[i + m]) || s[i + m] == '/' || s[i + m] == '!'))
                m++;
            char what[64];
            snprintf(what, sizeof what, "unterminated tag %.*s (no '>')", (int)m, s + i);
            return fail(r, t, err, NG_EPARSE, base + i, what);
        }
        for (int k = 0; k < P_COUNT; k++) {
            if (!close && !pt[k].open && tag_at(p, rest, part_name[k], 0)) {
                pt[k].open = 1;
                pt[k].tag = i;
                pt[k].start = e + 1;
            } else if (close && pt[k].open && !pt[k].end && tag_at(p, rest, part_name[k], 1)) {
                pt[k].end = i;
            }
        }
        i = e + 1;
    }
    for (int k = 0; k < P_COUNT; k++)
        if (pt[k].open && !pt[k].end) {
            char what[64];
            snprintf(what, sizeof what, "<%s> without </%s>", part_name[k], part_name[k]);
            return fail(r, t, err, NG_EPARSE, base + pt[k].tag, what);
        }
    /* the text: the body, else the headline, else all of <TEXT> */
    t->text.len = t->title.len = t->tmp.len = 0;
    t->text.err = t->title.err = t->tmp.err = 0; /* a failed append of an earlier article */
    if (pt[P_TITLE].open) {
        decode(&t->title, s + pt[P_TITLE].start, pt[P_TITLE].end - pt[P_TITLE].start);
        collapse(&t->title);
    }
    int kind;
    if (pt[P_BODY].open) {
        kind = 0;
        if (pt[P_DATELINE].open) {
            /* "SALVADOR, Feb 26 - " opens the story's first line, as on
             * the wire: without it that line is short, and short lines
             * end paragraphs in hard-wrapped text (doc/FORMAT.md) */
            decode(&t->tmp, s + pt[P_DATELINE].start, pt[P_DATELINE].end - pt[P_DATELINE].start);
            collapse(&t->tmp);
            size_t a = t->tmp.len && t->tmp.p[0] == ' ';
            if (t->tmp.len > a) {
                ng__buf_put(&t->text, t->tmp.p + a, t->tmp.len - a);
                if (t->tmp.p[t->tmp.len - 1] != ' ')
                    ng__buf_putc(&t->text, ' ');
            }
        }
        decode(&t->text, s + pt[P_BODY].start, pt[P_BODY].end - pt[P_BODY].start);
    } else if (pt[P_TITLE].open && t->title.len) {
        kind = 1;
        ng__buf_put(&t->text, t->title.p, t->title.len);
    } else if (pt[P_TEXT].open) {
        kind = 2;
        decode_untagged(&t->text, s + pt[P_TEXT].start, pt[P_TEXT].end - pt[P_TEXT].start);
    } else {
        return fail(r, t, err, NG_EEMPTY, base, "article without <TEXT>");
    }
    if (t->text.err || t->title.err || t->tmp.err)
        return fail(r, t, err, NG_ENOMEM, base, "out of memory");
    size_t k = 0;
    while (k < t->text.len && (is_blank((unsigned char)t->text.p[k]) || t->text.p[k] == '\v'))
        k++;
    if (k == t->text.len) {
        char what[96];
        snprintf(what, sizeof what, "article%s%.20s has no text (%s is empty)", newid[0] ? " NEWID=" : "", newid,
                 kind == 0 ? "<BODY>" : "<TEXT>");
        return fail(r, t, err, NG_EEMPTY, base, what);
    }

    ng_doc *d;
    if (ng_doc_new(&d))
        return fail(r, t, err, NG_ENOMEM, base, "out of memory");
    char src_off[32];
    snprintf(src_off, sizeof src_off, "@%llu", (unsigned long long)base);
    ng_buf src;
    ng__buf_init(&src);
    ng__buf_puts(&src, r->name);
    ng__buf_puts(&src, src_off);
    int rc = src.err;
    if (!rc)
        rc = ng_doc_set(d, NG_FIELD_SOURCE, src.p, src.len);
    /* the id: NEWID when it is a number */
    size_t dn = 0;
    while (newid[dn] >= '0' && newid[dn] <= '9')
        dn++;
    if (!rc && dn && !newid[dn]) {
        char id[48];
        int m = snprintf(id, sizeof id, "reuters-%s", newid);
        rc = ng_doc_set(d, NG_FIELD_ID, id, (size_t)m);
    } else if (!rc) {
        rc = ng_doc_set(d, NG_FIELD_ID, src.p, src.len);
        if (!rc && newid[0]) {
            char msg[128];
            snprintf(msg, sizeof msg, "NEWID \"%.40s\" is not a number; the id is the article's position", newid);
            rc = ng_doc_add_error(d, NG_EPARSE, base, msg);
        }
    }
    ng__buf_free(&src);
    if (!rc && pt[P_DATE].open) {
        char iso[48];
        const char *ds = s + pt[P_DATE].start;
        size_t dl = pt[P_DATE].end - pt[P_DATE].start;
        if (parse_date(ds, dl, iso, sizeof iso) == 0) {
            rc = ng_doc_set(d, NG_FIELD_PUBLISHED, iso, strlen(iso));
        } else {
            char msg[120];
            snprintf(msg, sizeof msg, "<DATE> \"%.*s\" is not a date; published left empty", (int)(dl < 40 ? dl : 40), ds);
            rc = ng_doc_add_error(d, NG_EPARSE, base + pt[P_DATE].start, msg);
        }
    }
    if (!rc && t->title.len)
        rc = ng_doc_set(d, NG_FIELD_TITLE, t->title.p, t->title.len);
    if (!rc && pt[P_AUTHOR].open) {
        t->tmp.len = 0;
        decode(&t->tmp, s + pt[P_AUTHOR].start, pt[P_AUTHOR].end - pt[P_AUTHOR].start);
        clean_authors(&t->tmp);
        rc = t->tmp.err;
        if (!rc && t->tmp.len)
            rc = ng_doc_set(d, NG_FIELD_AUTHORS, t->tmp.p, t->tmp.len);
    }
    const char *outlet = r->opts.outlet ? r->opts.outlet : "Reuters";
    if (!rc)
        rc = ng_doc_set(d, NG_FIELD_OUTLET, outlet, strlen(outlet));
    if (!rc)
        rc = ng_doc_set_text(d, t->text.p, t->text.len);
    if (rc) {
        ng_doc_free(d);
        return fail(r, t, err, rc, base, ng_strerror(rc));
    }
    t->st.documents++;
    if (kind == 1)
        t->st.headline_only++;
    else if (kind == 2)
        t->st.unstructured++;
    *out = d;
    return 1;
}

/* ---- the file ---- */

int ng__reuters_next(ng_reader *r, ng_doc **doc, ng_error *err)
{
    rt *t = r->state;
    if (!t) {
        if (r->done)
            return 0;
        t = ng__calloc(1, sizeof *t);
        if (!t) {
            r->done = 1;
            ng__error_set(err, NG_ENOMEM, 0, 0, "%s: out of memory", r->name);
            return NG_ENOMEM;
        }
        r->state = t;
        r->close_fn = rt_close;
        if (avail(r, t, 3) >= 3 && !memcmp(t->in, "\xEF\xBB\xBF", 3))
            t->pos = 3; /* a byte-order mark */
    }
    if (r->done)
        return 0;
    /* between articles: blanks, declarations, junk, up to the next <REUTERS */
    int found = 0;
    for (;;) {
        size_t a = avail(r, t, 1);
        if (!a)
            break;
        unsigned char *p = t->in + t->pos;
        unsigned char *lt = memchr(p, '<', a);
        size_t skip = lt ? (size_t)(lt - p) : a;
        note_junk(t, p, skip);
        t->pos += skip;
        if (!lt)
            continue;
        a = avail(r, t, LOOK);
        p = t->in + t->pos;
        if (tag_at(p, a, "REUTERS", 0)) {
            found = 1;
            break;
        }
        if (a >= 2 && p[1] == '!') {
            /* a declaration or comment, up to its '>'; one cut short by a
             * '<' or the end of the input is junk */
            uint64_t dstart = t->off + t->pos, dlen = 2;
            int closed = 0;
            t->pos += 2;
            while ((a = avail(r, t, 1)) != 0) {
                p = t->in + t->pos;
                size_t i = 0;
                while (i < a && p[i] != '>' && p[i] != '<')
                    i++;
                if (i < a && p[i] == '>') {
                    t->pos += i + 1;
                    closed = 1;
                    break;
                }
                t->pos += i;
                dlen += i;
                if (i < a)
                    break;
            }
            if (!closed) {
                if (!t->junk_n)
                    t->junk_off = dstart;
                t->junk_n += dlen;
            }
            continue;
        }
        note_junk(t, p, 1); /* another tag outside an article */
        t->pos++;
    }
    if (t->junk_n) {
        uint64_t off = t->junk_off, nj = t->junk_n;
        t->junk_n = 0;
        t->st.errors++;
        ng__error_set(err, NG_EPARSE, off, 0, "%s@%llu: %llu bytes that are not a <REUTERS> article skipped", r->name,
                      (unsigned long long)off, (unsigned long long)nj);
        return NG_EPARSE;
    }
    if (t->ioerr) {
        r->done = 1;
        return fail(r, t, err, NG_EIO, t->off + t->pos, "read error");
    }
    if (!found) {
        r->done = 1;
        if (!t->seen) {
            ng__error_set(err, NG_EEMPTY, 0, 0, "%s: no Reuters-21578 <REUTERS> article in the file", r->name);
            return NG_EEMPTY;
        }
        return 0;
    }

    /* the element, up to </REUTERS> */
    uint64_t base = t->off + t->pos, size = 0;
    size_t limit = r->opts.max_doc_bytes;
    int too_big = 0, ended = 0, cut = 0;
    t->seen = 1;
    t->st.records++;
    t->el.len = 0;
    t->el.err = 0;
    /* the '<' of the start tag is taken first, so the search below does not
     * find this element's own start */
    size_t take = 1;
    for (;;) {
        if (take) {
            if (!too_big && size + take > limit) {
                too_big = 1;
                ng__buf_free(&t->el);
            }
            if (!too_big)
                ng__buf_put(&t->el, t->in + t->pos, take);
            t->pos += take;
            size += take;
            take = 0;
            if (t->el.err) {
                ng__buf_free(&t->el);
                r->done = 1;
                return fail(r, t, err, NG_ENOMEM, base, "out of memory");
            }
            if (ended)
                break;
        }
        size_t a = avail(r, t, 1);
        if (!a)
            break;
        unsigned char *p = t->in + t->pos;
        unsigned char *lt = memchr(p, '<', a);
        if (!lt) {
            take = a;
            continue;
        }
        if (lt > p) {
            take = (size_t)(lt - p);
            continue;
        }
        a = avail(r, t, LOOK);
        p = t->in + t->pos;
        size_t m = end_tag_len(p, a);
        if (m) {
            take = m;
            ended = 1;
            continue;
        }
        if (tag_at(p, a, "REUTERS", 0)) {
            cut = 1;
            break;
        }
        take = 1;
    }
    if (t->ioerr) {
        r->done = 1;
        return fail(r, t, err, NG_EIO, t->off + t->pos, "read error");
    }
    if (too_big) {
        char what[160];
        snprintf(what, sizeof what, "article of %llu%s bytes is over the limit of %zu bytes (--max-size); skipped",
                 (unsigned long long)size, ended ? "" : "+", limit);
        return fail(r, t, err, NG_ETOOBIG, base, what);
    }
    if (cut) {
        char what[96];
        snprintf(what, sizeof what, "article not closed: the next <REUTERS> (byte %llu) comes before </REUTERS>",
                 (unsigned long long)(t->off + t->pos));
        return fail(r, t, err, NG_EPARSE, base, what);
    }
    if (!ended)
        return fail(r, t, err, NG_EPARSE, base, "truncated article: the input ends before </REUTERS>");
    return article(r, t, base, doc, err);
}
