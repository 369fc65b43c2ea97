/*
 * store.c -- the story database: the only code that talks to SQLite.
 *
 * One SQLite file in WAL mode (doc/SCHEMA.md).  ng_store_add() runs inside
 * a batch transaction that ng_store_commit() makes durable: the article row,
 * its annotation rows, its full-text entry and the clusterer's changed state
 * (document frequencies, story centroids) are written in the same
 * transaction, so a crash at any moment leaves the database as of the last
 * commit, and the clusterer state reloaded from it is exactly the state the
 * crashed process had at that commit.  Re-running the same input skips what
 * is stored (same id, URL or text) and completes the rest.
 *
 * On open, the clusterer is rebuilt from the database: all document
 * frequencies, the stories still open (last article within the window of
 * the newest one) and the signatures of the recent articles.
 */
#include "../engine.h"
#include "../story/story.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#define SCHEMA_VERSION 1

struct ng_store {
    sqlite3 *db;
    int readonly;
    int in_tx;
    char errmsg[256];
    ng__featx *fx;
    ng__clus *clus;
    int64_t next_article;
    uint64_t ndocs;
    sqlite3_stmt *q_dup, *q_ins_art, *q_ins_fts, *q_ins_ent, *q_ins_men, *q_ins_quote, *q_ins_attr,
        *q_ins_amount, *q_ins_time, *q_df, *q_story, *q_meta;
};

int ng_store_schema_version(void) { return SCHEMA_VERSION; }

const char *ng_store_errmsg(const ng_store *s) { return s ? s->errmsg : "no store"; }

static int db_fail(ng_store *s, const char *what)
{
    snprintf(s->errmsg, sizeof s->errmsg, "%s: %s", what, s->db ? sqlite3_errmsg(s->db) : "no database");
    return NG_EDB;
}

/* ---- schema and migrations ----
 * migrations[v] takes a database from version v to v + 1. */
static const char *const migrations[] = {
    /* 0 -> 1 */
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL);"
    "CREATE TABLE stories(id INTEGER PRIMARY KEY, first_day INTEGER, last_day INTEGER,"
    "  n INTEGER NOT NULL, state BLOB NOT NULL);"
    "CREATE INDEX stories_last ON stories(last_day);"
    "CREATE TABLE articles(id INTEGER PRIMARY KEY, ext_id TEXT NOT NULL UNIQUE, url TEXT UNIQUE,"
    "  text_hash INTEGER NOT NULL UNIQUE, outlet TEXT, published TEXT, day INTEGER, title TEXT,"
    "  text TEXT NOT NULL, record TEXT NOT NULL, story INTEGER NOT NULL, near_dup_of INTEGER,"
    "  score REAL, sig BLOB);"
    "CREATE INDEX articles_story ON articles(story, day);"
    "CREATE INDEX articles_day ON articles(day);"
    "CREATE TABLE entities(article INTEGER NOT NULL, idx INTEGER NOT NULL, type TEXT NOT NULL,"
    "  name TEXT NOT NULL, role TEXT, country TEXT, mentions INTEGER NOT NULL,"
    "  PRIMARY KEY(article, idx)) WITHOUT ROWID;"
    "CREATE INDEX entities_name ON entities(name COLLATE NOCASE);"
    "CREATE TABLE mentions(article INTEGER NOT NULL, idx INTEGER NOT NULL, entity INTEGER,"
    "  type TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
    "  PRIMARY KEY(article, idx)) WITHOUT ROWID;"
    "CREATE TABLE quotes(article INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,"
    "  end INTEGER NOT NULL, direct INTEGER NOT NULL, speaker TEXT, speaker_start INTEGER,"
    "  speaker_end INTEGER, cue TEXT, PRIMARY KEY(article, idx)) WITHOUT ROWID;"
    "CREATE TABLE attributions(article INTEGER NOT NULL, idx INTEGER NOT NULL,"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL, source TEXT, source_start INTEGER,"
    "  source_end INTEGER, PRIMARY KEY(article, idx)) WITHOUT ROWID;"
    "CREATE TABLE amounts(article INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,"
    "  end INTEGER NOT NULL, kind TEXT NOT NULL, value REAL, value_hi REAL, is_range INTEGER,"
    "  unit TEXT, approx TEXT, object_start INTEGER, object_end INTEGER,"
    "  PRIMARY KEY(article, idx)) WITHOUT ROWID;"
    "CREATE TABLE times(article INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,"
    "  end INTEGER NOT NULL, type TEXT NOT NULL, value TEXT, value_end TEXT,"
    "  PRIMARY KEY(article, idx)) WITHOUT ROWID;"
    "CREATE TABLE df(key INTEGER PRIMARY KEY, n INTEGER NOT NULL);"
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles',"
    "  content_rowid='id', tokenize='porter unicode61');",
};

static int exec(ng_store *s, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(s->errmsg, sizeof s->errmsg, "%s", msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return NG_EDB;
    }
    return 0;
}

static int user_version(ng_store *s, int *v)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, "reading the schema version");
    int rc = sqlite3_step(st);
    *v = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : db_fail(s, "reading the schema version");
}

