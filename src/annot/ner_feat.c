/*
 * ner_feat.c -- the tagger's features, hashed sets, per-document state, BILOU
 * constraints, Viterbi decoder and the run-time sentence tagger.  Shared by
 * training (ner_train.c) and run time (ner.c).
 *
 * Features of token i (each a 64-bit key = template id mixed with hashes):
 * the word; the lower-cased word (digits folded to 0) at i-2..i+2; the shape
 * ("Xxx", "X.X.", "dd-dd") at i-1..i+1, shape and word bigrams; prefixes and
 * suffixes of 1-4 bytes; length; word classes (three granularities) at
 * i-1..i+1 and a capitalisation bin (ner_cluster.c); sentence-initial shape
 * and word; the word in an all-caps sentence (headlines); gazetteer matches
 * covering i (list and B/I/L/U position) and at i-1, i+1; names of the
 * training data likewise; how the word is written elsewhere in the document
 * (lower case somewhere, capitalised inside a sentence); and the tag last
 * predicted for the same capitalised word earlier in the document (Ratinov &
 * Roth's "extended prediction history").  Only token strings are used, so
 * CoNLL columns and our tokeniser give the same features.
 *
 * At run time the features that depend on one word only are summed once per
 * word into a block of 5 x 17 scores (precomputed at load for the model's
 * vocabulary); ng__ner_tag_sentence adds the blocks of the window and looks
 * up the remaining features.  Scores equal the plain feature list's exactly.
 */
#include "ner_model.h"

#include <strings.h>
#include <utf8proc.h>

/* Feature templates.  Their numbers are part of the model format: never
 * renumber, only append. */
enum {
    T_BIAS = 1, T_W, T_LWM2, T_LWM1, T_LW0, T_LWP1, T_LWP2, T_SHM1, T_SH0, T_SHP1,
    T_SHB_M, T_SHB_P, T_LWB_M, T_LWB_P, T_PRE1, T_PRE2, T_PRE3, T_PRE4, T_SUF1, T_SUF2,
    T_SUF3, T_SUF4, T_FIRST_SH, T_CAPS_LW, T_GAZ, T_GAZ_M, T_GAZ_P, T_GAZ_CAP, T_HIST,
    T_HIST_TYPE, T_CLSM1, T_CLS0, T_CLSP1, T_FIRST_LW, T_SH0_LWM1, T_LEN, T_CAPR, T_TGAZ, T_TGAZ_M, T_TGAZ_P, T_SEEN
};

static inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

static inline uint64_t fkey(uint64_t tmpl, uint64_t v)
{
    uint64_t k = mix64(v + tmpl * 0x9E3779B97F4A7C15ULL);
    return k ? k : 1;
}

static inline uint64_t pair(uint64_t a, uint64_t b) { return mix64(a * 31 + b + 0x632BE59BD9B4E019ULL); }

uint64_t ng__ner_phrase_step(uint64_t h, uint64_t tok)
{
    uint64_t k = mix64(h * 0x9E3779B97F4A7C15ULL + tok + 1);
    return k ? k : 1;
}

uint64_t ng__ner_hist_key(int kind, int val) { return fkey(kind ? T_HIST_TYPE : T_HIST, (uint64_t)val + 1); }

/* ---- strings ---- */

#define PAD_S 0x5354415254ULL /* "<S>" */
#define PAD_E 0x454E44ULL     /* "</S>" */

/* Folds a token for hashing: ASCII lower-case (when lower), curly quotes and
 * apostrophes to ASCII, en/em dashes to '-', digits to '0' (when digits).
 * Writes at most cap bytes; returns the length. */
static size_t fold(const char *s, size_t n, char *out, size_t cap, int lower, int digits)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (lower && c >= 'A' && c <= 'Z')
                c = (unsigned char)(c + 32);
            else if (digits && c >= '0' && c <= '9')
                c = '0';
            out[o++] = (char)c;
        } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
            unsigned char c3 = (unsigned char)s[i + 2];
            if (c3 == 0x98 || c3 == 0x99)
                out[o++] = '\'', i += 2;
            else if (c3 == 0x9C || c3 == 0x9D)
                out[o++] = '"', i += 2;
            else if (c3 == 0x93 || c3 == 0x94)
                out[o++] = '-', i += 2;
            else
                out[o++] = (char)c;
        } else if (lower && c == 0xC3 && i + 1 < n) {
            /* Latin-1 capitals U+00C0-00DE (not U+00D7) */
            unsigned char c2 = (unsigned char)s[i + 1];
            out[o++] = (char)c;
            if (o < cap)
                out[o++] = (char)(c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97 ? c2 + 0x20 : c2);
            i++;
        } else
            out[o++] = (char)c;
    }
    return o;
}

uint64_t ng__ner_lhash(const char *s, size_t n)
{
    char buf[128];
    if (n > sizeof buf)
        return ng__hash(s, n);
    return ng__hash(buf, fold(s, n, buf, sizeof buf, 1, 0));
}

