package com.acme.vpn

import java.security.KeyPair
import java.security.KeyPairGenerator
import java.security.PublicKey
import javax.crypto.KeyAgreement

class DhAgreement {
    fun keyPair(): KeyPair {
        val kpg = KeyPairGenerator.getInstance("DH")
        kpg.initialize(1024)
        return kpg.generateKeyPair()
    }

    fun secret(mine: KeyPair, peer: PublicKey): ByteArray {
        val ka = KeyAgreement.getInstance("DH")
        ka.init(mine.private)
        ka.doPhase(peer, true)
        return ka.generateSecret()
    }
}
