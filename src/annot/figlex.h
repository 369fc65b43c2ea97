/*
 * figlex.h -- the word classes shared by the amounts and times annotators
 * (internal; the scanner is figlex.re, the shared number reader figures.c).
 */
#ifndef NG_FIGLEX_H
#define NG_FIGLEX_H

#include "doc.h"

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
#include <emmintrin.h>
#endif

enum {
    FL_NONE,
    FL_MONTH,   /* val 1..12 */
    FL_WDAY,    /* val 1..7, Monday = 1; 9..15 the plurals ("Mondays") */
    FL_NUM,     /* zero..nineteen: val */
    FL_TENS,    /* twenty..ninety: val */
    FL_SCALE,   /* dozen 12, hundred 100, thousand, million, billion; -12: trillion */
    FL_ORD,     /* ordinal word: val, or -1 for "21st"-style digits */
    FL_UNIT,    /* time unit: U_* (| U_PLURAL) */
    FL_POD,     /* part of day: 1 morning, 2 afternoon, 3 evening, 4 night */
    FL_SEASON,  /* 1 spring, 2 summer, 3 fall, 4 winter */
    FL_CUR,     /* currency word: CUR_* */
    FL_PERCENT, /* percent, pct, percentage */
    FL_MULT,    /* fivefold, doubled: val; -2: halved */
    FL_APPROX,  /* AP_*: about, nearly, over, ... */
    FL_TW,      /* a time word: TW_* */
    FL_SETADV   /* annually, daily, ...: U_* */
};

enum {
    TW_NONE, TW_THE, TW_A, TW_THIS, TW_THAT, TW_LAST, TW_NEXT, TW_PAST, TW_PREV, TW_COMING,
    TW_FOLLOWING, TW_RECENT, TW_CURRENT, TW_EARLY, TW_LATE, TW_MID, TW_EARLIER, TW_LATER,
    TW_AGO, TW_TODAY, TW_YESTERDAY, TW_TOMORROW, TW_TONIGHT, TW_NOW, TW_CURRENTLY,
    TW_RECENTLY, TW_FUTURE, TW_PRESENT, TW_EVERY, TW_PER, TW_SEVERAL, TW_FEW, TW_MANY,
    TW_FISCAL, TW_AM, TW_PM, TW_NOON, TW_MIDNIGHT, TW_END, TW_BEGIN, TW_HALF, TW_THAN,
    TW_AT, TW_TO, TW_AND, TW_OF, TW_OCLOCK
};

enum {
    U_YEAR = 1, U_MONTH, U_WEEK, U_DAY, U_HOUR, U_MIN, U_SEC, U_DECADE, U_CENTURY,
    U_QUARTER, U_WEEKEND, U_FORTNIGHT,
    U_PLURAL = 0x100
};

enum {
    CUR_NONE, CUR_USD, CUR_EUR, CUR_GBP, CUR_JPY, CUR_CNY, CUR_RUB, CUR_UAH, CUR_INR,
    CUR_CHF, CUR_TRY, CUR_KRW, CUR_PLN, CUR_ILS, CUR_CAD, CUR_AUD, CUR_SEK, CUR_NOK,
    CUR_BRL, CUR_DEM, CUR_MXN, CUR_DKK, CUR_NLG, CUR_XEU, CUR_XDR, CUR_MYR, CUR_ZAR, CUR_ESP,
    CUR_ATS, CUR_PTE, CUR_GRD, CUR_THB, CUR_IDR, CUR_HUF, CUR_FIM, CUR_IEP, CUR_BRC, CUR_ARA,
    CUR_ECS, CUR_PEI, CUR_VEB, CUR_BDT, CUR_NGN, CUR_HKD, CUR_NZD, CUR_SGD, CUR_TWD, CUR_ITL,
    CUR_FRF, CUR_BEF, CUR_LUF, CUR_MGF, CUR_CZK, CUR_ISK, CUR_CSK, CUR_PHP, CUR_CLP, CUR_COP,
    CUR_ARS, CUR_UYU, CUR_CUP, CUR_DOP, CUR_PKR, CUR_LKR, CUR_NPR, CUR_MUR, CUR_SAR, CUR_QAR,
    CUR_OMR, CUR_YER, CUR_IRR, CUR_KWD, CUR_IQD, CUR_JOD, CUR_BHD, CUR_LYD, CUR_DZD, CUR_TND,
    CUR_YUD, CUR_KES, CUR_UGX, CUR_TZS, CUR_SOS, CUR_ZMK, CUR_MWK, CUR_AED, CUR_MAD, CUR_EGP,
    CUR_SYP, CUR_LBP, CUR_SDP, CUR_CYP, CUR_ZWD, CUR_BND, CUR_JMD, CUR_FJD, CUR_KPW, CUR_DDM,
    /* a word several currencies share ("francs", "crowns", "pesos"): the
     * document or the word before names the currency (amounts.c); no code */
    CUR_FAMILY, CUR_FRANC, CUR_CROWN, CUR_PESO, CUR_RUPEE, CUR_RIYAL, CUR_DINAR, CUR_SHILLING, CUR_KWACHA, CUR_DIRHAM,
    CUR_POUND, /* wire copy's "pounds" (amounts.c: wire_doc) */
    CUR_COUNT
};

