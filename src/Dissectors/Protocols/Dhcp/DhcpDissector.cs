using System.Buffers.Binary;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Common;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Dhcp;

/// <summary>
/// DHCP and BOOTP (RFC 2131/2132) as tshark 4.0 shows them: the fixed BOOTP header, the magic cookie, and the options,
/// each with its type, length, raw value and the decoded field of the common ones (addresses, lease times, names,
/// the parameter request list, the client identifier). Stateless.
/// </summary>
public sealed class DhcpDissector : IDatagramDissector
{
    private const int FixedLength = 236;
    private const uint MagicCookie = 0x63825363;

    public static readonly DhcpDissector Instance = new();

    public ProtocolDef Protocol => DhcpFields.Protocol;

    public bool LooksLikeMine(ReadOnlySpan<byte> payload, DatagramContext context) => false;

    public bool Dissect(ReadOnlySpan<byte> payload, DatagramContext context, PacketContext packet, int source, int offset)
    {
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        packet.AddProtocolName("dhcp");
        packet.Columns.Protocol = "BOOTP";
        info.Clear();
        int node = tree.AddNode(-1, DhcpFields.Protocol, source, offset, payload.Length);
        if (payload.Length < FixedLength)
        {
            CommonFields.MarkTooShort(packet, "BOOTP");
            return true;
        }
        var b = payload;
        byte op = b[0], htype = b[1], hlen = b[2];
        uint xid = BinaryPrimitives.ReadUInt32BigEndian(b[4..]);
        ushort flags = BinaryPrimitives.ReadUInt16BigEndian(b[10..]);
        tree.Add(node, DhcpFields.Type, source, offset, 1, op);
        int ht = tree.Add(node, DhcpFields.HwType, source, offset + 1, 1, htype);
        if (tree.BuildsText)
            tree.SetText(ht, $"Hardware type: {(DhcpNames.HardwareTypes.TryGetValue(htype, out var hn) ? hn : "Unknown")} (0x{htype:x2})");
        tree.Add(node, DhcpFields.HwLen, source, offset + 2, 1, hlen);
        tree.Add(node, DhcpFields.Hops, source, offset + 3, 1, b[3]);
        tree.Add(node, DhcpFields.Id, source, offset + 4, 4, xid);
        tree.Add(node, DhcpFields.Secs, source, offset + 8, 2, BinaryPrimitives.ReadUInt16BigEndian(b[8..]));
        int f = tree.Add(node, DhcpFields.Flags, source, offset + 10, 2, flags);
        if (tree.BuildsText)
            tree.SetText(f, $"Bootp flags: 0x{flags:x4} ({((flags & 0x8000) != 0 ? "Broadcast" : "Unicast")})");
        tree.Add(f, DhcpFields.FlagsBc, source, offset + 10, 2, (ulong)(flags >> 15));
        tree.Add(f, DhcpFields.FlagsReserved, source, offset + 10, 2, (ulong)(flags & 0x7FFF));
        tree.Add(node, DhcpFields.IpClient, source, offset + 12, 4, BinaryPrimitives.ReadUInt32BigEndian(b[12..]));
        tree.Add(node, DhcpFields.IpYour, source, offset + 16, 4, BinaryPrimitives.ReadUInt32BigEndian(b[16..]));
        tree.Add(node, DhcpFields.IpServer, source, offset + 20, 4, BinaryPrimitives.ReadUInt32BigEndian(b[20..]));
        tree.Add(node, DhcpFields.IpRelay, source, offset + 24, 4, BinaryPrimitives.ReadUInt32BigEndian(b[24..]));
        bool ether = (htype == 1 || htype == 6) && hlen == 6;
        int addrLength = Math.Min((int)hlen, 16);
        if (ether)
        {
            tree.AddBytesInPlace(node, DhcpFields.HwMacAddr, source, offset + 28, 6);
            tree.AddBytesInPlace(node, DhcpFields.HwAddrPadding, source, offset + 34, 10);
        }
        else
        {
            // Other hardware: the whole 16-byte field as the address, and what lies past hlen as padding, as tshark shows them.
            tree.AddBytesInPlace(node, DhcpFields.HwAddr, source, offset + 28, 16);
            if (addrLength < 16)
                tree.AddBytesInPlace(node, DhcpFields.HwAddrPadding, source, offset + 28 + addrLength, 16 - addrLength);
        }
        AddName(tree, node, DhcpFields.Server, source, offset + 44, b.Slice(44, 64), "Server host name");
        AddName(tree, node, DhcpFields.File, source, offset + 108, b.Slice(108, 128), "Boot file name");

        if (info.Enabled)
        {
            string from = ether ? AddressText.Mac(b.Slice(28, 6)) : AddressText.Mac(b.Slice(28, addrLength));
            info.Set(op == 1 ? $"Boot Request from {from} ({from})" : "Boot Reply");
        }
        if (tree.BuildsText)
            tree.SetText(node, $"Bootstrap Protocol ({(op == 1 ? "Request" : op == 2 ? "Reply" : "Unknown")})");
        if (b.Length < FixedLength + 4)
        {
            // tshark reads the magic cookie whether or not it is there: a plain BOOTP message of 236 bytes is malformed to it.
            CommonFields.MarkTooShort(packet, "BOOTP");
            return true;
        }
        uint cookie = BinaryPrimitives.ReadUInt32BigEndian(b[FixedLength..]);
        int cookieNode = tree.Add(node, DhcpFields.Cookie, source, offset + FixedLength, 4, cookie);
        if (cookie == MagicCookie)
        {
            if (tree.BuildsText)
                tree.SetText(cookieNode, "Magic cookie: DHCP");
            Options(packet, node, source, offset, b, FixedLength + 4, xid);
        }
        _ = context;
        return true;
    }

