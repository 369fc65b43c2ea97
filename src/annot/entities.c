/*
 * entities.c -- from the tagger's name mentions to the record's entities.
 *
 * ng__entities_resolve() reads doc->mentions (filled by the tagger, ner.c)
 * and the tokens, and fills doc->entities and doc->rolerefs:
 *   1. each mention is trimmed (possessives, honorifics, role words the
 *      tagger swallowed, "-based" suffixes) and keyed (ng__gaz_key);
 *   2. the gazetteer says what each key can be: a place (country, region,
 *      city), a demonym, a known organisation; types are corrected (outlets
 *      are ORG; capitals called ORG keep their place link);
 *   3. places are chosen among same-named candidates by kind, population,
 *      capital status and the countries the rest of the article mentions;
 *   4. mentions are clustered: full person names, then surnames and first
 *      names to the nearest full name, organisations by key or gazetteer
 *      entry, acronyms to their expansion, places by GeoNames id;
 *   5. persons get roles (premodifiers, appositions, "was U.S. president"),
 *      a country from their role, and a gender (honorifics, first names,
 *      role words, pronouns);
 *   6. nominal references ("the NATO chief") become doc->rolerefs linked to
 *      the person whose role they match.
 * Everything is per document, in its arena, and linear in the number of
 * tokens and mentions (persons are matched against the few person clusters).
 */
#include "entities_lex.h"
#include "gazetteer.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define KEYCAP NG_GAZ_KEY_MAX

typedef struct minfo {
    uint32_t start, end;   /* trimmed byte span */
    uint32_t t0, t1;       /* trimmed token range [t0, t1) */
    const char *key;       /* ng__gaz_key of the trimmed text, without a leading "the " */
    uint32_t klen;
    const char *fullkey;   /* with it */
    uint32_t fklen;
    const char *first, *last; /* keys of the first and last token (persons) */
    uint32_t flen, llen;
    uint8_t type;          /* tagger type, corrected */
    uint8_t skip;          /* overlaps an earlier mention: not resolved */
    uint8_t gender;        /* from an honorific */
    uint8_t allcaps;
    int32_t org;           /* gazetteer organisation, or -1 */
    int32_t demonym;       /* country code of a demonym, or -1 */
    int32_t place;         /* chosen gazetteer place, or -1 */
    const ng_gaz_ref *cands; /* gazetteer candidates of the key */
    int32_t cluster;
    uint32_t role_t0, role_t1; /* role words the tagger put inside the name */
    int16_t ctx_cc;        /* the country this name added to the context, or -1 */
    uint8_t ctx_sub;       /* ... as a sub-national place */
} minfo;

typedef struct cluster {
    int32_t parent;        /* union-find */
    uint8_t type;
    int32_t place, org, demonym;
    uint32_t votes[5];
    int32_t entity;
    /* persons */
    int role_prio;
    uint32_t role_t0, role_t1;
    int32_t role_qual[4];  /* clusters named in the role ("NATO") */
    int nrole_qual;
    char country[3];
    unsigned gender_hon, gender_name, gender_role;
    int home_cc;           /* "Britain's Kathy Butler", "Gordon Bullock of Scotland": -1 none */
    int pron_m, pron_f;
} cluster;

typedef struct res {
    const ng_engine *e;
    const struct ng_gazetteer *g;
    ng_doc *d;
    minfo *m;
    size_t n;
    cluster *c;
    size_t nc, capc;
    int32_t *tok_mention;  /* token -> mention covering it, or -1 */
    float *ctx;            /* 676 country weights: the article's country context */
    float *ctx_sub;        /* 676: sub-national places seen per country */
    int32_t *roled;        /* persons with a role (at most 64), for nominal references */
    size_t nroled;
    /* cluster key map */
    struct ckey { uint64_t h; const char *k; uint32_t len; int32_t c; } *map;
    uint32_t nmap;
} res;

/* ---- small helpers ---- */

static const char *ttext(const ng_doc *d, uint32_t t, uint32_t *len)
{
    *len = d->tokens.v[t].end - d->tokens.v[t].start;
    return d->text + d->tokens.v[t].start;
}

static size_t tkey(const ng_doc *d, uint32_t t, char *out)
{
    uint32_t l;
    const char *s = ttext(d, t, &l);
    return ng__gaz_key(s, l, out, KEYCAP);
}

static int tok_is(const ng_doc *d, uint32_t t, const char *w)
{
    uint32_t l;
    const char *s = ttext(d, t, &l);
    return l == strlen(w) && memcmp(s, w, l) == 0;
}

static int tok_is_ci(const ng_doc *d, uint32_t t, const char *w)
{
    uint32_t l;
    const char *s = ttext(d, t, &l);
    if (l != strlen(w))
        return 0;
    for (uint32_t i = 0; i < l; i++)
        if ((s[i] | 0x20) != w[i])
            return 0;
    return 1;
}

static unsigned tok_role(const ng_doc *d, uint32_t t)
{
    char k[KEYCAP];
    size_t n = tkey(d, t, k);
    return n ? ng__lex_role(k, n) : 0;
}

static const ng_gaz_ref *next_ref(const struct ng_gazetteer *g, const ng_gaz_ref *r)
{
    return r->next == UINT32_MAX ? NULL : &g->refs[r->next];
}

static const ng_gaz_ref *gaz_find(const struct ng_gazetteer *g, const char *key, size_t n)
{
    if (!g || !n)
        return NULL;
    const ng_gaz_ref *r = ng__gaz_lookup(g, key, n);
    if (!r && n > 4 && memcmp(key, "the ", 4) == 0)
        r = ng__gaz_lookup(g, key + 4, n - 4);
    return r;
}

/* The country code a token names as a country or demonym ("US", "Russian"), or -1. */
static int tok_country(const res *r, uint32_t t)
{
    if (!r->g || !(r->d->tokens.v[t].flags & (NG_TF_CAP | NG_TF_ALLCAP)))
        return -1;
    char k[KEYCAP];
    size_t n = tkey(r->d, t, k);
    for (const ng_gaz_ref *x = gaz_find(r->g, k, n); x; x = next_ref(r->g, x)) {
        if (x->kind == NG_GAZREF_DEMONYM)
            return (int)x->idx;
        if (x->kind == NG_GAZREF_PLACE && r->g->places[x->idx].kind == NG_GAZ_COUNTRY)
            return ng__gaz_cc_code(r->g->places[x->idx].cc);
    }
    return -1;
}

static int32_t find_root(res *r, int32_t c)
{
    while (r->c[c].parent != c) {
        r->c[c].parent = r->c[r->c[c].parent].parent;
        c = r->c[c].parent;
    }
    return c;
}

static int new_cluster(res *r, uint8_t type, int32_t *out)
{
    if (r->nc == r->capc) {
        size_t cap = r->capc ? r->capc * 2 : 16;
        cluster *c = ng__arena_alloc(&r->d->arena, cap * sizeof *c);
        if (!c)
            return NG_ENOMEM;
        if (r->nc)
            memcpy(c, r->c, r->nc * sizeof *c);
        r->c = c;
        r->capc = cap;
    }
    cluster *c = &r->c[r->nc];
    memset(c, 0, sizeof *c);
    c->parent = (int32_t)r->nc;
    c->type = type;
    c->place = c->org = c->demonym = -1;
    c->entity = -1;
    c->home_cc = -1;
    *out = (int32_t)r->nc++;
    return 0;
}

/* The map slot of a (kind, key) pair: its cluster, or an empty slot to fill. */
static struct ckey *map_slot(res *r, char kind, const char *key, size_t len, char *buf, size_t *blen,
                             uint64_t *hash)
{
    if (len > KEYCAP)
        len = KEYCAP;
    buf[0] = kind;
    memcpy(buf + 1, key, len);
    len++;
    uint64_t h = ng__hash(buf, len);
    uint32_t mask = r->nmap - 1;
    *blen = len;
    *hash = h;
    for (uint32_t i = (uint32_t)h & mask;; i = (i + 1) & mask) {
        struct ckey *s = &r->map[i];
        if (!s->k || (s->h == h && s->len == len && memcmp(s->k, buf, len) == 0))
            return s;
    }
}

/* Maps (kind, key) to v; an earlier value is kept, or with replace
 * overwritten.  Returns 0 or NG_ENOMEM. */
static int map_store(res *r, char kind, const char *key, size_t len, int32_t v, int replace)
{
    char buf[KEYCAP + 2];
    size_t bl;
    uint64_t h;
    struct ckey *s = map_slot(r, kind, key, len, buf, &bl, &h);
    if (!s->k) {
        char *k = ng__arena_strndup(&r->d->arena, buf, bl);
        if (!k)
            return NG_ENOMEM;
        *s = (struct ckey){h, k, (uint32_t)bl, v};
    } else if (replace)
        s->c = v;
    return 0;
}

/* Maps (kind, key) to cluster c unless it is mapped already. */
static int map_put(res *r, char kind, const char *key, size_t len, int32_t c)
{
    return map_store(r, kind, key, len, c, 0);
}

/* Maps (kind, key) to v, replacing an earlier value. */
static int map_set(res *r, char kind, const char *key, size_t len, int32_t v)
{
    return map_store(r, kind, key, len, v, 1);
}

/* The cluster of a (kind, key) pair, created on first use. */
static int keyed_cluster(res *r, char kind, const char *key, size_t len, uint8_t type, int32_t *out)
{
    char buf[KEYCAP + 2];
    size_t bl;
    uint64_t h;
    struct ckey *s = map_slot(r, kind, key, len, buf, &bl, &h);
    if (s->k) {
        *out = s->c;
        return 0;
    }
    char *k = ng__arena_strndup(&r->d->arena, buf, bl);
    if (!k)
        return NG_ENOMEM;
    int rc = new_cluster(r, type, out);
    if (rc)
        return rc;
    *s = (struct ckey){h, k, (uint32_t)bl, *out};
    return 0;
}

/* The cluster of a (kind, key) pair, or -1. */
static int32_t map_find(const res *r, char kind, const char *key, size_t len)
{
    char buf[KEYCAP + 2];
    if (len > KEYCAP || !r->nmap)
        return -1;
    buf[0] = kind;
    memcpy(buf + 1, key, len);
    len++;
    uint64_t h = ng__hash(buf, len);
    uint32_t mask = r->nmap - 1;
    for (uint32_t i = (uint32_t)h & mask;; i = (i + 1) & mask) {
        const struct ckey *s = &r->map[i];
        if (!s->k)
            return -1;
        if (s->h == h && s->len == len && memcmp(s->k, buf, len) == 0)
            return s->c;
    }
}

/* ---- 1. trimming and keys ---- */

static const char *const based_suffixes[] = {"based", "born", "led", "backed", "owned", "made",
                                             "funded", "run", "controlled", "allied", "bred",
                                             "headquartered", "linked", "aligned", "friendly"};

/* Byte length of the place name in a "London-based" style word, or 0. */
static size_t based_prefix(const char *s, size_t n)
{
    const char *dash = NULL;
    for (size_t i = n; i > 0; i--)
        if (s[i - 1] == '-') {
            dash = s + i - 1;
            break;
        }
    if (!dash || dash == s)
        return 0;
    size_t sl = n - (size_t)(dash + 1 - s);
    for (size_t i = 0; i < NG_ARRAY_LEN(based_suffixes); i++)
        if (strlen(based_suffixes[i]) == sl && memcmp(dash + 1, based_suffixes[i], sl) == 0)
            return (size_t)(dash - s);
    return 0;
}

/* First token starting at or after byte b. */
static uint32_t tok_at(const ng_doc *d, uint32_t b)
{
    size_t lo = 0, hi = d->tokens.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->tokens.v[mid].start < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (uint32_t)lo;
}

static char *arena_key(ng_arena *a, const char *s, size_t n, uint32_t *len)
{
    char k[KEYCAP];
    size_t l = ng__gaz_key(s, n, k, KEYCAP);
    *len = (uint32_t)l;
    return ng__arena_strndup(a, k, l);
}

static int in_list(const char *const *list, size_t n, const char *k, size_t kl)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(list[i]) == kl && !memcmp(list[i], k, kl))
            return 1;
    return 0;
}

/* Last words of organisation names ("Chatham House", "Brookings Institution"). */
static const char *const org_heads[] = {
    "house", "institute", "institution", "foundation", "council", "center", "centre", "group",
    "bank", "university", "college", "party", "ministry", "agency", "association", "fund",
    "committee", "commission", "corporation", "corp", "inc", "ltd", "llc", "plc", "company",
    "times", "news", "journal", "herald", "tribune", "gazette", "network", "club", "federation",
    "forum", "society", "trust", "school", "hospital", "airlines", "airways", "motors",
    "holdings", "partners", "department", "office", "parliament", "assembly", "authority",
    "organization", "organisation", "alliance", "movement", "brigade", "battalion", "union",
    "service", "services", "council", "court", "office"};
/* Common nouns that introduce an organisation's name ("think tank Chatham House"). */
static const char *const org_intro[] = {
    "tank", "company", "firm", "newspaper", "broadcaster", "agency", "outlet", "group", "bank",
    "airline", "carrier", "manufacturer", "maker", "startup", "lender", "insurer", "retailer",
    "publisher", "daily", "tabloid", "network", "organisation", "organization", "charity",
    "institute", "watchdog", "regulator", "party", "giant", "conglomerate", "magazine"};

