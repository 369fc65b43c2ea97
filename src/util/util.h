/*
 * util.h -- internal building blocks: allocation, arenas, growable buffers,
 * UTF-8 helpers and a streaming JSON writer.  Nothing here is public API;
 * non-static names start with ng__.
 */
#ifndef NG_UTIL_H
#define NG_UTIL_H

#include "newsgraph.h"
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define NG_UNUSED(x) ((void)(x))
#define NG_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---- allocation: every library allocation goes through these ---- */
void *ng__malloc(size_t n);
void *ng__calloc(size_t n, size_t size);
void *ng__realloc(void *p, size_t n);
void ng__free(void *p);
char *ng__strndup(const char *s, size_t n);
/* Grows the heap array *p of *cap elements of elem bytes to hold at least
 * need: doubling, starting from first.  Returns 0, or NG_ENOMEM (*p and
 * *cap unchanged). */
int ng__grow(void **p, size_t *cap, size_t need, size_t elem, size_t first);

/* ---- arena: bump allocation, freed all at once ---- */
typedef struct ng_arena_block ng_arena_block;
typedef struct ng_arena {
    ng_arena_block *head;
    size_t used, cap;   /* within head */
    size_t total;       /* bytes allocated in all blocks */
} ng_arena;

void ng__arena_init(ng_arena *a);
void ng__arena_free(ng_arena *a);
/* Returns 8-byte aligned memory, or NULL when out of memory. */
void *ng__arena_alloc(ng_arena *a, size_t n);
void *ng__arena_calloc(ng_arena *a, size_t n, size_t size);
/* n rounded up to a multiple of a (a power of two). */
#define NG_ALIGN_UP(n, a) (((size_t)(n) + ((size_t)(a) - 1)) & ~((size_t)(a) - 1))
/* need bytes for tables that die with the call: the caller's buffer buf of
 * cap bytes when they fit (a thread's scratch, the same cache lines from
 * one document to the next), else fresh memory from the arena. */
static inline void *ng__scratch(ng_arena *a, void *buf, size_t cap, size_t need)
{
    return buf && need <= cap ? buf : ng__arena_alloc(a, need);
}
char *ng__arena_strndup(ng_arena *a, const char *s, size_t n);
char *ng__arena_printf(ng_arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/*
 * A growable array in an arena: NG_VEC(T) declares { T *v; size_t n, cap; }.
 * ng__vec_grow makes room for one more element; returns 0 or NG_ENOMEM.
 * Old storage stays in the arena (it is freed with it).
 */
#define NG_VEC(T) struct { T *v; size_t n, cap; }
int ng__vec_grow(ng_arena *a, void **v, size_t *cap, size_t n, size_t elem);
#define NG_VEC_PUSH(a, vec, val)                                                \
    ((vec).n < (vec).cap || ng__vec_grow((a), (void **)&(vec).v, &(vec).cap,    \
                                         (vec).n, sizeof(*(vec).v)) == 0        \
         ? ((vec).v[(vec).n++] = (val), 0)                                      \
         : NG_ENOMEM)

/* ---- buffer: a growable byte string on the heap ---- */
typedef struct ng_buf {
    char *p;
    size_t len, cap;
    int err; /* sticky: NG_ENOMEM once an append failed */
} ng_buf;

void ng__buf_init(ng_buf *b);
void ng__buf_free(ng_buf *b);
int ng__buf_reserve(ng_buf *b, size_t extra);
void ng__buf_put(ng_buf *b, const void *s, size_t n);
void ng__buf_puts(ng_buf *b, const char *s);
void ng__buf_putc(ng_buf *b, char c);
void ng__buf_printf(ng_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Detaches the NUL-terminated contents (caller frees with ng__free). */
char *ng__buf_take(ng_buf *b, size_t *len);
/* Appends the whole file at path to b.  Returns 0, 1 when the file cannot be
 * opened (absent: the caller decides whether that matters), NG_EIO on a read
 * error, NG_ENOMEM when b could not grow (b keeps what it had; free it). */
int ng__buf_read_file(ng_buf *b, const char *path);

/* ---- JSON writing ---- */
/* Appends s[0..n) as a JSON string literal (quotes included).  Invalid UTF-8
 * is written as U+FFFD so the output is always valid JSON. */
void ng__json_str(ng_buf *b, const char *s, size_t n);
/* Appends a C string as JSON, or null when s is NULL. */
void ng__json_cstr(ng_buf *b, const char *s);
/* Appends a double in shortest round-trip-safe form (%.17g fallback). */
void ng__json_num(ng_buf *b, double v);
/* Appends "key": (with the leading comma unless first). */
void ng__json_key(ng_buf *b, const char *key, bool *first);

/* ---- UTF-8 ---- */
/* Decodes one code point at s[0..n); returns its length (1..4) and sets *cp,
 * or returns 0 for an invalid or truncated sequence. */
int ng__utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* Encodes cp into out (4 bytes room); returns the length. */
int ng__utf8_encode(uint32_t cp, char *out);
/* Offset of the first invalid byte in s[0..n), or n when all valid. */
size_t ng__utf8_check(const char *s, size_t n);

/* ---- errors ---- */
void ng__error_set(ng_error *err, int code, uint64_t offset, uint64_t line,
                   const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* ---- dates (date.c) ---- */
/* Days from 1970-01-01 to y-m-d, and back (proleptic Gregorian). */
long ng__days_from_civil(int y, int m, int d);
void ng__civil_from_days(long days, int *y, int *m, int *d);

/* ---- hashing ---- */
uint64_t ng__hash(const void *p, size_t n);

#endif
