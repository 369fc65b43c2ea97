/*
 * times.c -- temporal expressions (TIMEX3): recognition and normalisation.
 *
 * Fills doc->times with DATE, TIME, DURATION and SET expressions and a
 * TimeML value each.  Recognition is a set of hand-written token patterns
 * tried at every token (each looks at a bounded window, so the whole pass is
 * linear in the number of tokens); words are classified once by the shared
 * lexicon (figlex.re).  Extents follow TimeBank: determiners, modifiers and
 * approximators belong to the expression ("the past two years", "nearly two
 * decades", "early September"), prepositions do not ("since 2022" -> "2022").
 *
 * Relative and underspecified expressions ("last year", "9 June", "on
 * Monday") are anchored to the publication date (doc->pub_year/month/day);
 * `anchored` is set on them.  Without a publication date they keep an
 * unanchored TimeML value: XXXX-06-09, XXXX-WXX-1, PAST_REF, FUTURE_REF,
 * PRESENT_REF.  Day names and month names without a year are resolved by the
 * tense of the nearest verb cue in the sentence ("said", "will"), else to the
 * nearest such day or month.  Ranges of days ("24-25 June 2025") give value
 * (the first day) and value_end (the last).  Decisions are listed in
 * doc/FORMAT.md.
 */
#include "../engine.h"
#include "annot/figlex.h"
#include "annot/tokeq.h"
#include "text/sentrun.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- calendar arithmetic (proleptic Gregorian) ---- */

/* 1 = Monday .. 7 = Sunday */
static int weekday(long days)
{
    long w = (days + 3) % 7; /* 1970-01-01 was a Thursday */
    if (w < 0)
        w += 7;
    return (int)w + 1;
}

static void iso_week(long days, int *wy, int *wn)
{
    long thu = days - weekday(days) + 4; /* the Thursday of this week */
    int y, m, d;
    ng__civil_from_days(thu, &y, &m, &d);
    *wy = y;
    *wn = (int)((thu - ng__days_from_civil(y, 1, 1)) / 7 + 1);
}

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[(m - 1) % 12];
}

/* ---- the scanner's state ---- */

typedef struct tctx {
    const ng_engine *e;
    ng_doc *d;
    uint8_t *cls; /* FL_* per token */
    int32_t *val; /* its value */
    size_t lim;   /* end of the current sentence (token index, exclusive) */
    size_t s0;    /* start of the current sentence */
    int dct;      /* publication date known */
    int Y, M, D;
    long days;    /* publication date as days since 1970-01-01 */
    long refq;    /* the quarter the text last spoke of (year * 4 + q - 1), -1 none */
    uint32_t rsent; /* the sentence that named it */
    int ry, rm, rd; /* the date the text last named ("that day", "the following
                     * year"): year, month (0: unknown), day (0: unknown); ry 0: none */
    int rmname;     /* it was written with a month name ("in October", not "last month") */
    int rexpl;      /* its year was written ("March 23, 2020"), not found from the publication date */
} tctx;

/* a match: what to emit */
typedef struct tm_out {
    size_t first, last; /* token range, inclusive */
    int type;
    int anchored;
    int approx;
    int anaphor; /* anchored to the text's last date: does not become the reference */
    char value[40];
    char value_end[40];
} tm_out;

static const char *tok_s(const tctx *c, size_t i) { return c->d->text + c->d->tokens.v[i].start; }
static size_t tok_n(const tctx *c, size_t i) { return c->d->tokens.v[i].end - c->d->tokens.v[i].start; }
static unsigned tok_f(const tctx *c, size_t i) { return c->d->tokens.v[i].flags; }
static int tok_k(const tctx *c, size_t i) { return c->d->tokens.v[i].kind; }

static int is_w(const tctx *c, size_t i, const char *w)
{
    return i < c->lim && ng__tok_eq_lower(c->d, i, w);
}

/* is_w() for a string literal (tokeq.h) */
#define is_wl(c, i, w) NG_TOK_IS((c)->d, (i), (c)->lim, w)

/* Is token i one of the n lower-case words of list?  The first letter,
 * folded once, turns away almost every word of the list before
 * ng__tok_eq_lower compares the rest. */
static int in_words(const tctx *c, size_t i, const char *const *list, size_t n)
{
    if (i >= c->lim)
        return 0;
    char a0 = tok_s(c, i)[0];
    if (a0 >= 'A' && a0 <= 'Z')
        a0 = (char)(a0 + 32);
    for (size_t k = 0; k < n; k++)
        if (list[k][0] == a0 && ng__tok_eq_lower(c->d, i, list[k]))
            return 1;
    return 0;
}
#define is_any(c, i, list) in_words((c), (i), (list), NG_ARRAY_LEN(list))

static int tw(const tctx *c, size_t i, int what)
{
    return i < c->lim && c->cls[i] == FL_TW && c->val[i] == what;
}

static int cl(const tctx *c, size_t i) { return i < c->lim ? c->cls[i] : FL_NONE; }

/* A plain integer token ("9", "2025"); -1 if not. */
static long tok_int(const tctx *c, size_t i, size_t maxlen)
{
    if (i >= c->lim || tok_k(c, i) != NG_TOK_NUMBER)
        return -1;
    const char *s = tok_s(c, i);
    size_t n = tok_n(c, i);
    if (n == 0 || n > maxlen)
        return -1;
    long v = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] < '0' || s[k] > '9')
            return -1;
        v = v * 10 + (s[k] - '0');
    }
    return v;
}

/* A four-digit year token 1000..2199; -1 if not. */
static int tok_year(const tctx *c, size_t i)
{
    if (i >= c->lim || tok_n(c, i) != 4)
        return -1;
    long v = tok_int(c, i, 4);
    return v >= 1000 && v <= 2199 ? (int)v : -1;
}

/* A day of the month: "9", "09", "9th", "ninth"; 0 if not. */
static int tok_day(const tctx *c, size_t i)
{
    long v = tok_int(c, i, 2);
    if (v >= 1 && v <= 31)
        return (int)v;
    if (cl(c, i) == FL_ORD) {
        if (c->val[i] > 0)
            return c->val[i] <= 31 ? c->val[i] : 0;
        const char *s = tok_s(c, i);
        size_t n = tok_n(c, i);
        long x = 0;
        for (size_t k = 0; k < n && s[k] >= '0' && s[k] <= '9'; k++)
            x = x * 10 + (s[k] - '0');
        return x >= 1 && x <= 31 ? (int)x : 0;
    }
    return 0;
}

/* A day of the month written as a number word after a month, as wire copy
 * writes it ("April three", "on May one its debentures", "Record July Six"):
 * one..nineteen, twenty or thirty at token i, when what follows cannot
 * make it a count of things: the sentence or line ends, a punctuation mark,
 * or a lower-case function word or determiner ("to", "the", "its"); not "in
 * April two people died", "May one of", "March three years ago"; 0 if not. */
static int word_day(const tctx *c, size_t i)
{
    if (i >= c->lim || (cl(c, i) != FL_NUM && cl(c, i) != FL_TENS))
        return 0;
    int v = c->val[i];
    if (v < 1 || (v > 19 && v != 20 && v != 30))
        return 0;
    size_t j = i + 1;
    if (j >= c->lim || (tok_f(c, j) & NG_TF_NL))
        return v;
    if (tok_k(c, j) == NG_TOK_PUNCT)
        return tok_n(c, j) == 1 && tok_s(c, j)[0] == '-' ? 0 : v; /* not "two-year" split */
    if (tok_k(c, j) != NG_TOK_WORD || (tok_f(c, j) & NG_TF_CAP) || tw(c, j, TW_OF))
        return 0;
    if (tw(c, j, TW_THE) || tw(c, j, TW_A) || tw(c, j, TW_TO) || tw(c, j, TW_AND) ||
        (cl(c, j) == FL_NONE && (c->val[j] & KW_FUNC)))
        return v;
    size_t n = tok_n(c, j);
    int f = tok_s(c, j)[0];
    return (n == 3 && ((f == 'i' && is_wl(c, j, "its")) || (f == 'h' && (is_wl(c, j, "his") || is_wl(c, j, "her"))))) ||
                   (n == 5 && f == 't' && is_wl(c, j, "their"))
               ? v
               : 0;
}

/* A day range token "24-25" (or "24–25"): sets a, b; 0 if not. */
static int tok_day_range(const tctx *c, size_t i, int *a, int *b)
{
    if (i >= c->lim || tok_k(c, i) != NG_TOK_NUMBER)
        return 0;
    const char *s = tok_s(c, i);
    size_t n = tok_n(c, i), k = 0;
    int x = 0, y = 0, dx = 0, dy = 0;
    while (k < n && s[k] >= '0' && s[k] <= '9' && dx < 3)
        x = x * 10 + (s[k++] - '0'), dx++;
    if (k < n && s[k] == '-')
        k++;
    else if (k + 3 <= n && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
             (unsigned char)s[k + 2] == 0x93)
        k += 3;
    else
        return 0;
    while (k < n && s[k] >= '0' && s[k] <= '9' && dy < 3)
        y = y * 10 + (s[k++] - '0'), dy++;
    if (k != n || dx == 0 || dx > 2 || dy == 0 || dy > 2 || x < 1 || y > 31 || x >= y)
        return 0;
    *a = x;
    *b = y;
    return 1;
}

/* Is token i a month name used as one?  "May" and "March" need a capital
 * and a date-like neighbour; the abbreviations need a capital. */
static int month_at(const tctx *c, size_t i)
{
    if (cl(c, i) != FL_MONTH || !(tok_f(c, i) & NG_TF_CAP))
        return 0;
    int m = c->val[i];
    size_t n = tok_n(c, i);
    if (((m == 5 || m == 3) && n <= 5) || (n <= 4 && tok_s(c, i)[n - 1] != '.' && m != 6 && m != 7) ||
        (n <= 4 && (tok_f(c, i) & NG_TF_ALLCAP))) { /* "the DEC.": a name */
        int ok = 0;
        if (i + 1 < c->lim && (tok_day(c, i + 1) || tok_year(c, i + 1) > 0 || tok_day_range(c, i + 1, &(int){0}, &(int){0})))
            ok = 1;
        else if (i > c->s0 && word_day(c, i + 1))
            ok = 1; /* "on May one" (not "May one ask") */
        if (i > c->s0) {
            static const char *const pre[] = {"in", "of", "since", "until", "till", "by", "early", "late", "mid",
                                              "last", "next", "this", "from", "through", "before", "after",
                                              "during", "between", "and", "to", "on", "end", "beginning"};
            /* "its May car production", "their March figures": a
             * possessive determiner before the month */
            static const char *const poss[] = {"its", "their", "our"};
            if (is_any(c, i - 1, pre) || is_any(c, i - 1, poss))
                ok = 1;
            if (i > c->s0 && tok_day(c, i - 1))
                ok = 1;
        }
        if (!ok)
            return 0;
        /* "Jan Kavan", "and Jan Smith": a first name before a surname */
        if (n <= 4 && m != 5 && m != 3 && !(tok_f(c, i) & NG_TF_ALLCAP) && i + 1 < c->lim && tok_k(c, i + 1) == NG_TOK_WORD &&
            (tok_f(c, i + 1) & NG_TF_CAP) && cl(c, i + 1) == FL_NONE)
            return 0;
    }
    return m;
}

/* Is the expression from token f to the unit word at u a title in quotes
 * ("60 Minutes", "This Week"): a capitalised unit inside a sentence right
 * after a quotation mark? */
static int title_unit(const tctx *c, size_t f, size_t u)
{
    return (tok_f(c, u) & (NG_TF_CAP | NG_TF_SENT | NG_TF_ALLCAP)) == NG_TF_CAP && f > c->s0 &&
           tok_k(c, f - 1) == NG_TOK_QUOTE;
}

/* A word that cannot be the noun an adjective modifies. */
static int function_word(const tctx *c, size_t i)
{
    /* and or but in at to for on by with from since until as than the a an
     * over during before after because while if when so through into of */
    switch (cl(c, i)) {
    case FL_NONE: return i < c->lim && (c->val[i] & KW_FUNC) != 0;
    case FL_TW: {
        int v = c->val[i];
        return v == TW_AND || v == TW_AT || v == TW_TO || v == TW_THAN || v == TW_THE || v == TW_A || v == TW_OF;
    }
    case FL_APPROX: return is_wl(c, i, "over");
    default: return 0;
    }
}

/* Is token i a comma? */
static int is_comma(const tctx *c, size_t i)
{
    return i < c->lim && tok_k(c, i) == NG_TOK_PUNCT && tok_n(c, i) == 1 && tok_s(c, i)[0] == ',';
}

/* Does token i join two days of a list or a range: "and", "to", "or"? */
static int day_joiner(const tctx *c, size_t i)
{
    return tw(c, i, TW_AND) || tw(c, i, TW_TO) || is_wl(c, i, "or");
}

/* ---- tense: the nearest verb cue to token i in its sentence ---- */

/* A verb whose present names a fixture or a trip ahead ("host", "faces",
 * "go", "preparing"), lower-case; compared by length first (cue_of() runs
 * for many words). */
static int sched_word(const tctx *c, size_t i)
{
    if (tok_f(c, i) & NG_TF_CAP)
        return 0;
    /* by length, then by first letter (lower case: capitals left above) */
    switch (tok_n(c, i)) {
    case 2: return is_wl(c, i, "go");
    case 4:
        switch (tok_s(c, i)[0]) {
        case 'h': return is_wl(c, i, "host") || is_wl(c, i, "hold");
        case 'f': return is_wl(c, i, "face");
        case 'o': return is_wl(c, i, "open");
        case 'k': return is_wl(c, i, "kick") && is_wl(c, i + 1, "off");
        default: return 0;
        }
    case 5:
        switch (tok_s(c, i)[0]) {
        case 'h': return is_wl(c, i, "hosts") || is_wl(c, i, "holds");
        case 'c': /* "the law comes into force on Monday" */
            return is_wl(c, i, "close") || (is_wl(c, i, "comes") && is_wl(c, i + 1, "into"));
        case 'f': /* "the holiday falls on a Friday" */
            return is_wl(c, i, "faces") || is_wl(c, i, "flies") || (is_wl(c, i, "falls") && is_wl(c, i + 1, "on"));
        case 'p': return is_wl(c, i, "plays");
        case 't': return is_wl(c, i, "tours");
        case 'v': return is_wl(c, i, "votes");
        case 'k': return is_wl(c, i, "kicks") && is_wl(c, i + 1, "off"); /* "the final kicks off on Sunday" */
        default: return 0;
        }
    case 7:
        switch (tok_s(c, i)[0]) {
        case 't': return is_wl(c, i, "travels");
        case 'a': return is_wl(c, i, "attends");
        case 'b': return is_wl(c, i, "bracing");
        default: return 0;
        }
    case 8:
        switch (tok_s(c, i)[0]) {
        case 'l': return is_wl(c, i, "launches");
        case 'u': return is_wl(c, i, "unveils");
        case 'p': return is_wl(c, i, "prepares");
        default: return 0;
        }
    case 9: return tok_s(c, i)[0] == 'p' && is_wl(c, i, "preparing");
    default: return 0;
    }
}

/* An article or a possessive determiner right before token i ("a detailed
 * plan", "its revised offer"): a word in -ed there is an adjective. */
static int determiner_before(const tctx *c, size_t i)
{
    if (i <= c->s0)
        return 0;
    if (tw(c, i - 1, TW_A) || tw(c, i - 1, TW_THE) || tok_k(c, i - 1) == NG_TOK_POSSESSIVE)
        return 1;
    /* the possessive determiners, by length and first letter before the
     * comparisons (this runs for every -ed word the tense search reads) */
    size_t n = tok_n(c, i - 1);
    int f = tok_s(c, i - 1)[0] | 0x20;
    switch (n) {
    case 2: return f == 'm' && is_wl(c, i - 1, "my");
    case 3:
        return (f == 'i' && is_wl(c, i - 1, "its")) || (f == 'h' && (is_wl(c, i - 1, "his") || is_wl(c, i - 1, "her"))) ||
               (f == 'o' && is_wl(c, i - 1, "our"));
    case 4: return f == 'y' && is_wl(c, i - 1, "your");
    case 5: return f == 't' && is_wl(c, i - 1, "their");
    default: return 0;
    }
}

/* Is word i a form no infinitive has: a plural in -s (not -ss, -us:
 * "discuss", "focus") or a form in -ing ("due to injuries", "due to rising
 * costs")? */
static int noun_form(const tctx *c, size_t i)
{
    size_t n = tok_n(c, i);
    const char *s = tok_s(c, i);
    if (n >= 4 && s[n - 1] == 's' && s[n - 2] != 's' && s[n - 2] != 'u')
        return 1;
    return n >= 6 && s[n - 3] == 'i' && s[n - 2] == 'n' && s[n - 1] == 'g';
}

/* Is token i a day name, or "on" or "from" before one ("starting on
 * Monday")?  Not after "week" ("the week beginning Monday": a week's name). */
static int starts_day(const tctx *c, size_t i)
{
    if (i > c->s0 + 1 && (cl(c, i - 2) == FL_UNIT) && (c->val[i - 2] & 0xff) == U_WEEK)
        return 0;
    if (cl(c, i) != FL_WDAY && (is_wl(c, i, "on") || is_wl(c, i, "from")))
        i++;
    return cl(c, i) == FL_WDAY && (tok_f(c, i) & NG_TF_CAP);
}

static int cue_of(const tctx *c, size_t i)
{
    /* strong cues only: the default for news is the past */
    static const char *const fut[] = {"will", "'ll", "\xE2\x80\x99ll", "shall", "next", "tomorrow", "upcoming",
                                      "scheduled", "ahead", "planned", "planning", "plans", "plan",
                                      "soon", "expected", "due", "intends", "hopes", "would"};
    static const char *const past[] = {"since", "said", "was", "were", "had", "did", "told", "ago", "yesterday", "last",
                                       "met", "made", "took", "gave", "went", "came", "began", "saw", "held",
                                       "won", "lost", "left", "sent", "spoke", "wrote", "got", "kept", "paid",
                                       "fell", "rose", "struck", "killed", "became", "found", "led", "ran",
                                       "brought", "bought", "sold", "thought", "felt", "heard", "told", "flew"};
    if (c->cls[i] == FL_TW) {
        int v = c->val[i];
        if (v == TW_NEXT && tw(c, i + 1, TW_TO))
            return 0; /* "next to the embassy" */
        if (v == TW_COMING && tok_n(c, i) == 6 && i + 1 < c->lim &&
            (is_wl(c, i + 1, "from") || is_wl(c, i + 1, "back") || is_wl(c, i + 1, "out") ||
             is_wl(c, i + 1, "under") || is_wl(c, i + 1, "off") || is_wl(c, i + 1, "after")))
            return 0; /* "a surprise coming from a New Yorker": the verb, no future */
        if (v == TW_NEXT || v == TW_TOMORROW || v == TW_COMING)
            return 1;
        if (v == TW_EARLY && i > c->s0 && is_wl(c, i - 1, "as"))
            return 1; /* "as early as Tuesday" */
        if (v == TW_LAST && (determiner_before(c, i) ||
                             (i > c->s0 && (tw(c, i - 1, TW_TO) ||
                                            (c->cls[i - 1] == FL_NONE && (c->val[i - 1] & KW_MODAL)) ||
                                            (c->cls[i - 1] == FL_MONTH && !(tok_f(c, i - 1) & NG_TF_CAP) &&
                                             is_wl(c, i - 1, "may"))))))
            return 0; /* "its last rival", "the last time": final; "will last until": the verb */
        if (v == TW_LAST || v == TW_YESTERDAY || v == TW_AGO)
            return -1;
        if (v == TW_BEGIN && tok_n(c, i) == 9 && starts_day(c, i + 1))
            return 1; /* "a meeting beginning Thursday" */
        return 0;
    }
    if (tok_k(c, i) != NG_TOK_WORD && tok_k(c, i) != NG_TOK_POSSESSIVE)
        return 0;
    size_t n = tok_n(c, i);
    const char *s = tok_s(c, i);
    if (n >= 6 && n <= 8 && tw(c, i + 1, TW_TO) &&
        (is_wl(c, i, "run-up") || is_wl(c, i, "lead-up") || is_wl(c, i, "build-up") || is_wl(c, i, "buildup")))
        return 1; /* "in the run-up to Sunday's election": the time before it */
    if (c->cls[i] == FL_NONE && tok_k(c, i) == NG_TOK_WORD) {
        /* the lists above, as flags of the lexicon; "as soon as Friday",
         * "set to resume", "would travel": the future of the report */
        int v = c->val[i];
        if (tw(c, i + 1, TW_TO) &&
            ((v & 0xff) == KW_SET || ((v & KW_STOP) && (is_wl(c, i, "is") || is_wl(c, i, "are")))))
            return 1; /* "is to resume trading on Tuesday" */
        if ((v & 0xff) == KW_SET && is_wl(c, i + 1, "for") && i > c->s0 && !(tok_f(c, i) & NG_TF_CAP))
            return 1; /* "the vote is set for November 4", like "scheduled for" */
        /* "is travelling to Somalia on Tuesday", "are meeting on Friday": the
         * present progressive of a plan, counted for day names like a
         * fixture's present (not "is being") */
        if ((v & KW_STOP) && ((n == 2 && (s[0] | 0x20) == 'i' && (s[1] | 0x20) == 's') ||
                              (n == 3 && (s[0] | 0x20) == 'a' && (s[1] | 0x20) == 'r' && (s[2] | 0x20) == 'e')) &&
            i + 1 < c->lim &&
            tok_k(c, i + 1) == NG_TOK_WORD && c->cls[i + 1] == FL_NONE && tok_n(c, i + 1) > 5 &&
            !memcmp(tok_s(c, i + 1) + tok_n(c, i + 1) - 3, "ing", 3) && !is_wl(c, i + 1, "being"))
            return 3;
        /* "has been under fire for missing Monday's vote", "have agreed":
         * the perfect looks back */
        if ((v & KW_STOP) && (n == 3 || n == 4) && (s[0] | 0x20) == 'h' && (s[1] | 0x20) == 'a' &&
            (is_wl(c, i, "has") || is_wl(c, i, "have")) &&
            i + 1 < c->lim && c->cls[i + 1] == FL_NONE &&
            (is_wl(c, i + 1, "been") || (c->val[i + 1] & KW_PAST) ||
             (tok_n(c, i + 1) > 4 && tok_s(c, i + 1)[tok_n(c, i + 1) - 1] == 'd' &&
              tok_s(c, i + 1)[tok_n(c, i + 1) - 2] == 'e')))
            return -1;
        /* "speaking on Monday, the minister said ...": the day of a report,
         * not of what it says ("will be speaking on Monday": the verb before) */
        if (v & KW_REPPART)
            return i > c->s0 && (is_wl(c, i - 1, "is") || is_wl(c, i - 1, "are") || is_wl(c, i - 1, "be") ||
                                 is_wl(c, i - 1, "been") || is_wl(c, i - 1, "will")) ? 0 : -1;
        if (!v && n == 8 && s[0] == 's' && is_wl(c, i, "starting") && starts_day(c, i + 1))
            return 1; /* "a four-day match starting Thursday" */
        /* "were planning", "was expected": the participle decides */
        if ((v & 0xff) == KW_WAS && cue_of(c, i + 1) > 0)
            return 0;
        if ((v & KW_FUT) && (((n == 4 || n == 5) && s[0] == 'p' && s[1] == 'l') || (n == 5 && s[0] == 'h')) &&
            !tw(c, i + 1, TW_TO))
            return 0; /* "vacation plans", "a plan", "high hopes": nouns, not intentions */
        if ((v & KW_FUT) && i > c->s0 &&
            (tw(c, i - 1, TW_TO) || is_wl(c, i - 1, "would") || is_wl(c, i - 1, "could") || is_wl(c, i - 1, "did")))
            return 0; /* "due to expire", "agreed to meet", "said it would meet": the verb before decides */
        if ((v & KW_FUT) && i > c->s0 && tw(c, i - 1, TW_THAN))
            return 0; /* "higher than expected costs", "sooner than planned": a comparison */
        if ((v & KW_FUT) && s[n - 1] == 'd' && i > c->s0 && tok_n(c, i - 1) > 4 &&
            tok_s(c, i - 1)[tok_n(c, i - 1) - 1] == 'y' && tok_s(c, i - 1)[tok_n(c, i - 1) - 2] == 'l' &&
            i + 1 < c->lim && tok_k(c, i + 1) == NG_TOK_WORD && !function_word(c, i + 1) && cl(c, i + 1) == FL_NONE)
            return 0; /* "a hastily planned trip": an adjective ("widely expected to" is a verb) */
        if ((v & KW_FUT) && n == 3 && tw(c, i + 1, TW_TO) && i + 2 < c->lim && !is_wl(c, i + 2, "be") &&
            (tw(c, i + 2, TW_THE) || tw(c, i + 2, TW_A) || tw(c, i + 2, TW_THIS) || tw(c, i + 2, TW_THAT) ||
             (c->cls[i + 2] == FL_NONE && (c->val[i + 2] & KW_STOP)) ||
             (tok_f(c, i + 2) & NG_TF_CAP) || tok_k(c, i + 2) != NG_TOK_WORD || noun_form(c, i + 2)))
            return 0; /* "due to the suspension", "due to injuries": a preposition */
        if ((v & KW_FUT) && i > c->s0 && is_wl(c, i - 1, "as") && s[n - 1] == 'd')
            return 0; /* "held rates on Thursday, as expected": as planned, no tense */
        if (v & KW_FUT) /* "had expected", "had been due": over */
            return i > c->s0 && (is_wl(c, i - 1, "had") || (is_wl(c, i - 1, "been") && i > c->s0 + 1 &&
                                                          is_wl(c, i - 2, "had"))) ? -1 : 1;
        /* the present of a fixture or a trip, future in news ("Liverpool
         * host Watford on Saturday", "Cohen flies to Tokyo on Monday"), but
         * not as a noun ("the host nation", "a face") */
        if (!v && sched_word(c, i)) {
            if (i > c->s0 && (tw(c, i - 1, TW_THE) || tw(c, i - 1, TW_A) || tw(c, i - 1, TW_TO) ||
                              tok_k(c, i - 1) == NG_TOK_POSSESSIVE || tok_k(c, i - 1) != NG_TOK_WORD ||
                              (c->cls[i - 1] == FL_NONE && (c->val[i - 1] & KW_STOP) &&
                               !(s[n - 1] == 'g' && (is_wl(c, i - 1, "is") || is_wl(c, i - 1, "are")))) ||
                              is_wl(c, i - 1, "may") || is_wl(c, i - 1, "new")))
                return 0;
            return 3; /* counted by tense_near() for day names only, and only near */
        }
        /* a participle opening the sentence before a preposition is past
         * too ("Asked on Monday whether ...", "Contacted by Reuters ...") */
        if ((v & KW_PAST) && i > c->s0 &&
            (tw(c, i - 1, TW_TO) || (c->cls[i - 1] == FL_NONE && (c->val[i - 1] & KW_MODAL)) ||
             (c->cls[i - 1] == FL_MONTH && !(tok_f(c, i - 1) & NG_TF_CAP) && is_wl(c, i - 1, "may"))))
            return 0; /* "agreed to cut output", "did not beat": a bare form, the verb before decides */
        int was = (v & KW_PAST) || (n > 4 && s[n - 2] == 'e' && s[n - 1] == 'd' &&
                                    (!(tok_f(c, i) & NG_TF_CAP) || (i == c->s0 && function_word(c, i + 1))));
        if (was && i > c->s0 && is_wl(c, i - 1, "be"))
            return 0; /* "will be held", "is to be signed": a participle, the verb before decides */
        if (was && !(v & KW_PAST) && determiner_before(c, i))
            return 0; /* "a detailed plan", "the long-awaited report": an adjective */
        return was ? -1 : 0;
    }
    if (is_any(c, i, fut))
        return 1;
    if (is_any(c, i, past))
        return -1;

    if (n > 4 && s[n - 2] == 'e' && s[n - 1] == 'd' && !(tok_f(c, i) & NG_TF_CAP) &&
        !is_wl(c, i, "scheduled") && !is_wl(c, i, "expected") && !is_wl(c, i, "planned") && !determiner_before(c, i))
        return -1;
    return 0;
}

