/*
 * amounts.c -- money, percentages, multipliers and counts.
 *
 * Fills doc->amounts.  Token patterns tried at each token, each looking at a
 * bounded window, so the pass is linear in the document length:
 *   money       [approx] (symbol | code) NUMBER [scale]     "over €35 billion"
 *               [approx] NUMBER [scale] (currency word | code) "100 million euros"
 *   percent     [approx] NUMBER (% | percent | per cent | pct | percentage points)
 *   multiplier  fivefold, doubled, tripled, "three times more"
 *   count       [approx] NUMBER [modifiers] NOUN              "12 Patriot systems"
 * NUMBER is digits ("1,000", "3.5"), words ("twenty-two"), a range ("3-5",
 * "between 2 and 3", "2 to 3") and takes a scale word ("billion", "bn",
 * "m"); the value has the scale applied (3.5e10), value_hi holds a range's
 * upper end.  Years, dates, times of day, ordinals and numbers inside
 * hyphenated words ("45-year-old") are not amounts, nor are capitalised
 * number words inside a name ("the Six Nations") or counts of one.  Cents
 * and pence are hundredths of their currency.  The object is the noun
 * phrase after "of", "in", "for" or "on" ("$100 billion in military aid";
 * for a count only "of"), after the head noun of "a fivefold increase in
 * air defenses", or the noun a figure modifies ("a $4bn deal", "a 10% rise
 * in net income").  doc/FORMAT.md has the full rules.
 */
#include "../engine.h"
#include "annot/figlex.h"
#include "annot/quotes.h"
#include "annot/tokeq.h"
#include "text/sentrun.h"

#include <math.h>
#include <stdio.h>
#include <strings.h>

typedef struct actx {
    ng_doc *d;
    uint8_t *cls; /* FL_* of each token, computed once */
    int32_t *val;
    size_t lim; /* end of the sentence (token index, exclusive) */
    size_t s0;  /* its first token */
    uint8_t famcur[CUR_COUNT - CUR_FAMILY]; /* doc_currency() of each family: 0 not yet, 0xFF none */
    uint8_t wire;                           /* wire_doc(): 0 not yet, 1 yes, 2 no */
} actx;

static const char *ts(const actx *c, size_t i) { return c->d->text + c->d->tokens.v[i].start; }
static size_t tn(const actx *c, size_t i) { return c->d->tokens.v[i].end - c->d->tokens.v[i].start; }
static int tk(const actx *c, size_t i) { return i < c->lim ? c->d->tokens.v[i].kind : -1; }
static unsigned tf(const actx *c, size_t i) { return c->d->tokens.v[i].flags; }

/* Is token i one of the n lower-case words of list?  The first letter,
 * compared once, turns away almost every word of the list. */
static int in_words(const actx *c, size_t i, const char *const *list, size_t n)
{
    char a0 = ts(c, i)[0];
    if (a0 >= 'A' && a0 <= 'Z')
        a0 = (char)(a0 + 32);
    else if (a0 < 'a' || a0 > 'z')
        return 0; /* every list's words open with a letter: not a figure or a mark */
    for (size_t k = 0; k < n; k++)
        if (list[k][0] == a0 && ng__tok_eq_lower(c->d, i, list[k]))
            return 1;
    return 0;
}

/* The positions of byte b among the n <= 16 bytes at s as a bit mask (bit
 * q: s[q] == b): a number token is searched for a slash, a colon or a dash
 * in one compare where a loop read it byte by byte (the text is padded:
 * NG_TEXT_PAD bytes readable after its end). */
static unsigned byte_mask(const char *s, size_t n, char b)
{
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(b)));
#else
    unsigned m = 0;
    for (size_t q = 0; q < n; q++)
        m |= (unsigned)(s[q] == b) << q;
#endif
    return m & ((1u << n) - 1u);
}

/* Is token i the string literal w (tokeq.h)? */
#define iswl(c, i, w) NG_TOK_IS((c)->d, (i), (c)->lim, w)

/* Is token i one of the words of the row list l (`static const char
 * l[][8]` or `[][16]`: tokeq.h)? */
#define in_rows(c, i, l) ng__tok_in(ts(c, i), tn(c, i), NG_TOK_LIST(l))

/* Is token i longer than min bytes and ending in x ("ed", "ing", "ly")? */
static inline int ends_in(const actx *c, size_t i, size_t min, const char *x)
{
    size_t m = tn(c, i), k = strlen(x);
    return m > min && !memcmp(ts(c, i) + m - k, x, k);
}

/* Is token i a word of more than four bytes in -ed or -ing? */
static inline int participle(const actx *c, size_t i) { return ends_in(c, i, 4, "ed") || ends_in(c, i, 4, "ing"); }

/* Common verbs of the present (and modals): after a plural noun they end
 * its phrase ("44% of searchers use"); no noun a figure modifies. */
static const char *const plain_verbs[] = {
    "have", "say", "use", "own", "want", "think", "believe", "expect", "need", "prefer", "buy",
    "pay", "get", "agree", "feel", "see", "come", "live", "do", "would", "could", "can",
    "will", "may", "might", "should", "must", "make", "go", "spend", "like", "meant",
};

static int lex(const actx *c, size_t i, int *v)
{
    if (i >= c->lim) {
        *v = 0;
        return FL_NONE;
    }
    *v = c->val[i];
    return c->cls[i];
}

/* Currency of a symbol token; CUR_NONE if not one. */
static int cur_symbol(const actx *c, size_t i)
{
    if (tk(c, i) != NG_TOK_CURRENCY)
        return CUR_NONE;
    const char *s = ts(c, i);
    size_t n = tn(c, i);
    if (n == 1 && s[0] == '$')
        /* "NT$": the "NT" glued before is Taiwan's */
        return i > c->s0 && !(tf(c, i) & NG_TF_SPACE) && iswl(c, i - 1, "nt") && (tf(c, i - 1) & NG_TF_ALLCAP)
                   ? CUR_TWD
                   : CUR_USD;
    if (n == 3 && !memcmp(s, "US$", 3))
        return CUR_USD;
    if (n == 2 && !memcmp(s, "A$", 2))
        return CUR_AUD;
    if (n == 2 && !memcmp(s, "C$", 2))
        return CUR_CAD;
    if (n == 2 && !memcmp(s, "R$", 2))
        return CUR_BRL;
    if (!memcmp(s, "\xE2\x82\xAC", n < 3 ? n : 3) && n == 3)
        return CUR_EUR;
    if (n == 2 && !memcmp(s, "\xC2\xA3", 2))
        return CUR_GBP;
    if (n == 2 && !memcmp(s, "\xC2\xA5", 2))
        return CUR_JPY;
    if (n == 3 && !memcmp(s, "\xE2\x82\xB9", 3))
        return CUR_INR;
    if (n == 3 && !memcmp(s, "\xE2\x82\xBD", 3))
        return CUR_RUB;
    if (n == 3 && !memcmp(s, "\xE2\x82\xB4", 3))
        return CUR_UAH;
    if (n == 3 && !memcmp(s, "\xE2\x82\xA9", 3))
        return CUR_KRW;
    if (n == 3 && !memcmp(s, "\xE2\x82\xBA", 3))
        return CUR_TRY;
    if (n == 3 && !memcmp(s, "HK$", 3))
        return CUR_HKD;
    if (n == 3 && !memcmp(s, "NZ$", 3))
        return CUR_NZD;
    if (n == 2 && !memcmp(s, "S$", 2))
        return CUR_SGD;
    return CUR_USD;
}

/* A country's adjective or name (one or two words) before a currency word
 * that several countries name ("Taiwan dlrs", "French francs", "Danish
 * crowns"): the word's own value (CUR_USD for "dlrs", a CUR_FAMILY value
 * for "francs") and the currency the pair names.  The rows of a family are
 * also what a document says of it (doc_currency below), with the capitals
 * and cities after the adjectives; grouped by family. */
static const struct named_cur {
    const char *w1, *w2;
    uint8_t of, cur;
} named[] = {
    {"australian", NULL, CUR_USD, CUR_AUD}, {"australia", NULL, CUR_USD, CUR_AUD},
    {"aus", NULL, CUR_USD, CUR_AUD}, {"canadian", NULL, CUR_USD, CUR_CAD},
    {"canada", NULL, CUR_USD, CUR_CAD}, {"new", "zealand", CUR_USD, CUR_NZD},
    {"hong", "kong", CUR_USD, CUR_HKD}, {"singapore", NULL, CUR_USD, CUR_SGD},
    {"n.z.", NULL, CUR_USD, CUR_NZD}, {"h.k.", NULL, CUR_USD, CUR_HKD}, /* wire copy's "N.Z. Dlrs" */
    {"singaporean", NULL, CUR_USD, CUR_SGD}, {"taiwan", NULL, CUR_USD, CUR_TWD},
    {"taiwanese", NULL, CUR_USD, CUR_TWD}, {"malaysian", NULL, CUR_USD, CUR_MYR},
    {"zimbabwe", NULL, CUR_USD, CUR_ZWD}, {"zimbabwean", NULL, CUR_USD, CUR_ZWD},
    {"brunei", NULL, CUR_USD, CUR_BND}, {"jamaican", NULL, CUR_USD, CUR_JMD},
    {"fiji", NULL, CUR_USD, CUR_FJD}, {"fijian", NULL, CUR_USD, CUR_FJD},
    {"egyptian", NULL, CUR_GBP, CUR_EGP}, {"syrian", NULL, CUR_GBP, CUR_SYP},
    {"lebanese", NULL, CUR_GBP, CUR_LBP}, {"sudanese", NULL, CUR_GBP, CUR_SDP},
    {"irish", NULL, CUR_GBP, CUR_IEP}, {"cyprus", NULL, CUR_GBP, CUR_CYP},
    {"cypriot", NULL, CUR_GBP, CUR_CYP}, {"british", NULL, CUR_GBP, CUR_GBP},
    {"japanese", NULL, CUR_JPY, CUR_JPY}, {"chinese", NULL, CUR_CNY, CUR_CNY},
    {"russian", NULL, CUR_RUB, CUR_RUB}, {"turkish", NULL, CUR_TRY, CUR_TRY},
    {"italian", NULL, CUR_TRY, CUR_ITL}, {"italian", NULL, CUR_ITL, CUR_ITL},
    {"turkish", NULL, CUR_ITL, CUR_TRY}, {"korean", NULL, CUR_KRW, CUR_KRW},
    {"south", "korean", CUR_KRW, CUR_KRW}, {"north", "korean", CUR_KRW, CUR_KPW},
    {"polish", NULL, CUR_PLN, CUR_PLN}, {"israeli", NULL, CUR_ILS, CUR_ILS},
    {"swedish", NULL, CUR_SEK, CUR_SEK}, {"icelandic", NULL, CUR_SEK, CUR_ISK},
    {"brazilian", NULL, CUR_BRL, CUR_BRL}, {"german", NULL, CUR_DEM, CUR_DEM},
    {"west", "german", CUR_DEM, CUR_DEM}, {"east", "german", CUR_DEM, CUR_DDM},
    {"finnish", NULL, CUR_DEM, CUR_FIM}, {"dutch", NULL, CUR_NLG, CUR_NLG},
    {"south", "african", CUR_ZAR, CUR_ZAR}, {"spanish", NULL, CUR_ESP, CUR_ESP},
    {"austrian", NULL, CUR_ATS, CUR_ATS}, {"portuguese", NULL, CUR_PTE, CUR_PTE},
    {"greek", NULL, CUR_GRD, CUR_GRD}, {"hungarian", NULL, CUR_HUF, CUR_HUF},
    {"swiss", NULL, CUR_FRANC, CUR_CHF}, {"french", NULL, CUR_FRANC, CUR_FRF},
    {"belgian", NULL, CUR_FRANC, CUR_BEF}, {"luxembourg", NULL, CUR_FRANC, CUR_LUF},
    {"malagasy", NULL, CUR_FRANC, CUR_MGF}, {"switzerland", NULL, CUR_FRANC, CUR_CHF},
    {"france", NULL, CUR_FRANC, CUR_FRF}, {"belgium", NULL, CUR_FRANC, CUR_BEF},
    {"zurich", NULL, CUR_FRANC, CUR_CHF}, {"geneva", NULL, CUR_FRANC, CUR_CHF},
    {"basle", NULL, CUR_FRANC, CUR_CHF}, {"berne", NULL, CUR_FRANC, CUR_CHF},
    {"paris", NULL, CUR_FRANC, CUR_FRF}, {"brussels", NULL, CUR_FRANC, CUR_BEF},
    {"belgo", NULL, CUR_FRANC, CUR_BEF}, {"francaise", NULL, CUR_FRANC, CUR_FRF},
    {"francais", NULL, CUR_FRANC, CUR_FRF}, {"lyonnais", NULL, CUR_FRANC, CUR_FRF},
    {"lyon", NULL, CUR_FRANC, CUR_FRF}, {"marseille", NULL, CUR_FRANC, CUR_FRF},
    {"bordeaux", NULL, CUR_FRANC, CUR_FRF}, {"toulouse", NULL, CUR_FRANC, CUR_FRF},
    {"strasbourg", NULL, CUR_FRANC, CUR_FRF}, {"dunkirk", NULL, CUR_FRANC, CUR_FRF},
    {"antwerp", NULL, CUR_FRANC, CUR_BEF},
    {"swedish", NULL, CUR_CROWN, CUR_SEK}, {"danish", NULL, CUR_CROWN, CUR_DKK},
    {"norwegian", NULL, CUR_CROWN, CUR_NOK}, {"czech", NULL, CUR_CROWN, CUR_CZK},
    {"czechoslovak", NULL, CUR_CROWN, CUR_CSK}, {"icelandic", NULL, CUR_CROWN, CUR_ISK},
    {"sweden", NULL, CUR_CROWN, CUR_SEK}, {"denmark", NULL, CUR_CROWN, CUR_DKK},
    {"norway", NULL, CUR_CROWN, CUR_NOK}, {"czechoslovakia", NULL, CUR_CROWN, CUR_CSK},
    {"iceland", NULL, CUR_CROWN, CUR_ISK}, {"stockholm", NULL, CUR_CROWN, CUR_SEK},
    {"copenhagen", NULL, CUR_CROWN, CUR_DKK}, {"oslo", NULL, CUR_CROWN, CUR_NOK},
    {"mexican", NULL, CUR_PESO, CUR_MXN}, {"philippine", NULL, CUR_PESO, CUR_PHP},
    {"chilean", NULL, CUR_PESO, CUR_CLP}, {"colombian", NULL, CUR_PESO, CUR_COP},
    {"argentine", NULL, CUR_PESO, CUR_ARS}, {"uruguayan", NULL, CUR_PESO, CUR_UYU},
    {"cuban", NULL, CUR_PESO, CUR_CUP}, {"dominican", NULL, CUR_PESO, CUR_DOP},
    {"mexico", NULL, CUR_PESO, CUR_MXN}, {"philippines", NULL, CUR_PESO, CUR_PHP},
    {"manila", NULL, CUR_PESO, CUR_PHP}, {"chile", NULL, CUR_PESO, CUR_CLP},
    {"colombia", NULL, CUR_PESO, CUR_COP}, {"argentina", NULL, CUR_PESO, CUR_ARS},
    {"uruguay", NULL, CUR_PESO, CUR_UYU}, {"cuba", NULL, CUR_PESO, CUR_CUP},
    {"indian", NULL, CUR_RUPEE, CUR_INR}, {"pakistani", NULL, CUR_RUPEE, CUR_PKR},
    {"sri", "lankan", CUR_RUPEE, CUR_LKR}, {"nepalese", NULL, CUR_RUPEE, CUR_NPR},
    {"mauritian", NULL, CUR_RUPEE, CUR_MUR}, {"india", NULL, CUR_RUPEE, CUR_INR},
    {"pakistan", NULL, CUR_RUPEE, CUR_PKR}, {"sri", "lanka", CUR_RUPEE, CUR_LKR},
    {"nepal", NULL, CUR_RUPEE, CUR_NPR}, {"mauritius", NULL, CUR_RUPEE, CUR_MUR},
    {"saudi", NULL, CUR_RIYAL, CUR_SAR}, {"qatari", NULL, CUR_RIYAL, CUR_QAR},
    {"omani", NULL, CUR_RIYAL, CUR_OMR}, {"yemeni", NULL, CUR_RIYAL, CUR_YER},
    {"iranian", NULL, CUR_RIYAL, CUR_IRR}, {"riyadh", NULL, CUR_RIYAL, CUR_SAR},
    {"qatar", NULL, CUR_RIYAL, CUR_QAR}, {"oman", NULL, CUR_RIYAL, CUR_OMR},
    {"yemen", NULL, CUR_RIYAL, CUR_YER}, {"iran", NULL, CUR_RIYAL, CUR_IRR},
    {"kuwaiti", NULL, CUR_DINAR, CUR_KWD}, {"iraqi", NULL, CUR_DINAR, CUR_IQD},
    {"jordanian", NULL, CUR_DINAR, CUR_JOD}, {"bahraini", NULL, CUR_DINAR, CUR_BHD},
    {"libyan", NULL, CUR_DINAR, CUR_LYD}, {"algerian", NULL, CUR_DINAR, CUR_DZD},
    {"tunisian", NULL, CUR_DINAR, CUR_TND}, {"yugoslav", NULL, CUR_DINAR, CUR_YUD},
    {"kuwait", NULL, CUR_DINAR, CUR_KWD}, {"iraq", NULL, CUR_DINAR, CUR_IQD}, {"jordan", NULL, CUR_DINAR, CUR_JOD},
    {"bahrain", NULL, CUR_DINAR, CUR_BHD}, {"libya", NULL, CUR_DINAR, CUR_LYD},
    {"algeria", NULL, CUR_DINAR, CUR_DZD}, {"tunisia", NULL, CUR_DINAR, CUR_TND},
    {"yugoslavia", NULL, CUR_DINAR, CUR_YUD}, {"kenyan", NULL, CUR_SHILLING, CUR_KES},
    {"ugandan", NULL, CUR_SHILLING, CUR_UGX}, {"tanzanian", NULL, CUR_SHILLING, CUR_TZS},
    {"somali", NULL, CUR_SHILLING, CUR_SOS}, {"kenya", NULL, CUR_SHILLING, CUR_KES},
    {"uganda", NULL, CUR_SHILLING, CUR_UGX}, {"tanzania", NULL, CUR_SHILLING, CUR_TZS},
    {"somalia", NULL, CUR_SHILLING, CUR_SOS}, {"zambian", NULL, CUR_KWACHA, CUR_ZMK},
    {"malawi", NULL, CUR_KWACHA, CUR_MWK}, {"zambia", NULL, CUR_KWACHA, CUR_ZMK},
    {"malawian", NULL, CUR_KWACHA, CUR_MWK}, {"moroccan", NULL, CUR_DIRHAM, CUR_MAD},
    {"morocco", NULL, CUR_DIRHAM, CUR_MAD}, {"uae", NULL, CUR_DIRHAM, CUR_AED},
    {"emirates", NULL, CUR_DIRHAM, CUR_AED}, {"dubai", NULL, CUR_DIRHAM, CUR_AED},
    {"egypt", NULL, CUR_POUND, CUR_EGP}, {"egyptian", NULL, CUR_POUND, CUR_EGP},
    {"cairo", NULL, CUR_POUND, CUR_EGP}, {"sudan", NULL, CUR_POUND, CUR_SDP},
    {"sudanese", NULL, CUR_POUND, CUR_SDP}, {"khartoum", NULL, CUR_POUND, CUR_SDP},
    {"syria", NULL, CUR_POUND, CUR_SYP}, {"syrian", NULL, CUR_POUND, CUR_SYP},
    {"damascus", NULL, CUR_POUND, CUR_SYP}, {"lebanon", NULL, CUR_POUND, CUR_LBP},
    {"lebanese", NULL, CUR_POUND, CUR_LBP}, {"beirut", NULL, CUR_POUND, CUR_LBP},
};

/* Does row r of named[] match the words at token t of the document?
 * Returns the number of words (0: no). */
static size_t named_at(const ng_doc *d, size_t t, size_t end, const struct named_cur *r)
{
    if (!(d->tokens.v[t].flags & NG_TF_CAP) ||
        (d->tokens.v[t].kind != NG_TOK_WORD && d->tokens.v[t].kind != NG_TOK_ABBREV)) /* "H.K." */
        return 0;
    if (!ng__tok_eq_lower(d, t, r->w1)) {
        /* the first part of a hyphenated name ("Belgo-Luxembourg") */
        size_t n = strlen(r->w1);
        const char *s = d->text + d->tokens.v[t].start;
        return !r->w2 && d->tokens.v[t].end - d->tokens.v[t].start > n + 1 && s[n] == '-' && !strncasecmp(s, r->w1, n);
    }
    if (!r->w2)
        return 1;
    return t + 1 < end && (d->tokens.v[t + 1].flags & NG_TF_CAP) && ng__tok_eq_lower(d, t + 1, r->w2) ? 2 : 0;
}

/* A wire service's instrument code names the exchange after its dot or
 * space ("<PARI.PA>": Paris, ".BR" Brussels, ".Z" Zurich; "<ERIC ST>":
 * Stockholm, ".CO" Copenhagen, ".OL" Oslo): a cue for francs and crowns. */
static int ric_cur(int fam, const char *s, size_t n)
{
    static const struct {
        char sfx[3];
        uint8_t fam, cur;
    } ex[] = {{"PA", CUR_FRANC, CUR_FRF}, {"BR", CUR_FRANC, CUR_BEF}, {"Z", CUR_FRANC, CUR_CHF},
              {"ZU", CUR_FRANC, CUR_CHF}, {"BS", CUR_FRANC, CUR_CHF}, {"LU", CUR_FRANC, CUR_LUF},
              {"ST", CUR_CROWN, CUR_SEK}, {"CO", CUR_CROWN, CUR_DKK}, {"OL", CUR_CROWN, CUR_NOK}};
    for (size_t k = 0; k < NG_ARRAY_LEN(ex); k++)
        if (ex[k].fam == fam && strlen(ex[k].sfx) == n && !memcmp(ex[k].sfx, s, n))
            return ex[k].cur;
    return CUR_NONE;
}

/* Are the n letters at a the word w, in any case (n its length)? */
static int eq_nocase(const char *a, size_t n, const char *w) { return strlen(w) == n && !strncasecmp(a, w, n); }

/* Adds to score[] what the headline names of family fam, rows r0..r1 of
 * named[] (its words compared without case: wire headlines are in
 * capitals, "FRANCE'S CNA ISSUES THREE BILLION FRANC BOND"). */
static void title_cues(const char *t, int fam, size_t r0, size_t r1, unsigned *score)
{
    const char *w[64];
    size_t wl[64], nw = 0;
    for (const char *p = t; *p && nw < 64;) {
        while (*p && !((*p | 32) >= 'a' && (*p | 32) <= 'z'))
            p++;
        const char *b = p;
        while ((*p | 32) >= 'a' && (*p | 32) <= 'z')
            p++;
        if (p > b) {
            /* "<PARI.PA>" */
            int ric = b > t && (b[-1] == '.' || b[-1] == ' ') && *p == '>' ? ric_cur(fam, b, (size_t)(p - b)) : 0;
            if (ric)
                score[ric]++;
            w[nw] = b, wl[nw++] = (size_t)(p - b);
        }
    }
    for (size_t k = 0; k < nw; k++)
        for (size_t r = r0; r < r1; r++) {
            if (!eq_nocase(w[k], wl[k], named[r].w1))
                continue;
            size_t m = 1;
            if (named[r].w2) {
                if (k + 1 >= nw || !eq_nocase(w[k + 1], wl[k + 1], named[r].w2))
                    continue;
                m = 2;
            }
            /* "FRENCH FRANC BOND": the pair */
            int v;
            int pair = k + m < nw && ng__figlex(w[k + m], wl[k + m], &v) == FL_CUR && v == fam;
            score[named[r].cur] += pair ? 10 : 1;
            break;
        }
}

/* Adds weight to currency cur's score, named first at token t if not
 * before, and returns the leader: the highest score, the first named on a
 * tie (best: the leader so far, or CUR_NONE). */
static int vote(unsigned *score, size_t *first, int best, int cur, size_t t, unsigned weight)
{
    if (!score[cur])
        first[cur] = t;
    score[cur] += weight;
    return best == CUR_NONE || score[cur] > score[best] || (score[cur] == score[best] && first[cur] < first[best])
               ? cur
               : best;
}

/* The currency a word that several currencies share stands for in this
 * document (fam: CUR_FAMILY < fam < CUR_COUNT): of the family's rows of
 * named[], the one the document names most, a pair before the word itself
 * ("French francs") counting ten, a bare mention ("France", "Paris") one;
 * the first named wins a tie.  Failing any, the family's default (francs:
 * CHF, pesos: MXN, rupees: INR, riyals: SAR) or CUR_NONE (crowns, dinars,
 * shillings, kwacha, dirhams stay counts).  Computed once a document. */
static int doc_currency(actx *c, int fam)
{
    uint8_t *memo = &c->famcur[fam - CUR_FAMILY];
    if (*memo)
        return *memo == 0xFF ? CUR_NONE : *memo;
    size_t r0 = 0, r1;
    while (r0 < NG_ARRAY_LEN(named) && named[r0].of != fam)
        r0++;
    for (r1 = r0; r1 < NG_ARRAY_LEN(named) && named[r1].of == fam; r1++)
        ;
    unsigned score[CUR_FAMILY] = {0};
    size_t first[CUR_FAMILY] = {0};
    const ng_doc *d = c->d;
    size_t nt = d->tokens.n;
    int best = CUR_NONE;
    if (d->field[NG_FIELD_TITLE]) {
        title_cues(d->field[NG_FIELD_TITLE], fam, r0, r1, score);
        for (int k = 1; k < CUR_FAMILY; k++)
            if (score[k]) {
                first[k] = 0; /* the headline comes first */
                if (best == CUR_NONE || score[k] > score[best])
                    best = k;
            }
    }
    for (size_t t = 0; t < nt; t++) {
        if (!(d->tokens.v[t].flags & NG_TF_CAP) || c->cls[t] != FL_NONE)
            continue;
        /* "<PARI.PA>", "<ERIC ST>" */
        if (t > 1 && t + 1 < nt && (d->tokens.v[t].flags & NG_TF_ALLCAP) && d->text[d->tokens.v[t + 1].start] == '>' &&
            ((d->tokens.v[t - 1].end == d->tokens.v[t].start && d->text[d->tokens.v[t - 1].start] == '.') ||
             d->text[d->tokens.v[t - 2].start] == '<')) {
            int cur = ric_cur(fam, d->text + d->tokens.v[t].start, d->tokens.v[t].end - d->tokens.v[t].start);
            if (cur)
                best = vote(score, first, best, cur, t, 1);
        }
        char a0 = (char)(d->text[d->tokens.v[t].start] | 32);
        for (size_t r = r0; r < r1; r++) {
            if (named[r].w1[0] != a0) /* (the first letter turns away most rows) */
                continue;
            size_t w = named_at(d, t, nt, &named[r]);
            if (!w)
                continue;
            best = vote(score, first, best, named[r].cur, t,
                        t + w < nt && c->cls[t + w] == FL_CUR && c->val[t + w] == fam ? 10 : 1);
            break;
        }
    }
    if (best == CUR_NONE)
        best = fam == CUR_FRANC ? CUR_CHF : fam == CUR_PESO ? CUR_MXN : fam == CUR_RUPEE ? CUR_INR
             : fam == CUR_RIYAL ? CUR_SAR : CUR_NONE;
    *memo = best == CUR_NONE ? 0xFF : (uint8_t)best;
    return best;
}

/* Does the document write money in wire copy's abbreviations ("dlrs",
 * "dlr", "stg", "cts") or wire copy's scale "mln" (objects8)?  Computed once a document. */
static int wire_doc(actx *c)
{
    if (!c->wire) {
        c->wire = 2;
        for (size_t t = 0; t < c->d->tokens.n; t++)
            if ((c->cls[t] == FL_CUR && c->d->tokens.v[t].end - c->d->tokens.v[t].start <= 4 &&
                 (ng__tok_eq_lower(c->d, t, "dlrs") || ng__tok_eq_lower(c->d, t, "dlr") ||
                  ng__tok_eq_lower(c->d, t, "stg"))) ||
                (c->d->tokens.v[t].end - c->d->tokens.v[t].start == 3 && ng__tok_eq_lower(c->d, t, "mln"))) {
                c->wire = 1;
                break;
            }
    }
    return c->wire == 1;
}

/* Wire copy's singular "mark" after a scaled figure, before the noun it
 * modifies: "a 6.85 billion mark surplus", "a 78 mln mark order" (a
 * milestone ends there or goes on with a function or time word: "the 100
 * million mark.", "the 2,000 mark for the first time", "the 2,000 mark
 * today"). */
static int mark_modifier(actx *c, size_t i)
{
    int v;
    return i > c->s0 && lex(c, i - 1, &v) == FL_SCALE && i + 1 < c->lim && tk(c, i + 1) == NG_TOK_WORD &&
           c->cls[i + 1] == FL_NONE && !(c->val[i + 1] & KW_STOP) && !iswl(c, i + 1, "in") &&
           !iswl(c, i + 1, "on") && wire_doc(c);
}

/* A currency code or word at i ("EUR", "euros", "US dollars", "Taiwan
 * dlrs", "French francs"); returns tokens used and sets *cur. Codes must be
 * in capitals; words lower case.  A word several currencies share is the
 * one its adjective names, or the one the document names (doc_currency);
 * after a capitalised word that names none ("CFA francs"), or when the
 * document names none, it is no money. */
static int minor_unit(const actx *c, size_t i);

