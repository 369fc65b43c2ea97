/*
 * html_text.c -- the main text of a news page: which part of the tree is the
 * article, and which of its paragraphs to keep.
 *
 * The approach (our own code; the ideas are the published ones of
 * Readability, jusText and trafilatura):
 *  1. Boilerplate subtrees are marked and never read: scripts and styles,
 *     navigation, asides, headers and footers, forms' buttons, hidden
 *     elements, ARIA landmarks that are not content, and elements whose
 *     class or id says comments, sharing, related links, cookie or
 *     newsletter banners, ads, sidebars and the like -- unless the element
 *     holds most of the page's text (sites hang such classes on wrappers).
 *  2. Paragraph-like elements (anything with 25+ characters of text of its
 *     own) score 1 + commas + length/100 (at most 3), credited to their
 *     ancestors with decreasing weight; ancestors start from a tag prior and
 *     a class/id hint (article, content, story, itemprop=articleBody ...),
 *     and end scaled by their link density.  The best ancestor, widened to
 *     its parent when that scores higher (leaving out low-scoring linked
 *     blocks beside it on the way up), is the article; its siblings join
 *     when they score close or read like article paragraphs.
 *  3. The article's subtree becomes blocks (paragraphs, headings, list
 *     items, quotes, captions); blocks that are mostly links, that read like
 *     "Share"/"Follow us"/"Advertisement"/cookie notices, that repeat an
 *     earlier block, or trail the last real paragraph as links or headings,
 *     calls to action at either end ("download our app", "Was this article
 *     helpful?"), and pictures' credits ("Photo: AP", a caption's "(c)
 *     Getty Images", a caption that is only a name) are dropped -- except
 *     the lines of that paragraph's own element when it is written with <br>
 *     (an address, a signature), source lines ("via ...", "Source: ...") in
 *     or just after the article's run, and list items that are links with
 *     a comment of their own (a deals or reading list) continuing it.
 *  4. When that yields little text, the whole body run through the same
 *     block filter (stricter: only sentence-like blocks and what sits
 *     between them) and the JSON-LD articleBody are candidates too; the
 *     longest sensible one wins.
 * Each kept block ends with "\n", so paragraph breaks survive.
 */
#include "html_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

typedef struct einfo {
    uint32_t raw;      /* non-space bytes, everything but scripts */
    uint32_t ptext;    /* of which inside <p> elements */
    uint32_t text;     /* non-space bytes outside boilerplate */
    uint32_t link;     /* of which inside <a> */
    uint32_t inl;      /* non-space bytes not inside a nested block element */
    uint32_t inl_commas;
    uint32_t nbr;      /* <br> among the inline content: paragraphs written with line breaks */
    float score;
    int8_t weight;     /* class/id hint */
    uint8_t junk, cand;
    uint8_t block, junktag; /* tag classes, looked up once */
    uint8_t art;            /* an <h1> or <article> below */
    uint8_t cut;            /* left out of a widened article */
    uint8_t comhead;        /* a heading the page marks as its comments' */
} einfo;

#define EI(n) ((einfo *)(n)->_private)

/* ------------------------------------------------------------ tag tables */

static int in_list(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (s[0] == (*list)[0] && !strcmp(s, *list))
            return 1;
    return 0;
}

/* Is the word s[0..n) one of list, ignoring ASCII case? */
static int word_in_ci(const char *s, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == n && !strncasecmp(s, *list, n))
            return 1;
    return 0;
}

/* Is n an <h1> .. <h6>? */
static int heading(const ng_hnode *n)
{
    const char *t = (const char *)n->name;
    return t[0] == 'h' && t[1] >= '1' && t[1] <= '6' && !t[2];
}

/* ---------------------------------------------------------- class hints */

enum { HINT_NONE = 0, HINT_POS = 1, HINT_SOFT = 2, HINT_STRICT = 3, HINT_ALWAYS = 4, HINT_BODY = 5 };

/* Hints of one word of a class or id ("share" of "share-tools"). */
static int word_hint(const char *w)
{
    /* boilerplate whatever else the element says */
    static const char *const always_prefix[] = {"comment", "disqus", "cookie", "consent", "gdpr", NULL};
    for (const char *const *p = always_prefix; *p; p++)
        if (w[0] == (*p)[0] && !strncmp(w, *p, strlen(*p)))
            return HINT_ALWAYS;
    static const char *const strict_prefix[] = {
        "breadcrumb", "advert", "sponsor", "popup",
        "modal", "outbrain", "taboola", "navbar", "navigation", "newsletter", "paywall", "signup",
        "login", "skiplink", "dropdown", "newsticker", "disclaimer", "disclosure", NULL};
    static const char *const strict_word[] = {"nav", "menu", "ad", "ads", "adv", "footer", "foot", "masthead",
                                              "nocontent", "noprint", "sns", NULL};
    /* boilerplate unless the element holds much of the page's paragraph text */
    static const char *const soft_prefix[] = {
        "share", "sharing", "social", "sidebar", "related", "recommend", "promo", "pagination", "pager",
        "toolbar", "trending", "mostpopular", "mostread", "banner", "byline", "authorbio",
        "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "rss", "teaser", "profile", "author", NULL};
    static const char *const soft_word[] = {"tags", "tag", "header", "follow", "more", "links",
                                            "email", "popular", "latest", "topics",
                                            "extra", "aside", "logo", "subscribe", "subscription", NULL};
    static const char *const pos_word[] = {"article", "content", "entry", "main", "post", "story", "text",
                                           "body", "blog", "articlebody", "storybody", "postbody",
                                           "entrycontent", "articletext", "hentry", "permalink", NULL};
    for (const char *const *p = strict_prefix; *p; p++)
        if (w[0] == (*p)[0] && !strncmp(w, *p, strlen(*p)))
            return HINT_STRICT;
    if (in_list(w, strict_word))
        return HINT_STRICT;
    for (const char *const *p = soft_prefix; *p; p++)
        if (w[0] == (*p)[0] && !strncmp(w, *p, strlen(*p)))
            return HINT_SOFT;
    if (in_list(w, soft_word))
        return HINT_SOFT;
    return in_list(w, pos_word) ? HINT_POS : HINT_NONE;
}

/* Evaluates class and id, one space-separated token at a time.  Returns
 * HINT_STRICT / HINT_SOFT (boilerplate), HINT_POS (content) or HINT_NONE.
 * Taxonomy classes of blog engines ("tag-share", "category-social") say
 * what the post is about, not what the element is: they are ignored. */
static int names_hint(const char *names0, int *has_body_out)
{
    static const char *const taxonomy[] = {"tag-", "tags-", "category-", "cat-", "author-", "format-", "s-",
                                           "postid-", "type-", "topic-", "section-", "channel-", NULL};
    int best = HINT_NONE, has_body = 0;
    {
        const char *s = names0;
        while (s && *s) {
            while (*s == ' ' || *s == '\t' || *s == '\n')
                s++;
            const char *e = s;
            while (*e && *e != ' ' && *e != '\t' && *e != '\n')
                e++;
            int skip = 0;
            /* a utility class's variant ("lg:px-0", "[&_.va-pitch-teaser]:w-full",
             * "hover:underline") styles the element, it does not name it */
            for (const char *q = s; q < e && !skip; q++)
                skip = *q == ':' || *q == '[';
            /* at the token's start or after a dash: "entry-category-facebook" */
            for (const char *q = s; q < e && !skip; q++) {
                if (q > s && q[-1] != '-')
                    continue;
                for (const char *const *t = taxonomy; *t && !skip; t++)
                    skip = tolower((unsigned char)*q) == (*t)[0] && (size_t)(e - q) > strlen(*t) &&
                           !strncasecmp(q, *t, strlen(*t));
            }
            int tok = HINT_NONE;
            /* the whole token, letters only: "entry-content" -> "entrycontent" */
            static const char *const body_tokens[] = {
                "articlebody", "entrycontent", "postbody", "storybody", "articlecontent", "postcontent",
                "articletext", "storytext", "bodytext", "entrybody", "posttext", "storycontent", "articlecopy",
                "textcontent", "articlebodytext", "storybodytext", "entrytext", "newsarticle", "artikeltext",
                "articlebodycontent", "postentry", "blogpost", "blogpostbody", "richtextstorybody",
                "articlebodywrapper", "contentbody", "mainarticle", "storycontent", NULL};
            char whole[48];
            size_t wl = 0;
            for (const char *q = s; q < e && wl + 1 < sizeof whole; q++)
                if (isalnum((unsigned char)*q))
                    whole[wl++] = (char)tolower((unsigned char)*q);
            whole[wl] = 0;
            /* an author's box ("author-bio", "about-author", "authorsure-
             * author-box", "mini-bio"): the writer's biography, never the
             * article, whatever its share of the page's text; not a blog
             * engine's "author-jane" taxonomy class */
            int bio_tok = 0;
            static const char *const bio_parts[] = {"authorbio", "authorbox", "aboutauthor", "abouttheauthor",
                                                    "authorinfo", "authordesc", "authorprofile", "minibio",
                                                    "extendedbio", NULL};
            for (const char *const *t = bio_parts; *t && wl && !bio_tok; t++)
                bio_tok = strstr(whole, *t) != NULL;
            if (!bio_tok && (e - s == 3 || (e - s > 3 && !isalnum((unsigned char)s[3]))) && !strncasecmp(s, "bio", 3))
                bio_tok = 1; /* "bio", "bio-block" */
            if (bio_tok)
                skip = 0;
            int body_tok = 0;
            for (const char *const *t = body_tokens; *t && !skip && wl && !body_tok; t++)
                body_tok = whole[0] == (*t)[0] && !strncmp(whole, *t, strlen(*t));
            int prev = HINT_NONE;
            while (!skip && s < e) {
                char w[40];
                size_t m = 0;
                while (s < e && !isalnum((unsigned char)*s))
                    s++;
                while (s < e && isalnum((unsigned char)*s)) {
                    if (m + 1 < sizeof w)
                        w[m++] = (char)tolower((unsigned char)*s);
                    s++;
                }
                w[m] = 0;
                if (m) {
                    int h = word_hint(w);
                    /* "entry-more", "article-more": the rest of the text
                     * (blogs' "continue reading" part), not "more stories" */
                    if (prev == HINT_POS && !strcmp(w, "more"))
                        h = HINT_POS;
                    /* in one token, boilerplate words beat content words:
                     * "article-comments", "post-footer", "entry-meta" */
                    if (h > tok)
                        tok = h;
                    prev = h;
                }
            }
            /* a bare "more" is the post's continuation (Movable Type's
             * id="more"), not a box of more stories */
            if (!strcmp(whole, "more"))
                tok = HINT_NONE;
            if (bio_tok)
                tok = HINT_STRICT;
            if (body_tok && tok < HINT_SOFT)
                has_body = 1; /* "article-body__content", not "article-body-footer" */
            else if (tok > best)
                best = tok;
            s = e;
        }
    }
    *has_body_out = has_body;
    return best;
}

/* The hints of one class or id string, by a 64-bit hash of it: many
 * elements share their classes. */
typedef struct hint_cache {
    uint64_t key[1024];
    int8_t hint[1024];
} hint_cache;

static int names_hint_cached(hint_cache *hc, const char *s, int *has_body)
{
    *has_body = 0;
    if (!s || !*s)
        return HINT_NONE;
    if (!hc)
        return names_hint(s, has_body);
    uint64_t k = ng__hash(s, strlen(s)) | 1;
    size_t slot = (size_t)(k >> 7) & 1023;
    if (hc->key[slot] == k) {
        *has_body = hc->hint[slot] >> 4;
        return hc->hint[slot] & 15;
    }
    int h = names_hint(s, has_body);
    hc->key[slot] = k;
    hc->hint[slot] = (int8_t)(h | *has_body << 4);
    return h;
}

/* Is word one of the space-separated tokens of v, ignoring case? */
static int has_token(const char *v, const char *word)
{
    size_t m = strlen(word);
    for (const char *p = v; *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\t' && *e != '\n')
            e++;
        if ((size_t)(e - p) == m && !strncasecmp(p, word, m))
            return 1;
        p = e;
    }
    return 0;
}

static int class_hint(ng_hnode *n, hint_cache *hc)
{
    const char *ip = ng__attr(n, "itemprop");
    if (ip && (!strcasecmp(ip, "articleBody") || !strcasecmp(ip, "text")))
        return HINT_BODY;
    int b1, b2;
    const char *cl = ng__attr(n, "class");
    /* a paragraph classed "paywall" is the story's own, behind the wall
     * ("body-paragraph paywall"); the wall is a section or a box */
    if (cl && n->tag == NG_T_P && has_token(cl, "paywall"))
        cl = NULL;
    int h1 = names_hint_cached(hc, cl, &b1);
    int h2 = names_hint_cached(hc, ng__attr(n, "id"), &b2);
    int best = h1 > h2 ? h1 : h2;
    /* a body token ("entry-content") wins over everything but comments & co */
    if (b1 || b2)
        return best == HINT_ALWAYS ? best : HINT_BODY;
    return best;
}

static int hidden(ng_hnode *n)
{
    if (ng__attr(n, "hidden"))
        return 1;
    const char *a = ng__attr(n, "aria-hidden");
    if (a && !strcasecmp(a, "true"))
        return 1;
    const char *st = ng__attr(n, "style");
    if (st) {
        char c[128];
        size_t m = 0;
        for (; *st && m + 1 < sizeof c; st++)
            if (*st != ' ')
                c[m++] = (char)tolower((unsigned char)*st);
        c[m] = 0;
        if (strstr(c, "display:none") || strstr(c, "visibility:hidden"))
            return 1;
    }
    const char *role = ng__attr(n, "role");
    static const char *const roles[] = {"navigation", "banner", "contentinfo", "complementary", "menu",
                                        "menubar", "dialog", "alertdialog", "search", "toolbar",
                                        "tablist", NULL};
    if (role && in_list(role, roles))
        return 1;
    return 0;
}

/* ------------------------------------------------------------ the passes */

/* Non-space bytes of text node t (and its commas into *commas), counted
 * once and kept in t->aux. */
static uint32_t count_text(ng_hnode *t, uint32_t *commas)
{
    if (t->aux) {
        *commas += t->aux & 255;
        return (t->aux >> 8) - 1;
    }
    uint32_t n = 0, cm = 0;
    for (const char *s = t->content; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c > ' ')
            n++;
        if (c == ',')
            cm++;
    }
    if (n < (1u << 23) && cm < 256)
        t->aux = (n + 1) << 8 | cm;
    *commas += cm;
    return n;
}

