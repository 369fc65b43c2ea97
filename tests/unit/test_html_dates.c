/*
 * test_html_dates.c -- the HTML reader's publication date (`published`):
 * which of a page's dates is taken, on small pages written for the test.
 */
#include "newsgraph.h"
#include "test.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static ng_engine *bare;

#define BODY_P                                                                                               \
    "<p>The council approved the new budget after a long debate, with more money for schools and cycle "  \
    "lanes, officials said on the evening of the vote.</p>"

/* The published field of a page (NULL when none), into buf. */
static const char *published(const char *html, const char *url, char *buf, size_t cap)
{
    ng_doc *d;
    buf[0] = 0;
    if (ng_doc_new(&d))
        return NULL;
    if (url)
        ng_doc_set(d, NG_FIELD_URL, url, strlen(url));
    ng_doc_set_html(d, html, strlen(html));
    int rc = ng_process(bare, d);
    CHECK(rc == 0 || rc == NG_EEMPTY);
    const char *p = ng_doc_get(d, NG_FIELD_PUBLISHED);
    if (p)
        snprintf(buf, cap, "%s", p);
    ng_doc_free(d);
    return p ? buf : NULL;
}

#define CHECK_DATE(html, url, want)                                                                           \
    do {                                                                                                     \
        char dbuf_[64];                                                                                         \
        const char *g_ = published(html, url, dbuf_, sizeof dbuf_);                                               \
        CHECK_EQ_STR(g_ ? g_ : "(none)", want);                                                              \
    } while (0)

/* Date-classed elements: the first one holding a date, however many empty
 * ones come before it; comment sections and today's-date widgets are not
 * the article's. */
static void test_visible(void)
{
    CHECK_DATE("<html><body><div class=\"meta-nav\">Home</div><div class=\"meta-a\">News</div>"
               "<div class=\"meta-b\">Local</div><div class=\"meta-c\">Council</div>"
               "<h1>Budget passes</h1><p class=\"meta-info\">03.02.2022 15:34</p>" BODY_P "</body></html>",
               NULL, "2022-02-03");
    CHECK_DATE("<html><body><span class=\"current-date\">5 May 2021</span><h1>Budget passes</h1>"
               "<div class=\"byline\">By A. Writer, 2 May 2021</div>" BODY_P "</body></html>",
               NULL, "2021-05-02");
    CHECK_DATE("<html><body><h1>Budget passes</h1>" BODY_P
               "<section id=\"comments\"><div class=\"comment\"><span class=\"date\">7 June 2021</span>"
               "<p>Good.</p></div></section><footer><span class=\"post-date\">1 June 2021</span></footer>"
               "</body></html>",
               NULL, "2021-06-01");
}

/* JSON-LD: a top-level object of another type (a recipe) gives its
 * datePublished; the reviews nested in it do not. */
static void test_ld_other_types(void)
{
    CHECK_DATE("<html><head><script type=\"application/ld+json\">{\"@type\":\"Recipe\",\"name\":\"Cake\","
               "\"review\":[{\"@type\":\"Review\",\"datePublished\":\"2020-04-07\"}],"
               "\"datePublished\":\"2006-10-10\"}</script></head><body>" BODY_P "</body></html>",
               NULL, "2006-10-10");
    CHECK_DATE("<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\"},"
               "{\"@type\":\"Event\",\"datePublished\":\"2019-03-04\"}]}</script></head><body>" BODY_P
               "</body></html>",
               NULL, "2019-03-04");
}

/* A UTC instant is moved to the publisher's calendar day when the page says
 * which day that is. */
