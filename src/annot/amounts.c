/*
 * amounts.c -- money, percentages, multipliers and counts (placeholder).
 *
 * Fills doc->amounts.  This first version finds nothing; the statements
 * issue replaces it.
 */
#include "../engine.h"

int ng__annot_amounts(const ng_engine *e, ng_doc *d)
{
    NG_UNUSED(e);
    NG_UNUSED(d);
    return 0;
}

void ng__json_amounts(const ng_doc *d, ng_buf *b)
{
    NG_UNUSED(d);
    ng__buf_puts(b, "[]");
}
