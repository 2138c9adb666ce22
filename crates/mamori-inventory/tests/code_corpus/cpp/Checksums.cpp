#include <string>
#include <vector>
#include <openssl/evp.h>

// Backups: SHA-512 manifests. (Old manifests used EVP_md5(); see docs/migration.md.)
std::vector<unsigned char> ManifestDigest(const std::string& manifest) {
    std::vector<unsigned char> out(EVP_MAX_MD_SIZE);
    unsigned int len = 0;
    EVP_Digest(manifest.data(), manifest.size(), out.data(), &len, EVP_sha512(), nullptr);
    out.resize(len);
    return out;
}
