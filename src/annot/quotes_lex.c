/*
 * quotes_lex.c -- the data of the quote annotator: the cue lexicon (verbs of
 * saying, telling, writing and believing with their lemma and how they take
 * their content) and the closed word classes the speaker finder needs.
 *
 * The cue table is written here by hand from English grammar (not learned
 * from any corpus) and kept sorted by form so lookup is a binary search.
 * Word lists are short linear tables; every lookup is O(log n) or bounded.
 */
#include "quotes.h"

#include <stdlib.h>

static const ng_cue cues[] = {
    {"accused", "accuse", NG_CUE_OBJ},
    {"accuses", "accuse", NG_CUE_OBJ},
    {"accusing", "accuse", NG_CUE_OBJ},
    {"acknowledge", "acknowledge", NG_CUE_SPEECH},
    {"acknowledged", "acknowledge", NG_CUE_SPEECH},
    {"acknowledges", "acknowledge", NG_CUE_SPEECH},
    {"acknowledging", "acknowledge", NG_CUE_SPEECH},
    {"added", "add", NG_CUE_SPEECH},
    {"adding", "add", NG_CUE_SPEECH},
    {"adds", "add", NG_CUE_SPEECH},
    {"admit", "admit", NG_CUE_SPEECH},
    {"admits", "admit", NG_CUE_SPEECH},
    {"admitted", "admit", NG_CUE_SPEECH},
    {"admitting", "admit", NG_CUE_SPEECH},
    {"agree", "agree", NG_CUE_SPEECH|NG_CUE_THAT},
    {"agreed", "agree", NG_CUE_SPEECH|NG_CUE_THAT},
    {"agrees", "agree", NG_CUE_SPEECH|NG_CUE_THAT},
    {"allege", "allege", NG_CUE_SPEECH},
    {"alleged", "allege", NG_CUE_SPEECH},
    {"alleges", "allege", NG_CUE_SPEECH},
    {"announced", "announce", NG_CUE_SPEECH},
    {"announces", "announce", NG_CUE_SPEECH},
    {"announcing", "announce", NG_CUE_SPEECH},
    {"applauded", "applaud", NG_CUE_OBJ},
    {"argue", "argue", NG_CUE_SPEECH},
    {"argued", "argue", NG_CUE_SPEECH},
    {"argues", "argue", NG_CUE_SPEECH},
    {"arguing", "argue", NG_CUE_SPEECH},
    {"asked", "ask", NG_CUE_SPEECH|NG_CUE_TELL},
    {"asking", "ask", NG_CUE_SPEECH|NG_CUE_TELL},
    {"asks", "ask", NG_CUE_SPEECH|NG_CUE_TELL},
    {"assert", "assert", NG_CUE_SPEECH},
    {"asserted", "assert", NG_CUE_SPEECH},
    {"asserts", "assert", NG_CUE_SPEECH},
    {"assured", "assure", NG_CUE_SPEECH|NG_CUE_TELL},
    {"assures", "assure", NG_CUE_SPEECH|NG_CUE_TELL},
    {"attacked", "attack", NG_CUE_OBJ},
    {"backed", "back", NG_CUE_OBJ},
    {"backing", "back", NG_CUE_OBJ},
    {"believe", "believe", NG_CUE_THAT},
    {"believed", "believe", NG_CUE_THAT},
    {"believes", "believe", NG_CUE_THAT},
    {"blamed", "blame", NG_CUE_OBJ},
    {"blames", "blame", NG_CUE_OBJ},
    {"blaming", "blame", NG_CUE_OBJ},
    {"blasted", "blast", NG_CUE_OBJ},
    {"blasting", "blast", NG_CUE_OBJ},
    {"blasts", "blast", NG_CUE_OBJ},
    {"boasted", "boast", NG_CUE_SPEECH},
    {"cautioned", "caution", NG_CUE_SPEECH},
    {"cited", "cite", NG_CUE_OBJ},
    {"cites", "cite", NG_CUE_OBJ},
    {"citing", "cite", NG_CUE_OBJ},
    {"claim", "claim", NG_CUE_SPEECH},
    {"claimed", "claim", NG_CUE_SPEECH},
    {"claiming", "claim", NG_CUE_SPEECH},
    {"claims", "claim", NG_CUE_SPEECH},
    {"complain", "complain", NG_CUE_SPEECH},
    {"complained", "complain", NG_CUE_SPEECH},
    {"complains", "complain", NG_CUE_SPEECH},
    {"conceded", "concede", NG_CUE_SPEECH},
    {"concedes", "concede", NG_CUE_SPEECH},
    {"concluded", "conclude", NG_CUE_SPEECH|NG_CUE_THAT},
    {"concludes", "conclude", NG_CUE_SPEECH|NG_CUE_THAT},
    {"condemned", "condemn", NG_CUE_OBJ},
    {"condemning", "condemn", NG_CUE_OBJ},
    {"condemns", "condemn", NG_CUE_OBJ},
    {"confirmed", "confirm", NG_CUE_SPEECH},
    {"confirming", "confirm", NG_CUE_SPEECH},
    {"confirms", "confirm", NG_CUE_SPEECH},
    {"contend", "contend", NG_CUE_SPEECH},
    {"contended", "contend", NG_CUE_SPEECH},
    {"contends", "contend", NG_CUE_SPEECH},
    {"continued", "continue", NG_CUE_SPEECH|NG_CUE_NOSUBJ},
    {"countered", "counter", NG_CUE_SPEECH},
    {"criticised", "criticize", NG_CUE_OBJ},
    {"criticises", "criticize", NG_CUE_OBJ},
    {"criticising", "criticize", NG_CUE_OBJ},
    {"criticized", "criticize", NG_CUE_OBJ},
    {"criticizes", "criticize", NG_CUE_OBJ},
    {"criticizing", "criticize", NG_CUE_OBJ},
    {"declared", "declare", NG_CUE_SPEECH},
    {"declares", "declare", NG_CUE_SPEECH},
    {"declaring", "declare", NG_CUE_SPEECH},
    {"decried", "decry", NG_CUE_OBJ},
    {"defended", "defend", NG_CUE_OBJ},
    {"defending", "defend", NG_CUE_OBJ},
    {"defends", "defend", NG_CUE_OBJ},
    {"demanded", "demand", NG_CUE_SPEECH|NG_CUE_THAT},
    {"demands", "demand", NG_CUE_SPEECH|NG_CUE_THAT},
    {"denied", "deny", NG_CUE_OBJ},
    {"denies", "deny", NG_CUE_OBJ},
    {"denying", "deny", NG_CUE_OBJ},
    {"described", "describe", NG_CUE_OBJ},
    {"describes", "describe", NG_CUE_OBJ},
    {"describing", "describe", NG_CUE_OBJ},
    {"disclosed", "disclose", NG_CUE_SPEECH|NG_CUE_THAT},
    {"dismissed", "dismiss", NG_CUE_OBJ},
    {"dismisses", "dismiss", NG_CUE_OBJ},
    {"dismissing", "dismiss", NG_CUE_OBJ},
    {"doubted", "doubt", NG_CUE_THAT},
    {"doubts", "doubt", NG_CUE_THAT},
    {"emphasised", "emphasize", NG_CUE_SPEECH},
    {"emphasises", "emphasize", NG_CUE_SPEECH},
    {"emphasising", "emphasize", NG_CUE_SPEECH},
    {"emphasized", "emphasize", NG_CUE_SPEECH},
    {"emphasizes", "emphasize", NG_CUE_SPEECH},
    {"emphasizing", "emphasize", NG_CUE_SPEECH},
    {"endorsed", "endorse", NG_CUE_OBJ},
    {"endorses", "endorse", NG_CUE_OBJ},
    {"endorsing", "endorse", NG_CUE_OBJ},
    {"estimated", "estimate", NG_CUE_THAT},
    {"estimates", "estimate", NG_CUE_THAT},
    {"expects", "expect", NG_CUE_THAT},
    {"explain", "explain", NG_CUE_SPEECH},
    {"explained", "explain", NG_CUE_SPEECH},
    {"explaining", "explain", NG_CUE_SPEECH},
    {"explains", "explain", NG_CUE_SPEECH},
    {"fear", "fear", NG_CUE_THAT},
    {"feared", "fear", NG_CUE_THAT},
    {"fears", "fear", NG_CUE_THAT},
    {"feel", "feel", NG_CUE_THAT},
    {"feels", "feel", NG_CUE_THAT},
    {"felt", "feel", NG_CUE_THAT},
    {"finds", "find", NG_CUE_THAT},
    {"found", "find", NG_CUE_THAT},
    {"hinted", "hint", NG_CUE_SPEECH|NG_CUE_THAT},
    {"hope", "hope", NG_CUE_THAT},
    {"hoped", "hope", NG_CUE_THAT},
    {"hopes", "hope", NG_CUE_THAT},
    {"indicated", "indicate", NG_CUE_THAT},
    {"indicates", "indicate", NG_CUE_THAT},
    {"informed", "inform", NG_CUE_SPEECH|NG_CUE_TELL|NG_CUE_THAT},
    {"insist", "insist", NG_CUE_SPEECH},
    {"insisted", "insist", NG_CUE_SPEECH},
    {"insisting", "insist", NG_CUE_SPEECH},
    {"insists", "insist", NG_CUE_SPEECH},
    {"joked", "joke", NG_CUE_SPEECH},
    {"jokes", "joke", NG_CUE_SPEECH},
    {"knew", "know", NG_CUE_THAT},
    {"know", "know", NG_CUE_THAT},
    {"knows", "know", NG_CUE_THAT},
    {"maintain", "maintain", NG_CUE_SPEECH|NG_CUE_THAT},
    {"maintained", "maintain", NG_CUE_SPEECH|NG_CUE_THAT},
    {"maintains", "maintain", NG_CUE_SPEECH|NG_CUE_THAT},
    {"mentioned", "mention", NG_CUE_SPEECH|NG_CUE_THAT},
    {"mocked", "mock", NG_CUE_OBJ},
    {"note", "note", NG_CUE_SPEECH},
    {"noted", "note", NG_CUE_SPEECH},
    {"notes", "note", NG_CUE_SPEECH},
    {"noting", "note", NG_CUE_SPEECH},
    {"observed", "observe", NG_CUE_SPEECH},
    {"observes", "observe", NG_CUE_SPEECH},
    {"opposed", "oppose", NG_CUE_OBJ},
    {"opposing", "oppose", NG_CUE_OBJ},
    {"pledged", "pledge", NG_CUE_SPEECH|NG_CUE_THAT},
    {"pledges", "pledge", NG_CUE_SPEECH|NG_CUE_THAT},
    {"posted", "post", NG_CUE_SPEECH|NG_CUE_REPORT|NG_CUE_THAT},
    {"praised", "praise", NG_CUE_OBJ},
    {"praises", "praise", NG_CUE_OBJ},
    {"praising", "praise", NG_CUE_OBJ},
    {"predict", "predict", NG_CUE_SPEECH},
    {"predicted", "predict", NG_CUE_SPEECH},
    {"predicts", "predict", NG_CUE_SPEECH},
    {"promised", "promise", NG_CUE_SPEECH|NG_CUE_THAT},
    {"promises", "promise", NG_CUE_SPEECH|NG_CUE_THAT},
    {"proposed", "propose", NG_CUE_SPEECH|NG_CUE_THAT},
    {"questioned", "question", NG_CUE_OBJ},
    {"quipped", "quip", NG_CUE_SPEECH},
    {"recall", "recall", NG_CUE_SPEECH},
    {"recalled", "recall", NG_CUE_SPEECH},
    {"recalling", "recall", NG_CUE_SPEECH},
    {"recalls", "recall", NG_CUE_SPEECH},
    {"recommended", "recommend", NG_CUE_SPEECH|NG_CUE_THAT},
    {"reiterated", "reiterate", NG_CUE_SPEECH},
    {"reiterates", "reiterate", NG_CUE_SPEECH},
    {"rejected", "reject", NG_CUE_OBJ},
    {"rejecting", "reject", NG_CUE_OBJ},
    {"rejects", "reject", NG_CUE_OBJ},
    {"remarked", "remark", NG_CUE_SPEECH},
    {"reminded", "remind", NG_CUE_SPEECH|NG_CUE_TELL|NG_CUE_THAT},
    {"replied", "reply", NG_CUE_SPEECH},
    {"replies", "reply", NG_CUE_SPEECH},
    {"reported", "report", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"reporting", "report", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"reports", "report", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"responded", "respond", NG_CUE_SPEECH},
    {"responds", "respond", NG_CUE_SPEECH},
    {"revealed", "reveal", NG_CUE_SPEECH|NG_CUE_THAT},
    {"reveals", "reveal", NG_CUE_SPEECH|NG_CUE_THAT},
    {"said", "say", NG_CUE_SPEECH},
    {"say", "say", NG_CUE_SPEECH},
    {"saying", "say", NG_CUE_SPEECH},
    {"says", "say", NG_CUE_SPEECH},
    {"shouted", "shout", NG_CUE_SPEECH},
    {"show", "show", NG_CUE_THAT},
    {"showed", "show", NG_CUE_THAT},
    {"shows", "show", NG_CUE_THAT},
    {"signaled", "signal", NG_CUE_SPEECH|NG_CUE_THAT},
    {"signalled", "signal", NG_CUE_SPEECH|NG_CUE_THAT},
    {"slammed", "slam", NG_CUE_OBJ},
    {"slamming", "slam", NG_CUE_OBJ},
    {"slams", "slam", NG_CUE_OBJ},
    {"stated", "state", NG_CUE_SPEECH},
    {"stressed", "stress", NG_CUE_SPEECH},
    {"stresses", "stress", NG_CUE_SPEECH},
    {"stressing", "stress", NG_CUE_SPEECH},
    {"suggest", "suggest", NG_CUE_SPEECH},
    {"suggested", "suggest", NG_CUE_SPEECH},
    {"suggesting", "suggest", NG_CUE_SPEECH},
    {"suggests", "suggest", NG_CUE_SPEECH},
    {"supported", "support", NG_CUE_OBJ},
    {"supporting", "support", NG_CUE_OBJ},
    {"tell", "tell", NG_CUE_SPEECH|NG_CUE_TELL},
    {"telling", "tell", NG_CUE_SPEECH|NG_CUE_TELL},
    {"tells", "tell", NG_CUE_SPEECH|NG_CUE_TELL},
    {"testified", "testify", NG_CUE_SPEECH},
    {"think", "think", NG_CUE_THAT},
    {"thinks", "think", NG_CUE_THAT},
    {"thought", "think", NG_CUE_THAT},
    {"told", "tell", NG_CUE_SPEECH|NG_CUE_TELL},
    {"tweeted", "tweet", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"tweets", "tweet", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"understands", "understand", NG_CUE_THAT},
    {"urged", "urge", NG_CUE_SPEECH|NG_CUE_URGE},
    {"urges", "urge", NG_CUE_SPEECH|NG_CUE_URGE},
    {"urging", "urge", NG_CUE_SPEECH|NG_CUE_URGE},
    {"vowed", "vow", NG_CUE_SPEECH|NG_CUE_THAT},
    {"vows", "vow", NG_CUE_SPEECH|NG_CUE_THAT},
    {"warn", "warn", NG_CUE_SPEECH|NG_CUE_TELL},
    {"warned", "warn", NG_CUE_SPEECH|NG_CUE_TELL},
    {"warning", "warn", NG_CUE_SPEECH|NG_CUE_TELL},
    {"warns", "warn", NG_CUE_SPEECH|NG_CUE_TELL},
    {"welcomed", "welcome", NG_CUE_OBJ},
    {"welcomes", "welcome", NG_CUE_OBJ},
    {"worried", "worry", NG_CUE_THAT},
    {"worries", "worry", NG_CUE_THAT},
    {"writes", "write", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"writing", "write", NG_CUE_SPEECH|NG_CUE_REPORT},
    {"wrote", "write", NG_CUE_SPEECH|NG_CUE_REPORT},
};

