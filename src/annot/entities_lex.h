/*
 * entities_lex.h -- word lists of the entities resolver (entities_lex.c).
 * Every lookup takes a key made by ng__gaz_key (lower case, no periods) and
 * returns a set of NG_LEX_* flags, 0 when the word is not listed.
 */
#ifndef NG_ENTITIES_LEX_H
#define NG_ENTITIES_LEX_H

#include "../util/util.h"

#define NG_LEX_HEAD 1u     /* a role noun: president, minister, chief */
#define NG_LEX_MOD 2u      /* a word inside roles: deputy, foreign, former, of */
#define NG_LEX_GENERIC 4u  /* a role noun that needs a qualifier: chief, leader, head */
#define NG_LEX_ORGNOUN 8u  /* a common noun for an organisation: alliance, government */
#define NG_LEX_MALE 16u
#define NG_LEX_FEMALE 32u
#define NG_LEX_HONORIFIC 64u

/* Role word flags; a key with spaces (from a hyphenated word) has the union
 * of its parts' flags when every part is listed, else 0. */
unsigned ng__lex_role(const char *key, size_t len);
/* NG_LEX_HONORIFIC, plus the gender flag when the honorific has one. */
unsigned ng__lex_honorific(const char *key, size_t len);
/* NG_LEX_MALE or NG_LEX_FEMALE for a common first name, else 0. */
unsigned ng__lex_first_name(const char *key, size_t len);
/* 1 when the word says what kind of body an organisation is
 * ("international", "party", "group", "plc"), else 0. */
int ng__ent_body_word(const char *key, size_t len);
/* 1 when a name's key (ng__gaz_key: lower case, words by single spaces)
 * names a geographic feature: "gulf of gdansk", "baltic sea"; else 0. */
int ng__ent_place_name(const char *key, size_t len);
/* 0 when every table is strictly sorted (a test checks it), else -1. */
int ng__lex_check_sorted(void);

#endif
