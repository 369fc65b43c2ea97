/*
 * fuzz_text.c -- libFuzzer target: the text layer (repair, normalisation,
 * tokens, sentences) and the annotators on arbitrary bytes.  Besides the
 * sanitizers, it checks the layer's invariants: spans inside the text,
 * tokens in order and inside their sentences, valid UTF-8 text.
 */
#include "newsgraph.h"
#include "doc.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ng_engine *engine;
    if (!engine && ng_engine_open(NULL, &engine, NULL) != 0)
        return 0;
    ng_doc *d;
    if (ng_doc_new(&d) != 0)
        return 0;
    if (ng_doc_set_text(d, (const char *)data, size) == 0 && ng_process(engine, d) == 0) {
        if (ng__utf8_check(d->text, d->len) != d->len)
            abort();
        uint32_t prev = 0;
        for (size_t i = 0; i < d->tokens.n; i++) {
            const ng_token *t = &d->tokens.v[i];
            if (t->start < prev || t->end <= t->start || t->end > d->len)
                abort();
            if (t->sent >= d->sents.n || t->start < d->sents.v[t->sent].start ||
                t->end > d->sents.v[t->sent].end)
                abort();
            prev = t->end;
        }
        char *json;
        size_t len;
        if (ng_doc_to_json(d, &json, &len) == 0)
            ng_free(json);
    }
    ng_doc_free(d);
    return 0;
}
