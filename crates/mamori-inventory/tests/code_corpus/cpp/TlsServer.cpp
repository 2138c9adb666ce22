#include <openssl/ssl.h>
#include <string>

// SSLv3_method() support was dropped in release 7.
class TlsServer {
public:
    explicit TlsServer(bool allowOldClients) : ctx_(SSL_CTX_new(TLS_server_method())) {
        if (allowOldClients) {
            SSL_CTX_set_min_proto_version(ctx_, TLS1_1_VERSION);
        } else {
            SSL_CTX_set_min_proto_version(ctx_, TLS1_2_VERSION);
        }
    }
    ~TlsServer() { SSL_CTX_free(ctx_); }

private:
    SSL_CTX* ctx_;
};
