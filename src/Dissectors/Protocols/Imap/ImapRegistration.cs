using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Common;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Imap;

public static class ImapRegistration
{
    public static readonly PreferenceDef TcpPorts = new("imap.tcp.port", "IMAP TCP ports", "TCP ports IMAP is decoded on", PreferenceKind.Range, "143");

    public static ProtocolModule Module { get; } = new(() => [ImapFields.Declaration], Attach);

    private static void Attach(DissectorRegistry registry)
    {
        var imap = new ImapDissector(ServicePorts.From(registry.Preferences, TcpPorts));
        registry.Declare(imap);
        registry.AddTcpPorts(imap, TcpPorts);
    }
}
