package com.acme.kiosk

import javax.crypto.SecretKeyFactory
import javax.crypto.spec.PBEKeySpec

object PinDerivation {
    fun kioskKey(): ByteArray {
        val factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1")
        val spec = PBEKeySpec("admin123".toCharArray(), "pepper".toByteArray(), 10000, 128)
        return factory.generateSecret(spec).encoded
    }
}