/* A reporting verb ("said", "told"), or "would" of reported speech: the
 * tense of the report, not of what is reported ("he will leave on Thursday,
 * Castro said"; "in October he said Blair would run"). */
static int reporting(const tctx *c, size_t i)
{
    /* by length and first letter before the comparisons: it runs for every
     * word the tense search reads */
    size_t n = tok_n(c, i);
    int f = tok_s(c, i)[0] | 0x20;
    if (n == 4)
        return (f == 's' && (is_wl(c, i, "said") || is_wl(c, i, "says"))) || (f == 't' && is_wl(c, i, "told"));
    return n == 5 && f == 'w' && is_wl(c, i, "would");
}

/* The tense around tokens first..last: the nearest cue within 8 tokens
 * either side, left first; a reporting verb further away only when nothing
 * else is; then the nearest cue elsewhere in the sentence, up to 40 words away ("On Tuesday,
 * the National Rifle Association of America plans to ...").  A deadline
 * moved ("postponed until Tuesday", "delayed to Friday") lies ahead. */
static int tense_near_x(const tctx *c, size_t first, size_t last, int sched)
{
    if (first >= c->s0 + 2 &&
        (is_wl(c, first - 1, "until") || tw(c, first - 1, TW_TO) || is_wl(c, first - 1, "through") ||
         is_wl(c, first - 1, "till")) &&
        c->cls[first - 2] == FL_NONE && (c->val[first - 2] & KW_MOVED))
        return 1; /* "postponed until", "has extended through July 2" */
    /* "vowed to return to power by Monday", "to extend the strike until
     * Friday": a deadline of what is to be done lies ahead */
    if (first > c->s0 + 2 && (is_wl(c, first - 1, "by") || is_wl(c, first - 1, "until"))) {
        for (size_t k = first - 2; k > c->s0 && k + 8 > first; k--) {
            if (tw(c, k, TW_TO) && tok_k(c, k + 1) == NG_TOK_WORD && !(tok_f(c, k + 1) & NG_TF_CAP) &&
                c->cls[k + 1] == FL_NONE && !(c->val[k + 1] & KW_STOP) && !tw(c, k + 1, TW_THE))
                return 1;
            if (cue_of(c, k) != 0 || tok_k(c, k) == NG_TOK_PUNCT)
                break;
        }
    }
    /* "told his squad on Friday they must ...": the day of the telling when
     * only its object stands between */
    for (size_t dist = 2; dist <= 6 && first >= c->s0 + dist; dist++) {
        size_t k = first - dist;
        if (is_wl(c, k, "told"))
            return -1;
        if (cue_of(c, k) != 0 || tok_k(c, k) == NG_TOK_PUNCT || tw(c, k, TW_THAT))
            break;
    }
    /* "told reporters on Tuesday that ... might": the day is the report's,
     * cues after "that" are what was reported */
    int weak = 0, told = 0, conj = 0, later = 0, prep = 0;
    /* "the exhibition runs until Sunday": without a cue of its own verb,
     * what lasts until a day lasts until one ahead */
    int until = first > c->s0 && (is_wl(c, first - 1, "until") || is_wl(c, first - 1, "till"));
    for (size_t dist = 3; dist <= 8 && first >= c->s0 + dist && !told; dist++)
        told = reporting(c, first - dist);
    /* at most 40 words away: a sentence of a thousand day names stays linear */
    size_t far = first - c->s0 > c->lim - last ? first - c->s0 : c->lim - last;
    if (far > 40)
        far = 40;
    for (size_t dist = 1; dist <= far; dist++) {
        int a = 0, b = 0;
        if (dist > 8 && weak)
            break;
        /* "said on Tuesday", "Tuesday said": the date of the report; further
         * than eight words away a reporting verb ends the search, giving
         * no tense */
        /* "if Labour wins on Thursday", "unless the governor intervenes
         * before Tuesday": a condition in the present looks ahead */
        if (dist <= 8 && first >= c->s0 + dist && c->cls[first - dist] == FL_NONE &&
            (c->val[first - dist] & KW_SUBORD) && (is_wl(c, first - dist, "if") || is_wl(c, first - dist, "unless")) &&
            !(first - dist > c->s0 && (is_wl(c, first - dist - 1, "as") || is_wl(c, first - dist - 1, "asked"))))
            return 1;
        if (first >= c->s0 + dist && (a = cue_of(c, first - dist)) != 0 && dist > 2 && reporting(c, first - dist)) {
            if (dist > 8)
                return until;
            weak = weak ? weak : a, a = 0;
        }
        if (told && tw(c, last + dist, TW_THAT))
            told = 2;
        /* what follows a reporting verb is what was reported ("on Thursday,
         * Cox said the changes will ..."), and a clause opened by after,
         * because, if, when ... after the day has a tense of its own ("will
         * return to work on Sunday after the government agreed") */
        if (told < 2 && last + dist < c->lim && c->cls[last + dist] == FL_NONE &&
            (c->val[last + dist] & KW_SUBORD) && first > c->s0 + 1)
            told = 2;
        if (told < 2 && last + dist < c->lim && (b = cue_of(c, last + dist)) != 0 && dist > 1 &&
            reporting(c, last + dist)) {
            if (dist > 8)
                return until;
            weak = weak ? weak : b, b = 0;
            told = 2;
        }
        if (b < 0 && tok_n(c, last + dist) <= 4 && (is_wl(c, last + dist, "has") || is_wl(c, last + dist, "have")))
            b = 0; /* a perfect right of the day is the main clause's ("talks Friday, have been trying") */
        if (a == 3 || b == 3) {
            /* a fixture's present before a day name ("host Watford on
             * Saturday", "faces his first test on Monday"): future within
             * twelve words, else no cue */
            if (sched && dist >= 2 && dist <= 12 && a == 3)
                return 1; /* not right before the day: "told his French hosts Tuesday" */
            a = a == 3 ? 0 : a;
            b = b == 3 ? 0 : b;
        }
        if (a)
            return a;
        /* a cue after "and" or "but" right of the day is another verb's
         * ("seized the town on Sunday and plan to advance"): only when no
         * cue is found left of the day within eight words */
        if (b && conj) {
            later = later ? later : b;
            b = 0;
        }
        /* a cue right of the day after a preposition opened there is in
         * its noun phrase ("held talks on Friday over plans to hold a vote"):
         * the same */
        if (b && prep) {
            later = later ? later : b;
            b = 0;
        }
        if (last + dist < c->lim && dist <= 2 &&
            (is_wl(c, last + dist, "over") || is_wl(c, last + dist, "about") || is_wl(c, last + dist, "amid") ||
             is_wl(c, last + dist, "against") || is_wl(c, last + dist, "despite") || is_wl(c, last + dist, "regarding")))
            prep = 1;
        if (b)
            return b;
        if (last + dist < c->lim && (tw(c, last + dist, TW_AND) ||
                                     (c->cls[last + dist] == FL_NONE && (c->val[last + dist] & KW_FUNC) &&
                                      is_wl(c, last + dist, "but"))))
            conj = 1;
        if (later && dist >= 8)
            return later;
    }
    return later ? later : until ? 1 : weak;
}
static int tense_near(const tctx *c, size_t first, size_t last)
{
    return tense_near_x(c, first, last, 0);
}

/* ---- formatting ---- */

/* The values below are written by hand when the numbers fit the widths
 * (what snprintf would write, without its cost); otherwise by snprintf. */
static char *put2(char *p, int v)
{
    p[0] = (char)('0' + v / 10);
    p[1] = (char)('0' + v % 10);
    return p + 2;
}

static char *put4(char *p, int v)
{
    p = put2(p, v / 100);
    return put2(p, v % 100);
}

/* out (40 bytes) = "%04d-%02d-%02d" of y, m, d */
static void fmt_ymd(char *out, int y, int m, int d)
{
    if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99) {
        snprintf(out, 40, "%04d-%02d-%02d", y, m, d);
        return;
    }
    char *p = put4(out, y);
    *p++ = '-';
    p = put2(p, m);
    *p++ = '-';
    *put2(p, d) = 0;
}

/* out (40 bytes) = "XXXX-%02d-%02d" of m, d, or "XXXX-%02d" of m when d is 0 */
static void fmt_xmd(char *out, int m, int d)
{
    if (m < 0 || m > 99 || d < 0 || d > 99) {
        if (d)
            snprintf(out, 40, "XXXX-%02d-%02d", m, d);
        else
            snprintf(out, 40, "XXXX-%02d", m);
        return;
    }
    memcpy(out, "XXXX-", 5);
    char *p = put2(out + 5, m);
    if (d) {
        *p++ = '-';
        p = put2(p, d);
    }
    *p = 0;
}

static void set_date(tm_out *o, int y, int m, int d)
{
    fmt_ymd(o->value, y, m, d);
}

static void set_days(tm_out *o, long days)
{
    int y, m, d;
    ng__civil_from_days(days, &y, &m, &d);
    set_date(o, y, m, d);
}

static void set_month(tm_out *o, int y, int m)
{
    if (y < 0 || y > 9999 || m < 0 || m > 99) {
        snprintf(o->value, sizeof o->value, "%04d-%02d", y, m);
        return;
    }
    char *p = put4(o->value, y);
    *p++ = '-';
    *put2(p, m) = 0;
}

/* out (40 bytes) = "%04d" of y */
static void fmt_year(char *out, int y)
{
    if (y < 0 || y > 9999) {
        snprintf(out, 40, "%04d", y);
        return;
    }
    *put4(out, y) = 0;
}

static void set_year(tm_out *o, int y) { fmt_year(o->value, y); }

static const char *unit_letter(int u)
{
    switch (u) {
    case U_YEAR: return "Y";
    case U_MONTH: return "M";
    case U_WEEK: return "W";
    case U_DAY: return "D";
    case U_HOUR: return "H";
    case U_MIN: return "M";
    case U_SEC: return "S";
    case U_DECADE: return "Y";
    case U_CENTURY: return "Y";
    case U_QUARTER: return "Q";
    case U_WEEKEND: return "WE";
    case U_FORTNIGHT: return "W";
    default: return "X";
    }
}

/* "P3Y", "PT5H", "P20Y" (decades), "PXY" when n < 0 */
static void set_duration(tm_out *o, double n, int u)
{
    const char *t = (u == U_HOUR || u == U_MIN || u == U_SEC) ? "T" : "";
    if (u == U_WEEKEND) {
        snprintf(o->value, sizeof o->value, n < 0 ? "PXWE" : "P%gWE", n);
        return;
    }
    if (n < 0) {
        snprintf(o->value, sizeof o->value, "P%sX%s", t, u == U_DECADE ? "DE" : u == U_CENTURY ? "CE" : unit_letter(u));
        return;
    }
    if (u == U_FORTNIGHT) /* two weeks */
        n *= 2, u = U_WEEK;
    if (u == U_DECADE)
        n *= 10;
    else if (u == U_CENTURY)
        n *= 100;
    double whole = (double)(long)n;
    if (n != whole && n - whole == 0.5 && n < 10000) {
        /* a half in the next unit down: "2 1/2 years" P2Y6M, "5 1/2
         * hours" PT5H30M, "a day and a half" P1DT12H, "half an hour" PT30M */
        static const struct { int u; const char *lo; const char *fmt; } hl[] = {
            {U_YEAR, "6M", "P%.0fY%s"}, {U_DAY, "T12H", "P%.0fD%s"},
            {U_HOUR, "30M", "PT%.0fH%s"}, {U_MIN, "30S", "PT%.0fM%s"}};
        for (size_t k = 0; k < NG_ARRAY_LEN(hl); k++) {
            if (hl[k].u != u)
                continue;
            if (whole > 0)
                snprintf(o->value, sizeof o->value, hl[k].fmt, whole, hl[k].lo);
            else
                snprintf(o->value, sizeof o->value, u == U_DAY ? "PT12H" : "P%s%s", t, hl[k].lo);
            return;
        }
    }
    if (n >= 0 && n < 1e6 && n == (double)(long)n && !signbit(n)) {
        /* a whole number below a million: %g writes its digits */
        char digits[8], *p = digits + sizeof digits;
        long v = (long)n;
        *--p = 0;
        do
            *--p = (char)('0' + v % 10);
        while ((v /= 10) != 0);
        const char *ul = unit_letter(u);
        size_t nt = strlen(t), nd = strlen(p), nu = strlen(ul);
        o->value[0] = 'P';
        memcpy(o->value + 1, t, nt);
        memcpy(o->value + 1 + nt, p, nd);
        memcpy(o->value + 1 + nt + nd, ul, nu + 1);
        return;
    }
    snprintf(o->value, sizeof o->value, "P%s%g%s", t, n, unit_letter(u));
}

/* A date with a known month and day but no year.  News mostly looks back:
 * without a future cue the date is taken within the FUT_DAYS after the
 * publication date or else the year before; with a future cue (will, next,
 * scheduled ...) it is the next such date. */
#ifndef FUT_DAYS
#define FUT_DAYS 92
#endif
static int pick_year_md(const tctx *c, int m, int d, int tense)
{
    int y = c->Y;
    long now = c->days;
    long cand = ng__days_from_civil(y, m, d);
    if (tense > 1) /* a deadline: "by Jan. 14" may have just passed */
        return cand < now - 14 ? y + 1 : y;
    if (tense > 0)
        return cand < now ? y + 1 : y;
    if (tense < -1 && cand > now && cand - now <= FUT_DAYS)
        return y - 1; /* a past verb right before: not the one ahead */
    if (cand - now > FUT_DAYS)
        return y - 1;
    if (now - cand > 365 - FUT_DAYS)
        return y + 1;
    return y;
}

static int pick_year_m(const tctx *c, int m, int tense)
{
    int diff = m - c->M;
    if (tense > 0)
        return diff < 0 ? c->Y + 1 : c->Y;
    if (tense < -1 && (diff > 0 || -diff * 30 > 365 - FUT_DAYS))
        return diff > 0 ? c->Y - 1 : c->Y; /* a past verb right before: "contested the January poll" */
    if (diff * 30 > FUT_DAYS)
        return c->Y - 1;
    if (-diff * 30 > 365 - FUT_DAYS)
        return c->Y + 1;
    return c->Y;
}

/* May a past tense found for the month at token i stand: no infinitive
 * ("to buy"), no future word or modal (will, expects, scheduled, could ...)
 * and no "is" or "are" (a present passive: "is heard") in the twelve
 * tokens before it, and no deadline word (until, till, by, before, ahead,
 * for) right before it? */
static int months_past_ok(const tctx *c, size_t i)
{
    if (i > c->s0 && (is_wl(c, i - 1, "until") || is_wl(c, i - 1, "till") || is_wl(c, i - 1, "by") ||
                      is_wl(c, i - 1, "before") || is_wl(c, i - 1, "for") || is_wl(c, i - 1, "ahead")))
        return 0;
    for (size_t k = i > c->s0 + 12 ? i - 12 : c->s0; k < i; k++) {
        if (tw(c, k, TW_TO) && k + 1 < i && tok_k(c, k + 1) == NG_TOK_WORD && !(tok_f(c, k + 1) & NG_TF_CAP) &&
            c->cls[k + 1] == FL_NONE && !(c->val[k + 1] & KW_STOP))
            return 0;
        /* cue_of() only where it can find a future cue: a time word, a
         * flagged word ("plan" only before "to": not "backed the plan in
         * October"), "run-up" */
        int kk = c->cls[k], kv = c->val[k];
        if (kk == FL_NONE && (kv & KW_MODAL))
            return 0;
        if ((kk == FL_TW || (kk == FL_NONE && (kv & (KW_FUT | KW_HYPHEN | 0xff)))) && cue_of(c, k) > 0)
            return 0;
        if (tok_n(c, k) <= 3 && (is_wl(c, k, "is") || is_wl(c, k, "are")))
            return 0; /* "the appeal is heard in February": a present passive */
    }
    return 1;
}

/* ---- patterns: each returns 1 and fills o, or 0 ---- */

static size_t spoken_year(const tctx *c, size_t i, int *y);
static int zone_at(const tctx *c, size_t i);
static int p_holiday(const tctx *c, size_t i, tm_out *o, int rel);

/* month-name dates, from token i (a month, or a day before a month) */
static int p_month_date(const tctx *c, size_t i, tm_out *o)
{
    size_t j = i;
    int day = 0, day2 = 0, m = 0, y = -1;
    if ((day = tok_day(c, i)) != 0 || tok_day_range(c, i, &day, &day2)) {
        /* 9 June [2025]; 24-25 June 2025; the 9th of June */
        j = i + 1;
        if (tw(c, j, TW_OF))
            j++;
        if (!(m = month_at(c, j))) {
            /* "3 and 4 March 2004": the first day takes the month and
             * year of the second */
            tm_out d2;
            if (!day2 && day_joiner(c, i + 1) &&
                tok_day(c, i + 2) > day && month_at(c, i + 3)) {
                memset(&d2, 0, sizeof d2);
                if (p_month_date(c, i + 2, &d2) && strlen(d2.value) == 10 && d2.first == i + 2) {
                    *o = d2;
                    o->first = o->last = i;
                    o->value[8] = (char)('0' + day / 10);
                    o->value[9] = (char)('0' + day % 10);
                    return 1;
                }
            }
            return 0;
        }
    } else if ((m = month_at(c, i)) != 0) {
        j = i;
        int dd;
        if ((dd = tok_day(c, i + 1)) != 0 && !(tok_year(c, i + 1) > 0)) {
            day = dd;
            j = i + 1;
        } else if ((dd = word_day(c, i + 1)) != 0 && i > c->s0) {
            day = dd; /* "April three" */
            j = i + 1;
        } else if (tok_day_range(c, i + 1, &day, &day2))
            j = i + 1;
    } else
        return 0;
    /* year: "June 9, 2025", "9 June 2025", "June 2025", "June of 2025" */
    size_t k = j + 1;
    if (is_comma(c, k) && (day || (k + 1 < c->lim && tok_n(c, k + 1) == 4 && tok_year(c, k + 1) > 0)))
        k++; /* "December, 1994" too */
    else if (!day && tw(c, k, TW_OF))
        k++;
    size_t sy;
    if (k < c->lim && (y = tok_year(c, k)) > 0)
        j = k;
    else if ((sy = spoken_year(c, k, &y)) != 0)
        j = k + sy - 1; /* "January nineteen ninety-seven" */
    else
        y = -1;
    /* "August 6 and 9, 1945": the year after the second day is the first's too */
    if (y < 0 && day && !day2 && day_joiner(c, j + 1) &&
        tok_day(c, j + 2) > day && !(tok_year(c, j + 2) > 0)) {
        size_t q = j + 3;
        if (is_comma(c, q))
            q++;
        int yy = tok_year(c, q);
        if (yy > 0)
            y = yy;
    }
    /* "July last year", "5 May this year", "March next year": one date */
    if (y < 0 && c->dct && (tw(c, j + 1, TW_LAST) || tw(c, j + 1, TW_THIS) || tw(c, j + 1, TW_NEXT)) &&
        cl(c, j + 2) == FL_UNIT && c->val[j + 2] == U_YEAR) {
        y = c->Y + (tw(c, j + 1, TW_LAST) ? -1 : tw(c, j + 1, TW_NEXT) ? 1 : 0);
        j += 2;
        o->anchored = 1;
    }
    o->first = i;
    o->last = j;
    o->type = NG_TIME_DATE;
    if (day && day > days_in_month(y > 0 ? y : 2000, m))
        return 0;
    if (y > 0) {
        if (day)
            set_date(o, y, m, day);
        else
            set_month(o, y, m);
        if (day2)
            fmt_ymd(o->value_end, y, m, day2);
        return 1;
    }
    /* "imposed on March 23, 2020, and lasted until July", "from May 2019
     * to June": a month after until, till, through, to, "and" or "and in"
     * that continues a date with its year written earlier in the sentence
     * (not before that month) is in that year, unless a future cue points
     * ahead ("launched in May 2019, will run until July") */
    if (c->ry && c->rexpl && c->rm && c->rmname && m >= c->rm && c->rsent == c->d->tokens.v[o->first].sent &&
        o->first > c->s0 + 1 && !day2 &&
        (is_wl(c, o->first - 1, "until") || is_wl(c, o->first - 1, "till") || is_wl(c, o->first - 1, "through") ||
         tw(c, o->first - 1, TW_TO) || tw(c, o->first - 1, TW_AND) ||
         (is_wl(c, o->first - 1, "in") && tw(c, o->first - 2, TW_AND))) &&
        (!c->dct || tense_near(c, o->first, o->last) <= 0)) {
        if (day && day > days_in_month(c->ry, m))
            return 0;
        if (day)
            set_date(o, c->ry, m, day);
        else
            set_month(o, c->ry, m);
        return 1;
    }
    if (!c->dct) {
        fmt_xmd(o->value, m, day);
        if (day2)
            fmt_xmd(o->value_end, m, day2);
        return 1;
    }
    /* "by February", "effective June 1", "payable Dec. 15": a deadline */
    int tense = o->first > c->s0 && c->cls[o->first - 1] == FL_NONE && (c->val[o->first - 1] & KW_FUTPREP)
                    ? 2
                    : tense_near(c, o->first, o->last);
    /* a past verb, not a report's, at most three words before ("stood in
     * January", "contested the January poll"): the month that has been */
    for (size_t back = 1; tense < 0 && back <= 3 && o->first >= c->s0 + back; back++) {
        size_t q = o->first - back;
        if (tok_k(c, q) != NG_TOK_WORD)
            break;
        int cq = cue_of(c, q);
        if (cq > 0)
            break;
        if (cq < 0 && !reporting(c, q) && !(c->cls[q] == FL_NONE && (c->val[q] & KW_STOP)) &&
            !(q > c->s0 && (is_wl(c, q - 1, "is") || is_wl(c, q - 1, "are"))) && /* "is heard in May" */
            ((c->cls[q] == FL_NONE && (c->val[q] & KW_PAST)) || function_word(c, q + 1) ||
             (tok_f(c, q + 1) & NG_TF_CAP) || q + 1 == o->first)) { /* not "an incorporated bank after May 1" */
            tense = -2;
            break;
        }
    }
    /* a month alone in a sentence in the past ("sales rose in October",
     * published in September): the one that has been, unless an
     * infinitive or a deadline word before it points ahead ("agreed to
     * buy the bank in January", "until November", "by March") */
    if (tense == -1 && !day && months_past_ok(c, o->first))
        tense = -2;
    /* "will delay the publication of May's trade figures" (in June): a
     * month's possessive names what the month holds, and one of the three
     * months before the publication month is the one that has been,
     * whatever the tense */
    if (tense > 0 && !day && !day2 && tok_k(c, j + 1) == NG_TOK_POSSESSIVE) {
        int back = (c->M - m + 12) % 12;
        if (back >= 1 && back <= 3)
            tense = -2;
    }
    o->anchored = 1;
    if (day) {
        y = pick_year_md(c, m, day, tense);
        set_date(o, y, m, day);
        if (day2)
            fmt_ymd(o->value_end, y, m, day2);
    } else {
        /* "from January to October", "between November and February":
         * the first month is the one before the second (its year by
         * tense, or written after it) */
        int m2 = 0, y2;
        size_t q = j + 1;
        if (tw(c, q, TW_TO) || tw(c, q, TW_AND) || is_wl(c, q, "through") || is_wl(c, q, "until") ||
            (q < c->lim && tok_k(c, q) == NG_TOK_PUNCT && tok_n(c, q) == 1 && tok_s(c, q)[0] == '-'))
            m2 = month_at(c, q + 1);
        if (m2 && m2 != m && !tok_day(c, q + 2)) {
            if ((y2 = tok_year(c, q + 2)) > 0)
                o->anchored = 0;
            else
                y2 = pick_year_m(c, m2, tense);
            set_month(o, m < m2 ? y2 : y2 - 1, m);
        } else
            set_month(o, pick_year_m(c, m, tense), m);
    }
    return 1;
}

/* Is token j a possessive followed (after at most one more word) by a noun
 * of what is scheduled: "Thursday's vote", "Sunday's general election"? */
static int fixture_after(const tctx *c, size_t j)
{
    static const char *const ev[] = {"vote",   "election", "elections", "poll",     "polls",  "ballot",
                                     "final",  "match",    "game",      "draw",     "summit", "meeting",
                                     "race",   "runoff",   "run-off",   "referendum", "debate", "hearing",
                                     "deadline", "talks",  "semi-final", "derby",   "clash",  "showdown"};
    if (j + 2 >= c->lim || tok_k(c, j + 1) != NG_TOK_POSSESSIVE)
        return 0;
    for (size_t k = j + 2; k <= j + 3 && k < c->lim; k++) {
        if (tok_k(c, k) != NG_TOK_WORD)
            return 0;
        if (is_any(c, k, ev))
            return 1;
    }
    return 0;
}

/* Is token j a possessive followed (after at most one more word) by a noun
 * of what has happened, an outcome or an act done ("Wednesday's ruling",
 * "Sunday's deadly attack"), with no word of waiting for it in the three
 * tokens before the day i ("ahead of Friday's ruling", "awaits Monday's
 * decision")?  Then the day is past whatever verb governs the phrase
 * ("will appeal Monday's decision"). */
static int outcome_after(const tctx *c, size_t i, size_t j)
{
    static const char *const ev[] = {"ruling",   "decision",  "verdict",   "attack",   "attacks",   "announcement",
                                     "statement", "remarks",  "comments",  "explosion", "blast",    "bombing",
                                     "shooting", "crash",     "killing",   "killings", "raid",      "report",
                                     "quake",    "earthquake", "arrest",   "arrests",  "resignation", "defeat",
                                     "victory",  "win",       "loss",      "selloff",  "sell-off",  "incident",
                                     "assault",  "massacre",  "collision", "derailment", "landslide", "downpour"};
    static const char *const wait[] = {"ahead", "before", "await", "awaits", "awaiting", "awaited", "pending",
                                       "until", "till", "expected", "upcoming"};
    if (j + 2 >= c->lim || tok_k(c, j + 1) != NG_TOK_POSSESSIVE)
        return 0;
    int hit = 0;
    for (size_t k = j + 2; k <= j + 3 && k < c->lim && !hit; k++) {
        if (tok_k(c, k) != NG_TOK_WORD)
            return 0;
        hit = is_any(c, k, ev);
    }
    if (!hit)
        return 0;
    for (size_t k = i > c->s0 + 3 ? i - 3 : c->s0; k < i; k++)
        if (tok_k(c, k) == NG_TOK_WORD && is_any(c, k, wait))
            return 0;
    return 1;
}

/* a day name, with an optional part of day or explicit date after it; the
 * tense is looked for around tokens from..(its end) ("9 a.m. Tuesday": from
 * the clock time) */
