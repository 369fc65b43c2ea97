/*
 * cluster.c -- online story clustering and near-duplicate detection.
 *
 * Articles arrive in time order.  Each becomes two unit vectors: key terms
 * and entities, weighted (1 + ln count) * idf with document frequencies
 * counted online (the article itself included), the 40 strongest terms and
 * 20 strongest entities kept.  A story is the sum of its members' vectors
 * (its centroid, pruned to the 100 strongest terms and 50 entities), its
 * first and last publication day and the dates its articles mention.
 *
 * Scores are group averages: a story keeps the sum of its members' unit
 * vectors with older members decayed by 0.9 per new member, and the count
 * of that decayed sum; the score is the mean cosine with the members (the
 * sum's dot product over the count), comparable with the pairwise
 * threshold, and unlike the cosine with a normalised centroid it does not
 * grow with the story's size (which would let large stories swallow every
 * loosely related article).  The decay lets a developing story follow its
 * latest articles.
 *
 * For a new article:
 *  1. near-duplicates: MinHash LSH (21 bands of 3 values) over the articles
 *     of the last `window` days; the candidate with the highest estimated
 *     Jaccard >= NG_NEARDUP_J (ties: the earliest) is its original, and the
 *     copy joins the original's story;
 *  2. otherwise candidate stories are the open stories (last article at
 *     most `window` days before) whose centroid holds one of the article's
 *     10 strongest terms or any of its entities; the 8 with the highest
 *     partial score over those features are scored in full
 *       sim = 0.75 cos(terms) + 0.25 cos(entities) + 0.05 (a shared mentioned date)
 *     (cos(terms) alone when either side has no entities) times a gentle
 *     decay with the days since the story's last article, and the best
 *     (ties: the older story) is joined when sim >= threshold; else the
 *     article opens a story.
 * Candidates are checked against the stories' current centroids, so index
 * rebuilds never change a decision (except when a feature is held by more
 * than 4000 open stories: then only the 4000 newest postings are read).
 */
#include "story.h"

#include <math.h>
#include <stdlib.h>

#define ART_TERMS 40
#define ART_ENTS 20
#define CENT_TERMS 100
#define CENT_ENTS 50
#define QUERY_TERMS 10
#define MAX_POSTINGS_SCAN 4000
#define TOP_CANDIDATES 8
#define STORY_DATES 16
#define W_TERMS 0.75
#define W_ENTS 0.25
#define W_DATE 0.05
#define IDF_PRIOR 200.0
#define STORY_DECAY 0.9 /* each new member weighs the older ones down by this */

/* ---- a hash map from 64-bit keys to 32-bit values (open addressing) ---- */
typedef struct hmap {
    uint64_t *keys; /* 0 = empty */
    uint32_t *vals;
    size_t cap, n;
} hmap;

static uint64_t hkey(uint64_t k) { return k ? k : 0x8000000000000000ULL; }

static size_t hslot(const hmap *m, uint64_t k)
{
    uint64_t x = k * 0x9e3779b97f4a7c15ULL;
    return (size_t)(x >> 20) & (m->cap - 1);
}

static int hmap_grow(hmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 1024;
    uint64_t *keys = ng__calloc(cap, sizeof *keys);
    uint32_t *vals = ng__malloc(cap * sizeof *vals);
    if (!keys || !vals) {
        ng__free(keys);
        ng__free(vals);
        return NG_ENOMEM;
    }
    hmap nm = {keys, vals, cap, 0};
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i]) {
            size_t s = hslot(&nm, m->keys[i]);
            while (nm.keys[s])
                s = (s + 1) & (cap - 1);
            nm.keys[s] = m->keys[i];
            nm.vals[s] = m->vals[i];
            nm.n++;
        }
    ng__free(m->keys);
    ng__free(m->vals);
    *m = nm;
    return 0;
}

/* The value slot for k, inserted with value init when absent; NULL: no memory. */
static uint32_t *hmap_put(hmap *m, uint64_t k, uint32_t init)
{
    k = hkey(k);
    if ((m->n + 1) * 10 > m->cap * 7 && hmap_grow(m))
        return NULL;
    size_t s = hslot(m, k);
    while (m->keys[s] && m->keys[s] != k)
        s = (s + 1) & (m->cap - 1);
    if (!m->keys[s]) {
        m->keys[s] = k;
        m->vals[s] = init;
        m->n++;
    }
    return &m->vals[s];
}

static const uint32_t *hmap_get(const hmap *m, uint64_t k)
{
    if (!m->cap)
        return NULL;
    k = hkey(k);
    size_t s = hslot(m, k);
    while (m->keys[s]) {
        if (m->keys[s] == k)
            return &m->vals[s];
        s = (s + 1) & (m->cap - 1);
    }
    return NULL;
}

