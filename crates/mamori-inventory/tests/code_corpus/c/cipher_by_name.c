#include <stdio.h>
#include <openssl/evp.h>

int setup_transport(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *nonce)
{
    const EVP_CIPHER *cipher = EVP_get_cipherbyname("aes-256-gcm");
    const EVP_MD *md = EVP_get_digestbyname("sha256");

    if (cipher == NULL || md == NULL) {
        fprintf(stderr, "cipher or digest unavailable\n");
        return 0;
    }
    return EVP_EncryptInit_ex(ctx, cipher, NULL, key, nonce);
}
