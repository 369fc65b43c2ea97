/*
 * similarity.c -- the public same-story similarity of two documents
 * (ng_simctx_*), the score the story clusterer compares with its threshold.
 * Used by `newsgraph eval stories`.
 */
#include "story.h"

struct ng_simctx {
    ng__featx *fx;
    ng__clus *clus;
    int64_t nclustered;
};

int ng_simctx_new(ng_simctx **out)
{
    if (!out)
        return NG_EINVAL;
    *out = NULL;
    ng_simctx *c = ng__calloc(1, sizeof *c);
    if (!c)
        return NG_ENOMEM;
    if (ng__featx_new(&c->fx) || ng__clus_new(NULL, &c->clus)) {
        ng_simctx_free(c);
        return NG_ENOMEM;
    }
    *out = c;
    return 0;
}

void ng_simctx_free(ng_simctx *c)
{
    if (!c)
        return;
    ng__featx_free(c->fx);
    ng__clus_free(c->clus);
    ng__free(c);
}

int ng_simctx_count(ng_simctx *c, const ng_doc *d)
{
    if (!c || !d)
        return NG_EINVAL;
    ng__feat *f;
    int rc = ng__feat_compute(c->fx, d, &f);
    if (rc)
        return rc;
    rc = ng__clus_count(c->clus, f);
    ng__feat_free(f);
    return rc;
}

int ng_simctx_similarity(ng_simctx *c, const ng_doc *a, const ng_doc *b, double *sim, double *bow)
{
    if (!c || !a || !b)
        return NG_EINVAL;
    ng__feat *fa = NULL, *fb = NULL;
    int rc = ng__feat_compute(c->fx, a, &fa);
    if (!rc)
        rc = ng__feat_compute(c->fx, b, &fb);
    if (!rc) {
        if (sim)
            *sim = ng__clus_pair_sim(c->clus, fa, fb, 0);
        if (bow)
            *bow = ng__clus_pair_sim(c->clus, fa, fb, 1);
    }
    ng__feat_free(fa);
    ng__feat_free(fb);
    return rc;
}

int ng_simctx_cluster(ng_simctx *c, const ng_doc *d, double threshold, int64_t *story, double *best)
{
    if (!c || !d)
        return NG_EINVAL;
    if (threshold > 0)
        ng__clus_set_threshold(c->clus, threshold);
    ng__feat *f;
    int rc = ng__feat_compute(c->fx, d, &f);
    if (rc)
        return rc;
    ng__clus_result res;
    rc = ng__clus_add(c->clus, ++c->nclustered, f, &res);
    ng__feat_free(f);
    if (!rc) {
        if (story)
            *story = res.story;
        if (best)
            *best = res.best;
    }
    return rc;
}

double ng_story_threshold(void) { return NG_STORY_THRESHOLD; }
