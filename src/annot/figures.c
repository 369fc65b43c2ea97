/*
 * figures.c -- number reading shared by the amounts and times annotators:
 * digits with separators, number words ("twenty-two", "three hundred"),
 * scale words ("3.5 billion", "100 bn"), and currency codes.
 *
 * Everything here looks at a bounded window of tokens and bytes, so callers
 * stay linear in the document length.
 */
#include "annot/figlex.h"

#include <math.h>
#include <string.h>

const char *ng__cur_code(int cur)
{
    static const char *const codes[] = {
        NULL, "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "INR", "CHF", "TRY",
        "KRW", "PLN", "ILS", "CAD", "AUD", "SEK", "NOK", "BRL", "DEM", "MXN",
        "DKK", "NLG", "XEU", "XDR", "MYR", "ZAR", "ESP", "ATS", "PTE", "GRD", "THB", "IDR", "HUF",
        "FIM", "IEP", "BRC", "ARA", "ECS", "PEI", "VEB", "BDT", "NGN", "HKD", "NZD", "SGD", "TWD",
        "ITL", "FRF", "BEF", "LUF", "MGF", "CZK", "ISK", "CSK", "PHP", "CLP", "COP", "ARS", "UYU",
        "CUP", "DOP", "PKR", "LKR", "NPR", "MUR", "SAR", "QAR", "OMR", "YER", "IRR", "KWD", "IQD",
        "JOD", "BHD", "LYD", "DZD", "TND", "YUD", "KES", "UGX", "TZS", "SOS", "ZMK", "MWK", "AED",
        "MAD", "EGP", "SYP", "LBP", "SDP", "CYP", "ZWD", "BND", "JMD", "FJD", "KPW", "DDM",
    };
    _Static_assert(sizeof codes / sizeof codes[0] == CUR_FAMILY, "figures: a code for every CUR_ below CUR_FAMILY");
    return cur > 0 && cur < CUR_FAMILY ? codes[cur] : NULL;
}

#define AG_NEVER {0, INT32_MIN}
#define AG_ALWAYS {-1, 0}
/* The amounts' gate: a token passes when its value has a bit of m or equals
 * eq (rows 0-15: the words by class; 16-31: the other kinds). */
struct amount_gate {
    int32_t m, eq;
};
static const struct amount_gate amount_gate[32] = {
    [FL_NONE] = {KW_HYPHEN | KW_ASTART, INT32_MIN}, /* a hyphen, between, just, well, slightly */
    [FL_MONTH] = AG_NEVER, [FL_WDAY] = AG_NEVER, [FL_NUM] = AG_ALWAYS, [FL_TENS] = AG_ALWAYS,
    [FL_SCALE] = AG_NEVER, [FL_ORD] = AG_NEVER, [FL_UNIT] = AG_NEVER, [FL_POD] = AG_NEVER,
    [FL_SEASON] = AG_NEVER, [FL_CUR] = AG_ALWAYS, [FL_PERCENT] = AG_NEVER, [FL_MULT] = AG_ALWAYS,
    [FL_APPROX] = AG_ALWAYS, [FL_TW] = {0, TW_A} /* "a million" */, [FL_SETADV] = AG_NEVER,
    [16 + NG_TOK_WORD] = AG_NEVER, [16 + NG_TOK_NUMBER] = AG_ALWAYS, [16 + NG_TOK_ABBREV] = AG_NEVER,
    [16 + NG_TOK_PUNCT] = AG_NEVER, [16 + NG_TOK_QUOTE] = AG_NEVER, [16 + NG_TOK_CURRENCY] = AG_ALWAYS,
    [16 + NG_TOK_SYMBOL] = AG_NEVER, [16 + NG_TOK_URL] = AG_NEVER, [16 + NG_TOK_EMAIL] = AG_NEVER,
    [16 + NG_TOK_HANDLE] = AG_NEVER, [16 + NG_TOK_POSSESSIVE] = AG_NEVER, [16 + NG_TOK_OTHER] = AG_NEVER,
    [28] = AG_NEVER, [29] = AG_NEVER, [30] = AG_NEVER, [31] = AG_NEVER,
};
_Static_assert(FL_SETADV == 15 && NG_TOK_OTHER == 11, "figures: amount_gate lists every class and kind");

