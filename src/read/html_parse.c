/*
 * html_parse.c -- our HTML tokenizer and tree builder (see html_tree.h for
 * the tree).
 *
 * The tokenizer follows the WHATWG states closely enough for real pages:
 * start and end tags with quoted, unquoted and bare attributes; comments
 * (to "-->", or to the end of the page), doctypes, processing instructions
 * and CDATA sections (dropped, as WHATWG does outside SVG and MathML); raw
 * text elements (script, style, iframe, noscript, noembed, noframes, xmp,
 * plaintext) and escapable raw text (title, textarea) read up to their end
 * tag -- except <noscript> in the body, whose markup is parsed as elements,
 * as a browser without scripts (and libxml2) does; character references (the HTML 4 names plus common HTML 5 ones,
 * decimal and hexadecimal numbers with the windows-1252 repairs, legacy names
 * without ';' outside attributes).  A tag cut off by the end of the page is
 * dropped.
 *
 * The tree builder is a simplified version of WHATWG's: an implied <html>,
 * <head> and <body>; void elements; start tags that end an open <p>, <li>,
 * <dt>/<dd>, table rows and cells, <option>, headings and <a>; an end tag
 * closes the nearest open element of its name, and the elements above it,
 * unless an element that bounds its scope is in between (inline end tags do
 * not cross blocks, block end tags do not cross table cells, cells do not
 * cross tables), in which case it is ignored.  Elements nested deeper than
 * MAX_DEPTH are added without being opened.  Every step is O(1) amortised:
 * per open element we keep the nearest scope boundary below it of each kind
 * and the previous open element of the same tag, so finding an end tag's
 * element never searches the stack.
 *
 * The page is copied once; names are lower-cased, and values and text
 * decoded, in place (decoding never lengthens), with a NUL written where
 * each ends -- always on bytes the tokenizer has already passed.
 */
#include "html_tree.h"

#include "../util/util.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 1024

#define NG_T_NAME_(id, name, flags) name,
static const char *const tag_names[NG_T__COUNT] = {NG_HTML_TAGS(NG_T_NAME_)};
#undef NG_T_NAME_

/* ------------------------------------------------------------ char classes */

enum { C_WS = 1, C_ALPHA = 2, C_ALNUM = 4, C_NAMEEND = 8, C_VALEND = 16 };
static uint8_t cls[256];
static uint8_t lower[256];

/* Known tag names: open addressing on a hash of the lower-case name. */
#define TAG_SLOTS 512
static uint8_t tag_slot[TAG_SLOTS];

static uint32_t name_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ lower[(unsigned char)s[i]]) * 16777619u;
    return h;
}

/* ---------------------------------------------------------------- entities */

typedef struct entity {
    const char *name;
    uint32_t cp;
} entity;

/* Names usable without ';' (the HTML 3.2 set; WHATWG's legacy names). */
static const char *const latin1_names[96] = {
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo",
    "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
    "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",
    "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute",
    "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash",
    "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde",
    "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc",
    "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave",
    "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml"};

