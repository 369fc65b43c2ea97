/*
 * test_story.c -- near-duplicates, story clustering and the story report on
 * articles written for this test: features, MinHash, the window that closes
 * a story, same results when the clusterer is saved and reloaded midway,
 * and report contents (quotes merged across outlets, figure conflicts,
 * citations, occasions) from a hand-built story.
 */
#include "doc.h"
#include "engine.h"
#include "story/story.h"
#include "test.h"

#include <stdio.h>
#include <stdlib.h>

static ng_engine *eng;

static ng_doc *doc(const char *date, const char *text)
{
    ng_doc *d;
    if (ng_doc_new(&d))
        return NULL;
    ng_doc_set(d, NG_FIELD_ID, "x", 1);
    if (date)
        ng_doc_set(d, NG_FIELD_PUBLISHED, date, strlen(date));
    ng_doc_set_text(d, text, strlen(text));
    if (ng_process(eng, d)) {
        ng_doc_free(d);
        return NULL;
    }
    return d;
}

static ng__feat *feat(ng__featx *x, const char *date, const char *text)
{
    ng_doc *d = doc(date, text);
    ng__feat *f = NULL;
    if (d)
        ng__feat_compute(x, d, &f);
    ng_doc_free(d);
    return f;
}

static const char *HARBOUR1 =
    "The harbour authority of Lindquay opened a new container terminal on Monday, doubling the port's capacity. "
    "Harbour master Ines Varga said the terminal would handle two million containers a year and create 800 jobs. "
    "Shipping companies welcomed the terminal, which cost 300 million crowns.";
static const char *HARBOUR1_EDIT =
    "The harbour authority of Lindquay opened a new container terminal on Monday, doubling the port's capacity. "
    "Harbour master Ines Varga said the terminal would handle two million containers each year and create 800 jobs. "
    "Shipping companies welcomed the terminal, which cost 300 million crowns.";
static const char *HARBOUR2 =
    "Lindquay's port doubled its capacity as the harbour authority opened a container terminal. Ines Varga, "
    "the harbour master, expects two million containers yearly and 750 new jobs at the terminal, which cost "
    "about 300 million crowns. Shipping lines praised the container terminal.";
static const char *CHOIR =
    "The Lindquay youth choir won the national singing contest in Brenn on Saturday. The choir performed three "
    "folk songs and a hymn, and the jury praised the young singers and their conductor.";

static void test_days(void)
{
    CHECK_EQ_INT(ng__days_from_civil(1970, 1, 1), 0);
    CHECK_EQ_INT(ng__days_from_civil(2025, 6, 10) - ng__days_from_civil(2025, 6, 9), 1);
    int y, m, d;
    ng__civil_from_days(ng__days_from_civil(2024, 2, 29), &y, &m, &d);
    CHECK(y == 2024 && m == 2 && d == 29);
}

static void test_features_and_neardup(ng__featx *x)
{
    ng__feat *a = feat(x, "2031-05-05", HARBOUR1), *b = feat(x, "2031-05-05", HARBOUR1_EDIT),
             *c = feat(x, "2031-05-05", HARBOUR2), *k = feat(x, "2031-05-05", CHOIR);
    CHECK(a && b && c && k);
    if (!a || !b || !c || !k)
        return;
    CHECK(a->has_sig && a->nterms > 10);
    CHECK_EQ_INT(a->day, ng__days_from_civil(2031, 5, 5));
    CHECK(ng__minhash_jaccard(a, b) >= NG_NEARDUP_J); /* light edit */
    CHECK(ng__minhash_jaccard(a, c) < NG_NEARDUP_J);  /* rewritten report */
    CHECK(ng__minhash_jaccard(a, k) < 0.2);
    CHECK(a->text_hash != b->text_hash);
    ng__clus *cl;
    CHECK_EQ_INT(ng__clus_new(NULL, &cl), 0);
    ng__clus_count(cl, a), ng__clus_count(cl, c), ng__clus_count(cl, k);
    double s_same = ng__clus_pair_sim(cl, a, c, 0), s_diff = ng__clus_pair_sim(cl, a, k, 0);
    CHECK(s_same >= NG_STORY_THRESHOLD);
    CHECK(s_diff < NG_STORY_THRESHOLD);
    CHECK(ng__clus_pair_sim(cl, a, c, 1) > ng__clus_pair_sim(cl, a, k, 1));
    ng__clus_free(cl);
    ng__feat_free(a), ng__feat_free(b), ng__feat_free(c), ng__feat_free(k);
}

