#include <cstddef>
#include <memory>
#include <openssl/evp.h>

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

// RSA_generate_key(1024, ...) keys were rejected by the 2021 audit.
PkeyPtr MakeServerKey() {
    return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(3072)),
                   EVP_PKEY_free);
}