/* Are tokens [t0, t1) a bare name: capitalised words, none a role word
 * ("Lord Chief Justice") or a function word ("Lord Of the Rings"), no
 * possessive ("Mister Rogers' Neighborhood")? */
static int name_words(const ng_doc *d, uint32_t t0, uint32_t t1)
{
    static const char *const fn[] = {"of", "the", "and", "for", "in", "on", "at", "to", "a"};
    for (uint32_t t = t0; t < t1; t++) {
        const ng_token *tk = &d->tokens.v[t];
        if (tk->kind != NG_TOK_WORD || !(tk->flags & NG_TF_CAP))
            return 0;
        char k[KEYCAP];
        size_t kl = tkey(d, t, k);
        if (!kl || (ng__lex_role(k, kl) & NG_LEX_HEAD) || in_list(fn, NG_ARRAY_LEN(fn), k, kl))
            return 0;
    }
    return 1;
}

/* Is token t a month's name or its abbreviation ("Feb", "Sept", "March")? */
static int month_word(const ng_doc *d, uint32_t t)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                                         "nov", "dec", "january", "february", "march", "april", "may", "june",
                                         "july", "august", "september", "october", "november", "december"};
    char k[KEYCAP];
    size_t kl = tkey(d, t, k);
    return kl && in_list(months, NG_ARRAY_LEN(months), k, kl);
}

/* Are tokens [t0, t1) words in capitals ("SAO PAULO", "ST. PAUL")? */
static int allcaps_words(const ng_doc *d, uint32_t t0, uint32_t t1)
{
    int words = 0;
    for (uint32_t t = t0; t < t1; t++) {
        const ng_token *tk = &d->tokens.v[t];
        if (tk->kind == NG_TOK_WORD) {
            if (!(tk->flags & NG_TF_ALLCAP))
                return 0;
            words++;
        }
    }
    return words > 0;
}

/* Does a dateline go on at token t: a comma, maybe a short capitalised
 * abbreviation with its period and comma ("Ill.,"), a month and a number? */
static int dateline_rest(const ng_doc *d, uint32_t t)
{
    size_t n = d->tokens.n;
    if (t >= n || d->tokens.v[t].kind != NG_TOK_PUNCT || d->text[d->tokens.v[t].start] != ',')
        return 0;
    t++;
    if (t < n && !month_word(d, t) && d->tokens.v[t].kind != NG_TOK_PUNCT && (d->tokens.v[t].flags & NG_TF_CAP) &&
        d->tokens.v[t].end - d->tokens.v[t].start <= 6) {
        t++;
        if (t < n && d->text[d->tokens.v[t].start] == '.' && d->tokens.v[t].kind == NG_TOK_PUNCT)
            t++;
        if (!(t < n && d->tokens.v[t].kind == NG_TOK_PUNCT && d->text[d->tokens.v[t].start] == ','))
            return 0;
        t++;
    }
    return t + 1 < n && month_word(d, t) && d->tokens.v[t + 1].kind == NG_TOK_NUMBER;
}

/* A person mention that names an organisation: the tagger's PER becomes ORG. */
static void person_or_org(res *r, minfo *m)
{
    const ng_doc *d = r->d;
    if (m->type != NG_ENT_PER || m->t1 <= m->t0 || m->gender || m->role_t1)
        return;
    /* (a first name opens a person's name, unless three words or more end
     * in an organisation's word: "the James Marshall Hendrix Foundation") */
    int first = ng__lex_first_name(m->first, m->flen) != 0;
    if (first && m->t1 < m->t0 + 3)
        return;
    if (m->t1 >= m->t0 + 2 && in_list(org_heads, NG_ARRAY_LEN(org_heads), m->last, m->llen)) {
        m->type = NG_ENT_ORG;
        return;
    }
    if (first)
        return;
    if (m->t0 > 0 && d->tokens.v[m->t0 - 1].sent == d->tokens.v[m->t0].sent &&
        !(d->tokens.v[m->t0 - 1].flags & NG_TF_CAP)) {
        char k[KEYCAP];
        size_t kl = tkey(d, m->t0 - 1, k);
        if (in_list(org_intro, NG_ARRAY_LEN(org_intro), k, kl))
            m->type = NG_ENT_ORG;
    }
}

static int prepare(res *r)
{
    ng_doc *d = r->d;
    uint32_t prev_end = 0;
    for (size_t i = 0; i < r->n; i++) {
        ng_mention *mm = &d->mentions.v[i];
        minfo *m = &r->m[i];
        memset(m, 0, sizeof *m);
        m->org = m->demonym = m->place = m->cluster = -1;
        m->type = mm->type;
        mm->entity = -1;
        if (mm->end > d->len || mm->start >= mm->end || (i && mm->start < prev_end) ||
            mm->type < NG_ENT_PER || mm->type > NG_ENT_MISC) {
            m->skip = 1;
            continue;
        }
        prev_end = mm->end;
        m->start = mm->start;
        m->end = mm->end;
        m->t0 = tok_at(d, mm->start);
        m->t1 = tok_at(d, mm->end);
        if (m->t1 > m->t0 + 1 && d->tokens.v[m->t1 - 1].end > mm->end)
            m->t1--; /* the last token runs past the mention (part of a word) */
        if (m->t1 < m->t0)
            m->t1 = m->t0;
        /* possessives and trailing punctuation */
        while (m->t1 > m->t0 + 1 && (d->tokens.v[m->t1 - 1].kind == NG_TOK_POSSESSIVE ||
                                      d->tokens.v[m->t1 - 1].kind == NG_TOK_PUNCT ||
                                      d->tokens.v[m->t1 - 1].kind == NG_TOK_QUOTE))
            m->t1--;
        /* honorifics and role words the tagger included ("Mr Rutte", "President Trump") */
        int hon = 0;
        while (m->t1 > m->t0 + 1) {
            char k[KEYCAP];
            size_t kl = tkey(d, m->t0, k);
            unsigned h = kl ? ng__lex_honorific(k, kl) : 0;
            if (h && (d->tokens.v[m->t0 + 1].flags & NG_TF_CAP)) { /* not "Lord of the Rings" */
                if (h & NG_LEX_MALE)
                    m->gender = NG_GENDER_MALE;
                else if (h & NG_LEX_FEMALE)
                    m->gender = NG_GENDER_FEMALE;
                m->t0++;
                hon = 1;
                continue;
            }
            if (m->type == NG_ENT_PER && kl && (ng__lex_role(k, kl) & (NG_LEX_HEAD | NG_LEX_MOD)) &&
                (d->tokens.v[m->t0].flags & NG_TF_CAP)) {
                if (!m->role_t1)
                    m->role_t0 = m->t0;
                m->role_t1 = m->t0 + 1;
                m->t0++;
                continue;
            }
            break;
        }
        /* a name after an honorific is a person's, whatever the tagger said
         * ("Lord Woolf" tagged a place, "Mr" outside the mention) */
        if (!hon && m->t0 > 0 && d->tokens.v[m->t0 - 1].sent == d->tokens.v[m->t0].sent &&
            (d->tokens.v[m->t0 - 1].flags & NG_TF_CAP) && !(d->tokens.v[m->t0 - 1].flags & NG_TF_ALLCAP) &&
            (d->tokens.v[m->t0].flags & NG_TF_CAP)) { /* (not "DR Congo") */
            char k[KEYCAP];
            size_t kl = tkey(d, m->t0 - 1, k);
            hon = kl && ng__lex_honorific(k, kl) != 0;
        }
        if (hon && (m->type == NG_ENT_LOC || m->type == NG_ENT_ORG) && m->t1 > m->t0 && m->t1 <= m->t0 + 3 &&
            name_words(d, m->t0, m->t1))
            m->type = NG_ENT_PER;
        /* the wire's dateline names a place: an all-capitals name opening a
         * paragraph before a comma, a state's abbreviation maybe, a month and
         * a day ("DENVER, March 3 -", "OAK BROOK, Ill., March 3 -": the
         * tagger reads such names as persons) */
        if (m->type != NG_ENT_LOC && (m->t0 == 0 || (d->tokens.v[m->t0].flags & NG_TF_PARA)) &&
            allcaps_words(d, m->t0, m->t1) && dateline_rest(d, m->t1))
            m->type = NG_ENT_LOC;
        /* a month before its day is a date, no name ("SALVADOR, Feb 26 -",
         * the wire's dateline, which the tagger reads as an organisation) */
        if (m->t1 == m->t0 + 1 && month_word(d, m->t0) && m->t1 < d->tokens.n &&
            d->tokens.v[m->t1].kind == NG_TOK_NUMBER && d->tokens.v[m->t1].sent == d->tokens.v[m->t0].sent) {
            m->skip = 1;
            continue;
        }
        if (m->t1 > m->t0) {
            m->start = d->tokens.v[m->t0].start > m->start ? d->tokens.v[m->t0].start : m->start;
            m->end = d->tokens.v[m->t1 - 1].end < m->end ? d->tokens.v[m->t1 - 1].end : m->end;
        }
        /* "London-based" -> "London" */
        if (m->t1 <= m->t0 + 1) {
            size_t p = based_prefix(d->text + m->start, m->end - m->start);
            if (p) {
                m->end = m->start + (uint32_t)p;
                if (m->type == NG_ENT_MISC)
                    m->type = NG_ENT_LOC; /* "California-based": a place */
            }
        }
        mm->start = m->start;
        mm->end = m->end;
        mm->tok = m->t0;
        mm->ntok = m->t1 > m->t0 ? m->t1 - m->t0 : 0;
        const char *s = d->text + m->start;
        size_t sl = m->end - m->start;
        m->allcaps = 1;
        for (size_t j = 0; j < sl; j++)
            if (s[j] >= 'a' && s[j] <= 'z')
                m->allcaps = 0;
        char *k = arena_key(&d->arena, s, sl, &m->klen);
        if (!k)
            return NG_ENOMEM;
        m->fullkey = k;
        m->fklen = m->klen;
        if (m->klen > 4 && memcmp(k, "the ", 4) == 0) {
            k += 4;
            m->klen -= 4;
        }
        m->key = k;
        if (!m->klen) {
            m->skip = 1;
            continue;
        }
        /* first and last word keys (person names) */
        const char *sp = memchr(k, ' ', m->klen);
        m->first = k;
        m->flen = sp ? (uint32_t)(sp - k) : m->klen;
        uint32_t j = m->klen;
        while (j > 0 && k[j - 1] != ' ')
            j--;
        m->last = k + j;
        m->llen = m->klen - j;
        person_or_org(r, m);
        for (uint32_t t = m->t0; t < m->t1 && t < d->tokens.n; t++)
            if (r->tok_mention[t] < 0)
                r->tok_mention[t] = (int32_t)i;
        /* what the gazetteer knows */
        m->cands = gaz_find(r->g, m->fullkey, m->fklen);
        for (const ng_gaz_ref *x = m->cands; x; x = next_ref(r->g, x)) {
            if (x->kind == NG_GAZREF_ORG && m->org < 0)
                m->org = (int32_t)x->idx;
            else if (x->kind == NG_GAZREF_DEMONYM && m->demonym < 0)
                m->demonym = (int32_t)x->idx;
        }
    }
    return 0;
}

/* ---- 2 and 3. types and places ---- */

static int has_place(const res *r, const minfo *m, int strong)
{
    for (const ng_gaz_ref *x = m->cands; x; x = next_ref(r->g, x)) {
        if (x->kind != NG_GAZREF_PLACE)
            continue;
        const ng_gaz_place *p = &r->g->places[x->idx];
        if (!strong || p->kind == NG_GAZ_COUNTRY || (p->flags & (NG_GAZ_CAPITAL | NG_GAZ_SEAT)) ||
            p->population >= 1000000)
            return 1;
    }
    return 0;
}

/* Is mention i a place?  Sets m->type to LOC when it is. */
static int wants_place(res *r, minfo *m)
{
    if (!r->g || !m->cands)
        return 0;
    if (m->org >= 0) {
        /* a known organisation whose name is only another name of a town
         * ("White House" for Casablanca) is the organisation */
        int primary = 0;
        for (const ng_gaz_ref *x = m->cands; x; x = next_ref(r->g, x))
            if (x->kind == NG_GAZREF_PLACE && !x->alt)
                primary = 1;
        if (!primary)
            return 0;
    }
    if (m->type == NG_ENT_LOC)
        return has_place(r, m, 0);
    if (m->org >= 0 || m->demonym >= 0)
        return 0;
    /* metonyms: "Moscow said", "Washington and Kyiv agreed" */
    return has_place(r, m, 1);
}

/* Adds the article's unambiguous places to the country context: each
 * distinct name counts once, for its country (and, when it is a region or a
 * town, as a sub-national place of it); demonyms count half. */
