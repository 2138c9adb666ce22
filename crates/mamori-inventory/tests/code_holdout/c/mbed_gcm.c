#include "mbedtls/gcm.h"

int gcm_encrypt(const unsigned char key[32], const unsigned char iv[12],
                const unsigned char *in, size_t len, unsigned char *out, unsigned char tag[16])
{
    mbedtls_gcm_context gcm;
    int ret;

    mbedtls_gcm_init(&gcm);
    ret = mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, key, 256);
    if (ret == 0)
        ret = mbedtls_gcm_crypt_and_tag(&gcm, MBEDTLS_GCM_ENCRYPT, len, iv, 12,
                                        NULL, 0, in, out, 16, tag);
    mbedtls_gcm_free(&gcm);
    return ret;
}
