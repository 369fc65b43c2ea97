/*
 * story.h -- near-duplicates and online story clustering (internal).
 *
 * An article becomes an ng__feat: its stemmed key terms with counts, its
 * named entities (canonical names; places included), its publication day,
 * the dates it mentions, a MinHash signature over word 4-shingles and a hash
 * of its text.  Features are heap objects that outlive the document.
 *
 * The clusterer (ng__clus) takes features in time order and decides, for
 * each, whether it is a near-duplicate of an article seen in the last
 * NG_STORY_WINDOW days and which story it joins (or opens).  It keeps in
 * memory only what is open: document frequencies, the stories whose last
 * article is within the window, and the recent articles' signatures.  It
 * knows nothing of SQLite: the store saves and reloads its state through
 * the serialisation functions below.  Decisions depend only on the state
 * and the input, never on timing or on when indexes were rebuilt, so the
 * same input in the same order gives the same stories whether it arrives in
 * one run or many.
 */
#ifndef NG_STORY_H
#define NG_STORY_H

#include "../doc.h"

#define NG_MH 64                 /* MinHash values per signature */
#define NG_MH_BANDS 21           /* LSH bands of NG_MH_ROWS values */
#define NG_MH_ROWS 3
#define NG_NEARDUP_J 0.5         /* estimated Jaccard for a near-duplicate */
#define NG_STORY_WINDOW 14       /* days a story stays open after its last article */
#define NG_STORY_THRESHOLD 0.34  /* join threshold: best B-cubed F1 on SemEval-2022 task 8 train (eval clusters) */
#define NG_DAY_NONE INT32_MIN

typedef struct ng_fitem {
    uint32_t h;   /* feature hash (0 is never used) */
    float w;      /* count or weight */
} ng_fitem;

typedef struct ng__feat {
    ng_fitem *terms;   /* stemmed key terms and counts, sorted by h */
    uint32_t nterms;
    float *trate;      /* per term, the share of background documents holding it
                        * (bgdf.c), or NULL when the document had no background */
    ng_fitem *ents;    /* entities (canonical names) and mention counts, sorted by h */
    uint32_t nents;
    int32_t day;       /* publication day (days since 1970-01-01) or NG_DAY_NONE */
    int32_t dates[8];  /* days of dates the text mentions */
    uint32_t ndates;
    uint32_t sig[NG_MH];
    int has_sig;       /* 0 when the text has fewer words than one shingle */
    uint64_t text_hash;
} ng__feat;

/* Day numbers of dates: ng__days_from_civil / ng__civil_from_days (util.h). */

/* Computes the features of a processed document.  The stemmer context is
 * not thread-safe: one ng__featx per thread.  Returns 0, NG_ENOMEM. */
typedef struct ng__featx ng__featx;
int ng__featx_new(ng__featx **out);
void ng__featx_free(ng__featx *x);
int ng__feat_compute(ng__featx *x, const ng_doc *d, ng__feat **out);
void ng__feat_free(ng__feat *f);
/* Sorts items by hash (the hashes distinct). */
void ng__fitem_sort_h(ng_fitem *v, size_t n);

/* ---- background term frequencies (bgdf.c) ---- */
#define NG_BGDF_MAGIC "NGDF"
#define NG_BGDF_VERSION 1
struct ng__bgdf;
/* Parses a storydf.bin image (one allocation).  Returns 0, NG_EPARSE (err
 * says where), NG_ENOMEM. */
int ng__bgdf_parse(const unsigned char *p, size_t len, struct ng__bgdf **out, ng_error *err);
void ng__bgdf_free(struct ng__bgdf *b);
/* The share of background documents that hold term hash h (0 when absent or b is NULL). */
double ng__bgdf_rate(const struct ng__bgdf *b, uint32_t h);

/* Estimated Jaccard similarity of two signatures (0..1). */
double ng__minhash_jaccard(const ng__feat *a, const ng__feat *b);

/* ---- the clusterer ---- */
typedef struct ng__clus ng__clus;

typedef struct ng__clus_options {
    double threshold;  /* join threshold; 0: NG_STORY_THRESHOLD */
    int window;        /* days; 0: NG_STORY_WINDOW */
    int track_changes; /* remember changed df entries for ng__clus_dirty_df */
} ng__clus_options;

/* What ng__clus_add decided. */
typedef struct ng__clus_result {
    int64_t story;        /* the story joined or opened */
    int new_story;        /* 1 when a story was opened */
    int64_t near_dup;     /* the article this copies (its key), or 0 */
    double score;         /* similarity to the story joined (1 for near-dups, 0 for new) */
    double best;          /* the best story score seen, joined or not */
} ng__clus_result;

