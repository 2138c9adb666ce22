package com.acme.envelope;

import java.security.PublicKey;
import javax.crypto.Cipher;

public class RsaEnvelope {
    public byte[] wrapForHsm(PublicKey hsmKey, byte[] sessionKey) throws Exception {
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        rsa.init(Cipher.WRAP_MODE, hsmKey);
        return rsa.doFinal(sessionKey);
    }

    /** Kept for the 2015 card readers, which cannot do OAEP. */
    public byte[] wrapForCardReader(PublicKey readerKey, byte[] pin) throws Exception {
        Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        rsa.init(Cipher.ENCRYPT_MODE, readerKey);
        return rsa.doFinal(pin);
    }
}
