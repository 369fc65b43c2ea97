/*
 * figlex.re -- the word lexicon shared by the amounts and times annotators
 * (a re2c scanner over one word).
 *
 * ng__figlex() classifies one token's text, case-insensitively: month and
 * weekday names, number words, ordinals, scale words, time units, parts of
 * the day, seasons, currency words, percent words, multipliers and
 * approximators.  A word has one class; callers resolve the few ambiguous
 * words ("may", "march", "second") from context.  Each call is linear in the
 * word (at most 13 bytes are looked at).
 */
#include "annot/figlex.h"

#include <string.h>
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
#include <emmintrin.h>
#endif

int ng__figlex(const char *s, size_t n, int *val)
{
    *val = 0;
    /* the longest entries ("approximately", "hundred-fold", "o’clock")
     * have at most 13 bytes */
    if (n == 0 || n > 13)
        return FL_NONE;
    /* The scanner reads the word in place, lower-casing ASCII as it goes and
     * seeing a 0 past the end, so most words are rejected after a byte or
     * two without being copied. */
    const unsigned char *cur = (const unsigned char *)s, *end = cur + n, *mar = cur;
    (void)mar;
#define LC(c) ((c) >= 'A' && (c) <= 'Z' ? (unsigned char)((c) + 32) : (c))
#define PEEK() (cur < end ? LC(*cur) : 0)
#define SKIP() (++cur)
#define BACKUP() (mar = cur)
#define RESTORE() (cur = mar)
#define R(cls, v) do { if (cur != end) return FL_NONE; *val = (v); return (cls); } while (0)
    /* the rules, used here and in ng__figlex_lc() below */
    /*!rules:re2c:fig
        re2c:api = custom;
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYPEEK = "PEEK";
        re2c:define:YYSKIP = "SKIP";
        re2c:define:YYBACKUP = "BACKUP";
        re2c:define:YYRESTORE = "RESTORE";
        re2c:yyfill:enable = 0;
        re2c:flags:case-insensitive = 0;

        P = "."?;

        "january" | "jan" P { R(FL_MONTH, 1); }
        "february" | "feb" P { R(FL_MONTH, 2); }
        "march" | "mar" "." { R(FL_MONTH, 3); }
        "april" | "apr" P { R(FL_MONTH, 4); }
        "may" { R(FL_MONTH, 5); }
        "june" | "jun" P { R(FL_MONTH, 6); }
        "july" | "jul" P { R(FL_MONTH, 7); }
        "august" | "aug" P { R(FL_MONTH, 8); }
        "september" | "sept" P | "sep" P { R(FL_MONTH, 9); }
        "october" | "oct" P { R(FL_MONTH, 10); }
        "november" | "nov" P { R(FL_MONTH, 11); }
        "december" | "dec" P { R(FL_MONTH, 12); }

        "monday" | "mon." { R(FL_WDAY, 1); }
        "tuesday" | "tue." | "tues." { R(FL_WDAY, 2); }
        "wednesday" | "wed." { R(FL_WDAY, 3); }
        "thursday" | "thu." | "thur." | "thurs." { R(FL_WDAY, 4); }
        "friday" | "fri." { R(FL_WDAY, 5); }
        "saturday" | "sat." { R(FL_WDAY, 6); }
        "sunday" { R(FL_WDAY, 7); }
        /* plurals: 8 + the day ("on Mondays": a set) */
        "mondays" { R(FL_WDAY, 9); }
        "tuesdays" { R(FL_WDAY, 10); }
        "wednesdays" { R(FL_WDAY, 11); }
        "thursdays" { R(FL_WDAY, 12); }
        "fridays" { R(FL_WDAY, 13); }
        "saturdays" { R(FL_WDAY, 14); }
        "sundays" { R(FL_WDAY, 15); }

        "zero" { R(FL_NUM, 0); }
        "one" { R(FL_NUM, 1); }
        "two" { R(FL_NUM, 2); }
        "three" { R(FL_NUM, 3); }
        "four" { R(FL_NUM, 4); }
        "five" { R(FL_NUM, 5); }
        "six" { R(FL_NUM, 6); }
        "seven" { R(FL_NUM, 7); }
        "eight" { R(FL_NUM, 8); }
        "nine" { R(FL_NUM, 9); }
        "ten" { R(FL_NUM, 10); }
        "eleven" { R(FL_NUM, 11); }
        "twelve" { R(FL_NUM, 12); }
        "thirteen" { R(FL_NUM, 13); }
        "fourteen" { R(FL_NUM, 14); }
        "fifteen" { R(FL_NUM, 15); }
        "sixteen" { R(FL_NUM, 16); }
        "seventeen" { R(FL_NUM, 17); }
        "eighteen" { R(FL_NUM, 18); }
        "nineteen" { R(FL_NUM, 19); }
        "twenty" { R(FL_TENS, 20); }
        "thirty" { R(FL_TENS, 30); }
        "forty" { R(FL_TENS, 40); }
        "fifty" { R(FL_TENS, 50); }
        "sixty" { R(FL_TENS, 60); }
        "seventy" { R(FL_TENS, 70); }
        "eighty" { R(FL_TENS, 80); }
        "ninety" { R(FL_TENS, 90); }
        "dozen" | "dozens" { R(FL_SCALE, 12); }
        "hundred" | "hundreds" { R(FL_SCALE, 100); }
        "thousand" | "thousands" | "k" { R(FL_SCALE, 1000); }
        "million" | "millions" | "m" | "mn" | "mln" { R(FL_SCALE, 1000000); }
        "billion" | "billions" | "bn" | "bln" | "b" { R(FL_SCALE, 1000000000); }
        "trillion" | "trillions" | "tn" | "trn" { R(FL_SCALE, -12); }

        "first" | "1st" { R(FL_ORD, 1); }
        "2nd" { R(FL_ORD, 2); }
        "third" | "3rd" { R(FL_ORD, 3); }
        "fourth" { R(FL_ORD, 4); }
        "fifth" { R(FL_ORD, 5); }
        "sixth" { R(FL_ORD, 6); }
        "seventh" { R(FL_ORD, 7); }
        "eighth" { R(FL_ORD, 8); }
        "ninth" { R(FL_ORD, 9); }
        "tenth" { R(FL_ORD, 10); }
        "eleventh" { R(FL_ORD, 11); }
        "twelfth" { R(FL_ORD, 12); }
        "thirteenth" { R(FL_ORD, 13); }
        "fourteenth" { R(FL_ORD, 14); }
        "fifteenth" { R(FL_ORD, 15); }
        "sixteenth" { R(FL_ORD, 16); }
        "seventeenth" { R(FL_ORD, 17); }
        "eighteenth" { R(FL_ORD, 18); }
        "nineteenth" { R(FL_ORD, 19); }
        "twentieth" { R(FL_ORD, 20); }
        "thirtieth" { R(FL_ORD, 30); }
        [0-9]+ ("st" | "nd" | "rd" | "th") { R(FL_ORD, -1); }

        "year" | "yr" P { R(FL_UNIT, U_YEAR); }
        "years" | "yrs" P { R(FL_UNIT, U_YEAR | U_PLURAL); }
        "month" | "mo." | "mth" P { R(FL_UNIT, U_MONTH); }
        "months" | "mos." | "mths" P { R(FL_UNIT, U_MONTH | U_PLURAL); }
        "week" | "wk" P { R(FL_UNIT, U_WEEK); }
        "weeks" | "wks" P { R(FL_UNIT, U_WEEK | U_PLURAL); }
        "day" { R(FL_UNIT, U_DAY); }
        "days" { R(FL_UNIT, U_DAY | U_PLURAL); }
        "hour" | "hr" P { R(FL_UNIT, U_HOUR); }
        "hours" | "hrs" P { R(FL_UNIT, U_HOUR | U_PLURAL); }
        "minute" | "min" P { R(FL_UNIT, U_MIN); }
        "minutes" | "mins" P { R(FL_UNIT, U_MIN | U_PLURAL); }
        "second" { R(FL_UNIT, U_SEC); }
        "seconds" { R(FL_UNIT, U_SEC | U_PLURAL); }
        "decade" { R(FL_UNIT, U_DECADE); }
        "decades" { R(FL_UNIT, U_DECADE | U_PLURAL); }
        "century" { R(FL_UNIT, U_CENTURY); }
        "centuries" { R(FL_UNIT, U_CENTURY | U_PLURAL); }
        "quarter" { R(FL_UNIT, U_QUARTER); }
        "quarters" { R(FL_UNIT, U_QUARTER | U_PLURAL); }
        "fortnight" { R(FL_UNIT, U_FORTNIGHT); }
        "fortnights" { R(FL_UNIT, U_FORTNIGHT | U_PLURAL); }
        "weekend" { R(FL_UNIT, U_WEEKEND); }
        "weekends" { R(FL_UNIT, U_WEEKEND | U_PLURAL); }

        "morning" | "mornings" { R(FL_POD, 1); }
        "afternoon" | "afternoons" { R(FL_POD, 2); }
        "evening" | "evenings" { R(FL_POD, 3); }
        "night" | "nights" | "overnight" { R(FL_POD, 4); }
        "spring" { R(FL_SEASON, 1); }
        "summer" { R(FL_SEASON, 2); }
        "fall" | "autumn" { R(FL_SEASON, 3); }
        "winter" { R(FL_SEASON, 4); }

        "dollar" | "dollars" | "usd" | "dlr" | "dlrs" { R(FL_CUR, CUR_USD); }
        "euro" | "euros" | "eur" { R(FL_CUR, CUR_EUR); }
        "pound" | "pounds" | "sterling" | "gbp" | "stg" { R(FL_CUR, CUR_GBP); }
        "yen" | "jpy" { R(FL_CUR, CUR_JPY); }
        "yuan" | "renminbi" | "cny" | "rmb" { R(FL_CUR, CUR_CNY); }
        "rouble" | "roubles" | "ruble" | "rubles" | "rub" { R(FL_CUR, CUR_RUB); }
        "hryvnia" | "hryvnias" | "hryvnas" | "hryvnia's" | "uah" { R(FL_CUR, CUR_UAH); }
        "inr" { R(FL_CUR, CUR_INR); }
        "chf" { R(FL_CUR, CUR_CHF); }
        "lira" | "liras" | "try" { R(FL_CUR, CUR_TRY); }
        "lire" | "itl" { R(FL_CUR, CUR_ITL); }
        "won" | "krw" { R(FL_CUR, CUR_KRW); }
        "zloty" | "zlotys" | "pln" { R(FL_CUR, CUR_PLN); }
        "shekel" | "shekels" | "ils" { R(FL_CUR, CUR_ILS); }
        "cad" { R(FL_CUR, CUR_CAD); }
        "aud" { R(FL_CUR, CUR_AUD); }
        "sek" | "kronor" | "krona" { R(FL_CUR, CUR_SEK); }
        "nok" { R(FL_CUR, CUR_NOK); }
        "dkk" { R(FL_CUR, CUR_DKK); }
        "real" | "reais" | "brl" { R(FL_CUR, CUR_BRL); }
        "mark" | "marks" | "dem" { R(FL_CUR, CUR_DEM); }
        "mxn" { R(FL_CUR, CUR_MXN); }
        "guilder" | "guilders" | "nlg" { R(FL_CUR, CUR_NLG); }
        "ecu" | "ecus" | "xeu" { R(FL_CUR, CUR_XEU); }
        "sdr" | "sdrs" | "xdr" { R(FL_CUR, CUR_XDR); }
        "ringgit" | "myr" { R(FL_CUR, CUR_MYR); }
        "rand" | "zar" { R(FL_CUR, CUR_ZAR); }
        "peseta" | "pesetas" | "esp" { R(FL_CUR, CUR_ESP); }
        "schilling" | "schillings" | "ats" { R(FL_CUR, CUR_ATS); }
        "escudo" | "escudos" | "pte" { R(FL_CUR, CUR_PTE); }
        "drachma" | "drachmas" | "drachmae" | "grd" { R(FL_CUR, CUR_GRD); }
        "baht" | "thb" { R(FL_CUR, CUR_THB); }
        "rupiah" | "idr" { R(FL_CUR, CUR_IDR); }
        "forint" | "forints" | "huf" { R(FL_CUR, CUR_HUF); }
        "markka" | "markkaa" | "fim" { R(FL_CUR, CUR_FIM); }
        "punt" | "punts" | "iep" { R(FL_CUR, CUR_IEP); }
        "cruzado" | "cruzados" { R(FL_CUR, CUR_BRC); }
        "austral" | "australs" { R(FL_CUR, CUR_ARA); }
        "sucre" | "sucres" { R(FL_CUR, CUR_ECS); }
        "inti" | "intis" { R(FL_CUR, CUR_PEI); }
        "bolivar" | "bolivars" | "bolivares" { R(FL_CUR, CUR_VEB); }
        "taka" { R(FL_CUR, CUR_BDT); }
        "naira" { R(FL_CUR, CUR_NGN); }
        "hkd" { R(FL_CUR, CUR_HKD); }
        "nzd" { R(FL_CUR, CUR_NZD); }
        "sgd" { R(FL_CUR, CUR_SGD); }
        "twd" { R(FL_CUR, CUR_TWD); }
        "franc" | "francs" { R(FL_CUR, CUR_FRANC); }
        "crown" | "crowns" | "krone" | "kroner" { R(FL_CUR, CUR_CROWN); }
        "peso" | "pesos" { R(FL_CUR, CUR_PESO); }
        "rupee" | "rupees" { R(FL_CUR, CUR_RUPEE); }
        "riyal" | "riyals" | "rial" | "rials" { R(FL_CUR, CUR_RIYAL); }
        "dinar" | "dinars" { R(FL_CUR, CUR_DINAR); }
        "shilling" | "shillings" { R(FL_CUR, CUR_SHILLING); }
        "kwacha" { R(FL_CUR, CUR_KWACHA); }
        "dirham" | "dirhams" { R(FL_CUR, CUR_DIRHAM); }

        "percent" | "per-cent" | "pct" P | "percentage" { R(FL_PERCENT, 0); }

        "twofold" | "two-fold" | "doubled" | "double" | "doubling" { R(FL_MULT, 2); }
        "threefold" | "three-fold" | "tripled" | "triple" | "tripling" { R(FL_MULT, 3); }
        "fourfold" | "four-fold" | "quadrupled" | "quadruple" { R(FL_MULT, 4); }
        "fivefold" | "five-fold" { R(FL_MULT, 5); }
        "sixfold" | "six-fold" { R(FL_MULT, 6); }
        "sevenfold" | "seven-fold" { R(FL_MULT, 7); }
        "eightfold" | "eight-fold" { R(FL_MULT, 8); }
        "ninefold" | "nine-fold" { R(FL_MULT, 9); }
        "tenfold" | "ten-fold" { R(FL_MULT, 10); }
        "hundredfold" | "hundred-fold" { R(FL_MULT, 100); }
        "halved" { R(FL_MULT, -2); }

        "about" | "around" | "roughly" | "approximately" | "approx." | "some" | "circa" | "c." { R(FL_APPROX, AP_ABOUT); }
        "nearly" | "almost" | "close" { R(FL_APPROX, AP_NEARLY); }
        "over" | "above" | "exceeding" { R(FL_APPROX, AP_OVER); }
        "under" | "below" { R(FL_APPROX, AP_UNDER); }
        "least" { R(FL_APPROX, AP_ATLEAST); }
        "most" { R(FL_APPROX, AP_ATMOST); }
        "up" { R(FL_APPROX, AP_UPTO); }
        "more" { R(FL_APPROX, AP_MORE); }
        "less" | "fewer" { R(FL_APPROX, AP_LESS); }

        "the" { R(FL_TW, TW_THE); }
        "a" | "an" { R(FL_TW, TW_A); }
        "this" | "these" { R(FL_TW, TW_THIS); }
        "that" | "same" { R(FL_TW, TW_THAT); }
        "last" { R(FL_TW, TW_LAST); }
        "next" { R(FL_TW, TW_NEXT); }
        "past" { R(FL_TW, TW_PAST); }
        "previous" | "preceding" | "prior" { R(FL_TW, TW_PREV); }
        "coming" | "upcoming" { R(FL_TW, TW_COMING); }
        "following" | "subsequent" { R(FL_TW, TW_FOLLOWING); }
        "recent" { R(FL_TW, TW_RECENT); }
        "current" { R(FL_TW, TW_CURRENT); }
        "early" { R(FL_TW, TW_EARLY); }
        "late" { R(FL_TW, TW_LATE); }
        "mid" | "middle" { R(FL_TW, TW_MID); }
        "earlier" { R(FL_TW, TW_EARLIER); }
        "later" { R(FL_TW, TW_LATER); }
        "ago" { R(FL_TW, TW_AGO); }
        "today" { R(FL_TW, TW_TODAY); }
        "yesterday" { R(FL_TW, TW_YESTERDAY); }
        "tomorrow" { R(FL_TW, TW_TOMORROW); }
        "tonight" { R(FL_TW, TW_TONIGHT); }
        "now" { R(FL_TW, TW_NOW); }
        "currently" | "nowadays" { R(FL_TW, TW_CURRENTLY); }
        "recently" | "lately" { R(FL_TW, TW_RECENTLY); }
        "future" { R(FL_TW, TW_FUTURE); }
        "present" { R(FL_TW, TW_PRESENT); }
        "every" | "each" { R(FL_TW, TW_EVERY); }
        "per" { R(FL_TW, TW_PER); }
        "several" { R(FL_TW, TW_SEVERAL); }
        "few" { R(FL_TW, TW_FEW); }
        "many" { R(FL_TW, TW_MANY); }
        "fiscal" { R(FL_TW, TW_FISCAL); }
        "a.m." | "a.m" | "am" { R(FL_TW, TW_AM); }
        "p.m." | "p.m" | "pm" { R(FL_TW, TW_PM); }
        "noon" | "midday" { R(FL_TW, TW_NOON); }
        "midnight" { R(FL_TW, TW_MIDNIGHT); }
        "end" { R(FL_TW, TW_END); }
        "beginning" | "start" { R(FL_TW, TW_BEGIN); }
        "half" { R(FL_TW, TW_HALF); }
        "than" { R(FL_TW, TW_THAN); }
        "at" { R(FL_TW, TW_AT); }
        "to" { R(FL_TW, TW_TO); }
        "and" { R(FL_TW, TW_AND); }
        "of" { R(FL_TW, TW_OF); }
        "o'clock" | "o\u2019clock" { R(FL_TW, TW_OCLOCK); }
        "annually" | "yearly" { R(FL_SETADV, U_YEAR); }
        "monthly" { R(FL_SETADV, U_MONTH); }
        "weekly" { R(FL_SETADV, U_WEEK); }
        "fortnightly" { R(FL_SETADV, U_FORTNIGHT); }
        "quarterly" { R(FL_SETADV, U_QUARTER); }
        "daily" | "nightly" { R(FL_SETADV, U_DAY); }
        "hourly" { R(FL_SETADV, U_HOUR); }

        /* keywords: class FL_NONE, value KW_* flags (figlex.h) */
        "addressing" | "speaking" | "talking" | "writing" { R(FL_NONE, KW_REPPART); }
        "although" | "though" | "whereas" | "whilst" | "unless" { R(FL_NONE, KW_SUBORD); }
        /* irregular pasts of verbs news uses (past cues, like "fell") */
        "arose" | "blew" | "broke" | "built" | "caught" | "chose" | "clung" | "dealt" | "drank" | "drew" |
        "drove" | "fled" | "fought" | "forgot" | "froze" | "grew" | "hid" | "knew" | "meant" | "oversaw" |
        "overtook" | "rang" | "rode" | "sang" | "sank" | "shook" | "slept" | "sought" | "spent" | "stole" |
        "stood" | "stuck" | "swam" | "swore" | "swung" | "taught" | "threw" | "tore" | "undertook" |
        "upheld" | "withdrew" | "woke" | "wore" | "wept" | "beat" | "hit" | "used" { R(FL_NONE, KW_PAST); }
        "adjourned" { R(FL_NONE, KW_MOVED); }
        "after" { R(FL_NONE, KW_FUNC | KW_STOP | KW_SUBORD); }
        "against" { R(FL_NONE, KW_STOP); }
        "ahead" { R(FL_NONE, KW_FUT); }
        "also" { R(FL_NONE, KW_STOP); }
        "among" { R(FL_NONE, KW_STOP); }
        "another" { R(FL_NONE, KW_STOP); }
        "are" { R(FL_NONE, KW_STOP); }
        "armistice" { R(FL_NONE, KW_HOLIDAY); }
        "arrive" { R(FL_NONE, KW_FUT); }
        "arrives" { R(FL_NONE, KW_FUT); }
        "as" { R(FL_NONE, KW_FUNC | KW_STOP | KW_ASTART); }
        "ash" { R(FL_NONE, KW_HOLIDAY); }
        "bastille" { R(FL_NONE, KW_HOLIDAY); }
        "be" { R(FL_NONE, KW_STOP); }
        "became" { R(FL_NONE, KW_PAST); }
        "because" { R(FL_NONE, KW_FUNC | KW_SUBORD); }
        "been" { R(FL_NONE, KW_STOP); }
        "before" { R(FL_NONE, KW_FUNC | KW_STOP | KW_SUBORD); }
        "began" { R(FL_NONE, KW_PAST); }
        "begins" { R(FL_NONE, KW_FUT); }
        "between" { R(FL_NONE, KW_ASTART | KW_STOP); }
        "bought" { R(FL_NONE, KW_PAST); }
        "boxing" { R(FL_NONE, KW_HOLIDAY); }
        "brought" { R(FL_NONE, KW_PAST); }
        "but" { R(FL_NONE, KW_FUNC | KW_STOP); }
        "by" { R(FL_NONE, KW_FUNC | KW_FUTPREP | KW_STOP); }
        "came" { R(FL_NONE, KW_PAST); }
        "can" { R(FL_NONE, KW_STOP | KW_MODAL); }
        "christmas" { R(FL_NONE, KW_HOLIDAY); }
        "closes" { R(FL_NONE, KW_FUT); }
        "convene" { R(FL_NONE, KW_FUT); }
        "convenes" { R(FL_NONE, KW_FUT); }
        "could" { R(FL_NONE, KW_STOP | KW_MODAL); }
        "couple" { R(FL_NONE, KW_THEMOD); }
        "deferred" { R(FL_NONE, KW_MOVED); }
        "delayed" { R(FL_NONE, KW_MOVED); }
        "did" { R(FL_NONE, KW_PAST | KW_STOP | KW_MODAL); }
        "distant" { R(FL_NONE, KW_THEMOD); }
        "do" { R(FL_NONE, KW_STOP); }
        "does" { R(FL_NONE, KW_STOP | KW_MODAL); }
        "due" { R(FL_NONE, KW_FUT); }
        "during" { R(FL_NONE, KW_FUNC | KW_STOP); }
        "easter" { R(FL_NONE, KW_HOLIDAY); }
        "effective" | "payable" | "record" { R(FL_NONE, KW_FUTPREP); }
        "election" { R(FL_NONE, KW_HOLIDAY); }
        "ends" { R(FL_NONE, KW_FUT); }
        "expected" { R(FL_NONE, KW_FUT); }
        "expire" { R(FL_NONE, KW_FUT); }
        "expires" { R(FL_NONE, KW_FUT); }
        "extended" { R(FL_NONE, KW_MOVED); }
        "fell" { R(FL_NONE, KW_PAST); }
        "felt" { R(FL_NONE, KW_PAST); }
        "flew" { R(FL_NONE, KW_PAST); }
        "for" { R(FL_NONE, KW_FUNC | KW_STOP | KW_TSTART); }
        "foreseeable" { R(FL_NONE, KW_THEMOD); }
        "found" { R(FL_NONE, KW_PAST); }
        "from" { R(FL_NONE, KW_FUNC | KW_STOP); }
        "full" { R(FL_NONE, KW_THEMOD); }
        "gave" { R(FL_NONE, KW_PAST); }
        "goes" { R(FL_NONE, KW_FUT); }
        "good" { R(FL_NONE, KW_HOLIDAY); }
        "got" { R(FL_NONE, KW_PAST); }
        "had" { R(FL_NONE, KW_PAST | KW_STOP); }
        "halloween" { R(FL_NONE, KW_HOLIDAY); }
        "has" { R(FL_NONE, KW_STOP); }
        "have" { R(FL_NONE, KW_STOP); }
        "he" { R(FL_NONE, KW_STOP); }
        "heard" { R(FL_NONE, KW_PAST); }
        "held" { R(FL_NONE, KW_PAST); }
        "her" { R(FL_NONE, KW_STOP); }
        "his" { R(FL_NONE, KW_STOP); }
        "hopes" { R(FL_NONE, KW_FUT); }
        "i" { R(FL_NONE, KW_STOP); }
        "if" { R(FL_NONE, KW_FUNC | KW_STOP | KW_SUBORD); }
        "immediate" { R(FL_NONE, KW_THEMOD); }
        "in" { R(FL_NONE, KW_FUNC | KW_STOP | KW_TSTART); }
        "including" { R(FL_NONE, KW_STOP); }
        "independence" { R(FL_NONE, KW_HOLIDAY); }
        "intends" { R(FL_NONE, KW_FUT); }
        "into" { R(FL_NONE, KW_FUNC | KW_STOP); }
        "is" { R(FL_NONE, KW_STOP); }
        "it" { R(FL_NONE, KW_STOP); }
        "its" { R(FL_NONE, KW_STOP); }
        "just" { R(FL_NONE, KW_ASTART | KW_STOP | KW_TSTART); }
        "kept" { R(FL_NONE, KW_PAST); }
        "killed" { R(FL_NONE, KW_PAST); }
        "labor" { R(FL_NONE, KW_HOLIDAY); }
        "latest" { R(FL_NONE, KW_THEMOD); }
        "leaves" { R(FL_NONE, KW_FUT); }
        "led" { R(FL_NONE, KW_PAST); }
        "left" { R(FL_NONE, KW_PAST); }
        "lost" { R(FL_NONE, KW_PAST); }
        "made" { R(FL_NONE, KW_PAST); }
        "meet" { R(FL_NONE, KW_FUT); }
        "meets" { R(FL_NONE, KW_FUT); }
        "memorial" { R(FL_NONE, KW_HOLIDAY); }
        "met" { R(FL_NONE, KW_PAST); }
        "might" { R(FL_NONE, KW_FUT | KW_STOP | KW_MODAL); }
        "must" { R(FL_NONE, KW_FUT | KW_STOP | KW_MODAL); }
        "near" { R(FL_NONE, KW_THEMOD); }
        "new" { R(FL_NONE, KW_HOLIDAY); }
        "not" { R(FL_NONE, KW_STOP); }
        "on" { R(FL_NONE, KW_FUNC | KW_STOP); }
        "once" { R(FL_NONE, KW_TSTART); }
        "yearlong" | "monthlong" | "weeklong" | "daylong" | "hourlong" { R(FL_NONE, KW_TSTART); }
        "only" { R(FL_NONE, KW_STOP); }
        "opens" { R(FL_NONE, KW_FUT); }
        "or" { R(FL_NONE, KW_FUNC | KW_STOP); }
        "other" { R(FL_NONE, KW_STOP); }
        "our" { R(FL_NONE, KW_STOP); }
        "paid" { R(FL_NONE, KW_PAST); }
        "palm" { R(FL_NONE, KW_HOLIDAY); }
        "pentecost" { R(FL_NONE, KW_HOLIDAY); }
        "plan" { R(FL_NONE, KW_FUT); }
        "planned" { R(FL_NONE, KW_FUT); }
        "planning" { R(FL_NONE, KW_FUT); }
        "plans" { R(FL_NONE, KW_FUT); }
        "postponed" { R(FL_NONE, KW_MOVED); }
        "ran" { R(FL_NONE, KW_PAST); }
        "remembrance" { R(FL_NONE, KW_HOLIDAY); }
        "reopen" { R(FL_NONE, KW_FUT); }
        "reopens" { R(FL_NONE, KW_FUT); }
        "resume" { R(FL_NONE, KW_FUT); }
        "resumes" { R(FL_NONE, KW_FUT); }
        "right" { R(FL_NONE, KW_TSTART); }
        "rose" { R(FL_NONE, KW_PAST); }
        "said" { R(FL_NONE, KW_PAST | KW_STOP); }
        "saw" { R(FL_NONE, KW_PAST); }
        "says" { R(FL_NONE, KW_STOP); }
        "scheduled" | "slated" | "pencilled" | "penciled" { R(FL_NONE, KW_FUT); }
        "sent" { R(FL_NONE, KW_PAST); }
        "set" { R(FL_NONE, KW_SET); }
        "shall" { R(FL_NONE, KW_FUT); }
        "she" { R(FL_NONE, KW_STOP); }
        "should" { R(FL_NONE, KW_FUT | KW_STOP | KW_MODAL); }
        "since" { R(FL_NONE, KW_FUNC | KW_PAST | KW_STOP); }
        "slightly" { R(FL_NONE, KW_ASTART); }
        "so" { R(FL_NONE, KW_FUNC | KW_STOP); }
        "sold" { R(FL_NONE, KW_PAST); }
        "soon" { R(FL_NONE, KW_FUT | KW_TSTART); }
        "spoke" { R(FL_NONE, KW_PAST); }
        "struck" { R(FL_NONE, KW_PAST); }
        "such" { R(FL_NONE, KW_STOP); }
        "takes" { R(FL_NONE, KW_FUT); }
        "testifies" { R(FL_NONE, KW_FUT); }
        "testify" { R(FL_NONE, KW_FUT); }
        "thanksgiving" { R(FL_NONE, KW_HOLIDAY); }
        "their" { R(FL_NONE, KW_STOP); }
        "then" { R(FL_NONE, KW_STOP); }
        "there" { R(FL_NONE, KW_STOP); }
        "they" { R(FL_NONE, KW_STOP); }
        "those" { R(FL_NONE, KW_STOP); }
        "thought" { R(FL_NONE, KW_PAST); }
        "through" { R(FL_NONE, KW_FUNC | KW_STOP); }
        "times" { R(FL_NONE, KW_STOP); }
        "told" { R(FL_NONE, KW_PAST); }
        "took" { R(FL_NONE, KW_PAST); }
        "twice" { R(FL_NONE, KW_TSTART); }
        "until" { R(FL_NONE, KW_FUNC | KW_STOP); }
        "valentine's" { R(FL_NONE, KW_HOLIDAY); }
        "veterans" { R(FL_NONE, KW_HOLIDAY); }
        "was" { R(FL_NONE, KW_WAS | KW_PAST | KW_STOP); }
        "vs" | "versus" { R(FL_NONE, KW_STOP); }
        "we" { R(FL_NONE, KW_STOP); }
        "well" { R(FL_NONE, KW_ASTART | KW_TSTART); }
        "went" { R(FL_NONE, KW_PAST); }
        "were" { R(FL_NONE, KW_WAS | KW_PAST | KW_STOP); }
        "when" { R(FL_NONE, KW_FUNC | KW_STOP | KW_SUBORD); }
        "which" { R(FL_NONE, KW_STOP); }
        "while" { R(FL_NONE, KW_FUNC | KW_STOP | KW_SUBORD); }
        "who" { R(FL_NONE, KW_STOP); }
        "will" { R(FL_NONE, KW_FUT | KW_STOP | KW_MODAL); }
        "with" { R(FL_NONE, KW_FUNC | KW_STOP); }
        "would" { R(FL_NONE, KW_FUT | KW_STOP | KW_MODAL); }
        "wrote" { R(FL_NONE, KW_PAST); }
        "you" { R(FL_NONE, KW_STOP); }

        /* amounts: counted nouns without a plural -s ("5,000 people"), and
         * the words that make the number after them a label ("No. 5") */
        "people" | "children" | "men" | "women" | "police" | "personnel" | "staff" | "cattle" | "sheep" |
        "fish" | "aircraft" | "feet" | "data" | "media" | "civilians" | "troops" | "person" | "child" |
        "man" | "woman" | "soldier" | "deer" | "livestock" | "crew" | "hectares" | "acres" { R(FL_NONE, KW_COUNTN); }
        "no." | "number" | "article" | "resolution" | "page" | "section" { R(FL_NONE, KW_LABEL); }
        "us" | "u.s." | "american" { R(FL_NONE, KW_USA); }

        * { return FL_NONE; }
    */
    /*!use:re2c:fig */
#undef PEEK
}

