/*
 * test_qsrc.c -- the source-confidence model (src/annot/qsrc*.c): a
 * hand-built model withholds exactly the source it is weighted against and
 * keeps the others; the engine without the file keeps every source; the
 * reader refuses damaged files at the right byte; the trainer labels a
 * tiny hand-written PolNeAR-style split as the evaluator would.
 */
#define _POSIX_C_SOURCE 200809L
#include "annot/qsrc.h"
#include "test.h"

#include <stdlib.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static char tmp[256];

static void put(const char *rel, const char *s, size_t n)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", tmp, rel);
    FILE *f = fopen(p, "wb");
    CHECK(f != NULL);
    if (f) {
        fwrite(s, 1, n, f);
        fclose(f);
    }
}

static const char text1[] = "“We will open the new harbour next spring,” he said.\n\n"
                            "Mayor Lena Brooks said the council would vote on the budget in May.\n";

/* The quote whose speaker text starts with who, or -1. */
static int quote_by(const ng_doc *d, const char *who)
{
    for (size_t i = 0; i < d->quotes.n; i++) {
        const ng_quote *q = &d->quotes.v[i];
        if (q->speaker_end > q->speaker_start && !strncmp(d->text + q->speaker_start, who, strlen(who)))
            return (int)i;
    }
    return -1;
}

static ng_doc *process(ng_engine *e, const char *text)
{
    ng_doc *d = NULL;
    if (ng_doc_new(&d) || ng_doc_set_text(d, text, strlen(text)) || ng_process(e, d)) {
        ng_doc_free(d);
        return NULL;
    }
    return d;
}

/* A hand-built model over the 2^16 weights w (zero where the test sets
 * none), threshold 0.5: a source is withheld when its weights sum below 0. */
static ng_qsrc hand_model(float *w)
{
    ng_qsrc m;
    memset(&m, 0, sizeof m);
    m.bits = 16;
    m.threshold = 0.5f;
    m.logit = 0.0f;
    m.w = w;
    return m;
}

static void test_withhold(ng_engine *e)
{
    ng_doc *d = process(e, text1);
    CHECK(d != NULL);
    if (!d)
        return;
    int he = quote_by(d, "he"), mayor = quote_by(d, "Mayor Lena Brooks");
    CHECK(he >= 0 && mayor >= 0);
    if (he < 0 || mayor < 0) {
        ng_doc_free(d);
        return;
    }
    CHECK(d->quotes.v[he].how != 0 && d->quotes.v[mayor].how != 0); /* both made by rules */
    /* a model: a positive bias, and a strong negative weight on the first
     * source word of the "he" item (template 1) */
    static float w[1u << 16];
    ng_qsrc m = hand_model(w);
    qs_doc x;
    CHECK(ng__qs_prepare(d, &x) == 0);
    uint64_t k[QS_NFEAT], k2[QS_NFEAT];
    ng__qs_features(d, &x, (qs_item){0, (uint32_t)he}, k);
    ng__qs_features(d, &x, (qs_item){0, (uint32_t)mayor}, k2);
    w[ng__qs_slot(k[0], 16)] = 3.0f;
    w[ng__qs_slot(k[1], 16)] = -10.0f;
    CHECK(k[0] == k2[0] && k[1] != k2[1]);
    CHECK(ng__qsrc_score(&m, d, &x, (qs_item){0, (uint32_t)he}) < 0);
    CHECK(ng__qsrc_score(&m, d, &x, (qs_item){0, (uint32_t)mayor}) > 0);
    CHECK(ng__qsrc_apply(&m, d) == 0);
    CHECK(d->quotes.v[he].speaker_end == 0 && d->quotes.v[he].speaker_start == 0 && d->quotes.v[he].speaker == -1);
    CHECK(d->quotes.v[mayor].speaker_end > d->quotes.v[mayor].speaker_start);
    /* a speaker that resolves to a person is never withheld, however low
     * its score */
    CHECK(d->quotes.v[mayor].speaker >= 0 && d->entities.v[d->quotes.v[mayor].speaker].type == NG_ENT_PER);
    w[ng__qs_slot(k2[1], 16)] = -10.0f;
    CHECK(ng__qsrc_score(&m, d, &x, (qs_item){0, (uint32_t)mayor}) < 0);
    CHECK(ng__qsrc_apply(&m, d) == 0);
    CHECK(d->quotes.v[mayor].speaker_end > d->quotes.v[mayor].speaker_start);
    w[ng__qs_slot(k2[1], 16)] = 0.0f;
    /* the JSON says null for the withheld speaker */
    char *json = NULL;
    size_t jl = 0;
    CHECK(ng_doc_to_json(d, &json, &jl) == 0);
    CHECK(json && strstr(json, "\"speaker_text\":null") && strstr(json, "\"speaker_text\":\"Mayor Lena Brooks\""));
    ng_free(json);
    ng_doc_free(d);
    /* a NULL model changes nothing */
    d = process(e, text1);
    CHECK(d && ng__qsrc_apply(NULL, d) == 0 && quote_by(d, "he") >= 0);
    ng_doc_free(d);
    /* an item of the tagger (how 0) is scored only when the model says so (QS_F_TAGGER) */
    for (int flag = 0; flag < 2; flag++) {
        d = process(e, text1);
        CHECK(d != NULL);
        if (!d)
            return;
        he = quote_by(d, "he");
        CHECK(he >= 0);
        if (he < 0) {
            ng_doc_free(d);
            return;
        }
        d->quotes.v[he].how = 0;
        m.flags = flag ? QS_F_TAGGER : 0u;
        CHECK(ng__qsrc_apply(&m, d) == 0);
        CHECK(flag ? d->quotes.v[he].speaker_end == 0 : d->quotes.v[he].speaker_end > 0);
        ng_doc_free(d);
    }
}