static void hmap_clear(hmap *m)
{
    if (m->cap)
        memset(m->keys, 0, m->cap * sizeof *m->keys);
    m->n = 0;
}

static void hmap_free(hmap *m)
{
    ng__free(m->keys);
    ng__free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ---- a multimap: key -> chain of 32-bit references ---- */
typedef struct mlink {
    uint32_t ref, next;
} mlink;

typedef struct mmap {
    hmap heads; /* key -> index + 1 of the newest link */
    mlink *links;
    size_t n, cap;
} mmap;

static int mmap_add(mmap *m, uint64_t k, uint32_t ref)
{
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 4096;
        mlink *l = ng__realloc(m->links, cap * sizeof *l);
        if (!l)
            return NG_ENOMEM;
        m->links = l;
        m->cap = cap;
    }
    uint32_t *h = hmap_put(&m->heads, k, 0);
    if (!h)
        return NG_ENOMEM;
    m->links[m->n].ref = ref;
    m->links[m->n].next = *h;
    *h = (uint32_t)(++m->n);
    return 0;
}

static void mmap_clear(mmap *m)
{
    hmap_clear(&m->heads);
    m->n = 0;
}

static void mmap_free(mmap *m)
{
    hmap_free(&m->heads);
    ng__free(m->links);
    memset(m, 0, sizeof *m);
}

/* ---- stories and recent articles ---- */
typedef struct story_s {
    int64_t id;
    int32_t first, last;
    uint32_t n;
    ng_fitem *terms; uint32_t nterms; /* sorted by hash */
    ng_fitem *ents; uint32_t nents;
    double tw, ew;                    /* decayed member counts of the two sums */
    int32_t dates[STORY_DATES];
    uint32_t ndates;
    uint32_t stamp, seen;
    double acc;
    int dirty;
} story_s;

typedef struct art_s {
    int64_t key, story;
    int32_t day;
    uint32_t sig[NG_MH];
} art_s;

struct ng__clus {
    double threshold;
    int window;
    hmap df;              /* feature hash -> documents */
    uint64_t ndocs;
    uint64_t *dirty_df; size_t ndirty_df, capdirty_df; /* df keys changed */
    int track;
    story_s **st; size_t nst, capst;   /* open stories, by age of opening */
    hmap story_ix;        /* story id -> index in st */
    mmap post;            /* feature hash -> story index */
    art_s *arts; size_t narts, caparts;
    mmap lsh;             /* band key -> article index */
    int64_t next_story;
    int32_t last_day, rebuilt_day;
    uint32_t stamp;
    uint32_t *cand; size_t ncand, capcand; /* candidate stories of one query */
    int broken;
};

static int push_cand(ng__clus *c, uint32_t si)
{
    if (c->ncand == c->capcand) {
        size_t cap = c->capcand ? c->capcand * 2 : 256;
        uint32_t *v = ng__realloc(c->cand, cap * sizeof *v);
        if (!v)
            return NG_ENOMEM;
        c->cand = v;
        c->capcand = cap;
    }
    c->cand[c->ncand++] = si;
    return 0;
}

/* entity hashes live in their own space so a word and a name never meet */
static uint64_t ent_key(uint32_t h) { return ((uint64_t)1 << 32) | h; }
static uint64_t term_key(uint32_t h) { return h; }

int ng__clus_new(const ng__clus_options *opts, ng__clus **out)
{
    *out = NULL;
    ng__clus *c = ng__calloc(1, sizeof *c);
    if (!c)
        return NG_ENOMEM;
    c->threshold = opts && opts->threshold > 0 ? opts->threshold : NG_STORY_THRESHOLD;
    c->window = opts && opts->window > 0 ? opts->window : NG_STORY_WINDOW;
    c->next_story = 1;
    c->track = opts ? opts->track_changes : 0;
    c->last_day = c->rebuilt_day = NG_DAY_NONE;
    *out = c;
    return 0;
}

void ng__clus_set_threshold(ng__clus *c, double threshold) { c->threshold = threshold; }

static void story_free(story_s *s)
{
    if (!s)
        return;
    ng__free(s->terms);
    ng__free(s->ents);
    ng__free(s);
}

void ng__clus_free(ng__clus *c)
{
    if (!c)
        return;
    hmap_free(&c->df);
    ng__free(c->dirty_df);
    for (size_t i = 0; i < c->nst; i++)
        story_free(c->st[i]);
    ng__free(c->st);
    hmap_free(&c->story_ix);
    mmap_free(&c->post);
    ng__free(c->arts);
    mmap_free(&c->lsh);
    ng__free(c->cand);
    ng__free(c);
}

size_t ng__clus_open_stories(const ng__clus *c) { return c->nst; }
int32_t ng__clus_last_day(const ng__clus *c) { return c->last_day; }
int ng__clus_window(const ng__clus *c) { return c->window; }

