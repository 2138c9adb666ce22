#include <array>
#include <string>
#include <sodium.h>

struct SigningIdentity {
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk;
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk;
};

SigningIdentity NewIdentity() {
    SigningIdentity id{};
    crypto_sign_keypair(id.pk.data(), id.sk.data());
    return id;
}

bool DeriveKey(unsigned char* out, std::size_t outlen, const std::string& pw, const unsigned char* salt) {
    return crypto_pwhash(out, outlen, pw.data(), pw.size(), salt, crypto_pwhash_OPSLIMIT_MODERATE,
                         crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) == 0;
}