static int test_copy_df(void *ud, uint64_t key, uint32_t n) { return ng__clus_load_df(ud, key, n); }
static int test_copy_story(void *ud, int64_t id, int32_t first, int32_t last, uint32_t n, const void *blob, size_t len)
{
    return ng__clus_load_story(ud, id, first, last, n, blob, len);
}

/* A stream: harbour (day 0), edit (day 0), rewrite (day 1), choir (day 1),
 * harbour again 30 days later (the story has closed: a new one). */
static void test_clustering(ng__featx *x)
{
    ng__feat *f[5] = {feat(x, "2031-05-05", HARBOUR1), feat(x, "2031-05-05", HARBOUR1_EDIT),
                      feat(x, "2031-05-06", HARBOUR2), feat(x, "2031-05-06", CHOIR),
                      feat(x, "2031-06-20", HARBOUR2)};
    for (int i = 0; i < 5; i++)
        if (!f[i])
            return;
    ng__clus *cl;
    ng__clus_result r[5];
    CHECK_EQ_INT(ng__clus_new(NULL, &cl), 0);
    for (int i = 0; i < 5; i++)
        CHECK_EQ_INT(ng__clus_add(cl, i + 1, f[i], &r[i]), 0);
    CHECK(r[0].new_story);
    CHECK_EQ_INT(r[1].story, r[0].story);
    CHECK_EQ_INT(r[1].near_dup, 1);
    CHECK_EQ_INT(r[2].story, r[0].story);
    CHECK_EQ_INT(r[2].near_dup, 0);
    CHECK(r[3].new_story && r[3].story != r[0].story);
    CHECK(r[4].new_story && r[4].story != r[0].story); /* window closed */

    /* saved and reloaded after 3 articles: the same decisions follow */
    ng__clus_options o = {0};
    o.track_changes = 1;
    ng__clus *a, *b;
    CHECK_EQ_INT(ng__clus_new(&o, &a), 0);
    CHECK_EQ_INT(ng__clus_new(&o, &b), 0);
    ng__clus_result q;
    for (int i = 0; i < 3; i++)
        ng__clus_add(a, i + 1, f[i], &q);
    /* move a's state into b */
    ng__clus_set_ndocs(b, 3, 1);
    CHECK_EQ_INT(ng__clus_dirty_df(a, test_copy_df, b), 0);
    CHECK_EQ_INT(ng__clus_dirty_stories(a, test_copy_story, b), 0);
    for (int i = 0; i < 3; i++)
        if (f[i]->has_sig)
            ng__clus_load_article(b, i + 1, r[i].story, f[i]->day, f[i]->sig);
    for (int i = 3; i < 5; i++) {
        ng__clus_result ra, rb;
        ng__clus_add(a, i + 1, f[i], &ra);
        ng__clus_add(b, i + 1, f[i], &rb);
        CHECK_EQ_INT(ra.story, rb.story);
        CHECK(ra.score == rb.score);
    }
    ng__clus_free(a);
    ng__clus_free(b);
    ng__clus_free(cl);
    for (int i = 0; i < 5; i++)
        ng__feat_free(f[i]);
}


/* ---- the report, from a hand-built story ---- */
static const char *T1 = "Mayor Lena Ortiz said on 3 May: \"The bridge opens in June.\" The city will spend "
                        "12 million euros on the bridge repairs, according to the Lindquay Courier.";
static const char *T2 = "\"The bridge opens in June,\" Ortiz told reporters. Repairs to the bridge cost "
                        "15 million euros, city records show.";

