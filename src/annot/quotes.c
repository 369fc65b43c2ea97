/*
 * quotes.c -- quotations and attributions: who said what, on whose authority.
 *
 * Fills doc->quotes and doc->attributions from the tokens, sentences and the
 * entity tables (mentions, entities, rolerefs).  Two passes over the tokens;
 * every look-around is bounded by a constant window and the per-token tables
 * below answer range questions in O(1), so time and output are linear in the
 * document (tests/unit/test_quotes.c runs 200 000 quote marks):
 *
 *  1. Direct quotations.  Double quote marks (" “ ” « » „) are paired left to
 *     right with the tokeniser's open/close flags (British-style documents,
 *     where single marks open most quotations, pair ' ‘ ’ instead and leave
 *     apostrophes alone).  A paragraph that ends with a quotation still open
 *     continues in the next paragraph when that one opens with a quote mark
 *     (the newspaper convention); otherwise the quotation ends at the
 *     paragraph end.  Nested quotes stay in the text.  The cue and speaker
 *     are searched after the closing mark ("…,” Rutte said / said Rutte /
 *     Rutte, the alliance chief, said) and before the opening one (Rutte said:
 *     “…”, Rutte: “…”).  A quotation with no cue of its own takes the cue and
 *     speaker of the one just before it when it continues it right after the
 *     cue (“…,” Rutte said. “…”), or only the speaker when it opens a
 *     sentence in the same or the next paragraph.  Short quoted fragments
 *     with no cue inside a sentence (scare quotes, titles, “irreversible”)
 *     are not direct quotations; inside reported speech they are part of its
 *     content.
 *  2. Reported speech and attributions.  A cue (quotes_lex.c, plus two-word
 *     cues here) outside quotation marks with a subject before it takes the
 *     rest of its clause ("Rutte said (that) …", "told reporters …", "called
 *     on Trump to …", "accused X of …"); after a comma at the end of a
 *     sentence it takes the sentence before it ("…, he said."); participles
 *     and coordinated cues take their clause's subject ("…, saying …").
 *     "according to X", "as X points out", headline colons ("Berg: …") and
 *     reported speech whose source is not a person (an organisation or outlet
 *     entity, an all-capitals or outlet name, or a source noun: officials,
 *     sources, the report) become attributions instead of quotes.  Reported
 *     contents never overlap.
 *
 * Speakers are resolved to entities through the head mention of the
 * speaker phrase (phrase_head), a role reference ("the NATO chief"), an
 * owner ("Oxfam's report", "a Vodafone spokesman"), the one person just
 * named for a person described by what they do ("the Wasps wing"), or for
 * he/she the most recent person of that gender outside the quotation it
 * tells, preferring the opening person (the subject) of that sentence.
 * Anything else keeps speaker -1 (null in the record): no guesses.  With no
 * entity tables at all the speaker spans are still reported.  The decisions are listed in
 * doc/FORMAT.md.  ng__annot_quotes returns 0 or NG_ENOMEM.
 */
#include "../engine.h"
#include "annot/figlex.h"
#include "entities_lex.h"
#include "gazetteer.h"
#include "quotes.h"
#include "text/sentrun.h"
#include "tokeq.h"

#include <stddef.h>
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
#include <emmintrin.h>
#endif
#include <stdio.h>
#include <stdlib.h>

#define NONE UINT32_MAX
/* Rules that run for a few articles in a hundred (Reuters-21578: under one
 * call in two articles): marked cold, the compiler keeps them and the
 * paths that call them out of the hot code, which the annotators reload
 * into the instruction cache for every article. */
#if defined(__GNUC__)
#define Q_RARE __attribute__((cold))
#else
#define Q_RARE
#endif
#define NESTED_MAX 4 /* attributions nested in one reported content */

typedef struct seg {
    uint32_t open, close;  /* token indices of the marks; close NONE: unterminated */
    uint32_t cs, ce;       /* content bytes */
    int cont;              /* continues the previous segment (multi-paragraph) */
    uint32_t hi;           /* one past the segment's last token (its closing mark) */
} seg;

/* a direct quotation that follows another item's cue (pass_direct) */
typedef struct follow {
    uint32_t quote;        /* its index in doc->quotes */
    uint32_t lo, open;     /* the first cue token after the quotation before; its opening mark */
} follow;

typedef struct qctx {
    const ng_engine *e;
    ng_doc *d;
    const ng_token *tk;
    size_t nt;
    uint8_t *mark;         /* per token: QM_* */
    uint16_t *wc;          /* per token: NG_QW_* of a word token under 24 bytes, in any case */
    uint16_t *cue;         /* per token: cue_at()'s entry, found once (its number; 0 none) */
    const ng_cue *cues;    /* the cue table the numbers index (ng__q_cue_table) */
    uint32_t *sfirst;      /* per sentence: first token */
    const uint32_t *slast; /* per sentence: one past the last token (d->sent_end) */
    uint32_t *inq;         /* inq[i]: tokens before i inside direct quotations */
    struct tspan *spk_at;  /* per token: the speaker of the direct quotation it is the cue of */
    const uint32_t *stops; /* the clause stops, in text order (nstops; next_stop()): the
                            * "according" of ", according to", the "and" of ", and he", a ";" */
    size_t nstops;
    int single;            /* the document quotes with single marks (British style) */
    size_t first_quote;    /* the first quote mark token (nt: none) */
    unsigned cur_flags;    /* NG_CUE_* of the cue being emitted (emit_claim) */
    /* the last reported-speech item, to keep contents from overlapping */
    int last_kind;         /* 0 none, 1 quote, 2 attribution */
    size_t last_idx;       /* its index in doc->quotes or doc->attributions */
    size_t last_a, last_b; /* its content tokens */
    unsigned last_flags;   /* its cue's NG_CUE_* (cur_flags when it was emitted) */
    int last_who;          /* its subject is a relative "who" */
    int nested;            /* items emitted inside its content (at most NESTED_MAX) */
    int enveloping;        /* it holds the item before it whole (envelops_last) */
    int nwhich;            /* items of the sentence with a ", which" source (comma_which) */
    int emitted;           /* the last emit_claim call added an item */
    uint32_t own_s, own_e; /* bytes of the quotation whose speaker is being resolved: its
                            * names are not the antecedent of its "he said" */
    uint8_t how;           /* the rule path of the next item pushed (HOW; ng_quote.how) */
    /* direct quotations that follow another speaker's cue (pass_direct):
     * their speaker is the last cue's, known after pass_reported */
    NG_VEC(follow) follow;
    size_t ndirect;        /* doc->quotes[0, ndirect): pass_direct's, in text order */
    struct dl_memo *dl;    /* skip_dateline's answers (NULL in read_ctx's contexts: none kept) */
} qctx;

/* skip_dateline's scans of paragraph-opening tokens, by token index mod
 * DL_MEMO: the same token is asked about again and again (a content is
 * trimmed two to five times by emit_claim; body_subject looks back over the
 * same sentences for each "it" and "the company"), and each scan reads up
 * to ten words byte by byte. */
#define DL_MEMO 16
typedef struct dl_memo {
    uint32_t tok[DL_MEMO]; /* the token asked about (UINT32_MAX: none yet) */
    uint32_t end[DL_MEMO]; /* its dateline_end() */
} dl_memo;

#define QM_INQ 0x01u  /* inside a direct quotation (marks included) */
#define QM_CUE 0x02u  /* already used as a cue */

/* ---- token helpers ---- */

static size_t tlen(const qctx *q, size_t i) { return q->tk[i].end - q->tk[i].start; }
static const char *ttext(const qctx *q, size_t i) { return q->d->text + q->tk[i].start; }

/* Lower-cases token i into buf (ASCII only); returns its length, or 0 when it
 * is too long to be any listed word. */
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
_Static_assert(NG_TEXT_PAD >= 15, "tlow's 16-byte loads need NG_TEXT_PAD >= 15");
#endif
static size_t tlow(const qctx *q, size_t i, char *buf, size_t cap)
{
    size_t n = tlen(q, i);
    if (n == 0 || n >= cap)
        return 0;
    const char *s = ttext(q, i);
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
    if (n <= 16 && cap >= 16) {
        /* 16 bytes at once (the text has NG_TEXT_PAD bytes after a token, buf
         * room for them): the byte loop's exit is as hard to predict as the
         * word's length */
        __m128i raw = _mm_loadu_si128((const __m128i *)(const void *)s);
        __m128i up = _mm_and_si128(_mm_cmpgt_epi8(raw, _mm_set1_epi8('A' - 1)),
                                   _mm_cmplt_epi8(raw, _mm_set1_epi8('Z' + 1)));
        _mm_storeu_si128((__m128i *)(void *)buf, _mm_add_epi8(raw, _mm_and_si128(up, _mm_set1_epi8(32))));
        buf[n] = 0;
        return n;
    }
#endif
    for (size_t k = 0; k < n; k++) {
        char c = s[k];
        buf[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    buf[n] = 0;
    return n;
}

static int is_word(const qctx *q, size_t i)
{
    return q->tk[i].kind == NG_TOK_WORD || q->tk[i].kind == NG_TOK_ABBREV;
}

/* Is token i the lower-case word s (ASCII letters compared case-blind)?
 * (tokeq.h: a literal s of 1-8 bytes in one test, other words byte by
 * byte, the first differing byte ending the comparison) */
static inline int tok_eq_bytes(const qctx *q, size_t i, const char *s)
{
    return ng__tok_eq_bytes(ttext(q, i), tlen(q, i), s);
}
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !defined(NG_NO_SIMD)
static int tok_eq_word(const qctx *q, size_t i, uint64_t v, uint64_t lc, size_t m)
{
    return ng__tok_eq_word(ttext(q, i), tlen(q, i), v, lc, m);
}
#define tok_eq(q, i, s) \
    (NG_TOK_LIT(s) ? tok_eq_word((q), (i), NG_TOK_V(s), NG_TOK_LC(s), NG_TOK_LEN_(s)) : tok_eq_bytes((q), (i), (s)))
#else
#define tok_eq tok_eq_bytes
#endif

/* Is token i one of the n lower-case words of the list l (tokeq.h: rows of
 * w bytes, compared as tok_eq does)?  TOK_IN takes a `static const char
 * l[][8]` or `[][16]`. */
static int tok_in(const qctx *q, size_t i, const char *l, size_t w, size_t n)
{
    return ng__tok_in(ttext(q, i), tlen(q, i), l, w, n);
}
#define TOK_IN(q, i, l) tok_in((q), (i), NG_TOK_LIST(l))

/* Is lemma (NULL: no) one of list's n?  (the first letters first: most
 * entries differ there, and strcmp is a call) */
static int lemma_in(const char *lemma, const char *const *list, size_t n)
{
    for (size_t k = 0; lemma && k < n; k++)
        if (lemma[0] == list[k][0] && !strcmp(lemma, list[k]))
            return 1;
    return 0;
}

/* Is token i a finite auxiliary or modal (is, was, has, would, …)? */
static int finite_aux(const qctx *q, size_t i)
{
    static const char fin[][8] = {"is", "are", "was", "were", "will", "would", "can", "could",
                                  "should", "has", "have", "had", "must", "may", "might", "does",
                                  "did"};
    return TOK_IN(q, i, fin);
}

static inline int is_punct(const qctx *q, size_t i, const char *s)
{
    return q->tk[i].kind == NG_TOK_PUNCT && tok_eq(q, i, s);
}

/* . ! ? (compared by length and bytes: what tok_eq() says of them) */
static inline int is_terminal(const qctx *q, size_t i)
{
    if (q->tk[i].kind != NG_TOK_PUNCT || tlen(q, i) != 1)
        return 0;
    char c = ttext(q, i)[0];
    return c == '.' || c == '!' || c == '?';
}

/* — – -- and a spaced hyphen as a dash (compared as is_terminal does) */
static int is_dash(const qctx *q, size_t i)
{
    if (q->tk[i].kind != NG_TOK_PUNCT)
        return 0;
    const unsigned char *t = (const unsigned char *)ttext(q, i);
    switch (tlen(q, i)) {
    case 1: return t[0] == '-' && (q->tk[i].flags & NG_TF_SPACE) != 0;
    case 2: return t[0] == '-' && t[1] == '-';
    case 3: return t[0] == 0xE2 && t[1] == 0x80 && (t[2] == 0x94 || t[2] == 0x93);
    default: return 0;
    }
}

/* A double quote mark: " “ ” « » „ `` ''. */
static int is_dquote(const qctx *q, size_t i)
{
    if (q->tk[i].kind != NG_TOK_QUOTE)
        return 0;
    const unsigned char *s = (const unsigned char *)ttext(q, i);
    size_t n = tlen(q, i);
    if (n == 1)
        return s[0] == '"';
    if (n == 2)
        return (s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB)) || (s[0] == '`' && s[1] == '`') ||
               (s[0] == '\'' && s[1] == '\'');
    return n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9C || s[2] == 0x9D || s[2] == 0x9E);
}

static int is_cap(const qctx *q, size_t i);

/* A single quote mark: ' ‘ ’. */
static int is_squote(const qctx *q, size_t i)
{
    if (q->tk[i].kind != NG_TOK_QUOTE)
        return 0;
    const unsigned char *s = (const unsigned char *)ttext(q, i);
    size_t n = tlen(q, i);
    return (n == 1 && s[0] == '\'') || (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x98 || s[2] == 0x99));
}

/* A possessive clitic: the tokeniser's 's, and the bare apostrophe of a
 * plural or -s name glued to it and followed by a word ("Sanders’ campaign",
 * "the allies' plans"), which it leaves a quote token. */
static inline int is_poss(const qctx *q, size_t i)
{
    const ng_token *t = &q->tk[i];
    if (t->kind == NG_TOK_POSSESSIVE)
        return 1;
    if (t->kind != NG_TOK_QUOTE || (t->flags & NG_TF_SPACE) || i == 0 || i + 1 >= q->nt ||
        !is_squote(q, i) || !is_word(q, i - 1) || q->tk[i - 1].end != t->start ||
        !is_word(q, i + 1) || !(q->tk[i + 1].flags & NG_TF_SPACE))
        return 0;
    char c = q->d->text[t->start - 1];
    return c == 's' || c == 'S';
}

/* A quotation mark of the document's primary style.  Documents where
 * single marks open capitalised quotations more often than double marks
 * open anything use British style ('…' he said): there a closing single quote counts only next to
 * punctuation or at a paragraph end, so apostrophes ("the allies' plans")
 * do not close quotations. */
static int is_qmark(const qctx *q, size_t i)
{
    if (!q->single)
        return is_dquote(q, i);
    if (!is_squote(q, i))
        return 0;
    if (q->tk[i].flags & NG_TF_OPEN)
        return i + 1 < q->nt && (is_word(q, i + 1) || q->tk[i + 1].kind == NG_TOK_NUMBER);
    return (i > 0 && q->tk[i - 1].kind == NG_TOK_PUNCT) || i + 1 >= q->nt ||
           q->tk[i + 1].kind == NG_TOK_PUNCT || (q->tk[i + 1].flags & NG_TF_PARA);
}

static int is_cap(const qctx *q, size_t i)
{
    return (q->tk[i].flags & NG_TF_CAP) != 0;
}

/* spokesman, spokeswoman, spokesperson, spokespeople, … */
static int is_spokes(const qctx *q, size_t i)
{
    return is_word(q, i) && tlen(q, i) > 7 && !strncasecmp(ttext(q, i), "spokes", 6);
}

/* Does the word w[0..n) end in a plural -s (not "express", "focus")?  n >= 2. */
static int plural_s(const char *w, size_t n)
{
    return w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u';
}

static int is_lower_word(const qctx *q, size_t i)
{
    if (!is_word(q, i))
        return 0;
    char c = ttext(q, i)[0];
    return c >= 'a' && c <= 'z';
}

/* Is token i "today", "yesterday" or "tonight" in lower case? */
static int day_word(const qctx *q, size_t i)
{
    return is_lower_word(q, i) && (tok_eq(q, i, "today") || tok_eq(q, i, "yesterday") || tok_eq(q, i, "tonight"));
}

/* The cue entry of token i (lower-case words only), or NULL. */
static const ng_cue *cue_at(const qctx *q, size_t i)
{
    return q->cue[i] ? &q->cues[q->cue[i] - 1] : NULL;
}

#define LOW(i, w) (tlow(q, (i), (w), sizeof(w)))

static int word_in(const qctx *q, size_t i, int (*pred)(const char *, size_t))
{
    /* the classes of quotes_lex.c were looked up once per token */
    unsigned bit = pred == ng__q_is_pronoun ? NG_QW_PRONOUN
                   : pred == ng__q_is_determiner ? NG_QW_DETERMINER
                   : pred == ng__q_is_stopword ? NG_QW_STOPWORD
                   : pred == ng__q_is_aux ? NG_QW_AUX
                   : pred == ng__q_is_weekday ? NG_QW_WEEKDAY
                   : pred == ng__q_is_source_noun ? NG_QW_SOURCE_NOUN
                   : pred == ng__q_is_outlet_word ? NG_QW_OUTLET_WORD : 0;
    if (bit)
        return (q->wc[i] & bit) != 0;
    char w[24];
    size_t n = LOW(i, w);
    return is_word(q, i) && n && pred(w, n);
}

/* The word classes (NG_QW_*) of token i, whose lower-case text LOW(i, w)
 * gave w[0..n): the per-document table when ng__q_fold_tokens looked the
 * token up (a word or abbreviation of 1-23 bytes, capitals folded the same
 * way, so the same answer), else a lookup of w. */
static unsigned wcls(const qctx *q, size_t i, const char *w, size_t n)
{
    unsigned kind = q->tk[i].kind;
    if ((kind == NG_TOK_WORD || kind == NG_TOK_ABBREV) && n > 0 && n < 24)
        return q->wc[i];
    return ng__q_word_class(w, n);
}

/* ng__cue_lookup(w, n) for token i, w[0..n) being LOW(i, w): when
 * ng__q_fold_tokens looked the token up (a word or abbreviation of 1-23
 * bytes), NULL unless it found a cue (NG_QW_CUE), and its entry when the
 * word starts with a lower-case letter; else a lookup. */
static const ng_cue *wcue(const qctx *q, size_t i, const char *w, size_t n)
{
    unsigned kind = q->tk[i].kind;
    if ((kind == NG_TOK_WORD || kind == NG_TOK_ABBREV) && n > 0 && n < 24) {
        if (!(q->wc[i] & NG_QW_CUE))
            return NULL;
        if (q->cue[i])
            return cue_at(q, i);
    }
    return ng__cue_lookup(w, n);
}

/* ---- speaker phrases ---- */

/* A span of tokens [s, e); e == s: none. */
typedef struct tspan {
    uint32_t s, e;
} tspan;

/* The end of phrase sp without the day np_before keeps ("Seaga yesterday",
 * "Iran earlier today"): the phrase for its entity and kind. */
static uint32_t before_day(const qctx *q, tspan sp)
{
    uint32_t e = sp.e;
    if (e - sp.s >= 2 && day_word(q, e - 1)) {
        e--;
        if (e - sp.s >= 2 && is_lower_word(q, e - 1) &&
            (tok_eq(q, e - 1, "earlier") || tok_eq(q, e - 1, "early") || tok_eq(q, e - 1, "late")))
            e--;
    }
    return e;
}

static void extend_left(const qctx *q, tspan *sp, size_t lo);
Q_RARE static void rel_subject(const qctx *q, tspan *sp, size_t lo);
static int clause_opener(const qctx *q, size_t i);
static int ends_ing(const qctx *q, size_t i);
static int ends_ed(const qctx *q, size_t i);
static int n_ly(const qctx *q, size_t i);
static unsigned scls(const qctx *q, size_t i);
static int past_form(const qctx *q, size_t i);
static int no_mention(const qctx *q, size_t i);
static int he_she_they_we(const qctx *q, size_t i);
static int be_form(const qctx *q, size_t i);

/* A time phrase that ends at j (exclusive) and is no part of a noun phrase
 * before it: "last week", "this month", "earlier this year", "in the
 * past".  Returns 1 and its first token in *start, else 0. */
Q_RARE static int time_phrase_back(const qctx *q, size_t j, size_t lo, size_t *start)
{
    static const char unit[][8] = {"week", "month", "year", "weekend", "night", "summer", "spring",
                                   "fall", "autumn", "winter"};
    size_t t = j - 1, b;
    if (tok_eq(q, t, "past") && t >= lo + 2 && tok_eq(q, t - 1, "the") && tok_eq(q, t - 2, "in"))
        b = t - 2;
    else if (TOK_IN(q, t, unit) && (tok_eq(q, t - 1, "last") || tok_eq(q, t - 1, "this")))
        b = tok_eq(q, t - 1, "this") && t >= lo + 3 && (tok_eq(q, t - 2, "earlier") || tok_eq(q, t - 2, "later"))
                ? t - 2
                : t - 1;
    else
        return 0;
    /* but the date of "a poll released last week", "a poll out this week",
     * "a poll taken last week", "a WBUR poll last week" belongs to the phrase */
    static const char doc[][16] = {"poll", "polls", "survey", "surveys", "study", "report", "reports",
                                   "data", "analysis", "figures", "records", "review", "audit", "paper",
                                   "research", "estimate", "estimates", "filing", "memo", "letter"};
    if (b > lo && is_lower_word(q, b - 1) &&
        (ends_ed(q, b - 1) || tok_eq(q, b - 1, "out") || TOK_IN(q, b - 1, doc) ||
         (b > lo + 1 && is_lower_word(q, b - 2) && TOK_IN(q, b - 2, doc)))) /* ("a poll taken last week") */
        return 0;
    *start = b;
    return 1;
}

/* Skips adverbs, auxiliaries and "on Monday" backwards from j (exclusive),
 * not below lo.  Returns the new exclusive end. */
static size_t skip_aux_back(const qctx *q, size_t j, size_t lo)
{
    for (int k = 0; k < 4 && j > lo; k++) {
        size_t t = j - 1;
        if (q->tk[t].kind == NG_TOK_POSSESSIVE && (tok_eq(q, t, "n't") || tok_eq(q, t, "n\xE2\x80\x99t") ||
                                                    tok_eq(q, t, "'d") || tok_eq(q, t, "\xE2\x80\x99" "d"))) {
            j--; /* the clitic of "doesn't", "didn’t", "we'd" */
            continue;
        }
        size_t n = tlen(q, t);
        if (!is_lower_word(q, t) || n >= 24)
            break;
        const char *w = ttext(q, t); /* (lower case: is_lower_word) */
        if ((q->wc[t] & NG_QW_AUX) || (n > 4 && w[n - 2] == 'l' && w[n - 1] == 'y') || tok_eq(q, t, "always") ||
            tok_eq(q, t, "never") || tok_eq(q, t, "here") || tok_eq(q, t, "there") ||
            /* "has been saying" (a progressive: not "has been felt"), "would only say" */
            (((tok_eq(q, t, "been") && ends_ing(q, j)) || tok_eq(q, t, "only")) && t > lo &&
             (q->wc[t - 1] & NG_QW_AUX))) {
            j--;
            continue;
        }
        break;
    }
    /* "Berg (D-Ore.) last week said", "Berg earlier this week said", "Berg's
     * friends have in the past said" */
    size_t ts;
    if (j >= lo + 3 && j < q->nt && tlen(q, j - 2) <= 4 && (ttext(q, j - 2)[0] == 'l' || ttext(q, j - 2)[0] == 't') &&
        is_lower_word(q, j - 1) && !ends_ing(q, j) && time_phrase_back(q, j, lo, &ts)) { /* (last, this, the) */
        j = ts;
        for (int k = 0; k < 2 && j > lo && is_lower_word(q, j - 1) && (q->wc[j - 1] & NG_QW_AUX); k++)
            j--;
    }
    /* "Rutte on Monday said", "Rutte earlier Thursday said", "Rutte Sunday night said" */
    size_t j0 = j;
    if (j >= lo + 2 && word_in(q, j - 1, ng__q_is_weekday) && tok_eq(q, j - 2, "on"))
        j -= 2;
    else if (j >= lo + 2 && word_in(q, j - 1, ng__q_is_weekday) && is_cap(q, j - 2) &&
             word_in(q, j - 2, ng__q_is_weekday))
        j -= 2 + (j >= lo + 3 && tok_eq(q, j - 3, "on")); /* ("on Thursday evening") */
    else if (j >= lo + 2 && word_in(q, j - 1, ng__q_is_weekday) && is_cap(q, j - 1)) {
        j -= 1;
        if (tok_eq(q, j - 1, "earlier") || tok_eq(q, j - 1, "late") || tok_eq(q, j - 1, "last") ||
            tok_eq(q, j - 1, "this"))
            j -= 1;
    }
    /* but the date of "a poll released Monday", "a report filed on Sunday
     * night", "a poll out Tuesday" belongs to the phrase */
    if (j < j0 && j > lo && is_lower_word(q, j - 1) && (ends_ed(q, j - 1) || tok_eq(q, j - 1, "out")))
        j = j0;
    return j;
}

/* Is the token after i a bare verb of saying: a lower-case cue word not in
 * -ing, -ed or a plural's -s ("reports say", "advocates suggest")? */
static int bare_say_after(const qctx *q, size_t i)
{
    return i + 1 < q->nt && q->cue[i + 1] && is_lower_word(q, i + 1) && !ends_ing(q, i + 1) && !ends_ed(q, i + 1) &&
           !plural_s(ttext(q, i + 1), tlen(q, i + 1));
}

/* Is the word at i (a plural) a noun between its modifier and a bare verb
 * of saying ("refugee advocates say", "Press reports suggest"; not "ally
 * denies charges", "plans unveiled on Monday")?  i > 0. */
static int plural_before_say(const qctx *q, size_t i)
{
    return bare_say_after(q, i) && is_word(q, i - 1) && !(q->wc[i - 1] & (NG_QW_PRONOUN | NG_QW_STOPWORD | NG_QW_AUX));
}

/* Is token j said, says, told or added (the verbs a name in 's may stand
 * before as their subject: "Moody's said")? */
static int say_tell_add(const qctx *q, size_t j)
{
    return tok_eq(q, j, "said") || tok_eq(q, j, "says") || tok_eq(q, j, "told") || tok_eq(q, j, "added");
}

/* Is the auxiliary "Will" or "May" at i a first or family name: capitalised
 * inside its sentence (not after a sentence end or a paragraph break, after
 * a quotation's closing mark included) and followed by a capitalised word or a
 * past or -s verb ("In his column, Will acknowledges …", "Theresa May
 * says"), not by a base form ("Will the board …") nor, for "May", after a
 * preposition of time ("in May plans to …")? */
static int name_aux(const qctx *q, size_t i)
{
    size_t n = tlen(q, i);
    const char *t = ttext(q, i);
    if (i == 0 || i + 1 >= q->nt || !((n == 4 && t[0] == 'W' && tok_eq(q, i, "will")) ||
                                      (n == 3 && t[0] == 'M' && tok_eq(q, i, "may"))) ||
        (q->tk[i].flags & NG_TF_PARA) || is_terminal(q, i - 1))
        return 0;
    static const char month_prep[][8] = {"in", "on", "since", "by", "until", "from", "of", "last", "next",
                                         "early", "late", "mid", "this", "through", "during"};
    if (t[0] == 'M' && is_lower_word(q, i - 1) && TOK_IN(q, i - 1, month_prep))
        return 0; /* (the month: "in May plans to …") */
    size_t v = i + 1, m = tlen(q, v);
    if (is_punct(q, v, ",") && is_word(q, i - 1) && is_cap(q, i - 1) && !(q->tk[i - 1].flags & NG_TF_ALLCAP) &&
        !(q->wc[i - 1] & (NG_QW_STOPWORD | NG_QW_DETERMINER | NG_QW_WEEKDAY | NG_QW_AUX)))
        return 1; /* a first name before it and a comma after: "Theresa May, the shadow …, said" */
    if (!is_word(q, v))
        return 0;
    if (is_cap(q, v))
        return !(q->wc[v] & (NG_QW_PRONOUN | NG_QW_DETERMINER | NG_QW_STOPWORD));
    static const char past[][8] = {"wrote", "said", "told", "spoke", "went", "gave", "made", "had"};
    return ends_ed(q, v) || TOK_IN(q, v, past) ||
           (m > 3 && ttext(q, v)[m - 1] == 's' && ttext(q, v)[m - 2] != 's' && !(q->wc[v] & NG_QW_STOPWORD));
}

/* Is the cue word at i, capitalised after a capitalised word, a name's
 * word and no verb ("American Express said", "the Daily Express says")?  i > 0. */
static int name_cue_word(const qctx *q, size_t i)
{
    return is_cap(q, i) && is_word(q, i - 1) && is_cap(q, i - 1);
}

/* A phrase [k, t] found before the cue at j that is a predicate noun of a
 * copula with an object relative clause without "that" ("It's a dynamic
 * Greenberg said could …", "Clinton was the best friend Donald J. Trump
 * always hoped to have", "This is not the kind of campaign Ayotte hoped to
 * be running"): the subject is the name after the last lower-case word,
 * not the noun the clause hangs on.  Only when the determiner at k follows
 * "is", "was", "are", "were", "not" or the clitic of "it's", "that's"
 * ("… were a family of super PACs supporting Cruz", "was a scruffy little
 * Austrian called Adolf Hitler": a participle or a naming after the noun
 * is its modifier, left).  Returns the phrase's new start, else k. */
static size_t gap_relative(const qctx *q, size_t k, size_t t, size_t j, size_t lo)
{
    static const char cop[][8] = {"is", "was", "are", "were", "not"};
    static const char dem[][8] = {"it", "that", "there", "here", "what", "this"};
    static const char named[][16] = {"called", "named", "dubbed", "nicknamed", "titled", "entitled"};
    if (k >= t || k <= lo || !(q->wc[k] & NG_QW_DETERMINER) || j >= q->nt || ends_ing(q, j) ||
        TOK_IN(q, j, named))
        return k;
    if (!(TOK_IN(q, k - 1, cop) || (is_poss(q, k - 1) && k - 1 > lo && TOK_IN(q, k - 2, dem))))
        return k;
    size_t p = t;
    while (p > k && !is_lower_word(q, p))
        p--;
    if (p == k || p == t || !is_cap(q, p + 1) || (q->wc[p] & NG_QW_STOPWORD) || tok_eq(q, p, "of"))
        return k; /* (not "the defeat of World Cup champions England") */
    return p + 1;
}

/* The subject phrase ending at j (exclusive), not below lo: a pronoun, or a
 * run of words back to a determiner or a boundary ("Spokeswoman Haley
 * Berg", "the NATO chief", "the mayor’s office").  *sp empty: none. */
static void np_before(const qctx *q, size_t j, size_t lo, tspan *sp, int depth)
{
    sp->s = sp->e = 0;
    if (j <= lo)
        return;
    size_t t = j - 1;
    if (depth < 2 && is_punct(q, t, ")")) {
        /* "Sen. Ann Berg (D-Ore.) said": the phrase before the brackets;
         * a wire's name in brackets opening its sentence, "(Warrington Inc)
         * said", the name inside */
        for (size_t k = t; k-- > lo && t - k < 8;)
            if (is_punct(q, k, "(")) {
                np_before(q, k, lo, sp, depth + 1);
                if (sp->e > sp->s)
                    sp->e = (uint32_t)j;
                else if (depth == 0 && k == lo && k + 1 < t && is_cap(q, k + 1))
                    sp->s = (uint32_t)k + 1, sp->e = (uint32_t)t;
                return;
            }
        return;
    }
    if (depth < 2 && tok_eq(q, t, ">")) {
        /* a wire's ticker or name in angle brackets: "Acme Corp <ACME>
         * said", "<Acme Holdings Ltd> said": the name before it, else the
         * name inside (the ticker is left out: the name is the entity) */
        for (size_t k = t; k-- > lo && t - k < 14;) /* (a name of over seven tokens opens its clause) */
            if (tok_eq(q, k, "<")) {
                if (t - k >= 8 && !(k == lo || is_punct(q, k - 1, ",") || is_dash(q, k - 1)))
                    return;
                np_before(q, k, lo, sp, depth + 1);
                if (sp->e > sp->s && is_lower_word(q, k - 1) && is_cap(q, k + 1))
                    sp->e = (uint32_t)j; /* "investment group <Acme Ltd>": the name is the head */
                else if (sp->e <= sp->s && k + 1 < t && is_cap(q, k + 1) && (k == lo || is_punct(q, k - 1, ",") || is_dash(q, k - 1)))
                    sp->s = (uint32_t)k + 1, sp->e = (uint32_t)t;
                else if (sp->e <= sp->s && k > lo && k + 1 < t && is_cap(q, k + 1) && tok_eq(q, k - 1, "the") &&
                         (k - 1 == lo || is_punct(q, k - 2, ",")))
                    sp->s = (uint32_t)k - 1, sp->e = (uint32_t)j; /* "The <New York Stock Exchange> said" */
                return;
            }
        return;
    }
    if (depth == 0 && (q->tk[t].kind == NG_TOK_NUMBER ||
                       (q->tk[t].kind == NG_TOK_SYMBOL && tok_eq(q, t, "%")) ||
                       (t > lo && tok_eq(q, t - 1, "in") && (tok_eq(q, t, "two") || tok_eq(q, t, "three"))))) {
        /* a share as the subject: "42% say", "Six in 10 said", "43 said",
         * "One in three said" (the determiners "two" and "three" end it as
         * "four" or "10" does) */
        tspan nsp = {(uint32_t)t, (uint32_t)j};
        if (q->tk[t].kind == NG_TOK_SYMBOL && t > lo && q->tk[t - 1].kind == NG_TOK_NUMBER)
            nsp.s = (uint32_t)t - 1;
        size_t s0 = nsp.s;
        extend_left(q, &nsp, lo);
        if (nsp.s < s0 || s0 == lo || is_punct(q, s0 - 1, ","))
            *sp = nsp;
        return;
    }
    if (depth == 0 && is_poss(q, t) && t > lo && is_word(q, t - 1) && is_cap(q, t - 1) &&
        !(q->wc[t - 1] & NG_QW_PRONOUN) && j < q->nt &&
        say_tell_add(q, j)) {
        /* "Sainsbury's said", "Moody's says": a name in 's right before a
         * verb of saying is no possessive (not a participle adjective:
         * "Trump's declared goal"; nor "He's said", the pronoun and "has") */
        np_before(q, t, lo, sp, 1);
        if (sp->e > sp->s)
            sp->e = (uint32_t)j;
        return;
    }
    if (!is_word(q, t))
        return;
    if (depth == 0 && t > lo && j < q->nt && q->cue[j] && day_word(q, t)) {
        /* "Seaga yesterday said", "Clinton defenders today argue": the
         * phrase before the day, the day kept in the span as PolNeAR draws it
         * (not after a quote mark: "said: “Michael Howard's speech today
         * confirms …" is a quotation, closed or not) */
        for (size_t k = lo; k < t; k++)
            if (q->tk[k].kind == NG_TOK_QUOTE)
                return;
        np_before(q, t, lo, sp, 1);
        if (sp->e > sp->s)
            sp->e = (uint32_t)j;
        return;
    }
    char w[24];
    size_t n = LOW(t, w);
    if (n && (!strcmp(w, "them") || !strcmp(w, "us") || !strcmp(w, "those")) && t >= lo + 2 &&
        tok_eq(q, t - 1, "of") && is_word(q, t - 2)) {
        /* "most of them", "two of us" */
        static const char quant[][8] = {"most", "many", "some", "all", "both", "none", "few",
                                        "each", "one", "two", "three", "several", "half"};
        if (TOK_IN(q, t - 2, quant)) {
            sp->s = (uint32_t)t - 2, sp->e = (uint32_t)j;
            return;
        }
    }
    if (n && (wcls(q, t, w, n) & NG_QW_PRONOUN)) {
        sp->s = (uint32_t)t, sp->e = (uint32_t)j;
        return;
    }
    if (n && !strcmp(w, "who")) {
        /* "Rutte, who said …", "Republicans who say …": the phrase before */
        if (depth == 0 && t > lo + 1 && is_punct(q, t - 1, ","))
            np_before(q, t - 1, lo, sp, 1);
        else if (depth == 0 && t > lo && is_word(q, t - 1))
            np_before(q, t, lo, sp, 1);
        return;
    }
    if (n && ((wcls(q, t, w, n) & NG_QW_STOPWORD) ||
              (wcue(q, t, w, n) && !(t > lo && name_cue_word(q, t)) &&
               /* (but a plural noun after its modifier: "refugee advocates say";
                * or opening its sentence: "Reports say") */
               /* or after a comma before its bare verb that ends the
                * sentence: "…, reports say.") */
               !(depth == 0 && plural_s(w, n) &&
                 (t > lo && !is_punct(q, t - 1, ",") ? plural_before_say(q, t)
                         : bare_say_after(q, t) && !(q->tk[t].flags & NG_TF_ALLCAP) &&
                               (t == lo || (t + 2 < q->nt && is_terminal(q, t + 2))))))) &&
        !(wcls(q, t, w, n) & NG_QW_DETERMINER) && !name_aux(q, t))
        return;
    if (n && (wcls(q, t, w, n) & NG_QW_DETERMINER)) {
        /* a bare determiner is no subject, but a quantifier opening its
         * clause is ("many say …", "…, while most believe …"), and so is
         * "those" before a participle ("those supporting Clinton") */
        static const char quant[][8] = {"many", "most", "several", "some", "both", "another"};
        int qu = TOK_IN(q, t, quant);
        if (depth == 0 &&
            ((qu && (t == lo || is_punct(q, t - 1, ",") || is_punct(q, t - 1, ":") || is_dash(q, t - 1) ||
                     clause_opener(q, t - 1) || tok_eq(q, t - 1, "that"))) ||
             (!strcmp(w, "those") && j < q->nt && is_lower_word(q, j) && ends_ing(q, j))))
            sp->s = (uint32_t)t, sp->e = (uint32_t)j;
        return;
    }
    size_t k = t;
    while (k > lo && j - k < 7) {
        size_t p = k - 1;
        if (is_poss(q, p) || q->tk[p].kind == NG_TOK_NUMBER) {
            k--;
            continue;
        }
        if (p > lo && is_punct(q, p, "-") && !(q->tk[p].flags & NG_TF_SPACE) && !(q->tk[k].flags & NG_TF_SPACE) &&
            q->tk[p - 1].kind == NG_TOK_NUMBER) {
            k -= 2; /* "a 21-year-old", "the 57-year-old scientist" */
            continue;
        }
        if (!is_word(q, p))
            break;
        n = LOW(p, w);
        if (n && (wcls(q, p, w, n) & NG_QW_DETERMINER)) {
            if (strcmp(w, "that")) /* "said that Berg …": a conjunction */
                k--;
            break;
        }
        if (n && !strcmp(w, "of") && p > lo && is_word(q, p - 1)) {
            k--;
            continue;
        }
        if (n && ((wcls(q, p, w, n) & NG_QW_STOPWORD) || (wcls(q, p, w, n) & NG_QW_PRONOUN) ||
                  (wcue(q, p, w, n) && !(p > lo && name_cue_word(q, p)))) &&
            !name_aux(q, p))
            break;
        if (!is_cap(q, p) && is_cap(q, k) && !is_cap(q, t))
            break; /* lower-case word before a capitalised one inside a lower-case head */
        k--;
    }
    if (is_poss(q, k))
        k++;
    if (depth == 0)
        k = gap_relative(q, k, t, j, lo);
    if (k < j) {
        sp->s = (uint32_t)k, sp->e = (uint32_t)j;
    }
}

/* A subject with a restrictive relative clause before its cue ("Officials
 * who spoke with the Post said", "Residents who live near the harbour
 * say", "The pilots whose licences were revoked say"): the phrase found
 * before the cue (*sp) lies inside the clause; the subject is the phrase
 * before "who"/"whose" with the clause, as PolNeAR draws it.  Only when no
 * punctuation, quote mark or other clause word stands between, the
 * relative pronoun at most 14 tokens before the phrase, and the phrase
 * before it a noun phrase that opens its clause (the sentence start, after
 * a comma, a conjunction or "that").  *sp unchanged otherwise. */
Q_RARE static void rel_subject(const qctx *q, tspan *sp, size_t lo)
{
    if (sp->e <= sp->s || sp->s <= lo + 1 || !is_word(q, sp->s - 1) ||
        (sp->e == sp->s + 1 && (q->wc[sp->s] & NG_QW_PRONOUN)))
        return; /* (a phrase after a word, the clause's verb or preposition; a pronoun is the
                 * subject: "… who presents the show said she wanted …") */
    size_t r = NONE;
    for (size_t k = sp->s; k-- > lo + 1 && sp->s - k <= 14;) {
        if (!is_word(q, k) && !is_poss(q, k) && q->tk[k].kind != NG_TOK_NUMBER)
            return;
        if (!(q->wc[k] & NG_QW_STOPWORD) && !tok_eq(q, k, "unless"))
            continue; /* (all the words below are stop words but "unless") */
        if (tok_eq(q, k, "who") || tok_eq(q, k, "whose")) {
            r = k;
            break;
        }
        if (tok_eq(q, k, "that") || tok_eq(q, k, "which") || tok_eq(q, k, "and") || tok_eq(q, k, "but") ||
            clause_opener(q, k))
            return;
    }
    /* (the pronoun "those" is a head of its own: "But those who back her
     * opponents say …", as PolNeAR draws poll groups; not when the phrase
     * found is another "those", the object of the clause's second verb:
     * "those who preferred legal status outnumbered those supporting …") */
    /* (at least the clause's verb between: not "the detective who having
     * decided …") */
    int those = r != NONE && tok_eq(q, r - 1, "those") && !tok_eq(q, sp->s, "those");
    if (r == NONE || sp->s < r + 2 || ends_ing(q, r + 1) || !is_word(q, r - 1) ||
        ((q->wc[r - 1] & (NG_QW_PRONOUN | NG_QW_STOPWORD)) && !those))
        return;
    if (be_form(q, sp->s) || (q->wc[sp->s] & NG_QW_AUX))
        return; /* (a passive's auxiliary is no phrase: "Those who bought
                 * tickets in person are being urged …") */
    tspan h = {(uint32_t)r - 1, (uint32_t)r};
    if (!those)
        np_before(q, r, lo, &h, 1);
    if (h.e != r || h.s >= h.e)
        return;
    extend_left(q, &h, lo);
    if (!(h.s == lo || is_punct(q, h.s - 1, ",") || tok_eq(q, h.s - 1, "and") || tok_eq(q, h.s - 1, "but") ||
          tok_eq(q, h.s - 1, "that") || tok_eq(q, h.s - 1, "while")))
        return;
    /* (not a verb and its preposition: "behave like the detective who …") */
    if (is_lower_word(q, h.s) && !(q->wc[h.s] & NG_QW_DETERMINER) && h.s + 1 < h.e &&
        (q->wc[h.s + 1] & NG_QW_STOPWORD) && !(q->wc[h.s + 1] & NG_QW_DETERMINER) && !tok_eq(q, h.s + 1, "of"))
        return;
    sp->s = h.s;
}

/* Does token i open a subordinate or coordinate clause ("when", "while",
 * "but"): a place where a subject phrase may start after it? */
static int clause_opener(const qctx *q, size_t i)
{
    static const char l[][8] = {"when", "while", "if", "as", "after", "before", "because",
                                "though", "although", "since", "whether", "where", "but",
                                "and", "yet", "so", "unless", "until", "once"};
    if (!is_word(q, i))
        return 0;
    return TOK_IN(q, i, l);
}

/* Is the "that" at token p a determiner of the words up to e ("at
 * Benghazi that evening", "that 2013 report") rather than the relative
 * pronoun a clause opens after ("a bill that critics called", "an event
 * that Carson says")?  Before lower-case words (past a number; no
 * determiner) that end in a singular noun. */
static int that_determiner(const qctx *q, size_t p, size_t e)
{
    size_t k = p + 1;
    while (k < e && q->tk[k].kind == NG_TOK_NUMBER)
        k++;
    if (k >= e || (q->wc[k] & NG_QW_DETERMINER))
        return 0; /* ("a move that the kingdom hopes …") */
    for (size_t j = k; j < e; j++)
        if (!is_lower_word(q, j))
            return 0;
    return !plural_s(ttext(q, e - 1), tlen(q, e - 1));
}

/* Is the capitalised word i an adjective by its ending, a party, a
 * nationality or a participle ("Democratic candidates", "Japanese
 * journalist", "Republican leaders", "Trailing contenders"), not a name
 * before its verb ("Berg spent")? */
static int cap_adjective(const qctx *q, size_t i)
{
    static const char *const end[] = {"ic", "ese", "ish", "ian", "can", "ing"};
    const char *w = ttext(q, i);
    size_t n = tlen(q, i);
    for (size_t g = 0; g < NG_ARRAY_LEN(end); g++) {
        size_t m = strlen(end[g]);
        if (n > m + 2 && !memcmp(w + n - m, end[g], m))
            return 1;
    }
    return 0;
}

/* May token i be a word of one conjunct of a list of names or nouns
 * ("Hillary Clinton", "environmental groups", "many Democratic
 * lawmakers"): a word that is no stop word (but a determiner), pronoun,
 * auxiliary or cue, nor a lower-case word in -ed, -ing or -ly? */
static int list_word(const qctx *q, size_t i)
{
    if (!is_word(q, i) || q->tk[i].kind == NG_TOK_QUOTE)
        return 0;
    if (q->wc[i] & NG_QW_DETERMINER)
        return 1;
    if ((q->wc[i] & (NG_QW_STOPWORD | NG_QW_PRONOUN | NG_QW_AUX)) || cue_at(q, i))
        return 0;
    return !is_lower_word(q, i) || !(ends_ed(q, i) || ends_ing(q, i) || n_ly(q, i) || tok_eq(q, i, "of"));
}

/* The start of a list with a serial comma before the "and" at p ("Hillary
 * Clinton, Bernie Sanders, and Martin O'Malley offered", "But labor unions,
 * environmental groups, and many Democratic lawmakers claim"): two or more
 * conjuncts of one to five list words, each after a comma but the first,
 * which opens its clause (the sentence start, a comma, a colon or a clause
 * opener before it).  NONE when the words before the comma are no such
 * list ("He cut taxes, raised fees, and most voters say"). */
static size_t serial_list(const qctx *q, size_t p, size_t lo)
{
    size_t r = p - 1, first = NONE; /* r: the comma after a conjunct */
    int n = 0;
    while (r > lo && is_punct(q, r, ",")) {
        size_t s = r;
        while (s > lo && r - s < 5 && list_word(q, s - 1))
            s--;
        if (s == r)
            break;
        if (s == lo || is_punct(q, s - 1, ":") || (clause_opener(q, s - 1) && !tok_eq(q, s - 1, "and")))
            return n >= 1 ? s : NONE; /* (this conjunct and one or more after it; not
                                       * "since the attacks in Paris and San Bernardino,
                                       * Calif., and many candidates have …") */
        if (!is_punct(q, s - 1, ","))
            break; /* (the words before are a clause: the list starts at first) */
        n++;
        first = s;
        r = s - 1;
    }
    return n >= 2 ? first : NONE;
}

/* Extends a subject phrase leftwards to the start of its clause over
 * quantifiers, prepositional phrases, coordination and participles ("About
 * 4 in 10 voters in each state", "A study by the Vote Institute", "Two of
 * the Republicans", "She and her husband", "Aides to the mayor", "A poll
 * conducted by the Gazette"): only when the words before it reach the
 * sentence start (after a leading conjunction), a comma, a colon or a
 * clause opener ("while", "when") with nothing verb-like in between. */
/* A share of a group ending before token e: a figure, "%" or "percent",
 * "of" and at most three words ("28% of independents", "12 percent of
 * Democrats"): the figure's token, NONE if there is none. */
static size_t share_before(const qctx *q, size_t e, size_t lo)
{
    size_t r = e;
    while (r > lo && e - r < 4 && is_word(q, r - 1) && !tok_eq(q, r - 1, "of") &&
           !(q->wc[r - 1] & (NG_QW_STOPWORD | NG_QW_AUX | NG_QW_PRONOUN)))
        r--;
    if (r == e || r < lo + 3 || !tok_eq(q, r - 1, "of"))
        return NONE;
    r--;
    if (!(tok_eq(q, r - 1, "percent") || tok_eq(q, r - 1, "%")))
        return NONE;
    r--;
    return q->tk[r - 1].kind == NG_TOK_NUMBER ? r - 1 : NONE;
}

/* Is the word i a number spelt out ("three", "Eleven")? */
static int count_word(const qctx *q, size_t i)
{
    static const char cnt[][8] = {"one", "two", "three", "four", "five", "six", "seven",
                                  "eight", "nine", "ten", "eleven", "twelve"};
    return is_word(q, i) && TOK_IN(q, i, cnt);
}

/* Is the word p "only" before a count opening the phrase up to e: a
 * number or a small number word ("only 49 percent", "Only three
 * senators")?  (Not "just": PolNeAR leaves it out, "Just 28 percent of
 * voters said".) */
static int only_before_count(const qctx *q, size_t p, size_t e)
{
    if (p + 1 >= e || !tok_eq(q, p, "only"))
        return 0;
    return q->tk[p + 1].kind == NG_TOK_NUMBER || count_word(q, p + 1) || tok_eq(q, p + 1, "half") ||
           tok_eq(q, p + 1, "about");
}

/* Does the phrase at k, opening with an article, a possessive or a
 * quantifier, stand right after a lower-case noun p, with no preposition
 * between ("a probe the agency said was ongoing", "the kind of jurist many
 * Republicans fear", "an interview his brother gave")?  Two noun phrases
 * side by side: the second opens an object relative clause without "that"
 * and is its subject, the first the noun it hangs on.  Not after a
 * participle, an adverb, a preposition or a word of degree ("voters supporting the
 * mayor", "residents outside the city", "too many people"), a role
 * ("Vatican spokesman the Rev. Federico Lombardi"), a name after "the"
 * ("Aids charity the Terrence Higgins Trust") nor a number ("the top
 * three candidates"). */
static int np_juxtaposed(const qctx *q, size_t p, size_t k)
{
    static const char det[][8] = {"the", "a", "an", "his", "her", "their", "its", "our", "my",
                                  "your", "many", "some", "most", "several"};
    /* (prepositions and words of degree not in a class: "about", "all" and
     * "both" are, NG_QW_STOPWORD or NG_QW_AUX below) */
    static const char prep[][16] = {"outside", "inside", "behind", "near", "between", "around", "within",
                                    "along", "beyond", "below", "above", "beneath", "beside", "besides",
                                    "alongside", "except", "per", "versus", "throughout", "onto", "atop",
                                    "underneath", "plus", "minus", "too", "very", "quite", "such", "half",
                                    "twice", "rather", "across", "among"};
    if (!is_lower_word(q, p) || !is_lower_word(q, k) || !TOK_IN(q, k, det) ||
        (tok_eq(q, k, "the") && k + 1 < q->nt && is_cap(q, k + 1)) ||
        (q->wc[p] & (NG_QW_STOPWORD | NG_QW_DETERMINER | NG_QW_AUX | NG_QW_PRONOUN | NG_QW_SOURCE_NOUN)) ||
        cue_at(q, p) || ends_ing(q, p) || ends_ed(q, p) || n_ly(q, p) || (scls(q, p) & NG_QS_PREP) || TOK_IN(q, p, prep))
        return 0;
    /* (a verb and its object after a relative word, "to", a pronoun or an
     * auxiliary, NG_QW_AUX "will", "could": "the companies that own the mines
     * said", "to leave the European Union") */
    static const char verb_before[][8] = {"that", "who", "which", "to"};
    return p == 0 || !is_word(q, p - 1) ||
           !(TOK_IN(q, p - 1, verb_before) || (q->wc[p - 1] & (NG_QW_PRONOUN | NG_QW_AUX)));
}

/* Is there a stop word but "and"/"or" among the tokens (p, e) ("Public
 * voting closes on 3 February and the winners": a clause before the "and",
 * not a conjunct of the subject)? */
static int stop_between(const qctx *q, size_t p, size_t e)
{
    for (size_t m = p + 1; m < e; m++)
        if (is_word(q, m) && (q->wc[m] & NG_QW_STOPWORD) && !tok_eq(q, m, "and") && !tok_eq(q, m, "or"))
            return 1;
    return 0;
}

static void extend_left(const qctx *q, tspan *sp, size_t lo)
{
    if (sp->e <= sp->s || sp->s <= lo || word_in(q, sp->s, ng__q_is_pronoun))
        return;
    static const char glue[][8] = {"of", "in", "on", "at", "for", "from", "with", "by", "among",
                                   "across", "about", "than", "over", "under", "nor", "or"};
    size_t k = sp->s;
    int opener = 0; /* the phrase starts after a clause opener at k - 1 */
    int coord, coords = 0; /* an "and" here, "and"s passed */
    int vlike = 0;  /* a word that may be a verb was passed ("Berg spent …") */
    while (k > lo && sp->s - k < 20) {
        size_t p = k - 1;
        if (coords && is_punct(q, p, ",") && p > lo && is_cap(q, p - 1) && is_word(q, p - 1)) {
            /* a list of names before "and": "Ann Berg, Tom Vance and …" */
            size_t r = p - 1;
            while (r > lo && p - r < 4 && is_cap(q, r - 1) && is_word(q, r - 1))
                r--;
            static const char *const preps[] = {"in", "on", "at", "for", "after", "during", "with", "from"};
            int prep = 0;
            for (size_t g = 0; g < NG_ARRAY_LEN(preps) && !prep; g++)
                prep = tok_eq(q, r, preps[g]);
            if (!prep && (r == lo || is_punct(q, r - 1, ","))) {
                k = r;
                continue;
            }
        }
        if (coords && is_punct(q, p, ",") && q->tk[k].kind == NG_TOK_NUMBER) {
            size_t r = share_before(q, p, lo);
            if (r != NONE) {
                k = r; /* a list of shares: "45% of Republicans, 28% of independents and …" */
                continue;
            }
        }
        if (is_punct(q, p, ",") || is_punct(q, p, ":") || is_dash(q, p) ||
            (q->tk[p].kind == NG_TOK_QUOTE && (q->tk[p].flags & NG_TF_CLOSE) && !is_poss(q, p)))
            break; /* (a dateline's dash, the closing mark of “…,” a spokesman for X said) */
        unsigned kind = q->tk[p].kind;
        if (kind == NG_TOK_NUMBER || is_poss(q, p) ||
            (kind == NG_TOK_SYMBOL && tok_eq(q, p, "%"))) {
            k--;
            continue;
        }
        if (coords && is_punct(q, p, ")") && p > lo + 2) {
            /* a party or state in brackets in a coordinated subject: "Ann
             * Berg (D) and Tom Vance (R)" */
            size_t r = p - 1;
            while (r > lo && p - r < 5 && !is_punct(q, r, "(") && (is_word(q, r) || is_punct(q, r, "-") ||
                                                                   is_punct(q, r, ".")))
                r--;
            if (is_punct(q, r, "(") && r > lo && r < p - 1 && is_word(q, r - 1) && is_cap(q, r - 1)) {
                k = r;
                continue;
            }
        }
        if (!is_word(q, p) || q->tk[p].kind == NG_TOK_QUOTE)
            return;
        if (k == sp->s && is_lower_word(q, p) && tok_eq(q, p, "that") && p > lo && is_word(q, p - 1) &&
            !cue_at(q, p - 1) && !(q->wc[p - 1] & (NG_QW_STOPWORD | NG_QW_AUX | NG_QW_PRONOUN)) &&
            !ends_ed(q, p - 1) && !that_determiner(q, p, sp->e))
            return; /* a relative clause opens after a noun, its subject the phrase: "an
                     * event that Carson says …", "a bill that critics called …" (not
                     * "the companies that own the mines", nor a verb's "that") */
        if (np_juxtaposed(q, p, k))
            return; /* "a probe the agency said …": the phrase found is the subject */
        char w[24];
        size_t n = LOW(p, w);
        if (k == sp->s && only_before_count(q, p, sp->e)) {
            /* "only 49 percent of Republicans say", "Only three senators
             * endorsed": the focus word is part of the share PolNeAR draws */
            k = p;
            opener = p > lo && (clause_opener(q, p - 1) || tok_eq(q, p - 1, "that"));
            break;
        }
        if (n == 3 && !strcmp(w, "and") && k == sp->s && p > lo + 1 && is_punct(q, p - 1, ",")) {
            size_t r = serial_list(q, p, lo);
            if (r == NONE)
                return;
            k = r;
            coords++;
            opener = k > lo && clause_opener(q, k - 1);
            break;
        }
        /* coordination: "Ann Berg and Tom Vance", "She and her husband",
         * "The mayor and the council" (after a comma or at the clause start
         * "and" opens a clause instead) */
        coord = n && (!strcmp(w, "and") || !strcmp(w, "or")) && p > lo &&
                    !is_punct(q, p - 1, ",") && p + 1 < sp->e &&
                    (is_cap(q, p + 1) || word_in(q, p + 1, ng__q_is_determiner) ||
                     /* shares: "28% of independents and 12% of Democrats" */
                     (q->tk[p + 1].kind == NG_TOK_NUMBER && share_before(q, p, lo) != NONE) ||
                     /* "Her advisers and allies", "Current and former officials":
                      * a lower-case conjunct after a noun or adjective, or a
                      * subject pronoun ("But he and election-law experts agree") */
                     (is_lower_word(q, p + 1) && !(q->wc[p + 1] & (NG_QW_STOPWORD | NG_QW_AUX)) &&
                      (is_word(q, p - 1) || is_punct(q, p - 1, ")")) &&
                      (!(q->wc[p - 1] & (NG_QW_AUX | NG_QW_PRONOUN)) || he_she_they_we(q, p - 1)) &&
                      !ends_ed(q, p - 1) && !ends_ing(q, p - 1) && !n_ly(q, p - 1))) &&
                    (is_word(q, p - 1) || is_poss(q, p - 1) || is_punct(q, p - 1, ")")) &&
                    !word_in(q, p - 1, ng__q_is_stopword) && !cue_at(q, p - 1);
        if (coord) {
            k--;
            coords++;
            if (word_in(q, p - 1, ng__q_is_pronoun) && !tok_eq(q, p - 1, "it") && !tok_eq(q, p - 1, "you")) {
                k--; /* "She and her husband" */
                if (k > lo && !is_punct(q, k - 1, ",") && !is_punct(q, k - 1, ":") &&
                    !clause_opener(q, k - 1))
                    return;
                opener = k > lo && clause_opener(q, k - 1);
                break;
            }
            continue;
        }
        static const char quant[][8] = {"all", "both", "each", "none", "half", "either", "neither"};
        if (n && p + 1 < sp->e &&
            (q->tk[p + 1].kind == NG_TOK_NUMBER || (q->wc[p + 1] & NG_QW_DETERMINER) || tok_eq(q, p + 1, "of") ||
             (coords && (is_cap(q, p + 1) || is_lower_word(q, p + 1)) && !strcmp(w, "both"))) &&
            TOK_IN(q, p, quant)) {
            k--; /* "All of the candidates", "all three candidates", "Both the mayor and …" */
            continue;
        }
        if (!n ||
            (cue_at(q, p) && !(p > lo && (q->wc[p - 1] & NG_QW_DETERMINER) && !tok_eq(q, p - 1, "that") &&
                               p + 1 < sp->s && (q->wc[p + 1] & NG_QW_STOPWORD) && TOK_IN(q, p + 1, glue))) ||
            (wcls(q, p, w, n) & NG_QW_WEEKDAY) || (wcls(q, p, w, n) & NG_QW_PRONOUN) || (wcls(q, p, w, n) & NG_QW_AUX))
            return; /* (a cue word after a determiner is a noun: "familiar with the planning for") */
        if (!is_cap(q, p) && !(wcls(q, p, w, n) & NG_QW_STOPWORD) && !(wcls(q, p, w, n) & NG_QW_DETERMINER)) {
            if (n > 4 && !memcmp(w + n - 3, "ing", 3) &&
                (p == lo || !is_word(q, p - 1) || word_in(q, p - 1, ng__q_is_stopword)))
                return; /* "…, ensuring that the voters …", not "voters looking for …" */
            /* a name opening the clause and a lower-case word: "Berg spent
             * …", "when Ann Berg came …" (not "the Global Times tabloid") */
            size_t r = p;
            while (r > lo && p - r < 6 && is_cap(q, r - 1) && is_word(q, r - 1) &&
                   !word_in(q, r - 1, ng__q_is_determiner) && !word_in(q, r - 1, ng__q_is_stopword) &&
                   !count_word(q, r - 1))
                r--; /* (not a leading "But": "But attorneys and legal experts said"; nor
                      * a number: "Eleven progressive and Muslim groups are asking") */
            if (r < p && (r == lo || is_punct(q, r - 1, ",") || is_punct(q, r - 1, ":") ||
                          clause_opener(q, r - 1)) &&
                !(r + 1 == p && cap_adjective(q, r) && !ends_ing(q, p) && !ends_ed(q, p) &&
                  (r == lo || is_punct(q, r - 1, ",") || is_punct(q, r - 1, ":"))) &&
                !(r + 1 == p && r == lo && coords && !ends_ed(q, p) && !past_form(q, p) && no_mention(q, r) &&
                  !stop_between(q, p, sp->s)))
                vlike = 1; /* (but "Democratic candidates Hillary Clinton and …" opening
                            * the clause, or a word that names no one opening the
                            * sentence before a noun and "and", "Real estate mogul and
                            * reality television star Donald Trump"; not "Public voting
                            * closes on … and …", nor "…, met President Hosni Mubarak
                            * and Egyptian ambassador …") */
        }
        if ((wcls(q, p, w, n) & NG_QW_STOPWORD) && !(wcls(q, p, w, n) & NG_QW_DETERMINER)) {
            int ok = TOK_IN(q, p, glue);
            if (!ok && !strcmp(w, "to") && p > lo && !word_in(q, p - 1, ng__q_is_stopword) &&
                (is_cap(q, p + 1) || word_in(q, p + 1, ng__q_is_determiner)))
                ok = 1; /* "Aides to Clinton", "sources close to the campaign" */
            if (!ok) {
                /* a leading conjunction: "But most voters say"; a clause
                 * opener: "…, while most voters say" */
                if (p == lo && (!strcmp(w, "but") || !strcmp(w, "and") || !strcmp(w, "so")))
                    break;
                if (clause_opener(q, p) && k < sp->s) {
                    opener = 1;
                    break;
                }
                return;
            }
        } else if (!is_cap(q, p) && n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd') {
            /* a verb ("won", "made" are not caught), unless a participle
             * after a noun opens a phrase: "a poll conducted by …" */
            if (!(p > lo && p + 1 < sp->s && is_word(q, p - 1) && !word_in(q, p - 1, ng__q_is_stopword) &&
                  !word_in(q, p - 1, ng__q_is_pronoun) && !cue_at(q, p - 1) &&
                  (tok_eq(q, p + 1, "by") || tok_eq(q, p + 1, "in") || tok_eq(q, p + 1, "on") ||
                   tok_eq(q, p + 1, "with") || tok_eq(q, p + 1, "for") || tok_eq(q, p + 1, "from"))))
                return;
        }
        k--;
    }
    if (k == sp->s || (vlike && (opener || coords)))
        return;
    if (!opener) {
        int mark = k > lo && (is_dash(q, k - 1) || (q->tk[k - 1].kind == NG_TOK_QUOTE && (q->tk[k - 1].flags & NG_TF_CLOSE)));
        if (k > lo && !(is_punct(q, k - 1, ",") || is_punct(q, k - 1, ":") || k - 1 == lo || mark))
            return;
        if (mark && !(is_cap(q, k) || (q->wc[k] & NG_QW_DETERMINER) || q->tk[k].kind == NG_TOK_NUMBER))
            return; /* after a dash or a closing mark a subject opens like one: not "“…” comes from" */
        if (k > lo && k - 1 == lo && !is_punct(q, lo, ",") && !is_punct(q, lo, ":") &&
            !(tok_eq(q, lo, "but") || tok_eq(q, lo, "and") || tok_eq(q, lo, "so")))
            return;
    }
    if (is_lower_word(q, k) && !tok_eq(q, k, "about") && TOK_IN(q, k, glue))
        return; /* "…, with Berg calling for …": a prepositional phrase, no subject */
    sp->s = (uint32_t)k;
}

/* Are the lower-case words [i, j) a bare plural that can speak: a listed
 * source noun ("officials", "analysts") or a plural of a person's trade in
 * -ers, -ists, -ants, -ents ("security experts", "economists",
 * "campaigners"), after at most two other words that are neither in -ly nor
 * in -ing? */
static int bare_plural(const qctx *q, size_t i, size_t j)
{
    size_t h = j - 1, n = tlen(q, h);
    const char *w = ttext(q, h);
    for (size_t k = i; k < h; k++)
        if (n_ly(q, k) || ends_ing(q, k) || q->tk[k].kind != NG_TOK_WORD)
            return 0;
    if (word_in(q, h, ng__q_is_source_noun))
        return n > 1 && w[n - 1] == 's'; /* (plurals only: not "said government") */
    return n > 5 && (!memcmp(w + n - 3, "ers", 3) || !memcmp(w + n - 4, "ists", 4) ||
                     !memcmp(w + n - 4, "ants", 4) || !memcmp(w + n - 4, "ents", 4));
}

/* The phrase right after a cue ("said Rutte", "said the NATO chief"),
 * from i, not at or beyond hi.  *sp empty: none. */
Q_RARE static void np_after(const qctx *q, size_t i, size_t hi, tspan *sp)
{
    sp->s = sp->e = 0;
    if (i >= hi || !is_word(q, i))
        return;
    char w[24];
    size_t n = LOW(i, w);
    size_t k = i;
    if (n && (wcls(q, i, w, n) & NG_QW_PRONOUN) && strcmp(w, "it")) {
        sp->s = (uint32_t)i, sp->e = (uint32_t)i + 1;
        return;
    }
    if (n && (!strcmp(w, "one") || !strcmp(w, "another")) && i + 1 < q->nt && is_terminal(q, i + 1)) {
        sp->s = (uint32_t)i, sp->e = (uint32_t)i + 1; /* "“…,” tweeted another." */
        return;
    }
    if (n && (!strcmp(w, "those") || !strcmp(w, "people")) && i + 1 < hi && tok_eq(q, i + 1, "who")) {
        sp->s = (uint32_t)i, sp->e = (uint32_t)i + 1; /* "…, say those who feel …" (the caller takes the clause) */
        return;
    }
    if ((n && (wcls(q, i, w, n) & NG_QW_DETERMINER) && strcmp(w, "that")) ||
        (n && (!strcmp(w, "one") || !strcmp(w, "another")) && i + 1 < hi && is_word(q, i + 1) &&
         !word_in(q, i + 1, ng__q_is_stopword)))
        k++; /* "said one unaligned party strategist" */
    else if (!is_cap(q, i)) {
        /* a role before the name: "wrote veteran analyst Charlie Cook" */
        size_t j = i;
        while (j < hi && j - i < 3 && is_lower_word(q, j) && !word_in(q, j, ng__q_is_stopword) &&
               !cue_at(q, j))
            j++;
        const ng_cue *tell = i > 0 ? cue_at(q, i - 1) : NULL; /* ("told reporters": the addressee) */
        /* (j may be hi itself: after a direct quotation the phrase ends at
         * its boundary, “…,” said officials.) */
        if (j > i && j <= hi && j < q->nt && (is_terminal(q, j) || is_punct(q, j, ",")) && bare_plural(q, i, j) &&
            !(tell && (tell->flags & NG_CUE_TELL))) {
            sp->s = (uint32_t)i, sp->e = (uint32_t)j; /* "…, say security experts." */
            return;
        }
        if (j == i || j >= hi || !is_cap(q, j) || !is_word(q, j))
            return;
    }
    size_t start = k;
    /* at most 8 tokens, or 16 while a name runs on ("said Ray Rae Marshall
     * of the James Marshall Hendrix Foundation") */
    while (k < hi && (k - i < 8 || (k - i < 16 && is_word(q, k) && is_cap(q, k) && is_cap(q, k - 1)))) {
        if (is_poss(q, k)) {
            k++;
            continue;
        }
        if (k == start && k > i && k + 1 < hi && q->tk[k].kind == NG_TOK_NUMBER &&
            (is_word(q, k + 1) || (is_punct(q, k + 1, "-") && !(q->tk[k + 1].flags & NG_TF_SPACE)))) {
            k++; /* "said a 2008 campaign veteran", "said the 46-year-old" */
            if (is_punct(q, k, "-") && k + 1 < hi && is_word(q, k + 1) && !(q->tk[k + 1].flags & NG_TF_SPACE))
                k++;
            continue;
        }
        if (!is_word(q, k))
            break;
        n = LOW(k, w);
        if (n && !strcmp(w, "of") && k > start && k + 1 < hi && is_cap(q, k + 1)) {
            k++;
            continue;
        }
        if (n && ((wcls(q, k, w, n) & NG_QW_STOPWORD) || wcue(q, k, w, n) || (wcls(q, k, w, n) & NG_QW_WEEKDAY)) &&
            !name_aux(q, k))
            break;
        if (n > 3 && !is_cap(q, k) && w[n - 2] == 'e' && w[n - 1] == 'd' && k > start)
            break; /* "said the Holt family deserved …"; not "said a retired pilot" */
        k++;
    }
    if (k > start && k + 2 < hi && is_punct(q, k, "(") && is_cap(q, k - 1)) {
        /* "said Rep. Ann Berg (D-Ore.)": the party in brackets */
        size_t r = k + 1;
        while (r < hi && r - k < 8 && !is_punct(q, r, ")"))
            r++;
        if (r < hi && is_punct(q, r, ")"))
            k = r + 1;
    }
    if (k > start && k + 1 < hi &&
        ((tok_eq(q, k - 1, "close") && tok_eq(q, k, "to")) || (tok_eq(q, k - 1, "familiar") && tok_eq(q, k, "with")) ||
         (tok_eq(q, k, "involved") && tok_eq(q, k + 1, "in")) || (tok_eq(q, k, "briefed") && tok_eq(q, k + 1, "on")) ||
         (k + 2 < hi && tok_eq(q, k, "with") && tok_eq(q, k + 1, "knowledge") && tok_eq(q, k + 2, "of")))) {
        /* "said a person close to the mayor", "said one official familiar
         * with the talks", "said one official involved in the planning",
         * "said one person with knowledge of the plan": the phrase runs to
         * the next punctuation */
        size_t r = k + 1;
        int part = !tok_eq(q, k - 1, "close") && !tok_eq(q, k - 1, "familiar"); /* (its nouns may be cue words) */
        while (r < hi && r - k < 12 && (is_word(q, r) || is_poss(q, r)) && (part || !cue_at(q, r)))
            r++;
        if (r > k + 1)
            k = r;
    }
    if (k > start) {
        sp->s = (uint32_t)i, sp->e = (uint32_t)k;
    }
}

/* A lower-case adverb in -ly ("dryly", "later"-like words are listed elsewhere). */
static int n_ly(const qctx *q, size_t i)
{
    size_t n = tlen(q, i);
    return is_lower_word(q, i) && n > 3 && !memcmp(ttext(q, i) + n - 2, "ly", 2);
}

static int ends_ing(const qctx *q, size_t i)
{
    size_t n = tlen(q, i);
    return n > 4 && !memcmp(ttext(q, i) + n - 3, "ing", 3);
}

/* A past form of five letters or more ("released", "surprised"). */
static int ends_ed(const qctx *q, size_t i)
{
    size_t n = tlen(q, i);
    return n > 4 && !memcmp(ttext(q, i) + n - 2, "ed", 2);
}

/* Is token i "he", "she", "they" or "we" (any case)? */
static int he_she_they_we(const qctx *q, size_t i)
{
    return tok_eq(q, i, "he") || tok_eq(q, i, "she") || tok_eq(q, i, "they") || tok_eq(q, i, "we");
}

/* Is token i a form of "be" but "am" ("is", "were", "being", ...)? */
static int be_form(const qctx *q, size_t i)
{
    static const char be[][8] = {"is", "are", "was", "were", "be", "been", "being"};
    return TOK_IN(q, i, be);
}

/* Is token i a day or a part of one that may close a time phrase after a
 * cue ("Wednesday", "today", "this week", "Tuesday night")? */
static int time_word(const qctx *q, size_t i)
{
    static const char part[][16] = {"today", "yesterday", "tonight", "week", "month", "year",
                                    "morning", "afternoon", "evening", "night", "weekend"};
    return is_word(q, i) && ((q->wc[i] & NG_QW_WEEKDAY) || TOK_IN(q, i, part));
}

static int title_quote(const qctx *q, size_t open, size_t ct_a, int words);

/* The closing mark of a programme's name quoted from the opening mark at
 * open (title_quote: up to five words after a possessive or a preposition,
 * "on NBC's “Meet the Press.”"), or 0. */
static size_t title_end(const qctx *q, size_t open, size_t hi)
{
    int words = 0;
    for (size_t k = open + 1; k < hi && k - open <= 8; k++) {
        if (q->tk[k].kind == NG_TOK_QUOTE)
            return title_quote(q, open, open + 1, words) ? k : 0;
        words += is_word(q, k);
    }
    return 0;
}

/* Does "that" follow a phrase of one to six words (no cue: "said, adding,
 * that …" is a tail) between the comma at c and another comma ("said,
 * without evidence, that …", "said, twice, that he …")? */
static int comma_that(const qctx *q, size_t c, size_t hi)
{
    size_t k = c + 1;
    while (k < hi && k - c <= 7 && (is_word(q, k) || is_poss(q, k) || q->tk[k].kind == NG_TOK_NUMBER) &&
           !tok_eq(q, k, "that") && !cue_at(q, k))
        k++;
    if (k == c + 1 || k + 2 >= hi || !is_punct(q, k, ",") || !tok_eq(q, k + 1, "that") || time_word(q, k + 2))
        return 0; /* (not "said, twice, that week") */
    return 1;
}

/* Is the rest of the clause from i (to hi) a short tail: nothing, or
 * adverbials like "on Monday", "in a statement", "last week"?  */
static int short_tail(const qctx *q, size_t i, size_t hi)
{
    size_t k = i;
    int sub = 0; /* the tail opens with a subordinate clause: "when asked whether …" */
    if (i < hi) {
        static const char subs[][16] = {"when", "while", "after", "before", "because", "as",
                                        "although", "though", "since", "if", "during"};
        static const char preps[][8] = {"of", "about", "in", "at"};
        /* (all of them are stop words, or "of") */
        if ((q->wc[i] & NG_QW_STOPWORD) || tok_eq(q, i, "of")) {
            sub = TOK_IN(q, i, subs) ? 2 : TOK_IN(q, i, preps) ? 1 : 0; /* 2: a subordinator; 1: a preposition */
            /* "said if elected he would …": a reported condition, no tail (but
             * "said if asked", "if necessary") */
            if (tok_eq(q, i, "if") && i + 1 < hi && !tok_eq(q, i + 1, "asked") && !tok_eq(q, i + 1, "necessary") &&
                !tok_eq(q, i + 1, "needed") && !tok_eq(q, i + 1, "pressed"))
                return 0;
        }
    }
    while (k < hi && k - i < 14) {
        if (is_terminal(q, k) || is_punct(q, k, ";"))
            return 1;
        if (q->tk[k].kind == NG_TOK_QUOTE) {
            if (q->tk[k].flags & NG_TF_OPEN) {
                /* a programme's name in the tail: "…, he said Sunday on
                 * NBC's “Meet the Press.”", "…, Cruz told ABC's “Good
                 * Morning America.”" */
                size_t c = title_end(q, k, hi);
                if (!c)
                    return 0;
                k = c + 1;
                continue;
            }
            k++;
            continue;
        }
        if (k == i && is_punct(q, k, ","))
            /* "…, Rutte said, adding …" and the parenthetical "…, Rutte said, …"; not ", “…"
             * and not a phrase between commas before "that" ("She also said, without
             * evidence, that …": the cue's own clause) */
            return !(k + 1 < hi && q->tk[k + 1].kind == NG_TOK_QUOTE && (q->tk[k + 1].flags & NG_TF_OPEN)) &&
                   !comma_that(q, k, hi);
        if (!is_word(q, k) && q->tk[k].kind != NG_TOK_NUMBER && !is_poss(q, k))
            return (is_punct(q, k, ",") && k > i) || is_dash(q, k); /* ", a spokeswoman", " - and" */
        if (tok_eq(q, k, "that") && sub < 2)
            return 0; /* ("told members of the council that …" is no tail) */
        if (k > i && time_word(q, k - 1) && he_she_they_we(q, k))
            return 0; /* ("said Wednesday she, too, wants …": a clause after the time) */
        if (k == i && n_ly(q, k))
            ; /* "said dryly" */
        else if (k == i && k + 1 < hi && (tok_eq(q, k, "at") || tok_eq(q, k, "about")) &&
                 (tok_eq(q, k + 1, "least") || tok_eq(q, k + 1, "most") || q->tk[k + 1].kind == NG_TOK_NUMBER))
            return 0; /* "reported at least six planes …", "said about 40 people …": a clause */
        else if (k == i) {
            char w[24];
            size_t n = LOW(k, w);
            static const char starts[][16] = {"in", "on", "at", "during", "last",
                                              "late", "earlier", "later", "after", "before",
                                              "via", "through", "from", "while", "when", "as",
                                              "of", "about", "because", "although", "since", "if",
                                              "with", "without", "told", "recently", "afterward",
                                              "then", "again", "today", "yesterday", "tonight"};
            /* (a weekday's possessive opens a clause: "said Thursday's report …") */
            int wday = ((wcls(q, k, w, n) & NG_QW_WEEKDAY) || (n && is_cap(q, k) && (wcls(q, k, w, n) & NG_QW_WEEKDAY))) &&
                       !(k + 1 < hi && is_poss(q, k + 1));
            int ok = wday ||
                     /* "said this week", not "told reporters this was …" */
                     (n && !strcmp(w, "this") && k + 1 < hi &&
                      (tok_eq(q, k + 1, "week") || tok_eq(q, k + 1, "month") || tok_eq(q, k + 1, "year") ||
                       tok_eq(q, k + 1, "morning") || tok_eq(q, k + 1, "afternoon") ||
                       tok_eq(q, k + 1, "evening") || tok_eq(q, k + 1, "weekend") || tok_eq(q, k + 1, "spring") ||
                       tok_eq(q, k + 1, "summer") || tok_eq(q, k + 1, "fall") || tok_eq(q, k + 1, "winter") ||
                       tok_eq(q, k + 1, "time") || word_in(q, k + 1, ng__q_is_weekday)));
            if (!ok)
                ok = n && TOK_IN(q, k, starts);
            if (!ok)
                return 0;
        }
        k++;
    }
    return k >= hi || (sub && k - i >= 14);
}

/* Whether the tokens [a, hi) are a second teller that ends the sentence:
 * "…, officials said, the Gazette reported.": a short subject and a cue of
 * speech with nothing after it but a short tail.  (Not a claim on the far
 * side of the first cue.) */
static int second_teller(const qctx *q, size_t a, size_t hi)
{
    for (size_t k = a + 1; k < hi && k - a <= 6; k++) {
        if (is_punct(q, k, ",") || (is_lower_word(q, k) && finite_aux(q, k)) || tok_eq(q, k, "that") ||
            tok_eq(q, k, "which") || tok_eq(q, k, "who"))
            return 0; /* (not a clause or a relative one: "replaces a plan that was proposed …") */
        const ng_cue *c = cue_at(q, k);
        if (!c || !(c->flags & NG_CUE_SPEECH))
            continue;
        /* (the cue as a verb: "reported", "told", "says"; not a noun, "the
         * mere mention of …") */
        if (ends_ed(q, k) || past_form(q, k) || tok_eq(q, k, "say") ||
            (is_lower_word(q, k) && tlen(q, k) > 2 && plural_s(ttext(q, k), tlen(q, k))))
            return short_tail(q, k + 1, hi) && hi - k <= 10; /* (a short tail: "… on Monday") */
    }
    return 0;
}

/* ---- entity resolution ---- */

static int32_t mention_entity_in(const ng_doc *d, uint32_t bs, uint32_t be, uint8_t *type)
{
    size_t lo = 0, hi = d->mentions.n;
    while (lo < hi) { /* first mention ending after bs */
        size_t mid = (lo + hi) / 2;
        if (d->mentions.v[mid].end <= bs)
            lo = mid + 1;
        else
            hi = mid;
    }
    int32_t best = -1;
    for (size_t i = lo; i < d->mentions.n && i < lo + 8 && d->mentions.v[i].start < be; i++) {
        /* only a mention that ends the phrase is its head: "the NATO chief"
         * is not NATO, "Spokeswoman Ann Berg" is Ann Berg */
        if (d->mentions.v[i].end <= bs || d->mentions.v[i].end < be)
            continue;
        if (type)
            *type = d->mentions.v[i].type;
        if (d->mentions.v[i].entity >= 0 && (size_t)d->mentions.v[i].entity < d->entities.n)
            best = d->mentions.v[i].entity;
    }
    return best;
}

static int32_t roleref_entity_in(const ng_doc *d, uint32_t bs, uint32_t be)
{
    size_t lo = 0, hi = d->rolerefs.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->rolerefs.v[mid].end <= bs)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < d->rolerefs.n && i < lo + 4 && d->rolerefs.v[i].start < be; i++)
        if (d->rolerefs.v[i].end > bs && d->rolerefs.v[i].entity >= 0 &&
            (size_t)d->rolerefs.v[i].entity < d->entities.n)
            return d->rolerefs.v[i].entity;
    return -1;
}

/* The mention of [m0, m1) that starts at byte bs, or NULL. */
static const ng_mention *mention_in(const ng_doc *d, size_t m0, size_t m1, uint32_t bs)
{
    for (size_t i = m0; i < m1 && d->mentions.v[i].start <= bs; i++)
        if (d->mentions.v[i].start == bs)
            return &d->mentions.v[i];
    return NULL;
}

/* Is token i a word of a document, a group or an institution ("report",
 * "officials", "spokesman"; any lower-case plural: "traders")? */
static int group_word(const qctx *q, size_t i, int first)
{
    char w[24];
    size_t n = LOW(i, w);
    if (!n)
        return 0;
    if ((wcls(q, i, w, n) & NG_QW_SOURCE_NOUN) || is_spokes(q, i))
        return 1;
    return (is_lower_word(q, i) || (first && is_word(q, i) && !(q->tk[i].flags & NG_TF_ALLCAP))) && n > 3 &&
           plural_s(w, n) && w[n - 2] != 'i' && !(wcls(q, i, w, n) & NG_QW_PRONOUN);
}

/* The head of a source phrase: the part whose mention or words say who the
 * source is.  The name that opens the phrase before its apposition ("Ann
 * Berg, director of Harbour Watch"; "Berg (Harbour Watch)"); the name after
 * a role's comma ("the director of Harbour Watch, Dr Ann Berg"); the part
 * before a preposition when the phrase does not end with a person's name
 * ("analyst Ann Berg of Harbour Watch", "many in Ohio") or the name follows
 * the preposition ("supporters of Ann Berg"; but "director of research Ann
 * Berg" is Ann Berg); else the whole phrase.  *by: the phrase after that
 * preposition when it names who stands behind a document, a group or an
 * institution ("a study by Harbour Watch", "a spokeswoman for Harbour
 * Watch"), else empty. */
static tspan phrase_head(const qctx *q, tspan sp, tspan *by)
{
    const ng_doc *d = q->d;
    by->s = by->e = 0;
    if (sp.e - sp.s < 2)
        return sp;
    uint32_t be = q->tk[sp.e - 1].end;
    /* the mentions that start inside the phrase: [m0, m1) */
    size_t m0 = ng__mention_from(d, q->tk[sp.s].start), m1 = m0;
    while (m1 < d->mentions.n && d->mentions.v[m1].start < be)
        m1++;
#define STARTING(j) mention_in(d, m0, m1, q->tk[j].start)
    size_t k = sp.s + 1;
    for (; k + 1 < sp.e && k - sp.s <= 6; k++)
        if (is_punct(q, k, ",") || is_punct(q, k, "(") || is_dash(q, k))
            break;
    if (m0 < m1 && k + 1 < sp.e && k - sp.s <= 6)
        for (size_t j = sp.s; j < k && is_cap(q, j); j++) { /* (after a title: "Mr") */
            const ng_mention *m = STARTING(j);
            if (m) {
                if (m->end == q->tk[k - 1].end)
                    return (tspan){sp.s, (uint32_t)k};
                break;
            }
        }
    for (size_t c = sp.e - 1; m0 < m1 && c-- > sp.s + 1;)
        if (is_punct(q, c, ",")) {
            for (size_t j = c + 1; j < sp.e && is_cap(q, j); j++) { /* (after "Sir") */
                const ng_mention *m = STARTING(j);
                if (m) {
                    if (m->end == be && m->type == NG_ENT_PER)
                        return (tspan){(uint32_t)c + 1, sp.e};
                    break;
                }
            }
            break;
        }
    /* a mention that ends the phrase after no preposition: the name is the
     * head ("director of research Ann Berg") */
    if (m0 < m1 && d->mentions.v[m1 - 1].end >= be) {
        size_t lj = sp.e;
        while (lj > sp.s && q->tk[lj - 1].start >= d->mentions.v[m1 - 1].start)
            lj--;
        if (lj > sp.s && !(is_lower_word(q, lj - 1) && (scls(q, lj - 1) & NG_QS_PREP)))
            return sp;
    }
    for (size_t p = sp.s + 1; p + 1 < sp.e; p++) {
        if (!is_lower_word(q, p) || !(scls(q, p) & NG_QS_PREP))
            continue;
        int across = 0; /* a mention across the preposition ("Bank of Ohio") */
        for (size_t i = m0; i < m1 && !across; i++)
            across = d->mentions.v[i].start < q->tk[p].start && d->mentions.v[i].end > q->tk[p].start;
        if (across)
            continue;
        int group = tok_eq(q, p, "by");
        if (!group && (tok_eq(q, p, "for") || tok_eq(q, p, "of") || tok_eq(q, p, "from") || tok_eq(q, p, "in")))
            for (size_t j = sp.s; j < p && !group; j++)
                group = group_word(q, j, j == sp.s);
        if (group)
            *by = (tspan){(uint32_t)p + 1, sp.e};
        return (tspan){sp.s, (uint32_t)p};
    }
#undef STARTING
    return sp;
}

/* Does the phrase join two names ("Ann Berg and Tom Vance", "Both the
 * board and Harbour Watch", "Berg or Vance", "Speaker Ann Berg and Senate
 * leader Tom Vance")?  Then it names no one entity:
 * the last name is not its speaker. */
static int coordinated(const qctx *q, tspan sp)
{
    const ng_doc *d = q->d;
    if (sp.e - sp.s < 3)
        return 0;
    size_t m0 = ng__mention_from(d, q->tk[sp.s].start);
    if (m0 + 1 >= d->mentions.n || d->mentions.v[m0 + 1].start >= q->tk[sp.e - 1].end)
        return 0; /* (two names at least) */
    for (size_t k = sp.s + 1; k + 1 < sp.e; k++) {
        if (!tok_eq(q, k, "and") && !tok_eq(q, k, "or"))
            continue;
        uint32_t a = q->tk[k].start, b = q->tk[k].end;
        size_t after = k + 1 + (tok_eq(q, k + 1, "the") && k + 2 < sp.e);
        int left = 0, right = 0, left_per = 0;
        for (size_t i = m0; i < d->mentions.n && d->mentions.v[i].start < q->tk[sp.e - 1].end; i++) {
            const ng_mention *m = &d->mentions.v[i];
            if (m->start < a && m->end > b)
                return 0; /* "and" inside a name: "Procter and Gamble" */
            if (m->end == q->tk[k - 1].end)
                left = 1, left_per = m->type == NG_ENT_PER;
            /* two persons with their titles: "House Speaker Jim Wright and
             * Senate Majority Leader Robert Byrd" (capitalised words, a few,
             * before the second name) */
            size_t from = after;
            if (left_per && m->type == NG_ENT_PER && m->start > q->tk[after].start)
                while (from < sp.e && from < after + 4 && q->tk[from].start < m->start && is_cap(q, from))
                    from++;
            /* the second name ends the phrase or its part before a comma
             * ("Bath and England centre Ann Berg" is one person) */
            if (m->start == q->tk[from].start)
                for (size_t j = from; j < sp.e && q->tk[j].start < m->end + 1; j++)
                    right |= q->tk[j].end == m->end &&
                             (j + 1 == sp.e || is_punct(q, j + 1, ",") || is_punct(q, j + 1, "(") || is_dash(q, j + 1));
        }
        if (left && right)
            return 1;
    }
    return 0;
}

static int32_t pronoun_entity_d(const ng_doc *d, uint32_t bs, int gender, uint32_t own_s, uint32_t own_e,
                                int depth, size_t *at);

/* Is token t of d the pronoun of gender ("he", "She")? */
static int gender_pronoun(const ng_doc *d, size_t t, int gender)
{
    const ng_token *k = &d->tokens.v[t];
    const char *w = d->text + k->start;
    size_t n = k->end - k->start;
    if (gender == NG_GENDER_MALE)
        return n == 2 && (w[0] | 0x20) == 'h' && w[1] == 'e';
    return gender == NG_GENDER_FEMALE && n == 3 && (w[0] | 0x20) == 's' && w[1] == 'h' && w[2] == 'e';
}

/* Is there a lower-case preposition of a complement (not "by", "to", "for":
 * an agent, "according to", "for Ann Berg, …") among the (at most seven) tokens of
 * token t's sentence before it ("The claims about Lord Falconer …")? */
static int prep_before(const ng_doc *d, uint32_t t)
{
    static const char *const preps[] = {"about", "of", "with", "from", "against",
                                        "on", "in", "at", "over", "into", "after", "before", "between"};
    uint32_t sent = d->tokens.v[t].sent;
    for (uint32_t k = t; k-- > 0 && t - k <= 7 && d->tokens.v[k].sent == sent;) {
        const ng_token *tk = &d->tokens.v[k];
        if (tk->kind != NG_TOK_WORD || (tk->flags & NG_TF_CAP))
            continue;
        for (size_t p = 0; p < NG_ARRAY_LEN(preps); p++)
            if (tk->end - tk->start == strlen(preps[p]) && !memcmp(d->text + tk->start, preps[p], tk->end - tk->start))
                return 1;
    }
    return 0;
}

/* The subject first: when the person mention mi (of the pronoun's gender)
 * is in a sentence before the pronoun at byte bs and that sentence opens
 * with another person of that gender, in its first seven tokens and with no
 * preposition before it ("Shadow home secretary David Davis echoed
 * criticisms of the way Mr Blunkett … “…,” he said"; not "The claims about
 * Lord Falconer were made … by Philippe Sands. He also says …"), that one;
 * when it opens with a pronoun of that gender and no quote mark comes
 * before mi ("He told reporters that Reagan had failed … He said"), that
 * pronoun's antecedent (depth: how many such steps were taken, at most
 * three); else mi's entity. */
static int32_t subject_first(const ng_doc *d, size_t mi, int gender, uint32_t bs, int depth)
{
    const ng_mention *m = &d->mentions.v[mi];
    uint32_t sent = d->tokens.v[m->tok].sent;
    if (sent >= d->sents.n || d->sents.v[sent].end > bs)
        return m->entity;
    int32_t best = m->entity;
    for (size_t i = mi; i-- > 0;) {
        const ng_mention *f = &d->mentions.v[i];
        if (d->tokens.v[f->tok].sent != sent)
            break;
        if (f->entity >= 0 && (size_t)f->entity < d->entities.n && d->entities.v[f->entity].type == NG_ENT_PER &&
            d->entities.v[f->entity].gender == gender && (f->tok < 7 || d->tokens.v[f->tok - 7].sent != sent) &&
            !prep_before(d, f->tok))
            best = f->entity;
    }
    if (best != m->entity || depth >= 3)
        return best;
    size_t t = m->tok;
    while (t > 0 && d->tokens.v[t - 1].sent == sent && m->tok - t < 64)
        t--;
    if (t > 0 && d->tokens.v[t - 1].sent == sent)
        return best; /* (a long sentence: its opening is not looked for) */
    static const char *const openers[] = {"But", "And", "However", "Yet", "Later", "Earlier"};
    for (size_t k = 0; k < NG_ARRAY_LEN(openers) && t + 1 < m->tok; k++) {
        size_t n = strlen(openers[k]);
        if (d->tokens.v[t].end - d->tokens.v[t].start == n && !memcmp(d->text + d->tokens.v[t].start, openers[k], n)) {
            t += 1 + (t + 2 < m->tok && d->text[d->tokens.v[t + 1].start] == ',');
            break;
        }
    }
    /* (not a pronoun inside a quotation: “He has dealt with this,” Mr
     * Blair said) */
    int quoted = 0;
    for (size_t k = t; k < m->tok && !quoted; k++)
        quoted = d->tokens.v[k].kind == NG_TOK_QUOTE;
    if (t < m->tok && !quoted && gender_pronoun(d, t, gender)) {
        int32_t r = pronoun_entity_d(d, d->tokens.v[t].start, gender, 0, 0, depth + 1, NULL);
        if (r >= 0)
            return r;
    }
    return best;
}

/* he/she: the most recent person mention before byte bs with a compatible
 * gender (unknown gender is compatible), not inside [own_s, own_e) (the
 * quotation the pronoun tells: “We can't all be Wayne Rooneys,” he said);
 * -1 when none within reach.  *at (when not NULL): the token of the mention
 * chosen (SIZE_MAX when none). */
static int32_t pronoun_entity_d(const ng_doc *d, uint32_t bs, int gender, uint32_t own_s, uint32_t own_e,
                                int depth, size_t *at)
{
    size_t lo = 0, hi = d->mentions.n;
    if (at)
        *at = SIZE_MAX;
    while (lo < hi) { /* first mention ending after bs */
        size_t mid = (lo + hi) / 2;
        if (d->mentions.v[mid].end <= bs)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* a person of the pronoun's gender first; else the most recent person
     * whose gender is unknown */
    int32_t unknown = -1;
    size_t unknown_at = SIZE_MAX;
    for (size_t i = lo, steps = 0; i > 0 && steps < 200; i--, steps++) {
        const ng_mention *m = &d->mentions.v[i - 1];
        if (m->entity < 0 || (size_t)m->entity >= d->entities.n || (m->start >= own_s && m->end <= own_e))
            continue;
        const ng_entity *en = &d->entities.v[m->entity];
        if (en->type != NG_ENT_PER)
            continue;
        if (en->gender == gender) {
            if (at)
                *at = m->tok;
            return subject_first(d, i - 1, gender, bs, depth);
        }
        if (en->gender == NG_GENDER_UNKNOWN && unknown < 0)
            unknown = m->entity, unknown_at = m->tok;
    }
    if (at)
        *at = unknown_at;
    return unknown;
}

static int32_t pronoun_entity(const ng_doc *d, uint32_t bs, int gender, uint32_t own_s, uint32_t own_e)
{
    return pronoun_entity_d(d, bs, gender, own_s, own_e, 0, NULL);
}

/* "Oxfam's report", "Manchester United's board", "Mr Vance's spokesman":
 * a document, body or spokesman a name owns speaks for that name.  The
 * possessor's entity (not a place: "Britain's government"), or -1. */
static int32_t possessor_entity(const qctx *q, tspan h)
{
    static const char owned[][8] = {"board", "team", "club", "lawyer", "lawyers", "party", "staff", "camp"};
    for (size_t k = h.s + 1; k + 1 < h.e; k++) {
        if (!is_poss(q, k))
            continue;
        size_t last = h.e - 1;
        char w[24];
        size_t n = LOW(last, w);
        /* what speaks for its owner: a document or body, a spokesman, a
         * lawyer; not "Ann Berg's supporters", "the bank's creditors" */
        if (last - k > 5 || !n || !is_lower_word(q, last) ||
            !((wcls(q, last, w, n) & NG_QW_SOURCE_NOUN) || is_spokes(q, last) || TOK_IN(q, last, owned)))
            return -1;
        /* an apposition that names it ("Mr Gates' company, Microsoft,") */
        if (h.e + 1 < q->nt && is_punct(q, h.e, ",")) {
            size_t m = ng__mention_from(q->d, q->tk[h.e].end), lim = h.e + 4 < q->nt ? h.e + 4 : q->nt - 1;
            if (m < q->d->mentions.n && q->d->mentions.v[m].start < q->tk[lim].end)
                return -1;
        }
        int32_t r = mention_entity_in(q->d, q->tk[h.s].start, q->tk[k - 1].end, NULL);
        return r >= 0 && q->d->entities.v[r].type != NG_ENT_LOC ? r : -1;
    }
    return -1;
}

/* "the Wasps wing", "the former teacher", "the 30-year-old": a person
 * named by what they do or their age, not by a role the entity tables link
 * (those are rolerefs), is the one person named in the sentence before and
 * in its own sentence before it; -1 when the phrase is no such noun phrase,
 * or no person or two are named there (then it could be either). */
static int32_t described_person(const qctx *q, tspan h)
{
    static const char nouns[][16] = {
                                     "striker", "defender", "midfielder", "winger", "wing", "forward", "goalkeeper", "keeper",
                                     "full-back", "fly-half", "scrum-half", "flanker", "hooker", "prop", "batsman", "bowler",
                                     "sprinter", "athlete", "player", "cyclist", "golfer", "swimmer", "boxer", "jockey", "singer",
                                     "actor", "actress", "rapper", "musician", "comedian", "presenter", "star", "teacher",
                                     "businessman", "businesswoman", "tycoon", "billionaire", "entrepreneur", "author", "writer",
                                     "novelist", "artist", "designer", "teenager", "youngster"};
    const ng_doc *d = q->d;
    size_t last = h.e - 1;
    if (h.e - h.s < 2 || h.e - h.s > 5 || !tok_eq(q, h.s, "the") || !is_lower_word(q, last))
        return -1;
    size_t n = tlen(q, last);
    if (!TOK_IN(q, last, nouns) && !(n > 9 && !memcmp(ttext(q, last) + n - 9, "-year-old", 9)))
        return -1;
    for (size_t k = h.s + 1; k < last; k++)
        if (!is_word(q, k) || is_poss(q, k))
            return -1; /* "the club's striker": another's */
    uint32_t sent = q->tk[h.s].sent;
    uint32_t from = q->tk[q->sfirst[sent > 0 ? sent - 1 : 0]].start, bs = q->tk[h.s].start;
    int32_t one = -1;
    for (size_t m = ng__mention_from(d, from), k = 0; m < d->mentions.n && d->mentions.v[m].start < bs && k < 16;
         m++, k++) {
        const ng_mention *mm = &d->mentions.v[m];
        if (mm->entity < 0 || (size_t)mm->entity >= d->entities.n || d->entities.v[mm->entity].type != NG_ENT_PER)
            continue;
        if (one >= 0 && one != mm->entity)
            return -1;
        one = mm->entity;
    }
    /* one known by an office ("City boss Kevin Keegan", "Chancellor Gordon
     * Brown") is not "the defender", "the businessman" */
    const char *role = one >= 0 ? d->entities.v[one].role : NULL;
    if (role) {
        const char *w = strrchr(role, ' ');
        char key[NG_GAZ_KEY_MAX];
        w = w ? w + 1 : role;
        size_t kl = ng__gaz_key(w, strlen(w), key, sizeof key);
        if (kl && (ng__lex_role(key, kl) & NG_LEX_HEAD))
            return -1;
    }
    return one;
}

/* Singular nouns for a person who speaks unnamed, as wire copy has them:
 * "the official said", "one diplomat said", "a Canon spokesman told". */
static int unnamed_noun(const qctx *q, size_t i, int gender)
{
    static const char nouns[][16] = {"official", "diplomat", "trader", "dealer", "analyst", "economist",
                                     "banker", "broker", "source", "executive", "delegate", "expert",
                                     "negotiator", "underwriter", "aide", "observer", "strategist"};
    if (!is_lower_word(q, i))
        return 0;
    if (is_spokes(q, i)) {
        char w[16];
        size_t n = LOW(i, w);
        if (n == 9 && !memcmp(w, "spokesman", 9))
            return gender == NG_GENDER_MALE;
        if (n == 11 && !memcmp(w, "spokeswoman", 11))
            return gender == NG_GENDER_FEMALE;
        return n == 12 && !memcmp(w, "spokesperson", 12);
    }
    return TOK_IN(q, i, nouns);
}

static int unnamed_det(const qctx *q, size_t i)
{
    static const char *const dets[] = {"the", "a", "an", "one", "another"};
    char w[8];
    size_t n = LOW(i, w);
    if (!n)
        return 0;
    for (size_t k = 0; k < NG_ARRAY_LEN(dets); k++)
        if (strlen(dets[k]) == n && !memcmp(dets[k], w, n))
            return 1;
    return 0;
}

/* The nearest unnamed speaker of the pronoun's gender in tokens [lo, p)
 * (p: the pronoun): "the official said", "One diplomat told", "…," said a
 * company spokesman.  (after a cue of telling the phrase is the one told;
 * after "said" it must end the clause: "said the official was" is not it).
 * The phrase, or an empty span when there is none or a named person's
 * phrase comes first ("Almaden spokesman Jesus Gallego said"). */
static tspan unnamed_speaker(const qctx *q, size_t p, size_t lo, int gender)
{
    const ng_doc *d = q->d;
    for (size_t i = p; i-- > lo;) {
        if (q->tk[i].start >= q->own_s && q->tk[i].end <= q->own_e)
            continue;
        const ng_cue *cu = cue_at(q, i);
        if (!cu || !(cu->flags & (NG_CUE_SPEECH | NG_CUE_TELL)))
            continue;
        tspan u = {0, 0};
        if (i > lo + 1 && unnamed_noun(q, i - 1, gender)) {
            size_t j = i - 1;
            while (j > lo && i - j <= 5 && is_word(q, j - 1) && !unnamed_det(q, j - 1))
                j--;
            if (j > lo && unnamed_det(q, j - 1))
                u = (tspan){(uint32_t)j - 1, (uint32_t)i};
        } else if (!(cu->flags & NG_CUE_TELL) && i + 3 < p && unnamed_det(q, i + 1)) {
            for (size_t j = i + 2; j + 1 < p && j - i <= 6 && is_word(q, j); j++)
                if (unnamed_noun(q, j, gender)) {
                    if (q->tk[j + 1].kind == NG_TOK_PUNCT && (is_punct(q, j + 1, ",") || is_terminal(q, j + 1)))
                        u = (tspan){(uint32_t)i + 1, (uint32_t)j + 1};
                    break;
                }
        }
        if (u.e <= u.s)
            continue;
        for (size_t m = ng__mention_from(d, q->tk[u.s].start);
             m < d->mentions.n && d->mentions.v[m].start < q->tk[u.e - 1].end; m++)
            if (d->mentions.v[m].type == NG_ENT_PER)
                return (tspan){0, 0};
        return u;
    }
    return (tspan){0, 0};
}

/* Does entity ent speak by name in tokens [a, b) ("Ito said", "said
 * Ito")?  Then "a senior party official said … Ito said … the official
 * said" may be that person, named after the first mention. */
static int named_speaker_in(const qctx *q, size_t a, size_t b, int32_t ent)
{
    const ng_doc *d = q->d;
    for (size_t m = ng__mention_from(d, q->tk[a].start); m < d->mentions.n && d->mentions.v[m].start < q->tk[b].start;
         m++) {
        const ng_mention *mm = &d->mentions.v[m];
        if (mm->entity != ent)
            continue;
        size_t after = mm->tok + (mm->ntok ? mm->ntok : 1);
        const ng_cue *cu = after < q->nt ? cue_at(q, after) : NULL;
        const ng_cue *cb = mm->tok > 0 ? cue_at(q, mm->tok - 1) : NULL;
        if ((cu && (cu->flags & NG_CUE_SPEECH)) || (cb && (cb->flags & NG_CUE_SPEECH)))
            return 1;
    }
    return 0;
}

/* Is token i "the" or "The"? */
static int is_the(const qctx *q, size_t i) { return tok_eq(q, i, "the"); /* (and "The": the token is folded) */ }

/* May tokens [f, m) stand before a sentence's subject name m: nothing,
 * "the", a conjunction, or a conjunction and "the" ("But Acme said", "And
 * the Acme Group said")? */
static int subject_lead(const qctx *q, size_t f, size_t m)
{
    static const char conj[][8] = {"but", "and", "yet", "so"};
    if (m > f && m - f <= 2 && TOK_IN(q, f, conj))
        f++;
    return m == f || (m == f + 1 && is_the(q, f));
}

/* The introduction of a definite unnamed speaker ("the official", "the
 * spokesman"; w: its noun, from: where to look back from): the nearest
 * indefinite unnamed speaker with the same noun, past a few others, in the
 * eight sentences (and 400 tokens) before token p; empty when none. */
static tspan introduction(const qctx *q, size_t from, size_t p, size_t w, int gender)
{
    uint32_t sent = q->tk[p].sent;
    size_t n = tlen(q, w), lo = q->sfirst[sent > 8 ? sent - 8 : 0];
    if (p > 400 && lo < p - 400)
        lo = p - 400;
    for (int k = 0; k < 4; k++) {
        tspan v = unnamed_speaker(q, from, lo, gender);
        if (v.e <= v.s)
            break;
        if (tlen(q, v.e - 1) == n && !strncasecmp(ttext(q, v.e - 1), ttext(q, w), n) && !is_the(q, v.s))
            return v;
        from = v.s;
    }
    return (tspan){0, 0};
}

/* he/she: the antecedent (pronoun_entity), unless an unnamed speaker comes
 * between it and the pronoun ("Reagan … “…,” said a Treasury official. He
 * added"): then what that phrase resolves to ("a Canon spokesman": Canon;
 * "the diplomat": -1).  A definite phrase ("the official said") is the
 * unnamed one only when an indefinite one with its noun introduced it in
 * the eight sentences before ("A Swissair spokesman said … the spokesman
 * said. He said": Swissair) and the antecedent did not speak by name since
 * ("a senior party official said … Ito said … the official said": Ito);
 * else it is the antecedent known by its office ("LDP official Masayoshi
 * Ito … the LDP official said"). */
static int32_t resolve(const qctx *q, tspan sp);

static int32_t resolve_pronoun(const qctx *q, size_t p, int gender)
{
    const ng_doc *d = q->d;
    size_t at;
    int32_t r = pronoun_entity_d(d, q->tk[p].start, gender, q->own_s, q->own_e, 0, &at);
    if (!q->sfirst)
        return r;
    uint32_t sent = q->tk[p].sent;
    size_t lo0 = q->sfirst[sent > 3 ? sent - 3 : 0];
    if (p > 150 && lo0 < p - 150)
        lo0 = p - 150;
    size_t lo = at != SIZE_MAX && at + 1 > lo0 ? at + 1 : lo0;
    if (lo >= p)
        return r;
    tspan u = unnamed_speaker(q, p, lo, gender);
    if (u.e <= u.s)
        return r;
    if (is_the(q, u.s)) {
        tspan v = introduction(q, u.s, p, u.e - 1, gender);
        if (v.e > v.s)
            return r >= 0 && named_speaker_in(q, v.e, u.s, r) ? r : resolve(q, v);
        return r >= 0 ? r : resolve(q, u);
    }
    return resolve(q, u);
}

static size_t skip_dateline(const qctx *q, size_t a, size_t b);

/* Documents that speak for whoever issued them ("the report said") */
static const char doc_nouns[][16] = {"report", "statement", "study", "survey", "communique",
                                     "document", "letter", "poll", "bulletin", "memo"};

/* What "the company said" may be: a body that "it" may also name */
static const char body_nouns[][16] = {"company", "firm", "group", "bank", "corporation", "airline",
                                      "utility", "insurer", "retailer", "carrier", "concern", "brewer",
                                      "department", "agency", "ministry", "union", "commission",
                                      "exchange", "association"};

/* Are tokens [a, b) "it" or a definite body noun ("the company", "The
 * bank board", "the agency")? */
static int body_ref(const qctx *q, size_t a, size_t b)
{
    if (b == a + 1)
        return tok_eq(q, a, "it");
    if (b < a + 2 || b > a + 3 || !is_the(q, a) || !is_lower_word(q, b - 1))
        return 0;
    static const char extra[][8] = {"board"}; /* ("the bank board") */
    return (TOK_IN(q, b - 1, body_nouns) || (b == a + 3 && TOK_IN(q, b - 1, extra))) &&
           (b == a + 2 || is_lower_word(q, a + 1));
}

/* Is entity e an organisation? */
static int org_entity(const ng_doc *d, int32_t e)
{
    return e >= 0 && (size_t)e < d->entities.n && d->entities.v[e].type == NG_ENT_ORG;
}

/* Does the phrase hold "and" ("CAC and Westpac officials")? */
static int has_and(const qctx *q, tspan h)
{
    for (size_t k = h.s; k < h.e; k++)
        if (tok_eq(q, k, "and") || is_punct(q, k, ","))
            return 1;
    return 0;
}

/* Does the phrase say its people no longer serve ("a former Treasury
 * official", "retired", "ex-")? */
static int has_former(const qctx *q, tspan h)
{
    for (size_t k = h.s; k < h.e; k++)
        if (tok_eq(q, k, "former") || tok_eq(q, k, "retired") ||
            (tlen(q, k) > 3 && !strncasecmp(ttext(q, k), "ex-", 3)))
            return 1;
    return 0;
}

/* Are tokens [a, b) (at most two) an article or "senior", "top", "other"
 * ("a senior company official", "company officials"; not "one company
 * spokesman", one of several)? */
static int plain_lead(const qctx *q, size_t a, size_t b)
{
    static const char lead[][8] = {"a", "an", "the", "senior", "top", "other", "some", "several"};
    if (b > a + 2)
        return 0;
    for (size_t k = a; k < b; k++)
        if (!is_word(q, k) || !TOK_IN(q, k, lead))
            return 0;
    return 1;
}

/* The company the story opens with: an organisation in the first eight
 * tokens of the text (not a ticker symbol: "<AVMD.PA>"), or -1. */
static int32_t story_org(const ng_doc *d)
{
    for (size_t m = 0; m < d->mentions.n && d->mentions.v[m].tok < 8 && d->sents.n &&
                       d->mentions.v[m].start < d->sents.v[0].end;
         m++) {
        int32_t k = d->mentions.v[m].entity;
        const ng_mention *mm = &d->mentions.v[m];
        int ticker = mm->start > 0 && d->text[mm->start - 1] == '<';
        for (uint32_t b = mm->start; ticker && b < mm->end; b++)
            ticker = (d->text[b] >= 'A' && d->text[b] <= 'Z') || d->text[b] == '.';
        if (!ticker && org_entity(d, k))
            return k;
    }
    return -1;
}

/* Does the name hold the word w[0, n) (any case; or its plural): "National
 * Union of Mineworkers" holds "union", "Bank of Korea" "bank"? */
static int name_has_word(const char *name, const char *w, size_t n)
{
    for (const char *p = name; *p;) {
        while (*p && !((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')))
            p++;
        const char *e = p;
        while ((*e >= 'A' && *e <= 'Z') || (*e >= 'a' && *e <= 'z'))
            e++;
        size_t m = (size_t)(e - p);
        if (m && (m == n || (m == n + 1 && (p[n] == 's' || p[n] == 'S'))) && !strncasecmp(p, w, n))
            return 1;
        p = e;
    }
    return 0;
}

/* Is the name a short name in capitals ("UAW", "NASD")? */
static int acronym(const char *name)
{
    size_t n = 0;
    for (const char *p = name; *p; p++, n++)
        if (!((*p >= 'A' && *p <= 'Z') || *p == '.' || *p == '&'))
            return 0;
    return n >= 2 && n <= 6;
}

/* The nearest organisation named before token p, in its sentence and the
 * eight before, whose name holds the body noun at token w ("a bank
 * spokesman" after "the Bank of Korea"), or -1. */
static int32_t named_body(const qctx *q, size_t p, size_t w)
{
    const ng_doc *d = q->d;
    if (!q->sfirst)
        return -1;
    uint32_t sent = q->tk[p].sent;
    uint32_t lo = q->tk[q->sfirst[sent > 8 ? sent - 8 : 0]].start;
    for (size_t m = ng__mention_from(d, q->tk[p].start); m-- > 0 && d->mentions.v[m].start >= lo;) {
        int32_t k = d->mentions.v[m].entity;
        if (d->mentions.v[m].end <= q->tk[p].start && org_entity(d, k) &&
            name_has_word(d->entities.v[k].name, ttext(q, w), tlen(q, w)))
            return k;
    }
    return -1;
}

/* Is there a verb of saying, telling or reporting in tokens [k, k + 4)
 * (before end): "said", "has also told"? */
static int speaks_at(const qctx *q, size_t k0, size_t end)
{
    for (size_t k = k0; k < end && k < k0 + 4; k++) {
        char w[24];
        size_t n = LOW(k, w);
        const ng_cue *cu = n && is_lower_word(q, k) ? wcue(q, k, w, n) : NULL;
        if (cu && (cu->flags & (NG_CUE_SPEECH | NG_CUE_TELL | NG_CUE_REPORT)))
            return 1;
    }
    return 0;
}

/* The token after what may stand between a subject's name (ending before
 * token k) and its verb: a ticker or short name in brackets ("Acme Corp
 * <ACME.L>", "Acme Corp (ACM)") and an apposition between commas that
 * opens with a lower-case word ("Acme Corp, a Kerrin shipper, said"; then
 * *appos is set).  k itself when there is none. */
static size_t past_name_tail(const qctx *q, size_t k, size_t end, int *appos)
{
    if (k < end && (tok_eq(q, k, ">") || tok_eq(q, k, ")")))
        k++; /* "<Acme Ltd> said", "(Acme Ltd) said" */
    if (k < end && (tok_eq(q, k, "<") || tok_eq(q, k, "("))) {
        const char *close = tok_eq(q, k, "<") ? ">" : ")";
        for (size_t j = k + 1; j < end && j < k + 8; j++)
            if (tok_eq(q, j, close)) {
                k = j + 1;
                break;
            }
    }
    if (k + 1 < end && is_punct(q, k, ",") && is_lower_word(q, k + 1))
        for (size_t j = k + 2; j < end && j < k + 25 && !is_terminal(q, j) && q->tk[j].kind != NG_TOK_QUOTE; j++)
            if (is_punct(q, j, ",")) {
                *appos = 1;
                return j + 1;
            }
    return k;
}

/* The speaking subject after a sentence's opening phrase (tokens from f,
 * up to its first comma in the first fifteen): "In a filing with the
 * court, Acme said", "Separately, the Acme Group told"; the name must
 * follow the comma (after "the" at most) and a verb of saying follow the
 * name.  The entity, or -2 when there is none (mi: the sentence's first
 * mention). */
static int32_t after_opener(const qctx *q, size_t f, size_t end, size_t mi)
{
    const ng_doc *d = q->d;
    size_t c = f + 1;
    while (c < end && c < f + 15 && !is_punct(q, c, ",") && !is_terminal(q, c) && q->tk[c].kind != NG_TOK_QUOTE)
        c++;
    if (c >= end || !is_punct(q, c, ","))
        return -2;
    for (; mi < d->mentions.n && d->mentions.v[mi].tok <= c + 2; mi++) {
        const ng_mention *m = &d->mentions.v[mi];
        if (m->tok <= c)
            continue;
        if (m->tok == c + 2 && !is_the(q, c + 1))
            return -2;
        int appos = 0;
        return speaks_at(q, past_name_tail(q, m->tok + m->ntok, end, &appos), end) && org_entity(d, m->entity)
                   ? m->entity
                   : -2;
    }
    return -2;
}

/* The organisation that speaks at the end of a sentence's opening noun
 * phrase, past what a wire puts before the name: a place's or body's
 * possessive, lower-case modifiers, a ticker ("Japan's Agency of Natural
 * Resources said", "Australian investment group <Industrial Equity Ltd>
 * (IEL) said", "J and J Snack Foods Corp said", a name the tagger cut).
 * Only when the name is not the sentence's first mention, which the
 * caller reads; none across a comma, a preposition, a verb of saying or
 * "and" after a mention.  The entity, or -2 (mi: the sentence's first
 * mention). */
static int32_t subject_chain(const qctx *q, size_t f, size_t end, size_t mi)
{
    static const char preps[][8] = {"at", "near", "about", "among", "within", "behind"};
    const ng_doc *d = q->d;
    size_t k = f;
    for (size_t m = mi; m < d->mentions.n && d->mentions.v[m].tok < end && d->mentions.v[m].tok < f + 12; m++) {
        const ng_mention *mm = &d->mentions.v[m];
        if (mm->tok < k)
            continue;
        for (; k < mm->tok; k++) {
            if (is_poss(q, k) || tok_eq(q, k, "<") || tok_eq(q, k, ">") || tok_eq(q, k, "(") || tok_eq(q, k, ")"))
                continue;
            if (!is_word(q, k) || (is_lower_word(q, k) && ((scls(q, k) & NG_QS_PREP) || TOK_IN(q, k, preps))))
                return -2;
            const ng_cue *cu = cue_at(q, k);
            if (cu && (cu->flags & (NG_CUE_SPEECH | NG_CUE_TELL | NG_CUE_REPORT)))
                return -2;
            if (m > mi && (tok_eq(q, k, "and") || tok_eq(q, k, "or")))
                return -2;
        }
        int appos = 0;
        size_t after = past_name_tail(q, mm->tok + (mm->ntok ? mm->ntok : 1), end, &appos);
        if (after < end && is_lower_word(q, after) && speaks_at(q, after, end)) /* (its own verb) */
            return m > mi || mm->tok > f ? (org_entity(d, mm->entity) ? mm->entity : -1) : -2;
        k = mm->tok + (mm->ntok ? mm->ntok : 1);
    }
    return -2;
}

/* "it" or "the company" as a source: the organisation that spoke last or
 * is the subject of the nearest of the eight sentences before token p's
 * (its own names the reported clause's subject: "Acme should wait, it
 * said"): a sentence that ends "…, the Acme Group said."
 * gives its speaker, one that opens with a name (at most two words after
 * its start, past a dateline: "OSLO, March 2 - Acme Corp said"; no comma
 * before it but a determiner or conjunction; for "it" (speech), a verb of
 * saying or reporting after it) its subject.  Either must be an organisation: a speaker or
 * subject of another kind ("…, the central bank said.", "Ann Berg said")
 * ends the search with none, and so does "it" in a sentence that holds
 * neither.  A speaker or subject that is itself "it" or a definite body noun
 * ("…, the agency said.", "The company also said …") is resolved the same
 * way from its own sentence (at most six steps).  ("Acme Corp said on
 * Monday … It said …")  A subject's name may be followed by a ticker or an
 * apposition ("Acme Corp <ACME.L>, a Kerrin shipper, said"), or follow an
 * opening phrase ("In a filing, Acme said"; then it must speak and be an
 * organisation).  Past the third sentence back, a sentence that names a
 * subject or an organisation it does not take ends the search with none:
 * only sentences that name no body are passed over there. */
#define BODY_BACK 8  /* sentences looked back */
#define BODY_DEPTH 6 /* steps of a chain */
static int32_t body_subject(const qctx *q, size_t p, int speech, int depth)
{
    static const char says[][16] = {"said", "says", "added", "reported", "stated", "announced"};
    const ng_doc *d = q->d;
    if (!q->sfirst || !d->mentions.n)
        return -1;
    uint32_t sent = q->tk[p].sent;
    for (uint32_t s = sent; s-- > 0 && sent - s <= BODY_BACK;) {
        size_t f = q->sfirst[s], end = q->sfirst[s + 1];
        int32_t who = -2; /* -2: this sentence names no speaker or subject */
        int named = 0;    /* it opens with a name that does not speak */
        /* "…, the Acme Group said.": the speaker after the last comma */
        size_t v = end;
        while (v > f && end - v < 3 && (is_terminal(q, v - 1) || q->tk[v - 1].kind == NG_TOK_QUOTE))
            v--;
        if (v > f + 2 && TOK_IN(q, v - 1, says)) {
            size_t c = v - 1;
            while (c > f && v - c < 10 && !is_punct(q, c - 1, ","))
                c--;
            if (c > f && is_punct(q, c - 1, ",")) {
                while (c + 1 < v - 1 && q->tk[c].kind == NG_TOK_QUOTE)
                    c++; /* '"…," it said.' */
                size_t mi = ng__mention_from(d, q->tk[c].start);
                who = -1;
                for (; mi < d->mentions.n && d->mentions.v[mi].tok < v - 1; mi++)
                    if (d->mentions.v[mi].tok + d->mentions.v[mi].ntok == v - 1)
                        who = d->mentions.v[mi].entity;
                if (who < 0 && body_ref(q, c, v - 1))
                    return depth < BODY_DEPTH ? body_subject(q, c, speech, depth + 1) : -1; /* "…, the agency said." */
            }
        }
        if (who == -2) {
            f = skip_dateline(q, f, end);
            /* "The company said …", "It also said …": whom that names */
            for (size_t e = f + 1; e < end && e < f + 4; e++)
                if (body_ref(q, f, e)) {
                    for (size_t k = e; k < end && k < e + 2; k++) {
                        const ng_cue *cu = cue_at(q, k);
                        if (cu && (cu->flags & (NG_CUE_SPEECH | NG_CUE_TELL | NG_CUE_REPORT)))
                            return depth < BODY_DEPTH ? body_subject(q, f, speech, depth + 1) : -1;
                    }
                    break;
                }
            /* "The annual report shows …": a document that may be "it" */
            static const char docs[][16] = {"report", "statement", "study", "survey", "document",
                                            "memo", "communique", "submission", "poll", "bulletin"};
            for (size_t k = f + 1; k < end && k < f + 4 && who == -2 && word_in(q, f, ng__q_is_determiner); k++)
                if (TOK_IN(q, k, docs))
                    who = -1;
            size_t mi = ng__mention_from(d, q->tk[f].start);
            int32_t chain = mi < d->mentions.n ? subject_chain(q, f, end, mi) : -2;
            if (chain >= 0)
                who = chain; /* "Japan's Agency of Natural Resources said", "J and J Snack Foods Corp said" */
            else if (mi < d->mentions.n && d->mentions.v[mi].tok < end && d->mentions.v[mi].tok > f + 2)
                who = after_opener(q, f, end, mi); /* "In a filing, Acme said" */
            else if (mi < d->mentions.n && d->mentions.v[mi].tok < end) {
                /* (after "the" or a conjunction only, subject_lead: not "At
                 * the GATT talks, Japan …") */
                const ng_mention *m = &d->mentions.v[mi];
                who = subject_lead(q, f, m->tok) ? m->entity : -2;
                named = who != -2;
                /* (a subject that speaks: "Acme said", "Acme has also told";
                 * not "Acme's system is …", "Acme opened 25 stores"; for
                 * "the company" a verb will do: "Acme introduced", "Acme
                 * has agreed", not "EU rules prevent") */
                static const char aux[][8] = {"has", "have", "had", "will", "would", "also"};
                int appos = 0;
                size_t k0 = past_name_tail(q, m->tok + m->ntok, end, &appos);
                int speaks = speaks_at(q, k0, end);
                int verb = !appos && k0 < end && is_lower_word(q, k0) &&
                           (TOK_IN(q, k0, aux) || (tlen(q, k0) > 3 && !strncmp(ttext(q, k0) + tlen(q, k0) - 2, "ed", 2)));
                if ((!speaks && (speech || !verb)) || (appos && !org_entity(d, who)))
                    who = -2; /* (a person before an apposition is passed over, as before) */
            }
        }
        if (who == -2 && sent - s > 3) {
            /* past three sentences, no subject is passed over, nor an
             * organisation named anywhere in the sentence */
            if (named)
                return -1;
            for (size_t m = ng__mention_from(d, q->tk[q->sfirst[s]].start);
                 m < d->mentions.n && d->mentions.v[m].tok < end; m++)
                if (d->mentions.v[m].type == NG_ENT_ORG)
                    return -1;
        }
        if (who == -2)
            continue; /* (no name: "The company said …" looks further back) */
        return org_entity(d, who) ? who : -1;
    }
    return -1;
}

/* The organisation that opens token p's sentence as its subject (after at
 * most a conjunction and "The", subject_lead; past a dateline): "Downing Street defended the decision, with
 * a spokesperson saying", or -1. */
static int32_t own_subject_org(const qctx *q, size_t p)
{
    const ng_doc *d = q->d;
    uint32_t sent = q->tk[p].sent;
    size_t f = skip_dateline(q, q->sfirst[sent], q->sfirst[sent + 1]);
    size_t mi = ng__mention_from(d, q->tk[f].start);
    if (mi >= d->mentions.n || d->mentions.v[mi].tok >= p || !subject_lead(q, f, d->mentions.v[mi].tok))
        return -1;
    return org_entity(d, d->mentions.v[mi].entity) ? d->mentions.v[mi].entity : -1;
}

/* The organisation that is token p's sentence's subject, else the one
 * "it" or "the company" would be there (body_subject), or -1. */
static int32_t subject_org(const qctx *q, size_t p)
{
    int32_t r = own_subject_org(q, p);
    return r >= 0 ? r : body_subject(q, p, 0, 0);
}

/* Does an organisation's name end in a newspaper's or magazine's word
 * ("The Jakarta Post", "Rolling Stone" does not)? */
static int outlet_name(const char *name)
{
    static const char *const last[] = {"post", "times", "journal", "news", "herald", "tribune", "gazette",
                                       "telegraph", "guardian", "mail", "express", "mirror", "observer",
                                       "independent", "chronicle", "standard", "economist", "review",
                                       "magazine", "daily", "weekly", "star", "sun", "globe", "record",
                                       "inquirer", "examiner", "bulletin", "courier", "monitor", "spectator",
                                       "week", "today", "shimbun", "zeitung", "spiegel", "figaro", "monde"};
    const char *w = name, *p;
    for (p = name; *p; p++)
        if (*p == ' ' || *p == '\n')
            w = p + 1;
    size_t n = (size_t)(p - w);
    for (size_t k = 0; k < NG_ARRAY_LEN(last); k++)
        if (strlen(last[k]) == n && !strncasecmp(w, last[k], n))
            return 1;
    return 0;
}

/* "the report said" (w: the document's noun): who issued the report the
 * four sentences before name with that noun: "a report by Harbour Watch",
 * "a report from …", "Harbour Watch's report", "Harbour Watch said in a
 * report" (the name right before "said in"); an organisation or person,
 * else -1. */
static int32_t doc_author(const qctx *q, size_t w)
{
    static const char by[][8] = {"by", "from", "of", "in"};
    static const char says[][8] = {"said", "says", "added", "stated", "reported"};
    const ng_doc *d = q->d;
    if (!q->sfirst)
        return -1;
    uint32_t sent = q->tk[w].sent;
    size_t lo = q->sfirst[sent > 4 ? sent - 4 : 0], n = tlen(q, w);
    for (size_t k = w; k-- > lo;) {
        if (tlen(q, k) != n || strncasecmp(ttext(q, k), ttext(q, w), n) || !is_lower_word(q, k))
            continue;
        int32_t r = -1;
        if (k + 2 < q->nt && TOK_IN(q, k + 1, by)) { /* "a report by Harbour Watch" */
            size_t mi = ng__mention_from(d, q->tk[k + 2].start);
            if (mi < d->mentions.n && d->mentions.v[mi].tok <= k + 3 && d->mentions.v[mi].tok >= k + 2)
                r = d->mentions.v[mi].entity;
        }
        size_t a = k; /* "Harbour Watch's annual report", "its 1986 report" */
        while (a > lo + 1 && k - a < 3 && (is_lower_word(q, a - 1) || q->tk[a - 1].kind == NG_TOK_NUMBER) &&
               !tok_eq(q, a - 1, "its"))
            a--;
        if (r < 0 && a >= 2 && is_poss(q, a - 1)) /* "Harbour Watch's report" */
            r = mention_entity_in(d, q->tk[a - 2].start, q->tk[a - 2].end, NULL);
        if (r < 0 && a >= 1 && tok_eq(q, a - 1, "its")) {
            r = subject_org(q, a - 1); /* "Acme said in its annual report" */
        }
        if (r < 0 && k >= 1 && is_cap(q, k - 1)) { /* "the Harbour Watch report" (an organisation) */
            int32_t o = mention_entity_in(d, q->tk[k - 1].start, q->tk[k - 1].end, NULL);
            if (org_entity(d, o))
                r = o;
        }
        if (r < 0) { /* "Harbour Watch said in a report", "…, Harbour Watch said in its report" */
            uint32_t ks = q->tk[k].sent;
            for (size_t j = k; j-- > lo && q->tk[j].sent == ks && k - j < 8 && r < 0;)
                if (TOK_IN(q, j, says) && j > 0 && tok_eq(q, j + 1, "in"))
                    /* the mention (of six words at most) ending right before "said" */
                    for (size_t m = ng__mention_from(d, q->tk[j > 6 ? j - 6 : 0].start);
                         m < d->mentions.n && d->mentions.v[m].tok < j; m++)
                        if (d->mentions.v[m].tok + d->mentions.v[m].ntok == j)
                            r = d->mentions.v[m].entity;
        }
        if (r >= 0 && (size_t)r < d->entities.n &&
            (d->entities.v[r].type == NG_ENT_ORG || d->entities.v[r].type == NG_ENT_PER))
            return r;
        return -1; /* (the nearest mention of the document decides) */
    }
    return -1;
}

/* "the spokesman" (sp: "the" and the spokes- word): the entity of the
 * indefinite one it takes up ("a Dock Power spokesman said … the spokesman
 * said" → Dock Power), the nearest unnamed speaker with that word in the
 * eight sentences before; -1 when there is none or a named one comes
 * first. */
static int32_t earlier_spokesman(const qctx *q, tspan sp)
{
    if (!q->sfirst)
        return -1;
    size_t n = tlen(q, sp.s + 1);
    int gender = n == 9 ? NG_GENDER_MALE : n == 11 ? NG_GENDER_FEMALE : NG_GENDER_UNKNOWN;
    tspan v = introduction(q, sp.s, sp.s, sp.s + 1, gender);
    return v.e > v.s ? resolve(q, v) : -1;
}


/* The country entity (a place the gazetteer calls a country) of code cc,
 * or -1. */
static int32_t country_entity(const ng_doc *d, const char *cc)
{
    for (size_t k = 0; k < d->entities.n; k++)
        if (d->entities.v[k].type == NG_ENT_LOC && d->entities.v[k].place == NG_PLACE_COUNTRY &&
            !memcmp(d->entities.v[k].country, cc, 2))
            return (int32_t)k;
    return -1;
}

/* "the government", "government officials", "the Polish government", "a
 * senior government official", "U.S. officials", "Brazilian authorities"
 * (these two with the country named only): the country whose government it is, as a
 * country entity: the country the phrase names (a country or its
 * demonym), else the one country the places and demonyms before it in the
 * text belong to; -1 when none or two are named, or the text names no
 * country entity for it (not "the state government", "local government"). */
static int32_t government_country(const qctx *q, tspan h)
{
    static const char members[][16] = {"official", "officials", "source", "sources", "spokesman", "spokeswoman",
                                       "spokesperson"};
    static const char lead[][8] = {"the", "a", "an", "senior", "top", "federal", "central", "national"};
    const ng_doc *d = q->d;
    if (h.e <= h.s)
        return -1;
    static const char people[][16] = {"official", "officials", "authorities"};
    size_t g = h.e - 1;
    /* "U.S. officials", "Brazilian authorities": a country's own (with a
     * country or demonym before the noun only) */
    int named_only = g > h.s && is_lower_word(q, g) && TOK_IN(q, g, people);
    if (g > h.s && TOK_IN(q, g, members) && is_lower_word(q, g) && tok_eq(q, g - 1, "government"))
        g--, named_only = 0;
    if (!named_only && !tok_eq(q, g, "government"))
        return -1;
    char cc[3] = "";
    size_t m = ng__mention_from(d, q->tk[h.s].start);
    for (size_t k = h.s; k < g; k++) {
        while (m < d->mentions.n && d->mentions.v[m].end <= q->tk[k].start)
            m++;
        if (m < d->mentions.n && d->mentions.v[m].start <= q->tk[k].start) {
            /* a country or its demonym: "U.S.", "Polish" */
            const ng_entity *e = d->mentions.v[m].entity >= 0 ? &d->entities.v[d->mentions.v[m].entity] : NULL;
            if (!e || !e->country[0] || cc[0] ||
                !((e->type == NG_ENT_LOC && e->place == NG_PLACE_COUNTRY) || e->type == NG_ENT_MISC))
                return -1;
            memcpy(cc, e->country, 3);
            while (k + 1 < g && q->tk[k + 1].end <= d->mentions.v[m].end)
                k++;
        } else if (!TOK_IN(q, k, lead))
            return -1; /* "the state government", "Kerrin's government" */
    }
    if (!cc[0] && named_only)
        return -1;
    if (!cc[0]) /* the one country the text names before the phrase */
        for (size_t i = 0; i < d->mentions.n && d->mentions.v[i].start < q->tk[h.s].start; i++) {
            int32_t k = d->mentions.v[i].entity;
            if (k < 0 || (size_t)k >= d->entities.n)
                continue;
            const ng_entity *e = &d->entities.v[k];
            if ((e->type != NG_ENT_LOC && e->type != NG_ENT_MISC) || !e->country[0])
                continue;
            if (cc[0] && memcmp(cc, e->country, 2))
                return -1;
            memcpy(cc, e->country, 3);
        }
    return cc[0] ? country_entity(d, cc) : -1;
}

/* The entity of a speaker phrase (its head mention, role reference or
 * pronoun antecedent), or -1. */
static int32_t resolve(const qctx *q, tspan sp)
{
    if (sp.e <= sp.s)
        return -1;
    if (sp.e - sp.s > 2 && tok_eq(q, sp.e - 1, ">"))
        sp.e--; /* "maker <Acme Ltd>" (np_before) */
    if (sp.e - sp.s >= 2 && is_poss(q, sp.e - 1) && sp.e < q->nt && say_tell_add(q, sp.e))
        sp.e--; /* "Moody's said" (np_before): the name's mention ends before its 's */
    sp.e = before_day(q, sp); /* "Seaga yesterday said" (np_before keeps the day) */
    for (size_t k = sp.s + 1; k + 1 < sp.e; k++)
        if (is_lower_word(q, k) && (tok_eq(q, k, "who") || tok_eq(q, k, "which"))) { /* (not "(WHO)") */
            /* a relative clause is no part of the head: "the Harbour
             * Association, which counts the ferries," */
            tspan before = {sp.s, (uint32_t)(is_punct(q, k - 1, ",") ? k - 1 : k)};
            return before.e > before.s ? resolve(q, before) : -1;
        }
    const ng_doc *d = q->d;
    if (sp.e - sp.s > 4 && is_punct(q, sp.e - 1, ")") && is_punct(q, sp.e - 3, "(")) {
        /* "The United Dock Workers union (UDW)": the phrase before the
         * brackets, else the short name's entity (not after two names:
         * "Dock Power (DP) and Harbour Watch (HW)") */
        tspan before = {sp.s, sp.e - 3};
        int32_t r = resolve(q, before);
        const char *a = ttext(q, sp.e - 2);
        size_t up = 0, n = tlen(q, sp.e - 2);
        for (size_t k = 0; k < n; k++)
            up += a[k] >= 'A' && a[k] <= 'Z';
        if (r >= 0 || coordinated(q, before) || up < 2)
            return r; /* (a short name in capitals: not "the Mumbai (Bombay)") */
        return mention_entity_in(d, q->tk[sp.e - 2].start, q->tk[sp.e - 2].end, NULL);
    }
    if (sp.e - sp.s == 2 && is_the(q, sp.s)) {
        /* "the company said": the organisation the text is about, before the
         * entity layer's nearest one ("… for the Acme PC, the company said");
         * "the spokesman said": who "a Dock Power spokesman" spoke for */
        static const char press[][16] = {"paper", "newspaper", "magazine"};
        int32_t r = -1;
        if (TOK_IN(q, sp.s + 1, body_nouns)) {
            r = body_subject(q, sp.s, 0, 0);
            /* "…, the Chamber of Mines said. … the union said": a union
             * named before rather than the body that spoke last, when that
             * one's name is no union's (nor a short name: "UAW") */
            if (r >= 0 && tok_eq(q, sp.s + 1, "union") &&
                !name_has_word(d->entities.v[r].name, "union", 5) && !acronym(d->entities.v[r].name)) {
                int32_t u = named_body(q, sp.s, sp.s + 1);
                if (u >= 0)
                    r = u;
            }
            if (r < 0) /* (no body spoke: one named before with the noun, "the Bank of Kerrin") */
                r = named_body(q, sp.s, sp.s + 1);
        }
        else if (TOK_IN(q, sp.s + 1, press)) {
            /* "the paper said": the nearest speaking or subject body, when
             * its name is a paper's ("The Jakarta Post said … the paper
             * said"; not "Qantas has argued … the newspaper said") */
            r = body_subject(q, sp.s, 0, 0);
            if (r >= 0 && !outlet_name(d->entities.v[r].name))
                r = -1;
        } else if (is_spokes(q, sp.s + 1))
            r = earlier_spokesman(q, sp);
        if (r >= 0)
            return r;
    }
    if (sp.e - sp.s >= 2 && sp.e - sp.s <= 3 && is_the(q, sp.s) &&
        is_lower_word(q, sp.e - 1) && TOK_IN(q, sp.e - 1, doc_nouns) && (sp.e - sp.s == 2 || is_lower_word(q, sp.s + 1))) {
        int32_t r = doc_author(q, sp.e - 1);
        if (r >= 0)
            return r;
    }
    uint32_t bs = q->tk[sp.s].start, be = q->tk[sp.e - 1].end;
    if (sp.e - sp.s == 1) {
        char w[24];
        size_t n = LOW(sp.s, w);
        if (n && (!strcmp(w, "he") || !strcmp(w, "she")))
            return resolve_pronoun(q, sp.s, w[0] == 'h' ? NG_GENDER_MALE : NG_GENDER_FEMALE);
        if (n && !strcmp(w, "it"))
            return body_subject(q, sp.s, 1, 0);
        if (n && (wcls(q, sp.s, w, n) & NG_QW_PRONOUN))
            return -1;
    }
    int32_t r = roleref_entity_in(d, bs, be);
    if (r >= 0)
        return r;
    if (sp.e - sp.s == 2 && is_the(q, sp.s) && !is_spokes(q, sp.s + 1) &&
        unnamed_noun(q, sp.s + 1, NG_GENDER_UNKNOWN)) {
        /* "the official said": whom the indefinite one before it spoke for
         * ("a senior Finance Ministry official said … the official said"),
         * as "the spokesman" (no person known by that office: the role
         * reference above) */
        tspan v = introduction(q, sp.s, sp.s, sp.s + 1, NG_GENDER_UNKNOWN);
        return v.e > v.s ? resolve(q, v) : -1;
    }
    tspan by, h = phrase_head(q, sp, &by);
    if (coordinated(q, h))
        return -1;
    r = mention_entity_in(d, q->tk[h.s].start, q->tk[h.e - 1].end, NULL);
    if (r < 0 && by.e > by.s) {
        /* who stands behind it: an author ("a study by Ann Berg"), an
         * organisation ("a spokeswoman for Harbour Watch"); not a place
         * ("traders in Ohio") */
        tspan by2, h2 = phrase_head(q, by, &by2);
        if (coordinated(q, h2))
            return -1;
        r = mention_entity_in(d, q->tk[h2.s].start, q->tk[h2.e - 1].end, NULL);
        unsigned t = r >= 0 ? d->entities.v[r].type : NG_ENT_NONE;
        if (t == NG_ENT_LOC || (t == NG_ENT_PER && !tok_eq(q, by.s - 1, "by")))
            r = -1;
    }
    if (r >= 0 || by.e > by.s)
        return r;
    static const char members[][16] = {"official", "officials", "source", "sources", "executives"};
    int member = h.e - h.s >= 2 && h.e - h.s <= 6 && is_lower_word(q, h.e - 1) && TOK_IN(q, h.e - 1, members) &&
                 !has_former(q, h);
    if (h.e - h.s >= 2 && h.e - h.s <= 4 && (is_spokes(q, h.e - 1) || (is_lower_word(q, h.e - 1) && TOK_IN(q, h.e - 1, doc_nouns)))) {
        /* "a Vodafone spokesman", "an EU spokeswoman", "the IMF report": the
         * body named before the spokes- word or document (an organisation;
         * "a Vance spokesman" is Vance's) */
        r = mention_entity_in(d, q->tk[h.s].start, q->tk[h.e - 2].end, NULL);
        if (r >= 0 && (d->entities.v[r].type == NG_ENT_LOC ||
                       (d->entities.v[r].type == NG_ENT_MISC && !is_spokes(q, h.e - 1))))
            r = -1; /* (not "the Republican report") */
    } else if (member && !has_and(q, h)) {
        /* "Finance Ministry officials", "senior USDA officials", "EC
         * sources": the organisation named before the noun (not a place or
         * a people: "U.S. officials", "Japanese officials") */
        int32_t k = mention_entity_in(d, q->tk[h.s].start, q->tk[h.e - 2].end, NULL);
        if (org_entity(d, k))
            r = k;
    }
    static const char co[][8] = {"company", "firm"};
    if (r < 0 && (member || is_spokes(q, h.e - 1)) && h.e - h.s >= 2 &&
        (is_lower_word(q, h.e - 2) || (h.e - 2 == h.s && is_word(q, h.s))) && plain_lead(q, h.s, h.e - 2)) {
        if (TOK_IN(q, h.e - 2, co))
            r = story_org(d); /* "a company spokesman", "a senior company official" */
        else if (TOK_IN(q, h.e - 2, body_nouns))
            r = named_body(q, h.s, h.e - 2); /* "a bank spokesman", "union officials" */
    }
    if (r < 0 && h.e - h.s == 2 && tok_eq(q, h.s, "a") && is_spokes(q, h.s + 1) &&
        q->sfirst) {
        /* "a spokesman said" alone: the organisation that spoke or was the
         * subject before, as for "the company" ("Mannesmann AG said … a
         * spokesman said"); in the story's first two sentences also the
         * organisation it opens with */
        r = subject_org(q, h.s);
        if (r < 0 && q->tk[h.s].sent < 2)
            r = story_org(d);
    }
    if (r < 0)
        r = government_country(q, h);
    if (r < 0)
        r = possessor_entity(q, h);
    return r >= 0 ? r : described_person(q, h);
}

/* Is the source phrase something other than a person (organisation, outlet,
 * document, a group of officials)? */
static int nonperson(const qctx *q, tspan sp, int32_t ent)
{
    if (sp.e <= sp.s)
        return 0;
    sp.e = before_day(q, sp); /* "The company today" (np_before keeps the day): the phrase is its kind */
    /* he/she is a person whatever it resolves to ("a Canon spokesman said
     * … He said": Canon) */
    if (sp.e - sp.s == 1 && (tok_eq(q, sp.s, "he") || tok_eq(q, sp.s, "she")))
        return 0;
    if (ent >= 0) {
        /* "Mr Vance's spokesman", "Oxfam's report": an attribution, as "a
         * spokesman for …" (the head is worked out only where a possessive
         * can make an owner: most entities are a name) */
        for (size_t k = sp.s + 1; k + 1 < sp.e; k++)
            if (is_poss(q, k)) {
                tspan by, h = phrase_head(q, sp, &by);
                if (by.e <= by.s && possessor_entity(q, h) == ent)
                    return 1;
                break;
            }
        return q->d->entities.v[ent].type != NG_ENT_PER;
    }
    tspan by, h = phrase_head(q, sp, &by);
    if (coordinated(q, h)) { /* "France and Germany": their kind */
        uint8_t type = NG_ENT_NONE;
        mention_entity_in(q->d, q->tk[h.s].start, q->tk[h.e - 1].end, &type);
        if (type != NG_ENT_NONE)
            return type != NG_ENT_PER;
    }
    if (h.e < sp.e || h.s > sp.s) {
        for (size_t i = h.s; i < h.e; i++)
            if (group_word(q, i, i == h.s))
                return 1; /* "figures released by …", "traders in Ohio" */
        sp = h;
    }
    uint8_t type = NG_ENT_NONE;
    if (mention_entity_in(q->d, q->tk[sp.s].start, q->tk[sp.e - 1].end, &type) < 0 && type != NG_ENT_NONE)
        return type != NG_ENT_PER;
    char w[24];
    size_t n = LOW(sp.e - 1, w);
    if (sp.e - sp.s == 1 && n && !strcmp(w, "it"))
        return 1;
    if (n && (wcls(q, sp.e - 1, w, n) & NG_QW_PRONOUN))
        return 0;
    if (n && (wcls(q, sp.e - 1, w, n) & NG_QW_SOURCE_NOUN))
        return 1;
    for (size_t i = sp.s; i < sp.e; i++) {
        n = LOW(i, w);
        if (!n || !is_cap(q, i))
            continue;
        if ((wcls(q, i, w, n) & NG_QW_OUTLET_WORD))
            return 1;
        if ((q->tk[i].flags & NG_TF_ALLCAP) && n >= 2)
            return 1;
    }
    return 0;
}

/* ---- output ---- */

static uint32_t bstart(const qctx *q, size_t t) { return q->tk[t].start; }
static uint32_t bend(const qctx *q, size_t t) { return q->tk[t].end; }

/* Does token i lie in no mention of the entity tagger (a capitalised word
 * opening the sentence that names no one: "Real estate mogul and …")? */
static int no_mention(const qctx *q, size_t i)
{
    uint8_t type = NG_ENT_NONE;
    return mention_entity_in(q->d, bstart(q, i), bend(q, i), &type) < 0 && type == NG_ENT_NONE;
}

/* The first token after a dateline ("THE HAGUE —", "TALLINN, Estonia —",
 * "ORLANDO, Fla. (Reuters) -", "Washington (AFP) –") that opens a paragraph
 * at token a, or a when there is none: skip_dateline's scan with no bound
 * but the document's end (b = q->nt). */
static size_t dateline_end(const qctx *q, size_t a)
{
    size_t b = q->nt;
    int caps = 0, comma = 0;
    for (size_t k = a; k < b && k < a + 10; k++) {
        if (is_dash(q, k)) {
            /* (a place in capitals, or "Place, Month D -": "Detroit, March 4 -") */
            int date = k > a + 2 && q->tk[k - 1].kind == NG_TOK_NUMBER && is_cap(q, k - 2) &&
                       is_punct(q, k - 3, ",");
            return (caps || date) && k + 1 < b ? k + 1 : a;
        }
        if (is_punct(q, k, ",")) {
            comma = 1;
            continue;
        }
        if (k > a && is_poss(q, k))
            continue; /* (ST. JOHN'S) */
        if (k > a && (is_punct(q, k, "(") || is_punct(q, k, ")") || is_punct(q, k, ".") ||
                      q->tk[k].kind == NG_TOK_NUMBER || q->tk[k].kind == NG_TOK_ABBREV))
            continue; /* "ORLANDO, Fla. (Reuters) -", "Aug 27 (Reuters) -", "N.C." */
        if (!is_word(q, k) && q->tk[k].kind != NG_TOK_ABBREV)
            return a;
        const char *t = ttext(q, k);
        size_t n = q->tk[k].end - q->tk[k].start, up = 0, low = 0, other = 0;
        for (size_t j = 0; j < n; j++) {
            up += t[j] >= 'A' && t[j] <= 'Z', low += t[j] >= 'a' && t[j] <= 'z';
            other += !(t[j] >= 'A' && t[j] <= 'Z') && !(t[j] >= 'a' && t[j] <= 'z') && t[j] != '-' && t[j] != '.';
        }
        caps |= !low && !other && up > 1; /* a word in capitals: the place ("WINSTON-SALEM", "ST.") */
        if (!up)
            return a; /* a lower-case word: running text */
        if (low && caps && !comma)
            return a; /* a name after capitals ("DJ Ann Berg - aka …"), not "New York, March 4 -" */
    }
    return a;
}

/* dateline_end() within token range [a, b): the scan reads the same tokens
 * whatever b is, up to the dash it stops at, so its answer r bounded by b
 * is r when r < b (the dash before r lies in the range, as the token after
 * it must), else a; a paragraph-opening token's r is kept in q->dl. */
static size_t skip_dateline(const qctx *q, size_t a, size_t b)
{
    uint32_t s = q->tk[a].start;
    if (s && q->d->text[s - 1] != '\n')
        return a;
    size_t r;
    dl_memo *m = q->dl;
    if (!m)
        r = dateline_end(q, a);
    else {
        size_t slot = a % DL_MEMO;
        if (m->tok[slot] != a)
            m->tok[slot] = (uint32_t)a, m->end[slot] = (uint32_t)dateline_end(q, a);
        r = m->end[slot];
    }
    return r > a && r < b ? r : a;
}

/* Does trim drop token i at a range's start: a comma, colon or dash, or
 * "that"?  (the token's kind first: the punctuation's tests read only
 * punctuation) */
static int trim_head(const qctx *q, size_t i)
{
    if (q->tk[i].kind == NG_TOK_PUNCT)
        return is_punct(q, i, ",") || is_punct(q, i, ":") || is_dash(q, i);
    return is_lower_word(q, i) && tok_eq(q, i, "that");
}

/* Does trim drop token i at a range's end: sentence punctuation, a comma,
 * semicolon, colon or dash, or "and", "but", "or"?  (the kind, then the
 * words' lengths before their bytes: most ends are other words) */
static int trim_tail(const qctx *q, size_t i)
{
    if (q->tk[i].kind == NG_TOK_PUNCT && (is_terminal(q, i) || is_punct(q, i, ",") || is_punct(q, i, ";") ||
                                          is_punct(q, i, ":") || is_dash(q, i)))
        return 1;
    size_t n = tlen(q, i);
    return (n == 3 && (tok_eq(q, i, "and") || tok_eq(q, i, "but"))) || (n == 2 && tok_eq(q, i, "or"));
}

/* Trims token range [a, b) of a leading dateline, "that", commas and colons
 * and of trailing sentence punctuation; returns 0 when nothing is left. */
static int trim(const qctx *q, size_t *a, size_t *b)
{
    if (*a < *b)
        *a = skip_dateline(q, *a, *b);
    while (*a < *b && trim_head(q, *a))
        (*a)++;
    while (*b > *a && trim_tail(q, *b - 1))
        (*b)--;
    return *b > *a;
}

/* Is lemma a speech act whose content is its object ("accused X of …",
 * "called for …", "vowed to …")?  Such items are speech, not stances. */
static int speech_act(const char *lemma)
{
    static const char *const acts[] = {
        "accuse", "address", "allude to", "answer", "apologize", "applaud", "articulate", "ask about",
        "assail", "attack", "bash", "blame", "blast", "brush off", "call", "call for", "challenge",
        "characterize", "cite", "coin", "come out against", "complain about", "condemn",
        "congratulate", "convey", "credit", "criticize", "decline", "decry", "defend", "deflect",
        "denounce", "deny", "deride", "describe", "detail", "disavow", "discuss", "dismiss", "dispute",
        "double down on", "dub", "echo", "endorse", "express", "fire back at", "go after", "hail",
        "highlight", "hit back at", "justify", "knock", "label", "lambaste", "lash out at", "laud",
        "lay out", "liken", "make no mention of", "make no secret of", "make the case", "mock",
        "outline", "play down", "plead", "pledge", "point to", "portray", "praise", "promise",
        "protest", "push for", "question", "quote", "rail against", "rebuke", "rebut", "refer to",
        "reference", "refuse", "refute", "reject", "request", "respond", "rip",
        "single out", "slam", "spar with", "speak about", "speak of", "speak out", "take aim at",
        "take issue with", "talk about", "tease", "thank", "threaten", "tout", "utter", "vent",
        "voice", "vow", "walk back", "warn", "warn against", "warn of", "weigh in on"};
    size_t lo = 0, hi = NG_ARRAY_LEN(acts);
    while (lemma && lo < hi) { /* sorted: binary search */
        size_t mid = lo + (hi - lo) / 2;
        /* (strcmp's order: the first bytes as unsigned char, then the rest) */
        int c = (unsigned char)lemma[0] - (unsigned char)acts[mid][0];
        if (!c)
            c = strcmp(lemma, acts[mid]);
        if (!c)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* 1 when the verb cue at token c is negated: "not", "never", "n't" before
 * it, perhaps with an -ly adverb between ("did not publicly say"). */
static int negated_cue(const qctx *q, size_t c)
{
    size_t j = c;
    if (j > 0 && n_ly(q, j - 1))
        j--;
    if (j == 0)
        return 0;
    return tok_eq(q, j - 1, "not") || tok_eq(q, j - 1, "never") || tok_eq(q, j - 1, "n't") ||
           tok_eq(q, j - 1, "n\xE2\x80\x99t");
}

/* The NG_QS_* classes of token i (a word or abbreviation), else 0. */
static unsigned scls(const qctx *q, size_t i)
{
    if (!(q->wc[i] & NG_QW_SRC)) /* (set by ng__q_fold_tokens for listed words only) */
        return 0;
    return ng__q_src_class(ttext(q, i), tlen(q, i));
}

/* Where does a trailing aside of the speaker's stance start, the comma
 * before it ("Sanders, to his credit", "Brian Murphy, the chairman of the
 * county party, for example", "Liveris, of course")?  The phrase [s, e)
 * then ends at that comma; NONE when it ends otherwise.  Only fixed
 * discourse phrases (the single adverbs like "however" are trimmed by
 * clean_source's tail words already, when no clause comes before). */
static size_t stance_aside(const qctx *q, size_t s, size_t e)
{
    static const char poss[][8] = {"his", "her", "its", "their", "my", "our"};
    if (e > s && is_punct(q, e - 1, ","))
        e--;
    if (e < s + 4)
        return NONE;
    size_t c = NONE;
    if (tok_eq(q, e - 1, "credit") && tok_eq(q, e - 3, "to") && TOK_IN(q, e - 2, poss))
        c = e - 4; /* "to his credit" */
    else if (tok_eq(q, e - 1, "part") && tok_eq(q, e - 3, "for") && TOK_IN(q, e - 2, poss))
        c = e - 4; /* "for his part" */
    else if ((tok_eq(q, e - 1, "course") && tok_eq(q, e - 2, "of")) ||
             ((tok_eq(q, e - 1, "example") || tok_eq(q, e - 1, "instance")) && tok_eq(q, e - 2, "for")) ||
             (tok_eq(q, e - 1, "turn") && tok_eq(q, e - 2, "in")))
        c = e - 3; /* "of course", "for example", "in turn" */
    if (c == NONE || c <= s || !is_punct(q, c, ","))
        return NONE;
    return c;
}

/* Cleans a source phrase before it is written: drops a leading conjunction
 * ("But Berg") and trailing adverbials of time and manner ("Berg later",
 * "Berg on Monday", "Berg, however", "Berg at the time", "Berg in a
 * statement"); returns 0 when what is left is no noun phrase at all: a
 * phrase that opens with a preposition ("In an interview", "Despite"), ends
 * with one ("no sign of"), is only a time ("A few minutes later", "Also
 * Monday") or a single lower-case word that is no pronoun ("indeed",
 * "uttering").  The span is the mention a user sees; these are never one.
 * One class lookup per token looked at (quotes_lex.c: NG_QS_*). */
static int clean_source(const qctx *q, tspan *sp)
{
    size_t s = sp->s, e = sp->e;
    if (e <= s || (e - s == 1 && (q->wc[s] & NG_QW_PRONOUN)))
        return 1; /* (most sources: "he", "she") */
    size_t k0 = s;
    while (k0 < e && k0 - s < 40 && (is_cap(q, k0) || is_poss(q, k0)) &&
           !(q->wc[k0] & NG_QW_WEEKDAY))
        k0++;
    unsigned c0 = scls(q, s); /* the classes of token s */
    if (k0 == e && !(c0 & (NG_QS_LEAD | NG_QS_PREP)))
        return 1; /* a name ("Sen. Ann Berg", "Berg's"): nothing to cut */
    while (e - s > 1 && s - sp->s < 4 && (is_punct(q, s, ",") || (c0 & NG_QS_LEAD)))
        c0 = scls(q, ++s);
    if (e - s > 2 && (c0 & NG_QS_PREP) && !(q->wc[s] & NG_QW_PRONOUN))
        for (size_t k = s + 1; k + 1 < e && k - s < 8; k++)
            if (is_punct(q, k, ",")) {
                s = k + 1; /* "On Monday night, a group of experts" */
                c0 = scls(q, s);
                break;
            }
    size_t aside = stance_aside(q, s, e);
    if (aside != NONE)
        e = aside; /* "Sanders, to his credit" */
    /* adverbials are trimmed only after a name or a short phrase with no
     * clause of its own: "a poll released Monday", "Berg, who spoke on
     * Monday" keep theirs */
    int clause = 0;
    if (e - s > 40)
        clause = 1; /* (a long phrase has a clause of its own; and the scans stay bounded) */
    for (size_t k = s; k < e && !clause; k++) {
        char c = ttext(q, k)[0];
        if (q->tk[k].kind == NG_TOK_PUNCT)
            clause = is_punct(q, k, ",") || is_dash(q, k);
        else if ((c | 0x20) == 'w')
            clause = tok_eq(q, k, "who") || tok_eq(q, k, "which");
        else if (k > s && c >= 'a' && c <= 'z' && is_word(q, k))
            clause = ends_ed(q, k) || tok_eq(q, k, "out") || tok_eq(q, k, "taken");
    }
    size_t last = SIZE_MAX; /* the token whose classes cl holds */
    unsigned cl = 0;
    for (int round = 0; round < 4 && e - s > 1 && !clause; round++) {
        size_t l = e - 1;
        if (is_punct(q, l, ",") || is_dash(q, l)) {
            e--;
            continue;
        }
        if (!is_word(q, l) && q->tk[l].kind != NG_TOK_NUMBER)
            break;
        cl = is_lower_word(q, l) ? scls(q, l) : 0, last = l;
        if ((cl & NG_QS_TAIL) && !(e == sp->e && e < q->nt && q->cue[e] && day_word(q, l))) {
            e--; /* "Berg later", "Berg, however" (but "Seaga yesterday said" keeps its day, as
                  * PolNeAR draws "Clinton defenders today argue") */
            continue;
        }
        if ((q->wc[l] & NG_QW_WEEKDAY) || (q->tk[l].kind == NG_TOK_NUMBER && l > s && is_cap(q, l - 1))) {
            /* "Berg on Monday", "Berg Sunday night", "Berg on June 3" */
            size_t k = l;
            while (k > s + 1 && l - k < 3 && (q->wc[k - 1] & NG_QW_WEEKDAY))
                k--;
            if (q->tk[l].kind != NG_TOK_NUMBER && k > s && is_cap(q, k - 1) && !(q->wc[k - 1] & NG_QW_WEEKDAY))
                break; /* "Super Tuesday" */
            if (q->tk[l].kind == NG_TOK_NUMBER)
                k = l - 1; /* the month */
            if (k > s + 1 && (tok_eq(q, k - 1, "on") || (is_lower_word(q, k - 1) && (scls(q, k - 1) & NG_QS_REL))))
                k--;
            if (q->tk[l].kind == NG_TOK_NUMBER && !tok_eq(q, k, "on"))
                break; /* a number after a capital is no date by itself ("Group 7") */
            if (k > s && is_cap(q, k - 1)) { /* after a name: not "a poll last Monday" */
                e = k;
                continue;
            }
            break;
        }
        if ((cl & NG_QS_PERIOD) && l > s + 1 && is_lower_word(q, l - 1) && (scls(q, l - 1) & NG_QS_REL)) {
            size_t k = l - 1; /* "the judge last month", "Berg this past week" */
            if (k > s + 1 && tok_eq(q, k, "past") && tok_eq(q, k - 1, "this"))
                k--;
            if (k > s + 1 && tok_eq(q, k - 1, "at"))
                k--;
            if (!is_cap(q, k - 1))
                break; /* after a name only: not "a poll last week" */
            e = k;
            continue;
        }
        if (cl && tok_eq(q, l, "time") && l > s + 2 && tok_eq(q, l - 1, "the") && tok_eq(q, l - 2, "at")) {
            if (!is_cap(q, l - 3))
                break;
            e = l - 2; /* "Berg at the time" */
            continue;
        }
        if (l > s + 1 && tok_eq(q, l, "course") && tok_eq(q, l - 1, "of")) {
            e = l - 1;
            continue;
        }
        if (l > s + 1 && (tok_eq(q, l, "example") || tok_eq(q, l, "instance")) && tok_eq(q, l - 1, "for")) {
            e = l - 1;
            continue;
        }
        if (cl & NG_QS_VENUE) {
            /* "Berg in a statement", "Trump in his announcement speech" */
            size_t k = l;
            while (k > s + 1 && l - k < 4 && !tok_eq(q, k - 1, "in"))
                k--;
            if (k > s + 1 && tok_eq(q, k - 1, "in") && k - 1 > s) {
                e = k - 1;
                continue;
            }
        }
        break;
    }
    if (e <= s)
        return 0;
    if ((c0 & NG_QS_PREP) && !(q->wc[s] & NG_QW_PRONOUN))
        return 0; /* "In an interview", "Despite" */
    if (last != e - 1)
        cl = e - 1 == s ? c0 : is_lower_word(q, e - 1) ? scls(q, e - 1) : 0, last = e - 1;
    if (!clause && is_lower_word(q, e - 1) && (cl & NG_QS_PREP) && !tok_eq(q, e - 1, "including"))
        return 0; /* "no sign of", "leaning toward" */
    int only_time = 1, core = 0;
    for (size_t k = s; k < e && only_time; k++) { /* (stops at the first word that is no time) */
        if (k - s >= 40) {
            only_time = 0;
            break;
        }
        unsigned ck = k == s ? c0 : k == last && is_lower_word(q, k) ? cl : scls(q, k);
        only_time = (q->wc[k] & NG_QW_WEEKDAY) || (ck & NG_QS_GLUE) || q->tk[k].kind == NG_TOK_NUMBER ||
                    is_punct(q, k, ",") || ((ck & NG_QS_TIME) && is_lower_word(q, k));
        core |= (q->wc[k] & NG_QW_WEEKDAY) || ((ck & NG_QS_TIME) && is_lower_word(q, k));
    }
    if (only_time && core)
        return 0; /* "A few minutes later", "Also Monday", "the day" */
    static const char one[][16] = {"who", "which", "his", "her", "its", "their", "people",
                                   "police", "everyone", "everybody", "someone", "somebody",
                                   "anyone", "anybody", "nobody", "none", "few", "all", "each",
                                   "either", "neither", "government", "media", "public", "staff",
                                   "leadership", "management", "administration", "military",
                                   "press", "official", "whom", "clergy"};
    if (e - s == 1 && is_lower_word(q, s) && !(q->wc[s] & (NG_QW_PRONOUN | NG_QW_DETERMINER)) &&
        ((q->wc[s] & (NG_QW_STOPWORD | NG_QW_AUX)) || n_ly(q, s) || ends_ing(q, s) || ends_ed(q, s) ||
         ttext(q, s)[tlen(q, s) - 1] != 's') &&
        !TOK_IN(q, s, one))
        return 0; /* "indeed", "uttering", "kept", "direct": one lower-case word that is no
                   * plural, pronoun, quantifier or collective ("officials", "most", "police") */
    static const char opener[][16] = {"back", "once", "besides", "then", "there", "here", "now", "still",
                                      "also", "instead", "meanwhile", "initially", "hours", "getting",
                                      "later", "earlier", "again", "yet", "thus", "hastily"};
    if (e - s == 1 && is_word(q, s) && TOK_IN(q, s, opener))
        return 0; /* "Back in 1999, Berg …", "Once he was mayor, …": an opener, in any case */
    sp->s = (uint32_t)s, sp->e = (uint32_t)e;
    return 1;
}

/* prepositions of an agent or object (participle_object, phrase_left) */
static const char agent_preps[][8] = {"by", "for", "in", "on", "with", "from", "at", "to", "into"};

/* The noun phrase that ends at end (a verb's position, after the
 * auxiliaries before it are passed over), taken left as far as a subject
 * goes: the subject of the verb a participle cue follows ("Berg issued a
 * statement saying", "Sanders started out the debate saying"). */
static int subject_of_verb(const qctx *q, size_t end, size_t lo, tspan *sp)
{
    end = skip_aux_back(q, end, lo);
    tspan s;
    np_before(q, end, lo, &s, 0);
    if (s.e != end || s.e <= s.s)
        return 0;
    extend_left(q, &s, lo);
    *sp = s;
    return 1;
}

/* A noun phrase right before a participle cue, with no comma between, is
 * most often no speaker: the object of another verb or a preposition ("the
 * mayor released a statement saying …", "during a speech attacking …").
 * PolNeAR draws the clause's subject or nothing there; measured on its
 * train split such sources were right about one time in five, too rarely to
 * keep (a wrong source costs more than a null one).  After "with" the phrase
 * is the speaker ("with 40 percent saying …"), and so is "those" ("those
 * supporting …"). */
static int participle_object(const qctx *q, tspan src, tspan cue)
{
    if (!(cue.e > cue.s && src.e > src.s && src.e == cue.s && is_lower_word(q, cue.s) && ends_ing(q, cue.s) &&
          !(src.s > 0 && tok_eq(q, src.s - 1, "with")) && !(src.e == src.s + 1 && tok_eq(q, src.s, "those"))))
        return 0;
    static const char stance[][16] = {"supporting", "backing", "opposing"};
    /* (after a preposition, only a phrase that opens with a determiner:
     * "gave $10 million to a group backing Bush" is the group's stance, as
     * PolNeAR draws it; not "to recruit pastors supporting …") */
    if (!TOK_IN(q, cue.s, stance) || cue.s + 1 >= q->nt || !is_word(q, cue.s + 1) || !is_cap(q, cue.s + 1) ||
        (src.s > 0 && is_lower_word(q, src.s - 1) && TOK_IN(q, src.s - 1, agent_preps) &&
         !(q->wc[src.s] & NG_QW_DETERMINER)))
        return 1;
    if (is_lower_word(q, src.e - 1) && (q->wc[src.e - 1] & NG_QW_STOPWORD))
        return 1; /* ("the offense of supporting …") */
    for (size_t k = src.s; k < src.e && k - src.s < 12; k++)
        if (is_lower_word(q, k) && (TOK_IN(q, k, agent_preps) || (q->wc[k] & NG_QW_AUX) || ends_ed(q, k)))
            return 1; /* (the object of a preposition or verb inside: "gave money to a group",
                       * "Many carried placards") */
    return 0; /* "super PACs supporting Kasich", "a family of groups backing Berg": who backs the name */
}

/* A participle cue after a document its clause's subject put out ("Berg
 * released a statement saying …", "the campaign sent out a fundraising email
 * Wednesday stressing …", "Vance wrote a letter to the board asking …"):
 * the source is that subject, not the document (participle_object would
 * give none).  i is the cue; up to eight tokens of the document's phrase
 * (its modifiers, a time, an addressee) stand between the publishing verb
 * and the cue, with no punctuation.  On PolNeAR fit such participles were
 * a gold cue 28 times in 34, the subject their source in all but one.
 * Returns 1 with *sp the subject, else 0 (*sp empty). */
Q_RARE static int document_sender(const qctx *q, size_t i, size_t lo, tspan *sp)
{
    static const char doc[][16] = {"statement", "statements", "letter", "letters", "message", "messages",
                                   "release", "memo", "email", "emails", "e-mail", "tweet", "tweets",
                                   "petition", "response", "op-ed", "editorial", "post", "note",
                                   "video", "videos", "ad", "ads", "advertisement", "speech", "address",
                                   "pitch", "book", "column", "article", "essay"};
    static const char verb[][16] = {"released", "releases", "release", "issued", "issues", "issue",
                                    "sent", "sends", "send", "posted", "posts", "published", "publishes",
                                    "wrote", "writes", "write", "penned", "started", "launched", "signed",
                                    "circulated", "put", "fired", "blasted", "tweeted", "shared", "made", "makes",
                                    "make", "making", "gave", "gives", "give", "giving", "delivered", "delivers",
                                    "deliver", "delivering", "aired", "airs", "air", "ran", "runs", "run",
                                    "running", "unveiled", "unveils", "releasing", "posting", "writing"};
    static const char det[][8] = {"a", "an", "the", "his", "her", "its", "their", "our", "my"};
    sp->s = sp->e = 0;
    size_t d = NONE; /* the document noun */
    for (size_t k = i; k-- > lo + 2 && i - k <= 8;) {
        if (!is_word(q, k) && q->tk[k].kind != NG_TOK_NUMBER)
            return 0;
        if (is_lower_word(q, k) && TOK_IN(q, k, doc)) {
            d = k;
            break;
        }
    }
    if (d == NONE)
        return 0;
    size_t a = d; /* its determiner, at most three modifiers before the noun */
    while (a > lo && d - a < 4 && !(is_lower_word(q, a - 1) && TOK_IN(q, a - 1, det)))
        a--;
    if (a <= lo + 1 || !(is_lower_word(q, a - 1) && TOK_IN(q, a - 1, det)))
        return 0;
    for (size_t k = a; k < d; k++)
        if (!is_word(q, k) || (q->wc[k] & NG_QW_STOPWORD))
            return 0;
    size_t v = a - 1; /* the publishing verb, before an "out" or "back" */
    if (v > lo + 1 && (tok_eq(q, v - 1, "out") || tok_eq(q, v - 1, "back")))
        v--;
    if (v <= lo + 1 || !is_lower_word(q, v - 1) || !TOK_IN(q, v - 1, verb))
        return 0;
    v--;
    if (cue_at(q, v))
        return 0; /* "Berg issued a statement saying …": the verb's own item holds it */
    if ((tok_eq(q, v, "put") || tok_eq(q, v, "blasted")) && !tok_eq(q, v + 1, "out"))
        return 0;
    if (tok_eq(q, v, "fired") && !tok_eq(q, v + 1, "back"))
        return 0;
    size_t end = v;
    if (end > lo + 1 && tok_eq(q, end - 1, "also"))
        end--;
    return subject_of_verb(q, end, lo, sp);
}

/* May token k stand in the phrase between "with" or a verb and the
 * participle cue after it (with_subject, verb_subject): a word, possessive
 * or number, no cue, and in lower case no auxiliary (finite ones
 * included: all are NG_QW_AUX), word in -ing or -ed, nor one of the
 * caller's list stop (TOK_IN's rows, NG_TOK_LIST)? */
static int participle_phrase_word(const qctx *q, size_t k, const char *stop, size_t w, size_t n)
{
    if (!(is_word(q, k) || is_poss(q, k) || q->tk[k].kind == NG_TOK_NUMBER) || cue_at(q, k))
        return 0;
    return !(is_lower_word(q, k) &&
             ((q->wc[k] & NG_QW_AUX) || tok_in(q, k, stop, w, n) || ends_ing(q, k) || ends_ed(q, k)));
}

/* The phrase between "with" and a participle cue at i is the participle's
 * subject ("…, with one of her ads asking, …", "the ad ends with a voice
 * over saying: …", "…, with Fox News and NBC News calling the race …"),
 * as a share is ("with 40 percent saying", which np_before finds alone);
 * np_before stops at the "of", "and" or "over" inside and participle_object
 * then drops the tail.  One to ten words with no auxiliary, relative word,
 * cue, word in -ing or -ed ("with Manchester United offering one year and
 * Giggs seeking two", "with the Philippines joining Brazil in seeking …")
 * or punctuation, not ending in a function word, "with" after a comma or a
 * dash or a verb of ending or
 * opening ("ended with Maddow asking …"; not "met with reporters saying",
 * "responded with a statement saying", whose subject is the sender).
 * Returns 1 with *sp the phrase, else 0. */
Q_RARE static int with_subject(const qctx *q, size_t i, size_t lo, tspan *sp)
{
    static const char frame[][8] = {"end", "ends", "ended", "ending", "begin", "begins", "began", "open",
                                    "opens", "opened", "close", "closes", "closed"};
    static const char rel[][8] = {"that", "which", "who", "whom", "whose", "to", "as"};
    size_t w = NONE;
    for (size_t k = i; k-- > lo && i - k <= 11;) {
        if (is_lower_word(q, k) && tok_eq(q, k, "with")) {
            w = k;
            break;
        }
        if (!participle_phrase_word(q, k, NG_TOK_LIST(rel)))
            return 0;
    }
    if (w == NONE || w + 1 >= i || w <= lo || (is_lower_word(q, i - 1) && (q->wc[i - 1] & NG_QW_STOPWORD)))
        return 0;
    if (!(is_punct(q, w - 1, ",") || is_dash(q, w - 1) || (is_lower_word(q, w - 1) && TOK_IN(q, w - 1, frame))))
        return 0;
    sp->s = (uint32_t)w + 1, sp->e = (uint32_t)i;
    return 1;
}

/* A participle cue at i after a verb of speaking out, of a stage of an
 * event or of moving, and its object or place, with no comma ("Berg
 * started out the debate saying …", "Berg opened a rally blasting …",
 * "he began by saying", "the campaign took the unusual step of
 * criticizing …", "Davies returned home calling for …"): the verb's
 * subject is the source, not the noun before the cue (participle_object
 * gives none there).  Between the verb and the cue: one to eight words,
 * possessives or numbers, none a cue, an auxiliary, a relative word, a
 * word in -ing/-ed, "with" (with_subject's), "from" (a sender: "A stark
 * message appeared on the site from the MPAA warning …") or "best" (an
 * award: "took the best supporting actor award"); the verb is no cue
 * itself (its own item holds the participle) unless cue_verb (a direct
 * quotation's cue: "Taylor wrote to the watchdog saying: “…”", "emailed
 * supporters saying: “…”"), and no passive ("have been hard hit by
 * declining …").  On PolNeAR fit: +9 right, +10 predicted.  Returns 1
 * with *sp the subject, else 0. */
Q_RARE static int verb_subject(const qctx *q, size_t i, size_t lo, int cue_verb, tspan *sp)
{
    static const char verb[][16] = {"emailed", "e-mailed", "responded", "posted", "tweeted", "wrote",
                                    "started", "ended", "opened", "closed", "appeared", "began",
                                    "kicked", "wrapped", "campaigned", "took", "spoke", "went", "showed",
                                    "stood", "returned", "hit", "turned", "headlined", "rallied"};
    static const char stop[][8] = {"that", "which", "who", "whom", "whose", "and", "but",
                                   "or",   "as",    "with", "from", "best"};
    sp->s = sp->e = 0;
    size_t v = NONE;
    for (size_t k = i; k-- > lo + 1 && i - k <= 9;) {
        if (is_lower_word(q, k) && TOK_IN(q, k, verb)) {
            v = k;
            break;
        }
        if (!participle_phrase_word(q, k, NG_TOK_LIST(stop)))
            return 0;
    }
    if (v == NONE || v + 1 >= i || (!cue_verb && cue_at(q, v)) || (v > lo && be_form(q, v - 1)))
        return 0; /* (not a passive: "yards which have been hard hit by declining orders") */
    size_t end = v;
    if (end > lo + 1 && is_lower_word(q, end - 1) && n_ly(q, end - 1))
        end--; /* "quickly emailed" */
    return subject_of_verb(q, end, lo, sp);
}

/* The verb a participle at i completes: "began"/"kept"/"stopped" …
 * right before it ("began saying"), or "spent" with at most six words
 * between, no number or amount ("spent much of the day attacking", "spent
 * Thursday discussing"; not "spent $1 million attacking").  NONE: none. */
static size_t spent_before(const qctx *q, size_t i, size_t lo)
{
    /* verbs a participle completes ("began saying", "keeps attacking") */
    static const char aspect[][16] = {"began", "begin", "begins", "started", "start", "starts", "kept", "keep",
                                      "keeps", "continued", "continue", "continues", "stopped", "stop", "stops",
                                      "avoided", "avoid", "avoids", "resumed", "resume", "resumes", "quit"};
    static const char spent[][8] = {"spent", "spends", "spend"};
    if (is_lower_word(q, i - 1) && TOK_IN(q, i - 1, aspect))
        return i - 1;
    for (size_t k = i - 1; k > lo && i - k <= 7; k--) {
        if (!is_word(q, k) && !is_poss(q, k))
            return NONE;
        if (is_lower_word(q, k) && TOK_IN(q, k, spent))
            return k + 1 < i ? k : NONE;
    }
    return NONE;
}

/* A one-word name and its relative clause before the cue ("Berg, who
 * chairs the board, said …") is the name alone, as PolNeAR draws it more
 * often than not (29 times against 15 on its fit part; with a longer phrase
 * before the comma, or after the cue, the clause stays). */
static void cut_relative(const qctx *q, tspan *src, tspan cue)
{
    size_t h = src->s;
    if (cue.e > cue.s && src->e <= cue.s && src->e > h + 3 && is_word(q, h) && is_cap(q, h) &&
        is_punct(q, h + 1, ",") && (tok_eq(q, h + 2, "who") || tok_eq(q, h + 2, "whose") || tok_eq(q, h + 2, "which")))
        src->e = (uint32_t)h + 1;
}

/* The source an item keeps: tidied (clean_source), none when it is no
 * speaker (participle_object), the name alone before a relative clause
 * (cut_relative); *ent -1 when the source goes. */
/* A phrase before the cue that opens right after a preposition is that
 * preposition's object, no subject ("families of those affected by mass
 * shootings urged …", "A letter to platform committee members calls for
 * …", "on his plan"): the real subject, when there is one, starts further
 * left.  "by", "from" and "among" name an agent and stay ("was first
 * reported by the Gazette", "drew support from party leaders"). */
static const char obj_preps[][8] = {"on", "to", "of", "in", "for", "at", "with", "about", "against",
                                    "into", "over", "through", "during", "without", "like", "under",
                                    "toward", "towards", "between", "across", "via", "upon"};

static int prep_object(const qctx *q, tspan src, tspan cue)
{
    static const char poss[][8] = {"his", "her", "their", "its", "my", "our", "your"};
    if (src.e <= src.s || src.s == 0 || cue.e <= cue.s || src.e > cue.s || !is_lower_word(q, src.s - 1) ||
        !TOK_IN(q, src.s - 1, obj_preps) || (q->tk[src.s].flags & NG_TF_PARA))
        return 0; /* (not across a paragraph break: a headline "… head on" above "Tony Blair says") */
    if (is_lower_word(q, cue.s) && ends_ing(q, cue.s))
        return 0; /* a participle's phrase: "with 30 percent of voters saying" */
    if (src.e == cue.s && (is_poss(q, src.e - 1) || (src.e == src.s + 1 && TOK_IN(q, src.s, poss))))
        return 0; /* a noun cue's owner: "in his attacks on …" */
    if (src.s >= 2 && tok_eq(q, src.s - 1, "to") && tok_eq(q, src.s - 2, "according"))
        return 0; /* "According to HuffPo: …" */
    return 1;
}

/* The noun phrase a preposition's object belongs to, leftwards from sp
 * to the start of its clause (the sentence start lo, a comma, a colon, a
 * dash, a quote mark or a clause word): "A letter to platform committee
 * members", "Democrats trying to regain control of the Senate in
 * November", "a scene in which the highest-ranking officer at a secret
 * compound".  Only over words that are no finite verb or cue, at most 24
 * tokens, and the phrase opens like a subject (a capital, a determiner, a
 * quantifier or a number).  *sp unchanged otherwise. */
static void phrase_left(const qctx *q, tspan *sp, size_t lo)
{
    static const char stop[][8] = {"that", "which", "who", "whom", "whose", "when", "while", "where",
                                   "because", "if", "as", "but", "and", "or", "although", "though",
                                   "after", "before", "since", "until", "unless", "so"};
    static const char objs[][8] = {"him", "them", "me", "us", "her"};
    static const char past[][8] = {"spoke", "went", "came", "met", "took", "gave", "made", "left", "held",
                                   "won", "lost", "ran", "sat", "stood", "saw", "got", "put", "began",
                                   "spent", "hit", "lent", "brought", "sent", "kept", "led", "became",
                                   "make", "take", "get", "give"};
    static const char opening[][16] = {"later", "earlier", "then", "now", "also", "still", "even", "here",
                                       "there", "meanwhile", "yet", "once", "back", "however"};
    size_t k = sp->s;
    while (k > lo && sp->e - k < 24) {
        size_t p = k - 1;
        if (q->tk[p].kind == NG_TOK_PUNCT || q->tk[p].kind == NG_TOK_QUOTE || q->tk[p].kind == NG_TOK_SYMBOL)
            break;
        if (is_word(q, p) && TOK_IN(q, p, stop))
            break;
        if (is_lower_word(q, p) && (finite_aux(q, p) || tok_eq(q, p, "do") || tok_eq(q, p, "be") ||
                                    tok_eq(q, p, "been") || cue_at(q, p)))
            return;
        if (is_word(q, p) && (q->wc[p] & NG_QW_PRONOUN) && !is_poss(q, p + 1))
            return; /* "she told …": a clause of its own */
        if (is_lower_word(q, p) && (TOK_IN(q, p, objs) || TOK_IN(q, p, past) ||
                                    (ends_ed(q, p) && !(p + 1 < sp->e && TOK_IN(q, p + 1, agent_preps))) ||
                                    (!TOK_IN(q, p, obj_preps) && !TOK_IN(q, p, agent_preps) &&
                                     ((q->wc[p + 1] & NG_QW_DETERMINER) || is_poss(q, p + 1) ||
                                      q->tk[p + 1].kind == NG_TOK_NUMBER))))
            return; /* a verb of the clause: "Kelly confronted him in …", "Trump hit the airwaves with",
                     * "Calleri beat fourth seed …", "the song features a …" */
        k--;
    }
    if (k >= sp->s || (!is_word(q, k) && q->tk[k].kind != NG_TOK_NUMBER))
        return;
    if (!(is_cap(q, k) || (q->wc[k] & NG_QW_DETERMINER) || q->tk[k].kind == NG_TOK_NUMBER ||
          (is_lower_word(q, k) && !(q->wc[k] & (NG_QW_STOPWORD | NG_QW_AUX)) && !ends_ing(q, k) &&
           !ends_ed(q, k))) ||
        TOK_IN(q, k, obj_preps) || TOK_IN(q, k, agent_preps) || tok_eq(q, k, "within") ||
        ((q->wc[k] & NG_QW_PRONOUN) && !is_poss(q, k + 1)) || ends_ed(q, k) || ends_ing(q, k) || n_ly(q, k) ||
        TOK_IN(q, k, opening))
        return; /* (not "on Wednesday Prime Minister Ann Berg", "It's …", "Asked on …", "Later at …") */
    sp->s = (uint32_t)k;
}

/* A relative clause that only says why the source is unnamed ("a White
 * House official, who spoke on the condition of anonymity to discuss …",
 * "a senior adviser who requested anonymity") is no part of the source,
 * as PolNeAR draws it (18 times against 5 on its fit part). */
static void cut_anonymity(const qctx *q, tspan *sp)
{
    for (size_t k = sp->s + 1; k + 2 < sp->e && k - sp->s < 40; k++) {
        if ((ttext(q, k)[0] | 0x20) != 'w' || !tok_eq(q, k, "who"))
            continue;
        size_t v = k + 1;
        int anon = (tok_eq(q, v, "requested") || tok_eq(q, v, "asked") || tok_eq(q, v, "sought")) &&
                   v + 1 < sp->e && tok_eq(q, v + 1, "anonymity");
        anon = anon || (tok_eq(q, v, "spoke") && v + 1 < sp->e && tok_eq(q, v + 1, "anonymously"));
        anon = anon || (tok_eq(q, v, "spoke") && v + 5 < sp->e && tok_eq(q, v + 1, "on") && tok_eq(q, v + 2, "the") &&
                        tok_eq(q, v + 3, "condition") && tok_eq(q, v + 4, "of") && tok_eq(q, v + 5, "anonymity"));
        if (anon) {
            sp->e = (uint32_t)(is_punct(q, k - 1, ",") ? k - 1 : k);
            return;
        }
    }
}

static void item_source(const qctx *q, tspan *sp, int32_t *ent, tspan cue)
{
    int po = prep_object(q, *sp, cue);
    if (po && q->sfirst) {
        /* the phrase the preposition belongs to, when it is the clause's
         * subject ("A spokesman for the Business Software Alliance said:") */
        tspan ext = *sp;
        size_t lo = q->sfirst[q->tk[sp->s].sent];
        extend_left(q, &ext, lo);
        /* (not before a cue that may be a plural noun after a lower-case
         * modifier: "go to court to resolve access disputes", "build up
         * buddy lists", the cue is no verb there) */
        size_t l = sp->e - 1, n = tlen(q, cue.s);
        int noun_cue = sp->e == cue.s && is_lower_word(q, l) && ttext(q, l)[tlen(q, l) - 1] != 's' &&
                       n > 2 && ttext(q, cue.s)[n - 1] == 's';
        if (!(ext.s < sp->s && !prep_object(q, ext, cue)) && !noun_cue) {
            ext = *sp;
            phrase_left(q, &ext, lo);
        }
        if (ext.s < sp->s && !prep_object(q, ext, cue))
            *sp = ext, po = 0;
        else {
            /* a time or place phrase with no comma before the name that is
             * the subject: "on Wednesday Prime Minister Ann Berg said", "on
             * the witness stand Mr Vance told" */
            size_t r = sp->e;
            while (r > sp->s && (is_cap(q, r - 1) || is_poss(q, r - 1)) && !(q->wc[r - 1] & NG_QW_WEEKDAY))
                r--;
            if (r > sp->s && r < sp->e && is_cap(q, r) &&
                ((q->wc[r - 1] & NG_QW_WEEKDAY) ||
                 (is_lower_word(q, r - 1) && !(q->wc[r - 1] & (NG_QW_STOPWORD | NG_QW_DETERMINER)))))
                sp->s = (uint32_t)r, po = prep_object(q, *sp, cue);
        }
    }
    uint32_t s0 = sp->s;
    if (!clean_source(q, sp) || participle_object(q, *sp, cue) || (sp->s == s0 ? po : prep_object(q, *sp, cue)))
        sp->s = sp->e = 0, *ent = -1;
    cut_relative(q, sp, cue);
    cut_anonymity(q, sp);
}

/* Marks the tokens of cue as used (QM_CUE).  A token's spk_at is read only
 * when it is marked (the arena leaves it unset before): its first marking
 * clears it, and push_quote sets the cue's first token's after that. */
static void mark_cue(qctx *q, tspan cue)
{
    for (size_t i = cue.s; i < cue.e; i++) {
        if (!(q->mark[i] & QM_CUE) && q->spk_at)
            q->spk_at[i] = (tspan){0, 0};
        q->mark[i] |= QM_CUE;
    }
}

/* Sets the rule path the next pushed item records (ng_quote.how, read by
 * the source-confidence model, qsrc.c): one number per call site below. */
#define HOW(q, n) ((q)->how = (uint8_t)(n), (q))

/* Is the current cue (q->cur_flags; its lemma) a stance rather than speech?
 * Speech: a cue that is a verb of saying, telling, reporting or urging, a
 * speech act, or no listed verb ("according to", a colon); anything else
 * PolNeAR-style cues add (beliefs, intentions, stances, acts such as
 * "approved") is marked as such, so a user can keep to what people said. */
static int stance_cue(const qctx *q, const char *lemma)
{
    return q->cur_flags && !(q->cur_flags & (NG_CUE_SPEECH | NG_CUE_TELL | NG_CUE_REPORT | NG_CUE_URGE)) &&
           !speech_act(lemma);
}

static int push_quote(qctx *q, uint32_t cs, uint32_t ce, int direct, tspan cue, const char *lemma,
                      tspan sp, int32_t ent)
{
    item_source(q, &sp, &ent, cue);
    ng_quote qu;
    memset(&qu, 0, sizeof qu);
    qu.start = cs, qu.end = ce;
    qu.direct = (uint8_t)direct;
    qu.how = q->how;
    qu.stance = !direct && stance_cue(q, cue.e > cue.s ? lemma : NULL);
    if (cue.e > cue.s) {
        qu.cue_start = bstart(q, cue.s), qu.cue_end = bend(q, cue.e - 1);
        qu.cue_lemma = lemma;
        qu.negated = (uint8_t)negated_cue(q, cue.s);
        mark_cue(q, cue);
    }
    qu.speaker = ent;
    if (sp.e > sp.s)
        qu.speaker_start = bstart(q, sp.s), qu.speaker_end = bend(q, sp.e - 1);
    if (cue.e > cue.s && q->spk_at)
        q->spk_at[cue.s] = sp;
    return NG_VEC_PUSH(&q->d->arena, q->d->quotes, qu);
}

static int push_attr(qctx *q, size_t a, size_t b, tspan src, int32_t ent, tspan cue)
{
    const ng_cue *cu = cue.e > cue.s ? cue_at(q, cue.s) : NULL;
    item_source(q, &src, &ent, cue);
    ng_attribution at;
    memset(&at, 0, sizeof at);
    at.start = bstart(q, a), at.end = bend(q, b - 1);
    if (src.e > src.s)
        at.source_start = bstart(q, src.s), at.source_end = bend(q, src.e - 1);
    at.source_entity = ent;
    at.how = q->how;
    at.stance = stance_cue(q, cu ? cu->lemma : NULL);
    if (cue.e > cue.s) {
        at.cue_start = bstart(q, cue.s), at.cue_end = bend(q, cue.e - 1);
        mark_cue(q, cue);
    }
    return NG_VEC_PUSH(&q->d->arena, q->d->attributions, at);
}

/* The subject of the clause the sentence opens with, for participles and
 * coordinated cues ("…, saying …", "X arrived and said …"): after a leading
 * conjunction or introductory phrase, a pronoun or a name-like phrase. */
Q_RARE static void subj_at_start(const qctx *q, size_t lo, size_t hi, tspan *sp)
{
    static const char *const conj[] = {"but", "and", "yet", "so", "still", "however", "meanwhile"};
    static const char *const intro[] = {"in", "on", "at", "after", "during", "earlier", "later",
                                        "last", "this", "when", "while", "since", "before",
                                        "speaking", "asked", "for", "with", "as", "back", "once",
                                        "besides", "until", "because", "although", "though",
                                        "despite", "amid", "following", "unlike", "throughout"};
    sp->s = sp->e = 0;
    size_t k = lo;
    if (lo < hi && (q->tk[lo].start == 0 || q->d->text[q->tk[lo].start - 1] == '\n'))
        k = skip_dateline(q, lo, hi); /* "WASHINGTON (AFP) - Ann Berg …, saying" */
    char w[24];
    size_t n = k < hi ? LOW(k, w) : 0;
    for (size_t c = 0; n && c < NG_ARRAY_LEN(conj); c++)
        if ((w[0] == conj[c][0] && !strcmp(w, conj[c]))) {
            k++;
            if (k < hi && is_punct(q, k, ","))
                k++;
            break;
        }
    n = k < hi ? LOW(k, w) : 0;
    if (n && k + 2 < hi) {
        /* an opening adverb: "Then she …", "Perhaps not coincidentally, Mr.
         * Berg …", "To wit, Berg …" */
        static const char adv[][16] = {"then", "now", "perhaps", "instead", "also", "indeed", "finally",
                                       "ultimately", "again", "separately", "similarly", "likewise",
                                       "nonetheless", "nevertheless", "moreover", "furthermore",
                                       "initially", "eventually", "recently", "previously", "afterward",
                                       "afterwards", "notably", "overall", "today", "yesterday", "to"};
        if (TOK_IN(q, k, adv) || (n > 3 && w[n - 2] == 'l' && w[n - 1] == 'y')) {
            size_t j = k + 1;
            while (j < hi && j - k < 4 && is_lower_word(q, j) && !(q->wc[j] & NG_QW_PRONOUN))
                j++;
            int ly = !TOK_IN(q, k, adv); /* ("Carly Fiorina": an -ly adverb only before a comma) */
            if (j < hi && is_punct(q, j, ","))
                k = j + 1;
            else if (!ly && j == k + 1 && !tok_eq(q, k, "to") && is_word(q, j) &&
                     (is_cap(q, j) || word_in(q, j, ng__q_is_pronoun)))
                k = j; /* "Then she" */
            n = k < hi ? LOW(k, w) : 0;
        }
    }
    if (n && (!strcmp(w, "on") || !strcmp(w, "last") || !strcmp(w, "this") || !strcmp(w, "late") ||
              !strcmp(w, "early") || !strcmp(w, "earlier") || !strcmp(w, "later"))) {
        /* "On Sunday morning Mr. Berg made …": a time with no comma */
        size_t j = k + 1;
        while (j < hi && j - k < 4 && is_word(q, j) && (q->wc[j] & NG_QW_WEEKDAY))
            j++;
        if (j > k + 1 && j < hi && is_word(q, j) && (is_cap(q, j) || word_in(q, j, ng__q_is_pronoun)) &&
            !(q->wc[j] & NG_QW_WEEKDAY)) {
            k = j;
            n = 0;
        }
    }
    for (size_t j = k + 1; n && j + 2 < hi && j - k < 4 && is_word(q, j); j++) {
        int later = tok_eq(q, j, "later") || tok_eq(q, j, "earlier") || tok_eq(q, j, "ago");
        if (later && is_punct(q, j + 1, ",")) {
            k = j + 2; /* "Hours later, Berg …", "Two days earlier, …" */
            n = 0;
        } else if (later && !is_cap(q, j) && is_word(q, j + 1) &&
                   (is_cap(q, j + 1) || (q->wc[j + 1] & NG_QW_PRONOUN))) {
            k = j + 1; /* "A few minutes later they …", with no comma */
            n = 0;
            break;
        }
    }
    int ing = n > 4 && k + 1 < hi && is_word(q, k) && ends_ing(q, k) && !(q->wc[k] & NG_QW_STOPWORD) &&
              !is_poss(q, k + 1); /* "Facing mounting criticism, Berg …" */
    for (size_t c = 0; n && c < NG_ARRAY_LEN(intro) + (size_t)ing; c++)
        if (c == NG_ARRAY_LEN(intro) || (w[0] == intro[c][0] && !strcmp(w, intro[c]))) {
            size_t j = k + 1;
            while (j < hi && j - k < 20 && !is_punct(q, j, ","))
                j++;
            if (j < hi && is_punct(q, j, ","))
                k = j + 1;
            break;
        }
    if (k >= hi || !is_word(q, k))
        return;
    n = LOW(k, w);
    if (n && (wcls(q, k, w, n) & NG_QW_PRONOUN)) {
        sp->s = (uint32_t)k, sp->e = (uint32_t)k + 1;
        return;
    }
    size_t s = k;
    int seen_cap = 0;
    if (n && (wcls(q, k, w, n) & NG_QW_DETERMINER))
        k++;
    while (k < hi && k - s < 8) {
        if (is_poss(q, k)) {
            k++;
            continue;
        }
        if (!is_word(q, k))
            break;
        if (is_cap(q, k)) {
            seen_cap = 1;
            k++;
            continue;
        }
        n = LOW(k, w);
        if (n && !strcmp(w, "of") && k + 1 < hi && is_cap(q, k + 1)) {
            k++;
            continue;
        }
        static const char roles[][16] = {"manager", "chairman", "chairwoman", "director", "adviser",
                                         "advisers", "team", "staff", "lawyer", "lawyers", "attorney",
                                         "attorneys", "supporters", "allies"};
        if (seen_cap && n && ((wcls(q, k, w, n) & NG_QW_SOURCE_NOUN) || TOK_IN(q, k, roles))) {
            k++; /* "The Vance campaign", "Berg campaign spokesman Tom Moor" */
            continue;
        }
        if (!n || (wcls(q, k, w, n) & NG_QW_STOPWORD) || wcue(q, k, w, n) || (wcls(q, k, w, n) & NG_QW_PRONOUN))
            break;
        static const char verbs[][8] = {"spoke", "went", "came", "met", "took", "gave", "made",
                                        "left", "held", "won", "lost", "ran", "sat", "stood",
                                        "saw", "got", "put", "began", "appeared", "arrived", "spent"};
        if (seen_cap) {
            /* lower-case words after a name-like word belong to the subject
             * when a possessive comes before them ("Trump's representatives
             * reached …"), a finite verb after them ("The GOP nominee has
             * …"), or a name ("Republican presidential candidate Ann Berg
             * took …"); otherwise the first is the verb ("Berg spent …") */
            size_t r = k;
            while (r < hi && r - k < 3 && is_lower_word(q, r) &&
                   !(q->wc[r] & (NG_QW_STOPWORD | NG_QW_PRONOUN | NG_QW_AUX)) && !cue_at(q, r) &&
                   !(tlen(q, r) > 2 && !memcmp(ttext(q, r) + tlen(q, r) - 2, "ed", 2)) && !ends_ing(q, r) &&
                   !n_ly(q, r) && !TOK_IN(q, r, verbs))
                r++;
            uint8_t type = NG_ENT_NONE;
            /* (or a past verb after nouns, no determiner among them, when the
             * name-like words are no person's name: "The Republican candidate
             * appeared …", "The Vermont senator vowed …"; not "Mr. Berg
             * struck a conciliatory tone") */
            int past = r > k && r < hi && is_lower_word(q, r) && (ends_ed(q, r) || TOK_IN(q, r, verbs));
            for (size_t m = k; past && m < r; m++)
                past = !(q->wc[m] & NG_QW_DETERMINER);
            if (past)
                past = (mention_entity_in(q->d, bstart(q, s), bend(q, k - 1), &type), type != NG_ENT_PER);
            if (r > k && r < hi &&
                (is_poss(q, k - 1) || (is_lower_word(q, r) && finite_aux(q, r)) || past ||
                 (is_cap(q, r) && is_word(q, r) && !(q->wc[r] & NG_QW_WEEKDAY) &&
                  ttext(q, r - 1)[tlen(q, r - 1) - 1] != 's' &&
                  (mention_entity_in(q->d, bstart(q, s), bend(q, k - 1), &type), type != NG_ENT_PER)))) {
                k = r;
                continue;
            }
        }
        if (seen_cap || (n > 2 && w[n - 2] == 'e' && w[n - 1] == 'd'))
            break;
        if (TOK_IN(q, k, verbs))
            break;
        k++;
    }
    if (k > s + 1 || (k == s + 1 && is_cap(q, s)))
        sp->s = (uint32_t)s, sp->e = (uint32_t)k;
}

/* The subject of the clause that ends at token hi (exclusive), for a
 * participle or coordinated cue after it: the subject at the sentence start
 * (subj_at_start) when a verb-like word follows it, else the
 * one that opens the stretch after the last comma ("The day before, at a
 * rally in Ohio, Berg was just as blunt, claiming …": "Berg", not "The
 * day"; "Ultimately, Berg refused, saying …": "Berg"), else what
 * subj_at_start found.  Looks back at most 40 tokens. */
static int verb_like(const qctx *q, size_t i)
{
    return is_lower_word(q, i) && (!(q->wc[i] & NG_QW_STOPWORD) || (q->wc[i] & NG_QW_AUX));
}

/* An irregular past form that opens a verb phrase ("went", "took"). */
static int past_form(const qctx *q, size_t i)
{
    static const char past[][8] = {"spoke", "went", "came", "met", "took", "gave", "made", "left", "held",
                                   "won", "lost", "ran", "sat", "stood", "saw", "got", "put", "began",
                                   "spent", "told", "said", "wrote", "sent", "kept", "stepped", "read",
                                   "brought", "thought", "fought", "felt", "threw", "drew", "chose", "knew"};
    return TOK_IN(q, i, past);
}

/* Does a subject that starts at token s open its clause: the sentence
 * start, after punctuation, a conjunction or an adverb that joins clauses,
 * a time ("On Friday she …", "At noon Tom Vance …") or an opener that opens
 * the sentence ("As Mayor Ann Berg …")?  Not after a verb, a noun or a
 * relative word ("to discover Mr Vance had won", "differences he has",
 * "what we needed", "how ferries can"): that subject's clause is a part of
 * another clause. */
static int subject_opens(const qctx *q, size_t s, size_t lo, int sub)
{
    static const char subord[][8] = {"as", "where", "which"};
    static const char join[][8] = {"and", "but", "or", "so", "yet", "then", "now", "also", "later", "earlier",
                                   "ago", "today", "noon", "tonight", "morning", "evening", "night", "week",
                                   "month", "year", "weekend", "spring", "summer", "autumn", "winter"};
    if (s == lo)
        return 1;
    size_t p = s - 1;
    unsigned kind = q->tk[p].kind;
    if (kind == NG_TOK_PUNCT || kind == NG_TOK_QUOTE || kind == NG_TOK_NUMBER || is_dash(q, p))
        return 1;
    if (!is_word(q, p))
        return 0;
    if ((q->wc[p] & NG_QW_WEEKDAY) || TOK_IN(q, p, join))
        return 1;
    if (p == lo && clause_opener(q, p))
        return 1; /* "As Mayor Ann Berg toured … and defended …" */
    /* (sub: a clause of its own for a participle after it, "… in which he
     * continued his assault, mocking …") */
    return sub && is_lower_word(q, p) && TOK_IN(q, p, subord);
}

/* Does the cue at i, after the comma t inside the content of the item
 * emitted last, go on with a list of predicates of that item's subject
 * last_sp ("She urged the administration to …, proposed that more forces
 * be left …", "Biden defended Sanders as a mainstream candidate, mocked
 * the Republican Party …", "Mr. Lewandowski, who did not respond …, has
 * denied …")?  Then last_sp is its subject too, as PolNeAR draws it (before,
 * the cue had none and was dropped inside the earlier content).  Only after
 * an object or infinitive content, or a relative "who" clause: inside a
 * reported clause the verb is mostly the clause's own ("said the report,
 * issued today, …"); no comma before t in that content ("said the man, who
 * later disappeared, claimed …"), no that-clause ("indicated that Mark
 * Wynn, the chairman, intended …"); a finite form right after the comma or
 * an auxiliary (not "…, saying", "also called contras"), and not a noun
 * ("claims that", "plans to", "claims and"), a participle ("pressed by",
 * "cited as", "a robot, called Emiew") or an inverted teller ("…, said
 * underwriters Kidder Peabody").  Fit +7/+9 right/predicted sources,
 * held-out +1/+1. */
Q_RARE static int predicate_list(const qctx *q, size_t i, size_t t, size_t lo, size_t hi, tspan last_sp,
                                 unsigned flags)
{
    if (!is_punct(q, t, ",") || !q->last_kind || t <= q->last_a || t >= q->last_b || last_sp.e <= last_sp.s ||
        !(q->last_who || (q->last_flags & (NG_CUE_OBJ | NG_CUE_INF | NG_CUE_URGE))) ||
        last_sp.s >= q->last_a || tok_eq(q, q->last_a, "that") || (q->last_a > lo && tok_eq(q, q->last_a - 1, "that")) ||
        !is_lower_word(q, i) || ends_ing(q, i))
        return 0;
    for (size_t c = q->last_a; c < t; c++)
        if (is_punct(q, c, ","))
            return 0; /* "said the man, who later disappeared, claimed …": his */
    for (size_t k = t + 1; k < i; k++)
        if (!word_in(q, k, ng__q_is_aux))
            return 0; /* only "…, has denied": not "rebels, also called contras" */
    if (i + 1 >= hi || !is_word(q, i + 1) || tok_eq(q, i + 1, "and") || tok_eq(q, i + 1, "or"))
        return 0; /* a noun in a list ("agreements, claims and expenses") */
    if ((flags & NG_CUE_SPEECH) && !(flags & NG_CUE_OBJ) && !word_in(q, i + 1, ng__q_is_pronoun) &&
        !tok_eq(q, i + 1, "that"))
        return 0; /* an inverted teller ("…, said underwriters Kidder Peabody") */
    int s_form = ttext(q, i)[tlen(q, i) - 1] == 's';
    if ((s_form && (tok_eq(q, i + 1, "that") || tok_eq(q, i + 1, "to"))) || tok_eq(q, i + 1, "by") ||
        tok_eq(q, i + 1, "as"))
        return 0; /* a noun ("claims that", "plans to") or a participle ("pressed by", "cited as") */
    if (tok_eq(q, i, "called") && !word_in(q, i + 1, ng__q_is_pronoun))
        return 0; /* a naming participle ("a robot, called Emiew", "rebels, also called contras") */
    return s_form || ends_ed(q, i) || past_form(q, i);
}

/* Does the sentence of the cue at i end with a teller after a comma ("…,
 * Carney said.", "…, she added."; its last eight tokens before hi)?  The
 * whole sentence is then that teller's claim. */
static int teller_at_close(const qctx *q, size_t i, size_t hi)
{
    for (size_t k = hi; k-- > i + 1 && hi - k <= 8;) {
        if (!is_punct(q, k, ","))
            continue;
        for (size_t j = k + 1; j < hi; j++) {
            const ng_cue *cu = cue_at(q, j);
            if (cu && (cu->flags & NG_CUE_SPEECH))
                return 1;
        }
        return 0;
    }
    return 0;
}

/* The subject of the verb phrase that a cue after "and"/"but" (token a)
 * is coordinated with ("Then on Friday she laughed and admitted …", "By
 * noon Mr. Vance was forced into a retreat and said …", "the harbour board
 * has met the pilots and promised …"): the nearest subject pronoun, name,
 * or noun phrase before a finite auxiliary that a finite or past verb
 * follows, within the clause (no punctuation, quote mark or relative word
 * between; at most 14 tokens back), when it opens its clause
 * (subject_opens: not "… insists that he will stay and refuses …", "…
 * woke to discover Mr Vance had won but declined …", "… looked at how
 * ferries can be run and concluded …": the coordinated verb is the outer
 * clause's); an adverb may stand before the verb, and a noun before a past
 * verb stops the search ("When the ferry was launched the pilots quickly
 * suspended trading and refused …": not "the ferry").  *sp empty: none. */
Q_RARE static void coord_subject(const qctx *q, size_t a, size_t lo, tspan *sp, int sub)
{
    static const char subj[][8] = {"he", "she", "they", "we", "i"};
    static const char rel[][8] = {"that", "which", "who", "whom", "whose", "what", "how", "why", "whether"};
    sp->s = sp->e = 0;
    for (size_t k = a; k-- > lo && a - k <= 14;) {
        if (q->tk[k].kind == NG_TOK_PUNCT || q->tk[k].kind == NG_TOK_QUOTE || is_dash(q, k))
            return;
        if (!is_word(q, k))
            continue;
        if (is_lower_word(q, k) && TOK_IN(q, k, rel))
            return;
        size_t v = k + 1;
        if (v + 1 < a && n_ly(q, v))
            v++; /* "the major players quickly suspended …" */
        if (v >= a || !is_lower_word(q, v) || !(finite_aux(q, v) || ends_ed(q, v) || past_form(q, v)))
            continue;
        static const char adv[][8] = {"always", "never", "not", "also", "just", "still", "already", "often",
                                      "then", "now", "even", "only", "once", "ever", "later", "first"};
        if (is_lower_word(q, k) && !finite_aux(q, v) && !TOK_IN(q, k, subj) &&
            !(q->wc[k] & (NG_QW_STOPWORD | NG_QW_AUX | NG_QW_DETERMINER | NG_QW_PRONOUN)) && !n_ly(q, k) &&
            !ends_ed(q, k) && !TOK_IN(q, k, adv)) {
            /* "… the major players quickly suspended trading and refused …": a
             * noun before a past verb may be the subject, none farther back;
             * but not a preposition's object ("have for some time danced …") */
            tspan ob;
            np_before(q, k + 1, lo, &ob, 0);
            if (!(ob.e == k + 1 && ob.s > lo && is_lower_word(q, ob.s - 1) && TOK_IN(q, ob.s - 1, agent_preps))) {
                /* "…, and the New Jersey governor tripped up Rubio by calling
                 * …": a phrase with a determiner that opens its clause after
                 * ", and"/", but" is it (not a second conjunct, "Vance and
                 * other harbour officials rejected …", nor before a compound
                 * adjective, "(INTERBANK), a large privately-owned bank") */
                if (ob.e == k + 1 && ob.s > lo + 1 && ob.s + 1 < ob.e && (q->wc[ob.s] & NG_QW_DETERMINER) &&
                    (tok_eq(q, ob.s - 1, "and") || tok_eq(q, ob.s - 1, "but")) && is_punct(q, ob.s - 2, ",") &&
                    !memchr(ttext(q, v), '-', tlen(q, v)) && subject_opens(q, ob.s, lo, sub))
                    *sp = ob;
                return;
            }
            continue;
        }
        if (TOK_IN(q, k, subj)) {
            if (subject_opens(q, k, lo, sub))
                sp->s = (uint32_t)k, sp->e = (uint32_t)k + 1;
            return;
        }
        if (!(is_cap(q, k) && !(q->wc[k] & (NG_QW_STOPWORD | NG_QW_WEEKDAY))) &&
            !(finite_aux(q, v) && is_lower_word(q, k) && !(q->wc[k] & (NG_QW_STOPWORD | NG_QW_AUX)) &&
              !ends_ed(q, k) && !ends_ing(q, k)))
            continue;
        np_before(q, k + 1, lo, sp, 0);
        if (sp->e != k + 1 || sp->e <= sp->s) {
            sp->s = sp->e = 0;
            return;
        }
        if (is_cap(q, k) && sp->s > lo && is_lower_word(q, sp->s) && !(q->wc[sp->s] & NG_QW_DETERMINER) &&
            (scls(q, sp->s - 1) & NG_QS_PREP)) {
            /* "By noon Tom Vance was …": the name, not the preposition's object */
            size_t r = k;
            while (r > sp->s && is_word(q, r - 1) && is_cap(q, r - 1))
                r--;
            sp->s = (uint32_t)r;
            if (!subject_opens(q, r, lo, sub))
                sp->s = sp->e = 0;
            return;
        }
        tspan s0 = *sp;
        extend_left(q, sp, lo);
        if ((scls(q, sp->s) & NG_QS_PREP) ||
            (is_lower_word(q, sp->s) && (q->wc[sp->s] & NG_QW_STOPWORD) && !(q->wc[sp->s] & NG_QW_DETERMINER)))
            *sp = s0; /* (not over an opening time or place) */
        if (!subject_opens(q, sp->s, lo, sub))
            sp->s = sp->e = 0;
        return;
    }
}

/* The "who" of a relative clause that a cue after "and"/"but" or a
 * participle after while/by/after/before (token t) goes on in ("Mr.
 * McConnell, who has endorsed Mr. Trump and criticized his campaign", "Mrs.
 * Clinton, who was distracted while saying goodbye"): the cue's subject is
 * "who", as for the clause's first verb, not the phrase the clause hangs on.
 * Words only between it and t (at most 14): punctuation or a quote mark
 * ends the relative clause ("Berg, who ran, and said …" is Berg's), another
 * relative or subordinating word opens a clause of its own.  "who" after a
 * comma, a dash or a noun or name, not a question's ("asked who won and
 * said …").  NONE: no such "who". */
static size_t open_who(const qctx *q, size_t t, size_t lo)
{
    static const char rel[][8] = {"that", "which", "whom", "whose", "what", "how", "why", "whether",
                                  "when", "where", "if", "because", "as"};
    for (size_t k = t; k-- > lo + 1 && t - k <= 14;) {
        if (!is_word(q, k) && q->tk[k].kind != NG_TOK_NUMBER)
            return NONE;
        if (is_lower_word(q, k) && TOK_IN(q, k, rel))
            return NONE;
        if (!tok_eq(q, k, "who"))
            continue;
        size_t p = k - 1;
        if (is_punct(q, p, ",") || is_dash(q, p) || is_cap(q, p) ||
            (is_lower_word(q, p) && !cue_at(q, p) && !(q->wc[p] & (NG_QW_STOPWORD | NG_QW_AUX)) &&
             !ends_ed(q, p)))
            return k;
        return NONE;
    }
    return NONE;
}

Q_RARE static void appositive(const qctx *q, size_t c, size_t lo, tspan *sp, tspan *head);

/* A subject found at the clause start that stops at an "and" (sp->e): the
 * whole coordinated subject when its verb (a finite auxiliary or a past
 * form, after "both"/"all") follows the second conjunct and extend_left
 * reaches back from it to the same start ("Bernie Sanders and Ted Cruz
 * both campaigned …, hoping", "Netanyahu and other right-wing Israeli
 * leaders shunned …, claiming"; subj_at_start stops at the "and").
 * *sp unchanged otherwise. */
static void and_subject(const qctx *q, size_t lo, size_t hi, tspan *sp)
{
    if (sp->e <= sp->s || sp->e + 2 >= hi || !tok_eq(q, sp->e, "and"))
        return;
    for (size_t v = sp->e + 2; v < hi && v - sp->e < 10; v++) {
        if (!is_word(q, v) && !is_poss(q, v))
            return; /* (punctuation ends the clause's subject) */
        int quant = tok_eq(q, v - 1, "both") || tok_eq(q, v - 1, "all");
        if (!is_lower_word(q, v) || !(finite_aux(q, v) || ends_ed(q, v) || past_form(q, v)) ||
            ((q->wc[v - 1] & NG_QW_DETERMINER) && !quant))
            continue; /* (an -ed word after a determiner is an adjective: "the retired judge") */
        size_t e = v - quant;
        tspan s2;
        np_before(q, e, lo, &s2, 0);
        if (s2.e != e || s2.s <= sp->e)
            return;
        extend_left(q, &s2, lo);
        if (s2.s == sp->s)
            *sp = s2;
        return;
    }
}

Q_RARE static void clause_subject(const qctx *q, size_t lo, size_t hi, tspan *sp)
{
    subj_at_start(q, lo, hi, sp);
    and_subject(q, lo, hi, sp);
    /* a subject, then a verb of its clause (not "The day before,") */
    if (sp->e > sp->s && sp->e < hi && verb_like(q, sp->e))
        return;
    if (sp->e > sp->s && sp->e + 2 < hi && is_punct(q, sp->e, ",") && is_cap(q, sp->s)) {
        /* "Betty Lund, the feminist leader, compared her …, telling …": the
         * name with its apposition up to the comma before its verb */
        for (size_t c = sp->e + 2; c + 1 < hi && c - sp->e < 30; c++) {
            if (is_terminal(q, c) || q->tk[c].kind == NG_TOK_QUOTE)
                break;
            if (!is_punct(q, c, ",") || !verb_like(q, c + 1))
                continue;
            tspan ap, head;
            appositive(q, c, lo, &ap, &head);
            if (ap.e > ap.s && ap.s == sp->s && ap.e > sp->e) {
                *sp = ap;
                return;
            }
            break;
        }
    }
    for (size_t k = hi; k-- > lo + 1 && hi - k < 40;) {
        if (!is_punct(q, k, ","))
            continue;
        tspan s2;
        subj_at_start(q, k + 1, hi, &s2);
        if (s2.e > s2.s && s2.e < hi && verb_like(q, s2.e))
            *sp = s2;
        return;
    }
}

/* Does token i open an adverbial rather than an apposition ("for his
 * part", "speaking in Ohio", "after the vote", "clearly frustrated")? */
static int adverbial(const qctx *q, size_t i)
{
    static const char l[][16] = {"for", "after", "before", "during", "in", "at", "on", "when",
                                 "while", "still", "however", "meanwhile", "though", "like",
                                 "with", "without", "under", "unlike", "despite", "by", "from",
                                 "earlier", "later", "too", "also", "then", "once", "if", "as"};
    if (!is_lower_word(q, i))
        return 0;
    if (ends_ing(q, i) || n_ly(q, i))
        return 1;
    return TOK_IN(q, i, l);
}

/* A subject with an apposition before the cue's comma c ("Tom Vance, vice
 * chairman of the firm, told …"): *sp the whole phrase, *head the name. */
static const char dash_rel[][8] = {"who", "whose", "which", "whom", "now", "then", "still",
                                   "once", "after", "when", "while", "though", "although"};

/* A share with its figure in apposition before the cue's comma c ("Just
 * over a quarter, 26 percent, say", "Just shy of half, 49%, say"): the
 * start of the share phrase that ends at the comma k, NONE if there is
 * none.  The share word ("half", "quarter") after its modifiers, opening
 * the clause; the apposition a bare figure.  PolNeAR draws the share, its
 * modifiers and the figure as the source.  (Dashes are read by the caller:
 * "the vast majority -- 55 percent -- named".) */
static size_t share_appos(const qctx *q, size_t k, size_t c, size_t lo)
{
    static const char head[][16] = {"half", "third", "thirds", "quarter", "quarters", "fifth",
                                    "fifths", "majority", "plurality", "minority"};
    static const char mod[][8] = {"just", "over", "under", "shy", "of", "nearly", "almost", "about",
                                  "roughly", "only", "more", "less", "than", "a", "the", "slim",
                                  "narrow", "clear", "bare", "vast", "one", "two", "three"};
    if (k <= lo || !is_punct(q, k, ",") || c > k + 4 || k + 2 >= c || q->tk[k + 1].kind != NG_TOK_NUMBER ||
        !(tok_eq(q, k + 2, "percent") || tok_eq(q, k + 2, "%")) || !TOK_IN(q, k - 1, head))
        return NONE;
    size_t s = k - 1;
    while (s > lo && k - s < 7 && TOK_IN(q, s - 1, mod))
        s--;
    if (s == k - 1 || !(s == lo || is_punct(q, s - 1, ",") || clause_opener(q, s - 1)))
        return NONE; /* (a bare "a majority" is read as a phrase below) */
    return s;
}

Q_RARE static void appositive(const qctx *q, size_t c, size_t lo, tspan *sp, tspan *head)
{
    sp->s = sp->e = head->s = head->e = 0;
    lo = skip_dateline(q, lo, c); /* (its dash is no apposition's: "NEW YORK, Feb 26 - Acme Corp, a unit of …,") */
    int commas = 0;
    for (size_t k = c; k-- > lo && c - k < 40;) {
        if ((is_terminal(q, k) && !(is_punct(q, k, ".") && (is_punct(q, k + 1, ",") ||
                                                             !(q->tk[k + 1].flags & NG_TF_SPACE)))) ||
            (q->tk[k].kind == NG_TOK_QUOTE && !is_poss(q, k)))
            return; /* (the period of "R-Fla.," is no sentence end) */
        if (!(is_punct(q, k, ",") || is_dash(q, k)))
            continue;
        if (++commas > 3)
            return;
        size_t sh = commas == 1 ? share_appos(q, k, c, lo) : NONE;
        if (sh != NONE) {
            head->s = sp->s = (uint32_t)sh, head->e = sp->e = (uint32_t)c;
            return;
        }
        tspan np;
        np_before(q, k, lo, &np, 1);
        if (np.e <= np.s)
            continue;
        /* "A longtime party official, Ann Berg, said": the role phrase from
         * its determiner (not an introductory "Making her way to …, Berg") */
        tspan ext = np;
        extend_left(q, &ext, lo);
        if (ext.s < np.s && (ext.s == lo || !is_punct(q, ext.s - 1, ",")) &&
            (word_in(q, ext.s, ng__q_is_determiner) || (ext.s == lo && !ends_ing(q, ext.s))))
            np = ext; /* (after a comma it is an apposition of its own) */
        if (!(is_cap(q, np.s) || (np.e - np.s == 1 && is_word(q, np.s)) ||
              (np.s + 1 < np.e && is_cap(q, np.s + 1)) || word_in(q, np.s, ng__q_is_determiner)))
            continue;
        size_t b = np.s;
        /* (a wire's name in angle brackets: "<Acme Ltd>, a unit of …, said") */
        int angle = b > lo && tok_eq(q, b - 1, "<") && (b - 1 == lo || is_punct(q, b - 2, ","));
        if (b == lo || is_punct(q, b - 1, ",") || clause_opener(q, b - 1) || tok_eq(q, b - 1, "even") || angle) {
            *head = np;
            sp->s = (uint32_t)(b - angle), sp->e = (uint32_t)c;
            if (b > lo + 1 && is_punct(q, b - 1, ",") &&
                (word_in(q, b, ng__q_is_determiner) || is_lower_word(q, b))) {
                /* "Tom Vance, the president of Harbour Watch, said": the role
                 * after a name is its apposition, the name the head */
                tspan nm;
                np_before(q, b - 1, lo, &nm, 1);
                int name = nm.e > nm.s && nm.e == b - 1 && is_cap(q, nm.s);
                for (size_t r = nm.s; name && r < nm.e; r++)
                    name = ((is_word(q, r) && is_cap(q, r) && !(q->wc[r] & NG_QW_WEEKDAY)) ||
                            is_punct(q, r, "(") || is_punct(q, r, ")") || is_punct(q, r, "-") ||
                            q->tk[r].kind == NG_TOK_ABBREV) &&
                           !(scls(q, r) & (NG_QS_LEAD | NG_QS_PREP | NG_QS_TAIL | NG_QS_TIME));
                if (name && (nm.s == lo || is_punct(q, nm.s - 1, ",") || is_punct(q, nm.s - 1, ":") ||
                             clause_opener(q, nm.s - 1))) {
                    *head = nm;
                    sp->s = nm.s;
                    return;
                }
            }
            if (is_lower_word(q, np.e - 1) && np.e + 1 < c && is_punct(q, np.e, ",")) {
                /* "the port's chief executive, Ann Berg, said": the name
                 * after the role is the head */
                size_t r = np.e + 1;
                while (r < c && r - np.e < 7 && ((is_word(q, r) && is_cap(q, r)) ||
                                                 is_poss(q, r)))
                    r++;
                if (r == c)
                    head->s = (uint32_t)np.e + 1, head->e = (uint32_t)c;
            }
            if (b > lo + 1 && tok_eq(q, b - 1, "and")) {
                /* "Ann Berg and Tom Vance, who …, said" */
                tspan np2;
                np_before(q, b - 1, lo, &np2, 1);
                if (np2.e > np2.s && is_cap(q, np2.s))
                    sp->s = np2.s;
            }
            if (b > lo + 4 && tok_eq(q, b - 1, "and") && is_punct(q, b - 2, ",") && head->e > head->s &&
                is_cap(q, head->e - 1)) {
                /* "Felicia Wong, president of the Roosevelt Institute, and Stan
                 * Greenberg, co-founder of …, applauded": a first name with its
                 * own apposition before ", and" is part of the subject */
                tspan sp1, h1;
                appositive(q, b - 2, lo, &sp1, &h1);
                if (sp1.e == b - 2 && h1.e > h1.s && h1.e < sp1.e && is_cap(q, h1.e - 1) && h1.s == sp1.s &&
                    (sp1.s == lo || clause_opener(q, sp1.s - 1)))
                    sp->s = sp1.s; /* (opening the clause: not the places of "Local authorities at
                                    * Shoreham, Long Island, N.Y., and Seabrook, N.H., had refused") */
            }
            if (c == np.e + 2 && is_lower_word(q, np.e + 1))
                sp->e = np.e; /* "Mr. Vance, however, said" */
            else if (c > np.e + 1 && is_dash(q, np.e) && is_dash(q, c)) {
                /* "Vance -- who ran the port for years -- said": the name; but
                 * a phrase between the dashes that names or counts who is
                 * meant belongs to the subject, closing dash and all, as
                 * PolNeAR draws it ("Democrats -- and some Republicans --
                 * say", "Ann Berg -- a teacher from Leeds -- says", "the
                 * vast majority -- 55 percent -- named") */
                size_t f = np.e + 1;
                if (TOK_IN(q, f, dash_rel) || (is_lower_word(q, f) && (ends_ed(q, f) || ends_ing(q, f))))
                    sp->e = np.e;
                else
                    sp->e = (uint32_t)c + 1;
            }
            else if (c > np.e + 1 && is_punct(q, np.e, ",") && adverbial(q, np.e + 1) &&
                     !tok_eq(q, np.e + 1, "including") && !tok_eq(q, np.e + 1, "like"))
                sp->e = np.e; /* "Vance, speaking in Ohio, said", "Vance, for his part, said"; but
                               * "Several mayors, including Vance, said" names who */
            else if (c > np.e + 2 && is_punct(q, np.e, ",") &&
                     (tok_eq(q, np.e + 1, "who") || tok_eq(q, np.e + 1, "which"))) {
                /* "Vance, who said he …, added": a relative clause that
                 * reports a claim of its own is no part of the speaker */
                for (size_t r = np.e + 2; r < c && r < np.e + 6; r++) {
                    const ng_cue *cu = cue_at(q, r);
                    if (cu && (cu->flags & NG_CUE_SPEECH)) {
                        sp->e = np.e;
                        break;
                    }
                }
            }
            return;
        }
    }
}


/* Skips an addressee after a telling cue: "told reporters", "told The
 * Associated Press". */
Q_RARE static size_t skip_addressee(const qctx *q, size_t ca, size_t hi)
{
    if (ca >= hi || tok_eq(q, ca, "that"))
        return ca;
    static const char obj[][8] = {"her", "him", "them", "us", "me"};
    if (ca + 1 < hi && TOK_IN(q, ca, obj) && word_in(q, ca + 1, ng__q_is_determiner))
        return ca + 1; /* "told her the boy's mother …": the pronoun alone */
    size_t k = ca;
    if (k < hi && word_in(q, k, ng__q_is_determiner))
        k++;
    /* "told host Ann Berg", "told Channel Four host Ann Berg" */
    /* (a determiner opens the next phrase: "told the conference the
     * government was …") */
    size_t r = k;
    while (r < hi && r - k < 2 && is_lower_word(q, r) && !word_in(q, r, ng__q_is_stopword) &&
           !word_in(q, r, ng__q_is_determiner))
        r++;
    if (r > k && r < hi && is_cap(q, r) && is_word(q, r))
        k = r;
    else if (k > ca && r > k) {
        /* "told a cheering crowd" */
        while (r < hi && r - k < 3 && is_lower_word(q, r) && !word_in(q, r, ng__q_is_stopword) &&
               !word_in(q, r, ng__q_is_determiner))
            r++;
        return r;
    }
    if (k < hi && is_cap(q, k)) {
        while (k < hi && k - ca < 7 && (is_cap(q, k) && is_word(q, k)))
            k++;
        if (k < hi && is_poss(q, k)) {
            k++; /* "told the Courier's Ann Berg" */
            while (k < hi && k - ca < 9 && is_cap(q, k) && is_word(q, k))
                k++;
        }
    } else if (k < hi && is_word(q, k)) {
        k++;
    }
    return k;
}

/* Does a reported clause open at p: a subject pronoun or "there" before a
 * finite verb ("she was", "there was"), or a determiner phrase of at most
 * three words before a finite auxiliary ("the Tories must", "the government
 * was")? */
static int clause_start(const qctx *q, size_t p, size_t hi)
{
    if (p + 1 >= hi || !is_lower_word(q, p))
        return 0;
    if (he_she_they_we(q, p) || tok_eq(q, p, "there") || tok_eq(q, p, "i") || tok_eq(q, p, "it"))
        return is_lower_word(q, p + 1) && (finite_aux(q, p + 1) || ends_ed(q, p + 1));
    static const char det[][8] = {"the", "a", "an", "his", "her", "its", "their"};
    if (!TOK_IN(q, p, det))
        return 0;
    for (size_t k = p + 1; k < hi && k - p <= 4; k++) {
        if (is_lower_word(q, k) && finite_aux(q, k))
            return k > p + 1;
        if (!(is_word(q, k) || is_poss(q, k)) || cue_at(q, k) || word_in(q, k, ng__q_is_stopword) ||
            word_in(q, k, ng__q_is_pronoun))
            return 0;
    }
    return 0;
}

/* The end of a longer addressee whose first words skip_addressee() read
 * ("told the court in the Californian town of Santa Maria she was …",
 * "told his party's spring conference the Tories must …", "told BBC One's
 * Breakfast with Frost programme there was …"): from ca, words, possessives
 * and numbers with no comma, cue, "that" or finite verb (at most twelve
 * tokens) up to a clause start (clause_start), or ca when there is none. */
Q_RARE static size_t addressee_tail(const qctx *q, size_t ca, size_t hi)
{
    static const char preps[][8] = {"in", "at", "of", "with", "for", "on"};
    int nouns = 0; /* lower-case words passed, at most two ("a House subcommittee hearing") */
    for (size_t k = ca; k < hi && k - ca <= 12; k++) {
        /* (not the object of a preposition: "told Reuters in an interview
         * Hungary must …") */
        if (k > ca && !TOK_IN(q, k - 1, preps) && clause_start(q, k, hi))
            return k;
        /* (a name, a possessive, a number, a noun; past the first word also
         * a preposition of place or "the": not "told of …", "tell people
         * how …", "told BBC News Labour MPs would …", "earlier this week") */
        if (is_poss(q, k) || (is_word(q, k) && is_cap(q, k)) || q->tk[k].kind == NG_TOK_NUMBER)
            continue;
        static const char pre[][8] = {"such", "earlier", "later", "last", "next", "this", "so", "all",
                                      "both", "many", "some", "most", "only", "even", "also", "just"};
        if (!is_lower_word(q, k) || cue_at(q, k) || finite_aux(q, k) || ends_ed(q, k) || TOK_IN(q, k, pre))
            return ca;
        if (word_in(q, k, ng__q_is_stopword) || word_in(q, k, ng__q_is_determiner) || TOK_IN(q, k, preps)) {
            if (!(TOK_IN(q, k, preps) || (k > ca && tok_eq(q, k, "the"))) ||
                (k == ca && (tok_eq(q, k, "of") || tok_eq(q, k, "for") || tok_eq(q, k, "on"))))
                return ca; /* (first: "in", "at", "with" only, not "told of …") */
        } else if (++nouns > 2)
            return ca; /* "told the reporters bilateral retaliation at the …": a clause */
    }
    return ca;
}

/* A headline-style attribution "Rutte: …" or "Former Mayor Holt at Council: …":
 * a paragraph that opens with at most seven capitalised words (with "of",
 * "at", possessives) and a colon.  Returns the colon's token index and the
 * source span, or 0 when the paragraph does not open so. */
static size_t headline_colon(const qctx *q, size_t lo, size_t hi, tspan *sp)
{
    if (!(q->tk[lo].flags & NG_TF_PARA) && lo != 0)
        return 0;
    for (size_t k = lo; k < hi && k - lo <= 7; k++) {
        if (is_punct(q, k, ":")) {
            if (k == lo || k + 1 >= hi || (k == lo + 1 && tlen(q, lo) == 1))
                return 0;
            /* rubrics, not sources: "The Latest:", "Correction:", "Paid Notice:" */
            static const char *const rubric[] = {"latest", "update", "correction", "notice", "breaking",
                                                 "exclusive", "watch", "analysis", "opinion", "review",
                                                 "live", "video", "photos", "note", "daily", "email",
                                                 "briefing", "recap", "explainer", "newsletter",
                                                 "report", "factbox", "timeline", "editorial"};
            for (size_t r = 0; r < NG_ARRAY_LEN(rubric); r++)
                if (tok_eq(q, k - 1, rubric[r]))
                    return 0;
            sp->s = (uint32_t)lo, sp->e = (uint32_t)k;
            return k;
        }
        if (is_poss(q, k))
            continue;
        if (!is_word(q, k))
            return 0;
        if (!is_cap(q, k) && !tok_eq(q, k, "of") && !tok_eq(q, k, "at") && !tok_eq(q, k, "the"))
            return 0;
        /* a word with a cue (wcue() without lower-casing it) */
        if (tlen(q, k) < 24 && (q->wc[k] & NG_QW_CUE))
            return 0;
    }
    return 0;
}

/* ---- pass 1: direct quotations ---- */

typedef struct unit_cue {
    tspan cue, sp;
    tspan head;     /* the name inside sp when sp carries an apposition */
    const char *lemma;
    int after; /* the cue follows the quotation */
} unit_cue;

/* Is the period at token j a part of a web name ("TheIowaRepublican.com",
 * "MoveOn.org"): glued to the word before it and to the word after? */
static int web_dot(const qctx *q, size_t j)
{
    return is_punct(q, j, ".") && j > 0 && j + 1 < q->nt && !(q->tk[j].flags & NG_TF_SPACE) && is_word(q, j - 1) &&
           is_word(q, j + 1) && !(q->tk[j + 1].flags & NG_TF_SPACE);
}

/* Is [a, b) a noun phrase that may be the subject of a past verb at b: a
 * determiner other than "a"/"an" (an apposition's: "a broker based in
 * Tampa", "a longtime donor involved in …"), then only words with no stop
 * word, auxiliary, -ed or -ing word ("the CIA security contractors", not
 * "the retired", "the head of the group")? */
static int appos_subject(const qctx *q, size_t a, size_t b)
{
    if (!is_lower_word(q, a) || !(q->wc[a] & NG_QW_DETERMINER) || b < a + 2 || tok_eq(q, a, "a") ||
        tok_eq(q, a, "an"))
        return 0;
    for (size_t m = a + 1; m < b; m++)
        if (!is_word(q, m) || (q->wc[m] & (NG_QW_STOPWORD | NG_QW_AUX | NG_QW_DETERMINER)) || ends_ed(q, m) ||
            ends_ing(q, m))
            return 0;
    return 1;
}

/* Extends a source phrase after its cue over an apposition that runs to the
 * end of the clause ("said Tom Vance, a senior analyst at a Dutch bank."). */
Q_RARE static void extend_appos(const qctx *q, tspan *sp, size_t hi)
{
    size_t k = sp->e;
    if (sp->e <= sp->s || k + 1 >= hi)
        return;
    /* a restrictive relative clause with no comma: "said a party official
     * who asked not to be named" */
    int bare = is_lower_word(q, k) && (tok_eq(q, k, "who") || tok_eq(q, k, "whose"));
    if (!bare && !is_punct(q, k, ","))
        return;
    /* a role with a participle adjective ("managing director", "acting
     * chairman") or after "then", "now", "also", "formerly" ("then ambassador
     * to Israel", "now a partner at …") */
    static const char ing_roles[][16] = {"managing", "acting", "founding", "visiting", "ranking",
                                         "leading", "outgoing", "incoming", "presiding", "consulting",
                                         "governing", "supervising", "contributing", "reigning",
                                         "executive"};
    static const char then[][16] = {"then", "now", "also", "formerly", "currently"};
    size_t r0 = k + 1; /* the apposition's first word past "then" */
    if (!bare && TOK_IN(q, k + 1, then) && k + 2 < hi && is_word(q, k + 2))
        r0 = k + 2;
    if (!bare &&
        !(word_in(q, r0, ng__q_is_determiner) || is_cap(q, r0) ||
          q->tk[r0].kind == NG_TOK_NUMBER || tok_eq(q, r0, "who") || tok_eq(q, r0, "whose") ||
          (is_lower_word(q, r0) && TOK_IN(q, r0, ing_roles)) ||
          (is_lower_word(q, r0) && !word_in(q, r0, ng__q_is_stopword) && !cue_at(q, r0) &&
           !ends_ing(q, r0) && !n_ly(q, r0))))
        return;
    size_t j = bare ? k : k + 1;
    size_t relc = 0; /* the comma before a relative clause ("…, who served as …") */
    int inf = 0;     /* an infinitive: "the first senator to endorse …" */
    int that_rel = 0; /* a relative "that" clause: "a group that endorsed …" */
    /* (a sentence that ends in an abbreviation, "… of the A.F.L.-C.I.O.",
     * "… in Lawrenceville, N.J.", has no terminal token: the apposition ends
     * with its sentence) */
    size_t send = k;
    while (send < hi && send - k < 50 && q->tk[send].sent == q->tk[k].sent)
        send++;
    size_t title = 0; /* where the apposition may end besides the sentence end: one past
                       * the closing mark of a title in it, or an opening mark after "Fla." */
    /* (the period of a web name is no sentence end: "editor of
     * TheIowaRepublican.com", though the sentence splitter may end one there) */
    while (j < hi && j - k < 50 && (!is_terminal(q, j) || web_dot(q, j)) && !is_punct(q, j, ";") && !is_dash(q, j) &&
           !(q->tk[j].flags & NG_TF_PARA) && (j < send || (j > k && web_dot(q, j - 1)))) {
        if (q->tk[j].kind == NG_TOK_QUOTE) {
            /* "said Ann Berg, the author of “Harbour Lights,” who …": a title
             * after "of" (capitalised, at most 15 tokens) is a part of the
             * apposition (not "… as the operator of “one of the finest …”") */
            size_t m = j + 1;
            while (m < hi && m - j < 16 && q->tk[m].kind != NG_TOK_QUOTE && !(q->tk[m].flags & NG_TF_PARA))
                m++;
            if (!(j > k + 1 && tok_eq(q, j - 1, "of") && (q->tk[j].flags & NG_TF_OPEN) && m > j + 1 && is_cap(q, j + 1) &&
                  m < hi && m - j < 16 && q->tk[m].kind == NG_TOK_QUOTE)) {
                /* "said Ann Berg, 20, of Jacksonville, Fla. “…”": a quotation
                 * that opens after an abbreviation in "." ends the sentence
                 * and the apposition (the splitter keeps "Fla." in it) */
                if ((q->tk[j].flags & NG_TF_OPEN) && j > k + 2 && tlen(q, j - 1) > 1 &&
                    ttext(q, j - 1)[tlen(q, j - 1) - 1] == '.')
                    title = j;
                break;
            }
            j = title = m + 1;
            continue; /* (a title that ends the sentence ends the apposition) */
        }
        if (j + 1 < hi && is_lower_word(q, j) && tok_eq(q, j, "think") && tok_eq(q, j + 1, "tank")) {
            j += 2; /* "a liberal think tank": no cue */
            continue;
        }
        if (is_punct(q, j, ",") && j + 1 < hi && is_lower_word(q, j + 1) &&
            (ends_ing(q, j + 1) || cue_at(q, j + 1)))
            break; /* ", referring to …", ", adding …": the apposition ends here */
        if (is_punct(q, j, ",") && j + 2 < hi && j > k + 1 &&
            (tok_eq(q, j + 1, "via") ||
             ((tok_eq(q, j + 1, "in") || tok_eq(q, j + 1, "on") || tok_eq(q, j + 1, "during")) &&
              ((scls(q, j + 2) & NG_QS_VENUE) || (q->wc[j + 2] & NG_QW_WEEKDAY) ||
               (word_in(q, j + 2, ng__q_is_determiner) && j + 3 < hi &&
                ((scls(q, j + 3) & NG_QS_VENUE) ||
                 (j + 4 < hi && is_lower_word(q, j + 3) && (scls(q, j + 4) & NG_QS_VENUE))))))))
            break; /* ", in a statement provided by …", ", via email", ", on Monday": how
                    * or when it was said, not who */
        if ((tok_eq(q, j, "who") || tok_eq(q, j, "whose") || tok_eq(q, j, "which")) && !relc)
            relc = is_punct(q, j - 1, ",") ? j - 1 : j;
        if (!relc && j > k + 2 && tok_eq(q, j, "that") &&
            ((is_lower_word(q, j - 1) && !cue_at(q, j - 1)) || is_punct(q, j - 1, ",")))
            that_rel = 1; /* "a union that has endorsed Berg": a clause of the apposition */
        inf |= tok_eq(q, j, "to");
        if (!relc && !that_rel && !inf && j > k + 1 && (q->wc[j] & NG_QW_AUX) && is_lower_word(q, j) &&
            (finite_aux(q, j) || tok_eq(q, j, "do"))) {
            /* a finite verb: the apposition was a clause's subject ("according
             * to the group, state security forces have killed …") or it ended
             * at the comma before the verb ("Ann Berg, a port official, was
             * …") */
            if (j > k + 2 && is_punct(q, j - 1, ",")) {
                j--;
                break;
            }
            int bare_np = 1;
            for (size_t m = k + 1; m < j && bare_np; m++)
                bare_np = is_word(q, m) && !(q->wc[m] & (NG_QW_STOPWORD | NG_QW_AUX)) && !ends_ed(q, m);
            if (bare_np)
                return;
        }
        if (!bare && !relc && !that_rel && !inf && j > r0 + 1 && is_lower_word(q, j) &&
            (ends_ed(q, j) || past_form(q, j)) && appos_subject(q, r0, j) && j + 1 < hi &&
            !tok_eq(q, j + 1, "by"))
            return; /* "according to a congressional timeline, the CIA security
                     * contractors left for …": a clause's subject and its past verb */
        const ng_cue *cu = inf || that_rel || ends_ing(q, j) ? NULL : cue_at(q, j);
        if (cu && !relc)
            return; /* "Vance, a mayor says …": no apposition (but "a pollster working for
                     * a group supporting Berg" is one) */
        if (cu && (cu->flags & NG_CUE_SPEECH)) {
            /* "Vance, who said he …" reports a claim of its own: the
             * apposition ends before it (not "…, who endorsed Berg") */
            if (relc <= k + 1)
                return;
            j = relc;
            break;
        }
        j++;
    }
    /* it ends at the sentence end, a comma, or a comma before the next part
     * of a split quotation (“…,” said Vance, a mayor, “…”) */
    if (j - k < 50 &&
        ((j < hi && (is_terminal(q, j) || is_punct(q, j, ";") || is_punct(q, j, ",") || is_dash(q, j) ||
                     (q->tk[j].kind == NG_TOK_QUOTE && is_punct(q, j - 1, ",")))) ||
         (j == send && send > k + 1 && tlen(q, send - 1) > 1 && ttext(q, send - 1)[tlen(q, send - 1) - 1] == '.') ||
         (j == title && (j >= send || q->tk[j].kind == NG_TOK_QUOTE))) &&
        j > k + 1) {
        while (j > k + 1 && is_punct(q, j - 1, ","))
            j--;
        sp->e = (uint32_t)j;
    } else if (relc > k + 2 && !bare && is_lower_word(q, relc) && j - k < 50 && j < hi) {
        /* "said Lionel Sosa, a media consultant who said he …", "said Ann
         * Berg, 34, a plaintiff in the lawsuit who waited in a “…”": it
         * does not end as above, but a relative clause with no comma opened
         * in it: it ends before the relative pronoun (PolNeAR fit: 3 sources
         * right, none lost) */
        sp->e = (uint32_t)relc;
    }
}

/* Cue after a closing mark c: "…,” Rutte said", "…,” said Rutte". */
/* Does the quotation that closes at mark c end in a comma, "?" or "!"
 * inside its marks ("…,” she said): complete, so the cue after it takes
 * it whatever follows the cue? */
static int ends_inside(const qctx *q, size_t c)
{
    return c > 0 && (is_punct(q, c - 1, ",") || is_punct(q, c - 1, "?") || is_punct(q, c - 1, "!"));
}

/* After a cue following a quotation: a short tail, or, for a quotation split
 * around its cue (“…,” he said, “…”), a comma and the next opening mark. */
Q_RARE static int tail_ok(const qctx *q, size_t c, size_t i)
{
    if (short_tail(q, i, q->nt))
        return 1;
    /* a quotation that ends in a comma, "?" or "!" inside its marks is
     * attributed by the cue after it whatever adverbials follow (“…,” she
     * said and hung up; “…,” he said aboard his plane as …); only a
     * reported clause after the cue ("he said that …", "he said the plan …")
     * makes the cue its own */
    if (ends_inside(q, c) && i < q->nt && !(q->tk[i].flags & NG_TF_PARA)) {
        /* (a reported question or condition is a clause too: "on “Hannity,”
         * Gingrich said if Trump picked him …", "on “Morning Joe,” Brzezinski
         * asked Trump how he would …") */
        static const char clause[][8] = {"that", "if", "whether", "how", "why", "what", "where"};
        if (is_lower_word(q, i) && !TOK_IN(q, i, clause) && (word_in(q, i, ng__q_is_stopword) || n_ly(q, i)) &&
            !word_in(q, i, ng__q_is_pronoun) && !word_in(q, i, ng__q_is_determiner))
            return 1;
        if (is_lower_word(q, i)) {
            /* “…,” Berg said outside the court as …: a phrase of place, time or
             * manner opens the tail, however long; not a reported clause */
            static const char pp[][16] = {"in", "on", "at", "during", "outside", "inside", "after", "before",
                                          "as", "while", "when", "from", "with", "about", "of", "via",
                                          "through", "near", "following", "amid", "to",
                                          "matter-of-factly", "afterward", "afterwards", "later", "earlier",
                                          "aboard", "across", "behind", "into", "under", "over", "by", "for",
                                          "without", "alongside", "against", "throughout", "toward", "towards",
                                          "upon", "within", "once", "until", "since", "because", "just"};
            if (TOK_IN(q, i, pp) || n_ly(q, i))
                return 1;
            /* “…,” Berg said answering a question …: a participle */
            if (ends_ing(q, i) && !(q->wc[i] & NG_QW_STOPWORD))
                return 1;
        }
        /* “…,” Berg said Wednesday morning on “Morning Joe.”; “…,” Berg said 30
         * minutes into the debate: a time opens the tail */
        if (i + 1 < q->nt) {
            if (is_word(q, i) && (q->wc[i] & NG_QW_WEEKDAY))
                return 1;
            static const char units[][8] = {"seconds", "minutes", "hours", "days", "weeks", "months", "years"};
            if ((q->tk[i].kind == NG_TOK_NUMBER || tok_eq(q, i, "a")) && TOK_IN(q, i + 1, units))
                return 1;
        }
    }
    return c > 0 && is_punct(q, c - 1, ",") && i + 1 < q->nt &&
           (is_punct(q, i, ",") || is_punct(q, i, ":")) && is_qmark(q, i + 1) &&
           (q->tk[i + 1].flags & NG_TF_OPEN);
}

/* After a quotation that ends in a comma, "?" or "!" inside its marks, a
 * verb of telling (told, tells) followed by its addressee takes the
 * quotation whatever follows the addressee (“…,” Trump told NBC’s “Today”
 * on Monday; “…,” an employee told French television station BFMTV): such a
 * quotation is complete, so only a reported clause opening right after the
 * verb ("that", a question word, a subject pronoun) makes the verb its own. */
static int tell_tail(const qctx *q, size_t c, const ng_cue *cu, size_t i)
{
    if (!(cu->flags & NG_CUE_TELL) || !ends_inside(q, c) || i >= q->nt || (q->tk[i].flags & NG_TF_PARA))
        return 0;
    static const char clause[][8] = {"that", "how", "what", "why", "whether", "when", "where", "if",
                                     "he", "she", "they", "it", "we", "i", "you", "there", "this"};
    if (!is_word(q, i) || TOK_IN(q, i, clause))
        return 0;
    /* the addressee must not run into a clause of its own: "told reporters
     * the plan would fail" (a finite auxiliary within the next few words) */
    for (size_t k = i; k < q->nt && k - i < 6; k++) {
        if (!is_word(q, k) && !is_poss(q, k))
            break;
        if (k > i && (q->wc[k] & NG_QW_AUX) && is_lower_word(q, k))
            return 0;
    }
    return 1;
}

/* A quotation that ends in a comma, "?" or "!" inside its marks, then a
 * longer subject phrase and its verb of speech (a listed cue): “…,” Ann Lund
 * of the Harbour Institute for Ferry Studies wrote in June; “…,” the two
 * write.  (Unlisted verbs in -s or -ed, “…,” a voice-over in the ad states,
 * gained 4 sources on PolNeAR fit and lost one on the held-out part: not
 * taken.)  Returns 1 and fills *uc, else 0. */
Q_RARE static int cue_after_long_subject(const qctx *q, size_t c, unit_cue *uc)
{
    size_t k = c + 1, nt = q->nt;
    if (!ends_inside(q, c))
        return 0;
    if (k < nt && is_punct(q, k, ","))
        k++;
    if (k >= nt || (q->tk[k].flags & NG_TF_PARA) || !is_word(q, k) || cue_at(q, k) ||
        (is_cap(q, k) ? word_in(q, k, ng__q_is_pronoun) || word_in(q, k, ng__q_is_stopword)
                      : !(word_in(q, k, ng__q_is_determiner) || tok_eq(q, k, "one") || tok_eq(q, k, "another"))))
        return 0;
    static const char inner[][8] = {"of", "in", "on", "at", "for", "from", "with", "the", "a", "an", "and"};
    for (size_t j = k + 1; j < nt && j - k < 16; j++) {
        if ((q->tk[j].flags & NG_TF_PARA) || (q->wc[j] & NG_QW_WEEKDAY))
            return 0;
        if (is_poss(q, j) || (q->tk[j].kind == NG_TOK_NUMBER) ||
            (is_punct(q, j, "-") && !(q->tk[j].flags & NG_TF_SPACE)) || (is_word(q, j) && is_cap(q, j)))
            continue;
        if (!is_lower_word(q, j))
            return 0;
        if (TOK_IN(q, j, inner))
            continue;
        const ng_cue *cu = cue_at(q, j);
        int speech = cu && (cu->flags & NG_CUE_SPEECH);
        if (!speech) {
            if (cu || (q->wc[j] & (NG_QW_STOPWORD | NG_QW_AUX)) || ends_ing(q, j))
                return 0;
            continue; /* a lower-case word of the phrase: "a voice-over in the ad" */
        }
        size_t end = skip_aux_back(q, j, k);
        if (end <= k + 1 || end - k > 14)
            return 0;
        if (!(j + 1 < nt && is_terminal(q, j + 1)) && !tail_ok(q, c, j + 1) &&
            !(speech && tell_tail(q, c, cu, j + 1)))
            return 0;
        memset(uc, 0, sizeof *uc);
        uc->sp.s = (uint32_t)k, uc->sp.e = (uint32_t)end;
        np_before(q, end, k, &uc->head, 0);
        uc->cue.s = (uint32_t)j, uc->cue.e = (uint32_t)j + 1;
        uc->lemma = cu ? cu->lemma : NULL;
        uc->after = 1;
        return 1;
    }
    return 0;
}

static int cue_after_close_1(const qctx *q, size_t c, unit_cue *uc);

/* "read", "reads": the cue of a written text after its quotation (“…,”
 * read the statement; “…,” the email reads), and nowhere else */
static int is_read(const qctx *q, size_t k)
{
    return is_lower_word(q, k) && (tok_eq(q, k, "read") || tok_eq(q, k, "reads"));
}

static int cue_after_close(const qctx *q, size_t c, unit_cue *uc)
{
    return cue_after_close_1(q, c, uc) || cue_after_long_subject(q, c, uc);
}

/* After a verb of speech that follows a quotation ending in a comma, "?" or
 * "!" inside its marks, a phrase np_after does not read: a role with its
 * complements up to a comma, a relative pronoun or the sentence end ("said
 * former secretary of state Ann Berg, who …", "said one of those advisers,
 * who …", "said one well-connected Democrat familiar with the campaign").
 * No auxiliary, "that" or other cue inside (not "said the plan would fail"),
 * a capitalised word or at least two words, at most 14 tokens.  Taken when
 * np_after's phrase leaves no tail the quotation allows (tail_ok). */
Q_RARE static void role_after(const qctx *q, size_t i, tspan *sp)
{
    sp->s = sp->e = 0;
    int one = i < q->nt && (tok_eq(q, i, "one") || tok_eq(q, i, "another"));
    if (i >= q->nt || !is_lower_word(q, i) || (word_in(q, i, ng__q_is_pronoun) && !one) || cue_at(q, i) ||
        ends_ing(q, i) || n_ly(q, i) || ((q->wc[i] & NG_QW_STOPWORD) && !word_in(q, i, ng__q_is_determiner) && !one))
        return;
    size_t k = i;
    int cap = 0;
    for (; k < q->nt && k - i < 14; k++) {
        if (q->tk[k].flags & NG_TF_PARA)
            return;
        if (is_poss(q, k) || (is_punct(q, k, "-") && !(q->tk[k].flags & NG_TF_SPACE)) ||
            q->tk[k].kind == NG_TOK_NUMBER)
            continue;
        if (!is_word(q, k))
            break;
        if (k > i && (tok_eq(q, k, "who") || tok_eq(q, k, "whose")))
            break;
        if (is_lower_word(q, k) && ((q->wc[k] & NG_QW_AUX) || tok_eq(q, k, "that") || tok_eq(q, k, "which") ||
                                    (k > i && cue_at(q, k))))
            return;
        cap |= is_cap(q, k);
    }
    if (k >= q->nt || !(is_terminal(q, k) || is_punct(q, k, ",") || tok_eq(q, k, "who") || tok_eq(q, k, "whose")) ||
        !(cap || k - i >= 2))
        return;
    sp->s = (uint32_t)i, sp->e = (uint32_t)k;
}

static int cue_after_close_1(const qctx *q, size_t c, unit_cue *uc)
{
    size_t k = c + 1, nt = q->nt;
    if (k + 2 < nt && q->tk[k].kind == NG_TOK_PUNCT && tok_eq(q, k, "-") && is_word(q, k + 1) && is_cap(q, k + 1)) {
        /* “…” - Ann Berg.  (a fact-check's or a list's layout): the name
         * after the dash, up to the sentence or paragraph end or a comma */
        size_t e = k + 1;
        while (e < nt && e - k < 6 && (is_word(q, e) || is_poss(q, e)) && is_cap(q, e))
            e++;
        if (e == nt || is_terminal(q, e) || is_punct(q, e, ",") || (q->tk[e].flags & NG_TF_PARA)) {
            memset(uc, 0, sizeof *uc);
            uc->sp.s = uc->head.s = (uint32_t)k + 1, uc->sp.e = uc->head.e = (uint32_t)e;
            uc->cue.s = (uint32_t)k, uc->cue.e = (uint32_t)k + 1;
            uc->after = 1;
            return 1;
        }
    }
    if (k < nt && is_squote(q, k) && !(q->tk[k].flags & NG_TF_SPACE))
        k++; /* ''We are told, 'It is special,''' Berg said: the nested quotation's mark */
    if (k < nt && (is_punct(q, k, ",") || is_dash(q, k)))
        k++;
    if (k >= nt || (q->tk[k].flags & NG_TF_PARA))
        return 0;
    size_t hi = k + 10 < nt ? k + 10 : nt;
    while (hi < nt && hi < k + 18 && is_word(q, hi) && is_cap(q, hi) && is_cap(q, hi - 1))
        hi++; /* a name that runs on ("said Ray Rae Marshall of the James Marshall Hendrix Foundation") */
    /* the phrase ends at the first boundary */
    size_t lim = k;
    while (lim < hi && !(q->tk[lim].flags & NG_TF_PARA)) {
        if (is_word(q, lim) || is_poss(q, lim) ||
            (lim > k && (q->tk[lim].kind == NG_TOK_NUMBER ||
                         (is_punct(q, lim, "-") && !(q->tk[lim].flags & NG_TF_SPACE))))) {
            lim++; /* (and "a 2008 campaign veteran", "the 46-year-old") */
            continue;
        }
        size_t r = lim + 1; /* "Sen. Ann Berg (D-Ore.) said": past the brackets */
        while (lim > k && is_punct(q, lim, "(") && r < nt && r - lim < 8 && !is_punct(q, r, ")") &&
               !(q->tk[r].flags & NG_TF_PARA))
            r++;
        if (!(lim > k && is_punct(q, lim, "(") && r < nt && is_punct(q, r, ")")))
            break;
        lim = r + 1;
        if (hi < lim + 3 && lim + 3 <= nt)
            hi = lim + 3;
    }
    /* “…?” Hannity pressed. “…,” Trump shot back. “…,” Berg points out: a
     * verb in -ed or -s (listed or not, of speech or not; "shot back", "went
     * on", "pointed out") right after a name or a pronoun ends the sentence,
     * or a comma, a dash, "with" or "as" follows it, or after a quotation
     * that ends in a comma "in", "during" or "at" (“…,” Berg shot back with a
     * laugh); also a verb in -ed after a short phrase that opens with a
     * determiner (“…,” an angry Berg retorted; after “…?” or “…!” a new
     * sentence may open so: “…?” The storm hit at noon) */
    if (ends_inside(q, c) && is_word(q, k)) {
        size_t j = k;
        if (word_in(q, k, ng__q_is_pronoun) && !tok_eq(q, k, "it"))
            j = k + 1;
        else if (word_in(q, k, ng__q_is_determiner) && !word_in(q, k, ng__q_is_pronoun) &&
                 !tok_eq(q, k, "that")) {
            /* “…,” an angry Hollande retorted; “…,” the statement added */
            j = k + 1;
            while (j < nt && j - k < 4 && is_word(q, j) && !(q->wc[j] & (NG_QW_STOPWORD | NG_QW_AUX | NG_QW_PRONOUN)) &&
                   !(is_lower_word(q, j) && (ends_ed(q, j) || cue_at(q, j))))
                j++;
            if (j == k + 1)
                j = k;
        } else
            while (j < nt && j - k < 5 && is_word(q, j) && is_cap(q, j) && !word_in(q, j, ng__q_is_pronoun))
                j++;
        static const char irr[][8] = {"shot", "fired", "went", "wrote", "spoke", "began"};
        size_t e = j + 1;
        if (j > k && e < nt && is_lower_word(q, j) && TOK_IN(q, j, irr) &&
            (tok_eq(q, e, "back") || tok_eq(q, e, "on")))
            e++; /* "shot back", "went on" */
        else if (j > k && j < nt && !word_in(q, k, ng__q_is_determiner) && is_lower_word(q, j) && tlen(q, j) > 3 &&
                 ttext(q, j)[tlen(q, j) - 1] == 's' && ttext(q, j)[tlen(q, j) - 2] != 's' &&
                 !(q->wc[j] & (NG_QW_STOPWORD | NG_QW_AUX))) {
            if (e < nt && is_lower_word(q, e) && (tok_eq(q, e, "out") || tok_eq(q, e, "back") || tok_eq(q, e, "on")))
                e++; /* "points out", "fires back" */
        } else if (!(j > k && j < nt && is_lower_word(q, j) && ends_ed(q, j) && !(q->wc[j] & NG_QW_STOPWORD)))
            e = 0;
        else if (e < nt && is_lower_word(q, e) && (tok_eq(q, e, "out") || tok_eq(q, e, "back")))
            e++; /* "pointed out" */
        if (e && e < nt && (is_terminal(q, e) || (is_punct(q, e, ",") && e + 1 < nt && is_qmark(q, e + 1) &&
                                                  (q->tk[e + 1].flags & NG_TF_OPEN)) ||
                            is_punct(q, e, ",") || is_dash(q, e) ||
                            (is_lower_word(q, e) && (tok_eq(q, e, "with") || tok_eq(q, e, "as")) &&
                             (is_punct(q, c - 1, ",") || !word_in(q, k, ng__q_is_determiner))) ||
                            (is_lower_word(q, e) && is_punct(q, c - 1, ",") &&
                             (tok_eq(q, e, "in") || tok_eq(q, e, "during") || tok_eq(q, e, "at"))))) {
            uc->sp.s = uc->head.s = (uint32_t)k, uc->sp.e = uc->head.e = (uint32_t)j;
            uc->cue.s = (uint32_t)j, uc->cue.e = (uint32_t)e;
            const ng_cue *cj = e == j + 1 ? cue_at(q, j) : NULL;
            uc->lemma = cj ? cj->lemma : NULL;
            uc->after = 1;
            return 1;
        }
    }
    /* a written text "reads" its quotation: “…,” read the statement;
     * “…,” the email reads (only right after such a quotation: "read" is
     * no cue elsewhere) */
    static const ng_cue read_cue = {"read", "read", NG_CUE_SPEECH};
    int ended = ends_inside(q, c);
    const ng_cue *cu = cue_at(q, k);
    if (!cu && ended && is_read(q, k))
        cu = &read_cue;
    if (cu && (cu->flags & NG_CUE_SPEECH)) {
        np_after(q, k + 1, lim, &uc->sp);
        if (ended && !tail_ok(q, c, uc->sp.e > uc->sp.s ? uc->sp.e : k + 1)) {
            tspan r;
            role_after(q, k + 1, &r);
            if (r.e > r.s)
                uc->sp = r;
        }
        size_t after = uc->sp.e > uc->sp.s ? uc->sp.e : k + 1;
        if (!tail_ok(q, c, after))
            return 0;
        uc->head = uc->sp;
        extend_appos(q, &uc->sp, nt);
        uc->cue.s = (uint32_t)k, uc->cue.e = (uint32_t)k + 1;
        uc->lemma = cu->lemma;
        uc->after = 1;
        return 1;
    }
    if (ended && is_lower_word(q, k) && ends_ed(q, k) && !(q->wc[k] & NG_QW_STOPWORD) && k + 2 < nt &&
        !tok_eq(q, k + 1, "by")) {
        /* “…,” opined the Harbour Gazette.  “…?” reacted Berg.: an unlisted
         * verb in -ed before a speaker that ends the sentence, as after one */
        np_after(q, k + 1, lim, &uc->sp);
        if (uc->sp.e > uc->sp.s && uc->sp.e < nt && is_terminal(q, uc->sp.e)) {
            uc->head = uc->sp;
            uc->cue.s = (uint32_t)k, uc->cue.e = (uint32_t)k + 1;
            uc->lemma = cu ? cu->lemma : NULL;
            uc->after = 1;
            return 1;
        }
        uc->sp.s = uc->sp.e = 0;
    }
    for (size_t j = k + 1; j < lim; j++) {
        cu = cue_at(q, j);
        if (!cu && ended && is_read(q, j) &&
            j + 1 < nt && (is_terminal(q, j + 1) || tail_ok(q, c, j + 1)))
            cu = &read_cue;
        if (!cu)
            continue;
        if (!(cu->flags & NG_CUE_SPEECH))
            return 0;
        size_t end = skip_aux_back(q, j, k);
        np_before(q, end, k, &uc->sp, 0);
        if (uc->sp.e > uc->sp.s && uc->sp.s != k)
            extend_left(q, &uc->sp, k); /* “…,” a spokesman for the board said */
        if (uc->sp.e > uc->sp.s && uc->sp.s != k)
            rel_subject(q, &uc->sp, k); /* “…,” one official who was there said */
        if (uc->sp.e <= uc->sp.s || uc->sp.s != k)
            return 0;
        size_t tail = j + 1;
        if (cu->flags & NG_CUE_TELL)
            tail = skip_addressee(q, j + 1, nt); /* "told reporters", "told the New York Times" */
        if (!tail_ok(q, c, tail) && !tail_ok(q, c, j + 1) && !tell_tail(q, c, cu, j + 1))
            return 0;
        uc->cue.s = (uint32_t)j, uc->cue.e = (uint32_t)j + 1;
        uc->lemma = cu->lemma;
        uc->after = 1;
        return 1;
    }
    /* “…,” Ann Berg, the city manager, said; “…,” the city manager, Ann Berg, said */
    if (lim < nt && lim > k && is_punct(q, lim, ",") &&
        (is_cap(q, k) || word_in(q, k, ng__q_is_determiner))) {
        size_t hi2 = k + 30 < nt ? k + 30 : nt;
        for (size_t j = lim + 1; j < hi2; j++) {
            if ((is_terminal(q, j) && !(is_punct(q, j, ".") && j + 1 < nt && is_punct(q, j + 1, ","))) ||
                (q->tk[j].kind == NG_TOK_QUOTE && !is_poss(q, j)) || (q->tk[j].flags & NG_TF_PARA))
                break; /* (the period of "R-Ky.," is no sentence end) */
            if (!is_punct(q, j - 1, ","))
                continue;
            cu = cue_at(q, j);
            if (!cu || !(cu->flags & NG_CUE_SPEECH))
                continue;
            tspan sp, head;
            appositive(q, j - 1, k, &sp, &head);
            if (sp.e <= sp.s || sp.s != k)
                break;
            size_t tail = (cu->flags & NG_CUE_TELL) ? skip_addressee(q, j + 1, nt) : j + 1;
            if (!tail_ok(q, c, tail) && !tail_ok(q, c, j + 1) && !tell_tail(q, c, cu, j + 1))
                break;
            uc->sp = sp, uc->head = head;
            uc->cue.s = (uint32_t)j, uc->cue.e = (uint32_t)j + 1;
            uc->lemma = cu->lemma;
            uc->after = 1;
            return 1;
        }
    }
    return 0;
}

static int cue_before_open_lex(const qctx *q, size_t o, unit_cue *uc);
static int own_cue_tail(const qctx *q, size_t c);

/* "Ann Berg delivered a blunt message to the mayor: “…”", "He then listed
 * the qualities of a nominee: “…”", "Rubio fired back forcefully: “…”": a
 * sentence that opens with its subject (subj_at_start; not after "As", a
 * one-word subject a pronoun or a name) and a verb in -ed or -s or an
 * irregular past, and ends, within 16 tokens and no sentence end or quote
 * mark, in the colon before the quotation, whose last word is no verb
 * (cue_before_open takes those); the verb phrase through the colon is the
 * cue.  PolNeAR fit: 4 sources more right, none lost. */
Q_RARE static int colon_clause(const qctx *q, size_t o, size_t lo, unit_cue *uc)
{
    tspan sp;
    subj_at_start(q, lo, o - 1, &sp);
    if (sp.e <= sp.s || sp.e + 1 >= o || ((q->wc[sp.s] & NG_QW_STOPWORD) && !(q->wc[sp.s] & (NG_QW_DETERMINER | NG_QW_PRONOUN))))
        return 0; /* (not "As Professor Foner put it:") */
    if (sp.e == sp.s + 1 && !(q->wc[sp.s] & NG_QW_PRONOUN)) {
        /* one word: a pronoun or a name ("Giant screens hanging …": none) */
        uint8_t type = NG_ENT_NONE;
        int32_t ent = mention_entity_in(q->d, bstart(q, sp.s), bend(q, sp.s), &type);
        if (ent < 0 && type == NG_ENT_NONE)
            return 0;
    }
    size_t v = sp.e;
    if (is_lower_word(q, v) && (q->wc[v] & NG_QW_AUX) && v + 2 < o)
        v++; /* "are obliged to disclose:", "has delivered" */
    if (!(is_lower_word(q, v) && !(q->wc[v] & NG_QW_STOPWORD) && (ends_ed(q, v) || past_form(q, v) ||
                                                                  (tlen(q, v) > 3 && ttext(q, v)[tlen(q, v) - 1] == 's'))))
        return 0;
    for (size_t k = v + 1; k < o - 1; k++)
        if (is_terminal(q, k) || q->tk[k].kind == NG_TOK_QUOTE || k - v > 16)
            return 0;
    memset(uc, 0, sizeof *uc);
    uc->sp = sp;
    uc->cue.s = (uint32_t)sp.e, uc->cue.e = (uint32_t)o;
    uc->lemma = NULL;
    uc->after = 0;
    return 1;
}

/* Is the quotation opening at token open (its first word at ct_a, words
 * words) a programme's or a work's name after a preposition or a
 * possessive ("during an appearance on CBS's “Face the Nation,” Sanders was
 * asked …", "Wednesday on Fox News Channel’s “Hannity,” Gingrich said …"):
 * up to five words, the first capitalised?  Not a direct quotation. */
static int title_quote(const qctx *q, size_t open, size_t ct_a, int words)
{
    static const char prep[][8] = {"on", "of", "from", "at", "in"};
    if (open == 0 || words > 5 || !is_cap(q, ct_a))
        return 0;
    size_t p = open - 1;
    return is_poss(q, p) || (is_lower_word(q, p) && TOK_IN(q, p, prep));
}

/* The start of two names joined by "and" before a quotation's colon ("More
 * from Blumenthal and Cohen: “…”", "- Frank Newport and Jim Harter: “…”"),
 * where np_before stops at the "and": the first name, one to four
 * capitalised words, opens the sentence or follows a dash or "from".  Else
 * sp.s. */
static size_t colon_pair(const qctx *q, tspan sp, size_t lo)
{
    size_t a = sp.s;
    if (a < lo + 2 || !tok_eq(q, a - 1, "and"))
        return sp.s;
    for (size_t k = sp.s; k < sp.e; k++)
        if (!is_word(q, k) || !is_cap(q, k))
            return sp.s; /* (the second name capitalised words only) */
    size_t r = a - 1;
    while (r > lo && a - 1 - r < 4 && is_word(q, r - 1) && is_cap(q, r - 1) &&
           !word_in(q, r - 1, ng__q_is_stopword) && !(q->tk[r - 1].flags & NG_TF_ALLCAP))
        r--;
    if (r == a - 1)
        return sp.s;
    if (r == lo || is_dash(q, r - 1) || tok_eq(q, r - 1, "from"))
        return r;
    return sp.s;
}

/* Cue before an opening mark o: "Rutte said: “…”", "He told reporters, “…”",
 * and any verb before a colon with a subject: "Trump boomed: “…”", "Article
 * 33 affirms: “…”" (its lemma unknown: NULL). */
static int cue_before_open(const qctx *q, size_t o, unit_cue *uc)
{
    if (cue_before_open_lex(q, o, uc))
        return 1;
    if (o < 2 || !is_punct(q, o - 1, ":"))
        return 0;
    size_t lo = q->sfirst[q->tk[o - 1].sent], t = o - 2;
    if (t >= lo && is_word(q, t) && is_cap(q, t) && !(q->tk[t].flags & NG_TF_ALLCAP) &&
        !word_in(q, t, ng__q_is_stopword) && !(q->tk[o].flags & NG_TF_PARA)) {
        /* "… does not surprise pollster Ann Berg: “…”", "Vance: “…”" in
         * running text: the name before the colon */
        memset(uc, 0, sizeof *uc);
        np_before(q, o - 1, lo, &uc->sp, 0);
        if (uc->sp.e <= uc->sp.s || uc->sp.e != o - 1)
            return 0;
        for (size_t k = uc->sp.s; k > lo && uc->sp.s - k < 3; k--)
            if (tok_eq(q, k - 1, "by"))
                return 0; /* a byline: "by Times' Ann Berg: “…”" */
        while (uc->sp.s + 1 < uc->sp.e && is_lower_word(q, uc->sp.s) && !word_in(q, uc->sp.s, ng__q_is_determiner))
            uc->sp.s++; /* "surprise pollster Ann Berg" */
        uc->sp.s = (uint32_t)colon_pair(q, uc->sp, lo);
        uc->cue.s = (uint32_t)o - 1, uc->cue.e = (uint32_t)o;
        uc->lemma = NULL;
        uc->after = 0;
        return 1;
    }
    if (t > lo && (tok_eq(q, t, "follows") || (t > lo + 1 && (tok_eq(q, t - 1, "following") ||
                                                               (t > lo + 2 && tok_eq(q, t - 2, "following")))))) {
        /* "Berg issued the following statement: “…”", "The transcript is
         * as follows: “…”": the sentence's subject, the words after it the cue */
        memset(uc, 0, sizeof *uc);
        subj_at_start(q, lo, t, &uc->sp);
        if (uc->sp.e <= uc->sp.s || uc->sp.e >= t)
            return 0;
        uc->cue.s = uc->sp.e, uc->cue.e = (uint32_t)o; /* (through the colon) */
        uc->lemma = NULL;
        uc->after = 0;
        return 1;
    }
    if (t <= lo || !is_lower_word(q, t) || word_in(q, t, ng__q_is_stopword) || tlen(q, t) < 4)
        return colon_clause(q, o, lo, uc);
    const char *w = ttext(q, t);
    size_t n = tlen(q, t);
    if (!(w[n - 1] == 's' || (w[n - 2] == 'e' && w[n - 1] == 'd')))
        return colon_clause(q, o, lo, uc); /* a verb in -s or -ed */
    memset(uc, 0, sizeof *uc);
    np_before(q, skip_aux_back(q, t, lo), lo, &uc->sp, 0);
    if (uc->sp.e <= uc->sp.s)
        return 0;
    uc->cue.s = (uint32_t)t, uc->cue.e = (uint32_t)t + 1;
    uc->lemma = NULL;
    uc->after = 0;
    return 1;
}

static int cue_before_open_lex(const qctx *q, size_t o, unit_cue *uc)
{
    /* a paragraph ending in a colon introduces the quotation that opens
     * the next one ("Breitbart News responded:\n\n“…”") */
    int para_colon = (q->tk[o].flags & NG_TF_PARA) && o > 0 && is_punct(q, o - 1, ":");
    if (o == 0 || ((q->tk[o].flags & NG_TF_PARA) && !para_colon))
        return 0;
    size_t lo = q->sfirst[q->tk[para_colon ? o - 1 : o].sent];
    tspan hs;
    size_t colon = headline_colon(q, lo, o + 1, &hs);
    if (colon && colon + 1 == o) { /* "Berg: “…”" */
        uc->sp = hs;
        uc->cue.s = (uint32_t)colon, uc->cue.e = (uint32_t)colon + 1;
        uc->lemma = NULL;
        uc->after = 0;
        return 1;
    }
    if (o > lo && q->tk[o - 1].kind == NG_TOK_QUOTE)
        return 0;
    size_t j = o;
    int punct = 0;
    if (j > lo && (is_punct(q, j - 1, ":") || is_punct(q, j - 1, ",") || is_dash(q, j - 1)))
        j--, punct = 1;
    if (punct && j > lo + 1 && j - lo <= 24 && is_cap(q, lo) && (is_cap(q, lo + 1) || (q->wc[lo + 1] & NG_QW_DETERMINER))) {
        /* "Said Ann Berg, who grew up on the island, “…”": the cue opening
         * the sentence, the speaker between it and the comma or colon */
        static const char inv[][8] = {"said", "says", "added", "adds", "wrote", "writes"};
        int other = 0;
        for (size_t k = lo + 1; k < j && !other; k++)
            other = cue_at(q, k) != NULL || q->tk[k].kind == NG_TOK_QUOTE;
        if (!other && TOK_IN(q, lo, inv)) {
            char w[24];
            size_t n = LOW(lo, w);
            const ng_cue *cu = n ? wcue(q, lo, w, n) : NULL;
            if (cu) {
                size_t h = lo + 1;
                while (h < j && (is_cap(q, h) || is_poss(q, h)))
                    h++;
                uc->sp.s = (uint32_t)lo + 1, uc->sp.e = (uint32_t)j;
                uc->head.s = (uint32_t)lo + 1, uc->head.e = (uint32_t)(h > lo + 1 ? h : j);
                uc->cue.s = (uint32_t)lo, uc->cue.e = (uint32_t)lo + 1;
                uc->lemma = cu->lemma;
                uc->after = 0;
                return 1;
            }
        }
    }
    /* t = j - 1 - back stays >= lo (unsigned: no wrap-around below 0) */
    for (size_t back = 0; back + lo < j && back < (punct ? 10u : 1u); back++) {
        size_t t = j - 1 - back;
        if (punct && t + 1 < j && (q->tk[t].kind == NG_TOK_NUMBER ||
                                   (is_punct(q, t, "-") && t > lo && q->tk[t - 1].kind == NG_TOK_NUMBER &&
                                    q->tk[t + 1].kind == NG_TOK_NUMBER)))
            continue; /* "said after the 4-0 win: “…”": a score or a number in the phrase */
        if (!(is_word(q, t) || is_poss(q, t)))
            return 0;
        const ng_cue *cu = cue_at(q, t);
        if (!cu)
            continue;
        if (!(cu->flags & NG_CUE_SPEECH))
            return 0;
        if (!punct && (cu->flags & (NG_CUE_TELL | NG_CUE_REPORT)))
            return 0; /* "told “Fox and Friends”", "reported “…”": an addressee or a title */
        size_t end = skip_aux_back(q, t, lo);
        np_before(q, end, lo, &uc->sp, 0);
        if (end > lo + 1 && is_lower_word(q, end - 1) && (tok_eq(q, end - 1, "who") || tok_eq(q, end - 1, "which")))
            /* "from Mike Lee, who declared in the spin room, “…”", "the
             * report, which notes, “…”": the relative pronoun, as reported
             * speech takes it ("Berg, who said …"; PolNeAR's convention:
             * fit 3 sources more right, none lost; "that" was right 3 times
             * in 5, "a headline that said": not taken); the phrase before
             * "who" (np_before) stays the head the speaker resolves from */
            uc->head = uc->sp, uc->sp.s = (uint32_t)end - 1, uc->sp.e = (uint32_t)end;
        if (uc->sp.e <= uc->sp.s && end > lo + 1 && is_punct(q, end - 1, ",") && !ends_ing(q, t)) {
            /* "Fingrid's chief executive, Anna Virtanen, said: “…”", "Anna
             * Virtanen, the chief executive, said: “…”": the name with its
             * apposition, else the phrase before the comma */
            appositive(q, end - 1, lo, &uc->sp, &uc->head);
            if (uc->sp.e < end - 1 && uc->sp.s > lo && is_punct(q, uc->sp.s - 1, ","))
                uc->sp.s = uc->sp.e = uc->head.s = uc->head.e = 0; /* ("Berea, OH, after …, Gov. Ann Berg, said:") */
            if (uc->sp.e <= uc->sp.s) {
                np_before(q, end - 1, lo, &uc->sp, 0);
                if (uc->sp.e > uc->sp.s)
                    extend_left(q, &uc->sp, lo);
            }
        }
        if (uc->sp.e <= uc->sp.s && end > lo &&
            (tok_eq(q, end - 1, "and") || tok_eq(q, end - 1, "but") ||
             (is_punct(q, end - 1, ",") && ends_ing(q, t)))) {
            /* "Holt said … and added: “…”": the subject of the cue before */
            for (size_t k = end - 1; k-- > lo && end - k < 40;) {
                const ng_cue *c2 = cue_at(q, k);
                if (c2 && (c2->flags & NG_CUE_SPEECH)) {
                    np_before(q, skip_aux_back(q, k, lo), lo, &uc->sp, 0);
                    break;
                }
            }
            if (uc->sp.e <= uc->sp.s)
                subj_at_start(q, lo, end - 1, &uc->sp);
        }
        uc->cue.s = (uint32_t)t, uc->cue.e = (uint32_t)t + 1;
        uc->lemma = cu->lemma;
        uc->after = 0;
        return 1;
    }
    return 0;
}

static int count_words(const qctx *q, size_t a, size_t b)
{
    int n = 0;
    for (size_t i = a; i < b; i++)
        n += is_word(q, i) || q->tk[i].kind == NG_TOK_NUMBER;
    return n;
}

static int has_terminal(const qctx *q, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (is_terminal(q, i))
            return 1;
    return 0;
}

static int pass_direct(qctx *q)
{
    ng_doc *d = q->d;
    NG_VEC(seg) segs = {0};
    size_t open = NONE;
    int rc;
    /* (before the first quote mark nothing is open and nothing happens) */
    for (size_t i = q->first_quote; i < q->nt; i++) {
        const ng_token *t = &q->tk[i];
        if ((t->flags & NG_TF_PARA) && open != NONE) {
            /* the paragraph ended inside a quotation */
            seg s = {(uint32_t)open, NONE, q->tk[open].end, q->tk[i - 1].end, 0, (uint32_t)i};
            if (open + 1 < i && (rc = NG_VEC_PUSH(&d->arena, segs, s)) != 0)
                return rc;
            open = NONE;
            if (is_qmark(q, i) && (t->flags & NG_TF_OPEN) && segs.n && segs.v[segs.n - 1].open == s.open) {
                open = i; /* continues in this paragraph */
                segs.v[segs.n - 1].cont = 2; /* marker: the next segment continues this one */
                continue;
            }
        }
        if (t->kind != NG_TOK_QUOTE)
            continue; /* (what follows wants a quote mark) */
        if (!is_qmark(q, i) &&
            !(q->single && open != NONE && i - open <= 5 && is_squote(q, i) && (t->flags & NG_TF_CLOSE)))
            continue; /* (a short single-quoted fragment closes anyway: 'irreversible' by) */
        if (open == NONE) {
            if (t->flags & NG_TF_OPEN)
                open = i;
            continue;
        }
        /* “…ready?“ he asked: a mark glued to the text it follows closes */
        int glued = !(t->flags & NG_TF_SPACE) && i > 0 && i > open + 1 &&
                    q->tk[i - 1].kind != NG_TOK_QUOTE;
        if ((t->flags & NG_TF_CLOSE) || glued) {
            if (open + 1 < i) {
                seg s = {(uint32_t)open, (uint32_t)i, q->tk[open].end, q->tk[i - 1].end, 0, (uint32_t)i + 1};
                if ((rc = NG_VEC_PUSH(&d->arena, segs, s)) != 0)
                    return rc;
            }
            open = NONE;
        } else if (i > open + 2 && is_terminal(q, i - 1) && (t->flags & NG_TF_SPACE) &&
                   (t->flags & NG_TF_OPEN)) {
            /* “… apart. “It gave me …”: a quotation that opens a sentence
             * while one is still open continues it, as in the next
             * paragraph (the convention, where the paragraph break was
             * lost: text extracted from pages, corpora joined into lines) */
            seg s = {(uint32_t)open, NONE, q->tk[open].end, q->tk[i - 1].end, 2, (uint32_t)i};
            if ((rc = NG_VEC_PUSH(&d->arena, segs, s)) != 0)
                return rc;
            open = i;
        } else {
            open = i; /* two openings: the first was stray */
        }
    }
    if (open != NONE && open + 1 < q->nt) {
        seg s = {(uint32_t)open, NONE, q->tk[open].end, q->tk[q->nt - 1].end, 0, (uint32_t)q->nt};
        if ((rc = NG_VEC_PUSH(&d->arena, segs, s)) != 0)
            return rc;
    }
    /* turn the "continues into next" markers into "continues previous" */
    for (size_t k = segs.n; k-- > 0;) {
        if (segs.v[k].cont == 2) {
            segs.v[k].cont = 0;
            if (k + 1 < segs.n)
                segs.v[k + 1].cont = 1;
        }
    }

    /* units: chains of continued segments */
    /* the last emitted quotation: its speaker, and where its cue phrase ends
     * when the cue followed it (for quotations split around the cue) */
    int have_prev = 0, prev_split_ok = 0;
    tspan prev_sp = {0, 0}, prev_cue = {0, 0};
    int32_t prev_ent = -1;
    const char *prev_lemma = NULL;
    size_t prev_end_tok = 0, prev_tail = 0;
    uint32_t prev_para = 0, para = 0;
    size_t para_tok = 0;
    for (size_t a = 0; a < segs.n;) {
        size_t b = a + 1;
        while (b < segs.n && segs.v[b].cont)
            b++;
        const seg *first = &segs.v[a], *last = &segs.v[b - 1];
        for (size_t k = a; k < b; k++)
            for (size_t i = segs.v[k].open; i < segs.v[k].hi; i++)
                q->mark[i] |= QM_INQ;
        /* paragraph counter up to this unit's opening */
        for (; para_tok <= first->open; para_tok++)
            if (q->tk[para_tok].flags & NG_TF_PARA)
                para++;
        unit_cue uc;
        memset(&uc, 0, sizeof uc);
        int found = 0;
        if (first->close != NONE)
            found = cue_after_close(q, first->close, &uc);
        if (!found)
            found = cue_before_open(q, first->open, &uc);
        for (size_t k = a + 1; !found && k < b; k++)
            if (segs.v[k].close != NONE)
                found = cue_after_close(q, segs.v[k].close, &uc);

        size_t ct_a = first->open + 1;
        size_t ct_b = last->close != NONE ? last->close : q->nt;
        uint32_t cs = first->cs, ce = last->ce;
        /* drop a trailing comma inside the marks: “…,” he said */
        while (ct_b > ct_a && is_punct(q, ct_b - 1, ",")) {
            ct_b--;
            ce = q->tk[ct_b - 1].end;
        }
        int words = count_words(q, ct_a, ct_b);
        int sent_initial = (q->tk[first->open].flags & NG_TF_SENT) ||
                           (q->tk[first->open].flags & NG_TF_PARA);
        tspan sp = uc.sp, cue = uc.cue;
        const char *lemma = uc.lemma;
        int32_t ent = -1;
        int emit = 0;
        /* said “there is love” in Orlando after …: a fragment quoted inside
         * reported speech that goes on after it is part of that speech */
        if (found && !uc.after && a + 1 == b && words <= 5 && last->close != NONE && uc.cue.e == first->open &&
            last->close + 1 < q->nt && is_lower_word(q, last->close + 1) &&
            !(q->tk[last->close + 1].flags & NG_TF_PARA))
            found = 0;
        /* “…,” followed by more of its sentence: the quotation's own
         * attribution comes after it (one the cue search did not read) */
        int tail = last->close != NONE && last->close + 1 < q->nt && last->close > first->open + 1 &&
                   !(q->tk[last->close + 1].flags & (NG_TF_PARA | NG_TF_SENT));
        int own_tail = tail && is_punct(q, last->close - 1, ",") && is_word(q, last->close + 1);
        if (!own_tail && !found && tail && is_lower_word(q, last->close + 1) && own_cue_tail(q, last->close))
            own_tail = 1; /* “…” before the storm, she said.: its own teller after it */
        if (own_tail && have_prev && prev_sp.e > prev_sp.s) {
            /* unless the tail names the speaker before ("“…,” Mr Champion.",
             * "“…,” says 27-year-old Ross.", "“…,” according to Mr Ash."):
             * the head word of that speaker within the tail's first words */
            size_t h = prev_sp.e - 1;
            if (is_poss(q, h) && h > prev_sp.s)
                h--;
            for (size_t k = last->close + 1; own_tail && k < q->nt && k - last->close <= 8 &&
                                             !is_terminal(q, k) && q->tk[k].kind != NG_TOK_QUOTE;
                 k++)
                if (tlen(q, k) == tlen(q, h) && !memcmp(ttext(q, k), ttext(q, h), tlen(q, h)))
                    own_tail = 0;
        }
        if (found && sp.e <= sp.s && !uc.after && uc.cue.e > uc.cue.s && is_lower_word(q, uc.cue.s) &&
            ends_ing(q, uc.cue.s) && uc.cue.s > 0 && (is_punct(q, uc.cue.s - 1, ",") || tok_eq(q, uc.cue.s - 1, "by"))) {
            /* "Berg rallied supporters, saying: “…”", "Berg began by saying
             * “…”": the clause's subject */
            size_t lo = q->sfirst[q->tk[uc.cue.s].sent];
            tspan cs_;
            clause_subject(q, lo, uc.cue.s - 1, &cs_);
            int inq = 0;
            for (size_t k = cs_.s; k < cs_.e && !inq; k++)
                inq = (q->mark[k] & QM_INQ) || q->tk[k].kind == NG_TOK_QUOTE;
            if (cs_.e > cs_.s && cs_.e < uc.cue.s && !inq)
                sp = uc.head = cs_;
        }
        /* “…,” said Rutte, “…”: the second part finds the same cue before
         * its opening mark but not the speaker after it; it continues the
         * first part, as when the speaker comes first */
        if (found && !uc.after && sp.e <= sp.s && have_prev && prev_split_ok && uc.cue.s == prev_cue.s &&
            uc.cue.e == prev_cue.e && prev_sp.e > prev_sp.s)
            found = 0;
        if (found) {
            q->own_s = cs, q->own_e = ce;
            ent = resolve(q, uc.head.e > uc.head.s ? uc.head : sp);
            q->own_s = q->own_e = 0;
            emit = 1;
        } else if (own_tail && have_prev && sent_initial) {
            emit = words >= 3; /* (no speaker rather than the one before) */
        } else if (have_prev && prev_split_ok && para == prev_para && first->open >= prev_tail &&
                   ((q->tk[first->open].sent == q->tk[prev_tail - 1].sent && first->open <= prev_tail + 2) ||
                    (q->tk[first->open].sent == q->tk[prev_tail - 1].sent + 1 &&
                     q->sfirst[q->tk[first->open].sent] == first->open))) {
            /* split around the cue: “…,” Rutte said. “…” */
            sp = prev_sp, ent = prev_ent, cue = prev_cue, lemma = prev_lemma;
            emit = 1;
        } else if (have_prev && sent_initial && para - prev_para <= 1 && first->open > prev_end_tok) {
            /* a following quotation of the same speaker, no cue of its own;
             * right after the one before (“…,” Berg said. “…”\n\n“…”) it
             * continues the same speech and keeps its cue */
            size_t prev_last = prev_tail > prev_end_tok ? prev_tail : prev_end_tok;
            /* a cue outside the quotation marks since the one before ("…,"
             * Berg said. Later, Vance said X. "…") may be another speaker's:
             * the quotation takes the speaker of the last cue before it,
             * which pass_reported finds (follow_last_cue) */
            size_t other = NONE;
            for (size_t k = prev_last; k < first->open && other == NONE; k++)
                if (cue_at(q, k) && !(q->mark[k] & QM_INQ))
                    other = k;
            sp = prev_sp, ent = prev_ent;
            if (other != NONE) {
                follow f = {(uint32_t)q->d->quotes.n, (uint32_t)other, (uint32_t)first->open};
                if ((rc = NG_VEC_PUSH(&q->d->arena, q->follow, f)) != 0)
                    return rc;
                sp.s = sp.e = 0, ent = -1;
            }
            cue.s = cue.e = 0, lemma = NULL;
            if (prev_cue.e > prev_cue.s && first->open <= prev_last + 2)
                cue = prev_cue, lemma = prev_lemma;
            emit = words >= 3;
        } else if (sent_initial && words >= 4 && (has_terminal(q, ct_a, ct_b) || words >= 8)) {
            emit = 1; /* a quotation whose speaker the text does not give here */
        }
        if (emit && a + 1 == b && title_quote(q, first->open, ct_a, words))
            emit = 0;
        if (emit && ce > cs) {
            if ((rc = push_quote(HOW(q, 1), cs, ce, 1, cue, lemma, sp, ent)) != 0)
                return rc;
            have_prev = 1;
            prev_sp = sp, prev_ent = ent, prev_cue = cue, prev_lemma = lemma;
            prev_end_tok = last->close != NONE ? last->close : q->nt;
            prev_split_ok = found && uc.after;
            prev_tail = uc.cue.e > uc.sp.e ? uc.cue.e : uc.sp.e;
            prev_para = para;
        } else {
            /* not a direct quotation: reported speech may take it in */
            for (size_t k = a; k < b; k++)
                for (size_t i = segs.v[k].open; i < segs.v[k].hi; i++)
                    q->mark[i] &= (uint8_t)~QM_INQ;
        }
        a = b;
    }
    return 0;
}

/* ---- pass 2 and 3: reported speech and attributions ---- */

static int passive_cue(const qctx *q, size_t c, size_t e);

/* The first clause stop at or after token i, or NONE (a binary search:
 * a document has a few). */
static uint32_t next_stop(const qctx *q, size_t i)
{
    size_t lo = 0, hi = q->nstops;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (q->stops[mid] < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < q->nstops ? q->stops[lo] : NONE;
}

/* Does token range [a, b) hold a direct quotation's tokens? */
static int has_inq(const qctx *q, size_t a, size_t b)
{
    return b > a && q->inq[b] > q->inq[a];
}

/* Does token range [a, b) hold at least k words?  Looks at no more tokens
 * than it needs. */
static int words_at_least(const qctx *q, size_t a, size_t b, int k)
{
    for (size_t i = a; i < b && k > 0; i++)
        k -= is_word(q, i) || q->tk[i].kind == NG_TOK_NUMBER;
    return k <= 0;
}

/* Whether the subject sp of a cue nested in another's content is a short
 * lower-case plural noun phrase right before the cue ("… because marine
 * engineers say …", "and aviation experts say", "those people said"), the
 * nested subjects that are neither a name nor a pronoun (fit +6/+6
 * right/predicted sources, held-out unchanged): no number or share ("51
 * percent of voters say", which PolNeAR rarely marks), no "of", comma or
 * relative word, no participle ("the plans for pensioners saying": an
 * object) and no content opening with an auxiliary ("the taxes claimed are
 * linked": a reduced relative). */
Q_RARE static int nested_plural(const qctx *q, tspan sp, tspan cue, size_t ca)
{
    if (sp.e != cue.s || sp.e - sp.s > 4 || !is_lower_word(q, sp.s) || ends_ing(q, cue.s) ||
        word_in(q, ca, ng__q_is_aux))
        return 0;
    static const char stop[][8] = {"percent", "of", "who", "which", "that"};
    for (size_t i = sp.s; i < sp.e; i++)
        if (q->tk[i].kind == NG_TOK_NUMBER || is_punct(q, i, ",") || TOK_IN(q, i, stop))
            return 0;
    if (tok_eq(q, sp.e - 1, "people"))
        return 1;
    const char *w = ttext(q, sp.e - 1);
    size_t n = q->tk[sp.e - 1].end - q->tk[sp.e - 1].start;
    return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != '\'';
}

/* Is lemma a plain verb of asserting, the cues whose clauses nest inside
 * another's content ("X said that Y argued …")?  Requests, questions and
 * stances nested there are left out: PolNeAR annotates few of them. */
static int nest_cue(const char *lemma)
{
    static const char *const nest[] = {"argue", "claim", "explain", "insist", "note", "report", "say", "state"};
    return lemma_in(lemma, nest, NG_ARRAY_LEN(nest));
}

/* Is the nested cue a verb of naming in a relative clause of its own,
 * its subject right after "which" or "whom" ("… the accreditation bodies,
 * which he called “a cartel”", "the marchers, whom he described as
 * “peaceful”")?  The naming is the subject's, not the outer cue's. */
static int rel_naming(const qctx *q, tspan sp, const char *lemma)
{
    static const char *const naming[] = {"call", "declare", "describe", "dub", "label"};
    return sp.s > 0 && (tok_eq(q, sp.s - 1, "which") || tok_eq(q, sp.s - 1, "whom")) &&
           lemma_in(lemma, naming, NG_ARRAY_LEN(naming));
}

/* The end of a relative clause's naming content [ca, cb): its first comma
 * outside a quotation, or one right before a closing quotation mark, that
 * mark included ("whom he described as "volatile," with Clinton", "the
 * decision, which he called a "standstill" arrangement, will be …"; not
 * "which he called “an evil, hateful act.”"), else cb. */
static size_t rel_clause_end(const qctx *q, size_t ca, size_t cb)
{
    int open = 0;
    for (size_t c = ca; c < cb; c++) {
        if (q->tk[c].kind == NG_TOK_QUOTE)
            open = (q->tk[c].flags & NG_TF_OPEN) != 0;
        int close = c + 1 < cb && q->tk[c + 1].kind == NG_TOK_QUOTE && (q->tk[c + 1].flags & NG_TF_CLOSE);
        if (c > ca && is_punct(q, c, ",") && (close || !open))
            return close ? c + 2 : c;
    }
    return cb;
}

/* Does the nested subject sp open a clause of its own, right after a
 * comma, "but", "and" or "as" inside the content ("…, but her allies fear
 * that …", "… and she accused Trump of …", "even as he defended …", "In a
 * video posted to her account, she criticized …")?  Such a clause is
 * seldom what the outer cue reports, so any cue of the table nests there,
 * not only a verb of asserting.  Not a subject that opens the content
 * ("According to the FT, the bank has offered loans …": the clause is the
 * outer content), nor one after a teller's comma ("…, Ms. Ripert said, she found
 * …": the teller's own content), nor in a coordinated subject ("said Gates
 * Corp and Gates Learjet approved …", "it and Millipore intend …", "Jason
 * Gardener, Darren Campbell and Mark Lewis knew …"): the outer cue's
 * content. */
static int own_clause_at(const qctx *q, tspan sp)
{
    static const char open[][8] = {"but", "and", "as"};
    size_t s = sp.s;
    if (s < 2 || s <= q->last_a)
        return 0;
    for (size_t k = s; k < sp.e; k++)
        if (tok_eq(q, k, "and"))
            return 0;
    if (is_punct(q, s - 1, ","))
        return !q->cue[s - 2];
    if (tok_eq(q, s - 1, "and") && (is_cap(q, s - 2) || word_in(q, s - 2, ng__q_is_pronoun)))
        return 0;
    return TOK_IN(q, s - 1, open);
}

/* May sp, the subject of a clause of its own (own_clause_at), be a source
 * though it is no name, pronoun or plural: "who" (", who pledged …"), "it",
 * or a phrase opening with a determiner ("…, a police report indicates.",
 * "but the campaign refused …")?  Not a bare word before a noun read as a
 * verb ("but incoming orders fell …"), a poll's share ("51 percent of
 * respondents said", which PolNeAR leaves unmarked) or "you" ("and, you
 * know, …"). */
static int own_subject(const qctx *q, tspan sp)
{
    return tok_eq(q, sp.s, "who") || tok_eq(q, sp.s, "it") || (q->wc[sp.s] & NG_QW_DETERMINER);
}

/* Is the nested subject sp a restrictive "who" right before its verb of
 * asserting, after a noun or a share ("…, compared with 64 percent who say
 * the same of Sanders", "double the number who said …", "teachers unions
 * who said NCLB punished them")?  PolNeAR's source is the "who" itself.
 * Such items record rule path 32: the source model, trained before the
 * rule, withholds every one (its other features, a nested source whose
 * first word is "who", are those of nested ", who" items). */
static int nested_who(const qctx *q, tspan sp, tspan cue)
{
    return sp.e == sp.s + 1 && sp.e == cue.s && sp.s > 0 && tok_eq(q, sp.s, "who") &&
           (is_word(q, sp.s - 1) || q->tk[sp.s - 1].kind == NG_TOK_NUMBER);
}

/* Does the content [ca, cb) hold the cue [cs, ce) (byte offsets)? */
static int holds_cue(const qctx *q, size_t ca, size_t cb, uint32_t cs, uint32_t ce)
{
    return ce > cs && cs >= q->tk[ca].start && ce <= q->tk[cb - 1].end;
}

/* The end of the item emitted last and its cue [*cs, *ce); whether it has
 * a source. */
static int last_item(const qctx *q, uint32_t *end, uint32_t *cs, uint32_t *ce)
{
    if (q->last_kind == 1) {
        const ng_quote *qu = &q->d->quotes.v[q->last_idx];
        *end = qu->end, *cs = qu->cue_start, *ce = qu->cue_end;
        return qu->speaker_end > qu->speaker_start;
    }
    const ng_attribution *at = &q->d->attributions.v[q->last_idx];
    *end = at->end, *cs = at->cue_start, *ce = at->cue_end;
    return at->source_end > at->source_start;
}

/* Whether the content [ca, cb) holds the whole of the item emitted last,
 * its cue too: "The quay will close, officials said, the Gazette reported."
 * reports what the officials said, the Gazette's claim around theirs (kept
 * whole, as PolNeAR draws it).  The two may end together: "The board plans
 * to close the quay, the Gazette reported.", "Berg said the quay will
 * close, the Gazette reported on Monday." (the last content already ends
 * at the teller's comma; fit +24/+22 right/predicted sources, held-out
 * +3/+4). */
static int envelops_last(const qctx *q, size_t ca, size_t cb)
{
    if (ca > q->last_a || cb < q->last_b)
        return 0;
    uint32_t end, cs, ce;
    last_item(q, &end, &cs, &ce);
    return holds_cue(q, ca, cb, cs, ce);
}

/* and/while/whereas/but at token i */
static int clause_conj(const qctx *q, size_t i)
{
    const ng_token *t = &q->tk[i];
    size_t n = t->end - t->start;
    char c0 = (char)(q->d->text[t->start] | 0x20);
    return t->kind == NG_TOK_WORD && (n == 3 || n == 5 || n == 7) && (c0 == 'a' || c0 == 'b' || c0 == 'w') &&
           (tok_eq(q, i, "and") || tok_eq(q, i, "while") || tok_eq(q, i, "whereas") || tok_eq(q, i, "but"));
}

/* The first cut of (ca, cb) -- verbs at most QC_CUT_SCAN tokens on are
 * looked at, so a claim costs constant work here -- where another
 * subject's clause of saying opens: a lower-case verb of saying, no
 * participle in -ing, with a word after it and a subject of one to five
 * tokens before it, right after a comma or and/while/whereas/but; the
 * subject holds no relative pronoun, "that", "as", "than", "to" or
 * quotation ("…, which it forecast to be …").  The cut is that comma or
 * conjunction (the comma of ", and"); cb when there is none. */
#define QC_CUT_SCAN 48

/* Does [a, c) hold ", who" or ", which" (a relative clause opened inside
 * it, which the comma at c may close)? */
static int rel_clause_in(const qctx *q, size_t a, size_t c)
{
    for (size_t r = c; r-- > a + 1;)
        if ((tok_eq(q, r, "who") || tok_eq(q, r, "which")) && is_punct(q, r - 1, ","))
            return 1;
    return 0;
}

/* Is the "than" at c a share's ("…, and more than 4 in 10 said …", "fewer
 * than half say"): a subject of its own, not a comparison's clause? */
static int share_than(const qctx *q, size_t c)
{
    static const char more[][8] = {"more", "less", "fewer"};
    return tok_eq(q, c, "than") && c > 0 && TOK_IN(q, c - 1, more) && c + 1 < q->nt &&
           (q->tk[c + 1].kind == NG_TOK_NUMBER || tok_eq(q, c + 1, "half") || tok_eq(q, c + 1, "one") ||
            tok_eq(q, c + 1, "two") || tok_eq(q, c + 1, "three"));
}

static size_t second_clause(const qctx *q, size_t ca, size_t cb)
{
    static const char rel[][8] = {"which", "who", "whom", "whose", "that", "where", "when", "than", "as", "to"};
    for (size_t k = ca + 3; k + 1 < cb && k <= ca + QC_CUT_SCAN; k++) {
        const ng_cue *cu = cue_at(q, k);
        if (!cu || !(cu->flags & NG_CUE_SPEECH) || ends_ing(q, k) || !is_word(q, k + 1))
            continue;
        for (size_t c = k - 1; c > ca && c + 6 >= k; c--) {
            if ((q->mark[c] & QM_INQ) || (TOK_IN(q, c, rel) && !share_than(q, c)))
                break;
            int conj = clause_conj(q, c);
            if (!conj && !is_punct(q, c, ","))
                continue;
            if (c + 1 == k)
                break; /* no subject: "…, and added …" */
            if (is_lower_word(q, c + 1) && (q->wc[c + 1] & NG_QW_AUX) && rel_clause_in(q, ca, c))
                break; /* "Berg, who took office in May, has said …": the comma
                        * closes a relative clause inside the content */
            return conj && c > ca + 1 && is_punct(q, c - 1, ",") ? c - 1 : c;
        }
    }
    return cb;
}

/* Is there a cue word in [a, min(cb, a + 6)) outside direct quotations?
 * (For emit_claim: a clause after ", which"/", when" that reports
 * something of its own: "praised the plan, which the council says …".) */
static int cue_soon(const qctx *q, size_t a, size_t cb)
{
    for (size_t k = a; k < cb && k < a + 6; k++)
        if (q->cue[k] && !(q->mark[k] & QM_INQ))
            return 1;
    return 0;
}

/* The words that may open a participle's clause ("… by saying …", "…,
 * while also suggesting …"): the clause takes its subject, and an earlier
 * content cut at the participle leaves them out. */
static const char ing_prep[][8] = {"by", "while", "after", "before"};
static const char ing_adv[][16] = {"also", "even", "simply", "repeatedly"};

/* Is lemma a verb that reports a claim as someone else's ("…, as Bloomberg
 * reported", "as the minister noted")? */
static int report_lemma(const char *lemma)
{
    static const char *const l[] = {"acknowledge", "announce", "argue", "claim", "confirm", "disclose",
                                    "explain", "mention", "note", "observe", "point out", "put it", "report",
                                    "reveal", "say", "state", "tell", "write"};
    return lemma_in(lemma, l, NG_ARRAY_LEN(l));
}

/* Does the clause end within 10 tokens of i, with no comma, dash, colon or
 * quotation on the way, and does what lies between open with a preposition,
 * a time word or a name ("…, as Bloomberg reported last month.", "… in The
 * Intercept."), not an object ("…, as he explained how …")? */
static int tail_ends(const qctx *q, size_t i, size_t hi)
{
    static const char open[][16] = {"in", "on", "at", "last", "this", "earlier", "later", "previously",
                                    "recently", "first", "during", "after", "before", "yesterday",
                                    "today", "to", "from", "for", "by", "late", "early", "a"};
    if (i < hi && !is_terminal(q, i) && !(is_word(q, i) && (is_cap(q, i) || TOK_IN(q, i, open))))
        return 0;
    for (size_t k = i; k < hi; k++) {
        if (is_terminal(q, k) || (q->tk[k].kind == NG_TOK_QUOTE && (q->tk[k].flags & NG_TF_CLOSE)))
            return 1;
        if (k - i >= 10 || q->tk[k].kind == NG_TOK_QUOTE || is_punct(q, k, ",") || is_dash(q, k) ||
            is_punct(q, k, ":") || is_punct(q, k, ";"))
            return 0;
    }
    return 1;
}

/* Ends the content of the item emitted last at [a, b) trimmed (empty when
 * nothing is left). */
static void end_last(qctx *q, size_t a, size_t b)
{
    int keep = trim(q, &a, &b);
    if (q->last_kind == 1) {
        ng_quote *qu = &q->d->quotes.v[q->last_idx];
        qu->end = keep ? bend(q, b - 1) : qu->start;
    } else {
        ng_attribution *at = &q->d->attributions.v[q->last_idx];
        at->end = keep ? bend(q, b - 1) : at->start;
    }
}

/* Does the nested clause with subject sp and cue cue stand inside the outer
 * content rather than after it: a relative clause (", who pledged …"), the
 * main clause after a subordinate one that opens the content ("although
 * Lazar confessed, he showed no remorse"), a participle right after its
 * subject ("… and those wanting to join families") or a lone possessive
 * read as a subject ("the Sept. 11 attacks, her support for …")?  (A teller
 * set off by commas, "… including, he claims, Tory leader …", does not end
 * its sentence: tail_ends.) */
static int own_inside(const qctx *q, tspan sp, tspan cue)
{
    static const char poss[][8] = {"her", "his", "its", "their"};
    return tok_eq(q, sp.s, "who") || (is_punct(q, sp.s - 1, ",") && clause_opener(q, q->last_a)) ||
           (cue.s == sp.e && ends_ing(q, cue.s)) || (sp.e == sp.s + 1 && TOK_IN(q, sp.s, poss));
}

/* A teller of its own (own_clause_at) with subject sp, cue cue and content
 * [ca, cb) before it, ending its sentence, is not what the outer cue
 * reports: "Musicians are embracing …, a survey has found.", "…, dealers
 * said.".  The outer content (the item emitted last) ends before the
 * teller, when that shortens it, unless the teller stands inside it
 * (own_inside).  A teller reporting the outer cue too drops an outer item
 * with no source ("The affected vehicles in the product recall are from …,
 * GM said": GM's claim, none of the recall's); one with a source is cut
 * ("AIC says none of its money …, the FT reports").  A clause that puts its
 * cue first ("…, but many observers believe …", "… as it promoted …") is
 * left in the outer content: often a cause, a time or the same speaker
 * going on (cutting it lost held-out items). */
static void end_before_own(qctx *q, tspan sp, tspan cue, size_t ca, size_t cb)
{
    uint32_t end, cs, ce;
    int src = last_item(q, &end, &cs, &ce);
    if (ca >= cue.s || own_inside(q, sp, cue) || !tail_ends(q, cue.e, q->last_b))
        return;
    if (!src && holds_cue(q, ca, cb, cs, ce)) {
        end_last(q, q->last_a, q->last_a);
        return;
    }
    size_t a = q->last_a, b = sp.s - 1;
    if (!trim(q, &a, &b) || bend(q, b - 1) < end)
        end_last(q, q->last_a, sp.s - 1);
}

/* Is token i a one-word answer, yes, no or so ("46 percent said yes",
 * "neither side would say so."): all of what was said, as PolNeAR draws
 * it? */
static int answer_at(const qctx *q, size_t i)
{
    static const char answer[][8] = {"yes", "no", "so"};
    return TOK_IN(q, i, answer);
}

/* Emits reported speech (or, with force_attr or a non-person source, an
 * attribution) with content tokens [ca, cb).  Contents do not overlap,
 * with two bounded exceptions: a clause reported inside an earlier one ("X
 * said Y told him …") cuts the earlier content short before its source, and
 * one starting inside an earlier content is dropped, unless it is a nested
 * assertion (at most NESTED_MAX per content) or holds the whole item before
 * it, cue included (envelops_last; not a chain).  This keeps the output
 * linear in size. */
static int emit_claim(qctx *q, size_t ca, size_t cb, tspan cue, const char *lemma, tspan sp,
                      tspan head, int force_attr)
{
    q->emitted = 0;
    if (!trim(q, &ca, &cb) || !words_at_least(q, ca, cb, 1))
        return 0;
    /* an object ends at a comma before a clause conjunction ("has not
     * requested any new aid, so what is delivered …"), and before a
     * relative or adverbial clause with a cue word of its own ("praised
     * the plan, which the council says …", "criticized Berg, when she
     * argued …"): that clause is left to its cue */
    static const char clause_wh[][8] = {"which", "who", "when", "where", "after", "as"};
    if (q->cur_flags & NG_CUE_OBJ)
        for (size_t c = ca + 1; c + 1 < cb; c++)
            if (is_punct(q, c, ",") &&
                (tok_eq(q, c + 1, "so") || tok_eq(q, c + 1, "yet") ||
                 (tok_eq(q, c + 1, "but") && !(c + 2 < cb && tok_eq(q, c + 2, "also"))) ||
                 tok_eq(q, c + 1, "because") || tok_eq(q, c + 1, "although") || tok_eq(q, c + 1, "though") ||
                 tok_eq(q, c + 1, "while") || tok_eq(q, c + 1, "whereas") ||
                 (TOK_IN(q, c + 1, clause_wh) && cue_soon(q, c + 2, cb)) ||
                 (tok_eq(q, c + 1, "and") && c + 2 < cb &&
                  (he_she_they_we(q, c + 2) || tok_eq(q, c + 2, "the") || tok_eq(q, c + 2, "it"))))) {
                cb = c;
                break;
            }
    /* a stance's object ends at a comma that opens another speaker's clause
     * ("ministers approved the cable, engineers say the project …"): the
     * clause is left to its own cue */
    if ((q->cur_flags & NG_CUE_OBJ) &&
        !(q->cur_flags & (NG_CUE_SPEECH | NG_CUE_TELL | NG_CUE_REPORT | NG_CUE_URGE)) && !speech_act(lemma)) {
        for (size_t c = ca + 1; c < cb; c++) {
            if (!is_punct(q, c, ","))
                continue;
            int other = 0;
            for (size_t k = c + 2; k < cb && k <= c + 8 && !other; k++) {
                char w[24];
                size_t n = is_word(q, k) ? LOW(k, w) : 0;
                const ng_cue *cu = n ? wcue(q, k, w, n) : NULL;
                other = cu && (cu->flags & NG_CUE_SPEECH);
            }
            if (other) {
                cb = c;
                break;
            }
        }
        if (!trim(q, &ca, &cb))
            return 0;
    }
    /* a reported clause ends where another subject's verb of saying opens
     * a clause of its own ("One in three said …, and one in four said …",
     * "42% say …, while 32% say …", "one report says … and another says
     * …"): the second clause is left to its cue */
    size_t c2 = second_clause(q, ca, cb);
    if (c2 < cb) {
        cb = c2;
        if (!trim(q, &ca, &cb))
            return 0;
    }
    /* "46 percent said yes", "half said so, while …": the answer alone is
     * what was said (PolNeAR's content) */
    if (ca == cue.e && answer_at(q, ca) && (ca + 1 == cb || is_punct(q, ca + 1, ",")))
        cb = ca + 1;
    /* a reported clause has three words or more ("he would" will do); only
     * a speech act's object may be shorter ("called him divisive") */
    if (!(q->cur_flags & NG_CUE_OBJ) && !words_at_least(q, ca, cb, 3) && !(cb == ca + 1 && answer_at(q, ca)) &&
        !(word_in(q, ca, ng__q_is_pronoun) && words_at_least(q, ca, cb, 2)))
        return 0;
    /* reported speech ends where a direct quotation begins ("said … and
     * added, “…”"); one that starts with it stays with the quotation */
    if (has_inq(q, ca, cb)) {
        if (q->mark[ca] & QM_INQ)
            return 0;
        size_t l = ca, h = cb; /* first token of [ca, cb) inside a quotation */
        while (l < h) {
            size_t mid = l + (h - l) / 2;
            if (q->inq[mid + 1] > q->inq[ca])
                h = mid;
            else
                l = mid + 1;
        }
        cb = l;
        while (cb > ca && (is_punct(q, cb - 1, ",") || is_punct(q, cb - 1, ":") || is_dash(q, cb - 1) ||
                           tok_eq(q, cb - 1, "and") || tok_eq(q, cb - 1, "but") ||
                           cue_at(q, cb - 1) || word_in(q, cb - 1, ng__q_is_aux)))
            cb--;
        if (!trim(q, &ca, &cb) || !words_at_least(q, ca, cb, 2))
            return 0;
    }
    /* "…, according to Reuters" ends a reported clause: the attribution is
     * found on its own */
    uint32_t stop = ca + 1 < cb ? next_stop(q, ca + 1) : NONE;
    if (stop < cb)
        cb = stop - (is_punct(q, stop, ";") ? 0 : 1);
    if (!trim(q, &ca, &cb) || !words_at_least(q, ca, cb, 1))
        return 0;
    /* (one item may hold the one before it, not a chain of them: the
     * contents' total length stays linear) */
    int envelops = q->last_kind && !q->enveloping && cue.s >= cb && envelops_last(q, ca, cb);
    if (q->last_kind && ca < q->last_b && cb > q->last_a && !envelops) {
        /* a cue inside the earlier content is part of what was reported,
         * unless it shares the earlier subject ("…, saying …", "… and added") */
        if (cue.s >= q->last_a && cue.s < q->last_b && !(sp.e > sp.s && sp.s < q->last_a)) {
            /* "X said that Y argued Z", "…, but Y fears Z": Y's own
             * attribution nested in X's content, which stays whole; a few
             * per content keep the record linear in size */
            int own = sp.e > sp.s && own_clause_at(q, sp);
            int who = nested_who(q, sp, cue); /* (rule path 32) */
            int naming = rel_naming(q, sp, lemma);
            if (!(sp.e > sp.s && sp.s >= q->last_a) || cb > q->last_b || q->nested >= NESTED_MAX ||
                !(nest_cue(lemma) || own || naming) ||
                !(is_cap(q, sp.s) || he_she_they_we(q, sp.s) || nested_plural(q, sp, cue, ca) ||
                  (own && own_subject(q, sp)) || who))
                return 0;
            q->nested++;
            q->emitted = 1;
            if (naming)
                cb = rel_clause_end(q, ca, cb);
            if (who)
                q->how = 32;
            if (own)
                end_before_own(q, sp, cue, ca, cb);
            int32_t ent = resolve(q, head);
            if (force_attr || nonperson(q, head, ent))
                return push_attr(q, ca, cb, sp, ent, cue);
            return push_quote(q, bstart(q, ca), bend(q, cb - 1), 0, cue, lemma, sp, ent);
        }
        size_t cut = cue.s;
        if (sp.e > sp.s && sp.s < cut && sp.s > q->last_a)
            cut = sp.s;
        if (ca < cut)
            cut = ca;
        if (cut <= q->last_a)
            return 0;
        size_t a = q->last_a, b = cut < q->last_b ? cut : q->last_b;
        if (b == cue.s && ends_ing(q, cue.s))
            while (b > a + 1 && is_lower_word(q, b - 1) && (TOK_IN(q, b - 1, ing_prep) || TOK_IN(q, b - 1, ing_adv)))
                b--; /* "distanced himself from the group by saying …" */
        end_last(q, a, b);
        if (ca < q->last_b && ca >= q->last_a && ca < cut)
            return 0;
    }
    int32_t ent = resolve(q, head);
    int rc;
    q->last_a = ca, q->last_b = cb;
    q->last_flags = q->cur_flags;
    q->last_who = sp.e == sp.s + 1 && tok_eq(q, sp.s, "who");
    q->nested = 0;
    q->enveloping = envelops;
    q->emitted = 1;
    if (force_attr || nonperson(q, head, ent)) {
        q->last_kind = 2, q->last_idx = q->d->attributions.n;
        rc = push_attr(q, ca, cb, sp, ent, cue);
    } else {
        q->last_kind = 1, q->last_idx = q->d->quotes.n;
        rc = push_quote(q, bstart(q, ca), bend(q, cb - 1), 0, cue, lemma, sp, ent);
    }
    return rc;
}


/* "Berg has been critical of the plan", "the council is hostile to tolls",
 * "Vance was also wary of …": an adjective of stance between a form of
 * "be" (adverbs between them allowed) and its preposition is a cue, the
 * subject the source and the phrase after the preposition the content, as
 * PolNeAR draws them.  i is the adjective; 1 when an item was emitted, 0
 * when the pattern does not hold, NG_ENOMEM. */
Q_RARE static int stance_adj(qctx *q, size_t i, size_t lo, size_t hi)
{
    static const struct {
        const char *adj, *prep;
    } sa[] = {{"critical", "of"},   {"hostile", "to"},       {"supportive", "of"}, {"wary", "of"},
              {"furious", "at"},    {"furious", "with"},     {"angry", "about"},   {"angry", "at"},
              {"angry", "with"},    {"vocal", "in"},         {"vocal", "about"},   {"dismissive", "of"},
              {"sympathetic", "to"}, {"fond", "of"},         {"skeptical", "of"},  {"skeptical", "about"},
              {"sceptical", "of"},  {"sceptical", "about"},  {"unhappy", "with"},  {"unhappy", "about"}};
    static const char be[][8] = {"is", "was", "are", "were", "been", "be", "am", "'s", "\xE2\x80\x99s"};
    static const char adv[][8] = {"also", "very", "more", "less", "not", "so", "too", "even", "still",
                                  "most", "quite", "far", "much", "no", "equally"};
    if (i <= lo + 1 || i + 2 >= hi || !is_lower_word(q, i))
        return 0;
    const char *lemma = NULL;
    for (size_t k = 0; k < NG_ARRAY_LEN(sa) && !lemma; k++)
        if (tok_eq(q, i, sa[k].adj) && tok_eq(q, i + 1, sa[k].prep))
            lemma = sa[k].adj;
    if (!lemma || !is_word(q, i + 2))
        return 0;
    size_t v = i;
    while (v > lo && i - v < 4) {
        size_t t = v - 1;
        if (TOK_IN(q, t, be))
            break;
        if (!is_lower_word(q, t) || !(n_ly(q, t) || TOK_IN(q, t, adv)))
            return 0;
        v = t;
    }
    if (v <= lo || !TOK_IN(q, v - 1, be))
        return 0;
    size_t end = skip_aux_back(q, v - 1, lo);
    tspan sp, head, who = {0, 0};
    np_before(q, end, lo, &sp, 0);
    if (sp.e <= sp.s)
        return 0;
    if (sp.e < end && tok_eq(q, end - 1, "who"))
        who.s = (uint32_t)end - 1, who.e = (uint32_t)end; /* "Berg, who is critical of …" */
    else if (sp.e != end)
        return 0;
    else
        extend_left(q, &sp, lo);
    head = sp;
    tspan cue = {(uint32_t)i, (uint32_t)i + 2};
    size_t cb = hi;
    for (size_t c = i + 3; who.e > who.s && c < hi; c++)
        if (is_punct(q, c, ",") || is_dash(q, c)) {
            cb = c; /* "Berg, who is wary of tolls, spoke …" */
            break;
        }
    q->cur_flags = NG_CUE_OBJ;
    int rc = emit_claim(HOW(q, 2), i + 2, cb, cue, lemma, who.e > who.s ? who : sp, head, 0);
    return rc ? rc : 1;
}

/* "Berg has strong support among dock workers", "Vance drew support from
 * most of the council", "Lund earned the support of six in 10 voters": the
 * supporters (the phrase after among/from/of, to its clause's end) are the
 * source and the one supported (the subject) the content, as PolNeAR draws a
 * stance held by a group.  i is the noun "support"; 1 when an item was
 * emitted, 0 when the pattern does not hold, NG_ENOMEM. */
Q_RARE static int support_among(qctx *q, size_t i, size_t lo, size_t hi)
{
    static const char have[][16] = {"has", "had", "have", "having", "enjoys", "enjoy", "enjoyed",
                                    "received", "receives", "earned", "earns", "drew", "draws",
                                    "won", "wins", "got", "gets", "consolidated", "garnered",
                                    "gained", "attracted", "attracts", "locked", "secured",
                                    "landed"};
    if (i + 2 >= hi || !(tok_eq(q, i + 1, "among") || tok_eq(q, i + 1, "from") || tok_eq(q, i + 1, "of")))
        return 0;
    /* the verb, at most three words before: "the full", "his greatest",
     * "overwhelming", "in" of "locked in" */
    size_t v = i;
    while (v > lo && i - v < 4) {
        size_t t = v - 1;
        if (!is_lower_word(q, t))
            return 0;
        if (TOK_IN(q, t, have)) {
            v = t;
            break;
        }
        int in = tok_eq(q, t, "in");
        if (in ? !(t > lo && tok_eq(q, t - 1, "locked"))
               : ((q->wc[t] & (NG_QW_STOPWORD | NG_QW_AUX)) && !(q->wc[t] & NG_QW_DETERMINER)))
            return 0; /* ("came out in support of X": X is supported) */
        if (q->cue[t])
            return 0;
        v = t;
    }
    if (v == i || !TOK_IN(q, v, have) || (tok_eq(q, v, "locked") && !tok_eq(q, v + 1, "in")))
        return 0;
    /* the supporters: to the first punctuation or clause word, at most 20 tokens */
    static const char stop[][8] = {"while", "but", "because", "since", "after", "before", "than",
                                   "overall", "that", "which", "this", "last", "so", "yet", "behind"};
    size_t ss = i + 2, se = ss;
    while (se < hi && se - ss < 20 && (is_word(q, se) || is_poss(q, se) || q->tk[se].kind == NG_TOK_NUMBER ||
                                       (is_punct(q, se, "-") && !(q->tk[se].flags & NG_TF_SPACE))) &&
           !(is_lower_word(q, se) && TOK_IN(q, se, stop)) &&
           !(tok_eq(q, se, "who") && se > ss && is_cap(q, se - 1)))
        se++;
    if (se == ss || se - ss >= 20 || (se < hi && !(q->tk[se].kind == NG_TOK_PUNCT) && !is_lower_word(q, se)))
        return 0;
    if (se + 1 < hi && is_punct(q, se, ",")) {
        /* "…, including the mayor" and a list of names after a comma ("two
         * of the state's councillors, Ann Berg and Tom Vance") belong to it */
        size_t k = se + 1;
        int incl = tok_eq(q, k, "including"), names = 1;
        while (k < hi && k - se < 20 && !is_terminal(q, k) && !is_punct(q, k, ",") && !is_punct(q, k, ";")) {
            names &= is_cap(q, k) || tok_eq(q, k, "and") || is_punct(q, k, ".");
            k++;
        }
        if ((incl || names) && k > se + 1 && k - se < 20 && (k >= hi || is_terminal(q, k) || (incl && is_punct(q, k, ","))))
            se = k;
    }
    size_t end = skip_aux_back(q, v, lo);
    tspan sp;
    np_before(q, end, lo, &sp, 0);
    if (sp.e <= sp.s || sp.e != end)
        return 0;
    tspan src = {(uint32_t)ss, (uint32_t)se}, cue = {(uint32_t)v, (uint32_t)i + 1};
    q->cur_flags = NG_CUE_OBJ;
    int rc = emit_claim(HOW(q, 3), sp.s, sp.e, cue, "support", src, src, 1);
    return rc ? rc : 1;
}

/* "Trump's support for the wall", "her criticism of the plan", "his
 * decision to run": a noun of stance or speech after a possessive is a cue,
 * the possessor its source and the phrase after the noun's preposition (with
 * "to" for an infinitive) its content, up to a comma, a clause word or 20
 * tokens.  Returns 1 when it emitted, 0 when token i is no such noun, or
 * NG_ENOMEM. */
Q_RARE static int noun_cue(qctx *q, size_t i, size_t lo, size_t hi)
{
    static const struct {
        const char *noun, *prep, *prep2, *lemma;
        int keep; /* the preposition belongs to the content ("decision to …") */
    } nc[] = {
        {"attack", "on", "against", "attack on", 0},      {"attacks", "on", "against", "attack on", 0},
        {"call", "for", NULL, "calls for", 0},            {"calls", "for", NULL, "calls for", 0},
        {"criticism", "of", NULL, "criticism of", 0},     {"decision", "to", NULL, "decision", 1},
        {"endorsement", "of", NULL, "endorsement of", 0}, {"opposition", "to", NULL, "opposition to", 0},
        {"plan", "to", NULL, "plan", 1},                  {"praise", "for", "of", "praise for", 0},
        {"proposal", "to", NULL, "proposal", 1},          {"support", "for", "of", "support for", 0},
        {"view", "of", "on", "view of", 0},               {"views", "of", "on", "view of", 0},
    };
    if (i <= lo || i + 2 >= hi)
        return 0;
    size_t p = i - 1; /* the possessive: "'s" or his/her/their/its */
    tspan src;
    if (is_poss(q, p)) {
        /* "Mayor Ann Berg's", "the party's", "the Vance family's" */
        size_t s0 = p;
        int cap = 0;
        while (s0 > lo && p - s0 < 5 && is_word(q, s0 - 1) && !(q->wc[s0 - 1] & NG_QW_DETERMINER) &&
               (is_cap(q, s0 - 1) || !(q->wc[s0 - 1] & (NG_QW_STOPWORD | NG_QW_AUX | NG_QW_PRONOUN))) &&
               !q->cue[s0 - 1])
            cap |= is_cap(q, --s0) && s0 > lo;
        if (s0 > lo && (q->wc[s0 - 1] & NG_QW_DETERMINER) && !(q->wc[s0 - 1] & NG_QW_PRONOUN))
            s0--;
        else if (!cap && !(s0 == lo || !is_cap(q, s0)))
            return 0;
        if (s0 == p)
            return 0;
        src.s = (uint32_t)s0, src.e = (uint32_t)i;
    } else if (tok_eq(q, p, "his") || tok_eq(q, p, "her") || tok_eq(q, p, "their") || tok_eq(q, p, "its")) {
        src.s = (uint32_t)p, src.e = (uint32_t)i;
    } else {
        return 0;
    }
    size_t k = 0;
    for (; k < NG_ARRAY_LEN(nc); k++)
        if (tok_eq(q, i, nc[k].noun))
            break;
    if (k == NG_ARRAY_LEN(nc) ||
        !(tok_eq(q, i + 1, nc[k].prep) || (nc[k].prep2 && tok_eq(q, i + 1, nc[k].prep2))))
        return 0;
    size_t ca = nc[k].keep ? i + 1 : i + 2, cb = ca;
    if (nc[k].keep && (!is_lower_word(q, i + 2) || (q->wc[i + 2] & (NG_QW_DETERMINER | NG_QW_PRONOUN))))
        return 0; /* "plan to the committee": no infinitive */
    static const char stop[][8] = {"that", "which", "who", "because", "while", "but", "as", "when",
                                   "after", "before", "if", "is", "was", "are", "were", "has",
                                   "have", "had", "would", "will", "could", "should", "can", "may",
                                   "might", "did", "does", "since", "although", "though"};
    for (; cb < hi && cb - ca < 20; cb++) {
        if (q->tk[cb].kind == NG_TOK_PUNCT && !is_punct(q, cb, "-") && !is_punct(q, cb, "'"))
            break;
        if (nc[k].keep && cb > ca + 2 && is_lower_word(q, cb) && ends_ed(q, cb) &&
            !(q->wc[cb - 1] & (NG_QW_AUX | NG_QW_STOPWORD)))
            break; /* "decision to sell the yard surprised …": the main verb */
        if (cb > ca + 1 && is_lower_word(q, cb) && TOK_IN(q, cb, stop))
            break;
    }
    tspan cue = {(uint32_t)i, (uint32_t)i + (nc[k].keep ? 1 : 2)};
    q->cur_flags = NG_CUE_OBJ;
    int rc = emit_claim(HOW(q, 4), ca, cb, cue, nc[k].lemma, src, src, 0);
    return rc ? rc : 1;
}

/* "voters see Berg as …", "views the plan as …": a verb of regarding with
 * an "as" after its object is a stance cue (its object and the "as" phrase
 * the content).  The entry, or NULL. */
Q_RARE static const ng_cue *see_as(const qctx *q, size_t i, size_t hi)
{
    static const ng_cue see[] = {{"see", "see", NG_CUE_OBJ}, {"view", "view", NG_CUE_OBJ},
                                 {"regard", "regard", NG_CUE_OBJ}};
    const ng_cue *c = NULL;
    char c0 = ttext(q, i)[0];
    size_t n = tlen(q, i);
    if ((c0 != 's' && c0 != 'v' && c0 != 'r') || n < 3 || n > 9)
        return NULL;
    if (tok_eq(q, i, "see") || tok_eq(q, i, "sees") || tok_eq(q, i, "saw"))
        c = &see[0];
    else if (tok_eq(q, i, "view") || tok_eq(q, i, "views") || tok_eq(q, i, "viewed"))
        c = &see[1];
    else if (tok_eq(q, i, "regard") || tok_eq(q, i, "regards") || tok_eq(q, i, "regarded"))
        c = &see[2];
    if (!c)
        return NULL;
    for (size_t k = i + 2; k < hi && k - i <= 8; k++) {
        if (!(is_word(q, k) || is_poss(q, k) || q->tk[k].kind == NG_TOK_NUMBER))
            return NULL;
        if (tok_eq(q, k, "as"))
            return c;
    }
    return NULL;
}

/* The cue entry of token i when it is the base form of a cue verb
 * ("confirm", "suggest", "feel": its -s form is a cue form with that
 * lemma), else NULL. */
Q_RARE static const ng_cue *seems_cue_verb(const qctx *q, size_t i)
{
    char w[24];
    size_t n = is_lower_word(q, i) ? LOW(i, w) : 0;
    if (n < 3 || n + 2 > sizeof w)
        return NULL;
    w[n] = 's', w[n + 1] = 0;
    const ng_cue *cu = ng__cue_lookup(w, n + 1);
    return cu && !strncmp(cu->lemma, w, n) && (cu->lemma[n] == 0 || cu->lemma[n] == ' ') ? cu : NULL;
}

/* Hedged claims with no source of their own: "Trump seemed to suggest …",
 * "the deal appears to be dead", "Berg is (not) expected to win".  The
 * content is the clause from its subject on (the cue inside it); the item
 * is an attribution with a null source.  Returns 1 when one was emitted,
 * 0 when token i is no such cue, or NG_ENOMEM. */
static int hedged(qctx *q, size_t i, size_t lo, size_t hi)
{
    const char c0 = ttext(q, i)[0];
    size_t len = tlen(q, i);
    if ((c0 != 's' && c0 != 'a' && c0 != 'e' && c0 != 'r') || len < 4 || len > 10 || i + 1 >= hi ||
        i == lo || !is_lower_word(q, i))
        return 0;
    tspan cue = {(uint32_t)i, (uint32_t)i + 1};
    const char *t = ttext(q, i);
    /* the candidates by first letter and length: seem(s|ed), appear(s|ed),
     * expected, said, reportedly */
    int seem = 0, appear = 0, expect = 0, said = 0, rep = 0;
    if (c0 == 's' && t[1] == 'e')
        seem = tok_eq(q, i, "seem") || tok_eq(q, i, "seems") || tok_eq(q, i, "seemed");
    else if (c0 == 'a' && len >= 6)
        appear = tok_eq(q, i, "appears") || tok_eq(q, i, "appeared") || tok_eq(q, i, "appear");
    else if (c0 == 'e' && len == 8)
        expect = tok_eq(q, i, "expected");
    else if (c0 == 's' && len == 4)
        /* "is said to be" */
        said = tok_eq(q, i, "said") && tok_eq(q, i + 1, "to") && i > lo &&
               (tok_eq(q, i - 1, "is") || tok_eq(q, i - 1, "are") || tok_eq(q, i - 1, "was") ||
                tok_eq(q, i - 1, "were"));
    else if (c0 == 'r' && len == 10)
        /* "Berg reportedly considered …" (not "reportedly said") */
        rep = tok_eq(q, i, "reportedly") && !cue_at(q, i + 1) && is_lower_word(q, i + 1);
    if (!seem && !appear && !expect && !said && !rep)
        return 0;
    if (said)
        cue.s = (uint32_t)i - 1;
    if ((appear || expect) && !(tok_eq(q, i + 1, "to") && i + 2 < hi && is_lower_word(q, i + 2)))
        return 0;
    if (seem && !(is_word(q, i + 1)))
        return 0;
    if (expect) {
        /* "is expected", "are not expected", "was widely expected" */
        size_t a = i;
        if (a > lo && (tok_eq(q, a - 1, "not") || n_ly(q, a - 1)))
            a--;
        if (a > lo && (tok_eq(q, a - 1, "n't") || tok_eq(q, a - 1, "n\xE2\x80\x99t")))
            a--;
        if (!(a > lo && (tok_eq(q, a - 1, "is") || tok_eq(q, a - 1, "are") || tok_eq(q, a - 1, "was") ||
                         tok_eq(q, a - 1, "were") || tok_eq(q, a - 1, "be") || tok_eq(q, a - 1, "been") ||
                         tok_eq(q, a - 1, "'s") || tok_eq(q, a - 1, "\xE2\x80\x99s"))))
            return 0;
        cue.s = (uint32_t)a - 1;
    }
    tspan sp;
    subj_at_start(q, lo, cue.s, &sp);
    size_t ca = sp.e > sp.s ? sp.s : lo;
    while (ca < cue.s && (is_punct(q, ca, ",") || tok_eq(q, ca, "but") || tok_eq(q, ca, "and") ||
                          tok_eq(q, ca, "so") || tok_eq(q, ca, "yet")))
        ca++;
    if (ca >= cue.s || has_inq(q, ca, cue.s) || (q->mark[ca] & QM_CUE))
        return 0;
    q->cur_flags = NG_CUE_OBJ;
    tspan none = {0, 0}, src = none;
    const ng_cue *vc;
    if ((seem || appear) && i + 2 < hi && tok_eq(q, i + 1, "to") && (vc = seems_cue_verb(q, i + 2)) != NULL) {
        /* "Berg seemed to confirm …", "the mayor appears to suggest …": a
         * verb of saying or thinking after the hedge is the subject's, its
         * source (only the hedge itself has none); the content follows the
         * verb */
        np_before(q, skip_aux_back(q, i, lo), lo, &src, 0);
        if (src.e > src.s)
            extend_left(q, &src, lo);
        if (src.e > src.s && src.s >= ca && i + 3 < hi) {
            tspan vcue = {(uint32_t)i, (uint32_t)i + 3};
            q->cur_flags = vc->flags | NG_CUE_OBJ;
            int rc = emit_claim(HOW(q, 25), i + 3, hi, vcue, vc->lemma, src, src, 0);
            return rc ? rc : 1;
        }
    }
    int rc = emit_claim(HOW(q, 5), ca, hi, cue,
                        said ? "say" : rep ? "report" : expect ? "expect" : seem ? "seem" : "appear", none,
                        none, 1);
    return rc ? rc : 1;
}

/* A belief measured against ("more than most party insiders expected.",
 * "came sooner than anyone had expected", "not as toxic as most insiders
 * believe.", "…, as some liberals hope, …"): a verb of belief or forecast
 * at the end of its clause (a comma, dash, semicolon or the sentence end
 * after it), its subject of one to four words right after "than" or "as"
 * (past auxiliaries and adverbs: "had", "initially").  PolNeAR counts these
 * as the subject's attributions (fit: 8 with a source of 12 such clauses
 * outside quotations).  The content is the clause before the cue up to
 * "than", or before "as".  Returns 1 when one was emitted, 0 when token i is
 * no such cue, or NG_ENOMEM. */
static int than_as_belief(qctx *q, size_t i, size_t lo, size_t hi)
{
    static const char *const belief[] = {"anticipate", "assume", "believe", "estimate", "expect",
                                         "fear", "forecast", "guess", "hope", "imagine", "predict",
                                         "project", "suspect", "think"};
    static const char adv[][16] = {"once", "originally", "initially", "previously", "first", "ever",
                                   "widely", "generally", "commonly"};
    static const char art[][8] = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"};
    static const char nounish[][16] = {"hope", "fear", "guess", "estimate", "forecast", "project", "suspect"};
    static const char plural[][16] = {"suspects", "fears", "hopes", "forecasts", "projects", "estimates",
                                      "guesses"};
    /* (the clause's end first: it reads the next token's kind, and turns
     * away most of the cues this is asked about, every "said" before a
     * word, before the lemma's list is scanned) */
    if (!(i + 1 == hi || is_terminal(q, i + 1) || is_punct(q, i + 1, ",") || is_punct(q, i + 1, ";") ||
          is_dash(q, i + 1)))
        return 0;
    const ng_cue *cu = cue_at(q, i);
    const char *lemma = cu ? cu->lemma : tok_eq(q, i, "expected") ? "expect" : NULL;
    if (!lemma || !lemma_in(lemma, belief, NG_ARRAY_LEN(belief)) || ends_ing(q, i))
        return 0;
    size_t end = skip_aux_back(q, i, lo), s = end;
    while (s > lo && end - s < 4 && (is_word(q, s - 1) || is_poss(q, s - 1)) && !tok_eq(q, s - 1, "than") &&
           !tok_eq(q, s - 1, "as"))
        s--;
    if (s == end || s <= lo + 1 || !(tok_eq(q, s - 1, "than") || tok_eq(q, s - 1, "as")) ||
        (end == s + 1 && TOK_IN(q, s, adv)) || TOK_IN(q, i, plural) || tok_eq(q, s - 2, "well") ||
        tok_eq(q, s - 2, "such"))
        return 0; /* ("than once thought", "than originally expected": no subject; "as well as
                   * terror suspects": a noun) */
    for (size_t k = s; k < i; k++)
        if ((k < end && (q->wc[k] & NG_QW_AUX)) || be_form(q, k) || /* (be_form: "been" too) */
            (end == i && TOK_IN(q, i, nounish) && (is_poss(q, k) || (k == s && TOK_IN(q, k, art)))))
            return 0; /* ("as had been widely expected", a passive "no declaration is expected";
                       * a noun: "emerge as Britain's great new hope") */
    size_t as = s - 1, ca = as; /* the clause before: back to a mark */
    while (ca > lo && !is_punct(q, ca - 1, ",") && !is_punct(q, ca - 1, ";") && !is_punct(q, ca - 1, ":") &&
           !is_dash(q, ca - 1))
        ca--;
    size_t cb = tok_eq(q, as, "than") ? as + 1 : as;
    if (ca == cb && ca > lo + 1) {
        /* "…, as some liberals hope, …": the clause before the comma */
        cb = ca - 1, ca = cb;
        while (ca > lo && !is_punct(q, ca - 1, ",") && !is_punct(q, ca - 1, ";") && !is_dash(q, ca - 1))
            ca--;
    }
    /* (not inside an earlier item's content, which it would cut: "said
     * the situation was not as dramatic as Mr Renner believed") */
    if (ca >= cb || has_inq(q, ca, cb) || (q->last_kind && s >= q->last_a && s < q->last_b))
        return 0;
    tspan cue = {(uint32_t)end, (uint32_t)i + 1}, sp = {(uint32_t)s, (uint32_t)end};
    q->cur_flags = NG_CUE_THAT | NG_CUE_OBJ;
    int rc = emit_claim(HOW(q, 33), ca, cb, cue, lemma, sp, sp, 1);
    return rc ? rc : 1;
}

/* A verb of feeling caused ("The remark worried some analysts", "His
 * behavior has angered the party's top figures", "Such rhetoric is alarming
 * many Germans", "What worries the smartest people on the left is …"): the
 * object who feels it is the source, the subject what they feel it about
 * (PolNeAR's spans; fit: 7 of 12 such objects are gold sources).  The
 * object: a quantifier, determiner, possessive or name, then words to a
 * mark, a relative or subordinating word or an auxiliary (at most 8).  Not
 * a passive or an adjective ("was worried", "a worrying sign": an -ing
 * form only after a form of "be"), nor "about"/"that" after the verb.
 * Returns 1 when one was emitted, 0 when token i is no such cue, or
 * NG_ENOMEM. */
static int caused_feeling(qctx *q, size_t i, size_t lo, size_t hi)
{
    static const char verb[][16] = {"worried", "worries", "worrying", "alarmed", "alarms", "alarming",
                                    "angered", "angers", "angering", "unnerved", "unnerves", "infuriated",
                                    "infuriates", "outraged", "dismayed", "frightened", "frightens"};
    static const char stop[][8] = {"who", "which", "that", "because", "as", "with", "by", "so", "when",
                                   "while", "after", "than", "but", "since", "into", "to", "about", "over"};
    if (i <= lo || i + 2 >= hi || !is_lower_word(q, i) || !TOK_IN(q, i, verb))
        return 0;
    size_t o = i + 1;
    /* (the determiners hold "many", "some", "most", "his", "her",
     * "their"; "that" is in stop, "It" a pronoun) */
    if (!is_word(q, o) || TOK_IN(q, o, stop) ||
        !(word_in(q, o, ng__q_is_determiner) || (is_cap(q, o) && !word_in(q, o, ng__q_is_pronoun))))
        return 0;
    size_t end = skip_aux_back(q, i, lo);
    for (size_t k = end; k < i && !ends_ing(q, i); k++)
        if (be_form(q, k))
            return 0; /* a passive: "was alarmed by" */
    if (ends_ing(q, i) && !(end < i && be_form(q, i - 1)))
        return 0; /* ("a worrying sign") */
    if (end <= lo || !(is_word(q, end - 1) || is_poss(q, end - 1)) || be_form(q, end - 1))
        return 0;
    size_t e = o + 1;
    while (e < hi && e - o < 8 && (is_word(q, e) || is_poss(q, e)) && !TOK_IN(q, e, stop) &&
           !(q->wc[e] & NG_QW_AUX) && !cue_at(q, e))
        e++;
    while (e > o + 1 && (tok_eq(q, e - 1, "and") || tok_eq(q, e - 1, "or")))
        e--; /* ("some top Reagan officials and, perhaps more importantly, …") */
    for (size_t k = o + 1; k < hi && k < e + 6; k++) {
        const ng_cue *c2 = cue_at(q, k);
        if ((c2 && (c2->flags & NG_CUE_SPEECH)) || tok_eq(q, k, "statement"))
            return 0; /* "angered the administration when he said …", "… in a
                       * statement that …": the speech is the item */
    }
    tspan src = {(uint32_t)o, (uint32_t)e}, cue = {(uint32_t)end, (uint32_t)i + 1}, sub;
    np_before(q, end, lo, &sub, 0);
    if (sub.e <= sub.s && (tok_eq(q, end - 1, "what") || tok_eq(q, end - 1, "that") ||
                           tok_eq(q, end - 1, "which")))
        sub = (tspan){(uint32_t)end - 1, (uint32_t)end};
    if (sub.e <= sub.s)
        return 0;
    q->cur_flags = NG_CUE_OBJ;
    int rc = emit_claim(HOW(q, 34), sub.s, sub.e, cue, "worry", src, src, 1);
    return rc ? rc : 1;
}

/* For headline_cue: the comma before a teller that ends a title-case
 * headline ("… Is Like A Lawyer's Dumbest Client Ever, Trevor Noah Says.",
 * "Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells
 * Democratic Convention."): after the comma (and a closing mark) one to four
 * capitalised words, a capitalised cue, then at most three capitalised
 * words to the end.  The comma's token, or 0. */
static size_t tail_teller_comma(const qctx *q, size_t lo, size_t hi)
{
    size_t e = hi;
    if (e > lo && is_terminal(q, e - 1))
        e--;
    for (size_t v = e; v-- > lo + 4 && e - v <= 4;) {
        if (!is_word(q, v) || !is_cap(q, v))
            return 0;
        if (!(q->wc[v] & NG_QW_CUE) || (q->tk[v].flags & NG_TF_ALLCAP))
            continue;
        size_t k = v;
        /* (names: no conjunction or other stop word, "…, But He Fully
         * Supported One.") */
        while (k > lo && v - k < 4 && is_word(q, k - 1) && is_cap(q, k - 1) &&
               (!(q->wc[k - 1] & NG_QW_STOPWORD) || (q->wc[k - 1] & NG_QW_PRONOUN)))
            k--;
        if (k == v)
            continue;
        while (k > lo && q->tk[k - 1].kind == NG_TOK_QUOTE)
            k--;
        return k > lo + 3 && is_punct(q, k - 1, ",") ? k - 1 : 0;
    }
    return 0;
}

/* A title-case headline with a capitalised cue: "Berg Says Ferry Fares
 * Will Rise", "Mayor Wants Toll Scrapped".  The words before the cue are the
 * source, the rest the content.  Returns 1 when one was emitted, 0 when the
 * paragraph is no such headline, or NG_ENOMEM. */
static int headline_cue(qctx *q, size_t lo, size_t hi)
{
    if (!(lo == 0 || (q->tk[lo].flags & NG_TF_PARA)) || hi - lo > 30 || hi - lo < 4)
        return 0;
    /* the loop at the end needs a capitalised word with a cue among the
     * tokens it reads ("Says"): rare outside headlines, so most sentences
     * are turned away here, before the count of capitals */
    int cued = 0;
    for (size_t i = lo + 1; i + 1 < hi && i - lo < 10; i++)
        cued |= (q->wc[i] & NG_QW_CUE) && (q->tk[i].flags & NG_TF_CAP);
    size_t tail = tail_teller_comma(q, lo, hi);
    if (!cued && !tail)
        return 0;
    size_t caps = 0, lows = 0;
    for (size_t k = lo; k < hi; k++) {
        size_t r = k + 1; /* (a headline may end in a quotation: "… ‘Troubling.’") */
        while (r < hi && q->tk[r].kind == NG_TOK_QUOTE)
            r++;
        if (is_terminal(q, k) && r < hi)
            return 0;
        if (!is_word(q, k) || tlen(q, k) < 4)
            continue;
        if (is_cap(q, k) && !(q->tk[k].flags & NG_TF_ALLCAP))
            caps++;
        else if (++lows * 6 > caps + (hi - k - 1))
            return 0; /* too many lower-case words whatever follows (the
                       * test below, and 0 is all a later stop returns) */
    }
    if (caps < 4 || lows * 6 > caps)
        return 0;
    if (tail) {
        /* "… Dumbest Client Ever, Trevor Noah Says.": the teller after the
         * claim */
        size_t c = tail + 1;
        while (c < hi && q->tk[c].kind == NG_TOK_QUOTE)
            c++;
        size_t v = c;
        while (v < hi && !(q->wc[v] & NG_QW_CUE)) /* (tail_teller_comma found one) */
            v++;
        char w[24];
        size_t n = v < hi ? LOW(v, w) : 0;
        const ng_cue *cu = n ? wcue(q, v, w, n) : NULL;
        if (cu && (cu->flags & NG_CUE_SPEECH)) {
            tspan src = {(uint32_t)c, (uint32_t)v}, cue = {(uint32_t)v, (uint32_t)v + 1};
            int rc = emit_claim(HOW(q, 6), lo, tail, cue, cu->lemma, src, src, 0);
            return rc ? rc : 1;
        }
    }
    for (size_t i = lo + 1; i + 1 < hi && i - lo < 10; i++) {
        if (!is_word(q, i) || !is_cap(q, i) || (q->mark[i] & (QM_INQ | QM_CUE)))
            continue;
        if (tlen(q, i) >= 24 || !(q->wc[i] & NG_QW_CUE))
            continue; /* no cue: wcue() would say NULL */
        char w[24];
        size_t n = LOW(i, w);
        const ng_cue *cu = n ? wcue(q, i, w, n) : NULL;
        if (!cu)
            continue;
        tspan src = {(uint32_t)lo, (uint32_t)i}, cue = {(uint32_t)i, (uint32_t)i + 1};
        /* "Mayor Berg Finally Endorses …": title-case adverbs are no source */
        while (src.e > src.s + 1) {
            char a[24];
            size_t an = LOW(src.e - 1, a);
            if (!(an && (!strcmp(a, "just") || !strcmp(a, "finally") || !strcmp(a, "now") ||
                         !strcmp(a, "also") || !strcmp(a, "again") || !strcmp(a, "still") ||
                         (an > 4 && a[an - 2] == 'l' && a[an - 1] == 'y'))))
                break;
            src.e--;
        }
        /* "How Paul Ryan Thinks About …", "Why Berg Fears …": the question
         * word is no part of the source */
        static const char wh[][8] = {"how", "why", "what", "when", "where"};
        if (src.e > src.s + 1 && TOK_IN(q, src.s, wh))
            src.s++;
        /* "Berg Says Ferry Is Safe, Calls Tax ‘Unfair’": two claims, one source */
        size_t end = hi, c2 = 0;
        const ng_cue *cu2 = NULL;
        for (size_t k = i + 2; k + 2 < hi && !c2; k++)
            if (is_punct(q, k, ",") && is_word(q, k + 1) && is_cap(q, k + 1) && tlen(q, k + 1) < 24 &&
                (q->wc[k + 1] & NG_QW_CUE)) {
                char w2[24];
                size_t n2 = LOW(k + 1, w2);
                if ((cu2 = n2 ? wcue(q, k + 1, w2, n2) : NULL) != NULL)
                    end = k, c2 = k + 1;
            }
        q->cur_flags = NG_CUE_OBJ;
        int rc = emit_claim(HOW(q, 6), i + 1, end, cue, cu->lemma, src, src, 0);
        if (!rc && c2) {
            tspan cue2 = {(uint32_t)c2, (uint32_t)c2 + 1};
            q->last_kind = 0;
            q->cur_flags = NG_CUE_OBJ;
            rc = emit_claim(HOW(q, 7), c2 + 1, hi, cue2, cu2->lemma, src, src, 0);
        }
        return rc ? rc : 1;
    }
    return 0;
}

/* For quote_tail_before: an item's spans (bytes; an end of 0: none). */
typedef struct item_spans {
    uint32_t start, end, cue_start, cue_end, src_start, src_end;
} item_spans;

/* The token where item it's text starts (its content, cue or source,
 * whichever is first) when its cue and source end just before the comma at
 * token c with at most ten words between ("Obama said of the families of
 * gun violence victims, according to …"; five missed 2 PolNeAR fit items),
 * in c's sentence, and its content comes before its cue; NONE otherwise
 * (a full stop before a bracket closes an abbreviation: "he told Sen. Jeff
 * Flake (R-Ariz.), according to …").  Scans at most 400 tokens back. */
Q_RARE static size_t tail_start(const qctx *q, size_t c, const item_spans *it)
{
    uint32_t tail = it->cue_end > it->src_end ? it->cue_end : it->src_end;
    if (!it->cue_end || tail > q->tk[c].start || it->end > it->cue_start)
        return NONE;
    uint32_t first = it->start;
    if (it->cue_start < first)
        first = it->cue_start;
    if (it->src_end && it->src_start < first)
        first = it->src_start;
    size_t t = c, words = 0;
    while (t > 0 && q->tk[t - 1].start >= tail) {
        t--;
        if (q->tk[t].sent != q->tk[c].sent || q->tk[t].kind == NG_TOK_QUOTE ||
            (is_terminal(q, t) && !is_punct(q, t + 1, ")")) || (q->mark[t] & QM_INQ) || ++words > 10)
            return NONE;
    }
    if (t == 0 || q->tk[t - 1].sent != q->tk[c].sent)
        return NONE;
    for (size_t b = t, m = 0; b-- > 0 && m < 400; m++)
        if (q->tk[b].start == first)
            return b;
        else if (q->tk[b].start < first)
            return NONE;
    return NONE;
}

/* The quotation or attribution whose cue and source end just before the
 * comma at token c ("“…,” Rutte said on Monday, according to Reuters";
 * "…, Rutte told reporters, according to the BBC"; "…, officials said,
 * according to the Journal"): the token where its text starts, or NONE.
 * Looks at the eight direct quotations that start before c (pass_direct's,
 * in text order: a binary search; the last eight of the whole list missed
 * a quotation with eight more after it in the document) and the last eight
 * reported items of each list (pass_reported's, in text order up to c). */
static size_t quote_tail_before(const qctx *q, size_t c)
{
    const ng_doc *d = q->d;
    size_t lo = 0, hi = q->ndirect < d->quotes.n ? q->ndirect : d->quotes.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->quotes.v[mid].start < q->tk[c].start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t n = lo, k = 0; n-- > 0 && k < 8; k++) {
        const ng_quote *u = &d->quotes.v[n];
        item_spans it = {u->start, u->end, u->cue_start, u->cue_end, u->speaker_start, u->speaker_end};
        size_t t = tail_start(q, c, &it);
        if (t != NONE)
            return t;
    }
    for (size_t n = d->quotes.n, k = 0; n-- > q->ndirect && k < 8; k++) {
        const ng_quote *u = &d->quotes.v[n];
        item_spans it = {u->start, u->end, u->cue_start, u->cue_end, u->speaker_start, u->speaker_end};
        size_t t = tail_start(q, c, &it);
        if (t != NONE)
            return t;
    }
    for (size_t n = d->attributions.n, k = 0; n-- > 0 && k < 8; k++) {
        const ng_attribution *a = &d->attributions.v[n];
        item_spans it = {a->start, a->end, a->cue_start, a->cue_end, a->source_start, a->source_end};
        size_t t = tail_start(q, c, &it);
        if (t != NONE)
            return t;
    }
    return NONE;
}

/* Is "put" at token i the cue of "as X put it" ("As Vulture put it, “…”",
 * "as Tom Ridge, a former secretary, put it: …", "…, as she put it on
 * Wednesday")?  "it" follows, and an "as" opens the subject within 16
 * tokens before, nothing but words, possessives, numbers and commas
 * between (a plain "put it" is a verb of placing: "promised to put it
 * into play"). */
static int as_put_it(const qctx *q, size_t i, size_t lo, size_t hi)
{
    if (i + 1 >= hi || !tok_eq(q, i + 1, "it"))
        return 0;
    for (size_t k = i; k > lo && i - k < 16; k--) {
        size_t t = k - 1;
        if (tok_eq(q, t, "as"))
            return t + 1 < i;
        if (!(is_word(q, t) || is_poss(q, t) || is_punct(q, t, ",") || q->tk[t].kind == NG_TOK_NUMBER) ||
            (is_lower_word(q, t) && (q->wc[t] & NG_QW_AUX)))
            return 0;
    }
    return 0;
}

/* Is the cue at token i an infinitive after the object of a verb of
 * causing ("leaving some to question whether …", "led some allies to
 * worry whether …", "leading law enforcement authorities to question
 * …")?  Then that object, one to five words between the verb and "to", is
 * the cue's subject: returns its first token, else 0.  Not "leading" as an
 * adjective ("the Group of 10 leading western countries met here to
 * discuss"), nor a cue with a preposition after it, whose object the
 * rules would not end ("leads people to think of television but …", "led
 * managers to complain about …, which they say …"). */
static size_t caused_inf(const qctx *q, size_t i, size_t lo, size_t hi)
{
    static const char prep[][8] = {"of", "about", "on", "in", "for", "at", "with", "to", "over"};
    static const char cause[][16] = {"leave", "leaves", "leaving", "left", "lead", "leads", "leading",
                                     "led", "prompt", "prompts", "prompting", "prompted", "cause",
                                     "causes", "causing", "caused"};
    if (i < lo + 3 || !tok_eq(q, i - 1, "to") || i + 1 >= hi || TOK_IN(q, i + 1, prep))
        return 0;
    for (size_t t = i - 2; t > lo && i - 2 - t < 5; t--) {
        if (!is_word(q, t))
            return 0;
        if (is_lower_word(q, t - 1) && TOK_IN(q, t - 1, cause))
            return t - 1 > lo && (q->tk[t - 2].kind == NG_TOK_NUMBER || (q->wc[t - 2] & NG_QW_DETERMINER) ||
                                  tok_eq(q, t - 2, "of"))
                       ? 0
                       : t;
    }
    return 0;
}

/* If "as (first) reported by" opens at token i (before hi), the token
 * after "by", else 0. */
static size_t as_reported_by(const qctx *q, size_t i, size_t hi)
{
    if (!tok_eq(q, i, "as"))
        return 0;
    size_t k = i + 1 < hi && tok_eq(q, i + 1, "first") ? i + 2 : i + 1;
    return k + 2 < hi && tok_eq(q, k, "reported") && tok_eq(q, k + 1, "by") ? k + 2 : 0;
}

/* The comma that ends the clause before "according to" at token i: "…,
 * according to X" and "…,” according to X" (the comma inside the closing
 * quote mark: "threatening “a major lawsuit,” according to a copy of the
 * letter"); NONE when there is none. */
static size_t comma_before(const qctx *q, size_t i, size_t lo)
{
    if (i > lo && is_punct(q, i - 1, ","))
        return i - 1;
    if (i > lo + 1 && q->tk[i - 1].kind == NG_TOK_QUOTE && (q->tk[i - 1].flags & NG_TF_CLOSE) &&
        is_punct(q, i - 2, ","))
        return i - 2;
    return NONE;
}

/* "according to X" (tokens i to k) and "as (first) reported by X": the
 * claim is the rest of the clause. */
Q_RARE static int according_to(qctx *q, size_t i, size_t k, size_t lo, size_t hi)
{
    tspan cue = {(uint32_t)i, (uint32_t)k}, src;
    if (k >= hi)
        return 0;
    /* the source: a phrase up to a comma or the clause end */
    size_t s = k, e = k;
    while (e < hi && e - s < 8 && (is_word(q, e) || is_poss(q, e) ||
                                   q->tk[e].kind == NG_TOK_NUMBER)) {
        if (e > s && is_lower_word(q, e) && ng__q_is_stopword(ttext(q, e), tlen(q, e)) &&
            !tok_eq(q, e, "of"))
            break;
        e++;
    }
    if (e == s)
        return 0;
    src.s = (uint32_t)s, src.e = (uint32_t)e;
    /* the whole source phrase runs on to the end of the sentence ("…,
     * according to a count by the Gazette of its own readers."): the head
     * found above only decides the layout */
    size_t fin = hi;
    while (fin > e && (is_terminal(q, fin - 1) || q->tk[fin - 1].kind == NG_TOK_QUOTE ||
                       is_punct(q, fin - 1, ",") || is_punct(q, fin - 1, ":") || is_punct(q, fin - 1, ";")))
        fin--;
    if (fin > e && is_punct(q, fin - 1, ")")) {
        /* "(according to Factcheck.org)": the bracket closes around the
         * attribution, not inside the source */
        int open = 0;
        for (size_t d = s; d + 1 < fin && d - s < 40 && !open; d++)
            open = is_punct(q, d, "(");
        if (!open)
            fin--;
    }
    for (size_t d = e; d < fin && d - e < 40; d++) { /* (bounded: linear time) */
        if (is_dash(q, d)) {
            fin = d; /* "according to the Center - half a point of …": a dash ends it */
            break;
        }
        if (is_punct(q, d, "("))
            break; /* (a bracket opened in the source closes in it) */
        if (is_punct(q, d, ")")) {
            fin = d; /* "(… were white, according to exit polls), New Hampshire …":
                      * the bracket it stands in closes the source */
            break;
        }
        size_t v = d + 1 + (d + 2 < fin && tok_eq(q, d + 1, "and"));
        if (is_punct(q, d, ",") && v < fin && is_lower_word(q, v) && finite_aux(q, v)) {
            fin = d; /* "Absent, according to members who spoke afterward, was any
                      * mention of …": a finite verb after a comma is the clause's */
            break;
        }
    }
    size_t ca, cb, qa, cm = comma_before(q, i, lo);
    size_t ce = cm == NONE || cm + 1 == i ? cm : i; /* the claim's end: a quote mark after the comma stays in */
    tspan head = src; /* the source without its apposition: its entity */
    if (cm != NONE && q->last_kind && q->last_b == cm) {
        /* "X told Y the deal was dead, according to the Tribune": the Tribune
         * is the source of the whole sentence, the report inside it
         * included */
        if (e < fin && !is_punct(q, e, ",") && !has_inq(q, e, fin))
            head.e = src.e = (uint32_t)fin;
        if (e < hi && is_punct(q, e, ","))
            extend_appos(q, &src, hi); /* "…, according to Ann Berg, a port official." */
        int32_t ent = resolve(q, head);
        size_t a = lo, b = ce;
        if (!trim(q, &a, &b) || a > q->last_a)
            a = q->last_a, b = q->last_b;
        return push_attr(HOW(q, 8), a, b, src, ent, cue);
    } else if (cm != NONE ? cm > lo && (qa = quote_tail_before(q, cm)) != NONE
                          : i > lo + 1 && (qa = quote_tail_before(q, i)) != NONE) {
        /* "“We will not stop,” Rutte said, according to Reuters.": Reuters
         * is the source of the quotation and of who said it, as PolNeAR
         * draws it (one item over both, beside the quotation's own); also
         * with no comma ("…,” Ware said in a statement according to The
         * Blaze.") */
        if (e < hi && is_punct(q, e, ","))
            extend_appos(q, &src, hi);
        else if (e < fin && !has_inq(q, e, fin))
            head.e = src.e = (uint32_t)fin;
        return push_attr(HOW(q, 9), qa, cm != NONE ? ce : i, src, resolve(q, head), cue);
    } else if (cm != NONE) {
        /* "…, according to Reuters.", "…, according to Ann Berg, a port
         * official.", "…, according to the Tribune, taking …": the claim
         * before; "In the end, according to him, the network censured …":
         * the claim after, when the part before is short and no apposition
         * follows the source */
        tspan ap = src;
        if (e < hi && is_punct(q, e, ","))
            extend_appos(q, &ap, hi);
        if (ap.e == src.e && e + 1 < hi && is_punct(q, e, ",") && words_at_least(q, e + 1, hi, 4) &&
            !words_at_least(q, lo, cm, 6) && !(is_lower_word(q, e + 1) && ends_ing(q, e + 1))) {
            ca = e + 1, cb = hi;
        } else {
            ca = lo, cb = ce;
            src = ap;
            if (e < fin && !is_punct(q, e, ",") && !has_inq(q, e, fin))
                head.e = src.e = (uint32_t)fin;
        }
    } else if (i == lo + 2 && (tok_eq(q, lo, "that") || tok_eq(q, lo, "this")) &&
               (tok_eq(q, lo + 1, "'s") || tok_eq(q, lo + 1, "\xE2\x80\x99s") || tok_eq(q, lo + 1, "is"))) {
        /* "That’s according to fundraising reports through Jan. 31 that …":
         * the pronoun (standing for the sentence before) is the claim, the
         * copula opens the cue and the source runs to the sentence end, as
         * PolNeAR draws it */
        if (e < fin && !has_inq(q, e, fin))
            src.e = (uint32_t)fin;
        cue.s = (uint32_t)lo + 1;
        return push_attr(HOW(q, 10), lo, lo + 1, src, resolve(q, head), cue);
    } else if (i == lo || (i == lo + 1 && is_word(q, lo)) || (i > lo && is_punct(q, i - 1, ":"))) {
        ca = e, cb = hi;     /* "According to Reuters, …" (also after a colon) */
        /* "According to a count by the Gazette, …": the source up to the comma */
        if (!is_punct(q, e, ","))
            for (size_t c = e; c < hi && c - e < 24; c++) {
                if (is_punct(q, c, ",")) {
                    if (!has_inq(q, e, c))
                        src.e = (uint32_t)c, ca = c;
                    break;
                }
                if (is_terminal(q, c) || is_punct(q, c, ";") || is_punct(q, c, ":") || cue_at(q, c))
                    break;
            }
        if (ca < hi && is_punct(q, ca, ","))
            ca++;
    } else if (e < hi && is_punct(q, e, ",") && i > lo) {
        ca = lo, cb = i;     /* "NATO is, according to X, …" would need two spans: take the start */
    } else {
        ca = lo, cb = i;
    }
    return emit_claim(HOW(q, 10), ca, cb, cue, "according to", src, head, 1);
}

/* Is token i the base form of lemma (its first word: "call" of "call on")? */
static int base_form(const qctx *q, size_t i, const char *lemma)
{
    size_t n = 0;
    while (lemma[n] && lemma[n] != ' ')
        n++;
    return tlen(q, i) == n && !memcmp(ttext(q, i), lemma, n);
}

/* Does phrase sp end with "a" and at most two lower-case words, the last
 * not a plural ("a passing", "the mayor made a definitive")?  A verb's base
 * form right after it is a noun.  Returns the token of the "a" (so 0 is
 * never an answer: sp holds words before it or it is not the phrase start),
 * else 0. */
static size_t noun_after_a(const qctx *q, tspan sp)
{
    static const char sing[][8] = {"a", "an", "another", "each", "every"};
    for (size_t k = sp.e; k-- > sp.s && sp.e - k <= 3;) {
        char c = (char)(ttext(q, k)[0] | 0x20);
        if (c != 'a' && c != 'n' && c != 'e') { /* (the first letters of the words looked for) */
            if (!is_lower_word(q, k))
                return 0;
            continue;
        }
        if (tok_eq(q, k, "no"))
            return k + 1 < sp.e ? k + 1 : 0; /* "no serious calls for" */
        if (TOK_IN(q, k, sing)) {
            for (size_t m = sp.s; m < k; m++)
                if (tok_eq(q, m, "of"))
                    return 0; /* "half of the voters in each state say" */
            return k + 1 < sp.e && !tok_eq(q, k + 1, "majority") && !tok_eq(q, k + 1, "minority") &&
                           ttext(q, sp.e - 1)[tlen(q, sp.e - 1) - 1] != 's'
                       ? k + 1
                       : 0;
        }
        if (!is_lower_word(q, k))
            return 0;
    }
    return 0;
}

/* The first token in [i, hi) that is a cue already used (QM_CUE), has a
 * cue entry or may start a pattern (NG_QW_CUE, NG_QW_STARTER), or hi: with
 * SSE2 eight tokens at a time, the last (fewer than eight) too, the lanes
 * past hi masked off (q->wc and q->mark have QC_SLACK entries after the
 * last token): a byte loop there exits as unpredictably as the sentence
 * lengths. */
#define QC_SLACK 8
static size_t skip_plain(const qctx *q, size_t i, size_t hi)
{
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
    const __m128i wbits = _mm_set1_epi16((short)(NG_QW_CUE | NG_QW_STARTER)), mbit = _mm_set1_epi16(QM_CUE);
    for (; i < hi; i += 8) {
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(q->wc + i));
        __m128i m = _mm_unpacklo_epi8(_mm_loadl_epi64((const __m128i *)(const void *)(q->mark + i)), _mm_setzero_si128());
        __m128i hit = _mm_or_si128(_mm_and_si128(w, wbits), _mm_and_si128(m, mbit));
        size_t left = hi - i < 8 ? hi - i : 8; /* (a conditional move) */
        unsigned z = ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(hit, _mm_setzero_si128())) & ((1u << 2 * left) - 1);
        if (z)
            return i + (size_t)__builtin_ctz(z) / 2;
    }
    return hi;
#endif
    while (i < hi && !(q->mark[i] & QM_CUE) && !(q->wc[i] & (NG_QW_CUE | NG_QW_STARTER)))
        i++;
    return i;
}

/* ---- noun readings of cue words (BBC: "resolve access disputes") ---- */

/* Whether the word before end (the cue past its auxiliaries) can be the
 * subject of a verb's base form: a pronoun, "who", a name, a share or a
 * plural ("Two-thirds support …", "all signs point to …"; not "won strong
 * support", "0.5 percentage point to …"). */
static int subject_before(const qctx *q, size_t end, size_t lo)
{
    if (end <= lo)
        return 0;
    size_t t = end - 1;
    return word_in(q, t, ng__q_is_pronoun) || tok_eq(q, t, "who") || (is_cap(q, t) && t > lo) ||
           q->tk[t].kind == NG_TOK_NUMBER || tok_eq(q, t, "%") ||
           (is_lower_word(q, t) && tlen(q, t) > 3 && ttext(q, t)[tlen(q, t) - 1] == 's' &&
            !(q->wc[t] & (NG_QW_STOPWORD | NG_QW_AUX)));
}

/* Is the cue word at token i (a base form or a form in -s: "claim",
 * "plans", "reports", "calls") a noun here?  1 when the token right before
 * it, in its sentence (from lo), is
 *  - a possessive ("the party's lists", "the allies' plans");
 *  - a determiner ("the claims", "its plan", "these lists", "no plans",
 *    "any", "every", "such", "latest", "own"), but not "that" ("a book that
 *    claims") or "one" ("no one claims"); a quantifier or "her" only before
 *    a form in -s, which cannot be the verb of a plural subject ("some
 *    reports" but "some claim that", "her plans" but "let her claim");
 *  - a preposition other than "to" ("amid reports", "over plans", "of
 *    calls");
 *  - a figure, before a form in -s ("180 million calls", "2,000 claims").
 * Such a word is no cue: it has no subject and the rules would take the
 * phrase before it for one.  Participles (-ed, -ing: "by saying", "the
 * alleged") are left to the rules; the stance nouns after a possessive
 * ("Berg's plan to …", noun_cue) are read before this. */
static int noun_reading(const qctx *q, size_t i, size_t lo)
{
    static const char prep[][16] = {"of",      "for",     "on",      "in",        "at",
                                    "over",    "against", "behind",  "amid",      "with",
                                    "about",   "by",      "from",    "into",      "despite",
                                    "after",   "among",   "between", "under",     "without",
                                    "any",     "every",   "such",      "latest",    "following",
                                    "including"};
    static const char quant[][8] = {"some", "many", "several", "both", "most", "few",
                                    "her", "other", "two", "three"};
    static const char figs[][16] = {"million", "billion", "thousand", "thousands", "hundreds", "few"};
    const char *w = ttext(q, i);
    size_t n = tlen(q, i);
    /* most cues are past forms ("said", "told", "added"): one byte decides;
     * of the other words that get here only the lexicon's and "call(s)" */
    if (i <= lo || n < 3 || w[n - 1] == 'd' || (w[n - 1] == 'g' && ends_ing(q, i)) ||
        (!q->cue[i] && !tok_eq(q, i, "call") && !tok_eq(q, i, "calls")))
        return 0;
    size_t p = i - 1;
    const ng_token *tp = &q->tk[p];
    int plural = plural_s(w, n);
    int r;
    static const char paux[][8] = {"have", "had", "are", "were", "would", "will", "could", "can",
                                   "may", "might", "should", "must", "do", "did"};
    /* (the nouns among the cue words: the plural subject of "… reports have") */
    static const char nouns[][16] = {"claims", "plans", "reports", "calls", "lists",
                                     "disputes", "champions", "charges"};
    if (plural && i + 1 < q->nt && (q->wc[i + 1] & NG_QW_AUX) && !(q->wc[p] & NG_QW_PRONOUN) &&
        TOK_IN(q, i + 1, paux) && TOK_IN(q, i, nouns))
        return 1; /* a plural subject: "some media reports have cast doubt", "the new plans would" */
    if (plural && plural_before_say(q, i))
        return 1; /* a plural subject before its verb of saying: "refugee advocates say", "Muslim
                   * advocates said", "Press reports suggest" (not "ally denies charges", "plans
                   * unveiled on Monday") */
    if (tp->kind == NG_TOK_POSSESSIVE || (tp->kind == NG_TOK_QUOTE && is_poss(q, p))) {
        /* 's, ’s, ' or ’ -- not the clitics of "doesn't want", "they're" */
        char c = ttext(q, p)[tlen(q, p) - 1];
        r = c == 's' || c == 'S' || c == '\'' || (unsigned char)c == 0x99;
    } else if (tp->kind != NG_TOK_WORD || (q->wc[p] & NG_QW_PRONOUN)) {
        return 0;
    } else if (q->wc[p] & NG_QW_DETERMINER) {
        if (TOK_IN(q, p, quant))
            r = plural;
        else
            r = !tok_eq(q, p, "that") && !tok_eq(q, p, "one") &&
                !(plural && (tok_eq(q, p, "another") || tok_eq(q, p, "this")));
    } else {
        /* (the first letters of prep[] and figs[]: most words are neither) */
        unsigned c = (unsigned)(ttext(q, p)[0] | 0x20) - 'a';
        if (c >= 26 || !((0x5C59BBu >> c) & 1) || (q->wc[p] & NG_QW_AUX))
            return 0;
        r = TOK_IN(q, p, prep) || (plural && TOK_IN(q, p, figs));
    }
    if (r && i + 1 < q->nt && is_word(q, i + 1) &&
        (tok_eq(q, i + 1, "that") || tok_eq(q, i + 1, "the") || is_cap(q, i + 1) ||
         (q->wc[i + 1] & NG_QW_PRONOUN) || tok_eq(q, i + 1, "for") || tok_eq(q, i + 1, "about")))
        return 0; /* a noun with its content: "amid claims (that) the poll …", "amid calls for" */
    return r;
}

/* "Conceding that the deal could slip, Berg said …", "Citing the storm,
 * the mayor closed …": the participle of a cue opening the sentence reports
 * its clause or object, up to the comma; the subject of the main clause
 * right after the comma (a name, a pronoun or a determiner's phrase before
 * a verb) is the source.  i is the participle (capitalised, so q->cue[i] is
 * 0); 1 when an item was emitted, 0 when the pattern does not hold,
 * NG_ENOMEM. */
Q_RARE static int opening_participle(qctx *q, size_t i, size_t lo, size_t hi)
{
    char w[24];
    size_t n = LOW(i, w);
    const ng_cue *cu = n ? wcue(q, i, w, n) : NULL;
    /* not a phrase of place or time ("Writing in the Guardian, …", "Adding
     * to the pressure, …"), not a finding ("Showing great strength, …") */
    static const char place[][8] = {"in", "on", "to", "during", "from", "after", "before", "with", "for"};
    if (!cu || i != lo || !ends_ing(q, i) || i + 3 >= hi || !is_word(q, i + 1) || TOK_IN(q, i + 1, place) ||
        !strcmp(cu->lemma, "show"))
        return 0;
    size_t k = i + 2;
    while (k < hi && k - i <= 30 && !is_punct(q, k, ",") && !is_terminal(q, k) && !is_punct(q, k, ";") &&
           !is_punct(q, k, ":") && q->tk[k].kind != NG_TOK_QUOTE)
        k++;
    if (k >= hi || k - i > 30 || !is_punct(q, k, ","))
        return 0;
    tspan sp;
    subj_at_start(q, k + 1, hi, &sp);
    if (sp.e <= sp.s || sp.s != k + 1 || sp.e >= hi || !(verb_like(q, sp.e) || q->cue[sp.e]) ||
        !(is_cap(q, sp.s) || (q->wc[sp.s] & (NG_QW_PRONOUN | NG_QW_DETERMINER))))
        return 0;
    tspan cue = {(uint32_t)i, (uint32_t)i + 1};
    q->cur_flags = cu->flags | NG_CUE_OBJ;
    int rc = emit_claim(HOW(q, 28), i + 1, k, cue, cu->lemma, sp, sp, 0);
    return rc ? rc : 1;
}

/* The token after a short phrase of time or manner at k ("Tuesday", "on
 * Tuesday", "last month", "earlier this week", "again", "publicly"; at most
 * two of them), or k when there is none. */
static size_t skip_when(const qctx *q, size_t k, size_t hi)
{
    for (int rep = 0; rep < 2 && k + 1 < hi && is_word(q, k); rep++) {
        size_t j = k;
        if (tok_eq(q, j, "on") && (q->wc[j + 1] & NG_QW_WEEKDAY) && is_cap(q, j + 1))
            j++;
        static const char part[][16] = {"morning", "afternoon", "evening", "night"};
        if ((q->wc[j] & NG_QW_WEEKDAY) && is_cap(q, j)) {
            k = j + 1;
            if (k < hi && is_lower_word(q, k) && TOK_IN(q, k, part))
                k++; /* "Wednesday morning" */
            continue;
        }
        if (j == k && k > 0 && (q->wc[k - 1] & NG_QW_WEEKDAY) && is_cap(q, k - 1) && is_lower_word(q, j) &&
            TOK_IN(q, j, part)) {
            k = j + 1; /* (the weekday was skipped before: "said Wednesday | morning") */
            continue;
        }
        if (j == k && tok_eq(q, j, "for") && j + 1 < hi && is_lower_word(q, j + 1) &&
            (tok_eq(q, j + 1, "weeks") || tok_eq(q, j + 1, "months") || tok_eq(q, j + 1, "years") ||
             tok_eq(q, j + 1, "days") || tok_eq(q, j + 1, "decades"))) {
            k = j + 2; /* "has said for weeks" */
            continue;
        }
        if (is_lower_word(q, j) && (tok_eq(q, j, "last") || tok_eq(q, j, "this") || tok_eq(q, j, "next")) &&
            j + 1 < hi && is_lower_word(q, j + 1) && (scls(q, j + 1) & NG_QS_PERIOD)) {
            k = j + 2;
            continue;
        }
        /* (the adverbs: quotes_lex.c's when_advs, a class bit) */
        if (is_lower_word(q, j) && ((q->wc[j] & NG_QW_WHEN_ADV) || (n_ly(q, j) && !tok_eq(q, j, "only")))) {
            k = j + 1; /* (not "only": "said only the UN …") */
            continue;
        }
        break;
    }
    return k;
}

/* A wish or a vote after "would" or its clitic: "X would like to …", "we'd
 * love to …", "would prefer to …" (the infinitive is the content), "56
 * percent would vote for Y" (the object is).  i is "like", "love",
 * "prefer" or "vote"; one past the cue phrase, *lemma and *flags set; 0
 * when none.  PolNeAR marks these stances with the modal in the cue ("would
 * like"): on its fit part such phrases outside quotations were gold cues 18
 * times in 26. */
Q_RARE static size_t modal_cue(const qctx *q, size_t i, size_t lo, size_t hi, const char **lemma,
                               unsigned *flags)
{
    if (i <= lo || i + 2 >= hi || !is_lower_word(q, i) ||
        !(tok_eq(q, i - 1, "would") || tok_eq(q, i - 1, "'d") || tok_eq(q, i - 1, "\xE2\x80\x99" "d")))
        return 0;
    static const char wish[][8] = {"like", "love", "prefer"};
    if (TOK_IN(q, i, wish) && tok_eq(q, i + 1, "to") && is_lower_word(q, i + 2) && i + 3 < hi &&
        (is_word(q, i + 3) || q->tk[i + 3].kind == NG_TOK_NUMBER)) {
        *lemma = ttext(q, i)[1] == 'i' ? "like" : ttext(q, i)[1] == 'o' ? "love" : "prefer";
        *flags = NG_CUE_OBJ | NG_CUE_INF;
        return i + 1;
    }
    if (tok_eq(q, i, "vote") && (tok_eq(q, i + 1, "for") || tok_eq(q, i + 1, "against")) && is_word(q, i + 2)) {
        *lemma = "vote for";
        *flags = NG_CUE_OBJ;
        return i + 2;
    }
    return 0;
}

/* A passive cue with its agent: "His comments were quickly derided by
 * Armin Laschet, …", "This proposal was rejected by 64 percent of the
 * electorate", "Both incidents were claimed by the Islamic State".  i is
 * the cue in -ed after a form of "be" (past an adverb), "by" after it; the
 * agent is the source (to a punctuation mark or a function word other than
 * "of", "and" or a determiner, with an apposition after a comma), the
 * subject the content, as PolNeAR draws them.  Only verbs of judging,
 * backing and announcing: in the passive the others are mostly acts, not
 * speech ("was approved by regulators", "notes issued by the bank", "was
 * decided by", "were written by"), and a telling's subject is its
 * addressee.  Returns 1 when an item was emitted, 0 when none, or
 * NG_ENOMEM. */
Q_RARE static int passive_by(qctx *q, size_t i, size_t lo, size_t hi, tspan cue, const ng_cue *cu)
{
    static const char *const judge[] = {
        "announce", "applaud",   "attack",  "back",      "blast",   "champion", "claim",   "condemn",
        "confirm",  "criticize", "decry",   "denounce",  "deny",    "deride",   "describe", "disavow",
        "dislike",  "dismiss",   "dispute", "echo",      "endorse", "favor",    "hail",     "interpret",
        "laud",     "mock",      "name",    "oppose",    "praise",  "project",  "propose",  "question",
        "rebuke",   "reject",    "slam",    "tout",      "welcome"};
    size_t b = i - 1;
    if (i < lo + 2 || i + 2 >= hi || !ends_ed(q, i) ||
        !lemma_in(cu->lemma, judge, NG_ARRAY_LEN(judge)))
        return 0;
    if (b > lo && n_ly(q, b))
        b--;
    if (!(is_lower_word(q, b) && be_form(q, b)))
        return 0;
    size_t s = i + 2, e = s;
    static const char keep[][8] = {"of", "and", "the", "a", "an", "his", "her", "their", "its", "our"};
    while (e < hi && e - s < 12 &&
           (is_word(q, e) || is_poss(q, e) || q->tk[e].kind == NG_TOK_NUMBER || tok_eq(q, e, "%"))) {
        if (e > s && is_lower_word(q, e) &&
            (ng__q_is_stopword(ttext(q, e), tlen(q, e)) || (scls(q, e) & NG_QS_PREP)) && !TOK_IN(q, e, keep) &&
            !(tok_eq(q, e, "in") && q->tk[e - 1].kind == NG_TOK_NUMBER)) /* ("6 in 10 voters") */
            break;
        e++;
    }
    while (e > s && is_lower_word(q, e - 1) && TOK_IN(q, e - 1, keep))
        e--; /* ("by voters and") */
    if (e == s || (e < hi && (tok_eq(q, e, "as") || tok_eq(q, e, "of") || tok_eq(q, e, "to"))))
        return 0; /* the content is the complement: "was regarded by many as …", "accused by X of …" */
    tspan src = {(uint32_t)s, (uint32_t)e}, sp;
    extend_appos(q, &src, hi); /* "by Armin Laschet, the leader of …" */
    size_t end = skip_aux_back(q, b, lo);
    np_before(q, end, lo, &sp, 0);
    if (sp.e <= sp.s || sp.e != end || (q->wc[sp.e - 1] & (NG_QW_STOPWORD | NG_QW_AUX)) ||
        (scls(q, sp.s) & NG_QS_PREP))
        return 0; /* ("after being nominated by …", "Despite being disliked by …") */
    extend_left(q, &sp, lo);
    /* a long subject from the clause start ("Plans to portray X as Y in the
     * sequel to Z have been criticised by …"): no mark, auxiliary or cue word
     * before the phrase found */
    size_t k = lo < sp.s && (scls(q, lo) & NG_QS_LEAD) ? lo + 1 : lo, k0 = k; /* (past "But") */
    if (scls(q, k0) & NG_QS_PREP)
        k = sp.s + 1; /* ("When the verdict was announced by …") */
    while (k < sp.s && (is_word(q, k) || is_poss(q, k) || q->tk[k].kind == NG_TOK_NUMBER) &&
           !finite_aux(q, k) && !cue_at(q, k))
        k++;
    if (k == sp.s)
        sp.s = (uint32_t)k0;
    q->cur_flags = cu->flags | NG_CUE_OBJ;
    int rc = emit_claim(HOW(q, 31), sp.s, sp.e, cue, cu->lemma, src, src, 0);
    return rc ? rc : q->emitted;
}

/* Phrases of a light verb that report or criticise: "made it clear (to
 * the board) that …", "makes clear …", "made no mention of …", "took a
 * swipe at …", "took aim at …", "takes issue with …".  i is the verb; the
 * token after the cue phrase, *after the first token of the content (past an
 * addressee "to …" before "that"), *lemma and *flags set; 0 when none. */
Q_RARE static size_t light_cue(const qctx *q, size_t i, size_t hi, size_t *after, const char **lemma,
                               unsigned *flags)
{
    static const char make[][8] = {"made", "make", "makes", "making"};
    static const char take[][8] = {"took", "take", "takes", "taking"};
    static const char hit[][8] = {"shot", "shots", "aim", "issue", "swipe", "swipes", "jab", "jabs",
                                  "dig", "digs"};
    /* verbs with particles: "lashed out at", "doubled down on", "weighed in
     * on", "fired back at", "laid out", "went after" (a name or a pronoun
     * after it); not a passive after a form of "be" ("the levels are well laid
     * out"; "is lashing out at" is no passive) */
    static const struct {
        char w1[10], w2[6], w3[8]; /* (in the entry: the test of w1's first letter reads no string) */
        const char *lemma;
    } ph[] = {{"lashed", "out", "at", "lash out at"},   {"lashes", "out", "at", "lash out at"},
              {"lashing", "out", "at", "lash out at"},  {"doubled", "down", "on", "double down on"},
              {"doubles", "down", "on", "double down on"}, {"doubling", "down", "on", "double down on"},
              {"weighed", "in", "on", "weigh in on"},   {"weighs", "in", "on", "weigh in on"},
              {"weighing", "in", "on", "weigh in on"},  {"fired", "back", "at", "fire back at"},
              {"fires", "back", "at", "fire back at"},  {"firing", "back", "at", "fire back at"},
              {"hit", "back", "at", "hit back at"},     {"hits", "back", "at", "hit back at"},
              {"ripped", "into", "", "rip into"},     {"rips", "into", "", "rip into"},
              {"laid", "out", "", "lay out"},
              {"lays", "out", "", "lay out"},         {"laying", "out", "", "lay out"},
              {"went", "after", "", "go after"},      {"goes", "after", "", "go after"},
              {"walked", "back", "", "walk back"},    {"walks", "back", "", "walk back"},
              {"played", "down", "", "play down"},    {"plays", "down", "", "play down"},
              {"playing", "down", "", "play down"},   {"brushed", "off", "", "brush off"},
              {"pushed", "for", "", "push for"},
              {"pushes", "for", "", "push for"},      {"pushing", "for", "", "push for"},
              {"came", "out", "against", "come out against"}, {"comes", "out", "against", "come out against"}};
    if (!is_lower_word(q, i) || i + 2 >= hi)
        return 0;
    /* most calls come from other starter words ("in", "as"): the verbs of
     * the three lists first, by first letter and word */
    char c0 = ttext(q, i)[0];
    int verb = (c0 == 'm' && TOK_IN(q, i, make)) || (c0 == 't' && TOK_IN(q, i, take));
    /* a verb of the table needs one of its particles next (the w2 of ph):
     * their first letters, then the list, turn most calls away before the
     * table's scan */
    static const char particle[][8] = {"out", "down", "in", "back", "into", "after", "off", "for"};
    unsigned l1 = (unsigned)((ttext(q, i + 1)[0] | 0x20) - 'a');
    const unsigned first = 1u << ('o' - 'a') | 1u << ('d' - 'a') | 1u << ('i' - 'a') | 1u << ('b' - 'a') |
                           1u << ('a' - 'a') | 1u << ('f' - 'a');
    if (!verb && !(l1 < 26 && ((first >> l1) & 1) && TOK_IN(q, i + 1, particle)))
        return 0;
    for (size_t k = 0; !verb && k < NG_ARRAY_LEN(ph); k++)
        verb = ph[k].w1[0] == c0 && tok_eq(q, i, ph[k].w1);
    if (!verb)
        return 0;
    if (TOK_IN(q, i, make)) {
        size_t k = i + 1;
        if (tok_eq(q, k, "it"))
            k++;
        if (k < hi && tok_eq(q, k, "clear") && k + 1 < hi) {
            size_t a = k + 1;
            if (tok_eq(q, a, "to"))
                for (size_t m = a + 1; m < hi && m - a <= 10 && !is_punct(q, m, ",") && !is_terminal(q, m); m++)
                    if (tok_eq(q, m, "that")) {
                        a = m;
                        break;
                    }
            if (!(tok_eq(q, a, "that") || (is_word(q, a) && (is_cap(q, a) || (q->wc[a] & (NG_QW_PRONOUN | NG_QW_DETERMINER))))))
                return 0; /* ("made clear progress") */
            *after = a, *lemma = "make clear", *flags = NG_CUE_SPEECH;
            return k + 1;
        }
        if (k == i + 1 && k + 2 < hi && tok_eq(q, k, "the") && tok_eq(q, k + 1, "point") && tok_eq(q, k + 2, "that")) {
            *after = k + 2, *lemma = "make the point", *flags = NG_CUE_SPEECH;
            return k + 2; /* "made the point that …" */
        }
        if (k == i + 1 && k + 2 < hi && tok_eq(q, k, "no") && tok_eq(q, k + 1, "secret") && tok_eq(q, k + 2, "of")) {
            *after = k + 3, *lemma = "make no secret of", *flags = NG_CUE_OBJ | NG_CUE_SPEECH;
            return k + 3;
        }
        if (k == i + 1 && k + 2 < hi && tok_eq(q, k, "no") && tok_eq(q, k + 1, "mention") && tok_eq(q, k + 2, "of")) {
            *after = k + 3, *lemma = "make no mention of", *flags = NG_CUE_OBJ | NG_CUE_SPEECH;
            return k + 3;
        }
        if (i + 3 >= hi)
            return 0;
        /* "made the case for …", "makes a strong case that …" */
        k = i + 1;
        if (!(tok_eq(q, k, "the") || tok_eq(q, k, "a") || tok_eq(q, k, "his") || tok_eq(q, k, "her") ||
              tok_eq(q, k, "their") || tok_eq(q, k, "its")))
            return 0;
        k++;
        if (k + 1 < hi && !tok_eq(q, k, "case") && is_lower_word(q, k) && !(q->wc[k] & NG_QW_STOPWORD))
            k++;
        if (k + 1 < hi && tok_eq(q, k, "case") &&
            (tok_eq(q, k + 1, "for") || tok_eq(q, k + 1, "against") || tok_eq(q, k + 1, "that"))) {
            *after = tok_eq(q, k + 1, "that") ? k + 1 : k + 2, *lemma = "make the case";
            *flags = NG_CUE_OBJ | NG_CUE_SPEECH;
            return k + 2;
        }
        return 0;
    }
    size_t pv = i > 0 && (n_ly(q, i - 1) || tok_eq(q, i - 1, "well")) ? i - 1 : i;
    if (!ends_ing(q, i) && pv > 0 && is_lower_word(q, pv - 1) && be_form(q, pv - 1))
        return 0;
    for (size_t k = 0; k < NG_ARRAY_LEN(ph); k++) {
        if (!tok_eq(q, i, ph[k].w1) || !tok_eq(q, i + 1, ph[k].w2))
            continue;
        size_t e = i + 2;
        if (ph[k].w3[0] && !(e < hi && tok_eq(q, e, ph[k].w3)))
            return 0;
        if (ph[k].w3[0])
            e++;
        if (e >= hi || !is_word(q, e))
            return 0;
        if (ph[k].lemma[0] == 'g' && !(is_cap(q, e) || tok_eq(q, e, "him") || tok_eq(q, e, "her") || tok_eq(q, e, "them")))
            return 0; /* ("went after the game") */
        *after = e, *lemma = ph[k].lemma, *flags = NG_CUE_OBJ | NG_CUE_SPEECH;
        return e;
    }
    if (TOK_IN(q, i, take)) {
        size_t k = i + 1;
        if (tok_eq(q, k, "a") || tok_eq(q, k, "some"))
            k++;
        if (k + 1 < hi && !TOK_IN(q, k, hit) && is_lower_word(q, k) && !(q->wc[k] & NG_QW_STOPWORD))
            k++; /* "took a veiled swipe at" */
        if (k + 1 < hi && TOK_IN(q, k, hit) &&
            (tok_eq(q, k + 1, "at") || (tok_eq(q, k, "issue") && tok_eq(q, k + 1, "with")))) {
            *after = k + 2, *lemma = tok_eq(q, k, "issue") ? "take issue with" : "take aim at";
            *flags = NG_CUE_OBJ | NG_CUE_SPEECH;
            return k + 2;
        }
    }
    return 0;
}

/* A headline that ends in its teller with no comma ("House prices rebound
 * says Halifax", "More reforms ahead says Milburn"): a paragraph of its own
 * with no sentence end, at least two words before "says"/"say", and after
 * it a capitalised name that ends the line.  The claim is the words before
 * the cue.  Returns 1 when it made the item, 0 when the form does not hold,
 * or NG_ENOMEM. */
Q_RARE static int headline_teller(qctx *q, size_t i, size_t lo, size_t hi, tspan cue, const char *lemma)
{
    if (!(lo == 0 || (q->tk[lo].flags & NG_TF_PARA)) || !words_at_least(q, lo, i, 2) || i + 1 >= hi ||
        !is_cap(q, i + 1))
        return 0;
    for (size_t k = lo; k < hi; k++)
        if (is_terminal(q, k) || (k > lo && (q->tk[k].flags & NG_TF_PARA)) || q->tk[k].kind == NG_TOK_QUOTE)
            return 0;
    if (hi < q->nt && !(q->tk[hi].flags & NG_TF_PARA))
        return 0;
    tspan sa;
    np_after(q, i + 1, hi, &sa);
    if (sa.e <= sa.s || sa.e != hi)
        return 0;
    int rc = emit_claim(HOW(q, 20), lo, i, cue, lemma, sa, sa, 0);
    return rc ? rc : 1;
}

/* "Also, said Mr Trainor, research is …", "By contrast, says Dr Berg, the
 * code …", "Not least, said Paul King, principal consultant at Cisco, because
 * …": a teller inverted after its cue inside the sentence, between commas
 * (the cue at i after a comma, the speaker and an optional apposition, a
 * comma, then at least four words that are no quotation and no clause of a
 * cue of their own).  What was said is the rest of the sentence; a short
 * subject before the cue with a predicate after it ("The idea, says BT, is
 * to …") gives two items with one cue, as "This campaign, he says, is
 * different" does.  Returns 1 when it made the items, 0 when the form does
 * not hold, or NG_ENOMEM. */
Q_RARE static int inverted_inside(qctx *q, size_t i, size_t lo, size_t hi, tspan cue, const char *lemma)
{
    if (i < lo + 2)
        return 0; /* (a sentence that opens with the comma) */
    if (i - 2 > lo && is_cap(q, i - 2))
        return 0; /* "His mother, Giselle, said …": an apposition, the cue's subject */
    for (size_t k = lo; k + 1 < i && i - k <= 40; k++)
        if (is_punct(q, k, ",") || is_dash(q, k))
            return 0; /* "Tom Vance, company spokesman, said the proceeds, …": the same */
    tspan sa;
    np_after(q, i + 1, hi, &sa);
    if (sa.e <= sa.s || sa.e + 1 >= hi || !is_punct(q, sa.e, ","))
        return 0;
    tspan sh = sa, ap = sa;
    extend_appos(q, &ap, hi);
    int short_pre = !words_at_least(q, lo, i - 1, 4);
    if (ap.e > sa.e && !short_pre)
        return 0; /* "… the claim, said Ann Berg, a pollster at …": an apposition to the end */
    size_t e = sa.e; /* the comma that closes the teller */
    /* an apposition up to the next comma: lower-case role words or a
     * determiner phrase, no cue, verb or quotation ("…, principal security
     * consultant at Cisco,") */
    if (e + 2 < hi && (word_in(q, e + 1, ng__q_is_determiner) || is_lower_word(q, e + 1)) &&
        !cue_at(q, e + 1) && !finite_aux(q, e + 1)) {
        size_t k = e + 1;
        while (k < hi && k - e <= 12 && (is_word(q, k) || is_poss(q, k) || q->tk[k].kind == NG_TOK_NUMBER) &&
               !cue_at(q, k) && !(is_lower_word(q, k) && finite_aux(q, k)))
            k++;
        /* (not a list going on after the comma: "the code for viruses such
         * as Gaobot, Spybot and Randex were …") */
        int list = k + 2 < hi && is_cap(q, k + 1) && (tok_eq(q, k + 2, "and") || is_punct(q, k + 2, ","));
        if (k < hi && k - e > 1 && k - e <= 12 && is_punct(q, k, ",") && !list && (is_cap(q, e + 1) ||
            word_in(q, e + 1, ng__q_is_determiner) || !word_in(q, e + 1, ng__q_is_stopword))) {
            /* (a role starts with a determiner or a content word: not ", who …") */
            sa.e = (uint32_t)k;
            e = k;
        }
    }
    size_t ca = e + 1;
    if (ca >= hi || q->tk[ca].kind == NG_TOK_QUOTE || !words_at_least(q, ca, hi, 2) || ends_ing(q, ca) ||
        cue_at(q, ca) || second_teller(q, ca, hi))
        return 0;
    /* a name with a comma inside ("said advisor Goldman, Sachs and Co", "…
     * (America), Inc."): no teller between commas */
    if (is_cap(q, ca) && ((ca + 1 < hi && (tok_eq(q, ca + 1, "and") || is_punct(q, ca + 1, "&"))) ||
                          ttext(q, ca)[tlen(q, ca) - 1] == '.'))
        return 0;
    int conj = word_in(q, i - 2, ng__q_is_stopword); /* "because, said X, …", "But, says X, …" */
    int rc;
    /* (a subject: not a phrase opening with a preposition, "At issue, said …") */
    int subj = !word_in(q, lo, ng__q_is_stopword) || (q->wc[lo] & (NG_QW_DETERMINER | NG_QW_PRONOUN)) ||
               tok_eq(q, lo, "what");
    if (short_pre && !conj && subj && is_lower_word(q, ca) && (q->wc[ca] & NG_QW_AUX) && finite_aux(q, ca)) {
        /* a short subject and its predicate around the teller: two items */
        q->cur_flags |= NG_CUE_OBJ;
        if ((rc = emit_claim(HOW(q, 15), lo, i - 1, cue, lemma, sa, sh, 0)) != 0 ||
            (rc = emit_claim(HOW(q, 16), ca, hi, cue, lemma, sa, sh, 0)) != 0)
            return rc;
        return 1;
    }
    if (!words_at_least(q, ca, hi, 4) || short_tail(q, ca, hi) ||
        (is_lower_word(q, ca) && word_in(q, ca, ng__q_is_stopword) &&
         !(q->wc[ca] & (NG_QW_PRONOUN | NG_QW_DETERMINER | NG_QW_AUX)) &&
         !(tok_eq(q, ca, "there") && ca + 1 < hi && finite_aux(q, ca + 1))))
        return 0; /* "The deal was good, said X, for the staff.": the claim before it
                   * (but "Then, say analysts, there is …" opens a clause) */
    if (!short_pre && !conj) {
        /* the claim on both sides of the teller: two items */
        if ((rc = emit_claim(HOW(q, 17), lo, i - 1, cue, lemma, sa, sh, 0)) != 0 ||
            (rc = emit_claim(HOW(q, 18), ca, hi, cue, lemma, sa, sh, 0)) != 0)
            return rc;
        return 1;
    }
    if ((rc = emit_claim(HOW(q, 20), ca, hi, cue, lemma, sa, sh, 0)) != 0)
        return rc;
    return 1;
}

/* "said, in a statement, the government …", "said, on Monday, the ferry
 * …": a short prepositional phrase between commas right after the cue
 * (words and numbers only, at most eight tokens) before a clause that opens
 * with a determiner, a pronoun or a capitalised word and runs at least four
 * words.  Returns the token after the second comma, or c (the first comma)
 * when the form does not hold. */
Q_RARE static size_t comma_phrase(const qctx *q, size_t c, size_t hi)
{
    size_t k = c + 2;
    while (k < hi && k - c <= 8 && (is_word(q, k) || is_poss(q, k) || q->tk[k].kind == NG_TOK_NUMBER) &&
           !cue_at(q, k) && !tok_eq(q, k, "that"))
        k++;
    if (k + 1 >= hi || !is_punct(q, k, ",") || k - c > 8)
        return c;
    size_t f = k + 1;
    if (!is_word(q, f) || ends_ing(q, f) || cue_at(q, f) || !words_at_least(q, f, hi, 4) ||
        !(is_cap(q, f) || (q->wc[f] & (NG_QW_DETERMINER | NG_QW_PRONOUN))) ||
        (is_cap(q, f) && is_punct(q, f + 1, ",")))
        return c; /* (not a place's tail: "said, in Paris, France, the …") */
    return f;
}

/* Where the clause starts after a short phrase that opens what was said
 * with no comma ("said to date it has received …", "said in January it
 * was …", "said as part of the agreement it is required …", "said in
 * fiscal 1988 the company will …"): ca is the phrase's preposition; a
 * subject pronoun before a finite auxiliary or a past verb, or a
 * determiner and at most three words before a finite auxiliary, right
 * after a word or number that ends the phrase.  The phrase holds only
 * words, numbers and possessives, and no auxiliary, cue, conjunction or
 * relative word ("said to make an investment at this level would be
 * chancy since it will …" is no such phrase).  0 when there is none. */
Q_RARE static size_t clause_after_phrase(const qctx *q, size_t ca, size_t hi)
{
    static const char joins[][8] = {"and", "but", "or", "that", "which", "who", "since", "because",
                                    "when", "if", "while", "whether", "than", "where", "not"};
    for (size_t k = ca + 1; k + 2 < hi && k - ca < 12; k++) {
        if (!is_word(q, k) && !is_poss(q, k) && q->tk[k].kind != NG_TOK_NUMBER)
            return 0;
        if (is_word(q, k) && ((q->wc[k] & NG_QW_AUX) || TOK_IN(q, k, joins) || cue_at(q, k)))
            return 0;
        size_t p = k - 1;
        if (k == ca + 1 || !is_lower_word(q, k) ||
            !(q->tk[p].kind == NG_TOK_NUMBER ||
              (is_word(q, p) && !(q->wc[p] & (NG_QW_STOPWORD | NG_QW_DETERMINER)) && !TOK_IN(q, p, obj_preps) &&
               !ends_ing(q, p) && (is_cap(q, p) || !tok_eq(q, ca, "on")))))
            continue; /* (not after a verb in -ing, "winning the election had", nor after "on" other
                       * than a date or name: "agrees on the draft it will" is an object) */
        if (he_she_they_we(q, k) || tok_eq(q, k, "it")) {
            size_t v = k + 1;
            return is_lower_word(q, v) && (finite_aux(q, v) || ends_ed(q, v) || past_form(q, v)) ? k : 0;
        }
        if ((q->wc[k] & NG_QW_DETERMINER) && !tok_eq(q, k, "that")) {
            for (size_t v = k + 1; v < hi && v - k <= 4; v++) {
                if (finite_aux(q, v))
                    return v > k + 1 ? k : 0;
                if ((!is_word(q, v) && !is_poss(q, v) && q->tk[v].kind != NG_TOK_NUMBER) || TOK_IN(q, v, joins))
                    break; /* ("a Republican who can win") */
            }
            return 0;
        }
    }
    return 0;
}

/* The subject *sp of the cue at i when it is a relative clause's with
 * no object: "which" or "whom", a pronoun or a name of up to four words,
 * adverbs or auxiliaries ("has since", "vehemently"), the cue, then
 * perhaps a time ("denounced Thursday") and the clause's end (a comma,
 * dash, bracket or the sentence's end) or an adjunct opening there
 * ("conceded when polls closed", "mentioned later in his speech"). */
static int rel_object_subject(const qctx *q, size_t i, size_t lo, size_t hi, tspan *sp)
{
    static const char adv[][8] = {"also", "once", "since", "still", "later", "first", "never", "always", "not"};
    static const char prep[][8] = {"about", "of", "for", "to", "with", "by", "on", "in", "from", "against", "at"};
    static const char adjunct[][8] = {"when", "under", "during", "later", "earlier", "before", "after"};
    if (ends_ing(q, i))
        return 0;
    /* "which"/"whom" comes at most eight tokens before the verb (three
     * auxiliaries or adverbs, a name of four words); most verbs of speech
     * have none there, and a class bit tells it at one load a token */
    size_t w = i > lo + 8 ? i - 8 : lo;
    while (w < i && !(q->wc[w] & NG_QW_REL_WH))
        w++;
    if (w == i)
        return 0;
    size_t t = i;
    while (t > lo + 2 && i - t < 3 && is_lower_word(q, t - 1) &&
           ((q->wc[t - 1] & NG_QW_AUX) || n_ly(q, t - 1) || TOK_IN(q, t - 1, adv))) {
        if (be_form(q, t - 1))
            return 0; /* a passive: "which he was denied" */
        t--;
    }
    size_t s = t;
    if (t > lo && word_in(q, t - 1, ng__q_is_pronoun))
        s = t - 1;
    else
        while (s > lo && t - s < 4 && is_word(q, s - 1) && is_cap(q, s - 1))
            s--;
    if (s == t || s <= lo || !is_lower_word(q, s - 1) || !(tok_eq(q, s - 1, "which") || tok_eq(q, s - 1, "whom")) ||
        (s - 1 > lo && ((scls(q, s - 2) & NG_QS_PREP) || TOK_IN(q, s - 2, prep))))
        return 0; /* (not a preposition's object: "those about whom he has written") */
    /* the clause ends after the verb (and a time word): tested last, as
     * skip_when costs more than the walk back to "which", which most
     * verbs of speech lack (one call for each "said" with a subject) */
    size_t a = skip_when(q, i + 1, hi);
    if (!(a >= hi || is_terminal(q, a) || is_punct(q, a, ",") || is_dash(q, a) || is_punct(q, a, ")") ||
          is_punct(q, a, ";") || (is_lower_word(q, a) && TOK_IN(q, a, adjunct))))
        return 0; /* (an adjunct after it: "which Clinton conceded when polls closed") */
    sp->s = (uint32_t)s, sp->e = (uint32_t)t;
    return 1;
}

/* Is the token before j a non-restrictive "which" after a comma, with a
 * noun phrase before the comma ("The union, which endorsed Clinton in
 * November, …", "the report, which concluded that …")?  Then *sp is that
 * phrase, the entity of the "which" PolNeAR marks as the source, as for
 * ", who" (not a clause before the comma: "rates fell, which showed …"). */
static int comma_which(const qctx *q, size_t j, size_t lo, tspan *sp)
{
    if (j < lo + 3 || !tok_eq(q, j - 1, "which") || !is_punct(q, j - 2, ","))
        return 0;
    np_before(q, j - 2, lo, sp, 1);
    return sp->e > sp->s;
}

/* The end of the content [ca, cb) of a cue whose source who is a
 * non-restrictive "which" (comma_which): the relative clause's comma
 * ("The union, which endorsed Clinton in November, is …"), else cb. */
static size_t which_end(const qctx *q, tspan who, size_t ca, size_t cb)
{
    return who.e > who.s && tok_eq(q, who.s, "which") ? rel_clause_end(q, ca, cb) : cb;
}

/* Counts an item just emitted with the ", which" source who. */
static void count_which(qctx *q, tspan who)
{
    if (q->emitted && who.e > who.s && tok_eq(q, who.s, "which"))
        q->nwhich++;
}

/* Is token k inside the cue of one of the items from quotes nq0 and
 * attributions na0 on? */
static int in_new_cue(const qctx *q, size_t k, size_t nq0, size_t na0)
{
    uint32_t s = q->tk[k].start, e = q->tk[k].end;
    for (size_t j = nq0; j < q->d->quotes.n; j++)
        if (s >= q->d->quotes.v[j].cue_start && e <= q->d->quotes.v[j].cue_end)
            return 1;
    for (size_t j = na0; j < q->d->attributions.n; j++)
        if (s >= q->d->attributions.v[j].cue_start && e <= q->d->attributions.v[j].cue_end)
            return 1;
    return 0;
}

/* At the end of sentence [lo, hi), whose items of this pass start at
 * quotes nq0 and attributions na0: when its only rule items are ", which"
 * ones (no direct quotation or other cue used there either), they are
 * taken back, their cues freed.  The learned tagger, which reads sentences
 * with no rule item only, finds the same "which" source there and the
 * sentence's other items with it ("Right-wing politicians … raised concern
 * that groups like ISIS, which claimed responsibility …"); the rule pays
 * where other rule items keep the tagger away. */
static void drop_lone_which(qctx *q, size_t lo, size_t hi, size_t nq0, size_t na0)
{
    if (!q->nwhich || (q->d->quotes.n - nq0) + (q->d->attributions.n - na0) != (size_t)q->nwhich)
        return;
    for (size_t k = lo; k < hi; k++)
        if ((q->mark[k] & QM_INQ) || ((q->mark[k] & QM_CUE) && !in_new_cue(q, k, nq0, na0)))
            return;
    for (size_t k = lo; k < hi; k++)
        if (q->mark[k] & QM_CUE) {
            q->mark[k] &= (uint8_t)~QM_CUE;
            if (q->spk_at)
                q->spk_at[k] = (tspan){0, 0};
        }
    q->d->quotes.n = nq0, q->d->attributions.n = na0;
    q->last_kind = 0;
}

/* Does the verb of speech of this lemma take the phrase that the
 * preposition at token p opens as what was said ("complained about the
 * noise", "told Berg of his plan", "asked the court for a delay",
 * "insisted on a vote")? */
static int speech_prep(const qctx *q, const char *lemma, size_t p)
{
    static const char *const about[] = {"ask", "boast", "brag", "complain", "inform", "joke", "muse",
                                        "remind", "speculate", "tell", "testify", "warn", "write"};
    static const char *const of[] = {"boast", "brag", "complain", "inform", "remind", "tell", "warn", "write"};
    static const char *const for_[] = {"argue", "ask", "plead"};
    static const char *const on[] = {"comment", "insist"};
    if (!lemma)
        return 0;
    if (tok_eq(q, p, "about"))
        return lemma_in(lemma, about, NG_ARRAY_LEN(about));
    if (tok_eq(q, p, "of"))
        return lemma_in(lemma, of, NG_ARRAY_LEN(of));
    if (tok_eq(q, p, "for"))
        return lemma_in(lemma, for_, NG_ARRAY_LEN(for_));
    if (tok_eq(q, p, "on"))
        return lemma_in(lemma, on, NG_ARRAY_LEN(on));
    return 0;
}

/* Is token k a noun of a poll, a study or a record ("survey", "data")? */
static int evidence_noun(const qctx *q, size_t k)
{
    static const char evn[][16] = {"poll", "polls", "survey", "surveys", "study", "studies",
                                   "report", "reports", "records", "data", "analysis",
                                   "results", "review", "investigation", "audit", "paper",
                                   "figures", "polling", "research", "documents"};
    return TOK_IN(q, k, evn);
}

/* "Clinton maintains a commanding lock on the party's leadership", "Sanders
 * understands the importance of …", "Sanders found a receptive audience":
 * after maintain, understand or find (a person's, not a poll's or a
 * study's), a determiner's phrase with no finite auxiliary and no past form
 * in lower case ("in May" is a month) before a comma or a relative word is the verb's object, not a reported
 * clause ("maintained the server was secure", "The CBI found some firms
 * managed to …", "found the offer to be inadequate" stay).  On PolNeAR fit such items
 * were a lead, a status or a way, with a source in gold about one time in
 * seven. */
static int noun_object(const qctx *q, const char *lemma, size_t ca, size_t hi, tspan sp)
{
    static const char *const objv[] = {"maintain", "understand", "find"};
    if (!lemma_in(lemma, objv, NG_ARRAY_LEN(objv)) || ca >= hi || !word_in(q, ca, ng__q_is_determiner))
        return 0;
    if (lemma[0] == 'f')
        for (size_t k = sp.s; k < sp.e; k++)
            if (evidence_noun(q, k))
                return 0;
    for (size_t k = ca + 1; k < hi; k++) {
        if (is_punct(q, k, ",") || is_punct(q, k, ";") || is_punct(q, k, ":") || tok_eq(q, k, "who") ||
            tok_eq(q, k, "which") || tok_eq(q, k, "that"))
            break;
        if ((is_lower_word(q, k) && (finite_aux(q, k) || ends_ed(q, k) || past_form(q, k))) ||
            (tok_eq(q, k, "to") && k + 1 < hi && tok_eq(q, k + 1, "be")))
            return 0;
    }
    return 1;
}

/* Does the subject at s of a verb of belief (lemma) follow "asked
 * if/whether" (with an addressee: "asking him whether")?  The belief is a
 * question put to the subject, not one the text reports ("Asked if she
 * believed Putin wanted Trump to win, Clinton said …"; fit: none of four
 * such clauses is a gold attribution). */
static int asked_whether(const qctx *q, size_t s, size_t lo, const char *lemma)
{
    static const char *const belief[] = {"believe", "doubt", "expect", "fear", "feel", "hope",
                                         "know", "suspect", "think", "worry"};
    static const char ask[][8] = {"asked", "asking", "ask", "asks"};
    static const char obj[][8] = {"him", "her", "them", "me", "us", "you"};
    if (s < lo + 2 || !(tok_eq(q, s - 1, "if") || tok_eq(q, s - 1, "whether")) ||
        !lemma_in(lemma, belief, NG_ARRAY_LEN(belief)))
        return 0;
    size_t a = s - 2;
    if (a > lo && TOK_IN(q, a, obj))
        a--;
    return TOK_IN(q, a, ask);
}

/* "The Soviet Union has added 50,000 tonnes to its purchases", "added 2 pct
 * to 1.5 billion": "add" before a figure is a quantity added, not a clause
 * said (wire copy; the sentence splitter joins "50,000\ntonnes" since stop
 * 30, which let the cue reach the figure).  "He added 34 people died" has a
 * verb right after the figure's noun phrase: that stays a clause. */
static int added_quantity(const qctx *q, const char *lemma, size_t ca, size_t hi)
{
    if (strcmp(lemma, "add") || ca >= hi || q->tk[ca].kind != NG_TOK_NUMBER)
        return 0;
    for (size_t k = ca + 1; k < hi && k < ca + 6; k++) {
        if (finite_aux(q, k) || past_form(q, k) || ends_ed(q, k))
            return 0;
        if (tok_eq(q, k, "to") || tok_eq(q, k, "in") || is_punct(q, k, ","))
            return 1;
    }
    return 1;
}

static int pass_reported(qctx *q)
{
    int rc;
    size_t nsent = q->d->sents.n;
    for (size_t si = 0; si < nsent; si++) {
        size_t lo = q->sfirst[si], hi = q->slast[si];
        q->last_kind = 0;
        q->nwhich = 0;
        size_t nq0 = q->d->quotes.n, na0 = q->d->attributions.n;
        tspan last_sp = {0, 0}, last_head = {0, 0};
        tspan hs;
        size_t colon = headline_colon(q, lo, hi, &hs);
        q->cur_flags = 0;
        if (!colon && (rc = headline_cue(q, lo, hi)) != 0) {
            if (rc < 0)
                return rc;
            continue;
        }
        if (colon && !(q->mark[colon + 1] & QM_INQ)) {
            /* "Berg: The budget is safe this year" */
            tspan cue = {(uint32_t)colon, (uint32_t)colon + 1};
            if ((rc = emit_claim(HOW(q, 11), colon + 1, hi, cue, NULL, hs, hs, 0)) != 0)
                return rc;
        }
        for (size_t i = lo; i < hi; i++) {
            /* most tokens: not a cue already used, no cue and no pattern
             * starting there (what the tests below skip, read at once) */
            i = skip_plain(q, i, hi);
            q->cur_flags = 0;
            if (i >= hi)
                break;
            if ((q->mark[i] & QM_CUE) && q->spk_at[i].e > q->spk_at[i].s)
                last_sp = last_head = q->spk_at[i];
            if (q->mark[i] & (QM_INQ | QM_CUE) || !is_word(q, i))
                continue;
            /* most words are neither a cue nor the first word of a pattern
             * below (quotes_lex.c lists those: keep it in step) */
            if (i == lo && !q->cue[i] && (q->wc[i] & NG_QW_CUE) && is_cap(q, i) &&
                (rc = opening_participle(q, i, lo, hi)) != 0) {
                if (rc < 0)
                    return rc;
                continue;
            }
            if (!q->cue[i] && !(q->wc[i] & NG_QW_STARTER))
                continue;
            if ((ttext(q, i)[0] | 0x20) == 'a' && tok_eq(q, i, "according") && i + 1 < hi &&
                tok_eq(q, i + 1, "to")) {
                if ((rc = according_to(q, i, i + 2, lo, hi)) != 0)
                    return rc;
                i++;
                continue;
            }
            /* "As reported by the Gazette, …", "…, as first reported by X." */
            if (q->cue[i] && i > lo && tok_eq(q, i, "reported")) {
                size_t a = i - 1 > lo && tok_eq(q, i - 1, "first") ? i - 2 : i - 1, k = as_reported_by(q, a, hi);
                if (k) {
                    if ((rc = according_to(q, a, k, lo, hi)) != 0)
                        return rc;
                    i = k - 1;
                    continue;
                }
            }
            if (tok_eq(q, i, "in") && i + 2 < hi &&
                (word_in(q, i + 1, ng__q_is_determiner) || (is_cap(q, i + 1) && is_poss(q, i + 2)))) {
                /* "… leads by five points in a new Gazette poll": a poll, survey
                 * or study as the source of the clause ("in a Gazette/Post
                 * poll released Monday") */
                size_t k = i + 2;
                while (k < hi && k - i < 10 &&
                       (is_word(q, k) || is_poss(q, k) || q->tk[k].kind == NG_TOK_NUMBER ||
                        ((is_punct(q, k, "/") || tok_eq(q, k, "/") || is_punct(q, k, "-")) && k + 1 < hi &&
                         is_word(q, k + 1))) &&
                       !tok_eq(q, k, "poll") && !tok_eq(q, k, "survey") && !tok_eq(q, k, "study") &&
                       !tok_eq(q, k, "polls") && !tok_eq(q, k, "surveys"))
                    k++;
                int found = k < hi && k - i < 10 && is_word(q, k) &&
                            (tok_eq(q, k, "poll") || tok_eq(q, k, "survey") || tok_eq(q, k, "study") ||
                             tok_eq(q, k, "polls") || tok_eq(q, k, "surveys"));
                for (size_t m = i + 2; found && m < k; m++)
                    if (is_lower_word(q, m) && (q->wc[m] & (NG_QW_STOPWORD | NG_QW_AUX)))
                        found = 0; /* "in the District of Columbia head to the polls" */
                /* "in the polls", "in some surveys": no poll in particular */
                int generic = k == i + 2 && (i > lo || tok_eq(q, k, "polls") || tok_eq(q, k, "surveys")) && (tok_eq(q, i + 1, "the") || tok_eq(q, i + 1, "some") ||
                                                     tok_eq(q, i + 1, "many") || tok_eq(q, i + 1, "most") ||
                                                     tok_eq(q, i + 1, "all"));
                size_t ke = k + 1;
                /* "… poll released Monday", "… poll conducted last month" */
                if (found && ke + 1 < hi && is_lower_word(q, ke) && ends_ed(q, ke)) {
                    size_t m = ke + 1;
                    while (m < hi && m - ke < 5 && (is_word(q, m) || q->tk[m].kind == NG_TOK_NUMBER) &&
                           !tok_eq(q, m, "by"))
                        m++;
                    if (m < hi && (is_punct(q, m, ",") || is_terminal(q, m)))
                        ke = m;
                }
                if (found && !generic && ke < hi && (is_punct(q, ke, ",") || is_terminal(q, ke))) {
                    tspan src = {(uint32_t)i + 1, (uint32_t)ke}, cue = {(uint32_t)i, (uint32_t)i + 1};
                    size_t ca = lo, cb = i;
                    if (i == lo && is_punct(q, ke, ","))
                        ca = ke + 1, cb = hi; /* "In a new poll, …" */
                    if ((rc = emit_claim(HOW(q, 12), ca, cb, cue, NULL, src, src, 1)) != 0)
                        return rc;
                    i = ke - 1;
                    continue;
                }
            }
            /* "in" is a starter for the poll above only: no test below takes
             * it (their words' first letters, light_cue's lists), so a plain
             * "in" skips them and light_cue's call -- about one word in six
             * that stops the loop on news text, and code the instruction
             * cache need not reload (doc/RESULTS.md, speed30) */
            if (!q->cue[i] && tok_eq(q, i, "in"))
                continue;
            if (i > lo && (is_poss(q, i - 1) || (q->wc[i - 1] & NG_QW_DETERMINER)) &&
                (rc = noun_cue(q, i, lo, hi)) != 0) {
                if (rc < 0)
                    return rc;
                continue;
            }
            char c0 = ttext(q, i)[0];
            if ((c0 == 's' || c0 == 'b' || c0 == 'e') &&
                (tok_eq(q, i, "support") || tok_eq(q, i, "backing") || tok_eq(q, i, "endorsement") ||
                 tok_eq(q, i, "endorsements") || tok_eq(q, i, "blessing")) &&
                (rc = support_among(q, i, lo, hi)) != 0) {
                if (rc < 0)
                    return rc;
                continue;
            }
            if ((c0 == 'c' || c0 == 'h' || c0 == 's' || c0 == 'w' || c0 == 'f' || c0 == 'a' || c0 == 'v' ||
                 c0 == 'd' || c0 == 'u') && !q->cue[i] && (rc = stance_adj(q, i, lo, hi)) != 0) {
                if (rc < 0)
                    return rc;
                continue;
            }
            if ((c0 == 'w' || c0 == 'a' || c0 == 'u' || c0 == 'i' || c0 == 'o' || c0 == 'd' || c0 == 'f') &&
                (rc = caused_feeling(q, i, lo, hi)) != 0) {
                if (rc < 0)
                    return rc;
                continue;
            }
            if (i > lo + 1 && (rc = than_as_belief(q, i, lo, hi)) != 0) {
                if (rc < 0)
                    return rc;
                continue;
            }
            if ((c0 == 's' || c0 == 'a' || c0 == 'e' || c0 == 'r') && (rc = hedged(q, i, lo, hi)) != 0) {
                if (rc < 0)
                    return rc;
                continue;
            }
            if (ttext(q, i)[tlen(q, i) - 1] != 'd' && (q->cue[i] || (c0 | 0x20) == 'c') &&
                noun_reading(q, i, lo))
                continue; /* "the claims", "amid reports", "180 million calls" (not "said") */
            const ng_cue *cu = cue_at(q, i);
            int asked0 = 0; /* "Asked whether …, Vance said" opening the sentence */
            if (!cu && i == lo && is_cap(q, i) && tok_eq(q, i, "asked")) {
                cu = ng__cue_lookup("asked", 5);
                asked0 = 1;
            }
            if (!cu && (c0 == 's' || c0 == 'v' || c0 == 'r') && is_lower_word(q, i))
                cu = see_as(q, i, hi);
            if (!cu && c0 == 'q' && tok_eq(q, i, "question") && caused_inf(q, i, lo, hi))
                cu = ng__cue_lookup("questioned", 10); /* (the base form is a noun elsewhere) */
            tspan cue = {(uint32_t)i, (uint32_t)i + 1};
            const char *lemma = cu ? cu->lemma : NULL;
            unsigned flags = cu ? cu->flags : 0;
            size_t after = i + 1;
            int callq = 0;
            int call = (ttext(q, i)[0] | 0x20) == 'c' &&
                       (tok_eq(q, i, "called") || tok_eq(q, i, "calls") || tok_eq(q, i, "call") ||
                        tok_eq(q, i, "calling"));
            /* phrasal cues: "pointed out", "called on", "called for" */
            if (i + 1 < hi && tok_eq(q, i + 1, "out") &&
                (tok_eq(q, i, "pointed") || tok_eq(q, i, "points") || tok_eq(q, i, "point"))) {
                lemma = "point out", flags = NG_CUE_SPEECH, cue.e++, after++;
            } else if (call && i + 1 < hi && tok_eq(q, i + 1, "on")) {
                lemma = "call on", flags = NG_CUE_SPEECH | NG_CUE_URGE, cue.e++, after++;
            } else if (call && i + 1 < hi && tok_eq(q, i + 1, "for")) {
                lemma = "call for", flags = NG_CUE_OBJ, cue.e++, after++;
            } else if (call && i + 2 < hi && tok_eq(q, i + 1, "to") && is_lower_word(q, i + 2) &&
                       !(q->wc[i + 2] & (NG_QW_DETERMINER | NG_QW_PRONOUN)) && !tok_eq(q, i + 2, "mind") &&
                       !(i > lo && (tok_eq(q, i - 1, "get") || tok_eq(q, i - 1, "got")))) {
                lemma = "call for", flags = NG_CUE_OBJ | NG_CUE_INF; /* "called to ban …" */
            } else if (call && i + 1 < hi && q->tk[i + 1].kind == NG_TOK_QUOTE && (q->tk[i + 1].flags & NG_TF_OPEN)) {
                lemma = "call", flags = NG_CUE_OBJ, callq = 1; /* "what Hedge called “the old model”" */
            } else if (call && i + 1 < hi && is_word(q, i + 1) &&
                       (!word_in(q, i + 1, ng__q_is_stopword) || tok_eq(q, i + 1, "him") ||
                        tok_eq(q, i + 1, "her") || tok_eq(q, i + 1, "it") || tok_eq(q, i + 1, "them")) &&
                       !tok_eq(q, i + 1, "off") &&
                       !tok_eq(q, i + 1, "up") && !tok_eq(q, i + 1, "back")) {
                lemma = "call", flags = NG_CUE_OBJ; /* "called the plan a failure" */
            } else if (!cu || (cu->flags & NG_CUE_OBJ)) {
                /* two-word speech acts: "referring to", "talked about", "declined to" */
                static const struct {
                    const char *w1, *w2, *lemma;
                    int keep2; /* the second word belongs to the content */
                } ph[] = {
                    {"referring", "to", "refer to", 0}, {"referred", "to", "refer to", 0},
                    {"refers", "to", "refer to", 0},     {"pointed", "to", "point to", 0},
                    {"points", "to", "point to", 0},     {"pointing", "to", "point to", 0},
                    {"point", "to", "point to", 0},      {"talking", "about", "talk about", 0},
                    {"talked", "about", "talk about", 0}, {"asked", "about", "ask about", 0},
                    {"railed", "against", "rail against", 0}, {"spoke", "about", "speak about", 0},
                    {"spoke", "of", "speak of", 0},     {"warned", "of", "warn of", 0},
                    {"warned", "against", "warn against", 0}, {"complained", "about", "complain about", 0},
                    {"declined", "to", "decline", 1},   {"refused", "to", "refuse", 1},
                    {"vowed", "to", "vow", 1},          {"promised", "to", "promise", 1},
                    {"pledged", "to", "pledge", 1},     {"threatened", "to", "threaten", 1},
                    {"sided", "with", "side with", 0},  {"sparred", "with", "spar with", 0},
                    {"balked", "at", "balk at", 0},     {"alluding", "to", "allude to", 0},
                    {"alluded", "to", "allude to", 0},  {"singled", "out", "single out", 0},
                    {"spoke", "out", "speak out", 0},   {"speaks", "about", "speak about", 0},
                    {"talks", "about", "talk about", 0}, {"talk", "about", "talk about", 0},
                    {"worried", "about", "worry about", 0}, {"concerned", "about", "concern about", 0},
                    {"focused", "on", "focus on", 0},   {"focuses", "on", "focus on", 0},
                    {"put", "it", "put it", 0},
                };
                int hit = 0;
                char c1 = i + 1 < hi ? ttext(q, i + 1)[0] : 0;
                int second = (c1 == 't' || c1 == 'a' || c1 == 'o' || c1 == 'w' || c1 == 'i') && (tok_eq(q, i + 1, "to") || tok_eq(q, i + 1, "about") || tok_eq(q, i + 1, "it") ||
                                            tok_eq(q, i + 1, "against") || tok_eq(q, i + 1, "of") ||
                                            tok_eq(q, i + 1, "with") || tok_eq(q, i + 1, "at") ||
                                            tok_eq(q, i + 1, "out") || tok_eq(q, i + 1, "on"));
                for (size_t k = 0; second && k < NG_ARRAY_LEN(ph) && !hit; k++)
                    if (ph[k].w1[0] == (char)(c0 | 0x20) && tok_eq(q, i, ph[k].w1) && tok_eq(q, i + 1, ph[k].w2) &&
                        (strcmp(ph[k].w1, "point") || subject_before(q, skip_aux_back(q, i, lo), lo)) &&
                        (strcmp(ph[k].w1, "put") || as_put_it(q, i, lo, hi))) {
                        /* (the base form is a noun too: "0.5 percentage point to") */
                        lemma = ph[k].lemma, flags = NG_CUE_OBJ, hit = 1;
                        if (ph[k].w1[0] == 'p' && ph[k].w1[1] == 'u')
                            flags = NG_CUE_SPEECH; /* "as X put it, …": a way of saying */
                        if (!ph[k].keep2)
                            cue.e++, after++;
                    }
                size_t me;
                if (!hit && !cu && (c0 == 'l' || c0 == 'p' || c0 == 'v') &&
                    (me = modal_cue(q, i, lo, hi, &lemma, &flags)) != 0) {
                    cue.s = (uint32_t)i - 1, cue.e = (uint32_t)me, after = me; /* "would like" */
                    hit = 1;
                }
                if (!hit && !cu) {
                    size_t la = 0, le = light_cue(q, i, hi, &la, &lemma, &flags);
                    if (!le)
                        continue;
                    cue.e = (uint32_t)le, after = la;
                }
            }
            /* "the allegations, which Mr. Ailes denies, …", "the bill - which he
             * once supported - …": no object after the cue, its subject a
             * name or pronoun right after "which"/"whom", which is what was
             * denied or supported (PolNeAR's content); not a thing written
             * or an offer refused ("Garden State, which he wrote, directed
             * …", "an Oscar which he notoriously refused") */
            static const char *const made[] = {"decline", "refuse", "write"};
            tspan rs;
            if ((flags & (NG_CUE_SPEECH | NG_CUE_OBJ)) && !(flags & NG_CUE_NOSUBJ) &&
                !lemma_in(lemma, made, NG_ARRAY_LEN(made)) && rel_object_subject(q, i, lo, hi, &rs)) {
                q->cur_flags = flags | NG_CUE_OBJ;
                if ((rc = emit_claim(HOW(q, 30), rs.s - 1, rs.s, cue, lemma, rs, rs, 0)) != 0)
                    return rc;
                continue;
            }
            if ((flags & (NG_CUE_URGE | NG_CUE_OBJ)) &&
                !(after < hi && (is_word(q, after) || q->tk[after].kind == NG_TOK_QUOTE ||
                                 (q->tk[after].kind == NG_TOK_CURRENCY && after + 1 < hi &&
                                  q->tk[after + 1].kind == NG_TOK_NUMBER))))
                continue; /* (an amount will do: "calls for $1 trillion") */
            if (cu && cue.e == i + 1 && after + 2 < hi && tok_eq(q, after, "by") &&
                (rc = passive_by(q, i, lo, hi, cue, cu)) != 0) {
                if (rc < 0)
                    return rc;
                continue;
            }
            q->cur_flags = flags;
            if ((flags & NG_CUE_OBJ) &&
                ((i > lo && !ends_ing(q, i) && (tok_eq(q, i - 1, "was") || tok_eq(q, i - 1, "were") || tok_eq(q, i - 1, "is") ||
                             tok_eq(q, i - 1, "are") || tok_eq(q, i - 1, "been") || tok_eq(q, i - 1, "be") ||
                             tok_eq(q, i - 1, "being"))) ||
                 tok_eq(q, after, "by")))
                continue; /* passive: "was endorsed by …" */

            if (lemma && lemma[0] == 'a' && !strcmp(lemma, "ask") && (asked0 || (i > lo &&
                (tok_eq(q, i - 1, "was") || tok_eq(q, i - 1, "were") || tok_eq(q, i - 1, "been"))) ||
                                                    (i > lo && (tok_eq(q, i - 1, "when") || tok_eq(q, i - 1, "if") || tok_eq(q, i - 1, "after") ||
                 tok_eq(q, i - 1, "once") || tok_eq(q, i - 1, "being") || tok_eq(q, i - 1, "as"))))) {
                /* "When asked (by a reporter) whether …, Vance said": a reported
                 * question, its asker given only by "by" */
                size_t k = after;
                tspan by = {0, 0};
                if (k < hi && tok_eq(q, k, "by")) {
                    np_after(q, k + 1, hi, &by);
                    k = by.e > by.s ? by.e : k + 1;
                }
                static const char wh[][8] = {"whether", "if", "why", "how", "what", "who",
                                             "which", "where", "when", "about", "to"};
                int ok = 0;
                /* past a short phrase of time or place: "Asked on Monday whether …",
                 * "Asked specifically what …" */
                for (size_t k0 = k; !ok && k < hi && k - k0 <= 6 && !is_punct(q, k, ",") &&
                                    (k == k0 || !tok_eq(q, k, "to"));) {
                    ok = TOK_IN(q, k, wh);
                    if (!ok && (k > k0 || !by.e))
                        k++;
                    else if (!ok)
                        break;
                }
                if (ok) {
                    size_t e2 = k + 1;
                    while (e2 < hi && !is_punct(q, e2, ",") && e2 - k < 40)
                        e2++;
                    /* a question "about …" keeps its "about" (a short object) */
                    q->cur_flags = tok_eq(q, k, "about") ? flags | NG_CUE_OBJ : flags;
                    if ((rc = emit_claim(HOW(q, 13), k, e2, cue, lemma, by, by, 0)) != 0)
                        return rc;
                    q->last_kind = 0; /* the main clause may report the answer */
                    continue;
                }
            }
            size_t end = skip_aux_back(q, i, lo);
            size_t caused = cu ? caused_inf(q, i, lo, hi) : 0;
            if (caused)
                end = i - 1, cue.s = (uint32_t)i - 1; /* "leaving some to question …": the cue "to question" */
            /* "Berg went on to say that …", "He goes on to criticize …": the
             * subject of "went" (the cue is the verb after "to") */
            static const char went[][8] = {"went", "goes", "go", "going"};
            if (cu && i > lo + 3 && tok_eq(q, i - 1, "to") && tok_eq(q, i - 2, "on") && TOK_IN(q, i - 3, went) &&
                !(cu->flags & NG_CUE_REPORT) && (strcmp(cu->lemma, "claim") || tok_eq(q, i + 1, "that")))
                end = skip_aux_back(q, i - 3, lo); /* (not a career: "went on to write seven series",
                                                    * "went on to claim the Cup") */
            if (cu && (tok_eq(q, i, "support") || tok_eq(q, i, "favor"))) {
                /* the base forms are nouns too ("won strong support from"): a
                 * verb only after a pronoun, "who", a name, a share or a
                 * plural, and with an object after it */
                size_t t = end > lo ? end - 1 : i;
                if (!subject_before(q, end, lo) || tok_eq(q, t, "its") || tok_eq(q, t, "his") ||
                    tok_eq(q, t, "her") || tok_eq(q, t, "their") || tok_eq(q, after, "from") || tok_eq(q, after, "among") ||
                    tok_eq(q, after, "for") || tok_eq(q, after, "of") || tok_eq(q, after, "in") ||
                    tok_eq(q, after, "is") || tok_eq(q, after, "was") || tok_eq(q, after, "base") ||
                    tok_eq(q, after, "has") || tok_eq(q, after, "to"))
                    continue;
            }
            tspan sp, head, who = {0, 0};
            np_before(q, end, lo, &sp, 0);
            if (caused)
                sp = (tspan){(uint32_t)caused, (uint32_t)end};
            if (sp.e > sp.s && sp.e < end && tok_eq(q, end - 1, "who"))
                /* "Rutte, who said …": the source mention is "who", its
                 * entity the phrase before */
                who.s = (uint32_t)end - 1, who.e = (uint32_t)end;
            else if (sp.e <= sp.s && !caused && !(q->last_kind && i >= q->last_a && i < q->last_b) &&
                     comma_which(q, end, lo, &sp))
                /* "the union, which endorsed …" (not inside the content of the
                 * item before: "raised concern that groups like ISIS, which
                 * claimed responsibility for the attacks, are …") */
                who.s = (uint32_t)end - 1, who.e = (uint32_t)end;
            else if (!caused) {
                extend_left(q, &sp, lo);
                if (sp.e > sp.s && sp.s > lo + 1 && is_word(q, sp.s - 1)) /* (rare: most stop at lo or a comma) */
                    rel_subject(q, &sp, lo);
            }
            tspan ws;
            if (end == i && i > lo + 2 && is_lower_word(q, i) && ends_ing(q, i) && with_subject(q, i, lo, &ws) &&
                (sp.e <= sp.s || sp.s > ws.s))
                sp = ws; /* "…, with one of her ads asking …" */
            if ((sp.e == end || sp.e <= sp.s) && i > lo + 1 && ends_ing(q, i)) {
                tspan ds = {0, 0};
                size_t v;
                if (i > lo + 3 && document_sender(q, i, lo, &ds))
                    sp = ds; /* "Berg released a statement saying …" */
                else if (i > lo + 3 && verb_subject(q, i, lo, 0, &ds))
                    sp = ds; /* "Berg emailed supporters saying …" */
                else if (end == i && (v = spent_before(q, i, lo)) != NONE) {
                    /* "Berg began attacking …", "he keeps talking about …", "Vance
                     * spent much of the day attacking …": the subject of the verb
                     * the participle completes ("who" itself after a name) */
                    size_t e2 = skip_aux_back(q, v, lo);
                    if (e2 > lo && tok_eq(q, e2 - 1, "who"))
                        ds.s = (uint32_t)e2 - 1, ds.e = (uint32_t)e2;
                    else {
                        np_before(q, e2, lo, &ds, 0);
                        if (ds.e == e2)
                            extend_left(q, &ds, lo);
                    }
                    if (ds.e > ds.s && ds.e == e2)
                        sp = ds;
                }
            }
            size_t na;
            if (sp.e > sp.s && end == i && sp.e == i && lemma && (na = noun_after_a(q, sp)) != 0 &&
                (base_form(q, i, lemma) || tok_eq(q, na - 1, "no"))) {
                /* a base form after "a …" is a noun: "a passing reference to", "a
                 * definitive call on" (the verb would be "references", "calls");
                 * after a light verb its subject is the source: "Berg made an
                 * urgent call for …" */
                static const char light[][8] = {"made", "makes", "make", "making", "issued",
                                                "issues", "issue", "gave", "gives", "give"};
                size_t a = na - 1;
                tspan sp2 = {0, 0};
                if (a > lo && is_lower_word(q, a - 1) && TOK_IN(q, a - 1, light))
                    np_before(q, skip_aux_back(q, a - 1, lo), lo, &sp2, 0);
                if (sp2.e <= sp2.s)
                    continue;
                sp = sp2;
            }
            if (sp.e > sp.s && asked_whether(q, sp.s, lo, lemma))
                continue; /* "Asked if she believed …": a question about a belief */
            int passive = sp.e > sp.s && passive_cue(q, i, sp.e);
            if (passive)
                sp.s = sp.e = 0; /* "Berg was told that …", "is seen as": no source */
            head = sp;
            if (sp.e <= sp.s && end > lo) {
                size_t t = end - 1;
                int comma = is_punct(q, t, ",") || is_dash(q, t) ||
                            (t > lo && q->tk[t].kind == NG_TOK_QUOTE && (q->tk[t].flags & NG_TF_CLOSE) &&
                             is_punct(q, t - 1, ",")); /* “…,” adding that … */
                /* "… by saying …", "…, while also suggesting …": a participle after
                 * by/while/after/before (and an adverb) takes the clause's subject */
                size_t tp = t > lo && TOK_IN(q, t, ing_adv) ? t - 1 : t;
                int by_ing = ends_ing(q, i) && is_lower_word(q, tp) && TOK_IN(q, tp, ing_prep);
                if ((comma && ends_ing(q, i)) || by_ing || tok_eq(q, t, "and") || tok_eq(q, t, "but")) {
                    /* "…, saying …", "… and said …": the clause's subject */
                    /* "… in which he continued his assault, mocking …", "Ever since
                     * she endorsed Ms. Kask, Ms. Warren has been a surrogate,
                     * attacking …": a participle after a comma or by/while takes
                     * the subject of the clause it follows, when that clause opens
                     * on its own (coord_subject), before an earlier item's */
                    tspan own = {0, 0};
                    if ((comma || by_ing) && ends_ing(q, i) && !teller_at_close(q, i, hi))
                        coord_subject(q, by_ing ? tp : t, lo, &own, 1);
                    if (own.e > own.s && q->last_kind && own.s >= q->last_a && own.s < q->last_b)
                        own.s = own.e = 0; /* the subject of a reported clause: "He said the
                                            * rise is hurting exporters, noting …" is his */
                    if (own.e > own.s)
                        sp = head = own;
                    else if (last_sp.e > last_sp.s)
                        sp = last_sp, head = last_head;
                    else {
                        /* ("… she laughed and admitted …": the subject of the verb
                         * the cue is coordinated with, else the clause's; not in a
                         * sentence that ends with its teller, "…, Berg said.", whose
                         * item holds it all, nor for a passive, "but are hoped to") */
                        sp.s = sp.e = 0;
                        if (!comma && !by_ing && !teller_at_close(q, i, hi)) {
                            coord_subject(q, t, lo, &sp, 0);
                            if (sp.e > sp.s && passive_cue(q, i, t + 1))
                                sp.s = sp.e = 0; /* ("… but are hoped to …") */
                        }
                        if (sp.e <= sp.s)
                            clause_subject(q, lo, by_ing ? tp : t, &sp);
                        head = sp;
                    }
                    size_t w = comma ? NONE : open_who(q, by_ing ? tp : t, lo);
                    if (w != NONE) {
                        /* ("…, who has endorsed Trump and criticized …": "who", its
                         * entity the clause's subject found above) */
                        if (head.e <= head.s || head.e > w)
                            head = (tspan){(uint32_t)w, (uint32_t)w + 1};
                        sp = (tspan){(uint32_t)w, (uint32_t)w + 1};
                    }
                    if (sp.e > sp.s && sp.e > t)
                        sp.s = sp.e = head.s = head.e = 0;
                    comma = 0;
                } else if (comma) {
                    appositive(q, t, lo, &sp, &head);
                    if (sp.e <= sp.s && t > lo + 2 && is_punct(q, t, ",") && is_word(q, t - 1) && is_cap(q, t - 1)) {
                        /* "One delegate not on the slate, Kelly Moor, told …": at
                         * least the name between the commas */
                        size_t r = t - 1;
                        while (r > lo && t - r < 5 && is_word(q, r - 1) && is_cap(q, r - 1))
                            r--;
                        if (r > lo && is_punct(q, r - 1, ",") &&
                            (!q->d->mentions.n || resolve(q, (tspan){(uint32_t)r, (uint32_t)t}) >= 0))
                            sp.s = head.s = (uint32_t)r, sp.e = head.e = (uint32_t)t;
                    }
                    if (sp.e <= sp.s && t > lo + 3 && is_punct(q, t, ",") && is_punct(q, t - 1, ")")) {
                        /* "Sen. Jack Reed (D-R.I.), said …": a stray comma after the
                         * party in brackets; the name with them opens the sentence */
                        np_before(q, t, lo, &sp, 0);
                        if (sp.e > sp.s && sp.s == lo && sp.e == t && is_cap(q, sp.s))
                            head = sp;
                        else
                            sp.s = sp.e = 0;
                    }
                    if (sp.e <= sp.s && predicate_list(q, i, t, lo, hi, last_sp, flags))
                        sp = last_sp, head = last_head;
                }
            }
            /* "as X points out, …" (and "as X put it: …") */
            if (sp.e > sp.s && sp.s > lo && tok_eq(q, sp.s - 1, "as") && after < hi &&
                (is_punct(q, after, ",") || is_punct(q, after, ":"))) {
                if ((rc = emit_claim(HOW(q, 14), after + 1, hi, cue, lemma, sp, head, 1)) != 0)
                    return rc;
                continue;
            }
            /* "…, as Bloomberg reported last month.": the claim before the
             * comma -- the content of an item that runs on into this clause
             * ("X said the cost could rise, as Bloomberg reported"), which
             * then ends at the comma; else the clause */
            if (sp.e > sp.s && sp.s > lo + 2 && tok_eq(q, sp.s - 1, "as") &&
                (is_punct(q, sp.s - 2, ",") || is_dash(q, sp.s - 2)) && tail_ends(q, after, hi) &&
                report_lemma(lemma) && !(flags & NG_CUE_NOSUBJ)) {
                size_t cb = sp.s - 2, ca = q->last_a;
                if (q->last_kind && ca >= lo && ca < cb && q->last_b >= cb && words_at_least(q, ca, cb, 3)) {
                    end_last(q, ca, cb);
                    q->last_b = cb;
                    if ((rc = push_attr(HOW(q, 26), ca, cb, sp, resolve(q, head), cue)) != 0)
                        return rc;
                } else if ((rc = emit_claim(HOW(q, 26), lo, cb, cue, lemma, sp, head, 1)) != 0)
                    return rc;
                continue;
            }
            if (i > lo && is_punct(q, i - 1, ",") && (flags & NG_CUE_SPEECH) &&
                !(flags & (NG_CUE_OBJ | NG_CUE_NOSUBJ)) && is_lower_word(q, i) && !ends_ing(q, i)) {
                rc = inverted_inside(q, i, lo, hi, cue, lemma);
                if (rc < 0)
                    return rc;
                if (rc)
                    continue;
            }
            size_t tail = after;
            if (flags & NG_CUE_TELL)
                tail = skip_addressee(q, after, hi);
            /* "…, he said." / "…, said Rutte." */
            /* (and a finding at the sentence end: "…, FEC records show.", "…, a
             * study by the council found.") */
            static const char *const evidence[] = {"show", "find", "indicate", "suggest", "reveal", "confirm"};
            int finding = (flags & NG_CUE_THAT) && lemma && after < hi && is_terminal(q, after);
            if (finding && lemma_in(lemma, evidence, NG_ARRAY_LEN(evidence)))
                finding = 2;
            if (sp.e > sp.s && sp.s > lo && (is_punct(q, sp.s - 1, ",") || is_dash(q, sp.s - 1)) &&
                (short_tail(q, after, hi) || short_tail(q, tail, hi)) &&
                ((flags & NG_CUE_SPEECH) || ((flags & NG_CUE_THAT) && after < hi && is_punct(q, after, ",")) ||
                 finding == 2) &&
                !(flags & NG_CUE_NOSUBJ)) {
                /* (a belief only as a parenthetical: "Such efforts, aides believe, will …") */
                size_t ca = lo, cb = sp.s - 1;
                /* "In the end, Rutte said, the voters …", "Instead, Vance told the Courier,
                 * his policy …": the longer side */
                size_t cm = short_tail(q, after, hi) ? after : tail;
                /* (not a second teller there: "The quay will close, officials
                 * said, the Gazette reported on Monday.") */
                if (cm + 1 < hi && is_punct(q, cm, ",") && !ends_ing(q, cm + 1) &&
                    !words_at_least(q, lo, sp.s, 5) && words_at_least(q, cm + 1, hi, 4) &&
                    !second_teller(q, cm + 1, hi))
                    ca = cm + 1, cb = hi;
                else if (!words_at_least(q, lo, sp.s, 4) && cm + 2 < hi && is_punct(q, cm, ",") &&
                         is_lower_word(q, cm + 1) && (q->wc[cm + 1] & NG_QW_AUX) && finite_aux(q, cm + 1)) {
                    /* "This campaign, he says, is different": a short subject and
                     * its predicate around the cue, two items with one cue (short:
                     * the length rule for objects) */
                    q->cur_flags = flags | NG_CUE_OBJ;
                    if ((rc = emit_claim(HOW(q, 15), lo, sp.s - 1, cue, lemma, sp, head, 0)) != 0 ||
                        (rc = emit_claim(HOW(q, 16), cm + 1, hi, cue, lemma, sp, head, 0)) != 0)
                        return rc;
                    if (q->emitted)
                        last_sp = sp, last_head = head;
                    continue;
                } else if (!words_at_least(q, lo, sp.s, 4))
                    continue; /* "For one thing, he said." is no claim */
                else if (cm + 1 < hi && is_punct(q, cm, ",") && !ends_ing(q, cm + 1) &&
                         !cue_at(q, cm + 1) && words_at_least(q, cm + 1, hi, 4) &&
                         !second_teller(q, cm + 1, hi)) {
                    /* "In the three years since the vote, Berg says, far too many
                     * ferries …": the claim on both sides of the cue, two items
                     * with one cue */
                    if ((rc = emit_claim(HOW(q, 17), lo, sp.s - 1, cue, lemma, sp, head, 0)) != 0 ||
                        (rc = emit_claim(HOW(q, 18), cm + 1, hi, cue, lemma, sp, head, 0)) != 0)
                        return rc;
                    if (q->emitted)
                        last_sp = sp, last_head = head;
                    continue;
                } else {
                    /* "During an interview in August, Vance said …": an
                     * introductory phrase, not what was said */
                    static const char intro[][8] = {"in", "during", "at", "on", "after", "before",
                                                    "speaking", "asked", "for", "with", "from",
                                                    "earlier", "later", "last", "this", "since"};
                    /* (not "This was a return to …, the BBA added": "this"
                     * before a finite verb is the claim's subject) */
                    int is_intro = TOK_IN(q, lo, intro) &&
                                   !(tok_eq(q, lo, "this") && lo + 1 < hi && is_lower_word(q, lo + 1) &&
                                     (finite_aux(q, lo + 1) || plural_s(ttext(q, lo + 1), tlen(q, lo + 1))));
                    int inner_comma = 0;
                    for (size_t k = lo; is_intro && k + 1 < sp.s && k - lo < 40 && !inner_comma; k++)
                        inner_comma = is_punct(q, k, ","); /* (only read with is_intro) */
                    /* (but a clause of its own with a finite auxiliary is
                     * the claim: "For the first time the ferry will sail in
                     * winter, Berg said."; not after a participle or "with") */
                    int part = ends_ing(q, lo) || tok_eq(q, lo, "asked") || tok_eq(q, lo, "with");
                    for (size_t k = lo; is_intro && !inner_comma && !part && k + 1 < sp.s && k - lo < 40; k++)
                        if (is_lower_word(q, k) && finite_aux(q, k))
                            is_intro = 0;
                    if (is_intro && !inner_comma)
                        continue;
                }
                if ((rc = emit_claim(HOW(q, 19), ca, cb, cue, lemma, sp, head, 0)) != 0)
                    return rc;
                if (q->emitted)
                    last_sp = sp, last_head = head;
                continue;
            }
            /* an apposition from the sentence start ("Tom Vance, a supporter,
             * said …", and the role before the name: "Mr. Trump's former
             * campaign manager, Corey Lewandowski, said …") is the subject,
             * not a claim before ", said X" */
            int appos_subject = sp.e > sp.s && sp.s == lo &&
                                (head.e < sp.e || (head.s > sp.s && is_punct(q, head.s - 1, ",")));
            /* (not a clause with a finite verb of its own: "Some accusations …, are
             * difficult to prove, said Grant Green, …", "The firm lobbied …, at
             * both …, said …": the head is followed by its apposition's comma) */
            if (appos_subject && head.e > head.s && !is_punct(q, head.e, ",") && !is_dash(q, head.e) &&
                !(head.e < sp.e && q->tk[head.e].kind == NG_TOK_PUNCT))
                appos_subject = 0;
            for (size_t k = sp.s; appos_subject && k < sp.e && k - sp.s < 60; k++)
                if (is_lower_word(q, k) && finite_aux(q, k))
                    appos_subject = 0;
            if (i > lo + 1 && (flags & NG_CUE_SPEECH) && !(flags & NG_CUE_OBJ) && is_lower_word(q, i) &&
                (tok_eq(q, i, "says") || tok_eq(q, i, "say")) && !is_punct(q, i - 1, ",") &&
                (rc = headline_teller(q, i, lo, hi, cue, lemma)) != 0) {
                if (rc < 0)
                    return rc;
                continue;
            }
            if (i > lo && (is_punct(q, i - 1, ",") || is_dash(q, i - 1)) && (flags & NG_CUE_SPEECH) &&
                !(flags & NG_CUE_OBJ) && !ends_ing(q, i) && !appos_subject && words_at_least(q, lo, i - 1, 4)) {
                tspan sa;
                np_after(q, after, hi, &sa);
                /* ("…, said a handful of Democrats who point to …": a relative
                 * clause to the sentence end belongs to the speaker) */
                int rel = sa.e > sa.s && sa.e < hi && tok_eq(q, sa.e, "who");
                if (sa.e > sa.s && (short_tail(q, sa.e, hi) || rel ||
                                    ((flags & NG_CUE_TELL) && short_tail(q, skip_addressee(q, sa.e, hi), hi)))) {
                    tspan sh = sa;
                    extend_appos(q, &sa, hi);
                    if (rel && sa.e == sh.e) {
                        size_t k = sa.e;
                        while (k < hi && !is_terminal(q, k) && q->tk[k].kind != NG_TOK_QUOTE)
                            k++;
                        sa.e = (uint32_t)k;
                    }
                    if ((rc = emit_claim(HOW(q, 20), lo, i - 1, cue, lemma, sa, sh, 0)) != 0)
                        return rc;
                    last_sp = last_head = sa;
                    continue;
                }
            }
            /* "Rutte said (that) …" */
            if (sp.e <= sp.s)
                continue;
            if (callq) {
                /* a name given in quotes: the quoted phrase, with the "what" of
                 * "what X called “…”" */
                size_t k = i + 2;
                while (k < hi && k - i < 30 && !(q->tk[k].kind == NG_TOK_QUOTE && (q->tk[k].flags & NG_TF_CLOSE)))
                    k++;
                if (k >= hi || k - i >= 30)
                    continue;
                size_t ca = i + 1;
                if (sp.s > lo && tok_eq(q, sp.s - 1, "what"))
                    ca = sp.s - 1;
                else if (!(word_in(q, i - 1, ng__q_is_pronoun) || (is_cap(q, i - 1) && i - 1 > lo)))
                    continue; /* "a play called “…”" names a thing */
                if ((rc = emit_claim(HOW(q, 21), ca, k + 1, cue, lemma, sp, head, 0)) != 0)
                    return rc;
                if (q->emitted)
                    last_sp = sp, last_head = head;
                continue;
            }
            size_t inf = (flags & NG_CUE_INF) ? skip_when(q, after, hi) : after;
            if ((flags & NG_CUE_INF) && inf + 1 < hi && tok_eq(q, inf, "to") &&
                is_lower_word(q, inf + 1)) {
                /* "Berg vowed to cut taxes", "the party hopes to win Ohio": the
                 * infinitive with its "to" is the content (past a time or an
                 * adverb: "vowed on Tuesday to …", "pledged again to …") */
                q->cur_flags = flags | NG_CUE_OBJ;
                if ((rc = emit_claim(HOW(q, inf > after ? 29 : 22), inf, which_end(q, who, inf, hi), cue, lemma, who.e > who.s ? who : sp, head, 0)) != 0)
                    return rc;
                if (q->emitted)
                    last_sp = sp, last_head = head;
                count_which(q, who);
                continue;
            }
            size_t ca = after;
            if (ca < hi && (is_punct(q, ca, ",") || is_punct(q, ca, ":")) && ca + 1 < hi &&
                q->tk[ca + 1].kind == NG_TOK_QUOTE)
                continue; /* a direct quotation follows */
            if (ca < hi && q->tk[ca].kind == NG_TOK_QUOTE && (q->mark[ca] & QM_INQ))
                continue;
            if (flags & NG_CUE_TELL) {
                if (ca < hi && q->tk[ca].kind == NG_TOK_QUOTE && (q->tk[ca].flags & NG_TF_OPEN))
                    for (size_t k = ca + 1; k < hi && k - ca <= 6; k++)
                        if (q->tk[k].kind == NG_TOK_QUOTE) {
                            ca = k + 1; /* "told “Morning Harbour” …": a quoted addressee */
                            break;
                        }
                size_t a0 = ca;
                ca = skip_addressee(q, ca, hi);
                /* "told members of the executive council that …": a longer
                 * addressee up to the "that", also with brackets, an
                 * apposition or a hyphen ("told a GATT (General Agreement on
                 * Tariffs and Trade) council meeting that", "told the National
                 * People's Congress, China's parliament, that"; not past a
                 * finite auxiliary) */
                if (!(ca < hi && tok_eq(q, ca, "that"))) {
                    /* (words only: 12 tokens; past a mark, 20 and no finite
                     * auxiliary; no mark after a finite auxiliary) */
                    int verb = 0;
                    size_t mark = 0; /* the last mark passed (0: none) */
                    for (size_t k = a0 + 1; k < hi && k - a0 <= (mark ? 20 : 12); k++) {
                        int wd = is_word(q, k) || is_poss(q, k) || q->tk[k].kind == NG_TOK_NUMBER;
                        int pm = is_punct(q, k, "(") || is_punct(q, k, ")") || is_punct(q, k, ",") ||
                                 is_punct(q, k, "-");
                        if (!(wd || (pm && !verb)) || cue_at(q, k) || (mark && finite_aux(q, k)))
                            break;
                        verb |= finite_aux(q, k);
                        if (pm)
                            mark = k;
                        if (tok_eq(q, k, "that")) {
                            /* (past a mark, at most three words after it: "…
                             * meeting the Soviet Union produces few items that"
                             * is a relative clause) */
                            if (!mark || k - mark <= 4)
                                ca = k;
                            break;
                        }
                    }
                }
                if (lemma && !strcmp(lemma, "tell") && ca > a0 && ca < hi && !clause_start(q, ca, hi))
                    ca = addressee_tail(q, ca, hi);
            }
            if (ca < hi && is_dash(q, ca)) {
                /* "said — in a radio interview, no less — that …" */
                size_t k = ca + 1;
                while (k < hi && k - ca < 14 && !is_dash(q, k))
                    k++;
                if (k < hi && is_dash(q, k))
                    ca = k + 1;
            }
            if (ca + 4 < hi && ca == after && is_punct(q, ca, ",") && is_lower_word(q, ca + 1) &&
                (tok_eq(q, ca + 1, "in") || tok_eq(q, ca + 1, "on") || tok_eq(q, ca + 1, "during")))
                ca = comma_phrase(q, ca, hi); /* "said, in a statement, the firm …" */
            /* "in a statement", "on Monday", "on Twitter" */
            for (int rep = 0; rep < 2 && ca + 1 < hi; rep++) {
                if ((tok_eq(q, ca, "on") || tok_eq(q, ca, "in") || tok_eq(q, ca, "during")) &&
                    ca + 2 < hi) {
                    size_t k = ca + 1;
                    if (word_in(q, k, ng__q_is_determiner))
                        k++;
                    if (k < hi && is_word(q, k) && k + 1 < hi &&
                        (is_punct(q, k + 1, ",") || tok_eq(q, k + 1, "that") ||
                         word_in(q, k, ng__q_is_weekday) || tok_eq(q, k, "statement") ||
                         tok_eq(q, k, "interview") || tok_eq(q, k, "twitter"))) {
                        ca = k + 1;
                        continue;
                    }
                } else if (word_in(q, ca, ng__q_is_weekday) && is_cap(q, ca) &&
                           !(ca + 1 < hi && is_poss(q, ca + 1))) {
                    ca++;
                    continue;
                }
                break;
            }
            if (ca + 1 < hi && is_punct(q, ca, ",") && tok_eq(q, ca + 1, "that"))
                ca++; /* "added, that …" */
            /* "said last week the pier …", "has said for weeks he …": a time
             * phrase with no comma or "that" after it, then the clause */
            if (!(flags & (NG_CUE_OBJ | NG_CUE_URGE | NG_CUE_TELL)) && ca < hi && !tok_eq(q, ca, "that")) {
                size_t w2 = skip_when(q, ca, hi);
                if (w2 > ca && w2 + 2 < hi && is_word(q, w2) &&
                    (tok_eq(q, w2, "that") || is_cap(q, w2) || (q->wc[w2] & (NG_QW_PRONOUN | NG_QW_DETERMINER))))
                    ca = w2;
            }
            /* "said, however, that …": past a parenthetical adverb */
            if (ca + 3 < hi && is_punct(q, ca, ",") && is_lower_word(q, ca + 1) && is_punct(q, ca + 2, ",") &&
                (n_ly(q, ca + 1) || tok_eq(q, ca + 1, "however") || tok_eq(q, ca + 1, "though") ||
                 tok_eq(q, ca + 1, "too") || tok_eq(q, ca + 1, "meanwhile") || tok_eq(q, ca + 1, "instead") ||
                 tok_eq(q, ca + 1, "again") || tok_eq(q, ca + 1, "then")))
                ca += 3;
            if ((flags & NG_CUE_TELL) && ca > after && ca + 1 < hi && tok_eq(q, ca, "to") &&
                is_lower_word(q, ca + 1) && !word_in(q, ca + 1, ng__q_is_determiner) &&
                !word_in(q, ca + 1, ng__q_is_stopword)) {
                /* "asked the network to donate …": the request */
                q->cur_flags = flags | NG_CUE_OBJ;
                if ((rc = emit_claim(HOW(q, 23), ca, which_end(q, who, ca, hi), cue, lemma, who.e > who.s ? who : sp, head, 0)) != 0)
                    return rc;
                if (q->emitted)
                    last_sp = sp, last_head = head;
                count_which(q, who);
                continue;
            }
            if (!(flags & (NG_CUE_OBJ | NG_CUE_URGE)) && ca < hi && is_lower_word(q, ca)) {
                static const char opens[][8] = {"in", "on", "at", "during", "to", "for", "after",
                                                "from", "as", "by", "through", "under"};
                /* (with a subject; not "adding to honours it has …": "add to"
                 * takes an object; "by" only after said/told: "the facts reported
                 * by the government in the cases it cited") */
                size_t cl = TOK_IN(q, ca, opens) && !(tok_eq(q, ca, "to") && lemma && !strcmp(lemma, "add")) &&
                                    (who.e > who.s || sp.e > sp.s) && (!tok_eq(q, ca, "by") || say_tell_add(q, i))
                                ? clause_after_phrase(q, ca, hi)
                                : 0;
                if (cl)
                    ca = cl; /* "said to date it has …": the clause after the phrase */
            }
            int that = ca < hi && tok_eq(q, ca, "that");
            size_t obj_end = 0; /* (the end of a prepositional object, below) */
            if (!that && ca < hi && !(flags & NG_CUE_OBJ)) {
                static const char preps[][8] = {"in", "on", "at", "during", "to", "for", "with",
                                                "after", "before", "earlier", "later", "last",
                                                "from", "of", "about", "as", "by", "through"};
                char w[24];
                /* (all of them are stop words or auxiliary-like, or "of") */
                size_t n = (q->wc[ca] & (NG_QW_STOPWORD | NG_QW_AUX)) || tok_eq(q, ca, "of") ? LOW(ca, w) : 0;
                int prep = n && TOK_IN(q, ca, preps);
                if (prep && !strcmp(w, "about") && ca + 1 < hi &&
                    (q->tk[ca + 1].kind == NG_TOK_NUMBER || tok_eq(q, ca + 1, "half") ||
                     tok_eq(q, ca + 1, "a") || is_cap(q, ca + 1)))
                    prep = 0; /* "said about half of …": a share, no phrase to skip */
                if (prep && !strcmp(w, "at") && ca + 1 < hi && (tok_eq(q, ca + 1, "least") || tok_eq(q, ca + 1, "most")))
                    prep = 0; /* "reported at least six …" */
                if (prep && !(flags & NG_CUE_URGE)) {
                    /* "said in an interview on Monday, the plan …": past the phrase */
                    size_t k = ca + 1;
                    int coord = 0;
                    while (k < hi && k - ca < 14 && !is_punct(q, k, ",") && !tok_eq(q, k, "that") &&
                           !(coord = (tok_eq(q, k, "and") || tok_eq(q, k, "but")) && k + 1 < hi &&
                                     cue_at(q, k + 1) && (cue_at(q, k + 1)->flags & NG_CUE_SPEECH)))
                        k++;
                    /* "Berg thought for a moment and said that …": the
                     * clause belongs to the coordinated cue */
                    if (coord)
                        continue;
                    if (k >= hi || k - ca >= 14) {
                        /* "complained about the tone of …", "wrote of living …",
                         * "has commented on proposed rules": a verb of speech
                         * in a past or -ed form or after an auxiliary, a
                         * preposition its lemma takes (speech_prep) and no
                         * comma after the phrase, which is then its object
                         * (fit +6/+9 right/predicted sources; any verb of
                         * speech and "reports on", "remarks about" as nouns
                         * were right one time in three) */
                        if (!(flags & NG_CUE_SPEECH) || !speech_prep(q, lemma, ca) || ca + 1 >= hi ||
                            !is_word(q, ca + 1) || (q->wc[ca + 1] & NG_QW_AUX) ||
                            !(ends_ed(q, i) || past_form(q, i) || (i > lo && (q->wc[i - 1] & NG_QW_AUX))))
                            continue;
                        q->cur_flags = flags | NG_CUE_OBJ;
                        cue.e = (uint32_t)ca + 1; /* (the cue "complained about", as PolNeAR draws it) */
                        ca++;
                        /* the object ends before "and"/"but" and a subject
                         * pronoun or an auxiliary ("boast of record numbers
                         * and are speeding up …") */
                        for (size_t c = ca + 1; c + 1 < hi && !obj_end; c++)
                            if ((tok_eq(q, c, "and") || tok_eq(q, c, "but")) &&
                                ((q->wc[c + 1] & NG_QW_AUX) || he_she_they_we(q, c + 1) || tok_eq(q, c + 1, "i")))
                                obj_end = c;
                    } else {
                        if (tok_eq(q, k, "that"))
                            that = 1;
                        if (!that && k + 1 < hi &&
                            (tok_eq(q, k + 1, "but") || tok_eq(q, k + 1, "and") || tok_eq(q, k + 1, "or"))) {
                            /* "insisting on excluding Ukraine, but also …": the
                             * phrase is the object of the cue, not an adverbial */
                            if (!(tok_eq(q, ca, "on") || tok_eq(q, ca, "about") || tok_eq(q, ca, "of") ||
                                  tok_eq(q, ca, "against")))
                                continue;
                            ca++;
                            q->cur_flags = flags | NG_CUE_OBJ;
                        } else {
                            ca = k + 1;
                        }
                    }
                }
            }
            /* a verb of finding ("The survey shows …", "records reveal …") */
            int finds = lemma_in(lemma, evidence, NG_ARRAY_LEN(evidence));
            /* belief and finding verbs without "that" need a clause: a
             * pronoun, determiner or name, then at least four words (for a
             * belief, three after a pronoun and an auxiliary: "I think it is
             * fair") */
            int clause = ca < hi && is_word(q, ca) &&
                         (is_cap(q, ca) || word_in(q, ca, ng__q_is_pronoun) ||
                          word_in(q, ca, ng__q_is_determiner)) &&
                         (!tok_eq(q, ca, "it") ||
                          (ca + 1 < hi && (word_in(q, ca + 1, ng__q_is_aux) || tok_eq(q, ca + 1, "'s") ||
                                           tok_eq(q, ca + 1, "\xE2\x80\x99s")))) &&
                         (words_at_least(q, ca, hi, 4) ||
                          (!finds && word_in(q, ca, ng__q_is_pronoun) && ca + 1 < hi &&
                           (word_in(q, ca + 1, ng__q_is_aux) || tok_eq(q, ca + 1, "'s") ||
                            tok_eq(q, ca + 1, "\xE2\x80\x99s")) &&
                           words_at_least(q, ca, hi, is_poss(q, ca + 1) ? 2 : 3)));
            if (!clause && ca < hi && is_lower_word(q, ca) && !word_in(q, ca, ng__q_is_stopword) &&
                !word_in(q, ca, ng__q_is_aux) && words_at_least(q, ca, hi, 4)) {
                /* "believe superdelegates should choose …": a subject, then a
                 * finite auxiliary within four words */
                static const char fin[][8] = {"is", "are", "was", "were", "will", "would", "can",
                                              "could", "should", "has", "have", "had", "must",
                                              "may", "might", "does", "did", "do"};
                for (size_t k = ca + 1; k < hi && k - ca <= 4 && !clause; k++) {
                    if (!is_word(q, k) && !is_poss(q, k))
                        break;
                    clause = TOK_IN(q, k, fin);
                }
            }
            /* "Ted Cruz apparently thinks so, too.", "never thought so.": a
             * belief's "so" that ends its clause is the whole of it (fit: 3
             * of 3 such outside quotations are gold attributions) */
            if (!clause && !that && ca == after && ca < hi && tok_eq(q, ca, "so") &&
                (ca + 1 == hi || is_terminal(q, ca + 1) || is_punct(q, ca + 1, ",")))
                clause = 1;
            /* "the plan, which he believes will fail", "what scientists think
             * is necessary", "Vance, whom many believed was …": the reported
             * clause's subject is the relative word before the cue's own
             * subject; the clause after the cue, to the relative clause's end */
            static const char rel_wh[][8] = {"which", "that", "who", "whom", "what"};
            static const char *const bridge[] = {"allege", "argue", "assume", "believe", "claim", "contend",
                                                 "estimate", "expect", "fear", "feel", "hope", "insist",
                                                 "know", "predict", "say", "suggest", "suspect", "think",
                                                 "warn", "write"};
            size_t moved = 0;
            if (!clause && !that && ca == after && ca + 2 < hi && sp.e > sp.s && sp.e == i && sp.s > lo &&
                lemma_in(lemma, bridge, NG_ARRAY_LEN(bridge)) && is_lower_word(q, ca) &&
                finite_aux(q, ca) && is_lower_word(q, sp.s - 1) && TOK_IN(q, sp.s - 1, rel_wh)) {
                moved = hi;
                for (size_t c = ca + 1; c < hi; c++)
                    if (is_punct(q, c, ",") || is_dash(q, c) || is_punct(q, c, ";") || is_punct(q, c, ":")) {
                        moved = c;
                        break;
                    }
                clause = 1;
            }
            if (!clause && !that && finds && sp.e > sp.s && ca < hi && is_word(q, ca) &&
                words_at_least(q, ca, hi, 3)) {
                /* "The survey shows only a small gender gap", "records show
                 * …": a poll, study or record shows, finds or reveals its
                 * object */
                if (evidence_noun(q, sp.e - 1))
                    clause = 1, q->cur_flags = flags | NG_CUE_OBJ;
            }
            if ((flags & NG_CUE_NOSUBJ) && !that)
                continue;
            if (clause && !that && noun_object(q, lemma, ca, hi, sp))
                continue;
            if (!that && added_quantity(q, lemma, ca, hi))
                continue;
            if ((flags & NG_CUE_THAT) && !that && !clause)
                continue;
            if (!(flags & (NG_CUE_SPEECH | NG_CUE_OBJ | NG_CUE_THAT | NG_CUE_URGE)) && !that)
                continue;
            if (ca >= hi || is_terminal(q, ca))
                continue;
            if (!that && !(flags & (NG_CUE_URGE | NG_CUE_OBJ))) {
                /* a reported clause, not a short object ("announced new sanctions.") */
                if (!(is_word(q, ca) || q->tk[ca].kind == NG_TOK_QUOTE ||
                      (q->tk[ca].kind == NG_TOK_NUMBER && (flags & NG_CUE_SPEECH))))
                    continue; /* ("says 34 people died …" is a clause) */
                if (!words_at_least(q, ca, hi, 3) &&
                    !(word_in(q, ca, ng__q_is_pronoun) && words_at_least(q, ca, hi, 2)) &&
                    !(answer_at(q, ca) && (ca + 1 == hi || is_terminal(q, ca + 1))))
                    continue; /* (but an answer that ends the sentence: "Hewlett said yes.") */
            }
            size_t cb = hi;
            if (sp.e > sp.s && sp.s > lo && !tok_eq(q, sp.s - 1, "and") && !tok_eq(q, sp.s - 1, "but") &&
                !tok_eq(q, sp.s - 1, "so") && !tok_eq(q, sp.s - 1, "yet") && clause_opener(q, sp.s - 1)) {
                /* "When Berg said that the port was closed, the mayor …": the
                 * subordinate clause ends at its comma */
                for (size_t c = ca + 1; c < hi; c++)
                    if (is_punct(q, c, ",")) {
                        cb = c;
                        break;
                    }
            }
            if (moved) {
                cb = moved;
                /* ("what scientists think is necessary: …": a predicate of two
                 * words is the whole of the moved clause) */
                if (!words_at_least(q, ca, cb, 3))
                    q->cur_flags |= NG_CUE_OBJ;
            }
            if (obj_end)
                cb = obj_end;
            cb = which_end(q, who, ca, cb);
            if ((rc = emit_claim(HOW(q, moved ? 30 : 24), ca, cb, cue, lemma, who.e > who.s ? who : sp, head, 0)) != 0)
                return rc;
            if (q->emitted)
                last_sp = sp, last_head = head;
            count_which(q, who);
        }
        drop_lone_which(q, lo, hi, nq0, na0);
    }
    return 0;
}

/* The subject of a tagger's cue c outside the lexicon that is a finite
 * verb coordinated after "and"/"but" with no comma before ("Hillary Clinton
 * went on national television and chastised Snyder for …", "she criticized
 * Singer and challenged …"): the subject of the verb before it
 * (coord_subject); a past form only (not "… and was trying to ask", "and
 * is thought to be": mostly no source in PolNeAR).  *sp empty: none. */
static void coord_cue_subject(const qctx *q, size_t c, size_t lo, tspan *sp)
{
    size_t end = skip_aux_back(q, c, lo);
    if (end < lo + 3 || !(tok_eq(q, end - 1, "and") || tok_eq(q, end - 1, "but")) || is_punct(q, end - 2, ",") ||
        !is_lower_word(q, c) || !(ends_ed(q, c) || past_form(q, c)) || (q->wc[c] & NG_QW_AUX))
        return;
    coord_subject(q, end - 1, lo, sp, 0);
    if (sp->e > sp->s &&
        (passive_cue(q, c, end) || (sp->e + 1 < end && be_form(q, sp->e) && ends_ed(q, sp->e + 1))))
        sp->s = sp->e = 0; /* (a passive: "The police were alerted and summoned to …") */
}

/* The subject of a clause whose cue has no source (the tagger's items, a
 * direct quotation's cue with no speaker): [*s, *e) the source tokens, or
 * empty.  Only for a lexicon cue c in -ing that follows neither a comma nor
 * a noun ("Berg began by saying", "spent the day attacking", "before
 * saying"), or an infinitive ("Berg went on to say", "was prompted to
 * say"): the clause's subject, as participles after a comma take it
 * (clause_subject), or before "went/goes on to" the phrase before it (its
 * clause's subject after "and"/"but": "Berg joked …, but went on to say");
 * a finite cue after "and"/"but" with no comma before takes its clause's
 * subject too ("Berg thought for a moment and said: “…”").  A
 * phrase that ends in a function word, a weekday, an adverb in -ly or a bare
 * determiner is no source.  On PolNeAR fit the subjects found so were right
 * about one time in two; the participles after a comma or a noun and the
 * finite cues, right one time in four to eight, stay null. */
Q_RARE static void cue_subject(const qctx *q, size_t c, size_t lo, tspan *sp)
{
    sp->s = sp->e = 0;
    if (c <= lo + 1 || c >= q->nt || !cue_at(q, c))
        return;
    int ing = ends_ing(q, c);
    size_t end = skip_aux_back(q, c, lo);
    if (ing && end == c && c > lo + 2 && is_lower_word(q, c) && with_subject(q, c, lo, sp))
        return; /* "…, with one of her ads asking, “…”" (the phrase as it stands) */
    static const char says[][8] = {"said", "says", "say", "read", "reads", "claimed", "claims", "stated",
                                   "states", "declared", "declares", "warned", "warns", "asked", "asks"};
    if (!ing && end == c && c > lo + 1 && TOK_IN(q, c, says) && tok_eq(q, c - 1, "that") && is_lower_word(q, c - 1) &&
        is_lower_word(q, c - 2) && !(q->wc[c - 2] & (NG_QW_STOPWORD | NG_QW_AUX | NG_QW_PRONOUN)) &&
        !cue_at(q, c - 2) && !ends_ed(q, c - 2) && !ends_ing(q, c - 2)) {
        /* a thing's words in a relative clause with a verb of saying
         * ("water bottles that said, “…”", "a message that said, “…”"):
         * "that", PolNeAR's way (not "a chip that responds to …") */
        sp->s = (uint32_t)c - 1, sp->e = (uint32_t)c;
        return;
    }
    if (ing && c > lo + 3 && document_sender(q, c, lo, sp)) {
        /* "Berg released a statement saying: “…”": the subject that put it out */
    } else if (ing && c > lo + 3 && verb_subject(q, c, lo, 1, sp)) {
        /* "Berg emailed supporters saying: “…”" */
    } else if (!ing && tok_eq(q, c - 1, "to")) {
        if (c > lo + 3 && tok_eq(q, c - 2, "on") &&
            (tok_eq(q, c - 3, "went") || tok_eq(q, c - 3, "goes") || tok_eq(q, c - 3, "go"))) {
            size_t v = skip_aux_back(q, c - 3, lo);
            np_before(q, v, lo, sp, 0);
            extend_left(q, sp, lo);
            if (sp->e <= sp->s && v > lo + 1 && (tok_eq(q, v - 1, "and") || tok_eq(q, v - 1, "but")))
                clause_subject(q, lo, v - 1, sp); /* "Berg joked …, but went on to say" */
        } else {
            /* the subject of the verb before "to" ("that Mr. Vance was
             * prompted to say"), else the clause's */
            if (c > lo + 2 && is_lower_word(q, c - 2) && !(q->wc[c - 2] & NG_QW_STOPWORD) && ends_ed(q, c - 2)) {
                np_before(q, skip_aux_back(q, c - 2, lo), lo, sp, 0);
                if (sp->e > sp->s && !(sp->s > lo && tok_eq(q, sp->s - 1, "that")))
                    extend_left(q, sp, lo);
            }
            if (sp->e <= sp->s)
                clause_subject(q, lo, c - 1, sp);
        }
    } else if (!ing && end > lo + 1 && (tok_eq(q, end - 1, "and") || tok_eq(q, end - 1, "but")) &&
               !is_punct(q, end - 2, ",")) {
        clause_subject(q, lo, end - 1, sp); /* "Berg thought for a moment and said: “…”" */
    } else if (ing && end > lo && !is_punct(q, end - 1, ",") &&
               !(is_word(q, end - 1) && !(q->wc[end - 1] & (NG_QW_STOPWORD | NG_QW_AUX | NG_QW_PRONOUN)) &&
                 !(is_lower_word(q, end - 1) &&
                   (ends_ed(q, end - 1) || ends_ing(q, end - 1) || cue_at(q, end - 1)))))
        clause_subject(q, lo, end, sp);
    if (sp->e <= sp->s || sp->e > c)
        sp->s = sp->e = 0;
    else if ((q->wc[sp->e - 1] & (NG_QW_STOPWORD | NG_QW_AUX | NG_QW_WEEKDAY)) || n_ly(q, sp->e - 1) ||
             ((q->wc[sp->e - 1] & NG_QW_DETERMINER) && !(q->wc[sp->e - 1] & NG_QW_PRONOUN)) ||
             (is_lower_word(q, sp->s) && !(q->wc[sp->s] & (NG_QW_DETERMINER | NG_QW_PRONOUN))) ||
             (scls(q, sp->s) & NG_QS_PREP) || is_poss(q, sp->e - 1))
        sp->s = sp->e = 0; /* ("Then", "doing", "In Tony Blair's", "that's") */
    else if (sp->e == sp->s + 1 && !(q->wc[sp->s] & NG_QW_PRONOUN)) {
        /* one word: a pronoun or the name of a person, organisation or
         * place ("Elsewhere", "Irish": no source) */
        uint8_t type = NG_ENT_NONE;
        int32_t ent = mention_entity_in(q->d, bstart(q, sp->s), bend(q, sp->s), &type);
        if (ent >= 0)
            type = q->d->entities.v[ent].type;
        if (type == NG_ENT_NONE || type == NG_ENT_MISC)
            sp->s = sp->e = 0;
    }
}

/* The first token that starts at or after byte `at` (q->nt: none). */
static size_t first_tok_from(const qctx *q, uint32_t at)
{
    size_t a = 0, b = q->nt;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (q->tk[mid].start < at)
            a = mid + 1;
        else
            b = mid;
    }
    return a;
}

/* A direct quotation whose cue has no speaker takes its cue's clause
 * subject (cue_subject): "He went on to say: “…”".  A binary search a
 * quotation. */
static void direct_cue_subject(qctx *q)
{
    ng_doc *d = q->d;
    for (size_t i = 0; i < d->quotes.n; i++) {
        ng_quote *qu = &d->quotes.v[i];
        if (!qu->direct || qu->cue_end <= qu->cue_start || qu->speaker_end > qu->speaker_start)
            continue;
        size_t a = first_tok_from(q, qu->cue_start); /* the cue's first token */
        if (a >= q->nt || q->tk[a].start != qu->cue_start || q->tk[a].sent >= d->sents.n)
            continue;
        tspan sp;
        cue_subject(q, a, q->sfirst[q->tk[a].sent], &sp);
        if (sp.e <= sp.s)
            continue;
        uint32_t bs = q->tk[sp.s].start, be = q->tk[sp.e - 1].end;
        if (bs < qu->end && qu->start < be)
            continue; /* (inside the quotation) */
        qu->speaker_start = bs, qu->speaker_end = be;
        qu->speaker = resolve(q, sp);
    }
}

/* The token after "Y as saying" (or "as telling") that opens at token y0,
 * Y at most 12 tokens before e; NONE when there is none.  *as: the "as". */
static size_t as_saying(const qctx *q, size_t y0, size_t e, size_t *as)
{
    for (size_t t = y0 + 1; t < e && t + 1 < q->nt && t < y0 + 12; t++)
        if (tok_eq(q, t, "as") && (tok_eq(q, t + 1, "saying") || tok_eq(q, t + 1, "telling"))) {
            *as = t;
            return t + 2;
        }
    return NONE;
}

/* "X quoted Y as saying Z" ("quotes", "quoting"; "as telling"): Y said Z --
 * a quotation of Y's with cue "saying": Z as reported speech, the quotation
 * that opens at Z, or, with nothing after "saying", the quotation that
 * closes right before X ("“…,” Reuters quoted an official as saying.") --
 * and X's item claims "Y as saying Z" (as PolNeAR draws it), or that
 * quotation.  Y is at most 12 tokens; a few binary searches an item. */
static int quoted_as_saying(qctx *q)
{
    ng_doc *d = q->d;
    size_t na = d->attributions.n, nq = d->quotes.n; /* (not the items added here) */
    for (int l = 0; l < 2; l++) {
        size_t n = l ? na : nq;
        for (size_t i = 0; i < n; i++) {
            uint32_t cs, ce, us, ue, ss;
            if (l) {
                const ng_attribution *at = &d->attributions.v[i];
                cs = at->start, ce = at->end, us = at->cue_start, ue = at->cue_end, ss = at->source_start;
            } else {
                const ng_quote *qu = &d->quotes.v[i];
                if (qu->direct)
                    continue;
                cs = qu->start, ce = qu->end, us = qu->cue_start, ue = qu->cue_end, ss = qu->speaker_start;
            }
            size_t u = ue > us ? first_tok_from(q, us) : q->nt;
            if (u >= q->nt || q->tk[u].start != us ||
                !(tok_eq(q, u, "quoted") || tok_eq(q, u, "quotes") || tok_eq(q, u, "quoting")))
                continue;
            size_t a = first_tok_from(q, cs), e = first_tok_from(q, ce), as;
            size_t z = as_saying(q, a, e + 1, &as);
            if (z == NONE)
                continue;
            tspan y = {(uint32_t)a, (uint32_t)as}, cue = {(uint32_t)as + 1, (uint32_t)as + 2};
            if (z < q->nt && (tok_eq(q, z, "that") || is_punct(q, z, ":") || is_punct(q, z, ",")))
                z++;
            int opens = z < q->nt && q->tk[z].kind == NG_TOK_QUOTE && (q->tk[z].flags & NG_TF_OPEN);
            if (z < e && !opens && short_tail(q, z, e))
                z = e; /* "… as saying in a statement.": nothing said after it */
            int32_t ent = resolve(q, y);
            uint32_t zs = 0, ze = 0; /* the content of both items */
            long direct = -1;        /* the quotation Y said, when one */
            if (z < e && !opens) {
                zs = q->tk[z].start, ze = ce;
            } else {
                /* the quotation that opens at z, or that closes before X */
                for (size_t k = 0; k < d->quotes.n && direct < 0; k++) {
                    const ng_quote *qu = &d->quotes.v[k];
                    if (!qu->direct || (opens ? 0 : qu->speaker_end > qu->speaker_start))
                        continue;
                    if (opens ? qu->start >= q->tk[z].end && qu->start <= q->tk[z].end + 3
                              : qu->end <= ss && ss - qu->end <= 8)
                        direct = (long)k;
                }
                if (direct < 0)
                    continue;
                zs = d->quotes.v[direct].start, ze = d->quotes.v[direct].end;
            }
            /* X's claim: "Y as saying Z" (as PolNeAR draws it), or the
             * quotation before X */
            int after = z < e || opens;
            uint32_t xs = after ? cs : zs, xe = after && ce > ze ? ce : ze;
            if (l) {
                d->attributions.v[i].start = xs, d->attributions.v[i].end = xe;
            } else {
                /* X's item is an attribution whoever X is (a reporter) */
                ng_quote *xq = &d->quotes.v[i];
                tspan x = {(uint32_t)first_tok_from(q, xq->speaker_start), 0}, xcue = {(uint32_t)u, (uint32_t)u + 1};
                x.e = xq->speaker_end > xq->speaker_start ? (uint32_t)first_tok_from(q, xq->speaker_end) : x.s;
                int32_t xent = xq->speaker;
                xq->end = xq->start; /* (dropped below) */
                q->cur_flags = NG_CUE_SPEECH;
                int rc = push_attr(HOW(q, 27), first_tok_from(q, xs), first_tok_from(q, xe), x, xent, xcue);
                if (rc)
                    return rc;
            }
            if (direct >= 0) {
                ng_quote *qu = &d->quotes.v[direct];
                qu->speaker_start = q->tk[y.s].start, qu->speaker_end = q->tk[y.e - 1].end;
                qu->speaker = ent;
                qu->cue_start = q->tk[cue.s].start, qu->cue_end = q->tk[cue.s].end;
                qu->cue_lemma = "say";
                continue;
            }
            q->cur_flags = NG_CUE_SPEECH;
            int rc = push_quote(HOW(q, 27), zs, ze, 0, cue, "say", y, ent);
            if (rc)
                return rc;
        }
    }
    return 0;
}

/* A direct quotation with neither cue nor speaker inside a sentence that
 * ends with its teller takes them ("… “who worked so hard” for the victory,
 * Berg said."; "… “…” that she can win, said Ann Berg, a pollster."; “…”
 * before discussing specifics, he said.; ''…,'' like the recent volatility of
 * markets, said Ann Berg.): the first cue of speech after its closing mark
 * in the sentence, before any other quotation and not used by another item
 * (cues of other kinds in between are passed over: "discussing", "decided"),
 * with a subject after a comma and only a short tail after the cue, or after
 * ", said" a phrase that ends the clause.  A quotation that ends in a comma
 * inside its marks needs a phrase of its own between its closing mark and
 * that comma (tail_phrase).  A binary search and at most 40 tokens a
 * quotation. */
static size_t closing_mark(const qctx *q, uint32_t end, size_t from);

/* Between the closing mark a (of a quotation that ends in a comma inside
 * its marks) and the comma at c before its teller, a phrase that goes on
 * with the sentence: at least three words, the first in lower case, the last
 * not capitalised ("like the recent volatility of markets,").  Not the
 * speaker's own phrase cut at its comma: “…,” the bespectacled, 71-year-old
 * diplomat said; “…,” shop owner Ann Berg, told AP; “…,” Berg, president of
 * Harbour Analysis, Inc said. */
static int tail_phrase(const qctx *q, size_t a, size_t c)
{
    return c > a + 1 && is_lower_word(q, a + 1) && !is_cap(q, c - 1) && count_words(q, a + 1, c) >= 3;
}

static void teller_at_end(qctx *q)
{
    ng_doc *d = q->d;
    for (size_t i = 0; i < d->quotes.n; i++) {
        ng_quote *qu = &d->quotes.v[i];
        if (!qu->direct || qu->cue_end > qu->cue_start || qu->speaker_end > qu->speaker_start)
            continue;
        size_t a = first_tok_from(q, qu->end);
        int comma = a + 1 < q->nt && is_punct(q, a, ",") && q->tk[a + 1].kind == NG_TOK_QUOTE;
        if (comma)
            a = closing_mark(q, qu->end, a); /* (past the comma inside the marks) */
        if (a >= q->nt || q->tk[a].kind != NG_TOK_QUOTE || q->tk[a].sent >= d->sents.n)
            continue;
        size_t hi = q->slast[q->tk[a].sent];
        tspan sp = {0, 0};
        const ng_cue *cu = NULL;
        size_t k = a + 1;
        for (; k < hi && k - a < 40; k++) {
            if (q->tk[k].kind == NG_TOK_QUOTE || (q->mark[k] & QM_INQ) || (q->tk[k].flags & NG_TF_PARA))
                break;
            if (!(cu = cue_at(q, k)))
                continue;
            if (!(cu->flags & NG_CUE_SPEECH))
                continue; /* "before discussing specifics, he said" */
            if (q->mark[k] & QM_CUE)
                break;
            size_t end = skip_aux_back(q, k, a + 1);
            np_before(q, end, a + 1, &sp, 0);
            if (sp.e > sp.s) {
                /* "…, Berg said." */
                extend_left(q, &sp, a + 1);
                if (!(sp.s > a + 1 && (is_punct(q, sp.s - 1, ",") || is_dash(q, sp.s - 1))) ||
                    !(k + 1 < hi && short_tail(q, k + 1, hi)) || (comma && !tail_phrase(q, a, sp.s - 1)))
                    sp.s = sp.e = 0;
            } else if (end > a + 1 && is_punct(q, end - 1, ",")) {
                /* "…, said Ann Berg, a pollster." */
                np_after(q, k + 1, hi, &sp);
                if (sp.e > sp.s)
                    extend_appos(q, &sp, hi);
                if (sp.e > sp.s && !(sp.e < hi && short_tail(q, sp.e, hi)))
                    sp.s = sp.e = 0;
                else if (comma && !tail_phrase(q, a, end - 1))
                    sp.s = sp.e = 0;
            }
            break;
        }
        if (sp.e <= sp.s)
            continue;
        qu->cue_start = q->tk[k].start, qu->cue_end = q->tk[k].end;
        qu->cue_lemma = cu->lemma;
        qu->speaker_start = q->tk[sp.s].start, qu->speaker_end = q->tk[sp.e - 1].end;
        qu->speaker = resolve(q, sp);
        q->mark[k] |= QM_CUE;
        q->spk_at[k] = sp; /* (a quotation after it follows it: follow_last_cue) */
    }
}

/* The closing mark of the quotation that ends at byte end (its last mark
 * when two glued marks close it, '' as one), looking at most 400 tokens
 * past token from. */
static size_t closing_mark(const qctx *q, uint32_t end, size_t from)
{
    size_t c = first_tok_from(q, end);
    while (c < q->nt && c - from < 400 && q->tk[c].kind != NG_TOK_QUOTE)
        c++;
    while (c + 1 < q->nt && q->tk[c + 1].kind == NG_TOK_QUOTE && !(q->tk[c + 1].flags & NG_TF_SPACE))
        c++;
    return c;
}

/* Does a cue word follow the closing mark c in its sentence, within 10
 * tokens ("“…,” the document states", "“…” to the town, Berg believes")? */
static int own_cue_tail(const qctx *q, size_t c)
{
    for (size_t k = c + 1; k < q->nt && k - c <= 10 && q->tk[k].sent == q->tk[c].sent; k++) {
        if (is_terminal(q, k) || q->tk[k].kind == NG_TOK_QUOTE)
            return 0;
        if (cue_at(q, k))
            return 1;
    }
    return 0;
}

/* A direct quotation with no cue of its own after another item's cue
 * (pass_direct's follow list) takes the speaker of the last cue before it
 * that has one, now that pass_reported has found them ("…," Berg said.
 * Vance said he disagreed. "…": Vance); none when that cue has no speaker.
 * Each list entry reads only the tokens between the cue it found and its
 * quotation, which do not overlap those of the next, so this is linear.
 * Run again (again 1) after teller_at_end, for the quotations still with
 * neither cue nor speaker that have no cue of their own after them. */
static void follow_last_cue(qctx *q, int again)
{
    for (size_t f = 0; f < q->follow.n; f++) {
        const follow *fw = &q->follow.v[f];
        ng_quote *qu = &q->d->quotes.v[fw->quote];
        if (again) {
            /* after teller_at_end, the quotations still without a speaker
             * whose sentence ends with them (not "“…” to the town, Berg
             * believes.") */
            if (qu->speaker_end > qu->speaker_start || qu->cue_end > qu->cue_start)
                continue;
            if (own_cue_tail(q, closing_mark(q, qu->end, fw->open)))
                continue;
        }
        for (size_t k = fw->open; k-- > fw->lo;) {
            if (!(q->mark[k] & QM_CUE) || (q->mark[k] & QM_INQ))
                continue;
            tspan sp = q->spk_at[k];
            if (sp.e > sp.s) {
                qu->speaker = resolve(q, sp);
                qu->speaker_start = bstart(q, sp.s), qu->speaker_end = bend(q, sp.e - 1);
            }
            break;
        }
    }
}

/* A direct quotation with neither cue nor speaker that opens a sentence
 * right after one that ends with a cue and its speaker, in the same
 * paragraph, continues that speech ("…" before the storm, Berg said. "…";
 * "… to the town, said Ann Berg. “…”"): it takes that cue and speaker.  The
 * cue is the last one used by an item with a speaker among the previous
 * sentence's last 12 tokens, a verb of speech with only a short tail after
 * it; the quotation has no cue of its own after it (own_cue_tail).  Else,
 * in the same or the next paragraph, it goes on with the reported speech of
 * the sentence before ("Mr Cartagena said the industry expects …" /
 * "“With these investments, …”"): the first cue of that sentence (in its
 * first 40 tokens), a verb of speech whose subject before it resolves to a
 * person; the speaker only.  A binary search and a few dozen tokens a
 * quotation. */
static void follow_sentence_cue(qctx *q)
{
    ng_doc *d = q->d;
    for (size_t i = 0; i < d->quotes.n; i++) {
        ng_quote *qu = &d->quotes.v[i];
        if (!qu->direct || qu->cue_end > qu->cue_start || qu->speaker_end > qu->speaker_start)
            continue;
        size_t o = first_tok_from(q, qu->start);
        if (o == 0 || o >= q->nt)
            continue;
        o--; /* the opening mark */
        uint32_t si = q->tk[o].sent;
        if (q->tk[o].kind != NG_TOK_QUOTE || si == 0 || si >= d->sents.n || q->sfirst[si] != o)
            continue;
        size_t c = closing_mark(q, qu->end, o);
        if (own_cue_tail(q, c))
            continue; /* (“…,” the document states: its own attribution) */
        size_t plo = q->sfirst[si - 1], phi = q->slast[si - 1];
        size_t k = NONE;
        for (size_t t = phi; t-- > plo && phi - t <= 12;) {
            if (q->tk[t].kind == NG_TOK_QUOTE && !(q->tk[t].flags & NG_TF_CLOSE))
                break;
            if ((q->mark[t] & QM_CUE) && !(q->mark[t] & QM_INQ)) {
                k = t;
                break;
            }
        }
        const ng_cue *cu = k != NONE && q->spk_at[k].e > q->spk_at[k].s ? cue_at(q, k) : NULL;
        if (cu && (cu->flags & NG_CUE_SPEECH) && !(q->tk[o].flags & NG_TF_PARA) &&
            short_tail(q, q->spk_at[k].e > k ? q->spk_at[k].e : k + 1, phi)) {
            tspan sp = q->spk_at[k];
            qu->cue_start = q->tk[k].start, qu->cue_end = q->tk[k].end;
            qu->cue_lemma = cu->lemma;
            qu->speaker_start = q->tk[sp.s].start, qu->speaker_end = q->tk[sp.e - 1].end;
            qu->speaker = resolve(q, sp);
            continue;
        }
        /* "Mr Cartagena said the industry expects …" and then, in the same
         * or the next paragraph, "“With these investments, …”": the
         * quotation goes on with the reported speech of the sentence before
         * it (its first cue of speech, its subject a person); no cue of its
         * own, as a quotation continued after its cue keeps none */
        if (c + 1 < q->nt && is_word(q, c + 1) && !(q->tk[c + 1].flags & (NG_TF_SENT | NG_TF_PARA)))
            continue; /* ("“…,” is the dry assessment of …": its sentence goes on to say whose) */
        for (k = plo; k < phi && k - plo <= 40; k++)
            if ((q->mark[k] & QM_CUE) && !(q->mark[k] & QM_INQ))
                break;
        if (k >= phi || k - plo > 40 || q->spk_at[k].e <= q->spk_at[k].s || q->spk_at[k].e > k)
            continue;
        cu = cue_at(q, k);
        if (!cu || !(cu->flags & NG_CUE_SPEECH))
            continue;
        tspan sp = q->spk_at[k];
        int32_t ent = resolve(q, sp);
        if (ent < 0 || d->entities.v[ent].type != NG_ENT_PER)
            continue;
        qu->speaker_start = q->tk[sp.s].start, qu->speaker_end = q->tk[sp.e - 1].end;
        qu->speaker = ent;
    }
}

#define QC_SCRATCH 24576

int ng__annot_quotes(const ng_engine *e, ng_doc *d)
{
    if (!d->tokens.n || !d->sents.n)
        return 0;
    qctx q;
    memset(&q, 0, sizeof q);
    dl_memo dl;
    memset(&dl, 0xFF, sizeof dl);
    q.dl = &dl;
    q.e = e;
    q.d = d;
    q.tk = d->tokens.v;
    q.nt = d->tokens.n;
    q.cues = ng__q_cue_table();
    /* The per-token tables that die with this call (marks, sentence starts,
     * speakers, clause stops, quotation counts) are carved from a
     * thread's own buffer when they fit (documents of up to about 1,300
     * tokens): the same cache lines for every document, where the
     * document's arena gives fresh memory each time, a write miss per line
     * (doc/RESULTS.md, "The annotators' cost", speed5 of stop 24; on the
     * stack, the callees' frames 24 KB deeper missed more at one document
     * at a time).  Larger documents take them from the arena as before.
     * (This function does not call itself.) */
    static _Thread_local _Alignas(16) unsigned char scratch[QC_SCRATCH];
    size_t o_sfirst = NG_ALIGN_UP(q.nt + QC_SLACK, 16);
    size_t o_spk = o_sfirst + NG_ALIGN_UP(d->sents.n * sizeof *q.sfirst, 16);
    size_t o_stops = o_spk + NG_ALIGN_UP(q.nt * sizeof *q.spk_at, 16);
    size_t o_inq = o_stops + NG_ALIGN_UP(q.nt * sizeof(uint32_t), 16);
    size_t need = o_inq + NG_ALIGN_UP((q.nt + 1) * sizeof *q.inq, 16);
    unsigned char *buf = ng__scratch(&d->arena, scratch, sizeof scratch, need);
    if (!buf)
        return NG_ENOMEM;
    q.mark = buf; /* (QC_SLACK more: skip_plain's last loads) */
    memset(q.mark, 0, q.nt + QC_SLACK);
    q.sfirst = (uint32_t *)(void *)(buf + o_sfirst);
    memset(q.sfirst, 0, d->sents.n * sizeof *q.sfirst);
    q.spk_at = (tspan *)(void *)(buf + o_spk); /* (mark_cue clears what is read) */
    uint32_t *stops = (uint32_t *)(void *)(buf + o_stops);
    uint32_t *inq = (uint32_t *)(void *)(buf + o_inq);     /* (q.inq after pass_direct) */
    q.wc = ng__arena_alloc(&d->arena, (q.nt + QC_SLACK) * sizeof *q.wc);
    q.cue = ng__arena_alloc(&d->arena, q.nt * sizeof *q.cue);
    if (!q.wc || !q.cue)
        return NG_ENOMEM;
    memset(q.wc + q.nt, 0, QC_SLACK * sizeof *q.wc);
    /* one lexicon lookup per word: its classes in any case, its cue entry
     * when it starts with a lower-case letter (as cue_at() wants) */
    uint8_t *fcls = NULL, *fgate = NULL;
    int32_t *fval = NULL;
    if (!d->figcls) {
        /* the figures classes come with the same lookups (for amounts, times) */
        fcls = ng__arena_alloc(&d->arena, q.nt);
        fval = ng__arena_alloc(&d->arena, q.nt * sizeof *fval);
        fgate = ng__arena_alloc(&d->arena, q.nt + NG_FG_PAD);
        if (!fcls || !fval || !fgate)
            return NG_ENOMEM;
    }
    d->qwc = q.wc, d->qcue = q.cue;
    if (ng__q_fold_tokens(d->text, q.tk, q.nt, q.wc, q.cue, fcls, fval, fgate)) {
        d->figcls = fcls;
        d->figval = fval;
        d->figgate = fgate;
    }
    /* the sentences' token ranges: their ends from the document's table,
     * their starts a run at a time (a sentence's tokens are contiguous:
     * text/sentrun.h) */
    if (ng__sent_ends(d) != 0)
        return NG_ENOMEM;
    q.slast = d->sent_end;
    for (size_t i = 0; i < q.nt; i = q.slast[q.tk[i].sent])
        if (q.tk[i].sent < d->sents.n)
            q.sfirst[q.tk[i].sent] = (uint32_t)i;
    /* one pass over the punctuation and quote marks (most tokens are
     * neither: with SSE2 four tokens' kinds are tested at once): the
     * clause stops, in text order, and the quote marks that open (for the
     * style below) */
    size_t ns = 0;
    q.first_quote = q.nt;
    size_t ndq = 0, nsq = 0;
    for (size_t i0 = 0; i0 < q.nt;) {
        unsigned m; /* bit k: token i0 + k is punctuation or a quote mark */
        size_t step = 1;
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
        if (i0 + 4 <= q.nt) {
            step = 4;
            _Static_assert(sizeof(ng_token) == 16 && offsetof(ng_token, kind) == 8,
                           "ng__annot_quotes reads a token's kind in its third 32-bit word");
            const __m128i *t4 = (const __m128i *)(const void *)(q.tk + i0);
            __m128i kf = _mm_unpacklo_epi64(_mm_unpackhi_epi32(_mm_loadu_si128(t4), _mm_loadu_si128(t4 + 1)),
                                            _mm_unpackhi_epi32(_mm_loadu_si128(t4 + 2), _mm_loadu_si128(t4 + 3)));
            __m128i kind = _mm_and_si128(kf, _mm_set1_epi32(0xFFFF));
            __m128i hit = _mm_or_si128(_mm_cmpeq_epi32(kind, _mm_set1_epi32(NG_TOK_PUNCT)),
                                       _mm_cmpeq_epi32(kind, _mm_set1_epi32(NG_TOK_QUOTE)));
            m = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(hit));
        } else
#endif
        {
            unsigned k = q.tk[i0].kind;
            m = k == NG_TOK_PUNCT || k == NG_TOK_QUOTE;
        }
        for (; m; m &= m - 1) {
            size_t i = i0 + (size_t)__builtin_ctz(m);
            const ng_token *t = &q.tk[i];
            if (t->kind == NG_TOK_QUOTE) {
                /* British style when single marks open capitalised quotations
                 * more often than double marks open anything */
                if (q.first_quote == q.nt)
                    q.first_quote = i;
                if (t->flags & NG_TF_OPEN) {
                    ndq += is_dquote(&q, i);
                    nsq += is_squote(&q, i) && i + 1 < q.nt && is_cap(&q, i + 1);
                }
                continue;
            }
            char c = q.d->text[t->start];
            if (c == ',' && t->end - t->start == 1 && i + 1 < q.nt) {
                /* ", according to", ", as reported by", ", and he", ", saying"
                 * (the token after a comma; ",” according to": after the
                 * quote mark that closes around the comma) */
                size_t j = i + 1;
                if (q.tk[j].kind == NG_TOK_QUOTE && (q.tk[j].flags & NG_TF_CLOSE) && j + 2 < q.nt &&
                    tok_eq(&q, j + 1, "according") && tok_eq(&q, j + 2, "to"))
                    j++;
                if ((j + 1 < q.nt && ((tok_eq(&q, j, "according") && tok_eq(&q, j + 1, "to")) ||
                                      as_reported_by(&q, j, q.nt) ||
                                      ((tok_eq(&q, j, "and") || tok_eq(&q, j, "but")) && he_she_they_we(&q, j + 1)))) ||
                    (is_lower_word(&q, j) && ends_ing(&q, j) && !cue_at(&q, j) && !tok_eq(&q, j, "including")))
                    stops[ns++] = (uint32_t)j;
            } else if (c == ';' && is_punct(&q, i, ";") && !(q.mark[i] & QM_INQ))
                stops[ns++] = (uint32_t)i; /* ";" */
        }
        i0 += step;
    }
    q.single = nsq > ndq;
    q.stops = stops;
    q.nstops = ns;
    int rc = pass_direct(&q);
    if (rc)
        return rc;
    q.ndirect = d->quotes.n;
    q.inq = inq;
    /* (no token before the first quote mark is inside a quotation) */
    memset(q.inq, 0, (q.first_quote + 1) * sizeof *q.inq);
    for (size_t i = q.first_quote; i < q.nt; i++)
        q.inq[i + 1] = q.inq[i] + ((q.mark[i] & QM_INQ) != 0);
    rc = pass_reported(&q);
    if (rc)
        return rc;
    follow_last_cue(&q, 0);
    teller_at_end(&q);
    follow_last_cue(&q, 1);
    follow_sentence_cue(&q);
    direct_cue_subject(&q);
    if ((rc = quoted_as_saying(&q)) != 0)
        return rc;
    /* items emptied by a later clause are dropped */
    size_t k = 0;
    for (size_t i = 0; i < d->quotes.n; i++)
        if (d->quotes.v[i].end > d->quotes.v[i].start)
            d->quotes.v[k++] = d->quotes.v[i];
    d->quotes.n = k;
    k = 0;
    for (size_t i = 0; i < d->attributions.n; i++)
        if (d->attributions.v[i].end > d->attributions.v[i].start)
            d->attributions.v[k++] = d->attributions.v[i];
    d->attributions.n = k;
    return ng__q_sort(d);
}

/* (quotes.h.  A document's few items come nearly sorted -- in text order,
 * the tagger's appended --, so insertion sorts them in about one pass;
 * more are merge-sorted bottom-up through a buffer from the arena.  Both
 * are stable, and libc's qsort is not used: it is cold after the entity
 * tagger, and glibc from 2.37 no longer keeps equal starts in order.) */
static inline uint32_t start_at(const unsigned char *p)
{
    uint32_t s;
    memcpy(&s, p, sizeof s);
    return s;
}

int ng__q_sort_by_start(ng_arena *ar, void *v, size_t n, size_t size)
{
    unsigned char *a = v, tmp[sizeof(ng_quote) > sizeof(ng_attribution) ? sizeof(ng_quote) : sizeof(ng_attribution)];
    if (n > 32 || size > sizeof tmp) {
        unsigned char *buf = ng__arena_alloc(ar, n * size), *src = a, *dst = buf;
        if (!buf)
            return NG_ENOMEM;
        for (size_t w = 1; w < n; w *= 2) {
            for (size_t lo = 0; lo < n; lo += 2 * w) {
                size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
                size_t i = lo, j = mid, k = lo;
                while (i < mid && j < hi) /* the left run first on equal starts */
                    if (start_at(src + j * size) < start_at(src + i * size))
                        memcpy(dst + k++ * size, src + j++ * size, size);
                    else
                        memcpy(dst + k++ * size, src + i++ * size, size);
                memcpy(dst + k * size, src + i * size, (mid - i) * size);
                k += mid - i;
                memcpy(dst + k * size, src + j * size, (hi - j) * size);
            }
            unsigned char *t = src;
            src = dst, dst = t;
        }
        if (src != a)
            memcpy(a, src, n * size);
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        uint32_t si = start_at(a + i * size), sj = start_at(a + (i - 1) * size);
        if (sj <= si)
            continue;
        memcpy(tmp, a + i * size, size);
        size_t j = i;
        do {
            memcpy(a + j * size, a + (j - 1) * size, size);
            j--;
            if (j)
                sj = start_at(a + (j - 1) * size);
        } while (j && sj > si);
        memcpy(a + j * size, tmp, size);
    }
    return 0;
}

int ng__q_sort(ng_doc *d)
{
    _Static_assert(offsetof(ng_quote, start) == 0 && offsetof(ng_attribution, start) == 0,
                   "ng__q_sort_by_start reads the start first");
    int rc = 0;
    if (d->quotes.n > 1)
        rc = ng__q_sort_by_start(&d->arena, d->quotes.v, d->quotes.n, sizeof *d->quotes.v);
    if (!rc && d->attributions.n > 1)
        rc = ng__q_sort_by_start(&d->arena, d->attributions.v, d->attributions.n, sizeof *d->attributions.v);
    return rc;
}

/* ---- record writers ---- */

/* Entity ids are "E" followed by the entity's 1-based index in
 * doc->entities, as the entities writer numbers them. */
static void json_entity(ng_buf *b, const ng_doc *d, int32_t ent)
{
    if (ent < 0 || (size_t)ent >= d->entities.n)
        ng__buf_puts(b, "null");
    else
        ng__buf_printf(b, "\"E%ld\"", (long)ent + 1);
}

static void json_span(const ng_doc *d, ng_buf *b, bool *first, const char *text_key,
                      const char *start_key, const char *end_key, uint32_t s, uint32_t e)
{
    if (text_key) {
        ng__json_key(b, text_key, first);
        if (e > s)
            ng__json_span_text(d, b, s, e);
        else
            ng__buf_puts(b, "null");
    }
    ng__json_key(b, start_key, first);
    if (e > s)
        ng__buf_printf(b, "%u", s);
    else
        ng__buf_puts(b, "null");
    ng__json_key(b, end_key, first);
    if (e > s)
        ng__buf_printf(b, "%u", e);
    else
        ng__buf_puts(b, "null");
}

/* "method": which part made the item (how 0 is the learned tagger's). */
static void json_method(ng_buf *b, bool *first, uint8_t how)
{
    ng__json_key(b, "method", first);
    ng__buf_puts(b, how ? "\"rules\"" : "\"tagger\"");
}

void ng__json_quotes(const ng_doc *d, ng_buf *b)
{
    ng__buf_putc(b, '[');
    for (size_t i = 0; i < d->quotes.n; i++) {
        const ng_quote *qu = &d->quotes.v[i];
        bool first = true;
        ng__buf_puts(b, i ? ",{" : "{");
        ng__json_key(b, "text", &first);
        ng__json_span_text(d, b, qu->start, qu->end);
        ng__json_key(b, "start", &first);
        ng__buf_printf(b, "%u", qu->start);
        ng__json_key(b, "end", &first);
        ng__buf_printf(b, "%u", qu->end);
        ng__json_key(b, "direct", &first);
        ng__buf_puts(b, qu->direct ? "true" : "false");
        ng__json_key(b, "kind", &first);
        ng__buf_puts(b, qu->stance ? "\"stance\"" : "\"speech\"");
        ng__json_key(b, "negated", &first);
        ng__buf_puts(b, qu->negated ? "true" : "false");
        json_span(d, b, &first, "cue", "cue_start", "cue_end", qu->cue_start, qu->cue_end);
        ng__json_key(b, "cue_lemma", &first);
        ng__json_cstr(b, qu->cue_end > qu->cue_start ? qu->cue_lemma : NULL);
        ng__json_key(b, "speaker", &first);
        json_entity(b, d, qu->speaker);
        json_span(d, b, &first, "speaker_text", "speaker_start", "speaker_end", qu->speaker_start,
                  qu->speaker_end);
        json_method(b, &first, qu->how);
        ng__buf_putc(b, '}');
    }
    ng__buf_putc(b, ']');
}

void ng__json_attributions(const ng_doc *d, ng_buf *b)
{
    ng__buf_putc(b, '[');
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *at = &d->attributions.v[i];
        bool first = true;
        ng__buf_puts(b, i ? ",{" : "{");
        ng__json_key(b, "text", &first);
        ng__json_span_text(d, b, at->start, at->end);
        ng__json_key(b, "start", &first);
        ng__buf_printf(b, "%u", at->start);
        ng__json_key(b, "end", &first);
        ng__buf_printf(b, "%u", at->end);
        ng__json_key(b, "kind", &first);
        ng__buf_puts(b, at->stance ? "\"stance\"" : "\"speech\"");
        json_span(d, b, &first, "source", "source_start", "source_end", at->source_start,
                  at->source_end);
        ng__json_key(b, "source_entity", &first);
        json_entity(b, d, at->source_entity);
        json_span(d, b, &first, "cue", "cue_start", "cue_end", at->cue_start, at->cue_end);
        json_method(b, &first, at->how);
        ng__buf_putc(b, '}');
    }
    ng__buf_putc(b, ']');
}

/* ---- speaker resolution for the learned tagger (qtag.c) ---- */

int32_t ng__q_mention_entity(const ng_doc *d, uint32_t bs, uint32_t be, uint8_t *type)
{
    return mention_entity_in(d, bs, be, type);
}

int32_t ng__q_roleref_entity(const ng_doc *d, uint32_t bs, uint32_t be) { return roleref_entity_in(d, bs, be); }

int32_t ng__q_pronoun_entity(const ng_doc *d, uint32_t bs, int gender) { return pronoun_entity(d, bs, gender, 0, 0); }

/* Is the cue at token c a passive ("was announced", "is seen as", "had
 * been told"): a form of "be" between the subject's end e and the cue's
 * participle (at c, or after a "be" at c)? */
static int passive_cue(const qctx *q, size_t c, size_t e)
{
    static const char be[][8] = {"was", "were", "is", "are", "been", "being", "be", "am"};
    size_t v = c;
    /* the cue span may open with the auxiliary: "was announced" (the forms
     * of "be" start with a, b, i or w: most cues are read once) */
    while (v < q->nt && v - c < 3 && is_lower_word(q, v) &&
           ((strchr("abiw", ttext(q, v)[0]) && TOK_IN(q, v, be)) || n_ly(q, v)))
        v++;
    /* (an adjective of feeling keeps its subject: "are concerned about") */
    static const char feel[][16] = {
                                    "concerned", "worried", "pleased", "shocked", "alarmed", "impressed", "thrilled", "determined",
                                    "undecided", "engaged", "disappointed", "frustrated", "satisfied", "convinced", "divided",
                                    "surprised", "interested", "committed", "opposed", "troubled", "excited", "encouraged", "dismayed",
                                    "angered", "outraged", "unconvinced", "unimpressed", "resigned", "prepared", "inclined", "united",
                                    "measured", "annoyed", "delighted", "relieved", "irritated", "scared", "terrified", "puzzled",
                                    "confused", "skeptical", "split", "agreed", "entitled", "obsessed", "fixated", "focused", "dedicated"};
    if (v >= q->nt || !is_lower_word(q, v) ||
        !(ends_ed(q, v) || tok_eq(q, v, "told") || tok_eq(q, v, "seen") || tok_eq(q, v, "known") ||
          tok_eq(q, v, "shown") || tok_eq(q, v, "given")))
        return 0;
    int pass = 0;
    if (v > c)
        pass = TOK_IN(q, v - 1, be) || (v - 1 > c && TOK_IN(q, v - 2, be));
    else
        for (size_t k = c; k-- > e && c - k <= 3 && !pass;)
            pass = is_lower_word(q, k) && TOK_IN(q, k, be);
    return pass && !TOK_IN(q, v, feel); /* (the longer list last) */
}

/* The context the tagger's hooks below read: the document's tokens and the
 * word classes and cue entries the rules left on it (nothing is written). */
static qctx read_ctx(const ng_doc *d)
{
    qctx q;
    memset(&q, 0, sizeof q);
    q.d = (ng_doc *)d; /* (read only here) */
    q.tk = d->tokens.v;
    q.nt = d->tokens.n;
    q.wc = d->qwc;
    q.cue = d->qcue;
    q.cues = ng__q_cue_table();
    return q;
}

void ng__q_tidy_source(const ng_doc *d, size_t c, size_t lo, size_t *s, size_t *e)
{
    if (!d->qwc || !d->qcue || c >= d->tokens.n || c <= lo || *e <= *s || *e > c || *s < lo)
        return;
    qctx q = read_ctx(d);
    tspan sp = {(uint32_t)*s, (uint32_t)*e};
    size_t cend = skip_aux_back(&q, c, lo);
    if (sp.e + 2 < cend && is_punct(&q, sp.e, ",") && is_punct(&q, cend - 1, ",")) {
        /* "Mr. Vance, the Florida senator, anticipated …": the name with its
         * apposition, as the rules draw it before a cue of speech */
        tspan ap, head;
        appositive(&q, cend - 1, lo, &ap, &head);
        if (ap.e > ap.s && ap.s == sp.s && ap.e >= sp.e)
            sp = ap;
    }
    if (passive_cue(&q, c, sp.e)) {
        *s = *e = 0; /* "Berg was asked about …", "is seen as": the subject is no source */
        return;
    }
    if (sp.e == skip_aux_back(&q, c, lo)) {
        /* the subject right before the cue, to the start of its phrase:
         * "Mr. Vance and Ann Berg have argued", "a confident-seeming Berg";
         * not over a clause or a preposition ("People forget that Berg", "At
         * the moment Berg", "The vote led Berg") */
        tspan s0 = sp;
        extend_left(&q, &sp, lo);
        int ok = !(scls(&q, sp.s) & (NG_QS_PREP | NG_QS_LEAD)) &&
                 !((q.wc[sp.s] & NG_QW_STOPWORD) && !(q.wc[sp.s] & NG_QW_DETERMINER));
        for (size_t k = sp.s; ok && k < s0.s; k++)
            ok = !tok_eq(&q, k, "that") && !cue_at(&q, k) &&
                 !(is_lower_word(&q, k) && (ends_ed(&q, k) || tok_eq(&q, k, "led")));
        if (!ok)
            sp = s0;
    }
    /* a phrase that ends in its relative pronoun ("a museum that promotes",
     * "some Democrats who have …") is that pronoun, as the rules draw it */
    if (sp.e > sp.s + 1 && (tok_eq(&q, sp.e - 1, "who") || tok_eq(&q, sp.e - 1, "whose") ||
                            tok_eq(&q, sp.e - 1, "that") || tok_eq(&q, sp.e - 1, "which")))
        sp.s = sp.e - 1;
    if (sp.e == sp.s + 2 && tok_eq(&q, sp.s, "let") && (tok_eq(&q, sp.s + 1, "me") || tok_eq(&q, sp.s + 1, "us")))
        sp.s++; /* "Let me just say …": the speaker is "me" */
    static const char keep[][8] = {"who", "whose", "which", "whom", "him", "them", "me", "us"};
    if (sp.e == sp.s + 1 && is_lower_word(&q, sp.s) && (q.wc[sp.s] & (NG_QW_STOPWORD | NG_QW_AUX)) &&
        !(q.wc[sp.s] & (NG_QW_PRONOUN | NG_QW_DETERMINER)) && !TOK_IN(&q, sp.s, keep))
        sp.s = sp.e = 0; /* "when", "will", "whether": no source */
    *s = sp.s, *e = sp.e;
}

/* A finite cue of the tagger's right after a subject pronoun, past the
 * auxiliaries and adverbs between ("he spoke briefly of", "he took credit
 * for", "we may not know"): the pronoun is the source.  Not before a form of
 * "be" other than a progressive's ("he was suspected of", "she is shown":
 * the pronoun is the passive's patient), nor for a participle cue (cue_subject's
 * work).  On PolNeAR fit +4 right of +9 sources. */
static void pronoun_subject(const qctx *q, size_t c, size_t lo, tspan *sp)
{
    size_t v = skip_aux_back(q, c, lo);
    if (v <= lo || ends_ing(q, c) || !(he_she_they_we(q, v - 1) || tok_eq(q, v - 1, "i")))
        return;
    for (size_t k = v; k <= c + 1 && k < q->nt; k++)
        if (be_form(q, k) && !(k + 1 < q->nt && ends_ing(q, k + 1)))
            return;
    sp->s = (uint32_t)v - 1, sp->e = (uint32_t)v;
}

void ng__q_cue_subject(const ng_doc *d, size_t c, size_t lo, size_t *s, size_t *e)
{
    *s = *e = 0;
    if (!d->qwc || !d->qcue || c >= d->tokens.n || c <= lo)
        return;
    qctx q = read_ctx(d);
    tspan sp;
    if (c + 1 < d->tokens.n && tok_eq(&q, c, "to") && cue_at(&q, c + 1))
        c++; /* a tagged cue "to say": the verb after "to" */
    cue_subject(&q, c, lo, &sp);
    if (sp.e <= sp.s && c > lo + 1 && !cue_at(&q, c))
        coord_cue_subject(&q, c, lo, &sp);
    if (sp.e <= sp.s)
        pronoun_subject(&q, c, lo, &sp);
    *s = sp.s, *e = sp.e;
}
