/*
 * html_tree.h -- our HTML parser's tree (internal to the HTML reader).
 *
 * ng__html_parse() turns a page (UTF-8 bytes) into a compact tree: every
 * node lives in one array in document order (pre-order), so a node's first
 * child is the next array slot, its subtree is the `size` slots starting at
 * it, and its parent is `up` slots before it.  Nodes are elements or text;
 * comments, doctypes and processing instructions are dropped.  Tag names are
 * interned to small numbers (NG_T_*; other names get numbers of their own,
 * from NG_T__COUNT up, per page).  Names and values of attributes and the
 * text of text nodes point into the tree's own copy of the page, lower-cased
 * (names) or entity-decoded (values and text) in place and NUL-terminated.
 * The tree owns everything; ng__html_tree_free() releases it.
 */
#ifndef NG_HTML_TREE_H
#define NG_HTML_TREE_H

#include <stddef.h>
#include <stdint.h>

/* The tag classes (bit flags of ng__tag_flags()). */
enum {
    NG_HF_VOID = 1 << 0,     /* never has content: <br>, <img> ... */
    NG_HF_RAW = 1 << 1,      /* raw text up to its end tag: <script>, <style> ... */
    NG_HF_RCDATA = 1 << 2,   /* text with entities up to its end tag: <title>, <textarea> */
    NG_HF_PHRASING = 1 << 3, /* inline markup: <a>, <b>, <span> ... */
    NG_HF_CLOSEP = 1 << 4,   /* its start tag ends an open <p> */
    NG_HF_HEAD = 1 << 5,     /* may stand in <head> */
    NG_HF_BLOCK = 1 << 6,    /* the text extractor's block elements */
    NG_HF_JUNK = 1 << 7,     /* the text extractor's never-content elements */
};

