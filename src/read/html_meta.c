/*
 * html_meta.c -- a page's metadata: title, authors, publication date,
 * canonical URL, outlet and language.
 *
 * Sources, in the order they are trusted: what the input already gave (never
 * overridden), JSON-LD (the NewsArticle-like object html.c found),
 * OpenGraph / Twitter / Dublin Core / news-site <meta> tags, microdata
 * (itemprop), <link rel=canonical>, <time datetime>, then the page's visible
 * text (h1, <title> cleaned of " | Outlet" parts, bylines, date lines), the
 * URL (dates in paths, the domain through the outlet list) and, for the
 * language, a function-word count over the extracted text.
 *
 * The publication date follows htmldate's order of evidence: structured
 * data, then meta tags, then <time> and date-classed elements, then the URL,
 * then date patterns in the text near the top of the article; dates outside
 * 1995..2035 or impossible days are discarded.  Formats read: ISO 8601,
 * YYYY/MM/DD, DD.MM.YYYY, "March 3, 2017", "3 March 2017", "3. März 2017"
 * (English, German, French, Spanish, Italian, Dutch, Portuguese month names).
 */
#include "html_int.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <strings.h>

typedef struct meta {
    const char *key, *val;
} meta;

typedef struct metas {
    meta m[256];
    size_t n;
} metas;

/* The <meta> elements under n (in document order: the tree is an array). */
static void collect_meta(ng_hnode *n, metas *ms, int depth)
{
    NG_UNUSED(depth);
    for (ng_hnode *c = n + 1; c < n + n->size && ms->n < NG_ARRAY_LEN(ms->m); c++) {
        if (c->tag != NG_T_META || c->type != NG_HN_ELEM)
            continue;
        const char *v = ng__attr(c, "content");
        if (!v)
            v = ng__attr(c, "value");
        if (!v || !*v)
            continue;
        const char *keys[4] = {ng__attr(c, "property"), ng__attr(c, "name"), ng__attr(c, "itemprop"),
                               ng__attr(c, "http-equiv")};
        for (int k = 0; k < 4; k++)
            if (keys[k] && ms->n < NG_ARRAY_LEN(ms->m)) {
                ms->m[ms->n].key = keys[k];
                ms->m[ms->n].val = v;
                ms->n++;
            }
    }
}

static const char *meta_get(const metas *ms, const char *key)
{
    int k0 = tolower((unsigned char)key[0]);
    for (size_t i = 0; i < ms->n; i++)
        if (tolower((unsigned char)ms->m[i].key[0]) == k0 && !strcasecmp(ms->m[i].key, key))
            return ms->m[i].val;
    return NULL;
}

/* Finds the first element matching pred, depth first. */
typedef int (*node_pred)(ng_hnode *n, void *ud);
static ng_hnode *find_node(ng_hnode *n, node_pred pred, void *ud, int depth)
{
    for (ng_hnode *c = n ? ng__child(n) : NULL; c; c = ng__next(c)) {
        if (c->type != NG_HN_ELEM || depth > 256)
            continue;
        if (ng__is(c, "script") || ng__is(c, "style") || ng__is(c, "noscript"))
            continue;
        if (pred(c, ud))
            return c;
        ng_hnode *r = find_node(c, pred, ud, depth + 1);
        if (r)
            return r;
    }
    return NULL;
}

static int is_tag(ng_hnode *n, void *ud) { return ng__is(n, (const char *)ud); }

static const char *json_str(json_t *o, const char *key)
{
    json_t *v = o ? json_object_get(o, key) : NULL;
    if (json_is_array(v))
        v = json_array_get(v, 0);
    if (json_is_object(v)) {
        json_t *n = json_object_get(v, "name");
        if (!json_is_string(n))
            n = json_object_get(v, "@id");
        v = n;
    }
    return json_is_string(v) && json_string_length(v) ? json_string_value(v) : NULL;
}

/* ------------------------------------------------------------------ dates */

static const struct { const char *name; int month; } month_names[] = {
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9},
    {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    {"januar", 1}, {"februar", 2}, {"m\xC3\xA4rz", 3}, {"maerz", 3}, {"mai", 5}, {"juni", 6}, {"juli", 7},
    {"oktober", 10}, {"dezember", 12}, {"j\xC3\xA4n", 1}, {"okt", 10}, {"dez", 12}, {"j\xC3\xA4nner", 1},
    {"janvier", 1}, {"f\xC3\xA9vrier", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6}, {"juillet", 7},
    {"ao\xC3\xBBt", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"d\xC3\xA9" "cembre", 12},
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
    {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7},
    {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
    {"janeiro", 1}, {"fevereiro", 2}, {"mar\xC3\xA7o", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7},
    {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
};

static int month_word(const char *s, size_t n, size_t *used)
{
    /* the first letters of the month names below */
    switch (n ? s[0] | 0x20 : 0) {
    case 'a': case 'd': case 'e': case 'f': case 'g': case 'j': case 'l': case 'm': case 'n': case 'o': case 's':
        break;
    default:
        return 0;
    }
    size_t m = 0;
    while (m < n && m < 16 && (isalpha((unsigned char)s[m]) || (unsigned char)s[m] >= 0x80))
        m++;
    if (m < 3)
        return 0;
    char w[20];
    for (size_t i = 0; i < m; i++)
        w[i] = (char)tolower((unsigned char)s[i]);
    w[m] = 0;
    for (size_t i = 0; i < NG_ARRAY_LEN(month_names); i++)
        if (w[0] == month_names[i].name[0] && !strcmp(w, month_names[i].name)) {
            *used = m;
            if (m < n && s[m] == '.')
                (*used)++;
            return month_names[i].month;
        }
    return 0;
}

static int valid_ymd(int y, int m, int d)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return y >= 1995 && y <= 2035 && m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1] &&
           !(m == 2 && d == 29 && (y % 4 || (y % 100 == 0 && y % 400)));
}

static int num(const char *s, size_t n, size_t *used, int maxd)
{
    size_t i = 0;
    int v = 0;
    while (i < n && (int)i < maxd && isdigit((unsigned char)s[i]))
        v = v * 10 + (s[i++] - '0');
    if (i < n && isdigit((unsigned char)s[i]))
        return -1;
    *used = i;
    return i ? v : -1;
}

static size_t skip_sp(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == ','))
        i++;
    return i;
}

/* Reads a date starting exactly at s.  Returns bytes used (0: none) and
 * fills y/m/d.  iso: set when the date was ISO-like (time may follow).
 * dmy: an ambiguous slash date (03/04/2020) is day first. */
