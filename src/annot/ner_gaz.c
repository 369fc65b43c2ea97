/*
 * ner_gaz.c -- building the tagger's gazetteer lists at training time from
 * the source files (GeoNames cities15000, admin1 codes and countryInfo,
 * ISO 3166 names, news-outlet names).  Each name is split into tokens the
 * way our tokeniser and CoNLL split them (spaces; a trailing comma and a
 * possessive 's come off), lower-cased and hashed into one phrase key; the
 * set maps the key to a bit mask of the lists it is on.  The set is then
 * stored in the model, so a model needs no outside files at run time.
 */
#include "ner_model.h"

#include <stdio.h>
#include <stdlib.h>

enum { L_CITY, L_CITY_ALT, L_COUNTRY, L_ADMIN1, L_OUTLET, L_COUNT };
static const char *const list_names[L_COUNT] = {"city", "city_alt", "country", "admin1", "outlet"};

/* Adds one name to list l; names that do not start with a capital, are
 * longer than NG_NER_GAZ_MAXLEN tokens or hold brackets are skipped. */
static int add_name(ng_ner_set *g, const char *s, size_t n, int l)
{
    while (n && (*s == ' ' || *s == '"'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '"'))
        n--;
    if (n < 2 || !((s[0] >= 'A' && s[0] <= 'Z') || (unsigned char)s[0] >= 0xC0))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '(' || s[i] == ')' || s[i] == '[' || s[i] == '/' || s[i] == '\t')
            return 0;
    uint64_t h = 0, hs[NG_NER_GAZ_MAXLEN + 3];
    int ntok = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j == i)
            break;
        size_t e = j;
        int comma = 0, poss = 0;
        if (e - i > 1 && s[e - 1] == ',')
            e--, comma = 1;
        if (e - i > 2 && s[e - 2] == '\'' && s[e - 1] == 's')
            e -= 2, poss = 1;
        if (ntok + 3 > NG_NER_GAZ_MAXLEN + 1)
            return 0;
        h = ng__ner_phrase_step(h, ng__ner_lhash(s + i, e - i));
        hs[ntok++] = h;
        if (poss)
            h = ng__ner_phrase_step(h, ng__ner_lhash("'s", 2)), hs[ntok++] = h;
        if (comma)
            h = ng__ner_phrase_step(h, ng__ner_lhash(",", 1)), hs[ntok++] = h;
        i = j;
    }
    if (ntok == 0 || ntok > NG_NER_GAZ_MAXLEN)
        return 0;
    /* prefixes are marked so matching can stop early */
    for (int k = 0; k + 1 < ntok; k++)
        if (ng__ner_set_or(g, hs[k], NG_NER_GAZ_PREFIX))
            return NG_ENOMEM;
    return ng__ner_set_or(g, h, 1u << l);
}

/* Reads a whole file; NULL when it cannot be read (the list is skipped). */
static char *slurp(const char *dir, const char *name, size_t *len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 20, n = 0;
    char *b = ng__malloc(cap);
    while (b) {
        if (n + 1 >= cap) {
            char *nb = ng__realloc(b, cap * 2);
            if (!nb) {
                ng__free(b);
                b = NULL;
                break;
            }
            b = nb, cap *= 2;
        }
        size_t got = fread(b + n, 1, cap - n - 1, f);
        n += got;
        if (!got)
            break;
    }
    fclose(f);
    if (b)
        b[n] = 0;
    *len = n;
    return b;
}

/* Field k (0-based) of a tab- or comma-separated line [p, e): start and
 * length, or -1.  Commas inside double quotes do not split (CSV). */
static int field(const char *p, const char *e, char sep, int k, const char **fs, size_t *fl)
{
    int i = 0;
    while (p <= e) {
        const char *q = p;
        int inq = 0;
        while (q < e && (inq || *q != sep)) {
            if (sep == ',' && *q == '"')
                inq = !inq;
            q++;
        }
        if (i == k) {
            *fs = p;
            *fl = (size_t)(q - p);
            return 0;
        }
        i++;
        p = q + 1;
    }
    return -1;
}

/* Is the name plain enough for an alternate-name list (Latin letters, spaces,
 * hyphens, apostrophes, periods)? */
static int plain(const char *s, size_t n)
{
    if (n < 3)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '-' || c == '\'' || c == '.'))
            return 0;
    }
    return 1;
}

