package com.acme.p2p;

import javax.crypto.KeyAgreement;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;

public class SessionKeyExchange {
    private final KeyPair local;

    public SessionKeyExchange() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("X25519");
        this.local = kpg.generateKeyPair();
    }

    public byte[] agree(PublicKey peer) throws Exception {
        KeyAgreement ka = KeyAgreement.getInstance("X25519");
        ka.init(local.getPrivate());
        ka.doPhase(peer, true);
        return ka.generateSecret();
    }
}
