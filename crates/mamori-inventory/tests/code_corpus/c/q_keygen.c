#include <openssl/evp.h>

EVP_PKEY *server_rsa_key(void)
{
    return EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)2048);
}

EVP_PKEY *server_ec_key(void)
{
    return EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
}

EVP_PKEY *handshake_key(void)
{
    return EVP_PKEY_Q_keygen(NULL, NULL, "X25519");
}
