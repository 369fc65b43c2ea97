/*
 * walk.h -- the benchmark programs' walk over their inputs: a path that is
 * a directory is visited recursively, its entries in name order (hidden
 * ones skipped), so every run sees the files in the same order; each file
 * is handed to the caller with its stat.  Benchmark code: allocation
 * failures are not handled.
 */
#ifndef NG_BENCH_WALK_H
#define NG_BENCH_WALK_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int bench_cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void bench_walk(const char *path, void (*file)(const char *path, const struct stat *st))
{
    struct stat st;
    if (stat(path, &st) != 0)
        return;
    if (!S_ISDIR(st.st_mode)) {
        file(path, &st);
        return;
    }
    DIR *d = opendir(path);
    if (!d)
        return;
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        names = realloc(names, (n + 1) * sizeof *names);
        size_t l = strlen(path) + strlen(e->d_name) + 2;
        names[n] = malloc(l);
        snprintf(names[n++], l, "%s/%s", path, e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, bench_cmp_str);
    for (size_t i = 0; i < n; i++) {
        bench_walk(names[i], file);
        free(names[i]);
    }
    free(names);
}

#endif
