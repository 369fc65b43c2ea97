/*
 * test_entities.c -- the entities resolver: coreference, roles, places,
 * nominal references, gender, the record's entities list, and the gazetteer
 * loader's error handling.
 *
 * Mentions are written inline, "[PER Mark Rutte] met [LOC Kyiv] officials",
 * so these tests do not depend on the tagger: the text layer runs through
 * ng_process (engine without models), the marked mentions are pushed into
 * doc->mentions, and ng__entities_resolve runs with the shipped gazetteer.
 */
#include "annot/entities_lex.h"
#include "annot/gazetteer.h"
#include "doc.h"
#include "engine.h"
#include "test.h"

#include <math.h>
#include <stdlib.h>
#include <unistd.h>

static ng_engine *eng;

typedef struct marked {
    char text[8192];
    struct { uint32_t s, e; uint8_t type; } m[256];
    int n;
} marked;

static uint8_t type_of(const char *s, size_t n)
{
    if (n == 3 && !memcmp(s, "PER", 3)) return NG_ENT_PER;
    if (n == 3 && !memcmp(s, "ORG", 3)) return NG_ENT_ORG;
    if (n == 3 && !memcmp(s, "LOC", 3)) return NG_ENT_LOC;
    return NG_ENT_MISC;
}

/* "[PER Mark Rutte] said" -> text and mention spans */
static void parse_marked(const char *src, marked *mk)
{
    size_t o = 0;
    mk->n = 0;
    for (const char *p = src; *p;) {
        if (*p == '[' && p[1] >= 'A' && p[1] <= 'Z') {
            const char *sp = strchr(p, ' ');
            mk->m[mk->n].type = type_of(p + 1, (size_t)(sp - p - 1));
            mk->m[mk->n].s = (uint32_t)o;
            p = sp + 1;
            while (*p && *p != ']')
                mk->text[o++] = *p++;
            mk->m[mk->n].e = (uint32_t)o;
            mk->n++;
            if (*p)
                p++;
            continue;
        }
        mk->text[o++] = *p++;
    }
    mk->text[o] = 0;
}

static ng_doc *run_meta(const char *src, ng_field f, const char *value)
{
    static marked mk;
    parse_marked(src, &mk);
    ng_doc *d;
    if (ng_doc_new(&d) || ng_doc_set_text(d, mk.text, strlen(mk.text)) ||
        (value && ng_doc_set(d, f, value, strlen(value))) || ng_process(eng, d)) {
        fprintf(stderr, "processing failed for: %s\n", mk.text);
        return NULL;
    }
    if (strcmp(d->text, mk.text) != 0) {
        fprintf(stderr, "normalisation changed the test text: %s\n", mk.text);
        ng_doc_free(d);
        return NULL;
    }
    for (int i = 0; i < mk.n; i++) {
        ng_mention m = {mk.m[i].s, mk.m[i].e, 0, 0, mk.m[i].type, -1};
        if (NG_VEC_PUSH(&d->arena, d->mentions, m)) {
            ng_doc_free(d);
            return NULL;
        }
    }
    if (ng__entities_resolve(eng, d)) {
        ng_doc_free(d);
        return NULL;
    }
    return d;
}

static ng_doc *run(const char *src) { return run_meta(src, NG_FIELD_ID, NULL); }

static const ng_entity *ent(const ng_doc *d, const char *name)
{
    for (size_t i = 0; d && i < d->entities.n; i++)
        if (strcmp(d->entities.v[i].name, name) == 0)
            return &d->entities.v[i];
    fprintf(stderr, "no entity named \"%s\"\n", name);
    return NULL;
}

static const char *role_of(const ng_doc *d, const char *name)
{
    const ng_entity *e = ent(d, name);
    return e && e->role ? e->role : "(none)";
}

static const char *country_of(const ng_doc *d, const char *name)
{
    const ng_entity *e = ent(d, name);
    return e ? e->country : "(no entity)";
}

static void dump(const ng_doc *d)
{
    ng_buf b;
    ng__buf_init(&b);
    ng__json_entities(d, &b);
    ng__buf_putc(&b, 0);
    fprintf(stderr, "%s\n", b.p ? b.p : "");
    ng__buf_free(&b);
}

/* ---- tests ---- */

static void test_lex(void)
{
    CHECK_EQ_INT(ng__lex_check_sorted(), 0);
    CHECK(ng__lex_role("president", 9) & NG_LEX_HEAD);
    CHECK(ng__lex_role("secretary general", 17) & NG_LEX_HEAD);
    CHECK_EQ_INT(ng__lex_role("london based", 12), 0);
    CHECK(ng__lex_honorific("mrs", 3) & NG_LEX_FEMALE);
    CHECK(ng__lex_first_name("vladimir", 8) & NG_LEX_MALE);
    char k[64];
    size_t n = ng__gaz_key("U.S.", 4, k, sizeof k);
    CHECK(n == 2 && !memcmp(k, "us", 2));
    n = ng__gaz_key("Secretary-General", 17, k, sizeof k);
    CHECK(n == 17 && !memcmp(k, "secretary general", 17));
    n = ng__gaz_key("Kraków  Old\xe2\x80\x99s", strlen("Kraków  Old\xe2\x80\x99s"), k, sizeof k);
    CHECK(n == 11 && !memcmp(k, "krakow olds", 11));
}