size_t ng__clus_memory(const ng__clus *c)
{
    size_t m = c->df.cap * 12 + c->capdirty_df * 8 + c->capst * sizeof(void *) + c->story_ix.cap * 12 +
               c->post.heads.cap * 12 + c->post.cap * sizeof(mlink) + c->caparts * sizeof(art_s) +
               c->lsh.heads.cap * 12 + c->lsh.cap * sizeof(mlink);
    for (size_t i = 0; i < c->nst; i++)
        m += sizeof(story_s) + (c->st[i]->nterms + c->st[i]->nents) * sizeof(ng_fitem);
    return m;
}

/* ---- document frequencies and weighting ---- */
static int df_count(ng__clus *c, uint64_t k, int track)
{
    uint32_t *v = hmap_put(&c->df, k, 0);
    if (!v)
        return NG_ENOMEM;
    (*v)++;
    if (track) {
        if (c->ndirty_df == c->capdirty_df) {
            size_t cap = c->capdirty_df ? c->capdirty_df * 2 : 4096;
            uint64_t *d = ng__realloc(c->dirty_df, cap * sizeof *d);
            if (!d)
                return NG_ENOMEM;
            c->dirty_df = d;
            c->capdirty_df = cap;
        }
        c->dirty_df[c->ndirty_df++] = k;
    }
    return 0;
}

int ng__clus_count(ng__clus *c, const ng__feat *f)
{
    c->ndocs++;
    for (uint32_t i = 0; i < f->nterms; i++)
        if (df_count(c, term_key(f->terms[i].h), 0))
            return NG_ENOMEM;
    for (uint32_t i = 0; i < f->nents; i++)
        if (df_count(c, ent_key(f->ents[i].h), 0))
            return NG_ENOMEM;
    return 0;
}

/* rate: the share of background documents holding the feature (bgdf.c).
 * IDF_PRIOR pseudo-documents hold it at that rate: without a background
 * the idf is nearly flat over a handful of documents (a new database) and
 * discriminating over thousands; with one, a new database already tells
 * rare names from common words. */
static double idf(const ng__clus *c, uint64_t k, double rate)
{
    const uint32_t *v = hmap_get(&c->df, k);
    double df = v ? *v : 0;
    return log(1.0 + ((double)c->ndocs + IDF_PRIOR) / (df + IDF_PRIOR * rate + 1.0));
}

static int cmp_w_desc(const void *a, const void *b)
{
    const ng_fitem *x = a, *y = b;
    if (x->w != y->w)
        return x->w > y->w ? -1 : 1;
    return x->h < y->h ? -1 : x->h > y->h;
}

/* (w descending, then h ascending): the order the strongest items are kept in */
static int better(const ng_fitem *x, const ng_fitem *y) { return x->w > y->w || (x->w == y->w && x->h < y->h); }

static void sift_down(ng_fitem *heap, uint32_t n, uint32_t i)
{
    for (;;) {
        uint32_t l = 2 * i + 1, r = l + 1, w = i;
        if (l < n && better(&heap[w], &heap[l]))
            w = l;
        if (r < n && better(&heap[w], &heap[r]))
            w = r;
        if (w == i)
            return;
        ng_fitem t = heap[i];
        heap[i] = heap[w];
        heap[w] = t;
        i = w;
    }
}

/* Moves the `keep` best items of v[0..n) (better()) to its front, in no
 * particular order; returns min(n, keep).  A heap whose root is the worst
 * item kept. */
static uint32_t top_keep(ng_fitem *v, uint32_t n, uint32_t keep)
{
    if (n <= keep)
        return n;
    for (uint32_t i = keep / 2; i-- > 0;)
        sift_down(v, keep, i);
    for (uint32_t i = keep; i < n; i++)
        if (better(&v[i], &v[0])) {
            v[0] = v[i];
            sift_down(v, keep, 0);
        }
    return keep;
}

/* Weights items (into out, room for n), keeps the `keep` strongest, sorts
 * them by hash and normalises to unit length; returns the count. */
static uint32_t weigh(const ng__clus *c, const ng_fitem *in, const float *rate, uint32_t n, int ents,
                      uint32_t keep, ng_fitem *out)
{
    for (uint32_t i = 0; i < n; i++) {
        out[i].h = in[i].h;
        double w = (1.0 + log(in[i].w)) *
                   idf(c, ents ? ent_key(in[i].h) : term_key(in[i].h), rate ? rate[i] : 0.0);
        out[i].w = (float)(w > 0 ? w : 0);
    }
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; i++)
        if (out[i].w > 0)
            out[m++] = out[i];
    n = top_keep(out, m, keep);
    /* the norm summed strongest first, as it always was */
    qsort(out, n, sizeof *out, cmp_w_desc);
    double norm = 0;
    for (uint32_t i = 0; i < n; i++)
        norm += (double)out[i].w * out[i].w;
    norm = sqrt(norm);
    for (uint32_t i = 0; i < n; i++)
        out[i].w = (float)(out[i].w / norm);
    ng__fitem_sort_h(out, n);
    return n;
}

