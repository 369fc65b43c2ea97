/*
 * newsgraph.h -- the one public header of libnewsgraph.
 *
 * newsgraph turns raw news articles (plain text, JSON Lines, and later HTML
 * and WARC) into structured records: sentences, tokens, entities, quotes,
 * attributions, amounts and times, each with byte offsets into the record's
 * normalised text.  What is not declared here is not API.
 *
 * Conventions, for every function below:
 *  - Functions that can fail return int: 0 (NG_OK) on success, a negative
 *    NG_E* code on failure; ng_strerror() names the code.  Parsers also fill
 *    an optional ng_error (NULL is allowed) with a message and byte offset.
 *  - Objects come in pairs: ng_X_open/ng_X_close or ng_X_new/ng_X_free.
 *    Every destructor accepts NULL and then does nothing.
 *  - The library never exits, aborts or prints.  Out-of-memory is NG_ENOMEM.
 *  - Strings are UTF-8.  Lengths are in bytes.  A document owns every string
 *    and span it hands out; they stay valid until ng_doc_free().
 *  - Thread safety: an ng_engine is read-only after ng_engine_open() and may
 *    be shared by any number of threads, each working on its own ng_doc.
 */
#ifndef NEWSGRAPH_H
#define NEWSGRAPH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NG_VERSION "0.1.0"
/* The record format version written as "newsgraph_version" in every record. */
#define NG_FORMAT_VERSION "1"

/* Result codes.  0 is success, failures are negative. */
enum {
    NG_OK = 0,
    NG_ENOMEM = -1,    /* an allocation failed */
    NG_EINVAL = -2,    /* a bad argument (a caller error) */
    NG_EIO = -3,       /* reading or writing a file failed */
    NG_EPARSE = -4,    /* malformed input (JSON, model file, ...) */
    NG_ETOOBIG = -5,   /* input over the configured size limit */
    NG_EEMPTY = -6,    /* an empty input where content was required */
    NG_EBINARY = -7,   /* input looks like a binary file, not text */
    NG_EMODEL = -8,    /* a model file is missing, truncated or corrupt */
    NG_ENOTFOUND = -9, /* a named thing does not exist */
    NG_EDB = -10,      /* the store reported an error */
    NG_EUNSUPPORTED = -11 /* a format or feature this build cannot handle */
};

/* The constant, English name of a result code ("out of memory").  Never NULL. */
const char *ng_strerror(int code);

/* Details of a failure: the code, a message, and where in the input. */
typedef struct ng_error {
    int code;          /* NG_E*, or 0 when no error was recorded */
    uint64_t offset;   /* byte offset in the input, or UINT64_MAX if none */
    uint64_t line;     /* 1-based line number, or 0 if not line based */
    char msg[256];     /* NUL-terminated message */
} ng_error;

/*
 * Allocation.  By default the C library's malloc/realloc/free are used.
 * ng_set_allocator() replaces them for every later allocation of the library
 * (call it before anything else; it is not thread-safe).  NULL restores the
 * default.  Tests use it to fail the Nth allocation.
 */
typedef struct ng_allocator {
    void *(*malloc_fn)(void *ud, size_t size);
    void *(*realloc_fn)(void *ud, void *ptr, size_t size);
    void (*free_fn)(void *ud, void *ptr);
    void *ud;
} ng_allocator;
void ng_set_allocator(const ng_allocator *a);

/* ------------------------------------------------------------------ engine */

/*
 * An engine holds what outlives documents: loaded models and gazetteers.
 * Open one per process and share it between threads.
 */
typedef struct ng_engine ng_engine;

typedef struct ng_engine_options {
    const char *data_dir;   /* folder with models and gazetteers; NULL: built-in default search */
    const char *ner_model;  /* path of a tagger model; NULL: the default model, if found */
    size_t max_doc_bytes;   /* largest accepted article; 0: NG_DEFAULT_MAX_DOC */
    unsigned flags;         /* NG_ENGINE_* */
    unsigned annotators;    /* NG_ANNOT_* to run; 0: all of them */
} ng_engine_options;

