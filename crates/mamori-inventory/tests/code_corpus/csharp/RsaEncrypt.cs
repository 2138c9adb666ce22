using System.Security.Cryptography;

namespace Acme.Envelope
{
    public static class KeyWrap
    {
        public static byte[] ForCardReader(RSA readerKey, byte[] sessionKey) =>
            readerKey.Encrypt(sessionKey, RSAEncryptionPadding.Pkcs1);

        public static byte[] ForHsm(RSA hsmKey, byte[] sessionKey) =>
            hsmKey.Encrypt(sessionKey, RSAEncryptionPadding.OaepSHA256);
    }
}
