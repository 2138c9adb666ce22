using System.Security.Cryptography;

namespace Acme.Auth
{
    public static class PasswordKeys
    {
        public static byte[] LegacyHash(string password, byte[] salt)
        {
            using var kdf = new Rfc2898DeriveBytes(password, salt, 1000, HashAlgorithmName.SHA1);
            return kdf.GetBytes(32);
        }

        public static byte[] Hash(string password, byte[] salt) =>
            Rfc2898DeriveBytes.Pbkdf2(password, salt, 600000, HashAlgorithmName.SHA256, 32);
    }
}
