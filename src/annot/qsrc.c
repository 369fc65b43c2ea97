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
 * and whether it is nested in another item's content, the words before it,
 * and how many other items of the document have the same source words or
 * entity.  Scoring costs a few binary searches over the tokens, a pass over
 * the document's items and QS_NFEAT table reads per item with a source; no
 * per-token work.  A quotation split around its cue ("“…,” she
 * said, “…”") is one attribution: its later parts follow the first part's
 * decision.  The tagger's items are scored only when the model's flag
 * QS_F_TAGGER is set.
 *
 * Before scoring, the extent chooser (version 2 files) sets each rule
 * source's span: ng__qx_candidates builds the rule's own and up to 11
 * variants (cut at a comma, relative pronoun, dash or "and"; extended up to a
 * comma, the cue or the clause end; ...) with QX_NFEAT keys each, and a
 * conditional logit keeps the rule's own unless another scores more than the
 * model's margin above it.  A walk of at most QX_WIN tokens per source.
 */
#include "qsrc.h"
#include "qtag.h"
#include "quotes.h"
#include "tokeq.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

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

/* The first token ending after byte b (the token count when none).  A
 * binary search whose step is a conditional move, not a branch as hard to
 * predict as the data (the same answer: the tokens' ends increase). */
static size_t tok_at(const ng_doc *d, uint32_t b)
{
    const ng_token *p = d->tokens.v;
    size_t len = d->tokens.n;
    if (!len)
        return 0;
    while (len > 1) {
        size_t half = len / 2;
        p += half & -(size_t)(p[half - 1].end <= b); /* (gcc branches on a ?: here) */
        len -= half;
    }
    return (size_t)(p - d->tokens.v) + (p->end <= b);
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
    /* lo: the contents starting before b (or at it), by a search as
     * tok_at's (the starts increase: the lists are merged by start) */
    uint64_t lim = (uint64_t)b + (strict ? 0u : 1u);
    const uint32_t *p = x->cstart;
    size_t len = x->nc;
    if (!len)
        return 0;
    while (len > 1) {
        size_t half = len / 2;
        p = p[half - 1] < lim ? p + half : p;
        len -= half;
    }
    size_t lo = (size_t)(p - x->cstart) + (*p < lim);
    return lo && x->cmax[lo - 1] > b;
}

#define QS_SCRATCH 8192u

/* ng__qs_prepare with x's tables carved from buf (cap bytes, 16-aligned)
 * when they fit, else from the arena; also the apply step's decisions
 * (*dec, n + 1 bytes, when dec is not NULL). */
static int qs_prepare_in(ng_doc *d, qs_doc *x, unsigned char *buf, size_t cap, uint8_t **dec)
{
    memset(x, 0, sizeof *x);
    size_t nq = d->quotes.n, na = d->attributions.n, n = nq + na, ns = d->sents.n, ne = d->entities.n;
    size_t o_cmax = NG_ALIGN_UP((n + 1) * sizeof *x->cstart, 8);
    size_t o_qtok = o_cmax + NG_ALIGN_UP((n + 1) * sizeof *x->cmax, 8);
    size_t o_atok = o_qtok + NG_ALIGN_UP((nq + 1) * sizeof *x->qtok, 8);
    size_t o_sh = o_atok + NG_ALIGN_UP((na + 1) * sizeof *x->atok, 8);
    size_t o_ps = o_sh + NG_ALIGN_UP((n + 1) * (sizeof *x->shash + sizeof *x->sorted + sizeof *x->sstart +
                                                 sizeof *x->sentity + sizeof *x->seen), 8);
    size_t o_ec = o_ps + NG_ALIGN_UP((ns + 1) * sizeof *x->per_sent, 8);
    size_t o_dec = o_ec + NG_ALIGN_UP((ne + 1) * sizeof *x->ecount, 8);
    size_t need = o_dec + (dec ? NG_ALIGN_UP((nq > na ? nq : na) + 1, 8) : 0);
    buf = ng__scratch(&d->arena, buf, cap, need);
    if (!buf)
        return NG_ENOMEM;
    x->cstart = (uint32_t *)(void *)buf;
    x->cmax = (uint32_t *)(void *)(buf + o_cmax);
    x->qtok = (uint32_t *)(void *)(buf + o_qtok);
    x->atok = (uint32_t *)(void *)(buf + o_atok);
    x->shash = (uint64_t *)(void *)(buf + o_sh);
    x->per_sent = (uint16_t *)(void *)(buf + o_ps);
    memset(x->per_sent, 0, (ns + 1) * sizeof *x->per_sent);
    x->ecount = (uint16_t *)(void *)(buf + o_ec);
    if (dec)
        *dec = buf + o_dec;
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
    x->sorted = (qs_src *)(x->shash + n + 1);
    x->sstart = (uint32_t *)(x->sorted + n + 1);
    x->sentity = (int32_t *)(x->sstart + n + 1);
    x->seen = (uint8_t *)(x->sentity + n + 1);
    ng__qs_sources(d, x);
    return 0;
}

int ng__qs_prepare(ng_doc *d, qs_doc *x) { return qs_prepare_in(d, x, NULL, 0, NULL); }

static int src_cmp(const void *a, const void *b)
{
    const qs_src *p = a, *q = b;
    if (p->h != q->h)
        return p->h < q->h ? -1 : 1;
    if (p->s != q->s)
        return p->s < q->s ? -1 : 1;
    return p->i < q->i ? -1 : p->i > q->i;
}

/* The hash of the source's bytes [ss, se), ss < se, its first letter in
 * lower case ("The spokesman" is "the spokesman"). */
static uint64_t source_hash(const ng_doc *d, uint32_t ss, uint32_t se)
{
    uint64_t h = ng__hash(d->text + ss + 1, se - ss - 1);
    h ^= (uint64_t)((unsigned char)d->text[ss] | 0x20u) * 0x9E3779B97F4A7C15ull;
    return h | 1u; /* (never 0: 0 is no source) */
}

void ng__qs_sources(const ng_doc *d, qs_doc *x)
{
    size_t nq = d->quotes.n, n = nq + d->attributions.n, ns = 0, ne = d->entities.n;
    memset(x->ecount, 0, (ne + 1) * sizeof *x->ecount);
    for (size_t i = 0; i < n; i++) {
        uint32_t ss, se;
        int32_t e;
        if (i < nq)
            ss = d->quotes.v[i].speaker_start, se = d->quotes.v[i].speaker_end, e = d->quotes.v[i].speaker;
        else {
            const ng_attribution *a = &d->attributions.v[i - nq];
            ss = a->source_start, se = a->source_end, e = a->source_entity;
        }
        x->shash[i] = se > ss ? source_hash(d, ss, se) : 0;
        x->sstart[i] = ss;
        x->sentity[i] = se > ss && e >= 0 && (size_t)e < ne ? e : -1;
        x->seen[i] = 0;
        if (se > ss)
            x->sorted[ns++] = (qs_src){x->shash[i], ss, (uint32_t)i};
        if (x->sentity[i] >= 0 && x->ecount[e] < UINT16_MAX)
            x->ecount[e]++;
    }
    /* the other items with the same source bytes, by runs of equal hashes
     * in (hash, start) order: those before in the run start before (or at
     * the same byte, earlier in the lists), those after at or after */
    if (ns > 32)
        qsort(x->sorted, ns, sizeof *x->sorted, src_cmp);
    else /* (the same order: the keys are distinct) */
        for (size_t j = 1; j < ns; j++) {
            qs_src v = x->sorted[j];
            size_t k = j;
            for (; k > 0 && src_cmp(&x->sorted[k - 1], &v) > 0; k--)
                x->sorted[k] = x->sorted[k - 1];
            x->sorted[k] = v;
        }
    for (size_t r = 0, r1; r < ns; r = r1) {
        for (r1 = r + 1; r1 < ns && x->sorted[r1].h == x->sorted[r].h;)
            r1++;
        if (r1 - r < 2)
            continue;
        size_t tie = r; /* the first of the run's items with this one's start */
        for (size_t j = r; j < r1; j++) {
            if (j > r && x->sorted[j].s != x->sorted[j - 1].s)
                tie = j;
            size_t before = tie - r;
            unsigned later = j + 1 < r1 || tie < j;
            x->seen[x->sorted[j].i] = (uint8_t)((before > 2 ? 2u : before) * 2u + later);
        }
    }
}

static inline uint64_t key(unsigned t, uint64_t v) { return (v ^ ((uint64_t)(t + 1) * 0xD6E8FEB86659FD93ull)) + t; }

/* The templates (numbers are part of the file format).  Of 36 tried, these
 * 16 kept the cross-validated F1 on PolNeAR fit (doc/RESULTS.md): the rest
 * (the rule path, kind and entity type alone, the cue word alone and with
 * the kind or position, sentence relations, ...) were redundant or
 * over-fitted.  Version 3 added five of 15 more tried (stop 24): the words
 * before the source, and what the document's other items say of it. */
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
    /* version 3 */
    QS_BWORD,     /* the word before the source (a constant at a sentence start) */
    QS_BWORD2,    /* the two words before it */
    QS_HOW_SEEN,  /* the rule path x other items of the document with the same source bytes: starting before it
                   * (0, 1, 2 or more) x any starting at or after it */
    QS_ENTN,      /* other items with the source's entity (0-3) x its type (0: none) */
    QS_HOW_POS,   /* the rule path x the source's place against the cue x the item's kind */
    QS_NTEMPL
};

