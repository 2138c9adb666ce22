using System.Security.Cryptography;
using System.Text;

namespace Acme.Export
{
    public class ExportCipher
    {
        private static readonly byte[] Key = Encoding.UTF8.GetBytes("0123456789abcdef");
        private static readonly byte[] Iv = Encoding.UTF8.GetBytes("abcdefghijklmnop");

        public byte[] Encrypt(byte[] data)
        {
            using var aes = Aes.Create();
            aes.Mode = CipherMode.CBC;
            using var enc = aes.CreateEncryptor(Key, Iv);
            return enc.TransformFinalBlock(data, 0, data.Length);
        }
    }
}
