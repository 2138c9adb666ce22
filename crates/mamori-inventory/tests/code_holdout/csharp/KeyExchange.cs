using System.Security.Cryptography;

namespace Acme.Messaging;

public sealed class KeyExchange : System.IDisposable
{
    private readonly ECDiffieHellman _ecdh = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP384);

    public byte[] PublicKey => _ecdh.ExportSubjectPublicKeyInfo();

    public byte[] Derive(ECDiffieHellmanPublicKey peer) =>
        _ecdh.DeriveRawSecretAgreement(peer);

    public void Dispose() => _ecdh.Dispose();
}