static double dot(const ng_fitem *a, uint32_t na, const ng_fitem *b, uint32_t nb)
{
    double s = 0;
    uint32_t i = 0, j = 0;
    while (i < na && j < nb) {
        if (a[i].h == b[j].h)
            s += (double)a[i++].w * b[j++].w;
        else if (a[i].h < b[j].h)
            i++;
        else
            j++;
    }
    return s;
}

static const ng_fitem *find_h(const ng_fitem *a, uint32_t n, uint32_t h)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (a[mid].h < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && a[lo].h == h ? &a[lo] : NULL;
}

/* The similarity of weighted article vectors to a story-like aggregate. */
static double combine(double ct, double ce, int have_ents, int shared_date)
{
    double s = have_ents ? W_TERMS * ct + W_ENTS * ce : ct;
    if (shared_date)
        s += W_DATE;
    return s;
}

static int dates_shared(const int32_t *a, uint32_t na, const int32_t *b, uint32_t nb)
{
    for (uint32_t i = 0; i < na; i++)
        for (uint32_t j = 0; j < nb; j++)
            if (a[i] == b[j])
                return 1;
    return 0;
}

static double story_score(const story_s *s, const ng_fitem *v, uint32_t nv, const ng_fitem *e, uint32_t ne,
                          const ng__feat *f, int32_t day)
{
    /* group average: the (decayed) mean cosine with the members */
    double ct = s->tw > 0 ? dot(v, nv, s->terms, s->nterms) / s->tw : 0;
    double ce = s->ew > 0 ? dot(e, ne, s->ents, s->nents) / s->ew : 0;
    int shared = dates_shared(f->dates, f->ndates, s->dates, s->ndates);
    double sim = combine(ct, ce, ne > 0 && s->nents > 0, shared);
    if (day != NG_DAY_NONE && s->last != NG_DAY_NONE) {
        int gap = day > s->last ? day - s->last : 0;
        sim *= 1.0 - 0.1 * gap / (double)(gap + 7);
    }
    return sim;
}

double ng__clus_pair_sim(ng__clus *c, const ng__feat *a, const ng__feat *b, int terms_only)
{
    ng_fitem va[ART_TERMS], vb[ART_TERMS], ea[ART_ENTS], eb[ART_ENTS];
    ng_fitem *tmp = ng__malloc(((size_t)(a->nterms > b->nterms ? a->nterms : b->nterms) +
                                (a->nents > b->nents ? a->nents : b->nents) + 1) *
                               sizeof *tmp);
    if (!tmp)
        return 0;
    uint32_t nva = weigh(c, a->terms, a->trate, a->nterms, 0, ART_TERMS, tmp);
    memcpy(va, tmp, nva * sizeof *va);
    uint32_t nvb = weigh(c, b->terms, b->trate, b->nterms, 0, ART_TERMS, tmp);
    memcpy(vb, tmp, nvb * sizeof *vb);
    uint32_t nea = weigh(c, a->ents, NULL, a->nents, 1, ART_ENTS, tmp);
    memcpy(ea, tmp, nea * sizeof *ea);
    uint32_t neb = weigh(c, b->ents, NULL, b->nents, 1, ART_ENTS, tmp);
    memcpy(eb, tmp, neb * sizeof *eb);
    ng__free(tmp);
    double ct = dot(va, nva, vb, nvb);
    if (terms_only)
        return ct;
    double ce = dot(ea, nea, eb, neb);
    return combine(ct, ce, nea > 0 && neb > 0, dates_shared(a->dates, a->ndates, b->dates, b->ndates));
}

/* ---- index maintenance ---- */
static uint64_t band_key(const uint32_t *sig, int b)
{
    uint32_t v[NG_MH_ROWS + 1];
    v[0] = (uint32_t)b;
    memcpy(v + 1, sig + b * NG_MH_ROWS, NG_MH_ROWS * sizeof *v);
    return ng__hash(v, sizeof v);
}

static int index_article(ng__clus *c, uint32_t idx)
{
    for (int b = 0; b < NG_MH_BANDS; b++)
        if (mmap_add(&c->lsh, band_key(c->arts[idx].sig, b), idx))
            return NG_ENOMEM;
    return 0;
}

static int index_story_features(ng__clus *c, uint32_t idx, const ng_fitem *terms, uint32_t nt,
                                const ng_fitem *ents, uint32_t ne)
{
    for (uint32_t i = 0; i < nt; i++)
        if (mmap_add(&c->post, term_key(terms[i].h), idx))
            return NG_ENOMEM;
    for (uint32_t i = 0; i < ne; i++)
        if (mmap_add(&c->post, ent_key(ents[i].h), idx))
            return NG_ENOMEM;
    return 0;
}