static size_t cur_word(actx *c, size_t i, int *cur)
{
    int v;
    size_t k = 0;
    int l = lex(c, i, &v);
    if (l == FL_NONE && (v & KW_USA)) { /* "US", "U.S.", "American" */
        if (lex(c, i + 1, &v) == FL_CUR && v == CUR_USD) {
            *cur = CUR_USD;
            return 2;
        }
        if (i + 1 < c->lim && minor_unit(c, i + 1) == 1) { /* "37-1/2 U.S. cents" */
            *cur = CUR_USD;
            return 1;
        }
        return 0;
    }
    if (l == FL_NONE) {
        /* a country's adjective or name before a currency word: "Taiwan
         * dlrs", "Hong Kong dlrs", "3.1 billion Swiss francs", "Japanese
         * yen" */
        if (!(tf(c, i) & NG_TF_CAP))
            return 0;
        /* "50 Canadian cents", "37-1/2 U.S. cents": the caller takes the
         * cents */
        if (i + 1 < c->lim && minor_unit(c, i + 1) == 1) {
            for (size_t r = 0; r < NG_ARRAY_LEN(named) && named[r].of == CUR_USD; r++)
                if (!named[r].w2 && named_at(c->d, i, c->lim, &named[r])) {
                    *cur = named[r].cur;
                    return 1;
                }
            return 0;
        }
        size_t w = lex(c, i + 1, &v) == FL_CUR                                        ? 1
                   : i + 2 < c->lim && (tf(c, i + 1) & NG_TF_CAP) && lex(c, i + 2, &v) == FL_CUR ? 2
                                                                                               : 0;
        if (!w)
            return 0;
        for (size_t r = 0; r < NG_ARRAY_LEN(named); r++)
            if (named[r].of == v && named_at(c->d, i, c->lim, &named[r]) == w) {
                *cur = named[r].cur;
                return w + 1;
            }
        return 0;
    }
    if (l != FL_CUR)
        return 0;
    /* "the 400m mark", "the 100 million mark": a milestone; the currency
     * is "marks" (or the code), but for wire copy's modifier (mark_modifier) */
    if (v == CUR_DEM && iswl(c, i, "mark") && !mark_modifier(c, i))
        return 0;
    size_t n = tn(c, i);
    unsigned f = tf(c, i);
    if (n == 3 && (f & NG_TF_ALLCAP))
        k = 1; /* ISO code */
    else if (!(f & NG_TF_ALLCAP) &&
             !(n == 3 && !(f & NG_TF_CAP) && v != CUR_CNY && v != CUR_JPY && v != CUR_KRW && v != CUR_XEU &&
               v != CUR_XDR && !iswl(c, i, "dlr") && !iswl(c, i, "stg")))
        k = 1; /* a word: "euros", "yuan"; wire copy's "dlrs", "dlr", "stg" */
    if (!k)
        return 0;
    /* wire copy writes sterling "stg": its "pounds" weigh ("870,000 pounds",
     * "2.3 mln pounds of peanut products"; not "pounds sterling"), or are
     * the pounds of the country the document names ("Sudan ... 2.5 pounds
     * to the dollar") */
    if (v == CUR_GBP && (iswl(c, i, "pounds") || iswl(c, i, "pound")) && !iswl(c, i + 1, "sterling")) {
        int p = doc_currency(c, CUR_POUND);
        if (p != CUR_NONE)
            v = p; /* (also outside wire copy: "Syria ... 24.2 billion pounds") */
        else if (wire_doc(c))
            return 0;
    }
    if (v > CUR_FAMILY) {
        /* "CFA francs": a name that is none of the table's; else the
         * document's ("francs" in a story on France) */
        if (i > c->s0 && tk(c, i - 1) == NG_TOK_WORD && (tf(c, i - 1) & NG_TF_CAP) && c->cls[i - 1] == FL_NONE &&
            !(c->val[i - 1] & KW_USA))
            return 0;
        v = doc_currency(c, v);
        if (v == CUR_NONE)
            return 0;
    }
    *cur = v;
    return k;
}

/* Is word i a verb of change ("fell", "rose", "up")?  After one, "A to B"
 * is a change and a level ("fell $28.63 to $38.65"), not a range. */
static int change_verb(const actx *c, size_t i)
{
    static const char *const verbs[] = {
        "fell", "rose", "dropped", "climbed", "gained", "lost", "slipped", "jumped", "up", "down", "added",
        "shed", "rising", "falling", "increased", "decreased", "grew", "declined", "slid", "plunged", "soared",
        "surged", "tumbled", "dipped", "rallied", "eased", "edged", "sank", "slumped", "advanced",
    };
    return tk(c, i) == NG_TOK_WORD && in_words(c, i, verbs, NG_ARRAY_LEN(verbs));
}

/* Is word i a verb of changing size ("contracted", "widened")?  A
 * change by an amount is of its subject ("the economy contracted by 2%"),
 * and so is the level it reaches ("the ratio widened to 33%"). */
static int size_verb(const actx *c, size_t i)
{
    static const char verbs[][16] = {"contracted", "expanded", "shrank", "shrunk", "widened", "narrowed"};
    return in_rows(c, i, verbs);
}

/* The factor of scale word value v (figlex's FL_SCALE: the factor
 * itself, -12 for a trillion, too big for an int). */
static double scale_mul(int v) { return v == -12 ? 1e12 : v; }

/* The value of a number token written as a fraction, wire copy's way
 * ("14-1/2", "9-15/16", "3/8": a halves-to-64ths fraction, its numerator
 * below its denominator, after at most four digits and a hyphen; thirds
 * after a whole number only: "33-1/3 pct", "8-1/3 cts"); 0 when
 * s is not one (a date "6/9", a season "1986/87"). */
static int fraction_value(const char *s, size_t n, double *v)
{
    if (n < 3 || !memchr(s, '/', n))
        return 0; /* (the common case, first) */
    size_t k = 0;
    double whole = 0, num = 0, den = 0;
    while (k < n && k < 4 && s[k] >= '0' && s[k] <= '9')
        whole = whole * 10 + (s[k++] - '0');
    if (k < n && s[k] == '-' && k > 0)
        k++;
    else
        k = 0, whole = 0;
    size_t a = k;
    while (k < n && k < a + 2 && s[k] >= '0' && s[k] <= '9')
        num = num * 10 + (s[k++] - '0');
    if (k == a || k >= n || s[k] != '/')
        return 0;
    size_t b = ++k;
    while (k < n && k < b + 2 && s[k] >= '0' && s[k] <= '9')
        den = den * 10 + (s[k++] - '0');
    if (k != n || k == b ||
        !(den == 2 || den == 4 || den == 8 || den == 16 || den == 32 || den == 64 || (den == 3 && a > 0)) ||
        num <= 0 || num >= den)
        return 0;
    *v = whole + num / den;
    return 1;
}

/* The two ends of a dealer's quote, bid and offered, written as wire copy
 * does: "3.85/95 pct" (3.85 and 3.95: the digits after the slash replace
 * the last ones of the first figure), "1.5798/808 dlrs", "13.75/14.00 pct"
 * (whole), "4.50/43 pct" (offered below bid); the first figure has a
 * decimal point, so no date ("6/9") nor season ("1986/87").  0 when s is
 * not one. */
static int quote_pair(const char *s, size_t n, double *lo, double *hi)
{
    const char *sl = memchr(s, '/', n), *pt = memchr(s, '.', n);
    if (!sl || !pt || pt > sl || pt == s || sl + 1 >= s + n || n >= 24)
        return 0;
    size_t a = (size_t)(sl - s), b = n - a - 1, dec = a - (size_t)(pt - s) - 1;
    double x, y;
    if (dec == 0 || ng__parse_digits(s, a, &x) != 0 || !memchr("0123456789", sl[1], 10))
        return 0;
    if (memchr(sl + 1, '.', b)) { /* "13.75/14.00" */
        if (ng__parse_digits(sl + 1, b, &y) != 0)
            return 0;
    } else { /* "3.85/95": the last b digits of the first figure replaced */
        char t[24];
        if (b > dec || strspn(sl + 1, "0123456789") < b)
            return 0;
        memcpy(t, s, a - b);
        memcpy(t + a - b, sl + 1, b);
        if (ng__parse_digits(t, a, &y) != 0)
            return 0;
    }
    if (!(y > 0.8 * x && y < 1.25 * x) || y == x)
        return 0;
    *lo = x < y ? x : y;
    *hi = x < y ? y : x;
    return 1;
}

/* Does token j join the two ends of a range that starts at token i: "and"
 * after "between", or "to" unless the token before (SIZE_MAX: none) is a
 * verb of change ("rose 3% to 5%": a change and a level)? */
static int range_word(const actx *c, size_t j, size_t i, int between, size_t before)
{
    return (iswl(c, j, "to") && !(before < i && change_verb(c, before))) || (between && iswl(c, j, "and"));
}

/* A number at i, possibly a range ("3-5", "3 to 5", "3 and 5" after
 * "between").  Returns tokens used, sets lo/hi (hi = lo when no range).  No "A to B"
 * range when token before (SIZE_MAX: none) is a verb of change. */
static size_t number_at(const actx *c, size_t i, int between, size_t before, double *lo, double *hi)
{
    if (i >= c->lim)
        return 0;
    /* a range token "3-5" or "3–5" */
    if (tk(c, i) == NG_TOK_NUMBER) {
        const char *s = ts(c, i);
        size_t n = tn(c, i);
        double fv;
        /* a dealer's quote and a fraction both have a slash, which most
         * numbers have not: one look for it instead of one in each */
        int slash = n <= 16 ? byte_mask(s, n, '/') != 0 : memchr(s, '/', n) != NULL;
        if (slash && quote_pair(s, n, lo, hi)) /* "3.85/95 pct" */
            return 1;
        if (slash && fraction_value(s, n, &fv)) { /* "14-1/2 pct", "1-1/2 billion dlrs" */
            int v;
            size_t k = 1;
            if (lex(c, i + 1, &v) == FL_SCALE && v != 12)
                fv *= scale_mul(v), k = 2;
            *lo = *hi = fv;
            /* a range of fractions: "5-3/4 to 6-1/4 pct", "3/8 to 1/2 dlr" */
            double b;
            if (k == 1 && range_word(c, i + 1, i, between, before) &&
                tk(c, i + 2) == NG_TOK_NUMBER && (fraction_value(ts(c, i + 2), tn(c, i + 2), &b) ||
                                                  ng__parse_digits(ts(c, i + 2), tn(c, i + 2), &b) == 0) &&
                b > fv && b <= 4 * fv) { /* (ends of one size: "raised rates by 1/4 to 14 pct" is a change and a level) */
                *hi = b;
                return 3;
            }
            return k;
        }
        const char *dash = NULL;
        size_t dl = 0;
        if (n <= 16) {
            /* the first '-' (not the first nor the last byte) or en dash
             * (with a byte after it), as the loop below finds it */
            unsigned hy = n >= 2 ? byte_mask(s, n, '-') & ((1u << (n - 1)) - 1u) & ~1u : 0u;
            unsigned en = n >= 5 ? byte_mask(s, n, (char)0xE2) & ((1u << (n - 3)) - 1u) & ~1u : 0u;
            for (unsigned m = hy | en; m; m &= m - 1) {
                unsigned k = (unsigned)__builtin_ctz(m);
                if (hy >> k & 1u) {
                    dash = s + k, dl = 1;
                    break;
                }
                if ((unsigned char)s[k + 1] == 0x80 && (unsigned char)s[k + 2] == 0x93) {
                    dash = s + k, dl = 3;
                    break;
                }
            }
        } else
        for (size_t k = 1; k + 1 < n && k < 30; k++) {
            if (s[k] == '-') {
                dash = s + k, dl = 1;
                break;
            }
            if (k + 3 < n && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
                (unsigned char)s[k + 2] == 0x93) {
                dash = s + k, dl = 3;
                break;
            }
        }
        if (dash) {
            double a, b;
            if (ng__parse_digits(s, (size_t)(dash - s), &a) != 0 ||
                ng__parse_digits(dash + dl, n - (size_t)(dash - s) - dl, &b) != 0 || b <= a)
                return 0;
            /* scale after the range applies to both ends */
            double sv = 1;
            size_t k = 1;
            int v;
            if (lex(c, i + 1, &v) == FL_SCALE && v != 12) {
                size_t ulen = tn(c, i + 1);
                if (!(ulen <= 2 && (tf(c, i + 1) & NG_TF_SPACE) && v != 1000000000 && v != -12)) {
                    sv = scale_mul(v);
                    k = 2;
                }
            }
            *lo = a * sv;
            *hi = b * sv;
            return k;
        }
    }
    double a;
    size_t k = ng__read_number(c->d, i, c->lim, 1, &a);
    if (!k)
        return 0;
    *lo = *hi = a;
    /* "2 to 3 million", "between 2 and 3 million"; not from a year ("rose
     * 27.5 pct in 1986 to 610,500 units") */
    size_t j = i + k;
    if (!(k == 1 && tn(c, i) == 4 && a >= 1800 && a <= 2100 && tk(c, i) == NG_TOK_NUMBER) &&
        range_word(c, j, i, between, before) &&
        j + 1 < c->lim) {
        size_t p = j + 1;
        if (tk(c, p) == NG_TOK_CURRENCY)
            p++;
        double b;
        size_t k2 = ng__read_number(c->d, p, c->lim, 1, &b);
        /* "5 to 5-1/4 pct" */
        if (!k2 && tk(c, p) == NG_TOK_NUMBER && fraction_value(ts(c, p), tn(c, p), &b))
            k2 = 1;
        if (k2) {
            /* the scale of the upper end applies to a bare lower end */
            double sa = a;
            int sc_lo = k > 1; /* lower end had a scale word */
            if (!sc_lo && b > a) {
                double ub;
                size_t kk = ng__read_number(c->d, p, c->lim, 0, &ub);
                if (kk && ub > 0 && b / ub > 1)
                    sa = a * (b / ub);
            }
            if (b > sa) {
                *lo = sa;
                *hi = b;
                return p + k2 - i;
            }
        }
    }
    return k;
}

/* An approximator at i; returns tokens used and sets the word to report. */
static size_t approx_at(const actx *c, size_t i, const char **ap, int *between)
{
    *between = 0;
    /* every approximator is a word: a number (most of match()'s calls) has
     * no class and no text of one */
    if (tk(c, i) == NG_TOK_NUMBER)
        return 0;
    if (iswl(c, i, "between")) {
        *between = 1;
        *ap = NULL;
        return 1;
    }
    /* "as much as", "as many as", "as high as": up to */
    if (iswl(c, i, "as") && (iswl(c, i + 1, "much") || iswl(c, i + 1, "many") || iswl(c, i + 1, "high")) &&
        iswl(c, i + 2, "as")) {
        *ap = "up to";
        return 3;
    }
    size_t pre = 0;
    if (iswl(c, i, "just") || iswl(c, i, "well") || iswl(c, i, "slightly")) {
        pre = 1;
        i++;
    }
    int v;
    if (lex(c, i, &v) != FL_APPROX)
        return 0;
    switch (v) {
    case AP_ABOUT: *ap = "about"; return pre + 1;
    case AP_NEARLY:
        if (iswl(c, i, "close"))
            return iswl(c, i + 1, "to") ? (*ap = "nearly", pre + 2) : 0;
        *ap = "nearly";
        return pre + 1;
    case AP_OVER: *ap = "over"; return pre + 1;
    case AP_UNDER: *ap = "under"; return pre + 1;
    case AP_MORE:
        if (iswl(c, i + 1, "than")) {
            *ap = "over";
            return pre + 2;
        }
        return 0;
    case AP_LESS:
        if (iswl(c, i + 1, "than")) {
            *ap = "under";
            return pre + 2;
        }
        return 0;
    case AP_ATLEAST:
    case AP_ATMOST:
        /* "at least", "at most": the "at" before is taken in by match() */
        if (pre || i <= c->s0 || !iswl(c, i - 1, "at"))
            return 0;
        *ap = v == AP_ATLEAST ? "at least" : "at most";
        return 1;
    case AP_UPTO:
        if (iswl(c, i + 1, "to")) {
            *ap = "up to";
            return pre + 2;
        }
        return 0;
    default: break;
    }
    return 0;
}

static int is_stop(const actx *c, size_t i)
{
    /* the stop words with a class of their own; the others ("for", "is",
     * "which", "he", "said", "times" ...) are KW_STOP in the lexicon */
    static const char *const stop[] = {
        "to", "at", "and", "that", "than", "this", "over", "under", "per", "a", "an", "the", "of", "last",
        "next", "each", "every", "more", "less", "may", "up", "about", "these", "ago", "earlier", "later",
        "now", "annually",
    };
    if (tk(c, i) != NG_TOK_WORD)
        return 1;
    if (c->cls[i] == FL_NONE)
        return (c->val[i] & KW_STOP) != 0;
    int k = c->cls[i];
    if (k == FL_NUM || k == FL_TENS || k == FL_MONTH || k == FL_WDAY)
        return 1;
    return in_words(c, i, stop, NG_ARRAY_LEN(stop));
}

/* Is a place mention the whole of bytes [b, e)? */
static int loc_at(const ng_doc *d, uint32_t b, uint32_t e)
{
    size_t i = ng__mention_from(d, b);
    return i < d->mentions.n && d->mentions.v[i].start == b && d->mentions.v[i].end >= e &&
           d->mentions.v[i].type == NG_ENT_LOC;
}

/* Is word i, ending in -s, a singular: "previous", "furious", "bonus",
 * "virus", "analysis" (not "Tutsis")? */
static int singular_s(const actx *c, size_t i)
{
    const char *s = ts(c, i);
    size_t n = tn(c, i);
    return n >= 3 && (s[n - 2] == 'u' || (n > 4 && !memcmp(s + n - 3, "sis", 3) && !(tf(c, i) & NG_TF_CAP)));
}

/* Is word i a verb after a plural noun, ending the noun phrase ("44% of
 * searchers use", "90% of Britons own", "phones sold")?  The word before
 * ends in -s (not -ss); word i is a participle in -ed or -ing or a
 * common verb of the present. */
static int verb_after_plural(const actx *c, size_t i)
{
    const char *p = ts(c, i - 1);
    size_t np = tn(c, i - 1);
    if (tk(c, i - 1) != NG_TOK_WORD || np < 3 || p[np - 1] != 's' || p[np - 2] == 's' || singular_s(c, i - 1))
        return 0;
    return participle(c, i) || in_words(c, i, plain_verbs, NG_ARRAY_LEN(plain_verbs));
}

/* Is token i "a", "an" or "the"? */
static int article(const actx *c, size_t i)
{
    return iswl(c, i, "a") || iswl(c, i, "an") || iswl(c, i, "the");
}

/* An article, possessive pronoun or possessive before a figure ("a $4bn
 * deal", "its 2% target", "Renault's 44% stake"). */
static int determiner(const actx *c, size_t i)
{
    return tk(c, i) == NG_TOK_POSSESSIVE || article(c, i) ||
           iswl(c, i, "its") || iswl(c, i, "their") || iswl(c, i, "his") || iswl(c, i, "her") || iswl(c, i, "our");
}

static int is_dash(const actx *c, size_t i);
static int adverb_ly(const actx *c, size_t i);

/* The noun phrase after a preposition at i ("of additional security
 * assistance"): determiners skipped, up to 5 words.  Returns 1 and the span. */
static int object_after_k(const actx *c, size_t i, int share, uint32_t *os, uint32_t *oe);

/* (object_after_k with share: a percentage's own phrase may open with the
 * number of a group counted, "of the 55,000 staff": objects11) */
static int object_after(const actx *c, size_t i, uint32_t *os, uint32_t *oe)
{
    return object_after_k(c, i, 0, os, oe);
}

static int object_after_k(const actx *c, size_t i, int share, uint32_t *os, uint32_t *oe)
{
    if (!(iswl(c, i, "of") || iswl(c, i, "in") || iswl(c, i, "for") || iswl(c, i, "on") || iswl(c, i, "worth")))
        return 0;
    size_t j = i + 1;
    if (iswl(c, i, "worth") && iswl(c, j, "of"))
        j++;
    if (iswl(c, j, "the") || iswl(c, j, "its") || iswl(c, j, "their") || iswl(c, j, "his") || iswl(c, j, "her") ||
        iswl(c, j, "our") || iswl(c, j, "a") || iswl(c, j, "an"))
        j++;
    int of = iswl(c, i, "of");
    /* "69% of those questioned", "of those surveyed" */
    if (of && iswl(c, j, "those") && j + 1 < c->lim && tk(c, j + 1) == NG_TOK_WORD) {
        if (ends_in(c, j + 1, 4, "ed") && !(tf(c, j + 1) & NG_TF_CAP)) {
            *os = c->d->tokens.v[j].start;
            *oe = c->d->tokens.v[j + 1].end;
            return 1;
        }
        /* "14% of those aged 30-39" (objects11) */
        if (j + 2 < c->lim && iswl(c, j + 1, "aged") && tk(c, j + 2) == NG_TOK_NUMBER) {
            size_t k = j + 2;
            if (k + 2 < c->lim && (iswl(c, k + 1, "to") || is_dash(c, k + 1)) && tk(c, k + 2) == NG_TOK_NUMBER)
                k += 2;
            *os = c->d->tokens.v[j].start;
            *oe = c->d->tokens.v[k].end;
            return 1;
        }
    }
    size_t first = j, n = 0;
    /* a group counted: "9% of the 55,000 staff", "of the 22.8 million UK
     * net users" (not a year: "of the 1986 subsidies") (objects11) */
    if (share && of && tk(c, j) == NG_TOK_NUMBER && j + 1 < c->lim &&
        !(tn(c, j) == 4 && (ts(c, j)[0] == '1' || ts(c, j)[0] == '2') && strspn(ts(c, j), "0123456789") >= 4)) {
        size_t k = j + 1 + (c->cls[j + 1] == FL_SCALE);
        if (k < c->lim && tk(c, k) == NG_TOK_WORD && c->cls[k] == FL_NONE && !is_stop(c, k) &&
            !(ends_in(c, k, 3, "ed") && (k + 1 >= c->lim || (tf(c, k + 1) & NG_TF_CAP))))
            /* (a participle: "of the 1,685 polled U.K. firms"; not "its 30.27 mln issued shares") */
            j = k;
    }
    while (j < c->lim && n < 5) {
        if (is_stop(c, j)) {
            /* "earnings per share" */
            if (n > 0 && iswl(c, j, "per") && iswl(c, j + 1, "share")) {
                j += 2;
                n += 2;
                continue;
            }
            /* "its issued and outstanding stock": an adjective in -ed
             * coordinated with the next */
            if (n == 1 && iswl(c, j, "and") && ends_in(c, first, 4, "ed") &&
                j + 1 < c->lim && tk(c, j + 1) == NG_TOK_WORD && !is_stop(c, j + 1)) {
                j++;
                n++;
                continue;
            }
            break;
        }
        if (n > 0 && (verb_after_plural(c, j) ||
                      (tk(c, j) == NG_TOK_WORD && tk(c, j - 1) != NG_TOK_POSSESSIVE && adverb_ly(c, j) &&
                       !ends_in(c, j - 1, 4, "ed") && !change_verb(c, j - 1))))
            break; /* (an adverb: "of UK net users regularly accessing"; not after a verb, "caused mainly", objects11) */
        /* "603 mln barrels of oil compared with", "in Oct/Dec without" */
        if (n > 0 && (iswl(c, j, "compared") || iswl(c, j, "without")))
            break;
        /* an approximator after the noun ends it ("ticket sales around
         * the world"; not "the market close"), or cuts it short before a
         * number ("the year totalled around 5.5 mln") */
        if (n > 0 && c->cls[j] == FL_APPROX && !iswl(c, j, "close")) {
            if (j + 1 < c->lim && (tk(c, j + 1) == NG_TOK_NUMBER || c->cls[j + 1] == FL_NUM))
                return 0;
            break;
        }
        j++;
        n++;
        /* a possessive continues the phrase: "the country's GDP" */
        if (j < c->lim && tk(c, j) == NG_TOK_POSSESSIVE && n < 4)
            j++;
    }
    if (n == 0)
        return 0;
    /* an idiom is no object: "by 9% in the face of growing stockpiles", "a
     * 32% pay cut in return for", "rose 8% on the back of", "in response
     * to", "in order to" (objects10) */
    static const char idiom[][16] = {"face", "back", "wake", "return", "response", "order", "line", "spite"};
    if (n == 1 && (iswl(c, i, "in") || iswl(c, i, "on")) && in_rows(c, first, idiom) &&
        (iswl(c, j, "of") || iswl(c, j, "for") || iswl(c, j, "to") || iswl(c, j, "with")))
        return 0;
    /* "an hour's worth of processing" is of the processing */
    if (n > 1 && iswl(c, j - 1, "worth") && iswl(c, j, "of"))
        return object_after(c, j - 1, os, oe);
    /* a gerund with its object is an act, not a thing ("spent A$584m on
     * buying an 18.8% stake") */
    if (n == 1 && ends_in(c, first, 4, "ing") && determiner(c, j))
        return 0;
    /* a phrase cut short by a number is a time or a list, not what the
     * amount is of ("6% in the past three years", "2.8% in both 2005 and
     * 2006", "10.75p in late Thursday trading"; not the modal "may") */
    if (j < c->lim && (tk(c, j) == NG_TOK_NUMBER || c->cls[j] == FL_NUM || c->cls[j] == FL_TENS ||
                       ((c->cls[j] == FL_MONTH || c->cls[j] == FL_WDAY) && (tf(c, j) & NG_TF_CAP))))
        return 0;
    /* a time or a place is when or where, not what the amount is of ("3.7%
     * in the third quarter", "£192,713 in England"; but "£200 in winter
     * fuel", "subscribers in fourth quarter profits": the last word is the
     * head) */
    int cl = c->cls[j - 1];
    if (iswl(c, j - 1, "terms") || iswl(c, j - 1, "period") || iswl(c, j - 1, "basis") ||
        (iswl(c, i, "in") && iswl(c, j - 1, "trading")))
        return 0; /* "in real terms", "in the period", "on a fully diluted basis", "in early trading" */
    /* wire copy's quarter: "284,000 dlrs for qtr" */
    if (n == 1 && (iswl(c, first, "qtr") || iswl(c, first, "qtrs")))
        return 0;
    if (cl == FL_UNIT || cl == FL_MONTH || cl == FL_WDAY || cl == FL_SEASON ||
        (cl == FL_TW && c->val[j - 1] == TW_HALF))
        return 0;
    if ((iswl(c, i, "in") || iswl(c, i, "for")) &&
        loc_at(c->d, c->d->tokens.v[first].start, c->d->tokens.v[j - 1].end))
        return 0; /* "from three pct for Japan": a forecast for a place */
    *os = c->d->tokens.v[first].start;
    *oe = c->d->tokens.v[j - 1].end;
    return 1;
}

/* Cents or pence at i: 1 for "cents"/"cent" (wire copy's "cts"/"ct"), 2
 * for "pence" or a "p" glued to the number ("325.5p"); 0 otherwise. */
static int minor_unit(const actx *c, size_t i)
{
    /* "50 Cent" is a name; but wire copy capitalises after an
     * abbreviation's period ("49 U.S. Cts", "46.5 H.K. Cents") */
    if ((tf(c, i) & NG_TF_CAP) && !(i > c->s0 && tk(c, i - 1) == NG_TOK_ABBREV))
        return 0;
    if (iswl(c, i, "cents") || iswl(c, i, "cent") || iswl(c, i, "cts") || iswl(c, i, "ct"))
        return 1;
    if (iswl(c, i, "pence") || (iswl(c, i, "p") && !(tf(c, i) & NG_TF_SPACE)))
        return 2;
    return 0;
}

/* v / 100 as the double its decimal digits name: "10.4 cts" is 0.104, not
 * 10.4 / 100 = 0.10400000000000001 (v has at most ten decimals: scaled to
 * a whole number, then divided once, which rounds correctly). */
static double hundredth(double v)
{
    return v >= 0 && v < 1e5 ? round(v * 1e10) / 1e12 : v / 100;
}

/* A noun a fraction can count: a unit of time or of measure ("5.8
 * seconds", "16.29 points", "2.5 miles"). */
static int measure_noun(const actx *c, size_t i)
{
    static const char *const units[] = {
        "points", "miles", "kilometres", "kilometers", "metres", "meters", "tonnes", "tons", "barrels",
        "litres", "liters", "degrees", "hectares", "acres", "inches", "feet",
    };
    return c->cls[i] == FL_UNIT || in_words(c, i, units, NG_ARRAY_LEN(units));
}

/* A word of change or share: what it is of follows it ("a 10% rise in net
 * income", "a 26% stake in the firm"); alone it names no object. */
static int change_word(const actx *c, size_t i)
{
    static const char *const change[] = {
        "rise", "increase", "fall", "drop", "cut", "gain", "jump", "decline", "growth", "boost", "reduction",
        "hike", "stake", "slump", "surge", "share", "holding", "slide", "climb", "slip", "dip", "contraction",
        "expansion", "improvement", "hit",
    };
    return in_words(c, i, change, NG_ARRAY_LEN(change));
}

/* The nouns before a word of change at h, back to an adjective, a
 * hyphenated or capitalised word, an -ly word or another change, and no
 * further than j ("a 1% tax increase" → "tax", "a 20 pct pay cut" →
 * "pay"; "a 2.6 pct year-on-year rise" → none).  Returns 1 and the span. */
static int nouns_before_change(const actx *c, size_t j, size_t h, uint32_t *os, uint32_t *oe)
{
    static const char adj[][16] = {
        "annual", "nominal", "real", "economic", "direct", "immediate", "average", "overall", "further",
        "total", "net", "gross", "modest", "sharp", "strong", "steep", "big", "small", "large", "huge",
        "slight", "general", "possible", "estimated", "expected", "proposed", "planned", "quarterly",
        "monthly", "weekly", "yearly", "daily", "initial", "additional", "extra", "underlying", "new",
        "record", "minimum", "maximum", "significant", "healthy", "massive", "dramatic", "surprise", "cumulative"};
    size_t b = h; /* the nouns before the change, back to an adjective */
    while (b > j && !in_rows(c, b - 1, adj) && !memchr(ts(c, b - 1), '-', tn(c, b - 1)) &&
           !((tf(c, b - 1) & NG_TF_CAP) && !(tf(c, b - 1) & NG_TF_ALLCAP)) && !ends_in(c, b - 1, 3, "ly") &&
           !change_word(c, b - 1))
        b--;
    if (b == h)
        return 0;
    *os = c->d->tokens.v[b].start;
    *oe = c->d->tokens.v[h - 1].end;
    return 1;
}

/* Is word h a noun in -ing before another noun, no participle ("an £80m
 * restructuring charge", "a 1-1/4 pct selling concession"; not "the $50m
 * being spent", "the 5% rising sharply") (objects13)? */
static int ing_noun(const actx *c, size_t h)
{
    return ends_in(c, h, 3, "ing") && !iswl(c, h, "being") && h + 1 < c->lim && tk(c, h + 1) == NG_TOK_WORD &&
           !is_stop(c, h + 1) && c->cls[h + 1] == FL_NONE && !participle(c, h + 1) && !ends_in(c, h + 1, 3, "ly");
}

/* The noun a figure modifies, right after it ("a $4bn deal", "a £308m
 * takeover deal", with its "of" phrase: "the $27bn cost of the
 * hurricanes"): up to three words, no participle first ("the £50m given");
 * after a word of change or share, the phrase after its "in" or "of" ("a
 * 10% rise in net income", "a 26% stake in the firm"), or none ("a 4%
 * gain"); none for "the $50 mark". */