static int migrate(ng_store *s)
{
    int v;
    int rc = user_version(s, &v);
    if (rc)
        return rc;
    if (v > SCHEMA_VERSION) {
        snprintf(s->errmsg, sizeof s->errmsg,
                 "database schema version %d is newer than this build's (%d)", v, SCHEMA_VERSION);
        return NG_EUNSUPPORTED;
    }
    if (v == SCHEMA_VERSION)
        return 0;
    if (s->readonly) {
        snprintf(s->errmsg, sizeof s->errmsg, "database schema version %d needs migrating to %d (open it for writing)",
                 v, SCHEMA_VERSION);
        return NG_EUNSUPPORTED;
    }
    if ((rc = exec(s, "BEGIN IMMEDIATE")))
        return rc;
    /* re-read inside the write lock: another process may have migrated */
    if ((rc = user_version(s, &v)))
        goto fail;
    for (; v < SCHEMA_VERSION; v++) {
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d", v + 1);
        if ((rc = exec(s, migrations[v])) || (rc = exec(s, pragma)))
            goto fail;
    }
    return exec(s, "COMMIT");
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

static int prep(ng_store *s, sqlite3_stmt **st, const char *sql)
{
    if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) != SQLITE_OK)
        return db_fail(s, "preparing a statement");
    return 0;
}

static int prepare_all(ng_store *s)
{
    int rc;
    if ((rc = prep(s, &s->q_dup,
                   "SELECT id FROM articles WHERE ext_id=?1 UNION ALL SELECT id FROM articles WHERE url=?2 "
                   "UNION ALL SELECT id FROM articles WHERE text_hash=?3 LIMIT 1")) ||
        (rc = prep(s, &s->q_ins_art,
                   "INSERT INTO articles(id,ext_id,url,text_hash,outlet,published,day,title,text,record,story,"
                   "near_dup_of,score,sig) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)")) ||
        (rc = prep(s, &s->q_ins_fts, "INSERT INTO articles_fts(rowid,title,text) VALUES(?1,?2,?3)")) ||
        (rc = prep(s, &s->q_ins_ent, "INSERT INTO entities VALUES(?1,?2,?3,?4,?5,?6,?7)")) ||
        (rc = prep(s, &s->q_ins_men, "INSERT INTO mentions VALUES(?1,?2,?3,?4,?5,?6)")) ||
        (rc = prep(s, &s->q_ins_quote, "INSERT INTO quotes VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)")) ||
        (rc = prep(s, &s->q_ins_attr, "INSERT INTO attributions VALUES(?1,?2,?3,?4,?5,?6,?7)")) ||
        (rc = prep(s, &s->q_ins_amount, "INSERT INTO amounts VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)")) ||
        (rc = prep(s, &s->q_ins_time, "INSERT INTO times VALUES(?1,?2,?3,?4,?5,?6,?7)")) ||
        (rc = prep(s, &s->q_df, "INSERT OR REPLACE INTO df(key,n) VALUES(?1,?2)")) ||
        (rc = prep(s, &s->q_story, "INSERT OR REPLACE INTO stories(id,first_day,last_day,n,state) "
                                   "VALUES(?1,?2,?3,?4,?5)")) ||
        (rc = prep(s, &s->q_meta, "INSERT OR REPLACE INTO meta(key,value) VALUES(?1,?2)")))
        return rc;
    return 0;
}

static void finalize_all(ng_store *s)
{
    sqlite3_stmt **v[] = {&s->q_dup, &s->q_ins_art, &s->q_ins_fts, &s->q_ins_ent, &s->q_ins_men, &s->q_ins_quote,
                          &s->q_ins_attr, &s->q_ins_amount, &s->q_ins_time, &s->q_df, &s->q_story, &s->q_meta};
    for (size_t i = 0; i < NG_ARRAY_LEN(v); i++) {
        sqlite3_finalize(*v[i]);
        *v[i] = NULL;
    }
}

