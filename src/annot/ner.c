/*
 * ner.c -- the named-entity tagger as a pipeline stage: loads the model when
 * the engine opens, and fills doc->mentions from doc->tokens.
 *
 * The model is `<data_dir>/ner.model` unless the engine options name one.
 * A missing default model leaves e->ner NULL (the stage then finds nothing);
 * a named model that cannot be read, or any model that fails validation, is
 * an error.  Tagging goes sentence by sentence, in text order, so the
 * non-local history features see the document's earlier predictions.  All
 * scratch memory comes from the document's arena, sized once for the
 * longest sentence.
 */
#include "ner_model.h"

#include <stdio.h>
#include <sys/stat.h>

int ng__ner_load(ng_engine *e, const ng_engine_options *opts, ng_error *err)
{
    e->ner = NULL;
    char path[4096];
    int named = opts && opts->ner_model;
    if (named)
        snprintf(path, sizeof path, "%s", opts->ner_model);
    else if (e->data_dir)
        snprintf(path, sizeof path, "%s/ner.model", e->data_dir);
    else
        return 0;
    if (!named) {
        struct stat st;
        if (stat(path, &st) != 0)
            return 0; /* no default model: no tagger */
    }
    ng_ner_model *m;
    int rc = ng__ner_model_read(path, &m, err);
    if (rc == NG_EIO)
        rc = NG_EMODEL;
    if (rc)
        return rc;
    e->ner = m;
    return 0;
}

void ng__ner_free(struct ng_ner_model *m) { ng__ner_model_free(m); }

/* Sentences longer than this are tagged in pieces (bounded scratch). */
#define MAX_SENT 1024

int ng__ner_tag(const ng_engine *e, ng_doc *d)
{
    const ng_ner_model *m = e->ner;
    if (!m || d->tokens.n == 0)
        return 0;
    size_t maxn = 0;
    for (size_t i = 0; i < d->tokens.n;) {
        size_t j = i + 1;
        while (j < d->tokens.n && d->tokens.v[j].sent == d->tokens.v[i].sent && j - i < MAX_SENT)
            j++;
        if (j - i > maxn)
            maxn = j - i;
        i = j;
    }
    ng_arena *a = &d->arena;
    ng_ner_str *toks = ng__arena_alloc(a, maxn * sizeof *toks);
    uint8_t *tags = ng__arena_alloc(a, maxn);
    ng_ner_scratch x;
    if (!toks || !tags || ng__ner_scratch_init(&x, a, maxn) != 0)
        return NG_ENOMEM;
    ng_ner_hist hist = {0};
    int doc_state = (m->flags & (NG_NER_F_HIST | NG_NER_F_SEEN)) != 0;
    if (doc_state) {
        uint32_t cap = 16;
        while (cap < d->tokens.n * 2 && cap < (1u << 24))
            cap <<= 1;
        if (ng__ner_hist_init(&hist, a, cap) != 0)
            return NG_ENOMEM;
    }
    /* first how each word is written anywhere in the document, then tag */
    for (int pass = (m->flags & NG_NER_F_SEEN) ? 0 : 1; pass < 2; pass++)
    for (size_t i = 0; i < d->tokens.n;) {
        size_t j = i + 1;
        while (j < d->tokens.n && d->tokens.v[j].sent == d->tokens.v[i].sent && j - i < MAX_SENT)
            j++;
        size_t n = j - i;
        for (size_t k = 0; k < n; k++) {
            const ng_token *t = &d->tokens.v[i + k];
            toks[k].s = d->text + t->start;
            toks[k].len = t->end - t->start;
        }
        if (pass == 0) {
            ng__ner_hist_scan(&hist, toks, n);
            i = j;
            continue;
        }
        ng__ner_tag_sentence(m, toks, n, doc_state ? &hist : NULL, &x, tags);
        for (size_t k = 0; k < n;) {
            if (!tags[k]) {
                k++;
                continue;
            }
            /* Viterbi output obeys BILOU: B I* L or U */
            size_t l = k;
            if (ng__ner_tag_pos(tags[k]) == NG_NER_B)
                while (l + 1 < n && ng__ner_tag_pos(tags[l]) != NG_NER_L)
                    l++;
            ng_mention mm;
            mm.tok = (uint32_t)(i + k);
            mm.ntok = (uint32_t)(l - k + 1);
            mm.start = d->tokens.v[i + k].start;
            mm.end = d->tokens.v[i + l].end;
            mm.type = (uint8_t)ng__ner_tag_type(tags[k]);
            mm.entity = -1;
            if (NG_VEC_PUSH(a, d->mentions, mm) != 0)
                return NG_ENOMEM;
            k = l + 1;
        }
        i = j;
    }
    return 0;
}
