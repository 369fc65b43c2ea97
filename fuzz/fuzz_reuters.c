/*
 * fuzz_reuters.c -- libFuzzer target: the Reuters-21578 SGML reader (the
 * search for articles across its input chunks, tags, attributes, SGML
 * references, dates) and the pipeline behind it.  Every article read is
 * processed and serialised; the counts are read at the end.
 */
#include "newsgraph.h"
#include "read_all.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ng_engine *engine;
    if (!engine) {
        ng_engine_options o = {0};
        o.flags = NG_ENGINE_NO_MODELS;
        if (ng_engine_open(&o, &engine, NULL) != 0)
            return 0;
    }
    /* (a small size limit: it is reached too) */
    fuzz_read_all(engine, data, size, NG_FORMAT_REUTERS, "fuzz.sgm", 1 << 14);
    return 0;
}
