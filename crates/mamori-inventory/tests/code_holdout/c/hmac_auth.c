#include <string.h>
#include <openssl/hmac.h>
#include <openssl/evp.h>

int sign_request(const char *secret, const char *canonical, unsigned char *out, unsigned int *outlen)
{
    if (HMAC(EVP_sha256(), secret, (int)strlen(secret),
             (const unsigned char *)canonical, strlen(canonical), out, outlen) == NULL)
        return -1;
    return 0;
}

int derive_key(const char *pass, const unsigned char *salt, size_t saltlen, unsigned char key[32])
{
    return PKCS5_PBKDF2_HMAC(pass, (int)strlen(pass), salt, (int)saltlen, 10000, EVP_sha256(), 32, key);
}
