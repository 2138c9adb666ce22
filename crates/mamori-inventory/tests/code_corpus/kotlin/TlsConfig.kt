package net.acme.http

import javax.net.ssl.SSLContext

// "SSLv3" support was removed in 2.0.
object TlsConfig {
    val printerContext: SSLContext by lazy {
        SSLContext.getInstance("TLSv1.1").apply { init(null, null, null) }
    }

    val defaultContext: SSLContext by lazy {
        SSLContext.getInstance("TLSv1.2").apply { init(null, null, null) }
    }
}
