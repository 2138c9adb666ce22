package io.chatapp.crypto

import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

class SessionCrypto(private val random: SecureRandom = SecureRandom()) {
    fun newSessionKey(): SecretKey = KeyGenerator.getInstance("AES").generateKey()

    // Cipher.getInstance("AES") would silently mean ECB; always spell out the mode.
    fun encrypt(key: SecretKey, message: ByteArray): Pair<ByteArray, ByteArray> {
        val nonce = ByteArray(12).also(random::nextBytes)
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, key, GCMParameterSpec(128, nonce))
        return nonce to cipher.doFinal(message)
    }
}