/* Keywords: words of class FL_NONE that the annotators test often carry
 * flags in their value, so a test is a bit test instead of string
 * comparisons.  ng__figlex_doc also sets KW_HYPHEN on FL_NONE words with a
 * hyphen.  A flag says the word is in the named list; words of the list
 * that have a class of their own ("the", "over") are not flagged, so a
 * caller tests those by class or by text. */
enum {
    KW_SET = 1,           /* "set" (low byte: a few words tested one by one) */
    KW_WAS = 2,           /* "was", "were" */
    KW_HYPHEN = 1 << 8,   /* contains '-' */
    KW_FUNC = 1 << 9,     /* function word: in, for, by, since, when ... (times) */
    KW_FUT = 1 << 10,     /* future cue: will, plans, expected; present tense of
                           * scheduled events: meets, begins, arrives ... (times) */
    KW_PAST = 1 << 11,    /* past cue: said, was, told ... (times) */
    KW_TSTART = 1 << 12,  /* can start a time: for, in, soon, once, holiday names */
    KW_THEMOD = 1 << 13,  /* after "the": near, distant, latest, couple, full */
    KW_ASTART = 1 << 14,  /* can start an amount: between, just, well, slightly, as */
    KW_STOP = 1 << 15,    /* ends an amount's object: is, was, for, he, which ... */
    KW_HOLIDAY = 1 << 16, /* first word of a holiday: christmas, thanksgiving, new ... */
    KW_COUNTN = 1 << 17,  /* a counted noun without a plural -s: people, staff, aircraft ... (amounts) */
    KW_FUTPREP = 1 << 18, /* right before a date, the future: by, effective, payable, record */
    KW_MOVED = 1 << 19,   /* a date moved: postponed, delayed, adjourned ("... until Tuesday") */
    KW_LABEL = 1 << 20,   /* names the number after it: no., number, article, page ... (amounts) */
    KW_USA = 1 << 21,     /* us, u.s., american: before "dollars", US dollars (amounts) */
    KW_SUBORD = 1 << 22,  /* opens a clause of its own: after, before, because, if, when ... (times) */
    KW_REPPART = 1 << 23, /* a report's participle: speaking, talking, writing, addressing (times) */
    KW_MODAL = 1 << 24    /* a modal or do before a bare verb: will, would, could, can, must, did ... (times) */
};

enum { AP_NONE, AP_ABOUT, AP_NEARLY, AP_OVER, AP_UNDER, AP_ATLEAST, AP_ATMOST, AP_UPTO, AP_MORE, AP_LESS };

/* Classifies the word s[0..n) (case-insensitive); returns FL_* and sets
 * *val.  Words of more than 13 bytes (longer than any entry) are FL_NONE. */
int ng__figlex(const char *s, size_t n, int *val);

