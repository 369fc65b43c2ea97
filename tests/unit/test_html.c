/*
 * test_html.c -- the HTML reader: main text, boilerplate removal, metadata,
 * character sets and hostile input, on small pages written for the test.
 */
#include "newsgraph.h"
#include "test.h"

#include <stdlib.h>
#include <string.h>

static ng_engine *engine, *bare;

/* Extracts a page; returns the document (caller frees). */
static ng_doc *page(const char *html, size_t n, const char *url)
{
    ng_doc *d;
    if (ng_doc_new(&d))
        return NULL;
    if (url)
        ng_doc_set(d, NG_FIELD_URL, url, strlen(url));
    ng_doc_set_html(d, html, n);
    int rc = ng_process(bare, d);
    CHECK(rc == 0 || rc == NG_EEMPTY);
    return d;
}

static const char *text_of(ng_doc *d)
{
    const char *t = ng_doc_text(d, NULL);
    return t ? t : "";
}

static const char article[] =
    "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
    "<title>Harbour bridge reopens after repairs | The Daily Example</title>"
    "<meta property=\"og:title\" content=\"Harbour bridge reopens after repairs | The Daily Example\">"
    "<meta property=\"og:site_name\" content=\"The Daily Example\">"
    "<link rel=\"canonical\" href=\"https://news.example.org/2024/03/05/bridge\">"
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
    "\"headline\":\"Harbour bridge reopens\",\"datePublished\":\"2024-03-05T08:30:00+01:00\","
    "\"author\":[{\"@type\":\"Person\",\"name\":\"Ada Quill\"},{\"@type\":\"Person\",\"name\":\"Ben Ortiz\"}],"
    "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily Example\"}}</script>"
    "<style>.x{color:red}</style></head><body>"
    "<div id=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies?</div>"
    "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
    "<li><a href=\"/sport\">Sport</a></li></ul></nav></header>"
    "<main><article><h1>Harbour bridge reopens after repairs</h1>"
    "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>"
    "<div class=\"article-body\" itemprop=\"articleBody\">"
    "<p>The harbour bridge reopened on Tuesday morning, three months after engineers closed it to replace "
    "corroded cables, the city council said.</p>"
    "<p>Traffic was light at first, but by noon, buses, bicycles and delivery vans were crossing again, "
    "and the ferry queues that had stretched around the quay were gone.</p>"
    "<h2>Costs higher than planned</h2>"
    "<p>The repairs cost 14 million euros, almost twice the first estimate, because more of the steel "
    "had rusted than the survey had shown, the council's engineer told reporters.</p>"
    "<blockquote><p>\"We found damage nobody could see from the deck,\" she said.</p></blockquote>"
    "<ul><li>The bridge carries 40,000 vehicles a day, according to the council.</li>"
    "<li>It first opened in 1962, after six years of construction work.</li></ul>"
    "<figure><img src=\"b.jpg\"><figcaption>Cyclists cross the reopened bridge on Tuesday.</figcaption></figure>"
    "<p>A second phase of work, on the approach roads, is due to start in the autumn.</p>"
    "</div>"
    "<div class=\"related-articles\"><h3>Related</h3><ul><li><a href=\"/a\">Council approves the new budget "
    "for roads</a></li><li><a href=\"/b\">Ferry operator adds evening sailings</a></li></ul></div>"
    "</article></main>"
    "<section id=\"comments\"><h3>Comments</h3><p>Reader1: about time too, this took far too long for such a "
    "simple job in my opinion.</p></section>"
    "<footer><p>Copyright 2024 The Daily Example. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer>"
    "</body></html>";

static void test_article(void)
{
    ng_doc *d = page(article, sizeof article - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "The harbour bridge reopened on Tuesday morning") != NULL);
    CHECK(strstr(t, "almost twice the first estimate") != NULL);
    CHECK(strstr(t, "Costs higher than planned") != NULL);
    CHECK(strstr(t, "We found damage nobody could see") != NULL);
    CHECK(strstr(t, "carries 40,000 vehicles") != NULL);
    CHECK(strstr(t, "Cyclists cross the reopened bridge") != NULL);
    CHECK(strstr(t, "approach roads") != NULL);
    /* boilerplate */
    CHECK(strstr(t, "cookies") == NULL);
    CHECK(strstr(t, "Home") == NULL);
    CHECK(strstr(t, "Share on Facebook") == NULL);
    CHECK(strstr(t, "Ferry operator adds") == NULL);
    CHECK(strstr(t, "Reader1") == NULL);
    CHECK(strstr(t, "All rights reserved") == NULL);
    CHECK(strstr(t, "color:red") == NULL);
    /* the headline is the title, not repeated as the first line */
    CHECK(strncmp(t, "Harbour bridge reopens", 22) != 0);
    /* paragraphs are separate lines */
    CHECK(strstr(t, "the city council said.\nTraffic was light") != NULL);
    /* metadata */
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_TITLE), "Harbour bridge reopens after repairs");
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_OUTLET), "The Daily Example");
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_URL), "https://news.example.org/2024/03/05/bridge");
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_AUTHORS), "Ada Quill; Ben Ortiz");
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_PUBLISHED), "2024-03-05T08:30:00+01:00");
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_LANGUAGE), "en");
    ng_doc_free(d);

    /* what the input gave is kept */
    d = page(article, sizeof article - 1, "https://mirror.example.net/x");
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_URL), "https://mirror.example.net/x");
    ng_doc_free(d);
}

/* Linked list items between the article's paragraphs are part of it (a
 * weekly review's items); linked teasers and lists after its last paragraph
 * are not. */
static const char linked[] =
    "<html><body><nav><a href=\"/\">Home</a> <a href=\"/a\">About</a></nav><div class=\"post\">"
    "<p>Here is a quick look at what happened in the project last week, with links to every release.</p>"
    "<ul><li><a href=\"/r1\">We released version 2 of the storage driver</a> for all users.</li>"
    "<li><a href=\"/r2\">We added support</a> for the new sensor models.</li></ul>"
    "<p><a href=\"/x\">Read more: the roadmap for next year</a></p>"
    "<p>That is all for this week; the next review follows on Monday, as usual, with more news.</p>"
    "<p>This copy is for your personal, non-commercial use only. Distribution and use of this material are "
    "governed by our subscriber agreement and by copyright law. For other uses, please contact the reprints desk.</p>"
    "<ul><li><a href=\"/o1\">An older review of the project from last spring</a></li>"
    "<li><a href=\"/o2\">Another older review of the project from the summer</a></li></ul>"
    "</div><footer><a href=\"/p\">Privacy</a></footer></body></html>";

static void test_linked_items(void)
{
    ng_doc *d = page(linked, sizeof linked - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "We released version 2 of the storage driver for all users.") != NULL);
    CHECK(strstr(t, "We added support for the new sensor models") != NULL);
    CHECK(strstr(t, "the next review follows on Monday") != NULL);
    CHECK(strstr(t, "Read more") == NULL);
    CHECK(strstr(t, "An older review") == NULL);
    CHECK(strstr(t, "non-commercial") == NULL); /* a reprint notice, however long */
    CHECK(strstr(t, "Privacy") == NULL);
    ng_doc_free(d);
}

/* A container the page marks as the article body is not widened to an
 * ancestor that also holds a long column of other stories' teasers. */
static void test_marked_body(void)
{
    static const char head[] =
        "<html><body><div id=\"page\"><div id=\"wrap\"><div class=\"entry-content\">"
        "<p>The river authority opened the new flood gates on Friday, after four years of planning and two of work.</p>"
        "<p>Engineers said the gates, which close automatically, protect twelve thousand homes downstream.</p>"
        "<p>The project, paid for by the region and the state, came in under budget, the authority said on Friday.</p>"
        "<p>Residents, who had lived with floods, sandbags and evacuations every few winters, welcomed the news.</p>"
        "<p>A second set of gates, further upstream, is planned, but the money for it has not yet been found.</p>"
        "<p>The authority said, in a statement, that it would publish the river levels online every hour.</p>"
        "</div></div><div id=\"best\"><div class=\"box\">";
    static const char teaser[] =
        "<p>The logic of trade implies, says one economist, that exports will grow, but what, then, of towns?</p>";
    static const char tail[] = "</div></div></div></body></html>";
    char html[8192];
    size_t n = 0;
    memcpy(html, head, sizeof head - 1);
    n += sizeof head - 1;
    for (int i = 0; i < 6; i++) {
        memcpy(html + n, teaser, sizeof teaser - 1);
        n += sizeof teaser - 1;
    }
    memcpy(html + n, tail, sizeof tail - 1);
    n += sizeof tail - 1;
    ng_doc *d = page(html, n, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "opened the new flood gates") != NULL);
    CHECK(strstr(t, "twelve thousand homes") != NULL);
    CHECK(strstr(t, "The logic of trade") == NULL);
    ng_doc_free(d);
}

static void test_dates_and_outlet(void)
{
    /* no structured data: the URL's date; the outlet from the domain list */
    static const char p1[] =
        "<html><head><title>Storm closes schools - BBC News</title></head><body><div class=\"story\">"
        "<p>Schools across the region stayed closed on Friday as the storm brought down trees and power lines, "
        "officials said.</p><p>More than 20,000 homes were without electricity by the evening, the utility "
        "said, and crews expected to work through the weekend.</p></div></body></html>";
    ng_doc *d;
    ng_doc_new(&d);
    ng_doc_set(d, NG_FIELD_URL, "https://www.bbc.co.uk/news/2019/11/15/storm-schools", 50);
    ng_doc_set_html(d, p1, sizeof p1 - 1);
    CHECK(ng_process(engine, d) == 0);
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_PUBLISHED), "2019-11-15");
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_OUTLET), "BBC");
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_TITLE), "Storm closes schools");
    ng_doc_free(d);

    /* <time datetime> wins over the URL */
    static const char p2[] =
        "<html><body><article><time datetime=\"2021-06-09\">9 June</time>"
        "<p>The museum will reopen its east wing next month after a two-year renovation, its director "
        "announced on Wednesday.</p></article></body></html>";
    d = page(p2, sizeof p2 - 1, "https://example.com/2020/01/01/x");
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_PUBLISHED), "2021-06-09");
    ng_doc_free(d);

    /* a German date line in the text */
    static const char p3[] =
        "<html lang=\"de\"><body><div class=\"content\"><p class=\"datum\">Berlin, 3. M\xC3\xA4rz 2017</p>"
        "<p>Die Stadt hat am Freitag den neuen Haushalt beschlossen, der mehr Geld f\xC3\xBCr Schulen und "
        "Radwege vorsieht, wie die Verwaltung mitteilte.</p></div></body></html>";
    d = page(p3, sizeof p3 - 1, NULL);
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_PUBLISHED), "2017-03-03");
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_LANGUAGE), "de");
    ng_doc_free(d);
}

