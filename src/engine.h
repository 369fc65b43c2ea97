/*
 * engine.h -- the engine (internal): what outlives documents, and the
 * annotator entry points the pipeline calls in order.
 *
 * Each annotator reads the document's tables and appends to its own; it
 * returns 0 or a negative NG_E* code (only NG_ENOMEM is expected: other
 * problems go into the document's errors).
 */
#ifndef NG_ENGINE_H
#define NG_ENGINE_H

#include "doc.h"

struct ng_engine {
    size_t max_doc_bytes;
    unsigned flags;
    unsigned annotators;           /* NG_ANNOT_* */
    char *data_dir;
    struct ng_ner_model *ner;      /* NULL: no tagger loaded (ner.c) */
    struct ng_gazetteer *gaz;      /* NULL: no gazetteer loaded (entities) */
    struct ng_outlets *outlets;    /* NULL: no outlet list loaded (html) */
    struct ng__bgdf *bgdf;         /* NULL: no background term frequencies (story features) */
    struct ng_qtag *qtag;          /* NULL: no learned attribution tagger (quotes: rules only) */
    struct ng_qsrc *qsrc;          /* NULL: no source-confidence model (every drawn source kept) */
};

/* Loaders called by ng_engine_open() in this order, unless the engine was
 * opened with NG_ENGINE_NO_MODELS.  Each reads from e->data_dir (and its own
 * option), may leave its pointer NULL when its data is absent (the annotator
 * then does less, and says so in the document's errors or not at all), and
 * returns 0 or a negative code with err filled (a corrupt file is an error).
 * The matching free functions accept NULL. */
int ng__ner_load(ng_engine *e, const ng_engine_options *opts, ng_error *err);
void ng__ner_free(struct ng_ner_model *m);
int ng__gazetteer_load(ng_engine *e, ng_error *err);
void ng__gazetteer_free(struct ng_gazetteer *g);
int ng__outlets_load(ng_engine *e, ng_error *err);
void ng__outlets_free(struct ng_outlets *o);
int ng__bgdf_load(ng_engine *e, ng_error *err);
void ng__bgdf_free(struct ng__bgdf *b);
int ng__qtag_load(ng_engine *e, ng_error *err); /* <data_dir>/quotes.model (src/annot/qtag.c) */
void ng__qtag_free(struct ng_qtag *m);
int ng__qsrc_load(ng_engine *e, ng_error *err); /* <data_dir>/qsrc.model (src/annot/qsrc.c) */
void ng__qsrc_free(struct ng_qsrc *m);

/* text layer (src/text) */
int ng__text_normalize(ng_doc *d);
int ng__tokenize(ng_doc *d);
int ng__sentences(ng_doc *d);

/* readers of page formats (src/read) */
int ng__html_extract(const ng_engine *e, ng_doc *d);

/* annotators (src/annot) */
int ng__ner_tag(const ng_engine *e, ng_doc *d);        /* fills doc->mentions (src/annot/ner*.c) */
int ng__entities_resolve(const ng_engine *e, ng_doc *d); /* mentions -> entities, roles, places */
int ng__annot_quotes(const ng_engine *e, ng_doc *d);
int ng__qtag_apply(const struct ng_qtag *m, ng_doc *d); /* after the rules: the learned tagger's items */
int ng__qsrc_apply(const struct ng_qsrc *m, ng_doc *d); /* then: withholds unlikely sources */
int ng__annot_amounts(const ng_engine *e, ng_doc *d);
int ng__annot_times(const ng_engine *e, ng_doc *d);

/* record writers, one per table (src/record.c and the annotators) */
void ng__json_entities(const ng_doc *d, ng_buf *b);
void ng__json_quotes(const ng_doc *d, ng_buf *b);
void ng__json_attributions(const ng_doc *d, ng_buf *b);
void ng__json_amounts(const ng_doc *d, ng_buf *b);
void ng__json_times(const ng_doc *d, ng_buf *b);

/* Writes "text"-valued JSON for d->text[start..end). */
void ng__json_span_text(const ng_doc *d, ng_buf *b, uint32_t start, uint32_t end);

#endif
