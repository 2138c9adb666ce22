package com.acme.storage.bc;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

public class BcStreamCipher {

    public byte[] encrypt(byte[] key, byte[] nonce, byte[] data) throws Exception {
        GCMBlockCipher gcm = new GCMBlockCipher(new AESEngine());
        gcm.init(true, new AEADParameters(new KeyParameter(key), 128, nonce));
        byte[] out = new byte[gcm.getOutputSize(data.length)];
        int n = gcm.processBytes(data, 0, data.length, out, 0);
        gcm.doFinal(out, n);
        return out;
    }

    public byte[] chunkTag(byte[] macKey, byte[] chunk) {
        HMac hmac = new HMac(new SHA256Digest());
        hmac.init(new KeyParameter(macKey));
        hmac.update(chunk, 0, chunk.length);
        byte[] tag = new byte[hmac.getMacSize()];
        hmac.doFinal(tag, 0);
        return tag;
    }
}