/* Pass 1: raw and paragraph text per element; attaches an einfo to every
 * element.  Returns the raw text of n's subtree, adds its <p> text to *pt. */
static uint32_t pass_raw(ng_hnode *n, einfo *pool, size_t *used, size_t cap, int depth, uint32_t *pt)
{
    uint32_t sum = 0;
    for (ng_hnode *c = ng__child(n); c; c = ng__next(c)) {
        if (c->type == NG_HN_TEXT) {
            uint32_t cm = 0;
            sum += count_text(c, &cm);
        } else if (c->type == NG_HN_ELEM) {
            if (*used >= cap || depth > 400) {
                c->_private = NULL;
                continue;
            }
            einfo *ei = &pool[(*used)++];
            memset(ei, 0, sizeof *ei);
            c->_private = ei;
            unsigned f = ng__tag_flags(c->tag);
            ei->block = (f & NG_HF_BLOCK) != 0;
            ei->junktag = (f & NG_HF_JUNK) != 0;
            if (c->tag == NG_T_SCRIPT || c->tag == NG_T_STYLE)
                continue;
            ei->raw = pass_raw(c, pool, used, cap, depth + 1, &ei->ptext);
            if (c->tag == NG_T_NOSCRIPT || c->tag == NG_T_TEMPLATE) {
                /* what a page shows without scripts (a tracking pixel, "enable
                 * JavaScript") is furniture, unless it is paragraphs of text:
                 * blog engines that render the post by script put it there */
                if (ei->ptext < 200) {
                    ei->raw = ei->ptext = 0;
                    ei->art = 0;
                    continue;
                }
                ei->junktag = 0;
            }
            if ((ei->art || c->tag == NG_T_H1 || c->tag == NG_T_ARTICLE) && n->_private)
                EI(n)->art = 1;
            if (c->tag == NG_T_P || c->tag == NG_T_PRE)
                ei->ptext = ei->raw;
            sum += ei->raw;
            *pt += ei->ptext;
        }
    }
    return sum;
}

/* Pass 2: boilerplate marks, top down.  A soft hint (share, related,
 * sidebar ...) is overruled when the element holds much of the page's
 * paragraph text; any hint is overruled on a wrapper of most of the page. */
static void pass_junk(ng_hnode *n, const einfo *top, int depth, int lenient, hint_cache *hc)
{
    ng_hnode *prev = NULL; /* the previous element */
    for (ng_hnode *c = ng__child(n); c; prev = c->type == NG_HN_ELEM ? c : prev, c = ng__next(c)) {
        if (c->type != NG_HN_ELEM || !c->_private)
            continue;
        einfo *ei = EI(c);
        int hint = class_hint(c, hc);
        ei->weight = (int8_t)(hint == HINT_BODY ? 50 : hint == HINT_POS ? 12 : hint >= HINT_SOFT ? -25 : 0);
        int wrapper = ei->raw > 1000 && ei->raw * 2 > top->raw;
        int holds = (ei->ptext >= 150 && ei->ptext * 5 >= top->ptext * 2) || (ei->raw >= 800 && ei->raw * 5 >= top->raw * 2);
        int holds_most = ei->ptext >= 150 && ei->ptext * 5 >= top->ptext * 3;
        if (lenient) /* the second try, when the first found nothing */
            wrapper = holds = holds_most = !(ng__is(c, "nav") || ng__is(c, "footer")) || ei->ptext > 0;
        int j = 0;
        if (ei->junktag)
            j = !(((wrapper || holds_most) && (ng__is(c, "nav") || ng__is(c, "footer"))) ||
                  ((wrapper || holds) && (ng__is(c, "header") || ng__is(c, "aside"))));
        else if (hidden(c))
            j = !wrapper || ng__attr(c, "hidden") || ng__attr(c, "style");
        else if (hint == HINT_ALWAYS && !ng__is(c, "article") && !ng__is(c, "main"))
            j = !(wrapper && ei->art); /* a page's comments outweigh its article: not a wrapper */
        else if (hint == HINT_STRICT && !ng__is(c, "article") && !ng__is(c, "main"))
            /* on a short page a footer's notice can be most of the text */
            j = !wrapper && !(holds_most && ei->ptext >= 600);
        else if (hint == HINT_SOFT && !ng__is(c, "article") && !ng__is(c, "main"))
            /* a "teaser" paragraph right under the headline is the standfirst */
            j = !wrapper && !holds && !(c->tag == NG_T_P && prev && prev->tag == NG_T_H1);
        if (lenient && j && !ei->junktag && hint != HINT_ALWAYS && !hidden(c))
            j = 0;
        if (j) {
            ei->junk = 1;
            if (hint == HINT_ALWAYS && heading(c)) {
                const char *cl = ng__attr(c, "class"), *id = ng__attr(c, "id");
                ei->comhead = (cl && strcasestr(cl, "comment")) || (id && strcasestr(id, "comment"));
            }
            continue;
        }
        if (depth < 400)
            pass_junk(c, top, depth + 1, lenient, hc);
    }
}

/* Pass 3: clean text, links and inline text per block.  blk: nearest block
 * ancestor's einfo.  Returns (text, link) of n's subtree through *t / *l. */
static void pass_clean(ng_hnode *n, einfo *blk, int in_a, uint32_t *t, uint32_t *l, int depth)
{
    *t = *l = 0;
    for (ng_hnode *c = ng__child(n); c; c = ng__next(c)) {
        if (c->type == NG_HN_TEXT) {
            uint32_t cm = 0, k = count_text(c, &cm);
            *t += k;
            if (in_a)
                *l += k;
            if (blk) {
                blk->inl += k;
                blk->inl_commas += cm;
            }
        } else if (c->type == NG_HN_ELEM && c->_private && !EI(c)->junk && depth < 400) {
            einfo *ei = EI(c);
            uint32_t ct, cl;
            if (ng__is(c, "br") && blk)
                blk->nbr++;
            pass_clean(c, ei->block ? ei : blk, in_a || ng__is(c, "a"), &ct, &cl, depth + 1);
            ei->text = ct;
            ei->link = cl;
            *t += ct;
            *l += cl;
        }
    }
}

static void init_cand(ng_hnode *n)
{
    einfo *ei = EI(n);
    if (ei->cand)
        return;
    ei->cand = 1;
    const char *t = (const char *)n->name;
    float s = 0;
    if (!strcmp(t, "div") || !strcmp(t, "article") || !strcmp(t, "section") || !strcmp(t, "main"))
        s = 5;
    else if (!strcmp(t, "pre") || !strcmp(t, "td") || !strcmp(t, "blockquote"))
        s = 3;
    else if (!strcmp(t, "address") || !strcmp(t, "ol") || !strcmp(t, "ul") || !strcmp(t, "dl") ||
             !strcmp(t, "dd") || !strcmp(t, "dt") || !strcmp(t, "li") || !strcmp(t, "form"))
        s = -3;
    else if (heading(n))
        s = -5;
    else if (!strcmp(t, "th"))
        s = -5;
    if (!strcmp(t, "article"))
        s += 10;
    s += ei->weight;
    ei->score = s;
}

