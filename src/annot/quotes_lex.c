/*
 * quotes_lex.c -- the data of the quote annotator: the cue lexicon (verbs of
 * saying, telling, writing and believing with their lemma and how they take
 * their content) and the closed word classes the speaker finder needs.
 *
 * The cue table is written here by hand, each entry's lemma and how it takes
 * its content from English grammar, and kept sorted by form (the tests check
 * it).  Which words are in it is not all grammar: many rare verbs were added
 * because PolNeAR's fit part (never dev or test) had gold attributions with
 * them that the rules missed, each kept only when fit rose and held-out did
 * not fall (doc/RESULTS.md, e.g. the rounds speech10 and speech11).  The cue
 * forms and the word lists go into one hash table, built on first use, so
 * every lookup is one hash and about one comparison.
 */
#include "quotes.h"
#include "annot/figlex.h"

#include <pthread.h>
#include <stdlib.h>
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
#include <emmintrin.h>
#endif

static const ng_cue cues[] = {
    {"accuse", "accuse", NG_CUE_OBJ},
    {"accused", "accuse", NG_CUE_OBJ},
    {"accuses", "accuse", NG_CUE_OBJ},
    {"accusing", "accuse", NG_CUE_OBJ},
    {"acknowledge", "acknowledge", NG_CUE_SPEECH},
    {"acknowledged", "acknowledge", NG_CUE_SPEECH},
    {"acknowledges", "acknowledge", NG_CUE_SPEECH},
    {"acknowledging", "acknowledge", NG_CUE_SPEECH},
    {"added", "add", NG_CUE_SPEECH},
    {"adding", "add", NG_CUE_SPEECH},
    {"addressed", "address", NG_CUE_OBJ},
    {"adds", "add", NG_CUE_SPEECH},
    {"admit", "admit", NG_CUE_SPEECH},
    {"admits", "admit", NG_CUE_SPEECH},
    {"admitted", "admit", NG_CUE_SPEECH},
    {"admitting", "admit", NG_CUE_SPEECH},
    {"advocated", "advocate", NG_CUE_OBJ},
    {"advocates", "advocate", NG_CUE_OBJ},
    {"affirm", "affirm", NG_CUE_SPEECH|NG_CUE_THAT},
    {"affirmed", "affirm", NG_CUE_SPEECH|NG_CUE_THAT},
    {"agree", "agree", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"agreed", "agree", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"agrees", "agree", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"aimed", "aim", NG_CUE_INF},
    {"aiming", "aim", NG_CUE_INF},
    {"aims", "aim", NG_CUE_INF},
    {"allege", "allege", NG_CUE_SPEECH},
    {"alleged", "allege", NG_CUE_SPEECH},
    {"alleges", "allege", NG_CUE_SPEECH},
    {"alleging", "allege", NG_CUE_SPEECH},
    {"announce", "announce", NG_CUE_SPEECH},
    {"announced", "announce", NG_CUE_SPEECH},
    {"announces", "announce", NG_CUE_SPEECH},
    {"announcing", "announce", NG_CUE_SPEECH},
    {"answered", "answer", NG_CUE_SPEECH},
    {"answering", "answer", NG_CUE_OBJ},
    {"apologised", "apologize", NG_CUE_OBJ},
    {"apologize", "apologize", NG_CUE_OBJ},
    {"apologized", "apologize", NG_CUE_OBJ},
    {"apologizes", "apologize", NG_CUE_OBJ},
    {"applaud", "applaud", NG_CUE_OBJ},
    {"applauded", "applaud", NG_CUE_OBJ},
    {"applauding", "applaud", NG_CUE_OBJ},
    {"applauds", "applaud", NG_CUE_OBJ},
    {"approved", "approve", NG_CUE_OBJ},
    {"approves", "approve", NG_CUE_OBJ},
    {"argue", "argue", NG_CUE_SPEECH},
    {"argued", "argue", NG_CUE_SPEECH},
    {"argues", "argue", NG_CUE_SPEECH},
    {"arguing", "argue", NG_CUE_SPEECH},
    {"articulated", "articulate", NG_CUE_OBJ},
    {"asked", "ask", NG_CUE_SPEECH|NG_CUE_TELL},
    {"asking", "ask", NG_CUE_SPEECH|NG_CUE_TELL},
    {"asks", "ask", NG_CUE_SPEECH|NG_CUE_TELL},
    {"assailed", "assail", NG_CUE_OBJ},
    {"assails", "assail", NG_CUE_OBJ},
    {"assert", "assert", NG_CUE_SPEECH},
    {"asserted", "assert", NG_CUE_SPEECH},
    {"asserting", "assert", NG_CUE_SPEECH},
    {"asserts", "assert", NG_CUE_SPEECH},
    {"assumed", "assume", NG_CUE_THAT},
    {"assumes", "assume", NG_CUE_THAT},
    {"assured", "assure", NG_CUE_SPEECH|NG_CUE_TELL},
    {"assures", "assure", NG_CUE_SPEECH|NG_CUE_TELL},
    {"attacked", "attack", NG_CUE_OBJ},
    {"attacking", "attack", NG_CUE_OBJ},
    {"attributed", "attribute", NG_CUE_OBJ},
    {"avoided", "avoid", NG_CUE_OBJ},
    {"backed", "back", NG_CUE_OBJ},
    {"backing", "back", NG_CUE_OBJ},
    {"backs", "back", NG_CUE_OBJ},
    {"bashed", "bash", NG_CUE_OBJ},
    {"bashing", "bash", NG_CUE_OBJ},
    {"believe", "believe", NG_CUE_THAT},
    {"believed", "believe", NG_CUE_THAT},
    {"believes", "believe", NG_CUE_THAT},
    {"believing", "believe", NG_CUE_THAT},
    {"belittled", "belittle", NG_CUE_OBJ},
    {"bemoaned", "bemoan", NG_CUE_SPEECH},
    {"bemoans", "bemoan", NG_CUE_SPEECH},
    {"blame", "blame", NG_CUE_OBJ},
    {"blamed", "blame", NG_CUE_OBJ},
    {"blames", "blame", NG_CUE_OBJ},
    {"blaming", "blame", NG_CUE_OBJ},
    {"blasted", "blast", NG_CUE_OBJ},
    {"blasting", "blast", NG_CUE_OBJ},
    {"blasts", "blast", NG_CUE_OBJ},
    {"boast", "boast", NG_CUE_SPEECH},
    {"boasted", "boast", NG_CUE_SPEECH},
    {"boasting", "boast", NG_CUE_SPEECH},
    {"bragged", "brag", NG_CUE_SPEECH},
    {"brags", "brag", NG_CUE_SPEECH},
    {"cautioned", "caution", NG_CUE_SPEECH},
    {"cautioning", "caution", NG_CUE_SPEECH},
    {"cautions", "caution", NG_CUE_SPEECH},
    {"challenged", "challenge", NG_CUE_OBJ},
    {"championed", "champion", NG_CUE_OBJ},
    {"champions", "champion", NG_CUE_OBJ},
    {"chanted", "chant", NG_CUE_SPEECH},
    {"chanting", "chant", NG_CUE_SPEECH},
    {"characterized", "characterize", NG_CUE_OBJ},
    {"characterizes", "characterize", NG_CUE_OBJ},
    {"charged", "charge", NG_CUE_SPEECH|NG_CUE_THAT},
    {"charges", "charge", NG_CUE_SPEECH|NG_CUE_THAT},
    {"cherish", "cherish", NG_CUE_OBJ},
    {"chided", "chide", NG_CUE_OBJ},
    {"chides", "chide", NG_CUE_OBJ},
    {"chiding", "chide", NG_CUE_OBJ},
    {"cite", "cite", NG_CUE_OBJ},
    {"cited", "cite", NG_CUE_OBJ},
    {"cites", "cite", NG_CUE_OBJ},
    {"citing", "cite", NG_CUE_OBJ},
    {"claim", "claim", NG_CUE_SPEECH},
    {"claimed", "claim", NG_CUE_SPEECH},
    {"claiming", "claim", NG_CUE_SPEECH},
    {"claims", "claim", NG_CUE_SPEECH},
    {"clarified", "clarify", NG_CUE_SPEECH},
    {"clarify", "clarify", NG_CUE_SPEECH},
    {"coined", "coin", NG_CUE_OBJ},
    {"commended", "commend", NG_CUE_OBJ},
    {"commented", "comment", NG_CUE_SPEECH},
    {"complain", "complain", NG_CUE_SPEECH},
    {"complained", "complain", NG_CUE_SPEECH},
    {"complaining", "complain", NG_CUE_SPEECH},
    {"complains", "complain", NG_CUE_SPEECH},
    {"concede", "concede", NG_CUE_SPEECH},
    {"conceded", "concede", NG_CUE_SPEECH},
    {"concedes", "concede", NG_CUE_SPEECH},
    {"conceding", "concede", NG_CUE_SPEECH},
    {"conclude", "conclude", NG_CUE_SPEECH|NG_CUE_THAT},
    {"concluded", "conclude", NG_CUE_SPEECH|NG_CUE_THAT},
    {"concludes", "conclude", NG_CUE_SPEECH|NG_CUE_THAT},
    {"condemn", "condemn", NG_CUE_OBJ},
    {"condemned", "condemn", NG_CUE_OBJ},
    {"condemning", "condemn", NG_CUE_OBJ},
    {"condemns", "condemn", NG_CUE_OBJ},
    {"confided", "confide", NG_CUE_SPEECH},
    {"confirmed", "confirm", NG_CUE_SPEECH},
    {"confirming", "confirm", NG_CUE_SPEECH},
    {"confirms", "confirm", NG_CUE_SPEECH},
    {"congratulated", "congratulate", NG_CUE_OBJ},
    {"congratulating", "congratulate", NG_CUE_OBJ},
    {"considering", "consider", NG_CUE_OBJ},
    {"contend", "contend", NG_CUE_SPEECH},
    {"contended", "contend", NG_CUE_SPEECH},
    {"contending", "contend", NG_CUE_SPEECH},
    {"contends", "contend", NG_CUE_SPEECH},
    {"continued", "continue", NG_CUE_SPEECH|NG_CUE_NOSUBJ},
    {"contradicted", "contradict", NG_CUE_OBJ},
    {"convey", "convey", NG_CUE_OBJ},
    {"conveyed", "convey", NG_CUE_OBJ},
    {"convince", "convince", NG_CUE_URGE},
    {"convinced", "convince", NG_CUE_URGE},
    {"countered", "counter", NG_CUE_SPEECH},
    {"credited", "credit", NG_CUE_OBJ},
    {"crediting", "credit", NG_CUE_OBJ},
    {"criticise", "criticize", NG_CUE_OBJ},
    {"criticised", "criticize", NG_CUE_OBJ},
    {"criticises", "criticize", NG_CUE_OBJ},
    {"criticising", "criticize", NG_CUE_OBJ},
    {"criticize", "criticize", NG_CUE_OBJ},
    {"criticized", "criticize", NG_CUE_OBJ},
    {"criticizes", "criticize", NG_CUE_OBJ},
    {"criticizing", "criticize", NG_CUE_OBJ},
    {"debunks", "debunk", NG_CUE_OBJ},
    {"decide", "decide", NG_CUE_THAT|NG_CUE_INF},
    {"decided", "decide", NG_CUE_THAT|NG_CUE_INF},
    {"decides", "decide", NG_CUE_THAT|NG_CUE_INF},
    {"declare", "declare", NG_CUE_SPEECH},
    {"declared", "declare", NG_CUE_SPEECH},
    {"declares", "declare", NG_CUE_SPEECH},
    {"declaring", "declare", NG_CUE_SPEECH},
    {"declined", "decline", NG_CUE_OBJ|NG_CUE_INF},
    {"declines", "decline", NG_CUE_OBJ|NG_CUE_INF},
    {"declining", "decline", NG_CUE_OBJ|NG_CUE_INF},
    {"decried", "decry", NG_CUE_OBJ},
    {"decries", "decry", NG_CUE_OBJ},
    {"deemed", "deem", NG_CUE_OBJ},
    {"deeming", "deem", NG_CUE_OBJ},
    {"defended", "defend", NG_CUE_OBJ},
    {"defending", "defend", NG_CUE_OBJ},
    {"defends", "defend", NG_CUE_OBJ},
    {"deflect", "deflect", NG_CUE_OBJ},
    {"demanded", "demand", NG_CUE_SPEECH|NG_CUE_THAT},
    {"demanding", "demand", NG_CUE_SPEECH|NG_CUE_THAT},
    {"demands", "demand", NG_CUE_SPEECH|NG_CUE_THAT},
    {"denied", "deny", NG_CUE_OBJ},
    {"denies", "deny", NG_CUE_OBJ},
    {"denounce", "denounce", NG_CUE_OBJ},
    {"denounced", "denounce", NG_CUE_OBJ},
    {"denounces", "denounce", NG_CUE_OBJ},
    {"denouncing", "denounce", NG_CUE_OBJ},
    {"denying", "deny", NG_CUE_OBJ},
    {"deride", "deride", NG_CUE_OBJ},
    {"derided", "deride", NG_CUE_OBJ},
    {"derides", "deride", NG_CUE_OBJ},
    {"describe", "describe", NG_CUE_OBJ},
    {"described", "describe", NG_CUE_OBJ},
    {"describes", "describe", NG_CUE_OBJ},
    {"describing", "describe", NG_CUE_OBJ},
    {"detailed", "detail", NG_CUE_OBJ},
    {"detailing", "detail", NG_CUE_OBJ},
    {"disavow", "disavow", NG_CUE_OBJ},
    {"disavowed", "disavow", NG_CUE_OBJ},
    {"disavowing", "disavow", NG_CUE_OBJ},
    {"disavows", "disavow", NG_CUE_OBJ},
    {"disclose", "disclose", NG_CUE_SPEECH|NG_CUE_THAT},
    {"disclosed", "disclose", NG_CUE_SPEECH|NG_CUE_THAT},
    {"discuss", "discuss", NG_CUE_OBJ},
    {"discussed", "discuss", NG_CUE_OBJ},
    {"discusses", "discuss", NG_CUE_OBJ},
    {"discussing", "discuss", NG_CUE_OBJ},
    {"disliked", "dislike", NG_CUE_OBJ},
    {"dislikes", "dislike", NG_CUE_OBJ},
    {"dismissed", "dismiss", NG_CUE_OBJ},
    {"dismisses", "dismiss", NG_CUE_OBJ},
    {"dismissing", "dismiss", NG_CUE_OBJ},
    {"disputed", "dispute", NG_CUE_OBJ},
    {"disputes", "dispute", NG_CUE_OBJ},
    {"disputing", "dispute", NG_CUE_OBJ},
    {"disregarded", "disregard", NG_CUE_OBJ},
    {"distanced", "distance", NG_CUE_OBJ},
    {"documented", "document", NG_CUE_OBJ},
    {"doubted", "doubt", NG_CUE_THAT},
    {"doubts", "doubt", NG_CUE_THAT},
    {"downplayed", "downplay", NG_CUE_OBJ},
    {"dubbed", "dub", NG_CUE_OBJ},
    {"echoed", "echo", NG_CUE_OBJ},
    {"echoes", "echo", NG_CUE_OBJ},
    {"echoing", "echo", NG_CUE_OBJ},
    {"elaborated", "elaborate", NG_CUE_SPEECH},
    {"emailed", "email", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"embraced", "embrace", NG_CUE_OBJ},
    {"embraces", "embrace", NG_CUE_OBJ},
    {"embracing", "embrace", NG_CUE_OBJ},
    {"emphasised", "emphasize", NG_CUE_SPEECH},
    {"emphasises", "emphasize", NG_CUE_SPEECH},
    {"emphasising", "emphasize", NG_CUE_SPEECH},
    {"emphasize", "emphasize", NG_CUE_SPEECH},
    {"emphasized", "emphasize", NG_CUE_SPEECH},
    {"emphasizes", "emphasize", NG_CUE_SPEECH},
    {"emphasizing", "emphasize", NG_CUE_SPEECH},
    {"encourage", "encourage", NG_CUE_URGE},
    {"encouraged", "encourage", NG_CUE_URGE},
    {"encourages", "encourage", NG_CUE_URGE},
    {"encouraging", "encourage", NG_CUE_URGE},
    {"endorse", "endorse", NG_CUE_OBJ},
    {"endorsed", "endorse", NG_CUE_OBJ},
    {"endorses", "endorse", NG_CUE_OBJ},
    {"endorsing", "endorse", NG_CUE_OBJ},
    {"envisioned", "envision", NG_CUE_OBJ},
    {"envisions", "envision", NG_CUE_OBJ},
    {"estimated", "estimate", NG_CUE_THAT},
    {"estimates", "estimate", NG_CUE_THAT},
    {"eviscerated", "eviscerate", NG_CUE_OBJ},
    {"expect", "expect", NG_CUE_THAT|NG_CUE_INF},
    {"expecting", "expect", NG_CUE_THAT|NG_CUE_INF},
    {"expects", "expect", NG_CUE_THAT|NG_CUE_INF},
    {"explain", "explain", NG_CUE_SPEECH},
    {"explained", "explain", NG_CUE_SPEECH},
    {"explaining", "explain", NG_CUE_SPEECH},
    {"explains", "explain", NG_CUE_SPEECH},
    {"express", "express", NG_CUE_OBJ},
    {"expressed", "express", NG_CUE_OBJ},
    {"expresses", "express", NG_CUE_OBJ},
    {"expressing", "express", NG_CUE_OBJ},
    {"extols", "extol", NG_CUE_OBJ},
    {"favor", "favor", NG_CUE_OBJ},
    {"favored", "favor", NG_CUE_OBJ},
    {"favoring", "favor", NG_CUE_OBJ},
    {"favors", "favor", NG_CUE_OBJ},
    {"favour", "favor", NG_CUE_OBJ},
    {"favoured", "favor", NG_CUE_OBJ},
    {"favours", "favor", NG_CUE_OBJ},
    {"fear", "fear", NG_CUE_THAT},
    {"feared", "fear", NG_CUE_THAT},
    {"fearing", "fear", NG_CUE_THAT},
    {"fears", "fear", NG_CUE_THAT},
    {"feel", "feel", NG_CUE_THAT},
    {"feels", "feel", NG_CUE_THAT},
    {"felt", "feel", NG_CUE_THAT},
    {"finds", "find", NG_CUE_THAT},
    {"floated", "float", NG_CUE_OBJ},
    {"forecast", "forecast", NG_CUE_SPEECH|NG_CUE_THAT},
    {"forecasts", "forecast", NG_CUE_SPEECH|NG_CUE_THAT},
    {"foresee", "foresee", NG_CUE_SPEECH|NG_CUE_THAT},
    {"found", "find", NG_CUE_THAT},
    {"fumed", "fume", NG_CUE_SPEECH},
    {"groused", "grouse", NG_CUE_SPEECH},
    {"hailed", "hail", NG_CUE_OBJ},
    {"hails", "hail", NG_CUE_OBJ},
    {"highlight", "highlight", NG_CUE_OBJ},
    {"highlighted", "highlight", NG_CUE_OBJ},
    {"highlights", "highlight", NG_CUE_OBJ},
    {"hinted", "hint", NG_CUE_SPEECH|NG_CUE_THAT},
    {"hinting", "hint", NG_CUE_SPEECH|NG_CUE_THAT},
    {"hints", "hint", NG_CUE_SPEECH|NG_CUE_THAT},
    {"hope", "hope", NG_CUE_THAT|NG_CUE_INF},
    {"hoped", "hope", NG_CUE_THAT|NG_CUE_INF},
    {"hopes", "hope", NG_CUE_THAT|NG_CUE_INF},
    {"hoping", "hope", NG_CUE_THAT|NG_CUE_INF},
    {"identified", "identify", NG_CUE_OBJ},
    {"ignored", "ignore", NG_CUE_OBJ},
    {"imagined", "imagine", NG_CUE_THAT},
    {"imagines", "imagine", NG_CUE_THAT},
    {"implied", "imply", NG_CUE_SPEECH|NG_CUE_THAT},
    {"implies", "imply", NG_CUE_SPEECH|NG_CUE_THAT},
    {"implying", "imply", NG_CUE_SPEECH|NG_CUE_THAT},
    {"indicate", "indicate", NG_CUE_THAT},
    {"indicated", "indicate", NG_CUE_THAT},
    {"indicates", "indicate", NG_CUE_THAT},
    {"informed", "inform", NG_CUE_SPEECH|NG_CUE_TELL|NG_CUE_THAT},
    {"informing", "inform", NG_CUE_SPEECH|NG_CUE_TELL},
    {"insinuated", "insinuate", NG_CUE_SPEECH},
    {"insist", "insist", NG_CUE_SPEECH|NG_CUE_INF},
    {"insisted", "insist", NG_CUE_SPEECH|NG_CUE_INF},
    {"insisting", "insist", NG_CUE_SPEECH|NG_CUE_INF},
    {"insists", "insist", NG_CUE_SPEECH|NG_CUE_INF},
    {"intend", "intend", NG_CUE_OBJ|NG_CUE_INF},
    {"intended", "intend", NG_CUE_OBJ|NG_CUE_INF},
    {"intends", "intend", NG_CUE_OBJ|NG_CUE_INF},
    {"interjected", "interject", NG_CUE_SPEECH},
    {"interpret", "interpret", NG_CUE_OBJ},
    {"interpreted", "interpret", NG_CUE_OBJ},
    {"invoked", "invoke", NG_CUE_OBJ},
    {"invoking", "invoke", NG_CUE_OBJ},
    {"issued", "issue", NG_CUE_OBJ},
    {"joked", "joke", NG_CUE_SPEECH},
    {"jokes", "joke", NG_CUE_SPEECH},
    {"joking", "joke", NG_CUE_SPEECH},
    {"justified", "justify", NG_CUE_OBJ},
    {"justify", "justify", NG_CUE_OBJ},
    {"knew", "know", NG_CUE_THAT},
    {"knocked", "knock", NG_CUE_OBJ},
    {"know", "know", NG_CUE_THAT},
    {"knows", "know", NG_CUE_THAT},
    {"labeled", "label", NG_CUE_OBJ},
    {"labeling", "label", NG_CUE_OBJ},
    {"labelled", "label", NG_CUE_OBJ},
    {"lambasted", "lambaste", NG_CUE_OBJ},
    {"lament", "lament", NG_CUE_SPEECH},
    {"lamented", "lament", NG_CUE_SPEECH},
    {"lamenting", "lament", NG_CUE_SPEECH},
    {"laments", "lament", NG_CUE_SPEECH},
    {"lauded", "laud", NG_CUE_OBJ},
    {"likened", "liken", NG_CUE_OBJ},
    {"listed", "list", NG_CUE_OBJ},
    {"lists", "list", NG_CUE_OBJ},
    {"maintain", "maintain", NG_CUE_SPEECH|NG_CUE_THAT},
    {"maintained", "maintain", NG_CUE_SPEECH|NG_CUE_THAT},
    {"maintains", "maintain", NG_CUE_SPEECH|NG_CUE_THAT},
    {"mention", "mention", NG_CUE_SPEECH|NG_CUE_THAT},
    {"mentioned", "mention", NG_CUE_SPEECH|NG_CUE_THAT},
    {"mentioning", "mention", NG_CUE_SPEECH|NG_CUE_THAT},
    {"mentions", "mention", NG_CUE_SPEECH|NG_CUE_THAT},
    {"mocked", "mock", NG_CUE_OBJ},
    {"mocking", "mock", NG_CUE_OBJ},
    {"mocks", "mock", NG_CUE_OBJ},
    {"mused", "muse", NG_CUE_SPEECH},
    {"named", "name", NG_CUE_OBJ},
    {"nominated", "nominate", NG_CUE_OBJ},
    {"note", "note", NG_CUE_SPEECH},
    {"noted", "note", NG_CUE_SPEECH},
    {"notes", "note", NG_CUE_SPEECH},
    {"noting", "note", NG_CUE_SPEECH},
    {"observed", "observe", NG_CUE_SPEECH},
    {"observes", "observe", NG_CUE_SPEECH},
    {"offered", "offer", NG_CUE_OBJ|NG_CUE_INF},
    {"oppose", "oppose", NG_CUE_OBJ},
    {"opposed", "oppose", NG_CUE_OBJ},
    {"opposes", "oppose", NG_CUE_OBJ},
    {"opposing", "oppose", NG_CUE_OBJ},
    {"ordered", "order", NG_CUE_OBJ},
    {"orders", "order", NG_CUE_OBJ},
    {"outlined", "outline", NG_CUE_OBJ},
    {"outlines", "outline", NG_CUE_OBJ},
    {"outlining", "outline", NG_CUE_OBJ},
    {"paraphrasing", "paraphrase", NG_CUE_OBJ},
    {"parroted", "parrot", NG_CUE_OBJ},
    {"persuade", "persuade", NG_CUE_URGE},
    {"persuaded", "persuade", NG_CUE_URGE},
    {"pitched", "pitch", NG_CUE_OBJ},
    {"planned", "plan", NG_CUE_OBJ|NG_CUE_INF},
    {"planning", "plan", NG_CUE_OBJ|NG_CUE_INF},
    {"plans", "plan", NG_CUE_OBJ|NG_CUE_INF},
    {"pleaded", "plead", NG_CUE_OBJ},
    {"pledge", "pledge", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"pledged", "pledge", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"pledges", "pledge", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"pledging", "pledge", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"pondered", "ponder", NG_CUE_OBJ},
    {"ponders", "ponder", NG_CUE_OBJ},
    {"portray", "portray", NG_CUE_OBJ},
    {"portrayed", "portray", NG_CUE_OBJ},
    {"portraying", "portray", NG_CUE_OBJ},
    {"portrays", "portray", NG_CUE_OBJ},
    {"posted", "post", NG_CUE_SPEECH|NG_CUE_REPORT|NG_CUE_THAT},
    {"praise", "praise", NG_CUE_OBJ},
    {"praised", "praise", NG_CUE_OBJ},
    {"praises", "praise", NG_CUE_OBJ},
    {"praising", "praise", NG_CUE_OBJ},
    {"predict", "predict", NG_CUE_SPEECH},
    {"predicted", "predict", NG_CUE_SPEECH},
    {"predicting", "predict", NG_CUE_SPEECH},
    {"predicts", "predict", NG_CUE_SPEECH},
    {"prefer", "prefer", NG_CUE_OBJ|NG_CUE_INF},
    {"preferred", "prefer", NG_CUE_OBJ|NG_CUE_INF},
    {"prefers", "prefer", NG_CUE_OBJ|NG_CUE_INF},
    {"presented", "present", NG_CUE_OBJ},
    {"pressed", "press", NG_CUE_URGE},
    {"presses", "press", NG_CUE_URGE},
    {"pressing", "press", NG_CUE_URGE},
    {"proclaimed", "proclaim", NG_CUE_SPEECH},
    {"proclaiming", "proclaim", NG_CUE_SPEECH},
    {"proclaims", "proclaim", NG_CUE_SPEECH},
    {"projected", "project", NG_CUE_SPEECH|NG_CUE_THAT},
    {"promise", "promise", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"promised", "promise", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"promises", "promise", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"promising", "promise", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"promote", "promote", NG_CUE_OBJ},
    {"promoted", "promote", NG_CUE_OBJ},
    {"promoting", "promote", NG_CUE_OBJ},
    {"propose", "propose", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"proposed", "propose", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"proposes", "propose", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"proposing", "propose", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"propounded", "propound", NG_CUE_OBJ},
    {"protested", "protest", NG_CUE_OBJ},
    {"pummeled", "pummel", NG_CUE_OBJ},
    {"pushed", "push", NG_CUE_OBJ},
    {"pushing", "push", NG_CUE_OBJ},
    {"questioned", "question", NG_CUE_OBJ},
    {"questioning", "question", NG_CUE_OBJ},
    {"quipped", "quip", NG_CUE_SPEECH},
    {"quipping", "quip", NG_CUE_SPEECH},
    {"quips", "quip", NG_CUE_SPEECH},
    {"quoted", "quote", NG_CUE_OBJ},
    {"quotes", "quote", NG_CUE_OBJ},
    {"quoting", "quote", NG_CUE_OBJ},
    {"reacted", "react", NG_CUE_OBJ},
    {"reaffirmed", "reaffirm", NG_CUE_OBJ},
    {"reaffirming", "reaffirm", NG_CUE_OBJ},
    {"realised", "realize", NG_CUE_SPEECH|NG_CUE_THAT},
    {"realized", "realize", NG_CUE_SPEECH|NG_CUE_THAT},
    {"realizes", "realize", NG_CUE_SPEECH|NG_CUE_THAT},
    {"reasoned", "reason", NG_CUE_SPEECH|NG_CUE_THAT},
    {"reassures", "reassure", NG_CUE_OBJ},
    {"rebuffs", "rebuff", NG_CUE_OBJ},
    {"rebuke", "rebuke", NG_CUE_OBJ},
    {"rebuked", "rebuke", NG_CUE_OBJ},
    {"rebut", "rebut", NG_CUE_OBJ},
    {"rebuts", "rebut", NG_CUE_OBJ},
    {"rebutted", "rebut", NG_CUE_OBJ},
    {"recall", "recall", NG_CUE_SPEECH},
    {"recalled", "recall", NG_CUE_SPEECH},
    {"recalling", "recall", NG_CUE_SPEECH},
    {"recalls", "recall", NG_CUE_SPEECH},
    {"recognize", "recognize", NG_CUE_SPEECH|NG_CUE_THAT},
    {"recognized", "recognize", NG_CUE_SPEECH|NG_CUE_THAT},
    {"recognizes", "recognize", NG_CUE_SPEECH|NG_CUE_THAT},
    {"recognizing", "recognize", NG_CUE_SPEECH|NG_CUE_THAT},
    {"recommend", "recommend", NG_CUE_SPEECH|NG_CUE_THAT},
    {"recommended", "recommend", NG_CUE_SPEECH|NG_CUE_THAT},
    {"recommends", "recommend", NG_CUE_SPEECH|NG_CUE_THAT},
    {"recounted", "recount", NG_CUE_SPEECH},
    {"recounting", "recount", NG_CUE_SPEECH},
    {"recounts", "recount", NG_CUE_SPEECH},
    {"reference", "reference", NG_CUE_OBJ},
    {"referenced", "reference", NG_CUE_OBJ},
    {"referencing", "reference", NG_CUE_OBJ},
    {"referred", "refer", NG_CUE_OBJ},
    {"refuse", "refuse", NG_CUE_OBJ|NG_CUE_INF},
    {"refused", "refuse", NG_CUE_OBJ|NG_CUE_INF},
    {"refuses", "refuse", NG_CUE_OBJ|NG_CUE_INF},
    {"refusing", "refuse", NG_CUE_OBJ|NG_CUE_INF},
    {"refuted", "refute", NG_CUE_OBJ},
    {"reiterated", "reiterate", NG_CUE_SPEECH},
    {"reiterates", "reiterate", NG_CUE_SPEECH},
    {"reiterating", "reiterate", NG_CUE_SPEECH},
    {"reject", "reject", NG_CUE_OBJ},
    {"rejected", "reject", NG_CUE_OBJ},
    {"rejecting", "reject", NG_CUE_OBJ},
    {"rejects", "reject", NG_CUE_OBJ},
    {"relishes", "relish", NG_CUE_OBJ},
    {"remarked", "remark", NG_CUE_SPEECH},
    {"remarking", "remark", NG_CUE_SPEECH},
    {"remarks", "remark", NG_CUE_SPEECH},
    {"remember", "remember", NG_CUE_SPEECH|NG_CUE_THAT},
    {"remembered", "remember", NG_CUE_SPEECH|NG_CUE_THAT},
    {"remembers", "remember", NG_CUE_SPEECH|NG_CUE_THAT},
    {"remind", "remind", NG_CUE_SPEECH|NG_CUE_TELL|NG_CUE_THAT},
    {"reminded", "remind", NG_CUE_SPEECH|NG_CUE_TELL|NG_CUE_THAT},
    {"reminding", "remind", NG_CUE_SPEECH|NG_CUE_TELL|NG_CUE_THAT},
    {"reminds", "remind", NG_CUE_SPEECH|NG_CUE_TELL|NG_CUE_THAT},
    {"renewed", "renew", NG_CUE_OBJ},
    {"repeated", "repeat", NG_CUE_SPEECH},
    {"repeating", "repeat", NG_CUE_SPEECH},
    {"repeats", "repeat", NG_CUE_SPEECH},
    {"replied", "reply", NG_CUE_SPEECH},
    {"replies", "reply", NG_CUE_SPEECH},
    {"replying", "reply", NG_CUE_SPEECH},
    {"reported", "report", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"reporting", "report", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"reports", "report", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"requested", "request", NG_CUE_OBJ},
    {"resent", "resent", NG_CUE_OBJ},
    {"resisted", "resist", NG_CUE_OBJ},
    {"respond", "respond", NG_CUE_OBJ},
    {"responded", "respond", NG_CUE_SPEECH},
    {"responds", "respond", NG_CUE_SPEECH},
    {"retorted", "retort", NG_CUE_SPEECH},
    {"retweeted", "retweet", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"reveal", "reveal", NG_CUE_SPEECH|NG_CUE_THAT},
    {"revealed", "reveal", NG_CUE_SPEECH|NG_CUE_THAT},
    {"reveals", "reveal", NG_CUE_SPEECH|NG_CUE_THAT},
    {"ripped", "rip", NG_CUE_OBJ},
    {"rips", "rip", NG_CUE_OBJ},
    {"ruled", "rule", NG_CUE_SPEECH|NG_CUE_THAT},
    {"said", "say", NG_CUE_SPEECH},
    {"say", "say", NG_CUE_SPEECH},
    {"saying", "say", NG_CUE_SPEECH},
    {"says", "say", NG_CUE_SPEECH},
    {"scoffed", "scoff", NG_CUE_SPEECH},
    {"seek", "seek", NG_CUE_OBJ|NG_CUE_INF},
    {"seeking", "seek", NG_CUE_OBJ|NG_CUE_INF},
    {"seeks", "seek", NG_CUE_OBJ|NG_CUE_INF},
    {"shouted", "shout", NG_CUE_SPEECH},
    {"show", "show", NG_CUE_THAT},
    {"showed", "show", NG_CUE_THAT},
    {"showing", "show", NG_CUE_THAT},
    {"shown", "show", NG_CUE_THAT},
    {"shows", "show", NG_CUE_THAT},
    {"signaled", "signal", NG_CUE_SPEECH|NG_CUE_THAT},
    {"signalled", "signal", NG_CUE_SPEECH|NG_CUE_THAT},
    {"signals", "signal", NG_CUE_SPEECH|NG_CUE_THAT},
    {"slam", "slam", NG_CUE_OBJ},
    {"slammed", "slam", NG_CUE_OBJ},
    {"slamming", "slam", NG_CUE_OBJ},
    {"slams", "slam", NG_CUE_OBJ},
    {"sniped", "snipe", NG_CUE_SPEECH},
    {"sought", "seek", NG_CUE_OBJ|NG_CUE_INF},
    {"sounded", "sound", NG_CUE_OBJ},
    {"speculated", "speculate", NG_CUE_SPEECH},
    {"speculates", "speculate", NG_CUE_SPEECH},
    {"speculating", "speculate", NG_CUE_SPEECH},
    {"spotlights", "spotlight", NG_CUE_OBJ},
    {"spouts", "spout", NG_CUE_OBJ},
    {"stated", "state", NG_CUE_SPEECH},
    {"stating", "state", NG_CUE_SPEECH},
    {"stressed", "stress", NG_CUE_SPEECH},
    {"stresses", "stress", NG_CUE_SPEECH},
    {"stressing", "stress", NG_CUE_SPEECH},
    {"sugarcoated", "sugarcoat", NG_CUE_OBJ},
    {"suggest", "suggest", NG_CUE_SPEECH},
    {"suggested", "suggest", NG_CUE_SPEECH},
    {"suggesting", "suggest", NG_CUE_SPEECH},
    {"suggests", "suggest", NG_CUE_SPEECH},
    {"support", "support", NG_CUE_OBJ},
    {"supported", "support", NG_CUE_OBJ},
    {"supporting", "support", NG_CUE_OBJ},
    {"supports", "support", NG_CUE_OBJ},
    {"suspected", "suspect", NG_CUE_THAT},
    {"suspects", "suspect", NG_CUE_THAT},
    {"teased", "tease", NG_CUE_OBJ},
    {"telegraphed", "telegraph", NG_CUE_OBJ},
    {"tell", "tell", NG_CUE_SPEECH|NG_CUE_TELL},
    {"telling", "tell", NG_CUE_SPEECH|NG_CUE_TELL},
    {"tells", "tell", NG_CUE_SPEECH|NG_CUE_TELL},
    {"testified", "testify", NG_CUE_SPEECH},
    {"testifies", "testify", NG_CUE_SPEECH},
    {"thanked", "thank", NG_CUE_OBJ},
    {"thanking", "thank", NG_CUE_OBJ},
    {"think", "think", NG_CUE_THAT},
    {"thinking", "think", NG_CUE_THAT},
    {"thinks", "think", NG_CUE_THAT},
    {"thought", "think", NG_CUE_THAT},
    {"threaten", "threaten", NG_CUE_OBJ|NG_CUE_INF},
    {"threatened", "threaten", NG_CUE_OBJ|NG_CUE_INF},
    {"threatening", "threaten", NG_CUE_OBJ|NG_CUE_INF},
    {"threatens", "threaten", NG_CUE_OBJ|NG_CUE_INF},
    {"told", "tell", NG_CUE_SPEECH|NG_CUE_TELL},
    {"touted", "tout", NG_CUE_OBJ},
    {"touting", "tout", NG_CUE_OBJ},
    {"touts", "tout", NG_CUE_OBJ},
    {"trashed", "trash", NG_CUE_OBJ},
    {"trashes", "trash", NG_CUE_OBJ},
    {"trashing", "trash", NG_CUE_OBJ},
    {"trumpeting", "trumpet", NG_CUE_OBJ},
    {"tweeted", "tweet", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"tweeting", "tweet", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"tweets", "tweet", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"underplays", "underplay", NG_CUE_OBJ},
    {"underscored", "underscore", NG_CUE_SPEECH|NG_CUE_THAT},
    {"underscores", "underscore", NG_CUE_SPEECH|NG_CUE_THAT},
    {"understands", "understand", NG_CUE_THAT},
    {"unleashed", "unleash", NG_CUE_OBJ},
    {"unveiled", "unveil", NG_CUE_OBJ},
    {"urged", "urge", NG_CUE_SPEECH|NG_CUE_URGE},
    {"urges", "urge", NG_CUE_SPEECH|NG_CUE_URGE},
    {"urging", "urge", NG_CUE_SPEECH|NG_CUE_URGE},
    {"uttered", "utter", NG_CUE_OBJ},
    {"vented", "vent", NG_CUE_OBJ},
    {"vetoed", "veto", NG_CUE_OBJ},
    {"voiced", "voice", NG_CUE_OBJ},
    {"vow", "vow", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"vowed", "vow", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"vowing", "vow", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"vows", "vow", NG_CUE_SPEECH|NG_CUE_THAT|NG_CUE_INF},
    {"want", "want", NG_CUE_OBJ|NG_CUE_INF},
    {"wanted", "want", NG_CUE_OBJ|NG_CUE_INF},
    {"wanting", "want", NG_CUE_OBJ|NG_CUE_INF},
    {"wants", "want", NG_CUE_OBJ|NG_CUE_INF},
    {"warn", "warn", NG_CUE_SPEECH|NG_CUE_TELL},
    {"warned", "warn", NG_CUE_SPEECH|NG_CUE_TELL},
    {"warning", "warn", NG_CUE_SPEECH|NG_CUE_TELL},
    {"warns", "warn", NG_CUE_SPEECH|NG_CUE_TELL},
    {"welcomed", "welcome", NG_CUE_OBJ},
    {"welcomes", "welcome", NG_CUE_OBJ},
    {"whacks", "whack", NG_CUE_OBJ},
    {"wonder", "wonder", NG_CUE_SPEECH},
    {"wondered", "wonder", NG_CUE_SPEECH},
    {"wondering", "wonder", NG_CUE_SPEECH},
    {"wonders", "wonder", NG_CUE_SPEECH},
    {"worried", "worry", NG_CUE_THAT},
    {"worries", "worry", NG_CUE_THAT},
    {"worry", "worry", NG_CUE_THAT},
    {"write", "write", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"writes", "write", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"writing", "write", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"written", "write", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"wrote", "write", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"yelled", "yell", NG_CUE_SPEECH},
    {"yells", "yell", NG_CUE_SPEECH},
};

