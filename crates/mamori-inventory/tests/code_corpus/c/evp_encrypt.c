#include <openssl/evp.h>

/* Was EVP_des_cbc() until 2015; see the changelog. */
/* Encrypts one record with the caller's key and a fresh IV. */
int encrypt_record(const unsigned char *key, const unsigned char *iv,
                   const unsigned char *in, int inlen, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, total = 0;

    if (ctx == NULL)
        return -1;
    EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, key, iv);
    EVP_EncryptUpdate(ctx, out, &len, in, inlen);
    total = len;
    EVP_EncryptFinal_ex(ctx, out + len, &len);
    total += len;
    EVP_CIPHER_CTX_free(ctx);
    return total;
}
