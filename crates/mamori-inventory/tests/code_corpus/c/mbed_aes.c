#include <mbedtls/aes.h>
#include <mbedtls/md5.h>

int firmware_check(const unsigned char *image, size_t len, unsigned char digest[16])
{
    return mbedtls_md5(image, len, digest);
}

int firmware_decrypt_setup(mbedtls_aes_context *ctx, const unsigned char *key)
{
    mbedtls_aes_init(ctx);
    return mbedtls_aes_setkey_enc(ctx, key, 128);
}
