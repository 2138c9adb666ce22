package com.acme.auth.v2;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

public final class ModernPasswordHasher {
    private static final int ITERATIONS = 600_000;
    private static final byte[] SALT = "mamori-demo-salt".getBytes(StandardCharsets.UTF_8);

    public byte[] derive(char[] password) throws Exception {
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        PBEKeySpec spec = new PBEKeySpec(password, SALT, ITERATIONS, 256);
        try {
            return f.generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }
}