/* Bit L of len_mask[c - 'a'] is set when some cue form starts with c and is L
 * bytes long: most words are rejected without a search.  Checked against
 * the table by ng__cue_table_sorted(). */
static const uint32_t len_mask[26] = {0x3ff0u, 0x3e0u, 0x7ff0u, 0xfc0u, 0xfc0u, 0x3f0u, 0x80u, 0xef0u, 0xfc0u, 0x2e0u, 0xb0u, 0x3e0u, 0x7e0u, 0x270u, 0x3c0u, 0x1fe0u, 0xde0u, 0xff0u, 0xff8u, 0xff0u, 0xfe0u, 0x78u, 0x3f0u, 0x0u, 0x60u, 0x0u};

/* Bit c2 - 'a' of pre_mask[c1 - 'a'] is set when some cue form starts with
 * the letters c1 c2 (checked by ng__cue_table_sorted() too). */
static const uint32_t pre_mask[26] = {0x2ea96cu, 0x24811u, 0x24981u, 0x104110u, 0xa43804u, 0x104911u, 0x20000u, 0x4101u, 0x43048u, 0x104000u, 0x2000u, 0x101u, 0x104011u, 0x4001u, 0x128022u, 0x124911u, 0x100000u, 0x100110u, 0x18e995u, 0x424090u, 0xa2000u, 0x4010u, 0x24091u, 0x0u, 0x10u, 0x0u};

