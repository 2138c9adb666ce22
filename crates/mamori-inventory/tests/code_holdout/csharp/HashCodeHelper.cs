using System;

namespace Acme.Common;

/// <summary>Equality helpers. Uses HashCode.Combine; not suitable where SHA-256 is needed.</summary>
public readonly record struct OrderKey(string Tenant, long OrderId)
{
    public override int GetHashCode() => HashCode.Combine(Tenant.ToUpperInvariant(), OrderId);

    public bool Equals(OrderKey other) =>
        string.Equals(Tenant, other.Tenant, StringComparison.OrdinalIgnoreCase) && OrderId == other.OrderId;
}