static void test_charsets(void)
{
    /* Latin-1 declared in a meta tag */
    static const char p1[] = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                             "</head><body><p>Le caf\xE9 de la gare a rouvert ses portes lundi apr\xE8s des travaux, "
                             "a indiqu\xE9 la mairie.</p></body></html>";
    ng_doc *d = page(p1, sizeof p1 - 1, NULL);
    CHECK(strstr(text_of(d), "Le caf\xC3\xA9 de la gare") != NULL);
    ng_doc_free(d);
    /* declared UTF-8 but windows-1252 bytes (curly quotes 0x93/0x94) */
    static const char p2[] = "<html><head><meta charset=\"utf-8\"></head><body><p>He said \x93yes\x94 to the "
                             "plan on Monday, and the board agreed with him after a short debate.</p></body></html>";
    d = page(p2, sizeof p2 - 1, NULL);
    CHECK(strstr(text_of(d), "\xE2\x80\x9Cyes\xE2\x80\x9D") != NULL);
    ng_doc_free(d);
    /* a BOM, and a page declared Latin-1 that is really UTF-8 */
    static const char p3[] = "\xEF\xBB\xBF<html><head><meta charset=\"iso-8859-1\"></head><body><p>Stra\xC3\x9F"
                             "e gesperrt: Die Polizei hat die Hauptstra\xC3\x9F" "e am Morgen gesperrt.</p></body></html>";
    d = page(p3, sizeof p3 - 1, NULL);
    CHECK(strstr(text_of(d), "Hauptstra\xC3\x9F" "e") != NULL);
    ng_doc_free(d);
    /* UTF-16 with a BOM */
    static const char a[] = "<html><body><p>Hello from a sixteen-bit page, which is rare but legal.</p></body></html>";
    size_t n = sizeof a - 1;
    char *u16 = malloc(2 + 2 * n);
    u16[0] = (char)0xFF, u16[1] = (char)0xFE;
    for (size_t i = 0; i < n; i++)
        u16[2 + 2 * i] = a[i], u16[3 + 2 * i] = 0;
    d = page(u16, 2 + 2 * n, NULL);
    CHECK(strstr(text_of(d), "Hello from a sixteen-bit page") != NULL);
    ng_doc_free(d);
    free(u16);
}

static void test_hostile(void)
{
    static const char *const pages[] = {
        "", "<", "<html", "<html><body></body></html>", "<<<<>>>>&&&&;;;;", "<p>unclosed <b><i><p>x",
        "<script>never closed", "<html><head><meta charset=\"klingon-9\"></head><body><p>What charset is this "
        "page written in? Nobody knows, but it should still read fine.</p></body></html>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":12,\"author\":"
        "[1,{\"name\":null}],\"headline\":[]}</script><p>Structured data with wrong types must not crash the "
        "reader, whatever it contains.</p>",
        "<title> | | - </title><p>x</p>",
    };
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        ng_doc *d = page(pages[i], strlen(pages[i]), NULL);
        CHECK(d != NULL);
        ng_doc_free(d);
    }
    ng_doc *d = page(pages[7], strlen(pages[7]), NULL);
    CHECK(strstr(text_of(d), "What charset is this page") != NULL);
    ng_doc_free(d);
    /* deep nesting */
    size_t depth = 5000;
    char *deep = malloc(depth * 5 + 64);
    size_t o = 0;
    for (size_t i = 0; i < depth; i++)
        memcpy(deep + o, "<div>", 5), o += 5;
    memcpy(deep + o, "deep text", 9), o += 9;
    d = page(deep, o, NULL);
    CHECK(d != NULL);
    ng_doc_free(d);
    free(deep);
}

static void test_hints_and_meta_edges(void)
{
    /* blog-engine taxonomy classes ("tag-share") say nothing about the element */
    static const char p1[] =
        "<html><head><title>Site Name - Notes - A walk by the river</title>"
        "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"author\":{\"@type\":\"Organization\","
        "\"name\":\"Site Name\"},\"publisher\":{\"@id\":\"https://site.example/#org\"}}</script></head><body>"
        "<div id=\"post-1\" class=\"post hentry tag-share tag-social category-sidebar\"><div class=\"entry-content\">"
        "<p>We walked along the river on Sunday, past the old mill and the lock, and counted forty swans before "
        "lunch, which is more than anyone in the village remembers.</p><p>The path is muddy after the rain, so "
        "boots are a good idea, and the cafe at the bridge closes early in winter.</p></div></div>"
        "<div class=\"share-buttons\"><p>Share this post with your friends on every network you know of, "
        "please, it helps us a lot.</p></div></body></html>";
    ng_doc *d = page(p1, sizeof p1 - 1, NULL);
    CHECK(strstr(text_of(d), "counted forty swans") != NULL);
    CHECK(strstr(text_of(d), "cafe at the bridge") != NULL);
    CHECK(strstr(text_of(d), "Share this post") == NULL);
    CHECK(ng_doc_get(d, NG_FIELD_AUTHORS) == NULL);  /* an Organization is not an author */
    CHECK(ng_doc_get(d, NG_FIELD_OUTLET) == NULL);   /* a publisher known only by its URL */
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_TITLE), "A walk by the river");
    ng_doc_free(d);
}

static void test_body_class_beats_long_aside(void)
{
    /* a short story in a generated "article-body__content__x1" class wins over a
     * longer, comma-rich profile box elsewhere on the page */
    static const char p[] =
        "<html><body><div class=\"layout\"><div class=\"col\"><div class=\"profile-box\"><p>Jane Roe, a writer, editor, "
        "photographer, cyclist, baker, gardener, traveller, collector of maps, teacher of knots, keeper of "
        "bees, reader of old almanacs, and, on Sundays, a very slow runner, lives by the sea with two cats, "
        "one dog, a tortoise, and far too many books.</p></div></div>"
        "<div class=\"col\"><div class=\"article-body__content__x1\"><p>The ferry service resumed on Monday after storms, "
        "the operator said.</p><p>Crossings run every hour until further notice.</p></div></div></div>"
        "</body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    CHECK(strstr(text_of(d), "ferry service resumed") != NULL);
    CHECK(strstr(text_of(d), "Crossings run every hour") != NULL);
    CHECK(strstr(text_of(d), "tortoise") == NULL);
    ng_doc_free(d);
}

/* A blog post whose paragraphs are lines split by <br> in one element: the
 * lines after its last sentence (an address, a signature) belong to it, and
 * a sentence that is partly a link is text, not a link list. */
static void test_br_lines(void)
{
    static const char p[] =
        "<html><body><div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/about\">About</a></div>"
        "<div class=\"post\"><h3>A reading at the bookshop</h3><div class=\"post-inner\">"
        "Dear all,<br>I would love to invite you to <a href=\"/event\">the launch of the new picture book</a> "
        "at the corner bookshop this coming Saturday, at eleven in the morning.<br>"
        "There will be drawing, reading, and a small table of cakes, and children are very welcome.<br>"
        "Location:<br>The Corner Bookshop<br>785 Laurel Street,<br>San Carlos<br>Hope to see you there.<br>"
        "Cheers,<br>Alina</div>"
        "<div class=\"post-footer\"><a href=\"/c\">2 comments</a> <a href=\"/l\">Labels: books</a></div></div>"
        "</body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "I would love to invite you to the launch") != NULL);
    CHECK(strstr(t, "785 Laurel Street") != NULL);
    CHECK(strstr(t, "Hope to see you there.") != NULL);
    CHECK(strstr(t, "Alina") != NULL);
    CHECK(strstr(t, "Labels") == NULL);
    ng_doc_free(d);

    static const char q[] =
        "<html><body><div class=\"entry\"><h1>Issue one is here</h1><p>By Lim, 1 June 2010</p>"
        "<p>We have finally released issue one of the magazine (<a href=\"/m\">along with a newly revamped website</a>).</p>"
        "</div><ul class=\"more\"><li><a href=\"/a\">Archives</a></li><li><a href=\"/b\">Contact</a></li></ul>"
        "</body></html>";
    d = page(q, sizeof q - 1, NULL);
    CHECK(strstr(text_of(d), "We have finally released issue one of the magazine (along with a newly revamped website).") != NULL);
    CHECK(strstr(text_of(d), "Contact") == NULL);
    ng_doc_free(d);
}

/* "print" in a class (print-this-content, printable versions) is not a
 * sign of boilerplate: a recipe card after the post's paragraphs stays. */
static void test_print_class(void)
{
    static const char p[] =
        "<html><body><div class=\"post\">"
        "<p>Autumn is here, and with it, at last, the season of soups, stews, and slow Sunday dinners at home.</p>"
        "<p>This one, a bean and pasta soup, comes from my grandmother, who made it every week, all winter long.</p>"
        "<div class=\"print-this-button\"><button>Print This</button></div>"
        "<div class=\"print-this-content\"><p><strong>Bean and pasta soup</strong></p><p>Ingredients</p>"
        "<ul><li>2 tablespoons olive oil</li><li>1 large onion, chopped</li><li>2 cans white beans</li></ul>"
        "<p>Directions</p><ol><li>Heat the oil in a large pot and soften the onion for five minutes.</li>"
        "<li>Add the beans and the water, bring to a boil, and simmer for twenty minutes.</li></ol>"
        "<p>Serves 6 as a main course.</p></div></div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "season of soups") != NULL);
    CHECK(strstr(t, "2 tablespoons olive oil") != NULL);
    CHECK(strstr(t, "simmer for twenty minutes") != NULL);
    CHECK(strstr(t, "Serves 6") != NULL);
    ng_doc_free(d);
}

