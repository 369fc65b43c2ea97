/*
 * read_all.h -- the loop the reader fuzz targets share (fuzz_jsonl.c,
 * fuzz_warc.c, fuzz_reuters.c): opens a reader on the input, processes and
 * serialises every document it gives (at most 1,000), skips the bad ones,
 * and reads the reader's counts at the end.
 */
#ifndef NG_FUZZ_READ_ALL_H
#define NG_FUZZ_READ_ALL_H

#include "newsgraph.h"

static void fuzz_read_all(ng_engine *engine, const uint8_t *data, size_t size, ng_format format, const char *name,
                          size_t max_doc_bytes)
{
    ng_reader_options opts = {0};
    opts.format = format;
    opts.max_doc_bytes = max_doc_bytes;
    ng_reader *r;
    if (ng_reader_open_mem((const char *)data, size, name, &opts, &r, NULL) != 0)
        return;
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
}

#endif