static int p_weekday(const tctx *c, size_t i, tm_out *o, int rel, size_t from)
{
    if (cl(c, i) != FL_WDAY || !(tok_f(c, i) & NG_TF_CAP))
        return 0;
    /* newspapers: "the Sunday Times", "the Sunday Telegraph" */
    static const char *const papers[] = {"times", "telegraph", "mirror", "express", "mail", "herald", "post",
                                         "independent", "tribune", "sun", "people", "observer", "star"};
    if (i + 1 < c->lim && (tok_f(c, i + 1) & NG_TF_CAP) && tok_k(c, i + 1) == NG_TOK_WORD &&
        is_any(c, i + 1, papers))
        return 0;
    /* named days: "Black Friday", "Good Friday", "Super Tuesday" */
    static const char *const named[] = {"black", "good", "super", "bloody", "ash", "palm", "easter", "maundy",
                                        "holy", "cyber", "shrove", "giving"};
    if (i > c->s0 && (tok_f(c, i - 1) & NG_TF_CAP) && tok_k(c, i - 1) == NG_TOK_WORD && tok_n(c, i - 1) <= 6 &&
        is_any(c, i - 1, named))
        return 0;
    int wd = c->val[i];
    if (wd > 8) {
        /* "on Mondays", "Sunday mornings": every such day (not "Happy
         * Mondays", a name) */
        if (rel || (i > c->s0 && tok_k(c, i - 1) == NG_TOK_WORD && (tok_f(c, i - 1) & NG_TF_CAP) &&
                    !function_word(c, i - 1) && !(cl(c, i - 1) == FL_NONE && (c->val[i - 1] & KW_STOP))))
            return 0;
        o->first = o->last = i;
        o->type = NG_TIME_SET;
        static const char *const pp[] = {"", "MO", "AF", "EV", "NI"};
        if (cl(c, i + 1) == FL_POD) {
            o->last = i + 1;
            snprintf(o->value, sizeof o->value, "XXXX-WXX-%dT%s", wd - 8, pp[c->val[i + 1]]);
        } else
            snprintf(o->value, sizeof o->value, "XXXX-WXX-%d", wd - 8);
        return 1;
    }
    /* "Monday, June 9, 2025": the explicit date wins */
    size_t k = i + 1;
    if (k < c->lim && tok_k(c, k) == NG_TOK_PUNCT && tok_s(c, k)[0] == ',')
        k++;
    tm_out tmp;
    memset(&tmp, 0, sizeof tmp);
    if (p_month_date(c, k, &tmp) && tmp.value[0] && tmp.value[8]) {
        *o = tmp;
        o->first = i;
        return 1;
    }
    o->first = i;
    o->last = i;
    o->type = NG_TIME_DATE;
    int pod = 0;
    if (cl(c, i + 1) == FL_POD) {
        pod = c->val[i + 1];
        o->last = i + 1;
    }
    static const char *const pods[] = {"", "MO", "AF", "EV", "NI"};
    if (pod && tok_s(c, i + 1)[tok_n(c, i + 1) - 1] == 's' && !rel) {
        /* "Tuesday nights": every such night */
        o->type = NG_TIME_SET;
        snprintf(o->value, sizeof o->value, "XXXX-WXX-%dT%s", wd, pods[pod]);
        return 1;
    }
    if (!c->dct) {
        snprintf(o->value, sizeof o->value, "XXXX-WXX-%d%s%s", wd, pod ? "T" : "", pods[pod]);
        return 1;
    }
    int tense = rel ? rel : outcome_after(c, i, o->last) ? -1 : tense_near_x(c, from < i ? from : i, o->last, 1);
    if (!tense && fixture_after(c, o->last))
        tense = 1; /* "Thursday's vote is seen as a test": no cue, a fixture */
    int cur = weekday(c->days);
    long target;
    if (!rel && !pod && cl(c, i + 1) == FL_UNIT && c->val[i + 1] == U_WEEK && !(tok_f(c, i + 1) & NG_TF_CAP) &&
        !tw(c, i + 2, TW_OF) && !(i + 2 < c->lim && tok_k(c, i + 2) == NG_TOK_WORD && !function_word(c, i + 2))) {
        o->last = i + 1; /* "on Saturday week": a week after the coming Saturday */
        target = c->days + (wd - cur + 7) % 7 + 7;
    } else if (rel == 3) /* this Monday: the Monday of the publication week */
        target = c->days + wd - cur;
    else if (rel < 0) /* last Monday: strictly before */
        target = c->days - ((cur - wd + 7) % 7 == 0 ? 7 : (cur - wd + 7) % 7);
    else if (rel > 1) /* next Monday: strictly after */
        target = c->days + ((wd - cur + 7) % 7 == 0 ? 7 : (wd - cur + 7) % 7);
    else if (tense > 0)
        target = c->days + (wd - cur + 7) % 7;
    else
        target = c->days - (cur - wd + 7) % 7;
    set_days(o, target);
    if (pod)
        snprintf(o->value + 10, sizeof o->value - 10, "T%s", pods[pod]);
    o->anchored = 1;
    return 1;
}

/* today, yesterday, tomorrow, tonight, now, recently; with a part of day */
static int p_deictic(const tctx *c, size_t i, tm_out *o)
{
    if (cl(c, i) != FL_TW)
        return 0;
    int v = c->val[i];
    /* "Radio 4's Today programme", "USA Today": a name, not a date */
    if (v == TW_TODAY && (tok_f(c, i) & NG_TF_CAP) && !(tok_f(c, i) & NG_TF_SENT) && i > c->s0 &&
        (tok_k(c, i - 1) == NG_TOK_WORD || tok_k(c, i - 1) == NG_TOK_POSSESSIVE))
        return 0;
    /* "today's world", "today's youth": the present in general, which
     * TimeBank leaves out (not "today's meeting") */
    if (v == TW_TODAY && i + 2 < c->lim && tok_k(c, i + 1) == NG_TOK_POSSESSIVE) {
        static const char *const gen[] = {"world", "youth", "society", "generation", "young", "children", "kids",
                                          "teenagers", "standards", "money", "terms", "culture", "consumers"};
        if (is_any(c, i + 2, gen))
            return 0;
    }
    o->first = o->last = i;
    o->type = NG_TIME_DATE;
    long off;
    switch (v) {
    case TW_TODAY: off = 0; break;
    case TW_YESTERDAY: off = -1; break;
    case TW_TOMORROW: off = 1; break;
    case TW_TONIGHT:
        if (!c->dct) {
            strcpy(o->value, "XXXX-XX-XXTNI");
            return 1;
        }
        set_days(o, c->days);
        strcat(o->value, "TNI");
        o->anchored = 1;
        return 1;
    case TW_NOW:
        if (tw(c, i + 1, TW_AND) && is_wl(c, i + 2, "then"))
            return 0; /* "every now and then" */
        /* fall through */
    case TW_CURRENTLY:
        strcpy(o->value, "PRESENT_REF");
        o->anchored = c->dct;
        return 1;
    case TW_RECENTLY:
        strcpy(o->value, "PAST_REF");
        o->anchored = c->dct;
        return 1;
    default: return 0;
    }
    int pod = cl(c, i + 1) == FL_POD ? c->val[i + 1] : 0;
    static const char *const pods[] = {"", "MO", "AF", "EV", "NI"};
    if (pod) {
        o->last = i + 1;
        o->type = NG_TIME_TIME;
    }
    if (!c->dct && pod) {
        /* "tomorrow morning" without a date: a morning, the day unknown */
        snprintf(o->value, sizeof o->value, "XXXX-XX-XXT%s", pods[pod]);
        return 1;
    }
    if (!c->dct) {
        strcpy(o->value, off < 0 ? "PAST_REF" : off > 0 ? "FUTURE_REF" : "PRESENT_REF");
        return 1;
    }
    set_days(o, c->days + off);
    if (pod)
        snprintf(o->value + 10, sizeof o->value - 10, "T%s", pods[pod]);
    o->anchored = 1;
    return 1;
}

/* A bare year or decade token, with "fiscal" / "the" / "early" handled by
 * the caller. */
static int p_year(const tctx *c, size_t i, tm_out *o)
{
    int y = tok_year(c, i);
    if (y > 0) {
        /* not an amount: "$2025", "2025 percent", "1,500 troops" has a comma anyway */
        if (i > c->s0 && tok_k(c, i - 1) == NG_TOK_CURRENCY)
            return 0;
        int nv;
        int ncl = i + 1 < c->lim ? cl(c, i + 1) : FL_NONE;
        if (ncl == FL_SCALE || ncl == FL_PERCENT || ncl == FL_CUR ||
            (ncl == FL_UNIT && !((c->val[i + 1] == U_YEAR && !is_wl(c, i + 2, "old")) || c->val[i + 1] == U_QUARTER)))
            return 0; /* "the 1986 year excludes", "1985 quarter net": the year (p_duration leaves it) */
        if (i + 1 < c->lim && tok_k(c, i + 1) == NG_TOK_SYMBOL && tok_s(c, i + 1)[0] == '%')
            return 0;
        /* "10 p.m. (2100 GMT)": the bracketed repeat of a clock time in
         * 24-hour form (zone_clock() leaves it out), not the year 2100 */
        if (zone_at(c, i + 1) && y % 100 < 60 && y / 100 < 24)
            return 0;
        (void)nv;
        if (y < 1900 || y > 2100) {
            /* outside the usual range: only after a preposition */
            if (!(i > c->s0 && (is_wl(c, i - 1, "in") || is_wl(c, i - 1, "since") || is_wl(c, i - 1, "until"))))
                return 0;
        }
        o->first = o->last = i;
        o->type = NG_TIME_DATE;
        set_year(o, y);
        return 1;
    }
    /* the '80s, the 90s (an apostrophe is a token of its own) */
    {
        size_t k = i < c->lim && tok_k(c, i) == NG_TOK_QUOTE ? i + 1 : i;
        const char *s = k < c->lim ? tok_s(c, k) : NULL;
        if (s && tok_k(c, k) == NG_TOK_WORD && tok_n(c, k) == 3 && s[0] >= '0' && s[0] <= '9' && s[1] == '0' &&
            s[2] == 's') {
            size_t f = k;
            int quoted = f > c->s0 && tok_k(c, f - 1) == NG_TOK_QUOTE;
            if (quoted)
                f--;
            int the = f > c->s0 && tw(c, f - 1, TW_THE);
            if ((!quoted && !the) || (!quoted && s[0] < '2'))
                return 0; /* "in his 90s": an age; "in the 10s, 100s and 1,000s": counts */
            if (the)
                f--;
            /* the decade of the 20th century, unless that of the 21st has begun */
            int cent = c->dct && 2000 + (s[0] - '0') * 10 <= c->Y && s[0] <= '2' ? 20 : 19;
            o->first = f < i ? f : i;
            o->last = k;
            o->type = NG_TIME_DATE;
            snprintf(o->value, sizeof o->value, "%d%c", cent, s[0]);
            return 1;
        }
    }
    /* 1990s, 1980's */
    if (i < c->lim && tok_k(c, i) == NG_TOK_WORD) {
        const char *s = tok_s(c, i);
        size_t n = tok_n(c, i);
        if ((n == 5 && s[4] == 's') || (n == 6 && s[4] == '\'' && s[5] == 's')) {
            int ok = 1;
            for (int k = 0; k < 4; k++)
                if (s[k] < '0' || s[k] > '9')
                    ok = 0;
            if (ok && s[3] == '0' && (s[0] == '1' || s[0] == '2')) {
                o->first = o->last = i;
                o->type = NG_TIME_DATE;
                snprintf(o->value, sizeof o->value, "%.3s", s);
                return 1;
            }
        }
        /* ISO date as one token is a NUMBER; handled below */
    }
    if (i < c->lim && tok_k(c, i) == NG_TOK_NUMBER && tok_n(c, i) == 10) {
        const char *s = tok_s(c, i);
        int yy, mm, dd;
        if (s[4] == '-' && s[7] == '-' && sscanf(s, "%4d-%2d-%2d", &yy, &mm, &dd) == 3 && mm >= 1 && mm <= 12 &&
            dd >= 1 && dd <= days_in_month(yy, mm)) {
            o->first = o->last = i;
            o->type = NG_TIME_DATE;
            set_date(o, yy, mm, dd);
            return 1;
        }
    }
    if (i < c->lim && tok_k(c, i) == NG_TOK_NUMBER && tok_n(c, i) >= 6 && tok_n(c, i) <= 10) {
        /* "2020-2022", "2024-25", "2019/20": a span of years (value and
         * value_end); "25/12/2024", "12/25/2024": a day, when the order is
         * plain (one of the two is above 12) */
        const char *s = tok_s(c, i);
        size_t n = tok_n(c, i), k = 0;
        int g[3] = {0, 0, 0}, len[3] = {0, 0, 0}, ng = 0;
        char sep = 0;
        while (ng < 3) {
            while (k < n && s[k] >= '0' && s[k] <= '9' && len[ng] < 5)
                g[ng] = g[ng] * 10 + (s[k++] - '0'), len[ng]++;
            ng++;
            if (k >= n || (s[k] != '-' && s[k] != '/' && s[k] != '.') || (sep && s[k] != sep))
                break;
            sep = s[k++];
        }
        if (k != n)
            return 0;
        if (ng == 2 && sep != '.' && len[0] == 4 && (len[1] == 2 || len[1] == 4) && g[0] >= 1900 && g[0] < 2200) {
            int y2 = len[1] == 2 ? g[0] / 100 * 100 + g[1] : g[1];
            if (y2 <= g[0] || y2 - g[0] > 20)
                return 0;
            o->first = o->last = i;
            o->type = NG_TIME_DATE;
            set_year(o, g[0]);
            fmt_year(o->value_end, y2);
            return 1;
        }
        if (ng == 3 && (sep == '/' || sep == '.') && len[0] <= 2 && len[1] <= 2 && len[2] == 4 && g[2] >= 1900 &&
            g[2] < 2200) {
            /* "23.06.2025": with points always day first (European) */
            int m = sep == '.' ? g[1] : g[0] > 12 ? g[1] : g[1] > 12 ? g[0] : 0,
                d = sep == '.' || g[0] > 12 ? g[0] : g[1];
            if (m < 1 || m > 12 || d < 1 || d > days_in_month(g[2], m))
                return 0;
            o->first = o->last = i;
            o->type = NG_TIME_DATE;
            set_date(o, g[2], m, d);
            return 1;
        }
    }
    return 0;
}

/* A year in words: "nineteen ninety-six", "two thousand (and) five",
 * "twenty twenty-five".  Returns tokens used and sets *y. */
static size_t spoken_year(const tctx *c, size_t i, int *y)
{
    int hi;
    if (cl(c, i) == FL_NUM && (c->val[i] == 19 || c->val[i] == 18))
        hi = c->val[i];
    else if (cl(c, i) == FL_TENS && c->val[i] == 20)
        hi = 20;
    else if (is_wl(c, i, "two") && is_wl(c, i + 1, "thousand")) {
        size_t k = i + 2;
        if (tw(c, k, TW_AND))
            k++;
        if (cl(c, k) == FL_NUM && c->val[k] >= 1 && c->val[k] <= 19) {
            *y = 2000 + c->val[k];
            return k + 1 - i;
        }
        *y = 2000;
        return 2;
    } else
        return 0;
    double lo;
    size_t k = ng__read_number(c->d, i + 1, c->lim, 0, &lo);
    if (k == 0 || k > 2 || tok_k(c, i + 1) != NG_TOK_WORD || lo < 10 || lo > 99)
        return 0;
    *y = hi * 100 + (int)lo;
    return 1 + k;
}

/* Number of tokens of an approximator at i ("about", "more than", "at
 * least", "up to", "nearly", "some"), 0 if none. */
static size_t approx_len(const tctx *c, size_t i)
{
    if (cl(c, i) == FL_APPROX) {
        int a = c->val[i];
        if (a == AP_MORE || a == AP_LESS)
            return tw(c, i + 1, TW_THAN) ? 2 : 0;
        if (a == AP_ATLEAST || a == AP_ATMOST)
            return 0;
        if (a == AP_UPTO)
            return tw(c, i + 1, TW_TO) ? 2 : 0;
        if (a == AP_NEARLY && is_wl(c, i, "close"))
            return tw(c, i + 1, TW_TO) ? 2 : 0; /* "close to two years", not "will close next week" */
        return 1;
    }
    if (tw(c, i, TW_AT) && cl(c, i + 1) == FL_APPROX && (c->val[i + 1] == AP_ATLEAST || c->val[i + 1] == AP_ATMOST))
        return 2;
    if ((is_wl(c, i, "just") || is_wl(c, i, "well") || is_wl(c, i, "almost")) && approx_len(c, i + 1))
        return 1 + approx_len(c, i + 1);
    return 0;
}

/* A count before a unit: digits, number words, "a"/"an", "several", "a few".
 * Returns tokens used, sets *n (-1: unspecified). */
static size_t count_at(const tctx *c, size_t i, double *n)
{
    if (i >= c->lim)
        return 0;
    if (tw(c, i, TW_A)) {
        if (tw(c, i + 1, TW_FEW)) {
            *n = -1;
            return 2;
        }
        if (is_wl(c, i + 1, "couple") && tw(c, i + 2, TW_OF)) {
            *n = 2;
            return 3;
        }
        if (cl(c, i + 1) == FL_SCALE && (c->val[i + 1] == 12 || c->val[i + 1] == 100 || c->val[i + 1] == 1000)) {
            *n = c->val[i + 1]; /* "a hundred years", "a dozen years" */
            return 2;
        }
        *n = 1;
        return 1;
    }
    if (is_wl(c, i, "couple") && tw(c, i + 1, TW_OF)) {
        *n = 2;
        return 2;
    }
    if (tw(c, i, TW_SEVERAL) || tw(c, i, TW_FEW) || tw(c, i, TW_MANY) || is_wl(c, i, "some")) {
        *n = -1;
        return 1;
    }
    size_t k = ng__read_number(c->d, i, c->lim, 0, n);
    if (k && *n >= 0 && *n < 10000)
        return k;
    return 0;
}

/* Is s[0..len) a word in "-long" or "long" after a unit ("decade-long",
 * "weeks-long", "two-week-long", "yearlong")?  Returns the length before
 * "-long" ("long" after a singular unit), 0 if not. */
static size_t long_stem(const char *s, size_t len)
{
    if (len < 7 || len >= 40 || memcmp(s + len - 4, "long", 4))
        return 0;
    if (s[len - 5] == '-')
        return len - 5;
    int uv; /* "yearlong", "weeklong", "daylong" */
    return ng__figlex(s, len - 4, &uv) == FL_UNIT && !(uv & U_PLURAL) ? len - 4 : 0;
}

/* "N-year", "five-year", "24-hour": a duration adjective; unit and count.
 * Also "decade-long" (one decade), "weeks-long" (weeks, unspecified),
 * "two-week-long", "yearlong": the span of what they describe. */
static int hyphen_duration(const tctx *c, size_t i, double *n, int *u)
{
    if (i >= c->lim || tok_k(c, i) != NG_TOK_WORD)
        return 0;
    const char *s = tok_s(c, i);
    size_t len = tok_n(c, i);
    size_t ls = long_stem(s, len);
    if (ls) {
        int uv;
        if (ng__figlex(s, ls, &uv) == FL_UNIT) {
            *n = (uv & U_PLURAL) ? -1 : 1;
            *u = uv & 0xff;
            return (*u != U_SEC && *u != U_QUARTER); /* "second-long", "quarter-long": rare, and ordinals */
        }
        len = ls; /* "two-week-long": the count and unit before "-long" */
    }
    const char *h = len < 40 ? memchr(s, '-', len) : NULL;
    if (!h)
        return 0;
    size_t k = (size_t)(h - s);
    int uv;
    if (ng__figlex(h + 1, len - k - 1, &uv) != FL_UNIT || (uv & U_PLURAL))
        return 0;
    double x;
    int v;
    if ((uv & 0xff) == U_QUARTER && k == 5 && !memcmp(s, "three", 5))
        return 0; /* "three-quarter": a fraction, a rugby position */
    if (ng__parse_digits(s, k, &x) == 0)
        ;
    else {
        int cls = ng__figlex(s, k, &v);
        if (cls != FL_NUM && cls != FL_TENS)
            return 0;
        x = v;
    }
    *n = x;
    *u = uv;
    return 1;
}

/* The publication date shifted by n units; sets value at the unit's
 * granularity ("two years ago" -> 2023, "three days ago" -> a day). */
static void shift_value(const tctx *c, tm_out *o, double n, int u, int sign)
{
    int y = c->Y, m = c->M;
    long k = (long)n;
    switch (u) {
    case U_YEAR: set_year(o, y + sign * (int)k); break;
    case U_DECADE: set_year(o, y + sign * (int)(10 * k)); break;
    case U_CENTURY: set_year(o, y + sign * (int)(100 * k)); break;
    case U_MONTH: {
        long mm = (long)y * 12 + (m - 1) + sign * k;
        set_month(o, (int)(mm / 12), (int)(mm % 12) + 1);
        break;
    }
    case U_QUARTER: {
        long q = (long)y * 4 + (m - 1) / 3 + sign * k;
        snprintf(o->value, sizeof o->value, "%04ld-Q%ld", q / 4, q % 4 + 1);
        break;
    }
    case U_WEEK:
    case U_WEEKEND:
    case U_FORTNIGHT: {
        int wy, wn;
        iso_week(c->days + sign * 7 * k * (u == U_FORTNIGHT ? 2 : 1), &wy, &wn);
        snprintf(o->value, sizeof o->value, "%04d-W%02d", wy, wn);
        break;
    }
    case U_DAY: set_days(o, c->days + sign * k); break;
    default: set_days(o, c->days); break; /* hours, minutes: the day */
    }
}

/* A count of units ahead of the publication date ending at token last ("two
 * years from now", "in a week's time"): a date, FUTURE_REF when the count is
 * vague or there is no publication date.  Returns 1 (a match). */
static int ahead_of_dct(const tctx *c, tm_out *o, size_t last, double n, int u)
{
    o->last = last;
    o->type = NG_TIME_DATE;
    if (n < 0 || !c->dct) {
        strcpy(o->value, "FUTURE_REF");
        o->anchored = c->dct;
        return 1;
    }
    shift_value(c, o, n, u, 1);
    o->anchored = 1;
    return 1;
}

/* A preposition of comparison before token i+1: "from", "with" ("compared
 * with"), "than", "over", "on" ("up 5% on a year earlier"), "versus", "vs". */
static int compare_prep(const tctx *c, size_t i)
{
    return is_wl(c, i, "from") || is_wl(c, i, "with") || tw(c, i, TW_THAN) || is_wl(c, i, "over") ||
           is_wl(c, i, "on") || is_wl(c, i, "versus") || is_wl(c, i, "vs");
}

/* An amount right before token i that follows a preposition of comparison:
 * "from 182.6 mln dlrs a year earlier", "against 4.84 billion a year ago",
 * "from 20,750 units a year ago" (up to six tokens of figures, scale and
 * currency words, and lower-case words of no class such as a unit, between;
 * at least one number). */
static int compared_amount(const tctx *c, size_t i)
{
    size_t k = i, stop = i > c->s0 + 7 ? i - 7 : c->s0;
    int num = 0;
    while (k > stop) {
        int kc = cl(c, k - 1), kk = tok_k(c, k - 1);
        if (kk == NG_TOK_NUMBER || kc == FL_NUM || kc == FL_TENS)
            num = 1;
        else if (!(kk == NG_TOK_CURRENCY || kc == FL_SCALE || kc == FL_CUR || kc == FL_PERCENT ||
                   (kk == NG_TOK_WORD && kc == FL_NONE && !(tok_f(c, k - 1) & NG_TF_CAP) &&
                    !(c->val[k - 1] & (KW_FUNC | KW_STOP | KW_PAST | KW_FUT)))))
            break;
        k--;
    }
    return num && k < i && k > c->s0 && (compare_prep(c, k - 1) || is_wl(c, k - 1, "against"));
}

/* "the first week of July", "the last week of June 2024": the ISO week
 * holding the middle of those seven days. */
static int p_week_of(const tctx *c, size_t i, tm_out *o)
{
    if (!tw(c, i, TW_THE) || !tw(c, i + 3, TW_OF) || cl(c, i + 2) != FL_UNIT || c->val[i + 2] != U_WEEK)
        return 0;
    int nth = cl(c, i + 1) == FL_ORD && c->val[i + 1] >= 1 && c->val[i + 1] <= 5 ? c->val[i + 1]
              : is_wl(c, i + 1, "second")                                      ? 2
              : tw(c, i + 1, TW_LAST)                                          ? -1
                                                                               : 0;
    int m = nth ? month_at(c, i + 4) : 0;
    if (!m)
        return 0;
    int y = tok_year(c, i + 5);
    o->first = i;
    o->last = y > 0 ? i + 5 : i + 4;
    o->type = NG_TIME_DATE;
    if (y <= 0 && !c->dct) {
        strcpy(o->value, "XXXX-WXX");
        return 1;
    }
    if (y <= 0) {
        y = pick_year_m(c, m, tense_near(c, i, o->last));
        o->anchored = 1;
    }
    int mid = nth > 0 ? 7 * (nth - 1) + 4 : days_in_month(y, m) - 3;
    if (mid > days_in_month(y, m))
        return 0;
    int wy, wn;
    iso_week(ng__days_from_civil(y, m, mid), &wy, &wn);
    snprintf(o->value, sizeof o->value, "%04d-W%02d", wy, wn);
    return 1;
}

/* Is token j a hyphenated word (FL_NONE with KW_HYPHEN, what
 * hyphen_duration() needs), or is one of the 12 tokens from j (within the
 * sentence) a unit word? */
static int unit_ahead(const tctx *c, size_t j)
{
    if (j < c->lim && c->cls[j] == FL_NONE &&
        ((c->val[j] & KW_HYPHEN) || ((c->val[j] & KW_TSTART) && tok_n(c, j) >= 7)))
        return 1; /* "five-year", "yearlong" (the only starters of seven letters or more) */
    if (j + 2 < c->lim && c->cls[j + 2] == FL_NONE && (c->val[j + 2] & KW_HYPHEN))
        return 1; /* "10-day-long" */
    /* all twelve, without an early exit: whether a unit is near is hard to
     * predict, twelve byte compares are cheap */
    size_t end = j + 12 < c->lim ? j + 12 : c->lim;
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
    /* sixteen classes in one compare when all sixteen are the document's
     * (the table has one byte per token), the ones wanted kept by a mask */
    if (j < end && j + 16 <= c->d->tokens.n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(c->cls + j));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)FL_UNIT)));
        return (m & ((1u << (end - j)) - 1u)) != 0;
    }
#endif
    int unit = 0;
    for (size_t k = j; k < end; k++)
        unit |= c->cls[k] == FL_UNIT;
    return unit;
}

/* Is "a UNIT" at token i the second half of a rate: "$5 a year", "three
 * times a week", "80,000 barrels of oil a day", "18 hours a day", "30
 * frames a second"?  Yes when a number, amount or "times" comes just
 * before, or a count within five tokens before, across nouns and "of" only
 * (no punctuation, no other function word). */
static int rate_before(const tctx *c, size_t i)
{
    if (i <= c->s0)
        return 0;
    size_t p = i - 1;
    if (tok_k(c, p) == NG_TOK_NUMBER || cl(c, p) == FL_SCALE || cl(c, p) == FL_CUR || cl(c, p) == FL_PERCENT ||
        is_wl(c, p, "times") || (tok_k(c, p) == NG_TOK_WORD && (tok_f(c, p) & NG_TF_DIGIT)))
        return 1;
    /* pence glued to the figure: "75p an hour" (the tokenizer splits "p") */
    if (is_wl(c, p, "p") && !(tok_f(c, p) & NG_TF_SPACE) && p > c->s0 && tok_k(c, p - 1) == NG_TOK_NUMBER)
        return 1;
    /* the thing counted: nouns and "of" back to the count, with a plural
     * among them ("barrels of oil", "page views") unless the count is
     * right before a single noun ("one gigabit a second") */
    int plural = 0;
    for (size_t q = p + 1; q-- > c->s0 && q + 6 > p;) {
        int kq = cl(c, q);
        if (q < p && (tok_k(c, q) == NG_TOK_NUMBER || kq == FL_NUM || kq == FL_TENS || kq == FL_SCALE))
            return plural || q + 1 == p;
        const char *s = tok_s(c, q);
        size_t n = tok_n(c, q);
        if (tw(c, q, TW_OF) && q < p)
            continue;
        if (tok_k(c, q) != NG_TOK_WORD || n < 3 || function_word(c, q) || (kq != FL_NONE && kq != FL_UNIT))
            return 0;
        plural |= s[n - 1] == 's';
    }
    return 0;
}

