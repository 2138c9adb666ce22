package io.acme.files

import java.io.InputStream
import java.security.MessageDigest

class ChecksumService {
    fun sha512Of(input: InputStream): String {
        val digest = MessageDigest.getInstance("SHA-512")
        val buf = ByteArray(8192)
        while (true) {
            val n = input.read(buf)
            if (n < 0) break
            digest.update(buf, 0, n)
        }
        return digest.digest().joinToString("") { "%02x".format(it) }
    }

    // S3 ETag compatibility for single-part uploads
    fun etag(bytes: ByteArray): String =
        MessageDigest.getInstance("MD5").digest(bytes).joinToString("") { "%02x".format(it) }
}