/* A source line after the story ("[via ...]") is part of it, even when
 * mostly a link; pictures' credits ("Photo: ...", "Top image by ...") and
 * a linked gallery teaser are not. */
static void test_credit_lines(void)
{
    static const char p[] =
        "<html><body><div class=\"post\">"
        "<p>The old lighthouse on the northern cape was lit again on Saturday, for the first time since 1962.</p>"
        "<p>Volunteers spent three summers, and most of their savings, restoring the lamp and the iron stair.</p>"
        "<p>[via <a href=\"/b\">The Coastal Heritage Blog</a>]</p>"
        "<p>Photo: <a href=\"/p\">Maria Lindqvist / Northern Light Agency</a></p>"
        "<p>Top image by <a href=\"/u\">Jonas Berg</a></p>"
        "<p><a href=\"/g\">Photos: the best lighthouses of the Baltic coast</a></p>"
        "</div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "Jonas Berg") == NULL);
    CHECK(strstr(t, "restoring the lamp") != NULL);
    CHECK(strstr(t, "[via The Coastal Heritage Blog]") != NULL);
    CHECK(strstr(t, "Maria Lindqvist") == NULL);
    CHECK(strstr(t, "best lighthouses") == NULL);
    ng_doc_free(d);
}

/* A post whose list items are links with a comment of their own (deals,
 * a reading list with remarks) keeps them, also after its last paragraph;
 * a list of bare links after it (related posts) goes. */
static void test_annotated_list(void)
{
    static const char p[] =
        "<html><body><div class=\"entry-content\">"
        "<p>It is Friday, and the deals desk has been busy again, so here is what we found for your weekend.</p>"
        "<p>Either way, the deals below should help you get through the long evenings of the season.</p>"
        "<p>Top deal:</p><ul><li><a href=\"/d1\">2TB portable hard drive with USB 3.0</a> for $161.99 with free "
        "shipping at Shop (normally $180)</li></ul>"
        "<p>Other deals:</p><ul><li><a href=\"/d2\">15-inch laptop with 8GB memory and a 256GB disk</a> for $950 "
        "with free shipping</li><li><a href=\"/d3\">Dual-band wireless router with two USB ports</a> for $140 with "
        "$4 shipping</li><li><a href=\"/d4\">Compact camera with a 20x zoom lens and full HD video for $216.99 with "
        "free shipping</a> (normally $280)</li></ul>"
        "<h3>Related posts</h3><ul><li><a href=\"/r1\">Last week's deals on tablets and phones</a></li>"
        "<li><a href=\"/r2\">The best camera deals of the summer</a></li></ul></div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "2TB portable hard drive with USB 3.0 for $161.99") != NULL);
    CHECK(strstr(t, "Other deals:") != NULL);
    CHECK(strstr(t, "Dual-band wireless router with two USB ports for $140") != NULL);
    CHECK(strstr(t, "full HD video for $216.99 with free shipping (normally $280)") != NULL);
    CHECK(strstr(t, "tablets and phones") == NULL);
    ng_doc_free(d);
}

/* An author box ("author_text", "post-author") is not the article, even
 * when its biography is longer and richer in commas than a short post. */
static void test_author_box(void)
{
    static const char p[] =
        "<html><body><div class=\"wrap\"><div class=\"comic\">"
        "<p>Once a week, we feature a comic about freelance life from our favourite artist. Why not take a look?</p>"
        "</div><div class=\"author_text\"><p>Nina Cole is always drawing. When she is not making comics, doodling, "
        "or working as a freelance designer, she paints, cooks, travels, hikes, and, now and then, sleeps, in a "
        "small flat in Leeds, with two cats, a fern, and far too many pens.</p></div></div>"
        "<div id=\"comments\"><p>Great strip again this week, and so true, I laughed out loud at my desk.</p>"
        "<p>My clients say exactly this, every time, and I never know what to answer them, honestly.</p>"
        "<p>Ha, the third panel is me on every Monday morning, with coffee, without coffee, always.</p>"
        "<p>Could you do one about invoices that are paid late, please? It would make my week, really.</p>"
        "</div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    CHECK(strstr(text_of(d), "Once a week, we feature a comic") != NULL);
    CHECK(strstr(text_of(d), "always drawing") == NULL);
    ng_doc_free(d);
}

/* A biography box named for it ("author-bio", "about-author", "bio")
 * stays out even inside the post's own container and even when it is
 * longer than a short post; a blog engine's "author-jane" class on the
 * post itself is taxonomy, not a box. */
static void test_author_bio_names(void)
{
    static const char *const boxes[] = {"better-author-bio-div", "wp-about-author-text", "bio", "mini-bio",
                                        "authorsure-author-box"};
    for (size_t i = 0; i < sizeof boxes / sizeof *boxes; i++) {
        char p[2048];
        snprintf(p, sizeof p,
                 "<html><body><div class=\"post author-jane\"><h1>A walk along the canal</h1>"
                 "<div class=\"entry\"><p>We walked the old canal path on Sunday, from the lock to the mill, "
                 "and counted eleven herons on the way.</p><p>The towpath is dry again after the repairs, and "
                 "the cafe at the mill has reopened, with cake.</p>"
                 "<div class=\"%s\"><p>Jane Doe is a walker, writer and photographer, who has lived by the canal "
                 "for twenty years, with her dog, her bicycle, her camera, and, in summer, a canoe, and who "
                 "writes about paths, birds, bridges, locks and the people she meets on them.</p></div>"
                 "</div></div></body></html>",
                 boxes[i]);
        ng_doc *d = page(p, strlen(p), NULL);
        CHECK(strstr(text_of(d), "counted eleven herons") != NULL);
        CHECK(strstr(text_of(d), "cafe at the mill") != NULL);
        CHECK(strstr(text_of(d), "walker, writer and photographer") == NULL);
        ng_doc_free(d);
    }
}

/* The standfirst in the article's header (after the headline, named
 * "teaser-text", "entry__subtitle" ...) opens the text, even when its class
 * reads like a teaser box; a "summary" in a promotion box under a heading of
 * its own, and a teaser before the headline, stay out; the header's
 * furniture between the lead and the body stays out too. */
static void test_standfirst(void)
{
    static const char *const names[] = {"teaser-text", "entry__subtitle", "article-excerpt", "lead", "field-perex"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char p[4096];
        snprintf(p, sizeof p,
                 "<html><body><div class=\"page\">"
                 "<div class=\"teaser\"><p>Other news: the ferry timetable changes on Monday, with two extra "
                 "sailings in the evening.</p></div>"
                 "<article><header><h1>Night trains return to the valley line</h1>"
                 "<div class=\"%s\"><p>After twelve years without them, sleeper trains will run again between "
                 "the capital and the mountains from December, the rail operator said on Friday.</p></div>"
                 "<div class=\"meta\"><span>Share</span> <span>Print</span> <span>Updated</span></div></header>"
                 "<div class=\"promo\"><h4>Follow us</h4><p class=\"summary\">Follow our travel desk for news "
                 "about trains, ferries and buses, every morning before nine.</p></div>"
                 "<div class=\"body\"><p>The first train leaves on 12 December at ten in the evening and arrives "
                 "a little after seven, with a stop at the border for the crews to change.</p>"
                 "<p>Tickets go on sale next week, from 49 euros for a seat and 99 euros for a bed in a shared "
                 "compartment, the operator said in a statement.</p>"
                 "<p>Regional councils along the line have paid for the refurbished carriages, which date from "
                 "the eighties and were stored in a depot near the coast.</p></div></article></div></body></html>",
                 names[i]);
        ng_doc *d = page(p, strlen(p), NULL);
        const char *t = text_of(d);
        const char *lead = strstr(t, "After twelve years without them");
        const char *body = strstr(t, "The first train leaves");
        CHECK(lead != NULL && body != NULL && lead < body);
        CHECK(strstr(t, "Follow our travel desk") == NULL);
        CHECK(strstr(t, "ferry timetable") == NULL);
        CHECK(strstr(t, "Print") == NULL);
        ng_doc_free(d);
    }
}

/* A standfirst without a name of its own (a bare <p> or <h2> under the
 * headline, in the article's <header>) opens the text when it says what
 * the page's description meta tag says (in full, or cut short with "...");
 * the same sentence in a box before the headline stays out, and so does a
 * different paragraph in the header. */
static void test_summary_standfirst(void)
{
    static const char *const desc[] = {
        "Rain, storms and snow are forecast today for the centre and the south. Fine weather returns within hours",
        "Rain, storms and snow are forecast today for the centre and the south...",
    };
    for (size_t i = 0; i < 2; i++) {
        char p[4096];
        snprintf(p, sizeof p,
                 "<html><head><meta property=\"og:description\" content=\"%s\"></head><body>"
                 "<div class=\"top\"><p>Rain, storms and snow are forecast today for the centre and the south. Fine "
                 "weather returns within hours</p></div>"
                 "<article class=\"entry\"><header class=\"entry__header\"><h2>Polar air reaches the centre</h2>"
                 "<%s>Rain,&nbsp;storms and snow are forecast today for the centre and the south. Fine weather "
                 "returns within hours.</%s><p class=\"meta\">Reading time: four minutes, and worth each one.</p>"
                 "</header><div class=\"entry__content\"><p>The cold front crossed the mountains overnight and "
                 "brought the first snow of the season to the passes above 1,400 metres, the weather service said.</p>"
                 "<p>Schools in three valleys stayed closed on Wednesday, and the main road to the coast was shut "
                 "for two hours while ploughs cleared it.</p><p>Temperatures will rise again from Friday, when a "
                 "warm current from the south is expected to reach the region.</p></div></article></body></html>",
                 desc[i], i ? "h2" : "p", i ? "h2" : "p");
        ng_doc *d = page(p, strlen(p), NULL);
        const char *t = text_of(d);
        const char *lead = strstr(t, "Rain, storms and snow");
        const char *body = strstr(t, "The cold front crossed");
        CHECK(lead != NULL && body != NULL && lead < body);
        CHECK(lead && strstr(lead + 1, "Rain, storms and snow") == NULL); /* once: the box stays out */
        CHECK(strstr(t, "Reading time") == NULL);
        ng_doc_free(d);
    }
}

