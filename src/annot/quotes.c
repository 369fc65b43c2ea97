/*
 * quotes.c -- quotations and attributions (placeholder).
 *
 * Fills doc->quotes and doc->attributions.  This first version finds
 * nothing; the statements issue replaces it.
 */
#include "../engine.h"

int ng__annot_quotes(const ng_engine *e, ng_doc *d)
{
    NG_UNUSED(e);
    NG_UNUSED(d);
    return 0;
}

void ng__json_quotes(const ng_doc *d, ng_buf *b)
{
    NG_UNUSED(d);
    ng__buf_puts(b, "[]");
}

void ng__json_attributions(const ng_doc *d, ng_buf *b)
{
    NG_UNUSED(d);
    ng__buf_puts(b, "[]");
}
