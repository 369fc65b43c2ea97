/*
 * sentences.c -- the sentence splitter.
 *
 * Works on the tokens.  A sentence ends
 *  - at a paragraph break: a blank line always; a single line break unless
 *    the text is hard-wrapped (Reuters style), where only blank lines,
 *    indented lines and lines much shorter than the typical line end a
 *    paragraph (this also keeps headlines apart);
 *  - after . ! ? or an ellipsis, plus any closing quotes and brackets, when
 *    the next token can start a sentence (capitalised, a digit, an opening
 *    quote or bracket) - so "“… after this summit.” He said" splits after
 *    the closing quote, while "“Why?” he asked" does not;
 *  - after an abbreviation that can also end a sentence ("U.S.", "Inc.",
 *    "etc.") only when the next word is a typical sentence opener ("The",
 *    "He", "But", ...).
 * Abbreviations with their period, initials and decimal numbers are single
 * tokens (tokenize.re), so they never look like sentence ends.
 */
#include "../doc.h"
#include "../engine.h"

#include <ctype.h>

static inline int tok_is(const ng_doc *d, const ng_token *t, const char *s)
{
    if (d->text[t->start] != s[0]) /* most tests fail here, before strlen */
        return 0;
    size_t n = strlen(s);
    return t->end - t->start == n && memcmp(d->text + t->start, s, n) == 0;
}

static inline int is_terminal(const ng_doc *d, const ng_token *t)
{
    if (t->kind != NG_TOK_PUNCT)
        return 0;
    char c = d->text[t->start];
    if (t->end - t->start == 1)
        return c == '.' || c == '!' || c == '?';
    return tok_is(d, t, "...") || tok_is(d, t, "\xE2\x80\xA6") || tok_is(d, t, ". . .");
}

static inline int is_closer(const ng_doc *d, const ng_token *t)
{
    if (t->kind == NG_TOK_QUOTE)
        return (t->flags & NG_TF_CLOSE) != 0;
    return t->kind == NG_TOK_PUNCT && t->end - t->start == 1 &&
           (d->text[t->start] == ')' || d->text[t->start] == ']');
}

/* Can this token start a sentence? */
static int can_start(const ng_doc *d, const ng_token *t)
{
    if (t->flags & NG_TF_CAP)
        return 1;
    if (t->kind == NG_TOK_NUMBER || t->kind == NG_TOK_CURRENCY || t->kind == NG_TOK_HANDLE)
        return 1;
    if (t->kind == NG_TOK_QUOTE && (t->flags & NG_TF_OPEN))
        return 1;
    if (t->kind == NG_TOK_PUNCT && t->end - t->start == 1 &&
        (d->text[t->start] == '(' || d->text[t->start] == '['))
        return 1;
    unsigned char c = (unsigned char)d->text[t->start];
    /* non-Latin scripts have no case: a new word after a period starts */
    return t->kind == NG_TOK_WORD && c >= 0x80 && c != 0xC3 && c != 0xC4 && c != 0xC5 && c != 0xD0 &&
           c != 0xD1;
}

static const char *const openers[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "In",
    "On", "At", "For", "From", "This", "That", "These", "Those", "There", "His", "Her", "Its",
    "Their", "Our", "My", "However", "Meanwhile", "Still", "Yet", "After", "Before", "When",
    "While", "If", "As", "Since", "Although", "Officials", "Some", "Many", "Most", "Other",
    "Analysts", "Shares", "Sales", "Earlier", "Later", "Last", "Next", "Now", "Then", "Also",
};

static int is_opener(const ng_doc *d, const ng_token *t)
{
    if (t->kind == NG_TOK_QUOTE && (t->flags & NG_TF_OPEN))
        return 1;
    for (size_t i = 0; i < NG_ARRAY_LEN(openers); i++)
        if (tok_is(d, t, openers[i]))
            return 1;
    return 0;
}

