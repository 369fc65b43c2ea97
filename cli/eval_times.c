/*
 * eval_times.c -- `newsgraph eval times DIR...`: temporal expressions
 * against TimeML gold (.tml files), with the TempEval-3 measures.
 *
 * For each .tml file the text inside <TEXT> is stripped of its tags (gold
 * TIMEX3 spans recorded as byte offsets into that text, entities decoded),
 * the DCT's value becomes the document's `published`, and the library's
 * record is read back (JSON, through the public API only).  Our offsets are
 * bytes of the normalised text; they are mapped back to the stripped text by
 * aligning the two (normalisation only drops or replaces characters).
 *
 * Measures (TempEval-3, UzZaman et al. 2013): extent precision, recall and
 * F1, strict (same span) and relaxed (overlap, one-to-one); among relaxed
 * matches, type and value accuracy, and type and value F1 (attribute
 * correct over all system and over all gold expressions).
 *
 * --split dev|train|all picks a fixed, documented subset by file name: a
 * file is in dev when the FNV-1a 32-bit hash of its base name is 0 mod 5
 * (about a fifth of the files); train is the rest.
 *
 * Error analysis: -v prints every error (EXTENT: span differs, VALUE: same
 * span, wrong type or value, MISSED, SPURIOUS) with gold and system type and
 * value; --misses (-vv) adds the surrounding text; -vvv also prints the
 * correct matches (OK), for per-pattern precision counts.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

typedef struct gold {
    size_t start, end;
    char type[16];
    char value[48];
} gold;

typedef struct run {
    ng_engine *engine;
    int split; /* 0 all, 1 dev, 2 train */
    int verbose;
    size_t files;
    size_t ngold, nsys, strict, relaxed, type_ok, value_ok;
} run;

static unsigned fnv1a(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    for (;;) {
        if (!p)
            break;
        if (n + 4096 > cap) {
            char *q = realloc(p, cap * 2);
            if (!q) {
                free(p);
                p = NULL;
                break;
            }
            p = q;
            cap *= 2;
        }
        size_t k = fread(p + n, 1, cap - n - 1, f);
        n += k;
        if (k == 0)
            break;
    }
    fclose(f);
    if (p) {
        p[n] = 0;
        *len = n;
    }
    return p;
}

/* The value of attribute name in the tag text tag[0..n), into out. */
static int attr(const char *tag, size_t n, const char *name, char *out, size_t outn)
{
    size_t nl = strlen(name);
    for (size_t i = 0; i + nl + 2 < n; i++) {
        if ((i == 0 || tag[i - 1] == ' ') && !memcmp(tag + i, name, nl) && tag[i + nl] == '=' && tag[i + nl + 1] == '"') {
            size_t s = i + nl + 2, e = s;
            while (e < n && tag[e] != '"')
                e++;
            size_t k = e - s < outn - 1 ? e - s : outn - 1;
            memcpy(out, tag + s, k);
            out[k] = 0;
            return 1;
        }
    }
    out[0] = 0;
    return 0;
}