static void test_people(void)
{
    ng_doc *d = run("[ORG NATO] Secretary General [PER Mark Rutte] told reporters in [LOC Brussels] that "
                    "the alliance would stay the course. [PER Rutte]\xe2\x80\x99s remarks followed a call "
                    "with US President [PER Donald Trump]. Later, the NATO chief said he was confident. "
                    "[PER Trump] did not comment, but the president has said little about it. "
                    "Russian President [PER Vladimir Putin] and the alliance\xe2\x80\x99s secretary general "
                    "have not met. [PER Rutte] said he would travel.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_entity *r = ent(d, "Mark Rutte");
    CHECK(r && r->type == NG_ENT_PER && r->nmentions == 3);
    CHECK_EQ_STR(role_of(d, "Mark Rutte"), "NATO Secretary General");
    CHECK_EQ_STR(role_of(d, "Donald Trump"), "US President");
    CHECK_EQ_STR(country_of(d, "Donald Trump"), "US");
    CHECK_EQ_STR(role_of(d, "Vladimir Putin"), "Russian President");
    CHECK_EQ_STR(country_of(d, "Vladimir Putin"), "RU");
    CHECK(r && r->gender == NG_GENDER_MALE);
    const ng_entity *t = ent(d, "Donald Trump");
    CHECK(t && t->nmentions == 2);
    /* nominal references */
    int chief = 0, sg = 0, pres = 0;
    for (size_t i = 0; i < d->rolerefs.n; i++) {
        const ng_roleref *rr = &d->rolerefs.v[i];
        const char *s = d->text + rr->start;
        size_t l = rr->end - rr->start;
        const ng_entity *e = rr->entity >= 0 ? &d->entities.v[rr->entity] : NULL;
        if (l == 14 && !memcmp(s, "the NATO chief", 14))
            chief = e && !strcmp(e->name, "Mark Rutte");
        if (l == 34 && !memcmp(s, "the alliance\xe2\x80\x99s secretary general", 34))
            sg = e && !strcmp(e->name, "Mark Rutte");
        if (l == 13 && !memcmp(s, "the president", 13))
            pres = e && !strcmp(e->name, "Donald Trump");
    }
    CHECK(chief);
    CHECK(sg);
    CHECK(pres);
    if (!chief || !sg || !pres)
        dump(d);
    ng_doc_free(d);
}

/* A person named after an organisation in one tagged name: split when the
 * text shows the person elsewhere (the surname as a speaker, "Lawson said",
 * or after an honorific); kept whole otherwise ("Kerrin Main Harbour": the
 * speaker "Main" is not its last word; "Dock Ann Berg": no evidence). */
static void test_person_tail(void)
{
    ng_doc *d = run("[ORG Harbour Board Ivo Tamm] opened the quay. [PER Tamm] said it was ready. "
                    "[ORG Kerrin Main Harbour] stayed shut, [PER Main] said. "
                    "[ORG Dock Ann Berg] waved.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_entity *t = ent(d, "Ivo Tamm");
    CHECK(t && t->type == NG_ENT_PER && t->nmentions == 2);
    const ng_entity *b = ent(d, "Harbour Board");
    CHECK(b && b->type == NG_ENT_ORG);
    const ng_entity *k = ent(d, "Kerrin Main Harbour");
    CHECK(k && k->type == NG_ENT_ORG);
    const ng_entity *a = ent(d, "Dock Ann Berg");
    CHECK(a && a->type == NG_ENT_ORG);
    ng_doc_free(d);
}

/* A known organisation that joins two names with "and" is one mention,
 * whatever the tagger made of it ("Standard and Poor's Corp": two
 * organisations; "S and P": none), and its forms one entity; two names
 * joined by "and" that the gazetteer does not know stay two. */
static void test_known_and(void)
{
    ng_doc *d = run("[ORG Standard] and [ORG Poor's Corp] said it cut the rating. "
                    "S and P said the outlook was stable. "
                    "[ORG Harbour Watch] and [ORG Dock Power] agreed.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_entity *sp = ent(d, "Standard and Poor's Corp");
    CHECK(sp && sp->type == NG_ENT_ORG && sp->nmentions == 2);
    CHECK(ent(d, "Harbour Watch") != NULL);
    CHECK(ent(d, "Dock Power") != NULL);
    for (size_t i = 0; i < d->mentions.n; i++)
        CHECK(d->mentions.v[i].type != 0); /* (the replaced mentions are gone) */
    ng_doc_free(d);
}

static void test_roles(void)
{
    ng_doc *d = run("A spokesman for [PER Gordon Brown] declined to comment. [ORG BP] chief executive Lord "
                    "[PER Browne] said costs rose. Deputy health minister [PER Rhona Kerr] spoke first; "
                    "the first minister stayed silent, and the minister left. [PER Jane Doe], the "
                    "company\xe2\x80\x99s founder, agreed, as she often does, and she said so.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_EQ_STR(role_of(d, "Gordon Brown"), "(none)");
    CHECK_EQ_STR(country_of(d, "Gordon Brown"), "");
    CHECK_EQ_STR(role_of(d, "Browne"), "BP chief executive");
    CHECK_EQ_STR(role_of(d, "Jane Doe"), "company\xe2\x80\x99s founder");
    CHECK_EQ_STR(country_of(d, "Jane Doe"), "");
    const ng_entity *e = ent(d, "Browne");
    CHECK(e && e->gender == NG_GENDER_MALE); /* "Lord" */
    e = ent(d, "Jane Doe");
    CHECK(e && e->gender == NG_GENDER_FEMALE); /* first name */
    int first = -2, minister = -2;
    for (size_t i = 0; i < d->rolerefs.n; i++) {
        const ng_roleref *rr = &d->rolerefs.v[i];
        if (!strncmp(d->text + rr->start, "the first minister", rr->end - rr->start))
            first = rr->entity;
        if (!strncmp(d->text + rr->start, "the minister", rr->end - rr->start))
            minister = rr->entity;
    }
    CHECK_EQ_INT(first, -1); /* a deputy health minister is not the first minister */
    e = ent(d, "Rhona Kerr");
    CHECK(e && minister >= 0 && &d->entities.v[minister] == e);
    ng_doc_free(d);

    /* references that name another country or a higher office */
    d = run("President [PER George Bush] met Deputy Prime Minister [PER John Prescott]. Later the "
            "Pakistani president called, and the prime minister spoke.");
    CHECK(d != NULL);
    if (d) {
        for (size_t i = 0; i < d->rolerefs.n; i++)
            CHECK_EQ_INT(d->rolerefs.v[i].entity, -1);
        CHECK(d->rolerefs.n == 2);
        ng_doc_free(d);
    }
    /* a deputy is never the bare office */
    d = run("Deputy Mayor [PER Nina Holt] spoke on Sunday. The mayor refused to apologise.");
    CHECK(d != NULL);
    if (d) {
        CHECK(d->rolerefs.n == 1);
        for (size_t i = 0; i < d->rolerefs.n; i++)
            CHECK_EQ_INT(d->rolerefs.v[i].entity, -1);
        ng_doc_free(d);
    }
    /* a country without a role */
    d = run("[LOC Britain]\xe2\x80\x99s [PER Kathy Butler] won, ahead of [PER Ian Reid] of [LOC Scotland] and "
            "[PER Ana Ruiz] of [LOC Madrid].");
    CHECK(d != NULL);
    if (d) {
        CHECK_EQ_STR(country_of(d, "Kathy Butler"), "GB");
        CHECK_EQ_STR(country_of(d, "Ian Reid"), "GB");
        CHECK_EQ_STR(country_of(d, "Ana Ruiz"), ""); /* a city: a club or a home town, not a nationality */
        CHECK_EQ_STR(role_of(d, "Kathy Butler"), "(none)");
        ng_doc_free(d);
    }
    /* pronouns decide when nothing else does */
    d = run("[PER Robin Hale] arrived late. Later she said the plan had failed, and she left. "
            "[PER Chidi Okoro] stayed; he said he would wait.");
    CHECK(d != NULL);
    if (d) {
        CHECK((e = ent(d, "Robin Hale")) && e->gender == NG_GENDER_FEMALE);
        CHECK((e = ent(d, "Chidi Okoro")) && e->gender == NG_GENDER_MALE);
        ng_doc_free(d);
    }
}

static void test_places(void)
{
    ng_doc *d = run("THE HAGUE \xe2\x80\x94 [LOC Ukraine] will not join soon, officials in [LOC Kyiv] said, "
                    "as [LOC Russia] pressed [LOC Georgia] and [LOC Moldova]. The summit in [LOC The Hague] "
                    "follows last year\xe2\x80\x99s meeting in [LOC Washington]. [ORG Moscow] rejected the "
                    "plan, while [LOC London] and [LOC Turkey] backed it. [LOC U.S.] officials and "
                    "[LOC United States] envoys flew in. [MISC Ukrainian] troops held.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_entity *e;
    CHECK((e = ent(d, "Georgia")) && !strcmp(e->country, "GE") && e->place == NG_PLACE_COUNTRY);
    CHECK((e = ent(d, "Washington")) && !strcmp(e->country, "US") && e->place == NG_PLACE_CITY &&
          e->geonames == 4140963);
    CHECK((e = ent(d, "Moscow")) && !strcmp(e->country, "RU") && e->type == NG_ENT_LOC &&
          fabs(e->lat - 55.75) < 0.1);
    CHECK((e = ent(d, "London")) && !strcmp(e->country, "GB"));
    CHECK((e = ent(d, "The Hague")) && !strcmp(e->country, "NL") && e->admin1 && e->nmentions == 2); /* the dateline too */
    CHECK((e = ent(d, "Kyiv")) && !strcmp(e->country, "UA"));
    CHECK((e = ent(d, "Turkey")) && !strcmp(e->country, "TR"));
    CHECK((e = ent(d, "United States")) && e->nmentions == 2 && !strcmp(e->country, "US"));
    CHECK((e = ent(d, "Ukrainian")) && e->type == NG_ENT_MISC && !strcmp(e->country, "UA"));
    ng_doc_free(d);

    /* the same names in a US context */
    d = run("Storms hit [LOC Atlanta], [LOC Georgia], and [LOC Savannah] on Monday, and "
            "[LOC Seattle] in [LOC Washington] state braced for rain.");
    CHECK(d != NULL);
    if (d) {
        CHECK((e = ent(d, "Georgia")) && !strcmp(e->country, "US") && e->place == NG_PLACE_ADMIN1);
        CHECK((e = ent(d, "Washington")) && !strcmp(e->country, "US") && e->place == NG_PLACE_ADMIN1);
        ng_doc_free(d);
    }
}

static int linked(const ng_doc *d, const char *name, const char *cc, int place)
{
    const ng_entity *e = ent(d, name);
    if (!e)
        return 0;
    if (strcmp(e->country, cc) != 0 || e->place != place) {
        fprintf(stderr, "%s: country \"%s\" place %d\n", name, e->country, e->place);
        return 0;
    }
    return 1;
}

static void test_place_rules(void)
{
    ng_doc *d = run("The [LOC US] team arrived in [LOC Athens] for the games, then flew to [LOC Tokyo] and "
                    "[LOC Philadelphia]. [LOC Mexico] sent observers. Shares in [LOC Nokia] rose, "
                    "[LOC Douglas] said. Fans in [LOC Paris], [LOC Texas], cheered, as did "
                    "[LOC California] and the [LOC South East]. [MISC Lord of the Rings] won.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(linked(d, "Athens", "GR", NG_PLACE_CITY));     /* the capital, not Athens, Georgia */
    CHECK(linked(d, "Tokyo", "JP", NG_PLACE_CITY));      /* the city, not the prefecture */
    CHECK(linked(d, "Philadelphia", "US", NG_PLACE_CITY)); /* not Amman's old name */
    CHECK(linked(d, "Mexico", "MX", NG_PLACE_COUNTRY));  /* the country, not Mexico City */
    CHECK(linked(d, "Nokia", "", NG_PLACE_NONE));        /* a town in Finland, unmentioned */
    CHECK(linked(d, "Douglas", "", NG_PLACE_NONE));      /* a first name */
    CHECK(linked(d, "Paris", "US", NG_PLACE_CITY));      /* "Paris, Texas" */
    CHECK(linked(d, "Texas", "US", NG_PLACE_ADMIN1));
    CHECK(linked(d, "California", "US", NG_PLACE_ADMIN1));
    CHECK(linked(d, "South East", "", NG_PLACE_NONE));
    CHECK(ent(d, "Lord of the Rings") != NULL);
    ng_doc_free(d);

    /* the outlet's or the URL's country is context too */
    const char *brighton = "The party met in [LOC Brighton] on Sunday.";
    d = run(brighton);
    CHECK(d && linked(d, "Brighton", "", NG_PLACE_NONE));
    ng_doc_free(d);
    d = run_meta(brighton, NG_FIELD_OUTLET, "BBC News");
    CHECK(d && linked(d, "Brighton", "GB", NG_PLACE_CITY));
    ng_doc_free(d);
    d = run_meta(brighton, NG_FIELD_URL, "https://www.example.co.uk/politics/1");
    CHECK(d && linked(d, "Brighton", "GB", NG_PLACE_CITY));
    ng_doc_free(d);
    /* datelines the tagger missed */
    d = run("KYIV, [LOC Ukraine] (Reuters) - Officials met.\nLONDON \xe2\x80\x94 Prices rose.");
    CHECK(d != NULL);
    if (d) {
        CHECK(linked(d, "Kyiv", "UA", NG_PLACE_CITY));
        CHECK(linked(d, "London", "GB", NG_PLACE_CITY));
        ng_doc_free(d);
    }
    /* a surname the tagger called a place */
    d = run("[PER George Bush] flew home. [LOC Bush] said the talks went well.");
    CHECK(d != NULL);
    if (d) {
        const ng_entity *e = ent(d, "George Bush");
        CHECK(e && e->nmentions == 2 && e->type == NG_ENT_PER);
        ng_doc_free(d);
    }
    /* no gazetteer: names, mentions and roles still work */
    struct ng_gazetteer *g = eng->gaz;
    eng->gaz = NULL;
    d = run("[LOC US] President [PER Donald Trump] met [LOC Kyiv] officials. [PER Trump] left.");
    eng->gaz = g;
    CHECK(d != NULL);
    if (d) {
        const ng_entity *e = ent(d, "Donald Trump");
        CHECK(e && e->nmentions == 2 && e->role && !strcmp(e->role, "US President"));
        CHECK((e = ent(d, "Kyiv")) && e->geonames == 0 && e->type == NG_ENT_LOC);
        ng_doc_free(d);
    }
}

static void test_orgs(void)
{
    ng_doc *d = run("The [ORG North Atlantic Treaty Organization] ([ORG NATO]) met. According to "
                    "[ORG Reuters], [ORG NATO]\xe2\x80\x99s plan is set, [ORG Wall Street Journal] "
                    "reported, and [PER Bloomberg] said so too, as did the [LOC White House]. The London-based group "
                    "[ORG Policy Lab] agreed. The [ORG Federal Office for Migration] ([ORG FOM]) "
                    "and the [ORG FOM] chief spoke.");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_entity *e;
    CHECK((e = ent(d, "North Atlantic Treaty Organization")) && e->nmentions == 3 && e->type == NG_ENT_ORG);
    CHECK((e = ent(d, "Reuters")) && e->type == NG_ENT_ORG && !strcmp(e->country, "GB"));
    CHECK((e = ent(d, "The Wall Street Journal")) && e->type == NG_ENT_ORG && !strcmp(e->country, "US"));
    CHECK((e = ent(d, "Bloomberg")) && e->type == NG_ENT_ORG);
    CHECK((e = ent(d, "White House")) && e->type == NG_ENT_ORG && e->geonames == 0);
    CHECK((e = ent(d, "Policy Lab")) && !strcmp(e->country, "GB"));
    CHECK((e = ent(d, "Federal Office for Migration")) && e->nmentions == 3);
    ng_doc_free(d);

    /* organisations named again by a noun */
    d = run("[ORG Volkswagen] cut its forecast on Monday. The German carmaker said demand was weak, "
            "[ORG Reuters] reported. The company expects a recovery, and the company\xe2\x80\x99s chief agreed.");
    CHECK(d != NULL);
    if (d) {
        const ng_entity *vw = ent(d, "Volkswagen");
        CHECK(vw && vw->nnominals == 2);
        if (vw && vw->nnominals == 2) {
            const ng_roleref *a = &d->rolerefs.v[vw->nominals[0]], *b = &d->rolerefs.v[vw->nominals[1]];
            CHECK(!strncmp(d->text + a->start, "The German carmaker", a->end - a->start) &&
                  a->end - a->start == 19);
            CHECK(!strncmp(d->text + b->start, "The company", b->end - b->start) && b->end - b->start == 11);
        }
        ng_doc_free(d);
    }

    /* only abbreviations in the text: the gazetteer's full names */
    d = run("[ORG EU] and [LOC US] officials met [PER Sony DVD] staff. [ORG Sony] and [ORG DVD] makers, "
            "[PER Fish] said.");
    CHECK(d != NULL);
    if (d) {
        CHECK((e = ent(d, "European Union")) && e->type == NG_ENT_ORG);
        CHECK((e = ent(d, "United States")) && e->place == NG_PLACE_COUNTRY);
        CHECK((e = ent(d, "Sony DVD")) && e->nmentions == 1); /* not "Sony" nor "DVD" */
        ng_doc_free(d);
    }

    /* a short form without the words that say what kind of body it is */
    d = run("[ORG Harbour Watch International] wrote to the mayor. [ORG Harbour Watch] said the "
            "[ORG Ferry Party] would lose votes; the [ORG Ferry] line did not reply. "
            "[ORG Lund Holdings Ltd] agreed with [ORG Lund].");
    CHECK(d != NULL);
    if (d) {
        CHECK((e = ent(d, "Harbour Watch International")) && e->nmentions == 2);
        CHECK((e = ent(d, "Ferry Party")) && e->nmentions == 2);
        CHECK((e = ent(d, "Lund Holdings Ltd")) && e->nmentions == 2); /* words stripped one by one */
        ng_doc_free(d);
    }
    /* not a part of the name other than such words ("Sony DVD" stays apart, above) */
    d = run("[ORG Harbour Watch Europe] met [ORG Harbour Watch] staff.");
    CHECK(d != NULL);
    if (d) {
        CHECK((e = ent(d, "Harbour Watch Europe")) && e->nmentions == 1);
        ng_doc_free(d);
    }
    CHECK(ng__ent_body_word("international", 13) && ng__ent_body_word("plc", 3));
    CHECK(!ng__ent_body_word("europe", 6) && !ng__ent_body_word("internationals", 14));

    /* a geographic feature's name the tagger calls an organisation is a
     * place; not a body named after one, nor another type */
    d = run("Ferries cross the [ORG Gulf of Lundholm] and the [ORG Varna Sea]. The [ORG University of the Lakes "
            "and Islands] and the novel [MISC Small Island] were praised.");
    CHECK(d != NULL);
    if (d) {
        CHECK((e = ent(d, "Gulf of Lundholm")) && e->type == NG_ENT_LOC);
        CHECK((e = ent(d, "Varna Sea")) && e->type == NG_ENT_LOC);
        CHECK((e = ent(d, "University of the Lakes and Islands")) && e->type == NG_ENT_ORG);
        CHECK((e = ent(d, "Small Island")) && e->type == NG_ENT_MISC);
        ng_doc_free(d);
    }
    /* three words or more that end in an organisation's word are a body,
     * even after a first name */
    d = run("[PER James Tom Berg Foundation] thanked [PER James Berg].");
    CHECK(d != NULL);
    if (d) {
        CHECK((e = ent(d, "James Tom Berg Foundation")) && e->type == NG_ENT_ORG);
        CHECK((e = ent(d, "James Berg")) && e->type == NG_ENT_PER);
        ng_doc_free(d);
    }
    /* a name right after an honorific is a person's, whatever the tagger
     * said; not a role, a function word or an all-capitals "DR" */
    d = run("Lord [LOC Lundholm] met Mr [ORG Vance] and Lord [ORG Chief Justice] in DR [LOC Congo].");
    CHECK(d != NULL);
    if (d) {
        CHECK((e = ent(d, "Lundholm")) && e->type == NG_ENT_PER);
        CHECK((e = ent(d, "Vance")) && e->type == NG_ENT_PER);
        CHECK((e = ent(d, "Chief Justice")) && e->type == NG_ENT_ORG);
        CHECK((e = ent(d, "Congo")) && e->type == NG_ENT_LOC);
        ng_doc_free(d);
    }
    /* a month before its day is no name (the wire's dateline "SALVADOR, Feb
     * 26 -", which the tagger reads as an organisation); "May" alone can be */
    d = run("[LOC TALLINN], [ORG Feb] 26 - [PER Ann May] met [PER May] on Monday.");
    CHECK(d != NULL);
    if (d) {
        CHECK(ent(d, "Feb") == NULL);
        CHECK((e = ent(d, "Ann May")) != NULL);
        ng_doc_free(d);
    }
    /* the wire's dateline names a place, with a state's abbreviation too */
    d = run("[PER LUNDHOLM], March 3 - The harbour board met.\n[PER OAK HAVEN], Ill., March 4 - [PER Ann Berg] spoke.");
    CHECK(d != NULL);
    if (d) {
        CHECK((e = ent(d, "LUNDHOLM")) && e->type == NG_ENT_LOC);
        CHECK((e = ent(d, "OAK HAVEN")) && e->type == NG_ENT_LOC);
        CHECK((e = ent(d, "Ann Berg")) && e->type == NG_ENT_PER);
        ng_doc_free(d);
    }
    CHECK(ng__ent_place_name("gulf of gdansk", 14) && ng__ent_place_name("baltic sea", 10));
    CHECK(!ng__ent_place_name("gulf", 4) && !ng__ent_place_name("sea of", 6));
}

static void test_json(void)
{
    ng_doc *d = run("[PER Ms Jane Okafor], the bank\xe2\x80\x99s chief economist, said prices rose in "
                    "[LOC Paris]. [PER Okafor] spoke in [LOC Lyon].");
    CHECK(d != NULL);
    if (!d)
        return;
    const ng_entity *e = ent(d, "Jane Okafor");
    CHECK(e && e->gender == NG_GENDER_FEMALE);
    CHECK_EQ_STR(role_of(d, "Jane Okafor"), "bank\xe2\x80\x99s chief economist");
    char *js;
    size_t len;
    CHECK(ng_doc_to_json(d, &js, &len) == 0);
    if (js) {
        CHECK(strstr(js, "\"entities\":[{\"id\":\"E1\",\"type\":\"PER\",\"name\":\"Jane Okafor\","
                         "\"mentions\":[[3,14],[73,79]],\"role\":\"bank\xe2\x80\x99s chief economist\",\"gender\":\"female\",\"nominals\":[[16,44]]}") != NULL);
        CHECK(strstr(js, "\"name\":\"Paris\",\"mentions\":[[66,71]],\"country\":\"FR\",\"place\":\"city\","
                         "\"geonames\":2988507,\"lat\":48.85341,\"lon\":2.3488,\"admin1\":\"\xc3\x8ele-de-France\"") != NULL);
        if (t_fail)
            fprintf(stderr, "%s\n", js);
        ng_free(js);
    }
    ng_doc_free(d);
}

/* ---- the whole pipeline, with the default tagger model ---- */

/* An article written for this test in the style of the seed articles (not
 * their text): the entities the issue lists must come out right. */
static const char *const golden_text =
    "THE HAGUE \xe2\x80\x94 NATO Secretary General Mark Rutte said on Tuesday that the alliance would "
    "keep backing Ukraine through the winter, ahead of a two-day summit in The Hague. Addressing "
    "an audience at the London-based think tank Chatham House, Rutte said Kyiv\xe2\x80\x99s path toward "
    "membership could not be reversed. He urged US President Donald Trump to press Russia harder.\n"
    "According to Reuters, several allies, among them Hungary and Turkey, want a slower timetable. "
    "The BBC reported that Russian President Vladimir Putin has demanded guarantees that Georgia "
    "and Moldova will never join. Trump, who met Rutte in Washington last month, told The Wall "
    "Street Journal that he wanted a deal.\n"
    "Bloomberg said the NATO chief would also raise the help that North Korea, Iran, China and "
    "Belarus give Moscow. Former U.S. President Joe Biden backed the pledge in 2024.";

static void expect(const ng_doc *d, const char *name, int type, const char *country, int64_t geonames)
{
    const ng_entity *e = ent(d, name);
    CHECK(e != NULL);
    if (!e)
        return;
    if (e->type != type || strcmp(e->country, country) != 0 || (geonames && e->geonames != geonames))
        fprintf(stderr, "%s: type %d country \"%s\" geonames %lld\n", name, e->type, e->country,
                (long long)e->geonames);
    CHECK_EQ_INT(e->type, type);
    CHECK_EQ_STR(e->country, country);
    if (geonames)
        CHECK_EQ_INT(e->geonames, geonames);
}

static void test_pipeline(void)
{
    ng_error err;
    ng_engine_options o = {.data_dir = NG_DATA_DIR};
    ng_engine *e = NULL;
    if (ng_engine_open(&o, &e, &err) != 0 || !e->ner) {
        fprintf(stderr, "no default model: %s\n", err.msg);
        CHECK(0);
        ng_engine_close(e);
        return;
    }
    ng_doc *d = NULL;
    CHECK_EQ_INT(ng_doc_new(&d), 0);
    CHECK_EQ_INT(ng_doc_set_text(d, golden_text, strlen(golden_text)), 0);
    CHECK_EQ_INT(ng_process(e, d), 0);
    expect(d, "Mark Rutte", NG_ENT_PER, "", 0);
    expect(d, "Donald Trump", NG_ENT_PER, "US", 0);
    expect(d, "Vladimir Putin", NG_ENT_PER, "RU", 0);
    expect(d, "Joe Biden", NG_ENT_PER, "US", 0);
    CHECK_EQ_STR(role_of(d, "Mark Rutte"), "NATO Secretary General");
    CHECK_EQ_STR(role_of(d, "Donald Trump"), "US President");
    CHECK_EQ_STR(role_of(d, "Vladimir Putin"), "Russian President");
    CHECK_EQ_STR(role_of(d, "Joe Biden"), "Former U.S. President");
    const ng_entity *r = ent(d, "Mark Rutte");
    CHECK(r && r->nmentions == 3 && r->nnominals == 1 && r->gender == NG_GENDER_MALE);
    const ng_entity *t = ent(d, "Donald Trump");
    CHECK(t && t->nmentions == 2);
    expect(d, "NATO", NG_ENT_ORG, "", 0);
    expect(d, "Reuters", NG_ENT_ORG, "GB", 0);
    expect(d, "BBC", NG_ENT_ORG, "GB", 0);
    expect(d, "The Wall Street Journal", NG_ENT_ORG, "US", 0);
    expect(d, "Bloomberg", NG_ENT_ORG, "US", 0);
    expect(d, "Chatham House", NG_ENT_ORG, "GB", 0);
    expect(d, "The Hague", NG_ENT_LOC, "NL", 2747373);
    expect(d, "Ukraine", NG_ENT_LOC, "UA", 690791);
    expect(d, "Kyiv", NG_ENT_LOC, "UA", 703448);
    expect(d, "Russia", NG_ENT_LOC, "RU", 2017370);
    expect(d, "Moscow", NG_ENT_LOC, "RU", 524901);
    expect(d, "Hungary", NG_ENT_LOC, "HU", 719819);
    expect(d, "Turkey", NG_ENT_LOC, "TR", 298795);
    expect(d, "Georgia", NG_ENT_LOC, "GE", 614540);
    expect(d, "Moldova", NG_ENT_LOC, "MD", 617790);
    expect(d, "London", NG_ENT_LOC, "GB", 2643743);
    expect(d, "Washington", NG_ENT_LOC, "US", 4140963);
    expect(d, "North Korea", NG_ENT_LOC, "KP", 1873107);
    expect(d, "Iran", NG_ENT_LOC, "IR", 130758);
    expect(d, "China", NG_ENT_LOC, "CN", 1814991);
    expect(d, "Belarus", NG_ENT_LOC, "BY", 630336);
    const ng_entity *h = ent(d, "The Hague");
    CHECK(h && h->nmentions == 2); /* the dateline too */
    if (t_fail)
        dump(d);
    ng_doc_free(d);
    ng_engine_close(e);
}

/* ---- the gazetteer file ---- */

static int parse_err(const char *data, ng_error *err)
{
    struct ng_gazetteer *g = NULL;
    memset(err, 0, sizeof *err);
    int rc = ng__gazetteer_parse(data, strlen(data), "t.tsv", &g, err);
    ng__gazetteer_free(g);
    return rc;
}

static void test_gazetteer_file(void)
{
    ng_error err;
    const char *good = "#newsgraph-gazetteer\t1\n# c\nC\tFR\t3017382\t66987244\tEU\tBE,DE\tFrance\n"
                       "A\tFR\t11\t3012874\tÎle-de-France\n"
                       "P\t2988507\tFR\t11\t2138551\t48.85341\t2.3488\tPPLC\tParis\tParis City\n"
                       "D\tFR\tFrench\nR\t-\tEurope\nO\toutlet\tFR\tLe Monde\n";
    CHECK_EQ_INT(parse_err(good, &err), 0);
    struct ng_gazetteer *g = NULL;
    if (ng__gazetteer_parse(good, strlen(good), "t", &g, &err) == 0) {
        const ng_gaz_ref *r = ng__gaz_lookup(g, "paris city", 10);
        CHECK(r && r->kind == NG_GAZREF_PLACE && !strcmp(g->places[r->idx].admin1, "Île-de-France"));
        ng__gazetteer_free(g);
    }
    CHECK_EQ_INT(parse_err("", &err), NG_EPARSE);
    CHECK_EQ_INT(parse_err("#newsgraph-gazetteer\t2\n", &err), NG_EPARSE);
    CHECK(strstr(err.msg, "version") != NULL);
    CHECK_EQ_INT(parse_err("#newsgraph-gazetteer\t1\nC\tFR\t1\t2\n", &err), NG_EPARSE);
    CHECK_EQ_INT(err.line, 2);
    CHECK_EQ_INT(err.offset, 23);
    CHECK(strstr(err.msg, "t.tsv") && strstr(err.msg, "line 2"));
    CHECK_EQ_INT(parse_err("#newsgraph-gazetteer\t1\n\nP\t1\tFR\t-\t5\t91.0\t2\tPPL\tX\n", &err), NG_EPARSE);
    CHECK_EQ_INT(err.line, 3);
    CHECK(strstr(err.msg, "latitude") != NULL);
    CHECK_EQ_INT(parse_err("#newsgraph-gazetteer\t1\nD\tfr\tFrench\n", &err), NG_EPARSE);
    CHECK_EQ_INT(parse_err("#newsgraph-gazetteer\t1\nX\tfoo\n", &err), NG_EPARSE);
    CHECK_EQ_INT(parse_err("#newsgraph-gazetteer\t1\nD\tFR\tFr\xff\n", &err), NG_EPARSE);
    CHECK_EQ_INT(err.offset, 30);
    CHECK_EQ_INT(err.line, 2);

    /* the engine: a missing file is no gazetteer, a corrupt one an error */
    char dir[] = "/tmp/ng_gazXXXXXX";
    if (!mkdtemp(dir))
        return;
    ng_engine_options o = {.data_dir = dir};
    ng_engine *e2 = NULL;
    CHECK_EQ_INT(ng_engine_open(&o, &e2, &err), 0);
    CHECK(e2 && e2->gaz == NULL);
    ng_engine_close(e2);
    char path[256];
    snprintf(path, sizeof path, "%s/gazetteer.tsv", dir);
    FILE *f = fopen(path, "w");
    if (f) {
        fputs("#newsgraph-gazetteer\t1\nC\tFR\tx\n", f);
        fclose(f);
        memset(&err, 0, sizeof err);
        e2 = NULL;
        CHECK_EQ_INT(ng_engine_open(&o, &e2, &err), NG_EPARSE);
        CHECK(e2 == NULL && strstr(err.msg, path) != NULL);
        remove(path);
    }
    rmdir(dir);
}

int main(void)
{
    ng_error err;
    ng_engine_options o = {.data_dir = NG_DATA_DIR, .flags = NG_ENGINE_NO_MODELS};
    if (ng_engine_open(&o, &eng, &err) || ng__gazetteer_load(eng, &err) || !eng->gaz) {
        fprintf(stderr, "cannot load the gazetteer from %s: %s\n", NG_DATA_DIR, err.msg);
        return 1;
    }
    test_lex();
    test_people();
    test_person_tail();
    test_known_and();
    test_roles();
    test_places();
    test_orgs();
    test_place_rules();
    test_json();
    test_gazetteer_file();
    test_pipeline();
    ng_engine_close(eng);
    TEST_MAIN_END();
}