/* The first item (quote or attribution) whose source text starts with who: 1 and *it, or 0. */
static int item_by(const ng_doc *d, const char *who, qs_item *it)
{
    int q = quote_by(d, who);
    if (q >= 0) {
        *it = (qs_item){0, (uint32_t)q};
        return 1;
    }
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *a = &d->attributions.v[i];
        if (a->source_end > a->source_start && !strncasecmp(d->text + a->source_start, who, strlen(who))) {
            *it = (qs_item){1, (uint32_t)i};
            return 1;
        }
    }
    return 0;
}

/* A source that resolves to a news outlet the gazetteer knows is never
 * withheld, however low its score; another organisation's is. */
static void test_outlet_kept(ng_engine *e)
{
    ng_doc *d = process(e, "The Harbour Energy Forum, a think tank in Tallinn, said the cost could rise by a fifth "
                           "if steel prices kept climbing, as Bloomberg reported last month.");
    CHECK(d != NULL);
    if (!d)
        return;
    qs_item forum, outlet;
    CHECK(item_by(d, "The Harbour Energy Forum", &forum) && item_by(d, "Bloomberg", &outlet));
    CHECK(outlet.list == 1);
    int32_t oe = outlet.list ? d->attributions.v[outlet.idx].source_entity : -1;
    CHECK(oe >= 0 && d->entities.v[oe].outlet && d->entities.v[oe].type == NG_ENT_ORG);
    /* a model that withholds every source it scores */
    static float w[1u << 16];
    ng_qsrc m = hand_model(w);
    qs_doc x;
    CHECK(ng__qs_prepare(d, &x) == 0);
    uint64_t k[QS_NFEAT];
    ng__qs_features(d, &x, outlet, k);
    w[ng__qs_slot(k[0], 16)] = -10.0f; /* (the bias: every item's first key) */
    CHECK(ng__qsrc_score(&m, d, &x, outlet) < 0 && ng__qsrc_score(&m, d, &x, forum) < 0);
    CHECK(ng__qsrc_apply(&m, d) == 0);
    const ng_attribution *a = &d->attributions.v[outlet.idx];
    CHECK(a->source_end > a->source_start && a->source_entity == oe);
    if (forum.list)
        CHECK(d->attributions.v[forum.idx].source_end == 0);
    else
        CHECK(d->quotes.v[forum.idx].speaker_end == 0);
    w[ng__qs_slot(k[0], 16)] = 0.0f;
    ng_doc_free(d);
}

