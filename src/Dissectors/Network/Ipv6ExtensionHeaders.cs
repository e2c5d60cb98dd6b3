using System.Buffers.Binary;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Network;

/// <summary>
/// The bodies of IPv6's extension headers as packet-ipv6.c shows them: the Hop-by-Hop and Destination Options
/// headers' options (type with its action/change/low-order bits, length, and the option's own item), the Routing
/// header's type, segments left and addresses (types 0 and 2; other types' data shown as type-specific data), and
/// the Fragment header's reserved fields.
/// </summary>
internal static class Ipv6ExtensionHeaders
{
    private const int Ipv6HeaderLength = 40;
    private const byte Pad1 = 0x00, PadN = 0x01, TunnelEncapsulationLimit = 0x04, RouterAlert = 0x05, Jumbo = 0xC2;

    /// <summary>The options of a Hop-by-Hop or Destination Options header in <paramref name="b"/>[start..end).</summary>
    /// <returns>False when an option runs past the header (the packet is malformed).</returns>
    public static bool DissectOptions(PacketContext packet, int parent, ReadOnlySpan<byte> b, int baseOffset, int start, int end, int payloadLength)
    {
        var tree = packet.Tree;
        int at = start;
        while (at < end)
        {
            byte type = b[at];
            int optionOffset = baseOffset + at;
            if (type == Pad1)
            {
                // tshark sizes every option item by the byte after its type, even Pad1's (which has no length byte).
                int pad = AddOption(tree, parent, type, optionOffset, end - at >= 2 ? Math.Min(2 + b[at + 1], end - at) : 1);
                tree.AddNode(pad, Ipv6Fields.OptionPad1, 0, optionOffset, 1);
                at++;
                continue;
            }
            if (end - at < 2)
            {
                int cut = AddOption(tree, parent, type, optionOffset, end - at);
                _ = cut;
                return false;
            }
            int length = b[at + 1];
            // The item spans the length it claims, within the IPv6 payload (tshark's buffer), not only within the header:
            // an option running past its header is shown whole before the packet is marked malformed.
            int payloadEnd = payloadLength == 0 ? b.Length : Math.Min(b.Length, Ipv6HeaderLength + payloadLength);
            int option = AddOption(tree, parent, type, optionOffset, Math.Min(2 + length, Math.Max(payloadEnd, end) - at));
            tree.Add(option, Ipv6Fields.OptionLength, 0, optionOffset + 1, 1, (ulong)length);
            int data = at + 2;
            if (data + length > end)
                return false;
            int dataOffset = baseOffset + data;
            var value = b.Slice(data, length);
            switch (type)
            {
                case PadN:
                {
                    int padn = tree.AddBytesInPlace(option, Ipv6Fields.OptionPadN, 0, dataOffset, length);
                    if (length == 0 && tree.BuildsText)
                        tree.SetValueText(padn, "<none>");
                    break;
                }
                case TunnelEncapsulationLimit when length == 1:
                    tree.Add(option, Ipv6Fields.OptionTunnelEncapsulationLimit, 0, dataOffset, 1, value[0]);
                    break;
                case RouterAlert when length == 2:
                    tree.Add(option, Ipv6Fields.OptionRouterAlert, 0, dataOffset, 2, BinaryPrimitives.ReadUInt16BigEndian(value));
                    break;
                case Jumbo when length == 4:
                {
                    uint jumbo = BinaryPrimitives.ReadUInt32BigEndian(value);
                    tree.Add(option, Ipv6Fields.OptionJumbo, 0, dataOffset, 4, jumbo);
                    if (payloadLength != 0)
                        tree.AddExpert(option, Ipv6Fields.JumboProhibited, 0, dataOffset, 4);
                    else if (jumbo < 65536)
                        tree.AddExpert(option, Ipv6Fields.JumboTruncated, 0, dataOffset, 4);
                    break;
                }
                case 0x1E or 0x3E or 0x5E or 0x7E or 0x9E or 0xBE or 0xDE or 0xFE:
                    tree.AddBytesInPlace(option, Ipv6Fields.OptionExperimental, 0, dataOffset, length);
                    break;
                default:
                {
                    int unknown = tree.AddBytesInPlace(option, Ipv6Fields.OptionUnknown, 0, dataOffset, length);
                    tree.AddExpert(unknown, Ipv6Fields.OptionUnknownData, 0, dataOffset, length);
                    break;
                }
            }
            at = data + length;
        }
        return true;
    }

