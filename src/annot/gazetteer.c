/*
 * gazetteer.c -- loading the gazetteer file (data/gazetteer.tsv) into hash
 * tables, and the name keys both the loader and the resolver use.
 *
 * The file is UTF-8 text, one record per line, fields separated by tabs; its
 * first line is "#newsgraph-gazetteer<TAB>1" (doc/FORMAT.md describes every
 * record).  The loader validates everything: a malformed file is NG_EPARSE
 * with the file name, line and byte offset in the error, never a crash.  All
 * names of a record are indexed under their normalised keys in one open
 * addressing table (xxhash via ng__hash); a key's candidates form a chain in
 * g->refs.
 */
#include "gazetteer.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <utf8proc.h>

struct ng_gaz_slot {
    uint64_t h;
    uint32_t key_off, key_len; /* key_len 0: empty slot */
    uint32_t head;             /* first ref */
};

#define GAZ_MAX_FIELDS 256
#define GAZ_MAX_FILE ((size_t)64 << 20)

int ng__gaz_cc_code(const char *cc)
{
    if (!cc || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z' || cc[2])
        return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

/* ---- keys ---- */

size_t ng__gaz_key(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0, i = 0;
    int space = 1; /* drop leading spaces and collapse runs */
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            if (c >= 'A' && c <= 'Z')
                c = (unsigned char)(c + 32);
            if (c == '.' || c == ',' || c == '\'' || c == '"')
                continue;
            if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '_' || c == '/') {
                if (!space) {
                    if (o + 1 > cap)
                        return 0;
                    out[o++] = ' ';
                    space = 1;
                }
                continue;
            }
            if (o + 1 > cap)
                return 0;
            out[o++] = (char)c;
            space = 0;
            continue;
        }
        uint32_t cp;
        int l = ng__utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (l == 0) {
            i++;
            continue;
        }
        i += (size_t)l;
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x201C || cp == 0x201D)
            continue; /* apostrophes and quotes */
        if (cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 ||
            cp == 0xA0) {
            if (!space) {
                if (o + 1 > cap)
                    return 0;
                out[o++] = ' ';
                space = 1;
            }
            continue;
        }
        utf8proc_int32_t dst[8];
        int bound = 0;
        utf8proc_ssize_t k = utf8proc_decompose_char((utf8proc_int32_t)cp, dst, 8,
                                                     UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE |
                                                         UTF8PROC_STRIPMARK | UTF8PROC_COMPAT,
                                                     &bound);
        if (k < 0 || k > 8)
            continue;
        for (utf8proc_ssize_t j = 0; j < k; j++) {
            char tmp[4];
            int el = ng__utf8_encode((uint32_t)dst[j], tmp);
            if (o + (size_t)el > cap)
                return 0;
            memcpy(out + o, tmp, (size_t)el);
            o += (size_t)el;
            space = 0;
        }
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    return o;
}

/* ---- the hash table ---- */

const ng_gaz_ref *ng__gaz_lookup(const struct ng_gazetteer *g, const char *key, size_t n)
{
    if (!g || !g->nslots || n == 0)
        return NULL;
    uint64_t h = ng__hash(key, n);
    uint32_t mask = g->nslots - 1;
    for (uint32_t i = (uint32_t)h & mask;; i = (i + 1) & mask) {
        const ng_gaz_slot *s = &g->slots[i];
        if (!s->key_len)
            return NULL;
        if (s->h == h && s->key_len == n && memcmp(g->keys + s->key_off, key, n) == 0)
            return &g->refs[s->head];
    }
}

static int grow_slots(struct ng_gazetteer *g)
{
    uint32_t n = g->nslots ? g->nslots * 2 : 1024;
    ng_gaz_slot *s = ng__calloc(n, sizeof *s);
    if (!s)
        return NG_ENOMEM;
    for (uint32_t i = 0; i < g->nslots; i++) {
        ng_gaz_slot *o = &g->slots[i];
        if (!o->key_len)
            continue;
        uint32_t j = (uint32_t)o->h & (n - 1);
        while (s[j].key_len)
            j = (j + 1) & (n - 1);
        s[j] = *o;
    }
    ng__free(g->slots);
    g->slots = s;
    g->nslots = n;
    return 0;
}