/* Drops stories and articles older than the window and rebuilds the
 * indexes.  Only memory changes: decisions never depend on it. */
static int rebuild(ng__clus *c)
{
    int32_t cut = c->last_day - c->window;
    size_t o = 0;
    for (size_t i = 0; i < c->nst; i++) {
        story_s *s = c->st[i];
        if (s->last != NG_DAY_NONE && s->last < cut && !(c->track && s->dirty))
            story_free(s);
        else
            c->st[o++] = s;
    }
    c->nst = o;
    o = 0;
    for (size_t i = 0; i < c->narts; i++)
        if (c->arts[i].day == NG_DAY_NONE || c->arts[i].day >= cut)
            c->arts[o++] = c->arts[i];
    c->narts = o;
    hmap_clear(&c->story_ix);
    mmap_clear(&c->post);
    mmap_clear(&c->lsh);
    for (size_t i = 0; i < c->nst; i++) {
        uint32_t *v = hmap_put(&c->story_ix, (uint64_t)c->st[i]->id, (uint32_t)i);
        if (!v || index_story_features(c, (uint32_t)i, c->st[i]->terms, c->st[i]->nterms, c->st[i]->ents,
                                       c->st[i]->nents))
            return NG_ENOMEM;
        *v = (uint32_t)i;
    }
    for (size_t i = 0; i < c->narts; i++)
        if (index_article(c, (uint32_t)i))
            return NG_ENOMEM;
    c->rebuilt_day = c->last_day;
    return 0;
}

/* Adds vector add[0..na) into *dst (sorted by hash), keeps the `keep`
 * strongest; reports in fresh the items that were not there before. */
static int merge_into(ng_fitem **dst, uint32_t *nd, const ng_fitem *add, uint32_t na, uint32_t keep,
                      ng_fitem *fresh, uint32_t *nfresh)
{
    for (uint32_t k = 0; k < *nd; k++)
        (*dst)[k].w *= (float)STORY_DECAY;
    ng_fitem *m = ng__malloc(((size_t)*nd + na + 1) * sizeof *m);
    if (!m)
        return NG_ENOMEM;
    uint32_t i = 0, j = 0, n = 0;
    const ng_fitem *a = *dst;
    *nfresh = 0;
    while (i < *nd || j < na) {
        if (j >= na || (i < *nd && a[i].h < add[j].h))
            m[n++] = a[i++];
        else if (i >= *nd || add[j].h < a[i].h) {
            fresh[(*nfresh)++] = add[j];
            m[n++] = add[j++];
        } else {
            m[n] = a[i++];
            m[n++].w += add[j++].w;
        }
    }
    if (n > keep) {
        n = top_keep(m, n, keep);
        ng__fitem_sort_h(m, n);
        /* fresh items that were cut are not fresh */
        uint32_t o = 0;
        for (uint32_t k = 0; k < *nfresh; k++)
            if (find_h(m, n, fresh[k].h))
                fresh[o++] = fresh[k];
        *nfresh = o;
    }
    ng__free(*dst);
    *dst = m;
    *nd = n;
    return 0;
}

static int push_story(ng__clus *c, story_s *s)
{
    if (c->nst == c->capst) {
        size_t cap = c->capst ? c->capst * 2 : 256;
        story_s **v = ng__realloc(c->st, cap * sizeof *v);
        if (!v)
            return NG_ENOMEM;
        c->st = v;
        c->capst = cap;
    }
    uint32_t *ix = hmap_put(&c->story_ix, (uint64_t)s->id, (uint32_t)c->nst);
    if (!ix)
        return NG_ENOMEM;
    *ix = (uint32_t)c->nst;
    c->st[c->nst++] = s;
    return 0;
}

static int push_article(ng__clus *c, int64_t key, int64_t story, int32_t day, const uint32_t *sig)
{
    if (c->narts == c->caparts) {
        size_t cap = c->caparts ? c->caparts * 2 : 1024;
        art_s *v = ng__realloc(c->arts, cap * sizeof *v);
        if (!v)
            return NG_ENOMEM;
        c->arts = v;
        c->caparts = cap;
    }
    art_s *a = &c->arts[c->narts];
    a->key = key;
    a->story = story;
    a->day = day;
    memcpy(a->sig, sig, sizeof a->sig);
    c->narts++;
    return index_article(c, (uint32_t)(c->narts - 1));
}

static story_s *find_story(ng__clus *c, int64_t id)
{
    const uint32_t *ix = hmap_get(&c->story_ix, (uint64_t)id);
    return ix && *ix < c->nst && c->st[*ix]->id == id ? c->st[*ix] : NULL;
}

