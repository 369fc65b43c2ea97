/*
 * qtag.c -- the learned attribution tagger: loads its model when the engine
 * opens, and after the rule annotator (quotes.c) adds attributions the rules
 * missed.
 *
 * It looks only at sentences (windows of at most QT_MAXSENT tokens) that hold
 * a learned cue word (a word the training data used as a cue, stored in the
 * model) and no token of a rule item: the rules are precise where they fire,
 * and tagging every sentence would cost more than the budget.  Every
 * token of such a window gets one of seven tags: O, or B/I of source, cue,
 * content.  The scores come from an averaged perceptron (qtag_train.c) over
 * QT_NFEAT hashed features per token: the word and its neighbours, word
 * pairs, suffix, shape, quotation-mark state, entity tags, the cue lexicon's
 * entry, the distance to the nearest cue word, the position in the sentence.
 * One table lookup per feature fetches all seven weights; first-order Viterbi
 * picks the sequence.  Each tagged cue then takes the nearest tagged content
 * and source of its window, and the item is added when its content has at
 * least QT_MIN_CONTENT tokens (one will do for a capitalised word), at least
 * QT_MIN_CONTENT_NOSRC words when the item has no source, and overlaps no
 * rule item.  Its source is
 * tidied as the rules draw sources (ng__q_tidy_source: a subject right
 * before the cue reaches the start of its phrase, a lone function word is
 * no source); an item with no tagged source takes the clause subject of a
 * participle or infinitive cue as the rules find it (ng__q_cue_subject:
 * "Berg began by saying"), or the subject pronoun before a finite cue
 * ("he spoke briefly of"), else keeps null; and the source resolves
 * to an entity the way the rules do (head mention, role reference, he/she
 * antecedent: quotes.c).  Work is linear in the document: one hash per
 * lower-case word, constant work per token of a window, overlap tests by
 * binary search over the rule items.  The model file is
 * `<data_dir>/quotes.model` (doc/MODEL.md); when it is absent the engine runs
 * the rules alone.
 */
#include "qtag.h"
#include "quotes.h"
#include "text/sentrun.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/stat.h>

/* ---- token facts ---- */

static int is_dq(const ng_doc *d, const ng_token *t)
{
    const unsigned char *s = (const unsigned char *)d->text + t->start;
    size_t n = t->end - t->start;
    if (n == 1)
        return s[0] == '"';
    if (n == 2)
        return s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB);
    if (n == 3)
        return s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9C || s[2] == 0x9D || s[2] == 0x9E);
    return 0;
}

static inline uint64_t fmix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h ? h : 1;
}

