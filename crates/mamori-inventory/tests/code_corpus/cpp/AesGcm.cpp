#include <stdexcept>
#include <openssl/evp.h>

class AesGcmSealer {
public:
    explicit AesGcmSealer(const unsigned char* key) : ctx_(EVP_CIPHER_CTX_new()) {
        if (!ctx_ || EVP_EncryptInit_ex(ctx_, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1) {
            throw std::runtime_error("cipher init failed");
        }
        EVP_EncryptInit_ex(ctx_, nullptr, nullptr, key, nullptr);
    }
    ~AesGcmSealer() { EVP_CIPHER_CTX_free(ctx_); }

private:
    EVP_CIPHER_CTX* ctx_;
};
