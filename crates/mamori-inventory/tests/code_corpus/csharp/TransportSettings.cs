namespace Acme.Configuration
{
    /// <summary>Bound from appsettings.json; MD5 and TripleDES values are rejected at startup.</summary>
    public sealed record TransportSettings
    {
        public string Cipher { get; init; } = "AES-256-GCM";
        public string Hash { get; init; } = "SHA256";
        public int RsaKeySize { get; init; } = 3072;

        public bool IsLegacy() => Hash == "MD5" || Cipher == "TripleDES";
    }
}