/* Bit h of hash_bits (h = cue_hash of a form) is set for every cue form: a
 * Bloom-style filter that turns most other words away before the search. */
static const uint32_t hash_bits[128] = {0x4050100u, 0x440c0u, 0x420800u, 0xa8000112u, 0x10044102u, 0x10000800u, 0x84000001u, 0x81a09220u, 0x440u, 0x61302u, 0x310u, 0x41914212u, 0x340501u, 0x808240u, 0x50014024u, 0x2131010u, 0x10000608u, 0x520073cu, 0x5404020u, 0x114040d1u, 0x8a06018u, 0x24040000u, 0x3040000u, 0x80201003u, 0x80000410u, 0xa0100800u, 0x2480100u, 0x8c821080u, 0x22u, 0xb40801u, 0x800490u, 0x88800080u, 0x3000103u, 0x1042480u, 0x80880u, 0x810002u, 0x400010u, 0x20046040u, 0x84600041u, 0x80009000u, 0x202040u, 0x24805200u, 0x10400041u, 0x41280000u, 0xa0022100u, 0x68460401u, 0xc320009u, 0x80100840u, 0x20000400u, 0x14220400u, 0x400210u, 0x82498401u, 0x41000102u, 0x8020c00u, 0x44140000u, 0x20000805u, 0x3u, 0x220c0c00u, 0x10002400u, 0x81040c9u, 0x10400c1du, 0x120080u, 0x1d1808u, 0x80040000u, 0x9a02000u, 0x1a01412cu, 0x40844001u, 0x74000000u, 0x8009020au, 0x46200u, 0x10004000u, 0x50008330u, 0x81441000u, 0x402201u, 0xc001000u, 0x40000200u, 0x1240102u, 0x8000088u, 0x26000100u, 0x2808402u, 0x44051202u, 0x23802251u, 0x2100c4u, 0x20140000u, 0x83000020u, 0x5240080u, 0x8040001u, 0x20u, 0x4800u, 0x8201002u, 0x201c20u, 0x82000u, 0x408360u, 0x108101u, 0x218000u, 0x4000e080u, 0x10420000u, 0x14c30080u, 0x1001080u, 0x50020844u, 0x8800400u, 0x2282100u, 0x88a03011u, 0x20001420u, 0x108a0080u, 0x50803004u, 0xa48010u, 0x8000a20u, 0x20010au, 0x1030004u, 0xa000u, 0x16004u, 0x49240001u, 0x40u, 0x8d0068u, 0x80003020u, 0x40000u, 0x4000008au, 0x20b34025u, 0x60880040u, 0xc0100c0u, 0x80000020u, 0x8030006u, 0x1830000u, 0x4100202u, 0x10028u, 0x5b21bu, 0x100c004u};