static int object_before_noun(const actx *c, size_t j, int wire, uint32_t *os, uint32_t *oe)
{
    /* a figure's own size, not a thing: "the $50 mark", "the 784m euro figure" */
    static const char *const size[] = {"mark", "level", "figure", "barrier", "threshold"};
    /* participles with no -ed: "another 150 mln dlr loan sought by",
     * "the 5.1% increase seen a year earlier" (objects11) */
    static const char irregular[][8] = {"sought", "seen", "made", "given", "taken", "paid", "sold", "won"};
    static const char prep[][8] = {"below", "above", "equals", "total"};
    size_t h = j, n = 0;
    while (h < c->lim && n < 3 && tk(c, h) == NG_TOK_WORD && !is_stop(c, h) && c->cls[h] != FL_UNIT) {
        const char *s = ts(c, h);
        size_t m = tn(c, h);
        int ed = m > 3 && !memcmp(s + m - 2, "ed", 2);
        /* (wire copy's singular "dlr" is always a modifier: "a 15 mln dlr
         * revolving credit", "includes 91,000 dlr tax credit"; a noun in
         * -ing before another noun is one anywhere: "an £80m restructuring
         * charge", "a $1bn cost-cutting deal", not "the $50m being spent"
         * (objects13)) */
        int ing = m > 3 && !memcmp(s + m - 3, "ing", 3);
        if (n == 0 && m > 3 && (ed || ing || !memcmp(s + m - 2, "en", 2) || !memcmp(s + m - 2, "ly", 2)) &&
            !(wire ? (ed || ing) && h + 1 < c->lim && tk(c, h + 1) == NG_TOK_WORD && !is_stop(c, h + 1) &&
                         c->cls[h + 1] == FL_NONE
                   : ing_noun(c, h)))
            return 0;
        /* a participle or a clause after the noun ends it: "a 3%
         * improvement anticipated", "the 11.3% creditors previously
         * hoped", "the $1.75bn agreement Lenovo signed" */
        if (n > 0 && ((ed && !(wire && iswl(c, h, "preferred"))) || (m > 3 && !memcmp(s + m - 2, "ly", 2)) ||
                      ((tf(c, h) & NG_TF_CAP) && !(tf(c, h - 1) & NG_TF_CAP)) ||
                      iswl(c, h, "being") || iswl(c, h, "versus") || iswl(c, h, "payable") || iswl(c, h, "due") ||
                      (m >= 4 && m <= 6 && strchr("smgtpw", s[0]) && in_rows(c, h, irregular))))
            /* "the £1,200 limit being", "a five pct stock dividend payable April nine" */
            break;
        if (m < 2) /* "$458 m" */
            return 0;
        /* (after wire copy's "dlr", no preposition, verb, ordinal or
         * quantity: "one dlr below Opec levels", "1.2470 dlr equals", "a
         * 8.35 billion dlr total", "37.15 billion dlr third quarter") */
        int pr = wire && m >= 5 && m <= 6 && strchr("baet", s[0]) && in_rows(c, h, prep);
        if (pr && n > 0)
            break;
        if (wire && n == 0 && (pr || c->cls[h] == FL_ORD))
            return 0;
        h++, n++;
    }
    if (n == 0 || in_words(c, h - 1, size, NG_ARRAY_LEN(size)))
        return 0;
    uint32_t s2, e2;
    if (change_word(c, h - 1)) {
        /* a change is of what follows it, or of the nouns before it ("a 1%
         * tax increase", "a 3% pay rise"); alone it names no object ("a 4%
         * gain") */
        if ((iswl(c, h, "in") || iswl(c, h, "of")) && object_after(c, h, os, oe))
            return 1;
        if (iswl(c, h - 1, "stake") || iswl(c, h - 1, "holding")) /* "a 17.5% equity stake" */
            return 0;
        if (wire && h > j + 1) { /* money's own item: "includes 2.4 mln dlr pretax gain" */
            *os = c->d->tokens.v[j].start;
            *oe = c->d->tokens.v[h - 1].end;
            return 1;
        }
        return nouns_before_change(c, j, h - 1, os, oe);
    }
    *os = c->d->tokens.v[j].start;
    *oe = c->d->tokens.v[h - 1].end;
    /* "the $27bn cost of the hurricanes" */
    if (iswl(c, h, "of") && object_after(c, h, &s2, &e2))
        *oe = e2;
    return 1;
}

/* A preposition a subject runs back over ("demand for power in the
 * region", "profits at the bank"). */
static int phrase_prep(const actx *c, size_t i)
{
    return iswl(c, i, "of") || iswl(c, i, "for") || iswl(c, i, "in") || iswl(c, i, "on") || iswl(c, i, "at");
}

/* Is word i no noun a bare figure modifies: a verb ("66% buy goods", "47%
 * saw"), an adverb, a preposition or an adjective of degree ("100%
 * certain")? */
static int not_a_noun(const actx *c, size_t i)
{
    static const char not_noun[][8] = {
        "still", "too",
        "again", "instead", "down", "off", "out", "overall", "here", "there", "within", "because", "due",
        "despite", "against", "ahead", "behind", "across", "through", "via", "among", "between", "during",
        "until", "toward", "towards", "saw", "kept", "felt", "took", "made", "got", "went", "came", "gave",
        "put", "paid", "sold", "bought", "spent", "left", "held", "found", "told", "thought", "knew", "grew",
        "rose", "fell", "won", "lost", "ran", "turn", "chose", "plan", "hope", "fear", "cost",
        "costs", "reside", "remain", "support", "oppose", "back", "favour", "favor", "read", "watch",
        "play", "visit", "vote", "know", "certain", "sure", "fit", "fresh", "right", "full", "correct",
        "accurate", "safe", "true", "clear", "wrong", "ready", "free", "likely", "able", "complete",
        "bid", "offered", "asked", "plus", "versus", "implies", "owned", "stronger", "weaker", "seen",
        "given", "taken", "shown", "forecast", "predict", "regard", "view", "consider", "without", "into",
        "onto", "upon", "beyond", "unlike", "dealt"};
    return in_rows(c, i, not_noun) || in_words(c, i, plain_verbs, NG_ARRAY_LEN(plain_verbs));
}

/* The noun a percentage modifies with no determiner before it, at j
 * ("100% portability", "12.5% searches under the laws", "at 95% capacity",
 * "8.5 pct convertible subordinated debentures due 2010") or a plural
 * after "more", "fewer" or "less" ("2.1% more cars", not "30% more
 * expensive"): up to four lower-case words of no class of its own (not a
 * time: "5% yesterday"), the first no participle, the last no participle
 * or -ly word, none with a hyphen, a comparative in -er ("8% higher") or a
 * word of the list (adjectives, adverbs, prepositions, verbs: "66% buy
 * goods", "47% saw", "100% certain", "5.68 pct bid"), ending at a stop
 * word, a preposition, a punctuation mark or "due"/"versus"; after a word
 * of change the phrase after its "in" or "of", as object_before_noun.
 * Returns 1 and the span. */
static int object_bare_noun(const actx *c, size_t j, uint32_t *os, uint32_t *oe)
{
    /* a figure's own size or an estimate of it, no thing: "the current 3%
     * limit", "the original 2.8 pct target" */
    static const char size[][16] = {"mark", "level", "figure", "barrier", "limit", "cap", "ceiling",
                                    "target", "estimate", "projection", "series"};
    int more = iswl(c, j, "more") || iswl(c, j, "fewer") || iswl(c, j, "less");
    j += (size_t)more;
    size_t h = j;
    while (h < c->lim && h < j + 4 && tk(c, h) == NG_TOK_WORD && c->cls[h] == FL_NONE && !(tf(c, h) & NG_TF_CAP) &&
           !is_stop(c, h) && !phrase_prep(c, h) && !iswl(c, h, "due") && !iswl(c, h, "versus") &&
           !(h > j && verb_after_plural(c, h))) {
        const char *w = ts(c, h);
        size_t m = tn(c, h);
        if (in_rows(c, h, size)) /* "40 pct veto level" */
            return 0;
        if (h > j && not_a_noun(c, h))
            break; /* "80% capacity again" */
        if (m < 3 || (w[m - 2] == 'e' && w[m - 1] == 'r') || memchr(w, '-', m) || not_a_noun(c, h) ||
            (h > j && change_word(c, h - 1))) /* "5% growth forecast for 2005" */
            return 0;
        h++;
    }
    /* a verb before its object: "19% regard them as", "10% signals the" */
    if (h < c->lim && (determiner(c, h) || iswl(c, h, "them") || iswl(c, h, "it") || iswl(c, h, "him") ||
                       iswl(c, h, "us")))
        return 0;
    if (h == j || (h < c->lim && tk(c, h) == NG_TOK_WORD && !is_stop(c, h) && !phrase_prep(c, h) &&
                   !iswl(c, h, "due") && !iswl(c, h, "versus") && !verb_after_plural(c, h) && !not_a_noun(c, h)))
        return 0; /* no phrase, or one that does not end here */
    const char *z = ts(c, h - 1);
    size_t mz = tn(c, h - 1);
    /* (a noun in -ing before a singular noun: "Fees comprise 1-1/4 pct
     * selling concession"; not a verb and its object, "spend £4bn buying
     * gifts", "80 pct expecting sales": objects13) */
    int ing = j + 1 < h && ing_noun(c, j) && !ends_in(c, j + 1, 2, "s");
    if ((participle(c, j) && !ing) || ends_in(c, j, 4, "ly") || participle(c, h - 1) || ends_in(c, h - 1, 4, "ly"))
        return 0;
    if (more && (z[mz - 1] != 's' || z[mz - 2] == 's' || singular_s(c, h - 1)))
        return 0;
    if (change_word(c, h - 1))
        return (iswl(c, h, "in") || iswl(c, h, "of")) && object_after(c, h, os, oe);
    uint32_t s2, e2;
    *os = c->d->tokens.v[j].start;
    *oe = c->d->tokens.v[h - 1].end;
    if (iswl(c, h, "of") && object_after(c, h, &s2, &e2)) /* "100% foreign ownership of Iraqi assets" */
        *oe = e2;
    return 1;
}

/* object_bare_noun for money (objects13): none for a phrase with a word
 * of manner, place, payment or size ("$76m worldwide", "570 rupees
 * apiece", "sent $16bn home", "5,000 francs nominal", "56 cts payable"),
 * a participle in -en ("£300 stolen"), nor for one before "or" (its noun
 * is further on: "£30 to £40 console or PC titles") or a verb of saying
 * ("51 bln marks dealers said is needed"); no word in -ing or -ed first,
 * money is spent doing things ("spend £4bn buying gifts"). */
static int money_bare_noun(const actx *c, size_t j, uint32_t *os, uint32_t *oe)
{
    static const char bad[][16] = {"apiece", "each",     "worldwide", "home",    "set",     "owed",   "thanks",
                                   "worth",  "available", "worse",    "gives",   "where",   "abroad", "overseas",
                                   "upfront", "extra",   "cash",      "net",     "gross",   "nominal", "value",
                                   "payable", "except",  "short"};
    if (participle(c, j) || !object_bare_noun(c, j, os, oe)) /* "spend £4bn buying ferry tickets" */
        return 0;
    size_t t = j;
    while (t < c->lim && c->d->tokens.v[t].start < *oe && !in_rows(c, t, bad) && !ends_in(c, t, 4, "en"))
        t++;
    int inside = t < c->lim && c->d->tokens.v[t].start < *oe; /* a word of the list in the phrase */
    if (!inside && !(iswl(c, t, "or") || iswl(c, t, "said") || iswl(c, t, "say") || iswl(c, t, "says")))
        return 1;
    *os = *oe = 0;
    return 0;
}

/* A verb of multiplying at i ("double", "tripled", "quadruples"). */
static int verb_of_times(const actx *c, size_t i)
{
    static const char *const v[] = {"double",    "doubled",   "doubles",    "doubling",   "triple",
                                    "tripled",   "triples",   "tripling",   "quadruple",  "quadrupled",
                                    "quadruples", "quadrupling"};
    return in_words(c, i, v, NG_ARRAY_LEN(v));
}

/* Is token v the comma of a list of words before a noun, a word and another
 * comma or "and"/"or" after it ("operating, administrative and marketing
 * expenses")?  (objects16) */
static int list_comma(const actx *c, size_t v)
{
    if (tk(c, v) != NG_TOK_PUNCT || ts(c, v)[0] != ',' || tk(c, v + 1) != NG_TOK_WORD || is_stop(c, v + 1) ||
        c->cls[v + 1] != FL_NONE)
        return 0;
    return (tk(c, v + 2) == NG_TOK_PUNCT && ts(c, v + 2)[0] == ',') || iswl(c, v + 2, "and") || iswl(c, v + 2, "or");
}

/* The verb of list l (rows of w bytes, k words: NG_TOK_LIST) at most eight
 * tokens before token b, back over words (and possessives when possessive
 * is set) and no stop word but "the", "in", "of" before b - 1: object_of_cut
 * and object_cause_to look for the verb whose object runs up to b.  Returns
 * its index, or SIZE_MAX. */
#define FIRST(ch) (1u << ((ch) - 'a'))
static size_t verb_back(const actx *c, size_t b, int possessive, uint32_t first, const char *l, size_t w, size_t k)
{
    for (size_t v = b; v-- > c->s0 && b - v <= 8;) {
        if (tk(c, v) != NG_TOK_WORD && !(possessive && tk(c, v) == NG_TOK_POSSESSIVE)) {
            if (list_comma(c, v)) /* "cut operating, administrative and marketing expenses by" (objects16) */
                continue;
            return SIZE_MAX;
        }
        /* (the list's first letters tested first: "first" has a bit per
         * letter) */
        unsigned char ch = (unsigned char)(ts(c, v)[0] | 0x20);
        if (ch >= 'a' && ch <= 'z' && (first & FIRST(ch)) && ng__tok_in(ts(c, v), tn(c, v), l, w, k))
            return v;
        if (v < b - 1 && tk(c, v) == NG_TOK_WORD && is_stop(c, v) && !iswl(c, v, "the") && !iswl(c, v, "in") &&
            !(v > c->s0 + 1 && list_comma(c, v - 2) && (iswl(c, v, "and") || iswl(c, v, "or"))) &&
            !iswl(c, v, "of") && !(iswl(c, v, "to") && (tf(c, v + 1) & NG_TF_CAP)) && /* "aid to Africa to" */ !(possessive && (iswl(c, v, "its") || iswl(c, v, "their") || iswl(c, v, "his") ||
                                                   iswl(c, v, "her") || iswl(c, v, "our"))))
            return SIZE_MAX; /* ("raised its stake to") */
    }
    return SIZE_MAX;
}

/* A verb that changes its object and the object before "by" at token b
 * ("would cut electricity prices in the region by up to 15 percent"): the
 * verb and its object, at most eight tokens.  Returns 1 and the span. */
static int subject_np(const actx *c, size_t v, int strict, uint32_t *os, uint32_t *oe);
static int passive_be(const actx *c, size_t v);
static int object_of_cut(const actx *c, size_t b, uint32_t *os, uint32_t *oe)
{
    static const char verbs[][16] = {"cut", "cuts", "cutting", "raise", "raised", "raises", "raising",
                                     "reduce", "reduced", "reduces", "reducing", "lower", "lowered", "lowers",
                                     "boost", "boosted", "boosts", "lift", "lifted", "lifts", "slash",
                                     "slashed", "increase", "increased", "increases", "trim", "trimmed",
                                     "increasing", "lifting", "boosting", "lowering", "slashing",
                                     /* accounts and currencies set at another
                                      * value: "restated earnings by $5bn",
                                      * "devalued the rupiah by 31 pct"
                                      * (objects15) */
                                     "restate", "restated", "restating", "overstate", "overstated",
                                     "overstating", "understate", "understated", "understating", "inflate",
                                     "inflated", "inflating", "devalue", "devalued", "devaluing", "revalue",
                                     "revalued", "revaluing"};
    if (b > c->s0 && tk(c, b - 1) == NG_TOK_QUOTE) /* to increase productivity "by 30%" */
        b--;
    size_t v = verb_back(c, b, 1,
                         FIRST('c') | FIRST('r') | FIRST('l') | FIRST('b') | FIRST('s') | FIRST('i') | FIRST('t') |
                             FIRST('o') | FIRST('u') | FIRST('d'),
                         NG_TOK_LIST(verbs)); /* "cut the agency's staff by" */
    if (v == SIZE_MAX)
        return 0;
    size_t s = v + 1;
    /* the passive is of its subject: "prices have been cut by an average
     * of £40", "the rate was lowered by" (amounts18) */
    if (s == b && !(tf(c, v) & NG_TF_CAP) && !ends_in(c, v, 4, "ing") && passive_be(c, v))
        return subject_np(c, v, 1, os, oe);
    if (iswl(c, s, "the") || iswl(c, s, "its") || iswl(c, s, "their"))
        s++;
    if (s >= b || is_stop(c, s) || (tf(c, v) & NG_TF_CAP))
        return 0;
    *os = c->d->tokens.v[v].start;
    *oe = c->d->tokens.v[b - 1].end;
    return 1;
}

/* An auxiliary, adverb or particle between a subject and its verb ("the
 * cost could rise", "prices have already fallen"). */
static int is_aux(const actx *c, size_t i)
{
    static const char *const aux[] = {"would", "could", "will", "may", "might", "should", "can", "has", "have",
                                      "had", "is", "are", "was", "were", "be", "been", "also", "already",
                                      "almost", "nearly", "more", "than", "to", "expected", "set", "likely", "soon",
                                      "allowed", "closed", "ended", "finished", "opened", "traded", "projected",
                                      "tipped", "predicted", "need", "needs", "each"}; /* "were each fined" */
    return in_words(c, i, aux, NG_ARRAY_LEN(aux));
}

/* A verb that takes the noun after it as object ("made net profits of",
 * "has seen sales of"): one of a few irregular forms, or with ed set any
 * word ending in -ed or -ing ("posted sales of", "revealing debts of"). */
static int verb_before_noun(const actx *c, size_t i, int ed)
{
    static const char v[][8] = {"made", "make", "makes", "paid", "pay", "pays", "took", "take", "takes", "won",
                                    "win", "wins", "got", "get", "gets", "spent", "spend", "spends", "saw", "see",
                                    "sees", "set", "put", "gave", "give", "gives", "lost", "brought", "bring", "hold",
                                    "holds", "held", "offer", "offers", "seek", "seeks", "sought", "want", "wants", "seen",
                                    "shown", "given", "taken", "known", "thought", "report", "reports", "post",
                                    "posts", "announce", "whose", "sent", "send", "sends", "seeing", "cause",
                                    "causes", "include",
                                    "includes", "exclude", "excludes"};
    return (ed && participle(c, i)) || in_rows(c, i, v);
}

/* Is token i a dash between words ("-", en or em dash, spaced)? */
static int is_dash(const actx *c, size_t i)
{
    if (tk(c, i) != NG_TOK_PUNCT && tk(c, i) != NG_TOK_SYMBOL)
        return 0;
    const char *p = ts(c, i);
    size_t n = tn(c, i);
    return (n == 1 && p[0] == '-') || (n == 2 && p[0] == '-' && p[1] == '-') ||
           (n == 3 && (!memcmp(p, "\xE2\x80\x93", 3) || !memcmp(p, "\xE2\x80\x94", 3)));
}

/* May a subject run back over the "from" or "to" at t?  Not after a
 * participle or an infinitive's verb ("connected to", "expected to"), not
 * before an adverb ("to approximately double"), not before a verb of worth
 * (worth). */
static int walk_to(const actx *c, size_t t, int worth)
{
    if (worth || t <= c->s0 || t + 1 >= c->lim || tk(c, t - 1) != NG_TOK_WORD)
        return 0;
    if (participle(c, t - 1) || ends_in(c, t + 1, 4, "ly"))
        return 0;
    return !is_aux(c, t - 1) && !is_stop(c, t - 1);
}

/* Is the listed verb at t a noun ("Maternity pay for new mothers is to
 * rise", "the offer for the shares was"): one of the words that are
 * nouns too, before a phrase the subject runs over, after a determiner
 * or a capitalised word opening the sentence (objects8)? */
static int noun_of_verb(const actx *c, size_t t)
{
    static const char nouns[][8] = {"pay", "offer", "offers", "report", "reports", "post", "set", "take", "win", "cause"};
    if (t <= c->s0 || t + 1 >= c->lim || !in_rows(c, t, nouns))
        return 0;
    size_t b = t - 1;
    if (determiner(c, b) || iswl(c, b, "this"))
        return 1;
    return b == c->s0 && phrase_prep(c, t + 1) && tk(c, b) == NG_TOK_WORD && (tf(c, b) & NG_TF_CAP) && c->cls[b] == FL_NONE && !is_stop(c, b);
}

/* Is token i a word a noun phrase may hold: of no figures class, and no
 * stop word, participle, adverb in -ly (of at least lymin letters), verb
 * or auxiliary? */
static int plain_word(const actx *c, size_t i, size_t lymin)
{
    return tk(c, i) == NG_TOK_WORD && c->cls[i] == FL_NONE && !is_stop(c, i) && !participle(c, i) &&
           !ends_in(c, i, lymin, "ly") && !verb_before_noun(c, i, 0) && !is_aux(c, i);
}

/* May word i be an item of a list before its comma: a plural or a name
 * within the sentence, no stop word, verb, participle or adverb
 * (objects8)? */
static int list_item(const actx *c, size_t i)
{
    if (!plain_word(c, i, 3))
        return 0;
    const char *w = ts(c, i);
    size_t n = tn(c, i);
    if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && !singular_s(c, i))
        return 1;
    return i > c->s0 && (tf(c, i) & NG_TF_CAP);
}

/* The words of time a subject's time phrase counts (time_number_phrase,
 * time_phrase_start). */
static const char time_units[][16] = {"months", "weeks", "quarters", "days", "years", "month", "week"};

/* time_phrase_start's phrase with a number ("in the six months ending 31
 * December"): its first word, or e. */
static size_t time_number_phrase(const actx *c, size_t e)
{
    static const char ord[][8] = {"first", "last", "latest", "past", "second", "third", "fourth", "final"};
    static const char tail[][8] = {"to", "ending", "ended", "through", "until", "from", "of"};
    for (size_t p = e - 4; p + 12 > e; p--) {
        if (!(iswl(c, p, "in") || iswl(c, p, "for") || iswl(c, p, "during") || iswl(c, p, "over")) ||
            !iswl(c, p + 1, "the")) {
            if (p == c->s0)
                break;
            continue;
        }
        size_t q = p + 2;
        if (in_rows(c, q, ord))
            q++;
        if (!(tk(c, q) == NG_TOK_NUMBER || c->cls[q] == FL_NUM || c->cls[q] == FL_TENS) || !in_rows(c, q + 1, time_units))
            return e;
        q += 2;
        if (q == e)
            return p;
        if (!in_rows(c, q, tail))
            return e;
        /* "to 31 December", "ended February 28", "ending in February
         * 1987", "of the year", "of fiscal 1987" */
        for (q++; q < e; q++)
            if (!(tk(c, q) == NG_TOK_NUMBER || c->cls[q] == FL_MONTH || iswl(c, q, "in") || iswl(c, q, "to") ||
                  iswl(c, q, "the") || iswl(c, q, "year") || iswl(c, q, "fiscal")))
                return e;
        return p;
    }
    return e;
}

/* The start of a time phrase with a number that ends right before token
 * e inside a subject ("net profit in the six months ending 31 December
 * rose", "sales for the four weeks ended February 28 were", "the trade
 * surplus for the first two months of the year rose"), or of a month, a
 * year or "last"/"this year" ("sales in February rose", "revenues last
 * year rose"): its first word; e when there is none (objects8). */
static size_t time_phrase_start(const actx *c, size_t e)
{
    if (e < c->s0 + 2 || e > c->lim)
        return e;
    size_t l = e - 1;
    if (!(tk(c, l) == NG_TOK_NUMBER || c->cls[l] == FL_MONTH || in_rows(c, l, time_units) || iswl(c, l, "year") ||
          iswl(c, l, "quarter")))
        return e;
    size_t p0 = e >= c->s0 + 5 ? time_number_phrase(c, e) : e;
    if (p0 < e)
        return p0;
    /* "revenues last year rose", "sales in February were", "exports in
     * January 1987 fell", "imports in 1986 rose" */
    if ((iswl(c, l, "year") || iswl(c, l, "month") || iswl(c, l, "week") || iswl(c, l, "quarter")) &&
        (iswl(c, l - 1, "last") || iswl(c, l - 1, "this")))
        return l - 1;
    int year = tk(c, l) == NG_TOK_NUMBER && tn(c, l) == 4 && (ts(c, l)[0] == '1' || ts(c, l)[0] == '2');
    size_t m = year && l > c->s0 + 1 && c->cls[l - 1] == FL_MONTH ? l - 1 : l;
    if ((c->cls[m] == FL_MONTH || year) && m > c->s0 + 1 && (iswl(c, m - 1, "in") || iswl(c, m - 1, "during")))
        return m - 1;
    /* "pre-tax profits for 2004 rose", "net for fiscal 1986 fell" (objects11) */
    if (year && m == l) {
        m -= m > c->s0 + 2 && iswl(c, m - 1, "fiscal");
        if (m > c->s0 + 1 && iswl(c, m - 1, "for"))
            return m - 1;
    }
    return e;
}

/* The start of a time phrase between a verb and the "by" or "to" of its
 * change, ending right before token e: time_phrase_start's, a period with
 * "the" ("fell in the week by", "rose during the year by", "rose in the
 * first quarter to") or a day ("rose on March 5 to"); e when there is none
 * (amounts21). */
static size_t verb_gap_time(const actx *c, size_t e)
{
    static const char period[][8] = {"week", "month", "quarter", "year", "period", "half"};
    static const char which[][8] = {"first", "second", "third", "fourth", "latest", "current", "same", "past"};
    size_t tp = time_phrase_start(c, e);
    if (tp < e || e < c->s0 + 3)
        return tp;
    size_t l = e - 1;
    if (in_rows(c, l, period)) {
        size_t q = l - 1 - in_rows(c, l - 1, which);
        if (q > c->s0 + 1 && iswl(c, q, "the") && (iswl(c, q - 1, "in") || iswl(c, q - 1, "during")))
            return q - 1;
    }
    /* "on March 5", "on Feb 27" */
    if (tk(c, l) == NG_TOK_NUMBER && tn(c, l) <= 2 && c->cls[l - 1] == FL_MONTH && e > c->s0 + 3 &&
        iswl(c, l - 2, "on"))
        return l - 2;
    return e;
}

/* Is the possessive at token p, right before a verb, the end of a firm's
 * name after a preposition ("Profits at Indian drugmaker Dr Reddy's fell
 * 93%", "Sales at Sainsbury's rose"): a capitalised word before it and,
 * at most five words back, of/for/in/on/at with only words between
 * (objects15)?  Not a possessive whose noun is left out ("Germany's rose"). */
static int owner_name(const actx *c, size_t p)
{
    if (p < c->s0 + 3 || !(tf(c, p - 1) & NG_TF_CAP))
        return 0;
    for (size_t t = p - 1; t > c->s0 && t + 6 > p; t--) {
        if (tk(c, t - 1) != NG_TOK_WORD)
            return 0;
        if (phrase_prep(c, t - 1))
            return 1;
    }
    return 0;
}

/* Does subject_start stop at word t, a verb of saying or a clause opener
 * ("said", "which", "because": quotes_lex.c's subject_stops)?  The quote
 * annotator's per-token classes have the answer when it ran (one bit where
 * the list of 51 words was scanned for each word walked back over). */
static int subject_stop(const actx *c, size_t t)
{
    if (c->d->qwc)
        return (c->d->qwc[t] & NG_QW_SUBJ_STOP) != 0;
    return ng__q_is_subject_stop(ts(c, t), tn(c, t));
}

/* The start of the noun phrase that ends before token e, a subject ("the
 * cost" could rise, "demand for imported power in the region" would
 * double): back over "of"/"for"/"in"/"on" phrases, at most ten tokens, to a
 * comma, a stop word, a verb of saying or the sentence start (determiners
 * left out, as after "of").  Returns e when there is none. */
