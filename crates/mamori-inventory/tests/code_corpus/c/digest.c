#include <openssl/evp.h>

static int digest_with(const EVP_MD *md, const void *data, size_t len,
                       unsigned char *out, unsigned int *outlen)
{
    EVP_MD_CTX *mdctx = EVP_MD_CTX_new();
    int ok = EVP_DigestInit_ex(mdctx, md, NULL)
          && EVP_DigestUpdate(mdctx, data, len)
          && EVP_DigestFinal_ex(mdctx, out, outlen);
    EVP_MD_CTX_free(mdctx);
    return ok;
}

int etag(const void *data, size_t len, unsigned char *out, unsigned int *outlen)
{
    return digest_with(EVP_md5(), data, len, out, outlen);
}

int object_id(const void *data, size_t len, unsigned char *out, unsigned int *outlen)
{
    return digest_with(EVP_sha1(), data, len, out, outlen);
}
