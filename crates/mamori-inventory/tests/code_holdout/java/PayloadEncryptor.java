package com.acme.vault.crypto;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.security.SecureRandom;

public final class PayloadEncryptor {
    private static final int TAG_BITS = 128;
    private static final int IV_LEN = 12;
    private final SecureRandom random = new SecureRandom();
    private final SecretKey key;

    public PayloadEncryptor(SecretKey key) {
        this.key = key;
    }

    public byte[] seal(byte[] plaintext, byte[] aad) throws Exception {
        byte[] iv = new byte[IV_LEN];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(aad);
        byte[] ct = cipher.doFinal(plaintext);
        return ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
    }
}
