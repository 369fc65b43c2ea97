/*
 * test_qsort_items.c -- ng__q_sort (src/annot/quotes.c) orders a document's
 * quotes and attributions by start and keeps items of equal start in their
 * order (the order the records had when glibc 2.36's merge sort did it), both for
 * the few items of a document (insertion) and for many (merge sort; glibc
 * 2.37's qsort is no longer stable, so this fails with it).
 */
#include "annot/quotes.h"
#include "test.h"

#include <stdlib.h>

/* n quotes with starts from a scrambled sequence of few distinct values;
 * each quote's end is its push order, so ties can be checked. */
static void check_sorted(size_t n)
{
    ng_doc *d;
    CHECK(ng_doc_new(&d) == 0);
    if (!d)
        return;
    uint32_t x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        ng_quote q;
        memset(&q, 0, sizeof q);
        q.start = (x >> 16) % 7u; /* many ties */
        q.end = (uint32_t)i;
        ng_attribution a;
        memset(&a, 0, sizeof a);
        a.start = (x >> 8) % 5u;
        a.end = (uint32_t)i;
        CHECK(NG_VEC_PUSH(&d->arena, d->quotes, q) == 0);
        CHECK(NG_VEC_PUSH(&d->arena, d->attributions, a) == 0);
    }
    CHECK(ng__q_sort(d) == 0);
    int ok = 1;
    for (size_t i = 1; i < d->quotes.n; i++) {
        const ng_quote *p = &d->quotes.v[i - 1], *q = &d->quotes.v[i];
        if (p->start > q->start || (p->start == q->start && p->end >= q->end))
            ok = 0;
    }
    for (size_t i = 1; i < d->attributions.n; i++) {
        const ng_attribution *p = &d->attributions.v[i - 1], *q = &d->attributions.v[i];
        if (p->start > q->start || (p->start == q->start && p->end >= q->end))
            ok = 0;
    }
    CHECK(ok);
    CHECK_EQ_INT(d->quotes.n, n);
    CHECK_EQ_INT(d->attributions.n, n);
    ng_doc_free(d);
}

int main(void)
{
    for (size_t n = 0; n <= 40; n++)
        check_sorted(n);
    check_sorted(1000);
    TEST_MAIN_END();
}