/* Pass 4: paragraph scores credited to ancestors. */
static void pass_score(ng_hnode *n, int depth)
{
    for (ng_hnode *c = ng__child(n); c; c = ng__next(c)) {
        if (c->type != NG_HN_ELEM || !c->_private || EI(c)->junk || depth > 400)
            continue;
        einfo *ei = EI(c);
        if (ei->block && ei->inl >= 25 && !(c->name[0] == 'h' && isdigit(c->name[1]))) {
            /* text split by line breaks counts as that many paragraphs
             * (readability turns such divs into <p>s first) */
            uint32_t paras = 1 + (ei->nbr / 2 < ei->inl / 200 ? ei->nbr / 2 : ei->inl / 200);
            uint32_t len = ei->inl / 100 < 3 * paras ? ei->inl / 100 : 3 * paras;
            float s = (float)paras + (float)ei->inl_commas + (float)len;
            /* the element itself counts when it is a container (div with text) */
            ng_hnode *a = ng__is(c, "p") || ng__is(c, "li") || ng__is(c, "span") ? ng__parent(c) : c;
            for (int level = 0; a && a->type == NG_HN_ELEM && a->_private && level < 5;
                 level++, a = ng__parent(a)) {
                init_cand(a);
                float div = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
                EI(a)->score += s / div;
                if (ng__is(a, "body"))
                    break;
            }
        }
        pass_score(c, depth + 1);
    }
}

static float final_score(ng_hnode *n)
{
    einfo *ei = EI(n);
    float ld = ei->text ? (float)ei->link / (float)ei->text : 0;
    return ei->score * (1.0f - ld);
}

static void best_cand(ng_hnode *n, ng_hnode **best, float *bs, int depth)
{
    for (ng_hnode *c = ng__child(n); c; c = ng__next(c)) {
        if (c->type != NG_HN_ELEM || !c->_private || EI(c)->junk || depth > 400)
            continue;
        if (EI(c)->cand) {
            float s = final_score(c);
            if (!*best || s > *bs) {
                *best = c;
                *bs = s;
            }
        }
        best_cand(c, best, bs, depth + 1);
    }
}

/* ---------------------------------------------------------------- blocks */

enum { K_P, K_HEAD, K_LI, K_CAPTION, K_QUOTE, K_OTHER };

typedef struct blk {
    size_t start, end;      /* in the block buffer */
    uint32_t chars, link;
    uint8_t kind, keep;
    uint8_t linky;          /* dropped only for its links */
    uint8_t dup;            /* repeats an earlier block */
    uint8_t cell;           /* a table cell's text: values repeat there */
    uint8_t lead;           /* the article's standfirst, found beside it */
    uint8_t cap;            /* a picture's caption */
    uint32_t grp;           /* the block element whose text it is: lines split by <br> share it */
} blk;

typedef struct walker {
    ng_buf buf;             /* block texts, back to back */
    blk *b;
    size_t n, cap;
    uint8_t kind;           /* kind of the block being built */
    uint8_t cell;           /* it is a table cell's */
    uint8_t lead;           /* it is the standfirst's */
    uint8_t incap;          /* it is a picture's caption */
    uint32_t grp, ngrp;     /* current block element's number, elements numbered so far */
    size_t start;
    uint32_t chars, link;
    size_t total;           /* characters in the blocks so far */
    int stop;               /* the comments begin: the article ends here */
    int err;
} walker;

static int comment_heading(const char *s, size_t n);

static void flush(walker *w)
{
    /* trim trailing space */
    while (w->buf.len > w->start && w->buf.p[w->buf.len - 1] == ' ')
        w->buf.len--;
    /* a heading over the comments ("12 Responses to ...", "Leave a Reply")
     * after the article's text ends it */
    if (w->chars && !w->err && w->kind == K_HEAD && w->total >= 250 &&
        comment_heading(w->buf.p + w->start, w->buf.len - w->start)) {
        w->stop = 1;
        w->chars = 0;
    }
    if (w->chars && !w->err) {
        if (w->n == w->cap) {
            size_t nc = w->cap ? w->cap * 2 : 64;
            blk *nb = ng__realloc(w->b, nc * sizeof *nb);
            if (!nb) {
                w->err = NG_ENOMEM;
                return;
            }
            w->b = nb;
            w->cap = nc;
        }
        blk x = {w->start, w->buf.len, w->chars, w->link, w->kind, 1, 0, 0, w->cell, w->lead, w->incap, w->grp};
        w->b[w->n++] = x;
        w->total += w->chars;
    } else {
        w->buf.len = w->start;
    }
    w->start = w->buf.len;
    w->chars = w->link = 0;
    w->kind = K_P;
}

static uint8_t kind_of(ng_hnode *n, uint8_t cur)
{
    const char *t = (const char *)n->name;
    if (heading(n))
        return K_HEAD;
    if (!strcmp(t, "li") || !strcmp(t, "dt") || !strcmp(t, "dd"))
        return K_LI;
    if (!strcmp(t, "figcaption") || !strcmp(t, "caption"))
        return K_CAPTION;
    if (!strcmp(t, "blockquote"))
        return K_QUOTE;
    if (!strcmp(t, "p"))
        return cur == K_QUOTE || cur == K_LI ? cur : K_P;
    return cur;
}

/* Is element c a picture's caption: a <figcaption>, or a small element
 * (300 bytes of text at most: not a slideshow's whole story) whose class
 * or id says caption or credit ("wp-caption-text", "image-credit")? */
static int caption_elem(ng_hnode *c)
{
    if (c->tag == NG_T_FIGCAPTION)
        return 1;
    if (!c->_private || EI(c)->raw > 300)
        return 0;
    for (int k = 0; k < 2; k++) {
        const char *v = ng__attr(c, k ? "id" : "class");
        if (v && (strcasestr(v, "caption") || strcasestr(v, "credit")))
            return 1;
    }
    return 0;
}

static void walk(walker *w, ng_hnode *n, int in_a, int depth)
{
    for (ng_hnode *c = ng__child(n); c && !w->err && !w->stop; c = ng__next(c)) {
        if (c->type == NG_HN_TEXT) {
            const unsigned char *s = (const unsigned char *)c->content;
            if (!s)
                continue;
            for (; *s; s++) {
                if (*s <= ' ') {
                    if (w->buf.len > w->start && w->buf.p[w->buf.len - 1] != ' ')
                        ng__buf_putc(&w->buf, ' ');
                } else {
                    ng__buf_putc(&w->buf, (char)*s);
                    w->chars++;
                    if (in_a)
                        w->link++;
                }
            }
            if (w->buf.err)
                w->err = w->buf.err;
        } else if (c->type == NG_HN_ELEM) {
            if (!c->_private || depth > 400)
                continue;
            if (EI(c)->junk || EI(c)->cut) {
                if (EI(c)->comhead && w->total + w->chars >= 250)
                    w->stop = 1;
                continue;
            }
            if (ng__is(c, "br") || ng__is(c, "hr")) {
                uint8_t k = w->kind;
                flush(w);
                w->kind = k;
                continue;
            }
            if (EI(c)->block) {
                uint8_t outer = w->kind, ocell = w->cell, ocap = w->incap;
                flush(w);
                if (caption_elem(c))
                    w->incap = 1;
                uint32_t og = w->grp;
                w->kind = kind_of(c, outer);
                w->grp = ++w->ngrp;
                if (c->tag == NG_T_TD || c->tag == NG_T_TH)
                    w->cell = 1;
                walk(w, c, in_a, depth + 1);
                flush(w);
                w->kind = outer;
                w->grp = og;
                w->cell = ocell;
                w->incap = ocap;
            } else {
                walk(w, c, in_a || ng__is(c, "a"), depth + 1);
            }
        }
    }
}

/* ---------------------------------------------------------- the filters */

/* Are a[0..m) and b[0..m) the same ignoring case, ASCII letters and the
 * two-byte UTF-8 letters of Latin-1 ("\xC3\x84hnliche" = "\xC3\xA4hnliche")? */
static int same_ci(const char *a, const char *b, size_t m)
{
    for (size_t i = 0; i < m; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x == y)
            continue;
        if (x < 0x80 && y < 0x80) {
            if (tolower(x) != tolower(y))
                return 0;
            continue;
        }
        /* a Latin-1 letter's second byte: capitals are 0x80..0x9E (not 0x97, the multiplication sign) */
        if (i == 0 || (unsigned char)a[i - 1] != 0xC3 || (unsigned char)b[i - 1] != 0xC3)
            return 0;
        if (x >= 0x80 && x <= 0x9E && x != 0x97)
            x += 0x20;
        if (y >= 0x80 && y <= 0x9E && y != 0x97)
            y += 0x20;
        if (x != y)
            return 0;
    }
    return 1;
}

static int starts_ci(const char *s, size_t n, const char *p)
{
    unsigned char a = (unsigned char)s[0], b = (unsigned char)p[0];
    if (!n || (a < 0x80 && b < 0x80 && tolower(a) != tolower(b)))
        return 0; /* (most phrases fail at their first letter) */
    size_t m = strlen(p);
    return n >= m && same_ci(s, p, m) && (n == m || !isalnum((unsigned char)s[m]));
}

/* Does s contain one of the phrases of list (each starting with an ASCII
 * letter), ignoring case, other than `except`?  One pass over s, whatever
 * the number of phrases. */
static int contains_any_ci(const char *s, size_t n, const char *const *list, const char *except)
{
    /* the phrases by first letter: head[letter], then next[phrase] */
    int8_t head[26], next[64];
    size_t len[64];
    memset(head, -1, sizeof head);
    for (int k = 0; k < 64 && list[k]; k++) {
        int c = ((unsigned char)list[k][0] | 0x20) - 'a';
        if (c < 0 || c >= 26 || list[k] == except)
            continue;
        len[k] = strlen(list[k]);
        next[k] = head[c];
        head[c] = (int8_t)k;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned c = ((unsigned char)s[i] | 0x20) - 'a';
        if (c >= 26)
            continue;
        for (int k = head[c]; k >= 0; k = next[k])
            if (i + len[k] <= n && !strncasecmp(s + i, list[k], len[k]))
                return 1;
    }
    return 0;
}

static int sentence_end(const char *s, size_t n);
static int credit_line(const char *s, size_t n);

