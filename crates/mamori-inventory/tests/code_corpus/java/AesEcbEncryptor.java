package com.acme.legacy.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts settlement records for the mainframe bridge. The bridge still
 * expects AES in ECB mode; DES was retired in 2019 (see TICKET-4411).
 */
public final class AesEcbEncryptor {
    private final SecretKeySpec key;

    public AesEcbEncryptor(byte[] rawKey) {
        this.key = new SecretKeySpec(rawKey, "AES");
    }

    public byte[] encrypt(byte[] record) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(record);
    }
}
