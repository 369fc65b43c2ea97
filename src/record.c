/*
 * record.c -- the JSON record of a document (doc/FORMAT.md).
 *
 * Field order is fixed: metadata, text, sentences, tokens, errors, then one
 * list per annotator.  Each annotator module writes its own list through
 * ng__json_<table>(), so adding a field to an annotation touches one file.
 */
#include "engine.h"

static const char *const field_names[NG_FIELD_COUNT] = {
    "id", "url", "outlet", "published", "title", "authors", "language", "source",
};

void ng__json_span_text(const ng_doc *d, ng_buf *b, uint32_t start, uint32_t end)
{
    if (end > d->len)
        end = (uint32_t)d->len;
    if (start > end)
        start = end;
    ng__json_str(b, d->text + start, end - start);
}

int ng_doc_to_json(const ng_doc *d, char **out, size_t *len)
{
    if (!out)
        return NG_EINVAL;
    *out = NULL;
    if (!d)
        return NG_EINVAL;
    ng_buf b;
    ng__buf_init(&b);
    if (ng__buf_reserve(&b, d->len * 2 + d->tokens.n * 4 + 1024))
        return NG_ENOMEM;
    bool first = true;
    ng__buf_putc(&b, '{');
    ng__json_key(&b, "newsgraph_version", &first);
    ng__json_cstr(&b, NG_FORMAT_VERSION);
    /* the fields every record has, null when unknown */
    for (int f = 0; f < NG_FIELD_COUNT; f++) {
        if (f >= NG_FIELD_AUTHORS && !d->field[f])
            continue; /* optional fields are omitted when absent */
        ng__json_key(&b, field_names[f], &first);
        ng__json_cstr(&b, d->field[f]);
    }
    ng__json_key(&b, "text", &first);
    if (d->text)
        ng__json_str(&b, d->text, d->len);
    else
        ng__buf_puts(&b, "\"\"");
    ng__json_key(&b, "sentences", &first);
    ng__buf_putc(&b, '[');
    for (size_t i = 0; i < d->sents.n; i++)
        ng__buf_printf(&b, "%s[%u,%u]", i ? "," : "", d->sents.v[i].start, d->sents.v[i].end);
    ng__buf_putc(&b, ']');
    ng__json_key(&b, "tokens", &first);
    ng__buf_printf(&b, "%zu", d->tokens.n);
    ng__json_key(&b, "errors", &first);
    ng__buf_putc(&b, '[');
    for (size_t i = 0; i < d->errors.n; i++) {
        const ng_doc_error *e = &d->errors.v[i];
        bool f2 = true;
        ng__buf_puts(&b, i ? ",{" : "{");
        ng__json_key(&b, "code", &f2);
        ng__json_cstr(&b, ng_strerror(e->code));
        ng__json_key(&b, "message", &f2);
        ng__json_cstr(&b, e->msg);
        if (e->offset != UINT64_MAX) {
            ng__json_key(&b, "offset", &f2);
            ng__buf_printf(&b, "%llu", (unsigned long long)e->offset);
        }
        ng__buf_putc(&b, '}');
    }
    ng__buf_putc(&b, ']');
    ng__json_key(&b, "entities", &first);
    ng__json_entities(d, &b);
    ng__json_key(&b, "quotes", &first);
    ng__json_quotes(d, &b);
    ng__json_key(&b, "attributions", &first);
    ng__json_attributions(d, &b);
    ng__json_key(&b, "amounts", &first);
    ng__json_amounts(d, &b);
    ng__json_key(&b, "times", &first);
    ng__json_times(d, &b);
    ng__buf_putc(&b, '}');
    *out = ng__buf_take(&b, len);
    return *out ? 0 : NG_ENOMEM;
}
