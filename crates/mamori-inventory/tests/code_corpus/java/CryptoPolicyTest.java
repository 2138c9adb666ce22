package com.acme.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CryptoPolicyTest {
    private final CryptoPolicy policy = CryptoPolicy.defaults();

    @Test
    void testMd5IsRejected() {
        assertFalse(policy.allowsDigest("MD5"));
    }

    @Test
    void shouldNotUseSha1ForSignatures() {
        assertFalse(policy.allowsSignature("SHA1withRSA"));
    }

    @Test
    void defaultTransformationIsGcm() {
        assertEquals("AES/GCM/NoPadding", policy.defaultTransformation());
    }
}
