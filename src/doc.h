/*
 * doc.h -- the document and its span tables (internal).
 *
 * A document is the unit every stage works on.  Readers fill its metadata
 * and raw text (or HTML); the text layer writes the normalised text, tokens
 * and sentences; each annotator appends to its own table.  Annotators talk to
 * each other only through these tables: quotes read entities, stories read
 * everything.  All tables live in the document's arena.
 *
 * Offsets are byte offsets into doc->text (the normalised text), half-open
 * [start, end).  uint32_t is enough: documents are limited to far less than
 * 4 GiB by max_doc_bytes.
 */
#ifndef NG_DOC_H
#define NG_DOC_H

#include "util/util.h"

typedef struct ng_span {
    uint32_t start, end;
} ng_span;

/* ---- tokens ---- */
typedef enum ng_tok_kind {
    NG_TOK_WORD,     /* letters, with inner apostrophes/hyphens/periods */
    NG_TOK_NUMBER,   /* digits with separators: 1,000  3.5  24-25  1996-08-22 */
    NG_TOK_ABBREV,   /* abbreviation with its period: U.S.  Gen.  Jan. */
    NG_TOK_PUNCT,    /* . , ; : ! ? ( ) [ ] and dashes */
    NG_TOK_QUOTE,    /* " ' and curly quotes, « » */
    NG_TOK_CURRENCY, /* $ € £ ¥ US$ ... */
    NG_TOK_SYMBOL,   /* % & + = / and other symbols */
    NG_TOK_URL,
    NG_TOK_EMAIL,
    NG_TOK_HANDLE,   /* @handle, #hashtag */
    NG_TOK_POSSESSIVE, /* 's ’s ' after a word */
    NG_TOK_OTHER
} ng_tok_kind;

/* Token flags. */
#define NG_TF_CAP 0x01u      /* first letter upper case */
#define NG_TF_ALLCAP 0x02u   /* every letter upper case (and >= 1 letter) */
#define NG_TF_DIGIT 0x04u    /* contains a digit */
#define NG_TF_PARA 0x08u     /* first token of a paragraph */
#define NG_TF_SENT 0x10u     /* first token of a sentence */
#define NG_TF_SPACE 0x20u    /* preceded by white space */
#define NG_TF_OPEN 0x40u     /* quote token that opens (for NG_TOK_QUOTE) */
#define NG_TF_CLOSE 0x80u    /* quote token that closes */
#define NG_TF_NL 0x100u      /* preceded by a line break */
#define NG_TF_BLANK 0x200u   /* preceded by a blank line */

typedef struct ng_token {
    uint32_t start, end;
    uint16_t kind;  /* ng_tok_kind */
    uint16_t flags; /* NG_TF_* */
    uint32_t sent;  /* index of the sentence holding the token */
} ng_token;

/* ---- entities (issue: entities) ---- */
typedef enum ng_ent_type { NG_ENT_NONE, NG_ENT_PER, NG_ENT_ORG, NG_ENT_LOC, NG_ENT_MISC } ng_ent_type;

/* One name mention, as the tagger found it. */
typedef struct ng_mention {
    uint32_t start, end;     /* byte span */
    uint32_t tok, ntok;      /* token range */
    uint8_t type;            /* ng_ent_type */
    int32_t entity;          /* index into doc->entities, or -1 */
} ng_mention;

/* A nominal or role reference ("the NATO chief", "the alliance's secretary
 * general") linked to an entity; kept for the quote speaker resolver. */
typedef struct ng_roleref {
    uint32_t start, end;
    int32_t entity;          /* index into doc->entities, or -1 */
} ng_roleref;

typedef enum ng_gender { NG_GENDER_UNKNOWN, NG_GENDER_MALE, NG_GENDER_FEMALE } ng_gender;

typedef enum ng_place_kind {
    NG_PLACE_NONE, NG_PLACE_COUNTRY, NG_PLACE_ADMIN1, NG_PLACE_CITY, NG_PLACE_REGION
} ng_place_kind;

typedef struct ng_entity {
    uint8_t type;            /* ng_ent_type */
    uint8_t gender;          /* ng_gender, persons only */
    uint8_t place;           /* ng_place_kind: what the gazetteer says it is */
    uint8_t outlet;          /* 1: a news outlet the gazetteer knows (data/outlets.tsv) */
    const char *name;        /* canonical name */
    const char *role;        /* "NATO Secretary General", or NULL */
    uint32_t role_start, role_end; /* where the role was read; role_end == 0: none */
    char country[3];         /* ISO 3166 alpha-2, or "" */
    int64_t geonames;        /* GeoNames id, or 0 */
    double lat, lon;         /* valid when place is NG_PLACE_CITY */
    const char *admin1;      /* or NULL */
    uint32_t *mentions;      /* indices into doc->mentions, in text order */
    uint32_t nmentions;
    uint32_t *nominals;      /* indices into doc->rolerefs, in text order */
    uint32_t nnominals;
} ng_entity;

/* ---- quotes and attributions (issue: statements) ---- */
typedef struct ng_quote {
    uint32_t start, end;           /* content span */
    uint8_t direct;
    uint8_t stance;                /* 1: a belief, intention or stance ("wants to",
                                    * "believes", "approved X"), not speech */
    uint8_t negated;               /* 1: the cue is negated ("has not said",
                                    * "never asked for"): reported as not said */
    uint32_t cue_start, cue_end;   /* the cue verb; cue_end == 0: none */
    const char *cue_lemma;         /* "say", or NULL */
    int32_t speaker;               /* index into doc->entities, or -1 */
    uint32_t speaker_start, speaker_end; /* speaker mention; end == 0: none */
    uint8_t how;                   /* the path that made it: 0 the learned tagger (qtag.c), 1-27 a
                                    * rule of quotes.c (its HOW call site); read by qsrc.c */
} ng_quote;

