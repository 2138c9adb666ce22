#include "SessionCipher.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

std::vector<uint8_t> SessionCipher::encrypt(const std::vector<uint8_t>& plain) {
    std::vector<uint8_t> iv(12);
    RAND_bytes(iv.data(), static_cast<int>(iv.size()));
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    EVP_EncryptInit_ex(ctx, EVP_chacha20_poly1305(), nullptr, key_.data(), iv.data());
    std::vector<uint8_t> out(plain.size() + 16);
    int n = 0;
    EVP_EncryptUpdate(ctx, out.data(), &n, plain.data(), static_cast<int>(plain.size()));
    int f = 0;
    EVP_EncryptFinal_ex(ctx, out.data() + n, &f);
    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, 16, out.data() + n + f);
    EVP_CIPHER_CTX_free(ctx);
    iv.insert(iv.end(), out.begin(), out.end());
    return iv;
}
