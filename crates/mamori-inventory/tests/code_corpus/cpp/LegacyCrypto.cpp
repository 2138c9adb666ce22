#include <openssl/evp.h>

namespace legacy {

// The clearing house still wants 3DES and MD5 message digests (spec v2.1, 2003).
bool InitClearingCipher(EVP_CIPHER_CTX* ctx, const unsigned char* key, const unsigned char* iv) {
    return EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), nullptr, key, iv) == 1;
}

bool InitClearingDigest(EVP_MD_CTX* ctx) {
    return EVP_DigestInit_ex(ctx, EVP_md5(), nullptr) == 1;
}

}  // namespace legacy