/* Does a short block read like page furniture? */
static int boilerplate_phrase(const char *s, size_t n)
{
    static const char click_here[] = "click here";
    static const char *const starts[] = {
        "share", "share this", "follow us", "follow", "advertisement", "advertising", "anzeige",
        "read more", "read next", "read also", "related", "related articles", "related stories",
        "more from", "more on this", "sign up", "subscribe", "click here", "comments", "comment",
        "leave a comment", "copyright", "\xC2\xA9", "(c)", "tweet", "email", "e-mail", "print", "facebook",
        "twitter", "whatsapp", "linkedin", "pinterest", "loading", "skip to", "we use cookies",
        "newsletter", "recommended", "most read", "most popular", "trending", "sponsored",
        "you may also like", "see also", "back to top", "posted in", "filed under", "tags:",
        "tagged", "categories:", "permalink", "reply", "log in", "sign in", "werbung", "mehr zum thema",
        "lesen sie auch", "teilen", "\xE2\x80\x9Cstart quote", "\xE2\x80\x9D end quote", "start quote",
        "end quote", "font:", "explore further", "further reading", "more stories", "more articles",
        "\xC3\xA4hnliche beitr\xC3\xA4ge", "\xC3\xA4hnliche artikel", "verwandte artikel", "weitere artikel",
        "weitere themen", "weitere aktuelle themen", "zum weiterlesen", "auch interessant", "das k\xC3\xB6nnte sie auch interessieren",
        "siehe auch", "passend dazu", "quellen ausblenden", "art\xC3\xAD" "culos relacionados", "noticias relacionadas",
        "te puede interesar", "le puede interesar", "lee tambi\xC3\xA9n", "lea tambi\xC3\xA9n", "leia tamb\xC3\xA9m",
        "lire aussi", "\xC3\xA0 lire aussi", "voir aussi", "articles similaires", "sur le m\xC3\xAAme sujet", NULL};
    static const char *const contains[] = {
        "all rights reserved", "cookie", "newsletter", "sign up for", "subscribe to",
        "follow us on", "share this", "share on", click_here, "javascript", "your browser",
        "alle rechte vorbehalten", "responses to this entry", "leave a response", "pings are currently closed",
        "trackback from your own site", "bookmark the permalink", "view all posts by", "this entry was posted",
        "is filed under", "post views", "topics mentioned in this article", "rate this article", "artikel bewerten",
        "beitrag bewerten", "datenschutzerkl\xC3\xA4rung von youtube", "inhalt nachzuladen", NULL};
    /* reprint and copyright notices, whatever their length */
    static const char *const legal[] = {"for your personal, non-commercial use", "distribution and use of this material",
                                        "may not be published, broadcast, rewritten", "all rights reserved",
                                        /* affiliate notices */
                                        "affiliate link", "affiliate-link", "earn a commission", "receive a commission",
                                        "eine provision", "provision vom h", NULL};
    if (n <= 600 && contains_any_ci(s, n, legal, NULL))
        return 1;
    if (n > 160)
        return 0;
    /* one word ("Twitter", "Print") only on what does not read as a sentence */
    int sentence = n > 40 && sentence_end(s, n);
    for (const char *const *p = starts; *p; p++)
        if (starts_ci(s, n, *p) && !(sentence && !strchr(*p, ' ')))
            return 1;
    /* "click here" inside a real sentence ("... is sold on Amazon (click
     * here) and on eBay.") is the article's */
    return contains_any_ci(s, n, contains, sentence && n > 60 ? click_here : NULL);
}

/* Does a heading introduce the readers' comments ("Comments", "12 Responses
 * to ...", "5 thoughts on ...", "Leave a Reply", "Post a comment")? */
static int comment_heading(const char *s, size_t n)
{
    static const char *const phrase[] = {"leave a reply", "leave a comment", "post a comment", "add a comment",
                                         "add comment", "join the discussion", "join the conversation",
                                         "reader comments", "readers' comments", "your comments", "user comments",
                                         "show comments", "view comments", "comments", "comment", "kommentare",
                                         "kommentar", "leserkommentare", "comentarios", "comentario", "commentaires",
                                         "commentaire", "commenti", "reacties", "komentarze", NULL};
    /* after a count: "12 Responses", "One thought on", "No comments" */
    static const char *const counted[] = {"responses", "response", "replies", "reply", "thoughts on",
                                          "thought on", "comments", "comment", "kommentare", "kommentar",
                                          "comentarios", "commentaires", "commenti", "reacties", "komentarzy", NULL};
    static const char *const number[] = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                         "nine", "ten", NULL};
    if (n > 100)
        return 0;
    while (n && !isalnum((unsigned char)*s))
        s++, n--;
    for (const char *const *p = phrase; *p; p++)
        if (starts_ci(s, n, *p)) {
            /* "Comments", "Comments (12)", "Leave a Reply:", not "Comments
             * on the plan" */
            for (size_t m = strlen(*p); m < n; m++)
                if (isalpha((unsigned char)s[m]))
                    return 0;
            return 1;
        }
    size_t k = 0;
    while (k < n && isdigit((unsigned char)s[k]))
        k++;
    if (!k)
        for (const char *const *p = number; *p && !k; p++)
            if (starts_ci(s, n, *p))
                k = strlen(*p);
    if (!k || k >= n || s[k] != ' ')
        return 0;
    for (const char *const *p = counted; *p; p++)
        if (starts_ci(s + k + 1, n - k - 1, *p))
            return 1;
    return 0;
}

/* Does c separate the words of a date line? */
static int date_sep(char c)
{
    return c != '\0' && strchr(" ,./-:|()", c) != NULL;
}

/* Month and day names and the little words of dates and times, in the
 * languages the extractor knows. */
static const char *const date_words[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "januar", "februar", "m\xC3\xA4rz", "mai", "juni", "juli", "oktober", "dezember", "enero", "febrero",
    "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    "janvier", "f\xC3\xA9vrier", "mars", "avril", "juin", "juillet", "ao\xC3\xBBt", "septembre", "octobre",
    "novembre", "d\xC3\xA9" "cembre", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "a.m", "p.m", "at", "um", "uhr", "de",
    "del", "a", "las", "le", "h", "et", "est", "edt", "pst", "pdt", "gmt", "utc", "cet", "cest", NULL};

/* Is a short block only a date or a time ("27.01.2022", "July 24, 2012
 * 9:49 AM", "20 de abril de 2022 a las 08:39h")?  The page's date goes to
 * `published`, not into the text. */
static int date_line(const char *s, size_t n)
{
    if (n > 48)
        return 0;
    int digits = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && date_sep(s[i]))
            i++;
        size_t j = i;
        if (i < n && isdigit((unsigned char)s[i])) {
            while (j < n && (isdigit((unsigned char)s[j]) || s[j] == ':' || s[j] == '.'))
                j++;
            if (j < n && (s[j] == 'h' || s[j] == 'H') && (j + 1 == n || s[j + 1] == ' '))
                j++; /* "08:39h" */
            digits++;
        } else {
            while (j < n && s[j] != ' ' && s[j] != ',' && s[j] != '/' && s[j] != '|' && s[j] != '(' && s[j] != ')' &&
                   !(s[j] == '.' && (j + 1 == n || s[j + 1] == ' ')))
                j++;
            if (j == i)
                break;
            if (!word_in_ci(s + i, j - i, date_words))
                return 0;
        }
        if (j < n && !date_sep(s[j]))
            return 0;
        i = j;
    }
    return digits > 0;
}

/* Is a short block a byline or dateline, the page's furniture around its
 * article ("Posted by Jane Roe at 12:00 AM", "By Jane Roe Published 9
 * November 2012 13:50", "Posted on July 10th, 2012", "Updated 3 hours
 * ago", "November 2, 2012 by Jane Roe", "Aktualisiert am 17.01.2021",
 * "Verfasst von Jana Roe | 31. Dezember 2008", "Publicado el 3 de mayo")?
 * It needs a number (a date or a time), a posting word and nothing else
 * but date words and, after "by" (von, por, par), up to four words of a
 * name (none when noname is set).  The author and date go to `authors`
 * and `published`. */
static int meta_line(const char *s, size_t n, int noname)
{
    static const char *const posting[] = {"posted", "published", "updated", "last", "written", "modified",
                                          "by", "on", "ago", "hour", "hours", "minute", "minutes", "min", "mins",
                                          "day", "days", "week", "weeks", "month", "months", "year", "years",
                                          "st", "nd", "rd", "th",
                                          /* German, Spanish, French */
                                          "ver\xC3\xB6" "ffentlicht", "ver\xC3\xB6" "ffentlichung", "aktualisiert",
                                          "verfasst", "geschrieben", "erstellt", "von", "publicado", "actualizado",
                                          "el", "por", "hace", "publi\xC3\xA9", "publi\xC3\xA9" "e", "mis", "\xC3\xA0", "jour",
                                          "par", "stand", "datum", "lesezeit", "minuten", "reading", "read", NULL};
    static const char *const by[] = {"by", "von", "por", "par", NULL};
    if (n > 100)
        return 0;
    int digits = 0, post = 0, names = 0, after_by = 0;
    size_t i = 0;
    while (i < n) {
        /* separators: ASCII punctuation, a bullet, a middle dot, dashes */
        if (date_sep(s[i]) || s[i] == ';') {
            i++;
            continue;
        }
        if (i + 1 < n && (unsigned char)s[i] == 0xC2 && ((unsigned char)s[i + 1] == 0xB7 || (unsigned char)s[i + 1] == 0xA0)) {
            i += 2;
            continue;
        }
        if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x94 || (unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0xA2)) {
            i += 3;
            continue;
        }
        size_t j = i;
        if (isdigit((unsigned char)s[i])) {
            while (j < n && (isalnum((unsigned char)s[j]) || s[j] == ':'))
                j++; /* "2012", "13:50", "10th", "08:39h" */
            digits++;
            after_by = 0;
        } else {
            while (j < n && !date_sep(s[j]) && s[j] != ';' && (unsigned char)s[j] != 0xE2 &&
                   !((unsigned char)s[j] == 0xC2 && j + 1 < n && (unsigned char)s[j + 1] == 0xB7))
                j++;
            if (j == i)
                return 0; /* a lone byte of another separator */
            if (word_in_ci(s + i, j - i, posting) && !(after_by && j - i == 2)) {
                post++;
                after_by = word_in_ci(s + i, j - i, by) ? 4 : 0;
            } else if (word_in_ci(s + i, j - i, date_words)) {
                after_by = 0;
            } else if (after_by) {
                after_by--;
                names++;
            } else {
                return 0;
            }
        }
        i = j;
    }
    return digits > 0 && post > 0 && (noname ? names == 0 : names <= 4);
}

/* Does a block end like the teaser of another article ("... [...]",
 * "... Read more...", "Continue reading")? */
static int teaser(const char *s, size_t n)
{
    static const char *const ends[] = {"[...]", "[\xE2\x80\xA6]", "read more", "read more...", "read more \xC2\xBB",
                                       "read more\xE2\x80\xA6", "continue reading", "continue reading \xE2\x86\x92",
                                       "(more...)", "more \xC2\xBB", "read the rest of this entry \xC2\xBB", "watch video",
                                       "weiterlesen", "mehr lesen", "lire la suite", "leer m\xC3\xA1s", "seguir leyendo",
                                       "continuar leyendo", "leia mais", "continue lendo", "czytaj dalej", "lees verder",
                                       "lees meer", "read full story", "read the full story", "leggi tutto", NULL};
    while (n && (s[n - 1] == ' ' || s[n - 1] == '.'))
        n--;
    if (!n)
        return 0;
    for (const char *const *p = ends; *p; p++) {
        size_t m = strlen(*p);
        while (m && ((*p)[m - 1] == '.' || (*p)[m - 1] == ' '))
            m--;
        if (m && (unsigned char)(*p)[m - 1] < 0x80 && tolower((unsigned char)s[n - 1]) != tolower((unsigned char)(*p)[m - 1]))
            continue; /* (most fail at their last letter) */
        if (n >= m && same_ci(s + n - m, *p, m) && (n == m || s[n - m - 1] == ' ' || s[n - m - 1] == '.'))
            return 1;
    }
    return 0;
}

