#include <openssl/ec.h>
#include <openssl/obj_mac.h>
#include <memory>

using EcKeyPtr = std::unique_ptr<EC_KEY, decltype(&EC_KEY_free)>;

EcKeyPtr makeDeviceKey() {
    EcKeyPtr key(EC_KEY_new_by_curve_name(NID_X9_62_prime256v1), EC_KEY_free);
    if (key && EC_KEY_generate_key(key.get()) != 1) {
        key.reset();
    }
    return key;
}