/* Abbreviations that often end a sentence as well. */
static int abbrev_can_end(const ng_doc *d, const ng_token *t)
{
    if (t->kind != NG_TOK_ABBREV)
        return 0;
    size_t n = t->end - t->start;
    const char *s = d->text + t->start;
    int dots = 0;
    for (size_t i = 0; i < n; i++)
        dots += s[i] == '.';
    if (dots >= 2)
        return 1; /* U.S. U.K. a.m. */
    static const char *const enders[] = {"etc.", "Inc.", "Co.", "Corp.", "Ltd.", "Jr.", "Sr.", "Bros.", "plc."};
    for (size_t i = 0; i < NG_ARRAY_LEN(enders); i++)
        if (tok_is(d, t, enders[i]))
            return 1;
    return 0;
}

/*
 * Is the text hard-wrapped?  Then single line breaks are not paragraph
 * breaks.  We say yes when there are enough lines, their typical length is
 * that of a fixed-width column, and most do not end a sentence.
 */
static int hard_wrapped(const ng_doc *d, size_t *typical)
{
    size_t lines = 0, ends = 0, start = 0, longl = 0;
    size_t hist[16] = {0}; /* line lengths in buckets of 8 bytes, up to 128 */
    for (size_t i = 0; i <= d->len; i++) {
        const char *nl = memchr(d->text + i, '\n', d->len - i);
        i = nl ? (size_t)(nl - d->text) : d->len;
        size_t n = i - start;
        if (n > 0) {
            lines++;
            char c = d->text[i - 1];
            if (c == '.' || c == '!' || c == '?' || c == '"' || c == ':' || (unsigned char)c == 0x9D)
                ends++;
            if (n < 128)
                hist[n / 8]++;
            else
                longl++;
        }
        start = i + 1;
    }
    *typical = 0;
    if (lines < 6 || longl * 4 > lines || ends * 2 > lines)
        return 0;
    /* the most common bucket must be between 48 and 100 bytes */
    size_t best = 0;
    for (size_t b = 1; b < 16; b++)
        if (hist[b] > hist[best])
            best = b;
    if (best * 8 < 48 || best * 8 > 100)
        return 0;
    *typical = best * 8;
    return 1;
}


/* Appends the sentence of tokens [first, end) and marks its first token
 * (the loop below sets each token's sentence index). */
static int close_sentence(ng_doc *d, size_t first, size_t end)
{
    ng_token *tk = d->tokens.v;
    ng_span s = {tk[first].start, tk[end - 1].end};
    int rc = NG_VEC_PUSH(&d->arena, d->sents, s);
    if (rc)
        return rc;
    tk[first].flags |= NG_TF_SENT;
    return 0;
}

/* What a token is to the splitter: a closer (a closing quote or bracket),
 * and whether the token after it needs the boundary checks (after a
 * terminal, a closer or an abbreviation); 0 for words, commas and the like. */
enum { R_CLOSER = 1, R_AFTER = 2 };
#define KIND_BIT(k) (1u << (k))
#define MAY_MATTER (KIND_BIT(NG_TOK_PUNCT) | KIND_BIT(NG_TOK_QUOTE) | KIND_BIT(NG_TOK_ABBREV))

static inline unsigned role(const ng_doc *d, const ng_token *t)
{
    if (!((MAY_MATTER >> t->kind) & 1))
        return 0;
    if (t->kind == NG_TOK_ABBREV)
        return R_AFTER;
    if (is_closer(d, t))
        return R_CLOSER | R_AFTER;
    return is_terminal(d, t) ? R_AFTER : 0;
}

/* Is token b, first on its line, indented (two spaces before it)? */
static int indented_at(const ng_doc *d, const ng_token *b)
{
    return b->start >= 2 && d->text[b->start - 1] == ' ' && d->text[b->start - 2] == ' ';
}

/* Is the line that token b opens a wrapped column line: not indented (a
 * new paragraph), at least 40 bytes that end in no sentence end (a
 * terminal, a closing quote or a colon), so the sentence goes on past it?
 * A heading's next line, a paragraph of its own, ends in its full stop. */
static int wrapped_on(const ng_doc *d, const ng_token *b)
{
    const char *s = d->text + b->start, *nl = memchr(s, '\n', d->len - b->start);
    if (indented_at(d, b))
        return 0;
    const char *e = nl ? nl : d->text + d->len;
    while (e > s && (e[-1] == ' ' || e[-1] == '\r' || e[-1] == '\t'))
        e--;
    if (e - s < 40)
        return 0;
    unsigned char c = (unsigned char)e[-1];
    return !(c == '.' || c == '!' || c == '?' || c == '"' || c == ':' || c == 0x9D);
}

