package io.acme.tunnel

import java.security.KeyPairGenerator
import java.security.PublicKey
import java.security.spec.ECGenParameterSpec
import javax.crypto.KeyAgreement

class EcdhTunnel {
    private val keys = KeyPairGenerator.getInstance("EC").apply {
        initialize(ECGenParameterSpec("secp384r1"))
    }.generateKeyPair()

    fun sharedSecret(peer: PublicKey): ByteArray =
        KeyAgreement.getInstance("ECDH").run {
            init(keys.private)
            doPhase(peer, true)
            generateSecret()
        }
}
