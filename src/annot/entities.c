/*
 * entities.c -- the entities annotator (placeholder until the tagger lands).
 *
 * Fills doc->mentions and doc->entities.  This first version finds nothing;
 * the entities issue replaces it with the trained tagger, coreference and
 * place resolution.
 */
#include "../engine.h"

int ng__entities_resolve(const ng_engine *e, ng_doc *d)
{
    NG_UNUSED(e);
    NG_UNUSED(d);
    return 0;
}

int ng__annot_entities(const ng_engine *e, ng_doc *d)
{
    int rc = ng__ner_tag(e, d);
    return rc ? rc : ng__entities_resolve(e, d);
}

void ng__json_entities(const ng_doc *d, ng_buf *b)
{
    NG_UNUSED(d);
    ng__buf_puts(b, "[]");
}

int ng__gazetteer_load(ng_engine *e, ng_error *err)
{
    NG_UNUSED(e);
    NG_UNUSED(err);
    return 0;
}

void ng__gazetteer_free(struct ng_gazetteer *g) { NG_UNUSED(g); }