int ng__clus_new(const ng__clus_options *opts, ng__clus **out);
void ng__clus_set_threshold(ng__clus *c, double threshold);
void ng__clus_free(ng__clus *c);
/* Adds the features of article `key` (a positive number the caller chooses;
 * the store uses the article's rowid).  The clusterer copies what it keeps.
 * Returns 0 or NG_ENOMEM (the clusterer is then unusable). */
int ng__clus_add(ng__clus *c, int64_t key, const ng__feat *f, ng__clus_result *res);

/* Similarity of two articles with the clusterer's term statistics, the same
 * score ng__clus_add compares with its threshold.  terms_only: bag of words
 * (TF-IDF cosine), the baseline. */
double ng__clus_pair_sim(ng__clus *c, const ng__feat *a, const ng__feat *b, int terms_only);
/* Counts f's terms and entities in the document frequencies only. */
int ng__clus_count(ng__clus *c, const ng__feat *f);

/* Memory held, in bytes (approximate), and open stories. */
size_t ng__clus_memory(const ng__clus *c);
size_t ng__clus_open_stories(const ng__clus *c);

/* ---- state for the store ----
 * Document frequencies changed since the last call: calls fn for each
 * (hash, count) pair and forgets the change list.  Returns fn's first
 * non-zero result, or 0. */
int ng__clus_dirty_df(ng__clus *c, int (*fn)(void *ud, uint64_t key, uint32_t n), void *ud);
/* Stories changed since the last call: fn gets the story id and its state as
 * a blob (ng__clus_story_blob format, documented in doc/SCHEMA.md). */
int ng__clus_dirty_stories(ng__clus *c,
                           int (*fn)(void *ud, int64_t story, int32_t first, int32_t last,
                                     uint32_t n, const void *blob, size_t len),
                           void *ud);
/* Reloading: the number of documents counted, one df entry, one open story
 * (its blob as written), one recent article (for near-duplicates). Story ids
 * continue after the largest loaded one (or after next_story - 1). */
void ng__clus_set_ndocs(ng__clus *c, uint64_t n, int64_t next_story);
int ng__clus_load_df(ng__clus *c, uint64_t key, uint32_t n);
int ng__clus_load_story(ng__clus *c, int64_t story, int32_t first, int32_t last, uint32_t n,
                        const void *blob, size_t len);
int ng__clus_load_article(ng__clus *c, int64_t key, int64_t story, int32_t day,
                          const uint32_t sig[NG_MH]);
/* The latest publication day seen (NG_DAY_NONE before any). */
int32_t ng__clus_last_day(const ng__clus *c);
int ng__clus_window(const ng__clus *c);

/* ---- the story report (report.c) ----
 * The store fills an ng__rep from its tables; report.c groups and prints.
 * Every string lives in the report's arena.  art fields index r->arts. */
typedef struct ng__rep_art {
    int64_t id;                 /* the store's article number */
    const char *ext_id, *url, *outlet, *published, *title;
    int32_t day;
    int64_t near_dup_of;        /* store article number, or 0 */
    const char *text;
    uint32_t len;
} ng__rep_art;

typedef struct ng__rep_ent {
    uint32_t art;
    uint8_t type;               /* ng_ent_type */
    const char *name, *role;
    uint32_t mentions, start, end;  /* first mention's span */
} ng__rep_ent;

typedef struct ng__rep_quote {
    uint32_t art, start, end;
    uint8_t direct;
    const char *speaker;        /* canonical name or speaker text, or NULL */
    uint32_t speaker_start, speaker_end;
} ng__rep_quote;

typedef struct ng__rep_attr {
    uint32_t art, start, end;
    const char *source;         /* canonical name or the source mention text */
    uint32_t source_start, source_end;
} ng__rep_attr;

typedef struct ng__rep_amount {
    uint32_t art, start, end;
    uint8_t kind;               /* ng_amount_kind */
    double value, value_hi;
    uint8_t is_range;
    const char *unit, *approx;
    uint32_t object_start, object_end;
} ng__rep_amount;

typedef struct ng__rep_time {
    uint32_t art, start, end;
    uint8_t type;               /* ng_time_type */
    const char *value, *value_end;
} ng__rep_time;

typedef struct ng__rep {
    ng_arena arena;
    int64_t id;
    NG_VEC(ng__rep_art) arts;   /* in time order */
    NG_VEC(ng__rep_ent) ents;
    NG_VEC(ng__rep_quote) quotes;
    NG_VEC(ng__rep_attr) attrs;
    NG_VEC(ng__rep_amount) amounts;
    NG_VEC(ng__rep_time) times;
} ng__rep;

/* Writes the report as JSON or as text wrapped to width columns into b.
 * Returns 0 or NG_ENOMEM. */
int ng__report_json(const ng__rep *r, ng_buf *b);
int ng__report_text(const ng__rep *r, int width, ng_buf *b);

#endif
