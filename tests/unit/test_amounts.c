/*
 * test_amounts.c -- money, percentages, multipliers and counts: values with
 * scales, ranges, approximators, objects, what is not an amount, and linear
 * time on pathological input.  All sentences are written for this test.
 */
#include "doc.h"
#include "engine.h"
#include "test.h"

#include <math.h>
#include <stdlib.h>
#include <time.h>

static ng_engine *eng;

/* text (with a headline when title is not NULL) through the text layer
 * and the amounts annotator. */
static ng_doc *run_titled(const char *title, const char *text)
{
    ng_doc *d;
    if (ng_doc_new(&d))
        return NULL;
    if ((title && ng_doc_set(d, NG_FIELD_TITLE, title, strlen(title))) || ng_doc_set_text(d, text, strlen(text)) ||
        ng_process(eng, d) || ng__annot_amounts(eng, d)) {
        fprintf(stderr, "processing failed for: %.60s\n", text);
        ng_doc_free(d);
        return NULL;
    }
    return d;
}

static ng_doc *run(const char *text) { return run_titled(NULL, text); }

static const ng_amount *find(const ng_doc *d, const char *s)
{
    for (size_t i = 0; d && i < d->amounts.n; i++) {
        const ng_amount *a = &d->amounts.v[i];
        if (a->end - a->start == strlen(s) && !memcmp(d->text + a->start, s, a->end - a->start))
            return a;
    }
    fprintf(stderr, "no amount \"%s\"\n", s);
    return NULL;
}

static int obj_is(const ng_doc *d, const ng_amount *a, const char *s)
{
    if (!a || !a->object_end)
        return s == NULL;
    return s && a->object_end - a->object_start == strlen(s) && !memcmp(d->text + a->object_start, s, strlen(s));
}

static int unit_is(const ng_amount *a, const char *u)
{
    return a && a->unit && u && !strcmp(a->unit, u);
}

/* Decimal values are the doubles their digits name, also scaled: "0.6%"
 * is 0.6 (not 6 * 0.1), "8.2bn" is 8200000000 (not 8199999999.999999),
 * and the record prints them so. */
static void test_decimal_values(void)
{
    ng_doc *d = run("Sales fell 0.6% in May. The deal is worth 8.2bn euros. Shares rose 14.87% to $1.2871, "
                    "and prices rose 0.7-0.8% a month.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_amount *a = find(d, "0.6%");
    CHECK(a && a->value == 0.6);
    a = find(d, "8.2bn euros");
    CHECK(a && a->value == 8.2e9);
    a = find(d, "14.87%");
    CHECK(a && a->value == 14.87);
    a = find(d, "$1.2871");
    CHECK(a && a->value == 1.2871);
    a = find(d, "0.7-0.8%");
    CHECK(a && a->is_range && a->value == 0.7 && a->value_hi == 0.8);
    char *json = NULL;
    size_t len;
    CHECK_EQ_INT(ng_doc_to_json(d, &json, &len), 0);
    CHECK(json && strstr(json, "\"value\":0.6,") != NULL);
    CHECK(json && strstr(json, "\"value\":8200000000,") != NULL);
    CHECK(json && strstr(json, "0000000001") == NULL);
    ng_free(json);
    ng_doc_free(d);
}

/* An object is what the amount is of, not when or where: "in the third
 * quarter", "in the first half", "in England" (a place mention that is the
 * whole phrase) are no objects; a time word before the head is
 * ("£200 in winter fuel payments"). */
static void test_object_not_time_or_place(void)
{
    ng_doc *d = run("The economy grew 3.7% in the third quarter. Its loss was 27.2m euros in the first half. "
                    "Pensioners get £200 in winter fuel payments. The average house price was £192,713 in England. "
                    "The board spent $5m in harbour repairs.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(obj_is(d, find(d, "3.7%"), "economy grew")); /* not the quarter: the subject of its verb */
    CHECK(obj_is(d, find(d, "27.2m euros"), "loss")); /* the subject of "was" (stop 22) */
    CHECK(obj_is(d, find(d, "£200"), "winter fuel payments"));
    CHECK(obj_is(d, find(d, "$5m"), "harbour repairs"));
    /* with the entities annotator's place mention */
    const char *p = strstr(d->text, "England");
    if (p) {
        ng_mention m = {(uint32_t)(p - d->text), (uint32_t)(p - d->text + 7), 0, 0, NG_ENT_LOC, -1};
        d->mentions.n = 0;
        CHECK(NG_VEC_PUSH(&d->arena, d->mentions, m) == 0);
    }
    CHECK(obj_is(d, find(d, "£192,713"), "England")); /* without it */
    d->amounts.n = 0;
    CHECK_EQ_INT(ng__annot_amounts(eng, d), 0);
    CHECK(obj_is(d, find(d, "£192,713"), "average house price")); /* not the place: the subject of "was" */
    ng_doc_free(d);
}

static void test_seeds(void)
{
    ng_doc *d = run("Washington has sent more than $100 billion in military aid. Europe pledged over "
                    "€35 billion of additional security assistance. Members will spend 5 percent of gross "
                    "domestic product on defence. The plan foresees a fivefold increase in air defenses.");
    CHECK(d != NULL);
    const ng_amount *a = find(d, "more than $100 billion");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 1e11 && unit_is(a, "USD") && a->approx &&
          !strcmp(a->approx, "over") && obj_is(d, a, "military aid"));
    a = find(d, "over €35 billion");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 3.5e10 && unit_is(a, "EUR") &&
          obj_is(d, a, "additional security assistance"));
    a = find(d, "5 percent");
    CHECK(a && a->kind == NG_AMT_PERCENT && a->value == 5 && unit_is(a, "percent") &&
          obj_is(d, a, "gross domestic product") && !a->approx);
    a = find(d, "fivefold");
    CHECK(a && a->kind == NG_AMT_MULTIPLIER && a->value == 5 && obj_is(d, a, "air defenses"));
    ng_doc_free(d);
}

/* Hyphenated number words at the lengths figures.c's tens_unit() scans:
 * a tens word of 5 and 7 letters, a unit of 3 and 5; other hyphenated
 * words give no number. */
static void test_hyphen_numbers(void)
{
    ng_doc *d = run("He paid seventy-three dollars, then forty-one dollars and sixty-six euros for a "
                    "well-known forty-year-old painting.");
    CHECK(d != NULL);
    const ng_amount *a = find(d, "seventy-three dollars");
    CHECK(a && a->value == 73 && unit_is(a, "USD"));
    a = find(d, "forty-one dollars");
    CHECK(a && a->value == 41 && unit_is(a, "USD"));
    a = find(d, "sixty-six euros");
    CHECK(a && a->value == 66 && unit_is(a, "EUR"));
    CHECK(d->amounts.n == 3);
    ng_doc_free(d);
}

/* A number token's marks, found by byte masks in tokens of up to 16 bytes
 * and by a loop in longer ones (number_at, not_an_amount): an en dash
 * range, a time of day, a dealer's quote, a hyphen range of 23 bytes. */
static void test_number_marks(void)
{
    ng_doc *d = run("Prices rose 3\u20135 pct by 10:30 and call money traded at 3.85/95 pct. "
                    "The fund holds 1,000,000-2,000,000,000 dlrs.");
    CHECK(d != NULL);
    const ng_amount *a = find(d, "3\u20135 pct");
    CHECK(a && a->kind == NG_AMT_PERCENT && a->is_range && a->value == 3 && a->value_hi == 5);
    CHECK(!find(d, "10:30"));
    a = find(d, "3.85/95 pct");
    CHECK(a && a->is_range && a->value == 3.85 && a->value_hi == 3.95);
    a = find(d, "1,000,000-2,000,000,000 dlrs");
    CHECK(a && a->kind == NG_AMT_MONEY && a->is_range && a->value == 1e6 && a->value_hi == 2e9);
    ng_doc_free(d);
}

static void test_forms(void)
{
    ng_doc *d = run("The fund holds 100bn roubles, £2.5m, US$40 million, EUR 3 billion and 7 million hryvnias. "
                    "It costs $3-5 billion, or between 2 and 3 million euros, about twenty-two dollars each. "
                    "Inflation hit 5%, then five per cent, then fell 1.5 percentage points; exports doubled "
                    "and imports grew three times faster. Kyiv asked for 12 Patriot systems over two decades.");
    CHECK(d != NULL);
    const ng_amount *a = find(d, "100bn roubles");
    CHECK(a && a->value == 1e11 && unit_is(a, "RUB"));
    a = find(d, "£2.5m");
    CHECK(a && a->value == 2.5e6 && unit_is(a, "GBP"));
    a = find(d, "US$40 million");
    CHECK(a && a->value == 4e7 && unit_is(a, "USD"));
    a = find(d, "EUR 3 billion");
    CHECK(a && a->value == 3e9 && unit_is(a, "EUR"));
    a = find(d, "7 million hryvnias");
    CHECK(a && a->value == 7e6 && unit_is(a, "UAH"));
    a = find(d, "$3-5 billion");
    CHECK(a && a->is_range && a->value == 3e9 && a->value_hi == 5e9);
    a = find(d, "between 2 and 3 million euros");
    CHECK(a && a->is_range && a->value == 2e6 && a->value_hi == 3e6 && unit_is(a, "EUR"));
    a = find(d, "about twenty-two dollars");
    CHECK(a && a->value == 22 && unit_is(a, "USD") && a->approx && !strcmp(a->approx, "about"));
    a = find(d, "5%");
    CHECK(a && a->kind == NG_AMT_PERCENT && a->value == 5);
    a = find(d, "five per cent");
    CHECK(a && a->kind == NG_AMT_PERCENT && a->value == 5);
    ng_doc *d2 = run("Growth was between 2% and 3%, or 5% to 7% of output.");
    const ng_amount *r = find(d2, "between 2% and 3%");
    CHECK(r && r->kind == NG_AMT_PERCENT && r->is_range && r->value == 2 && r->value_hi == 3);
    r = find(d2, "5% to 7%");
    CHECK(r && r->is_range && r->value == 5 && r->value_hi == 7 && obj_is(d2, r, "output"));
    ng_doc_free(d2);
    a = find(d, "1.5 percentage points");
    CHECK(a && unit_is(a, "percentage points") && a->value == 1.5);
    a = find(d, "doubled");
    CHECK(a && a->kind == NG_AMT_MULTIPLIER && a->value == 2);
    a = find(d, "three times");
    CHECK(a && a->kind == NG_AMT_MULTIPLIER && a->value == 3);
    a = find(d, "12 Patriot systems");
    CHECK(a && a->kind == NG_AMT_COUNT && a->value == 12 && unit_is(a, "systems"));
    a = find(d, "over two decades");
    CHECK(a && a->kind == NG_AMT_COUNT && a->value == 2 && unit_is(a, "decades") && !strcmp(a->approx, "over"));
    ng_doc_free(d);
}

/* Wire copy's currency words: "dlrs"/"dlr" are dollars (of the country an
 * adjective names), "stg" sterling, "cts" cents; "for qtr" is no object;
 * its fractions ("14-1/2 pct", "3/8 dlr") are numbers. */
static void test_wire_currencies(void)
{
    ng_doc *d = run("Kerrin Corp earned 5.3 mln dlrs, or 1.20 dlrs a share, in the year. It sold a 50 mln dlr "
                    "issue, 30 mln Canadian dlrs of notes and 12 mln stg of bills. It lost 284,000 dlrs for qtr.");
    CHECK(d != NULL);
    const ng_amount *a = find(d, "5.3 mln dlrs");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 5.3e6 && unit_is(a, "USD"));
    a = find(d, "1.20 dlrs");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 1.2 && unit_is(a, "USD"));
    a = find(d, "50 mln dlr");
    CHECK(a && a->kind == NG_AMT_MONEY && unit_is(a, "USD") && obj_is(d, a, "issue"));
    a = find(d, "30 mln Canadian dlrs");
    CHECK(a && a->kind == NG_AMT_MONEY && unit_is(a, "CAD") && obj_is(d, a, "notes"));
    a = find(d, "12 mln stg");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 1.2e7 && unit_is(a, "GBP") && obj_is(d, a, "bills"));
    a = find(d, "284,000 dlrs");
    CHECK(a && a->kind == NG_AMT_MONEY && obj_is(d, a, NULL));
    ng_doc_free(d);
    /* wire copy's fractions: "14-1/2 pct", "3/8 dlr"; not a date or a season */
    d = run("The notes carry a 9-3/4 pct coupon and were priced at 101-3/8 pct. It raised 1-1/2 billion dlrs "
            "and its shares fell 3/8 dlr to 12-1/2 dlrs. The 1986/87 season had 12/25 prices and 3/7 rules.");
    CHECK(d != NULL);
    a = find(d, "9-3/4 pct");
    CHECK(a && a->kind == NG_AMT_PERCENT && a->value == 9.75 && obj_is(d, a, "coupon"));
    a = find(d, "101-3/8 pct");
    CHECK(a && a->kind == NG_AMT_PERCENT && a->value == 101.375);
    a = find(d, "1-1/2 billion dlrs");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 1.5e9 && unit_is(a, "USD"));
    a = find(d, "3/8 dlr");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 0.375);
    a = find(d, "12-1/2 dlrs");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 12.5);
    CHECK(!find(d, "12/25 prices") && !find(d, "3/7 rules") && !find(d, "1986/87 season"));
    ng_doc_free(d);
    /* an accounting item before a chain of prepositional phrases */
    d = run("Net includes a gain on sale of idle facilities of 406,000 dlrs. Kerrin reported a loss from "
            "continuing operations of 2.5 mln dlrs. It earned 3 mln dlrs on revenues of 71 mln dlrs.");
    CHECK(d != NULL);
    CHECK(obj_is(d, find(d, "406,000 dlrs"), "gain on sale of idle facilities"));
    CHECK(obj_is(d, find(d, "2.5 mln dlrs"), "loss from continuing operations"));
    CHECK(obj_is(d, find(d, "71 mln dlrs"), "revenues"));
    ng_doc_free(d);
    d = run("Net profit rose to 23 cts a share from 9 cts.");
    CHECK(d != NULL);
    a = find(d, "23 cts");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 0.23 && unit_is(a, "USD"));
    a = find(d, "9 cts");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 0.09 && unit_is(a, "USD"));
    ng_doc_free(d);
}

