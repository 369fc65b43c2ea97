/*
 * test_util.c -- the utilities: JSON string escaping and numbers, UTF-8
 * decoding, the arena and its vectors.
 */
#include "test.h"
#include "util/util.h"

#include <math.h>

static const char *num(double v)
{
    static char out[64];
    ng_buf b;
    ng__buf_init(&b);
    ng__json_num(&b, v);
    snprintf(out, sizeof out, "%s", b.p ? b.p : "");
    ng__buf_free(&b);
    return out;
}

static const char *str(const char *s, size_t n)
{
    static char out[256];
    ng_buf b;
    ng__buf_init(&b);
    ng__json_str(&b, s, n);
    snprintf(out, sizeof out, "%s", b.p ? b.p : "");
    ng__buf_free(&b);
    return out;
}

int main(void)
{
    CHECK_EQ_STR(num(5), "5");
    CHECK_EQ_STR(num(-3), "-3");
    CHECK_EQ_STR(num(3.5e10), "35000000000");
    CHECK_EQ_STR(num(0.1), "0.1");
    CHECK_EQ_STR(num(1e20), "1e+20");
    CHECK_EQ_STR(num(9.3e18), "9.3e+18");
    CHECK_EQ_STR(num(-1e300), "-1e+300");
    CHECK_EQ_STR(num(NAN), "null");
    CHECK_EQ_STR(num(INFINITY), "null");

    CHECK_EQ_STR(str("a\"b\\c\n\t\x01", 8), "\"a\\\"b\\\\c\\n\\t\\u0001\"");
    CHECK_EQ_STR(str("caf\xc3\xa9", 5), "\"caf\xc3\xa9\"");
    CHECK_EQ_STR(str("bad\xff!", 5), "\"bad\xef\xbf\xbd!\"");
    CHECK_EQ_STR(str("\xe2\x80\xa8", 3), "\"\\u2028\"");
    CHECK_EQ_STR(str("a\0b", 3), "\"a\\u0000b\"");

    uint32_t cp;
    CHECK_EQ_INT(ng__utf8_decode((const unsigned char *)"\xe2\x82\xac", 3, &cp), 3);
    CHECK_EQ_INT(cp, 0x20AC);
    CHECK_EQ_INT(ng__utf8_decode((const unsigned char *)"\xc0\xaf", 2, &cp), 0);     /* overlong */
    CHECK_EQ_INT(ng__utf8_decode((const unsigned char *)"\xed\xa0\x80", 3, &cp), 0); /* surrogate */
    CHECK_EQ_INT(ng__utf8_decode((const unsigned char *)"\xf4\x90\x80\x80", 4, &cp), 0);
    CHECK_EQ_INT(ng__utf8_decode((const unsigned char *)"\xe2\x82", 2, &cp), 0); /* truncated */
    CHECK_EQ_INT(ng__utf8_check("abc\xe2\x82\xac\xff", 7), 6);

    ng_arena a;
    ng__arena_init(&a);
    NG_VEC(int) v = {0};
    int ok = 1;
    for (int i = 0; i < 100000; i++)
        ok &= NG_VEC_PUSH(&a, v, i) == 0;
    CHECK(ok);
    CHECK_EQ_INT(v.n, 100000);
    CHECK_EQ_INT(v.v[99999], 99999);
    char *s = ng__arena_printf(&a, "%s-%d", "x", 42);
    CHECK_EQ_STR(s, "x-42");
    void *p = ng__arena_alloc(&a, 3);
    CHECK(((uintptr_t)p & 7) == 0);
    ng__arena_free(&a);
    TEST_MAIN_END();
}