static const entity other_entities[] = {
    {"amp", 38}, {"AMP", 38}, {"lt", 60}, {"LT", 60}, {"gt", 62}, {"GT", 62}, {"quot", 34}, {"QUOT", 34},
    {"COPY", 169}, {"REG", 174}, /* the legacy ones end here (LEGACY_OTHER) */
    {"apos", 39}, {"OElig", 338}, {"oelig", 339}, {"Scaron", 352}, {"scaron", 353}, {"Yuml", 376},
    {"fnof", 402}, {"circ", 710}, {"tilde", 732}, {"ensp", 8194}, {"emsp", 8195}, {"thinsp", 8201},
    {"zwnj", 8204}, {"zwj", 8205}, {"lrm", 8206}, {"rlm", 8207}, {"ndash", 8211}, {"mdash", 8212},
    {"lsquo", 8216}, {"rsquo", 8217}, {"sbquo", 8218}, {"ldquo", 8220}, {"rdquo", 8221}, {"bdquo", 8222},
    {"dagger", 8224}, {"Dagger", 8225}, {"bull", 8226}, {"hellip", 8230}, {"permil", 8240}, {"prime", 8242},
    {"Prime", 8243}, {"lsaquo", 8249}, {"rsaquo", 8250}, {"oline", 8254}, {"frasl", 8260}, {"euro", 8364},
    {"image", 8465}, {"weierp", 8472}, {"real", 8476}, {"trade", 8482}, {"alefsym", 8501}, {"larr", 8592},
    {"uarr", 8593}, {"rarr", 8594}, {"darr", 8595}, {"harr", 8596}, {"crarr", 8629}, {"lArr", 8656},
    {"uArr", 8657}, {"rArr", 8658}, {"dArr", 8659}, {"hArr", 8660}, {"forall", 8704}, {"part", 8706},
    {"exist", 8707}, {"empty", 8709}, {"nabla", 8711}, {"isin", 8712}, {"notin", 8713}, {"ni", 8715},
    {"prod", 8719}, {"sum", 8721}, {"minus", 8722}, {"lowast", 8727}, {"radic", 8730}, {"prop", 8733},
    {"infin", 8734}, {"ang", 8736}, {"and", 8743}, {"or", 8744}, {"cap", 8745}, {"cup", 8746}, {"int", 8747},
    {"there4", 8756}, {"sim", 8764}, {"cong", 8773}, {"asymp", 8776}, {"ne", 8800}, {"equiv", 8801},
    {"le", 8804}, {"ge", 8805}, {"sub", 8834}, {"sup", 8835}, {"nsub", 8836}, {"sube", 8838}, {"supe", 8839},
    {"oplus", 8853}, {"otimes", 8855}, {"perp", 8869}, {"sdot", 8901}, {"lceil", 8968}, {"rceil", 8969},
    {"lfloor", 8970}, {"rfloor", 8971}, {"lang", 10216}, {"rang", 10217}, {"loz", 9674}, {"spades", 9824},
    {"clubs", 9827}, {"hearts", 9829}, {"diams", 9830}, {"Alpha", 913}, {"Beta", 914}, {"Gamma", 915},
    {"Delta", 916}, {"Epsilon", 917}, {"Zeta", 918}, {"Eta", 919}, {"Theta", 920}, {"Iota", 921},
    {"Kappa", 922}, {"Lambda", 923}, {"Mu", 924}, {"Nu", 925}, {"Xi", 926}, {"Omicron", 927}, {"Pi", 928},
    {"Rho", 929}, {"Sigma", 931}, {"Tau", 932}, {"Upsilon", 933}, {"Phi", 934}, {"Chi", 935}, {"Psi", 936},
    {"Omega", 937}, {"alpha", 945}, {"beta", 946}, {"gamma", 947}, {"delta", 948}, {"epsilon", 949},
    {"zeta", 950}, {"eta", 951}, {"theta", 952}, {"iota", 953}, {"kappa", 954}, {"lambda", 955}, {"mu", 956},
    {"nu", 957}, {"xi", 958}, {"omicron", 959}, {"pi", 960}, {"rho", 961}, {"sigmaf", 962}, {"sigma", 963},
    {"tau", 964}, {"upsilon", 965}, {"phi", 966}, {"chi", 967}, {"psi", 968}, {"omega", 969},
    {"thetasym", 977}, {"upsih", 978}, {"piv", 982}, {"Tab", 9}, {"NewLine", 10}, {"excl", 33}, {"num", 35},
    {"dollar", 36}, {"percnt", 37}, {"lpar", 40}, {"rpar", 41}, {"ast", 42}, {"plus", 43}, {"comma", 44},
    {"period", 46}, {"sol", 47}, {"colon", 58}, {"semi", 59}, {"equals", 61}, {"quest", 63}, {"commat", 64},
    {"lsqb", 91}, {"bsol", 92}, {"rsqb", 93}, {"lowbar", 95}, {"grave", 96}, {"lcub", 123}, {"verbar", 124},
    {"vert", 124}, {"rcub", 125}, {"half", 189}, {"hyphen", 8208}, {"dash", 8208}, {"numsp", 8199},
    {"puncsp", 8200}, {"hairsp", 8202}, {"ThinSpace", 8201}, {"emsp13", 8196}, {"emsp14", 8197},
    {"bullet", 8226}, {"mldr", 8230}, {"TRADE", 8482}, {"rsquor", 8217}, {"lsquor", 8218}, {"rdquor", 8221},
    {"ldquor", 8222}, {"check", 10003}, {"cross", 10007}, {"star", 9734}, {"starf", 9733}, {"nbsp", 160},
};
#define LEGACY_OTHER 10

#define N_ENTITIES (96 + NG_ARRAY_LEN(other_entities))
typedef struct ent_sorted {
    const char *name;
    uint32_t cp;
    uint8_t legacy;
} ent_sorted;
static ent_sorted ents[N_ENTITIES];
static size_t n_ents;

static int ent_cmp(const void *a, const void *b)
{
    return strcmp(((const ent_sorted *)a)->name, ((const ent_sorted *)b)->name);
}

