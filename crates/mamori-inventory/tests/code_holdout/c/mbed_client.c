#include "mbedtls/ssl.h"
#include "mbedtls/sha256.h"

int setup_conf(mbedtls_ssl_config *conf)
{
    int ret = mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_CLIENT,
                                          MBEDTLS_SSL_TRANSPORT_STREAM,
                                          MBEDTLS_SSL_PRESET_DEFAULT);
    if (ret != 0)
        return ret;
    mbedtls_ssl_conf_min_tls_version(conf, MBEDTLS_SSL_VERSION_TLS1_2);
    mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
    return 0;
}

void fingerprint(const unsigned char *der, size_t len, unsigned char out[32])
{
    mbedtls_sha256(der, len, out, 0);
}
