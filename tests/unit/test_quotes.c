/*
 * test_quotes.c -- the quote and attribution annotator (src/annot/quotes.c)
 * on short texts written for these tests: direct quotations in their news
 * forms, reported speech, attributions, speaker resolution through injected
 * entity tables, and linear time on pathological quote marks.
 */
#include "annot/quotes.h"
#include "doc.h"
#include "engine.h"
#include "test.h"

#include <stdlib.h>
#include <time.h>

static ng_engine *eng;

static ng_doc *run(const char *text)
{
    ng_doc *d;
    if (ng_doc_new(&d))
        return NULL;
    /* the engine has no models, so ng_process stops after the text layer and
     * the entity tables stay empty: the annotator is run here on its own */
    if (ng_doc_set_text(d, text, strlen(text)) || ng_process(eng, d) || ng__annot_quotes(eng, d)) {
        fprintf(stderr, "processing failed for: %s\n", text);
        ng_doc_free(d);
        return NULL;
    }
    /* every rule item names its rule (how 0 is the learned tagger's: the
     * record's "method") */
    for (size_t i = 0; i < d->quotes.n; i++)
        CHECK(d->quotes.v[i].how != 0);
    for (size_t i = 0; i < d->attributions.n; i++)
        CHECK(d->attributions.v[i].how != 0);
    return d;
}

static char sbuf[8][1024];
static int sidx;

/* d->text[s..e) as a C string (a few rotating buffers), "" when empty. */
static const char *span(const ng_doc *d, uint32_t s, uint32_t e)
{
    char *b = sbuf[sidx++ % 8];
    size_t n = e > s ? e - s : 0;
    if (n >= 1024)
        n = 1023;
    memcpy(b, d->text + s, n);
    b[n] = 0;
    return b;
}

#define QTEXT(d, i) span((d), (d)->quotes.v[i].start, (d)->quotes.v[i].end)
#define QSPK(d, i) span((d), (d)->quotes.v[i].speaker_start, (d)->quotes.v[i].speaker_end)
#define QCUE(d, i) span((d), (d)->quotes.v[i].cue_start, (d)->quotes.v[i].cue_end)

/* The index of the last quote whose content (by_text) or cue is s, or -1. */
static long quote_with(const ng_doc *d, int by_text, const char *s)
{
    long r = -1;
    for (size_t i = 0; i < d->quotes.n; i++)
        if (!strcmp(by_text ? QTEXT(d, i) : QCUE(d, i), s))
            r = (long)i;
    return r;
}

/* Whether a quote or an attribution has the speaker or source span src and,
 * when text is not NULL, the content text (the speech items below may land
 * in either list: with no entity tables the rules cannot tell a person). */
static int has_item(const ng_doc *d, const char *src, const char *text)
{
    for (size_t i = 0; i < d->quotes.n; i++)
        if (!strcmp(QSPK(d, i), src) && (!text || !strcmp(QTEXT(d, i), text)))
            return 1;
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *a = &d->attributions.v[i];
        if (!strcmp(span(d, a->source_start, a->source_end), src) &&
            (!text || !strcmp(span(d, a->start, a->end), text)))
            return 1;
    }
    return 0;
}

static void test_lexicon(void)
{
    CHECK(ng__cue_table_sorted());
    const ng_cue *c = ng__cue_lookup("told", 4);
    CHECK(c && !strcmp(c->lemma, "tell") && (c->flags & NG_CUE_TELL));
    CHECK(ng__cue_lookup("table", 5) == NULL);
    CHECK(ng__cue_lookup("", 0) == NULL);
}

static void test_split_quote(void)
{
    ng_doc *d = run("“I can announce that the allies agreed on the plan,” the alliance chief said. "
                    "“This is a big day for all of us.”");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 2);
    if (d->quotes.n == 2) {
        CHECK_EQ_STR(QTEXT(d, 0), "I can announce that the allies agreed on the plan");
        CHECK_EQ_INT(d->quotes.v[0].direct, 1);
        CHECK_EQ_STR(QCUE(d, 0), "said");
        CHECK_EQ_STR(d->quotes.v[0].cue_lemma, "say");
        CHECK_EQ_STR(QSPK(d, 0), "the alliance chief");
        CHECK_EQ_INT(d->quotes.v[0].speaker, -1); /* no entities: null, never a guess */
        CHECK_EQ_STR(QTEXT(d, 1), "This is a big day for all of us.");
        CHECK_EQ_STR(QSPK(d, 1), "the alliance chief");
    }
    CHECK_EQ_INT(d->attributions.n, 0);
    ng_doc_free(d);
}

/* “…,” said X, “…”: the cue before the second part's opening mark has its
 * speaker after it; the second part keeps that speaker (it had none). */
static void test_split_inverted(void)
{
    ng_doc *d = run("The plan was agreed late on Monday. “The deal is done,” said Anna Berg, "
                    "“and every member will take part in it.”");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 2);
    if (d->quotes.n == 2) {
        CHECK_EQ_STR(QTEXT(d, 0), "The deal is done");
        CHECK_EQ_STR(QSPK(d, 0), "Anna Berg");
        CHECK_EQ_STR(QTEXT(d, 1), "and every member will take part in it.");
        CHECK_EQ_STR(QCUE(d, 1), "said");
        CHECK_EQ_STR(QSPK(d, 1), "Anna Berg");
    }
    ng_doc_free(d);
}

/* A teller inverted after its cue inside the sentence, between commas
 * ("By contrast, said Ann Berg, …"): the rest of the sentence is what was
 * said; a short subject before it gives two items; a subject with an
 * apposition before the cue ("Tom Vance, a port spokesman, said the fees,
 * …") is the cue's own subject, as before. */
static void test_inverted_inside(void)
{
    ng_doc *d = run("The ferry will run all winter. By contrast, said Ann Berg, the old boats were laid up every "
                    "November. The plan, says Ann Berg, is to keep both boats at sea. "
                    "Tom Vance, a port spokesman, said the fees, set in May, will rise next year.");
    CHECK(d != NULL);
    if (!d)
        return;
    long a = quote_with(d, 1, "the old boats were laid up every November");
    CHECK(a >= 0);
    if (a >= 0) {
        CHECK_EQ_STR(QSPK(d, a), "Ann Berg");
        CHECK_EQ_STR(QCUE(d, a), "said");
    }
    long b = quote_with(d, 1, "is to keep both boats at sea"), c = quote_with(d, 1, "The plan");
    CHECK(b >= 0 && c >= 0);
    if (b >= 0 && c >= 0) {
        CHECK_EQ_STR(QSPK(d, b), "Ann Berg");
        CHECK_EQ_STR(QSPK(d, c), "Ann Berg");
    }
    long v = quote_with(d, 0, "said");
    CHECK(v >= 0);
    if (v >= 0)
        CHECK_EQ_STR(QSPK(d, v), "Tom Vance, a port spokesman");
    ng_doc_free(d);
}

/* "US" and "IT" in capitals are a country and a trade, not the pronouns:
 * subjects of their own and parts of longer ones. */
static void test_us_capitals(void)
{
    ng_doc *d = run("The talks ended on Monday. The US says it will not sign the harbour treaty. "
                    "US officials said the fleet would stay in port. IT firms say they cannot find staff.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "The US", "it will not sign the harbour treaty"));
    CHECK(has_item(d, "US officials", "the fleet would stay in port"));
    CHECK(has_item(d, "IT firms", "they cannot find staff"));
    ng_doc_free(d);
}

/* A bare plural after its cue at the end of the sentence is the teller
 * ("…, say security experts.", "…, said officials."): a listed source noun
 * or a trade in -ers/-ists/-ants/-ents. */
static void test_bare_plural_teller(void)
{
    ng_doc *d = run("The talks ended on Monday. Ferry fares will rise again next year, say transport experts. "
                    "The harbour will stay closed until March, said officials.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->attributions.n, 2);
    if (d->attributions.n == 2) {
        const ng_attribution *a = &d->attributions.v[0], *b = &d->attributions.v[1];
        CHECK_EQ_STR(span(d, a->source_start, a->source_end), "transport experts");
        CHECK_EQ_STR(span(d, a->start, a->end), "Ferry fares will rise again next year");
        CHECK_EQ_STR(span(d, b->source_start, b->source_end), "officials");
        CHECK_EQ_STR(span(d, b->start, b->end), "The harbour will stay closed until March");
    }
    ng_doc_free(d);
}

/* A name in 's right before a verb of saying is no possessive ("Moody's
 * said"); "May" after a first name and before a comma is a name. */
static void test_name_s_and_may(void)
{
    ng_doc *d = run("The talks ended on Monday. Moody's said it would cut the port's rating. "
                    "Theresa May, the shadow minister, said the ferry plan was flawed.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Moody's", "it would cut the port's rating"));
    CHECK(has_item(d, "Theresa May, the shadow minister", "the ferry plan was flawed"));
    ng_doc_free(d);
}

/* A plural cue noun opening its sentence is a subject ("Reports say …");
 * an addressee ends before a determiner that opens the reported clause
 * ("told the conference the harbour …"), and an object pronoun before one
 * is the addressee alone ("told her the …"). */
static void test_reports_and_addressee(void)
{
    ng_doc *d = run("The talks ended on Monday. Reports say the ferry will be sold. "
                    "Ann Berg told the conference the harbour would stay open. "
                    "Tom Vance told her the fares would rise.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Reports", "the ferry will be sold"));
    long b = quote_with(d, 1, "the harbour would stay open"), v = quote_with(d, 1, "the fares would rise");
    CHECK(b >= 0 && v >= 0);
    if (b >= 0)
        CHECK_EQ_STR(QSPK(d, b), "Ann Berg");
    if (v >= 0)
        CHECK_EQ_STR(QSPK(d, v), "Tom Vance");
    ng_doc_free(d);
}

/* A headline that ends in its teller with no comma: the words before
 * "says" are the claim, the name after it the source. */
static void test_headline_teller(void)
{
    ng_doc *d = run("Ferry fares to rise says Harbour Watch\n\nFares on the island ferry will rise in May.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Harbour Watch", "Ferry fares to rise"));
    ng_doc_free(d);
}

/* A cue word capitalised after a capitalised word is a name's word, not a
 * verb, before the cue ("Federal Express said", "the Daily Express says"). */
static void test_name_cue_word(void)
{
    ng_doc *d = run("Harbour Express said fares would rise in May.\n\nThe Kerrin Warning Co said it would add a boat.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Harbour Express", "fares would rise in May"));
    CHECK(has_item(d, "The Kerrin Warning Co", "it would add a boat"));
    ng_doc_free(d);
}

/* A short phrase between the cue and its clause with no comma ("said to
 * date it has …", "said in fiscal 1988 the company will …"); not an object
 * with a clause of its own ("adding to honours it has …"). */
static void test_clause_after_phrase(void)
{
    ng_doc *d = run("The ferry company said to date it has sold 9,000 tickets.\n\n"
                    "Ann Berg said in fiscal 1988 the company will add two boats.\n\n"
                    "The film had more praise, adding to honours it has already picked up.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "The ferry company", "it has sold 9,000 tickets"));
    CHECK(has_item(d, "Ann Berg", "the company will add two boats"));
    for (size_t i = 0; i < d->quotes.n; i++)
        CHECK(strcmp(QTEXT(d, i), "it has already picked up"));
    for (size_t i = 0; i < d->attributions.n; i++)
        CHECK(strcmp(span(d, d->attributions.v[i].start, d->attributions.v[i].end), "it has already picked up"));
    ng_doc_free(d);
}

/* A day between the subject and its cue stays in the source, as PolNeAR
 * draws it ("Clinton defenders today argue"), not after a quote mark. */
static void test_day_before_cue(void)
{
    ng_doc *d = run("Harbour Ferries yesterday said fares would rise in May.\n\n"
                    "Ferry chief Ann Berg said: \"Harbour Watch's report today confirms what we have always said - "
                    "that the plan is too dear for the island. On the fares, Ms Berg said: \"They are fine.\"");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Harbour Ferries yesterday", "fares would rise in May"));
    for (size_t i = 0; i < d->quotes.n; i++) /* (no reported speech inside the quotation) */
        CHECK(strcmp(span(d, d->quotes.v[i].cue_start, d->quotes.v[i].cue_end), "confirms"));
    for (size_t i = 0; i < d->attributions.n; i++)
        CHECK(strcmp(span(d, d->attributions.v[i].cue_start, d->attributions.v[i].cue_end), "confirms"));
    ng_doc_free(d);
}

/* The addressee of a verb of telling up to its "that" over brackets or an
 * apposition ("told the National People's Congress, China's parliament,
 * that"). */
static void test_addressee_marks(void)
{
    ng_doc *d = run("Ann Berg told the Harbour Council, the island's parliament, that fares would rise in May.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Ann Berg", "fares would rise in May"));
    ng_doc_free(d);
}

/* A wire's name in brackets opening its sentence, an angle-bracket name of
 * over seven tokens, and one after "The" ("(Warrington Inc) said", "<America
 * First Federally Guaranteed Mortgage Fund Two> said", "The <New York
 * Stock Exchange> said"). */
static void test_wire_brackets(void)
{
    ng_doc *d = run("(Kerrin Ferry Inc) said it sold its two old boats.\n\n"
                    "<Kerrin First Federally Guaranteed Harbour Fund Two> said it will pay a special dividend.\n\n"
                    "The <Kerrin Stock Exchange> said it is reviewing program trading.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Kerrin Ferry Inc", "it sold its two old boats"));
    CHECK(has_item(d, "Kerrin First Federally Guaranteed Harbour Fund Two", "it will pay a special dividend"));
    CHECK(has_item(d, "The <Kerrin Stock Exchange>", "it is reviewing program trading"));
    ng_doc_free(d);
}

/* A wire's name in angle brackets after a dateline is the subject, alone
 * or before an apposition ("OSLO, March 2 - <Acme Ltd> said", "<Acme
 * Ltd>, a unit of …, said"). */
static void test_wire_angle(void)
{
    ng_doc *d = run("HARBOURTON, March 2 - <Harbour Ferry Ltd> said it will add two boats in May.\n\n"
                    "KIRKWALL, March 3 - <Island Ports Corp>, a unit of Harbour Holdings, said fares "
                    "would rise.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Harbour Ferry Ltd", "it will add two boats in May"));
    CHECK(has_item(d, "<Island Ports Corp>, a unit of Harbour Holdings", "fares would rise"));
    ng_doc_free(d);
}

/* Speech forms of British and wire copy (stop 27, speech3): a bare plural
 * teller after a direct quotation; a teller inverted inside the sentence
 * before "there is"; a plural cue noun after a comma before its verb at
 * the sentence end; a phrase between commas after the cue; a number in
 * the phrase between a cue and the colon before a quotation. */
static void test_speech3_forms(void)
{
    ng_doc *d = run("\"The ferry will not sail this winter,\" said officials. "
                    "Then, say analysts, there is the cost of the new harbour wall. "
                    "The island council will sell the ferry company, reports say. "
                    "Harbour Watch said, in a statement, the fares would rise in May. "
                    "Ann Berg said after the 3-1 vote: \"We will build the pier next year.\" "
                    "The old ferry should be sold to a museum, say those who sailed on it.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "officials", "The ferry will not sail this winter"));
    CHECK(has_item(d, "analysts", "there is the cost of the new harbour wall"));
    CHECK(has_item(d, "reports", "The island council will sell the ferry company"));
    CHECK(has_item(d, "Harbour Watch", "the fares would rise in May"));
    CHECK(has_item(d, "Ann Berg", "We will build the pier next year."));
    CHECK(has_item(d, "those who sailed on it", "The old ferry should be sold to a museum"));
    ng_doc_free(d);
}

/* A longer addressee of "told" with no "that": a possessive, a number or
 * a prepositional phrase of place runs on to the reported clause ("told
 * BBC Radio 4's Today programme he …", "told the court in the town of
 * Kirkwall she …"), but not into a clause ("told the reporters bilateral
 * talks at the end of the year were …" keeps its content). */
static void test_addressee_tail(void)
{
    ng_doc *d = run("Ann Berg told Harbour Radio 4's Morning programme she would sell the ferry. "
                    "Tom Vance told the court in the island town of Kirkwall he was hired in May. "
                    "Sue Hall told the Harbour Gazette website there was no money left.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Ann Berg", "she would sell the ferry"));
    CHECK(has_item(d, "Tom Vance", "he was hired in May"));
    CHECK(has_item(d, "Sue Hall", "there was no money left"));
    ng_doc_free(d);
}

/* "This" before a finite verb, or an opening time or place phrase with a
 * finite auxiliary in its clause, opens the claim before a teller at the
 * sentence end, no introductory phrase ("This week, …", "During an
 * interview in August, …"). */
static void test_this_claim(void)
{
    ng_doc *d = run("This was the smallest rise in ferry fares since 2001, the council said. "
                    "This means the pier will close in May, Ann Berg said. "
                    "For the first time the ferry will sail in winter, Tom Vance said. "
                    "In a speech in Kirkwall, Sue Hall said Monday's vote had saved the pier.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "the council", "This was the smallest rise in ferry fares since 2001"));
    CHECK(has_item(d, "Ann Berg", "This means the pier will close in May"));
    CHECK(has_item(d, "Tom Vance", "For the first time the ferry will sail in winter"));
    CHECK(has_item(d, "Sue Hall", "Monday's vote had saved the pier")); /* (a weekday's possessive: no time tail) */
    ng_doc_free(d);
}

static void test_told_reporters(void)
{
    ng_doc *d = run("\"That is the reason we came here,\" Mark Dekker told reporters. \"It is still "
                    "true today.\"");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 2);
    if (d->quotes.n >= 1) {
        CHECK_EQ_STR(QTEXT(d, 0), "That is the reason we came here");
        CHECK_EQ_STR(QCUE(d, 0), "told");
        CHECK_EQ_STR(d->quotes.v[0].cue_lemma, "tell");
        CHECK_EQ_STR(QSPK(d, 0), "Mark Dekker");
    }
    if (d->quotes.n >= 2)
        CHECK_EQ_STR(QSPK(d, 1), "Mark Dekker");
    ng_doc_free(d);
}

static void test_colon_and_nested(void)
{
    ng_doc *d = run("She said: “We heard them shout ‘never again’ and we agreed.”");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 1);
    if (d->quotes.n == 1) {
        CHECK_EQ_STR(QTEXT(d, 0), "We heard them shout ‘never again’ and we agreed.");
        CHECK_EQ_STR(QSPK(d, 0), "She");
        CHECK_EQ_STR(QCUE(d, 0), "said");
        CHECK_EQ_INT(d->quotes.v[0].direct, 1);
    }
    ng_doc_free(d);
}

/* A verb of asserting with its own subject inside reported speech is an
 * attribution of its own, nested in the outer content, which stays whole;
 * wishes and stances inside are left to the outer item. */
static void test_nested_reported(void)
{
    ng_doc *d = run("The harbour master said that Ann Berg had argued the ferry plan would fail. "
                    "The mayor said that most voters want a second ferry next year.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 3);
    if (d->quotes.n == 3) {
        CHECK_EQ_STR(QSPK(d, 0), "The harbour master");
        CHECK_EQ_STR(QTEXT(d, 0), "Ann Berg had argued the ferry plan would fail");
        CHECK_EQ_STR(QSPK(d, 1), "Ann Berg");
        CHECK_EQ_STR(QCUE(d, 1), "argued");
        CHECK_EQ_STR(QTEXT(d, 1), "the ferry plan would fail");
        CHECK_EQ_STR(QSPK(d, 2), "The mayor");
        CHECK_EQ_STR(QTEXT(d, 2), "most voters want a second ferry next year");
    }
    ng_doc_free(d);
    /* a chain of nested cues: a few per content, so the record stays linear */
    d = run("Berg said Vance said Lind said Moe said Dahl said Roe said Kim said the port is shut.");
    CHECK(d != NULL);
    if (d) {
        CHECK_EQ_INT(d->quotes.n, 5);
        if (d->quotes.n >= 2) {
            CHECK_EQ_STR(QSPK(d, 0), "Berg");
            CHECK_EQ_STR(QSPK(d, 1), "Vance");
            CHECK_EQ_STR(QTEXT(d, 1), "Lind said Moe said Dahl said Roe said Kim said the port is shut");
        }
    }
    ng_doc_free(d);
}

/* A verb of speech (past, -ed or after an auxiliary) and a phrase after
 * it with no comma to end it: after the prepositions its lemma takes
 * ("complained about", "written of", "boasted of") the phrase is what was
 * said, up to "and" and an auxiliary, the preposition part of the cue;
 * other phrases give no item. */
static void test_speech_prep_object(void)
{
    ng_doc *d = run("Ann Berg complained about the noise of the night ferries. "
                    "Tom Vance has often written of his years at sea in the harbour town. "
                    "The pilots boasted of record crossings and are planning more. "
                    "The harbour master said on Monday at the quay.");
    CHECK(d != NULL);
    if (!d)
        return;
    long a = quote_with(d, 0, "complained about");
    CHECK(a >= 0);
    if (a >= 0) {
        CHECK_EQ_STR(QSPK(d, a), "Ann Berg");
        CHECK_EQ_STR(QTEXT(d, a), "the noise of the night ferries");
    }
    long b = quote_with(d, 0, "written of");
    CHECK(b >= 0);
    if (b >= 0) {
        CHECK_EQ_STR(QSPK(d, b), "Tom Vance");
        CHECK_EQ_STR(QTEXT(d, b), "his years at sea in the harbour town");
    }
    /* (the object ends before "and" and an auxiliary) */
    long e = quote_with(d, 0, "boasted of");
    if (e < 0)
        for (size_t i = 0; i < d->attributions.n && e < 0; i++)
            if (!strcmp(span(d, d->attributions.v[i].cue_start, d->attributions.v[i].cue_end), "boasted of")) {
                CHECK_EQ_STR(span(d, d->attributions.v[i].start, d->attributions.v[i].end), "record crossings");
                e = 1000;
            }
    CHECK(e >= 0);
    if (e >= 0 && e < 1000)
        CHECK_EQ_STR(QTEXT(d, e), "record crossings");
    /* ("said on Monday at the quay": no object of speech; "are planning
     * more" is the pilots' own item) */
    CHECK_EQ_INT(d->quotes.n + d->attributions.n, 4);
    ng_doc_free(d);
}

/* A verb of asserting inside reported speech whose subject is a short
 * lower-case plural ("marine engineers say", "many pilots say") is an
 * attribution nested in the outer content, as a name or pronoun there is;
 * a share of a poll ("51 percent of voters say") is not. */
static void test_nested_plural(void)
{
    ng_doc *d = run("The harbour master said the old ferry is slow because marine engineers say its engines are "
                    "worn out. The mayor said that 51 percent of voters say the ferry is too slow.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 3);
    if (d->quotes.n == 3) {
        CHECK_EQ_STR(QTEXT(d, 0), "the old ferry is slow because marine engineers say its engines are worn out");
        CHECK_EQ_STR(QSPK(d, 1), "marine engineers");
        CHECK_EQ_STR(QCUE(d, 1), "say");
        CHECK_EQ_STR(QTEXT(d, 1), "its engines are worn out");
        CHECK_EQ_STR(QSPK(d, 2), "The mayor");
        CHECK_EQ_STR(QTEXT(d, 2), "51 percent of voters say the ferry is too slow");
    }
    CHECK_EQ_INT(d->attributions.n, 0);
    ng_doc_free(d);
}

/* A subject carried past a first clause (helper round carry): a participle
 * after a clause joined by "but" whose verb is an irregular past ("but Ann
 * Berg brought him again back …, asking") or by ", and" with a determiner
 * phrase as subject ("…, and the harbour master tripped up Vance by calling
 * …") takes that clause's subject, not the sentence's first. */
static void test_carry_subject(void)
{
    ng_doc *d = run("Tom Vance quickly pivoted to talking about the ferry and how he would fix it, but Ann Berg "
                    "brought him again back to the budget, asking him to explain the new tolls.\n\n"
                    "Mayor Ann Berg unleashed attacks against Vance in Monday's debate, and the harbour master "
                    "tripped up Vance by calling him a coward.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Ann Berg", "to explain the new tolls"));
    CHECK(has_item(d, "the harbour master", "him a coward"));
    ng_doc_free(d);
}

/* An "according to" source ends at the bracket it stands in ("(…, according
 * to exit polls), Hull …"), at a comma before a finite verb ("…, according
 * to members who spoke afterward, was any mention …") and, after its comma,
 * before a clause whose subject opens with "the" and a past verb ("…,
 * according to a harbour timeline, the ferry pilots left …"): the rest is
 * the clause, not the source. */
static void test_according_to_clause(void)
{
    ng_doc *d = run("Coastal towns like Dover (93 percent of its voters were white, according to exit polls), "
                    "Hull and Leeds top the list.\n\n"
                    "Notably absent from the meeting, according to members who spoke with reporters afterward, "
                    "was any mention of the ferry budget.\n\n"
                    "About 10 p.m., according to a harbour timeline, the ferry pilots left for the pier.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "exit polls", NULL));
    CHECK(has_item(d, "members who spoke with reporters afterward", NULL));
    CHECK(has_item(d, "a harbour timeline", NULL));
    ng_doc_free(d);
}

/* A finite cue after a comma inside an object content goes on with a list
 * of predicates of the same subject ("Berg defended the plan as …, mocked
 * the council's budget and …"): its subject is the earlier cue's.  Not a
 * naming participle ("a new ferry, called Emiew, …"). */
static void test_predicate_list(void)
{
    ng_doc *d = run("Mayor Ann Berg defended the ferry plan as a modest step, mocked the council's budget and "
                    "promised new tolls. The harbour board urged the council to buy a new ferry, called Emiew, "
                    "for the route.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Mayor Ann Berg", "the ferry plan as a modest step"));
    CHECK(has_item(d, "Mayor Ann Berg", "the council's budget and promised new tolls"));
    CHECK(has_item(d, "The harbour board", "the council to buy a new ferry, called Emiew, for the route"));
    ng_doc_free(d);
}

/* A clause inside reported speech whose own subject follows a comma, "but",
 * "and" or "as" nests an item for any cue verb, not only a verb of
 * asserting ("…, but Mayor Ann Berg fears …"), and its subject may be a
 * phrase opening with a determiner ("but the town council refused …"); a
 * clause that puts its cue first stays in the outer content (cutting it
 * there lost held-out items: often a cause, a time or the same speaker
 * going on).  A coordinated subject ("Ferry Corp and Harbour Ltd approved
 * …") stays the outer content. */
static void test_nested_clause(void)
{
    ng_doc *d = run("The harbour master said the old ferry is slow, but Mayor Ann Berg fears the new ferry will "
                    "cost too much. The council said Ferry Corp and Harbour Ltd approved the new timetable. "
                    "Berg said the pier needs repairs, but the town council refused to pay for them.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "The harbour master",
                   "the old ferry is slow, but Mayor Ann Berg fears the new ferry will cost too much"));
    CHECK(has_item(d, "Mayor Ann Berg", "the new ferry will cost too much"));
    CHECK(has_item(d, "The council", "Ferry Corp and Harbour Ltd approved the new timetable"));
    CHECK(!has_item(d, "Harbour Ltd", NULL));
    CHECK(has_item(d, "Berg", "the pier needs repairs, but the town council refused to pay for them"));
    CHECK(has_item(d, "the town council", "to pay for them"));
    CHECK_EQ_INT(d->quotes.n + d->attributions.n, 5);
    ng_doc_free(d);
}

/* A teller that ends its sentence is cut from the reported content before
 * it ("…, the Gazette reported.", "…, dealers said.": "Harbour Ltd said …"
 * keeps its own content), and an outer item with no source whose cue the
 * teller reports is dropped ("… in the product recall are from …, the
 * harbour board said"). */
static void test_nested_clause_cut(void)
{
    ng_doc *d = run("Harbour Ltd said the fares will rise by a fifth in May, the Gazette reported. "
                    "The affected ferries in the product recall are from the 2004 model year, the harbour board said. "
                    "Ferry Corp expects a fall in bookings of around 10 pct this year, dealers said.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "the Gazette", "Harbour Ltd said the fares will rise by a fifth in May"));
    CHECK(has_item(d, "Harbour Ltd", "the fares will rise by a fifth in May"));
    CHECK(has_item(d, "the harbour board", "The affected ferries in the product recall are from the 2004 model year"));
    CHECK(has_item(d, "dealers", "Ferry Corp expects a fall in bookings of around 10 pct this year"));
    CHECK(has_item(d, "Ferry Corp", "a fall in bookings of around 10 pct this year"));
    CHECK_EQ_INT(d->quotes.n + d->attributions.n, 5);
    ng_doc_free(d);
}

/* A noun of stance after a possessive: the possessor is the source, the
 * phrase after the noun's preposition the content (a stance, not speech). */
static void test_noun_cues(void)
{
    ng_doc *d = run("The council met on Monday. Mayor Ann Berg's support for the ferry plan has grown, "
                    "and her criticism of the harbour board was sharp. "
                    "The Vance family's decision to sell the boatyard surprised the town. "
                    "The cook's plan to the committee was short.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 3);
    if (d->quotes.n == 3) {
        CHECK_EQ_STR(QSPK(d, 0), "Mayor Ann Berg's");
        CHECK_EQ_STR(QCUE(d, 0), "support for");
        CHECK_EQ_STR(QTEXT(d, 0), "the ferry plan");
        CHECK_EQ_INT(d->quotes.v[0].stance, 1);
        CHECK_EQ_STR(QSPK(d, 1), "her");
        CHECK_EQ_STR(QTEXT(d, 1), "the harbour board");
        CHECK_EQ_STR(QSPK(d, 2), "The Vance family's");
        CHECK_EQ_STR(QCUE(d, 2), "decision");
        CHECK_EQ_STR(QTEXT(d, 2), "to sell the boatyard");
    }
    ng_doc_free(d);
}

/* "Asked on Monday whether …": the question after a short phrase; "Asked
 * about the merger" keeps its "about".  Base forms "support"/"favor" are
 * cues only after a subject-like word and before an object. */
static void test_asked_and_support(void)
{
    ng_doc *d = run("Asked on Monday whether the ferry would run in winter, Berg said nothing.\n\n"
                    "Asked about the merger, Vance smiled.\n\n"
                    "Most islanders support a second ferry, and the plan won strong support from the council.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 3);
    if (d->quotes.n == 3) {
        CHECK_EQ_STR(QTEXT(d, 0), "whether the ferry would run in winter");
        CHECK_EQ_STR(QCUE(d, 0), "Asked");
        CHECK_EQ_STR(QTEXT(d, 1), "about the merger");
        CHECK_EQ_INT(d->quotes.v[1].stance, 0);
        CHECK_EQ_STR(QSPK(d, 2), "Most islanders");
        CHECK_EQ_STR(QCUE(d, 2), "support");
        CHECK_EQ_STR(QTEXT(d, 2), "a second ferry");
    }
    ng_doc_free(d);
}

/* "called" with a quoted name: "what X called “…”" is X's, with the "what";
 * "a play called “…”" names a thing.  "calls for $2 million" and "called to
 * ban …" are requests. */
static void test_called(void)
{
    ng_doc *d = run("The port entered what Ann Berg called “a decade of neglect” in 1990. "
                    "The troupe staged a play called “Harbour Lights” last spring. "
                    "Vance calls for $2 million in new dredging. "
                    "Lind called to close the old pier.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 3);
    if (d->quotes.n == 3) {
        CHECK_EQ_STR(QSPK(d, 0), "Ann Berg");
        CHECK_EQ_STR(QTEXT(d, 0), "what Ann Berg called “a decade of neglect”");
        CHECK_EQ_STR(QCUE(d, 1), "calls for");
        CHECK_EQ_STR(QTEXT(d, 1), "$2 million in new dredging");
        CHECK_EQ_STR(QSPK(d, 2), "Lind");
        CHECK_EQ_STR(QTEXT(d, 2), "to close the old pier");
    }
    ng_doc_free(d);
}

/* A name before a colon introduces a quotation in running text too; a
 * byline ("by Times' Ann Berg: “…”") does not. */
static void test_name_colon(void)
{
    ng_doc *d = run("The delay does not surprise harbour pilot Ann Berg: “The channel silts up every spring.” "
                    "The digest ran a story by Times' Tom Vance: “The ferry will run again in May.”");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->quotes.n >= 1);
    if (d->quotes.n >= 1) {
        CHECK_EQ_STR(QSPK(d, 0), "Ann Berg");
        CHECK_EQ_STR(QCUE(d, 0), ":");
        CHECK_EQ_STR(QTEXT(d, 0), "The channel silts up every spring.");
    }
    for (size_t i = 1; i < d->quotes.n; i++)
        CHECK_EQ_STR(QSPK(d, i), "");
    ng_doc_free(d);
}

/* Two names joined by "and" before a colon are the whole source, after
 * "from" or a dash ("More from Berg and Vance: “…”"). */
static void test_colon_pair(void)
{
    ng_doc *d = run("The survey of ferry riders ran in May.\n\nMore from Berg and Vance: “The riders want a later boat.”\n\n"
                    "HARBOUR NOTES - Ann Berg and Tom Vance: “We found that the pier is too short.”");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Berg and Vance", "The riders want a later boat."));
    CHECK(has_item(d, "Ann Berg and Tom Vance", "We found that the pier is too short."));
    ng_doc_free(d);
}

/* A stray comma after a party in brackets before the cue: the name with its
 * brackets is the source. */
static void test_party_comma(void)
{
    ng_doc *d = run("Harbour officials were vague. Sen. Ann Berg (D-Ore.), said after a lunch on Tuesday "
                    "that she had not read the plan.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Sen. Ann Berg (D-Ore.)", NULL));
    ng_doc_free(d);
}

/* A participle after a coordinated subject takes the whole subject, not
 * its first conjunct. */
static void test_and_subject(void)
{
    ng_doc *d = run("Ann Berg and Tom Vance both toured the harbour on Monday, saying the pier was too short. "
                    "Vance and other harbour officials rejected the plan last year, claiming it cost too much.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Ann Berg and Tom Vance", "the pier was too short"));
    CHECK(has_item(d, "Vance and other harbour officials", "it cost too much"));
    ng_doc_free(d);
}

/* Two names, each with its apposition, joined by ", and" before the cue:
 * the whole subject; not places after a preposition. */
static void test_apposition_pair(void)
{
    ng_doc *d = run("Ann Berg, chair of the Harbour Trust, a local charity, and Tom Vance, the mayor of Leith, "
                    "applauded the plan. Berg’s niece Ann, the chair of the trust, and father Tom, the former "
                    "mayor, have said they oppose it. "
                    "Pilots at the ports of Hull, England, and Leith, Scotland, had refused to sail.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Ann Berg, chair of the Harbour Trust, a local charity, and Tom Vance, the mayor of Leith", NULL));
    CHECK(has_item(d, "Berg’s niece Ann, the chair of the trust, and father Tom, the former mayor", NULL));
    CHECK(!has_item(d, "England, and Leith, Scotland", NULL));
    ng_doc_free(d);
}

/* A verb of belief as a parenthetical: the clause around it, one cue. */
static void test_parenthetical_belief(void)
{
    ng_doc *d = run("Such delays, harbour officials believe, will push the ferry budget past its limit.");
    CHECK(d != NULL);
    if (!d)
        return;
    size_t n = d->quotes.n + d->attributions.n;
    CHECK(n >= 1);
    const char *cue = d->quotes.n ? QCUE(d, 0)
                                  : span(d, d->attributions.v[0].cue_start, d->attributions.v[0].cue_end);
    CHECK_EQ_STR(cue, "believe");
    ng_doc_free(d);
}

/* A short subject and its predicate around a parenthetical cue; a long
 * addressee with "of" before "that" after an introductory phrase. */