#define NG_DEFAULT_MAX_DOC ((size_t)16 << 20)
#define NG_ENGINE_NO_MODELS 1u /* do not load models: text layer only (pages still get their outlet) */
#define NG_ENGINE_NO_QUOTES_MODEL 2u /* do not load quotes.model nor qsrc.model: the quote rules alone */
#define NG_ENGINE_NO_SOURCE_MODEL 4u /* do not load qsrc.model: every source the quote annotators draw is kept */

/* Annotators, for ng_engine_options.annotators.  Quotes without entities
 * keep their speaker mentions but no speaker entity. */
#define NG_ANNOT_ENTITIES 1u
#define NG_ANNOT_QUOTES 2u   /* quotes and attributions */
#define NG_ANNOT_AMOUNTS 4u
#define NG_ANNOT_TIMES 8u
#define NG_ANNOT_ALL 15u

/* Opens an engine.  opts may be NULL for defaults.  On failure *out is NULL. */
int ng_engine_open(const ng_engine_options *opts, ng_engine **out, ng_error *err);
void ng_engine_close(ng_engine *e);

/* ---------------------------------------------------------------- document */

/* One article: its metadata, its text, and every annotation of it. */
typedef struct ng_doc ng_doc;

/* Metadata fields of a document. */
typedef enum ng_field {
    NG_FIELD_ID, NG_FIELD_URL, NG_FIELD_OUTLET, NG_FIELD_PUBLISHED,
    NG_FIELD_TITLE, NG_FIELD_AUTHORS, NG_FIELD_LANGUAGE, NG_FIELD_SOURCE,
    NG_FIELD_COUNT
} ng_field;

/* Creates an empty document. */
int ng_doc_new(ng_doc **out);
void ng_doc_free(ng_doc *d);

/* Sets a metadata field, copying len bytes of s (s may hold any bytes; it is
 * repaired to valid UTF-8).  s == NULL clears the field. */
int ng_doc_set(ng_doc *d, ng_field f, const char *s, size_t len);
/* The field's value, or NULL when unset. */
const char *ng_doc_get(const ng_doc *d, ng_field f);

/* Sets the raw article text (copied).  ng_process() normalises it. */
int ng_doc_set_text(ng_doc *d, const char *s, size_t len);
/* Sets a raw HTML page (copied); ng_process() extracts text and metadata. */
int ng_doc_set_html(ng_doc *d, const char *s, size_t len);

/* Size in bytes of the document's input (its raw text, or its HTML page). */
size_t ng_doc_input_size(const ng_doc *d);

/* Records a problem with this document; it is written in the record's
 * "errors" list.  offset is a byte offset in the input or UINT64_MAX. */
int ng_doc_add_error(ng_doc *d, int code, uint64_t offset, const char *msg);
/* Number of errors recorded so far. */
size_t ng_doc_error_count(const ng_doc *d);
/* The i-th error's message, or NULL if i is out of range. */
const char *ng_doc_error_msg(const ng_doc *d, size_t i);

/*
 * Runs the whole pipeline on d: text normalisation, tokens, sentences and
 * every annotator.  Returns 0, or a negative code when the document could not
 * be processed at all (NG_ENOMEM, NG_ETOOBIG, NG_EEMPTY, NG_EBINARY); smaller
 * problems are recorded in the document's errors and 0 is returned.
 * Calling it twice is NG_EINVAL.
 */
int ng_process(const ng_engine *e, ng_doc *d);
/*
 * ng_process() on n documents at once; rc[i] gets docs[i]'s result.  The
 * records are the same as one document at a time, but each annotator runs
 * over all of them before the next (a few dozen documents at a time), which
 * keeps its code and tables in the caches: faster for a batch of articles.
 */
void ng_process_batch(const ng_engine *e, ng_doc *const *docs, size_t n, int *rc);
/* The run ng_process_batch() takes stage by stage (a longer batch is split
 * into runs this long): past it the caches gain no more. */
#define NG_BATCH_RUN 64

/* The normalised text that every offset refers to (after ng_process). */
const char *ng_doc_text(const ng_doc *d, size_t *len);
size_t ng_doc_token_count(const ng_doc *d);
size_t ng_doc_sentence_count(const ng_doc *d);
/* The i-th sentence's byte span; returns NG_EINVAL when i is out of range. */
int ng_doc_sentence(const ng_doc *d, size_t i, size_t *start, size_t *end);