/* Does token b, first on its line, go on the sentence of token a before the
 * line break?  When a is a word in lower case or a comma and b a word in
 * lower case or a number ("said sales for the\nfour weeks", "from\n182.6
 * mln"): no sentence, heading or list item ends in a lower-case word and
 * goes on in one; nor does one start in lower case after a word in
 * capitals, a comma or a number ("The Acme Group Inc\nsaid its sales",
 * "was 13\npct complete").  Nor does
 * a name or title broken between two capitalised words (or a capitalised
 * abbreviation, "said the U.S.\nAir Force exercised …", or after a comma or
 * a joining word, "a unit of\nAmerican Electric Power Co, said", "The
 * International Monetary Fund,\nIMF, said", or before a bracket, "the
 * Commodity Credit Corporation\n(CCC) has approved") when the next line
 * is a wrapped column line ("Western Union said John\nPope Jr has been
 * elected president of the telegraph company and\n"; not before a word
 * that opens sentences, "The").  This holds in text too short to be
 * judged hard-wrapped and after a short first line (a body whose dateline
 * was cut). */
static int continues_line(const ng_doc *d, const ng_token *a, const ng_token *b)
{
    unsigned char fa = (unsigned char)d->text[a->start], fb = (unsigned char)d->text[b->start];
    int a_low = a->kind == NG_TOK_WORD && fa >= 'a' && fa <= 'z';
    int a_comma = a->kind == NG_TOK_PUNCT && a->end - a->start == 1 && fa == ',';
    int b_low = b->kind == NG_TOK_WORD && fb >= 'a' && fb <= 'z';
    int a_word = a->kind == NG_TOK_WORD && fa >= 'A' && fa <= 'Z';
    /* a number before a word in lower case is the figure and its unit or
     * noun broken over the lines ("harvest was 13\npct complete", "tax
     * credits of 299,000\ndlrs in quarter", "of 3.6\nmln dlrs"): no
     * sentence starts in lower case; but not onto an indented line, a
     * table's next row ("Net 315,000 vs 627,000\n    revs 32.4 mln") */
    int a_num = a->kind == NG_TOK_NUMBER && !indented_at(d, b);
    if ((a_low && (b_low || b->kind == NG_TOK_NUMBER)) || ((a_comma || a_word || a_num) && b_low))
        return 1;
    /* The name or title broken over the lines: cheap tests of b first, as
     * most line breaks end here. */
    int b_bracket = b->kind == NG_TOK_PUNCT && b->end - b->start == 1 && fb == '('; /* "Corporation\n(CCC) has" */
    if (!(((b->kind == NG_TOK_WORD || b->kind == NG_TOK_ABBREV) && fb >= 'A' && fb <= 'Z') || b_bracket))
        return 0;
    int a_abbr = a->kind == NG_TOK_ABBREV && fa >= 'A' && fa <= 'Z'; /* "U.S." */
    static const char *const joins[] = {"of", "the", "a", "an", "and", "to", "for", "in", "on", "by", "at", "from", "with"};
    int a_join = a_comma; /* a comma or a word that joins ("a unit of\nAmerican Electric Power") */
    for (size_t k = 0; a_low && !a_join && k < NG_ARRAY_LEN(joins); k++)
        a_join = tok_is(d, a, joins[k]);
    return (a_word || a_abbr || a_join) && !is_opener(d, b) && wrapped_on(d, b);
}