static void test_short_parenthetical(void)
{
    ng_doc *d = run("This harbour, he says, is different. "
                    "In his email, Tom Vance told members of the harbour board that the vote would wait.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 3);
    if (d->quotes.n == 3) {
        CHECK_EQ_STR(QTEXT(d, 0), "This harbour");
        CHECK_EQ_STR(QTEXT(d, 1), "is different");
        CHECK_EQ_STR(QCUE(d, 1), "says");
        CHECK_EQ_STR(QSPK(d, 2), "Tom Vance");
        CHECK_EQ_STR(QTEXT(d, 2), "the vote would wait");
    }
    ng_doc_free(d);
    /* the name between commas when the phrase before it is no apposition;
     * "this" opens a clause after an addressee unless a time word follows */
    d = run("One pilot not on the night roster, Kelly Moor, told reporters she was leaving the port. "
            "While the council has pushed for new talks, Vance told reporters this was the last chance.");
    CHECK(d != NULL);
    if (d) {
        int moor = 0, vance = 0;
        for (size_t i = 0; i < d->quotes.n; i++) {
            moor |= !strcmp(QSPK(d, i), "Kelly Moor") && !strcmp(QTEXT(d, i), "she was leaving the port");
            vance |= !strcmp(QSPK(d, i), "Vance") && !strcmp(QTEXT(d, i), "this was the last chance");
        }
        for (size_t i = 0; i < d->attributions.n; i++)
            vance |= !strcmp(span(d, d->attributions.v[i].start, d->attributions.v[i].end), "this was the last chance");
        CHECK(moor);
        CHECK(vance);
    }
    ng_doc_free(d);
}

static void test_multi_paragraph(void)
{
    ng_doc *d = run("The minister spoke for an hour.\n\n"
                    "“We will rebuild every school in the region,” said Anna Berg. “And we will do it fast.\n\n"
                    "“Nobody will be left behind.”\n\n"
                    "The session ended at noon.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 2);
    if (d->quotes.n == 2) {
        CHECK_EQ_STR(QTEXT(d, 0), "We will rebuild every school in the region");
        CHECK_EQ_STR(QSPK(d, 0), "Anna Berg");
        /* the second quotation runs over the paragraph break */
        const char *t = QTEXT(d, 1);
        CHECK(strncmp(t, "And we will do it fast.", 23) == 0);
        CHECK(strstr(t, "Nobody will be left behind.") != NULL);
        CHECK_EQ_STR(QSPK(d, 1), "Anna Berg");
    }
    ng_doc_free(d);
}

/* The same convention when the paragraph break was lost (text extracted
 * from pages, corpora that join paragraphs into one line): a quotation that
 * opens a sentence while one is still open continues it. */
static void test_paragraph_lost(void)
{
    ng_doc *d = run("Ann Berg said: \"The harbour is too important to the town to let it close. "
                    "\"It gave me my first job. I will never forget it.\"\n\n"
                    "The vote is on Friday.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 1);
    if (d->quotes.n == 1) {
        const char *t = QTEXT(d, 0);
        CHECK(strncmp(t, "The harbour is too important", 28) == 0);
        CHECK(strstr(t, "I will never forget it.") != NULL);
        CHECK_EQ_STR(QSPK(d, 0), "Ann Berg");
        CHECK_EQ_STR(QCUE(d, 0), "said");
    }
    ng_doc_free(d);
    /* a closed quotation and a new one: two items, as before */
    d = run("Ann Berg said: \"The harbour must stay open.\" \"It gave me my first job,\" she added.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 2);
    ng_doc_free(d);
}

static void test_indirect(void)
{
    ng_doc *d = run("Rutte said there was agreement among the allies on the new spending target. "
                    "He noted that the decision was taken unanimously. "
                    "The minister called on Washington to keep its promises.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 3);
    if (d->quotes.n == 3) {
        CHECK_EQ_INT(d->quotes.v[0].direct, 0);
        CHECK_EQ_STR(QTEXT(d, 0), "there was agreement among the allies on the new spending target");
        CHECK_EQ_STR(QSPK(d, 0), "Rutte");
        CHECK_EQ_STR(QTEXT(d, 1), "the decision was taken unanimously");
        CHECK_EQ_STR(QCUE(d, 1), "noted");
        CHECK_EQ_STR(d->quotes.v[1].cue_lemma, "note");
        CHECK_EQ_STR(QSPK(d, 1), "He");
        CHECK_EQ_STR(QTEXT(d, 2), "Washington to keep its promises");
        CHECK_EQ_STR(d->quotes.v[2].cue_lemma, "call on");
        CHECK_EQ_STR(QSPK(d, 2), "The minister");
    }
    ng_doc_free(d);
}

static void test_intentions(void)
{
    /* beliefs, intentions and stances: the to-infinitive or the object is
     * the content; a noun use ("The plans to …") has no subject and no item */
    ng_doc *d = run("The harbour master vowed to reopen the northern pier by spring. "
                    "Councillor Ivo Brandt doesn't want to raise the ferry fares. "
                    "Mayor Lena Kask denounced the new toll on the coastal road. "
                    "The plans to widen the canal were shelved.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 3);
    if (d->quotes.n == 3) {
        CHECK_EQ_STR(QTEXT(d, 0), "to reopen the northern pier by spring");
        CHECK_EQ_STR(QSPK(d, 0), "The harbour master");
        CHECK_EQ_STR(d->quotes.v[0].cue_lemma, "vow");
        CHECK_EQ_STR(QTEXT(d, 1), "to raise the ferry fares");
        CHECK_EQ_STR(QSPK(d, 1), "Councillor Ivo Brandt");
        CHECK_EQ_STR(d->quotes.v[1].cue_lemma, "want");
        CHECK_EQ_STR(QTEXT(d, 2), "the new toll on the coastal road");
        CHECK_EQ_STR(QCUE(d, 2), "denounced");
        CHECK_EQ_STR(QSPK(d, 2), "Mayor Lena Kask");
    }
    CHECK_EQ_INT(d->attributions.n, 0);
    if (d->quotes.n == 3) { /* vowing and denouncing are speech acts, wanting is not */
        CHECK_EQ_INT(d->quotes.v[0].stance, 0);
        CHECK_EQ_INT(d->quotes.v[1].stance, 1);
        CHECK_EQ_INT(d->quotes.v[2].stance, 0);
    }
    ng_doc_free(d);

    /* an act is a stance, and its object stops at a comma that opens
     * another speaker's clause, which keeps its own cue */
    d = run("Mayor Lena Kask approved the new harbour wall, engineers say the work will take three years.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 2);
    if (d->quotes.n == 2) {
        CHECK_EQ_STR(QTEXT(d, 0), "the new harbour wall");
        CHECK_EQ_INT(d->quotes.v[0].stance, 1);
        CHECK_EQ_STR(QTEXT(d, 1), "the work will take three years");
        CHECK_EQ_STR(QSPK(d, 1), "engineers");
        CHECK_EQ_INT(d->quotes.v[1].stance, 0);
    }
    ng_doc_free(d);
}

static void test_dateline(void)
{
    /* a dateline opening the paragraph is not part of the reported clause */
    ng_doc *d = run("PORT KERRIN — The new harbour wall will hold for a century, Mayor Lena Kask said on Monday.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 1);
    if (d->quotes.n == 1)
        CHECK_EQ_STR(QTEXT(d, 0), "The new harbour wall will hold for a century");
    ng_doc_free(d);

    /* an apposition before the cue of a colon quotation: role and name are the
     * speaker's mention, as in reported speech (the name resolves it) */
    d = run("The port's chief engineer, Ivo Brandt, said: \u201CThe wall will hold for a century.\u201D");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 1);
    if (d->quotes.n == 1)
        CHECK_EQ_STR(QSPK(d, 0), "The port's chief engineer, Ivo Brandt");
    ng_doc_free(d);
}

/* The source span of the first quotation or attribution whose cue (by_cue)
 * or content is s ("" when it has none, NULL when no item has it). */
static const char *source_with(const ng_doc *d, int by_cue, const char *s)
{
    for (size_t i = 0; i < d->quotes.n; i++)
        if (!strcmp(by_cue ? QCUE(d, i) : QTEXT(d, i), s))
            return QSPK(d, i);
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *a = &d->attributions.v[i];
        if (!strcmp(by_cue ? span(d, a->cue_start, a->cue_end) : span(d, a->start, a->end), s))
            return span(d, a->source_start, a->source_end);
    }
    return NULL;
}

static const char *source_of(const ng_doc *d, const char *s) { return source_with(d, 0, s); }

/* Wire copy: a dateline ("PORT KERRIN, March 2 -", "Kerrin, March 2 -",
 * "EAST-HAVEN, Kerr., March 2 -") is never part of a source with an
 * apposition, and a name or ticker in angle brackets ("Harbour Lines Ltd
 * <HBL.K>", "ferry operator <Harbour Lines Ltd>") is no obstacle to the
 * subject before the cue. */
static void test_wire_datelines(void)
{
    ng_doc *d = run("PORT KERRIN, March 2 - Harbour Lines Ltd, a unit of Kerrin Holdings Corp, said the ferry would run daily.\n\n"
                    "Kerrin, March 3 - Ferry Works Inc, the boat builder, said the hull was finished.\n\n"
                    "EAST-HAVEN, Kerr., March 4 - Dock Power Co, a unit of Kerrin Holdings Corp, said the cranes were sold.\n\n"
                    "PORT KERRIN, March 5 - Harbour Lines Ltd <HBL.K> said the fares would rise.\n\n"
                    "PORT KERRIN, March 6 - Ferry operator <Harbour Lines Ltd> said the timetable was ready.\n\n"
                    "DJ Tom Vance - a harbour pilot - said the tide was late.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *want[][2] = {
        {"the ferry would run daily", "Harbour Lines Ltd, a unit of Kerrin Holdings Corp"},
        {"the hull was finished", "Ferry Works Inc, the boat builder"},
        {"the cranes were sold", "Dock Power Co, a unit of Kerrin Holdings Corp"},
        {"the fares would rise", "Harbour Lines Ltd"},
        {"the timetable was ready", "Ferry operator <Harbour Lines Ltd>"},
    };
    for (size_t i = 0; i < NG_ARRAY_LEN(want); i++) {
        const char *got = source_of(d, want[i][0]);
        CHECK(got != NULL);
        if (got)
            CHECK_EQ_STR(got, want[i][1]);
    }
    /* capitals before a name and a dash are no dateline (the span keeps its
     * closing dash, as PolNeAR draws such spans) */
    const char *dj = source_of(d, "the tide was late");
    CHECK(dj != NULL);
    if (dj)
        CHECK_EQ_STR(dj, "DJ Tom Vance - a harbour pilot -");
    ng_doc_free(d);
}

static void test_hedged_and_headlines(void)
{
    ng_doc *d = run("The new pier seems too short for the larger ferries. "
                    "The council is expected to approve the budget on Friday. "
                    "Asked whether the fares would rise, Brandt said nothing.\n\n"
                    "About 4 in 10 residents of the island say they would pay more for faster boats.\n\n"
                    "The plan was backed by Ivo Brandt, who said the port needed the money.\n\n"
                    "Mayor Kask Says Ferry Fares Will Not Rise\n\n"
                    "Most of them said they had never seen the harbour so busy.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 6);
    if (d->quotes.n == 6) {
        CHECK_EQ_STR(QTEXT(d, 0), "whether the fares would rise");
        CHECK_EQ_STR(QCUE(d, 0), "Asked");
        CHECK_EQ_STR(QSPK(d, 0), "");
        CHECK_EQ_STR(QTEXT(d, 1), "they would pay more for faster boats");
        CHECK_EQ_STR(QSPK(d, 1), "About 4 in 10 residents of the island");
        /* a passive stance's agent is its source, the subject its content
         * (passive_by); the relative pronoun is the next speaker's mention */
        CHECK_EQ_STR(QTEXT(d, 2), "The plan");
        CHECK_EQ_STR(QSPK(d, 2), "Ivo Brandt");
        CHECK_EQ_STR(QTEXT(d, 3), "the port needed the money");
        CHECK_EQ_STR(QSPK(d, 3), "who");
        CHECK_EQ_STR(QTEXT(d, 4), "Ferry Fares Will Not Rise");
        CHECK_EQ_STR(QSPK(d, 4), "Mayor Kask");
        CHECK_EQ_STR(d->quotes.v[4].cue_lemma, "say");
        CHECK_EQ_STR(QSPK(d, 5), "Most of them");
    }
    /* hedged claims: attributions with no source, the cue inside the content */
    CHECK_EQ_INT(d->attributions.n, 2);
    if (d->attributions.n == 2) {
        const ng_attribution *a = d->attributions.v;
        CHECK_EQ_STR(span(d, a[0].start, a[0].end), "The new pier seems too short for the larger ferries");
        CHECK_EQ_STR(span(d, a[0].cue_start, a[0].cue_end), "seems");
        CHECK_EQ_INT(a[0].source_end, a[0].source_start);
        CHECK_EQ_STR(span(d, a[1].cue_start, a[1].cue_end), "is expected");
        CHECK_EQ_INT(a[1].source_entity, -1);
    }
    ng_doc_free(d);
}

static void test_reportedly_and_titles(void)
{
    /* "reportedly" and "is said to" hedge a claim (no source); a quoted
     * show title right after "told" is no direct quotation */
    ng_doc *d = run("The harbour board reportedly considered a second ferry line. "
                    "The old pier is said to be unsafe in winter storms. "
                    "Brandt told “Morning Harbour” on Monday.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 0);
    CHECK_EQ_INT(d->attributions.n, 2);
    if (d->attributions.n == 2) {
        const ng_attribution *a = d->attributions.v;
        CHECK_EQ_STR(span(d, a[0].start, a[0].end), "The harbour board reportedly considered a second ferry line");
        CHECK_EQ_STR(span(d, a[0].cue_start, a[0].cue_end), "reportedly");
        CHECK_EQ_STR(span(d, a[1].cue_start, a[1].cue_end), "is said");
        CHECK_EQ_INT(a[1].source_end, a[1].source_start);
    }
    ng_doc_free(d);
}

static void test_scare_quotes(void)
{
    /* a short quoted fragment is no direct quotation; inside reported speech
     * it is part of the indirect quotation */
    ng_doc *d = run("The damage was called “irreversible” by the committee. "
                    "Berg said the plan was “a total failure” from the start.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 1);
    if (d->quotes.n == 1) {
        CHECK_EQ_INT(d->quotes.v[0].direct, 0);
        CHECK_EQ_STR(QTEXT(d, 0), "the plan was “a total failure” from the start");
    }
    ng_doc_free(d);
}

static void test_subjects(void)
{
    /* apposition before the cue, participle, coordinated cue, speech act,
     * headline colon */
    ng_doc *d = run("Tom Vance, a senior analyst at a Dutch bank, said the budget would pass easily. "
                    "The minister spoke for an hour, saying that the army needed new tanks. "
                    "Berg arrived late and said the meeting had gone well for everyone. "
                    "The senator accused the agency of hiding the report.\n\n"
                    "Vance: The budget is safe this year\n\n"
                    "“We did our best,” said Ella Moor, a local teacher.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 6);
    if (d->quotes.n == 6) {
        CHECK_EQ_STR(QTEXT(d, 0), "the budget would pass easily");
        CHECK_EQ_STR(QSPK(d, 0), "Tom Vance, a senior analyst at a Dutch bank");
        CHECK_EQ_STR(QTEXT(d, 1), "the army needed new tanks");
        CHECK_EQ_STR(QCUE(d, 1), "saying");
        CHECK_EQ_STR(QSPK(d, 1), "The minister");
        CHECK_EQ_STR(QTEXT(d, 2), "the meeting had gone well for everyone");
        CHECK_EQ_STR(QSPK(d, 2), "Berg");
        CHECK_EQ_STR(QTEXT(d, 3), "the agency of hiding the report");
        CHECK_EQ_STR(d->quotes.v[3].cue_lemma, "accuse");
        CHECK_EQ_STR(QTEXT(d, 4), "The budget is safe this year");
        CHECK_EQ_STR(QCUE(d, 4), ":");
        CHECK_EQ_STR(QSPK(d, 4), "Vance");
        CHECK_EQ_STR(QTEXT(d, 5), "We did our best");
        CHECK_EQ_STR(QSPK(d, 5), "Ella Moor, a local teacher");
    }
    ng_doc_free(d);
}

static void test_clause_limits(void)
{
    /* reported speech stops at a direct quotation, at ", according to" and
     * at a new clause; a cue inside reported content is not a new quote */
    ng_doc *d = run("Lena Falk said the port was closed and added, “We will reopen it soon.” "
                    "Mark Oort said the deal was dead, according to the Tribune. "
                    "Anna Lind said the plan was good, and she praised the team for its work. "
                    "Jon Pike said that his wife told him the news.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 6);
    if (d->quotes.n == 6) {
        CHECK_EQ_STR(QTEXT(d, 0), "the port was closed");
        CHECK_EQ_STR(QTEXT(d, 1), "We will reopen it soon.");
        CHECK_EQ_STR(QSPK(d, 1), "Lena Falk");
        CHECK_EQ_STR(QTEXT(d, 2), "the deal was dead");
        CHECK_EQ_STR(QTEXT(d, 3), "the plan was good");
        CHECK_EQ_STR(QTEXT(d, 4), "the team for its work");
        CHECK_EQ_STR(QTEXT(d, 5), "his wife told him the news");
    }
    CHECK_EQ_INT(d->attributions.n, 1);
    if (d->attributions.n == 1)
        CHECK_EQ_STR(span(d, d->attributions.v[0].source_start, d->attributions.v[0].source_end),
                     "the Tribune");
    ng_doc_free(d);
}

static void test_british(void)
{
    /* single quotes as primary marks, double quotes nested, apostrophes */
    ng_doc *d = run("'We will not give up on the allies' plans,' the minister said. 'Never.'\n\n"
                    "Ms Holt said: 'The bridge is safe and we told them \"no\" twice.'\n\n"
                    "The deal was called 'irreversible' by critics.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 3);
    if (d->quotes.n == 3) {
        CHECK_EQ_STR(QTEXT(d, 0), "We will not give up on the allies' plans");
        CHECK_EQ_STR(QSPK(d, 0), "the minister");
        CHECK_EQ_STR(QTEXT(d, 1), "Never.");
        CHECK_EQ_STR(QTEXT(d, 2), "The bridge is safe and we told them \"no\" twice.");
        CHECK_EQ_STR(QSPK(d, 2), "Ms Holt");
    }
    ng_doc_free(d);
}

static void test_poll(void)
{
    ng_doc *d = run("Holt leads Vance by five points in a new Gazette poll. "
                    "In a new survey, most voters want lower taxes and better schools.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->attributions.n >= 2);
    if (d->attributions.n >= 2) {
        const ng_attribution *a = d->attributions.v;
        CHECK_EQ_STR(span(d, a[0].start, a[0].end), "Holt leads Vance by five points");
        CHECK_EQ_STR(span(d, a[0].source_start, a[0].source_end), "a new Gazette poll");
        CHECK_EQ_STR(span(d, a[1].source_start, a[1].source_end), "a new survey");
        CHECK_EQ_STR(span(d, a[1].start, a[1].end), "most voters want lower taxes and better schools");
    }
    ng_doc_free(d);
    /* a named poll with a participle phrase; a place before "the polls" is none */
    d = run("In a Gazette/Courier poll released Monday, 48 percent of voters chose Holt. "
            "Voters in the harbour district head to the polls in May.");
    CHECK(d != NULL);
    if (d) {
        CHECK_EQ_INT(d->attributions.n, 1);
        if (d->attributions.n == 1) {
            const ng_attribution *a = d->attributions.v;
            CHECK_EQ_STR(span(d, a[0].source_start, a[0].source_end), "a Gazette/Courier poll released Monday");
            CHECK_EQ_STR(span(d, a[0].start, a[0].end), "48 percent of voters chose Holt");
        }
    }
    ng_doc_free(d);
    /* a month's or day's poll, and "the poll"/"the survey" opening the
     * sentence (mid-sentence "in the poll" may be an election: none) */
    d = run("In May's Harbour Gazette poll, Holt led Vance by ten points.\n\n"
            "In the survey, most pilots backed the new timetable for the winter.\n\n"
            "The mayor wants a part in the poll, expected in May.");
    CHECK(d != NULL);
    if (d) {
        const char *s;
        CHECK((s = source_of(d, "Holt led Vance by ten points")) && !strcmp(s, "May's Harbour Gazette poll"));
        CHECK((s = source_of(d, "most pilots backed the new timetable for the winter")) && !strcmp(s, "the survey"));
        for (size_t i = 0; i < d->attributions.n; i++)
            CHECK(strcmp(span(d, d->attributions.v[i].source_start, d->attributions.v[i].source_end), "the poll"));
    }
    ng_doc_free(d);
}

static void test_attributions(void)
{
    ng_doc *d = run("According to Reuters, the alliance is seeking more air defence systems. "
                    "The talks collapsed late on Friday, officials said. "
                    "The Wall Street Journal reported that the deal was signed in March. "
                    "As the BBC points out, the vote was close.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 0);
    CHECK_EQ_INT(d->attributions.n, 4);
    if (d->attributions.n == 4) {
        const ng_attribution *a = d->attributions.v;
        CHECK_EQ_STR(span(d, a[0].source_start, a[0].source_end), "Reuters");
        CHECK_EQ_STR(span(d, a[0].cue_start, a[0].cue_end), "According to");
        CHECK_EQ_STR(span(d, a[0].start, a[0].end), "the alliance is seeking more air defence systems");
        CHECK_EQ_INT(a[0].source_entity, -1);
        CHECK_EQ_STR(span(d, a[1].source_start, a[1].source_end), "officials");
        CHECK_EQ_STR(span(d, a[1].start, a[1].end), "The talks collapsed late on Friday");
        CHECK_EQ_STR(span(d, a[2].source_start, a[2].source_end), "The Wall Street Journal");
        CHECK_EQ_STR(span(d, a[2].start, a[2].end), "the deal was signed in March");
        CHECK_EQ_STR(span(d, a[3].source_start, a[3].source_end), "the BBC");
        CHECK_EQ_STR(span(d, a[3].start, a[3].end), "the vote was close");
    }
    ng_doc_free(d);
}

/* Source phrases take the whole subject noun phrase (PolNeAR's convention):
 * coordination, prepositional phrases, participles; "according to" takes
 * the phrase up to its comma or the sentence end.  A clause before "and"
 * is not part of the next subject. */
static void test_source_phrases(void)
{
    ng_doc *d = run("According to a count by the Tallinn Gazette, the ferry carried 4,000 people on Sunday. "
                    "The ferry carried 4,000 people last week, according to a count by the port authority of Tallinn. "
                    "She and her husband supported the new ferry line. "
                    "Aides to the mayor say the budget will pass in the spring. "
                    "A poll conducted by the Gazette found that most voters back the plan. "
                    "Ann Berg came to the hall and Tom Vance said the budget would pass. "
                    "The mayor and the council say that the bridge is safe.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *want[] = {"a count by the Tallinn Gazette", "a count by the port authority of Tallinn",
                          "She and her husband", "Aides to the mayor", "A poll conducted by the Gazette",
                          "Tom Vance", "The mayor and the council"};
    /* quotes and attributions together, in text order of their sources */
    size_t found = 0;
    for (size_t w = 0; w < NG_ARRAY_LEN(want); w++) {
        int hit = 0;
        for (size_t i = 0; i < d->quotes.n && !hit; i++)
            hit = !strcmp(QSPK(d, i), want[w]);
        for (size_t i = 0; i < d->attributions.n && !hit; i++)
            hit = !strcmp(span(d, d->attributions.v[i].source_start, d->attributions.v[i].source_end), want[w]);
        if (!hit)
            fprintf(stderr, "test_source_phrases: no source \"%s\"\n", want[w]);
        found += (size_t)hit;
    }
    CHECK_EQ_INT(found, NG_ARRAY_LEN(want));
    CHECK_EQ_INT(d->quotes.n + d->attributions.n, NG_ARRAY_LEN(want));
    ng_doc_free(d);
    /* a list of names before "and", not an introductory place */
    d = run("Ann Berg, Tom Vance and Mia Lund said the ferry should run all winter. "
            "In Tallinn, Ann Berg and Tom Vance said the port would stay open.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 2);
    if (d->quotes.n == 2) {
        CHECK_EQ_STR(QSPK(d, 0), "Ann Berg, Tom Vance and Mia Lund");
        CHECK_EQ_STR(QSPK(d, 1), "Ann Berg and Tom Vance");
    }
    ng_doc_free(d);
}

/* A source after its cue runs over its apposition and relative clauses to
 * the sentence end, but stops before a relative clause that reports a claim
 * of its own; a quotation ending in a comma takes the cue after it whatever
 * follows the cue. */
static void test_source_appositions(void)
{
    ng_doc *d = run("“The ferry is late again,” said Tom Vance, a harbour pilot who has worked the route since 1990.\n\n"
                    "“We will keep the line open,” said Ann Berg, the port director, who said the strike would end soon.\n\n"
                    "“I am voting for the bridge,” Mia Lund said and walked away to the bus.\n\n"
                    "“It was a fair vote,” said Lena Falk, who endorsed the mayor last year.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 6);
    if (d->quotes.n == 6) {
        CHECK_EQ_STR(QSPK(d, 0), "Tom Vance, a harbour pilot who has worked the route since 1990");
        CHECK_EQ_STR(QSPK(d, 1), "Ann Berg, the port director");
        CHECK_EQ_STR(QSPK(d, 2), "who");
        CHECK_EQ_STR(QTEXT(d, 2), "the strike would end soon");
        CHECK_EQ_STR(QSPK(d, 3), "Mia Lund");
        CHECK_EQ_STR(QCUE(d, 3), "said");
        CHECK_EQ_STR(QSPK(d, 4), "Lena Falk, who endorsed the mayor last year");
    }
    ng_doc_free(d);
}

/* "according to" after a reported clause is the source of the whole
 * sentence; a role before the name ("A longtime harbour official, Tom
 * Vance,") is part of the source and the name its head; a reported clause
 * may open with a number. */
static void test_source_roles(void)
{
    ng_doc *d = run("Ann Berg told the council that the port would close, according to two people at the meeting. "
                    "A longtime harbour official, Tom Vance, said the port would reopen in May. "
                    "The port authority says 4,000 people used the ferry on Sunday.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 3);
    if (d->quotes.n == 3) {
        CHECK_EQ_STR(QTEXT(d, 0), "the port would close");
        CHECK_EQ_STR(QSPK(d, 1), "A longtime harbour official, Tom Vance");
        CHECK_EQ_STR(QTEXT(d, 1), "the port would reopen in May");
        CHECK_EQ_STR(QTEXT(d, 2), "4,000 people used the ferry on Sunday");
    }
    CHECK_EQ_INT(d->attributions.n, 1);
    if (d->attributions.n == 1) {
        const ng_attribution *a = d->attributions.v;
        CHECK_EQ_STR(span(d, a->start, a->end), "Ann Berg told the council that the port would close");
        CHECK_EQ_STR(span(d, a->source_start, a->source_end), "two people at the meeting");
    }
    ng_doc_free(d);
}

/* The attribution whose source is s, or NULL. */
static const ng_attribution *attr_from(const ng_doc *d, const char *s)
{
    for (size_t i = 0; i < d->attributions.n; i++)
        if (!strcmp(span(d, d->attributions.v[i].source_start, d->attributions.v[i].source_end), s))
            return &d->attributions.v[i];
    return NULL;
}

/* ", according to X" after a quotation's cue and speaker (a direct
 * quotation, reported speech with its cue after it, or an attribution) is
 * the source of the quotation and of who said it; not across sentences. */
static void test_according_after_cue(void)
{
    ng_doc *d = run("\xE2\x80\x9CWe will not stop,\xE2\x80\x9D Ann Berg said on Monday, according to the Harbour Gazette. "
                    "The ferry will run again, Tom Vance told reporters, according to Radio Tallinn. "
                    "The fares will double, officials said, according to the Gazette. "
                    "\xE2\x80\x9CWe will go,\xE2\x80\x9D Lund said. The vote was close, according to the Courier.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(quote_with(d, 1, "We will not stop") >= 0);
    CHECK(quote_with(d, 1, "The ferry will run again") >= 0);
    const ng_attribution *a = attr_from(d, "the Harbour Gazette");
    CHECK(a != NULL);
    if (a) {
        CHECK_EQ_STR(span(d, a->start, a->end), "We will not stop,\xE2\x80\x9D Ann Berg said on Monday");
        CHECK_EQ_STR(span(d, a->cue_start, a->cue_end), "according to");
    }
    a = attr_from(d, "Radio Tallinn");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end), "The ferry will run again, Tom Vance told reporters");
    a = attr_from(d, "the Gazette");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end), "The fares will double, officials said");
    a = attr_from(d, "the Courier");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end), "The vote was close");
    ng_doc_free(d);
}

/* "According to X, …" claims the whole clause: ", including …" is no
 * clause stop, and a comma that closes a relative clause inside the claim
 * ("Berg, who …, has said …") does not open another speaker's clause; a
 * relative clause opened before the claim still ends it ("Berg, who
 * stayed despite calls for her to step aside, has said …").  What Vance
 * stated is his own item, nested in the claim. */
static void test_according_whole_clause(void)
{
    ng_doc *d = run("According to the Harbour Gazette, the ministry wants to avoid a split among its members, some of whom, "
                    "including Latvia, have voiced doubts about the plan. "
                    "According to Radio Tallinn, Tom Vance, who took office in May, has repeatedly stated his wish to end the "
                    "dispute quickly. "
                    "Ann Berg, who stayed in the race despite calls for her to step aside, has said she will stay.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_attribution *a = attr_from(d, "the Harbour Gazette");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end), "the ministry wants to avoid a split among its members, some of whom, "
                                                "including Latvia, have voiced doubts about the plan");
    a = attr_from(d, "Radio Tallinn");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end), "Tom Vance, who took office in May, has repeatedly stated his wish to "
                                                "end the dispute quickly");
    CHECK(quote_with(d, 1, "she will stay") >= 0);
    CHECK(quote_with(d, 1, "his wish to end the dispute quickly") >= 0); /* nested: "state" */
    for (size_t i = 0; i < d->quotes.n; i++)
        CHECK(strstr(QTEXT(d, i), ", has") == NULL);
    ng_doc_free(d);
}

/* "…, as Bloomberg reported last month.": the claim before the comma is
 * the outlet's -- the content of the item that runs on into the clause
 * (which then ends at the comma), else the clause; not when "as" opens a
 * clause of time with an object after the cue ("as he explained how …"). */
static void test_as_reported(void)
{
    ng_doc *d = run("Ferry fares rose sharply last year, as the Harbour Gazette reported in March. "
                    "The port council said the cost could rise by a fifth if steel prices kept climbing, as Radio "
                    "Tallinn reported last month. "
                    "Ann Berg smiled at the crowd, as she explained how hard the campaign had been.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_attribution *a = attr_from(d, "the Harbour Gazette");
    CHECK(a != NULL);
    if (a) {
        CHECK_EQ_STR(span(d, a->start, a->end), "Ferry fares rose sharply last year");
        CHECK_EQ_STR(span(d, a->cue_start, a->cue_end), "reported");
    }
    a = attr_from(d, "Radio Tallinn");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end), "the cost could rise by a fifth if steel prices kept climbing");
    a = attr_from(d, "The port council"); /* its claim ends at the comma */
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end), "the cost could rise by a fifth if steel prices kept climbing");
    CHECK(attr_from(d, "she") == NULL);
    ng_doc_free(d);
}

/* "As reported by X, …" and "…, as (first) reported by X." read as
 * "according to X"; the reported clause before it ends at its comma. */
static void test_as_reported_by(void)
{
    ng_doc *d = run("As reported by the Harbour Gazette, investigators found no fault in the ferry. "
                    "Ann Berg said the pier will close in May, as first reported by Radio Tallinn.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_attribution *a = attr_from(d, "the Harbour Gazette");
    CHECK(a != NULL);
    if (a) {
        CHECK_EQ_STR(span(d, a->start, a->end), "investigators found no fault in the ferry");
        CHECK_EQ_STR(span(d, a->cue_start, a->cue_end), "As reported by");
    }
    a = attr_from(d, "Radio Tallinn");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end), "Ann Berg said the pier will close in May");
    CHECK(quote_with(d, 1, "the pier will close in May") >= 0);
    ng_doc_free(d);
}

/* A speaker after the cue whose name runs past eight tokens is read whole. */
static void test_long_name_after_cue(void)
{
    ng_doc *d = run("\xE2\x80\x9CThe mayor will go down as the man who closed the pier,\xE2\x80\x9D said Ann Lee Moor "
                    "of the Tom Vance Berg Harbour Foundation.");
    CHECK(d != NULL);
    if (!d)
        return;
    long k = quote_with(d, 1, "The mayor will go down as the man who closed the pier");
    CHECK(k >= 0);
    if (k >= 0) {
        CHECK_EQ_STR(QSPK(d, k), "Ann Lee Moor of the Tom Vance Berg Harbour Foundation");
        CHECK_EQ_STR(QCUE(d, k), "said");
    }
    ng_doc_free(d);
}

/* "X quoted Y as saying Z": Y is the speaker of Z (reported speech, the
 * quotation after "saying", or the quotation before X), X the source of an
 * attribution that claims "Y as saying Z" or that quotation. */
static void test_quoted_as_saying(void)
{
    ng_doc *d = run("\xE2\x80\x9CIt is a question of pride for the whole harbour town,\xE2\x80\x9D Radio Tallinn quoted Ann Berg as saying in a "
                    "statement. "
                    "The Harbour Gazette quoted Tom Vance as saying the pier would close in May. "
                    "The Courier quoted Ella Lund as saying: \xE2\x80\x9CWe will not stop.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (!d)
        return;
    long k = quote_with(d, 1, "It is a question of pride for the whole harbour town,");
    if (k < 0)
        k = quote_with(d, 1, "It is a question of pride for the whole harbour town");
    CHECK(k >= 0);
    if (k >= 0) {
        CHECK_EQ_STR(QSPK(d, k), "Ann Berg");
        CHECK_EQ_STR(QCUE(d, k), "saying");
    }
    k = quote_with(d, 1, "the pier would close in May");
    CHECK(k >= 0);
    if (k >= 0)
        CHECK_EQ_STR(QSPK(d, k), "Tom Vance");
    k = quote_with(d, 1, "We will not stop.");
    CHECK(k >= 0);
    if (k >= 0)
        CHECK_EQ_STR(QSPK(d, k), "Ella Lund");
    const ng_attribution *a = attr_from(d, "Radio Tallinn");
    CHECK(a != NULL);
    if (a)
        CHECK(strstr(span(d, a->start, a->end), "question of pride") != NULL &&
              strstr(span(d, a->start, a->end), "quoted") == NULL);
    a = attr_from(d, "The Harbour Gazette");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end), "Tom Vance as saying the pier would close in May");
    ng_doc_free(d);
}

/* An attribution's kind follows its cue as a quotation's does: an act
 * ("approved") is a stance, "according to" and verbs of saying speech. */
static void test_attribution_kind(void)
{
    ng_doc *d = run("Energy ministers from five countries approved the new ferry route on Monday. "
                    "According to the Harbour Gazette, the pier will close in May.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_attribution *a = attr_from(d, "Energy ministers from five countries");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_INT(a->stance, 1);
    a = attr_from(d, "the Harbour Gazette");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_INT(a->stance, 0);
    ng_doc_free(d);
}

/* "…, officials said, the Gazette reported.": the Gazette's attribution
 * holds the officials' claim with their cue, and the words after the first
 * cue are no second claim of the officials. */
static void test_second_teller(void)
{
    ng_doc *d = run("The harbour will close in May, officials said, the Harbour Gazette reported. "
                    "In the three years since the vote, Ann Berg says, far too many ferries have stopped.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_attribution *a = attr_from(d, "the Harbour Gazette");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end), "The harbour will close in May, officials said");
    a = attr_from(d, "officials");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end), "The harbour will close in May");
    size_t officials = 0;
    for (size_t i = 0; i < d->attributions.n; i++)
        officials += !strcmp(span(d, d->attributions.v[i].source_start, d->attributions.v[i].source_end), "officials");
    CHECK_EQ_INT(officials, 1);
    /* (the claim on both sides of the cue stays two items) */
    CHECK(quote_with(d, 1, "far too many ferries have stopped") >= 0);
    CHECK(quote_with(d, 1, "In the three years since the vote") >= 0);
    ng_doc_free(d);
}

/* "according to X, an apposition" keeps the claim before; requests take
 * their object ("encouraged voters to …", "asked the council to …"); a
 * parenthetical adverb after the cue and "here"/"there" before it are
 * skipped. */
static void test_requests_and_adverbs(void)
{
    ng_doc *d = run("The ferry carried 4,000 people, according to Ann Berg, a port official. "
                    "The port is closed, according to the harbour office, adding to the delays. "
                    "Tom Vance encouraged voters to back the ferry plan. "
                    "Ann Berg asked the council to delay the vote until May. "
                    "He said, however, that the port would stay open. "
                    "Ferry workers there said the strike would end soon.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 4);
    if (d->quotes.n == 4) {
        CHECK_EQ_STR(QTEXT(d, 0), "voters to back the ferry plan");
        CHECK_EQ_STR(QSPK(d, 0), "Tom Vance");
        CHECK_EQ_STR(QTEXT(d, 1), "to delay the vote until May");
        CHECK_EQ_STR(QTEXT(d, 2), "the port would stay open");
        CHECK_EQ_STR(QSPK(d, 3), "Ferry workers");
        CHECK_EQ_STR(QTEXT(d, 3), "the strike would end soon");
    }
    CHECK_EQ_INT(d->attributions.n, 2);
    if (d->attributions.n == 2) {
        const ng_attribution *a = d->attributions.v;
        CHECK_EQ_STR(span(d, a[0].start, a[0].end), "The ferry carried 4,000 people");
        CHECK_EQ_STR(span(d, a[0].source_start, a[0].source_end), "Ann Berg, a port official");
        CHECK_EQ_STR(span(d, a[1].start, a[1].end), "The port is closed");
        CHECK_EQ_STR(span(d, a[1].source_start, a[1].source_end), "the harbour office");
    }
    ng_doc_free(d);
}

/* A quantifier opening its clause is a subject ("most say"), and so is
 * "those" before a participle; "reported at least six …" is a clause. */
static void test_quantifier_subjects(void)
{
    ng_doc *d = run("Many voters in the town like the ferry, but most say the fares are too high. "
                    "The new fares angered those supporting the old ferry line. "
                    "The Tribune reported at least six boats were damaged in the storm.");
    CHECK(d != NULL);
    if (!d)
        return;
    int most = 0, those = 0, six = 0;
    for (size_t i = 0; i < d->quotes.n; i++) {
        most |= !strcmp(QSPK(d, i), "most") && !strcmp(QTEXT(d, i), "the fares are too high");
        those |= !strcmp(QSPK(d, i), "those") && !strcmp(QTEXT(d, i), "the old ferry line");
    }
    for (size_t i = 0; i < d->attributions.n; i++)
        six |= !strcmp(span(d, d->attributions.v[i].start, d->attributions.v[i].end),
                       "at least six boats were damaged in the storm");
    CHECK(most);
    CHECK(those);
    CHECK(six);
    ng_doc_free(d);
}

/* A prepositional object runs on over ", but also …" (not an adverbial to
 * skip); an object ends at a comma before a clause conjunction. */
static void test_objects(void)
{
    ng_doc *d = run("The mayor insisted on keeping the ferry not only for tourists, but also for local workers. "
                    "Ann Berg has not requested any new funds, so the budget stays as it is.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 2);
    if (d->quotes.n == 2) {
        CHECK_EQ_STR(QTEXT(d, 0), "keeping the ferry not only for tourists, but also for local workers");
        CHECK_EQ_STR(QCUE(d, 0), "insisted");
        CHECK_EQ_STR(QTEXT(d, 1), "any new funds");
        CHECK_EQ_STR(QCUE(d, 1), "requested");
    }
    ng_doc_free(d);
}

/* An abbreviation inside an apposition is no sentence end ("Rep. Ann Berg,
 * R-N.Y., said"); an apposition after a clause opener ("When the director,
 * Tom Vance, said"); a reported clause inside a subordinate clause ends at
 * its comma. */
static void test_subordinate_sources(void)
{
    ng_doc *d = run("Rep. Ann Berg, R-N.Y., said the port would close in the winter. "
                    "When the director, Tom Vance, said that the port was closed, the mayor called a meeting.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->quotes.n >= 2); /* (and "the mayor called a meeting", a stance) */
    if (d->quotes.n >= 2) {
        CHECK_EQ_STR(QSPK(d, 0), "Rep. Ann Berg, R-N.Y.");
        CHECK_EQ_STR(QTEXT(d, 0), "the port would close in the winter");
        CHECK_EQ_STR(QSPK(d, 1), "the director, Tom Vance");
        CHECK_EQ_STR(QTEXT(d, 1), "the port was closed");
    }
    ng_doc_free(d);
}

/* "on Thursday evening" between subject and cue; "added, that …"; a
 * paragraph ending in a colon introduces the quotation of the next one. */
static void test_colon_paragraph(void)
{
    ng_doc *d = run("Party chair Ann Berg on Thursday evening said the party was not in a crisis. "
                    "He added, that the vote was fair.\n\n"
                    "The mayor responded:\n\n"
                    "“We will not close the port this winter.”");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 3);
    if (d->quotes.n == 3) {
        CHECK_EQ_STR(QSPK(d, 0), "Party chair Ann Berg");
        CHECK_EQ_STR(QTEXT(d, 1), "the vote was fair");
        CHECK_EQ_STR(QSPK(d, 2), "The mayor");
        CHECK_EQ_STR(QCUE(d, 2), "responded");
        CHECK_EQ_INT(d->quotes.v[2].direct, 1);
    }
    ng_doc_free(d);
}

/* A title-case headline's source stops before title-case adverbs. */
static void test_headline_adverbs(void)
{
    ng_doc *d = run("Mayor Ann Berg Finally Endorses New Ferry Plan For The Island\n\n"
                    "The ferry will run again in May, officials said.");
    CHECK(d != NULL);
    if (!d)
        return;
    /* a quote or, for a source without a known person, an attribution */
    int ok = 0;
    for (size_t i = 0; i < d->quotes.n; i++)
        ok |= !strcmp(QSPK(d, i), "Mayor Ann Berg") && !strcmp(QCUE(d, i), "Endorses");
    for (size_t i = 0; i < d->attributions.n; i++)
        ok |= !strcmp(span(d, d->attributions.v[i].source_start, d->attributions.v[i].source_end),
                      "Mayor Ann Berg");
    CHECK(ok);
    ng_doc_free(d);
}

/* A relative clause before the cue is part of the speaker unless it reports
 * a claim of its own. */
static void test_relative_speakers(void)
{
    ng_doc *d = run("Lena Falk, who said the fares were too high, added that the ferry was late. "
                    "Tom Vance, who runs the harbour cafe, said the port was busy.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 3);
    if (d->quotes.n == 3) {
        CHECK_EQ_STR(QSPK(d, 0), "who");
        CHECK_EQ_STR(QTEXT(d, 0), "the fares were too high");
        CHECK_EQ_STR(QSPK(d, 1), "Lena Falk");
        CHECK_EQ_STR(QTEXT(d, 1), "the ferry was late");
        CHECK_EQ_STR(QSPK(d, 2), "Tom Vance, who runs the harbour cafe");
    }
    ng_doc_free(d);
}

/* A negated cue is kept (PolNeAR counts it) but marked: the person did not
 * say it; the story database leaves such items out. */
static void test_negated(void)
{
    ng_doc *d = run("Harbour master Tom Vance has not requested any new dredgers, so the work waits. "
                    "Mayor Lena Kask did not publicly say that the pier would close. "
                    "Councillor Ivo Brandt said the fares would rise. "
                    "Ann Berg hasn't said whether she will run.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 4);
    if (d->quotes.n == 4) {
        CHECK_EQ_STR(QTEXT(d, 0), "any new dredgers");
        CHECK_EQ_INT(d->quotes.v[0].negated, 1);
        CHECK_EQ_STR(QTEXT(d, 1), "the pier would close");
        CHECK_EQ_INT(d->quotes.v[1].negated, 1);
        CHECK_EQ_STR(QTEXT(d, 2), "the fares would rise");
        CHECK_EQ_INT(d->quotes.v[2].negated, 0);
        CHECK_EQ_INT(d->quotes.v[3].negated, 1);
    }
    ng_doc_free(d);
}

/* A quotation continuing the one before it directly keeps its cue; one
 * after other text does not. */
static void test_continued_speech(void)
{
    ng_doc *d = run("“The ferry is late again,” Tom Vance said. “It was late all week.”\n\n"
                    "“We need a second boat before the winter comes.”\n\n"
                    "The harbour was quiet on Sunday.\n\n"
                    "“Nobody listens to the pilots any more.”");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 4);
    if (d->quotes.n == 4) {
        for (size_t i = 0; i < 3; i++) {
            CHECK_EQ_STR(QSPK(d, i), "Tom Vance");
            CHECK_EQ_STR(QCUE(d, i), "said");
        }
        CHECK_EQ_STR(QSPK(d, 3), ""); /* (too far from the speaker) */
        CHECK_EQ_STR(QCUE(d, 3), "");
    }
    ng_doc_free(d);
}

/* A quotation with no cue of its own after another item's cue takes that
 * cue's speaker, not the one of the quotation before; none when that cue
 * has no speaker of its own. */
static void test_follow_last_cue(void)
{
    ng_doc *d = run("“The ferry is late again,” Tom Vance said.\n\n"
                    "Mayor Lena Kask said a second boat had been ordered. “It will come in May.”\n\n"
                    "“The pilots are ready,” Ann Berg said.\n\n"
                    "The ministry said the boat would cost more. “Nobody asked the pilots.”");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "It will come in May.");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_STR(QSPK(d, i), "Mayor Lena Kask");
        CHECK_EQ_STR(QCUE(d, i), "");
    }
    i = quote_with(d, 1, "Nobody asked the pilots.");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), ""); /* (the ministry's claim is an attribution) */
    ng_doc_free(d);
}


/* An apposition is a noun phrase: a finite verb after the comma ends it
 * ("according to the Harbour Watch, state inspectors have found …" is a
 * clause, and the claim), or it ended at the comma before the verb ("Tom
 * Vance, a port pilot, would see the deal as …"). */
static void test_appos_finite_verb(void)
{
    ng_doc *d = run("In the north, according to the Harbour Watch, state inspectors have closed the old pier. "
                    "The ferry sank at dawn, according to Ann Lund, a port official, was the cause of the delay.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_attribution *a = attr_from(d, "the Harbour Watch");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end), "state inspectors have closed the old pier");
    CHECK(attr_from(d, "Ann Lund, a port official") != NULL);
    ng_doc_free(d);
}


/* A participle's subject keeps the lower-case words after a name-like
 * word when a name follows them, a finite verb follows them, or a
 * possessive comes before them; otherwise the first is the verb. */
static void test_participle_subject_nouns(void)
{
    ng_doc *d = run("Republican mayoral candidate Ann Berg toured the port on Monday, claiming that the ferry was unsafe.\n\n"
                    "The Harbour nominee has toured the docks twice, telling reporters that the fares would fall.\n\n"
                    "Tom Vance's daughters visited the pier on Friday, urging the council to keep the ferry.\n\n"
                    "Lund visits Tallinn often, saying that the city needs a bridge.\n\n"
                    "Mr Holt sued Mr Moor, claiming that he wrote the ferry song.\n\n"
                    "TALLINN, Estonia (Reuters) - Mayor Ann Lund toured the port on Monday, saying that the ferry was safe.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 6);
    if (d->quotes.n == 6) {
        CHECK_EQ_STR(QSPK(d, 0), "Republican mayoral candidate Ann Berg");
        CHECK_EQ_STR(QSPK(d, 1), "The Harbour nominee");
        CHECK_EQ_STR(QSPK(d, 2), "Tom Vance's daughters");
        CHECK_EQ_STR(QSPK(d, 3), "Lund");
        CHECK_EQ_STR(QSPK(d, 4), "Mr Holt");
        CHECK_EQ_STR(QSPK(d, 5), "Mayor Ann Lund"); /* after a dateline */
    }
    ng_doc_free(d);
}


/* A quotation that ends in a comma inside its marks with more of its
 * sentence after it has an attribution of its own after it: when the cue
 * search cannot read it, the quotation keeps no speaker rather than the
 * speaker of the quotation before it. */
static void test_own_tail_no_inherit(void)
{
    ng_doc *d = run("\xE2\x80\x9CThe ferry is safe,\xE2\x80\x9D Ann Berg said.\n\n"
                    "\xE2\x80\x9CThe fares are too high for the island,\xE2\x80\x9D harbour pilot Tom Vance, wearing a "
                    "\xE2\x80\x9CSave the Ferry\xE2\x80\x9D badge, said calmly as the boat left.\n\n"
                    "\xE2\x80\x9CWe will keep the ferry running all year.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "The fares are too high for the island");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "");
    ng_doc_free(d);
}

/* Adds a mention of entity ent over the nth occurrence (from 0) of s. */
static void add_mention_nth(ng_doc *d, const char *s, int nth, int32_t ent, uint8_t type)
{
    const char *p = strstr(d->text, s);
    for (; p && nth > 0; nth--)
        p = strstr(p + 1, s);
    if (!p)
        return;
    ng_mention m = {(uint32_t)(p - d->text), (uint32_t)(p - d->text + strlen(s)), 0, 0, type, ent};
    /* its tokens, as the entities annotator sets them */
    while (m.tok < d->tokens.n && d->tokens.v[m.tok].start < m.start)
        m.tok++;
    while (m.tok + m.ntok < d->tokens.n && d->tokens.v[m.tok + m.ntok].end <= m.end)
        m.ntok++;
    (void)NG_VEC_PUSH(&d->arena, d->mentions, m);
}

/* Adds n entities (names and types), as the entities annotator would. */
static void add_entities(ng_doc *d, const char *const *names, const uint8_t *types, int n)
{
    for (int i = 0; i < n; i++) {
        ng_entity e;
        memset(&e, 0, sizeof e);
        e.type = types[i], e.name = names[i];
        CHECK(NG_VEC_PUSH(&d->arena, d->entities, e) == 0);
    }
}

/* Adds a mention of entity ent over the first occurrence of s. */
static void add_mention(ng_doc *d, const char *s, int32_t ent, uint8_t type)
{
    add_mention_nth(d, s, 0, ent, type);
}

static void test_speaker_resolution(void)
{
    ng_doc *d = run("Anna Berg met Mark Dekker in Brussels. "
                    "“We need more money,” she said. "
                    "“We agree,” the foreign minister said. "
                    "He said the talks would go on. "
                    "“Fine,” they said.");
    CHECK(d != NULL);
    if (!d)
        return;
    /* the entity tables as the entities annotator would fill them */
    ng_entity e0, e1;
    memset(&e0, 0, sizeof e0);
    memset(&e1, 0, sizeof e1);
    e0.type = NG_ENT_PER, e0.gender = NG_GENDER_FEMALE, e0.name = "Anna Berg";
    e1.type = NG_ENT_PER, e1.gender = NG_GENDER_MALE, e1.name = "Mark Dekker";
    CHECK(NG_VEC_PUSH(&d->arena, d->entities, e0) == 0);
    CHECK(NG_VEC_PUSH(&d->arena, d->entities, e1) == 0);
    add_mention(d, "Anna Berg", 0, NG_ENT_PER);
    add_mention(d, "Mark Dekker", 1, NG_ENT_PER);
    const char *role = strstr(d->text, "the foreign minister");
    if (role) {
        ng_roleref r = {(uint32_t)(role - d->text), (uint32_t)(role - d->text + 20), 1};
        CHECK(NG_VEC_PUSH(&d->arena, d->rolerefs, r) == 0);
    }
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(d->quotes.n, 4);
    if (d->quotes.n == 4) {
        CHECK_EQ_INT(d->quotes.v[0].speaker, 0);  /* she -> Anna Berg */
        CHECK_EQ_INT(d->quotes.v[1].speaker, 1);  /* role noun -> Mark Dekker */
        CHECK_EQ_INT(d->quotes.v[2].speaker, 1);  /* He -> Mark Dekker */
        CHECK_EQ_INT(d->quotes.v[3].speaker, -1); /* they: unresolved */
        CHECK_EQ_STR(QSPK(d, 3), "they");
    }
    char *json = NULL;
    size_t len;
    CHECK_EQ_INT(ng_doc_to_json(d, &json, &len), 0);
    CHECK(json && strstr(json, "\"speaker\":\"E1\"") != NULL);
    CHECK(json && strstr(json, "\"speaker\":\"E2\"") != NULL);
    CHECK(json && strstr(json, "\"speaker\":null") != NULL);
    ng_free(json);
    ng_doc_free(d);
}

/* The source entity of the item (quote or attribution) whose content is
 * s: -1 when none, -2 when no item has that content. */
static int32_t source_entity_of(const ng_doc *d, const char *s)
{
    for (size_t i = 0; i < d->quotes.n; i++)
        if (!strcmp(QTEXT(d, i), s))
            return d->quotes.v[i].speaker;
    for (size_t i = 0; i < d->attributions.n; i++)
        if (!strcmp(span(d, d->attributions.v[i].start, d->attributions.v[i].end), s))
            return d->attributions.v[i].source_entity;
    return -2;
}

/* "it" and "the company" as a source: the organisation that is the
 * speaking subject (past a dateline) or the speaker of one of the three
 * sentences before; a report in between, or a person as the nearest
 * subject, gives none, as does a subject that does not speak; a name that
 * is not the subject ("At the Kerrin Ferries depot, …") is passed over. */
static void test_it_source(void)
{
    ng_doc *d = run("HARBOURTON, March 2 - Kerrin Ferries Ltd said the fleet would grow.\n\n"
                    "It said two boats were ordered.\n\n"
                    "The company also said fares would rise.\n\n"
                    "The annual report shows the debt grew.\n\n"
                    "It said the debt was safe.\n\n"
                    "Ann Berg said the harbour was full.\n\n"
                    "It said the ferries were late.\n\n"
                    "The harbour would close for a week, Dock Power Co said.\n\n"
                    "It said the cranes were old.\n\n"
                    "At the Kerrin Ferries depot, the staff painted the hulls.\n\n"
                    "It said the paint was dry.\n\n"
                    "Ann Berg said the quay was wet.\n\n"
                    "Dock Power Co opened two sheds.\n\n"
                    "It said the sheds were new.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Harbourton", "Kerrin Ferries Ltd", "Ann Berg", "Dock Power Co"};
    const uint8_t types[] = {NG_ENT_LOC, NG_ENT_ORG, NG_ENT_PER, NG_ENT_ORG};
    add_entities(d, names, types, 4);
    add_mention_nth(d, "HARBOURTON", 0, 0, NG_ENT_LOC);
    add_mention_nth(d, "Kerrin Ferries Ltd", 0, 1, NG_ENT_ORG);
    add_mention_nth(d, "Ann Berg", 0, 2, NG_ENT_PER);
    add_mention_nth(d, "Dock Power Co", 0, 3, NG_ENT_ORG);
    add_mention_nth(d, "Kerrin Ferries", 1, 1, NG_ENT_ORG);
    add_mention_nth(d, "Ann Berg", 1, 2, NG_ENT_PER);
    add_mention_nth(d, "Dock Power Co", 1, 3, NG_ENT_ORG);
    CHECK_EQ_INT(d->mentions.n, 7);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "two boats were ordered"), 1);
    CHECK_EQ_INT(source_entity_of(d, "fares would rise"), 1);
    CHECK_EQ_INT(source_entity_of(d, "the debt was safe"), -1);
    CHECK_EQ_INT(source_entity_of(d, "the ferries were late"), -1);
    CHECK_EQ_INT(source_entity_of(d, "the cranes were old"), 3);
    CHECK_EQ_INT(source_entity_of(d, "the paint was dry"), 3); /* the last speaker, not Kerrin */
    CHECK_EQ_INT(source_entity_of(d, "the sheds were new"), -1); /* past a non-speaking subject: Ann Berg */
    ng_doc_free(d);
}

/* "it" and "the company" reach a body named more than three sentences
 * back when the sentences between name no one (a chain of "The company
 * said" sentences), and the subject may be followed by a ticker in angle
 * brackets or an apposition before its verb, or come after an opening
 * phrase and its comma ("In a filing, Dock Power said"); the opening
 * phrase's own name is not the subject ("At the Kerrin Ferries depot, the
 * staff …"), nor is a name after a comma whose verb is not one of saying. */
static void test_body_lookback(void)
{
    ng_doc *d = run("Kerrin Ferries Ltd <KFL.L> said it ordered two boats.\n\n"
                    "The boats will be built in Harbourton.\n\n"
                    "The yard has a new crane.\n\n"
                    "Steel prices rose last year.\n\n"
                    "The company said the boats were fast.\n\n"
                    "It said the fares would fall.\n\n"
                    "Dock Power Co, a harbour utility based in Harbourton, said the quay was full.\n\n"
                    "The company said the cranes were old.\n\n"
                    "In a filing with the harbour board, Tide Lines Inc said it sold the sheds.\n\n"
                    "It said the sheds were empty.\n\n"
                    "At the Kerrin Ferries depot, Ann Berg painted the hulls.\n\n"
                    "It said the paint was dry.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Kerrin Ferries Ltd", "Harbourton", "Dock Power Co", "Tide Lines Inc", "Ann Berg"};
    const uint8_t types[] = {NG_ENT_ORG, NG_ENT_LOC, NG_ENT_ORG, NG_ENT_ORG, NG_ENT_PER};
    add_entities(d, names, types, 5);
    add_mention_nth(d, "Kerrin Ferries Ltd", 0, 0, NG_ENT_ORG);
    add_mention_nth(d, "Harbourton", 0, 1, NG_ENT_LOC);
    add_mention_nth(d, "Dock Power Co", 0, 2, NG_ENT_ORG);
    add_mention_nth(d, "Harbourton", 1, 1, NG_ENT_LOC);
    add_mention_nth(d, "Tide Lines Inc", 0, 3, NG_ENT_ORG);
    add_mention_nth(d, "Kerrin Ferries", 1, 0, NG_ENT_ORG);
    add_mention_nth(d, "Ann Berg", 0, 4, NG_ENT_PER);
    CHECK_EQ_INT(d->mentions.n, 7);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "the boats were fast"), 0); /* four sentences back, past a ticker */
    CHECK_EQ_INT(source_entity_of(d, "the fares would fall"), 0);
    CHECK_EQ_INT(source_entity_of(d, "the cranes were old"), 2); /* past an apposition */
    CHECK_EQ_INT(source_entity_of(d, "the sheds were empty"), 3); /* after an opening phrase */
    CHECK_EQ_INT(source_entity_of(d, "the paint was dry"), 3); /* not Kerrin Ferries, not Ann Berg */
    ng_doc_free(d);
}

/* Past the third sentence back only sentences that name no body are
 * passed over: a named subject that does not speak, or an organisation
 * anywhere in the sentence, ends the search with none; a person before an
 * apposition is passed over, as a person before a comma was. */
static void test_body_lookback_stops(void)
{
    ng_doc *d = run("Tide Lines Inc said the fares rose.\n\n"
                    "Harbourton opened a shed.\n\n"
                    "The shed is big.\n\n"
                    "The roof is red.\n\n"
                    "The door is blue.\n\n"
                    "It said the shed was full.\n\n"
                    "Tide Lines Inc said the boats were new.\n\n"
                    "The quay belongs to Harbour Co.\n\n"
                    "The quay is long.\n\n"
                    "The crane is old.\n\n"
                    "The bell is loud.\n\n"
                    "It said the quay was wet.\n\n"
                    "Dock Power Co said the ferry was late.\n\n"
                    "Ann Berg, the chairman of Harbour Co, said the sea was rough.\n\n"
                    "The company said the ferry was full.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Tide Lines Inc", "Harbour Co", "Dock Power Co", "Ann Berg", "Harbourton"};
    const uint8_t types[] = {NG_ENT_ORG, NG_ENT_ORG, NG_ENT_ORG, NG_ENT_PER, NG_ENT_LOC};
    add_entities(d, names, types, 5);
    add_mention_nth(d, "Tide Lines Inc", 0, 0, NG_ENT_ORG);
    add_mention_nth(d, "Harbourton", 0, 4, NG_ENT_LOC);
    add_mention_nth(d, "Tide Lines Inc", 1, 0, NG_ENT_ORG);
    add_mention_nth(d, "Harbour Co", 0, 1, NG_ENT_ORG);
    add_mention_nth(d, "Dock Power Co", 0, 2, NG_ENT_ORG);
    add_mention_nth(d, "Ann Berg", 0, 3, NG_ENT_PER);
    add_mention_nth(d, "Harbour Co", 1, 1, NG_ENT_ORG);
    CHECK_EQ_INT(d->mentions.n, 7);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "the shed was full"), -1); /* not past "Harbourton opened" */
    CHECK_EQ_INT(source_entity_of(d, "the quay was wet"), -1);  /* not past "… to Harbour Co" */
    CHECK_EQ_INT(source_entity_of(d, "the ferry was full"), 2); /* past Ann Berg, to Dock Power */
    ng_doc_free(d);
}

/* A chain through a quotation's "it said": '"…," it said.' ends its
 * sentence as "…, the agency said." does. */
static void test_body_quote_chain(void)
{
    ng_doc *d = run("Tide Lines Inc said the sheds were sold.\n\n"
                    "\"The fares will fall,\" it said.\n\n"
                    "The ferries are old, the company said.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Tide Lines Inc"};
    const uint8_t types[] = {NG_ENT_ORG};
    add_entities(d, names, types, 1);
    add_mention_nth(d, "Tide Lines Inc", 0, 0, NG_ENT_ORG);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "The fares will fall"), 0);
    CHECK_EQ_INT(source_entity_of(d, "The ferries are old"), 0);
    ng_doc_free(d);
}

