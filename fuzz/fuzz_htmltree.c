/*
 * fuzz_htmltree.c -- libFuzzer target: our HTML parser alone
 * (src/read/html_parse.c), with the tree's invariants checked after every
 * parse: subtrees nest inside their parents, every node's parent is an
 * element, text is NUL-terminated within its length, attributes have a name
 * and a value.  A broken invariant traps, so the fuzzer reports it.  The
 * whole reader (charsets, extraction, metadata) is fuzz_html.c's surface.
 */
#include "read/html_tree.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ng_htree t;
    if (ng__html_parse((const char *)data, size, &t) == 0) {
        if (!t.n || t.node[0].size != t.n || t.node[0].up)
            __builtin_trap();
        for (size_t k = 1; k < t.n; k++) {
            const ng_hnode *x = &t.node[k];
            if (!x->up || x->up > k || x->size < 1 || k + x->size > t.n)
                __builtin_trap();
            const ng_hnode *p = x - x->up;
            if (p->type != NG_HN_ELEM || x + x->size > p + p->size)
                __builtin_trap();
            if (x->type == NG_HN_TEXT && (x->size != 1 || strlen(x->content) > x->len))
                __builtin_trap();
            if (x->type == NG_HN_ELEM) {
                if (!x->name || !x->name[0])
                    __builtin_trap();
                for (uint32_t i = 0; i < x->nattr; i++)
                    if (!x->attrs[i].name || !x->attrs[i].value)
                        __builtin_trap();
            }
        }
    }
    ng__html_tree_free(&t);
    return 0;
}
