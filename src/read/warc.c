/*
 * warc.c -- WARC archives (placeholder).
 *
 * The pages issue replaces this with a WARC 1.0/1.1 reader.  Until then a
 * WARC input is reported as unsupported, once.
 */
#include "read.h"

int ng__warc_next(ng_reader *r, ng_doc **doc, ng_error *err)
{
    NG_UNUSED(doc);
    if (r->done)
        return 0;
    r->done = 1;
    ng__error_set(err, NG_EUNSUPPORTED, 0, 0, "%s: WARC input is not supported yet", r->name);
    return NG_EUNSUPPORTED;
}
