/*
 * gazetteer.h -- the place and organisation gazetteer (internal to the
 * entities resolver).
 *
 * The gazetteer is loaded once per engine from data/gazetteer.tsv (format in
 * doc/FORMAT.md): GeoNames countries, first-level regions and cities of at
 * least 15,000 people, plus hand-written regions, demonyms and organisations
 * (news outlets, international bodies).  Every name is indexed under its
 * normalised key (ng__gaz_key) in one hash table, so the resolver finds all
 * candidates for a mention with one probe.  The gazetteer is read-only after
 * loading and may be shared between threads.
 */
#ifndef NG_GAZETTEER_H
#define NG_GAZETTEER_H

#include "../engine.h"

typedef enum ng_gaz_kind {
    NG_GAZ_COUNTRY = 1,
    NG_GAZ_ADMIN1 = 2,
    NG_GAZ_CITY = 3,
    NG_GAZ_REGION = 4 /* continent, sea, area: no coordinates */
} ng_gaz_kind;

/* Place flags. */
#define NG_GAZ_CAPITAL 0x01u  /* PPLC: capital of a country */
#define NG_GAZ_SEAT 0x02u     /* PPLG: seat of government; PPLA: seat of a region */

typedef struct ng_gaz_place {
    int64_t geonames;       /* GeoNames id, 0 for hand-written regions */
    double lat, lon;        /* cities only (NAN otherwise) */
    uint64_t population;    /* 0 when unknown */
    const char *name;       /* display name (the first name of the row) */
    const char *admin1;     /* cities: the name of their admin1 region, or NULL */
    char cc[3];             /* ISO 3166 alpha-2, or "" */
    uint8_t kind;           /* ng_gaz_kind */
    uint8_t flags;          /* NG_GAZ_* */
} ng_gaz_place;

typedef enum ng_gaz_org_kind { NG_GAZ_OUTLET = 1, NG_GAZ_INTL = 2, NG_GAZ_ORG = 3 } ng_gaz_org_kind;

typedef struct ng_gaz_org {
    const char *name;       /* canonical name */
    char cc[3];             /* or "" */
    uint8_t kind;           /* ng_gaz_org_kind */
} ng_gaz_org;

/* What a name can be: a place, a demonym of a country, an organisation. */
typedef enum ng_gaz_ref_kind { NG_GAZREF_PLACE = 1, NG_GAZREF_DEMONYM = 2, NG_GAZREF_ORG = 3 } ng_gaz_ref_kind;

typedef struct ng_gaz_ref {
    uint8_t kind;           /* ng_gaz_ref_kind */
    uint8_t alt;            /* a city's alternate name (not its name or ASCII name) */
    uint32_t idx;           /* place or org index; demonyms: index of the country's place */
    uint32_t next;          /* next candidate for the same key, or UINT32_MAX */
} ng_gaz_ref;

#define NG_GAZ_MAX_NEIGH 16

typedef struct ng_gaz_country {
    uint32_t place;         /* index of the country's place, UINT32_MAX when absent */
    char continent[3];
    uint16_t neigh[NG_GAZ_MAX_NEIGH]; /* neighbour country codes (ng__gaz_cc_code) */
    uint8_t nneigh;
} ng_gaz_country;

typedef struct ng_gaz_slot ng_gaz_slot;

struct ng_gazetteer {
    char *buf;              /* the file, with separators replaced by NULs */
    size_t buf_len;
    ng_gaz_place *places;
    uint32_t nplaces, cap_places;
    ng_gaz_org *orgs;
    uint32_t norgs, cap_orgs;
    ng_gaz_ref *refs;
    uint32_t nrefs, cap_refs;
    char *keys;             /* normalised keys, back to back */
    size_t keys_len, keys_cap;
    ng_gaz_slot *slots;     /* open addressing, power-of-two size */
    uint32_t nslots, nused;
    ng_gaz_country countries[26 * 26];
};

/* Longest key ng__gaz_key produces; longer names are not indexed. */
#define NG_GAZ_KEY_MAX 160

/*
 * Writes the lookup key of the UTF-8 name s[0..n) into out (cap bytes):
 * case folded, diacritics removed, periods, commas and apostrophes dropped,
 * hyphens and runs of spaces made one space.  Returns the key's length, or 0
 * when the key is empty or does not fit (the name is then not indexable).
 */
size_t ng__gaz_key(const char *s, size_t n, char *out, size_t cap);

/* First candidate of a key (as made by ng__gaz_key), or NULL.  Follow
 * ref->next (UINT32_MAX ends) through g->refs for the others. */
const ng_gaz_ref *ng__gaz_lookup(const struct ng_gazetteer *g, const char *key, size_t n);

/* 0..675 for a two-letter upper-case code, or -1. */
int ng__gaz_cc_code(const char *cc);

/* Parses a gazetteer from memory (copied).  name is used in messages.
 * Returns 0 and sets *out, or NG_ENOMEM / NG_EPARSE with err naming the
 * line and byte offset of the problem. */
int ng__gazetteer_parse(const char *data, size_t len, const char *name,
                        struct ng_gazetteer **out, ng_error *err);

#endif