/*
 * Serialises d as one JSON record (no trailing newline) into a buffer the
 * caller frees with ng_free().  On failure *out is NULL.
 */
int ng_doc_to_json(const ng_doc *d, char **out, size_t *len);
void ng_free(void *p);

/* ------------------------------------------------------------------ readers */

/* Input formats.  NG_FORMAT_AUTO chooses by file name and content. */
typedef enum ng_format {
    NG_FORMAT_AUTO, NG_FORMAT_TEXT, NG_FORMAT_JSONL, NG_FORMAT_HTML,
    NG_FORMAT_WARC,
    NG_FORMAT_REUTERS   /* Reuters-21578 SGML (.sgm): one document per <REUTERS> */
} ng_format;

typedef struct ng_reader_options {
    ng_format format;
    int title_line;          /* plain text: the first line is the headline */
    const char *outlet;      /* plain text: default outlet */
    const char *published;   /* plain text: default publication date */
    size_t max_doc_bytes;    /* 0: NG_DEFAULT_MAX_DOC */
} ng_reader_options;

/* Reads articles from one file (path) or, with path NULL, standard input. */
typedef struct ng_reader ng_reader;

/* Opens a reader.  A file that cannot be opened is NG_EIO with err filled. */
int ng_reader_open(const char *path, const ng_reader_options *opts,
                   ng_reader **out, ng_error *err);
/* Opens a reader over len bytes of memory (not copied: data must outlive the
 * reader).  name is used in messages and as the id of a plain-text article;
 * NULL means "(memory)".  opts->format AUTO guesses from name and content. */
int ng_reader_open_mem(const char *data, size_t len, const char *name,
                       const ng_reader_options *opts, ng_reader **out,
                       ng_error *err);
/*
 * Reads the next article.  Returns 1 and sets *doc (owned by the caller) when
 * one was read, 0 at the end of input, or a negative code when one input item
 * was bad (err says which and where); reading may continue after an error
 * unless it is NG_EIO or NG_ENOMEM.
 */
int ng_reader_next(ng_reader *r, ng_doc **doc, ng_error *err);
/* The name used for the input in messages ("-" for standard input). */
const char *ng_reader_name(const ng_reader *r);
/* The format being read: the one given, or the one guessed at open (never
 * NG_FORMAT_AUTO unless r is NULL). */
ng_format ng_reader_format(const ng_reader *r);
/* Bytes consumed so far (for progress). */
uint64_t ng_reader_offset(const ng_reader *r);
void ng_reader_close(ng_reader *r);

/* Counts kept by an archive reader (WARC, ARC) and the Reuters-21578 reader;
 * all zero for other formats.  Skipped records are not errors: they are
 * simply not articles. */
typedef struct ng_reader_stats {
    uint64_t records;        /* records read (Reuters: <REUTERS> articles met) */
    uint64_t documents;      /* pages (articles) returned as documents */
    uint64_t skipped_type;   /* not a response (warcinfo, request, metadata, revisit, ...) */
    uint64_t skipped_status; /* HTTP status other than 200 */
    uint64_t skipped_mime;   /* not HTML, or a content encoding we do not decode */
    uint64_t errors;         /* truncated, corrupt or unreadable records (reported by ng_reader_next) */
    uint64_t headline_only;  /* Reuters: documents without <BODY> whose text is their <TITLE> (TYPE="BRIEF") */
    uint64_t unstructured;   /* Reuters: documents without <BODY> or <TITLE> whose text is all of <TEXT> (TYPE="UNPROC") */
} ng_reader_stats;
/* Fills *out with r's counts so far (zeros when r is NULL). */
void ng_reader_stats_get(const ng_reader *r, ng_reader_stats *out);

/* Guesses a file's format from its name (and, for AUTO, its first bytes). */
ng_format ng_format_guess(const char *path, const char *head, size_t n);


/* ------------------------------------------------------------------- store */

/*
 * A story database: one SQLite file (WAL mode) holding article records,
 * their annotations, full-text index, near-duplicate links and stories
 * (doc/SCHEMA.md).  One ng_store is used by one thread at a time; one
 * process writes a database at a time (others may read).
 */