static int build_context(res *r, const uint8_t *isplace)
{
    for (size_t i = 0; i < r->n; i++) {
        minfo *m = &r->m[i];
        m->ctx_cc = -1;
        if (m->skip || (m->demonym < 0 && !isplace[i]))
            continue;
        char buf[KEYCAP + 2];
        size_t bl;
        uint64_t h;
        struct ckey *slot = map_slot(r, 'K', m->key, m->klen, buf, &bl, &h);
        if (slot->k) {
            /* this name was counted already: carry what it added */
            m->ctx_cc = r->m[slot->c].ctx_cc;
            m->ctx_sub = r->m[slot->c].ctx_sub;
            continue;
        }
        char *k = ng__arena_strndup(&r->d->arena, buf, bl);
        if (!k)
            return NG_ENOMEM;
        *slot = (struct ckey){h, k, (uint32_t)bl, (int32_t)i};
        if (m->demonym >= 0) {
            r->ctx[m->demonym] += 0.5f;
            continue;
        }
        int cc = -1, same = 1, country = -1, sub = 1;
        for (const ng_gaz_ref *x = m->cands; x; x = next_ref(r->g, x)) {
            if (x->kind != NG_GAZREF_PLACE)
                continue;
            const ng_gaz_place *p = &r->g->places[x->idx];
            int c = ng__gaz_cc_code(p->cc);
            if (p->kind == NG_GAZ_COUNTRY && country < 0)
                country = c;
            if (p->kind == NG_GAZ_COUNTRY || (p->flags & NG_GAZ_CAPITAL))
                sub = 0;
            if (cc < 0)
                cc = c;
            else if (c != cc)
                same = 0;
        }
        if (country >= 0) {
            r->ctx[country] += 1; /* a country's name means the country */
            m->ctx_cc = (int16_t)country;
        } else if (same && cc >= 0) {
            r->ctx[cc] += 1;
            m->ctx_cc = (int16_t)cc;
            if (sub) {
                r->ctx_sub[cc] += 1;
                m->ctx_sub = 1;
            }
        }
    }
    return 0;
}

/* The country code of a URL's country top-level domain ("bbc.co.uk" -> GB), or -1. */
static int url_country(const res *r, const char *url)
{
    const char *h = strstr(url, "://");
    h = h ? h + 3 : url;
    size_t n = strcspn(h, "/:?#");
    if (n < 4 || h[n - 3] != '.')
        return -1;
    char cc[3] = {(char)(h[n - 2] & ~0x20), (char)(h[n - 1] & ~0x20), 0};
    if (cc[0] == 'U' && cc[1] == 'K')
        cc[1] = 'B', cc[0] = 'G';
    int code = ng__gaz_cc_code(cc);
    return code >= 0 && r->g->countries[code].place != UINT32_MAX ? code : -1;
}

/* The article's home country, from its outlet (a known outlet's country) or
 * its URL's country domain: places of that country need no other mention
 * ("Brighton" in a British paper).  Returns the code or -1. */
static int home_country(const res *r)
{
    const char *outlet = r->d->field[NG_FIELD_OUTLET];
    if (outlet) {
        char k[KEYCAP];
        size_t kl = ng__gaz_key(outlet, strlen(outlet), k, KEYCAP);
        for (const ng_gaz_ref *x = gaz_find(r->g, k, kl); x; x = next_ref(r->g, x))
            if (x->kind == NG_GAZREF_ORG && r->g->orgs[x->idx].kind == NG_GAZ_OUTLET && r->g->orgs[x->idx].cc[0])
                return ng__gaz_cc_code(r->g->orgs[x->idx].cc);
    }
    const char *url = r->d->field[NG_FIELD_URL];
    return url ? url_country(r, url) : -1;
}

/* Scores one candidate place for mention i (higher is better); *pattern
 * says whether a local pattern supports it. */
static float score_place(const res *r, size_t i, const ng_gaz_place *p, float *pattern_out)
{
    const ng_doc *d = r->d;
    const minfo *m = &r->m[i];
    int cc = ng__gaz_cc_code(p->cc);
    /* the context without this name's own contribution */
    float ctx = cc >= 0 ? r->ctx[cc] - (cc == m->ctx_cc ? 1.0f : 0) : 0;
    float sub = cc >= 0 ? r->ctx_sub[cc] - (cc == m->ctx_cc && m->ctx_sub ? 1.0f : 0) : 0;
    float neigh = 0;
    if (cc >= 0) {
        const ng_gaz_country *c = &r->g->countries[cc];
        for (int k = 0; k < c->nneigh; k++)
            if (r->ctx[c->neigh[k]] > 0)
                neigh += 1;
    }
    if (neigh > 2)
        neigh = 2;
    /* "Paris, Texas", "Atlanta, Georgia", "Washington state" */
    float pattern = 0;
    if (m->t1 + 1 < d->tokens.n && tok_is(d, m->t1, ",")) {
        int32_t nx = r->tok_mention[m->t1 + 1];
        if (nx >= 0 && p->kind == NG_GAZ_CITY && p->admin1) {
            char k[KEYCAP];
            size_t kl = ng__gaz_key(p->admin1, strlen(p->admin1), k, KEYCAP);
            if (kl == r->m[nx].klen && memcmp(k, r->m[nx].key, kl) == 0)
                pattern += 5;
        }
    }
    if (m->t0 >= 2 && tok_is(d, m->t0 - 1, ",") && p->kind == NG_GAZ_ADMIN1) {
        int32_t pv = r->tok_mention[m->t0 - 2];
        if (pv >= 0)
            for (const ng_gaz_ref *x = r->m[pv].cands; x; x = next_ref(r->g, x))
                if (x->kind == NG_GAZREF_PLACE && r->g->places[x->idx].kind == NG_GAZ_CITY &&
                    r->g->places[x->idx].admin1 == p->name) {
                    pattern += 5;
                    break;
                }
    }
    if (p->kind == NG_GAZ_ADMIN1 && m->t1 < d->tokens.n &&
        (tok_is_ci(d, m->t1, "state") || tok_is_ci(d, m->t1, "province") || tok_is_ci(d, m->t1, "region") ||
         tok_is_ci(d, m->t1, "oblast") || tok_is_ci(d, m->t1, "county")))
        pattern += 6;
    *pattern_out = pattern;
    switch (p->kind) {
    case NG_GAZ_REGION:
        return 20;
    case NG_GAZ_COUNTRY:
        return 10 + neigh + (ctx > 0 ? 0.5f : 0);
    case NG_GAZ_ADMIN1:
        /* a state or province: over a town of the same name, and over a
         * same-named country only with sub-national places of its country
         * around ("Georgia" among "Arizona" and "Atlanta") or a local pattern
         * ("Atlanta, Georgia") */
        return 6 + (ctx > 0 ? 1.0f : 0) + (sub >= 1 ? 3.0f : 0) + (sub >= 2 ? 4.0f : 0) + 2 * pattern;
    default:
        return (float)log10((double)p->population + 10) + ((p->flags & NG_GAZ_CAPITAL) ? 2.5f : 0) +
               ((p->flags & NG_GAZ_SEAT) ? 1.0f : 0) + (ctx > 0 ? 1.5f : 0) + 0.5f * neigh +
               (sub > 0 ? 1.0f : 0) + pattern;
    }
}

/* Is the key only compass words ("north", "south east", "western")? */
static int compass(const char *k, size_t n)
{
    static const char *const w[] = {"north", "south", "east", "west", "northern", "southern",
                                    "eastern", "western", "central", "northeast", "northwest",
                                    "southeast", "southwest", "mid", "upper", "lower"};
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && k[j] != ' ')
            j++;
        if (!in_list(w, NG_ARRAY_LEN(w), k + i, j - i))
            return 0;
        i = j + 1;
    }
    return n > 0;
}

/*
 * Chooses among the places a name can be.  Some candidates are not
 * acceptable without support, because a wrong link is worse than none: a
 * town of under a million people, not a capital, needs its country mentioned
 * elsewhere (or its region's places, or "Town, Region"); a town of under
 * 100,000 needs its country's regions or towns around (or, when it is the
 * only town of the name, its country); a state or province needs its country
 * or its places; a first name ("Douglas", "Mary") needs a city of a million.
 * A name that is a country means the country, not a same-named city; a name
 * that is a state and a city of the same country means the city unless the
 * text says "state" or "province".
 */
static void choose_place(res *r, size_t i)
{
    minfo *m = &r->m[i];
    int country = 0, ncity = 0;
    uint64_t maxpop = 0, pop2 = 0;
    for (const ng_gaz_ref *x = m->cands; x; x = next_ref(r->g, x)) {
        if (x->kind != NG_GAZREF_PLACE)
            continue;
        const ng_gaz_place *p = &r->g->places[x->idx];
        if (p->kind == NG_GAZ_COUNTRY)
            country = 1;
        if (p->kind == NG_GAZ_CITY) {
            ncity++;
            if (p->population > maxpop) {
                pop2 = maxpop;
                maxpop = p->population;
            } else if (p->population > pop2)
                pop2 = p->population;
        }
    }
    int firstname = !memchr(m->key, ' ', m->klen) && ng__lex_first_name(m->key, m->klen);
    float best = -1e9f, bestpat = 0;
    for (const ng_gaz_ref *x = m->cands; x; x = next_ref(r->g, x)) {
        if (x->kind != NG_GAZREF_PLACE)
            continue;
        const ng_gaz_place *p = &r->g->places[x->idx];
        if (country && p->kind == NG_GAZ_CITY)
            continue;
        if (m->klen <= 2 && p->kind != NG_GAZ_COUNTRY)
            continue; /* "SE", "NY": only country codes */
        float pattern;
        float s = score_place(r, i, p, &pattern);
        int cc = ng__gaz_cc_code(p->cc);
        float ctx = cc >= 0 ? r->ctx[cc] - (cc == m->ctx_cc ? 1.0f : 0) : 0;
        float sub = cc >= 0 ? r->ctx_sub[cc] - (cc == m->ctx_cc && m->ctx_sub ? 1.0f : 0) : 0;
        if (p->kind == NG_GAZ_CITY) {
            if (p->population == maxpop)
                s += pop2 * 5 <= maxpop ? 1.5f : 1.0f;
            else if (x->alt)
                s -= 3.0f; /* "Philadelphia" is an old name of Amman */
            /* other names of towns are often old ones ("Twickenham" for
             * Huntsville): a town known here only by one needs its country */
            if (x->alt && p->population < 500000 && !(p->flags & NG_GAZ_CAPITAL) && ctx <= 0)
                continue;
            /* a capital, a city of a million, or one of half a million that
             * dwarfs its namesakes ("San Francisco", "Las Vegas") */
            int major = p->population >= 1000000 || (p->flags & (NG_GAZ_CAPITAL | NG_GAZ_SEAT)) ||
                        (p->population >= 500000 && p->population == maxpop && pop2 * 3 <= maxpop);
            if (!pattern) {
                if (firstname && p->population < 1000000)
                    continue;
                if (!major && ctx <= 0 && sub <= 0)
                    continue;
                if (p->population < 100000 && sub <= 0 && !(ncity == 1 && ctx > 0))
                    continue;
            }
        } else if (p->kind == NG_GAZ_ADMIN1) {
            /* regions of big countries are known by name ("California",
             * "Scotland"); others need their country around; compass names
             * ("South East") and first names need more */
            int big = cc >= 0 && r->g->countries[cc].place != UINT32_MAX &&
                      r->g->places[r->g->countries[cc].place].population >= 40000000;
            if (!pattern && (firstname || compass(m->key, m->klen) ? sub <= 0 : !big && ctx <= 0 && sub <= 0))
                continue;
        }
        if (s > best) {
            best = s;
            bestpat = pattern;
            m->place = (int32_t)x->idx;
        }
    }
    /* "Tokyo", "New York", "Washington": the city in the region, the capital
     * or a city of a million people, not the same-named region of its
     * country, unless the text says "state" */
    if (m->place >= 0 && r->g->places[m->place].kind == NG_GAZ_ADMIN1 && !bestpat) {
        const ng_gaz_place *a = &r->g->places[m->place];
        uint64_t bestpop = 0;
        int32_t city = -1;
        for (const ng_gaz_ref *x = m->cands; x; x = next_ref(r->g, x)) {
            const ng_gaz_place *p = &r->g->places[x->idx];
            if (x->kind != NG_GAZREF_PLACE || p->kind != NG_GAZ_CITY || strcmp(p->cc, a->cc) != 0)
                continue;
            if ((p->admin1 == a->name || (p->flags & NG_GAZ_CAPITAL) || p->population >= 1000000) &&
                p->population >= bestpop) {
                bestpop = p->population;
                city = (int32_t)x->idx;
            }
        }
        if (city >= 0)
            m->place = city;
    }
}

/* ---- 4. clusters ---- */

static int initials_match(const char *acr, size_t an, const char *key, size_t kn)
{
    /* "nato" vs "north atlantic treaty organization": first letters of the
     * words, skipping small function words */
    size_t a = 0, i = 0;
    while (i < kn) {
        size_t j = i;
        while (j < kn && key[j] != ' ')
            j++;
        size_t wl = j - i;
        int small = (wl == 2 && (!memcmp(key + i, "of", 2) || !memcmp(key + i, "de", 2))) ||
                    (wl == 3 && (!memcmp(key + i, "the", 3) || !memcmp(key + i, "and", 3) ||
                                 !memcmp(key + i, "for", 3))) ||
                    (wl == 1 && key[i] == '&');
        if (!small) {
            if (a >= an || acr[a] != key[i])
                return 0;
            a++;
        }
        i = j + 1;
    }
    return a == an && an >= 2;
}