static void test_utc_local_day(void)
{
    /* the same instant on the local clock, with its offset */
    CHECK_DATE("<html><head><meta property=\"article:published_time\" content=\"2023-11-09T06:35:29+00:00\">"
               "</head><body><time datetime=\"2023-11-08T22:35:29-08:00\">Nov 8</time>" BODY_P "</body></html>",
               NULL, "2023-11-08T22:35:29-08:00");
    /* the same instant without a zone: the offset it implies is added */
    CHECK_DATE("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"B\","
               "\"datePublished\":\"2023-11-09T01:09:55Z\",\"dateCreated\":\"2023-11-08 18:09:55\"}</script>"
               "</head><body>" BODY_P "</body></html>",
               NULL, "2023-11-08T18:09:55-07:00");
    /* a local time at another minute is another instant: no change */
    CHECK_DATE("<html><head><meta property=\"article:published_time\" content=\"2023-11-09T06:35:29Z\">"
               "</head><body><time datetime=\"2023-11-08T22:40:00-08:00\">Nov 8</time>" BODY_P "</body></html>",
               NULL, "2023-11-09T06:35:29Z");
    /* late in the UTC day, the URL's next day */
    CHECK_DATE("<html><head><meta property=\"article:published_time\" content=\"2023-11-01T23:01:00Z\">"
               "</head><body>" BODY_P "</body></html>",
               "https://news.example.it/2023/11/02/story", "2023-11-02");
    /* a URL's earlier day is the day the story was begun, not evidence of the local day */
    CHECK_DATE("<html><head><meta property=\"article:published_time\" content=\"2012-07-24T02:52:56+00:00\">"
               "</head><body>" BODY_P "</body></html>",
               "http://www.example.com/future/story/20120723-generation", "2012-07-24T02:52:56+00:00");
    /* early in the UTC day, the visible previous day */
    CHECK_DATE("<html><head><meta property=\"article:published_time\" content=\"2023-11-09T05:30:59Z\">"
               "</head><body><div class=\"time\">November 8, 2023</div>" BODY_P "</body></html>",
               NULL, "2023-11-08");
    /* midday UTC: a next day shown on the page is not this instant's day */
    CHECK_DATE("<html><head><meta property=\"article:published_time\" content=\"2020-02-18T12:53:40+00:00\">"
               "</head><body><span class=\"post-date\">19/02/2020</span>" BODY_P "</body></html>",
               NULL, "2020-02-18T12:53:40+00:00");
    /* afternoon UTC: a masthead's next day is the day of the visit, not of the publication */
    CHECK_DATE("<html><head><meta property=\"article:published_time\" content=\"2021-11-04T15:00Z\"></head>"
               "<body><div class=\"header-date\">5 November 2021</div>" BODY_P "</body></html>",
               NULL, "2021-11-04T15:00Z");
    CHECK_DATE("<html><head><meta property=\"article:published_time\" content=\"2021-11-04T23:00Z\"></head>"
               "<body><span class=\"o-metadata--date\">5. November 2021</span>" BODY_P "</body></html>",
               NULL, "2021-11-05");
    /* a date-time with its own non-zero offset is kept as given */
    CHECK_DATE("<html><head><meta property=\"article:published_time\" content=\"2019-12-09T19:00:49+01:00\">"
               "</head><body><span class=\"date\">10.12.2019</span>" BODY_P "</body></html>",
               NULL, "2019-12-09T19:00:49+01:00");
}

/* The order between the page's own markers: itemprop=datePublished first;
 * a date-classed element before the first <time> beats it (teasers); generic
 * date meta tags after the marked dates, and against a date-classed element
 * the earlier of the two. */
static void test_order(void)
{
    CHECK_DATE("<html><head><meta name=\"date\" content=\"2022-01-21T15:38:44+01:00\"></head><body>"
               "<h1>Winter walks</h1><span><time itemprop=\"datePublished\" datetime=\"2022-01-27\">27.01.2022"
               "</time></span>" BODY_P "</body></html>",
               NULL, "2022-01-27");
    CHECK_DATE("<html><body><h1>Budget passes</h1><p class=\"post-byline\"><span class=\"published\">"
               "31. Oktober 2023</span></p>" BODY_P "<aside><h2>More</h2><time datetime=\"2020-12-03 07:32:49\">"
               "3. Dezember 2020</time></aside></body></html>",
               NULL, "2023-10-31");
    /* a masthead's date (today's) before the article's <time> is no publication date */
    CHECK_DATE("<html><body><header><div class=\"header-date\">Thursday, 16 February 2012</div></header>"
               "<article><h1>Budget passes</h1><time datetime=\"2012-02-14T09:00:00+01:00\">14 February</time>"
               BODY_P "</article></body></html>",
               NULL, "2012-02-14T09:00:00+01:00");
    /* the same day in both: the <time>'s date-time is kept */
    CHECK_DATE("<html><body><div class=\"entry-meta\"><span class=\"post_date\">6. November 2023</span>"
               "<time datetime=\"2023-11-06T15:00:00+01:00\">6. November 2023</time></div>" BODY_P
               "</body></html>",
               NULL, "2023-11-06T15:00:00+01:00");
    CHECK_DATE("<html><head><meta name=\"date\" content=\"2020-02-12\"></head><body><h1>Fair chains</h1>"
               "<div class=\"news-single-timedata\">05.02.2020</div>" BODY_P "</body></html>",
               NULL, "2020-02-05");
    CHECK_DATE("<html><head><meta name=\"date\" content=\"2017-05-01T17:05:00+0200\"></head><body>"
               "<div class=\"teaser\"><span class=\"dlf-date\">26.02.2020</span></div>" BODY_P "</body></html>",
               NULL, "2017-05-01T17:05:00+0200");
    /* a specific meta tag still comes before everything in the body */
    CHECK_DATE("<html><head><meta property=\"article:published_time\" content=\"2021-03-08\"></head><body>"
               "<time itemprop=\"datePublished\" datetime=\"2021-03-09\">9 March</time>" BODY_P "</body></html>",
               NULL, "2021-03-08");
}

