package org.example.pki;

import java.security.KeyPair;
import java.security.KeyPairGenerator;

public class RsaKeys {
    /** Devices from 2012 only accept small keys. */
    public static KeyPair forLegacyDevice() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        kpg.initialize(1024);
        return kpg.generateKeyPair();
    }

    public static KeyPair forServer() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        kpg.initialize(3072);
        return kpg.generateKeyPair();
    }
}
