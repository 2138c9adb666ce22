package io.acme.legacy

import javax.crypto.Cipher
import javax.crypto.spec.IvParameterSpec
import javax.crypto.spec.SecretKeySpec
import java.util.Base64

private const val LEGACY_KEY = "s3cr3tk3y-2015!!"
private val LEGACY_IV = byteArrayOf(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)

class LegacyConfigDecryptor {
    fun decrypt(encoded: String): String {
        val cipher = Cipher.getInstance("AES/CBC/PKCS5Padding")
        val key = SecretKeySpec(LEGACY_KEY.toByteArray(), "AES")
        cipher.init(Cipher.DECRYPT_MODE, key, IvParameterSpec(LEGACY_IV))
        return String(cipher.doFinal(Base64.getDecoder().decode(encoded)))
    }
}
