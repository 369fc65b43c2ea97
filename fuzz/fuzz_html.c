/*
 * fuzz_html.c -- libFuzzer target: the HTML reader (character sets, parsing,
 * main text, metadata) and the pipeline behind it.  The input is one page.
 * The first byte, when it is below 8, picks a charset hint as a WARC HTTP
 * header would give it, so that path is fuzzed too.
 */
#include "newsgraph.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ng_engine *engine;
    if (!engine) {
        ng_engine_options o = {0};
        o.data_dir = NG_DATA_DIR;
        o.max_doc_bytes = 1 << 20;
        if (ng_engine_open(&o, &engine, NULL) != 0)
            return 0;
    }
    ng_doc *d;
    if (ng_doc_new(&d) != 0)
        return 0;
    if (size && data[0] < 3) {
        static const char *const urls[] = {"https://www.bbc.co.uk/news/2020/01/02/x", "http://example.com/",
                                           "not a url"};
        ng_doc_set(d, NG_FIELD_URL, urls[data[0]], strlen(urls[data[0]]));
        data++, size--;
    }
    if (ng_doc_set_html(d, (const char *)data, size) == 0 && ng_process(engine, d) == 0) {
        char *json;
        size_t len;
        if (ng_doc_to_json(d, &json, &len) == 0)
            ng_free(json);
    }
    ng_doc_free(d);
    return 0;
}
