/*
 * ner_model.c -- the tagger's model file: writing (quantised, pruned) and
 * reading (validated).  The format is described in doc/MODEL.md: a 64-byte
 * little-endian header with magic "NGNERMDL", version, tag count, flags,
 * section count, file size, an XXH3 checksum of everything after the header
 * and the weight scale; a section table; then the sections (transitions,
 * feature keys, sparse int16 weights, gazetteer phrases and list names, word
 * classes).  The reader checks the magic, version, sizes, every offset and
 * length against the file size, key order and value ranges before using
 * anything; a bad file is NG_EMODEL with the offset of the problem.
 */
#include "ner_model.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define MAGIC "NGNERMDL"
#define VERSION 1u
#define HDR 64u
#define SECT 24u

enum { S_TRANS = 1, S_FEATS, S_WEIGHTS, S_GAZ, S_GAZNAMES, S_CLS, S_VOCAB, S_TGAZ, S_MAX };

static uint32_t rd32(const unsigned char *p) { return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint64_t rd64(const unsigned char *p) { return rd32(p) | (uint64_t)rd32(p + 4) << 32; }
static int16_t rd16(const unsigned char *p) { return (int16_t)(uint16_t)(p[0] | p[1] << 8); }

#define BAD(off, ...)                                               \
    do {                                                            \
        ng__error_set(err, NG_EMODEL, (off), 0, __VA_ARGS__);       \
        rc = NG_EMODEL;                                             \
        goto fail;                                                  \
    } while (0)

void ng__ner_model_free(ng_ner_model *m)
{
    if (!m)
        return;
    ng__free(m->slots);
    ng__ner_set_free(&m->gaz);
    ng__ner_set_free(&m->cls);
    ng__ner_set_free(&m->tgaz_own);
    ng__ner_set_free(&m->vocab);
    ng__free(m->vocab_words);
    ng__free(m->vocab_buf);
    ng__free(m->vvec);
    ng__free(m);
}

static int popcount32(uint32_t x)
{
    int c = 0;
    while (x) {
        x &= x - 1;
        c++;
    }
    return c;
}

int ng__ner_model_parse(const unsigned char *buf, size_t len, int check_sum, ng_ner_model **out,
                        ng_error *err)
{
    int rc = 0;
    *out = NULL;
    ng_ner_model *m = NULL;
    if (!buf || len < HDR)
        BAD(0, "tagger model: file too short for a header (%zu bytes)", len);
    if (memcmp(buf, MAGIC, 8) != 0)
        BAD(0, "tagger model: bad magic (not a newsgraph tagger model)");
    uint32_t version = rd32(buf + 8), ntags = rd32(buf + 12), flags = rd32(buf + 16), nsect = rd32(buf + 20);
    uint64_t fsize = rd64(buf + 24), sum = rd64(buf + 32);
    float scale;
    uint32_t sbits = rd32(buf + 40);
    memcpy(&scale, &sbits, 4);
    if (version != VERSION)
        BAD(8, "tagger model: unsupported version %u (this build reads %u)", version, VERSION);
    if (ntags != NG_NER_NT)
        BAD(12, "tagger model: %u tags, expected %u", ntags, NG_NER_NT);
    if (flags & ~(NG_NER_F_GAZ | NG_NER_F_HIST | NG_NER_F_CLS | NG_NER_F_TGAZ | NG_NER_F_SEEN))
        BAD(16, "tagger model: unknown flags 0x%x", flags);
    if (fsize != len)
        BAD(24, "tagger model: truncated or padded: header says %llu bytes, file has %zu",
            (unsigned long long)fsize, len);
    if (!(scale > 0) || !isfinite(scale))
        BAD(40, "tagger model: bad weight scale");
    if (nsect == 0 || nsect >= S_MAX || (uint64_t)HDR + (uint64_t)nsect * SECT > len)
        BAD(20, "tagger model: bad section count %u", nsect);
    if (check_sum && ng__hash(buf + HDR, len - HDR) != sum)
        BAD(32, "tagger model: checksum mismatch (corrupt file)");

    const unsigned char *sp[S_MAX] = {0};
    uint64_t ssz[S_MAX] = {0};
    uint32_t scount[S_MAX] = {0};
    uint64_t data0 = (uint64_t)HDR + (uint64_t)nsect * SECT;
    for (uint32_t i = 0; i < nsect; i++) {
        const unsigned char *e = buf + HDR + (size_t)i * SECT;
        uint32_t id = rd32(e), count = rd32(e + 4);
        uint64_t off = rd64(e + 8), size = rd64(e + 16);
        uint64_t eo = HDR + (uint64_t)i * SECT;
        if (id == 0 || id >= S_MAX)
            BAD(eo, "tagger model: unknown section id %u", id);
        if (sp[id])
            BAD(eo, "tagger model: duplicate section %u", id);
        if (off < data0 || off > len || size > len - off)
            BAD(eo + 8, "tagger model: section %u out of the file (offset %llu, size %llu)", id,
                (unsigned long long)off, (unsigned long long)size);
        sp[id] = buf + off;
        ssz[id] = size;
        scount[id] = count;
    }
    if (!sp[S_TRANS] || !sp[S_FEATS] || !sp[S_WEIGHTS])
        BAD(HDR, "tagger model: a required section is missing");
    if (scount[S_TRANS] != NG_NER_NT * NG_NER_NT + NG_NER_NT || ssz[S_TRANS] != (uint64_t)scount[S_TRANS] * 2)
        BAD((uint64_t)(sp[S_TRANS] - buf), "tagger model: bad transition section size");
    uint32_t nfeat = scount[S_FEATS];
    if (ssz[S_FEATS] != (uint64_t)nfeat * 8 || scount[S_WEIGHTS] != nfeat || nfeat > (1u << 28))
        BAD((uint64_t)(sp[S_FEATS] - buf), "tagger model: bad feature section size");

    m = ng__calloc(1, sizeof *m);
    if (!m)
        return NG_ENOMEM;
    m->version = version;
    m->flags = flags;
    m->scale = scale;
    m->nfeat = nfeat;
    ng__ner_pred_init(m);
    for (int a = 0; a < NG_NER_NT; a++)
        for (int b = 0; b < NG_NER_NT; b++)
            m->trans[a][b] = rd16(sp[S_TRANS] + 2 * (a * NG_NER_NT + b));
    for (int b = 0; b < NG_NER_NT; b++)
        m->start[b] = rd16(sp[S_TRANS] + 2 * (NG_NER_NT * NG_NER_NT + b));

    uint32_t cap = 16;
    while (cap < nfeat + nfeat / 2 + 1)
        cap <<= 1;
    m->slots = ng__calloc(cap, sizeof *m->slots);
    if (!m->slots) {
        ng__ner_model_free(m);
        return NG_ENOMEM;
    }
    m->mask = cap - 1;
    const unsigned char *wp = sp[S_WEIGHTS], *wend = wp + ssz[S_WEIGHTS];
    uint64_t prev = 0;
    for (uint32_t f = 0; f < nfeat; f++) {
        uint64_t key = rd64(sp[S_FEATS] + (size_t)f * 8);
        if (key <= prev)
            BAD((uint64_t)(sp[S_FEATS] - buf) + (uint64_t)f * 8, "tagger model: feature keys not increasing");
        prev = key;
        if (wend - wp < 4)
            BAD((uint64_t)(wp - buf), "tagger model: weight section ends early");
        uint32_t tmask = rd32(wp);
        if (tmask >> NG_NER_NT)
            BAD((uint64_t)(wp - buf), "tagger model: bad tag mask");
        wp += 4;
        int pc = popcount32(tmask);
        if (wend - wp < 2 * pc)
            BAD((uint64_t)(wp - buf), "tagger model: weight section ends early");
        uint32_t i = (uint32_t)key & m->mask;
        while (m->slots[i].key)
            i = (i + 1) & m->mask;
        ng_ner_slot *s = &m->slots[i];
        s->key = key;
        for (int t = 0; t < NG_NER_NT; t++)
            if (tmask & (1u << t)) {
                s->w[t] = rd16(wp);
                wp += 2;
            }
    }
    if (wp != wend)
        BAD((uint64_t)(wp - buf), "tagger model: %zu stray bytes after the weights", (size_t)(wend - wp));

    if (sp[S_GAZ]) {
        uint32_t n = scount[S_GAZ];
        if (ssz[S_GAZ] != (uint64_t)n * 12)
            BAD((uint64_t)(sp[S_GAZ] - buf), "tagger model: bad gazetteer section size");
        if (!sp[S_GAZNAMES] || scount[S_GAZNAMES] > NG_NER_GAZ_LISTS || ssz[S_GAZNAMES] != (uint64_t)scount[S_GAZNAMES] * 16)
            BAD((uint64_t)(sp[S_GAZ] - buf), "tagger model: bad gazetteer list names");
        m->ngaz_lists = scount[S_GAZNAMES];
        for (uint32_t l = 0; l < m->ngaz_lists; l++) {
            memcpy(m->gaz_names[l], sp[S_GAZNAMES] + l * 16, 16);
            m->gaz_names[l][15] = 0;
        }
        if (n && ng__ner_set_init(&m->gaz, n) != 0) {
            ng__ner_model_free(m);
            return NG_ENOMEM;
        }
        prev = 0;
        for (uint32_t i = 0; i < n; i++) {
            const unsigned char *e = sp[S_GAZ] + (size_t)i * 12;
            uint64_t key = rd64(e);
            uint32_t v = rd32(e + 8);
            if (key <= prev)
                BAD((uint64_t)(e - buf), "tagger model: gazetteer keys not increasing");
            prev = key;
            if (v == 0 || ((v & ~NG_NER_GAZ_PREFIX) >> m->ngaz_lists))
                BAD((uint64_t)(e - buf + 8), "tagger model: bad gazetteer list mask");
            if (ng__ner_set_put(&m->gaz, key, v) != 0) {
                ng__ner_model_free(m);
                return NG_ENOMEM;
            }
        }
    }
    if (sp[S_CLS]) {
        uint32_t n = scount[S_CLS];
        if (ssz[S_CLS] != (uint64_t)n * 12)
            BAD((uint64_t)(sp[S_CLS] - buf), "tagger model: bad word-class section size");
        if (n && ng__ner_set_init(&m->cls, n) != 0) {
            ng__ner_model_free(m);
            return NG_ENOMEM;
        }
        prev = 0;
        for (uint32_t i = 0; i < n; i++) {
            const unsigned char *e = sp[S_CLS] + (size_t)i * 12;
            uint64_t key = rd64(e);
            if (key <= prev)
                BAD((uint64_t)(e - buf), "tagger model: word-class keys not increasing");
            prev = key;
            if (ng__ner_set_put(&m->cls, key, rd32(e + 8)) != 0) {
                ng__ner_model_free(m);
                return NG_ENOMEM;
            }
        }
    }
    m->tgaz = &m->tgaz_own;
    if (sp[S_TGAZ]) {
        uint32_t n = scount[S_TGAZ];
        if (ssz[S_TGAZ] != (uint64_t)n * 12)
            BAD((uint64_t)(sp[S_TGAZ] - buf), "tagger model: bad training-name section size");
        if (n && ng__ner_set_init(&m->tgaz_own, n) != 0) {
            ng__ner_model_free(m);
            return NG_ENOMEM;
        }
        prev = 0;
        for (uint32_t i = 0; i < n; i++) {
            const unsigned char *e = sp[S_TGAZ] + (size_t)i * 12;
            uint64_t key = rd64(e);
            uint32_t v = rd32(e + 8);
            if (key <= prev)
                BAD((uint64_t)(e - buf), "tagger model: training-name keys not increasing");
            prev = key;
            if (v == 0 || ((v & ~NG_NER_GAZ_PREFIX) >> NG_NER_NTYPES))
                BAD((uint64_t)(e - buf + 8), "tagger model: bad training-name type mask");
            if (ng__ner_set_put(&m->tgaz_own, key, v) != 0) {
                ng__ner_model_free(m);
                return NG_ENOMEM;
            }
        }
    }
    if (sp[S_VOCAB]) {
        uint32_t n = scount[S_VOCAB];
        const unsigned char *p = sp[S_VOCAB], *end = p + ssz[S_VOCAB];
        if (n > ssz[S_VOCAB])
            BAD((uint64_t)(p - buf), "tagger model: bad vocabulary section size");
        m->vocab_buf = ng__malloc(ssz[S_VOCAB] + 1);
        m->vocab_words = ng__malloc(((size_t)n + 1) * sizeof *m->vocab_words);
        if (!m->vocab_buf || !m->vocab_words || (n && ng__ner_set_init(&m->vocab, n) != 0)) {
            ng__ner_model_free(m);
            return NG_ENOMEM;
        }
        memcpy(m->vocab_buf, p, ssz[S_VOCAB]);
        for (uint32_t i = 0; i < n; i++) {
            if (p >= end || (size_t)(end - p) < 1u + p[0] || p[0] == 0)
                BAD((uint64_t)(p - buf), "tagger model: bad vocabulary entry");
            size_t l = p[0];
            const char *w = m->vocab_buf + (p + 1 - sp[S_VOCAB]);
            uint64_t h = ng__hash(w, l);
            if (!ng__ner_set_get(&m->vocab, h)) {
                m->vocab_words[m->nvocab].s = w;
                m->vocab_words[m->nvocab].len = (uint32_t)l;
                if (ng__ner_set_put(&m->vocab, h, ++m->nvocab) != 0) {
                    ng__ner_model_free(m);
                    return NG_ENOMEM;
                }
            }
            p += 1 + l;
        }
        if (p != end)
            BAD((uint64_t)(p - buf), "tagger model: stray bytes after the vocabulary");
    }
    if (ng__ner_vocab_init(m) != 0) {
        ng__ner_model_free(m);
        return NG_ENOMEM;
    }
    *out = m;
    return 0;
fail:
    ng__ner_model_free(m);
    return rc;
}

int ng__ner_model_read(const char *path, ng_ner_model **out, ng_error *err)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) {
        ng__error_set(err, NG_EIO, UINT64_MAX, 0, "tagger model %s: %s", path, strerror(errno));
        return NG_EIO;
    }
    unsigned char *buf = NULL;
    size_t len = 0, cap = 0;
    int rc = 0;
    for (;;) {
        if (len == cap) {
            size_t nc = cap ? cap * 2 : 1 << 20;
            unsigned char *nb = ng__realloc(buf, nc);
            if (!nb) {
                rc = NG_ENOMEM;
                break;
            }
            buf = nb, cap = nc;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0) {
            if (ferror(f)) {
                ng__error_set(err, NG_EIO, len, 0, "tagger model %s: read error", path);
                rc = NG_EIO;
            }
            break;
        }
    }
    fclose(f);
    if (rc == 0) {
        rc = ng__ner_model_parse(buf, len, 1, out, err);
        if (rc == NG_EMODEL && err) {
            char msg[sizeof err->msg + 4096];
            snprintf(msg, sizeof msg, "%s: %s", path, err->msg);
            memcpy(err->msg, msg, sizeof err->msg - 1);
            err->msg[sizeof err->msg - 1] = 0;
        }
    }
    ng__free(buf);
    return rc;
}

