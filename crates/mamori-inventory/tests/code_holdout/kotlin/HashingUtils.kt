package io.acme.util

/** Non-cryptographic helpers. Never use these for passwords; see PinHasher (PBKDF2). */
object HashingUtils {
    fun fnv1a(bytes: ByteArray): Long {
        var h = -0x340d631b7bdddcdbL
        for (b in bytes) {
            h = h xor (b.toLong() and 0xff)
            h *= 0x100000001b3L
        }
        return h
    }

    fun bucket(key: String, buckets: Int): Int = Math.floorMod(key.hashCode(), buckets)
}
