#include <openssl/ssl.h>

/* Built only with -DWITH_OLD_PRINTERS for the 2006 print servers. */
SSL_CTX *printer_ctx(void)
{
    return SSL_CTX_new(TLSv1_method());
}

/* TLSv1_2_method() would be better, but the firmware cannot do it. */
SSL_CTX *ancient_printer_ctx(void)
{
    return SSL_CTX_new(SSLv3_method());
}