    private static void AddName(FieldTree tree, int node, FieldDef field, int source, int offset, ReadOnlySpan<byte> bytes, string title)
    {
        int end = bytes.IndexOf((byte)0);
        var text = end < 0 ? bytes : bytes[..end];
        int item = tree.AddString(node, field, source, offset, bytes.Length, Encoding.Latin1.GetString(text));
        if (text.IsEmpty && tree.BuildsText)
            tree.SetText(item, $"{title} not given");
    }

    /// <summary>The options after the cookie; false when one runs past the end (the frame is then marked).</summary>
    private static bool Options(PacketContext packet, int node, int source, int offset, ReadOnlySpan<byte> b, int p, uint xid)
    {
        int messageType = -1;
        var tree = packet.Tree;
        while (p < b.Length)
        {
            byte code = b[p];
            if (code == 255)
            {
                int end = tree.Add(node, DhcpFields.OptionType, source, offset + p, 1, 0);
                if (tree.BuildsText)
                    tree.SetText(end, "Option: (255) End");
                tree.Add(end, DhcpFields.OptionEnd, source, offset + p, 1, 255);
                p++;
                if (p < b.Length)
                    tree.AddBytesInPlace(node, DhcpFields.OptionPadding, source, offset + p, b.Length - p);
                return true;
            }
            if (code == 0)
            {
                // A run of pad bytes is one "Padding" option, as tshark shows it.
                int run = b[p..].IndexOfAnyExcept((byte)0);
                run = run < 0 ? b.Length - p : run;
                int pad = tree.Add(node, DhcpFields.OptionType, source, offset + p, run, 0);
                if (tree.BuildsText)
                    tree.SetText(pad, "Option: (0) Padding");
                tree.AddBytesInPlace(pad, DhcpFields.OptionPadding, source, offset + p, run);
                p += run;
                continue;
            }
            if (p + 2 > b.Length || p + 2 + b[p + 1] > b.Length)
            {
                // tshark shows the option's type and length, then the exception.
                int cut = tree.Add(node, DhcpFields.OptionType, source, offset + p, b.Length - p, code);
                if (p + 1 < b.Length)
                    tree.Add(cut, DhcpFields.OptionLength, source, offset + p + 1, 1, b[p + 1]);
                CommonFields.MarkTooShort(packet, packet.Columns.Protocol);
                return false;
            }
            int length = b[p + 1];
            var value = b.Slice(p + 2, length);
            int at = offset + p + 2;
            int opt = tree.Add(node, DhcpFields.OptionType, source, offset + p, 2 + length, code);
            tree.Add(opt, DhcpFields.OptionLength, source, offset + p + 1, 1, (ulong)length);
            if (length > 0)
                tree.AddBytesInPlace(opt, DhcpFields.OptionValue, source, at, length, NodeFlags.Hidden);
            string suffix = Option(tree, opt, source, at, code, value, ref messageType);
            if (code == 53 && messageType >= 0)
                ShowMessageType(packet, node, messageType, xid);
            if (tree.BuildsText)
                tree.SetText(opt, $"Option: ({code}) {DhcpNames.Option(code)}{suffix}");
            p += 2 + length;
        }
        return true;
    }

    /// <summary>A DHCP message type turns BOOTP into DHCP in the columns and the tree, as soon as option 53 is read.</summary>
    private static void ShowMessageType(PacketContext packet, int node, int messageType, uint xid)
    {
        string name = DhcpNames.MessageTypes.TryGetValue((ulong)messageType, out var mn) ? mn : "Unknown Message Type";
        packet.Columns.Protocol = "DHCP";
        if (packet.Columns.Info.Enabled)
            packet.Columns.Info.Set($"DHCP {name,-8} - Transaction ID 0x{xid:x}");
        if (packet.Tree.BuildsText)
            packet.Tree.SetText(node, $"Dynamic Host Configuration Protocol ({name})");
    }