static size_t subject_start(const actx *c, size_t e)
{
    /* "the deficit with China was", but not "with sales rising", "with GM
     * up", "with inflation seen rising": a clause of its own */
    int with = e < c->lim && (tk(c, e) == NG_TOK_WORD || is_dash(c, e)) && !iswl(c, e, "up") && !iswl(c, e, "down") &&
               !iswl(c, e, "seen") && !ends_in(c, e, 4, "ing");
    /* "from" and "to" phrases too ("exports to Latin America declined",
     * "income from continuing operations"), but not after a participle
     * ("connected to", "expected to"), before an adverb ("revenue to
     * approximately double"), nor before a verb of worth, where the phrase
     * after them is the subject ("from individual gifts worth £1m") */
    int worth = e < c->lim && (iswl(c, e, "worth") || iswl(c, e, "valued") || iswl(c, e, "priced"));
    size_t s = time_phrase_start(c, e), n = 0, e0 = e;
    /* a noun (or an abbreviation's bracket) before the time phrase, else
     * none: not "1.5 pct higher in December", "in February this year" */
    if (s < e && (s == c->s0 ||
                  (tk(c, s - 1) == NG_TOK_PUNCT ? ts(c, s - 1)[0] != ')'
                                                 : tk(c, s - 1) != NG_TOK_WORD || c->cls[s - 1] != FL_NONE) ||
                  iswl(c, s - 1, "higher") || iswl(c, s - 1, "lower") || iswl(c, s - 1, "greater")))
        return e;
    size_t over = e - s; /* the time phrase's tokens, not counted */
    int crossed = 0; /* a "from" or "to" passed */
    int anded = 0;   /* an "and" or "or" passed */
    size_t comma = 0; /* the token after the last comma of a list crossed */
    while (s > c->s0 && e - s < 10 + over) {
        size_t t = s - 1;
        if (tk(c, t) == NG_TOK_POSSESSIVE && (n || owner_name(c, t))) {
            s--;
            continue;
        }
        /* an abbreviation in brackets after the noun: "gross domestic
         * product (GDP) rose" */
        if (!n && t >= c->s0 + 3 && ts(c, t)[0] == ')' && tk(c, t) == NG_TOK_PUNCT && ts(c, t - 2)[0] == '(' &&
            tk(c, t - 2) == NG_TOK_PUNCT && (tf(c, t - 1) & NG_TF_ALLCAP)) {
            s = e = t - 2;
            continue;
        }
        /* a list with commas before the "and" crossed: "Sales at
         * restaurants, bars and coffee houses rose", "Duties, royalties
         * and taxes" (objects8); an item before the comma a plural or a
         * name */
        if (anded && n && !crossed && tk(c, t) == NG_TOK_PUNCT && tn(c, t) == 1 && ts(c, t)[0] == ',' &&
            t > c->s0 && list_item(c, t - 1) && !is_stop(c, t + 1)) {
            if (!comma)
                comma = t + 1;
            s--;
            continue;
        }
        if (tk(c, t) != NG_TOK_WORD || subject_stop(c, t))
            break;
        /* "Royal Trust's basic per share earnings rose" */
        if (n && iswl(c, t, "per") && iswl(c, t + 1, "share")) {
            s--;
            continue;
        }
        int ft = (iswl(c, t, "from") || iswl(c, t, "to")) && walk_to(c, t, worth);
        /* "including"/"excluding" too: "business loans including acceptances
         * fell" (objects13) */
        if (phrase_prep(c, t) || (with && iswl(c, t, "with")) || ft ||
            (tn(c, t) == 9 && (iswl(c, t, "including") || iswl(c, t, "excluding")))) {
            if (!n)
                break;
            crossed |= ft;
            /* over the phrase: its determiner too */
            s--;
            continue;
        }
        if ((iswl(c, t, "the") || iswl(c, t, "his") || iswl(c, t, "her") || iswl(c, t, "its") ||
             iswl(c, t, "their") || ((iswl(c, t, "a") || iswl(c, t, "an")) && iswl(c, t - 1, "of"))) &&
            n && t > c->s0 && /* also "the price of a home fell" */
            (phrase_prep(c, t - 1) || ((iswl(c, t - 1, "from") || iswl(c, t - 1, "to")) && walk_to(c, t - 1, worth)) ||
             (with && iswl(c, t - 1, "with")))) { /* ("its surplus with the United States was", objects8) */
            /* also "holdings at the Bundesbank", "exports to the Community" */
            s--;
            continue;
        }
        /* a coordination of nouns, once: "Research and development were
         * likely to rise", "pretax loss before costs and extraordinary
         * items widened" (not after a verb, participle, adverb or number:
         * "sales have been improving and total revenue was") */
        if (n && !anded && !crossed && (iswl(c, t, "and") || iswl(c, t, "or")) && t > c->s0 && plain_word(c, t - 1, 4) &&
            !is_stop(c, t + 1)) {
            anded = 1;
            s--;
            continue;
        }
        /* "X and its Y": a name and what is its ("Vivendi and its former
         * chief executive Jean-Marie Messier were each fined") (amounts18) */
        if (n && !anded && !crossed && (iswl(c, t, "its") || iswl(c, t, "their")) && t > c->s0 + 1 &&
            iswl(c, t - 1, "and") && tk(c, t - 2) == NG_TOK_WORD && (tf(c, t - 2) & NG_TF_CAP) && !is_stop(c, t - 2)) {
            anded = 1;
            s -= 2;
            continue;
        }
        if (is_stop(c, t) || c->cls[t] == FL_NUM || tk(c, t) == NG_TOK_NUMBER || iswl(c, t, "albeit") ||
            (c->cls[t] == FL_TW && (c->val[t] == TW_TODAY || c->val[t] == TW_YESTERDAY)) ||
            (!(tf(c, t) & NG_TF_CAP) && tn(c, t) <= 8 && verb_before_noun(c, t, 0) &&
             (n || ts(c, t)[tn(c, t) - 1] != 'n') && !noun_of_verb(c, t))) /* (but "inflation seen rising") */
            break;
        s--, n++;
    }
    /* not a phrase opening the sentence before its comma ("In the UK,
     * sales and profits rose") */
    if (comma && s < comma && (phrase_prep(c, s) || iswl(c, s, "with") || iswl(c, s, "from") || iswl(c, s, "to") ||
                               iswl(c, s, "by") || iswl(c, s, "after") || iswl(c, s, "unlike") || iswl(c, s, "like")))
        s = comma;
    while (s < e && (phrase_prep(c, s) || iswl(c, s, "with") || iswl(c, s, "from") || iswl(c, s, "to") || iswl(c, s, "the") ||
                     tk(c, s) == NG_TOK_POSSESSIVE || (anded && (iswl(c, s, "and") || iswl(c, s, "or")))))
        s++;
    /* a phrase right after a preposition the walk does not cross is that
     * preposition's object, not the subject ("the yield on the bills …
     * from money houses will be"; "exports to Japan rose") */
    static const char prep[][8] = {"from", "to", "by", "into", "than", "between", "against", "via",
                                   "through", "among", "versus", "per", "toward", "towards", "onto"};
    size_t b = s; /* before the phrase's determiner: "corresponding to the net financing requirement" */
    if (b > c->s0 + 1 && (iswl(c, b - 1, "the") || iswl(c, b - 1, "its") || iswl(c, b - 1, "their")))
        b--;
    if (n && s < e && b > c->s0 && tk(c, b - 1) == NG_TOK_WORD && in_rows(c, b - 1, prep) && !worth &&
        !(iswl(c, b - 1, "by") && b > c->s0 + 1 && iswl(c, b - 2, "measured")))
        return e0; /* (but "from individual gifts worth £1m"; "inflation as measured by the index rose") */
    /* past a "from" or "to", a phrase after "X and", X the object of a
     * "to" or "from", is a second object of it ("the yield on sales to
     * banks and securities houses from money houses will be"; not "60 pct
     * of the market and exports to the Community rose") */
    if (crossed && s < e && s > c->s0 + 2 && (iswl(c, s - 1, "and") || iswl(c, s - 1, "or")))
        for (size_t q = s - 2; q > c->s0 && q + 5 > s && tk(c, q - 1) == NG_TOK_WORD; q--) {
            if (iswl(c, q - 1, "to") || iswl(c, q - 1, "from"))
                return e0;
            if (is_stop(c, q - 1) && !iswl(c, q - 1, "the"))
                break;
        }
    return n && s < e ? s : e;
}

/* The subject ending before token *e, or, when that is a relative "which"
 * or "that", the noun phrase the relative clause is about: the nearest
 * one, not over a preposition, a verb or a participle ("shares which have
 * advanced", "the appeal, which is expected to top", "the strength of its
 * economy that grew" → "economy", "offered tickets that were" →
 * "tickets"), up to five words; *e is then moved to its end.  Returns its
 * start, or *e when there is none. */
/* Is the comma clause [q + 1, r) after the phrase [s, q) an apposition,
 * a noun phrase with no verb or number ("Load factor, the percentage of
 * seats filled, fell"; not "Adjusted for …, the overall rate is 11.7%, up
 * 0.3 points"), the phrase a whole one, not cut at a preposition or a
 * bracket ("Sales of cars during mid-March, the start of the season,
 * dropped": its start is after "during") (objects13)? */
static int appositive(const actx *c, size_t s, size_t q, size_t r)
{
    static const char prep[][8] = {"during", "in", "of", "for", "on", "at", "from", "to", "by", "with",
                                   "over", "under", "after", "before", "since", "until", "into"};
    int open = s > c->s0 && tk(c, s - 1) != NG_TOK_WORD && !(tk(c, s - 1) == NG_TOK_PUNCT && ts(c, s - 1)[0] == ',');
    if (s >= q || open || (s > c->s0 && in_rows(c, s - 1, prep)))
        return 0; /* (nor after a wire code: "Shell Transport and Trading Plc <SC.L> shares, the U.K. arm") */
    for (size_t t = q + 1; t < r; t++)
        if (tk(c, t) == NG_TOK_NUMBER || c->cls[t] == FL_NUM || is_aux(c, t))
            return 0;
    return 1;
}

static size_t subject_or_antecedent(const actx *c, size_t *e)
{
    if (*e > c->s0 + 4 && tk(c, *e - 1) == NG_TOK_PUNCT && ts(c, *e - 1)[0] == ',') {
        /* "Shares in MCI, which changed its name …, were up": the subject
         * before a relative clause between commas (at most 30 tokens, no
         * other punctuation), without it (objects10) */
        for (size_t q = *e - 2; q > c->s0 && q + 30 > *e; q--) {
            if (tk(c, q) != NG_TOK_PUNCT)
                continue;
            /* (or an apposition: "Shares in Cairn Energy, a UK oil firm,
             * have closed down 18%": objects13) */
            int appos = article(c, q + 1);
            if (ts(c, q)[0] != ',' || !(iswl(c, q + 1, "which") || iswl(c, q + 1, "who") || appos))
                return *e;
            size_t s = subject_start(c, q);
            if (appos && !appositive(c, s, q, *e - 1))
                return *e;
            if (s < q)
                *e = q;
            return s < q ? s : *e;
        }
        return *e;
    }
    if (*e > c->s0 + 2 && is_dash(c, *e - 1)) {
        /* "sales outside western Europe - Renault's core market - rose":
         * the subject before the dashes, without them */
        for (size_t d = *e - 2; d > c->s0 && d + 25 > *e; d--)
            if (is_dash(c, d)) {
                size_t s = subject_start(c, d);
                if (s < d)
                    *e = d;
                return s < d ? s : *e;
            }
        return *e;
    }
    size_t s = subject_start(c, *e);
    if (s < *e || *e <= c->s0 + 1 || !(iswl(c, *e - 1, "which") || iswl(c, *e - 1, "that")))
        return s;
    size_t t = *e - 1;
    if (tk(c, t - 1) == NG_TOK_PUNCT && ts(c, t - 1)[0] == ',')
        t--;
    s = t;
    while (s > c->s0 && t - s < 5) {
        size_t u = s - 1;
        if (tk(c, u) == NG_TOK_POSSESSIVE && s < t && u > c->s0) {
            s--;
            continue;
        }
        if (tk(c, u) != NG_TOK_WORD || is_stop(c, u) || phrase_prep(c, u) || c->cls[u] != FL_NONE ||
            verb_before_noun(c, u, 1))
            break;
        s--;
    }
    while (s < t && tk(c, s) == NG_TOK_POSSESSIVE)
        s++;
    if (s >= t)
        return *e;
    *e = t;
    return s;
}

/* Are tokens k-2 .. k "a seasonally adjusted" (k > s0 + 2; objects11)? */
static int seasonally_adjusted(const actx *c, size_t k)
{
    return tn(c, k) == 8 && ts(c, k)[0] == 'a' && iswl(c, k, "adjusted") && iswl(c, k - 1, "seasonally") &&
           iswl(c, k - 2, "a");
}

/* Is token i an adverb in -ly, no noun ("money supply rose to")? */
static int adverb_ly(const actx *c, size_t i)
{
    static const char ly_noun[][16] = {"supply", "monopoly", "family", "assembly", "rally", "ally", "reply",
                                       "anomaly", "duopoly", "oligopoly", "daily", "weekly", "monthly",
                                       "quarterly", "belly", "jelly"};
    return ends_in(c, i, 5, "ly") && !(tf(c, i) & NG_TF_CAP) && !in_rows(c, i, ly_noun);
}

/* The start of an earning's subject [s, e) past a verb of forecasting or
 * helping the walk took for a noun: a lower-case word in -s or -ing before
 * a capitalised word or an object pronoun ("Healy projects GM will earn",
 * "expecting Reynolds Metals to earn" → from "GM", "Reynolds"); e when
 * what is left opens with an object pronoun ("helping them earn")
 * (objects15). */
static size_t past_forecaster(const actx *c, size_t s, size_t e)
{
    static const char pron[][8] = {"them", "him", "her", "us", "me"};
    for (size_t t = s; t + 1 < e; t++)
        if (tk(c, t) == NG_TOK_WORD && !(tf(c, t) & NG_TF_CAP) && (ends_in(c, t, 3, "s") || ends_in(c, t, 4, "ing")) &&
            (tf(c, t + 1) & NG_TF_CAP || in_rows(c, t + 1, pron)))
            s = t + 1;
    return s < e && !(tf(c, s) & NG_TF_CAP) && in_rows(c, s, pron) ? e : s; /* (not "The US giant") */
}

/* Does money raised have a raiser: "to raise" after a verb of intent or
 * a name, with a subject before ("Air China plans to raise", "Gordon
 * Brown will need to raise", "expect Jet to raise"; not "approval to
 * raise", "is ready to raise", "plans to raise" with no one before)?
 * Subject from token s (s < the "to" at k - 1), "raise" at k (objects17). */
static int raiser(const actx *c, size_t s, size_t k)
{
    static const char intent[][8] = {"plans", "plan", "planned", "expects", "expect", "expected", "hopes", "hope",
                                     "hoped", "intends", "intend", "need", "needs", "wants", "want", "seeks",
                                     "aims", "proposes"};
    if (!iswl(c, k - 1, "to"))
        return 1;
    size_t v = k - 2;
    return (tf(c, v) & NG_TF_CAP) || (in_rows(c, v, intent) && s < v);
}

/* Base and other forms of verbs of change that object_subject takes
 * beside change_verb's ("could rise", "has risen", "doubled"). */
static const char *const change_base[] = {
    "rise", "rises", "fall", "falls", "grow", "grows", "increase", "increases", "decrease", "decreases",
    "drop", "drops", "climb", "climbs", "jump", "jumps", "decline", "declines", "gain", "gains", "slip",
    "slips", "slide", "slides", "soar", "soars", "surge", "surges", "plunge", "plunges", "grown", "risen",
    "fallen", "doubled", "tripled",
};

/* The subject of a verb of change right before the amount at token a, or
 * of the verb at a itself (verb: "would double"): "steel prices rose by
 * 8%", "the cost could rise by 20 percent", "demand for imported power in
 * the region would double".  The noun phrase before the verb and its
 * auxiliaries or adverb, over "of"/"for"/"in"/"on" phrases, at most ten
 * tokens, back to a comma, a stop word, a verb of saying or the sentence
 * start (determiners left out, as after "of"); with a verb before the
 * amount the span runs to that verb.  Returns 1 and the span. */
static int object_subject(const actx *c, size_t a, int verb, int money, uint32_t *os, uint32_t *oe)
{
    static const char earn[][8] = {"earned", "earn", "earns", "earning", "pay", "fined"}; /* ("pay" after "to" or a modal: may_change) */
    static const char raise[][8] = {"raise", "raising"};
    size_t k = a;
    int earning = 0, raising = 0;
    if (verb && a + 1 < c->lim && tk(c, a + 1) == NG_TOK_WORD && !is_stop(c, a + 1) && !(tf(c, a + 1) & NG_TF_CAP)) {
        /* before a noun it is an adjective: "doubled profits" */
        size_t j = a + 1;
        while (j < c->lim && j < a + 4 && tk(c, j) == NG_TOK_WORD && !is_stop(c, j))
            j++;
        *os = c->d->tokens.v[a + 1].start;
        *oe = c->d->tokens.v[j - 1].end;
        return 1;
    }
    if (verb && a + 1 < c->lim && (determiner(c, a + 1) || (tf(c, a + 1) & NG_TF_CAP))) {
        /* a verb with its object: "double the number of …", "double
         * Iraq's output" */
        size_t j0 = a + 1 + (iswl(c, a + 1, "the") || iswl(c, a + 1, "its") || iswl(c, a + 1, "their")), j = j0;
        while (j < c->lim && j - j0 < 6 && (tk(c, j) == NG_TOK_WORD || tk(c, j) == NG_TOK_POSSESSIVE) && !is_stop(c, j))
            j++;
        if (j < c->lim && iswl(c, j, "of") && object_after(c, j, os, oe)) {
            *os = c->d->tokens.v[j0].start;
            return 1;
        }
        if (j == j0)
            return 0;
        *os = c->d->tokens.v[j0].start;
        *oe = c->d->tokens.v[j - 1].end;
        return 1;
    }
    if (!verb) {
        if (k <= c->s0 + 1)
            return 0;
        k--;
        /* "rose by a strong 0.7%", "grew a healthy 5%" */
        if (k > c->s0 + 2 && tk(c, k) == NG_TOK_WORD && !is_stop(c, k) && !(tf(c, k) & NG_TF_CAP) &&
            (iswl(c, k - 1, "a") || iswl(c, k - 1, "an")))
            k -= 2;
        /* "rose a seasonally adjusted 1.1 pct" (objects11) */
        else if (k > c->s0 + 4 && seasonally_adjusted(c, k) && !iswl(c, k - 3, "to"))
            k -= 3;
        /* "by an average of 24%", "dropping an average of 20%": as "by" and
         * the verb */
        if (k > c->s0 + 3 && iswl(c, k, "of") && iswl(c, k - 1, "average") &&
            (iswl(c, k - 2, "an") || iswl(c, k - 2, "the")))
            k -= 3;
        /* (a headline's "cuts prices by average of 24%", no article) */
        else if (k > c->s0 + 2 && iswl(c, k, "of") && iswl(c, k - 1, "average") && iswl(c, k - 2, "by"))
            k -= 2;
        /* "rose by just 28%", "fell only 2%" (objects10; not "slid to
         * just 20m euros", a level) */
        if (k > c->s0 + 1 && (iswl(c, k, "just") || iswl(c, k, "only")) && !iswl(c, k - 1, "to"))
            k--;
        if (iswl(c, k, "by") && object_of_cut(c, k, os, oe))
            return 1;
        /* "at an annual rate of 3.7%" after the verb is "by": "the economy
         * expanded at an annual rate of 3.7%" (up to three adjectives) */
        static const char grow[][16] = {"expanded", "expanding", "expand", "expands", "growing",
                                        "contracted", "contracting", "shrank", "shrinking", "increasing"};
        int rate = 0;
        if (k > c->s0 + 3 && iswl(c, k, "of") && iswl(c, k - 1, "rate")) {
            size_t t = k - 2;
            while (t > c->s0 + 1 && t + 5 > k && tk(c, t) == NG_TOK_WORD && !is_stop(c, t) && !(tf(c, t) & NG_TF_CAP))
                t--;
            if ((iswl(c, t, "a") || iswl(c, t, "an")) && t > c->s0 + 1 && iswl(c, t - 1, "at")) {
                k = t - 2;
                rate = 1;
            }
        }
        int byto = !rate && (iswl(c, k, "by") || iswl(c, k, "to")) && k > c->s0;
        if (byto)
            k--;
        /* over a time phrase between the verb and "by": "Permits fell in
         * January by 6.6 pct", "Reserves rose in the week by 400 mln
         * marks" (amounts21) */
        if (byto && iswl(c, k + 1, "by")) {
            size_t tp = verb_gap_time(c, k + 1);
            if (tp <= k && tp > c->s0 + 1 && (change_verb(c, tp - 1) || size_verb(c, tp - 1)))
                k = tp - 1;
        }
        /* "rose sharply by 5%" (objects11) */
        if (!rate && k > c->s0 + 1 && tk(c, k) == NG_TOK_WORD && adverb_ly(c, k) &&
            (change_verb(c, k - 1) || size_verb(c, k - 1)))
            k--;
        /* money a verb of earning names is of its subject, with the verb
         * as for a change ("Heinz earned 74.7 mln dlrs" → "Heinz earned",
         * "The Edinburgh MSP earns up to £30,000") (objects15; "earning",
         * "sees GE earning 1.35 dlrs": objects17); so is money
         * to pay and a fine ("Marsh agreed to pay", "Gallagher has been
         * fined") (objects16) */
        earning = money && !rate && in_rows(c, k, earn);
        /* and money raised, right after its verb ("Alltel Corp is raising
         * 50 mln dlrs", "Air China plans to raise $1bn"; not "raised by
         * 5 cts", a change) (objects17) */
        raising = money && !rate && !byto && in_rows(c, k, raise);
        earning |= raising;
        /* wire copy's "car sales were off 20.7 pct", as "down" (amounts21) */
        int off = !rate && k > c->s0 + 1 && iswl(c, k, "off") &&
                  (iswl(c, k - 1, "were") || iswl(c, k - 1, "was") || iswl(c, k - 1, "are") || iswl(c, k - 1, "is"));
        if (!earning && !off && !change_verb(c, k) && !in_words(c, k, change_base, NG_ARRAY_LEN(change_base)) &&
            !size_verb(c, k) && !(rate && in_rows(c, k, grow)))
            return 0;
        /* money after a base form only with "by" ("is to rise by £1,400"; not
         * the nouns of "price increases above $200", "includes gain 5 cts") */
        if (money && !earning && !off && !change_verb(c, k) && !iswl(c, k + 1, "by"))
            return 0;
        /* a level these reach is of the subject alone ("the ratio widened
         * to 33%": object_change_to) */
        if (iswl(c, k + 1, "to") && size_verb(c, k))
            return 0;
        if (rate && (iswl(c, k, "up") || iswl(c, k, "down")))
            return 0;
    }
    /* "those earning more than £100,000": the earners are "those"
     * (objects17) */
    if (earning && k > c->s0 && iswl(c, k, "earning") && iswl(c, k - 1, "those")) {
        *os = c->d->tokens.v[k - 1].start;
        *oe = c->d->tokens.v[k].end;
        return 1;
    }
    size_t e = k;
    while (e > c->s0 && e + 4 > k && tk(c, e - 1) == NG_TOK_WORD && is_aux(c, e - 1))
        e--;
    /* a payer's verb before "to pay": "has agreed to pay", "is ordered to
     * pay" (objects16) */
    static const char promise[][16] = {"agreed", "agree", "agrees", "offered", "ordered", "promised", "pledged"};
    if (earning && e > c->s0 + 1 && e < k && iswl(c, e, "to") && in_rows(c, e - 1, promise))
        for (e--; e > c->s0 && e + 6 > k && tk(c, e - 1) == NG_TOK_WORD && is_aux(c, e - 1);)
            e--;
    /* and a payer right before its verbs: not "its offer to pay", "is
     * willing to pay", "agreeing to pay", "hoped to pay"; nor a noun of
     * purpose after an article, "in a bid to raise" (objects17) */
    static const char no_payer[][8] = {"offer", "offers", "willing", "able"};
    if (earning && (iswl(c, k, "pay") || raising) &&
        (e <= c->s0 || tk(c, e - 1) != NG_TOK_WORD || participle(c, e - 1) || in_rows(c, e - 1, no_payer) ||
         (raising && e > c->s0 + 1 && article(c, e - 2))))
        return 0;
    /* (a relative clause between commas before the verb: the subject
     * before it, without the verb, as before dashes) */
    int rel = e > c->s0 && tk(c, e - 1) == NG_TOK_PUNCT && ts(c, e - 1)[0] == ',';
    size_t s = subject_or_antecedent(c, &e); /* "shares which have advanced" 4% */
    if (earning)
        s = past_forecaster(c, s, e);
    /* past the end of a time phrase before a name: "Last month Marsh
     * agreed to pay" (objects16) */
    static const char when[][8] = {"month", "year", "week", "time", "day"};
    if (earning && s + 1 < e && in_rows(c, s, when) && (tf(c, s + 1) & NG_TF_CAP))
        s++;
    if (s >= e || (raising && !raiser(c, s, k)))
        return 0;
    *os = c->d->tokens.v[s].start;
    /* with its verb, so that a change is not taken for a share of the same
     * thing ("cost could rise" by 20%, not "cost" as in "37% of the cost");
     * not over dashes */
    *oe = c->d->tokens.v[verb || is_dash(c, e) || rel ? e - 1 : k].end;
    return 1;
}

/* Is token t a modal verb ("can", "will", "must", ...)? */
static int modal_at(const actx *c, size_t t)
{
    static const char modal[][8] = {"can", "could", "will", "would", "may", "might", "must", "should"};
    return in_rows(c, t, modal);
}

static size_t past_period(const actx *c, size_t p);
/* The noun phrase before "of" right before an amount starting at token f
 * ("a capitalisation of £5.7bn", "placed a bet of £870", "his growth target
 * of 3.1%", "a record profit in 2004 of 30.6bn yen": over "in" and a year):
 * the noun and up to three words before it, over a possessive.  Not a
 * quantity ("a total of", "in excess of", "the region of"), a change or
 * share ("a rise of 5%": what changes follows it), a participle ("accused
 * of") or a name.  Returns 1 and the span. */
static int object_of_noun(const actx *c, size_t f, int money, uint32_t *os, uint32_t *oe)
{
    static const char quantity[][16] = {"total", "average", "maximum", "minimum", "excess", "region", "equivalent",
                                           "sum", "upwards", "tune", "order", "amount", "level", "figure", "mark",
                                           "increments", "multiple", "part", "half", "third", "quarter", "fraction",
                                           "rate", "area", "low", "high", "peak", "record"};
    /* alone, these name no object: "an earlier estimate of 1.7%" (of what?),
     * "gains of 4.5%" (but "annual price rises of up to 70%") */
    static const char bare[][16] = {"estimate", "estimates", "forecast", "forecasts", "target", "prediction",
                                       "projection", "expectation", "expectations", "value", "price", "rises",
                                       "increases", "falls", "drops", "cuts", "gains", "jumps", "declines",
                                       "reductions", "hikes", "improvements"};
    if (f < c->s0 + 2 || !iswl(c, f - 1, "of"))
        return 0;
    size_t h = f - 2;
    int num = tk(c, h) == NG_TOK_NUMBER || c->cls[h] == FL_NUM;
    size_t y = h - (num && h > c->s0 + 2 && iswl(c, h - 1, "fiscal")); /* "revenue in fiscal 1987 of" */
    if (num && y > c->s0 + 1 && (iswl(c, y - 1, "in") || iswl(c, y - 1, "for")))
        h = y - 2; /* "a record profit in 2004 of", "sales for 1986 of" (amounts21) */
    else
        h = past_period(c, h); /* "a net loss for the year of" (amounts21) */
    const char *w = ts(c, h);
    size_t m = tn(c, h);
    /* a rate that its noun names is no bare quantity: "an inflation rate of
     * 1.6%", "Last year's growth rate of 6%" (not "an annual rate of") */
    static const char named_rate[][16] = {"growth", "inflation", "interest", "unemployment", "jobless", "exchange",
                                          "savings", "vacancy", "tax", "mortgage", "lending", "discount", "deposit",
                                          "base", "prime", "funds", "loan", "piracy", "birth", "crime"};
    int rate = iswl(c, h, "rate") && h > c->s0 && in_rows(c, h - 1, named_rate);
    /* money's gain is an accounting item, as a loss ("an extraordinary
     * gain of 1.2 mln dlrs"); a change with nouns before it is of them, as
     * before the figure ("a sales increase of 6.5%" → "sales", as "a 6.5%
     * sales increase") (objects13) */
    int gain = money && (iswl(c, h, "gain") || iswl(c, h, "gains")); /* "includes gains of 1.8 mln dlrs" (objects14) */
    int bad = tk(c, h) != NG_TOK_WORD || is_stop(c, h) || c->cls[h] != FL_NONE ||
              ((tf(c, h) & NG_TF_CAP) && h > c->s0) ||
              (m > 3 && (!memcmp(w + m - 2, "ed", 2) || !memcmp(w + m - 3, "ing", 3)));
    int chg = !bad && !gain && change_word(c, h);
    if (chg && h > c->s0 && !iswl(c, h, "stake") && !iswl(c, h, "holding") && !iswl(c, h, "share") &&
        !iswl(c, h, "growth")) { /* (growth_of's) */
        size_t j = h;
        while (j > c->s0 && h - j < 3 && tk(c, j - 1) == NG_TOK_WORD && !is_stop(c, j - 1) &&
               c->cls[j - 1] == FL_NONE && !verb_before_noun(c, j - 1, 1) && !participle(c, j - 1))
            j--;
        if (j > c->s0 && (iswl(c, j - 1, "and") || iswl(c, j - 1, "or"))) /* "a wage and benefit increase of" */
            return 0;
        return nouns_before_change(c, j, h, os, oe);
    }
    if (bad || chg || (in_rows(c, h, quantity) && !rate))
        return 0;
    size_t s = h, n = 0;
    while (s > c->s0 && n < 3) {
        size_t t = s - 1;
        if (tk(c, t) == NG_TOK_POSSESSIVE && t > c->s0 && tk(c, t - 1) == NG_TOK_WORD) {
            s -= 2; /* "Libya's funds" */
            break;
        }
        if (tk(c, t) != NG_TOK_WORD || is_stop(c, t) || c->cls[t] == FL_NUM || c->cls[t] == FL_TENS ||
            verb_before_noun(c, t, 1))
            break;
        if (c->cls[t] == FL_SCALE || c->cls[t] == FL_CUR)
            return 0; /* "one billion stg of nine pct bonds" */
        s--, n++;
    }
    /* a verb after a modal is no part of the noun ("it can only issue
     * coins of 500 yen" → "coins"), nor one of showing after "to"
     * ("expected the company to show current losses of" → "current
     * losses") */
    static const char show[][8] = {"show", "post", "report"};
    if (s < h && s > c->s0 && tk(c, s) == NG_TOK_WORD &&
        (modal_at(c, s - 1) || (iswl(c, s - 1, "to") && in_rows(c, s, show)) ||
         (s > c->s0 + 1 && (iswl(c, s - 1, "only") || iswl(c, s - 1, "not") || iswl(c, s - 1, "also")) &&
          modal_at(c, s - 2))))
        s++;
    if (s == h && !gain && in_rows(c, h, bare))
        return 0;
    /* an accounting item named before a chain of prepositional phrases is
     * what the amount is of, with the chain ("a loss from continuing
     * operations of", "a provision for loss on sale of a subsidiary of",
     * "the cumulative effect of a change in accounting principle of"): back
     * over at most eight words to such a noun right before a preposition;
     * profit, earnings and income too ("earnings from discontinued
     * operations of"), but not over sales, which are money of their own
     * ("earnings on sales of 1.6 billion dlrs" → "sales") (objects14) */
    static const char item[][16] = {"loss", "losses", "gain", "gains", "provision", "provisions", "charge",
                                    "charges", "writedown", "writedowns", "writeoff", "effect", "credit", "credits"};
    static const char income[][16] = {"profit", "profits", "earnings", "income"};
    static const char pp[][8] = {"of", "on", "in", "from", "for"};
    int own = iswl(c, h, "sales") || iswl(c, h, "revenues") || iswl(c, h, "revenue");
    for (size_t t = s, steps = 0; t > c->s0 + 1 && steps < 8; t--, steps++) {
        if (in_rows(c, t - 1, pp) && tk(c, t - 2) == NG_TOK_WORD &&
            (in_rows(c, t - 2, item) || (!own && in_rows(c, t - 2, income)))) {
            s = t - 2;
            break;
        }
        if (tk(c, t - 1) != NG_TOK_WORD || (c->cls[t - 1] != FL_NONE && !in_rows(c, t - 1, pp)) ||
            iswl(c, t - 1, "and") || iswl(c, t - 1, "or") || verb_before_noun(c, t - 1, 0))
            break;
    }
    /* a phrase cut short by a number ("20 day tranches of"; not a year: "a
     * 2004 dividend of") */
    if (s > c->s0 && (tk(c, s - 1) == NG_TOK_NUMBER || c->cls[s - 1] == FL_NUM || c->cls[s - 1] == FL_TENS) &&
        !(tn(c, s - 1) == 4 && (!memcmp(ts(c, s - 1), "19", 2) || !memcmp(ts(c, s - 1), "20", 2))))
        return 0;
    *os = c->d->tokens.v[s].start;
    *oe = c->d->tokens.v[h].end;
    return 1;
}

/* Is word i, in -ing right before a verb of level, a noun ("Gross mortgage
 * lending stood at", "Consumer spending was", "The offering was priced
 * at"): after a determiner, a possessive or a plain word that is no
 * auxiliary, stop word or participle, or opening the sentence (amounts21)? */
