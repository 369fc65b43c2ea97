/*
 * fuzz_gazetteer.c -- libFuzzer target: the gazetteer file loader
 * (src/annot/gazetteer.c) on arbitrary bytes.  A file either loads or fails
 * with NG_EPARSE / NG_ENOMEM and a message; a loaded gazetteer must answer
 * lookups of every name it holds, and its places must be well formed.
 */
#include "annot/gazetteer.h"

#include <math.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ng_gazetteer *g = NULL;
    ng_error err;
    memset(&err, 0, sizeof err);
    int rc = ng__gazetteer_parse((const char *)data, size, "fuzz", &g, &err);
    if (rc != 0) {
        if (g || (rc != NG_EPARSE && rc != NG_ENOMEM) || !err.msg[0])
            abort();
        if (rc == NG_EPARSE && err.offset != UINT64_MAX && err.offset > size)
            abort();
        return 0;
    }
    for (uint32_t i = 0; i < g->nplaces; i++) {
        const ng_gaz_place *p = &g->places[i];
        if (!p->name || p->kind < NG_GAZ_COUNTRY || p->kind > NG_GAZ_REGION)
            abort();
        if (p->kind == NG_GAZ_CITY && (!(fabs(p->lat) <= 90) || !(fabs(p->lon) <= 180)))
            abort();
        char key[NG_GAZ_KEY_MAX];
        size_t n = ng__gaz_key(p->name, strlen(p->name), key, sizeof key);
        if (n) {
            const ng_gaz_ref *r = ng__gaz_lookup(g, key, n);
            int found = 0;
            for (; r; r = r->next == UINT32_MAX ? NULL : &g->refs[r->next]) {
                if (r->next != UINT32_MAX && r->next >= g->nrefs)
                    abort();
                if (r->kind == NG_GAZREF_PLACE && r->idx == i)
                    found = 1;
            }
            if (!found)
                abort();
        }
    }
    for (uint32_t i = 0; i < g->norgs; i++)
        if (!g->orgs[i].name)
            abort();
    ng__gazetteer_free(g);
    return 0;
}
