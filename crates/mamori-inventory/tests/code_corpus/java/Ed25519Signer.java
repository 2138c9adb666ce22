package io.mesh.identity;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;

public class Ed25519Signer {
    private final KeyPair identity;

    public Ed25519Signer() throws Exception {
        identity = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    public byte[] sign(byte[] message) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(identity.getPrivate());
        s.update(message);
        return s.sign();
    }
}