/* A container the page marks as its article body that holds only a line
 * (the rest is outside it, behind a paywall script's wrapper) is still
 * double-checked against the whole page when a standfirst was found
 * beside it: the standfirst alone is not the article. */
static void test_standfirst_not_the_body(void)
{
    static const char p[] =
        "<html><head><meta name=\"description\" content=\"Fuel prices keep rising although the government "
        "approved a subsidy for petrol, diesel and gas last month, and more rises are expected.\"></head><body>"
        "<h1>Fuel prices rise again</h1><p>Fuel prices keep rising although the government approved a subsidy "
        "for petrol, diesel and gas last month, and more rises are expected.</p>"
        "<div class=\"wrap\"><div class=\"article-content\"><p>Updated at 12:40 on Tuesday, 19 April.</p></div></div>"
        "<div class=\"x\"><p>Prices at the pump have gone up for the third week in a row, although a subsidy "
        "approved by congress is in force, and the ministry expects moderate rises to continue.</p>"
        "<p>\"The trend is upwards, but moderate,\" the minister told reporters on Tuesday, adding that crude "
        "oil had risen on international markets over the past fortnight.</p>"
        "<p>The subsidy has cost 179 million so far, the ministry said, out of 745 million approved for the "
        "whole year by congress in March.</p></div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "Prices at the pump") != NULL);
    CHECK(strstr(t, "The subsidy has cost") != NULL);
    ng_doc_free(d);
}

/* Calls to action at the end of an article (get our app, was this article
 * helpful, and the rating's count after it) are the site's, not the
 * story's; the same words inside someone's quoted words, in the middle of
 * the story, or not opening the line ("who subscribe now"), stay. */
static void test_calls_to_action(void)
{
    static const char body[] =
        "<html><body><article><h1>Ferry operator adds night crossings</h1>"
        "<p>The ferry operator will add two night crossings to the island from June, its chief executive said "
        "on Monday, after a record number of passengers last summer.</p>"
        "<p>Tickets can be booked from next week. Islanders who want to join our panel of regular travellers "
        "can apply at the harbour office, the company said.</p>"
        "<p>The new crossings leave the mainland at eleven in the evening and at three in the morning, and "
        "will run until the end of September.</p>%s</article></body></html>";
    char p[4096];
    snprintf(p, sizeof p, body,
             "<p>For the latest stories and breaking news, download our app for iOS and Android.</p>"
             "<p>Was this article helpful?</p><p>(12 votes: 4.5 of 5)</p>");
    ng_doc *d = page(p, strlen(p), NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "until the end of September") != NULL);
    CHECK(strstr(t, "join our panel") != NULL);
    CHECK(strstr(t, "download our app") == NULL);
    CHECK(strstr(t, "helpful") == NULL);
    CHECK(strstr(t, "12 votes") == NULL);
    ng_doc_free(d);
    snprintf(p, sizeof p, body, "<p>\"Our app is what most of them use now,\" she said.</p>");
    d = page(p, strlen(p), NULL);
    CHECK(strstr(text_of(d), "Our app is what most of them use now") != NULL);
    ng_doc_free(d);
    /* an imperative only opens a call to action */
    snprintf(p, sizeof p, body, "<p>Passengers who subscribe now will pay ten euros a month from March.</p>");
    d = page(p, strlen(p), NULL);
    CHECK(strstr(text_of(d), "who subscribe now will pay") != NULL);
    ng_doc_free(d);
}

/* Labels and teaser endings of other languages: "Ähnliche Beiträge" (a
 * capital umlaut), a related post's teaser ending in "Weiterlesen". */
static void test_foreign_labels(void)
{
    static const char p[] =
        "<html><body><article><h1>Neue Nachtzüge ins Tal</h1>"
        "<p>Nach zwölf Jahren fahren wieder Nachtzüge zwischen der Hauptstadt und den Bergen, teilte die Bahn am "
        "Freitag mit. Der erste Zug fährt am zwölften Dezember.</p>"
        "<p>Die Fahrkarten kosten ab 49 Euro für einen Sitzplatz und ab 99 Euro für ein Bett im Abteil, hieß es "
        "in einer Mitteilung des Unternehmens.</p>"
        "<p>\xC3\x84hnliche Beitr\xC3\xA4ge</p>"
        "<p>Die Fähre zur Insel fährt im Sommer öfter, und die Preise bleiben gleich, sagte der Betreiber bei "
        "der Vorstellung des neuen Fahrplans in der Stadt. Weiterlesen...</p></article></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "im Abteil") != NULL);
    CHECK(strstr(t, "Beitr") == NULL);
    CHECK(strstr(t, "Weiterlesen") == NULL);
    ng_doc_free(d);
}

/* Captions: a caption that reads as a sentence of the story stays, without
 * the credit at its end ("Photo: ...", "(c) ..."); a caption that is only a
 * name or a credit goes, in a <figcaption> or in an element called
 * caption or credit; so do credit lines in other languages ("Foto: ..."). */
static void test_captions(void)
{
    static const char p[] =
        "<html><body><article><h1>Harbour bridge reopens</h1>"
        "<p>The harbour bridge reopened to traffic on Monday after two years of repairs that cost the city "
        "more than it had planned, the mayor said at the opening.</p>"
        "<figure><img src=\"a.jpg\"><figcaption>The first cars crossed the bridge at six in the morning. "
        "Photo: Jane Roe/Example Agency</figcaption></figure>"
        "<p>Engineers replaced the cables and half of the deck, and the bridge is now open to lorries again, "
        "which had to drive forty kilometres around the bay.</p>"
        "<figure><img src=\"b.jpg\"><figcaption>Mayor Ann Lee</figcaption></figure>"
        "<div class=\"wp-caption\"><img src=\"c.jpg\"><p class=\"wp-caption-text\">Crowds watched from the "
        "quay as the barriers were lifted. \xC2\xA9 Example Images</p></div>"
        "<p>Tolls will not be charged until the end of the year, the council decided last week after a "
        "long debate about the cost of the works.</p>"
        "<div class=\"image-credit\">Thinkstock</div>"
        "<p>Foto: Max Mustermann / Beispiel-Agentur</p>"
        "</article></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "two years of repairs") != NULL);
    CHECK(strstr(t, "end of the year") != NULL);
    CHECK(strstr(t, "The first cars crossed the bridge at six in the morning.") != NULL);
    CHECK(strstr(t, "Crowds watched from the quay") != NULL);
    CHECK(strstr(t, "Jane Roe") == NULL);
    CHECK(strstr(t, "Example Images") == NULL);
    CHECK(strstr(t, "Mayor Ann Lee") == NULL);
    CHECK(strstr(t, "Thinkstock") == NULL);
    CHECK(strstr(t, "Mustermann") == NULL);
    ng_doc_free(d);
}

/* Furniture after the article in other languages and of other kinds: a
 * German dateline or byline ("Aktualisiert am ...", "Verfasst von ... |
 * date"), a view counter, a video embed's consent notice. */
static void test_more_furniture_lines(void)
{
    static const char p[] =
        "<html><body><article><h1>Neue Nachtzüge ins Tal</h1>"
        "<p>Nach zwölf Jahren fahren wieder Nachtzüge zwischen der Hauptstadt und den Bergen, teilte die Bahn am "
        "Freitag mit. Der erste Zug fährt am zwölften Dezember.</p>"
        "<p>Mit dem Laden des Videos akzeptieren Sie die Datenschutzerkl\xC3\xA4rung von YouTube.</p>"
        "<p>Die Fahrkarten kosten ab 49 Euro für einen Sitzplatz und ab 99 Euro für ein Bett im Abteil, hieß es "
        "in einer Mitteilung des Unternehmens.</p>"
        "<p>Aktualisiert am 17.01.2021.</p><p>Verfasst von Jana Beispiel | 31. Dezember 2020</p>"
        "<p>Post Views: 1.432</p></article></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "im Abteil") != NULL);
    CHECK(strstr(t, "Aktualisiert") == NULL);
    CHECK(strstr(t, "Verfasst") == NULL);
    CHECK(strstr(t, "Post Views") == NULL);
    CHECK(strstr(t, "YouTube") == NULL);
    ng_doc_free(d);
}

/* Datelines above the article ("Posted: Nov 8, 2023 / 10:35 PM PST",
 * "Lesezeit: 2 Minuten", "Stand: 07.11.2023, 07:30 Uhr") go to the record's
 * date, not its text, and so does a call to watch the site's videos; a
 * byline naming the writer above the article stays. */
static void test_head_datelines(void)
{
    static const char p[] =
        "<html><body><article><h1>Ferry operator adds night crossings</h1>"
        "<p>Watch more of our videos on Shots!</p>"
        "<p>Posted: Nov 8, 2023 / 10:35 PM PST</p><p>Lesezeit: 2 Minuten</p>"
        "<p>Stand: 07.11.2023, 07:30 Uhr</p><p>By Jane Roe, November 8, 2023</p>"
        "<p>The ferry operator will add two night crossings to the island from June, its chief executive said "
        "on Monday, after a record number of passengers last summer.</p>"
        "<p>The new crossings leave the mainland at eleven in the evening and at three in the morning, and "
        "will run until the end of September.</p></article></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "until the end of September") != NULL);
    CHECK(strstr(t, "By Jane Roe") != NULL);
    CHECK(strstr(t, "Posted") == NULL);
    CHECK(strstr(t, "Lesezeit") == NULL);
    CHECK(strstr(t, "Stand:") == NULL);
    CHECK(strstr(t, "Shots") == NULL);
    ng_doc_free(d);
}

