using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Acme.Backup
{
    public class Checksums
    {
        private readonly ILogger<Checksums> _log;
        public Checksums(ILogger<Checksums> log) => _log = log;

        // MD5.Create() was used here until 5.0.
        public byte[] Manifest(byte[] data)
        {
            _log.LogDebug("hashing manifest with SHA-512 (MD5 is disabled)");
            using var sha = SHA512.Create();
            return sha.ComputeHash(data);
        }
    }
}
