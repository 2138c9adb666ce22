#include <stddef.h>
#include <openssl/md5.h>
#include <openssl/sha.h>

void fingerprints(const unsigned char *buf, size_t len,
                  unsigned char md5_out[MD5_DIGEST_LENGTH],
                  unsigned char sha1_out[SHA_DIGEST_LENGTH],
                  unsigned char sha256_out[SHA256_DIGEST_LENGTH])
{
    MD5(buf, len, md5_out);
    SHA1(buf, len, sha1_out);
    SHA256(buf, len, sha256_out);
}