/* ---- writing ---- */

static void wr32(ng_buf *b, uint32_t v)
{
    unsigned char p[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16), (unsigned char)(v >> 24)};
    ng__buf_put(b, p, 4);
}
static void wr64(ng_buf *b, uint64_t v)
{
    wr32(b, (uint32_t)v);
    wr32(b, (uint32_t)(v >> 32));
}
static void wr16(ng_buf *b, int16_t v)
{
    uint16_t u = (uint16_t)v;
    unsigned char p[2] = {(unsigned char)u, (unsigned char)(u >> 8)};
    ng__buf_put(b, p, 2);
}

typedef struct kv {
    uint64_t key;
    uint32_t val;
} kv;

static int kv_cmp(const void *a, const void *b)
{
    uint64_t x = ((const kv *)a)->key, y = ((const kv *)b)->key;
    return x < y ? -1 : x > y;
}

static int16_t quant(float w, float inv)
{
    double q = floor((double)w * inv + 0.5);
    if (q > 32767)
        q = 32767;
    if (q < -32767)
        q = -32767;
    return (int16_t)q;
}

/* Sorted key/value pairs of a set; NULL with *n = 0 for an empty set. */
static kv *set_sorted(const ng_ner_set *s, uint32_t *n)
{
    *n = 0;
    if (!s || !s->n)
        return NULL;
    kv *a = ng__malloc((size_t)s->n * sizeof *a);
    if (!a)
        return NULL;
    for (uint32_t i = 0; i <= s->mask; i++)
        if (s->keys[i])
            a[(*n)++] = (kv){s->keys[i], s->vals[i]};
    qsort(a, *n, sizeof *a, kv_cmp);
    return a;
}

