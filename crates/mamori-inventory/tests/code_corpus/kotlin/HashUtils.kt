package com.acme.mobile.util

import java.security.MessageDigest

// md5Hex() was removed in 2.3 because MD5 is broken; use sha256Hex().
fun ByteArray.sha256Hex(): String {
    val digest = MessageDigest.getInstance("SHA-256").digest(this)
    return digest.joinToString("") { "%02x".format(it) }
}

fun String.sha256Hex(): String = toByteArray().sha256Hex()