/* Character class of a code point for shapes: 'X', 'x', 'd' or the
 * character itself (ASCII punctuation), '*' for other non-ASCII. */
static char shape_class(const char *s, size_t n, size_t *adv)
{
    unsigned char c = (unsigned char)s[0];
    *adv = 1;
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            return 'X';
        if (c >= 'a' && c <= 'z')
            return 'x';
        if (c >= '0' && c <= '9')
            return 'd';
        return (char)c;
    }
    uint32_t cp;
    int l = ng__utf8_decode((const unsigned char *)s, n, &cp);
    if (l <= 0)
        return '*';
    *adv = (size_t)l;
    if (cp == 0x2018 || cp == 0x2019)
        return '\'';
    if (cp == 0x201C || cp == 0x201D)
        return '"';
    if (cp == 0x2013 || cp == 0x2014)
        return '-';
    const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
    if (p->category == UTF8PROC_CATEGORY_LU || p->category == UTF8PROC_CATEGORY_LT)
        return 'X';
    if (p->category == UTF8PROC_CATEGORY_LL || p->category == UTF8PROC_CATEGORY_LO ||
        p->category == UTF8PROC_CATEGORY_LM)
        return 'x';
    if (p->category == UTF8PROC_CATEGORY_ND)
        return 'd';
    return '*';
}

/* Collapsed shape: runs of one class longer than two are cut to two. */
static uint64_t shape_hash(const char *s, size_t n, uint8_t *cap, uint8_t *allcap)
{
    char buf[24];
    size_t o = 0, run = 0;
    char prev = 0;
    int letters = 0, upper = 0;
    for (size_t i = 0; i < n && o < sizeof buf;) {
        size_t adv;
        char c = shape_class(s + i, n - i, &adv);
        i += adv;
        if (c == 'X' || c == 'x') {
            letters++;
            upper += c == 'X';
        }
        if (c == prev) {
            if (++run > 2)
                continue;
        } else
            run = 1;
        prev = c;
        buf[o++] = c;
    }
    *cap = o > 0 && buf[0] == 'X';
    *allcap = letters > 0 && upper == letters;
    return ng__hash(buf, o);
}

/* Is the sentence a headline in capitals (most capitalised words all caps)? */
static int caps_sentence(const ng_ner_tokinfo *info, size_t n)
{
    size_t caps = 0, words = 0;
    for (size_t i = 0; i < n; i++)
        if (info[i].cap) {
            words++;
            caps += info[i].allcap;
        }
    return words >= 2 && caps * 4 >= words * 3;
}

uint64_t ng__ner_lw_hash(const char *s, size_t len)
{
    char buf[128];
    if (len > sizeof buf)
        return ng__hash(s, len);
    size_t fl = fold(s, len, buf, sizeof buf, 1, 1);
    return ng__hash(buf, fl);
}

/* Marks the phrases of set g found in the sentence (starting at a
 * capitalised token) in info[].gaz (which = 0) or info[].tgaz (which = 1):
 * bit list * 4 + B/I/L/U position. */
static void match_phrases(const ng_ner_set *g, ng_ner_tokinfo *info, size_t n, int which)
{
    for (size_t i = 0; i < n; i++) {
        if (!info[i].cap)
            continue;
        uint64_t h = 0;
        for (size_t k = 0; k < NG_NER_GAZ_MAXLEN && i + k < n; k++) {
            h = ng__ner_phrase_step(h, info[i + k].lh);
            uint32_t v = ng__ner_set_get(g, h);
            if (!v)
                break; /* neither a phrase nor the start of one */
            for (uint32_t l = 0; l < NG_NER_GAZ_LISTS; l++) {
                if (!(v & (1u << l)))
                    continue;
                if (k == 0) {
                    uint32_t bit = 1u << (l * 4 + NG_NER_U);
                    which ? (info[i].tgaz |= bit) : (info[i].gaz |= bit);
                } else {
                    uint32_t bb = 1u << (l * 4 + NG_NER_B), bi = 1u << (l * 4 + NG_NER_I), bl = 1u << (l * 4 + NG_NER_L);
                    which ? (info[i].tgaz |= bb) : (info[i].gaz |= bb);
                    for (size_t j = i + 1; j < i + k; j++)
                        which ? (info[j].tgaz |= bi) : (info[j].gaz |= bi);
                    which ? (info[i + k].tgaz |= bl) : (info[i + k].gaz |= bl);
                }
            }
        }
    }
}

static void tokinfo(const ng_ner_model *m, const ng_ner_str *toks, size_t n, ng_ner_tokinfo *info, int need_cls);

void ng__ner_tokinfo(const ng_ner_model *m, const ng_ner_str *toks, size_t n, ng_ner_tokinfo *info)
{
    tokinfo(m, toks, n, info, 1);
}

/* need_cls 0: word classes are left 0 (the run-time path looks them up only
 * for words outside the vocabulary, whose blocks already hold them). */
