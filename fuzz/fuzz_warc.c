/*
 * fuzz_warc.c -- libFuzzer target: the WARC/ARC reader (gzip members, record
 * headers, HTTP headers, chunked and compressed bodies) and the pipeline
 * behind it.  Every page read is processed and serialised.
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
    fuzz_read_all(engine, data, size, NG_FORMAT_WARC, "fuzz.warc", 1 << 16);
    return 0;
}
