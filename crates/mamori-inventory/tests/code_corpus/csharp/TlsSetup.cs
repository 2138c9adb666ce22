using System.Net;
using System.Net.Http;
using System.Security.Authentication;

namespace Acme.Http
{
    public static class TlsSetup
    {
        // SecurityProtocolType.Ssl3 must never be re-enabled here.
        public static void ForLegacyMainframe()
        {
            ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;
        }

        public static HttpClientHandler ModernHandler() => new HttpClientHandler
        {
            SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        };
    }
}