static int sentence_end(const char *s, size_t n)
{
    for (;;) { /* spaces (no-break ones too), closing quotes and brackets */
        if (n && (s[n - 1] == ' ' || s[n - 1] == '"' || s[n - 1] == ')' || s[n - 1] == '\''))
            n--;
        else if (n >= 2 && s[n - 2] == '\xC2' && s[n - 1] == '\xA0')
            n -= 2;
        else
            break;
    }
    if (!n)
        return 0;
    unsigned char c = (unsigned char)s[n - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':')
        return 1;
    /* closing curly quotes, guillemets, ideographic full stop */
    if (n >= 3 && (!memcmp(s + n - 3, "\xE2\x80\x9D", 3) || !memcmp(s + n - 3, "\xE2\x80\x99", 3) ||
                   !memcmp(s + n - 3, "\xE3\x80\x82", 3)))
        return 1;
    return n >= 2 && !memcmp(s + n - 2, "\xC2\xBB", 2);
}

/* Does a short block credit a picture ("Photo: ...", "Image credit ...",
 * "Foto: ...", "Top image by ...": 1) or a source ("via ...", "[H/T ...]",
 * "Read it at ...", "Source: ...": 2)?  0 when neither. */
static int credit_line(const char *s, size_t n)
{
    /* words that are the credit themselves ... */
    static const char *const lead[] = {"via", "h/t", "ht", "hat tip", "courtesy of", "read it at",
                                       "information from", "photo by", "photos by", "photographed by",
                                       "image by", "images by", "picture by", "pictures by", "illustration by",
                                       "photo credit", "photo credits", "image credit", "image credits",
                                       "picture credit", NULL};
    /* ... and nouns that name one with a colon or a dash: "Photo: AP" */
    static const char *const noun[] = {"photo", "photos", "photograph", "photographs", "photographer",
                                       "photography", "image", "images", "picture", "pictures", "pic",
                                       "credit", "credits", "source", "sources", "illustration", "top image",
                                       "lead image", "header image", "featured image", "top photo", "lead photo",
                                       "main image", "cover image", "foto", "fotos", "fotograf\xC3\xAD" "a", "bild", "bilder",
                                       "beitragsbild", "titelbild", "headerbild", "bildquelle", "fotoquelle", "bildnachweis",
                                       "fotonachweis", "kuva", "imagen", "im\xC3\xA1genes", "cr\xC3\xA9" "dit photo",
                                       "cr\xC3\xA9" "dits photo", "cr\xC3\xA9" "dits photos", "photocredit", "photocredits",
                                       "fotocredit", "fotocredits", "quelle", NULL};
    if (n > 200)
        return 0;
    while (n && (*s == '[' || *s == '(' || *s == ' '))
        s++, n--;
    for (const char *const *p = lead; *p; p++)
        if (starts_ci(s, n, *p) && n > strlen(*p) + 2)
            return p - lead < 7 ? 2 : 1;
    for (const char *const *p = noun; *p; p++) {
        size_t m = strlen(*p);
        if (!starts_ci(s, n, *p))
            continue;
        while (m < n && s[m] == ' ')
            m++;
        if (m + 2 < n && (s[m] == ':' || s[m] == '|' || s[m] == '-' || !strncmp(s + m, "\xE2\x80\x94", 3) ||
                          !strncmp(s + m, "\xE2\x80\x93", 3)))
            return !strcmp(*p, "source") || !strcmp(*p, "sources") || !strcmp(*p, "quelle") ? 2 : 1;
    }
    /* a picture noun among the first three words, then the credit: "Top
     * image by ...", "Thumbnail image courtesy of ...", "Images via ..." */
    if (n > 120)
        return 0;
    static const char *const pic[] = {"image", "images", "photo", "photos", "picture", "pictures", "pic", "pics",
                                      "illustration", "graphic", "screenshot", "photograph", NULL};
    static const char *const by[] = {"by", "via", "courtesy", "credit", "credits", "thx", "thanks", NULL};
    int seen_pic = 0;
    size_t i = 0;
    for (int word = 0; word < 4 && i < n; word++) {
        size_t j = i;
        while (j < n && isalpha((unsigned char)s[j]))
            j++;
        if (j == i)
            return 0;
        if (seen_pic && word_in_ci(s + i, j - i, by))
            return j < n;
        if (!seen_pic)
            seen_pic = word_in_ci(s + i, j - i, pic);
        if (j >= n || s[j] != ' ')
            return 0;
        i = j + 1;
    }
    return 0;
}

/* Does a short block call the reader to do something for the site rather
 * than tell the story: get its app, join its channel, subscribe, become a
 * member, rate or share the article ("For the latest stories download the
 * ... apps for iOS and Android", "Join our Telegram channel", "War der
 * Artikel nützlich?")? */
static int call_to_action(const char *s, size_t n)
{
    /* the site speaking of itself ("our app"), anywhere in the block ... */
    static const char *const phrase[] = {
        "download our", "our app", "our apps", "our channel", "join our", "join us on", "our videos",
        "unsere app", "nichts mehr verpassen", "nichts mehr vers\xC3\xA4umen", "den artikel teilen",
        "artikel hilfreich", "suscr\xC3\xAD" "bete", "s\xC3\xADguenos", "nuestro canal", "\xC3\xBAnete", NULL};
    /* ... and imperatives and questions that open it ("Subscribe now",
     * not "users who subscribe now pay more") */
    static const char *const opener[] = {
        "subscribe now", "subscribe today", "become a member", "become a subscriber", "support our journalism",
        "support independent journalism", "get the latest news", "for the latest news", "for the latest stories",
        "was this article helpful", "did you find this article", "rate this article", "jetzt abonnieren",
        "abonnieren sie", "folgen sie uns", "war der artikel", "war dieser artikel", "fandest du den artikel",
        "hazte miembro", "hazte socio", "descarga nuestra", "abonnez-vous", "suivez-nous",
        "t\xC3\xA9l\xC3\xA9" "chargez", NULL};
    if (n > 200 || memchr(s, '"', n) || memmem(s, n, "\xE2\x80\x9C", 3) || memmem(s, n, "\xC2\xAB", 2))
        return 0; /* (someone quoted: "Our app is used by millions," she said.) */
    size_t k = 0; /* the first letter ("¡", "¿", "[" aside) */
    while (k < n && !isalnum((unsigned char)s[k]) && (unsigned char)s[k] < 0xC3)
        k++;
    for (const char *const *p = opener; *p; p++)
        if (starts_ci(s + k, n - k, *p))
            return 1;
    for (size_t i = 0; i < n; i++) {
        if (i && isalnum((unsigned char)s[i - 1]))
            continue; /* at a word's start */
        int c = tolower((unsigned char)s[i]);
        for (const char *const *p = phrase; *p; p++) {
            if ((unsigned char)(*p)[0] < 0x80 && c != (*p)[0])
                continue; /* (phrases are lower case) */
            size_t m = strlen(*p);
            if (i + m <= n && same_ci(s + i, *p, m) && (i + m == n || !isalnum((unsigned char)s[i + m])))
                return 1;
        }
    }
    return 0;
}

static int good_block(const walker *w, const blk *b)
{
    const char *s = w->buf.p + b->start;
    size_t n = b->end - b->start;
    if (b->kind == K_HEAD)
        return 0;
    if (b->chars >= 120 && b->link * 4 < b->chars)
        return 1;
    if (b->chars >= 80 && !b->link && b->kind == K_P)
        return 1; /* a sentence without its full stop ("... trade value. /guffaw") */
    return b->chars >= 40 && b->link * 2 < b->chars && sentence_end(s, n);
}

/* A list item that is a link with a comment of its own ("Deal name for
 * $99 at Shop (normally $120)", "Headline -- my two cents"): the article's
 * list, not a list of links. */
static int annotated_item(const blk *b)
{
    return b->kind == K_LI && b->chars >= b->link + 12 && b->link * 10 < b->chars * 9;
}

/* A caption's credit at its end ("Lee Elder at the Masters. | (c) Augusta
 * National/Getty Images", "... einsaugen. Foto: Privat", "... (Photo: AP)")
 * is cut off the block: from the last credit mark ("(c)", a copyright
 * sign, "Photo:", "Foto:", "Bild:", "Credit:", "Image:", "Quelle:") when
 * under 80 bytes follow it and some caption precedes it. */
static void cut_credit(walker *w, blk *b)
{
    static const char *const mark[] = {"\xC2\xA9", "(c)", "photo:", "photos:", "foto:", "fotos:", "bild:", "credit:",
                                       "image:", "quelle:", "photograph:", "picture:", "pictures:", "source:", "kuva:", "imagen:", NULL};
    const char *s = w->buf.p + b->start;
    size_t n = b->end - b->start, at = n;
    for (size_t i = 1; i < n; i++) {
        if (s[i - 1] != ' ' && s[i - 1] != '(' && s[i - 1] != '|' && s[i - 1] != '/' && (unsigned char)s[i] != 0xC2)
            continue;
        for (const char *const *p = mark; *p; p++) {
            size_t m = strlen(*p);
            if (i + m <= n && same_ci(s + i, *p, m))
                at = i;
        }
    }
    if (at == n || n - at > 80)
        return;
    size_t e = at;
    while (e && (s[e - 1] == ' ' || s[e - 1] == '|' || s[e - 1] == '(' || s[e - 1] == '/' || s[e - 1] == '-'))
        e--;
    if (e < 10)
        return;
    b->end = b->start + e;
}

/* Marks which blocks to keep.  strict: only sentence-like blocks and short
 * ones between two of them (the whole-body fallback). */