/* durations and "ago": [approx] [the] [past|last|next|first|coming] N UNIT [ago|earlier|later] */
static int p_duration(const tctx *c, size_t i, tm_out *o)
{
    if (p_week_of(c, i, o))
        return 1;
    size_t j = i;
    size_t a = approx_len(c, j);
    if (a && (tw(c, j + a, TW_THE) || (cl(c, j) == FL_APPROX && c->val[j] == AP_OVER)))
        return 0; /* "over the past year", "over three years": a preposition */
    int approx = a > 0;
    static const char *const modal[] = {"will", "would", "could", "can", "may", "might", "should", "must", "did",
                                        "does", "do", "'ll", "\xE2\x80\x99ll"};
    if (!a && tw(c, i, TW_LAST) &&
        ((i > c->s0 && (tw(c, i - 1, TW_TO) || is_any(c, i - 1, modal))) || tw(c, i + 1, TW_A)))
        return 0; /* "expected to last two months", "does not last a week": the verb, the span starts at the count */
    if (!a && is_wl(c, i, "following"))
        return 0; /* "following six years at Anfield": a preposition ("the following two weeks" has the article) */
    j += a;
    int the = 0, dir = 0;
    if (tw(c, j, TW_THE)) {
        the = 1;
        j++;
    }
    if (tw(c, j, TW_PAST) || tw(c, j, TW_LAST) || tw(c, j, TW_PREV) || is_wl(c, j, "first")) {
        dir = -1;
        j++;
    } else if (the && (is_wl(c, j, "latest") || is_wl(c, j, "year-earlier") || is_wl(c, j, "year-ago")) &&
               (cl(c, j + 1) == FL_NUM || (j + 1 < c->lim && tok_k(c, j + 1) == NG_TOK_NUMBER) ||
                (is_wl(c, j, "latest") && tw(c, j + 1, TW_FISCAL)))) {
        /* "the latest nine months", "the year-earlier six months": company
         * results' span, one duration as "the first nine months" (TimeBank),
         * not a year-earlier date and a bare count; "the latest fiscal year"
         * the last completed one, as "the past fiscal year" */
        dir = -1;
        j++;
    } else if (tw(c, j, TW_NEXT) || tw(c, j, TW_COMING) || tw(c, j, TW_FOLLOWING)) {
        dir = 1;
        j++;
    }
    int fiscal = dir && tw(c, j, TW_FISCAL) && cl(c, j + 1) == FL_UNIT && c->val[j + 1] == U_YEAR;
    if (fiscal)
        j++; /* "the past fiscal year", "the next fiscal year": dates */
    double n;
    int u;
    size_t k;
    /* every match below has a unit word within 11 tokens of j ("two and a
     * half more years", "a couple of years"), or a hyphenated word at j
     * ("five-year"): most tokens have neither, and skip the count */
    if (!unit_ahead(c, j))
        return 0;
    int du = -1; /* "10-year", "10-day-long": the unit after the hyphen */
    if (j + 2 < c->lim && tok_k(c, j) == NG_TOK_NUMBER && tok_n(c, j + 1) == 1 && tok_s(c, j + 1)[0] == '-' &&
        !(tok_f(c, j + 1) & NG_TF_SPACE) && !(tok_f(c, j + 2) & NG_TF_SPACE)) {
        if (cl(c, j + 2) == FL_UNIT && !(c->val[j + 2] & U_PLURAL))
            du = c->val[j + 2] & 0xff;
        else if (cl(c, j + 2) == FL_NONE && tok_k(c, j + 2) == NG_TOK_WORD) {
            size_t ls = long_stem(tok_s(c, j + 2), tok_n(c, j + 2));
            int uv;
            if (ls && ng__figlex(tok_s(c, j + 2), ls, &uv) == FL_UNIT && !(uv & U_PLURAL))
                du = uv & 0xff;
        }
    }
    if (du >= 0 && ng__parse_digits(tok_s(c, j), tok_n(c, j), &n) == 0 && n < 10000) {
        /* "10-year": split by the tokeniser */
        if (a || the || dir)
            return 0;
        o->first = j;
        o->last = j + 2;
        o->type = NG_TIME_DURATION;
        set_duration(o, n, du);
        return 1;
    }
    if (hyphen_duration(c, j, &n, &u)) {
        if (a || the || dir)
            return 0; /* "the five-year plan": the adjective alone */
        o->first = o->last = j;
        o->type = NG_TIME_DURATION;
        /* "a two hour-long show", "three month-long poll": the count
         * before a unit in "-long" belongs to it */
        size_t ls = 0;
        if (n == 1 && j > c->s0 && (cl(c, j - 1) == FL_NUM || cl(c, j - 1) == FL_TENS) && c->val[j - 1] >= 2 &&
            (!c->d->times.n || c->d->times.v[c->d->times.n - 1].end <= c->d->tokens.v[j - 1].start))
            ls = long_stem(tok_s(c, j), tok_n(c, j));
        if (ls && tok_n(c, j) - ls == 5) { /* "hour-long", not "hourlong" */
            int uv;
            if (ng__figlex(tok_s(c, j), ls, &uv) == FL_UNIT && !(uv & U_PLURAL)) {
                n = c->val[j - 1];
                o->first = j - 1;
            }
        }
        set_duration(o, n, u);
        return 1;
    }
    if (tw(c, j, TW_HALF) && tw(c, j + 1, TW_A) && cl(c, j + 2) == FL_UNIT && !(c->val[j + 2] & U_PLURAL))
        k = 2, n = 0.5; /* "half an hour" */
    else if ((k = count_at(c, j, &n)) == 0 && !the && !dir && cl(c, j) == FL_UNIT && (c->val[j] & U_PLURAL) &&
             tw(c, j + 1, TW_AGO)) {
        /* "years ago" */
        o->first = i;
        o->last = j + 1;
        o->type = NG_TIME_DATE;
        o->approx = approx;
        strcpy(o->value, "PAST_REF");
        o->anchored = c->dct;
        return 1;
    }
    if (k == 0) {
        /* "the past year" / "the coming weeks": the unit alone */
        if (!(dir && the) && !(dir > 0))
            return 0;
        if (cl(c, j) != FL_UNIT)
            return 0;
        u = c->val[j] & 0xff;
        n = (c->val[j] & U_PLURAL) ? -1 : 1;
        if (n == 1 && is_wl(c, j - 1, "first"))
            return 0; /* "the first day of the hearing", "the first month of the year": an ordinal, not a span */
        if (n == 1 && u == U_MIN && tw(c, j - 1, TW_LAST))
            return 0; /* "at the last minute": late, not a minute */
        if (n == 1 && u == U_DAY && tw(c, j - 1, TW_LAST) &&
            ((i > c->s0 && is_wl(c, i - 1, "on")) || tw(c, j + 1, TW_OF) || tw(c, j + 1, TW_THAT) ||
             is_wl(c, j + 1, "before")))
            return 0; /* "on the last day of the season": an ordinal */
        o->first = i;
        o->last = j;
        o->type = NG_TIME_DURATION;
        o->approx = approx;
        if (the && fiscal && dir > 0 && n == 1 && !approx && c->dct) {
            o->type = NG_TIME_DATE;
            shift_value(c, o, 1, u, 1);
            o->anchored = 1;
            return 1;
        }
        if (the && dir < 0 && n == 1 && !approx && c->dct &&
            (u == U_YEAR || u == U_MONTH || u == U_WEEK || u == U_QUARTER)) {
            /* "the past year": TimeBank takes it as last year (a date) */
            o->type = NG_TIME_DATE;
            shift_value(c, o, 1, u, -1);
            o->anchored = 1;
            return 1;
        }
        set_duration(o, n, u);
        return 1;
    }
    size_t uj = j + k;
    /* "2 1/2 years", "two and a half years"; "a year and a half" below */
    if (n >= 0 && uj < c->lim && tok_k(c, uj) == NG_TOK_NUMBER && tok_n(c, uj) == 3 && !memcmp(tok_s(c, uj), "1/2", 3)) {
        n += 0.5;
        uj++;
    } else if (n >= 1 && tw(c, uj, TW_AND) && tw(c, uj + 1, TW_A) && tw(c, uj + 2, TW_HALF)) {
        n += 0.5;
        uj += 3;
    }
    if (cl(c, uj + 1) == FL_UNIT && cl(c, uj) != FL_UNIT &&
        (is_wl(c, uj, "more") || is_wl(c, uj, "additional") || is_wl(c, uj, "full") || is_wl(c, uj, "straight") ||
         is_wl(c, uj, "consecutive") || is_wl(c, uj, "successive") || is_wl(c, uj, "whole")))
        uj++; /* "three consecutive months" (the words tested only before a unit) */
    if (cl(c, uj) != FL_UNIT) {
        /* "two and a half years" is not handled: too rare */
        return 0;
    }
    u = c->val[uj] & 0xff;
    if (n == 1 && (c->val[uj] & U_PLURAL))
        return 0;
    if ((u == U_YEAR || u == U_QUARTER) && !(c->val[uj] & U_PLURAL) && k == 1 && tok_year(c, j) > 0)
        return 0; /* "the 1986 full year", "the 1985 quarter": a year named, not 1986 years */
    if (is_wl(c, uj + 1, "old") || is_wl(c, uj + 1, "olds") || title_unit(c, i, uj))
        return 0; /* "52 years old": an age, not a period of the story */
    if (u == U_QUARTER && ((n >= 0 && n <= 1) || (n == 3 && tw(c, uj + 1, TW_OF))) && !the && !dir)
        return 0; /* "almost a quarter of those", "three quarters of": a fraction */
    if (u == U_QUARTER && n < 0 && !the && !dir && i > c->s0 && (is_wl(c, i - 1, "in") || is_wl(c, i - 1, "from")) &&
        !tw(c, uj + 1, TW_OF) && !tw(c, uj + 1, TW_AGO))
        return 0; /* "criticised in many quarters", "interest from several quarters": circles, not spans */
    if (u == U_SEC && !(c->val[uj] & U_PLURAL) && uj + 1 < c->lim && tok_k(c, uj + 1) == NG_TOK_WORD &&
        !function_word(c, uj + 1))
        return 0; /* "a second term": an ordinal */
    if (u == U_SEC && n == 1 && tw(c, j, TW_A) && !a && !the && !dir && !rate_before(c, i) &&
        !(i > c->s0 && (is_wl(c, i - 1, "for") || is_wl(c, i - 1, "in") || is_wl(c, i - 1, "within") ||
                        tw(c, i - 1, TW_THAN) || is_wl(c, i - 1, "split") || is_wl(c, i - 1, "half") ||
                        is_wl(c, i - 1, "per"))) &&
        !tw(c, uj + 1, TW_AGO) && !tw(c, uj + 1, TW_LATER) && !tw(c, uj + 1, TW_EARLIER))
        return 0; /* "a second bid", "added a second", "a second or third person": an ordinal */
    /* "a year before." / "a year before," as "a year earlier" (not "a year
     * before the election": there "before" is a preposition) */
    int before = (is_wl(c, uj + 1, "before") || is_wl(c, uj + 1, "after")) && !the && !dir &&
                 (uj + 2 >= c->lim || tok_k(c, uj + 2) == NG_TOK_PUNCT);
    if (tw(c, j, TW_A) && !tw(c, uj + 1, TW_AGO) && !tw(c, uj + 1, TW_EARLIER) && !tw(c, uj + 1, TW_LATER) &&
        !before && i > c->s0) {
        /* "$5 a year": a rate, not a duration ("a" alone: "within a few
         * weeks" is a span) */
        if (k == 1 && rate_before(c, i)) {
            o->first = j;
            o->last = uj;
            o->type = NG_TIME_SET;
            set_duration(o, 1, u);
            return 1;
        }
    }
    /* "about two weeks": AQUAINT leaves "about" before a number out of the
     * extent (approx still set); "about a decade" keeps it */
    o->first = a == 1 && is_wl(c, i, "about") && !tw(c, j, TW_A) ? i + 1 : i;
    o->last = uj;
    o->approx = approx;
    size_t ue = uj; /* "two years or so", "a week or so ago": approximate */
    int half_after = 0; /* "a year and a half (ago)" */
    if (n >= 1 && n == (double)(long)n && tw(c, uj + 1, TW_AND) && tw(c, uj + 2, TW_A) && tw(c, uj + 3, TW_HALF)) {
        half_after = 1;
        ue = o->last = uj + 3;
    } else if (is_wl(c, uj + 1, "or") && is_wl(c, uj + 2, "so")) {
        ue = o->last = uj + 2;
        o->approx = 1;
    }
    /* "a day earlier", "an hour later": TimeML's duration with a signal
     * after it (the year-ago comparisons of company results are dates) */
    int small = u == U_DAY || u == U_HOUR || u == U_MIN || u == U_SEC;
    /* "for a fortnight earlier this month": "earlier" belongs to "this month" */
    int ahead = tw(c, ue + 2, TW_THIS) || tw(c, ue + 2, TW_LAST) || tw(c, ue + 2, TW_NEXT) || tw(c, ue + 2, TW_THAT);
    if (is_wl(c, ue + 1, "from") && tw(c, ue + 2, TW_NOW) && !the && !dir) {
        /* "two years from now": that far ahead of the publication date */
        return ahead_of_dct(c, o, ue + 2, n, u);
    }
    /* "in two weeks' time", "in a year's time": that far ahead of the
     * publication date */
    if (ue + 2 < c->lim && !the && !dir && is_wl(c, ue + 2, "time") && i > c->s0 && is_wl(c, i - 1, "in") &&
        (tok_k(c, ue + 1) == NG_TOK_POSSESSIVE ||
         (tok_k(c, ue + 1) == NG_TOK_QUOTE && (tok_s(c, ue + 1)[0] == '\'' || tok_n(c, ue + 1) == 3) &&
          c->d->tokens.v[ue + 1].start == c->d->tokens.v[ue].end))) {
        return ahead_of_dct(c, o, ue + 2, n, u);
    }
    /* "two years earlier than planned", "a day later than expected": a
     * comparison, the span is a duration ("than" is no date) */
    int than = (tw(c, ue + 1, TW_EARLIER) || tw(c, ue + 1, TW_LATER)) && tw(c, ue + 2, TW_THAN);
    if (tw(c, ue + 1, TW_AGO) ||
        ((((tw(c, ue + 1, TW_EARLIER) || tw(c, ue + 1, TW_LATER)) && !ahead && !than) || before) && !the && !dir &&
         !small)) {
        int sign = tw(c, ue + 1, TW_LATER) || is_wl(c, ue + 1, "after") ? 1 : -1;
        o->last = ue + 1;
        o->type = NG_TIME_DATE;
        if (n < 0 || !c->dct) {
            strcpy(o->value, sign < 0 ? "PAST_REF" : "FUTURE_REF");
            o->anchored = c->dct;
            return 1;
        }
        if (half_after && u == U_YEAR) { /* "a year and a half ago": 18 months back */
            n = n * 12 + 6;
            u = U_MONTH;
        }
        int need = u == U_YEAR || u == U_DECADE || u == U_CENTURY ? 1 : u == U_MONTH || u == U_QUARTER ? 2 : 3;
        if (u == U_YEAR && n == 1 && sign < 0 && c->refq >= 0) {
            /* "net of $5 million a year ago" after "the third quarter":
             * company results compare with the same quarter a year before */
            long q = c->refq - 4;
            snprintf(o->value, sizeof o->value, "%04ld-Q%ld", q / 4, q % 4 + 1);
        } else if (u == U_YEAR && n == 1 && sign < 0 && c->ry && c->rm && c->rmname &&
                   c->rsent == c->d->tokens.v[i].sent && i > c->s0 && (compare_prep(c, i - 1) || compared_amount(c, i))) {
            /* "exports in October rose 5% from a year earlier", "sales in
             * the four weeks ended May 23 rose to $5 mln from $4 mln a year
             * earlier": the same month (or day) a year before; a
             * comparison, not the story's new date */
            if (c->rd && c->rd <= days_in_month(c->ry - 1, c->rm))
                set_date(o, c->ry - 1, c->rm, c->rd);
            else
                set_month(o, c->ry - 1, c->rm);
            o->anaphor = 1;
            return 1;
        } else if (!tw(c, ue + 1, TW_AGO) && n >= 2 && c->ry && c->rsent + 1 >= c->d->tokens.v[i].sent &&
                   (need < 2 || c->rm) && (need < 3 || c->rd)) {
            /* "in 1998 ... Six years earlier": from the date the text named
             * in this or the sentence before ("a year earlier" in results
             * compares with the publication period) */
            tctx t = *c;
            t.Y = c->ry, t.M = c->rm ? c->rm : 1, t.D = c->rd ? c->rd : 1;
            t.days = ng__days_from_civil(t.Y, t.M, t.D);
            shift_value(&t, o, n, u, sign);
            o->anaphor = 1;
            return 1;
        } else
            shift_value(c, o, n, u, sign);
        o->anchored = 1;
        return 1;
    }
    if (half_after)
        n += 0.5; /* "a year and a half" */
    o->type = NG_TIME_DURATION;
    set_duration(o, n, u);
    return 1;
}

/* [early|late|mid|earlier|later] (this|last|next|past) (UNIT|MONTH|WDAY|SEASON|POD) */
static int p_relative(const tctx *c, size_t i, tm_out *o)
{
    size_t j = i;
    int mod = 0;
    if (tw(c, j, TW_EARLY) || tw(c, j, TW_LATE) || tw(c, j, TW_MID)) {
        mod = 1;
        j++;
    } else if ((tw(c, j, TW_EARLIER) || tw(c, j, TW_LATER)) && (tw(c, j + 1, TW_THIS) || tw(c, j + 1, TW_LAST) || tw(c, j + 1, TW_NEXT))) {
        mod = 1; /* "earlier this year": TimeBank mostly keeps the modifier */
        j++;
    } else if (tw(c, j, TW_THE) && tw(c, j + 1, TW_CURRENT))
        j++; /* "the current year" */
    int rel, this_past = 0;
    if (tw(c, j, TW_THIS) && (tw(c, j + 1, TW_PAST) || tw(c, j + 1, TW_COMING))) {
        /* "this past spring", "this coming Sunday" */
        rel = tw(c, j + 1, TW_PAST) ? -1 : 1;
        this_past = rel < 0;
        j++;
    } else if (tw(c, j, TW_THIS) || tw(c, j, TW_CURRENT))
        rel = 0;
    else if (tw(c, j, TW_LAST) || tw(c, j, TW_PAST) || tw(c, j, TW_PREV))
        rel = -1;
    else if (tw(c, j, TW_NEXT) || tw(c, j, TW_COMING))
        rel = 1;
    else
        return 0;
    int past_word = (tw(c, j, TW_PAST) && !this_past) || tw(c, j, TW_PREV);
    size_t h = j + 1;
    if (tw(c, h, TW_FISCAL) && cl(c, h + 1) == FL_UNIT && c->val[h + 1] == U_YEAR)
        h++; /* "last fiscal year", "the current fiscal year": the year it names */
    if (h >= c->lim)
        return 0;
    o->first = i;
    o->last = h;
    o->type = NG_TIME_DATE;
    int hc = cl(c, h);
    if (hc == FL_NONE && !past_word && p_holiday(c, h, o, rel < 0 ? -1 : rel > 0 ? 1 : 0)) {
        o->first = i; /* "last Christmas", "next Easter" */
        return 1;
    }
    if (hc == FL_WDAY && c->val[h] <= 7 && (tok_f(c, h) & NG_TF_CAP) && !past_word) {
        if (!p_weekday(c, h, o, rel < 0 ? -1 : rel > 0 ? 2 : tw(c, j, TW_THIS) ? 3 : 0, h))
            return 0;
        o->first = i;
        return 1;
    }
    if (hc == FL_MONTH && (tok_f(c, h) & NG_TF_CAP) && !past_word) {
        int m = c->val[h], day = tok_day(c, h + 1);
        if (day && (tok_year(c, h + 1) > 0 || day > days_in_month(2000, m)))
            day = 0;
        if (day)
            o->last = h + 1; /* "last Oct. 23": the day, not the month */
        if (!c->dct) {
            fmt_xmd(o->value, m, day);
            return 1;
        }
        int y = c->Y;
        if (day && rel) {
            long cand = ng__days_from_civil(c->Y, m, day);
            y = rel < 0 ? (cand < c->days ? c->Y : c->Y - 1) : (cand > c->days ? c->Y : c->Y + 1);
        } else if (rel < 0)
            y = m < c->M ? c->Y : c->Y - 1;
        else if (rel > 0)
            y = m > c->M ? c->Y : c->Y + 1;
        if (day && day <= days_in_month(y, m))
            set_date(o, y, m, day);
        else
            set_month(o, y, m), o->last = h;
        o->anchored = 1;
        return 1;
    }
    if (hc == FL_SEASON && !past_word) {
        static const char *const ss[] = {"", "SP", "SU", "FA", "WI"};
        int s = c->val[h];
        if (is_wl(c, h, "fall") && (is_wl(c, h + 1, "from") || tw(c, h + 1, TW_TO) || tw(c, h + 1, TW_OF)) &&
            h + 2 < c->lim && (tok_k(c, h + 2) == NG_TOK_NUMBER || tok_k(c, h + 2) == NG_TOK_CURRENCY ||
                               tw(c, h + 2, TW_THE) || tw(c, h + 2, TW_A) || cl(c, h + 2) == FL_NUM))
            return 0; /* "this fall from 2.1%", "the fall of the wall": a decline (not "added this fall to bolster") */
        if (!c->dct) {
            snprintf(o->value, sizeof o->value, "XXXX-%s", ss[s]);
            return 1;
        }
        int cur = c->M <= 2 || c->M == 12 ? 4 : (c->M - 3) / 3 + 1;
        int y = c->Y;
        if (rel < 0)
            y = s < cur ? c->Y : c->Y - 1;
        else if (rel > 0)
            y = s > cur ? c->Y : c->Y + 1;
        snprintf(o->value, sizeof o->value, "%04d-%s", y, ss[s]);
        o->anchored = 1;
        return 1;
    }
    if (hc == FL_POD) {
        /* this morning, last night, tonight */
        static const char *const pods[] = {"", "MO", "AF", "EV", "NI"};
        int p = c->val[h];
        o->type = NG_TIME_TIME;
        if (!c->dct) {
            snprintf(o->value, sizeof o->value, "XXXX-XX-XXT%s", pods[p]);
            return 1;
        }
        long dd = c->days + (rel < 0 ? -1 : rel > 0 ? 1 : 0);
        if (rel < 0 && p != 4)
            dd = c->days - 1;
        set_days(o, dd);
        snprintf(o->value + 10, sizeof o->value - 10, "T%s", pods[p]);
        o->anchored = 1;
        return 1;
    }
    if (hc != FL_UNIT || (c->val[h] & U_PLURAL) || title_unit(c, i, h))
        return 0;
    int u = c->val[h] & 0xff;
    if (u == U_HOUR || u == U_MIN || u == U_SEC)
        return 0;
    if (past_word && !mod) {
        /* "past year" without "the": a duration */
        o->type = NG_TIME_DURATION;
        set_duration(o, 1, u);
        return 1;
    }
    if (!c->dct) {
        strcpy(o->value, rel < 0 ? "PAST_REF" : rel > 0 ? "FUTURE_REF" : "PRESENT_REF");
        return 1;
    }
    o->anchored = 1;
    if (u == U_DAY) {
        if (rel < 0 && i > c->s0 && tw(c, i - 1, TW_THE))
            return 0; /* "the last day of the season": an ordinal, not yesterday */
        set_days(o, c->days + rel);
        return 1;
    }
    if (u == U_FORTNIGHT) {
        o->type = NG_TIME_DURATION; /* "the last fortnight": the span */
        o->anchored = 0;
        set_duration(o, 1, u);
        return 1;
    }
    if (u == U_WEEKEND) {
        int wy, wn;
        iso_week(c->days + 7 * rel, &wy, &wn);
        snprintf(o->value, sizeof o->value, "%04d-W%02d-WE", wy, wn);
        return 1;
    }
    if (u == U_DECADE) {
        snprintf(o->value, sizeof o->value, "%03d", (c->Y + 10 * rel) / 10);
        return 1;
    }
    if (u == U_CENTURY) {
        snprintf(o->value, sizeof o->value, "%02d", (c->Y + 100 * rel) / 100);
        return 1;
    }
    if (u == U_YEAR && h + 3 < c->lim && tok_k(c, h + 1) == NG_TOK_POSSESSIVE) {
        /* "this year's third quarter", "next year's first quarter" */
        size_t k = h + 2;
        int q = cl(c, k) == FL_ORD && c->val[k] >= 1 && c->val[k] <= 4 ? c->val[k] : is_wl(c, k, "second") ? 2 : 0;
        if (q && cl(c, k + 1) == FL_UNIT && c->val[k + 1] == U_QUARTER) {
            o->last = k + 1;
            snprintf(o->value, sizeof o->value, "%04d-Q%d", c->Y + rel, q);
            return 1;
        }
    }
    if (u == U_YEAR && rel < 0 && !mod && c->refq >= 0 && i == j &&
        ((i > c->s0 && (tok_k(c, i - 1) == NG_TOK_NUMBER || cl(c, i - 1) == FL_SCALE)) ||
         (tok_k(c, h + 1) == NG_TOK_POSSESSIVE &&
          (tok_k(c, h + 2) == NG_TOK_CURRENCY || tok_k(c, h + 2) == NG_TOK_NUMBER ||
           (cl(c, h + 2) == FL_UNIT && c->val[h + 2] == U_QUARTER))))) {
        /* company results after a quarter was named: "a loss of $3 million
         * last year", "up from last year's $2.3 billion" compare with that
         * quarter a year before, as "a year ago" does */
        long q = c->refq - 4;
        if (tok_k(c, h + 1) == NG_TOK_POSSESSIVE && cl(c, h + 2) == FL_UNIT)
            o->last = h + 2; /* "last year's quarter" */
        snprintf(o->value, sizeof o->value, "%04ld-Q%ld", q / 4, q % 4 + 1);
        return 1;
    }
    shift_value(c, o, 1, u, rel);
    if (rel == 0)
        shift_value(c, o, 0, u, 1);
    return 1;
}

/* Expressions anchored to the date the text last named rather than to the
 * publication date: "that day", "later that year", "the following month",
 * "the previous day".  Without a named date, the publication date is the
 * reference; without either, the value is unanchored. */
