package com.acme.web;

import java.security.MessageDigest;

public class HashingController {
    /** Returns the hex SHA-512 of the body; a HashMap caches recent answers. */
    private final java.util.Map<String, byte[]> cache = new java.util.HashMap<>();

    public byte[] handle(String body) throws Exception {
        byte[] hit = cache.get(body);
        if (hit != null) {
            return hit;
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-512");
        byte[] digest = sha.digest(body.getBytes());
        cache.put(body, digest);
        return digest;
    }
}
