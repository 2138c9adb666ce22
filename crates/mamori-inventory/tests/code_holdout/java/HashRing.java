package com.acme.cluster;

import java.util.SortedMap;
import java.util.TreeMap;

/** Consistent hashing ring; uses String.hashCode, not a cryptographic digest. */
public class HashRing<T> {
    private final SortedMap<Integer, T> ring = new TreeMap<>();
    private final int replicas;

    public HashRing(int replicas) {
        this.replicas = replicas;
    }

    public void add(String id, T node) {
        for (int i = 0; i < replicas; i++) {
            ring.put((id + "#" + i).hashCode(), node);
        }
    }

    public T nodeFor(String key) {
        int h = key.hashCode();
        SortedMap<Integer, T> tail = ring.tailMap(h);
        return ring.get(tail.isEmpty() ? ring.firstKey() : tail.firstKey());
    }
}