    /// <summary>The option item ("Router Alert") and its type with the type's three bit fields.</summary>
    private static int AddOption(FieldTree tree, int parent, byte type, int offset, int length)
    {
        int option = tree.AddNode(parent, Ipv6Fields.Option, 0, offset, length);
        if (tree.BuildsText)
        {
            if (Ipv6Fields.OptionType.ValueNames!.TryGetValue(type, out var name))
                tree.SetText(option, name);
            else
                tree.SetText(option, $"Unknown IPv6 Option ({type})");
        }
        int typeNode = tree.Add(option, Ipv6Fields.OptionType, 0, offset, 1, type);
        if (!Ipv6Fields.OptionType.ValueNames!.ContainsKey(type) && tree.BuildsText)
            tree.SetValueText(typeNode, $"Unknown (0x{type:x2})");
        if (type != Pad1)
        {
            tree.Add(typeNode, Ipv6Fields.OptionAction, 0, offset, 1, (ulong)(type >> 6));
            tree.Add(typeNode, Ipv6Fields.OptionChange, 0, offset, 1, (ulong)((type >> 5) & 1));
            tree.Add(typeNode, Ipv6Fields.OptionRest, 0, offset, 1, (ulong)(type & 0x1F));
        }
        return option;
    }

    /// <summary>
    /// The Routing header's body after Next Header and Length (<paramref name="b"/>[at..end) is the whole header);
    /// returns the final destination when the header names one (types 0 and 2 with segments left), else empty.
    /// </summary>
    public static ReadOnlySpan<byte> DissectRouting(PacketContext packet, int node, ReadOnlySpan<byte> b, int baseOffset, int at, int end)
    {
        var tree = packet.Tree;
        byte type = b[at + 2];
        byte segmentsLeft = b[at + 3];
        if (tree.BuildsText)
            tree.AppendText(node, $" ({(Ipv6Fields.RoutingType.ValueNames!.TryGetValue(type, out var n) ? n : "Unknown")})");
        int typeNode = tree.Add(node, Ipv6Fields.RoutingType, 0, baseOffset + at + 2, 1, type);
        if (type == 0)
            tree.AddExpert(typeNode, Ipv6Fields.RoutingDeprecated, 0, baseOffset + at + 2, 1);
        tree.Add(node, Ipv6Fields.RoutingSegmentsLeft, 0, baseOffset + at + 3, 1, segmentsLeft);
        int data = at + 4;
        ReadOnlySpan<byte> last = default;
        switch (type)
        {
            case 0:
            case 2:
            {
                var (reserved, address) = type == 0
                    ? (Ipv6Fields.RoutingSourceReserved, Ipv6Fields.RoutingSourceAddress)
                    : (Ipv6Fields.RoutingMipv6Reserved, Ipv6Fields.RoutingMipv6HomeAddress);
                tree.AddBytesInPlace(node, reserved, 0, baseOffset + data, 4);
                data += 4;
                Span<char> text = stackalloc char[48];
                for (int i = 1; data + 16 <= end; i++, data += 16)
                {
                    var a = b.Slice(data, 16);
                    int item = tree.AddBytes(node, address, 0, baseOffset + data, 16, a);
                    if (tree.BuildsText)
                        tree.SetText(item, $"Address[{i}]: {text[..AddressText.FormatIpv6(a, text)]}");
                    last = a;
                }
                return segmentsLeft > 0 ? last : default;
            }
            default:
                if (data < end)
                    tree.AddBytesInPlace(node, Ipv6Fields.RoutingUnknownData, 0, baseOffset + data, end - data);
                return default;
        }
    }
}