static void test_report(void)
{
    ng__rep r;
    memset(&r, 0, sizeof r);
    ng__arena_init(&r.arena);
    r.id = 7;
    ng__rep_art a1 = {1, "t1", NULL, "North Post", "2031-05-04", "Bridge to open in June",
                      ng__days_from_civil(2031, 5, 4), 0, T1, (uint32_t)strlen(T1)};
    ng__rep_art a2 = {2, "t2", NULL, "South Wire", "2031-05-05", NULL, ng__days_from_civil(2031, 5, 5), 0, T2,
                      (uint32_t)strlen(T2)};
    NG_VEC_PUSH(&r.arena, r.arts, a1);
    NG_VEC_PUSH(&r.arena, r.arts, a2);
    const char *q1 = strstr(T1, "The bridge"), *q2 = strstr(T2, "The bridge");
    ng__rep_quote qa = {0, (uint32_t)(q1 - T1), (uint32_t)(q1 - T1 + 25), 1, "Mayor Lena Ortiz", 0, 16};
    ng__rep_quote qb = {1, (uint32_t)(q2 - T2), (uint32_t)(q2 - T2 + 24), 1, "Ortiz", 30, 35};
    NG_VEC_PUSH(&r.arena, r.quotes, qa);
    NG_VEC_PUSH(&r.arena, r.quotes, qb);
    const char *m1 = strstr(T1, "12 million"), *o1 = strstr(T1, "bridge repairs");
    const char *m2 = strstr(T2, "15 million"), *o2 = strstr(T2, "Repairs to the bridge");
    ng__rep_amount ma = {0, (uint32_t)(m1 - T1), (uint32_t)(m1 - T1 + 17), NG_AMT_MONEY, 12e6, 0, 0, "EUR", NULL,
                         (uint32_t)(o1 - T1), (uint32_t)(o1 - T1 + 14)};
    ng__rep_amount mb = {1, (uint32_t)(m2 - T2), (uint32_t)(m2 - T2 + 17), NG_AMT_MONEY, 15e6, 0, 0, "EUR", NULL,
                         (uint32_t)(o2 - T2), (uint32_t)(o2 - T2 + 21)};
    NG_VEC_PUSH(&r.arena, r.amounts, ma);
    NG_VEC_PUSH(&r.arena, r.amounts, mb);
    const char *c1 = strstr(T1, "Lindquay Courier");
    ng__rep_attr at = {0, 0, 10, "the Lindquay Courier", (uint32_t)(c1 - T1), (uint32_t)(c1 - T1 + 16)};
    NG_VEC_PUSH(&r.arena, r.attrs, at);
    const char *d1 = strstr(T1, "3 May");
    ng__rep_time tm = {0, (uint32_t)(d1 - T1), (uint32_t)(d1 - T1 + 5), NG_TIME_DATE, "2031-05-03", NULL};
    NG_VEC_PUSH(&r.arena, r.times, tm);

    ng_buf b;
    ng__buf_init(&b);
    CHECK_EQ_INT(ng__report_json(&r, &b), 0);
    ng__buf_putc(&b, 0);
    const char *js = b.p ? b.p : "";
    CHECK(strstr(js, "\"conflict\":true") != NULL);                 /* 12 vs 15 million */
    CHECK(strstr(js, "\"reports\":[{\"article\":\"t1\"") != NULL);  /* one statement ... */
    CHECK(strstr(js, "\"speaker_text\":\"Ortiz\"") != NULL);        /* ... reported by both */
    CHECK(strstr(js, "\"source\":\"Lindquay Courier\"") != NULL);
    CHECK(strstr(js, "\"occasions\":[{\"date\":\"2031-05-03\",\"articles\":[\"t1\"]},{\"date\":\"2031-05-05\"") != NULL);
    CHECK(strstr(js, "\"speaker\":\"Mayor Lena Ortiz\"") != NULL);
    ng__buf_free(&b);
    ng__buf_init(&b);
    CHECK_EQ_INT(ng__report_text(&r, 60, &b), 0);
    ng__buf_putc(&b, 0);
    const char *tx = b.p ? b.p : "";
    CHECK(strstr(tx, "CONFLICT") != NULL);
    CHECK(strstr(tx, "North Post t1 -> Lindquay Courier") != NULL);
    /* wrapped: no line longer than 60 columns */
    size_t col = 0, maxcol = 0;
    for (const char *p = tx; *p; p++) {
        if (*p == '\n')
            col = 0;
        else if (((unsigned char)*p & 0xC0) != 0x80 && ++col > maxcol)
            maxcol = col;
    }
    CHECK(maxcol <= 60);
    ng__buf_free(&b);
    ng__arena_free(&r.arena);
}

/* Figures without an object grouped by the words near them: the same
 * cost from two outlets (a conflict), a grant of another scale apart, and
 * no conflict between reports five days apart. */
