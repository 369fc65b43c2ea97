/*
 * html.c -- HTML pages to article text and metadata (placeholder).
 *
 * The pages issue replaces this with libxml2 parsing, main-text extraction
 * and metadata.  Until then an HTML input is reported as unsupported.
 */
#include "../engine.h"

int ng__html_extract(const ng_engine *e, ng_doc *d)
{
    NG_UNUSED(e);
    NG_UNUSED(d);
    return NG_EUNSUPPORTED;
}

int ng__outlets_load(ng_engine *e, ng_error *err)
{
    NG_UNUSED(e);
    NG_UNUSED(err);
    return 0;
}

void ng__outlets_free(struct ng_outlets *o) { NG_UNUSED(o); }
