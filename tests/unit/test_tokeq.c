/*
 * test_tokeq.c -- NG_TOK_EQ (src/annot/tokeq.h), the one-test comparison of
 * a token with a literal of 1-8 bytes, gives the byte loop's answer: for
 * literal words, punctuation and a capital, against the word as written,
 * capitalised, in capitals, cut short, made longer, with one byte changed
 * (also to the bytes around 'A'..'Z' and 'a'..'z', and UTF-8 bytes), and
 * pseudo-random strings, each followed in the buffer by other text.  And
 * ng__tok_in, a token against a list of words in rows of 8, 16 or other
 * widths, gives the byte loop's answer over the list's words (words that
 * fill their row, without a NUL, among them).
 */
#include "annot/tokeq.h"
#include "test.h"

#include <stdint.h>

#define MAXTOK 16384

static char toks[MAXTOK][24];
static size_t ntoks;

static void add(const char *s, size_t n)
{
    if (ntoks >= MAXTOK || n > 18)
        return;
    memcpy(toks[ntoks], s, n);
    toks[ntoks][n] = 0;
    ntoks++;
}

/* the variants of word w */
static void variants(const char *w)
{
    static const unsigned char odd[] = {'@', '[', '`', '{', 'A' - 1, 'Z' + 1, 0xC3, 0x80, 0xE2, '-', '.', ' '};
    size_t n = strlen(w);
    char b[32]; /* (the longest word, 17 bytes, and one more) */
    add(w, n);
    for (size_t k = 0; k <= n && k < 12; k++) {
        memcpy(b, w, n);
        for (size_t j = 0; j < n; j++)
            b[j] = (char)(j < k && b[j] >= 'a' && b[j] <= 'z' ? b[j] - 32 : b[j]);
        add(b, n);    /* the first k letters capitalised */
        add(w, k);    /* cut short */
        memcpy(b, w, n);
        b[n] = 's';
        add(b, n + 1); /* longer */
        b[n] = ',';
        add(b, n + 1);
        if (k < n)
            for (size_t o = 0; o < sizeof odd; o++) {
                memcpy(b, w, n);
                b[k] = (char)odd[o];
                add(b, n);
                b[k] = (char)(w[k] ^ 0x20);
                add(b, n);
                b[k] = (char)(w[k] | 0x80);
                add(b, n);
            }
    }
}

/* CHECK_LIT(s): the byte loop's and NG_TOK_EQ's answers agree for every
 * token, each followed by other bytes (what follows a token in a text), and
 * some token is s; s a literal, so that NG_TOK_EQ takes its one-test path */
#define CHECK_LIT(s)                                                                  \
    do {                                                                              \
        char buf_[64];                                                                \
        int bad_ = 0, hits_ = 0;                                                      \
        for (size_t k_ = 0; k_ < ntoks; k_++) {                                       \
            size_t n_ = strlen(toks[k_]);                                             \
            memset(buf_, 0, sizeof buf_);                                             \
            memcpy(buf_, toks[k_], n_);                                               \
            memcpy(buf_ + n_, "Said to,X", 9);                                        \
            int want_ = ng__tok_eq_bytes(buf_, n_, s);                                \
            bad_ += want_ != NG_TOK_EQ(buf_, n_, s);                                  \
            hits_ += want_;                                                           \
        }                                                                             \
        CHECK_EQ_INT(bad_, 0);                                                        \
        CHECK(hits_ > 0 || strcmp(s, "US") == 0);                                     \
    } while (0)

/* CHECK_LIST(l, w): ng__tok_in over the list l of rows of w bytes and the
 * byte loop over its words agree for every token, and some token is in it */