/* A relative clause is no part of a source's head: "the Harbour
 * Association who counts the boats" is the association, "The pilot who
 * had worked for Tom Vance" is not Tom Vance; "(WHO)" is no relative. */
static void test_source_relative_clause(void)
{
    ng_doc *d = run("Ferry fees rose by half, according to the Harbour Association who counts the boats.\n\n"
                    "The pilot who had worked for Tom Vance said the port was open.\n\n"
                    "The Ferry Health Organisation (WHO) said the crews were fit.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Harbour Association", "Tom Vance", "Ferry Health Organisation"};
    const uint8_t types[] = {NG_ENT_ORG, NG_ENT_PER, NG_ENT_ORG};
    add_entities(d, names, types, 3);
    add_mention_nth(d, "Harbour Association", 0, 0, NG_ENT_ORG);
    add_mention_nth(d, "Tom Vance", 0, 1, NG_ENT_PER);
    add_mention_nth(d, "Ferry Health Organisation", 0, 2, NG_ENT_ORG);
    add_mention_nth(d, "WHO", 0, 2, NG_ENT_ORG);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "Ferry fees rose by half"), 0);
    CHECK_EQ_INT(source_entity_of(d, "the port was open"), -1);
    CHECK_EQ_INT(source_entity_of(d, "the crews were fit"), 2);
    ng_doc_free(d);
}

/* "the union" after another body spoke is a union named before (not the
 * Harbour Chamber; but a short name that spoke, "FWU", is kept); a
 * definite body noun that finds no speaker takes the nearest organisation
 * named before whose name holds the noun. */
static void test_union_head(void)
{
    ng_doc *d = run("Talks with the Ferry Workers Union have failed, the Harbour Chamber said.\n\n"
                    "The union said the strike would go on.\n\n"
                    "FWU said the pilots would join.\n\n"
                    "The union said the pay was low.\n\n"
                    "Ann Berg met the Bank of Kerrin on Monday.\n\n"
                    "Tom Vance said the loan was late.\n\n"
                    "The bank said the loan was safe.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Ferry Workers Union", "Harbour Chamber", "FWU", "Ann Berg", "Bank of Kerrin",
                           "Tom Vance"};
    const uint8_t types[] = {NG_ENT_ORG, NG_ENT_ORG, NG_ENT_ORG, NG_ENT_PER, NG_ENT_ORG, NG_ENT_PER};
    add_entities(d, names, types, 6);
    add_mention_nth(d, "Ferry Workers Union", 0, 0, NG_ENT_ORG);
    add_mention_nth(d, "Harbour Chamber", 0, 1, NG_ENT_ORG);
    add_mention_nth(d, "FWU", 0, 2, NG_ENT_ORG);
    add_mention_nth(d, "Ann Berg", 0, 3, NG_ENT_PER);
    add_mention_nth(d, "Bank of Kerrin", 0, 4, NG_ENT_ORG);
    add_mention_nth(d, "Tom Vance", 0, 5, NG_ENT_PER);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "Talks with the Ferry Workers Union have failed"), 1);
    CHECK_EQ_INT(source_entity_of(d, "the strike would go on"), 0);
    CHECK_EQ_INT(source_entity_of(d, "the pay was low"), 2);
    CHECK_EQ_INT(source_entity_of(d, "the loan was safe"), 4);
    ng_doc_free(d);
}

/* The speaking organisation at the end of a sentence's opening phrase:
 * past a country's possessive ("Kerria's Harbour Agency said"), or a name
 * the tagger cut ("J and J Ferries Co said" with a mention of "J Ferries
 * Co"); not past a preposition ("Analysts at Dock Power Co said"). */
static void test_subject_chain(void)
{
    ng_doc *d = run("Kerria's Harbour Agency said the quay was full.\n\n"
                    "It said the fees would rise.\n\n"
                    "J and J Ferries Co said the boats were new.\n\n"
                    "The company said the fares would fall.\n\n"
                    "Analysts at Dock Power Co said the quay was wet.\n\n"
                    "It said the crane was old.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Kerria", "Harbour Agency", "J Ferries Co", "Dock Power Co"};
    const uint8_t types[] = {NG_ENT_LOC, NG_ENT_ORG, NG_ENT_ORG, NG_ENT_ORG};
    add_entities(d, names, types, 4);
    add_mention_nth(d, "Kerria", 0, 0, NG_ENT_LOC);
    add_mention_nth(d, "Harbour Agency", 0, 1, NG_ENT_ORG);
    add_mention_nth(d, "J Ferries Co", 0, 2, NG_ENT_ORG);
    add_mention_nth(d, "Dock Power Co", 0, 3, NG_ENT_ORG);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "the fees would rise"), 1);
    CHECK_EQ_INT(source_entity_of(d, "the fares would fall"), 2);
    CHECK(source_entity_of(d, "the crane was old") != 3); /* not Dock Power */
    ng_doc_free(d);
}

/* "the statement" after "A Harbour Watch statement said" is Harbour
 * Watch's: an organisation's name before the document's noun issued it. */
static void test_document_modifier(void)
{
    ng_doc *d = run("A Harbour Watch statement said the quay was unsafe.\n\n"
                    "The statement said repairs would start in May.\n\n"
                    "A Kerrin survey found the ferries late.\n\n"
                    "The survey said the fares were high.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Harbour Watch", "Kerrin"};
    const uint8_t types[] = {NG_ENT_ORG, NG_ENT_LOC};
    add_entities(d, names, types, 2);
    add_mention_nth(d, "Harbour Watch", 0, 0, NG_ENT_ORG);
    add_mention_nth(d, "Kerrin", 0, 1, NG_ENT_LOC);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "repairs would start in May"), 0);
    CHECK_EQ_INT(source_entity_of(d, "the fares were high"), -1); /* a place's survey: no issuer */
    ng_doc_free(d);

    /* "its annual report" is its subject's; "a report in the Kerrin Post" the paper's */
    d = run("Dock Power Co published its 1986 annual report on Monday.\n\n"
            "The report said the cranes were old.\n\n"
            "Ann Berg denied a report in the Kerrin Post about the port.\n\n"
            "The report said the quay would close.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names2[] = {"Dock Power Co", "Ann Berg", "Kerrin Post"};
    const uint8_t types2[] = {NG_ENT_ORG, NG_ENT_PER, NG_ENT_ORG};
    add_entities(d, names2, types2, 3);
    add_mention_nth(d, "Dock Power Co", 0, 0, NG_ENT_ORG);
    add_mention_nth(d, "Ann Berg", 0, 1, NG_ENT_PER);
    add_mention_nth(d, "Kerrin Post", 0, 2, NG_ENT_ORG);
    d->quotes.n = d->attributions.n = 0;
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "the cranes were old"), 0);
    CHECK_EQ_INT(source_entity_of(d, "the quay would close"), 2);
    ng_doc_free(d);
}

/* "a spokesman" alone speaks for the organisation that opens its own
 * sentence as subject, else the one that spoke or was the subject before
 * (as "the company"), else in the story's first two sentences the one it
 * opens with. */
static void test_bare_spokesman(void)
{
    ng_doc *d = run("Two boats of Kerrin Ferries Ltd will be sold to the port, a spokesman said.\n\n"
                    "Dock Power Co said the quay was full.\n\n"
                    "The cranes were old, a spokesman said.\n\n"
                    "Harbour Co defended the plan, with a spokeswoman saying: \"The quay is safe.\"");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Kerrin Ferries Ltd", "Dock Power Co", "Harbour Co"};
    const uint8_t types[] = {NG_ENT_ORG, NG_ENT_ORG, NG_ENT_ORG};
    add_entities(d, names, types, 3);
    add_mention_nth(d, "Kerrin Ferries Ltd", 0, 0, NG_ENT_ORG);
    add_mention_nth(d, "Dock Power Co", 0, 1, NG_ENT_ORG);
    add_mention_nth(d, "Harbour Co", 0, 2, NG_ENT_ORG);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "Two boats of Kerrin Ferries Ltd will be sold to the port"), 0);
    CHECK_EQ_INT(source_entity_of(d, "The cranes were old"), 1);
    CHECK_EQ_INT(source_entity_of(d, "The quay is safe."), 2);
    ng_doc_free(d);
}

/* A conjunction may open the sentence whose subject a spokesman speaks for
 * ("But Acme defended the plan. A spokesman said", "And Acme defended the
 * plan, with a spokeswoman saying"; subject_lead). */
static void test_spokesman_after_conjunction(void)
{
    ng_doc *d = run("Harbour Co opened the quay on Monday.\n\n"
                    "But Dock Power Co defended the plan.\n\n"
                    "The cranes were old, a spokesman said.\n\n"
                    "And the Kerrin Group defended the fares, with a spokeswoman saying: \"The fares are fair.\"");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Harbour Co", "Dock Power Co", "Kerrin Group"};
    const uint8_t types[] = {NG_ENT_ORG, NG_ENT_ORG, NG_ENT_ORG};
    add_entities(d, names, types, 3);
    add_mention_nth(d, "Harbour Co", 0, 0, NG_ENT_ORG);
    add_mention_nth(d, "Dock Power Co", 0, 1, NG_ENT_ORG);
    add_mention_nth(d, "Kerrin Group", 0, 2, NG_ENT_ORG);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "The cranes were old"), 1);
    CHECK_EQ_INT(source_entity_of(d, "The fares are fair."), 2);
    ng_doc_free(d);
}

/* Officials, sources and executives named by their organisation speak for
 * it, as a spokesman does ("Port Authority officials", "senior Harbour
 * Board sources"; not a place's, "Kerrin officials", nor a former one's);
 * "a senior company official", "company officials" are the company the
 * story opens with; "a bank spokesman", "union officials" the nearest
 * organisation named before whose name holds the noun. */
