#include <openssl/evp.h>

/* Decrypts captures from the 2004 radio link (RC4 stream). */
int radio_decrypt_init(EVP_CIPHER_CTX *ctx, const unsigned char *key)
{
    return EVP_DecryptInit_ex(ctx, EVP_rc4(), NULL, key, NULL);
}