static size_t date_at(const char *s, size_t n, int dmy, int *y, int *m, int *d, int *iso)
{
    size_t u1 = 0, u2 = 0, u3 = 0, i;
    *iso = 0;
    int a = num(s, n, &u1, 4);
    if (a >= 0 && u1 == 4 && u1 < n && (s[u1] == '-' || s[u1] == '/' || s[u1] == '.')) {
        char sep = s[u1];
        int b = num(s + u1 + 1, n - u1 - 1, &u2, 2);
        i = u1 + 1 + u2;
        if (b > 0 && i < n && s[i] == sep) {
            int c = num(s + i + 1, n - i - 1, &u3, 2);
            if (c > 0 && valid_ymd(a, b, c)) {
                *y = a, *m = b, *d = c;
                *iso = sep == '-';
                return i + 1 + u3;
            }
        }
        return 0;
    }
    if (a >= 0 && u1 == 8 && a / 10000 >= 1995) { /* 20170315 */
        if (valid_ymd(a / 10000, a / 100 % 100, a % 100)) {
            *y = a / 10000, *m = a / 100 % 100, *d = a % 100;
            return 8;
        }
        return 0;
    }
    if (a > 0 && u1 <= 2) {
        i = u1;
        /* DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY */
        if (i < n && (s[i] == '.' || s[i] == '/' || s[i] == '-') && i + 1 < n && isdigit((unsigned char)s[i + 1])) {
            char sep = s[i];
            int b = num(s + i + 1, n - i - 1, &u2, 2);
            size_t j = i + 1 + u2;
            if (b > 0 && j < n && s[j] == sep) {
                int c = num(s + j + 1, n - j - 1, &u3, 4);
                if (u3 == 2 && c >= 0)
                    c += c < 50 ? 2000 : 1900;
                else if (u3 != 4)
                    return 0;
                int dd = a, mm = b;
                if (sep == '/' && b <= 12 && a <= 12 && !dmy)
                    dd = b, mm = a; /* slashes with both <= 12: US order, unless the page is not American */
                else if (b > 12)
                    dd = b, mm = a;
                if (valid_ymd(c, mm, dd)) {
                    *y = c, *m = mm, *d = dd;
                    return j + 1 + u3;
                }
            }
            if (sep != '.')
                return 0;
        }
        /* D Month YYYY, D. Month YYYY */
        if (i < n && s[i] == '.')
            i++;
        if (i + 2 < n && s[i] == 's' && s[i + 1] == 't')
            i += 2; /* 1st */
        else if (i + 2 < n && (!strncmp(s + i, "nd", 2) || !strncmp(s + i, "rd", 2) || !strncmp(s + i, "th", 2)))
            i += 2;
        i = skip_sp(s, n, i);
        if (i + 3 < n && !strncasecmp(s + i, "de ", 3))
            i += 3;
        size_t mu;
        int mm = month_word(s + i, n - i, &mu);
        if (!mm)
            return 0;
        i = skip_sp(s, n, i + mu);
        if (i + 3 < n && !strncasecmp(s + i, "de ", 3))
            i += 3;
        int yy = num(s + i, n - i, &u2, 4);
        if (u2 == 4 && valid_ymd(yy, mm, a)) {
            *y = yy, *m = mm, *d = a;
            return i + u2;
        }
        return 0;
    }
    /* Month D, YYYY: only a word with a digit right after it (the cheap
     * test first: this runs at every word of a page's text) */
    size_t w = 0;
    while (w < n && w < 17 && (isalpha((unsigned char)s[w]) || (unsigned char)s[w] >= 0x80))
        w++;
    if (w < 3 || w > 16)
        return 0;
    if (w < n && s[w] == '.')
        w++;
    w = skip_sp(s, n, w);
    if (w >= n || !isdigit((unsigned char)s[w]))
        return 0;
    size_t mu;
    int mm = month_word(s, n, &mu);
    if (mm) {
        i = skip_sp(s, n, mu);
        int dd = num(s + i, n - i, &u2, 2);
        if (dd <= 0)
            return 0;
        i += u2;
        if (i + 2 <= n && (!strncmp(s + i, "st", 2) || !strncmp(s + i, "nd", 2) || !strncmp(s + i, "rd", 2) ||
                           !strncmp(s + i, "th", 2)))
            i += 2;
        i = skip_sp(s, n, i);
        int yy = num(s + i, n - i, &u3, 4);
        if (u3 == 4 && valid_ymd(yy, mm, dd)) {
            *y = yy, *m = mm, *d = dd;
            return i + u3;
        }
    }
    return 0;
}

/* Is s[i] inside a word (a date starts only at a word's start)?  Digits
 * may follow other scripts' letters. */
static int in_word(const char *s, size_t i)
{
    return i && (isalnum((unsigned char)s[i - 1]) ||
                 ((unsigned char)s[i - 1] >= 0x80 && !isdigit((unsigned char)s[i])));
}

/* Writes the date found in s (first one) into out.  flags: DI_ISO keeps
 * an ISO date-time whole, DI_DMY reads ambiguous slash dates day first.
 * Returns 1 if found. */
enum { DI_ISO = 1, DI_DMY = 2 };
static int date_in(const char *s, size_t n, char *out, size_t cap, int flags)
{
    if (!s)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (in_word(s, i))
            continue;
        if (!isalnum((unsigned char)s[i]) && (unsigned char)s[i] < 0x80)
            continue;
        int y, m, d, iso;
        size_t u = date_at(s + i, n - i, flags & DI_DMY, &y, &m, &d, &iso);
        if (!u)
            continue;
        if (iso && (flags & DI_ISO) && i + u < n && (s[i + u] == 'T' || s[i + u] == ' ') && i + u + 3 < n &&
            isdigit((unsigned char)s[i + u + 1])) {
            /* keep an ISO date-time: digits, :, ., +, -, Z */
            size_t t0 = i + u + 1, k = t0;
            while (k < n && k - t0 < 20 && (isdigit((unsigned char)s[k]) || s[k] == ':' || s[k] == '.' ||
                                            s[k] == '+' || s[k] == '-' || s[k] == 'Z'))
                k++;
            /* keep the time only when it reads HH:MM */
            if (k - t0 >= 5 && isdigit((unsigned char)s[t0 + 1]) && s[t0 + 2] == ':' && cap >= 12 + (k - t0)) {
                snprintf(out, cap, "%04d-%02d-%02dT%.*s", y, m, d, (int)(k - t0), s + t0);
                return 1;
            }
        }
        snprintf(out, cap, "%04d-%02d-%02d", y, m, d);
        return 1;
    }
    return 0;
}

static int date_str(const char *s, int dmy, char *out, size_t cap)
{
    return s && date_in(s, strlen(s), out, cap, DI_ISO | (dmy ? DI_DMY : 0));
}

/* Is n marked itemprop=datePublished? */
static int itemprop_published(const ng_hnode *n)
{
    const char *ip = ng__attr(n, "itemprop");
    return ip && !strcasecmp(ip, "datePublished");
}

/* <time datetime> and elements marked as the publication date. */
static int date_node(const ng_hnode *n)
{
    if (itemprop_published(n))
        return 1;
    if (ng__is(n, "time") && (ng__attr(n, "pubdate") || ng__attr(n, "datetime")))
        return 1;
    if (ng__is(n, "abbr")) {
        const char *c = ng__attr(n, "class");
        return c && strstr(c, "published");
    }
    return 0;
}

/* Is n named (class or id) as a date, byline or post meta?  With strict
 * set, only as the publication ("published", "posted", "byline", "dateline"). */
static int dateclass_node(const ng_hnode *n, int strict)
{
    const char *c = ng__attr(n, "class");
    const char *id = ng__attr(n, "id");
    static const char *const all[] = {"date", "time", "publish", "posted", "dateline", "byline", "datum",
                                      "meta", NULL};
    static const char *const publication[] = {"publish", "posted", "dateline", "byline", NULL};
    const char *const *keys = strict ? publication : all;
    for (int k = 0; k < 2; k++) {
        const char *s = k ? id : c;
        if (!s)
            continue;
        for (const char *const *p = keys; *p; p++)
            if (strcasestr(s, *p) && !strcasestr(s, "update") && !strcasestr(s, "modif") &&
                !strcasestr(s, "current") && !strcasestr(s, "today"))
                return 1;
    }
    return 0;
}

static int url_date(const char *url, char *out, size_t cap)
{
    if (!url)
        return 0;
    size_t n = strlen(url);
    for (size_t i = 0; i + 8 <= n; i++) {
        if (url[i] != '/' && url[i] != '-' && url[i] != '_')
            continue;
        const char *s = url + i + 1;
        size_t m = n - i - 1, u = 0;
        /* DD-MM-YYYY, DD.MM.YYYY, DD_MM_YYYY */
        if (m >= 10 && (s[2] == '-' || s[2] == '.' || s[2] == '_') && s[5] == s[2]) {
            size_t ud = 0, um = 0, uy = 0;
            int dd = num(s, 2, &ud, 2), mm = num(s + 3, 2, &um, 2), yy = num(s + 6, m - 6, &uy, 4);
            if (ud == 2 && um == 2 && uy == 4 && valid_ymd(yy, mm, dd)) {
                snprintf(out, cap, "%04d-%02d-%02d", yy, mm, dd);
                return 1;
            }
        }
        /* YYYYMMDD, exactly eight digits */
        size_t u8 = 0;
        int v = num(s, m, &u8, 8);
        if (u8 == 8 && valid_ymd(v / 10000, v / 100 % 100, v % 100)) {
            snprintf(out, cap, "%04d-%02d-%02d", v / 10000, v / 100 % 100, v % 100);
            return 1;
        }
        int y = num(s, m, &u, 4);
        if (u != 4 || y < 1995 || y > 2035 || u >= m)
            continue;
        char sep = s[4];
        if (sep == '/' || sep == '-' || sep == '_') {
            size_t u2 = 0, u3 = 0;
            int mo = num(s + 5, m - 5, &u2, 2);
            if (mo < 1 || mo > 12 || 5 + u2 >= m || s[5 + u2] != sep)
                continue;
            int d = num(s + 6 + u2, m - 6 - u2, &u3, 2);
            if (u3 && valid_ymd(y, mo, d)) {
                snprintf(out, cap, "%04d-%02d-%02d", y, mo, d);
                return 1;
            }
        }
    }
    return 0;
}

/* Does a space-separated token of s start with "comment"?  ("comments",
 * "comment-list", "commentlist"; not "ArticleHeaderComment", an opinion
 * piece's header, nor "wpcom-comments-date", a post's date.) */
