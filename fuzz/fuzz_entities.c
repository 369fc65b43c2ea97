/*
 * fuzz_entities.c -- libFuzzer target: the entities resolver
 * (ng__entities_resolve) on arbitrary text with arbitrary mentions, as a
 * buggy or future tagger might produce them (overlapping, out of order,
 * inside words, past the end, bad types).
 *
 * Input: byte 0 = number of mentions N (mod 64); then N records of 5 bytes
 * (start: 2 bytes little-endian, length: 1 byte, type: 1 byte, 1 spare);
 * the rest is the article text.  Checks: every entity's mentions point back
 * to it, spans lie inside the text, role references and nominals are valid,
 * and the record is written.
 */
#include "annot/gazetteer.h"
#include "doc.h"
#include "engine.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ng_engine *engine;
    if (!engine) {
        ng_engine_options o = {.data_dir = NG_DATA_DIR, .flags = NG_ENGINE_NO_MODELS};
        if (ng_engine_open(&o, &engine, NULL) != 0 || ng__gazetteer_load(engine, NULL) != 0)
            return 0;
    }
    if (size < 1)
        return 0;
    size_t n = data[0] % 64, hdr = 1 + 5 * n;
    if (size < hdr)
        return 0;
    ng_doc *d;
    if (ng_doc_new(&d) != 0)
        return 0;
    if (ng_doc_set_text(d, (const char *)data + hdr, size - hdr) != 0 || ng_process(engine, d) != 0) {
        ng_doc_free(d);
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        const uint8_t *r = data + 1 + 5 * i;
        uint32_t s = (uint32_t)r[0] | (uint32_t)r[1] << 8;
        ng_mention m = {s, s + r[2], 0, 0, (uint8_t)(r[3] % 6), -1};
        if (NG_VEC_PUSH(&d->arena, d->mentions, m) != 0) {
            ng_doc_free(d);
            return 0;
        }
    }
    if (ng__entities_resolve(engine, d) == 0) {
        for (size_t k = 0; k < d->entities.n; k++) {
            const ng_entity *e = &d->entities.v[k];
            if (!e->name || e->nmentions == 0 || e->type < NG_ENT_PER || e->type > NG_ENT_MISC)
                abort();
            for (uint32_t j = 0; j < e->nmentions; j++) {
                const ng_mention *m = &d->mentions.v[e->mentions[j]];
                if (e->mentions[j] >= d->mentions.n || m->entity != (int32_t)k || m->end > d->len ||
                    m->start >= m->end)
                    abort();
            }
            for (uint32_t j = 0; j < e->nnominals; j++)
                if (e->nominals[j] >= d->rolerefs.n || d->rolerefs.v[e->nominals[j]].entity != (int32_t)k)
                    abort();
            if (e->role && (e->role_end > d->len || e->role_start >= e->role_end))
                abort();
        }
        for (size_t k = 0; k < d->mentions.n; k++)
            if (d->mentions.v[k].entity >= (int32_t)d->entities.n)
                abort();
        for (size_t k = 0; k < d->rolerefs.n; k++)
            if (d->rolerefs.v[k].end > d->len || d->rolerefs.v[k].entity >= (int32_t)d->entities.n)
                abort();
        char *json;
        size_t len;
        if (ng_doc_to_json(d, &json, &len) == 0)
            ng_free(json);
    }
    ng_doc_free(d);
    return 0;
}