typedef struct ng_store ng_store;

#define NG_STORE_READONLY 1u  /* open an existing database for reading only */

/* Opens (creating when missing, unless NG_STORE_READONLY) and migrates the
 * database at path.  A database written by a newer newsgraph is
 * NG_EUNSUPPORTED; other failures are NG_EDB or NG_EIO with err filled.
 * On failure *out is NULL. */
int ng_store_open(const char *path, unsigned flags, ng_store **out, ng_error *err);
/* Closes the store.  Work not committed with ng_store_commit() is rolled back. */
void ng_store_close(ng_store *s);
/* The last error message of the store (never NULL; "" when none). */
const char *ng_store_errmsg(const ng_store *s);
/* The schema version this build writes (PRAGMA user_version). */
int ng_store_schema_version(void);

/* What ng_store_add() did with an article. */
typedef struct ng_store_added {
    int64_t article;      /* the stored article's number, or 0 when it was a duplicate */
    int64_t duplicate_of; /* the already-stored article with the same id, URL or text, or 0 */
    int64_t story;        /* the story it joined or opened (0 for duplicates) */
    int new_story;        /* 1 when it opened a story */
    int64_t near_duplicate_of; /* the article it copies (syndication, light edits), or 0 */
} ng_store_added;

/*
 * Adds one processed document (ng_process) in the current batch: stores its
 * record (record/len: its ng_doc_to_json output, or NULL to have it made)
 * and annotations, detects near-duplicates and assigns it to a story.  An
 * article whose id, URL or text is already stored is not added again.
 * Nothing is durable before ng_store_commit().  Documents must come in time
 * order for the best stories.  Returns 0, NG_EINVAL (no id), NG_ENOMEM or
 * NG_EDB; after a failure the batch is rolled back.
 */
int ng_store_add(ng_store *s, const ng_doc *d, const char *record, size_t len, ng_store_added *res);
/* Makes the batch durable.  Returns 0 or NG_EDB (the batch is rolled back). */
int ng_store_commit(ng_store *s);
/* Number of stored articles and stories. */
int ng_store_counts(ng_store *s, int64_t *articles, int64_t *stories);

/*
 * Lists stories whose last article was published on or after since (ISO
 * date; NULL: all), newest first: calls fn with one JSON object per story
 * (id, title, articles, outlets, first_published, last_published, ...) and
 * stops at fn's first non-zero return, which is returned.  Else 0 or NG_EDB.
 */
int ng_store_stories(ng_store *s, const char *since,
                     int (*fn)(void *ud, const char *json, size_t len), void *ud);

/*
 * The cross-outlet report of one story: as JSON (one object) or as plain
 * text wrapped to width columns (0: 80).  *out is freed with ng_free().
 * Returns 0, NG_ENOTFOUND, NG_ENOMEM or NG_EDB.
 */
#define NG_REPORT_JSON 1u
int ng_store_story_report(ng_store *s, int64_t story, unsigned flags, int width, char **out, size_t *len);

/* Full-text search (FTS5 query syntax) with optional filters: an entity's
 * canonical name (case-insensitive) and a publication date range (ISO dates,
 * inclusive; NULL: open).  Calls fn with one JSON object per hit (id, story,
 * outlet, published, title, snippet), best first, at most limit hits (0: 20).
 * Returns 0, fn's first non-zero result, NG_EPARSE for a bad query, or NG_EDB. */
typedef struct ng_search_options {
    const char *entity;
    const char *since, *until;
    int limit;
} ng_search_options;
int ng_store_search(ng_store *s, const char *query, const ng_search_options *opts,
                    int (*fn)(void *ud, const char *json, size_t len), void *ud);

/*
 * Same-story similarity of two processed documents (the score the story
 * clustering compares with its threshold; term weights from the two
 * documents and any counted with ng_simctx_count).  A context counts
 * document frequencies for it.
 */
