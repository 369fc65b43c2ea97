/*
 * sentrun.h -- the end of a run of tokens of one sentence, for the
 * annotators that walk a document sentence by sentence.  Tokens carry their
 * sentence's index (ng_token.sent), and a sentence's tokens are contiguous.
 * ng__sent_ends() tabulates every sentence's end once per document (one
 * store per token, no branch), after which ng__sent_end_of() is one load;
 * ng__sent_run_end() finds an end without the table by galloping (about
 * 2 log2(n) probes for a sentence of n tokens, but their branches are
 * mispredicted about half the time).
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

/* Fills d->sent_end (see doc.h) unless it is there already.  Returns 0 or
 * NG_ENOMEM. */
int ng__sent_ends(ng_doc *d);

/* The first token after s (s < lim <= nt) in another sentence than token
 * s, or lim: from d->sent_end when it is built, else by galloping. */
static inline size_t ng__sent_end_of(const ng_doc *d, size_t s, size_t lim)
{
    if (!d->sent_end)
        return ng__sent_run_end(d->tokens.v, s, lim);
    size_t e = d->sent_end[d->tokens.v[s].sent];
    return e < lim ? e : lim;
}

#endif
