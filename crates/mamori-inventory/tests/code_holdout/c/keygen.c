#include <openssl/evp.h>
#include <openssl/rsa.h>

EVP_PKEY *make_rsa_key(void)
{
    EVP_PKEY *pkey = NULL;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);

    if (ctx == NULL || EVP_PKEY_keygen_init(ctx) <= 0)
        goto done;
    if (EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 3072) <= 0)
        goto done;
    EVP_PKEY_keygen(ctx, &pkey);
done:
    EVP_PKEY_CTX_free(ctx);
    return pkey;
}

EVP_PKEY *make_ed25519_key(void)
{
    EVP_PKEY *pkey = NULL;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, NULL);
    EVP_PKEY_keygen_init(ctx);
    EVP_PKEY_keygen(ctx, &pkey);
    EVP_PKEY_CTX_free(ctx);
    return pkey;
}
