package com.acme.payments.legacy;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;

/**
 * Port of the old mainframe masking routine. Do not use for new data.
 */
public class LegacyCardMasker {
    private static final byte[] MASK_KEY = "0123456789abcdef".getBytes();

    public String mask(String pan) throws Exception {
        SecretKeySpec spec = new SecretKeySpec(MASK_KEY, "AES");
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, spec);
        return Base64.getEncoder().encodeToString(c.doFinal(pan.getBytes()));
    }
}
