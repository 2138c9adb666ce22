using System;
using System.Security.Cryptography;

namespace Acme.Data.Protection;

public sealed class FieldEncryptor
{
    private readonly byte[] _key;

    public FieldEncryptor(byte[] key) => _key = key;

    public byte[] Encrypt(ReadOnlySpan<byte> plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var ct = new byte[plaintext.Length];
        using var aes = new AesGcm(_key, 16);
        aes.Encrypt(nonce, plaintext, ct, tag);
        return [.. nonce, .. tag, .. ct];
    }
}