/* Paragraphs classed "paywall" are the story's own, behind the wall (a news
 * site's "body-paragraph paywall"); the wall itself, a section classed
 * paywall with its sign-up form, stays out. */
static void test_paywalled_paragraphs(void)
{
    static const char p[] =
        "<html><body><article><h1>Ferry operator adds night crossings</h1>"
        "<p class=\"body-paragraph\">The ferry operator will add two night crossings to the island from June, its "
        "chief executive said on Monday, after a record number of passengers last summer.</p>"
        "<p class=\"body-paragraph paywall\">The new crossings leave the mainland at eleven in the evening and at "
        "three in the morning, and will run until the end of September.</p>"
        "<p class=\"body-paragraph paywall\">Islanders have asked for later crossings for years, saying the last "
        "boat at eight made evenings on the mainland impossible.</p></article>"
        "<section class=\"row paywall\"><h3>Register to read on</h3><p>Create a free account and read three "
        "articles a month, or subscribe for unlimited access from 1 euro.</p></section></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "record number of passengers") != NULL);
    CHECK(strstr(t, "until the end of September") != NULL);
    CHECK(strstr(t, "later crossings for years") != NULL);
    CHECK(strstr(t, "free account") == NULL);
    ng_doc_free(d);
}

/* Utility-class variants on the article's container ("[&_.va-pitch-teaser]:w-full",
 * "lg:[&_.share-bar]:hidden") style what is inside it; they do not make the
 * container a teaser or a share bar.  Here each paragraph has a <div> of
 * its own, so only the container holds the whole story. */
static void test_utility_class_variants(void)
{
    static const char p[] =
        "<html><body><div class=\"page\">"
        "<div class=\"va-post-text font-light [&_.va-pitch-teaser]:w-full lg:[&_.share-bar]:hidden "
        "[&_h2:empty]:hidden\">"
        "<div><p>Sleeper trains will run again between the capital, the lakes and the mountains from December, "
        "the rail operator said on Friday, twelve years after the last night train left the valley, and after "
        "a campaign by regional councils, hotel owners, ski schools, mountain guides and environmental groups, "
        "who had argued for years that travellers from the north would leave their cars at home if they could "
        "sleep on the way, arrive rested, and spend the whole first day on the slopes or on the trails, rather "
        "than on the motorway, in traffic jams, at petrol stations or in the queues at the tunnel, which on "
        "some winter Saturdays reach twenty kilometres, as the operator, the councils and the police agree.</p></div>"
        "<div><p>The first train leaves on the twelfth at ten in the evening and arrives after seven</p></div>"
        "<div><p>Tickets go on sale next week from 49 euros for a seat and 99 euros for a bed</p></div>"
        "<div><p>Regional councils along the line have paid for the refurbished carriages</p></div>"
        "<div><p>The carriages date from the eighties and were stored in a depot near the coast</p></div>"
        "</div></div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "Sleeper trains will run again") != NULL);
    CHECK(strstr(t, "Tickets go on sale") != NULL);
    CHECK(strstr(t, "stored in a depot") != NULL);
    ng_doc_free(d);
}

/* A blog engine's post footer ("This entry was posted in ... Bookmark the
 * permalink.") is furniture, not the post's last paragraph: the list of
 * related posts between it and the post stays out with it. */
static void test_post_footer_line(void)
{
    static const char p[] =
        "<html><body><div class=\"post\"><h1>New lens samples</h1><div class=\"entry-content\">"
        "<p>Here are a few more pictures taken with the new zoom lens, in daylight, at dusk and indoors, at "
        "several apertures, so that you can judge the sharpness for yourself.</p>"
        "<p>Related posts:</p><ol><li><a href=\"/a\">More sample images from the small prime lens</a></li>"
        "<li><a href=\"/b\">First samples from the new compact camera</a></li>"
        "<li><a href=\"/c\">The wide-angle lens reviewed</a></li></ol>"
        "<p>This entry was posted in <a href=\"/l\">Lenses</a> and tagged <a href=\"/z\">zoom</a>. Bookmark the "
        "<a href=\"/p\">permalink</a>.</p></div></div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "judge the sharpness") != NULL);
    CHECK(strstr(t, "Bookmark") == NULL);
    CHECK(strstr(t, "small prime lens") == NULL);
    ng_doc_free(d);
}

/* A disclaimer or disclosure box (advertising, investment advice) is not
 * the article, even inside its body and even when it is long. */
static void test_disclaimer_box(void)
{
    static const char p[] =
        "<html><body><div class=\"article-body\"><p>Shares of the harbour company rose by a tenth on Monday after "
        "it reported more ships, more containers and more passengers than in any year before.</p>"
        "<p>The company said the new quay, opened in the spring, had taken a third of the traffic away from the "
        "old docks, which will now be rebuilt for the ferries.</p>"
        "<div class=\"editorial-disclaimer\"><p>The content of this page is provided as general information "
        "only and should not be taken as investment advice; consult an adviser, read the terms, and consider "
        "your own circumstances, objectives and risks before you buy or sell anything at all.</p></div>"
        "</div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "new quay") != NULL);
    CHECK(strstr(t, "investment advice") == NULL);
    ng_doc_free(d);
}

/* A blog whose <h1> is its own name (a link to its home page, or named
 * "blog-header", or followed by an <h2> with the rest of the <title>) titles
 * the record with the post's headline from <title> ("Name: Headline",
 * "Headline << Name"); so does a section's <h1> when an <h2> repeats the
 * <title>; an <h1> that is the headline stays the title, also when <title>
 * starts with it. */
static void test_banner_h1_title(void)
{
    static const char *const pages[][3] = {
        {"<title>Anna's Notes: Why the tram is late again</title>",
         "<h1 id=\"top\"><a href=\"http://notes.example.org/blog/\">Anna's Notes</a></h1>", "Why the tram is late again"},
        {"<title>Why the tram is late again \xC2\xAB  Anna's Notes</title>",
         "<h1 class=\"blog-header\">Anna's Notes</h1>", "Why the tram is late again"},
        {"<title>Why the tram is late again | Anna's Notes</title>",
         "<h1><a href=\"http://notes.example.org/2024/05/tram-late.html\">Why the tram is late again</a></h1>",
         "Why the tram is late again"},
        {"<title>Why the tram is late again - Anna's Notes</title>", "<h1>Why the tram is late again</h1>",
         "Why the tram is late again"},
        /* a plain h1 naming the blog, the post's headline an h2 after it */
        {"<title>Anna's Notes: Why the tram is late again</title>", "<h1>Anna's Notes</h1>",
         "Why the tram is late again"},
        /* a section's h1, not in the title, which the h2 repeats */
        {"<title>Why the tram is late again</title>", "<h1>City Matters</h1>", "Why the tram is late again"},
        /* the headline's h1 opening "Headline | Site": the site's name in a
         * heading further down (a sidebar) does not make it the title */
        {"<title>The tram timetable for the winter | Why the tram is late again</title>",
         "<h1>The tram timetable for the winter</h1>", "The tram timetable for the winter"},
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        char p[2048];
        snprintf(p, sizeof p,
                 "<html><head>%s</head><body>%s<div class=\"post\"><h2>Why the tram is late again</h2>"
                 "<p>The tram was late again this morning, for the third time this week, because of works at "
                 "the bridge, and nobody at the stop knew when the next one would come.</p></div></body></html>",
                 pages[i][0], pages[i][1]);
        ng_doc *d = page(p, strlen(p), NULL);
        CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_TITLE), pages[i][2]);
        ng_doc_free(d);
    }
}

/* Open Graph tags that point at the site's home page (a blog engine's
 * defaults on every post) describe the site: their title and URL are not
 * the post's; a post's own og:url is kept. */
static void test_site_open_graph(void)
{
    static const char *const ogurl[] = {"http://blogs.example.org/", "http://blogs.example.org/2024/05/tram.html"};
    for (int i = 0; i < 2; i++) {
        char p[2048];
        snprintf(p, sizeof p,
                 "<html><head><title>Why the tram is late again this week - Example Blogs</title>"
                 "<meta property=\"og:title\" content=\"%s\">"
                 "<meta property=\"og:url\" content=\"%s\"></head><body><div class=\"post\">"
                 "<p>The tram was late again this morning, for the third time this week, because of works at "
                 "the bridge, and nobody at the stop knew when the next one would come.</p></div></body></html>",
                 i ? "Why the tram is late again this week" : "The official blog of Example City", ogurl[i]);
        ng_doc *d = page(p, strlen(p), NULL);
        CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_TITLE), "Why the tram is late again this week");
        const char *u = ng_doc_get(d, NG_FIELD_URL);
        CHECK(i ? u && !strcmp(u, ogurl[1]) : u == NULL);
        ng_doc_free(d);
    }
}

/* A <title> still in parts after cleaning ("Blog Name: Headline",
 * "Headline | Blog: a blog about trams") gives the part a heading of the
 * page shows; without such a heading it stays whole. */
static void test_title_part_shown(void)
{
    static const char *const pages[][3] = {
        {"Anna's Notes: Why the tram is late again", "<h2>Why the tram is late again</h2>", "Why the tram is late again"},
        {"Why the tram is late again | City Notes: a blog about trams and buses",
         "<h3><a href=\"/p/1\">Why the tram is late again</a></h3>", "Why the tram is late again"},
        {"Anna's Notes: Why the tram is late again", "<h2>Yesterday</h2>", "Anna's Notes: Why the tram is late again"},
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        char p[2048];
        snprintf(p, sizeof p,
                 "<html><head><title>%s</title></head><body><div class=\"post\">%s"
                 "<p>The tram was late again this morning, for the third time this week, because of works at "
                 "the bridge, and nobody at the stop knew when the next one would come.</p></div></body></html>",
                 pages[i][0], pages[i][1]);
        ng_doc *d = page(p, strlen(p), NULL);
        CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_TITLE), pages[i][2]);
        ng_doc_free(d);
    }
}

