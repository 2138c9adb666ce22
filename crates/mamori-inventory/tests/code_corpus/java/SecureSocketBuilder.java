package org.example.mail;

import javax.net.ssl.SSLContext;

public class SecureSocketBuilder {
    private boolean allowSslv3 = false;

    public SSLContext build() throws Exception {
        if (allowSslv3) {
            // Only for the 2009 mail relay in the basement.
            SSLContext legacy = SSLContext.getInstance("SSLv3");
            legacy.init(null, null, null);
            return legacy;
        }
        SSLContext ctx = SSLContext.getInstance("TLSv1.2");
        ctx.init(null, null, null);
        return ctx;
    }
}