static const char *CT1 = "The council approved the harbour tunnel on Tuesday, a 40 million crown project, "
                         "and a festival grant of 2 million crowns for the summer.";
static const char *CT2 = "Lindquay's harbour tunnel, whose cost the council put at 38 million crowns, was approved. "
                         "The summer festival grant was 2 million crowns.";
static const char *CT3 = "Work on the harbour tunnel began; the council's project now costs 44 million crowns.";

static void add_amt(ng__rep *r, uint32_t art, const char *text, const char *what, double v)
{
    const char *m = strstr(text, what);
    ng__rep_amount x = {art, (uint32_t)(m - text), (uint32_t)(m - text + strlen(what)), NG_AMT_MONEY, v, 0, 0,
                        "SEK", NULL, 0, 0};
    NG_VEC_PUSH(&r->arena, r->amounts, x);
}

static void report_of(const char *t1, const char *t2, int days_apart, ng_buf *b)
{
    ng__rep r;
    memset(&r, 0, sizeof r);
    ng__arena_init(&r.arena);
    int32_t d = ng__days_from_civil(2031, 5, 4);
    ng__rep_art a1 = {1, "c1", NULL, "North Post", "2031-05-04", NULL, d, 0, t1, (uint32_t)strlen(t1)};
    ng__rep_art a2 = {2, "c2", NULL, "South Wire", NULL, NULL, d + days_apart, 0, t2, (uint32_t)strlen(t2)};
    NG_VEC_PUSH(&r.arena, r.arts, a1);
    NG_VEC_PUSH(&r.arena, r.arts, a2);
    add_amt(&r, 0, t1, "40 million crown", 40e6);
    add_amt(&r, 0, t1, "2 million crowns", 2e6);
    if (t2 == CT2) {
        add_amt(&r, 1, t2, "38 million crowns", 38e6);
        add_amt(&r, 1, t2, "2 million crowns", 2e6);
    } else {
        add_amt(&r, 1, t2, "44 million crowns", 44e6);
    }
    ng__buf_init(b);
    CHECK_EQ_INT(ng__report_json(&r, b), 0);
    ng__buf_putc(b, 0);
    ng__arena_free(&r.arena);
}

static int count_str(const char *s, const char *what)
{
    int n = 0;
    for (const char *p = s; (p = strstr(p, what)) != NULL; p++)
        n++;
    return n;
}

/* "Only in one outlet" names what a figure counts, in brackets, unless the
 * figure's own text says it. */
static void test_report_only_figures(void)
{
    static const char A[] = "After two decades of talk, the port bought five harbour cranes.";
    static const char B[] = "The port of Lindquay has new cranes.";
    ng__rep r;
    memset(&r, 0, sizeof r);
    ng__arena_init(&r.arena);
    r.id = 9;
    ng__rep_art a1 = {1, "a", NULL, "North Post", "2031-05-04", NULL, ng__days_from_civil(2031, 5, 4), 0, A,
                      (uint32_t)strlen(A)};
    ng__rep_art a2 = {2, "b", NULL, "South Wire", "2031-05-05", NULL, ng__days_from_civil(2031, 5, 5), 0, B,
                      (uint32_t)strlen(B)};
    NG_VEC_PUSH(&r.arena, r.arts, a1);
    NG_VEC_PUSH(&r.arena, r.arts, a2);
    const char *d = strstr(A, "two decades"), *t = strstr(A, "talk"), *f = strstr(A, "five"),
               *h = strstr(A, "harbour cranes");
    ng__rep_amount m1 = {0, (uint32_t)(d - A), (uint32_t)(d - A + 11), NG_AMT_COUNT, 2, 0, 0, "decades", NULL,
                         (uint32_t)(t - A), (uint32_t)(t - A + 4)};
    ng__rep_amount m2 = {0, (uint32_t)(f - A), (uint32_t)(f - A + 19), NG_AMT_COUNT, 5, 0, 0, "cranes", NULL,
                         (uint32_t)(h - A), (uint32_t)(h - A + 14)};
    NG_VEC_PUSH(&r.arena, r.amounts, m1);
    NG_VEC_PUSH(&r.arena, r.amounts, m2);
    ng_buf b;
    ng__buf_init(&b);
    CHECK_EQ_INT(ng__report_text(&r, 200, &b), 0);
    ng__buf_putc(&b, 0);
    const char *tx = b.p ? b.p : "";
    CHECK(strstr(tx, "figures: two decades (talk), five harbour cranes;") != NULL ||
          strstr(tx, "figures: two decades (talk), five harbour cranes\n") != NULL);
    CHECK(strstr(tx, "(harbour cranes)") == NULL);
    ng__buf_free(&b);
    ng__arena_free(&r.arena);
}