/* Numeric dates right after letters of scripts without spaces, or after a
 * no-break space. */
static void test_digits_after_other_scripts(void)
{
    CHECK_DATE("<html><body><div class=\"head_info_datestamp\"><em>\xEC\x9E\x85\xEB\xA0\xA5</em>"
               "<span>2023.11.02. 8:06</span></div>" BODY_P "</body></html>",
               NULL, "2023-11-02");
    CHECK_DATE("<html><body><h1>Cup preview</h1><p class=\"subtitle\">Handball&nbsp;&bull;&nbsp;02.02.2022</p>"
               BODY_P "</body></html>",
               NULL, "2022-02-02");
    /* but not inside a word of Latin letters */
    CHECK_DATE("<html><body><p class=\"date\">Ref abc2023-11-02x</p>" BODY_P "</body></html>", NULL, "(none)");
}

/* With nothing but dates in the text (after the first 400 bytes of the
 * article text, where a date line would be taken): the one labelled as the publication,
 * else the one labelled as a revision, else the most frequent. */
static void test_labelled_text_dates(void)
{
    CHECK_DATE("<html><body><div>" BODY_P BODY_P BODY_P "<p>Letzte \xC3\x84nderung: 31.10.2023 - 14:49<br>Erschienen am: "
               "01.11.2023<br>Gelesen: 61</p><ul><li>12.05.2021</li><li>12.05.2021</li></ul></div></body></html>",
               NULL, "2023-11-01");
    CHECK_DATE("<html><body><div>" BODY_P BODY_P BODY_P "<ul><li>12.05.2021</li><li>12.05.2021</li></ul>"
               "<p>[Stand: 09.10.2017, 01:40 Uhr]</p></div></body></html>",
               NULL, "2017-10-09");
    CHECK_DATE("<html><body><div>" BODY_P BODY_P BODY_P "<ul><li>12.05.2021</li><li>3.4.2020</li><li>12.05.2021</li></ul>"
               "</div></body></html>",
               NULL, "2021-05-12");
    /* a label names the date right after it, not one further on */
    CHECK_DATE("<html><body><div>" BODY_P BODY_P BODY_P "<p>Published in the archive section of the site, see 3.4.2020</p>"
               "<ul><li>12.05.2021</li><li>12.05.2021</li></ul></div></body></html>",
               NULL, "2021-05-12");
}

/* Labels are whole words ("Datensatz vom" is no date label), capital
 * umlauts included ("Letzte \xC3\x84nderung"); URLs with DD-MM-YYYY. */
static void test_labels_and_urls(void)
{
    CHECK_DATE("<html><body><div>" BODY_P BODY_P BODY_P "<p>Datensatz vom 09.03.2016</p><p>Letzte "
               "\xC3\x84nderung: 14.01.2022 um 09:25</p><ul><li>31.05.2021</li><li>31.05.2021</li></ul>"
               "</div></body></html>",
               NULL, "2022-01-14");
    CHECK_DATE("<html><body><div>" BODY_P BODY_P BODY_P "<p>Data update: 14.01.2022</p><p>Date: 2.3.2022</p>"
               "</div></body></html>",
               NULL, "2022-03-02");
    CHECK_DATE("<html><body>" BODY_P "</body></html>", "https://www.example.it/de/newsroom/23-01-2022-race-report/17.html",
               "2022-01-23");
    CHECK_DATE("<html><body>" BODY_P "</body></html>", "http://www.example.com/future/story/20120719-net-scares",
               "2012-07-19");
    /* a Wayback Machine time stamp (14 digits) is no date */
    CHECK_DATE("<html><body>" BODY_P "</body></html>", "https://web.archive.org/web/20120216182711/http://example.com/a",
               "(none)");
}

