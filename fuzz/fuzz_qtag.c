/*
 * fuzz_qtag.c -- libFuzzer target: the attribution tagger's model reader
 * (src/annot/qtag.c) on arbitrary bytes.  The checksum is skipped so the
 * fuzzer reaches the structural checks; a model that passes them must then
 * tag a short document without any sanitizer complaint, and every item it
 * adds must lie inside the text.
 */
#include "annot/qtag.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ng_qtag *m = NULL;
    int rc = ng__qtag_parse(data, size, 0, &m, NULL);
    if (rc == 0) {
        static const char text[] = "Mayor Lena Brooks said the plan \"will work\", and the council voted for it.\n\n"
                                   "\"We will see,\" she told reporters, according to the Daily Post.\n";
        ng_engine_options eo;
        memset(&eo, 0, sizeof eo);
        eo.flags = NG_ENGINE_NO_MODELS;
        ng_engine *e = NULL;
        ng_doc *d = NULL;
        if (ng_engine_open(&eo, &e, NULL) == 0 && ng_doc_new(&d) == 0 &&
            ng_doc_set_text(d, text, sizeof text - 1) == 0 && ng_process(e, d) == 0) {
            rc = ng__qtag_apply(m, d);
            if (rc && rc != NG_ENOMEM)
                abort();
            for (size_t i = 0; i < d->quotes.n; i++)
                if (d->quotes.v[i].end > d->len || d->quotes.v[i].start >= d->quotes.v[i].end)
                    abort();
            for (size_t i = 0; i < d->attributions.n; i++)
                if (d->attributions.v[i].end > d->len || d->attributions.v[i].source_end > d->len)
                    abort();
        }
        ng_doc_free(d);
        ng_engine_close(e);
        ng__qtag_free(m);
    } else if (rc != NG_EMODEL && rc != NG_ENOMEM)
        abort();
    return 0;
}