static void tokinfo(const ng_ner_model *m, const ng_ner_str *toks, size_t n, ng_ner_tokinfo *info, int need_cls)
{
    char buf[128];
    for (size_t i = 0; i < n; i++) {
        const char *s = toks[i].s;
        size_t len = toks[i].len;
        ng_ner_tokinfo *t = &info[i];
        t->w = ng__hash(s, len);
        size_t fl = fold(s, len, buf, sizeof buf, 1, 0);
        t->lh = len > sizeof buf ? t->w : ng__hash(buf, fl);
        int digit = 0;
        for (size_t k = 0; k < fl; k++)
            if (buf[k] >= '0' && buf[k] <= '9')
                buf[k] = '0', digit = 1;
        t->lw = !digit ? t->lh : len > sizeof buf ? t->w : ng__hash(buf, fl);
        t->shape = shape_hash(s, len, &t->cap, &t->allcap);
        t->gaz = t->tgaz = 0;
        t->seen = 0;
        t->cls = 0;
    }
    uint8_t cs = n > 1 && caps_sentence(info, n);
    for (size_t i = 0; i < n; i++)
        info[i].capsent = cs;
    if (need_cls && m && (m->flags & NG_NER_F_CLS) && m->cls.n)
        for (size_t i = 0; i < n; i++)
            info[i].cls = ng__ner_set_get(&m->cls, info[i].lw);
    if (m && (m->flags & NG_NER_F_GAZ) && m->gaz.n)
        match_phrases(&m->gaz, info, n, 0);
    if (m && (m->flags & NG_NER_F_TGAZ) && m->tgaz && m->tgaz->n)
        match_phrases(m->tgaz, info, n, 1);
}

static uint32_t gaz_lists(uint32_t g)
{
    uint32_t l = 0;
    for (int i = 0; i < NG_NER_GAZ_LISTS; i++)
        if (g & (0xFu << (i * 4)))
            l |= 1u << i;
    return l;
}

/* Slot of a relative offset in a word's vector block: 0 self, 1..4 for
 * offsets -2, -1, +1, +2. */
static const int slot_d[5] = {0, -2, -1, 1, 2};

#define PAD_CLS 0xFFFFFFFFu

/* Word class at granularity g (0 coarse .. 2 finest): classes are leaves of
 * a 64 x 8 x 4 tree (leaf + 1 is stored; 0 = unknown word). */
static uint32_t cls_level(uint32_t cls, int g)
{
    static const int shift[3] = {5, 2, 0};
    if (cls == PAD_CLS)
        return 0xFFFF;
    cls &= 0xFFFF;
    return cls ? ((cls - 1) >> shift[g]) + 1 : 0;
}

/* Keys of word x's own features (as the token being tagged). */
static size_t self_keys(const ng_ner_model *m, const char *s, size_t len, const ng_ner_tokinfo *t, uint64_t *k)
{
    size_t nk = 0;
    k[nk++] = fkey(T_BIAS, 0);
    k[nk++] = fkey(T_W, t->w);
    k[nk++] = fkey(T_LW0, t->lw);
    k[nk++] = fkey(T_SH0, t->shape);
    for (size_t p = 1; p <= 4 && p <= len; p++) {
        k[nk++] = fkey(T_PRE1 + p - 1, ng__hash(s, p));
        k[nk++] = fkey(T_SUF1 + p - 1, ng__hash(s + len - p, p));
    }
    k[nk++] = fkey(T_LEN, len > 12 ? 12 : len);
    if (m && (m->flags & NG_NER_F_CLS)) {
        for (int g = 0; g < 3; g++)
            k[nk++] = fkey(T_CLS0, (uint64_t)g << 32 | cls_level((uint32_t)t->cls, g));
        k[nk++] = fkey(T_CAPR, (t->cls >> 16 & 0xF) * 2 + t->cap);
    }
    return nk;
}

/* Keys of a word (lw, shape, cls) at relative offset d of the token being
 * tagged; pads (lw = shape = PAD_S/PAD_E) stand for the sentence edges. */
static size_t at_keys(const ng_ner_model *m, uint64_t lw, uint64_t shape, uint32_t cls, int d, uint64_t *k)
{
    size_t nk = 0;
    switch (d) {
    case -2: k[nk++] = fkey(T_LWM2, lw); break;
    case -1: k[nk++] = fkey(T_LWM1, lw), k[nk++] = fkey(T_SHM1, shape); break;
    case 1: k[nk++] = fkey(T_LWP1, lw), k[nk++] = fkey(T_SHP1, shape); break;
    case 2: k[nk++] = fkey(T_LWP2, lw); break;
    }
    if (m && (m->flags & NG_NER_F_CLS) && (d == -1 || d == 1))
        for (int g = 0; g < 3; g++)
            k[nk++] = fkey(d < 0 ? T_CLSM1 : T_CLSP1, (uint64_t)g << 32 | cls_level(cls, g));
    return nk;
}