static int push_ref(struct ng_gazetteer *g, uint8_t kind, uint8_t alt, uint32_t idx, uint32_t next,
                    uint32_t *out)
{
    if (g->nrefs == g->cap_refs) {
        uint32_t cap = g->cap_refs ? g->cap_refs * 2 : 4096;
        ng_gaz_ref *r = ng__realloc(g->refs, (size_t)cap * sizeof *r);
        if (!r)
            return NG_ENOMEM;
        g->refs = r;
        g->cap_refs = cap;
    }
    g->refs[g->nrefs] = (ng_gaz_ref){kind, alt, idx, next};
    *out = g->nrefs++;
    return 0;
}

/* Indexes the name under its key (names without a key are skipped). */
static int add_name(struct ng_gazetteer *g, const char *name, uint8_t kind, uint8_t alt, uint32_t idx)
{
    char key[NG_GAZ_KEY_MAX];
    size_t n = ng__gaz_key(name, strlen(name), key, sizeof key);
    if (!n)
        return 0;
    if ((g->nused + 1) * 2 > g->nslots && grow_slots(g))
        return NG_ENOMEM;
    uint64_t h = ng__hash(key, n);
    uint32_t mask = g->nslots - 1, i = (uint32_t)h & mask;
    for (;; i = (i + 1) & mask) {
        ng_gaz_slot *s = &g->slots[i];
        if (!s->key_len)
            break;
        if (s->h == h && s->key_len == n && memcmp(g->keys + s->key_off, key, n) == 0) {
            const ng_gaz_ref *r = &g->refs[s->head];
            if (r->kind == kind && r->idx == idx)
                return 0; /* another name of the same row with the same key */
            return push_ref(g, kind, alt, idx, s->head, &s->head);
        }
    }
    if (g->keys_len + n > g->keys_cap) {
        size_t cap = g->keys_cap ? g->keys_cap * 2 : 65536;
        while (cap < g->keys_len + n)
            cap *= 2;
        if (cap > UINT32_MAX)
            return NG_ENOMEM;
        char *k = ng__realloc(g->keys, cap);
        if (!k)
            return NG_ENOMEM;
        g->keys = k;
        g->keys_cap = cap;
    }
    uint32_t head;
    if (push_ref(g, kind, alt, idx, UINT32_MAX, &head))
        return NG_ENOMEM;
    memcpy(g->keys + g->keys_len, key, n);
    g->slots[i] = (ng_gaz_slot){h, (uint32_t)g->keys_len, (uint32_t)n, head};
    g->keys_len += n;
    g->nused++;
    return 0;
}

/* ---- parsing ---- */

typedef struct gaz_parser {
    struct ng_gazetteer *g;
    const char *name;
    ng_error *err;
    uint64_t line, offset; /* of the current line */
} gaz_parser;

static int bad(gaz_parser *p, const char *what, const char *field)
{
    ng__error_set(p->err, NG_EPARSE, p->offset, p->line, "gazetteer %s: line %llu (byte %llu): %s%s%s",
                  p->name, (unsigned long long)p->line, (unsigned long long)p->offset, what,
                  field ? ": " : "", field ? field : "");
    return NG_EPARSE;
}

static int parse_u64(const char *s, uint64_t *v)
{
    if (!*s)
        return -1;
    uint64_t x = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || x > (UINT64_MAX - 9) / 10)
            return -1;
        x = x * 10 + (uint64_t)(*s - '0');
    }
    *v = x;
    return 0;
}

