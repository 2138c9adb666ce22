using System;
using System.Security.Cryptography;

namespace Acme.Identity;

public static class PasswordHasher
{
    private const int Iterations = 600_000;

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA512, 32);
        return $"{Iterations}.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(hash)}";
    }

    public static byte[] LegacyDerive(string password, byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(password, salt, 10000, HashAlgorithmName.SHA1);
        return kdf.GetBytes(32);
    }
}
