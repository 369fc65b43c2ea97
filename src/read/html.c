/*
 * html.c -- HTML pages to article text and metadata: the entry point.
 *
 * ng__html_extract() takes the page bytes of a document, works out their
 * character set (byte-order mark, then the HTTP header when the page came
 * from a WARC, then <meta charset> / http-equiv, checked against the bytes:
 * a page declared UTF-8 that is not valid UTF-8 is read as windows-1252, and
 * a page declared Latin-1 that is valid multi-byte UTF-8 is read as UTF-8),
 * converts it to UTF-8 with iconv, parses it, and hands the tree to
 * html_text.c (main text) and html_meta.c (metadata).
 *
 * Parser choice: our own (html_parse.c, html_tree.h).  libxml2's HTML parser
 * -- what lxml, and so trafilatura and readability-lxml, parse with -- was
 * used first; it alone took 2.3 ms of CPU per 75 KB page (about 440 pages/s),
 * too slow for the 1,000 pages/s for parse, extraction and metadata
 * together, and it allocates outside ng__malloc, so out-of-memory could not
 * be tested.  Ours builds a compact tree (one array in document order, tag
 * names as numbers, text decoded in place in one copy of the page) at about
 * ten times that speed, repairs broken markup the way browsers mostly do,
 * and is fuzzed (fuzz/fuzz_htmltree.c) and tested for linear time.
 *
 * The outlet list (data/outlets.tsv: domain TAB name, sorted by domain) is
 * loaded once per engine by ng__outlets_load() and searched by binary search.
 */
#include "html_int.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <strings.h>

/* ---------------------------------------------------------------- helpers */

int ng__is(const ng_hnode *n, const char *tag)
{
    return n && n->type == NG_HN_ELEM && n->name[0] == tag[0] && !strcmp(n->name, tag);
}

const char *ng__attr(const ng_hnode *n, const char *name)
{
    if (!n || n->type != NG_HN_ELEM)
        return NULL;
    for (uint32_t i = 0; i < n->nattr; i++)
        if (n->attrs[i].name[0] == name[0] && !strcmp(n->attrs[i].name, name))
            return n->attrs[i].value;
    return NULL;
}

static void text_rec(const ng_hnode *n, ng_buf *b, int depth)
{
    for (ng_hnode *c = ng__child(n); c; c = ng__next(c)) {
        if (c->type == NG_HN_TEXT) {
            const char *s = c->content;
            for (; *s; s++) {
                unsigned char ch = (unsigned char)*s;
                if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f') {
                    if (b->len && b->p[b->len - 1] != ' ')
                        ng__buf_putc(b, ' ');
                } else {
                    ng__buf_putc(b, (char)ch);
                }
            }
        } else if (c->type == NG_HN_ELEM && depth < 256) {
            if (c->tag == NG_T_SCRIPT || c->tag == NG_T_STYLE || c->tag == NG_T_NOSCRIPT)
                continue;
            if (c->tag == NG_T_BR && b->len && b->p[b->len - 1] != ' ')
                ng__buf_putc(b, ' ');
            text_rec(c, b, depth + 1);
        }
    }
}

int ng__node_text(const ng_hnode *n, ng_buf *b)
{
    if (n)
        text_rec(n, b, 0);
    return b->err;
}

/* --------------------------------------------------------------- charsets */

/* Looks for charset=NAME in the <meta> tags of the first 4 KiB; copies the
 * name into out.  Returns 1 when found. */