static int p_anaphor(const tctx *c, size_t i, tm_out *o)
{
    size_t j = i;
    if (tw(c, i, TW_THE) && (tw(c, i + 1, TW_PREV) || tw(c, i + 1, TW_FOLLOWING)) && cl(c, i + 2) == FL_WDAY &&
        c->val[i + 2] <= 7 && (tok_f(c, i + 2) & NG_TF_CAP)) {
        /* "the previous Friday", "the following Monday": from the date the
         * text named last (or the publication date), strictly before/after */
        int y = c->ry, m = c->rm, d = c->rd, wd = c->val[i + 2], fwd = tw(c, i + 1, TW_FOLLOWING);
        if ((y == 0 || d == 0) && c->dct)
            y = c->Y, m = c->M, d = c->D;
        o->first = i;
        o->last = i + 2;
        o->type = NG_TIME_DATE;
        o->anaphor = 1;
        if (y == 0 || d == 0) {
            snprintf(o->value, sizeof o->value, "XXXX-WXX-%d", wd);
            return 1;
        }
        long ref = ng__days_from_civil(y, m, d);
        int cur = weekday(ref);
        int back = (cur - wd + 7) % 7, ahead = (wd - cur + 7) % 7;
        set_days(o, fwd ? ref + (ahead ? ahead : 7) : ref - (back ? back : 7));
        o->anchored = c->ry == 0 || c->rd == 0;
        return 1;
    }
    if (tw(c, i, TW_THE) && cl(c, i + 1) == FL_UNIT && c->val[i + 1] == U_WEEK && tw(c, i + 2, TW_OF)) {
        /* "the week of March 6": the ISO week of that day */
        tm_out dt;
        memset(&dt, 0, sizeof dt);
        if (p_month_date(c, i + 3, &dt) && strlen(dt.value) == 10 && dt.value[0] != 'X') {
            int y = (int)strtol(dt.value, NULL, 10), m = (int)strtol(dt.value + 5, NULL, 10),
                d = (int)strtol(dt.value + 8, NULL, 10), wy, wn;
            iso_week(ng__days_from_civil(y, m, d), &wy, &wn);
            o->first = i;
            o->last = dt.last;
            o->type = NG_TIME_DATE;
            o->anchored = dt.anchored;
            snprintf(o->value, sizeof o->value, "%04d-W%02d", wy, wn);
            return 1;
        }
    }
    if (tw(c, j, TW_EARLIER) || tw(c, j, TW_LATER) || tw(c, j, TW_EARLY) || tw(c, j, TW_LATE))
        j++;
    int shift, inthe = 0;
    if (j > i && is_wl(c, j, "in") && tw(c, j + 1, TW_THE) && cl(c, j + 2) == FL_UNIT &&
        (c->val[j + 2] == U_YEAR || c->val[j + 2] == U_MONTH)) {
        /* "later in the year", "early in the month": of the date named last
         * ("later in the day" is not: TimeBank marks it "the day" or not at all) */
        shift = 0;
        j += 2;
        inthe = 1;
    } else if (j > i && !tw(c, i, TW_EARLIER) && !tw(c, i, TW_LATER))
        return 0; /* "early that year" is p_relative's */
    else if (tw(c, j, TW_THAT) && !is_wl(c, j, "same") && (j == i || !tw(c, j + 1, TW_THAT))) {
        shift = 0;
        j++;
        if (is_wl(c, j, "same"))
            j++;
    } else if (j == i && tw(c, j, TW_THE) && (tw(c, j + 1, TW_FOLLOWING) || tw(c, j + 1, TW_PREV))) {
        shift = tw(c, j + 1, TW_FOLLOWING) ? 1 : -1;
        j += 2;
    } else if (j == i && tw(c, j, TW_THE) && tw(c, j + 1, TW_NEXT) &&
               ((cl(c, j + 2) == FL_UNIT && c->val[j + 2] == U_DAY) || cl(c, j + 2) == FL_POD)) {
        shift = 1; /* "the next day", "the next morning" ("the next year" is a span) */
        j += 2;
    } else
        return 0;
    int u;
    if (cl(c, j) == FL_UNIT && !(c->val[j] & U_PLURAL) &&
        ((u = c->val[j]) == U_DAY || u == U_WEEK || u == U_MONTH || u == U_YEAR))
        ;
    else if ((shift == 0 || tw(c, j - 1, TW_NEXT)) && cl(c, j) == FL_POD)
        u = -1; /* "that night", "the next morning" */
    else
        return 0;
    /* "that year's budget": a year used as an adjective still counts */
    o->first = i;
    o->last = j;
    o->type = u < 0 ? NG_TIME_TIME : NG_TIME_DATE;
    o->anaphor = 1;
    int y = c->ry, m = c->rm, d = c->rd;
    if (inthe && y && c->rsent + 1 < c->d->tokens.v[i].sent)
        y = 0; /* "in the year" names the story's year unless a date was just named */
    if (y == 0 && c->dct)
        y = c->Y, m = c->M, d = c->D;
    int need_day = u == U_DAY || u == U_WEEK || u < 0;
    if (y == 0 || (need_day && d == 0) || (u == U_MONTH && m == 0)) {
        /* as much of the date as is known: "1998-10-XX" */
        if (y == 0 || shift)
            strcpy(o->value, u == U_YEAR ? "XXXX" : u == U_MONTH ? "XXXX-XX" : u == U_WEEK ? "XXXX-WXX" : "XXXX-XX-XX");
        else if (u == U_WEEK)
            snprintf(o->value, sizeof o->value, "%04d-WXX", y); /* a week of that year */
        else if (u == U_MONTH || m == 0)
            snprintf(o->value, sizeof o->value, u == U_MONTH ? "%04d-XX" : "%04d-XX-XX", y);
        else
            snprintf(o->value, sizeof o->value, "%04d-%02d-XX", y, m);
        if (u < 0) { /* "that night" of a day not known: still a night */
            static const char *const pods[] = {"", "MO", "AF", "EV", "NI"};
            snprintf(o->value + 10, sizeof o->value - 10, "T%s", pods[c->val[j]]);
        }
        return 1;
    }
    long days = need_day ? ng__days_from_civil(y, m, d) : 0;
    switch (u) {
    case U_YEAR: set_year(o, y + shift); break;
    case U_MONTH: {
        long mm = (long)y * 12 + (m - 1) + shift;
        set_month(o, (int)(mm / 12), (int)(mm % 12) + 1);
        break;
    }
    case U_WEEK: {
        int wy, wn;
        iso_week(days + 7 * shift, &wy, &wn);
        snprintf(o->value, sizeof o->value, "%04d-W%02d", wy, wn);
        break;
    }
    case U_DAY: set_days(o, days + shift); break;
    default: {
        static const char *const pods[] = {"", "MO", "AF", "EV", "NI"};
        set_days(o, days + shift);
        snprintf(o->value + 10, sizeof o->value - 10, "T%s", pods[c->val[j]]);
    }
    }
    o->anchored = c->ry == 0;
    return 1;
}

/* clock times: "3 p.m.", "10:30 a.m. EST", "noon", "midnight" */
/* Reads "H", "HH", "H.MM" or "HH:MM" at the start of s[0..n): hours into
 * *a (*da digits, at most 3 read), minutes into *b (*db digits), *k past
 * them; all start at 0.  Returns 0, or -1 when a separator is not followed
 * by exactly two digits. */
static int clock_digits(const char *s, size_t n, size_t *k, int *a, int *b, int *da, int *db)
{
    while (*k < n && s[*k] >= '0' && s[*k] <= '9' && *da < 3)
        *a = *a * 10 + (s[(*k)++] - '0'), (*da)++;
    if (*k < n && (s[*k] == '.' || s[*k] == ':')) {
        (*k)++;
        while (*k < n && s[*k] >= '0' && s[*k] <= '9' && *db < 3)
            *b = *b * 10 + (s[(*k)++] - '0'), (*db)++;
        if (*db != 2)
            return -1;
    }
    return 0;
}

/* Is token i a time zone: "GMT", "UTC", "BST", "EST", "CEST" (capitals,
 * two to four letters, "T" last, or GMT / UTC)? */
static int zone_at(const tctx *c, size_t i)
{
    if (i >= c->lim || !(tok_f(c, i) & NG_TF_ALLCAP) || tok_k(c, i) != NG_TOK_WORD || tok_n(c, i) < 2 ||
        tok_n(c, i) > 4)
        return 0;
    const char *z = tok_s(c, i);
    size_t zn = tok_n(c, i);
    return z[zn - 1] == 'T' || !memcmp(z, "GMT", zn < 3 ? zn : 3) || !memcmp(z, "UTC", zn < 3 ? zn : 3);
}

/* Four digits at s as a 24-hour clock ("0930"): 1 and *hh, *mm, or 0. */
static int hhmm(const char *s, int *hh, int *mm)
{
    for (int k = 0; k < 4; k++)
        if (s[k] < '0' || s[k] > '9')
            return 0;
    int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[2] - '0') * 10 + (s[3] - '0');
    if (h > 23 || m > 59)
        return 0;
    *hh = h;
    *mm = m;
    return 1;
}

/* A 24-hour clock of four digits before a time zone ("0900 GMT"), not in
 * brackets after a local time ("10:35 a.m. (0735 GMT)": the same time):
 * sets *hh, *mm. */
static int zone_clock(const tctx *c, size_t i, int *hh, int *mm)
{
    if (i >= c->lim || tok_k(c, i) != NG_TOK_NUMBER || tok_n(c, i) != 4 || !zone_at(c, i + 1))
        return 0;
    int h, m;
    if (!hhmm(tok_s(c, i), &h, &m) || (i > c->s0 && tok_k(c, i - 1) == NG_TOK_PUNCT && tok_s(c, i - 1)[0] == '('))
        return 0;
    *hh = h;
    *mm = m;
    return 1;
}

/* A 24-hour clock of four digits before "hours" ("at 0600 hours", "1900
 * hours local"): with a leading zero, after a preposition of time, or
 * before a zone or "local"; not a count ("for 1200 hours"). */
static int hours_clock(const tctx *c, size_t i, int *hh, int *mm)
{
    if (i >= c->lim || tok_k(c, i) != NG_TOK_NUMBER || tok_n(c, i) != 4 ||
        !(is_wl(c, i + 1, "hours") || is_wl(c, i + 1, "hrs")))
        return 0;
    const char *s = tok_s(c, i);
    int h, m;
    if (!hhmm(s, &h, &m))
        return 0;
    if (!(s[0] == '0' || zone_at(c, i + 2) || is_wl(c, i + 2, "local") ||
          (i > c->s0 && (tw(c, i - 1, TW_AT) || is_wl(c, i - 1, "by") || is_wl(c, i - 1, "until") ||
                         is_wl(c, i - 1, "till") || is_wl(c, i - 1, "from") || is_wl(c, i - 1, "before") ||
                         is_wl(c, i - 1, "after") || is_wl(c, i - 1, "since")))))
        return 0;
    *hh = h;
    *mm = m;
    return 1;
}

static int p_clock(const tctx *c, size_t i, tm_out *o)
{
    int hh = -1, mm = 0;
    size_t j = i;
    if (tw(c, i, TW_NOON) || tw(c, i, TW_MIDNIGHT)) {
        hh = tw(c, i, TW_NOON) ? 12 : 24;
    } else if (i < c->lim && tok_k(c, i) == NG_TOK_WORD && (tok_f(c, i) & NG_TF_DIGIT) && tok_n(c, i) >= 3 &&
               tok_n(c, i) <= 7) {
        /* "10am", "7.30pm" in one word */
        const char *s = tok_s(c, i);
        size_t n = tok_n(c, i), k = 0;
        int a = 0, b = 0, da = 0, db = 0;
        if (clock_digits(s, n, &k, &a, &b, &da, &db) != 0)
            return 0;
        if (k + 2 != n || (s[k + 1] | 0x20) != 'm' || ((s[k] | 0x20) != 'a' && (s[k] | 0x20) != 'p') || da == 0 ||
            da > 2 || a < 1 || a > 12 || b > 59)
            return 0;
        hh = (s[k] | 0x20) == 'p' ? (a % 12) + 12 : a % 12;
        mm = b;
        if (zone_at(c, i + 1)) /* "2pm BST" */
            j = i + 1;
        else if (is_wl(c, i + 1, "local") && is_wl(c, i + 2, "time"))
            j = i + 2;
    } else if (zone_clock(c, i, &hh, &mm)) {
        j = i + 1; /* "0900 GMT", "1430 BST" */
    } else if (hours_clock(c, i, &hh, &mm)) {
        j = i + 1; /* "at 0600 hours", "1900 hours local (time)", "2100 hours GMT" */
        if (zone_at(c, j + 1))
            j++;
        else if (is_wl(c, j + 1, "local"))
            j += is_wl(c, j + 2, "time") ? 2 : 1;
    } else if (i < c->lim && tok_k(c, i) == NG_TOK_NUMBER) {
        const char *s = tok_s(c, i);
        size_t n = tok_n(c, i), k = 0;
        int a = 0, b = 0, da = 0, db = 0;
        if (clock_digits(s, n, &k, &a, &b, &da, &db) != 0)
            return 0;
        if (k != n || da == 0 || da > 2)
            return 0;
        int ampm = 0;
        if (tw(c, i + 1, TW_AM))
            ampm = 1;
        else if (tw(c, i + 1, TW_PM))
            ampm = 2;
        else if (tw(c, i + 1, TW_OCLOCK))
            ampm = 3;
        int inpod = 0;
        if (!ampm && db == 0 && a >= 1 && a <= 12 && is_wl(c, i + 1, "in") && tw(c, i + 2, TW_THE) &&
            cl(c, i + 3) == FL_POD && i > c->s0 &&
            (tw(c, i - 1, TW_AT) || is_wl(c, i - 1, "until") || is_wl(c, i - 1, "by") || is_wl(c, i - 1, "around"))) {
            /* "at 4 in the morning", "until 8 in the evening" */
            ampm = c->val[i + 3] == 1 || (c->val[i + 3] == 4 && a < 5) ? 1 : 2;
            inpod = 1;
        }
        /* "14.30 GMT": a 24-hour clock with a point before a zone */
        int zoned = !ampm && db == 2 && zone_at(c, i + 1) &&
                    !(i > c->s0 && tok_k(c, i - 1) == NG_TOK_PUNCT && tok_s(c, i - 1)[0] == '(');
        /* (not the bracketed repeat of a local time: "10:30 (05:30 GMT)") */
        if (!ampm && !(db == 2 && s[da] == ':') && !zoned)
            return 0;
        if (!ampm && !zoned && (i == c->s0 || !tw(c, i - 1, TW_AT)))
            return 0; /* "10:30" alone: only after "at" */
        if (a > 23 || b > 59 || (ampm && ampm < 3 && (a < 1 || a > 12)))
            return 0;
        hh = a;
        mm = b;
        if (ampm == 2 && hh < 12)
            hh += 12;
        if (ampm == 1 && hh == 12)
            hh = 0;
        if (ampm)
            j = inpod ? i + 3 : i + 1;
        /* time zone; "local time" belongs to the clock time as a zone does */
        if (zone_at(c, j + 1))
            j++;
        else if (is_wl(c, j + 1, "local") && is_wl(c, j + 2, "time"))
            j += 2;
    } else
        return 0;
    o->first = i;
    o->last = j;
    o->type = NG_TIME_TIME;
    if (!c->dct) {
        snprintf(o->value, sizeof o->value, "XXXX-XX-XXT%02d:%02d", hh, mm);
        return 1;
    }
    set_days(o, c->days);
    snprintf(o->value + 10, sizeof o->value - 10, "T%02d:%02d", hh, mm);
    o->anchored = 1;
    return 1;
}

/* Business shorthand: "Q3", "Q3 2025", "H1 2025" (a bare "H1" only after
 * in/for/during), "FY2025", "FY25". */
static int p_qnote(const tctx *c, size_t i, tm_out *o)
{
    if (i >= c->lim || tok_k(c, i) != NG_TOK_WORD || !(tok_f(c, i) & NG_TF_DIGIT))
        return 0;
    const char *s = tok_s(c, i);
    size_t n = tok_n(c, i);
    if (n == 2 && (s[0] == 'Q' || s[0] == 'H') && s[1] >= '1' && s[1] <= (s[0] == 'Q' ? '4' : '2')) {
        int q = s[1] - '0', half = s[0] == 'H', y = tok_year(c, i + 1);
        if (y <= 0 && half &&
            !(i > c->s0 && (is_wl(c, i - 1, "in") || is_wl(c, i - 1, "for") || is_wl(c, i - 1, "during"))))
            return 0; /* "H2 fuel" */
        o->first = i;
        o->last = y > 0 ? i + 1 : i;
        o->type = NG_TIME_DATE;
        char l = half ? 'H' : 'Q';
        if (y <= 0 && !c->dct) {
            snprintf(o->value, sizeof o->value, "XXXX-%c%d", l, q);
            return 1;
        }
        if (y <= 0) {
            /* this year's, unless it is still to come and the text looks back */
            int cur = half ? (c->M <= 6 ? 1 : 2) : (c->M - 1) / 3 + 1;
            y = c->Y - (q > cur && tense_near(c, i, i) < 0);
            o->anchored = 1;
        }
        snprintf(o->value, sizeof o->value, "%04d-%c%d", y, l, q);
        return 1;
    }
    if (n >= 2 && s[0] == 'F' && s[1] == 'Y') {
        int y = -1;
        double v;
        if (n == 6 && ng__parse_digits(s + 2, 4, &v) == 0 && v >= 1900 && v < 2200)
            y = (int)v, o->last = i;
        else if (n == 4 && ng__parse_digits(s + 2, 2, &v) == 0)
            y = 2000 + (int)v - (v >= 70 ? 100 : 0), o->last = i;
        if (y <= 0)
            return 0;
        o->first = i;
        o->type = NG_TIME_DATE;
        set_year(o, y);
        return 1;
    }
    return 0;
}

/* Token i starts with "fiscal-" (any case): "fiscal-first". */
static int fiscal_word(const tctx *c, size_t i)
{
    const char *s = tok_s(c, i);
    if (i >= c->lim || tok_n(c, i) <= 7)
        return 0;
    for (size_t k = 0; k < 7; k++)
        if ((s[k] | (s[k] >= 'A' && s[k] <= 'Z' ? 0x20 : 0)) != "fiscal-"[k])
            return 0;
    return 1;
}

/* quarters and halves: "the third quarter", "third-quarter", "Q3",
 * "the first quarter of 2025", "the fourth fiscal quarter" */
/* Does the sentence speak of a game ("touchdown", "rebounds", "scored",
 * "halftime") within 30 tokens of token i?  Then a quarter without a year
 * is one of the game's.  (A bounded window keeps the pass linear.) */
static int sports_near(const tctx *c, size_t i)
{
    static const char *const w[] = {"touchdown", "touchdowns", "rebounds",      "assists",        "yards",
                                    "scored",    "halftime",   "half-time",     "baskets",        "quarterback",
                                    "three-pointer", "three-pointers", "free-throw", "free-throws"};
    size_t k0 = i > c->s0 + 30 ? i - 30 : c->s0, k1 = i + 30 < c->lim ? i + 30 : c->lim;
    for (size_t k = k0; k < k1; k++) {
        size_t n = tok_n(c, k);
        if (n < 5 || n > 14 || tok_k(c, k) != NG_TOK_WORD || c->cls[k] != FL_NONE)
            continue;
        char f = (char)(tok_s(c, k)[0] | 0x20);
        if ((f == 't' || f == 'r' || f == 'a' || f == 'y' || f == 's' || f == 'h' || f == 'b' || f == 'q' ||
             f == 'f') &&
            is_any(c, k, w))
            return 1;
    }
    return 0;
}

static int p_quarter(const tctx *c, size_t i, tm_out *o)
{
    size_t j = i;
    int the = tw(c, j, TW_THE);
    if (the)
        j++;
    int fy = the ? tok_year(c, j) : -1; /* "the 1988 third quarter" */
    if (fy > 0)
        j++;
    int fiscal = tw(c, j, TW_FISCAL) && (cl(c, j + 1) == FL_ORD || is_wl(c, j + 1, "second") ||
                                         (tok_n(c, j + 1) > 8 && tok_k(c, j + 1) == NG_TOK_WORD));
    if (fiscal)
        j++; /* "the fiscal first quarter", "fiscal second-quarter" */
    int q = 0, glued = 0;
    size_t h = j;
    if (!fiscal && j < c->lim && tok_k(c, j) == NG_TOK_WORD && tok_n(c, j) > 7 && fiscal_word(c, j)) {
        /* "the fiscal-first quarter", "fiscal-third-quarter profit": one word */
        const char *s = tok_s(c, j) + 7;
        size_t n = tok_n(c, j) - 7;
        int v;
        if (n > 8 && !memcmp(s + n - 8, "-quarter", 8))
            n -= 8;
        else if (cl(c, j + 1) == FL_UNIT && c->val[j + 1] == U_QUARTER)
            h = j + 1;
        else
            return 0;
        if (ng__figlex(s, n, &v) == FL_ORD && v >= 1 && v <= 4)
            q = v;
        else if (n == 6 && !memcmp(s, "second", 6))
            q = 2;
        else
            return 0;
        glued = 1;
    } else if (j < c->lim && tok_k(c, j) == NG_TOK_WORD && tok_n(c, j) > 8) {
        /* third-quarter */
        const char *s = tok_s(c, j);
        size_t n = tok_n(c, j);
        if (n > 8 && !memcmp(s + n - 8, "-quarter", 8)) {
            int v;
            if (ng__figlex(s, n - 8, &v) == FL_ORD && v >= 1 && v <= 4)
                q = v;
            else if (n - 8 == 6 && !memcmp(s, "second", 6))
                q = 2;
        }
    }
    if (!q) {
        int v = 0;
        if (cl(c, j) == FL_ORD && c->val[j] >= 1 && c->val[j] <= 4)
            v = c->val[j];
        else if (is_wl(c, j, "second"))
            v = 2;
        else
            return 0;
        h = j + 1;
        if (tw(c, h, TW_FISCAL))
            h++;
        if (!(cl(c, h) == FL_UNIT && c->val[h] == U_QUARTER))
            return 0;
        q = v;
    }
    /* "the third-quarter results": the adjective alone */
    o->first = h == j && fy < 0 ? j - fiscal : i;
    fiscal |= glued;
    o->last = h;
    o->type = NG_TIME_DATE;
    if (fy > 0) {
        snprintf(o->value, sizeof o->value, "%04d-Q%d", fy, q);
        return 1;
    }
    int y = -1;
    if (tw(c, h + 1, TW_OF) && (y = tok_year(c, h + 2)) > 0)
        o->last = h + 2;
    else if (tw(c, h + 1, TW_OF) && tw(c, h + 2, TW_FISCAL) && (y = tok_year(c, h + 3)) > 0)
        o->last = h + 3; /* "the first quarter of fiscal 2006": that fiscal year's */
    else if ((y = tok_year(c, h + 1)) > 0)
        o->last = h + 1;
    if (y > 0) {
        snprintf(o->value, sizeof o->value, "%04d-Q%d", y, q);
        return 1;
    }
    if (!fiscal && sports_near(c, i))
        return 0; /* "scored a touchdown in the second quarter": a quarter of a game */
    if (!c->dct) {
        snprintf(o->value, sizeof o->value, "XXXX-Q%d", q);
        return 1;
    }
    y = c->Y;
    int curq = (c->M - 1) / 3 + 1;
    if (q > curq && tense_near(c, o->first, o->last) < 0)
        y--;
    snprintf(o->value, sizeof o->value, "%04d-Q%d", y, q);
    o->anchored = 1;
    return 1;
}

/* "the quarter ended July 31": the three months up to that month, named
 * by the calendar quarter of their middle month (TimeBank: 1989-Q2 for a
 * quarter ended July 31, not the last completed one, 1989-Q3); the year is
 * the one written after the day, else the publication year, or the one
 * before when "ended" names a later month or the quarter ending has not
 * begun by publication.
 * Returns q (year * 4 + quarter - 1) when no month follows. */
static long quarter_ended(const tctx *c, size_t k, long q)
{
    int ended = is_wl(c, k + 1, "ended");
    if (!ended && !is_wl(c, k + 1, "ending"))
        return q;
    int m = month_at(c, k + 2);
    if (!m)
        return q;
    /* a quarter not yet begun at publication is last year's ("growth
     * slowed in the quarter ending September 30" in June) */
    long y = c->Y - (ended ? m > c->M : m - 2 > c->M);
    /* "ended October 31, 1986": the year written */
    size_t yk = k + 3 + (tok_day(c, k + 3) > 0);
    if (yk < c->lim && tok_k(c, yk) == NG_TOK_PUNCT && tok_s(c, yk)[0] == ',')
        yk++;
    if (tok_year(c, yk) > 0)
        y = tok_year(c, yk);
    return y * 4 + (m - 2) / 3 - (m == 1 ? 1 : 0);
}

/* Seasons with a year ("the spring of 2012", "summer 2025"), halves ("the
 * second half of 2012", "the first half"), centuries ("the 20th century"),
 * frequencies ("twice a week"). */
static int p_misc(const tctx *c, size_t i, tm_out *o)
{
    static const char *const ss[] = {"", "SP", "SU", "FA", "WI"};
    size_t j = i;
    int the = tw(c, j, TW_THE);
    if (the)
        j++;
    int y;
    if (the && (tw(c, j, TW_EARLY) || tw(c, j, TW_LATE) || tw(c, j, TW_MID)) && cl(c, j + 1) == FL_SEASON)
        j++; /* "the early summer" */
    if (cl(c, j) == FL_SEASON) {
        size_t k = j + 1, sy = 0;
        if (tw(c, k, TW_OF))
            k++;
        if ((y = tok_year(c, k)) > 0 || (sy = spoken_year(c, k, &y)) != 0) {
            o->first = i;
            o->last = y > 0 && tok_year(c, k) == y ? k : k + sy - 1;
            o->type = NG_TIME_DATE;
            snprintf(o->value, sizeof o->value, "%04d-%s", y, ss[c->val[j]]);
            return 1;
        }
        /* "the summer", "over the summer,": the nearest such season (not
         * "the fall in prices", "the spring of his career") */
        k = j + 1;
        /* a bare season after a preposition of time: "before summer", "by
         * autumn", "since spring" (lower case: "in Spring Street" is a name) */
        int bare = !the && i > c->s0 && !(tok_f(c, j) & NG_TF_CAP) &&
                   (is_wl(c, i - 1, "before") || is_wl(c, i - 1, "by") || is_wl(c, i - 1, "until") ||
                    is_wl(c, i - 1, "till") || is_wl(c, i - 1, "since") || is_wl(c, i - 1, "during") ||
                    is_wl(c, i - 1, "in") || is_wl(c, i - 1, "after"));
        if ((!the && !bare) ||
            (k < c->lim && tok_k(c, k) != NG_TOK_PUNCT &&
             (!function_word(c, k) || tw(c, k, TW_OF) || is_wl(c, k, "in") || is_wl(c, k, "from") ||
              tw(c, k, TW_TO) || is_wl(c, k, "by") || is_wl(c, k, "for"))))
            return 0;
        int s = c->val[j];
        o->first = i;
        o->last = j;
        o->type = NG_TIME_DATE;
        if (!c->dct) {
            snprintf(o->value, sizeof o->value, "XXXX-%s", ss[s]);
            return 1;
        }
        /* seasons counted from 0: winter is that of the December it begins */
        long now = c->M <= 2 ? (long)(c->Y - 1) * 4 + 3 : (long)c->Y * 4 + (c->M - 3) / 3, q = now;
        int tense = tense_near(c, i, j);
        /* without a tense, a season that begins within 92 days is ahead,
         * as for months ("coal demand rises in winter" in November) */
        long start = ng__days_from_civil((int)((now + 1) / 4), (int)(((now + 1) % 4) * 3 + 3), 1);
        if (tense > 0 || (tense == 0 && (now + 1) % 4 == s - 1 && start - c->days <= FUT_DAYS))
            while (q % 4 != s - 1)
                q++;
        else
            while (q % 4 != s - 1)
                q--;
        snprintf(o->value, sizeof o->value, "%04ld-%s", q / 4, ss[s]);
        o->anchored = 1;
        return 1;
    }
    /* halves */
    if (the && (is_wl(c, j, "first") || is_wl(c, j, "second") || tw(c, j, TW_LAST) || is_wl(c, j, "latter")) &&
        tw(c, j + 1, TW_HALF)) {
        int h = is_wl(c, j, "first") ? 1 : 2; /* "the last half of 1989" is the second */
        size_t k = j + 1;
        o->first = i;
        o->last = k;
        o->type = NG_TIME_DATE;
        if (tw(c, k + 1, TW_OF) && (y = tok_year(c, k + 2)) > 0) {
            o->last = k + 2;
            snprintf(o->value, sizeof o->value, "%04d-H%d", y, h);
            return 1;
        }
        if (tw(c, k + 1, TW_OF) && (tw(c, k + 2, TW_NEXT) || tw(c, k + 2, TW_LAST) || tw(c, k + 2, TW_THIS)) &&
            cl(c, k + 3) == FL_UNIT && c->val[k + 3] == U_YEAR) {
            /* "the first half of next year" */
            o->last = k + 3;
            if (!c->dct) {
                snprintf(o->value, sizeof o->value, "XXXX-H%d", h);
                return 1;
            }
            snprintf(o->value, sizeof o->value, "%04d-H%d",
                     c->Y + (tw(c, k + 2, TW_NEXT) ? 1 : tw(c, k + 2, TW_LAST) ? -1 : 0), h);
            o->anchored = 1;
            return 1;
        }
        if (tw(c, k + 1, TW_OF) && tw(c, k + 2, TW_THE) && cl(c, k + 3) == FL_UNIT && c->val[k + 3] == U_YEAR)
            o->last = k + 3;
        else if (tw(c, k + 1, TW_OF) || (k + 1 < c->lim && tok_k(c, k + 1) == NG_TOK_WORD && !function_word(c, k + 1)))
            return 0; /* "the first half of the match", "the second half goal" */
        else if (c->refq < 0)
            return 0; /* a bare "the first half" is a year's only in company results */
        if (!c->dct) {
            snprintf(o->value, sizeof o->value, "XXXX-H%d", h);
            return 1;
        }
        y = c->Y;
        if (h == 2 && c->M <= 6 && tense_near(c, o->first, o->last) < 0)
            y--;
        snprintf(o->value, sizeof o->value, "%04d-H%d", y, h);
        o->anchored = 1;
        return 1;
    }
    /* centuries: "the 20th century", "the nineteenth century", "a 21st
     * century economy" (not "20th Century Fox") */
    if ((the || (cl(c, j) == FL_ORD && !(tok_f(c, j + 1) & NG_TF_CAP))) && cl(c, j + 1) == FL_UNIT &&
        c->val[j + 1] == U_CENTURY) {
        int n = 0;
        if (cl(c, j) == FL_ORD)
            n = c->val[j] > 0 ? c->val[j] : tok_day(c, j);
        if (n >= 1 && n <= 22) {
            o->first = i;
            o->last = j + 1;
            o->type = NG_TIME_DATE;
            snprintf(o->value, sizeof o->value, "%02d", n - 1);
            return 1;
        }
        return 0;
    }
    /* "the quarter", "the latest quarter", "the year-ago quarter",
     * "year-earlier": in company news the last completed quarter, and
     * the same quarter (or the year) a year before */
    {
        size_t k = j;
        int back = 0, latest = 0;
        if (is_wl(c, k, "latest") || is_wl(c, k, "most")) {
            if (is_wl(c, k, "most") && !tw(c, k + 1, TW_RECENT))
                return 0;
            k += is_wl(c, k, "most") ? 2 : 1;
            latest = 1;
        }
        if (is_wl(c, k, "year-ago") || is_wl(c, k, "year-earlier")) {
            back = 1;
            k++;
            /* "the year-ago third quarter": that quarter a year before */
            int q = cl(c, k) == FL_ORD && c->val[k] >= 1 && c->val[k] <= 4 ? c->val[k] : is_wl(c, k, "second") ? 2 : 0;
            if (q && cl(c, k + 1) == FL_UNIT && c->val[k + 1] == U_QUARTER) {
                o->first = i;
                o->last = k + 1;
                o->type = NG_TIME_DATE;
                if (!c->dct && c->refq < 0) {
                    snprintf(o->value, sizeof o->value, "XXXX-Q%d", q);
                    return 1;
                }
                snprintf(o->value, sizeof o->value, "%04ld-Q%d", (c->refq >= 0 ? c->refq / 4 : c->Y) - 1, q);
                o->anchored = c->refq < 0;
                return 1;
            }
        }
        int isq = cl(c, k) == FL_UNIT && c->val[k] == U_QUARTER;
        int isp = is_wl(c, k, "period");
        if (((the || latest) && isq && !tw(c, k + 1, TW_OF)) || (back && (isq || isp))) {
            o->first = i;
            o->last = k;
            o->type = NG_TIME_DATE;
            if (!c->dct) {
                strcpy(o->value, back ? "PAST_REF" : "XXXX-QX");
                return 1;
            }
            long q = (long)c->Y * 4 + (c->M - 1) / 3 - 1 - (back ? 4 : 0);
            if (back && c->refq >= 0)
                q = c->refq - 4;
            else if (!back && !latest)
                q = quarter_ended(c, k, q);
            if (!back && (tw(c, k + 1, TW_A) || is_wl(c, k + 1, "one")) && cl(c, k + 2) == FL_UNIT &&
                c->val[k + 2] == U_YEAR && (tw(c, k + 3, TW_AGO) || tw(c, k + 3, TW_EARLIER))) {
                /* "for the quarter a year ago": that quarter a year before, one
                 * date (TimeBank), as "the year-ago quarter" */
                q = (c->refq >= 0 ? c->refq : q) - 4;
                o->last = k + 3;
            }
            snprintf(o->value, sizeof o->value, "%04ld-Q%ld", q / 4, q % 4 + 1);
            o->anchored = 1;
            return 1;
        }
        if (back && k == j + 1 && !the) {
            /* "year-earlier" alone */
            o->first = o->last = j;
            o->type = NG_TIME_DATE;
            if (!c->dct) {
                strcpy(o->value, "PAST_REF");
                return 1;
            }
            if (c->refq >= 0) {
                long q = c->refq - 4;
                snprintf(o->value, sizeof o->value, "%04ld-Q%ld", q / 4, q % 4 + 1);
            } else
                set_year(o, c->Y - 1);
            o->anchored = 1;
            return 1;
        }
    }
    /* "twice a week", "three times a year", "once a month" (a count in
     * words: digits do not reach this pattern) */
    double nt;
    size_t kt = 0;
    if (is_wl(c, i, "twice") || is_wl(c, i, "once") ||
        (cl(c, i) == FL_NUM && is_wl(c, i + 1, "times") && (kt = count_at(c, i, &nt)) == 1 && nt >= 2)) {
        size_t k = kt ? i + kt + 1 : i + 1;
        if ((tw(c, k, TW_A) || tw(c, k, TW_PER) || tw(c, k, TW_EVERY)) && cl(c, k + 1) == FL_UNIT &&
            !(c->val[k + 1] & U_PLURAL) && !tw(c, k + 2, TW_AGO) && !tw(c, k + 2, TW_EARLIER) &&
            !tw(c, k + 2, TW_LATER)) { /* not "won three times a year ago" */
            o->first = i;
            o->last = k + 1;
            o->type = NG_TIME_SET;
            set_duration(o, 1, c->val[k + 1] & 0xff);
            return 1;
        }
    }
    return 0;
}