static int parse_coord(const char *s, double lim, double *v)
{
    if (!*s || strlen(s) > 32)
        return -1;
    for (const char *q = s; *q; q++)
        if (!((*q >= '0' && *q <= '9') || *q == '.' || *q == '-' || *q == '+'))
            return -1;
    char *end;
    errno = 0;
    double x = strtod(s, &end);
    if (*end || errno || !isfinite(x) || x < -lim || x > lim)
        return -1;
    *v = x;
    return 0;
}

static int cc_field(const char *s, int dash_ok, char out[3])
{
    memset(out, 0, 3);
    if (dash_ok && strcmp(s, "-") == 0)
        return 0;
    if (ng__gaz_cc_code(s) < 0)
        return -1;
    memcpy(out, s, 3);
    return 0;
}

static int new_place(gaz_parser *p, uint32_t *idx)
{
    struct ng_gazetteer *g = p->g;
    if (g->nplaces == g->cap_places) {
        uint32_t cap = g->cap_places ? g->cap_places * 2 : 4096;
        ng_gaz_place *n = ng__realloc(g->places, (size_t)cap * sizeof *n);
        if (!n)
            return NG_ENOMEM;
        g->places = n;
        g->cap_places = cap;
    }
    *idx = g->nplaces++;
    memset(&g->places[*idx], 0, sizeof g->places[*idx]);
    g->places[*idx].lat = g->places[*idx].lon = NAN;
    return 0;
}

static int names(gaz_parser *p, char **f, int nf, int first, uint8_t kind, uint32_t idx)
{
    if (first >= nf)
        return bad(p, "missing name", NULL);
    for (int i = first; i < nf; i++) {
        if (!*f[i]) {
            if (i == first)
                return bad(p, "empty name", NULL);
            continue;
        }
        /* a city's names after its name and ASCII name are alternates */
        uint8_t alt = kind == NG_GAZREF_PLACE && p->g->places[idx].kind == NG_GAZ_CITY && i >= first + 2;
        int rc = add_name(p->g, f[i], kind, alt, idx);
        if (rc)
            return rc;
    }
    return 0;
}

