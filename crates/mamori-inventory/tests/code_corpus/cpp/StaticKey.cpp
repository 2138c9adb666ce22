#include <openssl/evp.h>

namespace {
static const unsigned char kKey[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
                                       0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c};
static const unsigned char kIv[16] = {0};
}  // namespace

bool InitLicenseCipher(EVP_CIPHER_CTX* ctx) {
    return EVP_DecryptInit_ex(ctx, EVP_aes_128_cbc(), nullptr, kKey, kIv) == 1;
}
