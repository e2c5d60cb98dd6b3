using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// The tagged parameters (elements) beyond the basic ones WlanDissector reads itself: each element number goes to its
/// decoder, as packet-ieee80211.c's tagged-field table does; an element tshark has no decoder for shows its bytes as
/// "Tag Data" with tshark's note, and the element extension (255) its extension header.
/// </summary>
internal static class WlanTags
{
    /// <summary>The element numbers packet-ieee80211.c registers a decoder for (tshark 4.0): any other is "Undecoded".</summary>
    private static readonly HashSet<int> Registered =
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 50, 51, 52,
        53, 54, 55, 56, 57, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 74, 75, 76, 83, 84, 85, 90, 91, 92, 93, 98, 101, 102, 104,
        105, 106, 107, 108, 110, 111, 113, 114, 117, 118, 119, 120, 125, 126, 127, 130, 131, 132, 133, 137, 138, 140, 143, 144, 145, 146, 147,
        148, 150, 151, 152, 153, 154, 157, 158, 159, 160, 161, 162, 163, 167, 168, 169, 172, 173, 177, 184, 185, 190, 191, 192, 193, 194, 195,
        196, 199, 201, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 220, 221, 222, 223, 224, 225, 226, 228, 229, 230, 231, 232,
        233, 234, 235, 236, 240, 244, 255,
    ];

    /// <summary>
    /// The element-extension numbers tshark 4.0 decodes: others are "Undecoded". Decoded here: HE Capabilities (35), HE
    /// Operation (36), MU EDCA (38), Spatial Reuse (39), HE 6 GHz Band Capabilities (59); the rest show their Ext Tag header.
    /// </summary>
    private static readonly HashSet<int> RegisteredExtensions =
        [4, 8, 9, 10, 11, 13, 14, 32, 33, 35, 36, 37, 38, 39, 41, 42, 43, 45, 55, 56, 57, 58, 59, 88, 89, 92, 93, 94, 98, 99, 100, 101];

    /// <summary>Whether tshark 4.0 has a decoder for element <paramref name="number"/> (else it shows the element as "Undecoded").</summary>
    public static bool IsRegistered(int number) => Registered.Contains(number);

    /// <summary>
    /// The body of element <paramref name="number"/> (its value <paramref name="v"/> at <paramref name="data"/>), under its
    /// item <paramref name="tag"/>. False when tshark would stop at an exception (a read past the element).
    /// </summary>
    public static bool Dissect(PacketContext packet, int tag, int numberItem, int lengthItem, int number, ReadOnlySpan<byte> v, int data, int subtype,
        uint frequency = 0)
    {
        switch (number)
        {
            case 11:
                WlanElementTags.QbssLoad(packet, tag, lengthItem, v, data);
                return true;
            case 32:
                WlanElementTags.PowerConstraint(packet, tag, lengthItem, v, data);
                return true;
            case 33:
                WlanElementTags.PowerCapability(packet, tag, lengthItem, v, data);
                return true;
            case 36:
                WlanElementTags.SupportedChannels(packet, tag, lengthItem, v, data);
                return true;
            case 45:
                WlanHtTags.Capabilities(packet, tag, lengthItem, v, data);
                return true;
            case 54:
                WlanElementTags.MobilityDomain(packet, tag, lengthItem, v, data);
                return true;
            case 59:
                WlanElementTags.SupportedOperatingClasses(packet, tag, lengthItem, v, data);
                return true;
            case 61:
                WlanHtTags.Operation(packet, tag, lengthItem, v, data);
                return true;
            case 70:
                WlanCapabilityTags.RadioMeasurement(packet, tag, lengthItem, v, data);
                return true;
            case 72:
                WlanHtTags.Coexistence(packet, tag, lengthItem, v, data);
                return true;
            case 74:
                WlanHtTags.OverlappingBssScan(packet, tag, lengthItem, v, data);
                return true;
            case 127:
                WlanCapabilityTags.Extended(packet, tag, lengthItem, v, data);
                return true;
            case 191:
                WlanVhtTags.Capabilities(packet, tag, lengthItem, v, data);
                return true;
            case 192:
                WlanVhtTags.Operation(packet, tag, lengthItem, v, data);
                return true;
            case 195:
                return WlanVhtTags.TransmitPowerEnvelope(packet, tag, lengthItem, v, data);
            case 221:
                return WlanVendorTags.Dissect(packet, tag, lengthItem, v, data, subtype);
            case 255:
                return Extension(packet, tag, lengthItem, v, data, frequency);
            case var _ when WlanRareTags.Handles(number):
                return WlanRareTags.Dissect(packet.Tree, tag, numberItem, lengthItem, number, v, data);
            default:
                if (!Registered.Contains(number))
                    Undecoded(packet.Tree, tag, numberItem, number, v, data);
                return true; // decoded by tshark, not yet here: the element's number and length show
        }
    }

    /// <summary>An element number tshark has no decoder for: its bytes, tshark's note, ": Undecoded" on its line.</summary>
    internal static void Undecoded(FieldTree tree, int tag, int numberItem, int number, ReadOnlySpan<byte> v, int data)
    {
        tree.AddBytesInPlace(tag, WlanElementFields.TagData, 0, data, v.Length);
        string name = WlanValueNames.TagNumber.TryGetValue((ulong)number, out var n) ? n : $"({number})";
        tree.AddExpert(numberItem, WlanElementFields.TagDataUndecoded, 0, data - 2, 1,
            $"Dissector for 802.11 IE Tag ({name}) code not implemented, Contact Wireshark developers if you want this supported");
        tree.AppendText(tag, ": Undecoded");
    }

    /// <summary>The element extension's body: tshark's generic item for the extension numbers it does not decode.</summary>
    private static bool Extension(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data, uint frequency)
    {
        var tree = packet.Tree;
        if (v.Length < 1)
        {
            BadLength(tree, lengthItem, data - 1, $"Tag Length {v.Length} wrong, must be >= 1");
            return true;
        }
        int number = v[0];
        switch (number)
        {
            case 35:
                return WlanHeCapabilityTags.Capabilities(tree, tag, v[1..], data + 1, frequency);
            case 36:
                return WlanHeTags.Operation(tree, tag, v[1..], data + 1);
            case 38:
                return WlanHeParameterTags.MuEdca(tree, tag, v[1..], data + 1);
            case 39:
                return WlanHeParameterTags.SpatialReuse(tree, tag, v[1..], data + 1);
            case 59:
                return WlanHeParameterTags.SixGhzBand(tree, tag, v[1..], data + 1);
        }
        if (RegisteredExtensions.Contains(number))
            return true; // the others tshark decodes: not yet here
        tree.AddBytesInPlace(tag, WlanElementFields.ExtTagData, 0, data + 1, v.Length - 1);
        string name = WlanElementFields.ExtTagNumber.ValueNames!.TryGetValue((ulong)number, out var n) ? n : $"{number}";
        tree.AddExpert(tag, WlanElementFields.TagDataUndecoded, 0, data - 2, v.Length + 2,
            $"Dissector for 802.11 Extension Tag ({name}) code not implemented, Contact Wireshark developers if you want this supported");
        tree.AppendText(tag, ": Undecoded");
        return true;
    }

    /// <summary>
    /// tshark's ContainedBoundsError: a read inside an element that its length allows but the frame does not hold
    /// ("[Malformed Packet: IEEE 802.11: length of contained item exceeds length of containing item]"); a frame the
    /// snapshot length cut shows as cut instead.
    /// </summary>
    public static void MarkContainedTooShort(PacketContext packet)
    {
        if (packet.Frame.CutBySnaplen)
        {
            CommonFields.MarkTooShort(packet, WlanFields.Protocol);
            return;
        }
        if (packet.Malformed)
            return;
        packet.Malformed = true;
        var tree = packet.Tree;
        int node = tree.AddNode(-1, CommonFields.Malformed, 0, 0, 0);
        tree.SetText(node, $"[Malformed Packet: {WlanFields.Protocol.ShortName}: length of contained item exceeds length of containing item]");
        tree.AddExpert(node, CommonFields.MalformedExpert, 0, 0, 0, "Malformed Packet (Exception occurred)");
        packet.Columns.Info.Append("[Malformed Packet: length of contained item exceeds length of containing item]");
    }

    /// <summary>tshark's "Bad tag length" note on the element's length item, in the decoder's words.</summary>
    public static void BadLength(FieldTree tree, int lengthItem, int offset, string message) =>
        tree.AddExpert(lengthItem, WlanElementFields.TagLengthBad, 0, offset, 1, message);
}
