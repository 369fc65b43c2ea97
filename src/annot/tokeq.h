/*
 * tokeq.h -- is a token a given lower-case word, for the annotators' rules.
 *
 * The rules compare tokens with hundreds of literal words ("said", "to",
 * ","), ASCII capitals folded.  A byte loop's exits are as hard to predict as
 * the words; for a literal of 1-8 bytes NG_TOK_EQ instead reads the token's
 * first 8 bytes at once and compares them with two constants the compiler
 * folds from the literal, in one test.  Both give the same answer for every
 * token of a normalised text (no NUL in it, NG_TEXT_PAD readable bytes after
 * its end); tests/unit/test_tokeq.c checks it.
 */
#ifndef NG_ANNOT_TOKEQ_H
#define NG_ANNOT_TOKEQ_H

#include "doc.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Are the n bytes t the first n bytes of s, ASCII capitals of t folded? */
static inline int ng__tok_fold_eq(const char *t, size_t n, const char *s)
{
    for (size_t k = 0; k < n; k++) {
        char c = t[k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != s[k])
            return 0;
    }
    return 1;
}

/* Are the n bytes t the lower-case word s, ASCII capitals of t folded?
 * No strlen: the first differing byte ends the comparison. */
static inline int ng__tok_eq_bytes(const char *t, size_t n, const char *s)
{
    return ng__tok_fold_eq(t, n, s) && s[n] == 0;
}

/* Is token i of d the lower-case word w, ignoring the token's case?  i must
 * be a valid token index. */
static inline int ng__tok_eq_lower(const ng_doc *d, size_t i, const char *w)
{
    return ng__tok_eq_bytes(d->text + d->tokens.v[i].start, d->tokens.v[i].end - d->tokens.v[i].start, w);
}

#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !defined(NG_NO_SIMD)
/* ng__tok_eq_bytes(t, n, s) for a word s of m bytes, 1 <= m <= 8, given as
 * its bytes v (little-endian, zero past m) and lc, 0x20 in the bytes where s
 * has an ASCII letter.  A byte with 0x20 set equals a lower-case letter of s
 * exactly when it is that letter or its capital (what the loop's folding
 * accepts; a capital in s matches nothing either way); other bytes must be
 * equal; without a NUL in t, equal bytes and lengths are what the loop
 * finds.  t must have 8 readable bytes (NG_TEXT_PAD after the text). */
_Static_assert(NG_TEXT_PAD >= 7, "ng__tok_eq_word's 8-byte loads need NG_TEXT_PAD >= 7");
static inline int ng__tok_eq_word(const char *t, size_t n, uint64_t v, uint64_t lc, size_t m)
{
    uint64_t x;
    memcpy(&x, t, 8);
    return (n == m) & (((x | lc) & (~(uint64_t)0 >> (64 - 8 * m))) == v);
}

/* The constants of ng__tok_eq_word for a literal s (NG_TOK_LIT(s) says
 * whether s is one, of 1-8 bytes: then they fold to immediates) */
#define NG_TOK_LEN_(s) __builtin_strlen(s)
#define NG_TOK_LIT(s) (__builtin_constant_p(NG_TOK_LEN_(s)) && NG_TOK_LEN_(s) - 1 < 8)
#define NG_TOK_B_(s, k) ((k) < NG_TOK_LEN_(s) ? (uint64_t)(unsigned char)(s)[k] << 8 * (k) : 0)
#define NG_TOK_L_(s, k)                                                                         \
    ((k) < NG_TOK_LEN_(s) && (unsigned)((unsigned char)((s)[k] | 0x20) - 'a') < 26u ? (uint64_t)0x20 << 8 * (k) \
                                                                                   : 0)
#define NG_TOK_V(s)                                                                             \
    (NG_TOK_B_(s, 0) | NG_TOK_B_(s, 1) | NG_TOK_B_(s, 2) | NG_TOK_B_(s, 3) | NG_TOK_B_(s, 4) | \
     NG_TOK_B_(s, 5) | NG_TOK_B_(s, 6) | NG_TOK_B_(s, 7))
