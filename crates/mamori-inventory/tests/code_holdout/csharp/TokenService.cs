using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Acme.Auth;

public class TokenService(IOptions<AuthOptions> options)
{
    public string Sign(string payload)
    {
        using var hmac = new HMACSHA256(options.Value.SigningKey);
        var sig = hmac.ComputeHash(Encoding.UTF8.GetBytes(payload));
        return Convert.ToBase64String(sig);
    }

    public static string LegacySign(byte[] key, string payload)
    {
        using var hmac = new HMACMD5(key);
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
    }
}