static int64_t meta_get(ng_store *s, const char *key, int64_t dflt)
{
    sqlite3_stmt *st;
    int64_t v = dflt;
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key=?", -1, &st, NULL) != SQLITE_OK)
        return dflt;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* (Re)builds the clusterer from the database (see the file comment). */
static int load_state(ng_store *s)
{
    ng__clus_free(s->clus);
    s->clus = NULL;
    ng__clus_options o = {0};
    o.track_changes = 1;
    if (ng__clus_new(&o, &s->clus))
        return NG_ENOMEM;
    s->ndocs = (uint64_t)meta_get(s, "ndocs", 0);
    int64_t next_story = meta_get(s, "next_story", 1);
    ng__clus_set_ndocs(s->clus, s->ndocs, next_story);
    sqlite3_stmt *st;
    int rc = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT coalesce(max(id),0) FROM articles", -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, "loading");
    s->next_article = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) + 1 : 1;
    sqlite3_finalize(st);
    if (sqlite3_prepare_v2(s->db, "SELECT key, n FROM df", -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, "loading term statistics");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (ng__clus_load_df(s->clus, (uint64_t)sqlite3_column_int64(st, 0), (uint32_t)sqlite3_column_int64(st, 1))) {
            sqlite3_finalize(st);
            return NG_ENOMEM;
        }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return db_fail(s, "loading term statistics");
    int window = ng__clus_window(s->clus);
    int64_t maxday = INT32_MIN;
    if (sqlite3_prepare_v2(s->db, "SELECT max(last_day) FROM stories", -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, "loading");
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
        maxday = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    int64_t cut = maxday == INT32_MIN ? INT32_MIN : maxday - window;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT id, first_day, last_day, n, state FROM stories "
                           "WHERE last_day IS NULL OR last_day >= ?1 ORDER BY id",
                           -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, "loading stories");
    sqlite3_bind_int64(st, 1, cut);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int32_t first = sqlite3_column_type(st, 1) == SQLITE_NULL ? NG_DAY_NONE : sqlite3_column_int(st, 1);
        int32_t last = sqlite3_column_type(st, 2) == SQLITE_NULL ? NG_DAY_NONE : sqlite3_column_int(st, 2);
        int64_t sid = sqlite3_column_int64(st, 0);
        int lrc = ng__clus_load_story(s->clus, sid, first, last,
                                      (uint32_t)sqlite3_column_int(st, 3), sqlite3_column_blob(st, 4),
                                      (size_t)sqlite3_column_bytes(st, 4));
        if (lrc) {
            sqlite3_finalize(st);
            snprintf(s->errmsg, sizeof s->errmsg, "story %lld: bad state", (long long)sid);
            return lrc == NG_ENOMEM ? NG_ENOMEM : NG_EDB;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return db_fail(s, "loading stories");
    if (sqlite3_prepare_v2(s->db,
                           "SELECT id, story, day, sig FROM articles WHERE sig IS NOT NULL AND "
                           "(day IS NULL OR day >= ?1) ORDER BY id",
                           -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, "loading articles");
    sqlite3_bind_int64(st, 1, cut);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        uint32_t sig[NG_MH];
        const unsigned char *b = sqlite3_column_blob(st, 3);
        if (sqlite3_column_bytes(st, 3) != NG_MH * 4)
            continue;
        for (int i = 0; i < NG_MH; i++)
            sig[i] = (uint32_t)b[4 * i] | (uint32_t)b[4 * i + 1] << 8 | (uint32_t)b[4 * i + 2] << 16 |
                     (uint32_t)b[4 * i + 3] << 24;
        int32_t day = sqlite3_column_type(st, 2) == SQLITE_NULL ? NG_DAY_NONE : sqlite3_column_int(st, 2);
        if (ng__clus_load_article(s->clus, sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), day, sig)) {
            sqlite3_finalize(st);
            return NG_ENOMEM;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return db_fail(s, "loading articles");
    return 0;
}

int ng_store_open(const char *path, unsigned flags, ng_store **out, ng_error *err)
{
    if (!out || !path) {
        ng__error_set(err, NG_EINVAL, UINT64_MAX, 0, "no database path");
        return NG_EINVAL;
    }
    *out = NULL;
    ng_store *s = ng__calloc(1, sizeof *s);
    if (!s) {
        ng__error_set(err, NG_ENOMEM, UINT64_MAX, 0, "out of memory opening %s", path);
        return NG_ENOMEM;
    }
    s->readonly = (flags & NG_STORE_READONLY) != 0;
    int oflags = s->readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int rc;
    if (sqlite3_open_v2(path, &s->db, oflags, NULL) != SQLITE_OK) {
        rc = s->readonly ? NG_EIO : NG_EDB;
        db_fail(s, path);
        goto fail;
    }
    sqlite3_busy_timeout(s->db, 10000);
    sqlite3_extended_result_codes(s->db, 1);
    if (!s->readonly && ((rc = exec(s, "PRAGMA journal_mode=WAL")) || (rc = exec(s, "PRAGMA synchronous=NORMAL"))))
        goto fail;
    /* a 64 MiB page cache and memory-mapped reads: lookups stay in memory as the file grows */
    if ((rc = exec(s, "PRAGMA foreign_keys=OFF")) || (rc = exec(s, "PRAGMA cache_size=-65536")) ||
        (rc = exec(s, "PRAGMA mmap_size=268435456")) || (rc = exec(s, "PRAGMA temp_store=MEMORY")) ||
        (rc = migrate(s)))
        goto fail;
    if (!s->readonly) {
        if ((rc = prepare_all(s)) || (rc = ng__featx_new(&s->fx)) || (rc = load_state(s)))
            goto fail;
    }
    *out = s;
    return 0;
fail:
    ng__error_set(err, rc, UINT64_MAX, 0, "%s: %s", path, s->errmsg);
    ng_store_close(s);
    return rc;
}

void ng_store_close(ng_store *s)
{
    if (!s)
        return;
    if (s->in_tx)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    finalize_all(s);
    ng__featx_free(s->fx);
    ng__clus_free(s->clus);
    sqlite3_close(s->db);
    ng__free(s);
}

/* Undoes the batch: the database rolls back and the clusterer reloads. */
static void rollback(ng_store *s)
{
    if (s->in_tx) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        s->in_tx = 0;
    }
    load_state(s);
}

static const char *ent_type_name(int t)
{
    static const char *const n[] = {"NONE", "PER", "ORG", "LOC", "MISC"};
    return t >= 0 && t < 5 ? n[t] : "NONE";
}

static const char *amount_kind_name(int k)
{
    static const char *const n[] = {"money", "percent", "multiplier", "count"};
    return k >= 0 && k < 4 ? n[k] : "count";
}

static const char *time_type_name(int t)
{
    static const char *const n[] = {"DATE", "TIME", "DURATION", "SET"};
    return t >= 0 && t < 4 ? n[t] : "DATE";
}

static void bind_opt_text(sqlite3_stmt *st, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

static void bind_span_text(sqlite3_stmt *st, int i, const ng_doc *d, uint32_t a, uint32_t b)
{
    if (b > a && b <= d->len)
        sqlite3_bind_text(st, i, d->text + a, (int)(b - a), SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

static int step_reset(ng_store *s, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? 0 : db_fail(s, what);
}

static int insert_annotations(ng_store *s, int64_t id, const ng_doc *d)
{
    int rc = 0;
    for (size_t i = 0; i < d->entities.n && !rc; i++) {
        const ng_entity *e = &d->entities.v[i];
        sqlite3_stmt *st = s->q_ins_ent;
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, (int64_t)i);
        sqlite3_bind_text(st, 3, ent_type_name(e->type), -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, e->name ? e->name : "", -1, SQLITE_STATIC);
        bind_opt_text(st, 5, e->role);
        bind_opt_text(st, 6, e->country[0] ? e->country : NULL);
        sqlite3_bind_int64(st, 7, e->nmentions);
        rc = step_reset(s, st, "storing entities");
    }
    for (size_t i = 0; i < d->mentions.n && !rc; i++) {
        const ng_mention *m = &d->mentions.v[i];
        sqlite3_stmt *st = s->q_ins_men;
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, (int64_t)i);
        if (m->entity >= 0)
            sqlite3_bind_int64(st, 3, m->entity);
        sqlite3_bind_text(st, 4, ent_type_name(m->type), -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 5, m->start);
        sqlite3_bind_int64(st, 6, m->end);
        rc = step_reset(s, st, "storing mentions");
    }
    for (size_t i = 0; i < d->quotes.n && !rc; i++) {
        const ng_quote *q = &d->quotes.v[i];
        if (q->stance || q->negated) /* the story report's quotes are what people said */
            continue;
        sqlite3_stmt *st = s->q_ins_quote;
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, (int64_t)i);
        sqlite3_bind_int64(st, 3, q->start);
        sqlite3_bind_int64(st, 4, q->end);
        sqlite3_bind_int(st, 5, q->direct);
        if (q->speaker >= 0 && (size_t)q->speaker < d->entities.n && d->entities.v[q->speaker].name)
            sqlite3_bind_text(st, 6, d->entities.v[q->speaker].name, -1, SQLITE_STATIC);
        else
            bind_span_text(st, 6, d, q->speaker_start, q->speaker_end);
        if (q->speaker_end) {
            sqlite3_bind_int64(st, 7, q->speaker_start);
            sqlite3_bind_int64(st, 8, q->speaker_end);
        }
        bind_opt_text(st, 9, q->cue_lemma);
        rc = step_reset(s, st, "storing quotes");
    }
    for (size_t i = 0; i < d->attributions.n && !rc; i++) {
        const ng_attribution *a = &d->attributions.v[i];
        if (a->stance) /* who cites whom: claims, not stances */
            continue;
        sqlite3_stmt *st = s->q_ins_attr;
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, (int64_t)i);
        sqlite3_bind_int64(st, 3, a->start);
        sqlite3_bind_int64(st, 4, a->end);
        if (a->source_entity >= 0 && (size_t)a->source_entity < d->entities.n && d->entities.v[a->source_entity].name)
            sqlite3_bind_text(st, 5, d->entities.v[a->source_entity].name, -1, SQLITE_STATIC);
        else
            bind_span_text(st, 5, d, a->source_start, a->source_end);
        sqlite3_bind_int64(st, 6, a->source_start);
        sqlite3_bind_int64(st, 7, a->source_end);
        rc = step_reset(s, st, "storing attributions");
    }
    for (size_t i = 0; i < d->amounts.n && !rc; i++) {
        const ng_amount *a = &d->amounts.v[i];
        sqlite3_stmt *st = s->q_ins_amount;
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, (int64_t)i);
        sqlite3_bind_int64(st, 3, a->start);
        sqlite3_bind_int64(st, 4, a->end);
        sqlite3_bind_text(st, 5, amount_kind_name(a->kind), -1, SQLITE_STATIC);
        sqlite3_bind_double(st, 6, a->value);
        sqlite3_bind_double(st, 7, a->value_hi);
        sqlite3_bind_int(st, 8, a->is_range);
        bind_opt_text(st, 9, a->unit);
        bind_opt_text(st, 10, a->approx);
        if (a->object_end) {
            sqlite3_bind_int64(st, 11, a->object_start);
            sqlite3_bind_int64(st, 12, a->object_end);
        }
        rc = step_reset(s, st, "storing amounts");
    }
    for (size_t i = 0; i < d->times.n && !rc; i++) {
        const ng_time *t = &d->times.v[i];
        sqlite3_stmt *st = s->q_ins_time;
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, (int64_t)i);
        sqlite3_bind_int64(st, 3, t->start);
        sqlite3_bind_int64(st, 4, t->end);
        sqlite3_bind_text(st, 5, time_type_name(t->type), -1, SQLITE_STATIC);
        bind_opt_text(st, 6, t->value);
        bind_opt_text(st, 7, t->value_end);
        rc = step_reset(s, st, "storing times");
    }
    return rc;
}

