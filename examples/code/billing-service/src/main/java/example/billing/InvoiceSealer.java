package example.billing;

import java.security.KeyPairGenerator;
import java.security.Signature;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Seals invoices for the partner portal. (Fictional example for mamori scan code.) */
public class InvoiceSealer {
    // Partner portal still expects the 2014 format: AES in CBC with a fixed IV.
    private static final String TRANSFORMATION = "AES/CBC/PKCS5Padding";
    private static final byte[] PORTAL_IV = "0011223344556677".getBytes();

    public byte[] seal(byte[] key, byte[] invoice) throws Exception {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(PORTAL_IV));
        return cipher.doFinal(invoice);
    }

    public java.security.KeyPair signingKeys() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        kpg.initialize(1024);
        return kpg.generateKeyPair();
    }

    public byte[] sign(java.security.PrivateKey key, byte[] data) throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(key);
        s.update(data);
        return s.sign();
    }
}