static int ing_subject(const actx *c, size_t i)
{
    if (!ends_in(c, i, 5, "ing") || iswl(c, i, "being") || iswl(c, i, "seeing"))
        return 0;
    if (i == c->s0)
        return 1;
    size_t p = i - 1;
    return determiner(c, p) || tk(c, p) == NG_TOK_POSSESSIVE ||
           (tk(c, p) == NG_TOK_WORD && c->cls[p] == FL_NONE && !is_stop(c, p) && !is_aux(c, p) && !participle(c, p));
}

/* The subject before the verb at token v and its auxiliaries, without
 * them (object_level, object_change_to): none when it is a time alone
 * ("this year is 7 pct", "in the six months rose 28% to"); with strict,
 * none after another verb ("is thought to have cost") or when cut short by
 * a number or a quantifier ("the total cost of the 20 projects", "the limit
 * on other kinds of bank", "net income in the last quarter").  Returns 1
 * and the span. */
static int subject_np(const actx *c, size_t v, int strict, uint32_t *os, uint32_t *oe)
{
    static const char quant[][8] = {"other", "last", "next", "each", "every", "more", "less",
                                    "first", "same", "another", "over", "under", "about", "up"};
    size_t e = v;
    /* (and an adverb in -ly among them: "oil prices will eventually rise to") */
    while (e > c->s0 && e + 4 > v && tk(c, e - 1) == NG_TOK_WORD && (is_aux(c, e - 1) || adverb_ly(c, e - 1)))
        e--;
    /* (not before "costs", a noun there: a table's "Net operating costs 1.77
     * billion stg") */
    if (strict && (e <= c->s0 || (verb_before_noun(c, e - 1, 1) &&
                                  (!ing_subject(c, e - 1) || iswl(c, v, "costs") || iswl(c, v, "cost")))))
        return 0;
    size_t s = subject_or_antecedent(c, &e); /* "the appeal, which is expected to top" */
    if (s >= e)
        return 0;
    if (strict && s > c->s0 &&
        (tk(c, s - 1) == NG_TOK_NUMBER || c->cls[s - 1] == FL_NUM || c->cls[s - 1] == FL_TENS ||
         (tk(c, s - 1) == NG_TOK_WORD && in_rows(c, s - 1, quant))))
        return 0;
    int hc = c->cls[e - 1];
    if (e - s <= 2 && (hc == FL_UNIT || hc == FL_MONTH || hc == FL_WDAY || hc == FL_SEASON))
        return 0;
    *os = c->d->tokens.v[s].start;
    *oe = c->d->tokens.v[e - 1].end;
    return 1;
}

/* The token before "a record", "a new record" or "the record" right before
 * token f ("hit a record $412bn", "rose to a record 13%"), else f. */
static size_t past_record(const actx *c, size_t f)
{
    size_t k = f;
    /* a level named by a noun: "hit an all-time high of $671.7bn", "kept
     * rates at a record low of 3.25%", "reached a peak of 9%" (objects12) */
    if (k > c->s0 + 3 && iswl(c, k - 1, "of") && tn(c, k - 2) <= 4 &&
        (iswl(c, k - 2, "high") || iswl(c, k - 2, "low") || iswl(c, k - 2, "peak"))) {
        static const char adj[][16] = {"record", "new", "all-time", "fresh", "historic"};
        k -= 2;
        for (int n = 0; n < 2 && k > c->s0 + 1 && in_rows(c, k - 1, adj); n++)
            k--;
        return article(c, k - 1) ? k - 1 : f;
    }
    /* a figure's own estimate or kind as "a record": "fell to a
     * provisional 228.86 billion francs", "grew to an estimated 4.72 billion
     * dlrs", "rose by 2.8 pct to a total 396 billion dlrs" (objects15) */
    static const char kind[][16] = {"provisional", "preliminary", "estimated", "revised", "average", "total",
                                    "maximum"};
    size_t n = k > c->s0 + 2 ? tn(c, k - 1) : 0; /* (an odd length of 5 to 11 and the first letter first) */
    char a0 = n ? ts(c, k - 1)[0] : 0;
    if (n >= 5 && n <= 11 && (n & 1) && (a0 == 'p' || a0 == 'e' || a0 == 'r' || a0 == 'a' || a0 == 't' || a0 == 'm') &&
        article(c, k - 2) && in_rows(c, k - 1, kind))
        return k - 2;
    if (k <= c->s0 + 1 || !iswl(c, k - 1, "record"))
        return f;
    k--;
    if (k > c->s0 + 1 && iswl(c, k - 1, "new"))
        k--;
    return k > c->s0 && (iswl(c, k - 1, "a") || iswl(c, k - 1, "the")) ? k - 1 : f;
}

/* The subject of "to be" or of a verb of level or price right before the
 * amount starting at token f ("Growth was 1.1%", "the original size of
 * Libya's funds was $400m", "the value of the housing stock reached the
 * £3.3 trillion mark", "stands at 28.6%", "a deal valued at $4bn", "the
 * plan will cost £5bn"): the noun phrase before the verb and its
 * auxiliaries, without them.  Returns 1 and the span. */
static int issue_object(const actx *c, size_t f, uint32_t *os, uint32_t *oe);

/* Is the subject found before token q, starting at byte os, cut short:
 * after a relative word ("which the company put at"), a preposition the
 * walk does not pass ("needs around the courthouse has been estimated
 * at"), with any_stop after another stop word ("Electric output so far this
 * year was"), or opening with "still" or "already"?  (objects12) */
static int cut_short(const actx *c, size_t q, uint32_t os, int any_stop)
{
    size_t t = q;
    while (t > c->s0 && c->d->tokens.v[t].start > os)
        t--;
    if (iswl(c, t, "still") || iswl(c, t, "already"))
        return 1;
    if (t > c->s0 && article(c, t - 1))
        t--;
    if (t <= c->s0 || tk(c, t - 1) != NG_TOK_WORD)
        return 0;
    if (iswl(c, t - 1, "around") || iswl(c, t - 1, "which") || iswl(c, t - 1, "that") || iswl(c, t - 1, "who"))
        return 1;
    return any_stop && is_stop(c, t - 1) && !iswl(c, t - 1, "the") && !iswl(c, t - 1, "said") &&
           c->cls[t - 1] != FL_MONTH;
}

/* Is the participle at v passive: a form of "be" right before it, or two
 * before it past an adverb ("was officially put at", "has been set at")? */
static int passive_be(const actx *c, size_t v)
{
    static const char be[][8] = {"is", "was", "are", "were", "be", "been", "being"};
    for (size_t k = v; k > c->s0 && v - k < 2; k--)
        if (in_rows(c, k - 1, be))
            return 1;
    return 0;
}

static int object_level(const actx *c, size_t f, size_t fr, uint32_t *os, uint32_t *oe)
{
    static const char level[][8] = {"was", "is", "were", "are", "be", "been", "remain", "remains", "remained",
                                        "stood", "stands", "stand", "reached", "reach", "reaches", "hit", "hits",
                                        "topped", "tops", "top", "totalled", "totaled", "totals", "amounted", "amounts",
                                        "valued", "priced", "worth", "cost", "costs", "costing", "average",
                                        "averages", "averaged", "took", "grossed", "taken", "made", "paying",
                                        "put", "set", "trading", "traded", "trades", "closed", "opened", "ended",
                                        "finished", "fetch", "fetches", "fetched"}; /* (put … finished only with "at", as "estimated") */
    /* a film's own name for itself ("the boxing drama, which won four
     * awards, has made £4.4m") (objects13) */
    static const char film[][16] = {"film", "films", "movie", "movies", "sequel", "sequels", "drama",
                                    "comedy", "thriller", "blockbuster", "animation", "documentary", "remake",
                                    "musical"};
    size_t k = fr; /* past "a record": "hit a record $412bn" */
    if (k == f && k > c->s0 && (iswl(c, k - 1, "the") || iswl(c, k - 1, "a")))
        k--; /* "reached the £3.3 trillion mark" */
    else if (k == f && k > c->s0 + 1 && (iswl(c, k - 1, "just") || iswl(c, k - 1, "only")))
        k--; /* "was only £38", "worth just $20m" */
    if (k > c->s0 + 2 && iswl(c, k - 1, "currently"))
        k--; /* "were currently 7.5%" */
    int prep = k > c->s0 && (iswl(c, k - 1, "at") || iswl(c, k - 1, "to"));
    k -= (size_t)prep; /* "stood at", "amounted to", "valued at" */
    if (prep && k > c->s0 + 2 && iswl(c, k - 1, "currently"))
        k--; /* "was currently at 62%" */
    /* "was unchanged at 9.9%", "remained steady at", "are stuck at" */
    static const char still[][16] = {"unchanged", "steady", "stable", "flat", "constant", "stuck"};
    if (prep && iswl(c, k, "at") && k > c->s0 + 2 && in_rows(c, k - 1, still) && in_rows(c, k - 2, level))
        k--;
    else if (prep && iswl(c, k, "at") && k > c->s0 + 3 && iswl(c, k - 1, "hold") && iswl(c, k - 2, "on") &&
             in_rows(c, k - 3, level))
        k -= 2; /* "rates are set to remain on hold at 4.75%" (objects10) */
    /* "The surplus is estimated at 350 billion yen", "Unemployment was
     * officially put at 4.8 pct", "the minimum wage is set at £4.85"
     * (objects12): "at" only */
    int est = prep && k > c->s0 + 1 && iswl(c, k, "at") && tn(c, k - 1) == 9 && iswl(c, k - 1, "estimated");
    int raked = !prep && k > c->s0 + 2 && iswl(c, k - 1, "in") && iswl(c, k - 2, "raked");
    if (raked) /* "has raked in $80m" (objects13) */
        k--;
    if (k <= c->s0 + 1 || !(est || in_rows(c, k - 1, level)))
        return 0;
    /* "The dollar was trading at $1.2944", "Federal funds were trading at
     * 6-1/4 pct" (objects17): "at" only, as "put" and "set" */
    static const char trade[][8] = {"trading", "traded", "trades"};
    /* and a close or an opening: "Manchester United shares closed at
     * 270.25p", "Federal funds opened at 6-3/16 pct" (amounts21) */
    static const char close[][8] = {"closed", "opened", "ended", "finished"};
    int closing = in_rows(c, k - 1, close);
    if (closing && !(prep && iswl(c, k, "at")))
        return 0;
    /* a price an auction fetches is of what is sold, without "at": "The
     * collection could fetch up to £9m" (amounts21) */
    if (prep && (iswl(c, k - 1, "fetch") || iswl(c, k - 1, "fetches") || iswl(c, k - 1, "fetched")))
        return 0;
    int putset = (tn(c, k - 1) == 3 && (iswl(c, k - 1, "put") || iswl(c, k - 1, "set"))) || in_rows(c, k - 1, trade);
    if (putset && !(prep && iswl(c, k, "at")))
        return 0;
    /* "valued" and "priced" only with "at": "went on sale in mid-November
     * priced $150" is the thing's price, not the clause before it */
    if (!prep && (iswl(c, k - 1, "valued") || iswl(c, k - 1, "priced")))
        return 0;
    /* box office: "the film took $22.7m", "the sequel grossed" -- a noun,
     * not a title cut short ("Howl's Moving Castle took") nor "so far";
     * also made, has taken, raked in, over an auxiliary or a clause
     * between commas ("The film, which won four awards, has made £4.4m"),
     * checked on the subject found below (objects13) */
    int took = raked || iswl(c, k - 1, "took") || iswl(c, k - 1, "grossed") || iswl(c, k - 1, "taken") ||
               iswl(c, k - 1, "made");
    if (took && (prep || k < c->s0 + 3))
        return 0;
    /* a new issue's coupon or price: "is issuing a … eurobond due …
     * paying 4-1/2 pct and priced at 101-1/2 pct" (objects10) */
    if (iswl(c, k - 1, "paying"))
        return !prep && issue_object(c, f, os, oe);
    if (!subject_np(c, k - 1, 1, os, oe))
        return prep && iswl(c, k - 1, "priced") && issue_object(c, f, os, oe);
    if ((est || putset) && (cut_short(c, k - 1, *os, 0) || (putset && !passive_be(c, k - 1)))) {
        /* ("put" and "set" only in the passive: in "whose cost the ministry
         * put at €11.5 billion" the subject is who put it, not what;
         * "estimated at" right after its subject is a passive of its own,
         * "with piracy estimated at 92%") */
        *os = *oe = 0;
        return 0;
    }
    size_t h = k - 1; /* the subject's last word */
    while (h > c->s0 && c->d->tokens.v[h].end > *oe)
        h--;
    size_t s0 = h; /* (and its first: "Spider-Man and its sequel made" is cut short) */
    while (s0 > c->s0 && c->d->tokens.v[s0].start > *os)
        s0--;
    if (took && (!(c->d->text[*os] >= 'a' && c->d->text[*os] <= 'z') || !in_rows(c, h, film) ||
                 (s0 > c->s0 && (iswl(c, s0 - 1, "its") || iswl(c, s0 - 1, "their"))))) {
        /* "the movie Howl's Moving Castle, which took" */
        *os = *oe = 0;
        return 0;
    }
    return 1;
}

/* The token where amount a starts, walking back from token t inside it
 * (its last, say), or the sentence's first token if that comes first. */
static size_t amount_first(const actx *c, size_t t, const ng_amount *a)
{
    while (t > c->s0 && c->d->tokens.v[t].start > a->start)
        t--;
    return t;
}

/* The subject of a verb of change before "to" and the amount starting at
 * token f, over the change's own amount ("Net profit rose 28% to A$458.4m",
 * "revenues grew 6.4% to $42.09bn", "Shares fell to $8"): the level
 * reached is of the subject, without the verb.  Returns 1 and the span. */
static int object_change_to(const actx *c, size_t f, uint32_t *os, uint32_t *oe)
{
    /* verbs of change but for the list of change_verb: base forms after an
     * auxiliary or "to" ("profits fall to", "is projected to rise to"), and
     * a few more ("Growth slowed to 0.3%") */
    static const char more[][16] = {"rise", "fall", "grow", "increase", "decrease", "drop", "climb", "jump",
                                    "decline", "risen", "fallen", "grown", "slowed", "accelerated",
                                    "doubled", "tripled", "quadrupled", "halved"}; /* (the last four amounts21) */
    /* (f past "a record": "surged by 35.7% to a record $180.7bn") */
    if (f < c->s0 + 3)
        return 0;
    /* "rose to a seasonally adjusted 122.29 billion dlrs" (objects11) */
    if (f > c->s0 + 4 && seasonally_adjusted(c, f - 1))
        f -= 3;
    int from = iswl(c, f - 1, "from"); /* the level left: "fell from £180,126 to" */
    int at = iswl(c, f - 1, "at");     /* the level reached: "closed up 4p at 274.5p" */
    if (!from && !at && !iswl(c, f - 1, "to"))
        return 0;
    size_t v = f - 2;
    if (at && tk(c, v) == NG_TOK_PUNCT && ts(c, v)[0] == ',') /* "closed down 247p, or 18%, at" */
        v--;
    /* over a time phrase: "were down 4% in 2004 to", "fell from £18.10 in
     * May to", "is forecast to fall in 2004 from 1.9% to" (objects10), "rose
     * on March 5 to", "rose in the first quarter to" (amounts21) */
    size_t n = c->d->amounts.n;
    const ng_amount *last = n ? &c->d->amounts.v[n - 1] : NULL;
    if (!(last && last->end == c->d->tokens.v[v].end)) {
        size_t tp = verb_gap_time(c, v + 1);
        if (tp <= v && tp > c->s0 + 1)
            v = tp - 1;
    }
    /* "growth slowed sharply to 5.6%" (objects11) */
    if (!at && v > c->s0 + 1 && tk(c, v) == NG_TOK_WORD && adverb_ly(c, v) &&
        (change_verb(c, v - 1) || size_verb(c, v - 1) || in_rows(c, v - 1, more)))
        v--;
    int change = 0; /* the change's amount passed */
    /* (a multiplier is its own verb: "net income almost tripled to", amounts21) */
    if (last && last->end == c->d->tokens.v[v].end &&
        !(last->kind == NG_AMT_MULTIPLIER && in_rows(c, v, more))) { /* the change's amount: "28%" */
        v = amount_first(c, v, last);
        if (v == c->s0)
            return 0;
        v--;
        change = 1;
        /* "down 247p, or 18%," : the change given twice */
        if (at && iswl(c, v, "or") && n >= 2) {
            const ng_amount *p = &c->d->amounts.v[n - 2];
            v -= v > c->s0 + 1 && tk(c, v - 1) == NG_TOK_PUNCT && ts(c, v - 1)[0] == ',' ? 2 : 1;
            if (p->end != c->d->tokens.v[v].end)
                return 0;
            v = amount_first(c, v, p);
            if (v == c->s0)
                return 0;
            v--;
        }
    }
    if (at && !change) /* ("valued at", "priced at": object_level, object_cause_to) */
        return 0;
    /* the level reached after the level left: "fell from 1.9% to 1.8%"
     * (objects10) */
    if (change && !at && !from && iswl(c, v, "from") && v > c->s0 + 1) {
        from = 1;
        v--;
        size_t tp = verb_gap_time(c, v + 1);
        if (tp <= v && tp > c->s0 + 1)
            v = tp - 1;
    }
    if (iswl(c, v, "by") && v > c->s0) {
        v--;
        /* "declined during the year by 251 mln dlrs to" (amounts21) */
        size_t tp = verb_gap_time(c, v + 1);
        if (tp <= v && tp > c->s0 + 1 && change_verb(c, tp - 1))
            v = tp - 1;
    }
    /* a passive of change: "The grade was reduced to $16.85", "rates were
     * cut from 2.5% to 2%" (objects8) */
    static const char passive[][8] = {"cut", "raised", "reduced", "lowered", "lifted", "trimmed", "slashed", "boosted",
                                      "revised"};
    /* "The previous week's M-1 level was revised to", "the surplus was
     * revised down to" (amounts21) */
    if (v > c->s0 + 2 && (iswl(c, v, "down") || iswl(c, v, "up") || iswl(c, v, "downward") || iswl(c, v, "upward")) &&
        iswl(c, v - 1, "revised"))
        v--;
    /* (not the level left after "revised": "The December figure was revised
     * from a provisional 4.8 billion franc surplus") */
    if (v > c->s0 + 1 && in_rows(c, v, passive) && !(from && iswl(c, v, "revised")) &&
        (iswl(c, v - 1, "was") || iswl(c, v - 1, "were") || iswl(c, v - 1, "be") || iswl(c, v - 1, "been") ||
         iswl(c, v - 1, "is") || iswl(c, v - 1, "are")))
        return subject_np(c, v, 1, os, oe);
    if (!(change_verb(c, v) || in_rows(c, v, more) || size_verb(c, v)) ||
        (!at && !change && (iswl(c, v, "up") || iswl(c, v, "down"))))
        return 0;
    /* "edged up 0.1% to 4.7%": the level is of the subject alone */
    if (!at && (iswl(c, v, "up") || iswl(c, v, "down")) && v > c->s0 + 1 && tk(c, v - 1) == NG_TOK_WORD &&
        (ends_in(c, v - 1, 4, "ed") || iswl(c, v - 1, "went")) && !is_aux(c, v - 1))
        v--; /* ("went up by 3% to") */
    /* strict (no subject cut short by a number) for the verbs and the
     * "from" added in helper round objects7 */
    return subject_np(c, v, from || at || !change_verb(c, v), os, oe);
}

/* The level a change named by a noun reaches: "a 6% rise in profits to
 * £280m", "a fall in the rate of inflation to 2.3%", "an increase in the
 * minimum wage to £5.60": the phrase between "in" and "to" (at most ten
 * tokens, words, possessives and prepositions, no number or punctuation)
 * after a noun of change.  Returns 1 and the span. */
static int object_rise_in_to(const actx *c, size_t f, uint32_t *os, uint32_t *oe)
{
    static const char noun[][16] = {"rise", "rises", "increase", "increases", "fall", "falls", "drop",
                                    "cut", "cuts", "gain", "jump", "decline", "boost", "reduction",
                                    "hike", "slump", "surge", "slide", "climb", "slip", "dip"};
    /* nor a clause: "rates there which would have been equal to" */
    static const char clause[][8] = {"which", "that", "who", "would", "will", "could", "been", "be",
                                     "was", "were", "is", "are", "has", "have", "had"};
    /* (f past "a record") */
    if (f < c->s0 + 4 || !iswl(c, f - 1, "to"))
        return 0;
    size_t e = f - 1, t = e - 1;
    /* first the noun and "in" (a cheap scan), then the phrase's words */
    while (t > c->s0 && e - t <= 10 && (tk(c, t) == NG_TOK_WORD || tk(c, t) == NG_TOK_POSSESSIVE) &&
           !(iswl(c, t, "in") && tk(c, t - 1) == NG_TOK_WORD && in_rows(c, t - 1, noun)))
        t--;
    if (t <= c->s0 || e - t > 10 || !iswl(c, t, "in"))
        return 0;
    size_t b = t + 1;
    if (b + 1 < e && (iswl(c, b, "the") || iswl(c, b, "its") || iswl(c, b, "their")))
        b++; /* "a fall in the rate of inflation to" */
    if (b >= e || is_stop(c, b) || (b + 1 == e && iswl(c, b, "half"))) /* "cut in half to" */
        return 0;
    /* no number, no verb ("the increase in sales pushed spending to") */
    for (size_t u = b; u < e; u++)
        if (c->cls[u] == FL_NUM || c->cls[u] == FL_TENS ||
            (tk(c, u) == NG_TOK_WORD &&
             (ends_in(c, u, 4, "ed") || verb_before_noun(c, u, 0) || in_rows(c, u, clause))))
            return 0;
    *os = c->d->tokens.v[b].start;
    *oe = c->d->tokens.v[e - 1].end;
    return 1;
}

/* The object of a verb that takes it to the amount starting at token f
 * ("has pushed the budget deficit to a record $427bn", "raised its stake
 * to 20%") or keeps it there ("kept interest rates steady at 4.75%", "set
 * the price at $5"): the noun phrase between the verb and "to"/"at", at
 * most eight tokens, without the verb.  Returns 1 and the span. */
static int object_cause_to(const actx *c, size_t f, uint32_t *os, uint32_t *oe)
{
    static const char verbs[][16] = {"pushed", "push", "pushes", "pushing", "brought", "bring", "brings", "took",
                                    "take", "takes", "drove", "drive", "drives", "raised", "raise", "raises",
                                    "lifted", "lift", "lifts", "cut", "cuts", "lowered", "lower", "lowers",
                                    "reduced", "reduce", "reduces", "boosted", "boost", "boosts", "sent",
                                    "increased", "increase", "increases", "lifting", "pushing", "raising",
                                    "boosting", "bringing", "cutting", "reducing", "increasing"};
    static const char at_verbs[][8] = {"keep", "keeps", "kept", "keeping", "held", "left", "leave", "leaves",
                                       "leaving", "set", "sets", "fixed", "put", "puts", "priced", "valued",
                                       "value", "values", "hold", "holds", "holding"};
    static const char not_np[][8] = {"again", "also", "still", "now", "me", "us", "him", "them", "it", "her"};
    size_t b = f;
    if (b > c->s0 && iswl(c, b - 1, "record"))
        b--;
    if (b > c->s0 && (iswl(c, b - 1, "a") || iswl(c, b - 1, "the")))
        b--;
    int at = b > c->s0 + 2 && iswl(c, b - 1, "at"); /* "kept rates steady at 4.75%" */
    /* the level left: "cut its holding from 75% to 60%" (objects10) */
    int from = b > c->s0 + 2 && iswl(c, b - 1, "from");
    if (b <= c->s0 + 2 || !(iswl(c, b - 1, "to") || at || from))
        return 0;
    b--;
    /* over the change's own amount after "by": "increased its dividend by
     * 25% to 40 cents", "raised its prime rate by 1/4 pct to 7-3/4 pct" */
    const ng_amount *last = c->d->amounts.n ? &c->d->amounts.v[c->d->amounts.n - 1] : NULL;
    if (!at && last && c->d->tokens.v[b - 1].end == last->end && last->start >= c->d->tokens.v[c->s0].start) {
        size_t q = amount_first(c, b - 1, last);
        if (q < c->s0 + 2 || !(iswl(c, q - 1, "by") || iswl(c, q - 1, "from")))
            return 0;
        b = q - 1;
    }
    if (at && b > c->s0 && (iswl(c, b - 1, "steady") || iswl(c, b - 1, "unchanged") || iswl(c, b - 1, "constant") ||
                            iswl(c, b - 1, "flat") || iswl(c, b - 1, "stable")))
        b--;
    else if (at && b > c->s0 + 2 && iswl(c, b - 1, "hold") && iswl(c, b - 2, "on"))
        b -= 2; /* "left interest rates on hold at 4.75%" (objects10) */
    size_t v = at ? verb_back(c, b, 1,
                              FIRST('k') | FIRST('h') | FIRST('l') | FIRST('s') | FIRST('f') | FIRST('p') | FIRST('v'),
                              NG_TOK_LIST(at_verbs))
                  : verb_back(c, b, 1,
                              FIRST('p') | FIRST('b') | FIRST('t') | FIRST('d') | FIRST('r') | FIRST('l') | FIRST('c') |
                                  FIRST('s') | FIRST('i'),
                              NG_TOK_LIST(verbs));
    if (v == SIZE_MAX)
        return 0;
    /* a noun in -s after a noun is no verb: "price increases range from" */
    if (from && v > c->s0 && ends_in(c, v, 4, "s") && tk(c, v - 1) == NG_TOK_WORD && !is_stop(c, v - 1) &&
        !(tf(c, v - 1) & NG_TF_CAP) && !determiner(c, v + 1))
        return 0;
    size_t s = v + 1, e = b;
    if (iswl(c, s, "down") || iswl(c, s, "up")) /* "push down the jobless rate to" */
        s++;
    if (iswl(c, s, "the") || iswl(c, s, "its") || iswl(c, s, "their") || iswl(c, s, "his") || iswl(c, s, "her"))
        s++;
    if (e > s && (iswl(c, e - 1, "down") || iswl(c, e - 1, "up") || iswl(c, e - 1, "back"))) /* "bring debt down to" */
        e--;
    else if (e > s + 2 && iswl(c, e - 1, "half") && iswl(c, e - 2, "in")) /* "cut its stake in half to" */
        e -= 2;
    if (s >= e || is_stop(c, s) || (tf(c, v) & NG_TF_CAP) || (e - s == 1 && in_rows(c, s, not_np)))
        return 0;
    /* "value" is a verb before its object, not in "the nominal value
     * standing at" */
    if ((iswl(c, v, "value") || iswl(c, v, "values")) && s == v + 1 && !(tf(c, s) & NG_TF_CAP))
        return 0;
    *os = c->d->tokens.v[s].start;
    *oe = c->d->tokens.v[e - 1].end;
    return 1;
}

/* A conversion in brackets after a money amount ("$32bn (£16.7bn;
 * 24.1bn euros)"): 1 when the money amount starting at token f is one,
 * with the object of the amount it converts (perhaps none). */
static int conversion_object(const actx *c, size_t f, uint32_t *os, uint32_t *oe)
{
    if (f < c->s0 + 2 || c->d->amounts.n == 0 || tk(c, f - 1) != NG_TOK_PUNCT)
        return 0;
    char p = ts(c, f - 1)[0];
    if (p != '(' && p != ';')
        return 0;
    const ng_amount *prev = &c->d->amounts.v[c->d->amounts.n - 1];
    if (prev->kind != NG_AMT_MONEY || prev->end != c->d->tokens.v[f - 2].end)
        return 0;
    if (p == ';') { /* the second conversion: the first opens the bracket */
        size_t b = amount_first(c, f - 2, prev);
        if (c->d->tokens.v[b].start != prev->start || b == c->s0 || tk(c, b - 1) != NG_TOK_PUNCT ||
            ts(c, b - 1)[0] != '(')
            return 0;
    }
    *os = prev->object_start;
    *oe = prev->object_end;
    return 1;
}

/* Do the bytes at e open "a share", "per share" or "a common share" (a
 * figure per share after the amount ending at e)? */
static int per_share_at(const char *t, uint32_t e)
{
    const char *p = t + e;
    int n = 0;
    while (n < 3) {
        while (*p == ' ' || *p == '\n')
            p++;
        if (n == 0 && (!strncmp(p, "a ", 2) || !strncmp(p, "a\n", 2)))
            p += 1;
        else if (n == 0 && (!strncmp(p, "per ", 4) || !strncmp(p, "per\n", 4)))
            p += 3;
        else if (n == 1 && (!strncmp(p, "common ", 7) || !strncmp(p, "common\n", 7)))
            p += 6;
        else
            return n > 0 && !strncmp(p, "share", 5);
        n++;
    }
    return 0;
}

/* Is the amount from byte b the appositive "or" of the one before it
 * ("1.7 mln dlrs, or four cts a share")? */
static int after_or(const char *t, uint32_t b)
{
    const char *p = t + b;
    while (b > 0 && (p[-1] == ' ' || p[-1] == '\n'))
        p--, b--;
    return b >= 3 && p[-1] == 'r' && p[-2] == 'o' && (p[-3] == ' ' || p[-3] == '\n' || p[-3] == ',');
}

/* An amount compared with the one before it in the sentence ("rose 0.7%,
 * compared with 0.5% in the previous quarter", "was 11.5%, down from 17%",
 * "against 4.1%", "versus $3m"): 1 with that amount's object when the
 * amount starting at token f of kind kind follows "compared with/to",
 * "from", "against", "versus" or "vs" and the last amount of the sentence
 * of the same kind, with at most counts after it, has an object. */
/* Does token p follow "vs" or "vs." (p > c->s0 + 1)? */
static int after_vs(const actx *c, size_t p)
{
    return iswl(c, p - 1, "vs") || (tk(c, p - 1) == NG_TOK_PUNCT && ts(c, p - 1)[0] == '.' && iswl(c, p - 2, "vs"));
}

/* Is token p "loss" or "profit" right after "vs" or "vs." ("Shr loss 99
 * cts vs profit 9 cts")?  Its length and first letter are tested first. */
static int vs_item_word(const actx *c, size_t p)
{
    return (ts(c, p)[0] | 0x20) == (tn(c, p) == 4 ? 'l' : 'p') && (tn(c, p) == 4 || tn(c, p) == 6) &&
           (iswl(c, p, "loss") || iswl(c, p, "profit")) && p > c->s0 + 1 && after_vs(c, p);
}

/* Is token t "already" or "still" right after "with", an adverb of the
 * absolute clause, not of its subject ("with already sluggish growth
 * forecasts slipping to 1.8%") (objects16)? */
static int already_after_with(const actx *c, size_t t)
{
    return t > c->s0 && (iswl(c, t, "already") || iswl(c, t, "still")) && iswl(c, t - 1, "with");
}

/* "with ThyssenKrupp dropping 1.7%", "with revenues climbing to 430 mln
 * dlrs": a change in an absolute clause after "with" is of the clause's
 * subject, the words between "with" and the verb in -ing (at most five, no
 * punctuation or number among them, no possessive last; an article left
 * out).  Returns 1 and
 * the span (objects14). */
