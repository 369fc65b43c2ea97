/*
 * pipeline.c -- the engine and the per-document pipeline.
 *
 * ng_process() takes a document from raw input to every annotation:
 * HTML extraction (when the input is a page) -> checks (size, empty) ->
 * normalisation (which also refuses binary input) -> tokens -> sentences -> entities -> the quote
 * rules -> amounts -> times -> the quote tagger -> the source model.  Each stage only reads
 * earlier tables (amounts and times none of the quote tagger's or source model's).
 */
#include "engine.h"
#include "annot/quotes.h"

#include <stdio.h>
#include <strings.h>

int ng_engine_open(const ng_engine_options *opts, ng_engine **out, ng_error *err)
{
    if (!out)
        return NG_EINVAL;
    *out = NULL;
    ng_engine *e = ng__calloc(1, sizeof *e);
    if (!e) {
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory opening the engine");
        return NG_ENOMEM;
    }
    e->max_doc_bytes = opts && opts->max_doc_bytes ? opts->max_doc_bytes : NG_DEFAULT_MAX_DOC;
    e->flags = opts ? opts->flags : 0;
    e->annotators = opts && opts->annotators ? opts->annotators & NG_ANNOT_ALL : NG_ANNOT_ALL;
    if (opts && opts->data_dir && !(e->data_dir = ng__strndup(opts->data_dir, strlen(opts->data_dir)))) {
        ng_engine_close(e);
        return NG_ENOMEM;
    }
    /* the outlet list belongs to the page reader (outlet, title clean-up), so
     * a text-layer-only engine reads pages exactly as a full one does */
    int rc = ng__outlets_load(e, err);
    if (rc) {
        ng_engine_close(e);
        return rc;
    }
    if (!(e->flags & NG_ENGINE_NO_MODELS)) {
        if ((rc = ng__ner_load(e, opts, err)) != 0 || (rc = ng__gazetteer_load(e, err)) != 0 ||
            (rc = ng__bgdf_load(e, err)) != 0 ||
            (!(e->flags & NG_ENGINE_NO_QUOTES_MODEL) &&
             ((rc = ng__qtag_load(e, err)) != 0 ||
              (!(e->flags & NG_ENGINE_NO_SOURCE_MODEL) && (rc = ng__qsrc_load(e, err)) != 0)))) {
            ng_engine_close(e);
            return rc;
        }
    }
    /* the word table of the quotes (and figures) lexicons: built once per
     * process, here rather than in the first document */
    if (e->annotators & NG_ANNOT_QUOTES)
        ng__q_lex_init();
    *out = e;
    return 0;
}

void ng_engine_close(ng_engine *e)
{
    if (!e)
        return;
    ng__ner_free(e->ner);
    ng__gazetteer_free(e->gaz);
    ng__outlets_free(e->outlets);
    ng__bgdf_free(e->bgdf);
    ng__qtag_free(e->qtag);
    ng__qsrc_free(e->qsrc);
    ng__free(e->data_dir);
    ng__free(e);
}

/* The text layer of one document: page extraction, checks, normalisation,
 * tokens, sentences.  Returns the document's result code; *annotate is set
 * when the annotators are to run on it. */
static int text_layer(const ng_engine *e, ng_doc *d, int *annotate)
{
    *annotate = 0;
    if (!d || d->processed) /* (e is checked by ng_process_batch) */
        return NG_EINVAL;
    d->processed = 1;
    d->bgdf = e->bgdf;
    int rc;
    if (d->html && !d->raw) {
        if (d->html_len > e->max_doc_bytes)
            return NG_ETOOBIG;
        if ((rc = ng__html_extract(e, d)) != 0)
            return rc;
    }
    if (!d->raw)
        return NG_EEMPTY;
    if (d->raw_len > e->max_doc_bytes)
        return NG_ETOOBIG;
    if ((rc = ng__text_normalize(d)) != 0)
        return rc;
    if (d->len == 0)
        return NG_EEMPTY;
    if ((rc = ng__tokenize(d)) != 0 || (rc = ng__sentences(d)) != 0)
        return rc;
    if (e->flags & NG_ENGINE_NO_MODELS)
        return 0;
    /* The annotators are English-only: a page marked as another language
     * keeps its text layer and gets no annotations (doc/FORMAT.md). */
    const char *lang = d->field[NG_FIELD_LANGUAGE];
    if (lang && lang[0] && strncasecmp(lang, "en", 2) != 0)
        return 0;
    *annotate = 1;
    return 0;
}

