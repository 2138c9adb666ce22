#include <openssl/ec.h>
#include <openssl/obj_mac.h>

/* Loads a peer's public point received in the handshake. */
EC_KEY *peer_key_p256(const unsigned char *point, size_t len)
{
    EC_KEY *key = EC_KEY_new_by_curve_name(NID_X9_62_prime256v1);
    if (key != NULL && !EC_KEY_oct2key(key, point, len, NULL)) {
        EC_KEY_free(key);
        return NULL;
    }
    return key;
}

EC_KEY *empty_p384_key(void)
{
    return EC_KEY_new_by_curve_name(NID_secp384r1);
}
