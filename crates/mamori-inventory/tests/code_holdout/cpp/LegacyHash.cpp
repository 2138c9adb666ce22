#include <openssl/sha.h>
#include <openssl/rc4.h>
#include <string>

// Compatibility with the v1 save-game format.
std::string saveChecksum(const std::string& blob) {
    unsigned char md[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(blob.data()), blob.size(), md);
    return std::string(reinterpret_cast<char*>(md), sizeof md);
}

void scrambleSave(std::string& blob, const std::string& key) {
    RC4_KEY rc4;
    RC4_set_key(&rc4, static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(key.data()));
    RC4(&rc4, blob.size(), reinterpret_cast<const unsigned char*>(blob.data()),
        reinterpret_cast<unsigned char*>(&blob[0]));
}