static const uint16_t cp1252[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                    0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

static pthread_once_t once = PTHREAD_ONCE_INIT;

static void init_tables(void)
{
    for (int c = 0; c < 256; c++) {
        lower[c] = (uint8_t)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        uint8_t k = 0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
            k |= C_WS | C_NAMEEND | C_VALEND;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            k |= C_ALPHA | C_ALNUM;
        if (c >= '0' && c <= '9')
            k |= C_ALNUM;
        if (c == '/' || c == '>' || c == '=')
            k |= C_NAMEEND;
        if (c == '>')
            k |= C_VALEND;
        cls[c] = k;
    }
    for (int t = 1; t < NG_T__COUNT; t++) {
        uint32_t h = name_hash(tag_names[t], strlen(tag_names[t])) & (TAG_SLOTS - 1);
        while (tag_slot[h])
            h = (h + 1) & (TAG_SLOTS - 1);
        tag_slot[h] = (uint8_t)t;
    }
    for (size_t i = 0; i < 96; i++)
        ents[n_ents++] = (ent_sorted){latin1_names[i], (uint32_t)(160 + i), 1};
    for (size_t i = 0; i < NG_ARRAY_LEN(other_entities); i++)
        ents[n_ents++] = (ent_sorted){other_entities[i].name, other_entities[i].cp, i < LEGACY_OTHER};
    qsort(ents, n_ents, sizeof ents[0], ent_cmp);
}

static const ent_sorted *ent_find(const char *s, size_t n)
{
    size_t lo = 0, hi = n_ents;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *m = ents[mid].name;
        int c = strncmp(m, s, n);
        if (!c && m[n])
            c = 1;
        if (!c)
            return &ents[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static size_t put_utf8(uint32_t cp, char *o)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* A character reference at s[0] == '&' (n bytes available): the UTF-8 of
 * what it stands for into o, its source length into *used.  Returns the
 * length written, 0 when s is not a reference (or would not shrink). */
static size_t entity_at(const char *s, size_t n, int in_attr, char *o, size_t *used)
{
    if (n < 3)
        return 0;
    if (s[1] == '#') {
        size_t i = 2;
        int hex = 0;
        if (i < n && (s[i] == 'x' || s[i] == 'X'))
            hex = 1, i++;
        size_t d0 = i;
        uint32_t cp = 0;
        for (; i < n; i++) {
            unsigned c = (unsigned char)s[i];
            unsigned v;
            if (c >= '0' && c <= '9')
                v = c - '0';
            else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                v = (c | 0x20) - 'a' + 10;
            else
                break;
            if (cp <= 0x10FFFF)
                cp = cp * (hex ? 16 : 10) + v;
        }
        if (i == d0)
            return 0;
        if (i < n && s[i] == ';')
            i++;
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            cp = 0xFFFD;
        else if (cp >= 0x80 && cp <= 0x9F)
            cp = cp1252[cp - 0x80];
        char tmp[4];
        size_t k = put_utf8(cp, tmp);
        if (k > i)
            return 0;
        memcpy(o, tmp, k);
        *used = i;
        return k;
    }
    size_t m = 1;
    while (m < n && m <= 32 && (cls[(unsigned char)s[m]] & C_ALNUM))
        m++;
    size_t len = m - 1;
    if (!len || len > 31)
        return 0;
    const ent_sorted *e = NULL;
    size_t use = 0;
    if (m < n && s[m] == ';') {
        e = ent_find(s + 1, len);
        use = m + 1;
    }
    if (!e) {
        /* a legacy name without ';', the longest prefix that is one */
        for (size_t k = len < 6 ? len : 6; k >= 2 && !e; k--) {
            const ent_sorted *x = ent_find(s + 1, k);
            if (x && x->legacy) {
                e = x;
                use = k + 1;
            }
        }
        if (!e)
            return 0;
        if (in_attr && use < n && (cls[(unsigned char)s[use]] & C_ALNUM || s[use] == '='))
            return 0;
    }
    char tmp[4];
    size_t k = put_utf8(e->cp, tmp);
    if (k > use)
        return 0;
    memcpy(o, tmp, k);
    *used = use;
    return k;
}

/* Decodes the references in s[0..n) in place.  Returns the new length. */
static size_t decode(char *s, size_t n, int in_attr)
{
    char *amp = memchr(s, '&', n);
    if (!amp)
        return n;
    size_t i = (size_t)(amp - s), w = i;
    while (i < n) {
        if (s[i] != '&') {
            s[w++] = s[i++];
            continue;
        }
        size_t used;
        char tmp[4];
        size_t k = entity_at(s + i, n - i, in_attr, tmp, &used);
        if (k) {
            memcpy(s + w, tmp, k);
            w += k;
            i += used;
        } else {
            s[w++] = s[i++];
        }
    }
    return w;
}

/* ------------------------------------------------------------------ parser */

enum { SC_TABLE, SC_DEF, SC_LIST, SC_BUTTON, SC_INLINE, SC__N };

typedef struct open_el {
    uint32_t node;       /* index of the element */
    uint32_t prev;       /* stack position of the previous open element with this tag, 0: none */
    uint32_t bnd[SC__N]; /* stack position of the nearest scope boundary at or below, per kind */
    uint32_t tag;
} open_el;

typedef struct tok_attr {
    size_t ns, ne, vs, ve;
    int has_value;
} tok_attr;

typedef struct parser {
    char *s;
    size_t n;
    ng_hnode *node;
    size_t nn, ncap;
    ng_hattr *attr;
    size_t na, acap;
    open_el *st; /* st[1] is <html>; sp the top */
    size_t sp, stcap;
    uint32_t *top_of; /* per tag: stack position of the topmost open one */
    size_t ntags, topcap;
    /* tag names of other elements, interned per page */
    uint32_t *dyn_slot;  /* open addressing over dyn_name: tag number, 0 empty */
    size_t dyn_cap;
    const char **dyn_name; /* name of tag NG_T__COUNT + i */
    size_t ndyn, dyn_namecap;
    tok_attr *ta;
    size_t nta, tacap;
    uint32_t head_sp;
    uint8_t head_open, head_done, body_open, can_merge;
    int err;
} parser;

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
    return ng__grow(p, cap, need, elem, 64);
}

static ng_hnode *new_node(parser *p, uint8_t type)
{
    if (p->nn >= UINT32_MAX - 1 || grow((void **)&p->node, &p->ncap, p->nn + 1, sizeof *p->node)) {
        p->err = NG_ENOMEM;
        return NULL;
    }
    ng_hnode *x = &p->node[p->nn];
    memset(x, 0, sizeof *x);
    x->type = type;
    x->size = 1;
    x->up = (uint32_t)(p->nn - p->st[p->sp].node);
    p->nn++;
    return x;
}

static int is_boundary_slow(uint32_t tag, int kind)
{
    if (tag >= NG_T__COUNT)
        return kind == SC_INLINE;
    switch (kind) {
    case SC_TABLE:
        return tag == NG_T_HTML || tag == NG_T_TABLE || tag == NG_T_TEMPLATE;
    case SC_BUTTON:
        if (tag == NG_T_BUTTON)
            return 1;
        /* fall through */
    case SC_LIST:
        if (kind == SC_LIST && (tag == NG_T_OL || tag == NG_T_UL || tag == NG_T_DL))
            return 1;
        /* fall through */
    case SC_DEF:
        return tag == NG_T_HTML || tag == NG_T_TABLE || tag == NG_T_TEMPLATE || tag == NG_T_TD ||
               tag == NG_T_TH || tag == NG_T_CAPTION || tag == NG_T_APPLET || tag == NG_T_MARQUEE ||
               tag == NG_T_OBJECT;
    default:
        return !(ng__tag_flags(tag) & NG_HF_PHRASING);
    }
}

/* is_boundary_slow() of the known tags, one bit per kind (init_bounds). */
static uint8_t bound_bits[NG_T__COUNT];
static pthread_once_t bounds_once = PTHREAD_ONCE_INIT;

static void init_bounds(void)
{
    for (uint32_t t = 0; t < NG_T__COUNT; t++)
        for (int k = 0; k < SC__N; k++)
            if (is_boundary_slow(t, k))
                bound_bits[t] |= (uint8_t)(1u << k);
}

static uint8_t boundaries(uint32_t tag) { return tag < NG_T__COUNT ? bound_bits[tag] : (uint8_t)(1u << SC_INLINE); }

/* Opens the element just created (the last node). */
static void push(parser *p, uint32_t tag)
{
    if (grow((void **)&p->st, &p->stcap, p->sp + 2, sizeof *p->st) ||
        grow((void **)&p->top_of, &p->topcap, (size_t)tag + 1, sizeof *p->top_of)) {
        p->err = NG_ENOMEM;
        return;
    }
    for (size_t t = p->ntags; t <= tag && t < p->topcap; t++)
        p->top_of[t] = 0;
    if (p->ntags <= tag)
        p->ntags = (size_t)tag + 1;
    size_t k = ++p->sp;
    open_el *e = &p->st[k];
    e->node = (uint32_t)(p->nn - 1);
    e->tag = tag;
    e->prev = p->top_of[tag];
    p->top_of[tag] = (uint32_t)k;
    uint8_t b = boundaries(tag);
    for (int s = 0; s < SC__N; s++)
        e->bnd[s] = (b >> s & 1) ? (uint32_t)k : p->st[k - 1].bnd[s];
}

/* Closes the open elements at stack positions >= k. */
static void pop_to(parser *p, size_t k)
{
    if (k < 2)
        return;
    while (p->sp >= k) {
        open_el *e = &p->st[p->sp];
        p->node[e->node].size = (uint32_t)(p->nn - e->node);
        p->top_of[e->tag] = e->prev;
        p->sp--;
    }
    p->can_merge = 0;
}

/* Closes the topmost open tag when no boundary of kind sc is above it.
 * Returns 1 when it did. */
static int close_in_scope(parser *p, uint32_t tag, int sc)
{
    if (tag >= p->ntags)
        return 0;
    uint32_t k = p->top_of[tag];
    if (!k || p->st[p->sp].bnd[sc] > k)
        return 0;
    pop_to(p, k);
    return 1;
}

static void close_head(parser *p)
{
    if (p->head_open) {
        pop_to(p, p->head_sp);
        p->head_open = 0;
    }
    p->head_done = 1;
}

static uint32_t add_element(parser *p, uint32_t tag, const char *name, size_t attr, size_t nattr, int open)
{
    ng_hnode *x = new_node(p, NG_HN_ELEM);
    if (!x)
        return 0;
    x->tag = (uint16_t)tag;
    x->name = name;
    x->len = (uint32_t)attr;
    x->nattr = (uint32_t)nattr;
    p->can_merge = 0;
    if (open)
        push(p, tag);
    return (uint32_t)(p->nn - 1);
}

static void open_body(parser *p, size_t attr, size_t nattr)
{
    close_head(p);
    add_element(p, NG_T_BODY, tag_names[NG_T_BODY], attr, nattr, 1);
    p->body_open = 1;
}

/* Adds text s[a..b) (decoded when decode_it) as a child of the current
 * element, merged into a text node just before it. */
static void add_text(parser *p, size_t a, size_t b, int decode_it, int in_raw)
{
    char *s = p->s + a;
    size_t len = b - a;
    if (!in_raw && !p->body_open) {
        size_t i = 0;
        while (i < len && (cls[(unsigned char)s[i]] & C_WS))
            i++;
        if (i == len)
            return; /* white space before the body */
        open_body(p, 0, 0);
        if (p->err)
            return;
    }
    if (decode_it)
        len = decode(s, len, 0);
    ng_hnode *last = p->nn ? &p->node[p->nn - 1] : NULL;
    if (p->can_merge && last && last->type == NG_HN_TEXT && p->nn - 1 - last->up == p->st[p->sp].node) {
        char *end = (char *)last->content + last->len;
        memmove(end, s, len);
        end[len] = 0;
        last->len += (uint32_t)len;
        return;
    }
    s[len] = 0;
    ng_hnode *x = new_node(p, NG_HN_TEXT);
    if (!x)
        return;
    x->name = "";
    x->content = s;
    x->len = (uint32_t)len;
    p->can_merge = 1;
}

/* The number of an unknown tag name (lower case, NUL-terminated, len
 * bytes), interning it on first sight.  Returns NG_T_NONE when out of
 * numbers (such elements match no end tag) or memory (p->err set). */
static uint32_t intern(parser *p, const char *name, size_t len)
{
    if ((p->ndyn + 1) * 2 > p->dyn_cap) {
        if (p->ndyn + NG_T__COUNT >= 0xFFFF)
            return NG_T_NONE;
        size_t nc = p->dyn_cap ? p->dyn_cap * 2 : 256;
        uint32_t *ns = ng__malloc(nc * sizeof *ns);
        if (!ns) {
            p->err = NG_ENOMEM;
            return NG_T_NONE;
        }
        memset(ns, 0, nc * sizeof *ns);
        for (size_t i = 0; i < p->ndyn; i++) {
            uint32_t h = name_hash(p->dyn_name[i], strlen(p->dyn_name[i])) & (uint32_t)(nc - 1);
            while (ns[h])
                h = (h + 1) & (uint32_t)(nc - 1);
            ns[h] = (uint32_t)(NG_T__COUNT + i);
        }
        ng__free(p->dyn_slot);
        p->dyn_slot = ns;
        p->dyn_cap = nc;
    }
    uint32_t h = name_hash(name, len) & (uint32_t)(p->dyn_cap - 1);
    while (p->dyn_slot[h]) {
        const char *m = p->dyn_name[p->dyn_slot[h] - NG_T__COUNT];
        if (!strcmp(m, name))
            return p->dyn_slot[h];
        h = (h + 1) & (uint32_t)(p->dyn_cap - 1);
    }
    if (grow((void **)&p->dyn_name, &p->dyn_namecap, p->ndyn + 1, sizeof *p->dyn_name)) {
        p->err = NG_ENOMEM;
        return NG_T_NONE;
    }
    p->dyn_name[p->ndyn] = name;
    uint32_t t = (uint32_t)(NG_T__COUNT + p->ndyn++);
    p->dyn_slot[h] = t;
    return t;
}

/* The number of the known tag s[0..n) (any case), or NG_T_NONE. */
static uint32_t known_tag(const char *s, size_t n)
{
    if (n > 10)
        return NG_T_NONE;
    uint32_t h = name_hash(s, n) & (TAG_SLOTS - 1);
    while (tag_slot[h]) {
        const char *m = tag_names[tag_slot[h]];
        size_t i = 0;
        /* m[i] first: a NUL byte in the page's tag name must not match the
         * end of m and read past it. */
        while (i < n && m[i] && m[i] == (char)lower[(unsigned char)s[i]])
            i++;
        if (i == n && !m[n])
            return tag_slot[h];
        h = (h + 1) & (TAG_SLOTS - 1);
    }
    return NG_T_NONE;
}

/* A tag token: the name at s[ns..ne), attributes in p->ta.  Returns the
 * position after its '>', or 0 when the page ends inside it. */
static size_t read_tag(parser *p, size_t i, size_t *ne, int *selfclose)
{
    const char *s = p->s;
    size_t n = p->n;
    while (i < n && !(cls[(unsigned char)s[i]] & (C_WS)) && s[i] != '/' && s[i] != '>')
        i++;
    *ne = i;
    *selfclose = 0;
    p->nta = 0;
    for (;;) {
        while (i < n && ((cls[(unsigned char)s[i]] & C_WS) || (s[i] == '/' && i + 1 < n && s[i + 1] != '>')))
            i++;
        if (i >= n)
            return 0;
        if (s[i] == '>')
            return i + 1;
        if (s[i] == '/') { /* "/>" */
            if (i + 1 >= n)
                return 0;
            *selfclose = 1;
            return i + 2;
        }
        size_t a = i++;
        while (i < n && !(cls[(unsigned char)s[i]] & C_NAMEEND))
            i++;
        size_t ae = i;
        while (i < n && (cls[(unsigned char)s[i]] & C_WS))
            i++;
        tok_attr t = {a, ae, 0, 0, 0};
        if (i < n && s[i] == '=') {
            i++;
            while (i < n && (cls[(unsigned char)s[i]] & C_WS))
                i++;
            if (i >= n)
                return 0;
            if (s[i] == '"' || s[i] == '\'') {
                const char *q = memchr(s + i + 1, s[i], n - i - 1);
                if (!q)
                    return 0;
                t.vs = i + 1;
                t.ve = (size_t)(q - s);
                i = t.ve + 1;
            } else {
                t.vs = i;
                while (i < n && !(cls[(unsigned char)s[i]] & C_VALEND))
                    i++;
                t.ve = i;
            }
            t.has_value = 1;
        }
        if (grow((void **)&p->ta, &p->tacap, p->nta + 1, sizeof *p->ta)) {
            p->err = NG_ENOMEM;
            return 0;
        }
        p->ta[p->nta++] = t;
    }
}

/* Stores the token's attributes (names lower-cased, values decoded, both
 * NUL-terminated in place).  Returns the index of the first. */
static size_t store_attrs(parser *p)
{
    size_t first = p->na;
    if (grow((void **)&p->attr, &p->acap, p->na + p->nta, sizeof *p->attr)) {
        p->err = NG_ENOMEM;
        return first;
    }
    char *s = p->s;
    for (size_t k = 0; k < p->nta; k++) {
        tok_attr *t = &p->ta[k];
        for (size_t i = t->ns; i < t->ne; i++)
            s[i] = (char)lower[(unsigned char)s[i]];
        const char *v = "";
        if (t->has_value) {
            size_t len = decode(s + t->vs, t->ve - t->vs, 1);
            s[t->vs + len] = 0;
            v = s + t->vs;
        }
        s[t->ne] = 0; /* after the value: the name's end is before it */
        p->attr[p->na].name = s + t->ns;
        p->attr[p->na].value = v;
        p->na++;
    }
    return first;
}

/* Tree building for a start tag; the token is in p->ta.  Returns the
 * element's tag number (NG_T_NONE when the tag made no element). */
static uint32_t start_tag(parser *p, size_t ns, size_t ne, int selfclose, int *opened)
{
    *opened = 0;
    uint32_t tag = known_tag(p->s + ns, ne - ns);
    const char *name;
    if (tag != NG_T_NONE) {
        name = tag_names[tag];
    } else {
        for (size_t i = ns; i < ne; i++)
            p->s[i] = (char)lower[(unsigned char)p->s[i]];
        p->s[ne] = 0;
        name = p->s + ns;
        tag = intern(p, name, ne - ns);
        if (p->err)
            return NG_T_NONE;
    }
    unsigned f = ng__tag_flags(tag);
    if (tag == NG_T_HTML) {
        if (!p->node[0].nattr) {
            size_t a = store_attrs(p);
            p->node[0].len = (uint32_t)a;
            p->node[0].nattr = (uint32_t)p->nta;
            p->can_merge = 0;
        }
        return NG_T_NONE;
    }
    if (tag == NG_T_HEAD) {
        if (!p->head_done && !p->head_open && !p->body_open) {
            size_t a = store_attrs(p);
            add_element(p, NG_T_HEAD, tag_names[NG_T_HEAD], a, p->nta, 1);
            p->head_open = 1;
            p->head_sp = (uint32_t)p->sp;
        }
        return NG_T_NONE;
    }
    if (tag == NG_T_BODY) {
        if (!p->body_open) {
            size_t a = store_attrs(p);
            open_body(p, a, p->nta);
        }
        return NG_T_NONE;
    }
    if (!p->body_open) {
        if ((f & NG_HF_HEAD) && !p->head_done) {
            if (!p->head_open) {
                add_element(p, NG_T_HEAD, tag_names[NG_T_HEAD], 0, 0, 1);
                p->head_open = 1;
                p->head_sp = (uint32_t)p->sp;
            }
        } else {
            open_body(p, 0, 0);
        }
        if (p->err)
            return NG_T_NONE;
    }
    /* implied end tags */
    if (f & NG_HF_CLOSEP)
        close_in_scope(p, NG_T_P, SC_BUTTON);
    switch (tag) {
    case NG_T_LI:
        close_in_scope(p, NG_T_LI, SC_LIST);
        break;
    case NG_T_DD:
    case NG_T_DT: {
        uint32_t a = NG_T_DD < p->ntags ? p->top_of[NG_T_DD] : 0, b = NG_T_DT < p->ntags ? p->top_of[NG_T_DT] : 0;
        close_in_scope(p, a > b ? NG_T_DD : NG_T_DT, SC_LIST);
        break;
    }
    case NG_T_TR:
        if (!close_in_scope(p, NG_T_TR, SC_TABLE)) {
            uint32_t a = NG_T_TD < p->ntags ? p->top_of[NG_T_TD] : 0, b = NG_T_TH < p->ntags ? p->top_of[NG_T_TH] : 0;
            close_in_scope(p, a > b ? NG_T_TD : NG_T_TH, SC_TABLE);
        }
        break;
    case NG_T_TD:
    case NG_T_TH: {
        uint32_t a = NG_T_TD < p->ntags ? p->top_of[NG_T_TD] : 0, b = NG_T_TH < p->ntags ? p->top_of[NG_T_TH] : 0;
        uint32_t r = NG_T_TR < p->ntags ? p->top_of[NG_T_TR] : 0;
        if ((a > b ? a : b) > r)
            close_in_scope(p, a > b ? NG_T_TD : NG_T_TH, SC_TABLE);
        break;
    }
    case NG_T_TBODY:
    case NG_T_THEAD:
    case NG_T_TFOOT: {
        uint32_t best = 0, bt = 0;
        static const uint32_t sect[] = {NG_T_TBODY, NG_T_THEAD, NG_T_TFOOT};
        for (size_t k = 0; k < 3; k++)
            if (sect[k] < p->ntags && p->top_of[sect[k]] > best)
                best = p->top_of[sect[k]], bt = sect[k];
        if (best)
            close_in_scope(p, bt, SC_TABLE);
        break;
    }
    case NG_T_OPTION:
    case NG_T_OPTGROUP:
        if (p->st[p->sp].tag == NG_T_OPTION)
            pop_to(p, p->sp);
        break;
    case NG_T_A:
        close_in_scope(p, NG_T_A, SC_INLINE);
        break;
    case NG_T_H1:
    case NG_T_H2:
    case NG_T_H3:
    case NG_T_H4:
    case NG_T_H5:
    case NG_T_H6: {
        uint32_t t = p->st[p->sp].tag;
        if (t >= NG_T_H1 && t <= NG_T_H6)
            pop_to(p, p->sp);
        break;
    }
    default:
        break;
    }
    size_t a = store_attrs(p);
    if (p->err)
        return NG_T_NONE;
    /* a known element's "/>" means nothing (WHATWG); other ones (SVG's) close */
    int open = !(f & NG_HF_VOID) && !(selfclose && tag >= NG_T__COUNT) && p->sp < MAX_DEPTH;
    add_element(p, tag, name, a, p->nta, open);
    *opened = open;
    return tag;
}

/* Tree building for an end tag. */
static void end_tag(parser *p, size_t ns, size_t ne)
{
    uint32_t tag = known_tag(p->s + ns, ne - ns);
    if (tag == NG_T_NONE) {
        if (!p->dyn_cap || ne - ns > 256)
            return;
        char tmp[257];
        for (size_t i = ns; i < ne; i++)
            tmp[i - ns] = (char)lower[(unsigned char)p->s[i]];
        tmp[ne - ns] = 0;
        uint32_t h = name_hash(tmp, ne - ns) & (uint32_t)(p->dyn_cap - 1);
        while (p->dyn_slot[h] && strcmp(p->dyn_name[p->dyn_slot[h] - NG_T__COUNT], tmp))
            h = (h + 1) & (uint32_t)(p->dyn_cap - 1);
        tag = p->dyn_slot[h];
        if (!tag)
            return;
        close_in_scope(p, tag, SC_DEF);
        return;
    }
    switch (tag) {
    case NG_T_HEAD:
        if (p->head_open)
            close_head(p);
        return;
    case NG_T_HTML:
    case NG_T_BODY:
        return;
    case NG_T_BR: {
        int opened;
        p->nta = 0;
        start_tag(p, ns, ne, 0, &opened);
        return;
    }
    case NG_T_P:
        close_in_scope(p, tag, SC_BUTTON);
        return;
    case NG_T_LI:
        close_in_scope(p, tag, SC_LIST);
        return;
    case NG_T_TD:
    case NG_T_TH:
    case NG_T_TR:
    case NG_T_TBODY:
    case NG_T_THEAD:
    case NG_T_TFOOT:
    case NG_T_TABLE:
    case NG_T_CAPTION:
    case NG_T_COLGROUP:
        close_in_scope(p, tag, SC_TABLE);
        return;
    default:
        close_in_scope(p, tag, (ng__tag_flags(tag) & NG_HF_PHRASING) ? SC_INLINE : SC_DEF);
    }
}

/* Where the raw text of element `name` (len bytes) starting at i ends: the
 * position of its "</name" end tag, or n.  *after: past that tag's '>'. */
static size_t raw_end(const parser *p, size_t i, const char *name, size_t len, size_t *after)
{
    const char *s = p->s;
    size_t n = p->n;
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            break;
        size_t j = (size_t)(lt - s);
        if (j + 2 + len <= n && s[j + 1] == '/') {
            size_t k = 0;
            while (k < len && (char)lower[(unsigned char)s[j + 2 + k]] == name[k])
                k++;
            if (k == len && (j + 2 + len == n || (cls[(unsigned char)s[j + 2 + len]] & C_WS) ||
                             s[j + 2 + len] == '/' || s[j + 2 + len] == '>')) {
                const char *gt = memchr(s + j + 2 + len, '>', n - j - 2 - len);
                *after = gt ? (size_t)(gt - s) + 1 : n;
                return j;
            }
        }
        i = j + 1;
    }
    *after = n;
    return n;
}

/* Finds "-->" (or "--!>") from i; returns the position after it, or n. */
static size_t comment_end(const char *s, size_t n, size_t i)
{
    while (i < n) {
        const char *gt = memchr(s + i, '>', n - i);
        if (!gt)
            return n;
        size_t j = (size_t)(gt - s);
        if (j >= i + 2 && s[j - 1] == '-' && s[j - 2] == '-')
            return j + 1;
        if (j >= i + 3 && s[j - 1] == '!' && s[j - 2] == '-' && s[j - 3] == '-')
            return j + 1;
        i = j + 1;
    }
    return n;
}

static void run(parser *p)
{
    char *s = p->s;
    size_t n = p->n, i = 0, text = 0;
    while (i < n && !p->err) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            break;
        size_t j = (size_t)(lt - s);
        if (j + 1 >= n)
            break;
        unsigned char c = (unsigned char)s[j + 1];
        if (cls[c] & C_ALPHA) {
            size_t ne;
            int selfclose;
            size_t next = read_tag(p, j + 1, &ne, &selfclose);
            if (!next) { /* the page ends inside the tag: dropped */
                if (j > text)
                    add_text(p, text, j, 1, 0);
                text = n;
                break;
            }
            if (j > text)
                add_text(p, text, j, 1, 0);
            if (p->err)
                break;
            int opened;
            uint32_t tag = start_tag(p, j + 1, ne, selfclose, &opened);
            i = text = next;
            unsigned f = ng__tag_flags(tag);
            if (tag != NG_T_NONE && (f & (NG_HF_RAW | NG_HF_RCDATA)) && !(tag == NG_T_NOSCRIPT && p->body_open) &&
                !p->err) {
                size_t after;
                size_t e = tag == NG_T_PLAINTEXT ? n : raw_end(p, next, tag_names[tag], strlen(tag_names[tag]), &after);
                if (tag == NG_T_PLAINTEXT)
                    after = n;
                if (e > next && opened)
                    add_text(p, next, e, (f & NG_HF_RCDATA) != 0, 1);
                if (opened)
                    pop_to(p, p->sp);
                i = text = after;
            }
            continue;
        }
        if (c == '/') {
            if (j + 2 < n && (cls[(unsigned char)s[j + 2]] & C_ALPHA)) {
                size_t ne;
                int selfclose;
                size_t next = read_tag(p, j + 2, &ne, &selfclose);
                if (!next) {
                    if (j > text)
                        add_text(p, text, j, 1, 0);
                    text = n;
                    break;
                }
                if (j > text)
                    add_text(p, text, j, 1, 0);
                end_tag(p, j + 2, ne);
                i = text = next;
            } else {
                if (j > text)
                    add_text(p, text, j, 1, 0);
                if (j + 2 < n && s[j + 2] == '>') {
                    i = text = j + 3; /* "</>" */
                } else { /* bogus comment */
                    const char *gt = memchr(s + j, '>', n - j);
                    i = text = gt ? (size_t)(gt - s) + 1 : n;
                }
            }
            continue;
        }
        if (c == '!' || c == '?') {
            if (j > text)
                add_text(p, text, j, 1, 0);
            if (c == '!' && j + 3 < n && s[j + 2] == '-' && s[j + 3] == '-') {
                size_t k = j + 4;
                if (k < n && s[k] == '>')
                    i = k + 1;
                else if (k + 1 < n && s[k] == '-' && s[k + 1] == '>')
                    i = k + 2;
                else
                    i = comment_end(s, n, k);
            } else {
                const char *gt = memchr(s + j, '>', n - j);
                i = gt ? (size_t)(gt - s) + 1 : n;
            }
            text = i;
            continue;
        }
        i = j + 1; /* a '<' that starts nothing: text */
    }
    if (!p->err && n > text)
        add_text(p, text, n, 1, 0);
}