static int record(gaz_parser *p, char **f, int nf)
{
    struct ng_gazetteer *g = p->g;
    uint32_t idx;
    uint64_t v;
    int rc;
    if (strcmp(f[0], "C") == 0) {
        /* C cc geonameid population continent neighbours name [names...] */
        if (nf < 7)
            return bad(p, "country record needs 7 fields", NULL);
        char cc[3];
        if (cc_field(f[1], 0, cc))
            return bad(p, "bad country code", f[1]);
        int code = ng__gaz_cc_code(cc);
        if (g->countries[code].place != UINT32_MAX)
            return bad(p, "duplicate country", f[1]);
        uint64_t gid, pop;
        if (parse_u64(f[2], &gid) || gid == 0 || gid > INT64_MAX)
            return bad(p, "bad GeoNames id", f[2]);
        if (parse_u64(f[3], &pop))
            return bad(p, "bad population", f[3]);
        char cont[3];
        if (cc_field(f[4], 0, cont))
            return bad(p, "bad continent code", f[4]);
        ng_gaz_country *c = &g->countries[code];
        if (strcmp(f[5], "-") != 0) {
            char *s = f[5];
            while (*s) {
                char two[3] = {s[0], s[0] ? s[1] : 0, 0};
                int nc = ng__gaz_cc_code(two);
                if (nc < 0 || (s[2] != ',' && s[2] != 0))
                    return bad(p, "bad neighbour list", f[5]);
                if (c->nneigh < NG_GAZ_MAX_NEIGH)
                    c->neigh[c->nneigh++] = (uint16_t)nc;
                s += s[2] ? 3 : 2;
            }
        }
        if ((rc = new_place(p, &idx)))
            return rc;
        ng_gaz_place *pl = &g->places[idx];
        pl->kind = NG_GAZ_COUNTRY;
        pl->geonames = (int64_t)gid;
        pl->population = pop;
        memcpy(pl->cc, cc, 3);
        pl->name = f[6];
        c->place = idx;
        memcpy(c->continent, cont, 3);
        return names(p, f, nf, 6, NG_GAZREF_PLACE, idx);
    }
    if (strcmp(f[0], "A") == 0) {
        /* A cc admin1code geonameid name [names...] */
        if (nf < 5)
            return bad(p, "admin1 record needs 5 fields", NULL);
        char cc[3];
        if (cc_field(f[1], 0, cc))
            return bad(p, "bad country code", f[1]);
        size_t cl = strlen(f[2]);
        if (cl == 0 || cl > 20)
            return bad(p, "bad admin1 code", f[2]);
        if (parse_u64(f[3], &v) || v > INT64_MAX)
            return bad(p, "bad GeoNames id", f[3]);
        if ((rc = new_place(p, &idx)))
            return rc;
        ng_gaz_place *pl = &g->places[idx];
        pl->kind = NG_GAZ_ADMIN1;
        pl->geonames = (int64_t)v;
        memcpy(pl->cc, cc, 3);
        pl->name = f[4];
        char code[32];
        snprintf(code, sizeof code, "%s@%s", cc, f[2]); /* the code as a key of kind 0 */
        if ((rc = add_name(g, code, 0, 0, idx)))
            return rc;
        return names(p, f, nf, 4, NG_GAZREF_PLACE, idx);
    }
    if (strcmp(f[0], "P") == 0) {
        /* P geonameid cc admin1code population lat lon feature name [names...] */
        if (nf < 9)
            return bad(p, "city record needs 9 fields", NULL);
        uint64_t gid, pop;
        char cc[3];
        double lat, lon;
        if (parse_u64(f[1], &gid) || gid == 0 || gid > INT64_MAX)
            return bad(p, "bad GeoNames id", f[1]);
        if (cc_field(f[2], 0, cc))
            return bad(p, "bad country code", f[2]);
        if (strlen(f[3]) == 0 || strlen(f[3]) > 20)
            return bad(p, "bad admin1 code", f[3]);
        if (parse_u64(f[4], &pop))
            return bad(p, "bad population", f[4]);
        if (parse_coord(f[5], 90, &lat))
            return bad(p, "bad latitude", f[5]);
        if (parse_coord(f[6], 180, &lon))
            return bad(p, "bad longitude", f[6]);
        if ((rc = new_place(p, &idx)))
            return rc;
        ng_gaz_place *pl = &g->places[idx];
        pl->kind = NG_GAZ_CITY;
        pl->geonames = (int64_t)gid;
        pl->population = pop;
        pl->lat = lat;
        pl->lon = lon;
        memcpy(pl->cc, cc, 3);
        pl->admin1 = strcmp(f[3], "-") ? f[3] : NULL; /* the code; made a name after loading */
        if (strcmp(f[7], "PPLC") == 0)
            pl->flags |= NG_GAZ_CAPITAL;
        else if (strcmp(f[7], "PPLG") == 0 || strcmp(f[7], "PPLA") == 0)
            pl->flags |= NG_GAZ_SEAT;
        pl->name = f[8];
        return names(p, f, nf, 8, NG_GAZREF_PLACE, idx);
    }
    if (strcmp(f[0], "D") == 0) {
        /* D cc demonym [demonyms...] */
        if (nf < 3)
            return bad(p, "demonym record needs 3 fields", NULL);
        int code = ng__gaz_cc_code(f[1]);
        if (code < 0)
            return bad(p, "bad country code", f[1]);
        return names(p, f, nf, 2, NG_GAZREF_DEMONYM, (uint32_t)code);
    }
    if (strcmp(f[0], "R") == 0) {
        /* R cc|- name [names...] */
        if (nf < 3)
            return bad(p, "region record needs 3 fields", NULL);
        char cc[3];
        if (cc_field(f[1], 1, cc))
            return bad(p, "bad country code", f[1]);
        if ((rc = new_place(p, &idx)))
            return rc;
        ng_gaz_place *pl = &g->places[idx];
        pl->kind = NG_GAZ_REGION;
        memcpy(pl->cc, cc, 3);
        pl->name = f[2];
        return names(p, f, nf, 2, NG_GAZREF_PLACE, idx);
    }
    if (strcmp(f[0], "O") == 0) {
        /* O kind cc|- name [names...] */
        if (nf < 4)
            return bad(p, "organisation record needs 4 fields", NULL);
        uint8_t kind = strcmp(f[1], "outlet") == 0 ? NG_GAZ_OUTLET
                       : strcmp(f[1], "intl") == 0 ? NG_GAZ_INTL
                       : strcmp(f[1], "org") == 0  ? NG_GAZ_ORG
                                                   : 0;
        if (!kind)
            return bad(p, "bad organisation kind", f[1]);
        char cc[3];
        if (cc_field(f[2], 1, cc))
            return bad(p, "bad country code", f[2]);
        if (g->norgs == g->cap_orgs) {
            uint32_t cap = g->cap_orgs ? g->cap_orgs * 2 : 256;
            ng_gaz_org *n = ng__realloc(g->orgs, (size_t)cap * sizeof *n);
            if (!n)
                return NG_ENOMEM;
            g->orgs = n;
            g->cap_orgs = cap;
        }
        idx = g->norgs++;
        g->orgs[idx] = (ng_gaz_org){f[3], {cc[0], cc[1], cc[2]}, kind};
        return names(p, f, nf, 3, NG_GAZREF_ORG, idx);
    }
    return bad(p, "unknown record type", f[0]);
}

