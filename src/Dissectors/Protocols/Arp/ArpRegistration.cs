using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Arp;

public static class ArpRegistration
{
    /// <summary>ARP on EtherType 0x0806; each registry gets its own dissector (the address table spans frames).</summary>
    public static ProtocolModule Module { get; } = new([ArpFields.Declaration], Attach);

    private static void Attach(DissectorRegistry registry)
    {
        var arp = new ArpDissector();
        registry.Declare(arp);
        registry.EtherTypes.Add(Link.EtherTypes.Arp, arp);
    }
}