int ng_store_add(ng_store *s, const ng_doc *d, const char *record, size_t len, ng_store_added *res)
{
    ng_store_added dummy;
    if (!res)
        res = &dummy;
    memset(res, 0, sizeof *res);
    if (!s || !d || !d->processed || !d->text)
        return NG_EINVAL;
    if (s->readonly) {
        snprintf(s->errmsg, sizeof s->errmsg, "the store is open read-only");
        return NG_EINVAL;
    }
    const char *ext = d->field[NG_FIELD_ID] ? d->field[NG_FIELD_ID] : d->field[NG_FIELD_SOURCE];
    if (!ext) {
        snprintf(s->errmsg, sizeof s->errmsg, "an article without an id");
        return NG_EINVAL;
    }
    char *own = NULL;
    int rc;
    if (!record) {
        if ((rc = ng_doc_to_json(d, &own, &len)))
            return rc;
        record = own;
    }
    ng__feat *f = NULL;
    if ((rc = ng__feat_compute(s->fx, d, &f)))
        goto out;
    if (!s->in_tx) {
        if ((rc = exec(s, "BEGIN IMMEDIATE")))
            goto out;
        s->in_tx = 1;
    }
    /* exact duplicates: same id, URL or text */
    sqlite3_bind_text(s->q_dup, 1, ext, -1, SQLITE_STATIC);
    bind_opt_text(s->q_dup, 2, d->field[NG_FIELD_URL]);
    sqlite3_bind_int64(s->q_dup, 3, (int64_t)f->text_hash);
    int src = sqlite3_step(s->q_dup);
    if (src == SQLITE_ROW)
        res->duplicate_of = sqlite3_column_int64(s->q_dup, 0);
    sqlite3_reset(s->q_dup);
    sqlite3_clear_bindings(s->q_dup);
    if (src != SQLITE_ROW && src != SQLITE_DONE) {
        rc = db_fail(s, "looking for duplicates");
        goto fail;
    }
    if (res->duplicate_of)
        goto out;
    int64_t id = s->next_article;
    ng__clus_result cr;
    if ((rc = ng__clus_add(s->clus, id, f, &cr)))
        goto fail;
    sqlite3_stmt *st = s->q_ins_art;
    unsigned char sig[NG_MH * 4];
    for (int i = 0; i < NG_MH; i++) {
        sig[4 * i] = (unsigned char)f->sig[i];
        sig[4 * i + 1] = (unsigned char)(f->sig[i] >> 8);
        sig[4 * i + 2] = (unsigned char)(f->sig[i] >> 16);
        sig[4 * i + 3] = (unsigned char)(f->sig[i] >> 24);
    }
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, ext, -1, SQLITE_STATIC);
    bind_opt_text(st, 3, d->field[NG_FIELD_URL]);
    sqlite3_bind_int64(st, 4, (int64_t)f->text_hash);
    bind_opt_text(st, 5, d->field[NG_FIELD_OUTLET]);
    bind_opt_text(st, 6, d->field[NG_FIELD_PUBLISHED]);
    if (f->day != NG_DAY_NONE)
        sqlite3_bind_int(st, 7, f->day);
    bind_opt_text(st, 8, d->field[NG_FIELD_TITLE]);
    sqlite3_bind_text(st, 9, d->text, (int)d->len, SQLITE_STATIC);
    sqlite3_bind_text(st, 10, record, (int)len, SQLITE_STATIC);
    sqlite3_bind_int64(st, 11, cr.story);
    if (cr.near_dup)
        sqlite3_bind_int64(st, 12, cr.near_dup);
    sqlite3_bind_double(st, 13, cr.score);
    if (f->has_sig)
        sqlite3_bind_blob(st, 14, sig, sizeof sig, SQLITE_STATIC);
    if ((rc = step_reset(s, st, "storing the article")))
        goto fail;
    st = s->q_ins_fts;
    sqlite3_bind_int64(st, 1, id);
    bind_opt_text(st, 2, d->field[NG_FIELD_TITLE]);
    sqlite3_bind_text(st, 3, d->text, (int)d->len, SQLITE_STATIC);
    if ((rc = step_reset(s, st, "indexing the article")) || (rc = insert_annotations(s, id, d)))
        goto fail;
    s->next_article++;
    s->ndocs++;
    res->article = id;
    res->story = cr.story;
    res->new_story = cr.new_story;
    res->near_duplicate_of = cr.near_dup;
    goto out;
