using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Icmpv6;

public static class Icmpv6Registration
{
    /// <summary>ICMPv6 on IPv6 next header 58; each registry gets its own dissector (echo matching spans frames).</summary>
    public static ProtocolModule Module { get; } = new([Icmpv6Fields.Declaration], Attach);

    private static void Attach(DissectorRegistry registry)
    {
        var icmpv6 = new Icmpv6Dissector(registry);
        registry.Declare(icmpv6);
        registry.IpProtocols.Add(Network.IpProtocols.Icmpv6, icmpv6);
    }
}
