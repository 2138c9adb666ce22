using Xunit;

namespace Acme.Policy.Tests
{
    public class CryptoPolicyTests
    {
        private readonly CryptoPolicy _policy = CryptoPolicy.Default;

        [Fact]
        public void RejectsMd5() => Assert.False(_policy.Allows("MD5"));

        [Fact]
        public void RejectsTripleDes() => Assert.False(_policy.Allows("TripleDES"));

        [Theory]
        [InlineData("SHA256")]
        [InlineData("AES-256-GCM")]
        public void AcceptsModern(string name) => Assert.True(_policy.Allows(name));
    }
}
