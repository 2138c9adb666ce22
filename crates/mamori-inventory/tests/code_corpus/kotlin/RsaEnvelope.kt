package com.acme.payments

import java.security.PublicKey
import javax.crypto.Cipher

fun encryptCardNumber(acquirerKey: PublicKey, pan: String): ByteArray {
    val cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding")
    cipher.init(Cipher.ENCRYPT_MODE, acquirerKey)
    return cipher.doFinal(pan.toByteArray())
}