fail:
    rollback(s);
out:
    ng__feat_free(f);
    ng_free(own);
    return rc;
}

static int save_df(void *ud, uint64_t key, uint32_t n)
{
    ng_store *s = ud;
    sqlite3_bind_int64(s->q_df, 1, (int64_t)key);
    sqlite3_bind_int64(s->q_df, 2, n);
    return step_reset(s, s->q_df, "storing term statistics");
}

static int save_story(void *ud, int64_t story, int32_t first, int32_t last, uint32_t n, const void *blob,
                      size_t len)
{
    ng_store *s = ud;
    sqlite3_stmt *st = s->q_story;
    sqlite3_bind_int64(st, 1, story);
    if (first != NG_DAY_NONE)
        sqlite3_bind_int(st, 2, first);
    if (last != NG_DAY_NONE)
        sqlite3_bind_int(st, 3, last);
    sqlite3_bind_int64(st, 4, n);
    sqlite3_bind_blob(st, 5, blob, (int)len, SQLITE_STATIC);
    return step_reset(s, st, "storing stories");
}

static int save_meta(ng_store *s, const char *key, int64_t v)
{
    sqlite3_bind_text(s->q_meta, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s->q_meta, 2, v);
    return step_reset(s, s->q_meta, "storing counters");
}

int ng_store_commit(ng_store *s)
{
    if (!s)
        return NG_EINVAL;
    if (!s->in_tx)
        return 0;
    int rc;
    if ((rc = ng__clus_dirty_df(s->clus, save_df, s)) || (rc = ng__clus_dirty_stories(s->clus, save_story, s)))
        goto fail;
    /* the next story id: one past the largest story ever opened */
    sqlite3_stmt *st;
    int64_t next_story = 1;
    if (sqlite3_prepare_v2(s->db, "SELECT coalesce(max(id),0)+1 FROM stories", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            next_story = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    if ((rc = save_meta(s, "ndocs", (int64_t)s->ndocs)) || (rc = save_meta(s, "next_story", next_story)))
        goto fail;
    if ((rc = exec(s, "COMMIT")))
        goto fail;
    s->in_tx = 0;
    return 0;
fail:
    rollback(s);
    return rc == NG_ENOMEM ? rc : NG_EDB;
}

int ng_store_counts(ng_store *s, int64_t *articles, int64_t *stories)
{
    if (!s)
        return NG_EINVAL;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories)", -1, &st,
                           NULL) != SQLITE_OK)
        return db_fail(s, "counting");
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        if (articles)
            *articles = sqlite3_column_int64(st, 0);
        if (stories)
            *stories = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : db_fail(s, "counting");
}

