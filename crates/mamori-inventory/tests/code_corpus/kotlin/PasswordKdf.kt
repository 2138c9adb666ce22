package io.vault.kdf

import javax.crypto.SecretKeyFactory
import javax.crypto.spec.PBEKeySpec

class PasswordKdf {
    fun derive(password: CharArray, salt: ByteArray): ByteArray {
        val factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
        val spec = PBEKeySpec(password, salt, 210_000, 512)
        return factory.generateSecret(spec).encoded
    }
}
