#include <openssl/ssl.h>
#include <stdexcept>

class TlsContext {
public:
    TlsContext() : ctx_(SSL_CTX_new(TLS_client_method())) {
        if (!ctx_) throw std::runtime_error("SSL_CTX_new");
        SSL_CTX_set_min_proto_version(ctx_, TLS1_3_VERSION);
        SSL_CTX_set_default_verify_paths(ctx_);
    }
    ~TlsContext() { SSL_CTX_free(ctx_); }
    SSL_CTX* get() const { return ctx_; }

private:
    SSL_CTX* ctx_;
};
