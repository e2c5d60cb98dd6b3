using AddressText = Sniffer.Dissectors.Protocols.Common.AddressText;
using System.Buffers.Binary;
using System.Globalization;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Common;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Ntp;

/// <summary>
/// NTP (RFC 5905) time packets as tshark 4.0 shows them: flags, stratum, poll, precision, root delay and dispersion,
/// reference ID and the four time stamps (a zero time stamp is "NULL"). Control (mode 6) and private (mode 7) messages
/// show their flags only. A client request and the server reply whose origin time stamp is the request's transmit
/// time stamp are paired, and a two-pass read (-2) shows the pair on both (tshark shows them on its second pass only).
/// </summary>
public sealed class NtpDissector : IDatagramDissector
{
    private const long NtpToUnixSeconds = 2208988800L;

    public static readonly NtpDissector Instance = new();

    public ProtocolDef Protocol => NtpFields.Protocol;

    public bool LooksLikeMine(ReadOnlySpan<byte> payload, DatagramContext context) => false;

    public bool Dissect(ReadOnlySpan<byte> payload, DatagramContext context, PacketContext packet, int source, int offset)
    {
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        packet.AddProtocolName("ntp");
        packet.Columns.Protocol = "NTP";
        int node = tree.AddNode(-1, NtpFields.Protocol, source, offset, payload.Length);
        if (payload.IsEmpty)
        {
            info.Clear();
            CommonFields.MarkTooShort(packet, "NTP");
            return true;
        }
        byte flags = payload[0];
        int li = flags >> 6, vn = (flags >> 3) & 7, mode = flags & 7;
        string version = NtpFields.Versions[(ulong)vn], modeName = NtpFields.Modes[(ulong)mode];
        string shortMode = mode switch { 6 => "control", 7 => "private", _ => modeName };
        if (info.Enabled)
            info.Set($"{version}, {shortMode}");
        if (tree.BuildsText)
            tree.SetText(node, $"Network Time Protocol ({version}, {shortMode})");
        int f = tree.Add(node, NtpFields.Flags, source, offset, 1, flags);
        if (tree.BuildsText)
            tree.SetText(f, $"Flags: 0x{flags:x2}, Leap Indicator: {NtpFields.LeapIndicators[(ulong)li]}, Version number: {version}, Mode: {modeName}");
        tree.Add(f, NtpFields.FlagsLi, source, offset, 1, (ulong)li);
        tree.Add(f, NtpFields.FlagsVn, source, offset, 1, (ulong)vn);
        tree.Add(f, NtpFields.FlagsMode, source, offset, 1, (ulong)mode);
        if (mode is 6 or 7)
            return true;
        if (packet.Annotations is { } notes && !context.InErrorPacket && payload.Length >= 48)
            Pair(notes, packet, context, mode, payload, node, source, offset);
        // Fields are shown as far as the bytes go; a packet cut short is malformed there, as tshark's reads throw.
        var b = payload;
        if (b.Length < 2)
            return Short(packet);
        byte stratum = b[1];
        int s = tree.Add(node, NtpFields.Stratum, source, offset + 1, 1, stratum);
        if (tree.BuildsText)
            tree.SetText(s, $"Peer Clock Stratum: {StratumText(stratum)} ({stratum})");
        if (b.Length < 3)
            return Short(packet);
        int poll = tree.Add(node, NtpFields.Ppoll, source, offset + 2, 1, b[2]);
        if (tree.BuildsText && b[2] is >= 4 and <= 17)
            tree.SetText(poll, $"Peer Polling Interval: {b[2]} ({1 << b[2]} seconds)");
        if (b.Length < 4)
            return Short(packet);
        int precision = tree.Add(node, NtpFields.Precision, source, offset + 3, 1, b[3]);
        if (tree.BuildsText)
            tree.SetText(precision, $"Peer Clock Precision: {Math.Pow(2, (sbyte)b[3]).ToString("F6", CultureInfo.InvariantCulture)} seconds");
        if (b.Length < 8)
            return Short(packet);
        uint delay = BinaryPrimitives.ReadUInt32BigEndian(b[4..]);
        int d = tree.Add(node, NtpFields.Rootdelay, source, offset + 4, 4, delay);
        if (tree.BuildsText)
            tree.SetText(d, $"Root Delay: {(delay / 65536.0).ToString("F6", CultureInfo.InvariantCulture)} seconds");
        if (b.Length < 12)
            return Short(packet);
        uint dispersion = BinaryPrimitives.ReadUInt32BigEndian(b[8..]);
        int disp = tree.Add(node, NtpFields.Rootdispersion, source, offset + 8, 4, dispersion);
        if (tree.BuildsText)
            tree.SetText(disp, $"Root Dispersion: {(dispersion / 65536.0).ToString("F6", CultureInfo.InvariantCulture)} seconds");
        if (b.Length < 16)
            return Short(packet);
        int refid = tree.AddBytesInPlace(node, NtpFields.Refid, source, offset + 12, 4);
        if (tree.BuildsText)
            tree.SetText(refid, $"Reference ID: {ReferenceText(stratum, b.Slice(12, 4))}");
        FieldDef[] stamps = [NtpFields.Reftime, NtpFields.Org, NtpFields.Rec, NtpFields.Xmt];
        for (int i = 0; i < stamps.Length; i++)
        {
            if (b.Length < 24 + 8 * i)
                return Short(packet);
            Timestamp(tree, node, stamps[i], source, offset + 16 + 8 * i, b[(16 + 8 * i)..]);
        }
        _ = context;
        return true;
    }

