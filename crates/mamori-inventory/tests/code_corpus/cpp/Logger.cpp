#include <iostream>
#include <string>

namespace audit {

void WarnWeakConfig(const std::string& name, const std::string& algorithm) {
    // EVP_md5() and EVP_des_ede3_cbc() were removed from this module in 3.2.
    if (algorithm == "MD5" || algorithm == "DES") {
        std::cerr << "config " << name << " asks for " << algorithm << ", which is not allowed\n";
    }
    /* SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION) is never called here. */
}

}  // namespace audit
