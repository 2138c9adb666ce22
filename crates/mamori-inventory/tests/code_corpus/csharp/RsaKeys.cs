using System.Security.Cryptography;

namespace Acme.Pki
{
    public static class RsaKeys
    {
        // new RSACryptoServiceProvider(512) was the original default of this tool.
        public static string LegacyDeviceKeyXml()
        {
            using var rsa = new RSACryptoServiceProvider(1024);
            return rsa.ToXmlString(true);
        }

        public static byte[] ServerKeyPkcs8()
        {
            using var rsa = RSA.Create(2048);
            return rsa.ExportPkcs8PrivateKey();
        }
    }
}
