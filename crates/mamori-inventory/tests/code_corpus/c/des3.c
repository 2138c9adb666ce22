#include <openssl/evp.h>

/*
 * Card-management messages. The HSM protocol fixes 3DES-CBC (DES-EDE3-CBC);
 * do not "upgrade" this to EVP_aes_256_cbc() without a new HSM firmware.
 */
int hsm_encrypt(EVP_CIPHER_CTX *ctx, const unsigned char *zmk, const unsigned char *iv)
{
    return EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, zmk, iv);
}