/* Keys of the features that depend on more than one word or on position. */
static size_t rest_keys(const ng_ner_model *m, const ng_ner_tokinfo *info, size_t n, size_t i, uint64_t *k)
{
    size_t nk = 0;
    const ng_ner_tokinfo *t = &info[i];
    uint64_t lwm = i > 0 ? info[i - 1].lw : PAD_S, shm = i > 0 ? info[i - 1].shape : PAD_S;
    uint64_t lwp = i + 1 < n ? info[i + 1].lw : PAD_E, shp = i + 1 < n ? info[i + 1].shape : PAD_E;
    k[nk++] = fkey(T_SHB_M, pair(shm, t->shape));
    k[nk++] = fkey(T_SHB_P, pair(t->shape, shp));
    k[nk++] = fkey(T_LWB_M, pair(lwm, t->lw));
    k[nk++] = fkey(T_LWB_P, pair(t->lw, lwp));
    k[nk++] = fkey(T_SH0_LWM1, pair(lwm, t->shape));
    if (i == 0) {
        k[nk++] = fkey(T_FIRST_SH, t->shape);
        k[nk++] = fkey(T_FIRST_LW, t->lw);
    }
    if (t->capsent)
        k[nk++] = fkey(T_CAPS_LW, t->lw);
    if (m && (m->flags & NG_NER_F_GAZ)) {
        uint32_t g = t->gaz;
        for (uint32_t b = 0; g && b < 32 && nk < NG_NER_MAXF / 2 - 4; b++)
            if (g & (1u << b)) {
                k[nk++] = fkey(T_GAZ, b);
                k[nk++] = fkey(T_GAZ_CAP, b * 2 + t->cap);
            }
        uint32_t lm = i > 0 ? gaz_lists(info[i - 1].gaz) : 0;
        uint32_t lp = i + 1 < n ? gaz_lists(info[i + 1].gaz) : 0;
        for (uint32_t l = 0; l < NG_NER_GAZ_LISTS && nk < NG_NER_MAXF / 2 - 2; l++) {
            if (lm & (1u << l))
                k[nk++] = fkey(T_GAZ_M, l);
            if (lp & (1u << l))
                k[nk++] = fkey(T_GAZ_P, l);
        }
    }
    if (m && (m->flags & NG_NER_F_SEEN) && t->cap)
        k[nk++] = fkey(T_SEEN, t->seen * 4u + (i == 0 ? 1u : t->capsent ? 2u : t->allcap ? 3u : 0u));
    if (m && (m->flags & NG_NER_F_TGAZ)) {
        uint32_t g = t->tgaz;
        for (uint32_t b = 0; g && b < 16 && nk < NG_NER_MAXF / 2 + 8; b++)
            if (g & (1u << b))
                k[nk++] = fkey(T_TGAZ, b * 2 + t->cap);
        uint32_t lm = i > 0 ? gaz_lists(info[i - 1].tgaz) : 0;
        uint32_t lp = i + 1 < n ? gaz_lists(info[i + 1].tgaz) : 0;
        for (uint32_t l = 0; l < 4 && nk < NG_NER_MAXF / 2 + 10; l++) {
            if (lm & (1u << l))
                k[nk++] = fkey(T_TGAZ_M, l);
            if (lp & (1u << l))
                k[nk++] = fkey(T_TGAZ_P, l);
        }
    }
    return nk;
}

size_t ng__ner_feats(const ng_ner_model *m, const ng_ner_str *toks, const ng_ner_tokinfo *info,
                     size_t n, size_t i, uint64_t *k)
{
    size_t nk = self_keys(m, toks[i].s, toks[i].len, &info[i], k);
    for (int q = 1; q < 5; q++) {
        int d = slot_d[q];
        long j = (long)i + d;
        if (j < 0)
            nk += at_keys(m, PAD_S, PAD_S, PAD_CLS, d, k + nk);
        else if ((size_t)j >= n)
            nk += at_keys(m, PAD_E, PAD_E, PAD_CLS, d, k + nk);
        else
            nk += at_keys(m, info[j].lw, info[j].shape, info[j].cls, d, k + nk);
    }
    return nk + rest_keys(m, info, n, i, k + nk);
}

/* A word's vector block: 5 x NT scores (self, then offsets -2, -1, +1, +2). */
static void word_block(const ng_ner_model *m, const ng_ner_str *tok, const ng_ner_tokinfo *t, int32_t *v)
{
    uint64_t k[NG_NER_MAXF];
    size_t nk = self_keys(m, tok->s, tok->len, t, k);
    ng__ner_score(m, k, nk, v);
    for (int q = 1; q < 5; q++) {
        nk = at_keys(m, t->lw, t->shape, t->cls, slot_d[q], k);
        ng__ner_score(m, k, nk, v + q * NG_NER_NT);
    }
}

