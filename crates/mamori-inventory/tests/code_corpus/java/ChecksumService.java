package com.acme.storage;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ChecksumService {
    private static final Logger log = LoggerFactory.getLogger(ChecksumService.class);

    public String md5Checksum(byte[] blob) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md.digest(blob));
    }

    public boolean verify(byte[] blob, String expectedMd5) throws Exception {
        String actual = md5Checksum(blob);
        if (!actual.equals(expectedMd5)) {
            log.warn("MD5 mismatch: expected {} got {}", expectedMd5, actual);
            return false;
        }
        return true;
    }
}
