/*
 * bench_stories.c -- scale of the story clustering (and, with --store, of
 * ingest into the database end to end).
 *
 *   bench_stories [-n ARTICLES] [--full] [--store DB] [--batch N] CORPUS_DIR...
 *
 * Generates a stream on the fly by replaying the plain-text articles of the
 * corpus folders (first line = headline, e.g. ../shared/data/corpus/bbc-news)
 * again and again: replay k shifts publication dates by 30 days per replay
 * (each replay's articles spread over 15 days, in a fixed shuffled order),
 * and varies the entities: every capitalised word inside a sentence gets a
 * suffix naming the replay ("Blair" -> "Blairqb"), so names do not repeat
 * across replays.  Each article is processed (text layer only unless
 * --full), its story features computed and clustered online.  Prints, every
 * tenth of the run, articles, articles/s of the clustering step (features +
 * clustering) and of the whole loop, resident memory, the clusterer's own
 * memory, open and total stories, near-duplicates; at the end a checksum of
 * every decision (story and near-duplicate of each article) so a speed
 * change cannot hide a change in results.
 *
 * With --threads 2 (the default) a second thread makes the stream: it
 * varies, processes and computes the features of each article, and the
 * main thread clusters them in stream order, so the decisions (and the
 * checksum) are those of one thread.  The CPU time of each thread is
 * reported beside the wall time.
 */
#define _POSIX_C_SOURCE 200809L
#include "doc.h"
#include "newsgraph.h"
#include "story/story.h"
#include "walk.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

typedef struct art {
    char *title, *text;
    size_t ntitle, ntext;
} art;
static art *arts;
static size_t narts, caparts;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long rss_kb(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long v = 0;
    size_t n = strlen(field);
    while (f && fgets(line, sizeof line, f))
        if (!strncmp(line, field, n))
            v = atol(line + n + 1);
    if (f)
        fclose(f);
    return v;
}

/* One input file (bench_walk() calls it for each file below a path). */
static void load(const char *path, const struct stat *stp)
{
    size_t l = strlen(path);
    if (l < 4 || strcmp(path + l - 4, ".txt") || strstr(path, "README"))
        return;
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    char *buf = malloc((size_t)stp->st_size + 1);
    size_t n = fread(buf, 1, (size_t)stp->st_size, f);
    fclose(f);
    buf[n] = 0;
    char *nl = memchr(buf, '\n', n);
    if (!nl) {
        free(buf);
        return;
    }
    if (narts == caparts) {
        caparts = caparts ? caparts * 2 : 1024;
        arts = realloc(arts, caparts * sizeof *arts);
    }
    art *a = &arts[narts++];
    a->title = buf;
    a->ntitle = (size_t)(nl - buf);
    a->text = nl + 1;
    a->ntext = n - a->ntitle - 1;
}

/* Copies s with every capitalised word inside a sentence suffixed by tag. */
static size_t vary(const char *s, size_t n, const char *tag, char *out)
{
    size_t o = 0, tl = strlen(tag);
    int sent_start = 1;
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == '"')) {
            size_t j = i;
            while (j < n && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))
                j++;
            memcpy(out + o, s + i, j - i);
            o += j - i;
            if (!sent_start && j - i >= 2) {
                memcpy(out + o, tag, tl);
                o += tl;
            }
            sent_start = 0;
            i = j;
            continue;
        }
        if (c == '.' || c == '\n' || c == '?' || c == '!')
            sent_start = 1;
        else if (c != ' ' && c != '"')
            sent_start = 0;
        out[o++] = c;
        i++;
    }
    return o;
}

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

static size_t g_epoch_n;
static uint32_t *g_key;
static int cmp_perm(const void *a, const void *b)
{
    uint32_t x = g_key[*(const uint32_t *)a], y = g_key[*(const uint32_t *)b];
    if (x != y)
        return x < y ? -1 : 1;
    return *(const uint32_t *)a < *(const uint32_t *)b ? -1 : 1;
}

/* The stream: article number i of the run (0-based) as a processed
 * document, and its features unless through the store. */
typedef struct item {
    ng_doc *doc;
    ng__feat *f;
    int failed;
} item;

#define RING 256
typedef struct stream {
    ng_engine *eng;
    ng__featx *fx;
    long long N;
    int want_feat;
    int32_t base;
    uint32_t *perm;
    char *tbuf, *hbuf;
    long long k;        /* current replay */
    size_t pi;          /* position in its permutation */
    /* the ring between the threads */
    item ring[RING];
    long long head, tail; /* produced, consumed */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int waiting;        /* a thread waits on cv */
    int oom;
    double cpu;         /* the producer thread's CPU time */
} stream;