static int is_acronym(const ng_doc *d, const minfo *m)
{
    if (m->t1 != m->t0 + 1 || !(d->tokens.v[m->t0].flags & NG_TF_ALLCAP) || m->klen < 2 || m->klen > 8)
        return 0;
    for (uint32_t i = 0; i < m->klen; i++)
        if (m->key[i] < 'a' || m->key[i] > 'z')
            return 0;
    return 1;
}

static void merge(res *r, int32_t a, int32_t b)
{
    a = find_root(r, a);
    b = find_root(r, b);
    if (a == b)
        return;
    if (b < a) {
        int32_t t = a;
        a = b;
        b = t;
    }
    r->c[b].parent = a;
}

static int build_clusters(res *r, const uint8_t *isplace)
{
    ng_doc *d = r->d;
    int rc;
    /* (a) full person names */
    for (size_t i = 0; i < r->n; i++) {
        minfo *m = &r->m[i];
        if (m->skip || m->type != NG_ENT_PER || m->t1 < m->t0 + 2)
            continue;
        if ((rc = keyed_cluster(r, 'P', m->key, m->klen, NG_ENT_PER, &m->cluster)))
            return rc;
    }
    size_t nfull = r->nc;
    /* the nearest full name before and after each mention with the same
     * surname or first name: two passes with a map from name words to the
     * last full-name mention seen, so the text's length is no square */
    struct nearest { int32_t s_before, f_before, s_after, f_after; } *near =
        ng__arena_alloc(&r->d->arena, r->n * sizeof *near);
    if (!near)
        return NG_ENOMEM;
    for (int pass = 0; pass < 2 && nfull; pass++) {
        struct ckey *save = r->map;
        r->map = ng__arena_calloc(&r->d->arena, r->nmap, sizeof *r->map);
        if (!r->map)
            return NG_ENOMEM;
        for (size_t k = 0; k < r->n; k++) {
            size_t i = pass ? r->n - 1 - k : k;
            minfo *m = &r->m[i];
            int32_t *s_out = pass ? &near[i].s_after : &near[i].s_before;
            int32_t *f_out = pass ? &near[i].f_after : &near[i].f_before;
            *s_out = *f_out = -1;
            if (m->skip)
                continue;
            if (m->cluster >= 0 && (size_t)m->cluster < nfull) {
                if ((rc = map_set(r, 'S', m->last, m->llen, (int32_t)i)) ||
                    (rc = map_set(r, 'F', m->first, m->flen, (int32_t)i)))
                    return rc;
                continue;
            }
            *s_out = map_find(r, 'S', m->key, m->klen);
            *f_out = map_find(r, 'F', m->key, m->klen);
        }
        r->map = save;
    }
    if (!nfull)
        memset(near, 0xff, r->n * sizeof *near);
    /* (b) other mentions */
    for (size_t i = 0; i < r->n; i++) {
        minfo *m = &r->m[i];
        if (m->skip || m->cluster >= 0)
            continue;
        /* a surname or first name of a full name; the nearest one wins */
        int weak_place = !isplace[i] || m->place < 0;
        if (!weak_place) {
            const ng_gaz_place *p = &r->g->places[m->place];
            weak_place = p->kind == NG_GAZ_CITY && p->population < 1000000 &&
                         !(p->flags & (NG_GAZ_CAPITAL | NG_GAZ_SEAT));
        }
        if (weak_place && m->org < 0 && m->demonym < 0 && !memchr(m->key, ' ', m->klen) && nfull) {
            /* a mention the tagger did not call a person joins only by
             * surname, and never as an acronym ("Sony DVD" ... "DVD") */
            int per = m->type == NG_ENT_PER;
            int32_t js = near[i].s_before >= 0 ? near[i].s_before : near[i].s_after;
            int32_t jf = near[i].f_before >= 0 ? near[i].f_before : near[i].f_after;
            if (!per && m->allcaps)
                js = -1;
            if (!per)
                jf = -1;
            /* the nearest: an earlier one before a later one */
            int32_t j = js;
            if (jf >= 0) {
                size_t ds = js < 0 ? SIZE_MAX : (size_t)js < i ? i - (size_t)js : (size_t)js - i + r->n;
                size_t df = (size_t)jf < i ? i - (size_t)jf : (size_t)jf - i + r->n;
                if (df < ds)
                    j = jf;
            }
            if (j >= 0) {
                m->cluster = r->m[j].cluster;
                m->type = NG_ENT_PER;
                continue;
            }
        }
        if (m->type == NG_ENT_PER && m->org < 0) {
            if ((rc = keyed_cluster(r, 'P', m->key, m->klen, NG_ENT_PER, &m->cluster)))
                return rc;
            continue;
        }
        if (isplace[i] && m->place >= 0) {
            char k[24];
            int kl = snprintf(k, sizeof k, "%d", m->place);
            if ((rc = keyed_cluster(r, 'L', k, (size_t)kl, NG_ENT_LOC, &m->cluster)))
                return rc;
            r->c[m->cluster].place = m->place;
            m->type = NG_ENT_LOC;
            continue;
        }
        if (m->org >= 0 && !isplace[i]) {
            char k[24];
            int kl = snprintf(k, sizeof k, "%d", m->org);
            if ((rc = keyed_cluster(r, 'O', k, (size_t)kl, NG_ENT_ORG, &m->cluster)))
                return rc;
            r->c[m->cluster].org = m->org;
            m->type = NG_ENT_ORG;
            continue;
        }
        if (m->demonym >= 0 && m->t1 <= m->t0 + 2) {
            char k[8];
            int kl = snprintf(k, sizeof k, "%d", m->demonym);
            if ((rc = keyed_cluster(r, 'D', k, (size_t)kl, NG_ENT_MISC, &m->cluster)))
                return rc;
            r->c[m->cluster].demonym = m->demonym;
            m->type = NG_ENT_MISC;
            continue;
        }
        if ((rc = keyed_cluster(r, 'N', m->key, m->klen, m->type, &m->cluster)))
            return rc;
    }
    for (size_t i = 0; i < r->n; i++) {
        minfo *m = &r->m[i];
        if (m->skip)
            continue;
        r->c[m->cluster].votes[m->type]++;
        /* one-word names of organisations and places, to find them where the tagger missed them */
        if (m->type != NG_ENT_PER && !memchr(m->key, ' ', m->klen) &&
            (rc = map_put(r, 'T', m->key, m->klen, m->cluster)))
            return rc;
    }
    /* (c) acronyms: "North Atlantic Treaty Organization (NATO)", or initials anywhere */
    for (size_t i = 0; i < r->n; i++) {
        minfo *m = &r->m[i];
        if (m->skip || m->type == NG_ENT_PER || !is_acronym(d, m))
            continue;
        int32_t target = -1;
        /* the expansion just before, in parentheses */
        if (m->t0 >= 2 && tok_is(d, m->t0 - 1, "(")) {
            int32_t pv = r->tok_mention[m->t0 - 2];
            if (pv >= 0 && r->m[pv].type != NG_ENT_PER && r->m[pv].key[0] == m->key[0])
                target = r->m[pv].cluster;
        }
        /* a name whose initials match, anywhere; the answer depends only on
         * the acronym, so it is looked up once per acronym (kind 'A' holds
         * the found cluster + 2, or 1 for none): a text repeating an acronym
         * stays linear */
        int scan = target < 0;
        int32_t cached = scan ? map_find(r, 'A', m->key, m->klen) : -1;
        if (cached >= 1) {
            target = cached - 2;
            scan = 0;
        }
        for (size_t j = 0; j < r->n && scan && target < 0; j++) {
            const minfo *o = &r->m[j];
            if (o->skip || j == i || o->type == NG_ENT_PER || !memchr(o->key, ' ', o->klen))
                continue;
            if (initials_match(m->key, m->klen, o->key, o->klen))
                target = o->cluster;
        }
        if (scan && (rc = map_put(r, 'A', m->key, m->klen, target + 2)))
            return rc;
        if (target >= 0)
            merge(r, target, m->cluster);
    }
    /* (d) an organisation's short form: its name without the trailing
     * words that say what kind of body it is ("Amnesty" and "Amnesty
     * International", "Labour" and "the Labour Party", "Altria" and
     * "Altria Group"); two passes over a map from short key to cluster, the
     * second only when the first stored one */
    size_t nshort = 0;
    for (int pass = 0; pass < 2 && (pass == 0 || nshort); pass++)
        for (size_t i = 0; i < r->n; i++) {
            minfo *m = &r->m[i];
            if (m->skip || m->type != NG_ENT_ORG)
                continue;
            if (pass) {
                int32_t c = map_find(r, 'Y', m->key, m->klen);
                if (c >= 0)
                    merge(r, c, m->cluster);
                continue;
            }
            size_t n = m->klen, cut = n;
            for (;;) { /* strip the body words from the right, one word at least left */
                size_t sp = cut;
                while (sp > 0 && m->key[sp - 1] != ' ')
                    sp--;
                if (sp == 0 || !ng__ent_body_word(m->key + sp, cut - sp))
                    break;
                cut = sp - 1;
            }
            if (cut < n) {
                if ((rc = map_put(r, 'Y', m->key, cut, m->cluster)))
                    return rc;
                nshort++;
            }
        }
    return 0;
}

/* ---- 5. roles, countries, gender ---- */

/* A token that qualifies a role: inside a non-person mention, or a country or
 * demonym word.  Returns the first token of the qualifier or -1; sets *cl
 * (cluster or -1) and *cc (country code or -1). */
static int64_t qualifier_back(res *r, uint32_t t, int32_t *cl, int *cc)
{
    *cl = -1;
    *cc = -1;
    int32_t mi = r->tok_mention[t];
    if (mi >= 0) {
        const minfo *m = &r->m[mi];
        if (m->skip || m->type == NG_ENT_PER)
            return -1;
        *cl = find_root(r, m->cluster);
        const cluster *c = &r->c[*cl];
        if (c->place >= 0)
            *cc = ng__gaz_cc_code(r->g->places[c->place].cc);
        else if (c->demonym >= 0)
            *cc = c->demonym;
        return m->t0;
    }
    int k = tok_country(r, t);
    if (k >= 0) {
        *cc = k;
        return t;
    }
    /* a word the tagger missed here but named elsewhere ("the NATO chief") */
    if (r->d->tokens.v[t].flags & (NG_TF_CAP | NG_TF_ALLCAP)) {
        char key[KEYCAP];
        size_t kl = tkey(r->d, t, key);
        int32_t c = kl ? map_find(r, 'T', key, kl) : -1;
        if (c >= 0) {
            *cl = find_root(r, c);
            return t;
        }
    }
    return -1;
}

static void add_role_qual(cluster *c, int32_t cl, int cc)
{
    /* places and demonyms qualify by country ("US" = "American"), others by entity */
    if (cl >= 0 && cc < 0 && c->nrole_qual < 4)
        c->role_qual[c->nrole_qual++] = cl;
    if (cc >= 0 && !c->country[0]) {
        c->country[0] = (char)('A' + cc / 26);
        c->country[1] = (char)('A' + cc % 26);
    }
}

static void set_role(res *r, cluster *c, int prio, uint32_t t0, uint32_t t1)
{
    if (prio <= c->role_prio)
        return;
    c->role_prio = prio;
    c->role_t0 = t0;
    c->role_t1 = t1;
    c->nrole_qual = 0;
    c->country[0] = 0;
    for (uint32_t t = t0; t < t1;) {
        int32_t cl;
        int cc;
        int32_t mi = r->tok_mention[t];
        if (qualifier_back(r, t, &cl, &cc) >= 0)
            add_role_qual(c, cl, cc);
        if (mi >= 0 && r->m[mi].t1 > t)
            t = r->m[mi].t1;
        else
            t++;
    }
    for (uint32_t t = t0; t < t1; t++) {
        unsigned f = tok_role(r->d, t);
        if (f & NG_LEX_MALE)
            c->gender_role = NG_GENDER_MALE;
        else if (f & NG_LEX_FEMALE)
            c->gender_role = NG_GENDER_FEMALE;
    }
}

/* Walks back from token t over role words and qualifiers in the sentence;
 * returns the first token of the role, or t when there is none. */
static uint32_t role_back(res *r, uint32_t t, uint32_t sent)
{
    const ng_doc *d = r->d;
    /* "spokesman for Gordon Brown" is someone else's role */
    if (t == 0 || d->tokens.v[t - 1].sent != sent || tok_is_ci(d, t - 1, "of") || tok_is_ci(d, t - 1, "for") ||
        tok_is_ci(d, t - 1, "and") || tok_is_ci(d, t - 1, "to"))
        return t;
    uint32_t j = t, start = t;
    int head = 0;
    while (j > 0 && d->tokens.v[j - 1].sent == sent && t - j < 16) { /* roles are short */
        uint32_t k = j - 1;
        int32_t cl;
        int cc;
        if (d->tokens.v[k].kind == NG_TOK_POSSESSIVE && k > 0) {
            /* "Macron's spokeswoman, Maud Bregeon" */
            int32_t pm = r->tok_mention[k - 1];
            if (pm >= 0 && !r->m[pm].skip && r->m[pm].type == NG_ENT_PER && j != t) {
                j = start = r->m[pm].t0;
                continue;
            }
            int64_t q = qualifier_back(r, k - 1, &cl, &cc);
            if (q < 0)
                break;
            j = start = (uint32_t)q;
            continue;
        }
        unsigned f = tok_role(d, k);
        if (f & (NG_LEX_HEAD | NG_LEX_MOD)) {
            head |= (f & NG_LEX_HEAD) != 0;
            j = start = k;
            continue;
        }
        int64_t q = qualifier_back(r, k, &cl, &cc);
        if (q >= 0 && j != t) {
            j = start = (uint32_t)q;
            continue;
        }
        break;
    }
    /* never start with a function word */
    while (start < t && (tok_is_ci(d, start, "of") || tok_is_ci(d, start, "for") ||
                         tok_is_ci(d, start, "and")))
        start++;
    return head ? start : t;
}

