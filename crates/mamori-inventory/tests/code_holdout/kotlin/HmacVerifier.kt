package io.acme.webhooks

import io.ktor.server.application.*
import io.ktor.server.request.*
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

class HmacVerifier(private val secret: ByteArray) {
    fun verify(payload: ByteArray, header: String?): Boolean {
        if (header == null) return false
        val mac = Mac.getInstance("HmacSHA1")
        mac.init(SecretKeySpec(secret, mac.algorithm))
        val expected = "sha1=" + mac.doFinal(payload).joinToString("") { "%02x".format(it) }
        return java.security.MessageDigest.isEqual(expected.toByteArray(), header.toByteArray())
    }
}
