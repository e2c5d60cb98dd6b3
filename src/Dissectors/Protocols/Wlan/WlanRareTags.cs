using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using static Sniffer.Dissectors.Protocols.Wlan.WlanRareFields;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// Rarer elements of beacons, probe and association frames as packet-ieee80211.c shows them: TPC Report (35), Channel
/// Switch Announcement (37), Quiet (40), Timeout Interval (56), Extended Channel Switch Announcement (60), BSS Max Idle
/// Period (90), Interworking (107), Advertisement Protocol (108), Operating Mode Notification (199) and RSN eXtension (244).
/// Each returns false where tshark's read past the element ends the frame's dissection.
/// </summary>
internal static class WlanRareTags
{
    private static readonly FieldDef[] ExtendedSwitchBits = [FixedExtchanswSwitchmode, FixedExtchanswNewOpeclass, FixedExtchanswNewChannumber, ExtchanswSwitchcount];
    private static readonly FieldDef[] RsnxOctet1 = [RsnxLength, RsnxProtectedTwtOperationsSupport, RsnxSaeHashToElement, RsnxReserved];
    private static readonly FieldDef[] RsnxOctet2 = [RsnxSecureLtfSupport, RsnxSecureRttSupported, RsnxRnmmfp, RsnxReservedB11thru15];
    private static readonly FieldDef[] OperatingModeBits = [OperatModeFieldChannelwidth, OperatModeFieldReserved, OperatModeFieldRxnss, OperatModeFieldRxnsstype];
    private static readonly FieldDef[] AccessNetworkBits = [InterworkingAccessNetworkType, InterworkingInternet, InterworkingAsra, InterworkingEsr, InterworkingUesa];
    private static readonly FieldDef[] AdvertisementBits = [AdvProtoRespLenLimit, AdvProtoPameBi];

    public static bool Dissect(FieldTree tree, int tag, int numberItem, int lengthItem, int number, ReadOnlySpan<byte> v, int data)
    {
        switch (number)
        {
            case 35:
                if (!ExactLength(tree, lengthItem, v, data, 2))
                    return true;
                tree.Add(tag, TcprepTrsmtPow, 0, data, 1, (ulong)(long)(sbyte)v[0]);
                tree.Add(tag, TcprepLinkMrg, 0, data + 1, 1, (ulong)(long)(sbyte)v[1]);
                tree.AppendText(tag, $" Transmit Power: {v[0]}, Link Margin: {v[1]}"); // the line reads the bytes unsigned, the items signed
                return true;
            case 37:
                if (!ExactLength(tree, lengthItem, v, data, 3))
                    return true;
                tree.Add(tag, CsaChannelSwitchMode, 0, data, 1, v[0]);
                tree.Add(tag, CsaNewChannelNumber, 0, data + 1, 1, v[1]);
                tree.Add(tag, CsaChannelSwitchCount, 0, data + 2, 1, v[2]);
                tree.AppendText(tag, $" Mode: {v[0]}, Number: {v[1]} , Count: {v[2]} ");
                return true;
            case 40:
            {
                if (!ExactLength(tree, lengthItem, v, data, 6))
                    return true;
                ushort duration = BinaryPrimitives.ReadUInt16LittleEndian(v[2..]), offset = BinaryPrimitives.ReadUInt16LittleEndian(v[4..]);
                tree.Add(tag, QuietCount, 0, data, 1, v[0]);
                tree.Add(tag, QuietPeriod, 0, data + 1, 1, v[1]);
                tree.Add(tag, QuietDuration, 0, data + 2, 2, duration);
                tree.Add(tag, QuietOffset, 0, data + 4, 2, offset);
                tree.AppendText(tag, $" Count: {v[0]} Period: {v[1]} Duration: {duration} Offset: {offset}");
                return true;
            }
            case 56:
                return TimeoutInterval(tree, tag, v, data);
            case 60:
            {
                if (!ExactLength(tree, lengthItem, v, data, 4))
                    return true;
                uint raw = BinaryPrimitives.ReadUInt32LittleEndian(v);
                int node = WlanBits.AddBitmask(tree, tag, FixedExtchansw, data, 4, raw, ExtendedSwitchBits);
                if (node >= 0 && tree.BuildsText && FixedExtchanswSwitchmode.ValueNames!.TryGetValue(raw & 0xFF, out var mode))
                    tree.AppendText(node, $", Channel Switch Mode: {mode}");
                return true;
            }
            case 90:
                if (v.Length < 2)
                    return false;
                tree.Add(tag, BssMaxIdlePeriod, 0, data, 2, BinaryPrimitives.ReadUInt16LittleEndian(v));
                if (v.Length < 3)
                    return false;
                tree.Add(tag, BssMaxIdleOptionsProtected, 0, data + 2, 1, (ulong)(v[2] & 1));
                return true;
            case 107:
                return Interworking(tree, tag, lengthItem, v, data);
            case 108:
                return AdvertisementProtocol(tree, tag, v, data);
            case 199:
                if (v.Length < 1)
                    return false;
                WlanBits.AddBitmask(tree, tag, OperatNotificationMode, data, 1, v[0], OperatingModeBits);
                return true;
            case 244 when v.Length == 0:
                // An empty RSNX falls to packet-ieee80211.c's "Undecoded" path, with its length note.
                WlanTags.Undecoded(tree, tag, numberItem, number, v, data);
                WlanTags.BadLength(tree, lengthItem, data - 1, "Tag Length 0 wrong, must be >= 1");
                return true;
            case 244:
                return RsnExtension(tree, tag, v, data);
            default:
                return true;
        }
    }

