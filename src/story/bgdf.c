/*
 * bgdf.c -- background document frequencies of story terms.
 *
 * A database that has seen few articles cannot tell a rare name ("NorthLink")
 * from a common word ("minister"): every term's document frequency is about
 * the same.  The background table gives, for the stemmed terms of a general
 * news collection, the share of its documents that hold each term; the
 * clusterer counts it as a prior of pseudo-documents (cluster.c, idf), so
 * the first articles of a new database are weighed as if a general
 * collection had been seen, and the database's own counts take over as it
 * grows.  The engine loads data/storydf.bin (format in doc/FORMAT.md,
 * "Background term frequencies"), ng_process() points the document at it,
 * and ng__feat_compute() looks each term up.  Built by bench/bench_storydf.c.
 */
#include "story.h"
#include "../engine.h"

#include <stdio.h>

struct ng__bgdf {
    uint32_t ndocs, n;
    uint32_t *h;   /* n term hashes, strictly increasing */
    uint32_t *df;  /* their document counts */
};

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int ng__bgdf_parse(const unsigned char *p, size_t len, struct ng__bgdf **out, ng_error *err)
{
    *out = NULL;
    if (len < 16 || memcmp(p, NG_BGDF_MAGIC, 4)) {
        ng__error_set(err, NG_EPARSE, 0, 0, "storydf: not a background term file (magic)");
        return NG_EPARSE;
    }
    uint32_t version = rd32(p + 4), ndocs = rd32(p + 8), n = rd32(p + 12);
    if (version != NG_BGDF_VERSION) {
        ng__error_set(err, NG_EPARSE, 4, 0, "storydf: version %u, expected %u", version, NG_BGDF_VERSION);
        return NG_EPARSE;
    }
    if (ndocs == 0 || (uint64_t)n * 8 != len - 16) {
        ng__error_set(err, NG_EPARSE, 8, 0, "storydf: %u entries do not fill %zu bytes", n, len);
        return NG_EPARSE;
    }
    struct ng__bgdf *b = ng__malloc(sizeof *b + 2 * ((size_t)n + 1) * sizeof(uint32_t));
    if (!b) {
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory loading storydf");
        return NG_ENOMEM;
    }
    b->ndocs = ndocs;
    b->n = n;
    b->h = (uint32_t *)(b + 1);
    b->df = b->h + n + 1;
    for (uint32_t i = 0; i < n; i++) {
        const unsigned char *q = p + 16 + 8 * (size_t)i;
        b->h[i] = rd32(q);
        b->df[i] = rd32(q + 4);
        if ((i && b->h[i] <= b->h[i - 1]) || b->df[i] == 0 || b->df[i] > ndocs) {
            ng__error_set(err, NG_EPARSE, 16 + 8 * (uint64_t)i, 0,
                          "storydf: entry %u out of order or its count out of range", i);
            ng__free(b);
            return NG_EPARSE;
        }
    }
    *out = b;
    return 0;
}

int ng__bgdf_load(ng_engine *e, ng_error *err)
{
    if (!e->data_dir)
        return 0;
    char path[4096];
    snprintf(path, sizeof path, "%s/storydf.bin", e->data_dir);
    ng_buf b;
    ng__buf_init(&b);
    int rc = ng__buf_read_file(&b, path);
    if (rc == 1)
        return 0; /* absent: no prior, the database's own counts only */
    if (rc) {
        ng__buf_free(&b);
        if (rc == NG_ENOMEM)
            ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory loading %s", path);
        else
            ng__error_set(err, NG_EIO, 0, 0, "cannot read %s", path);
        return rc;
    }
    rc = ng__bgdf_parse((const unsigned char *)b.p, b.len, &e->bgdf, err);
    ng__buf_free(&b);
    return rc;
}

void ng__bgdf_free(struct ng__bgdf *b) { ng__free(b); }

double ng__bgdf_rate(const struct ng__bgdf *b, uint32_t h)
{
    if (!b)
        return 0;
    uint32_t lo = 0, hi = b->n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (b->h[mid] < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < b->n && b->h[lo] == h ? (double)b->df[lo] / b->ndocs : 0;
}