/* sets: "every year", "each week", "every Monday", "annually", "per day" */
static int p_set(const tctx *c, size_t i, tm_out *o)
{
    if (cl(c, i) == FL_UNIT && c->val[i] == (U_WEEKEND | U_PLURAL) && i > c->s0 &&
        (tw(c, i - 1, TW_AT) || is_wl(c, i - 1, "on") || is_wl(c, i - 1, "during"))) {
        o->first = o->last = i; /* "at weekends" */
        o->type = NG_TIME_SET;
        strcpy(o->value, "XXXX-WXX-WE");
        return 1;
    }
    if (cl(c, i) == FL_SETADV) {
        /* "daily" as an adjective ("daily life", "China Daily") is not a set */
        if ((tok_f(c, i) & NG_TF_CAP) && !(tok_f(c, i) & NG_TF_SENT))
            return 0;
        /* "its initial quarterly of five cents": a noun */
        if (tw(c, i + 1, TW_OF))
            return 0;
        /* "the party daily Granma": a newspaper before its name */
        if (i + 1 < c->lim && tok_k(c, i + 1) == NG_TOK_WORD && (tok_f(c, i + 1) & NG_TF_CAP))
            return 0;
        /* but "a daily rally", "daily life" are sets in TimeBank */
        if (c->val[i] != U_DAY && i + 1 < c->lim && tok_k(c, i + 1) == NG_TOK_WORD && !function_word(c, i + 1))
            return 0;
        /* "to grow 8.5% annually": a rate of change, not a recurrence */
        if (c->val[i] == U_YEAR && i > c->s0 &&
            (cl(c, i - 1) == FL_PERCENT || (tok_k(c, i - 1) == NG_TOK_SYMBOL && tok_s(c, i - 1)[0] == '%')))
            return 0;
        o->first = o->last = i;
        o->type = NG_TIME_SET;
        set_duration(o, 1, c->val[i]);
        return 1;
    }
    if (!(tw(c, i, TW_EVERY) || tw(c, i, TW_PER)))
        return 0;
    size_t j = i + 1;
    double n = 1;
    size_t k = 0;
    if (tw(c, i, TW_EVERY) && (k = count_at(c, j, &n)) != 0 && !tw(c, j, TW_A) && n > 1)
        j += k;
    else if (tw(c, i, TW_EVERY) && is_wl(c, j, "other") && cl(c, j + 1) == FL_UNIT && !(c->val[j + 1] & U_PLURAL))
        j++, n = 2; /* "every other week" */
    else
        n = 1;
    o->first = i;
    o->type = NG_TIME_SET;
    if (cl(c, j) == FL_UNIT) {
        if ((c->val[j] & 0xff) == U_SEC && j + 1 < c->lim && tok_k(c, j + 1) == NG_TOK_WORD &&
            !function_word(c, j + 1))
            return 0; /* "every second person" */
        o->last = j;
        set_duration(o, n, c->val[j] & 0xff);
        return 1;
    }
    if (cl(c, j) == FL_MONTH && (tok_f(c, j) & NG_TF_CAP) && tw(c, i, TW_EVERY) && !tok_day(c, j + 1)) {
        o->last = j; /* "each July" */
        snprintf(o->value, sizeof o->value, "XXXX-%02d", c->val[j]);
        return 1;
    }
    if (cl(c, j) == FL_WDAY && tw(c, i, TW_EVERY)) {
        if (c->val[j] > 8)
            return 0;
        o->last = j;
        snprintf(o->value, sizeof o->value, "XXXX-WXX-%d", c->val[j]);
        return 1;
    }
    if (cl(c, j) == FL_SEASON && tw(c, i, TW_EVERY) && !tw(c, j + 1, TW_OF)) {
        static const char *const ss[] = {"", "SP", "SU", "FA", "WI"};
        o->last = j; /* "every summer", "each winter" */
        snprintf(o->value, sizeof o->value, "XXXX-%s", ss[c->val[j]]);
        return 1;
    }
    if (cl(c, j) == FL_POD && tw(c, i, TW_EVERY)) {
        static const char *const pods[] = {"", "MO", "AF", "EV", "NI"};
        o->last = j;
        snprintf(o->value, sizeof o->value, "XXXX-XX-XXT%s", pods[c->val[j]]);
        return 1;
    }
    return 0;
}

/* PAST_REF / FUTURE_REF / PRESENT_REF phrases: "the past", "the future",
 * "the present", "recent years" */
/* Can "the future" / "the past" end before token i (not "the future
 * president")?  Yes before punctuation, function words, pronouns and
 * auxiliaries. */
static int ref_end(const tctx *c, size_t i)
{
    static const char *const ok[] = {"is", "was", "will", "would", "could", "may", "might", "has", "had", "have",
                                     "that", "which", "who", "when", "where", "it", "he", "she", "they", "we",
                                     "i", "you", "there", "this", "these", "those", "remains", "looks", "lies",
                                     "holds", "away", "too", "again", "yet", "not", "no"};
    if (i >= c->lim || tok_k(c, i) != NG_TOK_WORD)
        return 1;
    if (cl(c, i) == FL_UNIT)
        return 0;
    if (function_word(c, i))
        return 1;
    return is_any(c, i, ok);
}

static int p_ref(const tctx *c, size_t i, tm_out *o)
{
    size_t j = i;
    if (tw(c, j, TW_THE)) {
        j++;
        if (is_wl(c, j, "near") || is_wl(c, j, "distant") || is_wl(c, j, "foreseeable") || is_wl(c, j, "immediate") ||
            (tw(c, j, TW_RECENT) && tw(c, j + 1, TW_PAST)))
            j++; /* "the recent past" too */
        if (tw(c, j, TW_FUTURE) || tw(c, j, TW_PAST) || tw(c, j, TW_PRESENT)) {
            /* "the past two years" is a duration, "the past week" too */
            if (tw(c, j, TW_PAST) && (cl(c, j + 1) == FL_UNIT || count_at(c, j + 1, &(double){0})))
                return 0;
            if (!ref_end(c, j + 1))
                return 0; /* "the future president" */
            o->first = i;
            o->last = j;
            o->type = NG_TIME_DATE;
            strcpy(o->value, tw(c, j, TW_FUTURE) ? "FUTURE_REF" : tw(c, j, TW_PAST) ? "PAST_REF" : "PRESENT_REF");
            o->anchored = c->dct;
            return 1;
        }
        return 0;
    }
    /* "these days", "at present": the present */
    if ((cl(c, j) == FL_UNIT && c->val[j] == (U_DAY | U_PLURAL) && j > c->s0 && is_wl(c, j - 1, "these") &&
         !(j > c->s0 + 1 && (is_wl(c, j - 2, "all") || function_word(c, j - 2)))) ||
        (tw(c, j, TW_PRESENT) && j > c->s0 && tw(c, j - 1, TW_AT) && (j + 1 >= c->lim || ref_end(c, j + 1)))) {
        o->first = tw(c, j, TW_PRESENT) ? j : j - 1;
        o->last = j;
        o->type = NG_TIME_DATE;
        strcpy(o->value, "PRESENT_REF");
        o->anchored = c->dct;
        return 1;
    }
    /* "as soon as possible" */
    if (is_wl(c, j, "soon") && j > c->s0 && is_wl(c, j - 1, "as") && is_wl(c, j + 1, "as") &&
        is_wl(c, j + 2, "possible")) {
        o->first = j - 1;
        o->last = j + 2;
        o->type = NG_TIME_DATE;
        strcpy(o->value, "FUTURE_REF");
        o->anchored = c->dct;
        return 1;
    }
    /* "soon" (not "as soon as", "soon after") */
    if (is_wl(c, j, "soon") && !(j > c->s0 && is_wl(c, j - 1, "as")) && !is_wl(c, j + 1, "after") &&
        !is_wl(c, j + 1, "afterwards")) {
        o->first = o->last = j;
        o->type = NG_TIME_DATE;
        strcpy(o->value, "FUTURE_REF");
        o->anchored = c->dct;
        return 1;
    }
    /* "in future", "Elian's future" */
    if (tw(c, j, TW_FUTURE) && j > c->s0 && (is_wl(c, j - 1, "in") || tok_k(c, j - 1) == NG_TOK_POSSESSIVE) &&
        ref_end(c, j + 1)) {
        o->first = o->last = j;
        o->type = NG_TIME_DATE;
        strcpy(o->value, "FUTURE_REF");
        o->anchored = c->dct;
        return 1;
    }
    if ((tw(c, j, TW_RECENT) || tw(c, j, TW_COMING)) && cl(c, j + 1) == FL_UNIT && (c->val[j + 1] & U_PLURAL)) {
        o->first = i;
        o->last = j + 1;
        o->type = NG_TIME_DURATION;
        set_duration(o, -1, c->val[j + 1] & 0xff);
        return 1;
    }
    return 0;
}

/* ---- holidays ---- */

/* Easter Sunday of year y (Gregorian; the anonymous algorithm of 1876) as
 * days since 1970-01-01. */
static long easter_days(int y)
{
    int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30, i = cc / 4, k = cc % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return ng__days_from_civil(y, month, day);
}

/* The holidays: one or two words (the first capitalised, flagged
 * KW_HOLIDAY by the lexicon), and the day: a fixed month and day (d > 0),
 * the nth weekday wd of the month (d = 0; nth -1: the last), or a number
 * of days from Easter Sunday (m = 0, d the offset). */
static const struct holiday_def {
    const char *w1, *w2;
    signed char m, d, wd, nth;
} holidays[] = {
    {"christmas", "eve", 12, 24, 0, 0},  {"christmas", "day", 12, 25, 0, 0}, {"christmas", NULL, 12, 25, 0, 0},
    {"boxing", "day", 12, 26, 0, 0},     {"halloween", NULL, 10, 31, 0, 0},  {"valentine's", "day", 2, 14, 0, 0},
    {"thanksgiving", "day", 11, 0, 4, 4}, {"thanksgiving", NULL, 11, 0, 4, 4}, {"independence", "day", 7, 4, 0, 0},
    {"labor", "day", 9, 0, 1, 1},        {"memorial", "day", 5, 0, 1, -1},   {"veterans", "day", 11, 11, 0, 0},
    {"armistice", "day", 11, 11, 0, 0},  {"remembrance", "day", 11, 11, 0, 0}, {"bastille", "day", 7, 14, 0, 0},
    {"election", "day", 11, 0, 2, 0},    {"easter", "sunday", 0, 0, 0, 0},   {"easter", "monday", 0, 1, 0, 0},
    {"easter", "day", 0, 0, 0, 0},       {"easter", NULL, 0, 0, 0, 0},       {"good", "friday", 0, -2, 0, 0},
    {"palm", "sunday", 0, -7, 0, 0},     {"ash", "wednesday", 0, -46, 0, 0}, {"pentecost", NULL, 0, 49, 0, 0},
    {"new", "year's", 1, 1, 0, 0},
};

/* The day of holiday h in year y, as days since 1970-01-01. */
static long holiday_days(const struct holiday_def *h, int y)
{
    if (h->m == 0)
        return easter_days(y) + h->d;
    if (h->d > 0)
        return ng__days_from_civil(y, h->m, h->d);
    if (h->nth == 0) /* US Election Day: the Tuesday after the first Monday */
        return ng__days_from_civil(y, h->m, 1) + (1 - weekday(ng__days_from_civil(y, h->m, 1)) + 7) % 7 + 1;
    if (h->nth < 0) {
        long end = ng__days_from_civil(y, h->m, days_in_month(y, h->m));
        return end - (weekday(end) - h->wd + 7) % 7;
    }
    long first = ng__days_from_civil(y, h->m, 1);
    return first + (h->wd - weekday(first) + 7) % 7 + 7 * (h->nth - 1);
}

/* Is a holiday named at token i?  Returns it and sets *last to its last
 * token ("New Year's Eve", "Easter Monday"), or NULL.  Names of places and
 * events are not days: "Christmas Island", "the Easter Rising", "Easter
 * Road" (a stadium). */
static const struct holiday_def *holiday(const tctx *c, size_t i, size_t *last)
{
    static const struct holiday_def nye = {"new", "year's", 12, 31, 0, 0};
    if (i >= c->lim || !(tok_f(c, i) & NG_TF_CAP) || cl(c, i) != FL_NONE || !(c->val[i] & KW_HOLIDAY))
        return NULL;
    for (size_t k = 0; k < NG_ARRAY_LEN(holidays); k++) {
        const struct holiday_def *h = &holidays[k];
        if (!is_w(c, i, h->w1))
            continue;
        size_t l = i;
        if (h->w2) {
            int ny = h->m == 1 && h->d == 1;
            if (!is_w(c, i + 1, h->w2) && !(ny && is_wl(c, i + 1, "year") && tok_k(c, i + 2) == NG_TOK_POSSESSIVE))
                continue;
            l = i + 1;
            if (ny) {
                if (tok_k(c, i + 2) == NG_TOK_POSSESSIVE)
                    l = i + 2;
                if (is_wl(c, l + 1, "eve")) {
                    *last = l + 1;
                    return &nye;
                }
                if (!is_wl(c, l + 1, "day"))
                    return NULL; /* "New Year's resolutions" */
                l++;
            }
        }
        if (is_wl(c, l + 1, "island") || is_wl(c, l + 1, "islands") || is_wl(c, l + 1, "rising") ||
            is_wl(c, l + 1, "road"))
            return NULL;
        /* "Christmas trees", "Easter eggs", "Halloween costumes": things
         * named after the day, no time */
        static const char *const things[] = {"tree",    "trees",   "card",     "cards",    "decorations", "lights",
                                             "presents", "gifts",  "carols",   "pudding",  "songs",       "song",
                                             "single",  "eggs",    "egg",      "costumes", "costume",     "bunny",
                                             "jumper",  "jumpers", "ornaments", "stockings", "hamper",    "hampers",
                                             "crackers", "market", "markets",  "advert",   "adverts",     "film"};
        if (l + 1 < c->lim && tok_k(c, l + 1) == NG_TOK_WORD && tok_n(c, l + 1) >= 3 && is_any(c, l + 1, things))
            return NULL;
        /* "Holocaust Memorial Day", "Armed Forces Day": another named day
         * (not "US Memorial Day", "The Christmas", a name at the start) */
        if (h->w2 && i > c->s0 && tok_k(c, i - 1) == NG_TOK_WORD && (tok_f(c, i - 1) & NG_TF_CAP) &&
            !(tok_f(c, i - 1) & (NG_TF_SENT | NG_TF_ALLCAP)) && cl(c, i - 1) == FL_NONE &&
            !(c->val[i - 1] & KW_STOP) && !is_wl(c, i - 1, "american") && !is_wl(c, i - 1, "national"))
            return NULL;
        *last = l;
        return h;
    }
    return NULL;
}

/* A holiday at token i, with its year ("Christmas 2024"), or in the year
 * the tense points to ("will be home by Christmas"); "Easter week" and
 * "Easter weekend" are the week of Easter Sunday.  rel (-1 last, 1 next, 0
 * this, 2 none) picks the year from the publication date instead. */
static int p_holiday(const tctx *c, size_t i, tm_out *o, int rel)
{
    size_t last;
    const struct holiday_def *h = holiday(c, i, &last);
    if (!h)
        return 0;
    int week = 0;
    if (h->m == 0 && h->d == 0 && last == i && cl(c, i + 1) == FL_UNIT &&
        ((c->val[i + 1] & 0xff) == U_WEEK || (c->val[i + 1] & 0xff) == U_WEEKEND) && !(c->val[i + 1] & U_PLURAL))
        week = (c->val[i + 1] & 0xff) == U_WEEK ? 1 : 2, last = i + 1;
    int y = rel == 2 ? tok_year(c, last + 1) : -1;
    o->first = i;
    o->last = last;
    o->type = NG_TIME_DATE;
    if (y > 0)
        o->last = last + 1;
    else if (!c->dct) {
        if (week)
            strcpy(o->value, week == 1 ? "XXXX-WXX" : "XXXX-WXX-WE");
        else if (h->m && h->d > 0)
            snprintf(o->value, sizeof o->value, "XXXX-%02d-%02d", h->m, h->d);
        else if (h->m)
            snprintf(o->value, sizeof o->value, "XXXX-%02d-XX", h->m);
        else
            strcpy(o->value, "XXXX-XX-XX");
        return 1;
    } else {
        long now = c->days, cand = holiday_days(h, c->Y);
        if (rel == 2) {
            int tense = i > c->s0 && c->cls[i - 1] == FL_NONE && (c->val[i - 1] & KW_FUTPREP)
                            ? 2
                            : tense_near(c, i, o->last);
            int m, d, yy;
            ng__civil_from_days(cand, &yy, &m, &d);
            y = pick_year_md(c, m, d, tense);
        } else if (rel < 0)
            y = cand < now ? c->Y : c->Y - 1;
        else if (rel > 0)
            y = cand > now ? c->Y : c->Y + 1;
        else
            y = c->Y;
        o->anchored = 1;
    }
    long days = holiday_days(h, y);
    if (week) {
        int wy, wn;
        iso_week(days, &wy, &wn);
        snprintf(o->value, sizeof o->value, week == 1 ? "%04d-W%02d" : "%04d-W%02d-WE", wy, wn);
    } else
        set_days(o, days);
    return 1;
}

/* Resets o between patterns (cheaper than clearing the whole struct: the
 * patterns write the strings from their start). */
/* "the July-September quarter", "the January-June period", "the
 * April-June quarter of 2024": months named as a span of one token, before
 * quarter, period or half.  Three months that make a calendar quarter are
 * that quarter (2025-Q3), six that make a half the half (2025-H1), others
 * a range of months (value and value_end, as "24-25 June").  The year is
 * the one after, else the one the last month falls in by tense. */
static int p_month_span(const tctx *c, size_t i, tm_out *o)
{
    size_t q = tw(c, i, TW_THE) ? i + 1 : i;
    if (q >= c->lim || c->cls[q] != FL_NONE || !(c->val[q] & KW_HYPHEN) || !(tok_f(c, q) & NG_TF_CAP) ||
        tok_n(c, q) > 24)
        return 0;
    const char *s = tok_s(c, q), *h = memchr(s, '-', tok_n(c, q));
    int m1, m2;
    if (!h || ng__figlex(s, (size_t)(h - s), &m1) != FL_MONTH || h[1] < 'A' || h[1] > 'Z' ||
        ng__figlex(h + 1, tok_n(c, q) - (size_t)(h - s) - 1, &m2) != FL_MONTH || m2 <= m1 || (h - s) < 3)
        return 0;
    if (!((cl(c, q + 1) == FL_UNIT && c->val[q + 1] == U_QUARTER) || is_wl(c, q + 1, "period") ||
          tw(c, q + 1, TW_HALF)))
        return 0;
    o->first = i;
    o->last = q + 1;
    o->type = NG_TIME_DATE;
    int y = -1;
    if (tw(c, q + 2, TW_OF) && (y = tok_year(c, q + 3)) > 0)
        o->last = q + 3;
    else if (c->dct) {
        /* results speak of spans begun: the latest one begun by the
         * publication date, unless the tense points ahead */
        y = m1 <= c->M || tense_near(c, i, q + 1) > 0 ? c->Y : c->Y - 1;
        o->anchored = 1;
    }
    char yy[40] = "XXXX";
    if (y > 0)
        fmt_year(yy, y);
    if (m2 - m1 == 2 && m1 % 3 == 1)
        snprintf(o->value, sizeof o->value, "%s-Q%d", yy, (m1 + 2) / 3);
    else if (m2 - m1 == 5 && m1 % 6 == 1)
        snprintf(o->value, sizeof o->value, "%s-H%d", yy, (m1 + 5) / 6);
    else {
        snprintf(o->value, sizeof o->value, "%s-%02d", yy, m1);
        snprintf(o->value_end, sizeof o->value_end, "%s-%02d", yy, m2);
    }
    return 1;
}

static void clear_out(tm_out *o)
{
    o->first = o->last = 0;
    o->type = o->anchored = o->approx = o->anaphor = 0;
    o->value[0] = o->value_end[0] = 0;
}

/* A clock time with the day it names ("9 a.m. Tuesday", "8 p.m. tomorrow")
 * or the day named just before it ("on Friday at 10 a.m."). */
static int p_clock_day(const tctx *c, size_t i, tm_out *o)
{
    if (!p_clock(c, i, o))
        return 0;
    /* "9 a.m. Tuesday", "5 p.m. EST, Nov. 9", "noon Thursday"; the day
     * after a parenthesis gives the date, not the extent ("10:35 a.m.
     * (0735 GMT) Friday"); "until 9 a.m. Tuesday" is a deadline ahead */
    size_t j2 = o->last + 1, par = 0;
    if (j2 < c->lim && tok_k(c, j2) == NG_TOK_PUNCT && tok_s(c, j2)[0] == '(')
        for (size_t q = j2 + 1; q < j2 + 5 && q < c->lim; q++)
            if (tok_k(c, q) == NG_TOK_PUNCT && tok_s(c, q)[0] == ')') {
                j2 = q + 1;
                par = 1;
                break;
            }
    if (j2 < c->lim && tok_k(c, j2) == NG_TOK_PUNCT && tok_s(c, j2)[0] == ',')
        j2++;
    else if (!par && is_wl(c, j2, "on") && (cl(c, j2 + 1) == FL_WDAY || cl(c, j2 + 1) == FL_MONTH ||
                                           tok_day(c, j2 + 1)))
        j2++; /* "10 a.m. on Friday", "midnight on 5 May" */
    /* "by" is a deadline unless the sentence is in the past ("shares were
     * down 5% by noon on Monday") */
    int until = i > c->s0 && (is_wl(c, i - 1, "until") || is_wl(c, i - 1, "till") ||
                              (is_wl(c, i - 1, "by") && tense_near_x(c, i, j2 < c->lim ? j2 : i, 1) >= 0));
    tm_out dt;
    memset(&dt, 0, sizeof dt);
    if ((p_weekday(c, j2, &dt, until, i) || (memset(&dt, 0, sizeof dt), p_month_date(c, j2, &dt)) ||
         (memset(&dt, 0, sizeof dt), p_deictic(c, j2, &dt))) &&
        strlen(dt.value) == 10 && dt.value[4] == '-' && dt.value[7] == '-') {
        char tpart[16];
        snprintf(tpart, sizeof tpart, "%s", strchr(o->value, 'T') ? strchr(o->value, 'T') : "");
        snprintf(o->value, sizeof o->value, "%.10s%s", dt.value, tpart);
        if (!par)
            o->last = dt.last;
        o->anchored = dt.anchored;
    } else if (i >= c->s0 + 2 && tw(c, i - 1, TW_AT) && c->d->times.n) {
        /* "on Friday at 10 a.m.", "tomorrow, at noon": the day just
         * named gives the date */
        const ng_time *p = &c->d->times.v[c->d->times.n - 1];
        size_t q = i - 2;
        if (q > c->s0 && tok_k(c, q) == NG_TOK_PUNCT && tok_s(c, q)[0] == ',')
            q--;
        const char *v = p->value;
        if (p->end == c->d->tokens.v[q].end && p->type == NG_TIME_DATE && strlen(v) >= 10 && v[4] == '-' &&
            v[7] == '-' && (v[10] == 0 || v[10] == 'T') && o->value[10] == 'T') {
            memcpy(o->value, v, 10);
            o->anchored = p->anchored;
        }
    }
    return 1;
}

