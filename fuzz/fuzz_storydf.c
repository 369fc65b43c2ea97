/*
 * fuzz_storydf.c -- libFuzzer target: the background term frequencies file
 * (data/storydf.bin, doc/FORMAT.md) the engine loads.  A corrupt file must
 * be refused with NG_EPARSE, never read out of bounds; an accepted one must
 * answer look-ups with rates in [0, 1].
 */
#include "newsgraph.h"
#include "story/story.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ng__bgdf *b;
    ng_error err;
    int rc = ng__bgdf_parse(data, size, &b, &err);
    if (rc != 0 && rc != NG_EPARSE && rc != NG_ENOMEM)
        abort();
    if (rc == 0) {
        for (size_t i = 16; i + 4 <= size; i += 8) {
            uint32_t h = (uint32_t)data[i] | (uint32_t)data[i + 1] << 8 | (uint32_t)data[i + 2] << 16 |
                         (uint32_t)data[i + 3] << 24;
            double r = ng__bgdf_rate(b, h), r1 = ng__bgdf_rate(b, h + 1);
            if (!(r > 0 && r <= 1) || !(r1 >= 0 && r1 <= 1))
                abort();
        }
        ng__bgdf_free(b);
    }
    return 0;
}
