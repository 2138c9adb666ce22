#include <openssl/ec.h>
#include <openssl/obj_mac.h>

#include <vector>

class PeerKey {
public:
    explicit PeerKey(const std::vector<unsigned char>& point)
        : key_(EC_KEY_new_by_curve_name(NID_secp521r1)) {
        EC_KEY_oct2key(key_, point.data(), point.size(), nullptr);
    }
    ~PeerKey() { EC_KEY_free(key_); }

private:
    EC_KEY* key_;
};
