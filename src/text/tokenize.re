/*
 * tokenize.re -- the tokeniser for news English (a re2c scanner).
 *
 * Input is the document's normalised text: valid UTF-8, NFC, no NUL bytes
 * (the NUL terminator is the scanner's sentinel).  Output is doc->tokens,
 * each token with its byte span, a kind and flags.  Decisions, following the
 * Penn Treebank / CoNLL conventions where they help the annotators:
 *  - currency symbols are split from numbers ("€35" -> "€" "35");
 *  - numbers keep their separators and ranges ("1,000", "3.5", "24-25",
 *    "1996-08-22", "10:30"); scale suffixes are split ("100bn" -> "100" "bn");
 *  - hyphenated words stay whole ("war-torn", "Secretary-General");
 *  - possessives and clitics are split ("Ukraine" "’s", "do" "n't");
 *  - known abbreviations keep their period ("Gen.", "Jan.", "U.S.");
 *  - URLs, e-mail addresses, @handles and #hashtags are single tokens.
 * The scanner is linear: each rule consumes at least one byte and the C
 * post-processing looks at a bounded window.  Most tokens never reach it:
 * fast_tokens() takes single spaces, line breaks, one-byte punctuation,
 * plain ASCII words and plain numbers, ending each exactly where the scanner
 * would; the text is padded past its NUL (doc.h), so word scans read 16
 * bytes at a time without bounds checks.
 */
#include "../doc.h"
#include "../engine.h"

#include <ctype.h>
#include <stdlib.h>
#include <strings.h>
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
#include <emmintrin.h>
#endif

/*!re2c

    L = [a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u036F\u0370-\u03FF\u0400-\u052F\u0531-\u058F\u05D0-\u05EA\u0600-\u06FF\u0900-\u0DFF\u0E00-\u0E7F\u10A0-\u10FF\u1100-\u11FF\u1E00-\u1FFF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF21-\uFF3A\uFF41-\uFF5A];
    D = [0-9];
    AP = ['] | "\u2019";
    W = L (L | D)*;
    WORD = W ([-&/] (L | D)+)*;
    WORDAP = WORD (AP L+)+;
    ALNUM = D+ L (L | D)* ([-] (L | D)+)*;
    NUM = D+ ([,.] D+)* ([-\u2013/:] D+ ([,.] D+)*)*;
    URL = ("http" "s"? "://" | "www.") [^ \t\n<>"\u201C\u201D\u00AB\u00BB]+;
    EMAIL = [A-Za-z0-9._%+-]+ "@" [A-Za-z0-9-]+ ("." [A-Za-z0-9-]+)* "." [A-Za-z]+;
    HANDLE = [@#] [A-Za-z0-9_]+;
    CURRENCY = "US$" | "A$" | "C$" | "NZ$" | "HK$" | "S$" | "R$" | "$" | "\u20AC" | "\u00A3" | "\u00A5" | "\u20B9" | "\u20BD" | "\u20B4" | "\u20A9" | "\u20BA";
    QUOTE = ["'] | "\u201C" | "\u201D" | "\u2018" | "\u2019" | "\u00AB" | "\u00BB" | "\u201E" | "\u201A" | "\u2039" | "\u203A" | "``" | "''";
    DASH = "\u2014" | "\u2013" | "\u2012" | "\u2015" | "--" | "---";
    ELLIPSIS = "..." | "\u2026" | ". . .";
*/

/* Abbreviations that take a period, lower-cased, without the period. */
static const char *const abbrevs[] = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
    "adm", "cmdr", "brig", "sen", "rep", "gov", "pres", "supt", "insp", "det", "rev", "hon",
    "st", "jr", "sr", "inc", "corp", "co", "ltd", "plc", "bros", "assn", "dept", "univ",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "vs", "etc", "approx", "est", "no", "nos", "vol", "pp", "p", "ft", "mt", "ave", "blvd", "rd",
    "fig", "al", "cf", "ca", "gov", "mssrs", "messrs", "mme", "mlle", "ph", "esq", "op", "ed",
    "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "mass", "md",
    "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
    "va", "vt", "wash", "wis", "wyo", "ariz", "ark", "del", "n.y", "d.c",
};