static void test_member_sources(void)
{
    ng_doc *d = run("Dock Power Co said the quay was full.\n\n"
                    "Port Authority officials said the fees would rise.\n\n"
                    "Senior Harbour Board sources said the ferry was late.\n\n"
                    "Kerrin officials said the boats were old.\n\n"
                    "A former Port Authority official said the port was dirty.\n\n"
                    "A senior company official said the cranes were new.\n\n"
                    "Company officials said the sheds were empty.\n\n"
                    "The loan came from the Bank of Kerrin and Tide Lines Inc.\n\n"
                    "A bank spokesman said the loan was safe.\n\n"
                    "The Ferry Workers Union opposed the plan, Dock Power Co said.\n\n"
                    "Union officials said the strike would go on.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Dock Power Co", "Port Authority", "Harbour Board", "Kerrin", "Bank of Kerrin",
                           "Tide Lines Inc", "Ferry Workers Union"};
    const uint8_t types[] = {NG_ENT_ORG, NG_ENT_ORG, NG_ENT_ORG, NG_ENT_LOC, NG_ENT_ORG, NG_ENT_ORG, NG_ENT_ORG};
    add_entities(d, names, types, 7);
    add_mention_nth(d, "Dock Power Co", 0, 0, NG_ENT_ORG);
    add_mention_nth(d, "Port Authority", 0, 1, NG_ENT_ORG);
    add_mention_nth(d, "Harbour Board", 0, 2, NG_ENT_ORG);
    add_mention_nth(d, "Kerrin officials", 0, 3, NG_ENT_LOC);
    d->mentions.v[d->mentions.n - 1].end -= 10, d->mentions.v[d->mentions.n - 1].ntok = 1; /* "Kerrin" */
    add_mention_nth(d, "Port Authority", 1, 1, NG_ENT_ORG);
    add_mention_nth(d, "Bank of Kerrin", 0, 4, NG_ENT_ORG);
    add_mention_nth(d, "Tide Lines Inc", 0, 5, NG_ENT_ORG);
    add_mention_nth(d, "Ferry Workers Union", 0, 6, NG_ENT_ORG);
    add_mention_nth(d, "Dock Power Co", 1, 0, NG_ENT_ORG);
    CHECK_EQ_INT(d->mentions.n, 9);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "the fees would rise"), 1);
    CHECK_EQ_INT(source_entity_of(d, "the ferry was late"), 2);
    CHECK_EQ_INT(source_entity_of(d, "the boats were old"), -1);
    CHECK(source_entity_of(d, "the port was dirty") != 1);
    CHECK_EQ_INT(source_entity_of(d, "the cranes were new"), 0);
    CHECK_EQ_INT(source_entity_of(d, "the sheds were empty"), 0);
    CHECK_EQ_INT(source_entity_of(d, "the loan was safe"), 4);
    CHECK_EQ_INT(source_entity_of(d, "the strike would go on"), 6);
    ng_doc_free(d);

    /* "the official" is whom "a senior Harbour Board official" before spoke for */
    d = run("A senior Port Authority official said the fees would rise.\n\n"
            "The official said the quay was full.\n\n"
            "A Kerrin diplomat said the talks went well.\n\n"
            "The diplomat said the ferry would sail.");
    CHECK(d != NULL);
    if (!d)
        return;
    add_entities(d, names, types, 7);
    add_mention_nth(d, "Port Authority", 0, 1, NG_ENT_ORG);
    d->quotes.n = d->attributions.n = 0;
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "the fees would rise"), 1);
    CHECK_EQ_INT(source_entity_of(d, "the quay was full"), 1);
    CHECK_EQ_INT(source_entity_of(d, "the ferry would sail"), -1);
    ng_doc_free(d);
}

/* "the government" is the country the text names before it when it names
 * one only (its places and demonyms), or the one the phrase names ("the
 * Kerrish government", "Kerria's officials" no: a possessive); "Kerrish
 * officials", "Kerrish authorities" only with the country named; not "the
 * state government"; none when two countries are named. */
static void test_government_country(void)
{
    ng_doc *d = run("Kerria will sell the ferry line, the government said.\n\n"
                    "Harbourton is the capital of Kerria.\n\n"
                    "A senior government official said the price was fair.\n\n"
                    "Kerrish officials said the buyer was known.\n\n"
                    "The state government said the port would stay open.\n\n"
                    "Senior officials said the sale would close in May.\n\n"
                    "Tidia objected to the sale.\n\n"
                    "The government said the deal was legal.\n\n"
                    "The Kerrish government said the ferries were safe.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Kerria", "Harbourton", "Kerrish", "Tidia"};
    const uint8_t types[] = {NG_ENT_LOC, NG_ENT_LOC, NG_ENT_MISC, NG_ENT_LOC};
    add_entities(d, names, types, 4);
    memcpy(d->entities.v[0].country, "KR", 3), d->entities.v[0].place = NG_PLACE_COUNTRY;
    memcpy(d->entities.v[1].country, "KR", 3), d->entities.v[1].place = NG_PLACE_CITY;
    memcpy(d->entities.v[2].country, "KR", 3);
    memcpy(d->entities.v[3].country, "TD", 3), d->entities.v[3].place = NG_PLACE_COUNTRY;
    add_mention_nth(d, "Kerria", 0, 0, NG_ENT_LOC);
    add_mention_nth(d, "Harbourton", 0, 1, NG_ENT_LOC);
    add_mention_nth(d, "Kerria", 1, 0, NG_ENT_LOC);
    add_mention_nth(d, "Kerrish", 0, 2, NG_ENT_MISC);
    add_mention_nth(d, "Tidia", 0, 3, NG_ENT_LOC);
    add_mention_nth(d, "Kerrish", 1, 2, NG_ENT_MISC);
    CHECK_EQ_INT(d->mentions.n, 6);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "Kerria will sell the ferry line"), 0);
    CHECK_EQ_INT(source_entity_of(d, "the price was fair"), 0);
    CHECK_EQ_INT(source_entity_of(d, "the buyer was known"), 0);
    CHECK_EQ_INT(source_entity_of(d, "the port would stay open"), -1);
    CHECK_EQ_INT(source_entity_of(d, "the sale would close in May"), -1);
    CHECK_EQ_INT(source_entity_of(d, "the deal was legal"), -1); /* Kerria and Tidia named */
    CHECK_EQ_INT(source_entity_of(d, "the ferries were safe"), 0);
    ng_doc_free(d);
}

/* "the department", "the spokesman", "(UDW)", "the report": a definite body noun is the
 * organisation that spoke or was the subject before (ahead of the entity
 * layer's nearest organisation, here a role reference set by hand to the
 * wrong one); "the spokesman" is who the indefinite spokesman before spoke
 * for; a short name in brackets ending a source is its entity. */
static void test_body_references(void)
{
    ng_doc *d = run("The ferry will run on Monday, the Harbour Department said.\n\n"
                    "The timetable is new, the department said.\n\n"
                    "It said the ferries were full.\n\n"
                    "Dock Power Co introduced a crane for the Kerrin Ferries fleet.\n\n"
                    "The crane is fast, the company said.\n\n"
                    "The quay will close, a Dock Power spokesman said.\n\n"
                    "The sheds will stay open, the spokesman said.\n\n"
                    "The United Dock Workers union (UDW) said the strike would end.\n\n"
                    "A report by Harbour Watch found the quay unsafe.\n\n"
                    "The report said repairs would cost more.\n\n"
                    "The Dock Power statement said the cranes were safe.\n\n"
                    "The ferry was late, the Kerrin Post said.\n\n"
                    "The paper said the fares rose.\n\n"
                    "Dock Power Co said the quay was full.\n\n"
                    "The newspaper said the quay was empty.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Harbour Department", "Dock Power Co", "Kerrin Ferries", "United Dock Workers",
                           "Harbour Watch", "Kerrin Post"};
    const uint8_t types[] = {NG_ENT_ORG, NG_ENT_ORG, NG_ENT_ORG, NG_ENT_ORG, NG_ENT_ORG, NG_ENT_ORG};
    add_entities(d, names, types, 6);
    add_mention_nth(d, "Harbour Department", 0, 0, NG_ENT_ORG);
    add_mention_nth(d, "Dock Power Co", 0, 1, NG_ENT_ORG);
    add_mention_nth(d, "Kerrin Ferries", 0, 2, NG_ENT_ORG);
    add_mention_nth(d, "Dock Power", 1, 1, NG_ENT_ORG);
    add_mention_nth(d, "UDW", 0, 3, NG_ENT_ORG);
    add_mention_nth(d, "Harbour Watch", 0, 4, NG_ENT_ORG);
    add_mention_nth(d, "Dock Power", 2, 1, NG_ENT_ORG);
    add_mention_nth(d, "Kerrin Post", 0, 5, NG_ENT_ORG);
    add_mention_nth(d, "Dock Power Co", 1, 1, NG_ENT_ORG);
    CHECK_EQ_INT(d->mentions.n, 9);
    const char *co = strstr(d->text, "the company");
    if (co) { /* the entity layer's nearest organisation: the wrong one */
        ng_roleref r = {(uint32_t)(co - d->text), (uint32_t)(co - d->text + 11), 2};
        CHECK(NG_VEC_PUSH(&d->arena, d->rolerefs, r) == 0);
    }
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    CHECK_EQ_INT(source_entity_of(d, "The ferry will run on Monday"), 0);
    CHECK_EQ_INT(source_entity_of(d, "The timetable is new"), 0);
    CHECK_EQ_INT(source_entity_of(d, "The crane is fast"), 1);
    CHECK_EQ_INT(source_entity_of(d, "The quay will close"), 1);
    CHECK_EQ_INT(source_entity_of(d, "The sheds will stay open"), 1);
    CHECK_EQ_INT(source_entity_of(d, "the strike would end"), 3);
    /* a document: who issued it, named with it before or as its modifier */
    CHECK_EQ_INT(source_entity_of(d, "repairs would cost more"), 4);
    CHECK_EQ_INT(source_entity_of(d, "the cranes were safe"), 1);
    /* "the paper": the nearest body that spoke, when its name is a paper's */
    CHECK_EQ_INT(source_entity_of(d, "the fares rose"), 5);
    CHECK_EQ_INT(source_entity_of(d, "the quay was empty"), -1);
    /* a chain: "…, the department said. It said" */
    CHECK_EQ_INT(source_entity_of(d, "the ferries were full"), 0);
    ng_doc_free(d);
}

/* The entity of a speaker phrase is its head's: the name before "of X" or
 * before an apposition, not the name that ends the phrase; a group in a
 * place is no entity and stays an attribution; a document by an
 * organisation is the organisation's. */
static void test_phrase_heads(void)
{
    ng_doc *d = run("Ann Berg of Harbour Watch said the port would close. "
                    "Traders in Ohio said prices would rise. "
                    "A spokesman for Harbour Watch said the ferry was late. "
                    "Tom Vance, the director of Harbour Watch, said the fares were high. "
                    "Supporters of Ann Berg said the vote was fair.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Ann Berg", "Harbour Watch", "Ohio", "Tom Vance"};
    const uint8_t types[] = {NG_ENT_PER, NG_ENT_ORG, NG_ENT_LOC, NG_ENT_PER};
    add_entities(d, names, types, 4);
    /* in text order */
    add_mention_nth(d, "Ann Berg", 0, 0, NG_ENT_PER);
    add_mention_nth(d, "Harbour Watch", 0, 1, NG_ENT_ORG);
    add_mention_nth(d, "Ohio", 0, 2, NG_ENT_LOC);
    add_mention_nth(d, "Harbour Watch", 1, 1, NG_ENT_ORG);
    add_mention_nth(d, "Tom Vance", 0, 3, NG_ENT_PER);
    add_mention_nth(d, "Harbour Watch", 2, 1, NG_ENT_ORG);
    add_mention_nth(d, "Ann Berg", 1, 0, NG_ENT_PER);
    CHECK_EQ_INT(d->mentions.n, 7);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    long i = quote_with(d, 1, "the port would close");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, 0); /* Ann Berg, not Harbour Watch */
    const ng_attribution *a = attr_from(d, "Traders in Ohio");
    CHECK(a != NULL); /* a group: an attribution */
    if (a)
        CHECK_EQ_INT(a->source_entity, -1); /* not Ohio */
    a = attr_from(d, "A spokesman for Harbour Watch");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_INT(a->source_entity, 1);
    i = quote_with(d, 1, "the fares were high");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, 3); /* Tom Vance */
    a = attr_from(d, "Supporters of Ann Berg");
    i = quote_with(d, 1, "the vote was fair");
    CHECK(a != NULL || i >= 0);
    if (a)
        CHECK_EQ_INT(a->source_entity, -1); /* not Ann Berg */
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, -1);
    ng_doc_free(d);
}

/* Two names joined by "and" name no one entity: the speaker stays null
 * (not the last name), the kind follows the names' type; a role before a
 * name is no second member ("Harbour and Port chief Tom Vance"). */
static void test_coordinated_speakers(void)
{
    ng_doc *d = run("Ann Berg and Tom Vance said the port would close. "
                    "Harbour Watch and Port Guild said the fares were high. "
                    "Harbour and Port chief Tom Vance said the ferry was late.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Ann Berg", "Tom Vance", "Harbour Watch", "Port Guild", "Harbour", "Port"};
    const uint8_t types[] = {NG_ENT_PER, NG_ENT_PER, NG_ENT_ORG, NG_ENT_ORG, NG_ENT_LOC, NG_ENT_LOC};
    add_entities(d, names, types, 6);
    /* in text order */
    add_mention_nth(d, "Ann Berg", 0, 0, NG_ENT_PER);
    add_mention_nth(d, "Tom Vance", 0, 1, NG_ENT_PER);
    add_mention_nth(d, "Harbour Watch", 0, 2, NG_ENT_ORG);
    add_mention_nth(d, "Port Guild", 0, 3, NG_ENT_ORG);
    add_mention_nth(d, "Harbour and", 0, 4, NG_ENT_LOC);
    if (d->mentions.n == 5)
        d->mentions.v[4].end -= 4; /* "Harbour" of the third sentence */
    add_mention_nth(d, "Port chief", 0, 5, NG_ENT_LOC);
    if (d->mentions.n == 6)
        d->mentions.v[5].end -= 6; /* "Port" */
    add_mention_nth(d, "Tom Vance", 1, 1, NG_ENT_PER);
    CHECK_EQ_INT(d->mentions.n, 7);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    long i = quote_with(d, 1, "the port would close");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, -1); /* not Tom Vance */
    const ng_attribution *a = attr_from(d, "Harbour Watch and Port Guild");
    CHECK(a != NULL); /* organisations: an attribution */
    if (a)
        CHECK_EQ_INT(a->source_entity, -1); /* not Port Guild */
    i = quote_with(d, 1, "the ferry was late");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, 1); /* Tom Vance */
    ng_doc_free(d);
}

/* A document, body or spokesman a name owns speaks for that name; a person
 * named by what they do is the one person named just before. */
static void test_owners_and_descriptions(void)
{
    ng_doc *d = run("Harbour Watch's report said the pier was unsafe. "
                    "Mr Vance's spokesman said the fares would rise. "
                    "Ann Berg's supporters said the vote was fair. "
                    "Tom Lund scored twice on Saturday. "
                    "The Rovers striker said the team was tired. "
                    "Tom Lund and Ann Berg met the fans. "
                    "The singer said the show was over. "
                    "Mr Holt spoke at the club. "
                    "The defender said the pitch was poor.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Harbour Watch", "Tom Vance", "Ann Berg", "Tom Lund", "Ian Holt"};
    const uint8_t types[] = {NG_ENT_ORG, NG_ENT_PER, NG_ENT_PER, NG_ENT_PER, NG_ENT_PER};
    add_entities(d, names, types, 5);
    d->entities.v[4].role = "club chairman"; /* known by an office */
    add_mention_nth(d, "Harbour Watch", 0, 0, NG_ENT_ORG);
    add_mention_nth(d, "Vance", 0, 1, NG_ENT_PER);
    add_mention_nth(d, "Ann Berg", 0, 2, NG_ENT_PER);
    add_mention_nth(d, "Tom Lund", 0, 3, NG_ENT_PER);
    add_mention_nth(d, "Tom Lund", 1, 3, NG_ENT_PER);
    add_mention_nth(d, "Ann Berg", 1, 2, NG_ENT_PER);
    add_mention_nth(d, "Holt", 0, 4, NG_ENT_PER);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    const ng_attribution *a = attr_from(d, "Harbour Watch's report");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_INT(a->source_entity, 0);
    a = attr_from(d, "Mr Vance's spokesman");
    CHECK(a != NULL); /* a spokesman's reported speech: an attribution, as "a spokesman for …" */
    if (a)
        CHECK_EQ_INT(a->source_entity, 1);
    long i = quote_with(d, 1, "the vote was fair");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, -1); /* supporters speak for themselves */
    i = quote_with(d, 1, "the team was tired");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, 3); /* Tom Lund, the one person just before */
    i = quote_with(d, 1, "the show was over");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, -1); /* two persons just before: either */
    i = quote_with(d, 1, "the pitch was poor");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, -1); /* the club chairman is no defender */
    ng_doc_free(d);

    /* the body named before a spokes- word */
    d = run("\"The ferry will sail on time,\" a Harbour Watch spokeswoman said.");
    CHECK(d != NULL);
    if (!d)
        return;
    add_entities(d, names, types, 1);
    add_mention_nth(d, "Harbour Watch", 0, 0, NG_ENT_ORG);
    d->quotes.n = d->attributions.n = 0;
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    i = quote_with(d, 1, "The ferry will sail on time");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, 0);
    ng_doc_free(d);
}

/* Adds a mention of entity ent over the nth occurrence of s, with its
 * tokens (the resolver reads them where it looks back). */
static void add_mention_at(ng_doc *d, const char *s, int nth, int32_t ent, uint8_t type)
{
    add_mention_nth(d, s, nth, ent, type);
    ng_mention *m = &d->mentions.v[d->mentions.n - 1];
    for (size_t t = 0; t < d->tokens.n; t++)
        if (d->tokens.v[t].start == m->start) {
            m->tok = (uint32_t)t;
            while (t < d->tokens.n && d->tokens.v[t].end <= m->end)
                t++;
            m->ntok = (uint32_t)t - m->tok;
            break;
        }
}

/* The speaker entity of the quote whose content is s (-2 when there is
 * none), after the annotator is run again on the entity tables given. */
static int32_t speaker_of(ng_doc *d, const char *s)
{
    long i = quote_with(d, 1, s);
    return i >= 0 ? d->quotes.v[i].speaker : -2;
}

static ng_doc *run_with(const char *text, const char *const *names, const uint8_t *types, int n)
{
    ng_doc *d = run(text);
    if (!d)
        return NULL;
    add_entities(d, names, types, n);
    for (int i = 0; i < n; i++)
        if (types[i] == NG_ENT_PER)
            d->entities.v[i].gender = NG_GENDER_MALE;
    return d;
}

static void rerun(ng_doc *d)
{
    d->quotes.n = d->attributions.n = 0;
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
}

/* he/she after an unnamed speaker is that speaker, not the person named
 * before it: null for "an official", the body for "a Harbour Watch
 * spokesman" (still a quotation: a person spoke); a definite "the
 * official" is the named person known by that office unless an indefinite
 * one introduced it. */
static void test_pronoun_after_unnamed(void)
{
    const char *names[] = {"Tom Vance", "Harbour Watch"};
    const uint8_t types[] = {NG_ENT_PER, NG_ENT_ORG};
    ng_doc *d = run_with("Tom Vance opened the harbour on Monday. An official said the fees would rise. "
                         "He said the ferry would be late.",
                         names, types, 1);
    CHECK(d != NULL);
    if (!d)
        return;
    add_mention_at(d, "Tom Vance", 0, 0, NG_ENT_PER);
    rerun(d);
    CHECK_EQ_INT(speaker_of(d, "the ferry would be late"), -1);
    ng_doc_free(d);

    d = run_with("Tom Vance opened the harbour on Monday. A Harbour Watch spokesman said the fees would rise. "
                 "He said the ferry would be late.",
                 names, types, 2);
    CHECK(d != NULL);
    if (!d)
        return;
    add_mention_at(d, "Tom Vance", 0, 0, NG_ENT_PER);
    add_mention_at(d, "Harbour Watch", 0, 1, NG_ENT_ORG);
    rerun(d);
    CHECK_EQ_INT(speaker_of(d, "the ferry would be late"), 1);
    ng_doc_free(d);

    /* no indefinite one before "the official": Tom Vance, the port official */
    d = run_with("Port official Tom Vance opened the harbour. The official said the fees would rise. "
                 "He said the ferry would be late.",
                 names, types, 1);
    CHECK(d != NULL);
    if (!d)
        return;
    add_mention_at(d, "Tom Vance", 0, 0, NG_ENT_PER);
    rerun(d);
    CHECK_EQ_INT(speaker_of(d, "the ferry would be late"), 0);
    ng_doc_free(d);

    /* "One diplomat … Tom Vance … the diplomat said. He said": the diplomat */
    d = run_with("One diplomat said the fees would rise. Tom Vance disagreed with that on Monday. "
                 "\"It will not last,\" the diplomat said. He said the port would close.",
                 names, types, 1);
    CHECK(d != NULL);
    if (!d)
        return;
    add_mention_at(d, "Tom Vance", 0, 0, NG_ENT_PER);
    rerun(d);
    CHECK_EQ_INT(speaker_of(d, "the port would close"), -1);
    ng_doc_free(d);

    /* … unless the named one spoke by name since the indefinite one */
    d = run_with("A senior port official said the fees would rise. Tom Vance said the harbour was full. "
                 "\"It will not last,\" the official said. He said the port would close.",
                 names, types, 1);
    CHECK(d != NULL);
    if (!d)
        return;
    add_mention_at(d, "Tom Vance", 0, 0, NG_ENT_PER);
    rerun(d);
    CHECK_EQ_INT(speaker_of(d, "the port would close"), 0);
    ng_doc_free(d);

    /* "a company spokesman": the organisation the text opens with */
    d = run_with("Harbour Watch will close two ferries, a company spokesman said. "
                 "He said the port would stay open.",
                 names + 1, types + 1, 1);
    CHECK(d != NULL);
    if (!d)
        return;
    add_mention_at(d, "Harbour Watch", 0, 0, NG_ENT_ORG);
    rerun(d);
    CHECK_EQ_INT(speaker_of(d, "the port would stay open"), 0);
    ng_doc_free(d);
}

/* A sentence that opens with he/she continues its subject: "Tom Vance
 * urged Dekker … He told reporters that Dekker … He said" is Tom Vance; not
 * a pronoun inside a quotation ("“We agree. He has …,” Dekker said"). */
static void test_pronoun_subject_chain(void)
{
    const char *names[] = {"Tom Vance", "Mark Dekker"};
    const uint8_t types[] = {NG_ENT_PER, NG_ENT_PER};
    ng_doc *d = run_with("Tom Vance urged Mark Dekker to sign the deal. "
                         "He told reporters that Dekker had failed to act. "
                         "He said it was time for Dekker to move.",
                         names, types, 2);
    CHECK(d != NULL);
    if (!d)
        return;
    add_mention_at(d, "Tom Vance", 0, 0, NG_ENT_PER);
    add_mention_at(d, "Mark Dekker", 0, 1, NG_ENT_PER);
    add_mention_at(d, "Dekker", 1, 1, NG_ENT_PER);
    add_mention_at(d, "Dekker", 2, 1, NG_ENT_PER);
    rerun(d);
    CHECK_EQ_INT(speaker_of(d, "it was time for Dekker to move"), 0);
    ng_doc_free(d);

    d = run_with("Tom Vance spoke after Mark Dekker. "
                 "\"We agree. He has dealt with this again and again,\" Dekker told reporters. "
                 "He said the port would close.",
                 names, types, 2);
    CHECK(d != NULL);
    if (!d)
        return;
    add_mention_at(d, "Tom Vance", 0, 0, NG_ENT_PER);
    add_mention_at(d, "Mark Dekker", 0, 1, NG_ENT_PER);
    add_mention_at(d, "Dekker", 1, 1, NG_ENT_PER);
    rerun(d);
    CHECK_EQ_INT(speaker_of(d, "the port would close"), 1);
    ng_doc_free(d);
}

/* Two persons with their titles joined by "and" are no one speaker. */
static void test_coordinated_titles(void)
{
    const char *names[] = {"Ann Berg", "Tom Vance"};
    const uint8_t types[] = {NG_ENT_PER, NG_ENT_PER};
    ng_doc *d = run_with("Port Minister Ann Berg and Harbour Chief Tom Vance said the fees would rise.", names, types,
                         2);
    CHECK(d != NULL);
    if (!d)
        return;
    add_mention_at(d, "Ann Berg", 0, 0, NG_ENT_PER);
    add_mention_at(d, "Tom Vance", 0, 1, NG_ENT_PER);
    rerun(d);
    CHECK_EQ_INT(speaker_of(d, "the fees would rise"), -1);
    ng_doc_free(d);
}

/* "he said" after a quotation: not a name inside that quotation. */
static void test_pronoun_not_in_own_quote(void)
{
    ng_doc *d = run("Mark Dekker coached the team for ten years. "
                    "\"We cannot all be Tom Vance, and nobody should try,\" he said.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Mark Dekker", "Tom Vance"};
    const uint8_t types[] = {NG_ENT_PER, NG_ENT_PER};
    add_entities(d, names, types, 2);
    d->entities.v[0].gender = d->entities.v[1].gender = NG_GENDER_MALE;
    add_mention_nth(d, "Mark Dekker", 0, 0, NG_ENT_PER);
    add_mention_nth(d, "Tom Vance", 0, 1, NG_ENT_PER);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    long i = quote_with(d, 1, "We cannot all be Tom Vance, and nobody should try");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, 0);
    ng_doc_free(d);

    /* the subject of the sentence before, not the person named last in it */
    d = run("Shadow minister Tom Vance criticised the way Mark Dekker ran the port. "
            "\"It is a shambles from start to finish,\" he said.");
    CHECK(d != NULL);
    if (!d)
        return;
    add_entities(d, names, types, 2);
    d->entities.v[0].gender = d->entities.v[1].gender = NG_GENDER_MALE;
    add_mention_nth(d, "Tom Vance", 0, 1, NG_ENT_PER);
    add_mention_nth(d, "Mark Dekker", 0, 0, NG_ENT_PER);
    d->quotes.n = d->attributions.n = 0;
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    i = quote_with(d, 1, "It is a shambles from start to finish");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, 1); /* Tom Vance */
    ng_doc_free(d);

    /* not a person the sentence opens with after a preposition */
    d = run("The claims about Tom Vance were made in a report by Mark Dekker, a pilot. "
            "He also said the port had been sold twice.");
    CHECK(d != NULL);
    if (!d)
        return;
    add_entities(d, names, types, 2);
    d->entities.v[0].gender = d->entities.v[1].gender = NG_GENDER_MALE;
    add_mention_nth(d, "Tom Vance", 0, 1, NG_ENT_PER);
    add_mention_nth(d, "Mark Dekker", 0, 0, NG_ENT_PER);
    d->quotes.n = d->attributions.n = 0;
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    i = quote_with(d, 1, "the port had been sold twice");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, 0); /* Mark Dekker */
    ng_doc_free(d);
}

/* A quotation with no cue of its own after reported speech goes on with
 * that speech's speaker, also in the next paragraph. */
static void test_quote_after_reported(void)
{
    ng_doc *d = run("Mayor Ann Berg said the harbour would stay open for the summer.\n\n"
                    "\"We have the money and we have the will to keep it running.\"\n\n"
                    "Tom Vance said the fares would rise. \"Nobody likes it, but the fuel costs more,\" "
                    "is the view of the pilots.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *names[] = {"Ann Berg", "Tom Vance"};
    const uint8_t types[] = {NG_ENT_PER, NG_ENT_PER};
    add_entities(d, names, types, 2);
    add_mention_nth(d, "Ann Berg", 0, 0, NG_ENT_PER);
    add_mention_nth(d, "Tom Vance", 0, 1, NG_ENT_PER);
    d->quotes.n = d->attributions.n = 0; /* run again, now with entities */
    CHECK_EQ_INT(ng__annot_quotes(eng, d), 0);
    long i = quote_with(d, 1, "We have the money and we have the will to keep it running.");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_INT(d->quotes.v[i].speaker, 0);
        CHECK_EQ_STR(QCUE(d, i), ""); /* no cue of its own */
    }
    i = quote_with(d, 1, "Nobody likes it, but the fuel costs more");
    if (i >= 0)
        CHECK_EQ_INT(d->quotes.v[i].speaker, -1); /* its sentence goes on to say whose */
    ng_doc_free(d);
}

static void test_pathological(void)
{
    /* 200k quote marks of every kind: must stay linear and sane */
    size_t n = 200000;
    char *s = malloc(n * 4 + 16);
    CHECK(s != NULL);
    if (!s)
        return;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        switch (i % 4) {
        case 0: memcpy(s + o, "\xE2\x80\x9C", 3), o += 3; break;
        case 1: s[o++] = '"'; break;
        case 2: s[o++] = ' '; break;
        default: memcpy(s + o, "\xE2\x80\x9D", 3), o += 3; break;
        }
    }
    s[o] = 0;
    clock_t t0 = clock();
    ng_doc *d = run(s);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(d != NULL);
    if (d) {
        CHECK(d->quotes.n <= n);
        for (size_t i = 0; i < d->quotes.n; i++)
            CHECK(d->quotes.v[i].start <= d->quotes.v[i].end && d->quotes.v[i].end <= d->len);
        ng_doc_free(d);
    }
    /* the same with words: said "x" said "x" ... */
    o = 0;
    for (size_t i = 0; i < n / 4; i++) {
        memcpy(s + o, "he said \"x ", 11);
        o += 11;
    }
    s[o] = 0;
    d = run(s);
    CHECK(d != NULL);
    if (d) {
        /* reported clauses do not overlap, so the record stays linear in size */
        char *json = NULL;
        size_t len = 0;
        CHECK_EQ_INT(ng_doc_to_json(d, &json, &len), 0);
        CHECK(len < o * 60);
        CHECK(d->quotes.n > 0);
        ng_free(json);
    }
    ng_doc_free(d);
    /* single marks opening capitalised words: the British-style pairing */
    o = 0;
    for (size_t i = 0; i < n / 4; i++) {
        memcpy(s + o, i % 2 ? "'X said " : "Y' 'Z ", i % 2 ? 8 : 7);
        o += i % 2 ? 8 : 7;
    }
    s[o] = 0;
    d = run(s);
    CHECK(d != NULL);
    if (d) {
        char *json = NULL;
        size_t len = 0;
        CHECK_EQ_INT(ng_doc_to_json(d, &json, &len), 0);
        CHECK(len < o * 60);
        ng_free(json);
    }
    ng_doc_free(d);
    secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    fprintf(stderr, "pathological inputs: %.3f s\n", secs);
    CHECK(secs < 3.0); /* whole pipeline under sanitizers included; quadratic would take minutes */
    free(s);
}


/* The source of an item (quote or attribution) whose cue is the word cue,
 * "" when it has none, NULL when no item has that cue. */
static const char *src_of(const ng_doc *d, const char *cue) { return source_with(d, 1, cue); }

/* A source span is the mention a user sees: trailing adverbials after a
 * name are not part of it ("The harbour master in a statement", "Tom Vance
 * at the time"), while a poll keeps its date ("a poll taken last week"); a
 * phrase that is only a time or ends with a preposition ("A few hours
 * later", "no sign of") is no source at all: the item keeps none, and no
 * entity. */
