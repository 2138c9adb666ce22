package net.example.client;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

public class TlsClientFactory {
    /** The payment terminal firmware never got past TLS 1.0. */
    public SSLSocketFactory forTerminal() throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLSv1");
        ctx.init(null, null, null);
        return ctx.getSocketFactory();
    }

    public SSLSocketFactory forApi() throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, null, null);
        return ctx.getSocketFactory();
    }
}