/* Is word p a verb of change in -ing ("rising", "dropping")? */
static int change_ing(const actx *c, size_t p)
{
    static const char ing[][16] = {"rising", "falling", "dropping", "climbing", "gaining", "losing", "sliding",
                                   "jumping", "increasing", "declining", "growing", "easing", "slipping",
                                   "slumping", "surging", "soaring", "tumbling", "dipping", "sinking", "plunging",
                                   "advancing", "shedding"};
    return ends_in(c, p, 5, "ing") && in_rows(c, p, ing);
}

static int with_ing(const actx *c, size_t f, uint32_t *os, uint32_t *oe)
{
    if (f < c->s0 + 3)
        return 0;
    size_t p = f - 1;
    if (tn(c, p) == 2 && (iswl(c, p, "by") || iswl(c, p, "to")))
        p--;
    if (!change_ing(c, p))
        return 0;
    size_t w = p;
    while (w > c->s0 && p - w < 6 && !iswl(c, w - 1, "with")) {
        size_t t = w - 1;
        if (!(tk(c, t) == NG_TOK_WORD || tk(c, t) == NG_TOK_POSSESSIVE) || c->cls[t] != FL_NONE ||
            change_verb(c, t) || (is_aux(c, t) && !already_after_with(c, t)))
            return 0;
        w--;
    }
    if (w == p || w <= c->s0 || !iswl(c, w - 1, "with"))
        return 0;
    w += (size_t)already_after_with(c, w); /* (left out of the subject) */
    if (article(c, w))
        w++;
    if (w == p || tk(c, p - 1) == NG_TOK_POSSESSIVE) /* "with Unilever NV's rising": its dividend */
        return 0;
    *os = c->d->tokens.v[w].start;
    *oe = c->d->tokens.v[p - 1].end;
    return 1;
}

/* A rate a thing pays is of that thing: a percentage right after "pays"
 * ("management and underwriting combined pays 5/8 pct", "the FirstSaver,
 * which pays 5.25%"): the subject of "pays", without the verb (amounts21). */
static int pays_rate(const actx *c, size_t f, uint32_t *os, uint32_t *oe)
{
    return f > c->s0 + 1 && iswl(c, f - 1, "pays") && subject_np(c, f - 1, 0, os, oe);
}

/* "raised its stake to 2,165,300 shares, or 33.3 pct of the total, from
 * 1,978,900 shares, or 30.5 pct": a percentage after "from" a count and
 * ", or" has the object of the percentage before it in the sentence, as an
 * amount right after "from" has (compared_object) (amounts21). */
static int from_count_or(const actx *c, size_t f, uint32_t *os, uint32_t *oe)
{
    size_t n = c->d->amounts.n;
    if (f < c->s0 + 5 || n < 2 || !iswl(c, f - 1, "or") || tk(c, f - 2) != NG_TOK_PUNCT || ts(c, f - 2)[0] != ',')
        return 0;
    const ng_amount *q = &c->d->amounts.v[n - 1]; /* the count */
    if (q->kind != NG_AMT_COUNT || q->end != c->d->tokens.v[f - 3].end)
        return 0;
    size_t t = amount_first(c, f - 3, q);
    if (t <= c->s0 || !iswl(c, t - 1, "from"))
        return 0;
    uint32_t s0 = c->d->tokens.v[c->s0].start;
    for (size_t k = n - 1; k-- > 0;) {
        const ng_amount *p = &c->d->amounts.v[k];
        if (p->start < s0)
            return 0;
        if (p->kind != NG_AMT_PERCENT)
            continue;
        if (!p->object_end)
            return 0;
        *os = p->object_start;
        *oe = p->object_end;
        return 1;
    }
    return 0;
}

/* "Sales rose 8.8 pct in February after dropping by 17.7 pct in January":
 * a change after "after" and a verb in -ing is of the subject of the
 * change before it in the sentence, the nearest amount with an object:
 * that object without its verb and auxiliaries ("Sales"), or a level's
 * whole ("... to 428.75 billion dlrs after rising by three pct" → "Business
 * sales"); no verb, auxiliary, "and", "while" or "but" between that amount
 * and "after" (another clause's subject).  Returns 1 and the span
 * (amounts21). */
static int after_ing(const actx *c, size_t f, uint32_t *os, uint32_t *oe)
{
    static const char clause[][8] = {"and", "while", "but", "whereas", "which", "as"};
    size_t p = f - 1;
    if (f < c->s0 + 4 || (iswl(c, p, "by") && --p < c->s0 + 3) || !change_ing(c, p) || !iswl(c, p - 1, "after"))
        return 0;
    uint32_t s0 = c->d->tokens.v[c->s0].start;
    for (size_t k = c->d->amounts.n; k-- > 0;) {
        const ng_amount *prev = &c->d->amounts.v[k];
        if (prev->start < s0)
            return 0;
        if (!prev->object_end)
            continue;
        size_t e = p - 1, t = p - 1; /* e: the object's last token; t: the amount's */
        while (t > c->s0 && c->d->tokens.v[t].end > prev->end)
            t--;
        for (size_t q = t + 1; q + 1 < p; q++)
            if (tk(c, q) == NG_TOK_WORD && (change_verb(c, q) || is_aux(c, q) || in_rows(c, q, clause)))
                return 0;
        while (e > c->s0 && c->d->tokens.v[e].end > prev->object_end)
            e--;
        if (c->d->tokens.v[e].end != prev->object_end || prev->object_end > prev->start)
            return 0;
        size_t v = e + 1;
        while (v > c->s0 + 1 && c->d->tokens.v[v - 1].start > prev->object_start &&
               (change_verb(c, v - 1) || size_verb(c, v - 1) || is_aux(c, v - 1) ||
                in_words(c, v - 1, change_base, NG_ARRAY_LEN(change_base))))
            v--;
        /* a level's subject, the amount right before (over a time phrase) */
        if (v == e + 1 && c->d->tokens.v[verb_gap_time(c, p - 1) - 1].end != prev->end)
            return 0;
        if (c->d->tokens.v[v - 1].start < prev->object_start)
            return 0;
        *os = prev->object_start;
        *oe = c->d->tokens.v[v - 1].end;
        return 1;
    }
    return 0;
}

/* Is the amount opening at token t a change after ", up" or ", down" (a
 * time word may stand before the comma's phrase: ", up by")? */
static int updown_after_comma(const actx *c, size_t t)
{
    size_t u = t - (t > c->s0 && iswl(c, t - 1, "by"));
    return u > c->s0 + 1 && (iswl(c, u - 1, "up") || iswl(c, u - 1, "down")) && tk(c, u - 2) == NG_TOK_PUNCT &&
           ts(c, u - 2)[0] == ',';
}

/* Is token p a bare accounting item of a wire note before its money (loss,
 * profit, gain, credit, charge, provision, singular or plural) after "vs",
 * "and", "includes" or "excludes" ("in quarter and loss 647,000 dlrs",
 * "Net includes gain 500,000 dlrs from", "vs charge 72 mln dlrs")?  Its
 * first letter and length are tested first (objects14). */
static int bare_item_word(const actx *c, size_t p)
{
    static const char item[][16] = {"loss", "losses", "profit", "profits", "gain", "gains", "credit",
                                    "credits", "charge", "charges", "provision"};
    static const char before[][16] = {"and", "includes", "include", "excludes", "exclude"};
    char a = ts(c, p)[0] | 0x20;
    size_t n = tn(c, p);
    if (n < 4 || n > 9 || !(a == 'l' || a == 'p' || a == 'g' || a == 'c') || p <= c->s0 + 1 || !in_rows(c, p, item))
        return 0;
    return in_rows(c, p - 1, before) || after_vs(c, p);
}

static int compared_object(const actx *c, size_t f, int kind, uint32_t *os, uint32_t *oe)
{
    if (f < c->s0 + 2 || c->d->amounts.n == 0)
        return 0;
    size_t p = f - 1, lp = SIZE_MAX;
    /* "Shr loss 99 cts vs loss 65 cts": the same line item again, when
     * the amount before's object ends in that word (objects11) */
    if (vs_item_word(c, p))
        lp = p--;
    if (tk(c, p) == NG_TOK_PUNCT && ts(c, p)[0] == '.' && p > c->s0 && iswl(c, p - 1, "vs"))
        p--; /* "vs." */
    if (!(iswl(c, p, "from") || iswl(c, p, "against") || iswl(c, p, "versus") || iswl(c, p, "vs") ||
          ((iswl(c, p, "with") || iswl(c, p, "to")) && p > c->s0 &&
           (iswl(c, p - 1, "compared") || iswl(c, p - 1, "compares") || iswl(c, p - 1, "comparison")))))
        return 0;
    for (size_t k = c->d->amounts.n; k-- > 0;) { /* over a count: "in the three months to …" */
        const ng_amount *prev = &c->d->amounts.v[k];
        if (prev->start < c->d->tokens.v[c->s0].start)
            return 0;
        /* over the change between, right before "from": "sales of 258 mln
         * dlrs, up 30 pct from 198 mln dlrs" (amounts21) */
        if (kind == NG_AMT_MONEY && prev->kind == NG_AMT_PERCENT && k + 1 == c->d->amounts.n &&
            iswl(c, p, "from") && prev->end == c->d->tokens.v[p - 1].end && updown_after_comma(c, amount_first(c, p - 1, prev)))
            continue;
        if (prev->kind != kind && prev->kind != NG_AMT_COUNT)
            return 0;
        if (prev->kind != kind)
            continue;
        /* over the figure a share of the amount before ("gains of 1,783,000
         * dlrs or four cts a share vs 900,000 dlrs") */
        if (kind == NG_AMT_MONEY && per_share_at(c->d->text, prev->end) && after_or(c->d->text, prev->start))
            continue;
        if (!prev->object_end)
            return 0;
        if (lp != SIZE_MAX) {
            size_t n = tn(c, lp);
            const char *z = c->d->text + prev->object_end - n;
            if (prev->object_end < prev->object_start + n + 1 || strncasecmp(z, ts(c, lp), n) ||
                (z[-1] != ' ' && z[-1] != '\n'))
                return 0;
        }
        *os = prev->object_start;
        *oe = prev->object_end;
        return 1;
    }
    return 0;
}

/* Is token t "to" or a modal before "pay" ("Marsh agreed to pay $850m",
 * "Illva will pay")?  Money a payer is to pay is of the payer with the
 * verb, as an earning is of its earner (objects16). */
static int pay_to(const actx *c, size_t t)
{
    return iswl(c, t, "to") || modal_at(c, t);
}

/* Is the money from token f to j a price a payer pays a piece ("will pay
 * six dlrs per share", "offered to pay 71 dlrs a share for", "$76 for
 * each Guidant share"): after "pay", before a, per, for, each or apiece?
 * It is of what is bought, not of the payer (objects16). */
static int pay_price(const actx *c, size_t f, size_t j)
{
    static const char piece[][8] = {"a", "per", "for", "each", "apiece"};
    return f > c->s0 + 1 && iswl(c, f - 1, "pay") && in_rows(c, j, piece);
}

/* May the word before the money amount starting at token f (over "a" and
 * an adjective: "by a gross $44bn") be "by" or a verb of change
 * (change_verb)?  A cheap test of its length, case and last letter, run
 * before the lists: most money in wire copy follows "vs", "of" or a label.
 * It also turns away "to": a level reached ("fell to $8", "slid to a record
 * $3.10") is of the subject without its verb (object_change_to). */
static int may_change(const actx *c, size_t f)
{
    if (f <= c->s0 || tk(c, f - 1) != NG_TOK_WORD)
        return 0;
    if (f > c->s0 + 3 && iswl(c, f - 1, "of") && iswl(c, f - 2, "average")) {
        f -= 2; /* "cut by an average of £40", as "by" (amounts18) */
        if (iswl(c, f - 1, "an") || iswl(c, f - 1, "the"))
            f--;
    } else if (f > c->s0 + 2 && (iswl(c, f - 2, "a") || iswl(c, f - 2, "an")))
        f -= 2; /* "by a gross $44bn" */
    size_t n = tn(c, f - 1);
    const char *w = ts(c, f - 1);
    if (n == 3 && w[0] == 'p' && f > c->s0 + 2 && iswl(c, f - 1, "pay"))
        return pay_to(c, f - 2); /* a payment, as an earning (objects16) */
    if (n < 2 || n == 3 || n > 9 || w[0] < 'a' || w[0] > 'z')
        return 0; /* (no verb of change has three letters) */
    char z = w[n - 1];
    if (n == 5 && z == 's')
        return !memcmp(w, "earns", 5); /* an earning's verb (objects15) */
    if (n == 2)
        return (w[0] == 'u' && z == 'p') || (w[0] == 'b' && z == 'y'); /* "up", "by" */
    return z == 'd' || z == 'e' || z == 'l' || z == 'p' || (z == 't' && n == 4) /* "lost" */ || z == 'n' ||
           z == 'w' || z == 'g' || z == 'k';
}

/* An amount set beside the one right before it as its change or its
 * share (", up 27%", ", down by 2%", "or 47.3%", "- or $1.83 -"): 1 with
 * that amount's object when the amount starting at token f follows ", up",
 * ", down" (with or without "by"), "or", ", or" or "- or" right after the
 * last amount of the sentence (its object, or a closing bracket of its
 * conversion) and that amount has an object. */
/* Before a period phrase ending at p ("in quarter", "in the quarter", "for
 * the current year", "in the period"), the token before it; else p
 * (objects13). */
static size_t past_period(const actx *c, size_t p)
{
    static const char unit[][8] = {"quarter", "qtr", "year", "period", "half", "month", "week"};
    if (p < c->s0 + 3 || tk(c, p) != NG_TOK_WORD || !in_rows(c, p, unit))
        return p;
    size_t q = p - 1;
    if (iswl(c, q, "current") || iswl(c, q, "latest") || iswl(c, q, "fourth") || iswl(c, q, "first"))
        q--;
    if (iswl(c, q, "the"))
        q--;
    return q > c->s0 && (iswl(c, q, "in") || iswl(c, q, "for")) ? q - 1 : p;
}

/* Before "a share" or "per share" ending at p, with a comma after it ("two
 * cts a share, in quarter and"), the token before it; else p (objects14). */
static size_t past_share(const actx *c, size_t p)
{
    size_t q = p;
    if (q > c->s0 && tk(c, q) == NG_TOK_PUNCT && ts(c, q)[0] == ',')
        q--;
    if (q > c->s0 + 1 && (iswl(c, q, "share") || iswl(c, q, "shr")) && (iswl(c, q - 1, "a") || iswl(c, q - 1, "per")))
        return q - 2;
    return p;
}

static int apposed_change(const actx *c, size_t f, int kind, uint32_t *os, uint32_t *oe)
{
    if (f < c->s0 + 3 || c->d->amounts.n == 0)
        return 0;
    const ng_amount *prev = &c->d->amounts.v[c->d->amounts.n - 1];
    if (prev->start < c->d->tokens.v[c->s0].start)
        return 0;
    /* "rose by 3% and 1.2%": a second amount of the same kind right after
     * "and", or after a period ("tax credits of 14.5 mln dlrs in quarter
     * and 8,408,000 dlrs in year": objects13), over the figure a share
     * before it ("losses of 321,000 dlrs, or two cts a share, in quarter
     * and 6.0 mln dlrs": objects14) */
    if (iswl(c, f - 1, "and") && prev->kind == kind && prev->object_end &&
        c->d->tokens.v[past_share(c, past_period(c, f - 2))].end == prev->end &&
        (kind == NG_AMT_MONEY || kind == NG_AMT_PERCENT)) {
        *os = prev->object_start;
        *oe = prev->object_end;
        return 1;
    }
    /* a span written out with both units: "revenues of 29 mln dlrs to 32
     * mln dlrs", "should cost 8,000 dlrs to 10,000 dlrs" -- not the level
     * reached after a change ("rose 5 mln dlrs to 52 mln dlrs", "up 1.2 pct
     * or 37.8 billion dlrs to") (objects12) */
    if (iswl(c, f - 1, "to") && prev->kind == kind && prev->object_end && prev->object_end <= prev->start &&
        c->d->tokens.v[f - 2].end == prev->end && (kind == NG_AMT_MONEY || kind == NG_AMT_PERCENT)) {
        /* not a span's own name: "in the range of 34 cts to 36 cts" */
        const char *t = c->d->text;
        uint32_t os0 = prev->object_start, oe0 = prev->object_end;
        if ((oe0 - os0 >= 5 && !strncasecmp(t + oe0 - 5, "range", 5)) ||
            (oe0 - os0 >= 4 && !strncasecmp(t + oe0 - 4, "band", 4)))
            return 0;
        size_t q = amount_first(c, f - 2, prev);
        if (q == c->s0 || (q > c->s0 && (change_verb(c, q - 1) || size_verb(c, q - 1) || iswl(c, q - 1, "by") ||
                                         iswl(c, q - 1, "or"))))
            return 0;
        *os = prev->object_start;
        *oe = prev->object_end;
        return 1;
    }
    /* ", an increase of 4%" after an amount (a count's noun: "sold 12,000
     * cars, an increase of 4%") */
    static const char noun[][16] = {"increase", "rise", "fall", "drop", "decline", "decrease", "jump",
                                    "gain", "reduction", "improvement", "growth"};
    if (f > c->s0 + 5 && iswl(c, f - 1, "of") && in_rows(c, f - 2, noun) &&
        (iswl(c, f - 3, "a") || iswl(c, f - 3, "an")) && tk(c, f - 4) == NG_TOK_PUNCT && ts(c, f - 4)[0] == ',' &&
        c->d->tokens.v[f - 5].end == prev->end && prev->kind != NG_AMT_MULTIPLIER) {
        if (prev->object_end) {
            *os = prev->object_start;
            *oe = prev->object_end;
            return 1;
        }
        if (prev->kind != NG_AMT_COUNT)
            return 0;
        *os = c->d->tokens.v[f - 5].start;
        *oe = c->d->tokens.v[f - 5].end;
        return 1;
    }
    size_t p = f - 1;
    if (iswl(c, p, "by"))
        p--;
    int or = iswl(c, p, "or");
    if (!or && !iswl(c, p, "up") && !iswl(c, p, "down"))
        return 0;
    p--; /* the comma (optional before "or", a dash only before "or") */
    int comma = tk(c, p) == NG_TOK_PUNCT && (ts(c, p)[0] == ',' || (or && is_dash(c, p)));
    if (comma)
        p--;
    else if (!or || iswl(c, f - 1, "by"))
        return 0;
    if (p < c->s0)
        return 0;
    /* over a time phrase: "dropped to 7.2 billion dlrs in 1986, down 45 pct"
     * (objects12) */
    if (comma && c->d->tokens.v[p].end != prev->end && p > c->s0 + 2) {
        size_t tp = time_phrase_start(c, p + 1);
        if (tp <= p && tp > c->s0 && c->d->tokens.v[tp - 1].end == prev->end)
            p = tp - 1;
    }
    uint32_t pe = c->d->tokens.v[p].end;
    if (!prev->object_end ||
        !(pe == prev->end || pe == prev->object_end || (ts(c, p)[0] == ')' && p > c->s0 && c->d->tokens.v[p - 1].end == prev->end)))
        return 0;
    /* "6% of GDP, or about $8bn": the share's money is not of what it is a
     * share of */
    if ((prev->kind != kind && prev->object_start >= prev->end) ||
        (prev->kind != NG_AMT_MONEY && prev->kind != NG_AMT_PERCENT)) /* ("two shares or $3.40 cash") */
        return 0;
    *os = prev->object_start;
    *oe = prev->object_end;
    return 1;
}

/* A change set beside a level that is no money or percentage: "grain
 * carloadings totaled 26,108 cars, down 2.2 pct", "the index for 1986 was
 * 113.1, up 2.6 pct": 1 with the subject of the verb of level before that
 * number when the percentage starting at token f follows ", up" or ",
 * down" (with or without "by") right after it (objects12). */
static int apposed_level(const actx *c, size_t f, uint32_t *os, uint32_t *oe)
{
    if (f < c->s0 + 6)
        return 0;
    size_t p = f - 1;
    if (iswl(c, p, "by"))
        p--;
    if (!iswl(c, p, "up") && !iswl(c, p, "down"))
        return 0;
    p--;
    if (!(tk(c, p) == NG_TOK_PUNCT && ts(c, p)[0] == ','))
        return 0;
    p--;
    const ng_amount *prev = c->d->amounts.n ? &c->d->amounts.v[c->d->amounts.n - 1] : NULL;
    size_t q;
    if (prev && prev->end == c->d->tokens.v[p].end && prev->start >= c->d->tokens.v[c->s0].start) {
        if (prev->object_end && prev->kind != NG_AMT_COUNT) /* (apposed_change) */
            return 0;
        q = amount_first(c, p, prev);
    } else if (tk(c, p) == NG_TOK_NUMBER || c->cls[p] == FL_NUM) {
        q = p;
    } else {
        return 0;
    }
    if (q <= c->s0 + 1 || !object_level(c, q, q, os, oe))
        return 0;
    /* a subject cut short after a stop word is no subject ("Electric output
     * so far this year was …" → "far this year", "as a whole was") */
    if (cut_short(c, q, *os, 1)) {
        *os = *oe = 0;
        return 0;
    }
    return 1;
}

/* A price after "for" and a verb of selling or buying at most ten tokens
 * back, no punctuation between ("bought the unit for $9bn", "agreed to
 * buy rival May for $11bn", "is selling in Japan for 19,800 yen"): 1 with
 * the verb's object up to a preposition, over a determiner or possessive
 * pronoun, or with none, the verb's subject ("the painting sold for
 * £5m"); none for a pronoun or a stop word inside the object. */
static int object_sold(const actx *c, size_t f, uint32_t *os, uint32_t *oe)
{
    static const char sell[][16] = {"sold",     "sell",      "sells",     "selling",    "bought",
                                    "buy",      "buys",      "buying",    "acquire",    "acquired",
                                    "acquires", "acquiring", "purchase",  "purchased",  "purchases",
                                    "purchasing", "retail", "retails", "retailed", "retailing"};
    static const char prep[][8] = {"to", "from", "in", "at", "by", "on", "with", "earlier", "last", "this"};
    static const char pron[][8] = {"it", "them", "one", "some", "all", "both", "itself", "shares"};
    if (f < c->s0 + 2 || !iswl(c, f - 1, "for"))
        return 0;
    size_t v = SIZE_MAX;
    for (size_t t = f - 1; t-- > c->s0 && f - 1 - t <= 10;) {
        char w0 = ts(c, t)[0]; /* (the list's first letters and lengths, tested first) */
        if (tk(c, t) == NG_TOK_WORD && (w0 == 's' || w0 == 'b' || w0 == 'a' || w0 == 'p' || w0 == 'r') &&
            tn(c, t) >= 3 && tn(c, t) <= 10 && in_rows(c, t, sell)) {
            v = t;
            break;
        }
        /* "will go on sale for", "went on sale in Japan for" (objects11):
         * the verb before "on sale", with no object */
        if (w0 == 's' && t > c->s0 + 1 && iswl(c, t, "sale") && iswl(c, t - 1, "on") && tk(c, t - 2) == NG_TOK_WORD) {
            v = t - 2;
            break;
        }
        if (tk(c, t) == NG_TOK_PUNCT && strchr(",;:()\"", ts(c, t)[0]))
            return 0;
        if (is_dash(c, t))
            return 0;
    }
    if (v == SIZE_MAX)
        return 0;
    if (iswl(c, v + 1, "back") || iswl(c, v + 1, "off") || iswl(c, v + 1, "out"))
        v++; /* "bought back", "sold off" */
    else if (v + 1 < f && tk(c, v + 1) == NG_TOK_QUOTE && !(tf(c, v + 1) & NG_TF_OPEN))
        v++; /* a closing quote: Seemala "sold" Jefferies 810,000 shares (objects10) */
    size_t s = v + 1 + iswl(c, v + 1, "of"), e; /* "the purchase of X for" */
    /* an indirect object, a name before the count sold: "sold Jefferies
     * 810,000 shares of Cooper Inc for" (objects10) */
    for (size_t u = s; u < f - 1 && u < s + 4 && tk(c, u) == NG_TOK_WORD && (tf(c, u) & NG_TF_CAP); u++)
        if (tk(c, u + 1) == NG_TOK_NUMBER) {
            s = u + 1;
            break;
        }
    if (iswl(c, s, "the") || iswl(c, s, "a") || iswl(c, s, "an") || iswl(c, s, "its") || iswl(c, s, "their") ||
        iswl(c, s, "his") || iswl(c, s, "her"))
        s++;
    for (e = s; e < f - 1 && !(tk(c, e) == NG_TOK_WORD && in_rows(c, e, prep)); e++)
        if (tk(c, e) == NG_TOK_WORD && is_stop(c, e) && !iswl(c, e, "of") && !iswl(c, e, "and"))
            return 0;
    if (e == v + 1) { /* "was sold for", "is selling in Japan for"; not "to acquire for", "to be acquired" */
        if (v > c->s0 && (iswl(c, v - 1, "to") || (iswl(c, v - 1, "be") && v > c->s0 + 1 && iswl(c, v - 2, "to"))))
            return 0;
        return subject_np(c, v, 1, os, oe);
    }
    if (e == s || (e == s + 1 && in_rows(c, s, pron)))
        return 0;
    *os = c->d->tokens.v[s].start;
    *oe = c->d->tokens.v[e - 1].end;
    return 1;
}

/* Could the word before token f open box_office's pattern (took, taken,
 * grossed, with, estimated: first letters and lengths)? */
static inline int box_word(const actx *c, size_t f)
{
    if (f < c->s0 + 2 || tk(c, f - 1) != NG_TOK_WORD)
        return 0;
    const char *w = ts(c, f - 1);
    char c0 = (char)(w[0] | 0x20), c1 = (char)(w[1] | 0x20);
    size_t n0 = tn(c, f - 1);
    return (c0 == 't' && ((n0 == 4 && c1 == 'o') || ((n0 == 5 || n0 == 6) && c1 == 'a'))) || (c0 == 'g' && n0 == 7) ||
           (c0 == 'w' && n0 == 4 && c1 == 'i') || (c0 == 'e' && n0 == 9) ||
           (c0 == 'i' && n0 == 2 && c1 == 'n' && iswl(c, f - 2, "raked")); /* (objects16) */
}

/* Box office: money right after took, taken, grossed or raked in (over "an
 * estimated") whose subject is a title ("The Aviator has taken $75m",
 * "Shrek 2 and The Incredibles took", "A Series of Unfortunate Events,
 * starring Jim Carrey, took", "Ocean's Eleven which took"): the run of
 * capitalised words, numbers, possessives and the small words between
 * them (of, the, a, an, and, in, on, to, at, for, with) that ends right
 * before the verb, its auxiliary, "which" or a comma clause opening with
 * which, who, starring or a determiner; the run opens its clause (the
 * sentence start, a comma, while, and, but, as) or follows lower-case
 * words that are no verb ("Michael Keaton thriller White Noise").  Not a
 * pronoun.  Returns 1 and the span (objects10). */
static int box_office(const actx *c, size_t f, uint32_t *os, uint32_t *oe)
{
    static const char verbs[][8] = {"took", "taken", "grossed"};
    static const char small[][8] = {"of", "the", "a", "an", "and", "in", "on", "to", "at", "for", "with"};
    static const char pron[][8] = {"it", "he", "she", "they", "this", "that", "we", "which", "who", "its", "there"};
    static const char open[][16] = {"which", "who", "starring", "a", "an", "the", "now", "co-written", "directed"};
    static const char place[][8] = {"place", "position", "spot", "number", "second", "third", "fourth", "fifth",
                                    "sixth", "seventh", "eighth", "ninth", "tenth"};
    static const char chart[][16] = {"was", "were", "came", "slipped", "fell", "finished", "entered", "moved",
                                     "rose", "climbed", "dropped", "took", "stayed", "remained", "debuted",
                                     "opened", "ended"};
    size_t v = f;
    if (v > c->s0 + 2 && iswl(c, v - 1, "estimated") && (iswl(c, v - 2, "an") || iswl(c, v - 2, "a")))
        v -= 2;
    if (v < c->s0 + 2)
        return 0;
    /* ", taking $9m" or "after taking" after a chart place, read as "with"
     * ("Spanglish entered the chart at number three, taking $9m") (objects11) */
    int taking = iswl(c, v - 1, "taking") && v > c->s0 + 3 &&
                 (iswl(c, v - 2, "after") || (tk(c, v - 2) == NG_TOK_PUNCT && ts(c, v - 2)[0] == ','));
    v -= (size_t)taking;
    if (taking || iswl(c, v - 1, "with")) {
        /* a chart place: "White Noise was second with $24m", "came in at
         * fifth with", "slipped to second place with" (a verb in the past
         * within eight tokens, then a place word before "with") */
        size_t p = v - 1, w = SIZE_MAX;
        while (p > c->s0 && v - p < 9 && tk(c, p - 1) == NG_TOK_WORD) {
            p--;
            if (w == SIZE_MAX && in_rows(c, p, place))
                w = p;
            else if (w != SIZE_MAX && in_rows(c, p, chart))
                break;
        }
        if (w == SIZE_MAX || p == w || !in_rows(c, p, chart))
            return 0;
        v = p + 1;
    } else if (iswl(c, v - 1, "in") && iswl(c, v - 2, "raked") && v > c->s0 + 3)
        v--; /* "Shark Tale has raked in $80m" (objects16) */
    else if (!in_rows(c, v - 1, verbs))
        return 0;
    size_t e = v - 1;
    while (e > c->s0 && e + 3 > v && (iswl(c, e - 1, "has") || iswl(c, e - 1, "have") || iswl(c, e - 1, "had") ||
                                      iswl(c, e - 1, "eventually") || iswl(c, e - 1, "also") || iswl(c, e - 1, "already")))
        e--;
    if (e > c->s0 && iswl(c, e - 1, "which"))
        e--;
    else if (e > c->s0 + 2 && tk(c, e - 1) == NG_TOK_PUNCT && ts(c, e - 1)[0] == ',') {
        /* over ", starring Jim Carrey," / ", which …," (at most 30 tokens) */
        size_t q = e - 1;
        while (q > c->s0 && e - q < 30 && !(tk(c, q - 1) == NG_TOK_PUNCT && ts(c, q - 1)[0] == ','))
            q--;
        if (q <= c->s0 || e - q >= 30 || !in_rows(c, q, open))
            return 0;
        e = q - 1;
    }
    size_t b = e;
    while (b > c->s0) {
        size_t u = b - 1;
        if ((tk(c, u) == NG_TOK_WORD && (tf(c, u) & NG_TF_CAP)) || tk(c, u) == NG_TOK_NUMBER ||
            tk(c, u) == NG_TOK_POSSESSIVE || (tk(c, u) == NG_TOK_PUNCT && ts(c, u)[0] == ':' && b < e))
            b = u;
        else if (tk(c, u) == NG_TOK_WORD && in_rows(c, u, small) && b < e && u > c->s0 &&
                 ((tf(c, u - 1) & NG_TF_CAP) || tk(c, u - 1) == NG_TOK_POSSESSIVE || tk(c, u - 1) == NG_TOK_NUMBER ||
                  in_rows(c, u - 1, small)))
            b = u;
        else
            break;
    }
    while (b < e && ((in_rows(c, b, small) && !(tf(c, b) & NG_TF_CAP)) || tk(c, b) != NG_TOK_WORD))
        b++; /* (no small word or number first: "and The Incredibles") */
    if (b >= e || !(tf(c, b) & NG_TF_CAP) || (e - b == 1 && in_rows(c, b, pron)))
        return 0;
    /* the run opens its clause or follows a lower-case noun */
    if (b > c->s0) {
        size_t u = b - 1;
        int ok = (tk(c, u) == NG_TOK_PUNCT && ts(c, u)[0] == ',') || iswl(c, u, "while") || iswl(c, u, "and") ||
                 iswl(c, u, "but") || iswl(c, u, "as") ||
                 (tk(c, u) == NG_TOK_WORD && !(tf(c, u) & NG_TF_CAP) && !is_stop(c, u) && !participle(c, u) &&
                  !ends_in(c, u, 3, "s"));
        if (!ok)
            return 0;
    }
    *os = c->d->tokens.v[b].start;
    *oe = c->d->tokens.v[e - 1].end;
    return 1;
}