/* FNV-1a over the bytes with the ASCII case bit set, 12 bits of it. */
static inline uint32_t cue_hash(const char *w, size_t n)
{
    uint32_t x = 2166136261u;
    for (size_t k = 0; k < n; k++)
        x = (x ^ ((unsigned char)w[k] | 0x20u)) * 16777619u;
    return (x >> 7) & 4095u;
}

int ng__cue_maybe(const char *w, size_t n)
{
    unsigned char c1 = (unsigned char)w[0], c2 = n > 1 ? (unsigned char)(w[1] | 0x20) : 0;
    if (!(n >= 3 && n <= 30 && c1 >= 'a' && c1 <= 'z' && c2 >= 'a' && c2 <= 'z' &&
          (len_mask[c1 - 'a'] & (1u << n)) && (pre_mask[c1 - 'a'] & (1u << (c2 - 'a')))))
        return 0;
    uint32_t h = cue_hash(w, n);
    return (hash_bits[h >> 5] >> (h & 31)) & 1u;
}

/* An entry of the hash table at the end of the file. */
struct lex_word {
    char w[20];        /* the word, in place (listed words have at most 19 bytes) */
    uint8_t n;
    uint8_t scls;      /* NG_QS_* */
    uint8_t fcls;      /* ng__figlex() of the word: class ... */
    uint8_t fgate;     /* ng__fig_gate() of the word as a word token without a digit */
    uint16_t wc;       /* NG_QW_*, with NG_QW_CUE and NG_QW_SRC: what ng__q_fold_tokens stores */
    int16_t cue;       /* index into cues[], or -1 */
    int32_t fval;      /* ... and value */
};
/* 32 bytes: an entry is one cache line's half, never two lines (a lookup
 * reads the word and the classes of one entry) */
