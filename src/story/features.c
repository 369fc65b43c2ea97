/*
 * features.c -- what the story clusterer knows of an article.
 *
 * From a processed document: key terms (word tokens of three or more
 * letters, lower-cased, stop words dropped, stemmed with the Snowball
 * English stemmer; numbers of two or more digits kept as they are; headline
 * terms count twice), named entities by canonical name (from the entities
 * table; when the annotator found none, capitalised word sequences stand in),
 * the publication day, the dates the text mentions (the times table), a
 * one-permutation MinHash signature over word 4-shingles for near-duplicate
 * detection, and a hash of the whole text for exact duplicates.
 */
#include "story.h"

#include <libstemmer.h>
#include <stdlib.h>

/* Stemming is most of the cost of the features: a direct-mapped cache from
 * lower-cased word to what add_term makes of it (skipped, or the stem's
 * hash) avoids the stemmer for the words seen before.  Entries hold the word
 * itself, so a hit gives exactly what the stemmer would. */
#define STEM_CACHE_BITS 16
#define STEM_WORD_MAX 27
typedef struct stem_ent {
    uint64_t h;                 /* hash of the lower-cased word; 0: empty */
    uint32_t val;               /* the term hash, or 0: not a term */
    uint8_t len;
    char w[STEM_WORD_MAX];
} stem_ent;

/* Term counts of one document: an open-addressing table (hash -> index
 * into the list), reused from document to document. */
#define ACC_BITS 12

struct ng__featx {
    struct sb_stemmer *stem;
    stem_ent *cache;
    uint32_t *acc;              /* slot -> index + 1 into the list being built */
    uint32_t *acc_used;         /* slots in use, to clear them */
    size_t nacc_used;
};

static void stop_init(void);

int ng__featx_new(ng__featx **out)
{
    *out = NULL;
    stop_init();
    ng__featx *x = ng__calloc(1, sizeof *x);
    if (!x)
        return NG_ENOMEM;
    x->stem = sb_stemmer_new("english", NULL);
    x->cache = ng__calloc((size_t)1 << STEM_CACHE_BITS, sizeof *x->cache);
    x->acc = ng__calloc((size_t)1 << ACC_BITS, sizeof *x->acc);
    x->acc_used = ng__malloc(((size_t)1 << ACC_BITS) * sizeof *x->acc_used);
    if (!x->stem || !x->cache || !x->acc || !x->acc_used) {
        ng__featx_free(x);
        return NG_ENOMEM;
    }
    *out = x;
    return 0;
}

void ng__featx_free(ng__featx *x)
{
    if (!x)
        return;
    if (x->stem)
        sb_stemmer_delete(x->stem);
    ng__free(x->cache);
    ng__free(x->acc);
    ng__free(x->acc_used);
    ng__free(x);
}

void ng__feat_free(ng__feat *f)
{
    if (!f)
        return;
    ng__free(f->terms);
    ng__free(f->trate);
    ng__free(f->ents);
    ng__free(f);
}

/* English function words and news boilerplate that say nothing of the event. */
static const char *const stopwords[] = {
    "about", "above", "according", "across", "after", "again", "against", "all", "almost", "along",
    "already", "also", "although", "always", "among", "and", "another", "any", "anyone", "are",
    "around", "because", "been", "before", "being", "below", "between", "both", "but", "can",
    "cannot", "could", "did", "does", "doing", "down", "during", "each", "either", "else", "even",
    "ever", "every", "few", "for", "from", "further", "get", "gets", "got", "had", "has", "have",
    "having", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "into",
    "its", "itself", "just", "last", "least", "less", "let", "like", "made", "make", "many", "may",
    "might", "more", "most", "much", "must", "near", "need", "never", "new", "next", "nor", "not",
    "now", "off", "often", "once", "one", "only", "other", "others", "our", "ours", "ourselves",
    "out", "over", "own", "per", "perhaps", "put", "rather", "said", "same", "say", "says", "see",
    "seen", "several", "shall", "she", "should", "since", "some", "still", "such", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
    "those", "though", "three", "through", "thus", "told", "too", "two", "under", "until", "upon",
    "very", "was", "way", "well", "were", "what", "when", "where", "whether", "which", "while",
    "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "year", "years",
    "yet", "you", "your", "yours", "yourself", "week", "day", "days", "time", "first", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms",
};

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The stop words' hashes, sorted once (the table is read-only afterwards;
 * the first call is made before any thread starts, by ng__featx_new). */
static uint64_t stop_hash[NG_ARRAY_LEN(stopwords)];
static void stop_init(void)
{
    static int ready;
    if (ready)
        return;
    for (size_t i = 0; i < NG_ARRAY_LEN(stopwords); i++)
        stop_hash[i] = ng__hash(stopwords[i], strlen(stopwords[i]));
    qsort(stop_hash, NG_ARRAY_LEN(stop_hash), sizeof stop_hash[0], cmp_u64);
    ready = 1;
}

