using System.Security.Cryptography;

namespace Acme.Licensing;

public static class OldRsa
{
    public static string NewLicenseKeyXml()
    {
        using var rsa = new RSACryptoServiceProvider(1024);
        return rsa.ToXmlString(includePrivateParameters: true);
    }

    public static byte[] Sign(RSA rsa, byte[] data) =>
        rsa.SignData(data, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
}
