/*
 * test_qtag_score.c -- the attribution tagger's scoring paths (src/annot/qtag.c):
 * its Viterbi (SSE2 or scalar, whichever this build has) against a plain
 * reference written here and against brute force on short inputs; the
 * run-time scores (rows of the features with few values copied out at load)
 * against the plain feature keys and table, with the shipped model on our
 * own sentences.
 */
#include "annot/qtag.h"
#include "test.h"

#include <stdlib.h>

static uint64_t rng = 88172645463325252ull;

static unsigned rnd(unsigned n)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static int barred(int p, int t)
{
    return (t == QT_ISRC || t == QT_ICUE || t == QT_ICON) && p != t - 1 && p != t;
}

/* The textbook first-order Viterbi over all predecessors (barred moves
 * excluded), ties to the lower tag: the result the tagger must give. */
static void ref_viterbi(const float *emit, const float *trans, size_t n, uint8_t *tags)
{
    static float sc[QT_MAXSENT][QT_NTAGS];
    static uint8_t bp[QT_MAXSENT][QT_NTAGS];
    for (int t = 0; t < QT_NTAGS; t++)
        sc[0][t] = barred(-1, t) ? -1e30f : trans[t] + emit[t];
    for (size_t i = 1; i < n; i++)
        for (int t = 0; t < QT_NTAGS; t++) {
            int have = 0, arg = 0;
            float best = 0;
            for (int p = 0; p < QT_NTAGS; p++) {
                if (barred(p, t))
                    continue;
                float v = sc[i - 1][p] + trans[(p + 1) * QT_NTAGS + t];
                if (!have || v > best)
                    best = v, arg = p, have = 1;
            }
            sc[i][t] = best + emit[i * QT_NTAGS + (size_t)t];
            bp[i][t] = (uint8_t)arg;
        }
    int bt = 0;
    for (int t = 1; t < QT_NTAGS; t++)
        if (sc[n - 1][t] > sc[n - 1][bt])
            bt = t;
    for (size_t i = n; i-- > 0;) {
        tags[i] = (uint8_t)bt;
        if (i)
            bt = bp[i][bt];
    }
}

/* Score of a tag sequence; -1 when it uses a barred move. */
static double path_score(const float *emit, const float *trans, size_t n, const uint8_t *tags)
{
    double s = 0;
    for (size_t i = 0; i < n; i++) {
        int p = i ? tags[i - 1] : -1, t = tags[i];
        if (barred(p, t))
            return -1;
        s += trans[(p + 1) * QT_NTAGS + t] + emit[i * QT_NTAGS + (size_t)t];
    }
    return s;
}

static void test_viterbi(void)
{
    static float emit[QT_MAXSENT * QT_NTAGS];
    static uint8_t back[QT_MAXSENT * QT_NTAGS], got[QT_MAXSENT], want[QT_MAXSENT];
    float trans[QT_TRANS], dp[2 * QT_NTAGS];
    int same = 0, runs = 0;
    for (int run = 0; run < 400; run++) {
        /* small integers make ties common (the tie order is part of the
         * result); large ones are the quantised model's range */
        unsigned range = run % 3 == 0 ? 5 : run % 3 == 1 ? 200 : 60000;
        for (size_t k = 0; k < QT_TRANS; k++)
            trans[k] = (float)rnd(range) - (float)(range / 2);
        size_t n = 1 + rnd(run % 4 == 0 ? QT_MAXSENT : 30);
        for (size_t k = 0; k < n * QT_NTAGS; k++)
            emit[k] = (float)rnd(range) - (float)(range / 2);
        if (run % 5 == 4) /* not integers: the trainer's float weights */
            for (size_t k = 0; k < n * QT_NTAGS; k++)
                emit[k] *= 0.37f;
        ng__qt_viterbi(emit, trans, n, back, dp, got);
        ref_viterbi(emit, trans, n, want);
        runs++;
        same += memcmp(got, want, n) == 0;
        if (memcmp(got, want, n) != 0)
            fprintf(stderr, "viterbi differs from the reference on run %d (n %zu)\n", run, n);
    }
    CHECK_EQ_INT(same, runs);

    /* brute force on short inputs: the result scores the best of all 7^n */
    int opt = 0, tries = 0;
    for (int run = 0; run < 60; run++) {
        size_t n = 1 + (size_t)run % 4;
        for (size_t k = 0; k < QT_TRANS; k++)
            trans[k] = (float)rnd(41) - 20;
        for (size_t k = 0; k < n * QT_NTAGS; k++)
            emit[k] = (float)rnd(41) - 20;
        ng__qt_viterbi(emit, trans, n, back, dp, got);
        double best = -1e300;
        uint8_t seq[4];
        size_t total = 1;
        for (size_t i = 0; i < n; i++)
            total *= QT_NTAGS;
        for (size_t c = 0; c < total; c++) {
            size_t v = c;
            for (size_t i = 0; i < n; i++)
                seq[i] = (uint8_t)(v % QT_NTAGS), v /= QT_NTAGS;
            double s = path_score(emit, trans, n, seq);
            int ok = 1;
            for (size_t i = 0; i < n; i++)
                if (barred(i ? seq[i - 1] : -1, seq[i]))
                    ok = 0;
            if (ok && s > best)
                best = s;
        }
        tries++;
        opt += path_score(emit, trans, n, got) == best;
    }
    CHECK_EQ_INT(opt, tries);

    /* the prepared transitions give the same tags */
    float tr8[QT_TR8];
    ng__qt_trans_prep(trans, tr8);
    size_t n = 5;
    ng__qt_viterbi_tr(emit, tr8, n, back, dp, got);
    ng__qt_viterbi(emit, trans, n, back, dp, want);
    CHECK(memcmp(got, want, n) == 0);
}

