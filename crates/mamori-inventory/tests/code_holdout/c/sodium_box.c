#include <sodium.h>

int encrypt_message(unsigned char *c, unsigned long long *clen,
                    const unsigned char *m, unsigned long long mlen,
                    const unsigned char *ad, unsigned long long adlen,
                    const unsigned char *nonce, const unsigned char *key)
{
    return crypto_aead_chacha20poly1305_ietf_encrypt(c, clen, m, mlen, ad, adlen, NULL, nonce, key);
}

int make_identity(unsigned char *pk, unsigned char *sk)
{
    if (sodium_init() < 0)
        return -1;
    return crypto_sign_keypair(pk, sk);
}