static int is_stop(const char *w)
{
    size_t n = strlen(w);
    if (n < 2 || n > 10)
        return 0;
    uint64_t h = ng__hash(w, n);
    return bsearch(&h, stop_hash, NG_ARRAY_LEN(stop_hash), sizeof h, cmp_u64) != NULL;
}

/* A growable list of (hash, count) pairs, merged by hash at the end. */
typedef struct flist {
    ng_fitem *v;
    size_t n, cap;
    int err;
} flist;

static void fl_push(flist *l, uint32_t h, float w)
{
    if (l->err)
        return;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        ng_fitem *v = ng__realloc(l->v, cap * sizeof *v);
        if (!v) {
            l->err = NG_ENOMEM;
            return;
        }
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n].h = h ? h : 1;
    l->v[l->n].w = w;
    l->n++;
}

static int cmp_fitem(const void *a, const void *b)
{
    uint32_t x = ((const ng_fitem *)a)->h, y = ((const ng_fitem *)b)->h;
    return x < y ? -1 : x > y;
}

/* Sorts by hash (quicksort, insertion sort below 16 items); a total order
 * when the hashes are distinct, so the result does not depend on the
 * algorithm. */
void ng__fitem_sort_h(ng_fitem *v, size_t n)
{
    while (n > 16) {
        uint32_t a = v[0].h, b = v[n / 2].h, c = v[n - 1].h;
        uint32_t p = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
        size_t i = 0, j = n - 1;
        for (;;) {
            while (v[i].h < p)
                i++;
            while (v[j].h > p)
                j--;
            if (i >= j)
                break;
            ng_fitem t = v[i];
            v[i] = v[j];
            v[j] = t;
            i++, j--;
        }
        /* recurse into the smaller part, loop on the larger */
        if (j + 1 < n - j - 1) {
            ng__fitem_sort_h(v, j + 1);
            v += j + 1;
            n -= j + 1;
        } else {
            ng__fitem_sort_h(v + j + 1, n - j - 1);
            n = j + 1;
        }
    }
    for (size_t i = 1; i < n; i++) {
        ng_fitem t = v[i];
        size_t k = i;
        while (k > 0 && v[k - 1].h > t.h) {
            v[k] = v[k - 1];
            k--;
        }
        v[k] = t;
    }
}

/* Sums equal hashes (in push order) and sorts by hash; returns the new
 * length.  x's table does the summing when the distinct hashes fit in it. */
static uint32_t fl_merge(ng__featx *x, flist *l)
{
    if (l->n == 0)
        return 0;
    const size_t cap = (size_t)1 << ACC_BITS, mask = cap - 1;
    size_t o = 0, i;
    x->nacc_used = 0;
    for (i = 0; i < l->n && o < cap / 2; i++) {
        uint32_t h = l->v[i].h;
        size_t s = (size_t)((h * 0x9e3779b1u) >> (32 - ACC_BITS));
        while (x->acc[s] && l->v[x->acc[s] - 1].h != h)
            s = (s + 1) & mask;
        if (x->acc[s]) {
            l->v[x->acc[s] - 1].w += l->v[i].w;
        } else {
            l->v[o] = l->v[i];
            x->acc[s] = (uint32_t)++o;
            x->acc_used[x->nacc_used++] = (uint32_t)s;
        }
    }
    for (size_t k = 0; k < x->nacc_used; k++)
        x->acc[x->acc_used[k]] = 0;
    if (i < l->n) {
        /* too many distinct hashes for the table: sort and sum the rest
         * (msort is stable, so equal hashes still sum in push order) */
        memmove(l->v + o, l->v + i, (l->n - i) * sizeof *l->v);
        l->n = o + (l->n - i);
        qsort(l->v, l->n, sizeof *l->v, cmp_fitem);
        o = 0;
        for (i = 1; i < l->n; i++) {
            if (l->v[i].h == l->v[o].h)
                l->v[o].w += l->v[i].w;
            else
                l->v[++o] = l->v[i];
        }
        l->n = o + 1;
        return (uint32_t)l->n;
    }
    l->n = o;
    ng__fitem_sort_h(l->v, l->n);
    return (uint32_t)l->n;
}

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* Lower-cases ASCII letters of s[0..n) into out (room for n+1); other bytes
 * are copied.  Returns the number of ASCII letters. */
static size_t lower(const char *s, size_t n, char *out)
{
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
            letters++;
        } else if (c >= 'a' && c <= 'z') {
            letters++;
        } else if ((unsigned char)c >= 0x80) {
            letters++;
        }
        out[i] = c;
    }
    out[n] = 0;
    return letters;
}

