/* The disk's own floor for the daemon's I/O pattern, with nothing else: per file, claim it by rename
 * (inbox -> processing), append one line of LINE_BYTES to a log with a single write, make it durable with
 * fdatasync (after every line, after every GROUP lines, or never), then rename the file on (-> done).
 * Prints one JSON object: files per second. The files are created beforehand and not timed.
 *
 * usage: disk_floor DIR COUNT LINE_BYTES GROUP    (GROUP 1: fdatasync per file; 64: per 64; 0: never)
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void path(char *out, const char *dir, const char *sub, int i) {
    snprintf(out, 4096, "%s/%s/f%07d.txt", dir, sub, i);
}

int main(int argc, char **argv) {
    if (argc != 5) { fprintf(stderr, "usage: disk_floor DIR COUNT LINE_BYTES GROUP\n"); return 64; }
    const char *dir = argv[1];
    int count = atoi(argv[2]), lineBytes = atoi(argv[3]), group = atoi(argv[4]);
    char a[4096], b[4096];
    const char *subs[] = {"inbox", "processing", "done"};
    for (int s = 0; s < 3; s++) { snprintf(a, sizeof a, "%s/%s", dir, subs[s]); mkdir(a, 0755); }
    char *body = malloc(7000);
    memset(body, 'x', 7000);
    for (int i = 0; i < count; i++) {
        path(a, dir, "inbox", i);
        int fd = open(a, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || write(fd, body, 7000) != 7000) { perror(a); return 1; }
        close(fd);
    }
    snprintf(a, sizeof a, "%s/results.jsonl", dir);
    int log = open(a, O_WRONLY | O_CREAT | O_APPEND | O_TRUNC, 0644);
    if (log < 0) { perror(a); return 1; }
    char *line = malloc(lineBytes);
    memset(line, 'y', lineBytes);
    line[lineBytes - 1] = '\n';
    int pending = 0, pendingStart = 0;
    double start = now();
    for (int i = 0; i < count; i++) {
        path(a, dir, "inbox", i);
        path(b, dir, "processing", i);
        if (rename(a, b) != 0) { perror("claim rename"); return 1; }
        if (write(log, line, lineBytes) != lineBytes) { perror("append"); return 1; }
        pending++;
        if (group > 0 && (pending == group || i == count - 1)) {
            if (fdatasync(log) != 0) { perror("fdatasync"); return 1; }
            for (int j = pendingStart; j <= i; j++) {  /* the inputs move once their lines are durable */
                path(a, dir, "processing", j);
                path(b, dir, "done", j);
                if (rename(a, b) != 0) { perror("done rename"); return 1; }
            }
            pending = 0;
            pendingStart = i + 1;
        } else if (group == 0) {
            path(a, dir, "processing", i);
            path(b, dir, "done", i);
            if (rename(a, b) != 0) { perror("done rename"); return 1; }
        }
    }
    double elapsed = now() - start;
    printf("{\"files\":%d,\"lineBytes\":%d,\"group\":%d,\"seconds\":%.6f,\"filesPerSecond\":%.1f}\n",
           count, lineBytes, group, elapsed, count / elapsed);
    return 0;
}
