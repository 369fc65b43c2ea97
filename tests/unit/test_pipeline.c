/*
 * test_pipeline.c -- ng_process_batch(): the records of a batch, run stage
 * by stage, are those of ng_process() one document at a time; a document
 * that fails (empty, binary, too big, NULL, already processed) costs only
 * itself; a page marked as another language keeps its text layer only.
 *
 * Runs the shipped models, since the stages' interplay is what is tested.
 */
#include "newsgraph.h"
#include "test.h"

#include <stdlib.h>

#define BINARY "\x01\x02\x03\x04\x05 binary \x00\x01\x02"

/* Our own articles: quotes, attributions, amounts, times, places. */
static const char *const articles[] = {
    "BRUSSELS -- The harbour board approved a €12 billion cable on Monday. \"We will finish it by 2027,\" "
    "said Ann Berg, the board's chair. According to the Baltic Wire, the cost rose 5 percent last year.",
    "Tom Vance, a pollster in Leeds, said that two-thirds of voters backed the plan. He added: \"Nobody "
    "expected that.\" The council spent $3.5 million in May.",
    "",
    BINARY,
    "Prices fell. Officials said the drop was temporary and would end within three months.",
    "Acme Corp said it would cut 400 jobs. It said the cuts would save about 20 million pounds a year.",
    "A long wire story: the ministry said on Tuesday that exports rose 3.2 pct in January from December, "
    "when they had fallen by 1.1 pct, and that it expected growth of about two percent this year.",
};
#define NART (sizeof articles / sizeof articles[0])
#define NDOCS 150 /* more than one of the pipeline's chunks of 64 */

static size_t art_len(size_t i)
{
    /* the binary article holds a NUL: its length is its literal's */
    return i == 3 ? sizeof BINARY - 1 : strlen(articles[i]);
}

/* Document k of the run: article k % NART; every 11th is a German page,
 * every 13th is over the engine's size limit. */
static ng_doc *make_doc(size_t k, char *big, size_t big_len)
{
    ng_doc *d;
    if (ng_doc_new(&d))
        return NULL;
    size_t a = k % NART;
    if (k % 13 == 12)
        ng_doc_set_text(d, big, big_len);
    else
        ng_doc_set_text(d, articles[a], art_len(a));
    if (k % 11 == 10)
        ng_doc_set(d, NG_FIELD_LANGUAGE, "de", 2);
    ng_doc_set(d, NG_FIELD_PUBLISHED, "2025-06-23", 10);
    return d;
}

static char *json_of(ng_doc *d)
{
    char *j = NULL;
    size_t n;
    if (ng_doc_to_json(d, &j, &n))
        return NULL;
    return j;
}

static void run(unsigned annotators)
{
    ng_engine_options o;
    memset(&o, 0, sizeof o);
    o.data_dir = NG_DATA_DIR;
    o.annotators = annotators;
    o.max_doc_bytes = 4096;
    ng_engine *e;
    if (ng_engine_open(&o, &e, NULL)) {
        CHECK(!"cannot open the engine with the shipped models");
        return;
    }
    size_t big_len = 5000;
    char *big = malloc(big_len);
    memset(big, 'a', big_len);
    ng_doc *one[NDOCS], *many[NDOCS];
    int rc1[NDOCS], rcn[NDOCS];
    for (size_t k = 0; k < NDOCS; k++) {
        one[k] = make_doc(k, big, big_len);
        many[k] = make_doc(k, big, big_len);
        rc1[k] = ng_process(e, one[k]);
    }
    ng_doc_free(many[40]);
    many[40] = NULL; /* a missing document is NG_EINVAL and nothing else */
    int again = ng_process(e, many[41]); /* processed before the batch: NG_EINVAL in it */
    CHECK_EQ_INT(again, rc1[41]);
    ng_process_batch(e, many, NDOCS, rcn);
    CHECK_EQ_INT(rcn[40], NG_EINVAL);
    CHECK_EQ_INT(rcn[41], NG_EINVAL);
    size_t same = 0, ok = 0, quotes = 0;
    for (size_t k = 0; k < NDOCS; k++) {
        if (k == 40 || k == 41)
            continue;
        CHECK_EQ_INT(rcn[k], rc1[k]);
        if (rc1[k] != 0 || rcn[k] != 0)
            continue;
        ok++;
        char *a = json_of(one[k]), *b = json_of(many[k]);
        if (a && b && !strcmp(a, b))
            same++;
        else
            fprintf(stderr, "document %zu differs:\n  one at a time: %s\n  in a batch:    %s\n", k, a ? a : "-",
                    b ? b : "-");
        if (a && strstr(a, "\"speaker\":"))
            quotes++;
        ng_free(a);
        ng_free(b);
    }
    CHECK_EQ_INT(same, ok);
    /* the failures are the ones made: empty (every 7th from 2), binary, too big */
    CHECK_EQ_INT(rc1[2], NG_EEMPTY);
    CHECK_EQ_INT(rc1[3], NG_EBINARY);
    CHECK_EQ_INT(rc1[12], NG_ETOOBIG);
    CHECK(ok > NDOCS / 2);
    if (annotators & NG_ANNOT_QUOTES)
        CHECK(quotes > 0);
    for (size_t k = 0; k < NDOCS; k++) {
        ng_doc_free(one[k]);
        ng_doc_free(many[k]);
    }
    free(big);
    ng_engine_close(e);
}

