package dev.hooks.github

import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

/** GitHub still sends the X-Hub-Signature (HMAC-SHA1) header for old hooks. */
class WebhookVerifier(private val secret: ByteArray) {
    fun signature(body: ByteArray): ByteArray {
        val mac = Mac.getInstance("HmacSHA1")
        mac.init(SecretKeySpec(secret, "HmacSHA1"))
        return mac.doFinal(body)
    }
}