/* The keys of the first item of text a and of text b whose source starts
 * with who; 0 when either is missing. */
static int first_keys(ng_engine *e, const char *a, const char *b, const char *who, uint64_t *ka, uint64_t *kb)
{
    const char *t[2] = {a, b};
    uint64_t *k[2] = {ka, kb};
    int ok = 1;
    for (int j = 0; j < 2; j++) {
        ng_doc *d = process(e, t[j]);
        qs_item it;
        qs_doc x;
        if (!d || !item_by(d, who, &it) || ng__qs_prepare(d, &x))
            ok = 0;
        else
            ng__qs_features(d, &x, it, k[j]);
        ng_doc_free(d);
    }
    return ok;
}

/* Version 3's templates (16-20): the words before the source, and the
 * document's other items with the same source words or entity.  Each pair
 * of texts differs in one of them only, for the first item. */
static void test_context(ng_engine *e)
{
    uint64_t ka[QS_NFEAT], kb[QS_NFEAT];
    /* the same source words again later (template 18), against another source */
    CHECK(first_keys(e, "The spokesman said the plan would fail. The spokesman said the budget was too small.",
                     "The spokesman said the plan would fail. The lawyer said the budget was too small.",
                     "The spokesman", ka, kb));
    for (unsigned t = 0; t < QS_NFEAT; t++)
        CHECK(t == 18 ? ka[t] != kb[t] : ka[t] == kb[t]);
    /* the second item: the same words before it (template 18 counts the first) */
    ng_doc *d = process(e, "The spokesman said the plan would fail. The spokesman said the budget was too small.");
    CHECK(d && d->attributions.n == 2);
    if (d && d->attributions.n == 2) {
        qs_doc x;
        uint64_t k1[QS_NFEAT];
        CHECK(ng__qs_prepare(d, &x) == 0);
        ng__qs_features(d, &x, (qs_item){1, 0}, ka);
        ng__qs_features(d, &x, (qs_item){1, 1}, k1);
        CHECK(ka[18] != k1[18]); /* one later vs one before */
    }
    ng_doc_free(d);
    /* the words before the source (16, 17): a sentence start against a comma, and the word before the comma */
    CHECK(first_keys(e, "The spokesman said the plan would fail.", "In Rome, the spokesman said the plan would fail.",
                     "the spokesman", ka, kb));
    CHECK(ka[16] != kb[16] && ka[17] != kb[17]);
    CHECK(first_keys(e, "In Paris, the spokesman said the plan would fail.",
                     "In Rome, the spokesman said the plan would fail.", "the spokesman", ka, kb));
    for (unsigned t = 0; t < QS_NFEAT; t++)
        CHECK(t == 17 ? ka[t] != kb[t] : ka[t] == kb[t]);
    /* another item with the source's entity (19) */
    CHECK(first_keys(e,
                     "Acme Corp said the plan would fail. Later, the analysts of Acme Corp said the budget was too small.",
                     "Acme Corp said the plan would fail. Later, the analysts of Zenith Inc said the budget was too small.",
                     "Acme", ka, kb));
    CHECK(ka[19] != kb[19]);
}

/* The extent chooser: the candidates of an apposition after a name, and a
 * hand-weighted chooser that cuts it (and, with a margin above the weight,
 * does not). */
static const char text2[] = "The rent will double next year, said Tom Berg, a tailor in the old town.\n\n"
                            "Ann Lee, who runs a bakery on Main Street, said the rent had doubled.\n";

static int speaker_is(const ng_doc *d, int i, const char *s)
{
    const ng_quote *q = &d->quotes.v[i];
    return q->speaker_end - q->speaker_start == strlen(s) && !memcmp(d->text + q->speaker_start, s, strlen(s));
}