static double thread_cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Makes the next item of the stream. */
static void make_item(stream *S, long long done, item *it)
{
    memset(it, 0, sizeof *it);
    if (S->pi == 0 || S->pi >= narts) {
        if (S->pi >= narts)
            S->k++;
        S->pi = 0;
        for (size_t i = 0; i < narts; i++) {
            S->perm[i] = (uint32_t)i;
            g_key[i] = (uint32_t)(mix((uint64_t)S->k * 1000003u + i) % 15);
        }
        qsort(S->perm, narts, sizeof *S->perm, cmp_perm);
    }
    long long k = S->k;
    char tag[16];
    long long q = k + 1;
    int tl = 0;
    while (q > 0 && tl < 14) {
        tag[tl++] = (char)('a' + q % 26);
        q /= 26;
    }
    tag[tl] = 0;
    uint32_t ai = S->perm[S->pi++];
    const art *a = &arts[ai];
    int32_t day = S->base + (int32_t)(k * 30) + (int32_t)g_key[ai];
    int y, m, d;
    ng__civil_from_days(day, &y, &m, &d);
    char date[16], id[48], outlet[32];
    snprintf(date, sizeof date, "%04d-%02d-%02d", y, m, d);
    snprintf(id, sizeof id, "r%lld-%u", k, ai);
    snprintf(outlet, sizeof outlet, "Outlet %u", (unsigned)(mix(ai + (uint64_t)k) % 40));
    size_t tn = vary(a->text, a->ntext, tag, S->tbuf);
    size_t hn = vary(a->title, a->ntitle < 1000 ? a->ntitle : 1000, tag, S->hbuf);
    (void)done;
    ng_doc *doc;
    if (ng_doc_new(&doc)) {
        S->oom = 1;
        it->failed = 1;
        return;
    }
    ng_doc_set(doc, NG_FIELD_ID, id, strlen(id));
    ng_doc_set(doc, NG_FIELD_OUTLET, outlet, strlen(outlet));
    ng_doc_set(doc, NG_FIELD_PUBLISHED, date, strlen(date));
    ng_doc_set(doc, NG_FIELD_TITLE, S->hbuf, hn);
    ng_doc_set_text(doc, S->tbuf, tn);
    if (ng_process(S->eng, doc)) {
        ng_doc_free(doc);
        it->failed = 1;
        return;
    }
    if (S->want_feat) {
        if (ng__feat_compute(S->fx, doc, &it->f)) {
            S->oom = 1;
            it->failed = 1;
        }
        ng_doc_free(doc);
        doc = NULL;
    }
    it->doc = doc;
}

static void *producer(void *ud)
{
    stream *S = ud;
    for (long long i = 0; i < S->N; i++) {
        item it;
        make_item(S, i, &it);
        pthread_mutex_lock(&S->mu);
        while (S->head - S->tail >= RING) {
            S->waiting = 1;
            pthread_cond_wait(&S->cv, &S->mu);
        }
        S->ring[S->head % RING] = it;
        S->head++;
        if (S->waiting) {
            S->waiting = 0;
            pthread_cond_broadcast(&S->cv);
        }
        pthread_mutex_unlock(&S->mu);
    }
    S->cpu = thread_cpu();
    return NULL;
}

static void next_item(stream *S, int threaded, long long done, item *it)
{
    if (!threaded) {
        make_item(S, done, it);
        return;
    }
    pthread_mutex_lock(&S->mu);
    while (S->head == S->tail) {
        S->waiting = 1;
        pthread_cond_wait(&S->cv, &S->mu);
    }
    *it = S->ring[S->tail % RING];
    S->tail++;
    if (S->waiting) {
        S->waiting = 0;
        pthread_cond_broadcast(&S->cv);
    }
    pthread_mutex_unlock(&S->mu);
}