/* The abbreviations in an open-addressing hash table, built once.  A key
 * is a word of up to 7 bytes, lower-cased (ASCII) and zero-padded, read as
 * a number: one compare per probe.  0 marks an empty slot. */
#define ABBR_SLOTS 512
static uint64_t abbr_table[ABBR_SLOTS];
static _Atomic int abbr_ready;

static uint64_t abbr_key(const char *s, size_t n)
{
    uint64_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        k |= (uint64_t)(c >= 'A' && c <= 'Z' ? c + 32 : c) << (8 * i);
    }
    return k;
}

static unsigned abbr_slot(uint64_t k) { return (unsigned)((k * 0x9E3779B97F4A7C15ull) >> 55); /* 9 bits */ }

static void abbr_build(void)
{
    /* idempotent: threads racing here write the same table */
    for (size_t i = 0; i < NG_ARRAY_LEN(abbrevs); i++) {
        uint64_t k = abbr_key(abbrevs[i], strlen(abbrevs[i])); /* all shorter than 8 */
        unsigned h = abbr_slot(k);
        while (abbr_table[h] && abbr_table[h] != k)
            h = (h + 1) & (ABBR_SLOTS - 1);
        abbr_table[h] = k;
    }
    abbr_ready = 1;
}

static int is_abbrev(const char *s, size_t n)
{
    if (n == 0 || n >= 8)
        return 0;
    if (!abbr_ready)
        abbr_build();
    uint64_t k = abbr_key(s, n);
    for (unsigned h = abbr_slot(k); abbr_table[h]; h = (h + 1) & (ABBR_SLOTS - 1))
        if (abbr_table[h] == k)
            return 1;
    return 0;
}

/* An abbreviation at s (n bytes, a period after): not a "p" glued to a
 * figure, which is pence ending a sentence ("closed at 457p."), no page. */
static int abbrev_at(const unsigned char *base, const unsigned char *s, size_t n)
{
    if (n == 1 && (s[0] | 0x20) == 'p' && s > base && s[-1] >= '0' && s[-1] <= '9')
        return 0;
    return is_abbrev((const char *)s, n);
}

static int is_word_byte(unsigned char c) { return isalnum(c) || c >= 0x80; }

/* Byte classes for shape_flags: upper, lower, digit, non-ASCII.  C_UP is
 * NG_TF_CAP's value (checked below). */
