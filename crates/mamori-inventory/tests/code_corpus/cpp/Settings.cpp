#include <string>

struct TransportSettings {
    std::string cipher = "aes-256-gcm";
    std::string digest = "sha256";
    int rsaBits = 1024;  // shown in the UI only; keys come from the HSM
};

std::string Describe(const TransportSettings& s) {
    return "cipher=" + s.cipher + " digest=" + s.digest + " rsa=" + std::to_string(s.rsaBits);
}
