#include <openssl/evp.h>
#include <string>

namespace {
// obfuscated in the binary, but still the same for every customer
const unsigned char kLicenseKey[24] = {'L','I','C','-','K','E','Y','-','2','0','1','9',
                                       '-','A','C','M','E','-','P','R','O','-','X','X'};
const unsigned char kLicenseIv[8] = {0, 1, 2, 3, 4, 5, 6, 7};
}

bool decryptLicense(const std::string& blob, std::string& out) {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    EVP_DecryptInit_ex(ctx, EVP_des_ede3_cbc(), nullptr, kLicenseKey, kLicenseIv);
    out.resize(blob.size() + 8);
    int n = 0, f = 0;
    EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(&out[0]), &n,
                      reinterpret_cast<const unsigned char*>(blob.data()), static_cast<int>(blob.size()));
    bool ok = EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(&out[n]), &f) == 1;
    out.resize(n + f);
    EVP_CIPHER_CTX_free(ctx);
    return ok;
}