/* ---- listing stories ---- */
static int32_t parse_day(const char *s, int32_t dflt)
{
    int y, m, d;
    if (!s || ng__parse_iso_date(s, &y, &m, &d) != 0 || !y)
        return dflt;
    return ng__days_from_civil(y, m ? m : 1, d ? d : 1);
}

static const char *col_text(sqlite3_stmt *st, int i) { return (const char *)sqlite3_column_text(st, i); }

/* A stand-in headline: the text up to its first sentence end (at most the
 * 160 characters given), cut at a word with "..." when longer. */
static char *first_sentence(const char *t)
{
    if (!t)
        return NULL;
    size_t n = strlen(t), e = n;
    for (size_t i = 0; i + 1 < n; i++)
        if ((t[i] == '.' || t[i] == '?' || t[i] == '!') && (t[i + 1] == ' ' || t[i + 1] == '\n')) {
            e = i + 1;
            break;
        }
    int cut = 0;
    if (e == n && n >= 150) {
        while (e > 0 && t[e - 1] != ' ')
            e--;
        cut = 1;
    }
    char *o = ng__malloc(e + 4);
    if (o) {
        memcpy(o, t, e);
        memcpy(o + e, cut ? "..." : "", cut ? 4 : 1);
    }
    return o;
}

int ng_store_stories(ng_store *s, const char *since, int (*fn)(void *ud, const char *json, size_t len), void *ud)
{
    if (!s || !fn)
        return NG_EINVAL;
    if (since && parse_day(since, INT32_MIN) == INT32_MIN) {
        snprintf(s->errmsg, sizeof s->errmsg, "not a date: %s", since);
        return NG_EINVAL;
    }
    int32_t sday = parse_day(since, INT32_MIN);
    sqlite3_stmt *qs, *qa;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT s.id FROM stories s WHERE ?1 IS NULL OR s.last_day >= ?1 "
                           "ORDER BY s.last_day DESC, s.id DESC",
                           -1, &qs, NULL) != SQLITE_OK)
        return db_fail(s, "listing stories");
    if (sqlite3_prepare_v2(s->db,
                           "SELECT ext_id, outlet, published, title, near_dup_of, substr(text, 1, 160) FROM articles WHERE story=?1 "
                           "ORDER BY day IS NULL, day, published, id",
                           -1, &qa, NULL) != SQLITE_OK) {
        sqlite3_finalize(qs);
        return db_fail(s, "listing stories");
    }
    if (since)
        sqlite3_bind_int(qs, 1, sday);
    int rc = 0, src = SQLITE_DONE;
    ng_buf b, outlets;
    ng__buf_init(&b);
    ng__buf_init(&outlets);
    while (!rc && (src = sqlite3_step(qs)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(qs, 0);
        b.len = 0;
        outlets.len = 0;
        ng__buf_printf(&b, "{\"id\":%lld,\"title\":", (long long)id);
        sqlite3_bind_int64(qa, 1, id);
        /* first pass collects everything into two buffers */
        ng_buf arts;
        ng__buf_init(&arts);
        char *title = NULL, *first = NULL, *last = NULL, *lead = NULL;
        int n = 0, indep = 0, nout = 0;
        char **seen = NULL;
        while (sqlite3_step(qa) == SQLITE_ROW) {
            const char *ext = col_text(qa, 0), *outlet = col_text(qa, 1), *pub = col_text(qa, 2),
                       *t = col_text(qa, 3);
            ng__buf_puts(&arts, n ? "," : "");
            ng__json_cstr(&arts, ext);
            if (!title && t && sqlite3_column_type(qa, 4) == SQLITE_NULL)
                title = ng__strndup(t, strlen(t));
            if (!title && !lead && n == 0)
                lead = first_sentence(col_text(qa, 5));
            if (pub) {
                if (!first)
                    first = ng__strndup(pub, strlen(pub));
                ng__free(last);
                last = ng__strndup(pub, strlen(pub));
            }
            if (sqlite3_column_type(qa, 4) == SQLITE_NULL)
                indep++;
            if (outlet) {
                int k;
                for (k = 0; k < nout && strcmp(seen[k], outlet); k++)
                    ;
                if (k == nout) {
                    char **ns = ng__realloc(seen, (size_t)(nout + 1) * sizeof *ns);
                    if (ns) {
                        seen = ns;
                        if ((seen[nout] = ng__strndup(outlet, strlen(outlet)))) {
                            ng__buf_puts(&outlets, nout ? "," : "");
                            ng__json_cstr(&outlets, outlet);
                            nout++;
                        }
                    }
                }
            }
            n++;
        }
        sqlite3_reset(qa);
        ng__json_cstr(&b, title ? title : lead);
        ng__buf_printf(&b, ",\"articles\":[%.*s],\"outlets\":[%.*s],\"first_published\":", (int)arts.len,
                       arts.p ? arts.p : "", (int)outlets.len, outlets.p ? outlets.p : "");
        ng__json_cstr(&b, first);
        ng__buf_puts(&b, ",\"last_published\":");
        ng__json_cstr(&b, last);
        ng__buf_printf(&b, ",\"size\":%d,\"independent\":%d}", n, indep);
        for (int k = 0; k < nout; k++)
            ng__free(seen[k]);
        ng__free(seen);
        ng__free(title);
        ng__free(lead);
        ng__free(first);
        ng__free(last);
        int oom = arts.err;
        ng__buf_free(&arts);
        if (b.err || outlets.err || oom)
            rc = NG_ENOMEM;
        else if (n > 0)
            rc = fn(ud, b.p, b.len);
    }
    if (!rc && src != SQLITE_DONE)
        rc = db_fail(s, "listing stories");
    sqlite3_finalize(qs);
    sqlite3_finalize(qa);
    ng__buf_free(&b);
    ng__buf_free(&outlets);
    return rc;
}

