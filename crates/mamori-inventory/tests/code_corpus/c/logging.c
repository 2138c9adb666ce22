#include <stdio.h>

#define USE_SHA1 0

static int aes_enabled = 0;

void report_integrity_error(const char *path)
{
    fprintf(stderr, "SHA1 digest mismatch for %s\n", path);
    if (!aes_enabled)
        fprintf(stderr, "note: AES-256-GCM transport disabled by config\n");
#if USE_SHA1
    fprintf(stderr, "legacy SHA1 mode\n");
#endif
}
