/*
 * arena.c -- bump allocation for per-document data.
 *
 * A document owns one arena; every span table, string and annotation of the
 * document is allocated from it, and ng_doc_free() releases all of it with
 * one call.  Blocks grow geometrically, so a document of n bytes costs
 * O(log n) heap allocations.
 */
#include "util.h"

#include <stdio.h>

struct ng_arena_block {
    ng_arena_block *next;
    size_t cap;
    max_align_t data[];
};

#define ARENA_MIN_BLOCK 4096

void ng__arena_init(ng_arena *a) { memset(a, 0, sizeof *a); }

void ng__arena_free(ng_arena *a)
{
    ng_arena_block *b = a->head;
    while (b) {
        ng_arena_block *next = b->next;
        ng__free(b);
        b = next;
    }
    memset(a, 0, sizeof *a);
}

void *ng__arena_alloc(ng_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0)
        n = 16;
    if (!a->head || a->cap - a->used < n) {
        size_t cap = a->total < ARENA_MIN_BLOCK ? ARENA_MIN_BLOCK : a->total;
        if (cap < n)
            cap = n;
        if (cap > SIZE_MAX - sizeof(ng_arena_block))
            return NULL;
        ng_arena_block *b = ng__malloc(sizeof(ng_arena_block) + cap);
        if (!b)
            return NULL;
        b->next = a->head;
        b->cap = cap;
        a->head = b;
        a->used = 0;
        a->cap = cap;
        a->total += cap;
    }
    void *p = (char *)a->head->data + a->used;
    a->used += n;
    return p;
}

void *ng__arena_calloc(ng_arena *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    void *p = ng__arena_alloc(a, n * size);
    if (p)
        memset(p, 0, n * size);
    return p;
}

char *ng__arena_strndup(ng_arena *a, const char *s, size_t n)
{
    char *p = ng__arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *ng__arena_printf(ng_arena *a, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = ng__arena_alloc(a, (size_t)n + 1);
    if (!p)
        return NULL;
    if ((size_t)n < sizeof tmp) {
        memcpy(p, tmp, (size_t)n + 1);
    } else {
        va_start(ap, fmt);
        vsnprintf(p, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    return p;
}

int ng__vec_grow(ng_arena *a, void **v, size_t *cap, size_t n, size_t elem)
{
    size_t ncap = *cap ? *cap * 2 : 16;
    if (ncap > SIZE_MAX / elem)
        return NG_ENOMEM;
    void *p = ng__arena_alloc(a, ncap * elem);
    if (!p)
        return NG_ENOMEM;
    if (n)
        memcpy(p, *v, n * elem);
    *v = p;
    *cap = ncap;
    return 0;
}
