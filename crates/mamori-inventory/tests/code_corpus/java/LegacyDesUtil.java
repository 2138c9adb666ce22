package com.acme.billing.util;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public final class LegacyDesUtil {
    private static final String TRANSFORMATION = "DES/CBC/PKCS5Padding";

    private LegacyDesUtil() {}

    public static byte[] decrypt(byte[] key, byte[] iv, byte[] data) throws Exception {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "DES"), new IvParameterSpec(iv));
        return cipher.doFinal(data);
    }
}
