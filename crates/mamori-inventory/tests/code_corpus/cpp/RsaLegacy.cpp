#include <memory>
#include <openssl/bn.h>
#include <openssl/rsa.h>

std::unique_ptr<RSA, decltype(&RSA_free)> LegacyKey() {
    std::unique_ptr<RSA, decltype(&RSA_free)> rsa(RSA_new(), RSA_free);
    std::unique_ptr<BIGNUM, decltype(&BN_free)> e(BN_new(), BN_free);
    BN_set_word(e.get(), RSA_F4);
    if (RSA_generate_key_ex(rsa.get(), 1024, e.get(), nullptr) != 1) {
        rsa.reset();
    }
    return rsa;
}