    /// <summary>Adds the decoded fields of one option; returns what its tree line adds after the name (" (Discover)").</summary>
    private static string Option(FieldTree tree, int opt, int source, int at, byte code, ReadOnlySpan<byte> value, ref int messageType)
    {
        switch (code)
        {
            case 1 or 28 or 50 or 54 when value.Length == 4:
            {
                var field = code switch { 1 => DhcpFields.OptionSubnetMask, 28 => DhcpFields.OptionBroadcastAddress, 50 => DhcpFields.OptionRequestedIpAddress, _ => DhcpFields.OptionDhcpServerId };
                tree.Add(opt, field, source, at, 4, BinaryPrimitives.ReadUInt32BigEndian(value));
                return $" ({AddressText.Ipv4(value)})";
            }
            case 3 or 4 or 6 or 42:
            {
                var field = code switch { 3 => DhcpFields.OptionRouter, 4 => DhcpFields.OptionTimeServer, 6 => DhcpFields.OptionDomainNameServer, _ => DhcpFields.OptionNtpServer };
                for (int i = 0; i + 4 <= value.Length; i += 4)
                    tree.Add(opt, field, source, at + i, 4, BinaryPrimitives.ReadUInt32BigEndian(value[i..]));
                return "";
            }
            case 51 or 58 or 59 when value.Length == 4:
            {
                var field = code == 51 ? DhcpFields.OptionIpAddressLeaseTime : code == 58 ? DhcpFields.OptionRenewalTimeValue : DhcpFields.OptionRebindingTimeValue;
                uint seconds = BinaryPrimitives.ReadUInt32BigEndian(value);
                int item = tree.Add(opt, field, source, at, 4, seconds);
                if (tree.BuildsText)
                    tree.SetText(item, $"{field.Name}: ({seconds}s) {(seconds == uint.MaxValue ? "infinity" : DurationText.Of(seconds))}");
                return "";
            }
            case 2 when value.Length == 4:
                tree.Add(opt, DhcpFields.OptionTimeOffset, source, at, 4, (ulong)(long)BinaryPrimitives.ReadInt32BigEndian(value));
                return "";
            case 26 or 57 when value.Length == 2:
                tree.Add(opt, code == 26 ? DhcpFields.OptionInterfaceMtu : DhcpFields.OptionDhcpMaxMessageSize, source, at, 2, BinaryPrimitives.ReadUInt16BigEndian(value));
                return "";
            case 12 or 15 or 56 or 60:
            {
                var field = code switch { 12 => DhcpFields.OptionHostname, 15 => DhcpFields.OptionDomainName, 56 => DhcpFields.OptionMessage, _ => DhcpFields.OptionVendorClassId };
                int end = value.IndexOf((byte)0);
                tree.AddString(opt, field, source, at, value.Length, Encoding.Latin1.GetString(end < 0 ? value : value[..end]));
                return "";
            }
            case 53 when value.Length == 1:
            {
                messageType = value[0];
                string name = DhcpNames.MessageTypes.TryGetValue(value[0], out var n) ? n : "Unknown";
                tree.Add(opt, DhcpFields.OptionDhcp, source, at, 1, value[0]);
                return $" ({name})";
            }
            case 55:
                for (int i = 0; i < value.Length; i++)
                {
                    int item = tree.Add(opt, DhcpFields.OptionRequestListItem, source, at + i, 1, value[i]);
                    if (tree.BuildsText)
                        tree.SetText(item, $"Parameter Request List Item: ({value[i]}) {DhcpNames.Option(value[i])}");
                }
                return "";
            case 61:
                if (value.Length == 7 && value[0] == 1)
                {
                    int ht = tree.Add(opt, DhcpFields.HwType, source, at, 1, 1);
                    if (tree.BuildsText)
                        tree.SetText(ht, "Hardware type: Ethernet (0x01)");
                    tree.AddBytesInPlace(opt, DhcpFields.HwMacAddr, source, at + 1, 6);
                }
                else if (value.Length > 1 && value[0] == 0)
                {
                    // Type 0: an identifier that is not a hardware address, shown as text.
                    tree.Add(opt, DhcpFields.ClientIdType, source, at, 1, 0);
                    tree.AddString(opt, DhcpFields.ClientIdUndef, source, at + 1, value.Length - 1, Encoding.Latin1.GetString(value[1..]));
                }
                else if (value.Length > 0)
                {
                    tree.AddBytesInPlace(opt, DhcpFields.ClientId, source, at, value.Length);
                }
                return "";
            default:
                return "";
        }
    }
}
