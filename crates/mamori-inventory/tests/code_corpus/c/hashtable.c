#include <string.h>
#include <openssl/md5.h>

struct entry {
    char *key;
    void *value;
    struct entry *next;
};

/* djb2, not MD5: we only need a fast spread. */
static unsigned long hash(const char *str)
{
    unsigned long h = 5381;
    int c;
    while ((c = *str++))
        h = ((h << 5) + h) + c;
    return h;
}

struct entry *lookup(struct entry **table, size_t size, const char *key) {
    struct entry *e = table[hash(key) % size];
    while (e && strcmp(e->key, key) != 0)
        e = e->next;
    return e;
}