/* Years, dates, ordinals, times and numbered things are not amounts. */
static void test_not_amounts(void)
{
    ng_doc *d = run("In 2025 the summit opened on 24 June at 10:30 and on June 25. "
                    "The third round and the 2nd vote followed resolution 2334 and a 45-year-old man.");
    CHECK(d != NULL);
    CHECK_EQ_INT(d->amounts.n, 0);
    for (size_t i = 0; d && i < d->amounts.n; i++)
        fprintf(stderr, "unexpected amount: %.*s\n", (int)(d->amounts.v[i].end - d->amounts.v[i].start),
                d->text + d->amounts.v[i].start);
    ng_doc_free(d);
}

/* A year is four digits: "2.31" (1831 read digit by digit with its point
 * as a digit) is a figure, so "Shr 2.31 dlrs vs 1.96 dlrs", "2.05%" and
 * "2.00 dlrs" are amounts, while "in 1990" and "2025" stay years
 * (amounts18). */
static void test_decimal_not_year(void)
{
    ng_doc *d = run("Shr 2.31 dlrs vs 1.96 dlrs. It was 2.00 dlrs. Sales rose 2.05% in 1990.");
    const ng_amount *a = find(d, "2.31 dlrs");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 2.31 && unit_is(a, "USD"));
    CHECK(find(d, "1.96 dlrs") != NULL);
    a = find(d, "2.00 dlrs");
    CHECK(a && a->value == 2);
    a = find(d, "2.05%");
    CHECK(a && a->kind == NG_AMT_PERCENT && a->value == 2.05);
    CHECK_EQ_INT(d ? d->amounts.n : 0, 4);
    ng_doc_free(d);
}

/* A figure and its unit broken over two lines stay one sentence and one
 * amount ("was 13\npct complete", "of 299,000\ndlrs in quarter", "3.6\nmln
 * dlrs"), but a table's next, indented row is no unit ("vs 627,000\n
 * revs 32.4 mln") (amounts18). */
static void test_unit_on_next_line(void)
{
    ng_doc *d = run("Brazil's soybean harvest was 13\npct complete by March 20.\n"
                    "It had tax credits of 299,000\ndlrs in quarter and a loss of 3.6\nmln dlrs.\n");
    const ng_amount *a = find(d, "13\npct");
    CHECK(a && a->kind == NG_AMT_PERCENT && a->value == 13);
    a = find(d, "299,000\ndlrs");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 299000);
    a = find(d, "3.6\nmln dlrs");
    CHECK(a && a->value == 3600000);
    ng_doc_free(d);
    d = run("Net 315,000 vs 627,000\n    revs 32.4 mln vs 24.6 mln\n");
    for (size_t i = 0; d && i < d->amounts.n; i++)
        CHECK(d->amounts.v[i].kind != NG_AMT_COUNT);
    ng_doc_free(d);
}

/* Wire copy's country abbreviations before a currency word, which it
 * capitalises after the period: "N.Z. Dlrs", "H.K. Dlr", "H.K. Cents",
 * "U.S. Cts" (a capitalised "Cent" is still a name: "50 Cent")
 * (amounts18). */
static void test_abbreviated_country_currency(void)
{
    ng_doc *d = run("Reserves fell to 7.15 billion N.Z. Dlrs in January. It placed a 164 mln H.K. Dlr order. "
                    "Shr 46.5 H.K. Cents vs 29.3. The rand rose to 49 U.S. Cts.");
    const ng_amount *a = find(d, "7.15 billion N.Z. Dlrs");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 7.15e9 && unit_is(a, "NZD"));
    a = find(d, "164 mln H.K. Dlr");
    CHECK(a && a->value == 164e6 && unit_is(a, "HKD"));
    a = find(d, "46.5 H.K. Cents");
    CHECK(a && a->value == 0.465 && unit_is(a, "HKD"));
    a = find(d, "49 U.S. Cts");
    CHECK(a && a->value == 0.49 && unit_is(a, "USD"));
    ng_doc_free(d);
    d = run("She bought 50 Cent albums.");
    for (size_t i = 0; d && i < d->amounts.n; i++)
        CHECK(d->amounts.v[i].kind != NG_AMT_MONEY);
    ng_doc_free(d);
}

/* A unit glued by a hyphen to the word it makes: "90 pct-owned" is 90
 * percent (no count of "goldfields"), "a 34 dlr-a-share bid" 34 dollars;
 * the amount ends at its unit; "percentage-point" is none of them
 * (amounts18). */
static void test_glued_unit(void)
{
    ng_doc *d = run("Its 70 pct-owned Teberebie Goldfields Ltd venture got land. Harper received a 34 dlr-a-share bid.");
    const ng_amount *a = find(d, "70 pct");
    CHECK(a && a->kind == NG_AMT_PERCENT && a->value == 70 && unit_is(a, "percent"));
    a = find(d, "34 dlr");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 34 && unit_is(a, "USD"));
    CHECK_EQ_INT(d ? d->amounts.n : 0, 2);
    ng_doc_free(d);
}

/* Whole pence glued to the figure: "873p" is 8.73 pounds as "325.5p" is,
 * also ending a sentence ("close of 457p." is no page abbreviation: the
 * sentence ends there) (amounts19). */
static void test_glued_pence(void)
{
    ng_doc *d = run("Norcros shares firmed 30p to 873p, up from last night's close of 457p. Dealers said the bid "
                    "was 26.6p. Traders were calm.");
    const ng_amount *a = find(d, "873p");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 8.73 && unit_is(a, "GBP"));
    a = find(d, "30p");
    CHECK(a && a->value == 0.3 && unit_is(a, "GBP"));
    a = find(d, "457p");
    CHECK(a && a->value == 4.57);
    CHECK(find(d, "26.6p") != NULL);
    CHECK_EQ_INT(d ? (int)d->sents.n : 0, 3);
    ng_doc_free(d);
}

/* A dealer's quote, bid and offered: "3.85/95 pct" is 3.85 to 3.95
 * percent, "151.50/60 yen", "1.5798/808 dlrs", "4.50/43 pct" (offered
 * below bid), "13.75/14.00 pct"; a date "5/14/82" or a season "1986/87"
 * stays none (amounts19). */
static void test_quote_pairs(void)
{
    ng_doc *d = run("Call money traded at 3.85/95 pct and the dollar closed at 151.50/60 yen. The pound rose to "
                    "1.5798/808 dlrs, with the 4.50/43 pct rate and 13.75/14.00 pct. Wheat entered after 5/14/82 "
                    "in the 1986/87 season.");
    const ng_amount *a = find(d, "3.85/95 pct");
    CHECK(a && a->kind == NG_AMT_PERCENT && a->value == 3.85 && a->value_hi == 3.95);
    a = find(d, "151.50/60 yen");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 151.5 && a->value_hi == 151.6 && unit_is(a, "JPY"));
    a = find(d, "1.5798/808 dlrs");
    CHECK(a && a->value == 1.5798 && a->value_hi == 1.5808);
    a = find(d, "4.50/43 pct");
    CHECK(a && a->value == 4.43 && a->value_hi == 4.5);
    a = find(d, "13.75/14.00 pct");
    CHECK(a && a->value == 13.75 && a->value_hi == 14);
    CHECK_EQ_INT(d ? d->amounts.n : 0, 5);
    ng_doc_free(d);
}

/* A unit glued to the figure by a hyphen, the pair a modifier: "a 15-pct
 * stake", "a 25-dlr offer", "a 13-cent dividend", "a 28-dlr-per-share
 * offer" (to its unit); "a 45-year-old", "a 200-pound man", "a
 * 3-percentage-point lead" stay none (amounts19). */
static void test_hyphen_unit(void)
{
    ng_doc *d = run("KLM took a 15-pct stake. He called the 25-dlr offer by Mark IV fair and Cathay paid a 13-cent dividend "
                    "after a 28-dlr-per-share offer. A 45-year-old, 200-pound man had a 3-percentage-point lead.");
    const ng_amount *a = find(d, "15-pct");
    CHECK(a && a->kind == NG_AMT_PERCENT && a->value == 15);
    a = find(d, "25-dlr");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 25 && unit_is(a, "USD") && obj_is(d, a, "offer"));
    a = find(d, "13-cent");
    CHECK(a && a->value == 0.13 && unit_is(a, "USD"));
    CHECK(find(d, "28-dlr") != NULL);
    CHECK_EQ_INT(d ? d->amounts.n : 0, 4);
    ng_doc_free(d);
}

/* Wire copy's singular "mark" after a scaled figure before its noun is
 * money: "a 78 mln mark order", "a 6.85 billion mark surplus"; a milestone
 * ends there or goes on with a function or time word: "the 100 mln
 * mark.", "the 2 mln mark for the first time", "the 1 mln mark last
 * year" (amounts19). */
static void test_mark_modifier(void)
{
    ng_doc *d = run("Borsig won a 78 mln mark order for 5 mln dlrs and Bonn had a 6.85 billion mark surplus. The "
                    "Dow broke the 100 mln mark. Sales topped the 1 mln mark last year and the 2 mln mark for the "
                    "first time.");
    const ng_amount *a = find(d, "78 mln mark");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 78e6 && unit_is(a, "DEM") && obj_is(d, a, "order"));
    a = find(d, "6.85 billion mark");
    CHECK(a && a->value == 6.85e9 && obj_is(d, a, "surplus"));
    CHECK_EQ_INT(d ? d->amounts.n : 0, 3);
    ng_doc_free(d);
}

/* Thirds after a whole number: "a 33-1/3 pct stock dividend", "8-1/3
 * cts"; a bare "1/3" stays none (amounts19). */
static void test_thirds(void)
{
    ng_doc *d = run("It declared a 33-1/3 pct stock dividend after 8-1/3 cts. The stock trades at 1/3 its value.");
    const ng_amount *a = find(d, "33-1/3 pct");
    CHECK(a && a->kind == NG_AMT_PERCENT && fabs(a->value - 100.0 / 3) < 1e-9);
    a = find(d, "8-1/3 cts");
    CHECK(a && a->kind == NG_AMT_MONEY && fabs(a->value - 0.25 / 3) < 1e-9);
    CHECK_EQ_INT(d ? d->amounts.n : 0, 2);
    ng_doc_free(d);
}

/* A verb of showing after "to" is no part of the noun before "of":
 * "expect the firm to show earnings of ..." → "earnings" (amounts19). */
static void test_to_show_object(void)
{
    ng_doc *d = run("Analysts expect the airline to show net earnings of 1.1 billion dlrs.");
    const ng_amount *a = find(d, "1.1 billion dlrs");
    CHECK(obj_is(d, a, "net earnings"));
    ng_doc_free(d);
}

/* A price a unit with a slash: "17.85 dlrs/bbl", "25 cts/bbl", "31
 * cts/shr" (the amount ends at its unit); "1.60 stg/dlr" is no such
 * price (amounts19). */
static void test_per_unit(void)
{
    ng_doc *d = run("Sun raised Light Louisiana Sweet to 17.85 dlrs/bbl, up 25 cts/bbl, or 31 cts/shr.");
    const ng_amount *a = find(d, "17.85 dlrs");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 17.85 && unit_is(a, "USD"));
    a = find(d, "25 cts");
    CHECK(a && a->value == 0.25 && unit_is(a, "USD"));
    a = find(d, "31 cts");
    CHECK(a && a->value == 0.31);
    ng_doc_free(d);
}

/* Wire copy's money modifiers joined by hyphens: "a 350-mln-dlr loan",
 * "a 2.2 billion-dlr offer", "a 500-mln dlr fund" (a hyphen glued to the
 * figure otherwise makes no amount: "a 45-year-old man") (amounts18). */
static void test_hyphen_dollars(void)
{
    ng_doc *d = run("The senators cited a 350-mln-dlr World Bank loan, a 2.2 billion-dlr offer and a 500-mln dlr fund "
                    "for a 45-year-old man.");
    const ng_amount *a = find(d, "350-mln-dlr");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 350e6 && unit_is(a, "USD"));
    a = find(d, "2.2 billion-dlr");
    CHECK(a && a->value == 2.2e9);
    a = find(d, "500-mln dlr");
    CHECK(a && a->value == 500e6);
    CHECK_EQ_INT(d ? d->amounts.n : 0, 3);
    ng_doc_free(d);
}

/* A cut by an average, also with no article, and the passive's subject:
 * "M&S cuts prices by average of 24%" → "cuts prices", "their prices have
 * been cut by an average of £40" → "prices", "Truancy has been reduced by
 * 5%" → "Truancy" (amounts18). */
static void test_cut_average_passive(void)
{
    ng_doc *d = run("M&S cuts prices by average of 24%. Their prices have been cut by an average of £40. "
                    "Truancy has been reduced by 5% at the schools.");
    const ng_amount *a = find(d, "24%");
    CHECK(obj_is(d, a, "cuts prices"));
    a = find(d, "£40");
    CHECK(obj_is(d, a, "prices"));
    a = find(d, "5%");
    CHECK(obj_is(d, a, "Truancy"));
    ng_doc_free(d);
}

/* A fine of "X and its Y" is of both, over "each": "Tallink and its former
 * chief executive Ann Berg were each fined 1m euros" (amounts18). */
static void test_and_its_each(void)
{
    ng_doc *d = run("In December, Tallink and its former chief executive Ann Berg were each fined 1m euros by AMF.");
    const ng_amount *a = find(d, "1m euros");
    CHECK(obj_is(d, a, "Tallink and its former chief executive Ann Berg were each fined"));
    ng_doc_free(d);
}

/* Cents and pence are hundredths of the currency: "40 euro cents" is 0.40
 * EUR, "32 cents" 0.32 USD, "64 pence" and "325.5p" pounds; "50 Cent" is
 * a name. */
static void test_minor_units(void)
{
    ng_doc *d = run("The brewer raised its dividend to 40 euro cents. Crude fell 32 cents to $51. "
                    "Harbour Line shares rose 64 pence to 325.5p, and the rapper 50 Cent sang.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_amount *a = find(d, "40 euro cents");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 0.4 && unit_is(a, "EUR"));
    a = find(d, "32 cents");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 0.32 && unit_is(a, "USD"));
    a = find(d, "64 pence");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 0.64 && unit_is(a, "GBP"));
    a = find(d, "325.5p");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 3.255 && unit_is(a, "GBP"));
    for (size_t i = 0; i < d->amounts.n; i++)
        CHECK(d->amounts.v[i].value != 50 && d->amounts.v[i].value != 0.5);
    ng_doc_free(d);
}