unsigned ng__fig_gate(unsigned kind, unsigned flags, unsigned cls, int32_t val)
{
    const struct amount_gate *g = &amount_gate[kind == NG_TOK_WORD ? cls & 15u : 16u + (kind & 15u)];
    unsigned am = ((val & g->m) | (int32_t)(val == g->eq)) != 0;
    unsigned tm;
    if (kind == NG_TOK_NUMBER)
        tm = 1;
    else if (cls == FL_NONE)
        tm = kind == NG_TOK_WORD && ((flags & NG_TF_DIGIT) || (val & (KW_TSTART | KW_HYPHEN | KW_HOLIDAY)));
    else
        tm = !(cls == FL_SCALE || cls == FL_CUR || cls == FL_PERCENT || cls == FL_MULT ||
               (cls == FL_TW && (val == TW_TO || val == TW_AND || val == TW_OF || val == TW_OCLOCK)));
    return am * NG_FG_AMOUNT | tm * NG_FG_TIME;
}

int ng__figlex_doc(ng_doc *d)
{
    size_t nt = d->tokens.n;
    if ((d->figcls && d->figgate) || nt == 0)
        return 0;
    if (!d->figcls) {
        uint8_t *cls = ng__arena_alloc(&d->arena, nt);
        int32_t *val = ng__arena_alloc(&d->arena, nt * sizeof *val);
        if (!cls || !val)
            return NG_ENOMEM;
        ng__figlex_tokens(d->text, d->tokens.v, nt, cls, val);
        d->figcls = cls;
        d->figval = val;
    }
    /* (classes set without the gates: by a caller of its own) */
    uint8_t *gate = ng__arena_alloc(&d->arena, nt + NG_FG_PAD);
    if (!gate)
        return NG_ENOMEM;
    for (size_t i = 0; i < nt; i++)
        gate[i] = (uint8_t)ng__fig_gate(d->tokens.v[i].kind, d->tokens.v[i].flags, d->figcls[i], d->figval[i]);
    memset(gate + nt, 0, NG_FG_PAD);
    d->figgate = gate;
    return 0;
}

int ng__parse_digits(const char *s, size_t n, double *v)
{
    /* at most 24 bytes: longer digit strings are not amounts we can use
     * (and refusing them keeps pathological inputs cheap) */
    if (n == 0 || n > 24 || s[0] < '0' || s[0] > '9')
        return -1;
    /* the digits as one integer and the count of digits after the point:
     * one division by an exact power of ten rounds correctly ("0.6" is 0.6,
     * not 6 * 0.1 = 0.6000000000000001) */
    double x = 0;
    int seen_dot = 0, nfrac = 0;
    size_t group = 0; /* digits since the last comma */
    int had_comma = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            x = x * 10 + (c - '0');
            nfrac += seen_dot;
            group++;
        } else if (c == ',' && !seen_dot) {
            if (had_comma && group != 3)
                return -1;
            if (!had_comma && group > 3)
                return -1;
            had_comma = 1;
            group = 0;
        } else if (c == '.' && !seen_dot) {
            if (had_comma && group != 3)
                return -1;
            seen_dot = 1;
            had_comma = 0;
            group = 0;
        } else
            return -1;
    }
    if (had_comma && group != 3)
        return -1;
    static const double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
                                 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23};
    *v = x / p10[nfrac]; /* (n <= 24: at most 23 digits after the point) */
    return 0;
}

/* Value of a hyphenated number word, "twenty-two" 22, -1 if not.  The tens
 * word has 5-7 letters ("forty" ... "seventy"), the unit 3-5 ("one" ...
 * "seven"), so other hyphenated words are not scanned. */
static double tens_unit(const char *s, size_t n, int *cls)
{
    const char *h = memchr(s, '-', n);
    size_t k = h ? (size_t)(h - s) : 0;
    if (h && k >= 5 && k <= 7 && n - k - 1 >= 3 && n - k - 1 <= 5) {
        int v1, v2;
        if (ng__figlex(s, k, &v1) == FL_TENS && ng__figlex(h + 1, n - k - 1, &v2) == FL_NUM && v2 > 0 &&
            v2 < 10) {
            *cls = FL_NUM;
            return v1 + v2;
        }
    }
    return -1;
}

/* Value of a number word: "five" 5, "twenty" 20, "twenty-two" 22; -1 if not. */
static double word_value(const char *s, size_t n, int *cls)
{
    int val;
    int c = ng__figlex(s, n, &val);
    *cls = c;
    if (c == FL_NUM || c == FL_TENS)
        return val;
    return tens_unit(s, n, cls);
}

/* Class of token j: from the document's table when it has one (word,
 * abbreviation and number tokens are classified there), else lexed. */
static int lex_tok(const ng_doc *d, size_t j, int *val)
{
    const ng_token *u = &d->tokens.v[j];
    if (d->figcls && (u->kind == NG_TOK_WORD || u->kind == NG_TOK_ABBREV || u->kind == NG_TOK_NUMBER)) {
        *val = d->figval[j];
        return d->figcls[j];
    }
    return ng__figlex(d->text + u->start, u->end - u->start, val);
}

