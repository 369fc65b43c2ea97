/*
 * oom_alloc.h -- a counting allocator for out-of-memory tests: the call
 * numbered fail_at fails (sets failed), and live counts the allocations not
 * yet freed.  Install it with ng_set_allocator(&oom_allocator).
 */
#ifndef NG_OOM_ALLOC_H
#define NG_OOM_ALLOC_H

#include "newsgraph.h"

#include <stdlib.h>

static long live;         /* allocations not yet freed */
static long calls;        /* allocation calls so far */
static long fail_at = -1; /* the call that fails, or -1 */
static int failed;        /* the failure was hit */

static void *t_malloc(void *ud, size_t n)
{
    (void)ud;
    if (++calls == fail_at) {
        failed = 1;
        return NULL;
    }
    void *p = malloc(n);
    if (p)
        live++;
    return p;
}

static void *t_realloc(void *ud, void *p, size_t n)
{
    (void)ud;
    if (++calls == fail_at) {
        failed = 1;
        return NULL;
    }
    void *q = realloc(p, n);
    if (q && !p)
        live++;
    return q;
}

static void t_free(void *ud, void *p)
{
    (void)ud;
    if (p)
        live--;
    free(p);
}

static const ng_allocator oom_allocator = {t_malloc, t_realloc, t_free, NULL};

#endif