/* Reads forward from token t over an optional determiner, role words and
 * qualifiers; returns the token after the last role noun (or t: none) and
 * sets *first to the first token of the role. */
static uint32_t role_fwd(res *r, uint32_t t, uint32_t *first, int allow_name)
{
    const ng_doc *d = r->d;
    if (t >= d->tokens.n)
        return t;
    uint32_t sent = d->tokens.v[t].sent, j = t, end = t;
    if (tok_is_ci(d, j, "the") || tok_is_ci(d, j, "a") || tok_is_ci(d, j, "an"))
        j++;
    *first = j;
    while (j < d->tokens.n && d->tokens.v[j].sent == sent && j < t + 16) {
        int32_t mi = r->tok_mention[j];
        if (mi >= 0) {
            if (r->m[mi].skip || (r->m[mi].type == NG_ENT_PER && !allow_name))
                break;
            if (r->m[mi].type == NG_ENT_PER)
                break;
            j = r->m[mi].t1 > j ? r->m[mi].t1 : j + 1;
            continue;
        }
        if (d->tokens.v[j].kind == NG_TOK_POSSESSIVE) {
            j++;
            continue;
        }
        unsigned f = tok_role(d, j);
        if (f & NG_LEX_HEAD) {
            j++;
            end = j;
            continue;
        }
        /* "director general of the World Trade Organization" */
        if (end == j && tok_is(d, j, "of") && j + 1 < d->tokens.n) {
            uint32_t q = j + 1;
            if (tok_is_ci(d, q, "the") && q + 1 < d->tokens.n)
                q++;
            int32_t qm = r->tok_mention[q];
            if (qm >= 0 && !r->m[qm].skip && r->m[qm].type != NG_ENT_PER && r->m[qm].t1 > q) {
                j = end = r->m[qm].t1;
                continue;
            }
        }
        if (f & (NG_LEX_MOD | NG_LEX_ORGNOUN)) {
            j++;
            continue;
        }
        int32_t cl;
        int cc;
        if (qualifier_back(r, j, &cl, &cc) >= 0) {
            j++;
            continue;
        }
        break;
    }
    return end;
}

static int is_verb_after(const ng_doc *d, uint32_t t)
{
    static const char *const v[] = {"said", "says", "told", "added", "noted", "stressed", "warned",
                                    "wrote", "stated", "insisted", "argued", "explained"};
    for (size_t i = 0; i < NG_ARRAY_LEN(v); i++)
        if (tok_is(d, t, v[i]))
            return 1;
    return 0;
}

static void find_roles(res *r)
{
    const ng_doc *d = r->d;
    for (size_t i = 0; i < r->n; i++) {
        minfo *m = &r->m[i];
        if (m->skip || m->type != NG_ENT_PER || m->t1 <= m->t0)
            continue;
        cluster *c = &r->c[find_root(r, m->cluster)];
        uint32_t sent = d->tokens.v[m->t0].sent;
        /* role words inside the mention, and premodifiers before it:
         * "NATO Secretary General Mark Rutte", "US President Donald Trump" */
        uint32_t name0 = m->role_t1 ? m->role_t0 : m->t0;
        /* "BP chief executive Lord Browne": the honorific is not the role */
        while (!m->role_t1 && name0 > 0 && d->tokens.v[name0 - 1].sent == sent &&
               (d->tokens.v[name0 - 1].flags & NG_TF_CAP)) {
            char k[KEYCAP];
            size_t kl = tkey(d, name0 - 1, k);
            if (!kl || !ng__lex_honorific(k, kl))
                break;
            name0--;
        }
        uint32_t rs = role_back(r, name0, sent);
        if (m->role_t1 || rs < name0)
            set_role(r, c, 4, rs, m->role_t1 ? m->role_t1 : name0);
        /* a country that is not a role: "Britain's Kathy Butler", "Gordon Bullock of Scotland" */
        if (c->home_cc < 0 && m->t0 >= 2 && d->tokens.v[m->t0 - 1].kind == NG_TOK_POSSESSIVE &&
            d->tokens.v[m->t0 - 2].sent == sent) {
            int32_t cl;
            int cc;
            int32_t qm = r->tok_mention[m->t0 - 2];
            if (qm >= 0 && qualifier_back(r, m->t0 - 2, &cl, &cc) >= 0 && cc >= 0 && r->m[qm].place >= 0 &&
                r->g->places[r->m[qm].place].kind != NG_GAZ_CITY)
                c->home_cc = cc;
        }
        if (c->home_cc < 0 && m->t1 + 1 < d->tokens.n && tok_is(d, m->t1, "of")) {
            int32_t qm = r->tok_mention[m->t1 + 1];
            if (qm >= 0 && !r->m[qm].skip && r->m[qm].place >= 0 &&
                r->g->places[r->m[qm].place].kind != NG_GAZ_CITY)
                c->home_cc = ng__gaz_cc_code(r->g->places[r->m[qm].place].cc);
        }
        /* "NATO's secretary general, Mark Rutte," and "The NATO chief, Mark Rutte" */
        if (m->t0 >= 2 && tok_is(d, m->t0 - 1, ",") && d->tokens.v[m->t0 - 2].sent == sent) {
            uint32_t e = m->t0 - 1, s = role_back(r, e, sent);
            if (s < e && tok_role(d, e - 1) & NG_LEX_HEAD) {
                uint32_t before = s;
                if (before > 0 && (tok_is_ci(d, before - 1, "the")))
                    before--;
                if (before == 0 || d->tokens.v[before - 1].sent != sent || tok_is(d, before - 1, ","))
                    set_role(r, c, 3, s, e);
            }
        }
        /* "Mark Rutte, NATO's secretary general, said" */
        if (m->t1 + 1 < d->tokens.n && tok_is(d, m->t1, ",")) {
            uint32_t first, e = role_fwd(r, m->t1 + 1, &first, 0);
            if (e > first && (e >= d->tokens.n || d->tokens.v[e].sent != sent || tok_is(d, e, ",") ||
                              tok_is(d, e, ";") || tok_is(d, e, ".") || tok_is(d, e, ")") ||
                              tok_is(d, e, "(") || is_verb_after(d, e)))
                set_role(r, c, 3, first, e);
        }
        /* "when Joe Biden was U.S. president" */
        if (m->t1 + 1 < d->tokens.n && (tok_is(d, m->t1, "was") || tok_is(d, m->t1, "is") ||
                                         tok_is(d, m->t1, "became") || tok_is(d, m->t1, "becomes"))) {
            uint32_t first, e = role_fwd(r, m->t1 + 1, &first, 0);
            if (e > first &&
                (e >= d->tokens.n || d->tokens.v[e].sent != sent || d->tokens.v[e].kind == NG_TOK_PUNCT ||
                 !(d->tokens.v[e].flags & NG_TF_CAP)) &&
                !(e < d->tokens.n && d->tokens.v[e].kind == NG_TOK_POSSESSIVE))
                set_role(r, c, 1, first, e);
        }
    }
}

static void find_gender(res *r)
{
    const ng_doc *d = r->d;
    /* honorifics and first names */
    for (size_t i = 0; i < r->n; i++) {
        minfo *m = &r->m[i];
        if (m->skip || m->type != NG_ENT_PER)
            continue;
        cluster *c = &r->c[find_root(r, m->cluster)];
        if (m->gender)
            c->gender_hon = m->gender;
        else if (m->t0 > 0 && d->tokens.v[m->t0 - 1].sent == d->tokens.v[m->t0].sent) {
            char k[KEYCAP];
            size_t kl = tkey(d, m->t0 - 1, k);
            unsigned h = kl ? ng__lex_honorific(k, kl) : 0;
            if (h & NG_LEX_MALE)
                c->gender_hon = NG_GENDER_MALE;
            else if (h & NG_LEX_FEMALE)
                c->gender_hon = NG_GENDER_FEMALE;
        }
        if (m->t1 >= m->t0 + 2 && m->flen) {
            unsigned f = ng__lex_first_name(m->first, m->flen);
            if (f & NG_LEX_MALE)
                c->gender_name = NG_GENDER_MALE;
            else if (f & NG_LEX_FEMALE)
                c->gender_name = NG_GENDER_FEMALE;
        }
    }
    /* pronouns: each he/she votes for the nearest person mentioned before it
     * in the same or the previous sentence */
    int32_t last = -1;
    size_t mi = 0;
    for (uint32_t t = 0; t < d->tokens.n; t++) {
        for (; mi < r->n && (r->m[mi].skip || r->m[mi].t0 <= t); mi++)
            if (!r->m[mi].skip && r->m[mi].type == NG_ENT_PER && r->m[mi].t1 > r->m[mi].t0)
                last = (int32_t)mi;
        const ng_token *tk = &d->tokens.v[t];
        if (last < 0 || tk->kind != NG_TOK_WORD || tk->end - tk->start > 7)
            continue;
        if (tk->sent > d->tokens.v[r->m[last].t0].sent + 1)
            continue;
        int g = 0;
        if (tok_is_ci(d, t, "he") || tok_is_ci(d, t, "him") || tok_is_ci(d, t, "his") ||
            tok_is_ci(d, t, "himself"))
            g = 1;
        else if (tok_is_ci(d, t, "she") || tok_is_ci(d, t, "her") || tok_is_ci(d, t, "hers") ||
                 tok_is_ci(d, t, "herself"))
            g = 2;
        if (!g)
            continue;
        cluster *c = &r->c[find_root(r, r->m[last].cluster)];
        if (g == 1)
            c->pron_m++;
        else
            c->pron_f++;
    }
}

static uint8_t gender_of(const cluster *c)
{
    if (c->gender_hon)
        return (uint8_t)c->gender_hon;
    if (c->gender_name)
        return (uint8_t)c->gender_name;
    if (c->gender_role)
        return (uint8_t)c->gender_role;
    if (c->pron_m >= 2 && c->pron_m >= 3 * c->pron_f)
        return NG_GENDER_MALE;
    if (c->pron_f >= 2 && c->pron_f >= 3 * c->pron_m)
        return NG_GENDER_FEMALE;
    return NG_GENDER_UNKNOWN;
}

/* An organisation's country from "the London-based think tank X". */
static int based_country(res *r, const minfo *m)
{
    const ng_doc *d = r->d;
    for (uint32_t k = 1; k <= 4 && k <= m->t0; k++) {
        uint32_t t = m->t0 - k;
        if (d->tokens.v[t].sent != d->tokens.v[m->t0].sent)
            break;
        uint32_t l;
        const char *s = ttext(d, t, &l);
        size_t p = based_prefix(s, l);
        if (p) {
            char key[KEYCAP];
            size_t kl = ng__gaz_key(s, p, key, KEYCAP);
            for (const ng_gaz_ref *x = gaz_find(r->g, key, kl); x; x = next_ref(r->g, x))
                if (x->kind == NG_GAZREF_PLACE && r->g->places[x->idx].cc[0])
                    return ng__gaz_cc_code(r->g->places[x->idx].cc);
            return -1;
        }
        if (d->tokens.v[t].flags & NG_TF_CAP)
            break;
    }
    return -1;
}

/* ---- 6. nominal references ---- */

typedef struct rref {
    uint32_t t0, t1;   /* tokens of the reference, "the" included */
    uint32_t h0, h1;   /* role words */
    int32_t qual[4];
    int nqual;
    int cc;
} rref;

/* Does the entity's role (its tokens' keys) contain the word w? */
static int role_has_word(const ng_doc *d, const cluster *c, const char *w, size_t wl)
{
    for (uint32_t u = c->role_t0; u < c->role_t1; u++) {
        char k[KEYCAP];
        size_t l = tkey(d, u, k), i = 0;
        while (i < l) {
            size_t j = i;
            while (j < l && k[j] != ' ')
                j++;
            if (j - i == wl && !memcmp(k + i, w, wl))
                return 1;
            i = j + 1;
        }
    }
    return 0;
}

/* Modifiers that do not restrict a reference: "the new coach" can be any coach. */
static const char *const loose_mods[] = {"new", "former", "current", "then", "outgoing", "incoming",
                                         "longtime", "veteran", "top", "senior", "acting", "interim",
                                         "of", "for"};

/*
 * Does the entity's role have every specific word of the reference?  Role
 * nouns ("president", "secretary general"; not generic ones like "chief")
 * and restrictive modifiers ("first" minister, "deputy" prime minister,
 * "home" secretary) must appear in the role; *specific counts the nouns.
 */
