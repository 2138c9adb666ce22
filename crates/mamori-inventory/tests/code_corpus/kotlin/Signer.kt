package io.ledger.sign

import java.security.PrivateKey
import java.security.PublicKey
import java.security.Signature

class Signer(private val privateKey: PrivateKey) {
    fun sign(data: ByteArray): ByteArray = Signature.getInstance("SHA256withECDSA").run {
        initSign(privateKey)
        update(data)
        sign()
    }

    fun verifyLegacy(key: PublicKey, data: ByteArray, sig: ByteArray): Boolean {
        val verifier = Signature.getInstance("MD5withRSA")
        verifier.initVerify(key)
        verifier.update(data)
        return verifier.verify(sig)
    }
}
