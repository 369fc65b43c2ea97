/*
 * times.c -- temporal expressions (placeholder).
 *
 * Fills doc->times.  This first version finds nothing; the statements issue
 * replaces it with TIMEX3 recognition and normalisation.
 */
#include "../engine.h"

int ng__annot_times(const ng_engine *e, ng_doc *d)
{
    NG_UNUSED(e);
    NG_UNUSED(d);
    return 0;
}

void ng__json_times(const ng_doc *d, ng_buf *b)
{
    NG_UNUSED(d);
    ng__buf_puts(b, "[]");
}
