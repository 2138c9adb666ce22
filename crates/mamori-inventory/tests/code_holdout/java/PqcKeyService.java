package com.acme.pqc;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;

/** Experimental post-quantum keys; requires JDK 24+. */
public class PqcKeyService {

    public KeyPair signingPair() throws Exception {
        return KeyPairGenerator.getInstance("ML-DSA-65").generateKeyPair();
    }

    public KeyPair kemPair() throws Exception {
        return KeyPairGenerator.getInstance("ML-KEM-768").generateKeyPair();
    }

    public byte[] sign(KeyPair pair, byte[] msg) throws Exception {
        Signature sig = Signature.getInstance("ML-DSA");
        sig.initSign(pair.getPrivate());
        sig.update(msg);
        return sig.sign();
    }
}
