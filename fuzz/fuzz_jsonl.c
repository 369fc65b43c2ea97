/*
 * fuzz_jsonl.c -- libFuzzer target: the JSON Lines reader and the pipeline
 * behind it.  Every article read is processed and serialised; any crash,
 * leak or sanitizer report is a bug.
 */
#include "newsgraph.h"
#include "read_all.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ng_engine *engine;
    if (!engine && ng_engine_open(NULL, &engine, NULL) != 0)
        return 0;
    fuzz_read_all(engine, data, size, NG_FORMAT_JSONL, "fuzz.jsonl", 1 << 16);
    return 0;
}
