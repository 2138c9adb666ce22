package com.acme.iot.provisioning

import java.security.KeyPair
import java.security.KeyPairGenerator

class DeviceKeys {
    // TODO: move sensors to EC keys ("secp256r1") once firmware 4 ships.
    fun forSensor(): KeyPair {
        val generator = KeyPairGenerator.getInstance("RSA").apply {
            initialize(1024)
        }
        return generator.generateKeyPair()
    }
}
