#include <string.h>
#include <openssl/des.h>

void decrypt_tape_block(const unsigned char key8[8], const unsigned char in[8], unsigned char out[8])
{
    DES_cblock keyblock;
    DES_key_schedule schedule;

    memcpy(keyblock, key8, 8);
    DES_set_key(&keyblock, &schedule);
    DES_ecb_encrypt((const_DES_cblock *)in, (DES_cblock *)out, &schedule, DES_DECRYPT);
}