void ng__html_tree_free(ng_htree *t)
{
    if (!t)
        return;
    ng__free(t->node);
    ng__free(t->attr);
    ng__free(t->buf);
    memset(t, 0, sizeof *t);
}

int ng__html_parse(const char *s, size_t n, ng_htree *t)
{
    pthread_once(&once, init_tables);
    pthread_once(&bounds_once, init_bounds);
    memset(t, 0, sizeof *t);
    if (n >= UINT32_MAX / 2)
        n = UINT32_MAX / 2;
    parser p;
    memset(&p, 0, sizeof p);
    p.s = ng__malloc(n + 1);
    if (!p.s)
        return NG_ENOMEM;
    memcpy(p.s, s, n);
    p.s[n] = 0;
    p.n = n;
    size_t est = n / 40 + 16;
    int rc = 0;
    if (grow((void **)&p.node, &p.ncap, est, sizeof *p.node) || grow((void **)&p.st, &p.stcap, 64, sizeof *p.st) ||
        grow((void **)&p.top_of, &p.topcap, NG_T__COUNT, sizeof *p.top_of)) {
        rc = NG_ENOMEM;
        goto done;
    }
    memset(p.top_of, 0, NG_T__COUNT * sizeof *p.top_of);
    p.ntags = NG_T__COUNT;
    /* the root <html>, at stack position 1 */
    memset(&p.node[0], 0, sizeof p.node[0]);
    p.node[0].type = NG_HN_ELEM;
    p.node[0].tag = NG_T_HTML;
    p.node[0].name = tag_names[NG_T_HTML];
    p.node[0].size = 1;
    p.nn = 1;
    memset(&p.st[0], 0, sizeof p.st[0]);
    p.sp = 0;
    push(&p, NG_T_HTML);
    run(&p);
    rc = p.err;
    if (!rc) {
        pop_to(&p, 2);
        p.node[0].size = (uint32_t)p.nn;
        for (size_t k = 0; k < p.nn; k++) {
            ng_hnode *x = &p.node[k];
            if (x->type == NG_HN_ELEM) {
                x->attrs = x->nattr ? p.attr + x->len : NULL;
                x->len = 0;
            }
        }
        t->node = p.node;
        t->n = p.nn;
        t->attr = p.attr;
        t->buf = p.s;
        p.node = NULL;
        p.attr = NULL;
        p.s = NULL;
    }
done:
    ng__free(p.s);
    ng__free(p.node);
    ng__free(p.attr);
    ng__free(p.st);
    ng__free(p.top_of);
    ng__free(p.dyn_slot);
    ng__free(p.dyn_name);
    ng__free(p.ta);
    return rc;
}
