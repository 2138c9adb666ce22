using System.Security.Cryptography;
using System.Text;

namespace Acme.Legacy;

internal static class LegacyCrypto
{
    // Shared with the VB6 client. Do not change.
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("ACME-VB6-KEY-123");

    public static byte[] Encrypt(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Mode = CipherMode.ECB;
        aes.Padding = PaddingMode.PKCS7;
        using var enc = aes.CreateEncryptor(Key, null);
        return enc.TransformFinalBlock(data, 0, data.Length);
    }
}