/* Our own text: cue words the model learned ("argued", "warned", "believes",
 * "according"), quotations, names, paragraphs, a long sentence. */
static const char *texts[] = {
    "Mayor Lena Brooks argued that the harbour plan would cost the town far more than its budget allows.\n\n"
    "The council, which believes the tram line matters more, warned residents about delays.\n\n"
    "According to Omar Haddad, the vote was \"a mistake that will haunt us\" for years.\n\n"
    "Residents fear that the depot will close; many think the bridge should be widened first, "
    "while others suggest the money go to schools, libraries, parks and the old swimming pool "
    "that has been shut since the storm damaged its roof two winters ago and nobody paid to fix it.\n",
    "\"We will not stop,\" the union insisted. Its leader, Rita Santos, claimed the company broke its promise.\n"
    "Analysts expect profits to fall, and the bank believes rates will rise.\n",
};

/* The shipped model with the entities annotator alone (NULL when it does
 * not open). */
static ng_engine *open_entities(void)
{
    ng_engine_options eo;
    memset(&eo, 0, sizeof eo);
    eo.data_dir = NG_DATA_DIR;
    eo.annotators = NG_ANNOT_ENTITIES;
    ng_engine *e = NULL;
    ng_error err;
    CHECK_EQ_INT(ng_engine_open(&eo, &e, &err), 0);
    return e;
}

static void test_runtime_scores(void)
{
    /* entities only: no rule item, so every sentence is a window to compare */
    ng_engine *e = open_entities();
    if (!e)
        return;
    CHECK(e->qtag != NULL);
    size_t total = 0;
    for (size_t k = 0; k < sizeof texts / sizeof *texts && e->qtag; k++) {
        ng_doc *d = NULL;
        CHECK_EQ_INT(ng_doc_new(&d), 0);
        if (!d)
            continue;
        CHECK_EQ_INT(ng_doc_set_text(d, texts[k], strlen(texts[k])), 0);
        CHECK_EQ_INT(ng_process(e, d), 0);
        size_t n = 0;
        CHECK_EQ_INT(ng__qt_selfcheck(e->qtag, d, &n), 0);
        total += n;
        ng_doc_free(d);
    }
    CHECK(total >= 100); /* (the comparison looked at enough tokens) */
    /* the run-time lookup of the feature table finds every key, displaced
     * ones too, and no absent key */
    size_t nfar = 0, nabsent = 0;
    if (e->qtag)
        CHECK_EQ_INT(ng__qt_tablecheck(e->qtag, &nfar, &nabsent), 0);
    CHECK(nfar >= 100);    /* (the model has keys past their home slot) */
    CHECK(nabsent >= 1000);
    ng_engine_close(e);
}

/* The quotation state the tagger reads (x.inq) when only some windows are
 * prepared: ng__qt_window_prep starts its carry at the last paragraph start
 * before a window; the state must be the one a scan from the first token
 * gives (a paragraph start closes a quotation). */
static int ref_dq(const ng_doc *d, const ng_token *t)
{
    const unsigned char *s = (const unsigned char *)d->text + t->start;
    size_t n = t->end - t->start;
    return (n == 1 && s[0] == '"') || (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9C || s[2] == 0x9D));
}

static void test_quote_state(void)
{
    static const char text[] =
        "Lena Brooks said \"the plan is good. It will work and it will last.\n\n"
        "Omar Haddad left early. He said nothing more about it.\n\n"
        "\xE2\x80\x9CWe will see. The vote is next week. Nobody knows how it ends.\xE2\x80\x9D The end came.\n\n"
        "Rita Santos spoke. \"It opens here. It goes on. And on. And on.\n\n"
        "A new paragraph. Then another sentence. And a last one.\n";
    ng_engine *e = open_entities();
    if (!e || !e->qtag)
        return;
    for (unsigned stride = 1; stride <= 3; stride++) {
        ng_doc *d = NULL;
        CHECK_EQ_INT(ng_doc_new(&d), 0);
        if (!d)
            continue;
        CHECK_EQ_INT(ng_doc_set_text(d, text, strlen(text)), 0);
        CHECK_EQ_INT(ng_process(e, d), 0);
        qt_doc x;
        CHECK_EQ_INT(ng__qt_prepare(d, e->qtag->filter, e->qtag->cueset, e->qtag->cuemask, &x), 0);
        size_t nt = d->tokens.n, w = 0, checked = 0, paras = 0;
        int qin = 0;
        size_t done = 0; /* the reference state is of the tokens before done */
        for (size_t s0 = 0; s0 < nt; w++) {
            size_t s1 = ng__qt_window_end(d, s0);
            if (w % stride == 0) {
                ng__qt_window(d, &x, s0, s1);
                ng__qt_window_prep(d, &x, s0, s1);
                for (; done < s1; done++) {
                    const ng_token *t = &d->tokens.v[done];
                    int v;
                    if (t->flags & NG_TF_PARA)
                        qin = 0, paras++;
                    if (t->kind == NG_TOK_QUOTE && ref_dq(d, t)) {
                        if (t->flags & NG_TF_OPEN)
                            qin = 1;
                        v = 1;
                        if (t->flags & NG_TF_CLOSE)
                            qin = 0;
                    } else
                        v = qin;
                    if (done >= s0) {
                        CHECK_EQ_INT(x.inq[done], v);
                        checked++;
                    }
                }
            }
            s0 = s1;
        }
        CHECK(checked >= 20 && paras >= 3);
        ng_doc_free(d);
    }
    ng_engine_close(e);
}

int main(void)
{
    test_viterbi();
    test_runtime_scores();
    test_quote_state();
    TEST_MAIN_END();
}