/* word_value() of token j, through the document's table when it has one. */
static double word_value_tok(const ng_doc *d, size_t j, int *cls)
{
    const ng_token *u = &d->tokens.v[j];
    if (d->figcls && u->kind == NG_TOK_WORD) {
        int c = d->figcls[j], val = d->figval[j];
        *cls = c;
        if (c == FL_NUM || c == FL_TENS)
            return val;
        /* only unclassified words with a hyphen can be "twenty-two" (the
         * table's class is the scanner's: ng__figlex would say FL_NONE) */
        if (c != FL_NONE || !(val & KW_HYPHEN))
            return -1;
        return tens_unit(d->text + u->start, u->end - u->start, cls);
    }
    return word_value(d->text + u->start, u->end - u->start, cls);
}

size_t ng__read_number(const ng_doc *d, size_t i, size_t lim, int scale, double *v)
{
    if (i >= lim || i >= d->tokens.n)
        return 0;
    if (lim > d->tokens.n)
        lim = d->tokens.n;
    if (lim > i + 6)
        lim = i + 6;
    const ng_token *t = &d->tokens.v[i];
    const char *s = d->text + t->start;
    size_t n = t->end - t->start;
    size_t j = i;
    double total = 0, cur = 0;
    int any = 0;

    if (t->kind == NG_TOK_NUMBER) {
        if (ng__parse_digits(s, n, &cur) != 0)
            return 0;
        any = 1;
        j = i + 1;
    } else if (t->kind == NG_TOK_WORD) {
        /* a / an before a scale word: "a million", "a hundred" */
        if (scale && (n == 1 && (s[0] == 'a' || s[0] == 'A')) && i + 1 < lim) {
            int val;
            if (lex_tok(d, i + 1, &val) == FL_SCALE && val != 12) {
                cur = 1;
                any = 1;
                j = i + 1;
            }
        }
        /* number words: "twenty two", "three hundred fifty" */
        int last = FL_NONE;
        while (!any || j < lim) {
            if (j >= lim)
                break;
            const ng_token *u = &d->tokens.v[j];
            if (u->kind != NG_TOK_WORD)
                break;
            int cls;
            double w = word_value_tok(d, j, &cls);
            if (w < 0)
                break;
            if (cls == FL_NUM && last == FL_NUM)
                break; /* "one two" is not a number */
            if (cls == FL_TENS && (last == FL_NUM || last == FL_TENS))
                break;
            if (last == FL_TENS && cls == FL_NUM && w >= 10)
                break;
            cur += w;
            any = 1;
            last = cls;
            j++;
        }
        if (!any)
            return 0;
    } else
        return 0;

    /* scale words: "3.5 billion", "three hundred thousand", "100 bn" */
    while (j < lim) {
        const ng_token *u = &d->tokens.v[j];
        if (u->kind != NG_TOK_WORD && u->kind != NG_TOK_NUMBER)
            break;
        int val, cls = lex_tok(d, j, &val);
        if (cls == FL_SCALE && scale) {
            size_t ulen = u->end - u->start;
            /* one-letter abbreviations need to follow the number directly:
             * "5m", "5 m" is probably metres; "k" likewise */
            if (ulen <= 2 && (u->flags & NG_TF_SPACE) && val != 1000000000 && val != -12 &&
                !(ulen == 2 && !memcmp(d->text + u->start, "mn", 2))) /* (wire copy's "6.9 mn dlrs") */
                break;
            if (ulen == 1 && (d->text[u->start] == 'b' || d->text[u->start] == 'B') && (u->flags & NG_TF_SPACE))
                break;
            double m = val == -12 ? 1e12 : (double)val;
            if (m == 100 || m == 12) {
                cur = (cur == 0 ? 1 : cur) * m;
            } else {
                total += (cur == 0 ? 1 : cur) * m;
                cur = 0;
            }
            j++;
            /* "three hundred fifty thousand": more words may follow */
            if (j < lim && m >= 1000) {
                int c2, v2;
                c2 = lex_tok(d, j, &v2);
                if (c2 != FL_NUM && c2 != FL_TENS)
                    break;
                if (t->kind == NG_TOK_NUMBER)
                    break; /* "5 million two ..." is two things */
                double w2;
                int cls2;
                w2 = word_value_tok(d, j, &cls2);
                if (w2 < 0)
                    break;
                cur = w2;
                j++;
            }
            continue;
        }
        if (t->kind == NG_TOK_WORD && (cls == FL_NUM || cls == FL_TENS) && cur >= 100) {
            /* "three hundred fifty" */
            int cls2;
            double w2 = word_value_tok(d, j, &cls2);
            if (w2 < 0)
                break;
            cur += w2;
            j++;
            continue;
        }
        break;
    }
    *v = total + cur;
    if (!isfinite(*v))
        return 0;
    return j - i;
}