/* ng__figlex() of a word w[0..n) already lower-cased (ASCII A-Z only, as
 * ng__figlex folds), with w[n] == 0: the same answer, faster. */
static inline int figlex_lc(const unsigned char *w, size_t n, int *val)
{
    *val = 0;
    if (n == 0 || n > 13)
        return FL_NONE;
    /* the same scanner over a word already lower-cased, with a 0 after it:
     * no bounds test and no case folding per byte (no rule has a 0 byte,
     * so the scanner stops at w[n] at the latest) */
    const unsigned char *cur = w, *end = w + n, *mar = cur;
    (void)mar;
#define PEEK() (*cur)
    /*!use:re2c:fig */
#undef PEEK
}

/* The scanner over w[0..n) (lower case) that also says whether it wanted
 * the byte after the end (*more = 1): when it did not, no longer word that
 * starts with w is in the lexicon. */
static int figlex_more(const unsigned char *w, size_t n, int *val, int *more)
{
    *val = 0;
    *more = 0;
    const unsigned char *cur = w, *end = w + n, *mar = cur;
    (void)mar;
#define PEEK() (cur < end ? *cur : (*more = 1, (unsigned char)0))
    /*!use:re2c:fig */
#undef R
#undef LC
#undef PEEK
#undef SKIP
#undef BACKUP
#undef RESTORE
}