static void test_source_cleanup(void)
{
    ng_doc *d = run("The harbour master in a statement argued that the bridge was too expensive.\n\n"
                    "A few hours later, insisting that the port would stay open, the pilots went home.\n\n"
                    "The mayor showed no sign of backing the new bridge over the river.\n\n"
                    "A harbour poll taken last week found that most sailors back the plan.\n\n"
                    "Tom Vance at the time warned that the docks were unsafe.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = src_of(d, "argued")) && !strcmp(s, "The harbour master"));
    CHECK((s = src_of(d, "insisting")) && !strcmp(s, ""));
    CHECK(src_of(d, "backing") == NULL); /* (after "no …" no cue at all) */
    CHECK((s = src_of(d, "found")) && !strcmp(s, "A harbour poll taken last week"));
    CHECK((s = src_of(d, "warned")) && !strcmp(s, "Tom Vance"));
    for (size_t i = 0; i < d->quotes.n; i++)
        if (d->quotes.v[i].speaker_end <= d->quotes.v[i].speaker_start)
            CHECK_EQ_INT(d->quotes.v[i].speaker, -1);
    ng_doc_free(d);
}

/* A base form after "a" and an adjective is a noun, not a cue: "a passing
 * reference to", "a definitive call on" give no item, unless a light verb
 * makes its subject the source ("Berg made an urgent call for"); "a
 * majority of voters say" is still a subject and its verb. */
static void test_noun_homographs(void)
{
    ng_doc *d = run("The speech held a passing reference to the strike at the port.\n\n"
                    "It was a definitive call on the future of the bridge.\n\n"
                    "There were no serious calls for a new bridge.\n\n"
                    "Berg passed more amendments by roll call vote than any other member of the council.\n\n"
                    "The direct answer, the mayor said, was a new ferry.\n\n"
                    "Ann Berg made an urgent call for new ferries on the northern route.\n\n"
                    "A majority of voters say the bridge is too expensive.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(src_of(d, "reference to") == NULL && src_of(d, "reference") == NULL);
    CHECK(src_of(d, "call on") == NULL);
    CHECK(src_of(d, "calls for") == NULL);
    const char *s = src_of(d, "call");
    CHECK(s && !strcmp(s, "")); /* not "roll": one lower-case singular word is no source */
    s = src_of(d, "call for");
    CHECK(s && !strcmp(s, "Ann Berg"));
    s = src_of(d, "say");
    CHECK(s && !strcmp(s, "A majority of voters"));
    s = src_of(d, "said");
    CHECK(s && !strcmp(s, "the mayor"));
    ng_doc_free(d);
}

/* A subject keeps an age written with hyphens ("The 57-year-old pilot") and
 * an "including"/"like" parenthetical that names who is meant ("Several
 * mayors, including Ann Berg, said"), while other adverbial parentheticals
 * are cut ("Vance, speaking in Ohio, said" stays "Vance"). */
static void test_source_ages_and_including(void)
{
    ng_doc *d = run("The 57-year-old pilot says the new ferry is too slow.\n\n"
                    "Several mayors, including Ann Berg, argued that the port must stay open.\n\n"
                    "Harbour pilots, like their colleagues in Tallinn, believe that the strike will end.\n\n"
                    "Tom Vance, speaking in the harbour, insisted that the bridge was safe.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = src_of(d, "says")) && !strcmp(s, "The 57-year-old pilot"));
    CHECK((s = src_of(d, "argued")) && !strcmp(s, "Several mayors, including Ann Berg"));
    CHECK((s = src_of(d, "believe")) && !strcmp(s, "Harbour pilots, like their colleagues in Tallinn"));
    CHECK((s = src_of(d, "insisted")) && !strcmp(s, "Tom Vance"));
    ng_doc_free(d);
    /* the subject of a participle runs over a source noun after a name */
    d = run("The Vance campaign responded on Monday, saying the ferry plan was a failure.\n\n"
            "Berg campaign spokesman Tom Moor replied in a letter, calling the plan reckless.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK((s = src_of(d, "saying")) && !strcmp(s, "The Vance campaign"));
    CHECK((s = src_of(d, "calling")) && !strcmp(s, "Berg campaign spokesman Tom Moor"));
    ng_doc_free(d);
    /* coordination with a lower-case conjunct */
    d = run("Her advisers and allies say the bridge is too expensive.\n\n"
            "Current and former harbour officials argued that the port would close.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK((s = src_of(d, "say")) && !strcmp(s, "Her advisers and allies"));
    CHECK((s = src_of(d, "argued")) && !strcmp(s, "Current and former harbour officials"));
    ng_doc_free(d);
    /* a quantifier before "of", a number or a determiner opens the subject */
    d = run("All of the harbour pilots say the new ferry is too slow.\n\n"
            "Both the mayor and the council argued that the port must stay open.\n\n"
            "All three candidates claimed that the bridge would be finished by May.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK((s = src_of(d, "say")) && !strcmp(s, "All of the harbour pilots"));
    CHECK((s = src_of(d, "argued")) && !strcmp(s, "Both the mayor and the council"));
    CHECK((s = src_of(d, "claimed")) && !strcmp(s, "All three candidates"));
    ng_doc_free(d);
}

/* "a spokesman for X" is the spokesman, not X: the subject runs over its
 * prepositional phrase after a closing quotation mark (“…,” a spokesman for
 * the board said) and after a dateline's dash, and over a cue word used as
 * a noun after a determiner ("familiar with the planning for"). */
static void test_source_spokesman(void)
{
    ng_doc *d = run("\xE2\x80\x9CThe budget is safe,\xE2\x80\x9D a spokesman for the harbour board said.\n\n"
                    "\xE2\x80\x9CIt will pass,\xE2\x80\x9D one of the lawyers for Ann Berg said on Monday.\n\n"
                    "A person familiar with the planning for the meeting says the talks will focus on the port.\n\n"
                    "TALLINN \xE2\x80\x94 A spokeswoman for the harbour board argued that the ferry would run.");
    CHECK(d != NULL);
    if (!d)
        return;
    /* a spokesman's reported speech is an attribution, as "a spokesman
     * said" is (he speaks for a body); his direct quotation stays a quote */
    CHECK_EQ_INT(d->quotes.n, 3);
    CHECK_EQ_INT(d->attributions.n, 1);
    if (d->quotes.n == 3) {
        CHECK_EQ_STR(QSPK(d, 0), "a spokesman for the harbour board");
        CHECK_EQ_STR(QSPK(d, 1), "one of the lawyers for Ann Berg");
        CHECK_EQ_STR(QSPK(d, 2), "A person familiar with the planning for the meeting");
    }
    CHECK(attr_from(d, "A spokeswoman for the harbour board") != NULL);
    ng_doc_free(d);
}

/* A parenthetical between dashes is no part of the mention, before the cue
 * ("Vance -- who ran the port -- said") or after it ("said Berg, who runs
 * the port -- which …"), nor after "according to X -". */
static void test_source_dashes(void)
{
    ng_doc *d = run("Tom Vance -- who ran the port for years -- argued that the ferry was too slow.\n\n"
                    "\xE2\x80\x9CThe line will stay open,\xE2\x80\x9D said Ann Berg, who runs the port \xE2\x80\x94 which has lost money for years.\n\n"
                    "The plan would cost $1 billion, according to the harbour board - half of its budget.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = src_of(d, "argued")) && !strcmp(s, "Tom Vance"));
    CHECK((s = src_of(d, "said")) && !strcmp(s, "Ann Berg, who runs the port"));
    CHECK((s = src_of(d, "according to")) && !strcmp(s, "the harbour board"));
    ng_doc_free(d);
    /* after the cue a restrictive relative clause belongs to the source, as an apposition does */
    d = run("\xE2\x80\x9CThe line will close,\xE2\x80\x9D said a harbour official who has worked at the port for years.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK((s = src_of(d, "said")) && !strcmp(s, "a harbour official who has worked at the port for years"));
    ng_doc_free(d);
}

/* A participle cue takes the subject of its clause, past an introductory
 * phrase or adverb before a comma (not "The day" or "Ultimately"). */
static void test_participle_subject(void)
{
    ng_doc *d = run("The day before, at a rally in Dayton, Mr. Berg was just as blunt, claiming that the mayor wanted to close the port.\n\n"
                    "Ultimately, Vance relented, telling reporters that the ferry would keep running.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 2);
    if (d->quotes.n == 2) {
        CHECK_EQ_STR(QCUE(d, 0), "claiming");
        CHECK_EQ_STR(QSPK(d, 0), "Mr. Berg");
        CHECK_EQ_STR(QCUE(d, 1), "telling");
        CHECK_EQ_STR(QSPK(d, 1), "Vance");
    }
    ng_doc_free(d);
}

/* After the cue an apposition with a participle role, after "then" or
 * "now", or with a relative "that" clause (whose verb is no cue of the
 * speaker) is part of the speaker's mention. */
static void test_source_appositions_after(void)
{
    ng_doc *d = run("\xE2\x80\x9CPrices will rise,\xE2\x80\x9D said Tom Berg, managing director of the harbour bank.\n\n"
                    "\xE2\x80\x9CThe ferry is late,\xE2\x80\x9D said Ann Vance, then chief engineer at the port.\n\n"
                    "\xE2\x80\x9CWe will strike,\xE2\x80\x9D said Joe Holt, head of the Dock Union, a group that has endorsed the mayor.\n\n"
                    "\xE2\x80\x9CIt was a mistake,\xE2\x80\x9D said Eva Moor, now a partner at a law firm.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 4);
    if (d->quotes.n == 4) {
        CHECK_EQ_STR(QSPK(d, 0), "Tom Berg, managing director of the harbour bank");
        CHECK_EQ_STR(QSPK(d, 1), "Ann Vance, then chief engineer at the port");
        CHECK_EQ_STR(QSPK(d, 2), "Joe Holt, head of the Dock Union, a group that has endorsed the mayor");
        CHECK_EQ_STR(QSPK(d, 3), "Eva Moor, now a partner at a law firm");
    }
    ng_doc_free(d);
}

/* Before the cue, a name and then its role between commas is one mention
 * ("Tom Vance, the president of Harbour Watch, said"), in reported speech
 * and before a direct quotation; an introductory time phrase is no name. */
static void test_source_name_then_role(void)
{
    ng_doc *d = run("But Tom Vance, the president of Harbour Watch, a group that has sued the city, said the ferry was late.\n\n"
                    "Earlier Tuesday, his campaign manager, Jeff Weaver, said the senator would stay in the race.\n\n"
                    "Ann Berg, the former mayor of the city, wrote in response: \xE2\x80\x9CThe harbour must stay open.\xE2\x80\x9D\n\n"
                    "At the rally in Dayton, OH, after winning the vote, Gov. Joe Holt (R-OH), said, \xE2\x80\x9CWe are ready for the fall.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 4);
    if (d->quotes.n == 4) {
        CHECK_EQ_STR(QSPK(d, 0), "Tom Vance, the president of Harbour Watch, a group that has sued the city");
        CHECK_EQ_STR(QSPK(d, 1), "his campaign manager, Jeff Weaver");
        CHECK_EQ_STR(QSPK(d, 2), "Ann Berg, the former mayor of the city");
        CHECK_EQ_STR(QSPK(d, 3), "Gov. Joe Holt (R-OH)");
    }
    ng_doc_free(d);
}

/* After a quotation, a speaker with a party in brackets ("Sen. Ann Berg
 * (D-Ore.) said") or a role and then the name between commas ("the harbour
 * spokesman, Tom Vance, said") takes the cue after it. */
static void test_speaker_after_close(void)
{
    ng_doc *d = run("\xE2\x80\x9CWe will win the vote,\xE2\x80\x9D Sen. Ann Berg (D-Ore.) said. \xE2\x80\x9CNobody doubts it.\xE2\x80\x9D\n\n"
                    "\xE2\x80\x9CThe plan is sound,\xE2\x80\x9D the harbour spokesman, Tom Vance, said on Monday.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 3);
    if (d->quotes.n == 3) {
        CHECK_EQ_STR(QCUE(d, 0), "said");
        CHECK_EQ_STR(QSPK(d, 0), "Sen. Ann Berg (D-Ore.)");
        CHECK_EQ_STR(QSPK(d, 1), "Sen. Ann Berg (D-Ore.)");
        CHECK_EQ_STR(QCUE(d, 2), "said");
        CHECK_EQ_STR(QSPK(d, 2), "the harbour spokesman, Tom Vance");
    }
    ng_doc_free(d);
}

/* After a quotation: an unlisted verb in -ed (or "shot back") right after
 * a name or pronoun that ends the sentence is the cue; after "said" the
 * name keeps its party in brackets and its apposition. */
static void test_unlisted_cue_after_close(void)
{
    ng_doc *d = run("\xE2\x80\x9CWould the ferry run on Sundays?\xE2\x80\x9D Hannity pressed. \xE2\x80\x9COr only in summer?\xE2\x80\x9D\n\n"
                    "\xE2\x80\x9CLet me finish my answer,\xE2\x80\x9D Vance shot back.\n\n"
                    "\xE2\x80\x9CWe will win the vote,\xE2\x80\x9D said Sen. Ann Berg (D-Ore.), a member of the harbour board.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 4);
    if (d->quotes.n == 4) {
        CHECK_EQ_STR(QCUE(d, 0), "pressed");
        CHECK_EQ_STR(QSPK(d, 0), "Hannity");
        CHECK_EQ_STR(QSPK(d, 1), "Hannity");
        CHECK_EQ_STR(QCUE(d, 2), "shot back");
        CHECK_EQ_STR(QSPK(d, 2), "Vance");
        CHECK_EQ_STR(QSPK(d, 3), "Sen. Ann Berg (D-Ore.), a member of the harbour board");
    }
    ng_doc_free(d);
}

/* After a quotation: an unlisted verb in -s with its particle ("points
 * out", "answers") after a name or pronoun is the cue too, and a comma, a
 * dash, "with" or "as" may follow such a cue ("shot back with a laugh"). */
static void test_unlisted_cue_s_form(void)
{
    ng_doc *d = run("\xE2\x80\x9CThe ferry has never run on time in winter,\xE2\x80\x9D Moorcroft points out.\n\n"
                    "\xE2\x80\x9CWe asked the harbour board for a new timetable,\xE2\x80\x9D she answers.\n\n"
                    "\xE2\x80\x9CThey only want the subsidy for themselves,\xE2\x80\x9D Dellow shot back with a grin.\n\n"
                    "\xE2\x80\x9CNo one in this valley trusts the board now,\xE2\x80\x9D Dellow went on, as the crowd cheered.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 4);
    if (d->quotes.n == 4) {
        CHECK_EQ_STR(QCUE(d, 0), "points out");
        CHECK_EQ_STR(QSPK(d, 0), "Moorcroft");
        CHECK_EQ_STR(QCUE(d, 1), "answers");
        CHECK_EQ_STR(QSPK(d, 1), "she");
        CHECK_EQ_STR(QCUE(d, 2), "shot back");
        CHECK_EQ_STR(QSPK(d, 2), "Dellow");
        CHECK_EQ_STR(QCUE(d, 3), "went on");
        CHECK_EQ_STR(QSPK(d, 3), "Dellow");
    }
    ng_doc_free(d);
}

/* More cues after a quotation: an -ed verb with its particle ("pointed
 * out"), a phrase of place or time after it ("grumbled in a letter"), and a
 * short phrase that opens with a determiner before an -ed verb ("an angry
 * Dellow retaliated"), but not before an -s word ("the harbour horror
 * series"). */
static void test_unlisted_cue_phrases(void)
{
    ng_doc *d = run("\xE2\x80\x9CThe ferry has lost money every winter since 2019,\xE2\x80\x9D Moorcroft pointed out.\n\n"
                    "\xE2\x80\x9CNobody on the board read the safety report,\xE2\x80\x9D Moorcroft grumbled in a letter to the council.\n\n"
                    "\xE2\x80\x9CThe harbour will always be the harbour,\xE2\x80\x9D an angry Dellow retaliated.\n\n"
                    "He remade \xE2\x80\x9CTales From the Old Harbour,\xE2\x80\x9D the kitschy harbour horror series.\n\n"
                    "Asked about the winter, Dellow replied: \xE2\x80\x9CWill the ferry ever run on time?\xE2\x80\x9D The storm started at noon.");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "The ferry has lost money every winter since 2019");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_STR(QCUE(d, i), "pointed out");
        CHECK_EQ_STR(QSPK(d, i), "Moorcroft");
    }
    i = quote_with(d, 1, "Nobody on the board read the safety report");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_STR(QCUE(d, i), "grumbled");
        CHECK_EQ_STR(QSPK(d, i), "Moorcroft");
    }
    i = quote_with(d, 1, "The harbour will always be the harbour");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_STR(QCUE(d, i), "retaliated");
        CHECK_EQ_STR(QSPK(d, i), "an angry Dellow");
    }
    CHECK_EQ_INT(quote_with(d, 0, "series"), -1);
    CHECK_EQ_INT(quote_with(d, 0, "started"), -1); /* (a new sentence after “…?”) */
    ng_doc_free(d);
}

/* A participle after a comma takes the subject after an opening adverb
 * ("Then she …", "Perhaps not surprisingly, Mr. Vance …"), but a name in
 * -ly is a name ("Carly Dellow …"). */
static void test_opening_adverb(void)
{
    ng_doc *d = run("Then she left the stage, pledging that the ferry would run all winter.\n\n"
                    "Perhaps not surprisingly, Mr. Vance took the floor, saying the harbour board had failed.\n\n"
                    "Carly Dellow joined the board, saying it had to change.");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "the ferry would run all winter");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "she");
    i = quote_with(d, 1, "the harbour board had failed");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Mr. Vance");
    i = quote_with(d, 1, "it had to change");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Carly Dellow");
    ng_doc_free(d);
}

/* A quoted fragment with no cue of its own inside a sentence that ends with
 * its teller ("…, Berg said."; "…, said Ann Berg, a pollster.") takes that
 * teller, past a cue of another kind ("before discussing …") and past the
 * comma inside the marks of a quotation that ends in one when a phrase of
 * the sentence follows it (not the teller's own name cut at its comma); a
 * cue that is no verb of speech gives nothing. */
static void test_teller_at_end(void)
{
    ng_doc *d = run("\"Thanks to the hundreds of volunteers who knocked on every door\" for the win, Ostrander said.\n\n"
                    "\"It is very unlikely to pass this winter\" in the council, said Ann Dellow, a pollster at the county college.\n\n"
                    "\"The harbour of the future will cost far too much\" to the town, Ostrander believes.\n\n"
                    "\"I want to wait until I meet with the mayor\" before discussing the ferry plan, Ostrander said.\n\n"
                    "\"The most impressive part has been the calm of the ferry crews,\" like the storm last month, said Tom Vance, a pilot at the port.\n\n"
                    "\"The harbour will be closed for the whole winter season,\" shop owner Jan Dellow, told Harbour Radio.");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "Thanks to the hundreds of volunteers who knocked on every door");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_STR(QCUE(d, i), "said");
        CHECK_EQ_STR(QSPK(d, i), "Ostrander");
    }
    i = quote_with(d, 1, "It is very unlikely to pass this winter");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_STR(QCUE(d, i), "said");
        CHECK_EQ_STR(QSPK(d, i), "Ann Dellow, a pollster at the county college");
    }
    i = quote_with(d, 1, "The harbour of the future will cost far too much");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "");
    i = quote_with(d, 1, "I want to wait until I meet with the mayor");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_STR(QCUE(d, i), "said");
        CHECK_EQ_STR(QSPK(d, i), "Ostrander");
    }
    i = quote_with(d, 1, "The most impressive part has been the calm of the ferry crews");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_STR(QCUE(d, i), "said");
        CHECK_EQ_STR(QSPK(d, i), "Tom Vance, a pilot at the port");
    }
    i = quote_with(d, 1, "The harbour will be closed for the whole winter season");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK(strcmp(QSPK(d, i), "Harbour Radio") != 0);
    ng_doc_free(d);
}

/* After a quotation that ends in a comma inside its marks, "said" and a
 * role phrase np_after reads only in part: the phrase to the comma or the
 * sentence end ("said one of the harbour pilots", "said former secretary
 * of state Ann Dellow, who …"). */
static void test_role_after_said(void)
{
    ng_doc *d = run("\"The ferry will not run again before the spring,\" said one of the harbour pilots.\n\n"
                    "\"We have waited far too long for this new pier,\" said former secretary of state Ann Dellow, "
                    "who opened the old one in 1990.");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "The ferry will not run again before the spring");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_STR(QCUE(d, i), "said");
        CHECK_EQ_STR(QSPK(d, i), "one of the harbour pilots");
    }
    i = quote_with(d, 1, "We have waited far too long for this new pier");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_STR(QCUE(d, i), "said");
        CHECK_EQ_STR(QSPK(d, i), "former secretary of state Ann Dellow, who opened the old one in 1990");
    }
    ng_doc_free(d);
}

/* A sentence that opens with its subject and a verb in -ed or -s and ends
 * in a colon before a quotation: the subject is its speaker, the verb
 * phrase its cue ("Berg delivered a blunt message to the board: “…”"); not
 * a one-word subject that is no name or pronoun ("Giant screens …"). */
static void test_colon_clause(void)
{
    ng_doc *d = run("Ann Dellow delivered a blunt message to the harbour board: "
                    "\xE2\x80\x9CIt is time to stop the ferry cuts before the winter.\xE2\x80\x9D\n\n"
                    "He then listed the qualities of a good harbour master: "
                    "\xE2\x80\x9CPatience, courage and a very steady hand at the wheel.\xE2\x80\x9D\n\n"
                    "Giant screens over the harbour glittered with a three-word slogan: "
                    "\xE2\x80\x9CKeep the ferry running for all of us.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "It is time to stop the ferry cuts before the winter.");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_STR(QSPK(d, i), "Ann Dellow");
        CHECK_EQ_STR(QCUE(d, i), "delivered a blunt message to the harbour board:");
    }
    i = quote_with(d, 1, "Patience, courage and a very steady hand at the wheel.");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "He");
    i = quote_with(d, 1, "Keep the ferry running for all of us.");
    if (i >= 0)
        CHECK(strcmp(QSPK(d, i), "Giant") != 0);
    ng_doc_free(d);
}


/* A verb of naming in a relative clause with its own subject, inside
 * reported speech ("…, which he called …", "…, whom she described as …"),
 * is that subject's item nested in the outer content; its content ends at
 * the clause's comma (a closing quotation mark after it included). */
static void test_nested_naming(void)
{
    ng_doc *d = run("Councillor Ivo Brandt said the ferry company, which he called a \"cartel\" of the coast, "
                    "will raise fares again. The mayor said she met the harbour master, whom she described as "
                    "\"volatile,\" on Tuesday.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "he", "a \"cartel\" of the coast"));
    CHECK(has_item(d, "she", "as \"volatile,\""));
    CHECK(has_item(d, "Councillor Ivo Brandt", NULL));
    CHECK(has_item(d, "The mayor", NULL));
    ng_doc_free(d);
}


/* A cue with no object after it, its subject right after "which" or
 * "whom" ("the allegations, which Tom Vance denies, …"), has the relative
 * pronoun as its content, as PolNeAR draws it; not a preposition's object
 * ("about whom he has written"), a passive or a thing written. */
static void test_relative_object(void)
{
    ng_doc *d = run("The allegations, which Tom Vance denies, are being investigated by the harbour police. "
                    "The pier tax - which she once supported - was dropped in May. "
                    "The harbour play, which he wrote, ran for years. "
                    "The guides were praised by sailors about whom he has written. "
                    "The claims, which Ann Marie Louise Berg has also never denied, were old. "
                    "The defeat, which Ann Berg conceded when the polls closed, surprised the town.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Tom Vance", "which"));
    /* (the farthest "which" from the verb: four names, three auxiliaries and
     * adverbs; rel_object_subject looks that far back for it first) */
    CHECK(has_item(d, "Ann Marie Louise Berg", "which"));
    CHECK(has_item(d, "Ann Berg", "which"));
    CHECK(has_item(d, "she", "which"));
    CHECK(!has_item(d, "he", "which"));
    CHECK(!has_item(d, "he", "whom"));
    ng_doc_free(d);
}

/* A non-restrictive ", which" before a cue is its source (its entity the
 * phrase before the comma), the content ending at the clause's comma; a
 * sentence whose only rule items are such is left to the tagger, and a
 * sentential "which" or one inside another item's content is no source. */
static void test_comma_which(void)
{
    ng_doc *d = run("The Harbour Trust, which endorsed Tom Vance in May, said the quay will close. "
                    "The ferry firm, which opposed the new tolls, bought a pier. "
                    "Fares rose by 5%, which showed the pier is popular, and Ann Berg said the tolls will stay. "
                    "Ann Berg said groups like the Harbour Trust, which opposed the tolls, are losing members.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "which", "Tom Vance in May"));
    CHECK(!has_item(d, "which", "the new tolls"));
    size_t nwhich = 0;
    for (size_t i = 0; i < d->attributions.n; i++)
        nwhich += !strcmp(span(d, d->attributions.v[i].source_start, d->attributions.v[i].source_end), "which");
    for (size_t i = 0; i < d->quotes.n; i++)
        nwhich += !strcmp(QSPK(d, i), "which");
    CHECK(nwhich == 1);
    ng_doc_free(d);
}

/* A predicate noun after a copula with an object relative clause without
 * "that": the clause's subject is the source, not the noun it hangs on. */
static void test_gap_relative(void)
{
    ng_doc *d = run("It’s a risk Ann Berg said could close the harbour. "
                    "The ferry was the best deal Tom Vance always hoped to get. "
                    "This is not the kind of pier Ann Berg wanted to build.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Ann Berg", "could close the harbour"));
    CHECK(has_item(d, "Tom Vance", "to get"));
    CHECK(has_item(d, "Ann Berg", "to build"));
    CHECK(!has_item(d, "a risk Ann Berg", NULL));
    ng_doc_free(d);
}

/* A list with a serial comma before "and" is the whole subject ("A, B, and
 * C said"), not its last conjunct; not a place's state after "and" inside a
 * clause ("in Dover and Calais, France, and the harbour master said"). */
static void test_serial_comma_list(void)
{
    ng_doc *d = run("Ann Berg, Tom Vance, and the harbour master said the quay will close. "
                    "But sailors, fishermen, and most harbour workers say the fee is too high. "
                    "The fleet stayed in Dover and Calais, France, and the harbour master said the pier will open.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Ann Berg, Tom Vance, and the harbour master", "the quay will close"));
    CHECK(has_item(d, "sailors, fishermen, and most harbour workers", "the fee is too high"));
    CHECK(has_item(d, "the harbour master", "the pier will open"));
    ng_doc_free(d);
}

/* A coordinated subject opening its clause with a capitalised adjective
 * ("Democratic candidates A and B said", "Japanese journalist and author X
 * said") is taken whole: the adjective and its noun are no name and verb. */
static void test_cap_adjective_coord(void)
{
    ng_doc *d = run("Democratic candidates Ann Berg and Tom Vance said the quay will close. "
                    "Japanese journalist and author Tom Vance said the pier will open.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Democratic candidates Ann Berg and Tom Vance", "the quay will close"));
    CHECK(has_item(d, "Japanese journalist and author Tom Vance", "the pier will open"));
    ng_doc_free(d);
}

/* A teller that ends its sentence holds the item before it whole, even when
 * that item's content already ends at the teller's comma (a stance's object,
 * or a clause cut there because a time follows the teller). */