#define NG_HTML_TAGS(X)                                                                                       \
    X(NONE, "", 0)                                                                                            \
    X(A, "a", NG_HF_PHRASING)                                                                                 \
    X(ABBR, "abbr", NG_HF_PHRASING)                                                                           \
    X(ADDRESS, "address", NG_HF_CLOSEP | NG_HF_BLOCK)                                                         \
    X(APPLET, "applet", 0)                                                                                    \
    X(AREA, "area", NG_HF_VOID)                                                                               \
    X(ARTICLE, "article", NG_HF_CLOSEP | NG_HF_BLOCK)                                                         \
    X(ASIDE, "aside", NG_HF_CLOSEP | NG_HF_BLOCK | NG_HF_JUNK)                                                \
    X(AUDIO, "audio", NG_HF_JUNK)                                                                             \
    X(B, "b", NG_HF_PHRASING)                                                                                 \
    X(BASE, "base", NG_HF_VOID | NG_HF_HEAD)                                                                  \
    X(BASEFONT, "basefont", NG_HF_VOID | NG_HF_HEAD)                                                          \
    X(BDI, "bdi", NG_HF_PHRASING)                                                                             \
    X(BDO, "bdo", NG_HF_PHRASING)                                                                             \
    X(BGSOUND, "bgsound", NG_HF_VOID | NG_HF_HEAD)                                                            \
    X(BIG, "big", NG_HF_PHRASING)                                                                             \
    X(BLINK, "blink", NG_HF_PHRASING)                                                                         \
    X(BLOCKQUOTE, "blockquote", NG_HF_CLOSEP | NG_HF_BLOCK)                                                   \
    X(BODY, "body", NG_HF_BLOCK)                                                                              \
    X(BR, "br", NG_HF_VOID | NG_HF_BLOCK)                                                                     \
    X(BUTTON, "button", NG_HF_JUNK)                                                                           \
    X(CANVAS, "canvas", NG_HF_JUNK)                                                                           \
    X(CAPTION, "caption", NG_HF_BLOCK)                                                                        \
    X(CENTER, "center", NG_HF_CLOSEP | NG_HF_BLOCK)                                                           \
    X(CITE, "cite", NG_HF_PHRASING)                                                                           \
    X(CODE, "code", NG_HF_PHRASING)                                                                           \
    X(COL, "col", NG_HF_VOID)                                                                                 \
    X(COLGROUP, "colgroup", 0)                                                                                \
    X(DATA, "data", NG_HF_PHRASING)                                                                           \
    X(DATALIST, "datalist", 0)                                                                                \
    X(DD, "dd", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                   \
    X(DEL, "del", NG_HF_PHRASING)                                                                             \
    X(DETAILS, "details", NG_HF_CLOSEP | NG_HF_BLOCK)                                                         \
    X(DFN, "dfn", NG_HF_PHRASING)                                                                             \
    X(DIALOG, "dialog", NG_HF_CLOSEP | NG_HF_JUNK)                                                            \
    X(DIR, "dir", NG_HF_CLOSEP)                                                                               \
    X(DIV, "div", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                 \
    X(DL, "dl", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                   \
    X(DT, "dt", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                   \
    X(EM, "em", NG_HF_PHRASING)                                                                               \
    X(EMBED, "embed", NG_HF_VOID | NG_HF_JUNK)                                                                \
    X(FIELDSET, "fieldset", NG_HF_CLOSEP | NG_HF_BLOCK)                                                       \
    X(FIGCAPTION, "figcaption", NG_HF_CLOSEP | NG_HF_BLOCK)                                                   \
    X(FIGURE, "figure", NG_HF_CLOSEP | NG_HF_BLOCK)                                                           \
    X(FONT, "font", NG_HF_PHRASING)                                                                           \
    X(FOOTER, "footer", NG_HF_CLOSEP | NG_HF_BLOCK | NG_HF_JUNK)                                              \
    X(FORM, "form", NG_HF_CLOSEP | NG_HF_BLOCK)                                                               \
    X(FRAME, "frame", NG_HF_VOID)                                                                             \
    X(FRAMESET, "frameset", 0)                                                                                \
    X(H1, "h1", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                   \
    X(H2, "h2", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                   \
    X(H3, "h3", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                   \
    X(H4, "h4", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                   \
    X(H5, "h5", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                   \
    X(H6, "h6", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                   \
    X(HEAD, "head", NG_HF_JUNK)                                                                               \
    X(HEADER, "header", NG_HF_CLOSEP | NG_HF_BLOCK | NG_HF_JUNK)                                              \
    X(HGROUP, "hgroup", NG_HF_CLOSEP)                                                                         \
    X(HR, "hr", NG_HF_VOID | NG_HF_CLOSEP | NG_HF_BLOCK)                                                      \
    X(HTML, "html", 0)                                                                                        \
    X(I, "i", NG_HF_PHRASING)                                                                                 \
    X(IFRAME, "iframe", NG_HF_RAW | NG_HF_JUNK)                                                               \
    X(IMAGE, "image", NG_HF_VOID)                                                                             \
    X(IMG, "img", NG_HF_VOID | NG_HF_PHRASING)                                                                \
    X(INPUT, "input", NG_HF_VOID | NG_HF_JUNK)                                                                \
    X(INS, "ins", NG_HF_PHRASING)                                                                             \
    X(KBD, "kbd", NG_HF_PHRASING)                                                                             \
    X(KEYGEN, "keygen", NG_HF_VOID)                                                                           \
    X(LABEL, "label", NG_HF_PHRASING | NG_HF_JUNK)                                                            \
    X(LEGEND, "legend", 0)                                                                                    \
    X(LI, "li", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                   \
    X(LINK, "link", NG_HF_VOID | NG_HF_HEAD | NG_HF_JUNK)                                                     \
    X(LISTING, "listing", NG_HF_CLOSEP)                                                                       \
    X(MAIN, "main", NG_HF_CLOSEP | NG_HF_BLOCK)                                                               \
    X(MAP, "map", NG_HF_JUNK)                                                                                 \
    X(MARK, "mark", NG_HF_PHRASING)                                                                           \
    X(MARQUEE, "marquee", 0)                                                                                  \
    X(MATH, "math", NG_HF_JUNK)                                                                               \
    X(MENU, "menu", NG_HF_CLOSEP | NG_HF_JUNK)                                                                \
    X(META, "meta", NG_HF_VOID | NG_HF_HEAD | NG_HF_JUNK)                                                     \
    X(METER, "meter", NG_HF_PHRASING)                                                                         \
    X(NAV, "nav", NG_HF_CLOSEP | NG_HF_BLOCK | NG_HF_JUNK)                                                    \
    X(NOBR, "nobr", NG_HF_PHRASING)                                                                           \
    X(NOEMBED, "noembed", NG_HF_RAW | NG_HF_JUNK)                                                             \
    X(NOFRAMES, "noframes", NG_HF_RAW | NG_HF_JUNK)                                                           \
    X(NOSCRIPT, "noscript", NG_HF_RAW | NG_HF_HEAD | NG_HF_JUNK)                                              \
    X(OBJECT, "object", NG_HF_JUNK)                                                                           \
    X(OL, "ol", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                   \
    X(OPTGROUP, "optgroup", 0)                                                                                \
    X(OPTION, "option", NG_HF_JUNK)                                                                           \
    X(OUTPUT, "output", NG_HF_PHRASING)                                                                       \
    X(P, "p", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                     \
    X(PARAM, "param", NG_HF_VOID)                                                                             \
    X(PICTURE, "picture", NG_HF_PHRASING)                                                                     \
    X(PLAINTEXT, "plaintext", NG_HF_RAW | NG_HF_CLOSEP)                                                       \
    X(PRE, "pre", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                 \
    X(PROGRESS, "progress", NG_HF_PHRASING)                                                                   \
    X(Q, "q", NG_HF_PHRASING)                                                                                 \
    X(RB, "rb", NG_HF_PHRASING)                                                                               \
    X(RP, "rp", NG_HF_PHRASING)                                                                               \
    X(RT, "rt", NG_HF_PHRASING)                                                                               \
    X(RTC, "rtc", NG_HF_PHRASING)                                                                             \
    X(RUBY, "ruby", NG_HF_PHRASING)                                                                           \
    X(S, "s", NG_HF_PHRASING)                                                                                 \
    X(SAMP, "samp", NG_HF_PHRASING)                                                                           \
    X(SCRIPT, "script", NG_HF_RAW | NG_HF_HEAD | NG_HF_JUNK)                                                  \
    X(SEARCH, "search", NG_HF_CLOSEP)                                                                         \
    X(SECTION, "section", NG_HF_CLOSEP | NG_HF_BLOCK)                                                         \
    X(SELECT, "select", NG_HF_JUNK)                                                                           \
    X(SLOT, "slot", 0)                                                                                        \
    X(SMALL, "small", NG_HF_PHRASING)                                                                         \
    X(SOURCE, "source", NG_HF_VOID)                                                                           \
    X(SPAN, "span", NG_HF_PHRASING)                                                                           \
    X(STRIKE, "strike", NG_HF_PHRASING)                                                                       \
    X(STRONG, "strong", NG_HF_PHRASING)                                                                       \
    X(STYLE, "style", NG_HF_RAW | NG_HF_HEAD | NG_HF_JUNK)                                                    \
    X(SUB, "sub", NG_HF_PHRASING)                                                                             \
    X(SUMMARY, "summary", NG_HF_CLOSEP | NG_HF_BLOCK)                                                         \
    X(SUP, "sup", NG_HF_PHRASING)                                                                             \
    X(SVG, "svg", NG_HF_JUNK)                                                                                 \
    X(TABLE, "table", NG_HF_CLOSEP | NG_HF_BLOCK)                                                             \
    X(TBODY, "tbody", NG_HF_BLOCK)                                                                            \
    X(TD, "td", NG_HF_BLOCK)                                                                                  \
    X(TEMPLATE, "template", NG_HF_HEAD | NG_HF_JUNK)                                                          \
    X(TEXTAREA, "textarea", NG_HF_RCDATA | NG_HF_JUNK)                                                        \
    X(TFOOT, "tfoot", NG_HF_BLOCK)                                                                            \
    X(TH, "th", NG_HF_BLOCK)                                                                                  \
    X(THEAD, "thead", NG_HF_BLOCK)                                                                            \
    X(TIME, "time", NG_HF_PHRASING)                                                                           \
    X(TITLE, "title", NG_HF_RCDATA | NG_HF_HEAD | NG_HF_JUNK)                                                 \
    X(TR, "tr", NG_HF_BLOCK)                                                                                  \
    X(TRACK, "track", NG_HF_VOID)                                                                             \
    X(TT, "tt", NG_HF_PHRASING)                                                                               \
    X(U, "u", NG_HF_PHRASING)                                                                                 \
    X(UL, "ul", NG_HF_CLOSEP | NG_HF_BLOCK)                                                                   \
    X(VAR, "var", NG_HF_PHRASING)                                                                             \
    X(VIDEO, "video", NG_HF_JUNK)                                                                             \
    X(WBR, "wbr", NG_HF_VOID)                                                                                 \
    X(XMP, "xmp", NG_HF_RAW | NG_HF_CLOSEP)

#define NG_T_ENUM_(id, name, flags) NG_T_##id,
enum { NG_HTML_TAGS(NG_T_ENUM_) NG_T__COUNT };
#undef NG_T_ENUM_

/* The flags (NG_HF_*) of tag number tag; 0 for unknown tags. */
static inline unsigned ng__tag_flags(unsigned tag)
{
#define NG_T_FLAGS_(id, name, flags) flags,
    static const uint8_t f[NG_T__COUNT] = {NG_HTML_TAGS(NG_T_FLAGS_)};
#undef NG_T_FLAGS_
    return tag < NG_T__COUNT ? f[tag] : 0;
}

enum { NG_HN_ELEM = 1, NG_HN_TEXT = 3 };

typedef struct ng_hattr {
    const char *name;  /* lower case */
    const char *value; /* entity-decoded; "" for an attribute without value */
} ng_hattr;

typedef struct ng_hnode {
    const char *name;      /* element: lower-case tag name; text: "" */
    const char *content;   /* text: the decoded text, NUL-terminated; element: NULL */
    const ng_hattr *attrs; /* element: its nattr attributes */
    void *_private;        /* free for the tree's user (NULL after parsing) */
    uint32_t size;         /* nodes in this subtree, this one included */
    uint32_t up;           /* distance back to the parent; 0 for the root */
    uint32_t nattr;
    uint32_t len;          /* text: bytes of content */
    uint32_t aux;          /* free for the tree's user (0 after parsing) */
    uint16_t tag;          /* NG_T_* or a per-page number >= NG_T__COUNT; NG_T_NONE for text */
    uint8_t type;          /* NG_HN_ELEM or NG_HN_TEXT */
} ng_hnode;

typedef struct ng_htree {
    ng_hnode *node; /* node[0] is the <html> element */
    size_t n;
    ng_hattr *attr;
    char *buf;      /* the page's bytes, decoded in place */
} ng_htree;

/* Parses the UTF-8 page s[0..n) into t (t is overwritten; free it with
 * ng__html_tree_free() whatever the result).  Malformed markup is repaired
 * the way browsers mostly do (implied end tags, void elements, raw text
 * elements); time and memory are linear in n.  Returns 0 or NG_ENOMEM. */
int ng__html_parse(const char *s, size_t n, ng_htree *t);
void ng__html_tree_free(ng_htree *t);

static inline ng_hnode *ng__child(const ng_hnode *n) { return n && n->size > 1 ? (ng_hnode *)n + 1 : NULL; }

static inline ng_hnode *ng__parent(const ng_hnode *n) { return n && n->up ? (ng_hnode *)(n - n->up) : NULL; }

static inline ng_hnode *ng__next(const ng_hnode *n)
{
    if (!n->up)
        return NULL;
    const ng_hnode *p = n - n->up, *x = n + n->size;
    return x < p + p->size ? (ng_hnode *)x : NULL;
}

#endif