enum { C_UP = 1, C_LO = 2, C_DIG = 4, C_HI = 8 };
_Static_assert(C_UP == NG_TF_CAP, "C_UP doubles as NG_TF_CAP");
static const unsigned char byte_class[256] = {
    ['0'] = C_DIG, ['1'] = C_DIG, ['2'] = C_DIG, ['3'] = C_DIG, ['4'] = C_DIG,
    ['5'] = C_DIG, ['6'] = C_DIG, ['7'] = C_DIG, ['8'] = C_DIG, ['9'] = C_DIG,
    ['A'] = C_UP, ['B'] = C_UP, ['C'] = C_UP, ['D'] = C_UP, ['E'] = C_UP, ['F'] = C_UP,
    ['G'] = C_UP, ['H'] = C_UP, ['I'] = C_UP, ['J'] = C_UP, ['K'] = C_UP, ['L'] = C_UP,
    ['M'] = C_UP, ['N'] = C_UP, ['O'] = C_UP, ['P'] = C_UP, ['Q'] = C_UP, ['R'] = C_UP,
    ['S'] = C_UP, ['T'] = C_UP, ['U'] = C_UP, ['V'] = C_UP, ['W'] = C_UP, ['X'] = C_UP,
    ['Y'] = C_UP, ['Z'] = C_UP,
    ['a'] = C_LO, ['b'] = C_LO, ['c'] = C_LO, ['d'] = C_LO, ['e'] = C_LO, ['f'] = C_LO,
    ['g'] = C_LO, ['h'] = C_LO, ['i'] = C_LO, ['j'] = C_LO, ['k'] = C_LO, ['l'] = C_LO,
    ['m'] = C_LO, ['n'] = C_LO, ['o'] = C_LO, ['p'] = C_LO, ['q'] = C_LO, ['r'] = C_LO,
    ['s'] = C_LO, ['t'] = C_LO, ['u'] = C_LO, ['v'] = C_LO, ['w'] = C_LO, ['x'] = C_LO,
    ['y'] = C_LO, ['z'] = C_LO,
#define HI16(b) [b + 0] = C_HI, [b + 1] = C_HI, [b + 2] = C_HI, [b + 3] = C_HI, [b + 4] = C_HI, \
    [b + 5] = C_HI, [b + 6] = C_HI, [b + 7] = C_HI, [b + 8] = C_HI, [b + 9] = C_HI, [b + 10] = C_HI, \
    [b + 11] = C_HI, [b + 12] = C_HI, [b + 13] = C_HI, [b + 14] = C_HI, [b + 15] = C_HI
    HI16(0x80), HI16(0x90), HI16(0xA0), HI16(0xB0), HI16(0xC0), HI16(0xD0), HI16(0xE0), HI16(0xF0),
#undef HI16
};

/* Bytes that may follow a word the fast path takes whole (NUL: the end). */
static const unsigned char fast_end[256] = {
    [0] = 1, [' '] = 1, ['\n'] = 1, ['\t'] = 1, [','] = 1, [';'] = 1, [')'] = 1, [']'] = 1,
    ['!'] = 1, ['?'] = 1, ['.'] = 1, ['"'] = 1,
};
#define NO_SHAPE 0xFFFFu

/*
 * The run of ASCII letters and digits at p, and its shape: returns its end
 * and sets *shape to NG_TF_DIGIT (a digit in it) and NG_TF_ALLCAP (upper-case
 * letters and no lower-case ones).  Reads 16 bytes at a time, as many past
 * the run as it likes: the text is padded (doc.h).  Of letters and digits,
 * upper-case letters alone have bit 0x20 clear, digits alone bit 0x40.
 * With SSE2 (every x86-64) the bytes are classified 16 at a time; otherwise
 * 8 at a time in a 64-bit word (SWAR), where x + (0x80 - a) on 7-bit bytes
 * sets a byte's high bit when x >= a and never carries into the next byte.
 */
static inline const unsigned char *word_run(const unsigned char *p, unsigned *shape)
{
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
    unsigned up = 0, lo = 0, dg = 0; /* bit i: byte i is upper, lower, digit */
    for (;;) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
        __m128i f = _mm_or_si128(v, _mm_set1_epi8(0x20)); /* letters folded to lower case */
        /* a <= x < a + n as one signed compare: x - a - 128 < n - 128 */
        __m128i letter = _mm_cmplt_epi8(_mm_sub_epi8(f, _mm_set1_epi8((char)('a' + 128))), _mm_set1_epi8(26 - 128));
        __m128i digit = _mm_cmplt_epi8(_mm_sub_epi8(v, _mm_set1_epi8((char)('0' + 128))), _mm_set1_epi8(10 - 128));
        unsigned stop = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit)) & 0xFFFFu;
        unsigned in = (stop - 1) & ~stop & 0xFFFFu; /* the bytes before the first stop */
        unsigned b6 = (unsigned)_mm_movemask_epi8(_mm_slli_epi64(v, 1)); /* bit 0x40 of each byte */
        unsigned b5 = (unsigned)_mm_movemask_epi8(_mm_slli_epi64(v, 2)); /* bit 0x20 */
        up |= in & ~b5;
        lo |= in & b6 & b5;
        dg |= in & ~b6;
        if (stop) {
            p += __builtin_ctz(stop);
            break;
        }
        p += 16;
    }