static void test_extents(ng_engine *e)
{
    ng_doc *d = process(e, text2);
    CHECK(d != NULL);
    if (!d)
        return;
    int tom = quote_by(d, "Tom Berg"), ann = quote_by(d, "Ann Lee");
    CHECK(tom >= 0 && ann >= 0);
    if (tom < 0 || ann < 0) {
        ng_doc_free(d);
        return;
    }
    CHECK(speaker_is(d, tom, "Tom Berg, a tailor in the old town"));
    CHECK(speaker_is(d, ann, "Ann Lee, who runs a bakery on Main Street"));
    int32_t tom_ent = d->quotes.v[tom].speaker, ann_ent = d->quotes.v[ann].speaker;
    qs_doc x;
    CHECK(ng__qs_prepare(d, &x) == 0);
    qx_cand c[QX_MAXC];
    uint64_t k[QX_MAXC][QX_NFEAT];
    size_t n = ng__qx_candidates(d, &x, (qs_item){0, (uint32_t)tom}, c, k);
    CHECK(n >= 2 && c[0].op == QX_ORIG && c[0].s == d->quotes.v[tom].speaker_start);
    int cut = -1;
    for (size_t j = 1; j < n; j++) {
        if (c[j].op == QX_CUT_COMMA1 && c[j].e - c[j].s == 8 && !memcmp(d->text + c[j].s, "Tom Berg", 8))
            cut = (int)j;
        CHECK(c[j].s >= c[0].s); /* none loses the name */
        CHECK(c[j].e <= c[0].e || c[j].op == QX_EXT_SENT || c[j].op == QX_EXT_COMMA || c[j].op == QX_EXT_WORD);
        CHECK(k[j][0] != k[0][0]); /* the kind of extent is a feature */
    }
    CHECK(cut > 0);
    if (cut <= 0) {
        ng_doc_free(d);
        return;
    }
    /* a chooser: weight 2 for cutting at the first comma; the confidence
     * model keeps everything */
    static float w[1u << 4], xw[1u << 16];
    ng_qsrc m;
    memset(&m, 0, sizeof m);
    m.w = w, m.bits = 4, m.threshold = 0.01f, m.logit = -40.0f;
    m.xw = xw, m.xbits = 16, m.xmargin = 3.0f;
    xw[ng__qs_slot(k[cut][0], 16)] = 2.0f;
    CHECK(ng__qsrc_apply(&m, d) == 0); /* 2 is not above the margin 3: nothing changes */
    CHECK(speaker_is(d, tom, "Tom Berg, a tailor in the old town"));
    CHECK(speaker_is(d, ann, "Ann Lee, who runs a bakery on Main Street"));
    m.xmargin = 1.0f;
    CHECK(ng__qsrc_apply(&m, d) == 0);
    CHECK(speaker_is(d, tom, "Tom Berg"));
    CHECK(speaker_is(d, ann, "Ann Lee"));
    CHECK(d->quotes.v[tom].speaker == tom_ent && d->quotes.v[ann].speaker == ann_ent); /* same entities */
    ng_doc_free(d);
}

/* The weights by value for the small templates (ng__qsrc_gather) give every score
 * exactly (bit for bit) the sum of the table's weights of the item's keys
 * in template order. */