int ng__ner_gaz_build(const char *dir, ng_ner_set *gaz, uint32_t *nlists, const char **names, ng_error *err)
{
    int rc = 0;
    size_t len;
    char *b;
    memset(gaz, 0, sizeof *gaz);
    for (int l = 0; l < L_COUNT; l++)
        if (!(names[l] = ng__strndup(list_names[l], strlen(list_names[l]))))
            return NG_ENOMEM;
    *nlists = L_COUNT;
    int found = 0;
    if ((b = slurp(dir, "geonames/cities15000.txt", &len))) {
        found++;
        for (char *p = b; *p && !rc;) {
            char *e = strchr(p, '\n');
            if (!e)
                e = p + strlen(p);
            const char *fs;
            size_t fl;
            if (field(p, e, '\t', 1, &fs, &fl) == 0)
                rc = add_name(gaz, fs, fl, L_CITY);
            if (!rc && field(p, e, '\t', 2, &fs, &fl) == 0)
                rc = add_name(gaz, fs, fl, L_CITY);
            const char *ps;
            size_t pl;
            long pop = field(p, e, '\t', 14, &ps, &pl) == 0 ? strtol(ps, NULL, 10) : 0;
            if (!rc && pop >= 100000 && field(p, e, '\t', 3, &fs, &fl) == 0) {
                const char *q = fs, *qe = fs + fl;
                while (q < qe && !rc) {
                    const char *c = q;
                    while (c < qe && *c != ',')
                        c++;
                    if (plain(q, (size_t)(c - q)))
                        rc = add_name(gaz, q, (size_t)(c - q), L_CITY_ALT);
                    q = c + 1;
                }
            }
            p = *e ? e + 1 : e;
        }
        ng__free(b);
    }
    if (!rc && (b = slurp(dir, "geonames/countryInfo.txt", &len))) {
        found++;
        for (char *p = b; *p && !rc;) {
            char *e = strchr(p, '\n');
            if (!e)
                e = p + strlen(p);
            const char *fs;
            size_t fl;
            if (*p != '#' && field(p, e, '\t', 4, &fs, &fl) == 0)
                rc = add_name(gaz, fs, fl, L_COUNTRY);
            p = *e ? e + 1 : e;
        }
        ng__free(b);
    }
    if (!rc && (b = slurp(dir, "iso3166/lukes/all/all.csv", &len))) {
        found++;
        for (char *p = b; *p && !rc;) {
            char *e = strchr(p, '\n');
            if (!e)
                e = p + strlen(p);
            const char *fs;
            size_t fl;
            if (p != b && field(p, e, ',', 0, &fs, &fl) == 0) {
                /* "Bolivia (Plurinational State of)" -> "Bolivia"; "Korea, Republic of" -> "Korea" */
                size_t k = 0;
                if (fl && fs[0] == '"')
                    fs++, fl -= fl >= 2 ? 2 : 1;
                while (k < fl && fs[k] != '(' && fs[k] != ',')
                    k++;
                rc = add_name(gaz, fs, k, L_COUNTRY);
            }
            p = *e ? e + 1 : e;
        }
        ng__free(b);
    }
    if (!rc && (b = slurp(dir, "geonames/admin1CodesASCII.txt", &len))) {
        found++;
        for (char *p = b; *p && !rc;) {
            char *e = strchr(p, '\n');
            if (!e)
                e = p + strlen(p);
            const char *fs;
            size_t fl;
            if (field(p, e, '\t', 1, &fs, &fl) == 0)
                rc = add_name(gaz, fs, fl, L_ADMIN1);
            if (!rc && field(p, e, '\t', 2, &fs, &fl) == 0)
                rc = add_name(gaz, fs, fl, L_ADMIN1);
            p = *e ? e + 1 : e;
        }
        ng__free(b);
    }
    if (!rc && (b = slurp(dir, "news-outlets/clean_url_to_country.csv", &len))) {
        found++;
        for (char *p = b; *p && !rc;) {
            char *e = strchr(p, '\n');
            if (!e)
                e = p + strlen(p);
            const char *fs;
            size_t fl;
            if (p != b && field(p, e, ',', 1, &fs, &fl) == 0) {
                if (fl && fs[0] == '"')
                    fs++, fl -= fl >= 2 ? 2 : 1;
                rc = add_name(gaz, fs, fl, L_OUTLET);
            }
            p = *e ? e + 1 : e;
        }
        ng__free(b);
    }
    if (rc) {
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory building the gazetteer");
        return rc;
    }
    if (!found) {
        ng__error_set(err, NG_EIO, UINT64_MAX, 0, "%s: no gazetteer files found (geonames/, iso3166/, news-outlets/)", dir);
        return NG_EIO;
    }
    return 0;
}