static int comment_token(const char *s)
{
    if (!s)
        return 0;
    for (size_t i = 0; s[i]; i++)
        if ((i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n') && !strncasecmp(s + i, "comment", 7))
            return 1;
    return 0;
}

/* Subtrees that hold other people's dates: comment sections and their
 * forms. */
static int foreign_dates(const ng_hnode *n)
{
    return comment_token(ng__attr(n, "class")) || comment_token(ng__attr(n, "id"));
}

/* Elements whose content is no visible text. */
static int no_text(const ng_hnode *n)
{
    return n->tag == NG_T_SCRIPT || n->tag == NG_T_STYLE || n->tag == NG_T_NOSCRIPT || n->tag == NG_T_TEMPLATE;
}

/* The text under n for date scanning: like ng__node_text, with a space
 * where a block element or <br> starts (so "<li>12.05.2021</li><li>3.4.2020"
 * stays two dates) and no-break spaces as spaces; script and style skipped,
 * and comment sections unless comments is set.
 * One pass over the subtree.  Returns b->err. */
static int date_text(const ng_hnode *n, ng_buf *b, int comments)
{
    if (!n)
        return 0;
    const ng_hnode *end = n + n->size;
    for (const ng_hnode *c = n + 1; c < end; c++) {
        if (c->type == NG_HN_ELEM) {
            if (no_text(c) || (!comments && foreign_dates(c)))
                c += c->size - 1;
            else if ((ng__tag_flags(c->tag) & NG_HF_BLOCK) && b->len && b->p[b->len - 1] != ' ')
                ng__buf_putc(b, ' ');
            continue;
        }
        const char *t = c->content;
        size_t len = c->len, i = 0;
        while (t && i < len) {
            size_t j = i;
            while (j < len && !(t[j] == ' ' || t[j] == '\n' || t[j] == '\t' || t[j] == '\r' || t[j] == '\f' ||
                                ((unsigned char)t[j] == 0xC2 && j + 1 < len && (unsigned char)t[j + 1] == 0xA0)))
                j++;
            if (j > i)
                ng__buf_put(b, t + i, j - i);
            if (j < len) { /* a run of spaces (no-break ones too) becomes one */
                if (b->len && b->p[b->len - 1] != ' ')
                    ng__buf_putc(b, ' ');
                j += (unsigned char)t[j] == 0xC2 ? 2 : 1;
            }
            i = j;
        }
    }
    return b->err;
}

/* Labels before a date in running text: 1 publication, 2 revision. */
static const struct { const char *w; int kind; } date_labels[] = {
    {"erschienen", 1}, {"ver\xC3\xB6" "ffentlicht", 1}, {"publiziert", 1}, {"published", 1}, {"posted", 1},
    {"publi\xC3\xA9", 1}, {"publicado", 1}, {"pubblicato", 1}, {"gespeichert", 1}, {"erstellt", 1},
    {"created", 1}, {"datum", 1}, {"date", 1},
    {"\xC3\xA4nderung", 2}, {"zuletzt", 2}, {"ge\xC3\xA4ndert", 2}, {"aktualisiert", 2}, {"updated", 2},
    {"modified", 2}, {"update", 2}, {"stand", 2}, {"mis \xC3\xA0 jour", 2}, {"actualizado", 2}, {"aggiornato", 2},
};

/* The kind (1 publication, 2 revision, 0 none) of the label nearest the end
 * of s[0..n) (at most 40 bytes: a label names the date right after it),
 * labels matched as whole words. */
static int label_before(const char *s, size_t n)
{
    if (n > 40)
        s += n - 40, n = 40;
    char w[41];
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        /* capitals of Latin-1 letters (U+00C0..U+00DE, "\xC3\x80".."\xC3\x9E") lowered too */
        if (i && (unsigned char)s[i - 1] == 0xC3 && ch >= 0x80 && ch <= 0x9E && ch != 0x97)
            ch += 0x20;
        w[i] = (char)tolower(ch);
    }
    w[n] = 0;
    int kind = 0;
    size_t best = 0;
    for (size_t k = 0; k < NG_ARRAY_LEN(date_labels); k++) {
        const char *l = date_labels[k].w;
        size_t ln = strlen(l);
        for (const char *f = strstr(w, l); f; f = strstr(f + 1, l))
            if ((size_t)(f - w) + ln > best && (f == w || !isalpha((unsigned char)f[-1])) &&
                !isalpha((unsigned char)f[ln])) { /* whole words: not "Daten", not "update" as "date" */
                best = (size_t)(f - w) + ln;
                kind = date_labels[k].kind;
            }
    }
    return kind;
}

/* The dates written in the visible text under root (comment sections only
 * when comments is set), in one pass: the first
 * one labelled as the publication ("Erschienen am", "Published:",
 * "posted"), else the first labelled as a revision ("Letzte \xC3\x84nderung",
 * "Updated:", "Stand:"), else the most frequent one (the first seen wins
 * ties), goes to out.  Returns 1 when any was found, 0 when none,
 * NG_ENOMEM. */
static int text_dates(ng_hnode *root, int comments, int dmy, char *out, size_t cap)
{
    if (!root)
        return 0;
    ng_buf b;
    ng__buf_init(&b);
    date_text(root, &b, comments);
    if (b.err || !b.len) {
        int err = b.err;
        ng__buf_free(&b);
        return err;
    }
    struct { int y, m, d, n; } c[32];
    size_t nc = 0;
    int labelled[3] = {-1, -1, -1}; /* the candidate index per label kind */
    const char *s = b.p;
    size_t n = b.len, prev_end = 0;
    for (size_t i = 0; i < n; i++) {
        if (in_word(s, i))
            continue;
        if (!isalnum((unsigned char)s[i]))
            continue;
        int y, m, d, iso;
        size_t u = date_at(s + i, n - i, dmy, &y, &m, &d, &iso);
        if (!u)
            continue;
        size_t k = 0;
        while (k < nc && !(c[k].y == y && c[k].m == m && c[k].d == d))
            k++;
        if (k == nc && nc < NG_ARRAY_LEN(c)) {
            c[nc].y = y, c[nc].m = m, c[nc].d = d, c[nc].n = 0;
            nc++;
        }
        if (k < nc) {
            c[k].n++;
            int kind = label_before(s + prev_end, i - prev_end);
            if (kind && labelled[kind] < 0)
                labelled[kind] = (int)k;
        }
        i += u - 1;
        prev_end = i + 1;
    }
    ng__buf_free(&b);
    if (!nc)
        return 0;
    size_t best = 0;
    for (size_t k = 1; k < nc; k++)
        if (c[k].n > c[best].n)
            best = k;
    if (labelled[1] >= 0)
        best = (size_t)labelled[1];
    else if (labelled[2] >= 0)
        best = (size_t)labelled[2];
    snprintf(out, cap, "%04d-%02d-%02d", c[best].y, c[best].m, c[best].d);
    return 1;
}

/* The first date in the visible text of n (comment sections skipped) when
 * that text is shorter than max bytes.  Returns 1, 0 or NG_ENOMEM. */
static int text_date(const ng_hnode *n, size_t max, int dmy, char *out, size_t cap)
{
    ng_buf b;
    ng__buf_init(&b);
    date_text(n, &b, 0);
    int ok = b.err ? b.err : b.len && b.len < max && date_in(b.p, b.len, out, cap, dmy ? DI_DMY : 0);
    ng__buf_free(&b);
    return ok;
}

/* A date written in an element classed as a date, byline or post meta
 * (strict: as the publication, see dateclass_node): the first such element
 * before stop (NULL: anywhere) in document order (small elements only,
 * comment sections skipped) whose text holds a date.  One pass over the
 * tree, each node's text read at most once.  Returns 1 when found, 0 when
 * not, NG_ENOMEM. */
static int visible_date(ng_hnode *root, const ng_hnode *stop, int strict, int dmy, char *out, size_t cap)
{
    if (!root)
        return 0;
    const ng_hnode *end = stop ? stop : root + root->size;
    for (ng_hnode *c = root + 1; c < end; c++) {
        if (c->type != NG_HN_ELEM)
            continue;
        if (no_text(c) || foreign_dates(c)) {
            c += c->size - 1;
            continue;
        }
        if (c->size > 48 || !dateclass_node(c, strict))
            continue;
        int ok = text_date(c, 400, dmy, out, cap);
        if (ok)
            return ok;
        c += c->size - 1; /* its text had no date: neither has its children's */
    }
    return 0;
}

/* The datePublished of a top-level JSON-LD object (a block, a member of a
 * block's array or @graph), for pages whose main object is no article type
 * (a recipe, a product, an event); nested objects (reviews, comments) are
 * not read.  NULL when none. */
static const char *ld_any_published(json_t *ld)
{
    size_t i, j;
    json_t *v, *w;
    json_array_foreach(ld, i, v)
    {
        json_t *list = json_is_array(v) ? v : json_object_get(v, "@graph");
        if (json_is_object(v) && json_str(v, "datePublished"))
            return json_str(v, "datePublished");
        if (json_is_array(list))
            json_array_foreach(list, j, w) if (json_is_object(w) && json_str(w, "datePublished")) return json_str(
                w, "datePublished");
    }
    return NULL;
}

/* Reads an ISO 8601 date-time "YYYY-MM-DD[T ]HH:MM[:SS][.f][Z|+HH[:]MM|+HH]"
 * at s.  Returns 1 and fills *min (minutes of the wall clock since
 * 1970-01-01), *sec (-1 when not given), *zone (1 when a zone was given, then
 * *off is its offset east of UTC in minutes).  Returns 0 for anything else. */
static int iso_datetime(const char *s, long *min, int *sec, int *zone, int *off)
{
    int v[5];
    static const char seps[] = "--T:";
    size_t i = 0;
    for (int k = 0; k < 5; k++) {
        int w = k ? 2 : 4;
        v[k] = 0;
        for (int j = 0; j < w; j++, i++) {
            if (!isdigit((unsigned char)s[i]))
                return 0;
            v[k] = v[k] * 10 + (s[i] - '0');
        }
        if (k < 4 && !(s[i] == seps[k] || (k == 2 && s[i] == ' ')))
            return 0;
        if (k < 4)
            i++;
    }
    if (!valid_ymd(v[0], v[1], v[2]) || v[3] > 23 || v[4] > 59)
        return 0;
    *sec = -1;
    if (s[i] == ':' && isdigit((unsigned char)s[i + 1]) && isdigit((unsigned char)s[i + 2])) {
        *sec = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
        i += 3;
    }
    if (s[i] == '.' || s[i] == ',')
        for (i++; isdigit((unsigned char)s[i]); i++)
            ;
    *zone = 0;
    *off = 0;
    if (s[i] == 'Z') {
        *zone = 1;
    } else if ((s[i] == '+' || s[i] == '-') && isdigit((unsigned char)s[i + 1]) && isdigit((unsigned char)s[i + 2])) {
        int h = (s[i + 1] - '0') * 10 + (s[i + 2] - '0'), m = 0;
        size_t k = i + 3;
        if (s[k] == ':')
            k++;
        if (isdigit((unsigned char)s[k]) && isdigit((unsigned char)s[k + 1]))
            m = (s[k] - '0') * 10 + (s[k + 1] - '0');
        if (h > 14 || m > 59)
            return 0;
        *zone = 1;
        *off = (s[i] == '-' ? -1 : 1) * (h * 60 + m);
    }
    *min = ng__days_from_civil(v[0], v[1], v[2]) * 1440 + v[3] * 60 + v[4];
    return 1;
}

/* Is s the instant utc (minutes, seconds or -1) written on a clock other
 * than UTC: with a non-zero offset, or without a zone and 15-minute steps
 * of at most 14 hours away? */
static int same_instant_local(const char *s, long utc, int usec)
{
    long c;
    int cs, z, off;
    if (!s || !iso_datetime(s, &c, &cs, &z, &off))
        return 0;
    if (cs >= 0 && usec >= 0 && cs != usec)
        return 0;
    if (z)
        return off != 0 && c - off == utc;
    long diff = c - utc;
    return diff != 0 && diff >= -14 * 60 && diff <= 14 * 60 && diff % 15 == 0;
}

/* The same instant as (utc, usec) in a JSON-LD date field ("date...",
 * "...ublish..."), depth-first over at most 4,000 values.  NULL when none. */
static const char *ld_same_instant(json_t *v, long utc, int usec, int depth, int *budget)
{
    if (depth > 8 || --*budget < 0)
        return NULL;
    if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x)
        {
            const char *r = ld_same_instant(x, utc, usec, depth + 1, budget);
            if (r)
                return r;
        }
    } else if (json_is_object(v)) {
        const char *k;
        json_t *x;
        json_object_foreach(v, k, x)
        {
            if (json_is_string(x)) {
                if ((!strncmp(k, "date", 4) || strstr(k, "ublish")) && same_instant_local(json_string_value(x), utc, usec))
                    return json_string_value(x);
            } else {
                const char *r = ld_same_instant(x, utc, usec, depth + 1, budget);
                if (r)
                    return r;
            }
        }
    }
    return NULL;
}

