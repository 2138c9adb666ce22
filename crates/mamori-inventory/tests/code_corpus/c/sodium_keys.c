#include <sodium.h>

int make_identity(unsigned char box_pk[crypto_box_PUBLICKEYBYTES],
                  unsigned char box_sk[crypto_box_SECRETKEYBYTES],
                  unsigned char sign_pk[crypto_sign_PUBLICKEYBYTES],
                  unsigned char sign_sk[crypto_sign_SECRETKEYBYTES])
{
    if (sodium_init() < 0)
        return -1;
    crypto_box_keypair(box_pk, box_sk);
    return crypto_sign_keypair(sign_pk, sign_sk);
}
