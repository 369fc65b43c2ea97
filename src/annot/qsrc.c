/*
 * qsrc.c -- the source-confidence model: reads data/qsrc.model, and after
 * the quote rules and the learned tagger withholds the sources of rule items
 * whose chance of being exactly right is below the model's threshold.
 *
 * The model is a logistic regression over QS_NFEAT hashed feature keys per
 * item (the templates below; their numbers and hashing are part of the
 * file format, doc/MODEL.md): which rule made the item (ng_quote.how), its
 * kind and cue word, the source's length, first and last words and their
 * classes, its entity, where it lies relative to the cue and the content
 * (before or after, distance, sentence), how many items share its sentence
 * and whether it is nested in another item's content.  Scoring costs a few
 * binary searches over the tokens and QS_NFEAT table reads per item with a
 * source; no per-token work.  A quotation split around its cue ("“…,” she
 * said, “…”") is one attribution: its later parts follow the first part's
 * decision.  The tagger's items are not scored.
 */
#include "qsrc.h"
#include "qtag.h"
#include "quotes.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

/* ---- the facts of one item ---- */

typedef struct qs_fields {
    uint32_t cs, ce, ss, se, us, ue;
    int kind;     /* 0 indirect quote, 1 direct quote, 2 attribution */
    int stance, negated, how;
    int32_t ent;
} qs_fields;

static qs_fields fields_of(const ng_doc *d, qs_item it)
{
    qs_fields f;
    if (it.list == 0) {
        const ng_quote *q = &d->quotes.v[it.idx];
        f.cs = q->start, f.ce = q->end, f.ss = q->speaker_start, f.se = q->speaker_end;
        f.us = q->cue_start, f.ue = q->cue_end;
        f.kind = q->direct ? 1 : 0, f.stance = q->stance, f.negated = q->negated, f.how = q->how;
        f.ent = q->speaker;
    } else {
        const ng_attribution *a = &d->attributions.v[it.idx];
        f.cs = a->start, f.ce = a->end, f.ss = a->source_start, f.se = a->source_end;
        f.us = a->cue_start, f.ue = a->cue_end;
        f.kind = 2, f.stance = 0, f.negated = 0, f.how = a->how;
        f.ent = a->source_entity;
    }
    return f;
}

