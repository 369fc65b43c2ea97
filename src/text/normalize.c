/*
 * normalize.c -- from raw article bytes to the normalised text that every
 * offset of the record refers to.
 *
 * Decisions (documented in doc/FORMAT.md):
 *  - invalid UTF-8 bytes become U+FFFD; the first is reported once per
 *    document in errors, with its byte offset in the input and the count;
 *  - NUL bytes and C0/C1 control characters other than tab and line feed are
 *    removed (NUL reported once, like invalid UTF-8); CR LF and lone CR
 *    become LF; U+2028/U+2029 become LF; form feed and vertical tab become LF;
 *  - Unicode spaces (NBSP, U+2000-U+200A, U+202F, U+205F, U+3000) become an
 *    ASCII space; zero-width characters, the BOM and soft hyphens are removed;
 *  - curly quotes, apostrophes and dashes are KEPT as written: they carry
 *    information (opening vs closing) and the tokeniser and annotators treat
 *    straight and curly forms alike;
 *  - the result is in Unicode NFC (utf8proc), and leading and trailing white
 *    space of the whole text is trimmed.
 * Speed: most news text needs no change at all.  A pass 16 bytes at a time
 * finds the first byte that may need one (anything but printable ASCII and
 * line feeds); when there is none, the text is the input itself, trimmed, and
 * nothing is copied.  Otherwise valid UTF-8 is normalised in place (nothing
 * above grows), invalid UTF-8 into a copy (U+FFFD is longer than a bad byte);
 * the runs between bytes that need a look are found the same way and moved
 * only once something before them has shrunk.
 * NFC runs only when a code point at or above U+0300 occurs that is not
 * known to be NFC-inert (text below U+0300, general punctuation and currency
 * signs - curly quotes, dashes, the euro - are NFC whatever surrounds them).
 */
#include "../doc.h"
#include "../engine.h"

#include <stdio.h>
#include <utf8proc.h>
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
#include <emmintrin.h>
#endif

/* What to do with a code point: keep, drop, or map to space / newline. */
enum { CP_KEEP, CP_DROP, CP_SPACE, CP_NL };

static int classify(uint32_t cp)
{
    if (cp < 0x20)
        return cp == '\t' ? CP_SPACE : (cp == '\n' || cp == '\v' || cp == '\f') ? CP_NL : CP_DROP;
    if (cp < 0x7F)
        return CP_KEEP;
    if (cp <= 0x9F)
        return cp == 0x85 ? CP_NL : CP_DROP; /* DEL, C1 controls, NEL */
    if (cp == 0xA0)
        return CP_SPACE;
    if (cp == 0xAD)
        return CP_DROP; /* soft hyphen */
    if (cp >= 0x2000 && cp <= 0x200A)
        return CP_SPACE;
    if (cp >= 0x200B && cp <= 0x200F)
        return CP_DROP; /* zero-width, LRM, RLM */
    if (cp == 0x2028 || cp == 0x2029)
        return CP_NL;
    if (cp >= 0x202A && cp <= 0x202E)
        return CP_DROP; /* bidi embedding controls */
    if (cp == 0x202F || cp == 0x205F || cp == 0x3000)
        return CP_SPACE;
    if (cp >= 0x2060 && cp <= 0x2064)
        return CP_DROP;
    if (cp == 0xFEFF)
        return CP_DROP;
    return CP_KEEP;
}

/* Is cp NFC-inert: no canonical decomposition, combining class 0, and never
 * the second of a canonical composition pair?  Then it can neither change
 * nor change a neighbour under NFC.  True for everything below U+0300 and
 * for general punctuation (U+2010-U+205E) and currency signs (U+20A0-U+20CF);
 * test_text.c checks these ranges against utf8proc. */
static inline int nfc_inert(uint32_t cp)
{
    return cp < 0x300 || (cp >= 0x2010 && cp <= 0x205E) || (cp >= 0x20A0 && cp <= 0x20CF);
}

/*
 * Index of the first byte at or after i that normalisation may change: any
 * byte but printable ASCII (0x20-0x7E) and line feed.  The text must hold
 * such a byte at or before its end (a NUL) and be readable 16 bytes past it
 * (doc->raw is: doc.h).  With SSE2 (every x86-64) 16 bytes are tested at a
 * time; otherwise 8 in a 64-bit word (SWAR), where on 7-bit bytes x + (0x80
 * - a) sets a byte's high bit when x >= a and never carries into the next.
 */
static size_t clean_run(const unsigned char *s, size_t i)
{
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
    for (;;) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        /* signed compare: bytes >= 0x80 are negative, so "below 0x20" too */
        __m128i ctl = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(ctl, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))));
        if (m)
            return i + (unsigned)__builtin_ctz(m);
        i += 16;
    }
#else
    const uint64_t ones = 0x0101010101010101ull, hi = ones * 0x80, low7 = ones * 0x7F;
    for (;;) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t w7 = w & low7;
        uint64_t ctl = ~(w7 + ones * 0x60) & hi;            /* low 7 bits below 0x20 */
        uint64_t not_lf = ((w7 ^ ones * '\n') + low7) & hi; /* low 7 bits other than LF */
        uint64_t del = (w7 + ones) & hi;                     /* low 7 bits 0x7F */
        uint64_t u = (w & hi) | (ctl & not_lf) | del;
        if (u)
            return i + ((unsigned)__builtin_ctzll(u) >> 3);
        i += 8;
    }
#endif
}