int main(int argc, char **argv)
{
    long long N = 1000000;
    int full = 0, threads = 2;
    const char *store_path = NULL;
    int batch = 512;
    int first_path = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-n") && i + 1 < argc)
            N = atoll(argv[++i]);
        else if (!strcmp(argv[i], "--full"))
            full = 1;
        else if (!strcmp(argv[i], "--store") && i + 1 < argc)
            store_path = argv[++i];
        else if (!strcmp(argv[i], "--batch") && i + 1 < argc)
            batch = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = atoi(argv[++i]);
        else {
            first_path = i;
            break;
        }
    }
    if (!first_path || threads < 1 || threads > 2) {
        fprintf(stderr, "usage: bench_stories [-n N] [--full] [--store DB] [--threads 1|2] CORPUS_DIR...\n");
        return 2;
    }
    for (int i = first_path; i < argc; i++)
        bench_walk(argv[i], load);
    if (!narts) {
        fprintf(stderr, "bench_stories: no articles\n");
        return 2;
    }
    ng_engine_options eo = {0};
    eo.data_dir = NG_DATA_DIR;
    if (!full)
        eo.flags = NG_ENGINE_NO_MODELS;
    ng_engine *eng;
    ng_error err;
    if (ng_engine_open(&eo, &eng, &err)) {
        fprintf(stderr, "engine: %s\n", err.msg);
        return 2;
    }
    ng__featx *fx;
    ng__clus *cl;
    ng_store *store = NULL;
    if (ng__featx_new(&fx) || ng__clus_new(NULL, &cl))
        return 2;
    if (store_path && ng_store_open(store_path, 0, &store, &err)) {
        fprintf(stderr, "store: %s\n", err.msg);
        return 2;
    }
    g_epoch_n = narts;
    g_key = malloc(narts * sizeof *g_key);
    size_t maxlen = 0;
    for (size_t i = 0; i < narts; i++)
        if (arts[i].ntext > maxlen)
            maxlen = arts[i].ntext;
    static stream S;
    S.eng = eng;
    S.fx = fx;
    S.N = N;
    S.want_feat = !store;
    S.base = ng__days_from_civil(1990, 1, 1);
    S.perm = malloc(narts * sizeof *S.perm);
    S.tbuf = malloc(maxlen * 2 + 64);
    S.hbuf = malloc(4096);
    pthread_mutex_init(&S.mu, NULL);
    pthread_cond_init(&S.cv, NULL);
    printf("bench_stories: %zu corpus articles replayed to %lld; %s%s; %d thread%s\n", narts, N,
           full ? "full pipeline" : "text layer only", store ? ", through the store" : "", threads,
           threads > 1 ? "s (stream + features | clustering)" : "");
    printf("%10s %9s %9s %12s %9s %9s %10s %10s %9s\n", "articles", "seconds", "cpu s", "total art/s", "rss MB",
           "clus MB", "open", "stories", "neardups");
    double t0 = now(), tclus = 0, tstore = 0;
    pthread_t tid;
    if (threads > 1 && pthread_create(&tid, NULL, producer, &S)) {
        fprintf(stderr, "bench_stories: cannot start a thread\n");
        return 2;
    }
    uint64_t check = 0;
    long long stories = 0, neardups = 0, done = 0;
    while (done < N) {
        item it;
        next_item(&S, threads > 1, done, &it);
        if (S.oom) {
            fprintf(stderr, "out of memory\n");
            return 2;
        }
        if (it.failed) {
            done++;
            continue;
        }
        double c0 = now();
        ng__clus_result res;
        if (store) {
            ng_store_added sa;
            if (ng_store_add(store, it.doc, NULL, 0, &sa)) {
                fprintf(stderr, "store: %s\n", ng_store_errmsg(store));
                return 2;
            }
            res.story = sa.story, res.near_dup = sa.near_duplicate_of, res.new_story = sa.new_story;
            if ((done + 1) % batch == 0 && ng_store_commit(store)) {
                fprintf(stderr, "commit: %s\n", ng_store_errmsg(store));
                return 2;
            }
            tstore += now() - c0;
            ng_doc_free(it.doc);
        } else {
            if (ng__clus_add(cl, done + 1, it.f, &res)) {
                fprintf(stderr, "out of memory\n");
                return 2;
            }
            ng__feat_free(it.f);
            tclus += now() - c0;
        }
        check = mix(check ^ ((uint64_t)res.story * 31 + (uint64_t)res.near_dup));
        stories += res.new_story;
        neardups += res.near_dup != 0;
        done++;
        if (done % (N / 10 > 0 ? N / 10 : 1) == 0 || done == N) {
            double el = now() - t0;
            printf("%10lld %9.1f %9.1f %12.0f %9.0f %9.1f %10zu %10lld %9lld\n", done, el,
                   (double)clock() / CLOCKS_PER_SEC, (double)done / el,
                   rss_kb("VmRSS") / 1024.0, store ? 0.0 : ng__clus_memory(cl) / 1048576.0,
                   store ? (size_t)0 : ng__clus_open_stories(cl), stories, neardups);
            fflush(stdout);
        }
    }
    if (threads > 1)
        pthread_join(tid, NULL);
    double main_cpu = thread_cpu();
    if (store && ng_store_commit(store))
        fprintf(stderr, "commit: %s\n", ng_store_errmsg(store));
    double wall = now() - t0;
    printf("peak rss %.0f MB; %.1f s wall, %.0f articles/s; process CPU %.1f s", rss_kb("VmHWM") / 1024.0, wall,
           (double)N / wall, (double)clock() / CLOCKS_PER_SEC);
    if (threads > 1)
        printf(" (stream+features thread %.1f s, %s thread %.1f s)", S.cpu, store ? "store" : "clustering", main_cpu);
    else
        printf(" (%s %.1f s wall)", store ? "store" : "clustering", store ? tstore : tclus);
    printf("; the machine is shared; checksum %016llx\n", (unsigned long long)check);
    ng_store_close(store);
    ng__clus_free(cl);
    ng__featx_free(fx);
    ng_engine_close(eng);
    free(S.perm), free(g_key), free(S.tbuf), free(S.hbuf);
    for (size_t i = 0; i < narts; i++)
        free(arts[i].title);
    free(arts);
    return 0;
}
