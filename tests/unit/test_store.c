/*
 * test_store.c -- the story database: adding, exact and near duplicates,
 * story decisions on short fictional articles, crash-free reopening
 * (the clusterer state reloads), schema migration from version 0, and a
 * database from a newer build refused.
 */
#include "doc.h"
#include "engine.h"
#include "test.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static ng_engine *eng;

/* Fictional event A: a flood relief fund announced at a press conference. */
static const char *A1 =
    "Minister Alva Rendt announced a flood relief fund of 40 million crowns for the Vessel Valley on Tuesday. "
    "Speaking at a press conference in Norhaven, Rendt said the fund would rebuild bridges and farms destroyed "
    "by the floods. \"We will not leave the valley alone,\" Rendt said. Farmers in the Vessel Valley lost "
    "their harvest when the river burst its banks last week.";
static const char *A2 =
    "The government will spend 45 million crowns on flood relief in the Vessel Valley, Minister Alva Rendt "
    "told reporters in Norhaven. The relief fund pays for new bridges and helps farms hit by the flood. "
    "Rendt promised that the valley would not be left alone after the river flooded farms and roads.";
/* A lightly edited copy of A1 (syndication). */
static const char *A1copy =
    "Minister Alva Rendt announced a flood relief fund of 40 million crowns for the Vessel Valley on Tuesday. "
    "Speaking at a press conference in Norhaven, Rendt said the fund would rebuild bridges and farms destroyed "
    "by the floods. \"We will not leave the valley alone,\" she said. Farmers in the Vessel Valley lost "
    "their harvest when the river burst its banks last week.";
/* Fictional event B: the same minister at a naval exercise. */
static const char *B1 =
    "Minister Alva Rendt watched a naval exercise off Port Kerrin on Thursday as twelve warships practised "
    "mine clearance and submarine tracking. The navy said the drill tests coordination between frigates "
    "and patrol aircraft. Rendt praised the sailors and the admirals who planned the manoeuvres.";

static ng_doc *doc(const char *id, const char *url, const char *outlet, const char *date, const char *title,
                   const char *text)
{
    ng_doc *d;
    if (ng_doc_new(&d))
        return NULL;
    ng_doc_set(d, NG_FIELD_ID, id, strlen(id));
    if (url)
        ng_doc_set(d, NG_FIELD_URL, url, strlen(url));
    ng_doc_set(d, NG_FIELD_OUTLET, outlet, strlen(outlet));
    ng_doc_set(d, NG_FIELD_PUBLISHED, date, strlen(date));
    ng_doc_set(d, NG_FIELD_TITLE, title, strlen(title));
    ng_doc_set_text(d, text, strlen(text));
    if (ng_process(eng, d)) {
        ng_doc_free(d);
        return NULL;
    }
    return d;
}

static int add(ng_store *s, const char *id, const char *url, const char *outlet, const char *date, const char *title,
               const char *text, ng_store_added *res)
{
    ng_doc *d = doc(id, url, outlet, date, title, text);
    if (!d)
        return -100;
    int rc = ng_store_add(s, d, NULL, 0, res);
    ng_doc_free(d);
    return rc;
}

static int count_lines(void *ud, const char *json, size_t len)
{
    (void)json, (void)len;
    (*(int *)ud)++;
    return 0;
}

