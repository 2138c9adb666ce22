package com.acme.loyalty

import javax.crypto.Cipher
import javax.crypto.spec.SecretKeySpec

object LegacyToken {
    fun decode(token: ByteArray): ByteArray {
        val cipher = Cipher.getInstance("AES/ECB/PKCS5Padding")
        val key = SecretKeySpec("legacykey1234567".toByteArray(), "AES")
        cipher.init(Cipher.DECRYPT_MODE, key)
        return cipher.doFinal(token)
    }
}
