package com.acme.policy

import kotlin.test.Test
import kotlin.test.assertFalse
import kotlin.test.assertTrue

class CryptoPolicyTest {
    private val policy = CryptoPolicy.default()

    @Test
    fun `rejects MD5 digests`() = assertFalse(policy.allowsDigest("MD5"))

    @Test
    fun `rejects DES and RC4 ciphers`() {
        assertFalse(policy.allowsCipher("DES"))
        assertFalse(policy.allowsCipher("RC4"))
    }

    @Test
    fun `accepts AES-GCM`() = assertTrue(policy.allowsCipher("AES/GCM/NoPadding"))
}