_Static_assert(QS_NTEMPL == QS_NFEAT, "one key per template");

/* The small templates' values (below each bound; the key of template t
 * and value v is key(t, v)) and where their weights lie in ng_qsrc.dw, the
 * weights by value ng__qsrc_gather takes from the hashed table (after the reader): a score reads
 * there, a few cache lines hot for every document, instead of ten random
 * lines of the table (the same floats, added in the same order).  The word
 * templates and the class pairs read the table.  QS_NCLASS bounds tclass. */
#define QS_NCLASS 544u
#define QS_NHOWLEN 2048u /* QS_HOW_LEN: how (uint8_t) * 8 + a length bucket; QS_HOW_SEEN likewise */
#define QS_NHOWPOS 4096u /* QS_HOW_POS: how * 16 + place * 4 + kind */
enum {
    QD_BIAS = 0,
    QD_DIST = QD_BIAS + 1,
    QD_CLEN = QD_DIST + 28,
    QD_NSENT = QD_CLEN + 6,
    QD_NEST = QD_NSENT + 6,
    QD_BEFORE = QD_NEST + 4,
    QD_AFTER = QD_BEFORE + QS_NCLASS,
    QD_HOW_LEN = QD_AFTER + QS_NCLASS,
    QD_HOLDS = QD_HOW_LEN + QS_NHOWLEN,
    QD_CUE_AFTER = QD_HOLDS + 256,
    QD_HOW_SEEN = QD_CUE_AFTER + QS_NCLASS,
    QD_ENTN = QD_HOW_SEEN + QS_NHOWLEN,
    QD_HOW_POS = QD_ENTN + 32,
    QD_TOTAL = QD_HOW_POS + QS_NHOWPOS
};
static const uint32_t qs_dn[QS_NTEMPL] = {[QS_BIAS] = 1,        [QS_DIST] = 28,       [QS_CLEN] = 6,
                                          [QS_NSENT] = 6,       [QS_NEST] = 4,        [QS_BEFORE] = QS_NCLASS,
                                          [QS_AFTER] = QS_NCLASS, [QS_HOW_LEN] = QS_NHOWLEN, [QS_HOLDS] = 256,
                                          [QS_CUE_AFTER] = QS_NCLASS, [QS_HOW_SEEN] = QS_NHOWLEN, [QS_ENTN] = 32,
                                          [QS_HOW_POS] = QS_NHOWPOS};
