/*
 * fuzz_storystate.c -- libFuzzer target: the story state blob a database
 * holds for every open story (doc/SCHEMA.md), read back by the clusterer
 * when a store opens.  A corrupt blob must be refused, never read out of
 * bounds; an accepted one must serve a clustering decision.
 */
#include "newsgraph.h"
#include "story/story.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ng__clus *c;
    if (ng__clus_new(NULL, &c) != 0)
        return 0;
    int rc = ng__clus_load_story(c, 1, 20000, 20001, 1, data, size);
    if (rc != 0 && rc != NG_EPARSE && rc != NG_ENOMEM)
        abort();
    if (rc == 0) {
        /* one article that shares the blob's first term, if any */
        ng_fitem t = {size >= 20 ? (uint32_t)data[12] | (uint32_t)data[13] << 8 | (uint32_t)data[14] << 16 |
                                       (uint32_t)data[15] << 24
                                 : 1,
                      2.0f};
        if (t.h == 0)
            t.h = 1;
        ng__feat f;
        memset(&f, 0, sizeof f);
        f.terms = &t;
        f.nterms = 1;
        f.day = 20002;
        ng__clus_result res;
        if (ng__clus_add(c, 1, &f, &res) == 0 && res.story <= 0)
            abort();
    }
    ng__clus_free(c);
    return 0;
}