static void test_gathered(ng_engine *e)
{
    static const char text[] = "“We will open the new harbour next spring,” he said.\n\n"
                               "Mayor Lena Brooks, who chairs the council, said it would vote on the budget in May.\n\n"
                               "The plan is costly, according to the city's auditor.\n";
    ng_doc *d = process(e, text);
    CHECK(d != NULL);
    if (!d)
        return;
    static float w[1u << 16];
    uint32_t r = 12345u;
    for (size_t i = 0; i < (1u << 16); i++) { /* distinct values whose sums round differently by order */
        r = r * 1664525u + 1013904223u;
        w[i] = (float)((int32_t)(r >> 8) - (1 << 23)) / (float)(1 << 18);
    }
    char path[512];
    snprintf(path, sizeof path, "%s/gathered.model", tmp);
    ng_error err;
    CHECK_EQ_INT(ng__qsrc_write(path, w, 16, 0.5f, NULL, 0, 0.0f, QS_F_TAGGER, &err), 0);
    ng_buf b;
    ng__buf_init(&b);
    CHECK(ng__buf_read_file(&b, path) == 0);
    ng_qsrc *m = NULL;
    CHECK_EQ_INT(ng__qsrc_parse((const unsigned char *)b.p, b.len, 1, &m, &err), 0);
    ng__buf_free(&b);
    ng__qsrc_gather(m);
    qs_doc x;
    CHECK(m && m->dw && ng__qs_prepare(d, &x) == 0);
    size_t scored = 0;
    for (int list = 0; m && list < 2; list++)
        for (size_t i = 0; i < (list ? d->attributions.n : d->quotes.n); i++) {
            qs_item it = {(uint8_t)list, (uint32_t)i};
            uint32_t ss = list ? d->attributions.v[i].source_start : d->quotes.v[i].speaker_start;
            uint32_t se = list ? d->attributions.v[i].source_end : d->quotes.v[i].speaker_end;
            if (se <= ss)
                continue;
            uint64_t k[QS_NFEAT];
            ng__qs_features(d, &x, it, k);
            float z = 0, got = ng__qsrc_score(m, d, &x, it);
            for (size_t t = 0; t < QS_NFEAT; t++)
                z += m->w[ng__qs_slot(k[t], 16)];
            CHECK(memcmp(&z, &got, sizeof z) == 0);
            scored++;
        }
    CHECK(scored >= 3);
    ng__qsrc_free(m);
    ng_doc_free(d);
}