/* "the nineties": the decades of the 20th century by name (match_at) */
static const char *const decades[8] = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                                       "eighties", "nineties"};

/* Tries every pattern at token i; returns 1 with o filled. */
/* Is the sentence around token i about what happens as a rule ("usually",
 * "often", "tend to"; up to 25 words before it and 15 after, so that an
 * endless sentence stays linear)?  Then a part of the day in it is no
 * particular day's. */
static int habitual(const tctx *c, size_t i)
{
    static const char *const adv[] = {"usually", "often", "always", "normally", "typically", "generally",
                                      "sometimes", "rarely", "seldom", "frequently", "regularly", "routinely",
                                      "occasionally", "traditionally", "customarily"};
    size_t from = i > c->s0 + 25 ? i - 25 : c->s0, to = c->lim - i > 15 ? i + 15 : c->lim;
    for (size_t k = from; k < to; k++) {
        size_t n = tok_n(c, k);
        if (n < 4 || n > 13 || tok_k(c, k) != NG_TOK_WORD || c->cls[k] != FL_NONE)
            continue;
        if (is_any(c, k, adv))
            return 1;
        if (tw(c, k + 1, TW_TO) && (is_wl(c, k, "tend") || is_wl(c, k, "tends") || is_wl(c, k, "used")) &&
            k > c->s0 && !is_wl(c, k - 1, "was") && !is_wl(c, k - 1, "were") && !is_wl(c, k - 1, "be"))
            return 1; /* not "was used to pay" */
    }
    return 0;
}

/* A part of the day (pod: "MO", "AF" ...) the expression o names: of the
 * day the text last named in this sentence or the one before, else of the
 * publication day; of no particular day in a sentence about a habit
 * ("usually eats in the evening": XXXX-XX-XXTEV). */
static void part_of_day(const tctx *c, size_t i, tm_out *o, const char *pod)
{
    o->type = NG_TIME_TIME;
    o->anaphor = 1;
    if (habitual(c, i))
        strcpy(o->value, "XXXX-XX-XX");
    else if (c->ry && c->rd && c->rsent + 1 >= c->d->tokens.v[i].sent) {
        fmt_ymd(o->value, c->ry, c->rm, c->rd);
    } else if (c->dct) {
        set_days(o, c->days);
        o->anchored = 1;
    } else
        strcpy(o->value, "XXXX-XX-XX");
    snprintf(o->value + 10, sizeof o->value - 10, "T%s", pod);
}

/* "a week on Thursday", "a fortnight from Monday", "a week tomorrow": a
 * week (two) after the day named; "a week last Thursday", "a week ago
 * Thursday": a week before it.  Days are the nearest such day ahead (or
 * back); the publication date is needed. */
static int p_week_on(const tctx *c, size_t i, tm_out *o)
{
    if (!tw(c, i, TW_A) || cl(c, i + 1) != FL_UNIT || !c->dct)
        return 0;
    int u = c->val[i + 1];
    if (u != U_WEEK && u != U_FORTNIGHT)
        return 0;
    long span = u == U_WEEK ? 7 : 14, target;
    size_t j = i + 2;
    int dir = 0;
    if (is_wl(c, j, "on") || is_wl(c, j, "from"))
        dir = 1, j++;
    else if (tw(c, j, TW_LAST) || tw(c, j, TW_AGO))
        dir = -1, j++;
    int cur = weekday(c->days);
    if (cl(c, j) == FL_WDAY && (tok_f(c, j) & NG_TF_CAP) && c->val[j] <= 7 && dir) {
        int wd = c->val[j];
        target = dir > 0 ? c->days + (wd - cur + 7) % 7 + span : c->days - (cur - wd + 7) % 7 - span;
    } else if (dir >= 0 && (tw(c, j, TW_TODAY) || tw(c, j, TW_TOMORROW)) && !(tok_f(c, j) & NG_TF_CAP))
        target = c->days + (tw(c, j, TW_TOMORROW) ? 1 : 0) + span; /* "a week from today", "a week tomorrow" */
    else
        return 0;
    o->first = i;
    o->last = j;
    o->type = NG_TIME_DATE;
    set_days(o, target);
    o->anchored = 1;
    return 1;
}

static int match_at(const tctx *c, size_t i, tm_out *o)
{
    memset(o, 0, sizeof *o);
    int k = cl(c, i);
    int tk = tok_k(c, i);
    if (k == FL_NONE && tk != NG_TOK_NUMBER && tk != NG_TOK_WORD)
        return 0;
    /* "April 24 and 25", "June 9 to 11": the second day of the month named */
    if (tk == NG_TOK_NUMBER && i >= c->s0 + 3 && day_joiner(c, i - 1) &&
        cl(c, i - 3) == FL_MONTH && tok_day(c, i - 2) && tok_day(c, i) > tok_day(c, i - 2) &&
        (i + 1 >= c->lim || (tok_k(c, i + 1) != NG_TOK_SYMBOL && tok_k(c, i + 1) != NG_TOK_NUMBER &&
                             (cl(c, i + 1) == FL_NONE || cl(c, i + 1) == FL_TW || cl(c, i + 1) == FL_WDAY)))) {
        tm_out d1;
        memset(&d1, 0, sizeof d1);
        if (p_month_date(c, i - 3, &d1) && d1.last == i - 2 && strlen(d1.value) == 10) {
            int dd = tok_day(c, i);
            int y = d1.value[0] == 'X' ? 0 : (int)strtol(d1.value, NULL, 10), m = (int)strtol(d1.value + 5, NULL, 10);
            if (dd <= days_in_month(y ? y : 2000, m)) {
                *o = d1;
                o->first = o->last = i;
                snprintf(o->value + 8, sizeof o->value - 8, "%02d", dd);
                /* "August 6 and 9, 1945": the year is in the extent */
                size_t q = i + 1;
                if (is_comma(c, q))
                    q++;
                if (y > 0 && tok_year(c, q) == y)
                    o->last = q;
                return 1;
            }
        }
        memset(o, 0, sizeof *o);
    }
    /* Only these patterns take a number, a month or a day name first (the
     * others test for a word of another class): the same result as the
     * whole cascade below, sooner. */
    if (tk == NG_TOK_NUMBER) {
        if (p_month_date(c, i, o))
            return 1;
        clear_out(o);
        if (p_clock_day(c, i, o))
            return 1;
        clear_out(o);
        if (p_duration(c, i, o))
            return 1;
        clear_out(o);
        return p_year(c, i, o);
    }
    if (k == FL_MONTH)
        return p_month_date(c, i, o);
    if (k == FL_WDAY)
        return p_weekday(c, i, o, 0, i);
    if (k == FL_TW && c->val[i] == TW_A && cl(c, i + 1) == FL_UNIT && p_week_on(c, i, o))
        return 1;
    /* holidays */
    if (k == FL_NONE && tk == NG_TOK_WORD && p_holiday(c, i, o, 2))
        return 1;
    /* "mid afternoon", "late evening", "early morning", "mid-morning": that
     * part of the publication day */
    {
        int pod = 0;
        size_t last = i;
        if (k == FL_TW && (c->val[i] == TW_MID || c->val[i] == TW_LATE || c->val[i] == TW_EARLY) &&
            cl(c, i + 1) == FL_POD && !tw(c, i + 2, TW_OF) && tok_s(c, i + 1)[tok_n(c, i + 1) - 1] != 's')
            pod = c->val[i + 1], last = i + 1;
        else if (k == FL_NONE && (c->val[i] & KW_HYPHEN) && tk == NG_TOK_WORD && tok_n(c, i) > 4 && tok_n(c, i) < 16) {
            const char *s = tok_s(c, i), *h = memchr(s, '-', tok_n(c, i));
            int v, pv;
            if (h && ng__figlex(s, (size_t)(h - s), &v) == FL_TW && (v == TW_MID || v == TW_EARLY || v == TW_LATE) &&
                ng__figlex(h + 1, tok_n(c, i) - (size_t)(h - s) - 1, &pv) == FL_POD && s + tok_n(c, i) - 1 > h &&
                s[tok_n(c, i) - 1] != 's' && !(i + 1 < c->lim && tok_k(c, i + 1) == NG_TOK_WORD && !function_word(c, i + 1)))
                pod = pv;
        }
        if (pod) {
            static const char *const pods[] = {"", "MO", "AF", "EV", "NI"};
            o->first = i;
            o->last = last;
            o->type = NG_TIME_TIME;
            if (!c->dct) {
                snprintf(o->value, sizeof o->value, "XXXX-XX-XXT%s", pods[pod]);
                return 1;
            }
            set_days(o, c->days);
            snprintf(o->value + 10, sizeof o->value - 10, "T%s", pods[pod]);
            o->anchored = 1;
            return 1;
        }
    }
    /* "around Nov. 1", "around 7:15 p.m.": the approximator belongs to
     * the date or time (TimeBank) */
    if (k == FL_APPROX && is_wl(c, i, "around") && i + 1 < c->lim) {
        if (p_month_date(c, i + 1, o) || (clear_out(o), p_clock_day(c, i + 1, o))) {
            o->first = i;
            o->approx = 1;
            return 1;
        }
        clear_out(o);
    }
    /* "late yesterday", "earlier Sunday", "right now" */
    if ((tw(c, i, TW_LATE) || tw(c, i, TW_EARLY) || tw(c, i, TW_EARLIER) || tw(c, i, TW_LATER) ||
         is_wl(c, i, "right")) &&
        (p_deictic(c, i + 1, o) || p_weekday(c, i + 1, o, 0, i + 1))) {
        if (is_wl(c, i, "right") && !tw(c, i + 1, TW_NOW))
            return 0;
        /* TimeBank: "late yesterday" whole, but "[Earlier] Friday", "[right] now" */
        if ((tw(c, i, TW_LATE) || tw(c, i, TW_EARLY)) && cl(c, i + 1) == FL_TW)
            o->first = i;
        return 1;
    }
    clear_out(o);
    /* "the weekend", "this weekend" */
    if ((tw(c, i, TW_THE) || tw(c, i, TW_THIS)) && cl(c, i + 1) == FL_UNIT && c->val[i + 1] == U_WEEKEND) {
        o->first = i;
        o->last = i + 1;
        o->type = NG_TIME_DATE;
        if (!c->dct) {
            strcpy(o->value, "XXXX-WXX-WE");
            return 1;
        }
        int wd = weekday(c->days), wy, wn;
        long ref = c->days;
        if (tense_near(c, i, i + 1) <= 0 && wd <= 5 && !tw(c, i, TW_THIS))
            ref -= 7; /* past: the weekend before */
        iso_week(ref, &wy, &wn);
        snprintf(o->value, sizeof o->value, "%04d-W%02d-WE", wy, wn);
        o->anchored = 1;
        return 1;
    }
    /* "the day after tomorrow", "the day before yesterday" */
    if (tw(c, i, TW_THE) && cl(c, i + 1) == FL_UNIT && c->val[i + 1] == U_DAY &&
        ((is_wl(c, i + 2, "after") && tw(c, i + 3, TW_TOMORROW)) ||
         (is_wl(c, i + 2, "before") && tw(c, i + 3, TW_YESTERDAY)))) {
        int sign = tw(c, i + 3, TW_TOMORROW) ? 1 : -1;
        o->first = i;
        o->last = i + 3;
        o->type = NG_TIME_DATE;
        if (!c->dct) {
            strcpy(o->value, sign > 0 ? "FUTURE_REF" : "PAST_REF");
            return 1;
        }
        set_days(o, c->days + 2 * sign);
        o->anchored = 1;
        return 1;
    }
    /* "in the morning", "during the night": that part of the day the
     * text last named, in this sentence or the one before ("On Tuesday
     * ... In the afternoon"), else of the publication day; not "the
     * morning of 5 May" (the date follows), "in the mornings" */
    if (tw(c, i, TW_THE) && cl(c, i + 1) == FL_POD && i > c->s0 &&
        (is_wl(c, i - 1, "in") || is_wl(c, i - 1, "during")) && !tw(c, i + 2, TW_OF) &&
        tok_s(c, i + 1)[tok_n(c, i + 1) - 1] != 's') {
        static const char *const pods[] = {"", "MO", "AF", "EV", "NI"};
        o->first = i;
        o->last = i + 1;
        part_of_day(c, i, o, pods[c->val[i + 1]]);
        return 1;
    }
    /* "in the early hours": the hours after midnight, a morning as "4 in
     * the morning" is ("the early hours of Sunday": the day, as "the
     * night of 23 October" is) */
    if (tw(c, i, TW_THE) && tw(c, i + 1, TW_EARLY) && cl(c, i + 2) == FL_UNIT && c->val[i + 2] == (U_HOUR | U_PLURAL) &&
        i > c->s0 && (is_wl(c, i - 1, "in") || is_wl(c, i - 1, "during") || is_wl(c, i - 1, "into") ||
                      is_wl(c, i - 1, "until")) && !tw(c, i + 3, TW_OF)) {
        o->first = i;
        o->last = i + 2;
        part_of_day(c, i, o, "MO");
        return 1;
    }
    /* "on the 28th", "by the 3rd": a day of the month named alone, the
     * nearest such day by tense (not "the 28th floor", "the 3rd of May") */
    if (tw(c, i, TW_THE) && cl(c, i + 1) == FL_ORD && (tok_f(c, i + 1) & NG_TF_DIGIT) && i > c->s0 &&
        (is_wl(c, i - 1, "on") || is_wl(c, i - 1, "by") || is_wl(c, i - 1, "until") || is_wl(c, i - 1, "from") ||
         is_wl(c, i - 1, "since") || is_wl(c, i - 1, "before") || is_wl(c, i - 1, "after")) &&
        (i + 2 >= c->lim || tok_k(c, i + 2) == NG_TOK_PUNCT ||
         (function_word(c, i + 2) && !tw(c, i + 2, TW_OF) && !is_wl(c, i + 2, "over")))) { /* "by the 18th over" */
        int dd = tok_day(c, i + 1);
        if (dd) {
            o->first = i;
            o->last = i + 1;
            o->type = NG_TIME_DATE;
            if (!c->dct) {
                snprintf(o->value, sizeof o->value, "XXXX-XX-%02d", dd);
                return 1;
            }
            int tense = tense_near(c, i, i + 1);
            long y = c->Y, m = c->M, best = 0;
            int have = 0;
            for (int step = -1; step <= 1; step++) { /* last, this and next month's day */
                long mm = y * 12 + (m - 1) + step;
                int yy = (int)(mm / 12), mo = (int)(mm % 12) + 1;
                if (dd > days_in_month(yy, mo))
                    continue;
                long cand = ng__days_from_civil(yy, mo, dd), dist = cand - c->days;
                if ((tense > 0 && dist < 0) || (tense < 0 && dist > 0))
                    continue;
                long bd = best - c->days;
                if (!have || (dist < 0 ? -dist : dist) < (bd < 0 ? -bd : bd))
                    best = cand, have = 1;
            }
            if (!have)
                return 0;
            set_days(o, best);
            o->anchored = 1;
            return 1;
        }
    }
    /* "current" as an adjective: the present ("the current government") */
    if (tw(c, i, TW_CURRENT) && i + 1 < c->lim && tok_k(c, i + 1) == NG_TOK_WORD && cl(c, i + 1) != FL_UNIT &&
        !is_wl(c, i + 1, "account") && !is_wl(c, i + 1, "accounts")) {
        o->first = o->last = i;
        o->type = NG_TIME_DATE;
        strcpy(o->value, "PRESENT_REF");
        o->anchored = c->dct;
        return 1;
    }
    /* "for years", "for decades", "within weeks" */
    size_t fu = k == FL_UNIT && i > c->s0 && is_wl(c, i - 1, "within") ? i
                : (is_wl(c, i, "for") || is_wl(c, i, "in")) && cl(c, i + 1) == FL_UNIT ? i + 1 : 0;
    if (fu && (c->val[fu] & U_PLURAL) && (c->val[fu] & 0xff) <= U_DECADE) {
        o->first = o->last = fu;
        o->type = NG_TIME_DURATION;
        set_duration(o, -1, c->val[fu] & 0xff);
        return 1;
    }
    /* "for some time", "for a while": a period of unknown length */
    if (is_wl(c, i, "for") && ((is_wl(c, i + 1, "some") && is_wl(c, i + 2, "time")) ||
                               (tw(c, i + 1, TW_A) && is_wl(c, i + 2, "while"))) &&
        (i + 3 >= c->lim || tok_k(c, i + 3) == NG_TOK_PUNCT || function_word(c, i + 3))) {
        o->first = i + 1;
        o->last = i + 2;
        o->type = NG_TIME_DURATION;
        strcpy(o->value, "PXX");
        return 1;
    }
    /* a modifier before a year, month or season: early / late / mid */
    size_t j = i;
    int mod = 0;
    if (tw(c, j, TW_EARLY) || tw(c, j, TW_LATE) || tw(c, j, TW_MID)) {
        mod = 1;
        j++;
    } else if (tw(c, j, TW_END) && j > c->s0 && (tok_year(c, j + 1) > 0 || month_at(c, j + 1)) &&
               (is_wl(c, j - 1, "at") || is_wl(c, j - 1, "by") || is_wl(c, j - 1, "until") ||
                is_wl(c, j - 1, "since") || is_wl(c, j - 1, "from") || tw(c, j - 1, TW_TO) ||
                is_wl(c, j - 1, "before") || is_wl(c, j - 1, "after"))) {
        mod = 1; /* "at end 1986", "by end June": wire copy's end-1986 without its hyphen */
        j++;
    } else if (k == FL_TW && (tw(c, j, TW_THE) || tw(c, j, TW_END) || tw(c, j, TW_BEGIN))) {
        /* "the end of 2025", "the beginning of June", "the 1990s" */
        size_t p = j;
        if (tw(c, p, TW_THE))
            p++;
        if ((tw(c, p, TW_END) || tw(c, p, TW_BEGIN) || tw(c, p, TW_MID)) && tw(c, p + 1, TW_OF)) {
            mod = 1;
            j = p + 2;
        } else if (tw(c, p, TW_EARLY) || tw(c, p, TW_LATE) || tw(c, p, TW_MID)) {
            mod = 1;
            j = p + 1;
        } else if (p != j && p < c->lim && tok_k(c, p) == NG_TOK_WORD && tok_n(c, p) >= 5 &&
                   tok_s(c, p)[0] >= '0' && tok_s(c, p)[0] <= '9' && tok_s(c, p)[4] == 's') {
            j = p; /* the 1990s */
            mod = 1;
        }
    }
    if (mod && j > i && tw(c, j, TW_THE) && cl(c, j + 1) == FL_UNIT && !(c->val[j + 1] & U_PLURAL)) {
        /* "the end of the year", "the beginning of the month" */
        int u = c->val[j + 1];
        if (u == U_YEAR || u == U_MONTH || u == U_WEEK || u == U_QUARTER || u == U_DECADE) {
            o->first = i;
            o->last = j + 1;
            o->type = NG_TIME_DATE;
            if (!c->dct)
                strcpy(o->value, "PRESENT_REF");
            else if (u == U_DECADE)
                snprintf(o->value, sizeof o->value, "%03d", c->Y / 10);
            else {
                shift_value(c, o, 0, u, 1);
                o->anchored = 1;
            }
            return 1;
        }
    }
    if (mod) {
        if (tw(c, j, TW_THE) && j > i)
            j++;
        if (p_month_date(c, j, o) || p_year(c, j, o)) {
            o->first = i;
            return 1;
        }
        if (p_relative(c, j, o)) {
            o->first = i;
            return 1;
        }
        clear_out(o);
    }
    /* mid-June, mid-2025, late-November; end-June, end-2024 (business
     * news: the end of that month or year); the mid-1990s (the article
     * belongs to a decade, as in "the 1990s") */
    size_t hw = tw(c, i, TW_THE) && i + 1 < c->lim && tok_k(c, i + 1) == NG_TOK_WORD && tok_n(c, i + 1) > 8 &&
                        tok_s(c, i + 1)[tok_n(c, i + 1) - 1] == 's'
                    ? i + 1
                    : i;
    if (tok_k(c, hw) == NG_TOK_WORD && tok_n(c, hw) > 4 && tok_n(c, hw) < 20) {
        const char *s = tok_s(c, hw);
        size_t n = tok_n(c, hw);
        const char *h = memchr(s, '-', n);
        if (h) {
            size_t a = (size_t)(h - s);
            int v;
            int c1 = ng__figlex(s, a, &v);
            if (c1 == FL_TW && (v == TW_MID || v == TW_EARLY || v == TW_LATE || v == TW_END)) {
                int mv, mc = ng__figlex(h + 1, n - a - 1, &mv);
                double yv;
                if (mc == FL_MONTH) {
                    o->first = o->last = i;
                    o->type = NG_TIME_DATE;
                    int y = -1;
                    if ((y = tok_year(c, i + 1)) > 0)
                        o->last = i + 1;
                    if (y > 0)
                        set_month(o, y, mv);
                    else if (!c->dct)
                        snprintf(o->value, sizeof o->value, "XXXX-%02d", mv);
                    else {
                        int tn = tense_near(c, i, i);
                        if (tn == -1 && months_past_ok(c, i))
                            tn = -2; /* "sales fell in mid-October", as a month alone */
                        set_month(o, pick_year_m(c, mv, tn), mv);
                        o->anchored = 1;
                    }
                    return 1;
                }
                if (n - a - 1 == 4 && ng__parse_digits(h + 1, 4, &yv) == 0 && yv >= 1000 && yv < 2200) {
                    o->first = o->last = i;
                    o->type = NG_TIME_DATE;
                    set_year(o, (int)yv);
                    return 1;
                }
                /* mid-1990s */
                if (n - a - 1 == 5 && h[5] == 's' && ng__parse_digits(h + 1, 4, &yv) == 0 && yv >= 1000 &&
                    yv < 2200 && (int)yv % 10 == 0) {
                    o->first = i;
                    o->last = hw;
                    o->type = NG_TIME_DATE;
                    snprintf(o->value, sizeof o->value, "%03d", (int)yv / 10);
                    return 1;
                }
            }
        }
    }
    {
        /* "nineteen ninety-six", "the year two thousand" */
        int y;
        size_t k0 = i, ky;
        if (tw(c, i, TW_THE) && cl(c, i + 1) == FL_UNIT && c->val[i + 1] == U_YEAR)
            k0 = i + 2;
        /* (a spoken year starts at a number word: none at other words) */
        if ((k0 > i || k == FL_NUM || k == FL_TENS) && (ky = spoken_year(c, k0, &y)) != 0 &&
            (k0 > i || !(cl(c, k0 + ky) == FL_UNIT))) {
            o->first = i;
            o->last = k0 + ky - 1;
            o->type = NG_TIME_DATE;
            set_year(o, y);
            return 1;
        }
        /* "the nineties", "the '90s" */
        if (tw(c, i, TW_THE)) {
            for (int q = 0; q < 8; q++)
                if (is_w(c, i + 1, decades[q])) {
                    o->first = i;
                    o->last = i + 1;
                    o->type = NG_TIME_DATE;
                    snprintf(o->value, sizeof o->value, "19%d", q + 2);
                    return 1;
                }
        }
    }
    /* company years: "for the year ended March 31" is the span of a year;
     * "for the (full) year", "the first nine months of the year" the
     * current year */
    if (tw(c, i, TW_THE)) {
        size_t yk = i + 1;
        int full = 0;
        if (is_wl(c, yk, "full") || tw(c, yk, TW_FISCAL)) {
            full = is_wl(c, yk, "full");
            yk++;
        }
        /* "in the week ended February 22", "the month ending June 30": a
         * week's or a month's span, as "the year ended" is */
        if (!full && yk == i + 1 && cl(c, yk) == FL_UNIT && (c->val[yk] == U_WEEK || c->val[yk] == U_MONTH) &&
            (is_wl(c, yk + 1, "ended") || is_wl(c, yk + 1, "ending")) && month_at(c, yk + 2)) {
            o->first = i;
            o->last = yk;
            o->type = NG_TIME_DURATION;
            set_duration(o, 1, c->val[yk]);
            return 1;
        }
        if (cl(c, yk) == FL_UNIT && c->val[yk] == U_YEAR && i > c->s0) {
            if (is_wl(c, yk + 1, "ended") || is_wl(c, yk + 1, "ending") ||
                (tw(c, yk + 1, TW_TO) && month_at(c, yk + 2))) { /* "the year to March" */
                o->first = i;
                o->last = yk;
                o->type = NG_TIME_DURATION;
                set_duration(o, 1, U_YEAR);
                return 1;
            }
            /* "of the year" only after a span ("the first nine months of the
             * year", "the rest of the year"), not "director of the year" */
            int of_span = tw(c, i - 1, TW_OF) && i >= c->s0 + 2 &&
                          ((cl(c, i - 2) == FL_UNIT && (c->val[i - 2] & U_PLURAL)) || is_wl(c, i - 2, "rest") ||
                           is_wl(c, i - 2, "part") || is_wl(c, i - 2, "remainder") || is_wl(c, i - 2, "balance"));
            if (c->dct && (full || ((is_wl(c, i - 1, "for") || of_span) && ref_end(c, yk + 1)))) {
                o->first = i;
                o->last = yk;
                o->type = NG_TIME_DATE;
                set_year(o, c->Y);
                o->anchored = 1;
                return 1;
            }
        }
    }
    /* "by year-end", "by year end" */
    if (c->dct && i > c->s0 && (is_wl(c, i, "year-end") || (is_wl(c, i, "year") && is_wl(c, i + 1, "end"))) &&
        (is_wl(c, i - 1, "by") || is_wl(c, i - 1, "since") || is_wl(c, i - 1, "until") || is_wl(c, i - 1, "at") ||
         is_wl(c, i - 1, "before"))) {
        o->last = i + !is_wl(c, i, "year-end");
        o->first = i;
        o->type = NG_TIME_DATE;
        snprintf(o->value, sizeof o->value, "%04d-12-31", is_wl(c, i - 1, "since") ? c->Y - 1 : c->Y);
        o->anchored = 1;
        return 1;
    }
    if (tw(c, i, TW_FISCAL)) {
        /* "fiscal 1990", "fiscal year 1990" */
        size_t yk = i + 1 + (cl(c, i + 1) == FL_UNIT && c->val[i + 1] == U_YEAR);
        int y = tok_year(c, yk);
        if (y > 0) {
            o->first = i;
            o->last = yk;
            o->type = NG_TIME_DATE;
            set_year(o, y);
            return 1;
        }
    }
    if (p_quarter(c, i, o) || ((tok_f(c, i) & NG_TF_DIGIT) && (clear_out(o), p_qnote(c, i, o))))
        return 1;
    clear_out(o);
    if (((k == FL_TW && c->val[i] == TW_THE) || (k == FL_NONE && (c->val[i] & KW_HYPHEN))) && p_month_span(c, i, o))
        return 1;
    clear_out(o);
    if (p_misc(c, i, o))
        return 1;
    clear_out(o);
    /* Token i is no number, month or day name here (those returned
     * above), so the patterns below that read its class first are tried
     * only for a class they take; the others return 0 before writing o:
     * p_month_date takes a day (an ordinal word: "the 9th of June"),
     * p_weekday a day name (none here), p_deictic, p_anaphor and
     * p_relative a time word (p_deictic not "the", p_anaphor "the" only
     * before a time word or a unit, p_relative only before "current"),
     * p_clock_day "noon", "midnight" or a word
     * with a digit ("10am"), p_set a unit, "daily" or "every"/"per",
     * p_year a word with a digit ("1990s", "80s") or an apostrophe
     * ("'80s").  Keep these in
     * step with the patterns' first tests. */
    if (k == FL_ORD && p_month_date(c, i, o))
        return 1;
    clear_out(o);
    if (k == FL_TW && c->val[i] != TW_THE && p_deictic(c, i, o))
        return 1;
    clear_out(o);
    if (((k == FL_TW && (c->val[i] == TW_NOON || c->val[i] == TW_MIDNIGHT)) ||
         (tk == NG_TOK_WORD && (tok_f(c, i) & NG_TF_DIGIT))) &&
        p_clock_day(c, i, o))
        return 1;
    clear_out(o);
    if (k == FL_TW && (c->val[i] != TW_THE || cl(c, i + 1) == FL_TW || cl(c, i + 1) == FL_UNIT) &&
        p_anaphor(c, i, o))
        return 1;
    clear_out(o);
    if (k == FL_TW && (c->val[i] != TW_THE || tw(c, i + 1, TW_CURRENT)) && p_relative(c, i, o))
        return 1;
    clear_out(o);
    if (p_duration(c, i, o))
        return 1;
    clear_out(o);
    if ((k == FL_UNIT || k == FL_SETADV || k == FL_TW) && p_set(c, i, o))
        return 1;
    clear_out(o);
    if (p_ref(c, i, o))
        return 1;
    clear_out(o);
    if ((tk == NG_TOK_QUOTE || (tk == NG_TOK_WORD && (tok_f(c, i) & NG_TF_DIGIT))) && p_year(c, i, o))
        return 1;
    return 0;
}