/* When the article is widened to an ancestor (readability's climb), a
 * sidebar of linked items next to it inside that ancestor stays out. */
static void test_widened_sidebar(void)
{
    static const char p[] =
        "<html><body><div id=\"content\"><p>From our town desk, by the staff, on Tuesday, in the evening, after the vote.</p><p>Updated, with reactions, quotes, figures, and a map, at nine, on Wednesday.</p><div class=\"box\"><div class=\"inner\">"
        "<p>The council voted on Tuesday, after a long debate, to close the old swimming pool, which has lost money, staff and visitors, for a decade.</p>"
        "<p>Swimmers, coaches and parents, who had filled the public gallery, said they would appeal, and that the town, without a pool, would lose its club.</p>"
        "<p>The mayor said, in a statement, that a new pool, smaller but cheaper to run, could open in three years, if the region, as hoped, pays half.</p>"
        "<p>The old pool, built in 1971, needs a new roof, new pumps and new tiles, the council's surveyor found, at a cost of four million euros.</p>"
        "<p>Until then, the club will train in the next town, twenty kilometres away, twice a week, on Tuesdays and Fridays, its chairman said.</p>"
        "<p>A petition to keep the pool open, started by a retired teacher, has been signed by more than three thousand people, in two weeks.</p>"
        "</div></div>"
        "<div class=\"widgets\"><h3>Recent Comments</h3><ul>"
        "<li><a href=\"/u0\">Reader number 0</a> on <a href=\"/p0\">The harbour story number 0</a>: yes, the noise</li>"
        "<li><a href=\"/u1\">Reader number 1</a> on <a href=\"/p1\">The harbour story number 1</a>: yes, the noise</li>"
        "<li><a href=\"/u2\">Reader number 2</a> on <a href=\"/p2\">The harbour story number 2</a>: yes, the noise</li>"
        "<li><a href=\"/u3\">Reader number 3</a> on <a href=\"/p3\">The harbour story number 3</a>: yes, the noise</li>"
        "<li><a href=\"/u4\">Reader number 4</a> on <a href=\"/p4\">The harbour story number 4</a>: yes, the noise</li>"
        "<li><a href=\"/u5\">Reader number 5</a> on <a href=\"/p5\">The harbour story number 5</a>: yes, the noise</li>"
        "<li><a href=\"/u6\">Reader number 6</a> on <a href=\"/p6\">The harbour story number 6</a>: yes, the noise</li>"
        "<li><a href=\"/u7\">Reader number 7</a> on <a href=\"/p7\">The harbour story number 7</a>: yes, the noise</li>"
        "<li><a href=\"/u8\">Reader number 8</a> on <a href=\"/p8\">The harbour story number 8</a>: yes, the noise</li>"
        "<li><a href=\"/u9\">Reader number 9</a> on <a href=\"/p9\">The harbour story number 9</a>: yes, the noise</li>"
        "</ul><h3>Mailing list</h3><p>Get our weekly letter with the week's stories, events and notices.</p></div>"
        "</div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "The council voted on Tuesday") != NULL);
    CHECK(strstr(t, "has been signed by more than three thousand people") != NULL);
    CHECK(strstr(t, "Recent Comments") == NULL);
    CHECK(strstr(t, "Mailing list") == NULL);
    CHECK(strstr(t, "weekly letter") == NULL);
    ng_doc_free(d);
}

/* Short lines, each in its own element, straight after the last paragraph
 * (an address, a signature) stay; a label of a removed link list and what
 * follows a dropped "Share" line do not. */
static void test_trailing_lines(void)
{
    static const char p[] =
        "<html><body><div class=\"post-body\">"
        "<div>Dear all,</div><div>I would love to invite you to the launch of the new picture book at the corner "
        "bookshop this coming Saturday, at eleven in the morning, with readings, drawings, and cakes.</div>"
        "<div>Location:</div><div>The Corner Bookshop</div><div>785 Laurel Street,</div><div>San Carlos</div>"
        "<div>Hope to see you there.</div><div>Cheers,</div><div>Alina</div>"
        "<div>Share this</div><div>Labels</div></div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "launch of the new picture book") != NULL);
    CHECK(strstr(t, "785 Laurel Street,") != NULL);
    CHECK(strstr(t, "Hope to see you there.") != NULL);
    CHECK(strstr(t, "Alina") != NULL);
    CHECK(strstr(t, "Share this") == NULL);
    CHECK(strstr(t, "Labels") == NULL);
    ng_doc_free(d);

    static const char q[] =
        "<html><body><div class=\"story\">"
        "<p>The regional train line reopened on Monday after four months of work on the tracks and the bridges.</p>"
        "<p>Trains run every half hour again, and the replacement buses, which took twice as long, have stopped.</p>"
        "<p>More topics:</p><p><a href=\"/a\">Bus fares rise in spring</a></p><p><a href=\"/b\">New cycle lanes</a></p>"
        "</div></body></html>";
    d = page(q, sizeof q - 1, NULL);
    t = text_of(d);
    CHECK(strstr(t, "replacement buses") != NULL);
    CHECK(strstr(t, "More topics") == NULL);
    ng_doc_free(d);
}

/* "Click here" inside a long sentence is text; as a short call it is not. */
static void test_click_here(void)
{
    static const char p[] =
        "<html><body><div class=\"post\">"
        "<p>This is the very first time the new 35-100mm lens is in stock at the camera shop, and only two are left.</p>"
        "<p>P.S.: A long list of the new cameras is sold by another shop on Amazon (<a href=\"/a\">Click here</a>) "
        "and on eBay.</p><p><a href=\"/s\">Click here to subscribe!</a></p></div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    CHECK(strstr(text_of(d), "P.S.: A long list of the new cameras") != NULL);
    CHECK(strstr(text_of(d), "subscribe") == NULL);
    ng_doc_free(d);
}

static void test_language_gate(void)
{
    /* a non-English page keeps its text layer but gets no annotations */
    static const char p[] =
        "<html lang=\"es\"><body><article><p>El presidente Pedro S\xC3\xA1nchez dijo el lunes en Madrid que el "
        "gobierno aprobar\xC3\xA1 el presupuesto antes del verano, seg\xC3\xBAn fuentes del ministerio.</p>"
        "</article></body></html>";
    ng_doc *d;
    ng_doc_new(&d);
    ng_doc_set_html(d, p, sizeof p - 1);
    CHECK(ng_process(engine, d) == 0);
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_LANGUAGE), "es");
    CHECK(ng_doc_sentence_count(d) > 0);
    char *json;
    size_t len;
    CHECK(ng_doc_to_json(d, &json, &len) == 0);
    CHECK(strstr(json, "\"entities\":[]") != NULL);
    ng_free(json);
    ng_doc_free(d);
}

/* A post that a blog engine renders by script keeps a copy for browsers
 * without scripts in <noscript>: read it; a "please enable JavaScript"
 * notice or a tracking pixel in <noscript> stays out. */
static void test_noscript_post(void)
{
    static const char p[] =
        "<html><head><noscript><link rel=\"stylesheet\" href=\"x.css\"></noscript></head><body>"
        "<noscript><img src=\"pixel.gif\">Please enable JavaScript to use all of this site.</noscript>"
        "<div class=\"post\"><h2>Garden notes</h2><div class=\"post-body\">"
        "<script type=\"text/template\"><p>A copy for scripts.</p></script>"
        "<noscript><p>The tomatoes finally ripened this week, three weeks later than last year, after a cold "
        "and wet start to the summer in our valley.</p><p>Next spring we will start the seedlings indoors, "
        "on the kitchen windowsill, and plant them out only when the nights are warm.</p></noscript>"
        "</div></div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "The tomatoes finally ripened this week") != NULL);
    CHECK(strstr(t, "start the seedlings indoors") != NULL);
    CHECK(strstr(t, "enable JavaScript") == NULL);
    CHECK(strstr(t, "A copy for scripts") == NULL);
    ng_doc_free(d);
}

/* Reader comments that carry no comment class of their own end where a
 * heading introduces them, whether the heading is marked (id="comments")
 * or only says so ("3 Responses to ..."); a heading "Comments on the plan"
 * inside the article does not end it. */