/* A number word with a capital after another word names something ("the
 * Six Nations", "League Two leaders"); a count is never of one thing
 * ("one thing leads to another"); a fraction counts units ("16.29
 * points", "9.87 seconds") but not things ("2.5 children"). */
static void test_names_one_fractions(void)
{
    ng_doc *d = run("Wales won the Six Nations and League Two leaders Harbour City lost Saturday's Four Bridges race. "
                    "He hoped one thing leads to another. The index fell 16.29 points and she ran 9.87 seconds. "
                    "The average family has 2.5 children. Three boys and twelve girls sang.");
    CHECK(d != NULL);
    if (!d)
        return;
    for (size_t i = 0; i < d->amounts.n; i++) {
        const ng_amount *a = &d->amounts.v[i];
        CHECK(a->value != 6 && a->value != 2 && a->value != 1 && a->value != 2.5 && a->value != 4);
    }
    const ng_amount *a = find(d, "16.29 points");
    CHECK(a && a->kind == NG_AMT_COUNT && a->value == 16.29 && unit_is(a, "points"));
    a = find(d, "9.87 seconds");
    CHECK(a && a->value == 9.87);
    CHECK(find(d, "Three boys") != NULL); /* a capital that opens the sentence */
    CHECK(find(d, "twelve girls") != NULL);
    ng_doc_free(d);
}

/* "as much as", "as many as", "as high as" are "up to". */
static void test_as_much_as(void)
{
    ng_doc *d = run("Prices could rise by as much as 4.5% and the plant may cut as many as 700 jobs.");
    CHECK(d != NULL);
    const ng_amount *a = find(d, "as much as 4.5%");
    CHECK(a && a->value == 4.5 && a->approx && !strcmp(a->approx, "up to"));
    a = find(d, "as many as 700 jobs");
    CHECK(a && a->value == 700 && a->approx && !strcmp(a->approx, "up to"));
    ng_doc_free(d);
}

/* A count is of its noun: a phrase after "in", "for" or "on" is where,
 * why or for whom ("two years in prison", "2,000 adults for the Gazette"),
 * while "of" may say what the units hold ("5 million tonnes of grain"). */
static void test_count_objects(void)
{
    ng_doc *d = run("The judge gave him two years in prison. The Gazette polled 2,000 adults for its Sunday "
                    "edition. The port ships 5 million tonnes of grain a year.");
    CHECK(d != NULL);
    CHECK(obj_is(d, find(d, "two years"), NULL));
    CHECK(obj_is(d, find(d, "2,000 adults"), NULL));
    CHECK(obj_is(d, find(d, "5 million tonnes"), "grain"));
    ng_doc_free(d);
}

/* An object phrase cut short by a number, a month or a weekday is a time
 * or a list, not what the amount is of. */
static void test_object_cut_by_number(void)
{
    ng_doc *d = run("Growth averaged 6-7% in the past three years. Output will grow 2.8% in both 2005 and 2006. "
                    "The shares were down 8% in late Tuesday trading.");
    CHECK(d != NULL);
    CHECK(obj_is(d, find(d, "6-7%"), "Growth")); /* not the years: the subject of "averaged" (stop 23) */
    CHECK(obj_is(d, find(d, "2.8%"), "Output will grow")); /* not the years: the subject of its verb */
    CHECK(obj_is(d, find(d, "8%"), "shares were down"));
    ng_doc_free(d);
}

/* A figure before its noun after an article or a possessive: the noun is
 * the object ("a $4bn deal"), with its "of" phrase; after a word of
 * change or share, the phrase after its "in" or "of" ("a 10% rise in
 * ticket sales"), none alone ("a 4% gain"); none for "the $50 mark"; a
 * participle or a clause ends the noun. */
static void test_object_before_noun(void)
{
    ng_doc *d = run("The ferry firm signed a $4bn deal with the port. Harbour Line bought a 25% stake in the "
                    "ferry firm. It reported a 10% rise in ticket sales and a 4% gain. Oil passed the $50 mark. "
                    "The £20m cost of the bridge and a £3m payment expected by few were paid. "
                    "The council's £5m plan was dearer than the $2m deal Harbour Line signed.");
    CHECK(d != NULL);
    CHECK(obj_is(d, find(d, "$4bn"), "deal"));
    CHECK(obj_is(d, find(d, "25%"), "ferry firm"));
    CHECK(obj_is(d, find(d, "10%"), "ticket sales"));
    CHECK(obj_is(d, find(d, "4%"), NULL));
    CHECK(obj_is(d, find(d, "$50"), NULL));
    CHECK(obj_is(d, find(d, "£20m"), "cost of the bridge"));
    CHECK(obj_is(d, find(d, "£3m"), "payment"));
    CHECK(obj_is(d, find(d, "£5m"), "plan"));
    CHECK(obj_is(d, find(d, "$2m"), "deal"));
    ng_doc_free(d);
}

/* A verb after a plural noun ends an object: "of readers use", "of
 * ferries delivered". */
static void test_object_ends_at_verb(void)
{
    ng_doc *d = run("About 44% of readers use one paper, 90% of islanders own a boat and 30% of ferries delivered "
                    "abroad were late.");
    CHECK(d != NULL);
    CHECK(obj_is(d, find(d, "About 44%"), "readers"));
    CHECK(obj_is(d, find(d, "90%"), "islanders"));
    CHECK(obj_is(d, find(d, "30%"), "ferries"));
    ng_doc_free(d);
}

/* The subject of a verb of change is what a percentage measures, with its
 * verb ("Harbour fares rose by 8%": "Harbour fares rose"; a share of the
 * same thing stays apart: "37 percent of the cost"); a verb of multiplying
 * takes its subject, its object or the noun it modifies. */