/* Comment sections: their dates are not the article's, except as the last
 * resort; "comments-date" names a post's date. */
static void test_comments(void)
{
    CHECK_DATE("<html><body><div>" BODY_P BODY_P BODY_P "<p>by Ann on December 29, 2010</p><div id=\"comments\">"
               "<p>by Bo on December 30, 2010 at 12:10 am.</p><p>by Cy on December 30, 2010 at 1:10 pm.</p></div>"
               "</div></body></html>",
               NULL, "2010-12-29");
    CHECK_DATE("<html><body><div>" BODY_P BODY_P BODY_P "<div class=\"comment-list\"><p>by Bo on December 30, "
               "2010 at 12:10 am.</p></div></div></body></html>",
               NULL, "2010-12-30");
    CHECK_DATE("<html><body><div class=\"post-meta-top\"><div id=\"wpcom-comments-date\"><span class=\"d\">"
               "<svg><g><path d=\"M12,4\"/></g></svg>August 30, 2017</span><a class=\"comments\" href=\"#r\">"
               "<svg><g><path d=\"M1,2\"/></g></svg>4 comments</a></div></div>" BODY_P "</body></html>",
               NULL, "2017-08-30");
    /* a comment's <time pubdate> is not the article's */
    CHECK_DATE("<html><body><article><p class=\"meta\">by Pearl on 10/18/2012</p>" BODY_P "</article>"
               "<ol class=\"commentlist\"><li>Gregg on <time pubdate datetime=\"2012-10-26T12:49:23+00:00\">"
               "10/26/2012</time></li></ol></body></html>",
               NULL, "2012-10-18");
    /* an opinion piece's header ("...Comment") is no comment section */
    CHECK_DATE("<html><body><article class=\"ArticleHeaderComment\"><h1>Why the ruling matters</h1>"
               "<div class=\"PublishDate\"><span>Dienstag,</span> <span>29. Januar 2019</span></div></article>"
               BODY_P "<blockquote><p>A post shared on <time datetime=\"2018-03-12T19:30:12+00:00\">Mar 12, 2018"
               "</time></p></blockquote></body></html>",
               NULL, "2019-01-29");
}

/* The published field of the first page of a one-record WARC fetched on
 * 2023-05-04, into buf. */