static int in_window(const ng__clus *c, int32_t a, int32_t b)
{
    if (a == NG_DAY_NONE || b == NG_DAY_NONE)
        return 1;
    int32_t g = a > b ? a - b : b - a;
    return g <= c->window;
}

int ng__clus_add(ng__clus *c, int64_t key, const ng__feat *f, ng__clus_result *res)
{
    memset(res, 0, sizeof *res);
    if (c->broken)
        return NG_ENOMEM;
    int32_t day = f->day;
    if (day != NG_DAY_NONE && (c->last_day == NG_DAY_NONE || day > c->last_day)) {
        c->last_day = day;
        if (c->rebuilt_day == NG_DAY_NONE || day - c->rebuilt_day >= 2 ||
            c->post.n > 8 * (c->nst * 60 + 1024)) {
            if (rebuild(c))
                goto oom;
        }
    }
    /* 1. near-duplicates */
    story_s *target = NULL;
    if (f->has_sig) {
        double bestj = 0;
        const art_s *best = NULL;
        for (int b = 0; b < NG_MH_BANDS; b++) {
            const uint32_t *h = hmap_get(&c->lsh.heads, band_key(f->sig, b));
            for (uint32_t l = h ? *h : 0; l; l = c->lsh.links[l - 1].next) {
                const art_s *a = &c->arts[c->lsh.links[l - 1].ref];
                if (a->key == key || !in_window(c, a->day, day))
                    continue;
                int same = 0;
                for (int i = 0; i < NG_MH; i++)
                    same += a->sig[i] == f->sig[i];
                double j = (double)same / NG_MH;
                if (j > bestj || (j == bestj && best && a->key < best->key)) {
                    bestj = j;
                    best = a;
                }
            }
        }
        if (best && bestj >= NG_NEARDUP_J) {
            story_s *s = find_story(c, best->story);
            if (s) {
                res->near_dup = best->key;
                res->score = res->best = 1.0;
                target = s;
            }
        }
    }
    /* 2. weigh the article, counting it first */
    c->ndocs++;
    for (uint32_t i = 0; i < f->nterms; i++)
        if (df_count(c, term_key(f->terms[i].h), c->track))
            goto oom;
    for (uint32_t i = 0; i < f->nents; i++)
        if (df_count(c, ent_key(f->ents[i].h), c->track))
            goto oom;
    ng_fitem *tmp = ng__malloc(((size_t)f->nterms + f->nents + 1) * sizeof *tmp);
    if (!tmp)
        goto oom;
    ng_fitem v[ART_TERMS], e[ART_ENTS], fresh_t[ART_TERMS], fresh_e[ART_ENTS];
    uint32_t nv = weigh(c, f->terms, f->trate, f->nterms, 0, ART_TERMS, tmp);
    memcpy(v, tmp, nv * sizeof *v);
    uint32_t ne = weigh(c, f->ents, NULL, f->nents, 1, ART_ENTS, tmp);
    memcpy(e, tmp, ne * sizeof *e);
    ng__free(tmp);

    /* 3. candidate stories: postings give a partial dot product for each
     * open story holding a query feature; the best few are scored fully */
    if (!target) {
        ng_fitem q[ART_TERMS + ART_ENTS];
        memcpy(q, v, nv * sizeof *v);
        qsort(q, nv, sizeof *q, cmp_w_desc);
        uint32_t nq = nv < QUERY_TERMS ? nv : QUERY_TERMS;
        c->stamp++;
        size_t ncand = 0;
        for (uint32_t k = 0; k < nq + ne; k++) {
            int is_ent = k >= nq;
            uint32_t h = is_ent ? e[k - nq].h : q[k].h;
            double qw = is_ent ? W_ENTS * e[k - nq].w : W_TERMS * q[k].w;
            const uint32_t *head = hmap_get(&c->post.heads, is_ent ? ent_key(h) : term_key(h));
            int scanned = 0;
            for (uint32_t l = head ? *head : 0; l && scanned < MAX_POSTINGS_SCAN;
                 l = c->post.links[l - 1].next, scanned++) {
                uint32_t si = c->post.links[l - 1].ref;
                if (si >= c->nst)
                    continue;
                story_s *s = c->st[si];
                if (!in_window(c, s->last, day))
                    continue;
                const ng_fitem *it = is_ent ? find_h(s->ents, s->nents, h) : find_h(s->terms, s->nterms, h);
                if (!it)
                    continue;
                if (s->stamp != c->stamp) {
                    s->stamp = c->stamp;
                    s->acc = 0;
                    s->seen = 0;
                    if (push_cand(c, si))
                        goto oom;
                    ncand++;
                }
                /* a story is posted once per feature, but postings may repeat */
                uint32_t bit = 1u << (k % 32);
                if (!(s->seen & bit)) {
                    s->seen |= bit;
                    s->acc += qw * it->w / (is_ent ? (s->ew > 0 ? s->ew : 1) : (s->tw > 0 ? s->tw : 1));
                }
            }
        }
        /* keep the TOP_CANDIDATES best partial scores (ties: older story) */
        size_t keep = ncand < TOP_CANDIDATES ? ncand : TOP_CANDIDATES;
        for (size_t i = 0; i < keep; i++) {
            size_t bi = i;
            for (size_t j = i + 1; j < ncand; j++) {
                const story_s *x = c->st[c->cand[j]], *y = c->st[c->cand[bi]];
                if (x->acc > y->acc || (x->acc == y->acc && x->id < y->id))
                    bi = j;
            }
            uint32_t t = c->cand[i];
            c->cand[i] = c->cand[bi];
            c->cand[bi] = t;
        }
        double best = -1;
        story_s *bs = NULL;
        for (size_t i = 0; i < keep; i++) {
            story_s *s = c->st[c->cand[i]];
            double sc = story_score(s, v, nv, e, ne, f, day);
            if (sc > best || (sc == best && bs && s->id < bs->id)) {
                best = sc;
                bs = s;
            }
        }
        c->ncand = 0;
        res->best = bs ? best : 0;
        if (bs && best >= c->threshold) {
            target = bs;
            res->score = best;
        }
    }
    if (!target) {
        target = ng__calloc(1, sizeof *target);
        if (!target || (target->id = c->next_story++, push_story(c, target))) {
            ng__free(target);
            goto oom;
        }
        target->first = target->last = day;
        res->new_story = 1;
    }
    /* 4. update the story */
    uint32_t nft, nfe;
    if (merge_into(&target->terms, &target->nterms, v, nv, CENT_TERMS, fresh_t, &nft) ||
        merge_into(&target->ents, &target->nents, e, ne, CENT_ENTS, fresh_e, &nfe))
        goto oom;
    target->tw = target->tw * STORY_DECAY + (nv ? 1 : 0);
    target->ew = target->ew * STORY_DECAY + (ne ? 1 : 0);
    const uint32_t *ix = hmap_get(&c->story_ix, (uint64_t)target->id);
    if (!ix || index_story_features(c, *ix, fresh_t, nft, fresh_e, nfe))
        goto oom;
    if (day != NG_DAY_NONE) {
        if (target->last == NG_DAY_NONE || day > target->last)
            target->last = day;
        if (target->first == NG_DAY_NONE || day < target->first)
            target->first = day;
    }
    for (uint32_t i = 0; i < f->ndates; i++) {
        uint32_t k;
        for (k = 0; k < target->ndates && target->dates[k] != f->dates[i]; k++)
            ;
        if (k == target->ndates) {
            if (target->ndates == STORY_DATES) /* keep the latest: drop the oldest entry */
                memmove(target->dates, target->dates + 1, (STORY_DATES - 1) * sizeof target->dates[0]),
                    target->ndates--;
            target->dates[target->ndates++] = f->dates[i];
        }
    }
    target->n++;
    target->dirty = 1;
    res->story = target->id;
    if (f->has_sig && push_article(c, key, target->id, day, f->sig))
        goto oom;
    return 0;
oom:
    c->broken = 1;
    return NG_ENOMEM;
}

