using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Arp;

/// <summary>ARP's fields as tshark 4.0 declares them (packet-arp.c): Ethernet/IPv4 addresses, other sizes as bytes.</summary>
public static class ArpFields
{
    public static readonly ProtocolDef Protocol = new("arp", "ARP", "Address Resolution Protocol", "ARP/RARP");

    public static readonly IReadOnlyDictionary<ulong, string> HardwareTypes = new Dictionary<ulong, string>
    {
        [0] = "Reserved", [1] = "Ethernet", [2] = "Experimental Ethernet", [3] = "AX.25", [4] = "ProNET",
        [5] = "Chaos", [6] = "IEEE 802", [7] = "ARCNET", [8] = "Hyperchannel", [9] = "Lanstar", [10] = "Autonet",
        [11] = "Localtalk", [12] = "LocalNet", [13] = "Ultra link", [14] = "SMDS", [15] = "Frame Relay",
        [16] = "ATM", [17] = "HDLC", [18] = "Fibre Channel", [19] = "ATM", [20] = "Serial Line", [21] = "ATM",
        [22] = "MIL-STD-188-220", [23] = "Metricom", [24] = "IEEE 1394.1995", [25] = "MAPOS", [26] = "Twinaxial",
        [27] = "EUI-64", [28] = "HIPARP", [29] = "IP and ARP over ISO 7816-3", [30] = "ARPSec", [31] = "IPsec tunnel",
        [32] = "InfiniBand", [256] = "Experimental 1", [772] = "Loopback",
    };

    public static readonly IReadOnlyDictionary<ulong, string> Opcodes = new Dictionary<ulong, string>
    {
        [1] = "request", [2] = "reply", [3] = "reverse request", [4] = "reverse reply",
        [5] = "DRARP-Request", [6] = "DRARP-Reply", [7] = "DRARP-Error",
        [8] = "inverse request", [9] = "inverse reply", [10] = "ARP-NAK",
        [11] = "MARS request", [12] = "MARS multi", [13] = "MARS mserv", [14] = "MARS join", [15] = "MARS leave",
        [16] = "MARS NAK", [17] = "MARS unserv", [18] = "MARS sjoin", [19] = "MARS sleave",
        [20] = "MARS grouplist request", [21] = "MARS grouplist reply", [22] = "MARS redirect map",
        [23] = "MAPOS UNARP", [24] = "OP_EXP1", [25] = "OP_EXP2",
    };

    public static readonly FieldDef HwType = new("arp.hw.type", "Hardware type", FieldType.UInt16, FieldBase.Dec, valueNames: HardwareTypes);
    public static readonly FieldDef ProtoType = new("arp.proto.type", "Protocol type", FieldType.UInt16, FieldBase.Hex, valueNames: Link.EtherTypes.Names);
    public static readonly FieldDef HwSize = new("arp.hw.size", "Hardware size", FieldType.UInt8);
    public static readonly FieldDef ProtoSize = new("arp.proto.size", "Protocol size", FieldType.UInt8);
    public static readonly FieldDef Opcode = new("arp.opcode", "Opcode", FieldType.UInt16, FieldBase.Dec, valueNames: Opcodes);
    public static readonly FieldDef IsGratuitous = new("arp.isgratuitous", "Is gratuitous", FieldType.Boolean);
    public static readonly FieldDef IsProbe = new("arp.isprobe", "Is probe", FieldType.Boolean);
    public static readonly FieldDef IsAnnouncement = new("arp.isannouncement", "Is announcement", FieldType.Boolean);
    public static readonly FieldDef SrcHw = new("arp.src.hw", "Sender hardware address", FieldType.Bytes);
    public static readonly FieldDef SrcHwMac = new("arp.src.hw_mac", "Sender MAC address", FieldType.Ether);
    public static readonly FieldDef SrcProto = new("arp.src.proto", "Sender protocol address", FieldType.Bytes);
    public static readonly FieldDef SrcProtoIpv4 = new("arp.src.proto_ipv4", "Sender IP address", FieldType.Ipv4);
    public static readonly FieldDef DstHw = new("arp.dst.hw", "Target hardware address", FieldType.Bytes);
    public static readonly FieldDef DstHwMac = new("arp.dst.hw_mac", "Target MAC address", FieldType.Ether);
    public static readonly FieldDef DstProto = new("arp.dst.proto", "Target protocol address", FieldType.Bytes);
    public static readonly FieldDef DstProtoIpv4 = new("arp.dst.proto_ipv4", "Target IP address", FieldType.Ipv4);
    public static readonly FieldDef DuplicateAddressFrame = new("arp.duplicate-address-frame", "Frame showing earlier use of IP address", FieldType.FrameNum);
    public static readonly FieldDef SecondsSinceDuplicateAddressFrame = new("arp.seconds-since-duplicate-address-frame", "Seconds since earlier frame seen", FieldType.UInt32);

    public static readonly ExpertDef DuplicateAddressDetected = new("arp.duplicate-address-detected", ExpertGroup.Sequence,
        ExpertSeverity.Warning, "Duplicate IP address configured");

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [HwType, ProtoType, HwSize, ProtoSize, Opcode, IsGratuitous, IsProbe, IsAnnouncement, SrcHw, SrcHwMac, SrcProto, SrcProtoIpv4,
         DstHw, DstHwMac, DstProto, DstProtoIpv4, DuplicateAddressFrame, SecondsSinceDuplicateAddressFrame],
        [DuplicateAddressDetected]);
}