#define NG_TOK_LC(s)                                                                            \
    (NG_TOK_L_(s, 0) | NG_TOK_L_(s, 1) | NG_TOK_L_(s, 2) | NG_TOK_L_(s, 3) | NG_TOK_L_(s, 4) | \
     NG_TOK_L_(s, 5) | NG_TOK_L_(s, 6) | NG_TOK_L_(s, 7))

/* Are the n bytes t the lower-case word s (as ng__tok_eq_bytes)? */
#define NG_TOK_EQ(t, n, s)                                                                      \
    (NG_TOK_LIT(s) ? ng__tok_eq_word((t), (n), NG_TOK_V(s), NG_TOK_LC(s), NG_TOK_LEN_(s))       \
                   : ng__tok_eq_bytes((t), (n), (s)))
#else
#define NG_TOK_LIT(s) 0
#define NG_TOK_EQ(t, n, s) ng__tok_eq_bytes((t), (n), (s))
#endif

/* Word lists for ng__tok_in: `static const char l[][8]` (words of up to 8
 * bytes) or `[][16]`, lower case.  The words of a list lie side by side, a
 * line or a few of them, where a list of pointers would send each test to a
 * string of its own, wherever the compiler put it: after the entity tagger
 * those are cache misses, one a word (the rules' lists are tested at most
 * of the cue words).  A word that fills its row has no NUL; the length of
 * the token decides. */

/* Is the token t of n bytes one of the k words of the list l of rows of w
 * bytes (compared as ng__tok_eq_bytes does)?  Rows of 8 and 16 bytes are
 * read as words: the token folded once, a row compared in one or two tests.
 * t must have 16 readable bytes (NG_TEXT_PAD after the text).  (Out of line
 * in tokeq.c: one copy for the rules' hundred calls.) */
int ng__tok_in(const char *t, size_t n, const char *l, size_t w, size_t k);
/* The last three arguments of ng__tok_in for a list l: `static const char
 * l[][8]` or `[][16]` (a list of pointers does not compile) */
#define NG_TOK_LIST(l)                                                                                         \
    _Generic(&(l)[0], const char(*)[8]: (const char *)(l), const char(*)[16]: (const char *)(l)), sizeof(l)[0], \
            NG_ARRAY_LEN(l)

/* Is token i of d, before lim, the lower-case word w[0..n)?  The length is
 * compared first, inline. */
static inline int ng__tok_is_n(const ng_doc *d, size_t i, size_t lim, const char *w, size_t n)
{
    return i < lim && d->tokens.v[i].end - d->tokens.v[i].start == n && ng__tok_eq_lower(d, i, w);
}
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !defined(NG_NO_SIMD)
/* ng__tok_is_n() for a literal of 1-8 bytes given as the constants above:
 * one test where the byte loop's exits are as hard to predict as the words */
static inline int ng__tok_is_v(const ng_doc *d, size_t i, size_t lim, uint64_t v, uint64_t lc, size_t n)
{
    return i < lim && ng__tok_eq_word(d->text + d->tokens.v[i].start, d->tokens.v[i].end - d->tokens.v[i].start, v,
                                      lc, n);
}
/* Is token i of d, before lim, the string literal w (amounts' and times'
 * word tests)? */
#define NG_TOK_IS(d, i, lim, w)                                                                 \
    (NG_TOK_LIT("" w) ? ng__tok_is_v((d), (i), (lim), NG_TOK_V(w), NG_TOK_LC(w), NG_TOK_LEN_(w)) \
                      : ng__tok_is_n((d), (i), (lim), "" w, sizeof(w) - 1))
#else
#define NG_TOK_IS(d, i, lim, w) ng__tok_is_n((d), (i), (lim), "" w, sizeof(w) - 1)
#endif

#endif