/* Wire copy's new issue: a coupon or price after "paying" or "priced at"
 * in a sentence that announces it ("X is issuing a 23 billion yen
 * eurobond due April 10, 1992 paying 4-1/2 pct and priced at 101-1/2
 * pct"): the noun right before "due" after "issuing" at most 40 tokens
 * back (eurobond(s), bond(s), notes, issue, debentures, certificates),
 * with the lower-case words of no class before it ("convertible
 * eurobond").  Returns 1 and the span (objects10). */
static int issue_object(const actx *c, size_t f, uint32_t *os, uint32_t *oe)
{
    static const char head[][16] = {"eurobond", "eurobonds", "bond", "bonds", "notes", "issue", "debentures",
                                    "certificates"};
    size_t u = SIZE_MAX;
    for (size_t t = f - 1; t-- > c->s0 && f - t <= 40;)
        if (tk(c, t) == NG_TOK_WORD && tn(c, t) == 7 && iswl(c, t, "issuing")) {
            u = t;
            break;
        }
    if (u == SIZE_MAX)
        return 0;
    size_t d = u + 1;
    while (d < f && d < u + 16 && !iswl(c, d, "due"))
        d++;
    if (d >= f || d == u + 1 || !iswl(c, d, "due") || !in_rows(c, d - 1, head))
        return 0;
    size_t b = d - 1;
    while (b > u + 1 && tk(c, b - 1) == NG_TOK_WORD && c->cls[b - 1] == FL_NONE && !(tf(c, b - 1) & NG_TF_CAP) &&
           !is_stop(c, b - 1))
        b--;
    *os = c->d->tokens.v[b].start;
    *oe = c->d->tokens.v[d - 1].end;
    return 1;
}

/* Stock with no count before "at" and a price a share: "convertible into
 * common stock at 28.80 dlrs per share", "1,089,300 shares of common stock
 * at 16 dlrs a share" → "common stock": the noun at token h (stock, shares,
 * warrants, units) with up to four words of no class before it ("preferred"
 * the only participle), back to a stop word or punctuation (amounts21). */
static int stock_at(const actx *c, size_t h, uint32_t *os, uint32_t *oe)
{
    static const char paper[][16] = {"stock", "shares", "warrants", "units"};
    if (tk(c, h) != NG_TOK_WORD || !in_rows(c, h, paper))
        return 0;
    size_t s = h;
    while (s > c->s0 && h - s < 4 && tk(c, s - 1) == NG_TOK_WORD && !is_stop(c, s - 1) && c->cls[s - 1] == FL_NONE &&
           (!verb_before_noun(c, s - 1, 1) || iswl(c, s - 1, "preferred")) && !is_aux(c, s - 1))
        s--;
    *os = c->d->tokens.v[s].start;
    *oe = c->d->tokens.v[h].end;
    return 1;
}

/* A price a piece after a count: "buy 10 mln common shares at 13.25 dlrs
 * each", "52 million shares at 570 rupees apiece", "500,000 shares at 12.50
 * dlrs a share": 1 with the count's object when the money starting at
 * token f follows "at" right after a count that has one and "each",
 * "apiece" or "a/per share" comes at token j (objects11). */
static int price_each(const actx *c, size_t f, size_t j, uint32_t *os, uint32_t *oe)
{
    if (f < c->s0 + 3 || j >= c->lim || tn(c, f - 1) != 2 || !iswl(c, f - 1, "at"))
        return 0;
    if (!(iswl(c, j, "each") || iswl(c, j, "apiece") ||
          ((iswl(c, j, "a") || iswl(c, j, "per")) && j + 1 < c->lim && iswl(c, j + 1, "share"))))
        return 0;
    const ng_amount *p = c->d->amounts.n ? &c->d->amounts.v[c->d->amounts.n - 1] : NULL;
    if (!p || p->kind != NG_AMT_COUNT || p->end != c->d->tokens.v[f - 2].end)
        return stock_at(c, f - 2, os, oe);
    if (!p->object_end) { /* the count's noun: "52 million shares at" */
        if (tk(c, f - 2) != NG_TOK_WORD || is_stop(c, f - 2) || (tf(c, f - 2) & NG_TF_CAP) ||
            in_rows(c, f - 2, time_units)) /* "during the next four years at" */
            return 0;
        *os = c->d->tokens.v[f - 2].start;
        *oe = c->d->tokens.v[f - 2].end;
        return 1;
    }
    *os = p->object_start;
    *oe = p->object_end;
    return 1;
}

/* A bidder's price a share: "has offered 65 dlrs per share for the
 * company", "offered 34 dlrs a share for Harper and Row", "will pay 102
 * dlrs a share for the preferred stock", "a tender offer at 25 dlrs a share
 * for": 1 with what is bid for, the phrase after "for", when the money
 * starting at token f follows a verb of offering, paying or bidding (or
 * "offer at") and "a share" or "per share" (over "cash") comes at token j
 * (objects17; what is bought, as pay_price says). */
static int offer_price(const actx *c, size_t f, size_t j, uint32_t *os, uint32_t *oe)
{
    static const char bid[][16] = {"offered", "offer", "offers", "offering", "pay", "paid", "pays",
                                   "paying", "bid", "bids", "bidding"};
    if (f < c->s0 + 2 || j + 2 >= c->lim)
        return 0;
    j += iswl(c, j, "cash");
    if (!((iswl(c, j, "a") || iswl(c, j, "per")) && j + 2 < c->lim && iswl(c, j + 1, "share")))
        return 0; /* (tested first: most money is no price a share) */
    if (!(in_rows(c, f - 1, bid) || (iswl(c, f - 1, "at") && f > c->s0 + 2 && iswl(c, f - 2, "offer"))))
        return 0;
    j += 2 + (tk(c, j + 2) == NG_TOK_PUNCT && ts(c, j + 2)[0] == ',');
    if (!iswl(c, j, "for"))
        return 0;
    if ((iswl(c, j + 1, "all") || iswl(c, j + 1, "half")) && iswl(c, j + 2, "of"))
        j += 2; /* "for all of Revlon Group's shares" */
    return object_after(c, j, os, oe);
}

/* A table line's label: the words that open the line right before the
 * amount starting at token f when "vs" follows it at token j ("Shr loss 99
 * cts vs profit 9 cts", "Qtly div 24 cts vs 24 cts prior", "Net profit 25.5
 * mln Swiss francs vs 22.2"): one to five words, the first capitalised and
 * after a line break, no number or punctuation among them (objects10).
 * Returns 1 and the span. */
static int table_label(const actx *c, size_t f, size_t j, uint32_t *os, uint32_t *oe)
{
    if (j >= c->lim || !(iswl(c, j, "vs") || iswl(c, j, "vs.")) || f == 0)
        return 0;
    size_t b = f;
    while (b > 0 && f - b < 5 && tk(c, b - 1) == NG_TOK_WORD &&
           !(tf(c, b) & (NG_TF_NL | NG_TF_PARA | NG_TF_BLANK)))
        b--;
    if (b == f || !(tf(c, b) & (NG_TF_NL | NG_TF_PARA | NG_TF_BLANK)) || !(tf(c, b) & NG_TF_CAP))
        return 0;
    /* not a line cut short ("Shell Transport of", "Div 5p making"); after
     * "includes" the thing included ("Net includes tax credits") */
    if ((is_stop(c, f - 1) && !(tn(c, f - 1) == 1 && (tf(c, f - 1) & NG_TF_CAP))) || iswl(c, f - 1, "making"))
        return 0;
    for (size_t u = b; u < f; u++) {
        if (tf(c, u) & NG_TF_DIGIT)
            return 0;
        if ((iswl(c, u, "includes") || iswl(c, u, "include") || iswl(c, u, "excludes") || iswl(c, u, "exclude")) &&
            u + 1 < f)
            b = u + 1;
    }
    *os = c->d->tokens.v[b].start;
    *oe = c->d->tokens.v[f - 1].end;
    return 1;
}

/* "economic growth of 2%", "GDP growth of 1.5% in Germany": growth named
 * with its modifiers (up to three words before it, no verb, participle,
 * number or stop word among them) before "of" and a percentage is what the
 * percentage is of; "growth of 0.1%" alone names none (as "a 4% gain");
 * so is growth before "at" ("forecasting UK growth at 3%", objects17).
 * Returns 1 and the span. */
static int growth_of(const actx *c, size_t f, uint32_t *os, uint32_t *oe)
{
    if (f < c->s0 + 3 || !(iswl(c, f - 1, "of") || iswl(c, f - 1, "at")) || !iswl(c, f - 2, "growth"))
        return 0;
    /* verbs before their object: "forecasts growth of", "to maintain growth of" */
    static const char verb[][16] = {"forecast", "forecasts", "predict", "predicts", "project", "projects",
                                    "expect", "expects", "plan", "plans", "maintain", "maintains", "sustain",
                                    "sustains", "achieve", "achieves", "target", "targets", "see", "sees",
                                    "show", "shows", "need", "needs", "still", "post", "posts", "report",
                                    "reports", "deliver", "delivers", "record", "records", "estimate", "estimates"};
    size_t h = f - 2, s = h;
    int at = iswl(c, f - 1, "at");
    while (s > c->s0 && h - s < 3) {
        size_t t = s - 1;
        if (tk(c, t) != NG_TOK_WORD || is_stop(c, t) || c->cls[t] != FL_NONE || verb_before_noun(c, t, 1) ||
            ends_in(c, t, 4, "ly") || change_verb(c, t) || is_aux(c, t) || in_rows(c, t, verb) ||
            (at && t > c->s0 && iswl(c, t - 1, "to"))) /* "to reestablish growth at" (not "led to economic growth of") */
            break;
        s--;
    }
    if (s == h)
        return 0;
    *os = c->d->tokens.v[s].start;
    *oe = c->d->tokens.v[h].end;
    return 1;
}

/* "another 18%", "the remaining 33%", "a further 20%", "the other 40%",
 * and a share that says, thinks or does something ("48% use two", "with
 * 40% saying", "17% disagreed"): a share of the group an earlier "X% of Y"
 * (or "(X%) of Y") in this or the sentence before named.  1 with the
 * object of the last percentage before the amount starting at token f
 * and ending before token j, at most 400 bytes back, whose object follows
 * it after "of". */
static int rest_of_group(const actx *c, size_t f, size_t j, uint32_t *os, uint32_t *oe)
{
    static const char says[][16] = {
        "said", "say", "says", "saying", "thought", "think", "thinks", "thinking", "believe", "believed",
        "believes", "felt", "feel", "feels", "agreed", "agree", "agrees", "disagreed", "disagree", "opposed",
        "oppose", "supported", "support", "wanted", "want", "wants", "preferred", "prefer", "expect",
        "expected", "use", "own", "admitted", "claimed", "voted", "favoured", "chose", "answered", "replied"};
    static const char opening[][8] = {"among", "in", "of", "for", "at", "on", "from", "across", "within"};
    int rest = f > c->s0 && (iswl(c, f - 1, "another") || iswl(c, f - 1, "remaining") ||
                             iswl(c, f - 1, "further") || iswl(c, f - 1, "other"));
    if (!rest && (tk(c, j) != NG_TOK_WORD || tn(c, j) < 3 || tn(c, j) > 9))
        return 0;
    uint32_t at = c->d->tokens.v[f].start;
    for (size_t k = c->d->amounts.n; k-- > 0;) {
        const ng_amount *p = &c->d->amounts.v[k];
        if (p->end + 400 < at)
            return 0;
        size_t b = p->end + (c->d->text[p->end] == ')'); /* "(21%) of those polled" */
        if (p->kind != NG_AMT_PERCENT || !p->object_end || p->object_start < b + 4 || p->object_start > b + 12 ||
            memcmp(c->d->text + b, " of ", 4))
            continue;
        /* (the verb tested last: few percentages have such a group before
         * them) not a group the sentence opens with: "Among the over-65s,
         * 70% said", "In a separate survey, 80% said" */
        if (!rest && (!in_rows(c, j, says) ||
                      (f < c->s0 + 12 && f > c->s0 && tk(c, c->s0) == NG_TOK_WORD && in_rows(c, c->s0, opening))))
            return 0;
        *os = p->object_start;
        *oe = p->object_end;
        return 1;
    }
    return 0;
}

/* Is word i a plausible counted noun ("systems", "people")? */
static int count_noun(const actx *c, size_t i)
{
    if (tk(c, i) != NG_TOK_WORD || is_stop(c, i))
        return 0;
    /* "people", "staff", "aircraft", "hectares" ... (KW_COUNTN in figlex.re) */
    if (c->cls[i] == FL_NONE && (c->val[i] & KW_COUNTN))
        return 1;
    const char *s = ts(c, i);
    size_t n = tn(c, i);
    if (n < 4 || s[n - 1] != 's' || s[n - 2] == 's' || s[n - 2] == '\'' || (tf(c, i) & NG_TF_ALLCAP))
        return 0;
    if ((n == 4 && !memcmp(s, "says", 4)) || (n == 4 && !memcmp(s, "goes", 4)))
        return 0;
    if (singular_s(c, i))
        return 0;
    return 1;
}

/* v, or the whole number it is within rounding of: a scale multiplies a
 * decimal fraction that has no exact double ("8.2bn" is 8.2 * 1e9 =
 * 8199999999.999999, reported as 8200000000). */
static double whole(double v)
{
    if (!(v >= 1 && v < 1e15))
        return v;
    double r = floor(v + 0.5);
    return fabs(v - r) <= 1e-12 * v ? r : v;
}

static int push(actx *c, size_t first, size_t last, int kind, double lo, double hi, const char *unit,
                const char *approx, uint32_t os, uint32_t oe)
{
    lo = whole(lo), hi = whole(hi);
    ng_amount a;
    memset(&a, 0, sizeof a);
    a.start = c->d->tokens.v[first].start;
    a.end = c->d->tokens.v[last].end;
    a.kind = (uint8_t)kind;
    a.value = lo;
    a.value_hi = hi;
    a.is_range = hi > lo;
    a.unit = unit;
    a.approx = approx;
    a.object_start = os;
    a.object_end = oe;
    return NG_VEC_PUSH(&c->d->arena, c->d->amounts, a);
}

/* Is token t a minus sign: a hyphen glued to the figure after it, with a
 * space, a bracket or the sentence's start before it ("a drop of -3.5
 * pct", "(-0.1%)"), not after a figure ("10 -20 pct" is a range) nor
 * before a space (a dash) (amounts20)? */
static int minus_sign(const actx *c, size_t t)
{
    if (tk(c, t) != NG_TOK_PUNCT || tn(c, t) != 1 || ts(c, t)[0] != '-' || t + 1 >= c->lim ||
        (tf(c, t + 1) & NG_TF_SPACE) || (tk(c, t + 1) != NG_TOK_NUMBER && tk(c, t + 1) != NG_TOK_CURRENCY))
        return 0;
    if (t == c->s0)
        return 1;
    if (tk(c, t - 1) == NG_TOK_NUMBER || tk(c, t - 1) == NG_TOK_CURRENCY)
        return 0;
    return (tf(c, t) & NG_TF_SPACE) || (tk(c, t - 1) == NG_TOK_PUNCT && ts(c, t - 1)[0] == '(');
}

/* Is the number at i part of a date, year, time or ordinal? */
static int not_an_amount(const actx *c, size_t i, size_t k)
{
    int v;
    /* month names around it: "9 June", "June 9" (no day has a decimal
     * point: "in January 0.7 pct" (amounts20)) */
    int day = !(tk(c, i) == NG_TOK_NUMBER && memchr(ts(c, i), '.', tn(c, i)));
    if (day && i > c->s0 && lex(c, i - 1, &v) == FL_MONTH && (tf(c, i - 1) & NG_TF_CAP))
        return 1;
    if (day && lex(c, i + k, &v) == FL_MONTH && (tf(c, i + k) & NG_TF_CAP))
        return 1;
    if (iswl(c, i + k, "of") && lex(c, i + k + 1, &v) == FL_MONTH)
        return 1;
    if (tk(c, i) == NG_TOK_NUMBER) {
        const char *s = ts(c, i);
        size_t n = tn(c, i);
        /* times of day and dates: "10:30", "2025-06-09", "6/9/2025" (not
         * a fraction, "14-1/2 pct", nor a dealer's quote, "3.85/95 pct") */
        double fv, qv; /* (the fraction is read only at a slash: most numbers have none) */
        if (n <= 16) { /* (the same test on the bytes' masks) */
            if (byte_mask(s, n, ':') ||
                (byte_mask(s, n, '/') && !fraction_value(s, n, &fv) && !quote_pair(s, n, &fv, &qv)))
                return 1;
        } else
            for (size_t q = 0; q < n && q < 32; q++)
                if (s[q] == ':' || (s[q] == '/' && !fraction_value(s, n, &fv) && !quote_pair(s, n, &fv, &qv)))
                    return 1;
        if (n == 10 && s[4] == '-' && s[7] == '-')
            return 1;
        /* a year: four digits 1800..2100 without a counted noun after
         * (digits only: "2.31 dlrs", "2.05%" are no years) */
        if (n == 4 && k == 1 && strspn(s, "0123456789") >= 4) {
            int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
            if (y >= 1800 && y <= 2100)
                return 1;
        }
        /* a.m. / p.m. (the lexicon's TW_AM and TW_PM; not "a.m" without its last period) */
        if (lex(c, i + k, &v) == FL_TW && (v == TW_AM || v == TW_PM) &&
            (iswl(c, i + k, "a.m.") || iswl(c, i + k, "p.m.") || iswl(c, i + k, "am") || iswl(c, i + k, "pm")))
            return 1;
        /* glued to a word by a hyphen: "45-year-old", "F-16" */
        if (i + k < c->lim && tn(c, i + k) == 1 && ts(c, i + k)[0] == '-' && !(tf(c, i + k) & NG_TF_SPACE))
            return 1;
        if (i > c->s0 && tn(c, i - 1) == 1 && ts(c, i - 1)[0] == '-' && !(tf(c, i) & NG_TF_SPACE) &&
            !minus_sign(c, i - 1))
            return 1;
        /* "No. 5", "number 10", "Article 5", "resolution", "page", "section" */
        if (i > c->s0 && c->cls[i - 1] == FL_NONE && (c->val[i - 1] & KW_LABEL))
            return 1;
    }
    return 0;
}

/* Is the multiplier word at i a verb or predeterminer ("would double",
 * "double the time", "double from 2004", "doubled")?  The bare "double",
 * "triple", "quadruple" are also adjectives and nouns: not before another
 * word ("double digit growth", "the triple jump", "Double Fantasy") nor
 * after an article, a possessive, a capitalised or hyphenated word ("the
 * Olympic middle-distance double") unless a modal or "to" comes before. */
static int mult_verb(const actx *c, size_t i)
{
    static const char *const base[] = {"double", "triple", "quadruple"};
    static const char *const before[] = {"to", "would", "will", "could", "should", "can", "may", "might", "must",
                                         "did", "does", "set", "expected", "likely"};
    static const char *const after[] = {"the", "that", "this", "those", "its", "their", "his", "her", "our", "what",
                                        "in", "from", "to", "by", "over", "within", "since", "again", "last"};
    if (!in_words(c, i, base, NG_ARRAY_LEN(base)))
        return 1;
    if (i > c->s0 && in_words(c, i - 1, before, NG_ARRAY_LEN(before)))
        return 1;
    if (i > c->s0) {
        const char *p = ts(c, i - 1);
        size_t np = tn(c, i - 1);
        if (iswl(c, i - 1, "a") || iswl(c, i - 1, "an") || iswl(c, i - 1, "the") || tk(c, i - 1) == NG_TOK_POSSESSIVE ||
            (tk(c, i - 1) == NG_TOK_WORD && ((tf(c, i - 1) & NG_TF_CAP) || memchr(p, '-', np))))
            return 0;
    }
    if (i + 1 >= c->lim || tk(c, i + 1) == NG_TOK_PUNCT || tk(c, i + 1) == NG_TOK_NUMBER || tk(c, i + 1) == NG_TOK_CURRENCY)
        return 1;
    return in_words(c, i + 1, after, NG_ARRAY_LEN(after));
}

/* A determiner and an adjective of plan or time before a figure ("his
 * planned £35bn efficiency savings", "a further 5% rise in prices", "the
 * proposed $4bn deal"): what follows is then the noun it modifies. */
static int pre_figure(const actx *c, size_t i)
{
    static const char adj[][16] = {"planned", "proposed", "estimated", "expected", "extra", "additional",
                                   "further", "annual", "promised", "agreed", "reported", "initial", "total"};
    return i > c->s0 && tk(c, i) == NG_TOK_WORD && in_rows(c, i, adj) && determiner(c, i - 1);
}

/* A determiner (or "any") and a lower-case word of no class of its own
 * before a figure at i, read as an adjective ("a landmark $206bn
 * settlement", "an unexpected $8.7bn drop in consumer debt", "any formal
 * £800m offer", "the off-the-run 9-1/4 pct Treasury bonds"): what follows
 * is then the noun it modifies, tried when nothing else named an object.
 * Not a word of order or of the rest ("the remaining 62.5%"), "record"
 * (past_record's), a plural noun ("its creditors 31 mln dlrs") or a
 * figure's own size ("a level 1.6 pct below") (objects13). */
static int adjective_figure(const actx *c, size_t i)
{
    static const char rest[][16] = {"remaining", "other", "first", "second", "third", "same", "only", "whole",
                                    "final", "record", "level", "net"};
    if (i <= c->s0 || tk(c, i) != NG_TOK_WORD || c->cls[i] != FL_NONE || (tf(c, i) & NG_TF_CAP) ||
        !(determiner(c, i - 1) || iswl(c, i - 1, "any")) || is_stop(c, i) || in_rows(c, i, rest))
        return 0;
    const char *w = ts(c, i);
    size_t n = tn(c, i);
    return !(n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && !singular_s(c, i));
}

/* The amount's first token: i, or the "at" of "at least" before it. */
static size_t first_of(const actx *c, size_t i, const char *ap)
{
    NG_UNUSED(c);
    return ap && ap[0] == 'a' && ap[1] == 't' ? i - 1 : i;
}

/* After a figure, the token past a short bracket (up to ten tokens inside:
 * a conversion, "$4bn (£2.1bn) deal") at j: where its object is looked
 * for; else j. */
static size_t past_bracket(const actx *c, size_t j)
{
    if (j >= c->lim || tk(c, j) != NG_TOK_PUNCT || ts(c, j)[0] != '(')
        return j;
    for (size_t k = j + 1; k < c->lim && k < j + 12; k++)
        if (tk(c, k) == NG_TOK_PUNCT && ts(c, k)[0] == ')')
            return k + 1;
    return j;
}

/* Words after a figure that name no thing it modifies: a time, a place of
 * the verb, "net of", a comparative, a figure's own size or estimate ("an
 * unofficial three bln stg target", "a broad 140 to 150 yen range")
 * (objects13). */
static const char after_figure[][16] = {"yesterday", "today",      "tomorrow",     "home",       "net",
                                        "plus",      "pct",        "year-on-year", "month-on-month", "throughout",
                                        "mark",      "level",      "figure",       "barrier",    "threshold",
                                        "limit",     "cap",        "ceiling",      "target",     "estimate",
                                        "projection", "series",    "rate",         "range",      "band",
                                        "value",     "held",       "higher",       "lower",      "faster",
                                        "slower",    "greater",    "bigger",       "smaller",    "larger",
                                        "better",    "worse",      "cheaper",      "dearer",     "above",
                                        "below"};

/* Tries the patterns at token i; returns tokens consumed (0: none). */
/* Wire copy's price a unit with a slash: "17.85 dlrs/bbl", "25 cts/bbl",
 * "31 cts/shr".  The slash in word j when a unit of goods or a share comes
 * after it, else NULL. */
static const char *per_unit(const actx *c, size_t j)
{
    static const char per[][8] = {"bbl", "barrel", "shr", "share", "tonne", "ton", "bu", "bushel", "lb", "oz"};
    const char *s = ts(c, j), *h = memchr(s, '/', tn(c, j));
    return h && ng__tok_in(h + 1, tn(c, j) - (size_t)(h - s) - 1, NG_TOK_LIST(per)) ? h : NULL;
}

/* The length of the piece of s[0..n) up to its first hyphen (all of it
 * when none). */
static size_t piece_len(const char *s, size_t n)
{
    const char *h = memchr(s, '-', n);
    return h ? (size_t)(h - s) : n;
}

/* The unit a piece of a hyphenated word names ("euro" of "4bn-euro", "stg"
 * of "mln-stg", "cent" of "six-cent", "pct" of "pct-owned"): NG_AMT_MONEY
 * with *cur (*minor set for cents and pence, hundredths of it) or
 * NG_AMT_PERCENT; -1 when none.  Currency words as cur_word takes them: no
 * code in lower case ("try", "usd"; but wire copy's "dlr", "stg", "yen"),
 * a word several currencies share ("franc", "crown") as the document's,
 * and no "pound" (wire copy's weigh: "a 1,850-pound satellite") nor
 * "percentage" (amounts20). */
static int piece_unit(actx *c, const char *s, size_t n, int *cur, int *minor)
{
    int v, l = n && n < 14 ? ng__figlex(s, n, &v) : FL_NONE;
    *minor = 0;
    if (l == FL_PERCENT)
        return n >= 10 && !strncasecmp(s, "percentage", 10) ? -1 : NG_AMT_PERCENT;
    if (eq_nocase(s, n, "cents") || eq_nocase(s, n, "cent") || eq_nocase(s, n, "cts") || eq_nocase(s, n, "pence")) {
        *cur = (s[0] | 32) == 'p' ? CUR_GBP : CUR_USD;
        *minor = 1;
        return NG_AMT_MONEY;
    }
    if (l != FL_CUR || (v == CUR_GBP && (s[0] | 32) == 'p'))
        return -1;
    if (n == 3 && !(s[0] >= 'A' && s[0] <= 'Z') && v != CUR_CNY && v != CUR_JPY && v != CUR_KRW && v != CUR_XEU &&
        v != CUR_XDR && !eq_nocase(s, n, "dlr") && !eq_nocase(s, n, "stg"))
        return -1;
    if (v > CUR_FAMILY && (v = doc_currency(c, v)) == CUR_NONE)
        return -1;
    *cur = v;
    return NG_AMT_MONEY;
}

/* The unit glued by a hyphen to the word it makes ("90 pct-owned by
 * Ford", "a 34 dlr-a-share bid"; another currency or its cents only as a
 * price or worth: "a 530 pence-a-share offer", "2.4bn euros-worth of
 * debts", not "12 euro-zone countries") or by a slash to a unit
 * (per_unit): the length of the part before the first hyphen (slash) of
 * word j when that part is a percent word (*kind percent), a currency
 * word (*kind money, *cur; *minor for cents or pence) or, before a slash,
 * a cents word (*minor set), else 0. */
static size_t glued_unit(actx *c, size_t j, int *kind, int *cur, int *minor)
{
    static const char price[][16] = {"a", "per", "worth", "equivalent"};
    if (tk(c, j) != NG_TOK_WORD || c->cls[j] != FL_NONE)
        return 0;
    const char *s = ts(c, j), *h = c->val[j] & KW_HYPHEN ? memchr(s, '-', tn(c, j)) : NULL;
    *minor = 0;
    if (!h && (h = per_unit(c, j)) != NULL && ((h - s == 3 && !strncasecmp(s, "cts", 3)) ||
                                              (h - s == 5 && !strncasecmp(s, "cents", 5)))) {
        *kind = NG_AMT_MONEY; /* "25 cts/bbl" */
        *cur = CUR_USD;
        *minor = 1;
        return (size_t)(h - s);
    }
    if (!h || h == s)
        return 0;
    int k = piece_unit(c, s, (size_t)(h - s), cur, minor);
    if (k < 0)
        return 0;
    if (k == NG_AMT_MONEY && (*minor || *cur != CUR_USD || !(!strncasecmp(s, "dlr", 3) || !strncasecmp(s, "dollar", 6)))) {
        /* a price or worth: the piece after the hyphen */
        const char *r = h + 1;
        if (!ng__tok_in(r, piece_len(r, (size_t)(s + tn(c, j) - r)), NG_TOK_LIST(price)))
            return 0;
    }
    *kind = k;
    return (size_t)(h - s);
}

/* Wire copy's money modifiers joined by hyphens after a figure: "a
 * 350-mln-dlr loan", "a 2.2 billion-dlr offer", "a 500-mln dlr fund", "a
 * 265 mln-dlr offer", with any currency (amounts20): "a 500-mln-stg
 * loan", "a 2.5-billion guilder bond", "a 10-billion crown order".  At j
 * (after the figure): a glued hyphen or none, then a scale word with the
 * currency word glued to it or next, with at least one hyphen.  Returns
 * the last token (0: none) and sets the scale, *cur and *glen, the bytes
 * of the last token that belong to the amount (0: all of it). */
