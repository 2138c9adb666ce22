using System;
using System.IO;
using System.Security.Cryptography;

namespace Acme.Storage;

public static class ContentHasher
{
    public static string Sha256Hex(Stream stream)
    {
        using var sha = SHA256.Create();
        return Convert.ToHexString(sha.ComputeHash(stream)).ToLowerInvariant();
    }

    // Azure Blob's Content-MD5 header
    public static byte[] ContentMd5(byte[] data) => MD5.HashData(data);
}