/* A date found as a UTC instant ("...Z", "+00:00") may fall on the day
 * before or after the publisher's own calendar day.  The page's day is
 * taken from, in order: the same instant written on the local clock (a meta
 * tag, JSON-LD, <time datetime>); the URL's date when it is the next day;
 * the first visible date; the last two only when one day away in the
 * direction the hour makes likely (a later day from 14:00 UTC on, 20:00 for
 * a visible one; an earlier one before 10:00: the offsets of most newsrooms
 * are within +10 h and -10 h).  out is rewritten
 * when one is found.  Returns 0 or NG_ENOMEM. */
static int local_day(const ng_page *p, const metas *ms, int dmy, char *out, size_t cap)
{
    long utc;
    int usec, zone, off;
    if (!iso_datetime(out, &utc, &usec, &zone, &off) || !zone || off)
        return 0;
    const char *v = NULL;
    for (size_t i = 0; i < ms->n && !v; i++)
        if (same_instant_local(ms->m[i].val, utc, usec))
            v = ms->m[i].val;
    int budget = 4000;
    if (!v && p->ld)
        v = ld_same_instant(p->ld, utc, usec, 0, &budget);
    ng_hnode *root = p->body ? p->body : p->html;
    if (!v && root)
        for (ng_hnode *c = root + 1; c < root + root->size && !v; c++)
            if (c->tag == NG_T_TIME && c->type == NG_HN_ELEM && same_instant_local(ng__attr(c, "datetime"), utc, usec))
                v = ng__attr(c, "datetime");
    char alt[40];
    if (v && date_str(v, dmy, alt, sizeof alt)) {
        long c;
        int cs, cz, coff;
        size_t n = strlen(alt);
        /* a local clock without zone gets the offset it shows */
        if (iso_datetime(v, &c, &cs, &cz, &coff) && !cz && n + 7 <= sizeof alt) {
            long diff = c - utc;
            snprintf(alt + n, sizeof alt - n, "%c%02ld:%02ld", diff < 0 ? '-' : '+', labs(diff) / 60, labs(diff) % 60);
        }
        snprintf(out, cap, "%s", alt);
        return 0;
    }
    long day = utc / 1440;
    int hour = (int)(utc % 1440 / 60);
    for (int k = 0; k < 2; k++) {
        int ok = k ? visible_date(root, NULL, 0, dmy, alt, sizeof alt) : url_date(p->url, alt, sizeof alt);
        int y, m, d;
        if (ok < 0)
            return ok;
        if (!ok || ng__parse_iso_date(alt, &y, &m, &d) || !d)
            continue;
        long dd = ng__days_from_civil(y, m, d) - day;
        /* a URL's date may be the day a story was begun: it says only that
         * the publication day is not earlier than the UTC day; a visible
         * next day may be a masthead's today, so it needs a late hour */
        if ((dd == 1 && hour >= (k ? 20 : 14)) || (dd == -1 && hour < 10 && k)) {
            snprintf(out, cap, "%s", alt);
            return 0;
        }
        if (dd == 0)
            return 0; /* the page agrees with the UTC day */
    }
    return 0;
}

/* The date of a <time>-like element: its datetime, content or title
 * attribute, else its text.  Returns 1, 0 or NG_ENOMEM. */
static int node_date(const ng_hnode *t, int dmy, char *out, size_t cap)
{
    const char *v = ng__attr(t, "datetime");
    if (!v)
        v = ng__attr(t, "content");
    if (!v)
        v = ng__attr(t, "title");
    if (date_str(v, dmy, out, cap))
        return 1;
    return text_date(t, SIZE_MAX, dmy, out, cap);
}

/* Is an ambiguous slash date (03/04/2020) day first on this page?  No for
 * American English: a page declared en-US (or en-CA, en-PH), or English
 * without a region, or undeclared, on a host that is not under a country
 * domain other than .us; yes for every other language and country. */