/* Depth-first over the words that the scanner can still accept. */
static void figlex_walk(unsigned char *w, size_t n, void (*fn)(void *, const char *, size_t, int, int),
                        void *ctx)
{
    for (unsigned b = 1; b < 256; b++) {
        if ((b >= 'A' && b <= 'Z') || (n == 0 && b >= '0' && b <= '9'))
            continue; /* capitals read as lower case; words from digits aside */
        w[n] = (unsigned char)b;
        int val, more, cls = figlex_more(w, n + 1, &val, &more);
        if (cls != FL_NONE || val != 0)
            fn(ctx, (const char *)w, n + 1, cls, val);
        if (more && n + 1 < 13)
            figlex_walk(w, n + 1, fn, ctx);
    }
}

void ng__figlex_words(void (*fn)(void *ctx, const char *w, size_t n, int cls, int val), void *ctx)
{
    unsigned char w[16];
    figlex_walk(w, 0, fn, ctx);
}

/* Lower-cases (ASCII A-Z) the n bytes of s, 1 <= n <= 13, into w with zeros
 * after them; returns nonzero when one of them is '-'.  s lies in a
 * document's text, which has NG_TEXT_PAD readable bytes after its end, so
 * 16 bytes can be loaded at once. */
_Static_assert(NG_TEXT_PAD >= 15, "fold_word() loads 16 bytes from a word");
static inline unsigned fold_word(const char *s, size_t n, unsigned char w[16])
{
#if defined(__SSE2__) && !defined(NG_NO_SIMD)
    static const unsigned char keep[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                           0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i m = _mm_loadu_si128((const __m128i *)(const void *)(keep + 16 - n));
    __m128i up = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(x, _mm_set1_epi8('Z' + 1)));
    unsigned hy = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('-')), m));
    x = _mm_and_si128(_mm_add_epi8(x, _mm_and_si128(up, _mm_set1_epi8(32))), m);
    _mm_storeu_si128((__m128i *)(void *)w, x);
    return hy;
#else
    unsigned hy = 0;
    memset(w, 0, 16);
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        hy |= c == '-';
        w[k] = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
    }
    return hy;
#endif
}

void ng__figlex_tokens(const char *text, const ng_token *tk, size_t nt, uint8_t *cls, int32_t *val)
{
    for (size_t i = 0; i < nt; i++) {
        const ng_token *t = &tk[i];
        int v = 0, k = FL_NONE;
        if (t->kind == NG_TOK_WORD || t->kind == NG_TOK_ABBREV) {
            const char *s = text + t->start;
            size_t n = t->end - t->start;
            unsigned hy;
            if (n >= 1 && n <= 13) {
                unsigned char w[16];
                hy = fold_word(s, n, w);
                k = figlex_lc(w, n, &v);
            } else {
                k = ng__figlex(s, n, &v);
                hy = memchr(s, '-', n) != NULL;
            }
            if (k == FL_NONE && t->kind == NG_TOK_WORD && hy)
                v |= KW_HYPHEN;
        }
        cls[i] = (uint8_t)k;
        val[i] = (int32_t)v;
    }
}
