using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Registry;

/// <summary>
/// Every protocol Sniffer has built in, listed once, explicitly (Wireshark's generated register.c): what each
/// declares (fields, experts, preferences) and how it attaches to the dissector tables. Adding a protocol is one
/// line here plus its own folder.
/// </summary>
public static class BuiltInProtocols
{
    /// <summary>The protocols in registration order; heuristics are tried in this order too.</summary>
    public static IReadOnlyList<ProtocolModule> Modules { get; } =
    [
        ProtocolModule.DeclareOnly(() => Frames.FrameFields.Declaration),
        ProtocolModule.DeclareOnly(() => Frames.FrameFields.CommentsDeclaration),
        ProtocolModule.DeclareOnly(() => Model.CommonFields.Declarations),
        ProtocolModule.DeclareOnly(() => Model.ExpertInfoFields.Declaration),
        ProtocolModule.DeclareOnly(() => Model.ColumnFields.Declaration),
        ProtocolModule.DeclareOnly(() => Link.EthernetFields.Declaration),
        ProtocolModule.DeclareOnly(() => Link.VlanFields.Declaration),
        ProtocolModule.DeclareOnly(() => Link.NullFields.Declaration),
        ProtocolModule.DeclareOnly(() => Link.SllFields.Declaration),
        ProtocolModule.DeclareOnly(() => Link.RawFields.Declaration),
        ProtocolModule.DeclareOnly(() => Network.Ipv4Fields.Declaration),
        ProtocolModule.DeclareOnly(() => Network.Ipv6Fields.Declarations),
        ProtocolModule.DeclareOnly(() => Transport.TcpFields.Declarations),
        ProtocolModule.DeclareOnly(() => Transport.UdpFields.Declaration),
        Protocols.Htcpcp.HtcpcpRegistration.Module,
        Protocols.Tls.TlsRegistration.Module,
        Protocols.Http.HttpRegistration.Module,
        ProtocolModule.DeclareOnly(() => Protocols.X509.X509Fields.Declarations),
        ProtocolModule.DeclareOnly(() => Protocols.Media.MediaFields.Declarations),
        Protocols.Wlan.WlanRegistration.Module,
        Protocols.Arp.ArpRegistration.Module,
        Protocols.Icmp.IcmpRegistration.Module,
        Protocols.Icmpv6.Icmpv6Registration.Module,
        Protocols.Dns.DnsRegistration.Module,
        Protocols.Dhcp.DhcpRegistration.Module,
        Protocols.Ntp.NtpRegistration.Module,
        Protocols.Ssdp.SsdpRegistration.Module,
        Protocols.Ftp.FtpRegistration.Module,
        Protocols.Pop.PopRegistration.Module,
        Protocols.Imap.ImapRegistration.Module,
        ProtocolModule.DeclareOnly(() => Protocols.Imf.ImfFields.Declaration),
    ];

    /// <summary>Every declaration of every module.</summary>
    public static IEnumerable<ProtocolDeclaration> Declarations => Modules.SelectMany(m => m.Declarations);

    /// <summary>Fields that belong to no protocol: Wireshark's text-only item.</summary>
    public static IReadOnlyList<FieldDef> Unowned { get; } = [TextItem.Field];
}
