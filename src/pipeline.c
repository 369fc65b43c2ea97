/*
 * pipeline.c -- the engine and the per-document pipeline.
 *
 * ng_process() takes a document from raw input to every annotation:
 * HTML extraction (when the input is a page) -> checks (size, empty) ->
 * normalisation (which also refuses binary input) -> tokens -> sentences -> entities -> quotes and
 * attributions -> amounts -> times.  Each stage only reads earlier tables.
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

int ng_process(const ng_engine *e, ng_doc *d)
{
    if (!e || !d || d->processed)
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
    unsigned a = e->annotators;
    if (((a & NG_ANNOT_ENTITIES) && (rc = ng__annot_entities(e, d)) != 0) ||
        ((a & NG_ANNOT_QUOTES) && ((rc = ng__annot_quotes(e, d)) != 0 || (rc = ng__qtag_apply(e->qtag, d)) != 0 ||
                                      (rc = ng__qsrc_apply(e->qsrc, d)) != 0)) ||
        ((a & NG_ANNOT_AMOUNTS) && (rc = ng__annot_amounts(e, d)) != 0) ||
        ((a & NG_ANNOT_TIMES) && (rc = ng__annot_times(e, d)) != 0))
        return rc;
    return 0;
}
