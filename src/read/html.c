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
