#include <cstdint>
#include <string_view>

// xxHash-like mixing for the asset cache keys. Collisions only cost a cache miss,
// so a cryptographic hash (sha1, md5...) would be wasted cycles.
constexpr uint64_t mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

uint64_t assetKey(std::string_view path) {
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : path) h = mix(h ^ c);
    return h;
}
