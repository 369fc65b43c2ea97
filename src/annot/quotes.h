/*
 * quotes.h -- internal interface between the quote annotator (quotes.c) and
 * its word lists (quotes_lex.c): the cue lexicon and the small closed
 * classes (pronouns, determiners, source nouns, outlets) it consults.
 */
#ifndef NG_ANNOT_QUOTES_H
#define NG_ANNOT_QUOTES_H

#include "../doc.h"

/* Cue flags: how a cue verb takes its content. */
#define NG_CUE_SPEECH 0x01u /* a verb of saying: may introduce direct quotes */
#define NG_CUE_TELL 0x02u   /* takes an addressee first: "told reporters ..." */
#define NG_CUE_THAT 0x04u   /* reported clause only after "that" ("believes that") */
#define NG_CUE_REPORT 0x08u /* a publication verb: "reported", "wrote" */
#define NG_CUE_URGE 0x10u   /* "urged X to ...": the addressee belongs to the content */
#define NG_CUE_NOSUBJ 0x20u /* never reported-speech without "that" ("continued") */
#define NG_CUE_OBJ 0x40u    /* a speech act whose content is its object: "accused X of …" */
#define NG_CUE_INF 0x80u    /* takes a to-infinitive as its content: "vowed to …", "wants to …" */

typedef struct ng_cue {
    const char *form;   /* lower case, as written: "said" */
    const char *lemma;  /* "say" */
    unsigned flags;     /* NG_CUE_* */
} ng_cue;

/* The cue entry for a lower-case word of n bytes, or NULL. */
const ng_cue *ng__cue_lookup(const char *w, size_t n);
/* The cue table that ng__q_fold_tokens' cue numbers index (number k is
 * entry k - 1), and the entry of cue number k (0: NULL). */
const ng_cue *ng__q_cue_table(void);
const ng_cue *ng__q_cue_entry(uint16_t k);
/* 0 when no cue form has n bytes and w's first two letters (w need not be
 * lower case beyond its first byte): a cheap filter before a lookup. */
int ng__cue_maybe(const char *w, size_t n);
/* 1 when the cue table is sorted, its first-letter/length filter matches it
 * and every word fits the lookup table; for tests. */
int ng__cue_table_sorted(void);

/* Word classes, bits of ng__q_fold_tokens()'s wc. */
#define NG_QW_PRONOUN 0x01u     /* ng__q_is_pronoun */
#define NG_QW_DETERMINER 0x02u  /* ng__q_is_determiner */
#define NG_QW_STOPWORD 0x04u    /* ng__q_is_stopword */
#define NG_QW_AUX 0x08u         /* ng__q_is_aux */
#define NG_QW_SOURCE_NOUN 0x10u /* ng__q_is_source_noun */
#define NG_QW_OUTLET_WORD 0x20u /* ng__q_is_outlet_word */
#define NG_QW_WEEKDAY 0x40u     /* ng__q_is_weekday */
#define NG_QW_STARTER 0x80u     /* a first word of a pattern in quotes.c (quotes_lex.c: starters) */

#define NG_QW_CUE 0x100u        /* (ng__q_fold_tokens only) the word has a cue entry */
#define NG_QW_SRC 0x200u        /* (ng__q_fold_tokens only) the word has NG_QS_* classes */
#define NG_QW_SUBJ_STOP 0x400u  /* (ng__q_fold_tokens only) amounts' subject_start stops at it: said, which ... */
#define NG_QW_WHEN_ADV 0x800u   /* (ng__q_fold_tokens only) quotes.c's skip_when steps over it: again, now, today ... */
#define NG_QW_REL_WH 0x1000u    /* (ng__q_fold_tokens only) which, whom (quotes.c: rel_object_subject) */

/* For every token of a document: wc[i] = the word classes (NG_QW_*) of a
 * word or abbreviation of 1-23 bytes with its ASCII capitals read as lower
 * case (what the ng__q_is_* functions say of its lower-case form; else 0),
 * with NG_QW_CUE when its lower-case form has a cue entry; cue[i] the number
 * of that entry (ng__cue_lookup; ng__q_cue_entry) when the word starts with
 * a lower-case letter (else 0: two bytes a token where a pointer took
 * eight); and when fcls and fval are not NULL, the figures classes that
 * ng__figlex_tokens() gives (figlex.h), from the same lookup, and in
 * fgate (with them; NG_FG_PAD more bytes, zeroed) each token's
 * ng__fig_gate().  One lookup per token.  text is a document's text (16 bytes are loaded at a time: its
 * NG_TEXT_PAD bytes after the end are read).  Returns 1 when it filled fcls
 * and fval, else 0 (NULL, or the table could not hold the figures words). */
int ng__q_fold_tokens(const char *text, const ng_token *tk, size_t nt, uint16_t *wc, uint16_t *cue,
                      uint8_t *fcls, int32_t *fval, uint8_t *fgate);
