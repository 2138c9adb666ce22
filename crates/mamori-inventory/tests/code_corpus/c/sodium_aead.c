#include <sodium.h>

int seal_message(unsigned char *c, unsigned long long *clen,
                 const unsigned char *m, unsigned long long mlen,
                 const unsigned char *nonce, const unsigned char *key)
{
    return crypto_aead_chacha20poly1305_ietf_encrypt(c, clen, m, mlen, NULL, 0, NULL, nonce, key);
}

int derive_key(unsigned char *out, unsigned long long outlen, const char *pw,
               const unsigned char salt[crypto_pwhash_SALTBYTES])
{
    return crypto_pwhash(out, outlen, pw, strlen(pw), salt,
                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                         crypto_pwhash_ALG_DEFAULT);
}
