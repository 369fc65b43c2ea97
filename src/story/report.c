/*
 * report.c -- the cross-outlet report of one story.
 *
 * From the story's articles and their annotation rows (filled by the store)
 * it builds, in this order:
 *  - articles in time order, near-duplicate copies grouped under their
 *    original, each with its occasion (the latest date it mentions on or
 *    before its publication, within a week; else its publication day);
 *  - occasions: the distinct occasion days, in order, with their articles;
 *  - timeline: every full date the articles mention, in date order, with
 *    the sentence around it;
 *  - people and organisations merged by canonical name (case-insensitive);
 *  - quotes grouped by speaker (canonical name, else the surname: the last
 *    capitalised word of the speaker text), the same quote from several
 *    articles merged when their word sets overlap by half or more, each
 *    wording kept;
 *  - figures grouped by what they measure (kind, unit and the stemmed words
 *    of the counted object overlapping by half or more; for a figure
 *    without an object, the words near it, see near_words), a conflict
 *    flagged when articles of different outlets published at most two days
 *    apart give different values;
 *  - citations: article -> the sources it attributes claims to;
 *  - per outlet, the people, quotes, figures and sources no other outlet has.
 * The text form is wrapped to a width; the JSON form gives every item its
 * article id and byte span.  Grouping is deterministic (stable orders).
 */
#include "story.h"

#include <libstemmer.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define SNIPPET 320
#define CONFLICT_DAYS 2 /* figures of articles published further apart do not conflict */

typedef struct ctx {
    const ng__rep *r;
    ng_arena *a;
    uint32_t *root;       /* near-duplicate group root per article */
    int32_t *occasion;    /* occasion day per article */
    uint32_t *outlet;     /* outlet number per article */
    const char **outlets; /* outlet names */
    uint32_t noutlets;
    struct sb_stemmer *stem;
    /* groups: item -> group number */
    uint32_t *ent_group, nent_groups;
    uint32_t *quote_speaker, nspeakers;
    const char **speaker_name;
    uint32_t *quote_group, nquote_groups;
    uint32_t *amt_group, namt_groups;
    const char **amt_key_text; /* per group: what it measures */
    uint32_t *attr_group, nattr_groups;
    const char **attr_name;
    uint64_t *ent_bits, *amt_bits, *quote_bits, *attr_bits; /* per group: outlets (first 64) */
    uint32_t *ent_last, *amt_last, *quote_last;             /* per group: its last item */
} ctx;

static uint64_t outlet_bit(const ctx *c, uint32_t art);

/* ---- small helpers ---- */
static int lower_eq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a + 32) : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b + 32) : *b;
        if (x != y)
            return 0;
    }
    return *a == *b;
}

static char *lower_dup(ng_arena *a, const char *s, size_t n)
{
    char *o = ng__arena_strndup(a, s, n);
    if (o)
        for (char *p = o; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p + 32);
    return o;
}

static const char *span(const ctx *c, uint32_t art, uint32_t s, uint32_t e, size_t *n)
{
    const ng__rep_art *a = &c->r->arts.v[art];
    if (e > a->len)
        e = a->len;
    if (s > e)
        s = e;
    *n = e - s;
    return a->text + s;
}

/* Does t[0..n) hold word (ASCII case ignored)? */
static int has_ci(const char *t, size_t n, const char *word)
{
    size_t m = strlen(word);
    for (size_t i = 0; m && i + m <= n; i++)
        if (!strncasecmp(t + i, word, m))
            return 1;
    return 0;
}

/* The sentence-like stretch around [s, e): back to the previous ". " or line
 * break, forward to the next, capped at SNIPPET bytes on UTF-8 boundaries. */
static void context_of(const ctx *c, uint32_t art, uint32_t s, uint32_t e, uint32_t *cs, uint32_t *ce)
{
    const ng__rep_art *a = &c->r->arts.v[art];
    const char *t = a->text;
    uint32_t len = a->len;
    if (e > len)
        e = len;
    if (s > e)
        s = e;
    uint32_t b = s;
    while (b > 0 && s - b < SNIPPET / 2 && t[b - 1] != '\n' && !(b >= 2 && (t[b - 2] == '.' || t[b - 2] == '?' || t[b - 2] == '!') && t[b - 1] == ' '))
        b--;
    uint32_t f = e;
    while (f < len && f - e < SNIPPET / 2 && t[f] != '\n' && !((t[f] == '.' || t[f] == '?' || t[f] == '!') && (f + 1 == len || t[f + 1] == ' ' || t[f + 1] == '\n')))
        f++;
    if (f < len && (t[f] == '.' || t[f] == '?' || t[f] == '!'))
        f++;
    /* a cut stretch starts and ends at a word boundary */
    if (b > 0 && t[b - 1] != '\n' && t[b - 1] != ' ')
        while (b < s && t[b] != ' ')
            b++;
    while (b < s && t[b] == ' ')
        b++;
    if (f < len && t[f] != ' ' && t[f] != '\n' && !(f > 0 && (t[f - 1] == '.' || t[f - 1] == '!' || t[f - 1] == '?')))
        while (f > e && t[f - 1] != ' ')
            f--;
    while (f > e && t[f - 1] == ' ')
        f--;
    *cs = b;
    *ce = f;
}

/* Is a speaker text a name (not a pronoun, not a role description)? */
static int named_speaker(const char *s)
{
    static const char *const pron[] = {"he", "she", "they", "it", "we", "i", "you", "him", "her"};
    if (!s || !*s)
        return 0;
    for (size_t i = 0; i < NG_ARRAY_LEN(pron); i++)
        if (lower_eq(s, pron[i]))
            return 0;
    if (*s >= 'a' && *s <= 'z')
        return 0; /* "the NATO chief", "a spokesperson" */
    if (!strncmp(s, "The ", 4) || !strncmp(s, "A ", 2))
        return 0;
    return 1;
}

/* Is s empty or a singular person pronoun ("he", "she", "who")? */
static int person_pronoun_or_none(const char *s)
{
    static const char *const pron[] = {"he", "she", "him", "her", "who"};
    if (!s || !*s)
        return 1;
    for (size_t i = 0; i < NG_ARRAY_LEN(pron); i++)
        if (lower_eq(s, pron[i]))
            return 1;
    return 0;
}

static int32_t day_of(const char *v)
{
    int y, m, d;
    if (!v || strlen(v) < 10 || ng__parse_iso_date(v, &y, &m, &d) != 0 || !d)
        return NG_DAY_NONE;
    return ng__days_from_civil(y, m, d);
}

static void fmt_day(int32_t day, char *out, size_t n)
{
    if (day == NG_DAY_NONE) {
        snprintf(out, n, "(undated)");
        return;
    }
    int y, m, d;
    ng__civil_from_days(day, &y, &m, &d);
    snprintf(out, n, "%04d-%02d-%02d", y, m, d);
}