    /// <summary>Whether tshark 4.0 decodes element <paramref name="number"/> here.</summary>
    public static bool Handles(int number) => number is 35 or 37 or 40 or 56 or 60 or 90 or 107 or 108 or 199 or 244;

    /// <summary>An element of one fixed length: any other gets tshark's "Tag Length n wrong, must be = m" and no fields.</summary>
    private static bool ExactLength(FieldTree tree, int lengthItem, ReadOnlySpan<byte> v, int data, int length)
    {
        if (v.Length == length)
            return true;
        WlanTags.BadLength(tree, lengthItem, data - 1, $"Tag Length {v.Length} wrong, must be = {length}");
        return false;
    }

    /// <summary>Timeout Interval: the type, then the 32-bit value; shorter, tshark's note on the type.</summary>
    private static bool TimeoutInterval(FieldTree tree, int tag, ReadOnlySpan<byte> v, int data)
    {
        if (v.Length < 1)
            return false;
        int type = tree.Add(tag, TimeoutIntType, 0, data, 1, v[0]);
        if (v.Length < 5)
        {
            tree.AddExpert(type, WlanElementFields.TagLengthBad, 0, data, 0, "Timeout Interval content length must be at least 5 bytes");
            return true;
        }
        tree.Add(tag, TimeoutIntValue, 0, data + 1, 4, BinaryPrimitives.ReadUInt32LittleEndian(v[1..]));
        return true;
    }

    /// <summary>
    /// Interworking: the access network options, then the venue information (lengths 3 and 9) and the HESSID (lengths 7
    /// and 9); any other length beyond 1 gets tshark's note.
    /// </summary>
    private static bool Interworking(FieldTree tree, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        if (v.Length < 1)
            return false;
        if (v.Length is not (1 or 3 or 7 or 9))
            tree.AddExpert(lengthItem, WlanElementFields.TagLengthBad, 0, data - 1, 0, "Invalid Interworking element length");
        WlanBits.AddFields(tree, tag, data, 1, v[0], AccessNetworkBits);
        int at = 1;
        if (v.Length is 3 or 9)
        {
            tree.Add(tag, FixedVenueInfoGroup, 0, data + 1, 1, v[1]);
            tree.Add(tag, FixedVenueInfoType, 0, data + 2, 1, v[2]);
            at = 3;
        }
        if (v.Length is 7 or 9)
            tree.AddBytesInPlace(tag, InterworkingHessid, 0, data + at, 6);
        return true;
    }

    /// <summary>
    /// Advertisement Protocol: a subtree (": ANQP" on it for each ANQP tuple), then one tuple per two bytes (query response
    /// limit and PAME-BI, then the protocol's ID); a byte left over gets tshark's note on the last tuple.
    /// </summary>
    private static bool AdvertisementProtocol(FieldTree tree, int tag, ReadOnlySpan<byte> v, int data)
    {
        if (v.Length < 2)
        {
            // packet-ieee80211.c adds the length again, one byte past the element's first, with its note.
            int length = tree.Add(tag, WlanFields.TagLength, 0, data + 1, 1, (ulong)v.Length);
            tree.AddExpert(length, WlanElementFields.TagLengthBad, 0, data + 1, 0, "Advertisement Protocol: IE must be at least 2 octets long");
            return true;
        }
        int element = tree.AddNode(tag, TextItem.Field, 0, data, v.Length);
        tree.SetText(element, "Advertisement Protocol element");
        int at = 0, tuple = -1;
        while (at < v.Length)
        {
            if (v.Length - at < 2)
            {
                if (tuple >= 0)
                    tree.AddExpert(tuple, ExtraData, 0, data + at - 2, 0);
                break;
            }
            tuple = tree.AddNode(element, TextItem.Field, 0, data + at, 2);
            string name = AdvProtoId.ValueNames!.TryGetValue(v[at + 1], out var n) ? n : "Unknown";
            tree.SetText(tuple, $"Advertisement Protocol Tuple: {name}");
            WlanBits.AddFields(tree, tuple, data + at, 1, v[at], AdvertisementBits);
            tree.Add(tuple, AdvProtoId, 0, data + at + 1, 1, v[at + 1]);
            if (v[at + 1] == 0 && element >= 0)
                tree.AppendText(element, ": ANQP");
            else if (v[at + 1] == VendorSpecific)
                return false; // a vendor-specific protocol's length and OUI follow: not read here, and past the element tshark stops
            at += 2;
        }
        return true;
    }

    private const byte VendorSpecific = 221;

    /// <summary>RSN eXtension: the first octet's fields, the second's, then the rest as one reserved item.</summary>
    private static bool RsnExtension(FieldTree tree, int tag, ReadOnlySpan<byte> v, int data)
    {
        tree.AppendText(tag, v.Length == 1 ? " (1 octet)" : $" ({v.Length} octets)");
        int first = WlanBits.AddBitmask(tree, tag, Rsnx, data, 1, v[0], RsnxOctet1);
        if (first >= 0 && tree.BuildsText)
            tree.AppendText(first, " (octet 1)");
        if (v.Length < 2)
            return true;
        int second = WlanBits.AddBitmask(tree, tag, Rsnx, data + 1, 1, v[1], RsnxOctet2);
        if (second >= 0 && tree.BuildsText)
            tree.AppendText(second, " (octet 2)");
        if (v.Length > 2)
            tree.Add(tag, RsnxReservedOctets, 0, data + 2, v.Length - 2, v[2]);
        return true;
    }
}