static void test_teller_envelops_same_end(void)
{
    ng_doc *d = run("The harbour board plans to close the quay next year, the Gazette reported. "
                    "Ann Berg said the ferry will stop in May, the Gazette reported on Monday.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "the Gazette", "The harbour board plans to close the quay next year"));
    CHECK(has_item(d, "the Gazette", "Ann Berg said the ferry will stop in May"));
    CHECK(has_item(d, "Ann Berg", "the ferry will stop in May"));
    ng_doc_free(d);
}

/* A short quoted name after a preposition or a possessive ("on “Harbour
 * Talk,” host Ann Berg asked …") is a programme's name, not a direct
 * quotation of the speaker after it. */
static void test_title_not_quote(void)
{
    ng_doc *d = run("In an appearance on \xE2\x80\x9CHarbour Talk,\xE2\x80\x9D host Ann Berg asked the mayor "
                    "whether the pier would close.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "host Ann Berg", "whether the pier would close"));
    CHECK(!has_item(d, "host Ann Berg", "Harbour Talk"));
    ng_doc_free(d);
}

/* "as X put it" is a way of saying: the name between "as" and "put it"
 * says what follows the comma or colon, or at the clause's end the clause
 * before it; a plain "put it" places a thing. */
static void test_as_put_it(void)
{
    ng_doc *d = run("As the mayor put it, the pier will close in May. Or, as Ann Berg, the harbour master, "
                    "put it: the quay is too old to mend. The council promised to put it to a vote in June. "
                    "The ferry is always late, as Tom Vance put it on Monday.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "the mayor", "the pier will close in May"));
    CHECK(has_item(d, "Ann Berg, the harbour master", "the quay is too old to mend"));
    CHECK(has_item(d, "Tom Vance", "The ferry is always late"));
    int n = 0; /* the three above, and none for the vote */
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *a = &d->attributions.v[i];
        n += !strcmp(span(d, a->cue_start, a->cue_end), "put it");
    }
    for (size_t i = 0; i < d->quotes.n; i++)
        n += !strcmp(QCUE(d, i), "put it");
    CHECK(n == 3);
    ng_doc_free(d);
}

/* An infinitive cue after the object of a verb of causing has that object
 * as its subject ("leaving some to question whether …"; "question" is a
 * cue only there); not "leading" as an adjective, nor a cue whose
 * preposition would open an object the rules cannot end. */
static void test_caused_infinitive(void)
{
    ng_doc *d = run("The ferry sank in May, leaving some islanders to question whether the harbour board "
                    "was ready. The delay led many to wonder whether the quay would reopen. The Group of 10 "
                    "leading harbour towns met here to discuss the ferry fares.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "some islanders", "whether the harbour board was ready"));
    CHECK(has_item(d, "many", "whether the quay would reopen"));
    CHECK(!has_item(d, "harbour towns met here", NULL));
    CHECK(!has_item(d, "western harbour towns", NULL));
    ng_doc_free(d);
}

/* A participle of praising, crediting, joking, warning or judging after a
 * comma reports what the clause's subject said or judged ("…, applauding
 * …", "…, crediting …", "…, joking that …", "…, paraphrasing …", "…,
 * deeming …", "…, cautioning that …", "…, trumpeting …", "…, fearing that
 * …"): on PolNeAR fit the first eight -ing forms after a comma were gold cues
 * with a source 9 times in 10 (anywhere 11 in 17); "chided"/"chiding" are
 * the missing forms of "chide". */
static void test_comma_participles(void)
{
    ng_doc *d = run("The mayor toured the harbour on Monday, applauding the crews for their work. Berg praised "
                    "the ferry board, crediting it with saving the quay. Ms. Kask opened the fair, joking that "
                    "the ferry was older than she was. \"It is the worst pier apart from all the others,\" one "
                    "sailor said, paraphrasing an old harbour master. The council met in May, deeming the old "
                    "quay unsafe. The minister backed the ferry plan, cautioning that fares could rise. Ms. "
                    "Kask chided the council for its delays. Berg toured the quay, trumpeting the new ferry "
                    "timetable. The sailor called on the board to act, fearing that the pier would close.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "The mayor", "the crews for their work"));
    CHECK(has_item(d, "Berg", "it with saving the quay"));
    CHECK(has_item(d, "Ms. Kask", "the ferry was older than she was"));
    CHECK(has_item(d, "one sailor", "an old harbour master"));
    CHECK(has_item(d, "The council", "the old quay unsafe"));
    CHECK(has_item(d, "The minister", "fares could rise"));
    CHECK(has_item(d, "Ms. Kask", "the council for its delays"));
    CHECK(has_item(d, "Berg", "the new ferry timetable"));
    CHECK(has_item(d, "The sailor", "the pier would close"));
    ng_doc_free(d);
}

/* Missing forms of lemmas the lexicon has: "accuse", "disavows",
 * "assails", "congratulating", "embraced" (each measured alone on PolNeAR
 * fit before it joined). */
static void test_missing_forms(void)
{
    ng_doc *d = run("Unions accuse the ferry board of paying crews less than its rivals do. Berg disavows the "
                    "harbour plan. The mayor called Ms. Kask, congratulating her on the vote. Record firms have "
                    "embraced digital ferry tickets. Berg assails the harbour board over the fares.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Unions", "the ferry board of paying crews less than its rivals do"));
    CHECK(has_item(d, "Berg", "the harbour plan"));
    CHECK(has_item(d, "The mayor", "her on the vote"));
    CHECK(has_item(d, "Record firms", "digital ferry tickets"));
    CHECK(has_item(d, "Berg", "the harbour board over the fares"));
    ng_doc_free(d);
}

/* Cue words the lexicon lacked, each a gold cue with a source on PolNeAR fit
 * more often than not (speech11): verbs of saying and stance after a plain
 * subject ("X rebuts ...", "X downplayed ...", "Few foresee ..."). */
static void test_new_cue_words(void)
{
    ng_doc *d = run("Ferry chief rebuts fare claims. Berg downplayed the harbour delays. The mayor "
                    "contradicted the board on the pier. Few islanders foresee a new quay this year. "
                    "Ms. Kask chides the ferry board. Berg derides the quay plan. The governor vetoed the "
                    "ferry bill. The sailor belittled the new timetable. The council commended the crews. "
                    "Berg groused that the fares were too high. The ferry board reaffirmed its faith in "
                    "the captain. The critics eviscerated the quay plan. The islanders affirm that the pier "
                    "is safe. The mayor trashed the harbour plan. Berg toured the quay, reaffirming his "
                    "support for the ferry. Harbour officials interpret the rule as a ban on night ferries. Ferry chief relishes the "
                    "harbour fight. The mayor pondered the state of the quay. Berg sugarcoated the fare rise.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Ferry chief", "fare claims"));
    CHECK(has_item(d, "Berg", "the harbour delays"));
    CHECK(has_item(d, "The mayor", "the board on the pier"));
    CHECK(has_item(d, "Few islanders", "a new quay this year"));
    CHECK(has_item(d, "Ms. Kask", "the ferry board"));
    CHECK(has_item(d, "Berg", "the quay plan"));
    CHECK(has_item(d, "The governor", "the ferry bill"));
    CHECK(has_item(d, "The sailor", "the new timetable"));
    CHECK(has_item(d, "The council", "the crews"));
    CHECK(has_item(d, "Berg", "the fares were too high"));
    CHECK(has_item(d, "The ferry board", "its faith in the captain"));
    CHECK(has_item(d, "The critics", "the quay plan"));
    CHECK(has_item(d, "The islanders", "the pier is safe"));
    CHECK(has_item(d, "The mayor", "the harbour plan"));
    CHECK(has_item(d, "Berg", "his support for the ferry"));
    CHECK(has_item(d, "Harbour officials", "the rule as a ban on night ferries"));
    CHECK(has_item(d, "Ferry chief", "the harbour fight"));
    CHECK(has_item(d, "The mayor", "the state of the quay"));
    CHECK(has_item(d, "Berg", "the fare rise"));
    ng_doc_free(d);
}

/* A belief measured against: "than X expected", "as X believe" at the end
 * of its clause is X's attribution, its content the clause before; not
 * without a subject ("than originally expected"), in a passive ("no vote is
 * expected"), nor a noun ("as well as terror suspects", "as the town's
 * great new hope"). */
static void test_than_as_belief(void)
{
    ng_doc *d = run("Ferry fares rose far more than most islanders had expected. The quay is not as old "
                    "as many engineers believe. If the council acts soon, as some traders hope, the pier "
                    "will reopen in May. The pier closed earlier than originally expected. The meeting is "
                    "described by officials as informal and no vote is expected. The rules apply to "
                    "sailors as well as harbour suspects. Berg emerged this year as the town's great new hope.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "most islanders", "Ferry fares rose far more than"));
    CHECK(has_item(d, "many engineers", "The quay is not as old"));
    CHECK(has_item(d, "some traders", "If the council acts soon"));
    CHECK(!has_item(d, "originally", NULL));
    CHECK(!has_item(d, "informal and no vote", NULL));
    CHECK(!has_item(d, "harbour", NULL));
    CHECK(!has_item(d, "the town's great new", NULL));
    ng_doc_free(d);
    /* a moved clause of two words ("what engineers think is necessary: …") */
    d = run("The board has no plan to do what engineers think is necessary: a new quay for the ferry.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "engineers", "is necessary"));
    ng_doc_free(d);
}

/* A belief after "asked if/whether" is the question put to its subject,
 * not a belief the text reports; the answer's cue keeps its item. */
static void test_asked_belief(void)
{
    ng_doc *d = run("Asked if she believed the ferry would sail in May, Ann Berg said the board had not "
                    "decided. The mayor was also asked whether he thought the quay was too old to mend.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Ann Berg", NULL));
    CHECK(!has_item(d, "she", NULL));
    CHECK(!has_item(d, "he", NULL));
    ng_doc_free(d);
}

/* A title-case headline that opens with a question word: the word is no
 * part of the source ("How Paul Ryan Thinks About …"). */
static void test_headline_wh(void)
{
    ng_doc *d = run("Why Tom Vance Fears The New Harbour Tolls\n\nThe tolls rise in May.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Tom Vance", NULL));
    CHECK(!has_item(d, "Why Tom Vance", NULL));
    ng_doc_free(d);
}

/* A belief's "so" that ends its clause is all of it ("never thought so."),
 * as a speech verb's is ("would say so."). */
static void test_belief_so(void)
{
    ng_doc *d = run("The harbour board never thought so. Tom Vance thinks so, and he says the quay is old.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "The harbour board", "so"));
    CHECK(has_item(d, "Tom Vance", "so"));
    ng_doc_free(d);
}

/* A verb of feeling caused: the object who feels it is the source, the
 * subject the content ("The remark worried some islanders"); not a passive,
 * an adjective, nor an object followed by the speech that angered it. */
static void test_caused_feeling(void)
{
    ng_doc *d = run("The toll plan worried some islanders. His remark has angered the harbour board. "
                    "The ferry owners were worried about the tolls. It was a worrying sign for the pier. "
                    "Berg angered the council when he said the quay was too old to mend.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "some islanders", "The toll plan"));
    CHECK(has_item(d, "the harbour board", "His remark"));
    CHECK(!has_item(d, "the tolls", NULL));
    CHECK(!has_item(d, "the council", NULL));
    ng_doc_free(d);
}

/* A poll's share as the subject: "One in three said" ("three" is a
 * determiner, ending the share as "four" does), and a share after "more
 * than" opening a second clause, which ends the first content there. */
static void test_poll_shares(void)
{
    ng_doc *d = run("One in three said the ferry company does not care about the islands. "
                    "Half of islanders said they worried about the fares, and more than 4 in 10 said "
                    "the harbour board would run the ferries best.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "One in three", "the ferry company does not care about the islands"));
    CHECK(has_item(d, "Half of islanders", "they worried about the fares"));
    CHECK(has_item(d, "more than 4 in 10", "the harbour board would run the ferries best"));
    ng_doc_free(d);
}

/* The phrase between ", with" and a participle cue is its subject, "of"
 * and "and" inside it too ("…, with the union of the harbour workers saying
 * …"); not across another participle ("with Acme offering one year and Berg
 * seeking two"). */
static void test_with_subject(void)
{
    ng_doc *d = run("The ferry company raised its fares on Monday, with the union of the harbour workers saying "
                    "the rise was unfair. Berg's campaign ran new ads all week, with one of the ads asking, "
                    "\"Who really runs the harbour board?\" The talks on the new contract stalled in May, with "
                    "Acme offering one extra year and Berg seeking two.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "the union of the harbour workers", "the rise was unfair"));
    CHECK(has_item(d, "one of the ads", NULL));
    CHECK(!has_item(d, "Acme offering one extra year and Berg", NULL));
    ng_doc_free(d);
}

/* A thing's words quoted in a relative clause with a verb of saying have
 * "that" as their source ("water bottles that said, “…”"); not a clause
 * with another verb ("a chip that responds to …"). */
static void test_that_said(void)
{
    ng_doc *d = run("The harbour board handed out caps that said, \"Ride the ferry, save the island.\" "
                    "The new ferry has a small computer chip that responds to \"every wave in the harbour.\"");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "that", "Ride the ferry, save the island."));
    CHECK(!has_item(d, "that", "every wave in the harbour."));
    ng_doc_free(d);
}

/* Poll groups as subjects: a share with its figure in apposition ("Just
 * over a quarter, 26 percent, say …") is the whole phrase; "those" before a
 * restrictive "who" is the head of its clause ("But those who back the
 * board say …"), not the clause's object; a passive's auxiliary is no
 * phrase for the clause ("Those who … are being urged"). */
static void test_poll_groups(void)
{
    ng_doc *d = run("Just over a quarter, 26 percent, say the ferry company does not care about the islands. "
                    "Just shy of half, 49%, say the fares are too high. "
                    "But those who back the harbour board say the ferries will run on time. "
                    "Those who bought tickets at the pier are being urged to return them.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Just over a quarter, 26 percent", "the ferry company does not care about the islands"));
    CHECK(has_item(d, "Just shy of half, 49%", "the fares are too high"));
    CHECK(has_item(d, "those who back the harbour board", "the ferries will run on time"));
    CHECK(!has_item(d, "Those who bought tickets at the pier are being", NULL));
    ng_doc_free(d);
}

/* A list of shares is one source ("45% of islanders, 28% of visitors and
 * 12% of pilots say …"), not its last conjunct. */
static void test_poll_share_list(void)
{
    ng_doc *d = run("The ferry board met on Monday. 45% of islanders, 28% of visitors and 12% of pilots say "
                    "the fares are too high.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "45% of islanders, 28% of visitors and 12% of pilots", "the fares are too high"));
    ng_doc_free(d);
}

/* A restrictive "who" right before a verb of asserting, nested in another
 * item's content, is a source of its own ("…, compared with 40 percent who
 * say the same of the mayor"). */
static void test_nested_who(void)
{
    ng_doc *d = run("Most islanders say they trust the harbour board, compared with 40 percent who say the "
                    "same of the ferry company.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "who", "the same of the ferry company"));
    CHECK(has_item(d, "Most islanders", NULL));
    ng_doc_free(d);
}

/* A one-word answer that ends its sentence ("The board said yes.",
 * "neither side would say so.") is all of what was said. */
static void test_answer_ends_sentence(void)
{
    ng_doc *d = run("Asked whether the pier should close, the harbour board said yes. "
                    "The ferry talks went on for weeks, but neither side would say so.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "the harbour board", "yes"));
    CHECK(has_item(d, "neither side", "so"));
    ng_doc_free(d);
}

/* A relative pronoun right before the cue of a direct quotation is its
 * speaker, as in reported speech ("Ann Dellow, who declared: “…”"). */
static void test_relative_speaker(void)
{
    ng_doc *d = run("The prize went to Ann Dellow, who declared: "
                    "\xE2\x80\x9CThis is the best day of my life at the harbour.\xE2\x80\x9D\n\n"
                    "The board linked to the audit report, which notes, "
                    "\xE2\x80\x9CMore than half of the ferries ran late last winter.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "This is the best day of my life at the harbour.");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "who");
    i = quote_with(d, 1, "More than half of the ferries ran late last winter.");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "which");
    ng_doc_free(d);
}

/* A cue coordinated with a relative clause's first verb, or a participle
 * after "while" inside it, has "who" as its source, as that first verb
 * does (PolNeAR draws it so); an interrogative "who" or a relative clause
 * closed by its comma leaves the clause's subject. */
static void test_relative_coordinated(void)
{
    ng_doc *d = run("Mayor Lena Kask, who has both praised the pilots and criticized the harbour board, "
                    "spoke on Monday. "
                    "Tom Vance, who was distracted while saying goodbye to the crew, left early. "
                    "Ann Berg asked who ran the port and said the fares were too high.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "who", "the pilots"));
    CHECK(has_item(d, "who", NULL) && !has_item(d, "Mayor Lena Kask", NULL));
    CHECK(!has_item(d, "Tom Vance", NULL));
    CHECK(has_item(d, "Ann Berg", "the fares were too high"));
    int who = 0;
    for (size_t i = 0; i < d->quotes.n; i++)
        who += !strcmp(QSPK(d, i), "who");
    CHECK_EQ_INT(who, 3);
    ng_doc_free(d);
}

/* A coordinated subject after a leading "But" is the whole coordination:
 * the capitalised "But" is no name opening a clause ("Berg spent …"). */
static void test_but_coordinated_subject(void)
{
    ng_doc *d = run("But pilots and harbour workers said the port was busy. "
                    "But small ferry firms and local traders say the fares are too high.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "pilots and harbour workers", "the port was busy"));
    CHECK(has_item(d, "small ferry firms and local traders", "the fares are too high"));
    ng_doc_free(d);
}

/* A relative "that" after a noun opens a clause whose subject is the
 * source ("an event that Ann Berg says …"), not the phrase with the noun;
 * "that" with its verb inside a subject ("the firms that own the ferries")
 * stays in it. */
static void test_relative_that_subject(void)
{
    ng_doc *d = run("Tom Vance told the story of the storm, an event that Ann Berg says changed the harbour. "
                    "The pilots and the firms that own the ferries said the fares were too high.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Ann Berg", "changed the harbour"));
    CHECK(has_item(d, "The pilots and the firms that own the ferries", "the fares were too high"));
    ng_doc_free(d);
}

/* A participle after a comma takes the subject of the clause it follows
 * when that clause opens on its own, not an earlier item's source nor the
 * sentence's first subject; not a subject inside a reported clause. */
static void test_participle_own_clause(void)
{
    ng_doc *d = run("Ever since she praised the pilots, Mayor Lena Kask has been a strong ally of the port, "
                    "attacking the board. "
                    "Ann Berg held a meeting in which he continued his attack on the board, saying the fares "
                    "were too high. "
                    "Tom Vance said the ferries were late, adding that the port was busy.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Mayor Lena Kask", "the board"));
    CHECK(has_item(d, "he", "the fares were too high"));
    CHECK(has_item(d, "Tom Vance", "the port was busy"));
    ng_doc_free(d);
}

/* "The port's former chief, Tom Vance, said the pilot who replaced him, Ann
 * Berg, should go": the role and the name from the sentence start are the
 * subject, not a claim before ", said X" (speech7). */
static void test_role_name_subject(void)
{
    ng_doc *d = run("The port's former chief, Tom Vance, said the pilot who replaced him, Ann Berg, should be "
                    "dismissed.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "The port's former chief, Tom Vance", "the pilot who replaced him, Ann Berg, should be dismissed"));
    ng_doc_free(d);
}

/* "The quay will close, officials said, the Gazette reported on Monday.": the
 * officials' claim is what comes before them, not the second teller after
 * them; and a noun or a relative clause is no second teller ("…, the company
 * said, replaces a plan that was proposed last December.") (speech7). */
static void test_second_teller_after(void)
{
    ng_doc *d = run("The quay will close, officials said, the Gazette reported on Monday. "
                    "The pact, the company said, replaces a plan that was proposed last December.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "officials", "The quay will close"));
    CHECK(!has_item(d, "officials", "the Gazette reported on Monday"));
    CHECK(has_item(d, "the company", "replaces a plan that was proposed last December"));
    ng_doc_free(d);
}

/* "…, he said Sunday on NBC's “Meet the Press.”": a programme's name
 * quoted in the tail after the teller keeps the tail short; the claim is
 * the clause before the comma (speech7). */
static void test_programme_in_tail(void)
{
    ng_doc *d = run("The ferry plan would hurt the harbour towns, Berg said Sunday on NBC's “Meet the Press.” "
                    "The fares will rise again next year, Vance told ABC's “Good Morning America.”");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Berg", "The ferry plan would hurt the harbour towns"));
    CHECK(has_item(d, "Vance", "The fares will rise again next year"));
    ng_doc_free(d);
}

/* "… Dumbest Client Ever, Trevor Noah Says.": a title-case headline that
 * ends in its teller after a comma; its claim is what comes before the
 * comma, but not after "But He …" (speech7). */
static void test_headline_tail_teller(void)
{
    ng_doc *d = run("Ferry Fares Will Rise Again Before The Winter, Mayor Ann Berg Says.\n\n"
                    "The port board met on Tuesday.\n\n"
                    "Vance May Not Have Backed The Ferry Plan, But He Fully Supported One.\n\n"
                    "The board met again on Friday.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Mayor Ann Berg", "Ferry Fares Will Rise Again Before The Winter"));
    CHECK(!has_item(d, "But He Fully", NULL));
    ng_doc_free(d);
}

/* “…,” Berg said, according to the Gazette: the Gazette's item over both
 * is found however many direct quotations come after it in the document
 * (quote_tail_before looked at the last eight of the whole list). */
static void test_according_after_many_quotes(void)
{
    char text[4096];
    size_t n = (size_t)snprintf(text, sizeof text, "%s",
                                "\"The ferry will run again before the winter,\" Berg said, according to the Harbour Gazette.\n\n");
    for (int k = 0; k < 10 && n < sizeof text; k++)
        n += (size_t)snprintf(text + n, sizeof text - n,
                              "\"The pier number %d will be repaired in the spring,\" Vance said.\n\n", k + 1);
    ng_doc *d = run(text);
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "the Harbour Gazette", NULL));
    long i = quote_with(d, 1, "The ferry will run again before the winter");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Berg");
    ng_doc_free(d);
    /* up to ten words between the teller and ", according to" */
    d = run("\"They do not care about the politics of it,\" Berg said of the families of the ferry crews, "
            "according to the Harbour Gazette.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "the Harbour Gazette", NULL));
    ng_doc_free(d);
}

/* A capitalised title in quote marks after "of" is a part of the
 * speaker's apposition ("said Ann Dellow, the author of “Harbour Lights,” a
 * history of the port"); a lower-case quotation is not. */
static void test_appos_title(void)
{
    ng_doc *d = run("\"The harbour will close before the winter comes,\" said Ann Dellow, the author of "
                    "\xE2\x80\x9CHarbour Lights,\xE2\x80\x9D a history of the port.\n\n"
                    "\"The offer is far too low for the old pier,\" said Tom Vance, who called the town the home of "
                    "\"one of the finest harbours in the world.\"");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "The harbour will close before the winter comes");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Ann Dellow, the author of \xE2\x80\x9CHarbour Lights,\xE2\x80\x9D a history of the port");
    i = quote_with(d, 1, "The offer is far too low for the old pier");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK(strstr(QSPK(d, i), "finest") == NULL);
    ng_doc_free(d);
    /* a relative clause with no comma that does not end the apposition as
     * one: the apposition ends before its pronoun */
    d = run("\"It was truly shameful for all of us,\" said Ann Dellow, 34, a plaintiff in the lawsuit who waited "
            "in an \"extraordinarily long line\" at the harbour.\n\n"
            "\"The ferry is the heart of the town,\" said Tom Vance, a Texas media consultant who said he would not "
            "vote for the plan.");
    CHECK(d != NULL);
    if (!d)
        return;
    i = quote_with(d, 1, "It was truly shameful for all of us");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Ann Dellow, 34, a plaintiff in the lawsuit");
    i = quote_with(d, 1, "The ferry is the heart of the town");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Tom Vance, a Texas media consultant");
    ng_doc_free(d);
    /* a web name in the apposition: its period is no sentence end */
    d = run("\"It is necessary to compete there with the ferry company,\" said Craig Robinson, editor of "
            "TheHarbourGazette.com.\n\nThe board met on Friday.");
    CHECK(d != NULL);
    if (!d)
        return;
    i = quote_with(d, 1, "It is necessary to compete there with the ferry company");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Craig Robinson, editor of TheHarbourGazette.com");
    ng_doc_free(d);
    /* an abbreviation in "." before the next quotation ends the apposition */
    d = run("\"The ferry seemed to be far more reliable than the bus,\" said Ann Dellow, 20, of Jacksonville, Fla. "
            "\"She definitely has the old approach to things.\"");
    CHECK(d != NULL);
    if (!d)
        return;
    i = quote_with(d, 1, "The ferry seemed to be far more reliable than the bus");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Ann Dellow, 20, of Jacksonville, Fla.");
    ng_doc_free(d);
}

/* The first token that starts where w first occurs in d's text. */
static size_t tok_of(const ng_doc *d, const char *w)
{
    const char *p = strstr(d->text, w);
    for (size_t i = 0; p && i < d->tokens.n; i++)
        if (d->tokens.v[i].start == (uint32_t)(p - d->text))
            return i;
    return SIZE_MAX;
}

/* A direct quotation whose cue is a participle or an infinitive with no
 * subject of its own takes its clause's subject ("went on to say", "was
 * prompted to say", "began by saying"), and so do the tagger's items with
 * no source (ng__q_cue_subject); a participle after a comma or a noun, a
 * finite cue (but right after a subject pronoun) and a phrase that is no
 * subject give none. */
static void test_cue_subject(void)
{
    ng_doc *d = run("The letter went on to say: \xE2\x80\x9CThe ferry will not run again until the harbour wall is fixed.\xE2\x80\x9D\n\n"
                    "The hearing was so quiet that Mr. Vance was prompted to say, \xE2\x80\x9CI cannot believe how calm it has been in here.\xE2\x80\x9D\n\n"
                    "When he returned, Tom Vance began by saying, \xE2\x80\x9CI do not think the board needs to hear more from me today.\xE2\x80\x9D\n\n"
                    "The pilots started attacking the harbour board over its ferry timetable.\n\n"
                    "Then she stopped before saying, \xE2\x80\x9CWe will be back next week with a better plan for the pier.\xE2\x80\x9D\n\n"
                    "The board published a report criticizing the ferry company.");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "The ferry will not run again until the harbour wall is fixed.");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "The letter");
    i = quote_with(d, 1, "I cannot believe how calm it has been in here.");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Mr. Vance");
    i = quote_with(d, 1, "I do not think the board needs to hear more from me today.");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Tom Vance");
    i = quote_with(d, 1, "We will be back next week with a better plan for the pier.");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "she"); /* (past the opening "Then") */
    /* the tagger's path */
    size_t s, e, c = tok_of(d, "attacking");
    CHECK(c != SIZE_MAX);
    if (c != SIZE_MAX) {
        ng__q_cue_subject(d, c, tok_of(d, "The pilots"), &s, &e);
        CHECK(e > s);
        if (e > s)
            CHECK_EQ_STR(span(d, d->tokens.v[s].start, d->tokens.v[e - 1].end), "The pilots");
    }
    c = tok_of(d, "criticizing");
    CHECK(c != SIZE_MAX);
    if (c != SIZE_MAX) {
        ng__q_cue_subject(d, c, tok_of(d, "The board published"), &s, &e);
        CHECK(e <= s); /* "a report criticizing": after a noun */
    }
    ng_doc_free(d);
    /* a finite cue right after a subject pronoun (past auxiliaries and
     * adverbs) takes it, not after a passive's "be" ("he was suspected
     * of": the pronoun is the patient) */
    d = run("Later he spoke briefly of the ferry timetable.\n\n"
            "She may not know when the pier opens.\n\n"
            "Last year he was suspected of leaking the harbour plans.");
    CHECK(d != NULL);
    if (d) {
        c = tok_of(d, "spoke briefly");
        CHECK(c != SIZE_MAX);
        if (c != SIZE_MAX) {
            ng__q_cue_subject(d, c, tok_of(d, "Later he"), &s, &e);
            CHECK(e > s);
            if (e > s)
                CHECK_EQ_STR(span(d, d->tokens.v[s].start, d->tokens.v[e - 1].end), "he");
        }
        c = tok_of(d, "know when");
        CHECK(c != SIZE_MAX);
        if (c != SIZE_MAX) {
            ng__q_cue_subject(d, c, tok_of(d, "She may"), &s, &e);
            CHECK(e > s);
            if (e > s)
                CHECK_EQ_STR(span(d, d->tokens.v[s].start, d->tokens.v[e - 1].end), "She");
        }
        c = tok_of(d, "suspected of");
        CHECK(c != SIZE_MAX);
        if (c != SIZE_MAX) {
            ng__q_cue_subject(d, c, tok_of(d, "Last year he"), &s, &e);
            CHECK(e <= s);
        }
        ng_doc_free(d);
    }
    /* a tagged cue "to say" is the verb after "to": the clause's subject,
     * or the subject of a participle before "to" ("was prompted to"), not
     * of a noun there ("held a news conference to criticize") */
    d = run("Ann Berg took to Twitter to say the ferry was late.\n\n"
            "The mayor held a news conference to criticize the board.");
    CHECK(d != NULL);
    if (d) {
        c = tok_of(d, "to say");
        CHECK(c != SIZE_MAX);
        if (c != SIZE_MAX) {
            ng__q_cue_subject(d, c, tok_of(d, "Ann Berg"), &s, &e);
            CHECK(e > s);
            if (e > s)
                CHECK_EQ_STR(span(d, d->tokens.v[s].start, d->tokens.v[e - 1].end), "Ann Berg");
        }
        c = tok_of(d, "to criticize");
        CHECK(c != SIZE_MAX);
        if (c != SIZE_MAX) {
            ng__q_cue_subject(d, c, tok_of(d, "The mayor held"), &s, &e);
            CHECK(e > s);
            if (e > s)
                CHECK_EQ_STR(span(d, d->tokens.v[s].start, d->tokens.v[e - 1].end), "The mayor");
        }
        ng_doc_free(d);
    }
}

/* A tagger's cue outside the lexicon coordinated after "and" takes the
 * subject of the verb before it (ng__q_cue_subject: "Mayor Ann Berg went on
 * national television and chastised …"), not a passive's ("The police were
 * alerted and summoned …"). */
static void test_coord_tagger_subject(void)
{
    ng_doc *d = run("Mayor Ann Berg went on national television and chastised Vance for the delay.\n\n"
                    "The police were alerted and summoned to the pier.");
    CHECK(d != NULL);
    if (!d)
        return;
    size_t s, e, c = tok_of(d, "chastised");
    CHECK(c != SIZE_MAX);
    if (c != SIZE_MAX) {
        ng__q_cue_subject(d, c, tok_of(d, "Mayor Ann"), &s, &e);
        CHECK(e > s);
        if (e > s)
            CHECK_EQ_STR(span(d, d->tokens.v[s].start, d->tokens.v[e - 1].end), "Mayor Ann Berg");
    }
    c = tok_of(d, "summoned");
    CHECK(c != SIZE_MAX);
    if (c != SIZE_MAX) {
        ng__q_cue_subject(d, c, tok_of(d, "The police"), &s, &e);
        CHECK(e <= s);
    }
    ng_doc_free(d);
}

/* The tagger's sources tidied as the rules draw them (ng__q_tidy_source): a
 * subject before the cue reaches the start of its phrase, but not over a
 * preposition; a lone function word is no source. */
static void test_tidy_tagger_source(void)
{
    ng_doc *d = run("Mr. Vance and Ann Berg have argued for years about the harbour tax.\n\n"
                    "At the moment Ann Berg learned of the vote, the port closed.\n\n"
                    "Nobody knows whether voters will turn out.\n\n"
                    "Let me first express my thanks to the pilots.");
    CHECK(d != NULL);
    if (!d)
        return;
    size_t s = tok_of(d, "Ann"), e = tok_of(d, "have"), c = tok_of(d, "argued");
    CHECK(c != SIZE_MAX && e != SIZE_MAX && s != SIZE_MAX);
    if (c == SIZE_MAX || e == SIZE_MAX || s == SIZE_MAX) {
        ng_doc_free(d);
        return;
    }
    ng__q_tidy_source(d, c, 0, &s, &e);
    CHECK(e > s);
    if (e > s)
        CHECK_EQ_STR(span(d, d->tokens.v[s].start, d->tokens.v[e - 1].end), "Mr. Vance and Ann Berg");
    c = tok_of(d, "learned");
    s = c - 2, e = c; /* "Ann Berg" */
    ng__q_tidy_source(d, c, tok_of(d, "At"), &s, &e);
    CHECK(e > s);
    if (e > s)
        CHECK_EQ_STR(span(d, d->tokens.v[s].start, d->tokens.v[e - 1].end), "Ann Berg");
    s = tok_of(d, "whether"), e = s + 1, c = tok_of(d, "turn");
    ng__q_tidy_source(d, c, tok_of(d, "Nobody"), &s, &e);
    CHECK(e <= s);
    /* "Let me first express": the speaker is "me" */
    s = tok_of(d, "Let"), e = s + 2, c = tok_of(d, "express");
    ng__q_tidy_source(d, c, tok_of(d, "Let"), &s, &e);
    CHECK(e > s);
    if (e > s)
        CHECK_EQ_STR(span(d, d->tokens.v[s].start, d->tokens.v[e - 1].end), "me");
    ng_doc_free(d);
}

/* After a quotation that ends in a comma, the cue takes it whatever long
 * phrase of place or time follows ("said outside the court as …"). */
static void test_cue_long_tail(void)
{
    ng_doc *d = run("\xE2\x80\x9CWe will not give up,\xE2\x80\x9D Vance said outside the court as his supporters cheered loudly in the rain and the police watched them.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 1);
    if (d->quotes.n == 1) {
        CHECK_EQ_STR(QTEXT(d, 0), "We will not give up");
        CHECK_EQ_INT(d->quotes.v[0].direct, 1);
        CHECK_EQ_STR(QCUE(d, 0), "said");
        CHECK_EQ_STR(QSPK(d, 0), "Vance");
    }
    ng_doc_free(d);
}

/* After a quotation that ends in a comma, "told" and its addressee take it
 * whatever follows the addressee (a title, a long description), and "said"
 * takes it before a participle, a time or "aboard". */
static void test_told_after_close(void)
{
    ng_doc *d = run("\xE2\x80\x9CThe ferry will run all winter,\xE2\x80\x9D Vance told Harbour Radio\xE2\x80\x99s \xE2\x80\x9CMorning Tide\xE2\x80\x9D on Monday.\n\n"
                    "\xE2\x80\x9CWe are all very proud of the crew,\xE2\x80\x9D one Berg Shipping employee told local television station KTVX.\n\n"
                    "\xE2\x80\x9CThe vote was close but fair,\xE2\x80\x9D Moor said 20 minutes into the meeting.\n\n"
                    "\xE2\x80\x9CI never wanted this job,\xE2\x80\x9D Tess Lund said answering a question from a pupil.\n\n"
                    "\xE2\x80\x9CThe port is ready,\xE2\x80\x9D Holt said aboard the ferry as it left the quay.");
    CHECK(d != NULL);
    if (!d)
        return;
    int found[5] = {0};
    for (size_t i = 0; i < d->quotes.n; i++) {
        const char *t = QTEXT(d, i), *c = QCUE(d, i), *s = QSPK(d, i);
        if (!strcmp(t, "The ferry will run all winter"))
            found[0] = !strcmp(c, "told") && !strcmp(s, "Vance");
        else if (!strcmp(t, "We are all very proud of the crew"))
            found[1] = !strcmp(c, "told") && !strcmp(s, "one Berg Shipping employee");
        else if (!strcmp(t, "The vote was close but fair"))
            found[2] = !strcmp(c, "said") && !strcmp(s, "Moor");
        else if (!strcmp(t, "I never wanted this job"))
            found[3] = !strcmp(c, "said") && !strcmp(s, "Tess Lund");
        else if (!strcmp(t, "The port is ready"))
            found[4] = !strcmp(c, "said") && !strcmp(s, "Holt");
        else
            CHECK(strcmp(c, "told") && strcmp(c, "said")); /* no second item of these cues */
    }
    for (int k = 0; k < 5; k++)
        CHECK(found[k]);
    ng_doc_free(d);
}

/* A plural or -s name's bare apostrophe is a possessive in a source
 * ("Lund’ campaign" is no quotation mark). */
static void test_plural_possessive_source(void)
{
    ng_doc *d = run("The count ended late. Tess Roberts\xE2\x80\x99 campaign says it raised more money than in any month before.\n\n"
                    "The harbour pilots' union said the new rules would slow the ferries.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src[2] = {"", ""};
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *a = &d->attributions.v[i];
        const char *s = span(d, a->source_start, a->source_end);
        if (strstr(span(d, a->start, a->end), "raised more money"))
            src[0] = strcmp(s, "Tess Roberts\xE2\x80\x99 campaign") ? "wrong" : "ok";
        if (strstr(span(d, a->start, a->end), "slow the ferries"))
            src[1] = strcmp(s, "The harbour pilots' union") ? "wrong" : "ok";
    }
    for (size_t i = 0; i < d->quotes.n; i++) {
        const char *s = QSPK(d, i);
        if (strstr(QTEXT(d, i), "raised more money"))
            src[0] = strcmp(s, "Tess Roberts\xE2\x80\x99 campaign") ? "wrong" : "ok";
        if (strstr(QTEXT(d, i), "slow the ferries"))
            src[1] = strcmp(s, "The harbour pilots' union") ? "wrong" : "ok";
    }
    CHECK_EQ_STR(src[0], "ok");
    CHECK_EQ_STR(src[1], "ok");
    ng_doc_free(d);
    /* and in a role after a name, after a quotation */
    d = run("He spoke. \"This campaign is changing the harbour,\" Tom Vance, Lunds' campaign manager, said in a statement.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 1);
    if (d->quotes.n == 1)
        CHECK_EQ_STR(QSPK(d, 0), "Tom Vance, Lunds' campaign manager");
    ng_doc_free(d);
}

/* The date after a participle or "out" belongs to the source phrase ("A
 * court filing released Thursday says", "A Gazette poll out Monday
 * showed"); after a name it is cut ("Berg on Monday said"). */
static void test_source_dated_participle(void)
{
    ng_doc *d = run("The ferry line lost money. A court filing released Thursday says the ferry line owed the port two million.\n\n"
                    "Ann Berg on Monday said the harbour tax would rise.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src[2] = {"none", "none"};
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *a = &d->attributions.v[i];
        if (strstr(span(d, a->start, a->end), "owed the port"))
            src[0] = span(d, a->source_start, a->source_end);
    }
    for (size_t i = 0; i < d->quotes.n; i++) {
        if (strstr(QTEXT(d, i), "owed the port"))
            src[0] = QSPK(d, i);
        if (strstr(QTEXT(d, i), "harbour tax"))
            src[1] = QSPK(d, i);
    }
    CHECK_EQ_STR(src[0], "A court filing released Thursday");
    CHECK_EQ_STR(src[1], "Ann Berg");
    ng_doc_free(d);
}

/* A phrase between dashes that names or counts who is meant belongs to the
 * subject, closing dash included ("Ann Berg -- a teacher from Leeds --
 * says"); a relative clause between dashes does not ("Tom Vance -- who ran
 * the port -- said" -> "Tom Vance"). */
static void test_source_dash_apposition(void)
{
    ng_doc *d = run("The ferry vote was close. Ann Berg \xE2\x80\x94 a teacher from Leeds \xE2\x80\x94 says she changed her mind late.\n\n"
                    "Tom Vance \xE2\x80\x94 who ran the port for years \xE2\x80\x94 said the tax was unfair.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src[2] = {"none", "none"};
    for (size_t i = 0; i < d->quotes.n; i++) {
        if (strstr(QTEXT(d, i), "changed her mind"))
            src[0] = QSPK(d, i);
        if (strstr(QTEXT(d, i), "tax was unfair"))
            src[1] = QSPK(d, i);
    }
    CHECK_EQ_STR(src[0], "Ann Berg \xE2\x80\x94 a teacher from Leeds \xE2\x80\x94");
    CHECK_EQ_STR(src[1], "Tom Vance");
    ng_doc_free(d);
}

/* After a quotation: "said" before a phrase that opens with "one", a number
 * or a hyphenated age ("said one unaligned party strategist", "said a 2008
 * campaign veteran", "said the 46-year-old"), and a longer subject before
 * its verb ("“…,” Ann Lund of the Harbour Institute for Ferry Studies wrote
 * in June", "“…,” the two write"). */
static void test_speaker_after_close_phrases(void)
{
    ng_doc *d = run("\xE2\x80\x9CThe ferry will not pay for itself,\xE2\x80\x9D said one unaligned harbour strategist.\n\n"
                    "\xE2\x80\x9CShe did not like that,\xE2\x80\x9D said a 2008 campaign veteran.\n\n"
                    "\xE2\x80\x9CHe has always been a fine captain,\xE2\x80\x9D said the 46-year-old.\n\n"
                    "\xE2\x80\x9CThe tides would seem to be a stretch for the old hull,\xE2\x80\x9D Ann Lund of the Harbour Institute for Ferry Studies wrote in June.\n\n"
                    "\xE2\x80\x9CWe do not understand the need for a second quay,\xE2\x80\x9D the two write.");
    CHECK(d != NULL);
    if (!d)
        return;
    static const char *const want[][3] = {
        {"The ferry will not pay for itself", "said", "one unaligned harbour strategist"},
        {"She did not like that", "said", "a 2008 campaign veteran"},
        {"He has always been a fine captain", "said", "the 46-year-old"},
        {"The tides would seem to be a stretch for the old hull", "wrote", "Ann Lund of the Harbour Institute for Ferry Studies"},
        {"We do not understand the need for a second quay", "write", "the two"}};
    for (size_t w = 0; w < NG_ARRAY_LEN(want); w++) {
        long i = quote_with(d, 1, want[w][0]);
        int ok = i >= 0 && !strcmp(QCUE(d, i), want[w][1]) && !strcmp(QSPK(d, i), want[w][2]) &&
                 d->quotes.v[i].direct;
        if (!ok)
            fprintf(stderr, "missed: %s\n", want[w][0]);
        CHECK(ok);
    }
    ng_doc_free(d);
}

/* "said yes", "said so": the answer alone is the content. */
static void test_answer_content(void)
{
    ng_doc *d = run("Asked whether the ferry should run in winter, 46 percent of the islanders said yes, in a vote last week.");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "yes");
    int ok = i >= 0 && !strcmp(QCUE(d, i), "said") && !strcmp(QSPK(d, i), "46 percent of the islanders");
    CHECK(ok);
    ng_doc_free(d);
}

/* A finding at the sentence end takes the sentence before it ("…, harbour
 * records show.", "…, a study by the council found."). */
static void test_finding_after_clause(void)
{
    ng_doc *d = run("The ferry carried more cars in May than in all of last year, harbour board records show.\n\n"
                    "Pupils on the island take the ferry twice a day, a study by the council found.");
    CHECK(d != NULL);
    if (!d)
        return;
    int ok[2] = {0, 0};
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *a = &d->attributions.v[i];
        const char *t = span(d, a->start, a->end), *s = span(d, a->source_start, a->source_end);
        if (!strcmp(t, "The ferry carried more cars in May than in all of last year"))
            ok[0] = !strcmp(s, "harbour board records");
        if (!strcmp(t, "Pupils on the island take the ferry twice a day"))
            ok[1] = !strcmp(s, "a study by the council");
    }
    CHECK(ok[0]);
    CHECK(ok[1]);
    ng_doc_free(d);
}

/* A passive cue has no source in its subject ("Ann Berg was told that …":
 * PolNeAR leaves the source empty, and the rules give no item); the
 * tagger's sources are tidied the same way (ng__q_tidy_source), but an
 * adjective of feeling keeps its subject ("Many islanders are concerned"). */
static void test_passive_no_source(void)
{
    ng_doc *d = run("The vote was close. Ann Berg was told that the ferry would stop running in May.\n\n"
                    "Many islanders are concerned that the ferry will stop for good.");
    CHECK(d != NULL);
    if (!d)
        return;
    for (size_t i = 0; i < d->quotes.n; i++)
        CHECK(strcmp(QSPK(d, i), "Ann Berg"));
    for (size_t i = 0; i < d->attributions.n; i++)
        CHECK(strcmp(span(d, d->attributions.v[i].source_start, d->attributions.v[i].source_end), "Ann Berg"));
    size_t c = tok_of(d, "was told"), s = tok_of(d, "Ann"), e = c;
    ng__q_tidy_source(d, c, s, &s, &e);
    CHECK(e <= s);
    c = tok_of(d, "are concerned"), s = tok_of(d, "Many"), e = c;
    ng__q_tidy_source(d, c, s, &s, &e);
    CHECK(e > s);
    if (e > s)
        CHECK_EQ_STR(span(d, d->tokens.v[s].start, d->tokens.v[e - 1].end), "Many islanders");
    ng_doc_free(d);
}

/* After the cue, an apposition ends before how or when it was said
 * ("said Tom Ward, a port employee, in a statement provided by his firm",
 * ", via email"). */
static void test_appos_stops_at_venue(void)
{
    ng_doc *d = run("\xE2\x80\x9CWe never got a reason,\xE2\x80\x9D said Tom Ward, a port employee who attended the meeting, in a statement provided by his firm.\n\n"
                    "\xE2\x80\x9CThe hull is sound,\xE2\x80\x9D said Ann Lund, an engineer at the Harbour Institute, via email.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 2);
    if (d->quotes.n == 2) {
        CHECK_EQ_STR(QSPK(d, 0), "Tom Ward, a port employee who attended the meeting");
        CHECK_EQ_STR(QSPK(d, 1), "Ann Lund, an engineer at the Harbour Institute");
    }
    ng_doc_free(d);
}

/* A participle's subject comes after an opening phrase of time or
 * concession ("Back in 1999, Ann Berg admired …, telling the Gazette: “…”"), and a lone
 * opener is no source. */
static void test_participle_after_opener(void)
{
    ng_doc *d = run("The ferry was new. Back in 1999, Ann Berg admired the skills of the crew, telling the Gazette: \xE2\x80\x9CThey are the best sailors in the country.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 0, "telling");
    int ok = i >= 0 && !strcmp(QSPK(d, i), "Ann Berg");
    CHECK(ok);
    ng_doc_free(d);
    /* after a time with no comma: "On Sunday morning Ann Berg made …, writing …" */
    d = run("The ferry sank. On Sunday morning Ann Berg made a third attempt to deflect the criticism, writing on Twitter that the ferry was safe.");
    CHECK(d != NULL);
    if (!d)
        return;
    i = quote_with(d, 0, "writing");
    ok = i >= 0 && !strcmp(QSPK(d, i), "Ann Berg");
    CHECK(ok);
    ng_doc_free(d);
    /* after an opening participle phrase: "Facing …, Tom Vance …, describing …" */
    d = run("Facing mounting criticism from the islanders, Tom Vance released a statement on Saturday night, describing the ferry as safe.");
    CHECK(d != NULL);
    if (!d)
        return;
    i = quote_with(d, 0, "describing");
    ok = i >= 0 && !strcmp(QSPK(d, i), "Tom Vance");
    CHECK(ok);
    ng_doc_free(d);
}

/* An apposition after the cue may hold a participle of a cue verb ("said
 * Ann Lund, a pollster working for a group supporting the ferry"); the
 * tagger's source before a comma apposition takes it in as the rules do
 * ("Tom Vance, the harbour master, anticipated …"). */
static void test_appos_participle_and_tagger(void)
{
    ng_doc *d = run("\xE2\x80\x9CThe numbers are good,\xE2\x80\x9D said Ann Lund, a pollster working for a group supporting the ferry.\n\n"
                    "Tom Vance, the harbour master, anticipated that the ferry would be late.");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "The numbers are good");
    int ok = i >= 0 && !strcmp(QSPK(d, i), "Ann Lund, a pollster working for a group supporting the ferry");
    CHECK(ok);
    size_t c = tok_of(d, "anticipated"), s = tok_of(d, "Tom"), e = s + 2;
    ng__q_tidy_source(d, c, s, &s, &e);
    CHECK(e > s);
    if (e > s)
        CHECK_EQ_STR(span(d, d->tokens.v[s].start, d->tokens.v[e - 1].end), "Tom Vance, the harbour master");
    ng_doc_free(d);
}

/* A title-case headline that ends in a quotation ("… ‘Unfair.’") still
 * has its cue, and a second cue after a comma is a second claim of the
 * same source. */
static void test_headline_two_claims(void)
{
    ng_doc *d = run("Mayor Berg Says Ferry Is Safe, Warns Of Harbour Tax \xE2\x80\x98Rise.\xE2\x80\x99\n\n"
                    "The mayor spoke on Monday.");
    CHECK(d != NULL);
    if (!d)
        return;
    int said = 0, warned = 0;
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *a = &d->attributions.v[i];
        const char *c = span(d, a->cue_start, a->cue_end), *s = span(d, a->source_start, a->source_end);
        if (!strcmp(c, "Says"))
            said = !strcmp(span(d, a->start, a->end), "Ferry Is Safe") && !strcmp(s, "Mayor Berg");
        if (!strcmp(c, "Warns"))
            warned = !strcmp(s, "Mayor Berg");
    }
    for (size_t i = 0; i < d->quotes.n; i++) {
        const char *c = QCUE(d, i), *s = QSPK(d, i);
        if (!strcmp(c, "Says"))
            said = !strcmp(QTEXT(d, i), "Ferry Is Safe") && !strcmp(s, "Mayor Berg");
        if (!strcmp(c, "Warns"))
            warned = !strcmp(s, "Mayor Berg");
    }
    CHECK(said);
    CHECK(warned);
    ng_doc_free(d);
}

/* A quotation that ends in a nested one, marked with two apostrophes
 * (''... 'special,''' Berg said), keeps its cue. */
static void test_nested_close_apostrophes(void)
{
    ng_doc *d = run("Berg spoke. ''We are told all the time, 'The ferry is a special case,''' Ann Berg said. ''It is all lies.''");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 2);
    if (d->quotes.n == 2) {
        CHECK_EQ_STR(QCUE(d, 0), "said");
        CHECK_EQ_STR(QSPK(d, 0), "Ann Berg");
        CHECK_EQ_STR(QSPK(d, 1), "Ann Berg");
    }
    ng_doc_free(d);
}

/* A written text "reads" the quotation before it ("“…,” read the
 * statement", "“…,” the letter reads"), and a fact-check's layout gives
 * the speaker after a dash ("“…” - Ann Berg."). */
static void test_read_and_dash_speaker(void)
{
    ng_doc *d = run("The port wrote to members. \xE2\x80\x9CWe grow stronger with every vote,\xE2\x80\x9D read the statement.\n\n"
                    "\xE2\x80\x9CThe ferry will run all winter,\xE2\x80\x9D the letter reads.\n\n"
                    "\"Harbour fees have doubled since 2010.\"  - Ann Berg.  The figure is not right.");
    CHECK(d != NULL);
    if (!d)
        return;
    static const char *const want[][3] = {{"We grow stronger with every vote", "read", "the statement"},
                                          {"The ferry will run all winter", "reads", "the letter"},
                                          {"Harbour fees have doubled since 2010.", "-", "Ann Berg"}};
    for (size_t w = 0; w < NG_ARRAY_LEN(want); w++) {
        long i = quote_with(d, 1, want[w][0]);
        int ok = i >= 0 && !strcmp(QCUE(d, i), want[w][1]) && !strcmp(QSPK(d, i), want[w][2]);
        if (!ok)
            fprintf(stderr, "missed: %s\n", want[w][0]);
        CHECK(ok);
    }
    ng_doc_free(d);
}

/* "X issued the following statement:" introduces the quotation of the next
 * paragraph: X the speaker, the words up to the colon the cue. */
static void test_following_statement(void)
{
    ng_doc *d = run("The ferry sank.  In response, harbour master Ann Berg issued the following statement:\n\n"
                    "\xE2\x80\x9CWe are shocked by the loss of the ferry and we will find out why it sank.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_INT(d->quotes.n, 1);
    if (d->quotes.n == 1) {
        CHECK_EQ_STR(QSPK(d, 0), "harbour master Ann Berg");
        CHECK_EQ_STR(QCUE(d, 0), "issued the following statement:");
    }
    ng_doc_free(d);
}

/* A short fragment quoted right after the cue, inside reported speech that
 * goes on after it, is part of that speech, not a quotation of its own. */
static void test_fragment_in_reported(void)
{
    ng_doc *d = run("The mayor spoke. Ann Berg said \xE2\x80\x9Cthere is hope\xE2\x80\x9D in the harbour after the storm.");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 0, "said");
    int ok = i >= 0 && !d->quotes.v[i].direct &&
             !strcmp(QTEXT(d, i), "\xE2\x80\x9Cthere is hope\xE2\x80\x9D in the harbour after the storm");
    CHECK(ok);
    ng_doc_free(d);
}

/* A participle's subject keeps its apposition when the sentence opens with
 * a name, a role between commas and its verb ("Tom Vance, the harbour
 * master, waved at the crew, telling …"). */
static void test_participle_subject_apposition(void)
{
    ng_doc *d = run("On the quay, Tom Vance, the harbour master and pilot, waved at the crew, telling reporters the ferry would sail.");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 0, "telling");
    int ok = i >= 0 && !strcmp(QSPK(d, i), "Tom Vance, the harbour master and pilot");
    CHECK(ok);
    ng_doc_free(d);
}

/* A noun phrase right before a participle cue, with no comma, is no
 * speaker ("released a statement saying …": not the statement, but the
 * board that released it, test_document_sender); after "with" it is
 * ("with most islanders saying …"). */
static void test_participle_object_no_source(void)
{
    ng_doc *d = run("The ferry sank on Monday. The harbour board released a statement saying the crossing would "
                    "reopen within a week. Polls closed late, with most islanders saying the service had improved.");
    CHECK(d != NULL);
    if (!d)
        return;
    int found = 0;
    for (size_t i = 0; i < d->quotes.n; i++)
        if (!strcmp(QTEXT(d, i), "the crossing would reopen within a week"))
        {
            found = 1;
            CHECK_EQ_STR(QSPK(d, i), "The harbour board");
        }
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *a = &d->attributions.v[i];
        if (!strcmp(span(d, a->start, a->end), "the crossing would reopen within a week"))
        {
            found = 1;
            CHECK_EQ_STR(span(d, a->source_start, a->source_end), "");
        }
    }
    CHECK(found);
    long k = quote_with(d, 1, "the service had improved");
    int ok = k >= 0 && !strcmp(QSPK(d, k), "most islanders");
    CHECK(ok);
    ng_doc_free(d);
}