/* Compares w[0..n) with the C string f like strcmp. */
static inline int cmp_n(const char *w, size_t n, const char *f)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char a = (unsigned char)w[k], b = (unsigned char)f[k];
        if (a != b)
            return a < b ? -1 : 1; /* also when f ends (b == 0 < a) */
    }
    return f[n] ? -1 : 0;
}

/* Bit L of len_mask[c - 'a'] is set when some cue form starts with c and is L
 * bytes long: most words are rejected without a search.  Checked against
 * the table by ng__cue_table_sorted(). */
static const uint32_t len_mask[26] = {0x3ff0u, 0x1c0u, 0xfe0u, 0x7c0u, 0xf80u, 0x70u, 0x0u, 0x70u, 0x3c0u, 0x20u, 0x30u, 0x0u, 0x740u, 0x70u, 0x180u, 0x3c0u, 0x480u, 0xfc0u, 0x7f8u, 0x2f0u, 0x860u, 0x30u, 0x1f0u, 0x0u, 0x0u, 0x0u};

const ng_cue *ng__cue_lookup(const char *w, size_t n)
{
    if (n < 3 || n > 30 || w[0] < 'a' || w[0] > 'z' || !(len_mask[w[0] - 'a'] & (1u << n)))
        return NULL;
    size_t lo = 0, hi = NG_ARRAY_LEN(cues);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = cmp_n(w, n, cues[mid].form);
        if (c == 0)
            return &cues[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

int ng__cue_table_sorted(void)
{
    uint32_t m[26] = {0};
    for (size_t i = 0; i < NG_ARRAY_LEN(cues); i++) {
        size_t n = strlen(cues[i].form);
        if (i > 0 && strcmp(cues[i - 1].form, cues[i].form) >= 0)
            return 0;
        if (n < 3 || n > 30 || cues[i].form[0] < 'a' || cues[i].form[0] > 'z')
            return 0;
        m[cues[i].form[0] - 'a'] |= 1u << n;
    }
    return memcmp(m, len_mask, sizeof m) == 0;
}

static int in_list(const char *const *list, size_t len, const char *w, size_t n)
{
    for (size_t i = 0; i < len; i++)
        if (list[i][0] == w[0] && strncmp(list[i], w, n) == 0 && list[i][n] == 0)
            return 1;
    return 0;
}

#define IN(list) in_list(list, NG_ARRAY_LEN(list), w, n)

int ng__q_is_pronoun(const char *w, size_t n)
{
    static const char *const l[] = {"he", "she", "they", "it", "i", "we", "you"};
    return IN(l);
}

int ng__q_is_determiner(const char *w, size_t n)
{
    static const char *const l[] = {"the", "a", "an", "his", "her", "their", "its", "our", "my",
                                    "your", "this", "that", "these", "those", "one", "two", "three",
                                    "several", "many", "some", "other", "both", "another", "most"};
    return IN(l);
}

int ng__q_is_stopword(const char *w, size_t n)
{
    static const char *const l[] = {
        "that", "and", "but", "or", "because", "when", "while", "if", "which", "as", "so",
        "in", "on", "at", "for", "from", "to", "with", "by", "after", "before", "since", "until",
        "than", "where", "what", "why", "how", "though", "although", "whether", "there", "then",
        "not", "never", "also", "is", "are", "was", "were", "be", "been", "has", "have", "had",
        "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do",
        "during", "into", "about", "over", "under", "against", "without", "through", "who", "whom",
        "whose", "said", "says", "told", "yet", "nor", "once", "even", "just", "only", "still",
        "him", "them", "us", "me", "her", "it", "this", "these", "those", "here", "now", "today",
        "yesterday", "tonight"};
    /* "her" and "this" are determiners too; the caller checks determiners first */
    return IN(l);
}

int ng__q_is_aux(const char *w, size_t n)
{
    static const char *const l[] = {"has", "have", "had", "was", "were", "is", "are", "also",
                                    "later", "previously", "recently", "once", "then", "reportedly",
                                    "repeatedly", "again", "often", "further", "would", "will",
                                    "has", "had", "privately", "publicly", "separately", "earlier",
                                    "already", "frequently", "simply", "flatly", "just", "even",
                                    "still", "now", "herself", "himself", "themselves", "itself",
                                    "initially", "first", "last", "openly", "explicitly"};
    return IN(l);
}

int ng__q_is_source_noun(const char *w, size_t n)
{
    static const char *const l[] = {
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
    return IN(l);
}

int ng__q_is_outlet_word(const char *w, size_t n)
{
    static const char *const l[] = {
        "reuters", "ap", "afp", "bbc", "cnn", "bloomberg", "times", "post", "journal", "guardian",
        "politico", "axios", "nbc", "abc", "cbs", "fox", "msnbc", "npr", "telegraph", "independent",
        "economist", "xinhua", "tass", "interfax", "ria", "dpa", "ansa", "efe", "tribune", "herald",
        "gazette", "press", "news", "today", "observer", "mirror", "sun", "express", "spiegel",
        "monde", "figaro", "pravda", "izvestia", "kommersant", "haaretz", "jazeera", "yonhap",
        "kyodo", "nikkei", "breitbart", "hill", "atlantic", "vox", "slate", "newsweek", "time",
        "cnbc", "pbs", "sky", "euronews", "ukrinform", "wsj", "nyt", "ft", "buzzfeed", "intercept"};
    return IN(l);
}

int ng__q_is_weekday(const char *w, size_t n)
{
    static const char *const l[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                    "saturday", "sunday", "today", "tonight", "yesterday",
                                    "earlier", "later", "recently", "morning", "evening",
                                    "afternoon", "night", "week", "weekend"};
    return IN(l);
}
