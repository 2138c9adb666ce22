using System.Collections.Generic;

namespace Acme.Releases
{
    public sealed class Artifact
    {
        public string Name { get; set; } = "";
        public string Md5Checksum { get; set; } = "";
        public string CommitSha1 { get; set; } = "";
        public override int GetHashCode() => Name.GetHashCode();
        public override bool Equals(object? obj) => obj is Artifact a && a.Name == Name;
    }

    public sealed class Inventory
    {
        private readonly Dictionary<string, Artifact> _byKey = new();
        private readonly HashSet<string> _seenHashes = new();

        public void Add(Artifact a)
        {
            _byKey[a.Name] = a;
            _seenHashes.Add(a.CommitSha1);
        }
    }
}