#define CHECK_LIST(l, w)                                                              \
    do {                                                                              \
        char buf_[64], row_[24];                                                      \
        int bad_ = 0, hits_ = 0;                                                      \
        for (size_t k_ = 0; k_ < ntoks; k_++) {                                       \
            size_t n_ = strlen(toks[k_]);                                             \
            memset(buf_, 0, sizeof buf_);                                             \
            memcpy(buf_, toks[k_], n_);                                               \
            memcpy(buf_ + n_, "Said to,X", 9);                                        \
            int want_ = 0;                                                            \
            for (size_t j_ = 0; j_ < sizeof(l) / (w); j_++) {                         \
                memcpy(row_, (const char *)(l) + j_ * (w), (w));                      \
                row_[(w)] = 0;                                                        \
                want_ |= ng__tok_eq_bytes(buf_, n_, row_);                            \
            }                                                                         \
            bad_ += want_ != ng__tok_in(buf_, n_, (const char *)(l), (w), sizeof(l) / (w)); \
            hits_ += want_;                                                           \
        }                                                                             \
        CHECK_EQ_INT(bad_, 0);                                                        \
        CHECK(hits_ > 0);                                                             \
    } while (0)

int main(void)
{
    static const char *const words[] = {"said", "to", ",", "'s", "a", "according", "u.s.", "--",
                                        "s&p", "mr.", "percent", "pct", "abcdefgh", "zz", "@",
                                        "us", "told", "tolda", "mid-year", "x", "abcdefghijklmnop",
                                        "abcdefghijklmnopq"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        variants(words[k]);
    uint32_t r = 12345;
    static const char alpha[] = "saidtoSAIDTO,.'-@[`{Zz\xc3\x80";
    for (int k = 0; k < 1500; k++) {
        char b[16];
        r = r * 1103515245u + 12345u;
        size_t n = 1 + (r >> 16) % 9;
        for (size_t j = 0; j < n; j++) {
            r = r * 1103515245u + 12345u;
            b[j] = alpha[(r >> 16) % (sizeof alpha - 1)];
        }
        add(b, n);
    }
    CHECK(ntoks > 1000 && ntoks < MAXTOK);
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !defined(NG_NO_SIMD)
    /* (the one-test path is the one tested: literals of 1-8 bytes only) */
    CHECK(NG_TOK_LIT("said") && NG_TOK_LIT(",") && NG_TOK_LIT("abcdefgh") && !NG_TOK_LIT("according"));
#endif
    CHECK_LIT("said");
    CHECK_LIT("to");
    CHECK_LIT(",");
    CHECK_LIT("'s");
    CHECK_LIT("a");
    CHECK_LIT("according");
    CHECK_LIT("u.s.");
    CHECK_LIT("--");
    CHECK_LIT("s&p");
    CHECK_LIT("mr.");
    CHECK_LIT("percent");
    CHECK_LIT("pct");
    CHECK_LIT("abcdefgh");
    CHECK_LIT("zz");
    CHECK_LIT("@");
    CHECK_LIT("US"); /* (a capital in the word: nothing matches) */
    CHECK_LIT("told");
    CHECK_LIT("mid-year");
    CHECK_LIT("x");
    static const char list8[][8] = {"said", "to", ",", "'s", "abcdefgh", "us", "mid-year", "x", "US"};
    static const char list16[][16] = {"according", "told", "percent", "abcdefghijklmnop", "u.s.", "zz", "s&p"};
    static const char list5[][5] = {"pct", "mr.", "tolda", "@"};
    CHECK_LIST(list8, 8);
    CHECK_LIST(list16, 16);
    CHECK_LIST(list5, 5);
    /* NG_TOK_LIST gives a list's rows and count (the token's buffer padded
     * as a text is) */
    char t[32] = "Abcdefghijklmnopq mid-year";
    CHECK(ng__tok_in(t + 18, 8, NG_TOK_LIST(list8)) && ng__tok_in(t, 16, NG_TOK_LIST(list16)));
    CHECK(!ng__tok_in(t, 17, NG_TOK_LIST(list16)) && !ng__tok_in(t + 18, 3, NG_TOK_LIST(list8)));
    TEST_MAIN_END();
}