static int day_first(const ng_page *p, const metas *ms)
{
    const char *lang = p->html ? ng__attr(p->html, "lang") : NULL;
    if (!lang || !*lang)
        lang = p->html ? ng__attr(p->html, "xml:lang") : NULL;
    if (!lang || !*lang)
        lang = meta_get(ms, "content-language");
    if (lang && *lang && strncasecmp(lang, "en", 2))
        return 1;
    if (lang && (lang[2] == '-' || lang[2] == '_') && lang[3])
        return strncasecmp(lang + 3, "us", 2) && strncasecmp(lang + 3, "ca", 2) && strncasecmp(lang + 3, "ph", 2);
    const char *h = p->url ? strstr(p->url, "://") : NULL;
    if (!h)
        return 0;
    h += 3;
    size_t hn = strcspn(h, "/:?#");
    const char *dot = NULL;
    for (size_t i = 0; i < hn; i++)
        if (h[i] == '.')
            dot = h + i;
    return dot && h + hn - dot == 3 && strncasecmp(dot + 1, "us", 2); /* a two-letter country domain */
}

/* The steps of find_date, in order. */
enum { DS_NONE, DS_LD, DS_META, DS_TIME, DS_URL, DS_VISIBLE, DS_TEXT, DS_MODIFIED, DS_FREQUENT };

static int find_date_in(const ng_page *p, const metas *ms, int dmy, const char *text, size_t len, char *out, size_t cap)
{
    /* 1. JSON-LD: the article's object, else any top-level object's */
    if (p->article && (date_str(json_str(p->article, "datePublished"), dmy, out, cap) ||
                       date_str(json_str(p->article, "dateCreated"), dmy, out, cap)))
        return DS_LD;
    if (p->ld && date_str(ld_any_published(p->ld), dmy, out, cap))
        return DS_LD;
    /* 2. meta tags */
    static const char *const keys[] = {
        "article:published_time", "og:article:published_time", "article:published", "og:published_time",
        "datePublished", "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
        "published-date", "published_time", "dc.date.issued",
        "dcterms.created", "dc.date.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
        "article.published", "article_date_original", "originalpublicationdate", "citation_publication_date",
        "citation_date", "cxenseparse:recs:publishtime", "bt:pubdate", "og:pubdate", "date.created",
        "dateCreated", "pdate", "displaydate", "content_date", NULL};
    for (const char *const *k = keys; *k; k++)
        if (date_str(meta_get(ms, *k), dmy, out, cap))
            return DS_META;
    /* generic dates, often the page's generation or a revision: after the
     * dates marked in the page */
    static const char *const weak[] = {"date", "dc.date", "dcterms.date", "timestamp", NULL};
    /* 3. itemprop=datePublished; <time datetime>, unless an element named
     * for the publication (published, posted, byline, dateline) before it
     * holds another date (the first <time> is often a teaser's; a masthead's
     * "header-date" is today's) */
    ng_hnode *root = p->body ? p->body : p->html;
    ng_hnode *t = NULL, *ip = NULL;
    if (root) /* one pass: the first itemprop=datePublished and the first of any kind, not in comments */
        for (ng_hnode *c = root + 1; c < root + root->size && !ip; c++) {
            if (c->type != NG_HN_ELEM)
                continue;
            if (c->tag == NG_T_SCRIPT || c->tag == NG_T_STYLE || c->tag == NG_T_NOSCRIPT || foreign_dates(c)) {
                c += c->size - 1;
                continue;
            }
            if (!date_node(c))
                continue;
            if (!t)
                t = c;
            if (itemprop_published(c))
                ip = c;
        }
    int rc = ip ? node_date(ip, dmy, out, cap) : 0;
    if (rc)
        return rc < 0 ? rc : DS_TIME;
    if (t) {
        char td[40];
        rc = visible_date(root, t, 1, dmy, out, cap);
        int rt = rc < 0 ? 0 : node_date(t, dmy, td, sizeof td);
        if (rc < 0 || rt < 0)
            return rc < 0 ? rc : rt;
        if (rc && rt && !strncmp(out, td, 10))
            rc = 0; /* the same day: the <time>'s date-time says more */
        if (rc)
            return DS_VISIBLE;
        if (rt) {
            snprintf(out, cap, "%s", td);
            return DS_TIME;
        }
    }
    /* 4. the URL */
    if (url_date(p->url, out, cap))
        return DS_URL;
    /* 5. elements classed as dates, bylines, post meta, and the generic date
     * meta tags: the earlier of the two (a generic tag is often a revision,
     * a date-classed element often a newer teaser's) */
    char wd[40];
    int weak_ok = 0;
    for (const char *const *k = weak; *k && !weak_ok; k++)
        weak_ok = date_str(meta_get(ms, *k), dmy, wd, sizeof wd);
    rc = visible_date(root, NULL, 0, dmy, out, cap);
    if (rc < 0)
        return rc;
    if (weak_ok && (!rc || strncmp(wd, out, 10) < 0)) {
        snprintf(out, cap, "%s", wd);
        return DS_META;
    }
    if (rc)
        return DS_VISIBLE;
    /* 6. a date line at the top of the article text */
    if (text && date_in(text, len < 400 ? len : 400, out, cap, dmy ? DI_DMY : 0))
        return DS_TEXT;
    /* 7. the last modification, when that is all the page says */
    static const char *const modified[] = {"article:modified_time", "dateModified", "og:updated_time",
                                           "eomportal-lastupdate", "last-modified", "dcterms.modified", NULL};
    for (const char *const *k = modified; *k; k++)
        if (date_str(meta_get(ms, *k), dmy, out, cap))
            return DS_MODIFIED;
    if (p->article && date_str(json_str(p->article, "dateModified"), dmy, out, cap))
        return DS_MODIFIED;
    /* 8. the date written most often in the page's text (first seen wins ties) */
    rc = text_dates(root, 0, dmy, out, cap);
    if (!rc) /* the comments' dates bound the publication from above: better than none */
        rc = text_dates(root, 1, dmy, out, cap);
    return rc < 0 ? rc : rc ? DS_FREQUENT : DS_NONE;
}

/* The publication date of the page as "YYYY-MM-DD" (or a longer ISO 8601
 * date-time when the page gives one) into out (cap >= 32).  ms: the page's
 * meta tags.  Returns the step that found it (DS_*), DS_NONE, or NG_ENOMEM. */
static int find_date(const ng_page *p, const metas *ms, const char *text, size_t len, char *out, size_t cap)
{
    int dmy = day_first(p, ms);
    int src = find_date_in(p, ms, dmy, text, len, out, cap);
    if (src > 0) {
        int rc = local_day(p, ms, dmy, out, cap);
        if (rc)
            return rc;
    }
    return src;
}

/* ------------------------------------------------------------------ title */

static int is_sep_at(const char *s, size_t *seplen)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB ", " \xC2\xAB ",
                                       " \xC2\xB7 ", " // ", " : ", NULL};
    for (const char *const *p = seps; *p; p++) {
        size_t m = strlen(*p);
        if (!strncmp(s, *p, m)) {
            *seplen = m;
            return 1;
        }
    }
    return 0;
}

static size_t words(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
            w++;
    return w;
}

/* Cuts " | Outlet" suffixes (and "Outlet | " prefixes) off a title. */
static void clean_title(const char *s, size_t n, const char *site, size_t *ostart, size_t *olen)
{
    *ostart = 0;
    *olen = n;
    for (int round = 0; round < 3; round++) {
        const char *b = s + *ostart;
        size_t m = *olen;
        /* the last and the first separators */
        size_t last = 0, lastlen = 0, first = 0, firstlen = 0;
        for (size_t i = 0; i + 3 <= m; i++) {
            size_t sl;
            if (is_sep_at(b + i, &sl) && i + sl < m && i > 0) {
                if (!firstlen)
                    first = i, firstlen = sl;
                last = i, lastlen = sl;
            }
        }
        if (!lastlen)
            return;
        size_t tail = m - last - lastlen;
        int tail_site = site && strlen(site) == tail && !strncasecmp(b + last + lastlen, site, tail);
        int head_site = site && strlen(site) == first && !strncasecmp(b, site, first);
        if (tail_site || (words(b + last + lastlen, tail) <= 4 && tail * 2 < last && b[last + 1] != ':')) {
            *olen = last;
        } else if (head_site || (words(b, first) <= 3 && first * 2 < m - first - firstlen && b[first + 1] != ':')) {
            *ostart += first + firstlen;
            *olen = m - first - firstlen;
        } else {
            return;
        }
    }
}

