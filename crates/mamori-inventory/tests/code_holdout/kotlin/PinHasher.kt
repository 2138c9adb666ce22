package io.acme.wallet

import javax.crypto.SecretKeyFactory
import javax.crypto.spec.PBEKeySpec

class PinHasher(private val iterations: Int = 310_000) {
    fun hash(pin: CharArray, salt: ByteArray): ByteArray {
        val factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        val spec = PBEKeySpec(pin, salt, iterations, 256)
        return factory.generateSecret(spec).encoded
    }
}