_Static_assert(sizeof(struct lex_word) == 32, "quotes_lex: lex_word should be 32 bytes");
static const struct lex_word *lex_find(const char *w, size_t n);
static int lex_complete(void);

const ng_cue *ng__cue_lookup(const char *w, size_t n)
{
    const struct lex_word *x = lex_find(w, n);
    return x && x->cue >= 0 ? &cues[x->cue] : NULL;
}

const ng_cue *ng__q_cue_table(void)
{
    return cues;
}

const ng_cue *ng__q_cue_entry(uint16_t k)
{
    return k ? &cues[k - 1] : NULL;
}

int ng__cue_table_sorted(void)
{
    uint32_t m[26] = {0}, pm[26] = {0};
    for (size_t i = 0; i < NG_ARRAY_LEN(cues); i++) {
        size_t n = strlen(cues[i].form);
        if (i > 0 && strcmp(cues[i - 1].form, cues[i].form) >= 0)
            return 0;
        if (n < 3 || n > 30 || cues[i].form[0] < 'a' || cues[i].form[0] > 'z')
            return 0;
        m[cues[i].form[0] - 'a'] |= 1u << n;
        if (cues[i].form[1] < 'a' || cues[i].form[1] > 'z')
            return 0;
        pm[cues[i].form[0] - 'a'] |= 1u << (cues[i].form[1] - 'a');
        uint32_t h = cue_hash(cues[i].form, n);
        if (!((hash_bits[h >> 5] >> (h & 31)) & 1u))
            return 0;
    }
    return memcmp(m, len_mask, sizeof m) == 0 && memcmp(pm, pre_mask, sizeof pm) == 0 && lex_complete();
}

static unsigned word_class(const char *w, size_t n);

static const char *const pronouns[] = {"he", "she", "they", "it", "i", "we", "you"};

int ng__q_is_pronoun(const char *w, size_t n)
{
    return (word_class(w, n) & NG_QW_PRONOUN) != 0;
}

static const char *const determiners[] = {"the", "a", "an", "his", "her", "their", "its", "our", "my",
                                    "your", "this", "that", "these", "those", "one", "two", "three",
                                    "several", "many", "some", "other", "both", "another", "most"};

int ng__q_is_determiner(const char *w, size_t n)
{
    return (word_class(w, n) & NG_QW_DETERMINER) != 0;
}

static const char *const stopwords[] = {
        "that", "and", "but", "or", "because", "when", "while", "if", "which", "as", "so",
        "in", "on", "at", "for", "from", "to", "with", "by", "after", "before", "since", "until",
        "than", "where", "what", "why", "how", "though", "although", "whether", "there", "then",
        "not", "never", "also", "is", "are", "was", "were", "be", "been", "has", "have", "had",
        "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do",
        "during", "into", "about", "over", "under", "against", "without", "through", "who", "whom",
        "whose", "said", "says", "told", "yet", "nor", "once", "even", "just", "only", "still",
        "him", "them", "us", "me", "her", "it", "this", "these", "those", "here", "now", "today",
        "yesterday", "tonight"};

int ng__q_is_stopword(const char *w, size_t n)
{
    /* "her" and "this" are determiners too; the caller checks determiners first */
    return (word_class(w, n) & NG_QW_STOPWORD) != 0;
}

static const char *const auxes[] = {"has", "have", "had", "was", "were", "is", "are", "also",
                                    "later", "previously", "recently", "once", "then", "reportedly",
                                    "repeatedly", "again", "often", "further", "would", "will",
                                    "has", "had", "privately", "publicly", "separately", "earlier",
                                    "already", "frequently", "simply", "flatly", "just", "even",
                                    "still", "now", "herself", "himself", "themselves", "itself",
                                    "initially", "first", "last", "openly", "explicitly", "not", "n't",
                                    "does", "did", "do", "can", "could", "should", "might",
                                    "must", "may", "long", "since", "both", "all"};

int ng__q_is_aux(const char *w, size_t n)
{
    return (word_class(w, n) & NG_QW_AUX) != 0;
}