static const uint32_t qs_doff[QS_NTEMPL] = {[QS_BIAS] = QD_BIAS,     [QS_DIST] = QD_DIST,       [QS_CLEN] = QD_CLEN,
                                            [QS_NSENT] = QD_NSENT,   [QS_NEST] = QD_NEST,       [QS_BEFORE] = QD_BEFORE,
                                            [QS_AFTER] = QD_AFTER,   [QS_HOW_LEN] = QD_HOW_LEN, [QS_HOLDS] = QD_HOLDS,
                                            [QS_CUE_AFTER] = QD_CUE_AFTER, [QS_HOW_SEEN] = QD_HOW_SEEN,
                                            [QS_ENTN] = QD_ENTN,           [QS_HOW_POS] = QD_HOW_POS};

/* The values of the templates of item it: its keys are key(t, v[t]). */
static void qs_values(const ng_doc *d, const qs_doc *x, qs_item it, uint64_t *k)
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
        else if (t->kind == NG_TOK_WORD) { /* (NG_TOK_EQ: one test a word) */
            if (NG_TOK_EQ(w, n, "who") || NG_TOK_EQ(w, n, "which") || NG_TOK_EQ(w, n, "that"))
                holds |= 4u;
            else if (NG_TOK_EQ(w, n, "of"))
                holds |= 8u;
            else if (NG_TOK_EQ(w, n, "and"))
                holds |= 16u;
        }
    }
    uint64_t fw = ts < nt ? ng__qt_word_hash(d, ts) : 1, lw = tl == ts ? fw : tl < nt ? ng__qt_word_hash(d, tl) : 1;
    uint64_t sw = slen >= 2 && ts + 1 < nt ? ng__qt_word_hash(d, ts + 1) : 0;
    uint64_t cw = hascue && uc < nt ? ng__qt_word_hash(d, uc) ^ (uint64_t)(ul - uc) : 0;
    unsigned ca = hascue && ul + 1 < nt ? tclass(d, ul + 1) : 0u;

    k[QS_BIAS] = 0;
    k[QS_FIRST] = fw;
    k[QS_LAST] = lw;
    k[QS_DIST] = dist * 4u + pos;
    k[QS_CLEN] = clb;
    k[QS_NSENT] = nis;
    k[QS_NEST] = nest;
    k[QS_BEFORE] = bc;
    k[QS_AFTER] = ac;
    k[QS_HOW_FIRST] = how * 512u + fc;
    k[QS_HOW_LEN] = how * 8u + len_bucket(slen);
    k[QS_FIRST_LAST] = fc * 512u + lc;
    k[QS_HOLDS] = holds;
    k[QS_SECOND] = sw;
    k[QS_CUE_AFTER] = ca;
    k[QS_CUE_FIRST] = cw * 1024 + fc;

    /* the words before the source, in its sentence */
    size_t b1 = ts > 0 && ts < nt && !(tk[ts].flags & NG_TF_SENT) ? ts - 1 : SIZE_MAX;
    uint64_t bw = b1 != SIZE_MAX ? ng__qt_word_hash(d, b1) : 3;
    uint64_t bw2 = b1 != SIZE_MAX && b1 > 0 && !(tk[b1].flags & NG_TF_SENT) ? ng__qt_word_hash(d, b1 - 1) : 5;
    /* the other items with the same source bytes or entity (x, ng__qs_sources) */
    size_t self = it.list ? d->quotes.n + it.idx : it.idx, nall = d->quotes.n + d->attributions.n;
    unsigned seen = self < nall ? x->seen[self] : 0u;
    unsigned same_ent = self < nall && x->sentity[self] >= 0 ? x->ecount[x->sentity[self]] - 1u : 0u;
    unsigned et = f.ent >= 0 && (size_t)f.ent < d->entities.n ? d->entities.v[f.ent].type + 1u : 0u;
    k[QS_BWORD] = bw;
    k[QS_BWORD2] = bw * 31 + bw2;
    k[QS_HOW_SEEN] = how * 8u + seen;
    k[QS_ENTN] = (same_ent > 3 ? 3u : same_ent) * 8u + (et & 7u);
    k[QS_HOW_POS] = how * 16u + pos * 4u + (unsigned)f.kind;
}

