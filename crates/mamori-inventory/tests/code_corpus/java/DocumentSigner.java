package gov.records.sign;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

public class DocumentSigner {
    // Archive format v1 was signed with SHA-1; keep reading it, never write it.
    public byte[] signV1(PrivateKey key, byte[] doc) throws Exception {
        Signature sig = Signature.getInstance("SHA1withRSA");
        sig.initSign(key);
        sig.update(doc);
        return sig.sign();
    }

    public boolean verifyV2(PublicKey key, byte[] doc, byte[] signature) throws Exception {
        Signature sig = Signature.getInstance("SHA256withRSA");
        sig.initVerify(key);
        sig.update(doc);
        return sig.verify(signature);
    }
}
