using Xunit;

namespace Acme.Security.Tests;

public class CryptoPolicyTests
{
    [Theory]
    [InlineData("MD5", false)]
    [InlineData("SHA1", false)]
    [InlineData("SHA256", true)]
    public void HashPolicy_AllowsOnlyStrongHashes(string name, bool allowed) =>
        Assert.Equal(allowed, CryptoPolicy.IsAllowedHash(name));

    [Fact]
    public void Tls10_IsRejected() => Assert.False(CryptoPolicy.IsAllowedProtocol("Tls10"));
}
