#include <openssl/evp.h>

namespace identity {

EVP_PKEY* NewSessionKey() {
    return EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
}

EVP_PKEY* NewSigningKey() {
    return EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
}

}  // namespace identity