/* The word hash of the n bytes at s (8 bytes readable from s + n - 1). */
static inline uint64_t bytes_hash(const unsigned char *s, size_t n)
{
    /* eight bytes at a time, the first 32 bytes, with bit 5 set in every
     * byte (ASCII letters folded to lower case; punctuation and digits keep
     * their value) */
    if (n > 32)
        n = 32;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n, c;
    size_t k = 0;
    for (; k + 8 <= n; k += 8) {
        memcpy(&c, s + k, 8);
        h = (h ^ (c | 0x2020202020202020ull)) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    if (k < n) { /* little-endian: the first n - k bytes */
        memcpy(&c, s + k, 8);
        c = (c | 0x2020202020202020ull) & ((1ull << (8 * (n - k))) - 1);
        h = (h ^ c) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    return fmix(h);
}

static inline uint64_t word_hash(const ng_doc *d, size_t i)
{
    const ng_token *t = &d->tokens.v[i];
    if (t->kind == NG_TOK_QUOTE)
        return 0x51ed270b9f3c1a2dull;
    if (t->kind == NG_TOK_POSSESSIVE)
        return 0x2545f4914f6cdd1dull;
    /* (the text is padded: NG_TEXT_PAD) */
    return bytes_hash((const unsigned char *)d->text + t->start, t->end - t->start);
}

uint64_t ng__qt_word_hash(const ng_doc *d, size_t i)
{
    return word_hash(d, i);
}

static int cue_member(const uint64_t *set, uint32_t mask, uint64_t h)
{
    if (!set)
        return 0;
    for (uint32_t p = (uint32_t)h & mask;; p = (p + 1) & mask) {
        if (set[p] == h)
            return 1;
        if (!set[p])
            return 0;
    }
}

static void env_add(uint32_t *e, uint32_t s, uint32_t t)
{
    if (t > s) {
        if (s < e[0])
            e[0] = s;
        if (t > e[1])
            e[1] = t;
    }
}

int ng__qt_prepare_in(ng_doc *d, const unsigned char *filter, const uint64_t *cueset, uint32_t cuemask, qt_doc *x,
                      unsigned char *buf, size_t cap)
{
    size_t nt = d->tokens.n, ne = d->quotes.n + d->attributions.n;
    memset(x, 0, sizeof *x);
    size_t o_b = NG_ALIGN_UP((nt + 1) * sizeof *x->wh, 16), step = NG_ALIGN_UP(nt + 1, 16), o_env = o_b + 4 * step,
           need = o_env + NG_ALIGN_UP((2 * ne + 2) * sizeof *x->env, 16);
    unsigned char *p = ng__scratch(&d->arena, buf, cap, need);
    if (!p)
        return NG_ENOMEM;
    x->wh = (uint64_t *)(void *)p;
    x->dist = p + o_b;
    x->ner = p + o_b + step;
    x->inq = p + o_b + 2 * step;
    x->cand = p + o_b + 3 * step;
    x->env = (uint32_t *)(void *)(p + o_env);
    /* the rule items' envelopes (content, source and cue), by start, with
     * the running maximum of their ends */
    for (size_t i = 0; i < d->quotes.n; i++) {
        const ng_quote *q = &d->quotes.v[i];
        uint32_t *e = x->env + 2 * i;
        e[0] = UINT32_MAX, e[1] = 0;
        env_add(e, q->start, q->end);
        env_add(e, q->speaker_start, q->speaker_end);
        env_add(e, q->cue_start, q->cue_end);
    }
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *at = &d->attributions.v[i];
        uint32_t *e = x->env + 2 * (d->quotes.n + i);
        e[0] = UINT32_MAX, e[1] = 0;
        env_add(e, at->start, at->end);
        env_add(e, at->source_start, at->source_end);
        env_add(e, at->cue_start, at->cue_end);
    }
    if (ng__q_sort_by_start(&d->arena, x->env, ne, 2 * sizeof *x->env))
        return NG_ENOMEM;
    for (size_t i = 1; i < ne; i++)
        if (x->env[2 * i + 1] < x->env[2 * i - 1])
            x->env[2 * i + 1] = x->env[2 * i - 1];
    x->nenv = ne;
    x->filter = filter, x->cueset = cueset, x->cuemask = cuemask;
    return 0;
}

int ng__qt_prepare(ng_doc *d, const unsigned char *filter, const uint64_t *cueset, uint32_t cuemask, qt_doc *x)
{
    return ng__qt_prepare_in(d, filter, cueset, cuemask, x, NULL, 0);
}

void ng__qt_window_prep(const ng_doc *d, qt_doc *x, size_t s0, size_t s1)
{
    const ng_token *tk = d->tokens.v;
    for (size_t i = s0; i < s1; i++)
        x->wh[i] = word_hash(d, i);
    /* quotation state: carried from the last window on (windows come in
     * text order), a paragraph start closes an open quotation; inq is
     * stored for the window's tokens only (no other is read) */
    /* a paragraph start closes any quotation, so the state at s0 is the
     * one carried from the last paragraph start at or before s0 (most
     * windows open a paragraph of wire copy): the tokens before it are
     * not read */
    size_t from = x->qcur;
    for (size_t p = s0; p > from; p--)
        if (tk[p].flags & NG_TF_PARA) {
            from = p;
            break;
        }
    for (size_t i = from; i < s0; i++) {
        const ng_token *t = &tk[i];
        if (!((t->flags & NG_TF_PARA) | (t->kind == NG_TOK_QUOTE)))
            continue;
        if (t->flags & NG_TF_PARA)
            x->qin = 0;
        if (t->kind == NG_TOK_QUOTE && is_dq(d, t)) {
            if (t->flags & NG_TF_OPEN)
                x->qin = 1;
            if (t->flags & NG_TF_CLOSE)
                x->qin = 0;
        }
    }
    for (size_t i = x->qcur > s0 ? x->qcur : s0; i < s1; i++) {
        const ng_token *t = &tk[i];
        if (t->flags & NG_TF_PARA)
            x->qin = 0;
        if (t->kind == NG_TOK_QUOTE && is_dq(d, t)) {
            if (t->flags & NG_TF_OPEN)
                x->qin = 1;
            x->inq[i] = 1;
            if (t->flags & NG_TF_CLOSE)
                x->qin = 0;
            continue;
        }
        x->inq[i] = (uint8_t)x->qin;
    }
    if (s1 > x->qcur)
        x->qcur = s1;
    /* entity tags of the window's tokens */
    memset(x->ner + s0, 0, s1 - s0);
    size_t lo = 0, hi = d->mentions.n;
    while (lo < hi) { /* first mention ending after s0 */
        size_t mid = (lo + hi) / 2;
        if (d->mentions.v[mid].tok + d->mentions.v[mid].ntok <= s0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < d->mentions.n && d->mentions.v[k].tok < s1; k++) {
        const ng_mention *m = &d->mentions.v[k];
        for (size_t j = 0; j < m->ntok; j++)
            if (m->tok + j >= s0 && m->tok + j < s1)
                x->ner[m->tok + j] = (uint8_t)((j ? 2 : 1) + 2 * (m->type & 7));
    }
    /* dist: bucket of the window's nearest cue candidate to the left (low
     * nibble) and to the right (high nibble): 0, 1, 2, 3-4, 5-8, 9+ tokens
     * away (0-5), none 6; read from a table by the tokens since the
     * candidate, 9 standing for 9 or more and 10 for none yet (no branch on
     * the distance) */
    static const uint8_t bucket[11] = {0, 1, 2, 3, 3, 4, 4, 4, 4, 5, 6};
    unsigned since = 10;
    for (size_t i = s0; i < s1; i++) {
        since = x->cand[i] ? 0u : since + (since < 9u);
        x->dist[i] = bucket[since];
    }
    since = 10;
    for (size_t i = s1; i-- > s0;) {
        since = x->cand[i] ? 0u : since + (since < 9u);
        x->dist[i] = (uint8_t)(x->dist[i] | bucket[since] << 4);
    }
}

size_t ng__qt_window_end(const ng_doc *d, size_t s0)
{
    size_t nt = d->tokens.n;
    return ng__sent_end_of(d, s0, nt - s0 < QT_MAXSENT ? nt : s0 + QT_MAXSENT);
}

int ng__qt_window(const ng_doc *d, qt_doc *x, size_t s0, size_t s1)
{
    /* no rule item's envelope overlaps the window's bytes (first: most
     * sentences of quoting articles hold a rule item) */
    if (x->nenv) {
        uint32_t bs = d->tokens.v[s0].start, be = d->tokens.v[s1 - 1].end;
        /* lo: the envelopes starting before be, counted on from the last
         * window's (windows come in text order: a step or two, where a
         * binary search took a few hard branches; a window before the
         * last counts from 0) */
        size_t lo = x->ecur;
        if (lo && x->env[2 * (lo - 1)] >= be)
            lo = 0;
        while (lo < x->nenv && x->env[2 * lo] < be)
            lo++;
        x->ecur = lo;
        if (lo && x->env[2 * (lo - 1) + 1] > bs)
            return 0;
    }
    if (!x->cueset) {
        memset(x->cand + s0, 0, s1 - s0);
        return 0;
    }
    /* the cue-word test, for lower-case words that pass the prefilter: the
     * three tests in one branch (each is as hard to predict as the words;
     * the prefilter key is computed for every token, the text being
     * padded: NG_TEXT_PAD) */
    const ng_token *tk = d->tokens.v;
    int any = 0;
    for (size_t i = s0; i < s1; i++) {
        const unsigned char *ws = (const unsigned char *)d->text + tk[i].start;
        unsigned fk = ng__qt_filter_key(ws, tk[i].end - tk[i].start);
        unsigned maybe = (unsigned)(tk[i].kind == NG_TOK_WORD) & (unsigned)((unsigned)(ws[0] - 'a') < 26u) &
                         (unsigned)(x->filter[fk >> 3] >> (fk & 7));
        uint8_t c = 0;
        if (maybe & 1u)
            c = (uint8_t)cue_member(x->cueset, x->cuemask, word_hash(d, i));
        x->cand[i] = c;
        any |= c;
    }
    return any;
}

/* ---- features ---- */

static inline uint64_t mix(uint64_t t, uint64_t h)
{
    h = (h + t * 0x9E3779B97F4A7C15ull) * 0xff51afd7ed558ccdull;
    h ^= h >> 31;
    return h ? h : 1;
}

static unsigned shape(const ng_token *t)
{
    return (unsigned)t->kind * 8u + ((t->flags & NG_TF_CAP) ? 1u : 0u) + ((t->flags & NG_TF_ALLCAP) ? 2u : 0u) +
           ((t->flags & NG_TF_DIGIT) ? 4u : 0u);
}


/* The cue lexicon's entry of a word as a feature (length, three letters of
 * the lemma, flags). */
static uint64_t lem_value(const ng_cue *c)
{
    size_t ll = strlen(c->lemma);
    return (uint64_t)ll << 56 | (uint64_t)(unsigned char)c->lemma[0] << 48 |
           (uint64_t)(unsigned char)c->lemma[ll / 2] << 40 | (uint64_t)(unsigned char)c->lemma[ll - 1] << 32 | c->flags;
}

void ng__qt_features(const ng_doc *d, const qt_doc *x, size_t s0, size_t s1, size_t i, uint64_t *keys)
{
    const ng_token *tk = d->tokens.v;
#define W(k) ((i + (size_t)(k) >= s0 && i + (size_t)(k) < s1) ? x->wh[i + (size_t)(k)] : (uint64_t)(1000 + (k)))
#define N(k) ((i + (size_t)(k) >= s0 && i + (size_t)(k) < s1) ? (uint64_t)x->ner[i + (size_t)(k)] : 99u)
    uint64_t w0 = x->wh[i];
    keys[0] = mix(1, w0);
    keys[1] = mix(2, W(-1));
    keys[2] = mix(3, W(1));
    /* suffix: the last three bytes of a word of more than four */
    const unsigned char *s = (const unsigned char *)d->text + tk[i].start;
    size_t n = tk[i].end - tk[i].start;
    uint64_t suf = 0;
    if (tk[i].kind == NG_TOK_WORD && n > 4)
        suf = (uint64_t)(s[n - 3] | 0x20) << 16 | (uint64_t)(s[n - 2] | 0x20) << 8 | (s[n - 1] | 0x20);
    keys[3] = mix(6, suf);
    keys[4] = mix(7, shape(&tk[i]) * 512u + (i > s0 ? shape(&tk[i - 1]) : 511u));
    keys[5] = mix(8, (uint64_t)x->inq[i] * 16 + (i > s0 ? x->inq[i - 1] : 2u) * 4);
    keys[6] = mix(9, N(0));
    /* the cue lexicon's entry of a lower-case word: lemma and flags */
    uint64_t lem = 0;
    if (tk[i].kind == NG_TOK_WORD && n < 24 && s[0] >= 'a' && s[0] <= 'z' &&
        ng__cue_maybe((const char *)s, n)) {
        const ng_cue *c = ng__cue_lookup((const char *)s, n);
        if (c)
            lem = lem_value(c);
    }
    keys[7] = mix(10, lem);
    unsigned dl = x->dist[i] & 15u, dr = x->dist[i] >> 4;
    keys[8] = mix(11, dl * 8 + dr);
    keys[9] = mix(12, W(-1) * 31 + w0);
    keys[10] = mix(13, w0 * 31 + W(1));
    keys[11] = mix(14, (uint64_t)(i == s0) + ((tk[i].flags & NG_TF_SENT) ? 2u : 0u) +
                           ((tk[i].flags & NG_TF_PARA) ? 4u : 0u) + (i + 1 == s1 ? 8u : 0u));
    keys[12] = mix(15, N(-1) * 128 + N(1) * 8 + (uint64_t)(dl == 6 ? 0 : 1) + (dr == 6 ? 0 : 2));
#undef W
#undef N
}

/* ---- Viterbi ---- */

void ng__qt_trans_prep(const float *trans, float *tr8)
{
    /* I-X only after B-X or I-X: other transitions into I-X are barred */
    for (int p = -1; p < QT_NTAGS; p++) {
        for (int t = 0; t < QT_NTAGS; t++) {
            int bar = (t == QT_ISRC || t == QT_ICUE || t == QT_ICON) && p != t - 1 && p != t;
            tr8[(p + 1) * 8 + t] = bar ? -1e30f : trans[(p + 1) * QT_NTAGS + t];
        }
        tr8[(p + 1) * 8 + QT_NTAGS] = 0;
    }
}

/* The best last tag by final scores cur (the lower on ties), then the
 * back-pointers back[i * QT_NTAGS + tag] to the start: tags[0..n). */
static void backtrack(const float *cur, const uint8_t *back, size_t n, uint8_t *tags)
{
    int bt = 0;
    for (int t = 1; t < QT_NTAGS; t++)
        if (cur[t] > cur[bt])
            bt = t;
    for (size_t i = n; i-- > 0;) {
        tags[i] = (uint8_t)bt;
        if (i)
            bt = back[i * QT_NTAGS + (size_t)bt];
    }
}

#if QT_SIMD
/* The 7 floats of an emission row as lanes 0-3 and 4-6 (lane 7 zero). */
static inline __m128 row_lo(const float *e) { return _mm_loadu_ps(e); }
static inline __m128 row_hi(const float *e)
{
    return _mm_movelh_ps(_mm_castpd_ps(_mm_load_sd((const double *)(const void *)(e + 4))), _mm_load_ss(e + 6));
}

/* One predecessor p of every tag at once: v = cur[p] + tr8[p + 1][t]; where
 * v > best (strictly: the scalar loop's tie order), best = v and bp = p. */
#define QT_VSTEP(p, src, lane)                                                                   \
    do {                                                                                         \
        __m128 s_ = _mm_shuffle_ps(src, src, _MM_SHUFFLE(lane, lane, lane, lane));               \
        __m128 v0_ = _mm_add_ps(s_, _mm_loadu_ps(tr8 + ((p) + 1) * 8));                          \
        __m128 v1_ = _mm_add_ps(s_, _mm_loadu_ps(tr8 + ((p) + 1) * 8 + 4));                      \
        __m128i g0_ = _mm_castps_si128(_mm_cmpgt_ps(v0_, b0)), g1_ = _mm_castps_si128(_mm_cmpgt_ps(v1_, b1)); \
        b0 = _mm_max_ps(v0_, b0), b1 = _mm_max_ps(v1_, b1); /* (v > b ? v : b) */                \
        __m128i pv_ = _mm_set1_epi32(p); /* p rises: bp = max(bp, v > b ? p : 0) */              \
        p0 = _mm_max_epi16(p0, _mm_and_si128(g0_, pv_));                                         \
        p1 = _mm_max_epi16(p1, _mm_and_si128(g1_, pv_));                                         \
    } while (0)

/* The scalar loop below for all seven tags at once, 4 + 4 lanes: the same
 * float operations in the same order, so the same sums, maxima and ties.
 * The I-X tags take the maximum over all predecessors here, where the
 * scalar loop looks only at B-X and I-X: the barred ones score about -1e30
 * and never win, so the result is the same. */
void ng__qt_viterbi_tr(const float *emit, const float *tr8, size_t n, uint8_t *back, float *dp, uint8_t *tags)
{
    (void)dp;
    if (n == 0)
        return;
    __m128 c0 = _mm_add_ps(_mm_loadu_ps(tr8), row_lo(emit)), c1 = _mm_add_ps(_mm_loadu_ps(tr8 + 4), row_hi(emit));
    for (size_t i = 1; i < n; i++) {
        __m128 b0 = _mm_shuffle_ps(c0, c0, 0), b1;
        b1 = _mm_add_ps(b0, _mm_loadu_ps(tr8 + 12));
        b0 = _mm_add_ps(b0, _mm_loadu_ps(tr8 + 8));
        __m128i p0 = _mm_setzero_si128(), p1 = _mm_setzero_si128();
        QT_VSTEP(1, c0, 1);
        QT_VSTEP(2, c0, 2);
        QT_VSTEP(3, c0, 3);
        QT_VSTEP(4, c1, 0);
        QT_VSTEP(5, c1, 1);
        QT_VSTEP(6, c1, 2);
        const float *e = emit + i * QT_NTAGS;
        c0 = _mm_add_ps(b0, row_lo(e)), c1 = _mm_add_ps(b1, row_hi(e));
        __m128i pk = _mm_packs_epi32(p0, p1);
        unsigned char bp[16];
        _mm_storeu_si128((__m128i *)(void *)bp, _mm_packus_epi16(pk, pk));
        memcpy(back + i * QT_NTAGS, bp, QT_NTAGS);
    }
    float cur[8];
    _mm_storeu_ps(cur, c0), _mm_storeu_ps(cur + 4, c1);
    backtrack(cur, back, n, tags);
}
#undef QT_VSTEP
#else
void ng__qt_viterbi_tr(const float *emit, const float *tr8, size_t n, uint8_t *back, float *dp, uint8_t *tags)
{
    if (n == 0)
        return;
    const float *tr = tr8;
    float *cur = dp, *nxt = dp + QT_NTAGS;
    for (int t = 0; t < QT_NTAGS; t++)
        cur[t] = tr[t] + emit[t];
    for (size_t i = 1; i < n; i++) {
        /* branch-free maxima: the comparisons are unpredictable */
        for (int t = 0; t < QT_NTAGS; t++) {
            if (t == QT_ISRC || t == QT_ICUE || t == QT_ICON) {
                /* only B-X and I-X lead here; the barred ones score about
                 * -1e30 and never win, so the result is the full loop's */
                float b = cur[t - 1] + tr[t * 8 + t], v = cur[t] + tr[(t + 1) * 8 + t];
                int gt = v > b;
                nxt[t] = (gt ? v : b) + emit[i * QT_NTAGS + (size_t)t];
                back[i * QT_NTAGS + (size_t)t] = (uint8_t)(gt ? t : t - 1);
                continue;
            }
            float best = cur[0] + tr[8 + t];
            int bp = 0;
            for (int p = 1; p < QT_NTAGS; p++) {
                float v = cur[p] + tr[(p + 1) * 8 + t];
                int gt = v > best;
                best = gt ? v : best;
                bp = gt ? p : bp;
            }
            nxt[t] = best + emit[i * QT_NTAGS + (size_t)t];
            back[i * QT_NTAGS + (size_t)t] = (uint8_t)bp;
        }
        float *tmp = cur;
        cur = nxt, nxt = tmp;
    }
    backtrack(cur, back, n, tags);
}
#endif

void ng__qt_viterbi(const float *emit, const float *trans, size_t n, uint8_t *back, float *dp, uint8_t *tags)
{
    float tr8[QT_TR8];
    ng__qt_trans_prep(trans, tr8);
    ng__qt_viterbi_tr(emit, tr8, n, back, dp, tags);
}

/* ---- model file ---- */

static uint32_t rd32(const unsigned char *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint64_t rd64(const unsigned char *p) { return rd32(p) | (uint64_t)rd32(p + 4) << 32; }

static int host_le(void)
{
    uint16_t v = 1;
    unsigned char c;
    memcpy(&c, &v, 1);
    return c == 1;
}

#define BAD(off, ...)                                                                          \
    do {                                                                                       \
        ng__error_set(err, NG_EMODEL, (uint64_t)(off), 0, __VA_ARGS__);                        \
        return NG_EMODEL;                                                                      \
    } while (0)

static int check(const unsigned char *p, size_t size, int verify, uint32_t *lg, uint32_t *ncue, float *scale,
                 ng_error *err)
{
    if (size < QT_HEADER || memcmp(p, QT_MAGIC, 8))
        BAD(0, "quotes model: bad magic");
    if (!host_le())
        BAD(0, "quotes model: this build reads models on little-endian hosts only");
    if (rd32(p + 8) != QT_VERSION)
        BAD(8, "quotes model: version %u, expected %u", rd32(p + 8), QT_VERSION);
    if (rd32(p + 12) != QT_NTAGS || rd32(p + 16) != QT_NFEAT)
        BAD(12, "quotes model: %u tags and %u features per token, expected %u and %u", rd32(p + 12),
            rd32(p + 16), (unsigned)QT_NTAGS, (unsigned)QT_NFEAT);
    *lg = rd32(p + 20);
    if (*lg < 4 || *lg > 24)
        BAD(20, "quotes model: table size 2^%u out of range 2^4..2^24", *lg);
    *ncue = rd32(p + 24);
    if (*ncue > (1u << 20))
        BAD(24, "quotes model: %u cue words, at most 2^20", *ncue);
    uint32_t sb = rd32(p + 28);
    memcpy(scale, &sb, 4);
    if (!(*scale > 0) || !isfinite(*scale))
        BAD(28, "quotes model: weight scale is not a positive number");
    uint64_t slots = 1ull << *lg;
    uint64_t want = QT_HEADER + 2ull * QT_TRANS + QT_FILTER_BITS / 8 + 8ull * *ncue + (uint64_t)sizeof(qt_slot) * slots;
    if (rd64(p + 32) != size || size != want)
        BAD(32, "quotes model: file size %zu, header says %llu, layout needs %llu", size,
            (unsigned long long)rd64(p + 32), (unsigned long long)want);
    if (verify && ng__hash(p + QT_HEADER, size - QT_HEADER) != rd64(p + 40))
        BAD(40, "quotes model: checksum mismatch (corrupt file)");
    for (size_t k = 48; k < QT_HEADER; k++)
        if (p[k])
            BAD(k, "quotes model: reserved header bytes are not zero");
    return 0;
}

/* Row offsets of the six features in ng_qtag.rows, by value index. */
enum {
    QT_R4 = 0,                  /* shape(i) x 97 + shape(i - 1) (96: none) */
    QT_R5 = QT_R4 + 96 * 97,    /* inq(i) x 16 + inq(i - 1) x 4 (2: none) */
    QT_R6 = QT_R5 + 25,         /* entity tag of i, 0-16 */
    QT_R8 = QT_R6 + 17,         /* dist left x 8 + dist right, 0-6 each */
    QT_R11 = QT_R8 + 55,        /* position bits, 0-15 */
    QT_R12 = QT_R11 + 16,       /* (tag of i - 1 x 18 + tag of i + 1) x 4 + 2 bits; 17: none */
    QT_NROWS = QT_R12 + 18 * 18 * 4
};

static void build_rows(ng_qtag *m);

/* A filter of the feature table's keys built at load (a blocked Bloom
 * filter: two bits of one 64-bit word per key, 8 KB): most word-pair
 * keys of a token are in no record, and the filter says so without a trip
 * to the table, which is mostly out of the cache.  A key whose bits are
 * not all set is absent; one whose bits are set is looked up as ever.
 * (8 KB stays in the cache better than 16 or 32 KB, and turns away more
 * than 4 KB: callgrind on reut2-000 with a 512 KB last level.) */
#define QT_KEYBITS_WORDS 1024u
static inline uint64_t keybits_of(uint64_t k)
{
    return (uint64_t)1 << ((k >> 43) & 63) | (uint64_t)1 << ((k >> 49) & 63);
}
static inline size_t keybits_word(uint64_t k) { return (size_t)(k >> 32) & (QT_KEYBITS_WORDS - 1); }
static inline int key_maybe(const ng_qtag *m, uint64_t k)
{
    uint64_t b = keybits_of(k);
    return (m->keybits[keybits_word(k)] & b) == b;
}

int ng__qtag_parse(const unsigned char *data, size_t size, int verify_checksum, ng_qtag **out, ng_error *err)
{
    *out = NULL;
    uint32_t lg, ncue;
    float scale;
    int rc = check(data, size, verify_checksum, &lg, &ncue, &scale, err);
    if (rc)
        return rc;
    size_t slots = (size_t)1 << lg;
    size_t off_filter = QT_HEADER + 2 * QT_TRANS, off_cue = off_filter + QT_FILTER_BITS / 8,
           off_keys = off_cue + 8 * (size_t)ncue, rec = sizeof(qt_slot);
    /* cue words strictly increasing and non-zero */
    for (size_t k = 0; k < ncue; k++) {
        uint64_t h = rd64(data + off_cue + 8 * k);
        if (!h || (k && h <= rd64(data + off_cue + 8 * (k - 1))))
            BAD(off_cue + 8 * k, "quotes model: cue words not strictly increasing");
    }
    /* keys: each reachable from its home slot within 255 probes, at least
     * one empty slot; empty slots have zero weights */
    size_t used = 0;
    for (size_t k = 0; k < slots; k++) {
        const unsigned char *r = data + off_keys + rec * k;
        uint64_t key = rd64(r);
        if (r[22] || r[23])
            BAD(off_keys + rec * k + 22, "quotes model: padding of a table record is not zero");
        if (!key) {
            for (size_t t = 8; t < 22; t++)
                if (r[t])
                    BAD(off_keys + rec * k, "quotes model: weights in an empty slot");
            continue;
        }
        used++;
        size_t h = (size_t)key & (slots - 1), steps = 0;
        while (h != k) {
            if (!rd64(data + off_keys + rec * h) || ++steps > 255)
                BAD(off_keys + rec * k, "quotes model: feature key not reachable from its slot");
            h = (h + 1) & (slots - 1);
        }
    }
    if (used >= slots)
        BAD(off_keys, "quotes model: feature table has no empty slot");
    ng_qtag *m = ng__calloc(1, sizeof *m);
    size_t cslots = 16;
    while (cslots < 2 * (size_t)ncue + 2)
        cslots *= 2;
    if (!m || !(m->buf = ng__malloc(off_keys)) || !(m->cueset = ng__calloc(cslots, sizeof *m->cueset)) ||
        !(m->slot_mem = ng__malloc(slots * sizeof(qt_rec) + 63)) ||
        !(m->rows = ng__calloc(QT_NROWS + 1, sizeof *m->rows)) ||
        !(m->keybits = ng__calloc(QT_KEYBITS_WORDS, sizeof *m->keybits))) {
        ng__qtag_free(m);
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory loading the quotes model");
        return NG_ENOMEM;
    }
    memcpy(m->buf, data, off_keys);
    m->size = size;
    m->scale = scale;
    m->trans = (const int16_t *)(const void *)(m->buf + QT_HEADER);
    float trans[QT_TRANS];
    for (size_t k = 0; k < QT_TRANS; k++)
        trans[k] = m->trans[k];
    ng__qt_trans_prep(trans, m->tr8);
    m->filter = m->buf + off_filter;
    /* the records, each on one cache line */
    qt_rec *tab = (qt_rec *)(void *)(((uintptr_t)m->slot_mem + 63) & ~(uintptr_t)63);
    for (size_t k = 0; k < slots; k++) {
        const unsigned char *r = data + off_keys + rec * k;
        tab[k].key = rd64(r);
        for (size_t t = 0; t < QT_NTAGS; t++)
            tab[k].w[t] = (int16_t)(uint16_t)(r[8 + 2 * t] | r[9 + 2 * t] << 8);
        tab[k].zero = 0;
        tab[k].pad = 0;
    }
    /* a home slot with a key of its home further on says so (rt_score) */
    for (size_t k = 0; k < slots; k++)
        if (tab[k].key && ((size_t)tab[k].key & (slots - 1)) != k)
            tab[(size_t)tab[k].key & (slots - 1)].pad |= QT_FARTHER;
    m->slot = tab;
    m->mask = (uint32_t)(slots - 1);
    m->cuemask = (uint32_t)(cslots - 1);
    for (size_t k = 0; k < ncue; k++) {
        uint64_t h = rd64(data + off_cue + 8 * k);
        uint32_t p = (uint32_t)h & m->cuemask;
        while (m->cueset[p])
            p = (p + 1) & m->cuemask;
        m->cueset[p] = h;
    }
    for (size_t k = 0; k < slots; k++)
        if (m->slot[k].key)
            m->keybits[keybits_word(m->slot[k].key)] |= keybits_of(m->slot[k].key);
    build_rows(m);
    *out = m;
    return 0;
}

void ng__qtag_free(ng_qtag *m)
{
    if (!m)
        return;
    ng__free(m->buf);
    ng__free(m->slot_mem);
    ng__free(m->cueset);
    ng__free(m->rows);
    ng__free(m->keybits);
    ng__free(m);
}

int ng__qt_read_data(const ng_engine *e, const char *name, ng_buf *b, ng_error *err)
{
    ng__buf_init(b);
    if (!e->data_dir)
        return 1;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", e->data_dir, name);
    struct stat st;
    if (stat(path, &st) != 0)
        return 1;
    int rc = ng__buf_read_file(b, path);
    if (!rc)
        return 0;
    ng__buf_free(b);
    if (rc == NG_ENOMEM) {
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory reading %s", path);
        return NG_ENOMEM;
    }
    ng__error_set(err, NG_EMODEL, UINT64_MAX, 0, "cannot read %s", path);
    return NG_EMODEL;
}

int ng__qtag_load(ng_engine *e, ng_error *err)
{
    e->qtag = NULL;
    ng_buf b;
    int rc = ng__qt_read_data(e, "quotes.model", &b, err);
    if (rc)
        return rc == 1 ? 0 : rc; /* no model: the rules alone */
    rc = ng__qtag_parse((const unsigned char *)b.p, b.len, 1, &e->qtag, err);
    ng__buf_free(&b);
    return rc;
}

/* ---- decoding ---- */

/* Contents of fewer tokens are not reported ("him", "their"). */
#ifndef QT_MIN_CONTENT
#define QT_MIN_CONTENT 2
#endif
/* An item with no source needs a content of this many words. */
#ifndef QT_MIN_CONTENT_NOSRC
#define QT_MIN_CONTENT_NOSRC 3
#endif

typedef struct qt_span {
    uint32_t s, e; /* tokens */
    int used;
} qt_span;

typedef struct dec {
    ng_doc *d;
    const qt_doc *x;
    size_t nq, na;      /* rule items */
    uint32_t *qmax, *amax; /* prefix maxima of the rule items' ends */
    size_t s0;             /* the first token of the window being decoded */
} dec;

/* Does [s, e) overlap the content of a rule item? (items sorted by start) */
static int overlaps_rule(const dec *c, uint32_t s, uint32_t e)
{
    size_t lo = 0, hi = c->nq;
    while (lo < hi) { /* items starting before e */
        size_t mid = (lo + hi) / 2;
        if (c->d->quotes.v[mid].start < e)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo && c->qmax[lo - 1] > s)
        return 1;
    lo = 0, hi = c->na;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->d->attributions.v[mid].start < e)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo && c->amax[lo - 1] > s;
}

static size_t gap(const qt_span *a, const qt_span *b)
{
    return a->e <= b->s ? b->s - a->e : b->e <= a->s ? a->s - b->e : 0;
}

static int is_trim_tok(const ng_doc *d, size_t i)
{
    return d->tokens.v[i].kind == NG_TOK_PUNCT;
}

/* The entity of source bytes [ss, se) of ntok tokens, as the rules resolve
 * speakers; *person: the source is a person (or he/she/I/we). */
static int32_t resolve_src(const ng_doc *d, uint32_t ss, uint32_t se, size_t ntok, int *person)
{
    uint8_t type = NG_ENT_NONE;
    char w[8];
    size_t n = se - ss;
    int32_t ent = -1;
    if (ntok == 1 && n < sizeof w) {
        for (size_t k = 0; k < n; k++)
            w[k] = (char)(d->text[ss + k] | 0x20);
        w[n] = 0;
    } else
        w[0] = 0;
    *person = 0;
    if (!strcmp(w, "he") || !strcmp(w, "she")) {
        ent = ng__q_pronoun_entity(d, ss, w[0] == 'h' ? NG_GENDER_MALE : NG_GENDER_FEMALE);
        *person = 1;
    } else if (!strcmp(w, "i") || !strcmp(w, "we") || !strcmp(w, "they")) {
        *person = w[0] != 't';
    } else {
        ent = ng__q_roleref_entity(d, ss, se);
        if (ent < 0)
            ent = ng__q_mention_entity(d, ss, se, &type);
        *person = ent >= 0 ? d->entities.v[ent].type == NG_ENT_PER : type == NG_ENT_PER;
    }
    return ent;
}

/* 1 when token i is "which" or "who" (any case). */
static int rel_pronoun(const ng_doc *d, size_t i)
{
    const ng_token *t = &d->tokens.v[i];
    size_t n = t->end - t->start;
    const char *w = d->text + t->start;
    return (n == 5 && !strncasecmp(w, "which", 5)) || (n == 3 && !strncasecmp(w, "who", 3));
}

/* 1 when the token before i is "by", "from" or "among" (any case). */
static int agent_after(const ng_doc *d, size_t i)
{
    if (i == 0)
        return 0;
    const ng_token *t = &d->tokens.v[i - 1];
    size_t n = t->end - t->start;
    const char *w = d->text + t->start;
    return (n == 2 && !strncasecmp(w, "by", 2)) || (n == 4 && !strncasecmp(w, "from", 4)) ||
           (n == 5 && !strncasecmp(w, "among", 5));
}

static int emit_item(dec *c, const qt_span *cue, const qt_span *con, const qt_span *src)
{
    ng_doc *d = c->d;
    const ng_token *tk = d->tokens.v;
    uint32_t a = con->s, b = con->e;
    while (a < b && is_trim_tok(d, a))
        a++;
    while (b > a && is_trim_tok(d, b - 1))
        b--;
    if (b <= a)
        return 0;
    uint32_t cs = tk[a].start, ce = tk[b - 1].end;
    /* PolNeAR-style attributions do not nest: no part of a rule item's
     * content is another item's content or cue */
    if (overlaps_rule(c, cs, ce) ||
        overlaps_rule(c, tk[cue->s].start, tk[cue->e - 1].end))
        return 0;
    int32_t ent = -1;
    int person = 0;
    uint32_t ss = 0, se = 0;
    qt_span tidy;
    if (src && src->e > src->s) {
        /* the source as the rules would draw it (quotes.c), unless that
         * reaches into the content or the cue */
        size_t ts = src->s, te = src->e;
        ng__q_tidy_source(d, cue->s, c->s0, &ts, &te);
        if (te <= ts)
            src = NULL;
        else if ((te <= a || ts >= b) && (te <= cue->s || ts >= cue->e)) {
            tidy = (qt_span){(uint32_t)ts, (uint32_t)te, 0};
            src = &tidy;
        }
    }
    /* a tagged source after its cue was right one time in twelve on PolNeAR
     * fit (the speakers after a cue are the rules' work): null, rather than a
     * guess; but an agent after "by", "from" or "among" ("was first reported
     * by the Gazette", "drew scorn from party leaders") was right half the
     * time */
    int dropped = src && src->e > src->s && src->s >= cue->e && !agent_after(d, src->s);
    if (dropped)
        src = NULL;
    qt_span found;
    if (!(src && src->e > src->s) && !dropped) {
        /* no source tagged: a participle's or infinitive's clause subject
         * ("Berg began by saying …"), as the rules find it, or null */
        size_t fs, fe;
        ng__q_cue_subject(d, cue->s, c->s0, &fs, &fe);
        if (fe > fs && (fe <= a || fs >= b)) {
            found = (qt_span){(uint32_t)fs, (uint32_t)fe, 0};
            src = &found;
        }
    }
    if (src && src->e > src->s && !overlaps_rule(c, tk[src->s].start, tk[src->e - 1].end)) {
        ss = tk[src->s].start, se = tk[src->e - 1].end;
        /* "Rutte's statement": the mention is the name before the
         * possessive (the span keeps it, as PolNeAR draws it) */
        size_t last = src->e - 1;
        if (last > src->s && tk[last].kind == NG_TOK_POSSESSIVE)
            ent = resolve_src(d, ss, tk[last - 1].end, last - src->s, &person);
        else if (last == src->s && src->s >= 2 && rel_pronoun(d, src->s) &&
                 tk[src->s - 1].kind == NG_TOK_PUNCT && tk[src->s - 1].end - tk[src->s - 1].start == 1 &&
                 d->text[tk[src->s - 1].start] == ',')
            /* "Russia, which demands …": the span stays "which" (as the
             * rules keep "who"), the entity is the name before the comma */
            ent = resolve_src(d, tk[src->s - 2].start, tk[src->s - 2].end, 1, &person);
        else
            ent = resolve_src(d, ss, se, src->e - src->s, &person);
    }
    /* a shorter content than QT_MIN_CONTENT tokens only for a capitalised
     * word ("endorsed Vance"): a lone lower-case word with a source is
     * mostly a wrong item on PolNeAR (and one with no source, below) */
    if (b - a < QT_MIN_CONTENT && (se > ss || dropped) && !(d->text[cs] >= 'A' && d->text[cs] <= 'Z'))
        return 0;
    /* an item left with no source needs QT_MIN_CONTENT_NOSRC words (any
     * token but punctuation and quote marks): a sourceless content of one or
     * two words is mostly a noun phrase or pronoun after a cue-like word,
     * no attribution ("cases against [him]", "a profit [warning]", "was
     * blamed [which]"): 26 of 30 such items read on BBC news (stop 26) */
    if (se <= ss) {
        int words = 0;
        for (uint32_t i = a; i < b && words < QT_MIN_CONTENT_NOSRC; i++)
            words += tk[i].kind != NG_TOK_PUNCT && tk[i].kind != NG_TOK_QUOTE;
        if (words < QT_MIN_CONTENT_NOSRC)
            return 0;
    }
    int direct = c->x->inq[a] || (a > 0 && tk[a - 1].kind == NG_TOK_QUOTE && (tk[a - 1].flags & NG_TF_OPEN));
    uint32_t us = tk[cue->s].start, ue = tk[cue->e - 1].end;
    const ng_cue *ce_ = NULL;
    {
        char w[24];
        size_t n = tk[cue->s].end - tk[cue->s].start;
        if (n < sizeof w) {
            for (size_t k = 0; k < n; k++) {
                char ch = d->text[us + k];
                w[k] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
            }
            ce_ = ng__cue_lookup(w, n);
        }
    }
    if (direct) {
        int words = 0;
        for (uint32_t i = a; i < b; i++)
            words += tk[i].kind == NG_TOK_WORD;
        if (words < 4)
            return 0; /* a quoted title or scare quote ("The Apprentice"), as the rules decide */
    }
    /* speech only with a lexicon cue of saying, telling, reporting or
     * urging: the story database keeps speech, and the tagger's long tail
     * of cues ("voted for", "is working to") is mostly stances */
    int stance = !(ce_ && (ce_->flags & (NG_CUE_SPEECH | NG_CUE_TELL | NG_CUE_REPORT | NG_CUE_URGE)));
    if (direct || person) {
        ng_quote q;
        memset(&q, 0, sizeof q);
        q.start = cs, q.end = ce;
        q.direct = (uint8_t)direct;
        q.stance = (uint8_t)(!direct && stance);
        q.cue_start = us, q.cue_end = ue;
        q.cue_lemma = ce_ ? ce_->lemma : NULL;
        q.speaker = ent;
        q.speaker_start = ss, q.speaker_end = se;
        return NG_VEC_PUSH(&d->arena, d->quotes, q);
    }
    ng_attribution at;
    memset(&at, 0, sizeof at);
    at.start = cs, at.end = ce;
    at.source_start = ss, at.source_end = se;
    at.source_entity = ent;
    at.cue_start = us, at.cue_end = ue;
    at.stance = (uint8_t)stance;
    return NG_VEC_PUSH(&d->arena, d->attributions, at);
}

/* Items from the tags of window [s0, s1); sp: scratch for s1 - s0 spans. */
static int decode(dec *c, size_t s0, size_t s1, const uint8_t *tags, qt_span *sp)
{
    size_t n = 0;
    uint8_t kind[QT_MAXSENT];
    c->s0 = s0;
    for (size_t i = s0; i < s1; i++) {
        uint8_t t = tags[i - s0];
        if (t == QT_O)
            continue;
        uint8_t k = (uint8_t)((t - 1) / 2);
        /* a B right after a span of its type continues it: the rules' own
         * span boundaries (stacked) make the tagger restart spans there */
        if (n && kind[n - 1] == k && sp[n - 1].e == i) {
            sp[n - 1].e = (uint32_t)i + 1;
            continue;
        }
        sp[n] = (qt_span){(uint32_t)i, (uint32_t)i + 1, 0};
        kind[n++] = k;
    }
    for (size_t u = 0; u < n; u++) {
        if (kind[u] != 1)
            continue;
        size_t bc = SIZE_MAX, bs = SIZE_MAX;
        for (size_t v = 0; v < n; v++) {
            if (sp[v].used || kind[v] == 1)
                continue;
            size_t g = gap(&sp[u], &sp[v]);
            if (kind[v] == 2 && (bc == SIZE_MAX || g < gap(&sp[u], &sp[bc])))
                bc = v;
            if (kind[v] == 0 && (bs == SIZE_MAX || g < gap(&sp[u], &sp[bs])))
                bs = v;
        }
        if (bc == SIZE_MAX)
            continue;

        sp[bc].used = 1;
        if (bs != SIZE_MAX)
            sp[bs].used = 1;
        int rc = emit_item(c, &sp[u], &sp[bc], bs == SIZE_MAX ? NULL : &sp[bs]);
        if (rc)
            return rc;
    }
    return 0;
}

/* The seven scores of one token from its QT_NFEAT keys: one table lookup
 * per feature.  With SSE2 a record's 16 bytes of weights (seven int16 and
 * the zero padding) are added as two vectors of int32. */
static void score_keys(const ng_qtag *m, const uint64_t *keys, float *out)
{
#if QT_SIMD
    __m128i a0 = _mm_setzero_si128(), a1 = _mm_setzero_si128();
    for (size_t f = 0; f < QT_NFEAT; f++) {
        for (uint32_t p = (uint32_t)keys[f] & m->mask;; p = (p + 1) & m->mask) {
            const qt_rec *sl = &m->slot[p];
            if (sl->key == keys[f]) {
                __m128i w = _mm_loadu_si128((const __m128i *)(const void *)sl->w);
                a0 = _mm_add_epi32(a0, _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
                a1 = _mm_add_epi32(a1, _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16));
                break;
            }
            if (!sl->key)
                break;
        }
    }
    __m128 f1 = _mm_cvtepi32_ps(a1);
    _mm_storeu_ps(out, _mm_cvtepi32_ps(a0));
    _mm_storel_pi((__m64 *)(void *)(out + 4), f1);
    _mm_store_ss(out + 6, _mm_movehl_ps(f1, f1));
#else
    int32_t acc[QT_NTAGS] = {0};
    for (size_t f = 0; f < QT_NFEAT; f++) {
        for (uint32_t p = (uint32_t)keys[f] & m->mask;; p = (p + 1) & m->mask) {
            const qt_rec *sl = &m->slot[p];
            if (sl->key == keys[f]) {
                const int16_t *w = sl->w;
                acc[0] += w[0], acc[1] += w[1], acc[2] += w[2], acc[3] += w[3];
                acc[4] += w[4], acc[5] += w[5], acc[6] += w[6];
                break;
            }
            if (!sl->key)
                break;
        }
    }
    for (int t = 0; t < QT_NTAGS; t++)
        out[t] = (float)acc[t];
#endif
}

/* ---- run-time scoring ----
 *
 * Six of the QT_NFEAT features take few values (shape pair, quotation
 * state, entity tag, cue distances, position, neighbours' entity tags): at
 * load their rows are copied out of the table for every value
 * (build_rows), so at run time they cost an array index instead of a hash
 * and a probe.  The other seven are hashed and looked up as ever.  Integer
 * sums in any order are the same, so the scores are exactly those of
 * ng__qt_features + score_keys (ng__qt_selfcheck compares them). */

/* The weight row of key in m (zeros when absent) into w[0..8). */
static void row_of(const ng_qtag *m, uint64_t key, int16_t *w)
{
    memset(w, 0, 8 * sizeof *w);
    for (uint32_t p = (uint32_t)key & m->mask;; p = (p + 1) & m->mask) {
        const qt_rec *sl = &m->slot[p];
        if (sl->key == key) {
            memcpy(w, sl->w, QT_NTAGS * sizeof *w);
            return;
        }
        if (!sl->key)
            return;
    }
}

static void build_rows(ng_qtag *m)
{
    /* (row QT_NROWS stays 0, from ng__calloc: rt_score adds it for a shape
     * outside the table) */
    for (unsigned sh = 0; sh < 96; sh++)
        for (unsigned p = 0; p <= 96; p++)
            row_of(m, mix(7, sh * 512u + (p == 96 ? 511u : p)), m->rows[QT_R4 + sh * 97 + p]);
    for (unsigned v = 0; v < 25; v++)
        row_of(m, mix(8, v), m->rows[QT_R5 + v]);
    for (unsigned v = 0; v < 17; v++)
        row_of(m, mix(9, v), m->rows[QT_R6 + v]);
    for (unsigned v = 0; v < 55; v++)
        row_of(m, mix(11, v), m->rows[QT_R8 + v]);
    for (unsigned v = 0; v < 16; v++)
        row_of(m, mix(14, v), m->rows[QT_R11 + v]);
    for (unsigned l = 0; l < 18; l++)
        for (unsigned r = 0; r < 18; r++)
            for (unsigned b = 0; b < 4; b++)
                row_of(m, mix(15, (l == 17 ? 99u : l) * 128u + (r == 17 ? 99u : r) * 8u + b),
                       m->rows[QT_R12 + (l * 18 + r) * 4 + b]);
}

/* The cue entry of the lower-case word token i (n bytes at s) as
 * ng__qt_features looks it up: the entry the quote annotator found for the
 * token with its capitals folded (d->qcue), when folding changed nothing
 * (the cue forms have no capitals); a lookup when the quote annotator left
 * no table. */
static const ng_cue *cue_of(const ng_doc *d, size_t i, const unsigned char *s, size_t n)
{
    if (!d->qcue)
        return ng__cue_maybe((const char *)s, n) ? ng__cue_lookup((const char *)s, n) : NULL;
    const ng_cue *c = d->qcue[i] ? ng__q_cue_entry(d->qcue[i]) : NULL;
    return c && !strncmp(c->form, (const char *)s, n) && !c->form[n] ? c : NULL;
}

#define QT_NHASH 7 /* hashed features at run time */
#define QT_NROW 6  /* features read from ng_qtag.rows */

/* The run-time features of token i of window [s0, s1): the hashed keys
 * (templates 1, 2, 3, 6, 10, 12, 13 of ng__qt_features) and the row
 * indices of the others.  A shape outside the table (no such token kind)
 * gets its key hashed into k[QT_NHASH] and row index QT_NROWS. */
static void rt_features(const ng_doc *d, const qt_doc *x, size_t s0, size_t s1, size_t i,
                        uint64_t *k, uint16_t *r)
{
    const ng_token *tk = d->tokens.v, *t = &tk[i];
    int first = i == s0, last = i + 1 == s1;
    uint64_t w0 = x->wh[i], wl = first ? 999u : x->wh[i - 1], wr = last ? 1001u : x->wh[i + 1];
    k[0] = mix(1, w0);
    k[1] = mix(2, wl);
    k[2] = mix(3, wr);
    const unsigned char *s = (const unsigned char *)d->text + t->start;
    size_t n = t->end - t->start;
    uint64_t suf = 0;
    if (t->kind == NG_TOK_WORD && n > 4)
        suf = (uint64_t)(s[n - 3] | 0x20) << 16 | (uint64_t)(s[n - 2] | 0x20) << 8 | (s[n - 1] | 0x20);
    k[3] = mix(6, suf);
    const ng_cue *c = NULL;
    if (t->kind == NG_TOK_WORD && n < 24 && s[0] >= 'a' && s[0] <= 'z')
        c = cue_of(d, i, s, n);
    k[4] = mix(10, c ? lem_value(c) : 0);
    k[5] = mix(12, wl * 31 + w0);
    k[6] = mix(13, w0 * 31 + wr);
    unsigned sh = shape(t), sp = first ? 96u : shape(t - 1);
    if (sh < 96 && sp <= 96)
        r[0] = (uint16_t)(QT_R4 + sh * 97 + sp);
    else {
        k[QT_NHASH] = mix(7, sh * 512u + (first ? 511u : sp));
        r[0] = QT_NROWS;
    }
    r[1] = (uint16_t)(QT_R5 + x->inq[i] * 16u + (first ? 2u : x->inq[i - 1]) * 4u);
    r[2] = (uint16_t)(QT_R6 + x->ner[i]);
    unsigned dl = x->dist[i] & 15u, dr = x->dist[i] >> 4;
    r[3] = (uint16_t)(QT_R8 + dl * 8 + dr);
    r[4] = (uint16_t)(QT_R11 + (unsigned)first + ((t->flags & NG_TF_SENT) ? 2u : 0u) +
                      ((t->flags & NG_TF_PARA) ? 4u : 0u) + (last ? 8u : 0u));
    unsigned nl = first ? 17u : x->ner[i - 1], nr = last ? 17u : x->ner[i + 1];
    r[5] = (uint16_t)(QT_R12 + (nl * 18 + nr) * 4 + (dl == 6 ? 0u : 1u) + (dr == 6 ? 0u : 2u));
}

/* The first slot of key k's probe sequence, fetched ahead: the table
 * (about 0.8 MB) is mostly out of the cache, and a token's lookups are
 * otherwise misses in a row. */
static inline void prefetch_key(const ng_qtag *m, uint64_t k)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(&m->slot[(uint32_t)k & m->mask]);
#else
    (void)m, (void)k;
#endif
}

/* The record of key k (not 0) past its home slot, or NULL (rt_score). */
static const qt_rec *key_further(const ng_qtag *m, uint64_t k)
{
    for (uint32_t p = ((uint32_t)k + 1) & m->mask;; p = (p + 1) & m->mask) {
        const qt_rec *sl = &m->slot[p];
        if (sl->key == k)
            return sl;
        if (!sl->key)
            return NULL;
    }
}

/* rt_score's lookup of key k: its record and *hit 1, or *hit 0 and a
 * record whose weights are not to be added (a key of 0 may find an empty
 * slot, whose weights are 0) */
static inline const qt_rec *key_rec(const ng_qtag *m, uint64_t k, int *hit)
{
    const qt_rec *sl = &m->slot[(uint32_t)k & m->mask];
    int h = sl->key == k;
    if ((unsigned)!h & (unsigned)(sl->pad & QT_FARTHER) & (unsigned)(k != 0)) {
        const qt_rec *fp = key_further(m, k);
        if (fp)
            sl = fp, h = 1;
    }
    *hit = h;
    return sl;
}

int ng__qt_tablecheck(const struct ng_qtag *m, size_t *nfar, size_t *nabsent)
{
    size_t bad = 0;
    *nfar = *nabsent = 0;
    for (uint32_t p = 0; p <= m->mask; p++) {
        uint64_t k = m->slot[p].key;
        if (!k)
            continue;
        *nfar += ((uint32_t)k & m->mask) != p;
        int hit;
        const qt_rec *r = key_rec(m, k, &hit);
        bad += !hit || r != &m->slot[p];
    }
    /* keys not in the table: at each slot, the slot's key (or its index)
     * with high bits changed, so that it shares the slot's home */
    for (uint32_t p = 0; p <= m->mask; p++) {
        uint64_t k = (m->slot[p].key ? m->slot[p].key : p) ^ 0x5bd1e99500000000ull;
        int present = 0;
        for (uint32_t q = (uint32_t)k & m->mask; m->slot[q].key; q = (q + 1) & m->mask)
            if (m->slot[q].key == k)
                present = 1;
        if (present || !k)
            continue;
        ++*nabsent;
        int hit;
        key_rec(m, k, &hit);
        bad += hit != 0;
    }
    return (int)(bad < INT32_MAX ? bad : INT32_MAX);
}

/* The seven scores of a token from rt_features' keys k and rows r. */
static void rt_score(const ng_qtag *m, const uint64_t *k, const uint16_t *r, float *out)
{
#if QT_SIMD
    __m128i a0 = _mm_setzero_si128(), a1 = _mm_setzero_si128();
#define QT_ADDROW(ptr)                                                                    \
    do {                                                                                  \
        __m128i w_ = _mm_loadu_si128((const __m128i *)(const void *)(ptr));               \
        a0 = _mm_add_epi32(a0, _mm_srai_epi32(_mm_unpacklo_epi16(w_, w_), 16));           \
        a1 = _mm_add_epi32(a1, _mm_srai_epi32(_mm_unpackhi_epi16(w_, w_), 16));           \
    } while (0)
#define QT_ADDROW_IF(ptr, hit)                                                            \
    do {                                                                                  \
        __m128i w_ = _mm_and_si128(_mm_loadu_si128((const __m128i *)(const void *)(ptr)), \
                                   _mm_set1_epi32(-(int)(hit)));                          \
        a0 = _mm_add_epi32(a0, _mm_srai_epi32(_mm_unpacklo_epi16(w_, w_), 16));           \
        a1 = _mm_add_epi32(a1, _mm_srai_epi32(_mm_unpackhi_epi16(w_, w_), 16));           \
    } while (0)
#else
    int32_t acc[8] = {0};
#define QT_ADDROW(ptr)                                                                    \
    do {                                                                                  \
        const int16_t *w_ = (ptr);                                                        \
        for (int t_ = 0; t_ < QT_NTAGS; t_++)                                             \
            acc[t_] += w_[t_];                                                            \
    } while (0)
#define QT_ADDROW_IF(ptr, hit)                                                            \
    do {                                                                                  \
        const int16_t *w_ = (ptr);                                                        \
        for (int t_ = 0; t_ < QT_NTAGS; t_++)                                             \
            acc[t_] += w_[t_] & -(int)(hit);                                              \
    } while (0)
#endif
    /* a key's home slot, its weights added without a branch (masked out
     * when the slot holds another key): whether a key is in the table is
     * as hard to predict as the words.  Only when a key of this home lies
     * further on (QT_FARTHER, set by ng__qtag_parse) is the key looked for
     * past it, in one branch rarely taken.  (A key of 0, turned away by
     * filter_prefetch, finds slot 0 when that is empty, whose weights are
     * 0, and is not looked for further.) */
#define QT_ADDKEY(kexpr)                                                                        \
    do {                                                                                        \
        int hit_;                                                                               \
        const qt_rec *sl_ = key_rec(m, (kexpr), &hit_);                                         \
        QT_ADDROW_IF(sl_->w, hit_);                                                             \
    } while (0)
    /* (unrolled: the loop's exit would be a misprediction a token) */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 8
#elif defined(__clang__)
#pragma unroll
#endif
    for (size_t f = 0; f < QT_NHASH; f++)
        QT_ADDKEY(k[f]);
    if (r[0] == QT_NROWS)
        QT_ADDKEY(k[QT_NHASH]);
#undef QT_ADDKEY
    /* all six rows, unrolled: a shape outside the table reads row
     * QT_NROWS, all 0 (the sums are integers: adding 0 changes nothing) */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 8
#elif defined(__clang__)
#pragma unroll
#endif
    for (size_t f = 0; f < QT_NROW; f++)
        QT_ADDROW(m->rows[r[f]]);
#undef QT_ADDROW
#undef QT_ADDROW_IF
#if QT_SIMD
    __m128 f1 = _mm_cvtepi32_ps(a1);
    _mm_storeu_ps(out, _mm_cvtepi32_ps(a0));
    _mm_storel_pi((__m64 *)(void *)(out + 4), f1);
    _mm_store_ss(out + 6, _mm_movehl_ps(f1, f1));
#else
    for (int t = 0; t < QT_NTAGS; t++)
        out[t] = (float)acc[t];
#endif
}

/* The keys of rt_features' k in QT_FILTER_MASK (templates 12 and 13, the
 * word pairs: 85 % absent) that the key filter shows absent become 0
 * (rt_score skips them); the others are fetched ahead.  (Filtering the
 * single words too, a third of them absent, saves fewer misses than its
 * lookups cost.) */
#define QT_FILTER_MASK 0x60u
static inline void filter_prefetch(const ng_qtag *m, uint64_t *k)
{
    /* without a branch on the filter's answer (85 % absent, the rest hard
     * to predict); a key set to 0 prefetches slot 0, which stays cached.
     * Unrolled, so that the test of f against the mask is no branch either
     * (the simulated predictor missed it ~25 k times on reut2-000). */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 8
#elif defined(__clang__)
#pragma unroll
#endif
    for (size_t f = 0; f < QT_NHASH; f++) {
        if ((QT_FILTER_MASK >> f) & 1)
            k[f] &= -(uint64_t)key_maybe(m, k[f]);
        prefetch_key(m, k[f]);
    }
}

/* Scores of tokens [from, to) of window [s0, s1) into emit (row i - s0),
 * except cue candidates before token skip (scored already): keys of
 * QT_CHUNK tokens are computed and their slots fetched before the first of
 * them is scored.  (ng__qtag_apply's one call site of rt_features and
 * rt_score, which gcc then inlines, for its cue words alone too.) */
#define QT_CHUNK 16
#define QT_SCRATCH 16384 /* bytes of ng__qtag_apply's buffer for ng__qt_prepare_in */
static void score_tokens(const ng_qtag *m, const ng_doc *d, const qt_doc *x, size_t s0, size_t s1, size_t from,
                         size_t to, size_t skip, float *emit)
{
    uint64_t keys[QT_CHUNK * (QT_NHASH + 1)];
    uint16_t rows[QT_CHUNK * QT_NROW];
    uint32_t idx[QT_CHUNK];
    for (size_t i = from; i < to;) {
        size_t n = 0;
        for (; i < to && n < QT_CHUNK; i++) {
            if (i < skip && x->cand[i])
                continue;
            uint64_t *k = keys + n * (QT_NHASH + 1);
            rt_features(d, x, s0, s1, i, k, rows + n * QT_NROW);
            filter_prefetch(m, k);
            idx[n++] = (uint32_t)i;
        }
        for (size_t j = 0; j < n; j++)
            rt_score(m, keys + j * (QT_NHASH + 1), rows + j * QT_NROW, emit + (idx[j] - s0) * QT_NTAGS);
    }
}

int ng__qt_selfcheck(const ng_qtag *m, ng_doc *d, size_t *ntok)
{
    size_t nt = d->tokens.n, bad = 0;
    *ntok = 0;
    if (!nt)
        return 0;
    qt_doc x;
    if (ng__qt_prepare(d, m->filter, m->cueset, m->cuemask, &x))
        return -1;
    for (size_t s0 = 0; s0 < nt;) {
        size_t s1 = ng__qt_window_end(d, s0);
        /* every window whose cand ng__qt_window set (no rule item) */
        ng__qt_window(d, &x, s0, s1);
        uint32_t bs = d->tokens.v[s0].start, be = d->tokens.v[s1 - 1].end;
        int clear = 1;
        for (size_t k = 0; k < x.nenv; k++)
            if (x.env[2 * k] < be && x.env[2 * k + 1] > bs)
                clear = 0;
        if (clear) {
            ng__qt_window_prep(d, &x, s0, s1);
            float b[QT_MAXSENT * QT_NTAGS];
            score_tokens(m, d, &x, s0, s1, s0, s1, 0, b);
            for (size_t i = s0; i < s1; i++) {
                uint64_t keys[QT_NFEAT];
                float a[QT_NTAGS];
                ng__qt_features(d, &x, s0, s1, i, keys);
                score_keys(m, keys, a);
                bad += memcmp(a, b + (i - s0) * QT_NTAGS, sizeof a) != 0;
                ++*ntok;
            }
        }
        s0 = s1;
    }
    return (int)(bad < INT32_MAX ? bad : INT32_MAX);
}

int ng__qtag_apply(const ng_qtag *m, ng_doc *d)
{
    size_t nt = d->tokens.n;
    if (!m || !nt)
        return 0;
    /* Tables that die with this call in the thread's own buffers (the
     * per-token ones when they fit: documents of up to about 1,300
     * tokens): the same cache lines for every document, where the
     * document's arena gives fresh memory each time, a write miss per line
     * (doc/RESULTS.md, "The annotators' cost", speed5 of stop 24).  (This
     * function does not call itself.) */
    static _Thread_local _Alignas(16) unsigned char scratch[QT_SCRATCH];
    static _Thread_local float emit[QT_MAXSENT * QT_NTAGS];
    static _Thread_local uint8_t back[QT_MAXSENT * QT_NTAGS], tags[QT_MAXSENT];
    static _Thread_local qt_span sp[QT_MAXSENT];
    qt_doc x;
    int rc = ng__qt_prepare_in(d, m->filter, m->cueset, m->cuemask, &x, scratch, sizeof scratch);
    if (rc || (rc = ng__sent_ends(d)) != 0)
        return rc;
    dec c = {d, &x, d->quotes.n, d->attributions.n, NULL, NULL, 0};
    c.qmax = ng__arena_alloc(&d->arena, (c.nq + 1) * sizeof *c.qmax);
    c.amax = ng__arena_alloc(&d->arena, (c.na + 1) * sizeof *c.amax);
    if (!c.qmax || !c.amax)
        return NG_ENOMEM;
    for (size_t i = 0; i < c.nq; i++)
        c.qmax[i] = i && c.qmax[i - 1] > d->quotes.v[i].end ? c.qmax[i - 1] : d->quotes.v[i].end;
    for (size_t i = 0; i < c.na; i++)
        c.amax[i] = i && c.amax[i - 1] > d->attributions.v[i].end ? c.amax[i - 1] : d->attributions.v[i].end;
    float dp[2 * QT_NTAGS];
    for (size_t s0 = 0; s0 < nt;) {
        size_t s1 = ng__qt_window_end(d, s0);
        int any = ng__qt_window(d, &x, s0, s1);
        if (any) {
            ng__qt_window_prep(d, &x, s0, s1);
            /* first the cue words alone: a window where none scores as a
             * cue at least as high as O gives no item (nearly always: the
             * transitions rarely turn it), so the rest is not scored */
            int cue = 0;
            size_t i = s0;
            for (; i < s1 && !cue; i++)
                if (x.cand[i]) {
                    score_tokens(m, d, &x, s0, s1, i, i + 1, 0, emit);
                    const float *e = emit + (i - s0) * QT_NTAGS;
                    cue = e[QT_BCUE] >= e[QT_O] || e[QT_ICUE] >= e[QT_O];
                }
            if (cue) {
                score_tokens(m, d, &x, s0, s1, s0, s1, i, emit); /* candidates before i are scored */
                ng__qt_viterbi_tr(emit, m->tr8, s1 - s0, back, dp, tags);
                if ((rc = decode(&c, s0, s1, tags, sp)) != 0)
                    return rc;
            }
        }
        s0 = s1;
    }
    if (d->quotes.n > c.nq || d->attributions.n > c.na)
        return ng__q_sort(d);
    return 0;
}