static void test_object_of_change(void)
{
    ng_doc *d = run("Harbour fares rose by 8% in May. The ministry said the cost of the new pier could rise by 20 percent. "
                    "The bank lends 37 percent of the cost. Demand for ferry tickets in the region would double. "
                    "The board hopes to double the number of boats. The port boasts doubled profits. "
                    "It rose 5%. The deal would cut ferry fares in the region by up to 15 percent.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(obj_is(d, find(d, "8%"), "Harbour fares rose"));
    CHECK(obj_is(d, find(d, "20 percent"), "cost of the new pier could rise"));
    CHECK(obj_is(d, find(d, "37 percent"), "cost"));
    CHECK(obj_is(d, find(d, "double"), "Demand for ferry tickets in the region"));
    const ng_amount *a = NULL;
    for (size_t i = 0; i < d->amounts.n; i++)
        if (d->amounts.v[i].kind == NG_AMT_MULTIPLIER && d->amounts.v[i].start > 200 && !a)
            a = &d->amounts.v[i];
    CHECK(a && obj_is(d, a, "number of boats"));
    CHECK(obj_is(d, find(d, "doubled"), "profits"));
    a = find(d, "5%");
    CHECK(a && a->object_end == 0); /* a pronoun is no object */
    CHECK(obj_is(d, find(d, "up to 15 percent"), "cut ferry fares in the region")); /* a verb's object */
    ng_doc_free(d);
}

/* Stop 22, from the first three samples' null objects: the noun before
 * "of" ("placed a bet of £870", "a record profit in 2004 of 30.6bn yen"; not
 * a quantity, a change or a bare estimate), the subject of "to be" or of a
 * verb of level or price ("Growth was 1.1%", "a deal valued at $4bn", "the
 * plan will cost £5bn"; not a subject cut by a number or a quantifier, nor
 * a verb's), and a conversion in brackets takes its amount's object. */
static void test_object_of_noun_level_conversion(void)
{
    ng_doc *d = run("One punter placed a bet of £870 on the ferry. Despite a record profit in 2004 of 30.6bn yen, the "
                    "yard is late. The port handled an average of 5% more boats. They saw a rise of 6% last year. An "
                    "earlier estimate of 1.7% was wrong. Growth was 1.1% in 2004. The pier is in a deal valued at $4bn "
                    "with the town. The new plan will cost £5bn. Net income in the last quarter was $7m. The boat is "
                    "thought to have cost $15m. The yard would have annual sales of $32bn (£16.7bn; 24.1bn euros). "
                    "Figures showed harbour fees fell by 3%. The growth target this year is 7 pct. It sold 20 day tranches of 320 mln francs. Prices "
                    "rose, with inflation seen rising 6 pct. Harbour revenues grew 6.4% to $42.09bn. Ferry shares fell "
                    "to $8. Net profit in the six months rose 28% to A$458.4m. Spending has pushed the port deficit to "
                    "a record $427m. The reforms should push down the jobless rate to 4.5%. The board kept harbour "
                    "dues steady at 3.25%.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(obj_is(d, find(d, "£870"), "bet"));
    CHECK(obj_is(d, find(d, "30.6bn yen"), "record profit"));
    CHECK(obj_is(d, find(d, "5%"), "boats")); /* not "average": "5% more boats" (stop 23) */
    CHECK(obj_is(d, find(d, "6%"), NULL));
    CHECK(obj_is(d, find(d, "1.7%"), NULL));
    CHECK(obj_is(d, find(d, "1.1%"), "Growth"));
    CHECK(obj_is(d, find(d, "$4bn"), "deal"));
    CHECK(obj_is(d, find(d, "£5bn"), "new plan"));
    CHECK(obj_is(d, find(d, "$7m"), NULL));
    CHECK(obj_is(d, find(d, "$15m"), NULL));
    CHECK(obj_is(d, find(d, "$32bn"), "annual sales"));
    CHECK(obj_is(d, find(d, "£16.7bn"), "annual sales"));
    CHECK(obj_is(d, find(d, "24.1bn euros"), "annual sales"));
    CHECK(obj_is(d, find(d, "3%"), "harbour fees fell"));
    CHECK(obj_is(d, find(d, "7 pct"), "growth target this year")); /* not "year" (objects8: over "this year") */
    CHECK(obj_is(d, find(d, "320 mln francs"), NULL));
    CHECK(obj_is(d, find(d, "6 pct"), "inflation seen rising"));
    CHECK(obj_is(d, find(d, "$42.09bn"), "Harbour revenues")); /* the level a change reaches */
    CHECK(obj_is(d, find(d, "$8"), "Ferry shares"));
    CHECK(obj_is(d, find(d, "A$458.4m"), "Net profit in the six months")); /* not "months" (objects8: over the time phrase) */
    CHECK(obj_is(d, find(d, "$427m"), "port deficit")); /* what a verb takes to the amount */
    CHECK(obj_is(d, find(d, "4.5%"), "jobless rate"));
    CHECK(obj_is(d, find(d, "3.25%"), "harbour dues"));
    ng_doc_free(d);
}

/* Read from the second sample: "at least" and "at most" are approximators
 * (the span takes in "at"); an approximator before a multiplier ("almost
 * double"); a conversion in brackets does not hide the object ("the $325m
 * (£170m) contract", "$717m (£379m) in relief"); "Australian dollars" are
 * AUD; "the 400m mark" is no Deutsche Mark; "previous" is no plural; a
 * single digit after a capitalised word ends a name ("Radio 2"). */
static void test_second_sample_forms(void)
{
    ng_doc *d = run("The trust owns at least 30% of the ferry firm and at most 5 boats. Spending will almost double. "
                    "It left the $325m (£170m) contract and gave $717m (£379m) in harbour relief. "
                    "Profit was 1.33bn Australian dollars. She ran the 400m mark. He won four previous elections.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_amount *a = find(d, "at least 30%");
    CHECK(a && a->approx && !strcmp(a->approx, "at least") && obj_is(d, a, "ferry firm"));
    a = find(d, "at most 5 boats");
    CHECK(a && a->approx && !strcmp(a->approx, "at most"));
    a = find(d, "almost double");
    CHECK(a && a->kind == NG_AMT_MULTIPLIER && a->value == 2 && a->approx && !strcmp(a->approx, "nearly"));
    CHECK(obj_is(d, find(d, "$325m"), "contract"));
    CHECK(obj_is(d, find(d, "$717m"), "harbour relief"));
    a = find(d, "1.33bn Australian dollars");
    CHECK(a && a->kind == NG_AMT_MONEY && unit_is(a, "AUD") && a->value == 1.33e9);
    for (size_t i = 0; i < d->amounts.n; i++)
        CHECK(!d->amounts.v[i].unit || strcmp(d->amounts.v[i].unit, "DEM"));
    a = find(d, "four previous elections");
    CHECK(a && unit_is(a, "elections") && obj_is(d, a, "previous elections"));
    ng_doc_free(d);
    /* "double", "triple" as adjectives and nouns are no multipliers */
    d = run("The double Olympic champion won the triple jump and the Olympic middle-distance double. "
            "Ferry fares will double from May, trips could triple and the fleet may double the crossings.");
    CHECK(d != NULL);
    if (!d)
        return;
    size_t nm = 0;
    for (size_t i = 0; i < d->amounts.n; i++)
        nm += d->amounts.v[i].kind == NG_AMT_MULTIPLIER;
    CHECK_EQ_INT((int)nm, 3);
    const char *tw = strstr(d->text, "double from");
    CHECK(tw && d->amounts.n && d->amounts.v[0].start == (uint32_t)(tw - d->text));
    ng_doc_free(d);
    /* a single digit after a capitalised word ends a name */
    d = run("The vote by Harbour Radio 2 listeners was close, and 7 boats sailed past Pier 4 lights.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(find(d, "7 boats") != NULL);
    for (size_t i = 0; i < d->amounts.n; i++)
        CHECK(d->amounts.v[i].value != 2 && d->amounts.v[i].value != 4);
    ng_doc_free(d);
}

/* Read from the third sample: after a verb of change "A to B" is a change
 * and a level, no range ("fell $2.86 to $41.32"), while "an 8%-10% rise"
 * is one; a counted acronym keeps its case ("PSPs"); the modal "may" does
 * not cut an object as the month would; "furious" is no plural. */
static void test_third_sample_forms(void)
{
    ng_doc *d = run("Ferry shares fell $2.86 to $41.32 after an 8%-10% rise, and fares rose 3% to 5% of income. "
                    "The harbour sold two PSPs. As much as 1% of annual growth may be lost after 4 hours of furious "
                    "trading.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_amount *a = find(d, "$2.86");
    CHECK(a && !a->is_range && a->value == 2.86);
    CHECK(find(d, "$41.32") != NULL);
    a = find(d, "8%-10%");
    CHECK(a && a->is_range && a->value == 8 && a->value_hi == 10);
    a = find(d, "3%");
    CHECK(a && !a->is_range);
    a = find(d, "two PSPs");
    CHECK(a && unit_is(a, "PSPs"));
    CHECK(obj_is(d, find(d, "As much as 1%"), "annual growth"));
    CHECK(obj_is(d, find(d, "4 hours"), "furious trading"));
    ng_doc_free(d);
}

/* Rows of a sentence, an amount in it and the object it should have (NULL:
 * none); a failing row is named on standard error. */
typedef struct {
    const char *text, *amount, *object;
} obj_row;

static void check_objects(const obj_row *t, size_t n, const char *what)
{
    for (size_t k = 0; k < n; k++) {
        ng_doc *d = run(t[k].text);
        CHECK(d != NULL);
        const ng_amount *a = find(d, t[k].amount);
        if (!obj_is(d, a, t[k].object))
            fprintf(stderr, "%s, row %zu: \"%s\"\n", what, k, t[k].text);
        CHECK(a && obj_is(d, a, t[k].object));
        ng_doc_free(d);
    }
}

/* Stop 23's objects, one sentence a rule: a possessive or a quote before
 * "by"; "averaged"; a phrase ends at an approximator; "an hour's worth of
 * X"; no gerund; a percentage before its noun with no determiner (and
 * none before a verb or adjective); "in real terms" and "in the period"
 * are no object; "of those questioned"; the noun a relative clause is
 * about; an amount compared with the one before it; a subject before
 * dashes, over "with", after "by a strong", over "(GDP)"; "yesterday" and
 * "in half" left out; nouns before a word of change (not a stake); a
 * figure after "its planned"; "another 25%" of the group named before. */
static void test_stop23_objects(void)
{
    static const obj_row t[] = {
        {"The board plans to cut the firm's workforce by 12% soon.", "12%", "cut the firm's workforce"},
        {"She hopes to raise output \"by about 15%\" this year.", "about 15%", "raise output"},
        {"Inflation averaged 2.4% over the decade.", "2.4%", "Inflation"},
        {"The band earned $40m in record sales around the globe.", "$40m", "record sales"},
        {"He paid $2 for a day's worth of data.", "$2", "data"},
        {"They spent $90m on buying a minority stake.", "$90m", NULL},
        {"The factory built 4.5% more trucks this year.", "4.5%", "trucks"},
        {"The plant is running at 80% capacity again.", "80%", "capacity"},
        {"It sold 6.5 pct convertible subordinated debentures due 2012.", "6.5 pct",
         "convertible subordinated debentures"},
        {"In the poll 40% said they were happy and 30% want change.", "30%", NULL},
        {"We feel 100% certain of the result.", "100%", NULL},
        {"Wages rose 2% in real terms.", "2%", "Wages rose"},
        {"Sales fell 2% in the period.", "2%", "Sales fell"},
        {"Some 61% of those surveyed backed the plan.", "Some 61%", "those surveyed"},
        {"It was a boost for bonds, which have gained 3% this week.", "3%", "bonds, which have gained"},
        {"The fund, which is expected soon to top £8m, closes today.", "£8m", "fund"},
        {"Exports were 4.1% in May, down from 5.2% in April.", "5.2%", "Exports"},
        {"Spending on roads - a key pledge - rose 9% last year.", "9%", "Spending on roads"},
        {"The deficit with Japan was $6bn in May.", "$6bn", "deficit with Japan"},
        {"Output grew by a robust 2.5% in the quarter.", "2.5%", "Output grew"},
        {"Yesterday funds averaged 6.1%.", "6.1%", "funds"},
        {"The sale cut its stake in half to 10%.", "10%", "stake"},
        {"The firm cut its debt back to £60m.", "£60m", "debt"},
        {"Unions want a 6% pay rise.", "6%", "pay"},
        {"It reported a 2% year-on-year fall.", "2%", NULL},
        {"Its planned $3bn bond issue was delayed.", "$3bn", "bond issue"},
        {"Analysts kept the original 2.8 pct target.", "2.8 pct", NULL},
        {"He pointed out debtor nations are expected to grow 3 pct this year.", "3 pct",
         "debtor nations are expected to grow"},
        {"Gross domestic product (GDP) rose 0.4% in May.", "0.4%", "Gross domestic product (GDP) rose"},
        {"Some 60% of local firms were hurt, and another 25% closed.", "25%", "local firms"},
        {"It bought a 12% equity stake.", "12%", NULL},
    };
    check_objects(t, NG_ARRAY_LEN(t), "stop 23 object");
}

/* Stop 23, helper amounts4: guards read from a sample of objects on wire
 * copy (phrases cut at "compared", "without", "payable", "due"; "per share"
 * and coordinated participles kept; no place after "for"; subjects over "at
 * the", "from" and "to" phrases, none after another preposition; no verb
 * after a modal), and numbers that modify a singular unit of time, or zero
 * before a modifier, are no counts. */
static void test_amounts4_objects(void)
{
    static const obj_row t[] = {
        {"It expects 12% growth in earnings per share this year.", "12%", "earnings per share"},
        {"The trust owns 30% of its issued and outstanding stock.", "30%", "issued and outstanding stock"},
        {"Stocks rose to 40 mln barrels of crude compared with 35 mln.", "40 mln barrels", "crude"},
        {"Spending would have risen 2% in wages without the bonus.", "2%", "wages"},
        {"The board declared a 5% stock dividend payable May 4.", "5%", "stock dividend"},
        {"It will redeem its 8.5% notes due 2012.", "8.5%", "notes"},
        {"Deposits at the central bank totalled 4 billion euros.", "4 billion euros", "Deposits at the central bank"},
        {"The yield on bonds issued to banks from dealers will be 4.5%.", "4.5%", NULL},
        {"Exports to Chile rose 4% last year.", "4%", "Exports to Chile rose"},
        {"Income from its ferries fell 7% in May.", "7%", "Income from its ferries fell"},
        {"The number of homes connected to the grid jumped by 38%.", "38%", NULL},
        {"Half came from private gifts worth more than £1m.", "more than £1m", "private gifts"},
        {"Inflation as measured by the index rose 5%.", "5%", "index rose"},
        {"The rate on loans to firms and farm groups from state banks will be 6%.", "6%", NULL},
        {"Basic per share earnings rose 16% last year.", "16%", "Basic per share earnings rose"},
        {"The mint can only issue coins of 500 yen or less.", "500 yen", "coins"},
        {"The airline will lease six second hand planes.", "six second hand planes", "second hand planes"},
        {"It holds 20 pct on a fully diluted basis.", "20 pct", NULL},
        {"Its shares rose 3% in early trading.", "3%", "shares rose"},
        {"The firm plans to buy back shares worth £1bn.", "£1bn", "shares"},
        {"Its turnover was about 900 mln CFA francs.", "about 900 mln CFA francs", NULL},
    };
    check_objects(t, NG_ARRAY_LEN(t), "amounts4 object");
    /* after "for", a place mention that is the whole phrase is no object
     * (with the entities annotator's mention) */
    ng_doc *d = run("Growth forecasts were 2.2% for Italy and 3% for Japan.");
    CHECK(d != NULL);
    CHECK(obj_is(d, find(d, "3%"), "Japan")); /* without it */
    const char *p = d ? strstr(d->text, "Japan") : NULL;
    if (p) {
        ng_mention m = {(uint32_t)(p - d->text), (uint32_t)(p - d->text + 5), 0, 0, NG_ENT_LOC, -1};
        d->mentions.n = 0;
        CHECK(NG_VEC_PUSH(&d->arena, d->mentions, m) == 0);
        d->amounts.n = 0;
        CHECK_EQ_INT(ng__annot_amounts(eng, d), 0);
        CHECK(obj_is(d, find(d, "3%"), NULL));
    }
    ng_doc_free(d);
    /* the country's adjective before its own currency */
    d = run("The bank raised 3.1 billion Swiss francs in May and 40 mln Japanese yen in June.");
    CHECK(d != NULL);
    CHECK(unit_is(find(d, "3.1 billion Swiss francs"), "CHF"));
    CHECK(unit_is(find(d, "40 mln Japanese yen"), "JPY"));
    ng_doc_free(d);
    /* no counts: "five year notes", "nine month bills", "24 Hour Party
     * People", "zero coupon bonds" */
    d = run("It sold five year notes and nine month bills. They saw 24 Hour Party People. "
                    "It issued zero coupon bonds.");
    CHECK(d != NULL);
    CHECK_EQ_INT(d->amounts.n, 0);
    for (size_t i = 0; d && i < d->amounts.n; i++)
        fprintf(stderr, "unexpected amount: %.*s\n", (int)(d->amounts.v[i].end - d->amounts.v[i].start),
                d->text + d->amounts.v[i].start);
    ng_doc_free(d);
}

/* Stop 24, helper amounts6: a verb of change before "at a (adjectives)
 * rate of" takes its subject as before "by"; growth with its modifiers
 * before "of" and a percentage is what the percentage is of, not alone
 * nor after a verb that takes it as object. */
static void test_amounts6_objects(void)
{
    static const obj_row t[] = {
        {"The island's economy expanded at an annual rate of 4.2% last spring.", "4.2%", "island's economy expanded"},
        {"Ferry fares rose at a seasonally adjusted annual rate of 6% in May.", "6%", "Ferry fares rose"},
        {"The number of visitors is growing at a rate of 12% a year.", "12%", "number of visitors is growing"},
        {"It was hitting an annual rate of 3% by then.", "3%", NULL},
        {"The council predicted tourism revenue growth of 3.5% next year.", "3.5%", "tourism revenue growth"},
        {"The bank expects economic growth of 2.1% in 2026.", "2.1%", "economic growth"},
        {"The port forecasts growth of 4% in 2026.", "4%", NULL},
        {"The port board forecasts growth of 4% in 2026.", "4%", NULL},
        {"It needs growth of 5% to break even.", "5%", NULL},
        {"Mr Lund predicted annual growth of 2% this year, up from 1.5% last year.", "1.5%", "annual growth"},
    };
    check_objects(t, NG_ARRAY_LEN(t), "amounts6 object");
}

/* Stop 24, helper objects7: money after a verb of change takes its subject
 * as percentages do (not a level after "to"); an amount set beside the one
 * before it (", up 27%", "or 6%", "- or $1.83 -") takes that one's object;
 * a verb that takes its object to the amount passes over the change's "by"
 * amount; a subject runs back over "of a"; "sent X up" is X's; "includes"
 * and "excludes" end the noun before "of". */
static void test_objects7(void)
{
    static const obj_row t[] = {
        {"Ferry shares fell 32 cents to $8.10 on Monday.", "32 cents", "Ferry shares fell"},
        {"Harbour lending rose by £1.2bn in May.", "£1.2bn", "Harbour lending rose"},
        {"Island shares slid to a record $3.10 on Friday.", "$3.10", "Island shares"},
        {"The ferry fund was permitted to grow about $70m in 2026.", "about $70m", NULL},
        {"The ferry firm made a profit of $3.1bn, up 27% from last year.", "27%", "profit"},
        {"Harbour fees rose by £106m or 4.3% in the year.", "4.3%", "Harbour fees rose"},
        {"Ferry shares closed up 64 pence, or 6%, at 1130p.", "6%", "Ferry shares closed up"},
        {"Ferry shares sank 14.8% - or $1.83 - to close at $10.48.", "$1.83", "Ferry shares sank"},
        {"Tourism accounts for 6% of the island's output, or about $8bn.", "about $8bn", NULL},
        {"It offered one share for two Lund shares or $3.40 cash.", "$3.40", NULL},
        {"The board increased its dividend by 25% to 40 cents.", "40 cents", "dividend"},
        {"The average price of a home fell by £600 in May.", "£600", "average price of a home fell"},
        {"The news sent Lund shares up 8.5p, or 8.1%, to 113.5p.", "8.5p", "Lund shares up"},
        {"Net profit includes tax credits of $2m.", "$2m", "tax credits"},
        {"The harbour deficit hit a record $41bn last year.", "$41bn", "harbour deficit"},
        {"Ferry exports surged by 35% to a record $18bn.", "$18bn", "Ferry exports"},
        {"The firm reported a 6% rise in profits to £28m.", "£28m", "profits"},
        {"A fall in the rate of inflation to 2.3% cheered the port.", "2.3%", "rate of inflation"},
        {"Fees were cut in half to $39.", "$39", NULL},
        {"The fall in prices dragged profits to $5m.", "$5m", NULL},
        {"The island sits against an inflation rate of 1.6% this year.", "1.6%", "inflation rate"},
        {"It grew at an annual rate of 3% last year.", "3%", NULL},
        {"Ferry fares rose by an average of 4% in May.", "4%", "Ferry fares rose"},
        {"The mine was lifting output to 5,000 tonnes and raising fees to $40.", "$40", "fees"},
        {"The average fare fell from £18.10 in May to £17.90.", "£18.10", "average fare"},
        {"Harbour profits are expected to fall to £3m next year.", "£3m", "Harbour profits"},
        {"Growth slowed to 0.3% in the spring.", "0.3%", "Growth"},
        {"The trade gap widened to $6bn in May.", "$6bn", "trade gap"},
        {"The average payment was only £38.", "£38", "average payment"},
        {"The shortfall is projected to rise to $427bn.", "$427bn", "shortfall"},
        {"Despite seeing net profits rise by 44% to $205m, the port sold shares.", "$205m", "net profits"},
        {"Oil prices will eventually rise to $35.", "$35", "Oil prices"},
        {"Money supply rose to $30bn in May.", "$30bn", "Money supply"},
        {"The gap between exports and imports widened to $60bn.", "$60bn", NULL},
        {"Research and development spending rose to $6bn.", "$6bn", "Research and development spending"},
        {"Sales have been improving and total revenue was $10bn.", "$10bn", "total revenue"},
        {"Ferry shares closed up four pence at 274.5 pence.", "274.5 pence", "Ferry shares"},
        {"Net profit was up 6% at $16.6bn.", "$16.6bn", "Net profit"},
        {"The fleet was valued at $5m.", "$5m", "fleet"},
        {"Fares slipped 11% from £3.24bn in 2003 to £2.89bn in 2004.", "£3.24bn", "Fares"},
        {"The port is increasing its dividend by 26% to 8.5 cents.", "26%", "increasing its dividend"},
    };
    check_objects(t, NG_ARRAY_LEN(t), "objects7 object");
}

/* helper round objects8: a time phrase with a number inside a subject; a
 * listed verb used as a noun; lists with commas (not over a phrase
 * opening the sentence); a month, a year, "last year" before the verb
 * (none with no noun before it); "with the"; passives of change */
static void test_objects8(void)
{
    static const obj_row t[] = {
        {"Ferry profit in the six months to 30 June rose 12% to $40m.", "12%",
         "Ferry profit in the six months to 30 June rose"},
        {"Harbour sales for the first two months of the year were $9m.", "$9m",
         "Harbour sales for the first two months of the year"},
        {"Fares for the four weeks ended May 3 fell 5%.", "5%", "Fares for the four weeks ended May 3 fell"},
        {"Island exports in the three months rose to $8m.", "$8m", "Island exports in the three months"},
        {"Holiday pay for harbour staff is to rise by £300.", "£300", "Holiday pay for harbour staff is to rise"},
        {"The pay of dock workers rose by £40 a week.", "£40", "pay of dock workers rose"},
        {"Fees at ports, docks and marinas rose by 3% in May.", "3%", "Fees at ports, docks and marinas rose"},
        {"Tolls, fares and dues fell to $9m.", "$9m", "Tolls, fares and dues"},
        {"In the Harbour, fees and dues rose by 3%.", "3%", "fees and dues rose"},
        {"Harbour fees in June rose by 4%.", "4%", "Harbour fees in June rose"},
        {"Ferry revenues last year fell to $9m.", "$9m", "Ferry revenues last year"},
        {"Dock sales 1.5% higher in June were up 5.3% later.", "5.3%", NULL},
        {"The island's deficit with the mainland fell to $3m.", "$3m", "island's deficit with the mainland"},
        {"Harbour dues were cut from 4% to 3% in May.", "4%", "Harbour dues"},
        {"The ferry fare will be raised to $12 next year.", "$12", "ferry fare"},
    };
    check_objects(t, NG_ARRAY_LEN(t), "objects8 object");
}

/* helper round objects9: more verbs of change before "by" (not before a
 * level after "to"), "doubling", "unchanged at", "is currently", survey shares (a share
 * that says or thinks something, "(52%) of"; not a group the sentence
 * opens with), an amount after "and" or ", an increase of", box office
 * "took", and a price after a verb of selling or buying and "for" (its
 * object, over "of" and "back", or its subject; none after "to") */
static void test_objects9(void)
{
    static const obj_row t[] = {
        {"The island economy contracted by 0.4% in the spring.", "0.4%", "island economy contracted"},
        {"Harbour output shrank 1.2% last year.", "1.2%", "Harbour output shrank"},
        {"The trade gap widened to 6% in May.", "6%", "trade gap"},
        {"The ferry board suggests doubling the harbour budget next year.", "doubling", "harbour budget"},
        {"Harbour unemployment was unchanged at 6.1% in May.", "6.1%", "Harbour unemployment"},
        {"Ferry fares remained steady at £4.20.", "£4.20", "Ferry fares"},
        {"Harbour debt is currently $27m.", "$27m", "Harbour debt"},
        {"The ferry share was currently at 62%.", "62%", "ferry share"},
        {"More than half (52%) of the islanders said they used the ferry.", "52%", "islanders"},
        {"Some 40% of the islanders said yes, while 35% said no.", "35%", "islanders"},
        {"A total of 61% of those surveyed backed the port, with 30% saying they did not. Nine per cent "
         "thought it did not matter.",
         "Nine per cent", "those surveyed"},
        {"Some 40% of the islanders said yes. Among the fishermen, 70% said they would vote.", "70%", NULL},
        {"Dock fees rose by 3% and 1.5% in the two ports.", "1.5%", "Dock fees rose"},
        {"The port handled 1,200 ships, an increase of 4% on last year.", "4%", "ships"},
        {"Ferry revenue was $9m, a rise of 12%.", "12%", "Ferry revenue"},
        {"The film took $22.7m in its first three days.", "$22.7m", "film"},
        {"The ferry firm bought the harbour unit for $9.3bn last year.", "$9.3bn", "harbour unit"},
        {"The island agreed to buy its former ferry operator Gullways for about $16m.", "about $16m",
         "former ferry operator Gullways"},
        {"The old lighthouse lamp sold for $110,000 at auction.", "$110,000", "old lighthouse lamp"},
        {"The port completed the purchase of Dock Cranes Inc for $2m.", "$2m", "Dock Cranes Inc"},
        {"The firm bought back the dockers' shares for $6m.", "$6m", "dockers' shares"},
        {"The port signed a letter of intent to acquire for about $3m a stake in the ferry.", "about $3m", NULL},
    };
    check_objects(t, NG_ARRAY_LEN(t), "objects9 object");
}

/* helper round objects10: "on hold at" and "holds … at", "by just", a
 * time phrase before "to"/"from", the level reached after "from X", a
 * verb that takes its object from the amount, "edged up … to"; idioms
 * ("in the face of", "in return for") are no object; a quote and an
 * indirect object after a verb of selling; a wire table line's label;
 * box office with a title as subject ("took", "has taken", "was second
 * with"; not a person's "made", not "is second … with"); a subject
 * before a relative clause between commas; a new issue's coupon and
 * price */
static void test_objects10(void)
{
    static const obj_row t[] = {
        {"The harbour board kept ferry fees on hold at 4.75% for a month.", "4.75%", "ferry fees"},
        {"Harbour fees are set to remain on hold at £4 next year.", "£4", "Harbour fees"},
        {"The island bank holds its lending rate at 5%.", "5%", "lending rate"},
        {"The island's currency, holding stable at 48 cents, rose.", "48 cents", NULL},
        {"The island economy grew by just 0.2% in May.", "0.2%", "island economy grew"},
        {"Ferry fees slid to just $2.", "$2", NULL},
        {"Ferry sales were down 4% in 2004 to $7m.", "$7m", "Ferry sales"},
        {"Harbour output fell from 1.9% to 1.8%.", "1.8%", "Harbour output"},
        {"Harbour fares fell from $5 in May to $4.", "$4", "Harbour fares"},
        {"The port cut its holding from 75% to 60% in May.", "75%", "holding"},
        {"The port cut its holding from 75% to 60% in May.", "60%", "holding"},
        {"The fee increases range from 0.6 pct, or 40 dlrs, to 1.9 pct.", "0.6 pct", NULL},
        {"Dock prices edged up 0.1% to 4.7%.", "4.7%", "Dock prices"},
        {"The firm cut its costs by 9% in the face of falling trade.", "9%", "cut its costs"},
        {"Fishermen accepted a 20% pay cut in return for shares.", "20%", "pay"},
        {"On May 3, Lund \"sold\" Berg 8,000 shares of Dock Inc for 1.2 mln dlrs.", "1.2 mln dlrs",
         "8,000 shares of Dock Inc"},
        {"Harbour Ferries Inc year.\nShr loss 29 cts vs profit 31 cts\nNet 4,955,000 vs 3,444,000", "29 cts",
         "Shr loss"},
        {"Harbour Ferries Inc.\nQtly div 24 cts vs 24 cts prior\nPay April 10", "24 cts", "Qtly div"},
        {"Harbour Ferries Inc.\nNet includes tax credits 1.2 mln dlrs vs 3.4 mln dlrs", "1.2 mln dlrs",
         "tax credits"},
        {"Harbour Ferries Inc.\nDiv 3p making 4.5p vs 4p", "4.5p", NULL},
        {"Harbour Ferries Inc.\nNet Ferry Transport of 4 mln stg vs 3 mln stg", "4 mln stg", NULL},
        {"The Lighthouse Keeper has taken $75m so far, while Salt and The Sea has taken $46m.", "$46m",
         "Salt and The Sea"},
        {"The Return of the Gull: Part 2, starring Ann Berg, took $30.2m in its first week.", "$30.2m",
         "The Return of the Gull: Part 2"},
        {"The sequel beat its predecessor, Harbour Lights which took $38m in its first week.", "$38m",
         "Harbour Lights"},
        {"Island thriller Low Tide was second with $24m (£12.8m) despite poor reviews.", "£12.8m", "Low Tide"},
        {"It took £7.2m in three days.", "£7.2m", NULL},
        {"Ann Berg made 5.45m euros last year.", "5.45m euros", NULL},
        {"Tom Vance is second on the list with £800m.", "£800m", NULL},
        {"Shares in Harbour Inc, which changed its name last year, were up 2.4% at $20.15.", "2.4%",
         "Shares in Harbour Inc"},
        {"Shares in Harbour Inc, which changed its name last year, were up 2.4% at $20.15.", "$20.15",
         "Shares in Harbour Inc"},
        {"The island's services sector, which employs most islanders, grew 1.0% in May.", "1.0%",
         "island's services sector"},
        {"Ferry shares, which rose 5% last year, fell 2% in May.", "5%", "Ferry shares, which rose"},
        {"Ferry shares, which rose 5% last year, fell 2% in May.", "2%", "Ferry shares"},
        {"Harbour Finance BV is issuing a 50 mln stg eurobond due April 9, 1992 paying 10 pct and priced at "
         "101-1/2 pct, lead manager Berg Bank said.",
         "10 pct", "eurobond"},
        {"Harbour Finance BV is issuing a 50 mln stg eurobond due April 9, 1992 paying 10 pct and priced at "
         "101-1/2 pct, lead manager Berg Bank said.",
         "101-1/2 pct", "eurobond"},
        {"Harbour Inc is issuing new shares and paying 5 pct.", "5 pct", NULL},
    };
    check_objects(t, NG_ARRAY_LEN(t), "objects10 object");
}

/* helper round objects11: a wire table's "vs loss"/"vs profit" after the
 * same line item; wire copy's singular "dlr" modifies its noun; a
 * participle with no -ed ends a figure's noun; "a seasonally adjusted";
 * "for 2004" in a subject; an adverb in -ly after a verb of change; a
 * price after "retail for" or "go on sale for"; a price a piece after a
 * count; box office after a chart place and ", taking" or "after
 * taking", "opened at number two with"; a share of a group counted ("of
 * the 55,000 staff"), "of those aged 30-39"; an adverb ends a phrase
 * after a preposition */
static void test_objects11(void)
{
    static const obj_row t[] = {
        {"Harbour Ferries Inc year.\nShr loss 29 cts vs loss 31 cts\nNet 4,955,000 vs 3,444,000", "31 cts",
         "Shr loss"},
        {"Harbour Ferries Inc year.\nShr profit 29 cts vs loss 31 cts\nNet 4,955,000 vs 3,444,000", "31 cts",
         "loss"}, /* objects14: the word after "vs" when the label's differs */
        {"Harbour Ferries Inc said 1986 net includes 4,952,000 dlr provision for pier closing.",
         "4,952,000 dlr", "provision"},
        {"Harbour Ferries Inc said it extended a 1.7 mln dlr secured loan to the port.", "1.7 mln dlr",
         "secured loan"},
        {"Harbour Ferries Inc said net includes one mln dlr extraordinary gain.", "one mln dlr",
         "extraordinary gain"},
        {"Harbour Ferries Inc will redeem its 3.58 dlr cumulative preferred stock.", "3.58 dlr",
         "cumulative preferred stock"},
        {"Harbour Ferries Inc said talks start on another 150 mln dlr loan sought by the port.", "150 mln dlr",
         "loan"},
        {"Harbour Ferries Inc priced its fares one dlr below the ferry price.", "one dlr", NULL},
        {"Dock fees rose 5%, less than the 6% increase seen a year earlier.", "6%", NULL},
        {"Island ferry fares rose a seasonally adjusted 0.5% in May.", "0.5%", "Island ferry fares rose"},
        {"Island lending rose to a seasonally adjusted 122 mln dlrs in May.", "122 mln dlrs", "Island lending"},
        {"The port said net profits for 2004 rose 56% to 1.2bn euros.", "56%", "net profits for 2004 rose"},
        {"The port said net profits for 2004 rose 56% to 1.2bn euros.", "1.2bn euros", "net profits for 2004"},
        {"But harbour growth slowed sharply to 5.6% in May.", "5.6%", "harbour growth"},
        {"Ferry exports rose sharply by 5% in May.", "5%", "Ferry exports rose"},
        {"The new ferry model will go on sale for less than $100 in May.", "less than $100", "new ferry model"},
        {"The pocket compass will retail for £99 from May.", "£99", "pocket compass"},
        {"The port agreed to buy back 5 mln common shares at 13.25 dlrs each.", "13.25 dlrs", "common shares"},
        {"The port plans to buy back 52 million shares at 570 rupees apiece.", "570 rupees", "shares"},
        {"The warrants may be exercised during the next four years at 1.25 dlrs a share.", "1.25 dlrs", NULL},
        {"Low Tide fell two places to number four, taking $8m in its third week.", "$8m", "Low Tide"},
        {"Salt and The Sea, starring Ann Berg, ended up in third position after taking $11.2m.", "$11.2m",
         "Salt and The Sea"},
        {"New island movie Hostage Bay opened at number four with $9.8m.", "$9.8m", "Hostage Bay"},
        {"The thriller shot straight to the number one spot after taking $22m.", "$22m", NULL},
        {"The cuts will affect about 9% of the 55,000 staff of the ferry firms.", "about 9%", "55,000 staff"},
        {"More than 50% of the 22.8 million island users regularly take the ferry.", "More than 50%",
         "22.8 million island users"},
        {"About 40 pct of the 1986 subsidies went to the port.", "About 40 pct", NULL},
        {"This compares to 14% of those aged 30-39.", "14%", "those aged 30-39"},
        {"Some 87% of searchers usually find the pier.", "Some 87%", "searchers"},
        {"The port owns 18.5 pct of Harbour's currently outstanding shares.", "18.5 pct",
         "Harbour's currently outstanding shares"},
    };
    check_objects(t, NG_ARRAY_LEN(t), "objects11 object");
}

/* helper round objects12: a level named by "high", "low" or "peak" and
 * "of" is of the subject or object it would be of without it; a verb's
 * object runs over "to" and a name ("aid to Tallinn"); a span written out
 * with both units ("29 mln dlrs to 32 mln dlrs"); ", up/down X pct" after
 * a level that is no money or percentage; "estimated at", "put at", "set
 * at" are verbs of level; ", up/down X" after a time phrase after the
 * amount it changes */
static void test_objects12(void)
{
    static const obj_row t[] = {
        {"Island ferry fares hit an all-time high of $9.80 in May.", "$9.80", "Island ferry fares"},
        {"The harbour bank kept interest rates at a record low of 3.25% in May.", "3.25%", "interest rates"},
        {"Ferry fares reached a peak of £9 in May.", "£9", "Ferry fares"},
        {"Dock fees had a high of £9 in May.", "£9", NULL},
        {"The council will increase ferry aid to Tallinn to £1.25bn a year.", "£1.25bn", "ferry aid to Tallinn"},
        {"The council will increase ferry aid to the port to £1.25bn a year.", "£1.25bn", NULL},
        {"Harbour Ferries Inc said it sees revenues of 29 mln dlrs to 32 mln dlrs.", "32 mln dlrs", "revenues"},
        {"A year of ferry tickets should cost 800 dlrs to 1,000 dlrs.", "1,000 dlrs", "year of ferry tickets"},
        {"Harbour Ferries Inc said sales rose 5 mln dlrs to 52 mln dlrs.", "52 mln dlrs", "sales"},
        {"Harbour Ferries Inc sees profit in the range of 34 cts to 36 cts a share.", "36 cts", NULL},
        {"Island ferry loadings totalled 11,382 cars, down 1.8 pct from the week before.", "1.8 pct",
         "Island ferry loadings"},
        {"Harbour output so far this year was 458 tonnes, up 2.2 pct from last year.", "2.2 pct", NULL},
        {"The harbour surplus is estimated at 350 mln dlrs.", "350 mln dlrs", "harbour surplus"},
        {"Island unemployment was officially put at 4.8% last year.", "4.8%", "Island unemployment"},
        {"The ferry toll is currently set at £4.85 a trip.", "£4.85", "ferry toll"},
        {"The council set aside a reserve, which the port put at $500m.", "$500m", NULL},
        {"The pier, whose cost the council put at €12m, opens in May.", "€12m", NULL},
        {"The ferry toll is set for £4.85 a trip.", "£4.85", NULL},
        {"Harbour profits dropped to $7.2bn in 2004, down 45% from a year earlier.", "45%", "Harbour profits"},
    };
    check_objects(t, NG_ARRAY_LEN(t), "objects12 object");
}

/* helper round objects13: a figure after a determiner and an adjective
 * modifies the noun after it (not a figure's own size, a time or a
 * comparative); a noun in -ing before a noun is a modifier ("an £80m
 * restructuring charge", "1-1/4 pct selling concession"); money with no determiner before its noun, not in
 * wire copy; a film made, has taken or raked in money; the
 * nouns before a change before "of" ("a sales increase of 6.5%"), money's
 * "gain of" an accounting item; a subject before an apposition between
 * commas, or over "including"; "X in quarter and Y in year" */
static void test_objects13(void)
{
    static const obj_row t[] = {
        {"The port reached a landmark $206bn settlement with the island.", "$206bn", "settlement"},
        {"The data showed an unexpected $8.7bn drop in ferry debt in May.", "$8.7bn", "ferry debt"},
        {"The council will oppose any formal £800m takeover bid for the port.", "£800m", "takeover bid"},
        {"The port will redeem the off-the-run 9-1/4 pct harbour bonds of 2016.", "9-1/4 pct", "harbour bonds"},
        {"The ferry reserves hit a record $53bn yesterday.", "$53bn", "ferry reserves"},
        /* (not "higher"; the subject of "were" since objects15, as without
         * "a provisional") */
        {"Island sales were a provisional 9.0 pct higher than a year earlier.", "9.0 pct", "Island sales"},
        {"Ferry fares could overshoot an unofficial $3bn target set for 1986.", "$3bn", NULL},
        {"The port is making a recommended 120 mln stg offer for the ferry firm.", "120 mln stg", "offer"},
        {"The port offered to buy the entire 5.3 pct stake held by the council.", "5.3 pct", NULL},
        {"The port paid the remaining $5m fee in May.", "$5m", "fee"},
        {"The port expects to be hit with an £80m restructuring charge in May.", "£80m", "restructuring charge"},
        {"The port struck a $1bn cost-cutting deal with its pilots.", "$1bn", "cost-cutting deal"},
        {"Fees are a one pct selling concession and a 1/2 pct management fee.", "one pct", "selling concession"},
        {"Doubling the $400m being spent yearly on ferries could help.", "$400m", NULL},
        {"Court rejects $280bn ferry case", "$280bn", "ferry case"},
        {"The council has offered £22bn savings but has yet to map them out.", "£22bn", "savings"},
        {"The ferry film has now made $76m worldwide.", "$76m", NULL},
        {"Gamers want quick access to £30 to £40 console or PC titles.", "£30 to £40", NULL},
        {"Harbour Ferries Inc offered 20 dlrs cash per share.", "20 dlrs", NULL},
        {"The island drama, which won four awards, has made £4.4m to date.", "£4.4m", "island drama"},
        {"The film had taken $500m worldwide before the ceremony.", "$500m", "film"},
        {"Low Tide and its sequel made $1.6bn at box offices.", "$1.6bn", NULL},
        {"The ferry firm made $5m last year.", "$5m", NULL},
        {"Fees comprise 1-1/4 pct selling concession and 5/8 pct management fee.", "1-1/4 pct", "selling concession"},
        {"Islanders will spend £4bn buying ferry tickets this year.", "£4bn", NULL},
        {"The port saw a ticket sales increase of 6.5% in May.", "6.5%", "ticket sales"},
        {"Harbour Ferries Inc said 1986 net includes extraordinary gain of 1.2 mln dlrs.", "1.2 mln dlrs",
         "extraordinary gain"},
        {"Harbour Ferries Inc agreed a wage and benefit increase of about three pct.", "about three pct", NULL},
        {"The port forecasts ferry earnings growth of 5% in 2005.", "5%", "ferry earnings growth"},
        {"Shares in Harbour Ferries, a UK ferry firm, have closed down 18% in May.", "18%",
         "Shares in Harbour Ferries"},
        {"Load factor, the share of seats filled, fell 1.4 percentage points to 66.7 pct.", "66.7 pct", "Load factor"},
        {"Adjusted for seasonal changes, the island jobless rate is 4.875 million people or 11.7%, up 0.3 "
         "percentage points from May.",
         "0.3 percentage points", NULL},
        {"Harbour Ferries Plc <HF.L> shares, the island arm of the group, rose to 11.39 stg from 11.20 stg.",
         "11.39 stg", NULL},
        {"The bank said harbour loans including acceptances fell 897 mln dlrs to 281.23 billion dlrs.",
         "281.23 billion dlrs", "harbour loans including acceptances"},
        {"Harbour Ferries Inc said net includes tax credits of 14.5 mln dlrs in quarter and 8,408,000 dlrs in year.",
         "8,408,000 dlrs", "tax credits"},
    };
    check_objects(t, NG_ARRAY_LEN(t), "objects13 object");
}

/* helper round objects14: money after "vs loss"/"vs profit" whose line
 * item is not found again is of that word ("a profit of 46 cts"), and a
 * figure a share after it, of the same; money's "gains of" an accounting
 * item (a percentage's names none); profit, earnings and income before a
 * chain of phrases, not over sales; "X, or Y a share, in quarter and Z";
 * a note's bare item ("includes gain 500,000 dlrs", "and charge 79,000");
 * the subject of "with X dropping 1.7%" */
static void test_objects14(void)
{
    static const obj_row t[] = {
        {"Harbour Ferries Inc year.\nShr loss 64 cts vs profit 46 cts\nNet 4,955,000 vs 3,444,000", "46 cts",
         "profit"},
        {"Harbour Ferries Inc year.\nNet profit 3,367,000 dlrs vs loss 1,061,000 dlrs\nRevs 4.1 mln vs 3.4 mln",
         "1,061,000 dlrs", "loss"},
        {"Harbour Ferries Inc said net excludes results of nil vs profit 173,000 dlrs, or two cts a share, in "
         "quarter.",
         "two cts", "profit"},
        {"Harbour Ferries Inc year.\nShr loss 29 cts vs loss 31 cts\nNet 4,955,000 vs 3,444,000", "31 cts",
         "Shr loss"},
        {"Harbour Ferries Inc said 1985 net includes gains of 1.8 mln dlrs, or 17 cts a share.", "17 cts", "gains"},
        {"Harbour Ferries Inc said the port reported gains of 4.5% in May.", "4.5%", NULL},
        {"Harbour Ferries Inc said net excludes earnings from discontinued operations of 9.0 mln dlrs.",
         "9.0 mln dlrs", "earnings from discontinued operations"},
        {"Harbour Ferries Inc said it had 25.1 mln dlrs in earnings on sales of 1.6 billion dlrs.",
         "1.6 billion dlrs", "sales"},
        {"Harbour Ferries Inc said net excludes losses of 12.1 mln dlrs, or 87 cts a share, in quarter and 6.0 mln "
         "dlrs, or 43 cts a share, in year.",
         "6.0 mln dlrs", "losses"},
        {"Harbour Ferries Inc said 1986 year net includes gain 500,000 dlrs from sale of a pier.", "500,000 dlrs",
         "gain"},
        {"Harbour Ferries Inc said net excludes credit 40,000 dlrs in quarter and charge 79,000 dlrs in year.",
         "79,000 dlrs", "charge"},
        {"Harbour Ferries shed 2.1% in May, with Island Ferries dropping 1.7% to 16.87 euros.", "1.7%",
         "Island Ferries"},
        {"The dividend rose, with Harbour Ferries' rising 3.4 pct to 15.33 guilders.", "3.4 pct", NULL},
    };
    check_objects(t, NG_ARRAY_LEN(t), "objects14 object");
}

/* helper round objects15: money a verb of earning names is of its
 * subject with the verb, as after a verb of change; a verb of forecasting
 * or helping before a name or object pronoun is no part of that subject;
 * restate, overstate, understate, inflate, devalue, revalue before "by"
 * change their object as "cut" does; a level after "a provisional", "an
 * estimated", "an average" … is read as after "a record"; a possessive
 * name after a preposition ends a subject ("Profits at Dr Reddy's fell") */
static void test_objects15(void)
{
    static const obj_row t[] = {
        {"For the third quarter ended January 31, Harbour Ferries earned 74.7 mln dlrs.", "74.7 mln dlrs",
         "Harbour Ferries earned"},
        {"For its first six months, the company earned 20.4 mln dlrs, or 76 cts a share.", "76 cts",
         "company earned"},
        {"The Tallinn councillor earns up to £30,000 a year from the firm.", "up to £30,000", "Tallinn councillor earns"},
        {"Ann Berg projects Harbour Ferries will earn five dlrs a share in 1987.", "five dlrs",
         "Harbour Ferries will earn"},
        {"The pilots were third, their tour helping them earn $24.9m last year.", "$24.9m", NULL},
        {"The US giant earned $630m in the quarter.", "$630m", "US giant earned"},
        /* a verb that sets accounts or a currency at another value, with
         * its object, as "cut" */
        {"Harbour Ferries restated earnings by $5bn last year.", "$5bn", "restated earnings"},
        {"The firm had been overstating its accounts by $11bn.", "$11bn", "overstating its accounts"},
        {"The island is to devalue its currency by 31 pct.", "31 pct", "devalue its currency"},
        /* "a provisional", "an estimated", "an average" before a level, as
         * "a record" */
        {"Harbour imports fell to a provisional 228.86 billion francs in January.", "228.86 billion francs",
         "Harbour imports"},
        {"The island's trade deficit widened to an estimated 6.8 billion baht.", "6.8 billion baht",
         "island's trade deficit"},
        {"The pact is to boost ferry fares to an average 18 dlrs.", "18 dlrs", "ferry fares"},
        /* a firm's name in 's after a preposition, right before the verb */
        {"Profits at Baltic ferry operator Tallink's fell 93% in the quarter.", "93%",
         "Profits at Baltic ferry operator Tallink's fell"},
        {"Tallinn's inflation fell, while Riga's rose 3%.", "3%", NULL},
    };
    check_objects(t, NG_ARRAY_LEN(t), "objects15 object");
}

/* helper round objects16: "already" or "still" after "with" is no part
 * of the absolute clause's subject; a multiplier after its -ing verb is of
 * that subject as money and percentages are; a title that rakes in money
 * is its object as one that takes it; a verb that cuts its object by an
 * amount reaches over a list of words before the noun; money a payer is to
 * pay is of the payer with its verbs, and a fine of the one fined */
static void test_objects16(void)
{
    static const obj_row t[] = {
        {"The outlook was worst for the bloc, with already sluggish growth forecasts slipping to 1.8%.", "1.8%",
         "sluggish growth forecasts"},
        {"The ferry firm recovered, with its share price increasing by almost four-fold last year.",
         "almost four-fold", "its share price"},
        /* a title that rakes in money, as one that takes it */
        {"Oscar-nominated animation Harbour Tale has raked in $80m in its first week.", "$80m", "Harbour Tale"},
        /* a list of words before the noun a verb of change cuts by */
        {"The ferry company cut operating, administrative and marketing expenses by 91 mln dlrs.", "91 mln dlrs",
         "cut operating, administrative and marketing expenses"},
        {"After Harbour Ferries cut spending, sales rose by 5%.", "5%", "sales rose"},
        /* money a payer is to pay, after "to" or a modal, is of the payer
         * with its verbs, as an earning; not a price a piece, nor with no
         * payer before the verbs */
        {"Last month Harbour Ferries agreed to pay $850m to settle a lawsuit.", "$850m",
         "Harbour Ferries agreed to pay"},
        {"Tallink will pay 17 mln dlrs to help clean the site.", "17 mln dlrs", "Tallink will pay"},
        {"Under the agreement, Tallink will pay six dlrs per share for each Harbour share.", "six dlrs", NULL},
        {"The ferry firm said it hoped to pay $100m now.", "$100m", NULL},
        /* and a fine of the one fined */
        {"Harbour singer Liam Tallinn has been fined 50,000 euros after a fight.", "50,000 euros",
         "Harbour singer Liam Tallinn has been fined"},
    };
    check_objects(t, NG_ARRAY_LEN(t), "objects16 object");
}

/* helper round objects17: money raised is of the raiser with its verbs,
 * as an earning; a bidder's price a share is of what is bid for; "earning"
 * is a verb of earning, "those earning" its earners; growth before "at" a
 * percentage as before "of"; a price a thing is trading at */
static void test_objects17(void)
{
    static const obj_row t[] = {
        {"Harbour Ferries Corp is raising 50 mln dlrs through an offering of debentures.", "50 mln dlrs",
         "Harbour Ferries Corp is raising"},
        {"Tallink plans to raise $1bn from the flotation.", "$1bn", "Tallink plans to raise"},
        {"Harbour Ferries sold 20% of its equity in a bid to raise up to $443m.", "up to $443m", NULL},
        {"Tallink is reported to be ready to raise $900m to fund a bid.", "$900m", NULL},
        /* (no raiser: a change, of the passive's subject since amounts18) */
        {"The dividend of Harbour Ferries was raised by 5 cts.", "5 cts", "dividend of Harbour Ferries"},
        /* a bidder's price a share, of what is bid for */
        {"Tallink has offered 65 dlrs per share for the company.", "65 dlrs", "company"},
        {"Tallink offered 71 dlrs cash per share for half of Harbour's stock.", "71 dlrs", "Harbour's stock"},
        /* (not what follows "for" with no bidder's verb; the stock's price
         * since amounts21's stock_at) */
        {"Tallink issued the shares at 25 dlrs a share for total consideration of 110 mln dlrs.", "25 dlrs", "shares"},
        /* "earning" */
        {"Ann Berg sees Harbour Ferries earning 1.35 dlrs in the current quarter.", "1.35 dlrs",
         "Harbour Ferries earning"},
        {"The party would raise income tax for those earning more than £100,000 a year.", "more than £100,000",
         "those earning"},
        /* growth named before "at" a percentage, as before "of" */
        {"Mr Tamm surprised experts by forecasting Harbour growth at between 3% and 3.5% next year.",
         "between 3% and 3.5%", "Harbour growth"},
        {"We know that we have to reestablish growth at three pct a year.", "three pct", NULL},
        /* a price a thing trades at */
        {"The dollar was trading at $1.2944 against the euro at 2100GMT.", "$1.2944", "dollar"},
        {"Dealers said Federal funds were trading at 6-1/4 pct this morning.", "6-1/4 pct", "Federal funds"},
    };
    check_objects(t, NG_ARRAY_LEN(t), "objects17 object");
}

/* helper round amounts21: a time phrase between a verb of change and its
 * "by" or "to" ("fell in January by", "rose on March 5 to", "declined
 * during the year by ... to"); money after ", up N pct from" has the
 * object of the money before the change */
static void test_amounts21_objects(void)
{
    static const obj_row t[] = {
        {"Permits for single-family houses fell in January by 6.6 pct to 1,091,000.", "6.6 pct",
         "Permits for single-family houses fell"},
        {"Gross currency reserves rose in the week by 400 mln marks to 109.9 billion.", "400 mln marks",
         "Gross currency reserves rose"},
        {"Treasury balances at the Federal Reserve rose on March 5 to 3.467 billion dlrs.", "3.467 billion dlrs",
         "Treasury balances at the Federal Reserve"},
        {"Loan loss provisions also rose in the first quarter to 6,375,000 dlrs.", "6,375,000 dlrs",
         "Loan loss provisions"},
        {"Total debt declined during the year by 251 mln dlrs to 2.28 billion dlrs.", "2.28 billion dlrs",
         "Total debt"},
        /* (no verb of change before the time phrase) */
        {"The plan was approved in January by 60 pct.", "60 pct", NULL},
        {"Heineken said total revenue was 10bn euros, up 8.1% from 9.26bn euros in 2003.", "9.26bn euros",
         "total revenue"},
        /* (no ", up": "rose 12 pct from" is the level left, no copy of the
         * money before) */
        {"Net profit was 5 mln dlrs while turnover rose 12 pct from 30 mln dlrs.", "30 mln dlrs", "turnover"},
        /* a change after "after" and a verb in -ing: the subject of the
         * change before it, without its verb */
        {"Canadian industrial production rose 2.53 pct in December after falling 0.51 pct in November.",
         "0.51 pct", "Canadian industrial production"},
        {"Tallinn traffic should increase at least five pct this year, after dropping nearly six pct last year.",
         "nearly six pct", "Tallinn traffic"},
        {"Harbour inventories were up 0.5 pct to 277.02 billion dlrs in January after falling by 0.3 pct.",
         "0.3 pct", "Harbour inventories"},
        /* a rate a thing pays */
        {"The selling concession is 1-1/4 pct while management and underwriting combined pays 5/8 pct.", "5/8 pct",
         "management and underwriting combined"},
        {"The selling concession is one pct, while management pays 1/4 pct and underwriting pays 3/8 pct.",
         "3/8 pct", "underwriting"},
        /* the noun before "of" over a period: "for the year", "for 1986",
         * "in fiscal 1987" */
        {"The company reported a net loss for the year of 62.1 mln stg.", "62.1 mln stg", "net loss"},
        {"Harbour Ferries had sales for 1986 of around 76 mln dlrs.", "around 76 mln dlrs", "sales"},
        {"Tallink will generate revenue in fiscal 1987 of approximately 940 mln dlrs.", "approximately 940 mln dlrs",
         "revenue"},
        /* a noun in -ing as the subject of a verb of level */
        {"The CML said gross mortgage lending stood at £17.9bn.", "£17.9bn", "gross mortgage lending"},
        {"The offering was priced at 25 dlrs a share.", "25 dlrs", "offering"},
        {"Net operating costs 1.77 billion stg vs 1.51 billion", "1.77 billion stg", "Net operating costs"},
        /* a close or an opening "at", a price an auction fetches */
        {"Harbour Ferries shares closed at 270.25p on Friday, down 3.75p on the day.", "270.25p",
         "Harbour Ferries shares"},
        {"Federal funds, which averaged 6.18 pct yesterday, opened at 6-3/16 pct.", "6-3/16 pct", "Federal funds"},
        {"The art collection of Ann Berg could fetch up to £9m when it is auctioned.", "up to £9m",
         "art collection of Ann Berg"},
        {"The index closed 2 pct higher.", "2 pct", NULL}, /* (no "at") */
        /* stock at a price a share, no count before */
        {"The debentures are convertible into the company's common stock at 48.50 dlrs per share.", "48.50 dlrs",
         "common stock"},
        {"Harbour will redeem its 3.85 dlr cumulative convertible preferred stock at 27.50 dlrs a share.",
         "27.50 dlrs", "cumulative convertible preferred stock"},
        /* "from X shares, or N pct" after "or M pct of Y"; "were off" */
        {"It raised its stake in Tallink to 2,165,300 shares, or 33.3 pct of the total, from 1,978,900 shares, or "
         "30.5 pct.",
         "30.5 pct", "total"},
        {"It said for the full month, car sales were off 20.7 pct to 286,771 from 361,785.", "20.7 pct",
         "car sales were off"},
        {"The ferry was switched off 20 pct of the time.", "20 pct", "time"},
        /* "was revised (down) to", "almost tripled to" */
        {"The third quarter invisibles surplus was revised down to 1.9 billion stg from 2.25 billion.",
         "1.9 billion stg", "third quarter invisibles surplus"},
        {"The company reported net income almost tripled to 951,000 dlrs or 34 cts a share.", "951,000 dlrs",
         "net income"},
        {"The December figure was revised from a provisional 4.8 billion franc surplus.", "4.8 billion franc",
         "surplus"},
        {"Tallink is losing money fast - albeit with losses halved in 2004 to $200m.", "$200m", "losses"},
        /* (another clause's subject between) */
        {"Sales rose 5 pct and profits were flat after rising 3 pct a year earlier.", "3 pct", NULL},
    };
    check_objects(t, NG_ARRAY_LEN(t), "amounts21 object");
}

/* helper round amounts5: currencies named by a place or an adjective, by
 * the document, wire copy's words and historical codes */

static void expect_money(const ng_doc *d, const char *text, double v, double hi, const char *unit)
{
    const ng_amount *a = find(d, text);
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == v && (hi == v ? !a->is_range : a->value_hi == hi) &&
          unit_is(a, unit));
    if (a && !(a->kind == NG_AMT_MONEY && unit_is(a, unit)))
        fprintf(stderr, "  \"%s\": kind %d unit %s\n", text, a->kind, a->unit ? a->unit : "null");
}

static void a_range(const ng_doc *d, const char *text, double lo, double hi)
{
    const ng_amount *a = find(d, text);
    CHECK(a && a->kind == NG_AMT_PERCENT && a->is_range && a->value == lo && a->value_hi == hi);
}

static void test_amounts5_currencies(void)
{
    /* a dollar named by its place, the symbols of other dollars */
    ng_doc *d = run("Harbour Bank lent 50 mln Taiwan dlrs, 20 mln Hong Kong dlrs and 8 mln New Zealand dollars, "
                    "then 3 mln Singapore dlrs. It sold HK$40m of notes, NZ$5m of bills, S$9m of bonds and "
                    "NT$700 mln of stock.");
    CHECK(d != NULL);
    expect_money(d, "50 mln Taiwan dlrs", 5e7, 5e7, "TWD");
    expect_money(d, "20 mln Hong Kong dlrs", 2e7, 2e7, "HKD");
    expect_money(d, "8 mln New Zealand dollars", 8e6, 8e6, "NZD");
    expect_money(d, "3 mln Singapore dlrs", 3e6, 3e6, "SGD");
    expect_money(d, "HK$40m", 4e7, 4e7, "HKD");
    expect_money(d, "NZ$5m", 5e6, 5e6, "NZD");
    expect_money(d, "S$9m", 9e6, 9e6, "SGD");
    expect_money(d, "NT$700 mln", 7e8, 7e8, "TWD");
    ng_doc_free(d);
    /* a country's adjective before a word several currencies share, and
     * other adjectives; "CFA francs" stays a count */
    d = run("Orders came to 300 mln French francs, 90 mln Belgian francs, 12 mln Danish crowns, "
            "40 mln Swedish crowns, 15 mln Egyptian pounds, 600 mln Italian lire, 70 mln Philippine pesos, "
            "25 mln Sri Lankan rupees, 4 mln Kenyan shillings and 9 mln CFA francs.");
    CHECK(d != NULL);
    expect_money(d, "300 mln French francs", 3e8, 3e8, "FRF");
    expect_money(d, "90 mln Belgian francs", 9e7, 9e7, "BEF");
    expect_money(d, "12 mln Danish crowns", 1.2e7, 1.2e7, "DKK");
    expect_money(d, "40 mln Swedish crowns", 4e7, 4e7, "SEK");
    expect_money(d, "15 mln Egyptian pounds", 1.5e7, 1.5e7, "EGP");
    expect_money(d, "600 mln Italian lire", 6e8, 6e8, "ITL");
    expect_money(d, "70 mln Philippine pesos", 7e7, 7e7, "PHP");
    expect_money(d, "25 mln Sri Lankan rupees", 2.5e7, 2.5e7, "LKR");
    expect_money(d, "4 mln Kenyan shillings", 4e6, 4e6, "KES");
    const ng_amount *a = find(d, "9 mln CFA francs");
    CHECK(a && a->kind == NG_AMT_COUNT);
    ng_doc_free(d);
    /* words of one currency; the codes */
    d = run("The fund holds 80 mln guilders, 700 billion lire, 60 mln ringgit, 5 mln rand, 900 mln pesetas, "
            "30 mln schillings, 20 mln baht, 45 mln ECUs, 15 mln SDRs, 8 mln markka and DKK 12 mln.");
    CHECK(d != NULL);
    expect_money(d, "80 mln guilders", 8e7, 8e7, "NLG");
    expect_money(d, "700 billion lire", 7e11, 7e11, "ITL");
    expect_money(d, "60 mln ringgit", 6e7, 6e7, "MYR");
    expect_money(d, "5 mln rand", 5e6, 5e6, "ZAR");
    expect_money(d, "900 mln pesetas", 9e8, 9e8, "ESP");
    expect_money(d, "30 mln schillings", 3e7, 3e7, "ATS");
    expect_money(d, "20 mln baht", 2e7, 2e7, "THB");
    expect_money(d, "45 mln ECUs", 4.5e7, 4.5e7, "XEU");
    expect_money(d, "15 mln SDRs", 1.5e7, 1.5e7, "XDR");
    expect_money(d, "8 mln markka", 8e6, 8e6, "FIM");
    expect_money(d, "DKK 12 mln", 1.2e7, 1.2e7, "DKK");
    ng_doc_free(d);
    /* the document names the franc, the crown, the peso; failing that,
     * francs are Swiss and crowns no money */
    d = run("The French government said the deficit fell to 120 billion francs.");
    CHECK(d != NULL);
    expect_money(d, "120 billion francs", 1.2e11, 1.2e11, "FRF");
    ng_doc_free(d);
    d = run("Harbour Bank of Paris, which raised 50 mln Swiss francs, said profit rose to 80 mln francs.");
    CHECK(d != NULL);
    expect_money(d, "80 mln francs", 8e7, 8e7, "CHF"); /* the pair outweighs "Paris" */
    ng_doc_free(d);
    d = run("The Belgian treasury sold 40 billion francs of bills. Norway's bank lent 3 billion crowns.");
    CHECK(d != NULL);
    expect_money(d, "40 billion francs", 4e10, 4e10, "BEF");
    expect_money(d, "3 billion crowns", 3e9, 3e9, "NOK");
    ng_doc_free(d);
    d = run("Kerrin said sales were 300 mln francs and it paid 20 mln crowns for a plant near Manila, "
            "worth 90 mln pesos.");
    CHECK(d != NULL);
    expect_money(d, "300 mln francs", 3e8, 3e8, "CHF");
    expect_money(d, "90 mln pesos", 9e7, 9e7, "PHP");
    a = find(d, "20 mln crowns");
    CHECK(a && a->kind == NG_AMT_COUNT);
    ng_doc_free(d);
    d = run("Jordan's loans total 902 mln dinars, against 1.5 billion for Algeria and Jordan's neighbours.");
    CHECK(d != NULL);
    expect_money(d, "902 mln dinars", 9.02e8, 9.02e8, "JOD");
    ng_doc_free(d);
    /* a French name, a French city, the first part of a hyphenated name
     * (objects8) */
    d = run("Societe Francaise de Ferries said it would raise 600 mln francs.");
    CHECK(d != NULL);
    expect_money(d, "600 mln francs", 6e8, 6e8, "FRF");
    ng_doc_free(d);
    d = run("A ferry terminal at Dunkirk will cost 70 mln francs.");
    CHECK(d != NULL);
    expect_money(d, "70 mln francs", 7e7, 7e7, "FRF");
    ng_doc_free(d);
    d = run("The Belgo-Dutch ferry line lost 90 mln francs.");
    CHECK(d != NULL);
    expect_money(d, "90 mln francs", 9e7, 9e7, "BEF");
    ng_doc_free(d);
    /* the headline and a wire instrument code name it too */
    d = run_titled("HARBOUR BANK ISSUES 500 MLN FRENCH FRANC BOND", "The bank is issuing 500 mln francs of bonds.");
    CHECK(d != NULL);
    expect_money(d, "500 mln francs", 5e8, 5e8, "FRF");
    ng_doc_free(d);
    d = run("Cie Harbour <HARB.PA> said net profit was 80 mln francs.");
    CHECK(d != NULL);
    expect_money(d, "80 mln francs", 8e7, 8e7, "FRF");
    ng_doc_free(d);
    d = run("Harbour AB <HARB ST> said sales rose to 9.1 billion crowns.");
    CHECK(d != NULL);
    expect_money(d, "9.1 billion crowns", 9.1e9, 9.1e9, "SEK");
    ng_doc_free(d);
    /* wire copy writes sterling "stg": its pounds weigh, unless the
     * document names a country of pounds; elsewhere pounds are sterling */
    d = run("The jet cost 40 mln dlrs and weighs 870,000 pounds. The agency bought 2.3 mln pounds of rice "
            "and 5 mln pounds sterling of bonds.");
    CHECK(d != NULL);
    a = find(d, "870,000 pounds");
    CHECK(a && a->kind == NG_AMT_COUNT && unit_is(a, "pounds"));
    a = find(d, "2.3 mln pounds");
    CHECK(a && a->kind == NG_AMT_COUNT);
    expect_money(d, "5 mln pounds", 5e6, 5e6, "GBP");
    ng_doc_free(d);
    d = run("Sudan, which owes 12 billion dlrs, set the rate at 2.5 pounds to the dollar.");
    CHECK(d != NULL);
    expect_money(d, "2.5 pounds", 2.5, 2.5, "SDP");
    ng_doc_free(d);
    /* (objects8) wire copy's scale "mln" alone marks wire copy; a country
     * of pounds is the document's also outside wire copy */
    d = run("The mill will raise output to 30 mln pounds of yarn a year.");
    CHECK(d != NULL);
    a = find(d, "30 mln pounds");
    CHECK(a && a->kind == NG_AMT_COUNT);
    ng_doc_free(d);
    d = run("Lebanon's ferry budget is 9.5 billion pounds this year.");
    CHECK(d != NULL);
    expect_money(d, "9.5 billion pounds", 9.5e9, 9.5e9, "LBP");
    ng_doc_free(d);
    d = run("The ticket will cost five pounds.");
    CHECK(d != NULL);
    expect_money(d, "five pounds", 5, 5, "GBP");
    ng_doc_free(d);
    /* cents after a dollar's place; decimal cents are the doubles their
     * digits name */
    d = run("Zinc costs 37-1/2 U.S. cents and 50 Canadian cents a pound. The dividend is 10.4 cts, and "
            "8.2p a share in London.");
    CHECK(d != NULL);
    expect_money(d, "37-1/2 U.S. cents", 0.375, 0.375, "USD");
    expect_money(d, "50 Canadian cents", 0.5, 0.5, "CAD");
    expect_money(d, "10.4 cts", 0.104, 0.104, "USD");
    expect_money(d, "8.2p", 0.082, 0.082, "GBP");
    ng_doc_free(d);
}

/* Wire copy's cents after a number in words, ranges of fractions; not a
 * range from a year or of a change and a level */
static void test_amounts5_cents_ranges(void)
{
    ng_doc *d = run("Shr loss nine cts vs profit four cts. The dividend is 40 to 45 cts and taxes fell two pence. "
                    "Harbour Line shed 90 dlrs and Evergo one to 74 cents.");
    CHECK(d != NULL);
    expect_money(d, "nine cts", 0.09, 0.09, "USD");
    expect_money(d, "four cts", 0.04, 0.04, "USD");
    expect_money(d, "40 to 45 cts", 0.4, 0.45, "USD");
    expect_money(d, "two pence", 0.02, 0.02, "GBP");
    expect_money(d, "74 cents", 0.74, 0.74, "USD");
    CHECK(d && d->amounts.n == 6);
    ng_doc_free(d);
    d = run("Call money was 5-3/4 to 6-1/4 pct, bills were between 5-5/16 and 5-9/16 pct, the coupon five to "
            "5-1/4 pct, and the shares were quoted at 3/8 to 1/2 dlr. The bank raised rates by 1/4 to 14 pct. "
            "Imports rose 27.5 pct in 1986 to 610,500 units.");
    CHECK(d != NULL);
    a_range(d, "5-3/4 to 6-1/4 pct", 5.75, 6.25);
    a_range(d, "between 5-5/16 and 5-9/16 pct", 5.3125, 5.5625);
    a_range(d, "five to 5-1/4 pct", 5, 5.25);
    expect_money(d, "3/8 to 1/2 dlr", 0.375, 0.5, "USD");
    const ng_amount *b = find(d, "14 pct"); /* a change and a level */
    CHECK(b && !b->is_range);
    const ng_amount *a = find(d, "610,500 units");
    CHECK(a && a->kind == NG_AMT_COUNT && a->value == 610500 && !a->is_range);
    ng_doc_free(d);
    /* a comparison passes over the figure a share of the amount before;
     * "vs" ends a noun phrase */
    d = run("Kerrin reported net income of 1.8 mln dlrs, or four cts a share, vs 900,000 dlrs. "
            "Qtly div Class A nine cts vs seven cts prior.");
    CHECK(d != NULL);
    CHECK(obj_is(d, find(d, "900,000 dlrs"), "net income"));
    CHECK(obj_is(d, find(d, "nine cts"), NULL));
    ng_doc_free(d);
}

static void test_json(void)
{
    ng_doc *d = run("They sent $5 million in aid.");
    char *js = NULL;
    size_t n;
    CHECK(d && ng_doc_to_json(d, &js, &n) == 0);
    CHECK(js && strstr(js, "\"amounts\":[{\"text\":\"$5 million\",\"start\":10,\"end\":20,\"kind\":\"money\","
                           "\"value\":5000000,\"value_hi\":null,\"unit\":\"USD\",\"approx\":null,"
                           "\"object\":\"aid\",\"object_start\":24,\"object_end\":27}]"));
    ng_free(js);
    ng_doc_free(d);
}

static void test_pathological(void)
{
    size_t n = 1000000;
    char *s = malloc(n + 1);
    CHECK(s != NULL);
    if (!s)
        return;
    clock_t t0 = clock();
    for (size_t i = 0; i < n; i++)
        s[i] = (char)('1' + i % 9);
    s[n] = 0;
    ng_doc *d = run(s); /* a million digits: one token, not an amount */
    CHECK(d != NULL && d->amounts.n == 0);
    ng_doc_free(d);
    const char *unit = "$5 million 3 percent 12 tanks between 2 and ";
    size_t ul = strlen(unit), reps = n / ul;
    for (size_t r = 0; r < reps; r++)
        memcpy(s + r * ul, unit, ul);
    s[reps * ul] = 0;
    d = run(s);
    CHECK(d != NULL && d->amounts.n >= reps * 3);
    ng_doc_free(d);
    for (size_t i = 0; i < n; i++)
        s[i] = (i % 2) ? ' ' : '$';
    d = run(s);
    CHECK(d != NULL && d->amounts.n == 0);
    ng_doc_free(d);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(secs < 10.0);
    if (secs >= 10.0)
        fprintf(stderr, "pathological inputs took %.1f s\n", secs);
    free(s);
}

/* A figure and its unit in one hyphenated word, a modifier: "a 4bn-euro
 * hole", "the 418bn-rand budget", "the one-billion-dlr loan", "a six-cent
 * dividend", "a two-pence cut"; a number word and its scale before the
 * currency: "a three-billion franc bond"; after a symbol: "£30m-plus"
 * (over), "$779m-798m" (a range), "$100m-share sale" (to the scale); no
 * weight ("a two-pound bag") (amounts20). */
static void test_word_figures(void)
{
    ng_doc *d = run("It disclosed a 4bn-euro hole and the 418bn-rand budget. The one-billion-dlr loan and a ten-mln-dlr "
                    "facility came with a six-cent dividend and a two-pence cut. Paris sold a three-billion franc bond. "
                    "Chelsea made a £30m-plus bid. Profits were $779m-798m. Nasdaq plans a $100m-share sale of a "
                    "two-pound bag.");
    const ng_amount *a = find(d, "4bn-euro");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 4e9 && unit_is(a, "EUR") && obj_is(d, a, "hole"));
    a = find(d, "418bn-rand");
    CHECK(a && a->value == 418e9 && unit_is(a, "ZAR"));
    a = find(d, "one-billion-dlr");
    CHECK(a && a->value == 1e9 && unit_is(a, "USD") && obj_is(d, a, "loan"));
    a = find(d, "ten-mln-dlr");
    CHECK(a && a->value == 1e7);
    a = find(d, "six-cent");
    CHECK(a && a->value == 0.06 && unit_is(a, "USD"));
    a = find(d, "two-pence");
    CHECK(a && a->value == 0.02 && unit_is(a, "GBP"));
    a = find(d, "three-billion franc");
    CHECK(a && a->value == 3e9 && unit_is(a, "FRF"));
    a = find(d, "\xC2\xA3" "30m-plus");
    CHECK(a && a->value == 3e7 && unit_is(a, "GBP") && a->approx && !strcmp(a->approx, "over"));
    a = find(d, "$779m-798m");
    CHECK(a && a->is_range && a->value == 779e6 && a->value_hi == 798e6);
    a = find(d, "$100m");
    CHECK(a && a->value == 1e8);
    CHECK_EQ_INT(d ? d->amounts.n : 0, 10);
    ng_doc_free(d);
}

/* A hyphened scale with any currency: "a 500-mln-stg loan", "a
 * 2.5-billion guilder bond"; another currency or its cents glued to a
 * price or worth: "a 530 pence-a-share offer", "2.4bn euros-worth of
 * debts", but "12 euro-zone countries" is no money (amounts20). */
static void test_hyphen_money(void)
{
    ng_doc *d = run("It took a 500-mln-stg loan and a 2.5-billion guilder bond. The 530 pence-a-share offer was made "
                    "to restructure 2.4bn euros-worth of debts in 12 euro-zone countries.");
    const ng_amount *a = find(d, "500-mln-stg");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == 5e8 && unit_is(a, "GBP") && obj_is(d, a, "loan"));
    a = find(d, "2.5-billion guilder");
    CHECK(a && a->value == 2.5e9 && unit_is(a, "NLG"));
    a = find(d, "530 pence");
    CHECK(a && a->value == 5.3 && unit_is(a, "GBP"));
    a = find(d, "2.4bn euros");
    CHECK(a && a->value == 2.4e9 && unit_is(a, "EUR"));
    for (size_t i = 0; d && i < d->amounts.n; i++)
        CHECK(d->amounts.v[i].kind != NG_AMT_MONEY || d->amounts.v[i].value != 12);
    ng_doc_free(d);
}

/* A minus sign glued to the figure makes it negative ("a drop of -3.5
 * pct", "-5.2 mln dlrs", "(-2.5 pct)", a range "-0.90 to -1.10 pct"); a
 * spaced hyphen is a dash ("fell - 3.5 pct") (amounts20). */
static void test_negative_figures(void)
{
    ng_doc *d = run("It saw a drop of -3.5 pct and net income of -5.2 mln dlrs. Output (-2.5 pct) was quoted at -0.90 "
                    "to -1.10 pct. Sales fell - 4.5 pct.");
    const ng_amount *a = find(d, "-3.5 pct");
    CHECK(a && a->kind == NG_AMT_PERCENT && a->value == -3.5);
    a = find(d, "-5.2 mln dlrs");
    CHECK(a && a->kind == NG_AMT_MONEY && a->value == -5.2e6 && obj_is(d, a, "net income"));
    a = find(d, "-2.5 pct");
    CHECK(a && a->value == -2.5);
    a = find(d, "-0.90 to -1.10 pct");
    CHECK(a && a->is_range && a->value == -1.1 && a->value_hi == -0.9);
    a = find(d, "4.5 pct");
    CHECK(a && a->value == 4.5);
    ng_doc_free(d);
}

/* No day has a decimal point: "in January 0.7 pct" is a percentage;
 * wire copy's spaced "mn" is a million ("6.9 mn dlrs") (amounts20). */
static void test_month_decimal_mn(void)
{
    ng_doc *d = run("In December they fell 0.6 pct and in January 0.7 pct. It had a loss of 6.9 mn dlrs on June 9.");
    const ng_amount *a = find(d, "0.7 pct");
    CHECK(a && a->value == 0.7);
    a = find(d, "6.9 mn dlrs");
    CHECK(a && a->value == 6.9e6);
    CHECK_EQ_INT(d ? d->amounts.n : 0, 3);
    ng_doc_free(d);
}

int main(void)
{
    ng_engine_options o;
    memset(&o, 0, sizeof o);
    o.flags = NG_ENGINE_NO_MODELS;
    if (ng_engine_open(&o, &eng, NULL) != 0) {
        fprintf(stderr, "cannot open engine\n");
        return 1;
    }
    test_seeds();
    test_decimal_values();
    test_object_not_time_or_place();
    test_forms();
    test_hyphen_numbers();
    test_number_marks();
    test_not_amounts();
    test_decimal_not_year();
    test_unit_on_next_line();
    test_abbreviated_country_currency();
    test_glued_unit();
    test_hyphen_dollars();
    test_glued_pence();
    test_quote_pairs();
    test_hyphen_unit();
    test_word_figures();
    test_hyphen_money();
    test_negative_figures();
    test_month_decimal_mn();
    test_mark_modifier();
    test_thirds();
    test_to_show_object();
    test_per_unit();
    test_cut_average_passive();
    test_and_its_each();
    test_json();
    test_minor_units();
    test_names_one_fractions();
    test_as_much_as();
    test_count_objects();
    test_object_cut_by_number();
    test_object_before_noun();
    test_object_ends_at_verb();
    test_object_of_change();
    test_second_sample_forms();
    test_third_sample_forms();
    test_object_of_noun_level_conversion();
    test_stop23_objects();
    test_amounts4_objects();
    test_amounts6_objects();
    test_objects7();
    test_objects8();
    test_objects9();
    test_objects10();
    test_objects11();
    test_objects12();
    test_objects13();
    test_objects14();
    test_objects15();
    test_objects16();
    test_objects17();
    test_amounts21_objects();
    test_wire_currencies();
    test_amounts5_currencies();
    test_amounts5_cents_ranges();
    test_pathological();
    ng_engine_close(eng);
    TEST_MAIN_END();
}