/* ---- search ---- */
int ng_store_search(ng_store *s, const char *query, const ng_search_options *opts,
                    int (*fn)(void *ud, const char *json, size_t len), void *ud)
{
    if (!s || !query || !fn)
        return NG_EINVAL;
    ng_search_options o = {0};
    if (opts)
        o = *opts;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(
            s->db,
            "SELECT a.ext_id, a.story, a.outlet, a.published, a.title, "
            "snippet(articles_fts, 1, '[', ']', '...', 16) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            "WHERE articles_fts MATCH ?1 AND (?2 IS NULL OR a.day >= ?2) AND (?3 IS NULL OR a.day <= ?3) "
            "AND (?4 IS NULL OR EXISTS (SELECT 1 FROM entities e WHERE e.article = a.id AND e.name = ?4 COLLATE NOCASE)) "
            "ORDER BY rank LIMIT ?5",
            -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, "searching");
    sqlite3_bind_text(st, 1, query, -1, SQLITE_STATIC);
    if (o.since)
        sqlite3_bind_int(st, 2, parse_day(o.since, INT32_MIN));
    if (o.until)
        sqlite3_bind_int(st, 3, parse_day(o.until, INT32_MAX));
    bind_opt_text(st, 4, o.entity);
    sqlite3_bind_int(st, 5, o.limit > 0 ? o.limit : 20);
    ng_buf b;
    ng__buf_init(&b);
    int rc = 0, src = SQLITE_DONE;
    while (!rc && (src = sqlite3_step(st)) == SQLITE_ROW) {
        b.len = 0;
        ng__buf_puts(&b, "{\"id\":");
        ng__json_cstr(&b, col_text(st, 0));
        ng__buf_printf(&b, ",\"story\":%lld,\"outlet\":", (long long)sqlite3_column_int64(st, 1));
        ng__json_cstr(&b, col_text(st, 2));
        ng__buf_puts(&b, ",\"published\":");
        ng__json_cstr(&b, col_text(st, 3));
        ng__buf_puts(&b, ",\"title\":");
        ng__json_cstr(&b, col_text(st, 4));
        ng__buf_puts(&b, ",\"snippet\":");
        ng__json_cstr(&b, col_text(st, 5));
        ng__buf_putc(&b, '}');
        rc = b.err ? NG_ENOMEM : fn(ud, b.p, b.len);
    }
    if (!rc && src != SQLITE_DONE) {
        int ec = sqlite3_errcode(s->db);
        rc = db_fail(s, "searching");
        if (ec == SQLITE_ERROR)
            rc = NG_EPARSE; /* a malformed FTS5 query */
    }
    sqlite3_finalize(st);
    ng__buf_free(&b);
    return rc;
}

/* ---- the story report ---- */
static const char *adup(ng__rep *r, sqlite3_stmt *st, int i)
{
    const char *t = col_text(st, i);
    return t ? ng__arena_strndup(&r->arena, t, (size_t)sqlite3_column_bytes(st, i)) : NULL;
}

static int type_of(const char *name, const char *const *names, int n)
{
    for (int i = 0; name && i < n; i++)
        if (!strcmp(name, names[i]))
            return i;
    return 0;
}

