package io.mesh.handshake;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import javax.crypto.KeyAgreement;

final class KeyExchange {
    private final KeyPair ephemeral;

    KeyExchange() throws Exception {
        this.ephemeral = KeyPairGenerator.getInstance("X25519").generateKeyPair();
    }

    byte[] sharedSecret(PublicKey peer) throws Exception {
        KeyAgreement agreement = KeyAgreement.getInstance("X25519");
        agreement.init(ephemeral.getPrivate());
        agreement.doPhase(peer, true);
        return agreement.generateSecret();
    }
}