static void test_reader(void)
{
    static float w[16];
    for (int i = 0; i < 16; i++)
        w[i] = (float)i / 8.0f - 1.0f;
    char path[512];
    snprintf(path, sizeof path, "%s/data/qsrc.model", tmp);
    ng_error err;
    CHECK_EQ_INT(ng__qsrc_write(path, w, 4, 0.3f, NULL, 0, 0.0f, 0, &err), 0);
    CHECK_EQ_INT(ng__qsrc_write(path, w, 4, 1.0f, NULL, 0, 0.0f, 0, &err), NG_EINVAL);
    CHECK_EQ_INT(ng__qsrc_write(path, w, 40, 0.3f, NULL, 0, 0.0f, 0, &err), NG_EINVAL);
    ng_buf b;
    ng__buf_init(&b);
    CHECK(ng__buf_read_file(&b, path) == 0);
    CHECK_EQ_INT(b.len, QS_HEADER + 64);
    ng_qsrc *m = NULL;
    CHECK_EQ_INT(ng__qsrc_parse((const unsigned char *)b.p, b.len, 1, &m, &err), 0);
    CHECK(m && m->bits == 4 && m->w[3] == w[3] && m->threshold > 0.29f && m->threshold < 0.31f);
    ng__qsrc_free(m);
    m = NULL;
    unsigned char *c = malloc(b.len);
    CHECK(c != NULL);
    if (!c) {
        ng__buf_free(&b);
        return;
    }
    struct {
        size_t at;         /* byte changed (or the length, for truncation) */
        unsigned char v;
        int verify;
        uint64_t offset;   /* the byte offset the error names */
    } cases[] = {
        {0, 'X', 1, 0},              /* magic */
        {8, 4, 1, 8},                /* version */
        {8, 2, 1, 8},                /* version 2 (16 features per item): out of date */
        {8, 1, 1, 8},                /* version 1 likewise */
        {40, 3, 1, 40},              /* extent table size neither 0 nor in range */
        {12, 30, 1, 12},             /* table size out of range */
        {16, 9, 1, 16},              /* features per item */
        {23, 0x3F, 1, 20},           /* threshold 0.3 -> 1.2 */
        {23, 0x7F, 1, 20},           /* threshold 0.3 -> NaN */
        {24, 0, 1, 24},              /* size in the header */
        {64, 1, 1, 32},              /* a weight byte: checksum */
        {50, 1, 0, 48},              /* a margin without an extent table (checksum off) */
        {57, 1, 0, 57},              /* reserved byte (checksum off) */
        {67, 0x7F, 0, 64},           /* weight 0: exponent all ones -> NaN (checksum off) */
        {71, 0x43, 0, 68},           /* weight 1 beyond +-64 (checksum off) */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        memcpy(c, b.p, b.len);
        c[cases[i].at] = cases[i].v;
        memset(&err, 0, sizeof err);
        int rc = ng__qsrc_parse(c, b.len, cases[i].verify, &m, &err);
        CHECK_EQ_INT(rc, NG_EMODEL);
        CHECK_EQ_INT(err.code, NG_EMODEL);
        CHECK_EQ_INT(err.offset, cases[i].offset);
        CHECK(m == NULL);
        if (cases[i].at == 8 && cases[i].v < 3) /* an old file: a clear message */
            CHECK(strstr(err.msg, "out of date") && strstr(err.msg, "retrain"));
    }
    /* truncated, and too short for a header */
    CHECK_EQ_INT(ng__qsrc_parse((const unsigned char *)b.p, b.len - 4, 1, &m, &err), NG_EMODEL);
    CHECK_EQ_INT(err.offset, 24);
    CHECK_EQ_INT(ng__qsrc_parse((const unsigned char *)b.p, 10, 1, &m, &err), NG_EMODEL);
    CHECK_EQ_INT(err.offset, 0);
    free(c);

    /* the extent chooser's table and margin (as in version 2) */
    static float xw[32];
    for (int i = 0; i < 32; i++)
        xw[i] = (float)i / 16.0f - 1.0f;
    char path2[512];
    snprintf(path2, sizeof path2, "%s/v2.model", tmp);
    CHECK_EQ_INT(ng__qsrc_write(path2, w, 4, 0.3f, xw, 5, 0.5f, 0, &err), 0);
    CHECK_EQ_INT(ng__qsrc_write(path2, w, 4, 0.3f, xw, 3, 0.5f, 0, &err), NG_EINVAL);
    CHECK_EQ_INT(ng__qsrc_write(path2, w, 4, 0.3f, xw, 5, -1.0f, 0, &err), NG_EINVAL);
    CHECK_EQ_INT(ng__qsrc_write(path2, w, 4, 0.3f, xw, 5, 0.5f, 2, &err), NG_EINVAL);  /* unknown flag */
    /* no extent table (X = 0): the tagger's items scored, no chooser */
    CHECK_EQ_INT(ng__qsrc_write(path2, w, 4, 0.3f, NULL, 0, 0.0f, QS_F_TAGGER, &err), 0);
    {
        ng_buf b4;
        ng__buf_init(&b4);
        CHECK(ng__buf_read_file(&b4, path2) == 0);
        CHECK_EQ_INT(b4.len, QS_HEADER + 64);
        CHECK_EQ_INT(ng__qsrc_parse((const unsigned char *)b4.p, b4.len, 1, &m, &err), 0);
        CHECK(m && m->flags == QS_F_TAGGER && m->xbits == 0 && m->xw == NULL);
        ng__qsrc_free(m);
        m = NULL;
        struct {
            size_t at;
            unsigned char v;
            uint64_t offset;
        } c4[] = {
            {40, 3, 40},  /* extent table size neither 0 nor in range */
            {44, 14, 44}, /* features per extent without a table */
            {51, 0x3F, 48}, /* a margin without a table */
        };
        for (size_t i = 0; i < sizeof c4 / sizeof c4[0]; i++) {
            unsigned char *c5 = malloc(b4.len);
            CHECK(c5 != NULL);
            if (!c5)
                break;
            memcpy(c5, b4.p, b4.len);
            c5[c4[i].at] = c4[i].v;
            memset(&err, 0, sizeof err);
            CHECK_EQ_INT(ng__qsrc_parse(c5, b4.len, 0, &m, &err), NG_EMODEL);
            CHECK_EQ_INT(err.offset, c4[i].offset);
            CHECK(m == NULL);
            free(c5);
        }
        ng__buf_free(&b4);
    }
    CHECK_EQ_INT(ng__qsrc_write(path2, w, 4, 0.3f, xw, 5, 0.5f, QS_F_TAGGER, &err), 0);
    {
        ng_buf b3;
        ng__buf_init(&b3);
        CHECK(ng__buf_read_file(&b3, path2) == 0);
        CHECK_EQ_INT(ng__qsrc_parse((const unsigned char *)b3.p, b3.len, 1, &m, &err), 0);
        CHECK(m && m->flags == QS_F_TAGGER);
        ng__qsrc_free(m);
        m = NULL;
        ng__buf_free(&b3);
    }
    CHECK_EQ_INT(ng__qsrc_write(path2, w, 4, 0.3f, xw, 5, 0.5f, 0, &err), 0);
    ng_buf b2;
    ng__buf_init(&b2);
    CHECK(ng__buf_read_file(&b2, path2) == 0);
    CHECK_EQ_INT(b2.len, QS_HEADER + 64 + 128);
    CHECK_EQ_INT(ng__qsrc_parse((const unsigned char *)b2.p, b2.len, 1, &m, &err), 0);
    CHECK(m && m->xbits == 5 && m->xw && m->xw[7] == xw[7] && m->xmargin == 0.5f && m->w[3] == w[3]);
    ng__qsrc_free(m);
    m = NULL;
    c = malloc(b2.len);
    CHECK(c != NULL);
    if (c) {
        struct {
            size_t at;
            unsigned char v;
            uint64_t offset;
        } c2[] = {
            {40, 21, 40},             /* extent table size out of range */
            {40, 6, 24},              /* extent table size: the layout no longer matches */
            {44, 15, 44},             /* features per extent */
            {51, 0xBF, 48},           /* margin 0.5 -> -0.5 */
            {51, 0x7F, 48},           /* margin -> NaN */
            {52, 2, 52},              /* unknown flag */
            {56, 1, 56},              /* reserved byte */
            {63, 1, 63},              /* reserved byte */
            {QS_HEADER + 64 + 3, 0x7F, QS_HEADER + 64}, /* extent weight 0 -> NaN */
            {QS_HEADER + 64 + 4 * 9 + 3, 0x43, QS_HEADER + 64 + 4 * 9}, /* extent weight 9 beyond +-64 */
        };
        for (size_t i = 0; i < sizeof c2 / sizeof c2[0]; i++) {
            memcpy(c, b2.p, b2.len);
            c[c2[i].at] = c2[i].v;
            memset(&err, 0, sizeof err);
            CHECK_EQ_INT(ng__qsrc_parse(c, b2.len, 0, &m, &err), NG_EMODEL);
            CHECK_EQ_INT(err.offset, c2[i].offset);
            CHECK(m == NULL);
        }
        /* a changed extent weight fails the checksum */
        memcpy(c, b2.p, b2.len);
        c[QS_HEADER + 64 + 8] ^= 1;
        CHECK_EQ_INT(ng__qsrc_parse(c, b2.len, 1, &m, &err), NG_EMODEL);
        CHECK_EQ_INT(err.offset, 32);
        free(c);
    }
    ng__buf_free(&b2);

    /* the engine refuses a damaged file in its data folder */
    put("data/qsrc.model", b.p, b.len - 1);
    ng_engine_options eo;
    memset(&eo, 0, sizeof eo);
    char dd[512];
    snprintf(dd, sizeof dd, "%s/data", tmp);
    eo.data_dir = dd;
    ng_engine *e = NULL;
    memset(&err, 0, sizeof err);
    CHECK_EQ_INT(ng_engine_open(&eo, &e, &err), NG_EMODEL);
    CHECK(e == NULL && strstr(err.msg, "source model"));
    /* ... and opens without one (every source kept) or with a good one */
    snprintf(path, sizeof path, "%s/data/qsrc.model", tmp);
    unlink(path);
    CHECK_EQ_INT(ng_engine_open(&eo, &e, &err), 0);
    ng_engine_close(e);
    put("data/qsrc.model", b.p, b.len);
    e = NULL;
    CHECK_EQ_INT(ng_engine_open(&eo, &e, &err), 0);
    ng_engine_close(e);
    ng__buf_free(&b);
}