static const char *const source_nouns[] = {
        "officials", "official", "sources", "source", "analysts", "experts", "report", "reports",
        "study", "studies", "poll", "polls", "survey", "data", "figures", "statistics", "police",
        "authorities", "government", "ministry", "statement", "documents", "document", "records",
        "filing", "filings", "memo", "letter", "website", "newspaper", "agency", "outlet",
        "magazine", "network", "broadcaster", "paper", "media", "reporters", "observers",
        "diplomats", "investigators", "prosecutors", "estimates", "research", "researchers",
        "insiders", "aides", "critics", "campaign", "administration", "department", "office",
        "spokesman", "spokeswoman", "spokesperson", "committee", "commission", "court", "council",
        "organization", "organisation", "group", "company", "firm", "bank", "army", "military",
        "kremlin", "pentagon", "ministry", "alliance"};

int ng__q_is_source_noun(const char *w, size_t n)
{
    return (word_class(w, n) & NG_QW_SOURCE_NOUN) != 0;
}

static const char *const outlet_words[] = {
        "reuters", "ap", "afp", "bbc", "cnn", "bloomberg", "times", "post", "journal", "guardian",
        "politico", "axios", "nbc", "abc", "cbs", "fox", "msnbc", "npr", "telegraph", "independent",
        "economist", "xinhua", "tass", "interfax", "ria", "dpa", "ansa", "efe", "tribune", "herald",
        "gazette", "press", "news", "today", "observer", "mirror", "sun", "express", "spiegel",
        "monde", "figaro", "pravda", "izvestia", "kommersant", "haaretz", "jazeera", "yonhap",
        "kyodo", "nikkei", "breitbart", "hill", "atlantic", "vox", "slate", "newsweek", "time",
        "cnbc", "pbs", "sky", "euronews", "ukrinform", "wsj", "nyt", "ft", "buzzfeed", "intercept"};

int ng__q_is_outlet_word(const char *w, size_t n)
{
    return (word_class(w, n) & NG_QW_OUTLET_WORD) != 0;
}

static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                    "saturday", "sunday", "today", "tonight", "yesterday",
                                    "earlier", "later", "recently", "morning", "evening",
                                    "afternoon", "night", "week", "weekend"};

int ng__q_is_weekday(const char *w, size_t n)
{
    return (word_class(w, n) & NG_QW_WEEKDAY) != 0;
}

/* Words other than cue forms that start something in pass_reported
 * (quotes.c), in any case: "according to", "in a poll", hedges ("seems",
 * "reportedly"), "asked", "call(ed) on/for", "point(ed) out", "see(s) … as",
 * and the first words of its two-word cues ("referring to").  A word that is
 * neither a cue nor listed here is passed over without a look: a new pattern
 * there that starts with another word must add it here. */
static const char *const starters[] = {
    "according", "in", "asked", "call", "called", "calls", "calling", "pointed", "points", "point",
    "pointing", "seem", "seems", "seemed", "appear", "appears", "appeared", "expected", "said", "reportedly",
    "see", "sees", "saw", "view", "views", "viewed", "regard", "regards", "regarded",
    "referring", "referred", "refers", "talking", "talked", "railed", "spoke", "warned",
    "complained", "declined", "refused", "vowed", "promised", "pledged", "threatened", "sided",
    "sparred", "balked", "alluding", "alluded", "singled", "speaks", "talks", "talk", "worried",
    "concerned", "focused", "focuses", "attack", "attacks", "criticism", "decision", "endorsement",
    "opposition", "plan", "praise", "proposal", "support", "backing", "endorsements", "blessing",
    "critical", "hostile", "supportive", "wary", "furious", "angry", "vocal", "dismissive",
    "sympathetic", "fond", "skeptical", "sceptical", "unhappy", "made", "make", "makes", "making",
    "took", "take", "takes", "taking", "lashed", "lashes", "lashing", "doubled", "doubles", "doubling",
    "weighed", "weighs", "weighing", "fired", "fires", "firing", "hit", "hits", "ripped", "rips",
    "laid", "lays", "laying", "went", "goes", "walked", "walks", "played", "plays", "playing", "brushed",
    "pushed", "pushes", "pushing", "came", "comes", "like", "love", "prefer", "vote", "put", "question",
    "worrying", "alarmed", "alarms", "alarming", "angered", "angers", "angering", "unnerved", "unnerves",
    "infuriated", "infuriates", "outraged", "dismayed", "frightened", "frightens"};

/* Words that clean a source phrase (quotes.c: clean_source), NG_QS_*. */
static const char *const src_lead[] = {"but", "and", "so", "also", "meanwhile", "however", "still",
                                       "yet", "now", "even", "then"};
static const char *const src_prep[] = {"in", "with", "despite", "amid", "after", "during", "before",
                                       "on", "from", "under", "since", "as", "while", "when",
                                       "facing", "following", "given", "unlike", "instead", "by",
                                       "through", "without", "of", "if", "to", "for",
                                       "into", "over", "against", "toward", "towards",
                                       "than", "like", "upon", "amongst", "via", "including"};
static const char *const src_tail[] = {"however", "later", "too", "also", "then", "earlier",
                                       "instead", "again", "now", "today", "yesterday", "tonight",
                                       "though", "meanwhile", "previously", "recently", "alone"};
static const char *const src_period[] = {"week", "month", "year", "weekend", "night", "morning",
                                         "afternoon", "evening", "summer", "fall", "spring",
                                         "winter", "time", "season"};
static const char *const src_rel[] = {"last", "this", "next", "past", "earlier", "late"};
static const char *const src_venue[] = {"statement", "interview", "speech", "op-ed", "letter",
                                        "tweet", "post", "email", "memo", "address", "remarks",
                                        "appearance", "conference", "call", "debate", "video", "ad",
                                        "column", "essay", "briefing", "broadcast", "rally"};
static const char *const src_time[] = {"week", "weeks", "month", "months", "year", "years", "day",
                                       "days", "hour", "hours", "minute", "minutes", "moments",
                                       "weekend", "night", "morning", "afternoon", "evening",
                                       "later", "earlier", "shortly", "soon", "ago", "afterward",
                                       "afterwards", "recently"};
static const char *const src_glue[] = {"last", "this", "next", "past", "a", "few", "the", "also",
                                       "just", "then", "before", "after", "time", "that", "on"};

/* The adverbs of time that quotes.c's skip_when steps over after a verb
 * ("said again", "said yesterday"; NG_QW_WHEN_ADV): a class bit read per
 * token where the list was compared with the word at each call (once for
 * most verbs of speech). */
static const char *const when_advs[] = {"again", "also", "now", "today", "yesterday", "instead", "later",
                                        "earlier", "tonight"};

/* The relative pronouns of quotes.c's rel_object_subject ("the bill, which
 * Berg denied, …"; NG_QW_REL_WH): most verbs of speech have none in the
 * tokens before them, and the bit lets the rule look for one first. */
static const char *const rel_whs[] = {"which", "whom"};

/* The words amounts' subject_start stops at when it walks back over a
 * subject (NG_QW_SUBJ_STOP): verbs of saying and of showing, clause openers,
 * and the particles of "pointed out", "buy back shares worth". */
static const char *const subject_stops[] = {"said", "says", "say", "told", "warned", "reported", "predicted", "expect",
                                            "expects", "estimated", "forecast", "believes", "thinks", "added", "hope",
                                            "hopes", "want", "wants", "help", "helps", "showing", "shows", "show",
                                            "where", "which", "while", "when", "as", "because", "forecasts", "although",
                                            "though", "if", "after", "since", "being", "showed", "found", "finds",
                                            "suggested", "suggests", "revealed", "reveals", "indicated", "indicates",
                                            "means", "meant", "fears", "feared", "out", "back"};

/* ---- one hash table over the cue forms and the closed lists ----
 *
 * Built once per process (pthread_once) from the tables above, in static
 * storage: no allocation.  The words of the figures lexicon (figlex.re, found
 * by walking its scanner) are in it too, and every entry carries its figures
 * class, so one lookup per word serves the quotes, amounts and times
 * annotators (ng__q_fold_tokens).  Open addressing with linear probing, at most a
 * quarter full; the hash folds ASCII case, the comparison is exact.  A lookup
 * costs one hash over the word and about one comparison, where the lists
 * above would be scanned entry by entry.  A 1 KB bit filter in front of the
 * slots turns most other words away without touching the 8 KB slot array (it
 * stays in the cache between documents; the slots would not). */

#define NLISTED (NG_ARRAY_LEN(pronouns) + NG_ARRAY_LEN(determiners) + NG_ARRAY_LEN(stopwords) + \
                 NG_ARRAY_LEN(auxes) + NG_ARRAY_LEN(source_nouns) + NG_ARRAY_LEN(outlet_words) + \
                 NG_ARRAY_LEN(weekdays) + NG_ARRAY_LEN(starters) + NG_ARRAY_LEN(src_lead) + \
                 NG_ARRAY_LEN(src_prep) + NG_ARRAY_LEN(src_tail) + NG_ARRAY_LEN(src_period) + \
                 NG_ARRAY_LEN(src_rel) + NG_ARRAY_LEN(src_venue) + NG_ARRAY_LEN(src_time) + \
                 NG_ARRAY_LEN(src_glue) + NG_ARRAY_LEN(subject_stops) + NG_ARRAY_LEN(when_advs) + \
                 NG_ARRAY_LEN(rel_whs))
#define FIG_MAX 1024 /* room for the figures words (about 540) */
#define LEX_MAX (NG_ARRAY_LEN(cues) + NLISTED + FIG_MAX)
_Static_assert(NG_ARRAY_LEN(cues) < 65535, "quotes_lex: cue numbers are 16 bits");
#define LEX_SLOTS 8192u
/* LEX_MAX counts words listed twice twice and leaves room for figures words;
 * the distinct words keep the table at most a quarter full (lex_complete()
 * checks it for the tests) */
_Static_assert(LEX_MAX * 3 <= LEX_SLOTS, "quotes_lex: hash table too small for the lists");

#define LEX_BLOOM 16384u /* bits of the filter */

static _Alignas(64) struct lex_word lex_words[LEX_MAX];
static uint16_t lex_slot[LEX_SLOTS]; /* 1 + index into lex_words; 0: empty */
static uint64_t lex_bloom[LEX_BLOOM / 64]; /* bit (hash >> 13) of every word */
static int lex_too_long;             /* a listed word did not fit lex_word.w */
static int lex_fig_full;             /* the figures words did not all fit (then
                                      * ng__q_fold_tokens leaves them out) */
