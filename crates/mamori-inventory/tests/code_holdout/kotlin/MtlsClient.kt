package io.acme.net

import javax.net.ssl.SSLContext
import javax.net.ssl.SSLSocket

fun openLegacyPrinterSocket(host: String): SSLSocket {
    // the label printers speak nothing newer than TLS 1.0
    val ctx = SSLContext.getInstance("TLSv1")
    ctx.init(null, null, null)
    val s = ctx.socketFactory.createSocket(host, 9443) as SSLSocket
    s.enabledProtocols = arrayOf("TLSv1", "TLSv1.1")
    return s
}