static const char *warc_published(const char *html, char *buf, size_t cap)
{
    char http[4096], rec[5120];
    int hn = snprintf(http, sizeof http, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n%s", html);
    int rn = snprintf(rec, sizeof rec,
                      "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                      "WARC-Date: 2023-05-04T10:11:12Z\r\nWARC-Target-URI: https://news.example.com/story\r\n"
                      "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
                      hn, http);
    buf[0] = 0;
    ng_reader_options o = {0};
    o.format = NG_FORMAT_AUTO;
    ng_reader *r;
    CHECK(ng_reader_open_mem(rec, (size_t)rn, "t.warc", &o, &r, NULL) == 0);
    ng_doc *d = NULL;
    ng_error err;
    CHECK(ng_reader_next(r, &d, &err) == 1);
    if (d) {
        CHECK(ng_process(bare, d) == 0);
        const char *pub = ng_doc_get(d, NG_FIELD_PUBLISHED);
        snprintf(buf, cap, "%s", pub ? pub : "(none)");
        ng_doc_free(d);
    }
    ng_reader_close(r);
    return buf;
}

/* A date more than a day after the crawl is not the publication. */
static void test_crawl_bound(void)
{
    char b[64];
    CHECK_EQ_STR(warc_published("<html><body><p class=\"date\">Concert on 10 June 2023</p>" BODY_P "</body></html>",
                                b, sizeof b),
                 "2023-05-04T10:11:12Z");
    CHECK_EQ_STR(warc_published("<html><body><p class=\"date\">3 May 2023</p>" BODY_P "</body></html>", b, sizeof b),
                 "2023-05-03");
    CHECK_EQ_STR(warc_published("<html><body><p class=\"date\">5 May 2023</p>" BODY_P "</body></html>", b, sizeof b),
                 "2023-05-05");
}

/* Seconds of CPU to process n copies of unit as a page without a date given. */
static double run_copies(const char *unit, size_t n)
{
    size_t ul = strlen(unit);
    char *big = malloc(n * ul + 1);
    if (!big)
        return 0;
    for (size_t i = 0; i < n; i++)
        memcpy(big + i * ul, unit, ul);
    big[n * ul] = 0;
    ng_doc *d;
    ng_doc_new(&d);
    ng_doc_set_html(d, big, n * ul);
    clock_t t0 = clock();
    int rc = ng_process(bare, d);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(rc == 0 || rc == NG_EEMPTY);
    ng_doc_free(d);
    free(big);
    return secs;
}

/* The date steps stay linear in page size on pathological pages (test_linear
 * gives its pages a date, so the date steps do not run there): 8x the input
 * may take at most ~24x the time (quadratic would be 64x). */
static void test_linear_dates(void)
{
    static const char *const units[] = {
        "<span class=\"date\">1 , </span>", "<div class=\"meta\">", "<div class=\"comments x\"><p>7 May 2020 ",
        "Published 1. Sept. ", "<p>3 March ", "<li>12.05.2021</li><li>13.05.2021</li>", "Letzte \xC3\x84nderung ",
        "<meta property=\"article:published_time\" content=\"2020-01-02T23:00:00Z\"><time datetime=\"2020-01-02\">",
        "<span class=\"date\"><span class=\"date\">x", "\xEC\x9E\x85 2023.11.",
    };
    for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
        size_t n = 400000 / strlen(units[u]);
        double t1 = run_copies(units[u], n / 8), t2 = run_copies(units[u], n);
        int ok = t2 < 20.0 && (t2 < 0.25 || t2 < 24 * (t1 > 0.01 ? t1 : 0.01));
        if (!ok)
            fprintf(stderr, "date unit %zu: %.3f s at 1x, %.3f s at 8x\n", u, t1, t2);
        CHECK(ok);
    }
}

/* Ambiguous slash dates: month first only on American English pages. */
static void test_slash_order(void)
{
    CHECK_DATE("<html><body><span class=\"date\">05/02/2020</span>" BODY_P "</body></html>",
               "https://www.example.com/story", "2020-05-02");
    CHECK_DATE("<html lang=\"en-US\"><body><span class=\"date\">05/02/2020</span>" BODY_P "</body></html>",
               "https://www.example.fr/story", "2020-05-02");
    CHECK_DATE("<html lang=\"fr\"><body><span class=\"date\">05/02/2020</span>" BODY_P "</body></html>",
               "https://www.example.com/story", "2020-02-05");
    CHECK_DATE("<html lang=\"en-GB\"><body><span class=\"date\">05/02/2020</span>" BODY_P "</body></html>",
               NULL, "2020-02-05");
    CHECK_DATE("<html lang=\"en\"><body><span class=\"date\">05/02/2020</span>" BODY_P "</body></html>",
               "https://www.example.co.uk/story", "2020-02-05");
    /* unambiguous ones are read either way */
    CHECK_DATE("<html lang=\"fr\"><body><span class=\"date\">12/25/2020</span>" BODY_P "</body></html>", NULL,
               "2020-12-25");
}

int main(void)
{
    ng_engine_options o = {0};
    o.data_dir = NG_DATA_DIR;
    o.flags = NG_ENGINE_NO_MODELS;
    ng_error err;
    if (ng_engine_open(&o, &bare, &err) != 0) {
        fprintf(stderr, "engine: %s\n", err.msg);
        return 1;
    }
    test_visible();
    test_ld_other_types();
    test_utc_local_day();
    test_order();
    test_digits_after_other_scripts();
    test_labelled_text_dates();
    test_labels_and_urls();
    test_comments();
    test_crawl_bound();
    test_slash_order();
    test_linear_dates();
    ng_engine_close(bare);
    TEST_MAIN_END();
}