/* NFC of s[0..n) into the arena; returns NULL only on allocation failure. */
static char *nfc(ng_arena *a, const char *s, size_t n, size_t *outlen)
{
    /* decompose into UTF-32 with our own buffers: utf8proc_map would use
     * the C library's malloc, bypassing the library's allocator */
    utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    utf8proc_ssize_t cap = (utf8proc_ssize_t)n + 16;
    utf8proc_int32_t *buf = ng__malloc((size_t)cap * sizeof *buf);
    if (!buf)
        return NULL;
    utf8proc_ssize_t m = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, buf, cap, opt);
    if (m > cap) {
        ng__free(buf);
        cap = m;
        buf = ng__malloc((size_t)cap * sizeof *buf);
        if (!buf)
            return NULL;
        m = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, buf, cap, opt);
    }
    char *out = NULL;
    if (m >= 0) {
        /* normalize_utf32 composes in place and re-encodes as UTF-8 into the
         * same buffer; the result is at most as long as the decomposition */
        utf8proc_ssize_t k = utf8proc_normalize_utf32(buf, m, opt);
        if (k >= 0 && (out = ng__arena_alloc(a, (size_t)k * 4 + 1 + NG_TEXT_PAD)) != NULL) {
            size_t o = 0;
            for (utf8proc_ssize_t i = 0; i < k; i++)
                o += (size_t)ng__utf8_encode((uint32_t)buf[i], out + o);
            memset(out + o, 0, 1 + NG_TEXT_PAD);
            *outlen = o;
        }
    }
    if (m < 0 && (out = ng__arena_alloc(a, n + 1 + NG_TEXT_PAD)) != NULL) {
        memcpy(out, s, n); /* cannot happen for valid input: keep the text */
        memset(out + n, 0, 1 + NG_TEXT_PAD);
        *outlen = n;
    }
    ng__free(buf);
    return out;
}

int ng__text_normalize(ng_doc *d)
{
    /* the document's own padded copy of the input (doc.c), rewritten in place
     * unless it holds invalid UTF-8 */
    unsigned char *in = (unsigned char *)d->raw;
    size_t n = d->raw_len;
    if (!in)
        return NG_EINVAL;
    /* valid UTF-8 never grows here; invalid bytes become 3 bytes of U+FFFD */
    if (n > (SIZE_MAX - 1 - NG_TEXT_PAD) / 3)
        return NG_ETOOBIG;
    size_t i = 0;
    /* skip leading white space */
    while (i < n && (in[i] == ' ' || in[i] == '\t' || in[i] == '\n' || in[i] == '\r'))
        i++;
    size_t lead = i;
    i = clean_run(in, i);
    unsigned char *out = in + lead; /* in place: out + o never passes in + i */
    size_t o = i - lead;
    size_t bad = 0, first_bad = 0, nuls = 0, first_nul = 0, ctl = 0;
    int need_nfc = 0;
    if (i < n && ng__utf8_check((const char *)in + i, n - i) != n - i) {
        /* invalid UTF-8: U+FFFD is longer than the byte it replaces, so the
         * text goes into a copy */
        size_t cap = (n - lead) * 3;
        if (!(out = ng__arena_alloc(&d->arena, cap + 1 + NG_TEXT_PAD)))
            return NG_ENOMEM;
        memcpy(out, in + lead, o);
    }
    while (i < n) {
        /* a run of bytes that stay as they are (the NUL at n ends it) */
        size_t j = clean_run(in, i);
        if (out + o != in + i)
            memmove(out + o, in + i, j - i); /* in place, out + o is before in + i */
        o += j - i;
        i = j;
        if (i >= n)
            break;
        unsigned char c = in[i];
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && i < 65536)
            ctl++;
        if (c == '\r') {
            out[o++] = '\n';
            i += (i + 1 < n && in[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        uint32_t cp;
        int k = ng__utf8_decode(in + i, n - i, &cp);
        if (k == 0) {
            if (!bad++)
                first_bad = i;
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
            continue;
        }
        if (cp == 0) {
            if (!nuls++)
                first_nul = i;
            i++;
            continue;
        }
        switch (classify(cp)) {
        case CP_KEEP:
            for (int b = 0; b < k; b++) /* forward: in place, o <= i */
                out[o + (size_t)b] = in[i + (size_t)b];
            o += (size_t)k;
            if (!nfc_inert(cp))
                need_nfc = 1;
            break;
        case CP_SPACE: out[o++] = ' '; break;
        case CP_NL: out[o++] = '\n'; break;
        default: break;
        }
        i += (size_t)k;
    }
    while (o && (out[o - 1] == ' ' || out[o - 1] == '\n'))
        o--;
    out[o] = 0;

    /* binary input: at least 4 control characters (NUL included) in the
     * first 64 KiB, and more than 1 in 32 of its bytes; a stray NUL or two in
     * real text is repaired instead */
    size_t sample = n < 65536 ? n : 65536;
    if (ctl >= 4 && ctl * 32 > sample)
        return NG_EBINARY;

    if (bad) {
        char msg[128];
        snprintf(msg, sizeof msg, "invalid UTF-8 at byte %zu (%zu byte%s replaced by U+FFFD)", first_bad,
                 bad, bad == 1 ? "" : "s");
        int rc = ng_doc_add_error(d, NG_EPARSE, first_bad, msg);
        if (rc)
            return rc;
    }
    if (nuls) {
        char msg[128];
        snprintf(msg, sizeof msg, "NUL byte at byte %zu (%zu removed)", first_nul, nuls);
        int rc = ng_doc_add_error(d, NG_EPARSE, first_nul, msg);
        if (rc)
            return rc;
    }
    if (need_nfc) {
        size_t m;
        char *p = nfc(&d->arena, (const char *)out, o, &m);
        if (!p)
            return NG_ENOMEM;
        out = (unsigned char *)p;
        o = m;
    }
    d->text = (char *)out;
    d->len = o;
    return 0;
}