int ng__ner_vocab_init(ng_ner_model *m)
{
    uint64_t k[NG_NER_MAXF];
    for (int q = 1; q < 5; q++) {
        int d = slot_d[q];
        size_t nk = at_keys(m, d < 0 ? PAD_S : PAD_E, d < 0 ? PAD_S : PAD_E, PAD_CLS, d, k);
        ng__ner_score(m, k, nk, m->pad[q]);
    }
    if (!m->nvocab)
        return 0;
    m->vvec = ng__malloc((size_t)m->nvocab * 5 * NG_NER_NT * sizeof *m->vvec);
    if (!m->vvec)
        return NG_ENOMEM;
    for (uint32_t i = 0; i <= m->vocab.mask; i++) {
        if (!m->vocab.keys[i])
            continue;
        uint32_t idx = m->vocab.vals[i] - 1;
        ng_ner_str tok = {m->vocab_words[idx].s, m->vocab_words[idx].len};
        ng_ner_tokinfo t;
        ng__ner_tokinfo(m, &tok, 1, &t);
        word_block(m, &tok, &t, m->vvec + (size_t)idx * 5 * NG_NER_NT);
    }
    return 0;
}

/* ---- history ---- */

int ng__ner_hist_init(ng_ner_hist *h, ng_arena *a, uint32_t cap)
{
    memset(h, 0, sizeof *h);
    if (a) {
        h->keys = ng__arena_calloc(a, cap, sizeof *h->keys);
        h->tags = ng__arena_alloc(a, cap);
        h->skeys = ng__arena_calloc(a, cap, sizeof *h->skeys);
        h->seen = ng__arena_alloc(a, cap);
    } else {
        h->keys = ng__calloc(cap, sizeof *h->keys);
        h->tags = ng__malloc(cap);
        h->skeys = ng__calloc(cap, sizeof *h->skeys);
        h->seen = ng__malloc(cap);
    }
    if (!h->keys || !h->tags || !h->skeys || !h->seen) {
        if (!a)
            ng__ner_hist_free_heap(h);
        memset(h, 0, sizeof *h);
        return NG_ENOMEM;
    }
    h->mask = h->smask = cap - 1;
    return 0;
}

void ng__ner_hist_free_heap(ng_ner_hist *h)
{
    ng__free(h->keys);
    ng__free(h->tags);
    ng__free(h->skeys);
    ng__free(h->seen);
    memset(h, 0, sizeof *h);
}

void ng__ner_hist_clear(ng_ner_hist *h)
{
    if (h->keys)
        memset(h->keys, 0, ((size_t)h->mask + 1) * sizeof *h->keys);
    if (h->skeys)
        memset(h->skeys, 0, ((size_t)h->smask + 1) * sizeof *h->skeys);
    h->n = h->sn = 0;
}

void ng__ner_hist_scan(ng_ner_hist *h, const ng_ner_str *toks, size_t n)
{
    if (!h || !h->skeys)
        return;
    for (size_t j = 0; j < n; j++) {
        const unsigned char *s = (const unsigned char *)toks[j].s;
        size_t len = toks[j].len;
        if (!len)
            continue;
        unsigned f = 0;
        if (s[0] >= 'a' && s[0] <= 'z')
            f = NG_NER_SEEN_LOWER;
        else if (s[0] >= 'A' && s[0] <= 'Z' && j > 0) {
            int lower = 0;
            for (size_t k = 1; k < len && !lower; k++)
                lower = s[k] >= 'a' && s[k] <= 'z';
            if (lower)
                f = NG_NER_SEEN_CAP;
        }
        if (!f)
            continue;
        uint64_t w = ng__ner_lhash(toks[j].s, len);
        w = w ? w : 1;
        uint32_t i = (uint32_t)w & h->smask;
        while (h->skeys[i] && h->skeys[i] != w)
            i = (i + 1) & h->smask;
        if (!h->skeys[i]) {
            if ((h->sn + 1) * 4 > (h->smask + 1) * 3)
                continue;
            h->skeys[i] = w;
            h->seen[i] = 0;
            h->sn++;
        }
        h->seen[i] |= (uint8_t)f;
    }
}

/* How word hash w is written in the document (0 if unknown). */
static unsigned hist_seen(const ng_ner_hist *h, uint64_t w)
{
    if (!h || !h->skeys || !h->sn)
        return 0;
    w = w ? w : 1;
    for (uint32_t i = (uint32_t)w & h->smask;; i = (i + 1) & h->smask) {
        if (h->skeys[i] == w)
            return h->seen[i];
        if (!h->skeys[i])
            return 0;
    }
}

void ng__ner_seen_fill(const ng_ner_hist *h, ng_ner_tokinfo *info, size_t n)
{
    for (size_t i = 0; i < n; i++)
        info[i].seen = info[i].cap ? (uint8_t)hist_seen(h, info[i].lh) : 0;
}

int ng__ner_hist_get(const ng_ner_hist *h, uint64_t w)
{
    if (!h || !h->keys || h->n == 0)
        return -1;
    w = w ? w : 1;
    for (uint32_t i = (uint32_t)w & h->mask;; i = (i + 1) & h->mask) {
        if (h->keys[i] == w)
            return h->tags[i] & 31;
        if (!h->keys[i])
            return -1;
    }
}

