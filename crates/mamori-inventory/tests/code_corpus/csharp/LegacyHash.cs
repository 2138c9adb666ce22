using System.Security.Cryptography;
using System.Text;

namespace Acme.Legacy
{
    internal sealed class LegacyHash
    {
        public byte[] DeviceIdV1(string serialNumber)
        {
            using (var sha = new SHA1Managed())
            {
                return sha.ComputeHash(Encoding.UTF8.GetBytes(serialNumber));
            }
        }

        public byte[] Fingerprint(byte[] data)
        {
            using var sha1 = SHA1.Create();
            return sha1.ComputeHash(data);
        }
    }
}