/* Collapses runs of white space in b to one space and trims the ends. */
static void squash_space(ng_buf *b)
{
    size_t o = 0;
    for (size_t i = 0; i < b->len; i++) {
        char c = b->p[i] == '\n' || b->p[i] == '\t' || b->p[i] == '\r' ? ' ' : b->p[i];
        if ((unsigned char)c == 0xC2 && i + 1 < b->len && (unsigned char)b->p[i + 1] == 0xA0)
            c = ' ', i++; /* a no-break space */
        if (c == ' ' && (o == 0 || b->p[o - 1] == ' '))
            continue;
        b->p[o++] = c;
    }
    while (o && b->p[o - 1] == ' ')
        o--;
    b->len = o;
}

/* Is s[0..n) a title separator with its spaces (": ", " | ", " - ",
 * " « ", " » ", " :: ")?  Gives its length through *len. */
static int title_sep(const char *s, size_t n, size_t *len)
{
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    size_t j = i;
    if (j < n && strchr(":|-/", s[j]) && s[j])
        j++;
    else if (j + 1 < n && (unsigned char)s[j] == 0xC2 && ((unsigned char)s[j + 1] == 0xAB || (unsigned char)s[j + 1] == 0xBB || (unsigned char)s[j + 1] == 0xB7))
        j += 2;
    else if (j + 2 < n && (unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] == 0x80 &&
             ((unsigned char)s[j + 2] == 0x93 || (unsigned char)s[j + 2] == 0x94))
        j += 3;
    else
        return 0;
    while (j < n && (s[j] == ':' || s[j] == '|' || s[j] == '/'))
        j++;
    if (j == n && i > 0) {
        *len = j; /* " :" right before what follows ("... :zenhabits") */
        return 1;
    }
    if (j >= n || s[j] != ' ')
        return 0;
    while (j < n && s[j] == ' ')
        j++;
    *len = j;
    return 1;
}

/* Does the <h1> h look like a site's banner rather than a headline: named
 * so (banner, logo, site-title, blog-title, blog-header, branding,
 * masthead), or all of its text a link to a home page (a path of at most
 * two parts, without digits or a file name)? */
static int banner_h1(ng_hnode *h)
{
    static const char *const names[] = {"banner", "logo", "sitetitle", "site-title", "site_title", "blogtitle",
                                        "blog-title", "blog_title", "blogheader", "blog-header", "branding",
                                        "masthead", "sitename", "site-name", "blogname", "blog-name", NULL};
    const char *v[2] = {ng__attr(h, "class"), ng__attr(h, "id")};
    for (int k = 0; k < 2; k++)
        for (const char *const *p = names; v[k] && *p; p++)
            if (strcasestr(v[k], *p))
                return 1;
    /* the h1's only element child with text is an <a> holding all of it */
    ng_hnode *a = NULL;
    for (ng_hnode *c = ng__child(h); c; c = ng__next(c)) {
        if (c->type == NG_HN_TEXT) {
            for (const char *q = c->content; q && *q; q++)
                if ((unsigned char)*q > ' ')
                    return 0;
        } else if (c->type == NG_HN_ELEM) {
            if (a || !ng__is(c, "a"))
                return 0;
            a = c;
        }
    }
    const char *href = a ? ng__attr(a, "href") : NULL;
    if (!href)
        return 0;
    const char *path = href;
    const char *sch = strstr(href, "://");
    if (sch) {
        path = strchr(sch + 3, '/');
        if (!path)
            return 1; /* "http://example.org" */
    } else if (href[0] != '/') {
        return 0;
    }
    int parts = 0;
    for (const char *q = path; *q && *q != '?' && *q != '#'; q++) {
        if (isdigit((unsigned char)*q) || *q == '.')
            return 0; /* a dated permalink, "post.html" */
        if (*q == '/' && q[1] && q[1] != '?' && q[1] != '#')
            parts++;
    }
    return parts <= 2;
}

/* When the text h opens or closes the title t with a separator between
 * ("Seth's Blog: The headline", "The headline << Seth's Blog"), the rest of
 * t through *rest and *rn (at least 8 bytes); else 0. */
static int title_rest(const ng_buf *h, const ng_buf *t, const char **rest, size_t *rn)
{
    size_t sl;
    if (!h->len || t->len <= h->len + 3)
        return 0;
    *rest = NULL;
    if (!strncasecmp(t->p, h->p, h->len) && title_sep(t->p + h->len, t->len - h->len, &sl)) {
        *rest = t->p + h->len + sl;
        *rn = t->len - h->len - sl;
    } else if (!strncasecmp(t->p + t->len - h->len, h->p, h->len)) {
        size_t end = t->len - h->len;
        for (size_t k = end; k-- > 0 && end - k <= 6;)
            if (title_sep(t->p + k, end - k, &sl) && k + sl == end) {
                *rest = t->p;
                *rn = k;
                break;
            }
    }
    /* a leftover separator at the rest's start: "&raquo; Headline :Site" */
    while (*rest && *rn && (**rest == ' ' || (*rn >= 2 && (unsigned char)(*rest)[0] == 0xC2 &&
                                               ((unsigned char)(*rest)[1] == 0xBB || (unsigned char)(*rest)[1] == 0xAB)))) {
        size_t k = **rest == ' ' ? 1 : 2;
        *rest += k, *rn -= k;
    }
    return *rest && *rn >= 8;
}

/* Is s[0..n) the text (white space collapsed, case ignored) of an <h2> to
 * <h4> in body after the element h1 (with h1 NULL: of an <h1> to <h4>
 * anywhere in body)?  1 or 0, or NG_ENOMEM. */
static int heading_says(ng_hnode *body, ng_hnode *h1, const char *s, size_t n)
{
    if (!body || n < 8)
        return 0;
    ng_buf hb;
    ng__buf_init(&hb);
    int found = 0;
    for (ng_hnode *q = h1 ? h1 + h1->size : body; q < body + body->size && !found; q++) {
        if (q->type != NG_HN_ELEM ||
            !((!h1 && ng__is(q, "h1")) || ng__is(q, "h2") || ng__is(q, "h3") || ng__is(q, "h4")))
            continue;
        hb.len = 0;
        ng__node_text(q, &hb);
        if (hb.err)
            break;
        squash_space(&hb);
        found = hb.len == n && !strncasecmp(hb.p, s, n);
    }
    int rc = hb.err ? NG_ENOMEM : found;
    ng__buf_free(&hb);
    return rc;
}

/* A blog's <h1> is often its own name or a section's ("Seth's Blog",
 * "WorldViews") and the post's headline an <h2>: the <title> then names the
 * post.  h holds the h1's text, t the <title>'s (white space collapsed).
 * When the h1 is a banner (banner_h1) or the post's headline shows as an
 * <h2>-<h4>, replaces h with the <title> less the h1's text ("Seth's Blog:
 * The headline" -> "The headline"), or, when the h1 is not part of the
 * title, with the title cleaned of its site part (site) if a heading shows
 * that.  Returns 0, or NG_ENOMEM. */
static int headline_from_title(ng_hnode *body, ng_hnode *h1, ng_buf *h, const ng_buf *t, const char *site)
{
    const char *rest;
    size_t rn, s0, sl;
    int banner = banner_h1(h1), r;
    if (title_rest(h, t, &rest, &rn)) {
        /* the h1 opening the title: "Blog: Headline" names the blog first,
         * "Headline | Site" (the site shorter) names the post first */
        int first = rest > t->p;
        if (!banner && first && rn <= h->len && !memchr(t->p + h->len, ':', (size_t)(rest - t->p) - h->len))
            return 0;
        if (!banner && (r = heading_says(body, h1, rest, rn)) <= 0)
            return r;
    } else {
        clean_title(t->p, t->len, site, &s0, &sl);
        rest = t->p + s0;
        rn = sl;
        if (rn < 8 || (rn == h->len && !strncasecmp(rest, h->p, rn)) ||
            (site && strlen(site) == rn && !strncasecmp(site, rest, rn)))
            return 0; /* (a title that is only the site's name) */
        /* the h1 inside the title ("Headline - Blog" with an h1 "Headline"
         * is a headline): only a banner or a heading showing the title */
        for (size_t k = 0; k + h->len <= t->len; k++)
            if (!strncasecmp(t->p + k, h->p, h->len))
                return 0;
        if (!banner && (r = heading_says(body, h1, rest, rn)) <= 0)
            return r;
    }
    h->len = 0; /* (rest points into t, not h) */
    ng__buf_put(h, rest, rn);
    return h->err;
}

/* ---------------------------------------------------------------- authors */