static size_t hyphen_money(actx *c, size_t j, double *mul, int *cur, size_t *glen)
{
    size_t p = j;
    int hy = 0;
    if (p + 1 < c->lim && tn(c, p) == 1 && ts(c, p)[0] == '-' && !(tf(c, p) & NG_TF_SPACE) &&
        !(tf(c, p + 1) & NG_TF_SPACE))
        p++, hy = 1;
    if (p >= c->lim || tk(c, p) != NG_TOK_WORD)
        return 0;
    const char *s = ts(c, p), *h = memchr(s, '-', tn(c, p));
    if (!h && !hy)
        return 0; /* no hyphen at all (most figures): the tests below would fail */
    size_t sl = h ? (size_t)(h - s) : tn(c, p);
    int v, minor;
    if (sl < 3 || ng__figlex(s, sl, &v) != FL_SCALE || v == 12)
        return 0;
    *mul = scale_mul(v);
    size_t q = p, off = 0, l;
    if (h) { /* "mln-dlr", "mln-stg" */
        off = sl + 1, l = piece_len(s + off, tn(c, p) - off);
        if (piece_unit(c, s + off, l, cur, &minor) != NG_AMT_MONEY || minor)
            return 0;
    } else if (hy && p + 1 < c->lim && tk(c, p + 1) == NG_TOK_WORD) { /* "500-mln dlr", "2.5-billion guilder" */
        q = p + 1, l = piece_len(ts(c, q), tn(c, q));
        if (l < tn(c, q)) { /* "500-mln dlr-denominated" */
            if (piece_unit(c, ts(c, q), l, cur, &minor) != NG_AMT_MONEY || minor)
                return 0;
        } else if (cur_word(c, q, cur) != 1)
            return 0;
    } else
        return 0;
    *glen = off + l == tn(c, q) ? 0 : off + l;
    return q;
}

/* The end of the figure's digits, points and commas opening s[..e) ("4bn"
 * → "bn", "798m" → "m"): word_figure reads the figure and, after a symbol,
 * a range's second end the same way. */
static const char *figure_end(const char *s, const char *e)
{
    while (s < e && ((*s >= '0' && *s <= '9') || *s == '.' || *s == ','))
        s++;
    return s;
}

/* A figure written as one hyphenated word with its unit, a modifier
 * before its noun: "a 4bn-euro hole", "the 418bn-rand budget", "the
 * one-billion-dlr loan", "a ten-mln-dlr facility", "a six-cent dividend",
 * "a two-pence cut"; or a number word with its scale, the currency the
 * next word ("a three-billion franc bond", "a one-billion stg issue").
 * After a currency symbol (sym), a figure with its scale glued and
 * anything after the hyphen: "£30m-plus" (over: the span takes "-plus"),
 * "$779m-798m" (a range), "a $100m-share sale" (the span ends at the
 * scale).  Word i has a hyphen.  Returns the last token of the amount (0:
 * none) and sets *lo, *hi (the scale applied, not the cents), *kind,
 * *cur (with sym: not changed), *minor, *ap and *glen (the bytes of word
 * i in the amount; 0 when the unit is the next word) (amounts20). */
static size_t word_figure(actx *c, size_t i, int sym, double *lo, double *hi, int *kind, int *cur, int *minor,
                          const char **ap, size_t *glen)
{
    const char *s = ts(c, i), *e = s + tn(c, i), *p = s;
    double x, mul = 0;
    int v, cw = *cur;
    p = figure_end(p, e);
    size_t dl = (size_t)(p - s), pl = piece_len(p, (size_t)(e - p));
    if (dl) { /* "4bn", "30m": the scale glued */
        if (ng__parse_digits(s, dl, &x) != 0 || !pl || pl > 8 || ng__figlex(p, pl, &v) != FL_SCALE || v == 12 ||
            v == 100)
            return 0;
        mul = scale_mul(v);
    } else {
        int cl = ng__figlex(s, pl, &v);
        if (!((cl == FL_NUM || cl == FL_TENS) && v > 0)) /* "one", "ten" */
            return 0;
        x = v;
    }
    p += pl;
    if (p >= e)
        return 0;
    const char *f = p; /* the end of the figure */
    p++;
    pl = piece_len(p, (size_t)(e - p));
    if (!mul && pl && ng__figlex(p, pl, &v) == FL_SCALE && v != 12) { /* "one-billion" */
        mul = scale_mul(v);
        p += pl;
        if (p >= e) { /* "a three-billion franc bond" */
            if (sym || cur_word(c, i + 1, cur) != 1)
                return 0;
            *kind = NG_AMT_MONEY, *minor = 0, *lo = *hi = x * mul, *glen = 0;
            return i + 1;
        }
        p++;
        pl = piece_len(p, (size_t)(e - p));
    }
    *lo = *hi = mul ? x * mul : x;
    int k = piece_unit(c, p, pl, cur, minor);
    if (k >= 0 && !sym && !(k == NG_AMT_PERCENT && mul)) { /* "4bn-euro", "one-billion-dlr", "six-cent" */
        *kind = k;
        *glen = (size_t)(p + pl - s);
        return i;
    }
    if (!sym || !dl)
        return 0;
    /* after a symbol */
    *cur = cw, *minor = 0, *kind = NG_AMT_MONEY;
    *glen = (size_t)(f - s);
    double y;
    const char *q = figure_end(p, p + pl);
    size_t sc = (size_t)(f - s) - dl; /* the scale's letters */
    if (eq_nocase(p, pl, "plus")) /* "£30m-plus" */
        *ap = "over", *glen = (size_t)(p + pl - s);
    else if (q > p && (size_t)(p + pl - q) == sc && !strncasecmp(q, s + dl, sc) &&
             ng__parse_digits(p, (size_t)(q - p), &y) == 0 && y * mul > *lo) /* "$779m-798m": the same scale */
        *hi = y * mul, *glen = (size_t)(p + pl - s);
    return i;
}

/* Wire copy's unit glued to the figure by a hyphen, the pair a modifier:
 * "a 15-pct stake", "a 25-dlr offer", "a 13-cent dividend", "10-franc
 * nominal shares", "a 28-dlr-per-share offer" (no "percentage"; wire
 * pound: "a 1,850-pound satellite", "a 200-pound man" weigh).
 * At j (after the figure): 1 when a glued hyphen and such a unit come. */
static int hyphen_unit(actx *c, size_t j)
{
    if (j + 1 >= c->lim || tn(c, j) != 1 || ts(c, j)[0] != '-' || (tf(c, j) & NG_TF_SPACE) ||
        (tf(c, j + 1) & NG_TF_SPACE))
        return 0;
    int v, kind, cur = CUR_NONE, minor;
    if (lex(c, j + 1, &v) == FL_PERCENT)
        return !iswl(c, j + 1, "percentage");
    if (iswl(c, j + 1, "pound") || iswl(c, j + 1, "pounds")) /* "a 200-pound man" */
        return 0;
    return glued_unit(c, j + 1, &kind, &cur, &minor) || cur_word(c, j + 1, &cur) || minor_unit(c, j + 1) == 1;
}

static int match(actx *c, size_t i, size_t *used)
{
    size_t j = i;
    const char *ap = NULL;
    int between = 0;
    size_t a = approx_at(c, j, &ap, &between);
    j += a;
    /* a minus sign before: "-3.5 pct" is -3.5 percent */
    int neg = !a && i > c->s0 && minus_sign(c, i - 1);
    int cur = CUR_NONE;
    size_t sym = j;
    if ((cur = cur_symbol(c, j)) != CUR_NONE)
        j++;
    else {
        size_t k = tk(c, j) == NG_TOK_WORD && (tf(c, j) & NG_TF_ALLCAP) && tn(c, j) == 3 ? cur_word(c, j, &cur) : 0;
        if (k)
            j += k; /* "EUR 35 billion" */
        else
            cur = CUR_NONE;
    }
    double lo, hi;
    size_t before = i > c->s0 ? i - 1 : SIZE_MAX; /* a verb of change there: no "A to B" range */
    size_t k = number_at(c, j, between, before, &lo, &hi);
    /* the figure and its unit in one word: "a 4bn-euro hole", "£30m-plus" */
    int wkind = -1, wcur = cur, wminor = 0;
    const char *wap = NULL;
    size_t glen = 0, wlast = 0;
    if (!k && tk(c, j) == NG_TOK_WORD && c->cls[j] == FL_NONE && (c->val[j] & KW_HYPHEN) &&
        (wlast = word_figure(c, j, cur != CUR_NONE, &lo, &hi, &wkind, &wcur, &wminor, &wap, &glen)) != 0)
        k = 1;
    /* a range of negative figures: "-0.90 to -1.10 pct" */
    double nb;
    if (neg && k == 1 && tk(c, j) == NG_TOK_NUMBER && range_word(c, j + 1, j, 0, SIZE_MAX) && minus_sign(c, j + 2) &&
        tk(c, j + 3) == NG_TOK_NUMBER && ng__parse_digits(ts(c, j + 3), tn(c, j + 3), &nb) == 0 && nb != lo) {
        hi = nb > lo ? nb : lo;
        lo = nb > lo ? lo : nb;
        k = 4;
    }
    if (!k) {
        /* multipliers: "fivefold", "doubled" */
        int v;
        size_t mi = i + a; /* "almost double", "more than doubled" */
        if (cur == CUR_NONE && mi < c->lim && lex(c, mi, &v) == FL_MULT && !between && (a || mult_verb(c, mi))) {
            double m = v == -2 ? 0.5 : v;
            uint32_t os = 0, oe = 0;
            size_t last = mi;
            /* "a fivefold increase in air defenses" */
            if (!(mi + 2 < c->lim && tk(c, mi + 1) == NG_TOK_WORD && object_after(c, mi + 2, &os, &oe)) &&
                !object_after(c, mi + 1, &os, &oe) && mult_verb(c, mi) && verb_of_times(c, mi))
                object_subject(c, mi, 1, 0, &os, &oe); /* "demand … would double" */
            if (!oe) /* "with its share price increasing by almost four-fold" (objects16) */
                with_ing(c, first_of(c, i, ap), &os, &oe);
            *used = mi + 1 - i;
            return push(c, first_of(c, i, ap), last, NG_AMT_MULTIPLIER, m, m, NULL, ap, os, oe) == 0 ? 1 : -1;
        }
        return 0;
    }
    size_t nstart = j;
    j += k;
    /* "a 350-mln-dlr loan" (before the test of a hyphen glued to the figure) */
    double hmul = 0;
    int hcur = CUR_NONE;
    size_t hlast = cur == CUR_NONE && k == 1 && tk(c, nstart) == NG_TOK_NUMBER && lo == hi
                       ? hyphen_money(c, j, &hmul, &hcur, &glen)
                       : 0;
    int hunit = !hlast && cur == CUR_NONE && k == 1 && tk(c, nstart) == NG_TOK_NUMBER && hyphen_unit(c, j);
    if (!hlast && !hunit && !wlast && cur == CUR_NONE && not_an_amount(c, nstart, k))
        return 0;
    j += hunit; /* past the hyphen: "15-pct" */
    /* a single digit after a capitalised word ends a name ("Halo 2",
     * "Radio 2 listeners", "Channel 4 ratings"): news writes counts under
     * ten in words */
    if (cur == CUR_NONE && k == 1 && tk(c, nstart) == NG_TOK_NUMBER && tn(c, nstart) == 1 && nstart > c->s0 &&
        tk(c, nstart - 1) == NG_TOK_WORD && (tf(c, nstart - 1) & NG_TF_CAP) && nstart - 1 > c->s0)
        return 0;
    /* a number word with a capital after a word is part of a name ("the
     * Six Nations", "Saturday's Six Nations clash", "League One leaders") */
    if (tk(c, nstart) == NG_TOK_WORD && (tf(c, nstart) & NG_TF_CAP) && !(tf(c, nstart) & NG_TF_ALLCAP) &&
        nstart > c->s0 &&
        (tk(c, nstart - 1) == NG_TOK_WORD || tk(c, nstart - 1) == NG_TOK_NUMBER || tk(c, nstart - 1) == NG_TOK_POSSESSIVE))
        return 0;
    if (!isfinite(lo) || !isfinite(hi) || hi >= 1e18)
        return 0; /* beyond any real figure (and beyond exact integers in the record) */
    size_t last = j - 1;
    int kind;
    const char *unit = NULL;
    uint32_t os = 0, oe = 0;
    int v, minor;
    size_t kk;
    if (wlast) {
        kind = wkind;
        cur = wcur;
        if (wminor) /* "a six-cent dividend" */
            lo = hundredth(lo), hi = hundredth(hi);
        if (kind == NG_AMT_PERCENT)
            unit = "percent";
        if (!ap)
            ap = wap;
        last = wlast;
        j = wlast + 1;
    } else if (hlast) {
        kind = NG_AMT_MONEY;
        cur = hcur;
        lo *= hmul, hi *= hmul;
        last = hlast;
        j = hlast + 1;
    } else if (cur != CUR_NONE) {
        kind = NG_AMT_MONEY;
        /* "$5 million US dollars" is rare; "€35 billion" is done */
    } else if (tk(c, j) == NG_TOK_SYMBOL && ts(c, j)[0] == '%') {
        kind = NG_AMT_PERCENT;
        unit = "percent";
        last = j++;
    } else if (lex(c, j, &v) == FL_PERCENT) {
        kind = NG_AMT_PERCENT;
        unit = "percent";
        if (iswl(c, j, "percentage") && (iswl(c, j + 1, "points") || iswl(c, j + 1, "point"))) {
            unit = "percentage points";
            j++;
        } else if (iswl(c, j, "percentage"))
            return 0;
        last = j++;
    } else if (cur == CUR_NONE && (glen = glued_unit(c, j, &kind, &cur, &minor)) != 0) {
        unit = kind == NG_AMT_PERCENT ? "percent" : NULL; /* "90 pct-owned", "34 dlr-a-share" */
        if (minor) /* "25 cts/bbl" */
            lo = hundredth(lo), hi = hundredth(hi);
        last = j++;
    } else if (iswl(c, j, "per") && iswl(c, j + 1, "cent")) {
        kind = NG_AMT_PERCENT;
        unit = "percent";
        last = j + 1;
        j += 2;
    } else if ((kk = cur_word(c, j, &cur)) != 0) {
        kind = NG_AMT_MONEY;
        last = j + kk - 1;
        j += kk;
        if (minor_unit(c, j) == 1) { /* "40 euro cents" */
            lo = hundredth(lo), hi = hundredth(hi);
            last = j++;
        }
    } else if (minor_unit(c, j) && !(hi > 4 * lo && !between)) {
        /* "32 cents" (dollars), "64 pence", "325.5p", "nine cts", "40 to
         * 45 cts" (not "Evergo one to 74 cents": a change and a level) */
        kind = NG_AMT_MONEY;
        cur = minor_unit(c, j) == 1 ? CUR_USD : CUR_GBP;
        lo = hundredth(lo), hi = hundredth(hi);
        last = j++;
    } else if (iswl(c, j, "times") || iswl(c, j, "fold")) {
        /* "three times more", "three times as many": a multiplier */
        if (!(iswl(c, j + 1, "more") || iswl(c, j + 1, "as") || iswl(c, j + 1, "higher") || iswl(c, j + 1, "larger") ||
              iswl(c, j + 1, "bigger") || iswl(c, j + 1, "greater") || iswl(c, j + 1, "the") || iswl(c, j + 1, "less") ||
              iswl(c, j + 1, "faster") || iswl(c, j + 1, "fewer") || iswl(c, j + 1, "over")))
            return 0;
        kind = NG_AMT_MULTIPLIER;
        last = j++;
    } else {
        /* a count: up to three modifiers, then a plural noun */
        if (hi != lo && !between && tk(c, nstart) != NG_TOK_NUMBER)
            return 0;
        size_t h = j, end = j + 4 < c->lim ? j + 4 : c->lim;
        while (h < end && !count_noun(c, h)) {
            if (is_stop(c, h) || tk(c, h) != NG_TOK_WORD)
                return 0;
            /* a unit of time in the singular makes the number a modifier,
             * no count: "five year notes", "nine month revenues" */
            int tu = c->val[h]; /* (not plural, so the unit itself) */
            if (c->cls[h] == FL_UNIT && (tu == U_YEAR || tu == U_MONTH || tu == U_WEEK || tu == U_DAY ||
                                         tu == U_HOUR || tu == U_MIN))
                return 0; /* (not "six second hand airplanes") */
            h++;
        }
        if (h >= end)
            return 0;
        /* the number itself must be a count: no fractions of things, but
         * of units ("16.29 points", "5.8 seconds") */
        if ((lo != floor(lo) || hi != floor(hi)) && !(h == j && measure_noun(c, h)))
            return 0;
        /* one of a plural is no count ("one thing leads to another", "no
         * one really wins", "one nation politics") */
        if (hi == 1)
            return 0;
        /* nor of none before a modifier: "zero coupon notes" (but "zero
         * points") */
        if (hi == 0 && h > j)
            return 0;
        kind = NG_AMT_COUNT;
        char *u = ng__arena_strndup(&c->d->arena, ts(c, h), tn(c, h));
        if (!u)
            return -1;
        /* "Systems" opening a headline is "systems"; "PSPs" stays */
        if (u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'a' && u[1] <= 'z')
            u[0] = (char)(u[0] + 32);
        unit = u;
        if (h > j && c->cls[h] != FL_CUR) { /* (not "400 mln CFA francs", "20 mln crowns" with no country: a currency) */
            os = c->d->tokens.v[j].start;
            oe = c->d->tokens.v[h].end;
        }
        last = h;
        j = h + 1;
    }
    if (kind == NG_AMT_MONEY)
        unit = ng__cur_code(cur);
    /* "between 2% and 3%", "5% to 7%", "8%-10%": the unit repeated on the
     * upper end (not after a verb of change: "rose 3% to 5%") */
    if (kind == NG_AMT_PERCENT && hi == lo &&
        (range_word(c, j, i, between, before) ||
         (j + 1 < c->lim && tn(c, j) == 1 && ts(c, j)[0] == '-' && !(tf(c, j) & NG_TF_SPACE) &&
          !(tf(c, j + 1) & NG_TF_SPACE)))) { /* "8%-10%" */
        double b;
        size_t k2 = ng__read_number(c->d, j + 1, c->lim, 0, &b);
        size_t u = j + 1 + k2;
        if (k2 && b > lo && u < c->lim &&
            ((tk(c, u) == NG_TOK_SYMBOL && ts(c, u)[0] == '%') || lex(c, u, &v) == FL_PERCENT)) {
            hi = b;
            last = u;
            j = u + 1;
        }
    }
    if (between && !(hi > lo))
        return 0;
    /* the object: "in military aid", "of gross domestic product"; a count
     * is of its noun, so only "of" adds to it ("5 million tonnes of LNG";
     * not "2,000 adults for the BBC", "eight years in prison") */
    size_t jo = kind == NG_AMT_COUNT ? j : past_bracket(c, j); /* "$4bn (£2.1bn) of debt" */
    /* a conversion is of what the amount it converts is of */
    size_t f = first_of(c, i, ap);
    if ((cur == CUR_TWD && sym == i && tk(c, i) == NG_TOK_CURRENCY) || neg)
        f = i - 1; /* "NT$500 mln", "-3.5 pct" */
    int conv = !oe && kind == NG_AMT_MONEY && conversion_object(c, f, &os, &oe);
    /* the noun before "of": "a bet of £870 on the actor", "spending of $3bn on
     * the project" (what it is spent on is not what it is); but "the sale of
     * 11bn euros of bonds", "control of 8% of the output", where it is tried
     * only when what follows is no object (below) */
    int fig = !conv && (kind == NG_AMT_MONEY || kind == NG_AMT_PERCENT);
    int of_after = iswl(c, jo, "of") || iswl(c, jo, "worth");
    if (!oe && fig && !of_after)
        object_of_noun(c, f, kind == NG_AMT_MONEY, &os, &oe);
    if (!oe && !conv && (kind != NG_AMT_COUNT || iswl(c, j, "of") || iswl(c, j, "worth")))
        object_after_k(c, jo, kind == NG_AMT_PERCENT, &os, &oe);
    /* a share in brackets after its word: "more than half (55%) of the
     * respondents" */
    if (!oe && kind == NG_AMT_PERCENT && f > c->s0 && tk(c, f - 1) == NG_TOK_PUNCT && ts(c, f - 1)[0] == '(' &&
        tk(c, j) == NG_TOK_PUNCT && ts(c, j)[0] == ')')
        object_after(c, j + 1, &os, &oe);
    /* a figure before its noun: "a $4bn deal", "an 18.8% stake in the
     * firm" (the phrase after a change or share word: "a 10% rise in net
     * income") */
    int dlr = kind == NG_AMT_MONEY && tn(c, last) == 3 && iswl(c, last, "dlr"); /* "a 5 mln dlr loan" (objects11) */
    if (!oe && fig && i > c->s0 && (dlr || determiner(c, i - 1) || pre_figure(c, i - 1)))
        object_before_noun(c, jo, dlr, &os, &oe);
    /* the subject of a verb of change: "steel prices rose by 8%"; money
     * too, but not before "to", where it is the level ("Biogen fell
     * $28.63", "fuel costs rose by £106m"; "Shares fell to $8" below) */
    if (!oe && (kind == NG_AMT_PERCENT || (kind == NG_AMT_MONEY && may_change(c, f) && !pay_price(c, f, j))))
        object_subject(c, f, 0, kind == NG_AMT_MONEY, &os, &oe);
    /* a change set beside the amount before it: "a profit of $3.36bn, up
     * 27%", "rose by £106m or 47.3%", "closed up 64 pence, or 6%" */
    if (!oe && fig)
        apposed_change(c, f, kind, &os, &oe);
    if (!oe && kind == NG_AMT_PERCENT) /* "totaled 26,108 cars, down 2.2 pct" */
        apposed_level(c, f, &os, &oe);
    /* the noun before "of" when what follows was no object ("a record
     * profit of £5m of …"), the subject of "to be" or of a verb of level
     * ("Growth was 1.1%") */
    size_t fr = !oe && fig ? past_record(c, f) : f; /* before "a record" */
    if (!oe && fig && !(of_after && object_of_noun(c, f, kind == NG_AMT_MONEY, &os, &oe)) &&
        !object_level(c, f, fr, &os, &oe) &&
        !object_change_to(c, fr, &os, &oe) && /* "sales rose 5% to $3bn" */
        !object_cause_to(c, fr, &os, &oe))    /* "pushed the deficit to $427bn" */
        object_rise_in_to(c, fr, &os, &oe);   /* "a 6% rise in profits to £280m" */
    /* last, a percentage before its noun with no determiner: "sold 2.1%
     * more cars", "12.5% searches under the laws", "at 95% capacity" */
    if (!oe && kind == NG_AMT_PERCENT)
        object_bare_noun(c, jo, &os, &oe);
    /* "economic growth of 2%" */
    if (!oe && kind == NG_AMT_PERCENT)
        growth_of(c, f, &os, &oe);
    /* "a landmark $206bn settlement": a noun, no adverb, comparative or
     * time after the figure ("a provisional 9.0 pct higher", "a revised
     * 9.9 pct instead of", "a record 53 bln dlrs yesterday") */
    if (!oe && fig && jo < c->lim && tk(c, jo) == NG_TOK_WORD && c->cls[jo] == FL_NONE && adjective_figure(c, f - 1) &&
        !not_a_noun(c, jo) &&
        object_before_noun(c, jo, 0, &os, &oe))
        for (size_t t = jo; t < c->lim && c->d->tokens.v[t].start < oe; t++)
            if (in_rows(c, t, after_figure)) { /* "a negative 1.3 pct annual rate" */
                os = oe = 0;
                break;
            }
    /* a price: "bought the unit for $9bn" */
    if (!oe && kind == NG_AMT_MONEY && !conv)
        object_sold(c, f, &os, &oe);
    /* box office: "The Aviator has taken $75m" */
    if (!oe && kind == NG_AMT_MONEY && !conv && box_word(c, f))
        box_office(c, f, &os, &oe);
    /* a price a piece: "10 mln shares at 13.25 dlrs each" */
    if (!oe && kind == NG_AMT_MONEY && !conv)
        price_each(c, f, jo, &os, &oe);
    /* a bidder's price a share: "offered 34 dlrs a share for Harper" */
    if (!oe && kind == NG_AMT_MONEY && !conv)
        offer_price(c, f, jo, &os, &oe);
    /* a table line's label: "Shr loss 99 cts vs …" */
    if (!oe && fig)
        table_label(c, f, j, &os, &oe);
    /* an amount compared with the one before it: "compared with 0.5%" */
    if (!oe && fig)
        compared_object(c, f, kind, &os, &oe);
    /* "Shr loss 64 cts vs profit 46 cts": money after "vs loss" or "vs
     * profit" whose line item was not found again (the label before ends
     * in the other word, or names none) is of that word, as "a profit of
     * 46 cts" is, and so is money after a bare item of a note ("in quarter
     * and loss 647,000 dlrs") (objects14) */
    if (!oe && fig && kind == NG_AMT_MONEY && f > c->s0 + 2 && bare_item_word(c, f - 1)) {
        os = c->d->tokens.v[f - 1].start;
        oe = c->d->tokens.v[f - 1].end;
    }
    /* "with ThyssenKrupp dropping 1.7%" */
    if (!oe && fig)
        with_ing(c, f, &os, &oe);
    /* "from 1,978,900 shares, or 30.5 pct" */
    if (!oe && kind == NG_AMT_PERCENT)
        from_count_or(c, f, &os, &oe);
    /* "underwriting pays 3/8 pct" */
    if (!oe && kind == NG_AMT_PERCENT)
        pays_rate(c, f, &os, &oe);
    /* "rose 2.53 pct after falling 0.51 pct" */
    if (!oe && fig)
        after_ing(c, f, &os, &oe);
    /* "another 18%" of the group an earlier "70% of local businesses" named */
    if (!oe && kind == NG_AMT_PERCENT)
        rest_of_group(c, f, j, &os, &oe);
    /* last, money before its noun with no determiner, as a percentage
     * ("Court rejects $280bn tobacco case", "offered £22bn savings"), not
     * in wire copy, where "20 dlrs cash", "5 cts shr" and "10 mln dlrs
     * principal amount" are common and no thing */
    if (!oe && kind == NG_AMT_MONEY && !conv && jo < c->lim && tk(c, jo) == NG_TOK_WORD && c->cls[jo] == FL_NONE &&
        !(tf(c, jo) & NG_TF_CAP) && !participle(c, jo) && !wire_doc(c))
        money_bare_noun(c, jo, &os, &oe);
    *used = j - i;
    if (push(c, f, last, kind, lo, hi, unit, ap, os, oe) != 0)
        return -1;
    if (neg) { /* (after push's rounding to a whole number) */
        ng_amount *m = &c->d->amounts.v[c->d->amounts.n - 1];
        double t = m->value;
        m->value = -m->value_hi, m->value_hi = -t;
    }
    if (glen) /* the amount ends at its unit: "90 pct", not "90 pct-owned" */
        c->d->amounts.v[c->d->amounts.n - 1].end = c->d->tokens.v[last].start + (uint32_t)glen;
    return 1;
}

int ng__annot_amounts(const ng_engine *e, ng_doc *d)
{
    NG_UNUSED(e);
    actx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    size_t nt = d->tokens.n;
    if (nt == 0)
        return 0;
    if (ng__figlex_doc(d) != 0 || ng__sent_ends(d) != 0)
        return NG_ENOMEM;
    c.cls = d->figcls;
    c.val = d->figval;
    int rc = 0;
    size_t sent_end = 0;
    const ng_token *tv = d->tokens.v;
    for (size_t i = 0; i < nt;) {
        /* Most tokens cannot pass the filter below whatever their sentence:
         * skip them in a tight loop (a necessary condition of the filter),
         * then bring the sentence up to date as visiting every token one by
         * one would have (a new sentence starts at the first token visited
         * at or after the end of the last one). */
        size_t j = ng__fig_next(d->figgate, i, nt, NG_FG_AMOUNT);
        if (j >= nt)
            break;
        for (size_t s = i > sent_end ? i : sent_end; s <= j;) {
            c.s0 = s;
            sent_end = ng__sent_end_of(d, s, nt);
            c.lim = sent_end;
            s = sent_end;
        }
        i = j;
        const ng_token *t = &tv[i];
        /* cheap filter: amounts start with a digit, a currency, a number
         * word, an approximator, a multiplier, "a" before a scale word ("a
         * million") or a few words */
        int k = c.cls[i];
        if (!(t->kind == NG_TOK_NUMBER || t->kind == NG_TOK_CURRENCY ||
              (t->kind == NG_TOK_WORD &&
               (k == FL_NUM || k == FL_TENS || k == FL_APPROX || k == FL_MULT || k == FL_CUR ||
                (k == FL_TW && c.val[i] == TW_A && i + 1 < c.lim &&
                 (c.cls[i + 1] == FL_SCALE || (d->tokens.v[i + 1].kind != NG_TOK_WORD &&
                                               d->tokens.v[i + 1].kind != NG_TOK_ABBREV &&
                                               d->tokens.v[i + 1].kind != NG_TOK_NUMBER))) ||
                /* a hyphen, between, just, well, slightly */
                (k == FL_NONE && (c.val[i] & (KW_HYPHEN | KW_ASTART))))))) {
            i++;
            continue;
        }
        size_t used = 0;
        int r = match(&c, i, &used);
        if (r < 0) {
            rc = NG_ENOMEM;
            break;
        }
        i += r > 0 && used > 0 ? used : 1;
    }
    return rc;
}

void ng__json_amounts(const ng_doc *d, ng_buf *b)
{
    static const char *const kinds[] = {"money", "percent", "multiplier", "count"};
    ng__buf_putc(b, '[');
    for (size_t i = 0; i < d->amounts.n; i++) {
        const ng_amount *a = &d->amounts.v[i];
        bool first = true;
        ng__buf_puts(b, i ? ",{" : "{");
        ng__json_key(b, "text", &first);
        ng__json_span_text(d, b, a->start, a->end);
        ng__json_key(b, "start", &first);
        ng__buf_printf(b, "%u", a->start);
        ng__json_key(b, "end", &first);
        ng__buf_printf(b, "%u", a->end);
        ng__json_key(b, "kind", &first);
        ng__json_cstr(b, kinds[a->kind & 3]);
        ng__json_key(b, "value", &first);
        ng__json_num(b, a->value);
        ng__json_key(b, "value_hi", &first);
        if (a->is_range)
            ng__json_num(b, a->value_hi);
        else
            ng__buf_puts(b, "null");
        ng__json_key(b, "unit", &first);
        ng__json_cstr(b, a->unit);
        ng__json_key(b, "approx", &first);
        ng__json_cstr(b, a->approx);
        ng__json_key(b, "object", &first);
        if (a->object_end) {
            ng__json_span_text(d, b, a->object_start, a->object_end);
            ng__json_key(b, "object_start", &first);
            ng__buf_printf(b, "%u", a->object_start);
            ng__json_key(b, "object_end", &first);
            ng__buf_printf(b, "%u", a->object_end);
        } else {
            ng__buf_puts(b, "null");
            ng__json_key(b, "object_start", &first);
            ng__buf_puts(b, "null");
            ng__json_key(b, "object_end", &first);
            ng__buf_puts(b, "null");
        }
        ng__buf_putc(b, '}');
    }
    ng__buf_putc(b, ']');
}