#else
    const uint64_t ones = 0x0101010101010101ull, hi = ones * 0x80;
    uint64_t up = 0, lo = 0, dg = 0; /* high bit of each upper, lower, digit byte */
    for (;;) {
        uint64_t w;
        memcpy(&w, p, 8);
        uint64_t w7 = w & ones * 0x7F, f7 = w7 | ones * 0x20; /* f7: letters folded to lower case */
        uint64_t letter = (f7 + ones * (0x80 - 'a')) & ~(f7 + ones * (0x80 - 'z' - 1));
        uint64_t digit = (w7 + ones * (0x80 - '0')) & ~(w7 + ones * (0x80 - '9' - 1));
        uint64_t stop = hi & ~((letter | digit) & ~w); /* bytes not a letter or digit */
        uint64_t in = (stop - 1) & ~stop & hi; /* the bytes before the first stop */
        uint64_t b6 = w << 1, b5 = w << 2;      /* bits 0x40 and 0x20 moved to 0x80 */
        up |= in & ~b5;
        lo |= in & b6 & b5;
        dg |= in & ~b6;
        if (stop) {
            p += (unsigned)__builtin_ctzll(stop) >> 3;
            break;
        }
        p += 8;
    }
#endif
    *shape = (dg ? NG_TF_DIGIT : 0) | (up && !lo ? NG_TF_ALLCAP : 0);
    return p;
}

/* Punctuation the fast path emits as one-byte tokens (not "...", ". . ."). */
static const unsigned char fast_punct[256] = {
    [','] = 1, [';'] = 1, ['('] = 1, [')'] = 1, ['!'] = 1, ['?'] = 1, ['.'] = 1,
};

/* Flags from a non-ASCII token's letters (Latin-1 and Cyrillic capitals). */
static unsigned shape_flags_utf8(const unsigned char *s, size_t n)
{
    unsigned f = 0;
    size_t letters = 0, upper = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c >= '0' && c <= '9')
            f |= NG_TF_DIGIT;
        else if (c >= 'A' && c <= 'Z') {
            letters++, upper++;
            if (letters == 1)
                f |= NG_TF_CAP;
        } else if (c >= 'a' && c <= 'z')
            letters++;
        else if ((c == 0xC3 || c == 0xD0) && i + 1 < n) {
            unsigned char c2 = s[i + 1];
            int up = c == 0xC3 ? (c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97) : (c2 >= 0x90 && c2 <= 0xAF);
            letters++;
            if (up) {
                upper++;
                if (letters == 1)
                    f |= NG_TF_CAP;
            }
            i++;
        }
    }
    if (letters > 0 && upper == letters)
        f |= NG_TF_ALLCAP;
    return f;
}

/* Flags from the token's letters: capitalised, all capitals, has a digit. */
static inline unsigned shape_flags(const unsigned char *s, size_t n)
{
    unsigned m = 0;
    for (size_t i = 0; i < n; i++)
        m |= byte_class[s[i]];
    if (m & C_HI)
        return shape_flags_utf8(s, n);
    unsigned f = (m & C_DIG) ? NG_TF_DIGIT : 0;
    if (m & C_UP) {
        size_t k = 0;
        while (k < n && !(byte_class[s[k]] & (C_UP | C_LO)))
            k++;
        if (byte_class[s[k]] & C_UP)
            f |= NG_TF_CAP;
        if (!(m & C_LO))
            f |= NG_TF_ALLCAP;
    }
    return f;
}