/* Strips the TimeML of <TEXT>: fills text (malloc) and the gold list. */
static int parse_tml(const char *src, size_t len, char **text, size_t *tlen, gold **g, size_t *ng, char *dct,
                     size_t dctn)
{
    (void)len;
    dct[0] = 0;
    const char *p = strstr(src, "functionInDocument=\"CREATION_TIME\"");
    if (p) {
        const char *open = p;
        while (open > src && *open != '<')
            open--;
        const char *close = strchr(p, '>');
        if (close)
            attr(open + 1, (size_t)(close - open - 1), "value", dct, dctn);
    }
    const char *t0 = strstr(src, "<TEXT>");
    const char *t1 = t0 ? strstr(t0, "</TEXT>") : NULL;
    if (!t0 || !t1)
        return -1;
    t0 += 6;
    char *out = malloc((size_t)(t1 - t0) + 1);
    size_t cap = 64, n = 0, o = 0;
    gold *gl = malloc(cap * sizeof *gl);
    if (!out || !gl) {
        free(out);
        free(gl);
        return -1;
    }
    long open_idx = -1;
    for (const char *q = t0; q < t1;) {
        if (*q == '<') {
            const char *e = memchr(q, '>', (size_t)(t1 - q));
            if (!e)
                break;
            size_t tn = (size_t)(e - q - 1);
            if (tn >= 6 && !memcmp(q + 1, "TIMEX3", 6)) {
                if (n == cap) {
                    gold *ng2 = realloc(gl, cap * 2 * sizeof *gl);
                    if (!ng2)
                        break;
                    gl = ng2;
                    cap *= 2;
                }
                memset(&gl[n], 0, sizeof gl[n]);
                gl[n].start = o;
                attr(q + 1, tn, "type", gl[n].type, sizeof gl[n].type);
                attr(q + 1, tn, "value", gl[n].value, sizeof gl[n].value);
                open_idx = (long)n++;
            } else if (tn >= 7 && !memcmp(q + 1, "/TIMEX3", 7) && open_idx >= 0) {
                gl[open_idx].end = o;
                open_idx = -1;
            }
            q = e + 1;
            continue;
        }
        if (*q == '&') {
            static const struct { const char *e; char c; } ents[] = {
                {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
            size_t k;
            for (k = 0; k < 5; k++)
                if (!strncmp(q, ents[k].e, strlen(ents[k].e)))
                    break;
            if (k < 5) {
                out[o++] = ents[k].c;
                q += strlen(ents[k].e);
                continue;
            }
        }
        out[o++] = *q++;
    }
    out[o] = 0;
    *text = out;
    *tlen = o;
    *g = gl;
    *ng = n;
    return 0;
}

/* map[j] = byte in raw of normalised byte j (map[nlen] = end). */
static size_t *align(const char *raw, size_t rlen, const char *norm, size_t nlen)
{
    size_t *map = malloc((nlen + 1) * sizeof *map);
    if (!map)
        return NULL;
    size_t i = 0, j = 0;
    while (j < nlen) {
        unsigned char a = i < rlen ? (unsigned char)raw[i] : 0, b = (unsigned char)norm[j];
        if (i < rlen && a == b) {
            map[j++] = i++;
            continue;
        }
        if (i < rlen && (a == ' ' || a == '\t' || a == '\r' || a == '\n' || a < 0x20)) {
            i++;
            continue;
        }
        /* a replaced character: advance one UTF-8 character in each */
        size_t ra = 1, nb = 1;
        if (a >= 0xC0)
            ra = a >= 0xF0 ? 4 : a >= 0xE0 ? 3 : 2;
        if (b >= 0xC0)
            nb = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        for (size_t k = 0; k < nb && j < nlen; k++)
            map[j++] = i < rlen ? i : rlen;
        i += ra;
        if (i > rlen)
            i = rlen;
    }
    map[nlen] = i < rlen ? i : rlen;
    /* the end of a span is one past its last byte: use map[end-1]+1 */
    return map;
}

/* Prints " [...]": the text around bytes [s, e) on one line (--misses). */
static void context(const char *text, size_t tlen, size_t s, size_t e)
{
    size_t a = s > 100 ? s - 100 : 0, b = e + 60 < tlen ? e + 60 : tlen;
    printf(" [");
    for (size_t q = a; q < b; q++)
        putchar(text[q] == '\n' ? ' ' : text[q]);
    printf("]");
}

static int one(const char *path, void *ud)
{
    run *r = ud;
    size_t pl = strlen(path);
    if (pl < 4 || strcmp(path + pl - 4, ".tml"))
        return 0;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    int dev = fnv1a(base) % 5 == 0;
    if ((r->split == 1 && !dev) || (r->split == 2 && dev))
        return 0;
    size_t len;
    char *src = read_all(path, &len);
    if (!src) {
        fprintf(stderr, "eval times: cannot read %s\n", path);
        return 0;
    }
    char *text = NULL, dct[64];
    size_t tlen = 0, ng = 0;
    gold *g = NULL;
    if (parse_tml(src, len, &text, &tlen, &g, &ng, dct, sizeof dct) != 0) {
        fprintf(stderr, "eval times: %s: no <TEXT>\n", path);
        free(src);
        return 0;
    }
    free(src);
    ng_doc *d = NULL;
    char *json = NULL;
    size_t jlen;
    json_t *root = NULL;
    size_t *map = NULL;
    if (ng_doc_new(&d) || ng_doc_set_text(d, text, tlen) ||
        (dct[0] && ng_doc_set(d, NG_FIELD_PUBLISHED, dct, strlen(dct) > 10 ? 10 : strlen(dct))) ||
        ng_process(r->engine, d) || ng_doc_to_json(d, &json, &jlen)) {
        fprintf(stderr, "eval times: %s: processing failed\n", path);
        goto done;
    }
    root = json_loadb(json, jlen, 0, NULL);
    json_t *times = root ? json_object_get(root, "times") : NULL;
    size_t nlen;
    const char *norm = ng_doc_text(d, &nlen);
    map = align(text, tlen, norm, nlen);
    if (!times || !map)
        goto done;
    r->files++;
    size_t ns = json_array_size(times);
    char *gused = calloc(ng + 1, 1);
    if (!gused)
        goto done;
    r->ngold += ng;
    r->nsys += ns;
    for (size_t k = 0; k < ns; k++) {
        json_t *t = json_array_get(times, k);
        size_t s = (size_t)json_integer_value(json_object_get(t, "start"));
        size_t e = (size_t)json_integer_value(json_object_get(t, "end"));
        const char *type = json_string_value(json_object_get(t, "type"));
        const char *value = json_string_value(json_object_get(t, "value"));
        if (s > nlen || e > nlen || e <= s)
            continue;
        size_t rs = map[s], re = map[e - 1] + 1;
        long best = -1;
        for (size_t q = 0; q < ng; q++) {
            if (gused[q] || g[q].end <= rs || g[q].start >= re)
                continue;
            if (best < 0 || (g[q].start == rs && g[q].end == re))
                best = (long)q;
        }
        if (best < 0) {
            if (r->verbose) {
                printf("SPURIOUS %s: \"%.*s\" %s %s", base, (int)(re - rs), text + rs, type, value);
                if (r->verbose > 1)
                    context(text, tlen, rs, re);
                putchar('\n');
            }
            continue;
        }
        gold *gg = &g[best];
        gused[best] = 1;
        r->relaxed++;
        int strict = gg->start == rs && gg->end == re;
        r->strict += strict;
        int tok = type && !strcmp(type, gg->type), vok = value && !strcmp(value, gg->value);
        r->type_ok += tok;
        r->value_ok += vok;
        if ((r->verbose && (!strict || !tok || !vok)) || r->verbose > 2) {
            printf("%s %s: \"%.*s\" %s %s | gold \"%.*s\" %s %s (dct %s)",
                   !strict ? "EXTENT" : !tok || !vok ? "VALUE" : "OK", base,
                   (int)(re - rs), text + rs, type, value, (int)(gg->end - gg->start), text + gg->start, gg->type,
                   gg->value, dct);
            if (r->verbose > 1)
                context(text, tlen, rs, re);
            putchar('\n');
        }
    }
    if (r->verbose)
        for (size_t q = 0; q < ng; q++) {
            if (gused[q])
                continue;
            printf("MISSED %s: \"%.*s\" %s %s (dct %s)", base, (int)(g[q].end - g[q].start), text + g[q].start,
                   g[q].type, g[q].value, dct);
            if (r->verbose > 1)
                context(text, tlen, g[q].start, g[q].end);
            putchar('\n');
        }
    free(gused);
done:
    free(map);
    json_decref(root);
    ng_free(json);
    ng_doc_free(d);
    free(text);
    free(g);
    return 0;
}

static double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

int cmd_eval_times(int argc, char **argv)
{
    run r;
    memset(&r, 0, sizeof r);
    int first = 1;
    for (; first < argc && argv[first][0] == '-'; first++) {
        if (!strcmp(argv[first], "--split") && first + 1 < argc) {
            const char *s = argv[++first];
            r.split = !strcmp(s, "dev") ? 1 : !strcmp(s, "train") ? 2 : !strcmp(s, "all") ? 0 : -1;
            if (r.split < 0) {
                fprintf(stderr, "eval times: --split dev|train|all\n");
                return EXIT_USAGE;
            }
        } else if (!strcmp(argv[first], "-v") || !strcmp(argv[first], "--verbose"))
            r.verbose++;
        else if (!strcmp(argv[first], "-vv") || !strcmp(argv[first], "--misses"))
            r.verbose = 2;
        else if (!strcmp(argv[first], "-vvv"))
            r.verbose = 3;
        else {
            fprintf(stderr, "usage: newsgraph eval times [--split dev|train|all] [-v|--misses|-vvv] DIR|FILE.tml...\n");
            return !strcmp(argv[first], "-h") || !strcmp(argv[first], "--help") ? EXIT_OK : EXIT_USAGE;
        }
    }
    if (first >= argc) {
        fprintf(stderr, "usage: newsgraph eval times [--split dev|train|all] [-v|--misses|-vvv] DIR|FILE.tml...\n");
        return EXIT_USAGE;
    }
    ng_engine_options eo;
    memset(&eo, 0, sizeof eo);
    eo.data_dir = cli_data_dir();
    ng_error err;
    if (ng_engine_open(&eo, &r.engine, &err) != 0) {
        fprintf(stderr, "eval times: %s\n", err.msg);
        return EXIT_SOME_FAILED;
    }
    int bad = 0;
    for (int i = first; i < argc; i++)
        bad += cli_walk(argv[i], one, &r);
    ng_engine_close(r.engine);
    double sp = r.nsys ? (double)r.strict / r.nsys : 0, sr = r.ngold ? (double)r.strict / r.ngold : 0;
    double rp = r.nsys ? (double)r.relaxed / r.nsys : 0, rr = r.ngold ? (double)r.relaxed / r.ngold : 0;
    double tp = r.nsys ? (double)r.type_ok / r.nsys : 0, tr = r.ngold ? (double)r.type_ok / r.ngold : 0;
    double vp = r.nsys ? (double)r.value_ok / r.nsys : 0, vr = r.ngold ? (double)r.value_ok / r.ngold : 0;
    printf("files %zu  gold %zu  system %zu\n", r.files, r.ngold, r.nsys);
    printf("extent strict   P %.1f  R %.1f  F1 %.1f\n", 100 * sp, 100 * sr, 100 * f1(sp, sr));
    printf("extent relaxed  P %.1f  R %.1f  F1 %.1f\n", 100 * rp, 100 * rr, 100 * f1(rp, rr));
    printf("type   accuracy %.1f  F1 %.1f\n", r.relaxed ? 100.0 * r.type_ok / r.relaxed : 0, 100 * f1(tp, tr));
    printf("value  accuracy %.1f  F1 %.1f\n", r.relaxed ? 100.0 * r.value_ok / r.relaxed : 0, 100 * f1(vp, vr));
    return bad ? EXIT_SOME_FAILED : EXIT_OK;
}
