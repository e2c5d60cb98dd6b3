using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Pop;

public static class PopRegistration
{
    public static readonly PreferenceDef TcpPorts = new("pop.tcp.port", "POP TCP ports", "TCP ports POP is decoded on", PreferenceKind.Range, "110");

    public static ProtocolModule Module { get; } = new(() => [PopFields.Declaration], Attach);

    private static void Attach(DissectorRegistry registry)
    {
        registry.Declare(PopDissector.Instance);
        registry.AddTcpPorts(PopDissector.Instance, TcpPorts);
    }
}
