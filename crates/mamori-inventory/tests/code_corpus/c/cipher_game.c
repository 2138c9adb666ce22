#include <ctype.h>

struct cipher {
    int shift;
};

void cipher_init(struct cipher *c, int shift) { c->shift = shift % 26; }

void cipher_encrypt(const struct cipher *c, char *text)
{
    for (; *text; text++) {
        if (islower((unsigned char)*text))
            *text = (char)('a' + (*text - 'a' + c->shift) % 26);
    }
}
