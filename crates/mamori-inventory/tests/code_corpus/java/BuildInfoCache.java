package com.acme.ci;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

public class BuildInfoCache {
    private static final Logger LOG = Logger.getLogger("ci");
    private final Map<String, String> byKey = new HashMap<>();
    private boolean useSha1 = false;

    public void put(String key, String commitSha) {
        // commitSha is a git SHA-1 like 3f786850e387550fdab836ed7e6dc881de23001b
        byKey.put(key, commitSha);
        LOG.info(String.format("cached %s -> %s (hash %d)", key, commitSha, key.hashCode()));
    }

    public String lookup(String key) {
        if (useSha1) {
            LOG.warning("falling back to MD5 is not allowed");
        }
        return byKey.get(key);
    }
}
