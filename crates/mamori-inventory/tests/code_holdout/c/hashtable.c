#include <stdint.h>
#include <stddef.h>

/* djb2 string hash for the symbol table; not a cryptographic digest. */
static uint32_t hash(const char *s)
{
    uint32_t h = 5381;
    int c;
    while ((c = (unsigned char)*s++))
        h = ((h << 5) + h) + c;
    return h;
}

size_t bucket_of(const char *key, size_t nbuckets)
{
    return hash(key) % nbuckets;
}
