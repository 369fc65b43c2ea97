/*
 * fuzz_qsrc.c -- libFuzzer target: the source-confidence model's reader
 * (src/annot/qsrc.c) on arbitrary bytes.  The checksum is skipped so the
 * fuzzer reaches the structural checks; a model that passes them must then
 * choose extents for and score a short document's items without any
 * sanitizer complaint, and may only withhold sources or change their extents
 * within the text (never add one, never change a speaker entity).  Both
 * versions of the file (with and without the extent chooser) are reached.
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
                                   "\"We will see,\" she told reporters, according to the Daily Post.\n\n"
                                   "Ann Lee, who runs a bakery, said the rent rose, said Tom Berg, a tailor in town.\n";
        ng_engine_options eo;
        memset(&eo, 0, sizeof eo);
        eo.data_dir = NG_DATA_DIR;
        eo.flags = NG_ENGINE_NO_QUOTES_MODEL;
        static ng_engine *e = NULL; /* opened once: the entity model is large */
        ng_doc *d = NULL;
        if ((e || ng_engine_open(&eo, &e, NULL) == 0) && ng_doc_new(&d) == 0 &&
            ng_doc_set_text(d, text, sizeof text - 1) == 0 && ng_process(e, d) == 0) {
            size_t nq = d->quotes.n, na = d->attributions.n;
            int32_t qe[64], ae[64];
            for (size_t i = 0; i < nq && i < 64; i++)
                qe[i] = d->quotes.v[i].speaker;
            for (size_t i = 0; i < na && i < 64; i++)
                ae[i] = d->attributions.v[i].source_entity;
            rc = ng__qsrc_apply(m, d);
            if (rc && rc != NG_ENOMEM)
                abort();
            if (d->quotes.n != nq || d->attributions.n != na)
                abort();
            /* a source is withheld (null, no entity) or a span of the text with its entity unchanged */
            for (size_t i = 0; i < nq && i < 64; i++) {
                const ng_quote *q = &d->quotes.v[i];
                int bad = q->speaker_end ? q->speaker_start >= q->speaker_end || q->speaker_end > d->len ||
                                               q->speaker != qe[i]
                                         : q->speaker_start || (q->speaker != -1 && q->speaker != qe[i]);
                if (bad)
                    abort();
            }
            for (size_t i = 0; i < na && i < 64; i++) {
                const ng_attribution *a = &d->attributions.v[i];
                int bad = a->source_end ? a->source_start >= a->source_end || a->source_end > d->len ||
                                              a->source_entity != ae[i]
                                        : a->source_start || (a->source_entity != -1 && a->source_entity != ae[i]);
                if (bad)
                    abort();
            }
        }
        ng_doc_free(d);
        ng__qsrc_free(m);
    } else if (rc != NG_EMODEL && rc != NG_ENOMEM)
        abort();
    return 0;
}
