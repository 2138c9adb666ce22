package com.acme.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds "acme.crypto.*". Supported values for cipher: "AES/GCM/NoPadding" (default).
 * The legacy value "DESede" is rejected at startup.
 */
@ConfigurationProperties(prefix = "acme.crypto")
public class CryptoSettings {
    private String cipher = System.getenv().getOrDefault("ACME_CIPHER", "default");
    private int keyRotationDays = 90;
    private boolean encryptAtRest = true;

    public String getCipher() { return cipher; }
    public void setCipher(String cipher) { this.cipher = cipher; }
    public int getKeyRotationDays() { return keyRotationDays; }
    public void setKeyRotationDays(int d) { this.keyRotationDays = d; }
    public boolean isEncryptAtRest() { return encryptAtRest; }
}
