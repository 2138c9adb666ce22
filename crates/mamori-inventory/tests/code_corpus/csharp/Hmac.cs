using System.Security.Cryptography;
using System.Text;

namespace Acme.Webhooks
{
    public static class Signer
    {
        public static byte[] Sign(byte[] key, byte[] body)
        {
            using var hmac = new HMACSHA256(key);
            return hmac.ComputeHash(body);
        }

        public static byte[] SignV1(byte[] body)
        {
            using var hmac = new HMACMD5(Encoding.ASCII.GetBytes("legacy-secret"));
            return hmac.ComputeHash(body);
        }
    }
}