static int load_report(ng_store *s, int64_t story, ng__rep *r)
{
    static const char *const ent_names[] = {"NONE", "PER", "ORG", "LOC", "MISC"};
    static const char *const amt_names[] = {"money", "percent", "multiplier", "count"};
    static const char *const time_names[] = {"DATE", "TIME", "DURATION", "SET"};
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT id, ext_id, url, outlet, published, title, day, near_dup_of, text FROM articles "
                           "WHERE story=?1 ORDER BY day IS NULL, day, published, id",
                           -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, "reading the story");
    sqlite3_bind_int64(st, 1, story);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ng__rep_art a = {0};
        a.id = sqlite3_column_int64(st, 0);
        a.ext_id = adup(r, st, 1);
        a.url = adup(r, st, 2);
        a.outlet = adup(r, st, 3);
        a.published = adup(r, st, 4);
        a.title = adup(r, st, 5);
        a.day = sqlite3_column_type(st, 6) == SQLITE_NULL ? NG_DAY_NONE : sqlite3_column_int(st, 6);
        a.near_dup_of = sqlite3_column_int64(st, 7);
        a.text = adup(r, st, 8);
        a.len = (uint32_t)sqlite3_column_bytes(st, 8);
        if (!a.text || NG_VEC_PUSH(&r->arena, r->arts, a)) {
            sqlite3_finalize(st);
            return NG_ENOMEM;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return db_fail(s, "reading the story");
    if (r->arts.n == 0) {
        snprintf(s->errmsg, sizeof s->errmsg, "no story %lld", (long long)story);
        return NG_ENOTFOUND;
    }
    static const char *const sql[] = {
        ("SELECT e.type, e.name, e.role, e.mentions, (SELECT min(m.start) FROM mentions m WHERE m.article=e.article AND "
         "m.entity=e.idx), (SELECT m.end FROM mentions m WHERE m.article=e.article AND m.entity=e.idx ORDER BY m.start "
         "LIMIT 1) FROM entities e WHERE e.article=?1 ORDER BY e.idx"),
        "SELECT start, end, direct, speaker, speaker_start, speaker_end FROM quotes WHERE article=?1 ORDER BY idx",
        "SELECT start, end, source, source_start, source_end FROM attributions WHERE article=?1 ORDER BY idx",
        ("SELECT start, end, kind, value, value_hi, is_range, unit, approx, object_start, object_end FROM amounts "
         "WHERE article=?1 ORDER BY idx"),
        "SELECT start, end, type, value, value_end FROM times WHERE article=?1 ORDER BY idx",
    };
    for (int q = 0; q < 5; q++) {
        if (sqlite3_prepare_v2(s->db, sql[q], -1, &st, NULL) != SQLITE_OK)
            return db_fail(s, "reading the story");
        for (size_t ai = 0; ai < r->arts.n; ai++) {
            sqlite3_bind_int64(st, 1, r->arts.v[ai].id);
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
                int e = 0;
                uint32_t art = (uint32_t)ai;
                if (q == 0) {
                    ng__rep_ent x = {0};
                    x.art = art;
                    x.type = (uint8_t)type_of(col_text(st, 0), ent_names, 5);
                    x.name = adup(r, st, 1);
                    x.role = adup(r, st, 2);
                    x.mentions = (uint32_t)sqlite3_column_int(st, 3);
                    x.start = (uint32_t)sqlite3_column_int(st, 4);
                    x.end = (uint32_t)sqlite3_column_int(st, 5);
                    e = NG_VEC_PUSH(&r->arena, r->ents, x);
                } else if (q == 1) {
                    ng__rep_quote x = {0};
                    x.art = art;
                    x.start = (uint32_t)sqlite3_column_int(st, 0);
                    x.end = (uint32_t)sqlite3_column_int(st, 1);
                    x.direct = (uint8_t)sqlite3_column_int(st, 2);
                    x.speaker = adup(r, st, 3);
                    x.speaker_start = (uint32_t)sqlite3_column_int(st, 4);
                    x.speaker_end = (uint32_t)sqlite3_column_int(st, 5);
                    e = NG_VEC_PUSH(&r->arena, r->quotes, x);
                } else if (q == 2) {
                    ng__rep_attr x = {0};
                    x.art = art;
                    x.start = (uint32_t)sqlite3_column_int(st, 0);
                    x.end = (uint32_t)sqlite3_column_int(st, 1);
                    x.source = adup(r, st, 2);
                    x.source_start = (uint32_t)sqlite3_column_int(st, 3);
                    x.source_end = (uint32_t)sqlite3_column_int(st, 4);
                    e = NG_VEC_PUSH(&r->arena, r->attrs, x);
                } else if (q == 3) {
                    ng__rep_amount x = {0};
                    x.art = art;
                    x.start = (uint32_t)sqlite3_column_int(st, 0);
                    x.end = (uint32_t)sqlite3_column_int(st, 1);
                    x.kind = (uint8_t)type_of(col_text(st, 2), amt_names, 4);
                    x.value = sqlite3_column_double(st, 3);
                    x.value_hi = sqlite3_column_double(st, 4);
                    x.is_range = (uint8_t)sqlite3_column_int(st, 5);
                    x.unit = adup(r, st, 6);
                    x.approx = adup(r, st, 7);
                    x.object_start = (uint32_t)sqlite3_column_int(st, 8);
                    x.object_end = (uint32_t)sqlite3_column_int(st, 9);
                    e = NG_VEC_PUSH(&r->arena, r->amounts, x);
                } else {
                    ng__rep_time x = {0};
                    x.art = art;
                    x.start = (uint32_t)sqlite3_column_int(st, 0);
                    x.end = (uint32_t)sqlite3_column_int(st, 1);
                    x.type = (uint8_t)type_of(col_text(st, 2), time_names, 4);
                    x.value = adup(r, st, 3);
                    x.value_end = adup(r, st, 4);
                    e = NG_VEC_PUSH(&r->arena, r->times, x);
                }
                if (e) {
                    sqlite3_finalize(st);
                    return NG_ENOMEM;
                }
            }
            sqlite3_reset(st);
            if (rc != SQLITE_DONE) {
                sqlite3_finalize(st);
                return db_fail(s, "reading the story");
            }
        }
        sqlite3_finalize(st);
    }
    return 0;
}

int ng_store_story_report(ng_store *s, int64_t story, unsigned flags, int width, char **out, size_t *len)
{
    if (!out)
        return NG_EINVAL;
    *out = NULL;
    if (!s)
        return NG_EINVAL;
    ng__rep r;
    memset(&r, 0, sizeof r);
    ng__arena_init(&r.arena);
    r.id = story;
    int rc = load_report(s, story, &r);
    if (!rc) {
        ng_buf b;
        ng__buf_init(&b);
        rc = (flags & NG_REPORT_JSON) ? ng__report_json(&r, &b) : ng__report_text(&r, width > 0 ? width : 80, &b);
        if (!rc && b.err)
            rc = NG_ENOMEM;
        if (!rc) {
            *out = ng__buf_take(&b, len);
            if (!*out)
                rc = NG_ENOMEM;
        }
        ng__buf_free(&b);
    }
    ng__arena_free(&r.arena);
    return rc;
}
