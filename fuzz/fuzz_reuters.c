/*
 * fuzz_reuters.c -- libFuzzer target: the Reuters-21578 SGML reader (the
 * search for articles across its input chunks, tags, attributes, SGML
 * references, dates) and the pipeline behind it.  Every article read is
 * processed and serialised; the counts are read at the end.
 */
#include "newsgraph.h"

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
    ng_reader_options opts = {0};
    opts.format = NG_FORMAT_REUTERS;
    opts.max_doc_bytes = 1 << 14; /* small: the size limit is reached too */
    ng_reader *r;
    if (ng_reader_open_mem((const char *)data, size, "fuzz.sgm", &opts, &r, NULL) != 0)
        return 0;
    for (int i = 0; i < 1000; i++) {
        ng_doc *d;
        ng_error err;
        int rc = ng_reader_next(r, &d, &err);
        if (rc == 0 || rc == NG_EIO || rc == NG_ENOMEM)
            break;
        if (rc < 0)
            continue;
        if (ng_process(engine, d) == 0) {
            char *json;
            size_t len;
            if (ng_doc_to_json(d, &json, &len) == 0)
                ng_free(json);
        }
        ng_doc_free(d);
    }
    ng_reader_stats st;
    ng_reader_stats_get(r, &st);
    ng_reader_close(r);
    return 0;
}