/* Length of a clitic at the end of a word token ("’s", "'re", "n't"), or 0. */
static size_t clitic_len(const unsigned char *s, size_t n)
{
    static const char *const tails[] = {"s", "re", "ve", "ll", "d", "m"};
    for (size_t i = 0; i < NG_ARRAY_LEN(tails); i++) {
        size_t k = strlen(tails[i]);
        for (int ap = 0; ap < 2; ap++) {
            size_t al = ap ? 3 : 1; /* ’ is 3 bytes */
            if (n <= al + k)
                continue;
            const unsigned char *p = s + n - k - al;
            int is_ap = ap ? (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99) : p[0] == '\'';
            if (!is_ap)
                continue;
            int match = 1;
            for (size_t j = 0; j < k; j++)
                if (tolower(p[al + j]) != tails[i][j])
                    match = 0;
            if (match) {
                /* n't: "don't" -> "do" "n't" */
                if (k == 1 && tails[i][0] == 's')
                    return al + k;
                return al + k;
            }
        }
    }
    /* n't */
    if (n > 4 && tolower(s[n - 1]) == 't' && s[n - 2] == '\'' && tolower(s[n - 3]) == 'n')
        return 3;
    if (n > 6 && tolower(s[n - 1]) == 't' && s[n - 4] == 0xE2 && s[n - 3] == 0x80 && s[n - 2] == 0x99 &&
        tolower(s[n - 5]) == 'n')
        return 5;
    return 0;
}

/* Writes token i of the table v (which has room for it). */
static inline void put(ng_token *v, size_t i, uint32_t start, uint32_t end, int kind, unsigned flags)
{
    v[i] = (ng_token){start, end, (uint16_t)kind, (uint16_t)flags, 0};
}

/* Makes room in d->tokens, which holds n tokens, for two more (the most one
 * step of the scanner adds).  Returns 0 or NG_ENOMEM. */
static int grow_tokens(ng_doc *d, size_t n)
{
    d->tokens.n = n;
    while (d->tokens.cap - n < 2)
        if (ng__vec_grow(&d->arena, (void **)&d->tokens.v, &d->tokens.cap, n, sizeof *d->tokens.v))
            return NG_ENOMEM;
    return 0;
}

/*
 * Straight double quotes (") do not say whether they open or close.  Spacing
 * decides when it is clear (space before and none after: opening; none
 * before and space or punctuation after: closing); otherwise the quote's
 * parity within its paragraph does (odd: opening), as in `. " The`.
 * first is the first straight quote's token: nothing before it matters.
 */
static void fix_straight_quotes(ng_doc *d, size_t first)
{
    int open = 0; /* a straight quote is open in this paragraph */
    ng_token *tk = d->tokens.v;
    for (size_t i = first; i < d->tokens.n; i++) {
        if (tk[i].flags & NG_TF_NL)
            open = 0;
        if (tk[i].kind != NG_TOK_QUOTE || d->text[tk[i].start] != '"')
            continue;
        int before = (tk[i].flags & NG_TF_SPACE) || i == 0 || (tk[i].flags & NG_TF_NL);
        int after = i + 1 >= d->tokens.n || (tk[i + 1].flags & NG_TF_SPACE) ||
                    (tk[i + 1].kind == NG_TOK_PUNCT && !(tk[i + 1].end - tk[i + 1].start == 1 &&
                                                         (d->text[tk[i + 1].start] == '(' ||
                                                          d->text[tk[i + 1].start] == '[')));
        int is_open;
        if (before && !after)
            is_open = 1;
        else if (!before && after)
            is_open = 0;
        else
            is_open = !open;
        open = is_open;
        tk[i].flags = (uint16_t)((tk[i].flags & ~(NG_TF_OPEN | NG_TF_CLOSE)) | (is_open ? NG_TF_OPEN : NG_TF_CLOSE));
    }
}