static void filter(walker *w, int strict)
{
    /* duplicates: a small open-addressing set of block hashes */
    uint64_t seen[512];
    memset(seen, 0, sizeof seen);
    for (size_t i = 0; i < w->n; i++) {
        blk *b = &w->b[i];
        const char *s = w->buf.p + b->start;
        size_t n = b->end - b->start;
        float ld = b->chars ? (float)b->link / (float)b->chars : 0;
        int linky = b->kind == K_LI || b->kind == K_HEAD ? ld > 0.3f && (b->chars < 100 || ld > 0.6f)
                                                        : ld > 0.5f && (b->chars < 60 || ld > 0.75f || strict);
        if (linky && !strict && annotated_item(b))
            linky = 0;
        if (linky)
            b->keep = 0, b->linky = 1;
        else if (boilerplate_phrase(s, n) || teaser(s, n) || credit_line(s, n) == 1)
            b->keep = 0; /* (a picture's credit is not the story's) */
        if (!b->keep)
            continue;
        uint64_t h = ng__hash(s, n) | 1;
        size_t k = h & 511;
        int dup = 0;
        for (size_t probe = 0; probe < 512; probe++, k = (k + 1) & 511) {
            if (!seen[k]) {
                seen[k] = h;
                break;
            }
            if (seen[k] == h) {
                dup = 1;
                break;
            }
        }
        if (dup && n > 0 && !(b->cell && b->chars < 40))
            b->keep = 0, b->dup = 1;
    }
    /* the last good block; what trails it is kept only if it reads like text */
    size_t last = w->n;
    for (size_t i = w->n; i-- > 0;)
        if (w->b[i].keep && good_block(w, &w->b[i])) {
            last = i;
            break;
        }
    for (size_t i = last == w->n ? 0 : last + 1; i < w->n; i++) {
        blk *b = &w->b[i];
        /* the rest of the last paragraph's element, written with <br>
         * (an address, a signature) belongs to it */
        if (!strict && last < w->n && b->grp == w->b[last].grp && b->kind != K_HEAD && b->link * 2 < b->chars)
            continue;
        /* short lines without links straight after it (an address, a list
         * of ingredients, a signature, each in its own element), unless
         * they label a list of links or end the page with a colon */
        if (!strict && last < w->n && b->keep && !b->link && b->kind == K_P && w->b[i - 1].keep &&
            (i + 1 == w->n ? w->buf.p[b->end - 1] != ':' : !w->b[i + 1].linky))
            continue;
        /* the article's list of annotated links goes on */
        if (!strict && last < w->n && b->keep && w->b[i - 1].keep &&
            (annotated_item(b) || (i + 1 < w->n && annotated_item(&w->b[i + 1]) && w->b[i + 1].keep && !b->link &&
                                   b->chars < 40 && w->buf.p[b->end - 1] == ':')))
            continue;
        if (b->kind == K_HEAD || b->link || b->chars < 20 || last == w->n ||
            (b->chars < 50 && !sentence_end(w->buf.p + b->start, b->end - b->start))) {
            b->keep = strict ? 0 : b->keep && last == w->n && b->link * 3 < b->chars;
        }
    }
    /* captions: the credit at their end goes, and so does a caption that
     * is only a label or a credit (a name, "Thinkstock"): what is left of
     * one is kept when it reads as a sentence of the story */
    for (size_t i = 0; i < w->n; i++) {
        blk *b = &w->b[i];
        if (!b->cap)
            continue;
        cut_credit(w, b);
        if (b->chars < 60 && !sentence_end(w->buf.p + b->start, b->end - b->start))
            b->keep = 0;
    }
    if (!strict) {
        /* before the first good block: a heading followed by another
         * heading, and short labels ("Archives:"), are the page's furniture */
        size_t first = w->n;
        /* (the standfirst found beside the article does not start its run:
         * what stands between it and the body is the header's furniture) */
        for (int lead = 0; lead < 2 && first == w->n; lead++)
            for (size_t i = 0; i < w->n && first == w->n; i++)
                if (w->b[i].keep && (lead || !w->b[i].lead) && good_block(w, &w->b[i]))
                    first = i;
        if (first == w->n)
            return;
        /* a date or byline line above or below the article is its head or
         * foot; above it, a byline naming someone stays (only "Posted: Nov
         * 8, 2023 / 10:35 PM", "Stand: 07.11.2023", "Lesezeit: 2 Minuten" go) */
        for (size_t i = 0; i < w->n; i++)
            if (w->b[i].keep && (i < first || i > last) &&
                (date_line(w->buf.p + w->b[i].start, w->b[i].end - w->b[i].start) ||
                 meta_line(w->buf.p + w->b[i].start, w->b[i].end - w->b[i].start, i < first)))
                w->b[i].keep = 0;
        /* links inside the article's run of text (a list of linked items
         * between its paragraphs) are part of it: jusText's context rule */
        for (size_t i = first + 1; i < last;) {
            /* a run of short items of one kind (a list, one line each); when
             * some of them are plain text, the linked ones are the list's
             * entries too ("India" between "<a>Bahrain</a>" and "<a>Japan</a>") */
            size_t j = i, plain = 0;
            while (j < last && w->b[j].kind == w->b[i].kind && w->b[j].chars < 100 && !good_block(w, &w->b[j])) {
                plain += !w->b[j].link && !w->b[j].dup;
                j++;
            }
            int list = j - i >= 3 && plain * 4 >= j - i;
            if (j == i)
                j++;
            for (; i < j; i++) {
                blk *b = &w->b[i];
                const char *s = w->buf.p + b->start;
                size_t n = b->end - b->start;
                const char *colon = memchr(s, ':', n < 24 ? n : 24);
                if (b->linky && (b->link * 10 < b->chars * 9 || list) && !colon && !boilerplate_phrase(s, n) &&
                    !teaser(s, n))
                    b->keep = 1;
            }
        }
        /* source lines ("via ...", "[H/T ...]", "Source: ...") in the run or
         * just after it, linked or short as they are */
        for (size_t i = first > 3 ? first - 3 : 0; i < w->n && i <= last + 3; i++) {
            blk *b = &w->b[i];
            const char *s = w->buf.p + b->start;
            size_t n = b->end - b->start;
            if (!b->keep && !b->dup && b->kind != K_HEAD && b->link * 10 < b->chars * 9 && credit_line(s, n) == 2 &&
                !boilerplate_phrase(s, n))
                b->keep = 1;
        }
        for (size_t i = 0; i < first; i++) {
            blk *b = &w->b[i];
            if (!b->keep || b->lead)
                continue;
            size_t j = i + 1;
            while (j < first && !w->b[j].keep)
                j++;
            size_t n = b->end - b->start;
            if ((b->kind == K_HEAD && j < first && w->b[j].kind == K_HEAD) ||
                (b->chars < 20 && n && w->buf.p[b->start + n - 1] == ':'))
                b->keep = 0;
        }
        /* calls to action at either end of the article (with short
         * lines after the last one: a rating's count; headings before the
         * first one) */
        for (int end = 0; end < 2; end++) {
            size_t pend = w->n;
            for (size_t k = 0; k < w->n; k++) {
                size_t i = end ? w->n - 1 - k : k;
                blk *b = &w->b[i];
                if (!b->keep)
                    continue;
                const char *s = w->buf.p + b->start;
                size_t n = b->end - b->start;
                if (call_to_action(s, n)) {
                    b->keep = 0;
                    if (pend != w->n)
                        for (size_t j = i + 1; j <= pend; j++)
                            w->b[j].keep = 0;
                    pend = w->n;
                } else if (end && b->chars < 40 && !sentence_end(s, n)) {
                    if (pend == w->n)
                        pend = i;
                } else if (!end && b->kind == K_HEAD) {
                    continue; /* (the headline above a call to watch videos) */
                } else {
                    break;
                }
            }
        }
        return;
    }
    /* strict: short blocks only between good ones (headings: before one) */
    for (size_t i = 0; i < w->n; i++) {
        blk *b = &w->b[i];
        if (!b->keep || good_block(w, b))
            continue;
        int prev = 0, next = 0;
        for (size_t j = i; j-- > 0 && j + 3 > i;)
            if (w->b[j].keep && good_block(w, &w->b[j])) {
                prev = 1;
                break;
            }
        for (size_t j = i + 1; j < w->n && j < i + 3; j++)
            if (w->b[j].keep && good_block(w, &w->b[j])) {
                next = 1;
                break;
            }
        b->keep = b->kind == K_HEAD ? next : (prev && next);
    }
}

/* Bytes of the kept blocks, the standfirst's aside (a lead found beside
 * the article does not make a near-empty article body worth keeping). */
static size_t kept_len(const walker *w)
{
    size_t n = 0;
    for (size_t i = 0; i < w->n; i++)
        if (w->b[i].keep && !w->b[i].lead)
            n += w->b[i].end - w->b[i].start + 1;
    return n;
}

static void emit(const walker *w, ng_buf *out)
{
    out->len = 0;
    for (size_t i = 0; i < w->n; i++)
        if (w->b[i].keep) {
            ng__buf_put(out, w->buf.p + w->b[i].start, w->b[i].end - w->b[i].start);
            ng__buf_putc(out, '\n');
        }
}

static void walker_free(walker *w)
{
    ng__buf_free(&w->buf);
    ng__free(w->b);
}

/* The article's nodes: the top candidate and the siblings that join it. */
static int run_article(ng_hnode *top, float top_score, walker *w)
{
    ng_hnode *parent = ng__parent(top);
    if (!parent || ng__is(top, "body") || !parent->_private) {
        walk(w, top, 0, 0);
        flush(w);
        return w->err;
    }
    float thr = top_score * 0.2f > 10 ? top_score * 0.2f : 10;
    const char *tcls = ng__attr(top, "class");
    for (ng_hnode *s = ng__child(parent); s && !w->err; s = ng__next(s)) {
        int take = 0;
        if (s == top)
            take = 1;
        else if (s->type == NG_HN_ELEM && s->_private && !EI(s)->junk) {
            einfo *ei = EI(s);
            float bonus = 0;
            const char *scls = ng__attr(s, "class");
            if (tcls && scls && *tcls && !strcmp(tcls, scls))
                bonus = top_score * 0.2f;
            if (ei->cand && final_score(s) + bonus >= thr)
                take = 1;
            else if (ng__is(s, "p")) {
                float ld = ei->text ? (float)ei->link / (float)ei->text : 0;
                if (ei->text > 80 && ld < 0.25f)
                    take = 1;
                else if (ei->text && ei->text <= 80 && ei->link == 0) {
                    ng_buf t;
                    ng__buf_init(&t);
                    ng__node_text(s, &t);
                    take = t.len && sentence_end(t.p, t.len);
                    ng__buf_free(&t);
                }
            }
        }
        if (!take)
            continue;
        flush(w);
        if (s->type == NG_HN_ELEM) {
            uint8_t k = kind_of(s, K_P);
            w->kind = k;
            w->grp = ++w->ngrp;
            walk(w, s, 0, 0);
            flush(w);
        }
    }
    return w->err;
}

/* Does element c read like a lead paragraph: a <p> (or an element the page
 * calls intro, lead, standfirst, summary, deck) of 80+ bytes of text,
 * little of it linked, ending a sentence?  Out of memory reading its text
 * sets w->err to NG_ENOMEM (and gives 0). */