static void test_comment_heading(void)
{
    static const char p[] =
        "<html><body><div id=\"main\"><div class=\"blog\">"
        "<p>The old mill by the river has been turned into a small museum, with a cafe on the ground floor and "
        "a room for school classes at the top.</p>"
        "<h3>Comments on the plan</h3>"
        "<p>The town's planners, who approved the conversion in spring, said the building keeps its wheel, "
        "its beams, and its stone floor.</p>"
        "<p>The museum opens on Saturday, admission is free for the first month, and the cafe serves cakes.</p>"
        "<h2 id=\"comments\">Talk</h2>"
        "<div id=\"c1\"><p>I visited on Sunday, lovely place, but the stairs are steep and there is no lift, "
        "which is a shame for older visitors.</p></div><p class=\"posted\">Posted by: Reader at 9:14 AM</p>"
        "</div></div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "turned into a small museum") != NULL);
    CHECK(strstr(t, "keeps its wheel") != NULL);
    CHECK(strstr(t, "stairs are steep") == NULL);
    CHECK(strstr(t, "Posted by") == NULL);
    ng_doc_free(d);

    static const char q[] =
        "<html><body><div class=\"entry\">"
        "<p>The old mill by the river has been turned into a small museum, with a cafe on the ground floor and "
        "a room for school classes at the top.</p>"
        "<p>The town's planners, who approved the conversion in spring, said the building keeps its wheel, "
        "its beams, and its stone floor.</p>"
        "<p>The museum opens on Saturday, admission is free for the first month, and the cafe serves cakes.</p>"
        "<h3>3 Responses to \"The mill\"</h3>"
        "<div><p>I visited on Sunday, lovely place, but the stairs are steep and there is no lift, "
        "which is a shame for older visitors.</p></div>"
        "</div></body></html>";
    d = page(q, sizeof q - 1, NULL);
    t = text_of(d);
    CHECK(strstr(t, "keeps its wheel") != NULL);
    CHECK(strstr(t, "Responses") == NULL);
    CHECK(strstr(t, "stairs are steep") == NULL);
    ng_doc_free(d);

    /* in other languages too */
    static const char r[] =
        "<html><body><div class=\"entry\">"
        "<p>Die alte M\xC3\xBChle am Fluss ist jetzt ein kleines Museum, mit einem Caf\xC3\xA9 im Erdgeschoss und einem "
        "Raum f\xC3\xBCr Schulklassen unter dem Dach.</p>"
        "<p>Die Planer der Stadt sagten, das Geb\xC3\xA4ude behalte sein Rad, seine Balken und seinen Steinboden, "
        "und es \xC3\xB6" "ffne am Samstag.</p><p>Der Eintritt ist im ersten Monat frei, und im Sommer gibt es Konzerte im Hof.</p>"
        "<h3>12 Kommentare</h3>"
        "<div><p>Wir waren am Sonntag dort, sehr sch\xC3\xB6n, aber die Treppe ist steil und es gibt keinen Aufzug.</p></div>"
        "</div></body></html>";
    d = page(r, sizeof r - 1, NULL);
    t = text_of(d);
    CHECK(strstr(t, "Steinboden") != NULL);
    CHECK(strstr(t, "Treppe ist steil") == NULL);
    ng_doc_free(d);
}

/* On a page with a three-sentence story, a long browser notice in the
 * site's footer does not outweigh the story. */
static void test_short_story_footer_notice(void)
{
    static const char p[] =
        "<html><body><div id=\"page\"><div class=\"video-meta\">"
        "<p>Two brothers sailed a home-made raft down the river to the coast this summer.</p>"
        "<p>The trip of 300 kilometres took them eleven days.</p>"
        "<p>They filmed every day of it for their school.</p></div></div>"
        "<div id=\"site-foot\"><p><a href=\"/help\">Help</a> <a href=\"/terms\">Terms</a></p><div id=\"notice\">"
        "<p>This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled, since, while you "
        "will be able to view the content of this page in your current browser, you will not get the full visual "
        "experience, so please consider upgrading, if you can, or enabling style sheets, where possible.</p>"
        "</div></div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "home-made raft") != NULL);
    CHECK(strstr(t, "eleven days") != NULL);
    CHECK(strstr(t, "best viewed") == NULL);
    ng_doc_free(d);
}

/* A list in the article, one item a line, some items linked and some plain:
 * all of it is the article's; a list of only linked headlines is not. */
static void test_partly_linked_list(void)
{
    static const char p[] =
        "<html><body><div class=\"entry-content\">"
        "<p>We are happy to announce the first stops of next year's concert tour, and tickets go on sale today.</p>"
        "<p>Here are the towns we will visit in the spring, with more dates to follow later:</p>"
        "<p><a href=\"/t/a\">Aberdeen</a></p><p>Bristol</p><p><a href=\"/t/c\">Cardiff</a></p>"
        "<p><a href=\"/t/d\">Dundee</a></p><p>Exeter</p><p>Falmouth</p>"
        "<p>We hope to see many of you there, and we will post the summer dates in a few weeks.</p>"
        "<p><a href=\"/n/1\">Band wins award</a></p><p><a href=\"/n/2\">New album out</a></p>"
        "<p><a href=\"/n/3\">Drummer joins</a></p><p><a href=\"/n/4\">Studio diary</a></p>"
        "<p>Thanks again to everyone who came to the shows this year; it was the best year we have had.</p>"
        "</div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "Aberdeen\nBristol\nCardiff\nDundee\nExeter") != NULL);
    CHECK(strstr(t, "summer dates") != NULL);
    CHECK(strstr(t, "Band wins award") == NULL);
    CHECK(strstr(t, "Studio diary") == NULL);
    ng_doc_free(d);
}

/* A lead paragraph above the body's wrapper, with a share bar and a
 * picture between, is the article's first paragraph. */
static void test_lead_paragraph(void)
{
    static const char p[] =
        "<html><body><div id=\"top\"><a href=\"/\">Home</a></div><div id=\"wrap\"><div class=\"col\">"
        "<h1>Town buys the old harbour crane</h1>"
        "<p class=\"intro\">The town has bought the harbour's last steam crane, which will be restored and "
        "shown to visitors from next summer.</p>"
        "<div class=\"share-bar\"><a href=\"/s/f\">Facebook</a> <a href=\"/s/t\">Twitter</a></div>"
        "<div class=\"pic\"><img src=\"c.jpg\"><p></p></div>"
        "<div class=\"group\"><div class=\"long-text\">"
        "<p>The crane, built in 1911, loaded coal and timber for six decades, and it has stood idle, rusting, "
        "since the port closed in 1975.</p>"
        "<p>Volunteers, most of them retired dockers, will do much of the work, the mayor said, and a grant "
        "from the region covers the steel.</p>"
        "<p>The restored crane will lift a boat once a year, on the harbour festival's first day, as it did in the old days.</p>"
        "<p>A small museum, in the crane's engine house, will show photographs, tools, logbooks and the crane's bell.</p>"
        "<p>Schools, clubs and tourists, the museum's friends hope, will visit it, and some, perhaps, will volunteer.</p>"
        "<p>The council, which voted for the purchase on Monday, paid a symbolic one euro, the port authority said.</p>"
        "</div></div></div></div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "The town has bought the harbour's last steam crane, which will be restored and shown to "
                    "visitors from next summer.\nThe crane, built in 1911") != NULL);
    CHECK(strstr(t, "harbour festival") != NULL);
    CHECK(strstr(t, "Facebook") == NULL);
    ng_doc_free(d);

    /* a "teaser" paragraph right under the headline is the standfirst; a
     * teaser box elsewhere is not */
    static const char q[] =
        "<html><body><div class=\"article\"><div class=\"article-intro\"><p class=\"dateline\">21.01.2022</p>"
        "<h1>Cabinet sets its plans for the year</h1><p class=\"article-teaser\">The cabinet has agreed on a programme "
        "for the year, with climate, health and equality at its centre, the ministry said on Friday.</p></div>"
        "<div class=\"article-content\"><p>The country took over the chair of the group on the first of January, "
        "and with it the chance to put its own subjects on the agenda, the minister said.</p><p>A first meeting, "
        "held online, brought together groups from twenty countries, who called for faster action.</p>"
        "<p>The next meeting, in the spring, is planned in the capital, with the ministers of all member states.</p>"
        "<div class=\"teaser\"><p>Read about last year's programme, its successes and its failures, in our archive.</p>"
        "</div></div></div></body></html>";
    d = page(q, sizeof q - 1, NULL);
    t = text_of(d);
    CHECK(strstr(t, "The cabinet has agreed on a programme") != NULL);
    CHECK(strstr(t, "chair of the group") != NULL);
    CHECK(strstr(t, "in our archive") == NULL);
    ng_doc_free(d);
}

/* Labels of further-reading boxes, in English and in other languages, are
 * furniture even between the article's paragraphs. */
static void test_further_reading_labels(void)
{
    static const char p[] =
        "<html><body><div class=\"article\">"
        "<p>Engineers have built a small robot that sorts plastic waste by colour, and it runs on a phone battery.</p>"
        "<p>Explore further</p><p>Zum Weiterlesen:</p><p>Le puede interesar</p>"
        "<p>When you buy through the links in this story, we may earn a commission, which helps to fund our reporting.</p>"
        "<p>The team hopes that recycling centres, which still sort much of their waste by hand, will test it next year.</p>"
        "</div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "sorts plastic waste") != NULL);
    CHECK(strstr(t, "test it next year") != NULL);
    CHECK(strstr(t, "Explore further") == NULL);
    CHECK(strstr(t, "commission") == NULL);
    CHECK(strstr(t, "Weiterlesen") == NULL);
    CHECK(strstr(t, "puede interesar") == NULL);
    ng_doc_free(d);
}

/* An article that a page builder splits over containers of one shape
 * (numbered blocks with an advert between) is read from all of them; a
 * teaser box of another shape beside them is not. */