static size_t lex_used;              /* entries of lex_words in use */
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
#define LEX_DIRECT 8192u
/* The entries of words of 1-16 bytes again, in their own slots (open
 * addressing by the same hash; n 0: empty), for ng__q_fold_tokens: a lookup
 * reads one entry where lex_slot and lex_words cost two lines apart, both
 * mostly out of the cache after the entity tagger.  At most LEX_MAX of the
 * slots are used, about a sixth: with 4096 slots (a third used) a lookup
 * walked 1.65 slots on Reuters, 1.24 now, and mispredicted that walk's end
 * 21 k times more (a lookup reads one line either way). */
_Static_assert(LEX_MAX < LEX_DIRECT, "quotes_lex: the direct table must keep an empty slot");
static _Alignas(64) struct lex_word lex_direct[LEX_DIRECT];
#endif
static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

/* lex_hash of the four bytes x0 (first, second, second last, last; 0 for
 * the missing second and second last of a one-byte word) and the length. */
static inline uint32_t lex_hash_mix(uint32_t x0, size_t n)
{
    /* one 64-bit multiply (Fibonacci hashing): the product's high half
     * depends on every bit of the bytes and the length below it, at a
     * third of the cost of a 32-bit finaliser (one lookup per word of the
     * text: ng__q_fold_tokens) */
    uint64_t x = ((uint64_t)(x0 | 0x20202020u) | (uint64_t)(n & 0xFF) << 32) * 0x9E3779B97F4A7C15u;
    return (uint32_t)(x >> 32);
}

static inline uint32_t lex_hash(const char *w, size_t n)
{
    /* the length, the first two and the last two bytes (case bit set): enough
     * to spread a few hundred words, and a constant cost; the low 13 bits
     * pick the slot, the next 14 the filter bit */
    uint32_t b0 = (unsigned char)w[0], b1 = n > 1 ? (unsigned char)w[1] : 0;
    uint32_t e1 = (unsigned char)w[n - 1], e2 = n > 1 ? (unsigned char)w[n - 2] : 0;
    return lex_hash_mix(b0 | b1 << 8 | e2 << 16 | e1 << 24, n);
}

static const struct lex_word *lex_probe(const char *w, size_t n, uint32_t *slot)
{
    uint32_t h = lex_hash(w, n) & (LEX_SLOTS - 1);
    for (;; h = (h + 1) & (LEX_SLOTS - 1)) {
        unsigned e = lex_slot[h];
        if (!e)
            break;
        const struct lex_word *x = &lex_words[e - 1];
        if (x->n == n && memcmp(x->w, w, n) == 0) {
            *slot = h;
            return x;
        }
    }
    *slot = h;
    return NULL;
}

/* Like lex_probe, but w's ASCII capitals compare as lower case. */
static const struct lex_word *lex_probe_fold(const char *w, size_t n)
{
    uint32_t hx = lex_hash(w, n), b = (hx >> 13) & (LEX_BLOOM - 1);
    if (!((lex_bloom[b >> 6] >> (b & 63)) & 1u))
        return NULL;
    for (uint32_t h = hx & (LEX_SLOTS - 1);; h = (h + 1) & (LEX_SLOTS - 1)) {
        unsigned e = lex_slot[h];
        if (!e)
            return NULL;
        const struct lex_word *x = &lex_words[e - 1];
        if (x->n != n)
            continue;
        size_t k = 0;
        for (; k < n; k++) {
            char c = w[k];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c + 32);
            if (c != x->w[k])
                break;
        }
        if (k == n)
            return x;
    }
}

#if defined(__SSE2__) && !defined(NG_NO_SIMD)
/* The 16-byte loads below read past a word's end: into the text's padding
 * (a word starts before the text's NUL) and into an entry's w[]. */
_Static_assert(NG_TEXT_PAD >= 15, "16-byte loads from a word need NG_TEXT_PAD >= 15");
_Static_assert(sizeof lex_words[0].w >= 16, "16-byte loads from an entry need w[16]");

/* lex_probe_fold() of a word w of 1-16 bytes whose 16 bytes from w are raw:
 * the word is lower-cased once, 16 bytes at a time, and compared with an
 * entry (zero-padded, lower case) in one step. */
static const struct lex_word *lex_probe_fold16(const char *w, size_t n, __m128i raw)
{
    /* lex_hash(w, n), its four bytes read as two pairs */
    uint32_t b01 = (uint32_t)_mm_cvtsi128_si32(raw), x0;
    if (n > 1) {
        uint16_t e;
        memcpy(&e, w + n - 2, 2); /* (little-endian: w[n - 2] low) */
        x0 = (b01 & 0xFFFFu) | (uint32_t)e << 16;
    } else
        x0 = (b01 & 0xFFu) * 0x01000001u;
    uint32_t hx = lex_hash_mix(x0, n), b = (hx >> 13) & (LEX_BLOOM - 1);
    if (!((lex_bloom[b >> 6] >> (b & 63)) & 1u))
        return NULL;
    static const unsigned char keep[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                           0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    __m128i up = _mm_and_si128(_mm_cmpgt_epi8(raw, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(raw, _mm_set1_epi8('Z' + 1)));
    __m128i x = _mm_add_epi8(raw, _mm_and_si128(up, _mm_set1_epi8(32)));
    x = _mm_and_si128(x, _mm_loadu_si128((const __m128i *)(const void *)(keep + 16 - n)));
    for (uint32_t h = hx & (LEX_DIRECT - 1);; h = (h + 1) & (LEX_DIRECT - 1)) {
        const struct lex_word *xw = &lex_direct[h];
        if (xw->n != n) {
            if (!xw->n)
                return NULL;
            continue;
        }
        __m128i y = _mm_load_si128((const __m128i *)(const void *)xw->w);
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(x, y)) == 0xFFFF)
            return xw;
    }
}
#endif

/* Adds the word w[0..n) (lower case) or finds it; returns its entry, or
 * NULL when it does not fit. */
static struct lex_word *lex_put(const char *w, size_t n)
{
    uint32_t h;
    if (n >= sizeof lex_words[0].w)
        return NULL;
    struct lex_word *x = (struct lex_word *)lex_probe(w, n, &h);
    if (!x) {
        if (lex_used >= LEX_MAX)
            return NULL;
        x = &lex_words[lex_used];
        memcpy(x->w, w, n);
        x->n = (uint8_t)n;
        x->cue = -1;
        int v;
        x->fcls = (uint8_t)ng__figlex(w, n, &v);
        x->fval = v;
        lex_slot[h] = (uint16_t)++lex_used;
        uint32_t b = (lex_hash(w, n) >> 13) & (LEX_BLOOM - 1);
        lex_bloom[b >> 6] |= (uint64_t)1 << (b & 63);
    }
    return x;
}

static void lex_add(const char *w, int32_t cue, unsigned cls, unsigned scls)
{
    struct lex_word *x = lex_put(w, strlen(w));
    if (!x) {
        lex_too_long = 1; /* ng__cue_table_sorted() reports it to the tests */
        return;
    }
    if (cue >= 0)
        x->cue = (int16_t)cue, x->wc |= NG_QW_CUE;
    x->wc |= (uint16_t)cls;
    x->scls |= (uint8_t)scls;
    if (x->scls)
        x->wc |= NG_QW_SRC;
}

/* ng__figlex_words() callback: a word of the figures lexicon (its class
 * comes from the scanner in lex_put) */
static void lex_add_fig(void *ctx, const char *w, size_t n, int cls, int val)
{
    (void)ctx;
    struct lex_word *x = lex_put(w, n);
    if (!x || x->fcls != cls || x->fval != val)
        lex_fig_full = 1;
}

static void lex_build(void)
{
    static const struct {
        const char *const *l;
        size_t n;
        unsigned cls;
    } lists[] = {
        {pronouns, NG_ARRAY_LEN(pronouns), NG_QW_PRONOUN},
        {determiners, NG_ARRAY_LEN(determiners), NG_QW_DETERMINER},
        {stopwords, NG_ARRAY_LEN(stopwords), NG_QW_STOPWORD},
        {auxes, NG_ARRAY_LEN(auxes), NG_QW_AUX},
        {source_nouns, NG_ARRAY_LEN(source_nouns), NG_QW_SOURCE_NOUN},
        {outlet_words, NG_ARRAY_LEN(outlet_words), NG_QW_OUTLET_WORD},
        {weekdays, NG_ARRAY_LEN(weekdays), NG_QW_WEEKDAY},
        {starters, NG_ARRAY_LEN(starters), NG_QW_STARTER},
        {subject_stops, NG_ARRAY_LEN(subject_stops), NG_QW_SUBJ_STOP},
        {when_advs, NG_ARRAY_LEN(when_advs), NG_QW_WHEN_ADV},
        {rel_whs, NG_ARRAY_LEN(rel_whs), NG_QW_REL_WH},
    }, slists[] = {
        {src_lead, NG_ARRAY_LEN(src_lead), NG_QS_LEAD},
        {src_prep, NG_ARRAY_LEN(src_prep), NG_QS_PREP},
        {src_tail, NG_ARRAY_LEN(src_tail), NG_QS_TAIL},
        {src_period, NG_ARRAY_LEN(src_period), NG_QS_PERIOD},
        {src_rel, NG_ARRAY_LEN(src_rel), NG_QS_REL},
        {src_venue, NG_ARRAY_LEN(src_venue), NG_QS_VENUE},
        {src_time, NG_ARRAY_LEN(src_time), NG_QS_TIME},
        {src_glue, NG_ARRAY_LEN(src_glue), NG_QS_GLUE},
    };
    for (size_t i = 0; i < NG_ARRAY_LEN(cues); i++)
        lex_add(cues[i].form, (int32_t)i, 0, 0);
    for (size_t k = 0; k < NG_ARRAY_LEN(lists); k++)
        for (size_t i = 0; i < lists[k].n; i++)
            lex_add(lists[k].l[i], -1, lists[k].cls, 0);
    for (size_t k = 0; k < NG_ARRAY_LEN(slists); k++)
        for (size_t i = 0; i < slists[k].n; i++)
            lex_add(slists[k].l[i], -1, 0, slists[k].cls);
    ng__figlex_words(lex_add_fig, NULL);
    for (size_t k = 0; k < lex_used; k++)
        lex_words[k].fgate = (uint8_t)ng__fig_gate(NG_TOK_WORD, 0, lex_words[k].fcls, lex_words[k].fval);
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
    /* (the entries are complete now: copy the short words' to lex_direct,
     * the closed lists' first: linear probing finds a word at its own slot
     * unless an earlier one took it, and these are most of the text's
     * words that hit) */
    for (size_t k = 0; k < 2 * lex_used; k++) {
        const struct lex_word *x = &lex_words[k % lex_used];
        if (x->n > 16 || ((k < lex_used) != ((x->wc & 0xFFu) || x->scls)))
            continue;
        uint32_t h = lex_hash(x->w, x->n) & (LEX_DIRECT - 1);
        while (lex_direct[h].n)
            h = (h + 1) & (LEX_DIRECT - 1);
        lex_direct[h] = *x;
    }
#endif
}

