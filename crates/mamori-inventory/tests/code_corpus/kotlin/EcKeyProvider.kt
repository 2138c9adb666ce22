package com.acme.iot.provisioning

import java.security.KeyPairGenerator
import java.security.spec.ECGenParameterSpec

object EcKeyProvider {
    fun gatewayKey() = KeyPairGenerator.getInstance("EC").run {
        initialize(ECGenParameterSpec("secp384r1"))
        generateKeyPair()
    }
}
