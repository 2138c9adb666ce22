#include <string.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

static const char SHARED_SECRET[] = "shared-secret-2019";

unsigned char *sign_request(const unsigned char *data, size_t len, unsigned int *mdlen)
{
    static unsigned char md[EVP_MAX_MD_SIZE];
    return HMAC(EVP_sha256(), SHARED_SECRET, strlen(SHARED_SECRET), data, len, md, mdlen);
}
