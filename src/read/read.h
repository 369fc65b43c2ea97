/*
 * read.h -- the reader object (internal), shared by the format readers.
 */
#ifndef NG_READ_H
#define NG_READ_H

#include "../doc.h"

#include <stdio.h>
#include <strings.h>
#include <sys/types.h>

struct ng_reader {
    ng_reader_options opts;
    ng_format format;
    char *name;
    char *outlet, *published;  /* owned copies of the option strings */
    FILE *fp;
    int own_fp;
    int eof, done;
    uint64_t offset;           /* bytes consumed */
    uint64_t lineno;           /* lines read (JSON Lines) */
    char buf[65536];
    const char *data;          /* buf, or the caller's memory */
    const char *mem; size_t mem_len; /* ng_reader_open_mem input */
    size_t pos, fill;
    ng_buf line;
    /* format-specific state (WARC), released by close_fn */
    void *state;
    void (*close_fn)(ng_reader *r);
};

/* Makes input available at data[pos..fill) (refilling buf from the file
 * when pos has reached fill): returns the bytes available, 0 at the end of
 * the input, -1 on a read error.  The caller advances pos and offset. */
ssize_t ng__reader_fill(ng_reader *r);
/* Reads one line (without the newline) into line, keeping at most max bytes:
 * a longer line is consumed and *too_long set.  Returns 1, 0 at EOF, or
 * NG_EIO / NG_ENOMEM. */
int ng__reader_read_line(ng_reader *r, ng_buf *line, size_t max, int *too_long);
/* Reads the rest of the input, keeping at most max bytes (else *too_big). */
int ng__reader_read_all(ng_reader *r, ng_buf *out, size_t max, int *too_big);

/* WARC records (warc.c). */
int ng__warc_next(ng_reader *r, ng_doc **doc, ng_error *err);
void ng__warc_stats(const ng_reader *r, ng_reader_stats *out);

/* Reuters-21578 SGML articles (reuters.c). */
int ng__reuters_next(ng_reader *r, ng_doc **doc, ng_error *err);
void ng__reuters_stats(const ng_reader *r, ng_reader_stats *out);

#endif
