package com.acme.http;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.net.Socket;

public class TlsClientFactory {

    public Socket open(String host, int port) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLSv1.2");
        ctx.init(null, null, null);
        SSLSocketFactory f = ctx.getSocketFactory();
        SSLSocket socket = (SSLSocket) f.createSocket(host, port);
        socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        socket.startHandshake();
        return socket;
    }
}
