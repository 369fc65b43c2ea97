/*
 * test_polnear.c -- the PolNeAR reading and matching that `eval quotes` and
 * the source-model trainer share (src/annot/polnear.c), on our own
 * sentences: gold spans from a brat file in code points of a raw text with
 * a doubled space and curly quotes, mapped to bytes of its normalised text
 * (an envelope for a discontinuous span, an attribution without a content
 * dropped); items sharing a cue merged; the one-to-one matching by the
 * largest Jaccard overlap, not the order of the predictions; and the same
 * span after trimming quote marks, punctuation and a leading "that".
 */
#include "annot/polnear.h"
#include "doc.h"
#include "test.h"

static const char raw[] = "Smith  said: \xE2\x80\x9Cthe plan works.\xE2\x80\x9D Jones said that it fails.\n";
static const char nt[] = "Smith said: \xE2\x80\x9Cthe plan works.\xE2\x80\x9D Jones said that it fails.";

static const char ann[] = "T1\tSource 0 5\tSmith\n"
                          "T2\tCue 7 11\tsaid\n"
                          "T3\tContent 13 30\t\"the plan works.\"\n"
                          "T4\tSource 31 36\tJones\n"
                          "T5\tCue 37 41\tsaid\n"
                          "T6\tContent 42 46;47 56\tthat it fails.\n"
                          "T7\tAttribution 7 11\tsaid\n"
                          "T8\tAttribution 37 41\tsaid\n"
                          "E1\tAttribution:T7 Content:T3 Cue:T2 Source:T1\n"
                          "E2\tAttribution:T8 Content:T6 Cue:T5 Source:T4\n"
                          "E3\tAttribution:T8 Cue:T5 Source:T4\n";

static ng_pn_item item(long cs, long ce, long us, long ue, int kind)
{
    ng_pn_item p = {cs, ce, -1, -1, us, ue, kind, 0, -1, 0, 0, 0, 0};
    return p;
}

static void test_gold(void)
{
    ng_doc d;
    memset(&d, 0, sizeof d);
    d.text = (char *)nt;
    d.len = sizeof nt - 1;
    ng_pn_vec gold = {0};
    CHECK_EQ_INT(ng__pn_read_gold(raw, sizeof raw - 1, &d, ann, sizeof ann - 1, &gold), 0);
    CHECK_EQ_INT(gold.n, 2);
    if (gold.n == 2) {
        const ng_pn_item *g = gold.v;
        CHECK_EQ_INT(g[0].ss, 0); CHECK_EQ_INT(g[0].se, 5);
        CHECK_EQ_INT(g[0].us, 6); CHECK_EQ_INT(g[0].ue, 10);
        CHECK_EQ_INT(g[0].cs, 12); CHECK_EQ_INT(g[0].ce, 33); /* the closing quote's three bytes */
        CHECK_EQ_INT(g[1].ss, 34); CHECK_EQ_INT(g[1].se, 39);
        CHECK_EQ_INT(g[1].us, 40); CHECK_EQ_INT(g[1].ue, 44);
        CHECK_EQ_INT(g[1].cs, 45); CHECK_EQ_INT(g[1].ce, 59); /* "42 46;47 56": the envelope */
        CHECK_EQ_INT(g[1].partner, -1);
        CHECK_EQ_INT(g[1].matched, 0);
    }
    ng__pn_free(&gold);
    CHECK(gold.v == NULL && gold.n == 0);
}

static void test_same(void)
{
    /* "the plan works" against the gold content with its quote marks and full stop */
    CHECK(ng__pn_same(nt, 15, 29, 12, 33));
    /* "it fails" against "that it fails." */
    CHECK(ng__pn_same(nt, 50, 58, 45, 59));
    CHECK(!ng__pn_same(nt, 53, 58, 45, 59));
    CHECK(!ng__pn_same(nt, 0, 10, 0, 5));
    CHECK(!ng__pn_same(nt, 0, 0, 0, 0)); /* empty spans are never the same */
    CHECK_EQ_INT(ng__pn_overlap(0, 10, 5, 20), 5);
    CHECK_EQ_INT(ng__pn_overlap(0, 5, 5, 20), 0);
}

