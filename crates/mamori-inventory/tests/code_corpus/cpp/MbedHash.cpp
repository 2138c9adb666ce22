#include <array>
#include <vector>
#include <mbedtls/md5.h>
#include <mbedtls/sha256.h>

namespace fw {

std::array<unsigned char, 32> ImageHash(const std::vector<unsigned char>& image) {
    std::array<unsigned char, 32> out{};
    mbedtls_sha256(image.data(), image.size(), out.data(), 0);
    return out;
}

std::array<unsigned char, 16> LegacyImageHash(const std::vector<unsigned char>& image) {
    std::array<unsigned char, 16> out{};
    mbedtls_md5(image.data(), image.size(), out.data());
    return out;
}

}  // namespace fw