static int meta_charset(const char *s, size_t n, char *out, size_t cap)
{
    size_t lim = n < 4096 ? n : 4096;
    for (size_t i = 0; i + 5 < lim; i++) {
        if (s[i] != '<' || strncasecmp(s + i + 1, "meta", 4))
            continue;
        size_t end = i + 5;
        while (end < lim && s[end] != '>')
            end++;
        for (size_t k = i + 5; k + 7 < end; k++) {
            if (strncasecmp(s + k, "charset", 7))
                continue;
            size_t j = k + 7;
            while (j < end && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r'))
                j++;
            if (j >= end || s[j] != '=')
                continue;
            j++;
            while (j < end && (s[j] == ' ' || s[j] == '"' || s[j] == '\'' || s[j] == '\t'))
                j++;
            size_t m = 0;
            while (j < end && m + 1 < cap &&
                   (((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') || (s[j] >= '0' && s[j] <= '9') ||
                    s[j] == '-' || s[j] == '_' || s[j] == '.' || s[j] == ':'))
                out[m++] = s[j++];
            out[m] = 0;
            if (m)
                return 1;
        }
        i = end;
    }
    return 0;
}

/* Maps a declared charset name to the iconv name we convert from, following
 * the WHATWG encoding labels where they differ (Latin-1 and ASCII mean
 * windows-1252, GB2312 means GBK).  Returns NULL for UTF-8. */
static const char *charset_name(const char *cs)
{
    static const struct { const char *label, *name; } map[] = {
        {"utf-8", NULL}, {"utf8", NULL}, {"unicode-1-1-utf-8", NULL}, {"x-unicode20utf8", NULL},
        {"iso-8859-1", "WINDOWS-1252"}, {"iso8859-1", "WINDOWS-1252"}, {"latin1", "WINDOWS-1252"},
        {"latin-1", "WINDOWS-1252"}, {"l1", "WINDOWS-1252"}, {"us-ascii", "WINDOWS-1252"},
        {"ascii", "WINDOWS-1252"}, {"iso_8859-1", "WINDOWS-1252"}, {"cp1252", "WINDOWS-1252"},
        {"x-cp1252", "WINDOWS-1252"}, {"windows-1252", "WINDOWS-1252"}, {"iso-8859-9", "WINDOWS-1254"},
        {"gb2312", "GBK"}, {"x-gbk", "GBK"}, {"x-sjis", "SHIFT_JIS"}, {"shift-jis", "SHIFT_JIS"},
        {"ks_c_5601-1987", "EUC-KR"}, {"tis-620", "WINDOWS-874"}, {"iso-8859-11", "WINDOWS-874"},
    };
    for (size_t i = 0; i < NG_ARRAY_LEN(map); i++)
        if (!strcasecmp(cs, map[i].label))
            return map[i].name;
    return cs;
}

/* Counts bytes that are not part of valid UTF-8 and multi-byte sequences. */
static void utf8_stats(const char *s, size_t n, size_t *bad, size_t *multi)
{
    *bad = *multi = 0;
    size_t i = 0;
    while (i < n) {
        size_t ok = ng__utf8_check(s + i, n - i);
        size_t k = i;
        while (k < i + ok) {
            uint64_t w;
            if (k + 8 <= i + ok) {
                memcpy(&w, s + k, 8);
                if (!(w & 0x8080808080808080ull)) { /* 8 ASCII bytes */
                    k += 8;
                    continue;
                }
            }
            if ((unsigned char)s[k] >= 0xC0)
                (*multi)++;
            k++;
        }
        i += ok;
        if (i < n) {
            (*bad)++;
            i++;
        }
    }
}

/* Converts s[0..n) from charset cs to UTF-8 into out; bytes iconv rejects
 * become U+FFFD.  Returns 0, NG_EUNSUPPORTED when iconv does not know cs,
 * or NG_ENOMEM. */
static int convert(const char *cs, const char *s, size_t n, ng_buf *out)
{
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1)
        return NG_EUNSUPPORTED;
    out->len = 0;
    if (ng__buf_reserve(out, n + n / 2 + 16)) {
        iconv_close(cd);
        return NG_ENOMEM;
    }
    char *in = (char *)s;
    size_t inleft = n;
    while (inleft) {
        if (out->cap - out->len < 64 && ng__buf_reserve(out, out->cap)) {
            iconv_close(cd);
            return NG_ENOMEM;
        }
        char *o = out->p + out->len;
        size_t oleft = out->cap - out->len - 1;
        size_t r = iconv(cd, &in, &inleft, &o, &oleft);
        out->len = (size_t)(o - out->p);
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG)
            continue;
        /* EILSEQ or EINVAL (truncated at the end): one replacement, skip a byte */
        ng__buf_put(out, "\xEF\xBF\xBD", 3);
        in++;
        inleft--;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    iconv_close(cd);
    if (!out->err && ng__buf_reserve(out, 1) == 0)
        out->p[out->len] = 0;
    return out->err;
}

/* Decides the page charset and leaves UTF-8 bytes in u8, u8n (either s
 * itself past a BOM, or conv's contents).  Returns 0 or NG_ENOMEM. */
static int page_utf8(const char *s, size_t n, const char *hint, ng_buf *conv, const char **u8, size_t *u8n)
{
    const char *from = NULL;
    int utf16 = 0;
    if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
        s += 3, n -= 3;
        from = NULL;
        goto utf8;
    }
    if (n >= 2 && !memcmp(s, "\xFF\xFE", 2))
        from = "UTF-16LE", utf16 = 1;
    else if (n >= 2 && !memcmp(s, "\xFE\xFF", 2))
        from = "UTF-16BE", utf16 = 1;
    if (utf16) {
        s += 2, n -= 2;
    } else {
        char cs[48];
        const char *declared = NULL;
        if (hint && *hint)
            declared = hint;
        else if (meta_charset(s, n, cs, sizeof cs))
            declared = cs;
        from = declared ? charset_name(declared) : NULL;
        size_t bad, multi;
        utf8_stats(s, n, &bad, &multi);
        if (!from) {
            /* declared UTF-8, or nothing declared: trust the bytes when they
             * are (nearly) valid UTF-8, else windows-1252 */
            if (bad && bad * 20 > multi + 1)
                from = "WINDOWS-1252";
        } else if (!strcmp(from, "WINDOWS-1252") && bad == 0) {
            from = NULL; /* declared Latin-1 but valid UTF-8: it is UTF-8 (or ASCII) */
        }
    }
    if (from) {
        int rc = convert(from, s, n, conv);
        if (rc == NG_ENOMEM)
            return rc;
        if (rc == 0) {
            *u8 = conv->p ? conv->p : "";
            *u8n = conv->len;
            return 0;
        }
        /* unknown charset: fall through to the bytes as they are */
    }
utf8:
    *u8 = s;
    *u8n = n;
    return 0;
}

/* ---------------------------------------------------------------- JSON-LD */

static int is_article_type(json_t *t)
{
    static const char *types[] = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
                                  "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
                                  "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "Report",
                                  "SocialMediaPosting", "WebPage", "Posting", "ReviewNewsArticle"};
    if (json_is_array(t)) {
        size_t i;
        json_t *v;
        int best = 0;
        json_array_foreach(t, i, v)
        {
            int k = is_article_type(v);
            if (k > best)
                best = k;
        }
        return best;
    }
    if (!json_is_string(t))
        return 0;
    const char *s = json_string_value(t);
    if (!strncmp(s, "http://schema.org/", 18) || !strncmp(s, "https://schema.org/", 19))
        s = strchr(s + 8, '/') + 1;
    for (size_t i = 0; i < NG_ARRAY_LEN(types); i++)
        if (!strcmp(s, types[i]))
            return !strcmp(s, "WebPage") ? 1 : 2; /* WebPage: only when nothing better */
    return 0;
}

