/*
 * sentrun.c -- the table of sentence ends (sentrun.h): for every sentence
 * index, one past the sentence's last token.
 */
#include "sentrun.h"

int ng__sent_ends(ng_doc *d)
{
    size_t nt = d->tokens.n;
    if (d->sent_end || nt == 0)
        return 0;
    /* sentence indices rise through the tokens: the last token's is the
     * largest (trailing tokens may carry d->sents.n); a sentence without
     * tokens keeps 0 */
    const ng_token *tv = d->tokens.v;
    size_t ns = (size_t)tv[nt - 1].sent + 1;
    if (ns < d->sents.n)
        ns = d->sents.n;
    uint32_t *end = ng__arena_calloc(&d->arena, ns, sizeof *end);
    if (!end)
        return NG_ENOMEM;
    for (size_t i = 0; i < nt; i++)
        end[tv[i].sent] = (uint32_t)i + 1; /* the last token of a sentence writes last */
    d->sent_end = end;
    return 0;
}
