/*
 * fuzz_qsrc.c -- libFuzzer target: the source-confidence model's reader
 * (src/annot/qsrc.c) on arbitrary bytes.  The checksum is skipped so the
 * fuzzer reaches the structural checks; a model that passes them must then
 * score a short document's items without any sanitizer complaint, and may
 * only withhold sources (never add or move one).
 */
#include "annot/qsrc.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ng_qsrc *m = NULL;
    int rc = ng__qsrc_parse(data, size, 0, &m, NULL);
    if (rc == 0) {
        static const char text[] = "Mayor Lena Brooks said the plan \"will work\", and the council voted for it.\n\n"
                                   "\"We will see,\" she told reporters, according to the Daily Post.\n";
        ng_engine_options eo;
        memset(&eo, 0, sizeof eo);
        eo.data_dir = NG_DATA_DIR;
        eo.flags = NG_ENGINE_NO_QUOTES_MODEL;
        static ng_engine *e = NULL; /* opened once: the entity model is large */
        ng_doc *d = NULL;
        if ((e || ng_engine_open(&eo, &e, NULL) == 0) && ng_doc_new(&d) == 0 &&
            ng_doc_set_text(d, text, sizeof text - 1) == 0 && ng_process(e, d) == 0) {
            size_t nq = d->quotes.n, na = d->attributions.n;
            uint32_t qs[64], as[64];
            for (size_t i = 0; i < nq && i < 64; i++)
                qs[i] = d->quotes.v[i].speaker_start;
            for (size_t i = 0; i < na && i < 64; i++)
                as[i] = d->attributions.v[i].source_start;
            rc = ng__qsrc_apply(m, d);
            if (rc && rc != NG_ENOMEM)
                abort();
            if (d->quotes.n != nq || d->attributions.n != na)
                abort();
            for (size_t i = 0; i < nq && i < 64; i++)
                if (d->quotes.v[i].speaker_end && d->quotes.v[i].speaker_start != qs[i])
                    abort();
            for (size_t i = 0; i < na && i < 64; i++)
                if (d->attributions.v[i].source_end && d->attributions.v[i].source_start != as[i])
                    abort();
        }
        ng_doc_free(d);
        ng__qsrc_free(m);
    } else if (rc != NG_EMODEL && rc != NG_ENOMEM)
        abort();
    return 0;
}
