using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// The PPI header (link type 192, CACE/AirPcap and older Mac captures): a header naming the link type that
/// follows, then type-length fields. The 802.11-Common field gives wlan_radio its facts; 802.11 follows.
/// </summary>
public sealed class PpiDissector : IPacketDissector
{
    private const int FixedHeader = 8;
    private const int FieldHeader = 4;
    private const ushort Common80211 = 2;
    private const int Common80211Length = 20;
    private const uint DltIeee80211 = 105;

    private readonly WlanDissector _wlan;
    private readonly RadioInfo _info = new();

    public PpiDissector(WlanDissector wlan) => _wlan = wlan;

    public ProtocolDef Protocol => PpiFields.Protocol;

    public int Dissect(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int captured, int declared)
    {
        var tree = packet.Tree;
        int end = offset + captured;
        if (!CommonFields.TryBeginLayer(packet, PpiFields.Protocol, "ppi", offset, captured, FixedHeader, out int node))
            return end;
        var header = frame[offset..end];
        byte flags = header[1];
        int length = BinaryPrimitives.ReadUInt16LittleEndian(header[2..]);
        uint dlt = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        tree.Add(node, PpiFields.Version, 0, offset, 1, header[0]);
        int flagsNode = tree.Add(node, PpiFields.Flags, 0, offset + 1, 1, flags);
        tree.Add(flagsNode, PpiFields.FlagsAlignment, 0, offset + 1, 1, (ulong)(flags & 1));
        tree.Add(flagsNode, PpiFields.FlagsReserved, 0, offset + 1, 1, (ulong)(flags >> 1));
        tree.Add(node, PpiFields.Length, 0, offset + 2, 2, (ulong)length);
        tree.Add(node, PpiFields.Dlt, 0, offset + 4, 4, dlt);
        packet.Columns.Info.Set($"PPI version {header[0]}, {length} bytes");
        if (tree.BuildsText)
            tree.SetText(node, $"PPI version {header[0]}, {length} bytes");
        if (length < FixedHeader || length > captured)
        {
            CommonFields.MarkTooShort(packet, PpiFields.Protocol);
            return end;
        }
        tree.SetLength(node, length);
        var info = _info;
        info.Reset();
        info.AddFcsToAirtime = true;
        bool aligned = (flags & 1) != 0;
        int at = FixedHeader;
        while (at + FieldHeader <= length)
        {
            ushort type = BinaryPrimitives.ReadUInt16LittleEndian(header[at..]);
            int fieldLength = BinaryPrimitives.ReadUInt16LittleEndian(header[(at + 2)..]);
            // Each field is a subtree named by its type ("802.11-Common"), holding its type, length and contents.
            int field = node;
            if (type == Common80211)
            {
                field = tree.AddNode(node, TextItem.Field, 0, offset + at, Math.Min(FieldHeader + fieldLength, length - at));
                if (tree.BuildsText)
                    tree.SetText(field, "802.11-Common");
            }
            tree.Add(field, PpiFields.FieldTypeField, 0, offset + at, 2, type);
            tree.Add(field, PpiFields.FieldLen, 0, offset + at + 2, 2, (ulong)fieldLength);
            int data = at + FieldHeader;
            if (data + fieldLength > length)
            {
                CommonFields.MarkMalformed(packet, PpiFields.Protocol);
                return end;
            }
            if (type == Common80211 && fieldLength >= Common80211Length)
                DissectCommon(tree, field, header.Slice(data, Common80211Length), offset + data, info);
            at = data + fieldLength;
            if (aligned)
                at = (at + 3) & ~3;
        }

        if (dlt == DltIeee80211)
            _wlan.DissectWithRadio(packet, frame, offset + length, end, packet.Frame.OriginalLength - length, info);
        else if (offset + length < end)
            CommonFields.AddData(packet, 0, offset + length, frame[(offset + length)..end]);
        return end;
    }

    private static void DissectCommon(FieldTree tree, int node, ReadOnlySpan<byte> f, int o, RadioInfo info)
    {
        ulong tsft = BinaryPrimitives.ReadUInt64LittleEndian(f);
        ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(f[8..]);
        ushort rate = BinaryPrimitives.ReadUInt16LittleEndian(f[10..]);
        ushort freq = BinaryPrimitives.ReadUInt16LittleEndian(f[12..]);
        ushort channelFlags = BinaryPrimitives.ReadUInt16LittleEndian(f[14..]);
        sbyte signal = (sbyte)f[18], noise = (sbyte)f[19];
        tree.Add(node, PpiFields.CommonTsft, 0, o, 8, tsft);
        int flagsNode = tree.Add(node, PpiFields.CommonFlags, 0, o + 8, 2, flags);
        foreach (var b in (ReadOnlySpan<FieldDef>)[PpiFields.CommonFlagsFcs, PpiFields.CommonFlagsTsft, PpiFields.CommonFlagsFcsInvalid, PpiFields.CommonFlagsPhyErr])
            tree.Add(flagsNode, b, 0, o + 8, 2, (flags & b.Bitmask) != 0 ? 1UL : 0);
        int rateNode = tree.Add(node, PpiFields.CommonRate, 0, o + 10, 2, rate * 500UL);
        int freqNode = tree.Add(node, PpiFields.CommonChanFreq, 0, o + 12, 2, freq);
        if (tree.BuildsText)
        {
            // packet-ppi.c writes the rate in Mbps ("Rate: 1.0 Mbps") and names the channel ("2437 [BG 6]").
            tree.SetText(rateNode, $"Rate: {(rate * 500 / 1000.0).ToString("F1", System.Globalization.CultureInfo.InvariantCulture)} Mbps");
            if (RadiotapDissector.ChannelOf(freq) is int channel)
                tree.AppendText(freqNode, $" [{(freq is >= 2412 and <= 2484 ? "BG" : "A")} {channel}]");
        }
        int chanNode = tree.Add(node, PpiFields.CommonChanFlags, 0, o + 14, 2, channelFlags);
        foreach (var b in PpiFields.CommonChanFlagBits)
            tree.Add(chanNode, b, 0, o + 14, 2, (channelFlags & b.Bitmask) != 0 ? 1UL : 0);
        tree.Add(node, PpiFields.CommonFhssHopset, 0, o + 16, 1, f[16]);
        tree.Add(node, PpiFields.CommonFhssPattern, 0, o + 17, 1, f[17]);
        tree.Add(node, PpiFields.CommonDbmAntSignal, 0, o + 18, 1, (ulong)(long)signal);
        tree.Add(node, PpiFields.CommonDbmAntNoise, 0, o + 19, 1, (ulong)(long)noise);

        info.HasTsf = true;
        info.Tsf = tsft;
        info.FcsAtEnd = (flags & 1) != 0;
        if (rate != 0)
        {
            info.HasDataRate = true;
            info.DataRate = rate;
        }
        if (freq != 0)
        {
            info.HasFrequency = true;
            info.Frequency = freq;
        }
        RadiotapDissector.SetPhyFromChannel(info, channelFlags, preambleKnown: false);
        if (signal != -128 && signal != 0)
        {
            info.HasSignalDbm = true;
            info.SignalDbm = signal;
        }
        if (noise != -128 && noise != 0)
        {
            info.HasNoiseDbm = true;
            info.NoiseDbm = noise;
        }
    }
}
