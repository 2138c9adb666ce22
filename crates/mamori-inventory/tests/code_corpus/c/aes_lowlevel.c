#include <openssl/aes.h>

int expand_key(const unsigned char *user_key, AES_KEY *schedule)
{
    /* Returns 0 on success, like the OpenSSL call. */
    return AES_set_encrypt_key(user_key, 128, schedule);
}
