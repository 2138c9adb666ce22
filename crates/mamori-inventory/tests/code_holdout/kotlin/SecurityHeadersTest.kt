package io.acme.web

import kotlin.test.Test
import kotlin.test.assertTrue

class SecurityHeadersTest {
    @Test
    fun `rejects TLSv1 and RC4 in handshake summary`() {
        val summary = "protocol=TLSv1 cipher=RC4-SHA"
        assertTrue(HandshakeAudit.isWeak(summary))
    }

    @Test
    fun `AES GCM with TLSv1_3 is fine`() {
        assertTrue(!HandshakeAudit.isWeak("protocol=TLSv1.3 cipher=TLS_AES_128_GCM_SHA256"))
    }
}
