#include <string>
#include <vector>
#include <openssl/evp.h>
#include <openssl/hmac.h>

std::vector<unsigned char> SignLegacy(const std::vector<unsigned char>& key, const std::string& msg) {
    std::vector<unsigned char> out(EVP_MAX_MD_SIZE);
    unsigned int len = 0;
    HMAC(EVP_sha1(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char*>(msg.data()), msg.size(), out.data(), &len);
    out.resize(len);
    return out;
}