/* ---- state for the store ---- */
int ng__clus_dirty_df(ng__clus *c, int (*fn)(void *ud, uint64_t key, uint32_t n), void *ud)
{
    int rc = 0;
    for (size_t i = 0; i < c->ndirty_df && !rc; i++) {
        const uint32_t *v = hmap_get(&c->df, c->dirty_df[i]);
        rc = fn(ud, c->dirty_df[i], v ? *v : 0);
    }
    c->ndirty_df = 0;
    return rc;
}

static void put_u32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

static uint32_t get_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int ng__clus_dirty_stories(ng__clus *c,
                           int (*fn)(void *ud, int64_t story, int32_t first, int32_t last, uint32_t n,
                                     const void *blob, size_t len),
                           void *ud)
{
    int rc = 0;
    for (size_t i = 0; i < c->nst && !rc; i++) {
        story_s *s = c->st[i];
        if (!s->dirty)
            continue;
        size_t len = 12 + 8 * ((size_t)s->nterms + s->nents) + 4 * (size_t)s->ndates + 8;
        unsigned char *b = ng__malloc(len), *p = b;
        if (!b)
            return NG_ENOMEM;
        put_u32(p, s->nterms), put_u32(p + 4, s->nents), put_u32(p + 8, s->ndates);
        p += 12;
        for (uint32_t k = 0; k < s->nterms; k++, p += 8) {
            uint32_t w;
            memcpy(&w, &s->terms[k].w, 4);
            put_u32(p, s->terms[k].h), put_u32(p + 4, w);
        }
        for (uint32_t k = 0; k < s->nents; k++, p += 8) {
            uint32_t w;
            memcpy(&w, &s->ents[k].w, 4);
            put_u32(p, s->ents[k].h), put_u32(p + 4, w);
        }
        for (uint32_t k = 0; k < s->ndates; k++, p += 4)
            put_u32(p, (uint32_t)s->dates[k]);
        float tw = (float)s->tw, ew = (float)s->ew;
        uint32_t a, bb;
        memcpy(&a, &tw, 4);
        memcpy(&bb, &ew, 4);
        put_u32(p, a), put_u32(p + 4, bb);
        rc = fn(ud, s->id, s->first, s->last, s->n, b, len);
        ng__free(b);
        if (!rc)
            s->dirty = 0;
    }
    return rc;
}