/* Builds the lexicon table now (else the first ng__q_fold_tokens does):
 * called when an engine opens. */
void ng__q_lex_init(void);

/* Closed word classes; w is lower case, n bytes. */
int ng__q_is_pronoun(const char *w, size_t n);       /* he she they it i we you */
int ng__q_is_determiner(const char *w, size_t n);    /* the a an his her ... */
int ng__q_is_stopword(const char *w, size_t n);      /* ends a subject phrase: that and but ... */
int ng__q_is_aux(const char *w, size_t n);           /* has had was also reportedly ... */
int ng__q_is_source_noun(const char *w, size_t n);   /* officials sources report police ... */
int ng__q_is_outlet_word(const char *w, size_t n);   /* reuters bbc times post journal ... */
int ng__q_is_weekday(const char *w, size_t n);       /* monday ... tonight yesterday */
/* All the classes above of w at once (NG_QW_*, NG_QW_STARTER included; 0: none). */
unsigned ng__q_word_class(const char *w, size_t n);
/* Does amounts' subject_start stop at the word w[0..n) (any case): a verb of
 * saying or a clause opener (NG_QW_SUBJ_STOP)? */
int ng__q_is_subject_stop(const char *w, size_t n);
/* Does quotes.c's skip_when step over the word w[0..n) (any case) as an
 * adverb of time (NG_QW_WHEN_ADV)? */
int ng__q_is_when_adv(const char *w, size_t n);

/* Word classes of the source-phrase cleaner (quotes.c: clean_source). */
#define NG_QS_LEAD 0x01u   /* a leading conjunction or adverb: but, also, however */
#define NG_QS_PREP 0x02u   /* a preposition or subordinator: in, despite, amid, as */
#define NG_QS_TAIL 0x04u   /* a trailing adverb: later, however, too, today */
#define NG_QS_PERIOD 0x08u /* a period after last/this/next: week, month, time */
#define NG_QS_REL 0x10u    /* last, this, next, past, earlier, late */
#define NG_QS_VENUE 0x20u  /* what one speaks in: statement, interview, speech */
#define NG_QS_TIME 0x40u   /* a word naming a time by itself: week, hours, later */
#define NG_QS_GLUE 0x80u   /* a word inside a time phrase: a, few, the, last */
/* The NG_QS_* classes of w (ASCII capitals read as lower case; 0: none). */
unsigned ng__q_src_class(const char *w, size_t n);

/* Speaker resolution as the rules do it, for the learned tagger (qtag.c):
 * the entity of the mention that ends bytes [bs, be) (*type, if not NULL,
 * gets that mention's type even when it has no entity), of a role reference
 * there, or of the most recent person before bs of a gender (ng_gender);
 * -1 when none. */
/* Sorts the document's quotes and attributions by start (the order the
 * record lists them in), equal starts in their order.  Returns 0 or
 * NG_ENOMEM. */
int ng__q_sort(ng_doc *d);

/* Sorts n items of size bytes, each starting with its uint32_t start, by
 * start, stably (equal starts keep their order): insertion for a few items
 * (at most 32, each no larger than a quote), a bottom-up merge sort through
 * a buffer from the arena ar for more.  Returns 0 or NG_ENOMEM (the items
 * unchanged). */
int ng__q_sort_by_start(ng_arena *ar, void *v, size_t n, size_t size);

int32_t ng__q_mention_entity(const ng_doc *d, uint32_t bs, uint32_t be, uint8_t *type);
int32_t ng__q_roleref_entity(const ng_doc *d, uint32_t bs, uint32_t be);
int32_t ng__q_pronoun_entity(const ng_doc *d, uint32_t bs, int gender);
/* For the tagger (qtag.c): tidies the source tokens [*s, *e) of an item whose
 * cue starts at token c, in a sentence (window) that starts at token lo, as
 * the rules draw sources: a subject right before the cue reaches the start of
 * its phrase ("Mr. Vance and Ann Berg have argued"); a lone function word
 * ("whether", "will") is no source (*e = *s = 0 then).  Leaves *s, *e alone
 * when ng__annot_quotes has not run on d or the source is not before c. */
void ng__q_tidy_source(const ng_doc *d, size_t c, size_t lo, size_t *s, size_t *e);
/* For the tagger: the source tokens [*s, *e) of an item with none whose cue
 * starts at token c, in a sentence (window) that starts at token lo: the
 * subject of the clause of a participle or infinitive cue ("Berg began by
 * saying", "went on to say"), a subject pronoun right before a finite cue
 * ("he spoke briefly of"), or empty (quotes.c: cue_subject, pronoun_subject). */
void ng__q_cue_subject(const ng_doc *d, size_t c, size_t lo, size_t *s, size_t *e);

#endif
