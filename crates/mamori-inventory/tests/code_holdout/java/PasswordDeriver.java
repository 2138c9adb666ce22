package com.acme.users;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

public class PasswordDeriver {
    private static final byte[] SALT = {0x13, 0x37, 0x42, 0x00, 0x7f, 0x11, 0x22, 0x33};

    public byte[] derive(char[] password) throws Exception {
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1");
        PBEKeySpec spec = new PBEKeySpec(password, SALT, 1000, 256);
        try {
            return f.generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }
}