static int add_author(ng_buf *b, const char *s, size_t n, int *count)
{
    while (n && (*s == ' ' || *s == ','))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == '.'))
        n--;
    if (n >= 3 && !strncasecmp(s, "by ", 3))
        s += 3, n -= 3;
    else if (n >= 4 && !strncasecmp(s, "von ", 4))
        s += 4, n -= 4;
    if (n < 3 || n > 60 || *count >= 10)
        return 0;
    if (!strncasecmp(s, "http", 4) || memchr(s, '@', n) || memchr(s, '/', n))
        return 0;
    if (!memchr(s, ' ', n) && memchr(s, '.', n))
        return 0; /* a domain ("cbsnews.com"), not a person */
    /* skip duplicates */
    if (b->len) {
        for (size_t i = 0; i + n <= b->len; i++)
            if (!strncmp(b->p + i, s, n) && (i + n == b->len || b->p[i + n] == ';'))
                return 0;
        ng__buf_puts(b, "; ");
    }
    ng__buf_put(b, s, n);
    (*count)++;
    return b->err;
}

/* Splits "A, B and C" into names. */
static int add_authors(ng_buf *b, const char *s, int *count)
{
    size_t n = strlen(s);
    if (n > 300)
        return 0;
    size_t i = 0, start = 0;
    while (i <= n) {
        size_t sl = 0;
        if (i == n || s[i] == ',' || s[i] == ';' || s[i] == '|')
            sl = i == n ? 0 : 1;
        else if (i + 5 <= n && !strncmp(s + i, " and ", 5))
            sl = 5;
        else if (i + 3 <= n && !strncmp(s + i, " & ", 3))
            sl = 3;
        else if (i + 5 <= n && !strncmp(s + i, " und ", 5))
            sl = 5;
        else {
            i++;
            continue;
        }
        int rc = add_author(b, s + start, i - start, count);
        if (rc)
            return rc;
        i += sl ? sl : 1;
        start = i;
    }
    return 0;
}

static int ld_authors(json_t *a, ng_buf *b, int *count)
{
    if (json_is_string(a))
        return add_authors(b, json_string_value(a), count);
    if (json_is_object(a)) {
        json_t *t = json_object_get(a, "@type");
        if (json_is_string(t) && strstr(json_string_value(t), "Organization"))
            return 0; /* the publisher as author */
        json_t *n = json_object_get(a, "name");
        return json_is_string(n) ? add_authors(b, json_string_value(n), count) : 0;
    }
    if (json_is_array(a)) {
        size_t i;
        json_t *v;
        json_array_foreach(a, i, v)
        {
            int rc = ld_authors(v, b, count);
            if (rc)
                return rc;
        }
    }
    return 0;
}

static int author_node(ng_hnode *n, void *ud)
{
    NG_UNUSED(ud);
    const char *ip = ng__attr(n, "itemprop");
    if (ip && !strcasecmp(ip, "author"))
        return 1;
    const char *rel = ng__attr(n, "rel");
    return rel && !strcasecmp(rel, "author") && ng__is(n, "a");
}

/* --------------------------------------------------------------- language */

static const char *const sw[][24] = {
    {"en", "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "said",
     "be", "by", "at", "are", "have", "has", "from", "this", NULL},
    {"de", "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "ist",
     "nicht", "ein", "eine", "dem", "auch", "es", "wird", "im", "sie", NULL},
    {"fr", "le", "la", "les", "de", "des", "et", "un", "une", "du", "est", "que", "qui", "dans", "pour",
     "pas", "sur", "au", "il", "avec", "ce", "par", "sont", NULL},
    {"es", "el", "la", "de", "que", "y", "en", "los", "del", "se", "las", "por", "un", "para", "con",
     "una", "su", "al", "lo", "como", "pero", "sus", "fue", NULL},
    {"it", "il", "di", "che", "la", "e", "per", "un", "non", "in", "una", "sono", "del", "della", "le",
     "si", "con", "da", "gli", "anche", "ha", "nel", "dei", NULL},
    {"nl", "de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "voor", "niet",
     "met", "die", "ook", "aan", "er", "maar", "om", "bij", "wordt", NULL},
    {"pt", "de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "com", "uma", "os", "no", "se",
     "na", "por", "mais", "as", "dos", "como", "mas", NULL},
};

/* The function words as a hash set: word -> bit mask of the languages that
 * have it. */
#define LANG_SLOTS 512
static struct { char w[8]; uint8_t mask; } lang_words[LANG_SLOTS];
static pthread_once_t lang_once = PTHREAD_ONCE_INIT;

static uint32_t lang_hash(const char *w)
{
    uint32_t h = 2166136261u;
    for (; *w; w++)
        h = (h ^ (unsigned char)*w) * 16777619u;
    return h;
}

static void lang_init(void)
{
    for (size_t L = 0; L < NG_ARRAY_LEN(sw); L++)
        for (int k = 1; sw[L][k]; k++) {
            uint32_t h = lang_hash(sw[L][k]) & (LANG_SLOTS - 1);
            while (lang_words[h].mask && strcmp(lang_words[h].w, sw[L][k]))
                h = (h + 1) & (LANG_SLOTS - 1);
            snprintf(lang_words[h].w, sizeof lang_words[h].w, "%s", sw[L][k]);
            lang_words[h].mask |= (uint8_t)(1u << L);
        }
}

static const char *detect_language(const char *s, size_t n, int *confident)
{
    pthread_once(&lang_once, lang_init);
    size_t nl = NG_ARRAY_LEN(sw);
    size_t hits[8] = {0}, total = 0, nonlatin = 0, letters = 0;
    size_t lim = n < 8000 ? n : 8000;
    size_t i = 0;
    while (i < lim) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0xC0) {
            uint32_t cp;
            int k = ng__utf8_decode((const unsigned char *)s + i, lim - i, &cp);
            if (k <= 0)
                k = 1;
            else if (cp >= 0x370)
                nonlatin++, letters++;
            else
                letters++;
            i += (size_t)k;
            continue;
        }
        if (!isalpha(c)) {
            i++;
            continue;
        }
        size_t j = i;
        char w[16];
        size_t m = 0;
        while (j < lim && isalpha((unsigned char)s[j])) {
            if (m + 1 < sizeof w)
                w[m++] = (char)tolower((unsigned char)s[j]);
            j++;
        }
        w[m] = 0;
        letters += j - i;
        total++;
        if (m <= 6) { /* function words are short */
            uint32_t h = lang_hash(w) & (LANG_SLOTS - 1);
            while (lang_words[h].mask) {
                if (!strcmp(lang_words[h].w, w)) {
                    for (size_t L = 0; L < nl; L++)
                        if (lang_words[h].mask >> L & 1)
                            hits[L]++;
                    break;
                }
                h = (h + 1) & (LANG_SLOTS - 1);
            }
        }
        i = j;
    }
    *confident = 0;
    if (letters > 200 && nonlatin * 2 > letters) {
        *confident = 1;
        return "und";
    }
    if (total < 30)
        return NULL;
    size_t best = 0;
    for (size_t L = 1; L < nl; L++)
        if (hits[L] > hits[best])
            best = L;
    if (hits[best] * 100 < total * 12)
        return NULL;
    *confident = total >= 60;
    return sw[best][0];
}

static int set_if(ng_doc *d, ng_field f, const char *s, size_t n)
{
    if (d->field[f] || !s || !n)
        return 0;
    return ng_doc_set(d, f, s, n);
}

static int set_ifs(ng_doc *d, ng_field f, const char *s) { return s ? set_if(d, f, s, strlen(s)) : 0; }

static int abs_url(const char *s) { return s && (!strncmp(s, "http://", 7) || !strncmp(s, "https://", 8)); }

/* Is s an absolute URL of a site's home page ("http://blogs.example.org/"),
 * without a path or a query?  Open Graph tags that name it describe the
 * site, not the page (a blog engine's default tags on every post). */
static int site_root_url(const char *s)
{
    if (!abs_url(s))
        return 0;
    const char *h = strstr(s, "://") + 3;
    const char *q = h + strcspn(h, "/?#");
    return !*q || ((*q == '/' || *q == '#') && (!q[1] || q[1] == '#'));
}

static int canonical_node(ng_hnode *n, void *ud)
{
    NG_UNUSED(ud);
    const char *rel = ng__attr(n, "rel");
    return ng__is(n, "link") && rel && !strcasecmp(rel, "canonical") && abs_url(ng__attr(n, "href"));
}

