using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Acme.Printers
{
    public static class PrinterClient
    {
        public static SslStream Connect(string host)
        {
            var client = new TcpClient(host, 9100);
            var stream = new SslStream(client.GetStream());
            stream.AuthenticateAsClient(host, null, SslProtocols.Tls11, true);
            return stream;
        }

        public static void AllowAncientRelay() => ServicePointManager.SecurityProtocol |= SecurityProtocolType.Ssl3;
    }
}