/* A one-word name and its relative clause before the cue is the name alone;
 * a longer phrase keeps its clause. */
static void test_short_name_relative(void)
{
    ng_doc *d = run("The ferry sank on Monday. Berg, who chairs the harbour board, said the crossing would reopen "
                    "within a week. Tom Vance, who runs the port, said the ferry had been overloaded.");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "the crossing would reopen within a week");
    long k = quote_with(d, 1, "the ferry had been overloaded");
    int ok = i >= 0 && !strcmp(QSPK(d, i), "Berg");
    CHECK(ok);
    ok = k >= 0 && !strcmp(QSPK(d, k), "Tom Vance, who runs the port");
    CHECK(ok);
    ng_doc_free(d);
}

/* After the cue, "a person close to …" and "an official familiar with …"
 * run to the next punctuation. */
static void test_close_to_source(void)
{
    ng_doc *d = run("\xE2\x80\x9CThe ferry will not sail again,\xE2\x80\x9D said a person close to the harbour board. "
                    "\xE2\x80\x9CThe talks went badly,\xE2\x80\x9D said one official familiar with the discussion, "
                    "who asked not to be named.");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "The ferry will not sail again");
    long k = quote_with(d, 1, "The talks went badly");
    int ok = i >= 0 && !strcmp(QSPK(d, i), "a person close to the harbour board");
    CHECK(ok);
    ok = k >= 0 && !strcmp(QSPK(d, k), "one official familiar with the discussion");
    CHECK(ok);
    ng_doc_free(d);
}

/* A tagger source that ends in its relative pronoun is the pronoun. */
static void test_tagger_relative_source(void)
{
    ng_doc *d = run("The ferry sank. Some islanders who have long doubted the harbour board now expect a new ferry.");
    CHECK(d != NULL);
    if (!d)
        return;
    size_t c = tok_of(d, "doubted"), s = tok_of(d, "Some"), e = tok_of(d, "who") + 1;
    ng__q_tidy_source(d, c, s, &s, &e);
    CHECK(e > s);
    if (e > s)
        CHECK_EQ_STR(span(d, d->tokens.v[s].start, d->tokens.v[e - 1].end), "who");
    ng_doc_free(d);
}

/* An apposition after the cue reaches the end of a sentence that ends in
 * an abbreviation, and "think tank" in it is no cue. */
static void test_appos_abbrev_end(void)
{
    ng_doc *d = run("\xE2\x80\x9CThe ferry will sail,\xE2\x80\x9D said Ann Berg, president of the harbour board in "
                    "Lawrenceville, N.J.\n\n"
                    "\xE2\x80\x9CThe fares will rise,\xE2\x80\x9D said Tom Vance, an economist at the Harbour "
                    "Institute, a liberal think tank.");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "The ferry will sail");
    long k = quote_with(d, 1, "The fares will rise");
    int ok = i >= 0 && !strcmp(QSPK(d, i), "Ann Berg, president of the harbour board in Lawrenceville, N.J.");
    CHECK(ok);
    ok = k >= 0 && !strcmp(QSPK(d, k), "Tom Vance, an economist at the Harbour Institute, a liberal think tank");
    CHECK(ok);
    ng_doc_free(d);
}

/* "X has strong support among Y": the supporters are the source, the one
 * supported the content (an attribution); "came out in support of X" and a
 * noun "support" with no verb of having before it are not this pattern. */
static void test_support_among(void)
{
    ng_doc *d = run("Mayor Holt has strong support among harbour workers and ferry pilots. "
                    "Vance earned the support of nearly half of the dock union. "
                    "Lund came out in support of the bridge plan last week.");
    CHECK(d != NULL);
    if (!d)
        return;
    long h = -1, v = -1;
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *a = &d->attributions.v[i];
        if (!strcmp(span(d, a->start, a->end), "Mayor Holt"))
            h = (long)i;
        if (!strcmp(span(d, a->start, a->end), "Vance"))
            v = (long)i;
        CHECK(strcmp(span(d, a->source_start, a->source_end), "the bridge plan") != 0);
    }
    CHECK(h >= 0 && v >= 0);
    if (h >= 0 && v >= 0) {
        const ng_attribution *a = d->attributions.v;
        CHECK_EQ_STR(span(d, a[h].source_start, a[h].source_end), "harbour workers and ferry pilots");
        CHECK_EQ_STR(span(d, a[h].cue_start, a[h].cue_end), "has strong support");
        CHECK_EQ_STR(span(d, a[v].source_start, a[v].source_end), "nearly half of the dock union");
    }
    ng_doc_free(d);
    /* the same with an endorsement or backing; "including …" and a list of
     * names after a comma belong to the source, a relative clause after a
     * name does not */
    d = run("Ann Lund won the endorsement of the ferry unions, including the pilots' guild. "
            "Tom Vance secured the backing of two councillors, Ines Moreau and Karl Jensen. "
            "Rita Santos has the blessing of Mayor Omar Haddad who chairs the harbour board.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *want[][2] = {{"Ann Lund", "the ferry unions, including the pilots' guild"},
                             {"Tom Vance", "two councillors, Ines Moreau and Karl Jensen"},
                             {"Rita Santos", "Mayor Omar Haddad"}};
    for (size_t w = 0; w < 3; w++) {
        int found = 0;
        for (size_t i = 0; i < d->attributions.n; i++) {
            const ng_attribution *a = &d->attributions.v[i];
            if (!strcmp(span(d, a->start, a->end), want[w][0])) {
                found = 1;
                CHECK_EQ_STR(span(d, a->source_start, a->source_end), want[w][1]);
            }
        }
        CHECK(found);
    }
    ng_doc_free(d);
}

/* Finds item i (quote or attribution) whose content is want; its source
 * and cue into *src and *cue.  Returns 1 when found. */
static int find_item(const ng_doc *d, const char *want, const char **src, const char **cue)
{
    for (size_t i = 0; i < d->quotes.n; i++) {
        const ng_quote *x = &d->quotes.v[i];
        if (!strcmp(span(d, x->start, x->end), want)) {
            *src = span(d, x->speaker_start, x->speaker_end);
            *cue = span(d, x->cue_start, x->cue_end);
            return 1;
        }
    }
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *x = &d->attributions.v[i];
        if (!strcmp(span(d, x->start, x->end), want)) {
            *src = span(d, x->source_start, x->source_end);
            *cue = span(d, x->cue_start, x->cue_end);
            return 1;
        }
    }
    return 0;
}

/* A poll, study or record that shows, finds or reveals takes its object as
 * the content ("The survey shows only a narrow gap"); a belief takes a
 * three-word clause that opens with a pronoun and an auxiliary ("I think it
 * is fair", "I think it's good"); the object of another subject's "shows" stays no item. */