int ng__html_meta(const ng_engine *e, const ng_page *p, ng_doc *d, const char *text, size_t len)
{
    int rc = 0;
    metas *ms = ng__malloc(sizeof *ms);
    if (!ms)
        return NG_ENOMEM;
    ms->n = 0;
    if (p->html)
        collect_meta(p->html, ms, 0);
    ng_buf b;
    ng__buf_init(&b);

    /* url */
    if (!d->field[NG_FIELD_URL]) {
        ng_hnode *c = find_node(p->html, canonical_node, NULL, 0);
        const char *u = c ? ng__attr(c, "href") : NULL;
        if (!u && abs_url(meta_get(ms, "og:url")) && !site_root_url(meta_get(ms, "og:url")))
            u = meta_get(ms, "og:url");
        if (!u && p->article && abs_url(json_str(p->article, "url")))
            u = json_str(p->article, "url");
        if ((rc = set_ifs(d, NG_FIELD_URL, u)) != 0)
            goto done;
    }
    const char *url = d->field[NG_FIELD_URL];

    /* outlet */
    const char *site = meta_get(ms, "og:site_name");
    if ((!site || abs_url(site)) && p->article)
        site = json_str(p->article, "publisher");
    if (!site || abs_url(site))
        site = meta_get(ms, "application-name");
    if (site && abs_url(site))
        site = NULL; /* a publisher given only by its @id URL */
    if (!d->field[NG_FIELD_OUTLET]) {
        const char *o = site;
        if (!o && url) {
            const char *h = strstr(url, "://");
            h = h ? h + 3 : url;
            size_t hn = strcspn(h, "/:?#");
            o = ng__outlets_find(e->outlets, h, hn);
        }
        if ((rc = set_ifs(d, NG_FIELD_OUTLET, o)) != 0)
            goto done;
    }
    const char *outlet = d->field[NG_FIELD_OUTLET];

    /* title */
    if (!d->field[NG_FIELD_TITLE]) {
        /* (the site's title when the page's Open Graph tags are the site's) */
        int site_og = site_root_url(meta_get(ms, "og:url"));
        const char *t = site_og ? NULL : meta_get(ms, "og:title");
        if (!t && !site_og)
            t = meta_get(ms, "twitter:title");
        if (!t && p->article)
            t = json_str(p->article, "headline");
        ng_hnode *h1 = NULL;
        ng__buf_init(&b);
        if (!t) {
            h1 = find_node(p->body, is_tag, (void *)"h1", 0);
            if (h1) {
                ng__node_text(h1, &b);
                squash_space(&b);
                if (b.len < 8 || b.len > 300)
                    b.len = 0;
                ng_hnode *tt = b.len ? find_node(p->head ? p->head : p->html, is_tag, (void *)"title", 0) : NULL;
                if (tt && !b.err) {
                    ng_buf tb;
                    ng__buf_init(&tb);
                    ng__node_text(tt, &tb);
                    squash_space(&tb);
                    rc = tb.err ? tb.err : headline_from_title(p->body, h1, &b, &tb, site ? site : outlet);
                    ng__buf_free(&tb);
                    if (rc)
                        goto done;
                }
            }
        }
        int from_tag = 0;
        if (!t && !b.len) {
            ng_hnode *tt = find_node(p->head ? p->head : p->html, is_tag, (void *)"title", 0);
            if (tt)
                ng__node_text(tt, &b);
            from_tag = 1;
        } else if (t) {
            ng__buf_puts(&b, t);
        }
        if (b.err) {
            rc = b.err;
            goto done;
        }
        if (b.len) {
            /* collapse white space before cleaning */
            size_t o = 0;
            for (size_t i = 0; i < b.len; i++) {
                char c = b.p[i] == '\n' || b.p[i] == '\t' || b.p[i] == '\r' ? ' ' : b.p[i];
                if (c == ' ' && (o == 0 || b.p[o - 1] == ' '))
                    continue;
                b.p[o++] = c;
            }
            b.len = o;
            size_t s0, sl;
            clean_title(b.p, b.len, site ? site : outlet, &s0, &sl);
            /* a <title> still in parts ("Headline | Blog: Tagline"): the part
             * a heading of the page shows is the headline */
            for (size_t i = s0 + 1, k; from_tag && i + 3 < s0 + sl; i++) {
                if (!is_sep_at(b.p + i, &k) && !(b.p[i] == ':' && b.p[i + 1] == ' ' && (k = 2)))
                    continue;
                int r = heading_says(p->body, NULL, b.p + s0, i - s0);
                if (!r)
                    r = heading_says(p->body, NULL, b.p + i + k, s0 + sl - i - k) * 2;
                if (r < 0) {
                    rc = r;
                    goto done;
                }
                if (r == 1)
                    sl = i - s0;
                else if (r == 2)
                    sl = s0 + sl - i - k, s0 = i + k;
                if (r)
                    break;
            }
            if ((rc = set_if(d, NG_FIELD_TITLE, b.p + s0, sl)) != 0)
                goto done;
        }
        ng__buf_free(&b);
    }

    /* authors */
    if (!d->field[NG_FIELD_AUTHORS]) {
        ng__buf_init(&b);
        int count = 0;
        if (p->article)
            rc = ld_authors(json_object_get(p->article, "author"), &b, &count);
        static const char *const akeys[] = {"author", "article:author", "sailthru.author", "parsely-author",
                                            "dc.creator", "byl", "dcterms.creator", "citation_author", NULL};
        for (const char *const *k = akeys; *k && !count && !rc; k++) {
            const char *v = meta_get(ms, *k);
            if (v && !abs_url(v))
                rc = add_authors(&b, v, &count);
        }
        if (!count && !rc) {
            ng_hnode *a = find_node(p->body, author_node, NULL, 0);
            if (a) {
                ng_buf t;
                ng__buf_init(&t);
                const char *c = ng__attr(a, "content");
                if (c)
                    ng__buf_puts(&t, c);
                else
                    ng__node_text(a, &t);
                if (!t.err && t.len && t.len < 120) {
                    ng__buf_putc(&t, 0);
                    rc = add_authors(&b, t.p, &count);
                }
                ng__buf_free(&t);
            }
        }
        if (!rc && b.err)
            rc = b.err;
        if (!rc && count)
            rc = set_if(d, NG_FIELD_AUTHORS, b.p, b.len);
        ng__buf_free(&b);
        if (rc)
            goto done;
    }

    /* published */
    if (!d->field[NG_FIELD_PUBLISHED]) {
        char date[40];
        ng_page q = *p;
        q.url = url;
        int src = find_date(&q, ms, text, len, date, sizeof date);
        int y, m, dd, cy, cm, cd;
        /* a page is not published after it was fetched: a date more than a
         * day after the crawl (a coming event, a template's) is not taken */
        if (src > 0 && d->published_fallback && !ng__parse_iso_date(date, &y, &m, &dd) && dd &&
            !ng__parse_iso_date(d->published_fallback, &cy, &cm, &cd) && cd &&
            ng__days_from_civil(y, m, dd) > ng__days_from_civil(cy, cm, cd) + 1)
            src = 0;
        if (src < 0)
            rc = src;
        else if (src)
            rc = set_ifs(d, NG_FIELD_PUBLISHED, date);
        else if (d->published_fallback)
            rc = set_ifs(d, NG_FIELD_PUBLISHED, d->published_fallback);
        if (rc)
            goto done;
    }

    /* language: declared, checked against the text when the text is clear */
    if (!d->field[NG_FIELD_LANGUAGE]) {
        const char *decl = p->html ? ng__attr(p->html, "lang") : NULL;
        if (!decl || !*decl)
            decl = p->html ? ng__attr(p->html, "xml:lang") : NULL;
        if (!decl || !*decl)
            decl = meta_get(ms, "content-language");
        if (!decl || !*decl)
            decl = meta_get(ms, "og:locale");
        if ((!decl || !*decl) && p->article)
            decl = json_str(p->article, "inLanguage");
        if ((!decl || !*decl))
            decl = meta_get(ms, "language");
        char lang[16];
        size_t m = 0;
        if (decl)
            while (decl[m] && m + 1 < sizeof lang && (isalpha((unsigned char)decl[m])))
                lang[m] = (char)tolower((unsigned char)decl[m]), m++;
        lang[m] = 0;
        if (m < 2 || m > 3)
            m = 0, lang[0] = 0;
        int confident;
        const char *det = detect_language(text, len, &confident);
        const char *use = m ? lang : det;
        if (det && confident && strcmp(det, "und") && (!m || strcmp(det, lang)))
            use = det;
        if (use)
            rc = set_ifs(d, NG_FIELD_LANGUAGE, use);
    }
done:
    ng__buf_free(&b);
    ng__free(ms);
    return rc;
}
