#include "mbedtls/md.h"
#include <vector>
#include <cstdint>

// Signs telemetry frames before they leave the device.
std::vector<uint8_t> hmacSha256(const std::vector<uint8_t>& key, const std::vector<uint8_t>& msg) {
    std::vector<uint8_t> out(32);
    int rc = mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256),
                             key.data(), key.size(), msg.data(), msg.size(), out.data());
    if (rc != 0) out.clear();
    return out;
}