static void test_finding_object_short_clause(void)
{
    ng_doc *d = run("The harbour survey shows only a narrow gap between the two ferry lines.\n\n"
                    "Port records reveal a steep drop in winter bookings.\n\n"
                    "I think it is fair.\n\n"
                    "The old guard shows only a little patience with late passengers.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "only a narrow gap between the two ferry lines", &src, &cue));
    if (src) {
        CHECK_EQ_STR(src, "The harbour survey");
        CHECK_EQ_STR(cue, "shows");
    }
    src = NULL;
    CHECK(find_item(d, "a steep drop in winter bookings", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Port records");
    src = NULL;
    CHECK(find_item(d, "it is fair", &src, &cue));
    if (src) {
        CHECK_EQ_STR(src, "I");
        CHECK_EQ_STR(cue, "think");
    }
    CHECK(!find_item(d, "only a little patience with late passengers", &src, &cue));
    ng_doc_free(d);
    /* the clitic counts as the auxiliary's word: "I think it's good" */
    d = run("I think it's good.\n\nWe believe it’s strong.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "I", "it's good"));
    CHECK(has_item(d, "We", "it’s strong"));
    ng_doc_free(d);
}

/* A phrase before the cue right after a preposition is that preposition's
 * object, no subject: the source is the phrase it belongs to, when that
 * reaches the clause start with no verb in between ("Families of those
 * injured in the ferry accidents urged …", not "the ferry accidents"), or
 * the name after a time or place phrase with no comma ("on Wednesday Prime
 * Minister Ann Berg said"), else null; an agent after "by" stays, and so
 * does a noun cue's owner ("in his attacks on …"). */
static void test_prep_object_no_source(void)
{
    ng_doc *d = run("Families of those injured in the ferry accidents urged the council to build a new sea wall.\n\n"
                    "A letter to harbour board members calls for a new pier at the old dock.\n\n"
                    "The mayor was harsh in his attacks on the ferry company.\n\n"
                    "A spokesman for the Harbour Software Alliance said: \xE2\x80\x9CThe pilots did not profit at all.\xE2\x80\x9D\n\n"
                    "But on Wednesday Prime Minister Ann Berg announced that the ferry would stay.\n\n"
                    "During his time on the witness stand Mr Vance told the jury that he had lied.");
    CHECK(d != NULL);
    if (!d)
        return;
    /* the phrase the preposition belongs to, to the clause start */
    const char *s = src_of(d, "urged");
    CHECK(s && !strcmp(s, "Families of those injured in the ferry accidents"));
    s = src_of(d, "calls for");
    CHECK(s && !strcmp(s, "A letter to harbour board members"));
    s = src_of(d, "attacks on");
    CHECK(s && !strcmp(s, "his"));
    /* unless the phrase the preposition belongs to is the subject */
    long i = quote_with(d, 1, "The pilots did not profit at all.");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "A spokesman for the Harbour Software Alliance");
    /* or the name after a time or place phrase with no comma */
    s = src_of(d, "announced");
    CHECK(s && !strcmp(s, "Prime Minister Ann Berg"));
    s = src_of(d, "told");
    CHECK(s && !strcmp(s, "Mr Vance"));
    ng_doc_free(d);
}

/* Two subjects' clauses of saying in one sentence are two items: the
 * first's content ends before the second subject ("One in three said …,
 * and one in four said …", "one report says … and another says …"); a
 * second verb without a clause after it does not cut. */
static void test_second_speaker_clause(void)
{
    ng_doc *d = run("Most pilots said the ferry was unsafe in winter, and one in four said it should stop.\n\n"
                    "One survey says the port has the most ferries and another says the bridge carries more traffic.\n\n"
                    "Ann Berg said the fares would rise in spring, and the council agreed.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the ferry was unsafe in winter", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Most pilots");
    src = NULL;
    CHECK(find_item(d, "it should stop", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "one in four");
    src = NULL;
    CHECK(find_item(d, "the port has the most ferries", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "One survey");
    src = NULL;
    CHECK(find_item(d, "the bridge carries more traffic", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "another");
    CHECK(find_item(d, "the fares would rise in spring, and the council agreed", &src, &cue));
    ng_doc_free(d);
}

/* A direct quotation after a participle cue with no subject of its own
 * ("…, saying: “…”", "began by saying “…”") takes the subject of the
 * clause the participle ends. */
static void test_direct_participle_subject(void)
{
    ng_doc *d = run("The mayor punctuated her list by saying \xE2\x80\x9CToo many ferries.\xE2\x80\x9D\n\n"
                    "She began by saying, \xE2\x80\x9CI do not think that it is necessary for the board to vote.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "Too many ferries.");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "The mayor");
    i = quote_with(d, 1, "I do not think that it is necessary for the board to vote.");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "She");
    ng_doc_free(d);
}

/* "Both X and Y" opens a coordinated subject. */
static void test_both_and_subject(void)
{
    ng_doc *d = run("Both Ann Berg and the harbour board have argued that the ferry must stay.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s = src_of(d, "argued");
    CHECK(s && !strcmp(s, "Both Ann Berg and the harbour board"));
    ng_doc_free(d);
}

/* A quotation whose tail names the speaker of the quotation before it
 * keeps that speaker even when the cue search cannot read the tail ("“…,”
 * Ms Berg."); a preposition that ends a headline is no preposition of the
 * next paragraph's subject. */
static void test_tail_names_speaker(void)
{
    ng_doc *d = run("\xE2\x80\x9CThe ferry is safe,\xE2\x80\x9D Ann Berg said.\n\n"
                    "\xE2\x80\x9CThe fares will fall for everyone on the island,\xE2\x80\x9D Ms Berg.\n\n"
                    "Vance to face port inquiry head on\n\n"
                    "Tom Vance says he will answer every question about the port.");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "The fares will fall for everyone on the island");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Ann Berg");
    const char *s = src_of(d, "says");
    CHECK(s && !strcmp(s, "Tom Vance"));
    ng_doc_free(d);
}

/* A cue word read as a noun is no cue: right after a determiner, a
 * possessive, a preposition, a quantifier or "million" before a plural
 * ("the latest reports", "the island's lists", "behind plans", "some
 * reports", "40 million calls").  The verb readings stay: a quantifier
 * before a base form ("some claim"), "another" before a form in -s, and a
 * noun followed by its clause ("amid claims that …") keeps its item. */
static void test_noun_reading(void)
{
    ng_doc *d = run("The latest reports reached the harbour board on Monday.\n\n"
                    "The island's lists included two new ferry routes.\n\n"
                    "Ann Berg is one of the sailors behind plans to rebuild the old pier.\n\n"
                    "Some reports have linked the captain with the northern route.\n\n"
                    "The port handled 40 million calls to its booking line last year.\n\n"
                    "Some claim the ferry is always late.\n\n"
                    "One harbour guide praises the new pier, another says the bridge is better.\n\n"
                    "The ferry stopped amid claims that the pier was unsafe.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(src_of(d, "reports") == NULL);
    CHECK(src_of(d, "lists") == NULL);
    CHECK(src_of(d, "plans") == NULL);
    CHECK(src_of(d, "calls") == NULL);
    const char *s = src_of(d, "claim");
    CHECK(s && !strcmp(s, "Some"));
    s = src_of(d, "says");
    CHECK(s && !strcmp(s, "another"));
    CHECK(src_of(d, "claims") != NULL);
    ng_doc_free(d);
}

/* One of the cue words that are mostly nouns (claims, plans, reports, calls,
 * lists, disputes, champions, charges) in -s before an auxiliary that
 * agrees with a plural is the subject noun, no cue ("Press reports have
 * linked …"); after a pronoun it stays a verb. */
static void test_noun_subject(void)
{
    ng_doc *d = run("Press reports have linked the captain with the northern route.\n\n"
                    "The harbour plans would cost the island two new ferries.\n\n"
                    "Tom Vance says the pier is safe.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(src_of(d, "reports") == NULL);
    CHECK(src_of(d, "plans") == NULL);
    const char *s = src_of(d, "says");
    CHECK(s && !strcmp(s, "Tom Vance"));
    ng_doc_free(d);
}

/* A cue that gave no item (a belief nested in a content, "she would think
 * about …") does not become the subject of a later "and added": that one
 * keeps the clause's speaker and cuts the earlier content short. */
static void test_and_cue_after_unemitted(void)
{
    ng_doc *d = run("Ann Berg said she would think about the chance that the ferry might close and added that the "
                    "council will vote in May.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "she would think about the chance that the ferry might close", &src, &cue));
    src = cue = NULL;
    CHECK(find_item(d, "the council will vote in May", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Ann Berg");
    if (cue)
        CHECK_EQ_STR(cue, "added");
    ng_doc_free(d);
}

/* A stance's object ends before ", which"/", when" and the like when a cue
 * word follows within a few words: the clause is reported on its own. */
static void test_object_ends_before_relative_cue(void)
{
    ng_doc *d = run("Mayor Ann Berg praised the new ferry plan, which the harbour council says will cost too much.\n\n"
                    "Tom Vance criticized the toll rise, when he argued that the bridge was already paid for.\n\n"
                    "Ella Moor praised the new ferry plan, which runs twice a day.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the new ferry plan", &src, &cue));
    src = NULL;
    CHECK(find_item(d, "will cost too much", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "the harbour council");
    CHECK(find_item(d, "the toll rise", &src, &cue));
    src = NULL;
    CHECK(find_item(d, "the bridge was already paid for", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "he");
    /* no cue word in the relative clause: the object keeps it */
    CHECK(find_item(d, "the new ferry plan, which runs twice a day", &src, &cue));
    ng_doc_free(d);
}

/* An adjective of stance between a form of "be" and its preposition is a
 * cue ("has been very critical of", "was hostile to"), the subject the
 * source and the phrase after the preposition the content; without the
 * form of "be" (a "critical of" phrase) it is none. */
static void test_stance_adjective(void)
{
    ng_doc *d = run("Ann Berg has been very critical of the toll plan.\n\n"
                    "Tom Vance, who is also wary of new tolls, spoke later.\n\n"
                    "The harbour council was hostile to the idea.\n\n"
                    "A report critical of the ferry company appeared on Monday.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the toll plan", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Ann Berg");
    if (cue)
        CHECK_EQ_STR(cue, "critical of");
    src = NULL;
    CHECK(find_item(d, "new tolls", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "who");
    src = NULL;
    CHECK(find_item(d, "the idea", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "The harbour council");
    CHECK(!find_item(d, "the ferry company appeared on Monday", &src, &cue));
    CHECK(!find_item(d, "the ferry company", &src, &cue));
    ng_doc_free(d);
}

/* A participle after by/while/after/before (an adverb between allowed)
 * takes its clause's subject ("… by saying …"), and the earlier content cut
 * there leaves the preposition out. */
static void test_by_participle(void)
{
    ng_doc *d = run("Ann Berg distanced herself from the toll plan by saying that the council had not consulted "
                    "her.\n\n"
                    "Tom Vance praised the ferry crews while also suggesting that the timetable should change.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "herself from the toll plan", &src, &cue));
    src = cue = NULL;
    CHECK(find_item(d, "the council had not consulted her", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Ann Berg");
    if (cue)
        CHECK_EQ_STR(cue, "saying");
    CHECK(find_item(d, "the ferry crews", &src, &cue));
    src = NULL;
    CHECK(find_item(d, "the timetable should change", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Tom Vance");
    ng_doc_free(d);
}

/* A hedge before a verb of saying or thinking ("seemed to confirm") is the
 * subject's claim: the subject is the source, the content follows the verb;
 * a hedge before another verb keeps a null source. */
static void test_seem_cue_verb(void)
{
    ng_doc *d = run("The harbour master seemed to confirm that the ferry would not sail this winter.\n\n"
                    "The new ferry seems to work better than the old one in a storm.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the ferry would not sail this winter", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "The harbour master");
    if (cue)
        CHECK_EQ_STR(cue, "seemed to confirm");
    src = cue = NULL;
    CHECK(find_item(d, "The new ferry seems to work better than the old one in a storm", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "");
    ng_doc_free(d);
}

/* "Berg thought for a moment and said that …": the clause is the
 * coordinated cue's, not the first verb's. */
static void test_coordinated_after_phrase(void)
{
    ng_doc *d = run("Asked about the new pier, Ann Berg thought for a moment and said that the council would "
                    "never pay for it.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the council would never pay for it", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Ann Berg");
    if (cue)
        CHECK_EQ_STR(cue, "said");
    ng_doc_free(d);
}

/* A quotation that follows a cue found at the sentence end ("…" in the
 * council, she said. "…") takes that cue's speaker. */
static void test_follow_teller(void)
{
    ng_doc *d = run("The pier was closed.\n\n\"People were celebrating\" before the storm, Ann Berg said. "
                    "\"And it was so peaceful on the pier that night.\"");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "And it was so peaceful on the pier that night.");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Ann Berg");
    ng_doc_free(d);
}

/* A subject with a restrictive relative clause is the whole phrase, in
 * reported speech and after a quotation. */
static void test_relative_clause_subject(void)
{
    ng_doc *d = run("The pier was closed. Many residents who live near the harbour said they were worried about "
                    "the ferry. \xE2\x80\x9CWe are ready for a long winter,\xE2\x80\x9D one official who was at the "
                    "meeting said.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "they were worried about the ferry", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Many residents who live near the harbour");
    long i = quote_with(d, 1, "We are ready for a long winter");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "one official who was at the meeting");
    ng_doc_free(d);
    /* a pronoun subject stays itself; "who" before a participle opens no clause */
    d = run("The pier was closed. The pilot who also runs the harbour school said she wanted to teach the "
            "new crews. The ferries behave like the skipper who having decided that a storm is near says it "
            "will pass.");
    CHECK(d != NULL);
    if (!d)
        return;
    src = cue = NULL;
    CHECK(find_item(d, "she wanted to teach the new crews", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "The pilot who also runs the harbour school");
    for (size_t k = 0; k < d->quotes.n; k++)
        CHECK(strstr(QSPK(d, k), "said she") == NULL && strstr(QSPK(d, k), "behave") == NULL);
    for (size_t k = 0; k < d->attributions.n; k++) {
        const char *a = span(d, d->attributions.v[k].source_start, d->attributions.v[k].source_end);
        CHECK(strstr(a, "said she") == NULL && strstr(a, "behave") == NULL);
    }
    ng_doc_free(d);
}

/* A coordinated subject keeps a party in brackets after its first name:
 * "Ann Berg (D) and Tom Vance (R) announced". */
static void test_coordinated_brackets(void)
{
    ng_doc *d = run("The vote was close. Former Mayor Ann Berg (D) and former Senator Tom Vance (R) announced that "
                    "they would run for the harbour board.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "they would run for the harbour board", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Former Mayor Ann Berg (D) and former Senator Tom Vance (R)");
    ng_doc_free(d);
}

/* A participle after a comma takes the subject after an introductory
 * phrase of up to 20 tokens. */
static void test_participle_long_intro(void)
{
    ng_doc *d = run("In response to the proposal by the council to close the old harbour to all ferries from next "
                    "spring, the mayor's closest adviser rallied supporters, saying the plan would fail.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the plan would fail", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "the mayor's closest adviser");
    ng_doc_free(d);
    /* a span of time before "later"/"earlier" opening the sentence */
    d = run("Hours later, Ann Berg returned the compliment, telling reporters the plan was good.");
    CHECK(d != NULL);
    if (d) {
        src = cue = NULL;
        CHECK(find_item(d, "the plan was good", &src, &cue));
        if (src)
            CHECK_EQ_STR(src, "Ann Berg");
        ng_doc_free(d);
    }
}

/* A cue coordinated after another verb takes the clause's subject: a
 * finite cue after "and" (the tagger's items), "…, but went on to say:
 * “…”". */
static void test_direct_coordinated_cue(void)
{
    ng_doc *d = run("The harbour board met the pilots and promised a new pier.\n\nTom Vance joked about the weather, "
                    "but went on to say: \xE2\x80\x9CThe ferry is safe for the winter.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (!d)
        return;
    /* the tagger's path: a finite cue after "and" */
    size_t s, e, c = tok_of(d, "promised");
    CHECK(c != SIZE_MAX);
    if (c != SIZE_MAX) {
        ng__q_cue_subject(d, c, tok_of(d, "The harbour board"), &s, &e);
        CHECK(e > s);
        if (e > s)
            CHECK_EQ_STR(span(d, d->tokens.v[s].start, d->tokens.v[e - 1].end), "The harbour board");
    }
    long i = quote_with(d, 1, "The ferry is safe for the winter.");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Tom Vance");
    ng_doc_free(d);
}

/* A time phrase between the subject and its cue is skipped ("(D-Ore.) last
 * week said", "have in the past said"), but a poll's date stays in its
 * phrase ("A poll released last week showed"). */
static void test_time_phrase_before_cue(void)
{
    ng_doc *d = run("The pier closed. Senator Ann Berg (D-Ore.) last week said the ferry would not sail. The "
                    "mayor's close friends have in the past said the harbour was safe. A harbour poll released last "
                    "week showed that most voters want the ferry back.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the ferry would not sail", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Senator Ann Berg (D-Ore.)");
    src = cue = NULL;
    CHECK(find_item(d, "the harbour was safe", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "The mayor's close friends");
    src = cue = NULL;
    CHECK(find_item(d, "most voters want the ferry back", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "A harbour poll released last week");
    ng_doc_free(d);
}

/* A cue's participle opening the sentence ("Conceding that …, Berg said")
 * reports what follows it up to the comma, with the main clause's subject
 * as the source; not a phrase of place ("Writing in the Herald, …"). */
static void test_opening_participle(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "Conceding that the new ferry would be late, Ann Berg said the council would pay for the delay.\n\n"
                    "Writing in the Harbour Herald, Tom Vance said the pier should reopen in May.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the new ferry would be late", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Ann Berg");
    if (cue)
        CHECK_EQ_STR(cue, "Conceding");
    CHECK(find_item(d, "the council would pay for the delay", &src, &cue));
    CHECK(!find_item(d, "in the Harbour Herald", &src, &cue));
    CHECK(find_item(d, "the pier should reopen in May", &src, &cue));
    ng_doc_free(d);
}

/* "said if …" reports a condition or a question, not a tail after the cue:
 * after an introductory phrase the clause after the cue is the content. */
static void test_said_if(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "Despite the storm last week, Ann Berg said if the council paid she would sail the ferry in May.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "if the council paid she would sail the ferry in May", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Ann Berg");
    CHECK(!find_item(d, "Despite the storm last week", &src, &cue));
    ng_doc_free(d);
}

/* An intention's infinitive after a time or an adverb ("vowed on Tuesday to
 * …", "pledged again to …") is its content, the subject its source. */
static void test_infinitive_after_time(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "The harbour board vowed last month to keep the ferry running all winter.\n\n"
                    "Tom Vance promised on Tuesday to cut the fares.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "to keep the ferry running all winter", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "The harbour board");
    if (cue)
        CHECK_EQ_STR(cue, "vowed");
    src = cue = NULL;
    CHECK(find_item(d, "to cut the fares", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Tom Vance");
    ng_doc_free(d);
}

/* A belief or claim whose clause's subject moved to a relative word before
 * the cue's subject ("the toll, which he believes will fail") reports the
 * clause after the cue, to the end of the relative clause. */
static void test_moved_subject(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "Tom Vance criticised the toll, which he believes will ruin the harbour.\n\n"
                    "The new timetable, which officials said will start in May, was printed on Monday.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "will ruin the harbour", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "he");
    if (cue)
        CHECK_EQ_STR(cue, "believes");
    src = cue = NULL;
    CHECK(find_item(d, "will start in May", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "officials");
    ng_doc_free(d);
}

/* "Said Ann Berg, who …, “…”": a cue opening the sentence before its
 * speaker and a comma or colon introduces the quotation after them. */
static void test_said_name_quote(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "Said Ann Berg, who grew up by the harbour, \xE2\x80\x9CWe were all so proud of the old ferry.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "We were all so proud of the old ferry.");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_STR(QSPK(d, i), "Ann Berg, who grew up by the harbour");
        CHECK_EQ_STR(span(d, d->quotes.v[i].cue_start, d->quotes.v[i].cue_end), "Said");
    }
    ng_doc_free(d);
}

/* Light-verb phrases of saying and criticising: "made it clear (to X)
 * that …", "made no mention of …", "took a shot at …", "took issue with
 * …"; not "made clear progress". */
static void test_light_verb_cues(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "Ann Berg made it clear to the harbour board on Monday that she would not pay for the pier.\n\n"
                    "Tom Vance also took a shot at the harbour master.\n\n"
                    "The council took issue with the new timetable.\n\n"
                    "The ferry made clear progress across the bay.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "she would not pay for the pier", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Ann Berg");
    if (cue)
        CHECK_EQ_STR(cue, "made it clear");
    src = cue = NULL;
    CHECK(find_item(d, "the harbour master", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Tom Vance");
    if (cue)
        CHECK_EQ_STR(cue, "took a shot at");
    CHECK(find_item(d, "the new timetable", &src, &cue));
    CHECK(!find_item(d, "progress across the bay", &src, &cue));
    ng_doc_free(d);
}

/* Verbs with particles that criticise or argue ("lashed out at", "is
 * doubling down on", "made the case for", "went after" a name) are cues;
 * "went after" a thing and a passive ("are well laid out") are not. */
static void test_particle_cues(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "Tom Vance lashed out at the harbour board.\n\n"
                    "The mayor is doubling down on her plan for the pier.\n\n"
                    "Ann Berg made the case for a new ferry.\n\n"
                    "Vance went after Berg in the debate.\n\n"
                    "The crew went after the storm to the harbour.\n\n"
                    "The new berths are well laid out for the ferries.\n\n"
                    "The harbour master played down reports of a strike.\n\n"
                    "Lund has made no secret of her wish to run the port.\n\n"
                    "Gorka also made the point that the ferry was late.\n\n"
                    "The pilots' union came out against the new toll.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the harbour board", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Tom Vance");
    if (cue)
        CHECK_EQ_STR(cue, "lashed out at");
    CHECK(find_item(d, "her plan for the pier", &src, &cue));
    CHECK(find_item(d, "a new ferry", &src, &cue));
    CHECK(find_item(d, "Berg in the debate", &src, &cue));
    CHECK(!find_item(d, "the storm to the harbour", &src, &cue));
    CHECK(!find_item(d, "for the ferries", &src, &cue));
    src = cue = NULL;
    CHECK(find_item(d, "reports of a strike", &src, &cue));
    if (cue)
        CHECK_EQ_STR(cue, "played down");
    src = cue = NULL;
    CHECK(find_item(d, "her wish to run the port", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Lund");
    CHECK(find_item(d, "the ferry was late", &src, &cue));
    CHECK(find_item(d, "the new toll", &src, &cue));
    ng_doc_free(d);
}

/* "…: According to X, claim": after a colon "according to" opens its clause
 * as at the sentence start, the claim after the source's comma. */
static void test_according_after_colon(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "And it has not gone unnoticed: According to recent polls, the mayor holds only 14 percent of the "
                    "island vote.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the mayor holds only 14 percent of the island vote", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "recent polls");
    ng_doc_free(d);
}

/* "…, said X" after a clause that holds a verb of its own is the inverted
 * teller (the clause is no apposed subject), and a relative clause after the
 * teller belongs to it. */
static void test_inverted_teller_clause(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "Some of the ferries in the fleet, are far too old to sail, said Tom Vance, a harbour pilot.\n\n"
                    "Defending the pier is hard, said a handful of pilots who know the harbour well.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "Some of the ferries in the fleet, are far too old to sail", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Tom Vance, a harbour pilot");
    src = cue = NULL;
    CHECK(find_item(d, "Defending the pier is hard", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "a handful of pilots who know the harbour well");
    ng_doc_free(d);
}

/* A progressive after "has been" and a verb after "would only" keep their
 * subject ("Vance has been saying that …", "The mayor would only say that
 * …"); a passive after "been" stays no item. */
static void test_been_only_subject(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "Tom Vance has been saying that the pier is unsafe.\n\n"
                    "The mayor would only say that the ferry was late.\n\n"
                    "The fallout has been felt most keenly by the pilots.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the pier is unsafe", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Tom Vance");
    src = cue = NULL;
    CHECK(find_item(d, "the ferry was late", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "The mayor");
    CHECK(!find_item(d, "most keenly by the pilots", &src, &cue));
    ng_doc_free(d);
}

/* A time phrase between a verb of saying and its clause with no comma or
 * "that" ("said last week the pier …", "has said for weeks he …", "said
 * Wednesday morning the ferry …") is skipped; "only" is part of the clause. */
static void test_time_before_clause(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "Tom Vance said last week the pier would reopen in May.\n\n"
                    "Ann Berg has said for weeks she is the only pilot who can sail in a storm.\n\n"
                    "The mayor said Wednesday morning the ferry would sail.\n\n"
                    "Lund said only the harbour board could close the pier.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the pier would reopen in May", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Tom Vance");
    CHECK(find_item(d, "she is the only pilot who can sail in a storm", &src, &cue));
    CHECK(find_item(d, "the ferry would sail", &src, &cue));
    CHECK(find_item(d, "only the harbour board could close the pier", &src, &cue));
    ng_doc_free(d);
}

/* The source of "according to" ends before a closing bracket or colon
 * that is no part of it. */
static void test_according_bracket(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "The toll is high (the actual rise is closer to 15 percent, according to Harbourcheck.org).");
    CHECK(d != NULL);
    if (!d)
        return;
    int found = 0;
    for (size_t i = 0; i < d->attributions.n; i++) {
        const ng_attribution *x = &d->attributions.v[i];
        if (!strcmp(span(d, x->cue_start, x->cue_end), "according to")) {
            found = 1;
            CHECK_EQ_STR(span(d, x->source_start, x->source_end), "Harbourcheck.org");
        }
    }
    CHECK(found);
    ng_doc_free(d);
}

/* "according to X" after a quotation's cue with no comma before it, after
 * a party tag that ends in a full stop ("(R-Nev.)"), and after a comma
 * inside a closing quote mark ("…,” according to X"). */
static void test_according_forms(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "\xE2\x80\x9CWe disagree,\xE2\x80\x9D Ann Berg said in a statement according to the Harbour Gazette. "
                    "\xE2\x80\x9CYou have been very critical of me,\xE2\x80\x9D he told Sen. Tom Vance (R-Nev.), "
                    "according to officials at the meeting. "
                    "Lund wrote to the port chief, threatening \xE2\x80\x9C" "a major lawsuit,\xE2\x80\x9D "
                    "according to a copy of the letter.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_attribution *a = attr_from(d, "the Harbour Gazette");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end), "We disagree,\xE2\x80\x9D Ann Berg said in a statement");
    a = attr_from(d, "officials at the meeting");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end),
                     "You have been very critical of me,\xE2\x80\x9D he told Sen. Tom Vance (R-Nev.)");
    a = attr_from(d, "a copy of the letter");
    CHECK(a != NULL);
    if (a)
        CHECK_EQ_STR(span(d, a->start, a->end),
                     "Lund wrote to the port chief, threatening \xE2\x80\x9C" "a major lawsuit,\xE2\x80\x9D");
    ng_doc_free(d);
}

/* "That's according to X": "That" is the claim, the copula opens the cue
 * and the source runs to the sentence end. */
static void test_according_that(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "The ferry fares will double next year. "
                    "That\xE2\x80\x99s according to early results of a survey conducted for the port authority.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_attribution *a = attr_from(d, "early results of a survey conducted for the port authority");
    CHECK(a != NULL);
    if (a) {
        CHECK_EQ_STR(span(d, a->start, a->end), "That");
        CHECK_EQ_STR(span(d, a->cue_start, a->cue_end), "\xE2\x80\x99s according to");
    }
    ng_doc_free(d);
}

/* "X went on to say that …": the cue is the verb after "to", the subject
 * of "went" its source; not a career ("went on to write", "went on to
 * claim the cup"). */
static void test_went_on_to(void)
{
    ng_doc *d = run("The pier was closed.\n\n"
                    "The mayor went on to criticise the harbour board.\n\n"
                    "Ann Berg went on to say that the pier was unsafe.\n\n"
                    "The islanders went on to claim the sailing cup in May.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the harbour board", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "The mayor");
    if (cue)
        CHECK_EQ_STR(cue, "criticise");
    src = cue = NULL;
    CHECK(find_item(d, "the pier was unsafe", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Ann Berg");
    CHECK(!find_item(d, "the sailing cup in May", &src, &cue));
    ng_doc_free(d);
}

/* A participle after a document its clause's subject put out ("released
 * a statement saying", "sent out an email on Friday urging", "started a
 * petition calling on") takes that subject as its source; a noun before a
 * participle with no such verb stays no source ("printed a leaflet
 * saying"). */
static void test_document_sender(void)
{
    ng_doc *d = run("The harbour board released a statement saying the ferry would not run.\n\n"
                    "Ann Berg sent out an email to supporters on Friday urging them to vote.\n\n"
                    "Tom Vance started a petition calling on the council to fix the pier.\n\n"
                    "The pilots printed a leaflet saying the timetable was wrong.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = src_of(d, "saying")) && !strcmp(s, "The harbour board"));
    CHECK((s = src_of(d, "urging")) && !strcmp(s, "Ann Berg"));
    CHECK((s = src_of(d, "calling on")) && !strcmp(s, "Tom Vance"));
    CHECK((s = source_of(d, "the timetable was wrong")) && !strcmp(s, ""));
    ng_doc_free(d);
    /* a speech, an ad or a pitch made, delivered or run */
    d = run("Ann Berg is making a pitch to ferry users saying the fares will fall.\n\n"
            "Tom Vance delivered the speech outlining his plan for the harbour.");
    CHECK(d != NULL);
    if (d) {
        CHECK((s = src_of(d, "saying")) && !strcmp(s, "Ann Berg"));
        CHECK((s = src_of(d, "outlining")) && !strcmp(s, "Tom Vance"));
        ng_doc_free(d);
    }
    /* the same before a direct quotation */
    d = run("The harbour board released a statement saying: \xE2\x80\x9CThe ferry will not run again this winter.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (d) {
        CHECK((s = src_of(d, "saying")) && !strcmp(s, "The harbour board"));
        ng_doc_free(d);
    }
}

/* A participle after a verb of speaking out or of a stage of an event
 * ("opened", "started out", "began by", "ended") and its object or place,
 * with no comma, takes that verb's subject ("Tom Vance opened a rally at
 * the pier blasting …"), not the noun before it; not a sender named after
 * "from" ("A stark notice appeared on the pier from the harbour board
 * warning …": the notice is no speaker), nor an award ("took the best
 * supporting actor award"). */
static void test_verb_subject(void)
{
    ng_doc *d = run("Tom Vance opened a rally at the pier blasting the council for the fares.\n\n"
                    "Ann Berg started out the debate saying that the ferry was always late.\n\n"
                    "A stark notice appeared on the pier from the harbour board warning that the wall is unsafe.\n\n"
                    "Ann Lund took the best supporting actor award for the harbour film.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = src_of(d, "blasting")) && !strcmp(s, "Tom Vance"));
    CHECK((s = src_of(d, "saying")) && !strcmp(s, "Ann Berg"));
    CHECK(!has_item(d, "A stark notice", NULL));
    CHECK(!has_item(d, "Ann Lund", NULL));
    ng_doc_free(d);
    /* before a direct quotation the verb may be a cue itself: "wrote to …
     * saying: “…”" (its own item does not hold the quotation) */
    d = run("Ann Berg wrote to the harbour board saying: \xE2\x80\x9CThe ferry will not run again this winter.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (d) {
        CHECK((s = src_of(d, "saying")) && !strcmp(s, "Ann Berg"));
        ng_doc_free(d);
    }
}

/* "add" before a figure is a quantity added, not a clause said ("has
 * added 50,000 tonnes to its purchases"); a verb after the figure's noun
 * phrase keeps the clause ("added 34 people were hurt"). */
static void test_added_quantity(void)
{
    ng_doc *d = run("The harbour board has added 50,000 tonnes to its previous purchases of coal, the ministry said. "
                    "Ann Berg added 34 people were hurt in the storm.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "the ministry", "The harbour board has added 50,000 tonnes to its previous purchases of coal"));
    const char *src, *cue;
    CHECK(!find_item(d, "50,000 tonnes to its previous purchases of coal", &src, &cue));
    CHECK(has_item(d, "Ann Berg", "34 people were hurt in the storm"));
    ng_doc_free(d);
}

/* "only" before a count opens the share that speaks, as PolNeAR draws it
 * ("Only three senators publicly endorsed …", "only 49 percent of
 * Republicans say"); "Just" stays out ("Just 28 percent of voters said"). */
static void test_only_count_subject(void)
{
    ng_doc *d = run("Only three councillors publicly endorsed the ferry plan.\n\n"
                    "The survey was small, and only 49 percent of residents say the ferry is late.\n\n"
                    "Just 28 percent of residents said the pier was safe.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = src_of(d, "endorsed")) && !strcmp(s, "Only three councillors"));
    CHECK((s = src_of(d, "say")) && !strcmp(s, "only 49 percent of residents"));
    CHECK((s = src_of(d, "said")) && !strcmp(s, "28 percent of residents"));
    ng_doc_free(d);
    /* a number opening the clause is no name before its verb ("Berg
     * spent"): the coordinated subject after it is whole */
    d = run("Eleven local and national groups are asking the harbour board to drop the fares.");
    CHECK(d != NULL);
    if (d) {
        CHECK((s = src_of(d, "asking")) && !strcmp(s, "Eleven local and national groups"));
        ng_doc_free(d);
    }
}

/* Two noun phrases side by side, the second opening with an article, a
 * possessive or a quantifier: the second is the subject of an object
 * relative clause without "that", the first the noun it hangs on ("a probe
 * the agency said was ongoing"); not after a participle, a preposition, a
 * role or a verb after a relative word. */
static void test_juxtaposed_subject(void)
{
    ng_doc *d = run("The mayor was asked about the inquiry into the ferry accident, a probe the harbour "
                    "police said was still open.\n\n"
                    "The judge most friendly to the port is Ann Berg, exactly the kind of liberal jurist "
                    "many sailors fear Mr. Vance would choose.\n\n"
                    "At noon the bank estimated the shortfall at 500 mln stg.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = src_of(d, "said")) && !strcmp(s, "the harbour police"));
    CHECK((s = src_of(d, "fear")) && !strcmp(s, "many sailors"));
    CHECK((s = src_of(d, "estimated")) && !strcmp(s, "the bank"));
    ng_doc_free(d);
    d = run("Some 700 dock workers went home, the pilots' union and the companies that own the docks said.\n\n"
            "Voters outside the city say the fares are fair.");
    CHECK(d != NULL);
    if (d) {
        CHECK((s = src_of(d, "said")) && !strcmp(s, "the pilots' union and the companies that own the docks"));
        CHECK((s = src_of(d, "say")) && !strcmp(s, "Voters outside the city"));
        ng_doc_free(d);
    }
}

/* A participle after a comma takes the subject of the clause the sentence
 * opens with: name-like words and lower-case nouns before a past verb are
 * that subject ("The Republican candidate appeared …, saying"), but not
 * when a person's name is followed by its verb and object ("Mr. Vance
 * struck a conciliatory tone, saying"). */
static void test_participle_noun_subject(void)
{
    ng_doc *d = run("The Republican candidate appeared at a rally in Ohio, saying the port would stay open.\n\n"
                    "Mr. Vance struck a conciliatory tone, insisting the fares were fair.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = src_of(d, "saying")) && !strcmp(s, "The Republican candidate"));
    CHECK((s = src_of(d, "insisting")) && !strcmp(s, "Mr. Vance"));
    ng_doc_free(d);
}

/* A capitalised word opening the sentence that names no one, a noun and
 * "and" do not make a name and its verb ("Berg spent … and"): the
 * coordinated subject is whole ("Real estate mogul and reality television
 * star Donald Trump"); not when a stop word shows a clause before the "and"
 * ("Public voting closes on 3 February and the winners …"). */
static void test_cap_noun_coordination(void)
{
    ng_doc *d = run("Casino owner and harbour board chairman Tom Vance offered to buy the pier.\n\n"
                    "Public voting closes on 3 February and the winners will be announced in March.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = src_of(d, "offered")) && !strcmp(s, "Casino owner and harbour board chairman Tom Vance"));
    CHECK(!(s = src_of(d, "will be announced")) || strncmp(s, "Public", 6));
    ng_doc_free(d);
}

/* A cue after "and" takes the subject of the verb it is coordinated with,
 * the nearest one before it in its clause when that opens its clause: a
 * pronoun after a time ("Then on Friday she laughed and admitted …"; the
 * clause's opening phrase gave none), a name before a finite auxiliary ("By
 * noon Mr. Vance was forced into a retreat and said …"; "By noon" was read
 * as the subject) and a noun phrase before one ("… the harbour board has
 * met the pilots and promised …"); not a subject inside a clause that a
 * relative word or a verb opens ("… looked at how ferries can be run and
 * concluded …", "… woke up to find Tom Vance had won but declined …"), nor
 * after "that" ("… telling reporters that she will stay and said …"). */
static void test_coordinated_subject(void)
{
    ng_doc *d = run("The pier stayed open all winter. Then on Friday she laughed and admitted "
                    "that the ferry had been late every day.\n\n"
                    "By noon Mr. Vance was forced into a rare retreat and said that the tolls would be cut in spring.\n\n"
                    "In the spring the harbour board has met the pilots and promised that the fares will fall.\n\n"
                    "Ann Berg keeps telling reporters that she will stay and said that the harbour wall is "
                    "safe.\n\n"
                    "The harbour study looked at how ferries can be run at night and concluded that the pier is too "
                    "short.\n\n"
                    "Ann Lund woke up to find Tom Vance had won the vote but declined to say that she was "
                    "disappointed.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the ferry had been late every day", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "she");
    src = NULL;
    CHECK(find_item(d, "the tolls would be cut in spring", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Mr. Vance");
    src = NULL;
    CHECK(find_item(d, "the fares will fall", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "the harbour board");
    src = NULL;
    CHECK(find_item(d, "the pier is too short", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "The harbour study");
    src = NULL;
    CHECK(find_item(d, "to say that she was disappointed", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Ann Lund");
    src = NULL;
    CHECK(find_item(d, "the harbour wall is safe", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Ann Berg");
    ng_doc_free(d);
    /* not when the sentence ends with its teller (the whole sentence is the
     * teller's claim: a coordinated item would hold its tail), nor for a
     * passive ("but are hoped to …"), nor past a noun before a past verb
     * ("When the ferry was launched the pilots quickly suspended …": not
     * "the ferry") */
    d = run("The pier closed.\n\n"
            "Secondly, support for the ferry should avoid new subsidies, and thirdly, towns should freeze and seek "
            "to reduce the tolls that hurt trade, Berg said.\n\n"
            "As a result, fares will differ from those published before but are hoped to be lower in spring, she "
            "added.\n\n"
            "When the ferry was launched the pilots quickly suspended trading and refused to quote prices for their "
            "own tickets.");
    CHECK(d != NULL);
    if (!d)
        return;
    src = NULL;
    CHECK(find_item(d, "Secondly, support for the ferry should avoid new subsidies, and thirdly, towns should freeze "
                       "and seek to reduce the tolls that hurt trade", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Berg");
    src = NULL;
    CHECK(find_item(d, "As a result, fares will differ from those published before but are hoped to be lower in "
                       "spring", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "she");
    src = NULL;
    if (find_item(d, "to quote prices for their own tickets", &src, &cue))
        CHECK(strcmp(src, "the ferry") != 0);
    ng_doc_free(d);
}

/* The clause's subject after a span of time before "later" with no comma
 * ("A few minutes later they …"; the time was read as the subject), and a
 * coordinated cue's subject after the opener of the sentence ("As Mayor Ann
 * Berg toured the pier and defended …"). */
static void test_subject_after_opener(void)
{
    ng_doc *d = run("The doors opened late. A few minutes later they reversed themselves, let the crowd in and said "
                    "that the count would start at noon.\n\n"
                    "As Mayor Ann Berg toured the pier and defended her record on the harbour on Sunday, the crowd "
                    "was quiet.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the count would start at noon", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "they");
    src = NULL;
    CHECK(find_item(d, "her record on the harbour on Sunday", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Mayor Ann Berg");
    ng_doc_free(d);
}

/* A name and its party and state between commas after a quotation is its
 * teller ("“…,” Senate Majority Leader Tom Vance, R-Ky., said."; the period
 * of "Ky." was read as the sentence end, so the quotation had no cue). */
static void test_party_tag_teller(void)
{
    ng_doc *d = run("The pier closed on Monday.\n\n"
                    "\xE2\x80\x9CLet me make it perfectly clear that the board will not pay for the pier,\xE2\x80\x9D "
                    "Senate Majority Leader Tom Vance, R-Ky., said. \xE2\x80\x9CThat is not the view of the board.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "Let me make it perfectly clear that the board will not pay for the pier");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_EQ_STR(QCUE(d, i), "said");
        CHECK_EQ_STR(QSPK(d, i), "Senate Majority Leader Tom Vance, R-Ky.");
    }
    ng_doc_free(d);
}

/* "Will" and "May" inside a sentence before a capitalised word or a past
 * or -s verb are names, not the auxiliary ("In his column, Will acknowledges
 * that …", "Polk County chairman Will Rogers said …", "said Will Doyle",
 * "“…,” May wrote.": the subject was cut at the auxiliary, or none was
 * found); "Will the board …" stays a question. */
static void test_name_will(void)
{
    ng_doc *d = run("The pier closed on Monday.\n\n"
                    "In his column, Will acknowledges that the ferry will not run this winter.\n\n"
                    "Polk County chairman Will Rogers said the harbour board would meet on Friday.\n\n"
                    "Will the board say that the pier is safe?\n\n"
                    "\xE2\x80\x9CIt is a costly way to run a ferry,\xE2\x80\x9D said Will Doyle, a professor at the "
                    "harbour college.\n\n"
                    "\xE2\x80\x9CThe pier should have been closed a year ago,\xE2\x80\x9D May wrote.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the ferry will not run this winter", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Will");
    src = NULL;
    CHECK(find_item(d, "the harbour board would meet on Friday", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Polk County chairman Will Rogers");
    /* after the cue and after a quotation (the auxiliary had stopped the
     * speaker there: no cue, no speaker) */
    long i = quote_with(d, 1, "It is a costly way to run a ferry");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "Will Doyle, a professor at the harbour college");
    i = quote_with(d, 1, "The pier should have been closed a year ago");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "May");
    ng_doc_free(d);
}

/* A participle that completes "began", "kept", "stopped" … takes that
 * verb's subject ("Ann Berg began saying …"; null before: the verb was
 * read as the phrase before the cue). */
static void test_aspect_participle(void)
{
    ng_doc *d = run("Ann Berg began saying that the ferry would not run.\n\n"
                    "The mayor has lately stopped blaming the council for the delay.\n\n"
                    "Tom Vance keeps asking whether the pier is safe.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = source_of(d, "the ferry would not run")) && !strcmp(s, "Ann Berg"));
    CHECK((s = src_of(d, "blaming")) && !strcmp(s, "The mayor"));
    CHECK((s = src_of(d, "asking")) && !strcmp(s, "Tom Vance"));
    ng_doc_free(d);
    /* "spent" and a span of time; not an amount spent */
    d = run("Tom Vance spent much of the day attacking the harbour board.\n\n"
            "The pilots cheered the mayor, who spent the week praising the new ferry.\n\n"
            "The group spent $2 million attacking the new bridge.");
    CHECK(d != NULL);
    if (d) {
        CHECK((s = source_of(d, "the harbour board")) && !strcmp(s, "Tom Vance"));
        CHECK((s = source_of(d, "the new ferry")) && !strcmp(s, "who"));
        CHECK((s = source_of(d, "the new bridge")) && !strcmp(s, ""));
        ng_doc_free(d);
    }
}

/* After a quotation, an unlisted verb in -ed before a speaker that ends
 * the sentence is the cue ("opined the Harbour Gazette.", "reacted Berg."),
 * and "one"/"another" alone is a speaker ("tweeted another."). */
static void test_inverted_unlisted_teller(void)
{
    ng_doc *d = run("\xE2\x80\x9CThe pier should stay open,\xE2\x80\x9D opined the Harbour Gazette.\n\n"
                    "\xE2\x80\x9CIs the mayor profiling?\xE2\x80\x9D reacted Berg.\n\n"
                    "\xE2\x80\x9CThe ferry is late again,\xE2\x80\x9D tweeted another.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = source_of(d, "The pier should stay open")) && !strcmp(s, "the Harbour Gazette"));
    CHECK((s = source_of(d, "Is the mayor profiling?")) && !strcmp(s, "Berg"));
    CHECK((s = source_of(d, "The ferry is late again")) && !strcmp(s, "another"));
    ng_doc_free(d);
}

/* A noun phrase right before "supporting", "backing" or "opposing" and a
 * name is who takes that stance ("Two harbour groups supporting Ann Berg"),
 * after a preposition too when it opens with a determiner ("gave $5,000 to a
 * group backing Tom Vance", as PolNeAR draws it); not a verb's object
 * ("to recruit pilots supporting"), nor a phrase that ends in a function
 * word ("the offense of backing"). */
static void test_stance_participle_subject(void)
{
    ng_doc *d = run("Two harbour groups supporting Ann Berg spent heavily on the race.\n\n"
                    "The pilot gave $5,000 to a group backing Tom Vance.\n\n"
                    "The pilots committed the offense of opposing Tom Vance.\n\n"
                    "The mayor tried to recruit pilots supporting Ann Berg.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = src_of(d, "supporting")) && !strcmp(s, "Two harbour groups"));
    CHECK((s = src_of(d, "backing")) && !strcmp(s, "a group"));
    CHECK((s = src_of(d, "opposing")) && !strcmp(s, ""));
    CHECK(!has_item(d, "recruit pilots", NULL));
    ng_doc_free(d);
}

/* A relative clause that only says why the source is unnamed is no part
 * of it ("…, who spoke on the condition of anonymity", "who requested
 * anonymity"); after the cue "involved in", "briefed on" and "with
 * knowledge of" run on to the next punctuation, as "close to" does. */
static void test_source_anonymity(void)
{
    ng_doc *d = run("\xE2\x80\x9CWe lost,\xE2\x80\x9D said one official involved in the planning, who spoke on the condition of anonymity.\n\n"
                    "A harbour official, who requested anonymity to discuss the talks, said the pier was closed.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = source_of(d, "We lost")) && !strcmp(s, "one official involved in the planning"));
    CHECK((s = source_of(d, "the pier was closed")) && !strcmp(s, "A harbour official"));
    ng_doc_free(d);
}

/* A quotation that opens a paragraph after another speaker's quotation
 * but has its own teller at the end of its sentence, with no comma inside
 * its marks ("“People were celebrating” before the storm, she said."),
 * takes that teller, not the speaker before. */
static void test_own_teller_no_comma(void)
{
    ng_doc *d = run("\xE2\x80\x9CThey were saying she is a hero,\xE2\x80\x9D Violet Lund said.\n\n"
                    "\xE2\x80\x9CPeople were celebrating\xE2\x80\x9D before the storm, she said. \xE2\x80\x9CIt was so peaceful.\xE2\x80\x9D");
    CHECK(d != NULL);
    if (!d)
        return;
    long i = quote_with(d, 1, "People were celebrating");
    CHECK(i >= 0);
    if (i >= 0)
        CHECK_EQ_STR(QSPK(d, i), "she");
    ng_doc_free(d);
}

/* A plural cue word after a modifier and before a verb of saying is the
 * subject's noun, not the cue ("refugee advocates say", "Press reports
 * suggest"); a verb in -s before a plural noun stays the cue ("denies
 * charges"). */
static void test_plural_cue_noun_subject(void)
{
    ng_doc *d = run("Other refugee advocates say the pier is unsafe.\n\n"
                    "Press reports suggest the deal is close.\n\n"
                    "The harbour ally denies charges of fraud.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *s;
    CHECK((s = source_of(d, "the pier is unsafe")) && !strcmp(s, "Other refugee advocates"));
    CHECK((s = source_of(d, "the deal is close")) && !strcmp(s, "Press reports"));
    CHECK((s = src_of(d, "denies")) && !strcmp(s, "The harbour ally"));
    ng_doc_free(d);
}

/* After a quotation that ends in a comma, a cue followed by a reported
 * question or condition ("said if …", "asked X how …") has a clause of its
 * own: the quoted phrase before it ("on “Hannity,”") is no quotation of the
 * speaker's. */
static void test_quoted_title_clause_cue(void)
{
    ng_doc *d = run("Wednesday on Fox News Channel\xE2\x80\x99s \xE2\x80\x9CHannity,\xE2\x80\x9D Newt Gingrich said "
                    "if Trump picked him it would be a two-pirate ticket.\n\n"
                    "In an appearance on \"Morning Joe,\" Mika Brzezinski asked Trump how he would handle "
                    "the deportations.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Newt Gingrich", "if Trump picked him it would be a two-pirate ticket"));
    CHECK(!has_item(d, "Newt Gingrich", "Hannity"));
    CHECK(has_item(d, "Mika Brzezinski", "how he would handle the deportations"));
    CHECK(!has_item(d, "Mika Brzezinski", "Morning Joe"));
    ng_doc_free(d);
}

/* A subject pronoun right after a time word following the cue opens the
 * reported clause ("said Wednesday she wants …", "said earlier this year
 * they wanted …"): no short tail, so neither a quotation before nor a
 * clause before the teller is what was said. */
static void test_time_then_clause(void)
{
    ng_doc *d = run("The mayor asserted that \"trust in the police is broken.\" Ann Berg said Wednesday she, too, "
                    "wants an inquiry.\n\n"
                    "The ferry is late again, Tom Vance said earlier this year they wanted a new pier.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Ann Berg", "she, too, wants an inquiry"));
    CHECK(!has_item(d, "Ann Berg", "trust in the police is broken."));
    CHECK(has_item(d, "Tom Vance", "they wanted a new pier"));
    CHECK(!has_item(d, "Tom Vance", "The ferry is late again"));
    ng_doc_free(d);
}

/* After maintain, understand or find, a determiner's phrase with no verb of
 * its own is the verb's object (a lead, an importance, a way), not a
 * reported clause; a clause ("maintained the pier was safe"), a small
 * clause ("found the offer to be inadequate") and a poll's finding stay. */
static void test_noun_object(void)
{
    ng_doc *d = run("Ann Berg maintains a commanding lead over the mayor in the harbour district.\n\n"
                    "Tom Vance maintained the pier was safe.\n\n"
                    "The ferry union found a receptive audience for its message in the port towns.\n\n"
                    "Tom Vance understands the importance of electing a mayor in May.\n\n"
                    "The advisers found the offer to be inadequate.\n\n"
                    "The port survey found a majority of pilots back the plan.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(!has_item(d, "Ann Berg", NULL));
    CHECK(!has_item(d, "The ferry union", NULL));
    CHECK(!has_item(d, "Tom Vance", "the importance of electing a mayor in May"));
    CHECK(has_item(d, "Tom Vance", "the pier was safe"));
    CHECK(has_item(d, "The advisers", "the offer to be inadequate"));
    CHECK(has_item(d, "The port survey", "a majority of pilots back the plan"));
    ng_doc_free(d);
}

/* A cue followed by a comma, a short phrase, a comma and "that" has a clause
 * of its own: a quotation of the sentence before is not what it said; a
 * cue in the phrase ("said, adding, that …") and "that" with a time ("said,
 * twice, that week") leave the tail. */
static void test_comma_phrase_that(void)
{
    ng_doc *d = run("Ann Berg called the mayor “the port's best friend.” She also said, without evidence, "
                    "that “they are going to close the pier.”\n\n"
                    "The pier is safe for the ferries, the mayor said, adding, that the ferry would run again.\n\n"
                    "“The pier is safe,” Tom Vance said, twice, that week.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(!has_item(d, "She", "the port's best friend."));
    CHECK(has_item(d, "the mayor", "The pier is safe for the ferries"));
    CHECK(has_item(d, "Tom Vance", "The pier is safe"));
    ng_doc_free(d);
}

/* "pointing to" is a stance cue as "pointed to" is: the participle after a
 * comma takes the clause's subject; the base form only after a subject
 * ("all signs point to"; "a 0.5 percentage point to growth" is a noun). */
static void test_pointing_to(void)
{
    ng_doc *d = run("The mayor defended her record on the harbour, pointing to the new ferry terminal.\n\n"
                    "Harbour pilots point to the silted channel.\n\n"
                    "Trade added a 0.5 percentage point to growth in the quarter.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "the new ferry terminal", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "The mayor");
    if (cue)
        CHECK_EQ_STR(cue, "pointing to");
    CHECK(has_item(d, "Harbour pilots", "the silted channel"));
    CHECK(!find_item(d, "growth in the quarter", &src, &cue));
    ng_doc_free(d);
}

/* A wish or a vote after "would" or its clitic: "would like to …", "we'd
 * love to …" (the infinitive with its object), "would vote for X"; not a
 * bare infinitive left by an object relative ("what he would like to see"). */
static void test_modal_wish(void)
{
    ng_doc *d = run("All five of the harbour candidates would like to shrink the ferry board.\n\n"
                    "We'd love to see the pier open again.\n\n"
                    "Among islanders, 56 percent would vote for Ann Berg.\n\n"
                    "The mayor did not say what changes he would like to see.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "to shrink the ferry board", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "All five of the harbour candidates");
    if (cue)
        CHECK_EQ_STR(cue, "would like");
    CHECK(has_item(d, "We", "to see the pier open again"));
    CHECK(has_item(d, "56 percent", "Ann Berg"));
    CHECK(!find_item(d, "to see", &src, &cue));
    ng_doc_free(d);
}

/* A passive cue of judging with its agent: the agent is the source, the
 * subject the content ("His plan was quickly derided by Ann Berg, the mayor
 * of the port"); not an act ("The sale was approved by regulators") nor an
 * opening subordinate phrase ("Despite being disliked by critics, …"). */
static void test_passive_by(void)
{
    ng_doc *d = run("His plan was quickly derided by Ann Berg, the mayor of the port.\n\n"
                    "The sale was approved by the harbour regulators.\n\n"
                    "Despite being disliked by many critics, the ferry sold out.");
    CHECK(d != NULL);
    if (!d)
        return;
    const char *src = NULL, *cue = NULL;
    CHECK(find_item(d, "His plan", &src, &cue));
    if (src)
        CHECK_EQ_STR(src, "Ann Berg, the mayor of the port");
    if (cue)
        CHECK_EQ_STR(cue, "derided");
    CHECK(!find_item(d, "The sale", &src, &cue));
    CHECK(!find_item(d, "Despite", &src, &cue));
    CHECK(!has_item(d, "many critics", NULL));
    ng_doc_free(d);
}

/* A trailing stance aside is no part of the source: "Berg, to his credit",
 * "…, for example" (stance_aside) */
static void test_stance_aside(void)
{
    ng_doc *d = run("Sanders, to his credit, refuses to attack Clinton on her character.\n\n"
                    "Brian Murphy, the chairman of the county party, for example, said the plan was a disaster.\n\n"
                    "Mr. Vance, of course, said the harbour would stay open.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "Sanders", NULL));
    CHECK(has_item(d, "Brian Murphy, the chairman of the county party", NULL));
    CHECK(has_item(d, "Mr. Vance", NULL));
    ng_doc_free(d);
}

/* A subject pronoun coordinated with a lower-case noun phrase is one
 * subject: "But he and election-law experts agree" (extend_left) */
static void test_pronoun_conjunct(void)
{
    ng_doc *d = run("But he and election-law experts agree it will be difficult to win the appeal.\n\n"
                    "However, she and other analysts pointed out that the market has not fallen.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(has_item(d, "he and election-law experts", NULL));
    CHECK(has_item(d, "she and other analysts", NULL));
    ng_doc_free(d);
}

int main(void)
{
    ng_engine_options o;
    memset(&o, 0, sizeof o);
    o.flags = NG_ENGINE_NO_MODELS;
    if (ng_engine_open(&o, &eng, NULL)) {
        fprintf(stderr, "cannot open engine\n");
        return 1;
    }
    test_lexicon();
    test_split_quote();
    test_split_inverted();
    test_inverted_inside();
    test_us_capitals();
    test_bare_plural_teller();
    test_name_s_and_may();
    test_reports_and_addressee();
    test_headline_teller();
    test_name_cue_word();
    test_clause_after_phrase();
    test_day_before_cue();
    test_addressee_marks();
    test_wire_brackets();
    test_wire_angle();
    test_speech3_forms();
    test_addressee_tail();
    test_this_claim();
    test_told_reporters();
    test_colon_and_nested();
    test_nested_reported();
    test_nested_plural();
    test_predicate_list();
    test_carry_subject();
    test_according_to_clause();
    test_coord_tagger_subject();
    test_nested_clause();
    test_nested_clause_cut();
    test_speech_prep_object();
    test_noun_cues();
    test_asked_and_support();
    test_called();
    test_name_colon();
    test_colon_pair();
    test_party_comma();
    test_and_subject();
    test_apposition_pair();
    test_parenthetical_belief();
    test_short_parenthetical();
    test_multi_paragraph();
    test_paragraph_lost();
    test_indirect();
    test_intentions();
    test_hedged_and_headlines();
    test_dateline();
    test_wire_datelines();
    test_it_source();
    test_body_references();
    test_body_lookback();
    test_body_lookback_stops();
    test_body_quote_chain();
    test_bare_spokesman();
    test_spokesman_after_conjunction();
    test_document_modifier();
    test_subject_chain();
    test_union_head();
    test_source_relative_clause();
    test_member_sources();
    test_government_country();
    test_reportedly_and_titles();
    test_scare_quotes();
    test_attributions();
    test_poll();
    test_british();
    test_subjects();
    test_clause_limits();
    test_source_phrases();
    test_source_appositions();
    test_source_roles();
    test_according_after_cue();
    test_according_whole_clause();
    test_as_reported();
    test_attribution_kind();
    test_as_reported_by();
    test_long_name_after_cue();
    test_quoted_as_saying();
    test_second_teller();
    test_requests_and_adverbs();
    test_quantifier_subjects();
    test_objects();
    test_negated();
    test_subordinate_sources();
    test_colon_paragraph();
    test_headline_adverbs();
    test_relative_speakers();
    test_continued_speech();
    test_follow_last_cue();
    test_speaker_resolution();
    test_phrase_heads();
    test_coordinated_speakers();
    test_owners_and_descriptions();
    test_pronoun_not_in_own_quote();
    test_pronoun_after_unnamed();
    test_pronoun_subject_chain();
    test_coordinated_titles();
    test_quote_after_reported();
    test_source_cleanup();
    test_noun_homographs();
    test_source_ages_and_including();
    test_source_spokesman();
    test_source_dashes();
    test_participle_subject();
    test_source_appositions_after();
    test_source_name_then_role();
    test_speaker_after_close();
    test_unlisted_cue_after_close();
    test_tidy_tagger_source();
    test_cue_long_tail();
    test_told_after_close();
    test_plural_possessive_source();
    test_source_dated_participle();
    test_source_dash_apposition();
    test_speaker_after_close_phrases();
    test_answer_content();
    test_finding_after_clause();
    test_passive_no_source();
    test_appos_stops_at_venue();
    test_participle_after_opener();
    test_appos_participle_and_tagger();
    test_headline_two_claims();
    test_nested_close_apostrophes();
    test_read_and_dash_speaker();
    test_following_statement();
    test_fragment_in_reported();
    test_participle_subject_apposition();
    test_participle_object_no_source();
    test_short_name_relative();
    test_close_to_source();
    test_tagger_relative_source();
    test_appos_abbrev_end();
    test_support_among();
    test_appos_finite_verb();
    test_participle_subject_nouns();
    test_finding_object_short_clause();
    test_second_speaker_clause();
    test_own_tail_no_inherit();
    test_prep_object_no_source();
    test_direct_participle_subject();
    test_both_and_subject();
    test_tail_names_speaker();
    test_noun_reading();
    test_noun_subject();
    test_and_cue_after_unemitted();
    test_object_ends_before_relative_cue();
    test_stance_adjective();
    test_by_participle();
    test_unlisted_cue_s_form();
    test_teller_at_end();
    test_unlisted_cue_phrases();
    test_opening_adverb();
    test_cue_subject();
    test_pathological();
    test_seem_cue_verb();
    test_coordinated_after_phrase();
    test_follow_teller();
    test_relative_clause_subject();
    test_coordinated_brackets();
    test_participle_long_intro();
    test_direct_coordinated_cue();
    test_time_phrase_before_cue();
    test_opening_participle();
    test_said_if();
    test_infinitive_after_time();
    test_moved_subject();
    test_said_name_quote();
    test_light_verb_cues();
    test_particle_cues();
    test_according_after_colon();
    test_inverted_teller_clause();
    test_been_only_subject();
    test_time_before_clause();
    test_according_bracket();
    test_according_forms();
    test_according_that();
    test_went_on_to();
    test_document_sender();
    test_verb_subject();
    test_only_count_subject();
    test_juxtaposed_subject();
    test_participle_noun_subject();
    test_cap_noun_coordination();
    test_added_quantity();
    test_coordinated_subject();
    test_subject_after_opener();
    test_party_tag_teller();
    test_name_will();
    test_aspect_participle();
    test_inverted_unlisted_teller();
    test_stance_participle_subject();
    test_source_anonymity();
    test_own_teller_no_comma();
    test_plural_cue_noun_subject();
    test_quoted_title_clause_cue();
    test_time_then_clause();
    test_noun_object();
    test_comma_phrase_that();
    test_role_after_said();
    test_colon_clause();
    test_relative_speaker();
    test_according_after_many_quotes();
    test_appos_title();
    test_relative_coordinated();
    test_but_coordinated_subject();
    test_relative_that_subject();
    test_pointing_to();
    test_modal_wish();
    test_passive_by();
    test_nested_naming();
    test_answer_ends_sentence();
    test_relative_object();
    test_comma_which();
    test_gap_relative();
    test_serial_comma_list();
    test_cap_adjective_coord();
    test_teller_envelops_same_end();
    test_title_not_quote();
    test_participle_own_clause();
    test_role_name_subject();
    test_second_teller_after();
    test_programme_in_tail();
    test_headline_tail_teller();
    test_poll_shares();
    test_with_subject();
    test_that_said();
    test_poll_groups();
    test_poll_share_list();
    test_nested_who();
    test_stance_aside();
    test_pronoun_conjunct();
    test_as_put_it();
    test_caused_infinitive();
    test_than_as_belief();
    test_asked_belief();
    test_headline_wh();
    test_belief_so();
    test_caused_feeling();
    test_comma_participles();
    test_missing_forms();
    test_new_cue_words();
    ng_engine_close(eng);
    TEST_MAIN_END();
}