void ng__qs_features(const ng_doc *d, const qs_doc *x, qs_item it, uint64_t *k)
{
    qs_values(d, x, it, k);
    for (unsigned t = 0; t < QS_NFEAT; t++)
        k[t] = key(t, k[t]);
}

/* ---- the extent chooser: candidate extents of a source and their features ---- */

/* Is token i the lower-case word w? */
static int word_is(const ng_doc *d, size_t i, const char *w)
{
    const ng_token *t = &d->tokens.v[i];
    size_t n = strlen(w);
    if (t->kind != NG_TOK_WORD || t->end - t->start != n)
        return 0;
    for (size_t k = 0; k < n; k++)
        if ((d->text[t->start + k] | 0x20) != w[k])
            return 0;
    return 1;
}

static int is_comma(const ng_doc *d, size_t i)
{
    return d->tokens.v[i].kind == NG_TOK_PUNCT && d->text[d->tokens.v[i].start] == ',';
}

/* A dash ("-", "--", en or em dash) or an opening bracket. */
static int is_dash(const ng_doc *d, size_t i)
{
    const ng_token *t = &d->tokens.v[i];
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    if (t->kind != NG_TOK_PUNCT)
        return 0;
    return p[0] == '-' || p[0] == '(' ||
           (p[0] == 0xE2 && t->end - t->start >= 3 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94));
}

static int is_rel(const ng_doc *d, size_t i)
{
    return word_is(d, i, "who") || word_is(d, i, "whom") || word_is(d, i, "whose") || word_is(d, i, "which");
}

