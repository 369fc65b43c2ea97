/*
 * sentrun.h -- the end of a run of tokens of one sentence, found by
 * galloping: tokens carry their sentence's index (ng_token.sent), and a
 * sentence's tokens are contiguous, so the end is found in about 2 log2(n)
 * probes instead of a look at each of its n tokens.  For the annotators
 * that walk a document sentence by sentence.
 */
#ifndef NG_TEXT_SENTRUN_H
#define NG_TEXT_SENTRUN_H

#include "../doc.h"

/* The first token after s (s < lim <= nt) whose sentence differs from
 * token s's, or lim. */
static inline size_t ng__sent_run_end(const ng_token *tv, size_t s, size_t lim)
{
    uint32_t sent = tv[s].sent;
    size_t lo = s + 1, hi; /* [s, lo) are in the sentence */
    for (size_t step = 16;; step *= 2) {
        hi = lo + step;
        if (hi >= lim) {
            hi = lim;
            break;
        }
        if (tv[hi - 1].sent != sent)
            break;
        lo = hi;
    }
    while (lo < hi) { /* the first token of another sentence in [lo, hi] */
        size_t mid = lo + (hi - lo) / 2;
        if (tv[mid].sent == sent)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

#endif
