package io.acme.auth

import java.security.KeyPair
import java.security.KeyPairGenerator
import java.security.Signature

class JwtKeyProvider {
    private val pair: KeyPair = KeyPairGenerator.getInstance("RSA").run {
        initialize(3072)
        generateKeyPair()
    }

    fun signRs256(signingInput: ByteArray): ByteArray {
        val sig = Signature.getInstance("SHA256withRSA")
        sig.initSign(pair.private)
        sig.update(signingInput)
        return sig.sign()
    }
}
