/*
 * ner.c -- the named-entity tagger (placeholder).
 *
 * Fills doc->mentions from the tokens.  The entities issue replaces this with
 * a trained sequence tagger and its model loader.
 */
#include "../engine.h"

int ng__ner_tag(const ng_engine *e, ng_doc *d)
{
    NG_UNUSED(e);
    NG_UNUSED(d);
    return 0;
}

int ng__ner_load(ng_engine *e, const ng_engine_options *opts, ng_error *err)
{
    NG_UNUSED(e);
    NG_UNUSED(opts);
    NG_UNUSED(err);
    return 0;
}

void ng__ner_free(struct ng_ner_model *m) { NG_UNUSED(m); }