static int stage_qtag(const ng_engine *e, ng_doc *d) { return ng__qtag_apply(e->qtag, d); }
static int stage_qsrc(const ng_engine *e, ng_doc *d) { return ng__qsrc_apply(e->qsrc, d); }

/*
 * The annotators in pipeline order, each with the bit that selects it.
 * ng_process_batch() runs each stage over every document of the batch before
 * the next stage: an annotator's code and tables then stay in the caches
 * from one document to the next, where one document at a time has the
 * entity tagger's model push them out before every article (doc/RESULTS.md,
 * "stage by stage").  Each stage reads only earlier tables of the same
 * document, so the records are those of one document at a time.
 */
static const struct {
    unsigned bit;
    int (*run)(const ng_engine *, ng_doc *);
} stages[] = {
    {NG_ANNOT_ENTITIES, ng__ner_tag},          /* the entity tagger's mentions */
    {NG_ANNOT_ENTITIES, ng__entities_resolve}, /* then the entities they name */
    {NG_ANNOT_QUOTES, ng__annot_quotes},
    /* amounts and times read the figures classes the quote rules' word
     * lookups leave (and nothing of the tagger's or the source model's),
     * so they run while the tokens are still in the caches, before the
     * tagger's weight table sweeps them out */
    {NG_ANNOT_AMOUNTS, ng__annot_amounts},
    {NG_ANNOT_TIMES, ng__annot_times},
    {NG_ANNOT_QUOTES, stage_qtag}, /* the learned tagger's items, after the rules' */
    {NG_ANNOT_QUOTES, stage_qsrc}, /* then the source model withholds unlikely sources */
};

void ng_process_batch(const ng_engine *e, ng_doc *const *docs, size_t n, int *rc)
{
    enum { CHUNK = NG_BATCH_RUN };
    if (!e) {
        for (size_t i = 0; i < n; i++)
            rc[i] = NG_EINVAL;
        return;
    }
    for (size_t base = 0; base < n; base += CHUNK) {
        size_t m = n - base < CHUNK ? n - base : CHUNK;
        unsigned char live[CHUNK];
        for (size_t i = 0; i < m; i++) {
            int annotate;
            rc[base + i] = text_layer(e, docs[base + i], &annotate);
            live[i] = (unsigned char)(rc[base + i] == 0 && annotate);
        }
        /* Each stage walks the run the other way from the stage before it
         * (the text layer forward, the entity tagger backward, ...): it
         * starts with the documents whose tables the last stage touched
         * last, still in the caches, where the same direction would start
         * with the ones evicted first (doc/RESULTS.md, "The annotators'
         * cost", speed5 of stop 24).  A stage reads only its own
         * document's tables, so the order changes no record. */
        int back = 1;
        for (size_t s = 0; s < NG_ARRAY_LEN(stages); s++) {
            if (!(e->annotators & stages[s].bit))
                continue;
            for (size_t k = 0; k < m; k++) {
                size_t i = back ? m - 1 - k : k;
                if (live[i] && (rc[base + i] = stages[s].run(e, docs[base + i])) != 0)
                    live[i] = 0;
            }
            back = !back;
        }
    }
}

int ng_process(const ng_engine *e, ng_doc *d)
{
    int rc;
    ng_process_batch(e, &d, 1, &rc);
    return rc;
}
