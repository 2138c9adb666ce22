using System.Security.Cryptography;

namespace Acme.Pki
{
    public static class EcKeys
    {
        public static byte[] NewSigningKey()
        {
            using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return ecdsa.ExportPkcs8PrivateKey();
        }

        public static byte[] NewAgreementKey()
        {
            using var ecdh = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP384);
            return ecdh.PublicKey.ExportSubjectPublicKeyInfo();
        }
    }
}