static void test_merge(void)
{
    ng_pn_vec pred = {0};
    ng_pn_item a = item(13, 20, 6, 10, 1), b = item(21, 28, 6, 10, 1), c = item(21, 28, 6, 10, 0),
               e = item(30, 40, -1, -1, 1), f = item(41, 50, -1, -1, 1);
    CHECK_EQ_INT(ng__pn_push(&pred, &a), 0);
    CHECK_EQ_INT(ng__pn_push(&pred, &b), 0);
    CHECK_EQ_INT(ng__pn_push(&pred, &c), 0);
    CHECK_EQ_INT(ng__pn_push(&pred, &e), 0);
    CHECK_EQ_INT(ng__pn_push(&pred, &f), 0);
    ng__pn_merge_cues(&pred);
    /* a and b share cue and kind; c has another kind; e and f have no cue */
    CHECK_EQ_INT(pred.n, 4);
    if (pred.n == 4) {
        CHECK_EQ_INT(pred.v[0].cs, 13); CHECK_EQ_INT(pred.v[0].ce, 28);
        CHECK_EQ_INT(pred.v[1].kind, 0);
        CHECK_EQ_INT(pred.v[2].cs, 30); CHECK_EQ_INT(pred.v[3].cs, 41);
    }
    ng__pn_free(&pred);
}

static void test_match(void)
{
    ng_pn_vec pred = {0}, gold = {0};
    /* gold G0 [10, 30), G1 [40, 60); P0 [25, 45) overlaps both a little,
     * P1 [12, 30) nearly is G0: P1 takes G0 though P0 comes first, and P0
     * takes G1; P2 [70, 80) overlaps nothing */
    ng_pn_item g0 = item(10, 30, -1, -1, 0), g1 = item(40, 60, -1, -1, 0);
    ng_pn_item p0 = item(25, 45, -1, -1, 0), p1 = item(12, 30, -1, -1, 0), p2 = item(70, 80, -1, -1, 0);
    CHECK_EQ_INT(ng__pn_push(&gold, &g0) | ng__pn_push(&gold, &g1), 0);
    CHECK_EQ_INT(ng__pn_push(&pred, &p0) | ng__pn_push(&pred, &p1) | ng__pn_push(&pred, &p2), 0);
    CHECK_EQ_INT(ng__pn_match(&pred, &gold, 0), 0);
    CHECK_EQ_INT(pred.v[1].partner, 0);
    CHECK_EQ_INT(gold.v[0].partner, 1);
    CHECK_EQ_INT(pred.v[0].partner, 1);
    CHECK_EQ_INT(gold.v[1].partner, 0);
    CHECK_EQ_INT(pred.v[2].matched, 0);
    CHECK_EQ_INT(pred.v[2].partner, -1);
    ng__pn_free(&pred);
    ng__pn_free(&gold);
}

/* A nested attribution: gold G0 "X said [that Y claimed Z ...]" with cue
 * [0, 4) and content [5, 60), gold G1 "Y claimed [Z ...]" with cue [12, 19)
 * and content [20, 60).  The prediction P0 has G1's cue and a content
 * [5, 60) as long as G0's: by content alone it pairs with G0 (Jaccard 1),
 * by cue with G1; with the cue-first pairing, P0 takes G1, and the
 * prediction P1 of G0's cue (content [5, 30)) takes G0. */
static void test_match_cue(void)
{
    ng_pn_vec pred = {0}, gold = {0};
    ng_pn_item g0 = item(5, 60, 0, 4, 0), g1 = item(20, 60, 12, 19, 0);
    ng_pn_item p0 = item(5, 60, 12, 19, 0), p1 = item(5, 30, 0, 4, 0);
    CHECK_EQ_INT(ng__pn_push(&gold, &g0) | ng__pn_push(&gold, &g1), 0);
    CHECK_EQ_INT(ng__pn_push(&pred, &p0) | ng__pn_push(&pred, &p1), 0);
    CHECK_EQ_INT(ng__pn_match(&pred, &gold, 0), 0);
    CHECK_EQ_INT(pred.v[0].partner, 1);
    CHECK_EQ_INT(pred.v[1].partner, 0);
    CHECK_EQ_INT(gold.v[0].partner, 1);
    ng__pn_unmatch(&pred);
    ng__pn_unmatch(&gold);
    CHECK_EQ_INT(pred.v[0].matched, 0);
    CHECK_EQ_INT(ng__pn_match(&pred, &gold, 1), 0); /* content only: P0 takes G0 */
    CHECK_EQ_INT(pred.v[0].partner, 0);
    CHECK_EQ_INT(pred.v[1].partner, 1);
    ng__pn_free(&pred);
    ng__pn_free(&gold);
}

int main(void)
{
    test_gold();
    test_same();
    test_merge();
    test_match();
    test_match_cue();
    TEST_MAIN_END();
}
