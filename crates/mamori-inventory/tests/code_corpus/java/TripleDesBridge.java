package com.bank.atm;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

/** PIN blocks to the switch. TODO(sec-221): replace 3DES with AES once the switch supports it. */
public class TripleDesBridge {
    private final SecretKey zoneKey;

    public TripleDesBridge(SecretKey zoneKey) {
        this.zoneKey = zoneKey;
    }

    public byte[] encryptPinBlock(byte[] pinBlock, byte[] iv) throws Exception {
        Cipher cipher = Cipher.getInstance("DESede/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, zoneKey, new IvParameterSpec(iv));
        return cipher.doFinal(pinBlock);
    }
}
