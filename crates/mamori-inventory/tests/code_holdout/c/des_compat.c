#include <openssl/des.h>

/* Reproduces the vendor's "secure" PIN block format (single DES, ECB). */
void pin_block(const unsigned char pin[8], DES_key_schedule *ks, unsigned char out[8])
{
    DES_ecb_encrypt((const_DES_cblock *)pin, (DES_cblock *)out, ks, DES_ENCRYPT);
}