static void test_add_and_stories(const char *path)
{
    ng_store *s;
    ng_error err;
    CHECK_EQ_INT(ng_store_open(path, 0, &s, &err), 0);
    if (!s)
        return;
    ng_store_added a1, a2, c1, b1, dup;
    CHECK_EQ_INT(add(s, "a1", "https://north.example/a1", "North Post", "2031-03-04", "Rendt announces flood fund", A1, &a1), 0);
    CHECK(a1.article > 0 && a1.new_story);
    CHECK_EQ_INT(add(s, "a2", "https://south.example/a2", "South Wire", "2031-03-04", "Valley to get flood relief", A2, &a2), 0);
    CHECK_EQ_INT(a2.story, a1.story); /* same press conference, different words and figures */
    CHECK(!a2.new_story);
    CHECK_EQ_INT(add(s, "c1", "https://east.example/c1", "East Herald", "2031-03-05", "Rendt announces flood fund", A1copy, &c1), 0);
    CHECK_EQ_INT(c1.near_duplicate_of, a1.article); /* syndicated copy */
    CHECK_EQ_INT(c1.story, a1.story);
    CHECK_EQ_INT(add(s, "b1", "https://north.example/b1", "North Post", "2031-03-06", "Navy drills off Port Kerrin", B1, &b1), 0);
    CHECK(b1.story != a1.story); /* same minister, another event */
    CHECK(b1.new_story);
    /* exact duplicates: same id, same URL, same text */
    CHECK_EQ_INT(add(s, "a1", NULL, "North Post", "2031-03-04", "x", B1, &dup), 0);
    CHECK_EQ_INT(dup.duplicate_of, a1.article);
    CHECK_EQ_INT(dup.article, 0);
    CHECK_EQ_INT(add(s, "zz", "https://south.example/a2", "South Wire", "2031-03-04", "x", "Other words entirely here.", &dup), 0);
    CHECK_EQ_INT(dup.duplicate_of, a2.article);
    CHECK_EQ_INT(add(s, "zz2", NULL, "West", "2031-03-04", "x", A2, &dup), 0);
    CHECK_EQ_INT(dup.duplicate_of, a2.article);
    CHECK_EQ_INT(ng_store_commit(s), 0);
    int64_t na = 0, ns = 0;
    CHECK_EQ_INT(ng_store_counts(s, &na, &ns), 0);
    CHECK_EQ_INT(na, 4);
    CHECK_EQ_INT(ns, 2);
    /* uncommitted work is rolled back on close */
    ng_store_added u;
    CHECK_EQ_INT(add(s, "u1", NULL, "North Post", "2031-03-07", "Uncommitted", "Nothing here will be kept by the store.", &u), 0);
    CHECK(u.article > 0);
    ng_store_close(s);

    /* reopen: the clusterer state reloads; a later report of event A joins it */
    CHECK_EQ_INT(ng_store_open(path, 0, &s, &err), 0);
    if (!s)
        return;
    CHECK_EQ_INT(ng_store_counts(s, &na, &ns), 0);
    CHECK_EQ_INT(na, 4);
    ng_store_added a3;
    CHECK_EQ_INT(add(s, "a3", NULL, "West Daily", "2031-03-08", "Flood fund: first bridges rebuilt",
                     "The first bridges paid by the Vessel Valley flood relief fund reopened, Minister Alva Rendt "
                     "said in Norhaven. Farms in the valley still wait for relief money after the floods.", &a3), 0);
    CHECK_EQ_INT(a3.story, a1.story);
    CHECK_EQ_INT(ng_store_commit(s), 0);
    int lines = 0;
    CHECK_EQ_INT(ng_store_stories(s, NULL, count_lines, &lines), 0);
    CHECK_EQ_INT(lines, 2);
    lines = 0;
    CHECK_EQ_INT(ng_store_stories(s, "2031-03-07", count_lines, &lines), 0);
    CHECK_EQ_INT(lines, 1);
    lines = 0;
    ng_search_options so = {0};
    CHECK_EQ_INT(ng_store_search(s, "warships", &so, count_lines, &lines), 0);
    CHECK_EQ_INT(lines, 1);
    lines = 0;
    so.until = "2031-03-05";
    CHECK_EQ_INT(ng_store_search(s, "flood", &so, count_lines, &lines), 0);
    CHECK_EQ_INT(lines, 3);
    CHECK_EQ_INT(ng_store_search(s, "\"unbalanced", &so, count_lines, &lines), NG_EPARSE);
    /* the entity filter: a name no article has finds nothing */
    ng_search_options se = {0};
    se.entity = "Nobody Atall";
    lines = 0;
    CHECK_EQ_INT(ng_store_search(s, "flood", &se, count_lines, &lines), 0);
    CHECK_EQ_INT(lines, 0);
    /* ... and when the tagger names the minister, only her articles match */
    se.entity = "alva rendt";
    lines = 0;
    CHECK_EQ_INT(ng_store_search(s, "warships OR flood", &se, count_lines, &lines), 0);
    int with_entity = lines;
    lines = 0;
    CHECK_EQ_INT(ng_store_search(s, "warships OR flood", NULL, count_lines, &lines), 0);
    CHECK(with_entity <= lines && lines == 5);
    char *out = NULL;
    size_t len;
    CHECK_EQ_INT(ng_store_story_report(s, a1.story, NG_REPORT_JSON, 0, &out, &len), 0);
    CHECK(out && strstr(out, "\"a2\""));
    ng_free(out);
    CHECK_EQ_INT(ng_store_story_report(s, 999, 0, 0, &out, &len), NG_ENOTFOUND);
    ng_store_close(s);
}

