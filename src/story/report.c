/*
 * report.c -- the cross-outlet report of one story (placeholder: articles only).
 */
#include "story.h"

int ng__report_json(const ng__rep *r, ng_buf *b)
{
    ng__buf_printf(b, "{\"id\":%lld,\"articles\":[", (long long)r->id);
    for (size_t i = 0; i < r->arts.n; i++) {
        ng__buf_puts(b, i ? ",{\"id\":" : "{\"id\":");
        ng__json_cstr(b, r->arts.v[i].ext_id);
        ng__buf_putc(b, '}');
    }
    ng__buf_puts(b, "]}");
    return b->err;
}

int ng__report_text(const ng__rep *r, int width, ng_buf *b)
{
    NG_UNUSED(width);
    for (size_t i = 0; i < r->arts.n; i++)
        ng__buf_printf(b, "%s\n", r->arts.v[i].ext_id);
    return b->err;
}
