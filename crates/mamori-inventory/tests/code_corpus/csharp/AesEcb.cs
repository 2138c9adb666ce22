using System.Security.Cryptography;

namespace Acme.Cards
{
    public static class PanTokenizer
    {
        public static byte[] Tokenize(byte[] key, byte[] pan)
        {
            using var aes = Aes.Create();
            aes.Key = key;
            aes.Mode = CipherMode.ECB;
            aes.Padding = PaddingMode.PKCS7;
            using var encryptor = aes.CreateEncryptor();
            return encryptor.TransformFinalBlock(pan, 0, pan.Length);
        }
    }
}
