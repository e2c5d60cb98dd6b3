using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output;

/// <summary>
/// tshark's <c>-z conv,tcp</c> table: one row per tcp.stream, endpoint A being the side that opened it,
/// "&lt;-" the frames and bytes A received, "-&gt;" those it sent, sorted by total frames (most first).
/// </summary>
public sealed class ConversationTablePrinter(TextWriter? output = null) : ITap
{
    /// <summary>-z statistics count every frame, whatever the display filter selects (as tshark).</summary>
    public TapNeeds Needs => TapNeeds.EveryFrame;
    public IReadOnlyCollection<FieldDef> Fields { get; } = [Dissectors.Transport.TcpFields.Stream];
    public void OnFrame(PacketContext packet) => Add(packet);
    public void OnEnd(CaptureModel model) => Write(output ?? throw new InvalidOperationException("no output"));

    private const int EndpointWidth = 26;
    private readonly Dictionary<long, Row> _rows = new();

    private sealed class Row
    {
        public required long Stream;
        public required string EndpointA;
        public required string EndpointB;
        public long FramesToA, BytesToA, FramesFromA, BytesFromA;
        public long Start, End;
    }

    /// <summary>Counts a frame after dissection (reads tcp.stream and the addresses from the packet).</summary>
    public void Add(PacketContext packet)
    {
        var tree = packet.Tree;
        int streamNode = tree.Find(Dissectors.Transport.TcpFields.Stream);
        if (streamNode < 0)
            return;
        // A TCP header quoted in an ICMP error hangs under the ICMP item: tshark's conversation tap does not count it.
        int tcpNode = tree[streamNode].Parent;
        if (tcpNode >= 0 && tree[tcpNode].Parent != -1)
            return;
        long stream = (long)tree[streamNode].Number;
        string src = AddressFormatter.Endpoint(packet.NetworkKind, packet.NetworkSource, packet.SourcePort, bracketIpv6: false);
        if (!_rows.TryGetValue(stream, out var row))
        {
            row = new Row
            {
                Stream = stream,
                EndpointA = src,
                EndpointB = AddressFormatter.Endpoint(packet.NetworkKind, packet.NetworkDestination, packet.DestinationPort, bracketIpv6: false),
                Start = packet.RelativeTime,
            };
            _rows[stream] = row;
        }
        long length = packet.Frame.OriginalLength;
        if (src == row.EndpointA)
        {
            row.FramesFromA++;
            row.BytesFromA += length;
        }
        else
        {
            row.FramesToA++;
            row.BytesToA += length;
        }
        row.End = packet.RelativeTime;
    }

    public void Write(TextWriter output, string filter = "<No Filter>")
    {
        var sb = new StringBuilder();
        sb.Append('=', 80).Append('\n');
        sb.Append("TCP Conversations\n");
        sb.Append("Filter:").Append(filter).Append('\n');
        sb.Append(' ', 59).Append("|       <-      | |       ->      | |     Total     |    Relative    |   Duration   |\n");
        sb.Append(' ', 59).Append("| Frames  Bytes | | Frames  Bytes | | Frames  Bytes |      Start     |              |\n");
        foreach (var row in _rows.Values.OrderByDescending(r => r.FramesToA + r.FramesFromA).ThenBy(r => r.Stream))
        {
            sb.Append(row.EndpointA.PadRight(EndpointWidth)).Append(" <-> ").Append(row.EndpointB.PadRight(EndpointWidth));
            AppendCount(sb, row.FramesToA, row.BytesToA);
            AppendCount(sb, row.FramesFromA, row.BytesFromA);
            AppendCount(sb, row.FramesToA + row.FramesFromA, row.BytesToA + row.BytesFromA);
            sb.Append("  ");
            sb.Append(Seconds(row.Start, 9).PadLeft(14));
            sb.Append("   ");
            sb.Append(Seconds(row.End - row.Start, 4).PadLeft(12));
            sb.Append('\n');
        }
        sb.Append('=', 80).Append('\n');
        output.Write(sb.ToString());
    }

    private static void AppendCount(StringBuilder sb, long frames, long bytes)
    {
        sb.Append("  ").Append(frames.ToString(CultureInfo.InvariantCulture).PadLeft(6)).Append(' ');
        sb.Append(FormatSize(bytes).PadRight(9));
    }

    /// <summary>Wireshark's format_size with SI units: "688 bytes", "68 kB", "12 MB".</summary>
    public static string FormatSize(long bytes)
    {
        if (bytes < 10_000)
            return bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
        if (bytes < 10_000_000)
            return (bytes / 1000).ToString(CultureInfo.InvariantCulture) + " kB";
        if (bytes < 10_000_000_000)
            return (bytes / 1_000_000).ToString(CultureInfo.InvariantCulture) + " MB";
        return (bytes / 1_000_000_000).ToString(CultureInfo.InvariantCulture) + " GB";
    }

    private static string Seconds(long nanoseconds, int decimals)
        => (nanoseconds / 1e9).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