static void test_figure_context(void)
{
    ng_buf b;
    report_of(CT1, CT2, 0, &b);
    const char *js = b.p ? b.p : "";
    CHECK_EQ_INT(count_str(js, "\"measures\":"), 2);      /* the cost, the grant */
    CHECK_EQ_INT(count_str(js, "\"conflict\":true"), 1);  /* 40 vs 38 million */
    CHECK(strstr(js, "\"measures\":\"(near: harbour, approved, council)\"") != NULL);
    ng__buf_free(&b);
    report_of(CT1, CT3, 5, &b);
    js = b.p ? b.p : "";
    CHECK_EQ_INT(count_str(js, "\"measures\":"), 2);      /* 40 and 44 million together */
    CHECK_EQ_INT(count_str(js, "\"conflict\":true"), 0);  /* five days apart */
    ng__buf_free(&b);
}

/* The background file: parsed and looked up, corrupt images refused; and
 * a rare name the background does not hold outweighs a word it holds often. */
static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8), p[2] = (unsigned char)(v >> 16),
    p[3] = (unsigned char)(v >> 24);
}

static void test_background(ng__featx *x)
{
    unsigned char img[16 + 3 * 8];
    memcpy(img, NG_BGDF_MAGIC, 4);
    put32(img + 4, NG_BGDF_VERSION), put32(img + 8, 10), put32(img + 12, 3);
    put32(img + 16, 5), put32(img + 20, 1);
    put32(img + 24, 9), put32(img + 28, 10);
    put32(img + 32, 300), put32(img + 36, 4);
    struct ng__bgdf *b = NULL;
    ng_error err;
    CHECK_EQ_INT(ng__bgdf_parse(img, sizeof img, &b, &err), 0);
    CHECK(ng__bgdf_rate(b, 9) == 1.0);
    CHECK(ng__bgdf_rate(b, 300) == 0.4);
    CHECK(ng__bgdf_rate(b, 7) == 0.0);
    CHECK(ng__bgdf_rate(NULL, 9) == 0.0);
    ng__bgdf_free(b);
    CHECK_EQ_INT(ng__bgdf_parse(img, sizeof img - 1, &b, &err), NG_EPARSE);   /* truncated */
    CHECK(b == NULL);
    put32(img + 24, 400); /* out of order */
    CHECK_EQ_INT(ng__bgdf_parse(img, sizeof img, &b, &err), NG_EPARSE);
    CHECK_EQ_INT(err.offset, 32);
    put32(img + 24, 9), put32(img + 28, 11); /* more documents than the collection */
    CHECK_EQ_INT(ng__bgdf_parse(img, sizeof img, &b, &err), NG_EPARSE);
    put32(img + 28, 10), img[0] = 'X';
    CHECK_EQ_INT(ng__bgdf_parse(img, sizeof img, &b, &err), NG_EPARSE);

    /* the shipped background (when present) knows "minister" but not "Quorvath" */
    if (eng->bgdf) {
        ng__feat *f = feat(x, "2025-01-01", "Minister Quorvath.");
        CHECK(f && f->trate && f->nterms == 2);
        if (f && f->trate && f->nterms == 2) {
            float a = f->trate[0], c = f->trate[1];
            CHECK((a == 0) != (c == 0));
            CHECK(a + c > 0.001f);
        }
        ng__feat_free(f);
    }
}

int main(void)
{
    ng_engine_options o = {0};
    o.data_dir = NG_DATA_DIR;
    ng_error err;
    if (ng_engine_open(&o, &eng, &err)) {
        fprintf(stderr, "engine: %s\n", err.msg);
        return 1;
    }
    ng__featx *x;
    if (ng__featx_new(&x))
        return 1;
    test_days();
    test_features_and_neardup(x);
    test_clustering(x);
    test_report();
    test_figure_context();
    test_report_only_figures();
    test_background(x);
    ng__featx_free(x);
    ng_engine_close(eng);
    TEST_MAIN_END();
}
