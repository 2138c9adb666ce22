package com.acme.content;

import java.security.MessageDigest;

/**
 * Content addressing. Older releases used MessageDigest.getInstance("MD5") here;
 * the MD5 fallback has been removed.
 */
public final class DigestWrapper {
    private static final String DIGEST = "SHA-256";

    public static byte[] address(byte[] content) throws Exception {
        return MessageDigest.getInstance(DIGEST).digest(content);
    }

    public static byte[] md5Fallback(byte[] content) {
        throw new UnsupportedOperationException("MD5 fallback removed in 4.0");
    }
}
