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
