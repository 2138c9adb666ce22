namespace Acme.Configuration;

/// <summary>
/// Options bound from "Encryption". Example:
///   "Encryption": { "Algorithm": "AES-256-GCM", "KeyRotationDays": 90 }
/// Setting Algorithm to "TripleDES" fails validation since 5.2.
/// </summary>
public sealed class EncryptionOptions
{
    public string Algorithm { get; set; } = string.Empty;
    public int KeyRotationDays { get; set; } = 90;
    public string? KeyVaultUri { get; set; }
}
