using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Common;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Pop;

public static class PopRegistration
{
    public static readonly PreferenceDef TcpPorts = new("pop.tcp.port", "POP TCP ports", "TCP ports POP is decoded on", PreferenceKind.Range, "110");

    public static ProtocolModule Module { get; } = new(() => [PopFields.Declaration], Attach);

    private static void Attach(DissectorRegistry registry)
    {
        var pop = new PopDissector(ServicePorts.From(registry.Preferences, TcpPorts));
        registry.Declare(pop);
        registry.AddTcpPorts(pop, TcpPorts);
    }
}
