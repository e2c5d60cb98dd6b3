using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Link;

/// <summary>The raw-IP link (packet-raw.c): a protocol item over the whole frame, no fields of its own, then IPv4 or IPv6.</summary>
public static class RawFields
{
    public static readonly ProtocolDef Protocol = new("raw", "Raw", "Raw packet data");

    /// <summary>What this protocol declares, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol, []);
}