typedef struct ng_simctx ng_simctx;
int ng_simctx_new(ng_simctx **out);
void ng_simctx_free(ng_simctx *c);
/* Counts a document's terms (call for every document of a collection). */
int ng_simctx_count(ng_simctx *c, const ng_doc *d);
/* *sim: the clustering score; *bow: the TF-IDF cosine of the terms alone. */
int ng_simctx_similarity(ng_simctx *c, const ng_doc *a, const ng_doc *b, double *sim, double *bow);
/* Clusters d online with the context's own clusterer, as the store does:
 * documents given in time order join or open stories (threshold > 0 sets
 * the join threshold, else the default stays).  *story (if not NULL): the
 * story joined or opened; *best (if not NULL): the best story score seen,
 * joined or not (1 for a near-duplicate).  Returns 0, NG_EINVAL, NG_ENOMEM. */
int ng_simctx_cluster(ng_simctx *c, const ng_doc *d, double threshold, int64_t *story, double *best);
/* The default threshold: similarity >= it joins a story. */
double ng_story_threshold(void);
/* ----------------------------------------------------------- entity tagger */

/*
 * The named-entity tagger (PER, ORG, LOC, MISC) that ng_process() runs is a
 * model file (doc/MODEL.md).  These functions train one from CoNLL-format
 * files (one token per line, the token first and its IOB tag last, a blank
 * line between sentences, "-DOCSTART-" lines between documents) and score
 * one against such a file.
 */

/* Precision, recall and F1 (percentages; 0 when undefined) with the
 * conlleval definition: a mention counts only with its exact span and type. */
typedef struct ng_ner_prf {
    uint64_t gold, predicted, correct;
    double precision, recall, f1;
} ng_ner_prf;

typedef struct ng_ner_scores {
    ng_ner_prf all;
    ng_ner_prf type[4];        /* PER, ORG, LOC, MISC: see ng_ner_type_name() */
    uint64_t tokens, sentences, documents;
    double seconds;            /* time spent tagging (ng_ner_eval) */
} ng_ner_scores;

/* "PER", "ORG", "LOC" or "MISC" for i = 0..3, NULL otherwise. */
const char *ng_ner_type_name(int i);

typedef struct ng_ner_train_options {
    const char *train_path;    /* CoNLL training file (required) */
    const char *dev_path;      /* CoNLL development file for choosing the epoch; NULL: keep the last */
    const char *model_path;    /* where to write the model (required) */
    const char *gazetteer_dir; /* folder with geonames/, iso3166/, news-outlets/; NULL: no gazetteers */
    const char *unlabeled_dir; /* plain-text news (recursively) for word classes; NULL: none */
    int epochs;                /* passes over the training data; 0: 12 */
    int min_count;             /* features seen fewer times are dropped; 0: 2 */
    unsigned seed;             /* shuffling seed; 0: a fixed default */
    int no_history;            /* 1: no non-local (document history) features */
    double dropout;            /* 0..1: share of feature occurrences left out of each training update; 0: none */
    /* Called after each epoch with its dev scores (NULL without dev data)
     * and whether the model file was (re)written with this epoch.  May be NULL. */
    void (*on_epoch)(void *ud, int epoch, double seconds, const ng_ner_scores *dev, int saved);
    void *ud;
} ng_ner_train_options;

/*
 * Trains a tagger (averaged perceptron) and writes the best epoch's model to
 * o->model_path.  best (may be NULL) receives that epoch's dev scores and
 * best_epoch (may be NULL) its number (1-based).  Returns 0, NG_EINVAL for
 * missing options, NG_EIO, NG_EPARSE (a malformed CoNLL line: err has the
 * line), NG_EEMPTY (no training sentences) or NG_ENOMEM.
 */
int ng_ner_train(const ng_ner_train_options *o, ng_ner_scores *best, int *best_epoch, ng_error *err);

