package org.example.bc;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.AsymmetricCipherKeyPairGenerator;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;

public class BcEngine {
    public byte[] encryptBlock(byte[] key, byte[] block) {
        BlockCipher engine = new AESEngine();
        engine.init(true, new KeyParameter(key));
        byte[] out = new byte[16];
        engine.processBlock(block, 0, out, 0);
        return out;
    }

    public AsymmetricCipherKeyPair keyPair(RSAKeyGenerationParameters params) {
        AsymmetricCipherKeyPairGenerator gen = new RSAKeyPairGenerator();
        gen.init(params);
        return gen.generateKeyPair();
    }
}
