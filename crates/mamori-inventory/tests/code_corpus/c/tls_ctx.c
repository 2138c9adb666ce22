#include <openssl/ssl.h>

SSL_CTX *make_client_ctx(int legacy_peer)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());

    if (ctx == NULL)
        return NULL;
    if (legacy_peer)
        SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
    else
        SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION);
    return ctx;
}
