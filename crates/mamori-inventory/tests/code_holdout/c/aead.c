#include <openssl/evp.h>
#include <string.h>

/* Encrypts `len` bytes in place-free mode; returns ciphertext length or -1. */
int seal_record(const unsigned char *key, const unsigned char *iv,
                const unsigned char *in, int len, unsigned char *out,
                unsigned char tag[16])
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, total = 0;

    if (ctx == NULL)
        return -1;
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv) != 1)
        goto err;
    if (EVP_EncryptUpdate(ctx, out, &n, in, len) != 1)
        goto err;
    total = n;
    if (EVP_EncryptFinal_ex(ctx, out + total, &n) != 1)
        goto err;
    total += n;
    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag);
    EVP_CIPHER_CTX_free(ctx);
    return total;
err:
    EVP_CIPHER_CTX_free(ctx);
    return -1;
}
