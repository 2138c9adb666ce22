using System.Security.Cryptography;

namespace Acme.Keys;

public static class KeyVaultLocal
{
    public static RSA NewSigningKey() => RSA.Create(3072);

    public static ECDsa NewDeviceKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public static byte[] SignReport(RSA key, byte[] report) =>
        key.SignData(report, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    public static byte[] WrapForPartner(RSA partnerKey, byte[] dataKey) =>
        partnerKey.Encrypt(dataKey, RSAEncryptionPadding.Pkcs1);

    public static byte[] Wrap(RSA key, byte[] dataKey) =>
        key.Encrypt(dataKey, RSAEncryptionPadding.OaepSHA256);
}
