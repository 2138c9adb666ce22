#include <mbedtls/ctr_drbg.h>
#include <mbedtls/ecp.h>
#include <mbedtls/rsa.h>

int make_keys(mbedtls_rsa_context *rsa, mbedtls_ecp_group *grp, mbedtls_ctr_drbg_context *drbg)
{
    int ret = mbedtls_rsa_gen_key(rsa, mbedtls_ctr_drbg_random, drbg, 1024, 65537);
    if (ret != 0)
        return ret;
    return mbedtls_ecp_group_load(grp, MBEDTLS_ECP_DP_SECP256R1);
}