static void test_migration(const char *path)
{
    /* a version-0 database: a file SQLite knows, without our tables */
    sqlite3 *db;
    CHECK_EQ_INT(sqlite3_open(path, &db), SQLITE_OK);
    CHECK_EQ_INT(sqlite3_exec(db, "CREATE TABLE unrelated(x); PRAGMA user_version=0;", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    ng_store *s;
    ng_error err;
    CHECK_EQ_INT(ng_store_open(path, NG_STORE_READONLY, &s, &err), NG_EUNSUPPORTED); /* needs writing */
    CHECK_EQ_INT(ng_store_open(path, 0, &s, &err), 0);
    ng_store_close(s);
    CHECK_EQ_INT(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *st;
    CHECK_EQ_INT(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
    CHECK_EQ_INT(sqlite3_step(st), SQLITE_ROW);
    CHECK_EQ_INT(sqlite3_column_int(st, 0), ng_store_schema_version());
    sqlite3_finalize(st);
    CHECK_EQ_INT(sqlite3_exec(db, "SELECT count(*) FROM articles; SELECT count(*) FROM articles_fts;", NULL, NULL, NULL),
                 SQLITE_OK);
    /* a newer build's database is refused */
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version=%d", ng_store_schema_version() + 1);
    CHECK_EQ_INT(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    CHECK_EQ_INT(ng_store_open(path, 0, &s, &err), NG_EUNSUPPORTED);
    CHECK(s == NULL);
    CHECK_EQ_INT(err.code, NG_EUNSUPPORTED);
}

static void rm_db(const char *path)
{
    char p[512];
    unlink(path);
    snprintf(p, sizeof p, "%s-wal", path);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", path);
    unlink(p);
}

/* The story report's quotes are what people said: a negated cue ("has not
 * requested") and a stance ("wants to") stay out, a spoken claim is in; its
 * citations are claims ("according to the Valley Courier"), not acts
 * ("Energy ministers from five countries approved …"). */
static void test_report_quotes(const char *path)
{
    ng_store *s;
    ng_error err;
    CHECK_EQ_INT(ng_store_open(path, 0, &s, &err), 0);
    if (!s)
        return;
    ng_store_added a;
    CHECK_EQ_INT(add(s, "q1", NULL, "North Post", "2031-04-02", "Dam to open in May",
                     "Minister Alva Rendt said the Vessel Valley dam would open in May. "
                     "Rendt has not requested any new funds for the dam. "
                     "Rendt wants to rename the reservoir after the valley. "
                     "Energy ministers from five countries approved the new dam budget on Monday. "
                     "According to the Valley Courier, the dam cost twice the estimate.", &a), 0);
    CHECK_EQ_INT(ng_store_commit(s), 0);
    char *out = NULL;
    size_t len;
    CHECK_EQ_INT(ng_store_story_report(s, a.story, NG_REPORT_JSON, 0, &out, &len), 0);
    CHECK(out && strstr(out, "the Vessel Valley dam would open in May"));
    CHECK(out && !strstr(out, "any new funds"));
    CHECK(out && !strstr(out, "rename the reservoir"));
    CHECK(out && strstr(out, "Valley Courier"));
    CHECK(out && !strstr(out, "Energy ministers"));
    ng_free(out);
    ng_store_close(s);
}

int main(void)
{
    ng_engine_options o = {0};
    o.data_dir = NG_DATA_DIR;
    ng_error err;
    if (ng_engine_open(&o, &eng, &err)) {
        fprintf(stderr, "engine: %s\n", err.msg);
        return 1;
    }
    char path[256];
    snprintf(path, sizeof path, "/tmp/ng_test_store_%d.db", (int)getpid());
    rm_db(path);
    test_add_and_stories(path);
    rm_db(path);
    test_migration(path);
    rm_db(path);
    test_report_quotes(path);
    rm_db(path);
    ng_engine_close(eng);
    TEST_MAIN_END();
}