typedef struct ng_attribution {
    uint32_t start, end;                 /* the attributed claim */
    uint32_t source_start, source_end;   /* the source mention */
    int32_t source_entity;               /* index into doc->entities, or -1 */
    uint32_t cue_start, cue_end;         /* "according to", "reported" */
    uint8_t how;                         /* as ng_quote's */
    uint8_t stance;                      /* as ng_quote's: a belief, stance or act ("approved"), not a claim */
} ng_attribution;

/* ---- amounts ---- */
typedef enum ng_amount_kind { NG_AMT_MONEY, NG_AMT_PERCENT, NG_AMT_MULTIPLIER, NG_AMT_COUNT } ng_amount_kind;

typedef struct ng_amount {
    uint32_t start, end;
    uint8_t kind;                  /* ng_amount_kind */
    uint8_t is_range;              /* value..value_hi */
    double value, value_hi;
    const char *unit;              /* "EUR", "percent", "systems", or NULL */
    const char *approx;            /* "over", "about", ... or NULL */
    uint32_t object_start, object_end; /* what it counts; end == 0: none */
} ng_amount;

/* ---- times ---- */
typedef enum ng_time_type { NG_TIME_DATE, NG_TIME_TIME, NG_TIME_DURATION, NG_TIME_SET } ng_time_type;

typedef struct ng_time {
    uint32_t start, end;
    uint8_t type;                  /* ng_time_type */
    uint8_t anchored;              /* value computed from the publication date */
    uint8_t approx;                /* "nearly two decades" */
    const char *value;             /* TimeML value: 2025-06-09, P20Y, ... */
    const char *value_end;         /* for ranges ("24-25 June"), or NULL */
    const char *zone;              /* UTC offset of a zone named in it ("-05:00", "Z"; static), or NULL */
} ng_time;

/* ---- the document ---- */

/* Readable bytes after the NUL that ends doc->raw and doc->text. */
#define NG_TEXT_PAD 16

typedef struct ng_doc_error {
    int code;
    uint64_t offset;
    const char *msg;
} ng_doc_error;

struct ng_doc {
    ng_arena arena;
    const char *field[NG_FIELD_COUNT];

    /* input */
    /* raw text as read: the document's own copy (ng_doc_set_text), followed
     * by a NUL and NG_TEXT_PAD zero bytes; the text layer normalises it in
     * place when it can, so after ng_process only raw_len still means much */
    char *raw;        size_t raw_len;
    char *html;       size_t html_len;   /* raw HTML page, if any (like raw) */
    const char *html_charset;            /* charset from the HTTP header (WARC), or NULL */
    const char *published_fallback;      /* date used when the page gives none (WARC-Date), or NULL */
    int processed;
    const struct ng__bgdf *bgdf;         /* the engine's background term frequencies (story
                                          * features), set by ng_process; valid while the
                                          * engine is open; NULL: none */

    /* publication date, parsed from field[NG_FIELD_PUBLISHED] */
    int pub_year, pub_month, pub_day;    /* 0 when unknown */

    /* text layer: text is NUL-terminated, and NG_TEXT_PAD more bytes after
     * the NUL are readable (word-at-a-time scanners may load 16 bytes at any
     * offset <= len; they stop at the NUL) */
    char *text; size_t len;
    NG_VEC(ng_token) tokens;
    NG_VEC(ng_span) sents;

    /* annotations */
    NG_VEC(ng_mention) mentions;
    NG_VEC(ng_entity) entities;
    NG_VEC(ng_roleref) rolerefs;
    NG_VEC(ng_quote) quotes;
    NG_VEC(ng_attribution) attributions;
    NG_VEC(ng_amount) amounts;
    NG_VEC(ng_time) times;
    /* word classes of the figures lexicon (src/annot/figlex.re), one per
     * token: filled by the first of quotes (with its own word lookups) /
     * amounts / times to run, shared by amounts and times */
    uint8_t *figcls;
    int32_t *figval;
    /* with them, per token: NG_FG_AMOUNT when it may start an amount,
     * NG_FG_TIME a time (figlex.h: ng__fig_gate), NG_FG_PAD zero bytes
     * after the last */
    uint8_t *figgate;
    /* the quote annotator's word classes and cue entries (1 + index into
     * the cue table, 0: none), one per token (src/annot/quotes.h:
     * ng__q_fold_tokens), for the tagger after it */
    uint16_t *qwc;
    uint16_t *qcue;
    /* per sentence (indexed by ng_token.sent): one past its last token, 0
     * for a sentence without tokens;
     * built by the first annotator that walks sentences (text/sentrun.h:
     * ng__sent_ends), NULL before */
    uint32_t *sent_end;

    NG_VEC(ng_doc_error) errors;
};

/* The index of the first mention of d starting at or after byte b
 * (mentions are in text order); d->mentions.n when none. */
static inline size_t ng__mention_from(const ng_doc *d, uint32_t b)
{
    size_t lo = 0, hi = d->mentions.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->mentions.v[mid].start < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Parses an ISO 8601 date or date-time prefix "YYYY-MM-DD..." (or "YYYY-MM",
 * "YYYY"); returns 0 and fills y/m/d (0 for missing parts), or NG_EPARSE. */
int ng__parse_iso_date(const char *s, int *y, int *m, int *d);

#endif