static int heads_match(const ng_doc *d, const rref *f, const cluster *c, int *specific)
{
    *specific = 0;
    for (uint32_t t = f->h0; t < f->h1; t++) {
        char k[KEYCAP];
        size_t kl = tkey(d, t, k), i = 0;
        while (i < kl) {
            size_t j = i;
            while (j < kl && k[j] != ' ')
                j++;
            unsigned fl = ng__lex_role(k + i, j - i);
            int need = 0;
            if ((fl & NG_LEX_HEAD) && !(fl & NG_LEX_GENERIC)) {
                (*specific)++;
                need = 1;
            } else if ((fl & NG_LEX_MOD) && !(fl & NG_LEX_HEAD) &&
                       !in_list(loose_mods, NG_ARRAY_LEN(loose_mods), k + i, j - i))
                need = 1;
            if (need && !role_has_word(d, c, k + i, j - i))
                return 0;
            i = j + 1;
        }
    }
    return 1;
}

/* The role's words that change who it is must be in the reference too:
 * "former" always; "deputy", "vice" and the like when the reference has
 * restrictive words of its own ("the prime minister" is not the deputy
 * prime minister, but "the minister" can be the deputy health minister). */
static int role_words_in_ref(const ng_doc *d, const cluster *c, const rref *f)
{
    static const char *const strict[] = {"former", "deputy", "vice", "assistant", "associate", "junior"};
    int restrictive = 0;
    for (uint32_t t = f->h0; t < f->h1; t++) {
        char k[KEYCAP];
        size_t kl = tkey(d, t, k);
        unsigned fl = ng__lex_role(k, kl);
        if ((fl & NG_LEX_MOD) && !(fl & NG_LEX_HEAD) && !in_list(loose_mods, NG_ARRAY_LEN(loose_mods), k, kl))
            restrictive = 1;
    }
    size_t nstrict = restrictive ? NG_ARRAY_LEN(strict) : 1;
    for (uint32_t u = c->role_t0; u < c->role_t1; u++) {
        char k[KEYCAP];
        size_t l = tkey(d, u, k), i = 0;
        while (i < l) {
            size_t j = i;
            while (j < l && k[j] != ' ')
                j++;
            /* a deputy, vice or assistant right before the role's last word
             * holds another office: "the mayor" is not Deputy Mayor Nina
             * Holt, "the chairman" not the vice-chairman (but "the
             * minister" may be a deputy health minister) */
            int last = (j < l && u + 1 == c->role_t1 && memchr(k + j + 1, ' ', l - j - 1) == NULL) ||
                       (j == l && u + 2 == c->role_t1 && d->tokens.v[u + 1].kind == NG_TOK_WORD);
            if (in_list(strict, last ? NG_ARRAY_LEN(strict) : nstrict, k + i, j - i)) {
                int found = 0;
                for (uint32_t t = f->t0; t < f->t1 && !found; t++) {
                    char k2[KEYCAP];
                    size_t l2 = tkey(d, t, k2), a = 0;
                    while (a < l2 && !found) {
                        size_t b = a;
                        while (b < l2 && k2[b] != ' ')
                            b++;
                        found = b - a == j - i && !memcmp(k2 + a, k + i, j - i);
                        a = b + 1;
                    }
                }
                if (!found)
                    return 0;
            }
            i = j + 1;
        }
    }
    return 1;
}

static int link_ref(res *r, const rref *f)
{
    const ng_doc *d = r->d;
    int best = -1, bestscore = 0;
    int64_t bestdist = INT64_MAX;
    for (size_t ri = 0; ri < r->nroled; ri++) {
        const cluster *c = &r->c[r->roled[ri]];
        int spec;
        if (!heads_match(d, f, c, &spec))
            continue;
        if (!role_words_in_ref(d, c, f))
            continue; /* "the prime minister" is not the deputy prime minister */
        int score = spec ? 3 : 0;
        int ccode = c->country[0] ? ng__gaz_cc_code(c->country) : -1;
        if (f->cc >= 0) {
            if (ccode != f->cc)
                continue; /* "the Pakistani president" needs a Pakistani */
            score += 2;
        }
        int qual_ok = f->nqual == 0;
        for (int q = 0; q < f->nqual; q++)
            for (int k = 0; k < c->nrole_qual; k++)
                if (find_root(r, c->role_qual[k]) == f->qual[q])
                    qual_ok = 1, score += 2;
        if (!qual_ok)
            continue; /* "the Sun editor" needs the Sun in the role */
        if (!spec && score < 2)
            continue; /* "the leader" alone says too little */
        /* the nearest mention before the reference, else after */
        const ng_entity *en = &d->entities.v[c->entity];
        uint32_t at = d->tokens.v[f->t0].start, lo = 0, hi = en->nmentions;
        while (lo < hi) { /* the first mention after the reference */
            uint32_t mid = (lo + hi) / 2;
            if (d->mentions.v[en->mentions[mid]].start <= at)
                lo = mid + 1;
            else
                hi = mid;
        }
        int64_t dist = lo > 0 ? (int64_t)at - d->mentions.v[en->mentions[lo - 1]].start
                       : lo < en->nmentions ? (int64_t)d->mentions.v[en->mentions[lo]].start - at + (1ll << 32)
                                            : INT64_MAX;
        if (score > bestscore || (score == bestscore && dist < bestdist)) {
            best = c->entity;
            bestscore = score;
            bestdist = dist;
        }
    }
    return best;
}

/* Nouns that refer back to an organisation named before ("the company said"). */
static const char *const org_nominal_nouns[] = {
    "company", "firm", "group", "carmaker", "automaker", "bank", "lender", "insurer", "retailer",
    "chipmaker", "manufacturer", "maker", "giant", "conglomerate", "startup", "alliance", "bloc"};

/*
 * "the company", "the German carmaker", "the alliance" followed by a verb or
 * a comma: a reference to the nearest organisation named in this or the
 * previous two sentences.  Returns the entity or -1; *end is the token after
 * the reference.
 */
static int32_t org_nominal(res *r, uint32_t t, uint32_t *end)
{
    const ng_doc *d = r->d;
    uint32_t sent = d->tokens.v[t].sent, j = t + 1;
    while (j < d->tokens.n && j < t + 3 && d->tokens.v[j].sent == sent && r->tok_mention[j] < 0 &&
           tok_country(r, j) >= 0)
        j++;
    if (j + 1 >= d->tokens.n || d->tokens.v[j + 1].sent != sent || r->tok_mention[j] >= 0 ||
        (d->tokens.v[j].flags & (NG_TF_CAP | NG_TF_ALLCAP)))
        return -1;
    char k[KEYCAP];
    size_t kl = tkey(d, j, k);
    if (!in_list(org_nominal_nouns, NG_ARRAY_LEN(org_nominal_nouns), k, kl))
        return -1;
    const ng_token *nx = &d->tokens.v[j + 1];
    if (!(nx->kind == NG_TOK_WORD && !(nx->flags & (NG_TF_CAP | NG_TF_ALLCAP))) && !tok_is(d, j + 1, ","))
        return -1;
    if (tok_is(d, j + 1, "of") || (tok_role(d, j + 1) & (NG_LEX_HEAD | NG_LEX_MOD)))
        return -1;
    /* the nearest organisation before, not a news outlet, and not one whose
     * name says it is another kind of body ("... Foundation", "... Party") */
    int seen_n = 0;
    for (size_t i = r->n; i-- > 0 && seen_n < 64;) {
        const minfo *m = &r->m[i];
        if (m->skip || m->t1 > t)
            continue;
        if (d->tokens.v[m->t0].sent + 2 < sent)
            break;
        seen_n++;
        const cluster *c = &r->c[find_root(r, m->cluster)];
        if (c->entity < 0 || d->entities.v[c->entity].type != NG_ENT_ORG)
            continue;
        if (c->org >= 0 && r->g->orgs[c->org].kind == NG_GAZ_OUTLET)
            continue;
        if (m->llen && m->flen != m->klen && in_list(org_heads, NG_ARRAY_LEN(org_heads), m->last, m->llen) &&
            !(m->llen == kl && !memcmp(m->last, k, kl)))
            continue;
        *end = j + 1;
        return c->entity;
    }
    return -1;
}

static int find_rolerefs(res *r)
{
    ng_doc *d = r->d;
    /* the candidates: persons with a role; a few in any real article, and
     * at most 64 so that a pathological text stays linear */
    r->roled = ng__arena_alloc(&d->arena, 64 * sizeof *r->roled);
    if (!r->roled)
        return NG_ENOMEM;
    for (size_t ci = 0; ci < r->nc && r->nroled < 64; ci++) {
        const cluster *c = &r->c[ci];
        if (c->parent == (int32_t)ci && c->entity >= 0 && c->type == NG_ENT_PER && c->role_prio)
            r->roled[r->nroled++] = (int32_t)ci;
    }
    for (uint32_t t = 0; t + 1 < d->tokens.n; t++) {
        if (!tok_is_ci(d, t, "the") || r->tok_mention[t] >= 0)
            continue;
        rref f = {.t0 = t, .cc = -1};
        uint32_t sent = d->tokens.v[t].sent, j = t + 1, h0 = 0, end = 0;
        while (j < d->tokens.n && d->tokens.v[j].sent == sent && j < t + 16) {
            int32_t mi = r->tok_mention[j];
            if (mi >= 0) {
                const minfo *m = &r->m[mi];
                if (m->skip || m->type == NG_ENT_PER || end)
                    break;
                int32_t cl;
                int cc;
                if (qualifier_back(r, j, &cl, &cc) >= 0) {
                    if (cl >= 0 && cc < 0 && f.nqual < 4)
                        f.qual[f.nqual++] = cl;
                    if (cc >= 0)
                        f.cc = cc;
                }
                j = m->t1 > j ? m->t1 : j + 1;
                continue;
            }
            if (d->tokens.v[j].kind == NG_TOK_POSSESSIVE && !end) {
                j++;
                continue;
            }
            unsigned fl = tok_role(d, j);
            if (fl & NG_LEX_HEAD) {
                if (!end)
                    h0 = j;
                end = ++j;
                continue;
            }
            if ((fl & (NG_LEX_MOD | NG_LEX_ORGNOUN)) && !end) {
                j++;
                continue;
            }
            int32_t cl;
            int cc;
            if (!end && qualifier_back(r, j, &cl, &cc) >= 0) {
                if (cl >= 0 && cc < 0 && f.nqual < 4)
                    f.qual[f.nqual++] = cl;
                if (cc >= 0)
                    f.cc = cc;
                j++;
                continue;
            }
            break;
        }
        if (!end) {
            uint32_t oe;
            int32_t ent = org_nominal(r, t, &oe);
            if (ent >= 0) {
                ng_roleref rr = {d->tokens.v[t].start, d->tokens.v[oe - 1].end, ent};
                if (NG_VEC_PUSH(&d->arena, d->rolerefs, rr))
                    return NG_ENOMEM;
                t = oe - 1;
            }
            continue;
        }
        /* "the secretary of state", "the minister of defence" */
        if (end + 1 < d->tokens.n && tok_is(d, end, "of") && d->tokens.v[end + 1].sent == sent &&
            r->tok_mention[end + 1] < 0 && (tok_role(d, end + 1) & NG_LEX_MOD) && !tok_is_ci(d, end + 1, "the")) {
            uint32_t q = end + 1;
            while (q < d->tokens.n && d->tokens.v[q].sent == sent && r->tok_mention[q] < 0 &&
                   (tok_role(d, q) & (NG_LEX_MOD | NG_LEX_HEAD)) && !tok_is(d, q, "of"))
                q++;
            end = q;
        }
        /* "the president of Russia" */
        if (end + 1 < d->tokens.n && tok_is(d, end, "of") && d->tokens.v[end + 1].sent == sent) {
            uint32_t q = end + 1;
            if (tok_is_ci(d, q, "the") && q + 1 < d->tokens.n)
                q++;
            int32_t cl;
            int cc;
            int32_t mi = r->tok_mention[q];
            if (qualifier_back(r, q, &cl, &cc) >= 0) {
                if (cl >= 0 && cc < 0 && f.nqual < 4)
                    f.qual[f.nqual++] = cl;
                if (cc >= 0)
                    f.cc = cc;
                end = mi >= 0 ? r->m[mi].t1 : q + 1;
            }
        }
        /* a name follows: this is a title, not a reference */
        if (end < d->tokens.n && d->tokens.v[end].sent == sent) {
            int32_t mi = r->tok_mention[end];
            if ((mi >= 0 && r->m[mi].type == NG_ENT_PER) ||
                (d->tokens.v[end].kind == NG_TOK_WORD && (d->tokens.v[end].flags & NG_TF_CAP)))
                continue;
        }
        f.t1 = end;
        f.h0 = h0;
        f.h1 = end;
        /* the role words run from the first role noun back over modifiers */
        while (f.h0 > t + 1 && (tok_role(d, f.h0 - 1) & (NG_LEX_HEAD | NG_LEX_MOD)))
            f.h0--;
        int32_t ent = link_ref(r, &f);
        ng_roleref rr = {d->tokens.v[t].start, d->tokens.v[end - 1].end, ent};
        if (NG_VEC_PUSH(&d->arena, d->rolerefs, rr))
            return NG_ENOMEM;
        t = end - 1;
    }
    return 0;
}

/* ---- entities ---- */