/* Finds the best article object in v (objects, arrays, @graph). */
static void find_article(json_t *v, json_t **best, int *rank, int depth)
{
    if (depth > 6)
        return;
    if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) find_article(x, best, rank, depth + 1);
        return;
    }
    if (!json_is_object(v))
        return;
    int k = is_article_type(json_object_get(v, "@type"));
    if (k && (json_object_get(v, "articleBody") || json_object_get(v, "datePublished") ||
              json_object_get(v, "headline")))
        k++;
    if (k > *rank) {
        *rank = k;
        *best = v;
    }
    json_t *g = json_object_get(v, "@graph");
    if (g)
        find_article(g, best, rank, depth + 1);
    json_t *m = json_object_get(v, "mainEntity");
    if (m)
        find_article(m, best, rank, depth + 1);
}

static void collect_ld(const ng_hnode *n, json_t *arr, int depth)
{
    for (ng_hnode *c = ng__child(n); c; c = ng__next(c)) {
        if (c->type != NG_HN_ELEM || depth > 64)
            continue;
        if (c->tag == NG_T_SCRIPT) {
            const char *t = ng__attr(c, "type");
            ng_hnode *x = ng__child(c);
            if (t && !strcasecmp(t, "application/ld+json") && x && x->type == NG_HN_TEXT) {
                json_t *v = json_loadb(x->content, x->len, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
                if (v)
                    json_array_append_new(arr, v);
            }
            continue;
        }
        collect_ld(c, arr, depth + 1);
    }
}

/* ------------------------------------------------------------------ entry */

int ng__html_extract(const ng_engine *e, ng_doc *d)
{
    ng_buf conv, text;
    ng__buf_init(&conv);
    ng__buf_init(&text);
    const char *u8;
    size_t u8n;
    int rc = page_utf8(d->html, d->html_len, d->html_charset, &conv, &u8, &u8n);
    if (rc) {
        ng__buf_free(&conv);
        return rc;
    }
    ng_page p;
    memset(&p, 0, sizeof p);
    rc = ng__html_parse(u8, u8n, &p.tree);
    ng__buf_free(&conv);
    if (rc) {
        ng__html_tree_free(&p.tree);
        return rc;
    }
    if (u8n == 0) {
        ng__html_tree_free(&p.tree);
        rc = ng_doc_add_error(d, NG_EPARSE, 0, "HTML page is empty; no text");
        return rc ? rc : ng_doc_set_text(d, "", 0);
    }
    p.html = &p.tree.node[0];
    for (ng_hnode *c = ng__child(p.html); c; c = ng__next(c)) {
        if (ng__is_t(c, NG_T_HEAD) && !p.head)
            p.head = c;
        else if (ng__is_t(c, NG_T_BODY) && !p.body)
            p.body = c;
    }
    p.url = d->field[NG_FIELD_URL];
    p.ld = json_array();
    if (p.ld && p.html) {
        collect_ld(p.html, p.ld, 0);
        int rank = 0;
        find_article(p.ld, &p.article, &rank, 0);
    }
    rc = ng__html_text(&p, &text);
    if (!rc && text.err)
        rc = text.err;
    if (!rc)
        rc = ng__html_meta(e, &p, d, text.p ? text.p : "", text.len);
    if (!rc) {
        /* the headline is the record's title: a first line repeating it goes */
        const char *t = text.p ? text.p : "";
        size_t tn = text.len;
        const char *title = d->field[NG_FIELD_TITLE];
        const char *nl = tn ? memchr(t, '\n', tn) : NULL;
        if (title && nl && nl + 1 < t + tn && (size_t)(nl - t) == strlen(title) && !memcmp(t, title, (size_t)(nl - t))) {
            tn -= (size_t)(nl + 1 - t);
            t = nl + 1;
        }
        rc = ng_doc_set_text(d, t, tn);
    }
    ng__buf_free(&text);
    json_decref(p.ld);
    ng__html_tree_free(&p.tree);
    return rc;
}

/* ---------------------------------------------------------------- outlets */

struct ng_outlets {
    char *data;         /* the file, with tabs and newlines turned into NULs */
    const char **dom;   /* sorted domains */
    const char **name;
    size_t n;
};

void ng__outlets_free(struct ng_outlets *o)
{
    if (!o)
        return;
    ng__free(o->data);
    ng__free(o->dom);
    ng__free(o->name);
    ng__free(o);
}

int ng__outlets_load(ng_engine *e, ng_error *err)
{
    if (!e->data_dir)
        return 0;
    char path[4096];
    snprintf(path, sizeof path, "%s/outlets.tsv", e->data_dir);
    ng_buf b;
    ng__buf_init(&b);
    int rc = ng__buf_read_file(&b, path);
    if (rc == 1)
        return 0; /* absent: outlets only from the pages themselves */
    int ioerr = rc == NG_EIO;
    struct ng_outlets *o = rc ? NULL : ng__calloc(1, sizeof *o);
    if (!o) {
        ng__buf_free(&b);
        ng__free(o);
        ng__error_set(err, ioerr ? NG_EIO : NG_ENOMEM, UINT64_MAX, 0, "%s: %s", path,
                      ioerr ? "read error" : "out of memory");
        return ioerr ? NG_EIO : NG_ENOMEM;
    }
    ng__buf_putc(&b, '\n');
    size_t lines = 0;
    for (size_t i = 0; i < b.len; i++)
        lines += b.p[i] == '\n';
    o->data = ng__buf_take(&b, NULL);
    o->dom = ng__calloc(lines + 1, sizeof *o->dom);
    o->name = ng__calloc(lines + 1, sizeof *o->name);
    if (!o->data || !o->dom || !o->name) {
        ng__outlets_free(o);
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "%s: out of memory", path);
        return NG_ENOMEM;
    }
    char *s = o->data;
    uint64_t off = 0;
    while (*s) {
        char *nl = strchr(s, '\n');
        size_t len = (size_t)(nl - s);
        if (len && s[0] != '#') {
            char *tab = memchr(s, '\t', len);
            if (!tab || tab == s || tab + 1 >= nl) {
                ng__error_set(err, NG_EPARSE, off, 0, "%s: line at byte %llu is not DOMAIN<TAB>NAME", path,
                              (unsigned long long)off);
                ng__outlets_free(o);
                return NG_EPARSE;
            }
            *tab = 0;
            *nl = 0;
            if (nl > tab + 1 && nl[-1] == '\r')
                nl[-1] = 0;
            if (o->n && strcmp(o->dom[o->n - 1], s) >= 0) {
                ng__error_set(err, NG_EPARSE, off, 0, "%s: domains not sorted at byte %llu", path,
                              (unsigned long long)off);
                ng__outlets_free(o);
                return NG_EPARSE;
            }
            o->dom[o->n] = s;
            o->name[o->n] = tab + 1;
            o->n++;
        }
        *nl = 0;
        off += len + 1;
        s = nl + 1;
    }
    e->outlets = o;
    return 0;
}

const char *ng__outlets_find(const struct ng_outlets *o, const char *host, size_t n)
{
    if (!o || !host)
        return NULL;
    char h[256];
    if (n >= sizeof h)
        return NULL;
    for (size_t i = 0; i < n; i++)
        h[i] = (char)((host[i] >= 'A' && host[i] <= 'Z') ? host[i] + 32 : host[i]);
    h[n] = 0;
    const char *s = h;
    if (!strncmp(s, "www.", 4))
        s += 4;
    while (s && strchr(s, '.')) {
        size_t lo = 0, hi = o->n;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            int c = strcmp(o->dom[mid], s);
            if (!c)
                return o->name[mid];
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        s = strchr(s, '.');
        if (s)
            s++;
    }
    return NULL;
}