static int lead_like(ng_hnode *c, walker *w)
{
    einfo *ei = EI(c);
    if (ei->text < 80 || ei->link * 4 >= ei->text)
        return 0;
    if (!ng__is(c, "p")) {
        const char *cl = ng__attr(c, "class");
        static const char *const names[] = {"intro", "lead", "standfirst", "summary", "deck", "dek", "excerpt", NULL};
        int named = 0;
        for (const char *const *q = names; cl && *q && !named; q++)
            named = strcasestr(cl, *q) != NULL;
        if (!named)
            return 0;
    }
    ng_buf t;
    ng__buf_init(&t);
    ng__node_text(c, &t);
    int ok = !t.err && t.len && sentence_end(t.p, t.len);
    if (t.err)
        w->err = NG_ENOMEM;
    ng__buf_free(&t);
    return ok;
}

/* The article's lead: up to three paragraphs standing just before the
 * article's container (when that container comes first in its parent)
 * beside its parent or grandparent, with nothing between but furniture (a
 * share bar, a picture) -- a standfirst above the body's wrapper.  Walks
 * them into w.  The siblings of the container itself are run_article's. */
static int lead_paras(ng_hnode *top, ng_hnode *body, walker *w)
{
    ng_hnode *x = top;
    for (int level = 0; level < 3 && x != body; level++) {
        ng_hnode *p = ng__parent(x);
        if (!p || !p->_private || ng__is(x, "body"))
            return w->err;
        ng_hnode *streak[3];
        size_t ns = 0;
        int content = 0;
        for (ng_hnode *c = ng__child(p); c && c != x; c = ng__next(c)) {
            if (c->type == NG_HN_TEXT) {
                uint32_t cm = 0;
                if (count_text(c, &cm) > 20)
                    ns = 0, content = 1;
                continue;
            }
            if (c->type != NG_HN_ELEM || !c->_private || EI(c)->junk || EI(c)->text < 50)
                continue; /* furniture */
            content = 1;
            if (level > 0 && lead_like(c, w)) {
                if (ns == 3)
                    memmove(streak, streak + 1, 2 * sizeof *streak), ns = 2;
                streak[ns++] = c;
            } else {
                ns = 0;
            }
        }
        if (w->err)
            return w->err;
        if (ns) {
            for (size_t i = 0; i < ns && !w->err; i++) {
                flush(w);
                w->kind = K_P;
                w->grp = ++w->ngrp;
                walk(w, streak[i], 0, 0);
                flush(w);
            }
            return w->err;
        }
        if (content || p == body)
            return w->err;
        x = p;
    }
    return w->err;
}

/* Does a class or id name a standfirst ("lead", "intro", "teaser-text",
 * "entry__subtitle", "article-excerpt", "texto-bajada", "field-perex")? */
static int standfirst_name(const char *v)
{
    static const char *const words[] = {"lead", "intro", "teaser", "standfirst", "summary", "abstract", "excerpt",
                                        "subtitle", "subheadline", "subhead", "deck", "dek", "perex", "bajada",
                                        "leader", "sapo", "chapo", "chapeau", "strapline", "introtext", "leadtext",
                                        "teasertext", NULL};
    static const char *const parts[] = {"subtitle", "subheadline", "standfirst", NULL};
    if (!v)
        return 0;
    while (*v) {
        while (*v && !isalnum((unsigned char)*v))
            v++;
        const char *e = v;
        while (isalnum((unsigned char)*e))
            e++;
        if (e > v && word_in_ci(v, (size_t)(e - v), words))
            return 1;
        for (const char *const *p = parts; *p && e - v > (ptrdiff_t)strlen(*p); p++)
            for (const char *q = v; q + strlen(*p) <= e; q++)
                if (!strncasecmp(q, *p, strlen(*p)))
                    return 1;
        v = e;
    }
    return 0;
}

/* Non-space bytes of n's subtree's text into *text, of it inside <a> into
 * *link (scripts and styles left out). */
static void count_links(ng_hnode *n, int in_a, int depth, uint32_t *text, uint32_t *link)
{
    for (ng_hnode *c = ng__child(n); c; c = ng__next(c)) {
        if (c->type == NG_HN_TEXT) {
            uint32_t cm = 0, k = count_text(c, &cm);
            *text += k;
            if (in_a)
                *link += k;
        } else if (c->type == NG_HN_ELEM && c->tag != NG_T_SCRIPT && c->tag != NG_T_STYLE && depth < 400) {
            count_links(c, in_a || c->tag == NG_T_A, depth + 1, text, link);
        }
    }
}

/* Is there an <h1>..<h6> in the nodes [from, to) (document order)? */
static int heading_between(const ng_hnode *from, const ng_hnode *to)
{
    for (const ng_hnode *q = from; q < to; q++)
        if (q->type == NG_HN_ELEM && heading(q))
            return 1;
    return 0;
}

/* The first element in n's subtree (n included) after the headline h1
 * with no other heading between them, that names itself a standfirst (a
 * soft mark such as "teaser" allowed), is visible, and holds 60+ bytes of
 * text, at most a quarter of it linked; or NULL.  Boilerplate subtrees are
 * skipped, except a <header> (where a headline and its lead stand).
 * *budget bounds the elements looked at. */
static ng_hnode *find_standfirst(ng_hnode *n, const ng_hnode *h1, int depth, int *budget)
{
    if (n->type != NG_HN_ELEM || !n->_private || depth > 8 || --*budget < 0)
        return NULL;
    einfo *ei = EI(n);
    if (n->tag == NG_T_SCRIPT || n->tag == NG_T_STYLE || ei->cut || n + n->size <= h1)
        return NULL; /* (a subtree wholly before the headline) */
    if (n > h1 && ei->raw >= 60 && (standfirst_name(ng__attr(n, "class")) || standfirst_name(ng__attr(n, "id"))) &&
        class_hint(n, NULL) <= HINT_SOFT && !hidden(n) && !heading_between(h1 + h1->size, n)) {
        uint32_t text = 0, link = 0;
        count_links(n, 0, 0, &text, &link);
        if (text >= 60 && link * 4 < text)
            return n;
    }
    if ((ei->junk || ei->junktag) && n->tag != NG_T_HEADER)
        return NULL;
    for (ng_hnode *c = ng__child(n); c; c = ng__next(c)) {
        ng_hnode *f = find_standfirst(c, h1, depth + 1, budget);
        if (f || *budget < 0)
            return f;
    }
    return NULL;
}

/* The page's own summary: the content of its description meta tag
 * (og:description, description or twitter:description, the first that
 * has 50+ bytes), else the JSON-LD article's description; or NULL. */
static const char *page_summary(const ng_page *p)
{
    static const char *const keys[] = {"og:description", "description", "twitter:description", NULL};
    for (const char *const *k = keys; p->head && *k; k++)
        for (ng_hnode *c = ng__child(p->head); c; c = ng__next(c)) {
            if (!ng__is_t(c, NG_T_META))
                continue;
            const char *name = ng__attr(c, "property");
            if (!name)
                name = ng__attr(c, "name");
            const char *v = ng__attr(c, "content");
            if (name && v && !strcasecmp(name, *k) && strlen(v) >= 50)
                return v;
        }
    json_t *d = p->article ? json_object_get(p->article, "description") : NULL;
    return json_is_string(d) && json_string_length(d) >= 50 ? json_string_value(d) : NULL;
}

/* The first index from i on in s[0..n) that is not a byte the summary
 * comparison skips (ASCII spaces and controls, a no-break space). */
static size_t skip_space(const char *s, size_t i, size_t n)
{
    for (;;) {
        if (i < n && (unsigned char)s[i] <= ' ')
            i++;
        else if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
            i += 2;
        else
            return i;
    }
}

/* Does text t[0..tn) say what summary s[0..sn) says, spaces aside: the
 * same, or s cut short with "..." / an ellipsis and t going on from it? */
static int says_summary(const char *t, size_t tn, const char *s, size_t sn)
{
    while (sn && (s[sn - 1] == '.' || (unsigned char)s[sn - 1] <= ' '))
        sn--;
    int cut = 0;
    if (sn >= 3 && !memcmp(s + sn - 3, "\xE2\x80\xA6", 3))
        sn -= 3, cut = 1;
    else if (sn + 3 <= strlen(s) && !strncmp(s + sn, "...", 3))
        cut = 1;
    while (tn && (t[tn - 1] == '.' || (unsigned char)t[tn - 1] <= ' '))
        tn--;
    size_t i = skip_space(t, 0, tn), j = skip_space(s, 0, sn);
    while (i < tn && j < sn && t[i] == s[j]) {
        i = skip_space(t, i + 1, tn);
        j = skip_space(s, j + 1, sn);
    }
    return j == sn && (i == tn || cut);
}

/* An element standing before the article's container top (not one of its
 * ancestors), after the page's last <h1> before it when there is one,
 * outside boilerplate (a <header> allowed), whose text is the page's
 * summary: the standfirst the page's description repeats ("Piogge,
 * temporali ..." under a headline, in a <p> or <h2> no class names).  Or
 * NULL.  The size of each element's text (its non-space bytes, known from
 * the first pass) picks the few worth reading; *err is set to NG_ENOMEM
 * when reading one fails. */
static ng_hnode *summary_standfirst(ng_hnode *top, ng_hnode *body, const char *sum, int *err)
{
    size_t sn = strlen(sum);
    uint32_t want = 0; /* its non-space bytes, as einfo.raw counts them */
    for (size_t i = skip_space(sum, 0, sn); i < sn; i = skip_space(sum, i + 1, sn))
        want++;
    if (want < 40)
        return NULL;
    int cut = sn >= 3 && (!strcmp(sum + sn - 3, "...") || !strcmp(sum + sn - 3, "\xE2\x80\xA6"));
    ng_hnode *from = body;
    for (ng_hnode *q = body; q < top; q++)
        if (q->type == NG_HN_ELEM && q->tag == NG_T_H1)
            from = q;
    for (ng_hnode *q = from + 1; q < top; q++) {
        if (q->type != NG_HN_ELEM || !q->_private || q + q->size > top)
            continue;
        einfo *ei = EI(q);
        if (ei->raw + 4 < want || ei->raw > (cut ? 3 * want : want + want / 8 + 4) ||
            (!ei->block && q->tag != NG_T_SPAN))
            continue;
        /* visible and outside boilerplate, up to the body (<header> aside) */
        int out = 0;
        for (ng_hnode *a = q; a && a != body && !out; a = ng__parent(a))
            out = !a->_private || ((EI(a)->junk || EI(a)->junktag) && a->tag != NG_T_HEADER) || hidden(a);
        if (out)
            continue;
        ng_buf t;
        ng__buf_init(&t);
        int rc = ng__node_text(q, &t);
        int same = !rc && says_summary(t.p ? t.p : "", t.len, sum, sn);
        ng__buf_free(&t);
        if (rc) {
            *err = rc;
            return NULL;
        }
        if (same)
            return q;
        q += q->size - 1; /* not inside it either: a smaller text */
    }
    return NULL;
}

