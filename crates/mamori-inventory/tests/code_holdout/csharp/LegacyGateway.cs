using System.Net;
using System.Net.Http;
using System.Security.Cryptography;

namespace Acme.Integrations;

public static class LegacyGateway
{
    public static HttpClient Create()
    {
        // The insurer's SOAP endpoint only negotiates TLS 1.0.
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;
        return new HttpClient { BaseAddress = new("https://soap.insurer.example/") };
    }

    public static byte[] EncryptBatch(byte[] key, byte[] iv, byte[] data)
    {
        using var tdes = TripleDES.Create();
        return tdes.CreateEncryptor(key, iv).TransformFinalBlock(data, 0, data.Length);
    }
}