static int is_name_token(const ng_doc *d, size_t i)
{
    const ng_token *t = &d->tokens.v[i];
    return t->kind == NG_TOK_WORD && (t->flags & NG_TF_CAP) && t->end - t->start >= 2;
}

/* Capitalised word sequences as stand-in entities: a sentence-initial
 * capitalised word counts only when another one follows it or when it is not
 * a stop word. */
static void pseudo_entities(const ng_doc *d, flist *ents)
{
    char buf[256];
    for (size_t i = 0; i < d->tokens.n;) {
        if (!is_name_token(d, i)) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < d->tokens.n && is_name_token(d, j) && !(d->tokens.v[j].flags & NG_TF_SENT) &&
               j - i < 5)
            j++;
        uint32_t s = d->tokens.v[i].start, e = d->tokens.v[j - 1].end;
        if (e - s < sizeof buf) {
            lower(d->text + s, e - s, buf);
            if (!(j == i + 1 && is_stop(buf)) &&
                !(j == i + 1 && (d->tokens.v[i].flags & NG_TF_SENT) && strlen(buf) < 4))
                fl_push(ents, (uint32_t)ng__hash(buf, e - s), 1.0f);
        }
        i = j;
    }
}

/* One-permutation MinHash with rotation densification over 4-shingles of
 * lower-cased words and numbers: mh_push takes each word's hash in text
 * order, mh_finish writes the signature. */
typedef struct mh_state {
    uint64_t win[4];
    uint32_t bins[NG_MH];
    size_t nw;
} mh_state;

static void mh_init(mh_state *m)
{
    memset(m->win, 0, sizeof m->win);
    for (int i = 0; i < NG_MH; i++)
        m->bins[i] = UINT32_MAX;
    m->nw = 0;
}

static void mh_push(mh_state *m, uint64_t wh)
{
    m->win[m->nw % 4] = wh;
    m->nw++;
    if (m->nw < 4)
        return;
    uint64_t h = 0;
    for (size_t k = m->nw - 4; k < m->nw; k++)
        h = mix64(h ^ m->win[k % 4]);
    uint32_t bin = (uint32_t)(h % NG_MH);
    uint32_t val = (uint32_t)(h >> 32);
    if (val < m->bins[bin])
        m->bins[bin] = val;
}

static void mh_finish(const mh_state *m, ng__feat *f)
{
    f->has_sig = m->nw >= 4;
    if (!f->has_sig) {
        memset(f->sig, 0, sizeof f->sig);
        return;
    }
    for (int i = 0; i < NG_MH; i++) {
        int j = i, hop = 0;
        while (m->bins[j] == UINT32_MAX) {
            j = (j + 1) % NG_MH;
            hop++;
        }
        /* an empty bin borrows from the next full one, marked by the distance */
        f->sig[i] = hop ? (uint32_t)mix64(((uint64_t)m->bins[j] << 8) | (uint64_t)hop) : m->bins[i];
    }
}

double ng__minhash_jaccard(const ng__feat *a, const ng__feat *b)
{
    if (!a->has_sig || !b->has_sig)
        return 0;
    int same = 0;
    for (int i = 0; i < NG_MH; i++)
        same += a->sig[i] == b->sig[i];
    return (double)same / NG_MH;
}

/* Adds the term of a lower-cased word or number buf[0..n) (letters: its
 * letter count, h: ng__hash of it). */
static void add_lowered(ng__featx *x, const char *buf, size_t n, size_t letters, uint64_t h, int is_num,
                        float w, flist *terms)
{
    if (is_num) {
        if (n < 2)
            return;
        fl_push(terms, (uint32_t)h ^ 0x9e3779b9u, w);
        return;
    }
    if (letters < 3)
        return;
    h = h ? h : 1;
    stem_ent *ce = NULL;
    if (n <= STEM_WORD_MAX) {
        ce = &x->cache[h & (((uint64_t)1 << STEM_CACHE_BITS) - 1)];
        if (ce->h == h && ce->len == n && !memcmp(ce->w, buf, n)) {
            if (ce->val)
                fl_push(terms, ce->val, w);
            return;
        }
    }
    uint32_t val = 0;
    if (!is_stop(buf)) {
        const sb_symbol *st = sb_stemmer_stem(x->stem, (const sb_symbol *)buf, (int)n);
        if (!st) {
            terms->err = NG_ENOMEM;
            return;
        }
        int sl = sb_stemmer_length(x->stem);
        val = (uint32_t)ng__hash(st, (size_t)sl);
        val = val ? val : 1;
    }
    if (ce) {
        ce->h = h;
        ce->len = (uint8_t)n;
        memcpy(ce->w, buf, n);
        ce->val = val;
    }
    if (val)
        fl_push(terms, val, w);
}

