using System.Security.Cryptography;

namespace Acme.Atm
{
    // Required by the switch protocol (ISO 9564 format 0 PIN blocks under 3DES).
    public static class SwitchCiphers
    {
        public static SymmetricAlgorithm PinBlockCipher() => TripleDES.Create();

        public static SymmetricAlgorithm ArchiveCipher() => DES.Create();
    }
}