void ng__clus_set_ndocs(ng__clus *c, uint64_t n, int64_t next_story)
{
    c->ndocs = n;
    if (next_story > c->next_story)
        c->next_story = next_story;
}

int ng__clus_load_df(ng__clus *c, uint64_t key, uint32_t n)
{
    uint32_t *v = hmap_put(&c->df, key, 0);
    if (!v)
        return NG_ENOMEM;
    *v = n;
    return 0;
}

int ng__clus_load_story(ng__clus *c, int64_t story, int32_t first, int32_t last, uint32_t n, const void *blob,
                        size_t len)
{
    const unsigned char *p = blob;
    if (len < 12)
        return NG_EPARSE;
    uint32_t nt = get_u32(p), ne = get_u32(p + 4), nd = get_u32(p + 8);
    size_t base_len = 12 + 8 * ((size_t)nt + ne) + 4 * (size_t)nd;
    if (nt > CENT_TERMS || ne > CENT_ENTS || nd > STORY_DATES || (len != base_len && len != base_len + 8))
        return NG_EPARSE;
    story_s *s = ng__calloc(1, sizeof *s);
    if (!s)
        return NG_ENOMEM;
    s->id = story, s->first = first, s->last = last, s->n = n;
    s->terms = ng__malloc((nt + 1) * sizeof *s->terms);
    s->ents = ng__malloc((ne + 1) * sizeof *s->ents);
    if (!s->terms || !s->ents) {
        story_free(s);
        return NG_ENOMEM;
    }
    p += 12;
    for (uint32_t k = 0; k < nt; k++, p += 8) {
        uint32_t w = get_u32(p + 4);
        s->terms[k].h = get_u32(p);
        memcpy(&s->terms[k].w, &w, 4);
    }
    for (uint32_t k = 0; k < ne; k++, p += 8) {
        uint32_t w = get_u32(p + 4);
        s->ents[k].h = get_u32(p);
        memcpy(&s->ents[k].w, &w, 4);
    }
    for (uint32_t k = 0; k < nd; k++, p += 4)
        s->dates[k] = (int32_t)get_u32(p);
    s->nterms = nt, s->nents = ne, s->ndates = nd;
    /* weights finite and positive, hashes non-zero and strictly increasing */
    for (int part = 0; part < 2; part++) {
        const ng_fitem *v = part ? s->ents : s->terms;
        uint32_t cnt = part ? ne : nt;
        for (uint32_t k = 0; k < cnt; k++)
            if (!(v[k].w > 0 && v[k].w < 1e30f) || v[k].h == 0 || (k && v[k].h <= v[k - 1].h)) {
                story_free(s);
                return NG_EPARSE;
            }
    }
    if (len == base_len + 8) {
        uint32_t a = get_u32(p), b = get_u32(p + 4);
        float fa, fb;
        memcpy(&fa, &a, 4);
        memcpy(&fb, &b, 4);
        s->tw = fa, s->ew = fb;
    } else { /* written before the decayed counts were kept */
        s->tw = s->ew = n;
    }
    if (!(s->tw >= 0 && s->tw < 1e9) || !(s->ew >= 0 && s->ew < 1e9)) {
        story_free(s);
        return NG_EPARSE;
    }
    if (push_story(c, s)) {
        story_free(s);
        return NG_ENOMEM;
    }
    if (index_story_features(c, (uint32_t)(c->nst - 1), s->terms, nt, s->ents, ne))
        return NG_ENOMEM;
    if (story >= c->next_story)
        c->next_story = story + 1;
    if (last != NG_DAY_NONE && (c->last_day == NG_DAY_NONE || last > c->last_day))
        c->last_day = last;
    return 0;
}

int ng__clus_load_article(ng__clus *c, int64_t key, int64_t story, int32_t day, const uint32_t sig[NG_MH])
{
    return push_article(c, key, story, day, sig);
}
