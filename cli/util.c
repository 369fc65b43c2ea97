/*
 * util.c -- CLI helpers: directory walking, the progress line, clocks.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifndef NG_DATA_DIR
#define NG_DATA_DIR "data"
#endif

const char *cli_data_dir(void)
{
    const char *e = getenv("NEWSGRAPH_DATA");
    return e && *e ? e : NG_DATA_DIR;
}

double cli_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int cli_walk(const char *path, int (*fn)(const char *file, void *ud), void *ud)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "newsgraph: %s: %s\n", path, strerror(errno));
        return 1;
    }
    if (!S_ISDIR(st.st_mode))
        return fn(path, ud);
    DIR *dir = opendir(path);
    if (!dir) {
        fprintf(stderr, "newsgraph: %s: %s\n", path, strerror(errno));
        return 1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    int bad = 0;
    while ((de = readdir(dir)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn) {
                bad++;
                break;
            }
            names = nn;
        }
        size_t len = strlen(path) + strlen(de->d_name) + 2;
        char *full = malloc(len);
        if (!full) {
            bad++;
            break;
        }
        snprintf(full, len, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", de->d_name);
        names[n++] = full;
    }
    closedir(dir);
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        bad += cli_walk(names[i], fn, ud);
        free(names[i]);
    }
    free(names);
    return bad;
}

void cli_progress_init(cli_progress *p)
{
    memset(p, 0, sizeof *p);
    p->enabled = isatty(2);
    p->start = p->last = cli_now();
}

void cli_progress_update(cli_progress *p, int force)
{
    if (!p->enabled)
        return;
    double now = cli_now();
    if (now - p->start < 1.0 || (!force && now - p->last < 0.25))
        return;
    p->last = now;
    double dt = now - p->start;
    char failed[48] = "";
    if (p->failed)
        snprintf(failed, sizeof failed, ", %llu failed", p->failed);
    fprintf(stderr, "\rnewsgraph: %llu documents, %.1f MB, %.0f documents/s, %.2f MB/s%s   ", p->docs,
            (double)p->bytes / 1e6, (double)p->docs / dt, (double)p->bytes / 1e6 / dt, failed);
    p->shown = p->ever = 1;
}

void cli_progress_clear(cli_progress *p)
{
    if (!p->enabled || !p->shown)
        return;
    fputs("\r\033[K", stderr);
    p->shown = 0;
}

void cli_progress_end(cli_progress *p)
{
    if (!p->enabled || !p->ever)
        return;
    cli_progress_update(p, 1);
    fputc('\n', stderr);
}