/* Calls fn once for every word of the lexicon that does not start with a
 * digit (the digit ordinals "21st" are a pattern, not a list), in lower
 * case, with its class and value (ng__figlex() of it): every word w for
 * which ng__figlex(w) is not FL_NONE with value 0.  Found by walking the
 * scanner itself (a few milliseconds). */
void ng__figlex_words(void (*fn)(void *ctx, const char *w, size_t n, int cls, int val), void *ctx);

/* cls[i], val[i] = ng__figlex() of every word and abbreviation token of
 * tk[0..nt) (FL_NONE and 0 for other tokens), with KW_HYPHEN added to the
 * value of an FL_NONE word with a '-'.  text is a document's text (its
 * NG_TEXT_PAD bytes after the end are read). */
void ng__figlex_tokens(const char *text, const ng_token *tk, size_t nt, uint8_t *cls, int32_t *val);

/* Fills d->figcls / d->figval (in the document's arena) with the class and
 * value of every word token, and d->figgate (below), unless already done.
 * Returns 0 or NG_ENOMEM. */
int ng__figlex_doc(ng_doc *d);

/* Gates: per token, whether it may start an amount (NG_FG_AMOUNT) or a
 * time (NG_FG_TIME) whatever comes after it -- the first filters of
 * ng__annot_amounts and ng__annot_times, by the token alone.  d->figgate
 * holds them for every token, written with d->figcls in the same pass over
 * the tokens (ng__q_fold_tokens, ng__figlex_doc): amounts and times then
 * skip the other tokens (most) by reading a byte each, not the token, its
 * class and its value, and touch the tokens' lines only at candidates.  A
 * gate may be set for more tokens than pass its filter (the annotator tests
 * every candidate in full), never for fewer. */
#define NG_FG_AMOUNT 1u
#define NG_FG_TIME 2u
/* d->figgate has this many zero bytes after the last token's (for 16-byte loads) */
#define NG_FG_PAD 16u

/* The gates of a token of this kind, flags (NG_TF_*), figures class and
 * value.  Amounts: a number or a currency; a word of the classes of number
 * words, currencies, multipliers and approximators, "a" ("a million"), or
 * of no class with a hyphen or an amount flag (KW_ASTART).  Times: a
 * number; a word of no class with a digit or a time flag; any other class
 * but a scale, currency, percent or multiplier word and the time words
 * "to", "and", "of", "o'clock" (what maybe_starter() in times.c turns away
 * by the token alone). */
unsigned ng__fig_gate(unsigned kind, unsigned flags, unsigned cls, int32_t val);

/* The first token from j on (before nt) with a gate of bit, nt if none.
 * gate has NG_FG_PAD readable bytes after gate[nt - 1]. */
static inline size_t ng__fig_next(const uint8_t *gate, size_t j, size_t nt, unsigned bit)
{
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
    const __m128i b = _mm_set1_epi8((char)bit);
    for (; j < nt; j += 16) {
        __m128i x = _mm_and_si128(_mm_loadu_si128((const __m128i *)(const void *)(gate + j)), b);
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_setzero_si128())) ^ 0xFFFFu;
        if (m) {
            j += (size_t)__builtin_ctz(m);
            return j < nt ? j : nt;
        }
    }
    return nt;
#else
    while (j < nt && !(gate[j] & bit))
        j++;
    return j;
#endif
}

/* ISO 4217 code of a CUR_* value ("USD"), or NULL for CUR_NONE. */
const char *ng__cur_code(int cur);

/* Reads a number at token i of d: digits with separators ("1,000", "3.5"),
 * number words ("twenty-two", "twenty two", "a hundred"), with a following
 * scale word applied when scale is nonzero ("3.5 billion", "100 bn").
 * Returns the number of tokens used (0: no number) and sets *v.  Looks at
 * no more than 6 tokens, and never beyond token lim (exclusive). */
size_t ng__read_number(const ng_doc *d, size_t i, size_t lim, int scale, double *v);

/* Parses the digits of a number token ("1,000", "3.5"; not ranges) into *v;
 * returns 0, or -1 when the token is not a plain number. */
int ng__parse_digits(const char *s, size_t n, double *v);

#endif