/* The history keeps, per word, the tag it had in the longest mention seen
 * so far (a later, shorter or O reading does not overwrite "Donald Trump"'s
 * L-PER), so one early mistake spreads less.  Stored as tag | length << 5. */
void ng__ner_hist_update(ng_ner_hist *h, const ng_ner_tokinfo *info, const uint8_t *tags, size_t n)
{
    if (!h || !h->keys)
        return;
    size_t span_start = 0;
    for (size_t j = 0; j < n; j++) {
        int pos = tags[j] ? ng__ner_tag_pos(tags[j]) : -1;
        if (pos == NG_NER_B || pos == NG_NER_U)
            span_start = j;
        if (!info[j].cap)
            continue;
        size_t len = 0;
        if (tags[j]) {
            size_t e = j;
            while (e < n && tags[e] && ng__ner_tag_pos(tags[e]) != NG_NER_L && ng__ner_tag_pos(tags[e]) != NG_NER_U)
                e++;
            len = (e < n ? e : n - 1) - span_start + 1;
        }
        uint8_t val = (uint8_t)(tags[j] | (len > 7 ? 7 : len) << 5);
        uint64_t w = info[j].lh ? info[j].lh : 1;
        uint32_t i = (uint32_t)w & h->mask;
        while (h->keys[i] && h->keys[i] != w)
            i = (i + 1) & h->mask;
        if (!h->keys[i]) {
            if ((h->n + 1) * 4 > (h->mask + 1) * 3)
                continue; /* full: keep what we have */
            h->keys[i] = w;
            h->n++;
        } else if ((h->tags[i] >> 5) > (val >> 5))
            continue;
        h->tags[i] = val;
    }
}

/* Courtesy titles are not part of names (CoNLL, OntoNotes): "Mr. Trump" is
 * PER "Trump".  CoNLL-2003 has almost no "Mr." tokens to learn this from. */
static int is_title(const ng_ner_str *t)
{
    static const char *const titles[] = {"mr", "mrs", "ms", "dr", "prof", "mr.", "mrs.", "ms.", "dr.", "prof."};
    if (t->len < 2 || t->len > 5)
        return 0;
    for (size_t k = 0; k < NG_ARRAY_LEN(titles); k++)
        if (strlen(titles[k]) == t->len && strncasecmp(titles[k], t->s, t->len) == 0)
            return 1;
    return 0;
}

static void strip_titles(const ng_ner_str *toks, size_t n, uint8_t *out)
{
    for (size_t i = 0; i < n; i++) {
        if (!out[i] || !is_title(&toks[i]))
            continue;
        int pos = ng__ner_tag_pos(out[i]), type = ng__ner_tag_type(out[i]);
        if (pos == NG_NER_U)
            out[i] = 0;
        else if (pos == NG_NER_B && i + 1 < n) {
            out[i] = 0;
            out[i + 1] = (uint8_t)ng__ner_mktag(type, ng__ner_tag_pos(out[i + 1]) == NG_NER_L ? NG_NER_U : NG_NER_B);
        }
    }
}

/* ---- BILOU ---- */

int ng__ner_allowed(int a, int b)
{
    int aend = a < 0 || a == 0 || ng__ner_tag_pos(a) == NG_NER_L || ng__ner_tag_pos(a) == NG_NER_U;
    if (b < 0)
        return a < 0 ? 1 : aend;
    int bstart = b == 0 || ng__ner_tag_pos(b) == NG_NER_B || ng__ner_tag_pos(b) == NG_NER_U;
    if (aend)
        return bstart;
    /* a is B or I: b must continue the same type */
    return !bstart && ng__ner_tag_type(a) == ng__ner_tag_type(b);
}

void ng__ner_pred_init(ng_ner_model *m)
{
    for (int t = 0; t < NG_NER_NT; t++) {
        int k = 0;
        for (int a = 0; a < NG_NER_NT; a++)
            if (ng__ner_allowed(a, t))
                m->pred[t][k++] = (uint8_t)a;
        m->npred[t] = (uint8_t)k;
        m->start_ok[t] = (uint8_t)ng__ner_allowed(-1, t);
        m->end_ok[t] = (uint8_t)ng__ner_allowed(t, -1);
    }
}

