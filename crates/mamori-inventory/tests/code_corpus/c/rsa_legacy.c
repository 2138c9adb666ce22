#include <openssl/bn.h>
#include <openssl/rsa.h>

RSA *legacy_keypair(void)
{
    RSA *rsa = RSA_new();
    BIGNUM *e = BN_new();

    BN_set_word(e, RSA_F4);
    if (!RSA_generate_key_ex(rsa, 1024, e, NULL)) {
        RSA_free(rsa);
        rsa = NULL;
    }
    BN_free(e);
    return rsa;
}