/* Byte offsets of needle in hay as a brat T line (ASCII: code points are bytes). */
static void tline(char *out, size_t cap, int id, const char *type, const char *hay, const char *needle)
{
    const char *p = strstr(hay, needle);
    long s = p ? (long)(p - hay) : 0, e = s + (long)strlen(needle);
    size_t n = strlen(out);
    snprintf(out + n, cap - n, "T%d\t%s %ld %ld\t%s\n", id, type, s, e, needle);
}

static char report[4096];
static void on_line(void *ud, const char *line)
{
    (void)ud;
    size_t n = strlen(report);
    snprintf(report + n, sizeof report - n, "%s\n", line);
}

static void test_trainer(void)
{
    /* two articles: the rules draw "The harbour board" both times (no
     * person: a person's source is never withheld, so not scored); gold
     * agrees in the first and says "harbour board" in the second */
    static const char t[] = "The harbour board said the council would vote on the budget in May.\n";
    char ann[1024];
    char cmd[600];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s/pn/text' '%s/pn/attributions'", tmp, tmp);
    CHECK(system(cmd) == 0);
    for (int a = 0; a < 2; a++) {
        char rel[64];
        snprintf(rel, sizeof rel, "pn/text/art%d.txt", a);
        put(rel, t, strlen(t));
        ann[0] = 0;
        tline(ann, sizeof ann, 1, "Source", t, a == 0 ? "The harbour board" : "harbour board");
        tline(ann, sizeof ann, 2, "Cue", t, "said");
        tline(ann, sizeof ann, 3, "Content", t, "the council would vote on the budget in May");
        size_t n = strlen(ann);
        snprintf(ann + n, sizeof ann - n, "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n");
        snprintf(rel, sizeof rel, "pn/attributions/art%d_x.ann", a);
        put(rel, ann, strlen(ann));
    }
    ng_qsrc_train_options o;
    memset(&o, 0, sizeof o);
    char dir[512], model[512];
    snprintf(dir, sizeof dir, "%s/pn", tmp);
    snprintf(model, sizeof model, "%s/trained.model", tmp);
    o.train_dir = dir;
    o.model_path = model;
    o.data_dir = NG_DATA_DIR;
    o.folds = 1;
    o.threshold = 0.5;
    o.on_line = on_line;
    ng_error err;
    report[0] = 0;
    CHECK_EQ_INT(ng_qsrc_train(&o, &err), 0);
    CHECK(strstr(report, "sources: 1 right of 2 predicted, 2 gold") != NULL);
    CHECK(strstr(report, "2 items scored, 1 right") != NULL);
    ng_buf b;
    ng__buf_init(&b);
    CHECK(ng__buf_read_file(&b, model) == 0);
    ng_qsrc *m = NULL;
    CHECK_EQ_INT(ng__qsrc_parse((const unsigned char *)b.p, b.len, 1, &m, &err), 0);
    ng__qsrc_free(m);
    ng__buf_free(&b);
    /* the tagger's items need fold taggers; fold engines need two folds or more */
    o.score_tagger = 1;
    CHECK_EQ_INT(ng_qsrc_train(&o, &err), NG_EINVAL);
    o.fold_data = tmp;
    CHECK_EQ_INT(ng_qsrc_train(&o, &err), NG_EINVAL); /* folds = 1 */
    o.score_tagger = 0, o.fold_data = NULL;
    /* missing options */
    o.train_dir = NULL;
    CHECK_EQ_INT(ng_qsrc_train(&o, &err), NG_EINVAL);
}

int main(void)
{
    snprintf(tmp, sizeof tmp, "/tmp/ng_qsrc_XXXXXX");
    CHECK(mkdtemp(tmp) != NULL);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s/data'", tmp);
    CHECK(system(cmd) == 0);
    ng_engine_options eo;
    memset(&eo, 0, sizeof eo);
    eo.data_dir = NG_DATA_DIR;
    eo.flags = NG_ENGINE_NO_QUOTES_MODEL; /* the rules alone: no tagger, no source model */
    ng_engine *e = NULL;
    CHECK(ng_engine_open(&eo, &e, NULL) == 0);
    if (e) {
        test_withhold(e);
        test_outlet_kept(e);
        test_context(e);
        test_extents(e);
        test_gathered(e);
    }
    ng_engine_close(e);
    test_reader();
    test_trainer();
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    CHECK(system(cmd) == 0);
    TEST_MAIN_END();
}
