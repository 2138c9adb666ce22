#include <stdio.h>
#include <string.h>

static const char *commit_sha = "e83c5163316f89bfbde7d9ab23ca2e25604af290";

const char *build_revision(void)
{
    static char rev[16];
    /* short SHA, like `git rev-parse --short` */
    strncpy(rev, commit_sha, 7);
    rev[7] = '\0';
    return rev;
}
