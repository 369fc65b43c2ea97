/*
 * alloc.c -- the library's allocator and result-code names.
 *
 * Every allocation of libnewsgraph goes through ng__malloc/ng__realloc/
 * ng__free, which call the functions installed with ng_set_allocator() (the C
 * library's by default).  This is what lets the tests fail the Nth allocation
 * and check that each failure becomes NG_ENOMEM without a leak or a crash.
 */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>

static void *default_malloc(void *ud, size_t n) { NG_UNUSED(ud); return malloc(n); }
static void *default_realloc(void *ud, void *p, size_t n) { NG_UNUSED(ud); return realloc(p, n); }
static void default_free(void *ud, void *p) { NG_UNUSED(ud); free(p); }

static ng_allocator g_alloc = {default_malloc, default_realloc, default_free, NULL};

void ng_set_allocator(const ng_allocator *a)
{
    if (a && a->malloc_fn && a->realloc_fn && a->free_fn)
        g_alloc = *a;
    else
        g_alloc = (ng_allocator){default_malloc, default_realloc, default_free, NULL};
}

void *ng__malloc(size_t n) { return g_alloc.malloc_fn(g_alloc.ud, n ? n : 1); }

void *ng__calloc(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    void *p = ng__malloc(n * size);
    if (p)
        memset(p, 0, n * size);
    return p;
}

void *ng__realloc(void *p, size_t n) { return g_alloc.realloc_fn(g_alloc.ud, p, n ? n : 1); }

int ng__grow(void **p, size_t *cap, size_t need, size_t elem, size_t first)
{
    if (need <= *cap)
        return 0;
    size_t nc = *cap ? *cap * 2 : first;
    while (nc < need)
        nc *= 2;
    if (elem && nc > SIZE_MAX / elem)
        return NG_ENOMEM;
    void *q = ng__realloc(*p, nc * elem);
    if (!q)
        return NG_ENOMEM;
    *p = q;
    *cap = nc;
    return 0;
}

void ng__free(void *p)
{
    if (p)
        g_alloc.free_fn(g_alloc.ud, p);
}

void ng_free(void *p) { ng__free(p); }

char *ng__strndup(const char *s, size_t n)
{
    char *p = ng__malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

const char *ng_strerror(int code)
{
    switch (code) {
    case NG_OK: return "success";
    case NG_ENOMEM: return "out of memory";
    case NG_EINVAL: return "invalid argument";
    case NG_EIO: return "input/output error";
    case NG_EPARSE: return "malformed input";
    case NG_ETOOBIG: return "input too large";
    case NG_EEMPTY: return "empty input";
    case NG_EBINARY: return "binary input, not text";
    case NG_EMODEL: return "bad or missing model";
    case NG_ENOTFOUND: return "not found";
    case NG_EDB: return "database error";
    case NG_EUNSUPPORTED: return "unsupported";
    default: return "unknown error";
    }
}

void ng__error_set(ng_error *err, int code, uint64_t offset, uint64_t line,
                   const char *fmt, ...)
{
    if (!err)
        return;
    err->code = code;
    err->offset = offset;
    err->line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
}