void ng__ner_viterbi(const ng_ner_model *m, const int32_t *em, size_t n, uint8_t *bp, uint8_t *out)
{
    enum { NT = NG_NER_NT };
    /* int32 path scores, shifted each step so the best is 0: one step moves
     * them by at most a few million (64 features x int16 + a transition) */
    static const int32_t NEG = -(1 << 30);
    int32_t cur[NT], nxt[NT];
    if (n == 0)
        return;
    for (int t = 0; t < NT; t++)
        cur[t] = m->start_ok[t] ? m->start[t] + em[t] : NEG;
    for (size_t i = 1; i < n; i++) {
        const int32_t *e = em + i * NT;
        uint8_t *b = bp + i * NT;
        int32_t top = NEG;
        for (int t = 0; t < NT; t++)
            top = cur[t] > top ? cur[t] : top;
        for (int t = 0; t < NT; t++)
            cur[t] = cur[t] - top < NEG ? NEG : cur[t] - top;
        for (int t = 0; t < NT; t++) {
            const uint8_t *pv = m->pred[t];
            int32_t best = NEG * 2;
            int arg = pv[0];
            for (int k = 0; k < m->npred[t]; k++) {
                int a = pv[k];
                int32_t v = cur[a] + m->trans[a][t];
                if (v > best)
                    best = v, arg = a;
            }
            nxt[t] = best + e[t];
            b[t] = (uint8_t)arg;
        }
        memcpy(cur, nxt, sizeof cur);
    }
    int32_t best = INT32_MIN;
    int arg = 0;
    for (int t = 0; t < NT; t++)
        if (m->end_ok[t] && cur[t] > best)
            best = cur[t], arg = t;
    out[n - 1] = (uint8_t)arg;
    for (size_t i = n - 1; i > 0; i--)
        out[i - 1] = bp[i * NT + out[i]];
}

void ng__ner_score(const ng_ner_model *m, const uint64_t *keys, size_t nk, int32_t *em)
{
    for (int t = 0; t < NG_NER_NT; t++)
        em[t] = 0;
    if (!m->mask)
        return;
    for (size_t f = 0; f < nk; f++) {
        uint64_t k = keys[f];
        for (uint32_t i = (uint32_t)k & m->mask;; i = (i + 1) & m->mask) {
            const ng_ner_slot *s = &m->slots[i];
            if (s->key == k) {
                for (int t = 0; t < NG_NER_NT; t++)
                    em[t] += s->w[t];
                break;
            }
            if (!s->key)
                break;
        }
    }
}

void ng__ner_spans(const uint8_t *tags, size_t n, void (*fn)(void *ud, size_t tok, size_t ntok, int type),
                   void *ud)
{
    size_t i = 0;
    while (i < n) {
        int t = tags[i];
        if (t == 0) {
            i++;
            continue;
        }
        int type = ng__ner_tag_type(t);
        size_t j = i;
        int pos = ng__ner_tag_pos(t);
        if (pos == NG_NER_B || pos == NG_NER_I) {
            /* extend over I and a closing L of the same type */
            j = i + 1;
            while (j < n && tags[j] && ng__ner_tag_type(tags[j]) == type &&
                   (ng__ner_tag_pos(tags[j]) == NG_NER_I || ng__ner_tag_pos(tags[j]) == NG_NER_L)) {
                j++;
                if (ng__ner_tag_pos(tags[j - 1]) == NG_NER_L)
                    break;
            }
            j--;
        }
        fn(ud, i, j - i + 1, type);
        i = j + 1;
    }
}

int ng__ner_scratch_init(ng_ner_scratch *x, ng_arena *a, size_t maxn)
{
    memset(x, 0, sizeof *x);
    if (maxn == 0)
        maxn = 1;
    size_t sz[7] = {maxn * sizeof *x->info, maxn * NG_NER_MAXF * sizeof *x->keys, maxn * NG_NER_NT * sizeof *x->em,
                    maxn * NG_NER_NT, maxn * 5 * NG_NER_NT * sizeof *x->vec, maxn * sizeof *x->vp, maxn};
    void *p[7];
    for (int i = 0; i < 7; i++) {
        p[i] = a ? ng__arena_alloc(a, sz[i]) : ng__malloc(sz[i]);
        if (!p[i]) {
            if (!a)
                for (int j = 0; j < i; j++)
                    ng__free(p[j]);
            return NG_ENOMEM;
        }
    }
    x->info = p[0], x->keys = p[1], x->em = p[2], x->bp = p[3], x->vec = p[4], x->vp = p[5], x->nk = p[6];
    x->maxn = maxn;
    return 0;
}

void ng__ner_scratch_free_heap(ng_ner_scratch *x)
{
    ng__free(x->info);
    ng__free(x->keys);
    ng__free(x->em);
    ng__free(x->bp);
    ng__free(x->vec);
    ng__free((void *)x->vp);
    ng__free(x->nk);
    memset(x, 0, sizeof *x);
}