/* The first token ending after byte b (the token count when none). */
static size_t tok_at(const ng_doc *d, uint32_t b)
{
    size_t lo = 0, hi = d->tokens.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->tokens.v[mid].end <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* tok_at(d, b) found by a walk of at most 8 tokens from token h (a guess
 * near it), else by binary search. */
static size_t tok_near(const ng_doc *d, uint32_t b, size_t h)
{
    size_t nt = d->tokens.n;
    const ng_token *tk = d->tokens.v;
    if (h >= nt)
        return tok_at(d, b);
    if (tk[h].end > b) { /* walk back while the token before also ends after b */
        for (int k = 0; k < 8; k++, h--)
            if (h == 0 || tk[h - 1].end <= b)
                return h;
    } else {
        for (int k = 0; k < 8; k++) {
            h++;
            if (h >= nt || tk[h].end > b)
                return h;
        }
    }
    return tok_at(d, b);
}

/* A small class of token i: quote marks by direction, punctuation by kind,
 * numbers, possessives, and words by case and their NG_QW_* classes. */
static unsigned tclass(const ng_doc *d, size_t i)
{
    if (i >= d->tokens.n)
        return 1;
    const ng_token *t = &d->tokens.v[i];
    unsigned char c = (unsigned char)d->text[t->start];
    switch (t->kind) {
    case NG_TOK_QUOTE: return 2u + (t->flags & NG_TF_OPEN ? 1u : 0u) + (t->flags & NG_TF_CLOSE ? 2u : 0u);
    case NG_TOK_PUNCT:
        return 8u + (c == ',' ? 0u : c == '-' || c == 0xE2 ? 1u : c == ':' ? 2u : c == '.' ? 3u : c == '(' ? 4u
                                                                                                 : c == ')' ? 5u : 6u);
    case NG_TOK_NUMBER: return 16;
    case NG_TOK_POSSESSIVE: return 17;
    case NG_TOK_ABBREV: return 18u + (t->flags & NG_TF_CAP ? 1u : 0u);
    case NG_TOK_WORD: {
        unsigned wc = d->qwc ? d->qwc[i] : 0u;
        return 32u + (wc & 0x3Fu) + (t->flags & NG_TF_CAP ? 64u : 0u) + (t->flags & NG_TF_ALLCAP ? 128u : 0u) +
               (wc & NG_QW_CUE ? 256u : 0u);
    }
    default: return 20u + t->kind;
    }
}

static unsigned len_bucket(size_t n) { return n <= 4 ? (unsigned)n : n <= 6 ? 5 : n <= 9 ? 6 : 7; }
static unsigned dist_bucket(size_t n) { return n <= 2 ? (unsigned)n : n <= 4 ? 3 : n <= 8 ? 4 : n <= 16 ? 5 : 6; }

/* Is byte b inside the content of an item starting before b (strict) or
 * at or before b? */
static int inside_content(const qs_doc *x, uint32_t b, int strict)
{
    size_t lo = 0, hi = x->nc;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (x->cstart[mid] < b || (!strict && x->cstart[mid] == b))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo && x->cmax[lo - 1] > b;
}

int ng__qs_prepare(ng_doc *d, qs_doc *x)
{
    memset(x, 0, sizeof *x);
    size_t nq = d->quotes.n, na = d->attributions.n, n = nq + na;
    x->cstart = ng__arena_alloc(&d->arena, (n + 1) * sizeof *x->cstart);
    x->cmax = ng__arena_alloc(&d->arena, (n + 1) * sizeof *x->cmax);
    x->per_sent = ng__arena_calloc(&d->arena, d->sents.n + 1, sizeof *x->per_sent);
    x->qtok = ng__arena_alloc(&d->arena, (nq + 1) * sizeof *x->qtok);
    x->atok = ng__arena_alloc(&d->arena, (na + 1) * sizeof *x->atok);
    if (!x->cstart || !x->cmax || !x->per_sent || !x->qtok || !x->atok)
        return NG_ENOMEM;
    /* both lists are sorted by start (ng__q_sort): merge them */
    size_t i = 0, j = 0;
    uint32_t mx = 0;
    while (i < nq || j < na) {
        int takeq = j >= na || (i < nq && d->quotes.v[i].start <= d->attributions.v[j].start);
        uint32_t s = takeq ? d->quotes.v[i].start : d->attributions.v[j].start;
        uint32_t e = takeq ? d->quotes.v[i].end : d->attributions.v[j].end;
        uint32_t at = takeq ? (d->quotes.v[i].cue_end > d->quotes.v[i].cue_start ? d->quotes.v[i].cue_start : s)
                            : (d->attributions.v[j].cue_end > d->attributions.v[j].cue_start
                                   ? d->attributions.v[j].cue_start
                                   : s);
        size_t t = tok_at(d, at);
        if (takeq)
            x->qtok[i++] = (uint32_t)t;
        else
            x->atok[j++] = (uint32_t)t;
        if (e > mx)
            mx = e;
        x->cstart[x->nc] = s, x->cmax[x->nc] = mx, x->nc++;
        if (t < d->tokens.n) {
            uint32_t sn = d->tokens.v[t].sent;
            if (sn < d->sents.n && x->per_sent[sn] < UINT16_MAX)
                x->per_sent[sn]++;
        }
    }
    return 0;
}

static inline uint64_t key(unsigned t, uint64_t v) { return (v ^ ((uint64_t)(t + 1) * 0xD6E8FEB86659FD93ull)) + t; }

/* The templates (numbers are part of the file format).  Of 36 tried, these
 * 16 kept the cross-validated F1 on PolNeAR fit (doc/RESULTS.md): the rest
 * (the rule path, kind and entity type alone, the cue word alone and with
 * the kind or position, sentence relations, ...) were redundant or
 * over-fitted. */
enum {
    QS_BIAS,      /* always */
    QS_FIRST,     /* the source's first word (ng__qt_word_hash) */
    QS_LAST,      /* its last word */
    QS_DIST,      /* the source before, after or over the cue (or no cue) x token distance bucket */
    QS_CLEN,      /* the content's length in bytes, bucketed */
    QS_NSENT,     /* items whose cue (or content start) is in the cue's sentence, up to 5 */
    QS_NEST,      /* the source inside an item's content x the content inside an earlier item's */
    QS_BEFORE,    /* the class of the token before the source (0: a sentence start) */
    QS_AFTER,     /* the class of the token after it */
    QS_HOW_FIRST, /* the rule path x the class of the source's first token */
    QS_HOW_LEN,   /* the rule path x the source's length in tokens, bucketed */
    QS_FIRST_LAST, /* the classes of the source's first and last tokens */
    QS_HOLDS,     /* what the source holds: comma, quote mark, who/which/that, of, and, possessive, dash or bracket, number */
    QS_SECOND,    /* the source's second word */
    QS_CUE_AFTER, /* the class of the token after the cue */
    QS_CUE_FIRST, /* the cue's first word (and its token count) x the class of the source's first token */
    QS_NTEMPL
};

void ng__qs_features(const ng_doc *d, const qs_doc *x, qs_item it, uint64_t *k)
{
    qs_fields f = fields_of(d, it);
    size_t nt = d->tokens.n;
    const ng_token *tk = d->tokens.v;
    /* tokens: the source's first by search, its last by a short walk;
     * the cue's first by search, its last by a walk */
    int hascue = f.ue > f.us;
    size_t at = it.list ? x->atok[it.idx] : x->qtok[it.idx]; /* the cue's (else the content's) first token */
    size_t uc = hascue ? at : 0, ul = uc;
    size_t ts = tok_near(d, f.ss, at), tl = ts;
    while (tl + 1 < nt && tk[tl + 1].start < f.se)
        tl++;
    while (hascue && ul + 1 < nt && tk[ul + 1].start < f.ue)
        ul++;
    size_t slen = ts < nt ? tl - ts + 1 : 0;
    unsigned fc = tclass(d, ts), lc = tclass(d, tl), how = (unsigned)f.how;
    unsigned pos, dist = 0;
    if (!hascue)
        pos = 0;
    else if (f.se <= f.us)
        pos = 1, dist = dist_bucket(uc > tl ? uc - tl - 1 : 0);
    else if (f.ss >= f.ue)
        pos = 2, dist = dist_bucket(ts > ul ? ts - ul - 1 : 0);
    else
        pos = 3;
    size_t cl = f.ce - f.cs;
    unsigned clb = cl <= 10 ? 0u : cl <= 30 ? 1u : cl <= 60 ? 2u : cl <= 120 ? 3u : cl <= 240 ? 4u : 5u;
    size_t ref = at;
    unsigned nis = 0;
    if (ref < nt) {
        uint32_t sn = tk[ref].sent;
        nis = sn < d->sents.n ? x->per_sent[sn] : 0;
        if (nis > 5)
            nis = 5;
    }
    unsigned nest = (unsigned)inside_content(x, f.ss, 0) * 2u + (unsigned)inside_content(x, f.cs, 1);
    unsigned bc = ts == 0 || ts >= nt || (tk[ts].flags & NG_TF_SENT) ? 0u : tclass(d, ts - 1);
    unsigned ac = tl + 1 >= nt || (tk[tl + 1].flags & NG_TF_SENT) ? 0u : tclass(d, tl + 1);
    /* what the source holds (its first 24 tokens) */
    unsigned holds = 0;
    for (size_t i = ts; i <= tl && i < nt && i < ts + 24; i++) {
        const ng_token *t = &tk[i];
        const char *w = d->text + t->start;
        size_t n = t->end - t->start;
        if (t->kind == NG_TOK_PUNCT)
            holds |= w[0] == ',' ? 1u : 64u;
        else if (t->kind == NG_TOK_QUOTE)
            holds |= 2u;
        else if (t->kind == NG_TOK_POSSESSIVE)
            holds |= 32u;
        else if (t->kind == NG_TOK_NUMBER)
            holds |= 128u;
        else if (t->kind == NG_TOK_WORD && n >= 2 && n <= 5) {
            /* the words in lower case, read through a 32-bit window */
            unsigned char c[5] = {0, 0, 0, 0, 0};
            for (size_t m = 0; m < n; m++)
                c[m] = (unsigned char)(w[m] | 0x20);
            if ((n == 3 && !memcmp(c, "who", 3)) || (n == 5 && !memcmp(c, "which", 5)) ||
                (n == 4 && !memcmp(c, "that", 4)))
                holds |= 4u;
            else if (n == 2 && c[0] == 'o' && c[1] == 'f')
                holds |= 8u;
            else if (n == 3 && !memcmp(c, "and", 3))
                holds |= 16u;
        }
    }
    uint64_t fw = ts < nt ? ng__qt_word_hash(d, ts) : 1, lw = tl < nt ? ng__qt_word_hash(d, tl) : 1;
    uint64_t sw = slen >= 2 && ts + 1 < nt ? ng__qt_word_hash(d, ts + 1) : 0;
    uint64_t cw = hascue && uc < nt ? ng__qt_word_hash(d, uc) ^ (uint64_t)(ul - uc) : 0;
    unsigned ca = hascue && ul + 1 < nt ? tclass(d, ul + 1) : 0u;

    k[QS_BIAS] = key(QS_BIAS, 0);
    k[QS_FIRST] = key(QS_FIRST, fw);
    k[QS_LAST] = key(QS_LAST, lw);
    k[QS_DIST] = key(QS_DIST, dist * 4u + pos);
    k[QS_CLEN] = key(QS_CLEN, clb);
    k[QS_NSENT] = key(QS_NSENT, nis);
    k[QS_NEST] = key(QS_NEST, nest);
    k[QS_BEFORE] = key(QS_BEFORE, bc);
    k[QS_AFTER] = key(QS_AFTER, ac);
    k[QS_HOW_FIRST] = key(QS_HOW_FIRST, how * 512u + fc);
    k[QS_HOW_LEN] = key(QS_HOW_LEN, how * 8u + len_bucket(slen));
    k[QS_FIRST_LAST] = key(QS_FIRST_LAST, fc * 512u + lc);
    k[QS_HOLDS] = key(QS_HOLDS, holds);
    k[QS_SECOND] = key(QS_SECOND, sw);
    k[QS_CUE_AFTER] = key(QS_CUE_AFTER, ca);
    k[QS_CUE_FIRST] = key(QS_CUE_FIRST, cw * 1024 + fc);
}

float ng__qsrc_score(const ng_qsrc *m, const ng_doc *d, const qs_doc *x, qs_item it)
{
    uint64_t k[QS_NFEAT];
    ng__qs_features(d, x, it, k);
    float z = 0;
    for (size_t i = 0; i < QS_NFEAT; i++)
        z += m->w[ng__qs_slot(k[i], m->bits)];
    return z;
}

/* Withholds the source of item it. */
static void withhold(ng_doc *d, qs_item it)
{
    if (it.list == 0) {
        ng_quote *q = &d->quotes.v[it.idx];
        q->speaker_start = q->speaker_end = 0;
        q->speaker = -1;
    } else {
        ng_attribution *a = &d->attributions.v[it.idx];
        a->source_start = a->source_end = 0;
        a->source_entity = -1;
    }
}

/* Decisions: 0 not scored, 1 kept, 2 withheld. */
static void apply_list(const ng_qsrc *m, ng_doc *d, const qs_doc *x, int list, uint8_t *dec)
{
    size_t n = list ? d->attributions.n : d->quotes.n;
    for (size_t i = 0; i < n; i++) {
        qs_item it = {(uint8_t)list, (uint32_t)i};
        qs_fields f = fields_of(d, it);
        dec[i] = 0;
        if (!f.how || f.se <= f.ss)
            continue;
        /* a later part of a quotation split around its cue follows the first */
        int follow = -1;
        for (size_t k = i; f.ue > f.us && k-- > 0 && i - k <= 4;) {
            uint32_t gs, ge;
            int same_kind = 1;
            if (list) {
                gs = d->attributions.v[k].cue_start, ge = d->attributions.v[k].cue_end;
            } else {
                gs = d->quotes.v[k].cue_start, ge = d->quotes.v[k].cue_end;
                same_kind = (d->quotes.v[k].direct ? 1 : 0) == f.kind;
            }
            if (gs == f.us && ge == f.ue && same_kind) {
                follow = dec[k];
                break;
            }
        }
        if (follow > 0)
            dec[i] = (uint8_t)follow;
        else
            dec[i] = ng__qsrc_score(m, d, x, it) < m->logit ? 2 : 1;
        if (dec[i] == 2)
            withhold(d, it);
    }
}

int ng__qsrc_apply(const ng_qsrc *m, ng_doc *d)
{
    if (!m)
        return 0;
    int any = 0; /* a rule item with a source? */
    for (size_t i = 0; i < d->quotes.n && !any; i++)
        any = d->quotes.v[i].how && d->quotes.v[i].speaker_end > d->quotes.v[i].speaker_start;
    for (size_t i = 0; i < d->attributions.n && !any; i++)
        any = d->attributions.v[i].how && d->attributions.v[i].source_end > d->attributions.v[i].source_start;
    if (!any)
        return 0;
    qs_doc x;
    if (ng__qs_prepare(d, &x))
        return NG_ENOMEM;
    size_t n = d->quotes.n > d->attributions.n ? d->quotes.n : d->attributions.n;
    uint8_t *dec = ng__arena_alloc(&d->arena, n + 1);
    if (!dec)
        return NG_ENOMEM;
    /* all scores first (withholding changes no feature of another item:
     * features read sources of the item itself only) */
    apply_list(m, d, &x, 0, dec);
    apply_list(m, d, &x, 1, dec);
    return 0;
}

/* ---- the file ---- */

static uint32_t rd32(const unsigned char *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint64_t rd64(const unsigned char *p) { return rd32(p) | (uint64_t)rd32(p + 4) << 32; }
static float rdf(const unsigned char *p)
{
    uint32_t b = rd32(p);
    float f;
    memcpy(&f, &b, 4);
    return f;
}
static void wr32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}
static void wr64(unsigned char *p, uint64_t v)
{
    wr32(p, (uint32_t)v);
    wr32(p + 4, (uint32_t)(v >> 32));
}

#define BAD(off, ...)                                                                          \
    do {                                                                                       \
        ng__error_set(err, NG_EMODEL, (uint64_t)(off), 0, __VA_ARGS__);                        \
        return NG_EMODEL;                                                                      \
    } while (0)

int ng__qsrc_parse(const unsigned char *p, size_t size, int verify_checksum, ng_qsrc **out, ng_error *err)
{
    *out = NULL;
    if (size < QS_HEADER || memcmp(p, QS_MAGIC, 8))
        BAD(0, "source model: bad magic");
    if (rd32(p + 8) != QS_VERSION)
        BAD(8, "source model: version %u, expected %u", rd32(p + 8), QS_VERSION);
    uint32_t bits = rd32(p + 12);
    if (bits < QS_MINBITS || bits > QS_MAXBITS)
        BAD(12, "source model: table size 2^%u out of range 2^%u..2^%u", bits, QS_MINBITS, QS_MAXBITS);
    if (rd32(p + 16) != QS_NFEAT)
        BAD(16, "source model: %u features per item, expected %u", rd32(p + 16), QS_NFEAT);
    float thr = rdf(p + 20);
    if (!(thr > 0.0f && thr < 1.0f))
        BAD(20, "source model: threshold is not in (0, 1)");
    uint64_t want = QS_HEADER + 4ull * ((uint64_t)1 << bits);
    if (rd64(p + 24) != size || size != want)
        BAD(24, "source model: file size %zu, header says %llu, layout needs %llu", size,
            (unsigned long long)rd64(p + 24), (unsigned long long)want);
    if (verify_checksum && ng__hash(p + QS_HEADER, size - QS_HEADER) != rd64(p + 32))
        BAD(32, "source model: checksum mismatch (corrupt file)");
    for (size_t k = 40; k < QS_HEADER; k++)
        if (p[k])
            BAD(k, "source model: reserved header bytes are not zero");
    size_t n = (size_t)1 << bits;
    for (size_t i = 0; i < n; i++) {
        float w = rdf(p + QS_HEADER + 4 * i);
        if (!isfinite(w) || fabsf(w) > QS_MAXW)
            BAD(QS_HEADER + 4 * i, "source model: weight %zu is not a number within +-%g", i, (double)QS_MAXW);
    }
    ng_qsrc *m = ng__calloc(1, sizeof *m);
    if (!m || !(m->w = ng__malloc(n * sizeof *m->w))) {
        ng__free(m);
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory reading the source model");
        return NG_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        m->w[i] = rdf(p + QS_HEADER + 4 * i);
    m->bits = bits;
    m->threshold = thr;
    m->logit = logf(thr / (1.0f - thr));
    *out = m;
    return 0;
}

int ng__qsrc_write(const char *path, const float *w, uint32_t bits, float threshold, ng_error *err)
{
    if (bits < QS_MINBITS || bits > QS_MAXBITS || !(threshold > 0.0f && threshold < 1.0f))
        return NG_EINVAL;
    size_t n = (size_t)1 << bits, size = QS_HEADER + 4 * n;
    unsigned char *b = ng__calloc(size, 1);
    if (!b)
        return NG_ENOMEM;
    memcpy(b, QS_MAGIC, 8);
    wr32(b + 8, QS_VERSION);
    wr32(b + 12, bits);
    wr32(b + 16, QS_NFEAT);
    uint32_t tb;
    memcpy(&tb, &threshold, 4);
    wr32(b + 20, tb);
    wr64(b + 24, size);
    for (size_t i = 0; i < n; i++) {
        float v = w[i];
        if (!isfinite(v))
            v = 0;
        v = v > QS_MAXW ? QS_MAXW : v < -QS_MAXW ? -QS_MAXW : v;
        uint32_t u;
        memcpy(&u, &v, 4);
        wr32(b + QS_HEADER + 4 * i, u);
    }
    wr64(b + 32, ng__hash(b + QS_HEADER, size - QS_HEADER));
    FILE *f = fopen(path, "wb");
    int ok = f && fwrite(b, 1, size, f) == size;
    if (f && fclose(f))
        ok = 0;
    ng__free(b);
    if (!ok) {
        ng__error_set(err, NG_EIO, UINT64_MAX, 0, "cannot write %s", path);
        return NG_EIO;
    }
    return 0;
}

void ng__qsrc_free(ng_qsrc *m)
{
    if (!m)
        return;
    ng__free(m->w);
    ng__free(m);
}

int ng__qsrc_load(ng_engine *e, ng_error *err)
{
    e->qsrc = NULL;
    if (!e->data_dir)
        return 0;
    char path[4096];
    snprintf(path, sizeof path, "%s/qsrc.model", e->data_dir);
    struct stat st;
    if (stat(path, &st) != 0)
        return 0; /* no model: every source the rules draw is kept */
    ng_buf b;
    ng__buf_init(&b);
    int rc = ng__buf_read_file(&b, path);
    if (rc) {
        ng__buf_free(&b);
        if (rc == NG_ENOMEM) {
            ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory reading %s", path);
            return NG_ENOMEM;
        }
        ng__error_set(err, NG_EMODEL, UINT64_MAX, 0, "cannot read %s", path);
        return NG_EMODEL;
    }
    rc = ng__qsrc_parse((const unsigned char *)b.p, b.len, 1, &e->qsrc, err);
    ng__buf_free(&b);
    return rc;
}
