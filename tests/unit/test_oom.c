/*
 * test_oom.c -- out-of-memory over the whole per-document pipeline.
 *
 * A counting allocator fails the Nth allocation, for N = 1, 2, ... until a
 * run completes without hitting the failure.  Each run reads articles from
 * memory (JSON Lines and plain text), processes them with the engine (its
 * models and gazetteers, when present) and writes their records.  Every run
 * must end in NG_ENOMEM, or in success with exactly the records of a run
 * without failures (a library may recover from a failed allocation, as
 * jansson's hash tables do) - never a crash - and free everything it
 * allocated.
 */
#include "newsgraph.h"
#include "test.h"

#include <stdlib.h>

#include "oom_alloc.h"

static unsigned long long out_hash; /* FNV-1a of the records written */

static const char jsonl[] =
    "{\"id\":\"a\",\"outlet\":\"The Test Gazette\",\"published\":\"2025-06-23\",\"title\":\"NATO chief speaks\","
    "\"text\":\"THE HAGUE \\u2014 NATO Secretary-General Mark Rutte said on Monday that Ukraine\\u2019s path to "
    "NATO is \\u201cirreversible.\\u201d \\u201cI can announce that our allies will provide over \\u20ac35 billion "
    "of additional security assistance,\\u201d the NATO chief said. According to Reuters, allies agreed last "
    "year to spend 5 percent of gross domestic product on defense. He added that NATO was aiming for a fivefold "
    "increase in air defenses before the summit on 24-25 June.\\n\\u201cThat is still true today,\\u201d Rutte "
    "told reporters in Washington.\"}\n"
    "{\"text\":\"Caf\\u00e9 owners in Kyiv said prices rose 12% in May 2025.\"}\n"
    "not json\n";

static const char text[] = "Headline\nGen. Smith met U.S. officials in London on Tuesday. \xff \"It was fine,\" he said.";

/* One whole run; returns 0 or the first error met. */
static int run_once(ng_engine *e)
{
    static const struct { const char *data; size_t len; const char *name; } inputs[] = {
        {jsonl, sizeof jsonl - 1, "oom.jsonl"},
        {text, sizeof text - 1, "oom.txt"},
    };
    int first = 0;
    for (size_t k = 0; k < sizeof inputs / sizeof inputs[0]; k++) {
        ng_reader_options o = {0};
        o.title_line = k == 1;
        ng_reader *r;
        int rc = ng_reader_open_mem(inputs[k].data, inputs[k].len, inputs[k].name, &o, &r, NULL);
        if (rc) {
            if (!first)
                first = rc;
            continue;
        }
        for (;;) {
            ng_doc *d;
            ng_error err;
            rc = ng_reader_next(r, &d, &err);
            if (rc == 0)
                break;
            if (rc < 0) {
                if (rc == NG_ENOMEM && !first)
                    first = rc;
                if (rc == NG_ENOMEM || rc == NG_EIO)
                    break;
                continue;
            }
            rc = ng_process(e, d);
            if (rc == 0) {
                char *json;
                size_t len;
                rc = ng_doc_to_json(d, &json, &len);
                if (rc == 0) {
                    CHECK(len > 0 && json[0] == '{' && json[len - 1] == '}');
                    for (size_t i = 0; i < len; i++)
                        out_hash = (out_hash ^ (unsigned char)json[i]) * 1099511628211ull;
                    ng_free(json);
                }
            }
            if (rc && !first)
                first = rc;
            ng_doc_free(d);
        }
        ng_reader_close(r);
    }
    return first;
}

int main(void)
{
    ng_set_allocator(&oom_allocator);
    ng_engine_options eo = {0};
    eo.data_dir = NG_DATA_DIR;
    ng_engine *e;
    ng_error err;
    int rc = ng_engine_open(&eo, &e, &err);
    CHECK_EQ_INT(rc, 0);
    if (rc) {
        fprintf(stderr, "engine: %s\n", err.msg);
        TEST_MAIN_END();
    }
    /* a clean run: no error but the expected parse error of "not json" */
    long base = live;
    fail_at = -1;
    out_hash = 14695981039346656037ull;
    CHECK_EQ_INT(run_once(e), 0);
    unsigned long long clean_hash = out_hash;
    CHECK_EQ_INT(live, base);
    long total = calls;
    int runs = 0, bad_rc = 0, leaks = 0;
    for (long n = 1;; n++) {
        calls = 0;
        failed = 0;
        fail_at = n;
        out_hash = 14695981039346656037ull;
        rc = run_once(e);
        runs++;
        if (failed && rc != NG_ENOMEM && !(rc == 0 && out_hash == clean_hash))
            bad_rc++; /* a failure that was swallowed or misreported */
        if (!failed && rc != 0)
            bad_rc++;
        if (live != base)
            leaks++;
        if (bad_rc + leaks == 1 && (failed ? rc != NG_ENOMEM && out_hash != clean_hash : rc != 0 || live != base))
            fprintf(stderr, "allocation %ld: rc %d, %ld live allocations left\n", n, rc, live - base);
        live = base;
        if (!failed)
            break;
    }
    fail_at = -1;
    printf("%d runs over %ld allocations per run\n", runs, total);
    CHECK(runs > 10);
    CHECK_EQ_INT(bad_rc, 0);
    CHECK_EQ_INT(leaks, 0);
    /* out of memory opening the engine (with its models): every one of the
     * first 16 allocations, then geometrically spaced ones (about 50 loads
     * in all even when a model load takes 100,000 allocations) */
    for (long n = 1; n < 100000000; n += n < 16 ? 1 : n / 4) {
        calls = 0;
        failed = 0;
        fail_at = n;
        long before = live;
        ng_engine *e2 = NULL;
        rc = ng_engine_open(&eo, &e2, NULL);
        ng_engine_close(e2);
        if (failed)
            CHECK(rc == NG_ENOMEM);
        CHECK(live == before);
        if (!failed)
            break;
    }
    fail_at = -1;
    ng_engine_close(e);
    ng_set_allocator(NULL);
    TEST_MAIN_END();
}
