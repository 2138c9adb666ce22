#include <sodium.h>
#include <vector>

// Caller checks CPU support at startup.
std::vector<unsigned char> sealAes(const std::vector<unsigned char>& msg, const unsigned char* key) {
    std::vector<unsigned char> out(12 + msg.size() + 16);
    randombytes_buf(out.data(), 12);
    unsigned long long clen = 0;
    crypto_aead_aes256gcm_encrypt(out.data() + 12, &clen, msg.data(), msg.size(),
                                  nullptr, 0, nullptr, out.data(), key);
    out.resize(12 + clen);
    return out;
}