void ng__gazetteer_free(struct ng_gazetteer *g)
{
    if (!g)
        return;
    ng__free(g->buf);
    ng__free(g->places);
    ng__free(g->orgs);
    ng__free(g->refs);
    ng__free(g->keys);
    ng__free(g->slots);
    ng__free(g);
}

/* Replaces each city's admin1 code by its region's name (NULL when unknown). */
static int link_admin1(struct ng_gazetteer *g)
{
    for (uint32_t i = 0; i < g->nplaces; i++) {
        ng_gaz_place *pl = &g->places[i];
        if (pl->kind != NG_GAZ_CITY || !pl->admin1)
            continue;
        char code[32], key[64];
        snprintf(code, sizeof code, "%s@%s", pl->cc, pl->admin1);
        size_t n = ng__gaz_key(code, strlen(code), key, sizeof key);
        pl->admin1 = NULL;
        for (const ng_gaz_ref *r = ng__gaz_lookup(g, key, n); r;
             r = r->next == UINT32_MAX ? NULL : &g->refs[r->next])
            if (r->kind == 0) {
                pl->admin1 = g->places[r->idx].name;
                break;
            }
    }
    return 0;
}

int ng__gazetteer_parse(const char *data, size_t len, const char *name, struct ng_gazetteer **out,
                        ng_error *err)
{
    *out = NULL;
    if (!name)
        name = "(memory)";
    struct ng_gazetteer *g = ng__calloc(1, sizeof *g);
    if (!g || !(g->buf = ng__malloc(len + 1))) {
        ng__free(g);
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory loading gazetteer %s", name);
        return NG_ENOMEM;
    }
    memcpy(g->buf, data, len);
    g->buf[len] = 0;
    g->buf_len = len;
    for (int i = 0; i < 26 * 26; i++)
        g->countries[i].place = UINT32_MAX;
    gaz_parser p = {g, name, err, 1, 0};
    int rc = 0;
    size_t stop = ng__utf8_check(data, len);
    const char *nul = memchr(data, 0, len);
    if (nul && (size_t)(nul - data) < stop)
        stop = (size_t)(nul - data);
    if (stop < len) {
        /* a NUL byte or invalid UTF-8: name its line and byte */
        for (size_t i = 0; i < stop; i++)
            if (data[i] == '\n')
                p.line++;
        p.offset = stop;
        rc = bad(&p, data[stop] == 0 ? "NUL byte" : "invalid UTF-8", NULL);
        goto fail;
    }
    int header = 0;
    char *f[GAZ_MAX_FIELDS];
    size_t pos = 0;
    while (pos < len) {
        char *line = g->buf + pos;
        char *nl = memchr(line, '\n', len - pos);
        size_t ll = nl ? (size_t)(nl - line) : len - pos;
        p.offset = pos;
        pos += ll + (nl ? 1 : 0);
        line[ll] = 0;
        if (ll && line[ll - 1] == '\r')
            line[--ll] = 0;
        if (!header) {
            if (strcmp(line, "#newsgraph-gazetteer\t1") != 0) {
                rc = bad(&p, strncmp(line, "#newsgraph-gazetteer\t", 21) == 0
                                 ? "unsupported gazetteer version"
                                 : "not a newsgraph gazetteer (bad first line)",
                         NULL);
                goto fail;
            }
            header = 1;
        } else if (ll && line[0] != '#') {
            int nf = 0;
            char *s = line;
            for (;;) {
                if (nf == GAZ_MAX_FIELDS) {
                    rc = bad(&p, "too many fields", NULL);
                    goto fail;
                }
                f[nf++] = s;
                char *t = strchr(s, '\t');
                if (!t)
                    break;
                *t = 0;
                s = t + 1;
            }
            for (int i = 0; i < nf; i++)
                if (strlen(f[i]) > 200) {
                    rc = bad(&p, "field too long", NULL);
                    goto fail;
                }
            if ((rc = record(&p, f, nf)) != 0) {
                if (rc == NG_ENOMEM)
                    ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory loading gazetteer %s",
                                  name);
                goto fail;
            }
        }
        p.line++;
    }
    if (!header) {
        p.offset = 0;
        p.line = 1;
        rc = bad(&p, "empty file", NULL);
        goto fail;
    }
    if ((rc = link_admin1(g)) != 0)
        goto fail;
    *out = g;
    return 0;
