/*
 * html_int.h -- pieces shared by the HTML reader's files (internal):
 * html.c (character sets, parsing, the entry point, the outlet list),
 * html_text.c (main-text extraction) and html_meta.c (title, authors,
 * dates, URL, outlet, language).  A parsed page travels between them as an
 * ng_page; nothing here outlives one call of ng__html_extract().
 */
#ifndef NG_HTML_INT_H
#define NG_HTML_INT_H

#include "../engine.h"

#include "html_tree.h"

#include <jansson.h>

typedef struct ng_page {
    ng_htree tree;
    ng_hnode *html, *head, *body;
    json_t *ld;          /* array of the page's parsed JSON-LD blocks (owned), or NULL */
    json_t *article;     /* the NewsArticle-like object inside ld (borrowed), or NULL */
    const char *url;     /* the page's URL when known (borrowed), or NULL */
} ng_page;

/* The value of attribute name on element n (borrowed from the tree), or
 * NULL.  Names are compared without case. */
const char *ng__attr(const ng_hnode *n, const char *name);
/* Is n an element named tag (lower case)? */
int ng__is(const ng_hnode *n, const char *tag);
/* Is n an element with tag number tag (NG_T_*)? */
static inline int ng__is_t(const ng_hnode *n, unsigned tag) { return n && n->type == NG_HN_ELEM && n->tag == tag; }
/* Appends the text under n to b with runs of white space collapsed to one
 * space (script and style skipped).  Returns b->err. */
int ng__node_text(const ng_hnode *n, ng_buf *b);

/* Main text: the article's paragraphs, each ended by "\n", into out.
 * Returns 0 (out may be empty when nothing looked like an article) or
 * NG_ENOMEM. */
int ng__html_text(const ng_page *p, ng_buf *out);

/* Metadata: sets each of title, authors, published, url, outlet and language
 * that d does not have yet.  text is the extracted main text (for the
 * dateline and language checks).  Returns 0 or NG_ENOMEM. */
int ng__html_meta(const ng_engine *e, const ng_page *p, ng_doc *d, const char *text, size_t len);

/* The outlet name of a host ("www.bbc.co.uk" -> "BBC"), trying the host and
 * then its parent domains; NULL when unknown or o is NULL. */
const char *ng__outlets_find(const struct ng_outlets *o, const char *host, size_t n);

#endif
