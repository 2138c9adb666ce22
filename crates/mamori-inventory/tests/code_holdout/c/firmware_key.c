#include <openssl/evp.h>

/* Key baked into the bootloader; cannot change without a recall. */
static const unsigned char fw_key[16] = {
    0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
    0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c
};
static const unsigned char fw_iv[16] = { 0 };

int decrypt_image(const unsigned char *in, int len, unsigned char *out)
{
    int n, f;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    EVP_DecryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, fw_key, fw_iv);
    EVP_DecryptUpdate(ctx, out, &n, in, len);
    EVP_DecryptFinal_ex(ctx, out + n, &f);
    EVP_CIPHER_CTX_free(ctx);
    return n + f;
}