static void test_split_sections(void)
{
    static const char p[] =
        "<html><body><div class=\"page\">"
        "<div id=\"block-101\"><section class=\"content-section\"><div class=\"row\"><div class=\"col-8\">"
        "<div class=\"rich\"><p>Orders for new ferries have doubled this year, the shipyard's chief said on Monday, "
        "and the yard will hire two hundred welders.</p><p>Most of the orders, he said, come from island routes "
        "that are replacing diesel boats with electric ones.</p></div></div></div></section></div>"
        "<div class=\"ad-slot\">Advertisement</div>"
        "<div id=\"block-102\"><section class=\"content-section\"><h3>Batteries from the north</h3>"
        "<div class=\"row\"><div class=\"col-7\"><div class=\"rich\"><p>The batteries come from a new plant in the "
        "north, which, the chief said, delivers on time, at a good price, and with fewer defects than before, "
        "because its staff, most of them new, were trained at the yard.</p><p>The yard's order book, he added, is "
        "full until 2027, and a second dock, planned for years, will open next spring, with state support, "
        "after a long delay.</p><p>Unions, who had warned of job losses, welcomed the hiring, but asked for "
        "training, for apprentices, and for fair pay.</p></div></div></div></section></div>"
        "<div class=\"more-box\"><p>Our newsletter brings the week's business news to you every Friday morning, for free.</p></div>"
        "</div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "Orders for new ferries have doubled") != NULL);
    CHECK(strstr(t, "Batteries from the north") != NULL);
    CHECK(strstr(t, "full until 2027") != NULL);
    CHECK(strstr(t, "Advertisement") == NULL);
    CHECK(strstr(t, "every Friday morning") == NULL);
    ng_doc_free(d);

    /* boxes that share a class ("grid-box first", "grid-box grey") */
    static const char q[] =
        "<html><body><div class=\"grid\"><div class=\"slot slot-a\"><div class=\"boxes\">"
        "<div class=\"grid-box-first grid-box\"><p>Do you also feel that the world is coming apart at the seams? "
        "Our careless use of phones, of feeds and of apps, the author argues in her new book, plays a large part in it, and it can be changed.</p></div></div></div>"
        "<div class=\"slot slot-b\"><div class=\"boxes\"><div class=\"grid-box grey\"><p>In her studies she looked at "
        "two subjects, the philosophy of technology and the theory of democracy, and the deeper she went, the "
        "clearer it became to her that the way we use the new tools is dangerous, because everything is meant to "
        "become easier, and easier, and we stop chewing for ourselves.</p><p>Her book, written over three years, "
        "in evenings and on weekends, sets out what each of us, and what schools, can do about it.</p></div></div>"
        "</div></div></body></html>";
    d = page(q, sizeof q - 1, NULL);
    t = text_of(d);
    CHECK(strstr(t, "coming apart at the seams") != NULL);
    CHECK(strstr(t, "what schools, can do about it") != NULL);
    ng_doc_free(d);
}

/* A post whose continuation sits in id="more" (Movable Type's extended
 * entry) keeps it, even when the comments below are longer. */
static void test_more_continuation(void)
{
    static char p[4096];
    size_t n = (size_t)snprintf(p, sizeof p, "%s",
        "<html><body><div class=\"content\"><h3>Rail freight in the slow lane</h3>"
        "<p>From the transport ministry's new report, on freight:</p>"
        "<div id=\"more\"><blockquote><p>Rail's share of freight fell again last year, to 17 percent, while road "
        "haulage, helped by cheap diesel, grew by four percent, the ministry says.</p></blockquote>"
        "<p>The report blames slow border checks, old signalling, and a shortage of drivers, and it asks for "
        "money, but it does not say how much, or from where.</p></div>"
        "<p class=\"posted\">Posted by the editor at 5:10 PM</p><h2 id=\"comments\">Comments</h2>");
    for (int i = 0; i < 8; i++)
        n += (size_t)snprintf(p + n, sizeof p - n,
                              "<div id=\"c%d\"><p>Reader %d: the trucks on my road, every night, all night, "
                              "tell the same story, and nobody, in any ministry, listens.</p></div>", 100 + i, i);
    n += (size_t)snprintf(p + n, sizeof p - n, "</div></body></html>");
    ng_doc *d = page(p, n, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "Rail's share of freight fell again") != NULL);
    CHECK(strstr(t, "old signalling") != NULL);
    CHECK(strstr(t, "Reader 3") == NULL);
    ng_doc_free(d);
}

/* A container called "article-content" that holds one short line (a
 * related-story box inside the story) does not hide the story around it. */
static void test_marked_body_nearly_empty(void)
{
    static const char p[] =
        "<html><body><div class=\"story-wrap\">"
        "<div id=\"g\"><p>Fuel prices rose again this week, despite the subsidy, and the ministry expects them "
        "to keep rising, slowly, until the summer.</p><p>Diesel, which most buses and lorries use, rose most, "
        "by four percent in a month, the ministry said.</p></div>"
        "<div class=\"box\"><div class=\"article-info\">ALSO READ</div><div class=\"article-content\">"
        "<p>Updated on 20 April 2022 at 08:39</p><h2><a href=\"/other\">The central bank raises its rate</a></h2>"
        "</div></div>"
        "<p>Bus companies have asked for help, and the ministry said it would meet them next week.</p>"
        "</div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "Fuel prices rose again this week") != NULL);
    CHECK(strstr(t, "by four percent in a month") != NULL);
    ng_doc_free(d);
}

/* A table of linked names between the article's sentences stays when the
 * last paragraph is long text without a full stop. */
static void test_table_before_unfinished_line(void)
{
    static const char p[] =
        "<html><body><div class=\"entry-body\">"
        "<p>Here are tonight's line-ups, as the two coaches announced them an hour ago, at the ground.</p>"
        "<table><tr><th>Home</th><th>Away</th></tr>"
        "<tr><td>1. <a href=\"/p/1\">Sam Doe</a> (L) LF</td><td>1. <a href=\"/p/2\">Ben Roe</a> (R) CF</td></tr>"
        "<tr><td>2. <a href=\"/p/3\">Jo Poe</a> (R) SS</td><td>2. Al Moe (S) 1B</td></tr></table>"
        "<p>I guess the visitors really are trying something new and rather bold with that batting order of theirs tonight /shrug</p>"
        "</div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "1. Sam Doe (L) LF") != NULL);
    CHECK(strstr(t, "2. Al Moe (S) 1B") != NULL);
    CHECK(strstr(t, "batting order of theirs tonight") != NULL);
    ng_doc_free(d);

    /* values that repeat in a table's cells are all kept */
    static const char q[] =
        "<html><body><div class=\"entry-body\">"
        "<p>The table shows what a loan costs over three years, for two amounts, at the same rate of interest.</p>"
        "<table><tr><th>Amount</th><th>Term</th><th>Rate</th></tr>"
        "<tr><td>5,000</td><td>36 months</td><td>2.0 %</td></tr>"
        "<tr><td>10,000</td><td>36 months</td><td>2.0 %</td></tr></table>"
        "<p>Twice the amount, in other words, costs twice the interest, when everything else stays the same.</p>"
        "</div></body></html>";
    d = page(q, sizeof q - 1, NULL);
    t = text_of(d);
    CHECK(strstr(t, "10,000\n36 months\n2.0 %") != NULL);
    ng_doc_free(d);
}

/* A date line above or below the article is its head or foot (the date is
 * the record's `published`); a sentence with a date is text. */
static void test_date_lines(void)
{
    static const char p[] =
        "<html><body><div class=\"post\"><div>July 24, 2012 9:49 AM</div><div>27.01.2022</div>"
        "<p>The museum reopened on 24 July 2012, after two years of work on its roof, its cellars and its lifts.</p>"
        "<p>Visitors queued from nine in the morning, and by noon, more than a thousand had come in, the staff said.</p>"
        "<div>20 de abril de 2022 a las 08:39h</div></div></body></html>";
    ng_doc *d = page(p, sizeof p - 1, NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "reopened on 24 July 2012") != NULL);
    CHECK(strstr(t, "9:49 AM") == NULL);
    CHECK(strstr(t, "27.01.2022") == NULL);
    CHECK(strstr(t, "a las 08:39h") == NULL);
    ng_doc_free(d);
}

static void test_html_file_reader(void)
{
    ng_reader *r;
    CHECK(ng_reader_open_mem(article, sizeof article - 1, "page.html", NULL, &r, NULL) == 0);
    ng_doc *d;
    CHECK(ng_reader_next(r, &d, NULL) == 1);
    CHECK(ng_process(bare, d) == 0);
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_TITLE), "Harbour bridge reopens after repairs");
    ng_doc_free(d);
    ng_reader_close(r);
    /* JSON Lines with an html field and its own url */
    static const char jl[] = "{\"id\":\"a1\",\"url\":\"https://given.example/a1\",\"html\":\"<html><body><p>A "
                             "short page inside a JSON line, with enough words to count as text.</p></body>"
                             "</html>\"}\n";
    CHECK(ng_reader_open_mem(jl, sizeof jl - 1, "x.jsonl", NULL, &r, NULL) == 0);
    CHECK(ng_reader_next(r, &d, NULL) == 1);
    CHECK(ng_process(bare, d) == 0);
    CHECK_EQ_STR(ng_doc_get(d, NG_FIELD_URL), "https://given.example/a1");
    CHECK(strstr(text_of(d), "A short page inside a JSON line") != NULL);
    ng_doc_free(d);
    ng_reader_close(r);
}

int main(void)
{
    ng_engine_options o = {0};
    o.data_dir = NG_DATA_DIR;
    ng_error err;
    if (ng_engine_open(&o, &engine, &err) != 0) {
        fprintf(stderr, "engine: %s\n", err.msg);
        return 1;
    }
    o.flags = NG_ENGINE_NO_MODELS;
    if (ng_engine_open(&o, &bare, &err) != 0)
        return 1;
    test_article();
    test_linked_items();
    test_marked_body();
    test_dates_and_outlet();
    test_charsets();
    test_hostile();
    test_hints_and_meta_edges();
    test_body_class_beats_long_aside();
    test_br_lines();
    test_print_class();
    test_credit_lines();
    test_annotated_list();
    test_author_box();
    test_author_bio_names();
    test_standfirst();
    test_summary_standfirst();
    test_standfirst_not_the_body();
    test_calls_to_action();
    test_foreign_labels();
    test_captions();
    test_more_furniture_lines();
    test_head_datelines();
    test_paywalled_paragraphs();
    test_utility_class_variants();
    test_post_footer_line();
    test_disclaimer_box();
    test_banner_h1_title();
    test_site_open_graph();
    test_title_part_shown();
    test_widened_sidebar();
    test_trailing_lines();
    test_click_here();
    test_language_gate();
    test_html_file_reader();
    test_noscript_post();
    test_comment_heading();
    test_short_story_footer_notice();
    test_partly_linked_list();
    test_lead_paragraph();
    test_further_reading_labels();
    test_split_sections();
    test_more_continuation();
    test_marked_body_nearly_empty();
    test_table_before_unfinished_line();
    test_date_lines();
    ng_engine_close(engine);
    ng_engine_close(bare);
    TEST_MAIN_END();
}
