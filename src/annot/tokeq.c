/*
 * tokeq.c -- is a token one of the words of a list (tokeq.h), for the
 * annotators' rules.
 */
#include "tokeq.h"

#include <stdint.h>
#include <string.h>

#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !defined(NG_NO_SIMD)
#define TOKEQ_WORDS 1
_Static_assert(NG_TEXT_PAD >= 15, "ng__tok_in's 16-byte reads need NG_TEXT_PAD >= 15");

/* The 8 bytes of x with the ASCII capitals lower-cased (bytes from 0x80
 * kept): a byte's bit 7, after 0x3F is added to its low seven bits, says
 * >= 'A'; after 0x25 is added, > 'Z'. */
static inline uint64_t fold8(uint64_t x)
{
    const uint64_t h = 0x8080808080808080ull;
    uint64_t lo = x & ~h;
    uint64_t up = (lo + 0x3F3F3F3F3F3F3F3Full) & ~(lo + 0x2525252525252525ull) & ~x & h;
    return x | up >> 2;
}
#endif

/* Is the word s of a row of w bytes (zero-padded, or w bytes long) the n
 * bytes t, ASCII capitals of t folded?  (the loop of ng__tok_eq_bytes) */
static int tok_eq_row(const char *t, size_t n, const char *s, size_t w)
{
    return n && n <= w && ng__tok_fold_eq(t, n, s) && (n == w || s[n] == 0);
}

int ng__tok_in(const char *t, size_t n, const char *l, size_t w, size_t k)
{
    if (n == 0 || n > w)
        return 0;
#ifdef TOKEQ_WORDS
    if (w == 8 || w == 16) {
        /* the token's bytes, folded, zero after its end: a token has no NUL,
         * so a row matches exactly when its word has the token's length */
        uint64_t x0, x1 = 0;
        memcpy(&x0, t, 8);
        x0 = fold8(x0);
        if (n < 8)
            x0 &= ~(uint64_t)0 >> (64 - 8 * n);
        else if (n > 8) {
            memcpy(&x1, t + 8, 8);
            x1 = fold8(x1) & (~(uint64_t)0 >> (128 - 8 * n));
        }
        if (w == 8) {
            for (size_t j = 0; j < k; j++, l += 8) {
                uint64_t v;
                memcpy(&v, l, 8);
                if (v == x0)
                    return 1;
            }
            return 0;
        }
        for (size_t j = 0; j < k; j++, l += 16) {
            uint64_t v0, v1;
            memcpy(&v0, l, 8);
            memcpy(&v1, l + 8, 8);
            if (((v0 ^ x0) | (v1 ^ x1)) == 0)
                return 1;
        }
        return 0;
    }
#endif
    for (size_t j = 0; j < k; j++, l += w)
        if (tok_eq_row(t, n, l, w))
            return 1;
    return 0;
}