/* The article's standfirst (its lead, dek, teaser, subtitle): an element
 * named for it (see standfirst_name) after the page's headline (the last
 * <h1> before the article's container) and before that container, among
 * the container's earlier siblings or those of its parents, up to four
 * levels; else an element before the container that says the page's
 * summary (summary_standfirst).  Walks it into w, its blocks marked as the
 * lead. */
static int standfirst(ng_hnode *top, ng_hnode *body, const char *sum, walker *w)
{
    const ng_hnode *h1 = NULL;
    for (const ng_hnode *q = body; q < top; q++)
        if (q->type == NG_HN_ELEM && q->tag == NG_T_H1)
            h1 = q;
    ng_hnode *found = NULL;
    ng_hnode *x = top;
    int budget = 2000;
    for (int level = 0; h1 && level < 4 && x != body && !found; level++) {
        ng_hnode *p = ng__parent(x);
        if (!p || !p->_private || p + p->size <= h1)
            break;
        for (ng_hnode *c = ng__child(p); c && c != x && !found && budget >= 0; c = ng__next(c))
            found = find_standfirst(c, h1, 0, &budget);
        if (p == body || p <= h1)
            break;
        x = p;
    }
    if (!found && sum) {
        int err = 0;
        found = summary_standfirst(top, body, sum, &err);
        if (err)
            return err;
    }
    if (!found)
        return 0;
    flush(w);
    w->kind = K_P;
    w->grp = ++w->ngrp;
    w->lead = 1;
    walk(w, found, 0, 0);
    flush(w);
    w->lead = 0;
    return w->err;
}

/* An element's shape for comparing siblings: its tag and class, or its tag
 * and its id without the trailing number ("block-4647400" -> "block-"). */
static uint64_t shape(ng_hnode *n)
{
    const char *cl = ng__attr(n, "class");
    uint64_t h = (uint64_t)n->tag * 0x9E3779B97F4A7C15ull;
    if (cl && *cl)
        return h ^ ng__hash(cl, strlen(cl));
    const char *id = ng__attr(n, "id");
    if (!id || !*id)
        return 0;
    size_t k = strlen(id);
    while (k && (isdigit((unsigned char)id[k - 1])))
        k--;
    if (!k || k == strlen(id))
        return 0; /* an id without a number names one element */
    return h ^ (ng__hash(id, k) + 1);
}

/* Do two class strings share a class ("grid-box first" and "grid-box
 * grey")?  Looks at the first 64 bytes of each (bounded work per sibling). */
static int share_class(const char *a, const char *b)
{
    size_t na = strnlen(a, 64), nb = strnlen(b, 64);
    for (size_t i = 0; i < na;) {
        while (i < na && isspace((unsigned char)a[i]))
            i++;
        size_t j = i;
        while (j < na && !isspace((unsigned char)a[j]))
            j++;
        for (size_t k = 0; j > i && k + (j - i) <= nb; k++)
            if ((k == 0 || isspace((unsigned char)b[k - 1])) && !memcmp(b + k, a + i, j - i) &&
                (k + (j - i) == nb || isspace((unsigned char)b[k + (j - i)])))
                return 1;
        i = j;
    }
    return 0;
}

/* Is sibling s the same kind of container as a and text-bearing? */
static int like_sibling(ng_hnode *s, ng_hnode *a, uint64_t sa)
{
    if (s == a || s->type != NG_HN_ELEM || !s->_private || EI(s)->junk || s->tag != a->tag)
        return 0;
    einfo *ei = EI(s);
    if (ei->text < ei->link + 150 || ei->link * 10 >= ei->text * 3)
        return 0;
    if (shape(s) == sa)
        return 1;
    const char *cs = ng__attr(s, "class"), *ca = ng__attr(a, "class");
    return cs && ca && share_class(ca, cs);
}

/* The article split over containers of one shape (a page builder's
 * "content-section" blocks with an advert between): the nearest ancestor of
 * top, one to three levels up, that has siblings of its own shape holding
 * text, or NULL. */
static ng_hnode *split_unit(ng_hnode *top, ng_hnode *body)
{
    ng_hnode *a = top;
    if (EI(top)->weight >= 50) /* the page marked it as the article body */
        return NULL;
    for (int level = 1; level <= 3; level++) {
        a = ng__parent(a);
        if (!a || a == body || !a->_private || !ng__parent(a))
            return NULL;
        uint64_t sa = shape(a);
        if (!sa)
            continue;
        for (ng_hnode *s = ng__child(ng__parent(a)); s; s = ng__next(s))
            if (like_sibling(s, a, sa))
                return a;
    }
    return NULL;
}

/* JSON-LD articleBody as blocks (split at line breaks). */
static int ld_body(const ng_page *p, walker *w)
{
    json_t *b = p->article ? json_object_get(p->article, "articleBody") : NULL;
    if (!json_is_string(b))
        return 0;
    const char *s = json_string_value(b);
    size_t n = json_string_length(b);
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\n')
            j++;
        for (size_t k = i; k < j; k++) {
            unsigned char c = (unsigned char)s[k];
            if (c <= ' ') {
                if (w->buf.len > w->start && w->buf.p[w->buf.len - 1] != ' ')
                    ng__buf_putc(&w->buf, ' ');
            } else {
                ng__buf_putc(&w->buf, (char)c);
                w->chars++;
            }
        }
        flush(w);
        i = j + 1;
    }
    return w->buf.err ? w->buf.err : w->err;
}

static int extract_text(const ng_page *p, ng_buf *out, int lenient)
{
    out->len = 0;
    ng_hnode *body = p->body ? p->body : p->html;
    if (!body)
        return 0;
    /* one side-table entry per node of the body's subtree, at most */
    size_t count = (size_t)body->size + 1;
    einfo *pool = ng__malloc(count * sizeof *pool);
    if (!pool)
        return NG_ENOMEM;
    memset(&pool[0], 0, sizeof pool[0]);
    body->_private = &pool[0];
    size_t used = 1;
    pool[0].raw = pass_raw(body, pool, &used, count, 0, &pool[0].ptext);
    hint_cache *hc = ng__malloc(sizeof *hc);
    if (!hc) {
        ng__free(pool);
        return NG_ENOMEM;
    }
    memset(hc->key, 0, sizeof hc->key);
    pass_junk(body, &pool[0], 0, lenient, hc);
    ng__free(hc);
    uint32_t t, l;
    pass_clean(body, &pool[0], 0, &t, &l, 0);
    pool[0].text = t;
    pool[0].link = l;
    pass_score(body, 0);

    ng_hnode *top = NULL;
    float ts = 0;
    best_cand(body, &top, &ts, 0);
    if (pool[0].cand && (!top || final_score(body) > ts)) {
        top = body;
        ts = final_score(body);
    }
    int rc = 0;
    walker a, b, c;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    memset(&c, 0, sizeof c);
    ng__buf_init(&a.buf);
    ng__buf_init(&b.buf);
    ng__buf_init(&c.buf);
    if (top && top != body) {
        /* widen to an ancestor that scores higher (readability's climb) */
        ng_hnode *orig = top;
        float ots = ts;
        float last = ts;
        for (ng_hnode *q = ng__parent(top); q && q != body && q->_private && EI(top)->weight < 50; q = ng__parent(q)) {
            if (!EI(q)->cand)
                continue;
            float s = final_score(q);
            if (s < last / 3)
                break;
            if (s > last) {
                top = q;
                ts = s;
                break;
            }
            last = s;
        }
        /* widened: what sits beside the first choice on the way up stays
         * out when it is linked text that scores low (a sidebar of
         * recent comments or links inside the page's content column) */
        float thr = ots * 0.2f > 10 ? ots * 0.2f : 10;
        for (ng_hnode *x = orig; x && x != top && ng__parent(x); x = ng__parent(x))
            for (ng_hnode *sb = ng__child(ng__parent(x)); sb; sb = ng__next(sb)) {
                if (sb == x || sb->type != NG_HN_ELEM || !sb->_private)
                    continue;
                einfo *se = EI(sb);
                float ld = se->text ? (float)se->link / (float)se->text : 0;
                se->cut = se->text && (se->cand ? final_score(sb) < thr && ld > 0.4f : ld > 0.5f);
            }
        rc = standfirst(top, body, page_summary(p), &a);
        if (!rc)
            rc = lead_paras(top, body, &a);
        ng_hnode *unit = rc ? NULL : split_unit(top, body);
        if (unit) {
            uint64_t su = shape(unit);
            for (ng_hnode *s = ng__child(ng__parent(unit)); s && !a.err; s = ng__next(s)) {
                if (s != unit && !like_sibling(s, unit, su))
                    continue;
                flush(&a);
                a.grp = ++a.ngrp;
                walk(&a, s, 0, 0);
                flush(&a);
            }
            rc = a.err;
        } else if (!rc) {
            rc = run_article(top, ts, &a);
        }
        if (!rc)
            filter(&a, 0);
        for (ng_hnode *x = orig; x && x != top && ng__parent(x); x = ng__parent(x))
            for (ng_hnode *sb = ng__child(ng__parent(x)); sb; sb = ng__next(sb))
                if (sb->type == NG_HN_ELEM && sb->_private)
                    EI(sb)->cut = 0;
    }
    size_t alen = kept_len(&a);
    walker *win = &a;
    /* a short article is double-checked against the whole page, unless the
     * page marked it as the article body and it is more than a sentence */
    if (!rc && alen < 600 && (alen < 100 || !top || EI(top)->weight < 50)) {
        walk(&b, body, 0, 0);
        flush(&b);
        rc = b.err;
        if (!rc) {
            filter(&b, 1);
            size_t blen = kept_len(&b);
            if (blen > 2 * alen + 100 || (alen == 0 && blen)) {
                win = &b;
                alen = blen;
            }
        }
    }
    if (!rc && alen < 1500 && p->article) {
        rc = ld_body(p, &c);
        if (!rc && kept_len(&c) > alen + alen / 2 + 50)
            win = &c;
    }
    if (!rc) {
        emit(win, out);
        rc = out->err;
    }
    walker_free(&a);
    walker_free(&b);
    walker_free(&c);
    ng__free(pool);
    return rc;
}

int ng__html_text(const ng_page *p, ng_buf *out)
{
    int rc = extract_text(p, out, 0);
    if (!rc && out->len == 0)
        rc = extract_text(p, out, 1);
    if (rc || out->len || !p->head)
        return rc;
    /* nothing readable in the body (a script-rendered page): the page's own
     * summary, when it has one */
    for (ng_hnode *c = ng__child(p->head); c; c = ng__next(c)) {
        if (!ng__is(c, "meta"))
            continue;
        const char *k = ng__attr(c, "property");
        if (!k)
            k = ng__attr(c, "name");
        const char *v = ng__attr(c, "content");
        if (k && v && (!strcasecmp(k, "og:description") || !strcasecmp(k, "description")) && strlen(v) >= 80) {
            ng__buf_puts(out, v);
            ng__buf_putc(out, '\n');
            return out->err;
        }
    }
    return 0;
}
