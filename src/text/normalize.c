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
 * One pass over the input plus, only when a code point at or above U+0300
 * occurs, one NFC pass (text below U+0300 is already NFC).
 */
#include "../doc.h"
#include "../engine.h"

#include <stdio.h>
#include <utf8proc.h>

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
        if (k >= 0 && (out = ng__arena_alloc(a, (size_t)k * 4 + 1)) != NULL) {
            size_t o = 0;
            for (utf8proc_ssize_t i = 0; i < k; i++)
                o += (size_t)ng__utf8_encode((uint32_t)buf[i], out + o);
            out[o] = 0;
            *outlen = o;
        }
    }
    if (m < 0 && (out = ng__arena_strndup(a, s, n)) != NULL)
        *outlen = n; /* cannot happen for valid input: keep the text */
    ng__free(buf);
    return out;
}

int ng__text_normalize(ng_doc *d)
{
    const unsigned char *in = (const unsigned char *)d->raw;
    size_t n = d->raw_len;
    /* valid UTF-8 never grows here; invalid bytes become 3 bytes of U+FFFD */
    if (n > (SIZE_MAX - 1) / 3)
        return NG_ETOOBIG;
    size_t cap = ng__utf8_check(in ? (const char *)in : "", n) == n ? n : n * 3;
    char *out = ng__arena_alloc(&d->arena, cap + 1);
    if (!out)
        return NG_ENOMEM;
    size_t o = 0, i = 0;
    size_t bad = 0, first_bad = 0, nuls = 0, first_nul = 0, ctl = 0;
    int need_nfc = 0;

    /* skip leading white space */
    while (i < n && (in[i] == ' ' || in[i] == '\t' || in[i] == '\n' || in[i] == '\r'))
        i++;
    while (i < n) {
        /* ASCII fast path: copy runs of printable ASCII 8 bytes at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, in + i, 8);
            /* any byte < 0x20, >= 0x80 or == 0x7F stops the run */
            uint64_t lo = (w - 0x2020202020202020ull) & ~w;
            uint64_t del = ((w ^ 0x7F7F7F7F7F7F7F7Full) - 0x0101010101010101ull) & ~(w ^ 0x7F7F7F7F7F7F7F7Full);
            if ((lo | w | del) & 0x8080808080808080ull)
                break;
            memcpy(out + o, &w, 8);
            o += 8;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = in[i];
        if (c >= 0x20 && c < 0x7F) {
            out[o++] = (char)c;
            i++;
            continue;
        }
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
            memcpy(out + o, in + i, (size_t)k);
            o += (size_t)k;
            if (cp >= 0x300)
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
        char *p = nfc(&d->arena, out, o, &m);
        if (!p)
            return NG_ENOMEM;
        out = p;
        o = m;
    }
    d->text = out;
    d->len = o;
    return 0;
}