void ng__q_lex_init(void)
{
    pthread_once(&lex_once, lex_build);
}

/* The entry of the word w[0..n) (exact bytes), or NULL. */
static const struct lex_word *lex_find(const char *w, size_t n)
{
    if (n == 0 || n > 30)
        return NULL;
    pthread_once(&lex_once, lex_build);
    uint32_t h;
    return lex_probe(w, n, &h);
}

static unsigned word_class(const char *w, size_t n)
{
    const struct lex_word *x = lex_find(w, n);
    return x ? (unsigned)(x->wc & 0xFFu) : 0;
}

unsigned ng__q_word_class(const char *w, size_t n)
{
    return word_class(w, n);
}

/* The entry of the word w[0..n) with its ASCII capitals read as lower
 * case, or NULL (for the source and subject lists: none longer than 15). */
static const struct lex_word *lex_find_lower(const char *w, size_t n)
{
    char b[16];
    if (n == 0 || n >= sizeof b)
        return NULL; /* (no listed word is that long) */
    for (size_t k = 0; k < n; k++)
        b[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
    return lex_find(b, n);
}

unsigned ng__q_src_class(const char *w, size_t n)
{
    const struct lex_word *x = lex_find_lower(w, n);
    return x ? x->scls : 0;
}

int ng__q_is_subject_stop(const char *w, size_t n)
{
    const struct lex_word *x = lex_find_lower(w, n);
    return x && (x->wc & NG_QW_SUBJ_STOP);
}

int ng__q_is_when_adv(const char *w, size_t n)
{
    const struct lex_word *x = lex_find_lower(w, n);
    return x && (x->wc & NG_QW_WHEN_ADV);
}

/* Is the word s[0..n) "US" or "IT" (in capitals)?  One compare of its
 * two bytes each, without branches: the length and the letters are as hard
 * to predict as the word (a branch on n == 2 missed a third of the time). */
static inline int us_or_it(const char *s, size_t n)
{
    unsigned char b0 = (unsigned char)s[0], b1 = (unsigned char)s[1]; /* (s[1]: the text is padded) */
    unsigned two = b0 | (unsigned)b1 << 8;
    return (n == 2) & ((two == ('U' | 'S' << 8)) | (two == ('I' | 'T' << 8)));
}

_Static_assert(NG_TF_DIGIT >> 1 == NG_FG_TIME, "quotes_lex: a digit's time gate is its flag shifted");

/* Where ng__q_fold_tokens writes: the per-token arrays (fcls, fval, fgate
 * NULL when the figures classes are not wanted). */
struct fold_out {
    uint16_t *wc, *cue;
    uint8_t *fcls;
    int32_t *fval;
    uint8_t *fgate;
};

/* The gates of a number or currency token (figlex.h: ng__fig_gate); 0 for
 * any other kind, whose gates the caller finds. */
static inline unsigned kind_gate(unsigned kind)
{
    return (kind == NG_TOK_NUMBER) * (NG_FG_AMOUNT | NG_FG_TIME) | (kind == NG_TOK_CURRENCY) * NG_FG_AMOUNT;
}

/* fcls[i], fval[i] and fgate[i] of token i (o->fcls set). */
static inline void fold_figures(const struct fold_out *o, size_t i, int fk, int fv, unsigned fg)
{
    o->fcls[i] = (uint8_t)fk;
    o->fval[i] = fv;
    o->fgate[i] = (uint8_t)fg;
}

/* wc[i] and cue[i] of token i (its text s, n bytes) from its entry x (NULL:
 * none). */
static inline void fold_classes(const ng_token *tk, size_t nt, size_t i, const char *s, size_t n,
                                const struct lex_word *x, const struct fold_out *o)
{
    if (!x) {
        o->wc[i] = 0;
        o->cue[i] = 0;
        return;
    }
    o->wc[i] = x->wc;
    /* "US" and "IT" in capitals before a word that is not in capitals
     * are the country and information technology ("The US says …", "US
     * officials said", "IT firms"), no pronoun: no word class (an
     * all-capitals line keeps them: "LET US PRAY") */
    if (us_or_it(s, n) &&
        !(i + 1 < nt && (tk[i + 1].flags & NG_TF_ALLCAP) && tk[i + 1].end - tk[i + 1].start > 1) &&
        !(i > 0 && (tk[i - 1].flags & NG_TF_ALLCAP) && tk[i - 1].end - tk[i - 1].start > 1))
        o->wc[i] = 0;
    /* the entry's number, x->cue + 1 (0 when it has none), for a word
     * starting with a lower-case letter */
    unsigned lower = (unsigned char)(s[0] - 'a') < 26u; /* (a mask, not a branch: either is common) */
    o->cue[i] = (uint16_t)((unsigned)(x->cue + 1) & -lower);
}

/* ng__q_fold_tokens for token i, any token (with the figures classes when
 * o->fcls is set), byte by byte: fold_run's rare tokens, the documents
 * whose figures classes another annotator made, the builds without SSE2. */
static void fold_token(const char *text, const ng_token *tk, size_t nt, size_t i, const struct fold_out *o)
{
    size_t n = tk[i].end - tk[i].start;
    unsigned kind = tk[i].kind;
    const struct lex_word *x = NULL;
    const char *s = text + tk[i].start;
    int fk = FL_NONE, fv = 0;
    unsigned fg = kind_gate(kind);
    if (kind == NG_TOK_WORD || kind == NG_TOK_ABBREV) {
        if (n > 0 && n < 24)
            x = lex_probe_fold(s, n);
        if (o->fcls) {
            fk = ng__figlex(s, n, &fv);
            if (fk == FL_NONE && kind == NG_TOK_WORD && memchr(s, '-', n))
                fv |= KW_HYPHEN;
            fg = ng__fig_gate(kind, tk[i].flags, (unsigned)fk, fv);
        }
    }
    if (o->fcls)
        fold_figures(o, i, fk, fv, fg);
    fold_classes(tk, nt, i, s, n, x, o);
}

#if defined(__SSE2__) && !defined(NG_NO_SIMD)
/* fold_token with the figures classes for tokens i, i + 1, ... up to the
 * first word or abbreviation of no or more than 16 bytes or starting with a
 * digit (those call ng__figlex: fold_token does them); returns its index, or
 * nt.  The same steps as fold_token's, in a function without calls: the
 * seven pointers and the counters stay in registers (in the loop with the
 * calls six of them were loaded from the stack for every token). */
__attribute__((noinline)) static size_t fold_run(const char *text, const ng_token *tk, size_t nt, size_t i,
                                                 const struct fold_out *o)
{
    const struct fold_out out = *o;
    for (; i < nt; i++) {
        size_t n = tk[i].end - tk[i].start;
        unsigned kind = tk[i].kind;
        const struct lex_word *x = NULL;
        const char *s = text + tk[i].start;
        int fk = FL_NONE, fv = 0;
        /* the gates (figlex.h: ng__fig_gate), found on the way: a number's
         * or a currency's, else a word's mostly from its entry */
        unsigned fg = kind_gate(kind);
        if (kind == NG_TOK_WORD || kind == NG_TOK_ABBREV) {
            if (n - 1 > 15 || (s[0] >= '0' && s[0] <= '9'))
                return i;
            /* 16 bytes at once: the text has NG_TEXT_PAD bytes after its end */
            __m128i raw = _mm_loadu_si128((const __m128i *)(const void *)s);
            x = lex_probe_fold16(s, n, raw);
            if (x)
                fk = x->fcls, fv = x->fval;
            /* KW_HYPHEN without a branch: whether a word has a '-' is as
             * hard to predict as the word itself */
            unsigned hy = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(raw, _mm_set1_epi8('-'))) & ((1u << n) - 1);
            unsigned hw = (fk == FL_NONE) & (kind == NG_TOK_WORD) & (hy != 0);
            fv |= -hw & KW_HYPHEN;
            /* (an entry's gates are its word's as a word token without a
             * digit; for an abbreviation they may pass more tokens than
             * ng__fig_gate, which its annotator's tests turn away; a hyphen
             * adds both to a class-less word, a digit the time's:
             * NG_TF_DIGIT >> 1 is NG_FG_TIME) */
            fg = (x ? x->fgate : 0u) | hw * (NG_FG_AMOUNT | NG_FG_TIME) | (tk[i].flags & NG_TF_DIGIT) >> 1;
        }
        fold_figures(&out, i, fk, fv, fg);
        fold_classes(tk, nt, i, s, n, x, &out);
    }
    return nt;
}
#endif

int ng__q_fold_tokens(const char *text, const ng_token *tk, size_t nt, uint16_t *wc, uint16_t *cue,
                      uint8_t *fcls, int32_t *fval, uint8_t *fgate)
{
    pthread_once(&lex_once, lex_build);
    int fig = fcls && fval && fgate && !lex_fig_full;
    struct fold_out o = {wc, cue, fig ? fcls : NULL, fval, fgate};
    if (fig)
        memset(fgate + nt, 0, NG_FG_PAD);
    for (size_t i = 0; i < nt; i++) {
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
        if (fig && (i = fold_run(text, tk, nt, i, &o)) == nt)
            break;
#endif
        fold_token(text, tk, nt, i, &o);
    }
    return fig;
}

/* 1 when every cue form and listed word went into the hash table. */
static int lex_complete(void)
{
    pthread_once(&lex_once, lex_build);
    return !lex_too_long && !lex_fig_full && lex_used * 4 <= LEX_SLOTS;
}
