using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Icmp;

public static class IcmpRegistration
{
    /// <summary>ICMP on IP protocol 1; each registry gets its own dissector (echo requests wait for replies across frames).</summary>
    public static ProtocolModule Module { get; } = new([IcmpFields.Declaration], Attach);

    private static void Attach(DissectorRegistry registry)
    {
        var icmp = new IcmpDissector(registry);
        registry.Declare(icmp);
        registry.IpProtocols.Add(Network.IpProtocols.Icmp, icmp);
    }
}