/* Options of ng_quotes_train (the learned attribution tagger, doc/MODEL.md). */
typedef struct ng_quotes_train_options {
    const char *train_dir;     /* PolNeAR-style split: text/NAME.txt, attributions/NAME_x.ann (required) */
    const char *heldout_dir;   /* same layout, for choosing the epoch; NULL: keep the last */
    const char *model_path;    /* where to write the model (required) */
    const char *data_dir;      /* engine data (entity model, gazetteers) the features use; NULL: none */
    int epochs;                /* passes over the training data; 0: 30 */
    int min_count;             /* features seen fewer times are dropped; 0: 2 */
    int max_features;          /* at most this many weight rows in the file; 0: 15000 */
    unsigned seed;             /* shuffling seed; 0: a fixed default */
    /* Nonzero: train only on the windows where the tagger runs (a learned
     * cue word and no rule item).  0: on every window with a learned cue
     * word, rule items or not (more examples of the same cues; the held-out
     * F1 is always on the windows where the tagger runs). */
    int rule_free;
    /* Called once before training: learned cue words, features, training
     * tokens and windows, and the share (%) of gold cue tokens inside the
     * training windows.  May be NULL. */
    void (*on_info)(void *ud, long cues, long features, long tokens, long windows, double cue_cover);
    /* Called after each epoch with the held-out span F1 (0 without held-out
     * data) and whether this epoch is the one kept.  May be NULL. */
    void (*on_epoch)(void *ud, int epoch, double seconds, double heldout_f1, int kept);
    void *ud;
} ng_quotes_train_options;

/*
 * Trains the attribution tagger (averaged perceptron over BIO tags of
 * source, cue and content, stacked on the rule annotator) and writes the
 * best epoch's model to o->model_path.  best_f1 and best_epoch (may be NULL)
 * receive that epoch's held-out span F1 and number.  Returns 0, NG_EINVAL,
 * NG_EIO (err names the file), NG_EEMPTY, NG_EMODEL (the engine's data) or
 * NG_ENOMEM.
 */
int ng_quotes_train(const ng_quotes_train_options *o, double *best_f1, int *best_epoch, ng_error *err);

/* Options of ng_qsrc_train (the source-confidence model, doc/MODEL.md). */
typedef struct ng_qsrc_train_options {
    const char *train_dir;     /* PolNeAR-style split: text/NAME.txt, attributions/NAME_x.ann (required) */
    const char *model_path;    /* where to write the model; NULL: cross-validation only */
    const char *data_dir;      /* engine data (entity model, gazetteers, quotes.model); its qsrc.model is not used */
    int folds;                 /* cross-validation folds (article i in fold i mod folds); 0: 5; 1: none */
    int epochs;                /* passes over the examples; 0: 10 */
    int bits;                  /* log2 of the weight table, 4..20; 0: 16 */
    double l2;                 /* L2 penalty; 0: 0.01, negative: none */
    double rate;               /* AdaGrad step; 0: 0.05 */
    double threshold;          /* withhold below this probability, in (0, 1); 0: the cross-validated best */
    unsigned seed;             /* shuffling seed; 0: a fixed default */
    int extent_bits;           /* log2 of the extent chooser's table, 4..20; 0: 16; negative: no chooser
                                * (a version 1 file) */
    const char *fold_data;     /* a folder of engine data folders f0 ... f<folds-1>, each with the tagger trained
                                * without that fold's articles (bench/qsrc_folds.sh); NULL: the data_dir engine */
    int score_tagger;          /* with fold_data: the tagger's items are scored too (a model flag) */
    double extent_margin;      /* another extent replaces the rule's own when it scores this much more;
                                * 0: the CV's best */
    /* Called with each line of the report (counts, the cross-validated
     * F1 per threshold, the model written).  May be NULL. */
    void (*on_line)(void *ud, const char *line);
    void *ud;
} ng_qsrc_train_options;

/*
 * Trains the source-confidence model (logistic regression over the rule
 * items' sources, stacked on the rules and the attribution tagger), chooses
 * its threshold by cross-validation over articles unless one is given, and
 * writes it to o->model_path when not NULL.  Returns 0, NG_EINVAL, NG_EIO
 * (err names the file), NG_EMODEL (the engine's data) or NG_ENOMEM.
 */
int ng_qsrc_train(const ng_qsrc_train_options *o, ng_error *err);

/*
 * Tags the CoNLL file conll_path with the model at model_path (NULL: the
 * engine's default data folder is not searched; a path is required) and
 * scores the result into *out.  Returns 0, NG_EINVAL, NG_EIO, NG_EMODEL,
 * NG_EPARSE or NG_ENOMEM.
 */
int ng_ner_eval(const char *model_path, const char *conll_path, ng_ner_scores *out, ng_error *err);

#ifdef __cplusplus
}
#endif
#endif