int ng__ner_model_write(const ng_ner_wmodel *wm, const char *path, ng_error *err)
{
    enum { NT = NG_NER_NT };
    float maxw = 0;
    for (size_t i = 0; i < (size_t)wm->nfeat * NT; i++)
        maxw = fmaxf(maxw, fabsf(wm->w[i]));
    for (int i = 0; i < NT * NT; i++)
        maxw = fmaxf(maxw, fabsf(wm->trans[i]));
    for (int i = 0; i < NT; i++)
        maxw = fmaxf(maxw, fabsf(wm->start[i]));
    float scale = maxw > 0 ? maxw / 32767.0f : 1.0f, inv = 1.0f / scale;

    /* features sorted by key, dropping all-zero rows */
    kv *fs = ng__malloc(((size_t)wm->nfeat + 1) * sizeof *fs);
    uint32_t nf = 0;
    if (!fs)
        return NG_ENOMEM;
    for (uint32_t f = 0; f < wm->nfeat; f++) {
        int nz = 0;
        for (int t = 0; t < NT && !nz; t++)
            nz = quant(wm->w[(size_t)f * NT + t], inv) != 0;
        if (nz)
            fs[nf++] = (kv){wm->keys[f], f};
    }
    qsort(fs, nf, sizeof *fs, kv_cmp);
    uint32_t ngaz = 0, ncls = 0, ntg = 0;
    kv *gz = set_sorted(wm->gaz, &ngaz), *cl = set_sorted(wm->cls, &ncls), *tg = set_sorted(wm->tgaz, &ntg);
    if ((wm->gaz && wm->gaz->n && !gz) || (wm->cls && wm->cls->n && !cl) || (wm->tgaz && wm->tgaz->n && !tg)) {
        ng__free(fs);
        ng__free(gz);
        ng__free(cl);
        ng__free(tg);
        return NG_ENOMEM;
    }

    ng_buf sec[S_MAX];
    for (int i = 0; i < S_MAX; i++)
        ng__buf_init(&sec[i]);
    for (int i = 0; i < NT * NT; i++)
        wr16(&sec[S_TRANS], quant(wm->trans[i], inv));
    for (int i = 0; i < NT; i++)
        wr16(&sec[S_TRANS], quant(wm->start[i], inv));
    for (uint32_t i = 0; i < nf; i++) {
        wr64(&sec[S_FEATS], fs[i].key);
        const float *w = wm->w + (size_t)fs[i].val * NT;
        uint32_t tm = 0;
        for (int t = 0; t < NT; t++)
            if (quant(w[t], inv))
                tm |= 1u << t;
        wr32(&sec[S_WEIGHTS], tm);
        for (int t = 0; t < NT; t++)
            if (tm & (1u << t))
                wr16(&sec[S_WEIGHTS], quant(w[t], inv));
    }
    uint32_t count[S_MAX] = {0};
    count[S_TRANS] = NT * NT + NT;
    count[S_FEATS] = count[S_WEIGHTS] = nf;
    if (ngaz) {
        for (uint32_t i = 0; i < ngaz; i++) {
            wr64(&sec[S_GAZ], gz[i].key);
            wr32(&sec[S_GAZ], gz[i].val);
        }
        count[S_GAZ] = ngaz;
        count[S_GAZNAMES] = wm->ngaz_lists;
        for (uint32_t l = 0; l < wm->ngaz_lists; l++) {
            char name[16] = {0};
            strncpy(name, wm->gaz_names[l], 15);
            ng__buf_put(&sec[S_GAZNAMES], name, 16);
        }
    }
    if (ncls) {
        for (uint32_t i = 0; i < ncls; i++) {
            wr64(&sec[S_CLS], cl[i].key);
            wr32(&sec[S_CLS], cl[i].val);
        }
        count[S_CLS] = ncls;
    }
    for (uint32_t i = 0; i < ntg; i++) {
        wr64(&sec[S_TGAZ], tg[i].key);
        wr32(&sec[S_TGAZ], tg[i].val);
    }
    count[S_TGAZ] = ntg;
    ng__free(fs);
    ng__free(gz);
    ng__free(cl);
    ng__free(tg);
    for (uint32_t i = 0; i < wm->nvocab; i++) {
        uint32_t l = wm->vocab[i].len;
        if (l == 0 || l > 255)
            continue;
        unsigned char c = (unsigned char)l;
        ng__buf_put(&sec[S_VOCAB], &c, 1);
        ng__buf_put(&sec[S_VOCAB], wm->vocab[i].s, l);
        count[S_VOCAB]++;
    }

    uint32_t nsect = 0;
    for (int i = 1; i < S_MAX; i++)
        nsect += count[i] > 0 || i == S_FEATS || i == S_WEIGHTS;
    ng_buf body;
    ng__buf_init(&body);
    uint64_t off = HDR + (uint64_t)nsect * SECT;
    for (int i = 1; i < S_MAX; i++) {
        if (!(count[i] > 0 || i == S_FEATS || i == S_WEIGHTS))
            continue;
        wr32(&body, (uint32_t)i);
        wr32(&body, count[i]);
        wr64(&body, off);
        wr64(&body, sec[i].len);
        off += sec[i].len;
    }
    int oom = body.err;
    for (int i = 1; i < S_MAX; i++) {
        oom |= sec[i].err;
        if (sec[i].len)
            ng__buf_put(&body, sec[i].p, sec[i].len);
        ng__buf_free(&sec[i]);
    }
    if (oom || body.err) {
        ng__buf_free(&body);
        return NG_ENOMEM;
    }
    ng_buf hdr;
    ng__buf_init(&hdr);
    ng__buf_put(&hdr, MAGIC, 8);
    wr32(&hdr, VERSION);
    wr32(&hdr, NT);
    wr32(&hdr, wm->flags);
    wr32(&hdr, nsect);
    wr64(&hdr, HDR + body.len);
    wr64(&hdr, ng__hash(body.p, body.len));
    uint32_t sb;
    memcpy(&sb, &scale, 4);
    wr32(&hdr, sb);
    while (hdr.len < HDR && !hdr.err)
        ng__buf_putc(&hdr, 0);
    if (hdr.err) {
        ng__buf_free(&body);
        ng__buf_free(&hdr);
        return NG_ENOMEM;
    }
    int rc = 0;
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(hdr.p, 1, hdr.len, f) != hdr.len || fwrite(body.p, 1, body.len, f) != body.len) {
        ng__error_set(err, NG_EIO, UINT64_MAX, 0, "writing %s: %s", path, strerror(errno));
        rc = NG_EIO;
    }
    if (f && fclose(f) != 0 && rc == 0) {
        ng__error_set(err, NG_EIO, UINT64_MAX, 0, "writing %s: %s", path, strerror(errno));
        rc = NG_EIO;
    }
    ng__buf_free(&body);
    ng__buf_free(&hdr);
    return rc;
}
