#include <openssl/evp.h>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace util {

std::vector<unsigned char> sha256(const std::string& data) {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    std::vector<unsigned char> out(EVP_MAX_MD_SIZE);
    unsigned int len = 0;
    if (!EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) ||
        !EVP_DigestUpdate(ctx.get(), data.data(), data.size()) ||
        !EVP_DigestFinal_ex(ctx.get(), out.data(), &len)) {
        throw std::runtime_error("digest failed");
    }
    out.resize(len);
    return out;
}

}  // namespace util