/*
 * The fast path for the commonest tokens: single spaces between tokens, line
 * breaks (not blank lines), one-byte punctuation, and plain ASCII words followed by white space or
 * simple punctuation (with abbreviations and initials), the word scanned
 * many bytes at a time with its shape computed on the way, and plain
 * numbers ("1987").  Anything else (non-ASCII, hyphens, apostrophes, "www.",
 * "http:", "a@b", "1,000", "3.5") is left
 * to the scanner: returns where that token begins, or where it stopped for
 * want of room (fewer than two free slots in tv).  Appends tokens to
 * tv[*tn...] and keeps *pending, like the scanner.  A separate function so
 * that its few variables stay in registers.
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static const unsigned char *fast_tokens(const unsigned char *base, const unsigned char *lim,
                                        const unsigned char *cur, unsigned *pending_io, ng_token *tv,
                                        size_t *tn_io, size_t tcap)
{
    unsigned pending = *pending_io;
    size_t tn = *tn_io;
    while (tcap - tn >= 2) {
        const unsigned char *tok = cur;
        if (*cur == ' ') { /* single spaces between tokens: the commonest byte */
            pending |= NG_TF_SPACE;
            tok = ++cur;
            if (*cur == ' ')
                continue;
        } else if (*cur == '\n') { /* a line break, maybe indented (not a blank line) */
            const unsigned char *q = cur + 1;
            while (*q == ' ' || *q == '\t')
                q++;
            if (*q == '\n')
                break;
            pending |= NG_TF_SPACE | NG_TF_NL;
            tok = cur = q;
        }
        if (!(byte_class[*cur] & (C_UP | C_LO))) {
            if (fast_punct[*cur] && !(*cur == '.' && (cur[1] == '.' || (cur[1] == ' ' && cur[2] == '.')))) {
                cur++;
                put(tv, tn++, (uint32_t)(tok - base), (uint32_t)(cur - base), NG_TOK_PUNCT, pending);
                pending = 0;
                continue;
            }
            if (byte_class[*cur] & C_DIG) {
                /* plain digits, when nothing after them can make them
                 * longer: no letter (ALNUM), no separator before a digit
                 * (NUM), no "." before more than a space (an e-mail
                 * address) */
                const unsigned char *p = cur + 1;
                while (byte_class[*p] & C_DIG)
                    p++;
                if (fast_end[*p] && !(*p == ',' && (byte_class[p[1]] & C_DIG)) &&
                    !(*p == '.' && p[1] != ' ' && p[1] != '\n' && p + 1 < lim)) {
                    put(tv, tn++, (uint32_t)(tok - base), (uint32_t)(p - base), NG_TOK_NUMBER, pending | NG_TF_DIGIT);
                    pending = 0;
                    cur = p;
                    continue;
                }
            }
            break;
        }
        unsigned f;
        const unsigned char *p = word_run(cur, &f);
        if (!fast_end[*p] || (*p == '.' && (byte_class[p[1]] & (C_UP | C_LO | C_DIG))))
            break;
        f |= byte_class[*tok] & C_UP; /* C_UP is NG_TF_CAP */
        int kind = NG_TOK_WORD;
        if (*p == '.' && (abbrev_at(base, tok, (size_t)(p - tok)) ||
                          (p - tok == 1 && tok[0] >= 'A' && tok[0] <= 'Z' && (p + 1 >= lim || p[1] == ' ')))) {
            p++; /* an abbreviation, or an initial: "George W. Bush" */
            kind = NG_TOK_ABBREV;
        }
        put(tv, tn++, (uint32_t)(tok - base), (uint32_t)(p - base), kind, pending | f);
        pending = 0;
        cur = p;
    }
    *pending_io = pending;
    *tn_io = tn;
    return cur;
}