int ng__sentences(ng_doc *d)
{
    int rc;
    d->sents.n = 0;
    size_t nt = d->tokens.n;
    if (nt == 0)
        return 0;
    ng_token *tk = d->tokens.v;
    size_t typical = 0;
    int wrapped = hard_wrapped(d, &typical);

    size_t first = 0;
    size_t last_open = 0; /* the last token before i that is not a closer (>= first) */
    size_t line_start = 0; /* where the line of the previous token begins (wrapped text) */
    for (size_t i = 0; i < nt; i++) {
        if (i > 0 && !(role(d, &tk[i - 1]) & R_AFTER)) {
            /* Most tokens need nothing: a token on the same line as the one
             * before, which is neither a terminal, nor a closer, nor an
             * abbreviation, and which is no closer itself.  (The checks
             * below would look back from it to the token before, which
             * cannot end a sentence.)  Skip them; stop at a token that needs
             * the checks. */
            size_t i0 = i;
            uint32_t si = (uint32_t)d->sents.n;
            while (i < nt && !(tk[i].flags & NG_TF_NL)) {
                unsigned r = role(d, &tk[i]);
                if (r & R_CLOSER)
                    break;
                tk[i].sent = si;
                i++;
                if (r & R_AFTER)
                    break; /* the next token needs a look */
            }
            if (i > i0)
                last_open = i - 1;
            if (i == nt)
                break;
        }
        int brk = 0; /* a sentence starts at token i */
        /* in wrapped text, the first and last line feed in the white space
         * between the previous token and this one (a short gap: a loop is
         * cheaper than memchr) */
        const char *first_nl = NULL, *last_nl = NULL;
        if (wrapped && i > 0 && (tk[i].flags & NG_TF_NL)) {
            for (const char *p = d->text + tk[i - 1].end, *end = d->text + tk[i].start; p < end; p++)
                if (*p == '\n') {
                    if (!first_nl)
                        first_nl = p;
                    last_nl = p;
                }
        }
        if (i > 0 && (tk[i].flags & NG_TF_NL)) {
            if (!(tk[i].flags & NG_TF_BLANK) && continues_line(d, &tk[i - 1], &tk[i]))
                ; /* "sales for the\nfour weeks": a line wrapped mid-sentence */
            else if (!wrapped || (tk[i].flags & NG_TF_BLANK))
                brk = 2;
            else {
                /* indented line, or the previous line is short; line_start
                 * is where the previous line began */
                size_t prev = first_nl ? (size_t)(first_nl - d->text) - line_start : 0;
                size_t nl = last_nl ? (size_t)(last_nl - d->text) + 1 : tk[i].start;
                int indented = tk[i].start - nl >= 2;
                if (indented || prev * 10 < typical * 6)
                    brk = 2;
            }
        }
        /* only punctuation, quotes and abbreviations can end a sentence */
        uint16_t pk = i > 0 ? tk[i - 1].kind : NG_TOK_WORD;
        if (!brk && i > 0 && (pk == NG_TOK_PUNCT || pk == NG_TOK_QUOTE || pk == NG_TOK_ABBREV)) {
            /* look back over closing quotes/brackets to a terminal (kept
             * incrementally: a run of a million closers stays linear) */
            size_t j = last_open > first ? last_open : first;
            /* a boundary wants white space after the terminal and its closers
             * ("43 .596" is a number), or text glued by a scraper
             * ("ends.The next": a lower-case word, then a capitalised one) */
            int spaced = (tk[i].flags & NG_TF_SPACE) ||
                         (j > first && tk[j - 1].kind == NG_TOK_WORD && !(tk[j - 1].flags & NG_TF_CAP) &&
                          tk[j - 1].end - tk[j - 1].start > 1 && tk[i].kind == NG_TOK_WORD &&
                          (tk[i].flags & NG_TF_CAP) && tk[i].end - tk[i].start > 1);
            if (is_terminal(d, &tk[j]) && can_start(d, &tk[i]) && spaced)
                brk = 1;
            else if (j == i - 1 && tk[j].kind == NG_TOK_ABBREV && (tk[i].flags & (NG_TF_CAP | NG_TF_OPEN)) &&
                     abbrev_can_end(d, &tk[j]) && is_opener(d, &tk[i]))
                brk = 1;
        }
        if (brk && i > first) {
            if ((rc = close_sentence(d, first, i)) != 0)
                return rc;
            first = i;
        }
        tk[i].sent = (uint32_t)d->sents.n;
        if (brk == 2 || i == 0)
            tk[i].flags |= NG_TF_PARA;
        if (last_nl)
            line_start = (size_t)(last_nl - d->text) + 1;
        if (!is_closer(d, &tk[i]))
            last_open = i;
    }
    return close_sentence(d, first, nt);
}