static int better_name(const res *r, const minfo *a, const minfo *b)
{
    /* is a a better canonical name than b?  more words, then longer, mixed case */
    if (!b)
        return 1;
    uint32_t wa = 1, wb = 1;
    for (uint32_t i = 0; i < a->klen; i++)
        wa += a->key[i] == ' ';
    for (uint32_t i = 0; i < b->klen; i++)
        wb += b->key[i] == ' ';
    (void)r;
    if (a->allcaps != b->allcaps && a->klen > 4 && b->klen > 4)
        return !a->allcaps;
    if (wa != wb)
        return wa > wb;
    return a->end - a->start > b->end - b->start;
}

static int make_entities(res *r)
{
    ng_doc *d = r->d;
    /* entities in the order of their first mention */
    uint32_t *count = ng__arena_calloc(&d->arena, r->nc ? r->nc : 1, sizeof *count);
    const minfo **best = ng__arena_calloc(&d->arena, r->nc ? r->nc : 1, sizeof *best);
    if (!count || !best)
        return NG_ENOMEM;
    for (size_t i = 0; i < r->n; i++) {
        minfo *m = &r->m[i];
        if (m->skip)
            continue;
        int32_t root = find_root(r, m->cluster);
        cluster *c = &r->c[root];
        if (c->entity < 0) {
            ng_entity en;
            memset(&en, 0, sizeof en);
            c->entity = (int32_t)d->entities.n;
            if (NG_VEC_PUSH(&d->arena, d->entities, en))
                return NG_ENOMEM;
        }
        count[root]++;
        if (better_name(r, m, best[root]))
            best[root] = m;
        d->mentions.v[i].entity = c->entity;
        /* votes and links of merged clusters go to the root */
        if (m->cluster != root) {
            cluster *o = &r->c[m->cluster];
            if (c->org < 0)
                c->org = o->org;
            if (c->place < 0)
                c->place = o->place;
        }
    }
    for (size_t ci = 0; ci < r->nc; ci++) {
        cluster *c = &r->c[ci];
        if (c->parent == (int32_t)ci || c->entity >= 0)
            continue;
        cluster *root = &r->c[find_root(r, (int32_t)ci)];
        for (int k = 0; k < 5; k++)
            root->votes[k] += c->votes[k];
    }
    for (size_t ci = 0; ci < r->nc; ci++) {
        cluster *c = &r->c[ci];
        if (c->parent != (int32_t)ci || c->entity < 0)
            continue;
        ng_entity *en = &d->entities.v[c->entity];
        en->mentions = ng__arena_alloc(&d->arena, count[ci] * sizeof *en->mentions);
        if (!en->mentions)
            return NG_ENOMEM;
        /* type: places and known organisations by the gazetteer, else the majority */
        uint8_t type = NG_ENT_MISC;
        uint32_t bv = 0;
        for (int k = NG_ENT_PER; k <= NG_ENT_MISC; k++)
            if (c->votes[k] > bv)
                bv = c->votes[k], type = (uint8_t)k;
        if (c->place >= 0)
            type = NG_ENT_LOC;
        else if (c->org >= 0)
            type = NG_ENT_ORG;
        else if (c->demonym >= 0)
            type = NG_ENT_MISC;
        const minfo *b = best[ci];
        if (type == NG_ENT_ORG && c->place < 0 && c->org < 0 && c->demonym < 0 &&
            ng__ent_place_name(b->key, b->klen))
            type = NG_ENT_LOC; /* "the Gulf of Gdansk", "the Baltic Sea": a feature's name */
        en->type = type;
        c->type = type;
        en->name = ng__arena_strndup(&d->arena, d->text + b->start, b->end - b->start);
        if (!en->name)
            return NG_ENOMEM;
        if (c->place >= 0) {
            const ng_gaz_place *p = &r->g->places[c->place];
            en->place = p->kind;
            en->geonames = p->geonames;
            memcpy(en->country, p->cc, 3);
            en->lat = p->lat;
            en->lon = p->lon;
            en->admin1 = p->kind == NG_GAZ_CITY ? p->admin1 : NULL;
            if (b->allcaps)
                en->name = p->name; /* "THE HAGUE" in a dateline; "US" alone: "United States" */
        } else if (c->org >= 0) {
            const ng_gaz_org *o = &r->g->orgs[c->org];
            memcpy(en->country, o->cc, 3);
            en->outlet = o->kind == NG_GAZ_OUTLET;
            /* "Wall Street Journal" -> "The Wall Street Journal" */
            if (!strncmp(o->name, "The ", 4) && strlen(o->name + 4) == strlen(en->name) &&
                !strcmp(o->name + 4, en->name))
                en->name = o->name;
            /* only the acronym in the text: the known full name ("EU" -> "European Union") */
            else if (b->allcaps && b->klen <= 5 && !memchr(b->key, ' ', b->klen) && strlen(o->name) > b->klen + 1)
                en->name = o->name;
        } else if (c->demonym >= 0) {
            en->country[0] = (char)('A' + c->demonym / 26);
            en->country[1] = (char)('A' + c->demonym % 26);
            en->country[2] = 0;
        }
    }
    for (size_t i = 0; i < r->n; i++) {
        if (r->m[i].skip)
            continue;
        ng_entity *en = &d->entities.v[d->mentions.v[i].entity];
        en->mentions[en->nmentions++] = (uint32_t)i;
    }
    return 0;
}

static int finish_entities(res *r)
{
    ng_doc *d = r->d;
    for (size_t ci = 0; ci < r->nc; ci++) {
        cluster *c = &r->c[ci];
        if (c->parent != (int32_t)ci || c->entity < 0)
            continue;
        ng_entity *en = &d->entities.v[c->entity];
        if (en->type == NG_ENT_PER) {
            en->gender = gender_of(c);
            if (c->role_prio) {
                uint32_t s = d->tokens.v[c->role_t0].start, e = d->tokens.v[c->role_t1 - 1].end;
                en->role = ng__arena_strndup(&d->arena, d->text + s, e - s);
                if (!en->role)
                    return NG_ENOMEM;
                en->role_start = s;
                en->role_end = e;
                if (c->country[0])
                    memcpy(en->country, c->country, 3);
            }
            if (!en->country[0] && c->home_cc >= 0) {
                en->country[0] = (char)('A' + c->home_cc / 26);
                en->country[1] = (char)('A' + c->home_cc % 26);
                en->country[2] = 0;
            }
        } else if (en->type == NG_ENT_ORG && !en->country[0] && r->g) {
            for (uint32_t k = 0; k < en->nmentions; k++) {
                int cc = based_country(r, &r->m[en->mentions[k]]);
                if (cc >= 0) {
                    en->country[0] = (char)('A' + cc / 26);
                    en->country[1] = (char)('A' + cc % 26);
                    en->country[2] = 0;
                    break;
                }
            }
        }
    }
    /* nominal references per entity */
    uint32_t *cnt = ng__arena_calloc(&d->arena, d->entities.n + 1, sizeof *cnt);
    if (!cnt)
        return NG_ENOMEM;
    for (size_t i = 0; i < d->rolerefs.n; i++)
        if (d->rolerefs.v[i].entity >= 0)
            cnt[d->rolerefs.v[i].entity]++;
    for (size_t k = 0; k < d->entities.n; k++)
        if (cnt[k] && !(d->entities.v[k].nominals = ng__arena_alloc(&d->arena, cnt[k] * sizeof(uint32_t))))
            return NG_ENOMEM;
    for (size_t i = 0; i < d->rolerefs.n; i++) {
        int32_t k = d->rolerefs.v[i].entity;
        if (k >= 0)
            d->entities.v[k].nominals[d->entities.v[k].nnominals++] = (uint32_t)i;
    }
    return 0;
}

static int cmp_mention(const void *a, const void *b)
{
    const ng_mention *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start ? 1 : (x->end > y->end) - (x->end < y->end);
}

/* ---- 0. names the tagger missed ---- */

typedef struct seen {
    uint64_t h;
    uint32_t len;
    uint8_t type; /* 0: empty */
} seen;

static seen *seen_slot(seen *t, uint32_t cap, const char *k, size_t n)
{
    uint64_t h = ng__hash(k, n);
    for (uint32_t i = (uint32_t)h & (cap - 1);; i = (i + 1) & (cap - 1))
        if (!t[i].type || (t[i].h == h && t[i].len == n)) {
            t[i].h = h;
            t[i].len = (uint32_t)n;
            return &t[i];
        }
}

static int is_name_tok(const ng_token *t)
{
    return (t->kind == NG_TOK_WORD || t->kind == NG_TOK_ABBREV) && (t->flags & (NG_TF_CAP | NG_TF_ALLCAP));
}

/*
 * Adds mentions for names the tagger tagged elsewhere in the article but
 * missed here (a person's surname, an organisation), and for known outlets,
 * international bodies and countries from the gazetteer.  Only whole runs of
 * capitalised words are taken (a leading "The" may be left out), and a run
 * at the start of a sentence only when it is a name seen elsewhere or a known
 * organisation: "Jordan said" stays a person.
 */
static int recover(const ng_engine *e, ng_doc *d)
{
    const struct ng_gazetteer *g = e ? e->gaz : NULL;
    size_t n0 = d->mentions.n;
    uint32_t cap = 64;
    while (cap < 8 * n0 + 64)
        cap *= 2;
    seen *tab = ng__arena_calloc(&d->arena, cap, sizeof *tab);
    uint8_t *covered = ng__arena_calloc(&d->arena, d->tokens.n, 1);
    if (!tab || !covered)
        return NG_ENOMEM;
    for (size_t i = 0; i < n0; i++) {
        const ng_mention *m = &d->mentions.v[i];
        if (m->type < NG_ENT_PER || m->type > NG_ENT_MISC || m->end > d->len || m->start >= m->end)
            continue;
        uint32_t t0 = tok_at(d, m->start), t1 = tok_at(d, m->end);
        for (uint32_t t = t0; t < t1 && t < d->tokens.n; t++)
            covered[t] = 1;
        char k[KEYCAP];
        size_t kl = ng__gaz_key(d->text + m->start, m->end - m->start, k, KEYCAP);
        if (kl >= 2)
            seen_slot(tab, cap, k, kl)->type = m->type;
        /* a person's last name */
        if (m->type == NG_ENT_PER && t1 >= t0 + 2 && t1 <= d->tokens.n) {
            uint32_t last = t1 - 1;
            while (last > t0 && d->tokens.v[last].kind == NG_TOK_POSSESSIVE)
                last--;
            kl = tkey(d, last, k);
            if (kl >= 2 && !ng__lex_role(k, kl))
                seen_slot(tab, cap, k, kl)->type = NG_ENT_PER;
        }
    }
    for (uint32_t t = 0; t < d->tokens.n;) {
        if (covered[t] || !is_name_tok(&d->tokens.v[t])) {
            t++;
            continue;
        }
        uint32_t u = t + 1, sent = d->tokens.v[t].sent;
        while (u < d->tokens.n && u < t + 6 && !covered[u] && d->tokens.v[u].sent == sent &&
               is_name_tok(&d->tokens.v[u]))
            u++;
        uint32_t s0 = t;
        if (u > t + 1 && (tok_is(d, t, "The") || tok_is(d, t, "THE")))
            s0 = t + 1; /* "The BBC" -> try "The BBC", then "BBC" */
        int initial = (d->tokens.v[t].flags & NG_TF_SENT) != 0;
        /* a dateline: "KYIV, Ukraine (Reuters) -", "THE HAGUE \u2014" */
        int dateline = (t == 0 || (d->tokens.v[t].flags & NG_TF_PARA)) && u < d->tokens.n &&
                       (d->tokens.v[u].kind == NG_TOK_PUNCT) &&
                       (tok_is(d, u, ",") || tok_is(d, u, "(") || tok_is(d, u, "-") ||
                        tok_is(d, u, "\xe2\x80\x94") || tok_is(d, u, "\xe2\x80\x93") || tok_is(d, u, "--"));
        for (uint32_t k = t; k < u && dateline; k++)
            if (!(d->tokens.v[k].flags & NG_TF_ALLCAP))
                dateline = 0;
        uint8_t type = 0;
        uint32_t a = t;
        for (; a <= s0 && !type; a++) {
            uint32_t bs = d->tokens.v[a].start, be = d->tokens.v[u - 1].end;
            char k[KEYCAP];
            size_t kl = ng__gaz_key(d->text + bs, be - bs, k, KEYCAP);
            if (kl < 2)
                continue;
            seen *sn = seen_slot(tab, cap, k, kl);
            if (sn->type) {
                type = sn->type;
                break;
            }
            for (const ng_gaz_ref *x = gaz_find(g, k, kl); x && !type; x = next_ref(g, x)) {
                if (x->kind == NG_GAZREF_ORG && g->orgs[x->idx].kind != NG_GAZ_ORG)
                    type = NG_ENT_ORG;
                else if (x->kind == NG_GAZREF_PLACE &&
                         ((g->places[x->idx].kind == NG_GAZ_COUNTRY && !initial) || dateline) && a == t)
                    type = NG_ENT_LOC;
            }
            if (type)
                break;
        }
        if (type) {
            ng_mention m = {d->tokens.v[a].start, d->tokens.v[u - 1].end, a, u - a, type, -1};
            if (NG_VEC_PUSH(&d->arena, d->mentions, m))
                return NG_ENOMEM;
        }
        t = u;
    }
    if (d->mentions.n > n0)
        qsort(d->mentions.v, d->mentions.n, sizeof *d->mentions.v, cmp_mention);
    return 0;
}

