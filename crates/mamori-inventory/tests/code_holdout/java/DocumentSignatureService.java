package com.acme.docs;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class DocumentSignatureService {
    private static final Logger log = LoggerFactory.getLogger(DocumentSignatureService.class);

    public byte[] sign(PrivateKey key, byte[] doc) throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(key);
        s.update(doc);
        return s.sign();
    }

    public boolean verifyLegacy(PublicKey key, byte[] doc, byte[] sig) throws Exception {
        log.warn("verifying legacy SHA1withRSA signature for archived document");
        Signature s = Signature.getInstance("SHA1withRSA");
        s.initVerify(key);
        s.update(doc);
        return s.verify(sig);
    }
}