/* The German page keeps its text layer and gets no annotations. */
static void test_language(void)
{
    ng_engine *e;
    ng_engine_options o;
    memset(&o, 0, sizeof o);
    o.data_dir = NG_DATA_DIR;
    if (ng_engine_open(&o, &e, NULL)) {
        CHECK(!"cannot open the engine");
        return;
    }
    ng_doc *d[2];
    int rc[2];
    for (int k = 0; k < 2; k++) {
        ng_doc_new(&d[k]);
        ng_doc_set_text(d[k], articles[0], strlen(articles[0]));
    }
    ng_doc_set(d[1], NG_FIELD_LANGUAGE, "de", 2);
    ng_process_batch(e, d, 2, rc);
    CHECK_EQ_INT(rc[0], 0);
    CHECK_EQ_INT(rc[1], 0);
    CHECK(ng_doc_token_count(d[1]) > 10);
    char *a = json_of(d[0]), *b = json_of(d[1]);
    CHECK(a && strstr(a, "Ann Berg"));
    CHECK(a && strstr(a, "\"kind\":\"money\""));
    CHECK(b && !strstr(b, "\"kind\":\"money\""));
    ng_free(a);
    ng_free(b);
    ng_doc_free(d[0]);
    ng_doc_free(d[1]);
    ng_engine_close(e);
}

/* The quote rules, the tagger and the source model keep their per-call
 * tables in buffers of their thread when the document is small and in its
 * arena when not: an article and the same article followed by a long tail
 * of plain sentences (about 2,800 tokens, past the rules' and the tagger's
 * buffers; and 4,300 sentences, past the source model's, whose tables
 * count items by sentence) give the same quotes and attributions. */
static char *items_of(const char *json)
{
    const char *a = json ? strstr(json, "\"quotes\":") : NULL, *b = a ? strstr(a, ",\"amounts\":") : NULL;
    if (!b)
        return NULL;
    char *r = malloc((size_t)(b - a) + 1);
    memcpy(r, a, (size_t)(b - a));
    r[b - a] = 0;
    return r;
}

static void test_long_tail(void)
{
    ng_engine_options o;
    memset(&o, 0, sizeof o);
    o.data_dir = NG_DATA_DIR;
    ng_engine *e;
    if (ng_engine_open(&o, &e, NULL)) {
        CHECK(!"cannot open the engine with the shipped models");
        return;
    }
    static const char tail[] = " The snow fell on the hills and the wind was cold.";
    size_t n0 = strlen(articles[0]) + 1 + strlen(articles[1]), reps[3] = {0, 250, 4300};
    char *text = malloc(n0 + reps[2] * (sizeof tail - 1) + 1);
    snprintf(text, n0 + 1, "%s %s", articles[0], articles[1]);
    for (size_t k = 0; k < reps[2]; k++)
        memcpy(text + n0 + k * (sizeof tail - 1), tail, sizeof tail - 1);
    ng_doc *d[3];
    int rc[3];
    for (size_t k = 0; k < 3; k++) {
        ng_doc_new(&d[k]);
        ng_doc_set_text(d[k], text, n0 + reps[k] * (sizeof tail - 1));
        ng_doc_set(d[k], NG_FIELD_PUBLISHED, "2025-06-23", 10);
    }
    ng_process_batch(e, d, 3, rc);
    CHECK_EQ_INT(rc[0], 0);
    CHECK_EQ_INT(rc[1], 0);
    CHECK_EQ_INT(rc[2], 0);
    CHECK(ng_doc_token_count(d[0]) < 200);
    CHECK(ng_doc_token_count(d[1]) > 2500);
    CHECK(ng_doc_token_count(d[2]) > 45000);
    char *j0 = json_of(d[0]), *j1 = json_of(d[1]), *j2 = json_of(d[2]);
    char *i0 = items_of(j0), *i1 = items_of(j1), *i2 = items_of(j2);
    CHECK(i0 && strstr(i0, "\"speaker\":\"E"));
    CHECK(i0 && i1 && !strcmp(i0, i1));
    CHECK(i0 && i2 && !strcmp(i0, i2));
    free(i0);
    free(i1);
    free(i2);
    ng_free(j0);
    ng_free(j1);
    ng_free(j2);
    for (size_t k = 0; k < 3; k++)
        ng_doc_free(d[k]);
    free(text);
    ng_engine_close(e);
}

int main(void)
{
    test_long_tail();
    run(NG_ANNOT_ALL);
    run(NG_ANNOT_ENTITIES | NG_ANNOT_TIMES);
    run(NG_ANNOT_QUOTES | NG_ANNOT_AMOUNTS);
    test_language();
    TEST_MAIN_END();
}