static void add_term(ng__featx *x, const char *s, size_t n, int is_num, float w, flist *terms)
{
    char buf[128];
    if (n >= sizeof buf)
        return;
    size_t letters = lower(s, n, buf);
    add_lowered(x, buf, n, letters, ng__hash(buf, n), is_num, w, terms);
}

int ng__feat_compute(ng__featx *x, const ng_doc *d, ng__feat **out)
{
    *out = NULL;
    ng__feat *f = ng__calloc(1, sizeof *f);
    if (!f)
        return NG_ENOMEM;
    flist terms = {0}, ents = {0};
    /* one pass over the words: each is lower-cased and hashed once for
     * both the terms and the shingles (the shingles see the first 127 bytes
     * of a longer word, which is no term) */
    mh_state mh;
    mh_init(&mh);
    char word[128];
    for (size_t i = 0; i < d->tokens.n; i++) {
        const ng_token *t = &d->tokens.v[i];
        if (t->kind != NG_TOK_WORD && t->kind != NG_TOK_NUMBER)
            continue;
        size_t n = t->end - t->start, m = n < sizeof word ? n : sizeof word - 1;
        size_t letters = lower(d->text + t->start, m, word);
        uint64_t h = ng__hash(word, m);
        mh_push(&mh, h);
        if (n == m)
            add_lowered(x, word, n, letters, h, t->kind == NG_TOK_NUMBER, 1.0f, &terms);
    }
    const char *title = d->field[NG_FIELD_TITLE];
    if (title) {
        /* the headline is not tokenised: split it on non-alphanumerics */
        const char *p = title;
        while (*p) {
            while (*p && !((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
                           (unsigned char)*p >= 0x80))
                p++;
            const char *s = p;
            int num = 1;
            while (*p && ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
                          (unsigned char)*p >= 0x80)) {
                if (!(*p >= '0' && *p <= '9'))
                    num = 0;
                p++;
            }
            if (p > s)
                add_term(x, s, (size_t)(p - s), num, 2.0f, &terms);
        }
    }
    if (d->entities.n) {
        char buf[256];
        for (size_t i = 0; i < d->entities.n; i++) {
            const ng_entity *e = &d->entities.v[i];
            if (!e->name)
                continue;
            size_t n = strlen(e->name);
            if (n == 0 || n >= sizeof buf)
                continue;
            lower(e->name, n, buf);
            fl_push(&ents, (uint32_t)ng__hash(buf, n), (float)(e->nmentions ? e->nmentions : 1));
        }
    } else if (d->mentions.n) {
        /* the tagger's mentions, when the resolver has not named entities */
        char buf[256];
        for (size_t i = 0; i < d->mentions.n; i++) {
            const ng_mention *m = &d->mentions.v[i];
            if (m->end <= m->start || m->end - m->start >= sizeof buf || m->end > d->len)
                continue;
            lower(d->text + m->start, m->end - m->start, buf);
            fl_push(&ents, (uint32_t)ng__hash(buf, m->end - m->start), 1.0f);
        }
    } else {
        pseudo_entities(d, &ents);
    }
    if (terms.err || ents.err) {
        ng__free(terms.v);
        ng__free(ents.v);
        ng__free(f);
        return NG_ENOMEM;
    }
    f->nterms = fl_merge(x, &terms);
    f->terms = terms.v;
    f->nents = fl_merge(x, &ents);
    f->ents = ents.v;
    if (d->bgdf && f->nterms) {
        f->trate = ng__malloc(f->nterms * sizeof *f->trate);
        if (!f->trate) {
            ng__feat_free(f);
            return NG_ENOMEM;
        }
        for (uint32_t i = 0; i < f->nterms; i++)
            f->trate[i] = (float)ng__bgdf_rate(d->bgdf, f->terms[i].h);
    }
    f->day = d->pub_year ? ng__days_from_civil(d->pub_year, d->pub_month ? d->pub_month : 1,
                                               d->pub_day ? d->pub_day : 1)
                         : NG_DAY_NONE;
    for (size_t i = 0; i < d->times.n && f->ndates < NG_ARRAY_LEN(f->dates); i++) {
        const ng_time *t = &d->times.v[i];
        int y, m, dd;
        if (t->type != NG_TIME_DATE || !t->value || ng__parse_iso_date(t->value, &y, &m, &dd) != 0 || !dd)
            continue;
        int32_t day = ng__days_from_civil(y, m, dd);
        uint32_t k;
        for (k = 0; k < f->ndates && f->dates[k] != day; k++)
            ;
        if (k == f->ndates)
            f->dates[f->ndates++] = day;
    }
    mh_finish(&mh, f);
    f->text_hash = ng__hash(d->text, d->len);
    *out = f;
    return 0;
}