int ng__tokenize(ng_doc *d)
{
    const unsigned char *base = (const unsigned char *)d->text;
    const unsigned char *cur = base, *mar = base, *lim = base + d->len;
    unsigned pending = NG_TF_SPACE | NG_TF_NL | NG_TF_BLANK; /* flags for the next token */
    size_t first_sq = SIZE_MAX; /* the first straight double quote's token */
    int rc = 0;

    d->tokens.n = 0;
    /* Reserve roughly: one token per five bytes is typical news text. */
    if (d->len / 5 + 16 > d->tokens.cap) {
        size_t cap = d->len / 5 + 16;
        ng_token *v = ng__arena_alloc(&d->arena, cap * sizeof *v);
        if (!v)
            return NG_ENOMEM;
        d->tokens.v = v;
        d->tokens.cap = cap;
    }
    /* The table in locals while scanning: tv[0..tn) of tcap; d->tokens is
     * brought up to date when it grows and at the end. */
    ng_token *tv = d->tokens.v;
    size_t tn = 0, tcap = d->tokens.cap;

    for (;;) {
        if (tcap - tn < 2) {
            if ((rc = grow_tokens(d, tn)) != 0)
                return rc;
            tv = d->tokens.v;
            tcap = d->tokens.cap;
        }
        /* most tokens: the fast path, until a token for the scanner */
        cur = fast_tokens(base, lim, cur, &pending, tv, &tn, tcap);
        if (tcap - tn < 2)
            continue; /* it stopped for room */
        const unsigned char *tok = cur;
        int kind;
        unsigned shape = NO_SHAPE;
        /*!re2c
            re2c:define:YYCTYPE = "unsigned char";
            re2c:yyfill:enable = 0;
            re2c:eof = 0;
            re2c:define:YYCURSOR = cur;
            re2c:define:YYMARKER = mar;
            re2c:define:YYLIMIT = lim;

            $ { break; }
            [ \t]+ { pending |= NG_TF_SPACE; continue; }
            "\n" [ \t]* "\n" ([ \t\n])* { pending |= NG_TF_SPACE | NG_TF_NL | NG_TF_BLANK; continue; }
            "\n" { pending |= NG_TF_SPACE | NG_TF_NL; continue; }
            URL { kind = NG_TOK_URL; goto url; }
            EMAIL { kind = NG_TOK_EMAIL; goto emit; }
            HANDLE { kind = NG_TOK_HANDLE; goto emit; }
            CURRENCY { kind = NG_TOK_CURRENCY; goto emit; }
            (L ".") (L ".")+ { kind = NG_TOK_ABBREV; goto emit; }
            WORD { kind = NG_TOK_WORD; goto plain; }
            WORDAP { kind = NG_TOK_WORD; goto word; }
            ALNUM { kind = NG_TOK_WORD; goto alnum; }
            NUM { kind = NG_TOK_NUMBER; goto emit; }
            QUOTE { kind = NG_TOK_QUOTE; goto quote; }
            DASH { kind = NG_TOK_PUNCT; goto emit; }
            ELLIPSIS { kind = NG_TOK_PUNCT; goto emit; }
            [.,;:!?(){}] | "[" | "]" { kind = NG_TOK_PUNCT; goto emit; }
            [-] { kind = NG_TOK_PUNCT; goto emit; }
            [%&+=/\\*<>|~^_] { kind = NG_TOK_SYMBOL; goto emit; }
            [\u00A7\u00B0\u2022\u00B7] { kind = NG_TOK_SYMBOL; goto emit; }
            * { kind = NG_TOK_OTHER; goto emit; }
        */
    url:
        /* URLs do not end in sentence punctuation */
        while (cur > tok + 1 && strchr(".,;:!?)]'", cur[-1]))
            cur--;
        goto emit;
    alnum: {
        /* "100bn", "5m": a number and a scale word; "1990s", "24th" stay;
         * "873p": pence, as "325.5p" (a number, then "p") */
        const unsigned char *p = tok;
        while (p < cur && *p >= '0' && *p <= '9')
            p++;
        static const char *const scales[] = {"bn", "m", "mn", "mln", "k", "tn", "trn", "b", "bln", "km", "kg", "cm", "mm", "pc", "p"};
        for (size_t i = 0; i < NG_ARRAY_LEN(scales); i++)
            if ((size_t)(cur - p) == strlen(scales[i]) && !strncasecmp((const char *)p, scales[i], (size_t)(cur - p))) {
                cur = p;
                kind = NG_TOK_NUMBER;
                break;
            }
        goto emit;
    }
    word: {
        size_t n = (size_t)(cur - tok);
        size_t cl = clitic_len(tok, n);
        if (cl && cl < n) {
            /* emit the word now and the clitic as its own token */
            uint32_t s = (uint32_t)(tok - base), e = s + (uint32_t)(n - cl);
            put(tv, tn++, s, e, NG_TOK_WORD, pending | shape_flags(tok, n - cl));
            pending = 0;
            tok += n - cl;
            kind = NG_TOK_POSSESSIVE;
            goto emit;
        }
    plain:
        if (cur < lim && *cur == '.' && abbrev_at(base, tok, (size_t)(cur - tok))) {
            cur++;
            kind = NG_TOK_ABBREV;
        } else if (cur < lim && *cur == '.' && cur - tok == 1 && tok[0] >= 'A' && tok[0] <= 'Z' &&
                   (cur + 1 >= lim || cur[1] == ' ')) {
            cur++; /* an initial: "George W. Bush" */
            kind = NG_TOK_ABBREV;
        }
        goto emit;
    }
    quote: {
        /* a clitic after a word: "Ukraine’s", "allies’" */
        size_t n = (size_t)(cur - tok);
        int after_word = tok > base && is_word_byte(tok[-1]) && !(pending & NG_TF_SPACE);
        if (after_word && (n == 1 ? tok[0] == '\'' : (tok[0] == 0xE2 && tok[2] == 0x99))) {
            const unsigned char *p = cur;
            if (p < lim && (*p == 's' || *p == 'S') && (p + 1 >= lim || !is_word_byte(p[1]))) {
                cur = p + 1;
                kind = NG_TOK_POSSESSIVE;
                goto emit;
            }
        }
        goto emit;
    }
    emit: {
        uint32_t s = (uint32_t)(tok - base), e = (uint32_t)(cur - base);
        unsigned f = pending;
        pending = 0;
        if (shape != NO_SHAPE)
            f |= shape;
        else if (kind == NG_TOK_WORD || kind == NG_TOK_ABBREV)
            f |= shape_flags(tok, e - s);
        else if (kind == NG_TOK_NUMBER)
            f |= NG_TF_DIGIT;
        if (kind == NG_TOK_QUOTE) {
            /* opening when preceded by space, start or an opening bracket */
            int open;
            if (tok[0] == 0xE2 && tok[1] == 0x80 && (tok[2] == 0x9C || tok[2] == 0x98))
                open = 1; /* “ ‘ */
            else if (tok[0] == 0xC2 && tok[1] == 0xAB)
                open = 1; /* « */
            else if (tok[0] == 0xE2 && tok[1] == 0x80 && (tok[2] == 0x9D))
                open = 0; /* ” */
            else if (tok[0] == 0xC2 && tok[1] == 0xBB)
                open = 0; /* » */
            else
                open = (f & NG_TF_SPACE) || s == 0 || tok[-1] == '(' || tok[-1] == '[' ||
                       (s >= 3 && tok[-3] == 0xE2 && tok[-2] == 0x80 && tok[-1] == 0x94);
            f |= open ? NG_TF_OPEN : NG_TF_CLOSE;
            if (tok[0] == '"' && first_sq == SIZE_MAX)
                first_sq = tn;
        }
        put(tv, tn++, s, e, kind, f);
        continue;
    }
    }
    NG_UNUSED(mar);
    d->tokens.n = tn;
    if (first_sq != SIZE_MAX)
        fix_straight_quotes(d, first_sq);
    return 0;
}
