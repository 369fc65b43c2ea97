/*
 * fuzz_model.c -- libFuzzer target: the tagger's model loader on arbitrary
 * bytes.  The checksum is skipped so the fuzzer reaches the structural
 * checks; a model that passes them must then tag a sentence without any
 * sanitizer complaint.
 */
#include "annot/ner_model.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ng_ner_model *m = NULL;
    int rc = ng__ner_model_parse(data, size, 0, &m, NULL);
    if (rc == 0) {
        static const char *const words[] = {"NATO", "chief", "Mark", "Rutte", "visited", "Kyiv", "'s", "mayor", "."};
        enum { N = sizeof words / sizeof *words };
        ng_ner_str toks[N];
        for (size_t i = 0; i < N; i++) {
            toks[i].s = words[i];
            toks[i].len = (uint32_t)strlen(words[i]);
        }
        uint8_t tags[N];
        ng_ner_hist h;
        ng_ner_scratch x;
        if (ng__ner_scratch_init(&x, NULL, N) == 0 && ng__ner_hist_init(&h, NULL, 64) == 0) {
            for (int pass = 0; pass < 2; pass++)
                ng__ner_tag_sentence(m, toks, N, &h, &x, tags);
            for (size_t i = 0; i < N; i++)
                if (tags[i] >= NG_NER_NT)
                    abort();
            ng__ner_hist_free_heap(&h);
        }
        ng__ner_scratch_free_heap(&x);
        ng__ner_model_free(m);
    } else if (rc != NG_EMODEL && rc != NG_ENOMEM)
        abort();
    return 0;
}
