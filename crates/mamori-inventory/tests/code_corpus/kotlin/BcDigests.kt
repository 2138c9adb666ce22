package com.acme.bc

import org.bouncycastle.crypto.digests.SHA1Digest
import org.bouncycastle.crypto.digests.SHA256Digest

// Git object ids are SHA-1; content ids are SHA-256.
fun gitObjectId(data: ByteArray): ByteArray {
    val d = SHA1Digest()
    d.update(data, 0, data.size)
    return ByteArray(d.digestSize).also { d.doFinal(it, 0) }
}

fun contentId(data: ByteArray): ByteArray {
    val d = SHA256Digest()
    d.update(data, 0, data.size)
    return ByteArray(d.digestSize).also { d.doFinal(it, 0) }
}
