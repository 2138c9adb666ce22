package org.example.bc;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.Mac;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

public class BcHashing {
    public byte[] fingerprint(byte[] data) {
        Digest digest = new SHA256Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }
    public int etagSize() { return new MD5Digest().getDigestSize(); }

    public Mac mac(byte[] key) {
        Mac hmac = new HMac(new SHA256Digest());
        hmac.init(new KeyParameter(key));
        return hmac;
    }
}
