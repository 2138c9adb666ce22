#include <stdio.h>
#include <openssl/evp.h>

int digest_file(FILE *fp, unsigned char *md, unsigned int *mdlen)
{
    unsigned char buf[4096];
    size_t n;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();

    EVP_DigestInit_ex(ctx, EVP_sha384(), NULL);
    while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
        EVP_DigestUpdate(ctx, buf, n);
    EVP_DigestFinal_ex(ctx, md, mdlen);
    EVP_MD_CTX_free(ctx);
    return ferror(fp) ? -1 : 0;
}