/* Is there a unit word within the n tokens after i? */
static int unit_within(const tctx *c, size_t i, size_t n)
{
    for (size_t j = i + 1; j <= i + n && j < c->lim; j++)
        if (c->cls[j] == FL_UNIT)
            return 1;
    return 0;
}

/* Can an expression start at the number token i?  The patterns that take
 * a number first need one of: a year ("2024"), or six to ten characters
 * with '-' or '/' ("2024-25", "25/12/2024"); a month, unit, or "of" and a
 * month after it ("9 June", "5 years", "9 of June"), or a unit two tokens
 * on ("10-year", "2 1/2 years"); "1/2" or "and a" after it; a clock word
 * after it ("3 p.m.", "4 o'clock", "4 in the morning"); "at" before a
 * clock time with a colon ("at 10:30"); "and"/"to"/"or" after a month and
 * a day ("April 24 and 25").  Most numbers in news (amounts, scores,
 * counts) have none, and skip the patterns. */
static int number_starter(const tctx *c, size_t i)
{
    size_t n = tok_n(c, i);
    const char *s = tok_s(c, i);
    if (n == 4 && (tok_year(c, i) > 0 || zone_at(c, i + 1) || is_wl(c, i + 1, "hours")))
        return 1; /* "2025", "0900 GMT", "0600 hours" */
    if (n == 5 && (s[2] == '.' || s[2] == ':') && zone_at(c, i + 1))
        return 1; /* "14.30 GMT" */
    if (n >= 6 && n <= 10 && (memchr(s, '-', n) || memchr(s, '/', n) || (n >= 8 && s[n - 5] == '.')))
        return 1; /* "2024-25", "25/12/2024", "23.06.2025" */
    int k1 = cl(c, i + 1);
    if (k1 == FL_MONTH || k1 == FL_UNIT || cl(c, i + 2) == FL_UNIT)
        return 1;
    if (i + 2 < c->lim && (c->val[i + 2] & KW_HYPHEN) && cl(c, i + 2) == FL_NONE &&
        long_stem(tok_s(c, i + 2), tok_n(c, i + 2)))
        return 1; /* "10-day-long" */
    if (k1 == FL_TW) {
        int v = c->val[i + 1];
        if (v == TW_AM || v == TW_PM || v == TW_OCLOCK || (v == TW_OF && cl(c, i + 2) == FL_MONTH) ||
            (v == TW_AND && tw(c, i + 2, TW_A)) ||
            ((v == TW_AND || v == TW_TO) && cl(c, i + 3) == FL_MONTH && tok_day(c, i + 2)))
            return 1; /* "3 and 4 March" */
    } else if (i + 1 < c->lim) {
        if (tok_k(c, i + 1) == NG_TOK_NUMBER && tok_n(c, i + 1) == 3 && !memcmp(tok_s(c, i + 1), "1/2", 3))
            return 1; /* "2 1/2 more years" */
        if (k1 == FL_NONE && is_wl(c, i + 1, "in") && cl(c, i + 3) == FL_POD)
            return 1;
    }
    if (i > c->s0 && tw(c, i - 1, TW_AT) && memchr(s, ':', n))
        return 1;
    if (i >= c->s0 + 3 && c->cls[i - 3] == FL_MONTH && day_joiner(c, i - 1))
        return 1;
    return 0;
}

/* Can an expression start at the word token i, of class FL_NONE, that has
 * a hyphen or a digit?  Only when it can be one of: "mid-June",
 * "mid-1990s", "late-morning" (a time word before the hyphen), "five-year",
 * "24-hour", "twenty-two years", "year-ago", "year-end" (a number or unit
 * word around the hyphen), "third-quarter"; "1990s", "'90s", "1980's";
 * "10am", "7.30pm"; "Q3", "H1", "FY2025".  Not "so-called", "Mar-1987",
 * "F-16", "G7". */
static int marked_word_starter(const tctx *c, size_t i)
{
    const char *s = tok_s(c, i);
    size_t n = tok_n(c, i);
    char last = (char)(s[n - 1] | 0x20);
    if ((tok_f(c, i) & NG_TF_DIGIT) && (last == 's' || last == 'm' || s[0] == 'Q' || s[0] == 'H' || s[0] == 'F'))
        return 1;
    const char *h = n < 40 ? memchr(s, '-', n) : NULL;
    if (!h)
        return 0;
    int v, pc = ng__figlex(s, (size_t)(h - s), &v), sc = ng__figlex(h + 1, n - (size_t)(h - s) - 1, &v);
    return pc == FL_TW || pc == FL_NUM || pc == FL_TENS || pc == FL_ORD || pc == FL_UNIT || sc == FL_UNIT ||
           (pc == FL_MONTH && sc == FL_MONTH) ||
           sc == FL_POD || (n > 8 && !memcmp(s + n - 8, "-quarter", 8)) || (h - s == 6 && !memcmp(s, "second", 6));
}

/* Can a match start at the approximator i (FL_APPROX)?  The patterns
 * that take one first are: "around" before a date or clock time
 * (match_at), "most recent quarter" (p_misc), and p_duration, which
 * returns 0 unless unit_ahead() holds at a token j of i..i+5 (j passes the
 * approximator, "the", a direction word and "fiscal"): a unit word among
 * the 17 tokens from i, or an FL_NONE word with KW_HYPHEN or KW_TSTART
 * among the 8.  Most approximators in news come before amounts ("about 20
 * pct", "up 5 pct") and fail this; each failed start costs the whole
 * cascade of patterns.  Keep it in step with those patterns. */
static int approx_may_start(const tctx *c, size_t i)
{
    if (is_wl(c, i, "around") || (is_wl(c, i, "most") && tw(c, i + 1, TW_RECENT)))
        return 1;
    /* without early exits, as in unit_ahead() */
    size_t end = i + 17 < c->lim ? i + 17 : c->lim, end8 = i + 8 < end ? i + 8 : end;
    int hit = 0;
    for (size_t k = i + 1; k < end8; k++)
        hit |= c->cls[k] == FL_UNIT || (c->cls[k] == FL_NONE && (c->val[k] & (KW_HYPHEN | KW_TSTART)));
    for (size_t k = end8; k < end; k++)
        hit |= c->cls[k] == FL_UNIT;
    return hit;
}

/* Can a match start at the unit word i ("years", "second")?  Reading the
 * patterns for a unit first, only these take one (keep it in step with
 * them): p_duration's "years ago"; "within weeks" (match_at); p_set's "at
 * weekends"; p_ref's "these days"; p_quarter's "second quarter"; "by year
 * end" (match_at).  Units in news mostly follow their count or "the"
 * ("last year", "the week"), which start the match. */
static int unit_may_start(const tctx *c, size_t i)
{
    int v = c->val[i];
    return ((v & U_PLURAL) && tw(c, i + 1, TW_AGO)) || (i > c->s0 && is_wl(c, i - 1, "within")) ||
           v == (U_WEEKEND | U_PLURAL) || v == (U_DAY | U_PLURAL) || is_wl(c, i, "second") ||
           (is_wl(c, i, "year") && is_wl(c, i + 1, "end"));
}

/* Can a match start at the time word i?  For "a", "per", "that" and "the"
 * before a count every pattern but the ones named returns 0 at its first
 * tests, so a start needs what those need (0 for the others is exact; keep
 * it in step with the patterns when one of them learns to take these):
 *   "a", "an": a count in p_duration ("a year ago", "a week-long strike"),
 *     which returns 0 unless unit_ahead() at the count;
 *   "per": p_set's "per day", with the unit right after it;
 *   "that" (not "same"): p_anaphor's "that day", "that same night", with a
 *     singular unit or a part of day after it ("same");
 *   "the" before digits or a number word: p_quarter ("the 1988 third
 *     quarter", a year after "the") and p_duration ("the 10 years", which
 *     needs unit_ahead() at the count); before a currency or month word:
 *     none; before a word of no class and no flag: "the nineties".
 * Other cases: 1.  Most "a", "that" and "the 20" in news start nothing
 * ("a 20 pct stake", "said that the"), and each failed start costs the
 * whole cascade of patterns. */
static int tw_may_start(const tctx *c, size_t i)
{
    switch (c->val[i]) {
    case TW_THE: {
        /* before a count (digits or a number word), only p_quarter's "the
         * 1988 third quarter" (a year) and p_duration's "the 10 years" (a
         * unit ahead of the count) take "the" */
        int k1 = cl(c, i + 1), num = i + 1 < c->lim && tok_k(c, i + 1) == NG_TOK_NUMBER;
        if (num || k1 == FL_NUM || k1 == FL_TENS)
            return (num && tok_year(c, i + 1) > 0) || unit_ahead(c, i + 1);
        /* none before a currency or a month ("the dollar", "the May
         * figures": a date starts at the month) */
        if (k1 == FL_CUR || k1 == FL_MONTH)
            return 0;
        /* before a word of no class and no flag ("the securities"), only
         * "the nineties" */
        if (k1 == FL_NONE && !(tok_f(c, i + 1) & NG_TF_DIGIT) && !(c->val[i + 1] & (KW_THEMOD | KW_HYPHEN)))
            return is_any(c, i + 1, decades);
        return 1;
    }
    case TW_A:
        return unit_ahead(c, i);
    case TW_PER:
        return cl(c, i + 1) == FL_UNIT;
    case TW_THAT: {
        if (is_wl(c, i, "same"))
            return 0;
        size_t j = is_wl(c, i + 1, "same") ? i + 2 : i + 1;
        return cl(c, j) == FL_UNIT || cl(c, j) == FL_POD;
    }
    default: return 1;
    }
}

/* Can an expression start at token i?  A cheap test that spares the
 * patterns most tokens ("the", "of", ordinary words, most numbers). */
static int starter(const tctx *c, size_t i)
{
    int k = c->cls[i];
    const ng_token *t = &c->d->tokens.v[i];
    if (t->kind == NG_TOK_NUMBER)
        return number_starter(c, i);
    if (k == FL_NONE) {
        if (t->kind != NG_TOK_WORD)
            return 0;
        int v = c->val[i];
        if (t->flags & NG_TF_DIGIT)
            return marked_word_starter(c, i); /* 1990s, mid-2025, 10am */
        /* mid-June, five-year; for, in, right, soon, once, just, well,
         * twice; holidays with a capital */
        if ((v & (KW_TSTART | KW_FUNC)) == (KW_TSTART | KW_FUNC)) {
            /* "in"/"for": only "for years", "in decades", "for some
             * time", "for a while" start here; most never get further */
            if (i + 1 >= c->lim)
                return 0;
            int k1 = c->cls[i + 1];
            return k1 == FL_UNIT || (t->end - t->start == 3 && (is_wl(c, i + 1, "some") ||
                                                                  (tw(c, i + 1, TW_A) && is_wl(c, i + 2, "while"))));
        }
        if (v & KW_HYPHEN)
            return marked_word_starter(c, i);
        /* a holiday's first word with a capital and no other flag: of the
         * patterns only p_holiday takes it, so holiday() decides ("New
         * York", "Good Morning America" start nothing) */
        size_t hl;
        return (v & KW_TSTART) || ((v & KW_HOLIDAY) && (t->flags & NG_TF_CAP) && holiday(c, i, &hl));
    }
    if (k == FL_NUM || k == FL_TENS) {
        /* "five years", "twenty-five years" (a count before a unit), or a
         * spoken year: "nineteen ninety-six", "twenty twenty-five", "two
         * thousand" ("two" without a unit or "thousand" starts nothing) */
        return (k == FL_NUM && (c->val[i] == 18 || c->val[i] == 19)) || (k == FL_TENS && c->val[i] == 20) ||
               (is_wl(c, i, "two") && is_wl(c, i + 1, "thousand")) || unit_within(c, i, 11);
    }
    if (k == FL_UNIT)
        return unit_may_start(c, i);
    if (k == FL_ORD) /* "the first two years", "third quarter", "9th of June" */
        return unit_within(c, i, 12) || cl(c, i + 1) == FL_MONTH || cl(c, i + 2) == FL_MONTH;
    if (k == FL_TW) {
        switch (c->val[i]) {
        case TW_AT: /* "at least two weeks" */
            return i + 1 < c->lim && c->cls[i + 1] == FL_APPROX;
        case TW_TO: case TW_AND: case TW_OF: case TW_THAN: case TW_AM: case TW_PM: case TW_OCLOCK:
            return 0;
        case TW_THE: case TW_A: case TW_THAT: case TW_THIS: {
            if (i + 1 >= c->lim)
                return 0;
            const ng_token *u = &c->d->tokens.v[i + 1];
            /* "the near future", "the latest quarter", "the couple of", "the
             * full year", "the nineties", "the year-ago quarter" */
            return (c->cls[i + 1] != FL_NONE || u->kind == NG_TOK_NUMBER || (u->flags & NG_TF_DIGIT) ||
                    (c->val[i + 1] & (KW_THEMOD | KW_HYPHEN)) ||
                    (u->end - u->start > 6 && !memcmp(c->d->text + u->end - 3, "ies", 3))) &&
                   tw_may_start(c, i);
        }
        case TW_PER:
            return tw_may_start(c, i);
        default: return 1;
        }
    }
    if (k == FL_APPROX || k == FL_SCALE || k == FL_CUR || k == FL_PERCENT || k == FL_MULT) {
        /* only as an approximator before a count: "about two years" */
        for (size_t j = i + 1; j < i + 4 && j < c->lim; j++) {
            int kj = c->cls[j];
            if (c->d->tokens.v[j].kind == NG_TOK_NUMBER || kj == FL_NUM || kj == FL_TENS || kj == FL_UNIT ||
                (kj == FL_TW && (c->val[j] == TW_A || c->val[j] == TW_THE)))
                return k == FL_APPROX && approx_may_start(c, i);
        }
        return 0;
    }
    return 1;
}

/* A necessary condition of starter(c, i) that needs no sentence (it reads
 * no c->s0 and no c->lim, so it holds as if the sentence ran to the end of
 * the document): the main loop skips the tokens that fail it in a tight
 * loop.  Keep it in step with starter(). */
static inline int maybe_starter(const tctx *c, size_t i, size_t nt)
{
    const ng_token *t = &c->d->tokens.v[i];
    int k = c->cls[i];
    if (t->kind == NG_TOK_NUMBER)
        return 1;
    if (k == FL_NONE) {
        int v = c->val[i];
        if (!(t->kind == NG_TOK_WORD && ((t->flags & NG_TF_DIGIT) || (v & (KW_TSTART | KW_HYPHEN | KW_HOLIDAY)))))
            return 0;
        /* "in", "for": only before a unit, "for" also before "some" or
         * "a while" (starter(); common words, most turned away here) */
        if (!(t->flags & NG_TF_DIGIT) && (v & (KW_TSTART | KW_FUNC)) == (KW_TSTART | KW_FUNC))
            return i + 1 < nt && (c->cls[i + 1] == FL_UNIT || t->end - t->start == 3);
        return 1;
    }
    /* a scale, currency, percent or multiplier word starts nothing (in
     * starter() only an approximator of that group may) */
    if ((1u << k) & (1u << FL_SCALE | 1u << FL_CUR | 1u << FL_PERCENT | 1u << FL_MULT))
        return 0;
    if (k != FL_TW)
        return 1;
    switch (c->val[i]) {
    case TW_TO: case TW_AND: case TW_OF: case TW_THAN: case TW_AM: case TW_PM: case TW_OCLOCK:
        return 0;
    case TW_AT:
        return i + 1 < nt && c->cls[i + 1] == FL_APPROX;
    case TW_THE: case TW_A: case TW_THAT: case TW_THIS: {
        if (i + 1 >= nt)
            return 0;
        const ng_token *u = t + 1;
        return c->cls[i + 1] != FL_NONE || u->kind == NG_TOK_NUMBER || (u->flags & NG_TF_DIGIT) ||
               (c->val[i + 1] & (KW_THEMOD | KW_HYPHEN)) ||
               (u->end - u->start > 6 && !memcmp(c->d->text + u->end - 3, "ies", 3));
    }
    default: return 1;
    }
}

/* The first token from i on for which maybe_starter() holds (nt: none):
 * only the tokens with the time gate (figlex.h: ng__fig_gate; most tokens
 * have none) are tested, found 16 gate bytes at a time, so the tokens'
 * lines are read only at candidates. */
static size_t next_maybe_starter(const tctx *c, size_t i, size_t nt)
{
    const uint8_t *gate = c->d->figgate;
    for (i = ng__fig_next(gate, i, nt, NG_FG_TIME); i < nt; i = ng__fig_next(gate, i + 1, nt, NG_FG_TIME))
        if (maybe_starter(c, i, nt))
            return i;
    return nt;
}

/* "the same period a year ago", "the corresponding quarter last year",
 * "the comparable month a year earlier": TimeBank draws the compared span
 * with its noun as one date ("the corresponding period last year" 1988-Q3),
 * so the phrase before a matched "last year" / "a year ago|earlier" joins
 * it; a quarter or period spoken of in company results gives the value the
 * same quarter a year before. */
static void compared_period(const tctx *c, tm_out *o)
{
    size_t f = o->first;
    int ly = tw(c, f, TW_LAST) && o->last == f + 1;
    int ago = (tw(c, f, TW_A) || is_wl(c, f, "one")) && o->last == f + 2 &&
              (tw(c, f + 2, TW_AGO) || tw(c, f + 2, TW_EARLIER));
    if (o->type != NG_TIME_DATE || !(ly || ago) || cl(c, f + 1) != FL_UNIT || c->val[f + 1] != U_YEAR)
        return;
    size_t k = f;
    if (ly && k > c->s0 && tw(c, k - 1, TW_OF))
        k--; /* "the same period of last year" */
    if (k < c->s0 + 2)
        return;
    size_t n = k - 1;
    int isq = cl(c, n) == FL_UNIT && c->val[n] == U_QUARTER, isp = is_wl(c, n, "period");
    if (!isq && !isp && !(cl(c, n) == FL_UNIT && (c->val[n] == U_MONTH || c->val[n] == U_WEEK)))
        return;
    size_t a = n - 1;
    if (is_wl(c, a, "same") || is_wl(c, a, "corresponding") || is_wl(c, a, "comparable") || is_wl(c, a, "year-ago"))
        a--;
    if (a < c->s0 || !(tw(c, a, TW_THE) || tw(c, a, TW_THAT)))
        return;
    if (c->d->times.n && c->d->times.v[c->d->times.n - 1].end > c->d->tokens.v[a].start)
        return;
    o->first = a;
    if ((isq || isp) && c->refq >= 0) {
        long q = c->refq - 4;
        snprintf(o->value, sizeof o->value, "%04ld-Q%ld", q / 4, q % 4 + 1);
    }
}

/* Remembers the period company results speak of: a quarter ("the third
 * quarter", "1989-Q3") sets it; a year or a nine-month span ("the 1988
 * period", "the nine months") clears it, so "a year earlier" after them is
 * the year. */
static void track_period(tctx *c, const tm_out *o)
{
    const char *v = o->value;
    size_t n = strlen(v);
    if (o->type == NG_TIME_DATE && n == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4' &&
        v[0] >= '0' && v[0] <= '9') {
        long y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
        long q = y * 4 + (v[6] - '1');
        /* "the year-ago quarter" names the older one: keep the newer;
         * results are reported for quarters already begun */
        if ((c->refq < 0 || q != c->refq - 4) && (!c->dct || q <= (long)c->Y * 4 + (c->M - 1) / 3))
            c->refq = q;
    } else if ((o->type == NG_TIME_DATE && n == 4) || (o->type == NG_TIME_DURATION && !strcmp(v, "P9M")))
        c->refq = -1;
    /* the last named date, for "that day" and "the following year" */
    if (!o->anaphor && (o->type == NG_TIME_DATE || o->type == NG_TIME_TIME) && n >= 4 && v[0] >= '0' && v[0] <= '9' &&
        v[1] >= '0' && v[1] <= '9' && v[2] >= '0' && v[2] <= '9' && v[3] >= '0' && v[3] <= '9' &&
        (n == 4 || v[4] == '-')) {
        int y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0'), m = 0, d = 0;
        if (n >= 7 && v[5] >= '0' && v[5] <= '1' && v[6] >= '0' && v[6] <= '9') {
            m = (v[5] - '0') * 10 + (v[6] - '0');
            if (n >= 10 && v[7] == '-' && v[8] >= '0' && v[8] <= '3' && v[9] >= '0' && v[9] <= '9')
                d = (v[8] - '0') * 10 + (v[9] - '0');
        }
        if (m < 1 || m > 12)
            m = d = 0;
        if (d > days_in_month(y, m ? m : 1))
            d = 0;
        c->ry = y, c->rm = m, c->rd = d;
        c->rsent = c->d->tokens.v[o->first].sent;
        c->rmname = 0;
        c->rexpl = !o->anchored;
        for (size_t k = o->first; k <= o->last && !c->rmname; k++)
            c->rmname = c->cls[k] == FL_MONTH;
    }
}

/* The UTC offset of the time zone abbreviation at token i, as ISO 8601
 * writes it ("EST" -> "-05:00", "GMT" -> "Z"), or NULL for one that is not
 * listed or is ambiguous ("IST": India or Ireland). */
static const char *zone_offset(const tctx *c, size_t i)
{
    static const char *const zn[] = {"GMT", "UTC", "UT", "WET", "BST", "CET", "WEST", "CEST", "EET", "EEST", "MSK",
                                     "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST",
                                     "JST", "KST", "HKT", "SGT", "AWST", "ACST", "AEST", "AEDT", "NZST", "NZDT"};
    static const char *const zo[] = {"Z", "Z", "Z", "Z", "+01:00", "+01:00", "+01:00", "+02:00", "+02:00", "+03:00",
                                     "+03:00", "-05:00", "-04:00", "-06:00", "-05:00", "-07:00", "-06:00", "-08:00",
                                     "-07:00", "-09:00", "-08:00", "-10:00", "+09:00", "+09:00", "+08:00", "+08:00",
                                     "+08:00", "+09:30", "+10:00", "+11:00", "+12:00", "+13:00"};
    _Static_assert(sizeof zn == sizeof zo, "zone_offset: one offset per zone");
    size_t n = tok_n(c, i);
    for (size_t k = 0; k < sizeof zn / sizeof zn[0]; k++)
        if (strlen(zn[k]) == n && !memcmp(tok_s(c, i), zn[k], n))
            return zo[k];
    return NULL;
}

static int emit(tctx *c, const tm_out *o)
{
    ng_doc *d = c->d;
    ng_time t;
    memset(&t, 0, sizeof t);
    t.start = d->tokens.v[o->first].start;
    t.end = d->tokens.v[o->last].end;
    t.type = (uint8_t)o->type;
    t.anchored = (uint8_t)(o->anchored != 0);
    t.approx = (uint8_t)(o->approx != 0);
    if (!(t.value = ng__arena_strndup(&d->arena, o->value, strlen(o->value))))
        return NG_ENOMEM;
    if (o->value_end[0] && !(t.value_end = ng__arena_strndup(&d->arena, o->value_end, strlen(o->value_end))))
        return NG_ENOMEM;
    /* a clock time's zone ("9 a.m. EST Tuesday"): kept beside the value,
     * which is the clock time as written, as TimeBank annotates it */
    if (o->type == NG_TIME_TIME && strlen(o->value) >= 3 && o->value[strlen(o->value) - 3] == ':')
        for (size_t k = o->first + 1; k <= o->last && !t.zone; k++)
            if (zone_at(c, k))
                t.zone = zone_offset(c, k);
    return NG_VEC_PUSH(&d->arena, d->times, t);
}

int ng__annot_times(const ng_engine *e, ng_doc *d)
{
    size_t nt = d->tokens.n;
    if (nt == 0)
        return 0;
    tctx c;
    memset(&c, 0, sizeof c);
    c.e = e;
    c.d = d;
    if (ng__figlex_doc(d) != 0 || ng__sent_ends(d) != 0)
        return NG_ENOMEM;
    c.cls = d->figcls;
    c.val = d->figval;
    if (d->pub_year > 0 && d->pub_month >= 1 && d->pub_month <= 12 && d->pub_day >= 1 &&
        d->pub_day <= days_in_month(d->pub_year, d->pub_month)) {
        c.dct = 1;
        c.Y = d->pub_year;
        c.M = d->pub_month;
        c.D = d->pub_day;
        c.days = ng__days_from_civil(c.Y, c.M, c.D);
    }
    c.refq = -1;
    int rc = 0;
    size_t sent_end = 0;
    for (size_t i = 0; i < nt && rc == 0;) {
        /* tokens that cannot start an expression in any sentence are
         * skipped in a tight loop */
        size_t j = next_maybe_starter(&c, i, nt);
        if (j >= nt)
            break;
        /* the sentence around token j, as visiting every token one by one
         * would have found it: a sentence starts at the first token visited
         * at or after the end of the last one (found once per sentence) */
        for (size_t s = i > sent_end ? i : sent_end; s <= j;) {
            c.s0 = s;
            sent_end = ng__sent_end_of(d, s, nt);
            c.lim = sent_end;
            s = sent_end;
        }
        i = j;
        if (!starter(&c, i)) {
            i++;
            continue;
        }
        tm_out o;
        if (match_at(&c, i, &o) && o.value[0]) {
            compared_period(&c, &o);
            rc = emit(&c, &o);
            track_period(&c, &o);
            i = o.last + 1;
        } else
            i++;
    }
    return rc;
}

void ng__json_times(const ng_doc *d, ng_buf *b)
{
    static const char *const types[] = {"DATE", "TIME", "DURATION", "SET"};
    ng__buf_putc(b, '[');
    for (size_t i = 0; i < d->times.n; i++) {
        const ng_time *t = &d->times.v[i];
        bool first = true;
        ng__buf_puts(b, i ? ",{" : "{");
        ng__json_key(b, "text", &first);
        ng__json_span_text(d, b, t->start, t->end);
        ng__json_key(b, "start", &first);
        ng__buf_printf(b, "%u", t->start);
        ng__json_key(b, "end", &first);
        ng__buf_printf(b, "%u", t->end);
        ng__json_key(b, "type", &first);
        ng__json_cstr(b, types[t->type & 3]);
        ng__json_key(b, "value", &first);
        ng__json_cstr(b, t->value);
        if (t->value_end) {
            ng__json_key(b, "value_end", &first);
            ng__json_cstr(b, t->value_end);
        }
        if (t->zone) {
            ng__json_key(b, "zone", &first);
            ng__json_cstr(b, t->zone);
        }
        ng__json_key(b, "anchor", &first);
        if (t->anchored) {
            char a[16];
            snprintf(a, sizeof a, "%04d-%02d-%02d", d->pub_year, d->pub_month, d->pub_day);
            ng__json_cstr(b, a);
        } else
            ng__buf_puts(b, "null");
        ng__json_key(b, "approx", &first);
        ng__buf_puts(b, t->approx ? "true" : "false");
        ng__buf_putc(b, '}');
    }
    ng__buf_putc(b, ']');
}