    /// <summary>
    /// The first pass pairs a client request (mode 3) with the server reply (mode 4) whose origin time stamp is the
    /// request's transmit time stamp, in one UDP conversation, and notes both frames; the second pass shows them.
    /// </summary>
    private void Pair(FrameAnnotations notes, PacketContext packet, DatagramContext context, int mode, ReadOnlySpan<byte> b,
        int node, int source, int offset)
    {
        long frame = packet.Frame.Number;
        if (!notes.FirstPassEnded)
        {
            var pending = context.Conversation.GetState(this, static () => new Dictionary<ulong, (long Frame, long Time)>());
            if (mode == 3 && pending.Count < 1024)
                pending[BinaryPrimitives.ReadUInt64BigEndian(b[40..])] = (frame, packet.Frame.Timestamp);
            else if (mode == 4 && pending.Remove(BinaryPrimitives.ReadUInt64BigEndian(b[24..]), out var request))
            {
                notes.Note(request.Frame, NtpFields.ResponseIn, (ulong)frame);
                notes.Note(frame, NtpFields.RequestIn, (ulong)request.Frame);
                notes.Note(frame, NtpFields.DeltaTime, (ulong)(packet.Frame.Timestamp - request.Time));
            }
            return;
        }
        var tree = packet.Tree;
        if (notes.TryGet(frame, NtpFields.ResponseIn, out ulong response))
            tree.Add(node, NtpFields.ResponseIn, source, offset, 0, response, NodeFlags.Generated);
        if (notes.TryGet(frame, NtpFields.RequestIn, out ulong requestFrame))
        {
            tree.Add(node, NtpFields.RequestIn, source, offset, 0, requestFrame, NodeFlags.Generated);
            if (notes.TryGet(frame, NtpFields.DeltaTime, out ulong delta))
                tree.Add(node, NtpFields.DeltaTime, source, offset, 0, delta, NodeFlags.Generated);
        }
    }

    private static bool Short(PacketContext packet)
    {
        CommonFields.MarkTooShort(packet, "NTP");
        return true;
    }

    private static string StratumText(byte stratum) => stratum switch
    {
        0 => "unspecified or invalid",
        1 => "primary reference",
        <= 15 => "secondary reference",
        16 => "unsynchronized",
        _ => "reserved",
    };

    private static string ReferenceText(byte stratum, ReadOnlySpan<byte> id)
    {
        if (id.IndexOfAnyExcept((byte)0) < 0)
            return "NULL";
        if (stratum <= 1)
        {
            int end = id.IndexOf((byte)0);
            return System.Text.Encoding.ASCII.GetString(end < 0 ? id : id[..end]);
        }
        return AddressText.Ipv4(id);
    }

    /// <summary>An NTP time stamp (seconds since 1900 and a 32-bit fraction) as ns since the Unix epoch, as tshark converts it.</summary>
    private static void Timestamp(FieldTree tree, int node, FieldDef field, int source, int offset, ReadOnlySpan<byte> b)
    {
        uint seconds = BinaryPrimitives.ReadUInt32BigEndian(b), fraction = BinaryPrimitives.ReadUInt32BigEndian(b[4..]);
        if (seconds == 0 && fraction == 0)
        {
            int item = tree.Add(node, field, source, offset, 8, unchecked((ulong)NtpFields.NullTime));
            if (tree.BuildsText)
                tree.SetText(item, $"{field.Name}: NULL");
            return;
        }
        long ns = (long)(((ulong)fraction * 1_000_000_000UL) >> 32);
        long unix = (seconds - NtpToUnixSeconds) * 1_000_000_000L + ns;
        tree.Add(node, field, source, offset, 8, (ulong)unix);
    }
}
