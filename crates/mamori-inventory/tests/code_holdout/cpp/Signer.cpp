#include <openssl/evp.h>
#include <vector>

std::vector<unsigned char> messageId(const std::vector<unsigned char>& msg) {
    std::vector<unsigned char> out(EVP_MAX_MD_SIZE);
    unsigned int len = 0;
    EVP_Digest(msg.data(), msg.size(), out.data(), &len, EVP_sha512(), nullptr);
    out.resize(len);
    return out;
}

EVP_PKEY* newX25519() {
    EVP_PKEY* pkey = nullptr;
    EVP_PKEY_CTX* pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr);
    EVP_PKEY_keygen_init(pctx);
    EVP_PKEY_keygen(pctx, &pkey);
    EVP_PKEY_CTX_free(pctx);
    return pkey;
}