void ng__ner_tag_sentence(const ng_ner_model *m, const ng_ner_str *toks, size_t n, ng_ner_hist *hist,
                          ng_ner_scratch *x, uint8_t *out)
{
    enum { NT = NG_NER_NT };
    if (n == 0)
        return;
    ng_ner_tokinfo *info = x->info;
    tokinfo(m, toks, n, info, 0);
    if (hist && (m->flags & NG_NER_F_SEEN))
        ng__ner_seen_fill(hist, info, n);
    int use_hist = hist && (m->flags & NG_NER_F_HIST);
    /* each word's vector block: from the vocabulary, or computed once */
    for (size_t j = 0; j < n; j++) {
        uint32_t v = m->nvocab ? ng__ner_set_get(&m->vocab, info[j].w) : 0;
        if (v) {
            x->vp[j] = m->vvec + (size_t)(v - 1) * 5 * NT;
        } else {
            int32_t *b = x->vec + j * 5 * NT;
            if ((m->flags & NG_NER_F_CLS) && m->cls.n)
                info[j].cls = ng__ner_set_get(&m->cls, info[j].lw);
            word_block(m, &toks[j], &info[j], b);
            x->vp[j] = b;
        }
    }
    /* the other features' keys for the whole sentence, then their slots
     * fetched ahead (the table is larger than the caches), then scores */
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t *k = x->keys + off;
        size_t nk = rest_keys(m, info, n, i, k);
        if (use_hist && info[i].cap) {
            int h = ng__ner_hist_get(hist, info[i].lh);
            if (h >= 0) {
                k[nk++] = ng__ner_hist_key(0, h);
                k[nk++] = ng__ner_hist_key(1, ng__ner_tag_type(h));
            }
        }
        x->nk[i] = (uint8_t)nk;
        off += nk;
    }
#if defined(__GNUC__)
    if (m->mask)
        for (size_t j = 0; j < off; j++)
            __builtin_prefetch(&m->slots[(uint32_t)x->keys[j] & m->mask]);
#endif
    off = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t *e = x->em + i * NT;
        ng__ner_score(m, x->keys + off, x->nk[i], e);
        off += x->nk[i];
        const int32_t *self = x->vp[i];
        const int32_t *am2 = i >= 2 ? x->vp[i - 2] + 1 * NT : m->pad[1];
        const int32_t *am1 = i >= 1 ? x->vp[i - 1] + 2 * NT : m->pad[2];
        const int32_t *ap1 = i + 1 < n ? x->vp[i + 1] + 3 * NT : m->pad[3];
        const int32_t *ap2 = i + 2 < n ? x->vp[i + 2] + 4 * NT : m->pad[4];
        for (int t = 0; t < NT; t++)
            e[t] += self[t] + am2[t] + am1[t] + ap1[t] + ap2[t];
    }
    ng__ner_viterbi(m, x->em, n, x->bp, out);
    strip_titles(toks, n, out);
    if (use_hist)
        ng__ner_hist_update(hist, info, out, n);
}

/* ---- sets ---- */

int ng__ner_set_init(ng_ner_set *s, uint32_t n)
{
    uint32_t cap = 16;
    while (cap < n * 2u && cap < (1u << 30))
        cap <<= 1;
    memset(s, 0, sizeof *s);
    s->keys = ng__calloc(cap, sizeof *s->keys);
    s->vals = ng__calloc(cap, sizeof *s->vals);
    if (!s->keys || !s->vals) {
        ng__ner_set_free(s);
        return NG_ENOMEM;
    }
    s->mask = cap - 1;
    return 0;
}

void ng__ner_set_free(ng_ner_set *s)
{
    ng__free(s->keys);
    ng__free(s->vals);
    memset(s, 0, sizeof *s);
}

static int set_grow(ng_ner_set *s)
{
    ng_ner_set t;
    if (ng__ner_set_init(&t, (s->mask + 1)) != 0)
        return NG_ENOMEM;
    for (uint32_t i = 0; i <= s->mask; i++)
        if (s->keys[i])
            ng__ner_set_put(&t, s->keys[i], s->vals[i]);
    ng__ner_set_free(s);
    *s = t;
    return 0;
}

static int set_upd(ng_ner_set *s, uint64_t key, uint32_t val, int or)
{
    key = key ? key : 1;
    if (!s->keys || (s->n + 1) * 2 > s->mask + 1) {
        if (!s->keys ? ng__ner_set_init(s, 16) : set_grow(s))
            return NG_ENOMEM;
    }
    uint32_t i = (uint32_t)key & s->mask;
    while (s->keys[i] && s->keys[i] != key)
        i = (i + 1) & s->mask;
    if (!s->keys[i]) {
        s->keys[i] = key;
        s->vals[i] = 0;
        s->n++;
    }
    s->vals[i] = or ? s->vals[i] | val : val;
    return 0;
}

int ng__ner_set_or(ng_ner_set *s, uint64_t key, uint32_t val) { return set_upd(s, key, val, 1); }
int ng__ner_set_put(ng_ner_set *s, uint64_t key, uint32_t val) { return set_upd(s, key, val, 0); }

uint32_t ng__ner_set_get(const ng_ner_set *s, uint64_t key)
{
    if (!s->keys || !s->n)
        return 0;
    key = key ? key : 1;
    for (uint32_t i = (uint32_t)key & s->mask;; i = (i + 1) & s->mask) {
        if (s->keys[i] == key)
            return s->vals[i];
        if (!s->keys[i])
            return 0;
    }
}
