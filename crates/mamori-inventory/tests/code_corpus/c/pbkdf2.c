#include <string.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

/* NOTE: 1000 rounds of HMAC-SHA1 match the v1 database; md5 is not used. */
int hash_password(const char *pw, unsigned char salt[16], unsigned char out[32])
{
    if (RAND_bytes(salt, 16) != 1)
        return 0;
    return PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), salt, 16, 1000, EVP_sha1(), 32, out);
}