/* Word set of a text: lower-cased words of 2+ letters (hashes), sorted. */
static uint32_t words(ng_arena *a, const char *s, size_t n, int stem, struct sb_stemmer *st, uint64_t **out)
{
    uint64_t *v = ng__arena_alloc(a, (n / 2 + 1) * sizeof *v);
    uint32_t k = 0;
    if (!v) {
        *out = NULL;
        return 0;
    }
    char buf[64];
    for (size_t i = 0; i < n;) {
        while (i < n && !((unsigned char)s[i] >= 0x80 || (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
            i++;
        size_t j = i;
        while (j < n && ((unsigned char)s[j] >= 0x80 || (s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= '0' && s[j] <= '9')))
            j++;
        size_t w = j - i;
        if (w >= 2 && w < sizeof buf) {
            for (size_t q = 0; q < w; q++)
                buf[q] = s[i + q] >= 'A' && s[i + q] <= 'Z' ? (char)(s[i + q] + 32) : s[i + q];
            const char *p = buf;
            int pl = (int)w;
            if (stem && st) {
                const sb_symbol *x = sb_stemmer_stem(st, (const sb_symbol *)buf, (int)w);
                if (x) {
                    p = (const char *)x;
                    pl = sb_stemmer_length(st);
                }
            }
            static const char *const skip[] = {"the", "of", "and", "in", "to", "for", "a", "an", "on", "by", "its", "their", "with", "from", "at", "as"};
            int sk = 0;
            for (size_t q = 0; q < NG_ARRAY_LEN(skip) && !sk; q++)
                sk = (size_t)pl == strlen(skip[q]) && !memcmp(p, skip[q], (size_t)pl);
            if (!sk)
                v[k++] = ng__hash(p, (size_t)pl);
        }
        i = j;
    }
    /* sort and unique */
    for (uint32_t i = 1; i < k; i++) {
        uint64_t x = v[i];
        uint32_t j = i;
        while (j > 0 && v[j - 1] > x) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
    uint32_t o = 0;
    for (uint32_t i = 0; i < k; i++)
        if (o == 0 || v[o - 1] != v[i])
            v[o++] = v[i];
    *out = v;
    return o;
}

static double jaccard(const uint64_t *a, uint32_t na, const uint64_t *b, uint32_t nb)
{
    if (!na || !nb)
        return 0;
    uint32_t i = 0, j = 0, same = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j])
            same++, i++, j++;
        else if (a[i] < b[j])
            i++;
        else
            j++;
    }
    return (double)same / (na + nb - same);
}

/* ---- what a figure without an object measures ----
 * The content words near it: up to CTX_WORDS content words among the
 * CTX_SCAN words on each side inside its sentence (context_of), lower-cased
 * and stemmed, without numbers, scale and currency words, approximators and
 * function words.  Two figures of different articles whose near words
 * share at least two stems and a third of the smaller set measure the same
 * thing when their kind, unit and scale agree ("a €12 billion project" beside "cable ... whose cost the
 * ministry put at €11.5 billion" does not; "the €12 billion NorthLink
 * power cable" beside "NorthLink, a 1,200-kilometre undersea cable whose
 * cost ... €11.5 billion" does). */
#define CTX_WORDS 8              /* content words kept on each side */
#define CTX_SCAN 16              /* words looked at on each side */
#define CTX_MAX (2 * CTX_WORDS)

typedef struct ctxw {
    uint64_t h[CTX_MAX];        /* stem hashes, sorted, distinct */
    const char *w[CTX_MAX];     /* a word for each (arena), same order */
    uint32_t n;
} ctxw;

static int ctx_skip(const char *w, size_t n)
{
    static const char *const sk[] = {
        "the", "and", "for", "with", "from", "that", "this", "these", "those", "was", "were", "are", "has",
        "have", "had", "been", "will", "would", "could", "should", "may", "might", "its", "their", "his",
        "her", "our", "which", "who", "whose", "than", "more", "less", "over", "under", "about", "around",
        "nearly", "almost", "some", "roughly", "up", "put", "set", "said", "says", "say", "also", "but",
        "not", "into", "onto", "per", "cent", "percent", "million", "billion", "trillion", "thousand",
        "hundred", "bn", "mn", "euro", "euros", "dollar", "dollars", "pound", "pounds", "yen", "yuan",
        "rouble", "roubles", "franc", "francs", "they", "them", "she", "him", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "there", "then", "when", "what", "all",
        "out", "such", "other", "after", "before", "while", "just", "only", "new", "last", "year", "years",
        "week", "month", "months", "times", "time", "most", "least", "how", "any", "can", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    };
    if (n < 3)
        return 1;
    for (size_t q = 0; q < NG_ARRAY_LEN(sk); q++)
        if (strlen(sk[q]) == n && !memcmp(sk[q], w, n))
            return 1;
    return 0;
}

static int is_wc(char ch)
{
    return (unsigned char)ch >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

static void near_words(ctx *c, uint32_t art, uint32_t s, uint32_t e, ctxw *out)
{
    const ng__rep_art *A = &c->r->arts.v[art];
    const char *t = A->text;
    uint32_t cs, ce;
    context_of(c, art, s, e, &cs, &ce);
    out->n = 0;
    /* words of [from, to): walking out from the figure, CTX_WORDS at most */
    for (int side = 0; side < 2; side++) {
        uint32_t taken = 0, seen = 0;
        uint32_t i = side ? (e < ce ? e : ce) : (s > cs ? s : cs);
        while (taken < CTX_WORDS && seen < CTX_SCAN && out->n < CTX_MAX) {
            uint32_t ws, we;
            if (side) { /* forward */
                while (i < ce && !is_wc(t[i]))
                    i++;
                if (i >= ce)
                    break;
                ws = i;
                while (i < ce && (is_wc(t[i]) || t[i] == '-'))
                    i++;
                we = i;
            } else { /* backward */
                while (i > cs && !is_wc(t[i - 1]))
                    i--;
                if (i <= cs)
                    break;
                we = i;
                while (i > cs && (is_wc(t[i - 1]) || t[i - 1] == '-'))
                    i--;
                ws = i;
            }
            seen++;
            char buf[48];
            size_t n = we - ws;
            int alpha = n < sizeof buf;
            for (size_t q = 0; q < n && alpha; q++) {
                char ch = t[ws + q];
                if (ch >= 'A' && ch <= 'Z')
                    ch = (char)(ch + 32);
                if (!((ch >= 'a' && ch <= 'z') || (unsigned char)ch >= 0x80))
                    alpha = 0;
                else
                    buf[q] = ch;
            }
            if (!alpha || ctx_skip(buf, n))
                continue;
            const char *p = buf;
            int pl = (int)n;
            const sb_symbol *x = c->stem ? sb_stemmer_stem(c->stem, (const sb_symbol *)buf, (int)n) : NULL;
            if (x) {
                p = (const char *)x;
                pl = sb_stemmer_length(c->stem);
            }
            uint64_t h = ng__hash(p, (size_t)pl);
            taken++;
            uint32_t k;
            for (k = 0; k < out->n && out->h[k] < h; k++)
                ;
            if (k < out->n && out->h[k] == h)
                continue;
            const char *word = ng__arena_strndup(c->a, t + ws, n);
            if (!word)
                continue;
            memmove(out->h + k + 1, out->h + k, (out->n - k) * sizeof *out->h);
            memmove(out->w + k + 1, out->w + k, (out->n - k) * sizeof *out->w);
            out->h[k] = h;
            out->w[k] = word;
            out->n++;
        }
    }
}

/* Shared stems of two context word sets; *label gets up to three shared
 * words (a's forms) joined by ", " (arena). */
static uint32_t ctx_shared(ctx *c, const ctxw *a, const ctxw *b, const char **label)
{
    uint32_t i = 0, j = 0, same = 0;
    char buf[128];
    size_t bl = 0;
    buf[0] = 0;
    while (i < a->n && j < b->n) {
        if (a->h[i] == b->h[j]) {
            if (same < 3 && bl + strlen(a->w[i]) + 3 < sizeof buf)
                bl += (size_t)snprintf(buf + bl, sizeof buf - bl, "%s%s", same ? ", " : "", a->w[i]);
            same++, i++, j++;
        } else if (a->h[i] < b->h[j]) {
            i++;
        } else {
            j++;
        }
    }
    if (label)
        *label = same ? ng__arena_strndup(c->a, buf, bl) : NULL;
    return same;
}

/* Same scale: both values positive and within a factor of 1.5. */
static int same_scale(const ng__rep_amount *x, const ng__rep_amount *y)
{
    double a = fabs(x->value), b = fabs(y->value);
    if (a <= 0 || b <= 0)
        return a == b;
    return fmax(a, b) <= 1.5 * fmin(a, b);
}

/* ---- building the groups ---- */
static int build(ctx *c)
{
    const ng__rep *r = c->r;
    ng_arena *a = c->a;
    size_t n = r->arts.n;
    c->root = ng__arena_calloc(a, n + 1, sizeof *c->root);
    c->occasion = ng__arena_calloc(a, n + 1, sizeof *c->occasion);
    c->outlet = ng__arena_calloc(a, n + 1, sizeof *c->outlet);
    c->outlets = ng__arena_calloc(a, n + 1, sizeof *c->outlets);
    if (!c->root || !c->occasion || !c->outlet || !c->outlets)
        return NG_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        const ng__rep_art *x = &r->arts.v[i];
        c->root[i] = (uint32_t)i;
        if (x->near_dup_of)
            for (size_t j = 0; j < n; j++)
                if (r->arts.v[j].id == x->near_dup_of) {
                    c->root[i] = c->root[j];
                    break;
                }
        const char *o = x->outlet ? x->outlet : "(unknown outlet)";
        uint32_t k;
        for (k = 0; k < c->noutlets && strcmp(c->outlets[k], o); k++)
            ;
        if (k == c->noutlets)
            c->outlets[c->noutlets++] = o;
        c->outlet[i] = k;
        c->occasion[i] = x->day;
    }
    /* occasions: the latest mentioned full date within a week before publication */
    int32_t *best = ng__arena_calloc(a, n + 1, sizeof *best);
    if (!best)
        return NG_ENOMEM;
    for (size_t i = 0; i < n; i++)
        best[i] = NG_DAY_NONE;
    for (size_t t = 0; t < r->times.n; t++) {
        const ng__rep_time *tm = &r->times.v[t];
        int32_t d = day_of(tm->value);
        const ng__rep_art *x = &r->arts.v[tm->art];
        if (d == NG_DAY_NONE || x->day == NG_DAY_NONE || d > x->day || x->day - d > 7)
            continue;
        if (best[tm->art] == NG_DAY_NONE || d > best[tm->art])
            best[tm->art] = d;
    }
    for (size_t i = 0; i < n; i++)
        if (best[i] != NG_DAY_NONE)
            c->occasion[i] = best[i];
    /* entities by canonical name */
    c->ent_group = ng__arena_calloc(a, r->ents.n + 1, sizeof *c->ent_group);
    if (!c->ent_group)
        return NG_ENOMEM;
    {
        /* open addressing over lower-cased names: slot -> first item + 1 */
        size_t cap = 16;
        while (cap < r->ents.n * 2)
            cap *= 2;
        uint32_t *slot = ng__arena_calloc(a, cap, sizeof *slot);
        if (!slot)
            return NG_ENOMEM;
        for (size_t i = 0; i < r->ents.n; i++) {
            const char *nm = r->ents.v[i].name ? r->ents.v[i].name : "";
            char *low = lower_dup(a, nm, strlen(nm));
            if (!low)
                return NG_ENOMEM;
            size_t h = (size_t)ng__hash(low, strlen(low)) & (cap - 1);
            while (slot[h] && !lower_eq(r->ents.v[slot[h] - 1].name ? r->ents.v[slot[h] - 1].name : "", nm))
                h = (h + 1) & (cap - 1);
            if (slot[h]) {
                c->ent_group[i] = c->ent_group[slot[h] - 1];
            } else {
                slot[h] = (uint32_t)i + 1;
                c->ent_group[i] = c->nent_groups++;
            }
        }
    }
    /* quote speakers: canonical name, else the surname */
    c->quote_speaker = ng__arena_calloc(a, r->quotes.n + 1, sizeof *c->quote_speaker);
    c->speaker_name = ng__arena_calloc(a, r->quotes.n + 1, sizeof *c->speaker_name);
    const char **skey = ng__arena_calloc(a, r->quotes.n + 1, sizeof *skey);
    if (!c->quote_speaker || !c->speaker_name || !skey)
        return NG_ENOMEM;
    const char **keys = ng__arena_calloc(a, r->quotes.n + 1, sizeof *keys);
    if (!keys)
        return NG_ENOMEM;
    /* a quote with no speaker mention, or with "he", "she" or "who" the
     * annotator could not resolve, goes to the nearest named speaker before
     * it in the same article (else after); other unresolved speakers ("the
     * ministers", "engineers and bankers", "they") stay unattributed */
    const char **eff = ng__arena_calloc(a, r->quotes.n + 1, sizeof *eff);
    if (!eff)
        return NG_ENOMEM;
    for (size_t i = 0; i < r->quotes.n; i++)
        eff[i] = named_speaker(r->quotes.v[i].speaker) ? r->quotes.v[i].speaker : NULL;
    for (size_t i = 0; i < r->quotes.n; i++) {
        if (eff[i] || !person_pronoun_or_none(r->quotes.v[i].speaker))
            continue;
        const ng__rep_quote *q = &r->quotes.v[i];
        const char *bestb = NULL, *besta = NULL;
        uint32_t db = UINT32_MAX, da = UINT32_MAX;
        for (size_t j = 0; j < r->quotes.n; j++) {
            const ng__rep_quote *o = &r->quotes.v[j];
            if (o->art != q->art || !named_speaker(o->speaker))
                continue;
            if (o->start <= q->start && q->start - o->start < db)
                db = q->start - o->start, bestb = o->speaker;
            if (o->start > q->start && o->start - q->start < da)
                da = o->start - q->start, besta = o->speaker;
        }
        eff[i] = bestb ? bestb : besta;
    }
    for (size_t i = 0; i < r->quotes.n; i++) {
        const char *sp = eff[i];
        const char *key = "";
        if (sp) {
            /* the last capitalised word */
            const char *last = NULL;
            size_t ll = 0;
            for (const char *p = sp; *p;) {
                while (*p == ' ' || *p == '-')
                    p++;
                const char *w = p;
                while (*p && *p != ' ' && *p != '-')
                    p++;
                if (p > w && *w >= 'A' && *w <= 'Z')
                    last = w, ll = (size_t)(p - w);
            }
            key = last ? lower_dup(a, last, ll) : "";
            if (!key)
                return NG_ENOMEM;
        }
        size_t j;
        for (j = 0; j < c->nspeakers && strcmp(keys[j], key); j++)
            ;
        if (j == c->nspeakers) {
            keys[j] = key;
            c->speaker_name[j] = *key ? sp : NULL;
            c->nspeakers++;
        } else if (sp && *key && (!c->speaker_name[j] || strlen(sp) > strlen(c->speaker_name[j]))) {
            c->speaker_name[j] = sp; /* the fullest form names the group */
        }
        c->quote_speaker[i] = (uint32_t)j;
    }
    /* the same quote in several articles */
    c->quote_group = ng__arena_calloc(a, r->quotes.n + 1, sizeof *c->quote_group);
    uint64_t **qw = ng__arena_calloc(a, r->quotes.n + 1, sizeof *qw);
    uint32_t *nqw = ng__arena_calloc(a, r->quotes.n + 1, sizeof *nqw);
    if (!c->quote_group || !qw || !nqw)
        return NG_ENOMEM;
    for (size_t i = 0; i < r->quotes.n; i++) {
        size_t len;
        const char *t = span(c, r->quotes.v[i].art, r->quotes.v[i].start, r->quotes.v[i].end, &len);
        nqw[i] = words(a, t, len, 0, NULL, &qw[i]);
        size_t j;
        for (j = 0; j < i; j++)
            if (c->quote_speaker[j] == c->quote_speaker[i] && r->quotes.v[j].art != r->quotes.v[i].art &&
                jaccard(qw[i], nqw[i], qw[j], nqw[j]) >= 0.5)
                break;
        c->quote_group[i] = j < i ? c->quote_group[j] : c->nquote_groups++;
    }
    /* figures by what they measure */
    c->amt_group = ng__arena_calloc(a, r->amounts.n + 1, sizeof *c->amt_group);
    c->amt_key_text = ng__arena_calloc(a, r->amounts.n + 1, sizeof *c->amt_key_text);
    uint64_t **aw = ng__arena_calloc(a, r->amounts.n + 1, sizeof *aw);
    uint32_t *naw = ng__arena_calloc(a, r->amounts.n + 1, sizeof *naw);
    if (!c->amt_group || !c->amt_key_text || !aw || !naw)
        return NG_ENOMEM;
    ctxw *cw = ng__arena_calloc(a, r->amounts.n + 1, sizeof *cw);
    if (!cw)
        return NG_ENOMEM;
    for (size_t i = 0; i < r->amounts.n; i++) {
        const ng__rep_amount *m = &r->amounts.v[i];
        size_t len = 0;
        const char *t = m->object_end > m->object_start ? span(c, m->art, m->object_start, m->object_end, &len) : "";
        naw[i] = words(a, t, len, 1, c->stem, &aw[i]);
        near_words(c, m->art, m->start, m->end, &cw[i]);
        size_t j;
        for (j = 0; j < i; j++) {
            const ng__rep_amount *o = &r->amounts.v[j];
            int same_unit = o->kind == m->kind && ((!o->unit && !m->unit) || (o->unit && m->unit && !strcmp(o->unit, m->unit)));
            if (same_unit && naw[i] && naw[j] && jaccard(aw[i], naw[i], aw[j], naw[j]) >= 0.5)
                break;
        }
        const char *label = NULL;
        if (j == i && m->kind != NG_AMT_MULTIPLIER) {
            /* by the words near it: the best figure of another article with
             * the same kind, unit and scale, not both with (different)
             * objects, whose group holds no other value from this article */
            double bjac = 0;
            size_t bj = i;
            for (size_t k = 0; k < i; k++) {
                const ng__rep_amount *o = &r->amounts.v[k];
                if (o->art == m->art || o->kind != m->kind || (naw[i] && naw[k]) ||
                    !((!o->unit && !m->unit) || (o->unit && m->unit && !strcmp(o->unit, m->unit))) ||
                    !same_scale(o, m))
                    continue;
                uint32_t sh = ctx_shared(c, &cw[i], &cw[k], NULL);
                uint32_t small = cw[i].n < cw[k].n ? cw[i].n : cw[k].n;
                double jac = sh ? (double)sh / small : 0;
                if (sh < 2 || jac < 1.0 / 3 || jac <= bjac)
                    continue;
                int clash = 0;
                for (size_t q = 0; q < i && !clash; q++)
                    clash = c->amt_group[q] == c->amt_group[k] && r->amounts.v[q].art == m->art &&
                            r->amounts.v[q].value != m->value;
                if (!clash)
                    bjac = jac, bj = k;
            }
            if (bj < i) {
                j = bj;
                if (!c->amt_key_text[c->amt_group[j]])
                    ctx_shared(c, &cw[i], &cw[j], &label);
            }
        }
        if (j < i) {
            c->amt_group[i] = c->amt_group[j];
            if (label && !c->amt_key_text[c->amt_group[i]]) {
                /* a group found by near words is named by them */
                size_t ll = strlen(label) + 16;
                char *lt = ng__arena_alloc(a, ll);
                if (!lt)
                    return NG_ENOMEM;
                snprintf(lt, ll, "(near: %s)", label);
                c->amt_key_text[c->amt_group[i]] = lt;
            }
        } else {
            c->amt_key_text[c->namt_groups] = len ? ng__arena_strndup(a, t, len) : NULL;
            c->amt_group[i] = c->namt_groups++;
        }
    }
    /* citation sources: the source text without a leading article */
    c->attr_group = ng__arena_calloc(a, r->attrs.n + 1, sizeof *c->attr_group);
    c->attr_name = ng__arena_calloc(a, r->attrs.n + 1, sizeof *c->attr_name);
    if (!c->attr_group || !c->attr_name)
        return NG_ENOMEM;
    for (size_t i = 0; i < r->attrs.n; i++) {
        const char *s = r->attrs.v[i].source ? r->attrs.v[i].source : "(unnamed source)";
        if (!strncmp(s, "the ", 4) || !strncmp(s, "The ", 4))
            s += 4;
        size_t j;
        for (j = 0; j < c->nattr_groups && !lower_eq(c->attr_name[j], s); j++)
            ;
        if (j == c->nattr_groups)
            c->attr_name[c->nattr_groups++] = s;
        c->attr_group[i] = (uint32_t)j;
    }
    /* which outlets each group appears in, and its last item */
    c->ent_bits = ng__arena_calloc(a, c->nent_groups + 1, sizeof *c->ent_bits);
    c->amt_bits = ng__arena_calloc(a, c->namt_groups + 1, sizeof *c->amt_bits);
    c->quote_bits = ng__arena_calloc(a, c->nquote_groups + 1, sizeof *c->quote_bits);
    c->attr_bits = ng__arena_calloc(a, c->nattr_groups + 1, sizeof *c->attr_bits);
    c->ent_last = ng__arena_calloc(a, c->nent_groups + 1, sizeof *c->ent_last);
    c->amt_last = ng__arena_calloc(a, c->namt_groups + 1, sizeof *c->amt_last);
    c->quote_last = ng__arena_calloc(a, c->nquote_groups + 1, sizeof *c->quote_last);
    if (!c->ent_bits || !c->amt_bits || !c->quote_bits || !c->attr_bits || !c->ent_last || !c->amt_last ||
        !c->quote_last)
        return NG_ENOMEM;
    for (size_t i = 0; i < r->ents.n; i++)
        c->ent_bits[c->ent_group[i]] |= outlet_bit(c, r->ents.v[i].art), c->ent_last[c->ent_group[i]] = (uint32_t)i;
    for (size_t i = 0; i < r->amounts.n; i++)
        c->amt_bits[c->amt_group[i]] |= outlet_bit(c, r->amounts.v[i].art), c->amt_last[c->amt_group[i]] = (uint32_t)i;
    for (size_t i = 0; i < r->quotes.n; i++)
        c->quote_bits[c->quote_group[i]] |= outlet_bit(c, r->quotes.v[i].art),
            c->quote_last[c->quote_group[i]] = (uint32_t)i;
    for (size_t i = 0; i < r->attrs.n; i++)
        c->attr_bits[c->attr_group[i]] |= outlet_bit(c, r->attrs.v[i].art);
    return 0;
}

/* The outlets (bit set over outlet numbers, first 64) an item group appears in. */
static uint64_t outlet_bit(const ctx *c, uint32_t art)
{
    return c->outlet[art] < 64 ? (uint64_t)1 << c->outlet[art] : 0;
}

static int amount_conflict(const ctx *c, uint32_t g)
{
    const ng__rep *r = c->r;
    for (size_t i = 0; i < r->amounts.n; i++) {
        if (c->amt_group[i] != g)
            continue;
        for (size_t j = i + 1; j < r->amounts.n; j++) {
            if (c->amt_group[j] != g || c->outlet[r->amounts.v[i].art] == c->outlet[r->amounts.v[j].art])
                continue;
            /* reports days apart may give a figure that changed meanwhile
             * (a share price, a bid raised): not a disagreement */
            int32_t di = r->arts.v[r->amounts.v[i].art].day, dj = r->arts.v[r->amounts.v[j].art].day;
            if (di != NG_DAY_NONE && dj != NG_DAY_NONE && (di > dj ? di - dj : dj - di) > CONFLICT_DAYS)
                continue;
            double x = r->amounts.v[i].value, y = r->amounts.v[j].value;
            if (fabs(x - y) > 0.01 * fmax(fabs(x), fabs(y)))
                return 1;
        }
    }
    return 0;
}

static void fmt_value(const ng__rep_amount *m, char *out, size_t n)
{
    double v = m->value;
    const char *scale = "";
    if (fabs(v) >= 1e9)
        v /= 1e9, scale = " billion";
    else if (fabs(v) >= 1e6)
        v /= 1e6, scale = " million";
    if (m->kind == NG_AMT_MULTIPLIER) {
        snprintf(out, n, "%s%s%g-fold", m->approx ? m->approx : "", m->approx ? " " : "", v);
        return;
    }
    snprintf(out, n, "%s%s%g%s%s%s", m->approx ? m->approx : "", m->approx ? " " : "", v, scale,
             m->unit ? " " : "", m->unit ? m->unit : "");
}

/* ---- JSON ---- */
static void j_item(const ctx *c, ng_buf *b, uint32_t art, uint32_t s, uint32_t e, bool *first)
{
    size_t n;
    const char *t = span(c, art, s, e, &n);
    ng__json_key(b, "article", first);
    ng__json_cstr(b, c->r->arts.v[art].ext_id);
    ng__json_key(b, "outlet", first);
    ng__json_cstr(b, c->outlets[c->outlet[art]]);
    ng__json_key(b, "start", first);
    ng__buf_printf(b, "%u", s);
    ng__json_key(b, "end", first);
    ng__buf_printf(b, "%u", e);
    ng__json_key(b, "text", first);
    ng__json_str(b, t, n);
}

int ng__report_json(const ng__rep *r, ng_buf *b)
{
    ng_arena a;
    ng__arena_init(&a);
    ctx c = {0};
    c.r = r;
    c.a = &a;
    c.stem = sb_stemmer_new("english", NULL);
    int rc = c.stem ? build(&c) : NG_ENOMEM;
    if (rc)
        goto out;
    char day[16];
    bool f = true;
    ng__buf_putc(b, '{');
    ng__json_key(b, "id", &f);
    ng__buf_printf(b, "%lld", (long long)r->id);
    ng__json_key(b, "title", &f);
    const char *title = NULL;
    for (size_t i = 0; i < r->arts.n && !title; i++)
        if (c.root[i] == i)
            title = r->arts.v[i].title;
    if (title) {
        ng__json_cstr(b, title);
    } else { /* no headline: the first article's first sentence */
        uint32_t cs, ce;
        size_t n;
        context_of(&c, 0, 0, 0, &cs, &ce);
        const char *t = span(&c, 0, cs, ce, &n);
        ng__json_str(b, t, n);
    }
    ng__json_key(b, "outlets", &f);
    ng__buf_putc(b, '[');
    for (uint32_t k = 0; k < c.noutlets; k++) {
        ng__buf_puts(b, k ? "," : "");
        ng__json_cstr(b, c.outlets[k]);
    }
    ng__buf_putc(b, ']');
    /* articles */
    ng__json_key(b, "articles", &f);
    ng__buf_putc(b, '[');
    for (size_t i = 0; i < r->arts.n; i++) {
        const ng__rep_art *x = &r->arts.v[i];
        bool g = true;
        ng__buf_puts(b, i ? ",{" : "{");
        ng__json_key(b, "id", &g);
        ng__json_cstr(b, x->ext_id);
        ng__json_key(b, "outlet", &g);
        ng__json_cstr(b, x->outlet);
        ng__json_key(b, "published", &g);
        ng__json_cstr(b, x->published);
        ng__json_key(b, "title", &g);
        ng__json_cstr(b, x->title);
        ng__json_key(b, "url", &g);
        ng__json_cstr(b, x->url);
        ng__json_key(b, "occasion", &g);
        if (c.occasion[i] == NG_DAY_NONE)
            ng__buf_puts(b, "null");
        else {
            fmt_day(c.occasion[i], day, sizeof day);
            ng__json_cstr(b, day);
        }
        ng__json_key(b, "copy_of", &g);
        ng__json_cstr(b, c.root[i] != i ? r->arts.v[c.root[i]].ext_id : NULL);
        ng__buf_putc(b, '}');
    }
    ng__buf_putc(b, ']');
    /* occasions */
    ng__json_key(b, "occasions", &f);
    ng__buf_putc(b, '[');
    {
        int32_t prev = INT32_MIN;
        int firsto = 1;
        for (;;) {
            int32_t next = INT32_MAX;
            for (size_t i = 0; i < r->arts.n; i++)
                if (c.occasion[i] != NG_DAY_NONE && c.occasion[i] > prev && c.occasion[i] < next)
                    next = c.occasion[i];
            if (next == INT32_MAX)
                break;
            fmt_day(next, day, sizeof day);
            ng__buf_puts(b, firsto ? "{\"date\":" : ",{\"date\":");
            firsto = 0;
            ng__json_cstr(b, day);
            ng__buf_puts(b, ",\"articles\":[");
            int fa = 1;
            for (size_t i = 0; i < r->arts.n; i++)
                if (c.occasion[i] == next) {
                    ng__buf_puts(b, fa ? "" : ",");
                    fa = 0;
                    ng__json_cstr(b, r->arts.v[i].ext_id);
                }
            ng__buf_puts(b, "]}");
            prev = next;
        }
    }
    ng__buf_putc(b, ']');
    /* timeline */
    ng__json_key(b, "timeline", &f);
    ng__buf_putc(b, '[');
    {
        int firstt = 1;
        /* sort indices of dated times by (day, article, start) */
        size_t nt = r->times.n;
        for (int32_t prev = INT32_MIN;;) {
            int32_t next = INT32_MAX;
            for (size_t t = 0; t < nt; t++) {
                int32_t d = day_of(r->times.v[t].value);
                if (d != NG_DAY_NONE && d > prev && d < next)
                    next = d;
            }
            if (next == INT32_MAX)
                break;
            for (size_t t = 0; t < nt; t++) {
                const ng__rep_time *tm = &r->times.v[t];
                if (day_of(tm->value) != next)
                    continue;
                uint32_t cs, ce;
                context_of(&c, tm->art, tm->start, tm->end, &cs, &ce);
                bool g = true;
                ng__buf_puts(b, firstt ? "{" : ",{");
                firstt = 0;
                ng__json_key(b, "date", &g);
                ng__json_cstr(b, tm->value);
                ng__json_key(b, "date_end", &g);
                ng__json_cstr(b, tm->value_end);
                j_item(&c, b, tm->art, tm->start, tm->end, &g);
                ng__json_key(b, "context_start", &g);
                ng__buf_printf(b, "%u", cs);
                ng__json_key(b, "context_end", &g);
                ng__buf_printf(b, "%u", ce);
                ng__buf_putc(b, '}');
            }
            prev = next;
        }
    }
    ng__buf_putc(b, ']');
    /* entities */
    ng__json_key(b, "entities", &f);
    ng__buf_putc(b, '[');
    for (uint32_t g = 0; g < c.nent_groups; g++) {
        const ng__rep_ent *e0 = NULL;
        for (size_t i = 0; i < r->ents.n; i++)
            if (c.ent_group[i] == g) {
                if (!e0) {
                    e0 = &r->ents.v[i];
                    bool h = true;
                    ng__buf_puts(b, g ? ",{" : "{");
                    ng__json_key(b, "name", &h);
                    ng__json_cstr(b, e0->name);
                    ng__json_key(b, "type", &h);
                    static const char *const tn[] = {"NONE", "PER", "ORG", "LOC", "MISC"};
                    ng__json_cstr(b, tn[e0->type < 5 ? e0->type : 0]);
                    ng__json_key(b, "role", &h);
                    ng__json_cstr(b, e0->role);
                    ng__json_key(b, "mentions", &h);
                    ng__buf_putc(b, '[');
                } else {
                    ng__buf_putc(b, ',');
                }
                bool h = true;
                ng__buf_putc(b, '{');
                j_item(&c, b, r->ents.v[i].art, r->ents.v[i].start, r->ents.v[i].end, &h);
                ng__json_key(b, "count", &h);
                ng__buf_printf(b, "%u", r->ents.v[i].mentions);
                ng__buf_putc(b, '}');
            }
        if (e0)
            ng__buf_puts(b, "]}");
    }
    ng__buf_putc(b, ']');
    /* quotes */
    ng__json_key(b, "quotes", &f);
    ng__buf_putc(b, '[');
    for (uint32_t s = 0; s < c.nspeakers; s++) {
        bool h = true;
        ng__buf_puts(b, s ? ",{" : "{");
        ng__json_key(b, "speaker", &h);
        ng__json_cstr(b, c.speaker_name[s]);
        ng__json_key(b, "statements", &h);
        ng__buf_putc(b, '[');
        int fg = 1;
        for (uint32_t g = 0; g < c.nquote_groups; g++) {
            int open = 0;
            for (size_t i = 0; i < r->quotes.n; i++) {
                if (c.quote_group[i] != g || c.quote_speaker[i] != s)
                    continue;
                if (!open) {
                    ng__buf_puts(b, fg ? "{\"reports\":[" : ",{\"reports\":[");
                    fg = 0;
                    open = 1;
                } else {
                    ng__buf_putc(b, ',');
                }
                bool k = true;
                ng__buf_putc(b, '{');
                j_item(&c, b, r->quotes.v[i].art, r->quotes.v[i].start, r->quotes.v[i].end, &k);
                ng__json_key(b, "direct", &k);
                ng__buf_puts(b, r->quotes.v[i].direct ? "true" : "false");
                ng__json_key(b, "speaker_text", &k);
                ng__json_cstr(b, r->quotes.v[i].speaker);
                ng__buf_putc(b, '}');
            }
            if (open)
                ng__buf_puts(b, "]}");
        }
        ng__buf_puts(b, "]}");
    }
    ng__buf_putc(b, ']');
    /* figures */
    ng__json_key(b, "figures", &f);
    ng__buf_putc(b, '[');
    for (uint32_t g = 0; g < c.namt_groups; g++) {
        bool h = true;
        ng__buf_puts(b, g ? ",{" : "{");
        ng__json_key(b, "measures", &h);
        ng__json_cstr(b, c.amt_key_text[g]);
        ng__json_key(b, "conflict", &h);
        ng__buf_puts(b, amount_conflict(&c, g) ? "true" : "false");
        ng__json_key(b, "values", &h);
        ng__buf_putc(b, '[');
        int fv = 1;
        for (size_t i = 0; i < r->amounts.n; i++) {
            if (c.amt_group[i] != g)
                continue;
            const ng__rep_amount *m = &r->amounts.v[i];
            bool k = true;
            ng__buf_puts(b, fv ? "{" : ",{");
            fv = 0;
            j_item(&c, b, m->art, m->start, m->end, &k);
            ng__json_key(b, "kind", &k);
            static const char *const kn[] = {"money", "percent", "multiplier", "count"};
            ng__json_cstr(b, kn[m->kind < 4 ? m->kind : 3]);
            ng__json_key(b, "value", &k);
            ng__json_num(b, m->value);
            ng__json_key(b, "unit", &k);
            ng__json_cstr(b, m->unit);
            ng__json_key(b, "approx", &k);
            ng__json_cstr(b, m->approx);
            ng__buf_putc(b, '}');
        }
        ng__buf_puts(b, "]}");
    }
    ng__buf_putc(b, ']');
    /* citations */
    ng__json_key(b, "citations", &f);
    ng__buf_putc(b, '[');
    for (size_t i = 0; i < r->attrs.n; i++) {
        const ng__rep_attr *x = &r->attrs.v[i];
        bool k = true;
        ng__buf_puts(b, i ? ",{" : "{");
        ng__json_key(b, "source", &k);
        ng__json_cstr(b, c.attr_name[c.attr_group[i]]);
        j_item(&c, b, x->art, x->start, x->end, &k);
        ng__json_key(b, "source_start", &k);
        ng__buf_printf(b, "%u", x->source_start);
        ng__json_key(b, "source_end", &k);
        ng__buf_printf(b, "%u", x->source_end);
        ng__buf_putc(b, '}');
    }
    ng__buf_putc(b, ']');
    /* exclusives per outlet */
    ng__json_key(b, "only_in", &f);
    ng__buf_putc(b, '{');
    for (uint32_t o = 0; o < c.noutlets && c.noutlets > 1; o++) {
        bool k = true;
        ng__buf_puts(b, o ? "," : "");
        ng__json_cstr(b, c.outlets[o]);
        ng__buf_putc(b, ':');
        ng__buf_putc(b, '{');
        /* entities */
        ng__json_key(b, "entities", &k);
        ng__buf_putc(b, '[');
        int fe = 1;
        for (uint32_t g = 0; g < c.nent_groups; g++) {
            uint64_t bits = c.ent_bits[g];
            const char *name = r->ents.v[c.ent_last[g]].name;
            if (o < 64 && bits == ((uint64_t)1 << o)) {
                ng__buf_puts(b, fe ? "" : ",");
                fe = 0;
                ng__json_cstr(b, name);
            }
        }
        ng__buf_putc(b, ']');
        ng__json_key(b, "figures", &k);
        ng__buf_putc(b, '[');
        fe = 1;
        for (uint32_t g = 0; g < c.namt_groups; g++) {
            uint64_t bits = c.amt_bits[g];
            size_t last = c.amt_last[g];
            if (o < 64 && bits == ((uint64_t)1 << o)) {
                bool q = true;
                ng__buf_puts(b, fe ? "{" : ",{");
                fe = 0;
                j_item(&c, b, r->amounts.v[last].art, r->amounts.v[last].start, r->amounts.v[last].end, &q);
                ng__buf_putc(b, '}');
            }
        }
        ng__buf_putc(b, ']');
        ng__json_key(b, "quotes", &k);
        ng__buf_putc(b, '[');
        fe = 1;
        for (uint32_t g = 0; g < c.nquote_groups; g++) {
            uint64_t bits = c.quote_bits[g];
            size_t last = c.quote_last[g];
            if (o < 64 && bits == ((uint64_t)1 << o)) {
                bool q = true;
                ng__buf_puts(b, fe ? "{" : ",{");
                fe = 0;
                j_item(&c, b, r->quotes.v[last].art, r->quotes.v[last].start, r->quotes.v[last].end, &q);
                ng__buf_putc(b, '}');
            }
        }
        ng__buf_putc(b, ']');
        ng__json_key(b, "sources", &k);
        ng__buf_putc(b, '[');
        fe = 1;
        for (uint32_t g = 0; g < c.nattr_groups; g++) {
            uint64_t bits = c.attr_bits[g];
            if (o < 64 && bits == ((uint64_t)1 << o)) {
                ng__buf_puts(b, fe ? "" : ",");
                fe = 0;
                ng__json_cstr(b, c.attr_name[g]);
            }
        }
        ng__buf_puts(b, "]}");
    }
    ng__buf_puts(b, "}}");
out:
    sb_stemmer_delete(c.stem);
    ng__arena_free(&a);
    return rc ? rc : b->err;
}

/* ---- text ---- */
static size_t cols(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* Writes s[0..n) wrapped at width, the first line after `used` columns
 * already written, continuation lines indented by indent spaces.  Runs of
 * spaces inside a line are kept (they align columns). */
static void wrap(ng_buf *b, const char *s, size_t n, size_t used, size_t indent, size_t width)
{
    size_t col = used;
    size_t i = 0;
    int first = 1;
    while (i < n) {
        size_t sp = i;
        while (i < n && (s[i] == ' ' || s[i] == '\n'))
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '\n')
            j++;
        if (j == i)
            break;
        size_t w = cols(s + i, j - i), gap = i - sp;
        if (!first && col + gap + w > width) {
            ng__buf_putc(b, '\n');
            for (size_t k = 0; k < indent; k++)
                ng__buf_putc(b, ' ');
            col = indent;
        } else {
            for (size_t k = sp; k < i; k++)
                ng__buf_putc(b, ' ');
            col += gap;
        }
        ng__buf_put(b, s + i, j - i);
        col += w;
        first = 0;
        i = j;
    }
    ng__buf_putc(b, '\n');
}

static void line(ng_buf *b, size_t width, size_t indent, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static void line(ng_buf *b, size_t width, size_t indent, const char *fmt, ...)
{
    char tmp[4096];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n >= sizeof tmp)
        n = sizeof tmp - 1;
    for (size_t k = 0; k < indent; k++)
        ng__buf_putc(b, ' ');
    /* hang continuation lines under the text after a leading label */
    wrap(b, tmp, (size_t)n, indent, indent + 4, width);
}

static void heading(ng_buf *b, const char *h)
{
    ng__buf_printf(b, "\n%s\n", h);
    for (size_t i = 0; h[i]; i++)
        ng__buf_putc(b, '-');
    ng__buf_putc(b, '\n');
}

static const char *label(const ctx *c, uint32_t art, char *out, size_t n)
{
    snprintf(out, n, "%s %s", c->outlets[c->outlet[art]], c->r->arts.v[art].ext_id);
    return out;
}

int ng__report_text(const ng__rep *r, int width, ng_buf *b)
{
    ng_arena a;
    ng__arena_init(&a);
    ctx c = {0};
    c.r = r;
    c.a = &a;
    c.stem = sb_stemmer_new("english", NULL);
    int rc = c.stem ? build(&c) : NG_ENOMEM;
    if (rc)
        goto out;
    size_t W = width < 40 ? 40 : (size_t)width;
    char d1[16], d2[16], lb[256];
    const char *title = NULL;
    size_t indep = 0;
    for (size_t i = 0; i < r->arts.n; i++)
        if (c.root[i] == i) {
            indep++;
            if (!title)
                title = r->arts.v[i].title;
        }
    fmt_day(r->arts.v[0].day, d1, sizeof d1);
    fmt_day(r->arts.v[r->arts.n - 1].day, d2, sizeof d2);
    if (title) {
        line(b, W, 0, "Story %lld: %s", (long long)r->id, title);
    } else { /* no headline: the first article's first sentence */
        uint32_t cs, ce;
        size_t n;
        context_of(&c, 0, 0, 0, &cs, &ce);
        const char *t = span(&c, 0, cs, ce, &n);
        line(b, W, 0, "Story %lld: %.*s%s", (long long)r->id, (int)n, t, ce < r->arts.v[0].len && n && t[n - 1] != '.' ? " ..." : "");
    }
    line(b, W, 0, "%zu articles (%zu independent reports) from %u outlets, %s to %s", r->arts.n, indep, c.noutlets, d1,
         d2);

    heading(b, "Articles");
    for (size_t i = 0; i < r->arts.n; i++) {
        if (c.root[i] != i)
            continue;
        const ng__rep_art *x = &r->arts.v[i];
        fmt_day(x->day, d1, sizeof d1);
        fmt_day(c.occasion[i], d2, sizeof d2);
        size_t n;
        const char *t = x->title;
        if (!t) {
            uint32_t cs, ce;
            context_of(&c, (uint32_t)i, 0, 0, &cs, &ce);
            t = span(&c, (uint32_t)i, cs, ce, &n);
            line(b, W, 0, "%s  %-18s %s  (occasion %s)  %.*s%s", d1, c.outlets[c.outlet[i]], x->ext_id, d2,
                 (int)n, t, ce < x->len && t[n - 1] != '.' ? " ..." : "");
        } else {
            line(b, W, 0, "%s  %-18s %s  (occasion %s)  %s", d1, c.outlets[c.outlet[i]], x->ext_id, d2, t);
        }
        for (size_t j = 0; j < r->arts.n; j++)
            if (j != i && c.root[j] == i) {
                fmt_day(r->arts.v[j].day, d1, sizeof d1);
                line(b, W, 12, "= near-duplicate copy: %s %s (%s)", c.outlets[c.outlet[j]], r->arts.v[j].ext_id, d1);
            }
    }

    heading(b, "Occasions");
    for (int32_t prev = INT32_MIN;;) {
        int32_t next = INT32_MAX;
        for (size_t i = 0; i < r->arts.n; i++)
            if (c.occasion[i] != NG_DAY_NONE && c.occasion[i] > prev && c.occasion[i] < next)
                next = c.occasion[i];
        if (next == INT32_MAX)
            break;
        char list[1024] = "";
        for (size_t i = 0; i < r->arts.n; i++)
            if (c.occasion[i] == next) {
                size_t l = strlen(list);
                snprintf(list + l, sizeof list - l, "%s%s", l ? ", " : "", label(&c, (uint32_t)i, lb, sizeof lb));
            }
        fmt_day(next, d1, sizeof d1);
        line(b, W, 0, "%s  %s", d1, list);
        prev = next;
    }

    heading(b, "Timeline (dates mentioned)");
    for (int32_t prev = INT32_MIN;;) {
        int32_t next = INT32_MAX;
        for (size_t t = 0; t < r->times.n; t++) {
            int32_t d = day_of(r->times.v[t].value);
            if (d != NG_DAY_NONE && d > prev && d < next)
                next = d;
        }
        if (next == INT32_MAX)
            break;
        for (size_t t = 0; t < r->times.n; t++) {
            const ng__rep_time *tm = &r->times.v[t];
            if (day_of(tm->value) != next)
                continue;
            uint32_t cs, ce;
            context_of(&c, tm->art, tm->start, tm->end, &cs, &ce);
            size_t n;
            const char *s = span(&c, tm->art, cs, ce, &n);
            char dv[40];
            snprintf(dv, sizeof dv, "%s%s%s", tm->value, tm->value_end ? ".." : "", tm->value_end ? tm->value_end + 5 : "");
            line(b, W, 0, "%-17s %s: \"%.*s\"", dv, label(&c, tm->art, lb, sizeof lb), (int)n, s);
        }
        prev = next;
    }

    heading(b, "People and organisations");
    for (uint32_t g = 0; g < c.nent_groups; g++) {
        const ng__rep_ent *e0 = NULL;
        uint32_t total = 0;
        char where[1024] = "";
        for (size_t i = 0; i < r->ents.n; i++)
            if (c.ent_group[i] == g) {
                if (!e0)
                    e0 = &r->ents.v[i];
                total += r->ents.v[i].mentions;
                size_t l = strlen(where);
                snprintf(where + l, sizeof where - l, "%s%s", l ? ", " : "", label(&c, r->ents.v[i].art, lb, sizeof lb));
            }
        if (!e0 || (e0->type != NG_ENT_PER && e0->type != NG_ENT_ORG))
            continue;
        line(b, W, 0, "%-28s %s%s%s  %u mention%s in %s", e0->name, e0->type == NG_ENT_PER ? "person" : "organisation",
             e0->role ? ", " : "", e0->role ? e0->role : "", total, total == 1 ? "" : "s", where);
    }

    heading(b, "Quotes by speaker");
    for (uint32_t s = 0; s < c.nspeakers; s++) {
        line(b, W, 0, "%s", c.speaker_name[s] ? c.speaker_name[s] : "(speaker not identified)");
        for (uint32_t g = 0; g < c.nquote_groups; g++) {
            int nrep = 0;
            for (size_t i = 0; i < r->quotes.n; i++)
                nrep += c.quote_group[i] == g && c.quote_speaker[i] == s;
            if (!nrep)
                continue;
            int k = 0;
            for (size_t i = 0; i < r->quotes.n; i++) {
                if (c.quote_group[i] != g || c.quote_speaker[i] != s)
                    continue;
                size_t n;
                const char *t = span(&c, r->quotes.v[i].art, r->quotes.v[i].start, r->quotes.v[i].end, &n);
                line(b, W, 2, "%s %s%s: %s%.*s%s", k ? " " : "*", label(&c, r->quotes.v[i].art, lb, sizeof lb),
                     nrep > 1 && k == 0 ? " (and as reported below)" : "", r->quotes.v[i].direct ? "\"" : "",
                     (int)n, t, r->quotes.v[i].direct ? "\"" : "");
                k++;
            }
        }
    }

    heading(b, "Figures");
    for (uint32_t g = 0; g < c.namt_groups; g++) {
        int conflict = amount_conflict(&c, g);
        line(b, W, 0, "%s%s", c.amt_key_text[g] ? c.amt_key_text[g] : "(what it measures not found)",
             conflict ? "   ** CONFLICT: outlets differ **" : "");
        for (size_t i = 0; i < r->amounts.n; i++) {
            if (c.amt_group[i] != g)
                continue;
            const ng__rep_amount *m = &r->amounts.v[i];
            char v[96];
            fmt_value(m, v, sizeof v);
            size_t n;
            const char *t = span(&c, m->art, m->start, m->end, &n);
            line(b, W, 2, "%-26s \"%.*s\"  -- %s", v, (int)n, t, label(&c, m->art, lb, sizeof lb));
        }
    }

    heading(b, "Citations (article -> sources)");
    for (size_t i = 0; i < r->arts.n; i++) {
        char list[1024] = "";
        uint64_t seen[16] = {0};
        for (size_t k = 0; k < r->attrs.n; k++) {
            if (r->attrs.v[k].art != i)
                continue;
            uint32_t g = c.attr_group[k];
            if (g < 1024 && (seen[g / 64 % 16] >> (g % 64) & 1))
                continue;
            if (g < 1024)
                seen[g / 64 % 16] |= (uint64_t)1 << (g % 64);
            size_t l = strlen(list);
            snprintf(list + l, sizeof list - l, "%s%s", l ? ", " : "", c.attr_name[g]);
        }
        if (list[0])
            line(b, W, 0, "%s -> %s", label(&c, (uint32_t)i, lb, sizeof lb), list);
    }

    if (c.noutlets > 1) {
        heading(b, "Only in one outlet");
        for (uint32_t o = 0; o < c.noutlets && o < 64; o++) {
            uint64_t me = (uint64_t)1 << o;
            ng_buf items;
            ng__buf_init(&items);
            for (uint32_t g = 0; g < c.nent_groups; g++) {
                uint64_t bits = c.ent_bits[g];
                const ng__rep_ent *e0 = &r->ents.v[c.ent_last[g]];
                if (bits == me && e0 && (e0->type == NG_ENT_PER || e0->type == NG_ENT_ORG))
                    ng__buf_printf(&items, "%s%s", items.len ? "; " : "names: ", e0->name);
            }
            size_t mark = items.len;
            for (uint32_t g = 0; g < c.namt_groups; g++) {
                uint64_t bits = c.amt_bits[g];
                size_t last = c.amt_last[g];
                if (bits == me) {
                    size_t n;
                    const char *t = span(&c, r->amounts.v[last].art, r->amounts.v[last].start, r->amounts.v[last].end, &n);
                    /* what the figure counts, in brackets, unless its text says it
                     * ("five Baltic Sea countries", but "two decades (talk)") */
                    const char *k = c.amt_key_text[g];
                    if (k && has_ci(t, n, k))
                        k = NULL;
                    int br = k && k[0] != '('; /* "(near: ...)" has its own */
                    ng__buf_printf(&items, "%s%.*s%s%s%s", items.len == mark ? (mark ? "; figures: " : "figures: ") : ", ",
                                   (int)n, t, k ? (br ? " (" : " ") : "", k ? k : "", br ? ")" : "");
                }
            }
            mark = items.len;
            int nq = 0;
            for (uint32_t g = 0; g < c.nquote_groups; g++) {
                uint64_t bits = c.quote_bits[g];
                nq += bits == me;
            }
            if (nq)
                ng__buf_printf(&items, "%s%d quote%s", items.len ? "; " : "", nq, nq > 1 ? "s" : "");
            for (uint32_t g = 0; g < c.nattr_groups; g++) {
                uint64_t bits = c.attr_bits[g];
                if (bits == me)
                    ng__buf_printf(&items, "%scites %s", items.len ? "; " : "", c.attr_name[g]);
            }
            if (items.err)
                rc = NG_ENOMEM;
            line(b, W, 0, "%s: %.*s", c.outlets[o], (int)items.len, items.len ? items.p : "(nothing of its own)");
            ng__buf_free(&items);
        }
    }
out:
    sb_stemmer_delete(c.stem);
    ng__arena_free(&a);
    return rc ? rc : b->err;
}