/* A word that may be a finite verb: an auxiliary, a cue word, or a lower-case word ending in "ed". */
static int verbish(const ng_doc *d, size_t i)
{
    const ng_token *t = &d->tokens.v[i];
    if (t->kind != NG_TOK_WORD)
        return 0;
    unsigned wc = d->qwc ? d->qwc[i] : 0u;
    size_t n = t->end - t->start;
    const char *w = d->text + t->start;
    return (wc & (NG_QW_AUX | NG_QW_CUE)) || (!(t->flags & NG_TF_CAP) && n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd');
}

typedef struct qx_ctx {
    const ng_doc *d;
    qs_fields f;
    int hascue;
    uint32_t as, ae;   /* the entity's mention a candidate must hold (ae == 0: none) */
    size_t n;
    qx_cand *c;
} qx_ctx;

/* Adds tokens [s, e] (trailing punctuation dropped) as a candidate made by op. */
static void qx_add(qx_ctx *q, size_t s, size_t e, int op)
{
    const ng_doc *d = q->d;
    const ng_token *tk = d->tokens.v;
    while (e > s && (tk[e].kind == NG_TOK_PUNCT || tk[e].kind == NG_TOK_QUOTE))
        e--;
    while (s < e && (tk[s].kind == NG_TOK_PUNCT || tk[s].kind == NG_TOK_QUOTE))
        s++;
    if (q->n >= QX_MAXC || e < s || tk[s].kind == NG_TOK_PUNCT || tk[s].kind == NG_TOK_QUOTE)
        return;
    uint32_t bs = tk[s].start, be = tk[e].end;
    const qs_fields *f = &q->f;
    if (q->ae && (bs > q->as || be < q->ae))
        return; /* it would lose the mention the entity was resolved from */
    if (bs < f->ce && be > f->cs && !(f->ss < f->ce && f->se > f->cs))
        return;
    if (q->hascue && bs < f->ue && be > f->us && !(f->ss < f->ue && f->se > f->us))
        return;
    for (size_t i = 0; i < q->n; i++)
        if (q->c[i].s == bs && q->c[i].e == be)
            return;
    q->c[q->n++] = (qx_cand){bs, be, (uint32_t)s, (uint32_t)e, (uint8_t)op};
}

#define QX_WIN 40u /* tokens looked at past the source, and cut points inside it */

size_t ng__qx_candidates(const ng_doc *d, const qs_doc *x, qs_item it, qx_cand *c, uint64_t (*k)[QX_NFEAT])
{
    qx_ctx q;
    memset(&q, 0, sizeof q);
    q.d = d, q.c = c;
    q.f = fields_of(d, it);
    const qs_fields *f = &q.f;
    size_t nt = d->tokens.n;
    const ng_token *tk = d->tokens.v;
    if (f->se <= f->ss || !nt)
        return 0;
    q.hascue = f->ue > f->us;
    size_t at = it.list ? x->atok[it.idx] : x->qtok[it.idx];
    size_t uc = q.hascue ? at : 0, ul = uc;
    size_t ts = tok_near(d, f->ss, at), tl = ts;
    if (ts >= nt)
        return 0;
    while (tl + 1 < nt && tk[tl + 1].start < f->se)
        tl++;
    while (q.hascue && ul + 1 < nt && tk[ul + 1].start < f->ue)
        ul++;
    int pos = !q.hascue ? 0 : f->se <= f->us ? 1 : f->ss >= f->ue ? 2 : 3;
    /* the entity's anchor: its mention (else role reference) inside the source, else the whole source */
    if (f->ent >= 0 && (size_t)f->ent < d->entities.n) {
        const ng_entity *en = &d->entities.v[f->ent];
        for (uint32_t i = 0; i < en->nmentions && !q.ae; i++) {
            const ng_mention *mn = &d->mentions.v[en->mentions[i]];
            if (mn->start >= f->ss && mn->end <= f->se)
                q.as = mn->start, q.ae = mn->end;
        }
        for (uint32_t i = 0; i < en->nnominals && !q.ae; i++) {
            const ng_roleref *r = &d->rolerefs.v[en->nominals[i]];
            if (r->start >= f->ss && r->end <= f->se)
                q.as = r->start, q.ae = r->end;
        }
        if (!q.ae)
            q.as = f->ss, q.ae = f->se;
    }
    c[q.n++] = (qx_cand){f->ss, f->se, (uint32_t)ts, (uint32_t)tl, QX_ORIG};
    /* shorter: cut points inside the source */
    int commas = 0, ands = 0;
    size_t last_and = 0;
    for (size_t b = ts + 1; b <= tl && b < ts + QX_WIN; b++) {
        if (is_comma(d, b))
            qx_add(&q, ts, b - 1, commas++ ? QX_CUT_COMMA : QX_CUT_COMMA1);
        else if (is_dash(d, b))
            qx_add(&q, ts, b - 1, QX_CUT_DASH);
        else if (is_rel(d, b) && !is_comma(d, b - 1))
            qx_add(&q, ts, b - 1, QX_CUT_REL);
        else if (word_is(d, b, "and")) {
            if (!ands++)
                qx_add(&q, ts, b - 1, QX_CUT_AND);
            last_and = b;
        }
    }
    if (last_and)
        qx_add(&q, last_and + 1, tl, QX_DROP_AND);
    for (size_t b = ts + 1; b <= tl && b <= ts + 5; b++)
        if (word_is(d, b, "of")) {
            qx_add(&q, b + 1 < tl && word_is(d, b + 1, "the") ? b + 2 : b + 1, tl, QX_DROP_OF);
            break;
        }
    /* longer: over the words after the source */
    uint32_t sn = tk[tl].sent;
    if (pos == 1 && uc > tl + 1 && uc - tl <= QX_WIN && tk[uc].sent == sn) {
        for (size_t b = tl + 2; b < uc; b++)
            if (is_comma(d, b) || is_dash(d, b))
                qx_add(&q, ts, b - 1, QX_EXT_COMMA);
        qx_add(&q, ts, uc - 1, QX_EXT_CUE);
    } else if (pos == 2) {
        size_t b = tl + 1;
        for (; b < nt && b <= tl + QX_WIN && tk[b].sent == sn && tk[b].kind != NG_TOK_QUOTE; b++)
            if (b > tl + 1 && (is_comma(d, b) || is_dash(d, b)))
                qx_add(&q, ts, b - 1, QX_EXT_COMMA);
        if (b > tl + 1 && b <= tl + QX_WIN)
            qx_add(&q, ts, b - 1, QX_EXT_SENT);
    }
    /* the noun phrase completed: one more word after, or the words back to a determiner */
    if (tl + 1 < nt && tk[tl + 1].sent == sn && (tk[tl + 1].kind == NG_TOK_WORD || tk[tl + 1].kind == NG_TOK_NUMBER) &&
        !verbish(d, tl + 1) && !is_rel(d, tl + 1) && !word_is(d, tl + 1, "and"))
        qx_add(&q, ts, tl + 1, QX_EXT_WORD);
    for (size_t b = ts, k2 = 0; b > 0 && k2 < 4 && !(tk[b].flags & NG_TF_SENT); k2++) {
        b--;
        const ng_token *t = &tk[b];
        if ((t->kind != NG_TOK_WORD && t->kind != NG_TOK_POSSESSIVE && t->kind != NG_TOK_NUMBER &&
             t->kind != NG_TOK_ABBREV) ||
            verbish(d, b) || is_rel(d, b))
            break;
        if (d->qwc && (d->qwc[b] & NG_QW_DETERMINER)) {
            qx_add(&q, b, tl, QX_EXT_BACK);
            break;
        }
    }
    /* features (none needed for a lone candidate: nothing to choose) */
    if (q.n == 1) {
        memset(k[0], 0, sizeof k[0]);
        return 1;
    }
    unsigned kind = (unsigned)f->kind, how = (unsigned)f->how;
    unsigned ca = q.hascue && ul + 1 < nt ? tclass(d, ul + 1) : 0u;
    uint64_t cw = q.hascue && uc < nt ? ng__qt_word_hash(d, uc) ^ (uint64_t)(ul - uc) : 0;
    unsigned nb = q.n > 7 ? 7u : (unsigned)q.n;
    uint64_t h_ts = ng__qt_word_hash(d, ts); /* most candidates start where the source does */
    unsigned ord[QX_NOPS];
    memset(ord, 0, sizeof ord);
    for (size_t j = 0; j < q.n; j++) {
        const qx_cand *cd = &c[j];
        uint64_t op = cd->op;
        unsigned o = ord[cd->op] < 3 ? ord[cd->op] : 3u;
        ord[cd->op]++;
        /* the words removed or added */
        size_t ds = 1, de = 0;
        if (cd->te < tl)
            ds = cd->te + 1, de = tl;
        else if (cd->te > tl)
            ds = tl + 1, de = cd->te;
        else if (cd->ts > ts)
            ds = ts, de = cd->ts - 1;
        else if (cd->ts < ts)
            ds = cd->ts, de = ts - 1;
        size_t dlen = de >= ds ? de - ds + 1 : 0;
        uint64_t dw1 = 0, dw2 = 0;
        unsigned dflags = 0;
        for (size_t i = ds; i <= de && i < ds + QX_WIN; i++) {
            const ng_token *t = &tk[i];
            if (t->kind == NG_TOK_PUNCT)
                dflags |= is_comma(d, i) ? 1u : 2u;
            else if (t->kind == NG_TOK_QUOTE)
                dflags |= 4u;
            else if (t->kind == NG_TOK_NUMBER)
                dflags |= 8u;
            else {
                if (verbish(d, i))
                    dflags |= 16u;
                if (is_rel(d, i))
                    dflags |= 32u;
                if (!dw1)
                    dw1 = ng__qt_word_hash(d, i), dflags |= t->flags & NG_TF_CAP ? 64u : 0u;
                else if (!dw2)
                    dw2 = ng__qt_word_hash(d, i);
            }
        }
        size_t clen = cd->te - cd->ts + 1, seg = 0;
        while (seg < clen && seg < 4 && !is_comma(d, cd->ts + seg))
            seg++;
        unsigned cap = tk[cd->ts].flags & NG_TF_CAP ? 1u : 0u;
        unsigned after = cd->te + 1 < nt && !(tk[cd->te + 1].flags & NG_TF_SENT) ? tclass(d, cd->te + 1) : 0u;
        uint64_t *kk = k[j];
        kk[0] = key(40, op);
        kk[1] = key(41, op * 16 + (unsigned)pos * 4 + kind);
        kk[2] = key(42, op * 64 + how);
        kk[3] = key(43, op * 8 + len_bucket(dlen));
        kk[4] = key(44, dw1 * 16 + op);
        kk[5] = key(45, op * 256 + dflags);
        kk[6] = key(46, op * 1024 + after);
        kk[7] = key(47, op * 1024 + ca);
        kk[8] = key(48, cw * 16 + op);
        kk[9] = key(49, op * 8 + len_bucket(clen));
        kk[10] = key(50, op * 64 + seg * 4 + cap * 2 + (clen == 1));
        kk[11] = key(51, (cd->ts == ts ? h_ts : ng__qt_word_hash(d, cd->ts)) * 16 + op);
        kk[12] = key(52, dw2 * 16 + op);
        kk[13] = key(53, op * 64 + o * 8 + nb);
    }
    return q.n;
}

/* Sets the sources of list's rule items to their best-scored extents.  A
 * later part of a quotation split around its cue takes the first part's
 * extent when it had the same source. */
static void choose_list(const ng_qsrc *m, ng_doc *d, const qs_doc *x, int list, uint32_t *os, uint32_t *oe)
{
    size_t n = list ? d->attributions.n : d->quotes.n;
    qx_cand c[QX_MAXC];
    uint64_t k[QX_MAXC][QX_NFEAT];
    for (size_t i = 0; i < n; i++) {
        qs_item it = {(uint8_t)list, (uint32_t)i};
        qs_fields f = fields_of(d, it);
        os[i] = f.ss, oe[i] = f.se;
        if (!f.how || f.se <= f.ss)
            continue;
        uint32_t ns = f.ss, ne = f.se;
        int follow = 0;
        for (size_t j = i; f.ue > f.us && j-- > 0 && i - j <= 4;) {
            const qs_fields g = fields_of(d, (qs_item){(uint8_t)list, (uint32_t)j});
            if (g.us == f.us && g.ue == f.ue && os[j] == f.ss && oe[j] == f.se && g.how) {
                ns = g.ss, ne = g.se, follow = 1;
                break;
            }
        }
        if (!follow) {
            size_t nc = ng__qx_candidates(d, x, it, c, k);
            float best = 0, z0 = 0;
            size_t bj = 0;
            for (size_t j = 0; j < nc; j++) {
                float z = 0;
                for (size_t t = 0; t < QX_NFEAT; t++)
                    z += m->xw[ng__qs_slot(k[j][t], m->xbits)];
                if (j == 0)
                    z0 = z;
                else if (bj == 0 || z > best)
                    best = z, bj = j;
            }
            if (bj && best - z0 > m->xmargin)
                ns = c[bj].s, ne = c[bj].e;
        }
        if (ns == ne)
            continue;
        if (list)
            d->attributions.v[i].source_start = ns, d->attributions.v[i].source_end = ne;
        else
            d->quotes.v[i].speaker_start = ns, d->quotes.v[i].speaker_end = ne;
    }
}

float ng__qsrc_score(const ng_qsrc *m, const ng_doc *d, const qs_doc *x, qs_item it)
{
    uint64_t v[QS_NFEAT];
    qs_values(d, x, it, v);
    float z = 0;
    if (!m->dw) {
        for (unsigned t = 0; t < QS_NFEAT; t++)
            z += m->w[ng__qs_slot(key(t, v[t]), m->bits)];
        return z;
    }
    /* (every small template's value is below its bound: qs_values, tclass; checked all the same) */
#define QS_W(t) (v[t] < qs_dn[t] ? m->dw[qs_doff[t] + v[t]] : m->w[ng__qs_slot(key(t, v[t]), m->bits)])
    z += QS_W(0), z += QS_W(1), z += QS_W(2), z += QS_W(3), z += QS_W(4), z += QS_W(5), z += QS_W(6), z += QS_W(7);
    z += QS_W(8), z += QS_W(9), z += QS_W(10), z += QS_W(11), z += QS_W(12), z += QS_W(13), z += QS_W(14),
        z += QS_W(15), z += QS_W(16), z += QS_W(17), z += QS_W(18), z += QS_W(19), z += QS_W(20);
#undef QS_W
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
        if ((!f.how && !(m->flags & QS_F_TAGGER)) || f.se <= f.ss || ng__qs_kept(d, list, i))
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
    int any = 0, tagger = (m->flags & QS_F_TAGGER) != 0; /* an item to score (with a source)? */
    for (size_t i = 0; i < d->quotes.n && !any; i++) {
        const ng_quote *q = &d->quotes.v[i];
        any = (q->how || tagger) && q->speaker_end > q->speaker_start;
    }
    for (size_t i = 0; i < d->attributions.n && !any; i++) {
        const ng_attribution *a = &d->attributions.v[i];
        any = (a->how || tagger) && a->source_end > a->source_start;
    }
    if (!any)
        return 0;
    /* x's tables and the decisions die with this call: they are carved
     * from a thread's own buffer when they fit (nearly every document), the
     * same cache lines for every document, where the arena gives fresh
     * memory each time, a write miss a line (as the quote rules' tables,
     * doc/RESULTS.md, "The annotators' cost").  (This function does not
     * call itself.) */
    static _Thread_local _Alignas(16) unsigned char scratch[QS_SCRATCH];
    qs_doc x;
    uint8_t *dec;
    if (qs_prepare_in(d, &x, scratch, sizeof scratch, &dec))
        return NG_ENOMEM;
    size_t n = d->quotes.n > d->attributions.n ? d->quotes.n : d->attributions.n;
    if (m->xw) { /* extents first: the confidence model scores the chosen ones */
        uint32_t *os = ng__arena_alloc(&d->arena, (n + 1) * sizeof *os);
        uint32_t *oe = ng__arena_alloc(&d->arena, (n + 1) * sizeof *oe);
        if (!os || !oe)
            return NG_ENOMEM;
        choose_list(m, d, &x, 0, os, oe);
        choose_list(m, d, &x, 1, os, oe);
        ng__qs_sources(d, &x); /* (the others' sources as chosen) */
    }
    /* withholding changes no feature of another item: features read the
     * sources of the item itself, and the others' as recorded in x before
     * any was withheld */
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
    uint32_t ver = rd32(p + 8);
    if (ver == 1 || ver == 2)
        BAD(8, "source model: version %u is out of date (16 features per item; this build reads version %u): retrain "
               "it with `newsgraph train sources`",
            ver, QS_VERSION);
    if (ver != QS_VERSION)
        BAD(8, "source model: version %u, expected %u", ver, QS_VERSION);
    uint32_t bits = rd32(p + 12);
    if (bits < QS_MINBITS || bits > QS_MAXBITS)
        BAD(12, "source model: table size 2^%u out of range 2^%u..2^%u", bits, QS_MINBITS, QS_MAXBITS);
    if (rd32(p + 16) != QS_NFEAT)
        BAD(16, "source model: %u features per item, expected %u", rd32(p + 16), QS_NFEAT);
    float thr = rdf(p + 20);
    if (!(thr > 0.0f && thr < 1.0f))
        BAD(20, "source model: threshold is not in (0, 1)");
    uint32_t xbits = rd32(p + 40); /* 0: no extent chooser */
    if (xbits && (xbits < QS_MINBITS || xbits > QS_MAXBITS))
        BAD(40, "source model: extent table size 2^%u out of range 2^%u..2^%u (or 0: none)", xbits, QS_MINBITS,
            QS_MAXBITS);
    if (rd32(p + 44) != (xbits ? QX_NFEAT : 0))
        BAD(44, "source model: %u features per extent, expected %u", rd32(p + 44), xbits ? QX_NFEAT : 0);
    float xmargin = rdf(p + 48);
    if (!(xmargin >= 0.0f && xmargin <= QS_MAXW) || (!xbits && xmargin != 0.0f))
        BAD(48, "source model: extent margin is not in [0, %g] (0 without an extent table)", (double)QS_MAXW);
    uint32_t flags = rd32(p + 52);
    if (flags & ~QS_F_TAGGER)
        BAD(52, "source model: unknown flags 0x%x", flags);
    uint64_t want = QS_HEADER + 4ull * ((uint64_t)1 << bits) + (xbits ? 4ull * ((uint64_t)1 << xbits) : 0);
    if (rd64(p + 24) != size || size != want)
        BAD(24, "source model: file size %zu, header says %llu, layout needs %llu", size,
            (unsigned long long)rd64(p + 24), (unsigned long long)want);
    if (verify_checksum && ng__hash(p + QS_HEADER, size - QS_HEADER) != rd64(p + 32))
        BAD(32, "source model: checksum mismatch (corrupt file)");
    for (size_t k = 56; k < QS_HEADER; k++)
        if (p[k])
            BAD(k, "source model: reserved header bytes are not zero");
    size_t n = (size_t)1 << bits, nx = xbits ? (size_t)1 << xbits : 0;
    for (size_t i = 0; i < n + nx; i++) {
        float w = rdf(p + QS_HEADER + 4 * i);
        if (!isfinite(w) || fabsf(w) > QS_MAXW)
            BAD(QS_HEADER + 4 * i, "source model: %s weight %zu is not a number within +-%g", i < n ? "" : "extent",
                i < n ? i : i - n, (double)QS_MAXW);
    }
    ng_qsrc *m = ng__calloc(1, sizeof *m);
    if (!m || !(m->w = ng__malloc(n * sizeof *m->w)) || (nx && !(m->xw = ng__malloc(nx * sizeof *m->xw)))) {
        if (m)
            ng__free(m->w);
        ng__free(m);
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory reading the source model");
        return NG_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        m->w[i] = rdf(p + QS_HEADER + 4 * i);
    for (size_t i = 0; i < nx; i++)
        m->xw[i] = rdf(p + QS_HEADER + 4 * (n + i));
    m->bits = bits;
    m->xbits = xbits;
    m->xmargin = xmargin;
    m->flags = flags;
    m->threshold = thr;
    m->logit = logf(thr / (1.0f - thr));
    *out = m;
    return 0;
}

static void put_weights(unsigned char *b, const float *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        float v = w[i];
        if (!isfinite(v))
            v = 0;
        v = v > QS_MAXW ? QS_MAXW : v < -QS_MAXW ? -QS_MAXW : v;
        uint32_t u;
        memcpy(&u, &v, 4);
        wr32(b + 4 * i, u);
    }
}

int ng__qsrc_write(const char *path, const float *w, uint32_t bits, float threshold, const float *xw, uint32_t xbits,
                   float xmargin, uint32_t flags, ng_error *err)
{
    if (flags & ~QS_F_TAGGER)
        return NG_EINVAL;
    if (bits < QS_MINBITS || bits > QS_MAXBITS || !(threshold > 0.0f && threshold < 1.0f) ||
        (xw && (xbits < QS_MINBITS || xbits > QS_MAXBITS || !(xmargin >= 0.0f && xmargin <= QS_MAXW))))
        return NG_EINVAL;
    size_t n = (size_t)1 << bits, nx = xw ? (size_t)1 << xbits : 0, size = QS_HEADER + 4 * (n + nx);
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
    if (xw) {
        wr32(b + 40, xbits);
        wr32(b + 44, QX_NFEAT);
        memcpy(&tb, &xmargin, 4);
        wr32(b + 48, tb);
    }
    wr32(b + 52, flags);
    put_weights(b + QS_HEADER, w, n);
    if (xw)
        put_weights(b + QS_HEADER + 4 * n, xw, nx);
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

void ng__qsrc_gather(ng_qsrc *m)
{
    if (!m || m->dw || !(m->dw = ng__malloc(QD_TOTAL * sizeof *m->dw)))
        return; /* (without them, scores read the table alone) */
    for (unsigned t = 0; t < QS_NFEAT; t++)
        for (uint32_t v = 0; v < qs_dn[t]; v++)
            m->dw[qs_doff[t] + v] = m->w[ng__qs_slot(key(t, v), m->bits)];
}

void ng__qsrc_free(ng_qsrc *m)
{
    if (!m)
        return;
    ng__free(m->w);
    ng__free(m->xw);
    ng__free(m->dw);
    ng__free(m);
}

int ng__qsrc_load(ng_engine *e, ng_error *err)
{
    e->qsrc = NULL;
    ng_buf b;
    int rc = ng__qt_read_data(e, "qsrc.model", &b, err);
    if (rc)
        return rc == 1 ? 0 : rc; /* no model: every source the rules draw is kept */
    rc = ng__qsrc_parse((const unsigned char *)b.p, b.len, 1, &e->qsrc, err);
    ng__buf_free(&b);
    if (!rc)
        ng__qsrc_gather(e->qsrc);
    return rc;
}
