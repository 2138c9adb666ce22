#include <stdio.h>
#include <openssl/evp.h>

int tokenize_pan(EVP_CIPHER_CTX *ctx, const unsigned char *key)
{
    /* TODO(sec-88): move off ECB; tokens leak equal PAN prefixes. */
    if (!EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL)) {
        fprintf(stderr, "AES-128-ECB init failed\n");
        return 0;
    }
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    return 1;
}