fail:
    ng__gazetteer_free(g);
    return rc;
}

int ng__gazetteer_load(ng_engine *e, ng_error *err)
{
    e->gaz = NULL;
    if (!e->data_dir)
        return 0;
    size_t dl = strlen(e->data_dir);
    char *path = ng__malloc(dl + 16);
    if (!path)
        return NG_ENOMEM;
    snprintf(path, dl + 16, "%s/gazetteer.tsv", e->data_dir);
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        ng__free(path);
        return 0; /* no gazetteer: places get no coordinates */
    }
    char *data = NULL;
    size_t len = 0, cap = 0;
    int rc = 0;
    for (;;) {
        if (len == cap) {
            if (cap >= GAZ_MAX_FILE) {
                ng__error_set(err, NG_EPARSE, len, 0, "gazetteer %s: larger than %zu bytes", path,
                              GAZ_MAX_FILE);
                rc = NG_EPARSE;
                break;
            }
            size_t nc = cap ? cap * 2 : (size_t)1 << 20;
            char *nd = ng__realloc(data, nc);
            if (!nd) {
                rc = NG_ENOMEM;
                break;
            }
            data = nd;
            cap = nc;
        }
        size_t got = fread(data + len, 1, cap - len, fp);
        len += got;
        if (got == 0) {
            if (ferror(fp)) {
                ng__error_set(err, NG_EIO, len, 0, "gazetteer %s: read error", path);
                rc = NG_EIO;
            }
            break;
        }
    }
    fclose(fp);
    if (rc == 0)
        rc = ng__gazetteer_parse(data, len, path, &e->gaz, err);
    else if (rc == NG_ENOMEM)
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory loading gazetteer %s", path);
    ng__free(data);
    ng__free(path);
    return rc;
}