/*
 * A person named after an organisation in one name ("Exchequer Nigel Lawson",
 * "CNPF Francois Perigot": the tagger's ORG or MISC runs on over the name of
 * the person who holds a post in it): when a mention of three words or more
 * ends in two capitalised words, no organisation's last word ("Foundation",
 * "Corp"), that the tagger reads elsewhere in the text as a person (both,
 * or the second alone as a speaker or after an honorific: "Lawson said",
 * "Mr Lawson"), and neither the mention's first
 * word nor the word before those two is a first name ("Mary Ann Smith"), the
 * last two words become a person's mention and the rest keeps its type.
 */
static int split_person_tail(ng_doc *d)
{
    size_t n0 = d->mentions.n;
    for (size_t i = 0; i < n0; i++) {
        ng_mention m = d->mentions.v[i];
        if ((m.type != NG_ENT_ORG && m.type != NG_ENT_MISC) || m.end > d->len || m.start >= m.end)
            continue;
        uint32_t t0 = tok_at(d, m.start), t1 = tok_at(d, m.end);
        if (t1 < t0 + 3 || t1 > d->tokens.n)
            continue;
        const ng_token *fn = &d->tokens.v[t1 - 2], *sn = &d->tokens.v[t1 - 1];
        if (fn->kind != NG_TOK_WORD || sn->kind != NG_TOK_WORD || !(sn->flags & NG_TF_CAP) ||
            (sn->flags & NG_TF_ALLCAP) || !(fn->flags & NG_TF_CAP) || sn->end != m.end)
            continue;
        char k[KEYCAP], f[KEYCAP];
        size_t kl = tkey(d, t1 - 1, k), fl = tkey(d, t1 - 2, f);
        if (!kl || !fl || in_list(org_heads, NG_ARRAY_LEN(org_heads), k, kl) || ng__lex_first_name(k, kl) ||
            in_list(org_heads, NG_ARRAY_LEN(org_heads), f, fl))
            continue;
        /* the tagger reads the surname alone, or the two words, as a
         * person elsewhere ("… Lawson said"; among the 200 mentions around) */
        int person = 0;
        for (size_t j = i > 200 ? i - 200 : 0; j < n0 && j < i + 200 && !person; j++) {
            const ng_mention *o = &d->mentions.v[j];
            if (o->type != NG_ENT_PER || o->end > d->len || o->start >= o->end)
                continue;
            uint32_t o0 = tok_at(d, o->start), o1 = tok_at(d, o->end);
            char ok[KEYCAP], of[KEYCAP];
            if (o1 == o0 + 1) {
                /* (the surname as a speaker or after an honorific: "Lawson
                 * said", "Mr Lawson"; not a word the tagger misreads) */
                static const char *const says[] = {"said", "says", "told", "added", "saying"};
                int speaks = 0;
                char w[KEYCAP];
                size_t wl;
                for (size_t q = 0; q < NG_ARRAY_LEN(says) && o1 < d->tokens.n && !speaks; q++)
                    speaks = tok_is(d, o1, says[q]);
                if (!speaks && o0 > 0 && (wl = tkey(d, o0 - 1, w)) != 0)
                    speaks = ng__lex_honorific(w, wl) != 0;
                person = speaks && tkey(d, o0, ok) == kl && !memcmp(ok, k, kl);
            }
            else if (o1 == o0 + 2)
                person = tkey(d, o0 + 1, ok) == kl && !memcmp(ok, k, kl) && tkey(d, o0, of) == fl &&
                         !memcmp(of, f, fl);
        }
        if (!person)
            continue;
        kl = tkey(d, t1 - 3, k);
        if (!kl || ng__lex_first_name(k, kl) || d->tokens.v[t1 - 3].kind == NG_TOK_POSSESSIVE ||
            !(d->tokens.v[t1 - 3].flags & NG_TF_CAP))
            continue; /* ("Mary Ann Smith", "the Bank of John Smith", "Acme's Ann Berg") */
        kl = tkey(d, t0, k);
        if (kl && ng__lex_first_name(k, kl))
            continue;
        ng_mention per = m;
        per.start = fn->start, per.end = m.end, per.type = NG_ENT_PER, per.entity = -1;
        per.tok = t1 - 2, per.ntok = 2;
        d->mentions.v[i].end = d->tokens.v[t1 - 3].end;
        d->mentions.v[i].ntok = t1 - 2 - t0;
        if (NG_VEC_PUSH(&d->arena, d->mentions, per) != 0)
            return NG_ENOMEM;
    }
    return 0;
}

/*
 * Known organisations whose names join two names with "and" or "&"
 * ("Standard and Poor's Corp", "S and P", "Procter and Gamble"): the tagger
 * reads two names or none.  Around each "and"/"&" between capitalised
 * words, the spans of up to two words before and three after (the longest
 * first: "Poor's Corp" is three tokens) are looked up in the gazetteer; an
 * organisation found there becomes one ORG mention, replacing the mentions
 * inside it (not when one runs past its ends).  At most six lookups for
 * each such "and", and one pass to drop the replaced mentions.
 */
static int join_known_orgs(const ng_engine *e, ng_doc *d)
{
    const struct ng_gazetteer *g = e ? e->gaz : NULL;
    if (!g)
        return 0;
    size_t n = d->tokens.n, n0 = d->mentions.n;
    int joined = 0;
    for (uint32_t t = 1; t + 1 < n; t++) {
        const ng_token *k = &d->tokens.v[t];
        const char *w = d->text + k->start;
        uint32_t wl = k->end - k->start;
        if (!((wl == 3 && w[0] == 'a' && w[1] == 'n' && w[2] == 'd') || (wl == 1 && w[0] == '&')) ||
            !is_name_tok(&d->tokens.v[t - 1]) || !is_name_tok(&d->tokens.v[t + 1]) ||
            d->tokens.v[t - 1].sent != k->sent || d->tokens.v[t + 1].sent != k->sent)
            continue;
        uint32_t a = 0, b = 0; /* the span found: tokens [a, b) */
        for (uint32_t i = t - 1; i + 2 >= t && !b; i--) {
            if (!is_name_tok(&d->tokens.v[i]) || d->tokens.v[i].sent != k->sent)
                break;
            for (uint32_t j = t + 4 < n ? t + 4 : (uint32_t)n; j > t + 1 && !b; j--) {
                if (d->tokens.v[j - 1].sent != k->sent)
                    continue;
                char key[NG_GAZ_KEY_MAX];
                size_t kl = ng__gaz_key(d->text + d->tokens.v[i].start,
                                        d->tokens.v[j - 1].end - d->tokens.v[i].start, key, sizeof key);
                for (const ng_gaz_ref *x = gaz_find(g, key, kl); x && !b; x = next_ref(g, x))
                    if (x->kind == NG_GAZREF_ORG)
                        a = i, b = j;
            }
            if (!i)
                break;
        }
        if (!b)
            continue;
        uint32_t bs = d->tokens.v[a].start, be = d->tokens.v[b - 1].end;
        int clash = 0;
        for (size_t i = 0; i < n0 && !clash; i++) {
            const ng_mention *m = &d->mentions.v[i];
            clash = m->type && m->start < be && m->end > bs && (m->start < bs || m->end > be);
        }
        if (clash)
            continue;
        for (size_t i = 0; i < n0; i++)
            if (d->mentions.v[i].start >= bs && d->mentions.v[i].end <= be)
                d->mentions.v[i].type = 0; /* (skipped by the resolver) */
        ng_mention jm = {bs, be, a, b - a, NG_ENT_ORG, -1};
        if (NG_VEC_PUSH(&d->arena, d->mentions, jm) != 0)
            return NG_ENOMEM;
        t = b - 1;
        joined = 1;
    }
    if (joined) { /* the mentions replaced go (the quote annotator reads them all) */
        size_t w = 0;
        for (size_t i = 0; i < d->mentions.n; i++)
            if (d->mentions.v[i].type)
                d->mentions.v[w++] = d->mentions.v[i];
        d->mentions.n = w;
    }
    return 0;
}

int ng__entities_resolve(const ng_engine *e, ng_doc *d)
{
    if (!d->tokens.n)
        return 0;
    int rc = recover(e, d);
    if (!rc)
        rc = split_person_tail(d);
    if (!rc)
        rc = join_known_orgs(e, d);
    if (rc)
        return rc;
    if (!d->mentions.n)
        return 0;
    for (size_t i = 1; i < d->mentions.n; i++)
        if (d->mentions.v[i].start < d->mentions.v[i - 1].start) {
            qsort(d->mentions.v, d->mentions.n, sizeof *d->mentions.v, cmp_mention);
            break;
        }
    res r;
    memset(&r, 0, sizeof r);
    r.e = e;
    r.g = e ? e->gaz : NULL;
    r.d = d;
    r.n = d->mentions.n;
    r.m = ng__arena_alloc(&d->arena, r.n * sizeof *r.m);
    r.tok_mention = ng__arena_alloc(&d->arena, d->tokens.n * sizeof *r.tok_mention);
    r.ctx = ng__arena_calloc(&d->arena, 2 * 26 * 26, sizeof *r.ctx);
    r.nmap = 16;
    while (r.nmap < 8 * r.n + 32)
        r.nmap *= 2;
    r.map = ng__arena_calloc(&d->arena, r.nmap, sizeof *r.map);
    uint8_t *isplace = ng__arena_calloc(&d->arena, r.n, 1);
    if (!r.m || !r.tok_mention || !r.ctx || !r.map || !isplace)
        return NG_ENOMEM;
    r.ctx_sub = r.ctx + 26 * 26;
    memset(r.tok_mention, 0xff, d->tokens.n * sizeof *r.tok_mention);
    rc = prepare(&r);
    if (rc)
        return rc;
    for (size_t i = 0; i < r.n; i++)
        if (!r.m[i].skip && wants_place(&r, &r.m[i]))
            isplace[i] = 1;
    if (r.g) {
        if ((rc = build_context(&r, isplace)) != 0)
            return rc;
        int home = home_country(&r);
        if (home >= 0)
            r.ctx[home] += 1;
        for (size_t i = 0; i < r.n; i++)
            if (isplace[i])
                choose_place(&r, i);
    }
    if ((rc = build_clusters(&r, isplace)) != 0 || (rc = make_entities(&r)) != 0)
        return rc;
    find_roles(&r);
    find_gender(&r);
    if ((rc = find_rolerefs(&r)) != 0 || (rc = finish_entities(&r)) != 0)
        return rc;
    return 0;
}

/* ---- the record ---- */

static const char *const type_names[] = {"", "PER", "ORG", "LOC", "MISC"};
static const char *const place_names[] = {"", "country", "admin1", "city", "region"};

void ng__json_entities(const ng_doc *d, ng_buf *b)
{
    ng__buf_putc(b, '[');
    for (size_t i = 0; i < d->entities.n; i++) {
        const ng_entity *en = &d->entities.v[i];
        bool first = true;
        ng__buf_puts(b, i ? ",{" : "{");
        ng__json_key(b, "id", &first);
        ng__buf_printf(b, "\"E%zu\"", i + 1);
        ng__json_key(b, "type", &first);
        ng__json_cstr(b, type_names[en->type <= NG_ENT_MISC ? en->type : 0]);
        ng__json_key(b, "name", &first);
        ng__json_cstr(b, en->name);
        ng__json_key(b, "mentions", &first);
        ng__buf_putc(b, '[');
        for (uint32_t k = 0; k < en->nmentions; k++) {
            const ng_mention *m = &d->mentions.v[en->mentions[k]];
            ng__buf_printf(b, "%s[%u,%u]", k ? "," : "", m->start, m->end);
        }
        ng__buf_putc(b, ']');
        if (en->role) {
            ng__json_key(b, "role", &first);
            ng__json_cstr(b, en->role);
        }
        if (en->country[0]) {
            ng__json_key(b, "country", &first);
            ng__json_cstr(b, en->country);
        }
        if (en->gender) {
            ng__json_key(b, "gender", &first);
            ng__json_cstr(b, en->gender == NG_GENDER_MALE ? "male" : "female");
        }
        if (en->place) {
            ng__json_key(b, "place", &first);
            ng__json_cstr(b, place_names[en->place <= NG_PLACE_REGION ? en->place : 0]);
        }
        if (en->geonames) {
            ng__json_key(b, "geonames", &first);
            ng__buf_printf(b, "%lld", (long long)en->geonames);
        }
        if (en->place == NG_PLACE_CITY && !isnan(en->lat)) {
            ng__json_key(b, "lat", &first);
            ng__json_num(b, en->lat);
            ng__json_key(b, "lon", &first);
            ng__json_num(b, en->lon);
        }
        if (en->admin1) {
            ng__json_key(b, "admin1", &first);
            ng__json_cstr(b, en->admin1);
        }
        if (en->nnominals) {
            ng__json_key(b, "nominals", &first);
            ng__buf_putc(b, '[');
            for (uint32_t k = 0; k < en->nnominals; k++) {
                const ng_roleref *rr = &d->rolerefs.v[en->nominals[k]];
                ng__buf_printf(b, "%s[%u,%u]", k ? "," : "", rr->start, rr->end);
            }
            ng__buf_putc(b, ']');
        }
        ng__buf_putc(b, '}');
    }
    ng__buf_putc(b, ']');
}
