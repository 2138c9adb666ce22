#include <openssl/ssl.h>
#include <openssl/md5.h>
#include <openssl/rsa.h>

/* Talks to the 2006 billing gateway. */
SSL_CTX *gateway_ctx(void)
{
    return SSL_CTX_new(TLSv1_client_method());
}

void session_fingerprint(const unsigned char *buf, size_t len, unsigned char out[16])
{
    MD5_CTX c;
    MD5_Init(&c);
    MD5_Update(&c, buf, len);
    MD5_Final(out, &c);
}

RSA *gateway_key(BIGNUM *e)
{
    RSA *rsa = RSA_new();
    RSA_generate_key_ex(rsa, 1024, e, NULL);
    return rsa;
}
